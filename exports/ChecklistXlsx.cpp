#include "exports/ChecklistXlsx.h"

#include "exports/ChecklistWriter.h"
#include "model/BoundaryTitles.h"

#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

const char *const kContext = "ChecklistXlsx";
constexpr int kMaxSheetName = 31;

// libxlsxwriter takes UTF-8 C strings; keeps each converted string alive until the workbook is
// closed (it copies cell texts, but not every argument of every call).
class Utf8Pool
{
public:
    // Not const: libxlsxwriter 1.1 takes a validation's list as char **.
    char *operator()(const QString &text)
    {
        m_strings.push_back(std::make_unique<QByteArray>(text.toUtf8()));
        return m_strings.back()->data();
    }

private:
    std::vector<std::unique_ptr<QByteArray>> m_strings;
};

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *wrap = nullptr;
};

QStringList columnTitles(const Texts &texts)
{
    return {texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistXlsx", "Source")),
            texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistXlsx", "Source address")),
            texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistXlsx", "Destination")),
            texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistXlsx", "Destination address")),
            texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistXlsx", "Protocol")),
            texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistXlsx", "Ports")),
            texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistXlsx", "Flows")),
            texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistXlsx", "Purpose")),
            texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistXlsx", "Status"))};
}

QStringList rowCells(const Plan &plan, const ChecklistRow &row)
{
    return {ChecklistWriter::names(plan, row.sources()),
            ChecklistWriter::addresses(plan, row.sources()),
            ChecklistWriter::names(plan, row.destinations()),
            ChecklistWriter::addresses(plan, row.destinations()),
            Checklist::transportText(row.transport),
            Checklist::portsText(row.ports),
            row.flows.join(QStringLiteral(", ")),
            row.purpose,
            QString()};
}

void writeHeader(lxw_worksheet *sheet, const QStringList &titles, const Formats &formats,
                 Utf8Pool &utf8)
{
    for (int c = 0; c < titles.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), utf8(titles[c]), formats.header);
    worksheet_freeze_panes(sheet, 1, 0);
}

// One boundary: its rules under a frozen, filterable header, Status offering the choices.
void writeBoundary(lxw_worksheet *sheet, const Plan &plan, const QList<ChecklistRow> &rows,
                   const Texts &texts, const Formats &formats, Utf8Pool &utf8)
{
    const QStringList titles = columnTitles(texts);
    writeHeader(sheet, titles, formats, utf8);
    static const double widths[] = {28, 18, 28, 18, 9, 14, 10, 60, 12};
    for (int c = 0; c < titles.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], formats.wrap);
    lxw_row_t r = 1;
    for (const ChecklistRow &row : rows) {
        const QStringList cells = rowCells(plan, row);
        for (int c = 0; c < cells.size(); ++c) {
            if (!cells[c].isEmpty())
                worksheet_write_string(sheet, r, lxw_col_t(c), utf8(cells[c]), formats.wrap);
        }
        ++r;
    }
    const lxw_col_t last = lxw_col_t(titles.size() - 1);
    worksheet_autofilter(sheet, 0, 0, r - 1, last);
    std::vector<char *> choices;
    for (const QString &choice : ChecklistXlsx::statusChoices(texts))
        choices.push_back(utf8(choice));
    choices.push_back(nullptr);
    lxw_data_validation validation = {};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = choices.data();
    worksheet_data_validation_range(sheet, 1, last, r - 1, last, &validation);
}

} // namespace

QStringList ChecklistXlsx::statusChoices(const Texts &texts)
{
    return {texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistXlsx", "Open")),
            texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistXlsx", "Done")),
            texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistXlsx", "Refused"))};
}

QString ChecklistXlsx::sheetName(const QString &wanted, const QStringList &taken)
{
    QString base;
    for (QChar c : wanted)
        base += QStringLiteral("[]:*?/\\").contains(c) ? QLatin1Char('-') : c;
    base = base.simplified();
    while (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    if (base.isEmpty())
        base = QStringLiteral("Sheet"); // not translated: never seen with a real boundary
    auto isTaken = [&](const QString &name) {
        return std::any_of(taken.begin(), taken.end(), [&](const QString &t) {
            return t.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    auto fitted = [](QString name, const QString &suffix) {
        name.truncate(kMaxSheetName - suffix.size());
        while (name.endsWith(QLatin1Char('\'')) || name.endsWith(QLatin1Char(' ')))
            name.chop(1);
        return name + suffix;
    };
    QString name = fitted(base, QString());
    for (int n = 2; isTaken(name); ++n)
        name = fitted(base, QStringLiteral(" (%1)").arg(n));
    return name;
}

std::optional<QByteArray> ChecklistXlsx::write(const Plan &plan, const QList<ChecklistRow> &rows,
                                               const Texts &texts, QString *error)
{
    // libxlsxwriter writes to a path only: a private temporary folder, read back at once.
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = tr("cannot create a temporary folder: %1").arg(dir.errorString());
        return std::nullopt;
    }
    const QString path = dir.filePath(QStringLiteral("checklist.xlsx"));
    Utf8Pool utf8;
    lxw_workbook *workbook = workbook_new(utf8(path));
    if (!workbook) {
        *error = tr("cannot create the workbook %1").arg(path);
        return std::nullopt;
    }
    Formats formats;
    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    format_set_text_wrap(formats.header);
    formats.wrap = workbook_add_format(workbook);
    format_set_text_wrap(formats.wrap);
    format_set_align(formats.wrap, LXW_ALIGN_VERTICAL_TOP);

    // Group the rows by boundary, in the checklist's order.
    QList<QList<ChecklistRow>> groups;
    QString lastKey;
    for (const ChecklistRow &row : rows) {
        const QString key = Checklist::boundaryKey(plan, row);
        if (groups.isEmpty() || key != lastKey)
            groups.append(QList<ChecklistRow>());
        groups.last() << row;
        lastKey = key;
    }

    QStringList taken;
    const QString summaryName =
        sheetName(texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistXlsx", "Summary")), taken);
    taken << summaryName;
    lxw_worksheet *summary = workbook_add_worksheet(workbook, utf8(summaryName));
    const QStringList summaryTitles = {
        texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistXlsx", "Boundary")),
        texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistXlsx", "Rules")),
        texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistXlsx", "Sheet"))};
    writeHeader(summary, summaryTitles, formats, utf8);
    worksheet_set_column(summary, 0, 0, 40, nullptr);
    worksheet_set_column(summary, 1, 1, 10, nullptr);
    worksheet_set_column(summary, 2, 2, 34, nullptr);
    lxw_row_t summaryRow = 1;
    const BoundaryTitles boundaries(plan, texts);
    for (const QList<ChecklistRow> &group : groups) {
        const QString title = boundaries.title(group.first());
        const QString name = sheetName(title, taken);
        taken << name;
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, utf8(name));
        if (!sheet) {
            workbook_close(workbook);
            *error = tr("cannot add the sheet “%1”").arg(name);
            return std::nullopt;
        }
        writeBoundary(sheet, plan, group, texts, formats, utf8);
        worksheet_write_string(summary, summaryRow, 0, utf8(title), nullptr);
        worksheet_write_number(summary, summaryRow, 1, double(group.size()), nullptr);
        worksheet_write_string(summary, summaryRow, 2, utf8(name), nullptr);
        ++summaryRow;
    }
    worksheet_autofilter(summary, 0, 0, summaryRow - 1, 2);

    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        *error = tr("cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(closed)));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}
