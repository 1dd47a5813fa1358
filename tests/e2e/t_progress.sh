# t_progress.sh: the progress line (SPEC 7): on a terminal, articles and
# MB/s on stderr, cleared at the end and before each diagnostic; nothing
# when stderr is not a terminal or with --quiet. The terminal is script(1)'s.
# SPDX-License-Identifier: MIT
source "$(dirname "$0")/lib.sh"

if ! command -v script >/dev/null; then
  echo "note: no script(1): progress checks skipped"
  finish
fi
# enough input for well over a quarter of a second, even on a fast machine:
# 24 MB, read with one worker (200 copies with all cores ended in under a
# quarter of a second on CI, before the first refresh)
big="$T/big.txt"
for _ in $(seq 1 600); do cat fixtures/seeds/*.txt; done >"$big"

cmd="assay check -j1 $big (on a terminal)"
script -qec "'$ASSAY' check -j1 '$big' >/dev/null" "$T/tty" >/dev/null 2>&1
check grep -aq 'articles, .* MB/s, [0-9]*%, [0-9]*:[0-9][0-9] left' "$T/tty" "$cmd: no progress line"
# after the last progress line comes the clearing sequence (a refresh may
# come after the last diagnostic, while the report is built)
check "$PY" -c '
import sys
b = open(sys.argv[1], "rb").read()
last = b.rfind(b"MB/s")
sys.exit(0 if last >= 0 and b"\r\x1b[K" in b[last:] else 1)' "$T/tty" "$cmd: the progress line is left on the screen"

cmd="assay check --quiet $big (on a terminal)"
script -qec "'$ASSAY' check --quiet '$big' >/dev/null" "$T/tty2" >/dev/null 2>&1
check test "$(grep -ac 'MB/s' "$T/tty2")" -eq 0 "$cmd: a progress line despite --quiet"

cmd="assay check $big 2>file"
"$ASSAY" check "$big" >/dev/null 2>"$T/err"
check test "$(grep -ac 'MB/s' "$T/err")" -eq 0 "$cmd: a progress line when stderr is not a terminal"

finish
