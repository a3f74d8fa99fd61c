"""Scores weight averages ("model soups") of fine-tuned checkpoints on the dev splits, as train.py scores an epoch.
The checkpoints must share an initialisation (e.g. stage-2 runs from one stage-1 epoch).

  /usr/bin/python3 training/cross-encoder/soup.py --minilm-jar JAR --data ../shared/data/stance \\
      A.pt B.pt [C.pt ...]          # scores each checkpoint, then the average of all of them
  ... --combination A.pt,B.pt --combination A.pt,C.pt     # or just these averages
"""
import argparse
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa: E402
import train  # noqa: E402
from model import from_state, read_encoder_jar  # noqa: E402
from wordpiece import WordPiece  # noqa: E402


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--encoder-jar", "--minilm-jar", dest="minilm_jar", required=True)
    p.add_argument("--data", required=True)
    p.add_argument("--own", nargs="+", default=train.OWN_EXAMPLES)
    p.add_argument("--max-length", type=int, default=128)
    p.add_argument("--combination", action="append", default=[], help="comma-separated checkpoints to average")
    p.add_argument("checkpoints", nargs="*")
    a = p.parse_args()
    torch.set_num_threads(1)
    tok = WordPiece(read_encoder_jar(a.minilm_jar)[0])
    sets = data.load(a.data, a.own, False)
    dev = {n: ([train.encoded(tok, e, a.max_length) for e in ex], [e.label for e in ex]) for n, ex in sets["dev"].items()}
    combos = [c.split(",") for c in a.combination] or [[c] for c in a.checkpoints] + [a.checkpoints]
    cache = {}
    for combo in combos:
        states = [cache.setdefault(path, torch.load(path)) for path in combo]
        soup = {k: sum(s[k].float() for s in states) / len(states) for k in states[0]}
        scores, _ = train.dev_scores(from_state(soup), dev)
        mean = sum(scores.values()) / len(scores)
        print(" + ".join(combo), {k: round(v, 2) for k, v in scores.items()}, f"mean {mean:.2f}", flush=True)


if __name__ == "__main__":
    main()
