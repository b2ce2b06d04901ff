#include "diagrams/ChecklistPages.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>

namespace {
const QLatin1String kTableEnd("</table>");
const QLatin1String kGap("<p></p>"); // between two boundaries' tables
// Rules are measured one at a time; in one table they share borders, so a page's real height can
// differ a little from the sum. The page is filled to this share only, and should a page still
// overflow, its document goes on over a second page with the headers repeated (as Qt paginates).
constexpr qreal kFill = 0.97;
} // namespace

ChecklistPages::ChecklistPages(const QList<Section> &sections, const QString &columns,
                               const QString &empty, const QFont &font, const QSizeF &page)
    : m_font(font), m_page(page)
{
    const qreal room = page.height() * kFill;
    const qreal gap = height(kGap);
    const qreal columnsHeight = height(columns + kTableEnd);
    QString body;
    qreal used = 0;
    for (const Section &section : sections) {
        const qreal head = height(section.head + kTableEnd);
        bool open = false; // this section's table is open on the current page
        for (const QString &row : section.rows) {
            const qreal rowHeight = height(columns + row + kTableEnd) - columnsHeight;
            const auto need = [&] { return rowHeight + (open ? 0 : head + (used > 0 ? gap : 0)); };
            if (used > 0 && used + need() > room) {
                if (open)
                    body += kTableEnd;
                addPage(body);
                body.clear();
                used = 0;
                open = false;
            }
            used += need();
            if (!open)
                body += (body.isEmpty() ? QString() : QString(kGap)) + section.head;
            open = true;
            body += row;
        }
        if (open)
            body += kTableEnd;
    }
    if (m_chunks.empty() && body.isEmpty())
        body = empty;
    if (!body.isEmpty())
        addPage(body);
}

ChecklistPages::~ChecklistPages() = default;

std::unique_ptr<QTextDocument> ChecklistPages::document(const QString &body) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    doc->setDefaultFont(m_font);
    doc->setHtml(QStringLiteral("<html><body>") + body + QStringLiteral("</body></html>"));
    return doc;
}

qreal ChecklistPages::height(const QString &body) const
{
    const std::unique_ptr<QTextDocument> doc = document(body);
    doc->setTextWidth(m_page.width());
    return doc->size().height();
}

void ChecklistPages::addPage(const QString &body)
{
    Chunk chunk{document(body), m_pageCount};
    chunk.document->setPageSize(m_page);
    m_pageCount += std::max(1, chunk.document->pageCount());
    m_chunks.push_back(std::move(chunk));
}

void ChecklistPages::paint(QPainter &painter, int index) const
{
    const auto after =
        std::upper_bound(m_chunks.begin(), m_chunks.end(), index,
                         [](int page, const Chunk &c) { return page < c.firstPage; });
    if (after == m_chunks.begin())
        return;
    const Chunk &chunk = *std::prev(after);
    const qreal top = (index - chunk.firstPage) * m_page.height();
    painter.save();
    painter.translate(0, -top);
    const QRectF clip(0, top, m_page.width(), m_page.height());
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    chunk.document->documentLayout()->draw(&painter, context);
    painter.restore();
}
