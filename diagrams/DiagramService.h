#pragma once

#include "diagrams/DiagramFormat.h"
#include "diagrams/DiagramOptions.h"
#include "model/Analysis.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

class DiagramRenderer;

// Draws diagrams off the GUI thread. Graphviz is not thread-safe, so one worker thread owns the
// one renderer of the process and does every layout; the window never waits for it. Requests
// carry a generation: a request overtaken by a newer one before it starts is dropped, so after a
// burst of edits only the newest plan is laid out.
class DiagramService : public QObject
{
    Q_OBJECT

public:
    explicit DiagramService(QObject *parent = nullptr);
    ~DiagramService() override;

    // Every request takes an analysis, not a plan: the worker draws the flows the window already
    // derived (an Analysis is immutable and shared, safe to hand to the worker thread).
    // The SVG for the on-screen view; answered by rendered() unless overtaken.
    void request(const Analysis &analysis, const DiagramOptions &options);
    // A file in any format; `done` runs on the GUI thread with an error message or empty.
    void exportTo(const Analysis &analysis, const DiagramOptions &options, DiagramFormat format,
                  const QString &path, std::function<void(const QString &error)> done);
    // Blocks until the worker has drawn everything asked so far (tests, shutdown).
    void waitForIdle();
    // The SVG of this plan now, for printing: waits for the worker (one layout, after what is
    // queued) instead of taking the on-screen figure, which may be a moment old or in another
    // language.
    std::optional<QByteArray> svgNow(const Analysis &analysis, const DiagramOptions &options,
                                     QString *error);

signals:
    // `notice`: why the figure differs from the view asked for, in the options' language; empty
    // when it does not.
    void rendered(const QByteArray &svg, const QString &notice);
    void failed(const QString &error);

private:
    QThread m_thread;
    QObject *m_worker;                     // lives on m_thread
    DiagramRenderer *m_renderer = nullptr; // created, used and deleted on m_thread only
    std::atomic<quint64> m_latest{0};
};
