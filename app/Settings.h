#pragma once

#include "diagrams/DiagramOptions.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

// Everything the desktop program remembers between runs, typed. The only place QSettings is
// used; tests give it a file of their own.
class Settings
{
public:
    static constexpr int MaxRecentFiles = 8;

    // Default location (organization/application), or an explicit INI file.
    explicit Settings(const QString &iniFile = QString());
    ~Settings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const; // docks and toolbars
    void setWindowState(const QByteArray &state);

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);

    // The file being opened, written (and synced) before it is loaded and shown and cleared once
    // it was: found at start, it means the last run died opening it, so it is not reopened.
    QString openingFile() const;
    void setOpeningFile(const QString &path);

    QString lastFolder() const;
    void setLastFolder(const QString &folder);
    QString lastExportFolder() const;
    void setLastExportFolder(const QString &folder);

    QString language() const; // empty: follow the system
    void setLanguage(const QString &language);
    // Language of exports and prints; empty: the window's.
    QString outputLanguage() const;
    void setOutputLanguage(const QString &language);

    // Diagram options: whether the canvas shows the flow arrows, and the diagram tab's options
    // (bundle, legend, clouds).
    bool showFlows() const;
    void setShowFlows(bool show);
    // Whether moves on the canvas land on its grid.
    bool snapToGrid() const;
    void setSnapToGrid(bool snap);
    DiagramOptions diagramOptions() const; // the look only; the language is not kept
    void setDiagramOptions(const DiagramOptions &options);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
