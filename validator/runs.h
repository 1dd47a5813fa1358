/* runs.h: the claims of a run as sorted lines, kept in memory up to a
 * budget and spilled to temporary files beyond it (sorted runs), merged
 * back in order at the end: memory stays bounded whatever the corpus. The
 * same merge reads the sorted claims files of shards (`check --claims`).
 *
 * A line is `KEY \t ORDER \t fields...`; lines sort by KEY, then by the
 * shard they come from, then by ORDER, which is input order inside a shard
 * (and across the spilled runs of one run), then by source. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_VALIDATOR_RUNS_H
#define AS_VALIDATOR_RUNS_H

#include <stdbool.h>
#include <stdio.h>
#include <stdint.h>

#include "../core/slice.h"
#include "../core/status.h"
#include "../core/strbuf.h"

typedef struct as_runs as_runs;

/** budget: bytes of lines kept in memory before a run is spilled. */
as_runs *as_runs_new(size_t budget);
/** NULL-safe. Closes (and so deletes) the temporary files. */
void as_runs_free(as_runs *r);

/** Adds lines (each ending in '\n'); may spill a sorted run to a temporary
 *  file. AS_ERR_WRITE (errno kept in *err) when that file fails. */
as_status as_runs_add(as_runs *r, as_slice lines, int *err) AS_MUST_CHECK;

/** Adds an open claims file (positioned after its header) as a source of
 *  sorted lines of shard `shard`; its lines end at a line without a tab.
 *  The file is closed by as_runs_free. */
void as_runs_add_file(as_runs *r, FILE *f, const char *name, uint32_t shard);

/** Adds sub as a source whose lines carry their shard: TAG (8) hexadecimal
 *  digits at the start of ORDER, handed out without them (the claims of
 *  shards that the merge renamed, see validate.c). r frees sub. */
void as_runs_add_runs(as_runs *r, as_runs *sub);

/** Lines of claims files for which skip says true are left out (they come
 *  renamed from a sub). */
typedef bool (*as_runs_skip)(void *ctx, uint32_t shard, as_slice line);
void as_runs_set_skip(as_runs *r, as_runs_skip skip, void *ctx);

/** Starts the merge (sorts what is in memory). */
void as_runs_merge(as_runs *r);
/** The next line in order (without '\n'; valid until the next call) and
 *  the shard of its source; false at the end. AS_ERR_INPUT in *st (with
 *  the file's name in *bad) when a source could not be read or a claims
 *  file's lines are out of order (it is read no further). */
bool as_runs_next(as_runs *r, as_slice *line, uint32_t *shard, as_status *st, const char **bad);

/** The name of the claims file the last line came from (NULL: a
 *  temporary run). */
const char *as_runs_name(const as_runs *r);

/** After the merge: the file sources in order, positioned after their
 *  sorted lines (where their findings follow). */
size_t as_runs_nfiles(const as_runs *r);
FILE *as_runs_file(const as_runs *r, size_t i, const char **name);

/** A temporary file in $TMPDIR (or /tmp), already unlinked; NULL with
 *  errno set. */
FILE *as_temp_file(void);

#endif
