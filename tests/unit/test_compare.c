/* test_compare.c: precision-aware equality of the validator (compare.c). */
/* SPDX-License-Identifier: MIT */
#include <criterion/criterion.h>

#include "../../validator/internal.h"

static bool agree(const char *a, const char *b) { return as_dates_agree(as_slice_cstr(a), as_slice_cstr(b)); }

Test(compare, dates_by_precision) {
  cr_expect(agree("1883", "1883-10-23"), "a year agrees with a day inside it");
  cr_expect(agree("1883-10", "1883-10-23"));
  cr_expect(agree("1866-05-02", "1866-05-02"));
  cr_expect_not(agree("1883-10-20", "1883-10-23"));
  cr_expect_not(agree("1883", "1884-01-01"));
  cr_expect_not(agree("1867", "1868-01-05"));
}

Test(compare, intervals_and_edtf) {
  cr_expect(agree("1865-02-28/1865-11-08", "1865-11-06"), "a day inside a range");
  cr_expect_not(agree("1865-02-28/1865-11-08", "1865-11-25"));
  cr_expect(agree("1883-09/1883-12", "1883-10-29"), "late 1883 holds 29 October");
  cr_expect(agree("1880~", "1881"), "about 1880 reaches a year either side");
  cr_expect(agree("1347~", "1350"), "about 1347 reaches three years either side");
  cr_expect_not(agree("1880~", "1884"));
  cr_expect(agree("1944-06~", "1945-05"), "about June 1944: a year either side");
  cr_expect_not(agree("1944-06~", "1945-07"));
  cr_expect(agree("1912-03-29~", "1912-04-15"), "about 29 March 1912: a month either side");
  cr_expect_not(agree("1912-03-29~", "1911-03-29"), "not a year away");
  cr_expect(agree("1942-11-11/1942-11-20", "1942-11-12/1942-11-15"), "mid-November holds 12 to 15 November");
  cr_expect(agree("1941-07-21/1941-07-31", "1941-07-15/1941-08-08"), "late July and a span over it");
  cr_expect(agree("1883-09/1883-12", "1883-10/1884-01"), "late 1883: its ends are no one's");
  cr_expect(agree("1942-11-01/1942-11-10", "1942-11-12/1942-11-15"), "early November, rounded, holds the 12th");
  cr_expect_not(agree("1942-11-01/1942-11-10", "1942-11-20/1942-11-25"), "early November is not the 20th");
  cr_expect(agree("1883-09/1883-12", "1884-01-10"), "late 1883, rounded, holds 10 January 1884");
  cr_expect_not(agree("1883-09/1883-12", "1884-03"), "late 1883 is not March 1884");
  cr_expect_not(agree("1944-06-10/1944-06-14", "1944-06-06/1944-06-14"), "two stated starts");
  cr_expect(agree("188X", "1883-10-23"), "the 1880s");
  cr_expect(agree("18XX", "1867"), "the 19th century");
  cr_expect(agree("1942-11-15T05:30", "1942-11-15"), "a clock time on the same day");
  cr_expect(agree("--08-31", "1882-08-31"), "no year: nothing to compare, no disagreement");
  cr_expect(agree("-0752", "-0752"), "753 BC");
  cr_expect_not(agree("-0752", "0752"), "753 BC is not AD 752");
  cr_expect_not(agree("-0752", "-0751"));
  cr_expect(agree("-03XX", "-0350"), "the 4th century BC holds 351 BC");
  cr_expect_not(agree("-03XX", "-0400"));
  cr_expect(agree("-0999~", "-1000"), "about 1000 BC");
}

Test(compare, leap_years) {
  int64_t a, b;
  cr_assert(as_date_span(as_slice_cstr("1900-02"), &a, &b));
  cr_expect_eq(b - a, 27, "1900 is no leap year");
  cr_assert(as_date_span(as_slice_cstr("2000-02"), &a, &b));
  cr_expect_eq(b - a, 28, "2000 is one");
}

Test(compare, numbers_within_ten_percent) {
  cr_expect(as_numbers_agree(AS_SLICE_LIT("3000"), AS_SLICE_LIT("3100")), "a little over 3,000");
  cr_expect_not(as_numbers_agree(AS_SLICE_LIT("3000"), AS_SLICE_LIT("1800")));
  cr_expect(as_numbers_agree(AS_SLICE_LIT("150"), AS_SLICE_LIT("150")));
}
