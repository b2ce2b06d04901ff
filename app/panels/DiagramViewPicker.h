#pragma once

#include "diagrams/DiagramOptions.h"

#include <QWidget>

class Plan;
class QCheckBox;
class QComboBox;
class QLabel;

// The Diagram tab's row choosing what the figure shows: the view (automatic, overview, detail or
// one site), the site's Administration Server, and whether entries that draw alike merge. The
// choice survives edits: the server list follows the plan and keeps the picked server while it
// exists.
class DiagramViewPicker : public QWidget
{
    Q_OBJECT

public:
    explicit DiagramViewPicker(QWidget *parent = nullptr);

    // Writes the choice into `options` (view, site, merge); a Site view without a server to
    // show falls back to automatic.
    void apply(DiagramOptions &options) const;
    void set(const DiagramOptions &options);
    // The plan's Administration Servers, by name, for the site list.
    void setServers(const Plan &plan);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSiteList();

    QLabel *m_viewLabel;
    QComboBox *m_view;
    QComboBox *m_site;
    QCheckBox *m_merge;
};
