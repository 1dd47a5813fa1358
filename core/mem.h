/* mem.h: allocation that never returns NULL (out of memory aborts). */
/* SPDX-License-Identifier: MIT */
#ifndef AS_MEM_H
#define AS_MEM_H

#include <stddef.h>

/** Like malloc/calloc/realloc/strdup, but print "assay: out of memory" and
 *  abort instead of returning NULL, so ordinary code never checks. */
void *as_xmalloc(size_t n);
void *as_xcalloc(size_t count, size_t size);
void *as_xrealloc(void *p, size_t n);
char *as_xstrdup(const char *s);
char *as_xstrndup(const char *s, size_t n);

/** Grows a dynamic array: returns a buffer with room for at least `need`
 *  elements of `size` bytes, doubling `*cap`. */
void *as_xgrow(void *p, size_t *cap, size_t need, size_t size);

#endif
