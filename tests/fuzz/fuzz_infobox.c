/* fuzz_infobox.c: the infobox's keys and values: the input's first line is
 * a key, the rest its value (or several `Key: value` lines when it has
 * newlines), inside one article, typed and normalized by the parser. */
/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "../../core/strbuf.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const uint8_t *nl = memchr(data, '\n', size);
  size_t klen = nl ? (size_t)(nl - data) : size;
  as_strbuf text = AS_STRBUF_INIT;
  as_strbuf_puts(&text, "= Fuzz =\n\nInfobox\n- ");
  as_strbuf_append(&text, data, klen);
  as_strbuf_puts(&text, ": ");
  if (nl) /* every further line is a field of its own */
    for (size_t i = klen + 1; i < size; i++) {
      as_strbuf_putc(&text, (char)data[i]);
      if (data[i] == '\n')
        as_strbuf_puts(&text, "- ");
    }
  as_strbuf_puts(&text, "\nThe Fuzz began in 1867.\n");
  fuzz_parse(text.ptr, text.len, 1 << 20);
  as_strbuf_free(&text);
  return 0;
}
