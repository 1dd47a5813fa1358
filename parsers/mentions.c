/* mentions.c: the dates and quantities of an article's prose, in text order,
 * dates anchored on the narrative (the rule is in temporal.h). */
/* SPDX-License-Identifier: MIT */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/mem.h"
#include "../core/strbuf.h"
#include "parsers.h"
#include "quantities.h"
#include "temporal.h"
#include "tokens.h"

/* Sections that list links or sources rather than tell anything. */
static bool navigation_section(as_slice heading) {
  static const char *const names[] = {"see also", "references", "external links", "further reading",
                                      "notes", "bibliography", "sources", "citations", "footnotes",
                                      "works cited", "notes and references", NULL};
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

/* The narrative before the prose: its reference is the infobox's date (a
 * `Date` key first, else the first dated field), else a year in the title;
 * its span runs over the years of the infobox's `Date` keys. */
static void initial_narrative(const as_article *a, as_narrative *nv) {
  as_date d, start = {0, 0, 0, AS_PREC_NONE}, first = start;
  int from = 0, to = 0;
  for (const as_field *f = a->fields; f; f = f->next) {
    bool dated = f->type == AS_VT_DATE || f->type == AS_VT_DATE_RANGE || f->type == AS_VT_YEAR ||
                 f->type == AS_VT_YEAR_RANGE;
    if (!dated || !iso_prefix(f->normalized, &d))
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
  as_mention *tail;
  const as_line *line; /* the line the cursor walks */
  as_cursor cur;
} ctx;

static as_mention *new_mention(ctx *c, const as_block *s, size_t start, size_t end, as_mention_kind kind) {
  as_mention *m = AS_NEW(c->arena, as_mention);
  memset(m, 0, sizeof *m);
  m->kind = kind;
  m->sentence = s;
  m->text = as_slice_make(s->text.ptr + start, end - start);
  if (s->line != c->line) {
    c->line = s->line;
    as_cursor_init(&c->cur, s->line, c->a->file);
  }
  m->at = as_cursor_at(&c->cur, (size_t)(s->text.ptr - s->line->text.ptr) + start);
  if (c->tail)
    c->tail->next = m;
  else
    c->a->mentions = m;
  c->tail = m;
  c->a->nmentions++;
  return m;
}

static void add_date(ctx *c, const as_block *s, const as_timex *t) {
  as_strbuf_clear(&c->buf);
  as_timex_value v = as_timex_resolve(t, &c->nv, &c->buf);
  as_mention *m = new_mention(c, s, t->start, t->end, AS_MENTION_DATE);
  m->normalized = as_arena_slice(c->arena, as_strbuf_slice(&c->buf));
  m->precision = as_slice_cstr(as_precision_name(v.prec));
  m->inferred = v.inferred;
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

static void add_quantity(ctx *c, const as_block *s, const as_quantity *q) {
  as_mention *m = new_mention(c, s, q->start, q->end, AS_MENTION_QUANTITY);
  as_strbuf_clear(&c->buf);
  as_strbuf_printf(&c->buf, "%.15g", q->value);
  m->normalized = as_arena_slice(c->arena, as_strbuf_slice(&c->buf));
  m->unit = q->unit;
  m->qualifier = q->ordinal ? AS_SLICE_LIT("ordinal") : lower_copy(c->arena, q->qualifier);
}

static void scan_sentence(ctx *c, const as_block *s) {
  as_tokenize(s->text, &c->toks);
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
      add_date(c, s, &c->tx.v[i++]);
    else
      add_quantity(c, s, &c->qs.v[j++]);
  }
}

void as_mentions_extract(as_article *a, as_arena *arena, const as_narrative *start) {
  ctx c;
  memset(&c, 0, sizeof c);
  c.a = a;
  c.arena = arena;
  if (start)
    c.nv = *start;
  else
    initial_narrative(a, &c.nv);
  for (const as_block *sec = a->root->first_child; sec; sec = sec->next) {
    if (sec->kind != AS_BLK_SECTION)
      continue;
    as_slice top = sec->as.section.path.len ? sec->as.section.path : sec->text;
    const char *gt = memchr(top.ptr ? top.ptr : "", '>', top.len);
    if (gt)
      top.len = (size_t)(gt - top.ptr);
    if (sec->as.section.level > 1 && navigation_section(top))
      continue;
    for (const as_block *blk = sec->first_child; blk; blk = blk->next)
      for (const as_block *s = blk->first_child; s; s = s->next)
        if (s->kind == AS_BLK_SENTENCE)
          scan_sentence(&c, s);
  }
  as_toks_free(&c.toks);
  as_timexes_free(&c.tx);
  as_quantities_free(&c.qs);
  free(c.taken);
  as_strbuf_free(&c.buf);
}
