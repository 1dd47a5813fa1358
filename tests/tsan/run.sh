#!/usr/bin/env bash
# tests/tsan/run.sh TSAN-BINARY RELEASE-BINARY: the parse on several
# threads under ThreadSanitizer (no data race, no lock-order problem), and
# its output equal to the release build's on one thread.
# SPDX-License-Identifier: MIT
set -euo pipefail
tsan=$1 release=$2
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 ../shared/tools/make-corpus --mb 1 -o "$tmp/copies.txt" fixtures/seeds/*.txt ../shared/corpus/real/*.txt 2>/dev/null
inputs=(fixtures/seeds ../shared/corpus/real fixtures/regress "$tmp/copies.txt")
export TSAN_OPTIONS="halt_on_error=1 exitcode=66"
fail=0
for args in "extract -f jsonl" "check -f json" "check -f json -S 16K"; do
  "$release" ${args%% *} -q -j1 ${args#* } "${inputs[@]}" >"$tmp/want" 2>/dev/null || [ $? -le 1 ]
  for j in 2 4; do
    rc=0
    "$tsan" ${args%% *} -q -j$j ${args#* } "${inputs[@]}" >"$tmp/got" 2>"$tmp/err" || rc=$?
    if [ "$rc" -gt 1 ] || grep -q "ThreadSanitizer" "$tmp/err"; then
      echo "FAIL: assay $args -j$j under ThreadSanitizer (exit $rc):"; head -40 "$tmp/err"; fail=1
    elif ! cmp -s "$tmp/want" "$tmp/got"; then
      echo "FAIL: assay $args -j$j (ThreadSanitizer build) differs from -j1"; fail=1
    else
      echo "ok assay $args -j$j: no race, output as -j1"
    fi
  done
done
# run: every format rendered on the workers (XML and RDF fragments by their
# own libxml2 and serd writers)
"$release" run -q -j1 -o "$tmp/want-run" "${inputs[@]}" 2>/dev/null || [ $? -le 1 ]
rc=0
"$tsan" run -q -j2 -o "$tmp/got-run" "${inputs[@]}" 2>"$tmp/err" || rc=$?
if [ "$rc" -gt 1 ] || grep -q "ThreadSanitizer" "$tmp/err"; then
  echo "FAIL: assay run -j2 under ThreadSanitizer (exit $rc):"; head -40 "$tmp/err"; fail=1
elif ! diff -rq "$tmp/want-run" "$tmp/got-run"; then
  echo "FAIL: assay run -j2 (ThreadSanitizer build) differs from -j1"; fail=1
else
  echo "ok assay run -j2: no race, every file as -j1"
fi
exit $fail
