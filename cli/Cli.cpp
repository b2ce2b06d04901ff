#include "cli/Cli.h"

#include "diagrams/ChecklistDocument.h"

#include "diagrams/DiagramRenderer.h"
#include "diagrams/SvgExport.h"
#include "exports/ChecklistWriter.h"
#include "exports/FirewallExport.h"
#include "exports/PlanDiff.h"
#include "exports/PlanReport.h"
#include "model/Checklist.h"
#include "model/FlowDeriver.h"
#include "model/Validator.h"
#include "model/io/OutputFile.h"
#include "model/io/PlanFile.h"
#include "model/io/Templates.h"
#include "probe/ProbeReport.h"
#include "probe/ReachabilityProbe.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTranslator>

#include <cstdio>

namespace {

struct VerbInfo
{
    const char *name;
    const char *summary; // context "Cli"
};

const VerbInfo kVerbs[] = {
    {"validate", QT_TRANSLATE_NOOP("Cli", "Check a plan against KSC's rules and limits")},
    {"flows", QT_TRANSLATE_NOOP("Cli", "List the network flows a plan needs")},
    {"checklist", QT_TRANSLATE_NOOP("Cli", "Write the firewall port checklist")},
    {"firewall", QT_TRANSLATE_NOOP("Cli", "Write firewall rules: nftables, Windows Firewall or "
                                          "CSV")},
    {"diff", QT_TRANSLATE_NOOP("Cli", "Compare two plans: rules and findings added and removed")},
    {"probe", QT_TRANSLATE_NOOP("Cli", "Check from this machine which planned TCP ports answer")},
    {"templates", QT_TRANSLATE_NOOP("Cli", "List the documented schemes")},
    {"new", QT_TRANSLATE_NOOP("Cli", "Write a new plan from a documented scheme")},
    {"render", QT_TRANSLATE_NOOP("Cli", "Draw a plan's traffic diagram as SVG, PNG, PDF or DOT")},
    {"example", QT_TRANSLATE_NOOP("Cli", "Write the reference plan and all its outputs to a "
                                         "folder")},
    {"help", QT_TRANSLATE_NOOP("Cli", "Show this help")},
};

void printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString languageFrom(const QStringList &arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QStringLiteral("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QStringLiteral("--lang=")))
            return arguments[i].mid(7);
    }
    return Texts::systemLanguage();
}

} // namespace

bool Cli::isVerb(const QString &word)
{
    for (const VerbInfo &verb : kVerbs) {
        if (word == QLatin1String(verb.name))
            return true;
    }
    return word == QStringLiteral("--help") || word == QStringLiteral("-h");
}

// PNG and PDF draw text through Qt's font system, which needs a QGuiApplication; every other
// output makes do with a QCoreApplication, so most verbs never touch a platform plugin.
bool Cli::needsGui(const QStringList &arguments)
{
    const QString verb = arguments.value(1);
    if (verb == QStringLiteral("example"))
        return true;
    if (verb == QStringLiteral("checklist")) {
        const int format = int(arguments.indexOf(QStringLiteral("--format")));
        return (format > 0 && arguments.value(format + 1) == QStringLiteral("pdf")) ||
               arguments.contains(QStringLiteral("--format=pdf"));
    }
    if (verb != QStringLiteral("render"))
        return false;
    for (int i = 2; i < arguments.size(); ++i) {
        const QString suffix = QFileInfo(arguments[i]).suffix().toLower();
        if (suffix == QStringLiteral("png") || suffix == QStringLiteral("pdf"))
            return true;
    }
    return false;
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
    // No display is needed to paint into a file.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return run(QCoreApplication::arguments());
}

int Cli::noDisplay(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(0, 1);
    arguments << QStringLiteral("help");
    const QString language = languageFrom(QCoreApplication::arguments());
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/portolan_") + language))
        QCoreApplication::installTranslator(&translator);
    printTo(stderr, tr("portolan: no display to open the planner on (DISPLAY is not set). The "
                       "commands below work without one.") +
                        QStringLiteral("\n\n"));
    QCoreApplication::removeTranslator(&translator);
    run(arguments);
    return BadInput;
}

int Cli::run(const QStringList &arguments)
{
    // The language is known before any message is made, so --help is translated too.
    const QString language = languageFrom(arguments);
    QTranslator translator;
    if (language != QStringLiteral("en") &&
        translator.load(QStringLiteral(":/i18n/portolan_") + language))
        QCoreApplication::installTranslator(&translator);
    Cli cli(arguments);
    const int code = cli.dispatch();
    QCoreApplication::removeTranslator(&translator);
    return code;
}

Cli::Cli(const QStringList &arguments) : m_arguments(arguments)
{
    m_verb = arguments.value(1);
    m_texts = Texts::forLanguage(languageFrom(arguments));
}

int Cli::dispatch()
{
    if (m_verb == QStringLiteral("validate"))
        return validate();
    if (m_verb == QStringLiteral("flows"))
        return flows();
    if (m_verb == QStringLiteral("checklist"))
        return checklist();
    if (m_verb == QStringLiteral("firewall"))
        return firewall();
    if (m_verb == QStringLiteral("diff"))
        return diff();
    if (m_verb == QStringLiteral("probe"))
        return probe();
    if (m_verb == QStringLiteral("templates"))
        return templates();
    if (m_verb == QStringLiteral("new"))
        return newPlan();
    if (m_verb == QStringLiteral("example"))
        return example();
    if (m_verb == QStringLiteral("render"))
        return render();
    if (m_verb == QStringLiteral("help") || m_verb == QStringLiteral("--help") ||
        m_verb == QStringLiteral("-h"))
        return help();
    return usageError(tr("unknown command “%1”").arg(m_verb));
}

int Cli::help()
{
    QString text = tr("Portolan plans Kaspersky Security Center deployments: flows, findings, "
                      "firewall checklists and diagrams.") +
                   QStringLiteral("\n\n") + tr("Usage: portolan COMMAND [options]") +
                   QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    for (const VerbInfo &verb : kVerbs)
        text += QStringLiteral("  %1 %2\n")
                    .arg(QString::fromLatin1(verb.name).leftJustified(10), tr(verb.summary));
    text += QLatin1Char('\n') + tr("“portolan COMMAND --help” describes a command's options.") +
            QLatin1Char('\n') + tr("Without a command, Portolan opens the desktop planner.") +
            QLatin1Char('\n');
    printTo(stdout, text);
    return Ok;
}

QCommandLineOption Cli::formatOption(const QStringList &formats)
{
    return QCommandLineOption(QStringLiteral("format"),
                              tr("Output format: %1.").arg(formats.join(QStringLiteral(", "))),
                              tr("format"), formats.first());
}

QCommandLineOption Cli::outputOption()
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                              tr("Write to FILE instead of standard output."), tr("file"));
}

QCommandLineOption Cli::langOption()
{
    return QCommandLineOption(QStringLiteral("lang"),
                              tr("Language of the output: en or ru (default: the system's)."),
                              tr("language"), Texts::systemLanguage());
}

bool Cli::parse(const QList<QCommandLineOption> &options, int positional, const QString &syntax)
{
    m_parser.setApplicationDescription(tr("portolan %1").arg(syntax));
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
            tr("--lang takes one of: %1").arg(Texts::languages().join(QStringLiteral(", "))));
        return false;
    }
    if (m_parser.positionalArguments().size() != positional) {
        usageError(tr("usage: portolan %1").arg(syntax));
        return false;
    }
    return true;
}

QString Cli::choice(const QString &option, const QStringList &valid, const QString &fallback)
{
    const QString value = m_parser.isSet(option) ? m_parser.value(option) : fallback;
    if (!valid.contains(value)) {
        usageError(tr("--%1 takes one of: %2").arg(option, valid.join(QStringLiteral(", "))));
        m_badChoice = true;
        return {};
    }
    return value;
}

int Cli::usageError(const QString &message)
{
    printTo(stderr, QStringLiteral("portolan: ") + message + QLatin1Char('\n'));
    return BadInput;
}

int Cli::inputError(const QString &message)
{
    printTo(stderr, QStringLiteral("portolan: ") + message + QLatin1Char('\n'));
    return BadInput;
}

std::optional<Plan> Cli::loadPlan(const QString &path)
{
    PlanError error;
    std::optional<Plan> plan = PlanFile::load(path, &error);
    if (!plan)
        inputError(error.toString());
    return plan;
}

bool Cli::output(const QByteArray &data)
{
    const QString path = m_parser.isSet(QStringLiteral("output"))
                             ? m_parser.value(QStringLiteral("output"))
                             : QStringLiteral("-");
    QString error;
    // The plans named on the command line are inputs: an output never replaces one.
    if (!OutputFile::write(path, data, &error, m_parser.positionalArguments())) {
        inputError(tr("cannot write %1").arg(error));
        return false;
    }
    return true;
}

std::optional<Cli::PlanRequest> Cli::planRequest(const QStringList &formats, const QString &syntax,
                                                 int *code)
{
    // The shape of most verbs: PLAN, --format, -o; a problem sets the exit code and ends there.
    *code = BadInput;
    if (!parse({formatOption(formats), outputOption()}, 1, syntax)) {
        if (m_badChoice)
            *code = Ok; // --help was answered
        return std::nullopt;
    }
    const QString format = choice(QStringLiteral("format"), formats, formats.first());
    if (format.isEmpty())
        return std::nullopt;
    std::optional<Plan> plan = loadPlan(m_parser.positionalArguments().first());
    if (!plan)
        return std::nullopt;
    *code = Ok;
    return PlanRequest{format, std::move(*plan)};
}

int Cli::validate()
{
    int code = Ok;
    const std::optional<PlanRequest> request =
        planRequest({QStringLiteral("text"), QStringLiteral("json")},
                    tr("validate PLAN [--format text|json]"), &code);
    if (!request)
        return code;
    const Plan &plan = request->plan;
    const QList<Finding> findings = Validator::validate(plan, FlowDeriver::derive(plan), m_texts);
    const QByteArray data = request->format == QStringLiteral("json")
                                ? PlanReport::findingsJson(findings)
                                : PlanReport::findingsText(findings, m_texts);
    if (!output(data))
        return BadInput;
    const bool errors = std::any_of(findings.begin(), findings.end(), [](const Finding &f) {
        return f.severity == Finding::Severity::Error;
    });
    return errors ? PlanErrors : Ok;
}

int Cli::flows()
{
    int code = Ok;
    const std::optional<PlanRequest> request =
        planRequest({QStringLiteral("text"), QStringLiteral("json")},
                    tr("flows PLAN [--format text|json]"), &code);
    if (!request)
        return code;
    const Plan &plan = request->plan;
    const QList<Flow> flows = FlowDeriver::derive(plan).flows;
    const QByteArray data = request->format == QStringLiteral("json")
                                ? PlanReport::flowsJson(plan, flows, m_texts)
                                : PlanReport::flowsText(plan, flows, m_texts);
    return output(data) ? Ok : BadInput;
}

int Cli::checklist()
{
    const QStringList formats = ChecklistWriter::formats() << QStringLiteral("pdf");
    int code = Ok;
    const std::optional<PlanRequest> request = planRequest(
        formats, tr("checklist PLAN [--format %1] [-o FILE]").arg(formats.join(QLatin1Char('|'))),
        &code);
    if (!request)
        return code;
    const Plan &plan = request->plan;
    const QString &format = request->format;
    const QList<ChecklistRow> rows = Checklist::build(plan, FlowDeriver::derive(plan), m_texts);
    if (format == QStringLiteral("pdf"))
        return output(checklistPdf(plan, rows)) ? Ok : BadInput;
    return output(ChecklistWriter::write(plan, rows, format, m_texts)) ? Ok : BadInput;
}

QByteArray Cli::checklistPdf(const Plan &plan, const QList<ChecklistRow> &rows) const
{
    ChecklistDocument document(plan, rows, m_texts);
    // The cover shows the plan's diagram; a checklist without it is still worth printing.
    DiagramOptions options;
    options.texts = m_texts;
    QString error;
    if (const std::optional<QByteArray> svg = DiagramRenderer().svg(plan, options, &error))
        document.setDiagramSvg(*svg);
    else
        document.setDiagramNote(error);
    return document.pdf();
}

int Cli::firewall()
{
    const QStringList targets = FirewallExport::targets();
    const QCommandLineOption targetOption(
        QStringLiteral("target"),
        tr("Firewall to write rules for: %1.").arg(targets.join(QStringLiteral(", "))),
        tr("target"));
    if (!parse({targetOption, outputOption()}, 1,
               tr("firewall PLAN --target %1 [-o FILE]").arg(targets.join(QLatin1Char('|')))))
        return m_badChoice ? Ok : BadInput;
    if (!m_parser.isSet(targetOption))
        return usageError(tr("firewall needs --target %1").arg(targets.join(QLatin1Char('|'))));
    const QString target = choice(QStringLiteral("target"), targets, targets.first());
    if (target.isEmpty())
        return BadInput;
    const std::optional<Plan> plan = loadPlan(m_parser.positionalArguments().first());
    if (!plan)
        return BadInput;
    const QList<ChecklistRow> rows = Checklist::build(*plan, FlowDeriver::derive(*plan), m_texts);
    return output(FirewallExport::write(*plan, rows, target, m_texts)) ? Ok : BadInput;
}

int Cli::diff()
{
    const QStringList formats = PlanDiff::formats();
    if (!parse({formatOption(formats), outputOption()}, 2,
               tr("diff OLD NEW [--format %1] [-o FILE]").arg(formats.join(QLatin1Char('|')))))
        return m_badChoice ? Ok : BadInput;
    const QString format = choice(QStringLiteral("format"), formats, formats.first());
    if (format.isEmpty())
        return BadInput;
    const std::optional<Plan> before = loadPlan(m_parser.positionalArguments().at(0));
    if (!before)
        return BadInput;
    const std::optional<Plan> after = loadPlan(m_parser.positionalArguments().at(1));
    if (!after)
        return BadInput;
    return output(PlanDiff::compare(*before, *after, m_texts).write(format)) ? Ok : BadInput;
}

int Cli::probe()
{
    const QStringList formats = {QStringLiteral("text"), QStringLiteral("json")};
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"),
        tr("Milliseconds to wait for each connection (default %1).")
            .arg(ReachabilityProbe::DefaultTimeoutMs),
        tr("ms"), QString::number(ReachabilityProbe::DefaultTimeoutMs));
    if (!parse({formatOption(formats), outputOption(), timeoutOption}, 1,
               tr("probe PLAN [--timeout MS] [--format text|json]")))
        return m_badChoice ? Ok : BadInput;
    const QString format = choice(QStringLiteral("format"), formats, formats.first());
    if (format.isEmpty())
        return BadInput;
    bool ok = false;
    const int timeout = m_parser.value(timeoutOption).toInt(&ok);
    if (!ok || timeout < 1 || timeout > 600'000)
        return usageError(tr("--timeout takes milliseconds from 1 to 600000"));
    const std::optional<Plan> plan = loadPlan(m_parser.positionalArguments().first());
    if (!plan)
        return BadInput;
    const QList<ChecklistRow> rows = Checklist::build(*plan, FlowDeriver::derive(*plan), m_texts);
    const QList<ProbeResult> results = ReachabilityProbe::probe(*plan, rows, timeout);
    const QByteArray data = format == QStringLiteral("json")
                                ? ProbeReport::json(*plan, rows, results, timeout)
                                : ProbeReport::text(*plan, rows, results, timeout);
    return output(data) ? Ok : BadInput;
}

int Cli::templates()
{
    if (!parse({}, 0, tr("templates")))
        return m_badChoice ? Ok : BadInput;
    QString text;
    for (const QString &name : Templates::names())
        text += QStringLiteral("%1 %2\n").arg(name.leftJustified(14),
                                              Templates::description(name, m_texts));
    printTo(stdout, text);
    return Ok;
}

int Cli::newPlan()
{
    const QCommandLineOption templateOption(QStringLiteral("template"),
                                            tr("The scheme to start from (see “templates”)."),
                                            tr("name"), QStringLiteral("gateway"));
    if (!parse({templateOption, outputOption()}, 0, tr("new --template NAME -o FILE")))
        return m_badChoice ? Ok : BadInput;
    if (!m_parser.isSet(QStringLiteral("output")))
        return usageError(tr("new needs -o FILE"));
    const QString name =
        choice(QStringLiteral("template"), Templates::names(), QStringLiteral("gateway"));
    if (name.isEmpty())
        return BadInput;
    return output(PlanFile::serialize(*Templates::load(name, m_texts))) ? Ok : BadInput;
}

int Cli::example()
{
    const QCommandLineOption dirOption({QStringLiteral("o"), QStringLiteral("output")},
                                       tr("Folder to write into (created if missing)."),
                                       tr("folder"), QStringLiteral("portolan-example"));
    if (!parse({dirOption}, 0, tr("example [-o FOLDER]")))
        return m_badChoice ? Ok : BadInput;
    const QDir dir(m_parser.value(dirOption));
    if (!QDir().mkpath(dir.path()))
        return inputError(tr("cannot create the folder %1").arg(dir.path()));
    const Plan plan = *Templates::load(QStringLiteral("gateway"), m_texts);
    const DerivedFlows derived = FlowDeriver::derive(plan);
    const QList<ChecklistRow> rows = Checklist::build(plan, derived, m_texts);
    const QList<Finding> findings = Validator::validate(plan, derived, m_texts);
    DiagramOptions diagramOptions;
    diagramOptions.texts = m_texts;
    DiagramRenderer renderer;
    QString diagramError;
    const std::optional<QByteArray> svg = renderer.svg(plan, diagramOptions, &diagramError);
    const std::optional<QByteArray> png =
        svg ? SvgExport::toPng(*svg, diagramOptions.dpi, &diagramError) : std::nullopt;
    if (!png)
        return inputError(diagramError);
    const QList<std::pair<QString, QByteArray>> files = {
        {QStringLiteral("reference-plan.json"), PlanFile::serialize(plan)},
        {QStringLiteral("flows.txt"), PlanReport::flowsText(plan, derived.flows, m_texts)},
        {QStringLiteral("findings.txt"), PlanReport::findingsText(findings, m_texts)},
        {QStringLiteral("checklist.txt"),
         ChecklistWriter::write(plan, rows, QStringLiteral("text"), m_texts)},
        {QStringLiteral("checklist.html"),
         ChecklistWriter::write(plan, rows, QStringLiteral("html"), m_texts)},
        {QStringLiteral("checklist.csv"),
         ChecklistWriter::write(plan, rows, QStringLiteral("csv"), m_texts)},
        {QStringLiteral("checklist.pdf"), checklistPdf(plan, rows)},
        {QStringLiteral("diagram.svg"), *svg},
        {QStringLiteral("diagram.png"), *png},
    };
    QString written;
    for (const auto &[name, data] : files) {
        QString error;
        if (!writeFileAtomically(dir.filePath(name), data, &error))
            return inputError(tr("cannot write %1").arg(error));
        written += QStringLiteral("  ") + QDir::toNativeSeparators(dir.absoluteFilePath(name)) +
                   QLatin1Char('\n');
    }
    printTo(stdout, tr("Reference plan (connection gateway in the DMZ) written to:") +
                        QLatin1Char('\n') + written);
    return Ok;
}

int Cli::render()
{
    const QCommandLineOption dpiOption(QStringLiteral("dpi"),
                                       tr("Resolution of a PNG image in dots per inch (%1–%2, "
                                          "default 96).")
                                           .arg(SvgExport::MinDpi)
                                           .arg(SvgExport::MaxDpi),
                                       tr("dpi"), QStringLiteral("96"));
    const QCommandLineOption bundleOption(
        QStringLiteral("bundle"), tr("One arrow per pair of devices, listing its flow numbers."));
    const QCommandLineOption legendOption(QStringLiteral("legend"),
                                          tr("Add a legend: every flow number with its purpose."));
    const QCommandLineOption noCloudsOption(
        QStringLiteral("no-clouds"),
        tr("Leave out the vendor clouds (Kaspersky, Google, Apple) and their flows."));
    const QString syntax = tr("render PLAN -o FILE.svg|png|pdf|dot [--dpi N] [--bundle] [--legend] "
                              "[--no-clouds]");
    if (!parse({outputOption(), dpiOption, bundleOption, legendOption, noCloudsOption}, 1, syntax))
        return m_badChoice ? Ok : BadInput;
    if (!m_parser.isSet(QStringLiteral("output")))
        return usageError(tr("render needs -o FILE"));
    const QString path = m_parser.value(QStringLiteral("output"));
    const std::optional<DiagramFormat> format = diagramFormatFromPath(path);
    if (!format)
        return usageError(tr("the output file name must end in one of: %1")
                              .arg(diagramExtensions().join(QStringLiteral(", "))));
    bool dpiOk = false;
    const int dpi = m_parser.value(dpiOption).toInt(&dpiOk);
    if (!dpiOk || dpi < SvgExport::MinDpi || dpi > SvgExport::MaxDpi)
        return usageError(
            tr("--dpi takes a number from %1 to %2").arg(SvgExport::MinDpi).arg(SvgExport::MaxDpi));
    const std::optional<Plan> plan = loadPlan(m_parser.positionalArguments().first());
    if (!plan)
        return BadInput;
    DiagramOptions options;
    options.bundle = m_parser.isSet(bundleOption);
    options.legend = m_parser.isSet(legendOption);
    options.clouds = !m_parser.isSet(noCloudsOption);
    options.dpi = dpi;
    options.texts = m_texts;
    DiagramRenderer renderer;
    QString error;
    const std::optional<QByteArray> data = renderer.render(*plan, options, *format, &error);
    if (!data)
        return inputError(error);
    return output(*data) ? Ok : BadInput;
}
