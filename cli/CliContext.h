#pragma once

#include "model/Analysis.h"
#include "model/Checklist.h"
#include "model/Plan.h"
#include "model/Texts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <optional>

struct Command;

// What one run of a verb works with: its arguments, their parser, the output language, and the
// helpers every verb shares (options, plan loading, output, error messages).
class CliContext
{
public:
    CliContext(const QStringList &arguments, const Command &command);

    const Command &command() const { return m_command; }
    const Texts &texts() const { return m_texts; }
    QCommandLineParser &parser() { return m_parser; }
    // The command's synopsis in the output language, %1 left for the verb to fill.
    QString usage() const;

    struct PlanRequest
    {
        QString format;
        Analysis analysis;
    };
    // The shape of most verbs: PLAN, --format, -o; a problem sets the exit code and ends there.
    // `extra` are the verb's own options besides --format and -o.
    std::optional<PlanRequest> planRequest(const QStringList &formats, const QString &syntax,
                                           int *code, const QList<QCommandLineOption> &extra = {});
    // Parses the options; false when the verb should stop with exitAfterParse().
    bool parse(const QList<QCommandLineOption> &options, int positional, const QString &syntax);
    // After parse() or choice() failed: 0 when --help was answered, else 2.
    int exitAfterParse() const;
    std::optional<Plan> loadPlan(const QString &path);
    bool output(const QByteArray &data);
    QString choice(const QString &option, const QStringList &valid, const QString &fallback);
    int usageError(const QString &message);
    int inputError(const QString &message);

    static QCommandLineOption formatOption(const QStringList &formats);
    static QCommandLineOption outputOption();
    static QCommandLineOption langOption();
    static void printTo(FILE *stream, const QString &text);
    // The language asked for with --lang, else the system's.
    static QString languageFrom(const QStringList &arguments);

private:
    QStringList m_arguments;
    const Command &m_command;
    QCommandLineParser m_parser;
    Texts m_texts;
    bool m_badChoice = false;
};
