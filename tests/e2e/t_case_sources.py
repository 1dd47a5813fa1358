"""t_case_sources: every `>` line of tests/cases/claims.txt is, as its header
promises, a verbatim substring of the source line its case names
(`## ... (FILE:LINE)`), looked up in the seeds or the real corpus; a case
marked `(written for the test)` has no source."""
# SPDX-License-Identifier: MIT
import os
import re

from e2elib import ROOT, SHARED, Checker

c = Checker("t_case_sources")
dirs = [os.path.join(ROOT, "fixtures", "seeds"), os.path.join(SHARED, "corpus", "real")]
lines_of = {}


def source_line(name, n):
    if name not in lines_of:
        lines_of[name] = None
        for d in dirs:
            path = os.path.join(d, name)
            if os.path.exists(path):
                with open(path, encoding="utf-8") as f:
                    lines_of[name] = f.read().split("\n")
    lines = lines_of[name]
    return lines[n - 1] if lines and 0 < n <= len(lines) else None


where, cases, checked = None, 0, 0
with open(os.path.join(ROOT, "tests", "cases", "claims.txt"), encoding="utf-8") as f:
    for no, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if line.startswith("## "):
            where = None
            if line.endswith("(written for the test)"):
                continue
            cases += 1
            m = re.search(r"\(([^():]+\.txt):(\d+)\)\s*$", line)
            c.ok(m is not None, "claims.txt:%d: the case names no FILE:LINE: %s" % (no, line))
            where = (m.group(1), int(m.group(2))) if m else None
        elif line.startswith("> ") and where:
            src = source_line(*where)
            if src is None and not os.path.isdir(dirs[1]):
                continue  # the real corpus is not here
            checked += 1
            c.ok(src is not None and line[2:] in src,
                 "claims.txt:%d: not a verbatim part of %s:%d: %r" % (no, where[0], where[1], line[2:80]))
c.ok(cases > 100 and checked >= cases, "cases %d, quoted lines checked %d" % (cases, checked))
c.done()
