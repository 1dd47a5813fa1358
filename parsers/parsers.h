/* parsers.h: the entry points of the parsing stage (text → model). */
/* SPDX-License-Identifier: MIT */
#ifndef AS_PARSERS_H
#define AS_PARSERS_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/arena.h"
#include "../core/diag.h"
#include "../core/model.h"
#include "../core/slice.h"
#include "../core/source.h"
#include "temporal.h"

/* ---- articles (article.c) ---- */

typedef struct as_parser as_parser;

/** State kept across the articles of one run (titles seen, for unique ids). */
as_parser *as_parser_new(void);
/** NULL-safe. */
void as_parser_free(as_parser *p);

/** Builds the model of one raw article in arena (title, infobox fields,
 *  sections, paragraphs, list items, sentences). Never NULL. Problems go to
 *  diag with file and line; the rest of the article is still parsed. */
as_article *as_parse_article(as_parser *p, const as_raw_article *raw, as_arena *arena,
                             as_diag_sink *diag);

/* ---- mentions (mentions.c) ---- */

/** Fills a->mentions with every date and quantity of the article's prose
 *  (sentences of paragraphs and list items, outside See also, References
 *  and the like), dates resolved against the narrative's reference time
 *  (see temporal.h), seeded from the infobox and the title, or from start
 *  when it is not NULL. Linear in the article. */
void as_mentions_extract(as_article *a, as_arena *arena, const as_narrative *start);

/* ---- sentences (sentences.c) ---- */

/** Finds the next sentence of text at or after *pos: on success sets
 *  [*start, *end) (byte offsets, blanks trimmed), moves *pos past it and
 *  returns true; false when only blanks remain. Does not split after
 *  initials (`Andrés A. Cáceres`), abbreviations (`Dr.`, `Gen.`, `U.S.`)
 *  or inside numbers (`1,800`, `3.5`). Linear in the text. */
bool as_sentence_next(as_slice text, size_t *pos, size_t *start, size_t *end);

/* ---- infobox keys and values (infobox.c) ---- */

/** A key split into its series, index and role: `Year Leader1` → Leader,
 *  1, year; `Date Start` → Event, start, date; `Leader1 Type` → Leader, 1,
 *  type. Roles and `start`/`end` are lower case. */
typedef struct as_key {
  as_slice series, index, role;
} as_key;

/** Slices point into key, into static strings or into arena. */
void as_infobox_parse_key(as_slice key, as_arena *arena, as_key *out);

/** Types and normalizes every field of a (its `raw` and key parts set):
 *  dates, lists with qualifiers, people with ranks, country codes, files,
 *  glued links (reported as damaged-text). Completes partial dates from
 *  their series' year field. */
void as_infobox_type_fields(as_article *a, as_arena *arena, as_diag_sink *diag);

/* ---- names (names.c) ---- */

/** Splits a leading rank or title off a name: `General Luis La Puerta` →
 *  rank `General`, returns `Luis La Puerta`; `Field Marshal Sir Bernard
 *  Montgomery` → rank `Field Marshal Sir`. rank is empty when there is none.
 *  The name may come back empty (`Colonel` alone). */
as_slice as_name_split_rank(as_slice text, as_slice *rank);

/** True if word (one word, any trailing '.') is a rank or title. */
bool as_is_rank_word(as_slice word);

#endif
