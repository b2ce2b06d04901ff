#include "app/Settings.h"
#include "app/document/OutputController.h"
#include "app/document/PlanDocument.h"
#include "diagrams/ChecklistDocument.h"
#include "diagrams/DiagramService.h"
#include "exports/ChecklistWriter.h"
#include "exports/ChecklistXlsx.h"
#include "exports/FirewallExport.h"
#include "model/io/Templates.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// Exports and prints without a window: the files a user gets, in the output language chosen
// (File ▸ Output Language) while the window speaks English.
class TestOutputController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void checklistCsv_data() { languages(); }
    void checklistCsv();
    void checklistPdf_data() { languages(); }
    void checklistPdf();
    void diagramSvg_data() { languages(); }
    void diagramSvg();
    void diagramDrawio_data() { languages(); }
    void diagramDrawio();
    void drawioFollowsTheDiagramTabsView();
    void unwritableFileIsReported();
    void firewallRules_data();
    void firewallRules();
    void checklistXlsx();

private:
    static void languages();
    QByteArray readAll(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<DiagramService> m_diagrams;
    std::unique_ptr<OutputController> m_outputs;
    QStringList m_asked;
};

void TestOutputController::languages()
{
    // Words each language must show: a boundary of the checklist, a role on the diagram and the
    // printable checklist's heading.
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("boundary");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("otherRole"); // the same role in the other language: never shown
    QTest::addColumn<QString>("heading");   // of the printable checklist
    QTest::newRow("en") << "en"
                        << "Head office LAN → DMZ"
                        << "Administration Server"
                        << "Сервер администрирования"
                        << "Firewall port checklist";
    QTest::newRow("ru") << "ru"
                        << "Head office LAN → DMZ" // the zones' own names, in any language
                        << "Сервер администрирования"
                        << "Administration Server"
                        << "Перечень портов для сетевого экрана";
}

void TestOutputController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("s.ini")));
    m_document = std::make_unique<PlanDocument>();
    m_document->reset(*Templates::load(QStringLiteral("gateway")), QString());
    m_diagrams = std::make_unique<DiagramService>();
    m_outputs = std::make_unique<OutputController>(m_document.get(), m_settings.get(),
                                                   m_diagrams.get(), nullptr);
    m_asked.clear();
    m_outputs->setPrompt([this](QMessageBox::Icon, const QString &, const QString &text,
                                QMessageBox::StandardButtons) {
        m_asked << text;
        return QMessageBox::Ok;
    });
}

void TestOutputController::cleanup()
{
    m_outputs.reset();
    m_diagrams.reset();
    m_document.reset();
    m_settings.reset();
    m_dir.reset();
}

QByteArray TestOutputController::readAll(const QString &name) const
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestOutputController::checklistCsv()
{
    QFETCH(QString, language);
    QFETCH(QString, boundary);
    m_outputs->setOutputLanguage(language);
    QCOMPARE(m_outputs->outputTexts().language(), language);
    QVERIFY(m_outputs->exportChecklist(QStringLiteral("csv"), m_dir->filePath("rules.csv")));

    const QString csv = QString::fromUtf8(readAll(QStringLiteral("rules.csv")));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const Texts texts = Texts::forLanguage(language);
    // Rules merged, as the command line writes them by default.
    const QList<ChecklistRow> rows =
        Checklist::merge(Checklist::build(m_document->plan(), m_document->flows(), texts));
    QCOMPARE(lines.size(), rows.size() + 1); // the header, then one line per rule
    QVERIFY(lines.first().startsWith(QStringLiteral("boundary,from,from_address,to")));
    // The server's rule to the gateway in the DMZ, under the boundary's name in that language.
    const QString rule =
        boundary + ",KSC-01,10.0.0.5,Connection gateway,192.0.2.10,lan,dmz,tcp,13000,4a,";
    QVERIFY2(std::any_of(lines.begin(), lines.end(),
                         [&](const QString &line) { return line.startsWith(rule); }),
             qPrintable(csv.left(400)));
    QCOMPARE(csv.toUtf8(), ChecklistWriter::write(m_document->plan(), rows, "csv", texts));
    QCOMPARE(m_settings->lastExportFolder(), QFileInfo(m_dir->path()).absoluteFilePath());
    QVERIFY(m_asked.isEmpty());
}

void TestOutputController::checklistPdf()
{
    QFETCH(QString, language);
    QFETCH(QString, boundary);
    QFETCH(QString, heading);
    m_outputs->setOutputLanguage(language);
    const QString path = m_dir->filePath(QStringLiteral("checklist.pdf"));
    QVERIFY(m_outputs->exportChecklist(QStringLiteral("pdf"), path));
    const QByteArray pdf = readAll(QStringLiteral("checklist.pdf"));
    QVERIFY(pdf.startsWith("%PDF-"));
    // The cover carries the diagram (drawn as shapes, so its words are no text to pdftotext):
    // the file is well beyond the same document without it.
    const Texts texts = Texts::forLanguage(language);
    const QByteArray bare =
        ChecklistDocument(m_document->plan(),
                          Checklist::build(m_document->plan(), m_document->flows(), texts), texts)
            .pdf();
    QVERIFY2(pdf.size() > bare.size() + 20000,
             qPrintable(QStringLiteral("%1 vs %2").arg(pdf.size()).arg(bare.size())));

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    // The PDF's fonts set "ffi" and "fl" as ligatures ("Head oﬃce LAN"): read them as letters.
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.replace(QChar(0xFB03), QStringLiteral("ffi"))
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"))
        .replace(QChar(0xFB00), QStringLiteral("ff"));
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY2(pages.size() > 1, qPrintable(QString::number(pages.size())));
    // The cover names the plan in the output language; the body has the rules by boundary.
    QVERIFY2(pages.first().contains(m_document->plan().title), qPrintable(pages.first()));
    QVERIFY2(pages.first().contains(heading), qPrintable(pages.first()));
    QVERIFY2(text.contains(boundary), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("KSC-01")));
}

void TestOutputController::diagramSvg()
{
    QFETCH(QString, language);
    QFETCH(QString, role);
    QFETCH(QString, otherRole);
    m_outputs->setOutputLanguage(language);
    QSignalSpy exported(m_outputs.get(), &OutputController::diagramExported);
    const QString path = m_dir->filePath(QStringLiteral("diagram.svg"));
    m_outputs->exportDiagram(path);
    QVERIFY(QTest::qWaitFor([&] { return exported.size() == 1; }, 60000));
    QCOMPARE(exported.first().first().toString(), path);
    const QString svg = QString::fromUtf8(readAll(QStringLiteral("diagram.svg")));
    QVERIFY(svg.contains(QStringLiteral("<svg")));
    QVERIFY2(svg.contains(role), qPrintable(svg.left(400)));
    QVERIFY(!svg.contains(otherRole));
    QVERIFY(svg.contains(QStringLiteral(">4a<"))); // the numbered flows are drawn
    QVERIFY(m_asked.isEmpty());
}

void TestOutputController::diagramDrawio()
{
    // File ▸ Export ▸ Diagram as draw.io: the same worker, the output language.
    QFETCH(QString, language);
    QFETCH(QString, role);
    QFETCH(QString, otherRole);
    m_outputs->setOutputLanguage(language);
    QSignalSpy exported(m_outputs.get(), &OutputController::diagramExported);
    const QString path = m_dir->filePath(QStringLiteral("diagram.drawio"));
    m_outputs->exportDiagram(path);
    QVERIFY(QTest::qWaitFor([&] { return exported.size() == 1; }, 60000));
    const QString xml = QString::fromUtf8(readAll(QStringLiteral("diagram.drawio")));
    QVERIFY(xml.contains(QStringLiteral("<mxfile")));
    QVERIFY2(xml.contains(QStringLiteral("role=\"%1\"").arg(role)), qPrintable(xml.left(400)));
    QVERIFY(!xml.contains(otherRole));
    QVERIFY(xml.contains(QStringLiteral("flow=\"4a\"")));
    QVERIFY(m_asked.isEmpty());
}

void TestOutputController::drawioFollowsTheDiagramTabsView()
{
    // The Diagram tab keeps its view in the settings; exports draw that view.
    DiagramOptions options = m_settings->diagramOptions();
    options.view = DiagramOptions::View::Overview;
    m_settings->setDiagramOptions(options);
    QSignalSpy exported(m_outputs.get(), &OutputController::diagramExported);
    m_outputs->exportDiagram(m_dir->filePath(QStringLiteral("overview.drawio")));
    QVERIFY(QTest::qWaitFor([&] { return exported.size() == 1; }, 60000));
    const QByteArray xml = readAll(QStringLiteral("overview.drawio"));
    QVERIFY(xml.contains("id=\"site:ksc\"")); // the server's site as one box
    QVERIFY(!xml.contains("id=\"device:ksc\""));
}

void TestOutputController::unwritableFileIsReported()
{
    const QString path = m_dir->filePath(QStringLiteral("missing/folder/rules.csv"));
    QVERIFY(!m_outputs->exportChecklist(QStringLiteral("csv"), path));
    QCOMPARE(m_asked.size(), 1);
    QVERIFY2(m_asked.first().contains(QStringLiteral("rules.csv")), qPrintable(m_asked.first()));
    QVERIFY(!QFile::exists(path));
}

void TestOutputController::firewallRules_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("language");
    for (const QString &target : FirewallExport::targets()) {
        for (const char *language : {"en", "ru"})
            QTest::addRow("%s, %s", qPrintable(target), language) << target << language;
    }
}

void TestOutputController::firewallRules()
{
    // File ▸ Export ▸ Firewall Rules: what the command line writes, in the output language.
    QFETCH(QString, target);
    QFETCH(QString, language);
    m_outputs->setOutputLanguage(language);
    const QString name = QStringLiteral("rules.") + OutputController::firewallSuffix(target);
    QVERIFY(m_outputs->exportFirewall(target, m_dir->filePath(name)));
    const Texts texts = Texts::forLanguage(language);
    const QByteArray expected = FirewallExport::write(
        m_document->plan(), Checklist::build(m_document->plan(), m_document->flows(), texts),
        target, texts);
    QCOMPARE(readAll(name), expected);
    QVERIFY(expected.contains("13000"));
    QVERIFY(m_asked.isEmpty());
}

void TestOutputController::checklistXlsx()
{
    QVERIFY(m_outputs->exportChecklist(QStringLiteral("xlsx"), m_dir->filePath("rules.xlsx")));
    const QByteArray xlsx = readAll(QStringLiteral("rules.xlsx"));
    QVERIFY(xlsx.startsWith("PK")); // a zip archive, as every workbook
    QString error;
    const auto expected = ChecklistXlsx::write(
        m_document->plan(),
        Checklist::merge(Checklist::build(m_document->plan(), m_document->flows(), Texts())),
        Texts(), &error);
    QVERIFY(expected);
    QCOMPARE(xlsx.size(), expected->size());
    QVERIFY(m_asked.isEmpty());
}

QTEST_MAIN(TestOutputController)
#include "tst_outputcontroller.moc"
