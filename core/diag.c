/* diag.c: diagnostic code table, formatting, and the default sinks. */
/* SPDX-License-Identifier: MIT */
#include "diag.h"

#include <stdarg.h>
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

static void vreport(as_diag_sink *s, as_diag *d, const char *fmt, va_list ap) {
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
  fwrite(line.ptr, 1, line.len, ctx ? (FILE *)ctx : stderr);
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
