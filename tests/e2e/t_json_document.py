"""t_json_document: `assay extract -f json` is one JSON document (Python's json
module and jq agree), holding the same articles as the JSON Lines output."""
# SPDX-License-Identifier: MIT
import json
import os

from e2elib import TMP, Checker, jq, parse_jsonl, run, seed_files, show, text

c = Checker("t_json_document")
seeds = seed_files()

args = ["extract", "-f", "json"] + seeds
p = run(args)
c.eq(p.returncode, 0, "exit status of `assay %s`" % show(args))
doc = None
try:
    doc = json.loads(p.stdout.decode("utf-8"))  # fails on a second document
except (UnicodeDecodeError, json.JSONDecodeError) as e:
    c.fail("`assay %s` is not one JSON document: %s" % (show(args), e))
rc, n, err = jq("length", p.stdout, "-s")
c.ok(rc == 0 and n.strip() == "1", "jq -s length: want 1 document, got %r (%s)" % (n.strip(), err.strip()))
c.ok(p.stdout.endswith(b"\n"), "the document does not end with a newline")

if doc is not None:
    c.ok(isinstance(doc, dict), "the document is not an object")
    arts = doc.get("articles") if isinstance(doc, dict) else None
    c.ok(isinstance(arts, list), "no 'articles' array")
    c.ok(isinstance(doc.get("conflicts"), list), "no 'conflicts' array")
    if isinstance(arts, list):
        c.eq(len(arts), 4, "articles in the document")
        c.eq(sum(len(a.get("fields", [])) for a in arts), 81, "fields in the document")
        for a in arts:
            for k in ("fields", "mentions", "claims", "sections"):
                c.ok(isinstance(a.get(k), list), "article %r: %s is not an array" % (a.get("title"), k))

    # Same content as JSON Lines: the articles and conflicts, object for object.
    q = run(["extract", "-f", "jsonl"] + seeds)
    c.eq(q.returncode, 0, "exit status of extract -f jsonl")
    try:
        recs = parse_jsonl(q.stdout)
    except ValueError as e:
        c.fail(str(e))
        recs = []
    if isinstance(arts, list):
        c.ok([r for r in recs if r.get("type") == "article"] == arts,
             "the articles of -f json differ from the article lines of -f jsonl")
        c.ok([r for r in recs if r.get("type") == "conflict"] == doc.get("conflicts"),
             "the conflicts of -f json differ from the conflict lines of -f jsonl")
    c.eq(text(p.stderr), text(q.stderr), "diagnostics of -f json vs -f jsonl")

# -o FILE writes the same document.
path = os.path.join(TMP, "out.json")
r = run(["extract", "-f", "json", "-o", path] + seeds)
c.eq(r.returncode, 0, "exit status of extract -f json -o FILE")
c.eq(r.stdout, b"", "stdout of extract -f json -o FILE")
if os.path.exists(path):
    with open(path, "rb") as f:
        c.ok(f.read() == p.stdout, "-o FILE content differs from standard output")
else:
    c.fail("-o %s not written" % path)

c.done()
