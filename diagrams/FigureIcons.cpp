#include "diagrams/FigureIcons.h"

#include "diagrams/RoleIcons.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace {

QString number(double value)
{
    return QString::number(value, 'f', 3);
}

// Graphviz writes a cell's background as a closed polygon of its four corners.
QRectF boxOf(const QString &points)
{
    static const QRegularExpression separator(QStringLiteral("[\\s,]+"));
    const QStringList values = points.split(separator, Qt::SkipEmptyParts);
    if (values.size() < 4)
        return {};
    double left = values[0].toDouble(), right = left;
    double top = values[1].toDouble(), bottom = top;
    for (qsizetype i = 2; i + 1 < values.size(); i += 2) {
        left = std::min(left, values[i].toDouble());
        right = std::max(right, values[i].toDouble());
        top = std::min(top, values[i + 1].toDouble());
        bottom = std::max(bottom, values[i + 1].toDouble());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

QString iconGroup(const RoleIcons::Icon &icon, Catalog::Role role, const QRectF &cell,
                  const QString &idPrefix)
{
    const QRectF view = icon.viewBox;
    const double scale = std::min(cell.width() / view.width(), cell.height() / view.height());
    // Centred in its cell, whatever the icon's proportions.
    const double x = cell.center().x() - view.width() * scale / 2 - view.left() * scale;
    const double y = cell.center().y() - view.height() * scale / 2 - view.top() * scale;
    return QStringLiteral("<g class=\"icon %1\" transform=\"translate(%2,%3) scale(%4)\"%5>")
               .arg(QLatin1String(Catalog::roleInfo(role).id), number(x), number(y), number(scale),
                    icon.rootAttributes) +
           icon.elements(idPrefix) + QStringLiteral("</g>");
}

} // namespace

namespace FigureIcons {

QByteArray embed(const QByteArray &svg, const QList<Catalog::Role> &roles)
{
    const QString text = QString::fromUtf8(svg);
    // Graphviz writes the hyphen of "node-3" as a character reference.
    static const QRegularExpression nodeStart(
        QStringLiteral("<g id=\"node(?:-|&#45;)(\\d+)\" class=\"node"));
    static const QRegularExpression cell(
        QStringLiteral("<polygon fill=\"%1\" stroke=\"[^\"]*\" points=\"([^\"]*)\"/>")
            .arg(QLatin1String(Marker)));
    // Where each node's group starts: a cell belongs to the last node opened before it.
    QList<std::pair<qsizetype, int>> starts;
    for (auto it = nodeStart.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        starts.append({match.capturedStart(), match.captured(1).toInt()});
    }
    QString out;
    out.reserve(text.size() * 2);
    qsizetype copied = 0;
    for (auto it = cell.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(copied, match.capturedStart() - copied);
        copied = match.capturedEnd();
        const auto owner = std::upper_bound(
            starts.begin(), starts.end(), match.capturedStart(),
            [](qsizetype at, const std::pair<qsizetype, int> &start) { return at < start.first; });
        if (owner == starts.begin())
            continue;
        const int node = std::prev(owner)->second;
        if (node < 0 || node >= roles.size())
            continue;
        const RoleIcons::Icon &icon = RoleIcons::of(roles[node]);
        const QRectF box = boxOf(match.captured(1));
        if (!icon.isNull() && !box.isEmpty())
            out += iconGroup(icon, roles[node], box, QStringLiteral("node-%1-").arg(node));
    }
    out += QStringView(text).mid(copied);
    return out.toUtf8();
}

} // namespace FigureIcons
