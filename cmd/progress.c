/* progress.c: the progress line (see progress.h). */
/* SPDX-License-Identifier: MIT */
#define _POSIX_C_SOURCE 200809L
#include "progress.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void as_progress_init(as_progress *p, bool quiet) {
  p->on = !quiet && isatty(STDERR_FILENO);
  p->shown = false;
  p->start = p->last = p->on ? now() : 0;
  p->articles = 0;
}

void as_progress_tick(as_progress *p, const as_source *src) {
  p->articles++;
  if (!p->on)
    return;
  double t = now();
  if (t - p->last < 0.25)
    return;
  p->last = t;
  double secs = t - p->start, mb = (double)as_source_bytes_read(src) / 1e6;
  double rate = secs > 0 ? mb / secs : 0;
  uint64_t total = as_source_bytes_total(src);
  fprintf(stderr, "\r\033[Kassay: %zu articles, %.1f MB, %.1f MB/s", p->articles, mb, rate);
  if (total > 0) {
    double done = (double)as_source_bytes_read(src) / (double)total;
    if (done > 1)
      done = 1;
    double left = rate > 0 ? ((double)total / 1e6 - mb) / rate : 0;
    if (left < 0)
      left = 0;
    fprintf(stderr, ", %.0f%%, %d:%02d left", done * 100, (int)left / 60, (int)left % 60);
  }
  fflush(stderr);
  p->shown = true;
}

void as_progress_clear(as_progress *p) {
  if (!p->shown)
    return;
  fputs("\r\033[K", stderr);
  fflush(stderr);
  p->shown = false;
}
