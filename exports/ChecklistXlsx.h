#pragma once

#include "model/Checklist.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

// The port checklist as an Excel workbook for the network team: a summary sheet, then one sheet
// per firewall boundary with a frozen, filterable header and an empty Status column whose cells
// offer a list (Open, Done, Refused) in the output language.
class ChecklistXlsx
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistXlsx)

public:
    // The workbook's bytes, or nothing with *error set when it cannot be written.
    static std::optional<QByteArray> write(const Plan &plan, const QList<ChecklistRow> &rows,
                                           const Texts &texts, QString *error);

    // Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, not starting or
    // ending with an apostrophe, unique regardless of case among `taken`.
    static QString sheetName(const QString &wanted, const QStringList &taken);
    static QStringList statusChoices(const Texts &texts);
};
