/* check.c: `assay check`: the conflict report, with an exit status to gate on. */
/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "cli.h"

int as_cmd_check(as_opts *o) {
  const char *format = o->format ? o->format : "text";
  const char *emitter = strcmp(format, "json") == 0 ? "jsonl" : format;
  const as_emitter_ops *ops = as_emitter_find(emitter);
  if (!ops || strcmp(format, "jsonl") == 0)
    return as_cli_usage_error("unknown format '%s' for check (text, json, csv, xml, ttl, nt, rdfxml)", format);
  if (o->table)
    return as_cli_usage_error("--table goes with 'extract -f csv'");
  as_diag_sink diag = as_diag_sink_file(stderr);
  as_emitter e = {ops, {NULL, o->output, NULL}, &diag, AS_EMIT_CONFLICTS_ONLY | (o->csv_safe ? AS_EMIT_CSV_SAFE : 0u), -1, NULL};
  if (strcmp(format, "csv") == 0)
    e.table = AS_TABLE_CONFLICTS;
  bool input_failed = false;
  size_t found[AS_SEV_ERROR + 1] = {0};
  as_status st = as_pipeline_run(o, &e, 1, &diag, &input_failed, found);
  e.ops->fini(&e);
  return as_cli_exit_status(st, input_failed, &diag, found, o->fail_on);
}
