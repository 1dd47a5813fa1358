/* sink.h: byte sinks that every writer targets: stdout, memory, atomic file. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_SINK_H
#define AS_SINK_H

#include <stddef.h>

#include "status.h"
#include "strbuf.h"

typedef struct as_sink as_sink;

/** A destination for bytes. `write` returns 0 on success or an errno;
 *  the first failure is kept in `err` and later writes do nothing. */
struct as_sink {
  int (*write)(as_sink *s, const void *buf, size_t len);
  int (*close)(as_sink *s); ///< flush, fsync, rename (atomic); 0 = ok
  void (*discard)(as_sink *s); ///< drop what was written (atomic: unlink)
  void *ctx;
  int err;           ///< sticky errno; first failure wins
  char *path;        ///< final path for atomic sinks, else NULL
  char *tmp_path;    ///< temporary path for atomic sinks
  size_t fail_after; ///< tests: fail with ENOSPC past this many bytes (0 = never)
  size_t written;
  char *wbuf;        ///< file sinks: bytes gathered for one fwrite (writers such as
  size_t wlen;       ///< serd hand over a few bytes at a time, and each fwrite locks)
};

/** Standard output. Closing flushes it and checks ferror. */
as_sink *as_sink_stdout(void);
/** Appends to buf, which the caller owns. */
as_sink *as_sink_memory(as_strbuf *buf);
/** Writes to a temporary file in the folder of `path` and renames it to
 *  `path` on a successful close; NULL (errno set) if it cannot be created. */
as_sink *as_sink_atomic(const char *path);

/** Writes len bytes; AS_ERR_WRITE once the sink has failed. */
as_status as_sink_write(as_sink *s, const void *buf, size_t len) AS_MUST_CHECK;
as_status as_sink_puts(as_sink *s, const char *str) AS_MUST_CHECK;
/** Completes the sink (rename for atomic) and frees it. On failure the
 *  atomic sink's temporary file is removed. NULL-safe. */
as_status as_sink_close(as_sink *s) AS_MUST_CHECK;
/** Frees the sink without completing it: an atomic sink's temporary file is
 *  removed and `path` is left untouched. NULL-safe. */
void as_sink_discard(as_sink *s);

#endif
