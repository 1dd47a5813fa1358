/* arena.h: chunked bump allocator; one per article, one for the corpus. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_ARENA_H
#define AS_ARENA_H

#include <stddef.h>

#include "slice.h"

typedef struct as_arena_block as_arena_block;

/** Blocks are chained, never realloc'd, so pointers into the arena stay
 *  valid until as_arena_reset or as_arena_fini. */
typedef struct as_arena {
  as_arena_block *head;  ///< current block (most recent)
  as_arena_block *first; ///< kept by reset
  size_t block_size;     ///< default size of a new block
  size_t used_total;     ///< bytes handed out since the last reset
} as_arena;

void as_arena_init(as_arena *a, size_t block_size);
/** Never NULL; aborts on out of memory. `align` is a power of two. */
void *as_arena_alloc(as_arena *a, size_t size, size_t align);
/** Copy of s[0..n) followed by a NUL byte. */
char *as_arena_strndup(as_arena *a, const char *s, size_t n);
/** Copies a slice into the arena and returns a slice of the copy. */
as_slice as_arena_slice(as_arena *a, as_slice s);
/** Releases everything but the first block. */
void as_arena_reset(as_arena *a);
/** Frees all blocks; NULL-safe, and safe to call twice. */
void as_arena_fini(as_arena *a);

#define AS_NEW(a, T) ((T *)as_arena_alloc((a), sizeof(T), _Alignof(T)))
#define AS_NEW_N(a, T, n) ((T *)as_arena_alloc((a), sizeof(T) * (n), _Alignof(T)))

#endif
