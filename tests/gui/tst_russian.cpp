#include "app/LanguageMenu.h"
#include "app/Translations.h"
#include "app/dialogs/HelpWindow.h"
#include "app/panels/PaletteList.h"
#include "app/panels/PaletteWidget.h"
#include "app/panels/PropertiesDock.h"
#include "tests/support/GuiTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStyleOptionComboBox>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

// The window in Russian as a Russian planner opens it: at its default size and on a laptop's
// screen, every field of the Properties dock and every name of the palette shows its whole text;
// Qt's own file dialogs speak Russian; an open help window follows a language switch.
class TestRussian : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void propertiesShowEveryTextWhole_data();
    void propertiesShowEveryTextWhole();
    void paletteAndPropertiesWholeOnALaptop();
    void fileDialogSpeaksRussian();
    void helpWindowFollowsTheLanguage();

private:
    // Texts of the Properties dock that do not fit their widget: "what: shown of needed px".
    QStringList clippedTexts() const;
    // Chooses a language from View ▸ Language as a user does.
    void chooseLanguage(const QString &nativeName);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<MainWindow> m_window;
};

void TestRussian::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs); // as the program does
}

void TestRussian::init()
{
    // As the program starts in Russian: the translation first, then the window at its own size
    // with the reference plan.
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("s.ini")));
    m_translations = std::make_unique<Translations>();
    m_translations->apply(QStringLiteral("ru"));
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_dir.filePath(QStringLiteral("r")));
    m_window->setTranslations(m_translations.get());
    m_window->setPrompt([](QMessageBox::Icon, const QString &, const QString &,
                           QMessageBox::StandardButtons) { return QMessageBox::Cancel; });
    m_window->files()->start(QString());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestRussian::cleanup()
{
    m_window.reset();
    m_translations->apply(QStringLiteral("en"));
    m_translations.reset();
    m_settings.reset();
}

QStringList TestRussian::clippedTexts() const
{
    QStringList clipped;
    auto check = [&clipped](const QWidget *w, const QString &text, int shown, int needed) {
        if (shown < needed)
            clipped << QStringLiteral("%1 “%2”: %3 of %4 px")
                           .arg(QString::fromLatin1(w->metaObject()->className()), text)
                           .arg(shown)
                           .arg(needed);
    };
    PropertiesDock *dock = m_window->properties();
    for (const QLabel *label : dock->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        if (label->wordWrap())
            check(label, label->text(), label->height(), label->heightForWidth(label->width()));
        else
            check(label, label->text(), label->width(), label->sizeHint().width());
    }
    for (const QCheckBox *box : dock->findChildren<QCheckBox *>()) {
        if (box->isVisible())
            check(box, box->text(), box->width(), box->sizeHint().width());
    }
    for (const QPushButton *button : dock->findChildren<QPushButton *>()) {
        if (button->isVisible())
            check(button, button->text(), button->width(), button->sizeHint().width());
    }
    for (const QComboBox *combo : dock->findChildren<QComboBox *>()) {
        if (!combo->isVisible())
            continue;
        // The width the style needs around the current item's icon and text.
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = false;
        option.frame = true;
        const int iconWidth =
            combo->itemIcon(combo->currentIndex()).isNull() ? 0 : combo->iconSize().width() + 4;
        const QSize content(combo->fontMetrics().horizontalAdvance(combo->currentText()) +
                                iconWidth,
                            combo->fontMetrics().height());
        const int needed =
            combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, content, combo).width();
        check(combo, combo->currentText(), combo->width(), needed);
    }
    for (const QLineEdit *edit : dock->findChildren<QLineEdit *>()) {
        if (!edit->isVisible())
            continue;
        const QString text = edit->text().isEmpty() ? edit->placeholderText() : edit->text();
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.lineWidth = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit);
        const QMargins margins = edit->textMargins();
        const QSize content(edit->fontMetrics().horizontalAdvance(text) + 4 + margins.left() +
                                margins.right(),
                            edit->fontMetrics().height());
        const int needed =
            edit->style()->sizeFromContents(QStyle::CT_LineEdit, &option, content, edit).width();
        // A line longer than its field scrolls by design; its tooltip then shows all of it.
        if (edit->text().isEmpty() || edit->toolTip() != edit->text())
            check(edit, text, edit->width(), needed);
    }
    return clipped;
}

void TestRussian::propertiesShowEveryTextWhole_data()
{
    QTest::addColumn<QString>("element");
    // One device of every role of the reference plan, a zone and the plan itself.
    const std::optional<Plan> plan = Templates::load(QStringLiteral("gateway"));
    QVERIFY(plan);
    QSet<Catalog::Role> seen;
    for (const Device &d : plan->devices) {
        if (!seen.contains(d.role)) {
            seen.insert(d.role);
            QTest::newRow(Catalog::roleInfo(d.role).id) << d.id;
        }
    }
    for (const Zone &z : plan->zones)
        QTest::newRow(qPrintable(QStringLiteral("zone ") + z.id)) << z.id;
    QTest::newRow("plan") << QString();
}

void TestRussian::propertiesShowEveryTextWhole()
{
    QFETCH(QString, element);
    m_window->selectIds(element.isEmpty() ? QStringList() : QStringList{element});
    QApplication::processEvents();
    const QStringList clipped = clippedTexts();
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("\n"))));
}

void TestRussian::paletteAndPropertiesWholeOnALaptop()
{
    // At 1400 × 900 with a device selected, then switched to English and back: the longest name
    // of the palette ("Серверы «Лаборатории Касперского»") fits its list without scrolling
    // sideways, and the Properties dock keeps every text whole. The Diagram tab's controls in
    // Russian used to make the window's centre so wide that one dock or the other was squeezed.
    m_window->resize(1400, 900);
    m_window->selectIds({QStringLiteral("ksc")});
    QCoreApplication::processEvents();
    const auto check = [this] {
        const PaletteList *list = m_window->palette()->list();
        QVERIFY2(list->sizeHintForColumn(0) <= list->viewport()->width(),
                 qPrintable(QStringLiteral("%1 of %2 px")
                                .arg(list->viewport()->width())
                                .arg(list->sizeHintForColumn(0))));
        QVERIFY(!list->horizontalScrollBar()->isVisible());
        QCOMPARE(clippedTexts(), QStringList());
    };
    check();
    m_translations->apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    check();
    m_translations->apply(QStringLiteral("ru"));
    QCoreApplication::processEvents();
    check();
}

void TestRussian::fileDialogSpeaksRussian()
{
    // File ▸ Open in a Russian window: Qt's dialog, every word Russian.
    QStringList shown;
    QStringList problems;
    QTimer::singleShot(0, this, [&] {
        QFileDialog *dialog = nullptr;
        for (int i = 0; i < 100 && !dialog; ++i) {
            dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                QTest::qWait(50);
        }
        if (!dialog)
            return;
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->isVisible())
                shown << label->text();
        }
        for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
            if (button->isVisible())
                shown << button->text() << button->toolTip();
        }
        for (const QComboBox *combo : dialog->findChildren<QComboBox *>()) {
            if (combo->isVisible())
                shown << combo->currentText();
        }
        const QTreeView *details = dialog->findChild<QTreeView *>();
        if (details) {
            for (int c = 0; c < details->header()->count(); ++c)
                shown << details->model()->headerData(c, Qt::Horizontal).toString();
        }
        dialog->reject();
    });
    m_window->files()->openDialog();
    shown.removeAll(QString());
    for (const QString &english :
         {QStringLiteral("&Open"), QStringLiteral("Cancel"), QStringLiteral("File &name:"),
          QStringLiteral("Files of type:"), QStringLiteral("Look in:"), QStringLiteral("Name"),
          QStringLiteral("Size"), QStringLiteral("Date Modified"), QStringLiteral("Back"),
          QStringLiteral("Create New Folder")}) {
        if (shown.contains(english))
            problems << english;
    }
    for (const QString &russian :
         {QStringLiteral("&Открыть"), QStringLiteral("Отмена"), QStringLiteral("&Имя файла:"),
          QStringLiteral("Типы файлов:"), QStringLiteral("Имя"), QStringLiteral("Размер")}) {
        if (!shown.contains(russian))
            problems << QStringLiteral("missing ") + russian;
    }
    // The file type filter is the planner's own text: Russian too.
    for (const QString &text : std::as_const(shown)) {
        if (text.contains(QStringLiteral("*.portolan.json")) && !text.contains(QChar(u'П')) &&
            !text.contains(QChar(u'п')))
            problems << text;
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(problems.join(QStringLiteral(" | ")) + QStringLiteral("\nshown: ") +
                        shown.join(QStringLiteral(" | "))));
}

void TestRussian::chooseLanguage(const QString &nativeName)
{
    const QList<QAction *> menus = m_window->menuBar()->actions();
    for (QAction *menu : menus) {
        if (menu == menus.first())
            continue; // File ▸ Output Language: the language of exports, not of the window
        for (QAction *item : menu->menu()->actions()) {
            auto *languages = qobject_cast<LanguageMenu *>(item->menu());
            if (!languages || !languages->isEnabled())
                continue;
            for (QAction *choice : languages->actions()) {
                if (choice->text() == nativeName) {
                    choice->trigger();
                    QApplication::processEvents();
                    QApplication::processEvents();
                    return;
                }
            }
        }
    }
    QFAIL("no View ▸ Language menu");
}

void TestRussian::helpWindowFollowsTheLanguage()
{
    chooseLanguage(QStringLiteral("English"));
    QAction *guide = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcuts().contains(QKeySequence(QKeySequence::HelpContents)))
            guide = action;
    }
    QVERIFY(guide);
    guide->trigger();
    auto *help = m_window->findChild<HelpWindow *>();
    QVERIFY(help && help->isVisible());
    QVERIFY(help->browser()->toPlainText().contains(QStringLiteral("User Guide")));
    QCOMPARE(help->windowTitle(), QStringLiteral("Portolan User Guide"));
    const QPushButton *close =
        help->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    QCOMPARE(close->text(), QStringLiteral("Close"));

    chooseLanguage(QStringLiteral("Русский"));
    QTRY_VERIFY(help->browser()->toPlainText().contains(QStringLiteral("Руководство")));
    QVERIFY(help->isVisible());
    QCOMPARE(help->windowTitle(), QCoreApplication::translate("HelpWindow", "Portolan User Guide"));
    QVERIFY(help->windowTitle() != QStringLiteral("Portolan User Guide"));
    QCOMPARE(close->text(), QStringLiteral("Закрыть"));

    // The shortcuts page follows as well, with the menus' new words.
    help->showShortcuts(m_window->findChildren<QAction *>());
    chooseLanguage(QStringLiteral("English"));
    QTRY_VERIFY(help->browser()->toPlainText().contains(QStringLiteral("Save As")));
    QCOMPARE(help->windowTitle(), QStringLiteral("Keyboard Shortcuts"));
    QCOMPARE(close->text(), QStringLiteral("Close"));
}

QTEST_MAIN(TestRussian)
#include "tst_russian.moc"
