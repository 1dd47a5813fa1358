/* mem.c: allocation wrappers that abort on exhaustion. */
/* SPDX-License-Identifier: MIT */
#include "mem.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void out_of_memory(size_t n) {
  fprintf(stderr, "assay: error: out of memory (asked for %zu bytes)\n", n);
  abort();
}

void *as_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p)
    out_of_memory(n);
  return p;
}

void *as_xcalloc(size_t count, size_t size) {
  void *p = calloc(count ? count : 1, size ? size : 1);
  if (!p)
    out_of_memory(count * size);
  return p;
}

void *as_xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q)
    out_of_memory(n);
  return q;
}

char *as_xstrndup(const char *s, size_t n) {
  char *d = as_xmalloc(n + 1);
  memcpy(d, s, n);
  d[n] = '\0';
  return d;
}

char *as_xstrdup(const char *s) { return as_xstrndup(s, strlen(s)); }

void *as_xgrow(void *p, size_t *cap, size_t need, size_t size) {
  if (need <= *cap)
    return p;
  size_t c = *cap ? *cap : 8;
  while (c < need) {
    if (c > SIZE_MAX / 2 / size)
      out_of_memory(SIZE_MAX);
    c *= 2;
  }
  *cap = c;
  return as_xrealloc(p, c * size);
}
