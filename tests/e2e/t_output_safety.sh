# t_output_safety.sh: failed writes exit 2 with a message and leave nothing
# half-written (STYLE 6.6, 6.8 "I/O failure"); a closed pipe ends quietly.
# SPDX-License-Identifier: MIT
source "$(dirname "$0")/lib.sh"

seeds=fixtures/seeds/

# expect_write_error: exit 2, and an 'assay: error:' line naming the failure.
expect_write_error() {
  expect_rc 2 || return 1
  expect_err_line '^assay: error: .*\[write-failed\]$'
}

# 1. A full device, as -o and as standard output, for every format.
for f in jsonl json; do
  run "$ASSAY" extract -f "$f" -o /dev/full "$seeds"
  expect_write_error
  cmd="assay extract -f $f $seeds > /dev/full"
  "$ASSAY" extract -f "$f" "$seeds" >/dev/full 2>"$T/err"; rc=$?
  expect_write_error
done
cmd="assay extract -f csv --table fields $seeds > /dev/full"
"$ASSAY" extract -f csv --table fields "$seeds" >/dev/full 2>"$T/err"; rc=$?
expect_write_error
run "$ASSAY" extract -f csv --table fields -o /dev/full "$seeds"
expect_write_error
# check's report, once it has something to say about the seeds.
"$ASSAY" check -f json "$seeds" >"$T/check.json" 2>/dev/null
if [ -s "$T/check.json" ]; then
  cmd="assay check -f json $seeds > /dev/full"
  "$ASSAY" check -f json "$seeds" >/dev/full 2>"$T/err"; rc=$?
  expect_write_error
fi

# 2. An output path in a place that does not exist and cannot be created.
for f in jsonl json; do
  run "$ASSAY" extract -f "$f" -o /proc/nope/x.$f "$seeds"
  expect_write_error
done
run "$ASSAY" extract -f csv -o /proc/nope "$seeds"
expect_write_error
run "$ASSAY" run -o /proc/nope "$seeds"
expect_write_error
# Below a regular file (ENOTDIR): the file is left alone, nothing else appears.
mkdir -p "$T/place"
echo "keep me" >"$T/place/plain"
run "$ASSAY" extract -f jsonl -o "$T/place/plain/x.jsonl" "$seeds"
expect_write_error
run "$ASSAY" run -o "$T/place/plain" "$seeds"
expect_write_error
run "$ASSAY" extract -f csv -o "$T/place/plain" "$seeds"
expect_write_error
check test "$(cat "$T/place/plain")" = "keep me" "a failed run changed the file in its way"
check test "$(ls -A "$T/place")" = plain "failed writes left files behind: $(ls -A "$T/place" | tr '\n' ' ')"

# 3. A write that fails part-way (file size limit -> EFBIG): existing output
#    is left exactly as it was, and no temporary file is left behind.
limited() {   # limited CMD...: runs CMD with an 8 KiB file size limit
  cmd="(ulimit -f 8; $*)"
  ( trap '' XFSZ; ulimit -f 8; "$@" ) >"$T/out" 2>"$T/err"
  rc=$?
}
mkdir -p "$T/w"
for f in jsonl json; do
  printf 'previous %s output\n' "$f" >"$T/w/out.$f"
  cp "$T/w/out.$f" "$T/w/orig.$f"
  limited "$ASSAY" extract -f "$f" -o "$T/w/out.$f" "$seeds"
  expect_write_error
  check cmp -s "$T/w/out.$f" "$T/w/orig.$f" "$cmd: the existing output file was changed ($(wc -c <"$T/w/out.$f") bytes now)"
  check test -z "$(tmp_leftovers "$T/w")" "$cmd: temporary files left: $(tmp_leftovers "$T/w" | tr '\n' ' ')"
  rm -f "$T/w/out.$f.tmp"*
  # A new file is not created at all.
  limited "$ASSAY" extract -f "$f" -o "$T/w/new.$f" "$seeds"
  expect_write_error
  check test ! -e "$T/w/new.$f" "$cmd: a failed write left a partial $T/w/new.$f ($(wc -c 2>/dev/null <"$T/w/new.$f") bytes)"
done
for c in "extract -f csv" "run"; do
  d=$T/w/dir-${c%% *}
  mkdir -p "$d"
  for t in articles fields mentions claims conflicts; do echo "old $t" >"$d/$t.csv"; done
  [ "$c" = run ] && for x in assay.jsonl assay.json report.txt; do echo "old $x" >"$d/$x"; done
  cp -r "$d" "$d.orig"
  # shellcheck disable=SC2086
  limited "$ASSAY" $c -o "$d" "$seeds"
  expect_write_error
  check diff -r "$d" "$d.orig" "$cmd: the files already in the folder were changed (a mix of old and new tables)"
  check test -z "$(tmp_leftovers "$d")" "$cmd: temporary files left: $(tmp_leftovers "$d" | tr '\n' ' ')"
  # shellcheck disable=SC2086
  limited "$ASSAY" $c -o "$T/w/newdir-${c%% *}" "$seeds"
  expect_write_error
  left=$(find "$T/w/newdir-${c%% *}" -type f 2>/dev/null | tr '\n' ' ')
  check test -z "$left" "$cmd: a failed run left files in a new output folder: $left"
done

# 4. A successful write: no temporary files, the usual permissions.
mkdir -p "$T/ok"
( umask 022; "$ASSAY" run -o "$T/ok/run" "$seeds" 2>/dev/null; "$ASSAY" extract -f jsonl -o "$T/ok/a.jsonl" "$seeds" 2>/dev/null )
check test -z "$(tmp_leftovers "$T/ok")$(tmp_leftovers "$T/ok/run")" "temporary files left after a good run"
perms=$(find "$T/ok" -type f ! -perm 644 | tr '\n' ' ')
check test -z "$perms" "output files without mode 0644 under umask 022 (mkstemp's 0600 kept?): $perms"
# Overwriting keeps working, and replaces the content.
echo "old" >"$T/ok/b.jsonl"
"$ASSAY" extract -f jsonl -o "$T/ok/b.jsonl" "$seeds" 2>/dev/null
check cmp -s "$T/ok/a.jsonl" "$T/ok/b.jsonl" "-o over an existing file did not replace it"

# 5. Killed part-way: the target is the old file or the whole new one, never a part.
big=$T/big.txt   # ~6 MB of articles that give no diagnostics, titles unique
for i in $(seq 1 400); do
  sed "s/^= \(.*\) =\$/= \1 ($i) =/" fixtures/seeds/000_9ae38939ea97614e.txt fixtures/seeds/001_ffb77daf54f20217.txt
done >"$big"
"$ASSAY" extract -f jsonl "$big" >"$T/big.full.jsonl" 2>/dev/null
for delay in 0.05 0.2; do
  echo "old" >"$T/k.jsonl"
  "$ASSAY" extract -f jsonl -o "$T/k.jsonl" "$big" 2>/dev/null &
  pid=$!
  sleep "$delay"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if ! { [ "$(cat "$T/k.jsonl")" = old ] || cmp -s "$T/k.jsonl" "$T/big.full.jsonl"; }; then
    fail "killed after ${delay}s: -o file is neither the old content nor the complete output ($(wc -c <"$T/k.jsonl") bytes)"
  else
    pass
  fi
done
rm -f "$T"/.k.jsonl* "$T"/k.jsonl.*

# 6. A reader that stops early: quiet, exit 0 or SIGPIPE's 141.
for args in "extract -f jsonl" "extract -f json" "extract -f csv --table fields" "extract -f csv --table articles -o -"; do
  cmd="assay $args BIG | head -c 100"
  # shellcheck disable=SC2086
  "$ASSAY" $args "$big" 2>"$T/err" | head -c 100 >/dev/null
  rc=${PIPESTATUS[0]}
  expect_rc "0|141"
  expect_empty_err
done
cmd="assay extract -f jsonl BIG | head -1"
"$ASSAY" extract -f jsonl "$big" 2>"$T/err" | head -1 >"$T/first"
rc=${PIPESTATUS[0]}
expect_rc "0|141"
expect_empty_err
check test "$(jq -r .type <"$T/first")" = article "$cmd: the first line is not an article"

# A folder whose parents are missing is made, like mkdir -p; under a file it
# cannot be, and the run says so.
run "$ASSAY" run -q -o "$T/new/deeper/out" "${SEEDS[@]}"
expect_rc "0|1"
check test -s "$T/new/deeper/out/assay.xml" "$cmd: no assay.xml in the new folder"
run "$ASSAY" run -q -o "$T/first/out" "${SEEDS[@]}"
expect_rc 2
check grep -q "Not a directory" "$T/err" "$cmd: the message does not say why"

finish
