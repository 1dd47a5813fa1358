/* tokens.h: one left-to-right pass that cuts a sentence into words, numbers,
 * dashes and punctuation, for the date and quantity scanners. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_TOKENS_H
#define AS_TOKENS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/slice.h"
#include "keywords.h"

typedef enum {
  AS_TK_WORD,  ///< letters (any script), with inner apostrophes: `Prado's`
  AS_TK_NUM,   ///< digits, `1,800`, `3.5`, `5th`, `1880s`
  AS_TK_TIME,  ///< a clock time `05:30`
  AS_TK_DASH,  ///< `-`, en dash, em dash, minus
  AS_TK_COMMA,
  AS_TK_PUNCT, ///< any other character that is not a blank
} as_tok_kind;

typedef struct as_tok {
  as_tok_kind kind;
  uint32_t start, end; ///< byte offsets in the text
  bool space_before;   ///< a blank (or the start) comes right before
  bool cap;            ///< WORD: starts with an upper-case or title-case letter (any script)
  bool lower;          ///< WORD: only the letters a-z (its own folded form)
  bool rank;           ///< WORD: capitalised and a rank or title (as_is_rank_word)
  uint16_t kw;         ///< WORD: its keyword (KW_the...; any case), or AS_KW_NONE
  /* NUM */
  bool grouped;   ///< had thousands separators (`1,800`)
  bool decimal;   ///< had a fractional part (`3.5`)
  bool ordinal;   ///< ended in st/nd/rd/th (`5th`)
  bool plural;    ///< ended in s or 's (`1880s`)
  uint8_t digits; ///< digits before any decimal point, separators not counted
  double value;   ///< NUM: the number; TIME: hours * 60 + minutes
} as_tok;

/** A growable array of tokens, reused from sentence to sentence. */
typedef struct as_toks {
  as_tok *v;
  size_t n, cap;
} as_toks;

/** Replaces toks' content with the tokens of text. Linear in text. */
void as_tokenize(as_slice text, as_toks *toks);
/** NULL-safe on an empty array. */
void as_toks_free(as_toks *toks);

/** The token's text. */
static inline as_slice as_tok_text(as_slice text, const as_tok *t) {
  return as_slice_make(text.ptr + t->start, t->end - t->start);
}

/** True if t is the keyword kw (KW_the: `the`, `The`, `THE`). */
static inline bool as_tok_kw(const as_tok *t, int kw) { return t->kw == kw; }

/** The ordinal words, `zeroth` to `twentieth`: index = value. */
extern const uint16_t as_kw_ordinals[];

/** Index of t's keyword in list (ended by AS_KW_END), or -1. Inline: the
 *  scanners call it for most tokens, and most tokens are no keyword. */
static inline int as_tok_kw_among(const as_tok *t, const uint16_t *list) {
  if (t->kw == AS_KW_NONE)
    return -1;
  for (int i = 0; list[i] != AS_KW_END; i++)
    if (list[i] == t->kw)
      return i;
  return -1;
}

/** A set of keywords with O(1) membership, built from lists ended by
 *  AS_KW_END (the scanners test words against long gazetteers). */
typedef struct as_kwset {
  uint64_t w[(AS_KW_COUNT + 63) / 64];
} as_kwset;

/** Adds the keywords of list to s. */
void as_kwset_add(as_kwset *s, const uint16_t *list);

/** True if the keyword kw is in s. */
static inline bool as_kwset_has_kw(const as_kwset *s, int kw) {
  return kw > AS_KW_NONE && kw < AS_KW_COUNT && ((s->w[kw >> 6] >> (kw & 63)) & 1);
}

/** True if t's keyword is in s. */
static inline bool as_kwset_has(const as_kwset *s, const as_tok *t) {
  return t->kw != AS_KW_NONE && ((s->w[t->kw >> 6] >> (t->kw & 63)) & 1);
}

/** A map from each keyword to its position in one list (ended by
 *  AS_KW_END, AS_KW_NONE entries skipped, at most 255 long): what
 *  as_tok_kw_among answers, in one load, for lists asked of most tokens. */
typedef struct as_kwmap {
  uint8_t pos[AS_KW_COUNT]; ///< position + 1, or 0
} as_kwmap;

/** Builds m from list (m zeroed first). */
void as_kwmap_build(as_kwmap *m, const uint16_t *list);

/** Index of t's keyword in m's list, or -1. */
static inline int as_kwmap_at(const as_kwmap *m, const as_tok *t) { return (int)m->pos[t->kw] - 1; }

/** The keyword word is (any case), or AS_KW_NONE. */
int as_keyword(as_slice word);

/** True if word (any case) is a noun that numbers count in prose: men,
 *  troops, casualties, days, kilometres, tanks, ships, battalions... */
bool as_is_count_noun(as_slice word);

#endif
