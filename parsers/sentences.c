/* sentences.c: splitting a line of prose into sentences. */
/* SPDX-License-Identifier: MIT */
#include <ctype.h>
#include <string.h>

#include "../core/utf8.h"
#include "parsers.h"

/* Words that end with a period without ending the sentence when a capital
 * follows: titles, ranks, months, and the usual Latin and English
 * abbreviations. "etc." is left out: it ends sentences more often. */
static const char *const abbreviations[] = {
    "Adm", "Apr", "Aug", "Bros", "Brig", "Capt", "Cdr", "Cmdr", "Co", "Col", "Corp", "Cpl",
    "Dec", "Dr", "Esq", "Feb", "Fr", "Ft", "Gen", "Gens", "Gov", "Hon", "Inc", "Jan", "Jr",
    "Jul", "Jun", "Lieut", "Lt", "Ltd", "Maj", "Messrs", "Mlle", "Mme", "Mr", "Mrs", "Ms",
    "Mt", "No", "Nos", "Nov", "Oct", "Ph", "Pres", "Prof", "Pvt", "Rep", "Rev", "Sen", "Sep",
    "Sept", "Sgt", "Sr", "St", "Ste", "Supt", "al", "app", "approx", "c", "ca", "cf", "ed", "eds", "vol",
    "vs", "viz", "op", "Op", "Opp", "Vol", "pp", "fl",
};

static bool is_abbreviation(const char *w, size_t n) {
  for (size_t i = 0; i < sizeof abbreviations / sizeof *abbreviations; i++)
    if (abbreviations[i][0] == w[0] && strlen(abbreviations[i]) == n && memcmp(abbreviations[i], w, n) == 0)
      return true;
  return false;
}

static bool is_blank_byte(char c) { return c == ' ' || c == '\t'; }

static bool is_closer(const char *s, size_t n, size_t i, size_t *len) {
  if (s[i] == '"' || s[i] == '\'' || s[i] == ')' || s[i] == ']') {
    *len = 1;
    return true;
  }
  /* ” U+201D, ’ U+2019, » U+00BB */
  if (i + 3 <= n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
      ((unsigned char)s[i + 2] == 0x9D || (unsigned char)s[i + 2] == 0x99)) {
    *len = 3;
    return true;
  }
  if (i + 2 <= n && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xBB) {
    *len = 2;
    return true;
  }
  return false;
}

/* Is cp a capital of Latin Extended-A or -B, or of Latin Extended
 * Additional? Capitals and small letters mostly alternate there, but the
 * parity flips inside the blocks: `Ł` (U+0141) and `Ž` (U+017D) are odd. */
static bool latin_ext_capital(uint32_t cp) {
  if (cp <= 0x137)
    return (cp & 1) == 0; /* Ā ā ... Ķ ķ */
  if (cp <= 0x148)
    return cp != 0x138 && (cp & 1); /* ĸ, then Ĺ ĺ ... Ň ň */
  if (cp <= 0x177)
    return cp != 0x149 && (cp & 1) == 0; /* ŉ, then Ŋ ŋ ... Ŷ ŷ */
  if (cp <= 0x17F)
    return cp == 0x178 || (cp != 0x17F && (cp & 1)); /* Ÿ Ź ź Ż ż Ž ž ſ */
  if (cp >= 0x1CD && cp <= 0x1DC)
    return cp & 1; /* Ǎ ǎ ... Ǜ ǜ */
  if ((cp >= 0x1DE && cp <= 0x1EF) || (cp >= 0x1F8 && cp <= 0x21F) || (cp >= 0x222 && cp <= 0x233))
    return (cp & 1) == 0; /* Ǟ ... Ș ș Ț ț ... */
  if (cp >= 0x1E00 && cp <= 0x1EFF)
    return cp == 0x1E9E || ((cp < 0x1E96 || cp > 0x1E9F) && (cp & 1) == 0); /* Ḁ ... Ỿ */
  return false;
}

/* Can a sentence start at s[i]? A capital, a digit, an opening quote or
 * bracket, or a letter of a script without case. Punctuation and symbols
 * cannot: `"..." — Leclerc` is one sentence, not two. */
static bool can_start(const char *s, size_t n, size_t i) {
  unsigned char c = (unsigned char)s[i];
  if (c < 0x80)
    return isupper(c) || isdigit(c) || c == '"' || c == '\'' || c == '(' || c == '[';
  uint32_t cp;
  as_utf8_decode(s + i, n - i, &cp);
  if (cp == 0x201C || cp == 0x2018 || cp == 0x201E || cp == 0xAB || cp == 0xBF || cp == 0xA1)
    return true; /* “ ‘ „ « ¿ ¡ */
  if (cp < 0xC0)
    return false; /* Latin-1 punctuation and signs */
  if (cp <= 0xDE)
    return cp != 0xD7; /* Latin-1 capitals, not × */
  if (cp <= 0xFF)
    return false; /* Latin-1 small letters and ÷ */
  if (cp <= 0x24F || (cp >= 0x1E00 && cp <= 0x1EFF))
    return latin_ext_capital(cp);
  if (cp < 0x370)
    return false; /* IPA, modifier letters, combining marks */
  if (cp <= 0x3FF) /* Greek: capitals, with and without tonos */
    return cp == 0x386 || (cp >= 0x388 && cp <= 0x38F) || (cp >= 0x391 && cp <= 0x3AB);
  if (cp <= 0x42F)
    return true; /* Cyrillic capitals */
  if (cp <= 0x45F)
    return false; /* Cyrillic small letters */
  if (cp <= 0x52F) { /* the rest of Cyrillic: pairs, capital first */
    if (cp >= 0x482 && cp <= 0x489)
      return false; /* signs and combining marks */
    if (cp == 0x4C0)
      return true;
    if (cp >= 0x4C1 && cp <= 0x4CF)
      return cp != 0x4CF && (cp & 1);
    return (cp & 1) == 0;
  }
  if (cp >= 0x531 && cp <= 0x556)
    return true; /* Armenian capitals */
  if (cp >= 0x557 && cp <= 0x58F)
    return false;
  if (cp >= 0x2000 && cp <= 0x2BFF)
    return false; /* punctuation, dashes, symbols, arrows */
  if (cp >= 0x3000 && cp <= 0x303F)
    return cp == 0x300C || cp == 0x300E; /* CJK punctuation: only 「 『 open */
  return true; /* other scripts: no case to go by */
}

/* The word of s that ends right before s[e] (after its blank): its start,
 * or e when there is none. */
static size_t word_before(const char *s, size_t e) {
  if (e == 0 || !is_blank_byte(s[e - 1]))
    return e;
  size_t b = e - 1;
  while (b > 0 && !is_blank_byte(s[b - 1]))
    b--;
  return b;
}

/* `Queen Elizabeth I.`, `Tsar Alexander I.`, `Emperor Napoleon V.`: the
 * letter at s[b] is a ruler's number after a title and a name, not an
 * initial (`Isidor I. Rabi`), so its period may end the sentence. */
static bool regnal_one(const char *s, size_t b) {
  if (s[b] != 'I' && s[b] != 'V' && s[b] != 'X')
    return false;
  size_t name = word_before(s, b);
  if (name == b || !isupper((unsigned char)s[name]))
    return false;
  size_t title = word_before(s, name);
  if (title == name)
    return false;
  static const char *const titles[] = {"King", "Queen", "Emperor", "Empress", "Tsar", "Tsarina", "Czar",
                                       "Pope", "Sultan", "Shah", "Kaiser", NULL};
  size_t len = name - 1 - title;
  for (size_t k = 0; titles[k]; k++)
    if (strlen(titles[k]) == len && memcmp(s + title, titles[k], len) == 0)
      return true;
  return false;
}

/* Is the period at s[dot] part of an abbreviation or an initial? */
static bool period_is_abbreviation(const char *s, size_t dot) {
  size_t b = dot;
  while (b > 0 && (isalpha((unsigned char)s[b - 1]) || s[b - 1] == '.'))
    b--;
  /* the word must start the text or follow a blank, an opening bracket
   * or a hyphen (`Sub-Lt.`, `Major-Gen.`) */
  if (b > 0 && !(is_blank_byte(s[b - 1]) || s[b - 1] == '(' || s[b - 1] == '[' || s[b - 1] == '"' || s[b - 1] == '-'))
    return false;
  size_t n = dot - b;
  if (n == 0)
    return false;
  if (n == 1 && isupper((unsigned char)s[b]))
    return !regnal_one(s, b); /* an initial: "Andrés A. Cáceres", "James G. Blaine" */
  if (memchr(s + b, '.', n))
    return true; /* "U.S.", "e.g.", "D.C." */
  return is_abbreviation(s + b, n);
}

/* `the university.In 2001`, `she died in 2000.Manfred`: a sentence glued
 * to the next where the conversion cut a footnote and its space. The
 * period at s[dot] ends a word of two small letters or more (not `e.g.`,
 * not an abbreviation) or a year; s[next] is a capital and a small letter
 * (`84.Korps`, `ASP.NET`, `kristeva.fr` stay whole). */
static bool glued(const char *s, size_t n, size_t dot, size_t next) {
  if (next + 1 >= n || !isupper((unsigned char)s[next]) || !islower((unsigned char)s[next + 1]))
    return false;
  size_t b = dot;
  while (b > 0 && islower((unsigned char)s[b - 1]))
    b--;
  size_t letters = dot - b;
  if (letters == 0) {
    while (b > 0 && isdigit((unsigned char)s[b - 1]))
      b--;
    if (dot - b != 4)
      return false;
  } else if (letters < 2 || is_abbreviation(s + b, letters)) {
    return false;
  }
  return b == 0 || is_blank_byte(s[b - 1]) || s[b - 1] == '(' || s[b - 1] == '"' || s[b - 1] == '-';
}

bool as_sentence_next(as_slice text, size_t *pos, size_t *start, size_t *end) {
  const char *s = text.ptr;
  size_t n = text.len, i = *pos;
  while (i < n && is_blank_byte(s[i]))
    i++;
  if (i >= n) {
    *pos = n;
    return false;
  }
  *start = i;
  for (; (i = as_bytes_find3(s, i, n, '.', '!', '?')) < n; i++) {
    char c = s[i];
    size_t j = i + 1, cl;
    while (j < n && (s[j] == '.' || s[j] == '!' || s[j] == '?'))
      j++;
    while (j < n && is_closer(s, n, j, &cl))
      j += cl;
    if (j >= n)
      break;
    if (c == '.' && !is_blank_byte(s[j]) && glued(s, n, i, j)) {
      *end = j;
      *pos = j;
      return true;
    }
    if (!is_blank_byte(s[j]))
      continue;
    size_t k = j;
    while (k < n && is_blank_byte(s[k]))
      k++;
    if (k >= n)
      break;
    if (!can_start(s, n, k))
      continue;
    if (c == '.' && j == i + 1 && period_is_abbreviation(s, i))
      continue;
    *end = j;
    *pos = k;
    return true;
  }
  size_t e = n;
  while (e > *start && is_blank_byte(s[e - 1]))
    e--;
  *end = e;
  *pos = n;
  return true;
}
