#include "cli/Command.h"

#include <QFileInfo>

namespace {

bool checklistNeedsDisplay(const QStringList &arguments)
{
    const int format = int(arguments.indexOf(QStringLiteral("--format")));
    return (format > 0 && arguments.value(format + 1) == QStringLiteral("pdf")) ||
           arguments.contains(QStringLiteral("--format=pdf"));
}

bool renderNeedsDisplay(const QStringList &arguments)
{
    for (int i = 2; i < arguments.size(); ++i) {
        const QString suffix = QFileInfo(arguments[i]).suffix().toLower();
        const QString format =
            arguments[i].startsWith(QStringLiteral("--format="))
                ? arguments[i].mid(9)
                : (arguments[i - 1] == QStringLiteral("--format") ? arguments[i] : QString());
        for (const QString &name : {suffix, format.toLower()}) {
            if (name == QStringLiteral("png") || name == QStringLiteral("pdf"))
                return true;
        }
    }
    return false;
}

bool always(const QStringList &)
{
    return true;
}

} // namespace

const QList<Command> &Command::commands()
{
    static const QList<Command> table = {
        {"validate", "", QT_TRANSLATE_NOOP("Cli", "Check a plan against KSC's rules and limits"),
         QT_TRANSLATE_NOOP("Cli", "validate PLAN [--format text|json]"), nullptr, &Verbs::validate},
        {"flows", "", QT_TRANSLATE_NOOP("Cli", "List the network flows a plan needs"),
         QT_TRANSLATE_NOOP("Cli", "flows PLAN [--format text|json]"), nullptr, &Verbs::flows},
        {"checklist", "", QT_TRANSLATE_NOOP("Cli", "Write the firewall port checklist"),
         QT_TRANSLATE_NOOP("Cli", "checklist PLAN [--format %1] [--no-merge] [-o FILE]"),
         &checklistNeedsDisplay, &Verbs::checklist},
        {"firewall", "",
         QT_TRANSLATE_NOOP("Cli", "Write firewall rules: nftables, Windows Firewall or CSV"),
         QT_TRANSLATE_NOOP("Cli", "firewall PLAN --target %1 [-o FILE]"), nullptr,
         &Verbs::firewall},
        {"diff", "",
         QT_TRANSLATE_NOOP("Cli", "Compare two plans: rules and findings added and removed"),
         QT_TRANSLATE_NOOP("Cli", "diff OLD NEW [--format %1] [-o FILE]"), nullptr, &Verbs::diff},
        {"probe", "",
         QT_TRANSLATE_NOOP("Cli", "Check from this machine which planned TCP ports answer"),
         QT_TRANSLATE_NOOP("Cli", "probe PLAN [--timeout MS] [--format text|json]"), nullptr,
         &Verbs::probe},
        {"templates", "", QT_TRANSLATE_NOOP("Cli", "List the documented schemes"),
         QT_TRANSLATE_NOOP("Cli", "templates"), nullptr, &Verbs::templates},
        {"new", "", QT_TRANSLATE_NOOP("Cli", "Write a new plan from a documented scheme"),
         QT_TRANSLATE_NOOP("Cli", "new --template NAME -o FILE"), nullptr, &Verbs::newPlan},
        {"arrange", "",
         QT_TRANSLATE_NOOP("Cli", "Give zones boxes and devices places on the canvas, no two "
                                  "overlapping"),
         QT_TRANSLATE_NOOP("Cli", "arrange PLAN [-o FILE] [--grid]"), nullptr, &Verbs::arrange},
        {"render", "",
         QT_TRANSLATE_NOOP("Cli",
                           "Draw a plan's traffic diagram as SVG, PNG, PDF, DOT or an editable "
                           "draw.io file"),
         QT_TRANSLATE_NOOP(
             "Cli",
             "render PLAN -o FILE.svg|png|pdf|dot|drawio [--format FORMAT] [--dpi N] [--bundle] "
             "[--legend] [--no-clouds] [--no-merge] [--no-icons] [--view auto|overview|detail] "
             "[--site SERVER_ID] [--pages]"),
         &renderNeedsDisplay, &Verbs::render},
        {"example", "",
         QT_TRANSLATE_NOOP("Cli", "Write the reference plan and all its outputs to a folder"),
         QT_TRANSLATE_NOOP("Cli", "example [-o FOLDER]"), &always, &Verbs::example},
        {"help", "--help -h", QT_TRANSLATE_NOOP("Cli", "Show this help"), nullptr, nullptr,
         &Verbs::help},
        {"--version", "-v", QT_TRANSLATE_NOOP("Cli", "Show the program's version"), nullptr,
         nullptr, &Verbs::version},
    };
    return table;
}

bool Command::answersTo(const QString &word) const
{
    if (word == QLatin1String(name))
        return true;
    const QStringList others =
        QString::fromLatin1(aliases).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return others.contains(word);
}

const Command *Command::find(const QString &word)
{
    if (word.isEmpty())
        return nullptr;
    for (const Command &command : commands()) {
        if (command.answersTo(word))
            return &command;
    }
    return nullptr;
}
