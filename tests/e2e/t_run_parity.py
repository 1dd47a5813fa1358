"""t_run_parity: `assay run -o DIR` writes every file, and the formats agree
(SPEC 5: "the counts of articles, fields, claims and conflicts agree across
formats, and tests prove it"): articles, fields, mentions, claims and
conflicts counted in CSV, JSON Lines, JSON, XML and the three RDF syntaxes
(classes of the nodes, from each syntax as the run wrote it). Run on the
seeds and on the real corpus."""
# SPDX-License-Identifier: MIT
import json
import os
import re
import xml.etree.ElementTree as ET

from e2elib import (RUN_FILES, SHARED, TABLES, TMP, Checker, CsvError,
                    parse_jsonl, read_table, run, seed_files, show, text)

c = Checker("t_run_parity")
real = os.path.join(SHARED, "corpus", "real")
inputs = [("seeds", seed_files())]
if os.path.isdir(real):
    inputs.append(("real", [real]))
else:
    c.fail("no corpus at %s (SHARED=%s)" % (real, SHARED))


def rows_of(folder):
    tables = {}
    for t in TABLES:
        try:
            tables[t] = read_table(folder, t)[1]
        except (CsvError, OSError) as e:
            c.fail("%s: %s" % (folder, e))
            tables[t] = []
    return tables


for name, paths in inputs:
    out = os.path.join(TMP, "run-" + name)
    args = ["run", "-o", out] + paths
    p = run(args)
    c.ok(p.returncode in (0, 1), "%s: `assay %s` exited %d: %s"
         % (name, show(args), p.returncode, text(p.stderr)[-500:]))
    if not os.path.isdir(out):
        c.fail("%s: run wrote no folder %s" % (name, out))
        continue
    c.eq(sorted(os.listdir(out)), sorted(RUN_FILES), "%s: files in the run folder" % name)
    if name == "seeds":
        c.eq(p.returncode, 1, "seeds: exit status of run (the seeds have an error: a date mismatch)")

    tables = rows_of(out)
    try:
        with open(os.path.join(out, "assay.jsonl"), "rb") as f:
            recs = parse_jsonl(f.read(), "assay.jsonl")
    except (ValueError, OSError) as e:
        c.fail("%s: %s" % (name, e))
        recs = []
    try:
        with open(os.path.join(out, "assay.json"), "rb") as f:
            doc = json.loads(f.read().decode("utf-8"))
    except (ValueError, OSError) as e:
        c.fail("%s: assay.json: %s" % (name, e))
        doc = {}
    jl_arts = [r for r in recs if r.get("type") == "article"]
    jl_confl = [r for r in recs if r.get("type") == "conflict"]
    c.eq(len(jl_arts) + len(jl_confl), len(recs), "%s: assay.jsonl lines that are neither article nor conflict" % name)
    js_arts = doc.get("articles", []) if isinstance(doc, dict) else []
    js_confl = doc.get("conflicts", []) if isinstance(doc, dict) else []

    def total(arts, key):
        return sum(len(a.get(key) or []) for a in arts)

    counts = {
        "articles": (len(tables["articles"]), len(jl_arts), len(js_arts)),
        "fields": (len(tables["fields"]), total(jl_arts, "fields"), total(js_arts, "fields")),
        "mentions": (len(tables["mentions"]), total(jl_arts, "mentions"), total(js_arts, "mentions")),
        "claims": (len(tables["claims"]), total(jl_arts, "claims"), total(js_arts, "claims")),
        "conflicts": (len(tables["conflicts"]), len(jl_confl), len(js_confl)),
    }
    # XML: the elements of each kind where the document puts them
    xml_counts = {}
    try:
        root = ET.parse(os.path.join(out, "assay.xml")).getroot()
        ns = {"a": "https://w3id.org/assay/xml/1"}
        xml_counts = {
            "articles": len(root.findall("a:articles/a:article", ns)),
            "fields": len(root.findall("a:articles/a:article/a:fields/a:field", ns)),
            "mentions": len(root.findall("a:articles/a:article/a:mentions/a:mention", ns)),
            "claims": len(root.findall("a:articles/a:article/a:claims/a:claim", ns)),
            "conflicts": len(root.findall("a:conflicts/a:conflict", ns)),
        }
    except (ET.ParseError, OSError) as e:
        c.fail("%s: assay.xml: %s" % (name, e))
    # RDF: nodes of each class, read from each syntax's own text
    VOCAB = "https://w3id.org/assay/vocab#"
    classes = {"articles": "Article", "fields": "Field", "mentions": "Mention", "claims": "Claim",
               "conflicts": "Conflict"}
    rdf_counts = {}
    try:
        nt = open(os.path.join(out, "assay.nt"), encoding="utf-8").read()
        rdf_counts["nt"] = {k: nt.count("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <%s%s> ." % (VOCAB, v))
                            for k, v in classes.items()}
        ttl = open(os.path.join(out, "assay.ttl"), encoding="utf-8").read()
        rdf_counts["ttl"] = {k: len(re.findall(r"(?m)^\t(?:a|rdf:type) assay:%s\b" % v, ttl))
                             for k, v in classes.items()}
        rx = ET.parse(os.path.join(out, "assay.rdf")).getroot()
        types = [e.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}resource")
                 for e in rx.iter("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}type")]
        rdf_counts["rdfxml"] = {k: types.count(VOCAB + v) for k, v in classes.items()}
    except (ET.ParseError, OSError) as e:
        c.fail("%s: RDF: %s" % (name, e))
    for what, (csv_n, jl_n, js_n) in counts.items():
        others = [("xml", xml_counts.get(what))] + [(f, rc.get(what)) for f, rc in rdf_counts.items()]
        c.ok(csv_n == jl_n == js_n and all(n == csv_n for _, n in others),
             "%s: %s count differs: csv %d, jsonl %d, json %d, %s"
             % (name, what, csv_n, jl_n, js_n, ", ".join("%s %s" % o for o in others)))
    c.eq(sorted(rdf_counts), ["nt", "rdfxml", "ttl"], "%s: the three RDF syntaxes were counted" % name)
    c.note("%s: %s" % (name, ", ".join("%s %d" % (k, v[0]) for k, v in counts.items())))
    if name == "seeds":
        c.eq(counts["articles"][0], 4, "seeds: articles")
        c.eq(counts["fields"][0], 81, "seeds: fields")

    # Per article, the counts in articles.csv match the JSON arrays.
    c.eq([(r["article_id"], r["title"], r["file"], r["line"]) for r in tables["articles"]],
         [(a.get("article_id"), a.get("title"), a.get("file"), str(a.get("line"))) for a in jl_arts],
         "%s: articles.csv (article_id, title, file, line) vs assay.jsonl" % name)
    for col in ("fields", "mentions", "claims", "sections"):
        bad = [(row["title"], row[col], len(art.get(col) or []))
               for row, art in zip(tables["articles"], jl_arts)
               if row[col] != str(len(art.get(col) or []))]
        c.ok(not bad, "%s: articles.csv '%s' differs from the length of the jsonl '%s' array in %d of %d"
             " articles, e.g. %s" % (name, col, col, len(bad), len(jl_arts),
                                     "; ".join("%r: csv %s, jsonl %d" % b for b in bad[:3])))

    # Row for row: fields, mentions, claims, conflicts carry the same values.
    def key_rows(rows, cols):
        return [tuple(str(r.get(k) if r.get(k) is not None else "") for k in cols) for r in rows]

    fcols = ["article_id", "file", "line", "key", "series", "index", "role", "raw", "type", "normalized"]
    c.ok(key_rows(tables["fields"], fcols) == key_rows([f for a in jl_arts for f in a.get("fields", [])], fcols),
         "%s: fields.csv rows differ from the fields of assay.jsonl" % name)
    mcols = ["article_id", "file", "line", "column", "kind", "text", "normalized"]
    c.ok(key_rows(tables["mentions"], mcols) == key_rows([m for a in jl_arts for m in a.get("mentions", [])], mcols),
         "%s: mentions.csv rows differ from the mentions of assay.jsonl" % name)
    ccols = ["claim_id", "article_id", "file", "line", "column", "origin", "subject", "property", "value"]
    c.ok(key_rows(tables["claims"], ccols) == key_rows([m for a in jl_arts for m in a.get("claims", [])], ccols),
         "%s: claims.csv rows differ from the claims of assay.jsonl" % name)
    c.eq([r["conflict_id"] for r in tables["conflicts"]], [str(x.get("conflict_id")) for x in jl_confl],
         "%s: conflict ids in conflicts.csv vs assay.jsonl" % name)
    c.ok(jl_arts == js_arts and jl_confl == js_confl, "%s: assay.json differs from assay.jsonl" % name)

    # run writes what the single commands write.
    q = run(["extract", "-f", "jsonl"] + paths)
    with open(os.path.join(out, "assay.jsonl"), "rb") as f:
        c.ok(f.read() == q.stdout, "%s: assay.jsonl differs from `extract -f jsonl`" % name)
    q = run(["extract", "-f", "json"] + paths)
    with open(os.path.join(out, "assay.json"), "rb") as f:
        c.ok(f.read() == q.stdout, "%s: assay.json differs from `extract -f json`" % name)
    csvdir = os.path.join(TMP, "csv-" + name)
    run(["extract", "-f", "csv", "-o", csvdir] + paths)
    for t in TABLES:
        try:
            with open(os.path.join(out, t + ".csv"), "rb") as a, open(os.path.join(csvdir, t + ".csv"), "rb") as b:
                c.ok(a.read() == b.read(), "%s: %s.csv of run differs from `extract -f csv`" % (name, t))
        except OSError as e:
            c.fail(str(e))
    q = run(["check"] + paths)
    with open(os.path.join(out, "report.txt"), "rb") as f:
        c.ok(f.read() == q.stdout, "%s: report.txt differs from the standard output of `check`" % name)
    c.eq(q.returncode, p.returncode, "%s: exit status of check vs run" % name)

c.done()
