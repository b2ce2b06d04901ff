#include "app/GuiMain.h"

#include "app/MainWindow.h"
#include "app/Settings.h"
#include "app/Translations.h"
#include "app/document/DocumentController.h"
#include "app/document/PlanDocument.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTabWidget>
#include <QTimer>

namespace GuiMain {

namespace {

// Hidden options that let scripts show the window in a given state and grab it (documentation
// screenshots, the start-up benchmark).
struct Options
{
    QString plan;
    QString screenshot;
    QString select;
    int tab = 0;
    QString settingsFile;
};

Options parse(const QApplication &app)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("plan"),
                                 QCoreApplication::translate("GuiMain", "Plan file to open"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("png"));
    QCommandLineOption select(QStringLiteral("select"), QString(), QStringLiteral("id"));
    QCommandLineOption tab(QStringLiteral("tab"), QString(), QStringLiteral("index"));
    QCommandLineOption settings(QStringLiteral("settings"), QString(), QStringLiteral("ini"));
    for (QCommandLineOption *o : {&screenshot, &select, &tab, &settings}) {
        o->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*o);
    }
    parser.process(app);
    return {parser.positionalArguments().value(0), parser.value(screenshot), parser.value(select),
            parser.value(tab).toInt(), parser.value(settings)};
}

} // namespace

int run(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Portolan"));
    QCoreApplication::setApplicationName(QStringLiteral("Portolan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("portolan"));
    // Qt's own file dialogs speak the window's language (qtbase_ru); a desktop's native dialog
    // would follow the system's instead.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    const Options options = parse(app);

    Settings settings(options.settingsFile);
    Translations translations;
    translations.apply(settings.language());

    MainWindow window(&settings);
    window.setTranslations(&translations);
    window.files()->start(options.plan);
    window.show();
    if (options.screenshot.isEmpty())
        return app.exec();

    if (!options.select.isEmpty())
        window.selectIds({options.select});
    window.tabs()->setCurrentIndex(options.tab);
    // Let the window lay out and fit the canvas before grabbing it.
    QTimer::singleShot(400, &window, [&] {
        const bool ok = window.grab().save(options.screenshot);
        QCoreApplication::exit(ok ? 0 : 1);
    });
    return app.exec();
}

} // namespace GuiMain
