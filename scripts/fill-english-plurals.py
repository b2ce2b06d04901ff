#!/usr/bin/env python3
"""Fills the plural forms of translations/portolan_en.ts from the English source texts.

English sources write plurals as "%n device(s)" or "%n reverse prox(ies)"; the English .ts only
needs their singular and plural forms. Other messages stay untranslated: the source is English.
Run after `cmake --build build --target update_translations`."""
import pathlib
import re
import xml.etree.ElementTree as ET

path = pathlib.Path(__file__).resolve().parent.parent / "translations" / "portolan_en.ts"
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    singular = re.sub(r"\((ies|s)\)", lambda m: "y" if m.group(1) == "ies" else "", source)
    singular = singular.replace("prox", "proxy").replace("proxyy", "proxy")
    plural = re.sub(r"\((ies|s)\)", lambda m: m.group(1), source)
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    translation.attrib.pop("type", None)
    for form in (singular, plural):
        ET.SubElement(translation, "numerusform").text = form
tree.write(path, encoding="utf-8", xml_declaration=True)
