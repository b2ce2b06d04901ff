#!/usr/bin/env python3
"""Fills unfinished messages of a .ts file from a JSON file of {"context|source": translation}.

A translation is a string, or a list of numerus forms. Keys may omit "context|" when the source is
unambiguous. Prints the messages still unfinished afterwards, so a translator sees what is left.
Usage: scripts/ts-fill.py translations/portolan_ru.ts translations.json"""
import json
import sys
import xml.etree.ElementTree as ET

ts_path, json_path = sys.argv[1], sys.argv[2]
with open(json_path, encoding="utf-8") as f:
    table = json.load(f)
tree = ET.parse(ts_path)
left = []
for context in tree.getroot().iter("context"):
    name = context.findtext("name")
    for message in context.iter("message"):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        source = message.findtext("source")
        value = table.get(f"{name}|{source}", table.get(source))
        if value is None:
            left.append(f"{name}|{source}")
            continue
        for child in list(translation):
            translation.remove(child)
        del translation.attrib["type"]
        if message.get("numerus") == "yes":
            translation.text = None
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
with open(ts_path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding="utf-8", xml_declaration=False)
print("\n".join(left))
print(f"{len(left)} unfinished", file=sys.stderr)
