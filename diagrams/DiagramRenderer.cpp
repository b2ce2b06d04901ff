#include "diagrams/DiagramRenderer.h"

#include "diagrams/DrawioExport.h"
#include "diagrams/FigureBuilder.h"
#include "diagrams/FigureGeometry.h"
#include "diagrams/FigureIcons.h"
#include "diagrams/GraphBudget.h"
#include "diagrams/GraphBuilder.h"
#include "diagrams/GraphvizLock.h"
#include "diagrams/SvgExport.h"

#include <QCoreApplication>
#include <QMutexLocker>

#include <graphviz/gvc.h>

#include <cstdio>
#include <cstdlib>

namespace {

const char *const kContext = "DiagramRenderer";

// Graphviz reports problems through one process-wide callback; while a render runs, they are
// collected here instead of being printed, and become the error message on failure.
QByteArray &graphvizMessages()
{
    static QByteArray messages;
    return messages;
}

int collectMessage(char *message)
{
    graphvizMessages() += message;
    return 0;
}

class MessageCapture
{
public:
    MessageCapture() : m_previous(agseterrf(collectMessage)) { graphvizMessages().clear(); }
    ~MessageCapture() { agseterrf(m_previous); }
    MessageCapture(const MessageCapture &) = delete;
    MessageCapture &operator=(const MessageCapture &) = delete;

    QString failure(const char *what) const
    {
        QString text = QCoreApplication::translate(kContext, what);
        const QString details = QString::fromUtf8(graphvizMessages()).trimmed();
        if (!details.isEmpty())
            text += QStringLiteral(": ") + details;
        return text;
    }

private:
    agusererrf m_previous;
};

// The role whose icon each figure node shows: a site box shows its server's.
QList<Catalog::Role> rolesOf(const Plan &plan, const Figure &figure)
{
    QList<Catalog::Role> roles;
    for (const FigureNode &node : figure.nodes)
        roles << plan.devices[node.device].role;
    return roles;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Lays the graph out with dot, unless it is beyond the budget; false with a message otherwise.
// The caller holds the Graphviz lock and frees the layout after a success.
bool layOut(GVC_t *context, const GraphBuilder &builder, const MessageCapture &capture,
            QString *error)
{
    // Whatever view was chosen, Graphviz is not handed more than it can lay out in seconds (and
    // without crashing).
    if (const QString refusal = GraphBudget::refusal(GraphBudget::measure(builder.graph()));
        !refusal.isEmpty()) {
        setError(error, refusal);
        return false;
    }
    if (gvLayout(context, builder.graph(), "dot") != 0) {
        setError(error, capture.failure(QT_TRANSLATE_NOOP(
                            "DiagramRenderer", "Graphviz could not lay out the diagram")));
        return false;
    }
    return true;
}

} // namespace

DiagramRenderer::DiagramRenderer()
{
    const QMutexLocker lock(&GraphvizLock::mutex());
    m_context = GraphvizLock::context();
}

// The context is the process's (GraphvizLock::context): it outlives every renderer.
DiagramRenderer::~DiagramRenderer() = default;

std::optional<QByteArray> DiagramRenderer::render(const Analysis &analysis,
                                                  const DiagramOptions &options,
                                                  DiagramFormat format, QString *error)
{
    if (format == DiagramFormat::Dot)
        return dot(analysis, options, error);
    if (format == DiagramFormat::Drawio)
        return drawio(analysis, options, error);
    std::optional<QByteArray> image = svg(analysis, options, error);
    if (!image || format == DiagramFormat::Svg)
        return image;
    if (format == DiagramFormat::Png)
        return SvgExport::toPng(*image, options.dpi, error);
    return SvgExport::toPdf(*image, error);
}

std::optional<Figure> DiagramRenderer::figure(const Analysis &analysis,
                                              const DiagramOptions &options, QString *error)
{
    std::optional<Figure> figure = FigureBuilder(analysis, options).build(error);
    m_notice = figure ? figure->notice : QString();
    return figure;
}

std::optional<QByteArray> DiagramRenderer::svg(const Analysis &analysis,
                                               const DiagramOptions &options, QString *error)
{
    const std::optional<Figure> figure = this->figure(analysis, options, error);
    if (!figure)
        return std::nullopt;
    return svg(analysis, *figure, options, error);
}

std::optional<QByteArray> DiagramRenderer::svg(const Analysis &analysis, const Figure &figure,
                                               const DiagramOptions &options, QString *error)
{
    const QMutexLocker lock(&GraphvizLock::mutex());
    const MessageCapture capture;
    const GraphBuilder builder(analysis, figure, options);
    if (!layOut(m_context, builder, capture, error))
        return std::nullopt;
    char *data = nullptr;
    unsigned int length = 0;
    const int status = gvRenderData(m_context, builder.graph(), "svg", &data, &length);
    std::optional<QByteArray> result;
    if (status == 0 && data)
        result = options.icons ? FigureIcons::embed(QByteArray(data, qsizetype(length)),
                                                    rolesOf(analysis.plan(), figure))
                               : QByteArray(data, qsizetype(length));
    else
        setError(error, capture.failure(QT_TRANSLATE_NOOP("DiagramRenderer",
                                                          "Graphviz could not draw the diagram")));
    gvFreeRenderData(data);
    gvFreeLayout(m_context, builder.graph());
    return result;
}

std::optional<QByteArray> DiagramRenderer::drawio(const Analysis &analysis,
                                                  const DiagramOptions &options, QString *error)
{
    const std::optional<Figure> figure = this->figure(analysis, options, error);
    if (!figure)
        return std::nullopt;
    FigureGeometry geometry;
    {
        const QMutexLocker lock(&GraphvizLock::mutex());
        const MessageCapture capture;
        const GraphBuilder builder(analysis, *figure, options);
        if (!layOut(m_context, builder, capture, error))
            return std::nullopt;
        geometry = FigureGeometry::read(builder, *figure);
        gvFreeLayout(m_context, builder.graph());
    }
    return DrawioExport(analysis, *figure, geometry, options).write();
}

std::optional<QByteArray> DiagramRenderer::dot(const Analysis &analysis,
                                               const DiagramOptions &options, QString *error)
{
    const std::optional<Figure> figure = this->figure(analysis, options, error);
    if (!figure)
        return std::nullopt;
    const QMutexLocker lock(&GraphvizLock::mutex());
    const MessageCapture capture;
    const GraphBuilder builder(analysis, *figure, options);
    // agwrite writes to a FILE*; a memory stream keeps it off the disk.
    char *data = nullptr;
    size_t length = 0;
    FILE *stream = open_memstream(&data, &length);
    const bool written = stream && agwrite(builder.graph(), stream) == 0;
    if (stream)
        std::fclose(stream);
    std::optional<QByteArray> result;
    if (written)
        result = QByteArray(data, qsizetype(length));
    else
        setError(error, capture.failure(QT_TRANSLATE_NOOP(
                            "DiagramRenderer", "Graphviz could not write the DOT text")));
    std::free(data);
    return result;
}
