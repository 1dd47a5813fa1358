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

/* `FILE:LINE:COL: SEVERITY: MESSAGE [code]`, then a `note:` line quoting
 * every other claim, then why, so that editors and IDEs can jump to each. */
static void put_conflict(as_strbuf *b, const as_conflict *k) {
  const as_conflict_claim *p = k->nclaims ? &k->claims[0] : NULL;
  if (p)
    as_strbuf_printf(b, "%.*s:%u:%u: ", (int)p->file.len, p->file.ptr, (unsigned)p->line, (unsigned)p->col);
  else
    as_strbuf_puts(b, "assay: ");
  as_strbuf_printf(b, "%.*s: %.*s [%.*s]\n", (int)k->severity.len, k->severity.ptr, (int)k->message.len,
                   k->message.ptr, (int)k->code.len, k->code.ptr);
  for (size_t i = 0; i < k->nclaims; i++) {
    const as_conflict_claim *c = &k->claims[i];
    if (i > 0)
      as_strbuf_printf(b, "%.*s:%u:%u: note: %.*s%s in '%.*s': ", (int)c->file.len, c->file.ptr, (unsigned)c->line,
                       (unsigned)c->col, (int)c->value.len, c->value.ptr, c->inferred ? " (inferred)" : "",
                       (int)c->article.len, c->article.ptr);
    else
      as_strbuf_puts(b, "    ");
    as_strbuf_printf(b, "\"%.*s\"\n", (int)c->sentence.len, c->sentence.ptr);
  }
  if (k->explanation.len && !as_slice_eq(k->explanation, k->message))
    as_strbuf_printf(b, "    why: %.*s\n", (int)k->explanation.len, k->explanation.ptr);
}

static as_status report_conflicts(as_emitter *e, const as_conflicts *c) {
  report_state *rs = e->state;
  for (const as_conflict *k = c ? c->first : NULL; k; k = k->next) {
    as_strbuf_clear(&rs->line);
    put_conflict(&rs->line, k);
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
                                      report_conflicts, report_end, report_fini, NULL, NULL};
