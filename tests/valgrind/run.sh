#!/usr/bin/env bash
# tests/valgrind/run.sh OUT: the unit tests (Criterion forks a child per
# test: --trace-children) and the binary on the seeds, the bad-input
# catalog and the regression fixtures, in every command, under valgrind
# (VALGRIND_OPTS=--track-origins=yes to find where an uninitialised value came from):
# no invalid access, no use of uninitialised memory, no leak
# (--leak-check=full, --errors-for-leak-kinds=definite,indirect).
# SPDX-License-Identifier: MIT
set -uo pipefail
cd "$(dirname "$0")/../.."
out=$1
vg=(valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect
  --show-leak-kinds=definite,indirect ${VALGRIND_OPTS:-})
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
step() { # step NAME CMD...: runs CMD under valgrind; exit 99 or a report fails
  local name=$1; shift
  "${vg[@]}" "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if [ $rc -eq 99 ] || grep -q "^==[0-9]*== " "$tmp/err"; then
    echo "FAIL valgrind: $name (exit $rc)"; grep "^==" "$tmp/err" | head -30; fail=1
  else
    echo "ok valgrind: $name"
  fi
}
step "unit tests" --trace-children=yes "$out/unit-tests" --jobs 1 -q
bin="$out/assay"
step "extract -f jsonl (seeds, bad, regress)" "$bin" extract -q -f jsonl fixtures/seeds fixtures/bad fixtures/regress
step "extract -f claims, check --claims" "$bin" extract -q -f claims -o "$tmp/s.claims" fixtures/seeds
step "check --claims" "$bin" check -q --claims "$tmp/s.claims"
step "check -j2 -S 4K (threads, spilled runs)" "$bin" check -q -j2 -S 4K -f json fixtures/seeds fixtures/bad
step "run -o DIR (every format)" "$bin" run -q -o "$tmp/run" fixtures/seeds fixtures/regress
step "extract -o /dev/full (a failed write)" "$bin" extract -q -f xml -o /dev/full fixtures/seeds
step "unreadable input" "$bin" check -q fixtures/no-such-file.txt
exit $fail
