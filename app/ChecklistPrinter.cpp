#include "ChecklistPrinter.h"

#include "ChecklistWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPainter>
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
    const QDateTime now = QDateTime::currentDateTime();
    QPainter painter(printer);
    if (!painter.isActive())
        return;
    // Laid out in the printer's own resolution, so sizes in points print as points.
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const qreal band = printer->resolution() * 0.4; // header and footer, 0.4 inch each
    QTextDocument document;
    document.documentLayout()->setPaintDevice(printer);
    document.setDefaultFont(QFont(QFont().family(), 9));
    document.setHtml(html(plan, rows, texts, now));
    const QSizeF body(page.width(), page.height() - 2 * band);
    document.setPageSize(body);
    const int pages = document.pageCount();
    const QString title = plan.title.isEmpty() ? tr("Untitled plan") : plan.title;
    const QString date = QLocale().toString(now, QLocale::ShortFormat);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            printer->newPage();
        // Every page says what it belongs to and where it is in the whole.
        painter.setFont(QFont(QFont().family(), 8));
        const QRectF header(0, 0, page.width(), band * 0.8);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, date);
        painter.drawText(QRectF(0, page.height() - band * 0.8, page.width(), band * 0.8),
                         Qt::AlignCenter, tr("Page %1 of %2").arg(p + 1).arg(pages));
        painter.save();
        painter.translate(0, band - p * body.height());
        document.drawContents(&painter, QRectF(0, p * body.height(), body.width(), body.height()));
        painter.restore();
    }
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
