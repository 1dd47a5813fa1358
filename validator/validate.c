/* validate.c: the validator's store (claims copied out of their articles,
 * grouped by subject, property and what the property is relative to) and
 * the building of conflicts. */
/* SPDX-License-Identifier: MIT */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/mem.h"
#include "internal.h"
#include "validate.h"

as_validator *as_validator_new(void) {
  as_validator *v = as_xcalloc(1, sizeof *v);
  as_arena_init(&v->store, 1 << 20);
  return v;
}

void as_validator_free(as_validator *v) {
  if (!v)
    return;
  for (size_t i = 0; i < v->ngroups; i++)
    free(v->groups[i].ids);
  free(v->groups);
  as_keyindex_free(&v->index);
  free(v->claims);
  free(v->starts);
  as_strbuf_free(&v->key);
  as_strbuf_free(&v->tmp);
  as_arena_fini(&v->store);
  free(v);
}

static as_slice keep(as_validator *v, as_slice s) { return s.len ? as_arena_slice(&v->store, s) : s; }

static void put_lower(as_strbuf *b, as_slice s) {
  for (size_t i = 0; i < s.len; i++)
    as_strbuf_putc(b, (char)tolower((unsigned char)s.ptr[i]));
}

/* The group key: subject and about case-folded (ASCII), property as is. */
static as_slice group_key(as_validator *v, const as_claim *c) {
  as_strbuf_clear(&v->key);
  put_lower(&v->key, c->subject);
  as_strbuf_putc(&v->key, '\x1f');
  as_strbuf_put_slice(&v->key, c->property);
  as_strbuf_putc(&v->key, '\x1f');
  put_lower(&v->key, c->about);
  return as_strbuf_slice(&v->key);
}

static uint32_t group_of(as_validator *v, as_slice key) {
  int64_t g = as_keyindex_find(&v->index, key);
  if (g >= 0)
    return (uint32_t)g;
  if (v->ngroups == v->gcap) {
    v->gcap = v->gcap ? v->gcap * 2 : 256;
    v->groups = as_xrealloc(v->groups, v->gcap * sizeof *v->groups);
  }
  memset(&v->groups[v->ngroups], 0, sizeof *v->groups);
  as_keyindex_add(&v->index, keep(v, key));
  return (uint32_t)v->ngroups++;
}

static void add_claim(as_validator *v, const as_article *a, const as_claim *c, as_slice title,
                      as_slice file) {
  if (v->nclaims == v->cap) {
    v->cap = v->cap ? v->cap * 2 : 1024;
    v->claims = as_xrealloc(v->claims, v->cap * sizeof *v->claims);
  }
  vclaim *k = &v->claims[v->nclaims];
  memset(k, 0, sizeof *k);
  as_strbuf_clear(&v->tmp);
  as_strbuf_printf(&v->tmp, "%.*s#%u", (int)a->id.len, a->id.ptr, (unsigned)c->seq);
  k->id = keep(v, as_strbuf_slice(&v->tmp));
  k->article = title;
  k->file = file;
  k->sentence = keep(v, c->quote);
  k->subject = keep(v, c->subject);
  k->property = keep(v, c->property);
  k->about = keep(v, c->about);
  k->value = keep(v, c->value);
  k->normalized = keep(v, c->normalized);
  k->date = keep(v, c->date);
  k->line = c->at.line;
  k->col = c->at.col;
  k->article_no = v->narticles;
  k->inferred = c->inferred;
  k->infobox = c->origin == AS_FROM_INFOBOX;
  uint32_t g = group_of(v, group_key(v, c)); /* may move v->groups */
  vgroup *gr = &v->groups[g];
  if (gr->n == gr->cap) {
    gr->cap = gr->cap ? gr->cap * 2 : 4;
    gr->ids = as_xrealloc(gr->ids, gr->cap * sizeof *gr->ids);
  }
  gr->ids[gr->n++] = (uint32_t)v->nclaims++;
}

void as_validator_add(as_validator *v, const as_article *a) {
  as_slice title = keep(v, a->title);
  as_slice file = keep(v, as_slice_cstr(a->file_name));
  for (const as_claim *c = a->claims; c; c = c->next)
    add_claim(v, a, c, title, file);
  as_damage_check(v, a);
  if (v->narticles == v->starts_cap) {
    v->starts_cap = v->starts_cap ? v->starts_cap * 2 : 256;
    v->starts = as_xrealloc(v->starts, v->starts_cap * sizeof *v->starts);
  }
  v->starts[v->narticles] = as_narrative_start(a);
  v->narticles++;
}

/* ---- values ---- */

void as_values_free(vvalues *vs) {
  for (size_t i = 0; i < vs->n; i++)
    free(vs->v[i].ids);
  free(vs->v);
  memset(vs, 0, sizeof *vs);
}

static int cmp_weight(const void *a, const void *b) {
  const vvalue *x = a, *y = b;
  if (x->weight != y->weight)
    return x->weight > y->weight ? -1 : 1;
  return (x->ids[0] > y->ids[0]) - (x->ids[0] < y->ids[0]); /* then first seen */
}

void as_group_values(const as_validator *v, const vgroup *g, bool (*same_value)(as_slice, as_slice),
                     vvalues *out) {
  memset(out, 0, sizeof *out);
  for (uint32_t i = 0; i < g->n; i++) {
    const vclaim *c = &v->claims[g->ids[i]];
    vvalue *hit = NULL;
    for (size_t k = 0; k < out->n && !hit; k++)
      if (same_value(out->v[k].value, c->normalized))
        hit = &out->v[k];
    if (!hit) {
      if (out->n == out->cap) {
        out->cap = out->cap ? out->cap * 2 : 4;
        out->v = as_xrealloc(out->v, out->cap * sizeof *out->v);
      }
      hit = &out->v[out->n++];
      memset(hit, 0, sizeof *hit);
      hit->value = c->normalized;
    }
    if (hit->n == hit->cap) {
      hit->cap = hit->cap ? hit->cap * 2 : 4;
      hit->ids = as_xrealloc(hit->ids, hit->cap * sizeof *hit->ids);
    }
    hit->ids[hit->n++] = g->ids[i];
    hit->weight += c->inferred ? 0.5 : 1.0;
  }
  if (out->n > 1)
    qsort(out->v, out->n, sizeof *out->v, cmp_weight);
}

void as_values_pair(vvalues *vs, size_t i, size_t j) {
  vvalue *t = as_xmalloc(vs->n * sizeof *t);
  size_t n = 0;
  t[n++] = vs->v[i];
  for (size_t k = 0; k < vs->n; k++)
    if (k != i && k != j)
      t[n++] = vs->v[k];
  t[n++] = vs->v[j];
  memcpy(vs->v, t, n * sizeof *t);
  free(t);
}

/* ---- conflicts ---- */

enum { FIRST_FEW = 5 }; /* claims quoted per value; the rest are counted */

static void append(as_validator *v, as_conflict *k) {
  if (v->last)
    v->last->next = k;
  else
    v->first = k;
  v->last = k;
  v->nconflicts++;
}

static as_conflict_claim quote(as_validator *v, const vclaim *c, as_slice value) {
  (void)v;
  as_conflict_claim q = {value, c->id, c->article, c->file, c->sentence, c->line, c->col, c->inferred};
  return q;
}

static const char *where(const vclaim *here, const vclaim *there, as_strbuf *b) {
  as_strbuf_clear(b);
  if (there->article_no != here->article_no)
    as_strbuf_printf(b, "in '%.*s'", (int)there->article.len, there->article.ptr);
  else
    as_strbuf_printf(b, "on line %u", (unsigned)there->line);
  return as_strbuf_cstr(b);
}

void as_conflict_add(as_validator *v, as_diag_code code, as_severity sev, const vvalues *vs,
                     const char *why_fmt, ...) {
  as_conflict *k = AS_NEW(&v->store, as_conflict);
  memset(k, 0, sizeof *k);
  k->code = as_slice_cstr(as_diag_code_name(code));
  k->sev = (int)sev;
  k->severity = as_slice_cstr(as_severity_name(sev));
  const vvalue *light = &vs->v[vs->n - 1], *heavy = &vs->v[0];
  const vclaim *primary = &v->claims[light->ids[0]];
  k->subject = primary->subject;
  k->property = primary->property;
  /* the claims, the first few of each value; the lightest value first */
  size_t n = 0;
  for (size_t i = 0; i < vs->n; i++)
    n += vs->v[i].n < FIRST_FEW ? vs->v[i].n : FIRST_FEW;
  k->claims = AS_NEW_N(&v->store, as_conflict_claim, n);
  as_strbuf b = AS_STRBUF_INIT, ids = AS_STRBUF_INIT, vals = AS_STRBUF_INIT, w = AS_STRBUF_INIT;
  for (size_t r = 0; r < vs->n; r++) {
    const vvalue *val = &vs->v[vs->n - 1 - r];
    for (uint32_t j = 0; j < val->n && j < FIRST_FEW; j++) {
      const vclaim *c = &v->claims[val->ids[j]];
      k->claims[k->nclaims++] = quote(v, c, val->value);
      if (ids.len)
        as_strbuf_putc(&ids, ';');
      as_strbuf_put_slice(&ids, c->id);
    }
  }
  for (size_t i = 0; i < vs->n; i++) {
    if (vals.len)
      as_strbuf_puts(&vals, "; ");
    as_strbuf_put_slice(&vals, vs->v[i].value);
  }
  k->values = as_arena_slice(&v->store, as_strbuf_slice(&vals));
  k->claim_ids = as_arena_slice(&v->store, as_strbuf_slice(&ids));
  /* `Treaty of Ancón: date 1883-10-20 here, 1883-10-23 in 'Chilean occupation of Peru'` */
  as_strbuf_printf(&b, "%.*s: %.*s %.*s here, %.*s %s", (int)k->subject.len, k->subject.ptr,
                   (int)k->property.len, k->property.ptr, (int)light->value.len, light->value.ptr,
                   (int)heavy->value.len, heavy->value.ptr, where(primary, &v->claims[heavy->ids[0]], &w));
  if (heavy->n > 1)
    as_strbuf_printf(&b, " (%u claims)", (unsigned)heavy->n);
  if (vs->n > 2)
    as_strbuf_printf(&b, " and %zu other values", vs->n - 2);
  k->message = as_arena_slice(&v->store, as_strbuf_slice(&b));
  as_strbuf_clear(&b);
  va_list ap;
  va_start(ap, why_fmt);
  as_strbuf_vprintf(&b, why_fmt, ap);
  va_end(ap);
  for (size_t i = 0; i < vs->n; i++)
    as_strbuf_printf(&b, "%s%.*s: %u claim%s (weight %.1f)", i ? "; " : " — ", (int)vs->v[i].value.len,
                     vs->v[i].value.ptr, (unsigned)vs->v[i].n, vs->v[i].n == 1 ? "" : "s", vs->v[i].weight);
  k->explanation = as_arena_slice(&v->store, as_strbuf_slice(&b));
  as_strbuf_free(&b);
  as_strbuf_free(&ids);
  as_strbuf_free(&vals);
  as_strbuf_free(&w);
  append(v, k);
}

void as_finding_add(as_validator *v, as_diag_code code, const as_article *a, const as_block *s, size_t off,
                    const char *subject, const char *fmt, ...) {
  as_conflict *k = AS_NEW(&v->store, as_conflict);
  memset(k, 0, sizeof *k);
  k->code = as_slice_cstr(as_diag_code_name(code));
  as_severity sev = as_diag_code_severity(code);
  k->sev = (int)sev;
  k->severity = as_slice_cstr(as_severity_name(sev));
  k->subject = keep(v, as_slice_cstr(subject));
  k->property = AS_SLICE_LIT("text");
  as_strbuf b = AS_STRBUF_INIT;
  va_list ap;
  va_start(ap, fmt);
  as_strbuf_vprintf(&b, fmt, ap);
  va_end(ap);
  k->message = as_arena_slice(&v->store, as_strbuf_slice(&b));
  k->explanation = k->message;
  as_strbuf_free(&b);
  as_prov at = as_line_prov(s->line, a->file, (size_t)(s->text.ptr - s->line->text.ptr) + off);
  k->claims = AS_NEW(&v->store, as_conflict_claim);
  k->nclaims = 1;
  as_conflict_claim q = {AS_SLICE_NULL, AS_SLICE_NULL, keep(v, a->title), keep(v, as_slice_cstr(a->file_name)),
                         keep(v, s->text), at.line, at.col, false};
  k->claims[0] = q;
  k->values = AS_SLICE_NULL;
  k->claim_ids = AS_SLICE_NULL;
  append(v, k);
}

void as_validator_finish(as_validator *v, as_conflicts *out) {
  /* findings on the text were made while reading; the groups' conflicts
   * come first, then the findings, each in input order */
  as_conflict *findings = v->first;
  v->first = v->last = NULL;
  size_t nfindings = v->nconflicts;
  v->nconflicts = 0;
  as_rules_run(v);
  if (findings) {
    if (v->last)
      v->last->next = findings;
    else
      v->first = findings;
    v->nconflicts += nfindings;
  }
  uint32_t seq = 0;
  for (as_conflict *k = v->first; k; k = k->next)
    k->seq = ++seq;
  out->first = v->first;
  out->n = v->nconflicts;
}
