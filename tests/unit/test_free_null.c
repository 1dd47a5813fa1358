/* test_free_null.c: every *_free and *_fini accepts NULL (serd's test_free_null). */
/* SPDX-License-Identifier: MIT */
#include <criterion/criterion.h>

#include "../../core/arena.h"
#include "../../core/sink.h"
#include "../../core/source.h"
#include "../../core/strbuf.h"
#include "../../parsers/parsers.h"
#include "../support/capture.h"

Test(free_null, all) {
  as_arena_fini(NULL);
  as_strbuf_free(NULL);
  as_source_free(NULL);
  as_parser_free(NULL);
  as_sink_discard(NULL);
  cr_expect_eq(as_sink_close(NULL), AS_OK);
  cap_diags_fini(NULL);
  cap_doc_free(NULL);
}

/* Objects that were made and never used free cleanly too. */
Test(free_null, unused_objects) {
  as_parser_free(as_parser_new());
  as_strbuf b = AS_STRBUF_INIT;
  as_diag_sink sink = as_diag_sink_buffer(&b);
  as_source_free(as_source_new(NULL, 0, &sink, 0));
  cr_expect_eq(b.len, 0);
  as_strbuf_free(&b);
  as_arena a;
  as_arena_init(&a, 0);
  as_arena_fini(&a);
}
