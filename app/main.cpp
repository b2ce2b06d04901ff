#include "Cli.h"
#include "GuiMain.h"

// A command-line verb runs headless, exactly as the CLI always did; anything else (nothing, or a
// plan file) opens the desktop planner.
int main(int argc, char **argv)
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (Cli::isVerb(first))
        return Cli::main(argc, argv);
    return GuiMain::run(argc, argv);
}
