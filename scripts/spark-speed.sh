#!/usr/bin/env bash
# Spark against the command line on one machine, in one run, reproducible by one command:
#
#   scripts/spark-speed.sh [TEXT_DIR]     (default: ../shared/data/polnear/train/text, relative to the repo root)
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
run cli-1 ./quotestance analyze --format jsonl --threads 1 "$dir"
run cli-2 ./quotestance analyze --format jsonl --threads 2 "$dir"
run spark-1 ./quotestance-spark --master 'local[1]' "$dir" "$work/spark-1"
run spark-2 ./quotestance-spark --master 'local[2]' "$dir" "$work/spark-2"
echo "| $n articles | wall s | CPU s | articles/s |"
echo "|---|---|---|---|"
for name in cli-1 cli-2 spark-1 spark-2; do
  read -r wall user sys < "$work/$name.time"
  awk -v n="$name" -v w="$wall" -v u="$user" -v s="$sys" -v a="$n" \
    'BEGIN { printf "| %s | %.1f | %.1f | %.1f |\n", n, w, u + s, a / w }'
done
python3 scripts/same-quotes.py "$work/cli-2.out" "$work"/spark-2/part-*
rm -rf "$work"
