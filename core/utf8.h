/* utf8.h: UTF-8 decoding, validation and character counting. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_UTF8_H
#define AS_UTF8_H

#include <stddef.h>
#include <stdint.h>

/** Length of the valid UTF-8 sequence at s[0..n), or 0 if the bytes there
 *  are not valid UTF-8 (overlong, surrogate, truncated, > U+10FFFF).
 *  A NUL byte is a valid one-byte sequence. */
size_t as_utf8_valid_len(const unsigned char *s, size_t n);

/** Decodes one code point at s[0..n) into *cp and returns its length in
 *  bytes; invalid input yields U+FFFD and a length of 1. n must be > 0. */
size_t as_utf8_decode(const char *s, size_t n, uint32_t *cp);

/** Writes cp as UTF-8 into out (4 bytes room) and returns its length. */
size_t as_utf8_encode(uint32_t cp, char *out);

/** Number of code points in s[0..n) (counts lead bytes; s must be valid). */
size_t as_utf8_count(const char *s, size_t n);

/** Offset of the first byte that is not plain ASCII or not valid UTF-8 or
 *  is NUL, scanning from 0; n if there is none. Fast path for clean text. */
size_t as_utf8_scan_clean(const char *s, size_t n);

#endif
