#pragma once

#include "model/Checklist.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

class BoundaryTitles;

// Writes the port checklist as plain text, CSV, Markdown, HTML or JSON.
class ChecklistWriter
{
public:
    static QStringList formats(); // text, csv, md, html, json
    static QByteArray write(const Plan &plan, const QList<ChecklistRow> &rows,
                            const QString &format, const Texts &texts = Texts());
    // A device as a reader of the checklist knows it: name, and address when the plan has one.
    static QString endpoint(const Plan &plan, const QString &deviceId);
    // The devices of one side of a (merged) rule, as endpoint() writes each: "A (10.0.0.1), B".
    static QString endpoints(const Plan &plan, const QStringList &deviceIds);
    // Names and addresses of one side in separate columns (CSV, XLSX): the n-th name goes with
    // the n-th address; a device without an address leaves its place empty.
    static QString names(const Plan &plan, const QStringList &deviceIds);
    static QString addresses(const Plan &plan, const QStringList &deviceIds);

    // Column headings in the order every tabular format uses.
    static QStringList headings(const Texts &texts);
    // One CSV field quoted as RFC 4180 wants it (shared with the firewall CSV export).
    static QString csvField(const QString &value);
    // One row as the JSON format writes it (shared with the plan diff).
    static QJsonObject rowJson(const ChecklistRow &row, const BoundaryTitles &boundaries);
    // A row's cells in the order of headings().
    static QStringList cells(const Plan &plan, const ChecklistRow &row);

private:
    static QByteArray text(const Plan &plan, const QList<ChecklistRow> &rows, const Texts &texts);
    static QByteArray csv(const Plan &plan, const QList<ChecklistRow> &rows, const Texts &texts);
    static QByteArray markdown(const Plan &plan, const QList<ChecklistRow> &rows,
                               const Texts &texts);
    static QByteArray html(const Plan &plan, const QList<ChecklistRow> &rows, const Texts &texts);
    static QByteArray json(const Plan &plan, const QList<ChecklistRow> &rows, const Texts &texts);
};
