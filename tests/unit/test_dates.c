/* test_dates.c: date values → ISO 8601, from cases/dates.txt, and the helpers. */
/* SPDX-License-Identifier: MIT */
#include <string.h>

#include <criterion/criterion.h>

#include "../../parsers/dates.h"
#include "../support/cases.h"

#define CASES "cases/dates.txt"

/* `ISO precision`, or `none`. */
static void result(as_strbuf *out, as_slice in, bool bare) {
  as_date_value v;
  if (!as_date_parse_value(in, bare, &v)) {
    as_strbuf_puts(out, "none");
    return;
  }
  as_date_value_format(out, &v);
  as_strbuf_printf(out, " %s", as_precision_name(v.from.prec));
}

static void check_date(const test_case *tc) {
  const case_line *in = &tc->lines[0];
  cr_expect(tc->n == 2 || tc->n == 3, "%s:%u: a case is a value and one or two results", CASES, in->no);
  if (tc->n < 2)
    return;
  const char *strict = tc->lines[1].text;
  const char *bare = tc->n == 3 && strncmp(tc->lines[2].text, "bare: ", 6) == 0 ? tc->lines[2].text + 6 : strict;
  for (int b = 0; b < 2; b++) {
    as_strbuf got = AS_STRBUF_INIT;
    result(&got, as_slice_make(in->text, in->len), b);
    const char *want = b ? bare : strict;
    cr_expect_str_eq(as_strbuf_cstr(&got), want, "%s:%u: '%s' (bare_year_ok %s) gives '%s', expected '%s'",
                     CASES, in->no, in->text, b ? "true" : "false", as_strbuf_cstr(&got), want);
    as_strbuf_free(&got);
  }
}

Test(dates, cases_file) {
  case_file cf;
  cases_load(&cf, CASES);
  cr_expect_geq(cf.n, 30, "%s: only %zu cases", CASES, cf.n);
  for (size_t i = 0; i < cf.n; i++)
    check_date(&cf.cases[i]);
  cases_free(&cf);
}

Test(dates, month_names) {
  cr_expect_eq(as_month_from_name(AS_SLICE_LIT("October")), 10);
  cr_expect_eq(as_month_from_name(AS_SLICE_LIT("oct")), 10);
  cr_expect_eq(as_month_from_name(AS_SLICE_LIT("Oct.")), 10);
  cr_expect_eq(as_month_from_name(AS_SLICE_LIT("Sept")), 9);
  cr_expect_eq(as_month_from_name(AS_SLICE_LIT("SEPTEMBER")), 9);
  cr_expect_eq(as_month_from_name(AS_SLICE_LIT("Ma")), 0);
  cr_expect_eq(as_month_from_name(AS_SLICE_LIT("Mayday")), 0);
  cr_expect_eq(as_month_from_name(AS_SLICE_LIT("")), 0);
  cr_expect_eq(as_month_from_name(AS_SLICE_LIT("Septembers")), 0);
}

Test(dates, days_in_month) {
  cr_expect_eq(as_days_in_month(1900, 2), 28);
  cr_expect_eq(as_days_in_month(2000, 2), 29);
  cr_expect_eq(as_days_in_month(1884, 2), 29);
  cr_expect_eq(as_days_in_month(1883, 4), 30);
  cr_expect_eq(as_days_in_month(1883, 12), 31);
}

Test(dates, format_partial) {
  as_strbuf b = AS_STRBUF_INIT;
  as_date d = {1883, 10, 0, AS_PREC_MONTH};
  as_date_format(&b, &d);
  cr_expect_str_eq(as_strbuf_cstr(&b), "1883-10");
  as_strbuf_clear(&b);
  as_date y = {1883, 0, 0, AS_PREC_YEAR};
  as_date_format(&b, &y);
  cr_expect_str_eq(as_strbuf_cstr(&b), "1883");
  as_strbuf_clear(&b);
  as_date noyear = {0, 10, 27, AS_PREC_DAY};
  as_date_format(&b, &noyear);
  cr_expect_str_eq(as_strbuf_cstr(&b), "--10-27");
  as_strbuf_free(&b);
}

/* A range written backwards is no date value, but is told apart from
 * other text; without both years its order cannot be told. */
Test(dates, reversed_ranges) {
  static const struct {
    const char *in, *want;
  } cases[] = {
      {"8 November 1865 – 28 February 1865", "1865-11-08/1865-02-28"},
      {"1883–1881", "1883/1881"},
      {"1883–1885", NULL},
      {"5–3 May 1866", NULL},
      {"30 December – 2 January 1945", NULL},
      {"1883–84", NULL},
      {"Mayor of Lima", NULL},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    as_date_value v;
    bool got = as_date_range_reversed(as_slice_cstr(cases[i].in), &v);
    cr_expect_eq(got, cases[i].want != NULL, "'%s': reversed %d", cases[i].in, got);
    if (got && cases[i].want) {
      as_strbuf b = AS_STRBUF_INIT;
      as_date_value_format(&b, &v);
      cr_expect_str_eq(as_strbuf_cstr(&b), cases[i].want);
      as_strbuf_free(&b);
    }
  }
}
