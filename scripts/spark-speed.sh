#!/usr/bin/env bash
# Spark against the command line on one machine, in one run, reproducible by one command:
#
#   scripts/spark-speed.sh [TEXT_DIR]     (default: ../shared/data/polnear/train/text, relative to the repo root)
#   RUNS=3 scripts/spark-speed.sh         (each measured 3 times, the four alternating; the median is printed)
#
# Times, as whole processes (JVM start and model loading included), over every file of TEXT_DIR:
# `./quotestance analyze --threads 1` and `--threads 2`, and `./quotestance-spark --master local[1]` and
# `local[2]`. Prints a Markdown table (wall and CPU seconds, articles per second) and checks that Spark's
# output has the same quotes and speakers as the command line's (scripts/same-quotes.py).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case "${1:-}" in
  "") dir="$root/../shared/data/polnear/train/text" ;;
  /*) dir="$1" ;;
  *) dir="$PWD/$1" ;;
esac
cd "$root"
if [ ! -d "$dir" ]; then
  echo "spark-speed.sh: no folder at $dir" >&2
  exit 2
fi
n=$(find "$dir" -type f ! -name '.*' | wc -l)
work="$(mktemp -d)"
./quotestance --version > /dev/null 2>&1
./quotestance-spark --version > /dev/null 2>&1
TIMEFORMAT="%R %U %S"
run() {   # name, command...: one timed run, its output in $work/$name
  local name="$1"; shift
  { time "$@" > "$work/$name.out" 2> "$work/$name.log"; } 2> "$work/$name.time" || {
    echo "spark-speed.sh: $name failed; its log: $work/$name.log" >&2; exit 1; }
}
runs="${RUNS:-1}"
for r in $(seq 1 "$runs"); do
  run cli-1 ./quotestance analyze --format jsonl --threads 1 "$dir" && cat "$work/cli-1.time" >> "$work/cli-1.times"
  rm -rf "$work/spark-1"
  run spark-1 ./quotestance-spark --master 'local[1]' "$dir" "$work/spark-1" && cat "$work/spark-1.time" >> "$work/spark-1.times"
  run cli-2 ./quotestance analyze --format jsonl --threads 2 "$dir" && cat "$work/cli-2.time" >> "$work/cli-2.times"
  rm -rf "$work/spark-2"
  run spark-2 ./quotestance-spark --master 'local[2]' "$dir" "$work/spark-2" && cat "$work/spark-2.time" >> "$work/spark-2.times"
done
python3 - "$work" "$n" "$runs" <<'PY'
import statistics, sys
work, n, runs = sys.argv[1], int(sys.argv[2]), sys.argv[3]
print(f"| {n} articles, median of {runs} | wall s | CPU s | articles/s | wall s of each run |")
print("|---|---|---|---|---|")
for name in ["cli-1", "spark-1", "cli-2", "spark-2"]:
    rows = [[float(x) for x in line.split()] for line in open(f"{work}/{name}.times") if line.strip()]
    wall = statistics.median(r[0] for r in rows)
    cpu = statistics.median(r[1] + r[2] for r in rows)
    each = ", ".join(f"{r[0]:.1f}" for r in rows)
    print(f"| {name} | {wall:.1f} | {cpu:.1f} | {n / wall:.1f} | {each} |")
PY
python3 scripts/same-quotes.py "$work/cli-2.out" "$work"/spark-2/part-*
rm -rf "$work"
