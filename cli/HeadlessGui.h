#pragma once

#include <QGuiApplication>

#include <memory>

// The QGuiApplication the painting verbs (PNG, PDF) need for fonts, made to run anywhere: on the
// offscreen platform when there is no display, and without Qt's start-up warning about an unset
// XDG_RUNTIME_DIR (cron, CI), so that a verb that succeeds prints nothing on standard error.
// `argc` must outlive the application, as for QGuiApplication itself.
std::unique_ptr<QGuiApplication> makeHeadlessGuiApplication(int &argc, char **argv);
