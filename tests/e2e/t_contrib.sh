# t_contrib.sh: the recipes of contrib/ for more than one machine, run on
# this one: GNU parallel (contrib/parallel/assay-parallel.sh, with ':' and
# '2/:' as the --sshlogin list) and the Slurm job array's map and reduce
# scripts (run as Slurm would run each array task). Each gives the report
# of one `assay check` over the same shards.
# SPDX-License-Identifier: MIT
source "$(dirname "$0")/lib.sh"

mkdir -p "$T/shards"
"$PY" "$SHARED/tools/make-corpus" --mb 1 --shards 4 -o "$T/shards" "${SEEDS[@]}" \
  "$SHARED"/corpus/real/Battle_of_[A-C]*.txt 2>/dev/null && pass || fail "make-corpus failed"
(cd "$T/shards" && "$ASSAY" check -q -f json part-*.txt >"$T/want.json" 2>/dev/null)
check test -s "$T/want.json" "one check over the shards wrote no conflicts"

if command -v parallel >/dev/null; then
  for logins in ":" "2/:"; do
    cmd="assay-parallel.sh -S '$logins' part-*.txt"
    (cd "$T/shards" && ASSAY="$ASSAY" "$ROOT/contrib/parallel/assay-parallel.sh" -S "$logins" -j 2 -f json \
      part-*.txt >"$T/par.json" 2>"$T/par.err")
    rc=$?
    expect_rc "0|1"
    check cmp -s "$T/want.json" "$T/par.json" "$cmd: the report differs from one check over the shards"
    check test "$(ls "$T/shards" | grep -c '\.claims$')" -eq 0 "$cmd: claims files left behind"
  done
  cmd="assay-parallel.sh on a missing shard"
  (cd "$T/shards" && ASSAY="$ASSAY" "$ROOT/contrib/parallel/assay-parallel.sh" part-0000.txt no-such.txt \
    >/dev/null 2>"$T/par.err")
  rc=$?
  expect_rc 2
else
  echo "note: GNU parallel is not installed: its recipe is not run"
fi

# Slurm: each array task as Slurm runs it (in the folder it was submitted
# from, here that of the shards), then the reduce
(cd "$T/shards" && ls part-*.txt) >"$T/shards.txt"
cd "$T/shards" || exit 2
n=$(wc -l <"$T/shards.txt")
for ((i = 0; i < n; i++)); do
  cmd="assay-map.sbatch (task $i)"
  run env ASSAY="$ASSAY" SHARDS="$T/shards.txt" CLAIMS="$T/claims" SLURM_ARRAY_TASK_ID=$i \
    SLURM_CPUS_PER_TASK=2 bash "$ROOT/contrib/slurm/assay-map.sbatch"
  expect_rc 0
done
check test "$(ls "$T/claims" | wc -l)" -eq "$n" "assay-map.sbatch: not one claims file per task"
cmd="assay-reduce.sbatch"
run env ASSAY="$ASSAY" CLAIMS="$T/claims" REPORT="$T/slurm.json" FORMAT=json bash "$ROOT/contrib/slurm/assay-reduce.sbatch"
expect_rc 0
check cmp -s "$T/want.json" "$T/slurm.json" "$cmd: the report differs from one check over the shards"
cmd="assay-map.sbatch past the last shard"
run env ASSAY="$ASSAY" SHARDS="$T/shards.txt" CLAIMS="$T/claims" SLURM_ARRAY_TASK_ID=$n bash "$ROOT/contrib/slurm/assay-map.sbatch"
expect_rc 2
cd "$ROOT" || exit 2

finish
