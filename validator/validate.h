/* validate.h: the validator: claims of a whole run grouped by (subject,
 * property), each group checked by the rules of rules.c, one conflict per
 * group that cannot all be true; findings on the text (damaged-text).
 *
 * Severity policy (SPEC section 4):
 *  - error: two values stated outright (neither inferred from context) that
 *    cannot both be true, where the code's default is error (date-mismatch,
 *    order);
 *  - warning: the same when a value of one side was inferred (a date
 *    without its year, `two days later`), and the codes whose extraction is
 *    less certain (attribution, place, number), and damaged text;
 *  - note: name variants and role differences, which a reader should look
 *    at but which may be right.
 * A claim stated outright weighs 1, an inferred one 1/2; values are listed
 * heaviest first and the conflict's first line points at the lightest. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_VALIDATE_H
#define AS_VALIDATE_H

#include <stdio.h>

#include "../core/model.h"
#include "../core/sink.h"
#include "../core/strbuf.h"

typedef struct as_validator as_validator;

/** Memory for the claims kept before they are spilled, sorted, to
 *  temporary files (see runs.h), unless the caller gives another. */
#define AS_VALIDATOR_BUDGET ((size_t)8 << 20)

/** A claims file (`assay extract -f claims`): its first line; then the
 *  people registry's questions (see as_person_call), one line each; then
 *  AS_CLAIMS_SORTED and the claims sorted; then `#findings` and the
 *  findings on the text. */
#define AS_CLAIMS_HEADER "#assay-claims 3"
#define AS_CLAIMS_SORTED "#claims"

/** budget: bytes of claims kept in memory (0: AS_VALIDATOR_BUDGET). */
as_validator *as_validator_new(size_t budget);
/** NULL-safe. Frees the conflicts it made. */
void as_validator_free(as_validator *v);

/** What the validator keeps of article a (the run's article number nth):
 *  its claims as lines, its findings on the text, and (people not NULL)
 *  its ids and questions to the people registry, for a claims file. Needs
 *  nothing but a, so worker threads call it while a is theirs. */
void as_validator_records(const as_article *a, uint64_t nth, as_strbuf *claims, as_strbuf *findings,
                          as_strbuf *people);

/** Takes the records of the next article (input order). AS_ERR_WRITE when
 *  a temporary file fails (as_validator_errno says why). */
as_status as_validator_take(as_validator *v, as_slice claims, as_slice findings,
                            as_slice people) AS_MUST_CHECK;

/** A line of a claims file's people section: `a` (a = the article's id
 *  before it was made unique, b = its id in the shard) or `p` (a = the
 *  name asked, b = the shard's answer, used: the article used it), for
 *  article number nth of the shard. */
typedef struct as_people_record {
  char kind;
  uint64_t nth;
  as_slice a, b;
  bool used;
} as_people_record;

/** Parses such a line (modified in place); false if it is malformed. */
bool as_record_people(char *line, size_t len, as_people_record *out);

/** check --claims: in shard's article nth, the name from (empty: the
 *  article's id) is to in the merged run. Said before the shard's claims
 *  file is added. */
void as_validator_rename(as_validator *v, uint32_t shard, uint64_t nth, as_slice from, as_slice to);

/** Adds a claims file (opened, positioned after AS_CLAIMS_SORTED) as shard
 *  number shard; closed by as_validator_free. The claims it renames are
 *  read now (a file that cannot seek is copied to a temporary one).
 *  AS_ERR_WRITE when a temporary file fails. */
as_status as_validator_add_claims(as_validator *v, FILE *f, const char *name, uint32_t shard) AS_MUST_CHECK;

/** The errno of a failed temporary file. */
int as_validator_errno(const as_validator *v);

/** Once every article (or claims file) was added: merges the claims in
 *  order, runs the rules over each subject's groups and fills out: the
 *  groups' conflicts by rule, then by their group's first claim in input
 *  order, then the findings on the text in input order. The conflicts
 *  live until as_validator_free. AS_ERR_INPUT when a claims file could
 *  not be read or holds a malformed line (*bad: its name). */
as_status as_validator_finish(as_validator *v, as_conflicts *out, const char **bad) AS_MUST_CHECK;

/** Instead of as_validator_finish: writes the claims, sorted, and the
 *  findings as a claims file (AS_CLAIMS_HEADER first) that `check --claims`
 *  merges with others. */
as_status as_validator_write(as_validator *v, as_sink *out, const char **bad) AS_MUST_CHECK;

#endif
