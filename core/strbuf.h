/* strbuf.h: growable byte buffer, always NUL-terminated. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_STRBUF_H
#define AS_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

#include "slice.h"

/** Owns `ptr` (heap). `ptr` is NULL until the first append; as_strbuf_cstr
 *  always returns a NUL-terminated string. */
typedef struct as_strbuf {
  char *ptr;
  size_t len, cap;
} as_strbuf;

#define AS_STRBUF_INIT {NULL, 0, 0}

void as_strbuf_reserve(as_strbuf *b, size_t extra);
void as_strbuf_append(as_strbuf *b, const void *p, size_t n);
void as_strbuf_puts(as_strbuf *b, const char *s);
/** Appends one byte; inline, for the loops that escape or fold text. */
static inline void as_strbuf_putc(as_strbuf *b, char c) {
  if (b->len + 2 > b->cap)
    as_strbuf_reserve(b, 1);
  b->ptr[b->len++] = c;
  b->ptr[b->len] = '\0';
}
void as_strbuf_put_slice(as_strbuf *b, as_slice s);
void as_strbuf_printf(as_strbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void as_strbuf_vprintf(as_strbuf *b, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
/** Empties the buffer but keeps its memory. */
void as_strbuf_clear(as_strbuf *b);
const char *as_strbuf_cstr(as_strbuf *b);
as_slice as_strbuf_slice(const as_strbuf *b);
/** NULL-safe. */
void as_strbuf_free(as_strbuf *b);

#endif
