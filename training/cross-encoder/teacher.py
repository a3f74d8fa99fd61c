"""Writes a trained cross-encoder's logits for every training example, for train.py --teacher (distillation: a
small student learns the larger teacher's distributions as well as the labels).

  /usr/bin/python3 training/cross-encoder/teacher.py --checkpoint RUN/best.pt --encoder-jar JAR \\
      --data ../shared/data/stance --out /tmp/teacher-logits.json
"""
import argparse
import json
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model import from_state, read_encoder_jar  # noqa: E402
from wordpiece import WordPiece  # noqa: E402
import data  # noqa: E402
import train  # noqa: E402


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--checkpoint", required=True)
    p.add_argument("--encoder-jar", required=True, help="the teacher's encoder jar (its vocabulary)")
    p.add_argument("--data", required=True)
    p.add_argument("--own", nargs="+", default=train.OWN_EXAMPLES)
    p.add_argument("--max-length", type=int, default=128)
    p.add_argument("--out", required=True)
    a = p.parse_args()
    torch.set_num_threads(1)
    model = from_state(torch.load(a.checkpoint))
    tok = WordPiece(read_encoder_jar(a.encoder_jar)[0])
    sets = data.load(a.data, a.own, False)
    out = {}
    for name, examples in sets["train"].items():
        items = [train.encoded(tok, e, a.max_length) for e in examples]
        for e, row in zip(examples, train.logits_of(model, items)):
            out[train.teacher_key(e)] = [round(v, 4) for v in row]
        print(name, len(examples), flush=True)
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(out, f)


if __name__ == "__main__":
    main()
