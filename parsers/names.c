/* names.c: ranks and titles kept apart from names. */
/* SPDX-License-Identifier: MIT */
#include <ctype.h>
#include <string.h>
#include <pthread.h>

#include "parsers.h"

/* Single words that are ranks, titles or honorifics when they come before a
 * name. Multi-word ranks (Field Marshal, Vice Admiral, Lieutenant General)
 * are runs of these. A gazetteer, not a list of anyone's names. */
static const char *const rank_words[] = {
    "Admiral", "Adm", "Archbishop", "Archduke", "Baron", "Bishop", "Brigadier", "Brig",
    "Capt", "Captain", "Cardinal", "Chancellor", "Chief", "Col", "Colonel", "Commandant",
    "Commander", "Commodore", "Corporal", "Count", "Dame", "Doctor", "Dr", "Duke", "Emperor",
    "Empress", "Ensign", "Field", "Flight", "Fleet", "Gen", "General", "Generalfeldmarschall",
    "Generalleutnant", "Generalmajor", "Generaloberst", "Governor", "Gov", "See", "Judge", "Justice", "Senator", "Sen", "Ambassador", "Consul", "Grand", "Group",
    "Hauptmann", "King", "Kapitän", "Lady", "Lieutenant", "Lieut", "Lord", "Lt", "Maj", "Major",
    "Marshal", "Minister", "Plenipotentiary", "Mr", "Mrs", "Ms", "Oberst", "Pope", "President", "Prime", "Prince",
    "Princess", "Private", "Prof", "Professor", "Queen", "Rear", "Sergeant", "Sgt", "Sir",
    "Squadron", "Sultan", "Vice", "Wing", "Air", "Brigadeführer", "Obersturmbannführer",
    "Standartenführer", "Gruppenführer", "Obergruppenführer", "Sturmbannführer", "Hauptsturmführer",
    "Oberführer", "Obersturmführer", "Untersturmführer", "Reichsführer", "SS", "Feldmarschall",
    "Oberstgruppenführer", "Oberstleutnant", "Oberleutnant", "Leutnant", "Kapitänleutnant",
    "Korvettenkapitän", "Fregattenkapitän", "Konteradmiral", "Vizeadmiral", "Großadmiral",
    "Generaladmiral", "Generale", "Colonnello", "Ammiraglio", "Maresciallo", "Capitano", "Tenente",
    "LCDR", "LT", "CDR", "CAPT", "Cdr", "Cmdr", "Cpl", "Pte", "Pvt", "Seaman", "Reverend", "Rev",
    "Honorable", "Honourable", "Historian", "Author", "Journalist", "Führer", "Duce",
    "Reichsmarschall", "Kaiser", "Tsar", "Czar", "Viscount", "Chairman", "Assistant",
    "Commissioner", "Vizier", "Khan", "Elector", "Hetman", "Premier", "Secretary", "Shah",
    "Emir", "Caliph", "Marquess", "Marquis", "Earl", "Duchess", "Countess", "Margrave", "Tsarina",
    "Crown", "Archduchess", "Congressman", "Congresswoman", "Mayor", "Councillor", "Alderman",
    "Kommodore", "Général", "Amiral", "Capitaine", "Maggiore", "Contrammiraglio", "Generał", "Pułkownik",
    "Midshipman", "Komkor", "Komdiv", "Kombrig", "Komandarm", "Polkovnik", "Podpolkovnik", "Eversti",
    "Everstiluutnantti", "Kenraali", "Kenraalimajuri", "Kenraaliluutnantti",
    /* plurals before a list of names: `Admirals Chester W. Nimitz, Frank
     * Jack Fletcher, and Raymond A. Spruance` */
    "Admirals", "Generals", "Colonels", "Captains", "Marshals", "Lieutenants", "Commanders",
    "Senators", "Presidents",
};

/* The rank words in a hash table, built once: names are looked up for
 * every capitalised word of the prose. A slot holds the word's index + 1
 * and 16 more bits of its hash, so most misses read no word's text. */
#define RANK_SLOTS 1024 /* a power of two, over three times the words */
static uint32_t rank_slots[RANK_SLOTS];
_Static_assert(sizeof rank_words / sizeof *rank_words * 3 < RANK_SLOTS, "RANK_SLOTS: over three times the rank words");
static uint8_t rank_len[sizeof rank_words / sizeof *rank_words];
static pthread_once_t rank_once = PTHREAD_ONCE_INIT;
/* Bit n of rank_lens[c - 'A']: a rank word of n bytes (31: of 31 or more)
 * starts with c. Most capitalised words are no rank, and most of those are
 * told so by their first letter and length, before any hashing. */
static uint32_t rank_lens[26];

static uint32_t len_bit(size_t n) { return (uint32_t)1 << (n < 31 ? n : 31); }

static uint32_t hash_word(const char *p, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)p[i]) * 16777619u;
  return h;
}

static void build_ranks(void) {
  for (size_t i = 0; i < sizeof rank_words / sizeof *rank_words; i++) {
    rank_len[i] = (uint8_t)strlen(rank_words[i]);
    rank_lens[rank_words[i][0] - 'A'] |= len_bit(rank_len[i]);
    uint32_t full = hash_word(rank_words[i], rank_len[i]), h = full & (RANK_SLOTS - 1);
    while (rank_slots[h])
      h = (h + 1) & (RANK_SLOTS - 1);
    rank_slots[h] = (full & 0xFFFF0000u) | (uint32_t)(i + 1);
  }
}

/* Compound ranks the list above lacks, known by their last part:
 * `-marschall`, `-marshal` (`Feldmarshal`, as an article spells it),
 * `-admiral`, `-führer`, `-leutnant`. */
static bool compound_rank(const char *p, size_t n) {
  static const char *const ends[] = {"marschall", "marshal", "admiral", "führer", "leutnant"};
  for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
    size_t k = strlen(ends[i]);
    if (n >= k + 4 && memcmp(p + n - k, ends[i], k) == 0)
      return true;
  }
  return false;
}

static bool is_listed(const char *p, size_t n) {
  if (n == 0 || !((unsigned char)p[0] >= 'A' && (unsigned char)p[0] <= 'Z'))
    return false; /* every rank word is capitalised ASCII */
  pthread_once(&rank_once, build_ranks);
  if (n >= 11 && compound_rank(p, n))
    return true;
  if (!(rank_lens[p[0] - 'A'] & len_bit(n)))
    return false;
  uint32_t full = hash_word(p, n);
  for (uint32_t h = full & (RANK_SLOTS - 1); rank_slots[h]; h = (h + 1) & (RANK_SLOTS - 1)) {
    uint32_t slot = rank_slots[h], i = (slot & 0xFFFF) - 1;
    if (!((slot ^ full) & 0xFFFF0000u) && rank_len[i] == n && memcmp(rank_words[i], p, n) == 0)
      return true;
  }
  return false;
}

bool as_is_rank_token(const char *p, size_t n) { return is_listed(p, n); }

/* `Major-General`, `Lieutenant-Colonel`: hyphenated ranks are ranks when
 * every part is one, so `Georg-Hans` stays part of a name. */
bool as_is_rank_word(as_slice w) {
  if (w.len && w.ptr[w.len - 1] == '.')
    w.len--;
  if (w.len == 0)
    return false;
  size_t b = 0;
  for (size_t i = 0; i <= w.len; i++) {
    if (i < w.len && w.ptr[i] != '-')
      continue;
    if (!is_listed(w.ptr + b, i - b))
      return false;
    b = i + 1;
  }
  return true;
}

/* Words that only make a rank together with a following rank word
 * (Field Marshal, Vice President, Rear Admiral, Air Marshal): alone before
 * a name they are more likely part of it. */
bool as_is_rank_modifier(as_slice w) {
  static const char *const mods[] = {"Field", "Vice", "Rear", "Grand", "Prime", "Air", "Fleet",
                                     "Flight", "Group", "Wing", "Squadron", "Chief", "SS", "Crown"};
  if (w.len < 2 || w.len > 8) /* their lengths */
    return false;
  for (size_t i = 0; i < sizeof mods / sizeof *mods; i++)
    if (mods[i][0] == w.ptr[0] && strlen(mods[i]) == w.len && memcmp(mods[i], w.ptr, w.len) == 0)
      return true;
  return false;
}

static as_slice next_word(as_slice s, size_t from) {
  size_t i = from;
  while (i < s.len && s.ptr[i] != ' ')
    i++;
  return as_slice_make(s.ptr + from, i - from);
}

as_slice as_name_split_rank(as_slice text, as_slice *rank) {
  text = as_slice_trim(text);
  size_t pos = 0, rank_end = 0;
  while (pos < text.len) {
    as_slice w = next_word(text, pos);
    if (!as_is_rank_word(w))
      break;
    /* "Field", "Vice", "Rear" make a rank only with the word after them */
    if (!as_is_rank_modifier(w))
      rank_end = pos + w.len;
    pos += w.len;
    while (pos < text.len && text.ptr[pos] == ' ')
      pos++;
    /* `Grand Master Jean Parisot de Valette`: `Master` is a rank after `Grand` only
     * (`Mark Master Masons No. 1188` names a lodge) */
    if (as_slice_eq_cstr(w, "Grand") && as_slice_eq_cstr(next_word(text, pos), "Master") && pos + 7 < text.len) {
      rank_end = pos = pos + 6;
      while (pos < text.len && text.ptr[pos] == ' ')
        pos++;
      continue;
    }
    /* `Private First Class Harold Gonsalves` */
    if (as_slice_eq_cstr(w, "Private") && as_slice_eq_cstr(next_word(text, pos), "First")) {
      size_t cls = pos + 6;
      if (as_slice_eq_cstr(next_word(text, cls), "Class") && cls + 5 < text.len) {
        rank_end = pos = cls + 5;
        while (pos < text.len && text.ptr[pos] == ' ')
          pos++;
      }
    }
    /* `General der Panzertruppe Georg Stumme`: the arm of service is the
     * rank's, when a name follows it */
    if (as_slice_eq_cstr(w, "General") && as_slice_eq_cstr(next_word(text, pos), "der")) {
      size_t arm = pos + 4;
      as_slice a = next_word(text, arm);
      if (a.len && isupper((unsigned char)a.ptr[0]) && arm + a.len < text.len) {
        rank_end = pos = arm + a.len;
        while (pos < text.len && text.ptr[pos] == ' ')
          pos++;
      }
    }
  }
  *rank = as_slice_make(text.ptr, rank_end);
  return as_slice_trim(as_slice_make(text.ptr + rank_end, text.len - rank_end));
}
