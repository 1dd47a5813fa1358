/* slice.h: a view of text (pointer plus length); owns nothing. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_SLICE_H
#define AS_SLICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/** A view of bytes; not NUL-terminated. Valid as long as what it points
 *  into (an article's arena, the input line, a static string). */
typedef struct as_slice {
  const char *ptr;
  size_t len;
} as_slice;

#define AS_SLICE_LIT(s) ((as_slice){(s), sizeof(s) - 1})
#define AS_SLICE_NULL ((as_slice){NULL, 0})

static inline as_slice as_slice_make(const char *p, size_t n) {
  as_slice s = {p, n};
  return s;
}

static inline as_slice as_slice_cstr(const char *s) {
  return as_slice_make(s, s ? strlen(s) : 0);
}

static inline bool as_slice_eq(as_slice a, as_slice b) {
  return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, a.len) == 0);
}

static inline bool as_slice_eq_cstr(as_slice a, const char *b) {
  return as_slice_eq(a, as_slice_cstr(b));
}

/** Removes ASCII blanks (space, tab) from both ends. */
static inline as_slice as_slice_trim(as_slice s) {
  while (s.len && (s.ptr[0] == ' ' || s.ptr[0] == '\t')) {
    s.ptr++;
    s.len--;
  }
  while (s.len && (s.ptr[s.len - 1] == ' ' || s.ptr[s.len - 1] == '\t'))
    s.len--;
  return s;
}

/** Whether s holds an ASCII digit. */
static inline bool as_slice_has_digit(as_slice s) {
  for (size_t i = 0; i < s.len; i++)
    if (s.ptr[i] >= '0' && s.ptr[i] <= '9')
      return true;
  return false;
}

static inline bool as_slice_starts(as_slice s, const char *prefix) {
  size_t n = strlen(prefix);
  return s.len >= n && memcmp(s.ptr, prefix, n) == 0;
}

static inline bool as_slice_ends(as_slice s, const char *suffix) {
  size_t n = strlen(suffix);
  return s.len >= n && memcmp(s.ptr + s.len - n, suffix, n) == 0;
}

/** The first byte at or after i (up to n) of s equal to a, b or c, or n.
 *  Eight bytes at a time: for scans where these bytes are rare. */
static inline size_t as_bytes_find3(const char *s, size_t i, size_t n, char a, char b, char c) {
  const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  while (i + 8 <= n) {
    uint64_t x;
    memcpy(&x, s + i, 8);
    uint64_t xa = x ^ (ones * (unsigned char)a), xb = x ^ (ones * (unsigned char)b),
             xc = x ^ (ones * (unsigned char)c);
    if (((xa - ones) & ~xa & highs) | ((xb - ones) & ~xb & highs) | ((xc - ones) & ~xc & highs))
      break;
    i += 8;
  }
  while (i < n && s[i] != a && s[i] != b && s[i] != c)
    i++;
  return i;
}

/** FNV-1a hash of the bytes of s, for the hash tables of the parsers. */
static inline uint64_t as_slice_hash(as_slice s) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < s.len; i++)
    h = (h ^ (unsigned char)s.ptr[i]) * 1099511628211ULL;
  return h;
}

#endif
