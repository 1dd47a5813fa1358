"""t_csv_seeds: `assay extract -f csv -o DIR fixtures/seeds/*.txt`, read back
with Python's csv module (RFC 4180) and checked against the seed files."""
# SPDX-License-Identifier: MIT
import os
import re

from e2elib import (ROOT, SPEC_COLUMNS, TABLES, TMP, Checker, CsvError,
                    infobox_lines, read_table, run, seed_files, show, text)

c = Checker("t_csv_seeds")
seeds = seed_files()
out = os.path.join(TMP, "csv")
args = ["extract", "-f", "csv", "-o", out] + seeds
p = run(args)
c.eq(p.returncode, 0, "exit status of `assay %s`" % show(args))
if p.returncode not in (0, 1):
    print(text(p.stderr))
    c.done()

# Exactly the five tables, nothing else (no temporary files left over).
c.eq(sorted(os.listdir(out)), sorted(t + ".csv" for t in TABLES),
     "files written into %s" % out)

tables = {}
for t in TABLES:
    try:
        header, rows = read_table(out, t)
    except (CsvError, OSError) as e:
        c.fail(str(e))
        continue
    c.eq(header[:len(SPEC_COLUMNS[t])], SPEC_COLUMNS[t], "%s.csv header (SPEC 5)" % t)
    with open(os.path.join(out, t + ".csv"), "rb") as f:
        raw = f.read()
    first = raw.split(b"\n", 1)[0]
    c.ok(first.endswith(b"\r"), "%s.csv: RFC 4180 wants CRLF record ends" % t)
    c.ok(not raw.startswith(b"\xef\xbb\xbf"), "%s.csv starts with a BOM" % t)
    tables[t] = (header, rows)

# The seeds, read independently.
expected = []  # (file, title, title line, [(line, key, raw)])
for s in seeds:
    for title, tline, fields in infobox_lines(os.path.join(ROOT, s)):
        expected.append((s, title, tline, fields))

# articles.csv: one row per article, in input order, with the right counts.
if "articles" in tables:
    _, arts = tables["articles"]
    c.eq(len(arts), 4, "articles.csv rows")
    c.eq([(a["file"], a["title"], a["line"]) for a in arts],
         [(f, t, str(l)) for f, t, l, _ in expected],
         "articles.csv (file, title, line) per article")
    c.eq([a["fields"] for a in arts], [str(len(x[3])) for x in expected],
         "articles.csv fields counts")
    ids = [a["article_id"] for a in arts]
    c.eq(len(set(ids)), len(ids), "article_id values are unique")
    for a in arts:
        for col in ("sections", "mentions", "claims"):
            c.ok(re.fullmatch(r"\d+", a[col]), "articles.csv %s=%r is not a count" % (col, a[col]))

# fields.csv: one row per infobox line, pointing at it.
ROLE = r"(?:(Year|Date|Flag|Image|Title) )?"
numbered = re.compile(r"^" + ROLE + r"(.+?)(\d+)$")
startend = re.compile(r"^(Event|Date|Year) (Start|End)$")
# The examples the brief and SPEC 3.2 name, checked literally as well.
literal = {"Commander2": ("Commander", "2", ""), "Year Leader1": ("Leader", "1", "year"),
           "Date Event3": ("Event", "3", "date"), "Date End": ("Event", "end", "date"),
           "Flag P1": ("P", "1", "flag"), "Event Start": ("Event", "start", ""),
           "Date Start": ("Event", "start", "date"), "Year Start": ("Event", "start", "year"),
           "Year End": ("Event", "end", "year"), "Image Flag2": ("Flag", "2", "image"),
           "Combatant1": ("Combatant", "1", "")}
if "fields" in tables:
    header, rows = tables["fields"]
    c.ok("column" in header, "fields.csv has no extra column named 'column'")
    want = [(f, l, k, r) for f, _, _, fs in expected for l, k, r in fs]
    c.eq(len(rows), 81, "fields.csv rows (81 infobox lines in the seeds)")
    c.eq(len(rows), len(want), "fields.csv rows vs infobox lines counted by Python")
    got = [(r["file"], int(r["line"]) if r["line"].isdigit() else r["line"], r["key"], r["raw"])
           for r in rows]
    c.eq(got, want, "fields.csv (file, line, key, raw) in input order")
    ids = {}
    if "articles" in tables:
        ids = {a["file"]: a["article_id"] for a in tables["articles"][1]}
    files = {}
    seen_literal = set()
    for r in rows:
        where = "fields.csv %s:%s %r" % (r["file"], r["line"], r["key"])
        c.ok(r["file"] and r["line"] and r.get("column"), where + ": file, line and column must all be set")
        if r["file"] not in files:
            with open(os.path.join(ROOT, r["file"]), encoding="utf-8") as f:
                files[r["file"]] = f.read().split("\n")
        lines = files[r["file"]]
        try:
            ln, col = int(r["line"]), int(r.get("column", "0"))
        except ValueError:
            c.fail(where + ": line/column not numbers")
            continue
        src = lines[ln - 1] if 0 < ln <= len(lines) else ""
        c.ok(src.startswith("- %s: " % r["key"]), where + ": line %d is %r, not the '- Key: Value' line" % (ln, src))
        rest = src[col - 1:] if col >= 1 else ""
        c.ok(rest.startswith(r["key"]) or rest.startswith("- " + r["key"]),
             where + ": column %d does not point at the field (%r)" % (col, rest[:20]))
        if ids:
            c.eq(r["article_id"], ids.get(r["file"]), where + ": article_id")
        key = r["key"]
        got3 = (r["series"], r["index"], r["role"])
        m, se = numbered.match(key), startend.match(key)
        if key in literal:
            seen_literal.add(key)
            c.eq(got3, literal[key], where + ": (series, index, role)")
        if se:
            role = "" if se.group(1) == "Event" else se.group(1).lower()
            c.eq(got3, ("Event", se.group(2).lower(), role), where + ": (series, index, role)")
        elif m:
            c.eq(got3, (m.group(2), m.group(3), (m.group(1) or "").lower()),
                 where + ": (series, index, role)")
        elif " " not in key:
            c.eq(got3, (key, "", ""), where + ": (series, index, role) of a plain key")
        c.ok(r["type"] != "", where + ": empty type")
    c.eq(seen_literal, set(literal), "the named example keys found in fields.csv")

    # SPEC 3.2's own value examples, as they occur in the seeds.
    def field(file_part, key):
        return [r for r in rows if file_part in r["file"] and r["key"] == key]
    for file_part, key, norm in [
            ("001_", "Date", "1865-02-28/1865-11-08"),   # 28 February–8 November 1865
            ("001_", "Place", "Peru"),                   # PER
            ("002_", "Date End", "1883-10-27"),          # 27 October + Year End 1883
            ("002_", "Year Leader2", "1881/1883"),       # 1881–1883
            ("002_", "P1", "Chilean occupation of Peru"),  # glued link target
            ("003_", "Flag P1", "Flag of Peru (1825–1884).svg")]:
        got_rows = field(file_part, key)
        c.ok(len(got_rows) == 1 and got_rows[0]["normalized"] == norm,
             "fields.csv %s %r normalized: got %r, want %r"
             % (file_part, key, [g["normalized"] for g in got_rows], norm))

# The other tables: well-formed; their rows point into the seeds.
for t in ("mentions", "claims"):
    if t in tables:
        for r in tables[t][1]:
            c.ok(r["file"] in seeds and r["line"].isdigit() and r["column"].isdigit(),
                 "%s.csv row without a valid file/line/column: %r" % (t, r))
if "claims" in tables and "conflicts" in tables:
    claim_ids = {r["claim_id"] for r in tables["claims"][1]}
    for r in tables["conflicts"][1]:
        # a finding on the text (damaged-text, name-variant) names no claim
        for cid in filter(None, r["claim_ids"].split(";")):
            c.ok(cid in claim_ids, "conflicts.csv %s names unknown claim %r" % (r["conflict_id"], cid))
        c.ok(r["claim_ids"] or r["code"] in ("damaged-text", "name-variant", "relative-date", "series-incomplete",
                                         "out-of-range"),
             "conflicts.csv %s (%s) names no claim" % (r["conflict_id"], r["code"]))
        # its place and sentence: those of its first claim, or the finding's own
        where = "conflicts.csv %s (%s)" % (r["conflict_id"], r["code"])
        ids = set(filter(None, r["claim_ids"].split(";")))
        if ids:
            first = [q for q in tables["claims"][1] if q["claim_id"] in ids and
                     (q["file"], q["line"], q["column"]) == (r["file"], r["line"], r["column"])]
            c.ok(first and r["sentence"] in [q["sentence"] for q in first],
                 where + ": sentence %r is not that of its claim at %s:%s:%s"
                 % (r["sentence"][:60], r["file"], r["line"], r["column"]))
        else:
            lines = open(os.path.join(ROOT, r["file"]), encoding="utf-8").read().split("\n")
            ln = int(r["line"]) if r["line"].isdigit() else 0
            c.ok(r["sentence"] and 0 < ln <= len(lines) and r["sentence"] in lines[ln - 1],
                 where + ": sentence %r is not on line %s" % (r["sentence"][:60], r["line"]))

c.done()
