# lib.sh: helpers for the bash end-to-end tests; source it first.
# SPDX-License-Identifier: MIT
# Environment (set by run.sh): ASSAY, SHARED, ROOT, PY, TEST_TMP.
# Run from the repository root, so fixtures are given as relative paths.

set -u
export LC_ALL=C
: "${ROOT:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
: "${ASSAY:=$ROOT/build/assay}"
: "${SHARED:=$(cd "$ROOT/.." && pwd)/shared}"
: "${PY:=/usr/bin/python3}"
: "${TEST_TMP:=$(mktemp -d)}"
T=$TEST_TMP
cd "$ROOT" || exit 2

SEEDS=(fixtures/seeds/*.txt)
_fails=0
_checks=0

fail() { _fails=$((_fails + 1)); echo "FAIL: $*"; }
pass() { _checks=$((_checks + 1)); }

# run CMD...: runs CMD with stdout in $T/out, stderr in $T/err, status in $rc;
# $cmd holds the command line for messages.
run() {
  cmd="$*"
  "$@" >"$T/out" 2>"$T/err"
  rc=$?
}

# expect_rc WANT: the status of the last run is WANT (or one of "0|141").
expect_rc() {
  _checks=$((_checks + 1))
  case "|$1|" in
    *"|$rc|"*) return 0 ;;
  esac
  fail "\`$cmd\` exited $rc, want $1"
  show_err
  return 1
}

show_err() {
  if [ -s "$T/err" ]; then
    echo "  stderr of \`$cmd\`:"
    head -n 20 "$T/err" | sed 's/^/    /'
  fi
}

# expect_err_prefix PREFIX: stderr has a line starting with PREFIX.
expect_err_line() {
  _checks=$((_checks + 1))
  if ! grep -q -- "$1" "$T/err"; then
    fail "\`$cmd\`: no stderr line matching '$1'"
    show_err
    return 1
  fi
}

expect_empty_err() {
  _checks=$((_checks + 1))
  if [ -s "$T/err" ]; then
    fail "\`$cmd\`: stderr should be empty"
    show_err
    return 1
  fi
}

# check COND-CMD... MESSAGE: runs the condition; failure prints MESSAGE.
check() {
  local msg=${*: -1}
  _checks=$((_checks + 1))
  if ! "${@:1:$#-1}"; then
    fail "$msg"
    return 1
  fi
}

# tmp_leftovers DIR: prints files in DIR that look like temporary files.
tmp_leftovers() {
  find "$1" -maxdepth 1 \( -name '.*tmp*' -o -name '*.tmp' -o -name '*.tmp.*' -o -name '*~' \) 2>/dev/null
}

finish() {
  if [ "$_fails" -gt 0 ]; then
    echo "$(basename "$0"): $_fails of $_checks checks failed"
    exit 1
  fi
  echo "$(basename "$0"): all $_checks checks passed"
  exit 0
}
