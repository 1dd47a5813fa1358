/* test_sentences.c: splitting prose into sentences, from cases/sentences.txt. */
/* SPDX-License-Identifier: MIT */
#include <criterion/criterion.h>

#include "../../parsers/parsers.h"
#include "../support/cases.h"

#define CASES "cases/sentences.txt"

static void check_line(const test_case *tc) {
  const case_line *in = &tc->lines[0];
  as_slice text = as_slice_make(in->text, in->len);
  size_t pos = 0, b, e, n = 0, want = tc->n - 1;
  while (as_sentence_next(text, &pos, &b, &e)) {
    n++;
    cr_expect_leq(b, e, "%s:%u: sentence %zu ends before it starts", CASES, in->no, n);
    if (n > want) {
      cr_expect_fail("%s:%u: extra sentence %zu: '%.*s'", CASES, in->no, n, (int)(e - b), in->text + b);
      continue;
    }
    const case_line *exp = &tc->lines[n];
    cr_expect(e - b == exp->len && memcmp(in->text + b, exp->text, exp->len) == 0,
              "%s:%u: sentence %zu is '%.*s', expected '%s' (line %u)", CASES, in->no, n,
              (int)(e - b), in->text + b, exp->text, exp->no);
    if (n > 10000)
      break; /* no progress: reported below */
  }
  cr_expect_eq(n, want, "%s:%u: %zu sentences, expected %zu", CASES, in->no, n, want);
  cr_expect_eq(pos, in->len, "%s:%u: pos stops at %zu, not at the end (%zu)", CASES, in->no, pos,
               in->len);
}

Test(sentences, cases_file) {
  case_file cf;
  cases_load(&cf, CASES);
  cr_expect_geq(cf.n, 30, "%s: only %zu cases", CASES, cf.n);
  for (size_t i = 0; i < cf.n; i++)
    check_line(&cf.cases[i]);
  cases_free(&cf);
}

/* Calling again once the text is used up keeps returning false. */
Test(sentences, end_is_sticky) {
  as_slice text = AS_SLICE_LIT("One. Two.");
  size_t pos = 0, b, e;
  cr_assert(as_sentence_next(text, &pos, &b, &e));
  cr_assert(as_sentence_next(text, &pos, &b, &e));
  cr_expect_not(as_sentence_next(text, &pos, &b, &e));
  cr_expect_not(as_sentence_next(text, &pos, &b, &e));
  cr_expect_eq(pos, text.len);
}

Test(sentences, blank_and_empty_text) {
  size_t pos = 0, b, e;
  cr_expect_not(as_sentence_next(AS_SLICE_LIT(""), &pos, &b, &e));
  pos = 0;
  cr_expect_not(as_sentence_next(AS_SLICE_LIT(" \t  "), &pos, &b, &e));
  cr_expect_eq(pos, 4);
}

/* The offsets are bytes into the text: after `Cáceres` (one two-byte
 * character) the second sentence starts one byte later than it would in
 * ASCII. */
Test(sentences, offsets_are_bytes) {
  as_slice text = AS_SLICE_LIT("Cáceres won. He left.");
  size_t pos = 0, b, e;
  cr_assert(as_sentence_next(text, &pos, &b, &e));
  cr_expect_eq(b, 0);
  cr_expect_eq(e, 13);
  cr_assert(as_sentence_next(text, &pos, &b, &e));
  cr_expect_eq(b, 14);
  cr_expect_eq(e, text.len);
}

/* A start position inside the text is honoured (article.c passes the
 * offset after a list item's `- `). */
Test(sentences, starts_at_pos) {
  as_slice text = AS_SLICE_LIT("- Peruvian Civil War of 1834");
  size_t pos = 1, b, e;
  cr_assert(as_sentence_next(text, &pos, &b, &e));
  cr_expect_eq(b, 2);
  cr_expect_eq(e, text.len);
}
