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
#include "../core/strbuf.h"
#include "temporal.h"

/* ---- articles (article.c) ---- */

typedef struct as_parser as_parser;
typedef struct as_parse_shared as_parse_shared;

/** What a run's articles share and what depends on their order: the
 *  titles seen (for unique ids) and the people met (canonical names).
 *  Parsers of several threads may share it; the articles take their turn
 *  at it in input order. */
as_parse_shared *as_parse_shared_new(void);
/** NULL-safe; after every parser sharing it was freed. */
void as_parse_shared_free(as_parse_shared *sh);

/** A parser with its own shared state (one thread). */
as_parser *as_parser_new(void);
/** A parser of one thread of a run whose articles share sh. */
as_parser *as_parser_new_shared(as_parse_shared *sh);
/** NULL-safe. */
void as_parser_free(as_parser *p);

/** Builds the model of one raw article in arena (title, infobox fields,
 *  sections, paragraphs, list items, sentences). Never NULL. Problems go to
 *  diag with file and line; the rest of the article is still parsed. */
as_article *as_parse_article(as_parser *p, const as_raw_article *raw, as_arena *arena,
                             as_diag_sink *diag);

/** The same for the run's article number nth (0-based, input order), which
 *  parsers of other threads may parse at the same time: it waits in the
 *  middle of its parse until every article before nth has had its turn at
 *  the shared state (so ids and canonical names are those of a run of one
 *  thread). Every number from 0 up must be parsed, each exactly once. */
as_article *as_parse_article_nth(as_parser *p, const as_raw_article *raw, as_arena *arena,
                                 as_diag_sink *diag, uint64_t nth);

/* ---- mentions (mentions.c) ---- */

typedef struct as_people as_people;

/** An article's turn at the run's people registry: enter waits for it
 *  (and does what else the turn is for), leave ends it. */
typedef struct as_turn {
  void (*enter)(void *ctx);
  void (*leave)(void *ctx);
  void *ctx;
  as_people *people;
} as_turn;

/** Fills a->mentions with every date, quantity and name (person, place,
 *  org, event) of the article's prose (sentences of paragraphs and list
 *  items, outside See also, References and the like), in text order, dates
 *  resolved against the narrative's reference time (see temporal.h),
 *  seeded from the infobox and the title, or from start when it is not
 *  NULL; people named by their canonical name, the run's when the turn's
 *  registry (turn may be NULL) knows them. Then fills a->claims: one per
 *  infobox field or record, then those the prose states (facts.c). */
void as_mentions_extract(as_article *a, as_arena *arena, const as_narrative *start,
                         const as_turn *turn);

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
/** The sex a person's canonical name shows: 'f' or 'm' by its given name
 *  (`Alexandra Tolstaya`) or a Russian patronymic or surname (`Lvovna`,
 *  `Tolstaya`), 0 when it does not tell. */
char as_name_sex(as_slice canon);
/** `II`, `IV`, `XXX`: a Roman numeral of up to four capitals. */
bool as_roman_numeral(as_slice w);

/** True if word (one word, any trailing '.') is a rank or title. */
bool as_is_rank_word(as_slice word);
/** The same for a word that holds no '-' and no '.' (a token's). */
bool as_is_rank_token(const char *p, size_t n);

/** True if word is a rank only together with the rank after it (`Field`,
 *  `Vice`, `Rear`, `Chief`, `Air`...). */
bool as_is_rank_modifier(as_slice word);

/** True if name is a country's name (ISO 3166-1, as written there, or its
 *  common short form: `Peru`, `Bolivia`, `United States`). */
bool as_is_country_name(as_slice name);

/** True if word, capitalised, is a nationality (`German`, `Soviet`,
 *  `Japanese`, `American`). */
bool as_is_nationality_word(as_slice word);

/* ---- people (people.c) ---- */

/** Writes into out the comparison key of a name: Unicode NFC, case
 *  folding and marks stripped (utf8proc), blanks collapsed, full stops
 *  dropped (`Andrés A. Cáceres` → `andres a caceres`, whether the accent
 *  is precomposed or combining; `Ibn Khaldūn` is `Ibn Khaldun`). */
void as_name_fold(as_slice name, as_strbuf *out);

/** The number of words of a folded name. */
size_t as_name_words(as_slice folded);

/** True if every word of the folded name shorter occurs in the folded name
 *  longer, in order, an initial standing for a word with that first letter:
 *  `prado` and `ignacio prado` are within `mariano ignacio prado`; `andrés
 *  a cáceres` within `andrés avelino cáceres`; `diez canseco` within both
 *  `pedro diez canseco` and `francisco diez canseco`. */
bool as_name_within(as_slice shorter, as_slice longer);

/** True if the first word of the folded name shorter (of two words or more)
 *  is bound to the word before it in longer, so that shorter names someone
 *  else: `karim nassir` in `abdul karim nassir`, `ali harthi` (his father's
 *  name) in `said bin ali harthi`; or longer ends with `elder` or
 *  `younger` and shorter does not (`carl linnaeus` in `carl linnaeus the
 *  younger`: the father). */
bool as_name_bound(as_slice shorter, as_slice longer);

/** The generation the folded name's last word tells: 1 for the younger of
 *  two of one name (`younger`, `jr`, `junior`, `ii`, `iii`), -1 for the
 *  elder (`elder`, `sr`, `senior`), 0 for none. */
int as_name_generation(as_slice folded);

/** The people of a run: the first full name (two words or more) under
 *  which each person was seen, so that later articles use the same
 *  canonical name. */
as_people *as_people_new(void);
/** NULL-safe. */
void as_people_free(as_people *p);

/** The canonical name of the person written name (two words or more):
 *  the registered name it is a form of when exactly one matches (a shorter
 *  form, or a longer one with the same first word); name itself, newly
 *  registered, when none does; name itself when several do (ambiguous,
 *  never merged). A one-word name comes back unchanged. The slice stays
 *  valid while p lives. */
as_slice as_people_resolve(as_people *p, as_slice name);

#endif
