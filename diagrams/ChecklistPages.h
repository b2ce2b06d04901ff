#pragma once

#include <QFont>
#include <QList>
#include <QSizeF>
#include <QString>

#include <memory>
#include <vector>

class QPainter;
class QTextDocument;

// The checklist's rule tables cut into pages before anything is painted, each page (or the few
// pages of one rule taller than a page) a QTextDocument of its own. One document holding every
// rule made Qt's HTML import, layout and per-page painting grow faster than the rules: 10,000
// rules took over a minute. Page by page, each rule is laid out a fixed number of times.
class ChecklistPages
{
public:
    // One firewall boundary: `head` opens its table (<table …><thead>…</thead>), `rows` are its
    // rules (<tr>…</tr>). `columns` opens a table with the column headers alone: rules are
    // measured in it, as its widths decide how their text wraps.
    struct Section
    {
        QString head;
        QStringList rows;
    };

    ChecklistPages(const QList<Section> &sections, const QString &columns, const QString &empty,
                   const QFont &font, const QSizeF &page);
    ~ChecklistPages();

    int count() const { return m_pageCount; }
    // Paints page `index` (from 0) with its top left corner at the painter's origin.
    void paint(QPainter &painter, int index) const;

private:
    struct Chunk
    {
        std::unique_ptr<QTextDocument> document;
        int firstPage = 0;
    };
    std::unique_ptr<QTextDocument> document(const QString &body) const;
    qreal height(const QString &body) const;
    void addPage(const QString &body);

    QFont m_font;
    QSizeF m_page;
    std::vector<Chunk> m_chunks;
    int m_pageCount = 0;
};
