/* test_arena.c: the chunked bump allocator. */
/* SPDX-License-Identifier: MIT */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <criterion/criterion.h>

#include "../../core/arena.h"

static void check_alignments(const size_t *aligns, size_t n) {
  as_arena a;
  as_arena_init(&a, 256);
  for (int round = 0; round < 50; round++)
    for (size_t i = 0; i < n; i++) {
      as_arena_alloc(&a, 3, 1); /* put the next allocation off any boundary */
      void *p = as_arena_alloc(&a, 5 + (size_t)round, aligns[i]);
      cr_expect_eq((uintptr_t)p % aligns[i], 0, "round %d: %p not aligned to %zu", round, p, aligns[i]);
    }
  as_arena_fini(&a);
}

Test(arena, alignment) {
  const size_t aligns[] = {1, 2, 4, 8, 16, _Alignof(max_align_t)};
  check_alignments(aligns, sizeof aligns / sizeof *aligns);
  as_arena a;
  as_arena_init(&a, 0);
  as_arena_alloc(&a, 1, 1);
  double *d = AS_NEW(&a, double);
  cr_expect_eq((uintptr_t)d % _Alignof(double), 0);
  as_arena_fini(&a);
}

/* Alignments above max_align_t, after a small allocation in the same block. */
Test(arena, alignment_above_max_align_t) {
  const size_t aligns[] = {32, 64, 128};
  check_alignments(aligns, sizeof aligns / sizeof *aligns);
}

Test(arena, allocations_do_not_overlap) {
  as_arena a;
  as_arena_init(&a, 64);
  unsigned char *ps[200];
  for (int i = 0; i < 200; i++) {
    ps[i] = as_arena_alloc(&a, 10, 1);
    memset(ps[i], i, 10);
  }
  for (int i = 0; i < 200; i++)
    for (int k = 0; k < 10; k++)
      cr_assert_eq(ps[i][k], (unsigned char)i, "allocation %d was overwritten", i);
  as_arena_fini(&a);
}

Test(arena, big_allocations) {
  as_arena a;
  as_arena_init(&a, 128);
  char *small = as_arena_strndup(&a, "kept", 4);
  size_t big = 1 << 20;
  unsigned char *p = as_arena_alloc(&a, big, 64);
  cr_assert_not_null(p);
  cr_expect_eq((uintptr_t)p % 64, 0);
  memset(p, 0xAB, big);
  cr_expect_eq(p[big - 1], 0xAB);
  char *after = as_arena_strndup(&a, "after", 5);
  cr_expect_str_eq(small, "kept");
  cr_expect_str_eq(after, "after");
  cr_expect_geq(a.used_total, big + 4);
  as_arena_fini(&a);
}

Test(arena, strndup_and_slice) {
  as_arena a;
  as_arena_init(&a, 0);
  char *s = as_arena_strndup(&a, "Cáceres, Peru", 8);
  cr_expect_str_eq(s, "Cáceres");
  char *e = as_arena_strndup(&a, NULL, 0);
  cr_expect_str_eq(e, "");
  const char src[] = "Lima (de jure)";
  as_slice sl = as_arena_slice(&a, as_slice_make(src, 4));
  cr_expect(as_slice_eq_cstr(sl, "Lima"));
  cr_expect_neq((void *)sl.ptr, (void *)src, "the slice is a copy");
  cr_expect_eq(sl.ptr[4], '\0');
  as_arena_fini(&a);
}

Test(arena, reset_keeps_working) {
  as_arena a;
  as_arena_init(&a, 128);
  for (int round = 0; round < 5; round++) {
    for (int i = 0; i < 100; i++) {
      char *s = as_arena_strndup(&a, "0123456789", 10);
      cr_assert_str_eq(s, "0123456789");
    }
    as_arena_alloc(&a, 4096, 8); /* a block bigger than the default */
    cr_expect_gt(a.used_total, 0);
    as_arena_reset(&a);
    cr_expect_eq(a.used_total, 0);
    cr_expect_eq(a.head, a.first, "reset keeps only the first block");
  }
  as_arena_fini(&a);
}

Test(arena, reset_of_an_unused_arena) {
  as_arena a;
  as_arena_init(&a, 0);
  as_arena_reset(&a);
  char *s = as_arena_strndup(&a, "x", 1);
  cr_expect_str_eq(s, "x");
  as_arena_fini(&a);
}

Test(arena, fini_twice_and_zeroed) {
  as_arena a;
  as_arena_init(&a, 0);
  as_arena_alloc(&a, 100, 8);
  as_arena_fini(&a);
  as_arena_fini(&a);
  as_arena z;
  memset(&z, 0, sizeof z);
  as_arena_fini(&z);
  as_arena_fini(NULL);
  /* usable again after fini once initialised */
  as_arena_init(&a, 0);
  cr_expect_str_eq(as_arena_strndup(&a, "again", 5), "again");
  as_arena_fini(&a);
}
