/* facts.c: claims. Every infobox field or record becomes claims about the
 * article's subject (an `Event4` + `Date Event4` record: the event is dated);
 * the prose yields claims from the names, dates and quantities of each
 * sentence, found by a few patterns around trigger words: event dates,
 * births and deaths, movements, attributions of named acts, roles and
 * offices, strengths and durations. A pattern makes a claim only when its
 * subject is a name (or `he`/`she`/`who` safely resolved to one): an
 * unnamed group (`the Chilean troops retreated`) makes none. Property
 * names come from core/vocab.h. */
/* SPDX-License-Identifier: MIT */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <pthread.h>

#include "../core/mem.h"
#include "../core/strbuf.h"
#include "../core/utf8.h"
#include "../core/vocab.h"
#include "losses.h"
#include "quantities.h"
#include "parsers.h"
#include "prose.h"

static const char *const property_names[] = {
#define X(id, name, iri, what) name,
    AS_PROPERTIES(X)
#undef X
};

static as_slice prop(as_property p) { return as_slice_cstr(property_names[p]); }

/* The word lists of the patterns below, as sets built once. */
#define FACT_LISTS(X)                                                                              \
  X(skip_back) X(clause_breaks) X(prepositions) X(object_preps) X(event_verbs) X(act_verbs) X(role_stops)          \
  X(offices) X(appoint_verbs) X(passive_role_verbs) X(troops) X(forces) X(commanding) X(deed_verbs) \
  X(quantifiers)

static struct {
#define X(name) as_kwset name;
  FACT_LISTS(X)
#undef X
} sets;
static pthread_once_t sets_once = PTHREAD_ONCE_INIT;

typedef struct {
  as_prose *p;
  as_article *a;
  as_claim *tail;
  as_strbuf buf;
  /* pronouns: the people of the last sentence that named any */
  as_slice last_canon[4];
  char last_sex[4]; /* 'f', 'm' or 0: unknown (see span_sex) */
  int nlast;
  int head; /* the article title's event head word, or AS_KW_NONE */
  int last_subject; /* index in last_canon of its subject, or -1 */
  uint32_t last_section;
  /* a biography: its subject's canonical name (the title), and the
   * pronoun its text mostly uses ('f': she, 'm': he, 0: neither) */
  as_slice bio;
  char bio_gender;
  bool para_start; /* the sentence opens its paragraph */
  /* the last building or institution named in the section (`Fort Henry`),
   * with its head word, for `the fort was completed`, `it was completed` */
  as_slice building;
  int building_head;
  /* the title, when the article is a settlement's (named as a place):
   * `the city was founded in 1286` */
  as_slice town;
  /* the title without the brackets that tell it apart (`Battle of Sedan`
   * of `Battle of Sedan (1940)`), or empty */
  as_slice bare_title;
  as_sides sides; /* a battle's, from its infobox (losses.h) */
  /* the place the last movement went to, and its sentence's number, for
   * `He died there` (`travelled to Badenweiler. He died there`) */
  as_slice there;
  size_t there_sent;
  /* the last claim before the sentence being read, NULL at the first */
  const as_claim *sent_before;
} facts;

static as_claim *new_claim(facts *f, as_origin origin, as_slice subject, as_property property) {
  as_claim *c = AS_NEW(f->p->arena, as_claim);
  memset(c, 0, sizeof *c);
  c->origin = origin;
  c->subject = subject;
  c->property = prop(property);
  c->seq = (uint32_t)++f->a->nclaims;
  if (f->tail)
    f->tail->next = c;
  else
    f->a->claims = c;
  f->tail = c;
  return c;
}

/* ---- the infobox ---- */

/* `Alma Mater` → `almaMater`, `Birth Date` → `birthDate`. */
static as_slice camel(as_arena *arena, as_slice a, as_slice b) {
  char *out = as_arena_alloc(arena, a.len + b.len + 1, 1);
  size_t n = 0;
  bool up = false;
  for (int part = 0; part < 2; part++) {
    as_slice s = part ? b : a;
    for (size_t i = 0; i < s.len; i++) {
      unsigned char ch = (unsigned char)s.ptr[i];
      if (!isalnum(ch)) {
        up = n > 0;
        continue;
      }
      out[n] = (char)(n == 0 ? tolower(ch) : up ? toupper(ch) : ch);
      n++;
      up = false;
    }
    up = n > 0;
  }
  return as_slice_make(out, n);
}

static bool ci_is(as_slice s, const char *lit) {
  return s.len == strlen(lit) && strncasecmp(s.ptr, lit, s.len) == 0;
}

/* `Founded: 1610`, `Established: 1611`; `Established Date: 1610` when its
 * `Established Title` (of the same index) says a founding, or there is
 * none: the founding date, which the text's `founded in` tells too (not
 * `Incorporated`, a later event of a town). */
static bool founding_field(const as_article *a, const as_field *fl) {
  static const char *const plain[] = {"Founded", "Established", "Founding", "Foundation", "Founding Date",
                                      "Foundation Date", "Date Founded", "Formed", "Formation", NULL};
  static const char *const said[] = {"Founded", "Established", "Founding", "Foundation", "Formed", NULL};
  if (fl->role.len || !(fl->type == AS_VT_DATE || fl->type == AS_VT_YEAR))
    return false;
  /* `Founded: 794` and `Established: 1 April 1889` (as a city): two events */
  bool est = ci_is(fl->series, "Established") || ci_is(fl->series, "Established Date");
  for (const as_field *g = a->fields; g && est; g = g->next)
    if (g != fl && !g->role.len && (ci_is(g->series, "Founded") || ci_is(g->series, "Founding") ||
                                    ci_is(g->series, "Foundation") || ci_is(g->series, "Founding Date")))
      return false;
  for (size_t k = 0; plain[k]; k++)
    if (ci_is(fl->series, plain[k]))
      return true;
  if (!ci_is(fl->series, "Established Date"))
    return false;
  for (const as_field *g = a->fields; g; g = g->next)
    if (ci_is(g->series, "Established Title") && as_slice_eq(g->index, fl->index)) {
      /* (`Founded (as Villa de Antequera)`: the word before its bracket) */
      as_slice said_as = as_slice_trim(as_title_before(as_slice_trim(g->raw), "("));
      for (size_t k = 0; said[k]; k++)
        if (ci_is(said_as, said[k]))
          return true;
      return false;
    }
  return true;
}

/* `Population Total: 67,947`, `Population: 14,736`: the settlement's
 * population (not a metropolitan area's, nor a density). */
static bool population_field(const as_field *fl) {
  return !fl->role.len && fl->type == AS_VT_NUMBER &&
         (ci_is(fl->series, "Population") || ci_is(fl->series, "Population Total"));
}

/* The year of the infobox's population: `Population As Of: 2010`,
 * `Population Ref: (Civil Ward, 2011)`, `Population Date`; empty if none
 * says one year. */
static as_slice population_year_boxed(const as_article *a) {
  static const char *const keys[] = {"Population As Of", "Population Date", "Population Year", "Population Census",
                                     "Population Ref", "Population Total Year", NULL};
  for (const as_field *g = a->fields; g; g = g->next)
    for (size_t k = 0; keys[k]; k++) {
      if (!ci_is(g->series, keys[k]) || g->role.len)
        continue;
      as_slice v = g->raw, year = AS_SLICE_NULL;
      for (size_t i = 0; i + 4 <= v.len; i++)
        if (isdigit((unsigned char)v.ptr[i]) && isdigit((unsigned char)v.ptr[i + 1]) &&
            isdigit((unsigned char)v.ptr[i + 2]) && isdigit((unsigned char)v.ptr[i + 3]) &&
            (i == 0 || !isdigit((unsigned char)v.ptr[i - 1])) && (i + 4 == v.len || !isdigit((unsigned char)v.ptr[i + 4]))) {
          if (year.len)
            return AS_SLICE_NULL; /* two years: which is it */
          year = as_slice_make(v.ptr + i, 4);
        }
      return year;
    }
  return AS_SLICE_NULL;
}

static as_slice infobox_property(facts *f, const as_field *fl) {
  static const struct {
    const char *series;
    as_property p;
  } map[] = {{"Date", AS_P_DATE},           {"Place", AS_P_PLACE},         {"Location", AS_P_PLACE},
             {"Result", AS_P_RESULT},       {"Combatant", AS_P_COMBATANT}, {"Commander", AS_P_COMMANDER},
             {"Strength", AS_P_STRENGTH},   {"Casualties", AS_P_CASUALTIES}, {"Partof", AS_P_PART_OF},
             {"Part of", AS_P_PART_OF},     {"Leader", AS_P_LEADER},       {"Capital", AS_P_CAPITAL},
             {"Birth Date", AS_P_BIRTH_DATE}, {"Birth Place", AS_P_BIRTH_PLACE},
             {"Death Date", AS_P_DEATH_DATE}, {"Death Place", AS_P_DEATH_PLACE},
             {"Born", AS_P_BIRTH_DATE},     {"Died", AS_P_DEATH_DATE},
             {"Spouse", AS_P_SPOUSE},       {"Name", AS_P_NAME},           {"Conflict", AS_P_NAME},
             {"Coordinates", AS_P_COORDINATES}, {"Event", AS_P_EVENT}};
  if (founding_field(f->a, fl))
    return prop(AS_P_FOUNDING_DATE);
  /* `Termstart`, as `Term Start` gives */
  if (!fl->role.len && ci_is(fl->series, "Termstart"))
    return AS_SLICE_LIT("termStart");
  if (!fl->role.len && ci_is(fl->series, "Termend"))
    return AS_SLICE_LIT("termEnd");
  if (population_field(fl))
    return prop(AS_P_POPULATION);
  if (!fl->role.len)
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
      if (as_slice_eq_cstr(fl->series, map[i].series))
        return prop(map[i].p);
  /* `Term Start` / `Term End`: the start and the end are the property's
   * (`termStart`, as `Term Start2` gives); an event's are its record's */
  if ((as_slice_eq_cstr(fl->index, "start") || as_slice_eq_cstr(fl->index, "end")) &&
      !as_slice_eq_cstr(fl->series, "Event"))
    return camel(f->p->arena, camel(f->p->arena, fl->series, fl->index), fl->role);
  return camel(f->p->arena, fl->series, fl->role);
}

/* The fields of one record (`Event4` + `Date Event4`): its main field (no
 * role), its date and its year. Found in one pass over the infobox, by a
 * hash of the record's name, so that 100,000 fields stay linear. */
typedef struct {
  as_slice record;
  const as_field *main, *date, *year;
} record_t;

typedef struct {
  record_t *v;
  size_t cap; /* a power of two */
} records;

static record_t *record_of(records *r, as_slice name) {
  for (size_t h = as_slice_hash(name) & (r->cap - 1);; h = (h + 1) & (r->cap - 1)) {
    if (!r->v[h].record.ptr) {
      r->v[h].record = name;
      return &r->v[h];
    }
    if (as_slice_eq(r->v[h].record, name))
      return &r->v[h];
  }
}

static void records_build(records *r, const as_article *a) {
  r->cap = 16;
  while (r->cap < a->nfields * 2 + 2)
    r->cap *= 2;
  r->v = as_xcalloc(r->cap, sizeof *r->v);
  for (const as_field *g = a->fields; g; g = g->next) {
    if (!g->record.len)
      continue;
    record_t *e = record_of(r, g->record);
    if (!g->role.len && !e->main)
      e->main = g;
    else if (as_slice_eq_cstr(g->role, "date") && !e->date)
      e->date = g;
    else if (as_slice_eq_cstr(g->role, "year") && !e->year)
      e->year = g;
  }
}

static const record_t *record_find(const records *r, const as_field *f) {
  if (!f->record.len)
    return NULL;
  return record_of((records *)r, f->record);
}

static void set_when(as_claim *c, const as_field *d) {
  if (!d)
    return;
  c->date = d->normalized;
  c->precision = d->precision.len ? d->precision : as_slice_cstr(as_value_type_name(d->type));
  c->inferred = d->inferred;
}

/* Whether q is a year of four digits and nothing else. */
static bool year_alone(as_slice q) {
  for (size_t i = 0; i < q.len; i++)
    if (!isdigit((unsigned char)q.ptr[i]))
      return false;
  return q.len == 4;
}

/* `Michael Cooper, (1994–2002)`, `Galina Semyonova (m. 1965)`, `(m. 1952;
 * div. 1956)`: the year a spouse's marriage began dates the claim. */
static void married_in(as_claim *c, as_slice q) {
  if (as_slice_starts(q, "m. "))
    q = as_slice_make(q.ptr + 3, q.len - 3);
  else if (as_slice_starts(q, "married "))
    q = as_slice_make(q.ptr + 8, q.len - 8);
  if (q.len > 4 && !isalnum((unsigned char)q.ptr[4]))
    q.len = 4; /* `1994–2002`, `1952; div. 1956` */
  if (!year_alone(q))
    return;
  c->date = q;
  c->precision = as_slice_cstr("year");
}

/* `Notable Works: Purple Hibiscus (2003), ...`: a work and its year, its
 * datePublished. */
static void boxed_work(facts *f, const as_field *fl, const as_item *it) {
  static const char *const keys[] = {"notableworks", "notable works", "notable work", "works", "notable_works",
                                     NULL};
  as_slice q = it->qualifier;
  if (!year_alone(q) || !it->name.len)
    return;
  bool works = false;
  for (int k = 0; keys[k] && !works; k++)
    works = fl->series.len == strlen(keys[k]) && strncasecmp(fl->series.ptr, keys[k], fl->series.len) == 0;
  if (!works)
    return;
  as_claim *c = new_claim(f, AS_FROM_INFOBOX, it->name, AS_P_DATE_PUBLISHED);
  c->value = c->normalized = c->date = q;
  c->precision = as_slice_cstr("year");
  c->at = it->at;
  c->quote = fl->line->text;
}

/* `Born: 3 March 1890, Vienna`: the place after the date is the
 * birthPlace (deathPlace under `Died`); the property of the other items. */
static as_slice item_property(facts *f, const as_field *fl, const as_item *it) {
  as_slice p = infobox_property(f, fl);
  if (it && it->type == AS_VT_PLACE && p.ptr == property_names[AS_P_BIRTH_DATE])
    return prop(AS_P_BIRTH_PLACE);
  if (it && it->type == AS_VT_PLACE && p.ptr == property_names[AS_P_DEATH_DATE])
    return prop(AS_P_DEATH_PLACE);
  return p;
}

/* `1890-03-03` → day, `1890-03` → month, `1890` → year. */
static as_slice iso_precision(as_slice iso) {
  size_t dashes = 0;
  for (size_t i = 1; i < iso.len; i++)
    dashes += iso.ptr[i] == '-';
  return as_slice_cstr(as_precision_name(dashes == 2 ? AS_PREC_DAY : dashes == 1 ? AS_PREC_MONTH : AS_PREC_YEAR));
}

/* The combatant a heading of a side's losses names (`Canadian:` on side
 * 1, `Canada, United Kingdom`), when the side has several; empty if none. */
static as_slice side_member(const facts *f, as_slice record, as_slice heading) {
  for (size_t s = 0; s < f->sides.n; s++)
    if (as_slice_eq(f->sides.v[s].record, record)) {
      int m = as_side_member(&f->sides, s, heading);
      return m >= 0 ? f->sides.v[s].names[m] : AS_SLICE_NULL;
    }
  return AS_SLICE_NULL;
}

/* `3,367 (916 killed, 1,946 captured)`: the counts of each kind in a
 * total's brackets are claims of their own, as the total's (c) group and
 * side; nothing unless every part is a count of something. */
static void loss_breakdown(facts *f, const as_claim *c, const as_item *it) {
  as_slice q = it->qualifier;
  if (!q.len || !isdigit((unsigned char)q.ptr[0]) || !c->value.len || !isdigit((unsigned char)c->value.ptr[0]))
    return;
  enum { MAX_PARTS = 8 };
  as_slice parts[MAX_PARTS];
  size_t n = 0, b = 0;
  for (size_t i = 0; i <= q.len; i++) {
    if (i < q.len && !(q.ptr[i] == ',' && i + 1 < q.len && q.ptr[i + 1] == ' '))
      continue;
    as_slice p = as_slice_trim(as_slice_make(q.ptr + b, i - b));
    if (p.len > 4 && (memcmp(p.ptr, "and ", 4) == 0 || memcmp(p.ptr, "or ", 3) == 0))
      p = as_slice_trim(as_slice_make(p.ptr + 3, p.len - 3));
    size_t d = 0;
    while (d < p.len && (isdigit((unsigned char)p.ptr[d]) || p.ptr[d] == ','))
      d++;
    /* `916 killed`: a count, then what it counts */
    if (n == MAX_PARTS || !d || d + 2 > p.len || p.ptr[d] != ' ' || !islower((unsigned char)p.ptr[d + 1]))
      return;
    parts[n++] = p;
    b = i + 1;
  }
  for (size_t k = 0; k < n; k++) {
    as_claim *x = new_claim(f, AS_FROM_INFOBOX, c->subject, AS_P_CASUALTIES);
    x->value = x->normalized = parts[k];
    x->about = c->about;
    x->qualifier = c->qualifier;
    x->part = c->part;
    x->quote = c->quote;
    x->at = it->at;
    x->at.col += (uint32_t)as_utf8_count(it->whole.ptr, (size_t)(parts[k].ptr - it->whole.ptr));
    x->at.byte += (uint64_t)(parts[k].ptr - it->whole.ptr);
  }
}

/* `Death Date: 14 May 1922 (aged 32)`: the age in the bracket after the
 * date of a death (c), a deathAge claim of its own. */
static void boxed_death_age(facts *f, const as_claim *c, as_slice value) {
  static const char *const marks[] = {"(aged ", "(age ", NULL};
  for (int m = 0; marks[m]; m++) {
    size_t n = strlen(marks[m]);
    for (size_t i = 0; i + n < value.len; i++) {
      if (memcmp(value.ptr + i, marks[m], n) != 0)
        continue;
      size_t d = i + n, e = d;
      while (e < value.len && e - d < 4 && isdigit((unsigned char)value.ptr[e]))
        e++;
      if (e == d || e - d > 3 || e >= value.len || value.ptr[e] != ')')
        return; /* `(aged 51–52)`: not one age */
      as_claim *x = new_claim(f, AS_FROM_INFOBOX, c->subject, AS_P_DEATH_AGE);
      x->value = as_slice_make(value.ptr + i + 1, e - i - 1);
      x->normalized = as_slice_make(value.ptr + d, e - d);
      x->date = c->date;
      x->precision = c->precision;
      x->quote = c->quote;
      x->at = c->at;
      x->at.col += (uint32_t)as_utf8_count(value.ptr, i + 1);
      x->at.byte += (uint64_t)(i + 1);
      return;
    }
  }
}

/* `Children: 13, including Tatyana, Ilya`: a count of kin names no one. */
static bool kin_count(const as_field *fl, const as_item *it) {
  static const char *const kin[] = {"Children", "Child", "Siblings", "Relatives", "Relations", NULL};
  bool key = false;
  for (int k = 0; kin[k] && !key; k++)
    key = ci_is(fl->series, kin[k]);
  if (!key || !it->text.len)
    return false;
  for (size_t i = 0; i < it->text.len; i++)
    if (!isdigit((unsigned char)it->text.ptr[i]))
      return false;
  return true;
}

static void infobox_claims(facts *f) {
  as_article *a = f->a;
  records recs;
  records_build(&recs, a);
  for (const as_field *fl = a->fields; fl; fl = fl->next) {
    const record_t *rec = record_find(&recs, fl);
    /* a record's date or year is the date of its main field's claims */
    bool dating = fl->role.len && (as_slice_eq_cstr(fl->role, "date") || as_slice_eq_cstr(fl->role, "year"));
    if ((dating && rec && rec->main) || fl->type == AS_VT_EMPTY)
      continue;
    const as_field *when = fl->role.len || !rec ? NULL : rec->date ? rec->date : rec->year;
    bool event = as_slice_eq_cstr(fl->series, "Event") && !fl->role.len && when;
    size_t n = fl->nitems ? fl->nitems : 1;
    for (size_t i = 0; i < n; i++) {
      const as_item *it = fl->nitems ? &fl->items[i] : NULL;
      if (it && kin_count(fl, it))
        continue;
      as_slice value = it ? it->text : fl->raw;
      as_slice norm = it ? (it->normalized.len ? it->normalized : (it->name.len ? it->name : it->text))
                         : fl->normalized;
      as_claim *c;
      if (event) {
        /* `Event4: Treaty of Ancón` + `Date Event4: 20 October 1883` */
        c = new_claim(f, AS_FROM_INFOBOX, value, AS_P_DATE);
        c->value = when->raw;
        c->normalized = when->normalized;
        set_when(c, when);
        c->at = when->value_at; /* the date's line: the value claimed is there */
        c->quote = when->line->text;
      } else {
        c = new_claim(f, AS_FROM_INFOBOX, a->title, AS_P_DATE);
        c->property = item_property(f, fl, it);
        c->value = value;
        c->normalized = norm;
        if (fl->type == AS_VT_DATE || fl->type == AS_VT_DATE_RANGE || fl->type == AS_VT_YEAR ||
            fl->type == AS_VT_YEAR_RANGE) {
          c->date = fl->normalized;
          c->precision = fl->precision.len ? fl->precision : as_slice_cstr(as_value_type_name(fl->type));
          c->inferred = fl->inferred;
        } else if (it && (it->type == AS_VT_DATE || it->type == AS_VT_YEAR)) {
          c->date = it->normalized; /* `Born: 3 March 1890, Vienna`'s date */
          c->precision = iso_precision(it->normalized);
        } else if (population_field(fl)) {
          c->date = population_year_boxed(a);
          c->precision = c->date.len ? AS_SLICE_LIT("year") : AS_SLICE_NULL;
        } else {
          set_when(c, when);
        }
        c->at = it ? it->at : fl->value_at;
        c->quote = fl->line->text;
        if (it && c->property.ptr == property_names[AS_P_SPOUSE]) {
          /* `Diego Rivera (m. 1929; div. 1939), (m. 1940)`: a marriage
           * again to the one named before */
          const as_item *prev = i > 0 ? &fl->items[i - 1] : NULL;
          if (prev && !value.len && prev->text.len) {
            c->value = prev->text;
            c->normalized = prev->normalized.len ? prev->normalized : prev->name.len ? prev->name : prev->text;
          }
          married_in(c, it->qualifier);
        }
        if (it)
          boxed_work(f, fl, it);
        if (it && it->group.len) { /* `Georgy Zhukov` under `1st Belorussian Front:` */
          c->qualifier = it->group;
          if (c->property.ptr == property_names[AS_P_CASUALTIES])
            c->part = side_member(f, fl->record, it->group);
        }
        /* `Strength1`, `Strength2`: one value per side, not two values of one */
        if (fl->index.len && isdigit((unsigned char)fl->index.ptr[0]))
          c->about = fl->record;
        if (it && c->property.ptr == property_names[AS_P_CASUALTIES])
          loss_breakdown(f, c, it);
        if (c->property.ptr == property_names[AS_P_DEATH_DATE])
          boxed_death_age(f, c, value);
      }
    }
  }
  free(recs.v);
}

/* ---- the prose ---- */

typedef struct {
  facts *f;
  as_sent *s;
  as_slice text;
  const as_tok *t;
  uint32_t n;
  /* span index covering each token, or -1 (tokens of this sentence) */
  int *cover;
  /* he/she resolved in this sentence: token → canon */
  as_slice pron_canon[8];
  uint32_t pron_tok[8];
  int npron;
  as_mention_kind subj_kind; /* of the last subject found */
} sent;

static bool kw(const sent *c, uint32_t i, int k) { return i < c->n && c->t[i].kw == k; }
static bool among(const sent *c, uint32_t i, const as_kwset *set) {
  return i < c->n && as_kwset_has(set, &c->t[i]);
}
static as_span *span_at(const sent *c, uint32_t i) {
  return i < c->n && c->cover[i] >= 0 ? &c->s->spans[c->cover[i]] : NULL;
}
static bool is_comma(const sent *c, uint32_t i) { return i < c->n && c->t[i].kind == AS_TK_COMMA; }

/* Token i is the punctuation mark ch. */
static bool punct(const sent *c, uint32_t i, char ch) {
  return i < c->n && c->t[i].kind == AS_TK_PUNCT && c->text.ptr[c->t[i].start] == ch;
}

/* A named span of one of the kinds. */
static bool named(const as_span *sp, as_mention_kind k) { return sp && sp->is_name && sp->m && sp->kind == k; }

/* The name a relative clause after the comma at k is of: the one right
 * before the comma, or the one before an apposition set off by commas
 * (`Louis Braille, an organist, who had died`, `the Royal Institute,
 * one of the first schools of its kind, which Haüy had founded`). */
static as_span *relative_head(const sent *c, uint32_t k) {
  as_span *x = k > 0 ? span_at(c, k - 1) : NULL;
  if (x && x->to == k)
    return x;
  uint32_t j = k;
  while (j > 0 && k - j < 24 && !is_comma(c, j - 1) && c->t[j - 1].kind != AS_TK_PUNCT &&
         !kw(c, j - 1, KW_who) && !kw(c, j - 1, KW_which))
    j--;
  if (j < 2 || j == k || !is_comma(c, j - 1) ||
      !(kw(c, j, KW_a) || kw(c, j, KW_an) || kw(c, j, KW_the) || kw(c, j, KW_one)))
    return NULL;
  uint32_t e = j - 1; /* (past a bracket: `the Royal Institute (Institut Royal des Jeunes Aveugles), one of`) */
  if (punct(c, e - 1, ')'))
    for (uint32_t q = e - 1; q > 0 && e - q < 16; q--)
      if (punct(c, q - 1, '(')) {
        e = q - 1;
        break;
      }
  x = e > 0 ? span_at(c, e - 1) : NULL;
  return x && x->to == e ? x : NULL;
}

/* The person a relative clause that holds token b is of: `King Andrew
 * II, who reigned from 1205 until his death` (no comma nor another
 * person between); NULL if none. */
static as_span *relative_owner(const sent *c, uint32_t b) {
  for (uint32_t k = b; k > 2 && b - k < 16; k--) {
    if (is_comma(c, k - 1) || c->t[k - 1].kind == AS_TK_PUNCT)
      return NULL;
    as_span *y = span_at(c, k - 1);
    if (y && named(y, AS_MENTION_PERSON))
      return NULL;
    if (kw(c, k - 1, KW_who) && is_comma(c, k - 2)) {
      as_span *x = relative_head(c, k - 2);
      return x && named(x, AS_MENTION_PERSON) && !x->possessive ? x : NULL;
    }
  }
  return NULL;
}

static const uint16_t skip_back[] = {KW_then, KW_also, KW_later, KW_eventually, KW_finally, KW_soon,
                                     KW_subsequently, KW_himself, KW_herself, KW_had, KW_has, KW_have,
                                     KW_was, KW_were, KW_been, KW_would, KW_could, KW_initially,
                                     KW_immediately, KW_apparently, KW_again, KW_not, KW_only,
                                     KW_successfully, KW_unsuccessfully, KW_quickly, KW_officially,
                                     KW_formally, KW_reportedly, KW_first, KW_once, KW_personally,
                                     AS_KW_END};

/* Words after which no subject of a later verb is to be looked for. */
static const uint16_t clause_breaks[] = {KW_which, KW_that, KW_they, KW_it, KW_we, KW_there, KW_i,
                                         KW_whom, KW_whose, KW_where, KW_but, KW_because,
                                         KW_although, KW_while, KW_whereas, KW_if, KW_them, KW_their,
                                         KW_its, AS_KW_END};

/* The sex a person's name shows: the biography's subject has the pronoun
 * its text mostly uses, anyone else what the name says (as_name_sex). */
static char person_sex(const facts *f, as_slice canon) {
  if (f->bio_gender && f->bio.len && as_slice_eq(canon, f->bio))
    return f->bio_gender;
  return as_name_sex(canon);
}

/* Titles and kinship words that tell a woman or a man. */
static const uint16_t women_words[] = {KW_queen, KW_princess, KW_empress, KW_tsarina, KW_duchess,
                                       KW_countess, KW_baroness, KW_lady, KW_dame, KW_mrs, KW_miss,
                                       KW_madame, KW_wife, KW_daughter, KW_mother, KW_sister,
                                       KW_widow, KW_granddaughter, KW_niece, KW_aunt, KW_grandmother,
                                       KW_stepmother, KW_stepdaughter, KW_mistress, AS_KW_END};
static const uint16_t men_words[] = {KW_king, KW_prince, KW_emperor, KW_tsar, KW_duke, KW_baron,
                                     KW_lord, KW_sir, KW_mr, KW_husband, KW_son, KW_father,
                                     KW_brother, KW_widower, KW_grandson, KW_nephew, KW_uncle,
                                     KW_grandfather, KW_stepfather, KW_stepson, AS_KW_END};

/* The sex a keyword tells (`queen`, `father`), or 0. */
static char keyword_sex(int w) {
  for (int k = 0; women_words[k] != AS_KW_END; k++)
    if (w == women_words[k])
      return 'f';
  for (int k = 0; men_words[k] != AS_KW_END; k++)
    if (w == men_words[k])
      return 'm';
  return 0;
}

static char word_sex(const sent *c, uint32_t i) {
  if (i >= c->n || c->t[i].kw == AS_KW_NONE)
    return 0;
  return keyword_sex(c->t[i].kw);
}

/* The sex a person's mention shows: its title (`Queen Mary`), a kinship
 * word just before it (`his youngest daughter, Alexandra`), else its name;
 * 0 when nothing tells. */
static char span_sex(const sent *c, const as_span *sp) {
  for (uint32_t k = sp->rank_from; k < sp->from; k++)
    if (word_sex(c, k))
      return word_sex(c, k);
  uint32_t b = sp->rank_from;
  if (b > 0 && is_comma(c, b - 1))
    b--;
  if (b > 0 && word_sex(c, b - 1))
    return word_sex(c, b - 1);
  return person_sex(c->f, sp->canon);
}

/* The sex a resolved pronoun at token i gives its person. */
static char pronoun_sex(const sent *c, uint32_t i) {
  if (kw(c, i, KW_she) || kw(c, i, KW_her) || kw(c, i, KW_herself))
    return 'f';
  return kw(c, i, KW_he) || kw(c, i, KW_him) || kw(c, i, KW_his) || kw(c, i, KW_himself) ? 'm' : 0;
}

/* The person a he/she at token i stands for, when that is safe: the one
 * person named before it in its sentence; with none, the one person of the
 * last sentence that named people, or that sentence's subject. A person
 * whose sex is known (a title, a kinship word, a given name) is never the
 * pronoun of the other sex. */
static bool adverb(const sent *c, uint32_t i);

/* A word ending in `-ing` at k (`while fighting`). */
static bool gerund(const sent *c, uint32_t k) {
  return k < c->n && c->t[k].kind == AS_TK_WORD &&
         as_slice_ends(as_tok_text(c->text, &c->t[k]), "ing");
}

/* A word ending in `-ed` at k (`Accused`, `sailed`). */
static bool past_form(const sent *c, uint32_t k) {
  return k < c->n && c->t[k].kind == AS_TK_WORD &&
         as_slice_ends(as_tok_text(c->text, &c->t[k]), "ed");
}

/* Whether the name sp is the object of a preposition in the phrase that
 * opens the sentence on a preposition (`With ... the support of X he
 * sailed`, `After meeting X, she left`), and a he or she at i, the main
 * clause's subject, follows it with no verb between. */
static bool opening_phrase(const sent *c, const as_span *sp, uint32_t i) {
  if (!sp || !among(c, 0, &sets.prepositions) || sp->rank_from == 0 || !(kw(c, i, KW_he) || kw(c, i, KW_she)))
    return false;
  uint32_t b = sp->rank_from;
  if (kw(c, b - 1, KW_the) && b >= 2)
    b--;
  while (b > 1 && c->t[b - 1].kind == AS_TK_WORD && !c->t[b - 1].cap && !among(c, b - 1, &sets.prepositions) &&
         b > sp->rank_from - 3)
    b--; /* `of the pianist X` */
  if (!among(c, b - 1, &sets.prepositions))
    return false;
  for (uint32_t k = sp->to; k < i; k++)
    if (c->t[k].kind == AS_TK_WORD && !c->t[k].cap && !is_comma(c, k))
      return false;
  return true;
}

/* Whether a `him` or an object `her` (before a stop, a preposition or
 * `to`; not `her husband`) of sex g stands in [from, to). */
static bool object_between(const sent *c, uint32_t from, uint32_t to, char g) {
  for (uint32_t k = from; k < to && k < c->n; k++) {
    if (g == 'm' && kw(c, k, KW_him))
      return true;
    if (g == 'f' && kw(c, k, KW_her) &&
        (k + 1 >= c->n || c->t[k + 1].kind != AS_TK_WORD || among(c, k + 1, &sets.prepositions) || kw(c, k + 1, KW_to)))
      return true;
  }
  return false;
}

/* The sex of a word of kin at i, possessive or not (`mother`, `mother's`). */
static char kin_word_sex(const sent *c, uint32_t i) {
  char g = word_sex(c, i);
  if (g || i >= c->n || c->t[i].kind != AS_TK_WORD)
    return g;
  as_slice w = as_tok_text(c->text, &c->t[i]);
  size_t cut = as_slice_ends(w, "'s") ? 2 : as_slice_ends(w, "\xe2\x80\x99s") ? 4 : 0;
  if (!cut)
    return 0;
  return keyword_sex(as_keyword(as_slice_make(w.ptr, w.len - cut)));
}

/* Whether the nearest one before the pronoun at i that it may stand for
 * is a relative of the other sex's no name names (`married Adèle Foucher
 * against his mother's wishes (she had died the year before)`): then
 * nobody named. */
static bool unnamed_kin_before(const sent *c, uint32_t i, char g) {
  for (uint32_t k = i; k-- > 1;) {
    as_span *sp = span_at(c, k);
    if (sp && named(sp, AS_MENTION_PERSON) && span_sex(c, sp) == g)
      return false;
    /* (his mother, for a she; not `his father's biography; he died`,
     * whose he is likelier the his's) */
    if (!c->t[k].cap && kin_word_sex(c, k) == g && kw(c, k - 1, g == 'f' ? KW_his : KW_her) && !(sp && sp->m) &&
        !(k + 1 < c->n && span_at(c, k + 1)) && !(k + 2 < c->n && is_comma(c, k + 1) && span_at(c, k + 2)))
      return true;
  }
  return false;
}

/* Whether the last sentence named the biography's subject and nobody else. */
static bool only_bio_before(const facts *f) {
  for (int k = 0; k < f->nlast; k++)
    if (!as_slice_eq(f->last_canon[k], f->bio))
      return false;
  return f->nlast > 0;
}

static bool pronoun(sent *c, uint32_t i, as_slice *out) {
  for (int k = 0; k < c->npron; k++)
    if (c->pron_tok[k] == i) {
      *out = c->pron_canon[k];
      return out->len > 0;
    }
  if ((kw(c, i, KW_she) || kw(c, i, KW_he)) && unnamed_kin_before(c, i, kw(c, i, KW_she) ? 'f' : 'm')) {
    if (c->npron < 8) {
      c->pron_tok[c->npron] = i;
      c->pron_canon[c->npron++] = (as_slice){0};
    }
    *out = (as_slice){0};
    return false;
  }
  as_slice r = {0}, seen[2];
  char sex[2] = {0, 0};
  int n = 0;
  const as_span *first = NULL, *second = NULL;
  for (uint32_t j = 0; j < c->s->nspans && n < 2; j++) {
    const as_span *sp = &c->s->spans[j];
    if (sp->to > i)
      break;
    /* (`Mikhail Potapov, who had led part of Zhukov's forces, was
     * captured; he died`: an owner after a person is no subject) */
    if (named(sp, AS_MENTION_PERSON) && !(n == 1 && as_slice_eq(seen[0], sp->canon)) && !(n == 1 && sp->possessive)) {
      if (!n)
        first = sp;
      else
        second = sp;
      sex[n] = span_sex(c, sp);
      seen[n++] = sp->canon;
    }
  }
  for (int k = 0; k < c->npron && n < 2; k++)
    if (c->pron_tok[k] < i && c->pron_canon[k].len && !(n == 1 && as_slice_eq(seen[0], c->pron_canon[k]))) {
      sex[n] = pronoun_sex(c, c->pron_tok[k]);
      seen[n++] = c->pron_canon[k];
    }
  /* `she succeeded him`: two people of both genders, none is safe */
  bool female = kw(c, i, KW_she) || kw(c, i, KW_her);
  bool other = false;
  for (uint32_t k = 0; k < c->n && !other; k++)
    other = female ? (kw(c, k, KW_he) || kw(c, k, KW_him) || kw(c, k, KW_his) || kw(c, k, KW_himself))
                   : (kw(c, k, KW_she) || kw(c, k, KW_her) || kw(c, k, KW_herself));
  /* a biography's paragraph opens on its subject (`She was born in
   * Warsaw` after a sentence about her husband); a pronoun of the other
   * gender than the subject's is not the subject's */
  const facts *f = c->f;
  char g = female ? 'f' : 'm';
  bool not_bio = f->bio_gender && f->bio_gender != g;
  /* the one person named before is of the other sex: as if none were */
  bool none = n == 0 || (n == 1 && sex[0] && sex[0] != g);
  /* `Dauntless had lost 64 men killed, and she reached`: the sentence
   * opens on a name of no known kind (a ship), its subject, which the
   * pronoun may well be; not the last sentence's */
  if (n == 0 && i > 2 && c->t[0].kind == AS_TK_WORD && c->t[0].cap && c->t[0].kw == AS_KW_NONE && !span_at(c, 0) &&
      !gerund(c, 0) && !past_form(c, 0) && !adverb(c, 0) && c->t[1].kind == AS_TK_WORD && !c->t[1].cap &&
      (kw(c, 1, KW_had) || kw(c, 1, KW_has) || kw(c, 1, KW_was) || kw(c, 1, KW_is) || past_form(c, 1)))
    none = false;
  /* (`Dieterich Buxtehude played at the church until his death`: so does
   * a name of several words no list knew) */
  uint32_t e = 0;
  while (n == 0 && e < i && e < 4 && c->t[e].kind == AS_TK_WORD && c->t[e].cap && c->t[e].kw == AS_KW_NONE &&
         !(span_at(c, e) && span_at(c, e)->m))
    e++;
  if (e >= 2 && e < i && c->t[e].kind == AS_TK_WORD && !c->t[e].cap &&
      (kw(c, e, KW_had) || kw(c, e, KW_has) || kw(c, e, KW_was) || kw(c, e, KW_is) || past_form(c, e)))
    none = false;
  /* `his father came to stay at Qunu, where he died`: a relative of the
   * pronoun's sex, named by no name, may be the one it stands for */
  for (uint32_t k = 1; k < i && n == 0 && none; k++)
    if (word_sex(c, k) == g && (kw(c, k - 1, KW_his) || kw(c, k - 1, KW_her) || kw(c, k - 1, KW_their)) &&
        !(k + 1 < c->n && span_at(c, k + 1)) && !(k + 2 < c->n && is_comma(c, k + 1) && span_at(c, k + 2)))
      none = false;
  /* `With the support of the pianist Artur Rubinstein he sailed`: in a
   * biography, a person in the phrase that opens the sentence is not who
   * the he or she of its main clause is */
  /* `Reichenau, promoted to field marshal, succeeded Gerd von Rundstedt
   * in December 1941; he died`: the sentence opens on a name of no known
   * kind, its subject, and the one person named is the object of a verb
   * after it; the pronoun may well be the opener's, so it is nobody's */
  /* `He defeated Emperor Dawit II in 1529 and ruled until he was
   * killed`: a sentence that opens on the pronoun goes on with it, past
   * the one person its verb was done to (not into a relative clause of
   * his: `He succeeded X, who ruled until he died`) */
  /* (`There she found a friend in Anna Pell Wheeler, and from February
   * 1934 she also lectured`: after a word or a date that opens it) */
  bool opener = false;
  uint32_t p0 = 0;
  while (p0 < 4 && p0 + 1 < i && !kw(c, p0, KW_he) && !kw(c, p0, KW_she) &&
         !(span_at(c, p0) && span_at(c, p0)->is_name))
    p0++;
  if (n == 1 && first && first->rank_from > p0 + 1 && (kw(c, p0, KW_he) || kw(c, p0, KW_she)) &&
      pronoun_sex(c, p0) == g && c->t[p0 + 1].kind == AS_TK_WORD && !c->t[p0 + 1].cap) {
    opener = true;
    for (uint32_t k = first->to; k < i && opener; k++)
      opener = !kw(c, k, KW_who) && !kw(c, k, KW_whom) && !kw(c, k, KW_whose) && !punct(c, k, ';') &&
               !punct(c, k, '(');
  }
  as_slice opened = {0};
  if (opener && pronoun(c, p0, &opened))
    r = opened;
  else if (n == 1 && first && first->rank_from >= 3 && past_form(c, first->rank_from - 1) &&
           c->t[0].kind == AS_TK_WORD && c->t[0].cap && c->t[0].kw == AS_KW_NONE &&
           !(span_at(c, 0) && span_at(c, 0)->m) && !gerund(c, 0) && !past_form(c, 0) && !adverb(c, 0) &&
           (is_comma(c, 1) || past_form(c, 1)))
    r = (as_slice){0};
  else if (n == 1 && f->bio.len && !not_bio && !as_slice_eq(seen[0], f->bio) && opening_phrase(c, first, i))
    r = f->bio;
  /* `Reichenau, promoted to field marshal, succeeded Gerd von Rundstedt
   * in December 1941; he died`: a pronoun opening a clause after `;` or
   * `, and` is the one the sentence opened on, not its verb's object */
  else if (n == 2 && second && first->rank_from == 0 && !first->possessive && second->rank_from >= 2 &&
           past_form(c, second->rank_from - 1) && (!sex[0] || sex[0] == g) &&
           (punct(c, i - 1, ';') || ((kw(c, i - 1, KW_and) || kw(c, i - 1, KW_but)) && is_comma(c, i - 2))))
    r = seen[0];
  /* `Cassandra and Henry took her to Winchester, and she died there`: the
   * one done to, of the pronoun's sex, is who it is; in a biography, its
   * subject */
  else if (n == 1 && f->bio.len && !not_bio && !as_slice_eq(seen[0], f->bio) && first &&
           object_between(c, first->to, i, g))
    r = f->bio;
  else if (n == 1 && (sex[0] == g || (!sex[0] && !other)))
    r = seen[0];
  else if (n == 2 && sex[0] && sex[1] && sex[0] != sex[1])
    r = sex[0] == g ? seen[0] : seen[1]; /* `Ilya and his sister Alexandra; she` */
  else if (none && f->bio.len && !not_bio && (f->para_start || f->nlast == 0 || only_bio_before(f)))
    r = f->bio; /* (or after sentences that named nobody: `Kullervo was first performed in 1892. On 10 June
                 * 1893 he married`; or none but the subject: `In his last years Newton lived in London. He
                 * died`) */
  else if (none && f->last_subject >= 0) {
    as_slice last = f->last_canon[f->last_subject];
    char ls = f->last_sex[f->last_subject];
    if (ls && ls != g) {
      /* `Tolstoy left with his daughter Alexandra. She …`: the one person
       * of the pronoun's sex in the last sentence */
      int found = -1, count = 0;
      for (int k = 0; k < f->nlast; k++)
        if (f->last_sex[k] == g)
          found = k, count++;
      if (count == 1 && !(not_bio && as_slice_eq(f->last_canon[found], f->bio)))
        r = f->last_canon[found];
      /* `Farragut married Susan Marchant. She died in 1840. On D, he
       * married`: none of its sex there; in a biography of that sex, its
       * subject */
      else if (count == 0 && f->bio.len && (f->bio_gender == g || !f->bio_gender))
        r = f->bio;
    } else if (!(not_bio && as_slice_eq(last, f->bio)))
      r = last;
  }
  if (c->npron < 8) {
    c->pron_tok[c->npron] = i;
    c->pron_canon[c->npron++] = r;
  }
  *out = r;
  return r.len > 0;
}

/* Words of how many of a group: `most of the others`, `two of his officers`. */
static const uint16_t quantifiers[] = {KW_most, KW_all, KW_many, KW_several, KW_some, KW_one, KW_two, KW_three,
                                       KW_four, KW_five, KW_six, KW_seven, KW_eight, KW_nine, KW_ten, KW_rest,
                                       KW_majority, KW_both, KW_each, AS_KW_END};

/* Prepositions: a name right after one is not a clause's subject. */
static const uint16_t prepositions[] = {KW_of, KW_for, KW_against, KW_in, KW_on, KW_at, KW_to,
                                        KW_from, KW_with, KW_by, KW_during, KW_after, KW_before,
                                        KW_until, KW_since, KW_about, KW_toward, KW_towards,
                                        KW_into, KW_under, KW_over, KW_between, KW_among,
                                        KW_through, KW_near, AS_KW_END};

/* Prepositions whose name after is their object, not a clause's subject
 * (not `after`, `before`, `until`, `since`, which open clauses too; not
 * `of`, `from`, `under`: `a battalion from the 308th Regiment landed`,
 * `a contingent under the command of X arrived` are the name's). */
static const uint16_t object_preps[] = {KW_for, KW_against, KW_at, KW_to, KW_by, KW_with, KW_aboard, KW_in, KW_under,
                                        KW_toward, KW_towards, KW_into, KW_over,
                                        KW_between, KW_among, KW_through, KW_near, KW_behind,
                                        KW_beside, KW_alongside, KW_past, KW_around, KW_across,
                                        KW_beyond, AS_KW_END};

static bool adverb(const sent *c, uint32_t i) {
  if (among(c, i, &sets.skip_back))
    return true;
  as_slice w = as_tok_text(c->text, &c->t[i]);
  return c->t[i].kind == AS_TK_WORD && !c->t[i].cap && w.len > 4 && as_slice_ends(w, "ly");
}

/* Whether token k is a verb in the past that takes an object
 * (`married`, `defeated`, `met`): not a participle after `was`, `had`. */
static bool object_of_verb(const sent *c, uint32_t k) {
  if (c->t[k].kind != AS_TK_WORD || c->t[k].cap || kw(c, k, KW_and) || among(c, k, &sets.prepositions))
    return false;
  if (k > 0 && (kw(c, k - 1, KW_was) || kw(c, k - 1, KW_were) || kw(c, k - 1, KW_been) || kw(c, k - 1, KW_be) ||
                kw(c, k - 1, KW_the) || kw(c, k - 1, KW_a) || kw(c, k - 1, KW_an)))
    return false;
  return past_form(c, k) || kw(c, k, KW_met) || kw(c, k, KW_saw) || kw(c, k, KW_fought);
}

static bool date_span_at(const sent *c, uint32_t k);

/* Whether the tokens after the comma at k up to the verb at v are a
 * phrase set apart by commas (`, on his 80th birthday, 18 July 1998,`),
 * naming no person. */
static bool set_apart(const sent *c, uint32_t k, uint32_t v) {
  if (v < k + 3 || v - k > 24 || !is_comma(c, v - 1))
    return false;
  for (uint32_t j = k + 1; j < v - 1; j++) {
    as_span *x = span_at(c, j);
    if (c->t[j].kind == AS_TK_PUNCT || (x && named(x, AS_MENTION_PERSON)) || kw(c, j, KW_he) || kw(c, j, KW_she))
      return false;
  }
  return true;
}

/* Whether the tokens from `to` up to the verb at v are `and` and adverbs
 * only (`X and moved`, `X, and later moved`): a second verb of one
 * subject. The first verb's date may come before the `and` (`divorced
 * Evelyn Mase in 1958 and married`), and an aside after it (`and, on his
 * 80th birthday, 18 July 1998, married`). */
static bool conjoined_verb(const sent *c, uint32_t to, uint32_t v) {
  bool and = false;
  if ((kw(c, to, KW_in) || kw(c, to, KW_on)) && date_span_at(c, to + 1))
    to = span_at(c, to + 1)->to;
  for (uint32_t k = to; k < v; k++) {
    if (kw(c, k, KW_and) && !and)
      and = true;
    else if (and && k == to + 1 && is_comma(c, k) && set_apart(c, k, v))
      k = v - 1;
    else if (!(is_comma(c, k) && !and) && !(c->t[k].kind == AS_TK_WORD && adverb(c, k)))
      return false;
  }
  return and;
}

/* The subject of the verb at token v: the nearest name of a person or an
 * organisation (or an event, if events) before it in its clause, a he/she
 * resolved, or the name a `who` right before refers to. Nothing when a
 * common noun stands right before the verb (`German troops entered`). */
static bool subject_of_kind(sent *c, uint32_t v, bool events, as_slice *out) {
  uint32_t i = v, steps = 0;
  bool first = true, passed_name = false;
  /* `Iwabuchi and his staff committed suicide`, `Leggio and most of the
   * others were shot`: he did too */
  for (uint32_t k = v; k-- > 1 && k + 8 > v;) {
    if ((c->t[k].kind != AS_TK_WORD && c->t[k].kind != AS_TK_NUM) || c->t[k].cap ||
        (span_at(c, k) && span_at(c, k)->is_name))
      break;
    bool some_of = (kw(c, k + 2, KW_of) && (c->t[k + 1].kind == AS_TK_NUM || among(c, k + 1, &sets.quantifiers))) ||
                   (kw(c, k + 1, KW_the) && (kw(c, k + 2, KW_rest) || kw(c, k + 2, KW_other)));
    if (!kw(c, k, KW_and) || k + 3 > v || !(kw(c, k + 1, KW_his) || kw(c, k + 1, KW_her) || some_of))
      continue;
    as_span *x = span_at(c, k - 1);
    if (x && x->to == k && named(x, AS_MENTION_PERSON) && !x->possessive &&
        (x->rank_from == 0 || !among(c, x->rank_from - 1, &sets.prepositions))) {
      *out = x->canon;
      c->subj_kind = AS_MENTION_PERSON;
      return true;
    }
    break;
  }
  while (i > 0 && steps < 16) {
    i--;
    steps++;
    if (c->t[i].kind == AS_TK_WORD && adverb(c, i))
      continue;
    as_span *sp = span_at(c, i);
    if (sp && sp->is_name && sp->m) {
      /* `Cunningham with Formidable, Warspite, Barham and Valiant left`:
       * a list after `with` is not the subject */
      uint32_t w = sp->rank_from;
      while (w > 0 && (kw(c, w - 1, KW_and) || is_comma(c, w - 1) || (span_at(c, w - 1) && span_at(c, w - 1)->is_name) ||
                       (c->t[w - 1].kind == AS_TK_WORD && c->t[w - 1].cap)))
        w--;
      if (w < sp->rank_from && w > 0 && kw(c, w - 1, KW_with)) {
        i = w - 1;
        first = false;
        continue;
      }
      /* `moved behind the 327th Glider Infantry, crossed the canal, and
       * reached Hill 30`: a name after a preposition is its object */
      uint32_t b = sp->rank_from > 0 && kw(c, sp->rank_from - 1, KW_the) ? sp->rank_from - 1 : sp->rank_from;
      /* `received by Queen Victoria and the Emperor Meiji in Japan, and
       * returned`: the last of the people a preposition takes (not `went
       * to Rome and Napoleon returned`: a place and a person are no list) */
      for (as_span *y; sp->kind == AS_MENTION_PERSON && b > 1 && kw(c, b - 1, KW_and) &&
                       (y = span_at(c, b - 2)) && y->to == b - 1 && named(y, AS_MENTION_PERSON) && !y->possessive;)
        b = y->rank_from > 0 && kw(c, y->rank_from - 1, KW_the) ? y->rank_from - 1 : y->rank_from;
      /* (but `with Montero serving as first vice president`: the subject
       * of the participle after it) */
      if (b > 0 && among(c, b - 1, &sets.object_preps) &&
          !(kw(c, b - 1, KW_with) && sp->to < c->n && c->t[sp->to].kind == AS_TK_WORD &&
            as_slice_ends(as_tok_text(c->text, &c->t[sp->to]), "ing"))) {
        i = sp->rank_from;
        first = false;
        continue;
      }
      /* `Collins went on to command VII Corps ..., and later served as`:
       * the object of an infinitive */
      if (b > 1 && kw(c, b - 2, KW_to) && c->t[b - 1].kind == AS_TK_WORD && c->t[b - 1].lower &&
          !among(c, b - 1, &sets.prepositions) && !kw(c, b - 1, KW_the)) {
        i = b - 2;
        first = false;
        continue;
      }
      /* `Mariane married Adolph Bargiel and moved to Berlin`: the object
       * of the verb before, whose subject the second verb shares */
      if (sp->kind == AS_MENTION_PERSON && b > 1 && object_of_verb(c, b - 1) && conjoined_verb(c, sp->to, v)) {
        i = b - 1;
        first = false;
        continue;
      }
      if ((sp->kind == AS_MENTION_PERSON || sp->kind == AS_MENTION_ORG ||
           (events && sp->kind == AS_MENTION_EVENT)) && !sp->possessive) {
        /* `the 2nd Canadian Infantry Brigade of Brigadier Bert Hoffmeister
         * entered`: the unit, its commander only named */
        as_span *unit = sp->kind == AS_MENTION_PERSON && sp->rank_from >= 2 && kw(c, sp->rank_from - 1, KW_of)
                            ? span_at(c, sp->rank_from - 2)
                            : NULL;
        if (unit && unit->to == sp->rank_from - 1 && unit->is_name && unit->m && unit->kind == AS_MENTION_ORG &&
            !unit->possessive)
          sp = unit;
        *out = sp->canon;
        c->subj_kind = sp->kind;
        return true;
      }
      i = sp->rank_from; /* places, possessives: skip the whole name */
      first = false;
      passed_name = true;
      continue;
    }
    c->subj_kind = AS_MENTION_PERSON;
    if (kw(c, i, KW_he) || kw(c, i, KW_she)) {
      /* `X left the family before she was three years old and died`: the
       * she of a clause set under the main one is not the subject of the
       * main one's second verb */
      if (i > 0 && (kw(c, i - 1, KW_before) || kw(c, i - 1, KW_after) || kw(c, i - 1, KW_when) ||
                    kw(c, i - 1, KW_until) || kw(c, i - 1, KW_while) || kw(c, i - 1, KW_because) ||
                    kw(c, i - 1, KW_although) || kw(c, i - 1, KW_though) || kw(c, i - 1, KW_since)))
        for (uint32_t k = i + 1; k < v; k++)
          if (kw(c, k, KW_and))
            return false;
      return pronoun(c, i, out);
    }
    if (kw(c, i, KW_who)) {
      /* `X, who was born in 1809 and who died`: the first who's */
      if (i >= 2 && kw(c, i - 1, KW_and))
        for (uint32_t k = i - 2; k > 1 && i - k < 24 && !is_comma(c, k) && c->t[k].kind != AS_TK_PUNCT; k--)
          if (kw(c, k, KW_who) && is_comma(c, k - 1)) {
            i = k;
            break;
          }
      /* `X, who ...`: X */
      if (i >= 2 && is_comma(c, i - 1)) {
        as_span *x = relative_head(c, i - 1);
        /* `Eric Hale of the Royal Fusiliers, who died`: Hale */
        if (x && (x->kind == AS_MENTION_ORG || x->kind == AS_MENTION_PLACE) && x->rank_from >= 2) {
          uint32_t o = x->rank_from - 1;
          if (kw(c, o, KW_the) && o > 1)
            o--;
          as_span *y = kw(c, o, KW_of) ? span_at(c, o - 1) : NULL;
          if (y && y->to == o && named(y, AS_MENTION_PERSON) && !y->possessive)
            x = y;
        }
        if (x && named(x, AS_MENTION_PERSON)) {
          *out = x->canon;
          return true;
        }
        /* `appointed X as Military Chief of the North, who`: X */
        for (uint32_t k = i - 1; k > 0 && i - k < 12; k--) {
          as_span *y = span_at(c, k - 1);
          if (y && named(y, AS_MENTION_PERSON) && kw(c, y->to, KW_as)) {
            *out = y->canon;
            return true;
          }
        }
      }
      return false;
    }
    /* `Simon van der Stel (1639–1712) became`: a bracket right after the
     * subject tells of it */
    if (first && punct(c, i, ')')) {
      uint32_t k = i;
      while (k > 0 && i - k < 24 && !punct(c, k - 1, '(') && !punct(c, k - 1, ')'))
        k--;
      if (k > 1 && punct(c, k - 1, '(')) {
        i = k - 1;
        continue;
      }
    }
    /* `William Halsey Jr. died`: the suffix's full stop */
    if (punct(c, i, '.') && i > 0 && span_at(c, i - 1) && span_at(c, i - 1)->to == i &&
        (as_slice_eq_cstr(as_tok_text(c->text, &c->t[i - 1]), "Jr") ||
         as_slice_eq_cstr(as_tok_text(c->text, &c->t[i - 1]), "Sr")))
      continue;
    if (among(c, i, &sets.clause_breaks) || c->t[i].kind == AS_TK_PUNCT)
      return false;
    /* `Walter Model — commander of Army Group B — had moved`: skip the
     * words between spaced dashes */
    if (first && c->t[i].kind == AS_TK_DASH && c->t[i].space_before) {
      uint32_t k = i;
      while (k > 0 && i - k < 32 && !(c->t[k - 1].kind == AS_TK_DASH && c->t[k - 1].space_before))
        k--;
      if (k > 1 && i - k < 32) {
        i = k - 1;
        first = false;
        continue;
      }
    }
    /* `Andrei Zhdanov, who had led the city's party organisation throughout
     * the siege, was transferred to Moscow in 1944 and died`: the person
     * a relative clause ends on, however far back (no other name between) */
    if (!first && !passed_name && is_comma(c, i)) {
      for (uint32_t k = i; k > 2 && i - k < 32 && !is_comma(c, k - 1) && !punct(c, k - 1, ';'); k--)
        if (kw(c, k - 1, KW_who) && is_comma(c, k - 2)) {
          as_span *x = span_at(c, k - 3);
          if (x && named(x, AS_MENTION_PERSON) && !x->possessive) {
            *out = x->canon;
            c->subj_kind = AS_MENTION_PERSON;
            return true;
          }
          break;
        }
    }
    /* `X, the commander of the 96th Division, was killed`: skip the apposition */
    if (first && is_comma(c, i)) {
      for (uint32_t k = i; k > 0 && i - k < 32 && !punct(c, k - 1, ';'); k--)
        if (is_comma(c, k - 1)) {
          uint32_t a = k;
          if (kw(c, a, KW_the) || kw(c, a, KW_a) || kw(c, a, KW_an) ||
              (a < c->n && c->t[a].kind == AS_TK_WORD && !c->t[a].cap && !among(c, a, &sets.clause_breaks) &&
               !kw(c, a, KW_who))) {
            i = k - 1;
            /* `his father, a goldsmith, died`: a subject no name gives */
            if (k >= 3 && word_sex(c, k - 2) && !c->t[k - 2].cap &&
                (kw(c, k - 3, KW_his) || kw(c, k - 3, KW_her) || kw(c, k - 3, KW_their)))
              return false;
          }
          /* `X, who had been appointed ... by Y, assumed`, `Otto Braun,
           * whose house she bought, died`: X */
          else if ((kw(c, a, KW_who) || kw(c, a, KW_whose) || kw(c, a, KW_whom)) && k >= 2 && span_at(c, k - 2) && named(span_at(c, k - 2), AS_MENTION_PERSON)) {
            *out = span_at(c, k - 2)->canon;
            c->subj_kind = AS_MENTION_PERSON;
            return true;
          }
          /* `The president, who had met Patton, died`: the subject is
           * before the relative clause, not the name it ends on */
          else if (kw(c, a, KW_who) || kw(c, a, KW_whose) || kw(c, a, KW_whom) || kw(c, a, KW_which))
            i = k - 1;
          break;
        }
      first = false;
      continue;
    }
    /* `German troops entered`, `the army chiefs deposed`; `and the
     * Australians entered Derna`: a subject no name gives */
    if (first && c->t[i].kind == AS_TK_WORD && !c->t[i].cap && !sp && !kw(c, i, KW_and) &&
        !among(c, i, &sets.prepositions))
      return false;
    if (first && c->t[i].kind == AS_TK_WORD && c->t[i].cap && !sp && i > 0 && kw(c, i - 1, KW_the) &&
        !c->t[i - 1].cap)
      return false;
    if (c->t[i].kind == AS_TK_WORD && c->t[i].cap && !sp)
      passed_name = true; /* a name no list knows */
    /* `Máximo was killed, and Aquiles, found hiding, was shot`: that name
     * is the clause's subject, not one before its `, and` */
    if (passed_name && kw(c, i, KW_and) && i > 0 && is_comma(c, i - 1))
      return false;
    first = false;
  }
  return false;
}

static bool subject_of(sent *c, uint32_t v, as_slice *out) { return subject_of_kind(c, v, false, out); }

/* The subject right before the verb at v (adverbs, auxiliaries, `who`, a
 * pronoun allowed; no other word): for acts, whose agent must be sure
 * (`X fell into an ambush set by Y's hastily formed Z` makes X no agent). */
static bool close_subject(sent *c, uint32_t v, as_slice *out) {
  uint32_t i = v;
  while (i > 0 && c->t[i - 1].kind == AS_TK_WORD && adverb(c, i - 1) && !kw(c, i - 1, KW_who))
    i--;
  if (i == 0)
    return false;
  as_span *sp = span_at(c, i - 1);
  bool name = sp && sp->is_name && sp->m && !sp->possessive &&
              (sp->kind == AS_MENTION_PERSON || sp->kind == AS_MENTION_ORG);
  if (!name && !kw(c, i - 1, KW_he) && !kw(c, i - 1, KW_she) && !kw(c, i - 1, KW_who))
    return false;
  return subject_of(c, i, out);
}

/* The first span of kind k starting in [from, to). */
static as_span *span_in(const sent *c, uint32_t from, uint32_t to, as_mention_kind k) {
  for (uint32_t j = 0; j < c->s->nspans; j++) {
    as_span *sp = &c->s->spans[j];
    if (sp->from >= from && sp->from < to && sp->m && sp->kind == k)
      return sp;
  }
  return NULL;
}

/* True if the date span d bounds something rather than dates it. */
static bool bound_date(const sent *c, const as_span *d) {
  return d->from > 0 && (kw(c, d->from - 1, KW_until) || kw(c, d->from - 1, KW_since) ||
                         kw(c, d->from - 1, KW_till));
}

/* The date the text states right after date d, which only counts one
 * (`Four days later, on 28 July, Takashina was killed`, `Booth was killed
 * twelve days later, on April 26`); NULL if none. */
static as_span *stated_date(const sent *c, const as_span *d) {
  if (!is_comma(c, d->to))
    return NULL;
  uint32_t k = kw(c, d->to + 1, KW_on) || kw(c, d->to + 1, KW_in) ? d->to + 2 : d->to + 1;
  as_span *e = date_span_at(c, k) ? span_at(c, k) : NULL;
  return e && !bound_date(c, e) ? e : NULL;
}

/* Whether the bracket closing at token k holds a span of years alone
 * right after a person's name (`Miguel de Unamuno (1864–1936)`). */
static bool life_bracket(const sent *c, uint32_t k) {
  as_span *d = k > 0 ? span_at(c, k - 1) : NULL;
  if (!d || d->kind != AS_MENTION_DATE || d->to != k || !d->m || d->from < 2 || !punct(c, d->from - 1, '(') ||
      !memchr(d->m->normalized.ptr, '/', d->m->normalized.len))
    return false;
  as_span *x = span_at(c, d->from - 2);
  return x && x->to == d->from - 1 && named(x, AS_MENTION_PERSON);
}

/* The date that opens the sentence (`On 8 December the British launched`,
 * `In late 1883, amid ..., Montero left`), for what comes after it. */
static as_span *opening_date(const sent *c, uint32_t v) {
  for (uint32_t j = 0; j < c->s->nspans; j++) {
    as_span *d = &c->s->spans[j];
    if (d->from >= 7)
      break;
    /* not a year inside a name (`In defense of the Constitution of 1860`) */
    if (d->kind != AS_MENTION_DATE || !d->m || span_at(c, d->from) != d || life_bracket(c, d->to))
      continue;
    /* `The attack on Pearl Harbor of December 7, 1941, had left`: the
     * date of a noun, not of the sentence */
    if (d->from > 0 && kw(c, d->from - 1, KW_of))
      return NULL;
    /* `Born in Paris in 1821, she married Louis Viardot`: the birth's
     * date, not the main clause's */
    if (kw(c, 0, KW_born) && c->t[0].cap)
      for (uint32_t k = d->to; k < v; k++)
        if (is_comma(c, k))
          return NULL;
    /* `The autopsy, carried out the next day, concluded`: a date in an
     * apposition to the subject dates the apposition only (not after
     * `However,` nor in `After the war ended, in 1946,`) */
    bool prep = c->n > 0 && among(c, 0, &sets.prepositions);
    for (uint32_t k = 2; k < d->from && !prep; k++)
      if (is_comma(c, k))
        return NULL;
    /* (over a semicolon only a date that opens the sentence before any
     * verb: `In 1865 Semmelweis was committed ...; he died there`; not
     * `Julie died in 1872; Felix died`) */
    bool verb_before = false;
    for (uint32_t k = 0; k < d->from && !verb_before; k++)
      verb_before = past_form(c, k) || kw(c, k, KW_died);
    for (uint32_t k = d->to; k < v && k < c->n && verb_before; k++)
      if (punct(c, k, ';'))
        return NULL;
    if (d->m->normalized.len && d->to <= v && !bound_date(c, d)) {
      as_span *e = stated_date(c, d);
      return e && e->to <= v ? e : d;
    }
    return NULL;
  }
  return NULL;
}

/* The date that opens the clause of a subject starting at token k,
 * after a colon, a semicolon or `and`/`but`: `became a casualty of the
 * Leningrad Affair: in 1951 Zhdanov ordered`, `..., and in 1684 Bunić
 * led`. NULL if none. */
static as_span *clause_opening_date(const sent *c, uint32_t k) {
  if (k > 0 && is_comma(c, k - 1))
    k--; /* `in 1951, Zhdanov` */
  as_span *d = k > 0 ? span_at(c, k - 1) : NULL;
  if (!d || d->kind != AS_MENTION_DATE || !d->m || !d->m->normalized.len || d->to != k || d->from < 2 ||
      bound_date(c, d))
    return NULL;
  uint32_t p = d->from - 1;
  /* `, and the next day, 15 June, the Red Army entered`: the day stated
   * after the one counted; the clause opens before the count */
  as_span *r = is_comma(c, p) && p > 0 ? span_at(c, p - 1) : NULL;
  if (r && r->kind == AS_MENTION_DATE && r->m && r->m->inferred && r->to == p && r->from >= 2)
    p = r->from - 1;
  /* `, and the following year she met`: a date with no preposition (not
   * `in 1844 and 1845`, two dates of one phrase) */
  if (kw(c, p, KW_and) || kw(c, p, KW_but)) {
    as_span *e = p > 0 ? span_at(c, p - 1) : NULL;
    return e && e->kind == AS_MENTION_DATE ? NULL : d;
  }
  if (!(kw(c, p, KW_in) || kw(c, p, KW_on) || kw(c, p, KW_from)))
    return NULL;
  if (punct(c, p - 1, ':') || punct(c, p - 1, ';') || kw(c, p - 1, KW_and) || kw(c, p - 1, KW_but))
    return d;
  /* `Eight days after the fall of the city, on 29 November 1941, the
   * 9th Army re-entered`: after a phrase that opens the sentence, no
   * clause of its own (no verb, no comma) */
  if (!is_comma(c, p - 1))
    return NULL;
  for (uint32_t q = 0; q + 1 < p; q++)
    if (c->t[q].kind != AS_TK_WORD || past_form(c, q) || kw(c, q, KW_was) || kw(c, q, KW_were) ||
        kw(c, q, KW_had))
      return NULL;
  return d;
}


/* A date for a claim made at token v: one right after (`on 5 January`,
 * `in June 1882`), else one before it in the same clause (`deposed X on
 * 25 November 1865 and proclaimed`), else the one that opens the sentence. */
static as_span *date_near(const sent *c, uint32_t v, uint32_t window) {
  for (uint32_t k = v; k < c->n && k < v + window; k++) {
    if (c->t[k].kind == AS_TK_COMMA || c->t[k].kind == AS_TK_PUNCT)
      break;
    /* `became mayor of Stavanger and in 1902 county governor`: the date
     * of the next conjunct */
    if ((kw(c, k, KW_and) || kw(c, k, KW_but)) && (kw(c, k + 1, KW_in) || kw(c, k + 1, KW_on)) &&
        date_span_at(c, k + 2))
      break;
    as_span *d = span_at(c, k);
    if (d && d->kind == AS_MENTION_DATE && d->m->normalized.len && !bound_date(c, d)) {
      as_span *e = d->m->rel_unit ? stated_date(c, d) : NULL;
      return e ? e : d;
    }
  }
  uint32_t k = v;
  for (; k > 0 && k + 10 > v; k--) {
    /* (`Miguel de Unamuno (1864–1936) served as rector`: past his life's
     * span, which dates no act of it) */
    if (punct(c, k - 1, ')') && life_bracket(c, k - 1)) {
      while (k > 1 && !punct(c, k - 2, '('))
        k--;
      k--;
      continue;
    }
    if (c->t[k - 1].kind == AS_TK_COMMA || c->t[k - 1].kind == AS_TK_PUNCT)
      break;
    as_span *b = span_at(c, k - 1);
    if (b && b->kind == AS_MENTION_DATE && b->m->normalized.len && !bound_date(c, b))
      return b;
  }
  /* `..., and in 1951, Zhdanov ordered`: the date that opens the clause */
  as_span *o = k > 0 && is_comma(c, k - 1) ? clause_opening_date(c, k) : NULL;
  if (o)
    return o;
  /* `In 1601 X founded ..., and in 1687 his descendant Y moved his
   * residence to Z`: the date that opens the clause, further back */
  for (; k > 2 && c->t[k - 1].kind != AS_TK_COMMA && c->t[k - 1].kind != AS_TK_PUNCT; k--) {
    as_span *b = span_at(c, k - 1);
    if (b && b->kind == AS_MENTION_DATE && b->to == k) {
      uint32_t p = b->from - 1;
      if (b->m->normalized.len && b->from >= 2 && (kw(c, p, KW_in) || kw(c, p, KW_on)) &&
          (kw(c, p - 1, KW_and) || kw(c, p - 1, KW_but) || punct(c, p - 1, ';')))
        return b;
      break;
    }
  }
  /* `In March 1916 she was sent to Basra, and after the capture of
   * Baghdad on 11 March 1917 she moved to that city, where she served
   * as`: the last day told before, past the one the sentence opens with;
   * or the last date that opens a clause after `, and` (`From March 1778
   * he designed ..., and in 1780 he asked to be transferred to the
   * Southern Department, where he served as`) */
  as_span *first = opening_date(c, v), *last = NULL;
  for (uint32_t j = 0; first && j < c->s->nspans; j++) {
    as_span *b = &c->s->spans[j];
    bool opens = b->from >= 3 && (kw(c, b->from - 1, KW_in) || kw(c, b->from - 1, KW_on)) &&
                 (kw(c, b->from - 2, KW_and) || kw(c, b->from - 2, KW_but)) && is_comma(c, b->from - 3);
    if (b->to <= v && b->from > first->to && b->kind == AS_MENTION_DATE && b->m &&
        (b->m->normalized.len >= 10 || (opens && b->m->normalized.len >= 4)) && !b->m->inferred &&
        !bound_date(c, b) && b->from > 0 && !punct(c, b->from - 1, '('))
      last = b;
  }
  return last ? last : first;
}

static as_claim *prose_claim(sent *c, as_slice subject, as_property p, uint32_t at_tok) {
  /* `Santa Fe` in `Santa Fe, New Mexico`: the settlement the infobox is of */
  if (c->f->town.len && as_slice_eq(subject, c->f->town))
    subject = c->f->a->title;
  /* `Battle of Sedan` in `Battle of Sedan (1940)`: the article's own */
  if (c->f->bare_title.len && as_slice_eq(subject, c->f->bare_title))
    subject = c->f->a->title;
  as_claim *cl = new_claim(c->f, AS_FROM_PROSE, subject, p);
  const as_block *b = c->s->block;
  cl->sentence = b;
  cl->quote = b->text;
  cl->at = as_line_prov(b->line, c->f->a->file,
                        (size_t)(b->text.ptr - b->line->text.ptr) + c->t[at_tok].start);
  return cl;
}

static void set_date(as_claim *cl, const as_span *d) {
  if (!d)
    return;
  cl->date = d->m->normalized;
  cl->precision = d->m->precision;
  cl->inferred = d->m->inferred;
}

static void value_span(as_claim *cl, const as_span *sp) {
  cl->value = sp->m->text;
  cl->normalized = sp->m->normalized;
}

/* ---- event dates ---- */

static const uint16_t event_verbs[] = {KW_signed, KW_fought, KW_held, KW_concluded, KW_ratified,
                                       KW_won, KW_lost, KW_launched, KW_proclaimed, KW_issued,
                                       KW_enacted, KW_promulgated, KW_place, KW_occurred,
                                       KW_began, KW_started, KW_ended, KW_commenced, KW_opened,
                                       KW_finished, AS_KW_END};

static as_property event_property(const sent *c, uint32_t verb, const as_span *e) {
  /* `the Peace of Pressburg, concluded on 7 November 1491`: a treaty is
   * concluded the day it is signed */
  if (kw(c, verb, KW_concluded) && e)
    for (uint32_t k = e->rank_from; k < e->to; k++)
      if (kw(c, k, KW_treaty) || kw(c, k, KW_peace) || kw(c, k, KW_pact) || kw(c, k, KW_agreement) ||
          kw(c, k, KW_armistice) || kw(c, k, KW_convention) || kw(c, k, KW_alliance) || kw(c, k, KW_accord) ||
          kw(c, k, KW_concordat))
        return AS_P_DATE;
  if (kw(c, verb, KW_began) || kw(c, verb, KW_started) || kw(c, verb, KW_commenced) ||
      kw(c, verb, KW_opened) || kw(c, verb, KW_launched))
    return AS_P_START_DATE;
  if (kw(c, verb, KW_ended) || kw(c, verb, KW_finished) || kw(c, verb, KW_concluded))
    return AS_P_END_DATE;
  return AS_P_DATE;
}

/* `the signing of the Treaty`, `the proclamation of the Cry`: the act's
 * own making, which a date right after then dates. */
static bool made_here(const sent *c, const as_span *e) {
  uint32_t k = e->rank_from;
  if (kw(c, k - 1, KW_the) && k > 1)
    k--;
  return k >= 2 && kw(c, k - 1, KW_of) &&
         (kw(c, k - 2, KW_signing) || kw(c, k - 2, KW_proclamation) || kw(c, k - 2, KW_promulgation) ||
          kw(c, k - 2, KW_adoption) || kw(c, k - 2, KW_conclusion) || kw(c, k - 2, KW_ratification));
}

static bool date_span_at(const sent *c, uint32_t k) {
  as_span *d = span_at(c, k);
  return d && d->kind == AS_MENTION_DATE && d->from == k && d->m && d->m->normalized.len;
}

/* `six days later, on 15 September 1859`: the date written after a
 * relative one restates it, and is the one to hold others to (a
 * relative-date finding says when the two disagree); else d. */
static as_span *restated_date(const sent *c, as_span *d) {
  if (!d || !d->m->inferred)
    return d;
  as_span *x = stated_date(c, d);
  /* (`twelve days later, on April 26`: a day the text states, though its
   * year is inferred, over one it counts) */
  return x && (!x->m->inferred || d->m->rel_unit) ? x : d;
}

/* `on 30 September 1941 (or sometimes on 2 October 1941)`, `on 5 or 7
 * June 1945`, `in 1941 or 1942`: the text gives another date as well, so
 * neither is a fact to hold others to. */
static bool alternative_date(const sent *c, const as_span *d) {
  uint32_t k = d->to;
  if (punct(c, k, '('))
    k++;
  if (kw(c, k, KW_or))
    return true;
  return d->from >= 2 && kw(c, d->from - 1, KW_or) &&
         (c->t[d->from - 2].kind == AS_TK_NUM || (span_at(c, d->from - 2) && span_at(c, d->from - 2)->kind == AS_MENTION_DATE));
}

static void date_claim(sent *c, as_span *e, as_property p, as_span *d) {
  if (alternative_date(c, d))
    return;
  as_claim *cl = prose_claim(c, e->canon, p, e->from);
  value_span(cl, d);
  set_date(cl, d);
}

/* `took place from January 22, 1944 (beginning with the landing) to June
 * 5, 1944 (ending with ...)`: a span an aside cuts in two, its start and
 * its end; `from D` with no end is a start. k is the date after `from`;
 * false when it is not one (a span, `from 2 to 5 September`, is a date). */
static bool from_date_claim(sent *c, as_span *e, uint32_t k) {
  as_span *d = span_at(c, k);
  if (k == 0 || !kw(c, k - 1, KW_from) || memchr(d->m->normalized.ptr, '/', d->m->normalized.len))
    return false;
  uint32_t j = d->to;
  if (punct(c, j, '(')) {
    while (j < c->n && j < d->to + 24 && !punct(c, j, ')'))
      j++;
    j = punct(c, j, ')') ? j + 1 : d->to;
  }
  as_span *d2 = (kw(c, j, KW_to) || kw(c, j, KW_until) || kw(c, j, KW_till)) && date_span_at(c, j + 1)
                    ? span_at(c, j + 1) : NULL;
  if (d2 && memchr(d2->m->normalized.ptr, '/', d2->m->normalized.len))
    d2 = NULL;
  date_claim(c, e, AS_P_START_DATE, d);
  if (d2)
    date_claim(c, e, AS_P_END_DATE, d2);
  return true;
}

/* True if the event is the subject of its clause, not the object of a
 * preposition (`Planning for Operation Uranus had commenced`). */
static bool event_is_subject(const sent *c, const as_span *e) {
  uint32_t k = e->rank_from;
  if (k > 0 && kw(c, k - 1, KW_the))
    k--;
  if (k == 0 || is_comma(c, k - 1) || punct(c, k - 1, ';') || punct(c, k - 1, ':'))
    return true;
  /* `The resulting Vivanco-Pareja Treaty, ..., was signed` */
  if (k <= 3 && (kw(c, 0, KW_the) || kw(c, 0, KW_this) || kw(c, 0, KW_its) || kw(c, 0, KW_their) ||
                 kw(c, 0, KW_his) || kw(c, 0, KW_her)))
    return true;
  /* `In 1944 Operation X began`, `and Operation Y began`; not `the Home
   * Army joined Operation Tempest, launched by`: the object of a verb */
  const as_span *d = span_at(c, k - 1);
  if (d && d->kind == AS_MENTION_DATE)
    return true;
  return kw(c, k - 1, KW_and) || kw(c, k - 1, KW_but) || kw(c, k - 1, KW_when) || kw(c, k - 1, KW_while) ||
         kw(c, k - 1, KW_as) || kw(c, k - 1, KW_that) || kw(c, k - 1, KW_until) || kw(c, k - 1, KW_once) ||
         kw(c, k - 1, KW_then) || kw(c, k - 1, KW_after) || kw(c, k - 1, KW_before) || kw(c, k - 1, KW_which) ||
         kw(c, k - 1, KW_where);
}

/* How many `(1949)`-like brackets the sentence has. */
static int bracketed_years(const sent *c) {
  int n = 0;
  for (uint32_t k = 0; k + 2 < c->n; k++)
    n += c->t[k].kind == AS_TK_PUNCT && c->text.ptr[c->t[k].start] == '(' && c->t[k + 1].kind == AS_TK_NUM &&
         c->t[k + 1].digits == 4 && c->t[k + 2].kind == AS_TK_PUNCT && c->text.ptr[c->t[k + 2].start] == ')';
  return n;
}

/* A date in an apposition to the event, from v (after its comma): `the
 * Battle of Brody, fought between 23 and 30 June 1941, was`; `Operation
 * Bagration, launched by the Red Army on 22 June 1944,`; `the Blitz,
 * which began on 7 September 1940`. True if it made a claim. */
static bool appositive_date(sent *c, as_span *e, uint32_t v) {
  if (kw(c, v, KW_which))
    v++;
  /* `Operation Barbarossa, which was launched on 22 June 1941` */
  if (v > 0 && kw(c, v - 1, KW_which) && (kw(c, v, KW_was) || kw(c, v, KW_were)) &&
      among(c, v + 1, &sets.event_verbs))
    v++;
  if (kw(c, v, KW_took) && kw(c, v + 1, KW_place))
    v++;
  bool begun = kw(c, v, KW_begun) || kw(c, v, KW_initiated);
  if (!begun && (!among(c, v, &sets.event_verbs) || kw(c, v, KW_won) || kw(c, v, KW_lost)))
    return false;
  as_property p = begun ? AS_P_START_DATE : event_property(c, v, e);
  if (p != AS_P_DATE && e->head != AS_HEAD_OCCURRENCE)
    p = AS_P_DATE;
  /* `fought on the island of Tinian in the Mariana Islands from D`: a
   * place may come first */
  for (uint32_t k = v + 1; k < c->n && k < v + 14 && !is_comma(c, k) && !punct(c, k, '(') && !kw(c, k, KW_and) &&
                           !kw(c, k, KW_which) && !kw(c, k, KW_after) && !kw(c, k, KW_before);
       k++)
    if (date_span_at(c, k) && (kw(c, k - 1, KW_on) || kw(c, k - 1, KW_in) ||
                               (p == AS_P_DATE && (kw(c, k - 1, KW_between) || kw(c, k - 1, KW_from))))) {
      if (p != AS_P_DATE || !from_date_claim(c, e, k))
        date_claim(c, e, p, span_at(c, k));
      return true;
    }
  return false;
}

/* Whether the bracket opening at token j after event e repeats the
 * article title's own (`Battle of Rostov (1941)` in its article). */
static bool own_disambiguator(const sent *c, const as_span *e, uint32_t j) {
  as_slice bare = c->f->bare_title, title = c->f->a->title;
  if (!bare.len || !e->m || !as_slice_eq(e->m->text, bare))
    return false;
  as_slice tail = as_slice_make(title.ptr + bare.len, title.len - bare.len);
  while (tail.len && tail.ptr[0] == ' ')
    tail = as_slice_make(tail.ptr + 1, tail.len - 1);
  size_t at = c->t[j].start;
  return c->text.len - at >= tail.len && memcmp(c->text.ptr + at, tail.ptr, tail.len) == 0;
}

static void event_date(sent *c, as_span *e) {
  uint32_t j = e->to;
  /* `a new Narva Offensive`, `another Battle of X`: not the one named before */
  uint32_t b0 = e->rank_from;
  if (b0 > 0 && (kw(c, b0 - 1, KW_new) || kw(c, b0 - 1, KW_another) || kw(c, b0 - 1, KW_second) ||
                 kw(c, b0 - 1, KW_third)))
    return;
  /* `the Battle of Callao on May 2, 1866`, `the signing of the Treaty of
   * Ancón in 1883`; not `rebelled against the Treaty in 1864`, nor
   * `signed Directive No. 20 for Operation Marita on 13 December 1940`
   * (the date of an act done for it; but `the planning for the Dieppe
   * Raid on 18 August 1942` is the raid's) */
  uint32_t o0 = b0 > 0 && kw(c, b0 - 1, KW_the) ? b0 - 1 : b0;
  /* `on the eve of the 26th anniversary of the October Revolution (7
   * November)`: the day of an anniversary, not of the event */
  if (o0 >= 2 && kw(c, o0 - 1, KW_of) && (kw(c, o0 - 2, KW_anniversary) || kw(c, o0 - 2, KW_centenary) ||
                                         kw(c, o0 - 2, KW_bicentenary) || kw(c, o0 - 2, KW_commemoration)))
    return;
  /* `His journals were published as Scott's Last Expedition in 1913`: a
   * book's title, not an expedition */
  {
    uint32_t t0 = o0;
    as_span *owner = t0 > 0 ? span_at(c, t0 - 1) : NULL;
    if (owner && owner->possessive && owner->to == t0)
      t0 = owner->rank_from;
    else if (t0 > 0 && c->t[t0 - 1].cap && as_slice_ends(as_tok_text(c->text, &c->t[t0 - 1]), "'s"))
      t0--; /* (`Scott's`, a name no span covers) */
    if (t0 >= 2 && kw(c, t0 - 1, KW_as) &&
        (kw(c, t0 - 2, KW_published) || kw(c, t0 - 2, KW_released) || kw(c, t0 - 2, KW_printed) ||
         kw(c, t0 - 2, KW_titled) || kw(c, t0 - 2, KW_entitled) || kw(c, t0 - 2, KW_reissued)))
      return;
  }
  bool done_for = false;
  for (uint32_t k = o0 > 1 && kw(c, o0 - 1, KW_for) ? o0 - 1 : 0; k-- > 0 && k + 8 > o0 && !done_for;) {
    if (c->t[k].kind != AS_TK_WORD && c->t[k].kind != AS_TK_NUM && !punct(c, k, '.'))
      break;
    done_for = among(c, k, &sets.act_verbs);
  }
  /* `a Marine aviator killed at the Battle of Midway on 4 June 1942`,
   * `sunk during the Battle of Midway on 7 June`: a day of what befell
   * someone at it, one of the battle's days, not its date */
  /* `took place during the Second World War on 13 June 1944`: a day or
   * a year within a war, never its own date (but `during the Battle of
   * France in 1940` is the battle's year) */
  bool befell = o0 > 0 && kw(c, o0 - 1, KW_during) &&
                (kw(c, j - 1, KW_war) || kw(c, j - 1, KW_campaign) || kw(c, j - 1, KW_occupation) ||
                 kw(c, j - 1, KW_revolution) || (e->rank_from < j && kw(c, e->rank_from, KW_world)));
  if (o0 > 0 && (kw(c, o0 - 1, KW_at) || kw(c, o0 - 1, KW_during)) && date_span_at(c, j + 1) &&
      span_at(c, j + 1)->m && span_at(c, j + 1)->m->normalized.len == 10)
    for (uint32_t k = o0 - 1; k-- > 0 && k + 10 > o0 && !befell && !is_comma(c, k);)
      befell = kw(c, k, KW_killed) || kw(c, k, KW_wounded) || kw(c, k, KW_sunk) || kw(c, k, KW_died) ||
               kw(c, k, KW_injured) || kw(c, k, KW_captured) || kw(c, k, KW_shot) || kw(c, k, KW_damaged) ||
               kw(c, k, KW_torpedoed);
  /* (`launched Operation Supercharge II at 16:00 on 26 March`: a time
   * of the day) */
  bool at_time = kw(c, j, KW_at) && j + 1 < c->n && c->t[j + 1].kind == AS_TK_TIME;
  if ((kw(c, j, KW_on) || kw(c, j, KW_in) || at_time) && date_span_at(c, j + 1) &&
      (e->head == AS_HEAD_OCCURRENCE || made_here(c, e)) && !done_for && !befell) {
    as_property p = AS_P_DATE;
    uint32_t b = e->rank_from;
    /* `the beginning of Operation Typhoon on 30 September 1941` */
    uint32_t o = b > 0 && kw(c, b - 1, KW_the) ? b - 1 : b;
    if (o >= 2 && kw(c, o - 1, KW_of) && (kw(c, o - 2, KW_beginning) || kw(c, o - 2, KW_start) || kw(c, o - 2, KW_outbreak)))
      p = AS_P_START_DATE;
    else if (o >= 2 && kw(c, o - 1, KW_of) && kw(c, o - 2, KW_end))
      p = AS_P_END_DATE;
    if (b > 0 && (kw(c, b - 1, KW_their) || kw(c, b - 1, KW_its) || kw(c, b - 1, KW_the) || kw(c, b - 1, KW_his)))
      b--;
    if (b > 0 && (kw(c, b - 1, KW_launched) || kw(c, b - 1, KW_began) || kw(c, b - 1, KW_started) ||
                  kw(c, b - 1, KW_opened)))
      p = AS_P_START_DATE;
    if (p != AS_P_DATE && !(e->head == AS_HEAD_OCCURRENCE))
      p = AS_P_DATE;
    /* `the final phase of the Winter War in January 1940`, `a victory of
     * the Winter War in December 1939`: a time within a war of years,
     * not its date (but `the outbreak of the Winter War on 30 November`) */
    if (p == AS_P_DATE && (kw(c, j - 1, KW_war) || kw(c, j - 1, KW_occupation) || kw(c, j - 1, KW_revolution) ||
                           (e->rank_from < j && kw(c, e->rank_from, KW_world))))
      return;
    date_claim(c, e, p, span_at(c, j + 1));
    return;
  }
  /* `the Treaty of Pressburg of 26 December 1805`: an act of several
   * words dated by its day (a year, `the Constitution of 1812`, names
   * one of many) */
  if (e->head == AS_HEAD_ACT && kw(c, j, KW_of) && date_span_at(c, j + 1) && e->to - e->rank_from > 1 &&
      span_at(c, j + 1)->m->normalized.len == 10) {
    date_claim(c, e, AS_P_DATE, span_at(c, j + 1));
    return;
  }
  /* `The Battle of Rostov (1941) was fought from 17 November`: the
   * bracket of the article's title, part of its name, not its date */
  if (punct(c, j, '(') && own_disambiguator(c, e, j)) {
    while (j < c->n && !punct(c, j, ')'))
      j++;
    j++;
  }
  /* `the Battle of Keren (1 April 1941)`; not a list of works (`Attack
   * (1956), Battle of the Bulge (1965)`) */
  if (punct(c, j, '(') &&
      date_span_at(c, j + 1) && e->head == AS_HEAD_OCCURRENCE && bracketed_years(c) < 3) {
    as_span *d = span_at(c, j + 1);
    if (d->to < c->n && c->t[d->to].kind == AS_TK_PUNCT && c->text.ptr[c->t[d->to].start] == ')')
      date_claim(c, e, AS_P_DATE, d);
    return;
  }
  if (is_comma(c, j)) {
    /* `The Battle of the Java Sea was a battle of the Pacific campaign of
     * the Second World War, fought on 27 February 1942`: the battle the
     * sentence opens on was fought, not the war its phrase ends on */
    uint32_t b = e->rank_from > 0 && kw(c, e->rank_from - 1, KW_the) ? e->rank_from - 1 : e->rank_from;
    as_span *o = span_at(c, kw(c, 0, KW_the) ? 1 : 0);
    /* (past a bracket of other names: `The Battle of Kolombangara
     * (Korongabara-oki Kaisen) was`) */
    uint32_t ov = o ? o->to : 0;
    if (o && punct(c, ov, '(')) {
      while (ov < c->n && ov < o->to + 12 && !punct(c, ov, ')'))
        ov++;
      ov++;
    }
    if (b > 0 && kw(c, b - 1, KW_of) && o && o != e && o->m && o->kind == AS_MENTION_EVENT &&
        !o->possessive && (kw(c, ov, KW_was) || kw(c, ov, KW_is) || kw(c, ov, KW_were)))
      e = o;
    /* `The Battle of Morotai, part of the Pacific War, began on D`: the
     * comma closes the apposition, and the verb is the battle's */
    if (b >= 2 && kw(c, b - 1, KW_of) && kw(c, b - 2, KW_part) && o != e)
      return;
    if (appositive_date(c, e, j + 1))
      return;
  }
  /* `the British launched Operation Compass` after `On 8 December` */
  if (e->rank_from > 0 && (kw(c, e->rank_from - 1, KW_launched) || kw(c, e->rank_from - 1, KW_began))) {
    /* (the date that opens the verb's own clause: `On 16-17 March, XXX
     * Corps took outposts ... and on the night of 20/21 March began
     * Operation Pugilist`) */
    as_span *d0 = clause_opening_date(c, e->rank_from - 1);
    /* (past the clause's subject: `, and on 23 March Montgomery's forces
     * began Operation Plunder`) */
    for (uint32_t k = e->rank_from - 1; !d0 && k > 1 && k + 8 > e->rank_from && !is_comma(c, k - 1) &&
                                        c->t[k - 1].kind != AS_TK_PUNCT;
         k--)
      if (span_at(c, k - 1) && span_at(c, k - 1)->kind == AS_MENTION_DATE)
        d0 = clause_opening_date(c, k);
    if (!d0)
      d0 = opening_date(c, e->from);
    if (d0)
      date_claim(c, e, AS_P_START_DATE, d0);
    return;
  }
  if (!event_is_subject(c, e))
    return;
  /* `On 22 September, five days after the Battle of Antietam, Lincoln
   * issued`: a time the event measures, with no verb of its own */
  uint32_t e0 = e->rank_from > 0 && kw(c, e->rank_from - 1, KW_the) ? e->rank_from - 1 : e->rank_from;
  if (e0 > 0 && (kw(c, e0 - 1, KW_after) || kw(c, e0 - 1, KW_before) || kw(c, e0 - 1, KW_since) ||
                 kw(c, e0 - 1, KW_until)) &&
      (is_comma(c, j) || j >= c->n || punct(c, j, '.')))
    return;
  /* `The Battle of Ramree Island (also called Operation Matador) was
   * fought from`: past a bracket of other names (no date in it) */
  if (punct(c, j, '(')) {
    uint32_t k = j + 1;
    bool dated = false;
    while (k < c->n && k < j + 14 && !punct(c, k, ')')) {
      dated = dated || date_span_at(c, k);
      k++;
    }
    if (punct(c, k, ')') && !dated && k + 1 < c->n && c->t[k + 1].kind == AS_TK_WORD && !c->t[k + 1].cap)
      j = k + 1;
  }
  /* `..., favorable to Spain, was signed on 27 January 1865`; `took place on` */
  if (is_comma(c, j)) {
    uint32_t k = j + 1;
    while (k < c->n && k < j + 10 && !is_comma(c, k))
      k++;
    if (is_comma(c, k))
      j = k + 1;
  }
  uint32_t verb = c->n;
  /* `The Siege of Eastport by the Parliamentarian army under Sir John
   * Carter began`: a phrase of its agent first (no clause of its own) */
  uint32_t reach = kw(c, j, KW_by) || kw(c, j, KW_under) || kw(c, j, KW_against) ? j + 12 : j + 4;
  for (uint32_t k = j; k < c->n && k < reach; k++) {
    if (k >= j + 4 && (c->t[k].kind != AS_TK_WORD || kw(c, k, KW_which) || kw(c, k, KW_who) || kw(c, k, KW_that) ||
                       kw(c, k, KW_and)))
      break;
    if (among(c, k, &sets.event_verbs)) {
      verb = k;
      break;
    }
  }
  /* `The Battle of the Denmark Strait was a naval engagement on 24 May
   * 1941`; `Battle of Borowa Góra (Bitwa pod Borową Górą) refers to the
   * series of battles from 2 to 5 September 1939` */
  if (verb == c->n && punct(c, j, '(')) {
    uint32_t k = j + 1;
    while (k < c->n && k < j + 12 && !punct(c, k, ')') && !span_at(c, k))
      k++;
    if (punct(c, k, ')'))
      j = k + 1;
  }
  bool is_a = (kw(c, j, KW_was) || kw(c, j, KW_is)) && (kw(c, j + 1, KW_a) || kw(c, j + 1, KW_an));
  bool refers = (kw(c, j, KW_refers) || kw(c, j, KW_refer)) && kw(c, j + 1, KW_to) &&
                (kw(c, j + 2, KW_a) || kw(c, j + 2, KW_the));
  if (verb == c->n && (is_a || refers)) {
    /* `was a battle of the Italian campaign that took place from`; not
     * `a campaign of the war that began in 1939`: the war's date */
    uint32_t end = j + 9;
    for (uint32_t k = j + (refers ? 3 : 2); k < c->n && k < end; k++) {
      if (c->t[k].kind != AS_TK_WORD)
        break;
      if (kw(c, k, KW_that) || kw(c, k, KW_which)) {
        if (!(kw(c, k + 1, KW_took) && kw(c, k + 2, KW_place)) && !(kw(c, k + 1, KW_was) && kw(c, k + 2, KW_fought)))
          break;
        end = k + 4;
      }
      if ((kw(c, k, KW_on) || kw(c, k, KW_in) || kw(c, k, KW_from) || kw(c, k, KW_between)) &&
          date_span_at(c, k + 1)) {
        if (!from_date_claim(c, e, k + 1))
          date_claim(c, e, AS_P_DATE, span_at(c, k + 1));
        return;
      }
    }
    return;
  }
  if (verb == c->n)
    return;
  /* `was to be launched on 5 June 1944, but`, `was scheduled to begin`,
   * `was originally planned to start`: a plan, not when it happened */
  for (uint32_t k = j; k < verb; k++)
    if (kw(c, k, KW_to) || kw(c, k, KW_planned) || kw(c, k, KW_scheduled) || kw(c, k, KW_intended) ||
        kw(c, k, KW_expected) || kw(c, k, KW_due) || kw(c, k, KW_originally))
      return;
  as_property p = event_property(c, verb, e);
  /* `began on 11 May`, `was fought in the South Atlantic on 13 December
   * 1939`, `began at 05:45 on 23 May`: a place or a time may come first;
   * not past a clause's end or a date of another event (`after the fall
   * of Tobruk on 21 June`) */
  for (uint32_t k = verb + 1; k < c->n && k < verb + 12; k++) {
    if (is_comma(c, k) || punct(c, k, ';') || punct(c, k, '(') || kw(c, k, KW_and) || kw(c, k, KW_but) ||
        kw(c, k, KW_after) || kw(c, k, KW_before) || kw(c, k, KW_following) || kw(c, k, KW_until) ||
        kw(c, k, KW_which) || kw(c, k, KW_who) || kw(c, k, KW_while) || kw(c, k, KW_when) || kw(c, k, KW_since))
      break;
    /* `at 05:45 on 23 May 1944`: a time opens the date */
    bool timed = date_span_at(c, k) && kw(c, k - 1, KW_at) && c->t[k].kind == AS_TK_TIME;
    /* far from the verb, only `on` a day, or `in` a year that ends the
     * clause after a place phrase with no verb of its own (`was fought on
     * the dunes near the village in 1810`; not `near the fort built in
     * 1790`) */
    if (date_span_at(c, k) && k > verb + 4 && !kw(c, k - 1, KW_on) && !timed) {
      bool last = kw(c, k - 1, KW_in) && (span_at(c, k)->to >= c->n || c->t[span_at(c, k)->to].kind == AS_TK_PUNCT ||
                                          is_comma(c, span_at(c, k)->to));
      for (uint32_t q = verb + 1; q < k && last; q++)
        last = !past_form(c, q) && !(c->t[q].kind == AS_TK_WORD && c->t[q].cap && !span_at(c, q)) &&
               !kw(c, q, KW_built) && !kw(c, q, KW_made) && !kw(c, q, KW_taken) && !kw(c, q, KW_held) &&
               !kw(c, q, KW_won) && !kw(c, q, KW_known) && !kw(c, q, KW_begun) && !kw(c, q, KW_rebuilt) &&
               !kw(c, q, KW_that) && !kw(c, q, KW_where);
      if (!last)
        break;
    }
    if (date_span_at(c, k) && (kw(c, k - 1, KW_on) || kw(c, k - 1, KW_in) || timed ||
                               (p == AS_P_DATE && (kw(c, k - 1, KW_between) || kw(c, k - 1, KW_from))))) {
      if (p != AS_P_DATE || !from_date_claim(c, e, k))
        date_claim(c, e, p, span_at(c, k));
      return;
    }
  }
  /* `On July 10, 1883, the battle of Huamachuco took place` */
  as_span *d0 = opening_date(c, e->from);
  if (d0)
    date_claim(c, e, p, d0);
}

/* `fighting on November 19, in the Battle of San Francisco` */
/* `On 10 July 1883, Colonel Gorostiaga defeated Cáceres at the Battle of
 * Huamachuco`: after the date that opens the sentence, a fight told in
 * its clause at a named battle; the `at` or `in` before the battle, or 0. */
static uint32_t fight_at(const sent *c, const as_span *d) {
  if (opening_date(c, c->n) != d)
    return 0;
  bool fight = false;
  for (uint32_t k = d->to; k + 1 < c->n; k++) {
    if (punct(c, k, ';') || kw(c, k, KW_which) || kw(c, k, KW_who) || kw(c, k, KW_while) || kw(c, k, KW_when) ||
        kw(c, k, KW_after) || kw(c, k, KW_before) || kw(c, k, KW_since))
      return 0;
    if (kw(c, k, KW_defeated) || kw(c, k, KW_fought) || kw(c, k, KW_won) || kw(c, k, KW_lost) ||
        kw(c, k, KW_routed) || kw(c, k, KW_beaten) || kw(c, k, KW_clashed) || kw(c, k, KW_engaged) ||
        kw(c, k, KW_repulsed))
      fight = true;
    else if (fight && (kw(c, k, KW_at) || kw(c, k, KW_in)))
      return k;
  }
  return 0;
}

static void date_in_event(sent *c, as_span *d) {
  uint32_t j = d->to;
  if (is_comma(c, j))
    j++;
  if (!kw(c, j, KW_in) && !kw(c, j, KW_at) && !(j = fight_at(c, d)))
    return;
  j++;
  if (kw(c, j, KW_the))
    j++;
  as_span *e = span_at(c, j);
  /* a battle lasts days: the date is its date; not a war's (`on 24 May
   * 1941 in the Second World War`) */
  bool short_event = false;
  if (e && e->from == j)
    for (uint32_t k = e->from; k < e->to && !short_event; k++)
      short_event = kw(c, k, KW_battle) || kw(c, k, KW_siege) || kw(c, k, KW_action) || kw(c, k, KW_attack) ||
                    kw(c, k, KW_raid) || kw(c, k, KW_landing) || kw(c, k, KW_bombing) || kw(c, k, KW_massacre);
  if (e && short_event && named(e, AS_MENTION_EVENT) && d->m->normalized.len) {
    as_claim *cl = prose_claim(c, e->canon, AS_P_DATE, e->from);
    value_span(cl, d);
    set_date(cl, d);
  }
}

/* ---- births and deaths ---- */

/* The person joined by `and` before the subject who of the verb at v
 * (`Hitler and Braun committed suicide`: Hitler), or NULL. */
static as_span *coordinated_person(sent *c, as_slice who, uint32_t v) {
  as_span *x = NULL;
  for (uint32_t j = 0; j < c->s->nspans; j++) {
    as_span *sp = &c->s->spans[j];
    if (sp->to <= v && named(sp, AS_MENTION_PERSON) && sp->canon.ptr == who.ptr && sp->canon.len == who.len)
      x = sp;
  }
  if (!x || x->rank_from < 2 || !kw(c, x->rank_from - 1, KW_and))
    return NULL;
  as_span *y = span_at(c, x->rank_from - 2);
  if (!y || !named(y, AS_MENTION_PERSON) || y->possessive || y->canon.ptr == who.ptr)
    return NULL;
  /* the pair opens its clause: `..., X and Y died`, not `X's son and Y` */
  uint32_t b = y->rank_from;
  /* (or after the date the sentence opens with: `On 27 March 1968
   * Gagarin and Vladimir Seryogin died`) */
  const as_span *d = b > 0 ? span_at(c, b - 1) : NULL;
  if (b > 0 && !is_comma(c, b - 1) && !among(c, b - 1, &sets.clause_breaks) &&
      !(d && d->kind == AS_MENTION_DATE && d->to == b && d == opening_date(c, v)))
    return NULL;
  return y;
}

/* `claimed to have been born in 1910`, `was reported to have died`, `may
 * have died`, `allegedly born`: a birth or a death told as hearsay or a
 * guess is no fact to check. v is the verb. */
static bool hedged(const sent *c, uint32_t v) {
  uint32_t k = v;
  if (k > 0 && kw(c, k - 1, KW_been))
    k--;
  if (k > 1 && kw(c, k - 1, KW_have) &&
      (kw(c, k - 2, KW_to) || kw(c, k - 2, KW_may) || kw(c, k - 2, KW_might) || kw(c, k - 2, KW_could)))
    return true;
  for (uint32_t j = v > 2 ? v - 2 : 0; j < v; j++)
    if (kw(c, j, KW_reportedly) || kw(c, j, KW_allegedly) || kw(c, j, KW_supposedly) || kw(c, j, KW_probably) ||
        kw(c, j, KW_possibly) || kw(c, j, KW_perhaps) || kw(c, j, KW_rumoured) || kw(c, j, KW_rumored) ||
        kw(c, j, KW_nearly) || kw(c, j, KW_almost)) /* `caught typhus and nearly died` */
      return true;
  /* `she believed, and later claimed, that she had been born on 14 July`:
   * what somebody said or believed, not the text's own statement */
  for (uint32_t j = v > 8 ? v - 8 : 0; j < v; j++) {
    if (!kw(c, j, KW_that))
      continue;
    for (uint32_t q = j; q-- > 0 && q + 6 > j;)
      if (kw(c, q, KW_claimed) || kw(c, q, KW_believed) || kw(c, q, KW_insisted) || kw(c, q, KW_maintained) ||
          kw(c, q, KW_asserted) || kw(c, q, KW_alleged) || kw(c, q, KW_thought) || kw(c, q, KW_said) ||
          kw(c, q, KW_argued) || kw(c, q, KW_suggested) || kw(c, q, KW_rumoured) || kw(c, q, KW_speculated))
        return true;
  }
  return false;
}

/* Whether the comma before the verb at v closes a name set apart itself
 * (`two daughters: Marlene, born`, `a son, Herbert, born`, `, and
 * Beverly, born`, `their first child, Victoria, Princess Royal, was
 * born`), so that the verb is that name's. */
static bool appositive_name(const sent *c, uint32_t v) {
  if (v >= 1 && (kw(c, v - 1, KW_was) || kw(c, v - 1, KW_were)))
    v--; /* `Their first child, Victoria, Princess Royal, was born` */
  if (v < 3 || !is_comma(c, v - 1))
    return false;
  uint32_t k = v - 1;
  while (k > 0 && c->t[k - 1].kind == AS_TK_WORD && c->t[k - 1].cap)
    k--;
  if (k == v - 1 || k == 0)
    return false;
  return is_comma(c, k - 1) || punct(c, k - 1, ':') || (kw(c, k - 1, KW_and) && k >= 2 && is_comma(c, k - 2));
}

/* Whether the verb at v is the second of two joined by `and` (`married
 * X in 1878 and died`, `and later died`), with a person between. */
static bool coordinated_verb(sent *c, uint32_t v) {
  uint32_t k = v;
  while (k > 0 && c->t[k - 1].kind == AS_TK_WORD && adverb(c, k - 1))
    k--;
  /* `, and in June 1947 became`: the verb's own date between */
  as_span *d = k > 0 ? span_at(c, k - 1) : NULL;
  if (d && d->kind == AS_MENTION_DATE && d->to == k && d->from >= 2 &&
      (kw(c, d->from - 1, KW_in) || kw(c, d->from - 1, KW_on) || kw(c, d->from - 1, KW_by)))
    k = d->from - 1;
  if (k < 3 || !kw(c, k - 1, KW_and))
    return false;
  /* not `Hitler and Braun committed suicide`: a name right before `and`
   * whose own verb is this one */
  as_span *x = span_at(c, k - 2);
  if (x && named(x, AS_MENTION_PERSON) && (x->rank_from == 0 || is_comma(c, x->rank_from - 1)))
    return false;
  /* (not `under Pachas, who was caught in 1882 and executed`: the who's;
   * a clause of 40 words at most is looked at) */
  uint32_t from = k > 40 ? k - 40 : 0;
  for (uint32_t j = k; j > from; j--)
    if (punct(c, j - 1, ';')) /* `...; Bonnet was tried ... and executed`: its own clause */
      from = j;
  bool person = false;
  for (uint32_t j = from; j < k; j++) {
    if (kw(c, j, KW_who) || kw(c, j, KW_which))
      return false;
    /* `The elder Scoresby retired to Whitby, while the younger spent his
     * last years at Torquay and died there`: a clause of its own subject */
    if (j > 0 && is_comma(c, j - 1) &&
        (kw(c, j, KW_while) || kw(c, j, KW_whereas) || kw(c, j, KW_although) || kw(c, j, KW_but)))
      person = false;
    as_span *sp = span_at(c, j);
    person = person || (sp && sp->from == j && sp->to < k && named(sp, AS_MENTION_PERSON)) ||
             /* `After the war he was tried ... and executed`; a pronoun
              * the sentence names nobody for (not `Their first child,
              * Victoria, ...; she married ... and died`) */
             ((j > from || from == 0) && (kw(c, j, KW_he) || kw(c, j, KW_she)) && !span_in(c, 0, j, AS_MENTION_PERSON));
  }
  return person;
}

/* The person or he/she that opens the sentence, or its clause after an
 * opening date and comma. */
static bool opening_subject(sent *c, uint32_t v, as_slice *out) {
  /* the clause the verb is in: `...; Bonnet was tried ... and executed` */
  uint32_t k0 = 0;
  for (uint32_t j = v; j > 0 && !k0; j--)
    if (punct(c, j - 1, ';'))
      k0 = j;
  uint32_t k = k0;
  as_span *d = span_at(c, k);
  if (d && d->kind == AS_MENTION_DATE)
    k = d->to;
  else if (among(c, k0, &sets.prepositions) && (d = span_at(c, k0 + 1)) && d->kind == AS_MENTION_DATE)
    k = d->to;
  else if (k0 + 1 < c->n && c->t[k0].kind == AS_TK_WORD && is_comma(c, k0 + 1) && !span_at(c, k0))
    k = k0 + 1; /* `Surrounded, Mason told ...` */
  else if (k0 < c->n && c->t[k0].kind == AS_TK_WORD && !span_at(c, k0) &&
           (as_slice_ends(as_tok_text(c->text, &c->t[k0]), "ing") || past_form(c, k0))) {
    /* `Leaving a garrison behind, Bonnier set out`, `Suspected of
     * complicity in the 20 July plot, he was given`: a participle's
     * phrase of lower-case words, and of dates, places and events */
    uint32_t j = k0 + 1;
    while (j < v && j < k0 + 14) {
      const as_span *sp = span_at(c, j);
      if (sp && sp->from == j && sp->m &&
          (sp->kind == AS_MENTION_PLACE || sp->kind == AS_MENTION_DATE || sp->kind == AS_MENTION_EVENT))
        j = sp->to;
      else if (c->t[j].kind == AS_TK_WORD && !c->t[j].cap)
        j++;
      else
        break;
    }
    if (is_comma(c, j))
      k = j;
  }
  else if (k0 + 1 < c->n && c->t[k0].kind == AS_TK_WORD && adverb(c, k0) &&
           (kw(c, k0 + 1, KW_he) || kw(c, k0 + 1, KW_she)))
    k = k0 + 1; /* `Later he took poison and died` */
  else if (among(c, k0, &sets.prepositions)) {
    /* `After the war he was tried`: a short phrase of lower-case words,
     * and of places and dates (`On his way home to Russia he fell ill`) */
    uint32_t j = k0 + 1;
    while (j < v && j < k0 + 10 && !kw(c, j, KW_he) && !kw(c, j, KW_she)) {
      const as_span *sp = span_at(c, j);
      if (sp && sp->from == j && (sp->kind == AS_MENTION_PLACE || sp->kind == AS_MENTION_DATE))
        j = sp->to;
      else if (c->t[j].kind == AS_TK_WORD && !c->t[j].cap && j < k0 + 5)
        j++;
      else
        break;
    }
    if (kw(c, j, KW_he) || kw(c, j, KW_she))
      k = j;
  }
  if (k > k0 && is_comma(c, k))
    k++;
  /* `The humanist John Vane (1493–1540) lived ... and died` */
  if (kw(c, k, KW_the) || kw(c, k, KW_a) || kw(c, k, KW_an)) {
    uint32_t j = k + 1;
    while (j < v && j < k + 4 && c->t[j].kind == AS_TK_WORD && !c->t[j].cap)
      j++;
    as_span *x = j > k + 1 ? span_at(c, j) : NULL;
    if (x && x->rank_from == j && named(x, AS_MENTION_PERSON))
      k = j;
  }
  if (k >= v)
    return false;
  /* (a he or a she after a semicolon is the clause's before, which may be
   * a name set apart: `Their first child, Victoria, ...; she married`) */
  if ((kw(c, k, KW_he) || kw(c, k, KW_she)) && k0 == 0)
    return pronoun(c, k, out);
  as_span *x = span_at(c, k);
  if (!x || x->rank_from != k || !named(x, AS_MENTION_PERSON) || x->possessive)
    return false;
  *out = x->canon;
  return true;
}

/* Whether the sentence names who before v as no person (an army, a
 * fleet, a place), and never as one. */
static bool unit_named(const sent *c, as_slice who, uint32_t v) {
  bool other = false;
  for (uint32_t j = 0; j < c->s->nspans; j++) {
    const as_span *sp = &c->s->spans[j];
    if (sp->from >= v || !sp->is_name || !sp->m || !as_slice_eq(sp->canon, who))
      continue;
    if (sp->kind == AS_MENTION_PERSON)
      return false;
    other = true;
  }
  return other;
}

/* `Ainola, his home in Järvenpää`, `Ainola in Järvenpää`, `The Knoll, a
 * house at Ambleside`: where the
 * article says the place named is, in any of its sentences (the place
 * after `in`, at most four words after the name, no full stop between);
 * empty if none says. For a place of birth or death said alone, which
 * the infobox may name at a larger scale. */
/* `died at his flat in Arbins gate in Christiania`, `at his home in
 * Baker Street`: a street is an address within the place the sentence
 * names next, not a place of birth or death of its own */
static bool street_address(const sent *c, const as_span *sp) {
  static const uint16_t streets[] = {KW_street, KW_road, KW_avenue, KW_lane, KW_boulevard,
                                     KW_gate, KW_gata, KW_gasse, KW_strasse, AS_KW_END};
  for (const uint16_t *w = streets; *w != AS_KW_END; w++)
    if (kw(c, sp->to - 1, *w) || (sp->to < c->n && c->t[sp->to].lower && kw(c, sp->to, *w)))
      return true;
  return false;
}

static as_slice place_within(const facts *f, as_slice place) {
  for (size_t k = 0; k < f->p->n; k++) {
    const as_sent *s = &f->p->v[k];
    for (uint32_t i = 0; i < s->nspans; i++) {
      const as_span *sp = &s->spans[i];
      if (sp->kind != AS_MENTION_PLACE || !sp->m || !as_slice_eq(sp->m->normalized, place))
        continue;
      /* `Ainola in`, or an apposition: `Ainola, his home in`, `Ainola, a villa in` */
      uint32_t j = sp->to;
      if (j + 1 < s->ntoks && s->toks[j].kind == AS_TK_COMMA) {
        static const int opens[] = {KW_his, KW_her, KW_their, KW_its, KW_the, KW_a, KW_an};
        bool apposition = false;
        for (size_t o = 0; o < sizeof opens / sizeof *opens; o++)
          apposition = apposition || s->toks[j + 1].kw == opens[o];
        if (!apposition)
          continue;
        for (uint32_t lim = j + 5; j < s->ntoks && j < lim && s->toks[j].kw != KW_in && s->toks[j].kw != KW_at &&
                                   (j == sp->to || (s->toks[j].kind == AS_TK_WORD && !s->toks[j].cap));
             j++)
          ;
      }
      if (j + 1 >= s->ntoks || (s->toks[j].kw != KW_in && s->toks[j].kw != KW_at))
        continue;
      for (uint32_t q = i + 1; q < s->nspans; q++)
        if (s->spans[q].from == j + 1 && s->spans[q].m &&
            (s->spans[q].kind == AS_MENTION_PLACE))
          return s->spans[q].m->normalized;
    }
  }
  return AS_SLICE_NULL;
}

/* The age a death's clause states, in whole years: `died in London on
 * 14 May 1901, aged 47`, `died ... at the age of sixty-two`, `died at
 * age 69`, `At the age of 47, he died`, `died ...; he was 44 years old`;
 * -1 if none. *from and *to are the
 * tokens of the age's words. Not a span of ages (`aged 14–17`), nor an
 * infant's months or days, nor past the clause (`, and`, `who`, `but`, a
 * semicolon). */
/* `; he was`, `; Rooks was` after the semicolon at k. */
static bool semicolon_was(const sent *c, uint32_t k) {
  const as_span *x = span_at(c, k + 1);
  if (named(x, AS_MENTION_PERSON) && x->rank_from == k + 1)
    return kw(c, x->to, KW_was);
  return (kw(c, k + 1, KW_he) || kw(c, k + 1, KW_she)) && kw(c, k + 2, KW_was);
}

static int death_age(const sent *c, uint32_t v, uint32_t *from, uint32_t *to) {
  uint32_t k = v + 1, end = c->n < v + 30 ? c->n : v + 30;
  /* `At the age of 47, he died`, `Aged 47, she died`: the opening's */
  if ((kw(c, 0, KW_at) || kw(c, 0, KW_aged)) && v < 12)
    k = 0;
  for (; k < end; k++) {
    /* (past a semicolon only to `; he was 44 years old`: not `; Felix
     * died at the age of 24`, another's) */
    if (k > v && ((punct(c, k, ';') && !semicolon_was(c, k)) || kw(c, k, KW_who) || kw(c, k, KW_which) || kw(c, k, KW_but) ||
                  (kw(c, k, KW_and) && is_comma(c, k - 1))))
      break;
    if (k == v)
      continue;
    uint32_t num = 0;
    /* `died there ...; he was 44 years old` */
    /* (`; Rooks was 48 years old`: the name again) */
    const as_span *again = span_at(c, k);
    bool name = named(again, AS_MENTION_PERSON) && again->rank_from == k;
    uint32_t w = name ? again->to - 1 : k;
    if (k > v && (kw(c, k, KW_he) || kw(c, k, KW_she) || name) &&
        punct(c, k - 1, ';') && kw(c, w + 1, KW_was) && w + 2 < c->n && c->t[w + 2].kind == AS_TK_NUM &&
        kw(c, w + 3, KW_years) && kw(c, w + 4, KW_old))
      num = w + 2;
    else if (kw(c, k, KW_aged))
      num = k + 1;
    else if (kw(c, k, KW_at) && kw(c, k + 1, KW_the) && kw(c, k + 2, KW_age) && kw(c, k + 3, KW_of))
      num = k + 4;
    else if (kw(c, k, KW_at) && kw(c, k + 1, KW_only) && k + 2 < c->n && c->t[k + 2].kind == AS_TK_NUM &&
             !date_span_at(c, k + 2) && (k + 3 >= c->n || c->t[k + 3].kind == AS_TK_PUNCT || is_comma(c, k + 3) ||
                                    kw(c, k + 3, KW_years)))
      num = k + 2; /* `died in Stockholm at only 41` */
    /* `aged only 39`, `at the age of just 41` */
    if (num && num < c->n && (kw(c, num, KW_only) || kw(c, num, KW_just)))
      num++;
    else if (kw(c, k, KW_at) && kw(c, k + 1, KW_age))
      num = k + 2;
    if (!num || num >= c->n)
      continue;
    double age = -1;
    uint32_t after = num;
    const as_tok *t = &c->t[num];
    if (t->kind == AS_TK_NUM) {
      size_t len = t->end - t->start;
      const char *p = c->text.ptr + t->start;
      age = 0;
      for (size_t i = 0; i < len && age >= 0; i++)
        age = isdigit((unsigned char)p[i]) && len <= 3 ? age * 10 + (p[i] - '0') : -1;
      after = num + 1;
    } else {
      size_t n = as_number_words(c->t, c->n, num, &age);
      after = num + (uint32_t)n;
      if (!n)
        age = -1;
    }
    if (age < 0 || age > 130 || (k < v && (after >= v || !is_comma(c, after))))
      return -1;
    /* `aged 14–17`, `at the age of 3 months` */
    if ((after < c->n && c->t[after].kind == AS_TK_DASH) || kw(c, after, KW_months) || kw(c, after, KW_month) ||
        kw(c, after, KW_weeks) || kw(c, after, KW_days) || kw(c, after, KW_or) || kw(c, after, KW_to))
      return -1;
    *from = k;
    *to = after;
    return (int)age;
  }
  return -1;
}

/* `Estancia Harberton, where Thomas Bridges died`: the capitalised words
 * right before a `where` shortly before the verb at v name a place,
 * though no list knows it (not a person's or a body's name, not the
 * sentence's opening word alone); empty if none. */
static as_slice where_name(const sent *c, uint32_t v) {
  for (uint32_t j = v > 6 ? v - 6 : 1; j < v; j++) {
    if (!kw(c, j, KW_where) || !is_comma(c, j - 1))
      continue;
    uint32_t e = j - 1, b = e;
    bool spanned = false;
    for (uint32_t s = 0; s < c->s->nspans; s++)
      if (c->s->spans[s].to == e && c->s->spans[s].from < e) {
        const as_span *sp = &c->s->spans[s];
        if (sp->m || !sp->is_name) /* a person's or a body's name; a place's is read already */
          return AS_SLICE_NULL;
        b = kw(c, sp->from, KW_the) ? sp->from + 1 : sp->from;
        spanned = true;
      }
    while (!spanned && b > 0 && e - b < 5 && c->t[b - 1].kind == AS_TK_WORD && c->t[b - 1].cap &&
           !kw(c, b - 1, KW_the) && !span_at(c, b - 1))
      b--;
    if (b >= e || (b == 0 && e == 1))
      return AS_SLICE_NULL;
    return as_slice_make(c->text.ptr + c->t[b].start, c->t[e - 1].end - c->t[b].start);
  }
  return AS_SLICE_NULL;
}

/* The dot of an initial (`D.C.`, `St. Louis`): no end of a clause. */
static bool initial_dot(const sent *c, uint32_t k) {
  return punct(c, k, '.') && k > 0 && !c->t[k].space_before && c->t[k - 1].kind == AS_TK_WORD && c->t[k - 1].cap &&
         c->t[k - 1].end - c->t[k - 1].start <= 2;
}

/* True if the name sp is one of a list of relatives (`twin daughters,
 * Eliza and Harriet`, `their children Anna and John`). */
static bool listed_relative(const sent *c, const as_span *sp) {
  static const uint16_t relatives[] = {KW_daughters, KW_sons, KW_children, KW_twins, KW_brothers, KW_sisters,
                                       KW_siblings, KW_daughter, KW_son, AS_KW_END};
  uint32_t k = sp->rank_from;
  bool listed = false;
  while (k > 0 && sp->rank_from - k < 12) {
    if (kw(c, k - 1, KW_and) || is_comma(c, k - 1)) {
      listed = listed || kw(c, k - 1, KW_and);
      k--;
      continue;
    }
    const as_span *x = span_at(c, k - 1);
    if (x && x->is_name && x->rank_from < k) {
      k = x->rank_from;
      continue;
    }
    if (c->t[k - 1].kind == AS_TK_WORD && c->t[k - 1].cap && !x) {
      k--; /* a given name no mention took (`Eliza`) */
      continue;
    }
    for (const uint16_t *r = relatives; *r != AS_KW_END; r++)
      if (kw(c, k - 1, *r))
        return listed || k == sp->rank_from || (k + 1 == sp->rank_from && is_comma(c, k));
    return false;
  }
  return false;
}

/* `George Sand (born Amantine Lucile Aurore Dupin)`: `born` before a name
 * that is no place tells the name given at birth; with no date in its
 * phrase it dates no birth (`born Samuel Clemens on 30 November 1835`
 * does). */
static bool birth_name(const sent *c, uint32_t v) {
  if (v + 1 >= c->n || c->t[v + 1].kind != AS_TK_WORD || !c->t[v + 1].cap)
    return false;
  as_span *x = span_at(c, v + 1);
  if (x && (x->kind == AS_MENTION_PLACE || x->kind == AS_MENTION_DATE))
    return false;
  for (uint32_t k = v + 1; k < c->n && !is_comma(c, k) && c->t[k].kind != AS_TK_PUNCT; k++)
    if (date_span_at(c, k))
      return false;
  return true;
}

/* The person a kin phrase whose object is sp is set beside (`Antonio
 * Machado (1875–1939), poet, the younger brother of Manuel`), or NULL
 * when sp is no kin's object or nobody stands before the phrase with
 * only brackets and lowercase words between. */
static as_span *kin_apposed(const sent *c, const as_span *sp) {
  if (sp->from < 3 || !kw(c, sp->from - 1, KW_of) || !kin_word_sex(c, sp->from - 2))
    return NULL;
  uint32_t k = sp->from - 2;
  while (k > 0 && c->t[k - 1].kind == AS_TK_WORD && !c->t[k - 1].cap)
    k--;
  if (k == 0 || !is_comma(c, k - 1))
    return NULL;
  int open = 0;
  for (uint32_t j = k - 1; j-- > 0;) {
    as_span *x = span_at(c, j);
    if (x && open == 0 && x->to == j + 1 && x->kind != AS_MENTION_DATE)
      return named(x, AS_MENTION_PERSON) ? x : NULL;
    if (x && x->from < j)
      j = x->from;
    else if (punct(c, j, ')'))
      open++;
    else if (punct(c, j, '(') && open > 0)
      open--;
    else if (open == 0 && !is_comma(c, j) && (c->t[j].kind != AS_TK_WORD || c->t[j].cap || past_form(c, j)))
      return NULL;
  }
  return NULL;
}

static void life_event(sent *c, uint32_t v, bool death) {
  as_slice who;
  uint32_t at = v;
  if (hedged(c, v) || (!death && birth_name(c, v)))
    return;
  /* `a Mexican-born merchant`, `her first-born son`: an adjective */
  if (v > 0 && c->t[v - 1].kind == AS_TK_DASH && !c->t[v].space_before)
    return;
  /* the comma before the verb, or before its `was` */
  uint32_t comma = v;
  if (v >= 3 && (kw(c, v - 1, KW_was) || kw(c, v - 1, KW_were)) && is_comma(c, v - 2))
    comma = v - 2;
  else if (v >= 2 && is_comma(c, v - 1))
    comma = v - 1;
  as_span *appos = comma < v && comma >= 1 ? span_at(c, comma - 1) : NULL;
  /* `His uncle, Joseph Bonaparte, was born`: set apart on both sides */
  if (appos && comma < v - 1 && (appos->rank_from == 0 || !is_comma(c, appos->rank_from - 1)))
    appos = NULL;
  /* `and Wilhelm, known as Bill, born on 1 August 1852`: the born is the
   * name's the nickname is given to, and nobody's when that is no name */
  bool alias = false;
  if (appos && appos->from >= 2 && named(appos, AS_MENTION_PERSON)) {
    uint32_t k = appos->from;
    if (kw(c, k - 1, KW_as) && kw(c, k - 2, KW_known))
      k -= 2;
    else if (kw(c, k - 1, KW_called) || kw(c, k - 1, KW_nicknamed))
      k -= 1;
    if (k < appos->from && k >= 2 && is_comma(c, k - 1)) {
      as_span *given = span_at(c, k - 2);
      if (!given || given->to != k - 1 || !named(given, AS_MENTION_PERSON))
        return;
      appos = given;
      comma = given->to;
      alias = true;
    }
  }
  /* `Antonio Machado (1875–1939), poet, the younger brother of Manuel,
   * born in Seville`: the kin's name is not the one born; the name the
   * kin phrase is set beside is */
  as_span *kin = !death && appos && appos->to == comma ? kin_apposed(c, appos) : NULL;
  if (kin) {
    appos = kin;
    alias = true;
  }
  /* `Sergei Lvovich Tolstoy, born on 10 July 1863; Tatyana ..., born on
   * 4 October 1864`: the name right before the comma is the one born */
  if (alias || (!death && appos && named(appos, AS_MENTION_PERSON) && appos->to == comma && !appos->possessive)) {
    who = appos->canon;
    /* `twin daughters, Eliza and Harriet, born in September`: a child
     * named after the subject is hers, not the subject */
    if (listed_relative(c, appos) && as_slice_eq(who, c->f->a->title))
      who = appos->name;
  } else if (!death && appositive_name(c, v)) {
    /* `a daughter, Marlene, born in 1939, and Beverly, born in 1940`:
     * born is the name's before the comma; not a person's, it is nobody's
     * the sentence names */
    return;
  } else if (!death && v == 0) {
    /* `Born in Sliven, Bulgaria ..., Kristeva is`: the subject comes after;
     * `Born in Srinagar, India, on 21 August 1889, he died`: a pronoun */
    as_span *x = span_in(c, 1, c->n, AS_MENTION_PERSON);
    uint32_t he = 1;
    while (he < c->n && !(is_comma(c, he - 1) && (kw(c, he, KW_he) || kw(c, he, KW_she))))
      he++;
    if (he < c->n && (!x || x->from > he)) {
      if (!pronoun(c, he, &who))
        return;
    } else if (!x) {
      return;
    } else {
      who = x->canon;
    }
  } else if (coordinated_verb(c, v)) {
    /* `Marie married Count Rantzau in 1878 and died in 1926`: the first
     * verb's subject, not its object */
    if (!opening_subject(c, v, &who))
      return;
  } else if (!subject_of(c, v, &who)) {
    /* `Julia Kristeva (Юлия Кръстева; born 24 June 1941)` */
    uint32_t k = v;
    while (k > 0 && c->t[k - 1].kind == AS_TK_PUNCT)
      k--;
    as_span *x = NULL;
    for (uint32_t j = 0; j < c->s->nspans; j++)
      if (c->s->spans[j].to <= v && named(&c->s->spans[j], AS_MENTION_PERSON))
        x = &c->s->spans[j];
    /* the verb inside a bracket still open after the name, or after the
     * name's bracket and its apposition (`- Samuel Foote (1720–1777),
     * dramatist and actor, born in Truro`); not `Jane Miller (born 1970)
     * and 18 other people ...; six people were killed` */
    int open = 0;
    bool apart = false, own = false;
    for (uint32_t j = x ? x->to : v; j < v; j++) {
      open += punct(c, j, '(') ? 1 : punct(c, j, ')') && open > 0 ? -1 : 0;
      /* (not `His mother, X (c. 1876–1979), was a trader, and his father
       * ... died`: a clause of its own, with its own subject) */
      apart = apart || punct(c, j, ';') ||
              (open == 0 && kw(c, j, KW_and) && is_comma(c, j - 1) &&
               (kw(c, j + 1, KW_his) || kw(c, j + 1, KW_her) || kw(c, j + 1, KW_their) || kw(c, j + 1, KW_the))) ||
              /* (nor `Mary of Burgundy (1457–1482), inherited the
               * Netherlands when her father was killed`: the name's verb
               * came before) */
              (open == 0 && j + 1 < v && past_form(c, j) && !span_at(c, j));
      /* (nor `(she had died the year before)`: a subject of its own) */
      own = own || (open > 0 && (kw(c, j, KW_he) || kw(c, j, KW_she) || kw(c, j, KW_they) || kw(c, j, KW_it)));
    }
    if (!x || own || (open == 0 && (!punct(c, x->to, '(') || apart || kw(c, v - 1, KW_were))))
      return;
    who = x->canon;
  }
  /* `Takagi was given command of the Sixth Fleet ... and was killed`: an
   * army or a fleet dies no death; the clause's person, if any, does */
  if (unit_named(c, who, v) && (!opening_subject(c, v, &who) || unit_named(c, who, v)))
    return;
  /* the date: within the clause after the verb */
  as_span *d = NULL, *pl = NULL;
  as_slice pl_text = {0}, within;
  bool purpose = false;
  uint32_t street = 0;
  bool the_city = false; /* `born in the city`, in the city's article */
  /* `Pope John Paul II, who died in 2004, canonized him in Guatemala
   * City`: a relative clause's verb; the main clause's verb after its
   * comma ends what is said of the death */
  bool relative = false;
  for (uint32_t j = v; j > 1 && j + 8 > v && !relative; j--) {
    if (is_comma(c, j - 1))
      break;
    relative = kw(c, j - 1, KW_who) && is_comma(c, j - 2);
  }
  /* `When King Lunalilo died without naming an heir, the legislature
   * elected ... on February 12, 1874`: a clause set under the main one
   * ends at its comma, and the main clause's date is not the death's */
  uint32_t cs = v;
  while (cs > 0 && !is_comma(c, cs - 1) && c->t[cs - 1].kind != AS_TK_PUNCT)
    cs--;
  bool subordinate = kw(c, cs, KW_when) || kw(c, cs, KW_after) || kw(c, cs, KW_before) || kw(c, cs, KW_once) ||
                     kw(c, cs, KW_until) || kw(c, cs, KW_although) || kw(c, cs, KW_though) ||
                     kw(c, cs, KW_because) || kw(c, cs, KW_if);
  for (uint32_t k = v + 1; k < c->n && k < v + 20; k++) {
    /* (`Piérola, who was born in Arequipa, spent his last years in Lima,
     * where he died in 1913`: the main clause's verb after the comma) */
    if (relative && is_comma(c, k) &&
        (past_form(c, k + 1) || (k + 1 < c->n && c->t[k + 1].kind == AS_TK_WORD && c->t[k + 1].lower &&
                                 !among(c, k + 1, &sets.prepositions) && !kw(c, k + 1, KW_the) &&
                                 !kw(c, k + 1, KW_a) && !kw(c, k + 1, KW_an) && !kw(c, k + 1, KW_aged) &&
                                 !kw(c, k + 1, KW_and) && !date_span_at(c, k + 1))))
      break;
    /* (past its own asides: `When he died at Chitambo, in present-day
     * Zambia, on 1 May 1873, at the age of 63, his followers`) */
    if (subordinate && is_comma(c, k) && !date_span_at(c, k + 1) &&
        !(k + 1 < c->n && among(c, k + 1, &sets.prepositions)) && !kw(c, k + 1, KW_aged))
      break;
    /* not `died on 7 December 1907, while Berg was still in London`: a
     * clause of its own (but `killed while fighting inside the town of
     * Leros`, and `died when the destroyer sank in December 1943`) */
    if ((kw(c, k, KW_and) && !(kw(c, k + 1, KW_raised) || kw(c, k + 1, KW_grew))) || kw(c, k, KW_but) ||
        kw(c, k, KW_who) || kw(c, k, KW_which) || (kw(c, k, KW_while) && !gerund(c, k + 1)) ||
        kw(c, k, KW_whereas) || kw(c, k, KW_although) || kw(c, k, KW_because) ||
        (c->t[k].kind == AS_TK_PUNCT && !initial_dot(c, k)) ||
        /* `the same illness that had killed his father in 1785`, `X, born
         * in 1920, is commemorated ... in Chelsea` */
        (kw(c, k, KW_that) && (kw(c, k + 1, KW_had) || kw(c, k + 1, KW_has) || kw(c, k + 1, KW_was) ||
                                kw(c, k + 1, KW_were) || kw(c, k + 1, KW_is) || past_form(c, k + 1))) ||
        (is_comma(c, k) && (kw(c, k + 1, KW_is) || kw(c, k + 1, KW_was) || kw(c, k + 1, KW_were) ||
                            kw(c, k + 1, KW_has) || kw(c, k + 1, KW_had))) ||
        /* `Livingstone, born in 1810, died at Chitambo`: the other verb's;
         * `Rhodes, born in Avignon, lived in the town in the 1620s` */
        (is_comma(c, k) && (kw(c, k + 1, KW_died) || (death && kw(c, k + 1, KW_born)) ||
                            (!death && (past_form(c, k + 1) || kw(c, k + 1, KW_became) ||
                                        kw(c, k + 1, KW_went) || kw(c, k + 1, KW_grew))))))
      break;
    /* `The elder Holbein died in 1524, the younger in London in 1543`:
     * another's death, its verb left out */
    if (is_comma(c, k) && (kw(c, k + 1, KW_the) || kw(c, k + 1, KW_his) || kw(c, k + 1, KW_her)) && k + 3 < c->n &&
        c->t[k + 2].lower && (kw(c, k + 3, KW_in) || kw(c, k + 3, KW_at)))
      break;
    /* `Born in Point Pleasant, Ohio, Grant graduated ... in 1843`: the
     * participle that opens the sentence ends at the comma before its
     * main clause's subject */
    if (v == 0 && is_comma(c, k) &&
        (kw(c, k + 1, KW_he) || kw(c, k + 1, KW_she) ||
         (span_at(c, k + 1) && named(span_at(c, k + 1), AS_MENTION_PERSON))))
      break;
    /* `died at the age of 42, seven years before Cuban independence was
     * achieved in 1902`: a clause of another time (not `died after a long
     * illness in 1902`, nor `when the destroyer sank`: the same time) */
    if (kw(c, k, KW_before) || kw(c, k, KW_after) || kw(c, k, KW_until) || kw(c, k, KW_since)) {
      bool clause = false;
      for (uint32_t j = k + 2; j < c->n && j < k + 12 && !clause && !date_span_at(c, j); j++)
        clause = kw(c, j, KW_was) || kw(c, j, KW_were) || kw(c, j, KW_had) || kw(c, j, KW_came) ||
                 (past_form(c, j) && !kw(c, j - 1, KW_being) && !kw(c, j - 1, KW_having) && !kw(c, j - 1, KW_been));
      if (clause)
        break;
    }
    /* `while flying to meet her in New York`: a purpose's place is not
     * the death's */
    /* (but `forced to take poison at Herrlingen`: the verb's own `to`) */
    if (kw(c, k, KW_to) && k + 1 < c->n && c->t[k + 1].kind == AS_TK_WORD && c->t[k + 1].lower &&
        !kw(c, k + 1, KW_the) && !kw(c, k + 1, KW_a) && !span_at(c, k + 1) && !(death && k == v + 1))
      purpose = true;
    /* `born in the city on 21 February 1817`, in the city's article */
    if (!pl && !purpose && c->f->town.len && (kw(c, k, KW_in) || kw(c, k, KW_at)) && kw(c, k + 1, KW_the) &&
        (kw(c, k + 2, KW_city) || kw(c, k + 2, KW_town)) && k + 3 < c->n && !c->t[k + 3].cap &&
        !kw(c, k + 3, KW_of) && !span_at(c, k + 3))
      the_city = true;
    as_span *sp = span_at(c, k);
    if (!sp || sp->from != k || !sp->m)
      continue;
    if (sp->kind == AS_MENTION_DATE && !d && sp->m->normalized.len)
      d = sp;
    /* `born in Britain Street, Portsea, Portsmouth`: the place after the street */
    if (sp->kind == AS_MENTION_PLACE && street_address(c, sp)) {
      street = sp->to + (uint32_t)(sp->to < c->n && c->t[sp->to].lower);
      continue;
    }
    if (sp->kind == AS_MENTION_PLACE && !pl && !purpose && k > 0 &&
        ((street && k == street + 1 && is_comma(c, street)) || (kw(c, k - 1, KW_the) && k > 1 && kw(c, k - 2, KW_in)) || kw(c, k - 1, KW_in) || kw(c, k - 1, KW_at) || kw(c, k - 1, KW_near) || kw(c, k - 1, KW_around) ||
         kw(c, k - 1, KW_inside) || (kw(c, k - 1, KW_of) && k > 1 && (kw(c, k - 2, KW_town) || kw(c, k - 2, KW_city) ||
                                                                    kw(c, k - 2, KW_village)))))
      pl = sp;
  }
  /* `The museum fell, and in 1948 Zhdanov died`: the date its clause
   * opens with */
  if (!d) {
    uint32_t k = v;
    while (k > 0 && c->t[k - 1].kind == AS_TK_WORD && adverb(c, k - 1))
      k--;
    if (k > 0 && (kw(c, k - 1, KW_was) || kw(c, k - 1, KW_were)))
      k--;
    as_span *x = k > 0 ? span_at(c, k - 1) : NULL;
    /* `and on 28 July the commander of Nordland, Fritz von Scholz, was
     * killed`: the date before the noun the name is set beside */
    as_span *y = k > 1 && is_comma(c, k - 1) ? span_at(c, k - 2) : NULL;
    if (!x && y && y->to == k - 1 && named(y, AS_MENTION_PERSON) && y->rank_from > 1 && is_comma(c, y->rank_from - 1))
      for (uint32_t j = y->rank_from - 1; j > 1 && j + 10 > y->rank_from && !d; j--) {
        if (c->t[j - 1].kind == AS_TK_PUNCT || is_comma(c, j - 1))
          break;
        as_span *e = span_at(c, j - 1);
        if (e && e->kind == AS_MENTION_DATE && e->to == j)
          d = clause_opening_date(c, j);
      }
    if (x && x->to == k && named(x, AS_MENTION_PERSON)) {
      /* (`and in March 1871 his son Charles died`: past the kin) */
      uint32_t b = x->rank_from;
      if (b >= 2 && word_sex(c, b - 1) && !c->t[b - 1].cap &&
          (kw(c, b - 2, KW_his) || kw(c, b - 2, KW_her) || kw(c, b - 2, KW_their)))
        b -= 2;
      d = clause_opening_date(c, b);
    } else if (k > 0 && (kw(c, k - 1, KW_he) || kw(c, k - 1, KW_she)))
      d = clause_opening_date(c, k - 1);
  }
  /* not the span of a life the sentence opens with (`Samuel Foote
   * (1720–1777), the dramatist, born in Truro`): life_span reads it */
  if (!d && (d = opening_date(c, v)) && memchr(d->m->normalized.ptr, '/', d->m->normalized.len))
    d = NULL;
  /* `Wilhelm I died on 9 March 1888 and was succeeded by his son
   * Frederick III, who died of cancer`: a relative clause keeps its own
   * date */
  /* (not one closed before the verb: `Hitler, who had decided ...,
   * heard that Roosevelt had died`: the who after the last comma) */
  for (uint32_t j = v; d && j > d->to && j + 40 > v; j--) {
    if (is_comma(c, j - 1))
      break;
    if (kw(c, j - 1, KW_who) || kw(c, j - 1, KW_which))
      d = NULL;
  }
  /* `On 6 August 1943, X was mortally wounded and later died of his
   * wounds`: the opening date is not the death's */
  for (uint32_t j = v > 3 ? v - 3 : 0; d && j < v; j++)
    if ((kw(c, j, KW_later) || kw(c, j, KW_afterwards) || kw(c, j, KW_subsequently) || kw(c, j, KW_eventually)) &&
        d->to <= j)
      d = NULL;
  /* `In about 1070, the Pope ordered an abbey built on the spot where
   * Harold died`: the opening date is the main clause's, not the death's */
  for (uint32_t j = v > 4 ? v - 4 : 0; d && j < v; j++)
    if (kw(c, j, KW_where) && d->to <= j)
      d = NULL;
  /* `returned to Oslo, where she had been born`, `The house in Macau
   * where Sun was born`, `moved to Paris, where he died`: the place the
   * where is of */
  for (uint32_t j = v > 6 ? v - 6 : 1; !pl && j < v; j++) {
    if (!kw(c, j, KW_where))
      continue;
    uint32_t e = is_comma(c, j - 1) ? j - 1 : j;
    for (uint32_t s = 0; s < c->s->nspans; s++)
      if (c->s->spans[s].to == e && c->s->spans[s].kind == AS_MENTION_PLACE && c->s->spans[s].m)
        pl = &c->s->spans[s];
    /* `buried at Chitambo, in present-day Zambia, where he died`: the
     * place the aside locates */
    uint32_t k = pl ? pl->rank_from : 0;
    while (k > 0 && pl->rank_from - k < 5 && (c->t[k - 1].kind == AS_TK_DASH || (c->t[k - 1].lower && !kw(c, k - 1, KW_in))))
      k--;
    as_span *q = k >= 3 && kw(c, k - 1, KW_in) && is_comma(c, k - 2) ? span_at(c, k - 3) : NULL;
    if (q && q->to == k - 2 && q->kind == AS_MENTION_PLACE && q->m)
      pl = q;
  }
  as_span *r = pl && is_comma(c, pl->to) && pl->to + 1 < c->n && c->t[pl->to + 1].cap ? span_at(c, pl->to + 1) : NULL;
  /* `Waterbury, Connecticut`: the region goes with the place; not a
   * person's name (`Born ... in London, Meyer was`) */
  if (pl && is_comma(c, pl->to) && pl->to + 1 < c->n && c->t[pl->to + 1].cap &&
      !(r && r->is_name && r->m && r->kind != AS_MENTION_PLACE)) {
    uint32_t end = r && r->is_name ? r->to : pl->to + 2;
    /* `Laranjeiras, Rio de Janeiro`: a region's name of several words */
    while (!(r && r->is_name) && end + 1 < c->n && c->t[end].kind == AS_TK_WORD && c->t[end].space_before &&
           (c->t[end].cap || (c->t[end].lower && c->t[end].end - c->t[end].start <= 3 && c->t[end + 1].cap &&
                              c->t[end + 1].kind == AS_TK_WORD)) &&
           !span_at(c, end))
      end++;
    /* `Passy, Haute-Savoie` */
    while (end + 1 < c->n && c->t[end].kind == AS_TK_DASH && !c->t[end].space_before &&
           !c->t[end + 1].space_before && c->t[end + 1].cap)
      end += 2;
    pl_text = as_slice_make(pl->m->text.ptr, (size_t)(c->text.ptr + c->t[end - 1].end - pl->m->text.ptr));
  }
  /* `abdicated on 23 March 1849 and died a few months later`, `he died
   * soon afterwards`: a date before the verb, which an unmeasured later
   * moves away from (`died four months later`, `later that year` are
   * dates of their own) */
  for (uint32_t k = v + 1; d && d->to <= v && k < c->n && k < v + 12; k++) {
    if ((c->t[k].kind == AS_TK_PUNCT && !initial_dot(c, k)) || kw(c, k, KW_and) || kw(c, k, KW_but) ||
        kw(c, k, KW_who) || kw(c, k, KW_which))
      break;
    if ((kw(c, k, KW_later) || kw(c, k, KW_afterwards) || kw(c, k, KW_afterward) || kw(c, k, KW_thereafter) ||
         (kw(c, k, KW_after) && (k + 1 >= c->n || c->t[k + 1].kind == AS_TK_PUNCT || is_comma(c, k + 1)))) &&
        !date_span_at(c, k))
      d = NULL;
  }
  d = restated_date(c, d);
  if (d && alternative_date(c, d))
    d = NULL;
  as_slice there = !pl && the_city ? c->f->a->title : AS_SLICE_NULL;
  size_t here = (size_t)(c->s - c->f->p->v);
  /* `arrived in Porto in April 1849 and died there`: the place the
   * sentence's subject went to before the verb */
  if (kw(c, v + 1, KW_there))
    for (const as_claim *cl = c->f->sent_before ? c->f->sent_before->next : c->f->a->claims; cl; cl = cl->next)
      if ((cl->property.ptr == property_names[AS_P_ARRIVED_AT] || cl->property.ptr == property_names[AS_P_MOVED_TO] ||
           cl->property.ptr == property_names[AS_P_RETURNED_TO]) &&
          as_slice_eq(cl->subject, who)) {
        there = cl->normalized;
        pl = NULL;
      }
  /* `travelled to Badenweiler. He died there on 15 July 1904, in the
   * Hotel Sommer`: the place the sentence before went to */
  if (!there.len && kw(c, v + 1, KW_there) && c->f->there.len && here == c->f->there_sent + 1 &&
      c->f->p->v[c->f->there_sent].para == c->s->para) {
    there = c->f->there;
    pl = NULL;
  }
  /* `born in Britain Street, Portsea, Portsmouth`: the words after the
   * street, the town and its region, which no span covers */
  if (!pl && !there.len && street && is_comma(c, street)) {
    uint32_t e = street + 1;
    for (int part = 0; part < 2; part++) {
      uint32_t b = e;
      while (e < c->n && e < b + 4 && c->t[e].kind == AS_TK_WORD && c->t[e].cap &&
             !(span_at(c, e) && span_at(c, e)->kind != AS_MENTION_PLACE))
        e++;
      if (e == b) {
        e = b > street + 1 ? b - 1 : b;
        break;
      }
      if (!(is_comma(c, e) && e + 1 < c->n && c->t[e + 1].cap && c->t[e + 1].kind == AS_TK_WORD))
        break;
      e++;
    }
    if (e > street + 1 && is_comma(c, e - 1))
      e--;
    if (e > street + 1)
      there = as_slice_make(c->text.ptr + c->t[street + 1].start, c->t[e - 1].end - c->t[street + 1].start);
  }
  if (!pl && !there.len)
    there = where_name(c, v);
  /* `Hitler and Braun committed suicide`: both died */
  as_slice whos[2] = {who, {0}};
  as_span *other = death ? coordinated_person(c, who, v) : NULL;
  if (other)
    whos[1] = other->canon;
  uint32_t age_from = 0, age_to = 0;
  int age = death && !other ? death_age(c, v, &age_from, &age_to) : -1;
  if (age >= 0) {
    as_claim *cl = prose_claim(c, who, AS_P_DEATH_AGE, age_from);
    cl->value = as_slice_make(c->text.ptr + c->t[age_from].start, c->t[age_to - 1].end - c->t[age_from].start);
    as_strbuf_clear(&c->f->buf);
    as_strbuf_printf(&c->f->buf, "%d", age);
    cl->normalized = as_arena_slice(c->f->p->arena, as_strbuf_slice(&c->f->buf));
    set_date(cl, d);
  }
  for (int w = 0; w < 2 && whos[w].len; w++) {
    if (d) {
      as_claim *cl = prose_claim(c, whos[w], death ? AS_P_DEATH_DATE : AS_P_BIRTH_DATE, at);
      value_span(cl, d);
      set_date(cl, d);
    }
    if (there.len) {
      as_claim *cl = prose_claim(c, whos[w], death ? AS_P_DEATH_PLACE : AS_P_BIRTH_PLACE, at);
      cl->value = cl->normalized = there; /* at the `there` that says it */
      set_date(cl, d);
    }
    if (pl) {
      as_claim *cl = prose_claim(c, whos[w], death ? AS_P_DEATH_PLACE : AS_P_BIRTH_PLACE, at);
      value_span(cl, pl);
      /* `born near Harar`, `died outside Paris`: not in it */
      uint32_t b = pl->rank_from;
      if (b > 0 && (kw(c, b - 1, KW_near) || kw(c, b - 1, KW_outside)))
        cl->qualifier = as_slice_make(c->text.ptr + c->t[b - 1].start, c->t[b - 1].end - c->t[b - 1].start);
      if (pl_text.len) {
        cl->value = pl_text;
        cl->normalized = pl_text;
      } else if (c->f->town.len && as_slice_eq(cl->normalized, c->f->town)) {
        /* `born in Cuenca` in the article on Cuenca, Ecuador: that one, not
         * the Cuenca in Spain it was named after */
        if (memchr(c->f->a->title.ptr, ',', c->f->a->title.len) &&
            as_slice_eq(as_title_before(c->f->a->title, ","), c->f->town))
          cl->normalized = c->f->a->title;
      } else if ((within = place_within(c->f, cl->normalized)).len) {
        /* `died at Ainola`, said earlier to be in Järvenpää: `Ainola, Järvenpää` */
        as_strbuf_clear(&c->f->buf);
        as_strbuf_put_slice(&c->f->buf, cl->normalized);
        as_strbuf_puts(&c->f->buf, ", ");
        as_strbuf_put_slice(&c->f->buf, within);
        cl->normalized = as_arena_slice(c->f->p->arena, as_strbuf_slice(&c->f->buf));
      }
      set_date(cl, d);
    }
  }
}

/* `Samuel Foote (1720–1777)`, `Johannes Erwin Eugen Rommel (15 November
 * 1891 – 14 October 1944)`, `Anna Lee (1801 – 3 May 1870)`: the years of a
 * life in brackets right after a name, maybe after the name in another
 * script (`(Юлия Кръстева; 1941–2020)`): the first is the birth, the
 * second the death. Not after a title of office (`King Henry II
 * (1154–1189)` may be his reign), nor with a word of office or reign in
 * the brackets. */
static bool office_title(const sent *c, const as_span *x) {
  static const char *const offices[] = {"King", "Queen", "Emperor", "Empress", "Pope", "President",
                                        "Sultan", "Tsar", "Czar", "Kaiser", "Prime", "Chancellor",
                                        "Governor", "Chairman", "Duce", "Führer", "Prince", "Princess",
                                        "Archduke", "Duke", "Bishop", "Archbishop", "Mayor", "Senator",
                                        "Minister", NULL};
  for (uint32_t k = x->rank_from; k < x->from; k++) {
    as_slice w = as_tok_text(c->text, &c->t[k]);
    for (int i = 0; offices[i]; i++)
      if (as_slice_eq_cstr(w, offices[i]))
        return true;
  }
  return false;
}

/* The half of a date interval's normalized value (`1720/1777`): 0 the
 * start, 1 the end, with its precision from its length; false unless
 * both halves have a year. */
static bool interval_half(as_slice norm, int half, as_slice *out, as_slice *prec) {
  const char *slash = memchr(norm.ptr, '/', norm.len);
  if (!slash)
    return false;
  as_slice a = as_slice_make(norm.ptr, (size_t)(slash - norm.ptr));
  as_slice b = as_slice_make(slash + 1, norm.len - a.len - 1);
  as_slice h = half ? b : a;
  if (a.len < 4 || b.len < 4 || !isdigit((unsigned char)a.ptr[0]) || !isdigit((unsigned char)b.ptr[0]))
    return false;
  size_t core = h.len;
  while (core > 4 && !isdigit((unsigned char)h.ptr[core - 1])) /* `1720~` */
    core--;
  *out = h;
  *prec = core >= 10 ? AS_SLICE_LIT("day") : core >= 7 ? AS_SLICE_LIT("month") : AS_SLICE_LIT("year");
  return true;
}

/* The text of a half of an interval as written (`15 November 1891 – 14
 * October 1944`): split at its dash. */
static as_slice interval_text(as_slice text, int half) {
  static const char *const dashes[] = {"\xe2\x80\x93", "\xe2\x80\x94", "-", NULL};
  for (int i = 0; dashes[i]; i++) {
    size_t n = strlen(dashes[i]);
    for (size_t k = 0; k + n <= text.len; k++)
      if (memcmp(text.ptr + k, dashes[i], n) == 0) {
        as_slice s = half ? as_slice_make(text.ptr + k + n, text.len - k - n) : as_slice_make(text.ptr, k);
        return as_slice_trim(s);
      }
  }
  return text;
}

/* An ISO value that starts with its year (`1801`, `1870-05-03`). */
static bool year_first(as_slice norm) {
  if (norm.len < 4)
    return false;
  for (int i = 0; i < 4; i++)
    if (!isdigit((unsigned char)norm.ptr[i]))
      return false;
  return true;
}

static void life_claim(sent *c, as_slice who, as_property p, as_slice value, as_slice norm, as_slice prec,
                       const as_span *d) {
  as_claim *cl = prose_claim(c, who, p, d->from);
  cl->value = value;
  cl->normalized = cl->date = norm;
  cl->precision = prec;
  cl->inferred = d->m->inferred;
}

/* `Edward IV`, `Elizabeth I`: a name that ends in a regnal number. */
static bool regnal(const sent *c, const as_span *x) {
  return x->to - x->from >= 2 && as_roman_numeral(as_tok_text(c->text, &c->t[x->to - 1]));
}

/* Whether the word at k is the letters of an honour or a degree written
 * after a name: `CBE`, `KG`, `FRS`, `VC`, `MP` (two to five capitals). */
static bool postnominal(const sent *c, uint32_t k) {
  if (k >= c->n || c->t[k].kind != AS_TK_WORD)
    return false;
  as_slice w = as_tok_text(c->text, &c->t[k]);
  if (w.len < 2 || w.len > 5)
    return false;
  for (size_t i = 0; i < w.len; i++)
    if (!isupper((unsigned char)w.ptr[i]))
      return false;
  return true;
}

static void life_span(sent *c, const as_span *x) {
  uint32_t k = x->to;
  /* `William Halsey Jr. (1882–1959)`: the suffix's full stop */
  if (punct(c, k, '.') && k > 0 &&
      (as_slice_eq_cstr(as_tok_text(c->text, &c->t[k - 1]), "Jr") ||
       as_slice_eq_cstr(as_tok_text(c->text, &c->t[k - 1]), "Sr")))
    k++;
  /* `Gertrude Bell, CBE (14 July 1868 – …)`, `Churchill, KG, OM, CH, TD,
   * FRS (`: past the letters of honours after the name */
  uint32_t k0 = k;
  while (is_comma(c, k) && postnominal(c, k + 1))
    k += 2;
  if (k > k0 && !punct(c, k, '('))
    k = k0;
  if (!punct(c, k, '(') || x->possessive || office_title(c, x))
    return;
  /* `the son of James Cook (1694–1779)` in James Cook's article: his
   * namesake father; `six children: James (1763–1794)`: a child named by
   * a given name alone that is somebody's in full (the subject's, or
   * `Joseph` another's) */
  if (c->f->bio.len && as_slice_eq(x->canon, c->f->bio) && x->rank_from >= 2 && kw(c, x->rank_from - 1, KW_of) &&
      (kw(c, x->rank_from - 2, KW_son) || kw(c, x->rank_from - 2, KW_daughter) ||
       kw(c, x->rank_from - 2, KW_children) || kw(c, x->rank_from - 2, KW_child) ||
       kw(c, x->rank_from - 2, KW_grandson) || kw(c, x->rank_from - 2, KW_granddaughter)))
    return;
  /* (but `Her elder sister Parthenope (1819–1890)`, `another brother,
   * Satyendranath (1842–1923)`: a relative's own name, whom the infobox
   * names in full) */
  uint32_t kb = x->rank_from > 0 && is_comma(c, x->rank_from - 1) ? x->rank_from - 1 : x->rank_from;
  bool relative = kb > 0 && word_sex(c, kb - 1) && !c->t[kb - 1].cap && !(c->f->bio.len && as_slice_eq(x->canon, c->f->bio));
  if (x->to - x->from == 1 && x->rank_from == x->from && !relative) {
    as_slice w = as_tok_text(c->text, &c->t[x->from]);
    if (x->canon.len > w.len + 1 && memcmp(x->canon.ptr, w.ptr, w.len) == 0 && x->canon.ptr[w.len] == ' ')
      return;
  }
  /* `the reign of Stephen (1135–1154)`: his reign */
  if (x->rank_from >= 2 && kw(c, x->rank_from - 1, KW_of) && kw(c, x->rank_from - 2, KW_reign))
    return;
  /* `a charter from Edward IV (1461–1483)`: years alone after a monarch's
   * number, named after a preposition, are his reign as often as his life
   * (not `Túpac Amaru II (1738–1781), leader of`, opening a list item) */
  as_span *y = span_at(c, k + 1);
  bool object = x->rank_from > 0 && among(c, x->rank_from - 1, &sets.prepositions);
  if (regnal(c, x) && object && y && y->kind == AS_MENTION_DATE && y->m && !memchr(y->m->normalized.ptr, '-', y->m->normalized.len))
    return;
  /* after another script's name and `;` or `,` */
  uint32_t q = k + 1;
  /* (not a comma inside the date: `(October 30, 1735 – July 4, 1826)`) */
  const as_span *first = span_at(c, q);
  if (!first || first->from != q || first->kind != AS_MENTION_DATE)
    for (uint32_t j = q; j < c->n && j < k + 12 && !punct(c, j, ')'); j++)
      if (punct(c, j, ';') || is_comma(c, j)) {
        q = j + 1;
        break;
      }
  /* `(c. 6 June 1868 – 29 March 1912)`: the range after its mark */
  if ((kw(c, q, KW_c) || kw(c, q, KW_ca)) && punct(c, q + 1, '.') && date_span_at(c, q + 2) &&
      span_at(c, q + 2)->from == q + 2 && span_at(c, q + 2)->m &&
      memchr(span_at(c, q + 2)->m->normalized.ptr, '/', span_at(c, q + 2)->m->normalized.len))
    q += 2;
  /* `(4 or 12 February 1746 – 15 October 1817)`: one of two days of a
   * month, the month sure */
  uint32_t either = q;
  if (q + 2 < c->n && c->t[q].kind == AS_TK_NUM && kw(c, q + 1, KW_or) && date_span_at(c, q + 2))
    q += 2;
  as_span *d = span_at(c, q);
  if (!d || d->from != q || d->kind != AS_MENTION_DATE || !d->m || !d->m->normalized.len)
    return;
  as_slice b, e, bp, ep;
  if (punct(c, d->to, ')') && interval_half(d->m->normalized, 0, &b, &bp) &&
      interval_half(d->m->normalized, 1, &e, &ep)) {
    if (either < q) {
      if (b.len != 10)
        return;
      as_slice half = interval_text(d->m->text, 0);
      const char *from = c->text.ptr + c->t[either].start;
      b.len = 7;
      as_claim *born = prose_claim(c, x->canon, AS_P_BIRTH_DATE, either);
      born->value = as_slice_make(from, (size_t)(half.ptr + half.len - from));
      born->normalized = born->date = b;
      born->precision = AS_SLICE_LIT("month");
      life_claim(c, x->canon, AS_P_DEATH_DATE, interval_text(d->m->text, 1), e, ep, d);
      return;
    }
    /* `- Jón Gnarr (2010–2014)` under the holders of an office: years
     * that short apart are a term, not a life */
    /* `The congress of Erzurum (23 July – 7 August 1919)`: the days of
     * one year are an event's, not a life */
    if (b.len >= 7 && e.len >= 7 && memcmp(b.ptr, e.ptr, 4) == 0)
      return;
    if (b.len == 4 && e.len == 4 && isdigit((unsigned char)b.ptr[3]) && isdigit((unsigned char)e.ptr[3])) {
      int years = 0;
      for (int dig = 0; dig < 4; dig++)
        years = years * 10 + (e.ptr[dig] - b.ptr[dig]);
      if (years < (c->s->block->kind == AS_BLK_LIST_ITEM ? 20 : 16))
        return;
    }
    life_claim(c, x->canon, AS_P_BIRTH_DATE, interval_text(d->m->text, 0), b, bp, d);
    life_claim(c, x->canon, AS_P_DEATH_DATE, interval_text(d->m->text, 1), e, ep, d);
    return;
  }
  /* two dates and a dash between: `(1801 – 3 May 1870)` */
  as_span *d2 = span_at(c, d->to + 1);
  if (c->t[d->to].kind == AS_TK_DASH && d2 && d2->from == d->to + 1 && d2->kind == AS_MENTION_DATE && d2->m &&
      d2->m->normalized.len && punct(c, d2->to, ')') && !memchr(d->m->normalized.ptr, '/', d->m->normalized.len) &&
      !memchr(d2->m->normalized.ptr, '/', d2->m->normalized.len) && year_first(d->m->normalized) &&
      year_first(d2->m->normalized)) {
    life_claim(c, x->canon, AS_P_BIRTH_DATE, d->m->text, d->m->normalized, d->m->precision, d);
    life_claim(c, x->canon, AS_P_DEATH_DATE, d2->m->text, d2->m->normalized, d2->m->precision, d2);
  }
}

/* ---- movements ---- */

typedef struct {
  uint16_t verb, prep; /* prep: AS_KW_NONE = the place comes right after */
  as_property p;
} movement;

static const movement movements[] = {
    {KW_left, AS_KW_NONE, AS_P_DEPARTED_FROM}, {KW_left, KW_for, AS_P_DESTINATION},
    {KW_leaving, KW_for, AS_P_DESTINATION},    {KW_departing, KW_for, AS_P_DESTINATION},
    {KW_departed, KW_for, AS_P_DESTINATION},   {KW_departed, KW_from, AS_P_DEPARTED_FROM},
    {KW_embarked, KW_for, AS_P_DESTINATION},   {KW_embarked, KW_towards, AS_P_DESTINATION},
    {KW_sailed, KW_for, AS_P_DESTINATION},     {KW_sailed, KW_to, AS_P_DESTINATION},
    {KW_headed, KW_for, AS_P_DESTINATION},     {KW_headed, KW_to, AS_P_DESTINATION},
    {KW_travelled, KW_to, AS_P_DESTINATION},   {KW_traveled, KW_to, AS_P_DESTINATION},
    {KW_went, KW_to, AS_P_DESTINATION},        {KW_moved, KW_to, AS_P_MOVED_TO},
    {KW_moving, KW_to, AS_P_MOVED_TO},         {KW_relocated, KW_to, AS_P_MOVED_TO},
    {KW_settled, KW_in, AS_P_MOVED_TO},        {KW_arrived, KW_in, AS_P_ARRIVED_AT},
    {KW_established, KW_in, AS_P_MOVED_TO},    {KW_establishing, KW_in, AS_P_MOVED_TO},
    {KW_arrived, KW_at, AS_P_ARRIVED_AT},      {KW_reached, AS_KW_NONE, AS_P_ARRIVED_AT},
    {KW_entered, AS_KW_NONE, AS_P_ARRIVED_AT}, {KW_disembarked, KW_in, AS_P_ARRIVED_AT},
    {KW_disembarked, KW_at, AS_P_ARRIVED_AT},  {KW_landed, KW_at, AS_P_ARRIVED_AT},
    {KW_landed, KW_in, AS_P_ARRIVED_AT},       {KW_retreated, KW_to, AS_P_RETREATED_TO},
    {KW_withdrew, KW_to, AS_P_RETREATED_TO},   {KW_fled, KW_to, AS_P_RETREATED_TO},
    {KW_retreat, KW_to, AS_P_RETREATED_TO},    {KW_returned, KW_to, AS_P_RETURNED_TO},
    {KW_returning, KW_to, AS_P_RETURNED_TO},   {KW_marched, KW_towards, AS_P_MARCHED_TO},
    {KW_marched, KW_to, AS_P_MARCHED_TO},      {KW_marched, KW_on, AS_P_MARCHED_TO},
    {KW_advanced, KW_toward, AS_P_MARCHED_TO}, {KW_advanced, KW_towards, AS_P_MARCHED_TO},
    {KW_advanced, KW_on, AS_P_MARCHED_TO},     {KW_marched, KW_toward, AS_P_MARCHED_TO},
    /* `the 1st Battalion jumped onto Kornasoren`: a drop's destination */
    {KW_jumped, KW_onto, AS_P_DESTINATION},    {KW_dropped, KW_onto, AS_P_DESTINATION},
    {KW_parachuted, KW_onto, AS_P_DESTINATION}, {KW_parachuted, KW_into, AS_P_DESTINATION},
};

/* The verbs of movements[], as a set: most words are none of them. */
static as_kwset movement_verbs;

/* The place named at token k (after an optional `the`), or NULL. */
/* Nouns a place's name qualifies: `reached the Mozhaisk defense line` is
 * not at Mozhaisk (but `left for Kornasoren airfield` went there). */
static const uint16_t place_qualified[] = {KW_line, KW_lines, KW_defense, KW_defence, KW_defenses,
                                           KW_defences, KW_sector, KW_front, KW_pocket, KW_salient,
                                           KW_perimeter, KW_bridgehead, KW_road, KW_highway, KW_railway,
                                           KW_area, KW_region, KW_position, KW_positions,
                                           KW_garrison, KW_forces, KW_troops, AS_KW_END};
static as_kwset qualified_set;

static as_span *place_at(const sent *c, uint32_t k) {
  if (kw(c, k, KW_the)) {
    k++;
    /* `the German spa town of Badenweiler`, `the city of Lyon` */
    for (uint32_t j = k; j < c->n && j < k + 4 && c->t[j].kind == AS_TK_WORD && !span_at(c, j); j++)
      if ((kw(c, j, KW_town) || kw(c, j, KW_city) || kw(c, j, KW_village) || kw(c, j, KW_port)) &&
          kw(c, j + 1, KW_of)) {
        k = j + 2;
        break;
      }
  }
  as_span *sp = span_at(c, k);
  if (!sp || sp->from != k || !named(sp, AS_MENTION_PLACE) || sp->possessive)
    return NULL;
  return sp->to < c->n && !c->t[sp->to].cap && among(c, sp->to, &qualified_set) ? NULL : sp;
}

static as_span *act_date(const sent *c, uint32_t k);

static void movement_claims(sent *c, uint32_t v) {
  /* `embarked towards Callao, where he arrived on January 5th` */
  if (kw(c, v, KW_arrived) && v >= 4 && (kw(c, v - 1, KW_he) || kw(c, v - 1, KW_she)) && kw(c, v - 2, KW_where) &&
      is_comma(c, v - 3) && span_at(c, v - 4) && named(span_at(c, v - 4), AS_MENTION_PLACE) &&
      !kw(c, v + 1, KW_in) && !kw(c, v + 1, KW_at)) {
    as_slice who;
    if (!subject_of(c, v, &who))
      return;
    as_span *dest = span_at(c, v - 4);
    as_claim *cl = prose_claim(c, who, AS_P_ARRIVED_AT, v);
    value_span(cl, dest);
    set_date(cl, date_near(c, v + 1, 4));
    return;
  }
  if (!among(c, v, &movement_verbs))
    return;
  for (size_t m = 0; m < sizeof movements / sizeof *movements; m++) {
    const movement *mv = &movements[m];
    if (!kw(c, v, mv->verb))
      continue;
    as_span *origin = NULL, *dest = NULL;
    uint32_t k = v + 1;
    if (mv->prep == AS_KW_NONE) {
      dest = place_at(c, k);
      if (!dest)
        continue;
      if (mv->p == AS_P_DEPARTED_FROM && kw(c, dest->to, KW_for))
        continue; /* `left A for B`: the next entry */
    } else if (mv->verb == KW_left && mv->prep == KW_for) {
      origin = place_at(c, k);
      if (origin)
        k = origin->to;
      if (!kw(c, k, KW_for))
        continue;
      dest = place_at(c, k + 1);
    } else if (mv->verb == KW_established || mv->verb == KW_establishing) {
      /* only `established himself in`: a government established in X did not move */
      if (!(kw(c, k, KW_himself) || kw(c, k, KW_herself) || kw(c, k, KW_itself)) || !kw(c, k + 1, KW_in))
        continue;
      dest = place_at(c, k + 2);
    } else {
      /* `retreated along with some Italians to Pisco`, `travelled with
       * Olga to Badenweiler` */
      while (k < c->n && k < v + 6 && !kw(c, k, mv->prep) && c->t[k].kind == AS_TK_WORD &&
             /* not `returning from a mission to the United States`, whose `to` is the mission's */
             !(kw(c, k, KW_from) && (kw(c, k + 1, KW_a) || kw(c, k + 1, KW_an) || kw(c, k + 1, KW_his) ||
                                     kw(c, k + 1, KW_her) || kw(c, k + 1, KW_their)))) {
        as_span *x = span_at(c, k);
        if (x && !(kw(c, k - 1, KW_with) && named(x, AS_MENTION_PERSON) && x->from == k))
          break;
        k = x ? x->to : k + 1;
      }
      if (!kw(c, k, mv->prep))
        continue;
      dest = place_at(c, k + 1);
    }
    if (!dest)
      continue;
    as_slice who;
    if (!subject_of(c, v, &who))
      return;
    /* `Bohr and Aage went to the United States`: both went */
    as_span *other = coordinated_person(c, who, v);
    /* `marched towards Cuzco and Ayacucho`: each place */
    for (;;) {
      /* `moved to Springfield, the new state capital, in April 1837`:
       * the date after the place's apposition (not in a clause of its
       * own: `moved to Paris, where, in 1850, he married`) */
      as_span *ad = is_comma(c, dest->to) && !kw(c, dest->to + 1, KW_where) && !kw(c, dest->to + 1, KW_which) &&
                            !kw(c, dest->to + 1, KW_who)
                        ? act_date(c, dest->to)
                        : NULL;
      for (int w = 0; w < (other ? 2 : 1); w++) {
        as_claim *cl = prose_claim(c, w ? other->canon : who, mv->p, v);
        value_span(cl, dest);
        if (origin)
          cl->about = origin->m->normalized;
        set_date(cl, ad ? ad : date_near(c, dest->to, 4));
      }
      uint32_t nx = dest->to;
      if (!(kw(c, nx, KW_and) || (kw(c, nx, KW_and) && kw(c, nx + 1, KW_later))))
        break;
      nx++;
      if (kw(c, nx, KW_later) || kw(c, nx, KW_then))
        nx++;
      dest = place_at(c, nx);
      if (!dest)
        break;
    }
    return;
  }
}

/* ---- attributions: `X proclaimed the Cry of Montán`, `Montero's Cry of Montán` ---- */

static const uint16_t act_verbs[] = {KW_proclaimed, KW_issued, KW_signed, KW_declared, KW_convened,
                                     KW_founded, KW_promulgated, KW_enacted, KW_wrote, KW_published,
                                     KW_drafted, KW_ordered, KW_planned, KW_formed, AS_KW_END};

/* A date right after the act (`proclaimed the Cry of Montán, a manifesto
 * ..., on 31 August`): an apposition between commas or dashes is skipped. */
static as_span *act_date(const sent *c, uint32_t k) {
  /* (`moved the capital to Nagaoka-kyō, and ten years later, in 794, to
   * Heian-kyō`: a clause of its own, no apposition) */
  if (kw(c, k + 1, KW_and) || kw(c, k + 1, KW_but))
    return NULL;
  if (k < c->n && (c->t[k].kind == AS_TK_COMMA || c->t[k].kind == AS_TK_DASH)) {
    as_tok_kind open = c->t[k].kind;
    uint32_t j = k + 1;
    while (j < c->n && j < k + 30 && c->t[j].kind != open)
      j++;
    if (j >= c->n || c->t[j].kind != open)
      return NULL;
    k = j + 1;
  }
  if ((kw(c, k, KW_on) || kw(c, k, KW_in)) && date_span_at(c, k + 1))
    return span_at(c, k + 1);
  return NULL;
}

static void attribution(sent *c, uint32_t v) {
  uint32_t k = v + 1;
  if (kw(c, k, KW_the) || kw(c, k, KW_his) || kw(c, k, KW_her) || kw(c, k, KW_its) || kw(c, k, KW_their))
    k++;
  as_span *e = span_at(c, k);
  bool founding = kw(c, v, KW_convened) || kw(c, v, KW_founded) || kw(c, v, KW_formed) || kw(c, v, KW_established);
  if (!e || e->from != k || !e->m || !(e->kind == AS_MENTION_EVENT || (founding && e->kind == AS_MENTION_ORG)))
    return;
  as_slice who;
  if (!close_subject(c, v, &who))
    return;
  as_claim *cl = prose_claim(c, e->canon, AS_P_AGENT, v);
  cl->value = who;
  cl->normalized = who;
  as_span *d = e->kind == AS_MENTION_EVENT ? act_date(c, e->to) : NULL;
  if (!d && e->kind == AS_MENTION_EVENT && e->head == AS_HEAD_ACT)
    d = opening_date(c, v); /* `On August 31, 1882, he issued his Montán Manifesto` */
  if (d)
    date_claim(c, e, AS_P_DATE, d);
}

static void possessive_act(sent *c, as_span *x) {
  uint32_t k = x->to;
  if (c->t[k < c->n ? k : 0].kind == AS_TK_PUNCT && k < c->n)
    k++;
  as_span *e = span_at(c, k);
  if (!e || e->from != k || !named(e, AS_MENTION_EVENT) || e->head != AS_HEAD_ACT)
    return;
  as_claim *cl = prose_claim(c, e->canon, AS_P_AGENT, x->from);
  cl->value = x->m->text;
  cl->normalized = x->canon;
}

/* ---- roles and offices ---- */

/* Words that end a role's name. */
static const uint16_t role_stops[] = {
    KW_by, KW_in, KW_on, KW_at, KW_for, KW_from, KW_with, KW_during, KW_until, KW_after, KW_before,
    KW_prior, KW_while, KW_when, KW_which, KW_who, KW_and, KW_to, KW_under, KW_following, KW_since,
    KW_but, KW_although, KW_as, KW_upon, KW_because, KW_was, KW_were, KW_had, KW_has, KW_is, KW_that,
    KW_over, KW_against, KW_between, KW_despite, KW_again, KW_then, KW_also, KW_per, KW_via,
    KW_instead, KW_thus, KW_so, KW_not, KW_only, KW_later, KW_earlier, KW_soon, KW_shortly, KW_once,
    KW_twice, AS_KW_END};

/* Words that can head an assumed office: `assumed the provisional presidency`. */
static const uint16_t offices[] = {KW_presidency, KW_power, KW_office, KW_leadership,
                                   KW_throne, KW_crown, KW_premiership, KW_regency, KW_dictatorship,
                                   KW_chairmanship, KW_post, KW_position, KW_title, AS_KW_END};

/* The role named from token k: `the president of the cabinet`, `second vice
 * president`, `Minister of War`; empty if none. Its end goes to *end. */
static as_slice role_at(const sent *c, uint32_t k, uint32_t *end) {
  if (kw(c, k, KW_a) || kw(c, k, KW_an) || kw(c, k, KW_the) || kw(c, k, KW_his) || kw(c, k, KW_her))
    k++;
  uint32_t b = k, j = k;
  bool after_of = false;
  while (j < c->n && j < b + 9) {
    /* `Commander-in-Chief`: hyphens join words whatever they are */
    if (c->t[j].kind == AS_TK_DASH && j > b && !c->t[j].space_before && j + 1 < c->n &&
        !c->t[j + 1].space_before && c->t[j + 1].kind == AS_TK_WORD) {
      j += 2;
      continue;
    }
    /* `U.S. Magistrate Judge`: full stops inside initials */
    if (c->t[j].kind == AS_TK_PUNCT && j > b && c->text.ptr[c->t[j].start] == '.' && !c->t[j].space_before &&
        c->t[j - 1].end - c->t[j - 1].start == 1 && j + 1 < c->n) {
      j++;
      continue;
    }
    as_span *sp = span_at(c, j);
    if (sp && after_of && sp->is_name) { /* `of Army Group Vistula`, `of Peru` */
      j = sp->to;
      after_of = false;
      continue;
    }
    /* `for` before a name continues one too: `Member of Parliament for
     * Meath`, `Minister for Foreign Affairs` */
    bool of = kw(c, j, KW_of) || (kw(c, j, KW_for) && j > b && c->t[b].cap && j + 1 < c->n && c->t[j + 1].cap &&
                                  c->t[j + 1].kind == AS_TK_WORD);
    if (c->t[j].kind != AS_TK_WORD || among(c, j, &sets.role_stops) || sp != NULL) {
      /* `of` continues a role: `Minister of War`, `President of the Republic` */
      if (!(of && j > b))
        break;
    }
    if (of && !(j + 1 < c->n && c->t[j + 1].kind == AS_TK_WORD))
      break;
    after_of = of || (after_of && (kw(c, j, KW_the) || !c->t[j].cap)); /* `of the new ABDA Command` */
    j++;
  }
  while (j > b && (kw(c, j - 1, KW_of) || kw(c, j - 1, KW_the) || kw(c, j - 1, KW_for)))
    j--;
  *end = j;
  if (j == b)
    return (as_slice){0};
  return as_slice_make(c->text.ptr + c->t[b].start, c->t[j - 1].end - c->t[b].start);
}

/* Whether office, an infobox's (`Prime Minister of Australia`), is the
 * role the text names (`prime minister`), or the other way round: one
 * starts the other, in any case, at a word's end. */
static bool office_is(as_slice office, as_slice role) {
  as_slice a = office.len < role.len ? office : role, b = office.len < role.len ? role : office;
  return a.len >= 4 && strncasecmp(a.ptr, b.ptr, a.len) == 0 && (a.len == b.len || b.ptr[a.len] == ' ');
}

/* Whether key is `Term Start` or `Termstart` with the index given
 * (`Term Start2` for `Office2`). */
static bool term_start_key(as_slice key, as_slice index) {
  static const char *const heads[] = {"Term Start", "Termstart", NULL};
  for (int i = 0; heads[i]; i++) {
    size_t n = strlen(heads[i]);
    if (key.len == n + index.len && strncasecmp(key.ptr, heads[i], n) == 0 &&
        (index.len == 0 || memcmp(key.ptr + n, index.ptr, index.len) == 0))
      return true;
  }
  return false;
}

/* A `termStart` claim of the role's subject, told where the role is,
 * dated d. */
static as_claim *term_claim(sent *c, const as_claim *role, const as_span *d) {
  as_claim *cl = new_claim(c->f, AS_FROM_PROSE, role->subject, AS_P_ROLE);
  cl->property = AS_SLICE_LIT("termStart");
  cl->sentence = role->sentence;
  cl->quote = role->quote;
  cl->at = role->at;
  value_span(cl, d);
  set_date(cl, d);
  return cl;
}

/* Whether the infobox field o is an `Office` the role names. */
static bool office_field(const as_field *o, const as_claim *role) {
  return ci_is(o->series, "Office") && office_is(o->normalized.len ? o->normalized : o->raw, role->value);
}

/* Whether the article's infobox lists the office the role names. */
static bool boxed_office(const facts *f, const as_claim *role) {
  for (const as_field *o = f->a->fields; o; o = o->next)
    if (office_field(o, role))
      return true;
  return false;
}

/* `On 18 October 1942, William Halsey became commander of the South
 * Pacific Area`: the start of a term of an office no infobox lists, a
 * `termStart` claim about the office, so that another start of it told
 * elsewhere is held to this one (a term again, years later, is not). */
static void prose_term_start(sent *c, const as_claim *role, const as_span *d) {
  if (d->m->normalized.len && role->normalized.len >= 4)
    term_claim(c, role, d)->about = role->normalized;
}

/* `became Prime Minister on 24 October 1903`, `was sworn in as a U.S.
 * Magistrate Judge on August 16, 2013`: the start of a term of an office
 * the biography's infobox lists (`Office2`), a `termStart` claim as its
 * `Term Start2` is. When the office is listed for several terms, the one
 * that starts in the same year; nothing when no one term is meant. An
 * election is no start of a term (elected in November, in office in
 * March), so only these verbs say one. */
static void term_start(sent *c, const as_claim *role, const as_span *d) {
  const facts *f = c->f;
  if (!d)
    return;
  if (!(as_slice_eq(role->subject, f->bio) || as_slice_eq(role->subject, f->a->title)) || !boxed_office(f, role)) {
    prose_term_start(c, role, d);
    return;
  }
  const as_field *pick = NULL;
  size_t n = 0, same_year = 0;
  const as_field *in_year = NULL;
  for (const as_field *o = f->a->fields; o; o = o->next) {
    if (!office_field(o, role))
      continue;
    for (const as_field *t = f->a->fields; t; t = t->next)
      if (term_start_key(t->key, o->index) && t->normalized.len >= 4 && isdigit((unsigned char)t->normalized.ptr[0]) &&
          d->m->normalized.len >= 4) {
        pick = t;
        n++;
        if (memcmp(t->normalized.ptr, d->m->normalized.ptr, 4) == 0)
          in_year = t, same_year++;
      }
  }
  if (n > 1)
    pick = same_year == 1 ? in_year : NULL;
  if (!pick)
    return;
  as_claim *cl = term_claim(c, role, d);
  if (pick->index.len && isdigit((unsigned char)pick->index.ptr[0]))
    cl->about = pick->record;
}

/* A role as compared, in lower case, without what says the body was new
 * then: `commander of the newly created Army Group Don`, `of the new
 * ABDA Command` are `commander of army group don`, `of abda command` (not
 * `the New Model Army`). */
static as_slice role_key(facts *f, as_slice role) {
  static const char *const cuts[] = {"of the newly created ", "of the newly formed ", "of the newly founded ",
                                     "of the newly established ", "of the newly raised ", "of the new ", NULL};
  as_strbuf_clear(&f->buf);
  for (size_t i = 0; i < role.len;) {
    size_t n = 0;
    for (int k = 0; cuts[k] && !n; k++)
      if (role.len - i > strlen(cuts[k]) && memcmp(role.ptr + i, cuts[k], strlen(cuts[k])) == 0 &&
          (i == 0 || role.ptr[i - 1] == ' '))
        n = strlen(cuts[k]);
    if (n) {
      as_strbuf_puts(&f->buf, "of ");
      i += n;
    } else {
      as_strbuf_putc(&f->buf, (char)tolower((unsigned char)role.ptr[i]));
      i++;
    }
  }
  return as_arena_slice(f->p->arena, as_strbuf_slice(&f->buf));
}

/* The claim that who holds role, made at token at, undated; NULL when
 * the subject is no person's. */
static as_claim *new_role(sent *c, as_slice who, as_slice role, uint32_t at) {
  if (!role.len || !who.len || c->subj_kind != AS_MENTION_PERSON)
    return NULL; /* offices are people's: `the Waal served as an important base` is not one */
  as_claim *cl = prose_claim(c, who, AS_P_ROLE, at);
  cl->value = role;
  cl->normalized = role_key(c->f, role);
  return cl;
}

static void dated_role(sent *c, as_claim *cl, uint32_t at, uint32_t end);

static void role_claim(sent *c, as_slice who, as_slice role, uint32_t at, uint32_t end) {
  as_claim *cl = new_role(c, who, role, at);
  if (cl)
    dated_role(c, cl, at, end);
}

/* Dates the role claim cl made at token at, the role's words ending at
 * end, and starts its term when the verb says so. */
static void dated_role(sent *c, as_claim *cl, uint32_t at, uint32_t end) {
  const as_span *d = date_near(c, end, 8); /* `at a by-election in April 1874` */
  /* `was born in Würzburg in 1899 and had served as Rommel's chief of
   * staff`: the date of the conjunct before is not the role's */
  bool born = false;
  for (uint32_t k = d && d->to <= at ? (d->from > 6 ? d->from - 6 : 0) : at; k < at && !born; k++)
    born = kw(c, k, KW_born) && k < d->from;
  for (uint32_t k = born ? d->to : at; k < at; k++)
    if (kw(c, k, KW_and) || kw(c, k, KW_but))
      d = NULL;
  set_date(cl, d);
  /* (`was appointed Chancellor on 24 March 1602`, `was installed as`,
   * `was inaugurated as President`, `who had been appointed Chief of the
   * General Staff in June 1943`: the day the office was his; not
   * elected, nor crowned, before it) */
  /* (`Manstein, appointed to command Army Group Don on D,`: a
   * participle's apposition to the name) */
  const as_span *apposed = at >= 2 && is_comma(c, at - 1) ? span_at(c, at - 2) : NULL;
  if (kw(c, at, KW_became) || kw(c, at, KW_become) || kw(c, at, KW_sworn) || kw(c, at, KW_took) ||
      kw(c, at, KW_swore) || (kw(c, at, KW_taken) && kw(c, at + 1, KW_office)) ||
      ((kw(c, at, KW_appointed) || kw(c, at, KW_installed) || kw(c, at, KW_inaugurated)) && at > 0 &&
       (kw(c, at - 1, KW_was) || kw(c, at - 1, KW_were) ||
        (at > 1 && kw(c, at - 1, KW_been) && (kw(c, at - 2, KW_had) || kw(c, at - 2, KW_has))) ||
        (kw(c, at, KW_appointed) && apposed && apposed->to == at - 1 && named(apposed, AS_MENTION_PERSON)))))
    term_start(c, cl, d);
}

/* The person right after token v (its rank skipped), or `himself`. */
static as_span *person_after(sent *c, uint32_t v, uint32_t *next) {
  as_span *x = span_at(c, v + 1);
  if (!x || !named(x, AS_MENTION_PERSON) || x->rank_from != v + 1)
    return NULL;
  *next = x->to;
  return x;
}

static const uint16_t appoint_verbs[] = {KW_appointed, KW_named, KW_elected, KW_designated,
                                         KW_proclaimed, KW_proclaiming, KW_declared, KW_recognized,
                                         KW_recognised, KW_elect, KW_appoint, KW_crowned,
                                         KW_appointing, KW_naming, KW_made, AS_KW_END};
static const uint16_t passive_role_verbs[] = {KW_appointed, KW_named, KW_elected, KW_designated,
                                              KW_proclaimed, KW_declared, KW_recognized,
                                              KW_recognised, KW_listed, KW_crowned, KW_chosen,
                                              KW_confirmed, KW_installed, KW_inaugurated, KW_returned,
                                              AS_KW_END};

/* `Bolívar married María Teresa Rodríguez del Toro on 26 May 1802`, `she
 * married the poet Wilfrid Scawen Blunt in 1869`: a spouse, dated when the
 * clause says when. Not `married her` (who she is comes from elsewhere). */
/* The token after the comma that closes the aside opened by the comma at
 * k (`, an Egyptian woman whom he had never met,`), within 24 tokens and
 * no other mark; 0 if none. */
static uint32_t aside_end(const sent *c, uint32_t k) {
  for (uint32_t j = k + 2; j < c->n && j < k + 24; j++) {
    if (c->t[j].kind == AS_TK_PUNCT)
      return 0;
    if (is_comma(c, j))
      return j + 1;
  }
  return 0;
}

/* `Dana Ingrová was a javelin thrower. The two were married on 24 October
 * 1949`: a biography's subject and the one other person the last
 * sentence named. */
static void couple_married(sent *c, uint32_t v) {
  const facts *f = c->f;
  uint32_t k = kw(c, 0, KW_the) ? 1 : 0;
  if (!f->bio.len || !(kw(c, k, KW_two) || kw(c, k, KW_couple) || (k == 0 && kw(c, 0, KW_they))) ||
      v != k + 2 || !(kw(c, v - 1, KW_were) || kw(c, v - 1, KW_got)))
    return;
  as_slice other = {0};
  for (int j = 0; j < f->nlast; j++) {
    if (as_slice_eq(f->last_canon[j], f->bio) || as_slice_eq(f->last_canon[j], other))
      continue;
    if (other.len)
      return; /* two others: which */
    other = f->last_canon[j];
  }
  as_span *d = date_near(c, v + 1, 8);
  if (!other.len || !d)
    return;
  as_claim *cl = prose_claim(c, f->bio, AS_P_SPOUSE, v);
  cl->value = cl->normalized = other;
  set_date(cl, d);
}

/* `she and Putnam were married in Noank on February 7, 1931`: two people
 * joined by `and`, each a name or a he or she resolved. True if it made
 * the claim. */
static bool pair_married(sent *c, uint32_t v) {
  if (v < 4 || !kw(c, v - 1, KW_were))
    return false;
  as_span *b = span_at(c, v - 2);
  if (!b || b->to != v - 1 || !named(b, AS_MENTION_PERSON) || b->possessive || b->rank_from < 2 ||
      !kw(c, b->rank_from - 1, KW_and))
    return false;
  uint32_t k = b->rank_from - 2;
  as_slice who;
  as_span *a = span_at(c, k);
  if (a && a->to == k + 1 && named(a, AS_MENTION_PERSON) && !a->possessive)
    who = a->canon;
  else if (!((kw(c, k, KW_he) || kw(c, k, KW_she)) && pronoun(c, k, &who)))
    return false;
  if (as_slice_eq(who, b->canon))
    return false;
  as_claim *cl = prose_claim(c, who, AS_P_SPOUSE, v);
  cl->value = b->m->text;
  cl->normalized = b->canon;
  as_span *d = date_near(c, v + 1, 12);
  /* `were married at the register office in Steyning, Sussex, on 25 June
   * 1890`: past where, names and their commas */
  for (uint32_t j = v + 1; !d && j < c->n && j < v + 24; j++) {
    if (c->t[j].kind == AS_TK_PUNCT ||
        (is_comma(c, j) && !(j + 1 < c->n && (c->t[j + 1].cap || kw(c, j + 1, KW_on) || kw(c, j + 1, KW_in)))))
      break;
    as_span *x = span_at(c, j);
    if (x && x->kind == AS_MENTION_DATE && x->m && x->m->normalized.len && !bound_date(c, x))
      d = x;
  }
  set_date(cl, d ? d : opening_date(c, b->rank_from));
  return true;
}

/* ---- acts: `In 1569 de Valette ordered the auberges built` ---- */

/* Verbs of what only a living person does, for acts dated after a death. */
static const uint16_t deed_verbs[] = {KW_ordered, KW_commanded, KW_wrote, KW_published, KW_circulated,
                                      KW_visited, KW_met, KW_delivered, KW_attended, KW_addressed,
                                      KW_signalled, KW_signaled, KW_telegraphed, KW_radioed, KW_resigned,
                                      KW_announced, KW_negotiated, KW_lectured, KW_toured, KW_led,
                                      KW_sold, KW_bought, KW_isolated, KW_discovered, KW_composed,
                                      KW_painted, KW_handed, KW_sent, KW_received, KW_submitted,
                                      KW_presented, KW_testified, KW_preached, KW_dictated, KW_inspected,
                                      KW_signed, KW_granted, KW_issued, KW_confirmed, KW_decreed,
                                      KW_proclaimed, KW_founded, KW_appointed, KW_summoned, KW_nursed, KW_hosted,
                                      KW_welcomed, KW_accompanied, KW_greeted, KW_established, KW_created,
                                      KW_conducted, KW_premiered, KW_exhibited, KW_opened, KW_inaugurated,
                                      KW_consecrated, KW_praised, KW_hailed, KW_reviewed, AS_KW_END};

/* `and five days later, on 6 March 1869, his colleague Nikolai Menshutkin
 * presented`: the date set off by commas right before the subject at k
 * and the few words that describe it, after `on` or `in`; else NULL. */
static as_span *fronted_date(const sent *c, uint32_t k) {
  uint32_t j = k;
  while (j > 0 && k - j < 3 && c->t[j - 1].kind == AS_TK_WORD && !c->t[j - 1].cap && !kw(c, j - 1, KW_and) &&
         !kw(c, j - 1, KW_but) && !kw(c, j - 1, KW_that) && !kw(c, j - 1, KW_which) && !kw(c, j - 1, KW_who))
    j--;
  if (j < 3 || !is_comma(c, j - 1))
    return NULL;
  as_span *d = span_at(c, j - 2);
  /* (`but on 30 May 1919, after the massacre in Amritsar, he wrote`: past
   * a phrase set apart with no verb of its own) */
  if (!(d && d->kind == AS_MENTION_DATE)) {
    uint32_t q = j - 1;
    while (q > 0 && j - q < 12 && !is_comma(c, q - 1) && c->t[q - 1].kind != AS_TK_PUNCT && !past_form(c, q - 1) &&
           !kw(c, q - 1, KW_was) && !kw(c, q - 1, KW_were))
      q--;
    if (q < 3 || !is_comma(c, q - 1) || !among(c, q, &sets.prepositions))
      return NULL;
    j = q;
    d = span_at(c, j - 2);
  }
  if (!d || d->kind != AS_MENTION_DATE || !d->m || !d->m->normalized.len || d->to != j - 1 || d->from < 2 ||
      bound_date(c, d) || !(kw(c, d->from - 1, KW_on) || kw(c, d->from - 1, KW_in)) ||
      !(is_comma(c, d->from - 2) || kw(c, d->from - 2, KW_but) || kw(c, d->from - 2, KW_and)))
    return NULL;
  return d;
}

/* `In 1969 Mutaguchi circulated a pamphlet`, `On 13 April, Bonte ordered
 * the ships to retreat`, `he wrote to Flores on 9 November 1831`, `In
 * 1910, Pierre Curie and André Debierne isolated radium`: a dated
 * act of a person named right before the verb (or a he or she for one),
 * the claim `act` with the verb, for the check against the person's
 * death. Not `was ordered`, nor a possessive's (`his will ordered`). */
/* Whether token k is a quotation mark, straight or curly. */
static bool quote_mark(const sent *c, uint32_t k) {
  as_slice p = as_tok_text(c->text, &c->t[k]);
  return as_slice_eq(p, AS_SLICE_LIT("\"")) || as_slice_eq(p, AS_SLICE_LIT("\xe2\x80\x9c")) ||
         as_slice_eq(p, AS_SLICE_LIT("\xe2\x80\x9d"));
}

/* The first date in the clause from token from (before limit): not past
 * its end nor into what was said or a clause of time (`wrote that from 9
 * to 16 September`, `nursed her until her death on November 14, 1882`);
 * a quoted name does not end it (`led the assault on "Freda" on 25
 * May`). NULL if none. */
static as_span *clause_date(const sent *c, uint32_t from, uint32_t limit) {
  for (uint32_t k = from; k < c->n && k < limit; k++) {
    if (c->t[k].kind == AS_TK_PUNCT && quote_mark(c, k))
      continue;
    if (c->t[k].kind == AS_TK_COMMA || c->t[k].kind == AS_TK_PUNCT || kw(c, k, KW_that) || kw(c, k, KW_who) ||
        kw(c, k, KW_which) || kw(c, k, KW_and) || kw(c, k, KW_until) || kw(c, k, KW_till) || kw(c, k, KW_when) ||
        kw(c, k, KW_while) || kw(c, k, KW_since))
      break;
    as_span *x = span_at(c, k);
    if (x && x->from == k && x->kind == AS_MENTION_DATE && x->m && x->m->normalized.len)
      return x;
  }
  return NULL;
}

/* `The Colegio Nacional Junín was founded by Sucre on 11 March 1832`: a
 * founding's agent, named after `by`, acted on its day (the date in its
 * clause); the claim `act` of that person. */
static void passive_deed(sent *c, uint32_t v) {
  if (!(kw(c, v, KW_founded) || kw(c, v, KW_established) || kw(c, v, KW_created)) || !kw(c, v + 1, KW_by))
    return;
  as_span *x = span_at(c, v + 2);
  if (!x || x->rank_from != v + 2 || !named(x, AS_MENTION_PERSON) || x->possessive)
    return;
  as_span *d = clause_date(c, x->to, x->to + 8);
  if (!d)
    return;
  as_claim *cl = prose_claim(c, x->canon, AS_P_ACT, v);
  cl->value = as_slice_make(c->text.ptr + c->t[v].start, c->t[v].end - c->t[v].start);
  cl->normalized = cl->value;
  set_date(cl, d);
}

static void deed(sent *c, uint32_t v) {
  if (v > 0 && (kw(c, v - 1, KW_was) || kw(c, v - 1, KW_were)))
    passive_deed(c, v);
  if (!among(c, v, &sets.deed_verbs) || (v > 0 && (kw(c, v - 1, KW_was) || kw(c, v - 1, KW_were) ||
                                                   kw(c, v - 1, KW_been) || kw(c, v - 1, KW_had))))
    return;
  uint32_t i = v;
  while (i > 0 && c->t[i - 1].kind == AS_TK_WORD && adverb(c, i - 1))
    i--;
  as_span *sp = i > 0 ? span_at(c, i - 1) : NULL;
  bool person = sp ? named(sp, AS_MENTION_PERSON) && !sp->possessive && sp->to == i
                   : i > 0 && (kw(c, i - 1, KW_he) || kw(c, i - 1, KW_she));
  as_slice who;
  /* `a profile of Hank Williams III published by GQ`: a participle; `X
   * opened fire`: no opening */
  if (!person || kw(c, v + 1, KW_by) || (kw(c, v, KW_opened) && kw(c, v + 1, KW_fire)) || !close_subject(c, v, &who))
    return;
  /* `he received the Medal of Honor posthumously`: no deed of his life */
  for (uint32_t k = v + 1; k < c->n && k < v + 16; k++)
    if (kw(c, k, KW_posthumously) || kw(c, k, KW_posthumous))
      return;
  /* the date in the act's clause, not in what was written or said
   * (`Christie wrote that from 9 to 16 September ...`), else the one the
   * sentence opens with */
  as_span *d = clause_date(c, v + 1, v + 12);
  if (!d)
    d = clause_opening_date(c, sp ? sp->rank_from : i - 1);
  if (!d)
    d = fronted_date(c, sp ? sp->rank_from : i - 1);
  if (!d)
    d = opening_date(c, v);
  if (!d || !d->m->normalized.len)
    return;
  /* `Pierre Curie and André Debierne published`: both did */
  as_span *other = coordinated_person(c, who, v);
  as_slice whos[2] = {who, other ? other->canon : AS_SLICE_NULL};
  for (int w = 0; w < 2 && whos[w].len; w++) {
    as_claim *cl = prose_claim(c, whos[w], AS_P_ACT, v);
    cl->value = as_slice_make(c->text.ptr + c->t[v].start, c->t[v].end - c->t[v].start);
    cl->normalized = cl->value;
    set_date(cl, d);
  }
}

/* The date d of the verb at v, unless d dates another verb's phrase
 * joined to v's by `and` (`divorced Evelyn Mase in 1958 and married`: not
 * the wedding's, though a date opening the sentence is: `In 1958 he left
 * prison and married`). A date set apart right after that `and` is v's
 * (`and, on his 80th birthday, 18 July 1998, married`). */
static const as_span *conjunct_date(const sent *c, const as_span *d, uint32_t v) {
  uint32_t k = v;
  while (k > 0 && v - k < 24 && !kw(c, k - 1, KW_and) && c->t[k - 1].kind != AS_TK_PUNCT)
    k--;
  if (k > 0 && kw(c, k - 1, KW_and) && is_comma(c, k) && set_apart(c, k, v))
    for (uint32_t j = v - 1; j > k; j--) {
      as_span *x = span_at(c, j);
      if (x && x->from == j && date_span_at(c, j) && !bound_date(c, x))
        return x;
    }
  if (!d || d->to > v || d->from < 2 || !(kw(c, d->from - 1, KW_in) || kw(c, d->from - 1, KW_on)) ||
      is_comma(c, d->from - 2) || (d->from == 2 && !kw(c, 0, KW_and)))
    return d;
  for (k = d->to; k < v; k++)
    if (kw(c, k, KW_and) || kw(c, k, KW_but))
      return NULL;
  return d;
}

static void marriage(sent *c, uint32_t v) {
  as_slice who;
  if (!kw(c, v, KW_married) || pair_married(c, v))
    return;
  if (!subject_of(c, v, &who)) {
    couple_married(c, v);
    return;
  }
  uint32_t k = v + 1;
  while (k < c->n && k < v + 4 && c->t[k].kind == AS_TK_WORD && !c->t[k].cap)
    k++;
  as_span *y = span_at(c, k);
  if (!y || y->rank_from != k || !named(y, AS_MENTION_PERSON) || y->possessive || as_slice_eq(y->canon, who))
    return;
  as_claim *cl = prose_claim(c, who, AS_P_SPOUSE, v);
  cl->value = y->m->text;
  cl->normalized = y->canon;
  /* `married Fathia Rizk, an Egyptian woman whom he had never met, in
   * Accra on 30 December 1957`: past the apposition */
  uint32_t after = y->to, e;
  /* `married Sarah Barnard (1800–1879) on 12 June 1822`: past her dates */
  if (punct(c, after, '('))
    for (uint32_t j = after + 1; j < c->n && j < after + 16; j++)
      if (punct(c, j, ')')) {
        after = j + 1;
        break;
      }
  if (is_comma(c, after) && (kw(c, after + 1, KW_a) || kw(c, after + 1, KW_an) || kw(c, after + 1, KW_the)) &&
      (e = aside_end(c, after)))
    after = e;
  /* `On 27 October 1957 he married Valentina Goryacheva, a medical
   * technician, and in November 1957 he was commissioned`: the next
   * clause's date is not the wedding's */
  if (after > y->to && (kw(c, after, KW_and) || kw(c, after, KW_but)))
    set_date(cl, conjunct_date(c, date_near(c, v, 0), v));
  else
    set_date(cl, conjunct_date(c, date_near(c, after, 8), v));
}

/* Whether token k is one of the words of list, as written. */
static bool word_listed(const sent *c, uint32_t k, const char *const *list) {
  as_slice w = as_tok_text(c->text, &c->t[k]);
  for (size_t i = 0; list[i]; i++)
    if (as_slice_eq_cstr(w, list[i]))
      return true;
  return false;
}

/* A capitalised word that opens the name of an office (`Prime Minister`,
 * `Governor of Bengal`, `Chief Justice`). */
static bool office_word(const sent *c, uint32_t k) {
  static const char *const words[] = {"President", "Prime", "Premier", "Chancellor", "Governor", "Mayor",
                                      "Minister", "Secretary", "Senator", "Speaker", "Chief", "Lord",
                                      "Vice", "Deputy", "Attorney", "Director", "Chairman", "Leader",
                                      "Commander", "Commander-in-Chief", "Bishop", "Archbishop", "Pope",
                                      "King", "Queen", "Emperor", "Empress", "Sultan", "Tsar", "Viceroy",
                                      "Ambassador", "Consul", "Dean", "Rector", "Provost", "Principal",
                                      "Treasurer", "Lieutenant", "Head", "General", "Admiral", "Commissioner",
                                      "Secretary-General", "Governor-General", NULL};
  /* `First Secretary`, `First Lord of the Admiralty`, `High Commissioner`,
   * `Supreme Commander`: a word before one */
  static const char *const before[] = {"First", "Second", "High", "Supreme", "Grand", NULL};
  if (k + 1 < c->n && c->t[k].kind == AS_TK_WORD && word_listed(c, k, before))
    k++;
  return k < c->n && c->t[k].kind == AS_TK_WORD && word_listed(c, k, words);
}

/* A lower-case noun of an office a person is appointed or elected to
 * without `as` (`was appointed professor of chemistry`). */
static bool role_noun(const sent *c, uint32_t k) {
  static const char *const nouns[] = {"professor", "lecturer", "director", "governor", "ambassador", "minister",
                                      "secretary", "president", "chairman", "editor", "conductor", "bishop",
                                      "archbishop", "judge", "mayor", "consul", "dean", "rector", "chancellor",
                                      "curator", "headmaster", "principal", "treasurer", "commissioner", "commander",
                                      "commandant", "king", "queen", "emperor", "empress", "tsar", "sultan", "regent",
                                      "viceroy", NULL};
  return k < c->n && c->t[k].kind == AS_TK_WORD && c->t[k].lower && word_listed(c, k, nouns);
}

/* `Ušakovs, mayor since 2010,`, `Chow Kon Yeow has been Chief Minister
 * since 14 May 2018`: an office held since a day, which is its term's
 * start. s is the token `since`. */
static void since_role(sent *c, uint32_t s) {
  if (!kw(c, s, KW_since) || !date_span_at(c, s + 1) || span_at(c, s + 1)->m->inferred)
    return;
  uint32_t k = s;
  while (k > 0 && s - k < 8 && !is_comma(c, k - 1) && !kw(c, k - 1, KW_been))
    k--;
  if (k < 2 || k == s || !(role_noun(c, k) || office_word(c, k)))
    return;
  uint32_t end;
  as_slice role = role_at(c, k, &end), who;
  if (!role.len || end != s)
    return;
  if (kw(c, k - 1, KW_been)) {
    /* (`has been`, `had been`, `who had been`) */
    if (!(kw(c, k - 2, KW_has) || kw(c, k - 2, KW_had) || kw(c, k - 2, KW_have)) || !subject_of(c, k - 2, &who))
      return;
  } else {
    as_span *x = span_at(c, k - 2);
    if (!x || x->to != k - 1 || !named(x, AS_MENTION_PERSON) || x->possessive || !is_comma(c, span_at(c, s + 1)->to))
      return;
    who = x->canon;
    c->subj_kind = AS_MENTION_PERSON;
  }
  as_claim *cl = new_role(c, who, role, k);
  if (!cl)
    return;
  const as_span *d = span_at(c, s + 1);
  set_date(cl, d);
  term_start(c, cl, d);
}

/* The unit named at token k (`Army Group Don`, `the Eighth Army`), or NULL. */
static as_span *unit_at(const sent *c, uint32_t k) {
  if (kw(c, k, KW_the))
    k++;
  as_span *unit = span_at(c, k);
  return unit && unit->rank_from == k && unit->is_name && unit->m && unit->kind == AS_MENTION_ORG ? unit : NULL;
}

/* who's role of commander of unit, told at token v: its value the unit,
 * as written, its key `commander of` the unit. */
static as_claim *commander_role(sent *c, as_slice who, const as_span *unit, uint32_t v) {
  as_claim *cl = new_role(c, who, unit->m->text, v);
  if (!cl)
    return NULL;
  as_strbuf_clear(&c->f->buf);
  as_strbuf_puts(&c->f->buf, "commander of ");
  as_strbuf_put_slice(&c->f->buf, unit->m->text);
  cl->normalized = role_key(c->f, as_arena_slice(c->f->p->arena, as_strbuf_slice(&c->f->buf)));
  return cl;
}

static void roles(sent *c, uint32_t v) {
  uint32_t end;
  /* `took command of the Eighth Army on 13 August 1942`, `assumed
   * command of`, `took over command of`: its commander from that day */
  uint32_t q = kw(c, v, KW_took) && kw(c, v + 1, KW_over) ? v + 2 : v + 1;
  if ((kw(c, v, KW_took) || kw(c, v, KW_assumed)) && kw(c, q, KW_command) && kw(c, q + 1, KW_of)) {
    as_span *unit = unit_at(c, q + 2);
    as_slice who;
    as_claim *cl = unit && subject_of(c, v, &who) ? commander_role(c, who, unit, v) : NULL;
    if (cl) {
      const as_span *d = date_near(c, unit->to, 8);
      set_date(cl, d);
      term_start(c, cl, d);
    }
    return;
  }
  /* X was (also) appointed [by ...] as Y; Prado was declared President */
  bool passive = v > 0 && (kw(c, v - 1, KW_was) || kw(c, v - 1, KW_been) || kw(c, v - 1, KW_were) ||
                           ((kw(c, v - 1, KW_also) || kw(c, v - 1, KW_later)) && v > 1 &&
                            (kw(c, v - 2, KW_was) || kw(c, v - 2, KW_been))));
  /* `was stripped of his powers and designated by the Congress as` */
  if (!passive && v > 0 && kw(c, v - 1, KW_and))
    for (uint32_t k = v - 1; k > 0 && k + 10 > v; k--) {
      if (is_comma(c, k - 1))
        break;
      if (kw(c, k - 1, KW_was) || kw(c, k - 1, KW_were)) {
        passive = true;
        break;
      }
    }
  /* `Manstein, appointed to command Army Group Don on 28 November 1942,
   * had`: a participle's apposition to the name before */
  const as_span *apposed = v >= 2 && is_comma(c, v - 1) ? span_at(c, v - 2) : NULL;
  if (!passive && apposed && apposed->to == v - 1 && named(apposed, AS_MENTION_PERSON) && !apposed->possessive &&
      (kw(c, v, KW_appointed) || kw(c, v, KW_named) || kw(c, v, KW_elected)))
    passive = true;
  else
    apposed = NULL;
  if (among(c, v, &sets.passive_role_verbs) && passive) {
    uint32_t k = v + 1;
    /* `appointed to command Army Group Don`: its commander */
    as_span *unit = kw(c, k, KW_to) && kw(c, k + 1, KW_command) ? unit_at(c, k + 2) : NULL;
    if (unit) {
      as_slice who;
      if (apposed) {
        who = apposed->canon;
        c->subj_kind = AS_MENTION_PERSON;
      } else if (!subject_of(c, v, &who)) {
        return;
      }
      as_claim *cl = commander_role(c, who, unit, v);
      if (cl)
        dated_role(c, cl, v, unit->to);
      return;
    }
    if (kw(c, k, KW_by)) { /* `by the Congress as`: the agent is skipped */
      while (k < c->n && k < v + 8 && !kw(c, k, KW_as) && !is_comma(c, k))
        k++;
    }
    if (kw(c, k, KW_as))
      k++;
    else if (!((c->t[k < c->n ? k : 0].cap || role_noun(c, k) ||
                ((kw(c, k, KW_a) || kw(c, k, KW_an)) && k + 1 < c->n && c->t[k + 1].cap)) &&
               k == v + 1 && !kw(c, v, KW_listed)))
      return; /* `was elected a Fellow of the Royal Society`, `was appointed professor of chemistry` */
    as_slice role = role_at(c, k, &end);
    as_slice who;
    if (role.len && apposed) {
      c->subj_kind = AS_MENTION_PERSON;
      role_claim(c, apposed->canon, role, v, end);
    }
    else if (role.len && subject_of(c, v, &who))
      role_claim(c, who, role, v, end);
    return;
  }
  /* appointed X as Y, proclaimed X dictator, proclaimed himself dictator */
  if (among(c, v, &sets.appoint_verbs)) {
    uint32_t k;
    as_slice who = {0};
    as_span *x = person_after(c, v, &k);
    if (x) {
      who = x->canon;
      c->subj_kind = AS_MENTION_PERSON;
    }
    else if (kw(c, v + 1, KW_himself) || kw(c, v + 1, KW_herself)) {
      k = v + 2;
      if (!subject_of(c, v, &who))
        return;
    } else {
      return;
    }
    bool as = kw(c, k, KW_as);
    if (as)
      k++;
    else if (!(kw(c, v, KW_proclaimed) || kw(c, v, KW_proclaiming) || kw(c, v, KW_declared) ||
               kw(c, v, KW_appointed) || kw(c, v, KW_named) || kw(c, v, KW_elected) || kw(c, v, KW_crowned)))
      return;
    if (!as && (kw(c, k, KW_the) || kw(c, k, KW_a) || kw(c, k, KW_an)))
      return; /* `proclaimed X the winner`... too loose without `as` */
    as_slice role = role_at(c, k, &end);
    role_claim(c, who, role, x ? x->from : v, end);
    return;
  }
  /* X assumed the (provisional) presidency; X served as Y; serving as Y */
  if (kw(c, v, KW_assumed)) {
    uint32_t k = v + 1;
    as_slice role = role_at(c, k, &end);
    uint32_t office = 0;
    for (uint32_t j = k; j < end && !office; j++)
      if (among(c, j, &sets.offices))
        office = j + 1;
    as_slice who;
    /* `assumed power over the kingdoms` names no office (`assumed
     * provisional power` does) */
    if (!office || (office - 1 == k && kw(c, k, KW_power)) || !subject_of(c, v, &who))
      return;
    /* `the office of President`, `the title of emperor`: the office is
     * the one named after `of`; `assumed the office` alone names none */
    if (kw(c, office - 1, KW_office) || kw(c, office - 1, KW_post) || kw(c, office - 1, KW_position) ||
        kw(c, office - 1, KW_title)) {
      as_slice named = kw(c, office, KW_of) ? role_at(c, office + 1, &end) : (as_slice){0};
      if (named.len)
        role_claim(c, who, named, v, end);
      return;
    }
    /* up to the office word: `command of the northern departments` → `command` */
    role.len = c->t[office - 1].end - (size_t)(role.ptr - c->text.ptr);
    role_claim(c, who, role, v, end);
    return;
  }
  /* `succeeding him as provisional president`, `was sworn in as` */
  if ((kw(c, v, KW_succeeding) || kw(c, v, KW_succeeded) || kw(c, v, KW_replacing) || kw(c, v, KW_replaced)) &&
      (kw(c, v + 1, KW_him) || kw(c, v + 1, KW_her) || (span_at(c, v + 1) && named(span_at(c, v + 1), AS_MENTION_PERSON)))) {
    uint32_t k = kw(c, v + 1, KW_him) || kw(c, v + 1, KW_her) ? v + 2 : span_at(c, v + 1)->to;
    as_slice who;
    if (kw(c, k, KW_as) && subject_of(c, v, &who)) {
      as_slice role = role_at(c, k + 1, &end);
      role_claim(c, who, role, v, end);
    }
    return;
  }
  /* the role right after the verb's words: `was sworn in as`, `became
   * Prime Minister` (an office's word), `became president of the
   * society`, `took office as`, `served as` */
  uint32_t k = 0;
  if (kw(c, v, KW_sworn) && kw(c, v + 1, KW_in) && kw(c, v + 2, KW_as))
    k = v + 3;
  else if ((kw(c, v, KW_became) || (kw(c, v, KW_become) && v > 0 && (kw(c, v - 1, KW_had) || kw(c, v - 1, KW_has)))) &&
           ((v + 1 < c->n && c->t[v + 1].cap && office_word(c, v + 1)) || role_noun(c, v + 1)))
    k = v + 1; /* (`who had become King of Prussia in 1740`) */
  else if ((kw(c, v, KW_took) || (kw(c, v, KW_taken) && v > 0 && (kw(c, v - 1, KW_had) || kw(c, v - 1, KW_having)))) &&
           kw(c, v + 1, KW_office) && kw(c, v + 2, KW_as))
    k = v + 3; /* (`who had taken office as mayor in June 2002`) */
  else if ((kw(c, v, KW_took) || kw(c, v, KW_swore)) &&
           (kw(c, v + 1, KW_the) || kw(c, v + 1, KW_an) || kw(c, v + 1, KW_his) || kw(c, v + 1, KW_her)) &&
           kw(c, v + 2, KW_oath))
    /* `took the oath as Commander-in-Chief`, `swore his oath of office as` */
    k = kw(c, v + 3, KW_as) ? v + 4 : kw(c, v + 3, KW_of) && kw(c, v + 4, KW_office) && kw(c, v + 5, KW_as) ? v + 6 : 0;
  else if ((kw(c, v, KW_served) || kw(c, v, KW_serving)) && kw(c, v + 1, KW_as) &&
           !as_serves_as_thing(c->t, c->n, v + 2))
    k = v + 2;
  if (k) {
    as_slice role = role_at(c, k, &end), who;
    /* `Kenyatta returned ..., married Grace Wanjiku, and in June 1947
     * became president`: the first verb's subject, not an object */
    as_span *d = v > 0 ? span_at(c, v - 1) : NULL;
    bool dated = d && d->kind == AS_MENTION_DATE && d->to == v && d->from >= 3 && kw(c, d->from - 2, KW_and) &&
                 is_comma(c, d->from - 3);
    if (role.len && ((dated && coordinated_verb(c, v) && opening_subject(c, v, &who)) || subject_of(c, v, &who)))
      role_claim(c, who, role, v, end);
  }
}

/* ---- foundings and completions ---- */

/* Head words of buildings and institutions that are founded or completed. */
static const uint16_t building_heads[] = {
    KW_church,    KW_cathedral, KW_chapel,   KW_abbey,      KW_castle,  KW_fort,       KW_fortress,
    KW_tower,     KW_hall,      KW_house,    KW_palace,     KW_museum,  KW_library,    KW_bridge,
    KW_theatre,   KW_stadium,   KW_school,   KW_college,    KW_university, KW_hospital, KW_mosque,
    KW_temple,    KW_synagogue, KW_monastery, KW_basilica,  KW_citadel, KW_lighthouse, KW_building,
    KW_presidio,  KW_cemetery,  KW_seminary, KW_academy,    KW_institute, KW_observatory, KW_belfry,
    KW_tunnel,    KW_convent,   KW_nunnery,  AS_KW_END};
static as_kwset building_set;

/* The head word of a name that names a building or an institution
 * (`Fort Henry`, `the Collegiate Church of St. Mary`, `Town Museum`), or
 * AS_KW_NONE. */
static int building_head(const sent *c, const as_span *sp) {
  if (!sp->is_name || !sp->m || sp->kind == AS_MENTION_PERSON || sp->kind == AS_MENTION_EVENT)
    return AS_KW_NONE;
  for (uint32_t k = sp->from; k < sp->to && k < c->n; k++) {
    if (kw(c, k, KW_of))
      break; /* `Church of St. Mary`: the head before `of` */
    if (as_kwset_has(&building_set, &c->t[k]))
      return c->t[k].kw;
  }
  return AS_KW_NONE;
}

/* The date of a founding or a completion after its verb at v (`in 1320`,
 * `on 1 March 1872`, `by a group of citizens in 1872`), within the clause. */
static as_span *founding_when(const sent *c, uint32_t v) {
  for (uint32_t k = v + 1; k < c->n && k < v + 10 && !is_comma(c, k) && !punct(c, k, ';') && !kw(c, k, KW_and);
       k++)
    if (date_span_at(c, k) && (kw(c, k - 1, KW_in) || kw(c, k - 1, KW_on) || kw(c, k - 1, KW_around) ||
                               kw(c, k - 1, KW_about) || kw(c, k - 1, KW_c) ||
                               /* `founded around 1070`: the date holds its approximation */
                               (k == v + 1 && (kw(c, k, KW_around) || kw(c, k, KW_about) || kw(c, k, KW_circa) ||
                                               kw(c, k, KW_c)))))
      return span_at(c, k);
  return NULL;
}

/* Whether the name x opens its clause (`The Town Hall ...`, `..., and the
 * Opera House`, `In 1880 Truro School`), so that it may be the subject of
 * a verb after it, not a preposition's object (`the encirclement of German
 * forces in Stalingrad was completed`, `the legislature of Finland,
 * established in 1906`). A place after a comma that qualifies the name
 * before (`Queen's College, Galway was founded`) gives that name. */
static const as_span *clause_subject(const sent *c, const as_span *x) {
  uint32_t k = x->rank_from;
  /* `The town of Lamu`, `the city of Kotor` */
  if (x->kind == AS_MENTION_PLACE && k >= 2 && kw(c, k - 1, KW_of) &&
      (kw(c, k - 2, KW_town) || kw(c, k - 2, KW_city) || kw(c, k - 2, KW_village) || kw(c, k - 2, KW_settlement) ||
       kw(c, k - 2, KW_port)))
    k -= 2;
  if (k > 0 && kw(c, k - 1, KW_the))
    k--;
  if (k == 0 || punct(c, k - 1, ';') || kw(c, k - 1, KW_and) || kw(c, k - 1, KW_but) || kw(c, k - 1, KW_while))
    return x;
  const as_span *d = span_at(c, k - 1);
  if (d && d->kind == AS_MENTION_DATE)
    return x;
  if (!is_comma(c, k - 1))
    return NULL;
  const as_span *y = k >= 2 ? span_at(c, k - 2) : NULL;
  if (x->kind == AS_MENTION_PLACE && y && y->is_name && y->m && y->to == k - 1 && y->kind != AS_MENTION_PERSON &&
      y->kind != AS_MENTION_EVENT)
    return clause_subject(c, y);
  return x;
}

/* The name of y, the clause's subject, with the place x that qualifies
 * it after a comma when clause_subject went past it: `Trinity College,
 * Dublin` (not the Trinity College of Cambridge), `Queen's College,
 * Galway`. */
static as_slice qualified_name(sent *c, const as_span *x, const as_span *y, as_slice town) {
  if (!town.len && (y == x || x->kind != AS_MENTION_PLACE || y->to + 1 != x->rank_from || !is_comma(c, y->to)))
    return y->canon;
  as_strbuf_clear(&c->f->buf);
  as_strbuf_put_slice(&c->f->buf, y->canon);
  as_strbuf_puts(&c->f->buf, ", ");
  as_strbuf_put_slice(&c->f->buf, town.len ? town : x->canon);
  return as_arena_slice(c->f->p->arena, as_strbuf_slice(&c->f->buf));
}

/* Whether the tokens before k (the clause's first) spell the article's
 * title, or its part before a comma (`Santa Fe` of `Santa Fe, New
 * Mexico`). */
static bool title_words(const sent *c, uint32_t k) {
  as_slice title = as_title_before(c->f->a->title, ",");
  if (k >= c->n || !title.len)
    return false;
  as_slice said = as_slice_make(c->text.ptr + c->t[0].start, c->t[k].end - c->t[0].start);
  return as_slice_eq(said, title);
}

/* `X was founded in 1320`, `X, founded in 1324, contains`, `the citizens
 * founded X in 1872`, `X was completed in 1596`, `the building was
 * completed in 1867`, `and it was completed in 1596`: a place, building or
 * organisation founded (`foundingDate`) or completed (`completionDate`). */
/* `the Women's Franchise League, which she had founded in 1889`, `a
 * member of the Association, which was founded in 1991`: the
 * organisation or place a relative clause says was founded at v, or
 * NULL. */
static as_span *founded_which(sent *c, uint32_t v) {
  uint32_t k = v;
  if (k > 0 && kw(c, k - 1, KW_had))
    k--;
  if (k == 0)
    return NULL;
  as_span *who = span_at(c, k - 1);
  if (kw(c, k - 1, KW_was) || kw(c, k - 1, KW_were))
    k--; /* `the Association of World Heritage Cities, which was founded in 1991` */
  else if (k >= 2 && kw(c, k - 1, KW_been) && (kw(c, k - 2, KW_had) || kw(c, k - 2, KW_has)))
    k -= 2; /* `The Brazilian Expeditionary Force, which had been founded in 1944,` */
  else if (who && who->to == k && who->is_name && who->kind == AS_MENTION_PERSON)
    k = who->rank_from;
  else if (kw(c, k - 1, KW_he) || kw(c, k - 1, KW_she) || kw(c, k - 1, KW_they) || kw(c, k - 1, KW_we))
    k--;
  else
    return NULL;
  if (k < 2 || !kw(c, k - 1, KW_which))
    return NULL;
  k--;
  if (is_comma(c, k - 1))
    k--;
  as_span *x = relative_head(c, k);
  if (!x || !x->is_name || !x->m || x->possessive ||
      (x->kind != AS_MENTION_ORG && x->kind != AS_MENTION_PLACE))
    return NULL;
  /* `the Convent of San Jerónimo in Mexico City, a house which had been
   * founded in 1585`: the house in the town, not the town */
  as_span *y = x->rank_from >= 2 && (kw(c, x->rank_from - 1, KW_in) || kw(c, x->rank_from - 1, KW_at))
                   ? span_at(c, x->rank_from - 2)
                   : NULL;
  if (y && y->to == x->rank_from - 1 && y->is_name && y->m && !y->possessive &&
      (y->kind == AS_MENTION_ORG || y->kind == AS_MENTION_PLACE))
    return y;
  if (x->rank_from >= 1 && (kw(c, x->rank_from - 1, KW_in) || kw(c, x->rank_from - 1, KW_at)))
    return NULL; /* (in a town after something no name names) */
  return x;
}

/* Head words of what opens to the public: a building, or a way (`the
 * Thames Tunnel`, `the Forth Bridge`, `the Trans-Siberian Railway`). */
static const uint16_t opening_heads[] = {KW_tunnel,  KW_bridge,   KW_railway, KW_railroad, KW_station, KW_canal,
                                         KW_airport, KW_line,     KW_metro,   KW_museum,   KW_theatre, KW_theater,
                                         KW_stadium, KW_library,  KW_hospital, KW_house,   KW_hall,    KW_harbour,
                                         KW_port,    KW_lighthouse, KW_gallery, KW_park,   KW_centre,  KW_center,
                                         KW_hotel,   KW_school,   KW_zoo,     AS_KW_END};
static as_kwset opening_set;

/* Whether what follows `opened` at v tells when or how it opened, not
 * what was opened. */
static bool opened_how(const sent *c, uint32_t v) {
  return kw(c, v + 1, KW_in) || kw(c, v + 1, KW_on) || kw(c, v + 1, KW_to) || kw(c, v + 1, KW_for) ||
         kw(c, v + 1, KW_at) || kw(c, v + 1, KW_by) || is_comma(c, v + 1);
}

/* `The Thames Tunnel opened to the public on 25 March 1843`, `the bridge
 * was opened in 1932`, `the railway, opened in 1862,`: whether the name
 * x is of something that opens, and v (`opened`) says it did, not that
 * someone opened something (`the Allies opened fire`, `opened a school`). */
static bool opened_here(const sent *c, uint32_t v, const as_span *x) {
  /* the head ends the name (`the Thames Tunnel`) or opens it (`the
   * Museum of the Second World War`) */
  if (!x || !x->m || (x->kind != AS_MENTION_PLACE && x->kind != AS_MENTION_ORG) || x->to == 0 ||
      !(as_kwset_has(&opening_set, &c->t[x->to - 1]) ||
        (kw(c, x->from + 1, KW_of) && as_kwset_has(&opening_set, &c->t[x->from]))))
    return false;
  return opened_how(c, v);
}

/* The verb of a formal founding the sentence tells later of the one
 * founded at v (`..., and it was formally founded on 24 December 1726`,
 * `; it was officially established in 1726`), or 0. */
static uint32_t formal_founding(const sent *c, uint32_t v) {
  if (v > 0 && (kw(c, v - 1, KW_formally) || kw(c, v - 1, KW_officially)))
    return 0;
  for (uint32_t k = v + 1; k + 4 < c->n; k++) {
    if (!(is_comma(c, k) && kw(c, k + 1, KW_and)) && !punct(c, k, ';'))
      continue;
    uint32_t j = k + (kw(c, k + 1, KW_and) ? 2 : 1);
    if (!kw(c, j, KW_it) || !kw(c, j + 1, KW_was))
      return 0;
    j += 2;
    if ((kw(c, j, KW_formally) || kw(c, j, KW_officially)) && (kw(c, j + 1, KW_founded) || kw(c, j + 1, KW_established)))
      return j + 1;
    return 0;
  }
  return 0;
}

static void founding_date(sent *c, uint32_t v) {
  bool done = kw(c, v, KW_completed), opened = kw(c, v, KW_opened), formed = kw(c, v, KW_formed),
       created = kw(c, v, KW_created) || formed;
  /* `credited with founding Addis Ababa in 1886`: a gerund's object */
  bool gerund = kw(c, v, KW_founding) && v > 0 &&
                (kw(c, v - 1, KW_with) || kw(c, v - 1, KW_for) || kw(c, v - 1, KW_after) || kw(c, v - 1, KW_by));
  if (!done && !opened && !created && !kw(c, v, KW_founded) && !kw(c, v, KW_established) &&
      !kw(c, v, KW_incorporated) && !gerund)
    return;
  as_property p = done ? AS_P_COMPLETION_DATE : opened ? AS_P_OPENING_DATE : AS_P_FOUNDING_DATE;
  as_slice who = {0};
  uint32_t b = v;
  if (b > 0 && c->t[b - 1].kind == AS_TK_WORD && !c->t[b - 1].cap && adverb(c, b - 1) && !kw(c, b - 1, KW_was) &&
      !kw(c, b - 1, KW_were))
    b--; /* `was officially founded` */
  as_span *x = NULL;
  bool passive = b >= 2 && (kw(c, b - 1, KW_was) || kw(c, b - 1, KW_were));
  uint32_t s = passive ? b - 2 : v >= 2 && is_comma(c, v - 1) ? v - 2 : v;
  /* `The Brazilian Expeditionary Force was created on 9 August 1943`,
   * `The 21st Panzer Division, which had been formed in Libya`: a body's
   * founding (not a character's, nor a painting's, nor `formed a line`) */
  as_span *body = formed ? founded_which(c, v) : NULL;
  if (body && body->kind != AS_MENTION_ORG)
    body = NULL;
  if (created && !body && !(passive && (x = span_at(c, s)) && x->to == s + 1 && named(x, AS_MENTION_ORG)))
    return;
  x = NULL;
  /* `The Thames Tunnel finally opened to the public`, `it opened on`:
   * the name or `it` right before is the subject, as of a passive */
  if (opened && !passive && b > 0 && !is_comma(c, b - 1)) {
    as_span *y = span_at(c, b - 1);
    if ((y && y->to == b) || kw(c, b - 1, KW_it)) {
      passive = true;
      s = b - 1;
    }
  }
  /* `The Town Hall was begun in 1376 and completed in 1421`: the `was` of
   * the first verb */
  for (uint32_t k = v - 1; !passive && v >= 2 && kw(c, v - 1, KW_and) && k > 0 && k + 10 > v; k--) {
    if (is_comma(c, k) || punct(c, k, ';'))
      break;
    if (kw(c, k, KW_was) || kw(c, k, KW_were)) {
      passive = k >= 1;
      s = k - 1;
    }
  }
  /* `The building was completed`, `The building, completed in 1933,`, `and
   * it was completed`, `It was designed by ..., and was completed`: the
   * building last named */
  uint32_t the = s; /* `the Gothic Revival building`: the words before the noun */
  while (the > 0 && the + 4 > s && !kw(c, the - 1, KW_the) && c->t[the - 1].kind == AS_TK_WORD)
    the--;
  /* `since the city was founded in 1286`: the settlement the article is
   * about */
  if (!done && (kw(c, v, KW_founded) || body) && !gerund && (x = body ? body : founded_which(c, v))) {
    who = x->canon; /* `the Women's Franchise League, which she had founded in 1889,` */
  } else if (passive && !done && c->f->town.len && s >= 1 && kw(c, s - 1, KW_the) &&
      (kw(c, s, KW_city) || kw(c, s, KW_town) || kw(c, s, KW_village) || kw(c, s, KW_settlement))) {
    who = c->f->town;
  } else if (passive && !span_at(c, s) && title_words(c, s)) {
    who = c->f->a->title; /* `Testville was founded`, its name known no other way */
  } else if (s < v && c->f->building.len &&
      ((passive && kw(c, s, KW_it)) || (passive && kw(c, s, KW_and) && kw(c, 0, KW_it)) ||
       (the >= 1 && kw(c, the - 1, KW_the) && !c->t[s].cap &&
        (kw(c, s, KW_building) || (c->t[s].kw && c->t[s].kw == c->f->building_head))))) {
    who = c->f->building;
  } else if (passive) {
    /* `The Old Church, a wooden church designed by John Grant, was
     * completed`: the name before the apposition */
    /* `Trinity College, Dublin, was founded`: the town set apart is the
     * name's (a place, or one to three capitalised words no list knows) */
    as_slice town = AS_SLICE_NULL;
    if (is_comma(c, s))
      for (uint32_t k = s; k > 1 && k + 16 > s; k--)
        if (is_comma(c, k - 1)) {
          const as_span *q = span_at(c, k);
          bool words = s > k && s - k <= 3 && !q;
          for (uint32_t w = k; words && w < s; w++)
            words = c->t[w].kind == AS_TK_WORD && c->t[w].cap && !span_at(c, w);
          if (q && q->rank_from == k && q->to == s && q->kind == AS_MENTION_PLACE && q->is_name)
            town = q->canon;
          else if (words)
            town = as_slice_make(c->text.ptr + c->t[k].start, c->t[s - 1].end - c->t[k].start);
          s = k - 2;
          break;
        }
    if (!((x = span_at(c, s)) && x->to == s + 1)) {
      /* `The Town Hall on the main square was begun`: the clause's first
       * name, a short place phrase after it */
      x = span_at(c, kw(c, 0, KW_the) ? 1 : 0);
      for (uint32_t k = x ? x->to : s; x && k <= s; k++)
        if (is_comma(c, k) || k > x->to + 6 || (span_at(c, k) && span_at(c, k)->kind == AS_MENTION_DATE))
          x = NULL;
      if (x && x->rank_from > 1)
        x = NULL;
    }
    const as_span *y;
    if (x && x->is_name && x->m && x->kind != AS_MENTION_PERSON && x->kind != AS_MENTION_EVENT && !x->possessive &&
        (y = clause_subject(c, x)))
      who = qualified_name(c, x, y, y == x ? town : AS_SLICE_NULL);
  } else if (v >= 2 && is_comma(c, v - 1) && (x = span_at(c, v - 2)) && x->to == v - 1 && x->is_name && x->m &&
             x->kind != AS_MENTION_PERSON && x->kind != AS_MENTION_EVENT && !x->possessive) {
    const as_span *y = clause_subject(c, x);
    if (y)
      who = qualified_name(c, x, y, AS_SLICE_NULL); /* `Fort Henry, completed in 1598, was` */
  } else if (!done && v == 0 && !c->f->bio.len && founding_when(c, v)) {
    /* `Founded in 1479, it is the oldest university`: the article's own */
    uint32_t k = v + 1;
    while (k < c->n && k < v + 10 && !is_comma(c, k))
      k++;
    /* (`Founded in 1546 as a mining camp, the city grew`: the town the
     * article is about) */
    if (is_comma(c, k) && c->f->town.len && kw(c, k + 1, KW_the) &&
        (kw(c, k + 2, KW_city) || kw(c, k + 2, KW_town) || kw(c, k + 2, KW_village) || kw(c, k + 2, KW_settlement)))
      who = c->f->town;
    else if (!is_comma(c, k) || !kw(c, k + 1, KW_it))
      return;
    else
      who = c->f->a->title;
  } else if (!done && kw(c, v, KW_founded) && c->f->town.len &&
             (kw(c, v + 1, KW_the) && (kw(c, v + 2, KW_town) || kw(c, v + 2, KW_city) || kw(c, v + 2, KW_village) ||
                                       kw(c, v + 2, KW_settlement)))) {
    who = c->f->town; /* `King Olav Kyrre founded the town in 1075` */
    v += 2;
  } else if (!done && (kw(c, v, KW_founded) || gerund)) {
    /* `the citizens founded the Town Museum in 1872` */
    uint32_t o = kw(c, v + 1, KW_the) ? v + 2 : v + 1;
    x = span_at(c, o);
    if (!x || x->rank_from != o || !x->is_name || !x->m || x->kind == AS_MENTION_PERSON ||
        x->kind == AS_MENTION_EVENT)
      return;
    as_span *d = founding_when(c, x->to - 1);
    if (!d)
      d = opening_date(c, v);
    if (!d || alternative_date(c, d))
      return;
    as_claim *cl = prose_claim(c, x->canon, p, o);
    value_span(cl, d);
    set_date(cl, d);
    return;
  }
  if (!who.len)
    return;
  /* `incorporated as a city in 1891`: a town's incorporation is no
   * founding (a company's is) */
  if (kw(c, v, KW_incorporated) && (as_slice_eq(who, c->f->town) || (x && x->kind == AS_MENTION_PLACE) ||
                                    (kw(c, v + 1, KW_as) && !span_at(c, v + 2))))
    return;
  /* opened: a building or a way that opens, not a thing opened */
  if (opened && !(x ? opened_here(c, v, x)
                    : as_slice_eq(who, c->f->building) && as_kwset_has_kw(&opening_set, c->f->building_head) &&
                          opened_how(c, v)))
    return;
  as_span *d = founding_when(c, v);
  /* `established in 1724 by Zabala, and it was formally founded on 24
   * December 1726`: the formal founding is the founding */
  uint32_t formal = p == AS_P_FOUNDING_DATE ? formal_founding(c, v) : 0;
  if (formal)
    d = founding_when(c, v = formal);
  if (!d || alternative_date(c, d))
    return;
  as_claim *cl = prose_claim(c, who, p, v);
  value_span(cl, d);
  set_date(cl, d);
}

/* ---- strengths and durations ---- */

static const uint16_t troops[] = {KW_men, KW_soldiers, KW_troops, KW_sailors, KW_marines,
                                  KW_fighters, KW_volunteers, KW_guerrillas, KW_infantrymen,
                                  KW_riflemen, KW_cavalrymen, KW_personnel, AS_KW_END};
static const uint16_t forces[] = {KW_army, KW_force, KW_forces, KW_column, KW_garrison,
                                  KW_contingent, KW_expedition, KW_host, KW_unit, KW_battalion,
                                  KW_regiment, KW_brigade, KW_detachment, KW_battlegroup,
                                  KW_division, KW_corps, KW_squadron, KW_company, AS_KW_END};
static const uint16_t commanding[] = {KW_commanding, KW_leading, KW_led, KW_with, KW_mustering,
                                      KW_mustered, KW_gathered, KW_raised, KW_commanded, AS_KW_END};

static bool unit_is(const as_mention *m, const uint16_t *list) {
  int k = as_keyword(m->unit);
  for (int i = 0; k && list[i] != AS_KW_END; i++)
    if (list[i] == k)
      return true;
  return false;
}

static void strength(sent *c, as_span *q) {
  if (!unit_is(q->m, troops) || q->from == 0)
    return;
  uint32_t b = q->from;
  as_slice who = {0};
  uint32_t at = b;
  if (kw(c, b - 1, KW_of) && b >= 2 && among(c, b - 2, &sets.forces)) {
    /* `Prado's army of`, `his army of`, `X entrusted an army of` */
    uint32_t nn = b - 2;
    as_span *x = nn > 0 ? span_at(c, nn - 1) : NULL;
    if (x && x->possessive && (named(x, AS_MENTION_PERSON) || named(x, AS_MENTION_ORG)))
      who = x->canon;
    else if (nn > 0 && (kw(c, nn - 1, KW_his) || kw(c, nn - 1, KW_her)))
      pronoun(c, nn - 1, &who);
    else if (kw(c, q->to, KW_under) && span_at(c, q->to + 1) && named(span_at(c, q->to + 1), AS_MENTION_PERSON))
      who = span_at(c, q->to + 1)->canon; /* `a garrison of about 4,000 men under Colonel X` */
    else {
      uint32_t verb = nn;
      while (verb > 0 && (kw(c, verb - 1, KW_a) || kw(c, verb - 1, KW_an) || kw(c, verb - 1, KW_the)))
        verb--;
      if (verb == 0 || !subject_of(c, verb - 1, &who))
        return;
    }
    at = nn;
  } else if (b >= 1 && span_at(c, b - 1) && span_at(c, b - 1)->possessive &&
             (named(span_at(c, b - 1), AS_MENTION_PERSON) || named(span_at(c, b - 1), AS_MENTION_ORG))) {
    who = span_at(c, b - 1)->canon; /* `Edson's 830 Marines` */
  } else if (b >= 3 && kw(c, b - 1, KW_of) && kw(c, b - 2, KW_consisting) && is_comma(c, b - 3) &&
             span_at(c, b - 4 < b ? b - 4 : 0) && span_at(c, b - 4)->m &&
             (span_at(c, b - 4)->kind == AS_MENTION_ORG || span_at(c, b - 4)->kind == AS_MENTION_PERSON)) {
    who = span_at(c, b - 4)->canon; /* `Kampfgruppe Peiper, consisting of 4,800 men` */
  } else if (among(c, b - 1, &sets.commanding)) {
    /* `Pizarro faced Atahualpa with 186 troops`: not the object before
     * the `with`, but the subject of its verb */
    as_span *o = kw(c, b - 1, KW_with) && b >= 2 ? span_at(c, b - 2) : NULL;
    uint32_t verb = o && o->to == b - 1 && o->rank_from > 0 && object_of_verb(c, o->rank_from - 1) ? o->rank_from - 1
                                                                                                   : b - 1;
    if (!subject_of(c, verb, &who))
      return;
  } else if (kw(c, b - 1, KW_to) && b >= 3 && kw(c, b - 2, KW_reduced) && among(c, b - 3, &sets.forces) && b >= 4 &&
             (kw(c, b - 4, KW_his) || kw(c, b - 4, KW_her))) {
    /* `with his army reduced to a mere 1,800` */
    if (!pronoun(c, b - 4, &who))
      return;
  } else {
    return;
  }
  if (!who.len)
    return;
  as_claim *cl = prose_claim(c, who, AS_P_STRENGTH, at);
  cl->value = q->m->text;
  cl->normalized = q->m->normalized;
  cl->qualifier = q->m->qualifier;
  set_date(cl, date_near(c, q->to, 4));
}

/* `Vichy French losses amounted to 1,643 killed`: the battle's casualties,
 * about the side (`side 2`) its infobox gives them for. */
static void losses(sent *c, as_span *q) {
  facts *f = c->f;
  as_loss l;
  as_strbuf kind = AS_STRBUF_INIT, v = AS_STRBUF_INIT;
  if (as_loss_read(&f->sides, c->s, q, &kind, &l)) {
    /* `about 7,000 killed`, normalized `7000 killed` */
    as_slice qual = q->m->qualifier;
    as_claim *cl = prose_claim(c, f->a->title, AS_P_CASUALTIES, l.at);
    as_strbuf_printf(&v, "%.*s%s%.*s %s", (int)qual.len, qual.ptr, qual.len ? " " : "", (int)l.number.len,
                     l.number.ptr, as_strbuf_cstr(&kind));
    cl->value = as_arena_slice(f->p->arena, as_strbuf_slice(&v));
    as_strbuf_clear(&v);
    as_strbuf_printf(&v, "%.*s %s", (int)q->m->normalized.len, q->m->normalized.ptr, as_strbuf_cstr(&kind));
    cl->normalized = as_arena_slice(f->p->arena, as_strbuf_slice(&v));
    cl->qualifier = qual;
    cl->about = f->sides.v[l.side].record;
    if (l.member >= 0) /* `1,197 Canadians`: Canada's, not the side's */
      cl->qualifier = cl->part = f->sides.v[l.side].names[l.member];
  }
  as_strbuf_free(&kind);
  as_strbuf_free(&v);
}

/* ---- populations ---- */

/* Whether the article is a settlement's: its title named as a place, or
 * an infobox population. */
static bool settlement(const facts *f) {
  if (f->town.len)
    return true;
  for (const as_field *g = f->a->fields; g; g = g->next)
    if (ci_is(g->series, "Population") || ci_is(g->series, "Population Total"))
      return true;
  return false;
}

/* The year a population figure at q is of: the date right after it (`1,938
 * in 1910`), else the sentence's one year (`At the 2017 census, ... had
 * 284,630 inhabitants`); empty when none or several could be. */
/* A comma at k that opens a clause of its own: `, and since`, `, but`,
 * `, while`, `, whereas`, `, although`. */
static bool clause_comma(const sent *c, uint32_t k) {
  return is_comma(c, k) && (kw(c, k + 1, KW_and) || kw(c, k + 1, KW_but) || kw(c, k + 1, KW_while) ||
                            kw(c, k + 1, KW_whereas) || kw(c, k + 1, KW_although) || kw(c, k + 1, KW_though));
}

static as_slice population_year(const sent *c, const as_span *q) {
  uint32_t k = q->to;
  if (kw(c, k, KW_in) || kw(c, k, KW_as) || kw(c, k, KW_at) || kw(c, k, KW_by) || punct(c, k, '('))
    k += kw(c, k, KW_as) && kw(c, k + 1, KW_of) ? 2 : 1;
  if (kw(c, k, KW_the))
    k++;
  const as_span *d = span_at(c, k);
  if (!(d && d->kind == AS_MENTION_DATE && d->from == k)) {
    /* `the 2009 census counted 52,453`, `At the 2014 census the city of
     * Fez had 1,150,131`: a year a few words before */
    d = NULL;
    for (uint32_t j = q->from; j > 0 && q->from - j < 9 && !d; j--) {
      const as_span *sp = span_at(c, j - 1);
      /* (not `grew from about 42,000 in 1897 to more than 110,000 by the
       * late 1980s`: the year of the figure before) */
      if ((sp && sp->kind == AS_MENTION_QUANTITY) || kw(c, j - 1, KW_to))
        break;
      if (sp && sp->kind == AS_MENTION_DATE && sp->m)
        d = sp;
    }
  }
  if (!(d && d->kind == AS_MENTION_DATE)) {
    /* (within its part of the sentence between semicolons, and not `had
     * changed little since 2001`, the edge of a span) */
    /* (nor past a clause of its own: `With a population of about
     * 950,000, Tangier is ..., and since the opening of the port in 2007
     * it has grown`) */
    uint32_t from = q->from, to = q->to;
    while (from > 0 && !punct(c, from - 1, ';') && !clause_comma(c, from - 1))
      from--;
    while (to < c->n && !punct(c, to, ';') && !clause_comma(c, to))
      to++;
    d = NULL;
    for (uint32_t j = 0; j < c->s->nspans; j++) {
      const as_span *sp = &c->s->spans[j];
      if (sp->kind != AS_MENTION_DATE || !sp->m || sp->from < from || sp->to > to ||
          (sp->from > 0 && (kw(c, sp->from - 1, KW_since) || kw(c, sp->from - 1, KW_until))))
        continue;
      if (d)
        return AS_SLICE_NULL; /* `from 1,938 in 1910 to ...`: whose is which */
      d = sp;
    }
  }
  if (!d || !d->m || d->m->normalized.len < 4 || !isdigit((unsigned char)d->m->normalized.ptr[0]) ||
      memchr(d->m->normalized.ptr, '/', d->m->normalized.len) || memchr(d->m->normalized.ptr, 'X', d->m->normalized.len))
    return AS_SLICE_NULL;
  return as_slice_make(d->m->normalized.ptr, 4);
}

/* Whether the span names the settlement itself: its title (or town), or
 * `the town`, `the city`, `the village`, `the borough`, `the parish`. */
static bool the_settlement(const sent *c, uint32_t from, uint32_t to) {
  const as_span *sp = span_at(c, from);
  if (sp && sp->from == from && sp->to == to && sp->kind == AS_MENTION_PLACE && sp->m &&
      (as_slice_eq(sp->canon, c->f->a->title) || (c->f->town.len && as_slice_eq(sp->canon, c->f->town))))
    return true;
  /* `the City of Mostar`, `the Town of Whitby`: the settlement by its
   * corporate name */
  if (sp && sp->from == from && sp->to == to && sp->kind == AS_MENTION_PLACE && sp->m && to - from >= 3 &&
      (kw(c, from, KW_city) || kw(c, from, KW_town) || kw(c, from, KW_municipality)) && kw(c, from + 1, KW_of)) {
    as_slice name = as_slice_make(c->text.ptr + c->t[from + 2].start, c->t[to - 1].end - c->t[from + 2].start);
    return as_slice_eq(name, c->f->a->title) || (c->f->town.len && as_slice_eq(name, c->f->town));
  }
  return to == from + 2 && kw(c, from, KW_the) &&
         (kw(c, from + 1, KW_town) || kw(c, from + 1, KW_city) || kw(c, from + 1, KW_village) ||
          kw(c, from + 1, KW_borough) || kw(c, from + 1, KW_parish) || kw(c, from + 1, KW_settlement));
}

/* `In 1900 the town had 4,512 inhabitants`, `As of 1 January 2024,
 * Testala had 12,345 inhabitants`, `there were 11,900 people living in
 * Testala`: a count of people that the settlement itself had. */
static bool settlement_had(const sent *c, const as_span *q) {
  uint32_t b = q->from;
  if (b >= 2 && (kw(c, b - 1, KW_had) || kw(c, b - 1, KW_has) || kw(c, b - 1, KW_numbered))) {
    for (uint32_t s = 0; s < c->s->nspans; s++) /* a place name just before */
      if (c->s->spans[s].to == b - 1)
        return the_settlement(c, c->s->spans[s].from, b - 1);
    return the_settlement(c, b - 3 < b ? b - 3 : 0, b - 1);
  }
  if (b >= 2 && kw(c, b - 1, KW_were) && kw(c, b - 2, KW_there)) {
    uint32_t k = q->to;
    if (kw(c, k, KW_living))
      k++;
    if (!kw(c, k, KW_in))
      return false;
    const as_span *sp = span_at(c, k + 1);
    return the_settlement(c, k + 1, sp && sp->from == k + 1 ? sp->to : k + 3);
  }
  return false;
}

/* `Jamestown had a population of 629` in the island's article, `the
 * neighbouring city of Viña del Mar ...; it had 334,248 inhabitants`:
 * the count is of another place, the subject of its clause. */
static bool counted_elsewhere(const sent *c, const as_span *q) {
  uint32_t h = 0;
  for (uint32_t j = q->from; j > 0 && q->from - j < 12 && !h; j--)
    if (kw(c, j - 1, KW_had) || kw(c, j - 1, KW_has) || kw(c, j - 1, KW_numbered))
      h = j - 1;
  if (!h)
    return false;
  /* `The old town had 961 inhabitants`: a part of the settlement */
  if (h >= 3 && (kw(c, h - 1, KW_town) || kw(c, h - 1, KW_city) || kw(c, h - 1, KW_centre) ||
                 kw(c, h - 1, KW_center) || kw(c, h - 1, KW_quarter) || kw(c, h - 1, KW_core)) &&
      !kw(c, h - 2, KW_the) && c->t[h - 2].lower && !kw(c, h - 2, KW_it))
    return true;
  /* `Fremantle, which had 31,930 residents`: the place the which is of */
  uint32_t e = h;
  if (e >= 2 && (kw(c, e - 1, KW_which) || kw(c, e - 1, KW_that)) && is_comma(c, e - 2))
    e -= 2;
  for (uint32_t s = 0; s < c->s->nspans; s++) {
    const as_span *sp = &c->s->spans[s];
    if (sp->to == e)
      return sp->is_name && !the_settlement(c, sp->from, sp->to);
    /* `it`: the place its sentence named before, when another */
    if (kw(c, h - 1, KW_it) && sp->to < h && sp->kind == AS_MENTION_PLACE && sp->m && !the_settlement(c, sp->from, sp->to))
      return true;
  }
  return false;
}

static bool counted_unit(int unit) {
  return unit == KW_inhabitants || unit == KW_residents || unit == KW_people || unit == KW_persons;
}

/* `had 463,254 inhabitants, compared with 465,699 at the 2015 census`,
 * `up from 12,000`: a figure set against a count of people before it. */
static bool compared_count(const sent *c, const as_span *q) {
  uint32_t b = q->from;
  if (!(b >= 2 && ((kw(c, b - 1, KW_with) && kw(c, b - 2, KW_compared)) ||
                   (kw(c, b - 1, KW_from) && (kw(c, b - 2, KW_up) || kw(c, b - 2, KW_down))))))
    return false;
  const as_span *p = NULL;
  for (uint32_t j = 0; j < c->s->nspans && c->s->spans[j].to < b; j++)
    if (c->s->spans[j].kind == AS_MENTION_QUANTITY)
      p = &c->s->spans[j];
  return p && p->m && counted_unit(as_keyword(p->m->unit));
}

/* `Testville had a population of 14,736 as of the 2011 Census`, `The
 * population was 296,655 at the 2017 census`, `At the 2017 census Testville
 * had 284,630 inhabitants`, `there were 69,204 people`: the settlement's
 * population that year. Not a region's, a district's or a metropolitan
 * area's, nor a figure of no year. */
static void population(sent *c, as_span *q) {
  facts *f = c->f;
  if (!q->m || !q->m->normalized.len || !isdigit((unsigned char)q->m->normalized.ptr[0]) ||
      as_slice_eq_cstr(q->m->qualifier, "ordinal") || !settlement(f))
    return; /* (not `the 10th-most populous city`) */
  if (kw(c, q->to, KW_per))
    return; /* `1,500 inhabitants per square mile`: a density */
  /* `in an area of 201 square kilometres`, `at 35 metres`: a measure */
  static const char *const measures[] = {"square", "km", "metre", "meter", "mile", "hectare", "acre", "feet", "foot",
                                         "sq", NULL};
  for (int j = 0; measures[j]; j++)
    if (q->m->unit.len >= strlen(measures[j]) && strncasecmp(q->m->unit.ptr, measures[j], strlen(measures[j])) == 0)
      return;
  /* `two in five residents`, `one out of ten`: a share */
  static const uint16_t smalls[] = {KW_one, KW_two,   KW_three, KW_four, KW_five,
                                    KW_six, KW_seven, KW_eight, KW_nine, KW_ten, AS_KW_END};
  uint32_t k = q->from;
  if (k >= 2 && kw(c, k - 1, KW_of) && kw(c, k - 2, KW_out))
    k--;
  if (k >= 2 && (kw(c, k - 1, KW_in) || kw(c, k - 1, KW_out)))
    for (int j = 0; smalls[j] != AS_KW_END; j++)
      if (c->t[k - 2].kind == AS_TK_NUM || kw(c, k - 2, smalls[j]))
        return;
  /* `an increase of 6,006 people since the 2013 census`: a change, not a
   * count */
  if (k >= 2 && kw(c, k - 1, KW_of) &&
      (kw(c, k - 2, KW_increase) || kw(c, k - 2, KW_decrease) || kw(c, k - 2, KW_rise) || kw(c, k - 2, KW_growth) ||
       kw(c, k - 2, KW_fall) || kw(c, k - 2, KW_drop) || kw(c, k - 2, KW_gain) || kw(c, k - 2, KW_decline)))
    return;
  int unit = as_keyword(q->m->unit);
  bool counted = counted_unit(unit) || compared_count(c, q);
  bool said = false, census = false;
  /* what the figure is of: said before it, or in its clause after it (not
   * `..., of whom 87 per cent lived in urban areas`) */
  uint32_t end = q->to; /* (not past another figure: `247,480 people in the city and 259,388 in the municipality`) */
  while (end < c->n && !is_comma(c, end) && !punct(c, end, ';') &&
         !(kw(c, end, KW_and) && span_at(c, end + 1) && span_at(c, end + 1)->kind == AS_MENTION_QUANTITY))
    end++;
  for (uint32_t j = 0; j < end; j++) {
    if (kw(c, j, KW_metropolitan) || kw(c, j, KW_metro) || kw(c, j, KW_greater) || kw(c, j, KW_urban) ||
        kw(c, j, KW_agglomeration) || kw(c, j, KW_conurbation) || kw(c, j, KW_region) || kw(c, j, KW_county) ||
        kw(c, j, KW_district) || kw(c, j, KW_province) || kw(c, j, KW_municipality) || kw(c, j, KW_state) ||
        kw(c, j, KW_country) || kw(c, j, KW_empire) || kw(c, j, KW_island) || kw(c, j, KW_prewar) ||
        kw(c, j, KW_percent) || punct(c, j, '%'))
      return;
    census = census || kw(c, j, KW_census) || kw(c, j, KW_population);
  }
  /* `a population of 14,736`, `The population was 296,655`: `population`
   * a few words before, no other figure between */
  for (uint32_t j = q->from; j > 0 && q->from - j < 12 && !said; j--) {
    const as_span *o = span_at(c, j - 1);
    /* (`grew from 1,938 in 1910 to 20,520 in 1930`: a figure of the same
     * series, dated, is passed) */
    uint32_t at = o ? o->to + 1 + (uint32_t)kw(c, o->to + 1, KW_the) : 0; /* (`by the late 1980s`) */
    if (o && o->kind == AS_MENTION_QUANTITY &&
        !((kw(c, o->to, KW_in) || kw(c, o->to, KW_by)) && span_at(c, at) && span_at(c, at)->kind == AS_MENTION_DATE))
      break;
    if (punct(c, j - 1, ';'))
      break;
    said = kw(c, j - 1, KW_population);
  }
  /* `- 2010: 67,947`: a row of a census table, under a heading of
   * population or demographics */
  static const char *const heads[] = {"population", "demograph", "census", NULL};
  bool row = !said && !counted && q->from == 2 && punct(c, 1, ':') && q->to == c->n && span_at(c, 0) &&
             span_at(c, 0)->kind == AS_MENTION_DATE && as_sent_listed_under(c->s, heads);
  if ((!said && !(counted && (census || settlement_had(c, q))) && !row) || counted_elsewhere(c, q))
    return;
  as_slice year = population_year(c, q);
  if (!year.len)
    return;
  as_claim *cl = prose_claim(c, f->a->title, AS_P_POPULATION, q->from);
  cl->value = q->m->text;
  cl->normalized = q->m->normalized;
  cl->date = year;
  cl->precision = AS_SLICE_LIT("year");
  cl->qualifier = q->m->qualifier;
}

/* `for 26 days` → P26D */
static char duration_unit(as_slice unit, bool *time) {
  static const struct {
    const char *w;
    char u;
    bool t;
  } units[] = {{"day", 'D', false},  {"days", 'D', false},   {"week", 'W', false},
               {"weeks", 'W', false}, {"month", 'M', false}, {"months", 'M', false},
               {"year", 'Y', false},  {"years", 'Y', false}, {"hour", 'H', true},
               {"hours", 'H', true},  {"minute", 'M', true}, {"minutes", 'M', true}};
  for (size_t i = 0; i < sizeof units / sizeof *units; i++)
    if (unit.len == strlen(units[i].w) && strncasecmp(unit.ptr, units[i].w, unit.len) == 0) {
      *time = units[i].t;
      return units[i].u;
    }
  return 0;
}

/* Who or what lasted as long as the quantity q says, or empty. */
static as_slice duration_subject(sent *c, const as_span *q) {
  as_slice who = {0};
  uint32_t f = q->from;
  /* `Operation Compass, a five-day raid` */
  if (f >= 3 && (kw(c, f - 1, KW_a) || kw(c, f - 1, KW_an)) && is_comma(c, f - 2) && span_at(c, f - 3) &&
      named(span_at(c, f - 3), AS_MENTION_EVENT))
    return span_at(c, f - 3)->canon;
  if (f == 0 || !(kw(c, f - 1, KW_for) || kw(c, f - 1, KW_lasted)))
    return who;
  if (f - 1 == 0) {
    /* `For 26 days, the Chiclayans held`: the name after the comma */
    uint32_t k = q->to;
    if (!is_comma(c, k))
      return who;
    k++;
    if (kw(c, k, KW_the))
      k++;
    as_span *x = span_at(c, k);
    /* `For 90 minutes, Holland neither sighted ...`: nothing lasted */
    if (x && (kw(c, x->to, KW_neither) || kw(c, x->to, KW_never) || kw(c, x->to + 1, KW_not)))
      return who;
    if (x && x->m && (x->kind == AS_MENTION_PERSON || x->kind == AS_MENTION_ORG))
      return x->canon;
    if (k < c->n && c->t[k].kind == AS_TK_WORD && c->t[k].cap)
      return as_tok_text(c->text, &c->t[k]);
    return who;
  }
  uint32_t v = f - 1;
  if (kw(c, v, KW_for) && v > 0 && c->t[v - 1].kind == AS_TK_WORD && !c->t[v - 1].cap && !kw(c, v - 1, KW_the))
    v--; /* `continued for six days`: from the verb */
  /* an event lasts (`The Battle of Sangshak continued for six days`); it
   * is not `postponed for two days` */
  bool lasts = kw(c, v, KW_lasted) || kw(c, v, KW_continued) || kw(c, v, KW_raged) || kw(c, v, KW_persisted) ||
               (kw(c, v, KW_fought) && v > 0 && kw(c, v - 1, KW_was));
  /* `The Siege of Eastport by the army under Sir John Carter began in
   * August 1651 and lasted nine months`: the first verb's subject, the
   * name that opens the sentence */
  as_span *opening = span_at(c, kw(c, 0, KW_the) ? 1 : 0);
  if (lasts && v > 0 && kw(c, v - 1, KW_and) && opening && opening->rank_from <= 1 && opening->is_name &&
      opening->m && (opening->kind == AS_MENTION_EVENT || opening->kind == AS_MENTION_ORG) && !opening->possessive)
    who = opening->canon;
  else if (!subject_of_kind(c, v, lasts, &who))
    who.len = 0;
  /* `The uprising lasted 63 days`, `the Battle was fought for six days`:
   * the article's own event, named by its head word */
  uint32_t h = kw(c, v, KW_fought) ? v - 1 : v;
  if (lasts && h >= 2 && c->f->head != AS_KW_NONE && kw(c, h - 1, c->f->head) && kw(c, h - 2, KW_the) &&
      (h == 2 || is_comma(c, h - 3) || (span_at(c, h - 3) && span_at(c, h - 3)->kind == AS_MENTION_DATE)))
    who = c->f->a->title;
  return who;
}

static void duration(sent *c, as_span *q) {
  bool time = false;
  char u = duration_unit(q->m->unit, &time);
  if (!u)
    return;
  as_slice who = duration_subject(c, q);
  if (!who.len)
    return;
  as_strbuf *b = &c->f->buf;
  as_strbuf_clear(b);
  as_strbuf_printf(b, "P%s%.*s%c", time ? "T" : "", (int)q->m->normalized.len, q->m->normalized.ptr, u);
  as_claim *cl = prose_claim(c, who, AS_P_DURATION, q->from);
  cl->value = q->m->text;
  cl->normalized = as_arena_slice(c->f->p->arena, as_strbuf_slice(b));
  cl->qualifier = q->m->qualifier;
}

/* ---- the driver ---- */

/* Quotation marks up to a token, counted forward (straight quotes
 * toggle, curly ones pair), so that a pass over a sentence's spans in
 * text order costs one walk over its tokens. */
typedef struct {
  uint32_t k;
  int straight, curly;
} quote_state;

/* Whether token i (at or after the last asked) is inside quotation marks
 * (`"France, the army, Joséphine"`). */
static bool quoted(const sent *c, quote_state *q, uint32_t i) {
  for (; q->k < i && q->k < c->n; q->k++) {
    if (c->t[q->k].kind != AS_TK_PUNCT)
      continue;
    as_slice p = as_tok_text(c->text, &c->t[q->k]);
    if (as_slice_eq(p, AS_SLICE_LIT("\"")))
      q->straight ^= 1;
    else if (as_slice_eq(p, AS_SLICE_LIT("\xe2\x80\x9c")))
      q->curly++;
    else if (as_slice_eq(p, AS_SLICE_LIT("\xe2\x80\x9d")) && q->curly > 0)
      q->curly--;
  }
  return q->straight || q->curly > 0;
}

/* Whether the claims after `after` (the sentence's; from the first when
 * NULL) tell who's death. */
static bool died_here(const facts *f, const as_claim *after, as_slice who) {
  for (const as_claim *cl = after ? after->next : f->a->claims; cl; cl = cl->next)
    if (as_slice_eq(cl->subject, who) && as_slice_eq(cl->property, prop(AS_P_DEATH_DATE)))
      return true;
  return false;
}

/* Whether the sentence has someone of sex g as an object: `him`, or `her`
 * before a stop, a preposition or `to` (not `her husband`). */
static bool object_pronoun(const sent *c, char g) { return object_between(c, 0, c->n, g); }

/* Whether the tokens before k are a date that opens the sentence, after
 * its preposition: `In April 1862 Mendeleev married`. */
static bool after_opening_date(const sent *c, uint32_t k) {
  const as_span *d = k ? span_at(c, k - 1) : NULL;
  if (!d || d->kind != AS_MENTION_DATE || d->to != k)
    return false;
  return d->from == 0 || (d->from == 1 && c->t[0].kind == AS_TK_WORD && among(c, 0, &sets.prepositions));
}

/* `The explorer David Livingstone`, `The rock singer Freddie Mercury`,
 * `The British explorer X`: a name at k after the sentence's `The` and a
 * few words that describe the person (no comma, name or number). */
static bool after_descriptor(const sent *c, uint32_t k) {
  if (k < 2 || k > 5 || !kw(c, 0, KW_the))
    return false;
  for (uint32_t j = 1; j < k; j++)
    if (c->t[j].kind != AS_TK_WORD || span_at(c, j) || (c->t[j].cap && !as_is_nationality_word(as_slice_make(
                                                                         c->text.ptr + c->t[j].start,
                                                                         c->t[j].end - c->t[j].start))))
      return false;
  return true;
}

/* Whether the sentence opens on a name of two or more words no list knew
 * and a verb after it (`Christophe Plantin set up his press`). */
static bool unknown_name_opens(const sent *c) {
  uint32_t e = 0;
  while (e < c->n && e < 4 && c->t[e].kind == AS_TK_WORD && c->t[e].cap && c->t[e].kw == AS_KW_NONE && !span_at(c, e))
    e++;
  return e >= 2 && e < c->n && c->t[e].kind == AS_TK_WORD && !c->t[e].cap && !among(c, e, &sets.prepositions) &&
         !kw(c, e, KW_and);
}

/* after: the last claim before the sentence's, or NULL. */
/* The index of the biography's subject among the n people seen (of sex
 * sex), added if not there and there is room (four at most); -1 if none. */
static int bio_among(const facts *f, as_slice *seen, char *sex, int *n) {
  for (int q = 0; q < *n; q++)
    if (as_slice_eq(seen[q], f->bio))
      return q;
  if (*n >= 4)
    return -1;
  sex[*n] = f->bio_gender;
  seen[*n] = f->bio;
  return (*n)++;
}

static void remember_people(facts *f, sent *c, const as_claim *after) {
  as_slice seen[4];
  char sex[4] = {0};
  int n = 0, subject = -1, clause_subject = -1;
  uint32_t first_at = c->n; /* the first person's token */
  quote_state qs = {0, 0, 0};
  const as_span *owner = NULL; /* `Halsey's decision ...`: the possessive that opens it */
  /* `When Louis-Napoléon seized power in 1851, Hugo fled`: a clause set
   * under the main one opens the sentence; the main clause's subject is
   * the first name after its comma */
  uint32_t sub_end = 0;
  if (c->n > 2 && (kw(c, 0, KW_when) || kw(c, 0, KW_after) || kw(c, 0, KW_before) || kw(c, 0, KW_although) ||
                   kw(c, 0, KW_though) || kw(c, 0, KW_while) || kw(c, 0, KW_since) || kw(c, 0, KW_because) ||
                   kw(c, 0, KW_once) || kw(c, 0, KW_until) || kw(c, 0, KW_whereas) || kw(c, 0, KW_if)))
    for (uint32_t k = 1; k < c->n && !sub_end && c->t[k].kind != AS_TK_PUNCT; k++)
      if (is_comma(c, k))
        sub_end = k;
  for (uint32_t j = 0; j < c->s->nspans; j++) {
    const as_span *sp = &c->s->spans[j];
    if (named(sp, AS_MENTION_PERSON) && sp->possessive && (sp->rank_from <= 1 || after_opening_date(c, sp->rank_from)) &&
        !owner)
      owner = sp; /* (or after the date that opens it: `From 1887 Pasteur's health declined`) */
    if (!named(sp, AS_MENTION_PERSON) || sp->possessive || quoted(c, &qs, sp->from))
      continue;
    bool dup = false;
    for (int k = 0; k < n; k++)
      dup = dup || as_slice_eq(seen[k], sp->canon);
    if (dup || n == 4)
      continue;
    /* the subject: the first person, opening the sentence or its main clause */
    /* a later main clause's subject: `, and Berg, who had escaped, went` */
    uint32_t b = sp->rank_from;
    bool clause = b >= 2 && (punct(c, b - 1, ';') || ((kw(c, b - 1, KW_and) || kw(c, b - 1, KW_but)) && is_comma(c, b - 2)));
    if (n == 0) {
      first_at = sp->rank_from;
      if ((sp->rank_from <= 1 || is_comma(c, sp->rank_from - 1) || after_opening_date(c, sp->rank_from) || clause ||
           after_descriptor(c, sp->rank_from)) &&
          !(sub_end && sp->rank_from < sub_end))
        subject = 0;
    } else if (subject < 0 && sub_end && b == sub_end + 1) {
      subject = n;
    }
    if (n > 0 && clause)
      clause_subject = n;
    sex[n] = span_sex(c, sp);
    seen[n++] = sp->canon;
  }
  int named_n = n;
  /* `In January 1891, returning from a holiday with Maxim Kovalevsky, she
   * caught a chill`: the he or she after the phrase that opens the
   * sentence, its first name within, is the main clause's subject */
  uint32_t opening_pron = c->n;
  for (uint32_t j = 0; j < c->s->nspans && opening_pron == c->n; j++) {
    const as_span *sp = &c->s->spans[j];
    if (!named(sp, AS_MENTION_PERSON) || sp->rank_from != first_at)
      continue;
    for (uint32_t k = sp->to; k < c->n && k < sp->to + 3; k++)
      if ((c->t[k].kw == KW_he || c->t[k].kw == KW_she) && opening_phrase(c, sp, k)) {
        as_slice who;
        if (pronoun(c, k, &who))
          opening_pron = k;
        break;
      }
    break;
  }
  /* `From 1876 he loved Anna Popova`: a he or she before the first name
   * is the subject though no claim asked who it is (in the sentence's
   * first words, where a subject stands) */
  for (uint32_t k = 0; k < first_at && k < c->n && k < 12; k++)
    if (c->t[k].kw == KW_he || c->t[k].kw == KW_she) {
      as_slice who;
      pronoun(c, k, &who);
      break;
    }
  for (int k = 0; k < c->npron && n < 4; k++)
    if (c->pron_canon[k].len) {
      int at = -1;
      for (int q = 0; q < n; q++)
        if (as_slice_eq(seen[q], c->pron_canon[k]))
          at = q;
      if (at < 0) {
        at = n;
        sex[n] = pronoun_sex(c, c->pron_tok[k]);
        seen[n++] = c->pron_canon[k];
      }
      /* `On 28 October he left with his daughter, Alexandra`: a he or a
       * she before the first name is the subject */
      if ((named_n == 0 && subject < 0) || c->pron_tok[k] == opening_pron ||
          (c->pron_tok[k] < first_at && (kw(c, c->pron_tok[k], KW_he) || kw(c, c->pron_tok[k], KW_she)))) {
        subject = at;
        first_at = c->pron_tok[k];
      }
    }
  /* `His last concert was conducted by Hans Richter. He died`: in a
   * biography, a sentence that opens on the subject's his or her (not a
   * relative's: `His father, X, ...`) is about the subject, whoever else
   * it names */
  if (subject < 0 && f->bio.len && f->bio_gender && c->n > 1 &&
      (f->bio_gender == 'm' ? kw(c, 0, KW_his) : kw(c, 0, KW_her)) && c->t[1].kind == AS_TK_WORD && !c->t[1].cap) {
    bool kin_opens = false;
    for (uint32_t k = 1; k < c->n && k < 4; k++)
      kin_opens = kin_opens || word_sex(c, k);
    if (!kin_opens)
      subject = bio_among(f, seen, sex, &n);
  }
  /* `Halsey's decision to go north was criticised. He died`: nobody else
   * named, the one whose act the sentence opens on */
  if (n == 0 && owner) {
    sex[0] = span_sex(c, owner);
    seen[n++] = owner->canon;
    subject = 0;
  }
  /* `Christophe Plantin set up his press`: a name no list knew is the
   * subject, so no one named before is the next sentence's he or she */
  if (n == 0 && unknown_name_opens(c)) {
    f->nlast = 0;
    f->last_subject = -1;
  }
  if (n == 0)
    return;
  /* `the city received an unusual exile: Charles Albert, King of
   * Sardinia. He died`: outside a biography, the one person a sentence
   * names, after its colon, is who the next one's he or she is */
  if (subject < 0 && n == 1 && named_n == 1 && !f->bio.len && first_at > 0 && punct(c, first_at - 1, ':'))
    subject = 0;
  /* `Hans Lie was captured and executed on 7 November 1895, and Berg, who
   * had escaped, went into exile. He travelled`: the subject of the
   * clause after the death's (but `X died in 1900 at the home of his
   * friend Y. He was buried` is X's) */
  if (subject >= 0 && clause_subject > subject && !died_here(f, after, seen[clause_subject]))
    subject = clause_subject;
  /* `the governor, Sir Charles Arden-Clarke, released him ... He was
   * named Prime Minister`: in a biography, the one done to of the
   * subject's sex is the subject, and the next he or she is too */
  if (subject >= 0 && f->bio.len && f->bio_gender && sex[subject] != (f->bio_gender == 'm' ? 'f' : 'm') &&
      !as_slice_eq(seen[subject], f->bio) && object_pronoun(c, f->bio_gender)) {
    int at = bio_among(f, seen, sex, &n);
    if (at >= 0)
      subject = at;
  }
  memcpy(f->last_canon, seen, sizeof seen);
  memcpy(f->last_sex, sex, sizeof sex);
  f->nlast = n;
  f->last_subject = subject;
}

/* The head word of the article's title when it names an event (`Battle of
 * Midway` → `battle`, `Siege of Lille` → `siege`, `Operation Uranus` →
 * `operation`, `Baltic Offensive` → `offensive`), or AS_KW_NONE. */
static int title_head(const as_article *a) {
  static const uint16_t heads[] = {KW_battle, KW_siege, KW_operation, KW_offensive, KW_campaign,
                                   KW_invasion, KW_war, KW_revolution, KW_uprising, KW_action,
                                   KW_attack, KW_capture, KW_liberation, KW_raid, AS_KW_END};
  as_slice t = a->title;
  size_t e = 0;
  while (e < t.len && t.ptr[e] != ' ')
    e++;
  int first = as_keyword(as_slice_make(t.ptr, e));
  size_t b = t.len;
  while (b > 0 && t.ptr[b - 1] != ' ')
    b--;
  int last = as_keyword(as_slice_make(t.ptr + b, t.len - b));
  for (int i = 0; heads[i] != AS_KW_END; i++)
    if (heads[i] == first || heads[i] == last)
      return heads[i];
  return AS_KW_NONE;
}

/* `The battle began on 26 September`, `the siege ended on 22 June`: the
 * article's own event, named by its head word alone. */
static void own_event_date(sent *c, uint32_t i, int head) {
  if (head == AS_KW_NONE || !kw(c, i, KW_the) || !kw(c, i + 1, head))
    return;
  uint32_t v = i + 2;
  /* `The battle, which Rupertus had expected to last four days, officially
   * ended`: past the relative clause */
  if (is_comma(c, v) && kw(c, v + 1, KW_which)) {
    if (!(v = aside_end(c, v)))
      return;
  }
  /* `the battle officially ended`, `the battle finally began` */
  if (v < c->n && c->t[v].kind == AS_TK_WORD && !c->t[v].cap && adverb(c, v) && !kw(c, v, KW_was) &&
      !kw(c, v, KW_had) && !kw(c, v, KW_has) && !kw(c, v, KW_not))
    v++;
  as_property p;
  bool span = false; /* `took place between D and D`, `was fought from D to D` */
  if (kw(c, v, KW_began) || kw(c, v, KW_started) || kw(c, v, KW_commenced))
    p = AS_P_START_DATE;
  else if (kw(c, v, KW_ended) || kw(c, v, KW_finished))
    p = AS_P_END_DATE;
  else if ((kw(c, v, KW_took) && kw(c, v + 1, KW_place)) || (kw(c, v, KW_was) && kw(c, v + 1, KW_fought))) {
    p = AS_P_DATE;
    span = true;
    v++;
  } else if (kw(c, v, KW_lasted) && (kw(c, v + 1, KW_from) || kw(c, v + 1, KW_between))) {
    p = AS_P_DATE; /* `The battle lasted from 8 to 16 February 1942` */
    span = true;
  } else
    return;
  /* the date of the verb: `on D`, `at 01:00 on D`, `with ... on D` is not it */
  uint32_t k = v + 1;
  if (kw(c, k, KW_at) && k + 1 < c->n && c->t[k + 1].kind == AS_TK_TIME)
    k += 2;
  if (!(kw(c, k, KW_on) || kw(c, k, KW_in) || (span && (kw(c, k, KW_between) || kw(c, k, KW_from)))) ||
      !date_span_at(c, k + 1))
    return;
  as_span *d = span_at(c, k + 1);
  as_claim *cl = prose_claim(c, c->f->a->title, p, i + 1);
  value_span(cl, d);
  set_date(cl, d);
}

/* ---- works ---- */

/* The nouns of works a year can date: `the 1972 novel Watership Down`. */
static const uint16_t work_nouns[] = {KW_film, KW_movie, KW_album, KW_novel, KW_book, KW_song,
                                      KW_documentary, KW_miniseries, KW_play, KW_opera, KW_poem,
                                      KW_memoir, KW_single, AS_KW_END};
static as_kwset work_set;
static const uint16_t work_owners[] = {KW_the, KW_their, KW_his, KW_her, KW_its, KW_a, AS_KW_END};
static as_kwset owner_set;

/* A year of four digits (a work's, 1800 to 2099) at i. */
static bool work_year(const sent *c, uint32_t i) {
  const as_tok *t = i < c->n ? &c->t[i] : NULL;
  return t && t->kind == AS_TK_NUM && t->end - t->start == 4 && !t->decimal && !t->plural && !t->ordinal &&
         t->value >= 1800 && t->value < 2100;
}

/* The title after the work's noun at k: a quoted string (`"Coat of
 * Arms"`), or capitalised words with small words between them (`The Guns
 * of Navarone`, `Letters from Baghdad`); empty if none. */
static as_slice work_title(const sent *c, uint32_t k) {
  static const char *const quotes[] = {"\"", "\xe2\x80\x9c", "\xe2\x80\x98", NULL};
  if (k >= c->n)
    return (as_slice){0};
  as_slice first = as_tok_text(c->text, &c->t[k]);
  for (int q = 0; quotes[q]; q++)
    if (as_slice_eq_cstr(first, quotes[q])) {
      uint32_t e = k + 1;
      while (e < c->n && e < k + 16 && c->t[e].kind != AS_TK_PUNCT)
        e++;
      if (e == k + 1 || e >= c->n || e >= k + 16)
        return (as_slice){0};
      return as_slice_make(c->text.ptr + c->t[k + 1].start, c->t[e - 1].end - c->t[k + 1].start);
    }
  uint32_t e = k;
  while (e < c->n && e < k + 10) {
    if (c->t[e].kind == AS_TK_WORD && c->t[e].cap)
      e++;
    /* `Bruges-la-Morte`: words a hyphen joins */
    else if (e > k && c->t[e].kind == AS_TK_DASH && c->t[e].end == c->t[e].start + 1 && !c->t[e].space_before &&
             e + 1 < c->n && c->t[e + 1].kind == AS_TK_WORD && !c->t[e + 1].space_before)
      e += 2;
    /* `The Battle of the River Plate`: small words between capitals */
    else if (e > k && c->t[e].kind == AS_TK_WORD && c->t[e].lower && e + 1 < c->n && !date_span_at(c, e + 1) &&
             (c->t[e + 1].cap ||
              ((kw(c, e + 1, KW_the) || kw(c, e + 1, KW_a) || kw(c, e + 1, KW_an)) && e + 2 < c->n &&
               c->t[e + 2].cap)) &&
             (kw(c, e, KW_of) || kw(c, e, KW_the) || kw(c, e, KW_and) || kw(c, e, KW_in) || kw(c, e, KW_on) ||
              kw(c, e, KW_a) || kw(c, e, KW_an) || kw(c, e, KW_to) || kw(c, e, KW_for) || kw(c, e, KW_from) ||
              (kw(c, e, KW_with) && (kw(c, e + 1, KW_the) || kw(c, e + 1, KW_a)))))
      e++; /* `Letters from Baghdad`, `Gone with the Wind` */
    else
      break;
  }
  if (e == k || e - k >= 10)
    return (as_slice){0};
  return as_slice_make(c->text.ptr + c->t[k].start, c->t[e - 1].end - c->t[k].start);
}

/* The subject of a work's claim: its title, or, when the title is the
 * name of the person or the town the article is about (`the film Marie
 * Antoinette (2006)` in her biography), the title told apart as
 * encyclopedias do: `Marie Antoinette (2006 film)`. */
static as_slice work_subject(sent *c, as_slice title, as_slice year, uint32_t noun) {
  facts *f = c->f;
  if (!((f->bio.len && as_slice_eq(title, f->bio)) || (f->town.len && as_slice_eq(title, f->town)) ||
        ((f->bio.len || f->town.len) && as_slice_eq(title, f->a->title))))
    return title;
  as_strbuf_clear(&f->buf);
  as_strbuf_put_slice(&f->buf, title);
  as_strbuf_puts(&f->buf, " (");
  as_strbuf_put_slice(&f->buf, year);
  as_strbuf_puts(&f->buf, " ");
  if (noun < c->n && as_kwset_has(&work_set, &c->t[noun]))
    as_strbuf_put_slice(&f->buf, as_tok_text(c->text, &c->t[noun]));
  else
    as_strbuf_puts(&f->buf, "work");
  as_strbuf_puts(&f->buf, ")");
  return as_arena_slice(f->p->arena, as_strbuf_slice(&f->buf));
}

/* `the 1972 novel Watership Down`, `their 2010 album Coat of Arms`,
 * `Tarantino's 1994 film Pulp Fiction`, `the 2004 German film Downfall`:
 * the title datePublished the year. */
static void work_date(sent *c, uint32_t i) {
  if (c->t[i].cap)
    return; /* `the 1956 Cannes Film Festival`: a name's word */
  uint32_t y = i;
  while (y > 0 && i - y < 4 && !work_year(c, y - 1) && c->t[y - 1].kind == AS_TK_WORD)
    y--;
  if (y == 0 || !work_year(c, y - 1) || y - 1 == 0)
    return;
  y--;
  /* the owner: `the`, `their`, ..., or a possessive; `his award-winning
   * 1972 novel`: a few small words between */
  uint32_t d = y - 1;
  while (d > 0 && y - d < 4 && !among(c, d, &owner_set) &&
         (c->t[d].kind == AS_TK_DASH || (c->t[d].kind == AS_TK_WORD && c->t[d].lower)))
    d--;
  as_slice det = as_tok_text(c->text, &c->t[d]);
  bool possessive = as_slice_ends(det, "'s") || as_slice_ends(det, "\xe2\x80\x99s");
  if (!among(c, d, &owner_set) && !(possessive && det.len > 2))
    return;
  as_slice title = work_title(c, i + 1);
  if (!title.len)
    return;
  as_claim *cl = prose_claim(c, work_subject(c, title, as_tok_text(c->text, &c->t[y]), i), AS_P_DATE_PUBLISHED, y);
  cl->value = cl->normalized = cl->date = as_tok_text(c->text, &c->t[y]);
  cl->precision = AS_SLICE_LIT("year");
}

/* Small words a title holds between capitals (`Half of a Yellow Sun`). */
static bool title_small(const sent *c, uint32_t e) {
  return kw(c, e, KW_of) || kw(c, e, KW_the) || kw(c, e, KW_and) || kw(c, e, KW_in) || kw(c, e, KW_on) ||
         kw(c, e, KW_a) || kw(c, e, KW_to) || kw(c, e, KW_for) || kw(c, e, KW_over);
}

/* The start of the title that ends right before token e (`Half of a
 * Yellow Sun`, `On Skis Across the Ice`): capitals with small words
 * between them, opening the sentence or after a comma or a work's noun,
 * or any words between two commas that open on a capital (`His account,
 * Paa ski over Grønland, was published`: apposition); e if none, or if
 * it is the name of a person, a place or an organisation. */
static uint32_t title_before(const sent *c, uint32_t e) {
  if (is_comma(c, e)) {
    uint32_t a = e;
    while (a > 0 && e - a < 12 && c->t[a - 1].kind == AS_TK_WORD)
      a--;
    if (a > 0 && a < e && e - a < 12 && is_comma(c, a - 1) && c->t[a].cap && !c->t[a].rank)
      return a;
  }
  uint32_t b = e;
  while (b > 0 && e - b < 12 &&
         ((c->t[b - 1].kind == AS_TK_WORD && c->t[b - 1].cap) ||
          (b < e && c->t[b - 1].kind == AS_TK_WORD && c->t[b - 1].lower && title_small(c, b - 1))))
    b--;
  while (b < e && !c->t[b].cap) /* `of Navarone`: a title starts on a capital */
    b++;
  /* after a comma, or a work's noun: `Her novel Dark Water was published` */
  if (b == e || e - b >= 12 || (b > 0 && !is_comma(c, b - 1) && !as_kwset_has(&work_set, &c->t[b - 1])))
    return e;
  as_span *x = span_at(c, b);
  if (x && x->from == b && x->to == e &&
      (named(x, AS_MENTION_PERSON) || named(x, AS_MENTION_PLACE) || named(x, AS_MENTION_ORG)))
    return e;
  return b;
}

static void published_on(sent *c, uint32_t b, uint32_t e, const as_span *d) {
  /* `His Sevastopol Sketches`: the owner is not the title's */
  if (b + 1 < e && (kw(c, b, KW_his) || kw(c, b, KW_her) || kw(c, b, KW_their) || kw(c, b, KW_its)))
    b++;
  as_slice title = as_slice_make(c->text.ptr + c->t[b].start, c->t[e - 1].end - c->t[b].start);
  as_slice year = d->m->normalized.len >= 4 ? as_slice_make(d->m->normalized.ptr, 4) : d->m->normalized;
  as_claim *cl = prose_claim(c, work_subject(c, title, year, b > 0 ? b - 1 : c->n), AS_P_DATE_PUBLISHED, b);
  value_span(cl, d);
  set_date(cl, d);
}

/* `Half of a Yellow Sun, published in 2007 by Fourth Estate`, `His
 * account of the journey, On Skis Across the Ice, was published in 1890`,
 * `Americanah was published on 14 May 2013`: the title's datePublished. */
static void publication(sent *c, uint32_t i) {
  if (!kw(c, i, KW_published) || i < 2)
    return;
  /* `published in New York in 1922`, `published by Macmillan in 1922`:
   * past where and by whom */
  uint32_t k = i + 1;
  as_span *pl = span_at(c, k + 1);
  if (kw(c, k, KW_in) && pl && pl->from == k + 1 && named(pl, AS_MENTION_PLACE)) {
    k = pl->to;
    if (is_comma(c, k) && span_at(c, k + 1) && named(span_at(c, k + 1), AS_MENTION_PLACE))
      k = span_at(c, k + 1)->to; /* `in Boston, Massachusetts` */
  } else if (kw(c, k, KW_by)) {
    uint32_t j = k + 1;
    while (j < c->n && j < k + 8 && c->t[j].kind == AS_TK_WORD && (c->t[j].cap || kw(c, j, KW_and) || kw(c, j, KW_of)) &&
           !kw(c, j, KW_in) && !kw(c, j, KW_on))
      j++;
    if (j > k + 1)
      k = j;
  }
  if (!(kw(c, k, KW_in) || kw(c, k, KW_on)) || !date_span_at(c, k + 1) || alternative_date(c, span_at(c, k + 1)))
    return;
  uint32_t e = i - 1;
  if (kw(c, e, KW_was)) {
    if (is_comma(c, e - 1) && e >= 2)
      e--; /* `..., On Skis Across the Ice, was published` */
  } else if (!is_comma(c, e))
    return;
  uint32_t b = title_before(c, e);
  /* `In Americanah, published in May 2014, race is at the centre`: the
   * preposition opening the sentence is no part of the title, whose
   * phrase a clause of its own follows (not `In Cold Blood, published in
   * 1966, is`) */
  if (b == 0 && e > 1 && is_comma(c, e) && among(c, 0, &sets.prepositions)) {
    uint32_t j = span_at(c, k + 1)->to;
    while (j < c->n && j < k + 16 && !is_comma(c, j))
      j++;
    if (is_comma(c, j) && j + 1 < c->n &&
        !(kw(c, j + 1, KW_is) || kw(c, j + 1, KW_was) || kw(c, j + 1, KW_has) || kw(c, j + 1, KW_had) ||
          kw(c, j + 1, KW_became) || kw(c, j + 1, KW_remains) || kw(c, j + 1, KW_won) || past_form(c, j + 1)))
      b = 1;
  }
  if (b < e)
    published_on(c, b, e, span_at(c, k + 1));
}

/* `In January 1792 she published A Vindication of the Rights of Woman`,
 * `Darwin published On the Origin of Species in November 1859`: a person
 * publishes a title; its date is the one after it, else the sentence's. */
static void published_by(sent *c, uint32_t i) {
  as_slice who;
  if (!kw(c, i, KW_published) || i == 0 || !close_subject(c, i, &who) || c->subj_kind != AS_MENTION_PERSON)
    return;
  uint32_t b = i + 1;
  as_slice title = work_title(c, b);
  if (!title.len || c->t[b].kind != AS_TK_WORD)
    return; /* (not a title in quotes: an article's) */
  uint32_t e = b;
  while (e < c->n && c->t[e].start < (size_t)(title.ptr + title.len - c->text.ptr))
    e++;
  /* not a name of a person, a place or a body (`published The Times`) */
  as_span *x = span_at(c, b);
  if (x && x->from == b && (named(x, AS_MENTION_PERSON) || named(x, AS_MENTION_PLACE) || named(x, AS_MENTION_ORG)))
    return;
  as_span *d = (kw(c, e, KW_in) || kw(c, e, KW_on)) && date_span_at(c, e + 1) ? span_at(c, e + 1) : NULL;
  if (!d && !(e >= c->n || c->t[e].kind == AS_TK_PUNCT || is_comma(c, e)))
    return; /* the title may go on past what looks like its end */
  if (!d)
    d = opening_date(c, i);
  if (d && !alternative_date(c, d))
    published_on(c, b, e, d);
}

/* `Her second novel, Dark Water (2006), is set`: a work's noun, then its
 * title and its year in brackets. */
static void bracketed_work(sent *c, uint32_t i) {
  uint32_t k = i + 1;
  if (is_comma(c, k))
    k++;
  as_slice title = work_title(c, k);
  if (!title.len)
    return;
  uint32_t e = k;
  while (e < c->n && c->t[e].start < (size_t)(title.ptr + title.len - c->text.ptr))
    e++;
  if (!punct(c, e, '(') || !work_year(c, e + 1) || !punct(c, e + 2, ')') || !date_span_at(c, e + 1))
    return;
  published_on(c, k, e, span_at(c, e + 1));
}

/* The words that say a list names works: a heading (`Works`, `Selected
 * bibliography`) or the sentence that opens the list (`His major works
 * include:`). */
static bool works_words(as_slice s) {
  static const char *const words[] = {"works", "Works", "bibliography", "Bibliography", "discography",
                                      "Discography", "filmography", "Filmography", "publications",
                                      "Publications", "writings", "Writings", "novels", "Novels", "books",
                                      "Books", "compositions", "Compositions", NULL};
  for (int k = 0; words[k]; k++) {
    size_t n = strlen(words[k]);
    for (size_t i = 0; i + n <= s.len; i++)
      if (memcmp(s.ptr + i, words[k], n) == 0 && (i == 0 || s.ptr[i - 1] == ' ') &&
          (i + n == s.len || !isalpha((unsigned char)s.ptr[i + n])))
        return true;
  }
  return false;
}

/* Whether the list item b is one of a list of works. */
static bool works_list(const as_block *item) {
  const as_block *sec = item->parent;
  if (!sec || sec->kind != AS_BLK_SECTION)
    return false;
  if (works_words(sec->text))
    return true;
  const as_block *intro = NULL; /* the paragraph before the list */
  for (const as_block *b = sec->first_child; b && b != item; b = b->next)
    if (b->kind == AS_BLK_PARAGRAPH)
      intro = b;
  const as_block *last = intro ? intro->last_child : NULL;
  return last && last->text.len && last->text.ptr[last->text.len - 1] == ':' && works_words(last->text);
}

/* `- Stabat Mater (1877)`, `- Half of a Yellow Sun (2006)`: an item of a
 * list of works, its title and its year. */
static void listed_work(sent *c) {
  const as_block *item = c->s->block->parent;
  uint32_t n = c->n;
  if (n && punct(c, n - 1, '.'))
    n--;
  if (!item || item->kind != AS_BLK_LIST_ITEM || item->first_child != c->s->block ||
      item->last_child != c->s->block || n < 4 ||
      !punct(c, n - 1, ')') || !work_year(c, n - 2) || !punct(c, n - 3, '(') || !date_span_at(c, n - 2) ||
      !c->t[0].cap || !works_list(item))
    return;
  /* one title: not `Films, e.g., Battleground (1949), ... and A Midnight
   * Clear (1992)`, nor a citation's `Menabrea, Luigi; Lovelace, Ada (1843)` */
  for (uint32_t k = 0; k + 3 < n; k++)
    if (punct(c, k, '(') || punct(c, k, ';'))
      return;
  /* `Kullervo, Op. 7 (1892)`: the title without its opus number */
  uint32_t e = n - 3;
  for (uint32_t k = 1; k + 3 < e; k++)
    if (is_comma(c, k) && as_slice_eq_cstr(as_tok_text(c->text, &c->t[k + 1]), "Op") && punct(c, k + 2, '.') &&
        c->t[k + 3].kind == AS_TK_NUM) {
      e = k;
      break;
    }
  published_on(c, 0, e, span_at(c, n - 2));
}

/* A death at i: `died`; `was killed`, `executed`, `assassinated`,
 * `hanged` after was/were/and; `committed suicide`; `killed himself`. */
/* The verb of `committed suicide` at i (`suicide`): `committed`, maybe
 * before a word (`committed ritual suicide`), or the verb `to commit` is
 * the object of (`was forced to commit suicide`); i if none. */
static uint32_t suicide_verb(const sent *c, uint32_t i) {
  /* `took poison`, `swallowed cyanide`, `was forced to take poison` */
  bool poison = kw(c, i, KW_poison) || kw(c, i, KW_cyanide);
  for (uint32_t k = i; k > 0 && i - k < 2; k--) {
    if (poison ? kw(c, k - 1, KW_took) || kw(c, k - 1, KW_swallowed) : kw(c, k - 1, KW_committed))
      return k - 1;
    if ((poison ? kw(c, k - 1, KW_take) || kw(c, k - 1, KW_swallow) : kw(c, k - 1, KW_commit)) && k >= 3 &&
        kw(c, k - 2, KW_to) &&
        (kw(c, k - 3, KW_forced) || kw(c, k - 3, KW_ordered) || kw(c, k - 3, KW_compelled) || kw(c, k - 3, KW_chose)))
      return k - 3;
    if (c->t[k - 1].kind != AS_TK_WORD || c->t[k - 1].cap)
      break;
  }
  return i;
}

/* `would die`, `would take his own life`, `would be killed`: the future
 * in the past a narrative tells a later death in; not a fear or a
 * condition (`feared he would die`, `if captured he would be shot`). */
static bool would_at(const sent *c, uint32_t i) {
  if (!kw(c, i, KW_would))
    return false;
  for (uint32_t k = i; k > 0 && k + 10 > i && !is_comma(c, k - 1) && !punct(c, k - 1, ';'); k--)
    if (kw(c, k - 1, KW_if) || kw(c, k - 1, KW_unless) || kw(c, k - 1, KW_feared) || kw(c, k - 1, KW_thought) ||
        kw(c, k - 1, KW_believed) || kw(c, k - 1, KW_expected) || kw(c, k - 1, KW_said) ||
        kw(c, k - 1, KW_knew) || kw(c, k - 1, KW_that) || kw(c, k - 1, KW_threatened) || kw(c, k - 1, KW_vowed))
      return false;
  return !(i > 0 && c->t[i - 1].kind == AS_TK_COMMA && kw(c, 0, KW_if));
}

/* `Leggio was shot on 6 October 1943`, `were shot at dawn`, `was
 * arrested and shot a few days later`, `was shot by the Gestapo`: a
 * passive `shot` with a time, a place or an agent after it (`by a firing
 * squad at Bagumbayan`), or none, is an execution; not `was shot down`,
 * `shot in the leg`, `shot at`, nor one the sentence says was wounded,
 * survived or died later. */
static bool shot_dead(const sent *c, uint32_t i) {
  bool passive = kw(c, i - 1, KW_was) || kw(c, i - 1, KW_were) || kw(c, i - 1, KW_been);
  /* `was arrested on 16 August and shot` */
  for (uint32_t k = i - 1; !passive && kw(c, i - 1, KW_and) && k > 1 && k + 12 > i && !is_comma(c, k - 1); k--) {
    as_slice w = as_tok_text(c->text, &c->t[k - 1]);
    passive = (kw(c, k - 2, KW_was) || kw(c, k - 2, KW_were)) && c->t[k - 1].lower &&
              (as_slice_ends(w, "ed") || as_slice_ends(w, "en"));
  }
  if (!passive)
    return false;
  for (uint32_t k = i + 1; k < c->n; k++)
    if (kw(c, k, KW_wounded) || kw(c, k, KW_survived) || kw(c, k, KW_recovered) || kw(c, k, KW_injured) ||
        kw(c, k, KW_died) || kw(c, k, KW_death) || kw(c, k, KW_succumbed) || kw(c, k, KW_hospital))
      return false; /* (`was shot on 2 July 1881, and his death on September 29`) */
  uint32_t n = i + 1;
  if (n >= c->n || c->t[n].kind == AS_TK_PUNCT || c->t[n].kind == AS_TK_COMMA)
    return true;
  as_span *x = span_at(c, n + 1);
  if (kw(c, n, KW_in))
    return !(kw(c, n + 1, KW_the) || kw(c, n + 1, KW_his) || kw(c, n + 1, KW_her) || kw(c, n + 1, KW_their) ||
             kw(c, n + 1, KW_its) || kw(c, n + 1, KW_one) || kw(c, n + 1, KW_both) || kw(c, n + 1, KW_a));
  if (kw(c, n, KW_at)) /* `shot at dawn`, `at Bagumbayan`; not `shot at` */
    return kw(c, n + 1, KW_dawn) || (x && x->from == n + 1 && (named(x, AS_MENTION_PLACE) || x->kind == AS_MENTION_DATE));
  /* `by a firing squad`, `by Austrian troops`, `by the Gestapo`: a squad,
   * men or a body; not `by a sniper`, nor `by Charles J. Guiteau`, an
   * assassin, whose victim may have lived for days */
  if (kw(c, n, KW_by)) {
    uint32_t k = n + 1;
    if (kw(c, k, KW_a) || kw(c, k, KW_an) || kw(c, k, KW_the))
      k++;
    as_span *agent = span_at(c, k);
    if (agent && agent->from == k && (named(agent, AS_MENTION_ORG) || named(agent, AS_MENTION_PERSON)))
      return agent->kind == AS_MENTION_ORG;
    for (; k < c->n && c->t[k].kind == AS_TK_WORD; k++) { /* (past `Austrian`) */
      as_slice w = as_tok_text(c->text, &c->t[k]);
      if (kw(c, k, KW_firing) || (as_slice_ends(w, "s") && !as_slice_ends(w, "ss")))
        return true;
      if (!c->t[k].cap)
        break;
    }
    return false;
  }
  return kw(c, n, KW_on) || kw(c, n, KW_near) || kw(c, n, KW_outside) || kw(c, n, KW_after) ||
         kw(c, n, KW_for) || kw(c, n, KW_as) || kw(c, n, KW_the) || kw(c, n, KW_a) || kw(c, n, KW_and) ||
         kw(c, n, KW_together) || kw(c, n, KW_along);
}

static bool death_verb(sent *c, uint32_t i) {
  if (kw(c, i, KW_died))
    return true;
  if (i == 0)
    return false;
  /* `Percy Bysshe Shelley drowned on 8 July 1822`, `was drowned`; not
   * `the flood drowned the crops` */
  if (kw(c, i, KW_drowned))
    return !(i + 1 < c->n && c->t[i + 1].kind == AS_TK_WORD &&
             (kw(c, i + 1, KW_the) || kw(c, i + 1, KW_a) || kw(c, i + 1, KW_his) || kw(c, i + 1, KW_her) ||
              kw(c, i + 1, KW_their) || kw(c, i + 1, KW_many) || kw(c, i + 1, KW_some) || kw(c, i + 1, KW_out) ||
              c->t[i + 1].cap));
  if (kw(c, i, KW_die) && would_at(c, i - 1))
    return true;
  /* `fell at the Battle of Lützen`, `fell in action`, `fell in battle`;
   * not `the city fell to the Allies`, nor `fell ill` */
  if (kw(c, i, KW_fell) && (kw(c, i + 1, KW_at) || kw(c, i + 1, KW_in))) {
    uint32_t k = kw(c, i + 2, KW_the) ? i + 3 : i + 2;
    as_span *x = span_at(c, k);
    return (k == i + 2 && (kw(c, k, KW_action) || kw(c, k, KW_battle))) ||
           (x && x->from <= k && x->from >= i + 2 && named(x, AS_MENTION_EVENT));
  }
  /* `would take his own life on D` */
  if (kw(c, i, KW_take) && would_at(c, i - 1) && (kw(c, i + 1, KW_his) || kw(c, i + 1, KW_her)) &&
      kw(c, i + 2, KW_own) && kw(c, i + 3, KW_life))
    return true;
  /* `was forced to take his own life` */
  if (kw(c, i, KW_take) && i >= 2 && kw(c, i - 1, KW_to) &&
      (kw(c, i - 2, KW_forced) || kw(c, i - 2, KW_compelled) || kw(c, i - 2, KW_chose)) &&
      (kw(c, i + 1, KW_his) || kw(c, i + 1, KW_her)) && kw(c, i + 2, KW_own) && kw(c, i + 3, KW_life))
    return true;
  /* `would be killed`, `would be executed` */
  if (i >= 2 && kw(c, i - 1, KW_be) && would_at(c, i - 2) &&
      (kw(c, i, KW_killed) || kw(c, i, KW_executed) || kw(c, i, KW_assassinated) || kw(c, i, KW_hanged) ||
       kw(c, i, KW_murdered)))
    return true;
  if (kw(c, i, KW_suicide) || kw(c, i, KW_poison) || kw(c, i, KW_cyanide))
    return suicide_verb(c, i) < i;
  /* (`Iwabuchi and his staff killed themselves`: the subject before his) */
  if (kw(c, i, KW_killed) && (kw(c, i + 1, KW_himself) || kw(c, i + 1, KW_herself) ||
                              (kw(c, i + 1, KW_themselves) && i >= 4 && kw(c, i - 3, KW_and) &&
                               (kw(c, i - 2, KW_his) || kw(c, i - 2, KW_her)))))
    return true;
  /* `shot himself in Buenos Aires on 20 December 1939`; not `shot himself
   * on 19 April and died the following day`, nor `survived` */
  if (kw(c, i, KW_shot) && (kw(c, i + 1, KW_himself) || kw(c, i + 1, KW_herself))) {
    for (uint32_t k = i + 2; k < c->n; k++)
      if (kw(c, k, KW_died) || kw(c, k, KW_survived) || kw(c, k, KW_wounded))
        return false;
    return true;
  }
  /* `took his own life on D`, `who had taken his own life`; `X and his
   * staff took their own lives` */
  if ((kw(c, i, KW_took) || (kw(c, i, KW_taken) && (kw(c, i - 1, KW_had) || kw(c, i - 1, KW_has)))) &&
      (((kw(c, i + 1, KW_his) || kw(c, i + 1, KW_her)) && kw(c, i + 2, KW_own) && kw(c, i + 3, KW_life)) ||
       (kw(c, i + 1, KW_their) && kw(c, i + 2, KW_own) && kw(c, i + 3, KW_lives))))
    return true;
  /* `was shot dead on D`, `was found dead in his chair on D` */
  if ((kw(c, i, KW_shot) || kw(c, i, KW_found)) && kw(c, i + 1, KW_dead) &&
      (kw(c, i - 1, KW_was) || kw(c, i - 1, KW_were)))
    return true;
  if (kw(c, i, KW_shot))
    return shot_dead(c, i);
  if (!(kw(c, i, KW_executed) || kw(c, i, KW_killed) || kw(c, i, KW_assassinated) || kw(c, i, KW_hanged) ||
        kw(c, i, KW_murdered)))
    return false;
  if (kw(c, i - 1, KW_was) || kw(c, i - 1, KW_and) || kw(c, i - 1, KW_were))
    return true; /* `was killed`, `was executed` */
  /* `was himself killed`, `was also killed`, `was himself later killed` */
  uint32_t b = i - 1;
  while (b > 0 && b + 3 > i && !kw(c, b, KW_was) && !kw(c, b, KW_were) && !kw(c, b, KW_not) &&
         (kw(c, b, KW_himself) || kw(c, b, KW_herself) || (c->t[b].kind == AS_TK_WORD && !c->t[b].cap && adverb(c, b))))
    b--;
  if (b + 1 < i && (kw(c, b, KW_was) || kw(c, b, KW_were)))
    return true;
  /* `had been killed`; not a condition (`once Hitler had been assassinated`) */
  if (!(kw(c, i - 1, KW_been) && i >= 2 && (kw(c, i - 2, KW_had) || kw(c, i - 2, KW_has))))
    return false;
  for (uint32_t k = i - 2; k > 0 && k + 8 > i && !is_comma(c, k - 1); k--)
    if (kw(c, k - 1, KW_once) || kw(c, k - 1, KW_if) || kw(c, k - 1, KW_unless))
      return false;
  return true;
}

/* Where the death verb found at i starts: `committed` of `committed
 * suicide`, `would` of `would die` and `would be killed`, else i. */
static uint32_t death_verb_start(const sent *c, uint32_t i) {
  if (kw(c, i, KW_suicide) || kw(c, i, KW_poison) || kw(c, i, KW_cyanide))
    return suicide_verb(c, i);
  if (i > 0 && kw(c, i - 1, KW_would))
    return i - 1;
  if (i > 1 && kw(c, i - 1, KW_be) && kw(c, i - 2, KW_would))
    return i - 2;
  return i;
}

/* The subject `his own` at b stands for: the last person named before
 * it whose verb follows (`Isidore succeeded him and held the see until
 * his own death`; not Leander in `Isidore succeeded Leander and`), or
 * NULL. */
static as_span *own_subject(const sent *c, uint32_t b) {
  for (uint32_t k = b; k-- > 0;) {
    as_span *x = span_at(c, k);
    if (!x || x->to != k + 1 || !named(x, AS_MENTION_PERSON) || x->possessive)
      continue;
    uint32_t j = x->to;
    while (j < b && adverb(c, j))
      j++;
    if (j < b && (past_form(c, j) || kw(c, j, KW_held) || kw(c, j, KW_was) || kw(c, j, KW_had)))
      return x;
    k = x->rank_from;
  }
  return NULL;
}

/* `After Berg's death in 1931`, `Since her death on March 13, 1913`,
 * `the death of Jane Roe in 1850`: a death named by its noun, with its
 * date. The person is named (a possessive or after `of`) or a pronoun
 * resolved; not `his wife's death`. */
/* Whether a relative no name follows (`his father`, `her husband`)
 * stands in the sentence before token b: a his or her at b may be that
 * relative's (`where his father had been buried after his death`). */
static bool kin_before(const sent *c, uint32_t b) {
  for (uint32_t k = 0; k + 1 < b; k++)
    if ((kw(c, k, KW_his) || kw(c, k, KW_her)) && word_sex(c, k + 1) && !c->t[k + 1].cap) {
      as_span *x = span_at(c, k + 2);
      if (!(x && named(x, AS_MENTION_PERSON)) && !(is_comma(c, k + 2) && span_at(c, k + 3)))
        return true;
    }
  return false;
}

static void death_noun(sent *c, uint32_t i) {
  if (!kw(c, i, KW_death) || i == 0)
    return;
  as_slice who = {0};
  uint32_t b = i - 1, e = i + 1;
  if (c->t[b].kind == AS_TK_WORD && !c->t[b].cap && !kw(c, b, KW_his) && !kw(c, b, KW_her) && !kw(c, b, KW_the) &&
      b > 0 && !memchr(as_tok_text(c->text, &c->t[b]).ptr, '\'', as_tok_text(c->text, &c->t[b]).len) &&
      !memchr(as_tok_text(c->text, &c->t[b]).ptr, 0xe2, as_tok_text(c->text, &c->t[b]).len))
    b--; /* `his untimely death`; not `his wife's death` */
  as_span *x = span_at(c, b);
  if (x && x->to == b + 1 && x->possessive && named(x, AS_MENTION_PERSON))
    who = x->canon;
  else if ((kw(c, b, KW_his) || kw(c, b, KW_her)) && kw(c, b + 1, KW_own) && (x = own_subject(c, b)))
    who = x->canon; /* `and Isidore succeeded him and held the see until his own death` */
  else if ((kw(c, b, KW_his) || kw(c, b, KW_her)) && (x = relative_owner(c, b)))
    who = x->canon; /* `to the court of King Andrew II, who reigned until his death in 1233` */
  else if ((kw(c, b, KW_his) || kw(c, b, KW_her)) && (kin_before(c, b) || !pronoun(c, b, &who)))
    return;
  else if (kw(c, b, KW_the) && kw(c, e, KW_of) && (x = span_at(c, e + 1)) && x->rank_from == e + 1 &&
           named(x, AS_MENTION_PERSON) && !x->possessive) {
    who = x->canon;
    e = x->to;
  }
  /* (not `a year after Louverture's death, on 1 January 1804,
   * Dessalines proclaimed`: a date set apart is the clause's) */
  if (!who.len || is_comma(c, e))
    return;
  /* (not `brought the news of Cook's death to London in January 1780`:
   * the date of what follows another word) */
  if (!kw(c, e, KW_in) && !kw(c, e, KW_on) && !kw(c, e, KW_at) && !date_span_at(c, e))
    return;
  /* `in 1931`, `on March 13, 1913`, `in Paris in 1850`; not `His death
   * was announced on 3 September` */
  for (uint32_t k = e + 1; k < c->n && k < e + 6 && !is_comma(c, k); k++) {
    as_span *pl = span_at(c, k);
    if (!(pl && pl->kind == AS_MENTION_PLACE) && !kw(c, k, KW_in) && !kw(c, k, KW_on) && !kw(c, k, KW_at) &&
        !date_span_at(c, k))
      return;
    if (date_span_at(c, k) && (kw(c, k - 1, KW_in) || kw(c, k - 1, KW_on))) {
      as_span *d = span_at(c, k);
      if (alternative_date(c, d) || hedged(c, i))
        return;
      as_claim *cl = prose_claim(c, who, AS_P_DEATH_DATE, i);
      value_span(cl, d);
      set_date(cl, d);
      return;
    }
    if (span_at(c, k) && span_at(c, k)->kind != AS_MENTION_PLACE)
      return;
  }
}

/* `Gunichi Mikawa (1888–1981), a native of Hiroshima,`, `Smith was a
 * native of Seale, Surrey`, `A native of Lyon, Rhodes wrote`: the
 * person's birthplace. */
static void native_of(sent *c, uint32_t i) {
  if (!kw(c, i, KW_native) || i < 1 || !kw(c, i - 1, KW_a) || !kw(c, i + 1, KW_of))
    return;
  as_span *pl = span_at(c, i + 2);
  if (!pl || pl->from != i + 2 || !named(pl, AS_MENTION_PLACE))
    return;
  uint32_t end = pl->to; /* `Seale, Surrey`: the place and its region */
  as_span *region = is_comma(c, end) ? span_at(c, end + 1) : NULL;
  if (region && region->from == end + 1 && named(region, AS_MENTION_PLACE))
    end = region->to;
  as_slice who = {0};
  if (i == 1) {
    /* `A native of Lyon, Alexandre de Rhodes codified`: the name after */
    as_span *x = is_comma(c, end) ? span_at(c, end + 1) : NULL;
    if (!x || x->from != end + 1 || !named(x, AS_MENTION_PERSON))
      return;
    who = x->canon;
  } else if (i >= 3 && is_comma(c, i - 2)) {
    /* `Smith, a native of`; `Mikawa (29 August 1888 – 1981), a native of` */
    uint32_t k = i - 2;
    if (punct(c, k - 1, ')')) {
      int depth = 0;
      while (k > 0) {
        k--;
        if (punct(c, k, ')'))
          depth++;
        else if (punct(c, k, '(') && --depth == 0)
          break;
      }
      if (depth)
        return;
    }
    as_span *x = k > 0 ? span_at(c, k - 1) : NULL;
    if (!x || x->to != k || !named(x, AS_MENTION_PERSON) || x->possessive)
      return;
    who = x->canon;
  } else if (i >= 2 && (kw(c, i - 2, KW_was) || kw(c, i - 2, KW_is))) {
    if (!subject_of(c, i - 2, &who))
      return;
  } else {
    return;
  }
  as_claim *cl = prose_claim(c, who, AS_P_BIRTH_PLACE, i + 2);
  value_span(cl, pl);
  if (end != pl->to)
    cl->value = cl->normalized = as_slice_make(c->text.ptr + c->t[pl->from].start, c->t[end - 1].end - c->t[pl->from].start);
}

/* Every word the patterns of sentence_claims start from, with those of
 * the lists above and movements[]: a word outside it starts none. */
static const uint16_t triggers[] = {KW_the, KW_died, KW_drowned, KW_executed, KW_killed, KW_assassinated, KW_murdered,
                                    KW_hanged, KW_suicide, KW_poison, KW_cyanide, KW_die, KW_take, KW_born,
                                    KW_arrived, KW_assumed, KW_succeeding, KW_succeeded, KW_replacing, KW_replaced,
                                    KW_sworn, KW_served, KW_serving, KW_became, KW_become, KW_married, KW_founded,
                                    KW_established, KW_completed, KW_incorporated, KW_opened, KW_created, KW_formed,
                                    KW_shot,
                                    KW_found, KW_took, KW_taken, KW_death, KW_published, KW_native, KW_since, KW_fell,
                                    KW_swore, KW_founding, AS_KW_END};
static as_kwset trigger_set;

static void sentence_claims(facts *f, as_sent *s) {
  const as_claim *before = f->tail;
  f->sent_before = before;
  sent c = {0};
  c.f = f;
  c.s = s;
  c.text = s->block->text;
  c.t = s->toks;
  c.n = s->ntoks;
  c.cover = as_xmalloc((s->ntoks ? s->ntoks : 1) * sizeof *c.cover);
  for (uint32_t i = 0; i < s->ntoks; i++)
    c.cover[i] = -1;
  /* names win over dates and quantities inside them (`Constitution of 1860`) */
  for (int pass = 0; pass < 2; pass++)
    for (uint32_t j = 0; j < s->nspans; j++) {
      as_span *sp = &s->spans[j];
      if (!sp->m || (pass == 0) != !sp->is_name)
        continue;
      for (uint32_t k = sp->rank_from; k < sp->to && k < s->ntoks; k++)
        c.cover[k] = (int)j;
    }
  listed_work(&c);
  for (uint32_t i = 0; i < c.n; i++) {
    as_span *sp = span_at(&c, i);
    if (sp && sp->rank_from == i && sp->m) {
      int bh = building_head(&c, sp);
      if (bh != AS_KW_NONE) {
        f->building = sp->canon;
        f->building_head = bh;
      }
      if (named(sp, AS_MENTION_EVENT))
        event_date(&c, sp);
      else if (sp->kind == AS_MENTION_DATE)
        date_in_event(&c, sp);
      else if (sp->kind == AS_MENTION_QUANTITY) {
        if (sp->to > 0 && as_kwset_has(&work_set, &c.t[sp->to - 1]))
          bracketed_work(&c, sp->to - 1); /* `Her second novel, Dark Water (2006)` */
        strength(&c, sp);
        duration(&c, sp);
        losses(&c, sp);
        population(&c, sp);
      } else if (sp->possessive)
        possessive_act(&c, sp);
      else if (named(sp, AS_MENTION_PERSON))
        life_span(&c, sp);
      continue;
    }
    if (sp || c.t[i].kind != AS_TK_WORD || !as_kwset_has(&trigger_set, &c.t[i]))
      continue;
    own_event_date(&c, i, f->head);
    founding_date(&c, i);
    if (as_kwset_has(&work_set, &c.t[i])) {
      work_date(&c, i);
      bracketed_work(&c, i);
    }
    publication(&c, i);
    published_by(&c, i);
    native_of(&c, i);
    death_noun(&c, i);
    if (death_verb(&c, i))
      life_event(&c, death_verb_start(&c, i), true);
    else if (kw(&c, i, KW_born))
      life_event(&c, i, false);
    movement_claims(&c, i);
    if (among(&c, i, &sets.act_verbs))
      attribution(&c, i);
    roles(&c, i);
    since_role(&c, i);
    marriage(&c, i);
    deed(&c, i);
  }
  remember_people(f, &c, before);
  /* `travelled to Badenweiler`: where a `there` after it is */
  for (const as_claim *cl = before ? before->next : f->a->claims; cl; cl = cl->next)
    if (cl->property.ptr == property_names[AS_P_DESTINATION] || cl->property.ptr == property_names[AS_P_ARRIVED_AT] ||
        cl->property.ptr == property_names[AS_P_MOVED_TO] || cl->property.ptr == property_names[AS_P_RETURNED_TO]) {
      f->there = cl->normalized;
      f->there_sent = (size_t)(s - f->p->v);
    }
  free(c.cover);
}

static void build_sets(void) {
#define X(name) as_kwset_add(&sets.name, name);
  FACT_LISTS(X)
#undef X
  for (size_t m = 0; m < sizeof movements / sizeof *movements; m++)
    movement_verbs.w[movements[m].verb >> 6] |= (uint64_t)1 << (movements[m].verb & 63);
  trigger_set = movement_verbs;
  as_kwset_add(&trigger_set, triggers);
  as_kwset_add(&work_set, work_nouns);
  as_kwset_add(&owner_set, work_owners);
  as_kwset_add(&qualified_set, place_qualified);
  as_kwset_add(&trigger_set, work_nouns);
  as_kwset_add(&trigger_set, act_verbs);
  as_kwset_add(&trigger_set, appoint_verbs);
  as_kwset_add(&trigger_set, passive_role_verbs);
  as_kwset_add(&trigger_set, deed_verbs);
  as_kwset_add(&building_set, building_heads);
  as_kwset_add(&opening_set, opening_heads);
}

/* Whether the article is a person's: the people stage gave one of its
 * people the title as canonical name. Then its dominant pronoun (three
 * times the other's at least) is the subject's. */
static void biography(facts *f) {
  const as_prose *p = f->p;
  for (size_t k = 0; k < p->n && !f->bio.len; k++) {
    const as_sent *s = &p->v[k];
    for (uint32_t j = 0; j < s->nspans && !f->bio.len; j++) {
      const as_span *sp = &s->spans[j];
      if (named(sp, AS_MENTION_PERSON) && as_slice_eq(sp->canon, f->a->title))
        f->bio = f->a->title;
    }
  }
  as_slice title = f->a->title;
  as_slice head = as_title_before(title, ",");
  for (size_t k = 0; k < p->n && !f->bio.len && !f->town.len; k++) {
    const as_sent *s = &p->v[k];
    for (uint32_t j = 0; j < s->nspans && !f->town.len; j++) {
      const as_span *sp = &s->spans[j];
      if (named(sp, AS_MENTION_PLACE) && (as_slice_eq(sp->canon, title) || as_slice_eq(sp->canon, head)))
        f->town = sp->canon;
    }
  }
  if (!f->bio.len)
    return;
  size_t she = 0, he = 0;
  for (size_t k = 0; k < p->n; k++) {
    const as_sent *s = &p->v[k];
    for (uint32_t i = 0; i < s->ntoks; i++) {
      int w = s->toks[i].kw;
      she += w == KW_she || w == KW_her || w == KW_herself;
      he += w == KW_he || w == KW_his || w == KW_him || w == KW_himself;
    }
  }
  if (she >= 3 && she >= 3 * he)
    f->bio_gender = 'f';
  else if (he >= 3 && he >= 3 * she)
    f->bio_gender = 'm';
}

/* `- Thaksin (born 26 July 1949), ..., born in San Kamphaeng`: one
 * sentence that says one thing twice gives one claim; the claims are
 * numbered again. */
static void drop_repeats(as_article *a) {
  as_claim **link = &a->claims, *group = NULL;
  uint32_t seq = 0;
  while (*link) {
    as_claim *c = *link;
    if (!group || group->sentence != c->sentence)
      group = c;
    bool again = false;
    for (const as_claim *o = group; o != c && !again && c->sentence; o = o->next)
      again = as_slice_eq(o->subject, c->subject) && as_slice_eq(o->property, c->property) &&
              as_slice_eq(o->normalized, c->normalized) && as_slice_eq(o->date, c->date) &&
              as_slice_eq(o->about, c->about) && as_slice_eq(o->qualifier, c->qualifier);
    if (again) {
      *link = c->next;
      continue;
    }
    c->seq = ++seq;
    link = &c->next;
  }
  a->nclaims = seq;
}

void as_facts_extract(as_prose *p) {
  pthread_once(&sets_once, build_sets);
  facts f;
  memset(&f, 0, sizeof f);
  f.p = p;
  f.a = p->a;
  f.a->claims = NULL;
  f.a->nclaims = 0;
  f.last_subject = -1;
  f.head = title_head(f.a);
  as_sides_read(f.a, p->arena, &f.sides);
  infobox_claims(&f);
  f.bare_title = as_title_before(f.a->title, "(");
  if (f.bare_title.len == f.a->title.len)
    f.bare_title = AS_SLICE_NULL;
  biography(&f);
  for (size_t k = 0; k < p->n; k++) {
    if (p->v[k].section != f.last_section) {
      f.nlast = 0;
      f.last_subject = -1;
      f.last_section = p->v[k].section;
      f.building = (as_slice){0};
    }
    f.para_start = k == 0 || p->v[k].para != p->v[k - 1].para;
    sentence_claims(&f, &p->v[k]);
  }
  drop_repeats(f.a);
  as_strbuf_free(&f.buf);
}
