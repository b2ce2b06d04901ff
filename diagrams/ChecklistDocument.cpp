#include "diagrams/ChecklistDocument.h"

#include "exports/ChecklistWriter.h"
#include "model/BoundaryTitles.h"

#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>

namespace {
const char *const kContext = "ChecklistDocument";
constexpr qreal kBandHeight = 28; // header and footer bands, in points
// No diagram text is printed smaller than this, in points: smaller is unreadable on paper.
constexpr qreal kMinimumTextSize = 6;

// The painter works in points on every device, so fonts are sized in those units (as pixels):
// point sizes would be scaled twice, once by the device's resolution and once by the painter.
QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(qRound(points));
    f.setBold(bold);
    // Unhinted, as print should be (hinting fits glyphs to screen pixels). It also keeps these
    // fonts out of the screen's font engines: sharing one of the same pixel size at the printer's
    // resolution shrank every menu of the window to dots after a print or a PDF export.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}
} // namespace

ChecklistDocument::ChecklistDocument(const Plan &plan, const QList<ChecklistRow> &rows,
                                     const Texts &texts)
    : m_plan(plan), m_rows(rows), m_texts(texts)
{}

ChecklistDocument::~ChecklistDocument() = default;

QString ChecklistDocument::text(const char *source) const
{
    return m_texts.text(kContext, source);
}

QString ChecklistDocument::headerText() const
{
    const QString title = m_plan.title.isEmpty()
                              ? text(QT_TRANSLATE_NOOP("ChecklistDocument", "Untitled plan"))
                              : m_plan.title;
    return title + QStringLiteral(" · ") + m_texts.locale().toString(m_date, QLocale::LongFormat);
}

namespace {
const QLatin1String kTableStart("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                "width=\"100%\">");
} // namespace

QString ChecklistDocument::columnsHtml() const
{
    const QStringList headings = ChecklistWriter::headings(m_texts);
    QString html = QStringLiteral("<tr><th width=\"4%\">✓</th>");
    // From, To, Protocol, Ports, Flows, Purpose: wide enough for "TCP · TLS" and names.
    static const char *const widths[] = {"17%", "17%", "10%", "11%", "7%", "34%"};
    for (int i = 0; i < headings.size(); ++i)
        html += QStringLiteral("<th width=\"%1\">").arg(QLatin1String(widths[i])) +
                headings[i].toHtmlEscaped() + QStringLiteral("</th>");
    return html + QStringLiteral("</tr>");
}

QList<ChecklistPages::Section> ChecklistDocument::sections() const
{
    const QString columns = columnsHtml();
    QList<ChecklistPages::Section> sections;
    QString lastKey;
    const BoundaryTitles boundaries(m_plan, m_texts);
    for (const ChecklistRow &row : m_rows) {
        const QString key = Checklist::boundaryKey(m_plan, row);
        if (sections.isEmpty() || key != lastKey) {
            // The section heading and the column headers are the table's header rows: a table
            // that goes on over a page break repeats them at the top of the next page.
            QString head = kTableStart +
                           QStringLiteral("<thead><tr><th colspan=\"7\" align=\"left\">"
                                          "<span style=\"font-size:x-large\">") +
                           boundaries.title(row).toHtmlEscaped() + QStringLiteral("</span>");
            if (row.insideZone())
                head += QStringLiteral("<br><i>") +
                        text(QT_TRANSLATE_NOOP("ChecklistDocument",
                                               "No firewall in between unless you have one."))
                            .toHtmlEscaped() +
                        QStringLiteral("</i>");
            head += QStringLiteral("</th></tr>") + columns + QStringLiteral("</thead>");
            sections.append({head, {}});
            lastKey = key;
        }
        const QStringList cells = {ChecklistWriter::endpoints(m_plan, row.sources()),
                                   ChecklistWriter::endpoints(m_plan, row.destinations()),
                                   Checklist::transportText(row.transport) +
                                       (row.tls ? QStringLiteral(" · TLS") : QString()),
                                   Checklist::portsText(row.ports),
                                   row.flows.join(QStringLiteral(", ")),
                                   row.purpose};
        QString html = QStringLiteral("<tr><td align=\"center\">☐</td>");
        for (const QString &cell : cells)
            html += QStringLiteral("<td>") + cell.toHtmlEscaped() + QStringLiteral("</td>");
        sections.last().rows.append(html + QStringLiteral("</tr>"));
    }
    return sections;
}

QString ChecklistDocument::emptyHtml() const
{
    return QStringLiteral("<p>") +
           text(QT_TRANSLATE_NOOP("ChecklistDocument", "No rules: the plan has no network flows."))
               .toHtmlEscaped() +
           QStringLiteral("</p>");
}

QString ChecklistDocument::bodyHtml() const
{
    QStringList tables;
    for (const ChecklistPages::Section &section : sections())
        tables.append(section.head + section.rows.join(QString()) + QStringLiteral("</table>"));
    return QStringLiteral("<html><body>") +
           (tables.isEmpty() ? emptyHtml() : tables.join(QStringLiteral("<p></p>"))) +
           QStringLiteral("</body></html>");
}

QRectF ChecklistDocument::paintCover(QPainter &painter, const QRectF &area) const
{
    painter.setFont(font(20, true));
    const QString title = text(QT_TRANSLATE_NOOP("ChecklistDocument", "Firewall port checklist"));
    QRectF titleRect(area.left(), area.top() + 20, area.width(), 40);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::TextWordWrap, title);
    painter.setFont(font(12));
    const QRectF subRect(area.left(), titleRect.bottom() + 6, area.width(), 60);
    QRectF used;
    painter.drawText(subRect, Qt::AlignLeft | Qt::TextWordWrap, headerText(), &used);
    painter.setFont(font(9));
    const QString note = text(QT_TRANSLATE_NOOP(
        "ChecklistDocument", "Each rule allows connections from the first device to the second, "
                             "on the ports given. Numbers refer to the flows of the diagram. Tick "
                             "a rule once it is open."));
    const QRectF noteRect(area.left(), used.bottom() + 12, area.width(), 50);
    painter.drawText(noteRect, Qt::AlignLeft | Qt::TextWordWrap, note, &used);
    if (m_diagramSvg.isEmpty() && !m_diagramNote.isEmpty())
        painter.drawText(
            QRectF(area.left(), used.bottom() + 16, area.width(), 80),
            Qt::AlignLeft | Qt::TextWordWrap,
            text(QT_TRANSLATE_NOOP("ChecklistDocument", "No diagram: %1")).arg(m_diagramNote));
    // What is left of the cover for the diagram.
    return QRectF(area.left(), used.bottom() + 16, area.width(),
                  area.bottom() - used.bottom() - 16);
}

qreal ChecklistDocument::smallestDiagramFont() const
{
    // Graphviz writes every label's size (font-size="14.00"), in the SVG's points.
    static const QRegularExpression size(QStringLiteral("font-size=\"([0-9.]+)\""));
    qreal least = 0;
    for (const QRegularExpressionMatch &m : size.globalMatch(QString::fromUtf8(m_diagramSvg))) {
        const qreal points = m.captured(1).toDouble();
        if (points > 0 && (least == 0 || points < least))
            least = points;
    }
    return least;
}

ChecklistDocument::DiagramLayout ChecklistDocument::diagramLayout(const QSizeF &figure,
                                                                  const QRectF &coverRoom,
                                                                  const QRectF &body) const
{
    DiagramLayout layout;
    if (figure.isEmpty())
        return layout;
    const qreal smallest = smallestDiagramFont();
    const auto fit = [&figure](const QSizeF &room) {
        return std::min(room.width() / figure.width(), room.height() / figure.height());
    };
    const auto readable = [smallest](qreal scale) {
        return smallest == 0 || smallest * scale >= kMinimumTextSize;
    };
    // On the cover when its text stays readable there; else on pages of its own, one when it
    // fits readably, else cut into as many pages as readable text takes.
    if (coverRoom.height() > 0 && readable(fit(coverRoom.size()))) {
        layout.onCover = true;
        layout.scale = fit(coverRoom.size());
        return layout;
    }
    layout.scale = fit(body.size());
    if (!readable(layout.scale))
        layout.scale = kMinimumTextSize / smallest;
    layout.columns =
        std::max(1, int(std::ceil(figure.width() * layout.scale / body.width() - 1e-6)));
    layout.rows =
        std::max(1, int(std::ceil(figure.height() * layout.scale / body.height() - 1e-6)));
    return layout;
}

void ChecklistDocument::paintFrame(QPainter &painter, const QRectF &page, int number,
                                   int count) const
{
    painter.save();
    painter.setFont(font(8));
    painter.setPen(Qt::darkGray);
    const QRectF header(page.left(), page.top(), page.width(), kBandHeight * 0.6);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("Portolan · ") + headerText());
    painter.drawLine(header.bottomLeft(), header.bottomRight());
    const QRectF footer(page.left(), page.bottom() - kBandHeight * 0.6, page.width(),
                        kBandHeight * 0.6);
    painter.drawText(
        footer, Qt::AlignRight | Qt::AlignVCenter,
        text(QT_TRANSLATE_NOOP("ChecklistDocument", "Page %1 of %2")).arg(number).arg(count));
    painter.restore();
}

int ChecklistDocument::print(QPagedPaintDevice *device) const
{
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    // Work in points so that fonts and bands are the same size on any device.
    const qreal scale = device->logicalDpiX() / 72.0;
    painter.scale(scale, scale);
    const QRectF page(QPointF(0, 0), QSizeF(device->width() / scale, device->height() / scale));
    const QRectF body = page.adjusted(0, kBandHeight, 0, -kBandHeight);

    // Cut into pages before painting: the count goes on every page's footer.
    const ChecklistPages rules(sections(), kTableStart + columnsHtml(), emptyHtml(), font(9),
                               body.size());
    const int bodyPages = rules.count();

    // The cover's text first: what it leaves decides where the diagram goes, and so the count.
    const QRectF coverRoom = paintCover(painter, body);
    QSvgRenderer renderer(m_diagramSvg);
    const QSizeF figure =
        m_diagramSvg.isEmpty() || !renderer.isValid() ? QSizeF() : QSizeF(renderer.defaultSize());
    const DiagramLayout layout = diagramLayout(figure, coverRoom, body);
    const int diagramPages = layout.onCover ? 0 : layout.columns * layout.rows;
    const int count = 1 + diagramPages + bodyPages;
    paintFrame(painter, page, 1, count);
    if (layout.onCover)
        renderer.render(&painter, QRectF(coverRoom.topLeft(), figure * layout.scale));

    int number = 1;
    for (int row = 0; row < layout.rows && !layout.onCover; ++row) {
        for (int column = 0; column < layout.columns; ++column) {
            device->newPage();
            paintFrame(painter, page, ++number, count);
            painter.save();
            painter.setClipRect(body);
            const QPointF origin =
                body.topLeft() - QPointF(column * body.width(), row * body.height());
            renderer.render(&painter, QRectF(origin, figure * layout.scale));
            painter.restore();
        }
    }
    for (int i = 0; i < bodyPages; ++i) {
        device->newPage();
        paintFrame(painter, page, ++number, count);
        painter.save();
        painter.translate(body.topLeft());
        rules.paint(painter, i);
        painter.restore();
    }
    return count;
}

QByteArray ChecklistDocument::pdf() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(headerText());
    writer.setCreator(QStringLiteral("Portolan"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    if (print(&writer) == 0)
        return {}; // nothing could be painted: no file rather than a broken one
    buffer.close();
    return buffer.data();
}
