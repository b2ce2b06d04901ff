#pragma once

#include <QCoreApplication>
#include <QStringList>

// The headless verbs: `portolan VERB …`. They use only the model and diagrams layers and run with
// no display. The verbs themselves are listed once, in the command table (cli/Command.h).
// Exit codes: 0 success, 1 the plan has error findings (validate), 2 unusable input.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode
    {
        Ok = 0,
        PlanErrors = 1,
        BadInput = 2
    };

    // Whether the command table knows `word` (a verb's name or alias, "--help", "--version").
    static bool isVerb(const QString &word);
    // Whether the command in `arguments` paints (PNG, PDF) and so needs a QGuiApplication.
    static bool needsGui(const QStringList &arguments);
    // Creates the application object the verb needs and runs it.
    static int main(int argc, char **argv);
    // `portolan` without a command where no window can open: explains, lists the commands.
    static int noDisplay(int argc, char **argv);
    // Runs a verb inside an existing application object (tests).
    static int run(const QStringList &arguments);
};
