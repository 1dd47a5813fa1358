#!/bin/sh
# deps.sh: installs the Debian packages that building and testing assay need,
# only those missing. Usage: scripts/deps.sh build|test|bench|fuzz|valgrind
set -eu
build="gcc make pkg-config libcsv-dev libjansson-dev libutf8proc-dev libxml2-dev libserd-dev"
test="libcriterion-dev jq libxml2-utils python3 parallel raptor2-utils python3-rdflib python3-jsonschema"
case "${1:-build}" in
  build) want="$build" ;;
  test) want="$build $test" ;;
  bench) want="$build time python3" ;;
  fuzz) want="$build clang libclang-rt-dev" ;;
  valgrind) want="$build $test valgrind" ;;
  *) echo "usage: $0 build|test|bench|fuzz|valgrind" >&2; exit 2 ;;
esac
missing=""
for p in $want; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "deps: installing$missing" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
