# t_real_corpus.sh: all of $SHARED/corpus/real parses without a crash under
# check and extract (exit 0 or 1), jq accepts the output, the CSV parses, and
# the provenance of every field points at its line.
# SPDX-License-Identifier: MIT
source "$(dirname "$0")/lib.sh"

real=$SHARED/corpus/real
if [ ! -d "$real" ]; then
  fail "no corpus at $real (SHARED=$SHARED)"
  finish
fi
ntxt=$(find "$real" -name '*.txt' | wc -l)
check test "$ntxt" -gt 0 "no *.txt in $real"
ntitles=$(cat "$real"/*.txt | grep -c '^= .* =$')

# The whole folder at once.
run "$ASSAY" check "$real"
expect_rc "0|1"
run "$ASSAY" check -f json "$real"
expect_rc "0|1"
if [ -s "$T/out" ]; then
  jq -c . <"$T/out" >/dev/null 2>"$T/jqerr"
  check test ! -s "$T/jqerr" "jq rejects check -f json: $(head -c 200 "$T/jqerr")"
fi
run "$ASSAY" extract -f jsonl "$real"
expect_rc "0|1"
cp "$T/out" "$T/real.jsonl"
jq -c . <"$T/real.jsonl" >"$T/jq.out" 2>"$T/jqerr"
check test $? -eq 0 "jq rejects extract -f jsonl on the corpus: $(head -c 300 "$T/jqerr")"
check test "$(wc -l <"$T/jq.out")" -eq "$(wc -l <"$T/real.jsonl")" "jq -c . changes the number of lines"
check test "$(jq -c 'select(.type == "article")' <"$T/real.jsonl" | wc -l)" -eq "$ntitles" \
  "want $ntitles articles (one per '= Title =' line), got $(jq -c 'select(.type == "article")' <"$T/real.jsonl" | wc -l)"
run "$ASSAY" extract -f json "$real"
expect_rc "0|1"
jq -e '.articles | length' <"$T/out" >/dev/null 2>"$T/jqerr"
check test $? -eq 0 "jq rejects extract -f json on the corpus: $(head -c 300 "$T/jqerr")"
run "$ASSAY" extract -f csv -o "$T/csv" "$real"
expect_rc "0|1"

# Each file alone, so a crash names its file.
for f in "$real"/*.txt; do
  "$ASSAY" check "$f" >/dev/null 2>"$T/err1"
  rc=$?
  [ $rc -le 1 ] || fail "assay check $f exited $rc: $(tail -n 2 "$T/err1")"
  "$ASSAY" extract -f jsonl "$f" 2>/dev/null | jq -c . >/dev/null 2>"$T/jqerr"
  st=("${PIPESTATUS[@]}")
  [ "${st[0]}" -le 1 ] || fail "assay extract -f jsonl $f exited ${st[0]}"
  [ "${st[1]}" -eq 0 ] || fail "jq rejects the output for $f: $(head -c 200 "$T/jqerr")"
  pass
done

# Diagnostics are well-formed and point into the corpus.
run "$ASSAY" extract -f jsonl "$real"
bad=$(grep -v -E "^($real/[^:]+:[0-9]+:([0-9]+:)? (error|warning|note): .+ \[[a-z0-9-]+\]|$real/[^:]+:[0-9]+:[0-9]+: note: .+)\$" "$T/err" | head -n 5)
check test -z "$bad" "malformed diagnostic lines: $bad"

# Provenance: every field's line is its '- Key: Value' line; every sentence's
# line holds its first words; files are the paths as found under the folder.
"$PY" - "$T/real.jsonl" "$T/csv" <<'EOF' >"$T/prov" 2>&1
import csv, json, sys, os
bad = []
cache = {}
def lines(path):
    if path not in cache:
        with open(path, encoding="utf-8", errors="replace") as f:
            cache[path] = [l.rstrip("\r") for l in f.read().split("\n")]
    return cache[path]
n = 0
for rec in map(json.loads, open(sys.argv[1], encoding="utf-8")):
    if rec.get("type") != "article":
        continue
    src = lines(rec["file"])
    if not src[rec["line"] - 1].startswith("= "):
        bad.append("%s:%d: title line is %r" % (rec["file"], rec["line"], src[rec["line"] - 1][:60]))
    for f in rec["fields"]:
        n += 1
        l = src[f["line"] - 1].lstrip()
        if not (l.startswith("- " + f["key"]) or l.startswith("-\t" + f["key"])):
            bad.append("%s:%d: field %r: line is %r" % (f["file"], f["line"], f["key"], l[:60]))
    for sec in rec["sections"]:
        for s in sec.get("sentences", []):
            l = src[s["line"] - 1]
            words = s["text"][:20]
            col = s.get("column", 1)
            if l[col - 1:col - 1 + len(words)] != words:
                bad.append("%s:%d:%d: sentence %r not found there (line has %r)"
                           % (rec["file"], s["line"], col, words, l[col - 1:col + 19]))
rows = list(csv.DictReader(open(os.path.join(sys.argv[2], "fields.csv"), newline="", encoding="utf-8")))
if len(rows) != n:
    bad.append("fields.csv has %d rows, the JSON Lines %d fields" % (len(rows), n))
for b in bad[:10]:
    print(b)
if bad:
    print("%d provenance problems" % len(bad))
    sys.exit(1)
EOF
check test $? -eq 0 "provenance check failed:
$(cat "$T/prov")"

# Names in the real articles that a reader would not accept as they were
# once read: a unit's name as a count, a people or a ship as a place or a
# person, Hitler normalised to a division named after him.
"$PY" - "$T/real.jsonl" <<'EOF' >"$T/names" 2>&1
import json, sys
bad = []
for rec in map(json.loads, open(sys.argv[1], encoding="utf-8")):
    if rec.get("type") != "article":
        continue
    title, ms = rec["title"], rec["mentions"]
    named = {(m["line"], m["column"], m["text"]) for m in ms if m["kind"] in ("org", "event")}
    for m in ms:
        where = "%s: %s %r" % (title, m["kind"], m["text"])
        if m["kind"] == "quantity" and (m["line"], m["column"], m["text"]) in named:
            bad.append(where + " is a name and a quantity")
        if m["kind"] in ("person", "place") and m["text"] in ("American", "Americans", "Germans", "Okinawans"):
            bad.append(where + ": a people")
        if m["kind"] in ("person", "place") and m["text"] == "World War II":
            bad.append(where + ": an event")
        if title == "Battle of the Denmark Strait" and m["text"] in ("Bismarck", "Hood", "Prinz Eugen") \
                and m["kind"] in ("person", "place"):
            bad.append(where + ": a ship")
        if title == "Battle of the Bulge" and m["kind"] == "person" and m["text"] == "Hitler" \
                and m["normalized"] != "Adolf Hitler":
            bad.append(where + " normalised to %r" % m["normalized"])
for b in bad[:10]:
    print(b)
if bad:
    print("%d names misread" % len(bad))
    sys.exit(1)
EOF
check test $? -eq 0 "names in the real corpus:
$(cat "$T/names")"

finish
