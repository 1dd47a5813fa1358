# t_golden.sh: the output for the seeds is byte for byte fixtures/golden/.
# On an intended change, run `make update-golden` and review the diff.
# SPDX-License-Identifier: MIT
source "$(dirname "$0")/lib.sh"

golden=fixtures/golden
for f in seeds.jsonl seeds.err check.txt csv/articles.csv csv/fields.csv csv/mentions.csv \
         csv/claims.csv csv/conflicts.csv; do
  check test -f "$golden/$f" "missing golden file $golden/$f (run make update-golden)"
done

# The same recipe as make update-golden, into a scratch folder.
if ! sh scripts/update-golden.sh "$ASSAY" "$T/golden" >"$T/gen.log" 2>&1; then
  fail "scripts/update-golden.sh failed: $(cat "$T/gen.log")"
  finish
fi
pass

if diff -r -u "$golden" "$T/golden" >"$T/golden.diff" 2>&1; then
  pass
else
  fail "output differs from $golden/ (- golden, + now); if intended: make update-golden"
  sed "s|$T/golden|now|g" "$T/golden.diff" | head -n 80
  n=$(wc -l <"$T/golden.diff")
  [ "$n" -gt 80 ] && echo "... ($n diff lines in all)"
fi

# Also straight from the binary, without the script in between.
"$ASSAY" extract -f jsonl fixtures/seeds/ >"$T/direct.jsonl" 2>/dev/null
check cmp -s "$T/direct.jsonl" "$golden/seeds.jsonl" "assay extract -f jsonl fixtures/seeds/ differs from $golden/seeds.jsonl"

finish
