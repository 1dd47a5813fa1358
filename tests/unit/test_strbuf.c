/* test_strbuf.c: the growable byte buffer. */
/* SPDX-License-Identifier: MIT */
#include <string.h>

#include <criterion/criterion.h>

#include "../../core/strbuf.h"

Test(strbuf, empty_buffer_is_a_string) {
  as_strbuf b = AS_STRBUF_INIT;
  cr_expect_str_eq(as_strbuf_cstr(&b), "");
  as_slice s = as_strbuf_slice(&b);
  cr_expect_eq(s.len, 0);
  cr_expect_not_null(s.ptr);
  as_strbuf_free(&b);
  as_strbuf c = AS_STRBUF_INIT;
  cr_expect_eq(as_strbuf_slice(&c).len, 0, "slice of a never-used buffer");
  cr_expect_not_null(as_strbuf_slice(&c).ptr);
}

Test(strbuf, appends) {
  as_strbuf b = AS_STRBUF_INIT;
  as_strbuf_puts(&b, "Treaty of ");
  as_strbuf_put_slice(&b, AS_SLICE_LIT("Ancón"));
  as_strbuf_putc(&b, ',');
  as_strbuf_printf(&b, " %d-%02d-%02d", 1883, 10, 20);
  as_strbuf_append(&b, "", 0);
  cr_expect_str_eq(as_strbuf_cstr(&b), "Treaty of Ancón, 1883-10-20");
  cr_expect_eq(b.len, strlen("Treaty of Ancón, 1883-10-20"));
  as_strbuf_free(&b);
}

Test(strbuf, holds_nul_bytes) {
  as_strbuf b = AS_STRBUF_INIT;
  as_strbuf_append(&b, "a\0b", 3);
  cr_expect_eq(b.len, 3);
  cr_expect_eq(memcmp(b.ptr, "a\0b", 4), 0, "content plus the terminating NUL");
  as_strbuf_free(&b);
}

Test(strbuf, grows_past_many_doublings) {
  as_strbuf b = AS_STRBUF_INIT;
  for (int i = 0; i < 100000; i++)
    as_strbuf_putc(&b, (char)('a' + i % 26));
  cr_expect_eq(b.len, 100000);
  cr_expect_eq(b.ptr[b.len], '\0');
  cr_expect_eq(b.ptr[99999], (char)('a' + 99999 % 26));
  as_strbuf_free(&b);
}

Test(strbuf, long_printf) {
  as_strbuf b = AS_STRBUF_INIT;
  char big[5000];
  memset(big, 'x', sizeof big - 1);
  big[sizeof big - 1] = '\0';
  as_strbuf_puts(&b, "<");
  as_strbuf_printf(&b, "%s>", big);
  cr_expect_eq(b.len, sizeof big + 1);
  cr_expect_eq(b.ptr[b.len - 1], '>');
  as_strbuf_free(&b);
}

Test(strbuf, clear_keeps_memory) {
  as_strbuf b = AS_STRBUF_INIT;
  as_strbuf_puts(&b, "some text");
  size_t cap = b.cap;
  as_strbuf_clear(&b);
  cr_expect_eq(b.len, 0);
  cr_expect_eq(b.cap, cap);
  cr_expect_str_eq(as_strbuf_cstr(&b), "");
  as_strbuf_puts(&b, "again");
  cr_expect_str_eq(as_strbuf_cstr(&b), "again");
  as_strbuf_free(&b);
  cr_expect_null(b.ptr);
  cr_expect_eq(b.len, 0);
  as_strbuf_free(&b); /* twice is fine */
  as_strbuf_clear(&b); /* and clearing a freed buffer */
}
