/* pipeline.c: the loop that runs the stages in order over a stream of articles. */
/* SPDX-License-Identifier: MIT */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../validator/validate.h"
#include "cli.h"
#include "pool.h"
#include "progress.h"
#include "shards.h"

static as_status begin_all(as_emitter *em, size_t nem) {
  as_status st;
  for (size_t i = 0; i < nem; i++)
    TRY(st, em[i].ops->begin(&em[i]));
  return AS_OK;
}

static as_status end_all(as_emitter *em, size_t nem, const as_conflicts *conflicts) {
  as_status st;
  for (size_t i = 0; i < nem; i++)
    TRY(st, em[i].ops->conflicts(&em[i], conflicts));
  for (size_t i = 0; i < nem; i++)
    TRY(st, em[i].ops->end(&em[i]));
  return AS_OK;
}

static void temp_failed(const as_validator *v) {
  const char *dir = getenv("TMPDIR");
  fprintf(stderr, "assay: error: cannot write a temporary file in %s: %s\n", dir && *dir ? dir : "/tmp",
          strerror(as_validator_errno(v)));
}

as_status as_pipeline_run(const as_opts *o, as_emitter *em, size_t nem, as_diag_sink *diag,
                          bool *input_failed, size_t *found) {
  static const char *const stdin_only[] = {"-"};
  const char *const *inputs = o->ninputs ? o->inputs : stdin_only;
  size_t ninputs = o->ninputs ? o->ninputs : 1;
  as_conflicts conflicts = {NULL, 0};
  as_validator *validator = as_validator_new(o->buffer_size);
  as_status st = AS_OK;
  *input_failed = false;
  if (o->claims_in) {
    st = as_shards_add(validator, inputs, ninputs, input_failed);
    if (st != AS_OK)
      temp_failed(validator);
    else
      st = begin_all(em, nem);
  } else {
    as_input in = {inputs, ninputs, o->mem_input, o->mem_len};
    as_pool *pool = as_pool_new(o->jobs ? o->jobs : 1, &in, o->max_article_bytes, diag, em, nem, o->claims_out != NULL);
    as_progress progress;
    as_progress_init(&progress, o->quiet);
    if (!o->claims_out)
      st = begin_all(em, nem);
    as_article *a;
    size_t ndiags;
    as_records rec;
    while (st == AS_OK && (a = as_pool_next(pool, &ndiags, &rec))) {
      if (ndiags)
        as_progress_clear(&progress); /* diagnostics do not share a line with it */
      as_pool_flush(pool);
      as_progress_tick(&progress, as_pool_source(pool));
      (void)a;
      st = as_pool_emit(pool, em, nem);
      if (st == AS_OK && (st = as_validator_take(validator, rec.claims, rec.findings, rec.people)) != AS_OK)
        temp_failed(validator);
    }
    as_progress_clear(&progress);
    *input_failed = as_source_failed(as_pool_source(pool));
    as_pool_free(pool);
  }
  const char *bad = NULL;
  if (st == AS_OK && o->claims_out) {
    st = as_validator_write(validator, o->claims_out, &bad);
  } else if (st == AS_OK) {
    as_status vs = as_validator_finish(validator, &conflicts, &bad);
    if (vs == AS_ERR_WRITE)
      temp_failed(validator);
    else if (vs != AS_OK) {
      fprintf(stderr, "assay: error: %s: a claims line could not be read (damaged file?)\n",
              bad ? bad : "temporary file");
      *input_failed = true;
    }
    if (vs != AS_ERR_WRITE) {
      for (const as_conflict *k = conflicts.first; k && found; k = k->next)
        found[k->sev]++;
      st = end_all(em, nem, &conflicts);
    } else {
      st = vs;
    }
  }
  as_validator_free(validator);
  return st;
}

int as_cli_exit_status(as_status st, bool input_failed, const as_diag_sink *diag,
                       const size_t *found, as_severity fail_on) {
  if (st > AS_FAILURE || input_failed)
    return AS_EXIT_TROUBLE;
  for (int s = fail_on; s <= AS_SEV_ERROR; s++)
    if (diag->counts[s] || (found && found[s]))
      return AS_EXIT_FINDINGS;
  return AS_EXIT_OK;
}
