#include "cli/Cli.h"
#include "cli/HeadlessGui.h"

#include "cli/CliContext.h"
#include "cli/Command.h"

#include <QGuiApplication>
#include <QTranslator>

bool Cli::isVerb(const QString &word)
{
    return Command::find(word) != nullptr;
}

// PNG and PDF draw text through Qt's font system, which needs a QGuiApplication; every other
// output makes do with a QCoreApplication, so most verbs never touch a platform plugin.
bool Cli::needsGui(const QStringList &arguments)
{
    const Command *command = Command::find(arguments.value(1));
    return command && command->needsDisplay && command->needsDisplay(arguments);
}

int Cli::main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!needsGui(arguments)) {
        QCoreApplication app(argc, argv);
        return run(QCoreApplication::arguments());
    }
    const std::unique_ptr<QGuiApplication> app = makeHeadlessGuiApplication(argc, argv);
    return run(QCoreApplication::arguments());
}

int Cli::noDisplay(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(0, 1);
    arguments << QStringLiteral("help");
    const QString language = CliContext::languageFrom(QCoreApplication::arguments());
    QTranslator translator;
    if (translator.load(Texts::translationPath(language)))
        QCoreApplication::installTranslator(&translator);
    CliContext::printTo(stderr,
                        tr("portolan: no display to open the planner on (DISPLAY is not set). The "
                           "commands below work without one.") +
                            QStringLiteral("\n\n"));
    QCoreApplication::removeTranslator(&translator);
    run(arguments);
    return BadInput;
}

int Cli::run(const QStringList &arguments)
{
    // The language is known before any message is made, so --help is translated too.
    const QString language = CliContext::languageFrom(arguments);
    QTranslator translator;
    if (language != QStringLiteral("en") && translator.load(Texts::translationPath(language)))
        QCoreApplication::installTranslator(&translator);
    int code = BadInput;
    const QString verb = arguments.value(1);
    if (const Command *command = Command::find(verb)) {
        CliContext context(arguments, *command);
        code = command->run(context);
    } else {
        CliContext::printTo(stderr, QStringLiteral("portolan: ") +
                                        tr("unknown command “%1”").arg(verb) + QLatin1Char('\n'));
    }
    QCoreApplication::removeTranslator(&translator);
    return code;
}
