#include "cli/Cli.h"
#include "cli/CliContext.h"
#include "cli/Command.h"
#include "diagrams/Arranger.h"
#include "diagrams/ChecklistPdf.h"
#include "diagrams/DiagramFormat.h"
#include "diagrams/DiagramPages.h"
#include "diagrams/DiagramRenderer.h"
#include "diagrams/SvgExport.h"
#include "exports/ChecklistWriter.h"
#include "exports/ChecklistXlsx.h"
#include "exports/PlanReport.h"
#include "model/edit/PlanOperations.h"
#include "model/io/OutputFile.h"
#include "model/io/PlanFile.h"
#include "model/io/Templates.h"

#include <QDir>

#ifndef PORTOLAN_VERSION
#error "PORTOLAN_VERSION comes from CMake's PROJECT_VERSION (cli/CMakeLists.txt)"
#endif

int Verbs::templates(CliContext &cli)
{
    if (!cli.parse({}, 0, cli.usage()))
        return cli.exitAfterParse();
    QString text;
    for (const QString &name : Templates::names())
        text += QStringLiteral("%1 %2\n").arg(name.leftJustified(14),
                                              Templates::description(name, cli.texts()));
    CliContext::printTo(stdout, text);
    return Cli::Ok;
}

int Verbs::newPlan(CliContext &cli)
{
    const QCommandLineOption templateOption(QStringLiteral("template"),
                                            Cli::tr("The scheme to start from (see “templates”)."),
                                            Cli::tr("name"), QStringLiteral("gateway"));
    if (!cli.parse({templateOption, CliContext::outputOption()}, 0, cli.usage()))
        return cli.exitAfterParse();
    if (!cli.parser().isSet(QStringLiteral("output")))
        return cli.usageError(Cli::tr("new needs -o FILE"));
    const QString name =
        cli.choice(QStringLiteral("template"), Templates::names(), QStringLiteral("gateway"));
    if (name.isEmpty())
        return Cli::BadInput;
    return cli.output(PlanFile::serialize(*Templates::load(name, cli.texts()))) ? Cli::Ok
                                                                                : Cli::BadInput;
}

int Verbs::example(CliContext &cli)
{
    const QCommandLineOption dirOption({QStringLiteral("o"), QStringLiteral("output")},
                                       Cli::tr("Folder to write into (created if missing)."),
                                       Cli::tr("folder"), QStringLiteral("portolan-example"));
    if (!cli.parse({dirOption}, 0, cli.usage()))
        return cli.exitAfterParse();
    const QDir dir(cli.parser().value(dirOption));
    if (!QDir().mkpath(dir.path()))
        return cli.inputError(Cli::tr("cannot create the folder %1").arg(dir.path()));
    const Texts &texts = cli.texts();
    const Analysis analysis(*Templates::load(QStringLiteral("gateway"), texts));
    const Plan &plan = analysis.plan();
    const QList<ChecklistRow> rows = Checklist::merge(analysis.checklist(texts));
    const QList<Finding> findings = analysis.findings(texts);
    DiagramOptions diagramOptions;
    diagramOptions.texts = texts;
    DiagramRenderer renderer;
    QString diagramError;
    const std::optional<QByteArray> svg = renderer.svg(analysis, diagramOptions, &diagramError);
    const std::optional<QByteArray> png =
        svg ? SvgExport::toPng(*svg, diagramOptions.dpi, &diagramError) : std::nullopt;
    if (!png)
        return cli.inputError(diagramError);
    QString workbookError;
    const std::optional<QByteArray> workbook =
        ChecklistXlsx::write(plan, rows, texts, &workbookError);
    if (!workbook)
        return cli.inputError(workbookError);
    const QList<std::pair<QString, QByteArray>> files = {
        {QStringLiteral("reference-plan.json"), PlanFile::serialize(plan)},
        {QStringLiteral("flows.txt"), PlanReport::flowsText(plan, analysis.flows().flows, texts)},
        {QStringLiteral("findings.txt"), PlanReport::findingsText(findings, texts)},
        {QStringLiteral("checklist.txt"),
         ChecklistWriter::write(plan, rows, QStringLiteral("text"), texts)},
        {QStringLiteral("checklist.html"),
         ChecklistWriter::write(plan, rows, QStringLiteral("html"), texts)},
        {QStringLiteral("checklist.csv"),
         ChecklistWriter::write(plan, rows, QStringLiteral("csv"), texts)},
        {QStringLiteral("checklist.pdf"), ChecklistPdf(analysis, texts).pdf()},
        {QStringLiteral("checklist.xlsx"), *workbook},
        {QStringLiteral("diagram.svg"), *svg},
        {QStringLiteral("diagram.png"), *png},
    };
    QString written;
    for (const auto &[name, data] : files) {
        QString error;
        if (!OutputFile::write(dir.filePath(name), data, &error))
            return cli.inputError(Cli::tr("cannot write %1").arg(error));
        written += QStringLiteral("  ") + QDir::toNativeSeparators(dir.absoluteFilePath(name)) +
                   QLatin1Char('\n');
    }
    CliContext::printTo(stdout,
                        Cli::tr("Reference plan (connection gateway in the DMZ) written to:") +
                            QLatin1Char('\n') + written);
    return Cli::Ok;
}

int Verbs::arrange(CliContext &cli)
{
    const QCommandLineOption gridOption(
        QStringLiteral("grid"),
        Cli::tr("Pack the zones and devices in a grid instead of laying them out with Graphviz "
                "(the default for plans of more than %1 devices).")
            .arg(Arranger::GraphvizLimit));
    if (!cli.parse({CliContext::outputOption(), gridOption}, 1, cli.usage()))
        return cli.exitAfterParse();
    const std::optional<Plan> plan = cli.loadPlan(cli.parser().positionalArguments().first());
    if (!plan)
        return Cli::BadInput;
    const Arranger::Engine engine =
        cli.parser().isSet(gridOption) ? Arranger::Engine::Grid : Arranger::Engine::Automatic;
    // The same operation as the window's Arrange: only geometry changes.
    Plan arranged = *plan;
    PlanOperations::arrange(arranged, Arranger::arrange(arranged, engine))
        .edit.apply(arranged, true);
    return cli.output(PlanFile::serialize(arranged)) ? Cli::Ok : Cli::BadInput;
}

int Verbs::render(CliContext &cli)
{
    const DiagramOptions defaults;
    const QCommandLineOption dpiOption(QStringLiteral("dpi"),
                                       Cli::tr("Resolution of a PNG image in dots per inch (%1–%2, "
                                               "default %3).")
                                           .arg(SvgExport::MinDpi)
                                           .arg(SvgExport::MaxDpi)
                                           .arg(defaults.dpi),
                                       Cli::tr("dpi"), QString::number(defaults.dpi));
    const QCommandLineOption bundleOption(
        QStringLiteral("bundle"),
        Cli::tr("One arrow per pair of devices, listing its flow numbers."));
    const QCommandLineOption legendOption(
        QStringLiteral("legend"), Cli::tr("Add a legend: every flow number with its purpose."));
    const QCommandLineOption noCloudsOption(
        QStringLiteral("no-clouds"),
        Cli::tr("Leave out the vendor clouds (Kaspersky, Google, Apple) and their flows."));
    const QCommandLineOption noMergeOption(
        QStringLiteral("no-merge"),
        Cli::tr("Draw every entry, also those with the same role, zone and flows as another."));
    const QCommandLineOption noIconsOption(
        QStringLiteral("no-icons"),
        Cli::tr("Draw each role as a shape instead of its icon above the name."));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        Cli::tr("auto (default): the detailed figure when it fits one page, else the overview; "
                "overview: one box per Administration Server; detail: every entry."),
        Cli::tr("view"), QStringLiteral("auto"));
    const QCommandLineOption siteOption(
        QStringLiteral("site"),
        Cli::tr("Draw one Administration Server's site in detail, its neighbours as boxes."),
        Cli::tr("server id"));
    const QCommandLineOption pagesOption(
        QStringLiteral("pages"),
        Cli::tr("PDF only: the overview, then a page for each Administration Server's site."));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        Cli::tr("Output format: %1 (default: the output file name's extension).")
            .arg(diagramExtensions().join(QStringLiteral(", "))),
        Cli::tr("format"));
    if (!cli.parse({CliContext::outputOption(), formatOption, dpiOption, bundleOption, legendOption,
                    noCloudsOption, noMergeOption, noIconsOption, viewOption, siteOption,
                    pagesOption},
                   1, cli.usage()))
        return cli.exitAfterParse();
    QCommandLineParser &parser = cli.parser();
    if (!parser.isSet(QStringLiteral("output")))
        return cli.usageError(Cli::tr("render needs -o FILE"));
    const QString path = parser.value(QStringLiteral("output"));
    std::optional<DiagramFormat> format;
    if (parser.isSet(formatOption)) {
        // "--format drawio" names the format whatever the file is called.
        const QString name = cli.choice(QStringLiteral("format"), diagramExtensions(), QString());
        if (name.isEmpty())
            return Cli::BadInput;
        format = diagramFormatFromPath(QStringLiteral("figure.") + name);
    } else {
        format = diagramFormatFromPath(path);
    }
    if (!format)
        return cli.usageError(Cli::tr("the output file name must end in one of: %1")
                                  .arg(diagramExtensions().join(QStringLiteral(", "))));
    bool dpiOk = false;
    const int dpi = parser.value(dpiOption).toInt(&dpiOk);
    if (!dpiOk || dpi < SvgExport::MinDpi || dpi > SvgExport::MaxDpi)
        return cli.usageError(Cli::tr("--dpi takes a number from %1 to %2")
                                  .arg(SvgExport::MinDpi)
                                  .arg(SvgExport::MaxDpi));
    const QString view =
        cli.choice(QStringLiteral("view"),
                   {QStringLiteral("auto"), QStringLiteral("overview"), QStringLiteral("detail")},
                   QStringLiteral("auto"));
    if (view.isEmpty())
        return Cli::BadInput;
    const bool pages = parser.isSet(pagesOption);
    if (pages && *format != DiagramFormat::Pdf)
        return cli.usageError(Cli::tr("--pages needs a PDF output file"));
    const std::optional<Plan> plan = cli.loadPlan(parser.positionalArguments().first());
    if (!plan)
        return Cli::BadInput;
    // The flags switch away from DiagramOptions' defaults (one arrow per flow, clouds, no legend).
    DiagramOptions options = defaults;
    if (parser.isSet(bundleOption))
        options.bundle = true;
    if (parser.isSet(legendOption))
        options.legend = true;
    if (parser.isSet(noCloudsOption))
        options.clouds = false;
    if (parser.isSet(noMergeOption))
        options.merge = false;
    if (parser.isSet(noIconsOption))
        options.icons = false;
    if (view == QStringLiteral("overview"))
        options.view = DiagramOptions::View::Overview;
    else if (view == QStringLiteral("detail"))
        options.view = DiagramOptions::View::Detail;
    if (parser.isSet(siteOption)) {
        options.view = DiagramOptions::View::Site;
        options.site = parser.value(siteOption);
    }
    options.dpi = dpi;
    options.texts = cli.texts();
    DiagramRenderer renderer;
    QString error;
    const Analysis analysis(*plan);
    const std::optional<QByteArray> data =
        pages ? DiagramPages::pdf(renderer, analysis, options, &error)
              : renderer.render(analysis, options, *format, &error);
    if (!data)
        return cli.inputError(error);
    // One line when the figure is not the one asked for (auto drew the overview, the budget
    // merged entries); a detailed figure drawn as asked says nothing.
    if (!renderer.notice().isEmpty())
        CliContext::printTo(stderr,
                            QStringLiteral("portolan: ") + renderer.notice() + QLatin1Char('\n'));
    return cli.output(*data) ? Cli::Ok : Cli::BadInput;
}

int Verbs::help(CliContext &)
{
    QString text = Cli::tr("Portolan plans Kaspersky Security Center deployments: flows, findings, "
                           "firewall checklists and diagrams.") +
                   QStringLiteral("\n\n") + Cli::tr("Usage: portolan COMMAND [options]") +
                   QStringLiteral("\n\n") + Cli::tr("Commands:") + QLatin1Char('\n');
    for (const Command &command : Command::commands())
        text +=
            QStringLiteral("  %1 %2\n")
                .arg(QString::fromLatin1(command.name).leftJustified(10), Cli::tr(command.summary));
    text += QLatin1Char('\n') +
            Cli::tr("“portolan COMMAND --help” describes a command's options.") +
            QLatin1Char('\n') + Cli::tr("Without a command, Portolan opens the desktop planner.") +
            QLatin1Char('\n');
    CliContext::printTo(stdout, text);
    return Cli::Ok;
}

int Verbs::version(CliContext &)
{
    // The program's name and version, as other tools print them: not translated.
    CliContext::printTo(stdout, QStringLiteral("portolan " PORTOLAN_VERSION "\n"));
    return Cli::Ok;
}
