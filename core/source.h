/* source.h: reading input paths as a stream of raw articles. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_SOURCE_H
#define AS_SOURCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "diag.h"
#include "prov.h"
#include "slice.h"

/** A place in a line where bad input was replaced by U+FFFD. */
typedef struct as_fix {
  uint32_t off;      ///< byte offset of the U+FFFD in the cleaned line text
  uint32_t orig_len; ///< bytes of input it replaced
} as_fix;

/** One input line, cleaned: valid UTF-8, no NUL, no line end, no BOM. */
typedef struct as_line {
  as_slice text;       ///< in the article's arena
  uint32_t no;         ///< 1-based line number in the file
  uint64_t byte;       ///< byte offset of text[0] in the file
  const as_fix *fixes; ///< replacements in this line, by offset; NULL if none
  uint32_t nfix;
} as_line;

/** The lines of one article, title line first. Lives in the arena given
 *  to as_source_next. */
typedef struct as_raw_article {
  uint32_t file;         ///< file id
  const char *file_name; ///< owned by the source; valid until as_source_free
  as_line *lines;
  size_t nlines;
  bool truncated;        ///< lines past --max-article-bytes were dropped
} as_raw_article;

typedef struct as_source as_source;

/** Opens a stream over paths: files, folders (every *.txt below, sorted by
 *  path) and "-" for standard input. Folders are expanded here; files are
 *  opened one at a time as the stream reaches them. Diagnostics (bad
 *  bytes, unreadable paths, text before a title) go to diag, which must
 *  outlive the source. max_article_bytes = 0 means no limit. */
as_source *as_source_new(const char *const *paths, size_t npaths, as_diag_sink *diag,
                         size_t max_article_bytes);

/** A stream over len bytes in memory (not copied: they must outlive the
 *  source), called name in diagnostics (tests, fuzzing). */
as_source *as_source_new_memory(const char *name, const void *data, size_t len, as_diag_sink *diag,
                                size_t max_article_bytes);

/** Reads the next article into arena; NULL at the end of all input. */
const as_raw_article *as_source_next(as_source *src, as_arena *arena);

/** True once some input path could not be opened or read. */
bool as_source_failed(const as_source *src);
/** Bytes read so far, and the total size of the regular files (0 if unknown). */
uint64_t as_source_bytes_read(const as_source *src);
uint64_t as_source_bytes_total(const as_source *src);
size_t as_source_file_count(const as_source *src);
const char *as_source_file_name(const as_source *src, uint32_t file);

/** NULL-safe. */
void as_source_free(as_source *src);

/** Position of byte `off` of line `ln`'s text: line, column (characters,
 *  1-based) and file byte offset. O(off); use as_cursor to walk a line. */
as_prov as_line_prov(const as_line *ln, uint32_t file, size_t off);

/** Walks one line left to right, keeping the character count, so many
 *  positions in one long line cost O(line) in all. */
typedef struct as_cursor {
  const as_line *ln;
  uint32_t file;
  size_t off;  ///< byte offset reached in ln->text
  uint32_t col; ///< 1-based character column at off
  uint32_t fix; ///< fixes before off
  int64_t delta; ///< sum of (orig_len - 3) over those fixes
} as_cursor;

void as_cursor_init(as_cursor *c, const as_line *ln, uint32_t file);
/** Moves forward to byte `off` (>= the current one) and returns its prov. */
as_prov as_cursor_at(as_cursor *c, size_t off);
/** Moves forward to byte off whose column col is known already (a block's
 *  start), without counting the characters between; nothing if c is past
 *  off. */
void as_cursor_skip(as_cursor *c, size_t off, uint32_t col);

#endif
