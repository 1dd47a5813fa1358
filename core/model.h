/* model.h: the in-memory model of one article: blocks, fields, mentions, claims.
 *
 * Ownership, in one sentence: everything reachable from an as_article lives
 * in that article's arena and dies at as_arena_reset; slices point into the
 * article's source text, which belongs to the same arena; whatever must
 * outlive the article is copied elsewhere by its consumer; emitters and the
 * validator borrow and never write. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_MODEL_H
#define AS_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "prov.h"
#include "slice.h"
#include "source.h"

typedef enum {
  AS_BLK_ARTICLE,
  AS_BLK_SECTION,
  AS_BLK_PARAGRAPH,
  AS_BLK_LIST_ITEM,
  AS_BLK_SENTENCE,
} as_blk_kind;

typedef struct as_block as_block;

/** A node of the document tree: article → sections → paragraphs and list
 *  items → sentences. Sections are flat children of the article, in order,
 *  each with its level and path; the lead (prose before the first heading)
 *  is a section of level 1 with an empty heading. */
struct as_block {
  as_blk_kind kind;
  as_block *parent, *next, *first_child, *last_child;
  as_prov start;       ///< where the block's first character is
  as_slice text;       ///< sentence: its text; section: its heading; else empty
  const as_line *line; ///< the line the block starts on
  uint32_t seq;        ///< 1-based number among blocks of its kind in the article
  union {
    struct {
      int level;     ///< 1 for the lead, 2 for "==H==", 3 for "===H===", ...
      as_slice path; ///< "Government > La Magdalena"; empty for the lead
    } section;
  } as;
};

/** Value types of infobox fields and their list items. */
#define AS_VALUE_TYPES(X)                                                      \
  X(TEXT, "text")                                                              \
  X(NUMBER, "number")                                                          \
  X(DATE, "date")                                                              \
  X(DATE_RANGE, "date-range")                                                  \
  X(YEAR, "year")                                                              \
  X(YEAR_RANGE, "year-range")                                                  \
  X(PLACE, "place")                                                            \
  X(COUNTRY, "country")                                                        \
  X(PERSON, "person")                                                          \
  X(ORG, "org")                                                                \
  X(FILE, "file")                                                              \
  X(URL, "url")                                                                \
  X(LINK, "link")                                                              \
  X(COORDINATES, "coordinates")                                                \
  X(EMPTY, "empty")

typedef enum {
#define X(id, name) AS_VT_##id,
  AS_VALUE_TYPES(X)
#undef X
} as_value_type;

const char *as_value_type_name(as_value_type t);

/** One member of a list value: `Arequipa (1882–1883)` → text `Arequipa`,
 *  qualifier `1882–1883`; `General Luis La Puerta` → rank `General`, name
 *  `Luis La Puerta`. */
typedef struct as_item {
  as_slice whole;     ///< the item as written
  as_slice text;      ///< the item without its qualifiers and markers
  as_slice qualifier; ///< inside the parentheses or brackets, or empty
  as_slice rank;      ///< rank or title before a person's name, or empty
  as_slice name;      ///< text without rank and markers (†)
  as_slice group;     ///< the heading it is listed under (`1st Belorussian Front:`, `Italian: …`), or empty
  as_value_type type;
  as_slice normalized;
  bool died;          ///< marked with † (killed in action)
  as_prov at;
} as_item;

/** One `- Key: Value` line of the infobox. */
typedef struct as_field as_field;
struct as_field {
  as_field *next;
  const as_line *line;
  as_prov at;        ///< the key's first character
  as_prov value_at;  ///< the value's first character
  as_slice key, raw; ///< as written (trimmed)
  as_slice series;   ///< `Commander2` → `Commander`; the key when there is no series
  as_slice index;    ///< `2`, `start`, `end`, or empty
  as_slice role;     ///< `year`, `date`, `title`, `flag`, `type`, ... or empty
  as_slice record;   ///< the record the field belongs to: `Leader 1`, `side 2`, `Event start`
  as_value_type type;
  as_slice normalized; ///< ISO date, country name, target of a glued link, items joined by "; "
  as_slice precision;  ///< for dates: day, month, year; else empty
  bool inferred;       ///< part of the value came from another field (Year End)
  as_item *items;
  size_t nitems;
  as_slice link_target, link_label; ///< for a glued link (type link)
  as_slice reversed; ///< a text value that is a range of dates ending before its start, as ISO `from/to`
};

typedef enum { AS_MENTION_DATE, AS_MENTION_QUANTITY, AS_MENTION_PERSON, AS_MENTION_PLACE,
               AS_MENTION_ORG, AS_MENTION_EVENT } as_mention_kind;

const char *as_mention_kind_name(as_mention_kind k);

/** A date, quantity or entity found in the prose. */
typedef struct as_mention as_mention;
struct as_mention {
  as_mention *next;
  as_mention_kind kind;
  as_slice text, normalized, precision;
  as_slice unit;      ///< quantity: what is counted (`men`), or empty
  as_slice qualifier; ///< quantity: `a little over`, `about`, `ordinal`, or empty
  bool inferred;      ///< date: the year or the date came from the narrative
  char rel_unit;      ///< relative date (`three years later`): 'd', 'm' or 'y', else 0
  int rel_n;          ///< relative date: its signed count of rel_unit (`a week earlier`: -7 days)
  const as_block *sentence;
  as_prov at;
};

typedef enum { AS_FROM_INFOBOX, AS_FROM_PROSE } as_origin;

/** A statement: subject, property, value, optional date, provenance. */
typedef struct as_claim as_claim;
struct as_claim {
  as_claim *next;
  uint32_t seq; ///< 1-based within the article; claim_id = article_id#seq
  as_origin origin;
  as_slice subject, property, value, normalized, date, precision;
  as_slice about;  ///< what the property is relative to: the place left (`destination`), or empty
  as_slice qualifier; ///< a quantity's approximation (`a little over`), an infobox member's group, or empty
  as_slice part;      ///< losses: the one combatant of a side of several they are of (`Canada`), or empty
  bool inferred;
  const as_block *sentence; ///< NULL for infobox claims
  as_slice quote;           ///< the sentence or infobox line it came from
  as_prov at;
};

/** One question an article put to the run's people registry (in order):
 *  the name asked, the canonical name it got, and whether the article
 *  used it (the article's own subject asks only to be learned). Shards
 *  replay these at `check --claims`, so that the merge names people as
 *  one run over the concatenated input would. */
typedef struct as_person_call {
  as_slice query, result;
  bool used;
} as_person_call;

typedef struct as_article {
  uint32_t file;
  const char *file_name;
  const as_raw_article *raw;
  as_slice title;
  as_slice id;       ///< article_id: the title with spaces as '_', unique in a run
  as_slice base_id;  ///< id before it was made unique (`Title`, not `Title_(2)`)
  as_prov at;        ///< the title line
  bool has_infobox;
  as_block *root;    ///< AS_BLK_ARTICLE; sections are its children
  as_field *fields;  ///< in input order
  size_t nfields, nsections, nparagraphs, nlist_items, nsentences;
  as_mention *mentions;
  size_t nmentions;
  as_claim *claims;
  size_t nclaims;
  as_person_call *calls; ///< the registry's questions and answers, in order
  size_t ncalls;
} as_article;

/** A claim as a conflict quotes it: copied out of its article. */
typedef struct as_conflict_claim {
  as_slice value;    ///< the normalized value it supports
  as_slice claim_id; ///< `Article#7`, or empty for a finding on the text
  as_slice article;  ///< the article's title
  as_slice file, sentence;
  uint32_t line, col;
  bool inferred;     ///< its value or date was inferred
} as_conflict_claim;

/** A group of claims about one subject and property whose values cannot
 *  all be true (or a finding on the text, such as damaged-text). Filled by
 *  the validator; lives in the validator's store. */
typedef struct as_conflict as_conflict;
struct as_conflict {
  as_conflict *next;
  uint32_t seq; ///< 1-based in the run; conflict_id = C<seq>
  as_slice code, severity, subject, property;
  as_slice values;    ///< the distinct values, separated by "; "
  as_slice claim_ids; ///< the claims, separated by ";" (the first few of each value)
  as_slice message;   ///< one line: what disagrees with what
  as_slice explanation; ///< why, in plain words, with the counts of each value
  int sev;            ///< as_severity
  as_conflict_claim *claims; ///< the first few claims of each value, values in order
  size_t nclaims;
};

typedef struct as_conflicts {
  as_conflict *first;
  size_t n;
} as_conflicts;

/** Appends child to parent's children. */
void as_block_append(as_block *parent, as_block *child);

/** Checks the model's invariants (links, ordered spans, sentences inside the
 *  article); returns NULL if it holds, or a static message naming the first
 *  broken rule. Run after every parse in tests. */
const char *as_model_check(const as_article *a);

#endif
