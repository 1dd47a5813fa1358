"""t_patho_fields: an infobox of 100,000 fields, through extract and run."""
# SPDX-License-Identifier: MIT
import os

from e2elib import (RECOVERED, TMP, Checker, CsvError, check_recovered,
                    parse_jsonl, pathological, read_table, text)

c = Checker("t_patho_fields")
N = 100000
body = b"".join(b"- Commander%d: General Person %d\n" % (i, i) for i in range(1, N + 1))
data = b"= Many fields =\n\nInfobox\n" + body + b"\nText.\n" + RECOVERED
p = pathological(c, "fields.txt", data)
if p:
    c.eq(text(p.stderr), "", "stderr for 100,000 fields")
    try:
        arts = check_recovered(c, "fields", parse_jsonl(p.stdout))
        fields = arts[0].get("fields", [])
        c.eq(len(fields), N, "fields extracted")
        c.eq((fields[-1].get("series"), fields[-1].get("index"), fields[-1].get("line")),
             ("Commander", str(N), N + 3), "the last field's series, index and line")
    except (ValueError, IndexError) as e:
        c.fail("fields: %s" % e)

out = os.path.join(TMP, "run")
p = pathological(c, "fields-run.txt", data, ("run", "-o", out))
if p:
    try:
        _, rows = read_table(out, "fields")
        c.eq(len(rows), N + 1, "fields.csv rows (100,000 + the recovered article's one)")
    except (CsvError, OSError) as e:
        c.fail(str(e))

c.done()
