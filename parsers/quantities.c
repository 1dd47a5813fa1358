/* quantities.c: numbers in prose and what they count.
 *
 * At each token not taken by a date: a number (digits with separators and
 * an optional scale word, or number words), an ordinal after a determiner,
 * then a bounded look back for an approximation (`a little over`) and a
 * bounded look ahead (four words) for the counted noun: a known count noun
 * or a plural wins; else, for ordinals, the last noun-like word before a
 * stop word (`the fourth internal conflict in` → conflict). */
/* SPDX-License-Identifier: MIT */
#include "quantities.h"

#include <stdlib.h>
#include <string.h>
#include <pthread.h>

#include "../core/mem.h"
#include "parsers.h"

typedef struct {
  as_slice s;
  const as_tok *t;
  size_t n;
  const bool *taken;
} P;

static bool w(const P *p, size_t i, int kw) { return i < p->n && p->t[i].kw == kw; }
static int among(const P *p, size_t i, const uint16_t *ws) {
  return i < p->n ? as_tok_kw_among(&p->t[i], ws) : -1;
}
static bool free_tok(const P *p, size_t i) { return i < p->n && !(p->taken && p->taken[i]); }
static bool glued(const P *p, size_t i) { return i < p->n && !p->t[i].space_before; }

static const uint16_t units_words[] = {KW_zero,    KW_one,       KW_two,      KW_three,    KW_four,
                                          KW_five,    KW_six,       KW_seven,    KW_eight,    KW_nine,
                                          KW_ten,     KW_eleven,    KW_twelve,   KW_thirteen, KW_fourteen,
                                          KW_fifteen, KW_sixteen,   KW_seventeen, KW_eighteen, KW_nineteen,
                                          AS_KW_END};
static const uint16_t tens_words[] = {AS_KW_NONE, AS_KW_NONE, KW_twenty, KW_thirty, KW_forty, KW_fifty, KW_sixty, KW_seventy,
                                         KW_eighty, KW_ninety, AS_KW_END};
static const uint16_t scales[] = {KW_hundred, KW_thousand, KW_million, KW_billion, AS_KW_END};
static const double scale_values[] = {100, 1e3, 1e6, 1e9};

/* Number words: `twenty-five`, `two hundred and fifty`, `a thousand`,
 * `a dozen`. Returns the tokens taken, 0 if none. */
static size_t number_words(const P *p, size_t i, double *out) {
  double total = 0, cur = 0;
  size_t j = i;
  bool any = false;
  if ((w(p, j, KW_a) || w(p, j, KW_an)) && (among(p, j + 1, scales) >= 0 || w(p, j + 1, KW_dozen))) {
    cur = 1;
    j++;
  } else if (w(p, j, KW_half) && w(p, j + 1, KW_a) && (among(p, j + 2, scales) >= 0 || w(p, j + 2, KW_dozen))) {
    cur = 0.5; /* `half a million` */
    j += 2;
  }
  for (;;) {
    int k;
    if (!free_tok(p, j))
      break;
    if ((k = among(p, j, units_words)) >= 0) {
      cur += k;
      any = true;
      j++;
    } else if ((k = among(p, j, tens_words)) >= 2) {
      cur += 10 * k;
      any = true;
      j++;
      /* twenty-five */
      int u;
      if (j < p->n && p->t[j].kind == AS_TK_DASH && glued(p, j) && glued(p, j + 1) &&
          (u = among(p, j + 1, units_words)) >= 1 && u <= 9) {
        cur += u;
        j += 2;
      }
    } else if (w(p, j, KW_dozen) && (any || cur > 0)) {
      cur = (cur ? cur : 1) * 12;
      any = true;
      j++;
    } else if ((k = among(p, j, scales)) >= 0 && (any || cur > 0)) {
      if (k == 0)
        cur = (cur ? cur : 1) * 100;
      else {
        total += (cur ? cur : 1) * scale_values[k];
        cur = 0;
      }
      any = true;
      j++;
    } else if (w(p, j, KW_and) && any && (among(p, j + 1, units_words) >= 1 || among(p, j + 1, tens_words) >= 2) &&
               j >= 1 && among(p, j - 1, scales) >= 0) {
      j++; /* two hundred and fifty */
    } else {
      break;
    }
  }
  if (!any)
    return 0;
  *out = total + cur;
  return j - i;
}

static const uint16_t stop_words[] = {
    KW_the,   KW_a,       KW_an,     KW_of,     KW_in,    KW_on,     KW_at,      KW_to,     KW_for,   KW_from,
    KW_by,    KW_with,    KW_and,    KW_or,     KW_but,   KW_as,     KW_that,    KW_which,  KW_who,   KW_whose,
    KW_was,   KW_were,    KW_is,     KW_are,    KW_had,   KW_has,    KW_have,    KW_be,     KW_been,  KW_it,
    KW_its,   KW_their,   KW_his,    KW_her,    KW_each,  KW_than,   KW_into,    KW_during, KW_while, KW_when,
    KW_where, KW_after,   KW_before, KW_against, KW_under, KW_over,  KW_toward,  KW_towards, KW_near, KW_until,
    KW_since, KW_about,   KW_among,  KW_between, KW_through, KW_across, KW_along, KW_within, KW_without, KW_not,
    KW_only,  KW_also,    KW_being,  KW_this,   KW_these, KW_those,  KW_there,   KW_then,   KW_so,    KW_if,
    KW_all,   KW_both,    KW_more,   KW_less,   KW_most,  KW_they,   KW_he,      KW_she,    KW_we,    KW_would,
    KW_could, KW_should,  KW_will,   KW_did,    KW_do,    KW_per,    KW_up,      KW_down,   KW_out,   KW_off,
    KW_again, KW_later,   KW_earlier, KW_ago,   KW_long,  KW_old,    KW_away,    KW_apart,  KW_later, AS_KW_END};

/* Words that end the look-ahead because they are verbs, not nouns. */
static const uint16_t verbs[] = {KW_came, KW_went, KW_began, KW_took, KW_made, KW_saw, KW_left, KW_arrived, KW_fell,
                                    KW_held, KW_met, KW_fought, KW_lost, KW_won, KW_plus, KW_remained, KW_became,
                                    KW_served, KW_stood, AS_KW_END};

/* What each keyword is to this scanner, as bits, built once: the lists
 * above are asked of most words, and a bit costs less than a walk. */
enum { Q_START = 1, Q_STOP = 2, Q_VERB = 4, Q_QUAL_END = 8 };
static uint8_t wclass[AS_KW_COUNT];
static pthread_once_t wclass_once = PTHREAD_ONCE_INIT;
static void wclass_build(void);

static bool is(const P *p, size_t i, unsigned bits) { return i < p->n && (wclass[p->t[i].kw] & bits); }

/* Adjective-like words a count skips over: `internal`, `armed`, `poorly`. */
static bool adjective_like(as_slice w) {
  return as_slice_ends(w, "ly") || as_slice_ends(w, "ed") || as_slice_ends(w, "al") ||
         as_slice_ends(w, "ive") || as_slice_ends(w, "ous") || as_slice_ends(w, "ic") ||
         as_slice_ends(w, "ful") || as_slice_ends(w, "less");
}

static bool plural_like(as_slice w, bool cap) {
  if (cap && as_slice_ends(w, "ese")) /* Japanese, Chinese */
    return true;
  return w.len > 3 && w.ptr[w.len - 1] == 's' && !as_slice_ends(w, "ss") && !as_slice_ends(w, "us") &&
         !as_slice_ends(w, "is") && !as_slice_ends(w, "ly");
}

/* What the number counts, looking at most six tokens ahead: a known count
 * noun or a plural wins (`150 poorly armed men`, `two small Armed Merchant
 * Cruisers`, `28 land-based and carrier aircraft`); for an ordinal, the
 * last of at most three noun-like words (`second Japanese invasion force`,
 * `fourth internal conflict`). Sets *unit and returns the index of the
 * quantity's last token (the unit, or at_num). */
static size_t counted(const P *p, size_t j, size_t at_num, bool ordinal, as_slice *unit) {
  *unit = AS_SLICE_NULL;
  size_t cand = 0, run = 0;
  for (size_t k = 0; k < 6 && j < p->n && free_tok(p, j); k++, j++) {
    const as_tok *t = &p->t[j];
    if (t->kind == AS_TK_DASH && glued(p, j) && j + 1 < p->n && glued(p, j + 1) && p->t[j + 1].kind == AS_TK_WORD)
      continue; /* well-armed, land-based */
    if (t->kind != AS_TK_WORD || is(p, j, Q_VERB))
      break;
    /* `28 land-based and carrier aircraft`: and/or inside the description */
    if (!ordinal && (w(p, j, KW_and) || w(p, j, KW_or)) && k > 0 && j + 1 < p->n &&
        p->t[j + 1].kind == AS_TK_WORD && !is(p, j + 1, Q_STOP) && !glued(p, j))
      continue;
    if (is(p, j, Q_STOP))
      break;
    as_slice word = as_tok_text(p->s, t);
    /* `1,500 Japanese marines`: a nationality before its noun */
    bool before_noun = t->cap && j + 1 < p->n && p->t[j + 1].kind == AS_TK_WORD && !p->t[j + 1].cap &&
                       !is(p, j + 1, Q_STOP | Q_VERB);
    if (as_is_count_noun(word) || (!ordinal && !before_noun && plural_like(word, t->cap))) {
      *unit = word;
      return j;
    }
    if (ordinal) {
      if (adjective_like(word) || (t->cap && !run && as_slice_ends(word, "ese")))
        continue;
      cand = j;
      if (++run == 3)
        break;
      continue;
    }
    if (t->cap) /* `Victorian restorations`, `3 Commando`: go on, a plural may follow */
      continue;
  }
  if (ordinal && run) {
    *unit = as_tok_text(p->s, &p->t[cand]);
    return cand;
  }
  return at_num;
}

/* Approximations, longest first; matched backwards from the number. */
static const uint16_t qualifiers[][5] = {
    {KW_a, KW_little, KW_more, KW_than, AS_KW_END},
    {KW_a, KW_little, KW_less, KW_than, AS_KW_END},
    {KW_no, KW_fewer, KW_than, AS_KW_END},
    {KW_no, KW_more, KW_than, AS_KW_END},
    {KW_no, KW_less, KW_than, AS_KW_END},
    {KW_as, KW_many, KW_as, AS_KW_END},
    {KW_a, KW_little, KW_over, AS_KW_END},
    {KW_a, KW_little, KW_under, AS_KW_END},
    {KW_just, KW_over, AS_KW_END},
    {KW_just, KW_under, AS_KW_END},
    {KW_well, KW_over, AS_KW_END},
    {KW_more, KW_than, AS_KW_END},
    {KW_less, KW_than, AS_KW_END},
    {KW_fewer, KW_than, AS_KW_END},
    {KW_at, KW_least, AS_KW_END},
    {KW_at, KW_most, AS_KW_END},
    {KW_up, KW_to, AS_KW_END},
    {KW_close, KW_to, AS_KW_END},
    {KW_an, KW_estimated, AS_KW_END},
    {KW_a, KW_mere, AS_KW_END},
    {KW_about, AS_KW_END},
    {KW_around, AS_KW_END},
    {KW_approximately, AS_KW_END},
    {KW_roughly, AS_KW_END},
    {KW_some, AS_KW_END},
    {KW_nearly, AS_KW_END},
    {KW_almost, AS_KW_END},
    {KW_over, AS_KW_END},
    {KW_under, AS_KW_END},
    {KW_circa, AS_KW_END},
    {KW_estimated, AS_KW_END},
    {KW_barely, AS_KW_END},
};

/* Returns the token index where the qualifier before token i starts, or i. */
static size_t qualifier_before(const P *p, size_t i) {
  if (i == 0 || !is(p, i - 1, Q_QUAL_END)) /* no phrase ends right before i */
    return i;
  for (size_t q = 0; q < sizeof qualifiers / sizeof *qualifiers; q++) {
    const uint16_t *phrase = qualifiers[q];
    size_t nw = 0;
    while (phrase[nw] != AS_KW_END)
      nw++;
    if (nw > i)
      continue;
    size_t j = i - nw, k = 0;
    while (k < nw && free_tok(p, j + k) && p->t[j + k].kw == phrase[k])
      k++;
    if (k == nw)
      return j;
  }
  return i;
}

static const uint16_t determiners[] = {KW_the, KW_his, KW_her, KW_its, KW_their, KW_our, KW_my, KW_your, AS_KW_END};

/* An ordinal in words: `third`, or `thirty-third` from a tens word, a
 * hyphen and `first` to `ninth`. Returns its value (-1 if none) and sets
 * *after to the token after it. */
static int compound_ordinal(const P *p, size_t i, size_t *after) {
  int k = among(p, i, as_kw_ordinals);
  if (k >= 0) {
    *after = i + 1;
    return k;
  }
  int u;
  if ((k = among(p, i, tens_words)) >= 2 && i + 2 < p->n && p->t[i + 1].kind == AS_TK_DASH && glued(p, i + 1) &&
      glued(p, i + 2) && (u = among(p, i + 2, as_kw_ordinals)) >= 1 && u <= 9) {
    *after = i + 3;
    return 10 * k + u;
  }
  return -1;
}

static void push(as_quantities *out, const as_quantity *q) {
  if (out->n == out->cap) {
    out->cap = out->cap ? out->cap * 2 : 16;
    out->v = as_xrealloc(out->v, out->cap * sizeof *out->v);
  }
  out->v[out->n++] = *q;
}

/* A number preceded by a capitalised word in mid-sentence belongs to a
 * name: `the Blackley 300`, `Highway 1`, `Hill 112`. */
static bool in_name(const P *p, size_t i) {
  if (i == 0)
    return false;
  const as_tok *prev = &p->t[i - 1];
  if (prev->kind == AS_TK_PUNCT && (p->s.ptr[prev->start] == '#' || p->s.ptr[prev->start] == '.'))
    return true;
  /* `CV-6`, `Ro-65`, `B-17` */
  if (prev->kind == AS_TK_DASH && glued(p, i) && glued(p, i - 1) && i >= 2 && p->t[i - 2].kind == AS_TK_WORD)
    return true;
  if (prev->kind != AS_TK_WORD || !prev->cap || i - 1 == 0 || qualifier_before(p, i) != i)
    return false;
  /* but `cost the Americans 327 killed`, `gave the Allies 40 ships`: a
   * people, whom the figure is of */
  as_slice w = as_slice_make(p->s.ptr + prev->start, prev->end - prev->start);
  if (as_slice_eq_cstr(w, "Allies") ||
      (w.len > 4 && w.ptr[w.len - 1] == 's' && as_is_nationality_word(as_slice_make(w.ptr, w.len - 1))))
    return false;
  /* (or a country, a word after the figure: `cost the United States 327
   * killed`; but `the channel France 2, Choltitz`) */
  bool word_after = i + 1 < p->n && p->t[i + 1].kind == AS_TK_WORD && !p->t[i + 1].cap;
  for (size_t b = i - 1; word_after && b > 0 && i - b <= 4 && p->t[b].kind == AS_TK_WORD && p->t[b].cap; b--)
    if (as_is_country_name(as_slice_make(p->s.ptr + p->t[b].start, prev->end - p->t[b].start)))
      return false;
  return true;
}

/* `the 1st Airborne Division`, `the Eighth Army`, `the Second World War`:
 * an ordinal before capitalised words ending in a noun is part of a name,
 * not a count (but `the second Japanese invasion force` is one). */
static bool designation(const P *p, size_t j) {
  size_t last = j;
  while (j < p->n && p->t[j].kind == AS_TK_WORD && p->t[j].cap)
    last = j++;
  if (j == last)
    return false;
  as_slice w = as_tok_text(p->s, &p->t[last]);
  /* a capitalised adjective last (`Japanese`, `Allied`) qualifies a noun
   * to come; `Assembly` is a noun */
  if (adjective_like(w) && !as_slice_ends(w, "ly"))
    return false;
  return !(as_slice_ends(w, "ese") || as_slice_ends(w, "ian") || as_slice_ends(w, "ean") ||
           as_slice_ends(w, "ish") || as_slice_ends(w, "an"));
}

/* `the 1st and 3rd Parachute Battalions`, `the 1st, 5th and 48th
 * Divisions`: numeric ordinals in a list whose last is a designation are
 * each part of a name too. j is the token after the first ordinal. */
static bool listed_designation(const P *p, size_t j) {
  bool joined = false;
  while (j + 1 < p->n) {
    const as_tok *t = &p->t[j];
    if (t->kind == AS_TK_COMMA)
      j++;
    if (w(p, j, KW_and) || w(p, j, KW_or)) {
      joined = true;
      j++;
    } else if (p->t[j - 1].kind != AS_TK_COMMA)
      return false;
    if (j >= p->n || p->t[j].kind != AS_TK_NUM || !p->t[j].ordinal)
      return false;
    if (joined)
      return designation(p, j + 1);
    j++;
  }
  return false;
}

static bool punct_is(const P *p, size_t i, const char *s) {
  return i < p->n && p->t[i].kind == AS_TK_PUNCT && as_slice_eq_cstr(as_tok_text(p->s, &p->t[i]), s);
}

/* A minus sign (`-` or U+2212) glued to the number at i, itself after a
 * blank, an opening bracket or the sentence's start. */
static bool minus_before(const P *p, size_t i) {
  if (i == 0 || !glued(p, i) || p->t[i - 1].kind != AS_TK_DASH)
    return false;
  as_slice d = as_tok_text(p->s, &p->t[i - 1]);
  if (!as_slice_eq_cstr(d, "-") && !as_slice_eq_cstr(d, "\xE2\x88\x92"))
    return false;
  return i - 1 == 0 || !glued(p, i - 1) || punct_is(p, i - 2, "(");
}

/* `5 p.m.`, `10 a.m.`, `5pm`, `11 am`: a time of day after the number at j. */
static bool clock_after(const P *p, size_t j) {
  if (w(p, j, KW_pm) || w(p, j, KW_am))
    return j + 1 >= p->n || !(p->t[j + 1].kind == AS_TK_WORD); /* not `am I` */
  if (j + 2 >= p->n || p->t[j].kind != AS_TK_WORD || !glued(p, j + 1) || !punct_is(p, j + 1, "."))
    return false;
  as_slice l = as_tok_text(p->s, &p->t[j]);
  return (as_slice_eq_cstr(l, "p") || as_slice_eq_cstr(l, "a")) && glued(p, j + 2) &&
         as_slice_eq_cstr(as_tok_text(p->s, &p->t[j + 2]), "m");
}

/* `17 °C`, `−40°F`, `45°`: a degree sign after the number, with the
 * scale's letter glued to it. Returns the unit's last token, 0 if none. */
static size_t degrees(const P *p, size_t j) {
  if (!punct_is(p, j, "\xC2\xB0"))
    return 0;
  if (j + 1 < p->n && glued(p, j + 1) && p->t[j + 1].kind == AS_TK_WORD) {
    as_slice l = as_tok_text(p->s, &p->t[j + 1]);
    if (as_slice_eq_cstr(l, "C") || as_slice_eq_cstr(l, "F") || as_slice_eq_cstr(l, "K"))
      return j + 1;
  }
  return j;
}

/* Areas and volumes: `km²`, `km2`, `m³` (a square or cube glued after a
 * length), `sq mi`, `square kilometres`, `cubic metres` (the word before
 * it). The unit grows to what is written; returns its last token. */
static size_t area_unit(const P *p, size_t from, size_t last, as_slice *unit) {
  size_t first = last;
  if (last > from && (w(p, last - 1, KW_sq) || w(p, last - 1, KW_square) || w(p, last - 1, KW_cubic)))
    first = last - 1;
  if (first == last && last + 1 < p->n && glued(p, last + 1) &&
      (punct_is(p, last + 1, "\xC2\xB2") || punct_is(p, last + 1, "\xC2\xB3") ||
       (p->t[last + 1].kind == AS_TK_NUM && p->t[last + 1].digits == 1 && !p->t[last + 1].decimal &&
        (p->t[last + 1].value == 2 || p->t[last + 1].value == 3) &&
        (last + 2 >= p->n || !glued(p, last + 2) || p->t[last + 2].kind != AS_TK_WORD))))
    last++;
  *unit = as_slice_make(p->s.ptr + p->t[first].start, p->t[last].end - p->t[first].start);
  return last;
}

/* Q_START: the words a quantity can start with: number words, `a`/`an`
 * (`a dozen`), ordinals. Q_QUAL_END: the last words of the qualifiers. */
static void wclass_build(void) {
  const uint16_t *starts[] = {units_words, tens_words, as_kw_ordinals};
  for (size_t l = 0; l < sizeof starts / sizeof *starts; l++)
    for (size_t k = 0; starts[l][k] != AS_KW_END; k++)
      wclass[starts[l][k]] |= Q_START;
  wclass[KW_a] |= Q_START;
  wclass[KW_an] |= Q_START;
  wclass[KW_half] |= Q_START;
  for (size_t k = 0; stop_words[k] != AS_KW_END; k++)
    wclass[stop_words[k]] |= Q_STOP;
  for (size_t k = 0; verbs[k] != AS_KW_END; k++)
    wclass[verbs[k]] |= Q_VERB;
  for (size_t q = 0; q < sizeof qualifiers / sizeof *qualifiers; q++) {
    size_t nw = 0;
    while (qualifiers[q][nw] != AS_KW_END)
      nw++;
    wclass[qualifiers[q][nw - 1]] |= Q_QUAL_END;
  }
  wclass[AS_KW_NONE] = 0;
}

size_t as_number_words(const as_tok *t, size_t n, size_t i, double *out) {
  P p = {AS_SLICE_NULL, t, n, NULL};
  return number_words(&p, i, out);
}

void as_quantity_scan(as_slice text, const as_toks *toks, const bool *taken, as_quantities *out) {
  P p = {text, toks->v, toks->n, taken};
  pthread_once(&wclass_once, wclass_build);
  size_t i = 0;
  size_t prev_n = out->n, prev_last = 0; /* the quantity before: its index in out, its last token */
  while (i < p.n) {
    if (!free_tok(&p, i)) {
      i++;
      continue;
    }
    const as_tok *t = &p.t[i];
    if (t->kind != AS_TK_NUM && !(wclass[t->kw] & Q_START)) { /* only numbers and number words start one */
      i++;
      continue;
    }
    as_quantity q;
    memset(&q, 0, sizeof q);
    size_t after; /* first token after the number */
    int k;
    if (t->kind == AS_TK_NUM && !t->plural) {
      if (in_name(&p, i)) {
        i++;
        continue;
      }
      q.value = t->value;
      q.ordinal = t->ordinal;
      after = i + 1;
      if (!q.ordinal && (k = among(&p, after, scales)) >= 0 && free_tok(&p, after)) {
        q.value *= scale_values[k];
        after++;
      }
    } else if ((k = compound_ordinal(&p, i, &after)) >= 1 &&
               ((i > 0 && among(&p, i - 1, determiners) >= 0) || w(&p, after, KW_time))) {
      q.value = k;
      q.ordinal = true;
    } else {
      /* `the Three Rivers Regiment`, `the Seven Years' War`: a capitalised
       * number word inside a sentence, before a capital, names */
      if (t->cap && i > 0 && p.t[i - 1].kind == AS_TK_WORD && i + 1 < p.n && p.t[i + 1].cap) {
        i++;
        continue;
      }
      size_t n = number_words(&p, i, &q.value);
      if (!n) {
        i++;
        continue;
      }
      after = i + n;
      /* `one of them`, `five in the morning`: words need what they count */
      bool hyphen_unit = after + 1 < p.n && p.t[after].kind == AS_TK_DASH && glued(&p, after) &&
                         glued(&p, after + 1) && p.t[after + 1].kind == AS_TK_WORD &&
                         !p.t[after + 1].cap; /* `Ten-Go` is a codename */
      as_slice u;
      size_t e = counted(&p, after, after - 1, false, &u);
      if (!hyphen_unit && (!u.len || (q.value == 1 && e != after))) {
        i = after;
        continue;
      }
    }
    if (q.ordinal && (designation(&p, after) || (t->kind == AS_TK_NUM && listed_designation(&p, after)))) {
      i = after;
      continue;
    }
    /* `5 p.m.`, `10 a.m.`, `5pm`: a time of day, no count */
    if (!q.ordinal && clock_after(&p, after)) {
      i = after;
      continue;
    }
    /* `the 5° Squadra`, `10° Battaglione`: an Italian ordinal in a name */
    if (punct_is(&p, after, "\xC2\xB0") && after + 1 < p.n && !glued(&p, after + 1) && p.t[after + 1].cap) {
      i = after + 1;
      continue;
    }
    /* `−17 °C`, `-5 °F`: a minus glued before the number, not after a
     * word or number (`B-17`, `1939–45` are no sign) */
    size_t num_first = i;
    if (!q.ordinal && t->kind == AS_TK_NUM && minus_before(&p, i)) {
      q.value = -q.value;
      num_first = i - 1;
    }
    size_t first = q.ordinal ? i : qualifier_before(&p, num_first);
    size_t last;
    /* 250-man, 68-inch: the unit is glued by a hyphen */
    if (after + 1 < p.n && p.t[after].kind == AS_TK_DASH && glued(&p, after) && glued(&p, after + 1) &&
        p.t[after + 1].kind == AS_TK_WORD && free_tok(&p, after + 1)) {
      q.unit = as_tok_text(text, &p.t[after + 1]);
      last = after + 1;
    } else if (after < p.n && p.t[after].kind == AS_TK_PUNCT && glued(&p, after) &&
               text.ptr[p.t[after].start] == '%') {
      q.unit = as_tok_text(text, &p.t[after]);
      last = after;
    } else if (!q.ordinal && w(&p, after, KW_per) && after + 1 < p.n &&
               as_slice_eq_cstr(as_tok_text(text, &p.t[after + 1]), "cent")) {
      last = after + 1; /* `62 per cent` */
      q.unit = as_slice_make(text.ptr + p.t[after].start, p.t[last].end - p.t[after].start);
    } else if (!q.ordinal && (last = degrees(&p, after)) != 0) {
      q.unit = as_slice_make(text.ptr + p.t[after].start, p.t[last].end - p.t[after].start);
    } else {
      last = counted(&p, after, after - 1, q.ordinal, &q.unit);
      if (q.unit.len && last > after - 1)
        last = area_unit(&p, after, last, &q.unit);
    }
    if (first < num_first) {
      q.qualifier = as_slice_make(text.ptr + p.t[first].start, p.t[num_first - 1].end - p.t[first].start);
    }
    q.start = p.t[first].start;
    q.end = p.t[last].end;
    /* `90,000 to 300,000 men`, `3.5–6 million deaths`: the first of a
     * range counts what the second does */
    if (q.unit.len && !q.ordinal && out->n > prev_n && prev_last + 2 == first && prev_last < p.n &&
        (w(&p, prev_last + 1, KW_to) || w(&p, prev_last + 1, KW_and) || w(&p, prev_last + 1, KW_or) ||
         p.t[prev_last + 1].kind == AS_TK_DASH)) {
      as_quantity *r = &out->v[out->n - 1];
      if (!r->unit.len && !r->ordinal)
        r->unit = q.unit;
    }
    push(out, &q);
    prev_n = out->n - 1;
    prev_last = last;
    i = last + 1;
  }
}

void as_quantities_free(as_quantities *q) {
  free(q->v);
  q->v = NULL;
  q->n = q->cap = 0;
}
