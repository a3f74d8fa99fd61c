#!/usr/bin/env bash
# Speed comparison with Stanford CoreNLP, reproducible by one command:
#
#   scripts/speed.sh [POLNEAR_DEV_DIR]     (default: ../shared/data/polnear/dev, relative to the repo root)
#
# Takes the first 20 files of DIR/text in sorted order and times, as whole processes (JVM start and model
# loading included): `./quotestance analyze FILES > /dev/null` and `./quotestance bench --corenlp FILES`.
# Prints a Markdown table on stdout; tool logs go to a temporary folder, kept and named only on failure.
set -euo pipefail

DOCS=20
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case "${1:-}" in
  "") dev="$root/../shared/data/polnear/dev" ;;
  /*) dev="$1" ;;
  *) dev="$PWD/$1" ;;
esac
cd "$root"

if [ ! -d "$dev/text" ]; then
  echo "speed.sh: no PolNeAR folder at $dev (expected $dev/text/)." >&2
  echo "Get PolNeAR from https://github.com/networkdynamics/PolNeAR and pass its dev folder:" >&2
  echo "  scripts/speed.sh path/to/PolNeAR/dev" >&2
  exit 2
fi

mapfile -d '' -t all < <(find "$dev/text" -maxdepth 1 -type f ! -name '.*' -print0 | LC_ALL=C sort -z)
files=("${all[@]:0:$DOCS}")
if [ ${#files[@]} -eq 0 ]; then
  echo "speed.sh: $dev/text holds no files" >&2
  exit 2
fi

logs="$(mktemp -d "${TMPDIR:-/tmp}/quotestance-speed.XXXXXX")"
now() { date +%s.%N; }
fmt() { awk -v x="$1" 'BEGIN { printf "%.1f", x }'; }
# Reads "NAME:  VALUE ..." from the bench output.
field() { awk -F': *' -v k="$1" '$1 == k { split($2, v, " "); print v[1] }' "$logs/bench.out"; }

# timed NAME OUT CMD...: runs CMD once with stdout to OUT and stderr to $logs/NAME.err; sets $secs to its wall
# time. Other people may edit the sources meanwhile: when the launcher rebuilt first, or the jars changed under
# the running JVM, the run is not a fair measurement and is repeated (three tries at most).
timed() {
  local name=$1 out=$2 try t0 rc
  shift 2
  for try in 1 2 3; do
    t0=$(now)
    rc=0
    "$@" > "$out" 2> "$logs/$name.err" || rc=$?
    secs=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { print b - a }')
    if ! grep -qE '^quotestance: building|NoClassDefFoundError|ClassNotFoundException|ZipException' "$logs/$name.err"; then
      [ "$rc" -eq 0 ] && return 0
      break
    fi
    echo "speed.sh: the sources or jars changed during '$name' (try $try); timing it again" >&2
  done
  echo "speed.sh: '$name' failed (exit $rc); last lines of $logs/$name.err:" >&2
  tail -n 20 "$logs/$name.err" >&2
  exit 1
}

# Build once (the launcher rebuilds when sources changed) so that no build is timed.
./quotestance --version > /dev/null

timed analyze /dev/null ./quotestance analyze "${files[@]}"
qs=$secs
timed bench "$logs/bench.out" ./quotestance bench --corenlp "${files[@]}"
nlp=$secs
ratio=$(awk -v a="$qs" -v b="$nlp" 'BEGIN { printf "%.1f", b / a }')

echo "Speed on the first ${#files[@]} files of PolNeAR $(basename "$dev")/text ($(field tokens) tokens by CoreNLP's count," \
  "$(nproc) cores); wall time of one whole process each, JVM start and model loading included:"
echo
echo "| Tool | Wall time (s) | Load (s) | Analysis (s) | Wall time vs QuoteStance |"
echo "|---|---:|---:|---:|---:|"
echo "| QuoteStance \`analyze\` | $(fmt "$qs") | | | 1.0× |"
echo "| Stanford CoreNLP \`$(field 'CoreNLP baseline')\` | $(fmt "$nlp") | $(field 'load seconds') | $(field 'analysis seconds') | ${ratio}× |"
echo
echo "CoreNLP / QuoteStance: **${ratio}×** (CoreNLP found $(field 'quotes found') quotes.)"
rm -rf "$logs"
