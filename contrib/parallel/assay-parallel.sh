#!/bin/sh
# assay-parallel.sh: a sharded run with GNU parallel, on this machine or on
# several hosts over ssh.
#
#   assay-parallel.sh [-S SSHLOGINS] [-j THREADS] [-f FORMAT] [-o REPORT] SHARD...
#
# map:    one `assay extract -f claims` per shard, run by GNU parallel on the
#         hosts of SSHLOGINS (its --sshlogin: `4/host1,4/host2,:`; ':' is
#         this machine, the default); each shard is sent to its host and its
#         claims file brought back (--trc), so give shards as paths relative
#         to the current folder. assay must be on each host's PATH (or set
#         ASSAY to its path, the same on every host).
# reduce: `assay check --claims` over the claims files, in the order of the
#         shards, here: the same report as one `assay check SHARD...`.
#
# Exit status: that of `assay check` (0 clean, 1 conflicts, 2 trouble); 2
# when a shard could not be processed.
# SPDX-License-Identifier: MIT
set -eu
assay=${ASSAY:-assay}
logins=":" threads="" format="text" report="-"
while getopts "S:j:f:o:" opt; do
  case $opt in
  S) logins=$OPTARG ;;
  j) threads="-j $OPTARG" ;;
  f) format=$OPTARG ;;
  o) report=$OPTARG ;;
  *) echo "usage: $0 [-S SSHLOGINS] [-j THREADS] [-f FORMAT] [-o REPORT] SHARD..." >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || { echo "$0: no shards given" >&2; exit 2; }
command -v parallel >/dev/null || { echo "$0: GNU parallel is not installed" >&2; exit 2; }

# map: exit status 1 (a diagnostic about the input) still leaves a claims file
# shellcheck disable=SC2016
parallel --halt now,fail=1 --sshlogin "$logins" --trc '{}.claims' \
  "$assay" extract -q $threads -f claims -o '{}.claims' '{}' ';' 'test $? -le 1' ::: "$@" ||
  { echo "$0: a shard failed (see above)" >&2; exit 2; }

# reduce: the claims files in the order of the shards
set --  $(for s in "$@"; do printf '%s.claims\n' "$s"; done)
rc=0
"$assay" check -q --claims -f "$format" -o "$report" "$@" || rc=$?
rm -f "$@"
exit $rc
