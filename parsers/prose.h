/* prose.h: what the prose stages (mentions.c, entities.c, facts.c) share
 * about one article: its sentences as tokens, and the dates, quantities and
 * names found in each, as token spans. Internal to parsers/. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_PROSE_H
#define AS_PROSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/arena.h"
#include "../core/model.h"
#include "tokens.h"

/** What an entity's name is headed by: `Battle of X` (an occurrence),
 *  `Treaty of X`, `Cry of X` (an act somebody performed), or nothing. */
typedef enum { AS_HEAD_NONE, AS_HEAD_OCCURRENCE, AS_HEAD_ACT } as_head;

/** A date, quantity or name in a sentence, as a token span [from, to). */
typedef struct as_span {
  as_mention_kind kind;
  uint32_t from, to;
  uint32_t rank_from;   ///< entity: where a rank or title before the name starts (== from if none)
  as_mention *m;        ///< the mention written for it (NULL for a name left unclassified)
  bool is_name;         ///< a name (person, place, org or event), classified or not
  int vote;             ///< name: the kind its head word gives, or -1
  int person_votes, place_votes; ///< name: the evidence of its sentence
  as_head head;
  bool possessive;      ///< `Montero's`, `Iglesias'`
  bool initial;         ///< name: it opens its sentence (maybe after `The`, `In`...)
  bool resolved_pronoun;///< a `he`/`she` the facts stage resolved (not a mention)
  as_slice name;        ///< entity: the name as written, rank and possessive removed
  as_slice canon;       ///< entity: the canonical name (normalized)
  as_slice full;        ///< entity: the name it stands for, when name does not spell it out (`1st` in
                        ///< `the 1st and 3rd Parachute Battalions`: `1st Parachute Battalion`), or empty
  uint32_t name_id;     ///< name: its entry in the article's table of names
  int person;           ///< person: its group (one per person in the article), or -1
} as_span;

/** One sentence of the prose, tokenized once. */
typedef struct as_sent {
  const as_block *block;
  as_tok *toks;
  uint32_t ntoks;
  as_span *spans; ///< in text order
  uint32_t nspans, spans_cap;
  uint32_t para;  ///< seq of its paragraph or list item
  uint32_t section;
} as_sent;

/** Places offsets of one article's sentences in their file: a forward
 *  cursor per line, so a pass in text order costs O(text). */
typedef struct as_placer {
  uint32_t file;
  const as_line *line;
  as_cursor cur;
} as_placer;

void as_placer_init(as_placer *pl, uint32_t file);
/** The position of byte off of sentence s; calls must go forward in text order. */
as_prov as_placer_at(as_placer *pl, const as_block *s, size_t off);

typedef struct as_prose {
  as_article *a;
  as_arena *arena;
  as_sent *v;
  size_t n, cap;
  as_mention *tail; ///< the last mention appended to a->mentions
  as_placer place2; ///< for the names' mentions, written in a second pass
  as_slice *ships;  ///< the names the article gives ships (`HMS Hood`, `the cruiser Suffolk`), as written
  size_t nships, ships_cap;
} as_prose;

/** Appends the mention of name span sp (kind, canon, rank) to the article. */
void as_span_write_mention(as_prose *p, as_sent *s, as_span *sp);

typedef struct as_people as_people;

/** Appends a span to s (arena-grown). */
as_span *as_sent_add_span(as_prose *p, as_sent *s, as_mention_kind kind, uint32_t from, uint32_t to);

/** Adds to s a span for every name in it (capitalised runs, ranks kept
 *  apart, tokens where taken[i] is true skipped), with the evidence its
 *  sentence gives about its kind. */
void as_entities_find(as_prose *p, as_sent *s, const bool *taken);

/** Once every sentence was seen: classifies the names as person, place,
 *  org or event from the whole article (evidence summed, the infobox,
 *  longer names of people), groups the people and gives each group one
 *  canonical name (the run's, from the turn's registry; turn may be NULL), and writes
 *  the mentions of the classified names. */
void as_entities_resolve(as_prose *p, const as_turn *turn);

/** Whether what tokens t (n of them) name from k on, after `served as`,
 *  is a thing's function, not an office (`the capital of Norway`, `a
 *  major base`, `an inspiration`): its head word tells. */
bool as_serves_as_thing(const as_tok *t, uint32_t n, uint32_t k);

/** Writes the article's claims: one per infobox field or record, then those
 *  of the prose, from the sentences' spans. */
void as_facts_extract(as_prose *p);

/** The token of s whose span starts at or after byte b. */
uint32_t as_sent_tok_at(const as_sent *s, size_t b);

/** Whether the sentence s opens an item of a list whose section's heading
 *  holds one of words (any case, as part of a word: `demograph`). */
bool as_sent_listed_under(const as_sent *s, const char *const *words);

/** The title without what tells it apart: its part before the first of
 *  marks (`,(` gives `Santa Fe` of `Santa Fe, New Mexico` and `Battle of
 *  Sedan` of `Battle of Sedan (1940)`), trimmed. */
as_slice as_title_before(as_slice title, const char *marks);

#endif
