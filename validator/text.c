/* text.c: findings on an article's text rather than on its claims: damage
 * the conversion left (a link glued to its label, a rank or a preposition
 * with its name missing, an introduced quotation that is not there),
 * near-identical spellings of one name, a relative date that contradicts
 * the date written next to it, an infobox series member without its main
 * field. */
/* SPDX-License-Identifier: MIT */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/calendar.h"
#include "../core/mem.h"
#include "internal.h"

static bool word_at(as_slice s, size_t i, const char *w) {
  size_t n = strlen(w);
  return i + n <= s.len && memcmp(s.ptr + i, w, n) == 0 && (i + n == s.len || !isalpha((unsigned char)s.ptr[i + n])) &&
         (i == 0 || !isalpha((unsigned char)s.ptr[i - 1]));
}

/* The first ASCII capital at or after i, or n: eight bytes at a time
 * (bytes over 0x7F are masked off, so they never count). */
static size_t next_capital(const char *s, size_t i, size_t n) {
  const uint64_t highs = 0x8080808080808080ULL, lows = 0x7F7F7F7F7F7F7F7FULL, ones = 0x0101010101010101ULL;
  while (i + 8 <= n) {
    uint64_t x;
    memcpy(&x, s + i, 8);
    uint64_t t = x & lows;
    uint64_t caps = (t + ones * (0x80 - 'A')) & ~(t + ones * (0x7F - 'Z')) & ~x & highs;
    if (caps)
      break;
    i += 8;
  }
  while (i < n && !isupper((unsigned char)s[i]))
    i++;
  return i;
}

/* `sent Colonel to Huaraz`, `that Colonel had not destroyed`: a rank with
 * the name that should follow it missing. */
static void rank_without_name(as_strbuf *v, const as_article *a, const as_block *s, const char *subject) {
  static const char *const ranks[] = {"General", "Colonel", "Captain", "Major", "Admiral", "Marshal",
                                      "Lieutenant", "Commander", "Brigadier", "Sergeant", "Commodore", NULL};
  static const char *const after[] = {"to", "had", "was", "who", "did", "would", "could", NULL};
  static const unsigned char rank_len[] = {7, 7, 7, 5, 7, 7, 10, 9, 9, 8, 9};
  /* bit c - 'A' of starts[len]: a rank of len letters starts with c */
  uint32_t starts[11] = {0};
  for (int r = 0; ranks[r]; r++)
    starts[rank_len[r]] |= 1u << (ranks[r][0] - 'A');
  as_slice t = s->text;
  for (size_t i = 0; (i = next_capital(t.ptr, i, t.len)) < t.len; i++) {
    if (i > 0 && isalpha((unsigned char)t.ptr[i - 1]))
      continue;
    /* the whole word: a rank is one only alone (what word_at asks) */
    size_t wend = i + 1;
    while (wend < t.len && isalpha((unsigned char)t.ptr[wend]))
      wend++;
    size_t wlen = wend - i;
    if (wlen < 5 || wlen > 10 || !(starts[wlen] >> (t.ptr[i] - 'A') & 1)) {
      i = wend - 1; /* the rest of the word follows a letter: no rank starts in it */
      continue;
    }
    for (int r = 0; ranks[r]; r++) {
      if (rank_len[r] != wlen || ranks[r][0] != t.ptr[i] || memcmp(t.ptr + i, ranks[r], wlen) != 0)
        continue;
      size_t e = wend;
      if (e >= t.len || t.ptr[e] != ' ' || i < 2 || t.ptr[i - 1] != ' ')
        break;
      /* `the Colonel`, `a General`, `then-Colonel`: a title used as a noun */
      size_t b = i - 1;
      while (b > 0 && isalpha((unsigned char)t.ptr[b - 1]))
        b--;
      as_slice prev = as_slice_make(t.ptr + b, i - 1 - b);
      /* `Supreme Allied Commander had`: part of a title */
      if (prev.len && isupper((unsigned char)prev.ptr[0]))
        break;
      if (as_slice_eq_cstr(prev, "the") || as_slice_eq_cstr(prev, "The") || as_slice_eq_cstr(prev, "a") ||
          as_slice_eq_cstr(prev, "as") || as_slice_eq_cstr(prev, "of") || as_slice_eq_cstr(prev, "his") ||
          as_slice_eq_cstr(prev, "their") || as_slice_eq_cstr(prev, "her"))
        break;
      for (int k = 0; after[k]; k++)
        if (word_at(t, e + 1, after[k])) {
          as_finding_add(v, AS_D_DAMAGED_TEXT, a, s, i, subject,
                         "'%s %s': the rank has no name after it (lost in conversion?)", ranks[r], after[k]);
          return;
        }
      break;
    }
  }
}

/* `under the command of , Miguel Iglesias' brother`; `the screw frigate .`:
 * a gap where a name was. */
static void gap(as_strbuf *v, const as_article *a, const as_block *s, const char *subject) {
  static const char *const words[] = {"of", "by", "the", "with", "to", "and", NULL};
  as_slice t = s->text;
  /* i is a blank right before a `,` or `.` at i + 1: look for those */
  for (size_t i = 1; i + 1 < t.len; i++) {
    i = as_bytes_find3(t.ptr, i + 1, t.len, ',', '.', '.') - 1;
    if (i + 1 >= t.len)
      break;
    if (t.ptr[i] != ' ')
      continue;
    if (t.ptr[i + 1] == '.' && i + 2 < t.len && (isdigit((unsigned char)t.ptr[i + 2]) || t.ptr[i + 2] == '.'))
      continue; /* ` .5`, ` ...` */
    size_t b = i;
    while (b > 0 && isalpha((unsigned char)t.ptr[b - 1]))
      b--;
    as_slice prev = as_slice_make(t.ptr + b, i - b);
    if (!prev.len)
      continue;
    bool function_word = false;
    for (int k = 0; words[k]; k++)
      function_word = function_word || as_slice_eq_cstr(prev, words[k]);
    static const char *const names_follow[] = {"frigate", "corvette", "ship", "steamer", "cruiser", "battleship",
                                               "destroyer", "submarine", "schooner", "vessel", "a", "an", NULL};
    bool name_follows = function_word;
    for (int k = 0; names_follow[k]; k++)
      name_follows = name_follows || as_slice_eq_cstr(prev, names_follow[k]);
    /* `word .` is common where a footnote was cut; only a word that needs a
     * name after it (`the screw frigate .`, `command of ,`) is damage */
    if (!name_follows)
      continue;
    as_finding_add(v, AS_D_DAMAGED_TEXT, a, s, i + 1, subject,
                   "'%.*s %c': a word is missing before '%c' (lost in conversion?)", (int)prev.len, prev.ptr,
                   t.ptr[i + 1], t.ptr[i + 1]);
    return;
  }
}

/* The last sentence of a block. */
static const as_block *last_sentence(const as_block *blk) {
  const as_block *s = NULL;
  for (const as_block *c = blk->first_child; c; c = c->next)
    if (c->kind == AS_BLK_SENTENCE)
      s = c;
  return s;
}

/* True if a block reads like a quotation rather than the article's own
 * narrative: quotation marks, an ellipsis, an editor's bracket, a question
 * or an exclamation, a first person. A block that itself ends with a colon
 * introduces something else, so it is not the quotation. */
static bool quoted_voice(const as_block *blk) {
  static const char *const first_person[] = {"I", "we", "We", "our", "Our", "my", "My", "us", "me", NULL};
  const as_block *last = last_sentence(blk);
  if (last && last->text.len && last->text.ptr[last->text.len - 1] == ':')
    return false;
  for (const as_block *s = blk->first_child; s; s = s->next) {
    as_slice t = s->text;
    for (size_t i = 0; i < t.len; i++) {
      unsigned char ch = (unsigned char)t.ptr[i];
      if (ch == '"' || ch == '[' || ch == '?' || ch == '!' || (ch == 0xE2 && i + 2 < t.len && (unsigned char)t.ptr[i + 1] == 0x80 &&
                                                                ((unsigned char)t.ptr[i + 2] == 0x9C || (unsigned char)t.ptr[i + 2] == 0xA6)))
        return true;
      if (ch == '.' && i + 2 < t.len && t.ptr[i + 1] == '.' && t.ptr[i + 2] == '.')
        return true;
      for (int k = 0; first_person[k]; k++)
        if (word_at(t, i, first_person[k]))
          return true;
    }
  }
  return false;
}

/* True if a block reads like verse: a line of it ends on a comma, a
 * semicolon or a word, as no sentence of prose does (`Home is the sailor,
 * home from sea,`). */
static bool verse(const as_block *blk) {
  if (blk->kind != AS_BLK_PARAGRAPH)
    return false;
  for (const as_block *s = blk->first_child; s; s = s->next) {
    as_slice t = s->text;
    while (t.len && (t.ptr[t.len - 1] == ' ' || t.ptr[t.len - 1] == '\n'))
      t.len--;
    if (s->kind == AS_BLK_SENTENCE && t.len &&
        (t.ptr[t.len - 1] == ',' || t.ptr[t.len - 1] == ';' || isalpha((unsigned char)t.ptr[t.len - 1])))
      return true;
  }
  return false;
}

/* `accompanied by this song:` and then no song: a paragraph that ends with
 * a colon, where the next block is no quotation and no list. */
static void missing_quotation(as_strbuf *v, const as_article *a, const as_block *blk, const char *subject) {
  const as_block *s = last_sentence(blk);
  if (!s || !s->text.len || s->text.ptr[s->text.len - 1] != ':' || blk->kind != AS_BLK_PARAGRAPH)
    return;
  const as_block *next = blk->next;
  if (next && next->kind == AS_BLK_LIST_ITEM)
    return;
  if (next && quoted_voice(next))
    return; /* the quotation follows, if without quotation marks */
  if (next && verse(next))
    return; /* `Home is the sailor, home from sea,`: a poem follows */
  as_finding_add(v, AS_D_DAMAGED_TEXT, a, s, s->text.len - 1, subject,
                 "'...%.*s': the text it introduces is missing (lost in conversion?)",
                 (int)(s->text.len > 40 ? 40 : s->text.len), s->text.ptr + (s->text.len > 40 ? s->text.len - 40 : 0));
}

/* Edit distance of at most one between two byte strings. */
static bool one_edit(as_slice a, as_slice b) {
  if (a.len > b.len) {
    as_slice t = a;
    a = b;
    b = t;
  }
  if (b.len - a.len > 1)
    return false;
  size_t i = 0;
  while (i < a.len && a.ptr[i] == b.ptr[i])
    i++;
  if (a.len == b.len)
    return i < a.len && memcmp(a.ptr + i + 1, b.ptr + i + 1, a.len - i - 1) == 0;
  return memcmp(a.ptr + i, b.ptr + i + 1, a.len - i) == 0;
}

static as_slice last_word(as_slice s) {
  size_t i = s.len;
  while (i > 0 && s.ptr[i - 1] != ' ')
    i--;
  return as_slice_make(s.ptr + i, s.len - i);
}

static as_slice first_word(as_slice s) {
  size_t i = 0;
  while (i < s.len && s.ptr[i] != ' ')
    i++;
  return as_slice_make(s.ptr, i);
}

/* `headquarters.The Axis forces`: a sentence glued to the next, the
 * space after its period lost with a footnote (the splitter parted them). */
static void glued(as_strbuf *v, const as_article *a, const as_block *s, const char *subject) {
  const as_block *n = s->next;
  as_slice t = s->text;
  if (!n || n->kind != AS_BLK_SENTENCE || n->line != s->line || n->text.ptr != t.ptr + t.len || !t.len ||
      t.ptr[t.len - 1] != '.')
    return;
  as_slice before = last_word(t), after = first_word(n->text);
  as_finding_add(v, AS_D_DAMAGED_TEXT, a, s, t.len - 1, subject,
                 "'%.*s%.*s': no space after '.' (lost in conversion?); read as two sentences",
                 (int)before.len, before.ptr, (int)after.len, after.ptr);
}

/* Whether two full names have given names that cannot be one person's:
 * `Victor Davis Hanson` and `Dale M. Hansen` (but `V. Hanson` may be
 * Victor's, and `Hanson` alone may be anybody's). */
static bool other_given_names(as_slice x, as_slice y) {
  as_slice fx = first_word(x), fy = first_word(y);
  if (fx.len == x.len || fy.len == y.len)
    return false;
  bool ix = fx.len <= 2 && fx.ptr[fx.len - 1] == '.', iy = fy.len <= 2 && fy.ptr[fy.len - 1] == '.';
  if (ix || iy)
    return fx.ptr[0] != fy.ptr[0];
  return !as_slice_eq(fx, fy);
}

/* The word of t that ends before offset end (spaces skipped), maybe empty. */
static as_slice word_before(as_slice t, size_t end) {
  while (end > 0 && t.ptr[end - 1] == ' ')
    end--;
  size_t b = end;
  while (b > 0 && isalpha((unsigned char)t.ptr[b - 1]))
    b--;
  return as_slice_make(t.ptr + b, end - b);
}

/* `Empress Elizabeth`, `King Olaf`, `Saint Adalbert`: a sovereign or a
 * saint is called by a given name, which spelt otherwise (`Joanna
 * Elisabeth`) is often another person's, not a slip. */
static bool sovereign(const as_mention *m) {
  static const char *const titles[] = {"Emperor", "Empress", "King", "Queen", "Tsar", "Tsarina", "Tsaritsa",
                                       "Prince", "Princess", "Duke", "Duchess", "Archduke", "Archduchess",
                                       "Saint", "St", "Pope", "Sultan", "Shah", "Kaiser", "Infanta", "Infante",
                                       NULL};
  as_slice t = m->sentence->text;
  size_t end = (size_t)(m->text.ptr - t.ptr);
  if (end > 0 && t.ptr[end - 1] == ' ' && end > 1 && t.ptr[end - 2] == '.') /* `St. Adalbert` */
    end--;
  while (end > 0 && t.ptr[end - 1] == '.')
    end--;
  as_slice w = word_before(t, end);
  for (int k = 0; titles[k]; k++)
    if (as_slice_eq_cstr(w, titles[k]))
      return true;
  return false;
}

/* `Villavicencio` and `Villavicencia` in one article: one name spelt two
 * ways (people's surnames one letter apart, long enough not to be two
 * short names, their given names, if both are written, the same). */
static void name_variants(as_strbuf *v, const as_article *a, const char *subject) {
  const as_mention **seen = NULL;
  as_slice *seen_last = NULL; /* their last words */
  size_t n = 0, cap = 0;
  for (const as_mention *m = a->mentions; m; m = m->next) {
    if (m->kind != AS_MENTION_PERSON)
      continue;
    as_slice w = last_word(m->normalized);
    bool dup = false;
    for (size_t i = 0; i < n && !dup; i++)
      dup = as_slice_eq(seen_last[i], w);
    if (dup)
      continue;
    for (size_t i = 0; i < n; i++) {
      as_slice u = seen_last[i];
      /* one letter changed (`Villavicencio` / `Villavicencia`), not added:
       * `Marine` / `Marines` is a plural */
      if (u.len >= 6 && u.len == w.len && u.ptr[0] == w.ptr[0] && one_edit(u, w) && !as_slice_eq(u, w) &&
          !other_given_names(seen[i]->normalized, m->normalized) && !sovereign(m) && !sovereign(seen[i])) {
        as_finding_add(v, AS_D_NAME_VARIANT, a, m->sentence, (size_t)(m->text.ptr - m->sentence->text.ptr), subject,
                       "'%.*s' here, '%.*s' on line %u: one name spelt two ways?", (int)m->text.len, m->text.ptr,
                       (int)seen[i]->text.len, seen[i]->text.ptr, (unsigned)seen[i]->at.line);
        break;
      }
    }
    if (n == cap) {
      cap = cap ? cap * 2 : 64;
      seen = as_xrealloc(seen, cap * sizeof *seen);
      seen_last = as_xrealloc(seen_last, cap * sizeof *seen_last);
    }
    seen_last[n] = w;
    seen[n++] = m;
  }
  free(seen);
  free(seen_last);
}

/* Whether the heading of the section sentence s is in holds text. */
static bool heading_names(const as_block *s, as_slice text) {
  while (s && s->kind != AS_BLK_SECTION)
    s = s->parent;
  if (!s || !text.len)
    return false;
  for (size_t i = 0; i + text.len <= s->text.len; i++)
    if (memcmp(s->text.ptr + i, text.ptr, text.len) == 0)
      return true;
  return false;
}

/* Whether m's sentence states a day of its own before m (`crossed the
 * bridges on 12 May 1940 and, two days later, on 13 May`): the day m
 * counts from, whatever the heading names. */
static bool told_before(const as_article *a, const as_mention *m) {
  for (const as_mention *c = a->mentions; c && c != m; c = c->next)
    if (c->sentence == m->sentence && c->kind == AS_MENTION_DATE && !c->rel_unit && as_slice_eq_cstr(c->precision, "day") &&
        as_slice_has_digit(c->text))
      return true; /* (`on 12 May`, its year inferred, states its day) */
  return false;
}

static bool word_is_ci(as_slice w, const char *s) { return w.len == strlen(s) && strncasecmp(w.ptr, s, w.len) == 0; }

/* The hedge before a relative date's words in its sentence: 2 for an
 * approximate one (`About six weeks later`), 1 for a lower bound (`More
 * than sixty years later`), -1 for an upper one (`Less than a week
 * later`), 0 for none. */
static int relative_bound(const as_mention *m) {
  as_slice t = m->sentence->text;
  as_slice w = word_before(t, (size_t)(m->text.ptr - t.ptr));
  static const char *const about[] = {"about", "around", "roughly", "approximately", "nearly", "almost",
                                      "some", "circa", "perhaps", NULL};
  for (int k = 0; about[k]; k++)
    if (word_is_ci(w, about[k]))
      return 2;
  if (word_is_ci(w, "over"))
    return 1;
  if (word_is_ci(w, "within"))
    return -1;
  if (word_is_ci(w, "than")) { /* `More than`, `Less than` */
    as_slice x = word_before(t, (size_t)(w.ptr - t.ptr));
    if (word_is_ci(x, "more"))
      return 1;
    if (word_is_ci(x, "less") || word_is_ci(x, "fewer"))
      return -1;
  }
  return 0;
}

/* The span of days of date value iso moved by count units (`1881` three
 * years on: all of 1884); false for what is no plain date or is less
 * precise than the unit. */
static bool moved_span(as_slice iso, int count, char unit, int64_t *from, int64_t *to) {
  /* (a night's two days, `the night of 16/17 February`, counts from
   * either: `and the next day, 17 February`) */
  if (!as_date_span(iso, from, to) || *to - *from > (unit == 'd' ? 1 : unit == 'm' ? 30 : 366))
    return false; /* `In 1804` is no day to count days from */
  if (unit == 'd') {
    *from += count;
    *to += count;
    return true;
  }
  if (iso.len < 4 || !isdigit((unsigned char)iso.ptr[0]) || memchr(iso.ptr, '/', iso.len))
    return false;
  int64_t y = strtol(iso.ptr, NULL, 10);
  int m = iso.len >= 7 && iso.ptr[4] == '-' ? (int)strtol(iso.ptr + 5, NULL, 10) : 0;
  int d = m && iso.len >= 10 && iso.ptr[7] == '-' ? (int)strtol(iso.ptr + 8, NULL, 10) : 0;
  int64_t months = y * 12 + (m ? m - 1 : 0) + (unit == 'y' ? 12 * (int64_t)count : count);
  y = months / 12;
  int mm = (int)(months % 12) + 1;
  int64_t next = mm == 12 ? as_civil_days(y + 1, 1, 1) : as_civil_days(y, mm + 1, 1);
  *from = m ? as_civil_days(y, mm, 1) : as_civil_days(y, 1, 1);
  *to = m ? next - 1 : as_civil_days(y + 1, 1, 1) - 1;
  if (d) { /* a day past its month's end (31 January a month on) is its last */
    *from = *from + d - 1 < *to ? *from + d - 1 : *to;
    *to = *from;
  }
  return true;
}

/* Whether a date written before the relative one in its paragraph, or
 * the day the article's event began (its infobox's `Date`), moved by its
 * count, gives the date beside it: a reader counts `Three years later, on
 * 12 October 1884` from `the treaty of 1881` although the narrative had
 * reached 1886, and `Three days later, on 6 July` from the attack of 3
 * July the article is about although a ship had reached port on 4 July. */
static bool other_anchor_fits(const as_article *a, const as_mention *m, const as_mention *n) {
  int64_t n0, n1;
  if (!m->rel_n || !as_date_span(n->normalized, &n0, &n1))
    return false;
  for (const as_field *f = a->fields; f; f = f->next) {
    int64_t c0, c1;
    if (!as_slice_eq_cstr(f->series, "Date") || (f->type != AS_VT_DATE && f->type != AS_VT_DATE_RANGE))
      continue;
    const char *slash = memchr(f->normalized.ptr ? f->normalized.ptr : "", '/', f->normalized.len);
    as_slice start = slash ? as_slice_make(f->normalized.ptr, (size_t)(slash - f->normalized.ptr)) : f->normalized;
    if (moved_span(start, m->rel_n, m->rel_unit, &c0, &c1) && c0 <= n1 && n0 <= c1)
      return true;
  }
  for (const as_mention *c = a->mentions; c && c != m; c = c->next) {
    int64_t c0, c1;
    /* (one of its own sentence, though its year was inferred: `on the
     * night of 16/17 February, and the next day, 17 February`) */
    if (c->kind == AS_MENTION_DATE && (!c->inferred || c->sentence == m->sentence) &&
        c->sentence->parent == m->sentence->parent &&
        moved_span(c->normalized, m->rel_n, m->rel_unit, &c0, &c1) && c0 <= n1 && n0 <= c1)
      return true;
  }
  return false;
}

/* `six days later, on October 29`: the relative date and the date written
 * beside it must agree. */
static void relative_dates(as_strbuf *v, const as_article *a, const char *subject) {
  static const char *const rel[] = {"later", "earlier", "afterwards", "after", "before", "following", "next", NULL};
  for (const as_mention *m = a->mentions; m; m = m->next) {
    const as_mention *n = m->next;
    if (m->kind != AS_MENTION_DATE || !n || n->kind != AS_MENTION_DATE || n->sentence != m->sentence ||
        !m->normalized.len || !n->normalized.len)
      continue;
    bool relative = false;
    for (int k = 0; rel[k] && !relative; k++)
      for (size_t i = 0; i < m->text.len && !relative; i++)
        relative = word_at(m->text, i, rel[k]);
    const char *gap_end = n->text.ptr, *gap_start = m->text.ptr + m->text.len;
    if (!relative || gap_end < gap_start || gap_end - gap_start > 6)
      continue;
    /* `six days later, on October 29`: the date restates the relative one;
     * `the following day of 26 December` defines it */
    as_slice between = as_slice_make(gap_start, (size_t)(gap_end - gap_start));
    if (!(as_slice_eq_cstr(between, ", on ") || as_slice_eq_cstr(between, " on ") || as_slice_eq_cstr(between, ", ")))
      continue;
    /* `===Carrier battle of 8 May===`, then `The following day, 8 May`:
     * the heading dated the section ahead of its text, so the narrative
     * counted from the day it names */
    if (heading_names(m->sentence, n->text) && !told_before(a, m))
      continue;
    /* `About six weeks later` holds no one to a day; `More than sixty
     * years later` only to a day after (`Less than`, `Within`: before) */
    int bound = relative_bound(m);
    if (bound == 2)
      continue;
    if (bound && !as_dates_agree(m->normalized, n->normalized)) {
      int64_t m0, m1, n0, n1;
      if (as_date_span(m->normalized, &m0, &m1) && as_date_span(n->normalized, &n0, &n1) &&
          (bound > 0 ? n1 > m0 : n0 < m1))
        continue;
    }
    /* `A week before, on 6 July`, where the narrative stood at 30 June:
     * a date before, written after the point the narrative reached, counts
     * back from a later event (the battle the article is about) */
    int64_t p0, p1, s0, s1;
    if (m->rel_n < 0 && moved_span(m->normalized, -m->rel_n, m->rel_unit, &p0, &p1) &&
        as_date_span(n->normalized, &s0, &s1) && s0 > p1)
      continue;
    if (!as_dates_agree(m->normalized, n->normalized) && !other_anchor_fits(a, m, n))
      as_finding_add(v, AS_D_RELATIVE_DATE, a, m->sentence, (size_t)(m->text.ptr - m->sentence->text.ptr), subject,
                     "'%.*s' gives %.*s from the narrative, but '%.*s' says %.*s", (int)m->text.len, m->text.ptr,
                     (int)m->normalized.len, m->normalized.ptr, (int)n->text.len, n->text.ptr,
                     (int)n->normalized.len, n->normalized.ptr);
  }
}

/* The infobox: links glued to their labels; a record's date or year with
 * no main field (`Year Leader3` without `Leader3`). */
static void infobox(as_strbuf *v, const as_article *a, const char *subject) {
  /* the records that have a main field, hashed: 100,000 fields stay linear */
  size_t cap = 16;
  while (cap < a->nfields * 2 + 2)
    cap *= 2;
  as_slice *mains = as_xcalloc(cap, sizeof *mains);
  for (const as_field *g = a->fields; g; g = g->next)
    if (!g->role.len && g->record.len) {
      size_t h = as_slice_hash(g->record) & (cap - 1);
      while (mains[h].ptr && !as_slice_eq(mains[h], g->record))
        h = (h + 1) & (cap - 1);
      mains[h] = g->record;
    }
  for (const as_field *f = a->fields; f; f = f->next) {
    if (f->link_target.len) {
      as_block line = {0};
      line.text = f->line->text;
      line.line = f->line;
      as_finding_add(v, AS_D_DAMAGED_TEXT, a, &line, (size_t)(f->raw.ptr - f->line->text.ptr), subject,
                     "'%.*s': link target glued to its label ('%.*s' + '%.*s')", (int)f->key.len, f->key.ptr,
                     (int)f->link_target.len, f->link_target.ptr, (int)f->link_label.len, f->link_label.ptr);
    }
    if (f->reversed.len) {
      as_block line = {0};
      line.text = f->line->text;
      line.line = f->line;
      const char *slash = memchr(f->reversed.ptr, '/', f->reversed.len);
      int from = (int)(slash - f->reversed.ptr);
      as_finding_add(v, AS_D_ORDER, a, &line, (size_t)(f->raw.ptr - f->line->text.ptr), subject,
                     "'%.*s': the range ends (%.*s) before it starts (%.*s)", (int)f->key.len, f->key.ptr,
                     (int)f->reversed.len - from - 1, slash + 1, from, f->reversed.ptr);
    }
    bool dating = as_slice_eq_cstr(f->role, "date") || as_slice_eq_cstr(f->role, "year");
    if (!dating || !f->index.len || !f->record.len)
      continue;
    size_t h = as_slice_hash(f->record) & (cap - 1);
    while (mains[h].ptr && !as_slice_eq(mains[h], f->record))
      h = (h + 1) & (cap - 1);
    if (!mains[h].ptr) {
      as_block line = {0};
      line.text = f->line->text;
      line.line = f->line;
      as_finding_add(v, AS_D_SERIES_INCOMPLETE, a, &line, (size_t)(f->key.ptr - f->line->text.ptr), subject,
                     "'%.*s' has no '%.*s%.*s' to date", (int)f->key.len, f->key.ptr, (int)f->series.len,
                     f->series.ptr, (int)f->index.len, f->index.ptr);
    }
  }
  free(mains);
}

/* The top-level heading of the section a sentence is in. */
static as_slice top_heading(const as_block *s) {
  const as_block *b = s;
  while (b && b->kind != AS_BLK_SECTION)
    b = b->parent;
  if (!b)
    return AS_SLICE_NULL;
  as_slice p = b->as.section.path.len ? b->as.section.path : b->text;
  const char *gt = memchr(p.ptr ? p.ptr : "", '>', p.len);
  if (gt)
    p.len = (size_t)(gt - p.ptr);
  return p;
}

/* True if heading holds one of words (any case, anywhere in it). The
 * heading is lowered once, then searched for each word. */
static bool heading_has(as_slice heading, const char *const *words) {
  char low[128];
  if (heading.len >= sizeof low) { /* headings are short; a long one the slow way */
    for (int k = 0; words[k]; k++)
      for (size_t i = 0; i + strlen(words[k]) <= heading.len; i++)
        if (strncasecmp(heading.ptr + i, words[k], strlen(words[k])) == 0)
          return true;
    return false;
  }
  for (size_t i = 0; i < heading.len; i++)
    low[i] = (char)tolower((unsigned char)heading.ptr[i]);
  for (int k = 0; words[k]; k++) {
    size_t wl = strlen(words[k]);
    for (const char *p = low, *end = low + heading.len; (size_t)(end - p) >= wl;) {
      p = memchr(p, words[k][0], (size_t)(end - p) - wl + 1);
      if (!p)
        break;
      if (memcmp(p, words[k], wl) == 0)
        return true;
      p++;
    }
  }
  return false;
}

static bool aftermath(as_slice heading) {
  static const char *const words[] = {"aftermath", "legacy", "consequences", "commemoration", "memorial",
                                      "later", "post", "analysis", "historiography", "culture", "media",
                                      "depiction", "popular", "assessment", NULL};
  return heading_has(heading, words);
}

static bool background(as_slice heading) {
  static const char *const words[] = {"background", "context", "prelude", "origin", "cause", "lead-up",
                                      "prior", "before", "history", NULL};
  return heading_has(heading, words);
}

int64_t as_narrative_start(const as_article *a) {
  int64_t first = INT64_MAX;
  for (const as_mention *m = a->mentions; m; m = m->next) {
    int64_t d0, d1;
    if (m->kind != AS_MENTION_DATE || m->inferred || !m->sentence || !as_date_span(m->normalized, &d0, &d1) ||
        d1 - d0 > 31)
      continue;
    as_slice h = top_heading(m->sentence);
    if (!h.len || background(h) || aftermath(h))
      continue; /* the lead summarises; background and aftermath are outside */
    if (d0 < first)
      first = d0;
  }
  return first;
}

/* A person as this article names them, whatever the run's registry made
 * of the name: what the article alone says, the same in one run and in
 * shards (the claims are renamed at the merge, a message is not). */
static as_slice own_name(const as_article *a, as_slice canon) {
  for (size_t i = 0; i < a->ncalls; i++)
    if (a->calls[i].used && as_slice_eq(a->calls[i].result, canon))
      return a->calls[i].query;
  return canon;
}

/* `Date: 1867` in the infobox, and the prose has the war's events in
 * January 1868: a dated fact of the narrative (not of its aftermath)
 * within a year after the end of a span given in years. */
static void out_of_range(as_strbuf *v, const as_article *a, const char *subject) {
  const as_field *date = NULL;
  for (const as_field *f = a->fields; f && !date; f = f->next)
    if (as_slice_eq_cstr(f->series, "Date") && !f->role.len && f->normalized.len)
      date = f;
  int64_t s0, s1;
  if (!date || !as_date_span(date->normalized, &s0, &s1) ||
      !(as_slice_eq_cstr(date->precision, "year") || date->type == AS_VT_YEAR || date->type == AS_VT_YEAR_RANGE))
    return;
  for (const as_claim *c = a->claims; c; c = c->next) {
    int64_t c0, c1;
    if (c->origin != AS_FROM_PROSE || c->inferred || !c->date.len || !c->sentence ||
        !as_date_span(c->date, &c0, &c1) || c1 - c0 > 31 || aftermath(top_heading(c->sentence)))
      continue;
    /* before the span is background (`After the Phoney War, ...`); after a
     * span given to the day it is aftermath: only a span given as years,
     * whose narrative goes on into the next year, is contradicted */
    if (!(c0 > s1 && c0 - s1 <= 366))
      continue;
    as_slice who = own_name(a, c->subject);
    as_finding_add(v, AS_D_OUT_OF_RANGE, a, c->sentence,
                   (size_t)(c->at.byte - (c->sentence->start.byte)), subject,
                   "the infobox dates '%s' to %.*s, but the prose has %.*s %s on %.*s", subject,
                   (int)date->normalized.len, date->normalized.ptr, (int)who.len, who.ptr,
                   as_slice_eq_cstr(c->property, "role") ? "taking a role" : "acting", (int)c->date.len, c->date.ptr);
    return; /* one finding per article: the first fact outside */
  }
}

/* ---- a total and its parts ---- */

enum { PARTS_MAX = 16 };

/* A count as the range it may be: a round number (`5,000`) is within 5%,
 * an approximate one (`about 800`) within 10%; `over 20,195` has no top,
 * `up to 500` no bottom. */
static void spread(const as_mention *m, double v, double *low, double *high) {
  static const char *const floors[] = {"over", "more than", "at least", "a little over", "a little more than",
                                       "just over", "well over", "no fewer than", "no less than", NULL};
  static const char *const ceilings[] = {"under", "less than", "fewer than", "up to", "no more than", "at most",
                                         "a little under", "a little less than", "just under", "as many as",
                                         "nearly", "almost", NULL};
  bool round = v >= 100 && v < 1e15 && (double)(long long)v == v && (long long)v % 100 == 0;
  double r = round ? 0.05 * v : 0;
  *low = v - r;
  *high = v + r;
  as_slice q = m->qualifier;
  if (!q.len)
    return;
  for (int k = 0; floors[k]; k++)
    if (as_slice_eq_cstr(q, floors[k])) {
      *high = HUGE_VAL;
      return;
    }
  for (int k = 0; ceilings[k]; k++)
    if (as_slice_eq_cstr(q, ceilings[k])) {
      *low = 0;
      return;
    }
  if (*low > 0.9 * v) /* about, some, approximately, around */
    *low = 0.9 * v;
  if (*high < 1.1 * v)
    *high = 1.1 * v;
}

/* What people are counted as: `men`, `casualties`, `Italians`. */
static bool people_unit(as_slice u) {
  static const char *const words[] = {"casualties", "losses", "dead", "deaths", "killed", "wounded", "injured",
                                      "missing", "captured", "prisoners", "men", "soldiers", "troops",
                                      "personnel", "officers", "sailors", "airmen", "civilians", "people",
                                      "crew", "crewmen", "marines", "POWs", "NCOs", "women", "children",
                                      "laborers", "labourers", "workers", "militia", "militiamen", "volunteers",
                                      "conscripts", "guerrillas", "partisans", "refugees", "inhabitants",
                                      "residents", "pilots", "aircrew", "infantrymen", "riflemen", NULL};
  if (!u.len)
    return false;
  if (isupper((unsigned char)u.ptr[0]) && (as_slice_ends(u, "s") || as_slice_ends(u, "ese")))
    return true; /* `Italians`, `Japanese` */
  for (int k = 0; words[k]; k++)
    if (as_slice_eq_cstr(u, words[k]))
      return true;
  return false;
}

/* A part may count what its total counts: the same noun, people both, or
 * no noun of its own under a total of people (`830 killed, including 350
 * in Tamura's battalion`). */
static bool counts_alike(as_slice part, as_slice total) {
  bool people = !total.len || people_unit(total);
  return as_slice_eq(part, total) || (people && (!part.len || people_unit(part)));
}

/* Whether the words w occur in s as a whole word. */
static bool has_word(as_slice s, const char *w) {
  for (size_t i = 0; i < s.len; i++)
    if (word_at(s, i, w))
      return true;
  return false;
}

/* Whether s holds the bytes w. */
static bool has_text(as_slice s, const char *w) {
  size_t n = strlen(w);
  for (size_t i = 0; i + n <= s.len; i++)
    if (memcmp(s.ptr + i, w, n) == 0)
      return true;
  return false;
}

/* A loss rather than a group: `19,246 killed`, `2,260 were missing` (the
 * unit, or the words after the number up to the next comma). */
static bool casualty_part(const as_mention *m, as_slice after) {
  static const char *const words[] = {"killed", "dead", "deaths", "died", "wounded", "injured", "missing",
                                      "captured", "prisoners", "prisoner", "POWs", "sick", "drowned", NULL};
  size_t n = 0;
  while (n < after.len && n < 40 && !strchr(",;()", after.ptr[n]))
    n++;
  for (int k = 0; words[k]; k++)
    if (as_slice_eq_cstr(m->unit, words[k]) || has_word(as_slice_make(after.ptr, n), words[k]))
      return true;
  return false;
}

/* `1,300 killed and 2,000 injured`: what may join two parts of one list
 * (no bracket, no other number, no end of a clause). */
static bool list_gap(as_slice g) {
  if (g.len > 60)
    return false;
  for (size_t i = 0; i < g.len; i++)
    if (isdigit((unsigned char)g.ptr[i]) || g.ptr[i] == '(' || g.ptr[i] == ')' || g.ptr[i] == '.' ||
        g.ptr[i] == ':')
      return false;
  return g.len <= 60 && (as_slice_ends(g, ", ") || as_slice_ends(g, " and ") || as_slice_ends(g, "; "));
}

/* `700–850 killed`: two numbers that are one part. */
static bool range_gap(as_slice g) {
  static const char *const gaps[] = {"-", " - ", "\xE2\x80\x93", " \xE2\x80\x93 ", " to ", NULL};
  for (int k = 0; gaps[k]; k++)
    if (as_slice_eq_cstr(g, gaps[k]))
      return true;
  return false;
}

/* The words that open a total's parts; *close is the dash or bracket that
 * ends them, or NULL. A few words may come between the total and them:
 * `830 killed in the attack, including 350 in Tamura's battalion`. */
static bool parts_intro(as_slice g, const char **close) {
  static const char *const bare[] = {", including ", " including ", ", of whom ", ", of which ", ": ",
                                     ", of these ", ", of these, ", NULL};
  static const char *const bracketed[] = {" (", " (including ", " (of whom ", " (of which ", " (of these, ", NULL};
  static const char *const dashed[] = {"\xE2\x80\x94", "\xE2\x80\x94including ", NULL};
  static const char *const after_words[] = {", including ", ", of whom ", ", of which ", NULL};
  const char *const *sets[] = {bare, bracketed, dashed};
  const char *closers[] = {NULL, ")", "\xE2\x80\x94"};
  *close = NULL;
  if (!g.len || g.len > 48 || !strchr(" ,:(\xE2", g.ptr[0]))
    return false; /* most gaps: no list opens there */
  for (int s = 0; s < 3; s++)
    for (int k = 0; sets[s][k]; k++)
      if (as_slice_eq_cstr(g, sets[s][k])) {
        *close = closers[s];
        return true;
      }
  for (int k = 0; after_words[k]; k++) {
    if (!as_slice_ends(g, after_words[k]))
      continue;
    size_t n = g.len - strlen(after_words[k]);
    if (n > 30 || !n || g.ptr[0] != ' ')
      return false;
    for (size_t i = 0; i < n; i++)
      if (!isalpha((unsigned char)g.ptr[i]) && g.ptr[i] != ' ' && g.ptr[i] != '\'')
        return false;
    return true;
  }
  return false;
}

static bool is_count(const as_mention *m, double *v) {
  return m->kind == AS_MENTION_QUANTITY && !as_slice_eq_cstr(m->qualifier, "ordinal") &&
         !as_slice_eq_cstr(m->unit, "percent") && !as_slice_eq_cstr(m->unit, "%") && as_number(m->normalized, v);
}

/* The next quantity of m's sentence, or NULL. */
static const as_mention *next_quantity(const as_mention *m) {
  for (const as_mention *n = m->next; n && n->sentence == m->sentence; n = n->next)
    if (n->kind == AS_MENTION_QUANTITY)
      return n;
  return NULL;
}

/* The next quantity of m's sentence if it is a count, or NULL. */
static const as_mention *next_count(const as_mention *m, double *v) {
  const as_mention *n = next_quantity(m);
  return n && is_count(n, v) ? n : NULL;
}

/* The text from the end of a to the start of b, or to the end of the
 * sentence when b is NULL. */
static as_slice gap_after(const as_mention *a, const as_mention *b) {
  const char *from = a->text.ptr + a->text.len;
  const char *to = b ? b->text.ptr : a->sentence->text.ptr + a->sentence->text.len;
  return to >= from ? as_slice_make(from, (size_t)(to - from)) : AS_SLICE_NULL;
}

/* A part as the message quotes it: with the words that say what it
 * counts when they follow it (`26,612 captured or missing`). */
static as_slice part_words(const as_mention *p) {
  as_slice after = gap_after(p, NULL);
  size_t n = 0;
  while (n < after.len && n <= 32 && (isalpha((unsigned char)after.ptr[n]) || after.ptr[n] == ' ') &&
         !word_at(after, n, "and"))
    n++;
  while (n > 0 && after.ptr[n - 1] == ' ')
    n--;
  if (n > 32 || (n < after.len && isalpha((unsigned char)after.ptr[n])))
    n = 0; /* a clause, not a noun: quote the number alone */
  return as_slice_make(p->text.ptr, p->text.len + n);
}

/* 108347 as `108,347`. */
static void put_count(as_strbuf *b, double v) {
  char digits[32];
  int n = snprintf(digits, sizeof digits, "%.0f", v);
  for (int i = 0; i < n; i++) {
    if (i > 0 && (n - i) % 3 == 0)
      as_strbuf_putc(b, ',');
    as_strbuf_putc(b, digits[i]);
  }
}

/* The parts of the list that starts at p (its value v), under a total
 * counting total_unit, into parts; their least sum into *low, their sum
 * as written into *sum. The number of parts, or 0 when they are not one
 * kind of thing (losses and groups mixed) or count nobody. bare: the
 * list opened with a bracket alone, so each part must say what it counts. */
static size_t list_parts(const as_mention *p, double v, as_slice total_unit, const char *close, bool bare,
                         const as_mention **parts, double *low, double *sum) {
  size_t n = 0;
  int casualty = -1;
  bool people = people_unit(total_unit);
  *low = *sum = 0;
  while (p && n < PARTS_MAX && counts_alike(p->unit, total_unit)) {
    double lo, hi, next_v;
    spread(p, v, &lo, &hi);
    const as_mention *q = next_count(p, &next_v);
    if (q && range_gap(gap_after(p, q))) { /* `700–850 killed`: at least 700 */
      p = q;
      q = next_count(p, &next_v);
    }
    as_slice after = gap_after(p, q);
    int c = casualty_part(p, after);
    if ((casualty >= 0 && c != casualty) || (bare && !c && !p->unit.len))
      return 0; /* `(12, 47 and 273, according to French sources)`: other figures, not parts */
    casualty = c;
    people |= people_unit(p->unit);
    parts[n++] = p;
    *low += lo;
    *sum += v;
    if (!q || !list_gap(after) || (close && has_text(after, close)))
      break;
    p = q;
    v = next_v;
  }
  return people ? n : 0;
}

/* `105,102 casualties, including 19,246 killed, 62,489 wounded, and
 * 26,612 captured or missing`: parts that add up to more than their total
 * (less is no contradiction: `including` need not name every part). The
 * parts count what the total counts, and are all losses or all groups
 * (`351 officers and 5,000 soldiers`), so that no two overlap. */
static void sums(as_strbuf *v, const as_article *a, const char *subject) {
  const as_mention *prev = NULL; /* the quantity before t */
  for (const as_mention *t = a->mentions; t; t = t->next) {
    double total, part_v;
    const char *close;
    const as_mention *p;
    if (t->kind != AS_MENTION_QUANTITY)
      continue;
    /* `11 officers, 18 NCOs and 273 Libyan soldiers (...)`: a part of a
     * list itself, not a total */
    bool listed = prev && prev->sentence == t->sentence && list_gap(gap_after(prev, t));
    prev = t;
    if (listed || !(p = next_quantity(t)) || !parts_intro(gap_after(t, p), &close) || !is_count(t, &total) ||
        !is_count(p, &part_v))
      continue;
    const as_mention *parts[PARTS_MAX];
    double low, sum, t_low, t_high;
    as_slice intro = gap_after(t, p);
    bool bare = intro.len && intro.ptr[intro.len - 1] == '(';
    size_t n = list_parts(p, part_v, t->unit, close, bare, parts, &low, &sum);
    spread(t, total, &t_low, &t_high);
    if (n < 2 || low <= t_high)
      continue;
    as_strbuf msg = AS_STRBUF_INIT;
    as_strbuf_printf(&msg, "'%.*s', but its parts add up to more: ", (int)t->text.len, t->text.ptr);
    for (size_t i = 0; i < n; i++) {
      as_slice said = part_words(parts[i]);
      as_strbuf_printf(&msg, "%s%.*s", i ? " + " : "", (int)said.len, said.ptr);
    }
    as_strbuf_puts(&msg, low < sum ? " = at least " : " = ");
    put_count(&msg, low);
    as_finding_add(v, AS_D_NUMBER_MISMATCH, a, t->sentence, (size_t)(t->text.ptr - t->sentence->text.ptr), subject,
                   "%.*s", (int)msg.len, msg.ptr);
    as_strbuf_free(&msg);
  }
}

void as_damage_check(as_strbuf *v, const as_article *a) {
  as_strbuf title = AS_STRBUF_INIT;
  as_strbuf_put_slice(&title, a->title);
  const char *subject = as_strbuf_cstr(&title);
  infobox(v, a, subject);
  for (const as_block *sec = a->root->first_child; sec; sec = sec->next)
    for (const as_block *blk = sec->first_child; blk; blk = blk->next) {
      for (const as_block *s = blk->first_child; s; s = s->next)
        if (s->kind == AS_BLK_SENTENCE) {
          rank_without_name(v, a, s, subject);
          gap(v, a, s, subject);
          glued(v, a, s, subject);
        }
      missing_quotation(v, a, blk, subject);
    }
  name_variants(v, a, subject);
  relative_dates(v, a, subject);
  sums(v, a, subject);
  out_of_range(v, a, subject);
  as_strbuf_free(&title);
}
