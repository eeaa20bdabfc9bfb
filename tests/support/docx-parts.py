"""Checks every XML part of a .docx is well-formed; prints JSON {errors, text}.

text is the w:t text of each part joined without separators, so a string the
renderer wrote into one paragraph appears in it literally.
"""
import json, sys, zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
errors, texts = [], []
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in z.namelist():
        if not name.endswith((".xml", ".rels")):
            continue
        try:
            root = ET.fromstring(z.read(name))
        except ET.ParseError as e:
            errors.append(f"{name}: {e}")
            continue
        texts.append("".join(t.text or "" for t in root.iter(W + "t")))
print(json.dumps({"errors": errors, "text": "\n".join(texts)}))
