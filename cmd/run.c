/* run.c: `assay run -o DIR`: every format in one pass. */
/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "cli.h"

int as_cmd_run(as_opts *o) {
  if (!o->output || strcmp(o->output, "-") == 0)
    return as_cli_usage_error("run writes a folder: give -o DIR");
  if (o->format || o->table)
    return as_cli_usage_error("run writes every format; -f and --table go with extract");
  as_diag_sink diag = as_diag_sink_file(stderr);
  const as_emitter_ops *const *all = as_emitter_all();
  as_emitter em[16];
  size_t n = 0;
  for (size_t i = 0; all[i] && n < 16; i++) {
    em[n] = (as_emitter){all[i], {o->output, NULL, NULL}, &diag, o->csv_safe ? AS_EMIT_CSV_SAFE : 0u, -1, NULL};
    n++;
  }
  bool input_failed = false;
  size_t found[AS_SEV_ERROR + 1] = {0};
  as_status st = as_pipeline_run(o, em, n, &diag, &input_failed, found);
  for (size_t i = 0; i < n; i++)
    em[i].ops->fini(&em[i]);
  return as_cli_exit_status(st, input_failed, &diag, found, o->fail_on);
}
