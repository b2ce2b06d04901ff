#include "cli/CliContext.h"

#include "cli/Cli.h"
#include "cli/Command.h"
#include "diagrams/DiagramRenderer.h"
#include "model/io/PlanFile.h"

CliContext::CliContext(const QStringList &arguments, const Command &command)
    : m_arguments(arguments), m_command(command),
      m_texts(Texts::forLanguage(languageFrom(arguments)))
{}

QString CliContext::usage() const
{
    return m_command.usage ? Cli::tr(m_command.usage) : QString::fromLatin1(m_command.name);
}

void CliContext::printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString CliContext::languageFrom(const QStringList &arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QStringLiteral("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QStringLiteral("--lang=")))
            return arguments[i].mid(7);
    }
    return Texts::systemLanguage();
}

QCommandLineOption CliContext::formatOption(const QStringList &formats)
{
    return QCommandLineOption(QStringLiteral("format"),
                              Cli::tr("Output format: %1.").arg(formats.join(QStringLiteral(", "))),
                              Cli::tr("format"), formats.first());
}

QCommandLineOption CliContext::outputOption()
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                              Cli::tr("Write to FILE instead of standard output."),
                              Cli::tr("file"));
}

QCommandLineOption CliContext::langOption()
{
    return QCommandLineOption(QStringLiteral("lang"),
                              Cli::tr("Language of the output: en or ru (default: the system's)."),
                              Cli::tr("language"), Texts::systemLanguage());
}

bool CliContext::parse(const QList<QCommandLineOption> &options, int positional,
                       const QString &syntax)
{
    m_parser.setApplicationDescription(Cli::tr("portolan %1").arg(syntax));
    m_parser.addOptions(options);
    m_parser.addOption(langOption());
    const QCommandLineOption helpOption = m_parser.addHelpOption();
    QStringList args = m_arguments;
    args.removeAt(1); // the verb
    if (!m_parser.parse(args)) {
        usageError(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(helpOption)) {
        printTo(stdout, m_parser.helpText());
        m_badChoice = true; // nothing else to do; not an error
        return false;
    }
    const QString lang = m_parser.value(QStringLiteral("lang"));
    if (!Texts::languages().contains(lang)) {
        usageError(
            Cli::tr("--lang takes one of: %1").arg(Texts::languages().join(QStringLiteral(", "))));
        return false;
    }
    if (m_parser.positionalArguments().size() != positional) {
        usageError(Cli::tr("usage: portolan %1").arg(syntax));
        return false;
    }
    return true;
}

int CliContext::exitAfterParse() const
{
    return m_badChoice ? Cli::Ok : Cli::BadInput;
}

QString CliContext::choice(const QString &option, const QStringList &valid, const QString &fallback)
{
    const QString value = m_parser.isSet(option) ? m_parser.value(option) : fallback;
    if (!valid.contains(value)) {
        usageError(Cli::tr("--%1 takes one of: %2").arg(option, valid.join(QStringLiteral(", "))));
        m_badChoice = true;
        return {};
    }
    return value;
}

int CliContext::usageError(const QString &message)
{
    printTo(stderr, QStringLiteral("portolan: ") + message + QLatin1Char('\n'));
    return Cli::BadInput;
}

int CliContext::inputError(const QString &message)
{
    printTo(stderr, QStringLiteral("portolan: ") + message + QLatin1Char('\n'));
    return Cli::BadInput;
}

std::optional<Plan> CliContext::loadPlan(const QString &path)
{
    PlanError error;
    std::optional<Plan> plan = PlanFile::load(path, &error);
    if (!plan)
        inputError(error.toString());
    return plan;
}

bool CliContext::output(const QByteArray &data)
{
    const QString path = m_parser.isSet(QStringLiteral("output"))
                             ? m_parser.value(QStringLiteral("output"))
                             : QStringLiteral("-");
    QString error;
    if (!writeFileAtomically(path, data, &error)) {
        inputError(Cli::tr("cannot write %1").arg(error));
        return false;
    }
    return true;
}

std::optional<CliContext::PlanRequest>
CliContext::planRequest(const QStringList &formats, const QString &syntax, int *code,
                        const QList<QCommandLineOption> &extra)
{
    *code = Cli::BadInput;
    if (!parse(QList<QCommandLineOption>{formatOption(formats), outputOption()} + extra, 1,
               syntax)) {
        if (m_badChoice)
            *code = Cli::Ok; // --help was answered
        return std::nullopt;
    }
    const QString format = choice(QStringLiteral("format"), formats, formats.first());
    if (format.isEmpty())
        return std::nullopt;
    std::optional<Plan> plan = loadPlan(m_parser.positionalArguments().first());
    if (!plan)
        return std::nullopt;
    *code = Cli::Ok;
    return PlanRequest{format, Analysis(*plan)};
}
