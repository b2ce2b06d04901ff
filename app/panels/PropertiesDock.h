#pragma once

#include "model/Plan.h"

#include <QDockWidget>
#include <QHash>

class PlanDocument;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// The properties dock: edits the selected device (name, count, host, address and its role's own
// properties), the selected zone (name, kind) or, with nothing selected, the plan (title, port
// settings). Every change is one undoable edit; typing into one field merges into one step.
// Values the plan cannot take are refused in the editor, with the reason shown under it.
class PropertiesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PropertiesDock(PlanDocument *document, QWidget *parent = nullptr);

    // The element shown: a device id, a zone id, or empty for the plan.
    void showElement(const QString &id);
    // The canvas's selection: several devices of one role are edited together (their role's
    // properties, one undo step for all); anything else shows the first element.
    void showElements(const QStringList &ids);
    QStringList editedDevices() const;
    QString element() const { return m_id; }
    QString errorText() const;

    // For tests and the settings button's owner.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *countEdit() const { return m_count; }
    QLineEdit *addressEdit() const { return m_address; }
    QComboBox *hostBox() const { return m_host; }

signals:
    void portSettingsRequested();
    // A flow's number was clicked in the device's flow list: its KSC help topic is wanted.
    void flowHelpRequested(const QString &number);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslateUi();
    void refresh();
    void refreshDevice(const Device &device);
    void refreshZone(const Zone &zone);
    void refreshPlan();
    void fillServers(QComboBox *combo, const QString &current, const QString &excluded,
                     const QString &noneText);
    void showRows(const QList<QWidget *> &fields);

    // One undoable change of the shown device; nothing when `after` changes nothing.
    void commitDevice(const Device &after, const QString &text,
                      const QString &mergeKey = QString());
    void commitText(const QString &field, const QString &value);
    void commitCount();
    void commitAddress();
    void commitProperty(const QString &key, const QJsonValue &value);
    void commitHost();
    void commitZoneKind();
    void showError(const QString &text);
    QString flowsOf(const QString &id) const;

    PlanDocument *m_document;
    QString m_id;
    QStringList m_alongWith; // further devices of m_id's role edited with it
    bool m_refreshing = false;

    QLabel *m_heading;
    QGridLayout *m_form;
    QHash<QWidget *, QLabel *> m_labels;
    QLineEdit *m_title;
    QPushButton *m_portSettings;
    QLabel *m_summary;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_count;
    QComboBox *m_host;
    QLineEdit *m_address;
    QComboBox *m_dbms;
    QComboBox *m_edition;
    QComboBox *m_primary;
    QCheckBox *m_internet;
    QCheckBox *m_gatewayMode;
    QCheckBox *m_pushServer;
    QCheckBox *m_ksnProxy;
    QComboBox *m_server;
    QList<QWidget *> m_fields; // every form row's field, to show a subset
    QLabel *m_error;
    QLabel *m_hint;
};
