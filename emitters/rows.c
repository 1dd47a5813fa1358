/* rows.c: articles, fields, mentions, claims, conflicts and sections as rows
 * of typed cells; CSV writes them, JSON keys them, XML tags them. */
/* SPDX-License-Identifier: MIT */
#include "rows.h"

#include <stdio.h>
#include <string.h>

#include "../core/strbuf.h"

static const char *const articles_cols[] = {"article_id", "title", "file", "line", "sections",
                                            "fields", "mentions", "claims", "column", "byte",
                                            "paragraphs", "sentences", NULL};
static const char *const fields_cols[] = {"article_id", "file", "line", "key", "series",
                                          "index", "role", "raw", "type", "normalized",
                                          "column", "byte", "record", "precision", NULL};
static const char *const mentions_cols[] = {"article_id", "file", "line", "column", "kind",
                                            "text", "normalized", "precision", "inferred",
                                            "unit", "qualifier", "byte", NULL};
static const char *const claims_cols[] = {"claim_id", "article_id", "file", "line", "column",
                                          "origin", "subject", "property", "value", "normalized",
                                          "date", "precision", "inferred", "sentence", "about",
                                          "qualifier", "byte", NULL};
static const char *const conflicts_cols[] = {"conflict_id", "code", "severity", "subject",
                                             "property", "values", "claim_ids", "message",
                                             "explanation", "file", "line", "column", "sentence",
                                             NULL};
static const char *const sections_cols[] = {"article_id", "file", "line", "column", "level",
                                            "heading", "path", "paragraphs", "list_items",
                                            "sentences", NULL};

static const struct {
  const char *name;
  const char *const *cols;
} tables[AS_TABLE_COUNT] = {
    {"articles", articles_cols}, {"fields", fields_cols},       {"mentions", mentions_cols},
    {"claims", claims_cols},     {"conflicts", conflicts_cols}, {"sections", sections_cols},
};

const char *as_table_name(as_table t) { return tables[t].name; }

bool as_table_parse(const char *name, as_table *out) {
  for (int t = 0; t < AS_TABLE_COUNT; t++)
    if (strcmp(name, tables[t].name) == 0) {
      *out = (as_table)t;
      return true;
    }
  return false;
}

const char *const *as_table_columns(as_table t) { return tables[t].cols; }

size_t as_table_ncols(as_table t) {
  size_t n = 0;
  while (tables[t].cols[n])
    n++;
  return n;
}

static as_cell str(as_slice s) { return (as_cell){AS_CELL_STR, s, 0, false}; }
static as_cell cstr(const char *s) { return str(as_slice_cstr(s)); }
static as_cell num(long long i) { return (as_cell){AS_CELL_INT, AS_SLICE_NULL, i, false}; }
static as_cell flag(bool b) { return (as_cell){AS_CELL_BOOL, AS_SLICE_NULL, 0, b}; }
static as_cell opt(as_slice s) { return s.len ? str(s) : (as_cell){AS_CELL_NULL, AS_SLICE_NULL, 0, false}; }

static as_status article_row(const as_article *a, as_row_fn fn, void *ctx) {
  as_cell c[] = {str(a->id),           str(a->title),          cstr(a->file_name),
                 num(a->at.line),      num((long long)a->nsections), num((long long)a->nfields),
                 num((long long)a->nmentions), num((long long)a->nclaims), num(a->at.col),
                 num((long long)a->at.byte), num((long long)a->nparagraphs),
                 num((long long)a->nsentences)};
  return fn(ctx, AS_TABLE_ARTICLES, c);
}

as_status as_rows_field(const as_article *a, const as_field *f, as_row_fn fn, void *ctx) {
  as_cell c[] = {str(a->id),        cstr(a->file_name), num(f->at.line),   str(f->key),
                 str(f->series),    opt(f->index),      opt(f->role),      str(f->raw),
                 cstr(as_value_type_name(f->type)),     str(f->normalized), num(f->at.col),
                 num((long long)f->at.byte),            opt(f->record),    opt(f->precision)};
  return fn(ctx, AS_TABLE_FIELDS, c);
}

static as_status mention_row(const as_article *a, const as_mention *m, as_row_fn fn, void *ctx) {
  as_cell c[] = {str(a->id),      cstr(a->file_name), num(m->at.line), num(m->at.col),
                 cstr(as_mention_kind_name(m->kind)), str(m->text),    str(m->normalized),
                 opt(m->precision), flag(m->inferred), opt(m->unit), opt(m->qualifier),
                 num((long long)m->at.byte)};
  return fn(ctx, AS_TABLE_MENTIONS, c);
}

static as_status claim_row(const as_article *a, const as_claim *cl, as_row_fn fn, void *ctx,
                           as_strbuf *id) {
  as_strbuf_clear(id);
  as_strbuf_printf(id, "%.*s#%u", (int)a->id.len, a->id.ptr, (unsigned)cl->seq);
  as_cell c[] = {str(as_strbuf_slice(id)),      str(a->id),          cstr(a->file_name), num(cl->at.line),
                 num(cl->at.col),  cstr(cl->origin == AS_FROM_INFOBOX ? "infobox" : "prose"),
                 str(cl->subject), str(cl->property),   str(cl->value),     str(cl->normalized),
                 opt(cl->date),    opt(cl->precision),  flag(cl->inferred), str(cl->quote),
                 opt(cl->about),   opt(cl->qualifier),  num((long long)cl->at.byte)};
  return fn(ctx, AS_TABLE_CLAIMS, c);
}

static size_t count_children(const as_block *b, as_blk_kind kind) {
  size_t n = 0;
  for (const as_block *c = b->first_child; c; c = c->next)
    n += c->kind == kind;
  return n;
}

static size_t count_sentences(const as_block *sec) {
  size_t n = 0;
  for (const as_block *c = sec->first_child; c; c = c->next)
    n += count_children(c, AS_BLK_SENTENCE);
  return n;
}

as_status as_rows_section(const as_article *a, const as_block *sec, as_row_fn fn, void *ctx) {
  as_cell c[] = {str(a->id),      cstr(a->file_name),  num(sec->start.line),
                 num(sec->start.col),                  num(sec->as.section.level),
                 str(sec->text),  str(sec->as.section.path),
                 num((long long)count_children(sec, AS_BLK_PARAGRAPH)),
                 num((long long)count_children(sec, AS_BLK_LIST_ITEM)),
                 num((long long)count_sentences(sec))};
  return fn(ctx, AS_TABLE_SECTIONS, c);
}

as_status as_rows_article(const as_article *a, as_table t, as_row_fn fn, void *ctx) {
  as_status st = AS_OK;
  switch (t) {
  case AS_TABLE_ARTICLES:
    return article_row(a, fn, ctx);
  case AS_TABLE_FIELDS:
    for (const as_field *f = a->fields; f && st == AS_OK; f = f->next)
      st = as_rows_field(a, f, fn, ctx);
    return st;
  case AS_TABLE_MENTIONS:
    for (const as_mention *m = a->mentions; m && st == AS_OK; m = m->next)
      st = mention_row(a, m, fn, ctx);
    return st;
  case AS_TABLE_CLAIMS: {
    as_strbuf id = AS_STRBUF_INIT;
    for (const as_claim *cl = a->claims; cl && st == AS_OK; cl = cl->next)
      st = claim_row(a, cl, fn, ctx, &id);
    as_strbuf_free(&id);
    return st;
  }
  case AS_TABLE_SECTIONS:
    for (const as_block *s = a->root->first_child; s && st == AS_OK; s = s->next)
      if (s->kind == AS_BLK_SECTION)
        st = as_rows_section(a, s, fn, ctx);
    return st;
  case AS_TABLE_CONFLICTS:
  case AS_TABLE_COUNT:
    break;
  }
  return st;
}

as_status as_rows_conflicts(const as_conflicts *cs, as_row_fn fn, void *ctx) {
  as_status st = AS_OK;
  char id[32];
  for (const as_conflict *k = cs ? cs->first : NULL; k && st == AS_OK; k = k->next) {
    snprintf(id, sizeof id, "C%u", (unsigned)k->seq);
    /* the place and sentence of the first claim quoted (a finding's own) */
    static const as_conflict_claim none = {0};
    const as_conflict_claim *q = k->nclaims ? &k->claims[0] : &none;
    as_cell c[] = {cstr(id),        str(k->code),   str(k->severity), str(k->subject),
                   str(k->property), str(k->values), str(k->claim_ids), str(k->message),
                   str(k->explanation), str(q->file), num(q->line), num(q->col), str(q->sentence)};
    st = fn(ctx, AS_TABLE_CONFLICTS, c);
  }
  return st;
}
