"""t_claims: claims and people of the seeds, read back with Python's csv and
json modules: the facts the issue names exist with their provenance, every
claim's line, column and byte point into its file and its sentence is a
sentence of that line, one person has one canonical name whatever form the
text uses, and brothers stay apart."""
# SPDX-License-Identifier: MIT
import collections
import json
import os

from e2elib import SHARED, TMP, Checker, extract_tables, run, seed_files, source_of, text

c = Checker("t_claims")


def extract_csv(inputs, name):
    return extract_tables(c, inputs, name, ["articles", "mentions", "claims"])


def check_provenance(claims, label):
    """A claim's value sits on its line (infobox) or its sentence does (prose)."""
    bad = 0
    for r in claims:
        path = r["file"]
        raw, lines = source_of(path)
        line = lines[int(r["line"]) - 1]
        col = int(r["column"]) - 1
        b = int(r["byte"])
        quote = r["sentence"]
        ok = quote in line or line.strip() == quote.strip() or quote.startswith(line.strip())
        at = raw[b:b + 4].decode("utf-8", "ignore")[:1] == line[col:col + 1]
        if not (ok and at and 0 <= col < len(line)):
            bad += 1
            if bad <= 3:
                c.fail("%s: %s:%s:%s (byte %d): claim %s does not point into its sentence"
                       % (label, path, r["line"], r["column"], b, r["claim_id"]))
    c.eq(bad, 0, "%s: claims whose provenance does not hold" % label)


seeds = seed_files()
articles, mentions, claims = extract_csv(seeds, "claims-seeds")
check_provenance(claims, "seeds")

# counts agree with the articles table and with JSON Lines
per_article = collections.Counter(r["article_id"] for r in claims)
for a in articles:
    c.eq(per_article[a["article_id"]], int(a["claims"]), "claims rows of %s" % a["article_id"])
p = run(["extract", "-f", "jsonl"] + seeds)
js = [json.loads(l) for l in text(p.stdout).splitlines() if l.strip()]
c.eq(sum(len(o.get("claims", [])) for o in js if o.get("type") == "article"), len(claims),
     "claims in JSON Lines against claims.csv")
ids = [r["claim_id"] for r in claims]
c.eq(len(ids), len(set(ids)), "claim ids are unique")

prose = [r for r in claims if r["origin"] == "prose"]
c.ok(len(prose) >= 60, "seeds: %d claims from prose, expected at least 60" % len(prose))
c.ok(all(r["sentence"] for r in prose), "every prose claim quotes its sentence")


def find(prefix, origin, subject, prop, value, about=None):
    for r in claims:
        if (os.path.basename(r["file"]).startswith(prefix) and r["origin"] == origin and
                r["subject"] == subject and r["property"] == prop and r["normalized"] == value and
                (about is None or r["about"] == about)):
            return r
    return None


facts = [
    ("002", "infobox", "Treaty of Ancón", "date", "1883-10-20", None),
    ("003", "prose", "Treaty of Ancón", "date", "1883-10-23", None),
    ("000", "prose", "Ramón Castilla", "deathDate", "1867-05-30", None),
    ("002", "prose", "Lizardo Montero Flores", "destination", "Puno", "Arequipa"),
    ("003", "prose", "Lizardo Montero Flores", "destination", "Puno", "Arequipa"),
    ("003", "prose", "Lizardo Montero Flores", "destination", "Bolivia", "Arequipa"),
    ("002", "prose", "Cry of Montán", "agent", "Miguel Iglesias", None),
    ("003", "prose", "Cry of Montán", "agent", "Miguel Iglesias", None),
    ("003", "prose", "Cry of Montán", "agent", "Lizardo Montero Flores", None),
    ("000", "prose", "José Balta", "strength", "150", None),
    ("000", "prose", "Mariano Ignacio Prado", "strength", "3000", None),
    ("000", "prose", "Chiclayans", "duration", "P26D", None),
    ("001", "prose", "Mariano Ignacio Prado", "role", "dictator", None),
    ("000", "prose", "Pedro Diez Canseco", "role", "provisional presidency", None),
    ("002", "prose", "Andrés Avelino Cáceres", "role", "second vice president", None),
    ("003", "prose", "Andrés Avelino Cáceres", "role", "vice president", None),
]
for f in facts:
    c.ok(find(*f) is not None, "seed %s: %s claim '%s %s %s'%s" %
         (f[0], f[1], f[2], f[3], f[4], " from " + f[5] if f[5] else ""))
castilla = find("000", "prose", "Ramón Castilla", "deathDate", "1867-05-30")
if castilla:
    c.ok("he died" in castilla["sentence"] and castilla["line"] == "21",
         "Castilla's death comes from 000 line 21 through 'he'")
montan = find("003", "prose", "Cry of Montán", "agent", "Lizardo Montero Flores")
if montan:
    c.ok("Lizardo Montero's Cry of Montán" in montan["sentence"], "the lead's attribution quotes its sentence")

# sentences that must give no claim
for r in prose:
    c.ok(not (r["subject"] == "Vivanco-Pareja Treaty" and r["normalized"] == "1864"),
         "'rebelled against the Vivanco-Pareja Treaty in 1864' does not date the treaty")
    c.ok(r["subject"] not in ("Chilean", "Chileans", "Peruvian"), "no claim about '%s'" % r["subject"])

# ---- people: one canonical name per person, brothers apart
people = [m for m in mentions if m["kind"] == "person"]
c.ok(len(people) >= 100, "seeds: %d person mentions" % len(people))
prado = {m["normalized"] for m in people if "Prado" in m["text"]}
c.eq(prado, {"Mariano Ignacio Prado"}, "every person mention with 'Prado' has one canonical name")
caceres = {m["normalized"] for m in people if "Cáceres" in m["text"]}
c.eq(caceres, {"Andrés Avelino Cáceres"}, "'Andrés A. Cáceres', 'Cáceres' and the full name are one person")
pedro = {m["normalized"] for m in people if m["text"] == "Pedro Diez Canseco"}
francisco = {m["normalized"] for m in people if m["text"] == "Francisco Diez Canseco"}
c.eq(pedro, {"Pedro Diez Canseco"}, "Pedro Diez Canseco keeps his name")
c.eq(francisco, {"Francisco Diez Canseco"}, "Francisco Diez Canseco keeps his name")
for m in people:
    c.ok(not m["text"].startswith(("General ", "Colonel ", "Marshal ", "President ")),
         "the rank is kept apart from '%s'" % m["text"])
    c.ok(not m["text"].endswith(("'s", "'")), "no possessive in '%s'" % m["text"])
ranked = [m for m in people if m["qualifier"]]
c.ok(any(m["qualifier"] == "Marshal" and m["text"] == "Ramón Castilla" for m in ranked),
     "'Marshal Ramón Castilla': rank Marshal, name Ramón Castilla")
events = {m["normalized"] for m in mentions if m["kind"] == "event"}
for e in ("Treaty of Ancón", "Battle of Huamachuco", "Cry of Montán", "Constitution of 1860"):
    c.ok(e in events, "event '%s' found" % e)
places = {m["normalized"] for m in mentions if m["kind"] == "place"}
for pl in ("Arequipa", "Lima", "Puno", "Chiclayo", "Lake Titicaca"):
    c.ok(pl in places, "place '%s' found" % pl)

# the same person with a combining accent and in capitals is the same name
variant = os.path.join(TMP, "variant.txt")
with open(variant, "w", encoding="utf-8") as f:
    f.write("= Variant =\n\nGeneral Andre\u0301s Avelino Ca\u0301ceres left Lima for Jauja. "
            "CÁCERES then arrived in Jauja.\n")
p = run(["extract", "-f", "jsonl"] + seeds + [variant])
js = [json.loads(l) for l in text(p.stdout).splitlines() if l.strip()]
last = [o for o in js if o.get("type") == "article"][-1]
names = {m["normalized"] for m in last["mentions"] if m["kind"] == "person"}
c.eq(names, {"Andrés Avelino Cáceres"}, "a combining accent or capitals do not make another person")

# ---- the real corpus: provenance holds everywhere
corpus = os.path.join(SHARED, "corpus", "real")
if os.path.isdir(corpus):
    _, cm, cc = extract_csv([corpus], "claims-corpus")
    check_provenance(cc, "corpus")
    c.ok(sum(1 for r in cc if r["origin"] == "prose") >= 50, "corpus: claims from prose")
else:
    c.note("no %s: corpus part skipped" % corpus)

c.done()
