"""Scores a checkpoint of train.py on IBM Claim Stance's test split, in float: accuracy, and macro-F1 over FAVOR and
AGAINST (the data set has no neutral claims). In Java, on the exported model: `quotestance evaluate stance --format
ibm --split test`.

    /usr/bin/python3 training/cross-encoder/ibm_test.py --checkpoint RUN/epoch-2.pt --encoder-jar JAR [--data DIR]
"""
import argparse
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa: E402
from model import from_state, read_encoder_jar  # noqa: E402
from train import encoded, logits_of  # noqa: E402
from wordpiece import WordPiece  # noqa: E402


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--checkpoint", required=True)
    p.add_argument("--encoder-jar", required=True, help="the jar whose vocabulary the checkpoint was trained with")
    p.add_argument("--data", default="../shared/data/stance")
    p.add_argument("--max-length", type=int, default=128)
    a = p.parse_args()
    torch.set_num_threads(1)
    vocab, _ = read_encoder_jar(a.encoder_jar)
    tok = WordPiece(vocab)
    model = from_state(torch.load(a.checkpoint))
    examples = data.ibm(os.path.join(a.data, "ibm-claim-stance", "claim_stance_dataset_v1.csv"), "test")
    logits = logits_of(model, [encoded(tok, e, a.max_length) for e in examples])
    pred = [max(range(3), key=lambda c: row[c]) for row in logits]
    gold = [e.label for e in examples]
    f1 = []
    for c in sorted(set(gold)):
        tp = sum(1 for g, q in zip(gold, pred) if g == c and q == c)
        fp = sum(1 for g, q in zip(gold, pred) if g != c and q == c)
        fn = sum(1 for g, q in zip(gold, pred) if g == c and q != c)
        f1.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    accuracy = sum(g == q for g, q in zip(gold, pred)) / len(gold)
    print(f"{a.checkpoint}: {len(gold)} claims, accuracy {100 * accuracy:.1f}%, macro-F1 {100 * sum(f1) / len(f1):.1f}")


if __name__ == "__main__":
    main()
