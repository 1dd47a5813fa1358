/* gazetteer.h: the towns and cities the tool knows by name (data/cities.tsv,
 * about 2,600 of them with their other names: `Oslo`, `Christiania`,
 * `Kristiania`), so that two places given for one birth or death can be
 * told to be one city under two names, or two cities. A name of several
 * cities (`Frankfurt`, `Portland`) is each of them. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_GAZETTEER_H
#define AS_GAZETTEER_H

#include <stdbool.h>

#include "slice.h"

/** Whether name (matched in any ASCII case, whole) is a city's. */
bool as_city_known(as_slice name);
/** Whether a and b are both cities' names and share one: one city. */
bool as_city_same(as_slice a, as_slice b);
/** Whether a and b are both cities' names and no city has both: two
 *  cities (`Munich`, `Würzburg`; not `Frankfurt` and `Frankfurt am Main`). */
bool as_city_apart(as_slice a, as_slice b);

#endif
