#!/usr/bin/env python3
"""Writes a large KSC plan for benchmarks, in one of two shapes.

estate (the default): a head office (primary server, its database, consoles, groups of computers,
a connection gateway in the DMZ, laptops and mobile devices on the Internet), regions of secondary
servers, and below each region its branches: a branch is a LAN with its own secondary server, a
database on the same host, a distribution point and groups of computers.

hierarchy: a primary server in the head office, secondary servers in branch offices (each with
its database on the same host and groups of managed computers), Kaspersky's servers on the
Internet.

With --addresses, every device in a LAN or the DMZ gets an address: a host address for a single
device, a /24 subnet for a group (what the firewall exports turn into rules).

Usage: make-estate-plan.py [--shape estate|hierarchy] ENTRIES FILE [--addresses]"""
import argparse
import json
import math

HQ_ENTRIES = 16
REGION_ENTRIES = 6   # server, database, distribution point, three groups
BRANCH_ENTRIES = 15  # server, database, distribution point, twelve groups
HIERARCHY_BRANCH_ENTRIES = 20  # server, its database, 18 groups of computers


def device(id_, role, name, zone_id, count=1, host=None, properties=None):
    return {"id": id_, "role": role, "name": name, "zone": zone_id, "count": count, "host": host,
            "address": None, "position": {"x": 0, "y": 0}, "properties": properties or {}}


def zone(id_, kind, name):
    return {"id": id_, "kind": kind, "name": name,
            "geometry": {"x": 0, "y": 0, "w": 400, "h": 300}}


def primary(edition):
    return device("primary", "administration-server", "KSC-HQ", "hq",
                  properties={"edition": edition, "internetAccess": True})


def fill_head_office(devices, total, prefix, floor):
    """Groups of 40 computers in the head office until the plan has `total` entries."""
    group = 0
    while len(devices) < total:
        group += 1
        devices.append(device(f"hq-{prefix}{group}", "managed-computer",
                              f"Head office {floor} {group}", "hq", count=40,
                              properties={"internetAccess": False}))


def wrap(title, zones, devices):
    return {"format": "portolan-plan", "version": 1, "title": title, "zones": zones,
            "devices": devices, "settings": {"legacyAgentPort": False, "ports": {}}}


def estate_size(branches):
    regions = max(1, math.ceil(math.sqrt(branches))) if branches else 0
    return regions, HQ_ENTRIES + regions * REGION_ENTRIES + branches * BRANCH_ENTRIES


def site(devices, prefix, name, zone_id, server_above, groups, per_group):
    server = f"{prefix}-ksc"
    devices.append(device(server, "administration-server", f"KSC {name}", zone_id,
                          properties={"edition": "linux", "internetAccess": True,
                                      "primary": server_above}))
    devices.append(device(f"{prefix}-db", "database-server", f"PostgreSQL {name}", zone_id,
                          host=server, properties={"dbms": "postgresql"}))
    devices.append(device(f"{prefix}-dp", "distribution-point", f"Distribution point {name}",
                          zone_id, properties={"server": server}))
    for group in range(1, groups + 1):
        devices.append(device(f"{prefix}-pcs{group}", "managed-computer",
                              f"{name} computers {group}", zone_id, count=per_group,
                              properties={"server": server, "internetAccess": False}))
    return server


def estate(total):
    branches = 0
    while estate_size(branches + 1)[1] <= total:
        branches += 1
    regions, _ = estate_size(branches)
    zones = [zone("hq", "lan", "Head office"), zone("dmz", "dmz", "DMZ"),
             zone("internet", "internet", "Internet")]
    devices = [
        primary("windows"),
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
    fill_head_office(devices, HQ_ENTRIES, "pcs", "floor")
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
    fill_head_office(devices, total, "more", "wing")
    return wrap(f"Estate with {total} entries (benchmark)", zones, devices)


def hierarchy(total):
    zones = [zone("hq", "lan", "Head office"), zone("internet", "internet", "Internet")]
    devices = [primary("windows"),
               device("primary-db", "database-server", "SQL-HQ", "hq",
                      properties={"dbms": "mssql"}),
               device("mmc", "mmc-console", "Admin workstation", "hq"),
               device("kaspersky", "kaspersky-cloud", "Kaspersky servers", "internet")]
    branch = 0
    while len(devices) + HIERARCHY_BRANCH_ENTRIES <= total:
        branch += 1
        zone_id = f"branch{branch}"
        zones.append(zone(zone_id, "lan", f"Branch office {branch}"))
        server = f"{zone_id}-ksc"
        devices.append(device(server, "administration-server", f"KSC-BR{branch}", zone_id,
                              properties={"edition": "linux", "internetAccess": True,
                                          "primary": "primary"}))
        devices.append(device(f"{zone_id}-db", "database-server", f"PostgreSQL BR{branch}",
                              zone_id, host=server, properties={"dbms": "postgresql"}))
        for group in range(1, HIERARCHY_BRANCH_ENTRIES - 1):
            devices.append(device(f"{zone_id}-pcs{group}", "managed-computer",
                                  f"Branch {branch} floor {group}", zone_id, count=25,
                                  properties={"internetAccess": False}))
    fill_head_office(devices, total, "pcs", "floor")
    return wrap(f"Hierarchy with {total} devices (benchmark)", zones, devices)


SHAPES = {"estate": estate, "hierarchy": hierarchy}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0],
                                     usage="%(prog)s [--shape estate|hierarchy] ENTRIES FILE "
                                           "[--addresses]")
    parser.add_argument("--shape", choices=sorted(SHAPES), default="estate",
                        help="the kind of plan (default: estate)")
    parser.add_argument("entries", type=int, metavar="ENTRIES",
                        help="how many device entries the plan has")
    parser.add_argument("file", metavar="FILE", help="where to write the plan")
    parser.add_argument("--addresses", action="store_true",
                        help="give every LAN and DMZ device an address or a /24 subnet")
    args = parser.parse_args()
    result = SHAPES[args.shape](args.entries)
    if args.addresses:
        add_addresses(result)
    with open(args.file, "w", encoding="utf-8") as out:
        json.dump(result, out, indent=1, ensure_ascii=False)


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
    main()
