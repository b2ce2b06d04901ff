#include "app/document/PlanDocument.h"
#include "app/panels/ChecklistModel.h"
#include "app/panels/ChecklistTab.h"
#include "diagrams/ChecklistDocument.h"
#include "model/io/Templates.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFileInfo>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

// The checklist table: a well-behaved model that follows the document, sorts numbers as numbers,
// filters by boundary and reports the selected rule.
class TestChecklistModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void followsTheDocument();
    void sortsPortsAsNumbers();
    void filtersByBoundary();
    void boundaryFilterNamesTheZones();
    void selectionNamesTheRule();
    void printedChecklistHasTickBoxes();
    void printsPagesWithHeaders();

private:
    static void load(PlanDocument &doc)
    {
        doc.reset(*Templates::load(QStringLiteral("gateway")), {});
    }
};

void TestChecklistModel::passesModelTester()
{
    PlanDocument doc;
    ChecklistModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(doc);
    QVERIFY(model.rowCount() > 0);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ChecklistModel::Ports);
    doc.reset(*Templates::load(QStringLiteral("hierarchy")), {});
    doc.reset(Plan(), {});
    QCOMPARE(model.rowCount(), 0);
}

void TestChecklistModel::followsTheDocument()
{
    PlanDocument doc;
    load(doc);
    ChecklistModel model(&doc);
    QCOMPARE(model.rowCount(), int(doc.checklist().size()));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    PlanEdit edit;
    edit.removeDevice(doc.plan(), QStringLiteral("db"));
    doc.edit(edit, QStringLiteral("remove"));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), int(doc.checklist().size()));
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(!model.index(r, ChecklistModel::Flows)
                     .data()
                     .toString()
                     .split(QStringLiteral(", "))
                     .contains(QStringLiteral("1")));
}

void TestChecklistModel::sortsPortsAsNumbers()
{
    PlanDocument doc;
    load(doc);
    ChecklistTab tab(&doc);
    tab.view()->sortByColumn(ChecklistModel::Ports, Qt::AscendingOrder);
    QSortFilterProxyModel *proxy = tab.proxy();
    int last = 0;
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const int port =
            proxy->index(r, ChecklistModel::Ports).data(ChecklistModel::SortRole).toInt();
        QVERIFY2(port >= last, qPrintable(QString::number(port)));
        last = port;
    }
    QVERIFY(last >= 13000); // 443 comes before 13000, unlike a text sort
}

void TestChecklistModel::filtersByBoundary()
{
    PlanDocument doc;
    load(doc);
    ChecklistTab tab(&doc);
    QComboBox *filter = tab.boundaryFilter();
    QVERIFY(filter->count() > 2);
    QCOMPARE(tab.proxy()->rowCount(), tab.model()->rowCount());
    filter->setCurrentIndex(1);
    const QString key = filter->currentData().toString();
    QVERIFY(tab.proxy()->rowCount() > 0);
    QVERIFY(tab.proxy()->rowCount() < tab.model()->rowCount());
    for (int r = 0; r < tab.proxy()->rowCount(); ++r)
        QCOMPARE(tab.proxy()->index(r, 0).data(ChecklistModel::BoundaryKeyRole).toString(), key);
    // The filter survives a change of the plan.
    PlanEdit edit;
    edit.changeTitle(doc.plan(), QStringLiteral("Renamed"));
    doc.edit(edit, QStringLiteral("title"));
    QCOMPARE(filter->currentData().toString(), key);
}

void TestChecklistModel::boundaryFilterNamesTheZones()
{
    // The drop-down and the column say a boundary alike: the zones' own names, one entry per
    // pair of zones, so the branch's LAN is not the head office's.
    PlanDocument doc;
    Plan plan = *Templates::load(QStringLiteral("gateway"));
    plan.zones << Zone::make(QStringLiteral("branch"), Catalog::ZoneKind::Lan,
                             QStringLiteral("Branch LAN"));
    plan.devices << Device::make(QStringLiteral("branch-pcs"), Catalog::Role::ManagedComputer,
                                 QStringLiteral("branch"), 40);
    doc.reset(plan, {});
    ChecklistTab tab(&doc);
    QComboBox *filter = tab.boundaryFilter();
    QStringList entries;
    for (int i = 1; i < filter->count(); ++i) // the first entry shows every boundary
        entries << filter->itemText(i);
    for (const char *title : {"Head office LAN → DMZ", "Branch LAN → Head office LAN",
                              "Head office LAN → Branch LAN", "Inside “Branch LAN”"})
        QVERIFY2(entries.contains(QString::fromUtf8(title)), title);
    QCOMPARE(QSet<QString>(entries.begin(), entries.end()).size(), entries.size());
    filter->setCurrentIndex(filter->findText(QStringLiteral("Branch LAN → Head office LAN")));
    QVERIFY(tab.proxy()->rowCount() > 0);
    for (int r = 0; r < tab.proxy()->rowCount(); ++r)
        QCOMPARE(tab.proxy()->index(r, ChecklistModel::Boundary).data().toString(),
                 QStringLiteral("Branch LAN → Head office LAN"));
}

void TestChecklistModel::selectionNamesTheRule()
{
    PlanDocument doc;
    load(doc);
    ChecklistTab tab(&doc);
    QSignalSpy selected(&tab, &ChecklistTab::ruleSelected);
    tab.view()->selectRow(0);
    QVERIFY(!selected.isEmpty());
    const QModelIndex first = tab.proxy()->index(0, 0);
    QCOMPARE(selected.last().at(0).toString(), first.data(ChecklistModel::FromIdRole).toString());
    QCOMPARE(selected.last().at(1).toString(), first.data(ChecklistModel::ToIdRole).toString());
    QCOMPARE(selected.last().at(2).toStringList(),
             first.data(ChecklistModel::FlowNumbersRole).toStringList());
    tab.view()->clearSelection();
    QVERIFY(selected.last().at(0).toString().isEmpty());
}

void TestChecklistModel::printedChecklistHasTickBoxes()
{
    PlanDocument doc;
    load(doc);
    const QString html = ChecklistDocument(doc.plan(), doc.checklist(), Texts()).bodyHtml();
    QTextDocument text;
    text.setHtml(html);
    const QString plain = text.toPlainText();
    QCOMPARE(plain.count(QChar(0x2610)), int(doc.checklist().size()));
}

void TestChecklistModel::printsPagesWithHeaders()
{
    // A plan long enough for several pages: the reference plan with many office groups.
    PlanDocument doc;
    Plan plan = *Templates::load(QStringLiteral("gateway"));
    for (int i = 0; i < 40; ++i) {
        Device d = *plan.device(QStringLiteral("laptops"));
        d.id = QStringLiteral("laptops-%1").arg(i);
        d.name = QStringLiteral("Laptops %1").arg(i);
        plan.devices << d;
    }
    doc.reset(plan, {});
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("checklist.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    ChecklistDocument document(doc.plan(), doc.checklist(), Texts());
    document.setDate(QDate(2026, 3, 1));
    document.print(&printer);
    QVERIFY(QFileInfo(pdf).size() > 0);
    // The text of each page, through poppler's pdftotext (installed by scripts/dev.sh).
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed");
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    const QStringList pages = QString::fromUtf8(process.readAllStandardOutput())
                                  .split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY2(pages.size() > 1, qPrintable(QString::number(pages.size())));
    // The header line (title, date) is checked on the first page only: where a table row runs
    // on under it, pdftotext interleaves the two lines of text.
    QVERIFY(pages.first().contains(doc.plan().title));
    for (int p = 0; p < pages.size(); ++p)
        QVERIFY(pages[p].contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())));
}

QTEST_MAIN(TestChecklistModel)
#include "tst_checklistmodel.moc"
