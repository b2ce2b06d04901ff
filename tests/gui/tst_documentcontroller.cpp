#include "app/Settings.h"
#include "app/document/DocumentController.h"
#include "app/document/PlanDocument.h"
#include "model/io/PlanFile.h"
#include "model/io/Templates.h"

#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// The plan's file on its own, without a window: what a user gets from open, save and undo.
class TestDocumentController : public QObject
{
    Q_OBJECT

private slots:
    void proposedFileName_data();
    void proposedFileName();
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void brokenFileShowsErrorAndKeepsPlan();
    void savedFileEqualsPlan();
    void modifiedFollowsUndoToClean();
    void recentMenuListsSavedFiles();

private:
    void rename(const QString &id, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<DocumentController> m_files;
    QStringList m_asked; // every message shown, in order
};

void TestDocumentController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("s.ini")));
    m_document = std::make_unique<PlanDocument>();
    m_files = std::make_unique<DocumentController>(
        m_document.get(), m_settings.get(), m_dir->filePath(QStringLiteral("recovery")), nullptr);
    m_asked.clear();
    m_files->setPrompt([this](QMessageBox::Icon, const QString &, const QString &text,
                              QMessageBox::StandardButtons) {
        m_asked << text;
        return QMessageBox::Ok;
    });
    m_files->start(QString()); // first start: the reference plan
}

void TestDocumentController::cleanup()
{
    m_files.reset();
    m_document.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestDocumentController::rename(const QString &id, const QString &name)
{
    Device d = *m_document->plan().device(id);
    d.name = name;
    PlanEdit edit;
    edit.changeDevice(m_document->plan(), d);
    m_document->edit(edit, QStringLiteral("rename"));
}

void TestDocumentController::brokenFileShowsErrorAndKeepsPlan()
{
    const Plan before = m_document->plan();
    QCOMPARE(before, *Templates::load(QStringLiteral("gateway")));
    const QString path = m_dir->filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"format\": \"portolan-plan\",\n  \"version\": 1,\n  \"zones\": [\n");
    file.close();
    PlanError expected;
    QVERIFY(!PlanFile::load(path, &expected));

    QVERIFY(!m_files->openFile(path));
    QCOMPARE(m_asked, QStringList{expected.toString()});
    QVERIFY(m_asked.first().contains(QStringLiteral("broken.json"))); // names the file
    QCOMPARE(m_document->plan(), before);
    QVERIFY(m_document->filePath().isEmpty());
    QVERIFY(m_settings->recentFiles().isEmpty());
}

void TestDocumentController::savedFileEqualsPlan()
{
    rename(QStringLiteral("ksc"), QStringLiteral("KSC-SAVED"));
    const QString path = m_dir->filePath(QStringLiteral("plan.json"));
    QSignalSpy status(m_files.get(), &DocumentController::statusMessage);
    QVERIFY(m_files->saveAs(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), PlanFile::serialize(m_document->plan()));
    QCOMPARE(PlanFile::load(path, nullptr)->device(QStringLiteral("ksc"))->name,
             QStringLiteral("KSC-SAVED"));
    QCOMPARE(m_document->filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(status.size(), 1);
    QVERIFY(status.first().first().toString().contains(QStringLiteral("plan.json")));

    // Save again (no name asked): the file follows the plan.
    rename(QStringLiteral("ksc"), QStringLiteral("KSC-AGAIN"));
    QVERIFY(m_files->save());
    file.close(); // the save replaced the file: read the new one
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), PlanFile::serialize(m_document->plan()));
    QVERIFY(m_asked.isEmpty());
}

void TestDocumentController::modifiedFollowsUndoToClean()
{
    QSignalSpy modified(m_files.get(), &DocumentController::modifiedChanged);
    QUndoStack *stack = m_document->undoStack();
    rename(QStringLiteral("db"), QStringLiteral("SQL-02"));
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.last().first().toBool(), true);
    QVERIFY(m_document->isModified());

    stack->undo();
    QCOMPARE(modified.last().first().toBool(), false);
    QVERIFY(!m_document->isModified());
    stack->redo();
    QCOMPARE(modified.last().first().toBool(), true);

    // Saved: clean there, and undoing past the save is a change again.
    QVERIFY(m_files->saveAs(m_dir->filePath(QStringLiteral("saved.json"))));
    QCOMPARE(modified.last().first().toBool(), false);
    stack->undo();
    QCOMPARE(modified.last().first().toBool(), true);
    QVERIFY(m_document->isModified());
    stack->redo();
    QCOMPARE(modified.last().first().toBool(), false);
    QVERIFY(!m_document->isModified());
    // Clean: the recovery copy is gone, and nothing is asked before a new plan.
    QVERIFY(!m_files->recoveryFile().exists());
    QVERIFY(m_files->newPlan(QString()));
    QVERIFY(m_asked.isEmpty());
}

void TestDocumentController::recentMenuListsSavedFiles()
{
    QMenu menu;
    m_files->setRecentMenu(&menu);
    QVERIFY(!menu.isEnabled()); // nothing opened or saved yet
    const QString first = m_dir->filePath(QStringLiteral("first.json"));
    const QString second = m_dir->filePath(QStringLiteral("second.json"));
    QVERIFY(m_files->saveAs(first));
    QVERIFY(m_files->saveAs(second));
    QVERIFY(menu.isEnabled());
    QCOMPARE(menu.actions().size(), 2);
    QCOMPARE(menu.actions().at(0)->text(), QStringLiteral("second.json"));
    QCOMPARE(menu.actions().at(1)->text(), QStringLiteral("first.json"));

    // Choosing an entry opens it.
    QVERIFY(m_files->newPlan(QStringLiteral("lan-only")));
    menu.actions().at(1)->trigger();
    QCOMPARE(m_document->filePath(), QFileInfo(first).absoluteFilePath());
}

void TestDocumentController::proposedFileName_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("file");
    QTest::newRow("title") << "Branch HQ"
                           << "Branch HQ.portolan.json";
    QTest::newRow("no title") << ""
                              << "plan.portolan.json";
    QTest::newRow("slashes and colons") << "HQ/DMZ: 2027"
                                        << "HQ DMZ 2027.portolan.json";
    QTest::newRow("Cyrillic") << "Филиал"
                              << "Филиал.portolan.json";
    QTest::newRow("dots only") << ".."
                               << "plan.portolan.json";
}

void TestDocumentController::proposedFileName()
{
    // Save As proposes a name the desktop's MIME type recognises as a plan.
    QFETCH(QString, title);
    QFETCH(QString, file);
    QCOMPARE(DocumentController::proposedFileName(title), file);
}

QTEST_MAIN(TestDocumentController)
#include "tst_documentcontroller.moc"
