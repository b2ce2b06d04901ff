#include "cli/Cli.h"
#include "cli/CliContext.h"
#include "cli/Command.h"
#include "diagrams/ChecklistPdf.h"
#include "exports/ChecklistWriter.h"
#include "exports/ChecklistXlsx.h"
#include "exports/FirewallExport.h"
#include "exports/PlanDiff.h"
#include "exports/PlanReport.h"
#include "probe/ProbeReport.h"
#include "probe/ReachabilityProbe.h"

#include <algorithm>

int Verbs::validate(CliContext &cli)
{
    int code = Cli::Ok;
    const std::optional<CliContext::PlanRequest> request =
        cli.planRequest({QStringLiteral("text"), QStringLiteral("json")}, cli.usage(), &code);
    if (!request)
        return code;
    const QList<Finding> findings = request->analysis.findings(cli.texts());
    const QByteArray data = request->format == QStringLiteral("json")
                                ? PlanReport::findingsJson(findings)
                                : PlanReport::findingsText(findings, cli.texts());
    if (!cli.output(data))
        return Cli::BadInput;
    const bool errors = std::any_of(findings.begin(), findings.end(), [](const Finding &f) {
        return f.severity == Finding::Severity::Error;
    });
    return errors ? Cli::PlanErrors : Cli::Ok;
}

int Verbs::flows(CliContext &cli)
{
    int code = Cli::Ok;
    const std::optional<CliContext::PlanRequest> request =
        cli.planRequest({QStringLiteral("text"), QStringLiteral("json")}, cli.usage(), &code);
    if (!request)
        return code;
    const Analysis &analysis = request->analysis;
    const QList<Flow> &flows = analysis.flows().flows;
    const QByteArray data = request->format == QStringLiteral("json")
                                ? PlanReport::flowsJson(analysis.plan(), flows, cli.texts())
                                : PlanReport::flowsText(analysis.plan(), flows, cli.texts());
    return cli.output(data) ? Cli::Ok : Cli::BadInput;
}

int Verbs::checklist(CliContext &cli)
{
    const QStringList formats = ChecklistWriter::formats()
                                << QStringLiteral("xlsx") << QStringLiteral("pdf");
    const QCommandLineOption noMerge(
        QStringLiteral("no-merge"),
        Cli::tr("One rule per pair of devices, instead of one rule listing every source (or every "
                "destination) that needs the same ports."));
    int code = Cli::Ok;
    const std::optional<CliContext::PlanRequest> request =
        cli.planRequest(formats, cli.usage().arg(formats.join(QLatin1Char('|'))), &code, {noMerge});
    if (!request)
        return code;
    const Analysis &analysis = request->analysis;
    const QString &format = request->format;
    const bool merge = !cli.parser().isSet(noMerge);
    if (format == QStringLiteral("pdf"))
        return cli.output(ChecklistPdf(analysis, cli.texts(), merge).pdf()) ? Cli::Ok
                                                                            : Cli::BadInput;
    QList<ChecklistRow> rows = analysis.checklist(cli.texts());
    if (merge)
        rows = Checklist::merge(rows);
    if (format == QStringLiteral("xlsx")) {
        QString error;
        const std::optional<QByteArray> workbook =
            ChecklistXlsx::write(analysis.plan(), rows, cli.texts(), &error);
        if (!workbook)
            return cli.inputError(error);
        return cli.output(*workbook) ? Cli::Ok : Cli::BadInput;
    }
    return cli.output(ChecklistWriter::write(analysis.plan(), rows, format, cli.texts()))
               ? Cli::Ok
               : Cli::BadInput;
}

int Verbs::firewall(CliContext &cli)
{
    const QStringList targets = FirewallExport::targets();
    const QCommandLineOption targetOption(
        QStringLiteral("target"),
        Cli::tr("Firewall to write rules for: %1.").arg(targets.join(QStringLiteral(", "))),
        Cli::tr("target"));
    if (!cli.parse({targetOption, CliContext::outputOption()}, 1,
                   cli.usage().arg(targets.join(QLatin1Char('|')))))
        return cli.exitAfterParse();
    if (!cli.parser().isSet(targetOption))
        return cli.usageError(
            Cli::tr("firewall needs --target %1").arg(targets.join(QLatin1Char('|'))));
    const QString target = cli.choice(QStringLiteral("target"), targets, targets.first());
    if (target.isEmpty())
        return Cli::BadInput;
    const std::optional<Plan> plan = cli.loadPlan(cli.parser().positionalArguments().first());
    if (!plan)
        return Cli::BadInput;
    const Analysis analysis(*plan);
    return cli.output(FirewallExport::write(analysis.plan(), analysis.checklist(cli.texts()),
                                            target, cli.texts()))
               ? Cli::Ok
               : Cli::BadInput;
}

int Verbs::diff(CliContext &cli)
{
    const QStringList formats = PlanDiff::formats();
    if (!cli.parse({CliContext::formatOption(formats), CliContext::outputOption()}, 2,
                   cli.usage().arg(formats.join(QLatin1Char('|')))))
        return cli.exitAfterParse();
    const QString format = cli.choice(QStringLiteral("format"), formats, formats.first());
    if (format.isEmpty())
        return Cli::BadInput;
    const std::optional<Plan> before = cli.loadPlan(cli.parser().positionalArguments().at(0));
    if (!before)
        return Cli::BadInput;
    const std::optional<Plan> after = cli.loadPlan(cli.parser().positionalArguments().at(1));
    if (!after)
        return Cli::BadInput;
    const PlanDiff diff = PlanDiff::compare(Analysis(*before), Analysis(*after), cli.texts());
    return cli.output(diff.write(format)) ? Cli::Ok : Cli::BadInput;
}

int Verbs::probe(CliContext &cli)
{
    const QStringList formats = {QStringLiteral("text"), QStringLiteral("json")};
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"),
        Cli::tr("Milliseconds to wait for each connection (default %1).")
            .arg(ReachabilityProbe::DefaultTimeoutMs),
        Cli::tr("ms"), QString::number(ReachabilityProbe::DefaultTimeoutMs));
    if (!cli.parse({CliContext::formatOption(formats), CliContext::outputOption(), timeoutOption},
                   1, cli.usage()))
        return cli.exitAfterParse();
    const QString format = cli.choice(QStringLiteral("format"), formats, formats.first());
    if (format.isEmpty())
        return Cli::BadInput;
    bool ok = false;
    const int timeout = cli.parser().value(timeoutOption).toInt(&ok);
    if (!ok || timeout < 1 || timeout > 600'000)
        return cli.usageError(Cli::tr("--timeout takes milliseconds from 1 to 600000"));
    const std::optional<Plan> loaded = cli.loadPlan(cli.parser().positionalArguments().first());
    if (!loaded)
        return Cli::BadInput;
    const Analysis analysis(*loaded);
    const Plan &plan = analysis.plan();
    const QList<ChecklistRow> rows = analysis.checklist(cli.texts());
    const QList<ProbeResult> results = ReachabilityProbe::probe(plan, rows, timeout);
    const QByteArray data = format == QStringLiteral("json")
                                ? ProbeReport::json(plan, rows, results, timeout)
                                : ProbeReport::text(plan, rows, results, timeout);
    return cli.output(data) ? Cli::Ok : Cli::BadInput;
}
