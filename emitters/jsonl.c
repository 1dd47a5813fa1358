/* jsonl.c: JSON Lines (one object per article, then one per conflict) and
 * the whole-corpus JSON document, built with jansson. */
/* SPDX-License-Identifier: MIT */
#include <jansson.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "../core/arena.h"
#include "../core/mem.h"
#include "../core/strbuf.h"
#include "emitter.h"

typedef struct {
  as_sink *sink;
  const char *name;
  bool whole;      /* one document: {"articles": [...], "conflicts": [...]} */
  size_t narticles;
  as_emitter *e;
  as_strbuf out; /* one object's text: jansson hands it over in small pieces */
} json_state;

/* jansson mallocs every value, key and string of a DOM, and json_decref
 * frees them one by one: with thousands of them in an article, that was a
 * third of the time of -f jsonl. While an article is rendered, its DOM
 * comes from an arena of the rendering thread instead (STYLE 6.3: free is a
 * no-op, reset releases everything); jansson's documented hook for this is
 * json_set_alloc_funcs. A header before each block says where it came from,
 * so that the DOMs built outside a render (the conflicts) use malloc and
 * free as before. */
#define DOM_HEADER 16 /* keeps jansson's blocks aligned as malloc's are */
static _Thread_local as_arena *dom_arena;
static pthread_once_t dom_once = PTHREAD_ONCE_INIT;

static void *dom_malloc(size_t n) {
  if (n > SIZE_MAX - DOM_HEADER)
    return NULL;
  unsigned char *p = dom_arena ? as_arena_alloc(dom_arena, n + DOM_HEADER, DOM_HEADER) : malloc(n + DOM_HEADER);
  if (!p)
    return NULL;
  p[0] = dom_arena != NULL;
  return p + DOM_HEADER;
}

static void dom_free(void *ptr) {
  if (!ptr)
    return;
  unsigned char *p = (unsigned char *)ptr - DOM_HEADER;
  if (!p[0])
    free(p);
}

static void dom_setup(void) { json_set_alloc_funcs(dom_malloc, dom_free); }

/* The source replaced every invalid byte with U+FFFD, so all text is valid
 * UTF-8 and jansson need not check it again. Were it not, json_dumpb would
 * fail and the emitter report it, never drop the value. */
static json_t *text_json(as_slice s) { return json_stringn_nocheck(s.ptr ? s.ptr : "", s.len); }

static json_t *cell_json(const as_cell *c) {
  switch (c->kind) {
  case AS_CELL_STR: return text_json(c->s);
  case AS_CELL_INT: return json_integer(c->i);
  case AS_CELL_BOOL: return json_boolean(c->b);
  case AS_CELL_NULL: break;
  }
  return json_null();
}

/* Row callback: the row as an object, appended to the array in ctx. */
static as_status row_object(void *ctx, as_table t, const as_cell *cells) {
  json_t *obj = json_object();
  const char *const *cols = as_table_columns(t);
  for (size_t i = 0; cols[i]; i++)
    json_object_set_new_nocheck(obj, cols[i], cell_json(&cells[i]));
  json_array_append_new(ctx, obj);
  return AS_OK;
}

static json_t *items_json(const as_field *f) {
  json_t *arr = json_array();
  for (size_t i = 0; i < f->nitems; i++) {
    const as_item *it = &f->items[i];
    json_t *o = json_object();
    json_object_set_new_nocheck(o, "text", text_json(it->text));
    json_object_set_new_nocheck(o, "type", json_string(as_value_type_name(it->type)));
    json_object_set_new_nocheck(o, "normalized", text_json(it->normalized));
    if (it->qualifier.len)
      json_object_set_new_nocheck(o, "qualifier", text_json(it->qualifier));
    if (it->rank.len)
      json_object_set_new_nocheck(o, "rank", text_json(it->rank));
    if (it->group.len)
      json_object_set_new_nocheck(o, "group", text_json(it->group));
    if (it->died)
      json_object_set_new_nocheck(o, "died", json_true());
    json_object_set_new_nocheck(o, "column", json_integer(it->at.col));
    json_array_append_new(arr, o);
  }
  return arr;
}

static as_status add_fields(const as_article *a, json_t *obj) {
  json_t *arr = json_array();
  as_status st = AS_OK;
  for (const as_field *f = a->fields; f && st == AS_OK; f = f->next) {
    st = as_rows_field(a, f, row_object, arr);
    json_t *fo = json_array_get(arr, json_array_size(arr) - 1);
    if (f->nitems > 0)
      json_object_set_new_nocheck(fo, "items", items_json(f));
    if (f->type == AS_VT_LINK) {
      json_object_set_new_nocheck(fo, "link_target", text_json(f->link_target));
      json_object_set_new_nocheck(fo, "link_label", text_json(f->link_label));
    }
  }
  json_object_set_new_nocheck(obj, "fields", arr);
  return st;
}

static json_t *sentences_json(const as_block *sec) {
  json_t *arr = json_array();
  for (const as_block *c = sec->first_child; c; c = c->next)
    for (const as_block *s = c->first_child; s; s = s->next) {
      json_t *o = json_object();
      json_object_set_new_nocheck(o, "line", json_integer(s->start.line));
      json_object_set_new_nocheck(o, "column", json_integer(s->start.col));
      json_object_set_new_nocheck(o, "byte", json_integer((json_int_t)s->start.byte));
      json_object_set_new_nocheck(o, "block", json_string(c->kind == AS_BLK_LIST_ITEM ? "list_item" : "paragraph"));
      json_object_set_new_nocheck(o, "text", text_json(s->text));
      json_array_append_new(arr, o);
    }
  return arr;
}

static as_status add_sections(const as_article *a, json_t *obj) {
  json_t *arr = json_array();
  as_status st = AS_OK;
  for (const as_block *s = a->root->first_child; s && st == AS_OK; s = s->next) {
    st = as_rows_section(a, s, row_object, arr);
    json_object_set_new_nocheck(json_array_get(arr, json_array_size(arr) - 1), "sentences",
                        sentences_json(s));
  }
  json_object_set_new_nocheck(obj, "sections", arr);
  return st;
}

static as_status add_table(const as_article *a, json_t *obj, as_table t) {
  json_t *arr = json_array();
  as_status st = as_rows_article(a, t, row_object, arr);
  json_object_set_new_nocheck(obj, as_table_name(t), arr);
  return st;
}

/* The article object: {"type": "article", <articles row>, fields, mentions,
 * claims, sections}. */
static json_t *article_json(const as_article *a) {
  json_t *rows = json_array();
  if (as_rows_article(a, AS_TABLE_ARTICLES, row_object, rows) != AS_OK) {
    json_decref(rows);
    return NULL;
  }
  json_t *obj = json_object();
  json_object_set_new_nocheck(obj, "type", json_string("article"));
  json_object_update(obj, json_array_get(rows, 0));
  json_decref(rows);
  if (add_fields(a, obj) != AS_OK || add_table(a, obj, AS_TABLE_MENTIONS) != AS_OK ||
      add_table(a, obj, AS_TABLE_CLAIMS) != AS_OK || add_sections(a, obj) != AS_OK) {
    json_decref(obj);
    return NULL;
  }
  return obj;
}

static as_status put(json_state *js, const char *text) {
  return as_output_write(js->e, js->sink, js->name, text, strlen(text));
}

/* Appends obj's compact text to out and releases obj. json_dumpb writes
 * into the room out has left (it grows to fit the largest article, then
 * stays), and says how much it needed when that was not enough. */
static as_status serialize(json_t *obj, as_strbuf *out) {
  if (!obj)
    return AS_ERR_LIBRARY;
  as_strbuf_reserve(out, 4096);
  size_t room = out->cap - out->len - 1;
  size_t n = json_dumpb(obj, out->ptr + out->len, room, JSON_COMPACT);
  if (n > room) {
    as_strbuf_reserve(out, n + 1);
    room = out->cap - out->len - 1;
    n = json_dumpb(obj, out->ptr + out->len, room, JSON_COMPACT);
  }
  json_decref(obj);
  if (n == 0 || n > room)
    return AS_ERR_LIBRARY;
  out->len += n;
  out->ptr[out->len] = '\0';
  return AS_OK;
}

/* Writes obj (consumed) followed by sep. */
static as_status dump(json_state *js, json_t *obj, const char *sep) {
  as_strbuf_clear(&js->out);
  as_status st;
  TRY(st, serialize(obj, &js->out));
  as_strbuf_puts(&js->out, sep);
  return as_output_write(js->e, js->sink, js->name, js->out.ptr, js->out.len);
}

static as_status begin_common(as_emitter *e, bool whole) {
  pthread_once(&dom_once, dom_setup);
  json_state *js = as_xcalloc(1, sizeof *js);
  e->state = js;
  js->e = e;
  js->whole = whole;
  js->name = e->ops->file;
  js->sink = as_output_open(e, js->name);
  if (!js->sink)
    return AS_ERR_WRITE;
  return whole ? put(js, "{\"articles\":[") : AS_OK;
}

static as_status jsonl_begin(as_emitter *e) { return begin_common(e, false); }
static as_status json_begin(as_emitter *e) { return begin_common(e, true); }

/* The article's JSON text (and its line end) into out[0], on any thread. */
static as_status json_render(const as_emitter *e, const as_article *a, as_strbuf *out) {
  if (e->flags & AS_EMIT_CONFLICTS_ONLY)
    return AS_OK;
  pthread_once(&dom_once, dom_setup);
  as_arena arena;
  as_arena_init(&arena, (size_t)1 << 18); /* most articles' DOM fits in one block */
  dom_arena = &arena;
  as_status st = serialize(article_json(a), &out[0]);
  dom_arena = NULL;
  as_arena_fini(&arena);
  if (st != AS_OK)
    return st;
  if (strcmp(e->ops->name, "jsonl") == 0) /* one line each; the document has commas */
    as_strbuf_putc(&out[0], '\n');
  return AS_OK;
}

static as_status json_write(as_emitter *e, const as_strbuf *out) {
  json_state *js = e->state;
  if (e->flags & AS_EMIT_CONFLICTS_ONLY)
    return AS_OK;
  as_status st;
  if (js->whole && js->narticles > 0)
    TRY(st, put(js, ","));
  js->narticles++;
  return as_output_write(js->e, js->sink, js->name, out[0].ptr, out[0].len);
}

/* The claims a conflict quotes, as the XML's `claim` children: a finding
 * on the text quotes its sentence with no claim_id. */
static json_t *quotes_json(const as_conflict *k) {
  json_t *arr = json_array();
  for (size_t i = 0; i < k->nclaims; i++) {
    const as_conflict_claim *q = &k->claims[i];
    json_t *o = json_object();
    if (q->claim_id.len)
      json_object_set_new_nocheck(o, "claim_id", text_json(q->claim_id));
    json_object_set_new_nocheck(o, "value", text_json(q->value));
    json_object_set_new_nocheck(o, "article", text_json(q->article));
    json_object_set_new_nocheck(o, "file", text_json(q->file));
    json_object_set_new_nocheck(o, "line", json_integer(q->line));
    json_object_set_new_nocheck(o, "column", json_integer(q->col));
    json_object_set_new_nocheck(o, "sentence", text_json(q->sentence));
    json_object_set_new_nocheck(o, "inferred", json_boolean(q->inferred));
    json_array_append_new(arr, o);
  }
  return arr;
}

static as_status json_conflicts(as_emitter *e, const as_conflicts *c) {
  json_state *js = e->state;
  json_t *arr = json_array();
  as_status st = as_rows_conflicts(c, row_object, arr);
  if (st != AS_OK) {
    json_decref(arr);
    return st;
  }
  /* each conflict as in JSON Lines: `"type": "conflict"` first */
  json_t *typed = json_array();
  size_t i;
  json_t *v;
  const as_conflict *k = c ? c->first : NULL;
  json_array_foreach(arr, i, v) {
    json_t *o = json_object();
    json_object_set_new_nocheck(o, "type", json_string("conflict"));
    json_object_update(o, v);
    json_object_set_new_nocheck(o, "claims", quotes_json(k));
    k = k->next;
    json_array_append_new(typed, o);
  }
  json_decref(arr);
  if (js->whole) {
    TRY(st, put(js, "],\"conflicts\":"));
    return dump(js, typed, "}\n");
  }
  json_array_foreach(typed, i, v) {
    if ((st = dump(js, json_incref(v), "\n")) != AS_OK)
      break;
  }
  json_decref(typed);
  return st;
}

static as_status json_end(as_emitter *e) {
  json_state *js = e->state;
  as_sink *s = js->sink;
  js->sink = NULL;
  return as_output_close(e, s, js->name);
}

static void json_fini(as_emitter *e) {
  json_state *js = e->state;
  if (!js)
    return;
  as_sink_discard(js->sink);
  as_strbuf_free(&js->out);
  free(js);
  e->state = NULL;
}

const as_emitter_ops as_jsonl_ops = {"jsonl",    "assay.jsonl", jsonl_begin, NULL, json_conflicts,
                                     json_end,   json_fini,     json_render, json_write};
const as_emitter_ops as_json_ops = {"json",    "assay.json", json_begin, NULL, json_conflicts,
                                    json_end,  json_fini,    json_render, json_write};
