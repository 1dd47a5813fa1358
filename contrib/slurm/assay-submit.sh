#!/bin/sh
# assay-submit.sh: submits a sharded run to Slurm: a job array for the map
# (one shard per task) and a reduce job that starts when every task of the
# map has succeeded.
#
#   assay-submit.sh SHARDS-LIST CLAIMS-DIR REPORT [FORMAT]
#
# SHARDS-LIST lists the shards, one path per line, e.g.
#   make-corpus --mb 10000 --shards 64 -o corpus.d ...; ls corpus.d/* > shards.txt
# SPDX-License-Identifier: MIT
set -eu
[ $# -ge 3 ] || { echo "usage: $0 SHARDS-LIST CLAIMS-DIR REPORT [FORMAT]" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
n=$(grep -c . "$1")
[ "$n" -gt 0 ] || { echo "$0: $1 lists no shards" >&2; exit 2; }
map=$(sbatch --parsable --array=0-$((n - 1)) --export=ALL,SHARDS="$1",CLAIMS="$2" "$here/assay-map.sbatch")
sbatch --parsable --dependency=afterok:"${map%%;*}" \
  --export=ALL,CLAIMS="$2",REPORT="$3",FORMAT="${4:-text}" "$here/assay-reduce.sbatch"
echo "map job $map ($n tasks), then the reduce" >&2
