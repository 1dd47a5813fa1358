/* xml.c: one XML document (namespace https://w3id.org/assay/xml/1) written
 * with libxml2's xmlTextWriter; schemas/assay.xsd describes it. */
/* SPDX-License-Identifier: MIT */
#include <libxml/xmlwriter.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/mem.h"
#include "../core/strbuf.h"
#include "../core/utf8.h"
#include "emitter.h"
#include "xmlfrag.h"

#define AS_XML_NS "https://w3id.org/assay/xml/1"

/* Where the writing functions write: a fragment's writer (xmlfrag.h). */
typedef struct {
  xmlTextWriterPtr w;
  as_strbuf text; /* the value being written, made safe for XML */
} xml_writer;

typedef struct {
  as_emitter *e;
  const char *name;
  as_sink *sink;
  as_strbuf out; /* an article or the conflicts, before they are written */
  bool articles; /* <articles> is open */
} xml_state;

/* Each table's rows are elements of this name inside an element named
 * after the table (<fields><field .../></fields>); each column is an
 * attribute of the same name. */
static const char *const row_element[AS_TABLE_COUNT] = {
    [AS_TABLE_ARTICLES] = "article",   [AS_TABLE_FIELDS] = "field",
    [AS_TABLE_MENTIONS] = "mention",   [AS_TABLE_CLAIMS] = "claim",
    [AS_TABLE_CONFLICTS] = "conflict", [AS_TABLE_SECTIONS] = "section",
};

/* The Char production of XML 1.0: TAB, LF, CR and everything from U+0020
 * up but surrogates, U+FFFE and U+FFFF. */
static bool xml_char(uint32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

/* v as a NUL-terminated string with every character XML 1.0 forbids
 * replaced by U+FFFD. xmlTextWriter escapes markup but passes control
 * characters and U+FFFE through, which makes the document unreadable to
 * every XML parser (articles do contain U+0001..U+001F; see t_xml.py). A
 * NUL would end the string early, and invalid UTF-8 decodes as U+FFFD, so
 * neither can cut or corrupt a value either. Valid until the next call. */
static const char *xml_safe(xml_writer *x, as_slice v) {
  as_strbuf *b = &x->text;
  as_strbuf_clear(b);
  size_t i = 0;
  while (i < v.len) {
    size_t run = i;
    while (run < v.len && (unsigned char)v.ptr[run] >= 0x20 && (unsigned char)v.ptr[run] < 0x80)
      run++;
    as_strbuf_append(b, v.ptr + i, run - i);
    if ((i = run) == v.len)
      break;
    uint32_t cp;
    i += as_utf8_decode(v.ptr + i, v.len - i, &cp);
    char enc[4];
    as_strbuf_append(b, enc, as_utf8_encode(xml_char(cp) ? cp : 0xFFFD, enc));
  }
  return as_strbuf_cstr(b);
}

/* The result of an xmlTextWriter call (into memory: only libxml2 itself
 * can fail). */
static as_status done(int rc) { return rc < 0 ? AS_ERR_LIBRARY : AS_OK; }

static as_status start(xml_writer *x, const char *name) {
  return done(xmlTextWriterStartElement(x->w, BAD_CAST name));
}

static as_status end_element(xml_writer *x) { return done(xmlTextWriterEndElement(x->w)); }

static as_status attr_cstr(xml_writer *x, const char *name, const char *value) {
  return done(xmlTextWriterWriteAttribute(x->w, BAD_CAST name, BAD_CAST value));
}

static as_status attr(xml_writer *x, const char *name, as_slice value) {
  return attr_cstr(x, name, xml_safe(x, value));
}

static as_status attr_int(xml_writer *x, const char *name, long long value) {
  char num[32];
  snprintf(num, sizeof num, "%lld", value);
  return attr_cstr(x, name, num);
}

/* A NULL cell (an empty optional column; null in JSON) is no attribute. */
static as_status cell_attr(xml_writer *x, const char *name, const as_cell *c) {
  switch (c->kind) {
  case AS_CELL_NULL: return AS_OK;
  case AS_CELL_STR: return attr(x, name, c->s);
  case AS_CELL_INT: return attr_int(x, name, c->i);
  case AS_CELL_BOOL: return attr_cstr(x, name, c->b ? "true" : "false");
  }
  return AS_OK;
}

/* Row callback: starts the row's element and writes its columns; the
 * caller writes the children and ends it. */
static as_status open_row(void *ctx, as_table t, const as_cell *cells) {
  xml_writer *x = ctx;
  as_status st;
  TRY(st, start(x, row_element[t]));
  const char *const *cols = as_table_columns(t);
  for (size_t i = 0; cols[i]; i++)
    TRY(st, cell_attr(x, cols[i], &cells[i]));
  return AS_OK;
}

/* Row callback for rows without children. */
static as_status whole_row(void *ctx, as_table t, const as_cell *cells) {
  as_status st;
  TRY(st, open_row(ctx, t, cells));
  return end_element(ctx);
}

/* Keys as in JSON's items (jsonl.c); died only when true. */
static as_status write_item(xml_writer *x, const as_item *it) {
  as_status st;
  TRY(st, start(x, "item"));
  TRY(st, attr(x, "text", it->text));
  TRY(st, attr_cstr(x, "type", as_value_type_name(it->type)));
  TRY(st, attr(x, "normalized", it->normalized));
  if (it->qualifier.len)
    TRY(st, attr(x, "qualifier", it->qualifier));
  if (it->rank.len)
    TRY(st, attr(x, "rank", it->rank));
  if (it->group.len)
    TRY(st, attr(x, "group", it->group));
  if (it->died)
    TRY(st, attr_cstr(x, "died", "true"));
  TRY(st, attr_int(x, "column", it->at.col));
  return end_element(x);
}

static as_status write_fields(xml_writer *x, const as_article *a) {
  as_status st;
  TRY(st, start(x, "fields"));
  for (const as_field *f = a->fields; f; f = f->next) {
    TRY(st, as_rows_field(a, f, open_row, x));
    if (f->type == AS_VT_LINK) {
      TRY(st, attr(x, "link_target", f->link_target));
      TRY(st, attr(x, "link_label", f->link_label));
    }
    for (size_t i = 0; i < f->nitems; i++)
      TRY(st, write_item(x, &f->items[i]));
    TRY(st, end_element(x));
  }
  return end_element(x);
}

/* Keys as in JSON's sentences (jsonl.c). */
static as_status write_sentence(xml_writer *x, const as_block *block, const as_block *s) {
  as_status st;
  TRY(st, start(x, "sentence"));
  TRY(st, attr_int(x, "line", s->start.line));
  TRY(st, attr_int(x, "column", s->start.col));
  TRY(st, attr_int(x, "byte", (long long)s->start.byte));
  TRY(st, attr_cstr(x, "block", block->kind == AS_BLK_LIST_ITEM ? "list_item" : "paragraph"));
  TRY(st, attr(x, "text", s->text));
  return end_element(x);
}

static as_status write_sections(xml_writer *x, const as_article *a) {
  as_status st;
  TRY(st, start(x, "sections"));
  for (const as_block *sec = a->root->first_child; sec; sec = sec->next) {
    if (sec->kind != AS_BLK_SECTION)
      continue;
    TRY(st, as_rows_section(a, sec, open_row, x));
    for (const as_block *b = sec->first_child; b; b = b->next)
      for (const as_block *s = b->first_child; s; s = s->next)
        TRY(st, write_sentence(x, b, s));
    TRY(st, end_element(x));
  }
  return end_element(x);
}

static as_status write_table(xml_writer *x, const as_article *a, as_table t) {
  as_status st;
  TRY(st, start(x, as_table_name(t)));
  TRY(st, as_rows_article(a, t, whole_row, x));
  return end_element(x);
}

static as_status write_article(xml_writer *x, const as_article *a) {
  as_status st;
  TRY(st, as_rows_article(a, AS_TABLE_ARTICLES, open_row, x));
  TRY(st, write_fields(x, a));
  TRY(st, write_table(x, a, AS_TABLE_MENTIONS));
  TRY(st, write_table(x, a, AS_TABLE_CLAIMS));
  TRY(st, write_sections(x, a));
  return end_element(x);
}

/* One claim a conflict quotes; claim_id is absent for a finding on the
 * text, which quotes a sentence but no claim. */
static as_status write_quote(xml_writer *x, const as_conflict_claim *q) {
  as_status st;
  TRY(st, start(x, "claim"));
  if (q->claim_id.len)
    TRY(st, attr(x, "claim_id", q->claim_id));
  TRY(st, attr(x, "value", q->value));
  TRY(st, attr(x, "article", q->article));
  TRY(st, attr(x, "file", q->file));
  TRY(st, attr_int(x, "line", q->line));
  TRY(st, attr_int(x, "column", q->col));
  TRY(st, attr(x, "sentence", q->sentence));
  TRY(st, attr_cstr(x, "inferred", q->inferred ? "true" : "false"));
  return end_element(x);
}

static as_status write_conflict(xml_writer *x, const as_conflict *k) {
  /* as_rows_conflicts walks a whole list; a copy cut loose from it gives
   * this conflict's row alone (its id comes from seq, not the position). */
  as_conflict one = *k;
  one.next = NULL;
  as_conflicts list = {&one, 1};
  as_status st;
  TRY(st, as_rows_conflicts(&list, open_row, x));
  for (size_t i = 0; i < k->nclaims; i++)
    TRY(st, write_quote(x, &k->claims[i]));
  return end_element(x);
}

static as_status write_conflicts(xml_writer *x, const as_conflicts *c) {
  as_status st;
  TRY(st, start(x, "conflicts"));
  for (const as_conflict *k = c ? c->first : NULL; k; k = k->next)
    TRY(st, write_conflict(x, k));
  return end_element(x);
}

/* Appends to out what fn writes, as a fragment at depth (see xmlfrag.h). */
static as_status fragment(as_strbuf *out, int depth, as_status (*fn)(xml_writer *, const void *),
                          const void *arg) {
  as_xmlfrag f;
  xml_writer x = {NULL, AS_STRBUF_INIT};
  as_status st = as_xmlfrag_open(&f, out, depth, " ");
  x.w = f.w;
  if (st == AS_OK)
    st = fn(&x, arg);
  as_status cs = as_xmlfrag_close(&f, st == AS_OK);
  as_strbuf_free(&x.text);
  return st != AS_OK ? st : cs;
}

static as_status article_fn(xml_writer *x, const void *a) { return write_article(x, a); }
static as_status conflicts_fn(xml_writer *x, const void *c) { return write_conflicts(x, c); }

static as_status put(xml_state *x, const char *p, size_t n) {
  return as_output_write(x->e, x->sink, x->name, p, n);
}

static as_status puts_(xml_state *x, const char *s) { return put(x, s, strlen(s)); }

/* The article as an element of <articles>, on any thread. */
static as_status xml_render(const as_emitter *e, const as_article *a, as_strbuf *out) {
  if (e->flags & AS_EMIT_CONFLICTS_ONLY)
    return AS_OK;
  return fragment(&out[0], 2, article_fn, a);
}

static as_status xml_write(as_emitter *e, const as_strbuf *out) {
  xml_state *x = e->state;
  as_status st;
  if (!out[0].len)
    return AS_OK;
  if (!x->articles) {
    x->articles = true;
    TRY(st, puts_(x, " <articles>\n"));
  }
  return put(x, out[0].ptr, out[0].len);
}

static as_status xml_conflicts(as_emitter *e, const as_conflicts *c) {
  xml_state *x = e->state;
  as_status st;
  if (!(e->flags & AS_EMIT_CONFLICTS_ONLY))
    TRY(st, puts_(x, x->articles ? " </articles>\n" : " <articles/>\n"));
  as_strbuf_clear(&x->out);
  TRY(st, fragment(&x->out, 1, conflicts_fn, c));
  return put(x, x->out.ptr, x->out.len);
}

/* The start and end of the document are constant text, as xmlTextWriter
 * writes them; the articles and conflicts between them are fragments.
 * <articles> opens with the first article (<articles/> if none) and is left
 * out under `check -f xml`, which writes conflicts only. */
static as_status xml_begin(as_emitter *e) {
  xml_state *x = as_xcalloc(1, sizeof *x);
  e->state = x;
  x->e = e;
  x->name = e->ops->file;
  x->sink = as_output_open(e, x->name);
  if (!x->sink)
    return AS_ERR_WRITE;
  return puts_(x, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<assay xmlns=\"" AS_XML_NS "\" version=\"1\">\n");
}

static as_status xml_end(as_emitter *e) {
  xml_state *x = e->state;
  as_status st;
  TRY(st, puts_(x, "</assay>\n"));
  as_sink *s = x->sink;
  x->sink = NULL;
  return as_output_close(e, s, x->name);
}

static void xml_fini(as_emitter *e) {
  xml_state *x = e->state;
  if (!x)
    return;
  as_sink_discard(x->sink);
  as_strbuf_free(&x->out);
  free(x);
  e->state = NULL;
}

const as_emitter_ops as_xml_ops = {"xml",   "assay.xml", xml_begin,  NULL, xml_conflicts,
                                   xml_end, xml_fini,    xml_render, xml_write};
