#!/usr/bin/env python3
"""Writes a large hierarchy plan for benchmarks: a primary server in the head office, secondary
servers in branch offices (each with its database on the same host and groups of managed
computers), Kaspersky's servers on the Internet. Usage: make-hierarchy-plan.py DEVICES FILE"""
import json
import sys


def device(id_, role, name, zone, count=1, host=None, properties=None):
    return {"id": id_, "role": role, "name": name, "zone": zone, "count": count, "host": host,
            "address": None, "position": {"x": 0, "y": 0}, "properties": properties or {}}


def plan(total):
    zones = [{"id": "hq", "kind": "lan", "name": "Head office",
              "geometry": {"x": 0, "y": 0, "w": 400, "h": 300}},
             {"id": "internet", "kind": "internet", "name": "Internet",
              "geometry": {"x": 0, "y": 0, "w": 400, "h": 300}}]
    devices = [device("primary", "administration-server", "KSC-HQ", "hq",
                      properties={"edition": "windows", "internetAccess": True}),
               device("primary-db", "database-server", "SQL-HQ", "hq",
                      properties={"dbms": "mssql"}),
               device("mmc", "mmc-console", "Admin workstation", "hq"),
               device("kaspersky", "kaspersky-cloud", "Kaspersky servers", "internet")]
    per_branch = 20  # server, its database, 18 groups of computers
    branch = 0
    while len(devices) + per_branch <= total:
        branch += 1
        zone = f"branch{branch}"
        zones.append({"id": zone, "kind": "lan", "name": f"Branch office {branch}",
                      "geometry": {"x": 0, "y": 0, "w": 400, "h": 300}})
        server = f"{zone}-ksc"
        devices.append(device(server, "administration-server", f"KSC-BR{branch}", zone,
                              properties={"edition": "linux", "internetAccess": True,
                                          "primary": "primary"}))
        devices.append(device(f"{zone}-db", "database-server", f"PostgreSQL BR{branch}", zone,
                              host=server, properties={"dbms": "postgresql"}))
        for group in range(1, per_branch - 1):
            devices.append(device(f"{zone}-pcs{group}", "managed-computer",
                                  f"Branch {branch} floor {group}", zone, count=25,
                                  properties={"internetAccess": False}))
    group = 0
    while len(devices) < total:
        group += 1
        devices.append(device(f"hq-pcs{group}", "managed-computer", f"Head office floor {group}",
                              "hq", count=40, properties={"internetAccess": False}))
    return {"format": "portolan-plan", "version": 1,
            "title": f"Hierarchy with {total} devices (benchmark)", "zones": zones,
            "devices": devices, "settings": {"legacyAgentPort": False, "ports": {}}}


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        json.dump(plan(int(sys.argv[1])), out, indent=1, ensure_ascii=False)
