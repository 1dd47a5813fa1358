"""t_bad_inputs: the catalogue in fixtures/bad/ (STYLE 6.8, serd's lax suite).

For every fixtures/bad/NAME.txt (data-driven: add a file, it is tested):
  NAME.err     the exact diagnostics (stderr) of `assay extract fixtures/bad/NAME.txt`;
               empty for inputs SPEC 2 says are tolerated silently
  NAME.titles  the titles of the articles still extracted, one per line
  NAME.jq      optional: a jq filter over the JSON Lines output (slurped) that
               must print true, checking what was recovered
The exit status follows from NAME.err: 1 when it has an error line (0 otherwise)
under the default --fail-on error, and likewise for --fail-on warning / note.
The same diagnostics are expected from `extract -f csv` and `check`, and the
CSV tables must parse.
"""
# SPDX-License-Identifier: MIT
import difflib
import os
import re

from e2elib import (ROOT, TMP, Checker, CsvError, jq, parse_jsonl, read_table,
                    run, show, text)

BAD = "fixtures/bad"
c = Checker("t_bad_inputs")
# Sorted as whole file names, bytewise, as a folder input is read.
names = [n[:-4] for n in sorted(os.listdir(os.path.join(ROOT, BAD)), key=lambda n: n.encode())
         if n.endswith(".txt")]
c.ok(len(names) >= 12, "fixtures/bad/ holds only %d fixtures" % len(names))

LINE = re.compile(r"^(?:[^:]+:\d+:(?:\d+:)? |[^:]+: |assay: )(error|warning|note): .+ \[[a-z0-9-]+\]$")


def diff(want, got, label, limit=40):
    lines = list(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                      "%s (expected)" % label, "%s (actual)" % label))
    more = "... (%d more diff lines)\n" % (len(lines) - limit) if len(lines) > limit else ""
    return "".join(lines[:limit]) + more


def want_status(err, level):
    sev = [m.group(1) for m in (LINE.match(l) for l in err.splitlines()) if m]
    order = {"note": 0, "warning": 1, "error": 2}
    return 1 if any(order[s] >= order[level] for s in sev) else 0


for name in names:
    path = "%s/%s.txt" % (BAD, name)
    base = os.path.join(ROOT, BAD, name)
    if not c.ok(os.path.exists(base + ".err"), "%s: no %s.err next to it" % (path, name)):
        continue
    with open(base + ".err", encoding="utf-8") as f:
        want_err = f.read()
    want_titles = None
    if c.ok(os.path.exists(base + ".titles"), "%s: no %s.titles next to it" % (path, name)):
        with open(base + ".titles", encoding="utf-8") as f:
            want_titles = f.read().splitlines()
    for l in want_err.splitlines():
        c.ok(LINE.match(l), "%s.err: not a diagnostic line: %r" % (name, l))

    # extract -f jsonl: diagnostics, exit status, what was recovered.
    args = ["extract", "-f", "jsonl", path]
    p = run(args)
    got_err = text(p.stderr)
    c.ok(got_err == want_err, "`assay %s`: stderr differs from %s.err:\n%s"
         % (show(args), name, diff(want_err, got_err, name + ".err")))
    c.eq(p.returncode, want_status(want_err, "error"), "`assay %s`: exit status" % show(args))
    try:
        recs = parse_jsonl(p.stdout, name)
    except (ValueError, UnicodeDecodeError) as e:
        c.fail("`assay %s`: output is not JSON Lines: %s" % (show(args), e))
        continue
    arts = [r for r in recs if r.get("type") == "article"]
    if want_titles is not None:
        c.eq([a.get("title") for a in arts], want_titles, "`assay %s`: titles" % show(args))
    for a in arts:
        c.eq(a.get("file"), path, "%s: article %r: file" % (name, a.get("title")))
        if a.get("title") == "Recovered":   # the good article after the bad part
            c.eq([(f.get("key"), f.get("raw")) for f in a.get("fields", [])], [("Date", "1881")],
                 "%s: the article after the damage: fields" % name)
            sents = [s.get("text") for sec in a.get("sections", []) for s in sec.get("sentences", [])]
            c.eq(sents, ["The rest of the input is still read."], "%s: the article after the damage: sentences" % name)
    if os.path.exists(base + ".jq"):
        with open(base + ".jq", encoding="utf-8") as f:
            flt = f.read().strip()
        rc, out, err = jq(flt, p.stdout, "-s")
        c.ok(rc == 0 and out.strip() == "true", "%s.jq: `%s` gave %r %s" % (name, flt, out.strip(), err.strip()))

    # The exit status follows --fail-on.
    for level in ("warning", "note"):
        args = ["extract", "-f", "jsonl", "--fail-on", level, path]
        q = run(args)
        c.eq(q.returncode, want_status(want_err, level), "`assay %s`: exit status" % show(args))
        c.ok(q.stdout == p.stdout, "`assay %s`: output differs from without --fail-on" % show(args))

    # The same diagnostics from the CSV writer and from check; tables parse.
    out = os.path.join(TMP, "csv-" + name)
    args = ["extract", "-f", "csv", "-o", out, path]
    q = run(args)
    c.ok(text(q.stderr) == got_err, "`assay %s`: stderr differs from extract -f jsonl's:\n%s"
         % (show(args), diff(got_err, text(q.stderr), "stderr")))
    c.eq(q.returncode, want_status(want_err, "error"), "`assay %s`: exit status" % show(args))
    try:
        _, rows = read_table(out, "articles")
        c.eq([r["title"] for r in rows], [a.get("title") for a in arts], "%s: articles.csv titles vs jsonl" % name)
        for t in ("fields", "mentions", "claims", "conflicts"):
            read_table(out, t)
    except (CsvError, OSError) as e:
        c.fail("`assay %s`: %s" % (show(args), e))
    args = ["check", path]
    q = run(args)
    c.ok(text(q.stderr) == got_err, "`assay %s`: stderr differs from extract -f jsonl's:\n%s"
         % (show(args), diff(got_err, text(q.stderr), "stderr")))
    c.ok(q.returncode in (0, 1), "`assay %s`: exit status %d" % (show(args), q.returncode))

# All of them at once, as a folder: every diagnostic, in sorted file order.
args = ["extract", "-f", "jsonl", BAD + "/"]
p = run(args)
want_all = ""
for name in names:
    if os.path.exists(os.path.join(ROOT, BAD, name + ".err")):
        with open(os.path.join(ROOT, BAD, name + ".err"), encoding="utf-8") as f:
            want_all += f.read()
# Every fixture ends with an article called 'Recovered': those notes are expected.
got_all = "".join(l for l in text(p.stderr).splitlines(True)
                  if not re.search(r"called 'Recovered'.*\[duplicate-title\]$", l))
c.ok(got_all == want_all, "`assay %s`: stderr is not the .err files concatenated:\n%s"
     % (show(args), diff(want_all, got_all, "fixtures/bad/*.err", 12)))
c.eq(p.returncode, want_status(want_all, "error"), "`assay %s`: exit status" % show(args))

c.done()
