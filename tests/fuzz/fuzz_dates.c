/* fuzz_dates.c: the date engine: infobox date values (as_date_parse_value)
 * and the prose's temporal expressions (tokens, as_timex_scan, then
 * as_timex_resolve against a narrative carried from one expression to the
 * next), on any valid UTF-8 without NUL (what the reader hands on). */
/* SPDX-License-Identifier: MIT */
#include <stdbool.h>
#include <string.h>

#include "../../core/strbuf.h"
#include "../../core/utf8.h"
#include "../../parsers/dates.h"
#include "../../parsers/temporal.h"
#include "../../parsers/tokens.h"
#include "fuzz.h"

/* True if the whole of d is valid UTF-8 without NUL (as_utf8_valid_len
 * measures one sequence). */
static bool clean_text(const uint8_t *d, size_t n) {
  for (size_t i = 0, k; i < n; i += k)
    if (d[i] == 0 || (k = as_utf8_valid_len(d + i, n - i)) == 0)
      return false;
  return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!clean_text(data, size))
    return 0; /* the reader never passes these on */
  as_slice text = as_slice_make((const char *)data, size);
  as_date_value v;
  (void)as_date_parse_value(text, true, &v);
  (void)as_date_parse_value(text, false, &v);
  as_toks toks = {0};
  as_tokenize(text, &toks);
  as_timexes tx = {0};
  as_timex_scan(text, &toks, &tx);
  as_narrative nv;
  as_date start = {0};
  start.year = 1867;
  as_narrative_init(&nv, start, 1865, 1870);
  as_strbuf norm = AS_STRBUF_INIT;
  for (size_t i = 0; i < tx.n; i++) {
    as_strbuf_clear(&norm);
    (void)as_timex_resolve(&tx.v[i], &nv, &norm);
  }
  as_strbuf_free(&norm);
  as_timexes_free(&tx);
  as_toks_free(&toks);
  return 0;
}
