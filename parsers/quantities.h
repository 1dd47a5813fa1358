/* quantities.h: cardinal and ordinal numbers in prose, with what they count
 * and the approximation around them (SPEC 3.4). Pure and linear. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_QUANTITIES_H
#define AS_QUANTITIES_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/slice.h"
#include "tokens.h"

typedef struct as_quantity {
  size_t start, end;  ///< byte span in the sentence: qualifier .. counted noun
  double value;
  bool ordinal;       ///< `the fourth internal conflict`
  as_slice unit;      ///< the counted noun as written, or empty
  as_slice qualifier; ///< `a little over`, `about`... as written, or empty
} as_quantity;

typedef struct as_quantities {
  as_quantity *v;
  size_t n, cap;
} as_quantities;

/** Appends to out every quantity of the sentence text (tokens toks), in
 *  order. taken[i] is true for tokens that belong to a date (they are not
 *  numbers to count); it may be NULL. */
void as_quantity_scan(as_slice text, const as_toks *toks, const bool *taken, as_quantities *out);
/** Number words at token i of t (n tokens): `sixty-two`, `a hundred`;
 *  the tokens taken (0 if none), the value in *out. */
size_t as_number_words(const as_tok *t, size_t n, size_t i, double *out);

void as_quantities_free(as_quantities *q);

#endif
