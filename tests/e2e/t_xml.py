"""t_xml: the XML document (-f xml) against its schema and the CSV tables.

For the seeds, the real corpus and every fixtures/bad/*.txt: `extract -f xml`
and `check -f xml` validate with `xmllint --schema schemas/assay.xsd`; the
article, field, mention, claim and section elements carry exactly the rows of
`extract -f csv -o DIR` (every column, attribute by attribute) and the
conflicts those of `check -f csv`; the counts an article states match its
children. Then: characters XML 1.0 forbids become U+FFFD, two runs give the
same bytes (as does `run -o DIR`), and a failed write (-o /dev/full) exits 2 with a diagnostic.
"""
# SPDX-License-Identifier: MIT
import csv
import io
import os
import re
import subprocess
import xml.etree.ElementTree as ET

from e2elib import (ROOT, SHARED, TMP, Checker, extract_tables, run, seed_files,
                    show, text)

NS = "https://w3id.org/assay/xml/1"
XSD = os.path.join(ROOT, "schemas", "assay.xsd")
ROWS = {"articles": "article", "fields": "field", "mentions": "mention",
        "claims": "claim", "sections": "section", "conflicts": "conflict"}
# attributes the XML carries beyond the CSV columns (as JSON does)
EXTRA = {"field": {"link_target", "link_label"}}
# XML 1.0's Char production, negated
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

c = Checker("t_xml")


def q(name):
    return "{%s}%s" % (NS, name)


def safe(s):
    """What the XML must say for a CSV value: forbidden characters as U+FFFD."""
    return FORBIDDEN.sub("\ufffd", s)


def xmllint(path, what):
    p = subprocess.run(["xmllint", "--noout", "--schema", XSD, path],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    c.ok(p.returncode == 0, "%s: xmllint --schema rejects it: %s" % (what, text(p.stderr)[-800:]))
    return p.returncode == 0


def no_sanitizer_report(p, what):
    """Under `make VARIANT=asan e2e`, a report (or a leak) may come with an
    exit status the test accepts, so look for it."""
    c.ok(b"Sanitizer" not in p.stderr, "%s: sanitizer report: %s" % (what, text(p.stderr)[-1500:]))


def xml_doc(args, name, what):
    """Runs assay with args, keeps stdout in TMP/name, validates it and
    parses it; returns (CompletedProcess, root element or None)."""
    p = run(args)
    c.ok(p.returncode in (0, 1), "%s: `assay %s` exited %d: %s"
         % (what, show(args), p.returncode, text(p.stderr)[-400:]))
    no_sanitizer_report(p, what)
    path = os.path.join(TMP, name)
    with open(path, "wb") as f:
        f.write(p.stdout)
    if not xmllint(path, what):
        return p, None
    root = ET.fromstring(p.stdout)
    c.eq(root.tag, q("assay"), "%s: root element" % what)
    c.eq(root.get("version"), "1", "%s: version" % what)
    return p, root


def check_attrs(what, el, cols):
    """No attribute beyond the table's columns (and the documented extras)."""
    tag = el.tag.split("}")[1]
    extra = set(el.attrib) - set(cols) - EXTRA.get(tag, set())
    c.ok(not extra, "%s: <%s> has attributes that are no column: %s" % (what, tag, sorted(extra)))


def same_rows(what, table, elements, rows):
    """The elements' attributes are the CSV rows, column by column; an absent
    attribute is an empty cell."""
    if not c.eq(len(elements), len(rows), "%s: <%s> elements against %s.csv rows"
                % (what, ROWS[table], table)):
        return
    cols = list(rows[0]) if rows else []
    for i, (el, row) in enumerate(zip(elements, rows)):
        check_attrs(what, el, cols)
        got = {k: el.get(k, "") for k in cols}
        want = {k: safe(v) for k, v in row.items()}
        if got != want:
            diff = {k: (got[k], want[k]) for k in cols if got[k] != want[k]}
            c.fail("%s: %s row %d differs (xml, csv): %r" % (what, table, i + 1, diff))
            return
    c.ok(True, "")


def article_counts(what, art):
    """An article's counts are its children; a section's its sentences."""
    for attr, path in (("fields", "fields/field"), ("mentions", "mentions/mention"),
                       ("claims", "claims/claim"), ("sections", "sections/section")):
        n = len(art.findall("/".join(q(p) for p in path.split("/"))))
        c.eq(n, int(art.get(attr)), "%s: %s's %s" % (what, art.get("article_id"), attr))
    sents = art.findall("%s/%s/%s" % (q("sections"), q("section"), q("sentence")))
    c.eq(len(sents), int(art.get("sentences")), "%s: %s's sentences" % (what, art.get("article_id")))
    for sec in art.iter(q("section")):
        c.eq(len(sec.findall(q("sentence"))), int(sec.get("sentences")),
             "%s: sentences of section %r" % (what, sec.get("path")))


def conflicts_of(root):
    return root.findall("%s/%s" % (q("conflicts"), q("conflict")))


def check_quotes(what, root, claims):
    """A conflict quotes the claims its claim_ids lists, as the articles have them."""
    by_id = {el.get("claim_id"): el for el in claims}
    for k in conflicts_of(root):
        quoted = [e.get("claim_id") for e in k.findall(q("claim")) if e.get("claim_id")]
        listed = k.get("claim_ids").split(";") if k.get("claim_ids") else []
        c.eq(quoted, listed, "%s: %s quotes its claim_ids" % (what, k.get("conflict_id")))
        for e in k.findall(q("claim")):
            cl = by_id.get(e.get("claim_id"))
            if e.get("claim_id") and c.ok(cl is not None, "%s: %s quotes unknown claim %s"
                                          % (what, k.get("conflict_id"), e.get("claim_id"))):
                c.eq((e.get("file"), e.get("sentence")), (cl.get("file"), cl.get("sentence")),
                     "%s: %s's quote of %s" % (what, k.get("conflict_id"), e.get("claim_id")))


def check_set(name, inputs):
    """extract -f xml and check -f xml on inputs against the CSV tables."""
    what = "%s extract" % name
    _, root = xml_doc(["extract", "-f", "xml"] + inputs, name + ".xml", what)
    tables = ["articles", "fields", "mentions", "claims"]
    csv_rows = extract_tables(c, inputs, name + "-csv", tables + ["conflicts"])
    if root is None:
        return
    arts = root.find(q("articles"))
    if not c.ok(arts is not None, "%s: no <articles>" % what):
        return
    articles = arts.findall(q("article"))
    for table, rows in zip(tables, csv_rows):
        path = ".//" + q(ROWS[table]) if table != "articles" else q("article")
        els = arts.findall(path) if table != "articles" else articles
        if table == "claims":  # not the quotes inside conflicts
            els = arts.findall("%s/%s/%s" % (q("article"), q("claims"), q("claim")))
        same_rows(what, table, els, rows)
    for art in articles:
        article_counts(what, art)
    same_rows(what, "conflicts", conflicts_of(root), csv_rows[4])
    check_quotes(what, root, arts.findall("%s/%s/%s" % (q("article"), q("claims"), q("claim"))))

    what = "%s check" % name
    p, croot = xml_doc(["check", "-f", "xml"] + inputs, name + ".check.xml", what)
    pc = run(["check", "-f", "csv"] + inputs)
    c.eq(p.returncode, pc.returncode, "%s: exit status of -f xml against -f csv" % what)
    if croot is None:
        return
    c.ok(croot.find(q("articles")) is None, "%s: conflicts only, yet <articles> is there" % what)
    crow = list(csv.DictReader(io.StringIO(text(pc.stdout), newline="")))
    same_rows(what, "conflicts", conflicts_of(croot), crow)
    if root is not None:
        c.eq([k.attrib for k in conflicts_of(croot)], [k.attrib for k in conflicts_of(root)],
             "%s: the conflicts of check and extract" % what)


# ---- the seeds, the real corpus, the bad inputs one by one
seeds = seed_files()
check_set("seeds", seeds)
real = os.path.join(SHARED, "corpus", "real")
if c.ok(os.path.isdir(real), "no corpus at %s" % real):
    check_set("real", [real])
bad = sorted(n for n in os.listdir(os.path.join(ROOT, "fixtures", "bad")) if n.endswith(".txt"))
for n in bad:
    check_set("bad-" + n[:-4], [os.path.join("fixtures", "bad", n)])

# ---- characters XML 1.0 forbids, in a title, an infobox value and sentences
# (one of which a conflict quotes): U+FFFD instead, the rest kept
probe = os.path.join(TMP, "forbidden.txt")
title = "Battle\x01 of\x0b Nowhere\ufffe"
with open(probe, "w", encoding="utf-8", newline="") as f:
    f.write("= %s =\n\nInfobox\n- Date: 12 May 1901\n- Place: Lima\x01\x0b\ufffe\uffff\x1f end\n\n"
            "The Battle of Nowhere began\x01 on 12 May 1901. "
            "The Battle of Nowhere ended\x0b on 3 May 1901. And\tthen\x1f\ufffe so on.\n" % title)
check_set("forbidden", [probe])
_, root = xml_doc(["extract", "-f", "xml", probe], "forbidden2.xml", "forbidden")
if root is not None:
    with open(os.path.join(TMP, "forbidden2.xml"), "rb") as f:
        raw = f.read().decode("utf-8")
    c.ok(not FORBIDDEN.search(raw), "forbidden: a forbidden character reached the output")
    art = root.find("%s/%s" % (q("articles"), q("article")))
    c.eq(art.get("title"), "Battle\ufffd of\ufffd Nowhere\ufffd", "forbidden: the title")
    place = [f for f in art.iter(q("field")) if f.get("key") == "Place"]
    c.eq([f.get("raw") for f in place], ["Lima\ufffd\ufffd\ufffd\ufffd\ufffd end"], "forbidden: the infobox value")
    sents = [s.get("text") for s in art.iter(q("sentence"))]
    c.ok(any("began\ufffd on" in s for s in sents), "forbidden: the sentence %r" % sents)
    c.ok(any("And\tthen\ufffd\ufffd so on" in s for s in sents), "forbidden: TAB is kept: %r" % sents)
    quotes = [e.get("sentence") for e in root.iter(q("claim")) if e.get("sentence")]
    c.ok(quotes and all("\ufffd" in s for s in quotes if "Nowhere began" in s or "Nowhere ended" in s),
         "forbidden: claims quote the sentences with U+FFFD: %r" % quotes)
    c.ok(any(k.get("code") == "order" for k in conflicts_of(root)), "forbidden: the order conflict")

# ---- determinism: the same bytes twice, and with any number of threads
runs = [run(["extract", "-f", "xml"] + j + seeds).stdout for j in ([], [], ["-j", "1"], ["-j", "4"])]
c.ok(all(r == runs[0] for r in runs) and runs[0], "extract -f xml: the output differs between runs")
seeds_xml = runs[0]
runs = [run(["check", "-f", "xml"] + seeds).stdout for _ in range(2)]
c.ok(runs[0] == runs[1] and runs[0], "check -f xml: the output differs between runs")

# ---- output files: -o FILE, -o into a folder; a failed write exits 2
out = os.path.join(TMP, "seeds-o.xml")
p = run(["extract", "-f", "xml", "-o", out] + seeds)
c.eq(p.returncode, 0, "extract -f xml -o FILE: exit status")
with open(out, "rb") as f:
    c.ok(f.read() == seeds_xml, "extract -f xml -o FILE: not the bytes written to stdout")
folder = os.path.join(TMP, "outdir")
os.mkdir(folder)
p = run(["extract", "-f", "xml", "-o", folder] + seeds)
c.ok(os.path.exists(os.path.join(folder, "assay.xml")), "extract -f xml -o DIR writes DIR/assay.xml")
c.eq(sorted(os.listdir(folder)), ["assay.xml"], "extract -f xml -o DIR: no temporary file left")
# `run -o DIR` extracts and checks once, with every format: the same document
folder = os.path.join(TMP, "run")
p = run(["run", "-j", "4", "-o", folder] + seeds)
c.ok(p.returncode in (0, 1), "run -o DIR: exit status %d" % p.returncode)
if c.ok(os.path.exists(os.path.join(folder, "assay.xml")), "run -o DIR writes no assay.xml"):
    with open(os.path.join(folder, "assay.xml"), "rb") as f:
        c.ok(f.read() == seeds_xml, "run -o DIR: assay.xml is not what extract -f xml writes")
for args in (["extract", "-f", "xml"], ["check", "-f", "xml"]):
    p = run(args + ["-o", "/dev/full"] + seeds)
    c.eq(p.returncode, 2, "`assay %s -o /dev/full`: exit status" % show(args))
    no_sanitizer_report(p, "-o /dev/full")
    c.ok(re.search(r"^assay: error: cannot write '/dev/full': .* \[write-failed\]$", text(p.stderr), re.M),
         "`assay %s -o /dev/full`: no write-failed diagnostic: %r" % (show(args), text(p.stderr)))
    c.eq(text(p.stderr).count("[write-failed]"), 1, "`assay %s -o /dev/full`: reported once" % show(args))

c.done()
