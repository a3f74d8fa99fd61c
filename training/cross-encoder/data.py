"""Training and dev examples from ../shared/data/stance (read where they are, never copied) and the project's own
examples, labelled as QuoteStance's Java readers (org.quotestance.eval.stance.StanceDatasets) label them."""
import collections
import csv
import io
import json
import os
import re

LABEL = {"FAVOR": 0, "AGAINST": 1, "NEUTRAL": 2}
GWSD_TARGET = "Climate change is a serious concern"
CLIMATE = re.compile(r"(?i)\b(climate change|global warming|climate|warming|greenhouse)\b")
OPEN, CLOSE = "<", ">"

Example = collections.namedtuple("Example", "text mentions target label soft", defaults=(None,))
"""soft: the raters' label shares in LABEL order (GWSD), or None."""


def marked(text, mentions):
    """The text with each mention wrapped in < and > (the marks the Java side adds, CrossEncoderStanceModel)."""
    out, at = [], 0
    for s, e in sorted(mentions):
        if s < at:
            continue
        out += [text[at:s], OPEN, text[s:e], CLOSE]
        at = e
    out.append(text[at:])
    return "".join(out)


def java_hash(s):
    h = 0
    for c in s.encode("utf-16-le").decode("utf-16-le"):
        for unit in ([ord(c)] if ord(c) < 0x10000 else [0xD800 + ((ord(c) - 0x10000) >> 10), 0xDC00 + ((ord(c) - 0x10000) & 0x3FF)]):
            h = (31 * h + unit) & 0xFFFFFFFF
    return h - (1 << 32) if h >= 1 << 31 else h


def newsmtsc(path):
    """Every target of every line, one example each (the benchmark's own unit); polarity 6/2/4 = FAVOR/AGAINST/NEUTRAL."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            row = json.loads(line)
            s = row["sentence_normalized"]
            for t in row["targets"]:
                label = {6: "FAVOR", 2: "AGAINST", 4: "NEUTRAL"}[int(t["polarity"])]
                out.append(Example(s, [(t["from"], t["to"])], s[t["from"]:t["to"]], LABEL[label]))
    return out


def gwsd(path):
    """(train, dev): the workers' majority, ties NEUTRAL; dev when Java's hash of the guid is divisible by 5."""
    train, dev = [], []
    with open(path, encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    header = rows[0]
    workers = [k for k, h in enumerate(header) if h.startswith("worker_")]
    si, gi = header.index("sentence"), header.index("guid")
    for r in rows[1:]:
        if not any(x.strip() for x in r):
            continue
        votes = collections.Counter()
        for k in workers:
            v = r[k].strip().lower()
            if v in ("agrees", "agree"):
                votes["FAVOR"] += 1
            elif v in ("disagrees", "disagree"):
                votes["AGAINST"] += 1
            elif v == "neutral":
                votes["NEUTRAL"] += 1
        fv, av, nv = votes["FAVOR"], votes["AGAINST"], votes["NEUTRAL"]
        label = "FAVOR" if fv > av and fv > nv else "AGAINST" if av > fv and av > nv else "NEUTRAL"
        text = r[si]
        total = fv + av + nv
        e = Example(text, [(m.start(), m.end()) for m in CLIMATE.finditer(text)], GWSD_TARGET, LABEL[label],
                    [fv / total, av / total, nv / total] if total else None)
        (dev if java_hash(r[gi]) % 5 == 0 else train).append(e)
    return train, dev


def own(paths):
    out = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                row = json.loads(line)
                text, mention = row["text"], row.get("mention", "")
                spans = [(text.index(mention), text.index(mention) + len(mention))] if mention and mention in text else []
                out.append(Example(text, spans, row["target"], LABEL[row["label"].upper()]))
    return out


def ibm_proposition(motion):
    """A debate motion as a proposition, as the Java reader (StanceDatasets.ibmClaimStance) makes it: "This house
    believes that P" is P, "This house would X" is "We should X", "This house supports X" and "This house believes in
    X" are "We should support X"."""
    m = re.match(r"(?i)this house (believes that |believes in |believes |would |supports )?(.*)$", motion.strip())
    if m:
        lead, rest = (m.group(1) or "").lower(), m.group(2)
        motion = {"would ": "We should ", "supports ": "We should support ", "believes in ": "We should support "}.get(lead, "") + rest
    return motion[:1].upper() + motion[1:]


def ibm(path, split="train"):
    """IBM Claim Stance, one split of it (train or test, split by topic): the claim's stance (PRO/CON) toward the topic's proposition; the
    claim's target span marked. Each line of the file is one quoted CSV record followed by semicolons."""
    out = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    def record(line):
        line = line.rstrip(";")
        if line.startswith('"') and line.endswith('"'):
            line = next(csv.reader([line]))[0]
        return next(csv.reader(io.StringIO(line)))
    header = record(lines[0])
    col = {h: k for k, h in enumerate(header)}
    for line in lines[1:]:
        if not line.strip():
            continue
        r = record(line)
        if len(r) != len(header):
            continue  # a claim with a line break or a quoted ";" breaks its record here (the Java reader keeps them)
        if r[col["split"]] != split:
            continue
        text = r[col["claims.claimCorrectedText"]]
        target = ibm_proposition(r[col["topicText"]])
        ct = r[col["claims.claimTarget.text"]]
        spans = [(text.index(ct), text.index(ct) + len(ct))] if ct and ct in text else []
        out.append(Example(text, spans, target, LABEL["FAVOR" if r[col["claims.stance"]] == "PRO" else "AGAINST"]))
    return out


def load(root, own_paths, with_ibm):
    gtrain, gdev = gwsd(os.path.join(root, "gwsd", "GWSD-without-heldout.tsv"))
    train = {"newsmtsc": newsmtsc(os.path.join(root, "newsmtsc", "train.jsonl")), "gwsd": gtrain, "own": own(own_paths)}
    if with_ibm:
        train["ibm"] = ibm(os.path.join(root, "ibm-claim-stance", "claim_stance_dataset_v1.csv"))
    return {"train": train, "dev": {"newsmtsc": newsmtsc(os.path.join(root, "newsmtsc", "dev.jsonl")), "gwsd": gdev}}
