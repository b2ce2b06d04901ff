#pragma once

#include <QLabel>

class PlanDocument;

// The status bar's summary of the plan: device entries, flows and errors, kept up to date.
class PlanCountsLabel : public QLabel
{
    Q_OBJECT

public:
    explicit PlanCountsLabel(PlanDocument *document, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    PlanDocument *m_document;
};
