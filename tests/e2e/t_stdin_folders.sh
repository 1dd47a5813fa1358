# t_stdin_folders.sh: '-' and no input read standard input; a folder input
# finds every *.txt below it, in sorted order (SPEC 2).
# SPDX-License-Identifier: MIT
source "$(dirname "$0")/lib.sh"

seed=fixtures/seeds/002_e7b0b6f05d2bd894.txt
"$ASSAY" extract -f jsonl "$seed" >"$T/file.jsonl" 2>/dev/null
title=$(sed -n '1s/^= \(.*\) =$/\1/p' "$seed")

# `cat seed | assay extract -f jsonl -`
cmd="cat $seed | assay extract -f jsonl -"
cat "$seed" | "$ASSAY" extract -f jsonl - >"$T/out" 2>"$T/err"
rc=$?
expect_rc 0
check test "$(jq -r 'select(.type=="article") | .title' <"$T/out")" = "$title" "$cmd: title is '$(jq -r 'select(.type=="article") | .title' <"$T/out" 2>&1)', want '$title'"
check test "$(jq 'select(.type=="article") | .fields | length' <"$T/out")" -eq 27 "$cmd: want 27 fields"
# Same content as from the file, but for the file name.
check test "$(jq -c 'select(.type=="article") | del(.. | .file?)' <"$T/out")" = "$(jq -c 'select(.type=="article") | del(.. | .file?)' <"$T/file.jsonl")" \
  "$cmd: differs from reading the file (apart from file names)"
stdin_name=$(jq -r 'select(.type=="article") | .file' <"$T/out")
check test -n "$stdin_name" "$cmd: empty file name for standard input"
# Diagnostics name standard input the same way the output does.
check grep -q "^$stdin_name:27:33: warning: .*\[damaged-text\]\$" "$T/err" \
  "$cmd: no damaged-text diagnostic at $stdin_name:27:33 on stderr: $(head -n 2 "$T/err")"

# No INPUT at all reads standard input too; -o - is standard output.
cmd="assay extract -f jsonl < $seed"
"$ASSAY" extract -f jsonl <"$seed" >"$T/out2" 2>/dev/null
rc=$?
expect_rc 0
check cmp -s "$T/out" "$T/out2" "$cmd differs from '-'"
cmd="assay extract -f jsonl -o - - < $seed"
"$ASSAY" extract -f jsonl -o - - <"$seed" >"$T/out3" 2>/dev/null
check cmp -s "$T/out" "$T/out3" "$cmd differs from '-'"

# Standard input mixed with files, in argument order.
cmd="assay extract -f jsonl seed0 - seed3 < seed1"
"$ASSAY" extract -f jsonl fixtures/seeds/000_9ae38939ea97614e.txt - fixtures/seeds/003_133df33f45d41705.txt \
  <fixtures/seeds/001_ffb77daf54f20217.txt >"$T/mix" 2>/dev/null
check test "$(jq -r 'select(.type=="article") | .title' <"$T/mix" | tr '\n' '|')" = \
  "Peruvian Civil War of 1867|Peruvian Civil War of 1865|Chilean occupation of Peru|" \
  "$cmd: titles $(jq -r 'select(.type=="article") | .title' <"$T/mix" | tr '\n' '|')"

# CSV tables from standard input.
cmd="cat $seed | assay extract -f csv -o DIR -"
cat "$seed" | "$ASSAY" extract -f csv -o "$T/csvin" - >/dev/null 2>&1
check test "$("$PY" -c 'import csv,sys; print(len(list(csv.DictReader(open(sys.argv[1], newline="")))))' "$T/csvin/fields.csv")" -eq 27 \
  "$cmd: fields.csv should have 27 rows"

# An empty standard input: no articles, no crash.
cmd="assay extract -f jsonl - < /dev/null"
"$ASSAY" extract -f jsonl - </dev/null >"$T/out" 2>"$T/err"
rc=$?
expect_rc 0
check test ! -s "$T/out" "$cmd: output should be empty"

# A tree: every *.txt below it, sorted by path (bytewise), nothing else.
tree=$T/tree
mkdir -p "$tree/b/c" "$tree/a" "$tree/B" "$tree/d.txt" "$tree/empty"
cp fixtures/seeds/000_9ae38939ea97614e.txt "$tree/b/c/z.txt"
cp fixtures/seeds/001_ffb77daf54f20217.txt "$tree/b/A.txt"
cp fixtures/seeds/002_e7b0b6f05d2bd894.txt "$tree/a/y.txt"
cp fixtures/seeds/003_133df33f45d41705.txt "$tree/b.txt"
cp fixtures/seeds/001_ffb77daf54f20217.txt "$tree/B/x.txt"
cp fixtures/seeds/000_9ae38939ea97614e.txt "$tree/d.txt/inner.txt"   # a folder named *.txt
cp fixtures/seeds/000_9ae38939ea97614e.txt "$tree/a/notes.md"
cp fixtures/seeds/000_9ae38939ea97614e.txt "$tree/a/y.txt.bak"
cp fixtures/seeds/000_9ae38939ea97614e.txt "$tree/a/TXT"
want=$(cd "$T" && "$PY" -c '
import os
out = []
for d, dirs, files in os.walk("tree"):
    out += [os.path.join(d, f) for f in files if f.endswith(".txt")]
print("\n".join(sorted(out, key=lambda s: s.encode())))')
cmd="assay extract -f jsonl tree"
(cd "$T" && "$ASSAY" extract -f jsonl tree) >"$T/tree.jsonl" 2>"$T/tree.err"
got=$(jq -r 'select(.type=="article") | .file' <"$T/tree.jsonl" | uniq)
check test "$got" = "$want" "$cmd: files in this order:
$got
want (Python, sorted bytewise):
$want"
check test "$(jq -r 'select(.type=="article") | .file' <"$T/tree.jsonl" | wc -l)" -eq 6 "$cmd: want 6 articles"
(cd "$T" && "$ASSAY" extract -f jsonl tree/) >"$T/tree2.jsonl" 2>/dev/null
check test "$(jq -r 'select(.type=="article") | .file' <"$T/tree2.jsonl" | uniq)" = "$want" "assay extract tree/: file names differ from 'tree' (double slash?)"

finish
