#pragma once

#include "exports/PlanDiff.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

// "Compare with Saved File": what changes between a saved plan (old) and the open plan (new), as
// the diff's Markdown rendered in a browser, with buttons to copy it or save it for a ticket.
class PlanDiffDialog : public QDialog
{
    Q_OBJECT

public:
    // `savedFile` only names the old plan in the heading.
    PlanDiffDialog(const Plan &saved, const Analysis &open, const Texts &texts,
                   const QString &savedFile, QWidget *parent = nullptr);

    const PlanDiff &diff() const { return m_diff; }
    QString markdown() const { return m_markdown; }
    QTextBrowser *browser() const { return m_browser; }

    void copyMarkdown();
    // Writes the Markdown to `path` (no dialog); false and a message box when it cannot.
    bool saveMarkdown(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void saveDialog();

    PlanDiff m_diff;
    QString m_markdown;
    QString m_savedFile;
    QLabel *m_heading;
    QTextBrowser *m_browser;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPushButton *m_close;
};
