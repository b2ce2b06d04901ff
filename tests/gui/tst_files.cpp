#include "app/Translations.h"
#include "exports/ChecklistWriter.h"
#include "tests/support/GuiTestSupport.h"

#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLockFile>
#include <QMimeData>
#include <QUndoStack>
#include <QUrl>

// Files through the window: save and open, the unsaved-work prompt, recovery after a crash,
// malformed files, first start, files dropped on the window, checklist export.
class TestGuiFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void firstStartOpensReferencePlan();
    void saveOpenRoundTrip();
    void malformedFileKeepsCurrentPlan();
    void unsavedChangesPrompt();
    void recoveryAfterCrash();
    void recoveryPerWindow();
    void lockedRecoveryIsNotOffered();
    void unreadableRecoveryIsKeptAside();
    void droppedFileOpens();
    void exportsChecklist();
    void languageIsRemembered();
    void fileThatKilledTheLastRunIsNotReopened();

private:
    static void rename(PlanDocument *doc, const QString &id, const QString &name);
};

void TestGuiFiles::rename(PlanDocument *doc, const QString &id, const QString &name)
{
    Device d = *doc->plan().device(id);
    d.name = name;
    PlanEdit edit;
    edit.changeDevice(doc->plan(), d);
    doc->edit(edit, QStringLiteral("rename"));
}

void TestGuiFiles::firstStartOpensReferencePlan()
{
    GuiFixture f;
    MainWindow *w = f.open();
    QCOMPARE(f.document()->plan(), *Templates::load(QStringLiteral("gateway")));
    QVERIFY(!w->isWindowModified());
    QVERIFY(f.asked.isEmpty());
    QVERIFY(w->windowTitle().contains(QStringLiteral("Untitled")));
}

void TestGuiFiles::saveOpenRoundTrip()
{
    GuiFixture f;
    MainWindow *w = f.open();
    rename(f.document(), QStringLiteral("ksc"), QStringLiteral("KSC-PRIMARY"));
    QVERIFY(w->isWindowModified());
    const QString path = f.dir.filePath(QStringLiteral("plan.json"));
    QVERIFY(w->files()->saveAs(path));
    QVERIFY(!w->isWindowModified());
    QVERIFY(w->windowTitle().contains(QStringLiteral("plan.json")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), f.bytes());
    QCOMPARE(f.settings->recentFiles().value(0), QFileInfo(path).absoluteFilePath());

    // A second window (next start) reopens the last plan.
    GuiFixture g;
    g.settings = std::make_unique<Settings>(f.dir.filePath(QStringLiteral("s.ini")));
    g.open();
    QCOMPARE(g.document()->plan(), f.document()->plan());
    QCOMPARE(g.document()->filePath(), QFileInfo(path).absoluteFilePath());

    // And an explicit file opens through the window too.
    QVERIFY(g.window->files()->openFile(path));
    QCOMPARE(g.document()->plan().device(QStringLiteral("ksc"))->name,
             QStringLiteral("KSC-PRIMARY"));
}

void TestGuiFiles::malformedFileKeepsCurrentPlan()
{
    GuiFixture f;
    MainWindow *w = f.open();
    const QByteArray before = f.bytes();
    const QString path = f.writeBrokenPlan();
    PlanError expected;
    QVERIFY(!PlanFile::load(path, &expected));

    f.answer = QMessageBox::Ok;
    QVERIFY(!w->files()->openFile(path));
    QCOMPARE(f.asked, QStringList{expected.toString()}); // the command line's own words
    QCOMPARE(f.bytes(), before);
}

void TestGuiFiles::unsavedChangesPrompt()
{
    GuiFixture f;
    MainWindow *w = f.open();
    rename(f.document(), QStringLiteral("db"), QStringLiteral("SQL-02"));

    f.answer = QMessageBox::Cancel;
    QVERIFY(!w->close());
    QVERIFY(w->isVisible());
    QCOMPARE(f.asked.size(), 1);
    QVERIFY(!w->files()->newPlan(QStringLiteral("lan-only")));
    QCOMPARE(f.document()->plan().device(QStringLiteral("db"))->name, QStringLiteral("SQL-02"));

    // Save: with no file yet it would ask for a name; give it one first.
    const QString path = f.dir.filePath(QStringLiteral("saved.json"));
    QVERIFY(w->files()->saveAs(path));
    rename(f.document(), QStringLiteral("db"), QStringLiteral("SQL-03"));
    f.answer = QMessageBox::Save;
    QVERIFY(w->files()->newPlan(QStringLiteral("lan-only")));
    QCOMPARE(PlanFile::load(path, nullptr)->device(QStringLiteral("db"))->name,
             QStringLiteral("SQL-03"));
    QCOMPARE(f.document()->plan(), *Templates::load(QStringLiteral("lan-only")));

    // Discard drops the work and closes.
    rename(f.document(), f.document()->plan().devices.first().id, QStringLiteral("x"));
    f.answer = QMessageBox::Discard;
    const qsizetype questions = f.asked.size();
    QVERIFY(w->close());
    QCOMPARE(f.asked.size(), questions + 1);
    QVERIFY(!w->files()->recoveryFile().exists());
}

void TestGuiFiles::recoveryAfterCrash()
{
    GuiFixture f;
    MainWindow *w = f.open();
    rename(f.document(), QStringLiteral("ksc"), QStringLiteral("Unsaved name"));
    w->files()->autosave();
    QVERIFY(w->files()->recoveryFile().exists());
    const Plan edited = f.document()->plan();
    // The crash: the window goes away without closing (no prompt, no clean-up).
    f.window.reset();

    f.answer = QMessageBox::Yes;
    MainWindow *again = f.open();
    QCOMPARE(f.asked.size(), 1);
    QVERIFY(f.asked.first().contains(QStringLiteral("Recover")));
    QCOMPARE(f.document()->plan(), edited);
    QVERIFY(again->isWindowModified());
    QVERIFY(f.document()->isModified());

    // Saving ends the need for the recovery file.
    QVERIFY(again->files()->saveAs(f.dir.filePath(QStringLiteral("rescued.json"))));
    QVERIFY(!again->files()->recoveryFile().exists());

    // No recovery file: no question on the next start.
    f.window.reset();
    f.asked.clear();
    f.open();
    QVERIFY(f.asked.isEmpty());
}

void TestGuiFiles::recoveryPerWindow()
{
    // Two windows on one recovery folder stand for two running instances.
    GuiFixture f;
    MainWindow *first = f.open();
    rename(f.document(), QStringLiteral("ksc"), QStringLiteral("First unsaved"));
    first->files()->autosave();
    const QString firstCopy = first->files()->recoveryFile().path();
    QVERIFY(QFile::exists(firstCopy));

    auto second = std::make_unique<MainWindow>(f.settings.get(), f.recoveryFolder());
    QStringList secondAsked;
    second->setPrompt([&secondAsked](QMessageBox::Icon, const QString &, const QString &text,
                                     QMessageBox::StandardButtons) {
        secondAsked << text;
        return QMessageBox::Discard;
    });
    second->files()->start(QString());
    second->show();
    // The running first window's autosave is neither offered nor taken.
    QVERIFY2(secondAsked.isEmpty(), qPrintable(secondAsked.join(u'\n')));
    QCOMPARE(second->document()->plan(), *Templates::load(QStringLiteral("gateway")));
    const QString secondCopy = second->files()->recoveryFile().path();
    QVERIFY(secondCopy != firstCopy);
    rename(second->document(), QStringLiteral("ksc"), QStringLiteral("Second unsaved"));
    second->files()->autosave();
    QVERIFY(QFile::exists(secondCopy));
    QVERIFY(QFile::exists(firstCopy));

    // Closing the second (its work discarded) removes its own copy only.
    QVERIFY(second->close());
    QCOMPARE(secondAsked.size(), 1);
    second.reset();
    QVERIFY(!QFile::exists(secondCopy));
    QVERIFY(QFile::exists(firstCopy));
    QCOMPARE(*PlanFile::load(firstCopy, nullptr), f.document()->plan());
}

void TestGuiFiles::lockedRecoveryIsNotOffered()
{
    GuiFixture f;
    QVERIFY(QDir().mkpath(f.recoveryFolder()));
    const QString copy = QDir(f.recoveryFolder()).filePath(QStringLiteral("recovery-other.json"));
    Plan other = *Templates::load(QStringLiteral("lan-only"));
    other.title = QStringLiteral("Another instance's work");
    QVERIFY(PlanFile::save(other, copy, nullptr));
    {
        // Held by "another process": a running instance's lock.
        QLockFile lock(QDir(f.recoveryFolder()).filePath(QStringLiteral("recovery-other.lock")));
        QVERIFY(lock.tryLock(0));
        f.open();
        QVERIFY2(f.asked.isEmpty(), qPrintable(f.asked.join(u'\n')));
        QCOMPARE(f.document()->plan(), *Templates::load(QStringLiteral("gateway")));
        f.window.reset();
        QVERIFY(QFile::exists(copy));
    }
    // The other instance is gone (its lock free): its work is offered now.
    f.answer = QMessageBox::Yes;
    MainWindow *w = f.open();
    QCOMPARE(f.asked.size(), 1);
    QVERIFY(f.asked.first().contains(QStringLiteral("Recover")));
    QCOMPARE(f.document()->plan(), other);
    QCOMPARE(w->files()->recoveryFile().path(), copy);
}

void TestGuiFiles::unreadableRecoveryIsKeptAside()
{
    GuiFixture f;
    QVERIFY(QDir().mkpath(f.recoveryFolder()));
    const QString copy = QDir(f.recoveryFolder()).filePath(QStringLiteral("recovery-cut.json"));
    QFile file(copy);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"format\": \"portolan-plan\",\n  \"zones\": [\n");
    file.close();
    f.open();
    QCOMPARE(f.asked.size(), 1);
    QVERIFY2(f.asked.first().contains(QStringLiteral("could not be read")),
             qPrintable(f.asked.first()));
    const QString aside = copy + QStringLiteral(".unreadable");
    QVERIFY2(f.asked.first().contains(QDir::toNativeSeparators(aside)),
             qPrintable(f.asked.first()));
    QVERIFY(!QFile::exists(copy));
    QVERIFY(QFile::exists(aside));
    QCOMPARE(f.document()->plan(), *Templates::load(QStringLiteral("gateway")));

    // Set aside once: not asked about again.
    f.window.reset();
    f.asked.clear();
    f.open();
    QVERIFY(f.asked.isEmpty());
    QVERIFY(QFile::exists(aside));
}

void TestGuiFiles::droppedFileOpens()
{
    GuiFixture f;
    MainWindow *w = f.open();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    const QString path = f.dir.filePath(QStringLiteral("lan.json"));
    QString error;
    QVERIFY(PlanFile::save(*Templates::load(QStringLiteral("lan-only")), path, &error));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w, &drop);
    QTRY_COMPARE(f.document()->filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(f.document()->plan(), *Templates::load(QStringLiteral("lan-only")));
}

void TestGuiFiles::exportsChecklist()
{
    GuiFixture f;
    MainWindow *w = f.open();
    for (const QString &format :
         {QStringLiteral("csv"), QStringLiteral("html"), QStringLiteral("md")}) {
        const QString path = f.dir.filePath(QStringLiteral("checklist.") + format);
        QVERIFY(w->outputs()->exportChecklist(format, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // Rules merged, as the command line writes them by default.
        QCOMPARE(file.readAll(),
                 ChecklistWriter::write(f.document()->plan(),
                                        Checklist::merge(f.document()->checklist()), format));
    }
}

void TestGuiFiles::languageIsRemembered()
{
    GuiFixture f;
    MainWindow *w = f.open();
    Translations translations;
    translations.apply(QStringLiteral("en"));
    w->setTranslations(&translations);
    w->setLanguage(QStringLiteral("ru"));
    QCOMPARE(translations.current(), QStringLiteral("ru"));
    QCOMPARE(f.document()->texts().language(), QStringLiteral("ru"));
    QCOMPARE(f.settings->language(), QStringLiteral("ru"));
    w->setLanguage(QStringLiteral("en"));
    QCOMPARE(f.document()->texts().language(), QStringLiteral("en"));
    QCOMPARE(f.settings->language(), QStringLiteral("en"));
}

void TestGuiFiles::fileThatKilledTheLastRunIsNotReopened()
{
    GuiFixture f;
    MainWindow *w = f.open();
    const QString path = f.dir.filePath(QStringLiteral("deadly.json"));
    QVERIFY(w->files()->saveAs(path));
    // Opening a file marks it until its diagram is drawn; a crash before that leaves the mark.
    QVERIFY(w->files()->openFile(path));
    QTRY_VERIFY_WITH_TIMEOUT(f.settings->openingFile().isEmpty(), 20000);
    f.settings->setOpeningFile(QFileInfo(path).absoluteFilePath());

    GuiFixture g;
    g.settings = std::make_unique<Settings>(f.dir.filePath(QStringLiteral("s.ini")));
    g.open();
    QVERIFY(g.document()->filePath().isEmpty()); // the reference plan, not the deadly file
    QCOMPARE(g.asked.size(), 1);
    QVERIFY2(g.asked.first().contains(QStringLiteral("deadly.json")), qPrintable(g.asked.first()));
    QVERIFY(g.settings->openingFile().isEmpty());

    // The start after that reopens it as usual.
    GuiFixture h;
    h.settings = std::make_unique<Settings>(f.dir.filePath(QStringLiteral("s.ini")));
    h.open();
    QCOMPARE(h.document()->filePath(), QFileInfo(path).absoluteFilePath());
}

QTEST_MAIN(TestGuiFiles)
#include "tst_files.moc"
