# t_determinism.sh: the same input gives byte-identical output (SPEC 5),
# run after run, for every command and format.
# SPDX-License-Identifier: MIT
source "$(dirname "$0")/lib.sh"

inputs=(fixtures/seeds/)
[ -d "$SHARED/corpus/real" ] && inputs+=("$SHARED/corpus/real")

for i in 1 2; do
  "$ASSAY" run -o "$T/run$i" "${inputs[@]}" >"$T/run$i.stdout" 2>"$T/run$i.stderr"
  echo $? >"$T/run$i.rc"
  "$ASSAY" extract -f csv -o "$T/csv$i" "${inputs[@]}" 2>"$T/csv$i.stderr"
  "$ASSAY" extract -f jsonl "${inputs[@]}" >"$T/jsonl$i" 2>"$T/jsonl$i.stderr"
  "$ASSAY" extract -f json "${inputs[@]}" >"$T/json$i" 2>/dev/null
  "$ASSAY" check "${inputs[@]}" >"$T/check$i" 2>"$T/check$i.stderr"
  "$ASSAY" check -f json "${inputs[@]}" >"$T/checkjson$i" 2>/dev/null
  "$ASSAY" check -f csv "${inputs[@]}" >"$T/checkcsv$i" 2>/dev/null
  # Through standard input, with the environment a cron job might have.
  cat fixtures/seeds/*.txt | env -i PATH=/usr/bin:/bin TZ=Pacific/Kiritimati LANG=C "$ASSAY" extract -f jsonl - \
    >"$T/stdin$i" 2>/dev/null
done
cat fixtures/seeds/*.txt | env -i PATH=/usr/bin:/bin TZ=UTC LC_ALL=C.UTF-8 "$ASSAY" extract -f jsonl - >"$T/stdin3" 2>/dev/null

check test -s "$T/run1/assay.jsonl" "run wrote no assay.jsonl"
check diff -r "$T/run1" "$T/run2" "run -o DIR: the two runs differ (diff -r above)"
check diff -r "$T/csv1" "$T/csv2" "extract -f csv: the two runs differ"
for f in run.stdout run.stderr run.rc csv.stderr jsonl jsonl.stderr json check check.stderr checkjson checkcsv stdin; do
  a="$T/${f%%.*}1${f#"${f%%.*}"}"
  b="$T/${f%%.*}2${f#"${f%%.*}"}"
  check cmp "$a" "$b" "$f differs between two runs"
done
check cmp "$T/stdin1" "$T/stdin3" "output depends on the locale or time zone"

# File and folder listings in a different order give the same result.
"$ASSAY" extract -f jsonl fixtures/seeds/ >"$T/order1" 2>/dev/null
"$ASSAY" extract -f jsonl fixtures/seeds >"$T/order2" 2>/dev/null
"$ASSAY" extract -f jsonl fixtures/seeds/000_9ae38939ea97614e.txt fixtures/seeds/001_ffb77daf54f20217.txt \
  fixtures/seeds/002_e7b0b6f05d2bd894.txt fixtures/seeds/003_133df33f45d41705.txt >"$T/order3" 2>/dev/null
check cmp "$T/order1" "$T/order2" "fixtures/seeds/ and fixtures/seeds give different output"
check cmp "$T/order1" "$T/order3" "a folder and its files listed one by one give different output"

finish
