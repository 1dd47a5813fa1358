/* records.c: claims and findings as lines of tab-separated fields, the
 * form in which they wait for the end of the run (in memory, in sorted
 * runs on disk, in the claims file of a shard).
 *
 * Claim line:   KEY \t ORDER \t C|L \t subject \t property \t about \t value
 *               \t normalized \t date \t part \t flags \t article_id \t title \t file
 *               \t line \t column \t sentence \t start
 * Finding line: code \t subject \t message \t title \t file \t sentence \t line
 *               \t column
 * KEY is subject \x1f property \x1f about, subject and about in lower case
 * (ASCII): the group of claims that must agree. ORDER is the article's
 * number and the claim's, in hexadecimal of fixed width, so that lines of
 * one KEY sort in input order. Fields escape backslash, tab, newline and
 * the other control characters. */
/* SPDX-License-Identifier: MIT */
#include <ctype.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "validate.h"

static const char hexdig[] = "0123456789abcdef";

static bool plain(unsigned char ch) { return ch >= 0x20 && ch != '\\' && ch != 0x7f; }

/* Eight bytes at a time (claims quote whole sentences, and most of their
 * bytes need nothing): a word holds a byte below 0x20, or a byte equal to
 * one of a or b, if these bit tricks say so (exact as a yes or no). */
#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL
static inline bool word_has(uint64_t x, bool controls, unsigned char a, unsigned char b) {
  uint64_t xa = x ^ (ONES * a), xb = x ^ (ONES * b);
  uint64_t hit = ((xa - ONES) & ~xa) | ((xb - ONES) & ~xb);
  if (controls)
    hit |= (x - ONES * 0x20) & ~x;
  return (hit & HIGHS) != 0;
}

/* The length of the run at p (n bytes) that needs no escape. */
static size_t plain_run(const char *p, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    memcpy(&x, p + i, 8);
    if (word_has(x, true, '\\', 0x7f))
      break;
  }
  while (i < n && plain((unsigned char)p[i]))
    i++;
  return i;
}

/* The length of the run at p (n bytes) with no tab and no backslash. */
static size_t field_run(const char *p, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    memcpy(&x, p + i, 8);
    if (word_has(x, false, '\t', '\\'))
      break;
  }
  while (i < n && p[i] != '\t' && p[i] != '\\')
    i++;
  return i;
}

static void put_escaped(as_strbuf *b, as_slice s, bool lower) {
  as_strbuf_reserve(b, s.len);
  size_t i = 0;
  while (i < s.len) {
    size_t j = i;
    if (!lower) /* a run that needs nothing goes in one copy */
      j += plain_run(s.ptr + i, s.len - i);
    if (j > i) {
      as_strbuf_append(b, s.ptr + i, j - i);
      i = j;
      continue;
    }
    unsigned char ch = (unsigned char)s.ptr[i++];
    if (ch == '\\') {
      as_strbuf_append(b, "\\\\", 2);
    } else if (ch == '\t') {
      as_strbuf_append(b, "\\t", 2);
    } else if (ch == '\n') {
      as_strbuf_append(b, "\\n", 2);
    } else if (ch < 0x20 || ch == 0x7f) {
      char e[4] = {'\\', 'x', hexdig[ch >> 4], hexdig[ch & 15]};
      as_strbuf_append(b, e, 4);
    } else {
      as_strbuf_putc(b, (char)(lower ? tolower(ch) : ch));
    }
  }
}

static void field(as_strbuf *b, as_slice s) {
  as_strbuf_putc(b, '\t');
  put_escaped(b, s, false);
}

/* A tab and n in decimal: printf's work, without its format parsing (two
 * numbers a claim). */
static void field_num(as_strbuf *b, uint64_t n) {
  char d[21];
  size_t k = sizeof d;
  do {
    d[--k] = (char)('0' + n % 10);
    n /= 10;
  } while (n);
  as_strbuf_putc(b, '\t');
  as_strbuf_append(b, d + k, sizeof d - k);
}

/* v in width hex digits, zero-padded (width <= 16). */
static void put_hex(as_strbuf *b, uint64_t v, int width) {
  char d[16];
  for (int k = width - 1; k >= 0; k--, v >>= 4)
    d[k] = hexdig[v & 15];
  as_strbuf_append(b, d, (size_t)width);
}

static void put_key(as_strbuf *b, as_slice subject, as_slice property, as_slice about) {
  put_escaped(b, subject, true);
  as_strbuf_putc(b, '\x1f');
  as_strbuf_put_slice(b, property);
  as_strbuf_putc(b, '\x1f');
  put_escaped(b, about, true);
}

void as_record_claim_line(as_strbuf *b, const vclaim *c) {
  if (c->listing)
    put_key(b, c->normalized, AS_SLICE_LIT("~listed"), AS_SLICE_NULL);
  else
    put_key(b, c->subject, c->property, c->about);
  as_strbuf_putc(b, '\t');
  put_hex(b, c->article_no, 16);
  put_hex(b, (uint32_t)c->seq, 8);
  as_strbuf_putc(b, '\t');
  as_strbuf_putc(b, c->listing ? 'L' : 'C');
  field(b, c->subject);
  field(b, c->property);
  field(b, c->about);
  field(b, c->value);
  field(b, c->normalized);
  field(b, c->date);
  field(b, c->part);
  as_strbuf_putc(b, '\t');
  as_strbuf_putc(b, c->inferred ? 'i' : '-');
  as_strbuf_putc(b, c->infobox ? 'b' : '-');
  field(b, c->id);
  field(b, c->article);
  field(b, c->file);
  field_num(b, c->line);
  field_num(b, c->col);
  field(b, c->sentence);
  if (c->listing && c->start != INT64_MAX)
    as_strbuf_printf(b, "\t%" PRId64 "\n", c->start);
  else
    as_strbuf_puts(b, "\t\n");
}

static void claim_line(as_strbuf *b, const as_article *a, uint64_t nth, const as_claim *c, bool listing,
                       int64_t start) {
  vclaim v = {.id = a->id,
              .article = a->title,
              .file = as_slice_cstr(a->file_name),
              .sentence = c->quote,
              .subject = c->subject,
              .property = c->property,
              .about = c->about,
              .value = c->value,
              .normalized = c->normalized,
              .date = c->date,
              .part = c->part,
              .line = c->at.line,
              .col = c->at.col,
              .article_no = nth,
              .seq = c->seq,
              .start = listing ? start : INT64_MAX,
              .inferred = c->inferred,
              .infobox = c->origin == AS_FROM_INFOBOX,
              .listing = listing};
  as_record_claim_line(b, &v);
}

/* The article's questions to the people registry, and its ids (see
 * as_person_call): `a \t NTH \t base id \t id`, then a line
 * `p \t NTH \t name asked \t answer \t u|-` per question. */
static void people_lines(as_strbuf *b, const as_article *a, uint64_t nth) {
  as_strbuf_printf(b, "a\t%016" PRIx64, nth);
  field(b, a->base_id.len ? a->base_id : a->id);
  field(b, a->id);
  as_strbuf_putc(b, '\n');
  for (size_t i = 0; i < a->ncalls; i++) {
    as_strbuf_printf(b, "p\t%016" PRIx64, nth);
    field(b, a->calls[i].query);
    field(b, a->calls[i].result);
    as_strbuf_puts(b, a->calls[i].used ? "\tu\n" : "\t-\n");
  }
}

void as_validator_records(const as_article *a, uint64_t nth, as_strbuf *claims, as_strbuf *findings,
                          as_strbuf *people) {
  bool have_start = false;
  int64_t start = INT64_MAX;
  for (const as_claim *c = a->claims; c; c = c->next) {
    claim_line(claims, a, nth, c, false, 0);
    /* an infobox's commanders and leaders, filed under their names too */
    if (c->origin == AS_FROM_INFOBOX && c->normalized.len &&
        (as_slice_eq_cstr(c->property, "commander") || as_slice_eq_cstr(c->property, "leader"))) {
      if (!have_start) {
        start = as_narrative_start(a);
        have_start = true;
      }
      claim_line(claims, a, nth, c, true, start);
    }
  }
  as_damage_check(findings, a);
  if (people)
    people_lines(people, a, nth);
}

void as_finding_add(as_strbuf *out, as_diag_code code, const as_article *a, const as_block *s, size_t off,
                    const char *subject, const char *fmt, ...) {
  as_strbuf msg = AS_STRBUF_INIT;
  va_list ap;
  va_start(ap, fmt);
  as_strbuf_vprintf(&msg, fmt, ap);
  va_end(ap);
  as_prov at = as_line_prov(s->line, a->file, (size_t)(s->text.ptr - s->line->text.ptr) + off);
  put_escaped(out, as_slice_cstr(as_diag_code_name(code)), false);
  field(out, as_slice_cstr(subject));
  field(out, as_strbuf_slice(&msg));
  field(out, a->title);
  field(out, as_slice_cstr(a->file_name));
  field(out, s->text);
  field_num(out, at.line);
  field_num(out, at.col);
  as_strbuf_putc(out, '\n');
  as_strbuf_free(&msg);
}

/* ---- reading lines back ---- */

static int hexval(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return -1;
}

/* Splits line into at most max fields, unescaping them in place; the
 * number of fields, or 0 when an escape is malformed. */
static size_t split(char *line, size_t len, as_slice *f, size_t max) {
  size_t n = 0, i = 0;
  while (n < max) {
    char *w = line + i, *start = w;
    while (i < len && line[i] != '\t') {
      size_t r = field_run(line + i, len - i);
      if (r) { /* moved down only after an escape shortened the field */
        if (w != line + i)
          memmove(w, line + i, r);
        w += r;
        i += r;
        continue;
      }
      char c = line[i++];
      if (c == '\\') {
        if (i >= len)
          return 0;
        char e = line[i++];
        if (e == 't')
          c = '\t';
        else if (e == 'n')
          c = '\n';
        else if (e == '\\')
          c = '\\';
        else if (e == 'x' && i + 1 < len && hexval(line[i]) >= 0 && hexval(line[i + 1]) >= 0) {
          c = (char)(hexval(line[i]) * 16 + hexval(line[i + 1]));
          i += 2;
        } else
          return 0;
      }
      *w++ = c;
    }
    f[n++] = as_slice_make(start, (size_t)(w - start));
    if (i >= len)
      break;
    i++; /* the tab */
  }
  return n;
}

static bool parse_u64(as_slice s, int base, uint64_t *out) {
  if (!s.len || s.len > 20)
    return false;
  uint64_t v = 0;
  for (size_t i = 0; i < s.len; i++) {
    int d = base == 16 ? hexval(s.ptr[i]) : (s.ptr[i] >= '0' && s.ptr[i] <= '9' ? s.ptr[i] - '0' : -1);
    if (d < 0)
      return false;
    v = v * (uint64_t)base + (uint64_t)d;
  }
  *out = v;
  return true;
}

enum { CLAIM_FIELDS = 18, FINDING_FIELDS = 8 };

bool as_record_claim(char *line, size_t len, uint32_t shard, vclaim *out) {
  as_slice f[CLAIM_FIELDS];
  /* the KEY is not needed again: skip it (it holds \x1f, not escapes) */
  char *tab = memchr(line, '\t', len);
  if (!tab)
    return false;
  size_t skip = (size_t)(tab + 1 - line);
  if (split(tab + 1, len - skip, f + 1, CLAIM_FIELDS - 1) != CLAIM_FIELDS - 1)
    return false;
  uint64_t art, seq, ln, col;
  if (f[1].len != 24 || !parse_u64(as_slice_make(f[1].ptr, 16), 16, &art) ||
      !parse_u64(as_slice_make(f[1].ptr + 16, 8), 16, &seq) || f[2].len != 1 ||
      (f[2].ptr[0] != 'C' && f[2].ptr[0] != 'L') || f[10].len != 2 || !parse_u64(f[14], 10, &ln) ||
      !parse_u64(f[15], 10, &col) || ln > UINT32_MAX || col > UINT32_MAX)
    return false;
  memset(out, 0, sizeof *out);
  out->shard = shard;
  out->article_no = art;
  out->seq = (uint32_t)seq;
  out->listing = f[2].ptr[0] == 'L';
  out->subject = f[3];
  out->property = f[4];
  out->about = f[5];
  out->value = f[6];
  out->normalized = f[7];
  out->date = f[8];
  out->part = f[9];
  out->inferred = f[10].ptr[0] == 'i';
  out->infobox = f[10].ptr[1] == 'b';
  /* the claim's id: `Article#7`, written over the ORDER field's bytes
   * would not fit; the id is the article id and the number */
  out->id = f[11];
  out->article = f[12];
  out->file = f[13];
  out->line = (uint32_t)ln;
  out->col = (uint32_t)col;
  out->sentence = f[16];
  out->start = INT64_MAX;
  if (f[17].len) {
    bool neg = f[17].ptr[0] == '-';
    uint64_t s;
    if (!parse_u64(neg ? as_slice_make(f[17].ptr + 1, f[17].len - 1) : f[17], 10, &s) || s > INT64_MAX)
      return false;
    out->start = neg ? -(int64_t)s : (int64_t)s;
  }
  return true;
}

as_conflict *as_record_finding(char *line, size_t len, as_arena *arena) {
  as_slice f[FINDING_FIELDS];
  uint64_t ln, col;
  as_diag_code code;
  if (split(line, len, f, FINDING_FIELDS) != FINDING_FIELDS || !parse_u64(f[6], 10, &ln) ||
      !parse_u64(f[7], 10, &col) || ln > UINT32_MAX || col > UINT32_MAX)
    return NULL;
  as_strbuf name = AS_STRBUF_INIT;
  as_strbuf_put_slice(&name, f[0]);
  bool known = as_diag_code_parse(as_strbuf_cstr(&name), &code);
  as_strbuf_free(&name);
  if (!known)
    return NULL;
  as_conflict *k = AS_NEW(arena, as_conflict);
  memset(k, 0, sizeof *k);
  k->code = as_slice_cstr(as_diag_code_name(code));
  as_severity sev = as_diag_code_severity(code);
  k->sev = (int)sev;
  k->severity = as_slice_cstr(as_severity_name(sev));
  k->subject = as_arena_slice(arena, f[1]);
  k->property = AS_SLICE_LIT("text");
  k->message = as_arena_slice(arena, f[2]);
  k->explanation = k->message;
  k->claims = AS_NEW(arena, as_conflict_claim);
  k->nclaims = 1;
  as_conflict_claim q = {AS_SLICE_NULL,           AS_SLICE_NULL, as_arena_slice(arena, f[3]),
                         as_arena_slice(arena, f[4]), as_arena_slice(arena, f[5]), (uint32_t)ln,
                         (uint32_t)col,           false};
  k->claims[0] = q;
  return k;
}

as_slice as_record_key(as_slice line) {
  const char *t = memchr(line.ptr, '\t', line.len);
  return as_slice_make(line.ptr, t ? (size_t)(t - line.ptr) : line.len);
}

as_slice as_record_subject_key(as_slice line) {
  as_slice k = as_record_key(line);
  const char *u = memchr(k.ptr, '\x1f', k.len);
  return as_slice_make(k.ptr, u ? (size_t)(u - k.ptr) : k.len);
}

bool as_record_people(char *line, size_t len, as_people_record *out) {
  as_slice f[5];
  size_t n = split(line, len, f, 5);
  uint64_t nth;
  if (n < 4 || f[0].len != 1 || f[1].len != 16 || !parse_u64(f[1], 16, &nth))
    return false;
  memset(out, 0, sizeof *out);
  out->kind = f[0].ptr[0];
  out->nth = nth;
  out->a = f[2];
  out->b = f[3];
  if (out->kind == 'a')
    return n == 4;
  if (out->kind != 'p' || n != 5 || f[4].len != 1 || (f[4].ptr[0] != 'u' && f[4].ptr[0] != '-'))
    return false;
  out->used = f[4].ptr[0] == 'u';
  return true;
}
