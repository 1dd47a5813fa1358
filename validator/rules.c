/* rules.c: the table of rules, each a small function over one group of
 * claims (same subject, property and `about`), and the checks of an
 * article's text. No rule names an entity, a date or a phrase of any
 * article: they compare values and read the shapes of sentences. */
/* SPDX-License-Identifier: MIT */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/calendar.h"
#include "../core/gazetteer.h"
#include "../core/mem.h"
#include "internal.h"

/* ---- helpers ---- */

static bool exact(as_slice a, as_slice b) { return as_slice_eq(a, b); }

static bool prop_is(const as_validator *v, const vgroup *g, const char *const *names) {
  as_slice p = v->claims[g->ids[0]].property;
  for (int i = 0; names[i]; i++)
    if (as_slice_eq_cstr(p, names[i]))
      return true;
  return false;
}

/* True if value i has a claim stated outright (not inferred). */
static bool stated(const as_validator *v, const vvalue *x) {
  for (uint32_t i = 0; i < x->n; i++)
    if (!v->claims[x->ids[i]].inferred)
      return true;
  return false;
}

/* True if every pair of a claim of a and a claim of b holds pred. */
static bool every_pair(const as_validator *v, const vvalue *a, const vvalue *b,
                       bool (*pred)(const vclaim *, const vclaim *)) {
  for (uint32_t i = 0; i < a->n; i++)
    for (uint32_t j = 0; j < b->n; j++)
      if (!pred(&v->claims[a->ids[i]], &v->claims[b->ids[j]]))
        return false;
  return true;
}

static bool same_sentence(const vclaim *x, const vclaim *y) {
  return as_same_article(x, y) && x->line == y->line && as_slice_eq(x->sentence, y->sentence);
}

/* True if every claim of both values comes from one sentence (a list:
 * `left for Buenos Aires and later Europe`), which is no disagreement. */
static bool one_sentence(const as_validator *v, const vvalue *a, const vvalue *b) {
  return every_pair(v, a, b, same_sentence);
}

static bool has_word(as_slice s, const char *w) {
  size_t n = strlen(w);
  for (size_t i = 0; i + n <= s.len; i++)
    if ((i == 0 || s.ptr[i - 1] == ' ') && strncasecmp(s.ptr + i, w, n) == 0 && (i + n == s.len || s.ptr[i + n] == ' '))
      return true;
  return false;
}

/* ---- the rules ---- */

static bool other_articles(const vclaim *x, const vclaim *y) { return !as_same_article(x, y); }

/* True if a claim of a and a claim of b are in one article. */
static bool share_article(const as_validator *v, const vvalue *a, const vvalue *b) {
  return !every_pair(v, a, b, other_articles);
}

/* Two spans stated to the month or the day that begin in different months
 * more than four months apart (`the Battle of Rostov (21–27 November
 * 1941)`, then `the Battle of Rostov (23–24 July 1942)`): two events of
 * one name, not one event dated twice; a slip of the pen changes the day,
 * the month or the year, and keeps the rest. */
static bool seasons_apart(as_slice a, as_slice b) {
  int64_t a0, a1, b0, b1;
  if (a.len < 7 || b.len < 7 || a.ptr[4] != '-' || b.ptr[4] != '-' || memcmp(a.ptr + 5, b.ptr + 5, 2) == 0 ||
      memchr(a.ptr, '~', a.len) || memchr(b.ptr, '~', b.len) || !as_date_span(a, &a0, &a1) ||
      !as_date_span(b, &b0, &b1))
    return false;
  return a0 - b1 > 120 || b0 - a1 > 120;
}

/* A bare year and a full date: in one sentence, a life's span in brackets
 * and the day it tells (`John Vane (1493–1540) lived in the town ... and
 * died there on 6 May 1541`), one date stated twice; a list of several
 * (`a son, born in 1950, and a daughter, born in 1954`) gives two of a
 * kind, and its subjects may be mixed. */
static bool year_and_day(as_slice a, as_slice b) {
  return (a.len == 4 && b.len == 10) || (a.len == 10 && b.len == 4);
}

/* One event or person dated two ways that do not overlap (a year agrees
 * with a day inside it). Values years apart name different events that
 * share a name (two battles at one place), not a mistake. */
static void date_mismatch(as_validator *v, const vgroup *g) {
  static const char *const props[] = {"date",           "startDate",    "endDate",        "deathDate", "birthDate",
                                      "datePublished",  "foundingDate", "completionDate", "openingDate",
                                      "termStart",      NULL};
  if (!prop_is(v, g, props))
    return;
  static const char *const lives[] = {"birthDate", "deathDate", NULL};
  static const char *const works[] = {"foundingDate", "completionDate", "openingDate", "termStart", NULL};
  bool life = prop_is(v, g, lives), once = life || prop_is(v, g, works);
  /* the starts of an office only texts tell (`became commander of the
   * South Pacific Area`): a term again, in another season or years
   * later, is another term */
  static const char *const terms[] = {"termStart", NULL};
  bool boxed = false;
  for (uint32_t i = 0; i < g->n && !boxed; i++)
    boxed = v->claims[g->ids[i]].infobox;
  if (once && !boxed && prop_is(v, g, terms))
    once = false;
  vvalues vs;
  as_group_values(v, g, exact, &vs);
  bool clash = false, firm = false;
  int min_year = 0, max_year = 0;
  size_t ci = 0, cj = 0;
  for (size_t i = 0; i < vs.n; i++) {
    int y = as_date_year(vs.v[i].value);
    if (y && (!min_year || y < min_year))
      min_year = y;
    if (y > max_year)
      max_year = y;
    for (size_t j = i + 1; j < vs.n; j++)
      if (!as_dates_agree(vs.v[i].value, vs.v[j].value) &&
          (!one_sentence(v, &vs.v[i], &vs.v[j]) || (once && year_and_day(vs.v[i].value, vs.v[j].value))) &&
          (once || !seasons_apart(vs.v[i].value, vs.v[j].value))) {
        if (!clash)
          ci = i, cj = j; /* the heaviest pair that disagrees */
        clash = true;
        firm = firm || (stated(v, &vs.v[i]) && stated(v, &vs.v[j]));
      }
  }
  if (clash)
    as_values_pair(&vs, ci, cj);
  /* a person is born and dies once: years apart are no two people's
   * when the person is named in full (a surname alone, `Byron`, may be
   * several of a family); but a generation apart in two articles, one
   * name is two namesakes' (`John Smith (1580–1631)`, `John Smith
   * (1948–2019)`) */
  as_slice who = v->claims[g->ids[0]].subject;
  bool full_name = memchr(who.ptr, ' ', who.len) != NULL;
  int apart = clash ? as_date_year(vs.v[0].value) - as_date_year(vs.v[vs.n - 1].value) : 0;
  if (clash && life && full_name && (apart > 25 || apart < -25) && !share_article(v, &vs.v[0], &vs.v[vs.n - 1]))
    clash = false;
  /* one word that is an article's title names its subject there
   * (`Parameswara`, `Pelé`), not one of a family */
  bool own = false;
  for (uint32_t i = 0; i < g->n && life && !full_name && !own; i++)
    own = as_slice_eq(v->claims[g->ids[i]].article, who);
  /* a named building or institution is founded and completed once */
  if (clash && (max_year - min_year < 3 || (life && (full_name || own)) || (once && !life))) {
    const vclaim *c = &v->claims[g->ids[0]];
    /* after as_values_pair the clashing pair is first and last */
    int64_t a0, a1, b0, b1;
    bool overlap = as_date_span(vs.v[0].value, &a0, &a1) && as_date_span(vs.v[vs.n - 1].value, &b0, &b1) && a0 <= b1 &&
                   b0 <= a1;
    as_conflict_add(v, AS_D_DATE_MISMATCH, firm ? AS_SEV_ERROR : AS_SEV_WARNING, &vs,
                    "%.*s cannot have both dates: %s%s", (int)c->subject.len, c->subject.ptr,
                    overlap ? "the spans begin or end on different dates" : "they do not overlap",
                    firm ? "" : ", and one of them was inferred from the narrative");
  }
  as_values_free(&vs);
}

/* One act (`the Cry of Montán`) attributed to different agents. Acts that
 * several parties sign (treaties, agreements) may have several. */
static void attribution_mismatch(as_validator *v, const vgroup *g) {
  static const char *const props[] = {"agent", NULL};
  if (!prop_is(v, g, props))
    return;
  as_slice subject = v->claims[g->ids[0]].subject;
  static const char *const shared[] = {"treaty", "agreement", "pact", "accord", "armistice", "convention",
                                       "protocol", "alliance", NULL};
  for (int i = 0; shared[i]; i++)
    if (has_word(subject, shared[i]))
      return;
  vvalues vs;
  as_group_values(v, g, exact, &vs);
  if (vs.n > 1 && !one_sentence(v, &vs.v[0], &vs.v[vs.n - 1]))
    as_conflict_add(v, AS_D_ATTRIBUTION_MISMATCH, AS_SEV_WARNING, &vs,
                    "%.*s is one act, attributed here to %.*s and elsewhere to %.*s", (int)subject.len,
                    subject.ptr, (int)vs.v[vs.n - 1].value.len, vs.v[vs.n - 1].value.ptr, (int)vs.v[0].value.len,
                    vs.v[0].value.ptr);
  as_values_free(&vs);
}

/* One movement (a person leaving one place) with different destinations. */
static void place_mismatch(as_validator *v, const vgroup *g) {
  static const char *const props[] = {"destination", NULL};
  const vclaim *c = &v->claims[g->ids[0]];
  if (!prop_is(v, g, props) || !c->about.len)
    return;
  vvalues vs;
  as_group_values(v, g, exact, &vs);
  if (vs.n > 1 && !one_sentence(v, &vs.v[0], &vs.v[vs.n - 1]))
    as_conflict_add(v, AS_D_PLACE_MISMATCH, AS_SEV_WARNING, &vs,
                    "%.*s left %.*s once; the texts send %s to different places", (int)c->subject.len,
                    c->subject.ptr, (int)c->about.len, c->about.ptr, "them");
  as_values_free(&vs);
}

/* The next part of a place as written (`Notting Hill, London, England`)
 * from *i, trimmed; empty at the end. */
static as_slice place_part(as_slice v, size_t *i) {
  size_t b = *i;
  while (*i < v.len && v.ptr[*i] != ',')
    (*i)++;
  as_slice part = as_slice_trim(as_slice_make(v.ptr + b, *i - b));
  if (*i < v.len)
    (*i)++;
  return part;
}

/* `Ihithe` and `Ihithe village`, `Nghe An Province` and `Nghe An Province
 * of French Indochina`: one names the other from its start. */
/* Whether two names are one but for blanks, hyphens and case (`San Remo`
 * and `Sanremo`, `Saint-Malo` and `Saint Malo`). */
static bool same_but_spacing(as_slice a, as_slice b) {
  size_t i = 0, j = 0;
  for (;;) {
    while (i < a.len && (a.ptr[i] == ' ' || a.ptr[i] == '-'))
      i++;
    while (j < b.len && (b.ptr[j] == ' ' || b.ptr[j] == '-'))
      j++;
    if (i == a.len || j == b.len)
      return i == a.len && j == b.len;
    if (tolower((unsigned char)a.ptr[i]) != tolower((unsigned char)b.ptr[j]))
      return false;
    i++, j++;
  }
}

/* A part without the realm's word before its name (`Kingdom of Matamba`,
 * `Duchy of Milan`: `Matamba`, `Milan`). */
static as_slice realm_name(as_slice part) {
  static const char *const realms[] = {"Kingdom of ", "Duchy of ", "Grand Duchy of ", "Principality of ",
                                       "Republic of ", "Empire of ", "Sultanate of ", "Emirate of ",
                                       "Electorate of ", "County of ", "Province of ", "State of ", NULL};
  for (int k = 0; realms[k]; k++)
    if (as_slice_starts(part, realms[k]) && part.len > strlen(realms[k]))
      return as_slice_make(part.ptr + strlen(realms[k]), part.len - strlen(realms[k]));
  return part;
}

static bool parts_match(as_slice a, as_slice b) {
  a = realm_name(a), b = realm_name(b);
  as_slice s = a.len < b.len ? a : b, l = a.len < b.len ? b : a;
  return (s.len && memcmp(s.ptr, l.ptr, s.len) == 0 && (s.len == l.len || l.ptr[s.len] == ' ')) ||
         (s.len && same_but_spacing(a, b));
}

/* Whether part names a part of the place v. */
static bool part_of(as_slice part, as_slice v) {
  size_t i = 0;
  for (as_slice p = place_part(v, &i); p.len; p = place_part(v, &i))
    if (parts_match(part, p))
      return true;
  return false;
}

/* Whether the words w occur in s as whole words (at its start or after a
 * blank, and no letter after them). */
static bool words_in(as_slice s, as_slice w) {
  for (size_t i = 0; w.len && i + w.len <= s.len; i++)
    if ((i == 0 || s.ptr[i - 1] == ' ') && memcmp(s.ptr + i, w.ptr, w.len) == 0 &&
        (i + w.len == s.len || !isalpha((unsigned char)s.ptr[i + w.len])))
      return true;
  return false;
}

/* Whether the text at p (n bytes) opens a clause of its own after a
 * comma: a verb or a conjunction (`, is commemorated by a monument in
 * Kiev`, `, where`), no more of a place. */
static bool clause_opens(const char *p, size_t n) {
  static const char *const words[] = {"is", "was", "were", "are", "has", "had", "and", "but", "where",
                                      "which", "who", "when", "while", "whose", NULL};
  while (n && *p == ' ')
    p++, n--;
  for (int k = 0; words[k]; k++) {
    size_t w = strlen(words[k]);
    if (n > w && memcmp(p, words[k], w) == 0 && p[w] == ' ')
      return true;
  }
  return false;
}

/* The words right after the place said in its sentence, up to the end
 * of the clause: `Ōimachi in the Ōmori district of Shinagawa, Tokyo`,
 * `Rolighed, the house of his close friends Moritz and Dorothea Melchior
 * near Copenhagen` (120 bytes at most); not `Kharkov, is commemorated by
 * a monument in Kiev`. */
static as_slice words_after(as_slice sentence, as_slice said) {
  for (size_t i = 0; said.len && i + said.len <= sentence.len; i++)
    if (memcmp(sentence.ptr + i, said.ptr, said.len) == 0) {
      size_t b = i + said.len, e = b;
      while (e < sentence.len && e - b < 120 && sentence.ptr[e] != ';' && sentence.ptr[e] != '.' &&
             !(sentence.ptr[e] == ',' && clause_opens(sentence.ptr + e + 1, sentence.len - e - 1)))
        e++;
      return as_slice_make(sentence.ptr + b, e - b);
    }
  return AS_SLICE_NULL;
}

/* An infobox's place of birth or death and the text's agree when either's
 * first part is a part of the other (`London` and `Notting Hill, London,
 * England`), or when the text names the infobox's town right after its
 * own (`born in Ōimachi in the Ōmori district of Shinagawa`). */
static bool area(as_slice part);

static bool places_agree(as_slice boxed, as_slice said, as_slice sentence) {
  size_t i = 0, j = 0;
  as_slice first = place_part(said, &i);
  if (part_of(first, boxed) || part_of(place_part(boxed, &j), said))
    return true;
  /* (one city under two names: `Kristiania, Norway` and `Christiania`) */
  j = 0;
  if (as_city_same(first, place_part(boxed, &j)))
    return true;
  /* (`his estate in Cape Breton, Nova Scotia` and `Beinn Bhreagh, Nova
   * Scotia, Canada`: an area, and a place of its region) */
  for (as_slice p = place_part(said, &i); area(first) && p.len; p = place_part(said, &i))
    if (part_of(p, boxed))
      return true;
  /* (the infobox's town, not its region or country: `Dole, Jura, France`
   * and `born in Arbois, Jura, France` are two towns of one region) */
  as_slice after = words_after(sentence, said);
  i = 0;
  return words_in(after, place_part(boxed, &i));
}

/* Whether a place is a building (`Hotel Sommer`, `St Thomas' Hospital`,
 * `Schönbrunn Palace`) with no town named: it stands in some town the
 * text need not name, so no town is another place than it. */
static bool building(as_slice place) {
  if (memchr(place.ptr ? place.ptr : "", ',', place.len))
    return false; /* `St Thomas' Hospital, London`: its town is named */
  static const char *const words[] = {"Hotel", "Hôtel", "Hospital", "Infirmary", "Clinic", "Sanatorium",
                                      "Palace", "Castle", "Villa", "Manor", "House", "Inn", "Abbey",
                                      "Monastery", "Convent", "Priory", "Cathedral", "Church", "Chapel",
                                      "Prison", "Gaol", "Jail", "Asylum", "Barracks", "Residence", "Home",
                                      "Cottage", "Lodge",
                                      /* `La Casa Azul`, `Palazzo Vecchio`, `Schloss Cecilienhof` */
                                      "Casa", "Palacio", "Palazzo", "Palais", "Schloss", "Château", "Quinta",
                                      "Hacienda", "Maison", "Haus", "Hôpital", "Ospedale", "Krankenhaus",
                                      "Klinik", NULL};
  for (int k = 0; words[k]; k++)
    if (words_in(place, as_slice_cstr(words[k])))
      return true;
  return false;
}

/* Whether the infobox's place opens on a building that the text's
 * building is not (`Hofburg Palace, Vienna` and `Schönbrunn Palace`; not
 * `Hofburg Palace, Vienna` and `the Hofburg Palace`). */
static bool other_building(as_slice boxed, as_slice said) {
  size_t i = 0;
  as_slice first = place_part(boxed, &i);
  return building(first) && !part_of(first, said) && !part_of(said, boxed);
}

/* Whether a part of a place names an area of its region, not a town
 * (`Russell County`, `Mombasa District`). */
static bool area(as_slice part) {
  static const char *const words[] = {"County", "District", "Province", "Parish", "Region", "Department",
                                      "Prefecture", "Oblast", "Township", "Borough", "Governorate",
                                      "Municipality", "Shire", "Canton", "Voivodeship",
                                      /* a land, not a town: `Cape Breton`, `the Isle of Wight` */
                                      "Island", "Isle", "Peninsula", "Valley", "Coast", NULL};
  for (int k = 0; words[k]; k++)
    if (words_in(part, as_slice_cstr(words[k])))
      return true;
  return as_slice_starts(part, "Cape ") && !as_slice_eq_cstr(part, "Cape Town");
}

/* Two places of the text that cannot be one: each names its town and its
 * region or country (`Portland, Oregon` and `Stockton, California`;
 * `Clark, Missouri` and `Moberly, Missouri`), and neither's town is a part
 * of the other (not `Kensington, London` and `London, England`); when one
 * names an area (`Russell County, Alabama` and `Hatchechubbee, Alabama`:
 * the town may lie in it), no part of one is a part of the other. A place
 * named alone (`London`) may lie in any region the tool does not know, so
 * it is not compared. */
/* Whether the town a place's second part names (`Dar Es Saada,
 * Marrakesh`) and a city are two cities the gazetteer knows apart. */
static bool in_city_apart(as_slice place, as_slice city) {
  if (!as_city_known(city))
    return false;
  size_t i = 0;
  place_part(place, &i);
  as_slice p = place_part(place, &i); /* the town the first part lies in */
  return p.len && as_city_known(p) && as_city_apart(p, city);
}

static bool places_apart(as_slice a, as_slice b) {
  size_t i = 0, j = 0;
  as_slice ta = place_part(a, &i), tb = place_part(b, &j);
  /* two cities the gazetteer knows (`Munich`, `Würzburg, Bavaria`); one
   * city under two names is one place (`Oslo`, `Kristiania`) */
  if (as_city_known(ta) && as_city_known(tb))
    return as_city_apart(ta, tb);
  /* (a house in one city is not in another: `Dar Es Saada, Marrakesh`
   * and `Paris`) */
  if (in_city_apart(a, tb) || in_city_apart(b, ta))
    return true;
  if (!memchr(a.ptr ? a.ptr : "", ',', a.len) || !memchr(b.ptr ? b.ptr : "", ',', b.len))
    return false;
  if (part_of(ta, b) || part_of(tb, a))
    return false;
  if (!area(ta) && !area(tb))
    return true;
  i = 0;
  for (as_slice p = place_part(a, &i); p.len; p = place_part(a, &i))
    if (part_of(p, b))
      return false;
  return true;
}

/* Whether the text says it happened near the place, not in it: `born
 * near Munich`, `died outside Paris`. */
static bool near_place(const vclaim *c) {
  if (c->infobox)
    return false;
  for (size_t i = 0; c->value.len && i + c->value.len <= c->sentence.len; i++)
    if (memcmp(c->sentence.ptr + i, c->value.ptr, c->value.len) == 0) {
      size_t e = i;
      while (e > 0 && c->sentence.ptr[e - 1] == ' ')
        e--;
      size_t b = e;
      while (b > 0 && isalpha((unsigned char)c->sentence.ptr[b - 1]))
        b--;
      as_slice w = as_slice_make(c->sentence.ptr + b, e - b);
      static const char *const words[] = {"near", "outside", "around", "off", "nearby", NULL};
      for (int k = 0; words[k]; k++)
        if (w.len == strlen(words[k]) && strncasecmp(w.ptr, words[k], w.len) == 0)
          return true;
      return false;
    }
  return false;
}

/* A person born or dead in one place by the infobox and in another by
 * the text of its article (`Birth Place: Berlin, Germany`, `Novak was
 * born in Paris, France`). Texts name places at different scales (a
 * village and its district), and the infobox says which it means; with
 * no infobox to settle it, two texts disagree only on places apart. */
static void life_place_mismatch(as_validator *v, const vgroup *g) {
  static const char *const props[] = {"birthPlace", "deathPlace", NULL};
  if (!prop_is(v, g, props))
    return;
  /* one report for each article: its infobox's place against every place
   * of its text that agrees with none of its infobox's, by value */
  uint32_t *ids = as_xcalloc(g->n, sizeof *ids);
  vvalue *vals = as_xcalloc(g->n + 1, sizeof *vals);
  bool reported = false;
  for (uint32_t i = 0; i < g->n; i++) {
    const vclaim *b = &v->claims[g->ids[i]];
    bool first = b->infobox;
    for (uint32_t k = 0; k < i && first; k++)
      first = !(v->claims[g->ids[k]].infobox && as_same_article(&v->claims[g->ids[k]], b));
    if (!first)
      continue;
    /* the infobox's value, with the claims of its text that say it too */
    size_t nvals = 1, nids = 0;
    ids[nids++] = g->ids[i];
    for (uint32_t j = 0; j < g->n; j++) {
      const vclaim *p = &v->claims[g->ids[j]];
      if (!p->infobox && as_same_article(b, p) && !building(p->value) &&
          (places_agree(b->value, p->value, p->sentence) || places_agree(b->value, p->normalized, p->sentence)))
        ids[nids++] = g->ids[j];
    }
    vals[0] = (vvalue){b->value, ids, (uint32_t)nids, (uint32_t)nids, (double)nids};
    for (uint32_t j = 0; j < g->n; j++) {
      const vclaim *p = &v->claims[g->ids[j]];
      /* (a building the infobox names another building than: `Birth
       * Place: Hofburg Palace, Vienna` and `born at Schönbrunn Palace`) */
      /* (nor a place near which it happened: `born on the Mereczowszczyzna
       * estate near Kosów`) */
      bool agree = p->infobox || !as_same_article(b, p) ||
                   (building(p->value) && !other_building(b->value, p->value)) || near_place(p);
      for (uint32_t k = 0; k < g->n && !agree; k++) {
        const vclaim *o = &v->claims[g->ids[k]];
        agree = o->infobox && as_same_article(o, p) &&
                (places_agree(o->value, p->value, p->sentence) || places_agree(o->value, p->normalized, p->sentence));
      }
      if (agree)
        continue;
      size_t x = 1;
      while (x < nvals && !as_slice_eq(vals[x].value, p->value))
        x++;
      if (x == nvals) {
        vals[nvals++] = (vvalue){p->value, &ids[nids], 0, 0, 0.0};
        /* the ids of one value are contiguous: gather them now */
        for (uint32_t k = j; k < g->n; k++) {
          const vclaim *q = &v->claims[g->ids[k]];
          if (!q->infobox && as_same_article(b, q) && as_slice_eq(q->value, p->value)) {
            ids[nids++] = g->ids[k];
            vals[x].n++;
            vals[x].weight += 1.0;
          }
        }
        vals[x].cap = vals[x].n;
      }
    }
    if (nvals < 2)
      continue;
    vvalues vs = {vals, nvals, nvals};
    const vvalue *said = &vals[nvals - 1];
    as_conflict_add(v, AS_D_PLACE_MISMATCH, AS_SEV_WARNING, &vs, "%.*s %s in %.*s by the infobox, in %.*s by the text",
                    (int)b->subject.len, b->subject.ptr,
                    as_slice_eq_cstr(b->property, "birthPlace") ? "was born" : "died", (int)b->value.len,
                    b->value.ptr, (int)said->value.len, said->value.ptr);
    reported = true;
  }
  /* no infobox of the article to settle it: two texts, or a text and
   * another article's infobox, that name places apart (`born in Portland,
   * Oregon`, `born in Stockton, California`; `born in Munich`, `born in
   * Würzburg`), the first pair; not a place near which it happened (`born
   * near Munich`), nor one the other's sentence names right after (`born
   * in Potsdam, near Berlin`) */
  for (uint32_t i = 0; i < g->n && !reported; i++) {
    const vclaim *a = &v->claims[g->ids[i]];
    for (uint32_t j = i + 1; j < g->n && !reported && !near_place(a); j++) {
      const vclaim *b = &v->claims[g->ids[j]];
      size_t ai = 0, bi = 0;
      if (((a->infobox || b->infobox) && as_same_article(a, b)) || near_place(b) ||
          words_in(words_after(a->sentence, a->value), place_part(b->normalized, &bi)) ||
          words_in(words_after(b->sentence, b->value), place_part(a->normalized, &ai)) ||
          !places_apart(a->normalized, b->normalized))
        continue;
      vvalue two[2] = {{a->normalized, &g->ids[i], 1, 1, 1.0}, {b->normalized, &g->ids[j], 1, 1, 1.0}};
      vvalues vs = {two, 2, 2};
      as_conflict_add(v, AS_D_PLACE_MISMATCH, AS_SEV_WARNING, &vs, "%.*s %s in %.*s by one text, in %.*s by another",
                      (int)a->subject.len, a->subject.ptr,
                      as_slice_eq_cstr(a->property, "birthPlace") ? "was born" : "died", (int)a->normalized.len,
                      a->normalized.ptr, (int)b->normalized.len, b->normalized.ptr);
      reported = true;
    }
  }
  free(ids);
  free(vals);
}

/* Whether every word of the spouse the text names (`Galina`, `William
 * King`) starts a word of the infobox's (`Galina Semyonova`, `William
 * King-Noel, 1st Earl of Lovelace`). */
static bool spouse_named(as_slice said, as_slice boxed) {
  size_t i = 0;
  while (i < said.len) {
    size_t b = i;
    while (i < said.len && said.ptr[i] != ' ')
      i++;
    as_slice w = as_slice_make(said.ptr + b, i - b);
    while (i < said.len && said.ptr[i] == ' ')
      i++;
    if (!words_in(boxed, w))
      return false;
  }
  return true;
}

/* A marriage the text dates to another year than the infobox's (`Spouse:
 * Galina Semyonova (m. 1965)`, `Zhukov married Galina in 1967`). A
 * marriage to one spouse twice (`(m. 1928; div. 1939), (m. 1940)`) agrees
 * with either year. */
static void marriage_mismatch(as_validator *v, const vgroup *g) {
  static const char *const props[] = {"spouse", NULL};
  if (!prop_is(v, g, props))
    return;
  for (uint32_t j = 0; j < g->n; j++) {
    const vclaim *p = &v->claims[g->ids[j]];
    if (p->infobox || p->inferred || !as_date_year(p->date))
      continue;
    uint32_t clash = UINT32_MAX;
    bool agree = false;
    for (uint32_t i = 0; i < g->n && !agree; i++) {
      const vclaim *b = &v->claims[g->ids[i]];
      if (!b->infobox || !as_same_article(b, p) || !b->date.len || !spouse_named(p->value, b->value))
        continue;
      if (as_dates_agree(b->date, p->date)) /* `from 1800 to 1802` holds 1802 */
        agree = true;
      else if (clash == UINT32_MAX)
        clash = g->ids[i];
    }
    if (agree || clash == UINT32_MAX)
      continue;
    const vclaim *b = &v->claims[clash];
    vvalue two[2] = {{b->date, (uint32_t[]){clash}, 1, 1, 1.0}, {p->date, (uint32_t[]){g->ids[j]}, 1, 1, 1.0}};
    vvalues vs = {two, 2, 2};
    as_conflict_add(v, AS_D_DATE_MISMATCH, AS_SEV_WARNING, &vs,
                    "%.*s married %.*s in %.*s by the infobox, on %.*s by the text", (int)p->subject.len,
                    p->subject.ptr, (int)b->value.len, b->value.ptr, (int)b->date.len, b->date.ptr, (int)p->date.len,
                    p->date.ptr);
  }
}

/* Whether a dated spouse claim says a marriage again (`remarried`,
 * `married her again`, `a second time`): a second wedding to one spouse. */
static bool wed_again(const vclaim *c) {
  static const char *const words[] = {"again", "remarried", "re-married", "second time", "renewed", NULL};
  for (int k = 0; words[k]; k++)
    if (words_in(c->sentence, as_slice_cstr(words[k])))
      return true;
  return false;
}

/* Two weddings to one spouse the text dates apart (`On 9 March 1902
 * Mahler married Alma Schindler`, `Mahler married Alma Schindler in March
 * 1903`), where no infobox dates that marriage (marriage_mismatch holds
 * the text to it then). */
static void wedding_mismatch(as_validator *v, const vgroup *g) {
  static const char *const props[] = {"spouse", NULL};
  if (!prop_is(v, g, props))
    return;
  for (uint32_t i = 0; i < g->n; i++) {
    const vclaim *a = &v->claims[g->ids[i]];
    if (a->infobox)
      continue;
    bool boxed = false;
    for (uint32_t k = 0; k < g->n && !boxed; k++) {
      const vclaim *b = &v->claims[g->ids[k]];
      boxed = b->infobox && b->date.len && spouse_named(a->value, b->value);
    }
    for (uint32_t j = i + 1; j < g->n && !boxed; j++) {
      const vclaim *b = &v->claims[g->ids[j]];
      if (b->infobox || a->inferred || b->inferred || !as_date_year(a->date) || !as_date_year(b->date) ||
          !(spouse_named(a->value, b->value) || spouse_named(b->value, a->value)) ||
          as_dates_agree(a->date, b->date) || wed_again(a) || wed_again(b))
        continue;
      vvalue two[2] = {{a->date, (uint32_t[]){g->ids[i]}, 1, 1, 1.0}, {b->date, (uint32_t[]){g->ids[j]}, 1, 1, 1.0}};
      vvalues vs = {two, 2, 2};
      as_conflict_add(v, AS_D_DATE_MISMATCH, AS_SEV_WARNING, &vs, "%.*s married %.*s on %.*s and on %.*s by the text",
                      (int)a->subject.len, a->subject.ptr, (int)b->value.len, b->value.ptr, (int)a->date.len,
                      a->date.ptr, (int)b->date.len, b->date.ptr);
      return;
    }
  }
}

/* The claims of g dated like claim i (at most 64: the rest are counted
 * in the group anyway), into same; false when an earlier claim has that
 * date (the date was looked at already) or fewer than two share it. */
static bool same_date(const as_validator *v, const vgroup *g, uint32_t i, vgroup *same) {
  const vclaim *a = &v->claims[g->ids[i]];
  same->n = 0;
  for (uint32_t j = 0; j < g->n && same->n < same->cap; j++) {
    if (!as_slice_eq(a->date, v->claims[g->ids[j]].date))
      continue;
    if (j < i)
      return false;
    same->ids[same->n++] = g->ids[j];
  }
  return same->n >= 2;
}

/* True if every claim of both values comes from the prose of one article:
 * a narrative that gives a force two strengths without dates tells of
 * its losses (`8,000 men`, then `after three weeks ... 5,300 men`). */
static bool same_prose(const vclaim *x, const vclaim *y) {
  return as_same_article(x, y) && !x->infobox && !y->infobox;
}

static bool one_narrative(const as_validator *v, const vvalue *a, const vvalue *b) {
  return every_pair(v, a, b, same_prose);
}

/* One force's strength at one date given two values (`a little over
 * 3,000` agrees with `3,000`); undated, only where an infobox or another
 * article gives one of them. */
static void number_mismatch(as_validator *v, const vgroup *g) {
  static const char *const props[] = {"strength", NULL};
  if (!prop_is(v, g, props))
    return;
  /* compare claims of the same date (or both undated) only: forces change */
  for (uint32_t i = 0; i < g->n; i++) {
    const vclaim *a = &v->claims[g->ids[i]];
    uint32_t ids[64];
    vgroup same = {ids, 0, 64, AS_SLICE_NULL};
    if (!same_date(v, g, i, &same))
      continue;
    vvalues vs;
    as_group_values(v, &same, as_numbers_agree, &vs);
    if (vs.n > 1 && !one_sentence(v, &vs.v[0], &vs.v[vs.n - 1]) &&
        (a->date.len || !one_narrative(v, &vs.v[0], &vs.v[vs.n - 1])))
      as_conflict_add(v, AS_D_NUMBER_MISMATCH, AS_SEV_WARNING, &vs,
                      "the strength of %.*s%s%.*s is given as different numbers", (int)a->subject.len,
                      a->subject.ptr, a->date.len ? " on " : "", (int)a->date.len, a->date.ptr);
    as_values_free(&vs);
  }
}

/* True if a value is given as about, at least or at most (`about 60
 * days`, `more than two months`): no figure to hold another to. */
static bool approximate(as_slice value) {
  static const char *const words[] = {"about", "around", "some", "over", "more", "nearly", "almost", "roughly",
                                      "approximately", "less", "under", "at", "up", "just", "barely", "only",
                                      "fewer", "c.", "circa", "several", "a", NULL};
  const char *sp = memchr(value.ptr, ' ', value.len);
  size_t n = sp ? (size_t)(sp - value.ptr) : value.len;
  for (int i = 0; words[i]; i++)
    if (n == strlen(words[i]) && strncasecmp(value.ptr, words[i], n) == 0)
      return true;
  return false;
}

/* One event that lasted two different times (`continued for 63 days`,
 * `lasted 73 days`). People and units spend times on many things; an
 * event, named by its head word, lasts once. */
static void duration_mismatch(as_validator *v, const vgroup *g) {
  static const char *const props[] = {"duration", NULL};
  if (!prop_is(v, g, props))
    return;
  static const char *const events[] = {"battle", "siege", "uprising", "operation", "campaign", "war", "offensive",
                                       "raid", "revolution", "rebellion", "revolt", "blockade", "occupation",
                                       "invasion", "insurrection", "rising", "crisis", NULL};
  as_slice subject = v->claims[g->ids[0]].subject;
  bool event = false;
  for (int i = 0; events[i] && !event; i++)
    event = has_word(subject, events[i]);
  if (!event)
    return;
  uint32_t ids[64];
  vgroup exact_ones = {ids, 0, 64, g->key};
  for (uint32_t i = 0; i < g->n && exact_ones.n < exact_ones.cap; i++)
    if (!approximate(v->claims[g->ids[i]].value))
      ids[exact_ones.n++] = g->ids[i];
  vvalues vs;
  as_group_values(v, &exact_ones, as_durations_agree, &vs);
  if (vs.n > 1 && !one_sentence(v, &vs.v[0], &vs.v[vs.n - 1]))
    as_conflict_add(v, AS_D_NUMBER_MISMATCH, AS_SEV_WARNING, &vs, "%.*s lasted once, but for different times",
                    (int)subject.len, subject.ptr);
  as_values_free(&vs);
}

/* A count of losses (`1,077 killed`, `Approx 1,984 killed`, `700–850
 * killed or missing`): its bounds, whether it is hedged, the unit it is
 * round to (1 if none below the hundred) and its kind, the words after it. */
typedef struct {
  double low, high;
  bool loose;  ///< hedged (`about`, `Approx`) or open (`5,000+`)
  double unit; ///< `67,000`: 1000
  as_slice kind;
} loss_count;

static bool loss_parse(as_slice s, loss_count *out) {
  size_t i = 0;
  while (i < s.len && !isdigit((unsigned char)s.ptr[i]))
    i++;
  out->loose = i > 0;
  double n[2] = {0, 0};
  int k = 0;
  for (; k < 2 && i < s.len && isdigit((unsigned char)s.ptr[i]); k++) {
    while (i < s.len && (isdigit((unsigned char)s.ptr[i]) || (s.ptr[i] == ',' && i + 1 < s.len &&
                                                               isdigit((unsigned char)s.ptr[i + 1]))))
      if (s.ptr[i++] != ',')
        n[k] = n[k] * 10 + (s.ptr[i - 1] - '0');
    /* `700–850`: a range */
    if (i + 3 < s.len && memcmp(s.ptr + i, "\xE2\x80\x93", 3) == 0 && isdigit((unsigned char)s.ptr[i + 3]))
      i += 3;
    else if (i + 1 < s.len && s.ptr[i] == '-' && isdigit((unsigned char)s.ptr[i + 1]))
      i++;
    else {
      k++;
      break;
    }
  }
  if (k == 0)
    return false;
  out->low = n[0];
  out->high = k > 1 && n[1] >= n[0] ? n[1] : n[0];
  if (i < s.len && s.ptr[i] == '+')
    out->loose = true, out->high = 1e18;
  out->unit = 1;
  while (out->low >= 100 && (long long)out->low % (long long)(out->unit * 10) == 0)
    out->unit *= 10;
  if (out->unit < 100)
    out->unit = 1;
  out->kind = as_slice_trim(as_slice_make(s.ptr + i, s.len - i));
  return out->kind.len > 0;
}

/* The next word of a kind of loss from *i, read as the prose reads it:
 * `dead` and `died` are `killed`, `injured` is `wounded`, prisoners are
 * `captured`; who died (`men`), how the kinds are joined (`and`, `or`,
 * commas) and that a thing was lost (`tanks lost`) are no kind. Empty at
 * the end. */
static as_slice kind_word(as_slice k, size_t *i) {
  static const char *const none[] = {"men", "soldiers", "troops", "personnel", "and", "or", "in", "action",
                                     "lost", "destroyed", NULL};
  static const char *const same[][2] = {{"dead", "killed"},      {"died", "killed"},     {"deaths", "killed"},
                                        {"KIA", "killed"},       {"injured", "wounded"}, {"WIA", "wounded"},
                                        {"MIA", "missing"},      {"prisoners", "captured"}, {"POWs", "captured"},
                                        {"Casualties", "casualties"}};
  for (;;) {
    while (*i < k.len && (k.ptr[*i] == ' ' || k.ptr[*i] == ','))
      (*i)++;
    size_t b = *i;
    while (*i < k.len && k.ptr[*i] != ' ' && k.ptr[*i] != ',')
      (*i)++;
    as_slice w = as_slice_make(k.ptr + b, *i - b);
    if (!w.len)
      return w;
    bool skip = false;
    for (int n = 0; none[n]; n++)
      skip |= as_slice_eq_cstr(w, none[n]);
    if (skip)
      continue;
    for (size_t n = 0; n < sizeof same / sizeof *same; n++)
      if (as_slice_eq_cstr(w, same[n][0]))
        return as_slice_cstr(same[n][1]);
    return w;
  }
}

/* The kinds of a count, into out (at most MAX_KINDS); false if none or
 * more. */
enum { MAX_KINDS = 8 };
static bool kinds_of(as_slice k, as_slice out[MAX_KINDS], size_t *n) {
  size_t i = 0;
  *n = 0;
  for (as_slice w; (w = kind_word(k, &i)).len;) {
    if (*n == MAX_KINDS)
      return false; /* no list of kinds is that long */
    out[(*n)++] = w;
  }
  return *n > 0;
}

/* Whether every kind of x is one of y's. */
static bool kinds_within(const as_slice *x, size_t nx, const as_slice *y, size_t ny) {
  for (size_t p = 0; p < nx; p++) {
    bool in = false;
    for (size_t q = 0; q < ny && !in; q++)
      in = as_slice_eq(x[p], y[q]);
    if (!in)
      return false;
  }
  return true;
}

/* Whether two kinds of loss count the same: the same kinds, in any order
 * (`killed, wounded and missing`, `killed, missing or wounded`). */
static bool same_kind(as_slice a, as_slice b) {
  as_slice x[MAX_KINDS], y[MAX_KINDS];
  size_t nx, ny;
  return kinds_of(a, x, &nx) && kinds_of(b, y, &ny) && kinds_within(x, nx, y, ny) && kinds_within(y, ny, x, nx);
}

/* How far a count may stray from its bounds: a tenth when hedged (`about
 * 7,000` is 6,300 to 7,700), a unit of its rounding but no more than a
 * tenth when round (`67,000` is 66,000 to 68,000, so not `76,000`;
 * `15,000` against an exact 12,603 is no count either). */
static double loss_slack(const loss_count *c, double bound) {
  if (c->loose)
    return bound * 0.1;
  return c->unit > 1 && c->unit < bound * 0.1 ? c->unit : c->unit > 1 ? bound * 0.1 : 0;
}

/* Whether two counts can be one: their bounds meet, each widened by its
 * slack. */
static bool losses_agree(const loss_count *a, const loss_count *b) {
  double al = a->low - loss_slack(a, a->low), ah = a->high + loss_slack(a, a->high);
  double bl = b->low - loss_slack(b, b->low), bh = b->high + loss_slack(b, b->high);
  return al <= bh && bl <= ah;
}

/* A side's losses in the text against its infobox (`Casualties1: 1,077
 * killed`, `In all, 1,270 Allied sailors and marines were killed`): one
 * count of one kind each, in one article. Figures of the text among
 * themselves are not compared: a narrative gives a phase's losses and
 * then the whole battle's. */
static void casualty_mismatch(as_validator *v, const vgroup *g) {
  static const char *const props[] = {"casualties", NULL};
  if (!prop_is(v, g, props) || !v->claims[g->ids[0]].about.len)
    return;
  for (uint32_t i = 0; i < g->n; i++) {
    const vclaim *p = &v->claims[g->ids[i]];
    loss_count said, boxed;
    if (p->infobox || !loss_parse(p->normalized, &said))
      continue;
    uint32_t box = UINT32_MAX, found = 0;
    for (uint32_t j = 0; j < g->n; j++) {
      const vclaim *b = &v->claims[g->ids[j]];
      loss_count x;
      /* a member's losses meet the member's, the side's the side's */
      if (b->infobox && as_same_article(b, p) && as_slice_eq(b->part, p->part) && loss_parse(b->normalized, &x) &&
          same_kind(x.kind, said.kind)) {
        box = g->ids[j];
        boxed = x;
        found++;
      }
    }
    if (found != 1 || losses_agree(&boxed, &said))
      continue;
    const vclaim *b = &v->claims[box];
    vvalue two[2] = {{b->value, (uint32_t[]){box}, 1, 1, 1.0}, {p->value, (uint32_t[]){g->ids[i]}, 1, 1, 1.0}};
    vvalues vs = {two, 2, 2};
    as_conflict_add(v, AS_D_NUMBER_MISMATCH, AS_SEV_WARNING, &vs,
                    "the losses of %.*s%s%.*s%s of %.*s are %.*s in the infobox but %.*s in the text",
                    (int)p->part.len, p->part.ptr, p->part.len ? " (" : "", (int)p->about.len, p->about.ptr,
                    p->part.len ? ")" : "", (int)p->subject.len, p->subject.ptr, (int)b->value.len, b->value.ptr,
                    (int)p->value.len, p->value.ptr);
  }
}

/* A place counted twice in one year with two different figures (`Population
 * Total: 67,947` as of 2010, `the 2010 census counted 69,204 people`).
 * Figures given as about, or in millions, hold nobody to a number; years
 * differ, so only the same year's are compared. */
/* The digits of a count as a number (`12,345` → 12345); -1 if none or
 * too many. */
static long long count_of_digits(as_slice s) {
  long long n = 0;
  int digits = 0;
  for (size_t i = 0; i < s.len; i++)
    if (isdigit((unsigned char)s.ptr[i])) {
      if (++digits > 15)
        return -1;
      n = n * 10 + (s.ptr[i] - '0');
    }
  return digits ? n : -1;
}

/* Two counts of people agree when equal, or when one is round to the
 * thousand or more (`12,000`) and the other rounds to it (`11,900`). */
static bool counts_agree(as_slice a, as_slice b) {
  long long x = count_of_digits(a), y = count_of_digits(b);
  if (x < 0 || y < 0)
    return as_slice_eq(a, b);
  if (x == y)
    return true;
  for (int k = 0; k < 2; k++) {
    long long round = k ? x : y, other = k ? y : x, unit = 1;
    while (round && round % (unit * 10) == 0)
      unit *= 10;
    if (unit >= 1000 && (other + unit / 2) / unit * unit == round)
      return true;
  }
  return false;
}

/* Whether a count is hedged about its figure (`some 160,000`, `about
 * 70,000`), not bounded by it (`more than 100,000`). */
static bool about_count(as_slice value) {
  static const char *const about[] = {"about", "around", "some", "nearly", "almost", "roughly", "approximately",
                                      "c.", "circa", NULL};
  const char *sp = memchr(value.ptr, ' ', value.len);
  as_slice w = as_slice_make(value.ptr, sp ? (size_t)(sp - value.ptr) : value.len);
  for (int i = 0; about[i]; i++)
    if (as_slice_eq_cstr(w, about[i]))
      return true;
  return false;
}

/* Two counts agree as counts_agree says, or, when one is about its
 * figure, within a fifth of it (`some 160,000` is not `120,000`). */
static bool hedged_counts_agree(as_slice a, as_slice b) {
  if (counts_agree(a, b) || (about_count(a) && about_count(b)))
    return true;
  if (!about_count(a) && !about_count(b))
    return false;
  double x = (double)count_of_digits(a), y = (double)count_of_digits(b);
  return x <= 0 || y <= 0 || (x > y ? x - y : y - x) <= 0.2 * (x > y ? x : y);
}

/* Whether the sentence writes the count n among its figures (`the town
 * itself had 19,836 inhabitants, and the municipality had 28,673`). */
static bool sentence_counts(as_slice sentence, long long n) {
  for (size_t i = 0; i < sentence.len;) {
    if (!isdigit((unsigned char)sentence.ptr[i]) || (i > 0 && isalnum((unsigned char)sentence.ptr[i - 1]))) {
      i++;
      continue;
    }
    size_t e = i;
    while (e < sentence.len && (isdigit((unsigned char)sentence.ptr[e]) ||
                                (sentence.ptr[e] == ',' && e + 1 < sentence.len && isdigit((unsigned char)sentence.ptr[e + 1]))))
      e++;
    if (count_of_digits(as_slice_make(sentence.ptr + i, e - i)) == n)
      return true;
    i = e;
  }
  return false;
}

static void population_mismatch(as_validator *v, const vgroup *g) {
  static const char *const props[] = {"population", NULL};
  if (!prop_is(v, g, props))
    return;
  for (uint32_t i = 0; i < g->n; i++) {
    const vclaim *a = &v->claims[g->ids[i]];
    uint32_t ids[64], exact_ids[64];
    vgroup same = {ids, 0, 64, AS_SLICE_NULL};
    if (a->date.len != 4 || !same_date(v, g, i, &same))
      continue;
    vgroup counted = {exact_ids, 0, 64, g->key};
    for (uint32_t j = 0; j < same.n; j++) {
      const vclaim *c = &v->claims[same.ids[j]];
      if ((approximate(c->value) && !about_count(c->value)) || has_word(c->value, "million") ||
          has_word(c->value, "thousand") || has_word(c->value, "billion"))
        continue;
      /* a sentence that writes the other figure too tells two counts (of
       * the town and of the municipality), not a second one of the same */
      bool both = false;
      for (uint32_t k = 0; k < same.n && !both && !c->infobox; k++) {
        const vclaim *o = &v->claims[same.ids[k]];
        both = !counts_agree(o->value, c->value) && sentence_counts(c->sentence, count_of_digits(o->value));
      }
      if (!both)
        exact_ids[counted.n++] = same.ids[j];
    }
    vvalues vs;
    as_group_values(v, &counted, hedged_counts_agree, &vs);
    if (vs.n > 1 && !one_sentence(v, &vs.v[0], &vs.v[vs.n - 1]))
      as_conflict_add(v, AS_D_NUMBER_MISMATCH, AS_SEV_WARNING, &vs, "%.*s had one population in %.*s, not two",
                      (int)a->subject.len, a->subject.ptr, (int)a->date.len, a->date.ptr);
    as_values_free(&vs);
  }
}

/* Roles agree when one names the other (`vice president`, `second vice
 * president`). */
static bool same_role(as_slice a, as_slice b) {
  as_slice s = a.len < b.len ? a : b, l = a.len < b.len ? b : a;
  for (size_t i = 0; i + s.len <= l.len; i++)
    if (memcmp(l.ptr + i, s.ptr, s.len) == 0)
      return true;
  return false;
}

/* One person given two different roles on one day: roles change over
 * time, so only claims dated to the same day are compared. */
static void role_mismatch(as_validator *v, const vgroup *g) {
  static const char *const props[] = {"role", NULL};
  if (!prop_is(v, g, props))
    return;
  for (uint32_t i = 0; i < g->n; i++) {
    const vclaim *a = &v->claims[g->ids[i]];
    if (a->date.len != 10)
      continue; /* a day: `1883-01-01` */
    uint32_t ids[64];
    vgroup same = {ids, 0, 64, AS_SLICE_NULL};
    if (!same_date(v, g, i, &same))
      continue;
    vvalues vs;
    as_group_values(v, &same, same_role, &vs);
    if (vs.n > 1 && !one_sentence(v, &vs.v[0], &vs.v[vs.n - 1]))
      as_conflict_add(v, AS_D_ROLE_MISMATCH, AS_SEV_NOTE, &vs, "%.*s is given different roles on %.*s",
                      (int)a->subject.len, a->subject.ptr, (int)a->date.len, a->date.ptr);
    as_values_free(&vs);
  }
}

/* An end before its start: the groups of startDate and endDate of one
 * subject, looked up from the endDate group; a death before the birth;
 * an infobox term (`Term Start2`/`Term End2`) that ends before it starts. */
static const vgroup *find_group(const as_validator *v, as_slice subject, const char *property);

/* The number that ends an infobox series' about (`Term End 2`: `2`),
 * empty for the first of the series. */
static as_slice series_index(as_slice about) {
  size_t n = about.len;
  while (n && isdigit((unsigned char)about.ptr[n - 1]))
    n--;
  return as_slice_make(about.ptr + n, about.len - n);
}

/* The block's group of property whose about has the series index of
 * about's (the same term of office). */
static const vgroup *same_term(const as_validator *v, const char *property, as_slice about) {
  as_slice want = series_index(about);
  for (size_t g = 0; g < v->ngroups; g++) {
    const vclaim *c = &v->claims[v->groups[g].ids[0]];
    if (v->groups[g].n && as_slice_eq_cstr(c->property, property) && as_slice_eq(series_index(c->about), want))
      return &v->groups[g];
  }
  return NULL;
}

/* Whether a death and a birth stated of one name are one person's: a
 * full name (or an article's one-word title there) in one article, or
 * in two articles less than a generation apart. */
static bool one_life(const vclaim *death, const vclaim *birth) {
  as_slice who = death->subject;
  bool full_name = memchr(who.ptr, ' ', who.len) != NULL;
  bool own = as_slice_eq(death->article, who) || as_slice_eq(birth->article, who);
  if (!full_name && !own)
    return false;
  int apart = as_date_year(birth->normalized) - as_date_year(death->normalized);
  return as_slice_eq(death->article, birth->article) || apart <= 25;
}

static void order(as_validator *v, const vgroup *g) {
  static const char *const props[] = {"endDate", "deathDate", "termEnd", NULL};
  if (!prop_is(v, g, props))
    return;
  const vclaim *e = &v->claims[g->ids[0]];
  bool life = as_slice_eq_cstr(e->property, "deathDate"), term = as_slice_eq_cstr(e->property, "termEnd");
  const vgroup *s = term ? same_term(v, "termStart", e->about)
                         : find_group(v, e->subject, life ? "birthDate" : "startDate");
  if (!s)
    return;
  for (uint32_t i = 0; i < g->n; i++)
    for (uint32_t j = 0; j < s->n; j++) {
      const vclaim *end = &v->claims[g->ids[i]], *start = &v->claims[s->ids[j]];
      /* a life's dates as stated, not as the narrative suggests; a term's
       * two fields of one infobox (the prose's term may be another) */
      if (life && (end->inferred || start->inferred))
        continue;
      /* a life: one person's, as date_mismatch tells namesakes apart (a
       * surname alone may be several of a family; one name a generation
       * apart in two articles, two namesakes) */
      if (life && !one_life(end, start))
        continue;
      if (term && (!end->infobox || !start->infobox || !as_slice_eq(end->article, start->article)))
        continue;
      int64_t e0, e1, s0, s1;
      if (!as_date_span(end->normalized, &e0, &e1) || !as_date_span(start->normalized, &s0, &s1) || e1 >= s0)
        continue;
      vvalues vs = {0};
      vvalue two[2] = {{start->normalized, (uint32_t[]){s->ids[j]}, 1, 1, 1.0},
                       {end->normalized, (uint32_t[]){g->ids[i]}, 1, 1, 1.0}};
      vs.v = two;
      vs.n = 2;
      int sl = (int)end->subject.len, el = (int)end->normalized.len, stl = (int)start->normalized.len;
      if (life)
        as_conflict_add(v, AS_D_ORDER, AS_SEV_ERROR, &vs, "%.*s dies (%.*s) before being born (%.*s)", sl,
                        end->subject.ptr, el, end->normalized.ptr, stl, start->normalized.ptr);
      else
        as_conflict_add(v, AS_D_ORDER, AS_SEV_ERROR, &vs, "%s%.*s ends (%.*s) before it starts (%.*s)",
                        term ? "the term of " : "", sl, end->subject.ptr, el, end->normalized.ptr, stl,
                        start->normalized.ptr);
      return;
    }
}

/* The end (or the start) of a dated span: `1944-08-01/1944-10-02` ends
 * on `1944-10-02`; a day alone (`1942-08-19`) is both its ends. Years and
 * months alone, and thirds of a month, state no end. */
static bool span_end(as_slice v, bool last, as_slice *end) {
  const char *slash = memchr(v.ptr, '/', v.len);
  if (!slash) {
    *end = v;
    return v.len == 10 && v.ptr[4] == '-' && v.ptr[7] == '-';
  }
  int64_t from, to;
  if (as_date_span(v, &from, &to) && !as_dates_part_of(v)) {
    size_t a = (size_t)(slash - v.ptr);
    *end = last ? as_slice_make(slash + 1, v.len - a - 1) : as_slice_make(v.ptr, a);
    return end->len >= 4;
  }
  return false;
}

/* A start or an end stated apart from the span it belongs to (`ended on
 * 12 October 1944`, against `Date: 1 August – 2 October 1944`). A bound
 * that agrees with one of the subject's spans is no mistake; years apart,
 * the texts speak of two events that share a name. */
static void bound_mismatch(as_validator *v, const vgroup *g) {
  static const char *const props[] = {"startDate", "endDate", NULL};
  if (!prop_is(v, g, props))
    return;
  const vclaim *b = &v->claims[g->ids[0]];
  bool last = as_slice_eq_cstr(b->property, "endDate");
  const vgroup *d = find_group(v, b->subject, "date");
  if (!d)
    return;
  vvalues bounds, spans;
  as_group_values(v, g, exact, &bounds);
  as_group_values(v, d, exact, &spans);
  for (size_t i = 0; i < bounds.n; i++) {
    size_t clash = SIZE_MAX;
    /* agreeing with a span, or a start stated two ways (date_mismatch's
     * conflict: not twice), settles it */
    bool settled = false;
    for (size_t k = 0; k < bounds.n && !settled; k++)
      settled = k != i && !as_dates_agree(bounds.v[i].value, bounds.v[k].value);
    for (size_t j = 0; j < spans.n && !settled; j++) {
      as_slice end;
      if (!span_end(spans.v[j].value, last, &end))
        continue;
      int dy = as_date_year(end) - as_date_year(bounds.v[i].value);
      if (dy > 2 || dy < -2 || seasons_apart(end, bounds.v[i].value))
        continue;
      if (as_dates_agree(bounds.v[i].value, end))
        settled = true;
      else if (clash == SIZE_MAX && !one_sentence(v, &spans.v[j], &bounds.v[i]))
        clash = j;
    }
    if (settled || clash == SIZE_MAX)
      continue;
    vvalue two[2] = {spans.v[clash], bounds.v[i]};
    vvalues vs = {two, 2, 2};
    bool firm = stated(v, &two[0]) && stated(v, &two[1]);
    as_slice end;
    span_end(two[0].value, last, &end);
    as_conflict_add(v, AS_D_DATE_MISMATCH, firm ? AS_SEV_ERROR : AS_SEV_WARNING, &vs,
                    "the span of %.*s %s on %.*s, not on %.*s%s", (int)b->subject.len, b->subject.ptr,
                    last ? "ends" : "begins", (int)end.len, end.ptr, (int)two[1].value.len, two[1].value.ptr,
                    firm ? "" : ", and one of them was inferred from the narrative");
  }
  as_values_free(&bounds);
  as_values_free(&spans);
}

/* A person who acts (moves, takes a role) on a date after their death. */
static void after_death(as_validator *v, const vgroup *g) {
  static const char *const props[] = {"deathDate", NULL};
  if (!prop_is(v, g, props))
    return;
  const vclaim *d = &v->claims[g->ids[0]];
  int64_t d0, d1;
  if (!as_date_span(d->normalized, &d0, &d1))
    return;
  /* the most precise death that lies within the first: `Kostenko
   * (1896–1942) was killed on 26 May` died on 26 May, not some time in
   * 1942 */
  uint32_t di = g->ids[0];
  for (uint32_t i = 1; i < g->n; i++) {
    int64_t e0, e1;
    const vclaim *e = &v->claims[g->ids[i]];
    if (as_date_span(e->normalized, &e0, &e1) && e0 >= d0 && e1 <= d1 && e1 - e0 < d1 - d0) {
      d = e;
      di = g->ids[i];
      d0 = e0;
      d1 = e1;
    }
  }
  static const char *const acts[] = {"destination", "departedFrom", "arrivedAt", "movedTo", "retreatedTo",
                                     "returnedTo", "marchedTo", "role", "strength", "act", NULL};
  for (size_t gi = 0; gi < v->ngroups; gi++) {
    /* every group of an act, whatever it is about (`left Tokyo for Saga`
     * is about Tokyo) */
    const vgroup *a = &v->groups[gi];
    const vclaim *first = a->n ? &v->claims[a->ids[0]] : NULL;
    bool act = false;
    for (int p = 0; acts[p] && first && !act; p++)
      act = as_slice_eq_cstr(first->property, acts[p]);
    for (uint32_t i = 0; act && i < a->n; i++) {
      const vclaim *c = &v->claims[a->ids[i]];
      int64_t c0, c1;
      if (!c->date.len || !as_date_span(c->date, &c0, &c1) || c0 <= d1)
        continue;
      bool deed = as_slice_eq_cstr(c->property, "act"); /* `ordered`, not `act` */
      vvalues vs = {0};
      vvalue two[2] = {{d->normalized, (uint32_t[]){di}, 1, 1, 1.0}, {c->date, (uint32_t[]){a->ids[i]}, 1, 1, 1.0}};
      vs.v = two;
      vs.n = 2;
      as_conflict_add(v, AS_D_AFTER_DEATH, c->inferred ? AS_SEV_NOTE : AS_SEV_WARNING, &vs,
                      "%.*s died on %.*s but is said to act (%.*s) on %.*s", (int)d->subject.len, d->subject.ptr,
                      (int)d->normalized.len, d->normalized.ptr,
                      (int)(deed ? c->normalized.len : c->property.len), deed ? c->normalized.ptr : c->property.ptr,
                      (int)c->date.len, c->date.ptr);
    }
  }
}

/* A commander listed in an infobox who died before the first event the
 * article's narrative dates (`Commander2: ..., Ramón Castilla`, dead on
 * 30 May 1867, in a revolution whose narrative starts in September). One
 * conflict per person, with every listing that comes too late. The
 * listings are filed under the person's name, so they are in the block of
 * the person's death. */
static void commanders_after_death(as_validator *v, uint32_t rule) {
  for (size_t g = 0; g < v->ngroups; g++) {
    const vgroup *death = &v->groups[g];
    const vclaim *d = death->n ? &v->claims[death->ids[0]] : NULL;
    int64_t d0, d1;
    if (!d || d->listing || !as_slice_eq_cstr(d->property, "deathDate") || d->inferred ||
        !as_date_span(d->normalized, &d0, &d1))
      continue;
    vvalue late = {AS_SLICE_LIT("commander"), NULL, 0, 0, 0};
    for (size_t i = 0; i < v->nclaims; i++) {
      const vclaim *c = &v->claims[i];
      if (!c->listing || !as_slice_eq(c->normalized, d->subject) || c->start == INT64_MAX || d1 >= c->start)
        continue;
      if (late.n == late.cap) {
        late.cap = late.cap ? late.cap * 2 : 4;
        late.ids = as_xrealloc(late.ids, late.cap * sizeof *late.ids);
      }
      late.ids[late.n++] = (uint32_t)i;
      late.weight += 1;
    }
    if (late.n) {
      vvalue dead = {d->normalized, (uint32_t[]){death->ids[0]}, 1, 1, 1.0};
      vvalue two[2] = {dead, late};
      const vclaim *c = &v->claims[late.ids[0]];
      vvalues vs = {two, 2, 2};
      v->rule = rule;
      v->first = d;
      as_conflict *k = as_conflict_add(
          v, AS_D_AFTER_DEATH, AS_SEV_WARNING, &vs,
          "%.*s died on %.*s, yet is listed as %.*s of '%.*s'%s, whose narrative starts after that",
          (int)d->subject.len, d->subject.ptr, (int)d->normalized.len, d->normalized.ptr, (int)c->property.len,
          c->property.ptr, (int)c->article.len, c->article.ptr, late.n > 1 ? " (and more)" : "");
      /* about the person: `Ramón Castilla: died 1867-05-30, listed as commander in '...'` */
      as_strbuf b = AS_STRBUF_INIT;
      as_strbuf_printf(&b, "%.*s: died %.*s, yet listed as %.*s in '%.*s'", (int)d->subject.len, d->subject.ptr,
                       (int)d->normalized.len, d->normalized.ptr, (int)c->property.len, c->property.ptr,
                       (int)c->article.len, c->article.ptr);
      if (late.n > 1)
        as_strbuf_printf(&b, " (%u listings)", (unsigned)late.n);
      k->subject = as_arena_slice(&v->store, d->subject);
      k->property = as_arena_slice(&v->store, d->property);
      k->message = as_arena_slice(&v->store, as_strbuf_slice(&b));
      as_strbuf_free(&b);
    }
    free(late.ids);
  }
}

/* Whole years from day b to day d (days since 0000-03-01). */
static int64_t years_between(int64_t b, int64_t d) {
  int64_t by, dy;
  int bm, bd, dm, dd;
  as_civil_from_days(b, &by, &bm, &bd);
  as_civil_from_days(d, &dy, &dm, &dd);
  return dy - by - (dm < bm || (dm == bm && dd < bd));
}

/* The ages a birth and a death allow, [*lo, *hi]. Between two days, the
 * death may move 13 days either way against the birth (one date Old
 * Style, the other New Style) and so cross the birthday. false if either
 * is no date. */
static bool ages_of(as_slice birth, as_slice death, int64_t *lo, int64_t *hi, int64_t *days) {
  int64_t b0, b1, d0, d1;
  if (!as_date_span(birth, &b0, &b1) || !as_date_span(death, &d0, &d1) || d1 < b0)
    return false;
  *days = (b1 - b0) + (d1 - d0); /* how loosely the pair is dated */
  int slack = b0 == b1 && d0 == d1 ? 13 : 0;
  *lo = years_between(b1, d0 - slack);
  *hi = years_between(b0, d1 + slack);
  return true;
}

static void where_said(as_strbuf *b, const vclaim *here, const vclaim *there) {
  if (as_same_article(here, there))
    as_strbuf_printf(b, "line %u", (unsigned)there->line);
  else
    as_strbuf_printf(b, "'%.*s'", (int)there->article.len, there->article.ptr);
}

/* An age at death the person's dates of birth and death do not give
 * (`died on 14 May 1901, aged 47`, born on 3 March 1850). Any pair of
 * the stated birth and death dates that gives it settles it: two dates
 * that differ are date_mismatch's conflict. With no dates to check, two
 * ages stated differently are a conflict of their own. */
static void age_mismatch(as_validator *v, const vgroup *g) {
  static const char *const props[] = {"deathAge", NULL};
  if (!prop_is(v, g, props))
    return;
  const vclaim *a = &v->claims[g->ids[0]];
  const vgroup *bg = find_group(v, a->subject, "birthDate"), *dg = find_group(v, a->subject, "deathDate");
  vvalues ages, births = {0}, deaths = {0};
  as_group_values(v, g, exact, &ages);
  if (bg && dg) {
    as_group_values(v, bg, exact, &births);
    as_group_values(v, dg, exact, &deaths);
  }
  bool dated = false;
  for (size_t i = 0; i < ages.n; i++) {
    long age = strtol(ages.v[i].value.ptr, NULL, 10);
    size_t bi = SIZE_MAX, di = SIZE_MAX;
    int64_t lo = 0, hi = 0, open = 0;
    bool fits = false;
    for (size_t j = 0; j < births.n && !fits; j++)
      for (size_t k = 0; k < deaths.n && !fits; k++) {
        int64_t l, h, days;
        if (!stated(v, &births.v[j]) || !stated(v, &deaths.v[k]) ||
            !ages_of(births.v[j].value, deaths.v[k].value, &l, &h, &days))
          continue;
        fits = age >= l && age <= h;
        /* the pair that tells the age best, for the report */
        if (bi == SIZE_MAX || h - l < hi - lo || (h - l == hi - lo && days < open)) {
          bi = j;
          di = k;
          lo = l;
          hi = h;
          open = days;
        }
      }
    dated = dated || bi != SIZE_MAX;
    if (fits || bi == SIZE_MAX)
      continue;
    vvalue three[3] = {births.v[bi], deaths.v[di], ages.v[i]};
    vvalues vs = {three, 3, 3};
    char gives[48];
    if (lo == hi)
      snprintf(gives, sizeof gives, "%lld", (long long)lo);
    else
      snprintf(gives, sizeof gives, "%lld or %lld", (long long)lo, (long long)hi);
    /* days of birth and death leave no doubt about the age; a year
     * leaves one */
    as_conflict *k = as_conflict_add(v, AS_D_AGE_MISMATCH, open == 0 ? AS_SEV_ERROR : AS_SEV_WARNING, &vs,
                                     "born %.*s and died %.*s, %.*s was %s at death, not %ld",
                                     (int)three[0].value.len, three[0].value.ptr, (int)three[1].value.len,
                                     three[1].value.ptr, (int)a->subject.len, a->subject.ptr, gives, age);
    /* `John Smith: aged 47 here, but born 1850-03-03 (line 5) and dead
     * 1901-05-14 (line 7): 51` */
    const vclaim *here = &v->claims[ages.v[i].ids[0]];
    as_strbuf b = AS_STRBUF_INIT;
    as_strbuf_printf(&b, "%.*s: aged %ld at death here, but born %.*s (", (int)a->subject.len, a->subject.ptr, age,
                     (int)three[0].value.len, three[0].value.ptr);
    where_said(&b, here, &v->claims[three[0].ids[0]]);
    as_strbuf_printf(&b, ") and died %.*s (", (int)three[1].value.len, three[1].value.ptr);
    where_said(&b, here, &v->claims[three[1].ids[0]]);
    as_strbuf_printf(&b, "): %s", gives);
    k->message = as_arena_slice(&v->store, as_strbuf_slice(&b));
    as_strbuf_free(&b);
  }
  if (!dated && ages.n >= 2) {
    as_values_pair(&ages, 0, ages.n - 1);
    as_conflict_add(v, AS_D_AGE_MISMATCH, AS_SEV_WARNING, &ages, "%.*s's age at death is stated two ways",
                    (int)a->subject.len, a->subject.ptr);
  }
  as_values_free(&ages);
  as_values_free(&births);
  as_values_free(&deaths);
}

typedef struct {
  as_diag_code code;
  void (*check)(as_validator *v, const vgroup *g);
} rule;

static const rule rules[] = {
    {AS_D_DATE_MISMATCH, date_mismatch},     {AS_D_ORDER, order},
    {AS_D_ATTRIBUTION_MISMATCH, attribution_mismatch}, {AS_D_PLACE_MISMATCH, place_mismatch},
    {AS_D_NUMBER_MISMATCH, number_mismatch}, {AS_D_AFTER_DEATH, after_death},
    {AS_D_ROLE_MISMATCH, role_mismatch}, {AS_D_DATE_MISMATCH, bound_mismatch}, {AS_D_NUMBER_MISMATCH, duration_mismatch},
    {AS_D_NUMBER_MISMATCH, casualty_mismatch}, {AS_D_PLACE_MISMATCH, life_place_mismatch},
    {AS_D_DATE_MISMATCH, marriage_mismatch}, {AS_D_DATE_MISMATCH, wedding_mismatch},
    {AS_D_NUMBER_MISMATCH, population_mismatch},
    {AS_D_AGE_MISMATCH, age_mismatch},
};

/* The block's group of property (about nothing); every group of the
 * block has the subject. */
static const vgroup *find_group(const as_validator *v, as_slice subject, const char *property) {
  (void)subject;
  size_t n = strlen(property);
  for (size_t g = 0; g < v->ngroups; g++) {
    as_slice k = v->groups[g].key;
    const char *u = memchr(k.ptr, '\x1f', k.len);
    if (!u)
      continue;
    size_t rest = (size_t)(k.ptr + k.len - (u + 1));
    if (rest == n + 1 && memcmp(u + 1, property, n) == 0 && u[1 + n] == '\x1f')
      return &v->groups[g];
  }
  return NULL;
}

uint32_t as_rules_count(void) { return (uint32_t)(sizeof rules / sizeof *rules) + 1; }

void as_rules_run(as_validator *v) {
  for (size_t r = 0; r < sizeof rules / sizeof *rules; r++)
    for (size_t g = 0; g < v->ngroups; g++) {
      const vgroup *gr = &v->groups[g];
      if (!gr->n || v->claims[gr->ids[0]].listing)
        continue;
      v->rule = (uint32_t)r;
      v->first = &v->claims[gr->ids[0]];
      rules[r].check(v, gr);
    }
  /* across groups: a person's death against the infoboxes */
  commanders_after_death(v, (uint32_t)(sizeof rules / sizeof *rules));
}
