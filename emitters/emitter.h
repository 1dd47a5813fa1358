/* emitter.h: the interface every output format implements. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_EMITTER_H
#define AS_EMITTER_H

#include <stdbool.h>

#include "../core/diag.h"
#include "../core/model.h"
#include "../core/sink.h"
#include "../core/status.h"
#include "../core/strbuf.h"
#include "rows.h"

/** Where a format writes. With `dir`, each format writes its own named
 *  files into that folder (created if missing); otherwise one file at
 *  `path`, or standard output when path is NULL or "-". */
typedef struct as_output {
  const char *dir;
  const char *path;
  as_strbuf *memory; ///< tests and fuzzing: every file appended here instead
} as_output;

enum {
  AS_EMIT_CONFLICTS_ONLY = 1u << 0, ///< `check -f`: write conflicts, not articles
  AS_EMIT_CSV_SAFE = 1u << 1,       ///< --csv-safe: CSV cells that start a formula are guarded
};

typedef struct as_emitter as_emitter;

/** One table of callbacks per format. The pipeline calls begin once,
 *  article (or render and write) once per article (the article dies after
 *  the call), conflicts once at the end, then end; fini always, even after
 *  an error. */
typedef struct as_emitter_ops {
  const char *name; ///< the -f name: "csv", "jsonl", "text", ...
  const char *file; ///< file name used in an output folder ("assay.jsonl"); NULL for csv
  as_status (*begin)(as_emitter *e) AS_MUST_CHECK;
  /** NULL when the format has render and write, which are used instead. */
  as_status (*article)(as_emitter *e, const as_article *a) AS_MUST_CHECK;
  as_status (*conflicts)(as_emitter *e, const as_conflicts *c) AS_MUST_CHECK;
  as_status (*end)(as_emitter *e) AS_MUST_CHECK; ///< completes files (rename)
  void (*fini)(as_emitter *e); ///< frees state; discards unfinished files; NULL-safe state
  /** Optional, instead of article, so that worker threads do the work:
   *  appends what a adds to each file of the format to out[i] (i <
   *  AS_EMIT_FILES), reading nothing but a and e's settings (not its
   *  state), so any thread may call it at any time after begin. */
  as_status (*render)(const as_emitter *e, const as_article *a, as_strbuf *out) AS_MUST_CHECK;
  /** Writes what render made of the next article, in input order. */
  as_status (*write)(as_emitter *e, const as_strbuf *out) AS_MUST_CHECK;
} as_emitter_ops;

/** The most files one format writes (the CSV tables). */
#define AS_EMIT_FILES AS_CSV_TABLES

struct as_emitter {
  const as_emitter_ops *ops;
  as_output out;
  as_diag_sink *diag;
  unsigned flags;
  int table;   ///< csv: one table (as_table) or -1 for all
  void *state; ///< the format's own
};

/** The ops of the format called name, or NULL. */
const as_emitter_ops *as_emitter_find(const char *name);
/** NULL-terminated list of every format, for `run` and --help. */
const as_emitter_ops *const *as_emitter_all(void);
/** Once, on the main thread, before threads render (the libraries'
 *  global state). */
void as_emitters_init(void);

/** Opens the sink for one output file of a format: `name` inside out->dir,
 *  or out->path, or stdout. Reports failures as write-failed; NULL then. */
as_sink *as_output_open(const as_emitter *e, const char *name);
/** Closes a sink opened by as_output_open and reports a failure. */
as_status as_output_close(const as_emitter *e, as_sink *s, const char *name) AS_MUST_CHECK;

/** Writes n bytes of file `name` to s; a failure is reported (write-failed
 *  with its errno) and returned as AS_ERR_WRITE. */
as_status as_output_write(const as_emitter *e, as_sink *s, const char *name, const void *p,
                          size_t n) AS_MUST_CHECK;

/** Writes a status for a failed sink write (reports it once). */
as_status as_output_failed(const as_emitter *e, const char *name, int err);

#endif
