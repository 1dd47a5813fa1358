/* dates.h: calendar dates with precision, parsing of date values, ISO output. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_DATES_H
#define AS_DATES_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/slice.h"
#include "../core/strbuf.h"

typedef enum { AS_PREC_NONE = 0, AS_PREC_CENTURY, AS_PREC_DECADE, AS_PREC_YEAR, AS_PREC_PART, AS_PREC_MONTH, AS_PREC_DAY } as_precision;

const char *as_precision_name(as_precision p);

/** A calendar date known to some precision. year 0 means the year is not
 *  known (`27 October`); month and day are 0 when not known. */
typedef struct as_date {
  int year;  ///< 1..9999, 0 = unknown
  int month; ///< 1..12, 0 = unknown
  int day;   ///< 1..31, 0 = unknown
  as_precision prec;
} as_date;

/** A date or an interval of dates, as written in one value. */
typedef struct as_date_value {
  as_date from, to; ///< to is used when is_range
  bool is_range;
} as_date_value;

/** Month number (1..12) of a month name or abbreviation (`Oct`, `Sept.`),
 *  any case; 0 if word is not one. */
int as_month_from_name(as_slice word);

/** Days in the month (Gregorian). */
int as_days_in_month(int year, int month);

/** The Gregorian day (ISO 8601) of a day of the Julian calendar (`8
 *  November 1711 (Old Style)` is 1711-11-19); d has a year, month and day. */
as_date as_date_from_julian(as_date d);

/** Parses a whole value as a date or a date range: `2 May 1866`,
 *  `May 2, 1866`, `January 5th, 1868`, `June 1882`, `1867`, `27 October`,
 *  `28 February–8 November 1865`, `17–26 September 1944`, `1881–1883`
 *  (en dash, em dash, hyphen or `to`); the first part of a range borrows
 *  what it lacks from the second. Bare numbers are years only if
 *  `bare_year_ok`. Returns false, leaving *out unspecified, if s is not
 *  wholly a date. */
bool as_date_parse_value(as_slice s, bool bare_year_ok, as_date_value *out);

/** True if s is wholly a range of dates with their years that ends
 *  before it starts (`8 November 1865 – 28 February 1865`, `1883–1881`);
 *  *out then holds its two ends as written. */
bool as_date_range_reversed(as_slice s, as_date_value *out);

/** Appends ISO 8601: `1883-10-23`, `1883-10`, `1883`; `--10-27` when the
 *  year is unknown; a range as `from/to`. */
void as_date_format(as_strbuf *out, const as_date *d);
void as_date_value_format(as_strbuf *out, const as_date_value *v);

#endif
