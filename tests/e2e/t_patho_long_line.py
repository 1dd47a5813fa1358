"""t_patho_long_line: a 30 MB single line (SPEC 2 tolerates lines of any
length silently), through extract and run; then the rest is still read."""
# SPDX-License-Identifier: MIT
import os

from e2elib import (RECOVERED, TMP, Checker, check_recovered, parse_jsonl,
                    pathological, text)

c = Checker("t_patho_long_line")
line = b"word " * (30 * 1024 * 1024 // 5)
data = b"= Long line =\n\n" + line + RECOVERED
p = pathological(c, "long-line.txt", data)
if p:
    c.eq(text(p.stderr), "", "stderr for a long line (tolerated silently)")
    try:
        arts = check_recovered(c, "long-line", parse_jsonl(p.stdout))
        sents = [s for sec in arts[0].get("sections", []) for s in sec.get("sentences", [])]
        c.ok(sum(len(s.get("text", "")) for s in sents) >= len(line.strip()) - 10,
             "long-line: the text of the long line was not kept whole")
    except (ValueError, IndexError) as e:
        c.fail("long-line: %s" % e)

# The same line as a title, as an infobox value and with no final newline.
long_title = b"= " + b"T" * (30 * 1024 * 1024) + b" =\n\nText.\n" + RECOVERED
p = pathological(c, "long-title.txt", long_title, ("extract", "-f", "jsonl"))
if p:
    try:
        check_recovered(c, "long-title", parse_jsonl(p.stdout))
    except ValueError as e:
        c.fail("long-title: %s" % e)
value = b"= Long value =\n\nInfobox\n- Result: " + b"x" * (30 * 1024 * 1024) + b"\n" + RECOVERED
out = os.path.join(TMP, "run-long-value")
p = pathological(c, "long-value.txt", value, ("run", "-o", out))
if p:
    c.ok(os.path.exists(os.path.join(out, "fields.csv")), "long-value: run wrote no fields.csv")
p = pathological(c, "long-no-newline.txt", b"= No newline =\n\n" + line.strip())
if p:
    c.eq(text(p.stderr), "", "stderr for a long last line without a newline")

c.done()
