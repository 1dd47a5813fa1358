#!/usr/bin/env bash
# run.sh: runs every end-to-end test, tests/e2e/t_*.sh (bash) and t_*.py
# (Debian's /usr/bin/python3), in sorted order, each under a time limit.
# SPDX-License-Identifier: MIT
#
# Usage: ASSAY=/abs/path/to/assay SHARED=/abs/path/to/shared bash tests/e2e/run.sh [PATTERN]
#   PATTERN (optional) keeps only the tests whose file name contains it.
# One line per test, "ok NAME" or "FAIL NAME" (or "skip NAME"); a test passes
# when it exits 0 and fails otherwise; exit 77 means "skipped" (counted in
# neither total). A failing test's output follows its line, indented with "|".
# The last line is always "N passed, M failed"; the exit status is 1 when any
# test failed. Adding a test is adding a file: nothing here lists them.

set -u
export LC_ALL=C

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

: "${ASSAY:=$root/build/assay}"
: "${SHARED:=$(cd "$root/.." && pwd)/shared}"
case $ASSAY in /*) ;; *) ASSAY=$PWD/$ASSAY ;; esac
case $SHARED in /*) ;; *) SHARED=$PWD/$SHARED ;; esac
PY=/usr/bin/python3          # not the pyenv shim that comes first on PATH
TEST_TIMEOUT=${TEST_TIMEOUT:-120}
export ASSAY SHARED PY ROOT="$root" E2E="$here"

if [ ! -x "$ASSAY" ]; then
  echo "run.sh: ASSAY='$ASSAY' is not an executable; build it first (make)" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

pattern=${1:-}
passed=0
failed=0
failures=()
cd "$root" || exit 2

for t in $(cd "$here" && ls t_*.sh t_*.py 2>/dev/null | LC_ALL=C sort); do
  case $t in *"$pattern"*) ;; *) continue ;; esac
  case $t in
    *.sh) cmd=(bash "$here/$t") ;;
    *.py) cmd=("$PY" "$here/$t") ;;
  esac
  work=$(mktemp -d "${TMPDIR:-/tmp}/assay-e2e.XXXXXX")
  start=$(date +%s)
  TMPDIR=$work TEST_TMP=$work timeout -k 5 "$TEST_TIMEOUT" "${cmd[@]}" >"$work.log" 2>&1 </dev/null
  rc=$?
  secs=$(( $(date +%s) - start ))
  if [ $rc -eq 0 ]; then
    echo "ok $t"
    passed=$((passed + 1))
  elif [ $rc -eq 77 ]; then
    echo "skip $t"
    tail -n 1 "$work.log" | sed 's/^/    | /'
  else
    why="exited $rc"
    { [ $rc -eq 124 ] || [ $rc -eq 137 ]; } && why="was stopped: time limit ${TEST_TIMEOUT}s"
    echo "FAIL $t"
    echo "    | $t $why (ran ${secs}s); its output:"
    sed 's/^/    | /' "$work.log" | head -n 200
    failed=$((failed + 1))
    failures+=("$t")
  fi
  rm -rf "$work" "$work.log"
done

if [ $failed -gt 0 ]; then
  echo "failed: ${failures[*]}"
fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
