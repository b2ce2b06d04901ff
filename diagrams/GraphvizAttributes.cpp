#include "diagrams/GraphvizAttributes.h"

#include <QByteArray>

namespace GraphvizAttributes {

namespace {

// Graphviz does not modify these strings but declares them char*; the casts stay here.
char *mutableText(const char *text)
{
    return const_cast<char *>(text);
}

} // namespace

void set(void *object, const char *name, const char *value)
{
    agsafeset(object, mutableText(name), mutableText(value), mutableText(""));
}

void set(void *object, const char *name, const QString &value)
{
    const QByteArray bytes = value.toUtf8();
    set(object, name, bytes.constData());
}

void setDefault(Agraph_t *graph, int kind, const char *name, const char *value)
{
    agattr(graph, kind, mutableText(name), mutableText(value));
}

void setHtml(Agraph_t *graph, void *object, const char *name, const QString &html)
{
    QByteArray bytes = html.toUtf8();
    // agxset keeps the HTML mark of the interned string; our reference is released afterwards.
    char *value = agstrdup_html(graph, bytes.data());
    agsafeset(object, mutableText(name), value, mutableText(""));
    agstrfree(graph, value);
}

} // namespace GraphvizAttributes
