/* keyindex.h: a hash index from text keys to dense ids (0, 1, 2... in the
 * order they were added), for the tables of the parsers and the validator
 * (names of an article, groups of claims). Open addressing, grown at half
 * load; the keys are borrowed and must outlive the index. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_KEYINDEX_H
#define AS_KEYINDEX_H

#include <stddef.h>
#include <stdint.h>

#include "slice.h"

typedef struct as_keyindex {
  as_slice *keys;  ///< by id
  size_t n, cap;
  uint32_t *slots; ///< id + 1, or 0 for a free slot
  size_t nslots;
} as_keyindex;

/** The id of key, or -1. */
int64_t as_keyindex_find(const as_keyindex *x, as_slice key);
/** Adds key, which must not be there yet, under the next id; returns it. */
uint32_t as_keyindex_add(as_keyindex *x, as_slice key);
/** Makes room for n keys in all, so that adding them grows nothing: for a
 *  table whose size is known (roughly) before it is filled. */
void as_keyindex_reserve(as_keyindex *x, size_t n);
/** NULL-safe on a zeroed index; leaves it zeroed. */
void as_keyindex_free(as_keyindex *x);

#endif
