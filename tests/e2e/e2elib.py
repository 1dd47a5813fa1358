"""e2elib: helpers shared by the Python end-to-end tests (run by run.sh).

Only the standard library is used, so /usr/bin/python3 on a bare Debian runs
them. Environment (set by run.sh): ASSAY (binary), SHARED (the shared folder),
ROOT (the repository), TEST_TMP (a scratch folder removed after the test).
"""
# SPDX-License-Identifier: MIT
import csv
import io
import json
import os
import shlex
import subprocess
import sys
import tempfile

ROOT = os.environ.get("ROOT") or os.path.abspath(
    os.path.join(os.path.dirname(__file__), "..", ".."))
ASSAY = os.environ.get("ASSAY") or os.path.join(ROOT, "build", "assay")
SHARED = os.environ.get("SHARED") or os.path.join(os.path.dirname(ROOT), "shared")
TMP = os.environ.get("TEST_TMP") or tempfile.mkdtemp(prefix="assay-e2e.")
SEEDS_DIR = "fixtures/seeds"

# SPEC.md section 5: these columns, in this order, start each table; more may
# follow them.
SPEC_COLUMNS = {
    "articles": ["article_id", "title", "file", "line", "sections", "fields",
                 "mentions", "claims"],
    "fields": ["article_id", "file", "line", "key", "series", "index", "role",
               "raw", "type", "normalized"],
    "mentions": ["article_id", "file", "line", "column", "kind", "text",
                 "normalized", "precision", "inferred"],
    "claims": ["claim_id", "article_id", "file", "line", "column", "origin",
               "subject", "property", "value", "normalized", "date",
               "precision", "inferred", "sentence"],
    "conflicts": ["conflict_id", "code", "severity", "subject", "property",
                  "values", "claim_ids", "message"],
}
TABLES = list(SPEC_COLUMNS)
RUN_FILES = ["articles.csv", "fields.csv", "mentions.csv", "claims.csv",
             "conflicts.csv", "assay.jsonl", "assay.json", "assay.xml", "report.txt"]
RUN_FILES += ["assay.ttl", "assay.nt", "assay.rdf"]  # RDF: Turtle, N-Triples, RDF/XML


def seed_files():
    """The seed articles, as paths relative to ROOT, sorted."""
    return sorted(os.path.join(SEEDS_DIR, n)
                  for n in os.listdir(os.path.join(ROOT, SEEDS_DIR))
                  if n.endswith(".txt"))


def show(args):
    return " ".join(shlex.quote(str(a)) for a in args)


def run(args, stdin=None, cwd=ROOT, timeout=100, env=None):
    """Runs the binary with args; returns CompletedProcess with bytes."""
    cmd = [ASSAY] + [str(a) for a in args]
    if isinstance(stdin, str):
        stdin = stdin.encode()
    return subprocess.run(cmd, input=stdin, cwd=cwd, timeout=timeout, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def jq(filter_, data, *opts):
    """Runs jq on data (bytes); returns (exit status, stdout text, stderr text)."""
    p = subprocess.run(["jq"] + list(opts) + [filter_], input=data,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


class CsvError(Exception):
    pass


def parse_csv(data, name="csv"):
    """Parses RFC 4180 bytes strictly; returns (header, rows as dicts).

    Checks: UTF-8, a header row, every record as wide as the header, CRLF or
    LF record ends (the same one throughout), a final record end."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise CsvError("%s: not UTF-8: %s" % (name, e))
    if not text:
        raise CsvError("%s: empty file (no header row)" % name)
    if not text.endswith("\n"):
        raise CsvError("%s: the last record has no line end" % name)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        records = list(reader)
    except csv.Error as e:
        raise CsvError("%s: not RFC 4180: %s (record %d)" % (name, e, reader.line_num))
    header = records[0]
    if len(set(header)) != len(header):
        raise CsvError("%s: repeated column names in header %r" % (name, header))
    rows = []
    for i, rec in enumerate(records[1:], start=2):
        if len(rec) != len(header):
            raise CsvError("%s: record %d has %d fields, the header %d: %r"
                           % (name, i, len(rec), len(header), rec))
        rows.append(dict(zip(header, rec)))
    return header, rows


def read_table(folder, table):
    with open(os.path.join(folder, table + ".csv"), "rb") as f:
        return parse_csv(f.read(), table + ".csv")


_sources = {}


def source_of(path):
    """The bytes of an input file (relative to ROOT or absolute) and its
    lines as text, read once."""
    if path not in _sources:
        with open(os.path.join(ROOT, path), "rb") as f:
            raw = f.read()
        _sources[path] = (raw, raw.decode("utf-8", "replace").split("\n"))
    return _sources[path]


def extract_tables(c, inputs, name, tables):
    """Runs `assay extract -f csv -o TMP/name inputs` and reads the tables
    (a list of rows each); a failure ends the test with c."""
    out = os.path.join(TMP, name)
    args = ["extract", "-f", "csv", "-o", out] + inputs
    p = run(args)
    c.ok(p.returncode in (0, 1), "exit status of `assay %s` is %d" % (show(args), p.returncode))
    try:
        return [read_table(out, t)[1] for t in tables]
    except (CsvError, OSError) as e:
        c.fail(str(e))
        c.done()


def parse_jsonl(data, name="jsonl"):
    """Parses JSON Lines bytes: one object per line, every line ends in LF."""
    text = data.decode("utf-8")
    if text and not text.endswith("\n"):
        raise ValueError("%s: the last line has no LF" % name)
    out = []
    for i, line in enumerate(text.split("\n")[:-1] if text else [], start=1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise ValueError("%s:%d: not JSON: %s" % (name, i, e))
        if not isinstance(obj, dict):
            raise ValueError("%s:%d: not an object" % (name, i))
        out.append(obj)
    return out


def infobox_lines(path):
    """Independent count of infobox field lines: the lines after a line
    'Infobox' up to the first blank line, per article. Returns a list of
    (title, title line, [(line number, key, raw value)])."""
    articles = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    in_box = False
    for n, line in enumerate(lines, start=1):
        s = line.rstrip("\r")
        if s.startswith("= ") and s.endswith(" =") and not s.startswith("=="):
            articles.append((s[2:-2].strip(), n, []))
            in_box = False
            continue
        if s.strip() == "Infobox":
            in_box = True
            continue
        if in_box:
            if s.strip() == "":
                in_box = False
                continue
            body = s.strip()
            assert body.startswith("- ") and ": " in body, (path, n, s)
            key, raw = body[2:].split(": ", 1)
            articles[-1][2].append((n, key.strip(), raw.strip()))
    return articles


class Checker:
    """Collects failed checks; done() prints a summary and exits."""

    def __init__(self, name):
        self.name = name
        self.failures = 0
        self.checks = 0

    def ok(self, cond, msg):
        self.checks += 1
        if not cond:
            self.failures += 1
            print("FAIL: " + msg)
        return bool(cond)

    def eq(self, got, want, msg):
        return self.ok(got == want, "%s: got %r, want %r" % (msg, got, want))

    def fail(self, msg):
        return self.ok(False, msg)

    def note(self, msg):
        print("note: " + msg)

    def done(self):
        if self.failures:
            print("%s: %d of %d checks failed" % (self.name, self.failures, self.checks))
            sys.exit(1)
        print("%s: all %d checks passed" % (self.name, self.checks))
        sys.exit(0)


def text(b):
    return b.decode("utf-8", "replace")


def pathological(c, name, data, args=("extract", "-f", "jsonl"), timeout=100):
    """Writes data (bytes) to TMP/name, runs the binary on it with a time
    limit; checks it ends by itself, without a signal or crash. Returns the
    CompletedProcess, or None when it timed out."""
    import time
    path = os.path.join(TMP, name)
    with open(path, "wb") as f:
        f.write(data)
    cmd = list(args) + [path]
    start = time.monotonic()
    try:
        p = run(cmd, timeout=timeout)
    except subprocess.TimeoutExpired:
        c.fail("`assay %s` (%d bytes) did not finish within %d s" % (show(cmd), len(data), timeout))
        return None
    secs = time.monotonic() - start
    c.note("`assay %s` (%.1f MB): exit %d in %.1f s" % (show(cmd), len(data) / 1e6, p.returncode, secs))
    c.ok(p.returncode >= 0, "`assay %s` killed by signal %d" % (show(cmd), -p.returncode))
    c.ok(p.returncode in (0, 1), "`assay %s` exited %d: %s" % (show(cmd), p.returncode, text(p.stderr)[-400:]))
    return p


RECOVERED = b"\n\n= Recovered =\n\nInfobox\n- Date: 1881\n\nThe rest of the input is still read.\n"


def check_recovered(c, name, recs):
    """The last article is the good one every pathological input ends with."""
    arts = [r for r in recs if r.get("type") == "article"]
    ok = bool(arts) and arts[-1].get("title") == "Recovered" and \
        [f.get("raw") for f in arts[-1].get("fields", [])] == ["1881"]
    c.ok(ok, "%s: the article after the pathological part is missing or wrong" % name)
    return arts
