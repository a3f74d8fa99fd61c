"""Exports a trained cross-encoder (train.py's best.pt) to the int8 ONNX model QuoteStance ships, with its
vocabulary and settings, and fits the temperature that calibrates its probabilities on the dev logits.

  /usr/bin/python3 training/cross-encoder/export.py --run /tmp/ce-run --minilm-jar JAR \
      --out core/src/main/resources/org/quotestance/minilm

Writes cross-encoder.onnx (int8: each weight MatMul becomes DynamicQuantizeLinear -> MatMulInteger -> Cast -> Mul
with 7-bit symmetric per-column weights; the word-embedding table int8 with a scale per row), vocab.txt and
cross-encoder.json. The float model (cross-encoder-float.onnx) stays in --run, for comparison.
"""
import argparse
import json
import math
import os
import sys

import numpy as np
import onnx
import torch
from onnx import helper, numpy_helper, TensorProto

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model import LABELS, from_state, read_encoder_jar  # noqa: E402
import data  # noqa: E402

WEIGHT_LEVELS = 63  # 7-bit symmetric: without VNNI, full 8-bit products overflow the int16 accumulation more often


def export_float(model, path):
    model.eval()
    ids = torch.tensor([[101, 2023, 2003, 102, 1037, 3231, 102]])
    torch.onnx.export(model, (ids, torch.ones_like(ids), torch.zeros_like(ids)), path,
                      input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"},
                                    "token_type_ids": {0: "batch", 1: "sequence"}, "logits": {0: "batch"}},
                      opset_version=14, do_constant_folding=True)


def quantize(src, dst):
    m = onnx.load(src)
    g = m.graph
    inits = {i.name: i for i in g.initializer}
    nodes, added, drop = [], [], set()
    for node in g.node:
        if node.op_type == "MatMul" and node.input[1] in inits and len(inits[node.input[1]].dims) == 2:
            w = numpy_helper.to_array(inits[node.input[1]]).astype(np.float32)
            scale = np.maximum(np.abs(w).max(axis=0), 1e-12) / WEIGHT_LEVELS
            q = np.clip(np.round(w / scale), -WEIGHT_LEVELS, WEIGHT_LEVELS).astype(np.int8)
            base = node.input[1]
            drop.add(base)
            added += [numpy_helper.from_array(q, base + "_q"), numpy_helper.from_array(scale.astype(np.float32), base + "_scale")]
            a, out = node.input[0], node.output[0]
            nodes += [helper.make_node("DynamicQuantizeLinear", [a], [out + "_aq", out + "_as", out + "_az"]),
                      helper.make_node("MatMulInteger", [out + "_aq", base + "_q", out + "_az"], [out + "_i32"]),
                      helper.make_node("Cast", [out + "_i32"], [out + "_f"], to=TensorProto.FLOAT),
                      helper.make_node("Mul", [out + "_f", out + "_as"], [out + "_fa"]),
                      helper.make_node("Mul", [out + "_fa", base + "_scale"], [out])]
        elif node.op_type == "Gather" and node.input[0] in inits and inits[node.input[0]].dims[0] > 10000:
            table = numpy_helper.to_array(inits[node.input[0]]).astype(np.float32)
            scale = np.maximum(np.abs(table).max(axis=1, keepdims=True), 1e-12) / 127
            q = np.clip(np.round(table / scale), -127, 127).astype(np.int8)
            base = node.input[0]
            drop.add(base)
            added += [numpy_helper.from_array(q, base + "_q"), numpy_helper.from_array(scale.astype(np.float32), base + "_scale")]
            ids, out = node.input[1], node.output[0]
            nodes += [helper.make_node("Gather", [base + "_q", ids], [out + "_q"], axis=0),
                      helper.make_node("Cast", [out + "_q"], [out + "_f"], to=TensorProto.FLOAT),
                      helper.make_node("Gather", [base + "_scale", ids], [out + "_s"], axis=0),
                      helper.make_node("Mul", [out + "_f", out + "_s"], [out])]
        else:
            nodes.append(node)
    keep = [i for i in g.initializer if i.name not in drop] + added
    del g.node[:]
    g.node.extend(nodes)
    del g.initializer[:]
    g.initializer.extend(keep)
    onnx.checker.check_model(m)
    onnx.save(m, dst)


def ece(probs, gold, bins=10):
    total, err = len(gold), 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [k for k, p in enumerate(probs) if lo < max(p) <= hi or (b == 0 and max(p) == 0)]
        if idx:
            conf = sum(max(probs[k]) for k in idx) / len(idx)
            acc = sum(1 for k in idx if max(range(3), key=lambda c: probs[k][c]) == gold[k]) / len(idx)
            err += len(idx) / total * abs(conf - acc)
    return err


def softmax(row, t):
    z = [v / t for v in row]
    mx = max(z)
    e = [math.exp(v - mx) for v in z]
    return [v / sum(e) for v in e]


def fit_temperature(logits, gold):
    """The temperature that minimises the negative log-likelihood of the dev labels (grid search, 0.5 to 3)."""
    def nll(t):
        return -sum(math.log(max(1e-12, softmax(r, t)[g])) for r, g in zip(logits, gold)) / len(gold)
    return min((0.5 + 0.01 * k for k in range(251)), key=nll)


# Statements written for this check (not from any data set): the Java test reads their ids and float logits and
# checks its own tokenizer and the int8 model against them.
PARITY = [
    ("The harbour bridge should be rebuilt", "“We will do everything in our power to stop this bridge being rebuilt,” the mayor said.", "bridge"),
    ("The harbour bridge should be rebuilt", "Rebuilding the harbour bridge is the best investment this city can make, the minister said.", "harbour bridge"),
    ("The harbour bridge should be rebuilt", "The bridge was closed for two hours on Tuesday for a routine inspection.", "bridge"),
    ("Halvorsen", "Critics accused Halvorsen of misleading parliament about the fishing deal.", "Halvorsen"),
    ("Climate change is a serious concern", "Rising seas driven by global warming threaten millions of homes, scientists warned.", "global warming"),
    ("Climate change is a serious concern", "The so-called climate crisis is a fabrication pushed by activists and their allies.", "climate"),
    ("Café owners’ tax should be cut", "Zürich’s café owners — naïvely, some say — want a 12% cut (or more)…", "café owners"),
]


def parity(model, tok, max_length, path):
    model.eval()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for target, text, mention in PARITY:
            at = text.index(mention)
            ids, types = tok.pair(target, data.marked(text, [(at, at + len(mention))]), max_length)
            with torch.no_grad():
                logits = model(torch.tensor([ids]), torch.ones(1, len(ids), dtype=torch.long), torch.tensor([types]))[0]
            f.write(json.dumps({"target": target, "text": text, "mention": [at, at + len(mention)], "ids": ids,
                                "typeIds": types, "floatLogits": [round(v, 5) for v in logits.tolist()]},
                               ensure_ascii=False) + "\n")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--run", required=True)
    p.add_argument("--encoder-jar", "--minilm-jar", dest="minilm_jar", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--parity-out", help="where to write the Java test's parity fixture (ids and float logits)")
    a = p.parse_args()
    model = from_state(torch.load(os.path.join(a.run, "best.pt")))
    float_path = os.path.join(a.run, "cross-encoder-float.onnx")
    export_float(model, float_path)
    os.makedirs(a.out, exist_ok=True)
    quantize(float_path, os.path.join(a.out, "cross-encoder.onnx"))
    vocab = read_encoder_jar(a.minilm_jar)[0]
    dev = json.load(open(os.path.join(a.run, "dev-logits.json")))
    if a.parity_out:
        from wordpiece import WordPiece
        parity(model, WordPiece(vocab), dev["args"]["max_length"], a.parity_out)
    with open(os.path.join(a.out, "vocab.txt"), "w", encoding="utf-8", newline="\n") as f:
        for token, _ in sorted(vocab.items(), key=lambda kv: kv[1]):
            f.write(token + "\n")
    logits = [r for name in sorted(dev["logits"]) for r in dev["logits"][name]]
    gold = [g for name in sorted(dev["gold"]) for g in dev["gold"][name]]
    t = fit_temperature(logits, gold)
    before = ece([softmax(r, 1.0) for r in logits], gold)
    after = ece([softmax(r, t) for r in logits], gold)
    settings = {"labels": LABELS, "maxLength": dev["args"]["max_length"], "mentionOpen": data.OPEN,
                "mentionClose": data.CLOSE, "temperature": round(t, 2), "epoch": dev["epoch"],
                "devMacroF1": {k: round(v, 1) for k, v in dev["scores"].items()},
                "devEce": {"before": round(before, 4), "after": round(after, 4)}}
    with open(os.path.join(a.out, "cross-encoder.json"), "w", encoding="utf-8") as f:
        json.dump(settings, f, indent=2)
        f.write("\n")
    print(json.dumps(settings), os.path.getsize(os.path.join(a.out, "cross-encoder.onnx")), "bytes")


if __name__ == "__main__":
    main()
