/* prov.h: provenance of a span of input: where it is in which file. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_PROV_H
#define AS_PROV_H

#include <stdint.h>

/** Every block, field, claim and diagnostic carries one. */
typedef struct as_prov {
  uint32_t file; ///< index into the run's file table (as_source_file_name)
  uint32_t line; ///< 1-based; 0 = unknown
  uint32_t col;  ///< 1-based, in characters (code points); 0 = unknown
  uint64_t byte; ///< 0-based byte offset in the file, BOM included
} as_prov;

#endif
