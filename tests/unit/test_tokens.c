/* test_tokens.c: the prose tokenizer's word flags (lower, cap, kw), which
 * it finds eight bytes a step. */
/* SPDX-License-Identifier: MIT */
#include <criterion/criterion.h>

#include "../../parsers/tokens.h"

/* The one token of word, which must be a single word. */
static as_tok one_word(const char *word) {
  as_toks toks = {0};
  as_tokenize(as_slice_cstr(word), &toks);
  cr_assert_eq(toks.n, 1, "'%s': %zu tokens", word, toks.n);
  cr_assert_eq(toks.v[0].kind, AS_TK_WORD, "'%s' is no word", word);
  as_tok t = toks.v[0];
  as_toks_free(&toks);
  return t;
}

Test(tokens, lower_sees_a_capital_at_any_position) {
  /* a capital in each byte of the first and second eight, and after them */
  const char *base = "abcdefghijklmnopqrstu";
  for (size_t k = 0; k < strlen(base); k++) {
    char w[32];
    strcpy(w, base);
    w[k] = (char)(w[k] - 'a' + 'A');
    as_tok t = one_word(w);
    cr_expect_not(t.lower, "'%s' taken for all small letters", w);
    cr_expect_eq(t.cap, k == 0, "'%s': cap %d", w, t.cap);
    cr_expect_eq(t.end, strlen(w), "'%s' ends at %u", w, t.end);
  }
  for (size_t n = 1; n <= strlen(base); n++) {
    char w[32];
    memcpy(w, base, n);
    w[n] = '\0';
    cr_expect(one_word(w).lower, "'%s' is all small letters", w);
  }
}

Test(tokens, lower_is_only_a_to_z) {
  cr_expect_not(one_word("caf\xC3\xA9").lower);                 /* é */
  cr_expect_not(one_word("abcdefgh\xC3\xA9").lower);            /* é after eight letters */
  cr_expect_not(one_word("o'clock").lower);
  cr_expect(one_word("\xC3\x89mile").cap);                      /* É */
  cr_expect_not(one_word("\xC3\xA9mile").cap);
}

Test(tokens, words_end_where_letters_end) {
  as_toks toks = {0};
  as_tokenize(as_slice_cstr("abcdefghijk,lmnopqrstuvw-xyz 1881 Prado's"), &toks);
  cr_assert_eq(toks.n, 7);
  cr_expect_eq(toks.v[0].end, 11);
  cr_expect_eq(toks.v[1].kind, AS_TK_COMMA);
  cr_expect_eq(toks.v[2].end, 24);
  cr_expect_eq(toks.v[3].kind, AS_TK_DASH);
  cr_expect_eq(toks.v[4].end, 28);
  cr_expect_eq(toks.v[5].kind, AS_TK_NUM);
  cr_expect_eq(toks.v[6].end, 41);
  cr_expect(toks.v[6].cap);
  as_toks_free(&toks);
}

Test(tokens, keywords_in_any_case) {
  cr_expect_eq(one_word("September").kw, KW_september);
  cr_expect_eq(one_word("SEPT").kw, KW_sept);
  cr_expect_eq(one_word("the").kw, KW_the);
  cr_expect_eq(one_word("thee").kw, AS_KW_NONE);
}

Test(tokens, count_nouns_in_any_case) {
  cr_expect(as_is_count_noun(AS_SLICE_LIT("soldiers")));
  cr_expect(as_is_count_noun(AS_SLICE_LIT("Soldiers")));
  cr_expect(as_is_count_noun(AS_SLICE_LIT("KM2")));
  cr_expect(as_is_count_noun(AS_SLICE_LIT("inhabitants")));
  cr_expect_not(as_is_count_noun(AS_SLICE_LIT("soldier")));
  cr_expect_not(as_is_count_noun(AS_SLICE_LIT("")));
  cr_expect_not(as_is_count_noun(AS_SLICE_LIT("inhabitantsinhabitants")));
}
