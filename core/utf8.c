/* utf8.c: UTF-8 decoding, validation and character counting. */
/* SPDX-License-Identifier: MIT */
#include "utf8.h"

#include <string.h>

size_t as_utf8_valid_len(const unsigned char *s, size_t n) {
  if (n == 0)
    return 0;
  unsigned c = s[0];
  if (c < 0x80)
    return 1;
  size_t len;
  uint32_t min, cp;
  if (c >= 0xC2 && c <= 0xDF)
    len = 2, min = 0x80, cp = c & 0x1F;
  else if (c >= 0xE0 && c <= 0xEF)
    len = 3, min = 0x800, cp = c & 0x0F;
  else if (c >= 0xF0 && c <= 0xF4)
    len = 4, min = 0x10000, cp = c & 0x07;
  else
    return 0;
  if (n < len)
    return 0;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return len;
}

size_t as_utf8_decode(const char *s, size_t n, uint32_t *cp) {
  const unsigned char *u = (const unsigned char *)s;
  size_t len = as_utf8_valid_len(u, n);
  if (len == 0) {
    *cp = 0xFFFD;
    return 1;
  }
  switch (len) {
  case 1: *cp = u[0]; break;
  case 2: *cp = ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F); break;
  case 3: *cp = ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F); break;
  default:
    *cp = ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) |
          ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
  }
  return len;
}

size_t as_utf8_encode(uint32_t cp, char *out) {
  unsigned char *o = (unsigned char *)out;
  if (cp < 0x80) {
    o[0] = (unsigned char)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (unsigned char)(0xC0 | (cp >> 6));
    o[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (unsigned char)(0xE0 | (cp >> 12));
    o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | (cp >> 18));
  o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

/* Eight bytes at a time: a continuation byte is 10xxxxxx, so its top bit
 * is set and the next one clear (no popcount: it is a library call
 * without -mpopcnt). */
size_t as_utf8_count(const char *s, size_t n) {
  size_t count = 0, i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    memcpy(&x, s + i, 8);
    uint64_t cont = (x & ~(x << 1) & 0x8080808080808080ULL) >> 7; /* 1 per continuation byte */
    count += 8 - (size_t)((cont * 0x0101010101010101ULL) >> 56);       /* their sum, in the top byte */
  }
  for (; i < n; i++)
    count += ((unsigned char)s[i] & 0xC0) != 0x80;
  return count;
}

size_t as_utf8_scan_clean(const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  size_t i = 0;
  while (i < n) {
    /* eight ASCII bytes, none of them NUL, at a time */
    while (i + 8 <= n) {
      uint64_t x;
      memcpy(&x, u + i, 8);
      if ((x & highs) | ((x - ones) & ~x & highs))
        break;
      i += 8;
    }
    if (i >= n)
      break;
    if (u[i] >= 0x01 && u[i] < 0x80) {
      i++;
      continue;
    }
    if (u[i] == 0)
      return i;
    size_t len = as_utf8_valid_len(u + i, n - i);
    if (len == 0)
      return i;
    i += len;
  }
  return n;
}
