#pragma once

// Shared by the GUI tests: a main window on an isolated settings file and recovery folder, with
// questions answered by the test instead of a dialog.

#include "app/MainWindow.h"
#include "app/Settings.h"
#include "app/canvas/CanvasView.h"
#include "app/document/DocumentController.h"
#include "app/document/OutputController.h"
#include "app/document/PlanDocument.h"
#include "model/io/PlanFile.h"
#include "model/io/Templates.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct GuiFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<MainWindow> window;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    QStringList asked; // texts of the questions asked, in order

    GuiFixture() { settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("s.ini"))); }

    QString recoveryFolder() const { return dir.filePath(QStringLiteral("recovery")); }

    MainWindow *open(const QString &file = QString())
    {
        window = std::make_unique<MainWindow>(settings.get(), recoveryFolder());
        window->setPrompt([this](QMessageBox::Icon, const QString &, const QString &text,
                                 QMessageBox::StandardButtons) {
            asked << text;
            return answer;
        });
        window->files()->start(file);
        window->resize(1400, 900);
        window->show();
        return window.get();
    }

    // The window shown on the reference plan, the canvas at 100 %: where the canvas tests start.
    // Null when the window never appeared.
    MainWindow *openOnCanvas()
    {
        open();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        window->view()->zoomActualSize();
        return window.get();
    }

    // Loads the reference plan without its gateway (and the MDM server on the gateway's host),
    // so that the agents on the Internet have no path to the server.
    void loadPlanWithoutGateway()
    {
        Plan plan = *Templates::load(QStringLiteral("gateway"));
        plan.devices.removeAt(plan.deviceIndex(QStringLiteral("gateway")));
        plan.devices.removeAt(plan.deviceIndex(QStringLiteral("mdm")));
        const QString path = dir.filePath(QStringLiteral("no-gateway.json"));
        QString error;
        QVERIFY2(PlanFile::save(plan, path, &error), qPrintable(error));
        QVERIFY(window->files()->loadFile(path));
        window->view()->zoomActualSize();
    }

    // Where a scene point lies in the canvas's viewport, scrolled into view first.
    QPoint viewportPoint(const QPointF &scenePos) const
    {
        window->view()->centerOn(scenePos);
        return window->view()->mapFromScene(scenePos);
    }

    // A mouse drag on the canvas from one scene point to another, in ten moves.
    void dragOnCanvas(const QPointF &from, const QPointF &to) const
    {
        QWidget *viewport = window->view()->viewport();
        window->view()->centerOn((from + to) / 2);
        const QPoint a = window->view()->mapFromScene(from);
        const QPoint b = window->view()->mapFromScene(to);
        QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, a);
        for (int step = 1; step <= 10; ++step)
            QTest::mouseMove(viewport, a + (b - a) * step / 10);
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, b);
    }

    PlanDocument *document() const { return window->document(); }
    QByteArray bytes() const { return PlanFile::serialize(document()->plan()); }

    // A plan file cut off in the middle of its zones, in the temporary folder; its path.
    QString writeBrokenPlan() const
    {
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write("{\n  \"format\": \"portolan-plan\",\n  \"version\": 1,\n  \"zones\": [\n");
        return path;
    }
};

inline bool hasFinding(const PlanDocument *document, const QString &code)
{
    for (const Finding &f : document->findings()) {
        if (f.code == code)
            return true;
    }
    return false;
}
