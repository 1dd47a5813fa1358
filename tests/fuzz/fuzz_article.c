/* fuzz_article.c: the reader and the article parser (structure, infobox,
 * sentences, mentions, claims) on any bytes; every article must satisfy the
 * model's invariants (as_model_check). */
/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>

#include "../../core/arena.h"
#include "../../core/source.h"
#include "../../parsers/parsers.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  size_t n = 0;
  as_diag_sink diag = fuzz_sink(&n);
  /* a small article limit, so that the limit's path is reached too */
  as_source *src = as_source_new_memory("fuzz.txt", data, size, &diag, 1 << 16);
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
  return 0;
}
