#!/usr/bin/env python3
"""Writes resources/templates/*.json, the five documented KSC schemes. After running it, rebuild
and pass each through `portolan new --template NAME -o resources/templates/NAME.json` so the files
are in the canonical form the plan writer produces (a test checks this)."""
import json
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "templates"


def zone(id, kind, name, x, y, w, h):
    return {"id": id, "kind": kind, "name": name, "geometry": {"x": x, "y": y, "w": w, "h": h}}


def dev(id, role, name, zone, x, y, count=1, host=None, address=None, **props):
    return {"id": id, "role": role, "name": name, "zone": zone, "count": count, "host": host,
            "address": address, "position": {"x": x, "y": y}, "properties": props}


def clouds(zone_id, x, y, fcm=False, apns=False):
    out = [dev("kaspersky", "kaspersky-cloud", "Kaspersky servers", zone_id, x, y)]
    if fcm:
        out.append(dev("fcm", "google-fcm", "Google FCM", zone_id, x, y + 100))
    if apns:
        out.append(dev("apns", "apple-push", "Apple APNs", zone_id, x, y + 200))
    return out


def plan(title, zones, devices):
    return {"format": "portolan-plan", "version": 1, "title": title, "zones": zones,
            "devices": devices, "settings": {"ports": {}, "legacyAgentPort": False}}


TEMPLATES = {
    "gateway": plan(
        "Server in the LAN, devices on the Internet, connection gateway in the DMZ",
        [zone("lan", "lan", "Head office LAN", 0, 0, 520, 560),
         zone("dmz", "dmz", "DMZ", 560, 0, 240, 560),
         zone("internet", "internet", "Internet", 840, 0, 440, 560)],
        [dev("ksc", "administration-server", "KSC-01", "lan", 200, 240, address="10.0.0.5",
             internetAccess=True, edition="windows"),
         dev("db", "database-server", "SQL-01", "lan", 40, 380, address="10.0.0.6", dbms="mssql"),
         dev("mmc", "mmc-console", "Admin console", "lan", 40, 60, address="10.0.0.20"),
         dev("webconsole", "web-console-server", "KSC-WEB", "lan", 200, 60, address="10.0.0.7"),
         dev("office", "managed-computer", "Office computers", "lan", 360, 400, count=500,
             internetAccess=False),
         dev("gateway", "connection-gateway", "Connection gateway", "dmz", 600, 240,
             address="192.0.2.10"),
         dev("mdm", "ios-mdm-server", "iOS MDM Server", "dmz", 600, 420, host="gateway",
             address="192.0.2.10"),
         dev("laptops", "managed-computer", "Off-site laptops", "internet", 880, 60, count=50),
         dev("android", "android-device", "Android devices", "internet", 880, 200, count=200),
         dev("ios", "ios-device", "iOS devices", "internet", 880, 340, count=100),
         dev("admin", "admin-browser", "Administrator's device", "internet", 880, 470)]
        + clouds("internet", 1100, 100, fcm=True, apns=True)),
    "lan-only": plan(
        "Everything in the LAN",
        [zone("lan", "lan", "Office LAN", 0, 0, 640, 480),
         zone("internet", "internet", "Internet", 680, 0, 280, 480)],
        [dev("ksc", "administration-server", "KSC-01", "lan", 240, 200, address="10.0.0.5"),
         dev("db", "database-server", "SQL on KSC-01", "lan", 240, 60, host="ksc",
             address="10.0.0.5", dbms="mssql"),
         dev("mmc", "mmc-console", "Admin workstation", "lan", 40, 60, address="10.0.0.20"),
         dev("office", "managed-computer", "Office computers", "lan", 40, 360, count=2000),
         dev("dp", "distribution-point", "Distribution point", "lan", 440, 360,
             address="10.0.1.10", pushServer=True)]
        + clouds("internet", 720, 200)),
    "hierarchy": plan(
        "Primary server in the LAN and two secondary servers",
        [zone("hq", "lan", "Head office", 0, 0, 480, 420),
         zone("branch1", "lan", "Branch office 1", 0, 460, 480, 300),
         zone("branch2", "lan", "Branch office 2", 520, 460, 480, 300),
         zone("internet", "internet", "Internet", 520, 0, 480, 420)],
        [dev("primary", "administration-server", "KSC-HQ", "hq", 200, 200, address="10.0.0.5"),
         dev("primary-db", "database-server", "SQL-HQ", "hq", 40, 60, address="10.0.0.6",
             dbms="mssql"),
         dev("mmc", "mmc-console", "Admin workstation", "hq", 320, 60, address="10.0.0.20"),
         dev("hq-pcs", "managed-computer", "Head office computers", "hq", 200, 330, count=3000),
         dev("branch1-ksc", "administration-server", "KSC-BR1", "branch1", 200, 520,
             address="10.1.0.5", primary="primary"),
         dev("branch1-db", "database-server", "PostgreSQL on KSC-BR1", "branch1", 40, 520,
             host="branch1-ksc", address="10.1.0.5", dbms="postgresql"),
         dev("branch1-pcs", "managed-computer", "Branch 1 computers", "branch1", 200, 680,
             count=800),
         dev("branch2-ksc", "administration-server", "KSC-BR2", "branch2", 720, 520,
             address="10.2.0.5", primary="primary"),
         dev("branch2-db", "database-server", "MySQL on KSC-BR2", "branch2", 560, 520,
             host="branch2-ksc", address="10.2.0.5", dbms="mysql"),
         dev("branch2-pcs", "managed-computer", "Branch 2 computers", "branch2", 720, 680,
             count=600)]
        + clouds("internet", 700, 200)),
    "reverse-proxy": plan(
        "Server in the LAN, devices on the Internet, reverse proxy",
        [zone("lan", "lan", "Head office LAN", 0, 0, 480, 480),
         zone("dmz", "dmz", "DMZ", 520, 0, 240, 480),
         zone("internet", "internet", "Internet", 800, 0, 440, 480)],
        [dev("ksc", "administration-server", "KSC-01", "lan", 200, 200, address="10.0.0.5"),
         dev("db", "database-server", "SQL-01", "lan", 40, 60, address="10.0.0.6", dbms="mssql"),
         dev("office", "managed-computer", "Office computers", "lan", 200, 360, count=800),
         dev("proxy", "reverse-proxy", "Reverse proxy", "dmz", 560, 200, address="192.0.2.20"),
         dev("laptops", "managed-computer", "Off-site laptops", "internet", 840, 60, count=120),
         dev("android", "android-device", "Android devices", "internet", 840, 260, count=300)]
        + clouds("internet", 1060, 100, fcm=True)),
    "server-in-dmz": plan(
        "Server in the DMZ, devices on the Internet",
        [zone("lan", "lan", "Office LAN", 0, 0, 360, 480),
         zone("dmz", "dmz", "DMZ", 400, 0, 300, 480),
         zone("internet", "internet", "Internet", 740, 0, 440, 480)],
        [dev("mmc", "mmc-console", "Admin workstation", "lan", 40, 60, address="10.0.0.20"),
         dev("office", "managed-computer", "Office computers", "lan", 40, 300, count=400),
         dev("ksc", "administration-server", "KSC-DMZ", "dmz", 460, 200,
             address="192.0.2.5"),
         dev("db", "database-server", "SQL on KSC-DMZ", "dmz", 460, 60, host="ksc",
             address="192.0.2.5", dbms="mssql"),
         dev("mdm", "ios-mdm-server", "iOS MDM Server", "dmz", 460, 360, host="ksc",
             address="192.0.2.5"),
         dev("laptops", "managed-computer", "Off-site laptops", "internet", 780, 60, count=80),
         dev("android", "android-device", "Android devices", "internet", 780, 200, count=150),
         dev("ios", "ios-device", "iOS devices", "internet", 780, 340, count=90)]
        + clouds("internet", 1000, 100, fcm=True, apns=True)),
}

for name, data in TEMPLATES.items():
    text = json.dumps(data, indent=4, sort_keys=True, ensure_ascii=False) + "\n"
    (OUT / f"{name}.json").write_text(text, encoding="utf-8")
    print(OUT / f"{name}.json")
