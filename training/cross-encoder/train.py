"""Fine-tunes a BERT-style encoder (e5-small-v2 ships; all-MiniLM-L6-v2 and bge-small-en-v1.5 were measured) as a
stance cross-encoder: [CLS] target [SEP] statement [SEP] -> FAVOR / AGAINST /
NEUTRAL, the target's mentions marked in the statement with < and >. Deterministic (one thread, fixed seed, fixed
order). Model selection on the dev splits only (NewsMTSC dev.jsonl, GWSD's dev fifth). Writes the best epoch's
weights, its dev logits and a log to --out; export.py turns them into the shipped ONNX model
(run.sh: 4-bit).

  /usr/bin/python3 training/cross-encoder/train.py --encoder-jar JAR --data ../shared/data/stance --out /tmp/ce-run
"""
import argparse
import json
import math
import os
import random
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa: E402
from model import from_state, pretrained, read_encoder_jar  # noqa: E402
from quant import quantization_aware  # noqa: E402
from wordpiece import WordPiece  # noqa: E402


def batches(items, size, shuffle, rng):
    """Items sorted into length buckets, cut into batches; the batch order shuffled when training."""
    order = sorted(range(len(items)), key=lambda i: (len(items[i][0]), i))
    out = [order[k:k + size] for k in range(0, len(order), size)]
    if shuffle:
        rng.shuffle(out)
    return out


def tensors(items, idx):
    width = max(len(items[i][0]) for i in idx)
    ids = torch.zeros(len(idx), width, dtype=torch.long)
    types = torch.zeros(len(idx), width, dtype=torch.long)
    mask = torch.zeros(len(idx), width, dtype=torch.long)
    for r, i in enumerate(idx):
        a, t = items[i][0], items[i][1]
        ids[r, :len(a)] = torch.tensor(a)
        types[r, :len(t)] = torch.tensor(t)
        mask[r, :len(a)] = 1
    labels = torch.tensor([items[i][2] for i in idx])
    shares = torch.tensor([items[i][3] for i in idx], dtype=torch.float32)  # a distribution per item
    return ids, mask, types, labels, shares


def macro_f1(gold, pred):
    f = []
    for c in range(3):
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred) if g == c and p != c)
        f.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return 100 * sum(f) / 3


def logits_of(model, items, size=32):
    model.eval()
    out = [None] * len(items)
    with torch.no_grad():
        for idx in batches(items, size, False, None):
            ids, mask, types, _, _ = tensors(items, idx)
            for i, row in zip(idx, model(ids, mask, types)):
                out[i] = row.tolist()
    return out


OWN_EXAMPLES = ["training/stance-examples.jsonl", "training/stance-examples-2.jsonl"]


def encoded(tok, e, max_length, target=(0.0, 0.0, 0.0)):
    """One example as batches() and tensors() take it: ids, type ids, label and target distribution."""
    return (*tok.pair(e.target, data.marked(e.text, e.mentions), max_length), e.label, list(target))


def dev_scores(model, dev):
    """Macro-F1 and logits per dev set of {name: (encoded items, gold labels)}."""
    scores, logits = {}, {}
    for name, (items, gold) in dev.items():
        logits[name] = logits_of(model, items)
        scores[name] = macro_f1(gold, [max(range(3), key=lambda c: row[c]) for row in logits[name]])
    return scores, logits


def teacher_key(e):
    """An example's key in a teacher's logits file (teacher.py): its target and its marked text."""
    return e.target + "\x1f" + data.marked(e.text, e.mentions)


def softmax(row, t):
    z = [v / t for v in row]
    m = max(z)
    ex = [math.exp(v - m) for v in z]
    return [v / sum(ex) for v in ex]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--encoder-jar", "--minilm-jar", dest="minilm_jar", required=True,
                   help="a langchain4j embedding jar with float weights: e5-small-v2 (run.sh), all-MiniLM-L6-v2 or bge-small-en-v1.5")
    p.add_argument("--data", required=True)
    p.add_argument("--own", nargs="+", default=OWN_EXAMPLES)
    p.add_argument("--out", required=True)
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--lr", type=float, default=5e-5)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--max-length", type=int, default=128)
    p.add_argument("--gwsd-repeat", type=int, default=2)
    p.add_argument("--own-repeat", type=int, default=2)
    p.add_argument("--ibm", action="store_true", help="also train on IBM Claim Stance's train split")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--soft-gwsd", action="store_true",
                   help="train on GWSD's rater label shares instead of the majority label")
    p.add_argument("--stop-after", type=int, help="stop after this epoch (the schedule still spans --epochs)")
    p.add_argument("--init", help="start from this checkpoint (a best.pt of an earlier stage) instead of the pretrained encoder")
    p.add_argument("--newsmtsc-fraction", type=float, default=1.0,
                   help="train on this share of NewsMTSC train (a seeded sample), e.g. in a second, GWSD-weighted stage")
    p.add_argument("--teacher", help="a teacher's logits per training example (teacher.py): each target becomes "
                                      "--teacher-weight of the teacher's distribution and the rest of the label's")
    p.add_argument("--teacher-weight", type=float, default=0.5)
    p.add_argument("--quantization-aware", action="store_true",
                   help="compute with the 4-bit weights export.py --weights q4 writes (quant.py), scoring the start "
                        "point as epoch 0: an epoch is kept only if the rounded model scores better than it")
    p.add_argument("--block", type=int, default=16, help="with --quantization-aware: as export.py's --block")
    p.add_argument("--embedding-block", type=int, default=32, help="with --quantization-aware: as export.py's")
    p.add_argument("--refresh", type=int, default=200,
                   help="with --quantization-aware: steps between choosing each block's range again (0: only before "
                        "each dev scoring)")
    p.add_argument("--teacher-temperature", type=float, default=1.0)
    a = p.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(a.seed)
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    log = open(os.path.join(a.out, "train.log"), "a", buffering=1)

    def say(*x):
        line = time.strftime("%H:%M:%S ") + " ".join(str(v) for v in x)
        print(line, flush=True)
        log.write(line + "\n")

    vocab, onnx_bytes = read_encoder_jar(a.minilm_jar)
    tok = WordPiece(vocab)
    model = from_state(torch.load(a.init)) if a.init else pretrained(onnx_bytes)
    say("encoder", os.path.basename(a.minilm_jar), len(model.layers), "layers")
    rounding = quantization_aware(model, a.block, a.embedding_block) if a.quantization_aware else []

    sets = data.load(a.data, a.own, a.ibm)
    teacher = json.load(open(a.teacher)) if a.teacher else None

    def enc(examples, distil=True):
        def gold(e):
            if a.soft_gwsd and e.soft is not None:
                return e.soft
            return [1.0 if c == e.label else 0.0 for c in range(3)]

        def target(e):
            if teacher is None or not distil:
                return gold(e)
            t = softmax(teacher[teacher_key(e)], a.teacher_temperature)
            return [a.teacher_weight * tc + (1 - a.teacher_weight) * gc for tc, gc in zip(t, gold(e))]
        return [encoded(tok, e, a.max_length, target(e)) for e in examples]
    train = []
    if a.newsmtsc_fraction < 1:
        news = sets["train"]["newsmtsc"]
        sets["train"]["newsmtsc"] = random.Random(a.seed).sample(news, int(len(news) * a.newsmtsc_fraction))
    for name, examples in sets["train"].items():
        repeat = {"gwsd": a.gwsd_repeat, "own": a.own_repeat}.get(name, 1)
        say("train", name, len(examples), "x", repeat)
        train += enc(examples) * repeat
    dev = {name: (enc(examples, False), [e.label for e in examples]) for name, examples in sets["dev"].items()}
    say("dev", {k: len(v[1]) for k, v in dev.items()}, "args", vars(a))

    steps_per_epoch = math.ceil(len(train) / a.batch)
    total = steps_per_epoch * a.epochs
    warmup = int(0.06 * total)
    no_decay = [p_ for n, p_ in model.named_parameters() if "ln" in n or n.endswith(".bias")]
    decay = [p_ for n, p_ in model.named_parameters() if not ("ln" in n or n.endswith(".bias"))]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": no_decay, "weight_decay": 0.0}], lr=a.lr)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: s / max(1, warmup) if s < warmup
                                              else max(0.0, (total - s) / max(1, total - warmup)))
    best, step, started = -1.0, 0, time.time()

    def keep(epoch, scores, logits):
        torch.save(model.state_dict(), os.path.join(a.out, "best.pt"))
        with open(os.path.join(a.out, "dev-logits.json"), "w") as f:
            json.dump({"epoch": epoch, "scores": scores, "logits": logits,
                       "gold": {k: v[1] for k, v in dev.items()}, "args": vars(a)}, f)
        say("kept epoch", epoch)
    if rounding:  # the start point, rounded: what exporting it without this stage would ship
        scores, logits = dev_scores(model, dev)
        best = sum(scores.values()) / len(scores)
        say(f"epoch 0 dev macro-F1 {scores} mean {best:.2f}")
        keep(0, scores, logits)
    for epoch in range(1, a.epochs + 1):
        model.train()
        loss_sum = 0.0
        for k, idx in enumerate(batches(train, a.batch, True, rng)):
            ids, mask, types, labels, shares = tensors(train, idx)
            loss = F.cross_entropy(model(ids, mask, types), shares if a.soft_gwsd or teacher else labels)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            loss_sum += loss.item()
            if rounding and a.refresh > 0 and step % a.refresh == 0:
                for q in rounding:
                    q.refresh()
            if step % 50 == 0:
                say(f"epoch {epoch} step {step}/{total} loss {loss_sum / (k + 1):.4f} {time.time() - started:.0f}s")
        for q in rounding:  # score the ranges the export will choose for these weights
            q.refresh()
        scores, logits = dev_scores(model, dev)
        score = sum(scores.values()) / len(scores)
        say(f"epoch {epoch} dev macro-F1 {scores} mean {score:.2f}")
        torch.save(model.state_dict(), os.path.join(a.out, f"epoch-{epoch}.pt"))
        if score > best:
            best = score
            keep(epoch, scores, logits)
        if a.stop_after and epoch >= a.stop_after:
            break
    say("done", f"{time.time() - started:.0f}s", "best", f"{best:.2f}")


if __name__ == "__main__":
    main()
