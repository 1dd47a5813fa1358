/* validate.c: the validator's store (claims copied out of their articles,
 * grouped by subject, property and what the property is relative to) and
 * the building of conflicts. */
/* SPDX-License-Identifier: MIT */
#define _POSIX_C_SOURCE 200809L
#define _FILE_OFFSET_BITS 64
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/mem.h"
#include "internal.h"
#include "validate.h"

as_validator *as_validator_new(size_t budget) {
  as_validator *v = as_xcalloc(1, sizeof *v);
  as_arena_init(&v->store, 1 << 16);
  as_arena_init(&v->block, 1 << 16);
  v->budget = budget ? budget : AS_VALIDATOR_BUDGET;
  v->runs = as_runs_new(v->budget);
  return v;
}

static void tape_free(vtape *t) {
  if (t->f)
    fclose(t->f);
  as_strbuf_free(&t->mem);
}

void as_validator_free(as_validator *v) {
  if (!v)
    return;
  for (size_t i = 0; i < v->gcap; i++)
    free(v->groups[i].ids);
  free(v->groups);
  free(v->claims);
  free(v->found);
  tape_free(&v->findings);
  tape_free(&v->people);
  as_runs_free(v->runs); /* and v->moved, one of its sources */
  as_keyindex_free(&v->renames);
  as_keyindex_free(&v->renamed);
  free(v->to);
  free(v->shard_renamed);
  as_strbuf_free(&v->scratch);
  as_arena_fini(&v->names);
  as_arena_fini(&v->block);
  as_arena_fini(&v->store);
  free(v);
}

int as_validator_errno(const as_validator *v) { return v->err; }

/* ---- tapes ---- */

/* Moves the lines held in memory to the temporary file. */
static as_status tape_spill(as_validator *v, vtape *t) {
  if (!t->mem.len)
    return AS_OK;
  if (!t->f && !(t->f = as_temp_file())) {
    v->err = errno;
    return AS_ERR_WRITE;
  }
  if (fwrite(t->mem.ptr, 1, t->mem.len, t->f) != t->mem.len) {
    v->err = errno ? errno : EIO;
    return AS_ERR_WRITE;
  }
  as_strbuf_clear(&t->mem);
  return AS_OK;
}

static as_status tape_add(as_validator *v, vtape *t, as_slice lines) {
  if (!lines.len)
    return AS_OK;
  as_strbuf_append(&t->mem, lines.ptr, lines.len);
  return t->mem.len >= v->budget ? tape_spill(v, t) : AS_OK;
}

/* The lines, from the start: the temporary file (with what memory held
 * written to it), or a stream over memory; NULL when there are none. */
static FILE *tape_stream(as_validator *v, vtape *t, bool *failed, bool *opened) {
  *failed = *opened = false;
  if (t->f) {
    if (tape_spill(v, t) != AS_OK || fflush(t->f) != 0 || fseek(t->f, 0, SEEK_SET) != 0)
      *failed = true;
    return *failed ? NULL : t->f;
  }
  if (!t->mem.len)
    return NULL;
  FILE *f = fmemopen(t->mem.ptr, t->mem.len, "r");
  *failed = !f;
  *opened = f != NULL;
  return f;
}

/* Copies a tape to out. */
static as_status tape_write(as_validator *v, vtape *t, as_sink *out) {
  bool failed, opened;
  FILE *f = tape_stream(v, t, &failed, &opened);
  if (failed)
    return AS_ERR_WRITE;
  if (!f)
    return AS_OK;
  as_status st = AS_OK;
  char buf[1 << 16];
  size_t n;
  while (st == AS_OK && (n = fread(buf, 1, sizeof buf, f)) > 0)
    st = as_sink_write(out, buf, n);
  bool err = ferror(f);
  if (opened)
    fclose(f);
  return st != AS_OK ? st : err ? AS_ERR_WRITE : AS_OK;
}

as_status as_validator_take(as_validator *v, as_slice claims, as_slice findings, as_slice people) {
  v->narticles++;
  as_status st;
  TRY(st, as_runs_add(v->runs, claims, &v->err));
  TRY(st, tape_add(v, &v->findings, findings));
  return tape_add(v, &v->people, people);
}

/* ---- check --claims: the merge's renames ---- */

/* The article id's place among the names renamed (no name holds it). */
#define ARTICLE_ID AS_SLICE_LIT("\x1f")

/* The renames' key: shard, article number, name. */
static as_slice rename_key(as_validator *v, uint32_t shard, uint64_t nth, as_slice name) {
  as_strbuf_clear(&v->scratch);
  as_strbuf_append(&v->scratch, &shard, sizeof shard);
  as_strbuf_append(&v->scratch, &nth, sizeof nth);
  as_strbuf_put_slice(&v->scratch, name);
  return as_strbuf_slice(&v->scratch);
}

void as_validator_rename(as_validator *v, uint32_t shard, uint64_t nth, as_slice from, as_slice to) {
  as_slice k = rename_key(v, shard, nth, from.len ? from : ARTICLE_ID);
  if (as_keyindex_find(&v->renames, k) >= 0)
    return; /* the first answer stands */
  uint32_t id = as_keyindex_add(&v->renames, as_arena_slice(&v->names, k));
  v->to = as_xgrow(v->to, &v->tocap, id + 1, sizeof *v->to);
  v->to[id] = as_arena_slice(&v->names, to);
  k = rename_key(v, shard, nth, AS_SLICE_NULL);
  if (as_keyindex_find(&v->renamed, k) < 0)
    as_keyindex_add(&v->renamed, as_arena_slice(&v->names, k));
  if (shard >= v->nshard_renamed) {
    size_t n = v->nshard_renamed;
    v->shard_renamed = as_xgrow(v->shard_renamed, &v->nshard_renamed, shard + 1, sizeof *v->shard_renamed);
    memset(v->shard_renamed + n, 0, (v->nshard_renamed - n) * sizeof *v->shard_renamed);
  }
  v->shard_renamed[shard] = true;
}

static bool rename_field(as_validator *v, uint32_t shard, uint64_t nth, as_slice *f, as_slice name) {
  int64_t id = as_keyindex_find(&v->renames, rename_key(v, shard, nth, name));
  if (id < 0 || as_slice_eq(v->to[id], *f))
    return false;
  *f = v->to[id];
  return true;
}

/* A claim line of a shard as the merge has it: with the run's names and
 * article ids; true when that changes it (and, out not NULL, the line in
 * out, tagged with its shard and ending in '\n'). */
static bool renamed_line(as_validator *v, uint32_t shard, as_slice line, as_strbuf *out) {
  as_slice key = as_record_key(line);
  if (key.len + 17 > line.len)
    return false;
  uint64_t nth = 0;
  for (size_t i = key.len + 1; i < key.len + 17; i++) {
    char ch = line.ptr[i];
    if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f')))
      return false;
    nth = nth * 16 + (uint64_t)(ch <= '9' ? ch - '0' : ch - 'a' + 10);
  }
  if (as_keyindex_find(&v->renamed, rename_key(v, shard, nth, AS_SLICE_NULL)) < 0)
    return false;
  as_strbuf copy = AS_STRBUF_INIT, tmp = AS_STRBUF_INIT;
  as_strbuf_append(&copy, line.ptr, line.len);
  vclaim c;
  bool changed = false;
  if (as_record_claim((char *)copy.ptr, copy.len, shard, &c)) {
    changed |= rename_field(v, shard, nth, &c.subject, c.subject);
    changed |= rename_field(v, shard, nth, &c.about, c.about);
    changed |= rename_field(v, shard, nth, &c.normalized, c.normalized);
    changed |= rename_field(v, shard, nth, &c.id, ARTICLE_ID);
  }
  if (changed && out) {
    as_record_claim_line(&tmp, &c);
    /* the shard's tag before ORDER */
    size_t k = as_record_key(as_strbuf_slice(&tmp)).len + 1;
    as_strbuf_clear(out);
    as_strbuf_append(out, tmp.ptr, k);
    as_strbuf_printf(out, "%08x", (unsigned)shard);
    as_strbuf_append(out, tmp.ptr + k, tmp.len - k);
  }
  as_strbuf_free(&copy);
  as_strbuf_free(&tmp);
  return changed;
}

static bool skip_renamed(void *ctx, uint32_t shard, as_slice line) {
  as_validator *v = ctx;
  return shard < v->nshard_renamed && v->shard_renamed[shard] && renamed_line(v, shard, line, NULL);
}

/* Copies what is left of f to a temporary file, which it returns at its
 * start (a pipe cannot be read twice); NULL with errno set. */
static FILE *seekable_copy(FILE *f) {
  FILE *t = as_temp_file();
  if (!t)
    return NULL;
  char buf[1 << 16];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0)
    if (fwrite(buf, 1, n, t) != n)
      break;
  if (ferror(f) || ferror(t) || fflush(t) != 0 || fseek(t, 0, SEEK_SET) != 0) {
    int e = errno ? errno : EIO;
    fclose(t);
    errno = e;
    return NULL;
  }
  return t;
}

as_status as_validator_add_claims(as_validator *v, FILE *f, const char *name, uint32_t shard) {
  if (shard < v->nshard_renamed && v->shard_renamed[shard]) {
    /* the renamed claims move to v->moved, where they sort by their new
     * KEY; the merge skips them in f */
    off_t at = ftello(f);
    if (at < 0) {
      FILE *t = seekable_copy(f);
      if (!t) {
        v->err = errno;
        fclose(f);
        return AS_ERR_WRITE;
      }
      fclose(f);
      f = t;
      at = 0;
    }
    if (!v->moved) {
      v->moved = as_runs_new(v->budget);
      as_runs_add_runs(v->runs, v->moved);
      as_runs_set_skip(v->runs, skip_renamed, v);
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    as_strbuf out = AS_STRBUF_INIT;
    as_status st = AS_OK;
    while (st == AS_OK && (len = getline(&line, &cap, f)) > 0) {
      if (line[len - 1] == '\n')
        len--;
      if (!memchr(line, '\t', (size_t)len))
        break; /* the end of the sorted lines; what is wrong there, the merge says */
      if (renamed_line(v, shard, as_slice_make(line, (size_t)len), &out))
        st = as_runs_add(v->moved, as_strbuf_slice(&out), &v->err);
    }
    free(line);
    as_strbuf_free(&out);
    if (st == AS_OK && fseeko(f, at, SEEK_SET) != 0) {
      v->err = errno;
      st = AS_ERR_WRITE;
    }
    if (st != AS_OK) {
      fclose(f);
      return st;
    }
  }
  as_runs_add_file(v->runs, f, name, shard);
  return AS_OK;
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

static as_slice keep(as_validator *v, as_slice s) { return s.len ? as_arena_slice(&v->store, s) : s; }

static as_conflict_claim quote(as_validator *v, const vclaim *c, as_slice value) {
  as_strbuf id = AS_STRBUF_INIT;
  as_strbuf_printf(&id, "%.*s#%u", (int)c->id.len, c->id.ptr, (unsigned)c->seq);
  as_conflict_claim q = {keep(v, value),       keep(v, as_strbuf_slice(&id)), keep(v, c->article),
                         keep(v, c->file),     keep(v, c->sentence),          c->line,
                         c->col,               c->inferred};
  as_strbuf_free(&id);
  return q;
}

static const char *where(const vclaim *here, const vclaim *there, as_strbuf *b) {
  as_strbuf_clear(b);
  if (!as_same_article(here, there))
    as_strbuf_printf(b, "in '%.*s'", (int)there->article.len, there->article.ptr);
  else
    as_strbuf_printf(b, "on line %u", (unsigned)there->line);
  return as_strbuf_cstr(b);
}

as_conflict *as_conflict_add(as_validator *v, as_diag_code code, as_severity sev, const vvalues *vs,
                             const char *why_fmt, ...) {
  as_conflict *k = AS_NEW(&v->store, as_conflict);
  memset(k, 0, sizeof *k);
  k->code = as_slice_cstr(as_diag_code_name(code));
  k->sev = (int)sev;
  k->severity = as_slice_cstr(as_severity_name(sev));
  const vvalue *light = &vs->v[vs->n - 1], *heavy = &vs->v[0];
  const vclaim *primary = &v->claims[light->ids[0]];
  k->subject = keep(v, primary->subject);
  k->property = keep(v, primary->property);
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
      k->claims[k->nclaims] = quote(v, c, val->value);
      if (ids.len)
        as_strbuf_putc(&ids, ';');
      as_strbuf_put_slice(&ids, k->claims[k->nclaims].claim_id);
      k->nclaims++;
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
  v->found = as_xgrow(v->found, &v->fcap, v->nfound + 1, sizeof *v->found);
  vsorted *f = &v->found[v->nfound];
  f->k = k;
  f->rule = v->rule;
  f->shard = v->first->shard;
  f->article_no = v->first->article_no;
  f->seq = v->first->seq;
  f->n = v->nfound++;
  return k;
}

/* ---- the blocks: the claims about one subject, read back in order ---- */

static void block_reset(as_validator *v) {
  for (size_t g = 0; g < v->ngroups; g++)
    v->groups[g].n = 0;
  v->ngroups = 0;
  v->nclaims = 0;
  as_arena_reset(&v->block);
}

/* Adds a line to the block; false if it is malformed. */
static bool block_add(as_validator *v, as_slice line, uint32_t shard) {
  char *copy = as_arena_strndup(&v->block, line.ptr, line.len);
  as_slice key = as_record_key(as_slice_make(copy, line.len));
  vclaim c;
  /* the KEY stays intact: as_record_claim unescapes what follows it */
  if (!as_record_claim(copy, line.len, shard, &c))
    return false;
  v->claims = as_xgrow(v->claims, &v->ccap, v->nclaims + 1, sizeof *v->claims);
  v->claims[v->nclaims] = c;
  if (!v->ngroups || !as_slice_eq(v->groups[v->ngroups - 1].key, key)) {
    size_t old = v->gcap;
    v->groups = as_xgrow(v->groups, &v->gcap, v->ngroups + 1, sizeof *v->groups);
    memset(v->groups + old, 0, (v->gcap - old) * sizeof *v->groups);
    v->groups[v->ngroups].n = 0;
    v->groups[v->ngroups++].key = key;
  }
  vgroup *g = &v->groups[v->ngroups - 1];
  if (g->n == g->cap) {
    g->cap = g->cap ? g->cap * 2 : 4;
    g->ids = as_xrealloc(g->ids, g->cap * sizeof *g->ids);
  }
  g->ids[g->n++] = (uint32_t)v->nclaims++;
  return true;
}

static int cmp_found(const void *x, const void *y) {
  const vsorted *a = x, *b = y;
  if (a->rule != b->rule)
    return a->rule < b->rule ? -1 : 1;
  if (a->shard != b->shard)
    return a->shard < b->shard ? -1 : 1;
  if (a->article_no != b->article_no)
    return a->article_no < b->article_no ? -1 : 1;
  if (a->seq != b->seq)
    return a->seq < b->seq ? -1 : 1;
  return (a->n > b->n) - (a->n < b->n);
}

/* Reads the finding lines of f (to its end) into the list after *tail. */
static as_status read_findings(as_validator *v, FILE *f, as_conflict ***tail, size_t *n, const char **bad,
                               const char *name) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  as_status st = AS_OK;
  while ((len = getline(&line, &cap, f)) > 0) {
    if (line[len - 1] == '\n')
      len--;
    as_conflict *k = as_record_finding(line, (size_t)len, &v->store);
    if (!k) {
      st = AS_ERR_INPUT;
      *bad = name;
      continue;
    }
    **tail = k;
    *tail = &k->next;
    (*n)++;
  }
  if (ferror(f) && st == AS_OK) {
    st = AS_ERR_INPUT;
    *bad = name;
  }
  free(line);
  return st;
}

as_status as_validator_finish(as_validator *v, as_conflicts *out, const char **bad) {
  *bad = NULL;
  as_status st = AS_OK;
  as_runs_merge(v->runs);
  as_slice line;
  uint32_t shard;
  as_slice subject = AS_SLICE_NULL;
  as_strbuf cur = AS_STRBUF_INIT;
  while (as_runs_next(v->runs, &line, &shard, &st, bad)) {
    as_slice sk = as_record_subject_key(line);
    if (v->nclaims && !as_slice_eq(sk, subject)) {
      as_rules_run(v);
      block_reset(v);
    }
    if (!v->nclaims) {
      as_strbuf_clear(&cur);
      as_strbuf_put_slice(&cur, sk);
      subject = as_strbuf_slice(&cur);
    }
    if (!block_add(v, line, shard) && st == AS_OK) {
      st = AS_ERR_INPUT;
      *bad = as_runs_name(v->runs);
    }
  }
  if (v->nclaims)
    as_rules_run(v);
  block_reset(v);
  as_strbuf_free(&cur);
  /* the groups' conflicts by rule, then in input order; then the findings
   * on the text, in input order */
  if (v->nfound > 1)
    qsort(v->found, v->nfound, sizeof *v->found, cmp_found);
  as_conflict *first = NULL, **tail = &first;
  for (size_t i = 0; i < v->nfound; i++) {
    *tail = v->found[i].k;
    tail = &v->found[i].k->next;
  }
  size_t n = v->nfound;
  bool failed, opened;
  FILE *ff = tape_stream(v, &v->findings, &failed, &opened);
  if (failed)
    st = AS_ERR_WRITE;
  else if (ff && read_findings(v, ff, &tail, &n, bad, NULL) != AS_OK && st == AS_OK)
    st = AS_ERR_INPUT;
  if (opened)
    fclose(ff);
  for (size_t i = 0; i < as_runs_nfiles(v->runs); i++) {
    const char *name;
    FILE *f = as_runs_file(v->runs, i, &name);
    as_status s = read_findings(v, f, &tail, &n, bad, name);
    if (s != AS_OK && st == AS_OK)
      st = s;
  }
  *tail = NULL;
  uint32_t seq = 0;
  for (as_conflict *k = first; k; k = k->next)
    k->seq = ++seq;
  out->first = first;
  out->n = n;
  return st;
}

as_status as_validator_write(as_validator *v, as_sink *out, const char **bad) {
  *bad = NULL;
  as_status st = AS_OK, rd = AS_OK;
  TRY(st, as_sink_puts(out, AS_CLAIMS_HEADER "\n"));
  TRY(st, tape_write(v, &v->people, out));
  TRY(st, as_sink_puts(out, AS_CLAIMS_SORTED "\n"));
  as_runs_merge(v->runs);
  as_slice line;
  uint32_t shard;
  while (as_runs_next(v->runs, &line, &shard, &rd, bad)) {
    TRY(st, as_sink_write(out, line.ptr, line.len));
    TRY(st, as_sink_write(out, "\n", 1));
  }
  TRY(st, as_sink_puts(out, "#findings\n"));
  TRY(st, tape_write(v, &v->findings, out));
  return rd;
}
