#!/bin/sh
# update-golden.sh: regenerates fixtures/golden/ from a build of assay, so
# every change to the expected output is a reviewed diff (STYLE 6.8).
# SPDX-License-Identifier: MIT
#
# Usage: sh scripts/update-golden.sh BIN [OUTDIR]
#   BIN     the assay binary (make update-golden passes build/assay)
#   OUTDIR  where to write (default fixtures/golden); tests/e2e/t_golden.sh
#           writes to a scratch folder and compares it with fixtures/golden.
# Inputs are given as paths relative to the repository root, as the tests
# give them, so the golden files do not depend on where the repo lives.
#
# Writes:
#   seeds.jsonl      assay extract -f jsonl fixtures/seeds/   (standard output)
#   seeds.err        its diagnostics (standard error)
#   csv/*.csv        assay extract -f csv -o DIR fixtures/seeds/
#   check.txt        assay check fixtures/seeds/               (standard output)
set -eu

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: sh scripts/update-golden.sh BIN [OUTDIR]" >&2
  exit 2
fi
bin=$1
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
if [ ! -x "$bin" ]; then
  echo "update-golden: '$1' is not an executable" >&2
  exit 2
fi
out=${2:-fixtures/golden}
case $out in /*) ;; *) out=$(pwd)/$out ;; esac

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export LC_ALL=C

tmp=$(mktemp -d "${TMPDIR:-/tmp}/golden.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

# ok STATUS WHAT: 0 and 1 (findings) are fine; anything else is a failure.
ok() {
  if [ "$1" -gt 1 ]; then
    echo "update-golden: $2 exited $1" >&2
    exit 1
  fi
}

set +e
"$bin" extract -f jsonl fixtures/seeds/ >"$tmp/seeds.jsonl" 2>"$tmp/seeds.err"
ok $? "assay extract -f jsonl fixtures/seeds/"
"$bin" extract -f csv -o "$tmp/csv" fixtures/seeds/ 2>/dev/null
ok $? "assay extract -f csv -o DIR fixtures/seeds/"
"$bin" check fixtures/seeds/ >"$tmp/check.txt" 2>/dev/null
ok $? "assay check fixtures/seeds/"
set -e

mkdir -p "$out"
rm -rf "$out/csv"
for f in seeds.jsonl seeds.err check.txt; do
  cp "$tmp/$f" "$out/$f"
done
cp -r "$tmp/csv" "$out/csv"
echo "update-golden: wrote $(find "$out" -type f | wc -l) files to ${2:-fixtures/golden}"
