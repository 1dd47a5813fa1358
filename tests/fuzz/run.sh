#!/usr/bin/env bash
# tests/fuzz/run.sh OUT TIME [RUNS]: runs each libFuzzer target of OUT
# (build/fuzz) for TIME seconds, or for RUNS executions when RUNS is given,
# after replaying every input once kept in tests/fuzz/regress/TARGET/ (the
# crashes found so far, now fixtures). The corpus grows in
# build/fuzz-corpus/TARGET, seeded from fixtures/ and tests/fuzz/seeds/.
# A crash leaves its input in build/fuzz-crashes/ and fails the run; so
# does a target whose seeds reach less code than the floor below (about
# half of what they reach now): a harness that rejects its inputs fuzzes
# nothing (fuzz_dates once ran 10 million one-character inputs that way).
# SPDX-License-Identifier: MIT
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$1 time=${2:-60} runs=${3:-}
declare -A floor=([article]=1500 [dates]=300 [infobox]=550 [pipeline]=2200)
fail=0
for t in article dates infobox pipeline; do
  bin="$out/fuzz_$t"
  corpus="build/fuzz-corpus/$t"
  mkdir -p "$corpus" build/fuzz-crashes
  seeds=(fixtures/seeds fixtures/regress tests/fuzz/seeds/corpus)
  [ "$t" = dates ] && seeds=(tests/fuzz/seeds/dates)
  [ "$t" = article ] && seeds+=(fixtures/bad)
  regress=()
  [ -d "tests/fuzz/regress/$t" ] && regress=(tests/fuzz/regress/"$t"/*)
  if [ ${#regress[@]} -gt 0 ] && ! "$bin" "${regress[@]}" >"build/fuzz-$t.regress.log" 2>&1; then
    echo "FAIL fuzz_$t: a regression input crashes again (build/fuzz-$t.regress.log)"; fail=1; continue
  fi
  limit=(-max_total_time="$time")
  [ -n "$runs" ] && limit=(-runs="$runs")
  log="build/fuzz-$t.log"
  # the seeds alone, on an empty corpus: the coverage they reach
  empty=$(mktemp -d)
  cov=$("$bin" -runs=0 -max_len=8192 "$empty" "${seeds[@]}" 2>&1 | grep -o 'INITED cov: [0-9]*' | grep -o '[0-9]*$' || echo 0)
  rm -rf "$empty"
  if [ "$cov" -lt "${floor[$t]}" ]; then
    echo "FAIL fuzz_$t: its seeds reach $cov edges, fewer than ${floor[$t]}: does the target reject its inputs?"
    fail=1; continue
  fi
  if "$bin" "${limit[@]}" -max_len=8192 -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 -entropic=0 \
      -artifact_prefix="build/fuzz-crashes/$t-" "$corpus" "${seeds[@]}" >"$log" 2>&1; then
    echo "ok fuzz_$t: $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') executions," \
      "$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$')/s," \
      "corpus $(ls "$corpus" | wc -l), seeds reach $cov edges"
  else
    echo "FAIL fuzz_$t (see $log):"; grep -m5 -A3 "ERROR\|==ERROR\|runtime error\|abort" "$log" || tail -20 "$log"
    fail=1
  fi
done
exit $fail
