/* internal.h: what the validator's files share: the records (claims and
 * findings as lines, records.c), the block of claims about one subject
 * read back from the sorted runs, the conflict builder (validate.c), the
 * rules (rules.c) and the checks of the text (text.c). */
/* SPDX-License-Identifier: MIT */
#ifndef AS_VALIDATOR_INTERNAL_H
#define AS_VALIDATOR_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "../core/arena.h"
#include "../core/diag.h"
#include "../core/keyindex.h"
#include "../core/model.h"
#include "../core/strbuf.h"
#include "runs.h"

/* ---- records.c: claims and findings as lines ---- */

/** A claim read back from its line (strings in the block's arena). A
 *  listing is the copy of an infobox commander or leader filed under the
 *  person's name, so that it meets the person's death. */
typedef struct vclaim {
  as_slice id, article, file, sentence;
  as_slice subject, property, about, value, normalized, date;
  as_slice part; ///< losses: the one combatant of a side of several they are of, or empty
  uint32_t line, col;
  uint32_t shard;      ///< which claims file (0 in one run)
  uint64_t article_no; ///< the article's number in its shard
  uint32_t seq;        ///< the claim's number in its article
  int64_t start;       ///< listing: the first day its article's narrative dates
  bool inferred, infobox, listing;
} vclaim;

/** Appends c as a claim line (what as_record_claim reads back). */
void as_record_claim_line(as_strbuf *b, const vclaim *c);

/** Parses a claim line (modified in place); false if it is malformed. */
bool as_record_claim(char *line, size_t len, uint32_t shard, vclaim *out);

/** Parses a finding line into a conflict in arena; NULL if malformed. */
as_conflict *as_record_finding(char *line, size_t len, as_arena *arena);

/** The subject part of a line's KEY (what a block shares). */
as_slice as_record_subject_key(as_slice line);
/** A line's KEY (what a group shares). */
as_slice as_record_key(as_slice line);

/** The findings of a's text, as lines (text.c). */
void as_damage_check(as_strbuf *out, const as_article *a);

/** Appends a finding line for (a, block, byte offset in its text). */
void as_finding_add(as_strbuf *out, as_diag_code code, const as_article *a, const as_block *s, size_t off,
                    const char *subject, const char *fmt, ...) __attribute__((format(printf, 7, 8)));

/** The first day the article's narrative dates (day or month precision,
 *  outside its lead, background and aftermath sections), or INT64_MAX. */
int64_t as_narrative_start(const as_article *a);

/* ---- validate.c: the validator ---- */

/** The claims of one KEY (subject, property, about) in a block, in input
 *  order. */
typedef struct vgroup {
  uint32_t *ids;
  uint32_t n, cap;
  as_slice key;
} vgroup;

/** A conflict and where it sorts: by rule, then by the first claim of its
 *  group in input order. */
typedef struct vsorted {
  as_conflict *k;
  uint32_t rule, shard, seq;
  uint64_t article_no, n;
} vsorted;

/** Lines kept in input order: in memory up to the budget, then in a
 *  temporary file. */
typedef struct vtape {
  FILE *f;
  as_strbuf mem; ///< lines not in the file yet
} vtape;

typedef struct as_validator {
  as_arena store; ///< conflicts
  as_runs *runs;
  vtape findings;  ///< finding lines
  vtape people;    ///< the people registry's questions (see as_person_call), for a claims file
  size_t budget;
  int err;         ///< errno of a failed temporary file
  /* check --claims: what the merge renames (see as_validator_rename) */
  as_arena names;
  as_keyindex renames;  ///< shard, article, name → to[id]
  as_slice *to;
  size_t tocap;
  as_keyindex renamed;  ///< shard, article: the articles with a rename
  bool *shard_renamed;
  size_t nshard_renamed;
  as_runs *moved;       ///< renamed claims, tagged with their shard (a source of runs)
  as_strbuf scratch;
  uint64_t narticles;
  /* the block being checked: the claims about one subject */
  as_arena block;
  vclaim *claims;
  size_t nclaims, ccap;
  vgroup *groups;
  size_t ngroups, gcap;
  /* the conflicts found, sorted at the end */
  vsorted *found;
  size_t nfound, fcap;
  uint32_t rule;        ///< the rule running
  const vclaim *first;  ///< the first claim of the group it looks at
} as_validator;

/* ---- compare.c: values ---- */

/** A date value as the days it may be: [from, to] in days since 0000-03-01.
 *  false for what is not a date (or has no year, `--08-31`). */
bool as_date_span(as_slice iso, int64_t *from, int64_t *to);

/** True if two date values can both be true (their spans overlap). */
bool as_dates_agree(as_slice a, as_slice b);

/** A decimal number written alone (`105102`, `2.5`), into *v. */
bool as_number(as_slice s, double *v);

/** True if two counts can both be true: equal within 10% (`a little over
 *  3,000` and `3,000`). */
bool as_numbers_agree(as_slice a, as_slice b);

/** True for a third of a month or a year (`mid-November 1942`,
 *  `1942-11-11/1942-11-20`; `late 1883`): a span whose ends are the
 *  reader's, not the text's. */
bool as_dates_part_of(as_slice v);

/** True if two durations (`P63D`, `P9W`) can both be true: equal to the
 *  coarser one's unit, a day either way (`six days` and `a week` agree;
 *  `63 days` and `73 days` do not). What is no such duration agrees. */
bool as_durations_agree(as_slice a, as_slice b);

/** The year of a date value, or 0. */
int as_date_year(as_slice iso);

/* ---- validate.c: building conflicts ---- */

/** Values of a group, each with the claims that support it. */
typedef struct vvalue {
  as_slice value;
  uint32_t *ids; ///< into v->claims
  uint32_t n, cap;
  double weight; ///< 1 per stated claim, 1/2 per inferred one
} vvalue;

typedef struct vvalues {
  vvalue *v;
  size_t n, cap;
} vvalues;

/** The distinct normalized values of group g (same_value decides
 *  equality), heaviest first. */
void as_group_values(const as_validator *v, const vgroup *g, bool (*same_value)(as_slice, as_slice),
                     vvalues *out);
void as_values_free(vvalues *vs);

/** Puts values i and j (i heavier) first and last, so that a conflict
 *  names the pair that disagrees; the others keep their order between. */
void as_values_pair(vvalues *vs, size_t i, size_t j);

/** Appends a conflict about the values vs (at least two) of one group;
 *  it is copied into the store (the block's claims are not kept). Returns
 *  it. */
as_conflict *as_conflict_add(as_validator *v, as_diag_code code, as_severity sev, const vvalues *vs,
                             const char *why_fmt, ...) __attribute__((format(printf, 5, 6)));

/** True if the claims are in one article. */
static inline bool as_same_article(const vclaim *a, const vclaim *b) {
  return a->shard == b->shard && a->article_no == b->article_no;
}

/* ---- rules.c ---- */

/** The number of rules (for the order of conflicts). */
uint32_t as_rules_count(void);
/** Runs every rule on every group of the block (the claims about one
 *  subject). */
void as_rules_run(as_validator *v);

#endif
