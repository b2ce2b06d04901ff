#pragma once

#include "model/Finding.h"

#include <QDockWidget>
#include <QUrl>

#include <functional>

class PlanDocument;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// The findings dock: every finding of the plan with its severity icon, message and flow numbers.
// Selecting one shows its devices on the canvas; "Fix" applies its repair as one undo step.
class FindingsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit FindingsDock(PlanDocument *document, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *fixButton() const { return m_fix; }
    // Selects the first finding with this code; false when there is none.
    bool selectCode(const QString &code);
    std::optional<Finding> currentFinding() const;
    // What hovering over a row shows: the finding's message and its fix (empty for no finding).
    QString toolTip(const QTreeWidgetItem *item) const;
    QPushButton *helpButton() const { return m_help; }
    // The KSC help page on the selected finding, in the window's language (empty: none selected).
    QUrl documentationUrl() const;
    // How "KSC Help" opens a page (the desktop's browser; tests look instead).
    void setUrlOpener(std::function<void(const QUrl &)> open) { m_openUrl = std::move(open); }

public slots:
    void applyFix();

signals:
    // The devices and zones of the selected finding (empty when none is selected).
    void findingSelected(const QStringList &devices, const QStringList &zones);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void updateFix();
    void onSelection();
    static QString key(const Finding &finding);

    PlanDocument *m_document;
    QTreeWidget *m_tree;
    QLabel *m_fixText;
    QPushButton *m_fix;
    QPushButton *m_help;
    std::function<void(const QUrl &)> m_openUrl;
    QList<Finding> m_shown; // the findings the tree's rows show, in their order
};
