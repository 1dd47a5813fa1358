/* calendar.h: days of the proleptic Gregorian calendar, for the date engine
 * and the validator's date comparisons. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_CALENDAR_H
#define AS_CALENDAR_H

#include <stdint.h>

/** Days since 0000-03-01 of year y, month m (1-12), day d (H. Hinnant's
 *  days_from_civil without its 1970 offset). */
static inline int64_t as_civil_days(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe;
}

/** The year, month and day of day z (days since 0000-03-01): the inverse
 *  of as_civil_days (H. Hinnant's civil_from_days). */
static inline void as_civil_from_days(int64_t z, int64_t *y, int *m, int *d) {
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = yoe + era * 400 + (*m <= 2);
}

#endif
