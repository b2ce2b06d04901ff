// libFuzzer target: a plan file from arbitrary bytes through everything a user can ask of it.
// Any bytes may be rejected by the parser; what is accepted must analyse, export in every format
// and serialize to a file that loads again. Built with -DPORTOLAN_FUZZ=ON (clang only); see
// README.md for the command.
#include "exports/ChecklistWriter.h"
#include "exports/FirewallExport.h"
#include "exports/PlanDiff.h"
#include "exports/PlanReport.h"
#include "model/Analysis.h"
#include "model/io/PlanFile.h"
#include "model/io/Templates.h"

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_plan: %s: %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    PlanError error;
    const std::optional<Plan> plan = PlanFile::parse(bytes, QStringLiteral("fuzz"), &error);
    if (!plan)
        return 0;
    const Analysis analysis(*plan);
    const Texts texts;
    const QList<Finding> findings = analysis.findings(texts);
    const QList<ChecklistRow> rows = analysis.checklist(texts);
    // One rule per device pair, and merged as the command line writes them by default.
    for (const QList<ChecklistRow> &list : {rows, Checklist::merge(rows)}) {
        for (const QString &format : ChecklistWriter::formats())
            ChecklistWriter::write(*plan, list, format, texts);
        for (const QString &target : FirewallExport::targets())
            FirewallExport::write(*plan, list, target, texts);
    }
    PlanReport::flowsText(*plan, analysis.flows().flows, texts);
    PlanReport::flowsJson(*plan, analysis.flows().flows, texts);
    PlanReport::findingsText(findings, texts);
    PlanReport::findingsJson(findings);
    static const Analysis reference(Templates::load(QStringLiteral("gateway")).value());
    const PlanDiff diff = PlanDiff::compare(reference, analysis, texts);
    for (const QString &format : PlanDiff::formats())
        diff.write(format);

    // What the program writes, it must read back.
    const QByteArray saved = PlanFile::serialize(*plan);
    PlanError again;
    if (!PlanFile::parse(saved, QStringLiteral("serialized"), &again))
        fail("the serialized plan does not load back", again.toString());
    return 0;
}
