#include "model/io/Templates.h"

#include "model/io/PlanFile.h"

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
// Every title and name the shipped templates use, so that a plan started in Russian reads in
// Russian. Host names (KSC-01, SQL-HQ) and product names are not translated.
const char *const kTemplateTexts[] = {
    QT_TRANSLATE_NOOP("TemplateText", "Admin console"),
    QT_TRANSLATE_NOOP("TemplateText", "Admin workstation"),
    QT_TRANSLATE_NOOP("TemplateText", "Administrator's device"),
    QT_TRANSLATE_NOOP("TemplateText", "Android devices"),
    QT_TRANSLATE_NOOP("TemplateText", "Apple APNs"),
    QT_TRANSLATE_NOOP("TemplateText", "Branch 1 computers"),
    QT_TRANSLATE_NOOP("TemplateText", "Branch 2 computers"),
    QT_TRANSLATE_NOOP("TemplateText", "Branch office 1"),
    QT_TRANSLATE_NOOP("TemplateText", "Branch office 2"),
    QT_TRANSLATE_NOOP("TemplateText", "Connection gateway"),
    QT_TRANSLATE_NOOP("TemplateText", "DMZ"),
    QT_TRANSLATE_NOOP("TemplateText", "Distribution point"),
    QT_TRANSLATE_NOOP("TemplateText", "Everything in the LAN"),
    QT_TRANSLATE_NOOP("TemplateText", "Head office"),
    QT_TRANSLATE_NOOP("TemplateText", "Head office LAN"),
    QT_TRANSLATE_NOOP("TemplateText", "Head office computers"),
    QT_TRANSLATE_NOOP("TemplateText", "Internet"),
    QT_TRANSLATE_NOOP("TemplateText", "Kaspersky servers"),
    QT_TRANSLATE_NOOP("TemplateText", "MySQL on KSC-BR2"),
    QT_TRANSLATE_NOOP("TemplateText", "Off-site laptops"),
    QT_TRANSLATE_NOOP("TemplateText", "Office LAN"),
    QT_TRANSLATE_NOOP("TemplateText", "Office computers"),
    QT_TRANSLATE_NOOP("TemplateText", "PostgreSQL on KSC-BR1"),
    QT_TRANSLATE_NOOP("TemplateText", "Primary server in the LAN and two secondary servers"),
    QT_TRANSLATE_NOOP("TemplateText", "Reverse proxy"),
    QT_TRANSLATE_NOOP("TemplateText", "SQL on KSC-01"),
    QT_TRANSLATE_NOOP("TemplateText", "SQL on KSC-DMZ"),
    QT_TRANSLATE_NOOP("TemplateText", "Server in the DMZ, devices on the Internet"),
    QT_TRANSLATE_NOOP("TemplateText",
                      "Server in the LAN, devices on the Internet, connection gateway in the DMZ"),
    QT_TRANSLATE_NOOP("TemplateText", "Server in the LAN, devices on the Internet, reverse proxy"),
    QT_TRANSLATE_NOOP("TemplateText", "iOS MDM Server"),
    QT_TRANSLATE_NOOP("TemplateText", "iOS devices"),
};

QString localized(const QString &text, const Texts &texts)
{
    for (const char *known : kTemplateTexts) {
        if (text == QLatin1String(known))
            return texts.text("TemplateText", known);
    }
    return text;
}
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

std::optional<Plan> Templates::load(const QString &name, const Texts &texts)
{
    std::optional<Plan> plan = load(name);
    if (!plan)
        return plan;
    plan->title = localized(plan->title, texts);
    for (Zone &zone : plan->zones)
        zone.name = localized(zone.name, texts);
    for (Device &device : plan->devices)
        device.name = localized(device.name, texts);
    return plan;
}
