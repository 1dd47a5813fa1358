/* keyindex.c: see keyindex.h. */
/* SPDX-License-Identifier: MIT */
#include "keyindex.h"

#include <stdlib.h>
#include <string.h>

#include "mem.h"

int64_t as_keyindex_find(const as_keyindex *x, as_slice key) {
  if (!x->nslots)
    return -1;
  for (size_t h = as_slice_hash(key) & (x->nslots - 1); x->slots[h]; h = (h + 1) & (x->nslots - 1))
    if (as_slice_eq(x->keys[x->slots[h] - 1], key))
      return (int64_t)x->slots[h] - 1;
  return -1;
}

static void place(as_keyindex *x, uint32_t id) {
  size_t h = as_slice_hash(x->keys[id]) & (x->nslots - 1);
  while (x->slots[h])
    h = (h + 1) & (x->nslots - 1);
  x->slots[h] = id + 1;
}

/* Rehashes into nslots slots (a power of two). */
static void rehash(as_keyindex *x, size_t nslots) {
  free(x->slots);
  x->nslots = nslots;
  x->slots = as_xcalloc(x->nslots, sizeof *x->slots);
  for (size_t i = 0; i < x->n; i++)
    place(x, (uint32_t)i);
}

void as_keyindex_reserve(as_keyindex *x, size_t n) {
  size_t nslots = x->nslots ? x->nslots : 64;
  while (n * 2 > nslots)
    nslots *= 2;
  if (nslots != x->nslots)
    rehash(x, nslots);
  if (n > x->cap) {
    x->cap = n;
    x->keys = as_xrealloc(x->keys, x->cap * sizeof *x->keys);
  }
}

uint32_t as_keyindex_add(as_keyindex *x, as_slice key) {
  if ((x->n + 1) * 2 > x->nslots)
    rehash(x, x->nslots ? x->nslots * 2 : 64);
  if (x->n == x->cap) {
    x->cap = x->cap ? x->cap * 2 : 64;
    x->keys = as_xrealloc(x->keys, x->cap * sizeof *x->keys);
  }
  uint32_t id = (uint32_t)x->n++;
  x->keys[id] = key;
  place(x, id);
  return id;
}

void as_keyindex_free(as_keyindex *x) {
  free(x->keys);
  free(x->slots);
  memset(x, 0, sizeof *x);
}
