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

#include "../core/model.h"

typedef struct as_validator as_validator;

as_validator *as_validator_new(void);
/** NULL-safe. Frees the conflicts it made. */
void as_validator_free(as_validator *v);

/** Copies what the rules need of a's claims into the validator's store and
 *  looks at a's text for damage. a may be reset afterwards. */
void as_validator_add(as_validator *v, const as_article *a);

/** Once every article was added: runs the rules over the groups and fills
 *  out (conflicts in a stable order: by code's rule, then first claim).
 *  The conflicts live until as_validator_free. */
void as_validator_finish(as_validator *v, as_conflicts *out);

#endif
