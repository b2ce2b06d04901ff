#include "diagrams/RoleIcons.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

// Attributes of the icon's <svg> element that only place it; the figure places it instead.
bool placesRoot(QStringView name)
{
    static const QStringList placing{
        QStringLiteral("width"), QStringLiteral("height"),  QStringLiteral("viewBox"),
        QStringLiteral("x"),     QStringLiteral("y"),       QStringLiteral("preserveAspectRatio"),
        QStringLiteral("id"),    QStringLiteral("version"), QStringLiteral("class")};
    return placing.contains(name);
}

bool dropped(QStringView element)
{
    return element == QStringLiteral("script") || element == QStringLiteral("foreignObject");
}

QRectF viewBoxOf(const QXmlStreamAttributes &attributes)
{
    static const QRegularExpression separator(QStringLiteral("[\\s,]+"));
    const QStringList values =
        attributes.value(QStringLiteral("viewBox")).toString().split(separator, Qt::SkipEmptyParts);
    if (values.size() == 4)
        return QRectF(values[0].toDouble(), values[1].toDouble(), values[2].toDouble(),
                      values[3].toDouble());
    return QRectF(0, 0, attributes.value(QStringLiteral("width")).toDouble(),
                  attributes.value(QStringLiteral("height")).toDouble());
}

// Builds the pieces of an icon: text is appended to the current piece, and a new piece starts
// wherever the figure's id prefix goes.
class PieceWriter
{
public:
    void text(const QString &text) { m_current += text; }
    void prefixHere()
    {
        m_pieces << m_current;
        m_current.clear();
    }
    QStringList finish()
    {
        m_pieces << m_current;
        return m_pieces;
    }

    void attribute(const QXmlStreamAttribute &attribute)
    {
        const QStringView name = attribute.name();
        const QString value = attribute.value().toString();
        if (name.startsWith(QStringLiteral("on")))
            return; // event handlers run code
        // Only references inside the icon stay: the figure must not need another file.
        if (name == QStringLiteral("href") && !value.startsWith(QLatin1Char('#')))
            return;
        text(QLatin1Char(' ') + attribute.qualifiedName().toString() + QStringLiteral("=\""));
        if (name == QStringLiteral("href")) {
            text(QStringLiteral("#"));
            prefixHere();
            text(value.mid(1).toHtmlEscaped());
        } else if (name == QStringLiteral("id")) {
            prefixHere();
            text(value.toHtmlEscaped());
        } else {
            // url(#gradient) in fill, stroke, clip-path, style …
            const QString marker = QStringLiteral("url(#");
            qsizetype from = 0;
            for (qsizetype at = value.indexOf(marker); at >= 0; at = value.indexOf(marker, from)) {
                text(value.mid(from, at + marker.size() - from).toHtmlEscaped());
                prefixHere();
                from = at + marker.size();
            }
            text(value.mid(from).toHtmlEscaped());
        }
        text(QStringLiteral("\""));
    }

private:
    QStringList m_pieces;
    QString m_current;
};

} // namespace

RoleIcons::Icon RoleIcons::parse(const QByteArray &svg)
{
    Icon icon;
    PieceWriter writer;
    QXmlStreamReader xml(svg);
    int depth = 0;
    int skipFrom = 0; // depth of a dropped element while inside it, else 0
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 1) {
                if (xml.name() != QStringLiteral("svg"))
                    return {};
                icon.viewBox = viewBoxOf(xml.attributes());
                for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                    if (!placesRoot(attribute.name()) && !attribute.name().startsWith(u"on"))
                        icon.rootAttributes +=
                            QLatin1Char(' ') + attribute.qualifiedName().toString() +
                            QStringLiteral("=\"") + attribute.value().toString().toHtmlEscaped() +
                            QLatin1Char('"');
                }
                continue;
            }
            if (skipFrom > 0)
                continue;
            if (dropped(xml.name())) {
                skipFrom = depth;
                continue;
            }
            writer.text(QLatin1Char('<') + xml.qualifiedName().toString());
            for (const QXmlStreamAttribute &attribute : xml.attributes())
                writer.attribute(attribute);
            writer.text(QStringLiteral(">"));
        } else if (token == QXmlStreamReader::EndElement) {
            if (skipFrom == 0 && depth > 1)
                writer.text(QStringLiteral("</") + xml.qualifiedName().toString() +
                            QLatin1Char('>'));
            if (skipFrom == depth)
                skipFrom = 0;
            --depth;
        } else if (token == QXmlStreamReader::Characters && skipFrom == 0 && depth > 1 &&
                   !xml.isWhitespace()) {
            writer.text(xml.text().toString().toHtmlEscaped());
        }
    }
    if (xml.hasError() || icon.viewBox.isEmpty())
        return {};
    icon.pieces = writer.finish();
    return icon;
}

const RoleIcons::Icon &RoleIcons::of(Catalog::Role role)
{
    // Read once, on first use, from the resources the palette and the canvas use too.
    static const QHash<int, Icon> icons = [] {
        QHash<int, Icon> loaded;
        for (const Catalog::RoleInfo &info : Catalog::roles()) {
            QFile file(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(info.id)));
            if (file.open(QIODevice::ReadOnly))
                loaded.insert(int(info.role), parse(file.readAll()));
        }
        return loaded;
    }();
    static const Icon none;
    const auto it = icons.constFind(int(role));
    return it == icons.constEnd() ? none : *it;
}
