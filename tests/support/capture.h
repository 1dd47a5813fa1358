/* capture.h: test helpers: a diagnostics capture sink and whole-text parsing. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_TEST_CAPTURE_H
#define AS_TEST_CAPTURE_H

#include <stdbool.h>
#include <stddef.h>

#include "../../core/arena.h"
#include "../../core/diag.h"
#include "../../core/model.h"
#include "../../core/source.h"
#include "../../core/strbuf.h"
#include "../../parsers/parsers.h"

/** Collects diagnostics as formatted lines (`FILE:LINE:COL: SEVERITY: MESSAGE
 *  [CODE]\n`). A diagnostic whose file is `real_name` is printed with
 *  `display_name` instead, so a temporary file's random name does not leak
 *  into expected text. Both names may be NULL (no renaming). */
typedef struct cap_diags {
  as_strbuf text;
  as_diag_sink sink;
  const char *real_name;    ///< borrowed
  const char *display_name; ///< borrowed
} cap_diags;

/** Sets d up with an empty buffer; d->sink is ready to pass to the code. */
void cap_diags_init(cap_diags *d);
/** The lines so far ("" when none); valid until the next diagnostic. */
const char *cap_diags_text(cap_diags *d);
/** NULL-safe. */
void cap_diags_fini(cap_diags *d);

/** Writes len bytes to a new temporary file; returns its path (malloc'd,
 *  the caller frees and unlinks it). Aborts the test on failure. */
char *cap_write_temp(const void *bytes, size_t len);

/** Every article of one input, parsed, with the diagnostics it produced. */
typedef struct cap_doc {
  as_arena arena; ///< holds every raw article and model
  cap_diags diags;
  as_parser *parser;
  as_source *src;
  char *path;      ///< the temporary file, or NULL for cap_parse_path
  as_article **articles;
  size_t n;
  bool failed;     ///< as_source_failed after reading everything
} cap_doc;

/** Parses text (a C string) as the content of a file named "input.txt"
 *  in diagnostics. */
void cap_parse(cap_doc *doc, const char *text);
/** The same with an explicit length (the text may hold NUL bytes). */
void cap_parse_n(cap_doc *doc, const void *text, size_t len);
/** Parses a real path (file, folder or missing path); diagnostics keep
 *  the path as given. */
void cap_parse_path(cap_doc *doc, const char *path);
/** Removes the temporary file and frees everything; NULL-safe. */
void cap_doc_free(cap_doc *doc);
/** Formatted diagnostics of the parse. */
const char *cap_doc_diags(cap_doc *doc);

/** Finds the first field with this key in a, or NULL. */
const as_field *cap_field(const as_article *a, const char *key);

/** True if some line of diags starts with `where` (`input.txt:2:3:
 *  warning:`) and ends with `[code]`. Messages are free to change; the
 *  place, severity and code are the interface. */
bool cap_has_diag(const char *diags, const char *where, const char *code);
/** Number of lines in diags. */
size_t cap_diag_count(const char *diags);

/** Reads a whole file into a malloc'd NUL-terminated buffer (*len set if
 *  not NULL); NULL if it cannot be read. */
char *cap_read_file(const char *path, size_t *len);

#endif
