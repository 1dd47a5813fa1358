/* tokens.c: the prose tokenizer shared by the date and quantity scanners. */
/* SPDX-License-Identifier: MIT */
#include "tokens.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <pthread.h>

#include "../core/mem.h"
#include "../core/utf8.h"
#include "parsers.h"

static inline bool is_blank_cp(uint32_t cp) {
  if (cp < 0x80)
    return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n';
  return cp == 0xA0 || cp == 0x2009 || cp == 0x202F || cp == 0x2007 || (cp >= 0x2000 && cp <= 0x200A);
}

static inline bool is_dash_cp(uint32_t cp) {
  if (cp < 0x80)
    return cp == '-';
  return (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}

/* The bits that all eight bytes of x have. */
static inline unsigned and_bytes(uint64_t x) {
  x &= x >> 32;
  x &= x >> 16;
  x &= x >> 8;
  return (unsigned)(x & 0xFF);
}

/* The ASCII letters that start p[0..n), eight bytes a step; *small keeps
 * only the bits all of them have (0x20 stays if all are small letters). */
static inline size_t ascii_letters(const char *p, size_t n, unsigned *small) {
  const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  size_t i = 0;
  uint64_t all = ~(uint64_t)0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    memcpy(&x, p + i, 8);
    uint64_t y = (x | ones * 0x20) & ~highs;
    /* high bit of each byte: y >= 'a', and y > 'z'; x's own high bit */
    uint64_t ge_a = (y + ones * (0x80 - 'a')) & highs, gt_z = (y + ones * (0x80 - 'z' - 1)) & highs;
    uint64_t not_letter = (~ge_a | gt_z | x) & highs;
    if (not_letter) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      size_t k = (size_t)__builtin_ctzll(not_letter) / 8;
      uint64_t mask = k ? (~(uint64_t)0 >> (64 - 8 * k)) : 0;
      all &= x | ~mask;
      i += k;
      *small &= and_bytes(all);
      return i;
#else
      break;
#endif
    }
    all &= x;
  }
  *small &= and_bytes(all);
  unsigned char b;
  while (i < n && (unsigned)(((b = (unsigned char)p[i]) | 0x20) - 'a') < 26u) {
    *small &= b;
    i++;
  }
  return i;
}

/* Letters of any script count as word characters; the punctuation of the
 * General Punctuation and Latin-1 blocks does not. */
static inline bool is_word_cp(uint32_t cp) {
  if (cp < 0x80)
    return ((cp | 0x20) - 'a') < 26;
  if (cp == 0xFFFD || (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 ||
      cp == 0xF7 || (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F))
    return false;
  return true;
}

static bool is_apostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019; }

static const char *const keywords[] = {AS_KEYWORD_TABLE};

/* Every word of the prose is looked up once: an open-addressing hash
 * table of the keywords, built once (pthread_once: safe with threads). A word
 * of up to 16 bytes is its key: two 64-bit halves, zero-padded, with the
 * ASCII capitals lowered (tolower in the C locale), so hashing it and
 * comparing it with a keyword costs a few word operations, not a loop. A
 * slot holds the keyword and 16 more bits of the hash. */
#define KW_SLOTS 4096 /* a power of two, over three times the keywords */
#define KW_MAX 16     /* longer words are no keyword */
typedef struct {
  uint64_t lo, hi;
} kw_key;
/* Such a table over a list of lower-case words: the keywords, the count
 * nouns. */
typedef struct {
  uint32_t *slots; /* hash bits << 16 | (word + 1), or 0 */
  uint32_t mask;   /* slots - 1 (their number is a power of two) */
  kw_key *keys;    /* by word */
  uint8_t *len;
} word_table;

static uint32_t kw_slots[KW_SLOTS];
static kw_key kw_keys[sizeof keywords / sizeof *keywords];
static uint8_t kw_len[sizeof keywords / sizeof *keywords];
static const word_table kw_table = {kw_slots, KW_SLOTS - 1, kw_keys, kw_len};
static pthread_once_t kw_once = PTHREAD_ONCE_INIT;

/* The eight bytes of x with the ASCII capitals made small letters: a
 * capital's high bit, shifted to 0x20, is or'ed in. */
static inline uint64_t lower8(uint64_t x) {
  const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  uint64_t t = x & ~highs;
  uint64_t caps = (t + ones * (0x80 - 'A')) & ~(t + ones * (0x7F - 'Z')) & ~x & highs;
  return x | (caps >> 2);
}

/* The key of p[0..n), n <= KW_MAX: byte i is bits 8i..8i+7 of the
 * 16-byte number (lo, hi). Built from the bytes (through a buffer, its
 * loads would wait for the byte stores), or, on a little-endian machine
 * with 16 bytes readable from p (room: p + 16 <= end), loaded as it is. */
static inline kw_key key_of(const char *p, size_t n, size_t room) {
  kw_key k = {0, 0};
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (room >= 16) {
    memcpy(&k.lo, p, 8);
    memcpy(&k.hi, p + 8, 8);
    if (n < 8) {
      k.lo &= ((uint64_t)1 << (8 * n)) - 1;
      k.hi = 0;
    } else if (n < 16) {
      k.hi &= ((uint64_t)1 << (8 * (n - 8))) - 1;
    }
    k.lo = lower8(k.lo);
    k.hi = lower8(k.hi);
    return k;
  }
#endif
  for (size_t i = 0; i < n && i < 8; i++)
    k.lo |= (uint64_t)(unsigned char)p[i] << (8 * i);
  for (size_t i = 8; i < n; i++)
    k.hi |= (uint64_t)(unsigned char)p[i] << (8 * (i - 8));
  k.lo = lower8(k.lo);
  k.hi = lower8(k.hi);
  return k;
}

static inline uint32_t key_hash(kw_key k, size_t n) {
  uint64_t h = (k.lo * 0x9E3779B97F4A7C15ULL) ^ (k.hi * 0xC2B2AE3D27D4EB4FULL) ^ n;
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ULL;
  return (uint32_t)(h >> 32);
}

/* Fills t with the n words (longer than KW_MAX: left out, never found). */
static void table_fill(const word_table *t, const char *const *words, size_t n) {
  for (size_t k = 0; k < n; k++) {
    size_t len = strlen(words[k]);
    if (len > KW_MAX)
      continue;
    t->len[k] = (uint8_t)len;
    t->keys[k] = key_of(words[k], len, 0); /* the words are lower case: unchanged */
    uint32_t full = key_hash(t->keys[k], len), h = full & t->mask;
    while (t->slots[h])
      h = (h + 1) & t->mask;
    t->slots[h] = (full & 0xFFFF0000u) | (uint32_t)(k + 1);
  }
}

/* The word of t whose key is k (n bytes, 1 to KW_MAX), as its index + 1,
 * or 0. */
static inline int table_find(const word_table *t, kw_key k, size_t n) {
  uint32_t full = key_hash(k, n);
  for (uint32_t h = full & t->mask;; h = (h + 1) & t->mask) {
    uint32_t slot = t->slots[h];
    if (!slot)
      return 0;
    uint32_t i = (slot & 0xFFFF) - 1;
    if (!((slot ^ full) & 0xFFFF0000u) && t->len[i] == n && t->keys[i].lo == k.lo && t->keys[i].hi == k.hi)
      return (int)(i + 1);
  }
}

static void kw_build(void) { table_fill(&kw_table, keywords, sizeof keywords / sizeof *keywords); }

/* The keyword whose key is k (n bytes, 1 to KW_MAX), or AS_KW_NONE (0):
 * KW_word is its index + 1. */
static int kw_lookup(kw_key k, size_t n) { return table_find(&kw_table, k, n); }

int as_keyword(as_slice word) {
  if (word.len == 0 || word.len > KW_MAX)
    return AS_KW_NONE;
  pthread_once(&kw_once, kw_build);
  return kw_lookup(key_of(word.ptr, word.len, 0), word.len);
}

/* A word token's keyword; lower: it is only the letters a-z. */
static void word_kw(as_slice s, as_tok *t, bool lower) {
  const char *p = s.ptr + t->start;
  size_t n = t->end - t->start;
  t->lower = lower;
  size_t room = s.len - t->start;
  t->kw = n == 0 || n > KW_MAX ? AS_KW_NONE : (uint16_t)kw_lookup(key_of(p, n, room), n);
}

static void grow(as_toks *t) {
  t->cap = t->cap ? t->cap * 2 : 64;
  t->v = as_xrealloc(t->v, t->cap * sizeof *t->v);
}


static inline uint32_t cp_at(as_slice s, size_t i, size_t *len) {
  unsigned char b = (unsigned char)s.ptr[i];
  if (b < 0x80) { /* most prose is ASCII */
    *len = 1;
    return b;
  }
  uint32_t cp;
  *len = as_utf8_decode(s.ptr + i, s.len - i, &cp);
  return cp;
}

/* Digits, thousands groups (`1,800`, `10,000`: a comma then exactly three
 * digits), a decimal part, then an ordinal suffix or a plural `s`. */
static size_t scan_number(as_slice s, size_t i, as_tok *t) {
  const char *p = s.ptr;
  size_t n = s.len;
  double v = 0;
  int digits = 0;
  while (i < n && isdigit((unsigned char)p[i])) {
    v = v * 10 + (p[i++] - '0');
    digits++;
    /* `1,800` but not `1881, 1882` nor `1,80` */
    if (i + 3 < n + 0 && p[i] == ',' && isdigit((unsigned char)p[i + 1]) && isdigit((unsigned char)p[i + 2]) &&
        isdigit((unsigned char)p[i + 3]) && (i + 4 >= n || !isdigit((unsigned char)p[i + 4])) &&
        digits <= 3) {
      t->grouped = true;
      i++;
      digits = 0;
    }
  }
  if (t->grouped) /* digits counts the last group only: recount */
    digits = 0;
  t->digits = (uint8_t)(t->grouped ? 0 : (digits > 255 ? 255 : digits));
  if (i + 1 < n && p[i] == '.' && isdigit((unsigned char)p[i + 1])) {
    double scale = 0.1;
    i++;
    while (i < n && isdigit((unsigned char)p[i])) {
      v += (p[i++] - '0') * scale;
      scale /= 10;
    }
    t->decimal = true;
  }
  t->value = v;
  size_t rest = n - i;
  if (rest >= 2 && !t->decimal) {
    char a = (char)tolower((unsigned char)p[i]), b = (char)tolower((unsigned char)p[i + 1]);
    bool end = rest == 2 || !isalpha((unsigned char)p[i + 2]);
    if (end && ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
                (a == 't' && b == 'h'))) {
      t->ordinal = true;
      return i + 2;
    }
  }
  if (rest >= 1 && p[i] == 's' && (rest == 1 || !isalpha((unsigned char)p[i + 1]))) {
    t->plural = true;
    return i + 1;
  }
  if (rest >= 2 && p[i] == '\'' && p[i + 1] == 's' && (rest == 2 || !isalpha((unsigned char)p[i + 2]))) {
    t->plural = true;
    return i + 2;
  }
  return i;
}

void as_tokenize(as_slice s, as_toks *toks) {
  pthread_once(&kw_once, kw_build);
  toks->n = 0;
  size_t i = 0, len;
  bool blank = true;
  while (i < s.len) {
    uint32_t cp = cp_at(s, i, &len);
    if (is_blank_cp(cp)) {
      blank = true;
      i += len;
      continue;
    }
    /* built in place: a copy of a token written field by field stalls */
    if (toks->n == toks->cap)
      grow(toks);
    as_tok *t = &toks->v[toks->n];
    memset(t, 0, sizeof *t);
    t->start = (uint32_t)i;
    t->space_before = blank;
    blank = false;
    bool lower = false; /* a word of the letters a-z only */
    if (cp - '0' < 10u) {
      /* a clock time: `05:30`, `5:30` */
      size_t j = i;
      while (j < s.len && isdigit((unsigned char)s.ptr[j]))
        j++;
      if (j - i <= 2 && j + 2 < s.len + 0 && s.ptr[j] == ':' && isdigit((unsigned char)s.ptr[j + 1]) &&
          isdigit((unsigned char)s.ptr[j + 2]) && (j + 3 >= s.len || !isdigit((unsigned char)s.ptr[j + 3]))) {
        int h = 0;
        for (size_t k = i; k < j; k++)
          h = h * 10 + (s.ptr[k] - '0');
        int m = (s.ptr[j + 1] - '0') * 10 + (s.ptr[j + 2] - '0');
        if (h < 24 && m < 60) {
          t->kind = AS_TK_TIME;
          t->value = h * 60 + m;
          t->end = (uint32_t)(j + 3);
          toks->n++;
          i = j + 3;
          continue;
        }
      }
      t->kind = AS_TK_NUM;
      i = scan_number(s, i, t);
    } else if (is_dash_cp(cp)) {
      t->kind = AS_TK_DASH;
      i += len;
    } else if (cp == ',') {
      t->kind = AS_TK_COMMA;
      i += len;
    } else if (is_word_cp(cp)) {
      t->kind = AS_TK_WORD;
      t->cap = cp < 0x80 ? cp - 'A' < 26u
                        : utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LU ||
                              utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LT;
      /* most words are ASCII letters: skip those at once, and note whether
       * each had the small letters' bit (then they were all a-z) */
      unsigned small = cp < 0x80 ? cp : 0;
      i += len;
      while (i < s.len) {
        i += ascii_letters(s.ptr + i, s.len - i, &small);
        if (i >= s.len)
          break;
        uint32_t c2 = cp_at(s, i, &len);
        if (is_word_cp(c2)) {
          small = 0;
          i += len;
          continue;
        }
        /* an inner apostrophe: `Prado's`, `o'clock` */
        size_t l2;
        if (is_apostrophe(c2) && i + len < s.len && is_word_cp(cp_at(s, i + len, &l2))) {
          small = 0;
          i += len + l2;
          continue;
        }
        break;
      }
      lower = (small & 0x20) != 0;
    } else {
      t->kind = AS_TK_PUNCT;
      i += len;
    }
    t->end = (uint32_t)i;
    if (t->kind == AS_TK_WORD) {
      word_kw(s, t, lower);
      t->rank = t->cap && as_is_rank_token(s.ptr + t->start, t->end - t->start);
      /* `Grand Master`: a rank after `Grand` only (`Mark Master Masons`) */
      if (!t->rank && t->cap && toks->n > 0 && t->end - t->start == 6 && memcmp(s.ptr + t->start, "Master", 6) == 0) {
        const as_tok *p = &toks->v[toks->n - 1];
        t->rank = p->end - p->start == 5 && memcmp(s.ptr + p->start, "Grand", 5) == 0 && p->end + 1 == t->start;
      }
    }
    toks->n++;
  }
}

void as_toks_free(as_toks *toks) {
  free(toks->v);
  toks->v = NULL;
  toks->n = toks->cap = 0;
}

const uint16_t as_kw_ordinals[] = {
    KW_zeroth,    KW_first,      KW_second,      KW_third,      KW_fourth,     KW_fifth,     KW_sixth,
    KW_seventh,   KW_eighth,     KW_ninth,       KW_tenth,      KW_eleventh,   KW_twelfth,   KW_thirteenth,
    KW_fourteenth, KW_fifteenth, KW_sixteenth,   KW_seventeenth, KW_eighteenth, KW_nineteenth, KW_twentieth,
    AS_KW_END};

void as_kwmap_build(as_kwmap *m, const uint16_t *list) {
  memset(m, 0, sizeof *m);
  for (int i = 0; list[i] != AS_KW_END && i < 255; i++)
    if (list[i] != AS_KW_NONE && !m->pos[list[i]])
      m->pos[list[i]] = (uint8_t)(i + 1);
}

void as_kwset_add(as_kwset *s, const uint16_t *list) {
  for (int i = 0; list[i] != AS_KW_END; i++)
    s->w[list[i] >> 6] |= (uint64_t)1 << (list[i] & 63);
}


/* Lower case. */
static const char *const count_nouns[] = {
    "acres", "aircraft", "airmen", "armies", "army", "battalion", "battalions", "battleships",
    "boats", "bombers", "bombs", "brigade", "brigades", "cannon", "cannons", "carriers",
    "casualties", "centimetres", "civilians", "cm", "companies", "company", "corps", "crew",
    "crewmen", "cruisers", "day", "days", "dead", "deaths", "degrees", "destroyers", "divisions",
    "dollars", "feet", "fighters", "foot", "ft", "guns", "ha", "hectares", "horses", "hour",
    "hours", "inch", "inches", "inhabitants", "kg", "killed", "kilometers", "kilometres", "km",
    "km2", "m", "man", "marines", "members", "men", "meter", "meters", "metre", "metres", "mi",
    "mile", "miles", "minutes", "mm", "month", "months", "nights", "nmi", "officers", "people",
    "percent", "personnel", "persons", "planes", "pounds", "prisoners", "pupils", "regiment",
    "regiments", "residents", "rifles", "rounds", "sailors", "seats", "shells", "ships", "soldiers",
    "sorties", "squadron", "squadrons", "staff", "students", "submarines", "tanks", "time", "times",
    "ton", "tonnes", "tons", "troops", "trucks", "units", "vehicles", "vessels", "victims", "votes",
    "warships", "week", "weeks", "wounded", "yards", "yd", "yds", "year", "years",
};

/* The count nouns hashed as the keywords are (any case, 16 bytes at most),
 * built once: every word after a number is asked. */
#define CN_SLOTS 512 /* a power of two, over three times the nouns */
#define CN_COUNT (sizeof count_nouns / sizeof *count_nouns)
static uint32_t cn_slots[CN_SLOTS];
static kw_key cn_keys[CN_COUNT];
static uint8_t cn_len[CN_COUNT];
static const word_table cn_table = {cn_slots, CN_SLOTS - 1, cn_keys, cn_len};
static pthread_once_t cn_once = PTHREAD_ONCE_INIT;

static void cn_build(void) { table_fill(&cn_table, count_nouns, CN_COUNT); }

bool as_is_count_noun(as_slice word) {
  if (word.len == 0 || word.len > KW_MAX)
    return false;
  pthread_once(&cn_once, cn_build);
  return table_find(&cn_table, key_of(word.ptr, word.len, 0), word.len) != 0;
}
