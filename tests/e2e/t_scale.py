"""t_scale: -j N gives byte-identical output (stdout and stderr) to -j 1
in every format; spilling claims to temporary files (a tiny -S) changes
nothing; shards: `extract -f claims` per shard then `check --claims A B
...` gives the same report, in every format, as one check over the
concatenated input, including conflicts whose claims are in different
shards; damaged claims files are diagnosed."""
# SPDX-License-Identifier: MIT
import json
import os
import subprocess
import sys

from e2elib import ROOT, SHARED, TMP, Checker, run, seed_files, show, text

c = Checker("t_scale")
seeds = seed_files()
real_dir = os.path.join(SHARED, "corpus", "real")
real = sorted(os.path.join(real_dir, n) for n in os.listdir(real_dir) if n.endswith(".txt"))

# a corpus of copies (distinct titles), so that ids, people and conflicts
# are shared across many articles
corpus = os.path.join(TMP, "copies.txt")
subprocess.run([sys.executable, os.path.join(SHARED, "tools", "make-corpus"), "--mb", "2",
                "-o", corpus] + [os.path.join(ROOT, s) for s in seeds] + real,
               check=True, stderr=subprocess.DEVNULL)
everything = seeds + real + ["fixtures/bad", "fixtures/regress", corpus]


def same(args, label, jobs=("-j2", "-j3", "-j8")):
    """args with -j1 and with each of jobs: same exit status, stdout, stderr."""
    one = run(args[:1] + ["-q", "-j1"] + args[1:], timeout=300)
    c.ok(one.returncode in (0, 1), "%s -j1: exit status %d: %s" % (label, one.returncode, text(one.stderr)[-300:]))
    for j in jobs:
        p = run(args[:1] + ["-q", j] + args[1:], timeout=300)
        c.eq(p.returncode, one.returncode, "%s %s: exit status as -j1" % (label, j))
        c.ok(p.stdout == one.stdout, "%s %s: stdout byte-identical to -j1 (%d vs %d bytes)"
             % (label, j, len(p.stdout), len(one.stdout)))
        c.ok(p.stderr == one.stderr, "%s %s: diagnostics identical to -j1" % (label, j))
    return one


# ---- -j N: the same bytes, in input order
one = same(["extract", "-f", "jsonl"] + everything, "extract -f jsonl")
c.ok(len(one.stdout) > 1000000, "extract -f jsonl wrote the corpus (%d bytes)" % len(one.stdout))
same(["extract", "-f", "csv", "--table", "claims"] + everything, "extract --table claims")
same(["extract", "-f", "csv", "--table", "mentions"] + seeds + real, "extract --table mentions", ("-j2",))
same(["check", "-f", "json"] + everything, "check -f json")
same(["check"] + seeds + [corpus], "check (text)", ("-j2",))
# run -o DIR: every file the same
outs = []
for j in ("-j1", "-j2"):
    d = os.path.join(TMP, "run" + j)
    p = run(["run", "-q", j, "-o", d] + seeds + real)
    c.ok(p.returncode in (0, 1), "run %s: exit status %d" % (j, p.returncode))
    outs.append({n: open(os.path.join(d, n), "rb").read() for n in sorted(os.listdir(d))})
c.ok(outs[0] == outs[1] and outs[0], "run -o DIR: -j2 writes the same files as -j1 (%s)" % ", ".join(outs[0]))

# ---- spilling: a 16 KiB buffer makes many sorted runs on disk; 1 KiB
# thousands, merged 16 at a time into longer ones while reading
for args in (["check", "-f", "json", corpus], ["extract", "-f", "jsonl", corpus]):
    a = run(args[:1] + ["-q", "-j2"] + args[1:], timeout=300)
    for size in ("16K", "1K"):
        b = run(args[:1] + ["-q", "-j2", "-S", size] + args[1:], timeout=300)
        c.ok(a.stdout == b.stdout and a.returncode == b.returncode and a.stdout,
             "%s: -S %s (claims spilled to temporary files) gives the same output" % (show(args), size))
tmp_env = dict(os.environ, TMPDIR=os.path.join(TMP, "no-such-dir"))
p = run(["check", "-q", "-S", "16K", corpus], env=tmp_env)
c.eq(p.returncode, 2, "check with TMPDIR missing and claims to spill: exit status 2")
c.ok("temporary file" in text(p.stderr) and "no-such-dir" in text(p.stderr),
     "the missing TMPDIR is named: %s" % text(p.stderr).strip()[-200:])

# ---- shards: extract -f claims per shard, check --claims merges them
shard_dir = os.path.join(TMP, "shards")
subprocess.run([sys.executable, os.path.join(SHARED, "tools", "make-corpus"), "--mb", "1", "--shards", "3",
                "-o", shard_dir] + [os.path.join(ROOT, s) for s in seeds] + real[:8],
               check=True, stderr=subprocess.DEVNULL)
parts = sorted(os.path.join(shard_dir, n) for n in os.listdir(shard_dir))
# the seeds split so that the Treaty of Ancón's dates (002 and 003) and
# the Cry of Montán's agents fall in different shards
seed_shards = [[seeds[0], seeds[2]], [seeds[1], seeds[3]]]


def claims_files(groups, name, extra=()):
    files = []
    for i, g in enumerate(groups):
        f = os.path.join(TMP, "%s-%d.claims" % (name, i))
        p = run(["extract", "-q", "-f", "claims", "-o", f] + list(extra) + g)
        c.ok(p.returncode in (0, 1), "extract -f claims -o %s: exit status %d: %s"
             % (f, p.returncode, text(p.stderr)[-200:]))
        files.append(f)
    return files


for label, groups, extra in (("seeds", seed_shards, ()), ("make-corpus shards", [[x] for x in parts], ()),
                             ("shards made with -j2 -S 8K", [[x] for x in parts], ("-j2", "-S", "8K"))):
    files = claims_files(groups, label.split()[0], extra)
    concat = [x for g in groups for x in g]
    got = {}
    for fmt in ("text", "json", "csv"):
        whole = run(["check", "-q", "-f", fmt] + concat)
        merged = run(["check", "-q", "--claims", "-f", fmt] + files)
        c.eq(merged.returncode, whole.returncode, "%s, -f %s: check --claims exit status as one run" % (label, fmt))
        c.ok(merged.stdout == whole.stdout and whole.stdout,
             "%s, -f %s: check --claims gives the same report as one check over the concatenated input "
             "(%d vs %d bytes)" % (label, fmt, len(merged.stdout), len(whole.stdout)))
        got[fmt] = merged.stdout
    if label == "seeds":
        rows = [json.loads(l) for l in text(got["json"]).splitlines()]
        spans = [r for r in rows if r.get("code") == "date-mismatch" and r.get("subject") == "Treaty of Ancón"]
        # 002 is 'Chilean occupation of Peru' (shard 0), 003 'Peruvian
        # resistance movement ...' (shard 1)
        arts = {i.split("#")[0] for r in spans for i in r.get("claim_ids", "").split(";")}
        c.ok(arts == {"Chilean_occupation_of_Peru", "Peruvian_resistance_movement_in_the_War_of_the_Pacific"},
             "the Treaty of Ancón's date-mismatch joins claims of two shards: %s" % sorted(arts))
        with open(files[0], "rb") as f:
            head = f.read()
        c.ok(head.startswith(b"#assay-claims 3\n") and b"\n#claims\n" in head and b"\n#findings\n" in head,
             "a claims file starts with its header and has people, claims and findings sections")
        people = head.split(b"\n#claims\n")[0].split(b"\n")[1:]
        c.ok(people and all(l.split(b"\t")[0] in (b"a", b"p") for l in people),
             "its people section has an `a` line per article and a `p` line per question (%d lines)" % len(people))
        lines = head.split(b"\n#claims\n")[1].split(b"\n#findings\n")[0].split(b"\n")
        keys = [l.split(b"\t")[0] for l in lines if l]
        c.ok(keys == sorted(keys) and keys, "a claims file's lines are sorted by key (%d lines)" % len(keys))

# ---- what a run shares across articles, across shards: the people
# registry (Beta's `Andrés Cáceres` is Alpha's `Andrés Avelino Cáceres` in
# one run, so their birth dates disagree) and unique ids (a second `Alpha`
# is `Alpha_(2)`)
def write(name, body):
    path = os.path.join(TMP, name)
    with open(path, "w") as f:
        f.write(body)
    return path


alpha = write("alpha.txt", "= Alpha =\n\nGeneral Andrés Avelino Cáceres led the army in the war. "
                           "Cáceres was born on 10 February 1836 in Ayacucho.\n")
alpha2 = write("alpha2.txt", "= Alpha =\n\nThe war went on. Andrés Avelino Cáceres was born on 10 February 1836.\n")
beta = write("beta.txt", "= Beta =\n\nThe campaign was long. General Andrés Cáceres was born on "
                         "10 February 1835 in Ayacucho.\n")
gamma = write("gamma.txt", "= Gamma =\n\nGeneral Andrés Cáceres fought on. Cáceres was born in 1835.\n")
# an infobox dated 1880 and a role taken in January 1881: the finding's
# message names the person as the article does, in one run as in shards
delta = write("delta.txt", "= Delta War =\n\nInfobox\n- Date: 1880\n- Commander1: Andrés Cáceres\n\n== Course ==\n\n"
                           "The war was long. General Andrés Cáceres was appointed Minister of War on 5 January 1881.\n")
shared = [[alpha], [beta, alpha2], [gamma, delta]]
files = claims_files(shared, "shared")
concat = [x for g in shared for x in g]
for fmt in ("text", "json", "csv"):
    whole = run(["check", "-q", "-f", fmt] + concat)
    for extra in ([], ["-S", "1K"], ["-j2"]):
        merged = run(["check", "-q", "--claims", "-f", fmt] + extra + files)
        c.ok(merged.stdout == whole.stdout and merged.returncode == whole.returncode == 1,
             "people and ids across shards, -f %s %s: check --claims gives the same report as one run "
             "(exit %d/%d)\n%s\n---\n%s" % (fmt, " ".join(extra), merged.returncode, whole.returncode,
                                              text(whole.stdout)[:600], text(merged.stdout)[:600]))
rows = [json.loads(l) for l in text(run(["check", "-q", "--claims", "-f", "json"] + files).stdout).splitlines()]
dm = [r for r in rows if r.get("code") == "date-mismatch"]
c.ok(len(dm) == 1 and dm[0]["subject"] == "Andrés Avelino Cáceres"
     and set(dm[0]["claim_ids"].split(";")) >= {"Alpha#1", "Alpha_(2)#1", "Beta#1"},
     "the birth dates meet under the name the whole input gives, the second Alpha as Alpha_(2): %s" % dm)
oor = [r for r in rows if r.get("code") == "out-of-range"]
c.ok(len(oor) == 1 and "prose has Andrés Cáceres taking a role" in oor[0]["message"],
     "the out-of-range finding names the person as Delta War does: %s" % oor)
# each shard alone does not know it: Beta's claims name `Andrés Cáceres`
with open(files[1], "rb") as f:
    body = f.read()
c.ok(b"\tAndr\xc3\xa9s C\xc3\xa1ceres\tbirthDate" in body and b"\tAlpha\tAlpha\t" in body,
     "the shard's own claims file names Beta's subject as the shard met him, and its Alpha as Alpha")
# a claims file read from a pipe (it is read twice when renamed: copied)
p = run(["check", "-q", "--claims", "-f", "json", files[0], "/dev/stdin", files[2]], stdin=body)
whole = run(["check", "-q", "-f", "json"] + concat)
c.ok(p.stdout == whole.stdout, "a renamed shard read from a pipe gives the same report: %s" % text(p.stderr)[-300:])

# ---- damaged claims files
notclaims = os.path.join(TMP, "not.claims")
with open(notclaims, "w") as f:
    f.write("= An article =\nSome text.\n")
good = os.path.join(TMP, "seeds-0.claims")
p = run(["check", "-q", "--claims", notclaims, good])
c.eq(p.returncode, 2, "check --claims with a file that is not a claims file: exit status 2")
c.ok("not a claims file" in text(p.stderr) and notclaims in text(p.stderr), "it is named: %s" % text(p.stderr))
c.ok(p.stdout, "the good claims file is still checked")
broken = os.path.join(TMP, "broken.claims")
with open(good, "rb") as f:
    data = f.read()
with open(broken, "wb") as f:
    cut = data.index(b"\n", len(data) // 3)
    f.write(data[:cut] + b"\nbad\tline\n" + data[cut + 1:])
p = run(["check", "-q", "--claims", broken])
c.eq(p.returncode, 2, "check --claims on a file with a damaged line: exit status 2")
c.ok(broken in text(p.stderr), "the damaged file is named: %s" % text(p.stderr).strip())
older = write("older.claims", "#assay-claims 1\nkey\t000000000000000000000000\tC\n#findings\n")
p = run(["check", "-q", "--claims", older, good])
c.eq(p.returncode, 2, "check --claims with a claims file of an older version: exit status 2")
c.ok("another version" in text(p.stderr) and "extract it again" in text(p.stderr) and p.stdout,
     "it says so, and the good file is still checked: %s" % text(p.stderr).strip())
cut_people = write("cut.claims", data.split(b"\n#claims\n")[0].decode("utf-8") + "\n")
p = run(["check", "-q", "--claims", cut_people])
c.eq(p.returncode, 2, "check --claims on a file cut in its people section: exit status 2")
c.ok("truncated" in text(p.stderr) and cut_people in text(p.stderr), "it says so: %s" % text(p.stderr).strip())
bad_people = write("badpeople.claims", data.decode("utf-8").replace("\np\t", "\nq\t", 1))
p = run(["check", "-q", "--claims", bad_people])
c.eq(p.returncode, 2, "check --claims on a damaged people line: exit status 2")
c.ok(bad_people + ":" in text(p.stderr) and "people section" in text(p.stderr),
     "the file and line are named: %s" % text(p.stderr).strip())
p = run(["check", "-q", "--claims", os.path.join(TMP, "missing.claims")])
c.eq(p.returncode, 2, "check --claims on a missing file: exit status 2")
p = run(["extract", "--claims", good])
c.eq(p.returncode, 2, "--claims goes with check only: usage error")

c.done()
