#include "diagrams/ChecklistDocument.h"
#include "model/Analysis.h"
#include "tests/support/TestPlans.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>

// The printable checklist: what an engineer gets on paper.
class TestChecklistDocument : public QObject
{
    Q_OBJECT

private slots:
    void bodyHasEverySectionAndTickBoxes();
    void pdfIsPaginated();
    void russianDocument();
    void emptyPlanPrintsANote();
    void mergedRulesListEverySource();
};

void TestChecklistDocument::bodyHasEverySectionAndTickBoxes()
{
    const Plan plan = templatePlan(QStringLiteral("gateway"));
    const QList<ChecklistRow> rows = Analysis(plan).checklist();
    const ChecklistDocument doc(plan, rows, Texts());
    const QString html = doc.bodyHtml();
    for (const char *section : {"LAN → DMZ", "Internet → DMZ", "Inside “Head office LAN”"})
        QVERIFY2(html.contains(QString::fromUtf8(section)), section);
    QCOMPARE(html.count(QStringLiteral("<td align=\"center\">☐</td>")), rows.size());
    QVERIFY(html.contains(QStringLiteral("<td>KSC-01 (10.0.0.5)</td><td>Connection gateway "
                                         "(192.0.2.10)</td><td>TCP · TLS</td><td>13000</td>"
                                         "<td>4a</td>")));
}

void TestChecklistDocument::mergedRulesListEverySource()
{
    const Plan plan = templatePlan(QStringLiteral("gateway"));
    const QList<ChecklistRow> rows =
        Checklist::merge(Checklist::build(plan, FlowDeriver::derive(plan)));
    const QString html = ChecklistDocument(plan, rows, Texts()).bodyHtml();
    QVERIFY2(html.contains(QStringLiteral("<td>Off-site laptops, Android devices, iOS devices</td>"
                                          "<td>Connection gateway (192.0.2.10)</td>")),
             qPrintable(html));
    // Two rules for the packages: the Internet devices' one, and the office computers' one.
    QCOMPARE(html.count(QStringLiteral("<td>8060, 8061</td>")), 2);
}

void TestChecklistDocument::pdfIsPaginated()
{
    Plan plan = templatePlan(QStringLiteral("gateway"));
    plan.title = QStringLiteral("<Branch & \"HQ\">");
    const QList<ChecklistRow> rows = Analysis(plan).checklist();
    ChecklistDocument doc(plan, rows, Texts());
    const QByteArray pdf = doc.pdf();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.size() > 10'000);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    // A cover and at least two pages of rules on portrait A4.
    QVERIFY(doc.print(&writer) >= 3);
    // The title, markup characters and all, is text on every page (read back by poppler).
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed (scripts/dev.sh installs poppler-utils)");
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-"), QStringLiteral("-")});
    process.write(pdf);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    const QStringList pages = QString::fromUtf8(process.readAllStandardOutput())
                                  .split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY(pages.size() >= 2);
    for (const QString &page : pages)
        QVERIFY2(page.contains(plan.title), qPrintable(page.left(200)));
    QVERIFY(pages.last().contains(QStringLiteral("Page %1 of %1").arg(pages.size())));
}

void TestChecklistDocument::russianDocument()
{
    const Plan plan = templatePlan(QStringLiteral("gateway"));
    const Texts ru = Texts::forLanguage(QStringLiteral("ru"));
    const QList<ChecklistRow> rows = Analysis(plan).checklist(ru);
    const QString html = ChecklistDocument(plan, rows, ru).bodyHtml();
    QVERIFY2(html.contains(QStringLiteral("ДМЗ")), qPrintable(html.left(400)));
    QVERIFY(ChecklistDocument(plan, rows, ru).pdf().startsWith("%PDF-"));
}

void TestChecklistDocument::emptyPlanPrintsANote()
{
    const Plan plan;
    const ChecklistDocument doc(plan, {}, Texts());
    QVERIFY(doc.bodyHtml().contains(QStringLiteral("No rules")));
    QVERIFY(doc.pdf().startsWith("%PDF-"));
}

QTEST_MAIN(TestChecklistDocument)
#include "tst_checklistdocument.moc"
