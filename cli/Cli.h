#pragma once

#include "model/Checklist.h"
#include "model/Plan.h"
#include "model/Texts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

// The headless verbs: `portolan VERB …`. They use only the model and diagrams layers and run with
// no display. Exit codes: 0 success, 1 the plan has error findings (validate), 2 unusable input.
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

    static bool isVerb(const QString &word);
    static bool needsGui(const QStringList &arguments);
    // Creates the application object the verb needs and runs it.
    static int main(int argc, char **argv);
    // `portolan` without a command where no window can open: explains, lists the commands.
    static int noDisplay(int argc, char **argv);
    // Runs a verb inside an existing application object (tests).
    static int run(const QStringList &arguments);

private:
    explicit Cli(const QStringList &arguments);

    int dispatch();
    int validate();
    int flows();
    int checklist();
    int firewall();
    int diff();
    int probe();
    int templates();
    int newPlan();
    int example();
    int render();
    int help();

    QByteArray checklistPdf(const Plan &plan, const QList<ChecklistRow> &rows) const;
    struct PlanRequest
    {
        QString format;
        Plan plan;
    };
    std::optional<PlanRequest> planRequest(const QStringList &formats, const QString &syntax,
                                           int *code);
    bool parse(const QList<QCommandLineOption> &options, int positional, const QString &syntax);
    std::optional<Plan> loadPlan(const QString &path);
    bool output(const QByteArray &data);
    QString choice(const QString &option, const QStringList &valid, const QString &fallback);
    int usageError(const QString &message);
    int inputError(const QString &message);

    static QCommandLineOption formatOption(const QStringList &formats);
    static QCommandLineOption outputOption();
    static QCommandLineOption langOption();

    QStringList m_arguments;
    QString m_verb;
    QCommandLineParser m_parser;
    Texts m_texts;
    bool m_badChoice = false;
};
