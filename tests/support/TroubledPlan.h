#pragma once

#include "bench/PlanGenerator.h"
#include "model/Plan.h"

#include <QJsonValue>

// The generated 1,000-entry plan with the mistakes and the variants the validator and the rules
// look at, spread over it: devices on the Internet and in the DMZ, broken references, duplicate
// ids, host rings, servers offline, KSN proxies, branch gateways, gateway chains, iOS devices, web
// consoles and reverse proxies, the legacy port.
inline Plan troubledPlan()
{
    using R = Catalog::Role;
    Plan plan = PlanGenerator::hierarchy(1000);
    plan.settings.legacyAgentPort = true;
    const auto set = [](Device &d, const char *key, const QJsonValue &value) {
        d.properties.insert(QLatin1String(key), value);
    };
    for (int i = 2; i < plan.devices.size(); ++i) {
        Device &d = plan.devices[i];
        // The generator's sites: 25 entries each, the server first, then its database, gateway,
        // two distribution points and the groups.
        const int site = (i - 2) / 25;
        const int slot = (i - 2) % 25;
        const QString lan = QStringLiteral("lan-%1").arg(site);
        const QString dmz = QStringLiteral("dmz-%1").arg(site);
        switch (site % 8 * 100 + slot) {
        case 100: // a second top server, offline
            set(d, "internetAccess", false);
            d.properties.remove(QStringLiteral("primary"));
            break;
        case 103:
            set(d, "ksnProxy", true);
            break;
        case 202:
            d.zone = lan;
            break;
        case 204:
            set(d, "gateway", true);
            break;
        case 205:
            set(d, "gateway", plan.devices[i - 1].id);
            break;
        case 300:
            set(d, "connectedBy", QStringLiteral("primary"));
            break;
        case 305:
        case 306:
        case 307:
            d.role = R::IosDevice;
            break;
        case 308:
            d.role = R::IosMdmServer;
            d.host = QStringLiteral("ksc-%1").arg(site);
            break;
        case 402:
            set(d, "gateway", QStringLiteral("gw-0"));
            break;
        case 403:
            set(d, "pushServer", true);
            break;
        case 500:
            d.zone = dmz;
            break;
        case 506:
            d.role = R::WebConsoleServer;
            break;
        case 507:
            d.role = R::AdminBrowser;
            d.zone = QStringLiteral("internet");
            break;
        case 508:
            d.role = R::MmcConsole;
            break;
        case 509:
            d.role = R::ReverseProxy;
            d.zone = dmz;
            break;
        case 600:
            set(d, "virtualServers", 600);
            break;
        case 601:
            d.zone = QStringLiteral("internet");
            break;
        case 700:
            set(d, "primary", QStringLiteral("ksc-%1").arg(site + 1));
            break;
        default:
            break;
        }
        switch (i % 97) {
        case 5:
            d.zone = QStringLiteral("internet");
            break;
        case 11:
            d.zone = dmz;
            break;
        case 17:
            set(d, "server", QStringLiteral("nowhere"));
            break;
        case 23:
            d.id = plan.devices[i - 1].id;
            break;
        case 29:
            d.host = plan.devices[i + 1].id;
            plan.devices[i + 1].host = d.id;
            break;
        case 31:
            set(d, "gateway", QStringLiteral("gw-%1").arg(site));
            break;
        case 37:
            d.zone.clear();
            break;
        case 41:
            d.host = d.id;
            break;
        default:
            break;
        }
    }
    plan.devices << Device::make(QStringLiteral("apns"), R::ApplePush, QStringLiteral("internet"));
    return plan;
}
