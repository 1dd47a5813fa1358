/* people.c: comparing people's names (Unicode normalization and case
 * folding by utf8proc) and the run's registry of people, so that one person
 * has one canonical name in every article of a run. */
/* SPDX-License-Identifier: MIT */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "../core/mem.h"
#include "../core/strbuf.h"
#include "parsers.h"

/* True if utf8proc would leave s as it is but for the case of its letters
 * (the fold below does that case): ASCII, and the letters U+00C0 to U+00FF
 * but ß (two bytes, C3 80 to C3 BF), which no composition or case fold
 * makes longer. Most names are such; utf8proc_map costs far more. */
static bool latin1_only(as_slice s) {
  for (size_t i = 0; i < s.len; i++) {
    unsigned char c = (unsigned char)s.ptr[i];
    if (c < 0x80)
      continue;
    if (c != 0xC3 || i + 1 >= s.len)
      return false;
    unsigned char d = (unsigned char)s.ptr[++i];
    if (d < 0x80 || d > 0xBF || d == 0x9F)
      return false;
  }
  return true;
}

/* The base letter of each Latin-1 letter U+00C0 to U+00FF (the second
 * byte of its UTF-8, 0x80 to 0xBF) whose accent is a mark, lower case;
 * 0 for those of none (Æ, Ð, ×, Ø, Þ, ß and their small forms), which keep
 * themselves, as utf8proc's mark stripping does. */
static const char latin1_base[64] = "aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0\0aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0y";

void as_name_fold(as_slice s, as_strbuf *out) {
  as_strbuf_clear(out);
  utf8proc_uint8_t *folded = NULL;
  if (!latin1_only(s)) {
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s.ptr, (utf8proc_ssize_t)s.len, &folded,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
    if (n >= 0)
      s = as_slice_make((const char *)folded, (size_t)n);
    else
      folded = NULL; /* invalid UTF-8 cannot reach here; fold the bytes as they are */
  }
  /* the fold only drops bytes: written straight into room for all of s */
  as_strbuf_reserve(out, s.len);
  char *w = out->ptr;
  bool space = false;
  for (size_t i = 0; i < s.len; i++) {
    unsigned char c = (unsigned char)s.ptr[i];
    if (c == ' ' || c == '\t') {
      space = w > out->ptr;
      continue;
    }
    if (c == '.' || c == '"') /* `A.` is the initial `a`; `James Cleveland "Jesse" Owens` is Jesse */
      continue;
    if (space)
      *w++ = ' ';
    space = false;
    if ((unsigned)(c - 'A') < 26u)
      c |= 0x20;
    else if (c == 0xC3 && !folded && i + 1 < s.len) {
      /* `Cáceres` is `Caceres`, `Ørsted` `ørsted` */
      unsigned char d = (unsigned char)s.ptr[++i];
      char base = d >= 0x80 && d <= 0xBF ? latin1_base[d - 0x80] : 0;
      if (base) {
        *w++ = base;
        continue;
      }
      *w++ = (char)c;
      c = d >= 0x80 && d <= 0x9E && d != 0x97 ? (unsigned char)(d + 0x20) : d; /* Æ...Þ but × */
    }
    *w++ = (char)c;
  }
  out->len = (size_t)(w - out->ptr);
  out->ptr[out->len] = '\0';
  free(folded);
}

/* The length of the first code point of w. */
static size_t first_cp_len(as_slice w) {
  size_t n = 1;
  while (n < w.len && ((unsigned char)w.ptr[n] & 0xC0) == 0x80)
    n++;
  return n;
}

/* Two folded words name the same part of a name: equal, or one is the
 * other's initial (`a` / `avelino`). */
static bool word_matches(as_slice a, as_slice b) {
  if (as_slice_eq(a, b))
    return true;
  size_t la = first_cp_len(a), lb = first_cp_len(b);
  if (la == a.len && la <= b.len && memcmp(a.ptr, b.ptr, la) == 0)
    return true;
  return lb == b.len && lb <= a.len && memcmp(a.ptr, b.ptr, lb) == 0;
}

static as_slice word_at(as_slice s, size_t *pos) {
  size_t i = *pos, b = i;
  while (i < s.len && s.ptr[i] != ' ')
    i++;
  *pos = i < s.len ? i + 1 : i;
  return as_slice_make(s.ptr + b, i - b);
}

size_t as_name_words(as_slice folded) {
  size_t n = folded.len ? 1 : 0;
  for (size_t i = 0; i < folded.len; i++)
    n += folded.ptr[i] == ' ';
  return n;
}

/* A word that binds the next into one given name (`Abdul Karim`: Karim
 * is no name of his own) or makes it a father's (`Said bin Ali`). */
static bool binding_word(as_slice w) {
  static const char *const words[] = {"abdul", "abd", "abdel", "abdal", "abdur", "abdus", "abu",
                                      "bin", "ibn", "bint", "binti", "ben", NULL};
  for (size_t k = 0; words[k]; k++)
    if (as_slice_eq_cstr(w, words[k]))
      return true;
  return false;
}

/* The folded name's last word is `elder`, `younger` or `minor` (`carl
 * linnaeus the younger`, `sitting bull the minor`): it tells a father and
 * a son, or two namesakes, of one name apart. */
static bool elder_younger(as_slice folded) {
  size_t i = folded.len;
  while (i > 0 && folded.ptr[i - 1] != ' ')
    i--;
  as_slice w = as_slice_make(folded.ptr + i, folded.len - i);
  return as_slice_eq_cstr(w, "elder") || as_slice_eq_cstr(w, "younger") || as_slice_eq_cstr(w, "minor");
}

int as_name_generation(as_slice folded) {
  static const char *const younger[] = {"younger", "minor", "jr", "junior", "ii", "iii", NULL};
  static const char *const elder[] = {"elder", "sr", "senior", NULL};
  size_t i = folded.len;
  while (i > 0 && folded.ptr[i - 1] != ' ')
    i--;
  if (i == 0)
    return 0; /* one word: no suffix */
  as_slice w = as_slice_make(folded.ptr + i, folded.len - i);
  for (size_t k = 0; younger[k]; k++)
    if (as_slice_eq_cstr(w, younger[k]))
      return 1;
  for (size_t k = 0; elder[k]; k++)
    if (as_slice_eq_cstr(w, elder[k]))
      return -1;
  return 0;
}

/* A folded regnal number: `i`, `ii`, `xiv` (as_roman_numeral's, in
 * lower case; at most four letters). */
static bool regnal_number(as_slice w) {
  char up[4];
  if (!w.len || w.len > sizeof up)
    return false;
  for (size_t i = 0; i < w.len; i++)
    up[i] = (char)toupper((unsigned char)w.ptr[i]);
  return as_roman_numeral(as_slice_make(up, w.len));
}

/* `Frederick I` is not `Frederick William I`, his grandson: a monarch's
 * one given name and number are not a longer name's first given name and
 * the same number (but `Louis XIV` is `Louis XIV of France`). */
static bool other_regnal(as_slice shorter, as_slice longer) {
  if (as_name_words(shorter) != 2)
    return false;
  size_t i = 0, j = 0;
  as_slice given = word_at(shorter, &i), number = word_at(shorter, &i);
  if (!regnal_number(number) || !as_slice_eq(given, word_at(longer, &j)))
    return false;
  as_slice second = word_at(longer, &j);
  if (as_slice_eq(second, number))
    return false;
  while (j < longer.len)
    if (as_slice_eq(word_at(longer, &j), number))
      return !as_slice_eq_cstr(second, "of");
  return false;
}

bool as_name_bound(as_slice shorter, as_slice longer) {
  /* `Carl Linnaeus` is not `Carl Linnaeus the Younger`, his son */
  if (elder_younger(longer) && !elder_younger(shorter) && as_name_words(shorter) >= 2)
    return true;
  if (other_regnal(shorter, longer))
    return true;
  size_t i = 0, j = 0;
  as_slice first = word_at(shorter, &i), prev = as_slice_make(longer.ptr, 0);
  if (i >= shorter.len)
    return false; /* one word: `Karim` may be anyone's */
  while (j < longer.len) {
    as_slice v = word_at(longer, &j);
    if (as_slice_eq(first, v))
      return binding_word(prev);
    prev = v;
  }
  return false;
}

bool as_name_within(as_slice shorter, as_slice longer) {
  size_t words = as_name_words(shorter), lwords = as_name_words(longer);
  size_t i = 0, j = 0, wi = 0, wj = 0;
  as_slice before = AS_SLICE_NULL; /* the longer's word before v */
  /* a given name of the longer's, written out, that no word matched: an
   * initial after it is no longer the shorter's given name (`Benjamin
   * Butler` is not `Frederic B. Butler`) */
  bool passed = false;
  while (i < shorter.len) {
    as_slice w = word_at(shorter, &i);
    wi++;
    bool found = false;
    while (j < longer.len) {
      as_slice v = word_at(longer, &j);
      wj++;
      /* an initial stands for a given name, never for a surname, and a
       * one-word name is never an initial's word; nor is it the father's
       * name after `bin` (`Said` is not `Barghash bin Said`) */
      bool father = words == 1 && before.len == 3 &&
                    (strncasecmp(before.ptr, "bin", 3) == 0 || strncasecmp(before.ptr, "ibn", 3) == 0);
      /* nor the land of a name (`Holstein-Gottorp` of `Joanna Elisabeth of
       * Holstein-Gottorp`: the house, not her) */
      father = father || (words == 1 && as_slice_eq_cstr(before, "of"));
      before = v;
      bool ok = (as_slice_eq(w, v) && !father) ||
                (words > 1 && wi < words && wj < lwords && !passed && word_matches(w, v)) ||
                /* `Marie Curie` in `Marie Salomea Skłodowska-Curie`: a surname as the
                 * last part of a double one */
                (wi == words && v.len > w.len + 1 && v.ptr[v.len - w.len - 1] == '-' &&
                 memcmp(v.ptr + v.len - w.len, w.ptr, w.len) == 0);
      if (ok) {
        found = true;
        break;
      }
      passed = passed || first_cp_len(v) < v.len;
    }
    if (!found)
      return false;
  }
  /* a lone initial names nobody */
  return words > 1 || first_cp_len(shorter) < shorter.len;
}

/* ---- the run's registry ---- */

typedef struct {
  char *key, *canon; /* folded; as first written */
  size_t key_len, canon_len;
} person;

struct as_people {
  person *v;
  size_t n, cap;
  /* folded last word → person ids (open addressing on the word's hash) */
  struct bucket {
    char *word;
    size_t *ids, n, cap;
  } *slots;
  size_t nslots, used;
  as_strbuf buf;
};

as_people *as_people_new(void) {
  as_people *p = as_xcalloc(1, sizeof *p);
  p->nslots = 256;
  p->slots = as_xcalloc(p->nslots, sizeof *p->slots);
  return p;
}

void as_people_free(as_people *p) {
  if (!p)
    return;
  for (size_t i = 0; i < p->n; i++) {
    free(p->v[i].key);
    free(p->v[i].canon);
  }
  for (size_t i = 0; i < p->nslots; i++) {
    free(p->slots[i].word);
    free(p->slots[i].ids);
  }
  free(p->slots);
  free(p->v);
  as_strbuf_free(&p->buf);
  free(p);
}

static struct bucket *bucket_for(as_people *p, as_slice word, bool create);

static void grow(as_people *p) {
  struct bucket *old = p->slots;
  size_t n = p->nslots;
  p->nslots *= 2;
  p->slots = as_xcalloc(p->nslots, sizeof *p->slots);
  for (size_t i = 0; i < n; i++)
    if (old[i].word) {
      size_t h = as_slice_hash(as_slice_cstr(old[i].word)) & (p->nslots - 1);
      while (p->slots[h].word)
        h = (h + 1) & (p->nslots - 1);
      p->slots[h] = old[i];
    }
  free(old);
}

static struct bucket *bucket_for(as_people *p, as_slice word, bool create) {
  if (create && (p->used + 1) * 2 > p->nslots)
    grow(p);
  for (size_t h = as_slice_hash(word) & (p->nslots - 1);; h = (h + 1) & (p->nslots - 1)) {
    struct bucket *b = &p->slots[h];
    if (!b->word) {
      if (!create)
        return NULL;
      b->word = as_xstrndup(word.ptr, word.len);
      p->used++;
      return b;
    }
    if (strlen(b->word) == word.len && memcmp(b->word, word.ptr, word.len) == 0)
      return b;
  }
}

static as_slice last_word(as_slice folded) {
  size_t i = folded.len;
  while (i > 0 && folded.ptr[i - 1] != ' ')
    i--;
  return as_slice_make(folded.ptr + i, folded.len - i);
}

static as_slice first_word(as_slice folded) {
  size_t i = 0;
  return word_at(folded, &i);
}

static void add_person(as_people *p, as_slice key, as_slice canon) {
  if (p->n == p->cap) {
    p->cap = p->cap ? p->cap * 2 : 64;
    p->v = as_xrealloc(p->v, p->cap * sizeof *p->v);
  }
  person *e = &p->v[p->n];
  e->key = as_xstrndup(key.ptr, key.len);
  e->key_len = key.len;
  e->canon = as_xstrndup(canon.ptr, canon.len);
  e->canon_len = canon.len;
  struct bucket *b = bucket_for(p, last_word(key), true);
  if (b->n == b->cap) {
    b->cap = b->cap ? b->cap * 2 : 4;
    b->ids = as_xrealloc(b->ids, b->cap * sizeof *b->ids);
  }
  b->ids[b->n++] = p->n++;
}

as_slice as_people_resolve(as_people *p, as_slice name) {
  as_name_fold(name, &p->buf);
  as_slice key = as_strbuf_slice(&p->buf);
  if (as_name_words(key) < 2)
    return name;
  struct bucket *b = bucket_for(p, last_word(key), false);
  const person *found = NULL;
  size_t hits = 0;
  for (size_t i = 0; b && i < b->n; i++) {
    const person *e = &p->v[b->ids[i]];
    as_slice ek = as_slice_make(e->key, e->key_len);
    /* a shorter form of a known name, or a longer one that keeps its
     * first word (`Andrés Cáceres` → `Andrés Avelino Cáceres`); a longer
     * one with another first word (`Pedro Diez Canseco` after `Diez
     * Canseco`) may be someone else and is not merged */
    bool same = (as_name_within(key, ek) && !as_name_bound(key, ek)) ||
                (as_name_within(ek, key) && word_matches(first_word(ek), first_word(key)));
    if (same) {
      found = e;
      hits++;
    }
  }
  if (hits == 1)
    return as_slice_make(found->canon, found->canon_len);
  if (hits == 0)
    add_person(p, key, name);
  return name;
}
