"""t_csv_safe: with --csv-safe, no CSV cell starts a spreadsheet formula
(`=`, `+`, `-`, `@`, tab, carriage return): such a cell gets a `'` first;
without it the cells are written as extracted. extract, check and run take
the option; other formats are not touched."""
# SPDX-License-Identifier: MIT
import csv
import io
import os

from e2elib import TMP, Checker, run, text

c = Checker("t_csv_safe")
art = os.path.join(TMP, "formula.txt")
with open(art, "w", encoding="utf-8") as f:
    f.write('= Formula test =\n\nInfobox\n- Name: =HYPERLINK("http://x","y")\n- Motto: +1 and @home\n'
            '- Note: -2 degrees\n- Place: @Lima\n\n'
            '=cmd|calc!A0 was written in 1867. The Formula test ended on 5 May 1868.\n')
STARTS = ("=", "+", "-", "@", "\t", "\r")


def cells(args):
    p = run(args)
    c.ok(p.returncode in (0, 1), "`assay %s`: exit status %d: %s" % (" ".join(args), p.returncode, text(p.stderr)))
    return [cell for row in csv.reader(io.StringIO(text(p.stdout), newline="")) for cell in row]


for table in ("fields", "claims", "mentions", "articles"):
    plain = cells(["extract", "-f", "csv", "--table", table, art])
    safe = cells(["extract", "-f", "csv", "--table", table, "--csv-safe", art])
    c.eq(len(plain), len(safe), "%s: the same cells with and without --csv-safe" % table)
    risky = [x for x in plain if x.startswith(STARTS)]
    c.ok(not [x for x in safe if x.startswith(STARTS)], "%s: no cell starts a formula with --csv-safe" % table)
    c.eq([s for p, s in zip(plain, safe) if p != s], ["'" + x for x in risky],
         "%s: exactly the risky cells changed, by a leading '" % table)
    if table == "fields":
        c.ok(len(risky) >= 4, "fields: the probe has formula-like values (%r)" % risky)

p = run(["extract", "-f", "jsonl", "--csv-safe", art])
c.ok('=HYPERLINK' in text(p.stdout) and "'=HYPERLINK" not in text(p.stdout), "JSON is not changed by --csv-safe")
for args in (["check", "-f", "csv", "--csv-safe", art], ["run", "--csv-safe", "-o", os.path.join(TMP, "run"), art]):
    p = run(args)
    c.ok(p.returncode in (0, 1), "`assay %s` accepts --csv-safe: %s" % (" ".join(args), text(p.stderr)))
with open(os.path.join(TMP, "run", "fields.csv"), encoding="utf-8") as f:
    c.ok("'=HYPERLINK" in f.read(), "run --csv-safe guards fields.csv")
c.done()
