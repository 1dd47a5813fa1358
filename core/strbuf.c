/* strbuf.c: growable byte buffer. */
/* SPDX-License-Identifier: MIT */
#include "strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

void as_strbuf_reserve(as_strbuf *b, size_t extra) {
  size_t need = b->len + extra + 1;
  if (need <= b->cap)
    return;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < need)
    cap *= 2;
  b->ptr = as_xrealloc(b->ptr, cap);
  b->cap = cap;
}

void as_strbuf_append(as_strbuf *b, const void *p, size_t n) {
  as_strbuf_reserve(b, n);
  if (n)
    memcpy(b->ptr + b->len, p, n);
  b->len += n;
  b->ptr[b->len] = '\0';
}

void as_strbuf_puts(as_strbuf *b, const char *s) { as_strbuf_append(b, s, strlen(s)); }


void as_strbuf_put_slice(as_strbuf *b, as_slice s) { as_strbuf_append(b, s.ptr, s.len); }

/* Formats into the room there is, and only when that is too small formats
 * again into a buffer grown to fit: most calls format once. */
void as_strbuf_vprintf(as_strbuf *b, const char *fmt, va_list ap) {
  as_strbuf_reserve(b, 63);
  size_t room = b->cap - b->len;
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(b->ptr + b->len, room, fmt, ap2);
  va_end(ap2);
  if (n < 0) {
    b->ptr[b->len] = '\0';
    return;
  }
  if ((size_t)n >= room) {
    as_strbuf_reserve(b, (size_t)n);
    vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
  }
  b->len += (size_t)n;
}

void as_strbuf_printf(as_strbuf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  as_strbuf_vprintf(b, fmt, ap);
  va_end(ap);
}

void as_strbuf_clear(as_strbuf *b) {
  b->len = 0;
  if (b->ptr)
    b->ptr[0] = '\0';
}

const char *as_strbuf_cstr(as_strbuf *b) {
  if (!b->ptr)
    as_strbuf_reserve(b, 0), b->ptr[0] = '\0';
  return b->ptr;
}

as_slice as_strbuf_slice(const as_strbuf *b) { return as_slice_make(b->ptr ? b->ptr : "", b->len); }

void as_strbuf_free(as_strbuf *b) {
  if (!b)
    return;
  free(b->ptr);
  b->ptr = NULL;
  b->len = b->cap = 0;
}
