/* temporal.c: temporal expressions in prose, and their narrative anchoring.
 *
 * A hand-written matcher over the sentence's tokens: at each token it tries
 * the forms below with a bounded lookahead (at most a dozen tokens) and, on
 * a match, jumps past it; so a sentence costs O(tokens). The forms, in the
 * order they are tried at one token:
 *   relative      two days later, the next day, the same day, that same year,
 *                 the following night, Immediately afterwards
 *   time of day   the early hours of 6 November, the night of 24–25 October,
 *                 05:30 on 15 November 1942
 *   part          early 1881, mid-1882, late August, the end of September of
 *                 that same year, the first half of 1944
 *   season        spring 1944, the winter of 1941–42
 *   approximate   around 1880, c. 1880
 *   decade        the 1880s; century: the 19th century, the nineteenth century
 *   core          2 November 1879, November 2, 1879, January 5th, 1868,
 *                 28 February–8 November 1865, 28 and 29 January, June 1882,
 *                 October of 1866, 1881–1883, 1941–42, a bare year
 *   month         a month name alone after a preposition (since May)
 * Month names count only capitalised, so `march` and `may` the verbs are
 * never dates; `now`, `today`, `morning` alone match no form. */
/* SPDX-License-Identifier: MIT */
#include "temporal.h"

#include <stdlib.h>
#include <pthread.h>
#include <string.h>

#include "../core/calendar.h"
#include "../core/mem.h"

typedef struct {
  as_slice s;
  const as_tok *t;
  size_t n;
} P;

static bool kind_at(const P *p, size_t i, as_tok_kind k) { return i < p->n && p->t[i].kind == k; }
static bool w(const P *p, size_t i, int kw) { return i < p->n && p->t[i].kw == kw; }
/* The keyword lists the scanner asks of tokens (below, by as_timex_scan's
 * maps_build), each as a map from keyword to position: most tokens are
 * asked several of them, and a walk down a list costs its length. */
static struct {
  as_kwmap conn_words, small_numbers, tens, units, later, next, day_parts, ordinals, seasons, ends, simple, parts,
      approx_words, year_intro, month_preps, not_nouns;
} maps;
static pthread_once_t maps_once = PTHREAD_ONCE_INIT;

/* The position of token i's keyword in the list m was built from, or -1. */
static int among(const P *p, size_t i, const as_kwmap *m) { return i < p->n ? as_kwmap_at(m, &p->t[i]) : -1; }
/* token i touches the one before it (no blank between) */
static bool glued(const P *p, size_t i) { return i < p->n && !p->t[i].space_before; }
/* Token i is the punctuation mark ch. */
static bool punct_at(const P *p, size_t i, char ch) { return kind_at(p, i, AS_TK_PUNCT) && p->s.ptr[p->t[i].start] == ch; }
static int ival(const P *p, size_t i) { return (int)p->t[i].value; }

static bool plain_num(const as_tok *t) {
  return t->kind == AS_TK_NUM && !t->grouped && !t->decimal && !t->plural;
}

/* 1..31 written with one or two digits, `5th` allowed */
static bool day_at(const P *p, size_t i) {
  if (i >= p->n || !plain_num(&p->t[i]))
    return false;
  const as_tok *t = &p->t[i];
  return t->digits >= 1 && t->digits <= 2 && t->value >= 1 && t->value <= 31;
}

/* a four-digit year, 1000..2999 */
static int year_at(const P *p, size_t i) {
  if (i >= p->n || !plain_num(&p->t[i]) || p->t[i].ordinal || p->t[i].digits != 4)
    return 0;
  int y = ival(p, i);
  /* `1883.5` cannot happen (decimal); `1883:` can: a time is its own token */
  return y >= 1000 && y <= 2999 ? y : 0;
}

/* A year of three digits (100..999) at i, where what follows cannot make
 * it a count: the end, punctuation, a function word or, after the `In`
 * that opens the sentence, a name (`in 794, the capital`, `founded in 778
 * and`, `In 710 Empress Genmei`; but `in 300 cases`, `In 300 Spartans`,
 * `from 239 Battery`, `in 480 BC`, and `from 711 to 718` is a range left
 * alone). */
static int early_year_at(const P *p, size_t i) {
  if (i >= p->n || !plain_num(&p->t[i]) || p->t[i].ordinal || p->t[i].digits != 3 || p->t[i].value < 100)
    return 0;
  size_t k = i + 1;
  if (k < p->n) {
    const as_tok *t = &p->t[k];
    if (t->kind == AS_TK_NUM || t->kind == AS_TK_DASH || t->kind == AS_TK_TIME)
      return 0;
    /* `In 710 Empress Genmei moved`: a name after the year that opens
     * the sentence (not `In 300 cases`) */
    bool opening = i == 1 && w(p, 0, KW_in) && t->kind == AS_TK_WORD && t->cap &&
                   !as_is_count_noun(as_tok_text(p->s, t)) &&
                   !(as_slice_ends(as_tok_text(p->s, t), "s") && !(k + 1 < p->n && p->t[k + 1].cap));
    if (t->kind == AS_TK_WORD && !opening &&
        !(w(p, k, KW_and) || w(p, k, KW_or) || w(p, k, KW_when) || w(p, k, KW_the) || w(p, k, KW_it) ||
          (w(p, k, KW_in) && k + 1 < p->n && p->t[k + 1].cap) || /* `born around 980 in Afshana` */
          w(p, k, KW_he) || w(p, k, KW_she) || w(p, k, KW_they) || w(p, k, KW_ad) ||
          w(p, k, KW_ce) || w(p, k, KW_by) || w(p, k, KW_as) || w(p, k, KW_after) || w(p, k, KW_before)))
      return 0;
  }
  return ival(p, i);
}

/* The year after a month written out (`April 997`, `25 December 800`):
 * four digits, or three that no count could be (an early year, or one
 * before `in`, `at` or `on`: `first mentioned in April 997 in a
 * charter`; but `In May 500 men left`). */
static int month_year_at(const P *p, size_t i) {
  int y = year_at(p, i);
  if (y || i >= p->n || !plain_num(&p->t[i]) || p->t[i].ordinal || p->t[i].digits != 3 || p->t[i].value < 100)
    return y;
  if (w(p, i + 1, KW_in) || w(p, i + 1, KW_at) || w(p, i + 1, KW_on))
    return ival(p, i);
  return early_year_at(p, i);
}

/* The month a keyword names in full (1 to 12, negated for an
 * abbreviation: `Jan`, `Sept`), or 0: as_month_from_name on one token,
 * without spelling the word out again. */
static int month_kw(int kw) {
  switch (kw) {
  case KW_january: return 1;
  case KW_february: return 2;
  case KW_march: return 3;
  case KW_april: return 4;
  case KW_may: return 5;
  case KW_june: return 6;
  case KW_july: return 7;
  case KW_august: return 8;
  case KW_september: return 9;
  case KW_october: return 10;
  case KW_november: return 11;
  case KW_december: return 12;
  case KW_jan: return -1;
  case KW_feb: return -2;
  case KW_mar: return -3;
  case KW_apr: return -4;
  case KW_jun: return -6;
  case KW_jul: return -7;
  case KW_aug: return -8;
  case KW_sep: case KW_sept: return -9;
  case KW_oct: return -10;
  case KW_nov: return -11;
  case KW_dec: return -12;
  default: return 0;
  }
}

/* A capitalised month name, or its abbreviation (then optionally `.`);
 * sets *len to the tokens taken and *abbr when abbreviated. */
static int month_at(const P *p, size_t i, size_t *len, bool *abbr) {
  if (i >= p->n || p->t[i].kind != AS_TK_WORD || !p->t[i].cap)
    return 0;
  int m = month_kw(p->t[i].kw);
  if (!m)
    return 0;
  bool is_full = m > 0;
  if (m < 0)
    m = -m;
  /* all capitals (`MAY`) is a shout or an acronym, not a month */
  as_slice word = as_tok_text(p->s, &p->t[i]);
  if (word.len > 1 && word.ptr[1] >= 'A' && word.ptr[1] <= 'Z')
    return 0;
  *abbr = !is_full;
  *len = 1;
  if (!is_full && i + 1 < p->n && p->t[i + 1].kind == AS_TK_PUNCT && glued(p, i + 1) &&
      p->s.ptr[p->t[i + 1].start] == '.')
    *len = 2;
  return m;
}

static int month_full_at(const P *p, size_t i, size_t *len) {
  bool abbr;
  int m = month_at(p, i, len, &abbr);
  return m && !abbr ? m : 0;
}

/* A range connector: a dash, `to`, `until`, `till`, `through`, and `and`
 * where allowed. */
static bool conn_at(const P *p, size_t i, bool allow_and) {
  return kind_at(p, i, AS_TK_DASH) || among(p, i, &maps.conn_words) >= 0 || (allow_and && w(p, i, KW_and));
}

/* [,] YEAR after a day and month: returns the index after it and sets *y,
 * or returns i unchanged. */
/* `1726/27` after a day and a month: the Old Style year, which began on
 * 25 March, then the New Style one, which is the year meant (ISO 8601 is
 * Gregorian). Returns the tokens after the year. */
static size_t dual_year(const P *p, size_t i, int *y) {
  if (punct_at(p, i + 1, '/') && glued(p, i + 1) && glued(p, i + 2) &&
      i + 2 < p->n && plain_num(&p->t[i + 2]) && p->t[i + 2].digits == 2 && ival(p, i + 2) == (*y + 1) % 100) {
    (*y)++;
    return i + 3;
  }
  return i + 1;
}

/* `[O.S. 28 August]`, `(O.S. 7 November)`: the Old Style (Julian) date
 * after a New Style one, which is the one kept. Returns the tokens after
 * the bracket, or i. */
static size_t old_style(const P *p, size_t i) {
  if (!kind_at(p, i, AS_TK_PUNCT) || (p->s.ptr[p->t[i].start] != '[' && p->s.ptr[p->t[i].start] != '('))
    return i;
  char close = p->s.ptr[p->t[i].start] == '[' ? ']' : ')';
  size_t j = i + 1;
  if (j + 3 < p->n && as_slice_eq_cstr(as_tok_text(p->s, &p->t[j]), "O") && kind_at(p, j + 1, AS_TK_PUNCT) &&
      as_slice_eq_cstr(as_tok_text(p->s, &p->t[j + 2]), "S"))
    j += 3;
  else if (j < p->n && (as_slice_eq_cstr(as_tok_text(p->s, &p->t[j]), "OS") || w(p, j, KW_old)))
    j++;
  else
    return i;
  for (size_t k = j; k < j + 8 && k < p->n; k++)
    if (kind_at(p, k, AS_TK_PUNCT) && p->s.ptr[p->t[k].start] == close)
      return k + 1;
  return i;
}

static size_t opt_year(const P *p, size_t i, int *y) {
  if ((*y = month_year_at(p, i)))
    return dual_year(p, i, y);
  /* `On 16 January 929 Abd al-Rahman III proclaimed`: three digits after
   * a day and its month, before a name, are its year */
  if (i + 1 < p->n && plain_num(&p->t[i]) && !p->t[i].ordinal && p->t[i].digits == 3 && p->t[i].value >= 100 &&
      p->t[i + 1].kind == AS_TK_WORD && p->t[i + 1].cap && !as_is_count_noun(as_tok_text(p->s, &p->t[i + 1])) &&
      !(as_slice_ends(as_tok_text(p->s, &p->t[i + 1]), "s") && !(i + 2 < p->n && p->t[i + 2].cap)))
    return (*y = ival(p, i)), i + 1; /* (not `On 3 May 500 Germans attacked`) */
  if (kind_at(p, i, AS_TK_COMMA) && (*y = month_year_at(p, i + 1)))
    return dual_year(p, i + 1, y);
  size_t os = old_style(p, i);
  if (os > i && (*y = year_at(p, os)))
    return dual_year(p, os, y);
  *y = 0;
  return i;
}

/* `that year`, `the same year`, `that same year`: the reference's year.
 * Returns the tokens taken. */
static size_t anaphoric_year(const P *p, size_t i) {
  if (!w(p, i, KW_that) && !w(p, i, KW_the))
    return 0;
  size_t j = i + 1;
  if (w(p, j, KW_same))
    j++;
  else if (w(p, i, KW_the))
    return 0; /* `the year` alone is not anaphoric enough */
  return w(p, j, KW_year) ? j + 1 - i : 0;
}

static as_date mkdate(int y, int m, int d, as_precision prec) { return (as_date){y, m, d, prec}; }

static bool fits(const as_date *d) {
  return d->day == 0 || (d->month && d->day <= as_days_in_month(d->year ? d->year : 2000, d->month));
}

static size_t set_range(as_timex *x, as_date a, as_date b, size_t n) {
  /* the first part borrows what it lacks from the second */
  bool own_year = a.year != 0;
  if (!a.month)
    a.month = b.month;
  if (!a.year)
    a.year = b.year;
  /* `30 December – 2 January 1945` starts the year before */
  if (!own_year && a.year && a.month > b.month)
    a.year--;
  if (!fits(&a) || !fits(&b))
    return 0;
  if (a.year == b.year && (a.month > b.month || (a.month == b.month && a.day >= b.day)))
    return 0;
  x->kind = AS_TX_RANGE;
  x->a = a;
  x->b = b;
  return n;
}

static size_t set_date(as_timex *x, as_date d, size_t n) {
  if (!fits(&d))
    return 0;
  x->kind = AS_TX_DATE;
  x->a = d;
  return n;
}

/* The core forms; `between` allows `and` between two years. Returns the
 * tokens taken, 0 if none matches. */
static size_t core(const P *p, size_t i, bool between, as_timex *x) {
  size_t ml, ml2;
  bool abbr;
  int m, m2, y, y2;
  if (day_at(p, i)) {
    int d1 = ival(p, i);
    size_t k = i + 1;
    /* D–D M [Y], D and D M [Y]; a night's two days, `20/21 May` */
    bool night = punct_at(p, k, '/') && glued(p, k) && glued(p, k + 1);
    /* `9 or 10 October 1813`: one of two days in a row, so both (not `5
     * or 7 June`, which a day between would not fit) */
    bool either = w(p, k, KW_or) && day_at(p, k + 1) && ival(p, k + 1) == d1 + 1;
    if ((conn_at(p, k, true) || night || either) && day_at(p, k + 1) && (m = month_at(p, k + 2, &ml, &abbr))) {
      size_t e = opt_year(p, k + 2 + ml, &y);
      int d2 = ival(p, k + 1);
      /* `6 and 13 June`: two days, not the days between (but `between 6
       * and 13 June` is the days between); this match is the first day
       * alone, with the month and year that follow */
      if (w(p, k, KW_and) && d2 != d1 + 1 && !between)
        return set_date(x, mkdate(y, m, d1, AS_PREC_DAY), 1);
      x->overnight = night;
      return set_range(x, mkdate(y, m, d1, AS_PREC_DAY), mkdate(y, m, d2, AS_PREC_DAY), e - i);
    }
    if (!(m = month_at(p, k, &ml, &abbr)))
      return 0;
    size_t e = opt_year(p, k + ml, &y);
    /* D M [Y] – D M [,] Y; between D M and D M */
    if (conn_at(p, e, between) && day_at(p, e + 1) && (m2 = month_at(p, e + 2, &ml2, &abbr))) {
      size_t e2 = opt_year(p, e + 2 + ml2, &y2);
      if (y2 || !y) {
        size_t n = set_range(x, mkdate(y, m, d1, AS_PREC_DAY), mkdate(y2 ? y2 : y, m2, ival(p, e + 1), AS_PREC_DAY),
                             e2 - i);
        if (n)
          return n;
      }
    }
    /* `6 August and 9 August 1945`: the first day has the year of the
     * later one after `and` */
    if (!y && (w(p, e, KW_and) || w(p, e, KW_or)) && day_at(p, e + 1) && (m2 = month_at(p, e + 2, &ml2, &abbr)) &&
        (m2 > m || (m2 == m && ival(p, e + 1) > d1)) && opt_year(p, e + 2 + ml2, &y2) && y2)
      y = y2;
    return set_date(x, mkdate(y, m, d1, AS_PREC_DAY), e - i);
  }
  if ((m = month_at(p, i, &ml, &abbr))) {
    size_t k = i + ml;
    if (day_at(p, k)) {
      int d1 = ival(p, k);
      size_t e = k + 1;
      /* a night's two days, `June 28/29[, 1863]` */
      if (punct_at(p, e, '/') && glued(p, e) && glued(p, e + 1) &&
          day_at(p, e + 1) && ival(p, e + 1) == d1 + 1) {
        size_t e2 = opt_year(p, e + 2, &y);
        size_t n = set_range(x, mkdate(y, m, d1, AS_PREC_DAY), mkdate(y, m, d1 + 1, AS_PREC_DAY), e2 - i);
        if (n) {
          x->overnight = true;
          return n;
        }
      }
      /* M D–D, Y */
      if (conn_at(p, e, true) && day_at(p, e + 1) && !month_at(p, e + 2, &ml2, &abbr)) {
        size_t e2 = opt_year(p, e + 2, &y);
        size_t n = set_range(x, mkdate(y, m, d1, AS_PREC_DAY), mkdate(y, m, ival(p, e + 1), AS_PREC_DAY), e2 - i);
        if (n)
          return n;
      }
      size_t e2 = opt_year(p, e, &y);
      /* `December 7, 1939, to January 8, 1940`: the year's comma */
      size_t c2 = e2;
      if (y && kind_at(p, e2, AS_TK_COMMA) && among(p, e2 + 1, &maps.conn_words) >= 0)
        e2++;
      /* M D [, Y] – M D, Y; between M D and M D */
      if (conn_at(p, e2, between) && (m2 = month_at(p, e2 + 1, &ml2, &abbr)) && day_at(p, e2 + 1 + ml2)) {
        size_t e3 = opt_year(p, e2 + 2 + ml2, &y2);
        if (y2 || !y) {
          size_t n = set_range(x, mkdate(y, m, d1, AS_PREC_DAY),
                               mkdate(y2 ? y2 : y, m2, ival(p, e2 + 1 + ml2), AS_PREC_DAY), e3 - i);
          if (n)
            return n;
        }
      }
      /* `August 6 and August 9, 1945`: the year of the later day */
      if (!y && (w(p, e2, KW_and) || w(p, e2, KW_or)) && (m2 = month_at(p, e2 + 1, &ml2, &abbr)) &&
          day_at(p, e2 + 1 + ml2) && (m2 > m || (m2 == m && ival(p, e2 + 1 + ml2) > d1)) &&
          opt_year(p, e2 + 2 + ml2, &y2) && y2)
        y = y2;
      return set_date(x, mkdate(y, m, d1, AS_PREC_DAY), c2 - i);
    }
    /* M [of|,] Y, and M Y – M Y */
    size_t e = k;
    if (w(p, e, KW_of) || kind_at(p, e, AS_TK_COMMA))
      e++;
    if ((y = month_year_at(p, e))) {
      if (conn_at(p, e + 1, false) && (m2 = month_at(p, e + 2, &ml2, &abbr)) && (y2 = year_at(p, e + 2 + ml2)))
        return set_range(x, mkdate(y, m, 0, AS_PREC_MONTH), mkdate(y2, m2, 0, AS_PREC_MONTH), e + 3 + ml2 - i);
      return set_date(x, mkdate(y, m, 0, AS_PREC_MONTH), e + 1 - i);
    }
    /* M–M Y, between M and M Y */
    if (conn_at(p, k, between) && (m2 = month_at(p, k + 1, &ml2, &abbr)) && (y = year_at(p, k + 1 + ml2)))
      return set_range(x, mkdate(0, m, 0, AS_PREC_MONTH), mkdate(y, m2, 0, AS_PREC_MONTH), k + 2 + ml2 - i);
    /* `the siege of Ninety-Six in May and June 1781`: two months in a
     * row, the time from one to the other */
    if (w(p, k, KW_and) && (m2 = month_at(p, k + 1, &ml2, &abbr)) && m2 == m + 1 && (y = year_at(p, k + 1 + ml2)))
      return set_range(x, mkdate(y, m, 0, AS_PREC_MONTH), mkdate(y, m2, 0, AS_PREC_MONTH), k + 2 + ml2 - i);
    /* `in July and September 1992`, `May or June 1940`: the year of the
     * month after, a later one of that year */
    if ((w(p, k, KW_and) || w(p, k, KW_or)) && (m2 = month_at(p, k + 1, &ml2, &abbr)) && m2 > m &&
        (y = year_at(p, k + 1 + ml2)))
      return set_date(x, mkdate(y, m, 0, AS_PREC_MONTH), k - i);
    /* M of that same year */
    size_t an;
    if (!abbr && w(p, k, KW_of) && (an = anaphoric_year(p, k + 1))) {
      x->anaphoric = true;
      return set_date(x, mkdate(0, m, 0, AS_PREC_MONTH), k + 1 + an - i);
    }
    return 0;
  }
  if ((y = year_at(p, i))) {
    size_t k = i + 1;
    if (conn_at(p, k, between)) {
      if ((y2 = year_at(p, k + 1)) && y2 > y)
        return set_range(x, mkdate(y, 0, 0, AS_PREC_YEAR), mkdate(y2, 0, 0, AS_PREC_YEAR), k + 2 - i);
      /* 1941–42 */
      if (kind_at(p, k, AS_TK_DASH) && k + 1 < p->n && plain_num(&p->t[k + 1]) && !p->t[k + 1].ordinal &&
          p->t[k + 1].digits == 2 && glued(p, k + 1)) {
        y2 = y / 100 * 100 + ival(p, k + 1);
        if (y2 > y)
          return set_range(x, mkdate(y, 0, 0, AS_PREC_YEAR), mkdate(y2, 0, 0, AS_PREC_YEAR), k + 2 - i);
      }
    }
    return set_date(x, mkdate(y, 0, 0, AS_PREC_YEAR), 1);
  }
  /* `Muhammad al-Bukhari (810–870)`, `Avicenna (980–1037)`: years of
   * three digits in brackets after a name, a life's or a reign's span no
   * count could be */
  if (i > 1 && kind_at(p, i - 2, AS_TK_WORD) && p->t[i - 2].cap && punct_at(p, i - 1, '(') &&
      plain_num(&p->t[i]) && !p->t[i].ordinal && p->t[i].digits == 3 && kind_at(p, i + 1, AS_TK_DASH) && i + 2 < p->n &&
      plain_num(&p->t[i + 2]) && !p->t[i + 2].ordinal && (p->t[i + 2].digits == 3 || p->t[i + 2].digits == 4) &&
      punct_at(p, i + 3, ')')) {
    y = ival(p, i);
    y2 = ival(p, i + 2);
    if (y >= 100 && y2 > y && y2 - y <= 120)
      return set_range(x, mkdate(y, 0, 0, AS_PREC_YEAR), mkdate(y2, 0, 0, AS_PREC_YEAR), 3);
  }
  return 0;
}

/* After a day without its year: `of the same year`, `of that year`. */
static size_t year_suffix(const P *p, size_t i) {
  size_t an;
  return w(p, i, KW_of) && (an = anaphoric_year(p, i + 1)) ? an + 1 : 0;
}

static size_t clock_at(const P *p, size_t i, int *minutes);
static bool new_style(const P *p, size_t j);
static bool julian_phrase(const P *p, size_t j);
static bool life_span(const P *p, size_t i, size_t end, const as_timex *x);
/* `(Old Style)`, `(O.S.)`, `[O.S.]`, `(Julian)`, `(Julian calendar)` right
 * after a date: the date is a Julian one. Returns the tokens taken, or 0. */
/* From a `NS`, `N.S.` or `New Style` at j, a day (some number) and the
 * bracket's close: the token after the close, or 0. */
static size_t new_style_gloss(const P *p, size_t j, char close) {
  if (!new_style(p, j))
    return 0;
  bool day = false;
  for (size_t k = j + 1; k < j + 10 && k < p->n; k++) {
    if (punct_at(p, k, close))
      return day ? k + 1 : 0; /* (`(N.S.)` alone marks a New Style day) */
    day = day || plain_num(&p->t[k]);
  }
  return 0;
}

static size_t julian_mark(const P *p, size_t i) {
  if (!kind_at(p, i, AS_TK_PUNCT) || (p->s.ptr[p->t[i].start] != '(' && p->s.ptr[p->t[i].start] != '['))
    return 0;
  char close = p->s.ptr[p->t[i].start] == '[' ? ']' : ')';
  size_t j = i + 1, e;
  bool old = true;
  if (j + 2 < p->n && as_slice_eq_cstr(as_tok_text(p->s, &p->t[j]), "O") && kind_at(p, j + 1, AS_TK_PUNCT) &&
      as_slice_eq_cstr(as_tok_text(p->s, &p->t[j + 2]), "S")) {
    j += 3;
    if (punct_at(p, j, '.'))
      j++;
  } else if (j < p->n && as_slice_eq_cstr(as_tok_text(p->s, &p->t[j]), "OS")) {
    j++;
  } else if (w(p, j, KW_old) && w(p, j + 1, KW_style)) {
    j += 2;
  } else if (w(p, j, KW_julian)) {
    j += w(p, j + 1, KW_calendar) ? 2 : 1;
  } else if ((e = new_style_gloss(p, j, close))) {
    /* `25 December 1642 (NS 4 January 1643)`: the New Style day glossed
     * after an Old Style one */
    return e - i;
  } else {
    old = false;
  }
  if (!old)
    return 0;
  if (punct_at(p, j, close))
    return j + 1 - i;
  /* `20 March 1727 (OS 20 March 1726; NS 31 March 1727)`: both styles
   * glossed, the day before them a Julian one */
  for (size_t k = j; k < j + 8 && k < p->n && !punct_at(p, k, close); k++)
    if ((e = new_style_gloss(p, k, close)))
      return e - i;
  return 0;
}

/* `according to the Julian calendar`, `in the Julian calendar`, `, Old
 * Style` right after a date (not taken into it): the date is a Julian
 * one. */
static bool julian_phrase(const P *p, size_t j) {
  if (kind_at(p, j, AS_TK_COMMA))
    j++;
  if (w(p, j, KW_old) && w(p, j + 1, KW_style))
    return true;
  if (w(p, j, KW_according) && w(p, j + 1, KW_to))
    j += 2;
  else if (w(p, j, KW_in) || w(p, j, KW_by))
    j++;
  else
    return false;
  if (w(p, j, KW_the))
    j++;
  return w(p, j, KW_julian);
}

/* `NS`, `N.S.`, `New Style` opening a bracket after a date. */
static bool new_style(const P *p, size_t j) {
  if (j >= p->n)
    return false;
  as_slice t = as_tok_text(p->s, &p->t[j]);
  if (as_slice_eq_cstr(t, "NS") || (w(p, j, KW_new) && w(p, j + 1, KW_style)))
    return true;
  return as_slice_eq_cstr(t, "N") && punct_at(p, j + 1, '.') && j + 2 < p->n &&
         as_slice_eq_cstr(as_tok_text(p->s, &p->t[j + 2]), "S");
}

/* Whether the tokens [i, i + n) hold a dual year (`20 March 1726/27`):
 * written so only for a day from 1 January to 24 March of the Julian
 * calendar, the year then begun in New Style but not in Old. */
static bool dual_dated(const P *p, size_t i, size_t n) {
  for (size_t k = i; k + 2 < i + n; k++)
    if (plain_num(&p->t[k]) && p->t[k].digits == 4 && punct_at(p, k + 1, '/') && glued(p, k + 1) &&
        glued(p, k + 2) && plain_num(&p->t[k + 2]) && p->t[k + 2].digits == 2 &&
        ival(p, k + 2) == (ival(p, k) + 1) % 100)
      return true;
  return false;
}


/* After a date with its day: `[,] at 05:30`. */
static size_t time_suffix(const P *p, size_t i, as_timex *x) {
  size_t j = i;
  if (kind_at(p, j, AS_TK_COMMA))
    j++;
  int minutes;
  size_t n;
  if (w(p, j, KW_at) && (n = clock_at(p, j + 1, &minutes))) {
    x->minutes = minutes;
    return j + 1 + n - i;
  }
  return 0;
}

/* ---- number words, for relative dates and centuries ---- */

static const uint16_t small_numbers[] = {KW_zero,     KW_one,     KW_two,       KW_three,    KW_four,
                                            KW_five,     KW_six,     KW_seven,     KW_eight,    KW_nine,
                                            KW_ten,      KW_eleven,  KW_twelve,    KW_thirteen, KW_fourteen,
                                            KW_fifteen,  KW_sixteen, KW_seventeen, KW_eighteen, KW_nineteen,
                                            KW_twenty,   AS_KW_END};


static const uint16_t tens[] = {KW_twenty, KW_thirty, KW_forty, KW_fifty, KW_sixty, KW_seventy, KW_eighty, KW_ninety,
                                 AS_KW_END};

/* A glued dash at i between two words (`twenty-five`). */
static bool glued_dash(const P *p, size_t i) {
  return i + 1 < p->n && p->t[i].kind == AS_TK_DASH && !p->t[i].space_before && !p->t[i + 1].space_before;
}

/* A count under a hundred: digits (up to 3), a number word (`five`,
 * `twenty-five`, `thirty one`), `a`/`an`; its tokens in *len. Not the
 * units of a compound (`five` of `Twenty-five`). */
static int small_count(const P *p, size_t i, size_t *len) {
  *len = 1;
  if (i >= p->n)
    return -1;
  const as_tok *t = &p->t[i];
  if (plain_num(t) && !t->ordinal && t->digits <= 3)
    return (int)t->value;
  if (w(p, i, KW_a) || w(p, i, KW_an))
    return 1;
  if (i >= 2 && glued_dash(p, i - 1) && among(p, i - 2, &maps.tens) >= 0)
    return -1;
  int tn = among(p, i, &maps.tens);
  if (tn >= 0) {
    int v = 20 + 10 * tn, u;
    if (glued_dash(p, i + 1) && (u = among(p, i + 2, &maps.small_numbers)) >= 1 && u <= 9) {
      *len = 3;
      return v + u;
    }
    if ((u = among(p, i + 1, &maps.small_numbers)) >= 1 && u <= 9) {
      *len = 2;
      return v + u;
    }
    return v;
  }
  int k = among(p, i, &maps.small_numbers);
  return k >= 1 ? k : -1;
}

/* A small count (small_count), or hundreds in words (`a hundred and
 * twenty`, `two hundred`); its tokens in *len. Not the last part of such
 * hundreds (`twenty` of `a hundred and twenty`). */
static int count_at(const P *p, size_t i, size_t *len) {
  *len = 1;
  if (i >= 2 && w(p, i - 1, KW_and) && w(p, i - 2, KW_hundred))
    return -1;
  int h = w(p, i, KW_a) || w(p, i, KW_an) ? 1 : among(p, i, &maps.small_numbers);
  if (h >= 1 && h <= 9 && w(p, i + 1, KW_hundred)) {
    size_t rest = 0;
    int r = w(p, i + 2, KW_and) && !w(p, i + 3, KW_a) && !w(p, i + 3, KW_an) ? small_count(p, i + 3, &rest) : -1;
    *len = r >= 1 && r <= 99 ? 3 + rest : 2;
    return h * 100 + (r >= 1 && r <= 99 ? r : 0);
  }
  return small_count(p, i, len);
}

/* ---- relative expressions ---- */

static size_t relative(const P *p, size_t i, as_timex *x) {
  x->kind = AS_TX_RELATIVE;
  int n, u, l, nx, dp;
  /* N days later / N years earlier */
  size_t c;
  if ((n = count_at(p, i, &c)) >= 1 && (u = among(p, i + c, &maps.units)) >= 0 &&
      (l = among(p, i + c + 1, &maps.later)) >= 0) {
    /* `two days after the battle` is anchored on the battle, not on the
     * narrative: only a bare `after`/`before` is relative */
    if (l >= 6 && !(i + c + 2 >= p->n || p->t[i + c + 2].kind == AS_TK_COMMA || p->t[i + c + 2].kind == AS_TK_PUNCT))
      return 0;
    /* `two days earlier than he had been ordered to`: a comparison, no
     * day of its own */
    if (w(p, i + c + 2, KW_than))
      return 0;
    int sign = (l == 4 || l == 5 || l == 7) ? -1 : 1;
    x->rel_unit = u < 4 ? AS_REL_DAY : u < 6 ? AS_REL_MONTH : AS_REL_YEAR;
    x->rel_n = sign * n * (u == 2 || u == 3 ? 7 : 1);
    return c + 2;
  }
  /* `next day`, `next morning`, without their article */
  if (w(p, i, KW_next) && !(i > 0 && w(p, i - 1, KW_the)) && (dp = among(p, i + 1, &maps.day_parts)) >= 0) {
    x->rel_unit = AS_REL_DAY;
    x->rel_n = dp == 4 ? 0 : 1;
    return 2;
  }
  if (w(p, i, KW_the) && (nx = among(p, i + 1, &maps.next)) >= 0) {
    int sign = nx < 2 ? 1 : -1;
    if ((dp = among(p, i + 2, &maps.day_parts)) >= 0) {
      x->rel_unit = AS_REL_DAY;
      /* the following night is the night of the anchor's day */
      x->rel_n = dp == 4 && sign > 0 ? 0 : sign;
      return 3;
    }
    if (w(p, i + 2, KW_week)) {
      x->rel_unit = AS_REL_DAY;
      x->rel_n = 7 * sign;
      return 3;
    }
    if (w(p, i + 2, KW_month) || w(p, i + 2, KW_year)) {
      x->rel_unit = w(p, i + 2, KW_month) ? AS_REL_MONTH : AS_REL_YEAR;
      x->rel_n = sign;
      return 3;
    }
    return 0;
  }
  /* the day before, the year after (standing alone: not `the year after
   * the war`) */
  if (w(p, i, KW_the) && (w(p, i + 1, KW_day) || w(p, i + 1, KW_week) || w(p, i + 1, KW_month) || w(p, i + 1, KW_year)) &&
      (w(p, i + 2, KW_before) || w(p, i + 2, KW_after)) &&
      (i + 3 >= p->n || p->t[i + 3].kind == AS_TK_COMMA || p->t[i + 3].kind == AS_TK_PUNCT)) {
    int sign = w(p, i + 2, KW_before) ? -1 : 1;
    x->rel_unit = w(p, i + 1, KW_month) ? AS_REL_MONTH : w(p, i + 1, KW_year) ? AS_REL_YEAR : AS_REL_DAY;
    x->rel_n = w(p, i + 1, KW_week) ? 7 * sign : sign;
    return 3;
  }
  /* the same day, that same day, that night, that same year */
  if (w(p, i, KW_the) || w(p, i, KW_that)) {
    size_t j = i + 1;
    bool same = w(p, j, KW_same);
    if (same)
      j++;
    if (!same && !w(p, i, KW_that))
      return 0;
    /* `born on the same day as her husband`: a likeness, not a date */
    if (same && w(p, j + 1, KW_as))
      return 0;
    if (among(p, j, &maps.day_parts) >= 0) {
      x->rel_unit = AS_REL_DAY;
      x->rel_n = 0;
      return j + 1 - i;
    }
    if (w(p, j, KW_month) || w(p, j, KW_year)) {
      x->rel_unit = w(p, j, KW_month) ? AS_REL_MONTH : AS_REL_YEAR;
      x->rel_n = 0;
      return j + 1 - i;
    }
    return 0;
  }
  /* Immediately afterwards */
  if (w(p, i, KW_immediately) &&
      (w(p, i + 1, KW_afterwards) || w(p, i + 1, KW_afterward) || w(p, i + 1, KW_thereafter) ||
       (w(p, i + 1, KW_after) && (i + 2 >= p->n || p->t[i + 2].kind == AS_TK_COMMA || p->t[i + 2].kind == AS_TK_PUNCT)))) {
    x->rel_unit = AS_REL_DAY;
    x->rel_n = 0;
    return 2;
  }
  return 0;
}

/* ---- the other forms ---- */

static size_t century_at(const P *p, size_t i, as_timex *x) {
  int c = 0;
  if (w(p, i, KW_the)) {
    size_t n = century_at(p, i + 1, x);
    return n ? n + 1 : 0;
  }
  size_t j = i;
  if (i < p->n && p->t[i].kind == AS_TK_NUM && p->t[i].ordinal && !p->t[i].grouped && p->t[i].value >= 1 &&
      p->t[i].value <= 30)
    c = ival(p, i);
  else if ((c = among(p, i, &maps.ordinals)) < 1)
    c = 0;
  if (!c) {
    /* the 1800s (but the 2000s are a decade: decade_at) */
    if (i < p->n && p->t[i].kind == AS_TK_NUM && p->t[i].plural && p->t[i].digits == 4 && ival(p, i) % 100 == 0 &&
        ival(p, i) < 2000) {
      x->kind = AS_TX_CENTURY;
      x->a = mkdate(ival(p, i), 0, 0, AS_PREC_CENTURY);
      return 1;
    }
    return 0;
  }
  j++;
  if (kind_at(p, j, AS_TK_DASH) && glued(p, j))
    j++;
  if (!w(p, j, KW_century))
    return 0;
  x->kind = AS_TX_CENTURY;
  x->a = mkdate((c - 1) * 100, 0, 0, AS_PREC_CENTURY);
  return j + 1 - i;
}

static size_t decade_at(const P *p, size_t i, as_timex *x) {
  if (w(p, i, KW_the)) {
    size_t n = decade_at(p, i + 1, x);
    return n ? n + 1 : 0;
  }
  if (i < p->n && p->t[i].kind == AS_TK_NUM && p->t[i].plural && p->t[i].digits == 4 && ival(p, i) % 10 == 0 &&
      (ival(p, i) % 100 != 0 || ival(p, i) >= 2000)) {
    x->kind = AS_TX_DECADE;
    x->a = mkdate(ival(p, i), 0, 0, AS_PREC_DECADE);
    return 1;
  }
  return 0;
}

static const uint16_t seasons[] = {KW_spring, KW_summer, KW_autumn, KW_fall, KW_winter, AS_KW_END};

static size_t season_at(const P *p, size_t i, as_timex *x) {
  size_t j = i;
  if (w(p, j, KW_the))
    j++;
  int s = among(p, j, &maps.seasons);
  if (s < 0)
    return 0;
  j++;
  if (w(p, j, KW_of))
    j++;
  int y = year_at(p, j);
  if (!y)
    return 0;
  j++;
  /* the winter of 1941–42: the season starts in the first year */
  if (kind_at(p, j, AS_TK_DASH) && j + 1 < p->n && plain_num(&p->t[j + 1]) &&
      (p->t[j + 1].digits == 2 || p->t[j + 1].digits == 4))
    j += 2;
  x->kind = AS_TX_SEASON;
  x->part = s == 4 ? AS_SEASON_WINTER : s == 3 ? AS_SEASON_AUTUMN : s + 1;
  x->a = mkdate(y, 0, 0, AS_PREC_YEAR);
  return j - i;
}

/* A day a feast names (`Christmas Day 1635`, `on Christmas Eve`, `New
 * Year's Day, 1863`, `at Christmas 1914`, `Armistice Day of 1918`), with
 * its year or none (then the narrative's). Only feasts on one day of
 * every year. */
static size_t holiday_at(const P *p, size_t i, as_timex *x) {
  int m = 0, d = 0;
  size_t j = i + 1;
  bool day = j < p->n && p->t[j].cap && w(p, j, KW_day);
  if (!p->t[i].cap)
    return 0;
  if (w(p, i, KW_christmas)) {
    if (day || (w(p, j, KW_eve) && p->t[j].cap))
      m = 12, d = day ? 25 : 24, j++;
    else if (year_at(p, j))
      m = 12, d = 25;
  } else if (w(p, i, KW_boxing) && day) {
    m = 12, d = 26, j++;
  } else if (w(p, i, KW_armistice) && day) {
    m = 11, d = 11, j++;
  } else if (w(p, i, KW_new) && j + 1 < p->n && as_slice_eq_cstr(as_tok_text(p->s, &p->t[j]), "Year's") &&
             p->t[j + 1].cap && (w(p, j + 1, KW_day) || w(p, j + 1, KW_eve))) {
    bool eve = w(p, j + 1, KW_eve);
    m = eve ? 12 : 1, d = eve ? 31 : 1, j += 2;
  }
  if (!m)
    return 0;
  int y;
  size_t e = w(p, j, KW_of) && year_at(p, j + 1) ? opt_year(p, j + 1, &y) : opt_year(p, j, &y);
  memset(x, 0, sizeof *x);
  x->minutes = -1;
  x->kind = AS_TX_DATE;
  x->a = mkdate(y, m, d, AS_PREC_DAY);
  return e - i;
}

/* early 1881, mid-1882, late August, the end of September [of that same
 * year], the first half of 1944 */
static size_t part_at(const P *p, size_t i, as_timex *x) {
  static const int end_part[] = {AS_PART_EARLY, AS_PART_EARLY, AS_PART_MID, AS_PART_LATE, AS_PART_LATE};
  size_t j = i;
  int part = 0, k;
  if (w(p, j, KW_the) && (k = among(p, j + 1, &maps.ends)) >= 0 && w(p, j + 2, KW_of)) {
    part = end_part[k];
    j += 3;
  } else if ((k = among(p, j, &maps.ends)) >= 0 && w(p, j + 1, KW_of)) {
    part = end_part[k];
    j += 2;
  } else if (w(p, j, KW_the) && (w(p, j + 1, KW_first) || w(p, j + 1, KW_second)) && w(p, j + 2, KW_half) &&
             w(p, j + 3, KW_of)) {
    part = w(p, j + 1, KW_first) ? AS_PART_FIRST_HALF : AS_PART_SECOND_HALF;
    j += 4;
  } else if ((k = among(p, j, &maps.simple)) >= 0) {
    part = k + 1;
    j++;
    if (kind_at(p, j, AS_TK_DASH) && glued(p, j))
      j++;
  } else {
    return 0;
  }
  size_t n;
  if ((n = decade_at(p, j, x)) || (n = century_at(p, j, x))) {
    x->part = part; /* `the early 1830s`, `the late 19th century`: years of it */
    return j + n - i;
  }
  if ((n = season_at(p, j, x)))
    return j + n - i;
  size_t ml;
  int m = month_full_at(p, j, &ml);
  if (m || year_at(p, j) || day_at(p, j)) {
    as_timex c = *x;
    n = core(p, j, false, &c);
    if (!n && m) { /* a month alone: its year comes from the reference */
      c.kind = AS_TX_DATE;
      c.a = mkdate(0, m, 0, AS_PREC_MONTH);
      n = ml;
    }
    if (!n)
      return 0;
    *x = c;
    if (c.kind == AS_TX_DATE && (c.a.prec == AS_PREC_YEAR || c.a.prec == AS_PREC_MONTH)) {
      x->kind = AS_TX_PART;
      x->part = part;
    }
    return j + n - i;
  }
  return 0;
}

/* `the early hours of 6 November`, `the night of 24–25 October`, `dawn on
 * 6 June`: a part of a day qualifies a date with a day. */
static size_t day_part_at(const P *p, size_t i, as_timex *x) {
  size_t j = i;
  if (w(p, j, KW_the))
    j++;
  if (w(p, j, KW_early) || w(p, j, KW_late) || w(p, j, KW_small))
    j++;
  if (among(p, j, &maps.parts) < 0 || !(w(p, j + 1, KW_of) || w(p, j + 1, KW_on)))
    return 0;
  if (w(p, j, KW_hours) && j == i) /* `hours of fighting` */
    return 0;
  as_timex c = *x;
  size_t n = core(p, j + 2, false, &c);
  if (!n || !c.a.day)
    return 0;
  *x = c;
  return j + 2 + n - i;
}

/* `BC`, `BCE`, `B.C.`, `B.C.E.` at i: the tokens it takes, 0 if none. */
/* The present of a custom before `on` at b: `The festival is held on 2
 * July`, `is celebrated on`, `takes place on`, `falls on`: a day of every
 * year, as `every 2 July` is. */
static bool habitual_before(const P *p, size_t b) {
  if (b > 0 && (w(p, b - 1, KW_falls) || (w(p, b - 1, KW_place) && b > 1 && w(p, b - 2, KW_takes))))
    return true;
  if (b < 2 || !(w(p, b - 1, KW_held) || w(p, b - 1, KW_celebrated) || w(p, b - 1, KW_observed) ||
                 w(p, b - 1, KW_commemorated) || w(p, b - 1, KW_marked)))
    return false;
  size_t k = b - 2; /* `is traditionally held on` */
  if (k > 0 && (w(p, k, KW_usually) || w(p, k, KW_traditionally) || w(p, k, KW_still) || w(p, k, KW_now)))
    k--;
  if (w(p, k, KW_is) || w(p, k, KW_are))
    return true;
  /* `The main festival is the Festa della Bruna, held on 2 July`: the
   * participle of a sentence told in the present */
  if (p->t[b - 2].kind != AS_TK_COMMA)
    return false;
  bool present = false;
  for (size_t j = 0; j + 2 < b; j++) {
    if (w(p, j, KW_was) || w(p, j, KW_were) || w(p, j, KW_had))
      return false;
    present = present || w(p, j, KW_is) || w(p, j, KW_are);
  }
  return present;
}

/* A custom's day told in the present around the date at [i, end): `Pi
 * Mai is celebrated in the city in April`, `His birthday, 21 September,
 * is a public holiday`, `17 August, the anniversary of his death, is a
 * national holiday`. */
static bool habitual_around(const P *p, size_t i, size_t end) {
  for (size_t k = i; k-- > 1 && k + 8 > i;) {
    if (p->t[k].kind == AS_TK_COMMA || p->t[k].kind == AS_TK_PUNCT)
      break;
    if ((w(p, k, KW_held) || w(p, k, KW_celebrated) || w(p, k, KW_observed) || w(p, k, KW_commemorated)) &&
        (w(p, k - 1, KW_is) || w(p, k - 1, KW_are)))
      return true;
  }
  if (i == 0 || !(p->t[i - 1].kind == AS_TK_COMMA || w(p, i - 1, KW_and)) || !kind_at(p, end, AS_TK_COMMA))
    return false;
  size_t k = end + 1;
  if (w(p, k, KW_the)) /* (past `the anniversary of his death,`) */
    while (k < p->n && k < end + 12 && p->t[k].kind != AS_TK_COMMA && p->t[k].kind != AS_TK_PUNCT)
      k++;
  if (k > end + 1 && kind_at(p, k, AS_TK_COMMA))
    k++;
  return w(p, k, KW_is) || w(p, k, KW_are);
}

static size_t era_bc_at(const P *p, size_t i) {
  if (i >= p->n || p->t[i].kind != AS_TK_WORD)
    return 0;
  as_slice t = as_tok_text(p->s, &p->t[i]);
  if (as_slice_eq_cstr(t, "BC") || as_slice_eq_cstr(t, "BCE"))
    return 1;
  /* B.C. is the tokens B . C . */
  if (as_slice_eq_cstr(t, "B") && punct_at(p, i + 1, '.') &&
      glued(p, i + 1) && glued(p, i + 2) && i + 2 < p->n && as_slice_eq_cstr(as_tok_text(p->s, &p->t[i + 2]), "C")) {
    size_t n = 3;
    if (punct_at(p, i + 3, '.') && glued(p, i + 3))
      n = 4;
    return n;
  }
  return 0;
}

/* A plain number of one to five digits (`753`, `10,000`) as a year
 * before an era. */
static int era_year_at(const P *p, size_t i) {
  if (i >= p->n || !plain_num(&p->t[i]) || p->t[i].ordinal || p->t[i].decimal || p->t[i].value < 1 ||
      p->t[i].value > 99999)
    return 0;
  return ival(p, i);
}

/* `753 BC`, `c. 500 BC`, `480–479 BC`: years before the common era,
 * which the other forms do not take (three digits; no word before). */
static size_t bc_at(const P *p, size_t i, as_timex *x) {
  size_t j = i;
  bool approx = false;
  if (among(p, j, &maps.approx_words) >= 0) {
    approx = true;
    j++;
  } else if ((w(p, j, KW_c) || w(p, j, KW_ca)) && kind_at(p, j + 1, AS_TK_PUNCT) &&
             p->s.ptr[p->t[j + 1].start] == '.') {
    approx = true;
    j += 2;
  }
  int y = era_year_at(p, j), y2 = 0;
  if (!y)
    return 0;
  size_t k = j + 1, e, end;
  if (kind_at(p, k, AS_TK_DASH) && (y2 = era_year_at(p, k + 1)) && y2 < y && (e = era_bc_at(p, k + 2))) {
    x->kind = AS_TX_RANGE;
    x->a = mkdate(y, 0, 0, AS_PREC_YEAR);
    x->b = mkdate(y2, 0, 0, AS_PREC_YEAR);
    end = k + 2 + e;
  } else if ((e = era_bc_at(p, k))) {
    x->kind = AS_TX_DATE;
    x->a = mkdate(y, 0, 0, AS_PREC_YEAR);
    x->approx = approx;
    end = k + e;
  } else {
    return 0;
  }
  x->bc = true;
  x->aside = true;
  return end - i;
}

/* `AD 79`, `A.D. 1066`: a year of the common era, written with its era. */
static size_t ad_at(const P *p, size_t i, as_timex *x) {
  size_t j = i;
  if (w(p, i, KW_ad) && as_slice_eq_cstr(as_tok_text(p->s, &p->t[i]), "AD"))
    j++;
  else
    return 0;
  if (j >= p->n || !plain_num(&p->t[j]) || p->t[j].ordinal || p->t[j].grouped || p->t[j].decimal ||
      p->t[j].value < 1 || p->t[j].value > 2999)
    return 0;
  x->kind = AS_TX_DATE;
  x->a = mkdate(ival(p, j), 0, 0, AS_PREC_YEAR);
  x->aside = p->t[j].digits < 4; /* an early year is no reference for the narrative */
  return j + 1 - i;
}

/* Token i follows a verb that dates what it tells (`died`, `founded`),
 * so that a number after it is a year, not a count (`numbered around
 * 700`, `about 600 men`). */
static bool after_dating_verb(const P *p, size_t i) {
  return i > 0 && (w(p, i - 1, KW_died) || w(p, i - 1, KW_born) || w(p, i - 1, KW_founded) || w(p, i - 1, KW_built) ||
                   w(p, i - 1, KW_established) || w(p, i - 1, KW_captured) || w(p, i - 1, KW_took) ||
                   w(p, i - 1, KW_sacked));
}

static size_t approx_at(const P *p, size_t i, as_timex *x) {
  size_t j = i;
  /* `died about 600`: about, after a verb that dates; `in about 1494` */
  if (among(p, j, &maps.approx_words) >= 0 ||
      (w(p, j, KW_about) && (after_dating_verb(p, i) || (i > 0 && w(p, i - 1, KW_in)))))
    j++;
  else if ((w(p, j, KW_c) || w(p, j, KW_ca)) && punct_at(p, j + 1, '.'))
    j += 2;
  else
    return 0;
  /* `c. 29 March 1912`, `around 15 May 1600`: a day of its own, however
   * near (a range after it keeps its own match: `c. 6 June 1868 – 29
   * March 1912` is not approximate at its end) */
  size_t n;
  if (j < p->n && (day_at(p, j) || month_kw(p->t[j].kw)) && (n = core(p, j, false, x))) {
    if (x->kind == AS_TX_DATE && x->a.year && x->a.prec != AS_PREC_YEAR) {
      x->approx = true;
      return j + n - i;
    }
    memset(x, 0, sizeof *x);
    x->minutes = -1;
  }
  int y = year_at(p, j);
  /* `died around 706`, `founded c. 980.`: an early year after a verb that
   * dates (`numbered around 700` counts) */
  /* (`Around 997, he`: opening the sentence, before its comma) */
  if (!y && (after_dating_verb(p, i) || (i == 0 && kind_at(p, j + 1, AS_TK_COMMA))))
    y = early_year_at(p, j);
  if (!y || (j + 1 < p->n && p->t[j + 1].kind == AS_TK_WORD &&
             as_is_count_noun(as_tok_text(p->s, &p->t[j + 1]))))
    return 0;
  /* `Albert of Buxhoeveden (c. 1165–1229)`: a span from a year about */
  int y2;
  size_t got;
  if (kind_at(p, j + 1, AS_TK_DASH) && (y2 = year_at(p, j + 2)) && y2 > y && y2 - y <= 120 &&
      (got = set_range(x, mkdate(y, 0, 0, AS_PREC_YEAR), mkdate(y2, 0, 0, AS_PREC_YEAR), j + 3 - i))) {
    x->approx = true;
    x->aside = life_span(p, i, i + got, x);
    return got;
  }
  x->kind = AS_TX_DATE;
  x->a = mkdate(y, 0, 0, AS_PREC_YEAR);
  x->approx = true;
  return j + 1 - i;
}

/* After a clock time: `a.m.`, `p.m.`, `am`, `pm`. Returns the tokens
 * taken and sets *pm. */
static size_t meridiem(const P *p, size_t i, bool *pm) {
  *pm = w(p, i, KW_p) || w(p, i, KW_pm);
  if (w(p, i, KW_am) || w(p, i, KW_pm))
    return 1;
  if ((w(p, i, KW_a) || w(p, i, KW_p)) && kind_at(p, i + 1, AS_TK_PUNCT) && glued(p, i + 1) && w(p, i + 2, KW_m) &&
      glued(p, i + 2)) {
    size_t n = 3;
    if (kind_at(p, i + 3, AS_TK_PUNCT) && glued(p, i + 3) && p->s.ptr[p->t[i + 3].start] == '.')
      n++;
    return n;
  }
  return 0;
}

/* A clock time: `05:30`, `5:30 p.m.`, `4.30 am`, `5 pm`. Returns the
 * tokens taken and sets *minutes after midnight. */
static size_t clock_at(const P *p, size_t i, int *minutes) {
  if (i >= p->n)
    return 0;
  const as_tok *t = &p->t[i];
  bool pm;
  size_t mer = meridiem(p, i + 1, &pm);
  int h, m;
  if (t->kind == AS_TK_TIME) {
    h = ival(p, i) / 60, m = ival(p, i) % 60;
  } else if (t->kind == AS_TK_NUM && mer && !t->grouped && !t->ordinal && t->digits <= 2) {
    /* `4.30 am`: the decimal part is the minutes */
    h = (int)t->value;
    m = (int)((t->value - h) * 100 + 0.5);
    if (t->decimal && (t->end - t->start) != (uint32_t)(t->digits + 3))
      return 0;
  } else {
    return 0;
  }
  if (mer) {
    if (h < 1 || h > 12 || m > 59)
      return 0;
    h = h % 12 + (pm ? 12 : 0);
  }
  *minutes = h * 60 + m;
  return 1 + mer;
}

static size_t time_prefix_at(const P *p, size_t i, as_timex *x) {
  int minutes;
  size_t j = i + clock_at(p, i, &minutes);
  if (j == i || !(w(p, j, KW_on) || w(p, j, KW_of)))
    return 0;
  as_timex c = *x;
  size_t n = core(p, j + 1, false, &c);
  if (!n || !c.a.day || c.kind != AS_TX_DATE)
    return 0;
  *x = c;
  x->minutes = minutes;
  return j + 1 + n - i;
}

static const uint16_t year_intro[] = {
    KW_in,     KW_since, KW_until, KW_till,   KW_by,   KW_during, KW_from,   KW_through, KW_throughout, KW_before,
    KW_after,  KW_of,    KW_to,    KW_and,    KW_or,   KW_between, KW_around, KW_about,  KW_circa,      KW_c,
    KW_ca,     KW_the,   KW_a,     KW_an,     KW_year, KW_early,  KW_mid,    KW_late,   KW_on,         KW_at,
    KW_than,   KW_for,   KW_when,   KW_as,   KW_spring, KW_summer, KW_autumn, KW_fall,       KW_winter,
    KW_born,   KW_died,  KW_ad,     KW_ce,    KW_whereas, KW_whilst, KW_while, KW_then, KW_also,  KW_again,  KW_only,       KW_not,
    AS_KW_END};

static const uint16_t month_preps[] = {KW_in,     KW_since,  KW_until, KW_till,       KW_by,  KW_during,
                                          KW_from,   KW_through, KW_before, KW_throughout, KW_after, KW_of, AS_KW_END};

/* Token i follows `since`, `until` or `till`: the edge of a span. */
static bool after_edge_word(const P *p, size_t i) {
  return i > 0 && (w(p, i - 1, KW_since) || w(p, i - 1, KW_until) || w(p, i - 1, KW_till));
}

/* A year standing in a name or in brackets is not the narrative's time:
 * `Constitution of 1860`, `War of the Pacific (1879–1884)`, `Narva 1944`. */
/* `Kakuji Kakuta (born 23 September 1890) killed himself on 2 August`:
 * a life's date in brackets, told in passing */
static bool life_date(const P *p, size_t i) {
  return i >= 2 && (w(p, i - 1, KW_born) || w(p, i - 1, KW_died) || w(p, i - 1, KW_b) || w(p, i - 1, KW_d)) &&
         punct_at(p, i - 2, '(');
}

/* `Chiune Sugihara (1 January 1900 – 31 July 1986)`: a span of decades
 * in brackets after a name, a life's, which the narrative does not reach */
static bool life_span(const P *p, size_t i, size_t end, const as_timex *x) {
  return x->kind == AS_TX_RANGE && i >= 2 && punct_at(p, i - 1, '(') && punct_at(p, end, ')') &&
         p->t[i - 2].kind == AS_TK_WORD && p->t[i - 2].cap && x->a.year && x->b.year - x->a.year >= 10;
}

/* `Born in London on November 17, 1887, Montgomery had commanded`: a
 * date in the birth that opens the sentence, before the comma that ends
 * it, is the life's, which the narrative does not reach */
static bool opening_birth(const P *p, size_t i) {
  if (!(p->n && w(p, 0, KW_born) && p->t[0].cap))
    return false;
  for (size_t k = 1; k < i; k++) {
    /* (`Born in Hamburg, Germany, on 7 May 1833`: a region between commas) */
    if (p->t[k].kind == AS_TK_COMMA && k + 2 < i && p->t[k + 1].cap && p->t[k + 2].kind == AS_TK_COMMA)
      k += 2;
    else if (p->t[k].kind == AS_TK_COMMA)
      return false;
  }
  return true;
}

static bool aside(const P *p, size_t i, size_t end) {
  if (i == 0)
    return false;
  const as_tok *prev = &p->t[i - 1];
  /* `fighting since 1880`, `until 1925`: the edge of a span of time told
   * in passing, not the time the narrative has reached */
  if (after_edge_word(p, i))
    return true;
  if (punct_at(p, i - 1, '(') && punct_at(p, end, ')'))
    return true;

  size_t ml;
  bool abbr;
  if (w(p, i - 1, KW_of) && i >= 2 && p->t[i - 2].kind == AS_TK_WORD && p->t[i - 2].cap &&
      !month_at(p, i - 2, &ml, &abbr))
    return true;
  if (prev->kind == AS_TK_WORD && prev->cap && i >= 2 && !month_at(p, i - 1, &ml, &abbr) &&
      among(p, i - 1, &maps.month_preps) < 0)
    return true;
  return false;
}

/* The words a form can start with, in any case (a capitalised word may
 * also be a month; a number starts the rest): every first token the forms
 * below test is one of these. Everything else is rejected at once. */
static const bool starter[AS_KW_COUNT] = {
    [KW_the] = true,       [KW_that] = true,      [KW_next] = true,      [KW_immediately] = true,
    [KW_a] = true,         [KW_an] = true,        [KW_one] = true,       [KW_two] = true,
    [KW_three] = true,     [KW_four] = true,      [KW_five] = true,      [KW_six] = true,
    [KW_seven] = true,     [KW_eight] = true,     [KW_nine] = true,      [KW_ten] = true,
    [KW_eleven] = true,    [KW_twelve] = true,    [KW_thirteen] = true,  [KW_fourteen] = true,
    [KW_fifteen] = true,   [KW_sixteen] = true,   [KW_seventeen] = true, [KW_eighteen] = true,
    [KW_nineteen] = true,  [KW_twenty] = true,    [KW_thirty] = true,    [KW_forty] = true,
    [KW_fifty] = true,     [KW_sixty] = true,     [KW_seventy] = true,   [KW_eighty] = true,
    [KW_ninety] = true,    [KW_early] = true,     [KW_late] = true,
    [KW_small] = true,     [KW_hours] = true,     [KW_morning] = true,   [KW_afternoon] = true,
    [KW_evening] = true,   [KW_night] = true,     [KW_dawn] = true,      [KW_dusk] = true,
    [KW_midnight] = true,  [KW_beginning] = true, [KW_start] = true,     [KW_middle] = true,
    [KW_end] = true,       [KW_close] = true,     [KW_mid] = true,       [KW_spring] = true,
    [KW_summer] = true,    [KW_autumn] = true,    [KW_fall] = true,      [KW_winter] = true,
    [KW_around] = true,    [KW_circa] = true,     [KW_about] = true,     [KW_approximately] = true, [KW_roughly] = true,
    [KW_c] = true,         [KW_ca] = true,        [KW_first] = true,     [KW_second] = true,
    [KW_third] = true,     [KW_fourth] = true,    [KW_fifth] = true,     [KW_sixth] = true,
    [KW_seventh] = true,   [KW_eighth] = true,    [KW_ninth] = true,     [KW_tenth] = true,
    [KW_eleventh] = true,  [KW_twelfth] = true,   [KW_thirteenth] = true, [KW_fourteenth] = true,
    [KW_fifteenth] = true, [KW_sixteenth] = true, [KW_seventeenth] = true, [KW_eighteenth] = true,
    [KW_nineteenth] = true, [KW_twentieth] = true, [KW_ad] = true,     [KW_christmas] = true,
    [KW_boxing] = true,    [KW_armistice] = true, [KW_new] = true,
};

/* Every form starts with a number, a time, one of the starter words (in
 * any case) or a capitalised month (what month_at takes): any other token
 * is rejected at once, before anything is set up for a match. */
static bool may_start(const P *p, size_t i) {
  const as_tok *t = &p->t[i];
  if (t->kind == AS_TK_NUM || t->kind == AS_TK_TIME)
    return true;
  if (t->kind != AS_TK_WORD)
    return false;
  /* the commonest starters begin only forms whose second token is a
   * number or a keyword: `the 1880s`, `the next day`, `that night`, `a
   * week later` */
  if (t->kw == KW_the || t->kw == KW_that || t->kw == KW_a || t->kw == KW_an)
    return i + 1 < p->n && (p->t[i + 1].kind == AS_TK_NUM || p->t[i + 1].kw != AS_KW_NONE);
  return starter[t->kw] || (t->cap && month_kw(t->kw));
}

/* Called only where may_start holds. */
static size_t match_at(const P *p, size_t i, as_timex *x) {
  size_t n;
  if ((n = bc_at(p, i, x)) || (n = ad_at(p, i, x))) /* they set x only when they match */
    return n;
  if ((n = relative(p, i, x)) || (n = day_part_at(p, i, x)) || (n = time_prefix_at(p, i, x)) ||
      (n = part_at(p, i, x)) || (n = season_at(p, i, x)) || (n = approx_at(p, i, x)) ||
      (n = decade_at(p, i, x)) || (n = century_at(p, i, x)) || (n = holiday_at(p, i, x)))
    return n;
  memset(x, 0, sizeof *x);
  x->minutes = -1;
  /* `In 794`, `since 711`, `until 999`: an early year after a word that
   * introduces a time */
  int early;
  if (i > 0 && (w(p, i - 1, KW_in) || w(p, i - 1, KW_since) || w(p, i - 1, KW_until) || w(p, i - 1, KW_till) ||
                w(p, i - 1, KW_from)) &&
      (early = early_year_at(p, i))) {
    x->kind = AS_TX_DATE;
    x->a = mkdate(early, 0, 0, AS_PREC_YEAR);
    x->edge = after_edge_word(p, i);
    x->aside = aside(p, i, i + 1);
    return 1;
  }
  bool between = i > 0 && w(p, i - 1, KW_between);
  if ((n = core(p, i, between, x))) {
    x->edge = after_edge_word(p, i);
    bool year_only = x->a.prec == AS_PREC_YEAR;
    if (year_only) {
      /* `1500 men`, `up to 1280 young people` count; `In 1944 troops
       * landed` dates */
      if (!(i > 0 && among(p, i - 1, &maps.month_preps) >= 0))
        for (size_t k = i + n; k < i + n + 3 && k < p->n && p->t[k].kind == AS_TK_WORD && !p->t[k].cap; k++)
          if (as_is_count_noun(as_tok_text(p->s, &p->t[k])))
            return 0;
      /* `No. 1944`, `£1500`, `$1000` */
      if (i > 0 && p->t[i - 1].kind == AS_TK_PUNCT && glued(p, i) && p->s.ptr[p->t[i - 1].start] != '(')
        return 0;
      /* a year needs a word that introduces it: `captured 1388 British
       * prisoners` counts, `in 1388` dates */
      if (i > 0 && x->kind == AS_TX_DATE && among(p, i - 1, &maps.year_intro) < 0 &&
          p->t[i - 1].kind == AS_TK_WORD)
        return 0;
      x->aside = aside(p, i, i + n);
      x->titled = i >= 2 && punct_at(p, i - 1, '(') && punct_at(p, i + n, ')') && p->t[i - 2].kind == AS_TK_WORD &&
                  p->t[i - 2].cap && !month_full_at(p, i - 2, &(size_t){0});
    }
    x->aside = x->aside || life_date(p, i) || life_span(p, i, i + n, x) || opening_birth(p, i);
    size_t ys;
    if (x->a.day && !x->a.year && x->kind == AS_TX_DATE && (ys = year_suffix(p, i + n))) {
      n += ys;
      x->anaphoric = true;
    }
    if (x->a.day)
      n += time_suffix(p, i + n, x);
    /* `born on 8 November 1711 (Old Style)`: that is 19 November; so is
     * `17 January (Old Style) 1860`, the mark before the year */
    size_t jm = 0;
    bool range = x->kind == AS_TX_RANGE, inner = false;
    for (size_t k = i + 1; k < i + n && !inner; k++)
      inner = julian_mark(p, k) > 0;
    inner = inner || dual_dated(p, i, n);
    if ((x->kind == AS_TX_DATE || range) && x->a.day && x->a.year && (!range || (x->b.day && x->b.year)) &&
        (inner || (jm = julian_mark(p, i + n)) || julian_phrase(p, i + n))) {
      x->a = as_date_from_julian(x->a);
      if (range)
        x->b = as_date_from_julian(x->b);
      n += jm;
    }
    return n;
  }
  /* `the October elections`: a month naming a past event of that month */
  size_t ml;
  int m;
  if (i > 0 && w(p, i - 1, KW_the) && (m = month_full_at(p, i, &ml)) && i + ml < p->n &&
      p->t[i + ml].kind == AS_TK_WORD && !p->t[i + ml].cap && among(p, i + ml, &maps.not_nouns) < 0) {
    x->kind = AS_TX_DATE;
    x->a = mkdate(0, m, 0, AS_PREC_MONTH);
    x->past = true;
    return ml;
  }
  /* a month alone, after a preposition: `since May` */
  if (i > 0 && among(p, i - 1, &maps.month_preps) >= 0 && (m = month_full_at(p, i, &ml))) {
    x->kind = AS_TX_DATE;
    x->a = mkdate(0, m, 0, AS_PREC_MONTH);
    return ml;
  }
  return 0;
}

/* ---- the lists of the scanners above, and their maps ---- */

static const uint16_t conn_words[] = {KW_to, KW_until, KW_till, KW_through, AS_KW_END};

static const uint16_t units[] = {KW_day, KW_days, KW_week, KW_weeks, KW_month, KW_months, KW_year, KW_years, AS_KW_END};

static const uint16_t later[] = {KW_later, KW_afterwards, KW_afterward, KW_thereafter, KW_earlier, KW_previously,
                                      KW_after, KW_before, AS_KW_END};

static const uint16_t next[] = {KW_next, KW_following, KW_previous, KW_preceding, AS_KW_END};

static const uint16_t day_parts[] = {KW_day, KW_morning, KW_afternoon, KW_evening, KW_night, AS_KW_END};

static const uint16_t ends[] = {KW_beginning, KW_start, KW_middle, KW_end, KW_close, AS_KW_END};

static const uint16_t simple[] = {KW_early, KW_mid, KW_late, AS_KW_END};

static const uint16_t parts[] = {KW_hours, KW_morning, KW_afternoon, KW_evening, KW_night, KW_dawn, KW_dusk, KW_midnight, AS_KW_END};

static const uint16_t approx_words[] = {KW_around, KW_circa, KW_approximately, KW_roughly, AS_KW_END};

static const uint16_t not_nouns[] = {KW_on, KW_of, KW_to, KW_in, KW_at, KW_for, KW_from, KW_by, KW_with, KW_and,
                                       KW_or, KW_was, KW_were, KW_is, KW_had, AS_KW_END};

static void maps_build(void) {
#define X(name, list) as_kwmap_build(&maps.name, list);
  X(conn_words, conn_words) X(small_numbers, small_numbers) X(tens, tens) X(units, units) X(later, later) X(next, next)
  X(day_parts, day_parts) X(ordinals, as_kw_ordinals) X(seasons, seasons) X(ends, ends) X(simple, simple)
  X(parts, parts) X(approx_words, approx_words) X(year_intro, year_intro) X(month_preps, month_preps)
  X(not_nouns, not_nouns)
#undef X
}

/* `The 1941 Anglo-Soviet invasion of Iran`, `In a 1964 interview`: a
 * year naming its noun, not the time a sentence opens on */
static bool label_year(const P *p, size_t i, size_t n, const as_timex *x) {
  return x->kind == AS_TX_DATE && x->a.prec == AS_PREC_YEAR && n == 1 && i > 0 &&
         (w(p, i - 1, KW_the) || w(p, i - 1, KW_a) || w(p, i - 1, KW_an) || w(p, i - 1, KW_his) ||
          w(p, i - 1, KW_her) || w(p, i - 1, KW_its) || w(p, i - 1, KW_their)) &&
         i + 1 < p->n && p->t[i + 1].kind == AS_TK_WORD;
}

/* `passed on 12 April and promulgated on 14 August 1973`, `in early
 * January and on 21 January 1942`: the year a
 * sentence gives a date only with the last of several close together
 * (the next date, in the same clause run, of that month or a later one) */
static void later_years(const P *p, as_timex *v, size_t n) {
  for (size_t k = 0; k + 1 < n; k++) {
    as_timex *x = &v[k], *y = &v[k + 1];
    if ((x->kind != AS_TX_DATE && x->kind != AS_TX_RANGE && x->kind != AS_TX_PART) || x->a.year || !x->a.month ||
        x->recurring)
      continue;
    if ((y->kind != AS_TX_DATE && y->kind != AS_TX_RANGE) || !y->a.year || y->a.month < x->a.month || y->aside ||
        y->perfect || y->edge || y->bc || y->tok_from > x->tok_to + 12)
      continue;
    bool split = false;
    for (size_t t = x->tok_to; t < y->tok_from && !split; t++)
      split = p->t[t].kind == AS_TK_PUNCT && (p->s.ptr[p->t[t].start] == ';' || p->s.ptr[p->t[t].start] == '(');
    if (!split)
      x->later_year = y->a.year;
  }
}

void as_timex_scan(as_slice text, const as_toks *toks, as_timexes *out) {
  pthread_once(&maps_once, maps_build);
  P p = {text, toks->v, toks->n};
  size_t i = 0, first = out->n;
  while (i < p.n) {
    if (!may_start(&p, i)) {
      i++;
      continue;
    }
    as_timex x;
    memset(&x, 0, sizeof x);
    x.minutes = -1;
    size_t n = match_at(&p, i, &x);
    if (!n) {
      i++;
      continue;
    }
    /* `the 4th century BC`, `c. 1000 BC`: the era after a form that took
     * the number */
    size_t era;
    if (!x.bc && (x.kind == AS_TX_CENTURY || x.kind == AS_TX_DECADE || (x.kind == AS_TX_DATE && x.a.prec == AS_PREC_YEAR)) &&
        (era = era_bc_at(&p, i + n))) {
      x.bc = true;
      x.aside = true;
      x.part = 0;
      n += era;
    }
    /* `celebrated every 24 June`, `held each year on 25 January`,
     * `annually on 3 May`: a day of every year, none in particular */
    /* (`held every year from 10 July to 25 August`: days of every year) */
    if ((x.kind == AS_TX_DATE || (x.kind == AS_TX_RANGE && !x.b.year)) && !x.a.year && x.a.month) {
      size_t b = i > 0 && (w(&p, i - 1, KW_on) || (x.kind == AS_TX_RANGE && (w(&p, i - 1, KW_from) ||
                                                                            w(&p, i - 1, KW_between))))
                     ? i - 1
                     : i;
      x.recurring = (b > 0 && (w(&p, b - 1, KW_every) || w(&p, b - 1, KW_each) || w(&p, b - 1, KW_annually))) ||
                    (b > 1 && w(&p, b - 1, KW_year) && (w(&p, b - 2, KW_every) || w(&p, b - 2, KW_each))) ||
                    (i + n + 1 < p.n && w(&p, i + n + 1, KW_year) &&
                     (w(&p, i + n, KW_every) || w(&p, i + n, KW_each))) ||
                    (b < i && habitual_before(&p, b)) || habitual_around(&p, i, i + n);
    }
    /* `Isoroku Yamamoto, who had been shot down in April 1943`: a
     * relative clause's past perfect tells a time before the narrative's,
     * in passing */
    for (size_t k = i; k-- > 0 && k + 16 > i && !x.aside;) {
      if (p.t[k].kind == AS_TK_COMMA || p.t[k].kind == AS_TK_PUNCT)
        break;
      if (w(&p, k, KW_had) && k > 0 && (w(&p, k - 1, KW_who) || w(&p, k - 1, KW_which)))
        x.aside = true;
      /* `The 1st Infantry Division had landed at Gela on 10 July 1943`
       * (not `had 500 men`: a participle after it) */
      else if (w(&p, k, KW_had) && k + 1 < i && p.t[k + 1].kind == AS_TK_WORD && !p.t[k + 1].cap &&
               (w(&p, k + 1, KW_been) || as_slice_ends(as_tok_text(p.s, &p.t[k + 1]), "ed") ||
                as_slice_ends(as_tok_text(p.s, &p.t[k + 1]), "en")))
        x.perfect = true;
    }
    /* `mopping-up went on into the next day`: how long something lasted,
     * not a time the narrative moves to */
    if (x.kind == AS_TX_RELATIVE && i > 0 && (w(&p, i - 1, KW_into) || w(&p, i - 1, KW_until) || w(&p, i - 1, KW_till)))
      x.edge = true;
    /* `On 5 April, twenty-four days later, he reached Dandi`: a count set
     * apart right after the date it restates */
    x.restates = x.kind == AS_TX_RELATIVE && x.rel_n > 0 && out->n > 0 && out->v[out->n - 1].tok_to + 1 == i &&
                 kind_at(&p, i - 1, AS_TK_COMMA) && out->v[out->n - 1].kind == AS_TX_DATE &&
                 (i + n >= p.n || kind_at(&p, i + n, AS_TK_COMMA));
    x.tok_from = i;
    x.tok_to = i + n;
    /* `In 1865, ...`, `However, by early 1881 ...`: at most three words
     * and commas before it */
    x.topical = i <= 3 && !label_year(&p, i, n, &x);
    for (size_t k = 0; k < i && x.topical; k++)
      x.topical = p.t[k].kind == AS_TK_WORD || p.t[k].kind == AS_TK_COMMA;
    x.start = p.t[i].start;
    x.end = p.t[i + n - 1].end;
    if (out->n == out->cap) {
      out->cap = out->cap ? out->cap * 2 : 16;
      out->v = as_xrealloc(out->v, out->cap * sizeof *out->v);
    }
    out->v[out->n++] = x;
    i += n;
  }
  if (out->n > first)
    later_years(&p, out->v + first, out->n - first);
}

void as_timexes_free(as_timexes *t) {
  free(t->v);
  t->v = NULL;
  t->n = t->cap = 0;
}

/* ---- resolution ---- */

/* days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant) */
static long days_from_civil(int y, int m, int d) { return (long)(as_civil_days(y, m, d) - 719468); }

static as_date civil_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = (int)(doy - (153 * mp + 2) / 5 + 1);
  int m = (int)(mp < 10 ? mp + 3 : mp - 9);
  return mkdate((int)(y + (m <= 2)), m, d, AS_PREC_DAY);
}

/* Years this far from the article's own span are told from elsewhere
 * (`In 1993, Raugh wrote that ...`): they do not anchor its narrative. */
#define SPAN_SLACK 5

void as_narrative_sentence(as_narrative *nv) {
  nv->last_sentence_year = nv->sentence_years == 1 ? nv->sentence_year : 0;
  nv->sentence_year = 0;
  nv->sentence_years = 0;
  nv->flashback.prec = AS_PREC_NONE;
}

static bool in_span(const as_narrative *nv, int year) {
  return !nv->span_from || (year >= nv->span_from - SPAN_SLACK && year <= nv->span_to + SPAN_SLACK);
}

/* Whether year is one of the article's own, strictly (or none is known). */
static bool within_years(const as_narrative *nv, int year) {
  return !nv->span_from || (year >= nv->span_from && year <= nv->span_to);
}

/* A new date becomes the reference unless it says less of the same time. */
static void set_ref(as_date *ref, as_date d) {
  if (ref->prec != AS_PREC_NONE && ref->year == d.year && d.prec < ref->prec &&
      (d.prec < AS_PREC_MONTH || ref->month == d.month))
    return;
  *ref = d;
}

/* Whether d ends before ref begins, as far as both tell. */
static bool before_ref(const as_date *d, const as_date *ref) {
  if (d->year != ref->year)
    return d->year < ref->year;
  if (d->prec < AS_PREC_MONTH || ref->prec < AS_PREC_MONTH || !d->month || !ref->month)
    return false;
  if (d->month != ref->month)
    return d->month < ref->month;
  return d->prec == AS_PREC_DAY && ref->prec == AS_PREC_DAY && d->day < ref->day;
}

static void move_ref(as_narrative *nv, as_date d) {
  if (!d.year || d.year < 1 || d.year > 9999)
    return;
  nv->prior = nv->ref;
  set_ref(&nv->ref, d);
  nv->aside_year = false;
  nv->inherited = false;
  if (in_span(nv, d.year))
    set_ref(&nv->in_span, d);
}

/* What a date without its year is anchored on: the reference, unless it
 * lies far outside the article's span and an earlier one did not. */
static const as_date *anchor(const as_narrative *nv) {
  if (nv->ref.prec != AS_PREC_NONE && !in_span(nv, nv->ref.year) && nv->in_span.prec != AS_PREC_NONE)
    return &nv->in_span;
  return &nv->ref;
}

void as_narrative_init(as_narrative *nv, as_date start, int span_from, int span_to) {
  memset(nv, 0, sizeof *nv);
  nv->span_from = span_from;
  nv->span_to = span_to;
  if (start.year)
    move_ref(nv, start);
}

static void format_date(as_strbuf *out, const as_date *d, int minutes) {
  as_date_format(out, d);
  if (d->prec == AS_PREC_DAY && d->year && minutes >= 0)
    as_strbuf_printf(out, "T%02d:%02d", minutes / 60, minutes % 60);
}

static void format_interval(as_strbuf *out, as_date a, as_date b) {
  as_date_format(out, &a);
  as_strbuf_putc(out, '/');
  as_date_format(out, &b);
}

/* ISO 8601 years before the common era: 1 BC is 0000, 753 BC -0752;
 * the 4th century BC (400 to 301 BC) -03XX. */
static void bc_year(as_strbuf *out, int y) {
  if (y <= 1)
    as_strbuf_puts(out, "0000");
  else
    as_strbuf_printf(out, "-%04d", y - 1);
}

static void bc_format(as_strbuf *norm, const as_timex *t) {
  switch (t->kind) {
  case AS_TX_CENTURY:
    as_strbuf_printf(norm, "-%02dXX", t->a.year / 100);
    break;
  case AS_TX_DECADE: /* the 480s BC: 489 to 480 BC */
    bc_year(norm, t->a.year + 9);
    as_strbuf_putc(norm, '/');
    bc_year(norm, t->a.year);
    break;
  case AS_TX_RANGE:
    bc_year(norm, t->a.year);
    as_strbuf_putc(norm, '/');
    bc_year(norm, t->b.year);
    break;
  default:
    bc_year(norm, t->a.year);
    if (t->approx)
      as_strbuf_putc(norm, '~');
    break;
  }
}

as_timex_value as_timex_resolve(const as_timex *t, as_narrative *nv, as_strbuf *norm) {
  as_timex_value r = {AS_PREC_NONE, false};
  /* what follows a flashback in its sentence is told from it */
  /* (a count from the last date told counts from it, within the
   * article's span or not: `discovered on 18 December 1974. He was
   * repatriated the following month`) */
  const as_date *ref = nv->flashback.prec != AS_PREC_NONE                  ? &nv->flashback
                       : t->restates && nv->prior.prec != AS_PREC_NONE ? &nv->prior
                       : t->kind == AS_TX_RELATIVE && t->rel_unit != AS_REL_YEAR ? &nv->ref
                                                                       : anchor(nv);
  int ry = ref->prec != AS_PREC_NONE ? ref->year : 0;
  /* a year told in passing does not move the narrative (see temporal.h) */
  /* (the first year a section tells moves on from the one an earlier
   * section left: `In 1984 it was inscribed by UNESCO.` in the lead, then
   * `The choir was finished in 1561. On 11 July ...` under History) */
  bool passing = !t->topical && nv->ref.prec != AS_PREC_NONE && !nv->inherited;
  bool jump = t->edge && nv->ref.prec != AS_PREC_NONE && t->a.year && t->a.year != nv->ref.year;
  as_date a = t->a, b = t->b;
  /* a year told marks the reference (moving it, below, clears the mark) */
  if (t->a.year && !t->bc && nv->ref.prec != AS_PREC_NONE)
    nv->aside_year = true;
  /* (and a work's year: `Letters on Nature (1851) ... Two years later`) */
  if ((t->kind == AS_TX_DATE || t->kind == AS_TX_SEASON || t->kind == AS_TX_PART) && t->a.year && !t->bc &&
      (!t->aside || t->titled) && !t->past)
    nv->told_year = t->a.year;
  if (t->a.year)
    nv->sentence_years++;
  /* (a season's or a month's year too: `in the autumn of 1837`) */
  if (t->a.year && !t->bc && !t->aside && !t->past && !t->edge && t->kind != AS_TX_RELATIVE &&
      t->kind != AS_TX_DECADE && t->kind != AS_TX_CENTURY)
    nv->sentence_year = t->a.year;
  if (t->kind != AS_TX_RELATIVE && t->kind != AS_TX_DECADE && t->kind != AS_TX_CENTURY && !a.year && !t->recurring) {
    /* the year comes from the narrative */
    r.inferred = true;
    if (t->later_year && (!ry || t->later_year > ry)) {
      a.year = t->later_year;
      if (t->kind == AS_TX_RANGE && !b.year)
        b.year = a.month > b.month ? a.year + 1 : a.year;
    } else if (t->anaphoric && nv->sentence_year && (!ry || abs(nv->sentence_year - ry) <= 60)) {
      /* `was ordered to stand trial in 1633 and arrived in Rome in
       * February of that year`: the year its sentence told last */
      a.year = nv->sentence_year;
    } else if (ry) {
      a.year = ry;
      if (t->past && ref->prec >= AS_PREC_MONTH && a.month > ref->month)
        a.year = ry - 1;
      /* `In late December 1943 ...`, then `on 17 January`; `on 4 January
       * [1942]`, then `on 17 December`: across the turn of a year, the
       * month nearest the narrative's (three months away at most), not
       * one most of a year away */
      else if (!t->past && ref->prec >= AS_PREC_MONTH && a.month && ref->month) {
        /* (within the years the article is about, when known; not after
         * `caught in late 1882`, a year told in passing) */
        if (ref->month - a.month >= 9 && within_years(nv, ry + 1))
          a.year = ry + 1;
        /* (`handed over in August 1943`, then `on 18 February` in a
         * battle of February 1944: the next year, the article's own) */
        else if (ref->month - a.month >= 4 && nv->span_from && !within_years(nv, ry) && within_years(nv, ry + 1))
          a.year = ry + 1;
        else if (a.month - ref->month >= 9 && !nv->aside_year && within_years(nv, ry - 1))
          a.year = ry - 1;
      }
      if (t->kind == AS_TX_RANGE && !b.year)
        b.year = a.month > b.month ? a.year + 1 : a.year;
    }
  }
  if (t->bc) {
    bc_format(norm, t);
    r.prec = t->kind == AS_TX_CENTURY ? AS_PREC_CENTURY : t->kind == AS_TX_DECADE ? AS_PREC_DECADE : AS_PREC_YEAR;
    return r;
  }
  switch (t->kind) {
  case AS_TX_DATE:
    format_date(norm, &a, t->minutes);
    if (t->approx)
      as_strbuf_putc(norm, '~');
    r.prec = a.prec;
    if (t->perfect && a.year && nv->ref.prec != AS_PREC_NONE && before_ref(&a, &nv->ref))
      nv->flashback = a;
    else if (!t->aside && !jump && !t->past && !(passing && a.prec <= AS_PREC_YEAR))
      move_ref(nv, a);
    break;
  case AS_TX_RANGE:
    as_date_format(norm, &a);
    if (t->approx) /* `c. 1165–1229`: EDTF `1165~/1229` */
      as_strbuf_putc(norm, '~');
    as_strbuf_putc(norm, '/');
    as_date_format(norm, &b);
    r.prec = a.prec;
    if (!t->aside && !(passing && a.prec <= AS_PREC_YEAR))
      move_ref(nv, t->overnight ? b : a);
    break;
  case AS_TX_PART: {
    static const int from[] = {0, 1, 5, 9, 1, 7}, to[] = {0, 4, 8, 12, 6, 12};
    static const int dfrom[] = {0, 1, 11, 21, 1, 16};
    if (a.prec == AS_PREC_YEAR) {
      if (!a.year)
        break;
      as_strbuf_printf(norm, "%04d-%02d/%04d-%02d", a.year, from[t->part], a.year, to[t->part]);
    } else {
      int last = as_days_in_month(a.year ? a.year : 2000, a.month);
      int dto[] = {0, 10, 20, last, 15, last};
      as_date s = mkdate(a.year, a.month, dfrom[t->part], AS_PREC_DAY);
      as_date e = mkdate(a.year, a.month, dto[t->part], AS_PREC_DAY);
      format_interval(norm, s, e);
    }
    r.prec = AS_PREC_PART;
    if (!(passing && a.prec <= AS_PREC_YEAR))
      move_ref(nv, a);
    break;
  }
  case AS_TX_SEASON: {
    static const int sfrom[] = {0, 3, 6, 9, 12}, sto[] = {0, 5, 8, 11, 2};
    int y2 = t->part == AS_SEASON_WINTER ? a.year + 1 : a.year;
    as_strbuf_printf(norm, "%04d-%02d/%04d-%02d", a.year, sfrom[t->part], y2, sto[t->part]);
    r.prec = AS_PREC_PART;
    if (!passing)
      move_ref(nv, mkdate(a.year, 0, 0, AS_PREC_YEAR));
    break;
  }
  case AS_TX_DECADE:
  case AS_TX_CENTURY: {
    int len = t->kind == AS_TX_DECADE ? 10 : 100;
    if (t->part) {
      /* early, mid, late: a third each; the halves */
      static const int num_from[] = {0, 0, 1, 2, 0, 1}, num_to[] = {0, 1, 2, 3, 1, 2}, den[] = {1, 3, 3, 3, 2, 2};
      int y0 = a.year + (len * num_from[t->part] + den[t->part] - 1) / den[t->part];
      int y1 = a.year + (len * num_to[t->part] + den[t->part] - 1) / den[t->part] - 1;
      if (t->part == AS_PART_LATE || t->part == AS_PART_SECOND_HALF)
        y1 = a.year + len - 1;
      as_strbuf_printf(norm, "%04d/%04d", y0, y1);
      r.prec = AS_PREC_PART;
    } else if (t->kind == AS_TX_DECADE) {
      as_strbuf_printf(norm, "%03dX", a.year / 10);
      r.prec = AS_PREC_DECADE;
    } else {
      as_strbuf_printf(norm, "%02dXX", a.year / 100);
      r.prec = AS_PREC_CENTURY;
    }
    break;
  }
  case AS_TX_RELATIVE: {
    r.inferred = true;
    as_date d = *ref;
    if (t->rel_unit == AS_REL_DAY) {
      if (ref->prec != AS_PREC_DAY || !ref->year)
        break;
      d = civil_from_days(days_from_civil(ref->year, ref->month, ref->day) + t->rel_n);
    } else if (t->rel_unit == AS_REL_MONTH) {
      if (ref->prec < AS_PREC_MONTH || !ref->year || !ref->month)
        break;
      int mm = ref->year * 12 + (ref->month - 1) + t->rel_n;
      d = mkdate(mm / 12, mm % 12 + 1, 0, AS_PREC_MONTH);
    } else {
      /* `returned it to France in 1632. Champlain came back the next
       * year`: years are counted from the last year told, told in passing
       * or not, when it is later than the reference (not `fighting since
       * 1880`) */
      int from = nv->aside_year && nv->told_year > ry && in_span(nv, nv->told_year) ? nv->told_year : ry;
      /* `In 1924 ... the depot opened there two years later`: a year its
       * own sentence told before it, wherever the narrative is (within a
       * lifetime of it: not `the University of Vienna, founded in 1365, in
       * the same year`) */
      /* (nor one told after an old reference: `founded in 1221. ... set
       * out in the spring of 1612; in the autumn of that year`) */
      if (nv->sentence_year && (!ry || abs(nv->sentence_year - ry) <= 60 || nv->sentence_year > ry))
        from = nv->sentence_year;
      /* `Saldanha anchored in the bay in 1503. Seven years later`: the
       * one year the sentence before told, earlier than the reference or
       * not, when this one told none yet (not `In 1657 Cromwell granted
       * the Company, founded in 1600, a charter. Two years later`) */
      else if (!nv->sentence_year && nv->last_sentence_year && nv->last_sentence_year == nv->told_year &&
               t->rel_n > 0)
        from = nv->last_sentence_year;
      if (!from)
        break;
      d = mkdate(from + t->rel_n, 0, 0, AS_PREC_YEAR);
    }
    if (d.year < 1 || d.year > 9999)
      break;
    format_date(norm, &d, -1);
    r.prec = d.prec;
    /* `the position he had surveyed the previous year`, `torpedoed six
     * months earlier`: a look back, after which the narrative goes on
     * where it was */
    if (!((t->rel_unit == AS_REL_YEAR || t->rel_unit == AS_REL_MONTH) && t->rel_n < 0) && !t->edge && !t->restates)
      move_ref(nv, d);
    break;
  }
  }
  if (r.prec != AS_PREC_NONE && !a.year && t->kind != AS_TX_RELATIVE && t->kind != AS_TX_DECADE &&
      t->kind != AS_TX_CENTURY)
    r.inferred = false; /* no reference: the value says the year is unknown */
  return r;
}
