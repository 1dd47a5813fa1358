/* temporal.h: the date engine for prose. Finds every temporal expression in
 * a sentence (pure, linear in the sentence) and resolves it against the
 * narrative's reference time.
 *
 * The reference time (narrative anchoring), in full:
 *  - it starts unset; the caller seeds it from the article's infobox (the
 *    first date-like field with a year) or else the title (`... of 1867`);
 *  - every date found in the prose with a month and a year (written or, once
 *    resolved, inferred) becomes the reference for what follows, in text
 *    order; each top section starts over (the caller, mentions.c: from the
 *    infobox's date, else from none in a section that describes, else from
 *    where the last one ended), and a heading that is a day moves it; a
 *    year alone (or a part of a year) does so
 *    only where it opens its sentence (`In 1865, ...`, `By early 1881, ...`)
 *    or when there is no reference yet: a year told in passing (`the
 *    historian wrote in 1981 that`, `fighting since 1880`) is not the time
 *    the narrative has reached; a date after `since` or `until` moves the
 *    reference only within its year (`kept prisoner until April 1947` in
 *    an article on 1944 does not); a less precise date of the same year
 *    and month never replaces a more precise one (`In 1883` after `23 October
 *    1883` keeps the day); years in names or brackets (`Constitution of
 *    1860`, `(1881–1883)`, `(born 23 September 1890)`), dates in a relative
 *    clause's past perfect (`Yamamoto, who had been shot down in April
 *    1943`), decades and centuries are never references; nor is a date
 *    of a main clause's past perfect earlier than the reference (`The
 *    division had landed at Gela on 10 July 1943`: a flashback);
 *  - a date without a year (`On 31 August`, `the early hours of 6 November`,
 *    `of that same year`) takes the reference's year, except a month named
 *    as an attribute (`the October elections`), which is the last such
 *    month up to the reference (October 1866 when the narrative is in
 *    February 1867); a relative expression
 *    (`two days later`, `the same day`, `the following night`) is computed
 *    from the reference; both are marked inferred;
 *  - the article's own span (the years of its infobox `Date`) guards the
 *    anchor: a reference more than five years outside it (`In 1993, Raugh
 *    wrote that ...`, `a letter of July 1957`) does not anchor dates
 *    without a year while an earlier reference inside it exists;
 *  - nothing ever comes from the machine's clock: with no reference, a date
 *    without a year stays without one (`--08-31`) and a relative date stays
 *    unresolved (empty value). */
/* SPDX-License-Identifier: MIT */
#ifndef AS_TEMPORAL_H
#define AS_TEMPORAL_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/strbuf.h"
#include "dates.h"
#include "tokens.h"

typedef enum {
  AS_TX_DATE,     ///< one date, to the precision of a
  AS_TX_RANGE,    ///< a to b
  AS_TX_PART,     ///< part `part` (early, mid, late, first/second half) of a's year or month
  AS_TX_SEASON,   ///< season `part` (spring, summer, autumn, winter) of a's year
  AS_TX_DECADE,   ///< the ten years from a.year
  AS_TX_CENTURY,  ///< the hundred years from a.year
  AS_TX_RELATIVE, ///< rel_n rel_units from the reference
} as_tx_kind;

typedef enum { AS_PART_EARLY = 1, AS_PART_MID, AS_PART_LATE, AS_PART_FIRST_HALF, AS_PART_SECOND_HALF } as_part;
typedef enum { AS_SEASON_SPRING = 1, AS_SEASON_SUMMER, AS_SEASON_AUTUMN, AS_SEASON_WINTER } as_season;
typedef enum { AS_REL_DAY = 1, AS_REL_MONTH, AS_REL_YEAR } as_rel_unit;

/** One temporal expression as written, before anchoring. year 0 in a or b
 *  means the year is to come from the reference. */
typedef struct as_timex {
  as_tx_kind kind;
  size_t start, end;       ///< byte span in the sentence
  size_t tok_from, tok_to; ///< token span [from, to)
  as_date a, b;
  int part;          ///< as_part or as_season
  bool approx;       ///< `around 1880`: EDTF `~`
  bool aside;        ///< in a name or brackets: not a reference for what follows
  bool titled;       ///< a year in brackets after a title (`Letters on Nature (1851)`): told, for a count in years
  bool past;         ///< `the October elections`: the last such month, not a later one
  bool edge;         ///< after `since`, `until`: the edge of a span told in passing
  bool topical;      ///< opens its sentence (`In 1865, ...`, `By early 1881`)
  bool overnight;    ///< `20/21 May`: a night's two days; the narrative goes on from the second
  bool bc;           ///< `753 BC`, `the 4th century BC`: before the common era (ISO 8601: 1 BC is 0000)
  bool recurring;    ///< `every 24 June`, `each year on 25 January`: no year of its own, none inferred
  bool perfect;      ///< in a clause's past perfect (`had landed at Gela on 10 July 1943`): a flashback when earlier than the reference
  bool anaphoric;    ///< a month or day `of that year`, `of the same year`: the year last told, in its sentence if there
  bool restates;     ///< RELATIVE set apart right after a date it restates (`On 5 April, twenty-four days later,`): counted from the reference before that date
  int later_year;    ///< a yearless date's year told with the next date of its sentence (`on 12 April and on 14 August 1973`), 0 = none
  as_rel_unit rel_unit;
  int rel_n;         ///< RELATIVE: signed offset
  int minutes;       ///< time of day (minutes after midnight), or -1
} as_timex;

typedef struct as_timexes {
  as_timex *v;
  size_t n, cap;
} as_timexes;

/** Appends to out every temporal expression of the sentence text (its
 *  tokens in toks), in order, none overlapping. Linear in the sentence. */
void as_timex_scan(as_slice text, const as_toks *toks, as_timexes *out);
void as_timexes_free(as_timexes *t);

/** The resolved value of a timex. */
typedef struct as_timex_value {
  as_precision prec; ///< AS_PREC_NONE when it could not be resolved
  bool inferred;
} as_timex_value;

/** The narrative's time as an article is read. */
typedef struct as_narrative {
  as_date ref;            ///< the reference time; prec AS_PREC_NONE = none yet
  as_date prior;          ///< the reference before the last date moved it
  as_date in_span;        ///< the last reference within the article's span
  int span_from, span_to; ///< the years the article is about, 0 = unknown
  bool aside_year;        ///< a year was told since ref was set, without moving it
  int told_year;          ///< the last year told in a plain date (`returned it in 1632`), 0 = none
  int sentence_year;      ///< the last such year of the sentence being read, 0 = none
  int sentence_years;     ///< how many dates of the sentence being read told a year
  int last_sentence_year; ///< the one year the sentence before told, 0 = none or several
  as_date flashback;      ///< a past perfect's earlier date in the sentence being read (`had fallen on 7 September, and three days later`), prec AS_PREC_NONE = none
  bool inherited;         ///< ref is an earlier section's, which no date of this one moved yet
} as_narrative;

/** A new sentence begins: the years it tells are its own. */
void as_narrative_sentence(as_narrative *nv);

/** Starts a narrative at start (year 0 = no reference) for an article
 *  about the years [span_from, span_to] (0 = unknown). */
void as_narrative_init(as_narrative *nv, as_date start, int span_from, int span_to);

/** Resolves t against the narrative, appends its normalized value (ISO
 *  8601 / EDTF, see README) to norm, and moves the narrative on as the rule
 *  above says. */
as_timex_value as_timex_resolve(const as_timex *t, as_narrative *nv, as_strbuf *norm);

#endif
