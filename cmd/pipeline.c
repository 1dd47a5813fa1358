/* pipeline.c: the loop that runs the stages in order over a stream of articles. */
/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <unistd.h>

#include "../core/arena.h"
#include "../core/source.h"
#include "../parsers/parsers.h"
#include "../validator/validate.h"
#include "cli.h"
#include "progress.h"

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

as_status as_pipeline_run(const as_opts *o, as_emitter *em, size_t nem, as_diag_sink *diag,
                          bool *input_failed, size_t *found) {
  static const char *const stdin_only[] = {"-"};
  const char *const *inputs = o->ninputs ? o->inputs : stdin_only;
  size_t ninputs = o->ninputs ? o->ninputs : 1;
  /* the reader reads one line into the next article before it hands out
   * this one: order each article's findings by position */
  as_diag_order order;
  as_diag_order_init(&order, diag);
  as_source *src = as_source_new(inputs, ninputs, &order.sink, o->max_article_bytes);
  as_diag_order_flush(&order);
  as_parser *parser = as_parser_new();
  as_arena arena;
  as_arena_init(&arena, 1 << 20);
  as_conflicts conflicts = {NULL, 0};
  as_validator *validator = as_validator_new();
  as_progress progress;
  as_progress_init(&progress, o->quiet);
  as_status st = begin_all(em, nem);
  const as_raw_article *raw;
  while (st == AS_OK && (raw = as_source_next(src, &arena))) {
    as_article *a = as_parse_article(parser, raw, &arena, &order.sink);
    if (order.n)
      as_progress_clear(&progress); /* diagnostics do not share a line with it */
    as_diag_order_flush(&order);
    as_progress_tick(&progress, src);
    for (size_t i = 0; i < nem && st == AS_OK; i++)
      st = em[i].ops->article(&em[i], a);
    as_validator_add(validator, a);
    as_arena_reset(&arena);
  }
  as_progress_clear(&progress);
  if (st == AS_OK) {
    as_validator_finish(validator, &conflicts);
    for (const as_conflict *k = conflicts.first; k && found; k = k->next)
      found[k->sev]++;
    st = end_all(em, nem, &conflicts);
  }
  as_validator_free(validator);
  as_diag_order_fini(&order);
  *input_failed = as_source_failed(src);
  as_arena_fini(&arena);
  as_parser_free(parser);
  as_source_free(src);
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
