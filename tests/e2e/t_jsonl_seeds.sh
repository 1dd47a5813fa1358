# t_jsonl_seeds.sh: `assay extract -f jsonl` on the seeds, read with jq.
# SPDX-License-Identifier: MIT
source "$(dirname "$0")/lib.sh"

run "$ASSAY" extract -f jsonl "${SEEDS[@]}"
expect_rc 0
cp "$T/out" "$T/seeds.jsonl"

# jq accepts every line; `jq -c .` gives back one line per input line.
jq -c . <"$T/seeds.jsonl" >"$T/jq.out" 2>"$T/jq.err"
check test $? -eq 0 "jq rejects the output: $(head -c 300 "$T/jq.err")"
lines=$(wc -l <"$T/seeds.jsonl")
check test "$(wc -l <"$T/jq.out")" -eq "$lines" "jq -c . prints $(wc -l <"$T/jq.out") lines for $lines input lines"
check test "$(tail -c 1 "$T/seeds.jsonl" | od -An -c | tr -d ' ')" = '\n' "the output does not end with a newline"

# Four articles, first; anything after them is a conflict (SPEC 5).
check test "$(jq -c 'select(.type == "article")' <"$T/seeds.jsonl" | wc -l)" -eq 4 \
  "want 4 lines with \"type\":\"article\", got $(jq -c 'select(.type == "article")' <"$T/seeds.jsonl" | wc -l)"
types=$(jq -r .type <"$T/seeds.jsonl" | uniq | tr '\n' ' ')
case "$types" in
  "article " | "article conflict ") pass ;;
  *) fail "record types in order: '$types', want articles then conflicts" ;;
esac
check test "$lines" -eq "$((4 + $(jq -c 'select(.type == "conflict")' <"$T/seeds.jsonl" | wc -l)))" \
  "lines that are neither article nor conflict"

# Every article has the four arrays, and the scalar keys of SPEC 5.
bad=$(jq -c 'select(.type == "article")
  | select((.fields|type) != "array" or (.mentions|type) != "array"
        or (.claims|type) != "array" or (.sections|type) != "array"
        or (.title|type) != "string" or (.file|type) != "string"
        or (.line|type) != "number" or (.article_id|type) != "string")
  | .title' <"$T/seeds.jsonl")
check test -z "$bad" "articles without arrays fields/mentions/claims/sections or title/file/line/article_id: $bad"

# Titles and files, in input order.
got=$(jq -r 'select(.type == "article") | "\(.file)|\(.title)|\(.line)"' <"$T/seeds.jsonl")
want=$(for f in "${SEEDS[@]}"; do grep -n '^= .* =$' "$f" | sed "s|^\([0-9]*\):= \(.*\) =\$|$f\|\2\|\1|"; done)
check test "$got" = "$want" "file|title|line per article: got
$got
want
$want"

# Fields: 81 in all, each keyed by the CSV column names (SPEC 5).
check test "$(jq -s '[.[] | select(.type == "article") | .fields | length] | add' <"$T/seeds.jsonl")" -eq 81 "want 81 fields in all"
missing=$(jq -r 'select(.type == "article") | .fields[]
  | select((has("article_id") and has("file") and has("line") and has("key") and has("series")
            and has("index") and has("role") and has("raw") and has("type") and has("normalized")) | not)
  | .key' <"$T/seeds.jsonl")
check test -z "$missing" "fields lacking one of the fields.csv columns: $missing"
missing=$(jq -r 'select(.type == "article") | (.mentions[]
  | select((has("article_id") and has("file") and has("line") and has("column") and has("kind")
            and has("text") and has("normalized") and has("precision") and has("inferred")) | not)
  | "mention \(.text)"), (.claims[]
  | select((has("claim_id") and has("article_id") and has("file") and has("line") and has("column")
            and has("origin") and has("subject") and has("property") and has("value")
            and has("normalized") and has("date") and has("precision") and has("inferred")
            and has("sentence")) | not)
  | "claim \(.claim_id)")' <"$T/seeds.jsonl")
check test -z "$missing" "mentions/claims lacking one of their CSV columns: $missing"

# Sections carry a heading and provenance.
bad=$(jq -r 'select(.type == "article") | .sections[]
  | select((.heading|type) != "string" or (.line|type) != "number" or (.level|type) != "number")
  | .heading' <"$T/seeds.jsonl")
check test -z "$bad" "sections without heading/line/level: $bad"
want_headings=$(grep -h '^==' "${SEEDS[@]}" | sed -E 's/^=+ *//; s/ *=+ *$//')
got_headings=$(jq -r 'select(.type == "article") | .sections[] | select(.heading != "" or .level > 1) | .heading' <"$T/seeds.jsonl")
check test "$got_headings" = "$want_headings" "section headings differ from the '==' lines of the seeds:
$(diff <(echo "$want_headings") <(echo "$got_headings"))"

# The same bytes from a folder argument (fixtures/seeds/ holds just these).
run "$ASSAY" extract -f jsonl fixtures/seeds/
expect_rc 0
check cmp -s "$T/out" "$T/seeds.jsonl" "extract fixtures/seeds/ differs from extract fixtures/seeds/*.txt"

finish
