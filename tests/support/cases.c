/* cases.c: loader for the spec-style example files under tests/cases/. */
/* SPDX-License-Identifier: MIT */
#include "cases.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "capture.h"

static int hex(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Unescapes s[0..n) into a new buffer. */
static case_line unescape(const char *s, size_t n, unsigned no) {
  char *out = malloc(n + 1);
  cr_assert(out != NULL);
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] != '\\' || i + 1 >= n) {
      out[o++] = s[i];
      continue;
    }
    char c = s[i + 1];
    if (c == 's' || c == 't' || c == '\\') {
      out[o++] = c == 's' ? ' ' : c == 't' ? '\t' : '\\';
      i++;
    } else if (c == 'x' && i + 3 < n && hex(s[i + 2]) >= 0 && hex(s[i + 3]) >= 0) {
      out[o++] = (char)(hex(s[i + 2]) * 16 + hex(s[i + 3]));
      i += 3;
    } else {
      out[o++] = s[i];
    }
  }
  out[o] = '\0';
  case_line cl = {out, o, no};
  return cl;
}

static bool is_blank_line(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t')
      return false;
  return true;
}

static void push_line(test_case *tc, case_line cl) {
  tc->lines = realloc(tc->lines, (tc->n + 1) * sizeof *tc->lines);
  cr_assert(tc->lines != NULL);
  tc->lines[tc->n++] = cl;
}

static test_case *new_case(case_file *cf) {
  cf->cases = realloc(cf->cases, (cf->n + 1) * sizeof *cf->cases);
  cr_assert(cf->cases != NULL);
  test_case *tc = &cf->cases[cf->n++];
  tc->lines = NULL;
  tc->n = 0;
  return tc;
}

void cases_load(case_file *cf, const char *path) {
  memset(cf, 0, sizeof *cf);
  cf->path = path;
  size_t len;
  char *text = cap_read_file(path, &len);
  if (!text)
    cr_assert_fail("cannot read %s (tests run from tests/)", path);
  test_case *cur = NULL;
  unsigned no = 0;
  size_t i = 0;
  while (i < len) {
    size_t e = i;
    while (e < len && text[e] != '\n')
      e++;
    size_t end = e;
    if (end > i && text[end - 1] == '\r')
      end--;
    no++;
    const char *ln = text + i;
    size_t n = end - i;
    if (is_blank_line(ln, n)) {
      cur = NULL;
    } else if (ln[0] != '#') {
      if (!cur)
        cur = new_case(cf);
      push_line(cur, unescape(ln, n, no));
    }
    i = e + 1;
  }
  free(text);
}

void cases_free(case_file *cf) {
  if (!cf)
    return;
  for (size_t i = 0; i < cf->n; i++) {
    for (size_t j = 0; j < cf->cases[i].n; j++)
      free(cf->cases[i].lines[j].text);
    free(cf->cases[i].lines);
  }
  free(cf->cases);
  memset(cf, 0, sizeof *cf);
}
