"""t_rdf: the RDF outputs (Turtle, N-Triples, RDF/XML) on the seeds and the
real corpus: rapper parses each and finds the same triples in all three;
rdflib loads the Turtle, and a SPARQL query lists every conflict with the
sentences of its claims, as many conflicts as `check -f csv` and as many
claim nodes as the claims table; every assay: term used is declared in
schemas/assay.ttl; typed literals are valid; IRIs are percent-encoded;
control characters never reach a literal; `check -f ttl|nt|rdfxml` writes the
conflicts alone; the output is deterministic; a full disk gives exit 2."""
# SPDX-License-Identifier: MIT
import csv
import io
import json
import os
import re
import subprocess
import urllib.parse

from e2elib import ASSAY, ROOT, SHARED, TMP, Checker, run, seed_files, show, text

c = Checker("t_rdf")
seeds = seed_files()
real = os.path.join(SHARED, "corpus", "real")
FORMATS = [("ttl", "turtle"), ("nt", "ntriples"), ("rdfxml", "rdfxml")]
EXT = {"ttl": "ttl", "nt": "nt", "rdfxml": "rdf"}  # -f name → the file run -o DIR writes
VOCAB = "https://w3id.org/assay/vocab#"
ID = "https://w3id.org/assay/id/"
DEBIAN_PY = "/usr/bin/python3"

# The query shown in the README: every conflict, with the sentences of the
# claims it lists (a finding on the text has its own sentence).
# the query the README shows (docs/conflicts.rq)
with open(os.path.join(ROOT, "docs", "conflicts.rq"), encoding="utf-8") as _f:
    QUERY = _f.read()

# Run by Debian's python3 (which has rdflib): argv = turtle file, vocabulary
# file, query; prints what it found as JSON.
RDFLIB_SCRIPT = r'''
import datetime, json, re, sys
import rdflib
from rdflib.namespace import RDF, XSD
g = rdflib.Graph()
g.parse(sys.argv[1], format="turtle")
vocab = rdflib.Graph()
vocab.parse(sys.argv[2], format="turtle")
A = "https://w3id.org/assay/vocab#"
rows = [[str(v) if v is not None else None for v in r] for r in g.query(sys.argv[3])]
claims = {str(o): None for o in g.subjects(RDF.type, rdflib.URIRef(A + "Claim"))}
sentences = {}
for cl in claims:
    s = g.value(rdflib.URIRef(cl), rdflib.URIRef(A + "sentence"))
    i = g.value(rdflib.URIRef(cl), rdflib.URIRef(A + "claimId"))
    sentences[str(i)] = str(s) if s is not None else None
used = set(str(p) for p in g.predicates()) | set(str(o) for o in g.objects(None, RDF.type))
declared = set(str(s) for s in vocab.subjects())
def valid(lit):
    t, v = str(lit.datatype), str(lit)
    try:
        if t == str(XSD.date):
            datetime.date.fromisoformat(v); return re.fullmatch(r"\d{4}-\d\d-\d\d", v) is not None
        if t == str(XSD.gYearMonth):
            datetime.date.fromisoformat(v + "-01"); return re.fullmatch(r"\d{4}-\d\d", v) is not None
        if t == str(XSD.gYear):
            return re.fullmatch(r"\d{4}", v) is not None and v != "0000"
        if t == str(XSD.integer):
            return re.fullmatch(r"[+-]?\d+", v) is not None
        if t == str(XSD.boolean):
            return v in ("true", "false")
    except ValueError:
        return False
    return True
bad = sorted(set("%s^^%s" % (o, o.datatype) for o in g.objects()
                 if isinstance(o, rdflib.Literal) and o.datatype and not valid(o)))
print(json.dumps({"rows": rows, "claims": len(claims), "sentences": sentences,
                  "used": sorted(used), "declared": sorted(declared), "bad": bad[:20],
                  "triples": len(g)}))
'''


def rapper(path, syntax):
    """(triple count or None, stderr, sorted N-Triples lines)."""
    p = subprocess.run(["rapper", "-i", syntax, "-o", "ntriples", path],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    err = text(p.stderr)
    m = re.search(r"Parsing returned (\d+) triples", err)
    ok = p.returncode == 0 and m and not re.search(r"rapper: (Error|Warning)", err)
    return (int(m.group(1)) if ok else None), err, sorted(text(p.stdout).splitlines())


def write_all(name, args, inputs):
    """Runs `assay ARGS -f F -o TMP/name.F inputs` for each RDF format;
    returns {format: path} of those that succeeded."""
    out = {}
    for fmt, _ in FORMATS:
        path = os.path.join(TMP, "%s.%s" % (name, fmt))
        cmd = args + ["-f", fmt, "-o", path] + inputs
        p = run(cmd)
        if c.ok(p.returncode in (0, 1) and os.path.exists(path),
                "%s: `assay %s` exited %d: %s" % (name, show(cmd), p.returncode, text(p.stderr)[-300:])):
            out[fmt] = path
    return out


def same_triples(name, files):
    """rapper parses every file; all give the same number and set of triples."""
    counts, sets = {}, {}
    for fmt, syntax in FORMATS:
        if fmt not in files:
            continue
        n, err, lines = rapper(files[fmt], syntax)
        c.ok(n is not None, "%s: rapper -i %s %s: %s" % (name, syntax, files[fmt], err[-300:]))
        counts[fmt], sets[fmt] = n, lines
    c.eq(len(set(counts.values())), 1, "%s: triples per format %r" % (name, counts))
    c.ok(len(set(tuple(s) for s in sets.values())) == 1, "%s: the formats carry the same triples" % name)
    c.note("%s: %s" % (name, ", ".join("%s %s triples" % (f, n) for f, n in counts.items())))
    return counts.get("ttl") or 0, sets.get("nt", [])


def csv_rows(args):
    p = run(args)
    c.ok(p.returncode in (0, 1), "`assay %s` exited %d" % (show(args), p.returncode))
    return list(csv.DictReader(io.StringIO(text(p.stdout))))


def rdflib_load(ttl):
    """The rdflib script's findings, or None (skipped) without rdflib."""
    if not os.path.exists(DEBIAN_PY) or subprocess.run(
            [DEBIAN_PY, "-c", "import rdflib"], capture_output=True).returncode != 0:
        c.note("no rdflib for %s: the SPARQL checks are skipped" % DEBIAN_PY)
        return None
    p = subprocess.run([DEBIAN_PY, "-c", RDFLIB_SCRIPT, ttl, os.path.join(ROOT, "schemas", "assay.ttl"), QUERY],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    if not c.ok(p.returncode == 0, "rdflib on %s: %s" % (ttl, text(p.stderr)[-600:])):
        return None
    return json.loads(text(p.stdout))


def check_sparql(name, found, conflicts, claims):
    """The query lists each conflict of check -f csv, with the sentences of
    the claims its claim_ids name (as the claims table quotes them)."""
    by_id = {}
    for cid, code, subject, claim, sentence in found["rows"]:
        by_id.setdefault(cid, []).append((code, subject, claim, sentence))
    c.eq(sorted(by_id), sorted(r["conflict_id"] for r in conflicts), "%s: conflicts the query lists" % name)
    c.eq(found["claims"], len(claims), "%s: claim nodes against rows of the claims table" % name)
    sentence_of = {r["claim_id"]: r["sentence"] for r in claims}
    for r in conflicts:
        got = by_id.get(r["conflict_id"], [])
        c.ok(all(g[0] == r["code"] and g[1] == r["subject"] for g in got),
             "%s %s: code and subject %r" % (name, r["conflict_id"], got[:1]))
        ids = [i for i in r["claim_ids"].split(";") if i]
        if ids:
            want = sorted((i, sentence_of.get(i)) for i in ids)
            c.eq(sorted((g[2], g[3]) for g in got), want, "%s %s: its claims' sentences" % (name, r["conflict_id"]))
        else:
            c.ok(len(got) == 1 and got[0][3], "%s %s: a finding on the text has its sentence" % (name, r["conflict_id"]))
    undeclared = [t for t in found["used"] if t.startswith(VOCAB) and t not in found["declared"]]
    c.eq(undeclared, [], "%s: assay: terms used but not declared in schemas/assay.ttl" % name)
    c.eq(found["bad"], [], "%s: typed literals with an invalid lexical form" % name)


def check_iris(name, nt_lines):
    bad = sorted(set(i for l in nt_lines for i in re.findall(r"<([^>]*)>", l)
                     if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9/:#%._~-]+", i)))
    c.eq(bad[:5], [], "%s: IRIs with a character that is not percent-encoded" % name)


# ---- the vocabulary
n, err, _ = rapper(os.path.join(ROOT, "schemas", "assay.ttl"), "turtle")
c.ok(n, "rapper parses schemas/assay.ttl: %s" % err[-300:])

# ---- the seeds and the real corpus
corpora = [("seeds", seeds)]
if os.path.isdir(real):
    corpora.append(("real", [real]))
else:
    c.fail("no corpus at %s (SHARED=%s)" % (real, SHARED))
for name, inputs in corpora:
    files = write_all(name, ["extract"], inputs)
    total, nt_lines = same_triples(name, files)
    check_iris(name, nt_lines)
    conflicts = csv_rows(["check", "-f", "csv"] + inputs)
    claims = csv_rows(["extract", "-f", "csv", "--table", "claims"] + inputs)
    found = rdflib_load(files["ttl"]) if "ttl" in files else None
    if found:
        check_sparql(name, found, conflicts, claims)
        if name == "seeds":
            c.note("SPARQL on the seeds: %d rows, first: %r" % (len(found["rows"]), found["rows"][:1]))
    # check -f: the conflicts alone, and the claims they list
    only = write_all(name + "-check", ["check"], inputs)
    same_triples(name + "-check", only)
    found = rdflib_load(only["ttl"]) if "ttl" in only else None
    if found:
        ids = set(i for r in conflicts for i in r["claim_ids"].split(";") if i)
        c.eq(sorted(set(r[0] for r in found["rows"])), sorted(r["conflict_id"] for r in conflicts),
             "%s: check -f ttl lists the conflicts" % name)
        c.eq(found["claims"], len(ids), "%s: check -f ttl: claim nodes, one per claim a conflict lists" % name)
        c.ok(all(found["sentences"].get(i) for i in ids), "%s: check -f ttl: each claim has its sentence" % name)
        c.ok(not any(t.endswith("#Article") or t.endswith("#Field") for t in found["used"]),
             "%s: check -f ttl writes no article or field" % name)

# ---- names that need encoding; characters XML forbids
title = 'Andrés Avelino Cáceres / Part #2 at 50% "Breña"'
probe = os.path.join(TMP, "names.txt")
with open(probe, "w", encoding="utf-8") as f:
    f.write("= %s =\n\nInfobox\n- Birth Date: 10 November 1836\n- Birth Place: Ayacucho\n"
            "- Result: bad\x0bvalue\x01 here\n\n"
            "The Battle of Huamachuco took place on 10 July 1883.\n" % title)
files = write_all("names", ["extract"], [probe])
_, nt_lines = same_triples("names", files)
check_iris("names", nt_lines)
entity = ID + "entity/" + urllib.parse.quote(title, safe="")
c.ok("%2F" in entity and "%23" in entity and "%25" in entity and "%20" in entity and "%C3%A9" in entity,
     "the expected IRI encodes / # %% space and é: %s" % entity)
c.ok(any(l.startswith("<%s>" % entity) or (" <%s> " % entity) in l for l in nt_lines),
     "the entity %r is named <%s>" % (title, entity))
article = ID + "article/" + urllib.parse.quote(title.replace(" ", "_"), safe="")
c.ok(any(l.startswith("<%s>" % article) for l in nt_lines), "the article is named <%s>" % article)
claim = ID + "claim/" + urllib.parse.quote(title.replace(" ", "_"), safe="") + "/1"
c.ok(any(l.startswith("<%s>" % claim) for l in nt_lines), "its first claim is named <%s>" % claim)
for fmt in files:
    with open(files[fmt], encoding="utf-8") as f:
        body = f.read()
    c.ok("bad\uFFFDvalue\uFFFD here" in body and not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", body),
         "names.%s: control characters become U+FFFD" % fmt)
if "rdfxml" in files:
    p = subprocess.run(["xmllint", "--noout", files["rdfxml"]], capture_output=True)
    c.ok(p.returncode == 0, "xmllint: assay.rdf is well-formed XML: %s" % text(p.stderr)[-300:])
date = [l for l in nt_lines if "#birthDate>" in l]
c.ok(any('"1836-11-10"^^<http://www.w3.org/2001/XMLSchema#date>' in l for l in nt_lines),
     "the birth date is an xsd:date (%d lines on birthDate)" % len(date))

# ---- determinism: the same bytes twice, with one thread or four, and from run -o DIR
again = write_all("seeds-again", ["extract", "-j", "4"], seeds)
first = {f: open(os.path.join(TMP, "seeds.%s" % f), "rb").read() for f, _ in FORMATS
         if os.path.exists(os.path.join(TMP, "seeds.%s" % f))}
for fmt, path in again.items():
    with open(path, "rb") as f:
        c.ok(f.read() == first.get(fmt), "seeds: %s is byte-identical on a second run (-j 4)" % fmt)
folder = os.path.join(TMP, "run")
run(["run", "-o", folder] + seeds)
for fmt, _ in FORMATS:
    path = os.path.join(folder, "assay." + EXT[fmt])
    c.ok(os.path.exists(path) and open(path, "rb").read() == first.get(fmt),
         "run -o DIR writes assay.%s, the same bytes as extract -f %s" % (EXT[fmt], fmt))

# ---- a full disk
for cmd in (["extract"], ["check"]):
    for fmt, _ in FORMATS:
        args = cmd + ["-f", fmt, "-o", "/dev/full"] + seeds
        p = run(args)
        c.eq(p.returncode, 2, "`assay %s`: exit status" % show(args))
        c.ok("/dev/full" in text(p.stderr), "`assay %s` says what failed: %s" % (show(args), text(p.stderr)[-200:]))
        args = cmd + ["-f", fmt] + seeds
        with open("/dev/full", "wb") as full:
            p = subprocess.run([ASSAY] + args, cwd=ROOT, stdout=full, stderr=subprocess.PIPE, timeout=100)
        err = text(p.stderr)
        c.eq(p.returncode, 2, "`assay %s > /dev/full`: exit status" % show(args))
        c.ok("<stdout>" in err and "I/O error" not in err,
             "`assay %s > /dev/full`: one message, assay's: %s" % (show(args), err[-300:]))

c.done()
