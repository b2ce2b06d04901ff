#include "Templates.h"

#include "PlanFile.h"

#include <QFile>

namespace {
struct TemplateInfo
{
    const char *name;
    const char *description; // context "Templates"
};

const TemplateInfo kTemplates[] = {
    {"gateway", QT_TRANSLATE_NOOP("Templates", "Server in the LAN, devices on the Internet, "
                                               "connection gateway in the DMZ (the reference)")},
    {"lan-only", QT_TRANSLATE_NOOP("Templates", "Everything in the LAN")},
    {"hierarchy", QT_TRANSLATE_NOOP("Templates", "Primary server in the LAN and two secondary "
                                                 "servers")},
    {"reverse-proxy", QT_TRANSLATE_NOOP("Templates", "Server in the LAN, devices on the Internet, "
                                                     "reverse proxy")},
    {"server-in-dmz", QT_TRANSLATE_NOOP("Templates", "Server in the DMZ, devices on the "
                                                     "Internet")},
};
} // namespace

QStringList Templates::names()
{
    QStringList result;
    for (const TemplateInfo &t : kTemplates)
        result << QLatin1String(t.name);
    return result;
}

QString Templates::description(const QString &name, const Texts &texts)
{
    for (const TemplateInfo &t : kTemplates) {
        if (name == QLatin1String(t.name))
            return texts.text("Templates", t.description);
    }
    return {};
}

QByteArray Templates::bytes(const QString &name)
{
    if (!names().contains(name))
        return {};
    QFile file(QStringLiteral(":/templates/%1.json").arg(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::optional<Plan> Templates::load(const QString &name)
{
    const QByteArray data = bytes(name);
    if (data.isEmpty())
        return std::nullopt;
    return PlanFile::parse(data, QStringLiteral(":/templates/%1.json").arg(name), nullptr);
}
