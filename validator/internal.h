/* internal.h: what validate.c, rules.c and compare.c share: the store of
 * claims copied out of their articles, the groups, the conflict builder. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_VALIDATOR_INTERNAL_H
#define AS_VALIDATOR_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/arena.h"
#include "../core/diag.h"
#include "../core/keyindex.h"
#include "../core/model.h"
#include "../core/strbuf.h"

/** A claim in the store (strings in the store's arena). */
typedef struct vclaim {
  as_slice id, article, file, sentence;
  as_slice subject, property, about, value, normalized, date;
  uint32_t line, col, article_no;
  bool inferred, infobox;
} vclaim;

/** The claims of one (subject, property, about), in input order. */
typedef struct vgroup {
  uint32_t *ids;
  uint32_t n, cap;
} vgroup;

typedef struct as_validator {
  as_arena store;
  vclaim *claims;
  size_t nclaims, cap;
  vgroup *groups;
  as_keyindex index; /* group key → group, keys in the store */
  size_t ngroups, gcap;
  uint32_t narticles;
  int64_t *starts; /* per article: the first day its narrative dates, or INT64_MAX */
  size_t starts_cap;
  as_strbuf key, tmp;
  /* findings on the text, made while articles are added */
  as_conflict *first, *last;
  size_t nconflicts;
} as_validator;

/* ---- compare.c: values ---- */

/** A date value as the days it may be: [from, to] in days since 0000-03-01.
 *  false for what is not a date (or has no year, `--08-31`). */
bool as_date_span(as_slice iso, int64_t *from, int64_t *to);

/** True if two date values can both be true (their spans overlap). */
bool as_dates_agree(as_slice a, as_slice b);

/** True if two counts can both be true: equal within 10% (`a little over
 *  3,000` and `3,000`). */
bool as_numbers_agree(as_slice a, as_slice b);

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

/** Appends a conflict about the values vs (at least two) of one group. */
void as_conflict_add(as_validator *v, as_diag_code code, as_severity sev, const vvalues *vs,
                     const char *why_fmt, ...) __attribute__((format(printf, 5, 6)));

/* ---- rules.c ---- */

/** Runs every rule on every group. */
void as_rules_run(as_validator *v);

/** Looks at an article's text for damage (a rank with its name missing, a
 *  gap where a name was, an introduced quotation missing). */
void as_damage_check(as_validator *v, const as_article *a);

/** The first day the article's narrative dates (day or month precision,
 *  outside its lead, background and aftermath sections), or INT64_MAX. */
int64_t as_narrative_start(const as_article *a);

/** Appends a finding on the text at (a, block, byte offset in its text). */
void as_finding_add(as_validator *v, as_diag_code code, const as_article *a, const as_block *s, size_t off,
                    const char *subject, const char *fmt, ...) __attribute__((format(printf, 7, 8)));

#endif
