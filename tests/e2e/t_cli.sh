# t_cli.sh: the command-line table (STYLE 6.8, SPEC 6): every good option
# exits 0, every usage error exits 2 with 'assay: error: ...' on stderr.
# SPDX-License-Identifier: MIT
source "$(dirname "$0")/lib.sh"

seed=fixtures/seeds/001_ffb77daf54f20217.txt

# --help and --version, on the program and on every subcommand.
for args in "--help" "-h" "extract --help" "extract -h" "check --help" "check -h" \
            "run --help" "run -h" "help"; do
  # shellcheck disable=SC2086
  run "$ASSAY" $args
  [ "$args" = help ] && { [ $rc -eq 0 ] || [ $rc -eq 2 ] || fail "assay help exited $rc"; continue; }
  expect_rc 0
  check grep -q '^Usage: assay' "$T/out" "\`$cmd\`: no 'Usage: assay' line on stdout"
  expect_empty_err
done
for sub in extract check run; do
  run "$ASSAY" $sub --help
  check grep -q "^Usage: assay $sub" "$T/out" "\`$cmd\`: usage does not name '$sub'"
done
for args in "--version" "-V" "extract --version" "check --version" "run --version"; do
  # shellcheck disable=SC2086
  run "$ASSAY" $args
  expect_rc 0
  check grep -Eq '^assay [0-9]+\.[0-9]+' "$T/out" "\`$cmd\`: stdout is not 'assay X.Y...': $(head -c 80 "$T/out")"
  expect_empty_err
done

# Good invocations: exit 0, something on stdout.
good=(
  "extract $seed"
  "extract -f jsonl $seed"
  "extract --format=jsonl $seed"
  "extract --format jsonl $seed"
  "extract -f json $seed"
  "extract -f csv --table articles $seed"
  "extract -f csv --table fields -o - $seed"
  "extract -q -f jsonl $seed"
  "extract --quiet -f jsonl -o - $seed"
  "extract --fail-on error -f jsonl $seed"
  "check $seed"
  "check -f json $seed"
  "check -f csv $seed"
  "check --fail-on error $seed"
  "check --max-article-bytes 1000000 $seed"
)
for args in "${good[@]}"; do
  # shellcheck disable=SC2086
  run "$ASSAY" $args
  expect_rc 0
done
run "$ASSAY" extract -f csv --table articles "$seed"
check grep -q '^article_id,title,file,line,sections,fields,mentions,claims' "$T/out" \
  "\`$cmd\`: stdout does not start with the articles header"
run "$ASSAY" run -o "$T/runout" "$seed"
expect_rc 0
check test -s "$T/runout/articles.csv" "\`$cmd\` wrote no articles.csv"

# Usage errors: exit 2, first stderr line 'assay: error: ...', nothing on stdout.
bad=(
  "--bogus"
  "frobnicate"
  "frobnicate $seed"
  "extract --bogus $seed"
  "extract -x $seed"
  "extract -f yaml $seed"
  "extract -f $seed"
  "extract -f"
  "extract -o"
  "extract -f csv $seed"
  "extract -f csv -o - $seed"
  "extract -f csv --table nope -o $T/csvdir $seed"
  "extract -f jsonl --fail-on bogus $seed"
  "extract --max-article-bytes lots $seed"
  "extract --max-article-bytes -5 $seed"
  "check --fail-on bogus $seed"
  "check --fail-on $seed"
  "check --fail-on"
  "check -f yaml $seed"
  "check --bogus $seed"
  "run $seed"
  "run"
  "run --bogus -o $T/x $seed"
  "run --fail-on bogus -o $T/x2 $seed"
  "run -o"
  "run -o - $seed"
)
for args in "${bad[@]}"; do
  # shellcheck disable=SC2086
  run "$ASSAY" $args
  expect_rc 2 || continue
  _checks=$((_checks + 1))
  if ! head -n 1 "$T/err" | grep -q '^assay: error: '; then
    fail "\`$cmd\`: first stderr line should start 'assay: error: ', got: $(head -n 1 "$T/err")"
  fi
  check test ! -s "$T/out" "\`$cmd\`: usage error but something on stdout"
done
check test ! -e "$T/x" "run with a bad option still created its output folder"

# --fail-on gates the exit status (SPEC 4): seed 001 alone has warnings
# (damaged text) and no error; the four seeds together have an error (the
# Treaty of Ancón dated two ways).
run "$ASSAY" check "$seed"
expect_rc 0
run "$ASSAY" check --fail-on warning "$seed"
expect_rc 1
run "$ASSAY" check fixtures/seeds/
expect_rc 1
run "$ASSAY" check --fail-on warning fixtures/seeds/
expect_rc 1
run "$ASSAY" extract -f jsonl --fail-on warning fixtures/seeds/
expect_rc 1
check test -s "$T/out" "\`$cmd\`: findings must not suppress the output"

# No command at all: usage on stderr, exit 2.
run "$ASSAY"
expect_rc 2
check grep -q 'Usage: assay' "$T/err" "\`assay\` with no command: no usage on stderr"

finish
