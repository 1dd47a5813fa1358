/* dates.c: parsing date values and writing them as ISO 8601. Pure functions. */
/* SPDX-License-Identifier: MIT */
#include "dates.h"

#include <ctype.h>
#include <string.h>

const char *as_precision_name(as_precision p) {
  static const char *const names[] = {"", "century", "decade", "year", "part", "month", "day"};
  return names[p];
}

static const char *const month_names[] = {"january", "february", "march",     "april",
                                          "may",     "june",     "july",      "august",
                                          "september", "october", "november", "december"};

int as_month_from_name(as_slice w) {
  if (w.len && w.ptr[w.len - 1] == '.')
    w.len--;
  if (w.len < 3 || w.len > 9)
    return 0;
  char low[10];
  for (size_t i = 0; i < w.len; i++)
    low[i] = (char)tolower((unsigned char)w.ptr[i]);
  for (int m = 0; m < 12; m++) {
    const char *name = month_names[m];
    if (strlen(name) == w.len && memcmp(name, low, w.len) == 0)
      return m + 1;
    /* three-letter abbreviations, and "Sept" */
    if (w.len == 3 && memcmp(name, low, 3) == 0)
      return m + 1;
  }
  if (w.len == 4 && memcmp(low, "sept", 4) == 0)
    return 9;
  return 0;
}

/* Through the Julian day number. */
as_date as_date_from_julian(as_date d) {
  long a = (14 - d.month) / 12, y = d.year + 4800 - a, m = d.month + 12 * a - 3;
  long jdn = d.day + (153 * m + 2) / 5 + 365 * y + y / 4 - 32083;
  long g = jdn + 32044, b = (4 * g + 3) / 146097, c = g - 146097 * b / 4;
  long e4 = (4 * c + 3) / 1461, e = c - 1461 * e4 / 4, m2 = (5 * e + 2) / 153;
  d.day = (int)(e - (153 * m2 + 2) / 5 + 1);
  d.month = (int)(m2 + 3 - 12 * (m2 / 10));
  d.year = (int)(100 * b + e4 - 4800 + m2 / 10);
  return d;
}

int as_days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && year > 0 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
    return 29;
  return month >= 1 && month <= 12 ? days[month - 1] : 31;
}

/* ---- a tiny tokenizer over one value ---- */

typedef enum { T_END, T_NUM, T_WORD, T_COMMA, T_DASH } tok_kind;

typedef struct {
  tok_kind kind;
  as_slice text;
  long num;
  int digits;
} token;

typedef struct {
  const char *p, *end;
} lexer;

static bool is_dash_at(const char *p, const char *end, size_t *len) {
  if (p < end && *p == '-') {
    *len = 1;
    return true;
  }
  /* en dash U+2013, em dash U+2014, minus U+2212 */
  if (end - p >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
      ((unsigned char)p[2] == 0x93 || (unsigned char)p[2] == 0x94)) {
    *len = 3;
    return true;
  }
  return false;
}

static token next_token(lexer *lx) {
  token t = {T_END, AS_SLICE_NULL, 0, 0};
  while (lx->p < lx->end && (*lx->p == ' ' || *lx->p == '\t'))
    lx->p++;
  if (lx->p >= lx->end)
    return t;
  const char *s = lx->p;
  size_t dl;
  if (*s == ',') {
    t.kind = T_COMMA;
    lx->p++;
  } else if (is_dash_at(s, lx->end, &dl)) {
    t.kind = T_DASH;
    lx->p += dl;
  } else if (isdigit((unsigned char)*s)) {
    t.kind = T_NUM;
    while (lx->p < lx->end && isdigit((unsigned char)*lx->p)) {
      if (t.num < 100000)
        t.num = t.num * 10 + (*lx->p - '0');
      lx->p++;
      t.digits++;
    }
    /* ordinal suffix: 5th, 22nd, 1st, 3rd */
    if (lx->end - lx->p >= 2 && isalpha((unsigned char)lx->p[0]) && isalpha((unsigned char)lx->p[1]) &&
        (lx->end - lx->p == 2 || !isalpha((unsigned char)lx->p[2]))) {
      char a = (char)tolower((unsigned char)lx->p[0]), b = (char)tolower((unsigned char)lx->p[1]);
      if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
          (a == 't' && b == 'h'))
        lx->p += 2;
    }
  } else if (isalpha((unsigned char)*s)) {
    t.kind = T_WORD;
    while (lx->p < lx->end && (isalpha((unsigned char)*lx->p) || *lx->p == '.'))
      lx->p++;
  } else {
    t.kind = T_WORD; /* anything else: one byte that no rule accepts */
    lx->p++;
  }
  t.text = as_slice_make(s, (size_t)(lx->p - s));
  return t;
}

#define MAX_TOKENS 16

/* Reads the tokens of one side of a range into toks; stops at a dash or
 * the word "to" (or "or": `1368 or 1369`, one of two, which the range
 * holds; *alt says so). Returns the count, or -1 if there are too many. */
static int read_side(lexer *lx, token *toks, bool *hit_dash, bool *alt) {
  int n = 0;
  *hit_dash = false;
  for (;;) {
    token t = next_token(lx);
    if (t.kind == T_END)
      return n;
    bool or = t.kind == T_WORD && t.text.len == 2 && strncmp(t.text.ptr, "or", 2) == 0;
    if (t.kind == T_DASH || or || (t.kind == T_WORD && t.text.len == 2 && strncmp(t.text.ptr, "to", 2) == 0)) {
      *hit_dash = true;
      *alt = *alt || or;
      return n;
    }
    if (n == MAX_TOKENS)
      return -1;
    toks[n++] = t;
  }
}

static bool valid_year(long y) { return y >= 1 && y <= 9999; }

/* Parses one side: [D] [Month] [,] [YYYY], in the orders English uses. */
/* year_mode: which bare numbers may be years: 0 none, 1 four digits, 2 three or four. */
static bool parse_side(const token *t, int n, int year_mode, as_date *d) {
  memset(d, 0, sizeof *d);
  /* drop commas: "May 2, 1866" */
  token v[MAX_TOKENS];
  int m = 0;
  for (int i = 0; i < n; i++)
    if (t[i].kind != T_COMMA)
      v[m++] = t[i];
  int mon;
  switch (m) {
  case 1:
    if (v[0].kind == T_NUM && valid_year(v[0].num) && v[0].digits >= 3 &&
        (year_mode == 2 || (year_mode == 1 && v[0].digits == 4))) {
      d->year = (int)v[0].num, d->prec = AS_PREC_YEAR;
      return true;
    }
    if (v[0].kind == T_NUM && v[0].num >= 1 && v[0].num <= 31 && v[0].digits <= 2) { /* "17" in "17–26 Sept" */
      d->day = (int)v[0].num, d->prec = AS_PREC_DAY;
      return true;
    }
    if (v[0].kind == T_WORD && (mon = as_month_from_name(v[0].text))) {
      d->month = mon, d->prec = AS_PREC_MONTH;
      return true;
    }
    return false;
  case 2:
    if (v[0].kind == T_WORD && (mon = as_month_from_name(v[0].text)) && v[1].kind == T_NUM) {
      d->month = mon;
      if (v[1].num >= 1 && v[1].num <= 31 && v[1].digits <= 2)
        d->day = (int)v[1].num, d->prec = AS_PREC_DAY; /* "October 16" */
      else if (valid_year(v[1].num))
        d->year = (int)v[1].num, d->prec = AS_PREC_MONTH; /* "June 1882" */
      else
        return false;
      return true;
    }
    if (v[0].kind == T_NUM && v[1].kind == T_WORD && (mon = as_month_from_name(v[1].text)) &&
        v[0].num >= 1 && v[0].num <= 31) {
      d->day = (int)v[0].num, d->month = mon, d->prec = AS_PREC_DAY; /* "27 October" */
      return true;
    }
    /* "3, 1863" ending "July 1–3, 1863": the month comes from the start */
    if (v[0].kind == T_NUM && v[1].kind == T_NUM && v[0].num >= 1 && v[0].num <= 31 && v[0].digits <= 2 &&
        v[1].digits == 4 && valid_year(v[1].num)) {
      d->day = (int)v[0].num, d->year = (int)v[1].num, d->prec = AS_PREC_DAY;
      return true;
    }
    return false;
  case 3:
    if (v[0].kind == T_NUM && v[1].kind == T_WORD && v[2].kind == T_NUM &&
        (mon = as_month_from_name(v[1].text)) && v[0].num >= 1 && v[0].num <= 31 &&
        valid_year(v[2].num)) {
      d->day = (int)v[0].num, d->month = mon, d->year = (int)v[2].num, d->prec = AS_PREC_DAY;
      return true;
    }
    if (v[0].kind == T_WORD && v[1].kind == T_NUM && v[2].kind == T_NUM &&
        (mon = as_month_from_name(v[0].text)) && v[1].num >= 1 && v[1].num <= 31 &&
        valid_year(v[2].num)) {
      d->day = (int)v[1].num, d->month = mon, d->year = (int)v[2].num, d->prec = AS_PREC_DAY;
      return true;
    }
    return false;
  default:
    return false;
  }
}

static bool day_fits(const as_date *d) {
  return d->day == 0 || d->day <= as_days_in_month(d->year ? d->year : 2000, d->month);
}

/* Orders two dates as far as both are known: `1866` and `3 May 1866`
 * compare equal. */
static int date_cmp(const as_date *a, const as_date *b) {
  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  bool months = a->month && b->month && a->prec >= AS_PREC_MONTH && b->prec >= AS_PREC_MONTH;
  if (!months || a->month != b->month)
    return !months ? 0 : a->month < b->month ? -1 : 1;
  if (a->prec != AS_PREC_DAY || b->prec != AS_PREC_DAY || !a->day || !b->day || a->day == b->day)
    return 0;
  return a->day < b->day ? -1 : 1;
}

/* ISO form YYYY-MM-DD, as some infoboxes write it. */
static bool parse_iso(as_slice s, as_date *d) {
  if (s.len != 10 || s.ptr[4] != '-' || s.ptr[7] != '-')
    return false;
  for (size_t i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !isdigit((unsigned char)s.ptr[i]))
      return false;
  d->year = (s.ptr[0] - '0') * 1000 + (s.ptr[1] - '0') * 100 + (s.ptr[2] - '0') * 10 + (s.ptr[3] - '0');
  d->month = (s.ptr[5] - '0') * 10 + (s.ptr[6] - '0');
  d->day = (s.ptr[8] - '0') * 10 + (s.ptr[9] - '0');
  d->prec = AS_PREC_DAY;
  return valid_year(d->year) && d->month >= 1 && d->month <= 12 && d->day >= 1 && day_fits(d);
}

/* as_date_parse_value; *reversed (if given) is set for a range that
 * would be one but ends before it starts (`1883–1881`). */
static bool parse_value(as_slice s, bool bare_year_ok, as_date_value *out, bool *reversed) {
  memset(out, 0, sizeof *out);
  s = as_slice_trim(s);
  if (parse_iso(s, &out->from))
    return true;
  lexer lx = {s.ptr, s.ptr + s.len};
  token a[MAX_TOKENS], b[MAX_TOKENS];
  bool dash, dash2, alt = false;
  int na = read_side(&lx, a, &dash, &alt);
  if (na <= 0)
    return false;
  if (!dash) {
    as_date *d = &out->from;
    if (!parse_side(a, na, bare_year_ok ? 2 : 0, d))
      return false;
    if ((d->prec == AS_PREC_DAY && !d->month) || (d->prec == AS_PREC_MONTH && !d->year))
      return false; /* a bare day number or month name is not a date value */
    return day_fits(d);
  }
  int nb = read_side(&lx, b, &dash2, &alt);
  if (nb <= 0 || dash2)
    return false;
  as_date *f = &out->from, *t = &out->to;
  /* In a range, four digits make a year: "1881–1883". */
  int mode = bare_year_ok ? 2 : 1;
  if (!parse_side(a, na, mode, f) || !parse_side(b, nb, mode, t))
    return false;
  /* the first part borrows what it lacks from the second */
  bool own_month = f->month != 0, own_year = f->year != 0;
  if (f->prec == AS_PREC_DAY && !f->month)
    f->month = t->month;
  if (t->prec == AS_PREC_DAY && !t->month && f->prec == AS_PREC_DAY && own_month && !own_year)
    t->month = f->month; /* `July 1–3, 1863` */
  if (!f->year)
    f->year = t->year;
  if ((f->prec == AS_PREC_DAY && !f->month) || (t->prec == AS_PREC_DAY && !t->month))
    return false;
  if (!f->year && !t->year && !f->month)
    return false;
  /* `30 December – 2 January 1945`: a start with its own month after the
   * end's month lies in the year before the borrowed one. */
  if (!own_year && own_month && f->year > 1 && t->month && f->month > t->month)
    f->year--;
  if (!day_fits(f) || !day_fits(t))
    return false;
  /* `1883–1881`, `5–3 May 1866`: an interval cannot end before it starts
   * (ISO 8601). Without years on both sides the order cannot be told. */
  if (f->year && t->year && date_cmp(f, t) > 0) {
    if (reversed)
      *reversed = own_year && t->year >= 1000 && f->year >= 1000;
    return false;
  }
  /* `1368 or 1369`, `10 or 11 May`: two values a source could not
   * choose between, near each other and told alike; not two far apart */
  if (alt && (f->prec != t->prec || t->year - f->year > 2))
    return false;
  out->is_range = true;
  return true;
}

bool as_date_parse_value(as_slice s, bool bare_year_ok, as_date_value *out) {
  return parse_value(s, bare_year_ok, out, NULL);
}

bool as_date_range_reversed(as_slice s, as_date_value *out) {
  bool reversed = false;
  if (parse_value(s, true, out, &reversed) || !reversed)
    return false;
  out->is_range = true;
  return true;
}

/* What "%0*d" writes for v, width (2 or 4) digits at least; without
 * printf for the usual 0..9999 (every date of the prose goes through it). */
static void put_number(as_strbuf *out, int v, int width) {
  if (v < 0 || v > 9999) {
    as_strbuf_printf(out, "%0*d", width, v);
    return;
  }
  char b[4] = {(char)('0' + v / 1000), (char)('0' + v / 100 % 10), (char)('0' + v / 10 % 10),
               (char)('0' + v % 10)};
  int skip = 0; /* leading zeros beyond the width */
  while (skip < 4 - width && b[skip] == '0')
    skip++;
  as_strbuf_append(out, b + skip, (size_t)(4 - skip));
}

void as_date_format(as_strbuf *out, const as_date *d) {
  if (d->year)
    put_number(out, d->year, 4);
  else
    as_strbuf_puts(out, "-");
  if (d->month && d->prec >= AS_PREC_MONTH) {
    as_strbuf_putc(out, '-');
    put_number(out, d->month, 2);
  }
  if (d->day && d->prec == AS_PREC_DAY) {
    as_strbuf_putc(out, '-');
    put_number(out, d->day, 2);
  }
}

void as_date_value_format(as_strbuf *out, const as_date_value *v) {
  as_date_format(out, &v->from);
  if (v->is_range) {
    as_strbuf_putc(out, '/');
    as_date_format(out, &v->to);
  }
}
