#pragma once

#include <QDialog>

class QLabel;
class QListWidget;

// "New plan": the documented KSC schemes (Templates::names()) with their descriptions, or an empty
// plan.
class NewPlanDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewPlanDialog(QWidget *parent = nullptr);

    // The chosen template name; empty for an empty plan.
    QString templateName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_intro;
    QListWidget *m_list;
};
