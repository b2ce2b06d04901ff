#pragma once

#include "model/Plan.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// The plan's port settings: an override per named port of the catalog (empty: KSC's default) and
// the legacy agent port and whether managed devices use KSN through a KSN proxy. Invalid ports are
// refused with the reason shown; OK waits until all are valid.
class PortSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PortSettingsDialog(const PlanSettings &settings, QWidget *parent = nullptr);

    PlanSettings settings() const;
    QLineEdit *overrideEdit(const QString &portName) const;
    QCheckBox *ksnProxyBox() const { return m_ksnProxy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();

    PlanSettings m_settings;
    QTableWidget *m_table;
    QList<QLineEdit *> m_edits; // in Catalog::ports() order
    QCheckBox *m_legacy;
    QCheckBox *m_ksnProxy;
    QLabel *m_intro;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
