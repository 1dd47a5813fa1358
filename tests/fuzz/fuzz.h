/* fuzz.h: what the fuzz targets share (libFuzzer entry point, a diagnostic
 * sink that only counts). */
/* SPDX-License-Identifier: MIT */
#ifndef AS_FUZZ_H
#define AS_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include <stdio.h>
#include <stdlib.h>

#include "../../core/arena.h"
#include "../../core/diag.h"
#include "../../core/source.h"
#include "../../parsers/parsers.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static inline void fuzz_count(void *ctx, const as_diag *d) {
  (void)d;
  ++*(size_t *)ctx;
}

/** A sink that counts diagnostics into *n (formatting is not what is fuzzed). */
static inline as_diag_sink fuzz_sink(size_t *n) {
  as_diag_sink s = {fuzz_count, n, {0, 0, 0}};
  return s;
}

/** Reads len bytes as an input file and parses every article of it; an
 *  article that breaks the model's invariants aborts (a crash to keep). */
static inline void fuzz_parse(const void *data, size_t len, size_t max_article_bytes) {
  size_t n = 0;
  as_diag_sink diag = fuzz_sink(&n);
  as_source *src = as_source_new_memory("fuzz.txt", data, len, &diag, max_article_bytes);
  as_parser *p = as_parser_new();
  as_arena arena;
  as_arena_init(&arena, 1 << 16);
  const as_raw_article *raw;
  while ((raw = as_source_next(src, &arena))) {
    as_article *a = as_parse_article(p, raw, &arena, &diag);
    const char *broken = as_model_check(a);
    if (broken) {
      fprintf(stderr, "model invariant broken: %s\n", broken);
      abort();
    }
    as_arena_reset(&arena);
  }
  as_arena_fini(&arena);
  as_parser_free(p);
  as_source_free(src);
}

#endif
