#include "exports/ChecklistXlsx.h"
#include "model/Checklist.h"
#include "tests/support/TestPlans.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

// The workbook as Excel reads it: an XLSX is a zip of XML parts, unpacked with `unzip -p`
// (Debian package unzip).
class TestChecklistXlsx : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sheetsHeaderAndRows();
    void russianWorkbook();
    void subnetsAndNoMerge();
    void sheetNames_data();
    void sheetNames();

private:
    QByteArray part(const QByteArray &workbook, const QString &name);
    // Every cell text of a sheet, in order (inline or shared strings resolved).
    QStringList sheetTexts(const QByteArray &workbook, int sheet);
    // 1-based position of the sheet named `name` (its part is xl/worksheets/sheetN.xml).
    int sheetIndex(const QByteArray &workbook, const QString &name);

    QTemporaryDir m_dir;
    QString m_unzip;
};

void TestChecklistXlsx::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (m_unzip.isEmpty())
        QFAIL("unzip is not installed (Debian package unzip)");
}

QByteArray TestChecklistXlsx::part(const QByteArray &workbook, const QString &name)
{
    const QString path = m_dir.filePath(QStringLiteral("book.xlsx"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(workbook) != workbook.size())
        qFatal("cannot write the workbook");
    file.close();
    QProcess unzip;
    unzip.start(m_unzip, {QStringLiteral("-p"), path, name});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return {};
    return unzip.readAllStandardOutput();
}

QStringList TestChecklistXlsx::sheetTexts(const QByteArray &workbook, int sheet)
{
    static const QRegularExpression si(QStringLiteral("<si><t[^>]*>([^<]*)</t></si>"));
    QStringList shared;
    for (auto it = si.globalMatch(
             QString::fromUtf8(part(workbook, QStringLiteral("xl/sharedStrings.xml"))));
         it.hasNext();)
        shared << it.next().captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    static const QRegularExpression cell(
        QStringLiteral("<c r=\"[A-Z]+\\d+\"[^>]*t=\"s\"[^>]*><v>(\\d+)</v></c>"));
    QStringList texts;
    const QString xml =
        QString::fromUtf8(part(workbook, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)));
    for (auto it = cell.globalMatch(xml); it.hasNext();)
        texts << shared.value(it.next().captured(1).toInt());
    return texts;
}

int TestChecklistXlsx::sheetIndex(const QByteArray &workbook, const QString &name)
{
    static const QRegularExpression sheet(QStringLiteral("<sheet name=\"([^\"]*)\""));
    int index = 0;
    const QString book = QString::fromUtf8(part(workbook, QStringLiteral("xl/workbook.xml")));
    for (auto it = sheet.globalMatch(book); it.hasNext();) {
        ++index;
        if (it.next().captured(1) == name)
            return index;
    }
    return -1;
}

void TestChecklistXlsx::sheetsHeaderAndRows()
{
    const Plan plan = templatePlan(QStringLiteral("gateway"));
    const QList<ChecklistRow> rows =
        Checklist::merge(Checklist::build(plan, FlowDeriver::derive(plan)));
    QString error;
    const std::optional<QByteArray> workbook = ChecklistXlsx::write(plan, rows, Texts(), &error);
    QVERIFY2(workbook, qPrintable(error));
    QVERIFY(workbook->startsWith("PK"));

    const QString book = QString::fromUtf8(part(*workbook, QStringLiteral("xl/workbook.xml")));
    QVERIFY(book.contains(QStringLiteral("<sheet name=\"Summary\"")));
    QVERIFY(book.contains(QStringLiteral("<sheet name=\"Internet → DMZ\"")));
    QVERIFY(book.contains(QStringLiteral("<sheet name=\"Head office LAN → DMZ\"")));
    // The autofilters are defined names of the workbook.
    QVERIFY(book.contains(QStringLiteral("_xlnm._FilterDatabase")));

    QCOMPARE(sheetIndex(*workbook, QStringLiteral("Summary")), 1);
    const QStringList lanToDmz =
        sheetTexts(*workbook, sheetIndex(*workbook, QStringLiteral("Head office LAN → DMZ")));
    QCOMPARE(lanToDmz.mid(0, 9),
             (QStringList{"Source", "Source address", "Destination", "Destination address",
                          "Protocol", "Ports", "Flows", "Purpose", "Status"}));
    QVERIFY(lanToDmz.contains(QStringLiteral("KSC-01")));
    QVERIFY(lanToDmz.contains(QStringLiteral("10.0.0.5")));
    QVERIFY(lanToDmz.contains(QStringLiteral("Connection gateway")));

    // The merged rule: the Internet devices' package downloads, one row.
    const int internet = sheetIndex(*workbook, QStringLiteral("Internet → DMZ"));
    const QString sheet = QString::fromUtf8(
        part(*workbook, QStringLiteral("xl/worksheets/sheet%1.xml").arg(internet)));
    QVERIFY(sheet.contains(QStringLiteral("<pane ySplit=\"1\"")));
    QVERIFY(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:I")));
    QVERIFY(sheet.contains(QStringLiteral("<formula1>\"Open,Done,Refused\"</formula1>")));
    const QStringList internetToDmz = sheetTexts(*workbook, internet);
    QCOMPARE(internetToDmz.count(QStringLiteral("8060, 8061")), 1);
    QVERIFY(
        internetToDmz.contains(QStringLiteral("Off-site laptops; Android devices; iOS devices")));

    const QStringList summary = sheetTexts(*workbook, 1);
    QCOMPARE(summary.mid(0, 3), (QStringList{"Boundary", "Rules", "Sheet"}));
    QVERIFY(summary.contains(QStringLiteral("Internet → DMZ")));
}

void TestChecklistXlsx::russianWorkbook()
{
    const Texts ru = Texts::forLanguage(QStringLiteral("ru"));
    const Plan plan = *Templates::load(QStringLiteral("gateway"), ru);
    const QList<ChecklistRow> rows =
        Checklist::merge(Checklist::build(plan, FlowDeriver::derive(plan), ru));
    QString error;
    const std::optional<QByteArray> workbook = ChecklistXlsx::write(plan, rows, ru, &error);
    QVERIFY2(workbook, qPrintable(error));
    const QStringList texts = sheetTexts(*workbook, 2);
    QCOMPARE(texts.value(0), QStringLiteral("Откуда"));
    QCOMPARE(texts.value(8), QStringLiteral("Состояние"));
    const QString sheet =
        QString::fromUtf8(part(*workbook, QStringLiteral("xl/worksheets/sheet2.xml")));
    QVERIFY(sheet.contains(QStringLiteral("<formula1>\"Ожидает,Выполнено,Отклонено\"</formula1>")));
    QCOMPARE(sheetTexts(*workbook, 1).value(0), QStringLiteral("Граница"));
}

void TestChecklistXlsx::subnetsAndNoMerge()
{
    // A group given as subnets shows them as its address; one row per pair without merging.
    Plan plan = templatePlan(QStringLiteral("gateway"));
    plan.device(QStringLiteral("laptops"))->address =
        QStringLiteral("198.51.100.0/24, 2001:db8::/48");
    const QList<ChecklistRow> pairs = Checklist::build(plan, FlowDeriver::derive(plan));
    QString error;
    const std::optional<QByteArray> workbook = ChecklistXlsx::write(plan, pairs, Texts(), &error);
    QVERIFY2(workbook, qPrintable(error));
    const QStringList texts =
        sheetTexts(*workbook, sheetIndex(*workbook, QStringLiteral("Internet → DMZ")));
    QVERIFY(texts.contains(QStringLiteral("198.51.100.0/24, 2001:db8::/48")));
    QCOMPARE(texts.count(QStringLiteral("8060, 8061")), 3);
    QVERIFY(!texts.contains(QStringLiteral("Off-site laptops; Android devices; iOS devices")));
}

void TestChecklistXlsx::sheetNames_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("name");
    QTest::newRow("as is") << "LAN → DMZ" << QStringList{} << "LAN → DMZ";
    QTest::newRow("forbidden characters")
        << "Inside “A/B: [x]*?\\”" << QStringList{} << "Inside “A-B- -x----”";
    QTest::newRow("31 characters") << QString(40, u'x') << QStringList{} << QString(31, u'x');
    QTest::newRow("unique regardless of case")
        << "Summary" << QStringList{"SUMMARY"} << "Summary (2)";
    QTest::newRow("unique and short")
        << QString(40, u'y') << QStringList{QString(31, u'y')} << QString(27, u'y') + " (2)";
    QTest::newRow("apostrophes") << "'quoted'" << QStringList{} << "quoted";
}

void TestChecklistXlsx::sheetNames()
{
    QFETCH(QString, wanted);
    QFETCH(QStringList, taken);
    QFETCH(QString, name);
    QCOMPARE(ChecklistXlsx::sheetName(wanted, taken), name);
}

QTEST_GUILESS_MAIN(TestChecklistXlsx)
#include "tst_checklistxlsx.moc"
