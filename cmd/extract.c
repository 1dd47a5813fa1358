/* extract.c: `assay extract`: articles → tables and documents. */
/* SPDX-License-Identifier: MIT */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

/* Where -f csv writes: a folder for all tables, or one file for --table. */
static int csv_target(const as_opts *o, as_emitter *e) {
  if (o->table) {
    as_table t;
    if (!as_table_parse(o->table, &t) || t >= AS_CSV_TABLES)
      return as_cli_usage_error("unknown table '%s' (articles, fields, mentions, claims, conflicts)",
                                o->table);
    e->table = (int)t;
    e->out.path = o->output;
    return -1;
  }
  if (!o->output || strcmp(o->output, "-") == 0)
    return as_cli_usage_error("-f csv writes five tables: give -o DIR for all of them, or "
                              "--table NAME to write one to standard output");
  e->out.dir = o->output;
  return -1;
}

/* -o naming an existing folder puts the format's file inside it. */
static void file_target(const as_opts *o, as_emitter *e) {
  struct stat st;
  if (o->output && strcmp(o->output, "-") != 0 && stat(o->output, &st) == 0 && S_ISDIR(st.st_mode))
    e->out.dir = o->output;
  else
    e->out.path = o->output;
}

/* -f claims: the sorted claims file of one shard, for 'check --claims'. */
static int claims_file(as_opts *o) {
  if (o->table)
    return as_cli_usage_error("--table goes with -f csv");
  bool to_stdout = !o->output || strcmp(o->output, "-") == 0;
  as_sink *out = to_stdout ? as_sink_stdout() : as_sink_atomic(o->output);
  if (!out) {
    fprintf(stderr, "assay: error: %s: cannot create: %s\n", o->output, strerror(errno));
    return AS_EXIT_TROUBLE;
  }
  as_diag_sink diag = as_diag_sink_file(stderr);
  o->claims_out = out;
  bool input_failed = false;
  as_status st = as_pipeline_run(o, NULL, 0, &diag, &input_failed, NULL);
  if (st != AS_OK) {
    if (st == AS_ERR_WRITE && out->err)
      fprintf(stderr, "assay: error: %s: %s\n", to_stdout ? "standard output" : o->output, strerror(out->err));
    as_sink_discard(out);
  } else if (as_sink_close(out) != AS_OK) {
    fprintf(stderr, "assay: error: %s: %s\n", to_stdout ? "standard output" : o->output, strerror(errno));
    st = AS_ERR_WRITE;
  }
  return as_cli_exit_status(st, input_failed, &diag, NULL, o->fail_on);
}

int as_cmd_extract(as_opts *o) {
  const char *format = o->format ? o->format : "jsonl";
  if (strcmp(format, "claims") == 0)
    return claims_file(o);
  const as_emitter_ops *ops = as_emitter_find(format);
  if (!ops || strcmp(format, "text") == 0)
    return as_cli_usage_error("unknown format '%s' for extract (csv, jsonl, json, xml, ttl, nt, rdfxml, claims)",
                              format);
  if (o->table && strcmp(format, "csv") != 0)
    return as_cli_usage_error("--table goes with -f csv");
  as_diag_sink diag = as_diag_sink_file(stderr);
  as_emitter e = {ops, {NULL, NULL, NULL}, &diag, o->csv_safe ? AS_EMIT_CSV_SAFE : 0u, -1, NULL};
  if (strcmp(format, "csv") == 0) {
    int rc = csv_target(o, &e);
    if (rc >= 0)
      return rc;
  } else {
    file_target(o, &e);
  }
  bool input_failed = false;
  as_status st = as_pipeline_run(o, &e, 1, &diag, &input_failed, NULL);
  e.ops->fini(&e);
  return as_cli_exit_status(st, input_failed, &diag, NULL, o->fail_on);
}
