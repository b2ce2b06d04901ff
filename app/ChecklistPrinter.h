#pragma once

#include "Checklist.h"

#include <QCoreApplication>
#include <QDateTime>

class QPrinter;
class QTextDocument;
class QWidget;

// The port checklist on paper: on every page a header with the plan's title and the date and
// "Page n of m" at the foot; a tick box per rule for the engineer opening the ports.
class ChecklistPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistPrinter)

public:
    static QString html(const Plan &plan, const QList<ChecklistRow> &rows, const Texts &texts,
                        const QDateTime &when);
    static void print(const Plan &plan, const QList<ChecklistRow> &rows, const Texts &texts,
                      QPrinter *printer);
    // Opens the print preview dialog.
    static void preview(const Plan &plan, const QList<ChecklistRow> &rows, const Texts &texts,
                        QWidget *parent);
};
