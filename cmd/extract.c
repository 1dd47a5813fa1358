/* extract.c: `assay extract`: articles → tables and documents. */
/* SPDX-License-Identifier: MIT */
#define _POSIX_C_SOURCE 200809L
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

int as_cmd_extract(as_opts *o) {
  const char *format = o->format ? o->format : "jsonl";
  const as_emitter_ops *ops = as_emitter_find(format);
  if (!ops || strcmp(format, "text") == 0)
    return as_cli_usage_error("unknown format '%s' for extract (csv, jsonl, json)", format);
  if (o->table && strcmp(format, "csv") != 0)
    return as_cli_usage_error("--table goes with -f csv");
  as_diag_sink diag = as_diag_sink_file(stderr);
  as_emitter e = {ops, {NULL, NULL}, &diag, 0, -1, NULL};
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
