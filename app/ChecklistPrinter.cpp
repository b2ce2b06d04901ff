#include "ChecklistPrinter.h"

#include "ChecklistWriter.h"

#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

QString ChecklistPrinter::html(const Plan &plan, const QList<ChecklistRow> &rows,
                               const Texts &texts, const QDateTime &when)
{
    const QString title = plan.title.isEmpty() ? tr("Untitled plan") : plan.title;
    QString out = QStringLiteral("<html><body style='font-family:sans-serif; font-size:9pt'>");
    out += QStringLiteral("<h2>%1</h2><p>%2</p>")
               .arg(tr("Port checklist: %1").arg(title).toHtmlEscaped(),
                    tr("Printed %1")
                        .arg(QLocale().toString(when, QLocale::LongFormat))
                        .toHtmlEscaped());
    out += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>"
                          "<th>%1</th>")
               .arg(tr("Done").toHtmlEscaped());
    for (const QString &h : ChecklistWriter::headings(texts))
        out += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    out += QStringLiteral("</tr>");
    QString lastBoundary;
    for (const ChecklistRow &row : rows) {
        const QString boundary = Checklist::boundaryTitle(plan, row, texts);
        if (boundary != lastBoundary) {
            out += QStringLiteral("<tr><td colspan='7' bgcolor='#eceff1'><b>%1</b></td></tr>")
                       .arg(boundary.toHtmlEscaped());
            lastBoundary = boundary;
        }
        // An empty box to tick by hand.
        out += QStringLiteral("<tr><td align='center' style='font-size:14pt'>&#9744;</td>");
        for (const QString &cell : ChecklistWriter::cells(plan, row))
            out += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table></body></html>");
    return out;
}

void ChecklistPrinter::print(const Plan &plan, const QList<ChecklistRow> &rows, const Texts &texts,
                             QPrinter *printer)
{
    QTextDocument document;
    document.setHtml(html(plan, rows, texts, QDateTime::currentDateTime()));
    // Not paginated beforehand, so QTextDocument::print lays the pages out for the printer and
    // puts the page number at the foot of each.
    document.print(printer);
}

void ChecklistPrinter::preview(const Plan &plan, const QList<ChecklistRow> &rows,
                               const Texts &texts, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, parent);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter *p) { print(plan, rows, texts, p); });
    dialog.exec();
}
