/* fuzz_infobox.c: the infobox's keys and values: the input's first line is
 * a key, the rest its value (or several `Key: value` lines when it has
 * newlines), inside one article, typed and normalized by the parser. */
/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/arena.h"
#include "../../core/source.h"
#include "../../core/strbuf.h"
#include "../../parsers/parsers.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const uint8_t *nl = memchr(data, '\n', size);
  size_t klen = nl ? (size_t)(nl - data) : size;
  as_strbuf text = AS_STRBUF_INIT;
  as_strbuf_puts(&text, "= Fuzz =\n- ");
  as_strbuf_append(&text, data, klen);
  as_strbuf_puts(&text, ": ");
  if (nl) /* every further line is a field of its own */
    for (size_t i = klen + 1; i < size; i++) {
      as_strbuf_putc(&text, (char)data[i]);
      if (data[i] == '\n')
        as_strbuf_puts(&text, "- ");
    }
  as_strbuf_puts(&text, "\nThe Fuzz began in 1867.\n");
  size_t n = 0;
  as_diag_sink diag = fuzz_sink(&n);
  as_source *src = as_source_new_memory("fuzz.txt", text.ptr, text.len, &diag, 1 << 20);
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
  as_strbuf_free(&text);
  return 0;
}
