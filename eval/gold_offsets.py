#!/usr/bin/env python3
"""Turns the hand annotations of eval/styles and eval/styles-2 into gold.jsonl offsets.

Each set's make_gold.py holds its annotations (DOCS) and calls write_gold(DOCS, its folder): every quote is
located with str.find from a running position (start snippet .. end snippet), each mention inside the same
paragraph (the nearest whole-word match before the quote's start or after its end), every result is
checked against the file text, and every quote mark of a file must be an annotated boundary or a listed
apostrophe.
"""
import json
import os
import re
import sys

PARA_END = None  # end snippet meaning "runs to the end of the paragraph"

OPEN = {"“", "‘", "'", '"'}
CLOSE = {"”", "’", "'", '"'}


def paragraph_bounds(text, pos):
    """[start, end) of the paragraph (block between blank lines) holding pos."""
    s = text.rfind("\n\n", 0, pos)
    s = 0 if s < 0 else s + 2
    e = text.find("\n\n", pos)
    if e < 0:
        e = len(text.rstrip("\n"))
    # a paragraph never includes its trailing newline
    while e > s and text[e - 1] == "\n":
        e -= 1
    return s, e


def find_mention(text, qs, qe, words, direction):
    ps, pe = paragraph_bounds(text, qs)
    pat = re.compile(r"(?<![\w’'])" + re.escape(words) + r"(?![\w])")
    if direction == "after":
        m = pat.search(text, qe, pe)
        assert m, (words, direction, text[qs:qe])
        return m.start(), m.end()
    last = None
    for m in pat.finditer(text, ps, qs):
        last = m
    assert last, (words, direction, text[qs:qe])
    return last.start(), last.end()


def build(doc, here):
    name = doc["document"]
    path = name + ".txt"
    text = open(os.path.join(here, path), encoding="utf-8").read()
    assert all(ord(c) < 0x10000 for c in text), "non-BMP character in " + path
    for sp, aliases in doc["speakers"].items():
        for a in aliases:
            assert a in text, (path, "alias not in text", a)
    out = []
    pos = 0
    for start_snip, end_snip, kind, speaker, mention in doc["quotes"]:
        s = text.find(start_snip, pos)
        assert s >= 0, (path, "start not found", start_snip)
        if end_snip is PARA_END:
            e = paragraph_bounds(text, s)[1]
        else:
            e = text.find(end_snip, s + 1)
            assert e >= 0, (path, "end not found", end_snip)
            e += len(end_snip)
        q_text = text[s:e]
        assert q_text[0] in OPEN, q_text
        ps, pe = paragraph_bounds(text, s)
        assert e <= pe, (path, "quote crosses a paragraph", q_text)
        if end_snip is not PARA_END:
            assert q_text[-1] in CLOSE, q_text
        q = {"start": s, "end": e, "text": q_text, "kind": kind,
             "speaker": speaker,
             "aliases": list(doc["speakers"][speaker]) if speaker else []}
        if mention:
            assert speaker
            ms, me = find_mention(text, s, e, *mention)
            q["mention"] = {"start": ms, "end": me}
        assert text[q["start"]:q["end"]] == q["text"]
        out.append(q)
        pos = s + 1
    out.sort(key=lambda q: (q["start"], -q["end"]))
    check_coverage(path, text, out)
    return {"document": name, "path": path, "quotes": out}


def check_coverage(path, text, quotes):
    """Every quote mark in the text must be an annotated boundary, or be
    inside an annotated quote, or (for ’ and ') be an apostrophe."""
    starts = {q["start"] for q in quotes}
    ends = {q["end"] - 1 for q in quotes}
    problems = []
    for i, c in enumerate(text):
        if c not in OPEN | CLOSE:
            continue
        if i in starts or i in ends:
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        apostrophe = c in "’'" and (
            (prev.isalpha() and nxt.isalpha())          # it’s, don’t
            or (prev == "s" and nxt in " \n"))          # players’ kit
        if apostrophe:
            continue
        problems.append((i, c, text[max(0, i - 20):i + 20]))
    for p in problems:
        print(path, "UNANNOTATED MARK", p, file=sys.stderr)
    assert not problems
    # Plural-possessive apostrophes look like closing marks: list them so a
    # human can confirm each one.
    for i, c in enumerate(text):
        if c in "’'" and i not in ends and text[i - 1] == "s" and text[i + 1:i + 2] in (" ", "\n"):
            print(path, "possessive apostrophe at", i, repr(text[i - 12:i + 8]))


def write_gold(docs, here):
    """Writes here/gold.jsonl for the annotations docs, then checks what it wrote; prints ok."""
    lines = []
    for doc in docs:
        g = build(doc, here)
        lines.append(json.dumps(g, ensure_ascii=False))
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    # validate what was written
    with open(os.path.join(here, "gold.jsonl"), encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            text = open(os.path.join(here, g["path"]), encoding="utf-8").read()
            for q in g["quotes"]:
                assert text[q["start"]:q["end"]] == q["text"]
                if "mention" in q:
                    m = q["mention"]
                    assert 0 <= m["start"] < m["end"] <= len(text)
    print("ok")
