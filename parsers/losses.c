/* losses.c: a side's losses told in a battle's prose (`Vichy French losses
 * amounted to 1,643 killed`, `In all, 1,270 Allied sailors and marines were
 * killed in the battle`), matched to the sides of its infobox (`Combatant1:
 * United States, Australia`), so that they meet its `Casualties1`. Only a
 * whole side's losses, or one member's of a side of several (`1,197
 * Canadians were killed`, when Canada fought beside Britain), stated as the
 * text's own: a figure a source gives (`Raugh wrote that`, `estimated
 * at`), a part (`the Canadians alone`, `a further 644`) or a phase (`on 3
 * May`) claims nothing. */
/* SPDX-License-Identifier: MIT */
#include <ctype.h>
#include <string.h>

#include "losses.h"

/* ---- the sides ---- */

void as_sides_read(const as_article *a, as_arena *arena, as_sides *out) {
  memset(out, 0, sizeof *out);
  out->title = a->title;
  size_t n = 0;
  for (const as_field *f = a->fields; f; f = f->next)
    if (as_slice_eq_cstr(f->series, "Combatant") && f->index.len && isdigit((unsigned char)f->index.ptr[0]) &&
        f->nitems)
      n++;
  if (n < 2)
    return; /* one side alone has nobody to lose to */
  out->v = AS_NEW_N(arena, as_side, n);
  for (const as_field *f = a->fields; f; f = f->next) {
    if (!as_slice_eq_cstr(f->series, "Combatant") || !f->index.len || !isdigit((unsigned char)f->index.ptr[0]) ||
        !f->nitems)
      continue;
    as_side *s = &out->v[out->n++];
    s->record = f->record;
    s->names = AS_NEW_N(arena, as_slice, f->nitems);
    s->nnames = 0;
    for (size_t i = 0; i < f->nitems; i++) {
      const as_item *it = &f->items[i];
      as_slice name = it->normalized.len ? it->normalized : it->name.len ? it->name : it->text;
      if (name.len && !it->group.len)
        s->names[s->nnames++] = name;
    }
  }
}

/* ---- nations ---- */

/* What a people is called against what its state is (`American`, `United
 * States`): the pairs no shared stem finds. */
static const char *const people_of[][2] = {
    {"American", "States"},     {"US", "States"},       {"British", "Kingdom"},  {"British", "Britain"},
    {"Briton", "Britain"},      {"English", "England"}, {"French", "France"},    {"Polish", "Poland"},
    {"Pole", "Poland"},         {"Dutch", "Netherlands"}, {"Danish", "Denmark"}, {"Dane", "Denmark"},
    {"Spanish", "Spain"},       {"Spaniard", "Spain"},  {"Finnish", "Finland"},  {"Finn", "Finland"},
    {"Swiss", "Switzerland"},   {"Scottish", "Scotland"}, {"Scot", "Scotland"},  {"Welsh", "Wales"},
    {"Irish", "Ireland"},       {"Filipino", "Philippines"}, {"Norwegian", "Norway"}, {"Swedish", "Sweden"},
    {"Swede", "Sweden"},        {"Turkish", "Turkey"},  {"Turk", "Turkey"},      {"Belgian", "Belgium"},
    {"Portuguese", "Portugal"}, {"Soviet", "USSR"},     {"Russian", "USSR"},     {"British", "UK"},
    {"American", "USA"},        {"American", "US"},
};

/* The powers of the Axis, by a word of their states' names. */
static const char *const axis_words[] = {"Germany", "German", "Nazi", "Japan", "Japanese", "Italy", "Italian",
                                        "Vichy", "Hungary", "Romania", "Bulgaria", "Slovakia", "Croatia",
                                        "Manchukuo", "Thailand", NULL};

static size_t common_prefix(as_slice a, as_slice b) {
  size_t n = 0;
  while (n < a.len && n < b.len && a.ptr[n] == b.ptr[n])
    n++;
  return n;
}

/* Whether the people's word w (`Japanese`, `Canadian`, `Vichy`) names the
 * state's word c (`Japan`, `Canada`, `Vichy`). */
/* (`Kingdom`, `States` name the British and the Americans only after
 * `United`: not the `Kingdom of Italy`, nor the `Confederate States`) */
static bool word_names(as_slice w, as_slice c, as_slice before) {
  if (as_slice_eq(w, c))
    return true;
  bool united = as_slice_eq_cstr(before, "United");
  for (size_t i = 0; i < sizeof people_of / sizeof *people_of; i++)
    if (as_slice_eq_cstr(w, people_of[i][0]) && as_slice_eq_cstr(c, people_of[i][1]) &&
        (united || !(as_slice_eq_cstr(c, "Kingdom") || as_slice_eq_cstr(c, "States"))))
      return true;
  /* a stem shared to a letter of the shorter (`Italian`, `Italy`; not
   * `Austrian`, `Australia`) */
  size_t shorter = w.len < c.len ? w.len : c.len;
  return shorter >= 4 && common_prefix(w, c) + 1 >= shorter;
}

/* The next capitalised word of name from *i, or an empty slice. */
static as_slice next_word(as_slice name, size_t *i) {
  while (*i < name.len) {
    size_t b = *i;
    while (*i < name.len && name.ptr[*i] != ' ' && name.ptr[*i] != '-')
      (*i)++;
    as_slice w = as_slice_make(name.ptr + b, *i - b);
    while (*i < name.len && (name.ptr[*i] == ' ' || name.ptr[*i] == '-'))
      (*i)++;
    if (w.len && isupper((unsigned char)w.ptr[0]))
      return w;
  }
  return AS_SLICE_NULL;
}

/* Whether the people's word w names a word of the state name. */
static bool names_state(as_slice w, as_slice name) {
  size_t i = 0;
  as_slice before = AS_SLICE_NULL;
  for (as_slice c = next_word(name, &i); c.len; before = c, c = next_word(name, &i))
    if (word_names(w, c, before))
      return true;
  return false;
}

static bool axis_state(as_slice name) {
  size_t i = 0;
  for (as_slice c = next_word(name, &i); c.len; c = next_word(name, &i))
    for (int k = 0; axis_words[k]; k++)
      if (as_slice_eq_cstr(c, axis_words[k]))
        return true;
  return false;
}

/* The side a word of a whole alliance names (`Allied`, `Axis`,
 * `Commonwealth`), or -1. */
static int bloc_side(const as_sides *sides, as_slice w) {
  bool allied = as_slice_eq_cstr(w, "Allied") || as_slice_eq_cstr(w, "Allies");
  bool axis = as_slice_eq_cstr(w, "Axis");
  bool commonwealth = as_slice_eq_cstr(w, "Commonwealth");
  if (!allied && !axis && !commonwealth)
    return -1;
  int found = -1, others = 0;
  for (size_t s = 0; s < sides->n; s++) {
    bool has_axis = false, has_uk = false;
    for (size_t k = 0; k < sides->v[s].nnames; k++) {
      has_axis |= axis_state(sides->v[s].names[k]);
      has_uk |= names_state(as_slice_cstr("British"), sides->v[s].names[k]);
    }
    bool mine = allied ? !has_axis : axis ? has_axis : has_uk;
    if (mine && found >= 0)
      return -1; /* two sides of the kind: which one is meant? */
    if (mine)
      found = (int)s;
    else
      others += allied ? has_axis : 1;
  }
  return others ? found : -1;
}

/* Whether the n words of a people or state (`New Zealanders`, `Vichy
 * French`) all name words of the state name. */
static bool words_name_state(const as_slice *words, size_t n, as_slice name) {
  for (size_t k = 0; k < n; k++) {
    as_slice w = words[k];
    if (w.len > 4 && w.ptr[w.len - 1] == 's' && w.ptr[w.len - 2] != 's')
      w.len--; /* `Americans`, `New Zealanders` */
    if (!names_state(w, name))
      return false;
  }
  return n > 0;
}

int as_side_member(const as_sides *sides, size_t side, as_slice label) {
  static const char *const forces[] = {"Forces", "Force", "Army", "Navy", "Air", "forces", "troops", "army",
                                       "navy", "Resistance", NULL};
  if (side >= sides->n || sides->v[side].nnames < 2)
    return -1;
  /* `American > Personnel`: the outer heading */
  for (size_t i = 0; i + 3 <= label.len; i++)
    if (memcmp(label.ptr + i, " > ", 3) == 0) {
      label.len = i;
      break;
    }
  as_slice words[3];
  size_t n = 0, i = 0;
  for (as_slice w = next_word(label, &i); w.len; w = next_word(label, &i)) {
    bool generic = false;
    for (int k = 0; forces[k]; k++)
      generic |= as_slice_eq_cstr(w, forces[k]);
    if (generic)
      continue;
    if (n == 3)
      return -1;
    words[n++] = w;
  }
  /* lower-case words (`Sick and wounded`) head no member */
  for (size_t k = 0; k < label.len; k++)
    if (islower((unsigned char)label.ptr[k]) && (k == 0 || label.ptr[k - 1] == ' '))
      return -1;
  int found = -1;
  for (size_t c = 0; c < sides->v[side].nnames; c++)
    if (words_name_state(words, n, sides->v[side].names[c])) {
      if (found >= 0)
        return -1; /* `Italian` of Italy and of Italian East Africa */
      found = (int)c;
    }
  return found;
}

/* ---- the sentence ---- */

typedef struct {
  const as_sent *s;
  as_slice text;
  const as_sides *sides;
  int *member; /* the one combatant of a side of several the last side named, or -1 */
} reader;

static bool kw_at(const reader *r, uint32_t i, int k) { return i < r->s->ntoks && r->s->toks[i].kw == k; }

static as_slice word_at(const reader *r, uint32_t i) { return as_tok_text(r->text, &r->s->toks[i]); }

static bool is_kind(const reader *r, uint32_t i, as_tok_kind k) { return i < r->s->ntoks && r->s->toks[i].kind == k; }

static bool is_char(const reader *r, uint32_t i, char ch) {
  return is_kind(r, i, AS_TK_PUNCT) && r->text.ptr[r->s->toks[i].start] == ch;
}

/* Who is counted: people under arms (`men`, `sailors`), or nobody
 * named (`1,643 killed`). */
static const uint16_t troop_words[] = {KW_men, KW_soldiers, KW_troops, KW_sailors, KW_marines, KW_airmen,
                                       KW_personnel, KW_servicemen, KW_crewmen, KW_officers, AS_KW_END};

static bool listed_kw(const reader *r, uint32_t i, const uint16_t *list) {
  for (int k = 0; list[k] != AS_KW_END; k++)
    if (kw_at(r, i, list[k]))
      return true;
  return false;
}

/* `Americans`, `Japanese`, `Germans`: a people as a unit. */
static bool people_word(as_slice u) {
  return u.len > 4 && isupper((unsigned char)u.ptr[0]) &&
         (as_slice_ends(u, "ans") || as_slice_ends(u, "ese") || as_slice_ends(u, "ians") ||
          as_slice_ends(u, "ers"));
}

/* What counts a loss: `killed`, `dead`, `died`. */
static bool death_word(const reader *r, uint32_t i) {
  return kw_at(r, i, KW_killed) || kw_at(r, i, KW_dead) || kw_at(r, i, KW_died);
}

/* The kind of loss the word at i names, as the text's kinds are written
 * (`dead` is `killed`, `injured` is `wounded`), or NULL. */
static const char *loss_word(const reader *r, uint32_t i) {
  if (death_word(r, i))
    return "killed";
  if (kw_at(r, i, KW_wounded) || kw_at(r, i, KW_injured))
    return "wounded";
  if (kw_at(r, i, KW_missing))
    return "missing";
  if (kw_at(r, i, KW_captured) || kw_at(r, i, KW_prisoners))
    return "captured";
  return NULL;
}

/* The kinds of loss from token i (`killed`, `killed or missing`, `killed,
 * wounded and missing`) into out, as one list. Returns the token after
 * the list, or 0 if no kind is at i or a list joined by commas does not
 * end in one (`killed, wounded, or taken prisoner`). `killed in action`
 * is killed. */
static bool taken_prisoner(const reader *r, uint32_t i) {
  return kw_at(r, i, KW_taken) && (kw_at(r, i + 1, KW_prisoner) || kw_at(r, i + 1, KW_prisoners));
}

static uint32_t loss_kind(const reader *r, uint32_t i, as_strbuf *out) {
  const char *k = loss_word(r, i);
  if (!k && taken_prisoner(r, i))
    k = "captured", i++; /* `1,946 were taken prisoner` */
  if (!k)
    return 0;
  as_strbuf_puts(out, k);
  bool listed = false; /* a kind joined by a comma alone: the list must end in one */
  for (i++;;) {
    uint32_t j = i;
    bool comma = is_kind(r, j, AS_TK_COMMA);
    if (comma)
      j++;
    const char *joint = kw_at(r, j, KW_and) ? "and" : kw_at(r, j, KW_or) ? "or" : NULL;
    if (joint)
      j++;
    if (!comma && !joint)
      return i;
    /* `killed or went missing`, `killed or were wounded`, `or were taken
     * prisoner`: the verb of the kind after the joint */
    uint32_t w = j;
    if (joint && (kw_at(r, w, KW_went) || kw_at(r, w, KW_were) || kw_at(r, w, KW_was)))
      w++;
    uint32_t len = 1;
    k = loss_word(r, w);
    if (!k && taken_prisoner(r, w)) {
      k = "captured";
      len = 2;
    }
    if (k)
      j = w + len - 1;
    if (!k)
      return listed ? 0 : i;
    if (joint) {
      as_strbuf_printf(out, " %s %s", joint, k);
      return j + 1;
    }
    as_strbuf_printf(out, ", %s", k);
    listed = true;
    i = j + 1;
  }
}

/* The side the capitalised words [from, to) name as a whole (`American
 * and British`, `Vichy French`, `Allied`), or -1: every group of words
 * (between `and` and commas) names combatants of one side, and together
 * they name all of it, or two of it with its first. */
static int side_of_words(const reader *r, uint32_t from, uint32_t to) {
  const as_sides *sides = r->sides;
  int side = -1;
  bool whole = false;
  size_t named = 0;
  bool first = false;
  int member = -1;
  uint32_t i = from;
  while (i < to) {
    uint32_t e = i;
    while (e < to && is_kind(r, e, AS_TK_WORD) && r->s->toks[e].cap)
      e++;
    if (e == i || e - i > 3)
      return -1;
    /* the group [i, e): the combatants all its words name */
    int gside = -1;
    for (uint32_t k = i; k < e; k++) {
      int b = bloc_side(sides, word_at(r, k));
      if (b >= 0) {
        if (e - i > 1 || (side >= 0 && side != b))
          return -1;
        side = b;
        whole = true;
        gside = b;
      }
    }
    if (gside < 0) {
      bool any = false;
      as_slice words[3];
      for (uint32_t k = i; k < e; k++)
        words[k - i] = word_at(r, k);
      for (size_t s = 0; s < sides->n; s++)
        for (size_t c = 0; c < sides->v[s].nnames; c++) {
          if (!words_name_state(words, e - i, sides->v[s].names[c]))
            continue;
          member = (int)c;
          if (side >= 0 && side != (int)s)
            return -1; /* `French` of Free France and of Vichy France */
          side = (int)s;
          any = true;
          named++;
          first |= c == 0;
        }
      if (!any)
        return -1;
    }
    i = e;
    if (i < to && (kw_at(r, i, KW_and) || is_kind(r, i, AS_TK_COMMA)))
      i++;
    if (i < to && kw_at(r, i, KW_and))
      i++;
  }
  if (side < 0)
    return -1;
  size_t all = sides->v[side].nnames;
  if (whole || named >= all || (first && named >= 2))
    return side;
  /* `1,197 Canadians were killed` when Canada fights beside Britain: one
   * member's losses, told apart from the side's */
  if (named == 1 && member >= 0) {
    *r->member = member;
    return side;
  }
  return -1;
}

/* Where the run of capitalised words (and their `and`s) that ends right
 * before token e starts. */
static uint32_t words_start(const reader *r, uint32_t e) {
  uint32_t b = e;
  while (b > 0 && ((is_kind(r, b - 1, AS_TK_WORD) && r->s->toks[b - 1].cap && !kw_at(r, b - 1, KW_the)) ||
                   (b >= 2 && (kw_at(r, b - 1, KW_and) || is_kind(r, b - 1, AS_TK_COMMA)) &&
                    r->s->toks[b - 2].cap && is_kind(r, b - 2, AS_TK_WORD))))
    b--;
  return b;
}

/* Whether a clause opens at token b (`The` skipped): the sentence's
 * start, a comma, a colon or a semicolon. */
static bool clause_opens(const reader *r, uint32_t b) {
  if (b > 0 && kw_at(r, b - 1, KW_the))
    b--;
  return b == 0 || is_kind(r, b - 1, AS_TK_COMMA) || is_char(r, b - 1, ':') || is_char(r, b - 1, ';');
}

/* The side named by a clause's subject that ends right before token e
 * (`Vichy French losses`, `The Americans`), or -1. */
static int subject_side(const reader *r, uint32_t e) {
  static const uint16_t forces[] = {KW_forces, KW_troops, KW_army, KW_armies, AS_KW_END};
  if (e > 0 && listed_kw(r, e - 1, forces))
    e--;
  uint32_t b = words_start(r, e);
  if (b == e || !clause_opens(r, b))
    return -1;
  return side_of_words(r, b, e);
}

/* What is said of the losses before the number at token n: `X losses
 * were`, `X losses amounted to`, `X casualties in the battle were`,
 * `The X lost`, `cost the X`. The side, or -1; *noun is the word that
 * names the losses (`casualties`), if any. */
static int said_before(const reader *r, uint32_t n, int *noun) {
  static const uint16_t states[] = {KW_were, KW_was, KW_totalled, KW_totaled, KW_numbered, KW_reached, AS_KW_END};
  static const uint16_t suffered[] = {KW_lost, KW_suffered, KW_sustained, AS_KW_END};
  static const uint16_t wholes[] = {KW_battle, KW_operation, KW_fighting, KW_campaign, KW_siege, KW_action,
                                    AS_KW_END};
  *noun = AS_KW_NONE;
  if (n == 0)
    return -1;
  uint32_t k = n;
  /* `losses were light: 58 men were killed`, `casualties were
   * remarkably light by the standards of the war: 389 Marines` */
  if (is_char(r, k - 1, ':'))
    for (uint32_t j = k - 1; j > 1 && j + 14 > k; j--) {
      if (is_kind(r, j - 1, AS_TK_COMMA) || is_kind(r, j - 1, AS_TK_PUNCT))
        break;
      if (listed_kw(r, j - 1, states) && (kw_at(r, j - 2, KW_losses) || kw_at(r, j - 2, KW_casualties))) {
        k = j;
        break;
      }
    }
  /* `lost five warships and 1,300 men killed`: a figure after what else
   * the side lost */
  if (k >= 3 && kw_at(r, k - 1, KW_and))
    for (uint32_t j = k - 1; j > 0 && j + 8 > k; j--) {
      if (listed_kw(r, j - 1, suffered)) {
        k = j;
        break;
      }
      if (!(is_kind(r, j - 1, AS_TK_NUM) || is_kind(r, j - 1, AS_TK_COMMA) ||
            (is_kind(r, j - 1, AS_TK_WORD) && !r->s->toks[j - 1].cap)))
        break;
    }
  if (listed_kw(r, k - 1, suffered)) {
    k--;
    if (k > 0 && kw_at(r, k - 1, KW_had))
      k--;
    /* `the Canadians, who had lost 1,735 men killed`: the who's */
    if (k >= 3 && kw_at(r, k - 1, KW_who) && is_kind(r, k - 2, AS_TK_COMMA)) {
      uint32_t b = words_start(r, k - 2);
      return b < k - 2 ? side_of_words(r, b, k - 2) : -1;
    }
    return subject_side(r, k);
  }
  if (k >= 2 && kw_at(r, k - 1, KW_to) && (kw_at(r, k - 2, KW_amounted) || kw_at(r, k - 2, KW_came)))
    k -= 2;
  else if (k >= 2 && kw_at(r, k - 1, KW_at) && kw_at(r, k - 2, KW_stood))
    k -= 2;
  else if (listed_kw(r, k - 1, states))
    k--;
  else
    return -1;
  /* `in the battle`, `during the operation` */
  if (k >= 3 && listed_kw(r, k - 1, wholes) && kw_at(r, k - 2, KW_the) &&
      (kw_at(r, k - 3, KW_in) || kw_at(r, k - 3, KW_during) || kw_at(r, k - 3, KW_of)))
    k -= 3;
  if (k == 0 || !(kw_at(r, k - 1, KW_losses) || kw_at(r, k - 1, KW_casualties) || kw_at(r, k - 1, KW_dead)))
    return -1;
  *noun = r->s->toks[k - 1].kw;
  return subject_side(r, k - 1);
}

/* `cost the Allies about 7,000 killed`: the side after `cost the`, the
 * number right after it. */
static int cost_side(const reader *r, uint32_t n) {
  uint32_t b = words_start(r, n);
  if (b == n || b < 2 || !kw_at(r, b - 1, KW_the) || !kw_at(r, b - 2, KW_cost))
    return -1;
  return side_of_words(r, b, n);
}

/* Words that make a figure a source's, or a count of something else, in
 * the part of the sentence between semicolons that holds token at. */
static bool hedged(const reader *r, uint32_t at) {
  static const uint16_t words[] = {KW_according, KW_estimated, KW_estimate, KW_estimates, KW_wrote,
                                   KW_reported, KW_report, KW_reports, KW_sources, KW_source, KW_figures,
                                   KW_claimed, KW_research, KW_historian, KW_historians, KW_official,
                                   KW_officially, KW_alone, KW_civilians, KW_civilian, KW_listed,
                                   KW_counted, KW_recorded, KW_believed, KW_calculated, AS_KW_END};
  uint32_t b = at, e = at;
  while (b > 0 && !is_char(r, b - 1, ';'))
    b--;
  while (e < r->s->ntoks && !is_char(r, e, ';'))
    e++;
  for (uint32_t i = b; i < e; i++)
    if (listed_kw(r, i, words))
      return true;
  return false;
}

/* Whether the battle's name holds the place's (`fighting at Anzio` in
 * the Battle of Anzio): the whole field, not a part of it. */
static bool in_title(const reader *r, as_slice place) {
  as_slice t = r->sides->title;
  for (size_t i = 0; place.len && i + place.len <= t.len; i++)
    if (memcmp(t.ptr + i, place.ptr, place.len) == 0)
      return true;
  return false;
}

/* Whether a place is one of the combatants (`The United States lost`):
 * the side, not a part of the field. */
static bool combatant(const reader *r, as_slice place) {
  as_slice words[3];
  size_t n = 0, i = 0;
  for (as_slice w = next_word(place, &i); w.len; w = next_word(place, &i)) {
    if (n == 3)
      return false;
    words[n++] = w;
  }
  for (size_t s = 0; s < r->sides->n; s++)
    for (size_t c = 0; c < r->sides->v[s].nnames; c++)
      if (words_name_state(words, n, r->sides->v[s].names[c]))
        return true;
  return false;
}

/* A part or a phase of the losses in the clause [b, e) and up to its end:
 * `a further`, `another`, `more`, a date. */
static bool partial(const reader *r, uint32_t b, uint32_t e) {
  while (e < r->s->ntoks && !is_kind(r, e, AS_TK_COMMA) && !is_char(r, e, ';') && !is_char(r, e, ':'))
    e++;
  static const uint16_t words[] = {KW_further, KW_another, KW_additional, KW_more, KW_also, KW_including,
                                   KW_among, KW_whom, KW_them, KW_these, KW_first, KW_day, KW_night,
                                   KW_attack, KW_assault, KW_phase, AS_KW_END};
  for (uint32_t i = b; i < e; i++)
    if (listed_kw(r, i, words))
      return true;
  /* dated, placed or named an event before the figure or in its clause:
   * a phase, a part of the field or another battle (`At Oran, the
   * Americans lost`, `In the Battle of the Tenaru, the Japanese lost`) */
  for (uint32_t j = 0; j < r->s->nspans; j++) {
    const as_span *sp = &r->s->spans[j];
    if (!sp->m || sp->from >= e)
      continue;
    /* `the Pacific war`: a place that names a war is no part of a field */
    static const uint16_t wars[] = {KW_war, KW_campaign, KW_theatre, KW_theater, KW_front, AS_KW_END};
    if (sp->kind == AS_MENTION_PLACE && (listed_kw(r, sp->to, wars) || combatant(r, sp->canon)))
      continue;
    if (sp->kind == AS_MENTION_DATE || (sp->kind == AS_MENTION_PLACE && !in_title(r, sp->canon)) ||
        (sp->kind == AS_MENTION_EVENT && !as_slice_eq(sp->canon, r->sides->title)))
      return true;
  }
  return false;
}

/* The start of the clause of token i: after the last comma, colon or
 * semicolon before it, or the sentence's start. */
static uint32_t clause_start(const reader *r, uint32_t i) {
  while (i > 0 && !is_kind(r, i - 1, AS_TK_COMMA) && !is_char(r, i - 1, ':') && !is_char(r, i - 1, ';'))
    i--;
  return i;
}

/* Whether a figure at token b opens its clause, maybe after a word that
 * sums it up or weighs it (`Altogether 543 Allied sailors`, `In total
 * 1,200 men`, `Only 261 Japanese were taken prisoner`). */
static bool figure_opens(const reader *r, uint32_t b) {
  if (clause_opens(r, b))
    return true;
  /* (at the sentence's start or a clause's: `...; only 261 Japanese`) */
  if (b >= 1 && (kw_at(r, b - 1, KW_altogether) || kw_at(r, b - 1, KW_overall) || kw_at(r, b - 1, KW_only) ||
                 kw_at(r, b - 1, KW_just)))
    return clause_opens(r, b - 1) && !kw_at(r, b - 2, KW_the);
  return b >= 2 && kw_at(r, b - 2, KW_in) && (kw_at(r, b - 1, KW_total) || kw_at(r, b - 1, KW_all)) &&
         clause_opens(r, b - 2) && !kw_at(r, b - 3, KW_the);
}

/* The side of the figure listed right before q (`1,714 killed and 2,772
 * wounded`, `4 killed, 21 wounded`, `389 Marines were killed and 1,571
 * wounded`), or -1. */
static int listed_after(const reader *r, const as_span *q) {
  uint32_t b = q->from;
  if (b > 0 && (kw_at(r, b - 1, KW_and) || kw_at(r, b - 1, KW_or)))
    b--;
  if (b > 0 && is_kind(r, b - 1, AS_TK_COMMA))
    b--;
  if (b == q->from)
    return -1;
  /* the last figure before, whose kinds end right before b */
  const as_span *p = NULL;
  for (uint32_t j = 0; j < r->s->nspans && r->s->spans[j].to <= b; j++)
    if (r->s->spans[j].kind == AS_MENTION_QUANTITY)
      p = &r->s->spans[j];
  if (!p)
    return -1;
  as_strbuf k = AS_STRBUF_INIT;
  as_loss l;
  bool ok = as_loss_read(r->sides, r->s, p, &k, &l) && l.end == b;
  as_strbuf_free(&k);
  if (ok)
    *r->member = l.member;
  return ok ? l.side : -1;
}

bool as_loss_read(const as_sides *sides, const as_sent *s, const as_span *q, as_strbuf *kind, as_loss *out) {
  if (sides->n < 2 || !q->m || !q->m->normalized.len || as_slice_eq_cstr(q->m->qualifier, "ordinal"))
    return false;
  int member = -1;
  reader r = {s, s->block->text, sides, &member};
  uint32_t n = q->from;
  while (n < q->to && !is_kind(&r, n, AS_TK_NUM))
    n++;
  /* `three airmen killed`, `two hundred men`: a number in words, whose
   * last word stands for the figure */
  /* (of people only: `lost four tanks to the 2nd Artillery Battalion` is
   * often a part) */
  bool words = false;
  uint32_t unit = q->to - 1;
  if (n >= q->to && q->to >= q->from + 2 && is_kind(&r, q->from, AS_TK_WORD) && !s->toks[q->from].cap &&
      (loss_word(&r, unit) || listed_kw(&r, unit, troop_words) || kw_at(&r, unit, KW_casualties) ||
       people_word(word_at(&r, unit)))) {
    n = q->from;
    while (n + 2 < q->to && (kw_at(&r, n + 1, KW_hundred) || kw_at(&r, n + 1, KW_thousand) ||
                             (is_kind(&r, n + 1, AS_TK_DASH) && !s->toks[n + 1].space_before)))
      n++;
    words = true;
  }
  if (n >= q->to)
    return false;
  as_strbuf_clear(kind);
  uint32_t last = q->to - 1; /* the unit's token */
  uint32_t end;
  int side = -1, noun;
  /* where a kind stands after `N were` or `N had been` */
  uint32_t kind_at = n + (kw_at(&r, n + 2, KW_been) ? 3 : 2);
  if (loss_word(&r, last)) {
    /* `1,643 killed`: said of a side before the number, or the figure
     * before it said so (`1,714 killed and 2,772 wounded`) */
    if (!(end = loss_kind(&r, last, kind)))
      return false;
    side = said_before(&r, q->from, &noun);
    if (side < 0)
      side = cost_side(&r, q->from);
    if (side < 0)
      side = listed_after(&r, q);
  } else if (last == n && s->toks[n].kind == AS_TK_NUM && (kw_at(&r, n + 1, KW_were) || kw_at(&r, n + 1, KW_had)) &&
             (loss_word(&r, kind_at) || taken_prisoner(&r, kind_at))) {
    /* `4,500 men were killed, and 2,640 were wounded`: a bare figure
     * after one of a side */
    if (!(end = loss_kind(&r, kind_at, kind)))
      return false;
    side = listed_after(&r, q);
  } else if (kw_at(&r, last, KW_casualties) || (last == n && s->toks[n].kind == AS_TK_NUM)) {
    /* `The Allies suffered 15,203 casualties`, `Allied casualties were
     * 14,111` */
    as_strbuf_puts(kind, "casualties");
    end = last + 1;
    side = said_before(&r, q->from, &noun);
    if (last == n && noun != KW_casualties)
      return false;
  } else if (kw_at(&r, last, KW_tanks) || kw_at(&r, last, KW_aircraft)) {
    /* `The Americans lost 235 tanks`: what the side lost, nothing else
     * said of them (`tanks destroyed` and `tanks damaged` are two counts) */
    if (n + 1 != last || !(q->from > 0 && kw_at(&r, q->from - 1, KW_lost)))
      return false;
    if (is_kind(&r, last + 1, AS_TK_WORD) && as_slice_ends(word_at(&r, last + 1), "ed"))
      return false; /* `lost 40 tanks destroyed and 12 damaged` */
    as_strbuf_put_slice(kind, word_at(&r, last));
    end = last + 1;
    side = said_before(&r, q->from, &noun);
  } else {
    /* `1,270 Allied sailors (and marines) were killed`, `3,057 Japanese
     * had died`, `58 men were killed`, `lost 16,203 men killed, wounded
     * and missing` */
    bool people = people_word(word_at(&r, last));
    if (!people && !listed_kw(&r, last, troop_words))
      return false;
    uint32_t k = q->to;
    if (kw_at(&r, k, KW_and) && listed_kw(&r, k + 1, troop_words))
      k += 2;
    if (kw_at(&r, k, KW_were) || kw_at(&r, k, KW_had))
      k++;
    if (kw_at(&r, k, KW_been))
      k++;
    if (!(end = loss_kind(&r, k, kind)))
      return false;
    if (people && n + 1 == last)
      side = figure_opens(&r, q->from) ? side_of_words(&r, last, last + 1) : -1;
    else if (n + 1 < last)
      side = figure_opens(&r, q->from) ? side_of_words(&r, n + 1, last) : -1;
    else
      side = said_before(&r, q->from, &noun);
  }
  if (side < 0 || hedged(&r, n) || partial(&r, clause_start(&r, q->from), end))
    return false;
  out->side = side;
  out->member = member;
  out->at = n;
  out->end = end;
  out->number = words ? as_slice_make(r.text.ptr + s->toks[q->from].start, s->toks[n].end - s->toks[q->from].start)
                      : as_tok_text(r.text, &s->toks[n]);
  return true;
}
