/* test_keys.c: infobox keys → series, index and role, from cases/keys.txt. */
/* SPDX-License-Identifier: MIT */
#include <criterion/criterion.h>

#include "../../parsers/parsers.h"
#include "../support/cases.h"

#define CASES "cases/keys.txt"

static void check_key(const test_case *tc) {
  const case_line *in = &tc->lines[0];
  cr_expect_eq(tc->n, 2, "%s:%u: a case is a key and one expected line", CASES, in->no);
  if (tc->n != 2)
    return;
  as_arena arena;
  as_arena_init(&arena, 0);
  as_key k;
  as_infobox_parse_key(as_slice_make(in->text, in->len), &arena, &k);
  as_strbuf got = AS_STRBUF_INIT;
  as_strbuf_printf(&got, "%.*s|%.*s|%.*s", (int)k.series.len, k.series.ptr, (int)k.index.len,
                   k.index.ptr, (int)k.role.len, k.role.ptr);
  cr_expect_str_eq(as_strbuf_cstr(&got), tc->lines[1].text, "%s:%u: key '%s': got '%s', expected '%s'",
                   CASES, in->no, in->text, as_strbuf_cstr(&got), tc->lines[1].text);
  as_strbuf_free(&got);
  as_arena_fini(&arena);
}

Test(keys, cases_file) {
  case_file cf;
  cases_load(&cf, CASES);
  cr_expect_geq(cf.n, 40, "%s: only %zu cases", CASES, cf.n);
  for (size_t i = 0; i < cf.n; i++)
    check_key(&cf.cases[i]);
  cases_free(&cf);
}
