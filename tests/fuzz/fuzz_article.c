/* fuzz_article.c: the reader and the article parser (structure, infobox,
 * sentences, mentions, claims) on any bytes; every article must satisfy the
 * model's invariants (as_model_check). */
/* SPDX-License-Identifier: MIT */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* a small article limit, so that the limit's path is reached too */
  fuzz_parse(data, size, 1 << 16);
  return 0;
}
