#include "app/Settings.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kRecent = QStringLiteral("files/recent");
const QString kOpening = QStringLiteral("files/opening");
const QString kLastFolder = QStringLiteral("files/lastFolder");
const QString kExportFolder = QStringLiteral("files/lastExportFolder");
const QString kLanguage = QStringLiteral("ui/language");
const QString kOutputLanguage = QStringLiteral("output/language");
const QString kShowFlows = QStringLiteral("canvas/showFlows");
const QString kSnapToGrid = QStringLiteral("canvas/snapToGrid");
const QString kDiagram = QStringLiteral("diagram/");
} // namespace

Settings::Settings(const QString &iniFile)
    : m_settings(iniFile.isEmpty() ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}

QStringList Settings::recentFiles() const
{
    return m_settings->value(kRecent).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    m_settings->setValue(kRecent, files.mid(0, MaxRecentFiles));
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    m_settings->setValue(kRecent, files);
}

QString Settings::openingFile() const
{
    return m_settings->value(kOpening).toString();
}

void Settings::setOpeningFile(const QString &path)
{
    if (path.isEmpty())
        m_settings->remove(kOpening);
    else
        m_settings->setValue(kOpening, path);
    m_settings->sync(); // a crash right after must find it on disk
}

QString Settings::lastFolder() const
{
    return m_settings->value(kLastFolder).toString();
}

void Settings::setLastFolder(const QString &folder)
{
    m_settings->setValue(kLastFolder, folder);
}

QString Settings::lastExportFolder() const
{
    return m_settings->value(kExportFolder, lastFolder()).toString();
}

void Settings::setLastExportFolder(const QString &folder)
{
    m_settings->setValue(kExportFolder, folder);
}

QString Settings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

QString Settings::outputLanguage() const
{
    return m_settings->value(kOutputLanguage).toString();
}

void Settings::setOutputLanguage(const QString &language)
{
    m_settings->setValue(kOutputLanguage, language);
}

bool Settings::showFlows() const
{
    return m_settings->value(kShowFlows, true).toBool();
}

void Settings::setShowFlows(bool show)
{
    m_settings->setValue(kShowFlows, show);
}

bool Settings::snapToGrid() const
{
    return m_settings->value(kSnapToGrid, false).toBool();
}

void Settings::setSnapToGrid(bool snap)
{
    m_settings->setValue(kSnapToGrid, snap);
}

DiagramOptions Settings::diagramOptions() const
{
    DiagramOptions o;
    o.bundle = m_settings->value(kDiagram + QStringLiteral("bundle"), false).toBool();
    o.legend = m_settings->value(kDiagram + QStringLiteral("legend"), false).toBool();
    o.clouds = m_settings->value(kDiagram + QStringLiteral("clouds"), true).toBool();
    o.merge = m_settings->value(kDiagram + QStringLiteral("merge"), true).toBool();
    // The view by name: the enumeration's numbers may change between versions.
    const QString view = m_settings->value(kDiagram + QStringLiteral("view")).toString();
    if (view == QStringLiteral("overview"))
        o.view = DiagramOptions::View::Overview;
    else if (view == QStringLiteral("detail"))
        o.view = DiagramOptions::View::Detail;
    else if (view == QStringLiteral("site"))
        o.view = DiagramOptions::View::Site;
    o.site = m_settings->value(kDiagram + QStringLiteral("site")).toString();
    return o;
}

void Settings::setDiagramOptions(const DiagramOptions &options)
{
    m_settings->setValue(kDiagram + QStringLiteral("bundle"), options.bundle);
    m_settings->setValue(kDiagram + QStringLiteral("legend"), options.legend);
    m_settings->setValue(kDiagram + QStringLiteral("clouds"), options.clouds);
    m_settings->setValue(kDiagram + QStringLiteral("merge"), options.merge);
    const char *views[] = {"auto", "detail", "overview", "site"}; // DiagramOptions::View order
    m_settings->setValue(kDiagram + QStringLiteral("view"),
                         QString::fromLatin1(views[int(options.view)]));
    m_settings->setValue(kDiagram + QStringLiteral("site"), options.site);
}

void Settings::sync()
{
    m_settings->sync();
}
