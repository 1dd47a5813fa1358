/* pool.h: the parse stage on several threads. The main thread reads the
 * input (one reader, in order) into a ring of slots; worker threads parse
 * the slots; the main thread takes the articles back in input order. The
 * articles share the run's titles and people in input order (see
 * as_parse_article_nth), so the result is that of one thread. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_POOL_H
#define AS_POOL_H

#include <stddef.h>

#include "../core/diag.h"
#include "../core/model.h"
#include "../core/source.h"
#include "../core/status.h"
#include "../emitters/emitter.h"

typedef struct as_pool as_pool;

/** What to read: paths (see as_source_new), or len bytes at data when data
 *  is not NULL (named paths[0]; tests and fuzzing). */
typedef struct as_input {
  const char *const *paths;
  size_t npaths;
  const void *data;
  size_t len;
} as_input;

/** Opens the inputs (see as_source_new) and starts jobs worker threads
 *  (jobs = 1: everything on the calling thread). Diagnostics reach diag in
 *  input order, each article's when the caller flushes them. The workers
 *  also render each article for the formats em[0..nem) that can (see
 *  as_emitter_ops.render); as_pool_emit writes it. people: the records
 *  include the people lines of a claims file. */
as_pool *as_pool_new(unsigned jobs, const as_input *in, size_t max_article_bytes, as_diag_sink *diag,
                     const as_emitter *em, size_t nem, bool people);

/** What the validator keeps of an article (made by the worker, see
 *  as_validator_records). */
typedef struct as_records {
  as_slice claims, findings, people;
} as_records;

/** The next article in input order, parsed; NULL at the end of the input.
 *  It lives until the next call. *ndiags: its diagnostics not yet flushed;
 *  *rec: what the validator keeps of it. */
as_article *as_pool_next(as_pool *p, size_t *ndiags, as_records *rec);

/** Writes the article as_pool_next returned to every format: what the
 *  workers rendered, or through the format's article callback. */
as_status as_pool_emit(as_pool *p, as_emitter *em, size_t nem) AS_MUST_CHECK;

/** Passes the diagnostics of the article as_pool_next returned to diag. */
void as_pool_flush(as_pool *p);

const as_source *as_pool_source(const as_pool *p);

/** Stops the workers; NULL-safe. Diagnostics held are flushed. */
void as_pool_free(as_pool *p);

#endif
