/* arena.c: chunked bump allocator. */
/* SPDX-License-Identifier: MIT */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

struct as_arena_block {
  as_arena_block *next; /* older block */
  size_t size, used;
  _Alignas(max_align_t) unsigned char data[];
};

static as_arena_block *new_block(size_t size) {
  as_arena_block *b = as_xmalloc(sizeof *b + size);
  b->next = NULL;
  b->size = size;
  b->used = 0;
  return b;
}

void as_arena_init(as_arena *a, size_t block_size) {
  a->block_size = block_size ? block_size : 64 * 1024;
  a->first = a->head = NULL;
  a->used_total = 0;
}

void *as_arena_alloc(as_arena *a, size_t size, size_t align) {
  as_arena_block *b = a->head;
  if (b) {
    /* align the address, not the offset: blocks are only max_align_t aligned */
    uintptr_t base = (uintptr_t)b->data;
    size_t off = (size_t)(((base + b->used + align - 1) & ~(uintptr_t)(align - 1)) - base);
    if (off <= b->size && size <= b->size - off) {
      b->used = off + size;
      a->used_total += size;
      return b->data + off;
    }
  }
  size_t want = size + align > a->block_size ? size + align : a->block_size;
  as_arena_block *nb = new_block(want);
  nb->next = a->head;
  a->head = nb;
  if (!a->first)
    a->first = nb;
  size_t off = ((uintptr_t)nb->data + align - 1) & ~(uintptr_t)(align - 1);
  off -= (uintptr_t)nb->data;
  nb->used = off + size;
  a->used_total += size;
  return nb->data + off;
}

char *as_arena_strndup(as_arena *a, const char *s, size_t n) {
  char *d = as_arena_alloc(a, n + 1, 1);
  if (n)
    memcpy(d, s, n);
  d[n] = '\0';
  return d;
}

as_slice as_arena_slice(as_arena *a, as_slice s) {
  return as_slice_make(as_arena_strndup(a, s.ptr, s.len), s.len);
}

void as_arena_reset(as_arena *a) {
  as_arena_block *b = a->head;
  while (b && b != a->first) {
    as_arena_block *next = b->next;
    free(b);
    b = next;
  }
  a->head = a->first;
  if (a->first)
    a->first->used = 0;
  a->used_total = 0;
}

void as_arena_fini(as_arena *a) {
  if (!a)
    return;
  as_arena_block *b = a->head;
  while (b) {
    as_arena_block *next = b->next;
    free(b);
    b = next;
  }
  a->head = a->first = NULL;
  a->used_total = 0;
}
