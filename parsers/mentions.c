/* mentions.c: the dates and quantities of an article's prose, in text order,
 * dates anchored on the narrative (the rule is in temporal.h). */
/* SPDX-License-Identifier: MIT */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/mem.h"
#include "../core/strbuf.h"
#include "parsers.h"
#include "prose.h"
#include "quantities.h"
#include "temporal.h"
#include "tokens.h"

/* True if heading is one of names (lower case), in any case. */
static bool heading_is(as_slice heading, const char *const *names) {
  heading = as_slice_trim(heading);
  for (int i = 0; names[i]; i++) {
    size_t n = strlen(names[i]);
    if (heading.len != n)
      continue;
    size_t k = 0;
    while (k < n && tolower((unsigned char)heading.ptr[k]) == names[i][k])
      k++;
    if (k == n)
      return true;
  }
  return false;
}

/* Sections that list links or sources rather than tell anything. */
static bool navigation_section(as_slice heading) {
  static const char *const names[] = {"see also", "references", "external links", "further reading",
                                      "notes", "bibliography", "sources", "citations", "footnotes",
                                      "works cited", "notes and references", NULL};
  return heading_is(heading, names);
}

/* Sections that list a person's works: their items are titles (`The
 * Kristeva Reader`, `Eat, Pray, Love`), which read like names. Their dates
 * are read; their names are not. */
static bool works_section(as_slice heading) {
  static const char *const names[] = {"works", "selected works", "writings", "selected writings",
                                      "publications", "selected publications", "books", "novels",
                                      "discography", "filmography", "list of works", "published works",
                                      "major works", "selected bibliography", "bibliography (selected)",
                                      "poetry", "plays", "essays", NULL};
  return heading_is(heading, names);
}

/* Sections that describe rather than tell a story: their months (`19 °C
 * in January`) and days (`a festival on 24 June`) are of no year the
 * history before them ended on. */
static bool described_section(as_slice heading) {
  static const char *const names[] = {"climate", "geography", "demographics", "economy", "culture",
                                      "education", "transport", "transportation", "sport", "sports",
                                      "twin towns", "sister cities", "twin towns and sister cities",
                                      "landmarks", "architecture", "religion", "media", "tourism",
                                      "festivals", "events", "cuisine", "geography and climate", NULL};
  return heading_is(heading, names);
}

/* `1883-10-23`, `1883-10`, `1883` at the start of an ISO value. */
static bool iso_prefix(as_slice s, as_date *d) {
  memset(d, 0, sizeof *d);
  const char *p = s.ptr;
  if (s.len < 4 || !isdigit((unsigned char)p[0]) || !isdigit((unsigned char)p[1]) ||
      !isdigit((unsigned char)p[2]) || !isdigit((unsigned char)p[3]))
    return false;
  d->year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
  d->prec = AS_PREC_YEAR;
  if (s.len >= 7 && p[4] == '-' && isdigit((unsigned char)p[5]) && isdigit((unsigned char)p[6])) {
    d->month = (p[5] - '0') * 10 + (p[6] - '0');
    d->prec = AS_PREC_MONTH;
    if (s.len >= 10 && p[7] == '-' && isdigit((unsigned char)p[8]) && isdigit((unsigned char)p[9])) {
      d->day = (p[8] - '0') * 10 + (p[9] - '0');
      d->prec = AS_PREC_DAY;
    }
  }
  return d->year > 0;
}

/* Whether a dated field tells when something else happened than what
 * the article narrates: a heritage designation (`Designation1 Date:
 * 1995`), a census (`Population As Of: 2011`), an election or a session. */
static bool dated_aside(const as_field *f) {
  static const char *const words[] = {"designation", "population", "census", "election", "session", NULL};
  as_slice s = f->series;
  for (size_t i = 0; i < s.len;) {
    size_t e = i;
    while (e < s.len && s.ptr[e] != ' ')
      e++;
    for (size_t k = 0; words[k]; k++)
      if (e - i == strlen(words[k]) && strncasecmp(s.ptr + i, words[k], e - i) == 0)
        return true;
    i = e + 1;
  }
  return false;
}

/* The narrative before the prose: its reference is the infobox's date (a
 * `Date` key first, else the first dated field that is not aside), else a
 * year in the title; its span runs over the years of the infobox's `Date`
 * keys (`Date`, `Date Start`, `Date Event1`). */
static void initial_narrative(const as_article *a, as_narrative *nv) {
  as_date d, start = {0, 0, 0, AS_PREC_NONE}, first = start;
  int from = 0, to = 0;
  for (const as_field *f = a->fields; f; f = f->next) {
    bool dated = f->type == AS_VT_DATE || f->type == AS_VT_DATE_RANGE || f->type == AS_VT_YEAR ||
                 f->type == AS_VT_YEAR_RANGE;
    if (!dated || dated_aside(f) || !iso_prefix(f->normalized, &d))
      continue;
    if (as_slice_eq_cstr(f->series, "Date") || as_slice_eq_cstr(f->role, "date")) {
      if (start.prec == AS_PREC_NONE)
        start = d;
      /* the interval's end, if any */
      const char *slash = memchr(f->normalized.ptr, '/', f->normalized.len);
      as_date e = d;
      if (slash)
        iso_prefix(as_slice_make(slash + 1, f->normalized.len - (size_t)(slash + 1 - f->normalized.ptr)), &e);
      if (!from || d.year < from)
        from = d.year;
      if (e.year > to)
        to = e.year;
      if (d.year > to)
        to = d.year;
    }
    if (first.prec == AS_PREC_NONE)
      first = d;
  }
  if (start.prec == AS_PREC_NONE)
    start = first;
  as_slice t = a->title;
  for (size_t i = 0; start.prec == AS_PREC_NONE && i + 4 <= t.len; i++) {
    bool before = i == 0 || !isdigit((unsigned char)t.ptr[i - 1]);
    bool after = i + 4 == t.len || !isdigit((unsigned char)t.ptr[i + 4]);
    if (before && after && iso_prefix(as_slice_make(t.ptr + i, 4), &d) && d.year >= 1000)
      start = d;
  }
  as_narrative_init(nv, start, from, to);
}

typedef struct {
  as_article *a;
  as_arena *arena;
  as_narrative nv;
  as_toks toks;
  as_timexes tx;
  as_quantities qs;
  bool *taken;
  size_t taken_cap;
  as_strbuf buf;
  as_prose prose;
  as_placer place; /* dates and quantities, in the first pass */
  uint32_t para, section;
  bool works; /* the section lists works (works_section) */
} ctx;

void as_placer_init(as_placer *pl, uint32_t file) {
  memset(pl, 0, sizeof *pl);
  pl->file = file;
}

as_prov as_placer_at(as_placer *pl, const as_block *s, size_t off) {
  if (s->line != pl->line) {
    pl->line = s->line;
    as_cursor_init(&pl->cur, s->line, pl->file);
  }
  size_t base = (size_t)(s->text.ptr - s->line->text.ptr);
  as_cursor_skip(&pl->cur, base, s->start.col); /* the sentence's column is known */
  return as_cursor_at(&pl->cur, base + off);
}

static as_mention *new_mention(as_prose *p, as_placer *pl, const as_block *s, size_t start, size_t end,
                               as_mention_kind kind) {
  as_mention *m = AS_NEW(p->arena, as_mention);
  memset(m, 0, sizeof *m);
  m->kind = kind;
  m->sentence = s;
  m->text = as_slice_make(s->text.ptr + start, end - start);
  m->at = as_placer_at(pl, s, start);
  if (p->tail)
    p->tail->next = m;
  else
    p->a->mentions = m;
  p->tail = m;
  p->a->nmentions++;
  return m;
}

as_span *as_sent_add_span(as_prose *p, as_sent *s, as_mention_kind kind, uint32_t from, uint32_t to) {
  if (s->nspans == s->spans_cap) {
    uint32_t cap = s->spans_cap ? s->spans_cap * 2 : 8;
    as_span *v = AS_NEW_N(p->arena, as_span, cap);
    if (s->nspans)
      memcpy(v, s->spans, s->nspans * sizeof *v);
    s->spans = v;
    s->spans_cap = cap;
  }
  as_span *sp = &s->spans[s->nspans++];
  memset(sp, 0, sizeof *sp);
  sp->kind = kind;
  sp->from = from;
  sp->to = to;
  sp->rank_from = from;
  sp->vote = -1;
  sp->person = -1;
  return sp;
}

void as_span_write_mention(as_prose *p, as_sent *s, as_span *sp) {
  const as_block *b = s->block;
  size_t start = (size_t)(sp->name.ptr - b->text.ptr);
  as_mention *m = new_mention(p, &p->place2, b, start, start + sp->name.len, sp->kind);
  m->normalized = sp->canon;
  if (sp->rank_from < sp->from && s->toks[sp->rank_from].kind == AS_TK_WORD)
    m->qualifier = as_slice_make(b->text.ptr + s->toks[sp->rank_from].start,
                                 s->toks[sp->from - 1].end - s->toks[sp->rank_from].start);
  sp->m = m;
}

as_slice as_title_before(as_slice title, const char *marks) {
  for (size_t i = 0; i < title.len; i++)
    if (strchr(marks, title.ptr[i])) {
      title.len = i;
      break;
    }
  return as_slice_trim(title);
}

bool as_sent_listed_under(const as_sent *s, const char *const *words) {
  const as_block *item = s->block->parent;
  if (!item || item->kind != AS_BLK_LIST_ITEM || s->block != item->first_child)
    return false;
  const as_block *sec = item->parent;
  while (sec && sec->kind != AS_BLK_SECTION)
    sec = sec->parent;
  for (int i = 0; sec && words[i]; i++)
    for (size_t k = 0, n = strlen(words[i]); k + n <= sec->text.len; k++)
      if (strncasecmp(sec->text.ptr + k, words[i], n) == 0)
        return true;
  return false;
}

uint32_t as_sent_tok_at(const as_sent *s, size_t b) {
  uint32_t lo = 0, hi = s->ntoks;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if (s->toks[mid].start < b)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

static void add_date(ctx *c, as_sent *st, const as_timex *t) {
  as_strbuf_clear(&c->buf);
  as_timex_value v = as_timex_resolve(t, &c->nv, &c->buf);
  as_mention *m = new_mention(&c->prose, &c->place, st->block, t->start, t->end, AS_MENTION_DATE);
  m->normalized = as_arena_slice(c->arena, as_strbuf_slice(&c->buf));
  m->precision = as_slice_cstr(as_precision_name(v.prec));
  m->inferred = v.inferred;
  if (t->kind == AS_TX_RELATIVE) {
    m->rel_unit = t->rel_unit == AS_REL_DAY ? 'd' : t->rel_unit == AS_REL_MONTH ? 'm' : 'y';
    m->rel_n = t->rel_n;
  }
  as_span *sp = as_sent_add_span(&c->prose, st, AS_MENTION_DATE, (uint32_t)t->tok_from, (uint32_t)t->tok_to);
  sp->m = m;
}

static as_slice lower_copy(as_arena *arena, as_slice s) {
  bool upper = false;
  for (size_t i = 0; i < s.len; i++)
    upper = upper || isupper((unsigned char)s.ptr[i]);
  if (!upper)
    return s;
  char *p = as_arena_strndup(arena, s.ptr, s.len);
  for (size_t i = 0; i < s.len; i++)
    p[i] = (char)tolower((unsigned char)p[i]);
  return as_slice_make(p, s.len);
}

/* What "%.15g" writes for v; without printf for a whole number below
 * 10^15 (most quantities), which it writes as its plain digits. */
static void put_g15(as_strbuf *b, double v) {
  if (!(v >= 0 && v < 1e15) || v != (double)(uint64_t)v || signbit(v)) {
    as_strbuf_printf(b, "%.15g", v);
    return;
  }
  char d[16];
  size_t i = sizeof d;
  uint64_t n = (uint64_t)v;
  do {
    d[--i] = (char)('0' + n % 10);
    n /= 10;
  } while (n);
  as_strbuf_append(b, d + i, sizeof d - i);
}

static void add_quantity(ctx *c, as_sent *st, const as_quantity *q) {
  as_mention *m = new_mention(&c->prose, &c->place, st->block, q->start, q->end, AS_MENTION_QUANTITY);
  as_strbuf_clear(&c->buf);
  put_g15(&c->buf, q->value);
  m->normalized = as_arena_slice(c->arena, as_strbuf_slice(&c->buf));
  m->unit = q->unit;
  m->qualifier = q->ordinal ? AS_SLICE_LIT("ordinal") : lower_copy(c->arena, q->qualifier);
  uint32_t from = as_sent_tok_at(st, q->start), to = as_sent_tok_at(st, q->end);
  as_span *sp = as_sent_add_span(&c->prose, st, AS_MENTION_QUANTITY, from, to);
  sp->m = m;
}

static as_sent *new_sent(ctx *c, const as_block *s) {
  as_prose *p = &c->prose;
  if (p->n == p->cap) {
    p->cap = p->cap ? p->cap * 2 : 64;
    p->v = as_xrealloc(p->v, p->cap * sizeof *p->v);
  }
  as_sent *st = &p->v[p->n++];
  memset(st, 0, sizeof *st);
  st->block = s;
  st->ntoks = (uint32_t)c->toks.n;
  st->toks = AS_NEW_N(c->arena, as_tok, c->toks.n ? c->toks.n : 1);
  if (c->toks.n)
    memcpy(st->toks, c->toks.v, c->toks.n * sizeof *st->toks);
  st->para = c->para;
  st->section = c->section;
  return st;
}

static bool span_before(const as_span *x, const as_span *y) {
  return x->from != y->from ? x->from < y->from : x->kind < y->kind;
}

/* The spans by offset, then kind: stably, by insertion. They come as two
 * runs already in order (dates and quantities, then names), so this is a
 * merge in all but name; a general sort's calls cost more. */
static void sort_spans(as_span *v, uint32_t n) {
  for (uint32_t i = 1; i < n; i++) {
    if (!span_before(&v[i], &v[i - 1]))
      continue;
    as_span x = v[i];
    uint32_t j = i;
    do {
      v[j] = v[j - 1];
      j--;
    } while (j > 0 && span_before(&x, &v[j - 1]));
    v[j] = x;
  }
}

static void scan_sentence(ctx *c, const as_block *s) {
  as_tokenize(s->text, &c->toks);
  as_sent *st = new_sent(c, s);
  as_narrative_sentence(&c->nv);
  c->tx.n = 0;
  c->qs.n = 0;
  as_timex_scan(s->text, &c->toks, &c->tx);
  if (c->taken_cap < c->toks.n) {
    c->taken_cap = c->toks.n * 2;
    c->taken = as_xrealloc(c->taken, c->taken_cap * sizeof *c->taken);
  }
  if (c->toks.n)
    memset(c->taken, 0, c->toks.n * sizeof *c->taken);
  for (size_t i = 0; i < c->tx.n; i++)
    for (size_t k = c->tx.v[i].tok_from; k < c->tx.v[i].tok_to; k++)
      c->taken[k] = true;
  as_quantity_scan(s->text, &c->toks, c->taken, &c->qs);
  /* both lists are in text order: merge them */
  size_t i = 0, j = 0;
  while (i < c->tx.n || j < c->qs.n) {
    if (j == c->qs.n || (i < c->tx.n && c->tx.v[i].start < c->qs.v[j].start))
      add_date(c, st, &c->tx.v[i++]);
    else
      add_quantity(c, st, &c->qs.v[j++]);
  }
  /* names may hold ordinals (`the Eighth Army`) but not dates; a works
   * section's items are titles, its paragraphs prose */
  if (!c->works || !s->parent || s->parent->kind != AS_BLK_LIST_ITEM)
    as_entities_find(&c->prose, st, c->taken);
  if (st->nspans > 1)
    sort_spans(st->spans, st->nspans);
}

/* Mentions in text order: dates and quantities were written in the first
 * pass, names in the second; a stable natural merge sort of the list by
 * offset, whose runs are those passes' (a few, long). */
static as_mention *merge_mentions(as_mention *l, as_mention *r) {
  as_mention head, *t = &head;
  while (l && r) {
    if (r->at.byte < l->at.byte) {
      t->next = r;
      r = r->next;
    } else {
      t->next = l;
      l = l->next;
    }
    t = t->next;
  }
  t->next = l ? l : r;
  return head.next;
}

/* Cuts the run that starts at m off the list; *rest: what follows it. */
static as_mention *take_run(as_mention *m, as_mention **rest) {
  as_mention *e = m;
  while (e->next && e->next->at.byte >= e->at.byte)
    e = e->next;
  *rest = e->next;
  e->next = NULL;
  return m;
}

static as_mention *sort_mentions(as_mention *m) {
  /* runs[k]: a sorted list of about 2^k runs (or NULL); each new run is
   * merged up as in a binary counter, earlier runs always on the left */
  as_mention *runs[64] = {NULL};
  while (m) {
    as_mention *run = take_run(m, &m);
    size_t k = 0;
    for (; k < 63 && runs[k]; k++) {
      run = merge_mentions(runs[k], run);
      runs[k] = NULL;
    }
    runs[k] = run;
  }
  as_mention *out = NULL;
  for (size_t k = 0; k < 64; k++)
    if (runs[k])
      out = merge_mentions(runs[k], out);
  return out;
}

/* `Day 2 – Monday 18 September`: a heading that is one day (or month)
 * moves the narrative to it, as a sentence would. */
static void heading_date(ctx *c, as_slice heading) {
  if (!heading.len)
    return;
  as_tokenize(heading, &c->toks);
  c->tx.n = 0;
  as_timex_scan(heading, &c->toks, &c->tx);
  if (c->tx.n != 1 || c->tx.v[0].kind != AS_TX_DATE || c->tx.v[0].a.prec < AS_PREC_MONTH)
    return;
  as_strbuf_clear(&c->buf);
  as_timex_resolve(&c->tx.v[0], &c->nv, &c->buf);
}

void as_mentions_extract(as_article *a, as_arena *arena, const as_narrative *start, const as_turn *turn) {
  ctx c;
  memset(&c, 0, sizeof c);
  c.a = a;
  c.arena = arena;
  c.prose.a = a;
  c.prose.arena = arena;
  as_placer_init(&c.place, a->file);
  as_placer_init(&c.prose.place2, a->file);
  if (start)
    c.nv = *start;
  else
    initial_narrative(a, &c.nv);
  /* each top section's narrative starts over (SPEC 3.3: the reference is
   * the last full date before a date in its section): from the event's
   * own date, if the infobox gives it; else a section that describes
   * starts from none (`in July` in `Climate` is no month of the year the
   * history ended on), and one that tells goes on from the last */
  as_narrative top_start = c.nv, none;
  as_narrative_init(&none, (as_date){0, 0, 0, AS_PREC_NONE}, 0, 0);
  for (const as_block *sec = a->root->first_child; sec; sec = sec->next) {
    if (sec->kind != AS_BLK_SECTION)
      continue;
    as_slice top = sec->as.section.path.len ? sec->as.section.path : sec->text;
    const char *gt = memchr(top.ptr ? top.ptr : "", '>', top.len);
    if (gt)
      top.len = (size_t)(gt - top.ptr);
    if (sec->as.section.level > 1 && navigation_section(top))
      continue;
    c.works = sec->as.section.level > 1 && works_section(top);
    c.section = sec->seq;
    if (sec->as.section.level == 2 && top_start.span_from)
      c.nv = top_start;
    else if (sec->as.section.level == 2 && described_section(top))
      c.nv = none;
    else if (sec->as.section.level == 2 && c.nv.ref.prec != AS_PREC_NONE)
      c.nv.inherited = true;
    heading_date(&c, sec->text);
    for (const as_block *blk = sec->first_child; blk; blk = blk->next) {
      c.para++;
      for (const as_block *s = blk->first_child; s; s = s->next)
        if (s->kind == AS_BLK_SENTENCE)
          scan_sentence(&c, s);
    }
  }
  as_entities_resolve(&c.prose, turn);
  a->mentions = sort_mentions(a->mentions);
  as_facts_extract(&c.prose);
  free(c.prose.v);
  free(c.prose.ships);
  as_toks_free(&c.toks);
  as_timexes_free(&c.tx);
  as_quantities_free(&c.qs);
  free(c.taken);
  as_strbuf_free(&c.buf);
}
