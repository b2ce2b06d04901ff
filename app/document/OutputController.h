#pragma once

#include "app/dialogs/Prompt.h"
#include "diagrams/DiagramOptions.h"

#include <QObject>

#include <functional>

class ChecklistPdf;
class DiagramService;
class DiagramView;
class PlanDocument;
class QPrinter;
class QWidget;
class Settings;

// Everything the open plan turns into outside the window: the checklist as CSV, HTML, Markdown or
// PDF, the diagram as SVG, PNG, PDF or DOT, and the printed checklist and diagram, all in the
// output language (File ▸ Output Language, else the window's). Dialogs appear over the parent
// widget given; status lines go out through statusMessage().
class OutputController : public QObject
{
    Q_OBJECT

public:
    OutputController(PlanDocument *document, Settings *settings, DiagramService *diagrams,
                     QWidget *dialogParent);

    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    // Exported and printed diagrams look like the Diagram tab (bundle, legend, clouds); the
    // settings keep that look, for the outputs and the tab's next start.
    void drawLike(DiagramView *view);

    // The language of exports and prints.
    Texts outputTexts() const;
    void setOutputLanguage(const QString &language); // "" (the window's), "en", "ru"

    // `format`: a ChecklistWriter format, "xlsx", or "pdf" (with the diagram on its cover).
    bool exportChecklist(const QString &format, const QString &path);
    // `target`: a FirewallExport target (nftables, windows, csv).
    bool exportFirewall(const QString &target, const QString &path);
    static QString firewallSuffix(const QString &target); // nft, ps1, csv
    // Writes the diagram in the format of the path's extension, on the diagram worker;
    // diagramExported() tells when it is written.
    void exportDiagram(const QString &path);
    // The diagram in the output language, drawn for this moment's plan (prints, PDF covers).
    QByteArray diagramForOutput(QString *error) const;

    // The File menu's dialogs.
    void exportChecklistDialog(const QString &format);
    void exportDiagramDialog(const QString &extension);
    void exportFirewallDialog(const QString &target);
    void printChecklist();
    void printDiagram();

signals:
    void diagramExported(const QString &path);
    void statusMessage(const QString &text, int timeoutMs);

private:
    DiagramOptions diagramOptions() const; // the look of the Diagram tab, in the output language
    ChecklistPdf checklistPdf() const;
    void exported(const QString &path);
    void preview(const std::function<void(QPrinter *)> &paint);
    QString exportPath(const QString &title, const QString &base, const QString &extension);

    PlanDocument *m_document;
    Settings *m_settings;
    DiagramService *m_diagrams;
    QWidget *m_dialogParent;
    Prompt m_prompt;
};
