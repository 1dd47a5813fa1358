# t_unreadable.sh: unreadable paths and folders without articles are reported
# and the rest is still processed (SPEC 2); the exit status is 2 (SPEC 4).
# Tests run as root, so mode 000 would still be readable: the unreadable
# inputs here are a missing path, a path through a regular file (ENOTDIR), a
# file whose read() fails (/proc/self/mem: EIO) and a dangling symbolic link.
# SPDX-License-Identifier: MIT
source "$(dirname "$0")/lib.sh"

good=fixtures/seeds/001_ffb77daf54f20217.txt
good_title="Peruvian Civil War of 1865"

# expect_unreadable PATH: one 'error: ... PATH ... [unreadable-path]' line,
# exit 2, the good article still in the output.
expect_unreadable() {
  local p=$1
  expect_rc 2
  _checks=$((_checks + 1))
  local lines
  lines=$(grep -c -F -- "$p" "$T/err")
  if ! grep -q -E "^(assay|$p): error: .*\[unreadable-path\]\$" "$T/err" || [ "$lines" -ne 1 ]; then
    fail "\`$cmd\`: want one line 'assay: error: ...$p... [unreadable-path]' on stderr"
    show_err
  fi
}

for bad in fixtures/no-such-file.txt no-such-folder/ "$good/inside" /proc/self/mem; do
  run "$ASSAY" extract -f jsonl "$bad" "$good"
  expect_unreadable "$bad"
  check test "$(jq -r 'select(.type=="article") | .title' <"$T/out" 2>/dev/null)" = "$good_title" \
    "\`$cmd\`: the readable input was not processed: $(head -c 200 "$T/out")"
  # The bad path in the middle: order of the others kept.
  run "$ASSAY" extract -f jsonl fixtures/seeds/000_9ae38939ea97614e.txt "$bad" "$good"
  expect_unreadable "$bad"
  check test "$(jq -r 'select(.type=="article") | .title' <"$T/out" 2>/dev/null | tr '\n' '|')" = "Peruvian Civil War of 1867|$good_title|" \
    "\`$cmd\`: titles $(jq -r 'select(.type=="article") | .title' <"$T/out" 2>/dev/null | tr '\n' '|')"
done

# Every command says so, and still writes what it could read.
bad=fixtures/no-such-file.txt
run "$ASSAY" check "$bad" "$good"
expect_unreadable "$bad"
run "$ASSAY" extract -f csv -o "$T/csv" "$bad" "$good"
expect_unreadable "$bad"
check grep -q "^Peruvian_Civil_War_of_1865," "$T/csv/articles.csv" "\`$cmd\`: articles.csv lacks the readable article"
run "$ASSAY" run -o "$T/run" "$bad" "$good"
expect_unreadable "$bad"
check test -s "$T/run/assay.jsonl" "\`$cmd\`: no assay.jsonl for the readable input"
# --fail-on never lowers the status below 2.
run "$ASSAY" extract -f jsonl --fail-on note "$bad" "$good"
expect_rc 2
# Only unreadable input: still 2, and nothing but the error.
run "$ASSAY" extract -f jsonl "$bad"
expect_unreadable "$bad"
check test ! -s "$T/out" "\`$cmd\`: output for nothing readable should be empty"

# Inside a folder: a dangling *.txt link is an input that cannot be read.
mkdir -p "$T/tree/sub"
cp "$good" "$T/tree/sub/a.txt"
ln -s "$T/does-not-exist.txt" "$T/tree/sub/b-dangling.txt"
cp fixtures/seeds/000_9ae38939ea97614e.txt "$T/tree/sub/c.txt"
ln -s .. "$T/tree/sub/loop"      # a link loop must not hang the walk
run "$ASSAY" extract -f jsonl "$T/tree"
expect_unreadable "$T/tree/sub/b-dangling.txt"
check test "$(jq -r 'select(.type=="article") | .title' <"$T/out" 2>/dev/null | tr '\n' '|')" = "$good_title|Peruvian Civil War of 1867|" \
  "\`$cmd\`: titles $(jq -r 'select(.type=="article") | .title' <"$T/out" 2>/dev/null | tr '\n' '|')"

# A folder with no articles: a warning, not an error; output is empty.
mkdir -p "$T/noarticles/sub" "$T/emptydir"
echo "= Not read: wrong extension =" >"$T/noarticles/sub/readme.md"
echo "notes" >"$T/noarticles/notes.TXT.bak"
for d in "$T/noarticles" "$T/emptydir"; do
  run "$ASSAY" extract -f jsonl "$d"
  expect_rc 0
  check test "$(grep -c . "$T/err")" -eq 1 "\`$cmd\`: want exactly one diagnostic: $(cat "$T/err")"
  expect_err_line "^$d: warning: .*\[no-articles\]\$"
  check test ! -s "$T/out" "\`$cmd\`: output should be empty"
  run "$ASSAY" extract -f jsonl --fail-on warning "$d"
  expect_rc 1
  run "$ASSAY" extract -f csv -o "$T/csv-empty" "$d"
  expect_rc 0
  check test "$(wc -l 2>/dev/null <"$T/csv-empty/articles.csv")" = 1 "\`$cmd\`: articles.csv should be the header alone"
done
# A file with no title at all: no-articles for it, others still read.
printf 'just prose, no title\n' >"$T/notitle.txt"
run "$ASSAY" extract -f jsonl "$T/notitle.txt" "$good"
expect_rc 0
expect_err_line "^$T/notitle.txt: warning: .*\[no-articles\]\$"
check test "$(jq -r 'select(.type=="article") | .title' <"$T/out")" = "$good_title" "\`$cmd\`: the good file was not processed"

finish
