/* fuzz_pipeline.c: the whole run, as `assay run` does it (parse, the
 * validator with its sorted runs, the formats), written into memory; what
 * -f xml writes must stay free of characters XML 1.0 forbids. Each input
 * goes to one format, chosen by its length, so that every format is
 * reached at the speed of one (all eight at once ran at about 100
 * executions a second). */
/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../cmd/cli.h"
#include "../../core/strbuf.h"
#include "../../core/utf8.h"
#include "fuzz.h"

/* True if s holds a character XML 1.0 forbids. */
static bool xml_forbidden(const as_strbuf *s) {
  size_t i = 0;
  while (i < s->len) {
    uint32_t cp;
    size_t n = as_utf8_decode(s->ptr + i, s->len - i, &cp);
    if (n == 0)
      return true;
    if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE || cp == 0xFFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return true;
    i += n;
  }
  return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char *const name[] = {"fuzz.txt"};
  size_t n = 0;
  as_diag_sink diag = fuzz_sink(&n);
  as_opts o;
  memset(&o, 0, sizeof o);
  o.jobs = 1;
  o.quiet = true;
  o.fail_on = AS_SEV_ERROR;
  o.max_article_bytes = 1 << 16;
  o.buffer_size = size % 4 == 0 ? 2048 : 1 << 20; /* some inputs spill sorted runs */
  o.inputs = (const char **)name;
  o.ninputs = 1;
  o.mem_input = data;
  o.mem_len = size;
  const as_emitter_ops *const *all = as_emitter_all();
  size_t nall = 0;
  while (all[nall])
    nall++;
  as_emitter em[1];
  as_strbuf out[1] = {AS_STRBUF_INIT};
  size_t nem = 1;
  em[0] = (as_emitter){all[size % nall], {NULL, NULL, &out[0]}, &diag, 0, -1, NULL};
  bool input_failed = false;
  size_t found[AS_SEV_ERROR + 1] = {0};
  as_status st = as_pipeline_run(&o, em, nem, &diag, &input_failed, found);
  for (size_t i = 0; i < nem; i++) {
    em[i].ops->fini(&em[i]);
    if (st == AS_OK && strcmp(em[i].ops->name, "xml") == 0 && xml_forbidden(&out[i])) {
      fprintf(stderr, "-f xml wrote a character XML 1.0 forbids\n");
      abort();
    }
    as_strbuf_free(&out[i]);
  }
  return 0;
}
