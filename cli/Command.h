#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class CliContext;

// One verb of the command line. The table of them (commands()) is the only list of verbs: the
// dispatch, `portolan help`, `portolan` without a display and the desktop program's main() all
// read it.
struct Command
{
    const char *name;
    const char *aliases; // other names, space separated ("--help -h"); may be empty
    const char *summary; // QT_TRANSLATE_NOOP("Cli", …): the line `portolan help` shows
    const char *usage;   // QT_TRANSLATE_NOOP("Cli", …): the synopsis, %1 filled in by the verb;
                         // nullptr: the name alone
    // Whether these arguments make the verb paint (PNG, PDF): Qt's fonts need a QGuiApplication.
    // nullptr: never.
    bool (*needsDisplay)(const QStringList &arguments);
    int (*run)(CliContext &cli);

    bool answersTo(const QString &word) const;

    static const QList<Command> &commands();
    static const Command *find(const QString &word);
};

// The verbs, one small function each. Their messages are in the "Cli" translation context:
// Cli::tr(), spelled out so that lupdate finds the context without reading headers.
class Verbs
{
public:
    // cli/ReportVerbs.cpp: what a plan needs and what it breaks.
    static int validate(CliContext &cli);
    static int flows(CliContext &cli);
    static int checklist(CliContext &cli);
    static int firewall(CliContext &cli);
    static int diff(CliContext &cli);
    static int probe(CliContext &cli);
    // cli/PlanVerbs.cpp: plans, figures and the program itself.
    static int templates(CliContext &cli);
    static int newPlan(CliContext &cli);
    static int arrange(CliContext &cli);
    static int render(CliContext &cli);
    static int example(CliContext &cli);
    static int help(CliContext &cli);
    static int version(CliContext &cli);
};
