#include "app/dialogs/PlanDiffDialog.h"
#include "tests/support/GuiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenuBar>
#include <QTextBrowser>
#include <QTimer>

// File ▸ Compare with Saved File: the diff between a saved plan and the open plan, shown in a
// dialog that can copy or save it; a file that is not a plan changes nothing.
class TestGuiCompare : public QObject
{
    Q_OBJECT

private slots:
    void menuOffersTheComparison();
    void showsAddedRulesAndDisappearingFindings();
    void copiesAndSavesTheMarkdown();
    void malformedFileChangesNothing();
    void comparesWithItsOwnFileWithoutAsking();

private:
    // The saved file: the reference plan with the gateway moved out of the DMZ into the LAN. The
    // open plan (the reference) puts it back, which adds its inbound rules and clears the finding.
    static QString saveGatewayInLan(const QTemporaryDir &dir)
    {
        Plan plan = *Templates::load(QStringLiteral("gateway"));
        plan.device(QStringLiteral("gateway"))->zone = QStringLiteral("lan");
        const QString path = dir.filePath(QStringLiteral("gateway-in-lan.json"));
        QString error;
        if (!PlanFile::save(plan, path, &error))
            qFatal("cannot save %s", qPrintable(error));
        return path;
    }

    static MainWindow *openReference(GuiFixture &fixture)
    {
        MainWindow *window = fixture.open();
        fixture.document()->reset(*Templates::load(QStringLiteral("gateway")), {});
        return window;
    }
};

void TestGuiCompare::menuOffersTheComparison()
{
    GuiFixture fixture;
    MainWindow *window = fixture.open();
    QStringList texts;
    for (QAction *menu : window->menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions())
            texts << action->text();
    }
    QVERIFY2(texts.contains(QStringLiteral("&Compare with Saved File…")),
             qPrintable(texts.join(QLatin1Char('|'))));
}

void TestGuiCompare::showsAddedRulesAndDisappearingFindings()
{
    GuiFixture fixture;
    MainWindow *window = openReference(fixture);
    PlanDiffDialog *dialog = window->files()->compareWithFile(saveGatewayInLan(fixture.dir));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->diff().addedRules.size(), 5);
    QVERIFY(dialog->diff().removedRules.isEmpty());
    const QString shown = dialog->browser()->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Rules to add (5):")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("Off-site laptops → Connection gateway (192.0.2.10)")));
    QVERIFY(shown.contains(QStringLiteral("Findings that disappear (5):")));
    QVERIFY(shown.contains(QStringLiteral("[gateway-outside-dmz]")));
    QVERIFY(!shown.contains(QStringLiteral("Rules to remove")));
    QVERIFY(!shown.contains(QStringLiteral("Findings that appear")));
    QVERIFY(fixture.asked.isEmpty());
}

void TestGuiCompare::copiesAndSavesTheMarkdown()
{
    GuiFixture fixture;
    MainWindow *window = openReference(fixture);
    PlanDiffDialog *dialog = window->files()->compareWithFile(saveGatewayInLan(fixture.dir));
    QVERIFY(dialog);
    QVERIFY(dialog->markdown().startsWith(QStringLiteral("# Changes from ")));
    dialog->copyMarkdown();
    QCOMPARE(QApplication::clipboard()->text(), dialog->markdown());
    const QString path = fixture.dir.filePath(QStringLiteral("changes.md"));
    QVERIFY(dialog->saveMarkdown(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), dialog->markdown());
}

void TestGuiCompare::malformedFileChangesNothing()
{
    GuiFixture fixture;
    MainWindow *window = openReference(fixture);
    const QByteArray before = fixture.bytes();
    const QString path = fixture.writeBrokenPlan();
    QVERIFY(!window->files()->compareWithFile(path));
    QCOMPARE(fixture.asked.size(), 1);
    PlanError error;
    QVERIFY(!PlanFile::load(path, &error));
    QCOMPARE(fixture.asked.first(), error.toString());
    QCOMPARE(fixture.bytes(), before);
    QVERIFY(!fixture.document()->isModified());
}

void TestGuiCompare::comparesWithItsOwnFileWithoutAsking()
{
    // A plan opened from a file compares with that file: no file dialog, and an address changed
    // since is a change.
    GuiFixture fixture;
    const QString path = fixture.dir.filePath(QStringLiteral("saved.json"));
    QString error;
    QVERIFY(PlanFile::save(*Templates::load(QStringLiteral("gateway")), path, &error));
    MainWindow *window = fixture.open(path);
    Device ksc = *fixture.document()->plan().device(QStringLiteral("ksc"));
    ksc.address = QStringLiteral("10.0.0.77");
    PlanEdit edit;
    edit.changeDevice(fixture.document()->plan(), ksc);
    fixture.document()->edit(edit, QStringLiteral("address"));
    bool asked = false;
    // A file dialog would wait for the user: close it, and remember that it came.
    QTimer::singleShot(1000, [&asked] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            asked = true;
            modal->close();
        }
    });
    PlanDiffDialog *dialog = window->files()->compareDialog();
    QVERIFY(!asked);
    QVERIFY(dialog);
    QVERIFY(!dialog->diff().isEmpty());
    QVERIFY(dialog->browser()->toPlainText().contains(QStringLiteral("10.0.0.77")));
}

QTEST_MAIN(TestGuiCompare)
#include "tst_compare.moc"
