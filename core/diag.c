/* diag.c: diagnostic code table, formatting, and the default sinks. */
/* SPDX-License-Identifier: MIT */
#include "diag.h"

#include "mem.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static const struct {
  const char *name;
  as_severity sev;
  const char *summary;
} codes[] = {
#define AS_DIAG(id, name, sev, summary) {name, AS_SEV_##sev, summary},
#include "diag_codes.h"
#undef AS_DIAG
};

const char *as_diag_code_name(as_diag_code code) { return codes[code].name; }
as_severity as_diag_code_severity(as_diag_code code) { return codes[code].sev; }
const char *as_diag_code_summary(as_diag_code code) { return codes[code].summary; }

bool as_diag_code_parse(const char *name, as_diag_code *out) {
  for (size_t i = 0; i < sizeof codes / sizeof *codes; i++)
    if (strcmp(codes[i].name, name) == 0) {
      *out = (as_diag_code)i;
      return true;
    }
  return false;
}

const char *as_severity_name(as_severity sev) {
  static const char *const names[] = {"note", "warning", "error"};
  return names[sev];
}

bool as_severity_parse(const char *s, as_severity *out) {
  for (int i = AS_SEV_NOTE; i <= AS_SEV_ERROR; i++)
    if (strcmp(s, as_severity_name((as_severity)i)) == 0) {
      *out = (as_severity)i;
      return true;
    }
  return false;
}

void as_diag_emit(as_diag_sink *s, const as_diag *d) {
  if (!d->is_note)
    s->counts[d->severity]++;
  if (s->emit)
    s->emit(s->ctx, d);
}

__attribute__((format(printf, 3, 0))) static void vreport(as_diag_sink *s, as_diag *d, const char *fmt, va_list ap) {
  as_strbuf msg = AS_STRBUF_INIT;
  as_strbuf_vprintf(&msg, fmt, ap);
  d->message = as_strbuf_cstr(&msg);
  as_diag_emit(s, d);
  as_strbuf_free(&msg);
}

void as_diag_report(as_diag_sink *s, as_diag_code code, const char *file, as_prov at,
                    const char *fmt, ...) {
  as_diag d = {as_diag_code_severity(code), code, false, file, at, NULL};
  va_list ap;
  va_start(ap, fmt);
  vreport(s, &d, fmt, ap);
  va_end(ap);
}

void as_diag_note(as_diag_sink *s, const char *file, as_prov at, const char *fmt, ...) {
  as_diag d = {AS_SEV_NOTE, AS_D_COUNT, true, file, at, NULL};
  va_list ap;
  va_start(ap, fmt);
  vreport(s, &d, fmt, ap);
  va_end(ap);
}

void as_diag_format(as_strbuf *out, const as_diag *d) {
  if (!d->file)
    as_strbuf_puts(out, "assay");
  else if (d->at.line == 0)
    as_strbuf_puts(out, d->file);
  else if (d->at.col == 0)
    as_strbuf_printf(out, "%s:%u", d->file, (unsigned)d->at.line);
  else
    as_strbuf_printf(out, "%s:%u:%u", d->file, (unsigned)d->at.line, (unsigned)d->at.col);
  as_strbuf_printf(out, ": %s: %s", d->is_note ? "note" : as_severity_name(d->severity),
                   d->message);
  if (!d->is_note)
    as_strbuf_printf(out, " [%s]", as_diag_code_name(d->code));
  as_strbuf_putc(out, '\n');
}

static void emit_file(void *ctx, const as_diag *d) {
  as_strbuf line = AS_STRBUF_INIT;
  as_diag_format(&line, d);
  FILE *f = ctx ? (FILE *)ctx : stderr;
  /* the report's lines so far first: with both streams in one log (`2>&1`),
   * a diagnostic never lands inside a line the buffer had half written */
  if (f == stderr)
    fflush(stdout);
  fwrite(line.ptr, 1, line.len, f);
  as_strbuf_free(&line);
}

as_diag_sink as_diag_sink_file(FILE *f) {
  as_diag_sink s = {emit_file, f, {0, 0, 0}};
  return s;
}

static void emit_buffer(void *ctx, const as_diag *d) { as_diag_format(ctx, d); }

as_diag_sink as_diag_sink_buffer(as_strbuf *buf) {
  as_diag_sink s = {emit_buffer, buf, {0, 0, 0}};
  return s;
}

struct as_diag_held {
  as_diag d;     /* message owned (heap) */
  size_t group;  /* index of the finding a note belongs to */
  size_t seq;
};

static void hold(void *ctx, const as_diag *d) {
  as_diag_order *o = ctx;
  o->held = as_xgrow(o->held, &o->cap, o->n + 1, sizeof *o->held);
  struct as_diag_held *h = &o->held[o->n];
  h->d = *d;
  h->d.message = as_xstrdup(d->message);
  h->seq = o->n;
  h->group = d->is_note && o->n > 0 ? o->held[o->n - 1].group : o->n;
  o->n++;
}

void as_diag_order_init(as_diag_order *o, as_diag_sink *out) {
  o->sink = (as_diag_sink){hold, o, {0, 0, 0}};
  o->out = out;
  o->held = NULL;
  o->n = o->cap = 0;
}

static const as_diag_order *sorting; /* qsort has no context argument */

static int cmp_held(const void *x, const void *y) {
  const struct as_diag_held *a = x, *b = y;
  const as_diag *ga = &sorting->held[a->group].d, *gb = &sorting->held[b->group].d;
  /* by file, then line (what concerns the whole file, line 0, comes
   * after its lines), then column, then as reported */
  if (ga->at.file != gb->at.file)
    return ga->at.file < gb->at.file ? -1 : 1;
  uint32_t la = ga->at.line ? ga->at.line : UINT32_MAX, lb = gb->at.line ? gb->at.line : UINT32_MAX;
  if (la != lb)
    return la < lb ? -1 : 1;
  if (ga->at.col != gb->at.col)
    return ga->at.col < gb->at.col ? -1 : 1;
  if (a->group != b->group)
    return a->group < b->group ? -1 : 1;
  return (a->seq > b->seq) - (a->seq < b->seq);
}

void as_diag_order_flush(as_diag_order *o) {
  if (o->n == 0)
    return;
  /* sort a copy of the group keys' positions: groups refer to original
   * indexes, so sort an index array rather than the entries themselves */
  struct as_diag_held *sorted = as_xmalloc(o->n * sizeof *sorted);
  memcpy(sorted, o->held, o->n * sizeof *sorted);
  sorting = o;
  qsort(sorted, o->n, sizeof *sorted, cmp_held);
  sorting = NULL;
  for (size_t i = 0; i < o->n; i++) {
    as_diag_emit(o->out, &sorted[i].d);
    free((char *)sorted[i].d.message);
  }
  free(sorted);
  o->n = 0;
}

void as_diag_order_discard(as_diag_order *o) {
  for (size_t i = 0; i < o->n; i++)
    free((char *)o->held[i].d.message);
  o->n = 0;
}

void as_diag_order_fini(as_diag_order *o) {
  if (!o)
    return;
  as_diag_order_flush(o);
  free(o->held);
  o->held = NULL;
  o->cap = 0;
}
