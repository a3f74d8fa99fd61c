"""Exports a trained cross-encoder (train.py's best.pt) to the quantized ONNX model QuoteStance ships, with its
vocabulary and settings, and fits the temperature that calibrates its probabilities on the dev logits.

  /usr/bin/python3 training/cross-encoder/export.py --run /tmp/ce-run --encoder-jar JAR --weights q4 \
      --out core/src/main/resources/org/quotestance/minilm

Writes cross-encoder.onnx, vocab.txt and cross-encoder.json. With --weights q4 (what ships: a 12-layer encoder fits
the ~25 MB budget only so) each weight MatMul becomes ONNX Runtime's MatMulNBits with 4-bit weights, a float scale
and a 4-bit zero point per --block weights along the input, the range per block chosen by least squared error; the
word-embedding table is 4-bit too (a float16 scale and a zero point per --embedding-block columns), decoded after
the lookup by standard ops. With --weights int7 (the earlier 6-layer model): DynamicQuantizeLinear ->
MatMulInteger -> Cast -> Mul with 7-bit symmetric per-column weights, the embedding table int8 with a scale per
row. The float model (cross-encoder-float.onnx) stays in --run, for comparison.
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
from quant import CLIP_SHRINKS  # noqa: E402  (4-bit: the ranges tried per block; 1.0 is min to max)
from train import softmax  # noqa: E402
import data  # noqa: E402

ACCURACY_LEVEL = 0  # MatMulNBits computes in float (level 4, int8 activations, measured slower here and no better)
WEIGHT_LEVELS = 63  # 7-bit symmetric: without VNNI, full 8-bit products overflow the int16 accumulation more often


def export_float(model, path):
    model.eval()
    ids = torch.tensor([[101, 2023, 2003, 102, 1037, 3231, 102]])
    torch.onnx.export(model, (ids, torch.ones_like(ids), torch.zeros_like(ids)), path,
                      input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"},
                                    "token_type_ids": {0: "batch", 1: "sequence"}, "logits": {0: "batch"}},
                      opset_version=14, do_constant_folding=True)


def pack4(codes):
    """4-bit codes (uint8, last axis even) packed two to a byte, the first in the low nibble."""
    return (codes[..., 0::2] | (codes[..., 1::2] << 4)).astype(np.uint8)


def blocks4(w, block):
    """W [K, N] quantized per block of `block` rows along K, asymmetric: codes [N, K/block, block], scales and
    zero points [N, K/block]; W[k, n] is about (code - zero) * scale."""
    k, n = w.shape
    g = w.T.reshape(n, k // block, block)
    best_err = np.full(g.shape[:2], np.inf)
    codes, scale, zero = np.zeros(g.shape), np.zeros(g.shape[:2]), np.zeros(g.shape[:2])
    for shrink in CLIP_SHRINKS:  # each block keeps the range, narrowed toward zero, with the least squared error
        lo, hi = g.min(axis=-1) * shrink, g.max(axis=-1) * shrink
        s = np.maximum(hi - lo, 1e-12) / 15
        z = np.clip(np.round(-lo / s), 0, 15)
        c = np.clip(np.round(g / s[..., None]) + z[..., None], 0, 15)
        err = (((c - z[..., None]) * s[..., None] - g) ** 2).sum(axis=-1)
        better = err < best_err
        best_err = np.where(better, err, best_err)
        codes, scale, zero = np.where(better[..., None], c, codes), np.where(better, s, scale), np.where(better, z, zero)
    return codes.astype(np.uint8), scale.astype(np.float32), zero.astype(np.uint8)


def matmul_nbits(a, out, w, base, block):
    """x @ W as ONNX Runtime's com.microsoft MatMulNBits with 4-bit weights (ORT's own layout: B [N, blocks,
    block/2] packed low nibble first, scales [N * blocks], zero points [N * ceil(blocks / 2)] packed likewise)."""
    k, n = w.shape
    codes, scale, zero = blocks4(w, block)
    if zero.shape[1] % 2:
        zero = np.concatenate([zero, np.zeros((n, 1), np.uint8)], axis=1)
    inits = [numpy_helper.from_array(pack4(codes), base + "_q4"),
             numpy_helper.from_array(scale.reshape(-1), base + "_scales"),
             numpy_helper.from_array(pack4(zero).reshape(-1), base + "_zeros")]
    node = helper.make_node("MatMulNBits", [a, base + "_q4", base + "_scales", base + "_zeros"], [out],
                            domain="com.microsoft", K=k, N=n, bits=4, block_size=block, accuracy_level=ACCURACY_LEVEL)
    return [node], inits


def gather4(ids, out, table, base, block):
    """The word-embedding lookup over a 4-bit table: per row, a scale (float16) and zero point per block of `block`
    columns; byte j of a row holds column j in its low nibble and column j + width/2 in its high one."""
    v, width = table.shape
    codes, scale, zero = blocks4(table.T, block)  # [V, width / block, block], [V, width / block]
    codes = codes.reshape(v, width)
    half = width // 2
    inits = [numpy_helper.from_array((codes[:, :half] | (codes[:, half:] << 4)).astype(np.uint8), base + "_q4"),
             numpy_helper.from_array(scale.astype(np.float16), base + "_scales"),
             numpy_helper.from_array(zero, base + "_zeros"),
             numpy_helper.from_array(np.array(16, np.float32), base + "_16"),
             numpy_helper.from_array(np.array([-1], np.int64), base + "_last"),
             numpy_helper.from_array(np.array([0, 0, width // block, block], np.int64), base + "_blocked"),
             numpy_helper.from_array(np.array([0, 0, width], np.int64), base + "_rows")]
    t = out + "_"
    nodes = [helper.make_node("Gather", [base + "_q4", ids], [t + "packed"], axis=0),
             helper.make_node("Cast", [t + "packed"], [t + "bytes"], to=TensorProto.FLOAT),
             helper.make_node("Div", [t + "bytes", base + "_16"], [t + "div"]),
             helper.make_node("Floor", [t + "div"], [t + "high"]),
             helper.make_node("Mul", [t + "high", base + "_16"], [t + "high16"]),
             helper.make_node("Sub", [t + "bytes", t + "high16"], [t + "low"]),
             helper.make_node("Concat", [t + "low", t + "high"], [t + "codes"], axis=-1),
             helper.make_node("Reshape", [t + "codes", base + "_blocked"], [t + "blocks"]),
             helper.make_node("Gather", [base + "_zeros", ids], [t + "z8"], axis=0),
             helper.make_node("Cast", [t + "z8"], [t + "zf"], to=TensorProto.FLOAT),
             helper.make_node("Unsqueeze", [t + "zf", base + "_last"], [t + "z"]),
             helper.make_node("Gather", [base + "_scales", ids], [t + "s16"], axis=0),
             helper.make_node("Cast", [t + "s16"], [t + "sf"], to=TensorProto.FLOAT),
             helper.make_node("Unsqueeze", [t + "sf", base + "_last"], [t + "s"]),
             helper.make_node("Sub", [t + "blocks", t + "z"], [t + "centred"]),
             helper.make_node("Mul", [t + "centred", t + "s"], [t + "scaled"]),
             helper.make_node("Reshape", [t + "scaled", base + "_rows"], [out])]
    return nodes, inits


def quantize(src, dst, weights="int7", block=32, embedding_block=32):
    m = onnx.load(src)
    g = m.graph
    inits = {i.name: i for i in g.initializer}
    nodes, added, drop = [], [], set()
    if weights == "q4":
        m.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    for node in g.node:
        weight_matmul = node.op_type == "MatMul" and node.input[1] in inits and len(inits[node.input[1]].dims) == 2
        embedding = node.op_type == "Gather" and node.input[0] in inits and inits[node.input[0]].dims[0] > 10000
        if weights == "q4" and (weight_matmul or embedding):
            base = node.input[1] if weight_matmul else node.input[0]
            w = numpy_helper.to_array(inits[base]).astype(np.float32)
            drop.add(base)
            n_, i_ = (matmul_nbits(node.input[0], node.output[0], w, base, block) if weight_matmul
                      else gather4(node.input[1], node.output[0], w, base, embedding_block))
            nodes += n_
            added += i_
        elif weight_matmul:
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
        elif embedding:
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


def fit_temperature(logits, gold):
    """The temperature that minimises the negative log-likelihood of the dev labels (grid search, 0.5 to 3)."""
    def nll(t):
        return -sum(math.log(max(1e-12, softmax(r, t)[g])) for r, g in zip(logits, gold)) / len(gold)
    return min((0.5 + 0.01 * k for k in range(251)), key=nll)


# Statements written for this check (not from any data set): the Java test reads their ids and float logits and
# checks its own tokenizer and the quantized model against them.
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
    p.add_argument("--weights", choices=["int7", "q4"], default="int7",
                   help="int7: 7-bit per-column MatMulInteger weights; q4: 4-bit MatMulNBits, a scale and zero point "
                        "per block of --block weights (a 12-layer encoder fits in the size budget only so)")
    p.add_argument("--block", type=int, default=16, help="q4: weights per scale and zero point in the MatMuls")
    p.add_argument("--embedding-block", type=int, default=32, help="q4: the same in the word-embedding table")
    p.add_argument("--parity-out", help="where to write the Java test's parity fixture (ids and float logits)")
    a = p.parse_args()
    model = from_state(torch.load(os.path.join(a.run, "best.pt")))
    float_path = os.path.join(a.run, "cross-encoder-float.onnx")
    export_float(model, float_path)
    os.makedirs(a.out, exist_ok=True)
    quantize(float_path, os.path.join(a.out, "cross-encoder.onnx"), a.weights, a.block, a.embedding_block)
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
