#include "diagrams/ChecklistDocument.h"
#include "diagrams/DiagramRenderer.h"
#include "model/Analysis.h"
#include "tests/support/EstatePlans.h"
#include "tests/support/TestPlans.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
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
    void everyPageNamesItsSectionAndColumns();
    void diagramTextIsReadable();
    void everyRulePrintedOnce();
};

namespace {
// The text of each page of a PDF (read back by poppler); empty when pdftotext is missing.
QStringList pdfPages(const QByteArray &pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-"), QStringLiteral("-")});
    process.write(pdf);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput())
        .split(QLatin1Char('\f'), Qt::SkipEmptyParts);
}
} // namespace

void TestChecklistDocument::bodyHasEverySectionAndTickBoxes()
{
    const Plan plan = templatePlan(QStringLiteral("gateway"));
    const QList<ChecklistRow> rows = Analysis(plan).checklist();
    const ChecklistDocument doc(plan, rows, Texts());
    const QString html = doc.bodyHtml();
    for (const char *section :
         {"Head office LAN → DMZ", "Internet → DMZ", "Inside “Head office LAN”"})
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

void TestChecklistDocument::everyPageNamesItsSectionAndColumns()
{
    // A table that goes on over a page break repeats its section heading and column headers: a
    // loose page must still say which firewall and which column is which.
    const Plan plan = templatePlan(QStringLiteral("gateway"));
    const QList<ChecklistRow> rows = Analysis(plan).checklist();
    ChecklistDocument doc(plan, rows, Texts());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A5)); // small pages: many breaks inside tables
    QVERIFY(doc.print(&writer) >= 4);
    buffer.close();
    const QStringList pages = pdfPages(buffer.data());
    if (pages.isEmpty())
        QSKIP("pdftotext is not installed (scripts/dev.sh installs poppler-utils)");
    for (qsizetype i = 1; i < pages.size(); ++i) {
        const QString &page = pages[i];
        QVERIFY2(page.contains(QStringLiteral("From")) && page.contains(QStringLiteral("Purpose")),
                 qPrintable(QString::number(i) + QLatin1Char(' ') + page.left(600)));
        QVERIFY2(page.contains(QStringLiteral(" → ")) || page.contains(QStringLiteral("Inside")),
                 qPrintable(page.left(300)));
    }
}

void TestChecklistDocument::diagramTextIsReadable()
{
    // The reference plan's figure squeezed onto the cover printed its labels at about 4 pt: no
    // word of the document may be smaller than 6 pt (a word's box is taller than its font size).
    const Plan plan = templatePlan(QStringLiteral("gateway"));
    const Analysis analysis(plan);
    ChecklistDocument doc(plan, analysis.checklist(), Texts());
    DiagramOptions options;
    options.legend = true;
    const auto svg = DiagramRenderer().svg(analysis, options, nullptr);
    QVERIFY(svg);
    doc.setDiagramSvg(*svg);
    const QByteArray pdf = doc.pdf();
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed (scripts/dev.sh installs poppler-utils)");
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-bbox"), QStringLiteral("-"), QStringLiteral("-")});
    process.write(pdf);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    const QString boxes = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"[0-9.]+\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" "
                       "yMax=\"([0-9.]+)\">([^<]*)</word>"));
    int words = 0;
    for (const QRegularExpressionMatch &m : word.globalMatch(boxes)) {
        const qreal height = m.captured(2).toDouble() - m.captured(1).toDouble();
        QVERIFY2(height >= 6,
                 qPrintable(QStringLiteral("“%1” is %2 pt high").arg(m.captured(3)).arg(height)));
        ++words;
    }
    QVERIFY(words > 100);
}

void TestChecklistDocument::russianDocument()
{
    const Plan plan = templatePlan(QStringLiteral("gateway"));
    const Texts ru = Texts::forLanguage(QStringLiteral("ru"));
    const QList<ChecklistRow> rows = Analysis(plan).checklist(ru);
    const QString html = ChecklistDocument(plan, rows, ru).bodyHtml();
    // The zones keep the plan's names; the words around them are Russian.
    QVERIFY2(html.contains(QStringLiteral("Внутри зоны «Head office LAN»")),
             qPrintable(html.left(400)));
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
void TestChecklistDocument::everyRulePrintedOnce()
{
    // The body is cut into pages before painting, a document per page: every rule must land on
    // exactly one page, whatever the page size, tall merged rules too.
    const Plan plan = estatePlan(2, 3, 6);
    const QList<ChecklistRow> rows = Checklist::merge(Analysis(plan).checklist());
    QVERIFY(rows.size() > 40);
    ChecklistDocument doc(plan, rows, Texts());
    for (const QPageSize::PageSizeId size : {QPageSize::A4, QPageSize::A6}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(size));
        const int count = doc.print(&writer);
        buffer.close();
        const QStringList pages = pdfPages(buffer.data());
        if (pages.isEmpty())
            QSKIP("pdftotext is not installed (scripts/dev.sh installs poppler-utils)");
        QCOMPARE(pages.size(), count);
        const QString text = pages.join(QLatin1Char('\n'));
        QCOMPARE(text.count(QStringLiteral("☐")), rows.size());
        // Pages are filled: no more of them than rules (the cover aside).
        QVERIFY(count - 1 <= rows.size());
    }
}

#include "tst_checklistdocument.moc"
