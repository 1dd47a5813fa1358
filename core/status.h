/* status.h: status codes returned by fallible functions. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_STATUS_H
#define AS_STATUS_H

/** One non-fatal value, then real errors, ordered by how bad they are. */
typedef enum {
  AS_OK = 0,
  AS_FAILURE,     ///< nothing found / end of input; not an error
  AS_ERR_INPUT,   ///< unreadable path, input that cannot be processed
  AS_ERR_WRITE,   ///< a sink failed (ENOSPC, EPIPE, /dev/full)
  AS_ERR_LIBRARY, ///< jansson/libxml2/serd/libcsv reported a failure
  AS_ERR_USAGE,   ///< bad command line
} as_status;

#define AS_MUST_CHECK __attribute__((warn_unused_result))

const char *as_strerror(as_status st);

/** Returns from the enclosing function when expr is an error. */
#define TRY(st, expr)                                                          \
  do {                                                                         \
    if (((st) = (expr)) > AS_FAILURE)                                          \
      return (st);                                                             \
  } while (0)

#endif
