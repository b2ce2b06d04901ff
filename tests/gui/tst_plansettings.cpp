#include "app/dialogs/PortSettingsDialog.h"
#include "app/panels/PropertiesDock.h"
#include "tests/support/GuiTestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>

// The plan's settings, edited in the window as a user does: the port settings dialog opened from
// the properties of the plan, its KSN proxy box clicked, OK; one undo step takes it back.
class TestGuiPlanSettings : public QObject
{
    Q_OBJECT

private slots:
    void ksnProxyIsOneUndoableEdit();
};

namespace {

int ksnRules(const PlanDocument *document)
{
    int count = 0;
    for (const ChecklistRow &row : document->checklist())
        count += row.flows.contains(QStringLiteral("K1"));
    return count;
}

QPushButton *portSettingsButton(PropertiesDock *dock)
{
    for (QPushButton *button : dock->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Port settings…") && button->isVisible())
            return button;
    }
    return nullptr;
}

} // namespace

void TestGuiPlanSettings::ksnProxyIsOneUndoableEdit()
{
    GuiFixture f;
    MainWindow *w = f.open();
    f.document()->reset(*Templates::load(QStringLiteral("gateway")), QString());
    w->selectIds({});
    QVERIFY(f.document()->plan().settings.ksnProxy);
    QVERIFY(ksnRules(f.document()) > 0);
    QPushButton *open = portSettingsButton(w->properties());
    QVERIFY(open);

    bool seen = false;
    QTimer::singleShot(0, [&seen] {
        auto *dialog = qobject_cast<PortSettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        QCheckBox *box = dialog->ksnProxyBox();
        QVERIFY(box->isChecked());
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
        QVERIFY(!box->isChecked());
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    const int steps = f.document()->undoStack()->count();
    QTest::mouseClick(open, Qt::LeftButton);
    QVERIFY(seen);
    QVERIFY(!f.document()->plan().settings.ksnProxy);
    QCOMPARE(ksnRules(f.document()), 0);
    QCOMPARE(f.document()->undoStack()->count(), steps + 1);

    f.document()->undoStack()->undo();
    QVERIFY(f.document()->plan().settings.ksnProxy);
    QVERIFY(ksnRules(f.document()) > 0);
}

QTEST_MAIN(TestGuiPlanSettings)
#include "tst_plansettings.moc"
