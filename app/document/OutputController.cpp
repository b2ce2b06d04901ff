#include "app/document/OutputController.h"

#include "app/Settings.h"
#include "app/document/PlanDocument.h"
#include "app/panels/DiagramView.h"
#include "diagrams/ChecklistPdf.h"
#include "diagrams/DiagramService.h"
#include "exports/ChecklistWriter.h"
#include "exports/ChecklistXlsx.h"
#include "exports/FirewallExport.h"
#include "model/io/OutputFile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSvgRenderer>

OutputController::OutputController(PlanDocument *document, Settings *settings,
                                   DiagramService *diagrams, QWidget *dialogParent)
    : QObject(dialogParent), m_document(document), m_settings(settings), m_diagrams(diagrams),
      m_dialogParent(dialogParent), m_prompt(messageBoxPrompt(dialogParent))
{}

void OutputController::drawLike(DiagramView *view)
{
    view->setOptions(m_settings->diagramOptions());
    connect(view, &DiagramView::optionsChanged, this,
            [this, view] { m_settings->setDiagramOptions(view->options()); });
}

Texts OutputController::outputTexts() const
{
    // Exports and prints may speak another language than the window (File ▸ Output Language).
    const QString language = m_settings->outputLanguage();
    return language.isEmpty() ? m_document->texts() : Texts::forLanguage(language);
}

void OutputController::setOutputLanguage(const QString &language)
{
    m_settings->setOutputLanguage(language);
}

DiagramOptions OutputController::diagramOptions() const
{
    DiagramOptions options = m_settings->diagramOptions();
    options.texts = outputTexts();
    return options;
}

QByteArray OutputController::diagramForOutput(QString *error) const
{
    return m_diagrams->svgNow(m_document->analysis(), diagramOptions(), error)
        .value_or(QByteArray());
}

ChecklistPdf OutputController::checklistPdf() const
{
    ChecklistPdf pdf(m_document->analysis(), outputTexts());
    pdf.setDiagramOptions(diagramOptions());
    // In the window only the diagram worker may use Graphviz.
    DiagramService *diagrams = m_diagrams;
    pdf.setDiagramSource(
        [diagrams](const Analysis &analysis, const DiagramOptions &options, QString *error) {
            return diagrams->svgNow(analysis, options, error);
        });
    return pdf;
}

bool OutputController::exportChecklist(const QString &format, const QString &path)
{
    const Texts texts = outputTexts();
    // The checklist is rebuilt in the output language (its purposes and group titles are text),
    // with rules merged as the command line writes it by default.
    const QList<ChecklistRow> rows = Checklist::merge(m_document->analysis().checklist(texts));
    QByteArray bytes;
    QString error;
    if (format == QStringLiteral("pdf")) {
        bytes = checklistPdf().pdf();
    } else if (format == QStringLiteral("xlsx")) {
        bytes =
            ChecklistXlsx::write(m_document->plan(), rows, texts, &error).value_or(QByteArray());
    } else {
        bytes = ChecklistWriter::write(m_document->plan(), rows, format, texts);
    }
    if (bytes.isEmpty() || !OutputFile::write(path, bytes, &error)) {
        m_prompt(QMessageBox::Warning, tr("Cannot export the checklist"), error, QMessageBox::Ok);
        return false;
    }
    exported(path);
    return true;
}

bool OutputController::exportFirewall(const QString &target, const QString &path)
{
    // Rules per flow, unmerged: each firewall rule names the flows it opens.
    const Texts texts = outputTexts();
    const QByteArray bytes = FirewallExport::write(
        m_document->plan(), m_document->analysis().checklist(texts), target, texts);
    QString error;
    if (!OutputFile::write(path, bytes, &error)) {
        m_prompt(QMessageBox::Warning, tr("Cannot export the firewall rules"), error,
                 QMessageBox::Ok);
        return false;
    }
    exported(path);
    return true;
}

QString OutputController::firewallSuffix(const QString &target)
{
    if (target == QStringLiteral("windows"))
        return QStringLiteral("ps1");
    return target == QStringLiteral("nftables") ? QStringLiteral("nft") : QStringLiteral("csv");
}

void OutputController::exportFirewallDialog(const QString &target)
{
    const QString file = m_document->filePath();
    const QString base =
        (file.isEmpty() ? QStringLiteral("plan") : QFileInfo(file).completeBaseName()) +
        QStringLiteral("-firewall");
    const QString path = exportPath(tr("Export firewall rules"), base, firewallSuffix(target));
    if (!path.isEmpty())
        exportFirewall(target, path);
}

void OutputController::exportDiagram(const QString &path)
{
    const std::optional<DiagramFormat> format = diagramFormatFromPath(path);
    if (!format)
        return;
    DiagramOptions options = diagramOptions();
    options.dpi = 192; // sharp enough for a document, small enough to mail
    emit statusMessage(tr("Exporting %1…").arg(QDir::toNativeSeparators(path)), 0);
    m_diagrams->exportTo(m_document->analysis(), options, *format, path,
                         [this, path](const QString &error) {
                             if (!error.isEmpty()) {
                                 m_prompt(QMessageBox::Warning, tr("Cannot export the diagram"),
                                          error, QMessageBox::Ok);
                                 return;
                             }
                             exported(path);
                             emit diagramExported(path);
                         });
}

void OutputController::exported(const QString &path)
{
    m_settings->setLastExportFolder(QFileInfo(path).absolutePath());
    emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

QString OutputController::exportPath(const QString &title, const QString &base,
                                     const QString &extension)
{
    const QString suggested =
        QDir(m_settings->lastExportFolder()).filePath(base + QLatin1Char('.') + extension);
    return QFileDialog::getSaveFileName(m_dialogParent, title, suggested,
                                        tr("%1 files (*.%2)").arg(extension.toUpper(), extension));
}

void OutputController::exportChecklistDialog(const QString &format)
{
    const QString file = m_document->filePath();
    const QString base = file.isEmpty()
                             ? QStringLiteral("checklist")
                             : QFileInfo(file).completeBaseName() + QStringLiteral("-checklist");
    const QString path = exportPath(tr("Export checklist"), base, format);
    if (!path.isEmpty())
        exportChecklist(format, path);
}

void OutputController::exportDiagramDialog(const QString &extension)
{
    const QString file = m_document->filePath();
    const QString base =
        file.isEmpty() ? QStringLiteral("diagram") : QFileInfo(file).completeBaseName();
    const QString path = exportPath(tr("Export diagram"), base, extension);
    if (!path.isEmpty())
        exportDiagram(path);
}

void OutputController::printChecklist()
{
    const ChecklistDocument document = checklistPdf().document();
    preview([&document](QPrinter *printer) { document.print(printer); });
}

void OutputController::printDiagram()
{
    QString error;
    const QByteArray svg = diagramForOutput(&error);
    if (svg.isEmpty()) {
        m_prompt(QMessageBox::Warning, tr("Cannot print the diagram"), error, QMessageBox::Ok);
        return;
    }
    preview([&svg](QPrinter *printer) {
        QSvgRenderer renderer(svg);
        QPainter painter(printer);
        // The figure fills the page, keeping its proportions.
        QSizeF size = renderer.defaultSize();
        size.scale(printer->pageRect(QPrinter::DevicePixel).size(), Qt::KeepAspectRatio);
        renderer.render(&painter, QRectF(QPointF(0, 0), size));
    });
}

void OutputController::preview(const std::function<void(QPrinter *)> &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, m_dialogParent);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&paint](QPrinter *p) { paint(p); });
    dialog.exec();
}
