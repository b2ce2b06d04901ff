#include "diagrams/ChecklistPdf.h"
#include "model/Analysis.h"
#include "model/io/Templates.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>

// Printing the checklist must leave the window's own text alone: the menus once shrank to dots
// after a PDF export or a print preview, because the document's fonts spoiled the shared font
// cache.
class TestPrintFonts : public QObject
{
    Q_OBJECT

private slots:
    void menuTextKeepsItsInk_data();
    void menuTextKeepsItsInk();

private:
    static int ink(QWidget *widget);
};

// The number of dark pixels of a widget's picture: the amount of text it shows.
int TestPrintFonts::ink(QWidget *widget)
{
    const QImage image = widget->grab().toImage();
    int dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 128)
                ++dark;
        }
    }
    return dark;
}

void TestPrintFonts::menuTextKeepsItsInk_data()
{
    // How the checklist is painted: QPdfWriter (File ▸ Export), a QPrinter writing PDF, or the
    // print preview (File ▸ Print Checklist).
    QTest::addColumn<QString>("device");
    QTest::newRow("pdf export") << "pdf";
    QTest::newRow("print to pdf") << "printer";
    QTest::newRow("print preview") << "preview";
}

void TestPrintFonts::menuTextKeepsItsInk()
{
    QFETCH(QString, device);
    QMenu menu;
    menu.addAction(QStringLiteral("New from Template…"));
    menu.addAction(QStringLiteral("Open…"));
    menu.addAction(QStringLiteral("Export Checklist as PDF…"));
    QLabel label(QStringLiteral("Boundary: LAN → DMZ"));
    // Painted off screen (grab() renders a hidden widget): a popup needs no window manager.
    menu.adjustSize();
    label.adjustSize();
    const int menuBefore = ink(&menu);
    const int labelBefore = ink(&label);
    QVERIFY(menuBefore > 100);

    const ChecklistPdf pdf(Analysis(*Templates::load(QStringLiteral("gateway"))), Texts());
    const ChecklistDocument document = pdf.document();
    if (device == QStringLiteral("printer")) {
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("c.pdf")));
        QVERIFY(document.print(&printer) > 1);
    } else if (device == QStringLiteral("preview")) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageOrientation(QPageLayout::Landscape);
        QPrintPreviewWidget preview(&printer);
        int pages = 0;
        connect(&preview, &QPrintPreviewWidget::paintRequested, this,
                [&](QPrinter *p) { pages = document.print(p); });
        preview.resize(900, 700);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        preview.updatePreview();
        QApplication::processEvents();
        QVERIFY(pages > 1);
    } else {
        QVERIFY(!pdf.pdf().isEmpty());
    }

    // Fresh widgets, as the menus of the window are built anew when they open.
    QMenu after;
    for (QAction *action : menu.actions())
        after.addAction(action->text());
    QLabel labelAfter(label.text());
    after.adjustSize();
    labelAfter.adjustSize();
    const int menuAfter = ink(&after);
    const int labelInk = ink(&labelAfter);
    QVERIFY2(
        menuAfter > menuBefore * 8 / 10 && menuAfter < menuBefore * 12 / 10,
        qPrintable(QStringLiteral("menu ink %1 before, %2 after").arg(menuBefore).arg(menuAfter)));
    QVERIFY2(
        labelInk > labelBefore * 8 / 10 && labelInk < labelBefore * 12 / 10,
        qPrintable(QStringLiteral("label ink %1 before, %2 after").arg(labelBefore).arg(labelInk)));
}

QTEST_MAIN(TestPrintFonts)
#include "tst_printfonts.moc"
