#include "app/dialogs/PlanDiffDialog.h"

#include "model/io/OutputFile.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

// Two heading levels down: the diff's title and sections are sized for a document, too large in a
// dialog. Only the view changes; copied and saved Markdown keep the diff's own levels.
QString demoteHeadings(const QString &markdown)
{
    QStringList lines = markdown.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.startsWith(QLatin1Char('#')))
            line.prepend(QStringLiteral("##"));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PlanDiffDialog::PlanDiffDialog(const Plan &saved, const Analysis &open, const Texts &texts,
                               const QString &savedFile, QWidget *parent)
    : QDialog(parent), m_diff(PlanDiff::compare(Analysis(saved), open, texts)),
      m_markdown(QString::fromUtf8(m_diff.write(QStringLiteral("md")))), m_savedFile(savedFile),
      m_heading(new QLabel), m_browser(new QTextBrowser), m_copy(new QPushButton),
      m_save(new QPushButton), m_close(new QPushButton)
{
    // The diff's own Markdown: the same words as `portolan diff --format md`, in the language of
    // the document's texts (the window's).
    m_browser->setMarkdown(demoteHeadings(m_markdown));
    m_browser->setOpenLinks(false);
    m_heading->setWordWrap(true);

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_copy, &QPushButton::clicked, this, &PlanDiffDialog::copyMarkdown);
    connect(m_save, &QPushButton::clicked, this, &PlanDiffDialog::saveDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 560);
    retranslateUi();
}

void PlanDiffDialog::retranslateUi()
{
    setWindowTitle(tr("Compare with Saved File"));
    m_heading->setText(tr("Changes from the saved file %1 to the open plan:")
                           .arg(QDir::toNativeSeparators(m_savedFile)));
    m_copy->setText(tr("&Copy"));
    m_save->setText(tr("&Save as Markdown…"));
    m_close->setText(tr("Close"));
}

void PlanDiffDialog::copyMarkdown()
{
    QApplication::clipboard()->setText(m_markdown);
}

bool PlanDiffDialog::saveMarkdown(const QString &path)
{
    QString error;
    if (OutputFile::write(path, m_markdown.toUtf8(), &error))
        return true;
    QMessageBox::warning(this, tr("Cannot save the comparison"), error);
    return false;
}

void PlanDiffDialog::saveDialog()
{
    const QString suggested =
        QFileInfo(m_savedFile)
            .absoluteDir()
            .filePath(QFileInfo(m_savedFile).completeBaseName() + QStringLiteral("-changes.md"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the comparison"), suggested,
                                                      tr("Markdown files (*.md)"));
    if (!path.isEmpty())
        saveMarkdown(path);
}

void PlanDiffDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
