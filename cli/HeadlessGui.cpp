#include "cli/HeadlessGui.h"

namespace {

QtMessageHandler g_previousHandler = nullptr;

// QGuiApplication's platform start-up looks for Flatpak in the runtime folder and warns when
// XDG_RUNTIME_DIR is unset; Qt offers no way around that look-up. The verbs never use the
// folder, so exactly this message is dropped, and only while the application object is made.
void dropRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context,
                           const QString &message)
{
    // Qt's own words, not translated
    static const QLatin1String runtimeDirUnset("QStandardPaths: XDG_RUNTIME_DIR not set");
    if (type == QtWarningMsg && message.startsWith(runtimeDirUnset))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

std::unique_ptr<QGuiApplication> makeHeadlessGuiApplication(int &argc, char **argv)
{
    // No display is needed to paint into a file.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_previousHandler = qInstallMessageHandler(dropRuntimeDirWarning);
    auto app = std::make_unique<QGuiApplication>(argc, argv);
    qInstallMessageHandler(g_previousHandler);
    return app;
}
