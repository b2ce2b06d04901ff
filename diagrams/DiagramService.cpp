#include "diagrams/DiagramService.h"

#include "diagrams/DiagramRenderer.h"
#include "model/io/OutputFile.h"

#include <QMetaObject>

DiagramService::DiagramService(QObject *parent) : QObject(parent), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("diagram worker")); // not translated: for debuggers
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [this] { m_renderer = new DiagramRenderer; });
}

DiagramService::~DiagramService()
{
    // Nothing newer will be asked for: what is queued is dropped unseen, then the renderer goes
    // on its own thread, after every call queued before it.
    ++m_latest;
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            delete m_renderer;
            m_renderer = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DiagramService::request(const Analysis &analysis, const DiagramOptions &options)
{
    const quint64 generation = ++m_latest;
    QMetaObject::invokeMethod(m_worker, [this, analysis, options, generation] {
        if (generation != m_latest.load())
            return; // a newer plan is already queued: draw that one instead
        QString error;
        const std::optional<QByteArray> svg = m_renderer->svg(analysis, options, &error);
        const QString notice = m_renderer->notice();
        QMetaObject::invokeMethod(this, [this, svg, notice, error, generation] {
            if (generation != m_latest.load())
                return;
            if (svg)
                emit rendered(*svg, notice);
            else
                emit failed(error);
        });
    });
}

void DiagramService::exportTo(const Analysis &analysis, const DiagramOptions &options,
                              DiagramFormat format, const QString &path,
                              std::function<void(const QString &)> done)
{
    QMetaObject::invokeMethod(m_worker, [this, analysis, options, format, path, done] {
        QString error;
        const std::optional<QByteArray> bytes =
            m_renderer->render(analysis, options, format, &error);
        if (bytes)
            OutputFile::write(path, *bytes, &error);
        QMetaObject::invokeMethod(this, [done, error] { done(error); });
    });
}

void DiagramService::waitForIdle()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

std::optional<QByteArray> DiagramService::svgNow(const Analysis &analysis,
                                                 const DiagramOptions &options, QString *error)
{
    std::optional<QByteArray> svg;
    QMetaObject::invokeMethod(
        m_worker, [&] { svg = m_renderer->svg(analysis, options, error); },
        Qt::BlockingQueuedConnection);
    return svg;
}
