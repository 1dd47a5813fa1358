/* shards.h: `check --claims`: adds the claims files of shards to the
 * validator, replaying what a run shares across articles (see shards.c). */
/* SPDX-License-Identifier: MIT */
#ifndef AS_SHARDS_H
#define AS_SHARDS_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/status.h"
#include "../validator/validate.h"

/** Opens the claims files inputs[0..n) in order (shard i = inputs[i]) and
 *  adds them to v. A file that cannot be read or is not a claims file is
 *  reported and skipped (*input_failed). AS_ERR_WRITE when a temporary
 *  file fails (as_validator_errno says why). */
as_status as_shards_add(as_validator *v, const char *const *inputs, size_t n, bool *input_failed) AS_MUST_CHECK;

#endif
