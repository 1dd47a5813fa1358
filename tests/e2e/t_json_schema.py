"""t_json_schema: schemas/assay.schema.json (JSON Schema 2020-12) is a valid
schema, every JSON Lines record of `extract` and `check -f json` and the
whole document of `extract -f json` validate against it (seeds, the real
articles, the bad-input catalog, the regression fixtures), and records
that break it are rejected (so the schema says something).

The validator is Debian's python3-jsonschema, run with Debian's own
/usr/bin/python3 (the python3 first on PATH may be another one)."""
# SPDX-License-Identifier: MIT
import json
import os
import subprocess

from e2elib import ROOT, SHARED, TMP, Checker, run, seed_files, text

c = Checker("t_json_schema")
SCHEMA = os.path.join(ROOT, "schemas", "assay.schema.json")
PY = "/usr/bin/python3"

VALIDATE = r'''
import json, sys
from jsonschema import Draft202012Validator
schema = json.load(open(sys.argv[1]))
Draft202012Validator.check_schema(schema)
root = Draft202012Validator(schema)
doc = Draft202012Validator({"$ref": "#/$defs/document", "$defs": schema["$defs"]})
report = {"records": 0, "errors": []}
for path in sys.argv[2:]:
    data = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        items = [json.loads(data)]
        v = doc
    else:
        items = [json.loads(l) for l in data.splitlines() if l]
        v = root
    for i, obj in enumerate(items):
        report["records"] += 1
        for e in v.iter_errors(obj):
            report["errors"].append("%s record %d: %s at %s" % (path, i + 1, e.message[:200],
                                                                list(e.absolute_path)))
print(json.dumps(report))
'''


def validate(paths):
    p = subprocess.run([PY, "-c", VALIDATE, SCHEMA] + paths,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        c.fail("the validator failed: %s" % text(p.stderr)[-500:])
        c.done()
    return json.loads(p.stdout)


if subprocess.run([PY, "-c", "import jsonschema"], stderr=subprocess.DEVNULL).returncode != 0:
    print("note: %s has no jsonschema (python3-jsonschema): schema checks skipped" % PY)
    c.done()

real_dir = os.path.join(SHARED, "corpus", "real")
real = sorted(os.path.join(real_dir, n) for n in os.listdir(real_dir) if n.endswith(".txt"))
inputs = seed_files() + real + ["fixtures/bad", "fixtures/regress"]

outputs = {}
for name, args in (("extract.jsonl", ["extract", "-f", "jsonl"]),
                   ("document.json", ["extract", "-f", "json"]),
                   ("check.jsonl", ["check", "-f", "json"])):
    p = run(args + inputs)
    c.ok(p.returncode in (0, 1), "assay %s: exit status %d" % (" ".join(args), p.returncode))
    path = os.path.join(TMP, name)
    with open(path, "wb") as f:
        f.write(p.stdout)
    outputs[name] = path

report = validate(list(outputs.values()))
c.ok(not report["errors"], "every record validates: %d errors, the first: %s"
     % (len(report["errors"]), report["errors"][:3]))
lines = sum(1 for _ in open(outputs["extract.jsonl"])) + sum(1 for _ in open(outputs["check.jsonl"]))
c.eq(report["records"], lines + 1, "records validated (JSON Lines records and one document)")

# the document and the JSON Lines hold the same records
doc = json.load(open(outputs["document.json"]))
recs = [json.loads(l) for l in open(outputs["extract.jsonl"])]
c.eq(len(doc["articles"]), sum(r["type"] == "article" for r in recs), "articles in the document and the lines")
c.eq(len(doc["conflicts"]), sum(r["type"] == "conflict" for r in recs), "conflicts in the document and the lines")

# ---- records that break the schema are rejected
article = next(r for r in recs if r["type"] == "article" and r["claims"] and r["fields"])
conflict = next(r for r in recs if r["type"] == "conflict")
broken = []


def breaks(label, obj):
    broken.append((label, obj))


a = json.loads(json.dumps(article)); a["line"] = "4"; breaks("an article's line as a string", a)
a = json.loads(json.dumps(article)); a["extra"] = 1; breaks("an article with an unknown member", a)
a = json.loads(json.dumps(article)); del a["claims"][0]["sentence"]; breaks("a claim without its sentence", a)
a = json.loads(json.dumps(article)); a["claims"][0]["origin"] = "guess"; breaks("a claim of unknown origin", a)
a = json.loads(json.dumps(article)); a["fields"][0]["precision"] = "week"; breaks("a field of unknown precision", a)
k = dict(conflict); k["severity"] = "fatal"; breaks("a conflict of unknown severity", k)
k = json.loads(json.dumps(conflict)); del k["claims"][0]["sentence"]; breaks("a quoted claim without its sentence", k)

# every conflict quotes, for each claim it lists and for a finding on the
# text, a sentence found at the file, line and column it gives
checks = [json.loads(l) for l in open(outputs["check.jsonl"])]
quoted = [q for k in checks for q in k["claims"]]
c.ok(checks and all(k["claims"] for k in checks), "every conflict quotes claims")
c.ok(all(q.get("claim_id", "") in k["claim_ids"].split(";") if "claim_id" in q else not k["claim_ids"]
         for k in checks for q in k["claims"]), "quoted claim ids are the conflict's (none for a finding on the text)")
lines_of = {}
for q in quoted:
    if q["file"] not in lines_of:
        lines_of[q["file"]] = open(q["file"], encoding="utf-8", errors="replace").read().split("\n")
c.ok(all(q["sentence"] and q["sentence"].replace("\u2060", "")[:20] in lines_of[q["file"]][q["line"] - 1]
         for q in quoted), "each quoted sentence is on its line")
k = dict(conflict); k["conflict_id"] = "7"; breaks("a conflict id without its C", k)
k = dict(conflict); del k["message"]; breaks("a conflict without its message", k)
for i, (label, obj) in enumerate(broken):
    path = os.path.join(TMP, "broken-%d.jsonl" % i)
    with open(path, "w") as f:
        f.write(json.dumps(obj) + "\n")
    r = validate([path])
    c.ok(r["errors"], "the schema rejects %s" % label)

c.done()
