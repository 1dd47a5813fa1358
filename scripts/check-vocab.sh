#!/bin/sh
# check-vocab.sh: every property of core/vocab.h is documented in
# docs/vocabulary.md, with the same IRI. Exit 1 if one is missing.
set -eu
cd "$(dirname "$0")/.."
status=0
sed -n 's/.*X([A-Z_]*, "\([A-Za-z]*\)", "\([a-z]*:[A-Za-z]*\)".*/\1 \2/p' core/vocab.h > /tmp/vocab.$$
while read -r name iri; do
  grep -q "^| \`$name\` | \`$iri\` |" docs/vocabulary.md || {
    echo "check-vocab: '$name' ($iri) is not in docs/vocabulary.md" >&2
    status=1
  }
done < /tmp/vocab.$$
n=$(wc -l < /tmp/vocab.$$)
rm -f /tmp/vocab.$$
[ "$n" -gt 0 ] || { echo "check-vocab: no property read from core/vocab.h" >&2; exit 1; }
[ $status -eq 0 ] && echo "check-vocab: $n properties documented"
exit $status
