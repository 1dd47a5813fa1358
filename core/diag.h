/* diag.h: diagnostics (structured findings) and the sinks that receive them. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_DIAG_H
#define AS_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "prov.h"
#include "strbuf.h"

typedef enum { AS_SEV_NOTE = 0, AS_SEV_WARNING, AS_SEV_ERROR } as_severity;

typedef enum {
#define AS_DIAG(id, name, sev, summary) AS_D_##id,
#include "diag_codes.h"
#undef AS_DIAG
  AS_D_COUNT
} as_diag_code;

/** One finding. A diagnostic with `is_note` set is a `note:` line that
 *  belongs to the finding before it and carries no code. */
typedef struct as_diag {
  as_severity severity;
  as_diag_code code;
  bool is_note;
  const char *file;    ///< display name; NULL = no location (prefix "assay")
  as_prov at;          ///< line 0 = file only; col 0 = no column
  const char *message; ///< formatted once, valid during the callback
} as_diag;

/** Receives diagnostics. `counts` (by severity, notes excluded) drive
 *  --fail-on and the exit status; as_diag_emit keeps them. */
typedef struct as_diag_sink {
  void (*emit)(void *ctx, const as_diag *d);
  void *ctx;
  size_t counts[3];
} as_diag_sink;

const char *as_diag_code_name(as_diag_code code);
as_severity as_diag_code_severity(as_diag_code code);
/** The code called name (`date-mismatch`); false if there is none. */
bool as_diag_code_parse(const char *name, as_diag_code *out);
const char *as_diag_code_summary(as_diag_code code);
const char *as_severity_name(as_severity sev);
/** Parses "error", "warning", "note"; false if s is none of them. */
bool as_severity_parse(const char *s, as_severity *out);

/** Passes d to the sink and counts it. */
void as_diag_emit(as_diag_sink *s, const as_diag *d);

/** Reports a finding with the code's default severity. */
void as_diag_report(as_diag_sink *s, as_diag_code code, const char *file, as_prov at,
                    const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/** Reports a `note:` line attached to the previous finding. */
void as_diag_note(as_diag_sink *s, const char *file, as_prov at, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/** Appends the compiler-style line for d, with a trailing newline:
 *  FILE:LINE:COL: SEVERITY: MESSAGE [CODE]. */
void as_diag_format(as_strbuf *out, const as_diag *d);

/** A sink that prints each diagnostic to `f` (stderr when NULL). */
as_diag_sink as_diag_sink_file(FILE *f);

/** A sink that appends formatted lines to a strbuf (tests, -j workers). */
as_diag_sink as_diag_sink_buffer(as_strbuf *buf);

/** Holds diagnostics back and passes them on in order of line and column
 *  (a finding's notes stay with it), so that problems the reader finds
 *  while reading an article ahead and those the parser finds come out in
 *  file order. */
typedef struct as_diag_order {
  as_diag_sink sink; ///< give this to the stages; it collects
  as_diag_sink *out; ///< where as_diag_order_flush sends them
  struct as_diag_held *held;
  size_t n, cap;
} as_diag_order;

void as_diag_order_init(as_diag_order *o, as_diag_sink *out);
/** Passes on everything held, sorted; keeps the memory for reuse. */
void as_diag_order_flush(as_diag_order *o);
/** Drops everything held (the run stopped before its articles were
 *  written, so their diagnostics are not reported either). */
void as_diag_order_discard(as_diag_order *o);
/** Flushes, then frees; NULL-safe. */
void as_diag_order_fini(as_diag_order *o);

#endif
