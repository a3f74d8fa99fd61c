#!/usr/bin/env python3
"""Checks that two sets of QuoteStance JSON Lines (e.g. `quotestance analyze` and the Spark job's part files)
hold the same documents with the same quotes and speakers. Usage: same-quotes.py A.jsonl B.jsonl [B2.jsonl ...]
(the B files are read together). Exits 1 and names the first documents that differ."""
import json
import sys


def read(paths):
    docs = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    d = json.loads(line)
                    if d["document"] in docs:
                        sys.exit(f"{d['document']} appears twice (in {path})")
                    docs[d["document"]] = d
    return docs


def key(d):
    if "error" in d:
        return ("error", d["error"])
    quotes = [(q["start"], q["end"], q["kind"], q["speaker"], q["rule"]) for q in d["quotes"]]
    speakers = [(s["id"], s["name"], tuple(s["aliases"]), s["type"]) for s in d["speakers"]]
    return quotes, speakers


a, b = read(sys.argv[1:2]), read(sys.argv[2:])
if not a:
    sys.exit(f"{sys.argv[1]} holds no documents")
differ = sorted(n for n in set(a) | set(b) if n not in a or n not in b or key(a[n]) != key(b[n]))
quotes = sum(len(d.get("quotes", [])) for d in a.values())
if differ:
    print(f"{len(differ)} of {len(set(a) | set(b))} documents differ, e.g. {differ[:5]}")
    sys.exit(1)
print(f"same documents ({len(a)}), quotes ({quotes}) and speakers")
