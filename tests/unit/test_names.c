/* test_names.c: ranks and titles split off names, from cases/names.txt. */
/* SPDX-License-Identifier: MIT */
#include <criterion/criterion.h>

#include "../../parsers/parsers.h"
#include "../support/capture.h"
#include "../support/cases.h"

#define CASES "cases/names.txt"

static void check_name(const test_case *tc) {
  const case_line *in = &tc->lines[0];
  cr_expect_eq(tc->n, 2, "%s:%u: a case is a name and one expected line", CASES, in->no);
  if (tc->n != 2)
    return;
  as_slice rank;
  as_slice name = as_name_split_rank(as_slice_make(in->text, in->len), &rank);
  as_strbuf got = AS_STRBUF_INIT;
  as_strbuf_printf(&got, "%.*s|%.*s", (int)rank.len, rank.ptr ? rank.ptr : "", (int)name.len,
                   name.ptr ? name.ptr : "");
  cr_expect_str_eq(as_strbuf_cstr(&got), tc->lines[1].text, "%s:%u: '%s' gives '%s', expected '%s'",
                   CASES, in->no, in->text, as_strbuf_cstr(&got), tc->lines[1].text);
  as_strbuf_free(&got);
}

Test(names, cases_file) {
  case_file cf;
  cases_load(&cf, CASES);
  for (size_t i = 0; i < cf.n; i++)
    check_name(&cf.cases[i]);
  cases_free(&cf);
}

Test(names, rank_words) {
  cr_expect(as_is_rank_word(AS_SLICE_LIT("General")));
  cr_expect(as_is_rank_word(AS_SLICE_LIT("Gen.")));
  cr_expect_not(as_is_rank_word(AS_SLICE_LIT("general")));
  cr_expect_not(as_is_rank_word(AS_SLICE_LIT(".")));
  cr_expect_not(as_is_rank_word(AS_SLICE_LIT("")));
  cr_expect_not(as_is_rank_word(AS_SLICE_LIT("Prado")));
}

/* ---- people: folding, forms of one name, the run's registry ---- */

/* test(a, b) on the folded names. */
static bool folded(const char *a, const char *b, bool (*test)(as_slice, as_slice)) {
  as_strbuf x = AS_STRBUF_INIT, y = AS_STRBUF_INIT;
  as_name_fold(as_slice_cstr(a), &x);
  as_name_fold(as_slice_cstr(b), &y);
  bool r = test(as_strbuf_slice(&x), as_strbuf_slice(&y));
  as_strbuf_free(&x);
  as_strbuf_free(&y);
  return r;
}

static bool within(const char *a, const char *b) { return folded(a, b, as_name_within); }

Test(people, fold_normalizes_and_case_folds) {
  as_strbuf a = AS_STRBUF_INIT, b = AS_STRBUF_INIT;
  as_name_fold(as_slice_cstr("C\xC3\xA1" "ceres"), &a);       /* precomposed á */
  as_name_fold(as_slice_cstr("CA\xCC\x81" "CERES"), &b);      /* A + combining acute, capitals */
  cr_expect_str_eq(as_strbuf_cstr(&a), as_strbuf_cstr(&b));
  as_name_fold(as_slice_cstr("Andr\xC3\xA9s  A.   C\xC3\xA1" "ceres"), &a);
  cr_expect_str_eq(as_strbuf_cstr(&a), "andres a caceres");
  /* the Latin-1 letters' own fast path gives utf8proc's answer: À and ÿ
   * lose their marks, capitals Ø and Þ are lowered, × is kept, ß
   * (casefolded to ss) is left to utf8proc */
  as_name_fold(as_slice_cstr("\xC3\x80LVARO \xC3\x98RSTED \xC3\x9E\xC3\x97\xC3\xBF"), &a);
  cr_expect_str_eq(as_strbuf_cstr(&a), "alvaro \xC3\xB8rsted \xC3\xBE\xC3\x97y");
  as_name_fold(as_slice_cstr("Stra\xC3\x9F" "e \xC3\x89"), &a);
  cr_expect_str_eq(as_strbuf_cstr(&a), "strasse e");
  /* a macron or a dot below is no other name's (`Ibn Khaldūn`, `Raḥmān`) */
  as_name_fold(as_slice_cstr("Ibn Khald\xC5\xABn Ra\xE1\xB8\xA5m\xC4\x81n"), &a);
  cr_expect_str_eq(as_strbuf_cstr(&a), "ibn khaldun rahman");
  as_strbuf_free(&a);
  as_strbuf_free(&b);
}

Test(people, forms_of_one_name) {
  cr_expect(within("Prado", "Mariano Ignacio Prado"));
  cr_expect(within("Ignacio Prado", "Mariano Ignacio Prado"));
  cr_expect(within("Andrés A. Cáceres", "Andrés Avelino Cáceres"));
  cr_expect(within("Cáceres", "Andrés Avelino Cáceres"));
  cr_expect(within("de Piérola", "Nicolás de Piérola"));
  cr_expect(within("Diez Canseco", "Pedro Diez Canseco"));
  cr_expect(within("Diez Canseco", "Francisco Diez Canseco"));
  cr_expect_not(within("Pedro Diez Canseco", "Francisco Diez Canseco"));
  cr_expect_not(within("Prado", "Pedro Diez Canseco"));
  /* an initial stands for a given name only, and never for a one-word name */
  cr_expect_not(within("American", "James A. Garfield"));
  cr_expect_not(within("Erice", "José E. Uriburu"));
  cr_expect_not(within("A.", "Andrés Avelino Cáceres"));
  /* nor for a given name after another written out that nothing matched */
  cr_expect_not(within("Benjamin Butler", "Frederic B. Butler"));
  cr_expect(within("F. Butler", "Frederic B. Butler"));
  cr_expect(within("Frederic Butler", "Frederic B. Butler"));
}

static bool bound(const char *a, const char *b) { return folded(a, b, as_name_bound); }

/* `Karim Nassir` is no form of `Abdul Karim Nassir`, nor `Ali Harthi`
 * (his father's name) of `Said bin Ali Harthi`; `Nassir` alone may be. */
Test(people, bound_given_names) {
  cr_expect(bound("Karim Nassir", "Abdul Karim Nassir"));
  cr_expect(bound("Ali Harthi", "Said bin Ali Harthi"));
  cr_expect(bound("Bakr Baghdadi", "Abu Bakr Baghdadi"));
  cr_expect_not(bound("Nassir", "Abdul Karim Nassir"));
  cr_expect_not(bound("Abdul Karim Nassir", "Abdul Karim Nassir"));
  cr_expect_not(bound("Ignacio Prado", "Mariano Ignacio Prado"));
  as_people *p = as_people_new();
  as_slice full = as_people_resolve(p, AS_SLICE_LIT("Abdul Karim Nassir"));
  as_slice other = as_people_resolve(p, AS_SLICE_LIT("Karim Nassir"));
  cr_expect(!as_slice_eq(full, other));
  as_people_free(p);
}

Test(people, registry_merges_forms_never_brothers) {
  as_people *p = as_people_new();
  as_slice pedro = as_people_resolve(p, AS_SLICE_LIT("Pedro Diez Canseco"));
  cr_expect(as_slice_eq_cstr(pedro, "Pedro Diez Canseco"));
  as_slice francisco = as_people_resolve(p, AS_SLICE_LIT("Francisco Diez Canseco"));
  cr_expect(as_slice_eq_cstr(francisco, "Francisco Diez Canseco"), "brothers stay two people");
  /* a bare surname shared by two known people stays as written */
  cr_expect(as_slice_eq_cstr(as_people_resolve(p, AS_SLICE_LIT("Diez Canseco")), "Diez Canseco"));
  as_people_resolve(p, AS_SLICE_LIT("Mariano Ignacio Prado"));
  cr_expect(as_slice_eq_cstr(as_people_resolve(p, AS_SLICE_LIT("Ignacio Prado")), "Mariano Ignacio Prado"));
  as_people_resolve(p, AS_SLICE_LIT("Andrés Avelino Cáceres"));
  cr_expect(as_slice_eq_cstr(as_people_resolve(p, AS_SLICE_LIT("ANDRÉS A. CÁCERES")), "Andrés Avelino Cáceres"));
  /* a longer name with another first word is not merged into a shorter one */
  as_people_resolve(p, AS_SLICE_LIT("Juan Pérez"));
  cr_expect(as_slice_eq_cstr(as_people_resolve(p, AS_SLICE_LIT("Pedro Juan Pérez")), "Pedro Juan Pérez"));
  as_people_free(p);
}

/* In one article: every form of a person gets the canonical name; an
 * ambiguous surname goes to the brother named last in its paragraph. */
Test(people, article_groups) {
  cap_doc d;
  cap_parse(&d, "= T =\n\n"
                "General Francisco Diez Canseco arrived in Lima. Diez Canseco then assumed power.\n\n"
                "General Pedro Diez Canseco marched to Arequipa. Pedro was proclaimed president.\n\n"
                "Colonel Prado left Lima. Mariano Ignacio Prado resigned. Prado's brother died.\n");
  const as_article *a = d.articles[0];
  int n = 0;
  for (const as_mention *m = a->mentions; m; m = m->next) {
    if (m->kind != AS_MENTION_PERSON)
      continue;
    n++;
    if (as_slice_eq_cstr(m->text, "Diez Canseco"))
      cr_expect(as_slice_eq_cstr(m->normalized, "Francisco Diez Canseco"), "%.*s", (int)m->normalized.len,
                m->normalized.ptr);
    if (as_slice_eq_cstr(m->text, "Pedro"))
      cr_expect(as_slice_eq_cstr(m->normalized, "Pedro Diez Canseco"));
    if (as_slice_starts(m->text, "Prado") || as_slice_ends(m->text, "Prado"))
      cr_expect(as_slice_eq_cstr(m->normalized, "Mariano Ignacio Prado"), "%.*s", (int)m->text.len, m->text.ptr);
    if (as_slice_eq_cstr(m->text, "Prado") && m->qualifier.len)
      cr_expect(as_slice_eq_cstr(m->qualifier, "Colonel"));
  }
  cr_expect_geq(n, 7);
  cap_doc_free(&d);
}

/* A plural rank before a list of names is a rank, not part of the first
 * name (Battle of Midway: `Admirals Chester W. Nimitz, ...`). */
Test(people, plural_rank_before_names) {
  cr_expect(as_is_rank_word(AS_SLICE_LIT("Admirals")));
  cr_expect(as_is_rank_word(AS_SLICE_LIT("Generals")));
  cap_doc d;
  cap_parse(&d, "= T =\n\nThe U.S. Navy under Admirals Chester W. Nimitz, Frank Jack Fletcher, and "
                "Raymond A. Spruance defeated the fleet. Nimitz stayed at Pearl Harbor.\n");
  const as_article *a = d.articles[0];
  int n = 0;
  for (const as_mention *m = a->mentions; m; m = m->next) {
    if (m->kind != AS_MENTION_PERSON)
      continue;
    cr_expect_not(as_slice_starts(m->normalized, "Admirals"), "%.*s", (int)m->normalized.len,
                  m->normalized.ptr);
    if (as_slice_ends(m->text, "Nimitz")) {
      n++;
      cr_expect(as_slice_eq_cstr(m->normalized, "Chester W. Nimitz"), "%.*s", (int)m->normalized.len,
                m->normalized.ptr);
    }
  }
  cr_expect_eq(n, 2);
  cap_doc_free(&d);
}

/* A surname that two names share goes to the article's subject when no
 * other is named in its paragraph (Julia Kristeva: `The Kristeva Reader`,
 * a book, outside a section of works). */
Test(people, ambiguous_surname_goes_to_the_subject) {
  cap_doc d;
  cap_parse(&d, "= Julia Kristeva =\n\nJulia Kristeva is a philosopher.\n\n"
                "Kristeva became influential in 1969.\n\n== Reception ==\n"
                "The Kristeva Reader, edited by Toril Moi, was published in 1986.\n");
  const as_article *a = d.articles[0];
  int n = 0;
  for (const as_mention *m = a->mentions; m; m = m->next)
    if (m->kind == AS_MENTION_PERSON && as_slice_eq_cstr(m->text, "Kristeva")) {
      n++;
      cr_expect(as_slice_eq_cstr(m->normalized, "Julia Kristeva"), "%.*s", (int)m->normalized.len,
                m->normalized.ptr);
    }
  cr_expect_eq(n, 1);
  cap_doc_free(&d);
}

/* Not people: an abbreviation (`PIR`, `SHAEF`, `U.S`), a one-word name
 * with no rank that the article also writes in lower case (`the
 * Division's commander` and `the division`). People: a surname of a longer
 * name (`Young` after `Brigham Young`, though `young` is a word too), a
 * one-word name after a rank (`Lieutenant Best`, though `best` is too). */
Test(people, abbreviations_and_common_words_are_nobody) {
  cap_doc d;
  cap_parse(&d, "= Battle of Nowhere =\n\nThe 506th PIR attacked, and PIR reported that SHAEF, who had "
                "planned it, and U.S commanders said the 31st Division's commander, who had fought, was "
                "wounded.\n\nThe division withdrew on 3 May 1944. Brigham Young, who led the young men, was hit. Young, "
                "who was wounded, said he did his best. Lieutenant Best, who was there, agreed.\n");
  const as_article *a = d.articles[0];
  int young = 0, best = 0;
  for (const as_mention *m = a->mentions; m; m = m->next) {
    if (m->kind != AS_MENTION_PERSON)
      continue;
    cr_expect(!as_slice_eq_cstr(m->text, "PIR") && !as_slice_eq_cstr(m->text, "SHAEF") &&
                  !as_slice_eq_cstr(m->text, "U.S") && !as_slice_eq_cstr(m->text, "Division"),
              "not a person: %.*s", (int)m->text.len, m->text.ptr);
    young += as_slice_eq_cstr(m->normalized, "Brigham Young");
    best += as_slice_eq_cstr(m->normalized, "Best");
  }
  cr_expect_eq(young, 2, "Brigham Young, then Young");
  cr_expect_eq(best, 1, "Lieutenant Best");
  cap_doc_free(&d);
}

/* A section that lists works holds titles, which read like names: its
 * dates are mentions, its names are not. */
Test(people, works_sections_name_nobody) {
  cap_doc d;
  cap_parse(&d, "= Julia Kristeva =\n\nJulia Kristeva is a philosopher.\n\n== Selected writings ==\n"
                "- The Kristeva Reader. (ed. Toril Moi) Oxford: Basil Blackwell, 1986.\n\n=== Novels ===\n"
                "- The Old Man and the Wolves. New York: Columbia University Press, 1994.\n\n"
                "== Legacy ==\n\nToril Moi wrote about her in 1986.\n");
  const as_article *a = d.articles[0];
  int people = 0, dates = 0;
  for (const as_mention *m = a->mentions; m; m = m->next) {
    if (m->kind == AS_MENTION_DATE && m->at.line < 11)
      dates++;
    if (m->kind == AS_MENTION_PERSON) {
      people++;
      cr_expect(as_slice_eq_cstr(m->normalized, "Julia Kristeva") || (as_slice_eq_cstr(m->normalized, "Toril Moi") &&
                                                                       m->at.line == 13),
                "a person in a list of works: %.*s (line %u)", (int)m->text.len, m->text.ptr,
                (unsigned)m->at.line);
    }
  }
  cr_expect_eq(people, 2, "Julia Kristeva in the lead, Toril Moi under Legacy");
  cr_expect_eq(dates, 2, "1986 and 1994 in the lists of works");
  cap_doc_free(&d);
}

/* In a biography, the person the title names is called by the title, as
 * the infobox's claims are, whatever form the prose uses, so the two can
 * be compared (`John Quincy Doe` and `Doe` in the article `John Q. Doe`). */
Test(people, subject_called_by_the_title) {
  cap_doc d;
  cap_parse(&d, "= John Q. Doe =\n\nInfobox\n- Birth Date: 3 May 1900\n\n== Life ==\n\n"
                "John Quincy Doe was a Peruvian engineer.\n\nDoe was born on 3 May 1901 in Lima.\n");
  const as_article *a = d.articles[0];
  int n = 0;
  for (const as_mention *m = a->mentions; m; m = m->next)
    if (m->kind == AS_MENTION_PERSON) {
      n++;
      cr_expect(as_slice_eq_cstr(m->normalized, "John Q. Doe"), "%.*s", (int)m->normalized.len,
                m->normalized.ptr);
    }
  cr_expect_eq(n, 2);
  int births = 0;
  for (const as_claim *c = a->claims; c; c = c->next)
    if (as_slice_eq_cstr(c->property, "birthDate")) {
      births++;
      cr_expect(as_slice_eq_cstr(c->subject, "John Q. Doe"), "%s claim about %.*s",
                c->origin == AS_FROM_PROSE ? "prose" : "infobox", (int)c->subject.len, c->subject.ptr);
    }
  cr_expect_eq(births, 2);
  cap_doc_free(&d);
  /* with a disambiguation, the whole title, as the infobox's claims */
  cap_parse(&d, "= John Q. Doe (engineer) =\n\nInfobox\n- Birth Date: 3 May 1900\n\n"
                "John Quincy Doe was an engineer. Doe was born on 3 May 1901.\n");
  for (const as_claim *c = d.articles[0]->claims; c; c = c->next)
    cr_expect(as_slice_eq_cstr(c->subject, "John Q. Doe (engineer)"), "%.*s", (int)c->subject.len,
              c->subject.ptr);
  cap_doc_free(&d);
  /* a title that is no one's name names no one */
  cap_parse(&d, "= Siege of Lima =\n\nGeneral John Doe took Lima. Doe left in 1881.\n");
  for (const as_mention *m = d.articles[0]->mentions; m; m = m->next)
    if (m->kind == AS_MENTION_PERSON)
      cr_expect(as_slice_eq_cstr(m->normalized, "John Doe"), "%.*s", (int)m->normalized.len,
                m->normalized.ptr);
  cap_doc_free(&d);
}

/* ---- the kinds of names in an article's prose ---- */

/* What a name should be: the mention whose text (or, by_name, whose
 * normalized name) is text is (is) or is not (!is) of kind; kind -1: no
 * mention there (an unclassified name). */
typedef struct {
  const char *text;
  bool by_name, is;
  int kind;
} kind_want;

#define IS(text, kind) {text, false, true, kind}
#define NOT(text, kind) {text, false, false, kind}
#define NAMED(text, kind) {text, true, true, kind}

/* The kind of the first mention whose text (normalized, by_name) is text,
 * or -1. */
static int kind_of(const as_article *a, const char *text, bool by_name) {
  for (const as_mention *m = a->mentions; m; m = m->next)
    if (as_slice_eq_cstr(by_name ? m->normalized : m->text, text))
      return (int)m->kind;
  return -1;
}

/* Parses doc (one article) and checks each of want. */
static void expect_kinds(const char *doc, const kind_want *want, size_t n) {
  cap_doc d;
  cap_parse(&d, doc);
  cr_assert_eq(d.n, 1);
  for (size_t i = 0; i < n; i++) {
    int got = kind_of(d.articles[0], want[i].text, want[i].by_name);
    cr_expect((got == want[i].kind) == want[i].is, "'%s': kind %d, expected %s%d", want[i].text, got,
              want[i].is ? "" : "not ", want[i].kind);
  }
  cap_doc_free(&d);
}

#define EXPECT_KINDS(doc, ...)                                                                     \
  do {                                                                                             \
    const kind_want want_[] = {__VA_ARGS__};                                                       \
    expect_kinds(doc, want_, sizeof want_ / sizeof *want_);                                        \
  } while (0)

enum { NONE = -1, PERSON = AS_MENTION_PERSON, PLACE = AS_MENTION_PLACE, ORG = AS_MENTION_ORG,
       EVENT = AS_MENTION_EVENT };

/* A name the article gives a ship (`HMS Hood`, `the battleship Bismarck`,
 * `HSwMS Gotland`) is the ship's wherever it is written: `fired at
 * Bismarck` or `Hood, who` make it no place and no person. The place an
 * article is about stays a place though a ship was named after it. */
Test(people, ships_are_no_people_and_no_places) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nThe battleship Bismarck and HMS Hood met on 24 May 1941. "
               "Hood fired at Bismarck, who replied. The Swedish cruiser HSwMS Gotland reported to Stockholm. "
               "Gotland, who saw them, sailed to Bergen. Admiral John Tovey left Scapa Flow for Bismarck.\n",
               IS("Bismarck", NONE), IS("Hood", NONE), IS("Gotland", NONE), IS("John Tovey", PERSON),
               IS("Bergen", PLACE));
  EXPECT_KINDS("= Battle of Midway =\n\nThe Japanese attacked Midway on 4 June 1942. They reached Midway "
               "at dawn. A carrier, USS Midway, was named after the battle.\n",
               IS("Midway", PLACE));
}

/* The names after a plural vessel noun are ships' when they make a list
 * (`the destroyers Pantera and Tigre`, brackets and all), not when one is
 * a clause's subject (`the destroyers Yamamoto had sent`). A class of
 * ships (`King George V-class`) is named after a ship. */
Test(people, lists_of_ships) {
  EXPECT_KINDS("= Attack on Somewhere =\n\nOn 5 June 1942 Admiral Isoroku Yamamoto sailed. The destroyers "
               "Pantera and Tigre sailed to Massawa. The cruisers Mikuma (sunk; 700 casualties) and Mogami "
               "collided near Midway. The destroyers Yamamoto had sent reached Midway. Pantera sighted smoke. "
               "Mogami said nothing. She was a King George V-class battleship. Tovey came with King George V "
               "and Rodney.\n",
               IS("George V", NONE), IS("Pantera", NONE), IS("Tigre", NONE), IS("Mogami", NONE),
               IS("Yamamoto", PERSON));
  /* `Atago, Kurita's flagship`: whose ship it was is no ship */
  EXPECT_KINDS("= Battle of Somewhere =\n\nThe force was under Vice Admiral Takeo Kurita. The submarines sank "
               "the heavy cruisers Atago, Kurita's flagship, and Maya. Kurita lived quietly in retirement.\n",
               IS("Atago", NONE), IS("Kurita", PERSON));
}

/* `Group`, `Air`, `Field` make a rank only with a rank word after them
 * (`Group Captain`, `Air Marshal`): alone, they are part of a name, which
 * then has no rank to make it a person's (`Group North`, `Air Defence
 * Platform`). */
Test(people, rank_modifiers_alone_make_no_rank) {
  EXPECT_KINDS("= Operation Somewhere =\n\nThe report went to Group North, which passed it on. Shells hit "
               "the Air Defence Platform on 24 May 1941. Group Captain Peter Townsend, who flew, agreed. "
               "Air Marshal Arthur Tedder said so.\n",
               NOT("North", PERSON), NOT("Group North", PERSON), NOT("Defence Platform", PERSON),
               NOT("Air Defence Platform", PERSON), IS("Peter Townsend", PERSON), IS("Arthur Tedder", PERSON));
}

/* `served as` makes a person only of an office: a name that serves as
 * the capital, a base or an inspiration is a thing's. */
Test(people, serving_as_a_thing_makes_no_person) {
  EXPECT_KINDS("= Battle of Westerplatte =\n\nWesterplatte served as an inspiration for the Polish Army. "
               "Kristiania served as the capital of Norway until 1925. Sucharski served as commander of the "
               "depot.\n",
               NOT("Westerplatte", PERSON), NOT("Kristiania", PERSON), IS("Sucharski", PERSON));
}

/* `became an anchorage`, `was declared secure`: a thing's state, no
 * person's; `was declared emperor`, `a saint`, `dead`: a person's. */
Test(people, states_of_things_make_no_person) {
  EXPECT_KINDS("= Battle of Tulagi =\n\nOn 8 August 1942, Tulagi was declared secure. Gavutu became an "
               "important Allied anchorage. The Marines landed at Tulagi and Gavutu. In 1804 Napoleon was "
               "declared emperor. In 1920 Joan was declared a saint.\n",
               IS("Tulagi", PLACE), IS("Gavutu", PLACE), IS("Napoleon", PERSON), IS("Joan", PERSON));
}

/* `X is a city in Y`, `X was an ancient port town`: a place's noun at
 * the head of what the name opening its clause is makes a place; not one
 * that is no head (`a state senator`). */
Test(people, is_a_city_makes_a_place) {
  EXPECT_KINDS("= Potosí =\n\nPotosí is a city in the Andes of Bolivia. Zeila was an ancient port town on the "
               "coast. Smith was a state senator.\n",
               IS("Potosí", PLACE), IS("Zeila", PLACE), NOT("Smith", PLACE));
}

/* A who after a life's years in brackets makes a person (`Ibn Battuta
 * (1304–1369), who`); the years alone do not (`the Ming dynasty
 * (1368–1644)`). */
Test(people, who_after_a_life_in_brackets) {
  EXPECT_KINDS("= Harar =\n\nZeila was described by the Moroccan traveller Ibn Battuta (1304–1369), who passed "
               "through it in 1331.\n",
               IS("Ibn Battuta", PERSON));
}

/* An apposition of a person's noun (`X, a teacher,`) makes a person; not
 * one of a place's (`Y, a small town,`), nor a noun's modifier (`the
 * teacher training college`). */
Test(people, apposition_of_a_person_noun) {
  EXPECT_KINDS("= Cuenca =\n\nHermano Miguel, a teacher, was born in Cuenca on 7 November 1854. Azogues, a "
               "small town, lies to the north. Tomebamba, the teacher training college, opened in 1900.\n",
               IS("Hermano Miguel", PERSON), NOT("Azogues", PERSON), NOT("Tomebamba", PERSON));
}

/* A rank inside the name of a place or a building is the name's: `the
 * Captain Cook Memorial Museum`, `King William Island`. */
Test(people, rank_inside_a_place_name) {
  EXPECT_KINDS("= Whitby =\n\nThe Captain Cook Memorial Museum opened in 1986. In 1903 the Gjøa reached King "
               "William Island.\n",
               IS("Captain Cook Memorial Museum", PLACE), IS("King William Island", PLACE),
               NOT("Cook Memorial Museum", PLACE), NOT("William Island", PLACE));
}

/* `the attache in Stockholm, who forwarded it`: after `in`, `at` or `on`,
 * the `who` is about someone named before, not about the place. */
Test(people, who_after_a_place) {
  EXPECT_KINDS("= Somewhere =\n\nThe report reached the naval attache in Stockholm, who forwarded it to "
               "London on 21 May 1941. Later it went to Stockholm again. He ordered his troops on New "
               "Guinea, who were near the coast, to return.\n",
               NOT("Stockholm", PERSON), NOT("New Guinea", PERSON));
}

/* A people's name is neither a place nor a person: `American` (the
 * adjective), `Americans`, `Germans`, and a place of the article with `n`
 * or `ns` after it (`Okinawan`, `Okinawans`). `the North African campaign`
 * is still a name though `African` is an adjective. */
Test(people, demonyms_are_no_places) {
  EXPECT_KINDS("= Battle of Okinawa =\n\nThe battle began on 1 April 1945. American troops landed in Okinawa. "
               "Many Okinawans died in Okinawa. In American history it was the bloodiest battle. Okinawan "
               "civilians fled to Okinawa's south. Some 10,000 Germans fought in the North African campaign.\n",
               IS("Okinawa", PLACE), IS("American", NONE), IS("Okinawans", NONE), IS("Okinawan", NONE),
               IS("Germans", NONE), NAMED("North African campaign", EVENT));
}

/* An organisation's head word inside a name makes it the organisation's,
 * though a person's name follows (`1st SS Panzer Division Leibstandarte
 * Adolf Hitler`); so `Hitler` stays Adolf Hitler. A strict rank inside
 * makes it a person's again (`Army General Georgy Zhukov`). The
 * organisation a rank is of is named (`Chairman of the Police Watch
 * Committee`). */
Test(people, organisations_named_after_people) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nOn 16 December 1944 the 1st SS Panzer Division Leibstandarte Adolf "
               "Hitler attacked. Army Group Centre advanced towards Moscow. Adolf Hitler ordered it. Hitler "
               "said so. Army General Georgy Zhukov said no. The Chairman of the Police Watch Committee "
               "agreed.\n",
               NAMED("1st SS Panzer Division Leibstandarte Adolf Hitler", ORG), NAMED("Army Group Centre", ORG),
               IS("Hitler", PERSON), NAMED("Adolf Hitler", PERSON), IS("Georgy Zhukov", PERSON),
               IS("Police Watch Committee", ORG));
}

/* `World War II` is an event like `the Second World War`; `Point 593` and
 * `Hill 112` are places with their numbers; `St. Vith` is one name. */
Test(people, numbered_and_abbreviated_names) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nIt was the largest battle of World War II. On 7 February 1944 a "
               "battalion reached Point 593 and later Hill 112. The Germans attacked towards St. Vith and took "
               "the town.\n",
               IS("World War II", EVENT), IS("Point 593", PLACE), IS("Hill 112", PLACE), IS("St. Vith", PLACE),
               IS("St", NONE));
}

/* `to Freyberg`, `from Freyberg` vote for a place, and `Holland` is a
 * country's name; but the article names Lieutenant General Sir Bernard
 * Freyberg and Vice-Admiral Lancelot Holland, whose surnames they are. */
Test(people, surnames_of_ranked_people_over_places) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nOn 12 February 1944 Lieutenant General Sir Bernard Freyberg took "
               "command. The reply came from Freyberg. Orders went to Freyberg. Vice-Admiral Lancelot Holland "
               "sailed. For 90 minutes, Holland saw nothing. The troops reached Rome.\n",
               IS("Freyberg", PERSON), IS("Holland", PERSON), IS("Rome", PLACE));
}

/* Regiments (`Royal Irish Fusiliers`, `Coldstream Guards`), `the Middle
 * East`, `Brig's Peak`; `VB-3` is a squadron's code, not a place; `Rommel
 * signalled to Hitler` is to a person; `Disregarding Lindemann's advice`:
 * the -ing word opening the sentence is no part of the name, which is
 * Ernst Lindemann's. */
Test(people, regiments_regions_codes_and_openers) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nOn 2 November 1942 Rommel signalled to Hitler. Rommel replied to "
               "Hitler again. The Royal Irish Fusiliers and the Coldstream Guards held Brig's Peak. Wavell "
               "commanded in the Middle East. The squadron (VB-3) flew from Midway. Captain Ernst Lindemann "
               "agreed. Disregarding Lindemann's advice, the admiral sailed to Bergen.\n",
               IS("Hitler", PERSON), IS("Royal Irish Fusiliers", ORG), IS("Coldstream Guards", ORG),
               IS("Brig's Peak", PLACE), IS("Middle East", PLACE), IS("VB", NONE),
               IS("Disregarding Lindemann", NONE), NAMED("Ernst Lindemann", PERSON), NAMED("Lindemann", NONE));
}

/* Words that are no names whatever the prose around them: a month alone
 * (`from June to September`), an adverb opening the sentence
 * (`Additionally, ...`), an abbreviation `at` or `to` which is no place
 * (`at SHAEF`, an organisation by the list), letters glued to a number
 * (`SB2Us`). `U.S.` and `UK` are countries. */
Test(people, words_that_name_nothing) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nThe monsoon lasts from June to September in most years, and rain "
               "falls in April. Additionally, Major General Paul Williams flew on 17 September 1944. Orders "
               "went to SHAEF and reached SHAEF at noon. Two SB2Us were lost. The troops returned to the U.S. "
               "and later to the UK.\n",
               IS("September", NONE), NOT("April", PLACE), IS("Additionally", NONE), IS("Paul Williams", PERSON),
               NOT("SHAEF", PLACE), IS("SHAEF", ORG), IS("Us", NONE), IS("UK", PLACE));
  /* a faith or a doctrine is no place; `Our Lady` is no rank */
  EXPECT_KINDS("= Seatown =\n\nIn 1631 the sultan returned to Islam and turned from Catholicism. The Church of Our "
               "Lady dates from the 13th century.\n",
               IS("Islam", NONE), IS("Catholicism", NONE), IS("Church of Our Lady", ORG), IS("Church of Our", NONE));
}

/* A head word alone is no name (`the Army`), but some heads are names
 * (`the Luftwaffe`, `the Stavka`); `married X`, and `X and Y` before a
 * verb only people do, make people. */
Test(people, proper_organisations_and_people_joined) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nThe Luftwaffe bombed the city on 3 May 1941. The Stavka ordered an "
               "attack. The Army waited. That day Hitler married Eva Braun. That afternoon, Hitler and Braun "
               "committed suicide.\n",
               IS("Luftwaffe", ORG), IS("Stavka", ORG), IS("Army", NONE), IS("Eva Braun", PERSON),
               IS("Braun", PERSON), IS("Hitler", PERSON));
  /* things counted are no names (`141–158 Panzer IVs`); numbered units are */
  EXPECT_KINDS("= Battle of Somewhere =\n\nOf the German write-offs, 141–158 Panzer IVs were lost. Fairey "
               "Swordfish of 826 and 828 Naval Air Squadrons from Formidable attacked. Hitler ordered more.\n",
               IS("Panzer IVs", NONE), IS("Naval Air Squadrons", ORG));
}

/* A numbered unit is named by its number and a head word alone (`the 31st
 * Division`, `the 16th Army`), also in the possessive (`the 376th Infantry
 * Division's flank`); the head alone is still no name. */
Test(people, numbered_units) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nThe Japanese 31st Division attacked. The 16th Army under General "
               "Konstantin Rokossovsky held the road. The 376th Infantry Division's flank gave way, and the "
               "44th Division's attack failed. The Division waited.\n",
               IS("31st Division", ORG), IS("16th Army", ORG), IS("376th Infantry Division", ORG),
               IS("44th Division", ORG), IS("Division", NONE));
}

/* An abbreviation of initials keeps its full stop (`the U.S. beachheads`,
 * `U.S. Major General Alexander Vandegrift`), and an initial its own before
 * a nickname (`John S. "Jimmy" Thach`). */
Test(people, abbreviations_keep_their_full_stop) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nThe consolidation of the U.S. beachheads began under U.S. Major "
               "General Alexander Vandegrift. Lieutenant Commander John S. \"Jimmy\" Thach flew.\n",
               IS("U.S.", PLACE), IS("U.S", NONE), IS("Alexander Vandegrift", PERSON),
               IS("John S. \"Jimmy\" Thach", PERSON), IS("John S", NONE));
}

/* An abbreviation given in brackets after a name is that name wherever the
 * article writes it (`the British Expeditionary Force (BEF)`, then `the
 * BEF`), by the initials of its words, the last ones if not all (`British
 * Long Range Desert Group (LRDG)`); brackets that do not abbreviate the
 * name before them give nothing (`Hero of the Soviet Union (HSU)`). A few
 * abbreviations are organisations anywhere (`the RAF`). */
Test(people, abbreviations_in_brackets) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nThe British Expeditionary Force (BEF) landed on 3 May 1940. The "
               "British Long Range Desert Group (LRDG) attacked. He was made a Hero of the Soviet Union (HSU) in "
               "1945. It was not possible to alert the RAF. Later the BEF withdrew and the LRDG left. The HSU "
               "was rare.\n",
               IS("BEF", ORG), NAMED("British Expeditionary Force", ORG), NAMED("Long Range Desert Group", ORG),
               IS("HSU", NONE), IS("RAF", ORG));
}

/* A state or a province after a place and a comma is a place too
 * (`Waterbury, Connecticut`, `Frenchtown, New Jersey`). */
Test(people, states_after_places) {
  EXPECT_KINDS("= Elizabeth Somebody =\n\nShe was born in Waterbury, Connecticut on 18 July 1969. She moved to "
               "Frenchtown, New Jersey in 1990.\n",
               IS("Waterbury", PLACE), IS("Connecticut", PLACE), IS("New Jersey", PLACE));
}

/* Places that need no head word (`the Rhine`, `the Ardennes`), and the
 * first words of a river's or a valley's name the article writes whole
 * elsewhere (`the Douve River`, then `the Douve`); not a sea's (`the North
 * Sea`, then `to the North`). */
Test(people, places_without_head_words) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nOn 3 May 1944 the division crossed the Douve River near the town. "
               "Four bridges spanned the Douve. The army reached the Rhine and held the Ardennes. The ships "
               "sailed into the North Sea and turned to the North.\n",
               IS("Douve", PLACE), IS("Rhine", PLACE), IS("Ardennes", PLACE), IS("North", NONE));
}

/* A unit's number after its head is part of its name (`Task Force 16`,
 * `Carrier Division 2`, `Fallschirmjäger-Regiment 6`), not a count after
 * it (`the Occupation Force 500 nmi away`, `Division 2 carriers`). */
Test(people, numbers_after_unit_heads) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nOn 3 June 1942 USS Hornet formed Task Force 16 with Enterprise. "
               "Carrier Division 2 and Torpedo Squadron 8 attacked. Two battalions of Fallschirmjäger-Regiment 6 "
               "held the town. A PBY spotted the Japanese Occupation Force 500 nmi to the west.\n",
               IS("Task Force 16", ORG), IS("Carrier Division 2", ORG), IS("Torpedo Squadron 8", ORG),
               IS("Fallschirmjäger-Regiment 6", ORG), IS("Japanese Occupation Force", ORG));
}

/* A hyphenated place keeps its lower-case particles and a last word that
 * could be a title (`Saint Côme-du-Mont`, `Foy-Nôtre-Dame`); a hyphenated
 * rank stays a rank (`Vice-Admiral Henry Pridham-Wippell`). */
Test(people, hyphenated_places) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nOn 3 January 1945 the paratroopers held the village of "
               "Foy-Nôtre-Dame. The highway from Saint Côme-du-Mont ran north to Carentan. Vice-Admiral Henry "
               "Pridham-Wippell sailed.\n",
               IS("Foy-Nôtre-Dame", PLACE), IS("Foy-Nôtre", NONE), IS("Saint Côme-du-Mont", PLACE),
               IS("Henry Pridham-Wippell", PERSON));
  /* a syllable after a hyphen ends a person's name; a compound adjective's
   * end does not (`the Josip Broz-led partisans`) */
  EXPECT_KINDS("= Somewhere =\n\nIn 1915 Lin Wei-ming married Soong Ching-ling. Jussi Halla-aho spoke. The Josip "
               "Broz-led partisans held the town.\n",
               IS("Lin Wei-ming", PERSON), IS("Soong Ching-ling", PERSON), IS("Jussi Halla-aho", PERSON),
               IS("Josip Broz", PERSON), NOT("Josip Broz-led", PERSON));
}

/* A name of two words or more that starts with a given name is a person's,
 * with no rank or verb around it (`the works of Otto Rank, Melanie Klein`),
 * even after `to` or `from` (`according to Birgit Schippers`), and so is
 * its surname alone; but not when its head makes it something else
 * (`Albert Canal`), nor a name with an abbreviation in it (`Finn VC
 * Estate`), nor an Arabic article (`Ed Daba`), nor a ship's name. A
 * possessive ends the person's name before a unit's (`Isoroku Yamamoto's
 * Combined Fleet`), and an em dash before an aside (`Alan Brooke—Chief`). */
Test(people, given_names) {
  EXPECT_KINDS("= Julia Somebody =\n\nShe read the works of Otto Rank, Melanie Klein and Jean-Paul Sartre. "
               "According to Paul Reynaud, the plan failed; Reynaud resigned. The troops reached the Albert "
               "Canal and Ed Daba. Houses were built on the Finn VC Estate. The mothership Karl Peters sailed "
               "to Bergen.\n",
               IS("Otto Rank", PERSON), IS("Melanie Klein", PERSON), IS("Jean-Paul Sartre", PERSON),
               IS("Paul Reynaud", PERSON), IS("Reynaud", PERSON), IS("Albert Canal", PLACE),
               NOT("Ed Daba", PERSON), NOT("Finn VC Estate", PERSON), NOT("Karl Peters", PERSON));
  EXPECT_KINDS("= Battle of Somewhere =\n\nIsoroku Yamamoto's Combined Fleet sailed on 3 June 1942. Field "
               "Marshal Alan Brooke—Chief of the Imperial General Staff—objected.\n",
               IS("Isoroku Yamamoto", PERSON), IS("Combined Fleet", ORG), IS("Alan Brooke", PERSON));
}

/* A unit's ordinal is part of its name after a bracket (`(6th Parachute
 * Regiment)`) and before `SS` (`the 9th SS Panzer Division`). Ordinals
 * listed before a unit in the plural name units of their own (`the 1st and
 * 3rd Parachute Battalions`: `1st`, normalized `1st Parachute Battalion`),
 * and are no counts; the unit named whole is normalized in the singular. */
Test(people, coordinated_and_ss_units) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nThe 9th SS Panzer Division attacked (6th Parachute Regiment) on 3 "
               "May 1944. The 1st and 3rd Parachute Battalions held. The 2nd and 50th Divisions were pinned "
               "down, and the 1st, 5th and 48th Divisions attacked.\n",
               IS("9th SS Panzer Division", ORG), IS("6th Parachute Regiment", ORG),
               NAMED("1st Parachute Battalion", ORG), NAMED("3rd Parachute Battalion", ORG),
               IS("3rd Parachute Battalions", ORG), NAMED("2nd Division", ORG), NAMED("50th Division", ORG),
               NAMED("1st Division", ORG), NAMED("5th Division", ORG), NAMED("48th Division", ORG),
               IS("Panzer Division", NONE), IS("Parachute Regiment", NONE));
}

/* Organisations headed by their first word (`Panzerarmee Afrika`, `Regia
 * Marina`, `Waffen-SS`, but not the person after it: `der Waffen-SS Werner
 * Ostendorff`), named by one word (`the Volkssturm`, `Luftflotte 2`), or by
 * an arm (`Durham Light Infantry`, `Royal Engineers`). A surname before a
 * numbered unit (`Gordov's 3rd Guards Army`), or before a verb only people
 * do (`Mussolini boasted`), is a person's, and so is a name written to. */
Test(people, foreign_organisations_and_their_commanders) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nOn 3 May 1945 the Panzerarmee Afrika retreated. The Regia Marina and "
               "the Volkssturm fought, and Luftflotte 2 bombed the port. The Waffen-SS and the Durham Light "
               "Infantry held. The Royal Engineers built a bridge. Gordov's 3rd Guards Army attacked. Mussolini "
               "boasted of it. A letter was written to Stalin. The 17th SS Panzergrenadier Division "
               "(Generalmajor der Waffen-SS Werner Ostendorff) moved.\n",
               IS("Panzerarmee Afrika", ORG), IS("Regia Marina", ORG), IS("Volkssturm", ORG),
               IS("Luftflotte 2", ORG), IS("Waffen-SS", ORG), IS("Durham Light Infantry", ORG),
               IS("Royal Engineers", ORG), IS("Gordov", PERSON), IS("3rd Guards Army", ORG),
               IS("Mussolini", PERSON), IS("Stalin", PERSON), IS("Werner Ostendorff", PERSON));
}

/* A codename alone is its operation's (`Operation Saturn`, then `planned
 * Saturn`), unless the article goes there (`Operation Berlin`, then `to
 * Berlin` and `in Berlin`); `Operation` alone names nothing. A numbered
 * unit with its nationality is the unit without it (`the German Sixth
 * Army`), but not an unnumbered one (`the Polish Parachute Brigade`). */
Test(people, codenames_and_nationalities) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nOn 3 December 1942 the Soviets prepared Operation Saturn. The Stavka "
               "planned Saturn to start on 10 December. Operation Berlin ended. The army went to Berlin and "
               "stayed in Berlin. Ramsay said \"Operation completed.\"\n",
               NAMED("Operation Saturn", EVENT), IS("Saturn", EVENT), IS("Berlin", PLACE), IS("Operation", NONE));
  EXPECT_KINDS("= Battle of Somewhere =\n\nOn 3 December 1942 the German Sixth Army was surrounded. The Sixth "
               "Army held. The Polish Parachute Brigade landed, and the Parachute Brigade waited.\n",
               IS("German Sixth Army", ORG), NAMED("German Sixth Army", NONE), NAMED("Polish Parachute Brigade", ORG));
}

/* Buildings, moors and cemeteries are places by their head (`Hotel
 * Hartenstein`, `Bodmin Moor`, `Airborne Museum`), unless a given name
 * makes a person of it (`Keith Park`); so is a name south of which
 * something lies (`south of Ypres`), a known landmark (`the Kremlin`), a
 * theatre of war (`on the Western Front`, but `against the Western Front`
 * under Zhukov is the army group) and `Highway No. 1`. */
Test(people, buildings_landmarks_and_theatres) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nOn 3 May 1940 three divisions stood south of Ypres. The staff met at "
               "the Hotel Hartenstein near Bodmin Moor, later the Airborne Museum. Troops paraded past the "
               "Kremlin. Keith Park commanded the group. The war on the Western Front went on. They drove down "
               "Highway No. 1 to the sea.\n",
               IS("Ypres", PLACE), IS("Hotel Hartenstein", PLACE), IS("Bodmin Moor", PLACE),
               IS("Airborne Museum", PLACE), IS("Kremlin", PLACE), IS("Keith Park", PERSON),
               IS("Western Front", PLACE), IS("Highway No. 1", PLACE));
  EXPECT_KINDS("= Battle of Somewhere =\n\nOn 3 December 1941 Zhukov's Western Front attacked. The Germans "
               "struck against the Western Front.\n",
               IS("Western Front", ORG));
}

/* Adjectives alone name nothing (`6 percent South African`, `a
 * Franco-British occupation`); a title after a given name is a surname
 * (`Flight Lieutenant David Lord received`); the `Hitler Youth` is an
 * organisation, and `Hitler` still Adolf Hitler; `the 3rd Battalion of Lt.
 * Col. Fitch` is no `3rd Battalion of Lt`; a division's name alone is the
 * division's (`the Ariete Division`, then `the Ariete`), not a kind of
 * unit's (`the Airborne`). */
Test(people, adjectives_titles_and_bare_units) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nOn 3 May 1945 a Franco-British occupation was planned; 6 percent "
               "South African. Flight Lieutenant David Lord received the Victoria Cross. Adolf Hitler spoke to "
               "the Hitler Youth, and Hitler left. The 3rd Battalion of Lt. Col. Fitch moved. The Ariete "
               "Division attacked south of Ariete, and the 1st Airborne Division and the Airborne Division "
               "held; the Airborne waited.\n",
               IS("Franco-British", NONE), IS("South African", NONE), IS("David Lord", PERSON),
               IS("Hitler Youth", ORG), NAMED("Hitler Youth", ORG), IS("Hitler", PERSON),
               IS("3rd Battalion", ORG), IS("Ariete", ORG), NAMED("Ariete Division", ORG), IS("Airborne", NONE));
}

/* Names joined by `&` (`Texas A&M University`, `Argyll & Sutherland
 * Highlanders`), a unit's code after it (`Fighter Squadron VMF-211`),
 * particles before a surname (`ordered von der Heydte`), batteries,
 * patrols and groups of other armies (`Battery A`, `T Patrol`,
 * `Schnellgruppe Knittel`, `Raggruppamento Maletti`), a government's
 * department (`the U.S. Department of Defense`), and no count word before
 * a name (`Twelve U.S. Marines`). */
Test(people, joined_names_codes_and_departments) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nOn 3 May 1944 she studied at Texas A&M University. The 1st Battalion "
               "Argyll & Sutherland Highlanders and Marine Corps Fighter Squadron VMF-211 held. Colonel Friedrich "
               "von der Heydte arrived. Rommel ordered "
               "von der Heydte to defend the town. Battery A fired, T Patrol and Schnellgruppe Knittel moved, "
               "and Raggruppamento Maletti attacked. According to the U.S. Department of Defense, it failed. Twelve U.S. "
               "Marines were killed.\n",
               IS("Texas A&M University", ORG), IS("1st Battalion Argyll & Sutherland Highlanders", ORG),
               IS("Marine Corps Fighter Squadron VMF-211", ORG), IS("von der Heydte", PERSON),
               IS("Battery A", ORG), IS("T Patrol", ORG), IS("Schnellgruppe Knittel", ORG),
               IS("Raggruppamento Maletti", ORG), IS("U.S. Department of Defense", ORG), IS("U.S. Marines", ORG));
}

/* A year in brackets after a name makes it a work's or a citation's
 * (`the film Midway (1976)`, `from Christie (1999)`, `In Desire in Language
 * (1980)`), not the place's it would be: the place mentions stay. */
Test(people, works_and_citations_with_their_year) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nOn 4 June 1942 the fleet sailed to Midway and attacked Midway. The film "
               "Midway (1976) retold it. In Desire in Language (1980), she wrote. Details come from Christie "
               "(1999) unless specified.\n",
               NAMED("Midway", PLACE), IS("Language", NONE), IS("Christie", NONE));
}

/* Every mention written text in doc is normalized to want (at least one). */
static void expect_all_named(const char *doc, const char *text, const char *want) {
  cap_doc d;
  cap_parse(&d, doc);
  cr_assert_eq(d.n, 1);
  int n = 0;
  for (const as_mention *m = d.articles[0]->mentions; m; m = m->next)
    if (as_slice_eq_cstr(m->text, text)) {
      n++;
      cr_expect(as_slice_eq_cstr(m->normalized, want), "'%s' at %u:%u is '%.*s', expected '%s'", text, m->at.line,
                m->at.col, (int)m->normalized.len, m->normalized.ptr, want);
    }
  cr_expect(n > 0, "no mention '%s'", text);
  cap_doc_free(&d);
}

/* A surname that several people of the article share: a biography's
 * subject's, even next to her sister's full name; after a rank, the one
 * named with a rank; else the one last named in the paragraph; else the
 * one the infobox lists. */
/* A prize's field is its name's: no place, no person. */
Test(kinds, prize_fields) {
  EXPECT_KINDS("= Marie Cune =\n\nShe won the Nobel Prize in Physics in 1903 and the Nobel Prize in Chemistry "
               "in 1911. The film received the 1942 Academy Award for Best Documentary. She moved to Paris.\n",
               IS("Physics", NONE), IS("Chemistry", NONE), IS("Best Documentary", NONE), IS("Paris", PLACE));
}

/* A settlement's infobox makes the article's title a place, though a
 * person's name holds it (the town was named after him). */
Test(kinds, settlement_title) {
  EXPECT_KINDS("= Lubbock, Texas =\nInfobox\n- Name: Lubbock\n- Population: 257,141\n\nIn 1890, the town "
               "was named for Thomas Saltus Lubbock, a Confederate officer. Lubbock grew quickly after 1891.\n",
               IS("Lubbock", PLACE), IS("Thomas Saltus Lubbock", PERSON));
  EXPECT_KINDS("= Lubbock, Texas =\nInfobox\n- Name: Lubbock\n\nIn 1890, the town "
               "was named for Thomas Saltus Lubbock, a Confederate officer. Lubbock grew quickly after 1891.\n",
               IS("Lubbock", PERSON));
  /* (what the sentence says of the name outweighs the person it was named
   * for: `Lubbock became the county seat`) */
  EXPECT_KINDS("= Lubbock, Texas =\nInfobox\n- Name: Lubbock\n\nIn 1890, the town "
               "was named for Thomas Saltus Lubbock, a Confederate officer. Lubbock became the county seat in "
               "1891.\n",
               IS("Lubbock", PLACE));
}

/* A name that became a capital, a port or a seat is a place's, though
 * `became` is otherwise said of people; not one that became a model. */
Test(kinds, became_capital) {
  EXPECT_KINDS("= Sitka =\n\nAlexander Baranov was born in 1746. New Archangel became the capital of Russian "
               "America in 1808. Miss Hale became the model for the statue.\n",
               IS("New Archangel", PLACE), IS("Alexander Baranov", PERSON), NOT("Hale", PLACE));
}

Test(people, shared_surnames) {
  expect_all_named("= Jane Roe =\nInfobox\n- Name: Jane Roe\n\nJane Roe (born 1 May 1950) is an American author. "
                   "Along with her only sister, novelist Mary Roe Smith, Roe grew up on a farm.\n",
                   "Roe", "Jane Roe");
  expect_all_named("= Battle of Somewhere =\nInfobox\n- Commander1: Raymond Spruance\n\nRear Admiral Raymond "
                   "Spruance sailed on 4 June 1942.\n\nHis executive officer, Edward Spruance (son of Admiral "
                   "Spruance), saw them. Spruance was furious.\n\nLater Spruance turned west.\n",
                   "Spruance", "Raymond Spruance");
  /* the title within several names: the one the first sentence names; a
   * child in the infobox is no commander the prose calls by the surname */
  expect_all_named("= Erwin Roth =\nInfobox\n- Name: Erwin Roth\n- Children: Manfred Roth\n\nJohannes Erwin Eugen "
                   "Roth (15 November 1891 – 14 October 1944) was a German general.\n\nHe was the third child of "
                   "Erwin Roth Senior and his wife. Roth joined the army in 1910.\n\nRoth was wounded in 1915.\n",
                   "Roth", "Erwin Roth");
  expect_all_named("= Marie Cune =\nInfobox\n- Name: Marie Cune\n- Spouse: Pierre Cune\n\nMarie Salomea Cune "
                   "(7 November 1867 – 4 July 1934) was a physicist.\n\nShe married Pierre Cune in 1895. "
                   "The Marie Cune Fund was set up in 1921.\n\nCune died in 1934.\n",
                   "Cune", "Marie Cune");
}

/* A peer is called by his title's place (`Wellington`, `the Duke of
 * Wellington`) when the infobox lists him with it; not by a child's title
 * (a family field), and not a regiment named after a duke. */
Test(people, peers_by_their_title) {
  expect_all_named("= Battle of Waterloo =\nInfobox\n- Commander1: Arthur Wellesley, 1st Duke of Wellington, Gebhard "
                   "von Blucher\n\nWellington's army held the ridge. The Duke of Wellington ordered the Guards to "
                   "stand. Blucher arrived late.\n",
                   "Wellington", "Arthur Wellesley");
  EXPECT_KINDS("= Ada Lane =\nInfobox\n- Children: Ralph Lane, 2nd Earl of Lovelace\n\nAda Lane married in "
               "1835. Lovelace wrote to Babbage.\n",
               NAMED("Lovelace", PERSON));
  EXPECT_KINDS("= Battle of Arnhem =\n\nThe 5th Battalion Duke of Cornwall's Light Infantry moved up.\n",
               IS("Cornwall", NONE));
  /* a ruler's title is no peerage: `Normandy` stays a land; a given name
   * the infobox lists alone is that person, not another of that name */
  const char *hastings = "= Battle of Hastings =\nInfobox\n- Commander1: William, Duke of Normandy, William "
                         "FitzOsbern\n\nWilliam, Duke of Normandy, sailed from Normandy in 1066. William FitzOsbern "
                         "led the right. William landed at Pevensey.\n";
  expect_all_named(hastings, "William", "William");
  EXPECT_KINDS(hastings, NAMED("Normandy", PLACE));
}

/* An office named by its department before a name (`Secretary of War
 * Henry L. Stimson`, `General of Panzer Hasso von Manteuffel`) is the
 * name's rank, not part of it; an office with no name after it names
 * nobody (`Cardinal Secretary of State, Luigi Maglione`). */
Test(people, offices_before_names) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nSecretary of War Henry L. Stimson approved it. Secretary of the Navy "
               "Frank Knox agreed. General of Panzer Hasso von Manteuffel attacked. His Cardinal Secretary of "
               "State, Luigi Maglione, refused. Private First Class Harold Gonsalves was killed.\n",
               NAMED("Henry L. Stimson", PERSON), NAMED("Frank Knox", PERSON),
               NAMED("Hasso von Manteuffel", PERSON), IS("Secretary", NONE), NAMED("Luigi Maglione", PERSON),
               NAMED("Harold Gonsalves", PERSON), IS("War Henry L. Stimson", NONE));
}

/* A place or a theatre named after somebody is not that person
 * (`the Juliette Gordon Low Birthplace`, `the Johnny Mercer Theatre`), and
 * two full dates in brackets make an unknown name a person's. */
Test(people, named_after_people) {
  EXPECT_KINDS("= Savannah =\n\nJohnny Mercer was born on November 18, 1909. The Johnny Mercer Theatre hosted "
               "concerts. Juliette Gordon Low was born in the house now called the Juliette Gordon Low "
               "Birthplace. Jascha Heifetz (2 February 1901 – 10 December 1987) played there. The Lenin "
               "Mausoleum was closed.\n",
               NAMED("Johnny Mercer", PERSON), NAMED("Johnny Mercer Theatre", ORG),
               NAMED("Juliette Gordon Low", PERSON), NAMED("Juliette Gordon Low Birthplace", PLACE),
               NAMED("Jascha Heifetz", PERSON), NAMED("Lenin Mausoleum", PLACE));
  /* a site or gardens named after somebody; not a World Heritage Site */
  EXPECT_KINDS("= Frederick Douglass =\n\nFrederick Douglass was born in 1818. The Frederick Douglass National "
               "Historic Site opened in 1962. The Ballarat Botanical Gardens were laid out in 1857.\n",
               NAMED("Frederick Douglass", PERSON), NAMED("Frederick Douglass National Historic Site", PLACE),
               NAMED("Ballarat Botanical Gardens", PLACE));
}

/* Events and organisations without a person in them: a battle for a
 * place, a raid on one, the fall of one, a convoy's code; a rank word
 * before a head (`the General Strike`, `General Electric`); a title alone
 * (`the Princess Royal`). A given name with its byname is one person. */
Test(people, names_that_are_no_people) {
  EXPECT_KINDS("= Somewhere =\n\nThe Battle for Henderson Field began. The Raid on Dieppe failed. The Fall of "
               "Singapore followed. The Attack on Convoy BN 7 was repulsed. The General Strike began in 1926. "
               "General Electric built it. The Princess Royal was born in 1897. Catherine of Aragon died in "
               "1536. The Fall of 1943 was cold.\n",
               NAMED("Battle for Henderson Field", EVENT), NAMED("Raid on Dieppe", EVENT),
               NAMED("Fall of Singapore", EVENT), NAMED("Attack on Convoy BN 7", EVENT),
               NAMED("General Strike", EVENT), NAMED("General Electric", ORG), IS("Royal", NONE),
               NAMED("Catherine of Aragon", PERSON), IS("Aragon", NONE), IS("Fall of 1943", NONE));
}

/* `SS` before a name is a steamship's prefix when a vessel is named just
 * before it (`A Liberty ship, the SS Harriet Tubman`, `a merchantman named
 * SS Carolyn`); else it is the Nazi organisation's (`the 17th SS
 * Panzergrenadier Division`, `SS General Paul Hausser`). */
Test(people, ss_steamships) {
  EXPECT_KINDS("= Battle of Somewhere =\n\nA Liberty ship, the SS Harriet Tubman, was launched in 1944. Atik was "
               "a merchantman named SS Carolyn. The 17th SS Panzergrenadier Division was delayed by transport "
               "shortages. SS General Paul Hausser led the corps.\n",
               IS("Harriet Tubman", NONE), IS("Carolyn", NONE), IS("17th SS Panzergrenadier Division", ORG),
               IS("Paul Hausser", PERSON));
}

/* `In Hong Kong Sun studied`: a place after the opening preposition, then
 * the article's subject by a word of its title, then a verb: two names.
 * `In Mount Washington the road ends` stays one. */
Test(people, subject_after_a_place) {
  EXPECT_KINDS("= Sun Yat-sen =\n\nSun Yat-sen was a physician. In Hong Kong Sun studied at the Central School. "
               "In Paris Sun met the students. Hong Kong was a colony. Paris is a city.\n",
               IS("Hong Kong", PLACE), IS("Paris", PLACE), NOT("Hong Kong Sun", PERSON), NOT("Paris Sun", PLACE));
}

/* `Philip II of Spain` and `Philip II of France` are two sovereigns, each
 * named with the realm (`Elizabeth II of the United Kingdom` too); `Said
 * bin Sultan` is a name though `Sultan` is a title, and a bare `Said` is
 * his, not `Barghash bin Said`'s, whose father's name it is. */
Test(people, sovereigns_and_patronyms) {
  const char *doc = "= Cusco =\n\nPhilip II of France died in 1223. Philip II of Spain (1527–1598) contributed "
                    "funds. Elizabeth II of the United Kingdom visited in 1954. Said bin Sultan moved his capital "
                    "to Zanzibar in 1840. His son Barghash bin Said succeeded in 1870. Said died in 1856.\n";
  EXPECT_KINDS(doc, IS("Philip II of France", PERSON), IS("Philip II of Spain", PERSON),
               IS("Elizabeth II of the United Kingdom", PERSON), IS("Said bin Sultan", PERSON),
               IS("Barghash bin Said", PERSON));
  cap_doc d;
  cap_parse(&d, doc);
  int said = 0;
  for (const as_mention *m = d.articles[0]->mentions; m; m = m->next)
    if (as_slice_eq_cstr(m->text, "Said")) {
      said++;
      cr_expect(as_slice_eq_cstr(m->normalized, "Said bin Sultan"), "%.*s", (int)m->normalized.len,
                m->normalized.ptr);
    }
  cr_expect_eq(said, 1);
  cap_doc_free(&d);
}

/* A person named in full with a rank or a life span keeps the name a ship
 * was later given (`the aircraft carrier Karel Doorman was named after
 * him`); a sovereign's name stays the ship's (`King George V`). */
Test(people, ship_named_after_a_person) {
  EXPECT_KINDS("= Battle of the Java Sea =\n\nThe battle was fought in 1942. Rear Admiral Karel Doorman (23 April "
               "1889 – 28 February 1942) was killed. Doorman had trained as an aviator. The aircraft carrier Karel "
               "Doorman was later named after him. Tovey arrived with the battleship King George V. The guns of "
               "King George V fired.\n",
               NAMED("Karel Doorman", PERSON), NOT("George V", PERSON));
}

/* Organisations: a people's possessive opens one (`Women's`), words joined
 * by `and` before a civil body's head are its name, and so is the cause
 * after `for`; units named together are two (`the First and Ninth
 * Armies`), and `the Soviet Union` stays a country. */
Test(names, organisations_with_and_and_for) {
  EXPECT_KINDS("= Emmeline Pankhurst =\n\nIn 1903 she founded the Women's Social and Political Union. The "
               "Manchester National Society for Women's Suffrage was founded in 1867. She joined the Peace and "
               "Freedom Party. The First and Ninth Armies met. She went to the Soviet Union in 1911. The People's "
               "Liberation Army marched.\n",
               NAMED("Women's Social and Political Union", ORG),
               NAMED("Manchester National Society for Women's Suffrage", ORG), NAMED("Peace and Freedom Party", ORG),
               NOT("First and Ninth Armies", ORG), IS("Soviet Union", PLACE), NAMED("People's Liberation Army", ORG));
}

/* `Grand Master` is a rank (not `Mark Master Masons`), and an order of
 * knights is an organisation, not the saint it is named after. */
Test(names, orders_and_grand_masters) {
  EXPECT_KINDS("= Valletta =\n\nThe Order of Saint John arrived in Malta in 1530. Grand Master Jean Parisot de "
               "Valette died on 21 August 1568. The Halt Order was issued.\n",
               NAMED("Order of Saint John", ORG), NOT("Saint John", PERSON),
               NAMED("Jean Parisot de Valette", PERSON), NOT("Grand Master Jean Parisot de Valette", PERSON),
               NOT("Halt Order", ORG));
}

/* A title word glued by a hyphen into a double surname is the name's
 * (`Byron King-Noel`), while `King George` keeps its rank. */
Test(names, double_surname_with_a_title_word) {
  EXPECT_KINDS("= Ada Lovelace =\n\nByron King-Noel was born on 12 May 1836. King George visited in 1840.\n",
               NAMED("Byron King-Noel", PERSON), NOT("Noel", PERSON), NAMED("George", PERSON));
}

/* A place named by its head and what it is of, inside another name: `the
 * Battle of the Plains of Abraham`, `the Republic of Estonia`. */
Test(names, place_of_place_inside_a_name) {
  EXPECT_KINDS("= Quebec City =\n\nThe Battle of the Plains of Abraham was fought on 13 September 1759. The "
               "National Committee of the Republic of Estonia met in 1944.\n",
               NAMED("Battle of the Plains of Abraham", EVENT),
               NAMED("National Committee of the Republic of Estonia", ORG), NOT("Battle of the Plains", EVENT));
}

/* A nationality before a given name is no part of the person's name (`the
 * German Johann Ludwig Krapf`), but the German High Command and the Dutch
 * East Indies keep theirs. */
Test(names, nationality_before_a_given_name) {
  EXPECT_KINDS("= Mombasa =\n\nThe first missionary, the German Johann Ludwig Krapf, arrived in 1844. Krapf "
               "moved inland to Rabai. The German High Command agreed. The ships reached the Dutch East Indies.\n",
               NAMED("Johann Ludwig Krapf", PERSON), NAMED("German Johann Ludwig Krapf", NONE),
               NOT("East Indies", PERSON));
  /* at the start of a sentence too; and of a people, not of a state */
  EXPECT_KINDS("= Mombasa =\n\nThe German Johann Ludwig Krapf arrived in 1844. The Spanish Francisco Pizarro "
               "came later.\n",
               NAMED("Johann Ludwig Krapf", PERSON), NAMED("German Johann Ludwig Krapf", NONE),
               NAMED("Francisco Pizarro", PERSON), NAMED("Spanish Francisco Pizarro", NONE));
}

/* The land after `of` in a person's name is no name of hers: `the house of
 * Holstein-Gottorp` is not `Joanna Elisabeth of Holstein-Gottorp`. */
Test(names, land_of_a_name_alone) {
  EXPECT_KINDS("= Catherine the Great =\nInfobox\n- Mother: Joanna Elisabeth of Holstein-Gottorp\n\nHer mother, "
               "Joanna Elisabeth, was a princess of the house of Holstein-Gottorp.\n",
               IS("Joanna Elisabeth", PERSON), NOT("Holstein-Gottorp", PERSON));
}

/* A commander's possessive before his unit ends his name (`General
 * Tomitaro Horii's South Seas Detachment`, `the Royal Navy's East Indies
 * Fleet`); a sovereign's, a saint's or a class's possessive is inside
 * the name (`Queen's Own Royal West Kent Regiment`, `St Petroc's Infant
 * School`, `National Freedman's Relief Association`). */
Test(names, possessive_before_a_unit) {
  EXPECT_KINDS("= Battle of Buna–Gona =\n\nMajor General Tomitaro Horii's South Seas Detachment landed at Gona. "
               "The Royal Navy's East Indies Fleet sailed. The 2nd Battalion Queen's Own Royal West Kent Regiment "
               "held the ridge. He taught at St Petroc's Infant School. The National Freedman's Relief "
               "Association met.\n",
               NAMED("Tomitaro Horii", PERSON), NAMED("South Seas Detachment", ORG),
               NAMED("Royal Navy", ORG), NAMED("East Indies Fleet", ORG),
               NAMED("2nd Battalion Queen's Own Royal West Kent Regiment", ORG),
               NAMED("St Petroc's Infant School", ORG), NAMED("National Freedman's Relief Association", ORG));
}

/* `According to Krivosheev,` names a source, a person: no place (but
 * `according to Kikuyu custom` names none). */
Test(people, a_source_is_no_place) {
  EXPECT_KINDS("= Battle of Debrecen =\n\nAccording to Krivosheev, the 2nd Ukrainian Front lost 84,010 men. "
               "According to Grigoriy Krivosheev, losses were high. They married according to Kikuyu custom in "
               "Nyeri.\n",
               IS("Krivosheev", PERSON), IS("Grigoriy Krivosheev", PERSON), NOT("Kikuyu", PERSON),
               IS("Nyeri", PLACE));
}

/* `the invasion of Tulagi` is the act the article names `Invasion of
 * Tulagi`; `the capture of Singapore`, which it never writes capitalised,
 * is a capture of the place Singapore. */
Test(names, an_act_in_lower_case_named_so_elsewhere) {
  EXPECT_KINDS("= Battle of Tulagi =\n\nThe Invasion of Tulagi on 3 May 1942 was part of Operation Mo. The "
               "base had been begun after the invasion of Tulagi in April 1942. After the capture of Singapore the "
               "division rested.\n",
               IS("invasion of Tulagi", EVENT), IS("Singapore", PLACE), NOT("capture of Singapore", EVENT));
}

/* The area a command is of, after its office, is no person: `the Sea
 * Commander Normandy` names a place, `Commander-in-Chief West` a quarter
 * of the compass, which is no name; `Commander John Smith` is a person. */
Test(names, a_commands_area_is_no_person) {
  EXPECT_KINDS("= Battle of Cherbourg =\n\nKonteradmiral Walter Hennecke, the Sea Commander Normandy, held the "
               "port. Gerd von Rundstedt, Commander-in-Chief West, was dismissed. Commander John Smith landed.\n",
               IS("Normandy", PLACE), NOT("West", PERSON), IS("John Smith", PERSON));
}

/* A surname alone, that one preposition made a place, is the person named
 * in full before (`from Himmler` after `Heinrich Himmler`); a name no one
 * bears stays a place (`from Küstrin`). */
Test(names, a_surname_after_a_preposition) {
  EXPECT_KINDS("= Battle of the Seelow Heights =\n\nGotthard Heinrici replaced Heinrich Himmler in March 1945. "
               "Heinrici had taken the army group over from Himmler on 22 March. The train left from Küstrin.\n",
               NAMED("Heinrich Himmler", PERSON), IS("Himmler", PERSON), IS("Küstrin", PLACE));
}

/* A mound is a place (`The Kościuszko Mound`); a work's title after its
 * noun names no place and no one (`his one-act play The Burial Mound`,
 * `the 1970 film Patton`). */
Test(names, a_mound_and_a_works_title) {
  EXPECT_KINDS("= Tadeusz Kościuszko =\n\nThe Kościuszko Mound in Kraków was raised in his memory. His play The "
               "Burial Mound was staged in 1850. George Patton landed. It was depicted in the 1970 film Patton.\n",
               IS("Kościuszko Mound", PLACE), IS("The Burial Mound", NONE), IS("George Patton", PERSON));
}
