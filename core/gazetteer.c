/* gazetteer.c: see gazetteer.h. The table is generated (cities.inc) and
 * searched in place: no set-up, no allocation. */
/* SPDX-License-Identifier: MIT */
#include "gazetteer.h"

#include <stddef.h>
#include <stdint.h>

typedef struct {
  const char *name; ///< folded: ASCII letters in lower case
  uint16_t city;
} city_name;

static const city_name names[] = {
#include "cities.inc"
};

static int fold(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

/* name folded against a table name, as memcmp orders them */
static int cmp(as_slice name, const char *entry) {
  size_t i = 0;
  for (; i < name.len && entry[i]; i++) {
    int a = fold((unsigned char)name.ptr[i]), b = (unsigned char)entry[i];
    if (a != b)
      return a - b;
  }
  return i < name.len ? 1 : entry[i] ? -1 : 0;
}

/* The entries of name: [*from, return value). */
static size_t find(as_slice name, size_t *from) {
  name = as_slice_trim(name);
  size_t lo = 0, hi = sizeof names / sizeof *names;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (cmp(name, names[mid].name) > 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  *from = lo;
  size_t e = lo;
  while (e < sizeof names / sizeof *names && name.len && cmp(name, names[e].name) == 0)
    e++;
  return e;
}

bool as_city_known(as_slice name) {
  size_t from, to = find(name, &from);
  return to > from;
}

/* 1: one city; 0: two; -1: either is no city's name */
static int same(as_slice a, as_slice b) {
  size_t af, at = find(a, &af), bf, bt = find(b, &bf);
  if (at == af || bt == bf)
    return -1;
  for (size_t i = af; i < at; i++)
    for (size_t j = bf; j < bt; j++)
      if (names[i].city == names[j].city)
        return 1;
  return 0;
}

bool as_city_same(as_slice a, as_slice b) { return same(a, b) == 1; }

bool as_city_apart(as_slice a, as_slice b) { return same(a, b) == 0; }
