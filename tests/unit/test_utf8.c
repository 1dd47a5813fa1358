/* test_utf8.c: UTF-8 validation, decoding, encoding and counting. */
/* SPDX-License-Identifier: MIT */
#include <string.h>

#include <criterion/criterion.h>

#include "../../core/utf8.h"

static size_t vlen(const char *s, size_t n) { return as_utf8_valid_len((const unsigned char *)s, n); }

Test(utf8, valid_sequences) {
  cr_expect_eq(vlen("A", 1), 1);
  cr_expect_eq(vlen("\0", 1), 1, "a NUL byte is a valid one-byte sequence");
  cr_expect_eq(vlen("\x7F", 1), 1);
  cr_expect_eq(vlen("\xC3\xA1", 2), 2);         /* á */
  cr_expect_eq(vlen("\xC2\x80", 2), 2);         /* U+0080, the smallest two-byte */
  cr_expect_eq(vlen("\xE2\x80\x93", 3), 3);     /* – */
  cr_expect_eq(vlen("\xE0\xA0\x80", 3), 3);     /* U+0800 */
  cr_expect_eq(vlen("\xEF\xBF\xBD", 3), 3);     /* U+FFFD */
  cr_expect_eq(vlen("\xF0\x9F\x98\x80", 4), 4); /* U+1F600 */
  cr_expect_eq(vlen("\xF4\x8F\xBF\xBF", 4), 4); /* U+10FFFF */
  cr_expect_eq(vlen("\xC3\xA1zzz", 5), 2, "only the first sequence counts");
}

Test(utf8, invalid_sequences) {
  cr_expect_eq(vlen("", 0), 0);
  cr_expect_eq(vlen("\x80", 1), 0, "a lone continuation byte");
  cr_expect_eq(vlen("\xBF", 1), 0);
  cr_expect_eq(vlen("\xFF", 1), 0);
  cr_expect_eq(vlen("\xFE", 1), 0);
  cr_expect_eq(vlen("\xC3", 1), 0, "truncated two-byte");
  cr_expect_eq(vlen("\xE2\x80", 2), 0, "truncated three-byte");
  cr_expect_eq(vlen("\xF0\x9F\x98", 3), 0, "truncated four-byte");
  cr_expect_eq(vlen("\xC3\x41", 2), 0, "a lead byte followed by ASCII");
  cr_expect_eq(vlen("\xE2\x28\xA1", 3), 0, "bad second byte");
  cr_expect_eq(vlen("\xF4\x90\x80\x80", 4), 0, "above U+10FFFF");
  cr_expect_eq(vlen("\xF5\x80\x80\x80", 4), 0, "F5 never starts a sequence");
}

Test(utf8, overlongs) {
  cr_expect_eq(vlen("\xC0\x80", 2), 0, "overlong NUL");
  cr_expect_eq(vlen("\xC1\xBF", 2), 0, "overlong U+007F");
  cr_expect_eq(vlen("\xE0\x80\xAF", 3), 0, "overlong '/'");
  cr_expect_eq(vlen("\xE0\x9F\xBF", 3), 0, "overlong U+07FF");
  cr_expect_eq(vlen("\xF0\x8F\xBF\xBF", 4), 0, "overlong U+FFFF");
}

Test(utf8, surrogates) {
  cr_expect_eq(vlen("\xED\xA0\x80", 3), 0, "U+D800");
  cr_expect_eq(vlen("\xED\xBF\xBF", 3), 0, "U+DFFF");
  cr_expect_eq(vlen("\xED\x9F\xBF", 3), 3, "U+D7FF is fine");
  cr_expect_eq(vlen("\xEE\x80\x80", 3), 3, "U+E000 is fine");
}

Test(utf8, decode) {
  uint32_t cp;
  cr_expect_eq(as_utf8_decode("A", 1, &cp), 1);
  cr_expect_eq(cp, 'A');
  cr_expect_eq(as_utf8_decode("\xC3\xA1", 2, &cp), 2);
  cr_expect_eq(cp, 0xE1);
  cr_expect_eq(as_utf8_decode("\xE2\x80\x93", 3, &cp), 3);
  cr_expect_eq(cp, 0x2013);
  cr_expect_eq(as_utf8_decode("\xF0\x9F\x98\x80", 4, &cp), 4);
  cr_expect_eq(cp, 0x1F600);
  cr_expect_eq(as_utf8_decode("\xFF", 1, &cp), 1, "invalid input moves one byte");
  cr_expect_eq(cp, 0xFFFD);
  cr_expect_eq(as_utf8_decode("\xED\xA0\x80", 3, &cp), 1);
  cr_expect_eq(cp, 0xFFFD);
  cr_expect_eq(as_utf8_decode("\xE2\x80", 2, &cp), 1, "a truncated sequence is invalid");
  cr_expect_eq(cp, 0xFFFD);
}

Test(utf8, encode_round_trip) {
  const uint32_t cps[] = {0, 'A', 0x7F, 0x80, 0xE1, 0x7FF, 0x800, 0x2013, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF};
  const size_t lens[] = {1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4};
  for (size_t i = 0; i < sizeof cps / sizeof *cps; i++) {
    char buf[4];
    size_t n = as_utf8_encode(cps[i], buf);
    cr_expect_eq(n, lens[i], "U+%04X: %zu bytes, expected %zu", (unsigned)cps[i], n, lens[i]);
    uint32_t back;
    cr_expect_eq(as_utf8_decode(buf, n, &back), n, "U+%04X does not decode whole", (unsigned)cps[i]);
    cr_expect_eq(back, cps[i], "U+%04X decodes as U+%04X", (unsigned)cps[i], (unsigned)back);
  }
}

Test(utf8, count) {
  cr_expect_eq(as_utf8_count("", 0), 0);
  cr_expect_eq(as_utf8_count("abc", 3), 3);
  cr_expect_eq(as_utf8_count("Cáceres", strlen("Cáceres")), 7);
  cr_expect_eq(as_utf8_count("1881–1883", strlen("1881–1883")), 9);
  cr_expect_eq(as_utf8_count("Москва", strlen("Москва")), 6);
  cr_expect_eq(as_utf8_count("\xF0\x9F\x98\x80!", 5), 2);
  cr_expect_eq(as_utf8_count("Cáceres", 2), 2, "a prefix that ends inside a character counts its lead");
}

Test(utf8, scan_clean) {
  cr_expect_eq(as_utf8_scan_clean("", 0), 0);
  cr_expect_eq(as_utf8_scan_clean("plain", 5), 5);
  cr_expect_eq(as_utf8_scan_clean("Cáceres", strlen("Cáceres")), strlen("Cáceres"));
  cr_expect_eq(as_utf8_scan_clean("ab\0cd", 5), 2, "stops at NUL");
  cr_expect_eq(as_utf8_scan_clean("ab\xFF", 3), 2, "stops at an invalid byte");
  cr_expect_eq(as_utf8_scan_clean("á\xC3", 3), 2, "stops at a truncated sequence");
  cr_expect_eq(as_utf8_scan_clean("\xED\xA0\x80x", 4), 0, "stops at a surrogate");
}
