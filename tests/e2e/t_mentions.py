"""t_mentions: the dates and quantities found in the prose, read back with
Python's csv and json modules, their provenance checked against the input
files themselves (line, character column, byte offset), their counts
against the articles table and the JSON Lines output."""
# SPDX-License-Identifier: MIT
import collections
import json
import os

from e2elib import SHARED, Checker, extract_tables, run, seed_files, source_of, text

c = Checker("t_mentions")


def check_provenance(rows, label):
    """Every mention's text is found where its line, column and byte say."""
    bad = 0
    for r in rows:
        path = r["file"]
        raw, lines = source_of(path)
        line = lines[int(r["line"]) - 1]
        col = int(r["column"]) - 1
        t = r["text"]
        if line[col:col + len(t)] != t:
            bad += 1
            if bad <= 3:
                c.fail("%s: %s:%s:%s: '%s' is not at that column (line has '%s')"
                       % (label, path, r["line"], r["column"], t, line[col:col + len(t)]))
        b = int(r["byte"])
        if raw[b:b + len(t.encode())] != t.encode():
            bad += 1
            if bad <= 3:
                c.fail("%s: %s: byte %d does not hold '%s'" % (label, path, b, t))
    c.eq(bad, 0, "%s: mentions whose provenance does not point at their text" % label)


def extract_csv(inputs, name):
    return extract_tables(c, inputs, name, ["articles", "mentions"])


# ---- the seeds
seeds = seed_files()
articles, mentions = extract_csv(seeds, "mentions-seeds")
check_provenance(mentions, "seeds")
per_article = collections.Counter(m["article_id"] for m in mentions)
for a in articles:
    c.eq(per_article[a["article_id"]], int(a["mentions"]),
         "mentions rows of %s against articles.mentions" % a["article_id"])

# JSON Lines carries the same mentions
p = run(["extract", "-f", "jsonl"] + seeds)
js = [json.loads(l) for l in text(p.stdout).splitlines() if l.strip()]
c.eq(sum(len(o.get("mentions", [])) for o in js if o.get("type") == "article"), len(mentions),
     "mentions in JSON Lines against mentions.csv")
for o in js:
    for m in o.get("mentions", []):
        c.ok(isinstance(m.get("inferred"), bool), "JSON inferred is a boolean")
        break

kinds = collections.Counter(m["kind"] for m in mentions)
c.ok(kinds["date"] >= 100, "seeds: %d date mentions, expected at least 100" % kinds["date"])
c.ok(kinds["quantity"] >= 20, "seeds: %d quantity mentions, expected at least 20" % kinds["quantity"])

# words that only look like dates
for m in mentions:
    if m["kind"] == "date":
        c.ok(m["text"].lower() not in ("now", "today", "morning", "evening") and
             m["text"] not in ("march", "may"),
             "'%s' is not a date (%s:%s)" % (m["text"], m["file"], m["line"]))

# dates of the seeds a reader checks by eye: (file prefix, line, text) -> value, inferred
expect = {
    ("000", "24", "Two days later"): ("1867-08-31", "true"),
    ("000", "54", "January 8th"): ("1868-01-08", "true"),
    ("001", "18", "28 February"): ("1865-02-28", "true"),
    ("001", "23", "the end of September of that same year"): ("1865-09-21/1865-09-30", "true"),
    ("001", "24", "the early hours of 6 November"): ("1865-11-06", "true"),
    ("002", "46", "28 and 29 January"): ("1882-01-28/1882-01-29", "true"),
    ("002", "63", "29 October"): ("1883-10-29", "true"),
    ("003", "44", "January 17 of the same year"): ("1881-01-17", "true"),
    ("003", "109", "six days later"): ("1883-10-29", "true"),
    ("000", "17", "October of 1866"): ("1866-10", "false"),
    ("002", "38", "early 1881"): ("1881-01/1881-04", "false"),
}
seen = {}
for m in mentions:
    key = (os.path.basename(m["file"])[:3], m["line"], m["text"])
    if key in expect:
        seen[key] = (m["normalized"], m["inferred"])
for key, want in expect.items():
    c.eq(seen.get(key), want, "seed %s line %s '%s'" % key)

# ---- the real corpus: provenance holds everywhere
corpus = os.path.join(SHARED, "corpus", "real")
if os.path.isdir(corpus):
    _, cm = extract_csv([corpus], "mentions-corpus")
    check_provenance(cm, "corpus")
    c.ok(len(cm) > 1000, "corpus: %d mentions" % len(cm))
else:
    c.note("no %s: corpus part skipped" % corpus)

c.done()
