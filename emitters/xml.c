/* xml.c: one XML document (namespace https://w3id.org/assay/xml/1) written
 * with libxml2's xmlTextWriter; schemas/assay.xsd describes it. */
/* SPDX-License-Identifier: MIT */
#include <libxml/xmlwriter.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "../core/mem.h"
#include "../core/strbuf.h"
#include "../core/utf8.h"
#include "emitter.h"

#define AS_XML_NS "https://w3id.org/assay/xml/1"

typedef struct {
  as_emitter *e;
  const char *name;
  as_sink *sink;
  xmlTextWriterPtr w;  /* owns its xmlOutputBuffer, which writes to sink */
  bool in_articles;    /* <articles> is open */
  as_strbuf text;      /* the value being written, made safe for XML */
} xml_state;

/* Each table's rows are elements of this name inside an element named
 * after the table (<fields><field .../></fields>); each column is an
 * attribute of the same name. */
static const char *const row_element[AS_TABLE_COUNT] = {
    [AS_TABLE_ARTICLES] = "article", [AS_TABLE_FIELDS] = "field",
    [AS_TABLE_MENTIONS] = "mention", [AS_TABLE_CLAIMS] = "claim",
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
static const char *xml_safe(xml_state *x, as_slice v) {
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

/* The result of an xmlTextWriter call. A failed sink is reported as
 * write-failed with its errno; a failure of libxml2 itself as EIO. */
static as_status done(xml_state *x, int rc) {
  if (x->sink->err)
    return as_output_failed(x->e, x->name, x->sink->err);
  if (rc < 0)
    return as_output_failed(x->e, x->name, 0);
  return AS_OK;
}

/* xmlOutputBuffer's write callback. The sink keeps the first failure
 * (sticky errno), which done() checks after every call, so the run stops
 * at the first failed write. Returning -1 here would only make libxml2
 * print its own "I/O error" line on stderr beside our diagnostic. */
static int sink_write(void *ctx, const char *buf, int len) {
  xml_state *x = ctx;
  as_status st = as_sink_write(x->sink, buf, (size_t)len);
  (void)st; /* kept in x->sink->err */
  return len;
}

static as_status start(xml_state *x, const char *name) {
  return done(x, xmlTextWriterStartElement(x->w, BAD_CAST name));
}

static as_status end_element(xml_state *x) { return done(x, xmlTextWriterEndElement(x->w)); }

static as_status attr_cstr(xml_state *x, const char *name, const char *value) {
  return done(x, xmlTextWriterWriteAttribute(x->w, BAD_CAST name, BAD_CAST value));
}

static as_status attr(xml_state *x, const char *name, as_slice value) {
  return attr_cstr(x, name, xml_safe(x, value));
}

static as_status attr_int(xml_state *x, const char *name, long long value) {
  char num[32];
  snprintf(num, sizeof num, "%lld", value);
  return attr_cstr(x, name, num);
}

/* A NULL cell (an empty optional column; null in JSON) is no attribute. */
static as_status cell_attr(xml_state *x, const char *name, const as_cell *c) {
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
  xml_state *x = ctx;
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
static as_status write_item(xml_state *x, const as_item *it) {
  as_status st;
  TRY(st, start(x, "item"));
  TRY(st, attr(x, "text", it->text));
  TRY(st, attr_cstr(x, "type", as_value_type_name(it->type)));
  TRY(st, attr(x, "normalized", it->normalized));
  if (it->qualifier.len)
    TRY(st, attr(x, "qualifier", it->qualifier));
  if (it->rank.len)
    TRY(st, attr(x, "rank", it->rank));
  if (it->died)
    TRY(st, attr_cstr(x, "died", "true"));
  TRY(st, attr_int(x, "column", it->at.col));
  return end_element(x);
}

static as_status write_fields(xml_state *x, const as_article *a) {
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
static as_status write_sentence(xml_state *x, const as_block *block, const as_block *s) {
  as_status st;
  TRY(st, start(x, "sentence"));
  TRY(st, attr_int(x, "line", s->start.line));
  TRY(st, attr_int(x, "column", s->start.col));
  TRY(st, attr_int(x, "byte", (long long)s->start.byte));
  TRY(st, attr_cstr(x, "block", block->kind == AS_BLK_LIST_ITEM ? "list_item" : "paragraph"));
  TRY(st, attr(x, "text", s->text));
  return end_element(x);
}

static as_status write_sections(xml_state *x, const as_article *a) {
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

static as_status write_table(xml_state *x, const as_article *a, as_table t) {
  as_status st;
  TRY(st, start(x, as_table_name(t)));
  TRY(st, as_rows_article(a, t, whole_row, x));
  return end_element(x);
}

static as_status xml_article(as_emitter *e, const as_article *a) {
  xml_state *x = e->state;
  as_status st;
  if (e->flags & AS_EMIT_CONFLICTS_ONLY)
    return AS_OK;
  TRY(st, as_rows_article(a, AS_TABLE_ARTICLES, open_row, x));
  TRY(st, write_fields(x, a));
  TRY(st, write_table(x, a, AS_TABLE_MENTIONS));
  TRY(st, write_table(x, a, AS_TABLE_CLAIMS));
  TRY(st, write_sections(x, a));
  return end_element(x);
}

/* One claim a conflict quotes; claim_id is absent for a finding on the
 * text, which quotes a sentence but no claim. */
static as_status write_quote(xml_state *x, const as_conflict_claim *q) {
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

static as_status write_conflict(xml_state *x, const as_conflict *k) {
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

static as_status xml_conflicts(as_emitter *e, const as_conflicts *c) {
  xml_state *x = e->state;
  as_status st;
  if (x->in_articles) {
    x->in_articles = false;
    TRY(st, end_element(x));
  }
  TRY(st, start(x, "conflicts"));
  for (const as_conflict *k = c ? c->first : NULL; k; k = k->next)
    TRY(st, write_conflict(x, k));
  return end_element(x);
}

/* <articles> is left out under `check -f xml`, which writes conflicts only. */
static as_status xml_begin(as_emitter *e) {
  xml_state *x = as_xcalloc(1, sizeof *x);
  e->state = x;
  x->e = e;
  x->name = e->ops->file;
  x->sink = as_output_open(e, x->name);
  if (!x->sink)
    return AS_ERR_WRITE;
  xmlOutputBufferPtr buf = xmlOutputBufferCreateIO(sink_write, NULL, x, NULL);
  if (buf && !(x->w = xmlNewTextWriter(buf)))
    xmlOutputBufferClose(buf); /* not taken over by a writer that does not exist */
  as_status st;
  TRY(st, done(x, x->w ? 0 : -1));
  TRY(st, done(x, xmlTextWriterSetIndent(x->w, 1)));
  TRY(st, done(x, xmlTextWriterStartDocument(x->w, NULL, "UTF-8", NULL)));
  TRY(st, start(x, "assay"));
  TRY(st, attr_cstr(x, "xmlns", AS_XML_NS));
  TRY(st, attr_cstr(x, "version", "1"));
  if (e->flags & AS_EMIT_CONFLICTS_ONLY)
    return AS_OK;
  x->in_articles = true;
  return start(x, "articles");
}

/* Closes the document, then the writer: xmlFreeTextWriter closes the
 * xmlOutputBuffer, flushing the rest through sink_write, and drops the
 * result of that close, so a failure there is read from the sink's sticky
 * error by as_output_close. */
static as_status xml_end(as_emitter *e) {
  xml_state *x = e->state;
  as_status st;
  TRY(st, done(x, xmlTextWriterEndDocument(x->w)));
  TRY(st, done(x, xmlTextWriterFlush(x->w)));
  xmlFreeTextWriter(x->w);
  x->w = NULL;
  as_sink *s = x->sink;
  x->sink = NULL;
  return as_output_close(e, s, x->name);
}

static void xml_fini(as_emitter *e) {
  xml_state *x = e->state;
  if (!x)
    return;
  xmlFreeTextWriter(x->w); /* before the sink: it flushes into it */
  as_sink_discard(x->sink);
  as_strbuf_free(&x->text);
  free(x);
  e->state = NULL;
}

const as_emitter_ops as_xml_ops = {"xml",   "assay.xml", xml_begin, xml_article, xml_conflicts,
                                   xml_end, xml_fini,    NULL,      NULL};
