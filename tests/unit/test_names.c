/* test_names.c: ranks and titles split off names, from cases/names.txt. */
/* SPDX-License-Identifier: MIT */
#include <criterion/criterion.h>

#include "../../parsers/parsers.h"
#include "../support/cases.h"

#define CASES "cases/names.txt"

static void check_name(const test_case *tc) {
  const case_line *in = &tc->lines[0];
  cr_expect_eq(tc->n, 2, "%s:%u: a case is a name and one expected line", CASES, in->no);
  if (tc->n != 2)
    return;
  as_slice rank;
  as_slice name = as_name_split_rank(as_slice_make(in->text, in->len), &rank);
  as_strbuf got = AS_STRBUF_INIT;
  as_strbuf_printf(&got, "%.*s|%.*s", (int)rank.len, rank.ptr ? rank.ptr : "", (int)name.len,
                   name.ptr ? name.ptr : "");
  cr_expect_str_eq(as_strbuf_cstr(&got), tc->lines[1].text, "%s:%u: '%s' gives '%s', expected '%s'",
                   CASES, in->no, in->text, as_strbuf_cstr(&got), tc->lines[1].text);
  as_strbuf_free(&got);
}

Test(names, cases_file) {
  case_file cf;
  cases_load(&cf, CASES);
  for (size_t i = 0; i < cf.n; i++)
    check_name(&cf.cases[i]);
  cases_free(&cf);
}

Test(names, rank_words) {
  cr_expect(as_is_rank_word(AS_SLICE_LIT("General")));
  cr_expect(as_is_rank_word(AS_SLICE_LIT("Gen.")));
  cr_expect_not(as_is_rank_word(AS_SLICE_LIT("general")));
  cr_expect_not(as_is_rank_word(AS_SLICE_LIT(".")));
  cr_expect_not(as_is_rank_word(AS_SLICE_LIT("")));
  cr_expect_not(as_is_rank_word(AS_SLICE_LIT("Prado")));
}
