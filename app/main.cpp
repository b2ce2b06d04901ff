#include "app/GuiMain.h"
#include "cli/Cli.h"

#include <QFileInfo>

namespace {
// A bare word that is no file ("portolan frobnicate") is a mistyped command: the command line
// says so instead of opening a window on a file that does not exist.
bool looksLikeCommand(const QString &word)
{
    return !word.isEmpty() && !word.startsWith(QLatin1Char('-')) &&
           !word.contains(QLatin1Char('.')) && !word.contains(QLatin1Char('/')) &&
           !QFileInfo::exists(word);
}

// Without a display Qt would abort with a message about platform plugins; say what to do.
bool canOpenWindow()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}
} // namespace

// A command-line verb runs headless, exactly as the CLI always did; anything else (nothing, or a
// plan file) opens the desktop planner.
int main(int argc, char **argv)
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (Cli::isVerb(first) || looksLikeCommand(first))
        return Cli::main(argc, argv);
    if (!canOpenWindow())
        return Cli::noDisplay(argc, argv);
    return GuiMain::run(argc, argv);
}
