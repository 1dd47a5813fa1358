/* fuzz.h: what the fuzz targets share (libFuzzer entry point, a diagnostic
 * sink that only counts). */
/* SPDX-License-Identifier: MIT */
#ifndef AS_FUZZ_H
#define AS_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "../../core/diag.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static inline void fuzz_count(void *ctx, const as_diag *d) {
  (void)d;
  ++*(size_t *)ctx;
}

/** A sink that counts diagnostics into *n (formatting is not what is fuzzed). */
static inline as_diag_sink fuzz_sink(size_t *n) {
  as_diag_sink s = {fuzz_count, n, {0, 0, 0}};
  return s;
}

#endif
