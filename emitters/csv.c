/* csv.c: the tables as RFC 4180 CSV files (libcsv does the quoting). */
/* SPDX-License-Identifier: MIT */
#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/mem.h"
#include "../core/strbuf.h"
#include "emitter.h"

typedef struct {
  as_sink *sinks[AS_CSV_TABLES];
  char names[AS_CSV_TABLES][32];
  as_strbuf line, quoted;
  as_emitter *e;
} csvw_state;

static bool needs_quotes(as_slice s) {
  if (s.len && (s.ptr[0] == ' ' || s.ptr[s.len - 1] == ' '))
    return true;
  for (size_t i = 0; i < s.len; i++)
    if (s.ptr[i] == '"' || s.ptr[i] == ',' || s.ptr[i] == '\n' || s.ptr[i] == '\r')
      return true;
  return false;
}

/* A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a
 * tab or carriage return before one). */
static bool formula(as_slice s) {
  return s.len && (s.ptr[0] == '=' || s.ptr[0] == '+' || s.ptr[0] == '-' || s.ptr[0] == '@' || s.ptr[0] == '\t' ||
                   s.ptr[0] == '\r');
}

/* Appends one cell; libcsv's csv_write quotes it when it has to be. With
 * safe (--csv-safe), a cell that would start a formula gets a `'` first,
 * which spreadsheets show as text (OWASP's advice on CSV injection). */
static void put_cell(as_strbuf *b, as_slice s, bool safe) {
  as_strbuf guarded = AS_STRBUF_INIT;
  if (safe && formula(s)) {
    as_strbuf_putc(&guarded, '\'');
    as_strbuf_put_slice(&guarded, s);
    s = as_strbuf_slice(&guarded);
  }
  if (!needs_quotes(s)) {
    as_strbuf_put_slice(b, s);
    as_strbuf_free(&guarded);
    return;
  }
  size_t need = csv_write(NULL, 0, s.ptr, s.len);
  as_strbuf_reserve(b, need);
  csv_write(b->ptr + b->len, need, s.ptr, s.len);
  b->len += need;
  b->ptr[b->len] = '\0';
  as_strbuf_free(&guarded);
}

/* Appends one record (cells of table t) and its CRLF to b. */
static void put_row(as_strbuf *b, as_table t, const as_cell *cells, bool safe) {
  size_t n = as_table_ncols(t);
  char num[32];
  for (size_t i = 0; i < n; i++) {
    if (i)
      as_strbuf_putc(b, ',');
    const as_cell *c = &cells[i];
    switch (c->kind) {
    case AS_CELL_NULL: break;
    case AS_CELL_STR: put_cell(b, c->s, safe); break;
    case AS_CELL_INT:
      snprintf(num, sizeof num, "%lld", c->i);
      as_strbuf_puts(b, num);
      break;
    case AS_CELL_BOOL: as_strbuf_puts(b, c->b ? "true" : "false"); break;
    }
  }
  as_strbuf_append(b, "\r\n", 2);
}

static as_status flush_line(csvw_state *cs, as_table t) {
  as_status st = as_sink_write(cs->sinks[t], cs->line.ptr, cs->line.len);
  as_strbuf_clear(&cs->line);
  if (st != AS_OK)
    return as_output_failed(cs->e, cs->names[t], cs->sinks[t]->err);
  return AS_OK;
}

static as_status write_row(void *ctx, as_table t, const as_cell *cells) {
  csvw_state *cs = ctx;
  put_row(&cs->line, t, cells, cs->e->flags & AS_EMIT_CSV_SAFE);
  return flush_line(cs, t);
}

typedef struct {
  as_strbuf *out; /* a buffer per table */
  bool safe;
} render_ctx;

/* Row callback of render: the record into its table's buffer. */
static as_status render_row(void *ctx, as_table t, const as_cell *cells) {
  render_ctx *r = ctx;
  put_row(&r->out[t], t, cells, r->safe);
  return AS_OK;
}

static as_status write_header(csvw_state *cs, as_table t) {
  const char *const *cols = as_table_columns(t);
  for (size_t i = 0; cols[i]; i++) {
    if (i)
      as_strbuf_putc(&cs->line, ',');
    put_cell(&cs->line, as_slice_cstr(cols[i]), false);
  }
  as_strbuf_append(&cs->line, "\r\n", 2);
  return flush_line(cs, t);
}

static bool wants(const as_emitter *e, as_table t) {
  if (e->table >= 0)
    return (int)t == e->table;
  return !(e->flags & AS_EMIT_CONFLICTS_ONLY) || t == AS_TABLE_CONFLICTS;
}

static as_status csvw_begin(as_emitter *e) {
  csvw_state *cs = as_xcalloc(1, sizeof *cs);
  e->state = cs;
  cs->e = e;
  as_status st;
  for (int t = 0; t < AS_CSV_TABLES; t++) {
    if (!wants(e, (as_table)t))
      continue;
    snprintf(cs->names[t], sizeof cs->names[t], "%s.csv", as_table_name((as_table)t));
    cs->sinks[t] = as_output_open(e, cs->names[t]);
    if (!cs->sinks[t])
      return AS_ERR_WRITE;
    TRY(st, write_header(cs, (as_table)t));
  }
  return AS_OK;
}

/* The article's records of every table written into out[table], on any
 * thread. */
static as_status csvw_render(const as_emitter *e, const as_article *a, as_strbuf *out) {
  as_status st;
  render_ctx r = {out, (e->flags & AS_EMIT_CSV_SAFE) != 0};
  for (int t = 0; t < AS_CSV_TABLES; t++)
    if (t != AS_TABLE_CONFLICTS && wants(e, (as_table)t))
      TRY(st, as_rows_article(a, (as_table)t, render_row, &r));
  return AS_OK;
}

static as_status csvw_write(as_emitter *e, const as_strbuf *out) {
  csvw_state *cs = e->state;
  for (int t = 0; t < AS_CSV_TABLES; t++)
    if (cs->sinks[t] && out[t].len && as_sink_write(cs->sinks[t], out[t].ptr, out[t].len) != AS_OK)
      return as_output_failed(cs->e, cs->names[t], cs->sinks[t]->err);
  return AS_OK;
}

static as_status csvw_conflicts(as_emitter *e, const as_conflicts *c) {
  csvw_state *cs = e->state;
  if (!cs->sinks[AS_TABLE_CONFLICTS])
    return AS_OK;
  return as_rows_conflicts(c, write_row, cs);
}

static as_status csvw_end(as_emitter *e) {
  csvw_state *cs = e->state;
  as_status worst = AS_OK;
  for (int t = 0; t < AS_CSV_TABLES; t++) {
    as_sink *s = cs->sinks[t];
    cs->sinks[t] = NULL;
    as_status st = as_output_close(e, s, cs->names[t]);
    if (st > worst)
      worst = st;
  }
  return worst;
}

static void csvw_fini(as_emitter *e) {
  csvw_state *cs = e->state;
  if (!cs)
    return;
  for (int t = 0; t < AS_CSV_TABLES; t++)
    as_sink_discard(cs->sinks[t]);
  as_strbuf_free(&cs->line);
  as_strbuf_free(&cs->quoted);
  free(cs);
  e->state = NULL;
}

const as_emitter_ops as_csv_ops = {"csv",     NULL,      csvw_begin,  NULL, csvw_conflicts,
                                   csvw_end,  csvw_fini, csvw_render, csvw_write};
