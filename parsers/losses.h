/* losses.h: a side's losses told in a battle's prose, matched to the sides
 * of its infobox (losses.c). Internal to parsers/. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_LOSSES_H
#define AS_LOSSES_H

#include "../core/strbuf.h"
#include "parsers.h"
#include "prose.h"

/** One side of a battle's infobox: its record (`side 1`, what its
 *  claims are `about`) and its combatants' names, first first. */
typedef struct as_side {
  as_slice record;
  as_slice *names;
  size_t nnames;
} as_side;

typedef struct as_sides {
  as_side *v;
  size_t n;
  as_slice title; ///< the battle's name
} as_sides;

/** The sides of a's infobox (`Combatant1`, `Combatant2`...), in arena;
 *  none unless there are two or more. */
void as_sides_read(const as_article *a, as_arena *arena, as_sides *out);

/** The combatant of side (index in its names) that an infobox heading of
 *  losses names (`Canadian`, `American > Personnel`, `Free French
 *  Forces`), when the side has several; -1 if none, several, or the side
 *  is one. */
int as_side_member(const as_sides *sides, size_t side, as_slice label);

/** A loss read from a sentence: the side (index in the sides), the
 *  token of its number and the number as written. */
typedef struct as_loss {
  int side;
  int member; ///< the one combatant of the side it is of (index in its names), or -1 for the whole side
  uint32_t at;
  uint32_t end; ///< the token after its kinds (`killed and wounded`)
  as_slice number;
} as_loss;

/** Whether quantity q of sentence s tells a whole side's losses as the
 *  text's own figure; its kind (`killed`, `killed or missing`) into kind. */
bool as_loss_read(const as_sides *sides, const as_sent *s, const as_span *q, as_strbuf *kind, as_loss *out);

#endif
