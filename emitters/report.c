/* report.c: the compiler-style conflict report of `assay check -f text`. */
/* SPDX-License-Identifier: MIT */
#include <stdlib.h>

#include "../core/mem.h"
#include "../core/strbuf.h"
#include "emitter.h"

typedef struct {
  as_sink *sink;
  as_strbuf line;
} report_state;

static as_status report_begin(as_emitter *e) {
  report_state *rs = as_xcalloc(1, sizeof *rs);
  e->state = rs;
  rs->sink = as_output_open(e, "report.txt");
  return rs->sink ? AS_OK : AS_ERR_WRITE;
}

static as_status report_article(as_emitter *e, const as_article *a) {
  (void)e;
  (void)a;
  return AS_OK; /* the report is about conflicts, which come at the end */
}

static as_status report_conflicts(as_emitter *e, const as_conflicts *c) {
  report_state *rs = e->state;
  for (const as_conflict *k = c ? c->first : NULL; k; k = k->next) {
    as_strbuf_clear(&rs->line);
    as_strbuf_printf(&rs->line, "assay: %.*s: %.*s [%.*s]\n", (int)k->severity.len,
                     k->severity.ptr, (int)k->message.len, k->message.ptr, (int)k->code.len,
                     k->code.ptr);
    if (as_sink_write(rs->sink, rs->line.ptr, rs->line.len) != AS_OK)
      return as_output_failed(e, "report.txt", rs->sink->err);
  }
  return AS_OK;
}

static as_status report_end(as_emitter *e) {
  report_state *rs = e->state;
  as_sink *s = rs->sink;
  rs->sink = NULL;
  return as_output_close(e, s, "report.txt");
}

static void report_fini(as_emitter *e) {
  report_state *rs = e->state;
  if (!rs)
    return;
  as_sink_discard(rs->sink);
  as_strbuf_free(&rs->line);
  free(rs);
  e->state = NULL;
}

const as_emitter_ops as_report_ops = {"text", "report.txt", report_begin, report_article,
                                      report_conflicts, report_end, report_fini};
