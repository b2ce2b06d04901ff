#!/usr/bin/env python3
"""Writes a KSC estate plan for benchmarks: a head office (primary server, its database, consoles,
groups of computers, a connection gateway in the DMZ, laptops and mobile devices on the Internet),
regions of secondary servers, and below each region its branches: a branch is a LAN with its own
secondary server, a database on the same host, a distribution point and groups of computers.
With --addresses, every device in a LAN or the DMZ gets an address: a host address for a single
device, a /24 subnet for a group (what the firewall exports turn into rules).
Usage: make-estate-plan.py ENTRIES FILE [--addresses]"""
import json
import math
import sys

HQ_ENTRIES = 16
REGION_ENTRIES = 6   # server, database, distribution point, three groups
BRANCH_ENTRIES = 15  # server, database, distribution point, twelve groups


def device(id_, role, name, zone, count=1, host=None, properties=None):
    return {"id": id_, "role": role, "name": name, "zone": zone, "count": count, "host": host,
            "address": None, "position": {"x": 0, "y": 0}, "properties": properties or {}}


def zone(id_, kind, name):
    return {"id": id_, "kind": kind, "name": name,
            "geometry": {"x": 0, "y": 0, "w": 400, "h": 300}}


def size(branches):
    regions = max(1, math.ceil(math.sqrt(branches))) if branches else 0
    return regions, HQ_ENTRIES + regions * REGION_ENTRIES + branches * BRANCH_ENTRIES


def site(devices, prefix, name, zone_id, primary, groups, per_group):
    server = f"{prefix}-ksc"
    devices.append(device(server, "administration-server", f"KSC {name}", zone_id,
                          properties={"edition": "linux", "internetAccess": True,
                                      "primary": primary}))
    devices.append(device(f"{prefix}-db", "database-server", f"PostgreSQL {name}", zone_id,
                          host=server, properties={"dbms": "postgresql"}))
    devices.append(device(f"{prefix}-dp", "distribution-point", f"Distribution point {name}",
                          zone_id, properties={"server": server}))
    for group in range(1, groups + 1):
        devices.append(device(f"{prefix}-pcs{group}", "managed-computer",
                              f"{name} computers {group}", zone_id, count=per_group,
                              properties={"server": server, "internetAccess": False}))
    return server


def plan(total):
    branches = 0
    while size(branches + 1)[1] <= total:
        branches += 1
    regions, _ = size(branches)
    zones = [zone("hq", "lan", "Head office"), zone("dmz", "dmz", "DMZ"),
             zone("internet", "internet", "Internet")]
    devices = [
        device("primary", "administration-server", "KSC-HQ", "hq",
               properties={"edition": "windows", "internetAccess": True}),
        device("primary-db", "database-server", "SQL-HQ", "hq", properties={"dbms": "mssql"}),
        device("mmc", "mmc-console", "Admin workstation", "hq"),
        device("webconsole", "web-console-server", "Web Console", "hq"),
        device("gateway", "connection-gateway", "Connection gateway", "dmz"),
        device("mdm", "ios-mdm-server", "iOS MDM", "dmz", host="gateway"),
        device("laptops", "managed-computer", "Laptops", "internet", count=300),
        device("android", "android-device", "Android phones", "internet", count=800),
        device("ios", "ios-device", "iPhones", "internet", count=400),
        device("admin", "admin-browser", "Administrator at home", "internet"),
        device("kaspersky", "kaspersky-cloud", "Kaspersky servers", "internet"),
        device("fcm", "google-fcm", "Google FCM", "internet"),
        device("apns", "apple-push", "Apple APNs", "internet"),
    ]
    for group in range(1, HQ_ENTRIES - len(devices) + 1):
        devices.append(device(f"hq-pcs{group}", "managed-computer", f"Head office floor {group}",
                              "hq", count=40, properties={"internetAccess": False}))
    region_servers = []
    for region in range(1, regions + 1):
        zone_id = f"region{region}"
        zones.append(zone(zone_id, "lan", f"Region {region}"))
        region_servers.append(site(devices, zone_id, f"Region {region}", zone_id, "primary",
                                   REGION_ENTRIES - 3, 60))
    for branch in range(1, branches + 1):
        zone_id = f"branch{branch}"
        region = region_servers[(branch - 1) % regions]
        zones.append(zone(zone_id, "lan", f"Branch {branch}"))
        site(devices, zone_id, f"Branch {branch}", zone_id, region, BRANCH_ENTRIES - 3, 25)
    group = 0
    while len(devices) < total:
        group += 1
        devices.append(device(f"hq-more{group}", "managed-computer", f"Head office wing {group}",
                              "hq", count=40, properties={"internetAccess": False}))
    return {"format": "portolan-plan", "version": 1,
            "title": f"Estate with {total} entries (benchmark)", "zones": zones,
            "devices": devices, "settings": {"legacyAgentPort": False, "ports": {}}}


def add_addresses(estate):
    internet = {z["id"] for z in estate["zones"] if z["kind"] == "internet"}
    for number, entry in enumerate(estate["devices"]):
        if entry["zone"] in internet:
            continue
        high, low = divmod(number, 250)
        if entry["count"] > 1:
            entry["address"] = f"10.{high}.{low}.0/24"
        else:
            entry["address"] = f"172.{16 + high // 250}.{high % 250}.{low + 1}"
    return estate


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4) or (len(sys.argv) == 4 and sys.argv[3] != "--addresses"):
        sys.exit(__doc__)
    result = plan(int(sys.argv[1]))
    if len(sys.argv) == 4:
        add_addresses(result)
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        json.dump(result, out, indent=1, ensure_ascii=False)
