# t_fuzz_regress.sh: every input a fuzzer found a crash or hang with (kept
# in tests/fuzz/regress/TARGET/) goes through the release binary as an
# article file: `assay run` ends by itself, with exit status 0 or 1 and a
# folder of complete files. (make fuzz replays them in the fuzz targets.)
# SPDX-License-Identifier: MIT
source "$(dirname "$0")/lib.sh"

n=0
for f in tests/fuzz/regress/*/*; do
  [ -f "$f" ] || continue
  n=$((n + 1))
  run timeout 60 "$ASSAY" run -q -o "$T/out$n" "$f"
  expect_rc "0|1"
  check test -s "$T/out$n/assay.xml" "$cmd: no assay.xml"
done
check test "$n" -gt 0 "no regression inputs in tests/fuzz/regress"
finish
