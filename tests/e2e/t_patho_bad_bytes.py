"""t_patho_bad_bytes: a line of 1,000,000 NUL bytes and one of 1,000,000
invalid UTF-8 bytes, and 2 MB of random bytes: one diagnostic per line, a
bounded run time, and the rest still read."""
# SPDX-License-Identifier: MIT
import random
import re

from e2elib import (RECOVERED, Checker, check_recovered, parse_jsonl,
                    pathological, text)

c = Checker("t_patho_bad_bytes")
N = 1000000
for name, bad, code in [("nuls.txt", b"\0", "nul-byte"), ("invalid.txt", b"\xff", "invalid-utf8")]:
    data = b"= Bad bytes =\n\nStart " + bad * N + b" end.\n" + RECOVERED
    p = pathological(c, name, data, timeout=40)
    if not p:
        continue
    err = text(p.stderr).splitlines()
    c.eq(len(err), 1, "%s: diagnostics for one line of %d bad bytes (one line, 'and more in this line')" % (name, N))
    c.ok(err and re.match(r"^.*%s:3:7: warning: .*\[%s\]$" % (re.escape(name), code), err[0]),
         "%s: want a %s warning at 3:7, got %r" % (name, code, err[:2]))
    try:
        arts = check_recovered(c, name, parse_jsonl(p.stdout))
        sents = "".join(s.get("text", "") for sec in arts[0].get("sections", []) for s in sec.get("sentences", []))
        c.eq(sents.count("\ufffd"), N, "%s: U+FFFD in the text" % name)
    except (ValueError, IndexError) as e:
        c.fail("%s: %s" % (name, e))

r = random.Random(7)
noise = bytes(r.randrange(256) for _ in range(2 * 1024 * 1024))
p = pathological(c, "noise.txt", noise + b"\n" + RECOVERED, timeout=40)
if p:
    try:
        check_recovered(c, "noise", parse_jsonl(p.stdout))
    except ValueError as e:
        c.fail("noise: %s" % e)

c.done()
