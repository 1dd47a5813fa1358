/* compare.c: precision-aware equality of values: a year agrees with a day
 * inside it, ranges agree when they overlap, `a little over 3,000` agrees
 * with `3,000`. */
/* SPDX-License-Identifier: MIT */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/calendar.h"
#include "internal.h"

static int month_days(int64_t y, int m) {
  static const int n[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : n[m - 1];
}

/* The number the leading digits of p write, and how many there are in
 * *used; past nine digits the value stops growing (callers want four or
 * two digits and reject the rest by *used). */
static int digits(const char *p, size_t n, size_t *used) {
  int v = 0;
  size_t i = 0;
  for (; i < n && isdigit((unsigned char)p[i]); i++)
    if (i < 9)
      v = v * 10 + (p[i] - '0');
  *used = i;
  return v;
}

/* One end of a value: `1883`, `1883-10`, `1883-10-23`, `1883-10-23T05:30`,
 * `188X` (a decade), `18XX` (a century), `1880~` (about: three years
 * either side; `1880-06~`, a year). */
static bool one_span(as_slice s, int64_t *from, int64_t *to) {
  size_t u;
  if (s.len < 4)
    return false;
  bool approx = s.ptr[s.len - 1] == '~';
  if (approx)
    s.len--;
  /* `-0752` (753 BC), `-03XX` (the 4th century BC); `--08-31` has no year */
  bool bc = s.len >= 5 && s.ptr[0] == '-' && isdigit((unsigned char)s.ptr[1]);
  if (bc) {
    s.ptr++;
    s.len--;
  }
  if (s.len == 4 && isdigit((unsigned char)s.ptr[0]) && isdigit((unsigned char)s.ptr[1]) &&
      (s.ptr[2] == 'X' || s.ptr[3] == 'X')) {
    int base = (s.ptr[0] - '0') * 1000 + (s.ptr[1] - '0') * 100;
    int y0 = s.ptr[2] == 'X' ? base : base + (s.ptr[2] - '0') * 10;
    int y1 = s.ptr[2] == 'X' ? base + 99 : y0 + 9;
    *from = bc ? as_civil_days(-y1, 1, 1) : as_civil_days(y0, 1, 1);
    *to = bc ? as_civil_days(-y0, 12, 31) : as_civil_days(y1, 12, 31);
    return true;
  }
  int y = digits(s.ptr, s.len, &u);
  if (u != 4)
    return false;
  if (bc)
    y = -y;
  int m0 = 1, m1 = 12, d0 = 1, d1 = 31;
  if (s.len >= 7 && s.ptr[4] == '-') {
    int m = digits(s.ptr + 5, 2, &u);
    if (u != 2 || m < 1 || m > 12)
      return false;
    m0 = m1 = m;
    d1 = month_days(y, m);
    if (s.len >= 10 && s.ptr[7] == '-') {
      int d = digits(s.ptr + 8, 2, &u);
      if (u != 2 || d < 1 || d > 31)
        return false;
      d0 = d1 = d;
    }
  }
  /* `c. 1347` is no more exact than a few years (`born 1350` agrees);
   * `c. June 1944`, a year either side; `c. 29 March 1912`, a month */
  int slack = !approx || s.len >= 10 ? 0 : s.len == 4 ? 3 : 1;
  *from = as_civil_days(y - slack, m0, d0) - (approx && s.len >= 10 ? 31 : 0);
  *to = as_civil_days(y + slack, m1, d1) + (approx && s.len >= 10 ? 31 : 0);
  return true;
}

bool as_date_span(as_slice iso, int64_t *from, int64_t *to) {
  const char *slash = memchr(iso.ptr ? iso.ptr : "", '/', iso.len);
  if (!slash)
    return one_span(iso, from, to);
  int64_t a0, a1, b0, b1;
  as_slice a = as_slice_make(iso.ptr, (size_t)(slash - iso.ptr));
  as_slice b = as_slice_make(slash + 1, iso.len - a.len - 1);
  if (!one_span(a, &a0, &a1) || !one_span(b, &b0, &b1))
    return false;
  *from = a0;
  *to = b1 > a1 ? b1 : a1;
  return true;
}

/* Two ends written to the same precision (`1944-06-10`, `1944-06-06`;
 * not approximate) that differ. */
static bool ends_differ(as_slice a, as_slice b) {
  if (a.len != b.len || !a.len || a.ptr[a.len - 1] == '~' || b.ptr[b.len - 1] == '~')
    return false;
  return memcmp(a.ptr, b.ptr, a.len) != 0;
}

/* `mid-November 1942` (`1942-11-11/1942-11-20`), `late 1883`
 * (`1883-09/1883-12`): a third of a month or of a year, whose ends are
 * the reader's, not the text's. */
bool as_dates_part_of(as_slice v) {
  static const char *const months[] = {"01/", "05/", "09/"}, *const ends[] = {"04", "08", "12"};
  if (v.len == 15 && v.ptr[4] == '-' && v.ptr[7] == '/' && memcmp(v.ptr, v.ptr + 8, 4) == 0) {
    for (int i = 0; i < 3; i++)
      if (memcmp(v.ptr + 5, months[i], 3) == 0 && memcmp(v.ptr + 13, ends[i], 2) == 0)
        return true;
    return false;
  }
  if (v.len != 21 || v.ptr[4] != '-' || v.ptr[7] != '-' || v.ptr[10] != '/' || memcmp(v.ptr, v.ptr + 11, 8) != 0)
    return false;
  size_t u;
  int y = digits(v.ptr, 4, &u), m = digits(v.ptr + 5, 2, &u);
  if (m < 1 || m > 12)
    return false;
  char last[3];
  snprintf(last, sizeof last, "%02d", month_days(y, m));
  return (memcmp(v.ptr + 8, "01", 2) == 0 && memcmp(v.ptr + 19, "10", 2) == 0) ||
         (memcmp(v.ptr + 8, "11", 2) == 0 && memcmp(v.ptr + 19, "20", 2) == 0) ||
         (memcmp(v.ptr + 8, "21", 2) == 0 && memcmp(v.ptr + 19, last, 2) == 0);
}

bool as_dates_agree(as_slice a, as_slice b) {
  int64_t a0, a1, b0, b1;
  if (!as_date_span(a, &a0, &a1) || !as_date_span(b, &b0, &b1))
    return true; /* what cannot be compared does not disagree */
  /* two spans with both ends stated (`10–14 June 1944`, `between 6 and 13
   * June 1944`) say when it began and when it ended: an end stated to the
   * same precision two ways disagrees, even where the spans overlap */
  const char *sa = memchr(a.ptr, '/', a.len), *sb = memchr(b.ptr, '/', b.len);
  if (sa && sb && !as_dates_part_of(a) && !as_dates_part_of(b)) {
    as_slice a_from = as_slice_make(a.ptr, (size_t)(sa - a.ptr)), b_from = as_slice_make(b.ptr, (size_t)(sb - b.ptr));
    as_slice a_to = as_slice_make(sa + 1, a.len - a_from.len - 1), b_to = as_slice_make(sb + 1, b.len - b_from.len - 1);
    if (ends_differ(a_from, b_from) || ends_differ(a_to, b_to))
      return false;
  }
  /* a third is the writer's rounding: `early November` for the 12th, `late
   * 1883` for the first days of January */
  int64_t slack_a = as_dates_part_of(a) ? (a.len == 15 ? 31 : 5) : 0;
  int64_t slack_b = as_dates_part_of(b) ? (b.len == 15 ? 31 : 5) : 0;
  return a0 - slack_a <= b1 + slack_b && b0 - slack_b <= a1 + slack_a;
}

int as_date_year(as_slice iso) {
  size_t u;
  int y = iso.len >= 4 ? digits(iso.ptr, iso.len, &u) : 0;
  return iso.len >= 4 && u == 4 ? y : 0;
}

bool as_number(as_slice s, double *v) {
  char buf[64];
  if (s.len == 0 || s.len >= sizeof buf)
    return false;
  memcpy(buf, s.ptr, s.len);
  buf[s.len] = 0;
  char *end;
  *v = strtod(buf, &end);
  return end != buf && *end == 0;
}

bool as_numbers_agree(as_slice a, as_slice b) {
  double x, y;
  if (!as_number(a, &x) || !as_number(b, &y))
    return true;
  double m = fabs(x) > fabs(y) ? fabs(x) : fabs(y);
  return fabs(x - y) <= 0.1 * m;
}

/* An ISO 8601 duration of days, weeks, months or years (`P63D`, `P9W`,
 * `P2M`, `P1Y`) as days, with half its unit: what rounding to it hides. */
static bool duration_days(as_slice s, double *days, double *half) {
  static const struct {
    char u;
    double d;
  } units[] = {{'D', 1}, {'W', 7}, {'M', 30.44}, {'Y', 365.25}};
  if (s.len < 3 || s.ptr[0] != 'P' || !isdigit((unsigned char)s.ptr[1]))
    return false;
  char u = s.ptr[s.len - 1];
  double n;
  if (!as_number(as_slice_make(s.ptr + 1, s.len - 2), &n))
    return false;
  for (size_t i = 0; i < sizeof units / sizeof *units; i++)
    if (units[i].u == u) {
      *days = n * units[i].d;
      *half = units[i].d / 2;
      return true;
    }
  return false;
}

bool as_durations_agree(as_slice a, as_slice b) {
  double x, y, hx, hy;
  if (!duration_days(a, &x, &hx) || !duration_days(b, &y, &hy))
    return true;
  /* a day either way: the first and the last day counted or not */
  return fabs(x - y) <= (hx > hy ? hx : hy) + 1;
}
