/* infobox.c: infobox keys → series/index/role; values typed and normalized. */
/* SPDX-License-Identifier: MIT */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <pthread.h>

#include "../core/keyindex.h"
#include "../core/mem.h"
#include "../core/strbuf.h"
#include "../core/utf8.h"
#include "dates.h"
#include "parsers.h"
#include "temporal.h"

/* ---------------------------------------------------------------- keys */

#define MAX_KEY_WORDS 16

/* Words split at blanks, and at underscores (`Birth_place` is `Birth
 * Place`, as the template names keys). */
static size_t split_words(as_slice s, as_slice *w, size_t max) {
  size_t n = 0, i = 0;
  while (i < s.len && n < max) {
    while (i < s.len && (s.ptr[i] == ' ' || s.ptr[i] == '_'))
      i++;
    size_t b = i;
    while (i < s.len && s.ptr[i] != ' ' && s.ptr[i] != '_')
      i++;
    if (i > b)
      w[n++] = as_slice_make(s.ptr + b, i - b);
  }
  return n;
}

static bool word_is(as_slice w, const char *lit) {
  size_t n = strlen(lit);
  if (w.len != n)
    return false;
  for (size_t i = 0; i < n; i++)
    if (tolower((unsigned char)w.ptr[i]) != lit[i])
      return false;
  return true;
}

static bool word_in(as_slice w, const char *const *set) {
  for (; *set; set++)
    if (word_is(w, *set))
      return true;
  return false;
}

/* Words that, before a series name, say which attribute of the member
 * the field holds (`Year Leader1`, `Flag P1`, `Image Flag2`). */
static const char *const role_prefixes_indexed[] = {"year", "date", "title", "flag", "image",
                                                    "caption", "alt", "name", "type", NULL};
/* The same without an index: attributes of a whole series (`Title Leader`,
 * `Image Coat`). Fewer, since `Flag Type` or `Birth Date` name one thing. */
static const char *const role_prefixes_plain[] = {"title", "image", "year", "date", NULL};

/* Position of the trailing digits of w, or w.len if it has none or is
 * all digits. */
static size_t digit_start(as_slice w) {
  size_t i = w.len;
  while (i > 0 && isdigit((unsigned char)w.ptr[i - 1]))
    i--;
  return i;
}

static as_slice join_words(const as_slice *w, size_t from, size_t to, bool lower, as_arena *arena) {
  if (to <= from)
    return AS_SLICE_NULL;
  if (to - from == 1 && !lower)
    return w[from];
  if (!lower) /* the words are contiguous in the key: take the span */
    return as_slice_make(w[from].ptr, (size_t)(w[to - 1].ptr + w[to - 1].len - w[from].ptr));
  as_strbuf b = AS_STRBUF_INIT;
  for (size_t i = from; i < to; i++) {
    if (i > from)
      as_strbuf_putc(&b, ' ');
    for (size_t k = 0; k < w[i].len; k++)
      as_strbuf_putc(&b, (char)tolower((unsigned char)w[i].ptr[k]));
  }
  as_slice out = as_arena_slice(arena, as_strbuf_slice(&b));
  as_strbuf_free(&b);
  return out;
}

static void parse_indexed_key(as_slice *w, size_t n, size_t p, as_arena *arena, as_key *out) {
  size_t ds = digit_start(w[p]);
  as_slice stem = as_slice_make(w[p].ptr, ds);
  out->index = as_slice_make(w[p].ptr + ds, w[p].len - ds);
  as_slice prefix_role = AS_SLICE_NULL;
  if (p > 0 && word_in(w[0], role_prefixes_indexed)) {
    prefix_role = join_words(w, 0, p, true, arena);
    out->series = stem;
  } else if (p > 0) {
    /* `Political Groups1`: the words before belong to the series name */
    out->series = as_slice_make(w[0].ptr, (size_t)(stem.ptr + stem.len - w[0].ptr));
  } else {
    out->series = stem;
  }
  as_slice suffix_role = join_words(w, p + 1, n, true, arena);
  if (prefix_role.len && suffix_role.len) {
    as_strbuf b = AS_STRBUF_INIT;
    as_strbuf_put_slice(&b, prefix_role);
    as_strbuf_putc(&b, ' ');
    as_strbuf_put_slice(&b, suffix_role);
    out->role = as_arena_slice(arena, as_strbuf_slice(&b));
    as_strbuf_free(&b);
  } else {
    out->role = prefix_role.len ? prefix_role : suffix_role;
  }
}

void as_infobox_parse_key(as_slice key, as_arena *arena, as_key *out) {
  key = as_slice_trim(key);
  out->series = key;
  out->index = out->role = AS_SLICE_NULL;
  as_slice w[MAX_KEY_WORDS];
  size_t n = split_words(key, w, MAX_KEY_WORDS);
  if (n == 0)
    return;
  /* the last word with a trailing number carries the index */
  for (size_t p = n; p-- > 0;) {
    size_t ds = digit_start(w[p]);
    /* `Area Total Km2`, `Population Density Sq Mi`: a unit, no index */
    if (word_is(w[p], "km2") || word_is(w[p], "mi2") || word_is(w[p], "m2") || word_is(w[p], "ft2"))
      break;
    if (ds < w[p].len && ds > 0) {
      parse_indexed_key(w, n, p, arena, out);
      return;
    }
  }
  as_slice last = w[n - 1];
  if (n >= 2 && (word_is(last, "start") || word_is(last, "end"))) {
    out->index = word_is(last, "start") ? AS_SLICE_LIT("start") : AS_SLICE_LIT("end");
    if (n == 2 && word_is(w[0], "event")) {
      out->series = w[0];
    } else if (n == 2 && (word_is(w[0], "date") || word_is(w[0], "year"))) {
      out->series = AS_SLICE_LIT("Event"); /* `Date Start` is the start event's date */
      out->role = word_is(w[0], "date") ? AS_SLICE_LIT("date") : AS_SLICE_LIT("year");
    } else {
      out->series = join_words(w, 0, n - 1, false, arena);
    }
    return;
  }
  if (n >= 2 && word_in(w[0], role_prefixes_plain)) {
    out->role = join_words(w, 0, 1, true, arena);
    out->series = join_words(w, 1, n, false, arena);
  }
}

/* ------------------------------------------------------- value hints */

typedef enum { HINT_NONE, HINT_DATE, HINT_PLACE, HINT_PERSON, HINT_ORG, HINT_CODE } hint;

static bool series_has_word(as_slice series, const char *const *set) {
  as_slice w[MAX_KEY_WORDS];
  size_t n = split_words(series, w, MAX_KEY_WORDS);
  for (size_t i = 0; i < n; i++)
    if (word_in(w[i], set))
      return true;
  return false;
}

/* What the key says the value is. Gazetteer of common infobox keys. */
static hint hint_for(const as_field *f) {
  static const char *const date_words[] = {"date", "year", "years", "established", "founded",
                                           "session", "election", "termstart", "termend", "start", "end",
                                           "dissolved", "formed", "abolished", NULL};
  static const char *const place_words[] = {"place", "location", "capital", "residence",
                                            "territory", "headquarters", "country", "town",
                                            "city", "venue", "burial", NULL};
  static const char *const person_words[] = {"commander", "commanders", "leader", "deputy",
                                             "representative", "spouse", "partner", "monarch",
                                             "president", "influences", "influenced", "chairman",
                                             "founder", "children", "parents", "father",
                                             "mother", "spouses", "siblings", "relatives",
                                             "predecessor", "successor", NULL};
  static const char *const org_words[] = {"combatant", "combatants", "party", "body", "units",
                                          "alma", "employer", NULL};
  if (word_is(f->role, "year") || word_is(f->role, "date"))
    return HINT_DATE;
  if (f->role.len)
    return HINT_NONE; /* `Title Leader`, `Leader1 Type`: not the member itself */
  /* `Leader Title: Mayor`, `Leader Party`: what the member is, not who */
  static const char *const about_words[] = {"title", "titles", "type", "position", "office", "status",
                                            "rank", "ref", "note", "notes", "caption", "label", NULL};
  as_slice w[MAX_KEY_WORDS];
  size_t nw = split_words(f->series, w, MAX_KEY_WORDS);
  if (nw >= 2 && word_in(w[nw - 1], about_words))
    return HINT_NONE;
  if (nw >= 2 && word_is(w[nw - 1], "party"))
    return HINT_ORG;
  if (nw >= 3 && word_is(w[nw - 2], "as") && word_is(w[nw - 1], "of"))
    return HINT_DATE; /* `Population As Of: 2017` */
  /* `Postal Code: 5003–5499`, `Dial Code: 01208`: digits that count nothing */
  static const char *const code_words[] = {"code", "codes", "postcode", "postcodes", "zip", "isbn", "issn",
                                           "oclc", "iata", "icao", "phone", "plate", NULL};
  if (series_has_word(f->series, code_words))
    return HINT_CODE;
  if (series_has_word(f->series, date_words))
    return HINT_DATE;
  if (series_has_word(f->series, place_words))
    return HINT_PLACE;
  if (series_has_word(f->series, person_words))
    return HINT_PERSON;
  if (series_has_word(f->series, org_words))
    return HINT_ORG;
  return HINT_NONE;
}

/* ------------------------------------------------------- value shapes */

typedef struct {
  const char code[4];
  const char *name;
} country;

static const country countries[] = {
#include "countries.inc"
};

static int cmp_country(const void *k, const void *e) {
  return memcmp(k, ((const country *)e)->code, 3);
}

/* Name of the country an ISO 3166-1 alpha-3 code stands for, or NULL. */
static const char *country_name(as_slice s) {
  if (s.len != 3 || !isupper((unsigned char)s.ptr[0]) || !isupper((unsigned char)s.ptr[1]) ||
      !isupper((unsigned char)s.ptr[2]))
    return NULL;
  const country *hit = bsearch(s.ptr, countries, sizeof countries / sizeof *countries,
                               sizeof *countries, cmp_country);
  return hit ? hit->name : NULL;
}

/* Country names, and the short forms prose uses for a few, in a hash table
 * built once. */
static const char *const country_aliases[] = {
    "Russia", "Soviet Union", "USSR", "Britain", "Great Britain", "England", "Scotland", "Wales",
    "Holland", "Persia", "Burma", "Siam", "Prussia", "Yugoslavia", "Czechoslovakia", "America",
    "US", "U.S", "U.S.", "USA", "U.S.A", "U.S.A.", "UK", "U.K", "U.K."};
static as_keyindex country_index; /* the names and aliases, hashed: asked of every capitalised name */
static pthread_once_t country_once = PTHREAD_ONCE_INIT;

static void build_country_names(void) {
  for (size_t i = 0; i < sizeof countries / sizeof *countries; i++)
    as_keyindex_add(&country_index, as_slice_cstr(countries[i].name));
  for (size_t i = 0; i < sizeof country_aliases / sizeof *country_aliases; i++)
    as_keyindex_add(&country_index, as_slice_cstr(country_aliases[i]));
}

bool as_is_country_name(as_slice name) {
  pthread_once(&country_once, build_country_names);
  return name.len && as_keyindex_find(&country_index, name) >= 0;
}

static bool ends_with_ci(as_slice s, const char *suffix) {
  size_t n = strlen(suffix);
  if (s.len < n)
    return false;
  for (size_t i = 0; i < n; i++)
    if (tolower((unsigned char)s.ptr[s.len - n + i]) != suffix[i])
      return false;
  return true;
}

static bool is_file_ref(as_slice s) {
  static const char *const exts[] = {".svg", ".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff",
                                     ".webp", ".pdf", ".ogg", NULL};
  for (const char *const *e = exts; *e; e++)
    if (ends_with_ci(s, *e))
      return true;
  return false;
}

static bool is_url(as_slice s, const as_field *f) {
  if (as_slice_starts(s, "http://") || as_slice_starts(s, "https://") || as_slice_starts(s, "www."))
    return true;
  /* `Website: kristeva.fr`: a bare domain where the key asks for one */
  if ((word_is(f->series, "website") || word_is(f->series, "url")) && memchr(s.ptr, '.', s.len) &&
      !memchr(s.ptr, ' ', s.len))
    return true;
  return false;
}

/* `51.98028°N, 5.90028°E` → `51.98028,5.90028`: the digits as written
 * (no float round trip), signed. The converter writes every decimal pair
 * as `lat°N, lon°W` whatever the hemisphere and puts the sign on the
 * number (`52.51667°N, 13.38333°W` is Berlin, `50.466°N, -4.718°W`
 * Bodmin): in that shape the numbers' own signs decide. A pair with `S`
 * or `E`, which it never writes, was written by hand: its hemispheres
 * count (`33.5°S, 70.5°W` is Santiago), and a number that has its own
 * sign keeps it (`39.814°S, -73.246°W` is Valdivia, not 73° east). */
static bool parse_coordinates(as_slice s, as_strbuf *out) {
  bool minus[2] = {false, false};
  char hemi[2] = {0, 0};
  as_slice digits[2];
  int got = 0;
  size_t i = 0;
  while (got < 2 && i < s.len) {
    while (i < s.len && (s.ptr[i] == ' ' || s.ptr[i] == ','))
      i++;
    minus[got] = i < s.len && s.ptr[i] == '-';
    if (minus[got])
      i++;
    size_t b = i;
    while (i < s.len && (isdigit((unsigned char)s.ptr[i]) || s.ptr[i] == '.'))
      i++;
    if (i == b || s.len - i < 3 || memcmp(s.ptr + i, "\xC2\xB0", 2) != 0)
      return false;
    digits[got] = as_slice_make(s.ptr + b, i - b);
    i += 2;
    hemi[got] = i < s.len ? s.ptr[i++] : 0;
    if ((got == 0 && hemi[0] != 'N' && hemi[0] != 'S') || (got == 1 && hemi[1] != 'E' && hemi[1] != 'W'))
      return false;
    got++;
  }
  while (i < s.len && s.ptr[i] == ' ')
    i++;
  if (got != 2 || i != s.len)
    return false;
  bool by_hand = hemi[0] == 'S' || hemi[1] == 'E';
  for (int k = 0; k < 2; k++) {
    bool south_west = by_hand && (hemi[k] == 'S' || hemi[k] == 'W');
    if (k)
      as_strbuf_putc(out, ',');
    if (minus[k] || south_west)
      as_strbuf_putc(out, '-');
    as_strbuf_put_slice(out, digits[k]);
  }
  return true;
}

/* `1,984` or `104` or `3.5`: a number alone. Normalized without commas. */
static bool parse_number(as_slice s, as_strbuf *out) {
  if (s.len == 0 || !isdigit((unsigned char)s.ptr[0]))
    return false;
  if (s.len > 1 && s.ptr[0] == '0' && isdigit((unsigned char)s.ptr[1]))
    return false; /* `01208` is a code (a dialling code), not a number */
  for (size_t i = 0; i < s.len; i++) {
    char c = s.ptr[i];
    bool digit_after = i + 1 < s.len && isdigit((unsigned char)s.ptr[i + 1]);
    if (isdigit((unsigned char)c))
      as_strbuf_putc(out, c);
    else if (c == ',' && i + 3 < s.len && digit_after && isdigit((unsigned char)s.ptr[i + 2]) &&
             isdigit((unsigned char)s.ptr[i + 3]) &&
             (i + 4 == s.len || !isdigit((unsigned char)s.ptr[i + 4])))
      continue; /* thousands separator: exactly three digits follow */
    else if (c == '.' && digit_after)
      as_strbuf_putc(out, c);
    else
      return false;
  }
  return true;
}

/* A link target glued to its label, as the conversion left it:
 * `Chilean occupation of PeruChilean occupation` → target `Chilean
 * occupation of Peru`, label `Chilean occupation`. The join is a small
 * letter followed by a capital and a small letter, inside a word whose
 * small run is at least three letters (so `McDonald`, `MacArthur`,
 * `LaGuardia` are not joins). It counts only if the label repeats the
 * target's first word or the target has a `#` section part. A capital
 * right after a closing bracket is a join too. */
static size_t find_glue(as_slice s) {
  for (size_t i = 1; i + 1 < s.len; i++) {
    /* `History of Peru (1867–1883)Peru`: a label glued after a bracket */
    if (s.ptr[i - 1] == ')' && isupper((unsigned char)s.ptr[i]) && memchr(s.ptr, '(', i) &&
        !memchr(s.ptr, ':', s.len) && !memchr(s.ptr + i, ',', s.len - i))
      return i;
    if (!islower((unsigned char)s.ptr[i - 1]) || !isupper((unsigned char)s.ptr[i]) ||
        !islower((unsigned char)s.ptr[i + 1]))
      continue;
    size_t b = i;
    while (b > 0 && islower((unsigned char)s.ptr[b - 1]))
      b--;
    if (i - b < 3 || b == 0 || !isupper((unsigned char)s.ptr[b - 1]))
      continue;
    as_slice target = as_slice_make(s.ptr, i), label = as_slice_make(s.ptr + i, s.len - i);
    size_t tw = 0, lw = 0;
    while (tw < target.len && target.ptr[tw] != ' ')
      tw++;
    while (lw < label.len && label.ptr[lw] != ' ')
      lw++;
    bool same_first = tw == lw && memcmp(target.ptr, label.ptr, tw) == 0 && tw < target.len;
    if (same_first || memchr(target.ptr, '#', target.len))
      return i;
  }
  return 0;
}

/* ---------------------------------------------------------------- lists */

static bool is_dagger(const char *p, size_t n) {
  return n >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
         (unsigned char)p[2] == 0xA0;
}

/* Splits a value on ", " and "; " outside brackets (`Australia: 1,200
 * killed, 2,200 wounded; United States: 930 killed`). Returns the number
 * of items. */
static size_t split_list(as_slice v, as_slice *out, size_t max) {
  size_t n = 0, b = 0;
  int depth = 0;
  for (size_t i = 0; i <= v.len; i++) {
    char c = i < v.len ? v.ptr[i] : ',';
    if (c == '(' || c == '[')
      depth++;
    else if ((c == ')' || c == ']') && depth > 0)
      depth--;
    else if ((c == ',' || c == ';') && depth == 0 && (i == v.len || (i + 1 < v.len && v.ptr[i + 1] == ' '))) {
      if (out && n < max) {
        out[n] = as_slice_trim(as_slice_make(v.ptr + b, i - b));
        /* `Philip, James, and John`: the serial comma's last item */
        if (i == v.len && n >= 2 && out[n].len > 5 && memcmp(out[n].ptr, "and ", 4) == 0 &&
            isupper((unsigned char)out[n].ptr[4]))
          out[n] = as_slice_make(out[n].ptr + 4, out[n].len - 4);
      }
      n++;
      b = i + 1;
    }
  }
  return n;
}

/* Takes trailing `(…)` and `[…]` groups and `†` off an item. */
static void split_item(as_item *it, as_slice s) {
  s = as_slice_trim(s);
  it->qualifier = AS_SLICE_NULL;
  for (;;) {
    if (s.len >= 3 && is_dagger(s.ptr + s.len - 3, 3)) {
      it->died = true;
      s = as_slice_trim(as_slice_make(s.ptr, s.len - 3));
      continue;
    }
    if (s.len && (s.ptr[s.len - 1] == ')' || s.ptr[s.len - 1] == ']')) {
      char open = s.ptr[s.len - 1] == ')' ? '(' : '[';
      size_t i = s.len - 1;
      int depth = 0;
      while (i-- > 0) {
        if (s.ptr[i] == s.ptr[s.len - 1])
          depth++;
        else if (s.ptr[i] == open && depth-- == 0)
          break;
      }
      if (i < s.len && s.ptr[i] == open) {
        if (!it->qualifier.len)
          it->qualifier = as_slice_make(s.ptr + i + 1, s.len - i - 2);
        if (i == 0) { /* the whole item is bracketed */
          s = as_slice_make(s.ptr, 0);
          break;
        }
        s = as_slice_trim(as_slice_make(s.ptr, i));
        continue;
      }
    }
    break;
  }
  it->text = s;
}

/* ------------------------------------------------------------- typing */

typedef struct {
  as_arena *arena;
  as_diag_sink *diag;
  const as_article *a;
  as_strbuf norm;
} typer;

static as_slice keep(typer *t, as_strbuf *b) { return as_arena_slice(t->arena, as_strbuf_slice(b)); }

static bool title_after_name(as_slice s);

static void type_item(typer *t, as_item *it, hint h) {
  as_strbuf_clear(&t->norm);
  as_slice s = it->text;
  const char *cname;
  it->name = s;
  it->normalized = it->whole; /* text keeps its qualifier: `Peruvian Civil War (1867)` */
  it->type = AS_VT_TEXT;
  if (s.len == 0 && it->qualifier.len) {
    it->type = AS_VT_TEXT;
    return;
  }
  if (h == HINT_PERSON && s.len && s.ptr[s.len - 1] != ':') {
    it->type = AS_VT_PERSON;
    const char *comma = memchr(s.ptr, ',', s.len);
    as_slice title = comma ? as_slice_trim(as_slice_make(comma + 1, (size_t)(s.ptr + s.len - comma - 1)))
                           : AS_SLICE_NULL;
    if (title.len && title_after_name(title)) {
      /* `Arthur Wellesley, 1st Duke of Wellington`: the title is the rank */
      it->name = as_name_split_rank(as_slice_make(s.ptr, (size_t)(comma - s.ptr)), &it->rank);
      if (!it->rank.len)
        it->rank = title;
    } else {
      it->name = as_name_split_rank(s, &it->rank);
    }
    it->normalized = it->name;
  } else if (h == HINT_PLACE && (cname = country_name(s))) {
    /* (a country's code only where a place is due: `Timezone: EST` is no
     * Estonia, `Currency: GBP` no code) */
    it->type = AS_VT_COUNTRY;
    it->normalized = as_slice_cstr(cname);
  } else if (h == HINT_PLACE) {
    it->type = AS_VT_PLACE;
    it->normalized = s;
  } else if (h == HINT_ORG && s.len && s.ptr[s.len - 1] != ':') {
    it->type = AS_VT_ORG;
    it->normalized = s;
  }
}

static void set_date(typer *t, as_field *f, const as_date_value *dv) {
  as_strbuf_clear(&t->norm);
  as_date_value_format(&t->norm, dv);
  f->normalized = keep(t, &t->norm);
  bool year_only = dv->from.prec == AS_PREC_YEAR && (!dv->is_range || dv->to.prec == AS_PREC_YEAR);
  f->type = dv->is_range ? (year_only ? AS_VT_YEAR_RANGE : AS_VT_DATE_RANGE)
                         : (year_only ? AS_VT_YEAR : AS_VT_DATE);
  f->precision = as_slice_cstr(as_precision_name(dv->from.prec));
}

/* `Sliven, Bulgaria` under a place key is one place, named from small to
 * large; only qualifiers (`Lima (de jure), Arequipa (1882–1883)`) or a
 * plural key make it a list of places. */
static bool is_one_place(as_slice v, const as_field *f, hint h) {
  if (h != HINT_PLACE || ends_with_ci(f->series, "s"))
    return false;
  const char *b = memchr(v.ptr, '(', v.len);
  if (!b)
    return !memchr(v.ptr, '[', v.len);
  /* `Kharkov, Soviet Union (now Kharkiv, Ukraine)`: one place, which a
   * bracket at its end names as it is now */
  as_slice rest = as_slice_make(b + 1, v.len - (size_t)(b + 1 - v.ptr));
  static const char *const now[] = {"now ", "present-day ", "modern ", "today ", "modern-day ", NULL};
  for (int k = 0; now[k]; k++)
    if (as_slice_starts(rest, now[k]) && !memchr(rest.ptr, '(', rest.len) && rest.len && rest.ptr[rest.len - 1] == ')')
      return true;
  return false;
}

/* ---- groups and continuations of lists ----
 * The conversion wrote an infobox's lines as one list joined by commas, so
 * a list holds headings (`Joseph Stalin, 1st Belorussian Front:, Georgy
 * Zhukov`; `Italian: 8,320 soldiers`; `American, 89,500`; `December 16,
 * 228,741 men`) and phrases that its commas cut (`551 killed, wounded and
 * missing`). */

/* `wounded and missing`, `or wounded`, `WIA`, `tank destroyers and assault
 * guns lost`: words for losses only, or a phrase that ends in one. */
static bool loss_phrase(as_slice s) {
  static const char *const losses[] = {"killed", "wounded", "missing", "captured", "dead", "sick",
                                       "injured", "prisoners", "died", "interned", "kia", "wia",
                                       "mia", "pows", "and", "or", NULL};
  static const char *const ends[] = {"lost", "destroyed", "sunk", "damaged", "captured", NULL};
  const char *bracket = memchr(s.ptr, '(', s.len);
  if (bracket) /* `MIA (see §7)` */
    s = as_slice_trim(as_slice_make(s.ptr, (size_t)(bracket - s.ptr)));
  if (s.len && s.ptr[s.len - 1] == '.')
    s.len--;
  as_slice w[MAX_KEY_WORDS];
  size_t n = split_words(s, w, MAX_KEY_WORDS);
  if (n == 0 || n == MAX_KEY_WORDS || as_slice_has_digit(s))
    return false;
  if (islower((unsigned char)s.ptr[0]) && word_in(w[n - 1], ends))
    return true;
  for (size_t i = 0; i < n; i++)
    if (!word_in(w[i], losses))
      return false;
  return true;
}

static bool starts_lower_word(as_slice s, const char *word) {
  size_t n = strlen(word);
  return s.len > n && memcmp(s.ptr, word, n) == 0 && s.ptr[n] == ' ';
}

static bool is_lower_phrase(as_slice s) { return s.len && islower((unsigned char)s.ptr[0]) && !as_slice_has_digit(s); }

/* `many of them Volkssturm`, `mostly conscripts`, `most abandoned or
 * broken down`: a phrase that tells of the figure before it, not an item
 * of its own. */
static bool of_the_figure(as_slice p) {
  static const char *const heads[] = {"many of ", "most of ", "some of ", "all of ", "half of ", "mostly ", "mainly ",
                                      "chiefly ", "largely ", "of whom ", "of which ", "among them ", NULL};
  if (!is_lower_phrase(p))
    return false;
  for (int k = 0; heads[k]; k++)
    if (as_slice_starts(p, heads[k]))
      return true;
  /* (`most` and a participle) */
  if (!as_slice_starts(p, "most ") || p.len < 8)
    return false;
  size_t e = 5;
  while (e < p.len && isalpha((unsigned char)p.ptr[e]))
    e++;
  return e >= 7 && p.ptr[e - 2] == 'e' && p.ptr[e - 1] == 'd';
}

/* Joins parts a comma cut out of the count before them: `551 killed,
 * wounded and missing`; `40,000 civilians killed, committed suicide, or
 * went missing`. Only in lists of counts (no hint from the key), and only
 * after a part with a number. Returns the new number of parts. */
static size_t join_continuations(as_slice *parts, size_t n) {
  size_t m = 0;
  for (size_t i = 0; i < n; i++) {
    as_slice p = parts[i];
    bool join = false;
    if (m > 0 && as_slice_has_digit(parts[m - 1])) {
      /* (`about 1,000 men at the bridge, many of them Volkssturm`: a
       * phrase of no figure tells of the figure before) */
      join = loss_phrase(p) || starts_lower_word(p, "or") || of_the_figure(p);
      /* `committed suicide, or went missing`: a phrase before an `or` part */
      for (size_t k = i; !join && k + 1 < n && is_lower_phrase(parts[k]); k++)
        join = starts_lower_word(parts[k + 1], "or");
    }
    if (join) {
      as_slice *q = &parts[m - 1];
      q->len = (size_t)(p.ptr + p.len - q->ptr);
    } else {
      parts[m++] = p;
    }
  }
  return m;
}

/* Keys that list works (`Notable Works`, `Work`; `Notableworks` by its end). */
static const char *const work_words[] = {"works", "work", NULL};

/* `Op. 7`, `BWV 1007`, `K. 525`: a catalogue number of the work before. */
static bool catalogue_number(as_slice p) {
  static const char *const marks[] = {"Op.", "Op ", "Opus ", "BWV ", "K. ", "KV ", "D. ", "WoO ", "Hob.", "S. ", "TrV ",
                                      "RV ", "HWV ", "B. ", NULL};
  for (int k = 0; marks[k]; k++) {
    size_t n = strlen(marks[k]);
    if (p.len > n && strncmp(p.ptr, marks[k], n) == 0)
      return as_slice_has_digit(p);
  }
  return false;
}

/* `Eat, Pray, Love (2006)`: in a list of works, each dated, parts with no
 * year before a dated one are that work's title, cut at its commas; a
 * catalogue number joins the title before it. */
static size_t join_titles(as_slice *parts, size_t n) {
  size_t m = 0;
  for (size_t i = 0; i < n; i++) {
    as_slice p = parts[i];
    if (m > 0 && catalogue_number(p)) {
      parts[m - 1].len = (size_t)(p.ptr + p.len - parts[m - 1].ptr);
      continue;
    }
    bool dated = p.len > 6 && p.ptr[p.len - 1] == ')' && as_slice_has_digit(as_slice_make(p.ptr + p.len - 6, 6));
    size_t b = m;
    while (dated && b > 0 && !memchr(parts[b - 1].ptr, '(', parts[b - 1].len) && !as_slice_has_digit(parts[b - 1]))
      b--;
    /* only when the list dates its works: some part before has a year too, or none is left */
    if (b < m && (b == 0 || memchr(parts[b - 1].ptr, '(', parts[b - 1].len))) {
      parts[b].len = (size_t)(p.ptr + p.len - parts[b].ptr);
      m = b + 1;
    } else {
      parts[m++] = p;
    }
  }
  return m;
}

/* `1st Duke of Wellington`, `Prince of Orange`, `Earl of Lovelace`, `6th
 * Baron Byron`, `2nd Baronet`: a title of nobility or office held by the person named
 * before its comma. */
static bool title_after_name(as_slice s) {
  static const char *const titles[] = {"duke", "duchess", "earl", "marquess", "marquis", "marchioness",
                                       "count", "countess", "viscount", "viscountess", "baron",
                                       "baroness", "prince", "princess", "king", "queen", "emperor",
                                       "empress", "elector", "lord", "lady", "margrave", "landgrave",
                                       "bishop", "archbishop", "sultan", "khan", "grand", NULL};
  as_slice w[4];
  size_t n = split_words(s, w, 4), i = 0;
  if (n && isdigit((unsigned char)w[0].ptr[0]) && !as_slice_has_digit(as_slice_make(w[0].ptr + w[0].len - 2, 2)))
    i = 1; /* `1st`, `3rd` */
  if (i + 1 < n && word_is(w[i], "grand") && word_in(w[i + 1], titles))
    i++; /* `Grand Duke of Baden` */
  /* `Charles IV, Holy Roman Emperor`: a title that ends on its word */
  static const char *const ends[] = {"emperor", "empress", "king", "queen", "regent", NULL};
  /* (not a person whose surname is such a word: `Edward P. King`) */
  if (n >= 2 && n <= 3 && w[n - 1].ptr + w[n - 1].len == s.ptr + s.len && word_in(w[n - 1], ends) &&
      isupper((unsigned char)w[0].ptr[0]) && !as_name_sex(w[0]) &&
      !(n == 3 && w[1].len == 2 && w[1].ptr[1] == '.'))
    return true;
  /* `Sir Hugh Bell, 2nd Baronet` */
  if (i == 1 && n == 2 && (word_is(w[1], "baronet") || word_is(w[1], "baronetess")))
    return true;
  /* `6th Baron Byron`, `2nd Earl Grey`: numbered, a title needs no `of` */
  if (i == 1 && i + 1 < n && word_in(w[i], titles) && isupper((unsigned char)w[i + 1].ptr[0]))
    return true;
  return i + 1 < n && word_in(w[i], titles) && word_is(w[i + 1], "of") &&
         w[i + 1].ptr + w[i + 1].len < s.ptr + s.len;
}

/* In a list of people, joins a title to the name before it: `Arthur
 * Wellesley, 1st Duke of Wellington, William, Prince of Orange` is two
 * people, not four. Returns the new number of parts. */
static size_t join_name_titles(as_slice *parts, size_t n) {
  size_t m = 0;
  for (size_t i = 0; i < n; i++) {
    as_slice p = parts[i];
    if (m > 0 && title_after_name(p)) {
      as_slice prev = parts[m - 1];
      bool named = prev.len && isupper((unsigned char)prev.ptr[0]) && !memchr(prev.ptr, '(', prev.len) &&
                   prev.ptr[prev.len - 1] != ':' && !title_after_name(prev) && !as_slice_has_digit(prev);
      if (named) {
        parts[m - 1].len = (size_t)(p.ptr + p.len - prev.ptr);
        continue;
      }
    }
    parts[m++] = p;
  }
  return m;
}

/* A heading with its items after it: `Total:` alone, or `Italian: 8,320
 * soldiers` (returns the heading's length, its `:` included, so the item
 * is what follows). A letter or bracket starts it (a number only when
 * the colon ends the part), twelve words at most,
 * and it is no time (`12:30`). An item after it in the same part has a
 * number (or is `Unknown`), unless the key names people or units (`Result:
 * Soviet victory: Germany defeated` keeps its colon). 0 if none. */
static size_t heading_length(as_slice s, hint h) {
  if (!s.len)
    return 0;
  /* `1st Belorussian Front:` heads what follows; `6 divisions: ~60,000` is an item */
  bool number_first = isdigit((unsigned char)s.ptr[0]);
  if (!(number_first || isalpha((unsigned char)s.ptr[0]) || (unsigned char)s.ptr[0] >= 0xC0 || s.ptr[0] == '('))
    return 0;
  const char *colon = memchr(s.ptr, ':', s.len);
  if (!colon || colon == s.ptr)
    return 0;
  size_t k = (size_t)(colon - s.ptr), before = 0;
  while (before < k && isdigit((unsigned char)s.ptr[k - 1 - before]))
    before++;
  bool time = before >= 1 && before <= 2 && k + 3 <= s.len && isdigit((unsigned char)s.ptr[k + 1]) &&
              isdigit((unsigned char)s.ptr[k + 2]) && (k + 3 == s.len || !isdigit((unsigned char)s.ptr[k + 3]));
  if (time)
    return 0;
  as_slice w[MAX_KEY_WORDS];
  if (split_words(as_slice_make(s.ptr, k), w, MAX_KEY_WORDS) > 12)
    return 0;
  as_slice rest = as_slice_trim(as_slice_make(s.ptr + k + 1, s.len - k - 1));
  if (number_first && rest.len)
    return 0;
  if (rest.len && h == HINT_NONE && !as_slice_has_digit(rest) && !word_is(rest, "unknown"))
    return 0;
  return k + 1;
}

/* A part that heads the counts after it, with no colon: a nationality
 * (`American, 89,500`) or a day (`December 16, 228,741 men`). */
static bool bare_heading(const as_item *it, const as_slice *parts, size_t i, size_t n) {
  if (it->qualifier.len || i + 1 >= n)
    return false;
  /* `American, 89,500`; `American, Personnel:, 14,009 dead` */
  as_slice next = parts[i + 1];
  const char *open = memchr(next.ptr, '(', next.len); /* `Austrian, Swedish (from 1949)`: no count */
  if (!as_slice_has_digit(open ? as_slice_make(next.ptr, (size_t)(open - next.ptr)) : next) &&
      !(next.len && next.ptr[next.len - 1] == ':'))
    return false;
  if (as_is_nationality_word(it->text))
    return true;
  as_date_value dv;
  return as_slice_has_digit(it->text) && as_date_parse_value(it->text, false, &dv) && !dv.is_range &&
         dv.from.prec == AS_PREC_DAY;
}

typedef struct {
  as_slice outer, inner, group;
} heading;

static void set_heading(typer *t, heading *hd, as_slice name, bool outer) {
  if (outer) {
    hd->outer = name;
    hd->inner = AS_SLICE_NULL;
  } else {
    hd->inner = name;
  }
  if (!hd->outer.len || !hd->inner.len) {
    hd->group = hd->outer.len ? hd->outer : hd->inner;
    return;
  }
  as_strbuf_clear(&t->norm);
  as_strbuf_put_slice(&t->norm, hd->outer);
  as_strbuf_puts(&t->norm, " > ");
  as_strbuf_put_slice(&t->norm, hd->inner);
  hd->group = keep(t, &t->norm);
}

/* `Children: Eva, Karl and Maria`: under a key of kin, `and` between two
 * names parts two people. Returns the parts, split (n is updated). */
static as_slice *split_kin(typer *t, const as_field *f, as_slice *parts, size_t *n) {
  static const char *const kin[] = {"children", "parents", "siblings", "relatives", "relations", "spouse",
                                    "spouses", NULL};
  if (!word_in(f->series, kin))
    return parts;
  size_t extra = 0;
  for (size_t i = 0; i < *n; i++) {
    as_slice p = parts[i];
    for (size_t k = 0; k + 5 <= p.len; k++)
      if (memcmp(p.ptr + k, " and ", 5) == 0)
        extra++;
  }
  if (!extra)
    return parts;
  as_slice *out = AS_NEW_N(t->arena, as_slice, *n + extra);
  size_t m = 0;
  for (size_t i = 0; i < *n; i++) {
    as_slice p = parts[i];
    size_t k = 0;
    while (k + 5 <= p.len) {
      if (memcmp(p.ptr + k, " and ", 5) != 0) {
        k++;
        continue;
      }
      as_slice left = as_slice_trim(as_slice_make(p.ptr, k)), right = as_slice_make(p.ptr + k + 5, p.len - k - 5);
      /* two names: each begins with a capital and counts nothing */
      if (!left.len || !right.len || !isupper((unsigned char)left.ptr[0]) || !isupper((unsigned char)right.ptr[0]) ||
          as_slice_has_digit(left)) {
        k++;
        continue;
      }
      out[m++] = left;
      p = right;
      k = 0;
    }
    out[m++] = p;
  }
  *n = m;
  return out;
}

/* A caption, an alt text or a motto: a phrase whose commas set off
 * appositions (`Vågen, the old harbour, with Gamle Stavanger on the
 * left`), never a list. */
static bool free_text(const as_field *f) {
  static const char *const words[] = {"caption", "alt", "motto", "slogan", "note", NULL};
  if (word_in(f->role, words))
    return true;
  as_slice w[MAX_KEY_WORDS];
  size_t nw = split_words(f->series, w, MAX_KEY_WORDS);
  return nw > 0 && word_in(w[nw - 1], words);
}

static void type_list(typer *t, as_field *f, as_slice v, hint h) {
  size_t n = is_one_place(v, f, h) || free_text(f) ? 1 : split_list(v, NULL, 0);
  as_slice *parts = AS_NEW_N(t->arena, as_slice, n);
  if (n == 1)
    parts[0] = v;
  else
    split_list(v, parts, n);
  if (h == HINT_NONE)
    n = join_continuations(parts, n);
  if (h == HINT_PERSON) {
    n = join_name_titles(parts, n);
    parts = split_kin(t, f, parts, &n);
  } else if (h == HINT_NONE && !series_has_word(f->series, work_words) && !ends_with_ci(f->series, "works")) {
    n = join_name_titles(parts, n); /* `Named For: George Montagu-Dunk, 2nd Earl of Halifax` */
  }
  if (series_has_word(f->series, work_words) || ends_with_ci(f->series, "works"))
    n = join_titles(parts, n);
  f->items = AS_NEW_N(t->arena, as_item, n);
  size_t m = 0;
  /* a nationality or a day without a colon heads the parts after it
   * (outer), a heading with a colon those after it until the next (inner):
   * `American, Personnel:, 14,009 dead, Materiel:, 221 tanks` → `American >
   * Materiel`; `Italian: 407 killed, Ascari: 3,700 killed` → `Ascari` */
  heading hd = {AS_SLICE_NULL, AS_SLICE_NULL, AS_SLICE_NULL};
  for (size_t i = 0; i < n; i++) {
    as_item it = {0};
    as_slice part = parts[i];
    size_t head = n > 1 || as_slice_has_digit(part) ? heading_length(part, h) : 0;
    if (head) {
      as_slice name = as_slice_trim(as_slice_make(part.ptr, head - 1));
      set_heading(t, &hd, name, false);
      part = as_slice_trim(as_slice_make(part.ptr + head, part.len - head));
      if (!part.len)
        continue; /* `1st Belorussian Front:`: the items come after */
    }
    /* `and 40,000 Volkssturm`: the list's last item */
    if (starts_lower_word(part, "and") && part.len > 4 && isdigit((unsigned char)part.ptr[4]))
      part = as_slice_make(part.ptr + 4, part.len - 4);
    /* `Children: 6, including Eva, Karl`: Eva is one of them */
    if (starts_lower_word(part, "including") && part.len > 10)
      part = as_slice_trim(as_slice_make(part.ptr + 10, part.len - 10));
    split_item(&it, part);
    it.at = f->value_at; /* refined below */
    it.at.col += (uint32_t)as_utf8_count(v.ptr, (size_t)(part.ptr - v.ptr));
    it.at.byte += (uint64_t)(part.ptr - v.ptr);
    if (it.text.len == 0 && it.qualifier.len) {
      /* `Lima, (1881–1883)`: a bare qualifier belongs to the item before */
      if (m > 0 && !f->items[m - 1].qualifier.len) {
        f->items[m - 1].qualifier = it.qualifier;
        continue;
      }
      /* `(Estimated total), 61,774 killed`: heads what follows */
      if (m == 0 && i + 1 < n) {
        set_heading(t, &hd, it.qualifier, false);
        continue;
      }
      /* `Party1: (PPP)`: a name in brackets is the value (not a note:
       * `Population Ref: (Civil Ward, 2011)`, `(12th Army Group)` under
       * a commander) */
      if (n == 1 && (h == HINT_NONE || h == HINT_ORG) && !as_slice_has_digit(it.qualifier)) {
        it.text = it.qualifier;
        it.qualifier = AS_SLICE_NULL;
      }
    }
    if (h == HINT_NONE && !head && bare_heading(&it, parts, i, n)) {
      set_heading(t, &hd, it.text, true);
      continue;
    }
    it.whole = part;
    it.group = hd.group;
    type_item(t, &it, h);
    f->items[m++] = it;
  }
  f->nitems = m;
  as_value_type common = m ? f->items[0].type : AS_VT_TEXT;
  as_strbuf_clear(&t->norm);
  for (size_t i = 0; i < m; i++) {
    if (f->items[i].type != common)
      common = AS_VT_TEXT;
    if (i)
      as_strbuf_puts(&t->norm, "; ");
    /* the group once, before its first item: `Italian: 3,000 killed; 4,500 wounded` */
    as_slice g = f->items[i].group;
    if (g.len && (i == 0 || g.ptr != f->items[i - 1].group.ptr)) {
      as_strbuf_put_slice(&t->norm, g);
      as_strbuf_puts(&t->norm, ": ");
    }
    as_strbuf_put_slice(&t->norm, f->items[i].normalized);
  }
  f->type = common;
  f->normalized = keep(t, &t->norm);
}

static void report_glue(typer *t, as_field *f, size_t at) {
  as_prov p = f->value_at;
  p.col += (uint32_t)as_utf8_count(f->raw.ptr, at);
  p.byte += at;
  as_diag_report(t->diag, AS_D_DAMAGED_TEXT, t->a->file_name, p,
                 "'%.*s': link target glued to its label (target '%.*s', label '%.*s')",
                 (int)f->key.len, f->key.ptr, (int)f->link_target.len, f->link_target.ptr,
                 (int)f->link_label.len, f->link_label.ptr);
}

/* `(1934-07-04)`: the machine-readable date a converted template leaves
 * glued before or after the date as written; its length, or 0. */
static size_t iso_in_brackets(const char *p, size_t n) {
  static const char shape[] = "(dddd-dd-dd)";
  if (n < sizeof shape - 1)
    return 0;
  for (size_t i = 0; i < sizeof shape - 1; i++)
    if (shape[i] == 'd' ? !isdigit((unsigned char)p[i]) : p[i] != shape[i])
      return 0;
  return sizeof shape - 1;
}

/* What a bracket after a date may say without changing it: an age
 * (`(aged 52)`, `(age 70)`) or a length (`(5 months, 1 week and 3 days)`). */
static bool aside_of_date(as_slice in) {
  as_slice w = as_slice_trim(in);
  if (as_slice_starts(w, "aged ") || as_slice_starts(w, "age "))
    return true;
  static const char *const units[] = {"year", "years", "month", "months", "week", "weeks", "day",
                                      "days", "and", NULL};
  bool number = false;
  size_t i = 0;
  while (i < w.len) {
    while (i < w.len && (w.ptr[i] == ' ' || w.ptr[i] == ','))
      i++;
    size_t b = i;
    while (i < w.len && w.ptr[i] != ' ' && w.ptr[i] != ',')
      i++;
    if (i == b)
      break;
    as_slice word = as_slice_make(w.ptr + b, i - b);
    bool digits = true;
    for (size_t k = 0; k < word.len; k++)
      digits = digits && isdigit((unsigned char)word.ptr[k]);
    bool unit = false;
    for (int k = 0; units[k] && !unit; k++)
      unit = as_slice_eq_cstr(word, units[k]);
    if (!digits && !unit)
      return false;
    number = number || digits;
  }
  return number;
}

/* The date a value writes, without what a converted template put around
 * it: `(1867-11-07)7 November 1867`, `4 July 1934(1934-07-04) (aged 66)`,
 * `23 August 1942 – 2 February 1943 (5 months, 1 week and 3 days)`. */
static as_slice date_core(as_slice v) {
  size_t k = iso_in_brackets(v.ptr, v.len);
  if (k)
    v = as_slice_trim(as_slice_make(v.ptr + k, v.len - k));
  for (;;) {
    if (!v.len || v.ptr[v.len - 1] != ')')
      return v;
    const char *open = NULL;
    for (size_t i = v.len - 1; i-- > 0;)
      if (v.ptr[i] == '(') {
        open = v.ptr + i;
        break;
      }
    if (!open || open == v.ptr)
      return v;
    size_t at = (size_t)(open - v.ptr);
    as_slice in = as_slice_make(open + 1, v.len - at - 2);
    if (!iso_in_brackets(open, v.len - at) && !aside_of_date(in))
      return v;
    v = as_slice_trim(as_slice_make(v.ptr, at));
  }
}

/* `9 September [O.S. 28 August] 1828`, `4 January 1643 [O.S. 25 December
 * 1642]`: without its Old Style (Julian) date in brackets, which the New
 * Style one before it says again. v itself when it has none. */
static as_slice without_old_style(as_arena *arena, as_slice v) {
  const char *os = NULL;
  for (size_t i = 0; i + 5 <= v.len && !os; i++)
    if ((v.ptr[i] == '[' || v.ptr[i] == '(') && (memcmp(v.ptr + i + 1, "O.S.", 4) == 0 || memcmp(v.ptr + i + 1, "N.S.", 4) == 0))
      os = v.ptr + i;
  if (!os)
    return v;
  const char *close = memchr(os, *os == '[' ? ']' : ')', (size_t)(v.ptr + v.len - os));
  if (!close)
    return v;
  size_t head = (size_t)(os - v.ptr), tail = (size_t)(v.ptr + v.len - close - 1);
  char *out = as_arena_alloc(arena, head + tail + 1, 1);
  memcpy(out, v.ptr, head);
  memcpy(out + head, close + 1, tail);
  return as_slice_trim(as_slice_make(out, head + tail));
}

/* `8 November 1711 (O.S.)`, `4 April 1765 (Old Style)`: a date marked as
 * Julian, without its mark (*julian is set), else v itself. */
static as_slice without_julian_mark(as_slice v, bool *julian) {
  static const char *const marks[] = {"(O.S.)", "[O.S.]", "(OS)", "(Old Style)", "[Old Style]", "(old style)",
                                      "(Julian)", "(Julian calendar)", NULL};
  *julian = false;
  v = as_slice_trim(v);
  for (size_t k = 0; marks[k]; k++)
    if (as_slice_ends(v, marks[k])) {
      *julian = true;
      return as_slice_trim(as_slice_make(v.ptr, v.len - strlen(marks[k])));
    }
  return v;
}

/* `c. 1400`, `circa 1070`, `ca. 1530`, `c. March 1822`: the date after its mark of
 * approximation (*approx is set), else v itself. */
static as_slice without_circa(as_slice v, bool *approx) {
  static const char *const marks[] = {"c. ", "c.", "ca. ", "circa ", "approx. ", "about ", "around ", NULL};
  *approx = false;
  for (size_t k = 0; marks[k]; k++)
    if (as_slice_starts(v, marks[k]) && v.len > strlen(marks[k]) && isalnum((unsigned char)v.ptr[strlen(marks[k])])) {
      *approx = true;
      return as_slice_make(v.ptr + strlen(marks[k]), v.len - strlen(marks[k]));
    }
  return v;
}

/* `Born: 3 March 1890, Vienna, Austria`, `Died: 14 May 1922 (aged 32),
 * Kumbakonam, British India`: a date, then the place (one, named from
 * small to large). Makes the two items and returns true, else false. */
static bool date_then_place(typer *t, as_field *f, as_date_value *dv) {
  if (f->role.len || !(word_is(f->series, "born") || word_is(f->series, "died")))
    return false;
  as_slice v = f->raw;
  size_t n = split_list(v, NULL, 0);
  if (n < 2)
    return false;
  as_slice *parts = AS_NEW_N(t->arena, as_slice, n);
  split_list(v, parts, n);
  if (!as_date_parse_value(date_core(parts[0]), false, dv) || dv->is_range || !dv->from.year)
    return false;
  as_slice place = as_slice_make(parts[1].ptr, (size_t)(v.ptr + v.len - parts[1].ptr));
  if (!place.len || !(isupper((unsigned char)place.ptr[0]) || (unsigned char)place.ptr[0] >= 0xC0) || as_slice_has_digit(place))
    return false;
  f->items = AS_NEW_N(t->arena, as_item, 2);
  memset(f->items, 0, 2 * sizeof *f->items);
  f->nitems = 2;
  as_item *d = &f->items[0], *pl = &f->items[1];
  split_item(d, parts[0]);
  d->whole = parts[0];
  d->at = f->value_at;
  d->type = dv->from.prec == AS_PREC_YEAR ? AS_VT_YEAR : AS_VT_DATE;
  as_strbuf_clear(&t->norm);
  as_date_value_format(&t->norm, dv);
  d->normalized = d->name = keep(t, &t->norm);
  split_item(pl, place);
  pl->whole = place;
  pl->at = f->value_at;
  pl->at.col += (uint32_t)as_utf8_count(v.ptr, (size_t)(place.ptr - v.ptr));
  pl->at.byte += (uint64_t)(place.ptr - v.ptr);
  pl->type = AS_VT_PLACE;
  pl->normalized = pl->name = pl->text;
  as_strbuf_clear(&t->norm);
  as_strbuf_put_slice(&t->norm, d->normalized);
  as_strbuf_puts(&t->norm, "; ");
  as_strbuf_put_slice(&t->norm, pl->normalized);
  f->normalized = keep(t, &t->norm);
  f->type = AS_VT_TEXT;
  return true;
}

/* `5th century`, `c. 1100 BC`, `the 4th century BC`, `early 12th century`:
 * a time the calendar dates do not write, read as prose reads it, when the
 * value is that and nothing more. */
/* Whether v holds w in any ASCII case: the words an era's value needs. */
static bool holds_word(as_slice v, const char *w) {
  size_t n = strlen(w);
  char lo = (char)tolower((unsigned char)w[0]), up = (char)toupper((unsigned char)w[0]);
  for (size_t i = 0; i + n <= v.len; i++)
    if ((v.ptr[i] == lo || v.ptr[i] == up) && strncasecmp(v.ptr + i, w, n) == 0)
      return true;
  return false;
}

static bool era_value(typer *t, as_field *f, as_slice v) {
  /* (only a value that names a century or an era is read: the others, most
   * of an infobox's text, are not tokenized for nothing) */
  if (!holds_word(v, "century") && !holds_word(v, "BC"))
    return false;
  as_toks toks = {0};
  as_timexes tx = {0};
  as_tokenize(v, &toks);
  as_timex_scan(v, &toks, &tx);
  const as_timex *x = tx.n == 1 ? &tx.v[0] : NULL;
  size_t from = 0;
  if (x && x->tok_from == 1 && toks.n > 1 && as_tok_kw(&toks.v[0], KW_the))
    from = 1;
  bool ok = x && x->tok_from == from && x->tok_to == toks.n && x->kind != AS_TX_RELATIVE &&
            (x->bc || x->kind == AS_TX_CENTURY) && x->a.year;
  if (ok) {
    as_narrative nv;
    as_narrative_init(&nv, (as_date){0}, 0, 0);
    as_strbuf_clear(&t->norm);
    as_timex_value r = as_timex_resolve(x, &nv, &t->norm);
    ok = t->norm.len > 0;
    if (ok) {
      f->normalized = keep(t, &t->norm);
      f->type = x->kind == AS_TX_RANGE ? AS_VT_YEAR_RANGE : AS_VT_YEAR;
      f->precision = as_slice_cstr(as_precision_name(r.prec));
    }
  }
  as_timexes_free(&tx);
  as_toks_free(&toks);
  return ok;
}

/* `January 11, 1755 or 1757`, `1817 or 1818`: a date whose year is given
 * two ways, as the span between the two (either agrees with it); false
 * when v is no such date. */
static bool date_or_year(as_slice v, as_date_value *dv) {
  size_t n = v.len, d = 0;
  while (d < n && d < 4 && isdigit((unsigned char)v.ptr[n - 1 - d]))
    d++;
  if (d < 3 || d == n || n < d + 5 || memcmp(v.ptr + n - d - 4, " or ", 4) != 0)
    return false;
  int alt = 0;
  for (size_t i = n - d; i < n; i++)
    alt = alt * 10 + (v.ptr[i] - '0');
  if (!as_date_parse_value(as_slice_make(v.ptr, n - d - 4), true, dv) || dv->is_range || !dv->from.year ||
      alt == dv->from.year || abs(alt - dv->from.year) > 10)
    return false;
  as_date other = dv->from;
  other.year = alt;
  if (other.month == 2 && other.day == 29 && as_days_in_month(alt, 2) < 29)
    return false;
  dv->to = alt > dv->from.year ? other : dv->from;
  dv->from = alt > dv->from.year ? dv->from : other;
  dv->is_range = true;
  return true;
}

static void type_field(typer *t, as_field *f, as_date_value *dv, bool *has_date) {
  as_slice v = f->raw;
  hint h = hint_for(f);
  size_t glue;
  bool julian = false, approx = false;
  as_strbuf_clear(&t->norm);
  *has_date = false;
  f->normalized = v;
  f->type = AS_VT_TEXT;
  if (v.len == 0) {
    f->type = AS_VT_EMPTY;
  } else if ((glue = find_glue(v))) {
    f->type = AS_VT_LINK;
    f->link_target = as_slice_make(v.ptr, glue);
    f->link_label = as_slice_make(v.ptr + glue, v.len - glue);
    f->normalized = f->link_target;
    report_glue(t, f, glue);
  } else if (is_file_ref(v)) { /* `Senate of Pakistan, 2015.svg` is one file */
    f->type = AS_VT_FILE;
  } else if (is_url(v, f)) {
    f->type = AS_VT_URL;
  } else if (parse_coordinates(v, &t->norm)) {
    f->type = AS_VT_COORDINATES;
    f->normalized = keep(t, &t->norm);
  } else if (h == HINT_CODE) {
    f->normalized = v; /* text: never a date, a range of years or a number */
  } else if (h == HINT_DATE && date_or_year(v, dv)) {
    set_date(t, f, dv);
    *has_date = true;
  } else if (as_date_parse_value(date_core(without_old_style(t->arena, without_julian_mark(without_circa(v, &approx), &julian))),
                                 h == HINT_DATE, dv)) {
    if (julian && dv->from.day && dv->from.year && (!dv->is_range || (dv->to.day && dv->to.year))) {
      dv->from = as_date_from_julian(dv->from);
      if (dv->is_range)
        dv->to = as_date_from_julian(dv->to);
    }
    set_date(t, f, dv);
    if (approx && !dv->is_range) {
      as_strbuf_putc(&t->norm, '~'); /* `1400~`, as in prose: set_date left it in t->norm */
      f->normalized = keep(t, &t->norm);
    }
    *has_date = true;
  } else if (h != HINT_DATE &&
             (parse_number(v, &t->norm) || (parse_number(without_circa(v, &approx), &t->norm) && approx))) {
    /* (`about 16,000`: a number about which, its value keeping the word) */
    f->type = AS_VT_NUMBER;
    f->normalized = keep(t, &t->norm);
  } else if (date_then_place(t, f, dv)) {
    memset(dv, 0, sizeof *dv); /* the field itself is no date */
  } else if (era_value(t, f, v)) {
    memset(dv, 0, sizeof *dv);
  } else {
    as_date_value back;
    if (as_date_range_reversed(date_core(v), &back)) { /* `8 November 1865 – 28 February 1865` */
      as_strbuf_clear(&t->norm);
      as_date_value_format(&t->norm, &back);
      f->reversed = keep(t, &t->norm);
      as_strbuf_clear(&t->norm);
    }
    type_list(t, f, v, h);
  }
}

typedef struct {
  as_field *f;
  const as_date_value *dv;
} year_entry;

static int cmp_slice(as_slice a, as_slice b) {
  size_t n = a.len < b.len ? a.len : b.len;
  int c = n ? memcmp(a.ptr, b.ptr, n) : 0;
  return c ? c : (a.len > b.len) - (a.len < b.len);
}

static int cmp_member(const void *x, const void *y) {
  const as_field *a = ((const year_entry *)x)->f, *b = ((const year_entry *)y)->f;
  int c = cmp_slice(a->series, b->series);
  return c ? c : cmp_slice(a->index, b->index);
}

/* `Date End: 27 October` + `Year End: 1883` → 1883-10-27: a date without a
 * year takes it from the year field of the same series member. The year
 * fields are sorted once, so this stays O(n log n) in the fields. */
static void complete_dates(typer *t, as_field **fs, as_date_value *dvs, bool *has, size_t n) {
  year_entry *years = AS_NEW_N(t->arena, year_entry, n);
  size_t ny = 0;
  for (size_t j = 0; j < n; j++)
    if (has[j] && word_is(fs[j]->role, "year") && !dvs[j].is_range &&
        dvs[j].from.prec == AS_PREC_YEAR)
      years[ny++] = (year_entry){fs[j], &dvs[j]};
  if (ny == 0)
    return;
  qsort(years, ny, sizeof *years, cmp_member);
  for (size_t i = 0; i < n; i++) {
    as_date_value *dv = &dvs[i];
    if (!has[i] || dv->from.year || !word_is(fs[i]->role, "date"))
      continue;
    year_entry key = {fs[i], NULL};
    const year_entry *hit = bsearch(&key, years, ny, sizeof *years, cmp_member);
    if (!hit)
      continue;
    dv->from.year = hit->dv->from.year;
    if (dv->is_range && !dv->to.year)
      dv->to.year = dv->from.year;
    set_date(t, fs[i], dv);
    fs[i]->inferred = true;
  }
}

/* Record a field belongs to: `Leader 1`; the sides of a battle (Combatant,
 * Commander, Strength, Casualties, Units with one index) as `side N`;
 * `Title Leader` belongs to the whole `Leader` series. */
static as_slice record_for(typer *t, const as_field *f) {
  static const char *const side_series[] = {"combatant", "commander", "strength", "casualties",
                                            "units", NULL};
  if (!f->index.len)
    return f->role.len ? f->series : AS_SLICE_NULL;
  as_strbuf_clear(&t->norm);
  if (word_in(f->series, side_series))
    as_strbuf_puts(&t->norm, "side");
  else
    as_strbuf_put_slice(&t->norm, f->series);
  as_strbuf_putc(&t->norm, ' ');
  as_strbuf_put_slice(&t->norm, f->index);
  return keep(t, &t->norm);
}

void as_infobox_type_fields(as_article *a, as_arena *arena, as_diag_sink *diag) {
  if (!a->nfields)
    return;
  typer t = {arena, diag, a, AS_STRBUF_INIT};
  as_field **fs = AS_NEW_N(arena, as_field *, a->nfields);
  as_date_value *dvs = AS_NEW_N(arena, as_date_value, a->nfields);
  bool *has = AS_NEW_N(arena, bool, a->nfields);
  size_t n = 0;
  for (as_field *f = a->fields; f; f = f->next, n++) {
    fs[n] = f;
    type_field(&t, f, &dvs[n], &has[n]);
    f->record = record_for(&t, f);
  }
  complete_dates(&t, fs, dvs, has, n);
  as_strbuf_free(&t.norm);
}
