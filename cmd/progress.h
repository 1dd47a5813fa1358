/* progress.h: the progress line on a terminal (articles, MB/s, percent and
 * time left when the input size is known), refreshed at most four times a
 * second and cleared at the end; nothing when stderr is not a terminal or
 * with --quiet. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_PROGRESS_H
#define AS_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/source.h"

typedef struct as_progress {
  bool on;       ///< stderr is a terminal and not --quiet
  bool shown;    ///< a line is on the screen now
  double start, last; ///< seconds (monotonic)
  size_t articles;
} as_progress;

void as_progress_init(as_progress *p, bool quiet);
/** One more article; redraws the line if a quarter second has passed. */
void as_progress_tick(as_progress *p, const as_source *src);
/** Clears the line (before diagnostics are printed, and at the end). */
void as_progress_clear(as_progress *p);

#endif
