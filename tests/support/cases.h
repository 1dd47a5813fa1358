/* cases.h: loader for the spec-style example files under tests/cases/. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_TEST_CASES_H
#define AS_TEST_CASES_H

#include <stddef.h>

/* The format, in the manner of cmark's spec.txt and jq's jq.test:
 *  - a case is a run of non-blank lines: the input first, then what is
 *    expected; one or more blank lines separate cases;
 *  - a line starting with '#' is a comment, wherever it is;
 *  - escapes, so that blanks and bytes survive editors: `\s` a space,
 *    `\t` a tab, `\xHH` a byte, `\\` a backslash. Any other backslash is
 *    kept as written. */

typedef struct case_line {
  char *text;    ///< unescaped, NUL-terminated (may hold \x00 bytes: use len)
  size_t len;
  unsigned no;   ///< 1-based line number in the file
} case_line;

typedef struct test_case {
  case_line *lines;
  size_t n;
} test_case;

typedef struct case_file {
  const char *path; ///< borrowed, for messages
  test_case *cases;
  size_t n;
} case_file;

/** Loads path; aborts the test (cr_assert_fail) if it cannot be read. */
void cases_load(case_file *cf, const char *path);
void cases_free(case_file *cf);

#endif
