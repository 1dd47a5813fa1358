#!/bin/sh
# bench/run.sh: the benchmark of `make bench` (SPEC 7). Builds a corpus of
# MB megabytes (default 100) and a sharded one with ../shared/tools/make-corpus
# from the real articles and the seeds, then measures, in the same run and
# on the same files: cat, wc -w (the baseline), assay check, extract -f jsonl,
# extract -f csv, run; best of REPEAT (default 3) wall-clock times, peak RSS
# from /usr/bin/time; throughput in MB/s and each time as a ratio to wc -w.
# Also the peak RSS of check on 10 MB and 40 MB (memory must stay bounded).
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
measure "cat" cat "$W/corpus-$MB.txt"
measure "wc -w" wc -w "$W/corpus-$MB.txt"
measure "assay check" "$ASSAY" check -q "$W/corpus-$MB.txt"
measure "assay check (8 shards, one process)" "$ASSAY" check -q "$W/shards-$MB"
measure "assay extract -f jsonl" "$ASSAY" extract -q -f jsonl "$W/corpus-$MB.txt"
rm -rf "$W/csv" && measure "assay extract -f csv" "$ASSAY" extract -q -f csv -o "$W/csv" "$W/corpus-$MB.txt"
rm -rf "$W/run" && measure "assay run" "$ASSAY" run -q -o "$W/run" "$W/corpus-$MB.txt"
REPEAT=1 measure "assay check, 10 MB" "$ASSAY" check -q "$W/corpus-10.txt"
REPEAT=1 measure "assay check, 40 MB" "$ASSAY" check -q "$W/corpus-40.txt"

wc_s=$(awk -F'\t' '$1 == "wc -w" { print $2 }' "$W/results.tsv")
echo "bench: $mb MB ($bytes bytes), $(nproc) cores, best of $REPEAT; ratio = time / time of wc -w"
printf '%-40s %8s %10s %8s %10s\n' "command" "seconds" "MB/s" "ratio" "peak RSS"
awk -F'\t' -v mb="$mb" -v wc="$wc_s" '{
  m = mb; if ($1 ~ /10 MB/) m = 10.5; if ($1 ~ /40 MB/) m = 41.9
  if ($2 > 0 && m != mb) printf "%-40s %8.2f %10.1f %8s %7.0f MB\n", $1, $2, m / $2, "-", $3 / 1024
  else if ($2 > 0) printf "%-40s %8.2f %10.1f %8.1f %7.0f MB\n", $1, $2, m / $2, (wc > 0 ? $2 / wc : 0), $3 / 1024
  else printf "%-40s %8s %10s %8s %7.0f MB\n", $1, "<0.01", "-", "-", $3 / 1024
}' "$W/results.tsv"
