#include "app/EditActions.h"
#include "app/Translations.h"
#include "app/panels/ChecklistModel.h"
#include "app/panels/ChecklistTab.h"
#include "app/panels/FindingsDock.h"
#include "app/panels/KscHelpLinks.h"
#include "app/panels/PropertiesDock.h"
#include "tests/support/GuiTestSupport.h"
#include "tests/support/UserInput.h"

#include <QLabel>
#include <QTableView>
#include <QTreeWidget>

// From a flow wherever the window lists it, the KSC documentation topic that explains it, on the
// help site of the window's language. No browser opens: the test looks at the address asked for.
class TestHelpLinks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void checklistRowOpensItsFlowsTopic_data();
    void checklistRowOpensItsFlowsTopic();
    void deviceFlowListLinksEachFlow();
    void findingMenuOpensItsTopic();

private:
    // The checklist's first row that carries flow `number`; invalid when none does.
    QModelIndex rowOf(const QString &number) const;

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<Translations> m_translations;
    MainWindow *m_window = nullptr;
    QList<QUrl> m_opened;
};

void TestHelpLinks::init()
{
    m_fixture = std::make_unique<GuiFixture>();
    // The reference plan with a distribution point: its own flows (D1) have their own topic.
    Plan plan = *Templates::load(QStringLiteral("gateway"));
    plan.devices << Device::make(QStringLiteral("dp"), Catalog::Role::DistributionPoint,
                                 QStringLiteral("lan"), 1, QStringLiteral("DP-1"));
    plan.devices.last().position = QPointF(60, 60);
    const QString path = m_fixture->dir.filePath(QStringLiteral("dp.portolan.json"));
    QString error;
    QVERIFY2(PlanFile::save(plan, path, &error), qPrintable(error));
    m_window = m_fixture->open(path);
    m_translations = std::make_unique<Translations>();
    m_translations->apply(QStringLiteral("en"));
    m_window->setTranslations(m_translations.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_opened.clear();
    m_window->helpLinks()->setUrlOpener([this](const QUrl &url) { m_opened << url; });
}

void TestHelpLinks::cleanup()
{
    if (m_window)
        m_window->setLanguage(QStringLiteral("en"));
    m_fixture.reset();
    m_translations.reset();
}

QModelIndex TestHelpLinks::rowOf(const QString &number) const
{
    const QAbstractItemModel *model = m_window->checklist()->view()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (index.data(ChecklistModel::FlowNumbersRole).toStringList().contains(number))
            return index;
    }
    return {};
}

void TestHelpLinks::checklistRowOpensItsFlowsTopic_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("flow");
    QTest::addColumn<QString>("url");
    // Flows 1 to 17 are explained on the gateway scheme's page; a distribution point's multicast
    // (D1, no number on the figure) on the distribution point's page.
    QTest::newRow("3") << "en"
                       << "3"
                       << "https://support.kaspersky.com/KSC/15.1/en-US/183058.htm";
    QTest::newRow("D1") << "en"
                        << "D1"
                        << "https://support.kaspersky.com/KSC/15.1/en-US/155206.htm";
    QTest::newRow("3, Russian") << "ru"
                                << "3"
                                << "https://support.kaspersky.com/KSC/15.1/ru-RU/183058.htm";
    QTest::newRow("D1, Russian") << "ru"
                                 << "D1"
                                 << "https://support.kaspersky.com/KSC/15.1/ru-RU/155206.htm";
}

void TestHelpLinks::checklistRowOpensItsFlowsTopic()
{
    QFETCH(QString, language);
    QFETCH(QString, flow);
    QFETCH(QString, url);
    m_window->setLanguage(language);
    QApplication::processEvents();
    m_window->tabs()->setCurrentWidget(m_window->checklist());
    QTableView *table = m_window->checklist()->view();
    const QModelIndex row = rowOf(flow);
    QVERIFY2(row.isValid(), qPrintable(flow));
    table->scrollTo(row);
    rightClick(table->viewport(), table->visualRect(row).center());
    QMenu *menu = openPopupMenu();
    QVERIFY(menu);
    // The entry reads in the window's language.
    const QString entry =
        QCoreApplication::translate("KscHelpLinks", "Open KSC Documentation for Flow %1").arg(flow);
    if (language == QLatin1String("ru"))
        QVERIFY2(entry.contains(QStringLiteral("KSC")) && !entry.startsWith(QStringLiteral("Open")),
                 qPrintable(entry));
    QVERIFY2(clickMenuEntry(menu, entry), qPrintable(entry));
    QCOMPARE(m_opened, QList<QUrl>{QUrl(url)});
}

void TestHelpLinks::deviceFlowListLinksEachFlow()
{
    // The selected device's flow list in Properties: each flow's number is a link, reached with
    // Tab and opened with Enter as well as by a click.
    m_window->selectIds({QStringLiteral("office")});
    QApplication::processEvents();
    QLabel *flows = nullptr;
    for (QLabel *label : m_window->properties()->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("href=\"flow:")))
            flows = label;
    }
    QVERIFY(flows);
    // The flows the list shows, in its order.
    QStringList listed;
    for (const Flow &f : m_window->document()->flows().flows) {
        if (f.from == QStringLiteral("office") || f.to == QStringLiteral("office") ||
            f.via == QStringLiteral("office"))
            listed << f.number;
    }
    const qsizetype third = listed.indexOf(QStringLiteral("3"));
    QVERIFY2(third >= 0, qPrintable(listed.join(QLatin1Char(' '))));
    flows->setFocus(Qt::TabFocusReason); // the first link has the focus
    for (qsizetype i = 0; i < third; ++i)
        QTest::keyClick(flows, Qt::Key_Tab);
    QTest::keyClick(flows, Qt::Key_Return);
    QCOMPARE(m_opened,
             QList<QUrl>{QUrl("https://support.kaspersky.com/KSC/15.1/en-US/183058.htm")});

    m_window->selectIds({QStringLiteral("dp")});
    QApplication::processEvents();
    QVERIFY(flows->text().contains(QStringLiteral("href=\"flow:D1\"")));
}

void TestHelpLinks::findingMenuOpensItsTopic()
{
    // The findings' "KSC Help" goes the same way as the flows' links, from its menu too.
    m_window->selectIds({QStringLiteral("gateway"), QStringLiteral("mdm")});
    m_window->edits()->deleteSelection();
    FindingsDock *findings = m_window->findings();
    QVERIFY(findings->selectCode(QStringLiteral("no-path-to-server")));
    QTreeWidget *tree = findings->tree();
    const QPoint at = tree->visualItemRect(tree->currentItem()).center();
    rightClick(tree->viewport(), at);
    QVERIFY(clickMenuEntry(openPopupMenu(), QStringLiteral("Open KSC Documentation")));
    QCOMPARE(m_opened,
             QList<QUrl>{QUrl("https://support.kaspersky.com/KSC/15.1/en-US/183058.htm")});
}

QTEST_MAIN(TestHelpLinks)
#include "tst_helplinks.moc"
