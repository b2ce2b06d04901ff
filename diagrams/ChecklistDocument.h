#pragma once

#include "diagrams/ChecklistPages.h"
#include "model/Checklist.h"
#include "model/Texts.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

class QPagedPaintDevice;
class QPainter;

// The printable port checklist: a cover with the plan's title, date and diagram, then one section
// per firewall boundary with a tick box per rule; a header and page numbers on every page. The
// same painting serves PDF files (QPdfWriter) and printers (QPrinter, print preview).
class ChecklistDocument
{
public:
    ChecklistDocument(const Plan &plan, const QList<ChecklistRow> &rows, const Texts &texts);
    ~ChecklistDocument();

    void setDiagramSvg(const QByteArray &svg) { m_diagramSvg = svg; }
    // Printed on the cover in place of the diagram when there is none (why it could not be drawn).
    void setDiagramNote(const QString &note) { m_diagramNote = note; }
    void setDate(const QDate &date) { m_date = date; }

    // Paints every page; returns the number of pages.
    int print(QPagedPaintDevice *device) const;
    // A vector PDF of the whole document.
    QByteArray pdf() const;
    // The body as HTML (sections and tables), also what print() lays out after the cover.
    QString bodyHtml() const;

private:
    QString text(const char *source) const; // not tr(): lupdate would skip what it wraps
    QString headerText() const;
    // The body's pieces: a table per firewall boundary, the column headers, the text for no rules.
    QList<ChecklistPages::Section> sections() const;
    QString columnsHtml() const;
    QString emptyHtml() const;
    // Where the diagram goes: on the cover, or on pages of its own (cut into columns and rows
    // when even a whole page would print its text too small); `scale` maps its points to paper.
    struct DiagramLayout
    {
        bool onCover = false;
        qreal scale = 1;
        int columns = 0;
        int rows = 0;
    };
    // Paints the cover's text; returns the room left for the diagram.
    QRectF paintCover(QPainter &painter, const QRectF &area) const;
    qreal smallestDiagramFont() const; // in the SVG's points; 0 when it has no text
    DiagramLayout diagramLayout(const QSizeF &figure, const QRectF &coverRoom,
                                const QRectF &body) const;
    void paintFrame(QPainter &painter, const QRectF &page, int number, int count) const;

    // Copies (implicitly shared, so cheap): a document may outlive the objects it was made from.
    Plan m_plan;
    QList<ChecklistRow> m_rows;
    Texts m_texts;
    QByteArray m_diagramSvg;
    QString m_diagramNote;
    QDate m_date = QDate::currentDate();
};
