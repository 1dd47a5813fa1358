#!/bin/sh
# bench/run.sh: the benchmark of `make bench` (SPEC 7). Builds a corpus of
# MB megabytes (default 100) and a sharded one with ../shared/tools/make-corpus
# from the real articles and the seeds, then measures, in the same run and
# on the same files: cat, wc -w (the baseline), assay check on one core and
# on all, extract -f jsonl (one core, all), extract -f csv, run (one core,
# all), and the sharded run (extract -f claims per shard, check --claims);
# best of REPEAT (default 3; run -j1 once) wall-clock times, peak RSS from
# /usr/bin/time; throughput in MB/s and each time as a ratio to wc -w. Also
# the peak RSS of check on 10 MB and 40 MB (memory must stay bounded).
# Usage: bench/run.sh [MB] ; ASSAY, SHARED and REPEAT may be set.
set -eu
cd "$(dirname "$0")/.."
MB=${1:-100}
REPEAT=${REPEAT:-3}
ASSAY=${ASSAY:-build/assay}
SHARED=${SHARED:-../shared}
MAKE_CORPUS="$SHARED/tools/make-corpus"
W=build/bench
mkdir -p "$W"
src="$SHARED/corpus/real/*.txt fixtures/seeds/*.txt"

corpus() { # corpus MB PATH [SHARDS]
  [ -s "$2" ] || [ -d "$2" ] && return 0
  if [ -n "${3:-}" ]; then
    # shellcheck disable=SC2086
    python3 "$MAKE_CORPUS" --mb "$1" --shards "$3" -o "$2" $src >/dev/null
  else
    # shellcheck disable=SC2086
    python3 "$MAKE_CORPUS" --mb "$1" -o "$2" $src >/dev/null
  fi
}
corpus "$MB" "$W/corpus-$MB.txt"
corpus "$MB" "$W/shards-$MB" 8
corpus 10 "$W/corpus-10.txt"
corpus 40 "$W/corpus-40.txt"
bytes=$(wc -c <"$W/corpus-$MB.txt")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')

# measure LABEL CMD...: best wall time of REPEAT runs and the peak RSS (KB)
best_s="" ; rss=""
measure() {
  label=$1; shift
  best_s=""; rss=0
  i=0
  while [ $i -lt "$REPEAT" ]; do
    /usr/bin/time -f "%e %M" -o "$W/time" "$@" >/dev/null 2>"$W/err" || [ $? -le 1 ]
    # GNU time writes `Command exited with non-zero status 1` first when it does
    s=$(tail -n 1 "$W/time" | cut -d' ' -f1)
    k=$(tail -n 1 "$W/time" | cut -d' ' -f2)
    if [ -z "$best_s" ] || awk -v a="$s" -v b="$best_s" 'BEGIN { exit !(a < b) }'; then best_s=$s; fi
    [ "$k" -gt "$rss" ] && rss=$k
    i=$((i + 1))
  done
  printf '%s\t%s\t%s\n' "$label" "$best_s" "$rss" >>"$W/results.tsv"
}

: >"$W/results.tsv"
n=$(nproc)
measure "cat" cat "$W/corpus-$MB.txt"
measure "wc -w" wc -w "$W/corpus-$MB.txt"
measure "assay check -j1" "$ASSAY" check -q -j1 "$W/corpus-$MB.txt"
measure "assay check -j$n" "$ASSAY" check -q -j"$n" "$W/corpus-$MB.txt"
measure "assay extract -f jsonl -j1" "$ASSAY" extract -q -j1 -f jsonl "$W/corpus-$MB.txt"
measure "assay extract -f jsonl -j$n" "$ASSAY" extract -q -j"$n" -f jsonl "$W/corpus-$MB.txt"
rm -rf "$W/csv" && measure "assay extract -f csv -j$n" "$ASSAY" extract -q -f csv -o "$W/csv" "$W/corpus-$MB.txt"
rm -rf "$W/run" && REPEAT=1 measure "assay run -j1" "$ASSAY" run -q -j1 -o "$W/run" "$W/corpus-$MB.txt"
rm -rf "$W/run" && measure "assay run -j$n" "$ASSAY" run -q -o "$W/run" "$W/corpus-$MB.txt"
# the sharded run: the map (one extract -f claims per shard, one after the
# other, as separate machines would run them at once) and the reduce
mkdir -p "$W/claims-$MB"
measure "map: extract -f claims, 8 shards" sh -c 'for f in "$1"/*.txt; do
    "$2" extract -q -f claims -o "$3/$(basename "$f").claims" "$f" || [ $? -le 1 ] || exit 2; done' \
  map "$W/shards-$MB" "$ASSAY" "$W/claims-$MB"
measure "reduce: check --claims (8 files)" "$ASSAY" check -q --claims "$W/claims-$MB"/*.claims
REPEAT=1 measure "assay check -j1, 10 MB" "$ASSAY" check -q -j1 "$W/corpus-10.txt"
REPEAT=1 measure "assay check -j1, 40 MB" "$ASSAY" check -q -j1 "$W/corpus-40.txt"
REPEAT=1 measure "assay check -j$n, 10 MB" "$ASSAY" check -q "$W/corpus-10.txt"
REPEAT=1 measure "assay check -j$n, 40 MB" "$ASSAY" check -q "$W/corpus-40.txt"

wc_s=$(awk -F'\t' '$1 == "wc -w" { print $2 }' "$W/results.tsv")
echo "bench: $mb MB ($bytes bytes), $(nproc) cores, best of $REPEAT; ratio = time / time of wc -w"
printf '%-40s %8s %10s %8s %10s\n' "command" "seconds" "MB/s" "ratio" "peak RSS"
awk -F'\t' -v mb="$mb" -v wc="$wc_s" '{
  m = mb; if ($1 ~ /10 MB/) m = 10.5; if ($1 ~ /40 MB/) m = 41.9
  if ($2 > 0 && m != mb) printf "%-40s %8.2f %10.1f %8s %7.0f MB\n", $1, $2, m / $2, "-", $3 / 1024
  else if ($2 > 0) printf "%-40s %8.2f %10.1f %8.1f %7.0f MB\n", $1, $2, m / $2, (wc > 0 ? $2 / wc : 0), $3 / 1024
  else printf "%-40s %8s %10s %8s %7.0f MB\n", $1, "<0.01", "-", "-", $3 / 1024
}' "$W/results.tsv"
t1=$(awk -F'\t' -v l="assay check -j1" '$1 == l { print $2 }' "$W/results.tsv")
tn=$(awk -F'\t' -v l="assay check -j$n" '$1 == l { print $2 }' "$W/results.tsv")
u1=$(awk -F'\t' -v l="assay run -j1" '$1 == l { print $2 }' "$W/results.tsv")
un=$(awk -F'\t' -v l="assay run -j$n" '$1 == l { print $2 }' "$W/results.tsv")
r10=$(awk -F'\t' '$1 == "assay check -j1, 10 MB" { print $3 }' "$W/results.tsv")
r40=$(awk -F'\t' '$1 == "assay check -j1, 40 MB" { print $3 }' "$W/results.tsv")
awk -v a="$t1" -v b="$tn" -v c="$u1" -v d="$un" -v n="$n" -v r10="$r10" -v r40="$r40" 'BEGIN {
  if (b > 0) printf "check on %d cores: %.2fx faster than -j1\n", n, a / b
  if (d > 0) printf "run on %d cores: %.2fx faster than -j1\n", n, c / d
  if (r10 > 0) printf "peak RSS of check -j1: 40 MB of input / 10 MB of input = %.2f\n", r40 / r10 }'
