#include "diagrams/ChecklistDocument.h"

#include "exports/ChecklistWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>

namespace {
const char *const kContext = "ChecklistDocument";
constexpr qreal kBandHeight = 28; // header and footer bands, in points

// The painter works in points on every device, so fonts are sized in those units (as pixels):
// point sizes would be scaled twice, once by the device's resolution and once by the painter.
QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(qRound(points));
    f.setBold(bold);
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

QString ChecklistDocument::bodyHtml() const
{
    const QStringList headings = ChecklistWriter::headings(m_texts);
    QString html = QStringLiteral("<html><body>");
    QString lastKey;
    bool open = false;
    for (const ChecklistRow &row : m_rows) {
        const QString key = Checklist::boundaryKey(m_plan, row);
        if (key != lastKey) {
            if (open)
                html += QStringLiteral("</table>");
            html += QStringLiteral("<h2>") +
                    Checklist::boundaryTitle(m_plan, row, m_texts).toHtmlEscaped() +
                    QStringLiteral("</h2>");
            if (row.insideZone())
                html += QStringLiteral("<p><i>") +
                        text(QT_TRANSLATE_NOOP("ChecklistDocument",
                                               "No firewall in between unless you have one."))
                            .toHtmlEscaped() +
                        QStringLiteral("</i></p>");
            html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                   "width=\"100%\"><tr><th width=\"4%\">✓</th>");
            // From, To, Protocol, Ports, Flows, Purpose: wide enough for "TCP · TLS" and names.
            static const char *const widths[] = {"17%", "17%", "10%", "11%", "7%", "34%"};
            for (int i = 0; i < headings.size(); ++i)
                html += QStringLiteral("<th width=\"%1\">").arg(QLatin1String(widths[i])) +
                        headings[i].toHtmlEscaped() + QStringLiteral("</th>");
            html += QStringLiteral("</tr>");
            lastKey = key;
            open = true;
        }
        const QStringList cells = {ChecklistWriter::endpoints(m_plan, row.sources()),
                                   ChecklistWriter::endpoints(m_plan, row.destinations()),
                                   Checklist::transportText(row.transport) +
                                       (row.tls ? QStringLiteral(" · TLS") : QString()),
                                   Checklist::portsText(row.ports),
                                   row.flows.join(QStringLiteral(", ")),
                                   row.purpose};
        html += QStringLiteral("<tr><td align=\"center\">☐</td>");
        for (const QString &cell : cells)
            html += QStringLiteral("<td>") + cell.toHtmlEscaped() + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    if (open)
        html += QStringLiteral("</table>");
    if (m_rows.isEmpty())
        html +=
            QStringLiteral("<p>") +
            text(QT_TRANSLATE_NOOP("ChecklistDocument", "No rules: the plan has no network flows."))
                .toHtmlEscaped() +
            QStringLiteral("</p>");
    return html + QStringLiteral("</body></html>");
}

void ChecklistDocument::paintCover(QPainter &painter, const QRectF &area) const
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
    if (m_diagramSvg.isEmpty())
        return;
    QSvgRenderer renderer(m_diagramSvg);
    if (!renderer.isValid())
        return;
    // The diagram fills the rest of the cover, keeping its proportions.
    const QRectF room(area.left(), used.bottom() + 16, area.width(),
                      area.bottom() - used.bottom() - 16);
    QSizeF size = renderer.defaultSize();
    size.scale(room.size(), Qt::KeepAspectRatio);
    renderer.render(&painter, QRectF(room.topLeft(), size));
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

    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setDefaultFont(font(9));
    doc.setHtml(bodyHtml());
    doc.setPageSize(body.size());
    const int bodyPages = doc.pageCount();
    const int count = bodyPages + 1;

    paintFrame(painter, page, 1, count);
    paintCover(painter, body);
    for (int i = 0; i < bodyPages; ++i) {
        device->newPage();
        paintFrame(painter, page, i + 2, count);
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        doc.documentLayout()->draw(&painter, context);
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
