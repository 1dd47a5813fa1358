/* article.c: raw lines → title, infobox fields, sections, paragraphs, list
 * items and sentences, each with its provenance. */
/* SPDX-License-Identifier: MIT */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "../core/mem.h"
#include "../core/strbuf.h"
#include "../core/utf8.h"
#include "parsers.h"

/* ---- titles seen in the run: a set of strings (open addressing) ---- */

typedef struct {
  char **keys;
  unsigned *counts;
  size_t cap, n;
} title_set;

/* What depends on the order of the articles (titles seen, the people
 * met), shared by the parsers of one run; the articles take their turn at
 * it in input order (next), whichever thread parses them. */
struct as_parse_shared {
  title_set titles;
  as_people *people;
  pthread_mutex_t mu;
  pthread_cond_t turn;
  uint64_t next;  /* the article whose turn it is */
  uint64_t count; /* articles numbered by as_parse_article */
};

struct as_parser {
  as_parse_shared *sh;
  bool own; /* sh made by as_parser_new, freed with the parser */
  /* the article being parsed, for its turn */
  uint64_t nth;
  bool taken;
  as_article *a;
  as_arena *arena;
  as_diag_sink *diag;
};

as_parse_shared *as_parse_shared_new(void) {
  as_parse_shared *sh = as_xcalloc(1, sizeof *sh);
  sh->people = as_people_new();
  pthread_mutex_init(&sh->mu, NULL);
  pthread_cond_init(&sh->turn, NULL);
  return sh;
}

void as_parse_shared_free(as_parse_shared *sh) {
  if (!sh)
    return;
  for (size_t i = 0; i < sh->titles.cap; i++)
    free(sh->titles.keys[i]);
  free(sh->titles.keys);
  free(sh->titles.counts);
  as_people_free(sh->people);
  pthread_mutex_destroy(&sh->mu);
  pthread_cond_destroy(&sh->turn);
  free(sh);
}

as_parser *as_parser_new_shared(as_parse_shared *sh) {
  as_parser *p = as_xcalloc(1, sizeof(as_parser));
  p->sh = sh;
  return p;
}

as_parser *as_parser_new(void) {
  as_parser *p = as_parser_new_shared(as_parse_shared_new());
  p->own = true;
  return p;
}

void as_parser_free(as_parser *p) {
  if (!p)
    return;
  if (p->own)
    as_parse_shared_free(p->sh);
  free(p);
}

static size_t title_slot(title_set *t, as_slice s) {
  size_t i = (size_t)as_slice_hash(s) & (t->cap - 1);
  while (t->keys[i] && !(strlen(t->keys[i]) == s.len && memcmp(t->keys[i], s.ptr, s.len) == 0))
    i = (i + 1) & (t->cap - 1);
  return i;
}

/* Counts one more article with this id; returns how many came before. */
static unsigned title_seen(title_set *t, as_slice s) {
  if ((t->n + 1) * 2 > t->cap) {
    title_set old = *t;
    t->cap = old.cap ? old.cap * 2 : 64;
    t->keys = as_xcalloc(t->cap, sizeof *t->keys);
    t->counts = as_xcalloc(t->cap, sizeof *t->counts);
    for (size_t i = 0; i < old.cap; i++)
      if (old.keys[i]) {
        size_t j = title_slot(t, as_slice_cstr(old.keys[i]));
        t->keys[j] = old.keys[i];
        t->counts[j] = old.counts[i];
      }
    free(old.keys);
    free(old.counts);
  }
  size_t i = title_slot(t, s);
  if (!t->keys[i]) {
    t->keys[i] = as_xstrndup(s.ptr, s.len);
    t->n++;
  }
  return t->counts[i]++;
}

/* ---- the parse ---- */

typedef struct {
  as_parser *p;
  as_arena *arena;
  as_diag_sink *diag;
  as_article *a;
  const as_raw_article *raw;
  as_block *section;   /* current section, NULL before any prose */
  as_block *container; /* current paragraph or list item, NULL after a blank */
  as_field *last_field;
  /* heading stack for paths: headings by level */
  as_slice stack[16];
  int stack_level[16];
  int depth;
  size_t nitems_list;
} ctx;

static as_prov prov_at(ctx *c, const as_line *ln, size_t off) {
  return as_line_prov(ln, c->raw->file, off);
}

static as_block *new_block(ctx *c, as_blk_kind kind, const as_line *ln, size_t off) {
  as_block *b = AS_NEW(c->arena, as_block);
  memset(b, 0, sizeof *b);
  b->kind = kind;
  b->line = ln;
  b->start = prov_at(c, ln, off);
  return b;
}

static size_t leading_blanks(as_slice s) {
  size_t i = 0;
  while (i < s.len && (s.ptr[i] == ' ' || s.ptr[i] == '\t'))
    i++;
  return i;
}

static bool is_blank(as_slice s) { return leading_blanks(s) == s.len; }

static void parse_title(ctx *c) {
  const as_line *ln = &c->raw->lines[0];
  as_slice s = as_slice_trim(ln->text);
  size_t b = 0, e = s.len;
  while (b < e && s.ptr[b] == '=')
    b++;
  while (e > b && s.ptr[e - 1] == '=')
    e--;
  as_article *a = c->a;
  a->title = as_slice_trim(as_slice_make(s.ptr + b, e - b));
  a->at = prov_at(c, ln, leading_blanks(ln->text));
  if (a->title.len == 0) {
    as_diag_report(c->diag, AS_D_EMPTY_TITLE, a->file_name, a->at,
                   "title line has no title; the article is called 'Untitled'");
    a->title = AS_SLICE_LIT("Untitled");
  }
  /* article_id: the title with '_' for blanks, as Wikipedia names pages */
  as_strbuf id = AS_STRBUF_INIT;
  for (size_t i = 0; i < a->title.len; i++) {
    char ch = a->title.ptr[i];
    as_strbuf_putc(&id, ch == ' ' || ch == '\t' ? '_' : ch);
  }
  a->id = as_arena_slice(c->arena, as_strbuf_slice(&id));
  a->base_id = a->id;
  as_strbuf_free(&id);
}

/* ---- the article's turn at what the run shares ---- */

/* Waits for the article's turn (every article before it in the input
 * has had its own), then makes its id unique among the run's. */
static void turn_enter(void *parser) {
  as_parser *p = parser;
  as_parse_shared *sh = p->sh;
  pthread_mutex_lock(&sh->mu);
  while (sh->next != p->nth)
    pthread_cond_wait(&sh->turn, &sh->mu);
  p->taken = true;
  as_article *a = p->a;
  unsigned before = title_seen(&sh->titles, a->id);
  if (before > 0) {
    as_strbuf id = AS_STRBUF_INIT;
    as_strbuf_printf(&id, "%.*s_(%u)", (int)a->id.len, a->id.ptr, before + 1);
    as_diag_report(p->diag, AS_D_DUPLICATE_TITLE, a->file_name, a->at,
                   "another article in this run is called '%.*s'; this one's id is '%s'", (int)a->title.len,
                   a->title.ptr, as_strbuf_cstr(&id));
    a->id = as_arena_slice(p->arena, as_strbuf_slice(&id));
    as_strbuf_free(&id);
  }
}

static void turn_leave(void *parser) {
  as_parser *p = parser;
  as_parse_shared *sh = p->sh;
  sh->next++;
  pthread_cond_broadcast(&sh->turn);
  pthread_mutex_unlock(&sh->mu);
}

/* `- Key: Value` → a field; anything else in the infobox is reported. */
static void parse_field(ctx *c, const as_line *ln) {
  as_slice s = ln->text;
  size_t lead = leading_blanks(s);
  as_slice body = as_slice_make(s.ptr + lead, s.len - lead);
  const char *colon = NULL;
  if (as_slice_starts(body, "- ") || as_slice_starts(body, "-\t")) {
    for (size_t i = 2; i < body.len; i++)
      if (body.ptr[i] == ':' && (i + 1 == body.len || body.ptr[i + 1] == ' ' || body.ptr[i + 1] == '\t')) {
        colon = body.ptr + i;
        break;
      }
  }
  if (!colon || as_slice_trim(as_slice_make(body.ptr + 2, (size_t)(colon - body.ptr - 2))).len == 0) {
    as_diag_report(c->diag, AS_D_MALFORMED_FIELD, c->a->file_name, prov_at(c, ln, lead),
                   "infobox line is not '- Key: Value'; skipped");
    return;
  }
  as_field *f = AS_NEW(c->arena, as_field);
  memset(f, 0, sizeof *f);
  f->line = ln;
  size_t key_off = lead + 2;
  while (key_off < s.len && s.ptr[key_off] == ' ')
    key_off++;
  f->key = as_slice_trim(as_slice_make(s.ptr + key_off, (size_t)(colon - (s.ptr + key_off))));
  size_t val_off = (size_t)(colon - s.ptr) + 1;
  while (val_off < s.len && (s.ptr[val_off] == ' ' || s.ptr[val_off] == '\t'))
    val_off++;
  f->raw = as_slice_trim(as_slice_make(s.ptr + val_off, s.len - val_off));
  as_cursor cur;
  as_cursor_init(&cur, ln, c->raw->file);
  f->at = as_cursor_at(&cur, key_off);
  f->value_at = as_cursor_at(&cur, val_off);
  as_key k;
  as_infobox_parse_key(f->key, c->arena, &k);
  f->series = k.series;
  f->index = k.index;
  f->role = k.role;
  if (c->last_field)
    c->last_field->next = f;
  else
    c->a->fields = f;
  c->last_field = f;
  c->a->nfields++;
}

static int cmp_field_key(const void *x, const void *y) {
  const as_field *a = *(as_field *const *)x, *b = *(as_field *const *)y;
  size_t n = a->key.len < b->key.len ? a->key.len : b->key.len;
  int c = n ? memcmp(a->key.ptr, b->key.ptr, n) : 0;
  if (c == 0)
    c = (a->key.len > b->key.len) - (a->key.len < b->key.len);
  return c ? c : (a->at.line > b->at.line) - (a->at.line < b->at.line);
}

/* The same key twice is kept twice, with a note at the second one. Sorting
 * keeps this O(n log n) for infoboxes of any size. */
static void report_duplicate_keys(ctx *c) {
  size_t n = c->a->nfields;
  if (n < 2)
    return;
  as_field **fs = AS_NEW_N(c->arena, as_field *, n);
  size_t i = 0;
  for (as_field *f = c->a->fields; f; f = f->next)
    fs[i++] = f;
  qsort(fs, n, sizeof *fs, cmp_field_key);
  for (i = 1; i < n; i++)
    if (as_slice_eq(fs[i]->key, fs[i - 1]->key))
      as_diag_report(c->diag, AS_D_DUPLICATE_KEY, c->a->file_name, fs[i]->at,
                     "infobox key '%.*s' again (first on line %u); both are kept",
                     (int)fs[i]->key.len, fs[i]->key.ptr, (unsigned)fs[i - 1]->at.line);
}

/* Parses the infobox at lines[*i] if there is one; leaves *i after it. */
static void parse_infobox(ctx *c, size_t *i) {
  const as_raw_article *raw = c->raw;
  size_t j = *i;
  while (j < raw->nlines && is_blank(raw->lines[j].text))
    j++;
  if (j >= raw->nlines || !as_slice_eq_cstr(as_slice_trim(raw->lines[j].text), "Infobox"))
    return;
  const as_line *box = &raw->lines[j];
  c->a->has_infobox = true;
  for (j++; j < raw->nlines && !is_blank(raw->lines[j].text); j++)
    parse_field(c, &raw->lines[j]);
  report_duplicate_keys(c);
  if (c->a->nfields == 0)
    as_diag_report(c->diag, AS_D_EMPTY_INFOBOX, c->a->file_name, prov_at(c, box, 0),
                   "'Infobox' line with no '- Key: Value' fields after it");
  *i = j;
}

/* Heading level and name: `==Name==` → 2, `Name`. Returns 0 if the line is
 * not a heading. */
static int heading_level(ctx *c, const as_line *ln, as_slice *name) {
  as_slice s = as_slice_trim(ln->text);
  if (!as_slice_starts(s, "=="))
    return 0;
  size_t open = 0, close = 0;
  while (open < s.len && s.ptr[open] == '=')
    open++;
  while (close < s.len - open && s.ptr[s.len - 1 - close] == '=')
    close++;
  *name = as_slice_trim(as_slice_make(s.ptr + open, s.len - open - close));
  if (close < 2 || name->len == 0) {
    as_diag_report(c->diag, AS_D_MALFORMED_HEADING, c->a->file_name,
                   prov_at(c, ln, leading_blanks(ln->text)),
                   close < 2 ? "heading is not closed with '=='; read as a heading of level %zu"
                             : "heading has no name; read as a heading of level %zu",
                   open);
    if (name->len == 0)
      *name = AS_SLICE_LIT("(no name)");
  }
  size_t level = close >= 2 && close < open ? close : open;
  return level > 15 ? 15 : (int)level;
}

static as_slice section_path(ctx *c) {
  as_strbuf b = AS_STRBUF_INIT;
  for (int i = 0; i < c->depth; i++) {
    if (i)
      as_strbuf_puts(&b, " > ");
    as_strbuf_put_slice(&b, c->stack[i]);
  }
  as_slice out = as_arena_slice(c->arena, as_strbuf_slice(&b));
  as_strbuf_free(&b);
  return out;
}

static void open_section(ctx *c, const as_line *ln, int level, as_slice name) {
  while (c->depth > 0 && c->stack_level[c->depth - 1] >= level)
    c->depth--;
  if (c->depth < 16) {
    c->stack[c->depth] = name;
    c->stack_level[c->depth] = level;
    c->depth++;
  }
  as_block *sec = new_block(c, AS_BLK_SECTION, ln, leading_blanks(ln->text));
  sec->text = name;
  sec->as.section.level = level;
  sec->as.section.path = section_path(c);
  sec->seq = (uint32_t)++c->a->nsections;
  as_block_append(c->a->root, sec);
  c->section = sec;
  c->container = NULL;
}

static as_block *current_section(ctx *c, const as_line *ln) {
  if (!c->section) { /* the lead: prose before the first heading */
    as_block *lead = new_block(c, AS_BLK_SECTION, ln, 0);
    lead->as.section.level = 1;
    lead->text = AS_SLICE_NULL;
    lead->as.section.path = AS_SLICE_NULL;
    lead->seq = (uint32_t)++c->a->nsections; /* the lead counts as a section */
    as_block_append(c->a->root, lead);
    c->section = lead;
  }
  return c->section;
}

static void add_sentences(ctx *c, as_block *parent, const as_line *ln, size_t from) {
  as_cursor cur;
  as_cursor_init(&cur, ln, c->raw->file);
  size_t pos = from, b, e;
  as_slice text = ln->text;
  while (as_sentence_next(text, &pos, &b, &e)) {
    as_block *s = AS_NEW(c->arena, as_block);
    memset(s, 0, sizeof *s);
    s->kind = AS_BLK_SENTENCE;
    s->line = ln;
    s->start = as_cursor_at(&cur, b);
    s->text = as_slice_make(text.ptr + b, e - b);
    s->seq = (uint32_t)++c->a->nsentences;
    as_block_append(parent, s);
  }
}

static void parse_prose_line(ctx *c, const as_line *ln) {
  as_slice name;
  int level;
  if (is_blank(ln->text)) {
    c->container = NULL;
    return;
  }
  if ((level = heading_level(c, ln, &name)) > 0) {
    open_section(c, ln, level, name);
    return;
  }
  as_block *sec = current_section(c, ln);
  size_t lead = leading_blanks(ln->text);
  as_slice body = as_slice_make(ln->text.ptr + lead, ln->text.len - lead);
  if (as_slice_starts(body, "- ") || as_slice_eq_cstr(as_slice_trim(body), "-")) {
    as_block *item = new_block(c, AS_BLK_LIST_ITEM, ln, lead);
    item->seq = (uint32_t)++c->a->nlist_items;
    as_block_append(sec, item);
    c->container = item;
    add_sentences(c, item, ln, lead + 1);
    return;
  }
  if (!c->container || c->container->kind != AS_BLK_PARAGRAPH) {
    as_block *para = new_block(c, AS_BLK_PARAGRAPH, ln, lead);
    para->seq = (uint32_t)++c->a->nparagraphs;
    as_block_append(sec, para);
    c->container = para;
  }
  add_sentences(c, c->container, ln, lead);
}

as_article *as_parse_article(as_parser *p, const as_raw_article *raw, as_arena *arena,
                             as_diag_sink *diag) {
  pthread_mutex_lock(&p->sh->mu);
  uint64_t nth = p->sh->count++;
  pthread_mutex_unlock(&p->sh->mu);
  return as_parse_article_nth(p, raw, arena, diag, nth);
}

as_article *as_parse_article_nth(as_parser *p, const as_raw_article *raw, as_arena *arena,
                                 as_diag_sink *diag, uint64_t nth) {
  as_article *a = AS_NEW(arena, as_article);
  memset(a, 0, sizeof *a);
  a->file = raw->file;
  a->file_name = raw->file_name;
  a->raw = raw;
  ctx c = {0};
  c.p = p;
  c.arena = arena;
  c.diag = diag;
  c.a = a;
  c.raw = raw;
  a->root = new_block(&c, AS_BLK_ARTICLE, &raw->lines[0], 0);
  parse_title(&c);
  a->root->text = a->title;
  size_t i = 1;
  parse_infobox(&c, &i);
  bool any = a->nfields > 0;
  for (; i < raw->nlines; i++) {
    parse_prose_line(&c, &raw->lines[i]);
    any = any || !is_blank(raw->lines[i].text);
  }
  if (!any && !a->has_infobox)
    as_diag_report(diag, AS_D_EMPTY_ARTICLE, a->file_name, a->at,
                   "article '%.*s' has a title and nothing else (truncated?)", (int)a->title.len,
                   a->title.ptr);
  as_infobox_type_fields(a, arena, diag);
  p->nth = nth;
  p->taken = false;
  p->a = a;
  p->arena = arena;
  p->diag = diag;
  as_turn turn = {turn_enter, turn_leave, p, p->sh->people};
  as_mentions_extract(a, arena, NULL, &turn);
  if (!p->taken) { /* the article's turn is taken even when nothing needed it */
    turn_enter(p);
    turn_leave(p);
  }
  return a;
}
