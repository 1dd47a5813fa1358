/* test_claims.c: prose claims from the case file cases/claims.txt (its
 * header gives the format), names resolved across forms, infobox claims. */
/* SPDX-License-Identifier: MIT */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "../../core/strbuf.h"
#include "../../parsers/parsers.h"
#include "../support/capture.h"
#include "../support/cases.h"

/* A claim as a case line: subject | property | value [| date [| origin]]. */
static char *describe(const as_claim *c) {
  as_strbuf b = AS_STRBUF_INIT;
  as_strbuf_printf(&b, "%.*s | %.*s | %.*s", (int)c->subject.len, c->subject.ptr, (int)c->property.len,
                   c->property.ptr, (int)c->normalized.len, c->normalized.ptr);
  /* a date-valued claim (`date`, `deathDate`) is not dated twice */
  as_slice date = as_slice_eq(c->date, c->normalized) ? AS_SLICE_NULL : c->date;
  if (date.len || c->about.len)
    as_strbuf_printf(&b, " | %.*s", (int)date.len, date.ptr);
  if (c->about.len)
    as_strbuf_printf(&b, " | %.*s", (int)c->about.len, c->about.ptr);
  if (c->part.len) /* losses of one member of a side */
    as_strbuf_printf(&b, " | %.*s", (int)c->part.len, c->part.ptr);
  char *s = strdup(as_strbuf_cstr(&b));
  as_strbuf_free(&b);
  return s;
}

/* `a |  | b` and `a | | b` are the same line. */
static void squeeze(char *s) {
  char *w = s;
  for (char *r = s; *r; r++)
    if (!(*r == ' ' && (r[1] == ' ' || w == s || w[-1] == ' ')))
      *w++ = *r;
  while (w > s && w[-1] == ' ')
    w--;
  *w = 0;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

typedef struct {
  char **v;
  size_t n, cap;
} list;

static void push(list *l, char *s) {
  squeeze(s);
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 8;
    l->v = realloc(l->v, l->cap * sizeof *l->v);
  }
  l->v[l->n++] = s;
}

static void list_free(list *l) {
  for (size_t i = 0; i < l->n; i++)
    free(l->v[i]);
  free(l->v);
}

static bool has(const list *l, const char *s) {
  for (size_t i = 0; i < l->n; i++)
    if (strcmp(l->v[i], s) == 0)
      return true;
  return false;
}

static void dump(as_strbuf *out, const char *what, const list *l) {
  as_strbuf_printf(out, "--- %s\n", what);
  for (size_t i = 0; i < l->n; i++)
    as_strbuf_printf(out, "%s\n", l->v[i]);
}

/* Runs one case; returns true if it holds, else describes why in why. */
static bool run_case(const test_case *tc, as_strbuf *why) {
  const char *title = "Test", *date = NULL, *text = NULL;
  bool open = false, gap = false;
  list want = {0}, got = {0};
  for (size_t k = 0; k < tc->n; k++) {
    const char *l = tc->lines[k].text;
    if (strncmp(l, "@ title: ", 9) == 0)
      title = l + 9;
    else if (strncmp(l, "@ date: ", 8) == 0)
      date = l + 8;
    else if (strncmp(l, "> ", 2) == 0)
      text = l + 2;
    else if (strncmp(l, "= ", 2) == 0)
      push(&want, strdup(l + 2));
    else if (strcmp(l, "...") == 0)
      open = true;
    else if (strncmp(l, "@ gap: ", 7) == 0)
      gap = true;
  }
  cr_assert(text, "case at line %u has no '>' line", tc->lines[0].no);
  as_strbuf doc = AS_STRBUF_INIT;
  as_strbuf_printf(&doc, "= %s =\n\n", title);
  if (date)
    as_strbuf_printf(&doc, "Infobox\n- Date: %s\n\n", date);
  as_strbuf_printf(&doc, "%s\n", text);
  cap_doc d;
  cap_parse(&d, as_strbuf_cstr(&doc));
  for (size_t i = 0; i < d.n; i++)
    for (const as_claim *c = d.articles[i]->claims; c; c = c->next)
      if (c->origin == AS_FROM_PROSE)
        push(&got, describe(c));
  if (want.n > 1)
    qsort(want.v, want.n, sizeof *want.v, cmp_str);
  if (got.n > 1)
    qsort(got.v, got.n, sizeof *got.v, cmp_str);
  bool ok = true;
  for (size_t i = 0; i < want.n; i++)
    ok = ok && has(&got, want.v[i]);
  if (!open)
    for (size_t i = 0; i < got.n; i++)
      ok = ok && has(&want, got.v[i]);
  if (gap) { /* a known gap: it must still fail, so that fixing it shows */
    if (ok)
      as_strbuf_printf(why, "cases/claims.txt:%u: marked '@ gap' but now passes: remove the mark\n",
                       tc->lines[0].no);
    ok = !ok;
  } else if (!ok) {
    as_strbuf_printf(why, "cases/claims.txt:%u: %s\n", tc->lines[0].no, text);
    dump(why, "expected", &want);
    dump(why, open ? "got (others allowed)" : "got", &got);
  }
  cap_doc_free(&d);
  as_strbuf_free(&doc);
  list_free(&want);
  list_free(&got);
  return ok;
}

Test(claims, cases) {
  case_file cf;
  cases_load(&cf, "cases/claims.txt");
  size_t failed = 0;
  as_strbuf why = AS_STRBUF_INIT;
  for (size_t c = 0; c < cf.n; c++)
    if (!run_case(&cf.cases[c], &why))
      failed++;
  cr_expect_eq(failed, 0, "%zu of %zu claim cases fail:\n%s", failed, cf.n, as_strbuf_cstr(&why));
  cr_expect_geq(cf.n, 100);
  as_strbuf_free(&why);
  cases_free(&cf);
}

/* How many of the document's claims of origin are want. */
/* How many of the document's claims of origin are want, or start with it
 * if prefix. */
static size_t count_of(const char *doc, as_origin origin, const char *want, bool prefix) {
  cap_doc d;
  cap_parse(&d, doc);
  size_t n = 0;
  for (size_t i = 0; i < d.n; i++)
    for (const as_claim *c = d.articles[i]->claims; c; c = c->next)
      if (c->origin == origin) {
        char *s = describe(c);
        n += (prefix ? strncmp(s, want, strlen(want)) : strcmp(s, want)) == 0;
        free(s);
      }
  cap_doc_free(&d);
  return n;
}

/* True if the document's claims of origin include want. */
static bool claims_of(const char *doc, as_origin origin, const char *want) { return count_of(doc, origin, want, false) > 0; }

static bool claims_have(const char *doc, const char *want) { return claims_of(doc, AS_FROM_PROSE, want); }
static size_t claims_count(const char *doc, const char *want) { return count_of(doc, AS_FROM_PROSE, want, false); }
static bool infobox_has(const char *doc, const char *want) { return claims_of(doc, AS_FROM_INFOBOX, want); }

/* A biography's paragraph that opens with a pronoun is about its subject,
 * not the person the paragraph before ended on; a pronoun of the other
 * gender than the one the article uses for its subject is not hers. */
Test(claims, biography_pronouns) {
  const char *doc = "= Marie Cune =\n\nMarie Cune (7 November 1867 – 4 July 1934) was a physicist. She won "
                    "prizes. Her husband, Pierre Cune, won one too. She married him in 1895.\n\nShe was born in "
                    "Warsaw.\n\nShe studied in Paris. Pierre Cune taught there.\n\n";
  cr_expect(claims_have(doc, "Marie Cune | birthPlace | Warsaw"));
  cr_expect(!claims_have(doc, "Pierre Cune | birthPlace | Warsaw"));
  const char *doc2 = "= Erwin Roth =\n\nErwin Roth (1891–1944) was a general. He led an army, and his wife Lucie "
                     "Roth followed him. He joined in 1910. He served in France.\n\nLucie Roth was a "
                     "nurse. She was born in Danzig.\n\nHe was born in Ulm.\n";
  cr_expect(claims_have(doc2, "Lucie Roth | birthPlace | Danzig"));
  cr_expect(claims_have(doc2, "Erwin Roth | birthPlace | Ulm"));
  /* a name after an opening date is the sentence's subject; after a
   * sentence of only the other sex, a he is the biography's subject */
  const char *doc3 = "= Dmitri Mendel =\n\nDmitri Mendel (8 February 1834 – 2 February 1907) was a chemist.\n\n"
                     "In April 1862 Mendel married Feozva Leshcheva. From 1876 he loved Anna Popova. In 1884 he "
                     "married Anna Popova. In September "
                     "1890 Mendel married Susan Marchant. She died in 1896. On December 26, 1897, he married "
                     "Vera Loyall.\n";
  cr_expect(claims_have(doc3, "Dmitri Mendel | spouse | Anna Popova | 1884"));
  cr_expect(claims_have(doc3, "Dmitri Mendel | spouse | Vera Loyall | 1897-12-26"));
}

/* `The governor, Sir Charles Arden-Clarke, released him. He was named
 * Prime Minister`: in a biography, the he after the subject was done to is
 * the subject, not the one who did it; `With the support of X he sailed`
 * is the subject's voyage. */
Test(claims, done_to_the_subject) {
  const char *doc = "= Kofi Mensah =\n\nKofi Mensah (1909–1972) was a politician. He studied in London.\n\nIn "
                    "1951 his party won the election, and the governor, Sir Charles Arden-Clarke, released him "
                    "from prison. He was named Prime Minister of the Gold Coast in March 1952. Arden-Clarke "
                    "served until 1957. He was named Governor-General of Ghana in 1957.\n";
  cr_expect(claims_have(doc, "Kofi Mensah | role | prime minister of the gold coast | 1952-03"));
  cr_expect(!claims_have(doc, "Charles Arden-Clarke | role | prime minister of the gold coast | 1952-03"));
  cr_expect(claims_have(doc, "Charles Arden-Clarke | role | governor-general of ghana | 1957"));
  /* nor is a person of the phrase that opens the sentence */
  const char *doc2 = "= Heitor Silva =\n\nHeitor Silva (1887–1959) was a composer. He wrote music.\n\nWith a "
                     "grant and the support of the pianist Artur Rubinstein he sailed for Paris in June 1923.\n";
  cr_expect(claims_have(doc2, "Heitor Silva | destination | Paris | 1923-06"));
  cr_expect(!claims_have(doc2, "Artur Rubinstein | destination | Paris | 1923-06"));
}

/* The article's own name with a life in brackets opening a sentence makes
 * a person of a name no list of given names knows; an infobox with a birth
 * makes one of the title. */
Test(claims, unknown_given_names) {
  const char *doc = "= Satyajit Rao =\n\nSatyajit Rao (1921–1992) was a film director. He was born in "
                    "Calcutta.\n";
  cr_expect(claims_have(doc, "Satyajit Rao | birthDate | 1921"));
  cr_expect(claims_have(doc, "Satyajit Rao | birthPlace | Calcutta"));
  /* `Testmarck` is the title's person, not the father who shares the
   * name, when the infobox is a person's though the lead never spells the
   * title out */
  const char *doc2 = "= Otto von Testmarck =\n\nInfobox\n- Name: Otto von Testmarck\n- Birth Date: 1 April 1815\n\n"
                     "Otto Eduard Leopold, Prince of Testmarck (1 April 1815 – 30 July 1898), was a statesman.\n\n"
                     "Testmarck was born on 1 April 1815 at Schonhausen. His father, Karl Wilhelm Ferdinand von "
                     "Testmarck, was a Junker; he died in 1845.\n";
  cr_expect(claims_have(doc2, "Otto von Testmarck | birthPlace | Schonhausen | 1815-04-01"));
  cr_expect(!claims_have(doc2, "Karl Wilhelm Ferdinand von Testmarck | birthPlace | Schonhausen | 1815-04-01"));
  /* an event's years are no life */
  const char *doc3 = "= Siege of Testgrad =\n\nSiege of Testgrad (1941–1944) was a siege. It ended in 1944.\n";
  cr_expect(!claims_have(doc3, "Siege of Testgrad | birthDate | 1941"));
}

/* Deaths that are not the subject's: a she set under the main clause
 * (`left before she was three years old and died`), a date set apart
 * after `X's death`; father and son told apart by `the Elder`. */
Test(claims, deaths_not_hers) {
  const char *doc = "= Lucila Godoy =\n\nLucila Godoy (1889–1957) was a poet. She wrote.\n\nHer father, Juan "
                    "Godoy (1857–1911), a teacher who wrote verses, left the family before she was three years old "
                    "and died, estranged from them, in 1911.\n";
  cr_expect(!claims_have(doc, "Lucila Godoy | deathDate | 1911"));
  cr_expect(claims_have(doc, "Juan Godoy | deathDate | 1911"));
  const char *doc2 = "= Toussaint Breda =\n\nToussaint Breda (1743–1803) was a general. Less than a year after "
                     "Breda's death, on 1 January 1804, Jean-Jacques Dessalines proclaimed independence.\n";
  cr_expect(!claims_have(doc2, "Toussaint Breda | deathDate | 1804-01-01"));
  const char *doc3 = "= Testala =\n\nTestala is a town.\n\nOlof Rudbeck the Elder died on 17 September 1702. "
                     "His son Olof Rudbeck the Younger died on 23 March 1740.\n";
  cr_expect(claims_have(doc3, "Olof Rudbeck the Elder | deathDate | 1702-09-17"));
  cr_expect(claims_have(doc3, "Olof Rudbeck the Younger | deathDate | 1740-03-23"));
}

/* A side's losses in a battle's prose, about the side of the infobox its
 * words name as a whole; a source's figure, a part, a phase or one nation
 * of several claim nothing. */
Test(claims, side_losses) {
  const char *doc = "= Battle of Somewhere =\n\nInfobox\n- Conflict: Battle of Somewhere\n"
                    "- Combatant1: United States, Australia\n- Combatant2: Empire of Japan\n\n"
                    "In all, 1,270 Allied sailors and marines were killed in the battle, and several hundred more "
                    "were wounded. By the time the battle ended, 3,057 Japanese had died. Japanese losses were "
                    "light: 58 men were killed. The fighting cost the Allies about 7,000 killed. "
                    "In 1993, Raugh wrote that 3,000 Japanese troops were killed. The Americans lost 800 killed. "
                    "Japanese casualties in the battle were 431 killed or missing. The Austrian losses were 300 "
                    "killed. Exeter had lost 64 men killed in the action. On 3 May the Japanese lost 400 killed. "
                    "A further 644 men died when the carrier was torpedoed. According to Morison, Japanese losses were "
                    "2,500 killed.\n";
  cr_expect(claims_have(doc, "Battle of Somewhere | casualties | 1270 killed |  | side 1"));
  cr_expect(claims_have(doc, "Battle of Somewhere | casualties | 3057 killed |  | side 2"));
  cr_expect(claims_have(doc, "Battle of Somewhere | casualties | 58 killed |  | side 2"));
  cr_expect(claims_have(doc, "Battle of Somewhere | casualties | 7000 killed |  | side 1"));
  cr_expect(claims_have(doc, "Battle of Somewhere | casualties | 431 killed or missing |  | side 2"));
  const char *none[] = {"3000 killed", "800 killed", "300 killed", "64 killed", "400 killed", "644 killed",
                        "2500 killed"};
  for (size_t i = 0; i < sizeof none / sizeof *none; i++)
    for (int side = 1; side <= 2; side++) {
      char want[96];
      snprintf(want, sizeof want, "Battle of Somewhere | casualties | %s |  | side %d", none[i], side);
      cr_expect(!claims_have(doc, want), "%s", want);
    }
  /* `Vichy French` names Vichy France, not Free France; `French` alone
   * names both; `British and Commonwealth` a whole side */
  const char *doc2 = "= Operation Somewhere =\n\nInfobox\n- Conflict: Operation Somewhere\n"
                     "- Combatant1: United Kingdom, Canada, British India, Free France\n- Combatant2: Vichy France\n\n"
                     "Vichy French losses amounted to 1,643 killed and 1,997 wounded. French losses were 500 "
                     "killed. The British and Commonwealth forces lost 2,113 men killed or missing and about "
                     "2,300 wounded.\n";
  cr_expect(claims_have(doc2, "Operation Somewhere | casualties | 1643 killed |  | side 2"));
  cr_expect(claims_have(doc2, "Operation Somewhere | casualties | 2113 killed or missing |  | side 1"));
  cr_expect(!claims_have(doc2, "Operation Somewhere | casualties | 500 killed |  | side 1"));
  cr_expect(!claims_have(doc2, "Operation Somewhere | casualties | 500 killed |  | side 2"));
  cr_expect(!claims_have(doc2, "Operation Somewhere | casualties | 500 killed |  | side 1 | Free France"));
  /* one nation of a side of several: its own losses, not the side's */
  cr_expect(claims_have(doc, "Battle of Somewhere | casualties | 800 killed |  | side 1 | United States"));
  cr_expect(!claims_have(doc, "Battle of Somewhere | casualties | 300 killed |  | side 1 | Australia"));
  const char *doc3 = "= Dieppe Raid =\n\nInfobox\n- Conflict: Dieppe Raid\n- Combatant1: Canada, United Kingdom\n"
                     "- Combatant2: Nazi Germany, Kingdom of Italy\n\n"
                     "In all, 1,197 Canadians were killed, and 1,946 were taken prisoner. German casualties were "
                     "heavy: 311 men were killed. The Canadians alone lost 900 killed.\n";
  cr_expect(claims_have(doc3, "Dieppe Raid | casualties | 1197 killed |  | side 1 | Canada"));
  cr_expect(claims_have(doc3, "Dieppe Raid | casualties | 1946 captured |  | side 1 | Canada"));
  cr_expect(claims_have(doc3, "Dieppe Raid | casualties | 311 killed |  | side 2 | Nazi Germany"));
  size_t n = count_of(doc3, AS_FROM_PROSE, "Dieppe Raid | casualties |", true);
  cr_expect_eq(n, 3, "%zu claims of losses", n);
}

/* A side named by its state (`The United States lost`), and a people
 * before the figure (`cost the Americans 327 killed`): the side's losses;
 * a town of the field before the figure keeps them a part. */
Test(claims, losses_of_a_state) {
  const char *head = "= Battle of Somewhere =\n\nInfobox\n- Conflict: Battle of Somewhere\n"
                     "- Combatant1: United States\n- Combatant2: Empire of Japan\n\n";
  const char *said[] = {"The United States lost 327 killed.\n", "The operation cost the United States 327 killed.\n",
                        "The operation cost the Americans 327 killed.\n"};
  for (size_t i = 0; i < sizeof said / sizeof *said; i++) {
    char doc[512];
    snprintf(doc, sizeof doc, "%s%s", head, said[i]);
    cr_expect(claims_have(doc, "Battle of Somewhere | casualties | 327 killed |  | side 1"), "%s", said[i]);
  }
  char doc[512];
  snprintf(doc, sizeof doc, "%s%s", head, "At Roi-Namur, the United States lost 327 killed.\n");
  cr_expect(!claims_have(doc, "Battle of Somewhere | casualties | 327 killed |  | side 1"));
}

/* An infobox's losses under a heading that names one nation of a side of
 * several are that nation's; the counts in a total's brackets are claims
 * of their own. */
Test(claims, boxed_losses_of_a_member) {
  const char *doc = "= Dieppe Raid =\n\nInfobox\n- Conflict: Dieppe Raid\n- Combatant1: Canada, United Kingdom\n"
                    "- Combatant2: Nazi Germany\n"
                    "- Casualties1: Canadian: 3,367 (916 killed, 1,946 captured, and 586 wounded), Royal Navy: 550, "
                    "Estimated: 4,000 (see notes)\n- Casualties2: German: 311 killed, 280 wounded\n\nText.\n";
  cr_expect(infobox_has(doc, "Dieppe Raid | casualties | 916 killed |  | side 1 | Canada"));
  cr_expect(infobox_has(doc, "Dieppe Raid | casualties | 1,946 captured |  | side 1 | Canada"));
  cr_expect(infobox_has(doc, "Dieppe Raid | casualties | 586 wounded |  | side 1 | Canada"));
  cr_expect(infobox_has(doc, "Dieppe Raid | casualties | 3,367 (916 killed, 1,946 captured, and 586 wounded) |  | side 1 | Canada"));
  /* `Royal Navy` names no nation; `Estimated` is the whole; a side of one is whole */
  cr_expect(infobox_has(doc, "Dieppe Raid | casualties | 550 |  | side 1"));
  cr_expect(infobox_has(doc, "Dieppe Raid | casualties | 4,000 (see notes) |  | side 1"));
  cr_expect(infobox_has(doc, "Dieppe Raid | casualties | 311 killed |  | side 2"));
}

/* The other kinds a side's losses are told in: the wounded of a list (`1,714
 * killed and 2,772 wounded`), a list of kinds (`killed, wounded and
 * missing`), `casualties`, tanks lost, and a sum opened by `Altogether`. */
Test(claims, side_losses_kinds) {
  const char *doc = "= Battle of Somewhere =\n\nInfobox\n- Conflict: Battle of Somewhere\n"
                    "- Combatant1: United Kingdom, British India\n- Combatant2: Empire of Japan\n\n"
                    "The Allies lost 16,203 men killed, wounded and missing at Somewhere. Japanese casualties "
                    "amounted to 1,714 killed and 2,772 wounded. Altogether 1,843 Japanese soldiers were killed "
                    "in the battle. The Allies suffered 15,203 casualties. Japanese casualties were 14,111. "
                    "The Japanese lost 235 tanks. In all, 2,300 Japanese were wounded. The Japanese lost 40 "
                    "tanks destroyed and 12 damaged. Allied losses were 900 killed, wounded, or taken prisoner. "
                    "Allied losses were 7,000. Allied losses were 800 killed, wounded, or evacuated.\n";
  cr_expect(claims_have(doc, "Battle of Somewhere | casualties | 16203 killed, wounded and missing |  | side 1"));
  cr_expect(claims_have(doc, "Battle of Somewhere | casualties | 1714 killed |  | side 2"));
  cr_expect(claims_have(doc, "Battle of Somewhere | casualties | 2772 wounded |  | side 2"));
  cr_expect(claims_have(doc, "Battle of Somewhere | casualties | 1843 killed |  | side 2"));
  cr_expect(claims_have(doc, "Battle of Somewhere | casualties | 15203 casualties |  | side 1"));
  cr_expect(claims_have(doc, "Battle of Somewhere | casualties | 14111 casualties |  | side 2"));
  cr_expect(claims_have(doc, "Battle of Somewhere | casualties | 235 tanks |  | side 2"));
  cr_expect(claims_have(doc, "Battle of Somewhere | casualties | 2300 wounded |  | side 2"));
  /* `taken prisoner` is captured */
  cr_expect(claims_have(doc, "Battle of Somewhere | casualties | 900 killed, wounded or captured |  | side 1"));
  /* tanks with more said of them, a list that ends in no kind, losses
   * of no kind: nothing */
  size_t n = count_of(doc, AS_FROM_PROSE, "Battle of Somewhere | casualties |", true);
  cr_expect_eq(n, 9, "%zu claims of losses", n);
  /* after what else the side lost; the who of a side */
  const char *doc1 = "= Battle of Somewhere =\n\nInfobox\n- Conflict: Battle of Somewhere\n"
                     "- Combatant1: Canada\n- Combatant2: Germany\n\n"
                     "The Germans lost five warships and 1,300 men killed. The battle was costly for the "
                     "Canadians, who had lost 1,735 men killed since the landing. The Germans lost five towns "
                     "and 12 were captured. Canadian casualties were heavy: 4,500 men were killed or went "
                     "missing, and 2,640 were wounded.\n";
  cr_expect(claims_have(doc1, "Battle of Somewhere | casualties | 1300 killed |  | side 2"));
  cr_expect(claims_have(doc1, "Battle of Somewhere | casualties | 1735 killed |  | side 1"));
  /* a verb after `or`; a bare figure after one of a side */
  cr_expect(claims_have(doc1, "Battle of Somewhere | casualties | 4500 killed or missing |  | side 1"));
  cr_expect(claims_have(doc1, "Battle of Somewhere | casualties | 2640 wounded |  | side 1"));
  n = count_of(doc1, AS_FROM_PROSE, "Battle of Somewhere | casualties |", true);
  cr_expect_eq(n, 4, "%zu claims of losses", n);
  /* a part told after a semicolon leaves the whole the side's */
  const char *doc2 = "= Battle of Somewhere =\n\nInfobox\n- Conflict: Battle of Somewhere\n"
                     "- Combatant1: United States\n- Combatant2: Empire of Japan\n\n"
                     "American casualties were 3,526 killed and 13,099 wounded; the 2nd Marine Division alone "
                     "lost 1,256 killed.\n";
  cr_expect(claims_have(doc2, "Battle of Somewhere | casualties | 3526 killed |  | side 1"));
  cr_expect(claims_have(doc2, "Battle of Somewhere | casualties | 13099 wounded |  | side 1"));
  cr_expect(!claims_have(doc2, "Battle of Somewhere | casualties | 1256 killed |  | side 1"));
  /* losses said to be light, however long the words before the colon; the
   * wounded after the killed of the figure before; a place that names a
   * war is no part of the field */
  const char *doc3 = "= Battle of Somewhere =\n\nInfobox\n- Conflict: Battle of Somewhere\n"
                     "- Combatant1: United States\n- Combatant2: Empire of Japan\n\n"
                     "American casualties were remarkably light by the standards of the Pacific war: 389 Marines "
                     "were killed and 1,571 wounded.\n";
  cr_expect(claims_have(doc3, "Battle of Somewhere | casualties | 389 killed |  | side 1"));
  cr_expect(claims_have(doc3, "Battle of Somewhere | casualties | 1571 wounded |  | side 1"));
}

/* `James Cleveland "Jesse" Owens` in the article `Jesse Owens` is its
 * subject, and so is `Owens` alone, though his father shares the name. */
Test(claims, nickname_in_quotes) {
  const char *doc = "= Jesse Owens =\n\nJames Cleveland \"Jesse\" Owens (September 12, 1913 – March 31, 1980) was "
                    "an American athlete. His father, Henry Cleveland Owens, was a sharecropper.\n\nOwens was born "
                    "in Decatur, Alabama.\n";
  cr_expect(claims_have(doc, "Jesse Owens | birthDate | 1913-09-12"));
  cr_expect(claims_have(doc, "Jesse Owens | birthPlace | Decatur, Alabama"));
}

/* A child set apart with a nickname (`Wilhelm, known as Bill, born`) is
 * born under the name the nickname is given to. */
Test(claims, nickname_apart) {
  const char *doc = "= Otto Vale =\n\nVale and Johanna had three children: Marie, born on 21 August 1848; "
                    "Herbert, born on 28 December 1849; and Wilhelm, known as Bill, born on 1 August 1852. Herbert "
                    "served in the army. Herbert, known as Bertie, died in 1904. Wilhelm became a civil servant. "
                    "Anna, called Nan, born in 1850, was a cousin.\n";
  cr_expect(claims_have(doc, "Wilhelm | birthDate | 1852-08-01"));
  cr_expect(!claims_have(doc, "Bill | birthDate | 1852-08-01"));
  cr_expect(claims_have(doc, "Herbert | deathDate | 1904"));
  cr_expect(!claims_have(doc, "Bertie | deathDate | 1904"));
  /* (Anna is no name the tool knows here: the year is nobody's) */
  cr_expect(!claims_have(doc, "Nan | birthDate | 1850"));
  cr_expect(claims_have(doc, "Marie | birthDate | 1848-08-21"));
}

/* The place a where is of: `returned to Oslo, where she had been born`,
 * `The house in Macau where Holt was born`; not a place no name gives
 * (`the city where`), and not a relative's (`his father came to stay at
 * Qunu, where he died`: the he may be the father's). */
Test(claims, where_places) {
  const char *doc = "= Anna Holt =\n\nAnna Holt was a painter. In 1920 Holt returned to Oslo, where she had "
                    "been born in 1885. The house in Macau where Holt was born is now a museum. She lived in "
                    "Trondheim, the city where her husband was born.\n\nIn 1927 her father came to stay at Bergen, "
                    "where he died.\n";
  cr_expect(claims_have(doc, "Anna Holt | birthPlace | Oslo | 1885"));
  cr_expect(claims_have(doc, "Anna Holt | birthPlace | Macau"));
  cr_expect(!claims_have(doc, "Anna Holt | birthPlace | Trondheim"));
  cr_expect(!claims_have(doc, "Anna Holt | deathPlace | Bergen"));
  const char *doc2 = "= Jon Berg =\n\nJon Berg was a poet.\n\nWhen he was nine, his father came to stay at "
                     "Voss, where he died. Berg moved to Paris, where he died in 1950.\n";
  cr_expect(!claims_have(doc2, "Jon Berg | deathPlace | Voss"));
  cr_expect(claims_have(doc2, "Jon Berg | deathPlace | Paris | 1950"));
}

/* A settlement's founding: `Founded`, `Established` (when no `Founded`
 * is there), `Established Date` under a title that says a founding; `the
 * city was founded in 1286`; a town's incorporation is no founding. */
Test(claims, town_founding) {
  const char *doc = "= Santa Rosa, New Mexico =\n\nInfobox\n- Name: Santa Rosa\n- Established Title: Founded\n"
                    "- Established Date: 1610\n- Established Title2: Incorporated\n- Established Date2: 1891\n"
                    "- Population Total: 5000\n\nSanta Rosa is a city in Guadalupe County. Since the city was "
                    "founded in 1612, its plaza has been the centre of trade. Santa Rosa was incorporated as a "
                    "city in 1891.\n";
  cr_expect(infobox_has(doc, "Santa Rosa, New Mexico | foundingDate | 1610"));
  cr_expect(!infobox_has(doc, "Santa Rosa, New Mexico | foundingDate | 1891"));
  cr_expect(claims_have(doc, "Santa Rosa, New Mexico | foundingDate | 1612"));
  cr_expect(!claims_have(doc, "Santa Rosa, New Mexico | foundingDate | 1891"));
  const char *doc2 = "= Kyo =\n\nInfobox\n- Name: Kyo\n- Founded: 794\n- Established: 1 April 1889\n\n"
                     "Kyo was founded in 794.\n";
  cr_expect(infobox_has(doc2, "Kyo | foundingDate | 0794"));
  cr_expect(!infobox_has(doc2, "Kyo | foundingDate | 1889-04-01"));
  cr_expect(claims_have(doc2, "Kyo | foundingDate | 0794"));
  /* `founded the town in 1075`, `founded around 1070`, `Founded in 1479,
   * it is` */
  const char *doc3 = "= Bergstad =\n\nInfobox\n- Settlement Type: City\n- Country: Norway\n\nBergstad is a city "
                     "in Norway. King Olav Kyrre founded the town in 1075. Bergstad was founded around 1070.\n";
  cr_expect(claims_have(doc3, "Bergstad | foundingDate | 1075"));
  cr_expect(claims_have(doc3, "Bergstad | foundingDate | 1070~"));
  const char *doc5 = "= Lamu =\n\nInfobox\n- Country: Kenya\n- Founded: 1370\n\n==History==\nThe town of Lamu "
                     "was founded in 1350 by Arab and Persian traders.\n";
  cr_expect(claims_have(doc5, "Lamu | foundingDate | 1350"));
  const char *doc4 = "= Uppsa University =\n\nUppsa University is a university in Sweden. Founded in 1479, it is "
                     "the oldest university in Sweden.\n";
  cr_expect(claims_have(doc4, "Uppsa University | foundingDate | 1479"));
}

/* An army or a fleet named before `died` dies no death: the clause's
 * person does, or nobody. */
Test(claims, units_do_not_die) {
  const char *doc = "= Battle of Somewhere =\n\nThe force was led by Vice Admiral Takeo Takagi and General Lloyd "
                    "Fredendall.\n\nTakagi was later given command of the Sixth Fleet, the navy's submarine force, "
                    "and was killed on Saipan on 6 July 1944. Fredendall was sent back to command the Second Army in "
                    "training, and died in San Diego on 4 October 1963.\n";
  cr_expect(claims_have(doc, "Takeo Takagi | deathDate | 1944-07-06"));
  cr_expect(claims_have(doc, "Lloyd Fredendall | deathDate | 1963-10-04"));
  cr_expect(!claims_have(doc, "Sixth Fleet | deathDate | 1944-07-06"));
  cr_expect(!claims_have(doc, "Second Army | deathDate | 1963-10-04"));
}

/* A relative no name gives dies no one's death: `his father, a goldsmith,
 * died in 1927` is not the mother's named before. */
Test(claims, unnamed_relative_dies) {
  const char *doc = "= Kofi Mensah =\n\nKofi Mensah was a politician. His mother, Elizabeth Nyanibah (c. "
                    "1876–1979), was a retail trader, and his father, a goldsmith, died in 1927.\n";
  cr_expect(claims_have(doc, "Elizabeth Nyanibah | deathDate | 1979"));
  cr_expect(!claims_have(doc, "Elizabeth Nyanibah | deathDate | 1927"));
  cr_expect(!claims_have(doc, "Kofi Mensah | deathDate | 1927"));
}

/* `the 1956 Cannes Film Festival` dates no work called `Festival`; a
 * region of several words goes with the place (`Laranjeiras, Rio de
 * Janeiro`). */
Test(claims, names_not_works_nor_cut) {
  const char *doc = "= Tapan Ray =\n\nTapan Ray was a director. At the 1956 Cannes Film Festival his film won a "
                    "prize. Ray was born in Laranjeiras, Rio de Janeiro.\n";
  cr_expect(!claims_have(doc, "Festival | datePublished | 1956"));
  cr_expect(claims_have(doc, "Tapan Ray | birthPlace | Laranjeiras, Rio de Janeiro"));
}

/* An item of a list of people opens on a person, whatever the name
 * (`- Milan Kundera (1929–2023), novelist`); `Mexican-born` is no birth. */
Test(claims, listed_people) {
  const char *doc = "= Testton =\n\nTestton is a town.\n\n==Notable people==\n- Milan Kundera (1929–2023), "
                    "novelist\n- Kawila (1742–1816), first ruler of the dynasty\n\n==History==\nThe town was "
                    "incorporated in 1877, and John Ochoa (1831–1888), a Mexican-born merchant, had served as "
                    "its mayor in 1875.\n";
  cr_expect(claims_have(doc, "Milan Kundera | birthDate | 1929"));
  cr_expect(claims_have(doc, "Milan Kundera | deathDate | 2023"));
  cr_expect(claims_have(doc, "Kawila | birthDate | 1742"));
  cr_expect(!claims_have(doc, "John Ochoa | birthDate | 1875"));
  cr_expect(claims_have(doc, "John Ochoa | birthDate | 1831"));
}


/* One sentence that says one thing twice gives one claim. */
Test(claims, said_twice_once) {
  const char *doc = "= Testburi =\n\nTestburi is a city.\n\n==Notable people==\n- Thaksin Shinawatra (born 26 "
                    "July 1949), Prime Minister of Thailand 2001–2006, born in San Kamphaeng\n";
  cr_expect_eq(claims_count(doc, "Thaksin Shinawatra | birthDate | 1949-07-26"), 1);
  cr_expect_eq(claims_count(doc, "Thaksin Shinawatra | birthPlace | San Kamphaeng | 1949-07-26"), 1);
}

/* A settlement's population, dated by its year: the infobox's with its
 * `As Of`, the text's in the shapes editors use, a census table's rows;
 * not a metropolitan area's, an ordinal, nor a figure of no year. */
Test(claims, populations) {
  const char *doc = "= Testville =\n\nInfobox\n- Name: Testville\n- Population Total: 67,947\n"
                    "- Population As Of: 2010\n\nTestville is a city. Testville had a population of 14,736 as "
                    "of the 2011 Census. At the 2017 census Testville had 284,630 inhabitants. The 2009 census "
                    "counted 52,453 inhabitants. The population grew from 1,938 in 1910 to 20,520 in 1930. "
                    "With 90,000 people in 2015, it is the 10th-most populous city of the state. The metropolitan "
                    "area had 400,000 inhabitants in 2010. At the 2012 census it had 1,500 inhabitants per square mile.\n\n"
                    "==Demographics==\n- 2000: 62,203\n";
  cr_expect(infobox_has(doc, "Testville | population | 67947 | 2010"));
  cr_expect(claims_have(doc, "Testville | population | 14736 | 2011"));
  cr_expect(claims_have(doc, "Testville | population | 284630 | 2017"));
  cr_expect(claims_have(doc, "Testville | population | 52453 | 2009"));
  cr_expect(claims_have(doc, "Testville | population | 1938 | 1910"));
  cr_expect(claims_have(doc, "Testville | population | 20520 | 1930"));
  cr_expect(claims_have(doc, "Testville | population | 62203 | 2000"));
  cr_expect(!claims_have(doc, "Testville | population | 10 | 2015"));
  cr_expect(!claims_have(doc, "Testville | population | 400000 | 2010"));
  cr_expect(!claims_have(doc, "Testville | population | 1500 | 2012"));
  /* a battle's town is no settlement's article */
  const char *doc2 = "= Battle of Cassino =\n\nThe battle was fought in 1944. In 1944 the town had a population "
                     "of 20,000.\n";
  cr_expect(!claims_have(doc2, "Battle of Cassino | population | 20000 | 1944"));
  /* the settlement had them, with no census named; not a neighbour's */
  const char *doc3 = "= Testala =\n\nInfobox\n- Population Total: 12,000\n\nTestala is a town. As of 1 January "
                     "2024, Testala had 12,345 inhabitants. In 1900 the town had 4,512 inhabitants. In 2020, there "
                     "were 11,900 people living in Testala. In 1950 Uppsala had 40,000 inhabitants.\n";
  cr_expect(claims_have(doc3, "Testala | population | 12345 | 2024"));
  cr_expect(claims_have(doc3, "Testala | population | 4512 | 1900"));
  cr_expect(claims_have(doc3, "Testala | population | 11900 | 2020"));
  cr_expect(!claims_have(doc3, "Testala | population | 40000 | 1950"));
  /* another settlement's count, in the island's article */
  const char *doc4 = "= Saint Helena =\n\nInfobox\n- Population Total: 4,534\n- Population As Of: 2016\n\n"
                     "Saint Helena is an island. Jamestown had a population of 629 at the 2016 census. The "
                     "neighbouring city of Vina del Mar is a separate commune; it had 334,248 inhabitants at the "
                     "2016 census. Saint Helena had a population of 4,534 at the 2016 census. Jamestown, which had "
                     "31,930 residents at the 2016 census, is the port.\n";
  cr_expect(claims_have(doc4, "Saint Helena | population | 4534 | 2016"));
  size_t n = count_of(doc4, AS_FROM_PROSE, "Saint Helena | population |", true);
  cr_expect_eq(n, 1, "%zu populations", n);
  /* a share of the residents */
  const char *doc5 = "= Testala =\n\nInfobox\n- Population Total: 12,000\n\nTestala is a town. Testala had "
                     "12,000 inhabitants at the 2020 census, so that about two in five residents lived in the old "
                     "town, and one out of 3 residents were children.\n";
  n = count_of(doc5, AS_FROM_PROSE, "Testala | population |", true);
  cr_expect_eq(n, 1, "%zu populations", n);
  /* a clause after the count says what part of it lived where; the count
   * it is compared with is of another census */
  const char *doc6 = "= Testala =\n\nInfobox\n- Population Total: 12,000\n\nTestala is a town. At the 2010 "
                     "census Testala had 70,281 inhabitants, of whom about 87 per cent lived in urban areas. At the "
                     "2020 census the town had 463,254 inhabitants, compared with 465,699 at the 2015 census. The "
                     "urban area had 50,000 inhabitants at the 2015 census, up from 45,000 at the 2010 census.\n";
  cr_expect(claims_have(doc6, "Testala | population | 70281 | 2010"));
  cr_expect(claims_have(doc6, "Testala | population | 463254 | 2020"));
  cr_expect(claims_have(doc6, "Testala | population | 465699 | 2015"));
  n = count_of(doc6, AS_FROM_PROSE, "Testala | population |", true);
  cr_expect_eq(n, 3, "%zu populations", n);
  /* a part of the town */
  const char *doc7 = "= Testala =\n\nInfobox\n- Population Total: 12,000\n\nTestala is a town. The old town had "
                     "961 inhabitants at the 2011 census, and the wider urban area about 13,500.\n";
  n = count_of(doc7, AS_FROM_PROSE, "Testala | population |", true);
  cr_expect_eq(n, 0, "%zu populations", n);
  /* a year of another part of the sentence, or the edge of a span told
   * after the count, is not its year */
  const char *doc8 = "= Testala =\n\nInfobox\n- Population Total: 12,000\n\nTestala is a town. At the 2011 "
                     "census the town had a population of 13,594, and the number of residents had changed little "
                     "since 2001. As of the 2020 census the city had a population of 251,084, making it the "
                     "third-largest city in Hokkaido; by 2023 the population was estimated at about 243,000.\n";
  cr_expect(claims_have(doc8, "Testala | population | 13594 | 2011"));
  cr_expect(claims_have(doc8, "Testala | population | 251084 | 2020"));
  cr_expect(claims_have(doc8, "Testala | population | 243000 | 2023"));
  /* the later figure of a series is not of the earlier year; the
   * settlement by its corporate name */
  const char *doc9 = "= Testala =\n\nInfobox\n- Population Total: 12,000\n\nTestala is a town. The population "
                     "grew from about 42,000 in 1897 to more than 110,000 by the late 1980s. The population grew "
                     "from 155,000 in 1939 to more than 230,000 by 1950. At the 2013 census the City of Testala had 93,000 "
                     "inhabitants. At the 2013 census the City of Uppsala had 193,000 inhabitants.\n";
  cr_expect(claims_have(doc9, "Testala | population | 42000 | 1897"));
  cr_expect(!claims_have(doc9, "Testala | population | 110000 | 1897"));
  cr_expect(claims_have(doc9, "Testala | population | 230000 | 1950"));
  cr_expect(claims_have(doc9, "Testala | population | 93000 | 2013"));
  cr_expect(!claims_have(doc9, "Testala | population | 193000 | 2013"));
  /* not the year of a clause of its own */
  const char *doc10 = "= Testala =\n\nInfobox\n- Population Total: 12,000\n\nTestala is a town. With a population "
                      "of about 950,000, Testala is one of the largest cities of the land, and since the opening of "
                      "the port in 2007 it has grown into a freight gateway.\n";
  n = count_of(doc10, AS_FROM_PROSE, "Testala | population |", true);
  cr_expect_eq(n, 0, "%zu populations", n);
}

/* Deaths told at length: a long place phrase before the date, `committed
 * ritual suicide`, `was forced to commit suicide`; not a date of a
 * relative clause (`the illness that had killed his father in 1785`), nor
 * a place of a purpose (`while flying to meet her in New York`). */
Test(claims, death_shapes) {
  const char *doc = "= Battle of Somewhere =\n\nThe battle was fought in 1942. General Merton Smith died of "
                    "diphtheria in a prisoner-of-war camp in Formosa on 11 November 1943. General Yoshi Saito "
                    "committed ritual suicide in a cave on 8 July 1944. Field Marshal Erwin Rommel was forced to "
                    "commit suicide on 14 October 1944. General Carlo Bona died of cancer, the illness that had "
                    "killed his father in 1785. Captain Marcel Cerdan died in a plane crash on 28 October 1949 "
                    "while flying to meet her in New York.\n";
  cr_expect(claims_have(doc, "Merton Smith | deathDate | 1943-11-11"));
  cr_expect(claims_have(doc, "Yoshi Saito | deathDate | 1944-07-08"));
  cr_expect(claims_have(doc, "Erwin Rommel | deathDate | 1944-10-14"));
  cr_expect(!claims_have(doc, "Carlo Bona | deathDate | 1785"));
  cr_expect(claims_have(doc, "Marcel Cerdan | deathDate | 1949-10-28"));
  /* the third verb of a sentence that opens on its subject, a name or a
   * he; a he after a sentence whose person opens its second clause */
  const char *doc8 = "= Battle of Somewhere =\n\nThe battle was fought in 1943. The tank losses were heavy, and "
                     "Pavel Rotmistrov was nearly removed from command. He nevertheless led the army until August "
                     "1944, later became the first officer to hold the rank of Chief Marshal of the Armoured "
                     "Troops, and died in Moscow on 6 April 1981. Takashi Sakai was tried by a military tribunal "
                     "for the massacres and was executed by firing squad in Nanjing on 30 September 1946.\n";
  cr_expect(claims_have(doc8, "Pavel Rotmistrov | deathDate | 1981-04-06"));
  cr_expect(claims_have(doc8, "Pavel Rotmistrov | deathPlace | Moscow | 1981-04-06"));
  cr_expect(claims_have(doc8, "Takashi Sakai | deathDate | 1946-09-30"));
  /* a he after two clauses with a person each: the later clause's */
  const char *doc9 = "= Battle of Somewhere =\n\nThe battle was fought in 1943. Joseph Stalin was angered by "
                     "the losses, and Pavel Rotmistrov was nearly removed from command. He died in Moscow on 6 "
                     "April 1981.\n";
  cr_expect(claims_have(doc9, "Pavel Rotmistrov | deathDate | 1981-04-06"));
  cr_expect(!claims_have(doc9, "Joseph Stalin | deathDate | 1981-04-06"));
  /* a he after a sentence that opens on one person's possessive alone */
  const char *doc10 = "= Battle of Somewhere =\n\nThe battle was fought in 1944. William Halsey commanded the "
                      "fleet. Takeo Kurita led the other fleet. Halsey's decision to go north was criticised for the rest of his life. He died on "
                      "August 16, 1959.\n";
  cr_expect(claims_have(doc10, "William Halsey | deathDate | 1959-08-16"));
  cr_expect(!claims_have(doc, "Marcel Cerdan | deathPlace | New York | 1949-10-28"));
  const char *doc2 = "= Toussaint Breda =\n\nToussaint Breda (1743–1803) was a general. Toussaint Breda was found "
                     "dead in his chair on the morning of 17 April 1803, of pneumonia.\n";
  cr_expect(claims_have(doc2, "Toussaint Breda | deathDate | 1803-04-17"));
  /* `had been killed`; `was shot by a firing squad`, not `was shot by a sniper` */
  const char *doc3 = "= Battle of Somewhere =\n\nThe battle was fought in 1943. On 20 November Rear Admiral Keiji "
                     "Shibasaki had been killed when he left his post. On 30 December 1896, Jose Mercado was shot "
                     "by a firing squad at Bagumbayan. On 2 May 1897, Juan Luna was shot by a sniper at Tondo. "
                     "The plan was to arrest the leaders once Adolf Hitler had been assassinated in the 20 July "
                     "plot.\n";
  cr_expect(claims_have(doc3, "Keiji Shibasaki | deathDate | 1943-11-20"));
  cr_expect(claims_have(doc3, "Jose Mercado | deathDate | 1896-12-30"));
  cr_expect(claims_have(doc3, "Jose Mercado | deathPlace | Bagumbayan | 1896-12-30"));
  cr_expect(!claims_have(doc3, "Juan Luna | deathDate | 1897-05-02"));
  size_t n = count_of(doc3, AS_FROM_PROSE, "Adolf Hitler |", true);
  cr_expect_eq(n, 0, "%zu claims of a condition", n);
}

/* The battle's own dates past a relative clause, and `lasted from D1 to
 * D2`. */
Test(claims, battle_dates_at_length) {
  const char *doc = "= Battle of Peleliu =\n\nThe Battle of Peleliu was fought in 1944.\n\nThe battle, which "
                    "Rupertus had expected to last four days, officially ended on 25 November 1944. The battle "
                    "lasted from 15 September to 27 November 1944.\n";
  cr_expect(claims_have(doc, "Battle of Peleliu | endDate | 1944-11-25"));
  cr_expect(claims_have(doc, "Battle of Peleliu | date | 1944-09-15/1944-11-27"));
  /* a plan is no date of the event */
  const char *doc2 = "= Operation Overlord =\n\nOperation Overlord was to be launched on 5 June 1944, but bad "
                     "weather forced a delay. Operation Rutter was scheduled to begin on 4 July 1942. Operation "
                     "Neptune began on 6 June 1944.\n";
  cr_expect(claims_have(doc2, "Operation Neptune | startDate | 1944-06-06"));
  size_t n = count_of(doc2, AS_FROM_PROSE, "Operation", true);
  cr_expect_eq(n, 1, "%zu claims", n);
  /* `in` a year at the clause's end, past a place phrase; not a year of
   * what the phrase names */
  const char *doc3 = "= Lamu =\n\nLamu is a town. The Battle of Shela was fought on the dunes near the village "
                     "in 1810. The Battle of Testa was fought at the old fort built in 1790.\n";
  cr_expect(claims_have(doc3, "Battle of Shela | date | 1810"));
  cr_expect(!claims_have(doc3, "Battle of Testa | date | 1790"));
}

/* A lead's `..., fought on D` after a phrase that ends on a war dates the
 * battle the sentence opens on, even past a place; a title told apart by
 * brackets is the lead's name; `Battles of X` is an event too. */
Test(claims, lead_dates) {
  const char *doc = "= Battle of Testa Sea =\n\nThe Battle of Testa Sea was a naval battle of the Pacific "
                    "campaign of the Second World War, fought on 27 February 1942.\n";
  cr_expect(claims_have(doc, "Battle of Testa Sea | date | 1942-02-27"));
  cr_expect(!claims_have(doc, "Second World War | date | 1942-02-27"));
  const char *doc2 = "= Battle of Testian =\n\nThe Battle of Testian was a battle of the Pacific campaign of World "
                     "War II, fought on the island of Testian in the Mariana Islands from 24 July until 3 August "
                     "1944.\n";
  cr_expect(claims_have(doc2, "Battle of Testian | date | 1944-07-24/1944-08-03"));
  const char *doc3 = "= Battle of Sedanne (1940) =\n\nThe Battle of Sedanne was fought from 12 to 17 May 1940.\n";
  cr_expect(claims_have(doc3, "Battle of Sedanne (1940) | date | 1940-05-12/1940-05-17"));
  const char *doc4 = "= Battles of Narvika =\n\nThe Battles of Narvika were fought from 9 April to 18 June 1940.\n";
  cr_expect(claims_have(doc4, "Battles of Narvika | date | 1940-04-09/1940-06-18"));
}

/* A marriage's date past an apposition to the spouse, and `The two were
 * married on D` after a sentence that named the spouse. */
Test(claims, marriage_dates) {
  const char *doc = "= Emil Vale =\n\nEmil Vale was a runner. He met Maria Novak in 1948. Maria Novak was a "
                    "javelin thrower. The two were married on 24 October 1949.\n\nVale later married Fathia Rizk, "
                    "an Egyptian woman whom he had never met before their wedding, in Accra on 30 December 1957.\n";
  cr_expect(claims_have(doc, "Emil Vale | spouse | Maria Novak | 1949-10-24"));
  cr_expect(claims_have(doc, "Emil Vale | spouse | Fathia Rizk | 1957-12-30"));
  /* past the spouse's own dates */
  const char *doc1 = "= Michael Faraday =\n\nMichael Faraday was a chemist. Faraday married Sarah Barnard "
                     "(1800–1879) on 12 June 1821.\n";
  cr_expect(claims_have(doc1, "Michael Faraday | spouse | Sarah Barnard | 1821-06-12"));
  /* `she and Putnam were married`, dated before; a he after a sentence
   * that named nobody is the biography's subject */
  const char *doc2 = "= Amelia Hart =\n\nAmelia Hart (1897–1937) was an aviator. She flew.\n\nOn February 7, "
                     "1931, she and George Putnam were married in Noank.\n";
  cr_expect(claims_have(doc2, "Amelia Hart | spouse | George Putnam | 1931-02-07"));
  const char *doc3 = "= Jan Sibel =\n\nJan Sibel (1865–1957) was a composer. He wrote music.\n\n== Marriage "
                     "==\nKullervo was "
                     "first performed in Helsinki on 28 April 1892. On 10 June 1893 he married Aino Jarnefelt at "
                     "Maxmo.\n";
  cr_expect(claims_have(doc3, "Jan Sibel | spouse | Aino Jarnefelt | 1893-06-10"));
  /* the date past where, with the commas of the place's names */
  const char *doc4 = "= Charles Parnell =\n\nCharles Parnell (1846–1891) was a politician.\n\nParnell and "
                     "Katharine O'Shea were married at the register office in Steyning, Sussex, on 25 June 1891.\n";
  cr_expect(claims_have(doc4, "Charles Parnell | spouse | Katharine O'Shea | 1891-06-25"));
}

/* An infobox spouse is dated by the year the marriage began, however the
 * infobox writes it; a note that is no year dates nothing. */
Test(claims, spouse_years) {
  const char *doc = "= Ann Lee =\n\nInfobox\n- Name: Ann Lee\n"
                    "- Spouse: Tom Cole, (1994–2002), Jim Hart (m. 1952; div. 1956), Max Roe (m. 2007), "
                    "Ned Fox (disputed)\n\nAnn Lee was a writer.\n";
  cr_expect(infobox_has(doc, "Ann Lee | spouse | Tom Cole | 1994"));
  cr_expect(infobox_has(doc, "Ann Lee | spouse | Jim Hart | 1952"));
  cr_expect(infobox_has(doc, "Ann Lee | spouse | Max Roe | 2007"));
  cr_expect(infobox_has(doc, "Ann Lee | spouse | Ned Fox"));
}

/* A work's year: `T, published in D`, `..., T, was published in D`, `her
 * novel T was published in D`, `her second novel, T (2006)`, and an item
 * of a list of works `- T (1892)`; not a list of other things, nor an
 * item that names several works. */
Test(claims, publications) {
  const char *doc = "= Ada Obi =\n\nAda Obi is a writer. Her second novel, Dark Water (2006), is set in Lagos. "
                    "Half of a Yellow Sun, published in 2007 by Fourth Estate, was filmed. His account of the "
                    "journey, Paa ski over Grønland, was published in 1890. Her novel Red Earth was published "
                    "on 14 May 2013.\n\nHer works include:\n- On Skis Across the Ice (1892)\n- Kullervo, Op. 7 (1892)\n- Symphony No. 5 in E-flat major, Op. 82 (1915)\n- Films, e.g., "
                    "Battleground (1949), and Attack (1956)\n\n== Battles ==\n- Battle of Lagos (1967)\n";
  cr_expect(claims_have(doc, "Dark Water | datePublished | 2006"));
  cr_expect(claims_have(doc, "Half of a Yellow Sun | datePublished | 2007"));
  cr_expect(claims_have(doc, "Paa ski over Grønland | datePublished | 1890"));
  cr_expect(claims_have(doc, "Red Earth | datePublished | 2013-05-14"));
  cr_expect(claims_have(doc, "On Skis Across the Ice | datePublished | 1892"));
  cr_expect(claims_have(doc, "Kullervo | datePublished | 1892"));
  cr_expect(claims_have(doc, "Symphony No. 5 in E-flat major | datePublished | 1915"));
  cr_expect(!claims_have(doc, "Battle of Lagos | datePublished | 1967"));
  cr_expect(!claims_have(doc, "Attack | datePublished | 1956"));
  cr_expect(!claims_have(doc, "Films, e.g., Battleground (1949), and Attack | datePublished | 1956"));
  /* past where and by whom it was published */
  const char *doc2 = "= Ada Obi =\n\nAda Obi is a writer. Her book Principles of Chemistry was published in New "
                     "York in 1922. Her second book, The Atom, was published by Macmillan in 1925. Half Lives, "
                     "published in Boston, Massachusetts in 1930, sold well. Her poems were published in Lagos, "
                     "where she lived in 1940.\n";
  cr_expect(claims_have(doc2, "Principles of Chemistry | datePublished | 1922"));
  cr_expect(claims_have(doc2, "The Atom | datePublished | 1925"));
  cr_expect(claims_have(doc2, "Half Lives | datePublished | 1930"));
  size_t n = count_of(doc2, AS_FROM_PROSE, "", true);
  cr_expect_eq(n, 3, "%zu claims", n);
}

/* Offices given without `as`: `was elected a Fellow of the Royal
 * Society on D`, `was appointed professor of chemistry in 1904`; not
 * `was named after`, nor a lower-case word that is no office. */
Test(claims, roles_without_as) {
  const char *doc = "= Harold Testby =\n\nHarold Testby (3 March 1870 – 14 May 1940) was an English chemist. "
                    "He was elected a Fellow of the Royal Society on 5 May 1910. He was appointed professor of "
                    "chemistry at Leeds in 1904. He was named after his grandfather in 1870. He was elected "
                    "unopposed in 1920.\n";
  cr_expect(claims_have(doc, "Harold Testby | role | fellow of the royal society | 1910-05-05"));
  cr_expect(claims_have(doc, "Harold Testby | role | professor of chemistry | 1904"));
  size_t n = count_of(doc, AS_FROM_PROSE, "Harold Testby | role |", true);
  cr_expect_eq(n, 2, "%zu roles", n);
  /* `for` a name goes on the office; `returned as`; a date past a by-election */
  const char *doc2 = "= Charles Parnell =\n\nCharles Parnell (1846–1891) was a politician. After a contest in "
                     "County Dublin in March 1874, he was returned as Member of Parliament for Meath at a "
                     "by-election in April 1874. He was elected Member of Parliament for Cork City in April 1880. "
                     "He was appointed commander of the Irish Volunteers in 1885. He was elected president for "
                     "life in 1886.\n";
  cr_expect(claims_have(doc2, "Charles Parnell | role | member of parliament for meath | 1874-04"));
  cr_expect(claims_have(doc2, "Charles Parnell | role | member of parliament for cork city | 1880-04"));
  cr_expect(claims_have(doc2, "Charles Parnell | role | commander of the irish volunteers | 1885"));
  cr_expect(claims_have(doc2, "Charles Parnell | role | president | 1886"));
}

/* A surname alone in a biography is its subject's, though longer names
 * hold the title too (a daughter named after her, a building). */
Test(claims, surname_of_the_subject) {
  const char *doc = "= Ida B. Wells =\n\nIda B. Wells (July 16, 1862 – March 25, 1931) was a journalist.\n\n"
                    "On June 27, 1896, Wells married Ferdinand L. Barnett, a lawyer. Their children included Ida B. "
                    "Wells Barnett Jr. (1901–1988).\n\nThe Ida B. Wells Homes were named after her in 1941.\n";
  cr_expect(claims_have(doc, "Ida B. Wells | spouse | Ferdinand L. Barnett | 1896-06-27"));
}

/* `Termstart` and `Term Start2` are one property (values.txt: a year in it is a date). */
Test(claims, term_keys) {
  const char *doc = "= Ann Testa =\n\nInfobox\n- Name: Ann Testa\n- Office: Mayor of Testville\n- Termstart: "
                    "1892\n- Office2: Governor of Testland\n- Term Start2: 1901\n\nAnn Testa (1850–1920) was a "
                    "politician.\n";
  cr_expect(infobox_has(doc, "Ann Testa | termStart | 1892"));
  size_t n = count_of(doc, AS_FROM_INFOBOX, "Ann Testa | termStart | 1901 |", true); /* of record 2 */
  cr_expect_eq(n, 1, "%zu claims", n);
}

/* `Notable Works: Purple Hibiscus (2003)`: the work's year; an award's is
 * no work's. */
Test(claims, boxed_works) {
  const char *doc = "= Ada Obi =\n\nInfobox\n- Name: Ada Obi\n- Notable Works: Purple Hibiscus (2003), Americanah "
                    "(2013)\n- Awards: Orange Prize for Fiction (2007)\n\nAda Obi is a writer.\n";
  cr_expect(infobox_has(doc, "Purple Hibiscus | datePublished | 2003"));
  cr_expect(infobox_has(doc, "Americanah | datePublished | 2013"));
  cr_expect(!infobox_has(doc, "Orange Prize for Fiction | datePublished | 2007"));
}

/* A given name of the list written with other marks (`Antônio` for
 * `Antonio`, `Zoë` for `Zoe`) still makes a person. */
Test(claims, given_names_with_other_marks) {
  const char *doc = "= Ouro Preto =\n\nOuro Preto is a city. Its most famous artist was the sculptor Antônio "
                    "Francisco Lisboa (1738–1814), the son of an architect.\n";
  cr_expect(claims_have(doc, "Antônio Francisco Lisboa | birthDate | 1738"));
  cr_expect(claims_have(doc, "Antônio Francisco Lisboa | deathDate | 1814"));
}

/* A life's span after a name's suffix and its full stop. */
Test(claims, life_span_after_suffix) {
  const char *doc = "= Battle of Somewhere =\n\nThe battle was fought in 1944. Admiral William Halsey Jr. "
                    "(1882–1959) commanded the Third Fleet.\n";
  cr_expect(claims_have(doc, "William Halsey Jr | birthDate | 1882"));
  cr_expect(claims_have(doc, "William Halsey Jr | deathDate | 1959"));
}

/* `became Prime Minister on D`, `was sworn in as X on D`, `took office as
 * X on D`: a role, and the start of the term of the infobox's office of
 * that name (the one of that year, when it is listed several times); an
 * election starts no term. */
Test(claims, term_starts) {
  const char *doc = "= Alfred Deakin =\n\nInfobox\n- Name: Alfred Deakin\n- Office: Prime Minister of Australia\n"
                    "- Term Start: 24 September 1903\n- Office2: Prime Minister of Australia\n"
                    "- Term Start2: 5 July 1905\n- Office3: Attorney-General of Australia\n"
                    "- Term Start3: 1 January 1901\n\nAlfred Deakin was a politician. Deakin became Prime Minister "
                    "on 24 October 1903. He was sworn in as Attorney-General on 1 January 1901. He took office as "
                    "Prime Minister on 5 July 1905. He was elected Prime Minister on 1 June 1908. He became "
                    "Prime Minister on 2 June 1909.\n";
  cr_expect(claims_have(doc, "Alfred Deakin | role | prime minister | 1903-10-24"));
  cr_expect(claims_have(doc, "Alfred Deakin | termStart | 1903-10-24"));
  cr_expect(claims_have(doc, "Alfred Deakin | termStart | 1901-01-01 |  | Term Start 3"));
  cr_expect(claims_have(doc, "Alfred Deakin | termStart | 1905-07-05 |  | Term Start 2"));
  size_t n = count_of(doc, AS_FROM_PROSE, "Alfred Deakin | termStart |", true);
  cr_expect_eq(n, 3, "%zu term starts", n);
}

/* An age at death: `, aged 47`, `at the age of sixty-two`, `At the age of
 * 47, he died`, and the infobox's `(aged 51)`; not a span of ages, an
 * infant's months, nor an age of another clause. */
Test(claims, death_ages) {
  const char *doc = "= John Smith =\n\nInfobox\n- Name: John Smith\n- Death Date: 14 May 1901 (aged 51)\n\n"
                    "John Smith was an engineer. Smith died in London on 14 May 1901, aged 47. His brother Tom "
                    "Smith died at the age of sixty-two in 1910. At the age of 70, Anne Smith died in Leeds. "
                    "Mary Smith died at the age of 3 months. Boys aged 15 to 17 were drafted. Paul Smith died "
                    "in 1920, and his son, aged 12, inherited the farm.\n";
  cr_expect(infobox_has(doc, "John Smith | deathAge | 51 | 1901-05-14"));
  cr_expect(claims_have(doc, "John Smith | deathAge | 47 | 1901-05-14"));
  cr_expect(claims_have(doc, "Tom Smith | deathAge | 62 | 1910"));
  cr_expect(claims_have(doc, "Anne Smith | deathAge | 70"));
  cr_expect_eq(count_of(doc, AS_FROM_PROSE, "Mary Smith | deathAge", true), 0);
  cr_expect_eq(count_of(doc, AS_FROM_PROSE, "Paul Smith | deathAge", true), 0);
  cr_expect_eq(count_of(doc, AS_FROM_PROSE, "John Smith | deathAge", true), 1);
  const char *doc2 = "= Anton Chekhov =\n\nAnton Chekhov was a writer. Chekhov died there on 15 July 1904, in "
                     "the Hotel Sommer, after drinking a glass of champagne; he was 44 years old.\n";
  cr_expect(claims_have(doc2, "Anton Chekhov | deathAge | 44 | 1904-07-15"));
}

/* `travelled with Olga to the German spa town of Badenweiler ... He died
 * there`: the there is where the sentence before went; not a there after
 * a paragraph's end, nor two sentences on. */
Test(claims, died_there) {
  const char *doc = "= Anton Chekhov =\n\nAnton Chekhov was a writer. In May 1904 Chekhov, terminally ill, "
                    "travelled with Olga Knipper to the German spa town of Badenweiler in the Black Forest. He died "
                    "there on 15 July 1904, in the Hotel Sommer.\n\nIn 1890 Chekhov travelled to Sakhalin.\n\n"
                    "His brother Nikolai Chekhov died there in 1889.\n";
  cr_expect(claims_have(doc, "Anton Chekhov | destination | Badenweiler | 1904-05"));
  cr_expect(claims_have(doc, "Anton Chekhov | deathPlace | Badenweiler | 1904-07-15"));
  cr_expect(!claims_have(doc, "Anton Chekhov | deathPlace | Hotel Sommer | 1904-07-15"));
  cr_expect_eq(count_of(doc, AS_FROM_PROSE, "Nikolai Chekhov | deathPlace", true), 0);
}

/* `The explorer David Livingstone ... . When he died`, `The rock singer
 * Freddie Mercury was born ... . He died`: a name after a descriptor
 * opens the sentence, so it is the he of the next. */
Test(claims, subject_after_descriptor) {
  const char *doc = "= Zanzibar =\n\nZanzibar is a city. The explorer David Livingstone (1813–1873) stayed in the "
                    "town in early 1866. When he died at Chitambo on 1 May 1873, his followers carried his body to "
                    "the coast.\n\nThe rock singer Freddie Mercury was born in Stone Town on 5 September 1946. The "
                    "family left for England in 1964. He died at his home in Kensington, London, on 24 November "
                    "1991.\n\nThe house of Tippu Tip was built in 1870. He died in 1905.\n";
  cr_expect(claims_have(doc, "David Livingstone | deathDate | 1873-05-01"));
  cr_expect(claims_have(doc, "Freddie Mercury | deathPlace | Kensington, London | 1991-11-24"));
  cr_expect(!claims_have(doc, "Tippu Tip | deathDate | 1905"));
}

/* What somebody claimed or believed is no birth: `she believed, and later
 * claimed, that she had been born on 14 July`. */
Test(claims, reported_births) {
  const char *doc = "= Emmeline Pankhurst =\n\nEmmeline Pankhurst was born on 15 July 1858 in Moss Side. Although "
                    "her birth certificate says otherwise, she believed, and later claimed, that she had been born "
                    "on 14 July. Her brother Walter Goulden was born on 3 May 1860.\n";
  cr_expect(claims_have(doc, "Emmeline Pankhurst | birthDate | 1858-07-15"));
  cr_expect_eq(count_of(doc, AS_FROM_PROSE, "Emmeline Pankhurst | birthDate | 1858-07-14", false), 0);
  cr_expect(claims_have(doc, "Walter Goulden | birthDate | 1860-05-03"));
}

/* A `to` after `from a mission` is the mission's, not the journey's; a
 * direction after `from` is passed (`advanced from the east towards`). */
Test(claims, journeys_from) {
  const char *doc = "= Simón Bolívar =\n\nSimón Bolívar was a soldier. His brother Juan Vicente Bolívar had "
                    "drowned in 1811, returning from a mission to the United States. The 44th Rifle Division had "
                    "advanced from the east towards Suomussalmi.\n";
  cr_expect_eq(count_of(doc, AS_FROM_PROSE, "Juan Vicente Bolívar | returnedTo", true), 0);
  cr_expect(claims_have(doc, "44th Rifle Division | marchedTo | Suomussalmi"));
}

/* `Only 261 Japanese were taken prisoner`: a weighed figure still opens
 * its clause, the sentence's or one after a semicolon or a comma. */
Test(claims, weighed_losses) {
  const char *doc = "= Battle of Somewhere =\n\nInfobox\n- Conflict: Battle of Somewhere\n"
                    "- Combatant1: United States\n- Combatant2: Empire of Japan\n\n"
                    "Only 261 Japanese were taken prisoner during the battle. Just 40 Americans were captured. "
                    "The garrison fought to the last man; only 212 Japanese were wounded. The Americans had "
                    "many losses, in all 300 Americans were wounded. The only 9 Americans were missing.\n";
  cr_expect(claims_have(doc, "Battle of Somewhere | casualties | 261 captured |  | side 2"));
  cr_expect(claims_have(doc, "Battle of Somewhere | casualties | 40 captured |  | side 1"));
  /* (after a semicolon or a comma, too; not after `the`) */
  cr_expect(claims_have(doc, "Battle of Somewhere | casualties | 212 wounded |  | side 2"));
  cr_expect(claims_have(doc, "Battle of Somewhere | casualties | 300 wounded |  | side 1"));
  cr_expect_eq(count_of(doc, AS_FROM_PROSE, "Battle of Somewhere | casualties | 9 missing", true), 0);
}

/* A surname two people share, then `himself`: the man's (`his wife, Lady
 * Jane Franklin (1791–1875) ... Franklin himself died`). */
Test(claims, shared_surname_by_sex) {
  const char *doc = "= Hobart =\n\nHobart is a city. Sir John Franklin was Lieutenant-Governor from 1837. He and "
                    "his wife, Lady Jane Franklin (1791–1875), founded a botanical society. Franklin himself died "
                    "on 11 June 1847, during his last expedition.\n";
  cr_expect(claims_have(doc, "John Franklin | deathDate | 1847-06-11"));
  cr_expect_eq(count_of(doc, AS_FROM_PROSE, "Jane Franklin | deathDate | 1847-06-11", false), 0);
}

/* `Livingstone, born in 1810, died at Chitambo`: the place is the death's
 * only. */
Test(claims, birth_apposition_then_death) {
  const char *doc = "= Zanzibar =\n\nZanzibar is a city. David Livingstone, born in 1810, died at Chitambo on 1 "
                    "May 1873.\n";
  cr_expect(claims_have(doc, "David Livingstone | deathPlace | Chitambo | 1873-05-01"));
  cr_expect(claims_have(doc, "David Livingstone | birthDate | 1810"));
  cr_expect_eq(count_of(doc, AS_FROM_PROSE, "David Livingstone | birthPlace", true), 0);
}

/* `Birth Name: Emmeline Goulden`: the prose's `Emmeline Goulden was born`
 * is the subject's birth; her father's surname alone is not. */
Test(claims, birth_name_is_the_subject) {
  const char *doc = "= Emmeline Pankhurst =\n\nInfobox\n- Name: Emmeline Pankhurst\n- Birth Name: Emmeline Goulden\n"
                    "- Birth Date: 15 July 1858\n\nEmmeline Goulden was born on 15 July 1857 in Moss Side. Her "
                    "father, Robert Goulden, was born in 1830.\n";
  cr_expect(claims_have(doc, "Emmeline Pankhurst | birthDate | 1857-07-15"));
  cr_expect(claims_have(doc, "Robert Goulden | birthDate | 1830"));
}

/* The subject's given names alone, in a list of a family's children, are
 * hers (`Emily Elizabeth`, of `Emily Elizabeth Dickinson`, by her birth
 * name or by the lead); a sibling's are not. */
Test(claims, given_names_of_the_subject_in_a_list) {
  const char *doc = "= Emily Dickinson =\n\nInfobox\n- Birth Name: Emily Elizabeth Dickinson\n- Death Date: May 15, "
                    "1886\n\nEmily Dickinson was an American poet. Edward Dickinson had three children:\n- William "
                    "Austin (1829–1895)\n- Emily Elizabeth (1830–1887)\n- Lavinia Norcross (1833–1899)\n";
  cr_expect(claims_have(doc, "Emily Dickinson | deathDate | 1887"));
  cr_expect(claims_have(doc, "William Austin | deathDate | 1895"));
  const char *lead = "= Emily Dickinson =\n\nEmily Elizabeth Dickinson (December 10, 1830 – May 15, 1886) was an "
                     "American poet. Edward Dickinson had three children:\n- William Austin (1829–1895)\n- Emily "
                     "Elizabeth (1830–1887)\n";
  cr_expect(claims_have(lead, "Emily Dickinson | deathDate | 1887"));
  cr_expect(!claims_have(lead, "Emily Elizabeth | deathDate | 1887"));
}

/* A dated deed of a person named right before its verb: `In 1969
 * Mutaguchi circulated a pamphlet`, `On 13 April, Bonte ordered`; not a
 * date in what was written (`wrote that from 9 to 16 September`), a
 * participle (`a profile of X published by GQ in 2000`) or a passive. */
Test(claims, deeds) {
  const char *doc = "= Battle of Imphal =\n\nThe battle was fought in 1944. In 1969 Renya Mutaguchi circulated a "
                    "pamphlet. On 13 April 1944, William Slim ordered the division to hold. In his 1999 thesis, "
                    "Howard Christie wrote that from 9 to 16 September the army lost 120 men. A profile of Geoffrey "
                    "Scoones published by GQ in 2000 was praised. Frank Messervy was ordered to attack on 4 May "
                    "1944.\n";
  cr_expect(claims_have(doc, "Renya Mutaguchi | act | circulated | 1969"));
  cr_expect(claims_have(doc, "William Slim | act | ordered | 1944-04-13"));
  cr_expect_eq(count_of(doc, AS_FROM_PROSE, "Howard Christie | act", true),
               count_of(doc, AS_FROM_PROSE, "Howard Christie | act | wrote | 1999", false));
  cr_expect_eq(count_of(doc, AS_FROM_PROSE, "Geoffrey Scoones | act", true), 0);
  cr_expect_eq(count_of(doc, AS_FROM_PROSE, "Frank Messervy | act", true), 0);
}

/* In James Cook's article, his namesake father's life span (`the son of
 * James Cook (1694–1779)`) and a child named by a given name alone (`six
 * children: James (1763–1794)`) are not his; the news of a death reaching
 * a place is dated, not the death. */
Test(claims, namesakes_and_news) {
  const char *doc = "= James Cook =\n\nInfobox\n- Name: James Cook\n- Birth Date: 7 November 1728\n"
                    "- Death Date: 14 February 1779\n\n"
                    "James Cook was born on 7 November 1728. He was the son of James Cook (1694–1779), a farm "
                    "labourer. The couple had six children: James (1763–1794) and Hugh (1776–1793). James Cook was "
                    "killed in Hawaii on 14 February 1779. A letter brought the news of Cook's death to London in "
                    "January 1780. After Cook's death in 1779 Clerke took command.\n";
  cr_expect_eq(count_of(doc, AS_FROM_PROSE, "James Cook | birthDate", true), 1);
  cr_expect_eq(count_of(doc, AS_FROM_PROSE, "James Cook | deathDate", true), 2);
  cr_expect(claims_have(doc, "James Cook | deathDate | 1779-02-14"));
  cr_expect(claims_have(doc, "James Cook | deathDate | 1779"));
  cr_expect(!claims_have(doc, "James Cook | deathDate | 1780-01"));
  cr_expect(!claims_have(doc, "James Cook | deathDate | 1794"));
}

/* The lead's full name with a double surname is the title's person
 * (`Marie Salomea Skłodowska-Curie` in `Marie Curie`), infobox or not. */
Test(claims, lead_name_with_a_double_surname) {
  const char *doc = "= Marie Curie =\n\nInfobox\n- Death Date: 4 July 1934\n\n"
                    "Marie Salomea Skłodowska-Curie (7 November 1867 – 4 July 1934) was a physicist. She "
                    "married Pierre Curie in 1895. Pierre Curie and Jacques Curie were brothers. In 1910 Curie "
                    "published her Traité de radioactivité.\n";
  cr_expect(claims_have(doc, "Marie Curie | birthDate | 1867-11-07"));
  cr_expect(claims_have(doc, "Marie Curie | deathDate | 1934-07-04"));
  /* a surname alone in her biography is hers */
  cr_expect(claims_have(doc, "Marie Curie | act | published | 1910"));
}

Test(claims, brother_named_by_a_middle_name_of_the_lead) {
  const char *doc = "= Alexander von Humboldt =\n\nInfobox\n- Birth Date: 14 September 1769\n\n"
                    "Friedrich Wilhelm Heinrich Alexander von Humboldt was a Prussian naturalist. His brother "
                    "Wilhelm, born in Potsdam on 22 June 1767, was two years older. Wilhelm von Humboldt died at "
                    "Tegel on 8 April 1835. Alexander von Humboldt died in Berlin on 6 May 1859.\n";
  cr_expect(claims_have(doc, "Alexander von Humboldt | deathDate | 1859-05-06"));
  /* `Wilhelm` is a middle name of the lead's, not what the subject is
   * called: his brother's */
  cr_expect(!claims_have(doc, "Alexander von Humboldt | birthDate | 1767-06-22"));
  cr_expect(!claims_have(doc, "Alexander von Humboldt | deathDate | 1835-04-08"));
  cr_expect(claims_have(doc, "Wilhelm von Humboldt | deathDate | 1835-04-08"));
}

/* A caption's commas set off appositions (one value); a semicolon
 * separates the items of a list as a comma does, so the nation after it
 * heads the losses after it. */
Test(claims, captions_and_semicolons) {
  const char *doc = "= Stavanger =\n\nInfobox\n- Image Caption: Vågen, the old harbour, with Gamle Stavanger on "
                    "the left\n\nStavanger is a city in Norway.\n";
  cr_expect(infobox_has(doc, "Stavanger | captionImage | Vågen, the old harbour, with Gamle Stavanger on the left"));
  cr_expect(!infobox_has(doc, "Stavanger | captionImage | Vågen"));
  const char *doc2 = "= Battle of Buna–Gona =\n\nInfobox\n- Conflict: Battle of Buna–Gona\n- Combatant1: Australia, "
                     "United States\n- Combatant2: Empire of Japan\n- Casualties1: Australia: 1,200 killed, 2,200 "
                     "wounded; United States: 930 killed, 1,900 wounded\n\nIn all, 2,200 Australians were wounded.\n";
  cr_expect(infobox_has(doc2, "Battle of Buna–Gona | casualties | 2,200 wounded |  | side 1 | Australia"));
  cr_expect(infobox_has(doc2, "Battle of Buna–Gona | casualties | 930 killed |  | side 1 | United States"));
}

/* A century, or a year before the common era, in an infobox is a date
 * (`5th century` 04XX, `c. 1100 BC` -1099~), so it is the founding a
 * founded-in of the text is held to; a value that only holds one is text. */
Test(claims, boxed_century_and_bc) {
  const char *doc = "= Tbilisi =\n\nInfobox\n- Established Title: Founded\n- Established Date: 5th century\n\n"
                    "Tbilisi was founded in 1122.\n";
  cr_expect(infobox_has(doc, "Tbilisi | foundingDate | 04XX"));
  const char *doc2 = "= Cádiz =\n\nInfobox\n- Founded: c. 1100 BC\n- Motto: Hercules 1100 BC founder\n\n"
                     "Cádiz was founded in 800 BC.\n";
  cr_expect(infobox_has(doc2, "Cádiz | foundingDate | -1099~"));
  cr_expect(infobox_has(doc2, "Cádiz | motto | Hercules 1100 BC founder"));
  const char *doc3 = "= Rome =\n\nInfobox\n- Founded: the 8th century BC\n\nText.\n";
  cr_expect(infobox_has(doc3, "Rome | foundingDate | -07XX"));
}

/* `Established Title: Founded (as Villa de Antequera)`: the date is the
 * founding's, which the text's `founded in` is held to; a title after a
 * name in any list is the name's (`Named For: George Montagu-Dunk, 2nd
 * Earl of Halifax` is one person), not in a list of works (`The Ugly
 * Duckling, The Snow Queen`). */
Test(claims, founding_title_and_namesake_titles) {
  const char *doc = "= Oaxaca City =\n\nInfobox\n- Established Title: Founded (as Villa de Antequera)\n- Established "
                    "Date: 1529\n- Named For: George Montagu-Dunk, 2nd Earl of Halifax\n- Notable Works: The Ugly "
                    "Duckling, The Snow Queen\n\nOaxaca City was founded as the Villa de Antequera in 1521.\n";
  cr_expect(infobox_has(doc, "Oaxaca City | foundingDate | 1529"));
  cr_expect(infobox_has(doc, "Oaxaca City | namedFor | George Montagu-Dunk, 2nd Earl of Halifax"));
  cr_expect(infobox_has(doc, "Oaxaca City | notableWorks | The Snow Queen"));
  cr_expect(claims_have(doc, "Oaxaca City | foundingDate | 1521"));
}

/* A list the paragraph before introduces as the subject's children names
 * children: `Thomas "Tad" Lincoln (1853–1871)` is not his grandfather
 * `Thomas Lincoln, the president's father`, whom the infobox lists as a
 * parent; a list of the family's children may hold the subject. */
Test(claims, a_list_of_children_and_a_grandfather_of_one_name) {
  const char *doc = "= Abraham Lincoln =\n\nInfobox\n- Parents: Thomas Lincoln, Nancy Hanks\n\nAbraham Lincoln "
                    "(February 12, 1809 – April 15, 1865) was a lawyer. They had four sons:\n- Robert Todd Lincoln "
                    "(1843–1926)\n- Thomas \"Tad\" Lincoln (1853–1871)\n\nThomas Lincoln, the president's father, "
                    "had died in Coles County, Illinois, on January 17, 1851.\n";
  cr_expect(claims_have(doc, "Thomas \"Tad\" Lincoln | deathDate | 1871"));
  cr_expect(claims_have(doc, "Thomas Lincoln | deathDate | 1851-01-17"));
  cr_expect(!claims_have(doc, "Thomas \"Tad\" Lincoln | deathDate | 1851-01-17"));
}

/* Losses counted in words are losses (`three airmen killed`); `British`
 * names the United Kingdom or the UK, never the Kingdom of Italy. */
Test(claims, losses_in_words_and_the_british) {
  const char *doc = "= Battle of Taranto =\n\nInfobox\n- Conflict: Battle of Taranto\n- Combatant1: UK\n"
                    "- Combatant2: Kingdom of Italy\n- Casualties1: 2 killed\n- Casualties2: 59 killed\n\n"
                    "British losses amounted to three airmen killed, together with two aircraft.\n";
  cr_expect(claims_have(doc, "Battle of Taranto | casualties | 3 killed |  | side 1"));
  cr_expect(!claims_have(doc, "Battle of Taranto | casualties | 3 killed |  | side 2"));
  const char *kingdom = "= Battle of Taranto =\n\nInfobox\n- Conflict: Battle of Taranto\n- Combatant1: United "
                        "Kingdom\n- Combatant2: Kingdom of Italy\n- Casualties1: 2 killed\n\nBritish losses were 3 "
                        "killed.\n";
  cr_expect(claims_have(kingdom, "Battle of Taranto | casualties | 3 killed |  | side 1"));
}

/* Materiel counted in words is no loss of a side's (`The Germans lost
 * four tanks to the Polish 2nd Artillery Battalion`: often a part). */
Test(claims, materiel_in_words_is_no_loss) {
  const char *doc = "= Battle of Mokra =\n\nInfobox\n- Conflict: Battle of Mokra\n- Combatant1: Germany\n"
                    "- Combatant2: Poland\n- Casualties1: 800 killed, 50 tanks\n\nThe Germans lost four tanks to "
                    "the Polish 2nd Artillery Battalion. The Germans suffered four hundred killed.\n";
  cr_expect(!claims_have(doc, "Battle of Mokra | casualties | 4 tanks |  | side 1"));
  cr_expect(claims_have(doc, "Battle of Mokra | casualties | 400 killed |  | side 1"));
}

/* `Children: 13, including Tatyana, Ilya`: the count is no child; `Piano
 * Concerto in A minor, Op. 7`: a catalogue number is the work's. */
Test(claims, a_count_of_children_and_an_opus_number) {
  const char *doc = "= Clara Schumann =\n\nInfobox\n- Children: 8, including Marie, Felix\n- Notable Works: Piano "
                    "Concerto in A minor, Op. 7; Piano Trio in G minor, Op. 17\n\nText.\n";
  cr_expect(infobox_has(doc, "Clara Schumann | children | Marie"));
  cr_expect(!infobox_has(doc, "Clara Schumann | children | 8"));
  cr_expect(infobox_has(doc, "Clara Schumann | notableWorks | Piano Concerto in A minor, Op. 7"));
  cr_expect(!infobox_has(doc, "Clara Schumann | notableWorks | Op. 17"));
  /* a serial comma's last item: `and` is no part of the name */
  const char *doc2 = "= Alexander Hamilton =\n\nInfobox\n- Children: Philip, James, and John\n\nText.\n";
  cr_expect(infobox_has(doc2, "Alexander Hamilton | children | John"));
  cr_expect(!infobox_has(doc2, "Alexander Hamilton | children | and John"));
}

/* `Name: Nzinga Mbande` in the article `Nzinga of Ndongo and Matamba`:
 * the lead that opens on the infobox's name is about the subject, whose
 * infobox its claims are held to; `Gertrude Bell, CBE (14 July 1868 – …)`:
 * the letters of an honour do not hide the life's span. */
Test(claims, the_infobox_name_and_honours_in_the_lead) {
  const char *doc = "= Nzinga of Ndongo and Matamba =\n\nInfobox\n- Name: Nzinga Mbande\n- Death Date: 17 December "
                    "1663\n\nNzinga Mbande (c. 1583 – 17 December 1664) was a Southwest African ruler.\n";
  cr_expect(claims_have(doc, "Nzinga of Ndongo and Matamba | deathDate | 1664-12-17"));
  /* (and the longer name it is also known by, which holds it) */
  const char *doc1 = "= Nzinga of Ndongo and Matamba =\n\nInfobox\n- Name: Nzinga Mbande\n- Birth Date: c. 1583\n\n"
                     "Nzinga Mbande (c. 1583 – 17 December 1663), also known as Ana de Sousa Nzinga Mbande, was a "
                     "ruler.\n\nAs a favoured child of her father, Nzinga was allowed to watch him govern. In 1641 "
                     "Nzinga sent an embassy to Brazil.\n";
  cr_expect(claims_have(doc1, "Nzinga of Ndongo and Matamba | act | sent | 1641"));
  const char *doc2 = "= Gertrude Bell =\n\nGertrude Margaret Lowthian Bell, CBE (14 July 1868 – 12 July 1926) was "
                     "an English writer.\n";
  cr_expect(claims_have(doc2, "Gertrude Bell | birthDate | 1868-07-14"));
  cr_expect(claims_have(doc2, "Gertrude Bell | deathDate | 1926-07-12"));
}

/* `Population Total: about 16,000`: a population, about that number,
 * of the infobox's year. */
Test(claims, an_infobox_population_about_a_number) {
  const char *doc = "= Stone Town =\n\nInfobox\n- Population Total: about 16,000\n- Population As Of: 2012\n\n"
                    "Stone Town is a city.\n";
  cr_expect(infobox_has(doc, "Stone Town | population | 16000 | 2012"));
}

/* `the following month` after a day far outside the years the infobox
 * gives: counted from that day, not from the battle's. */
Test(claims, a_count_from_a_day_outside_the_span) {
  const char *doc = "= Battle of Morotai =\n\nInfobox\n- Date: 15 September 1944 – 15 August 1945\n\nPrivate Teruo "
                    "Nakamura was discovered by a patrol on 18 December 1974. He returned to Taiwan the following "
                    "month.\n";
  cr_expect(claims_have(doc, "Teruo Nakamura | returnedTo | Taiwan | 1975-01"));
}

/* `born near Makaryev`: the place, qualified as near it, not in it. */
Test(claims, born_near_a_place) {
  cap_doc d;
  cap_parse(&d, "= Nikolai Lobachevsky =\n\nNikolai Lobachevsky was a mathematician. Lobachevsky was born near "
                "Makaryev on 1 December 1792. He died in Kazan.\n");
  int near = 0, in = 0;
  for (const as_claim *c = d.articles[0]->claims; c; c = c->next)
    if (as_slice_eq_cstr(c->property, "birthPlace") && as_slice_eq_cstr(c->value, "Makaryev"))
      near += as_slice_eq_cstr(c->qualifier, "near");
    else if (as_slice_eq_cstr(c->property, "deathPlace"))
      in += c->qualifier.len == 0;
  cr_expect_eq(near, 1);
  cr_expect_eq(in, 1);
  cap_doc_free(&d);
}

/* `Parents: Sir Hugh Bell, 2nd Baronet, Mary Shield`: the baronetcy is
 * Sir Hugh's title, no parent. */
Test(claims, a_baronetcy_is_no_parent) {
  const char *doc = "= Gertrude Bell =\n\nInfobox\n- Name: Gertrude Bell\n- Birth Date: 14 July 1868\n- Parents: Sir "
                    "Hugh Bell, 2nd Baronet, Mary Shield\n\nText.\n";
  cr_expect(infobox_has(doc, "Gertrude Bell | parents | Hugh Bell"));
  cr_expect(infobox_has(doc, "Gertrude Bell | parents | Mary Shield"));
  cr_expect(!infobox_has(doc, "Gertrude Bell | parents | 2nd Baronet"));
}

/* `Kharkov, Soviet Union (now Kharkiv, Ukraine)`: one place, which its
 * bracket names as it is now; not two places cut at the comma. */
Test(claims, a_place_with_its_present_name) {
  const char *doc = "= Third Battle of Kharkov =\n\nInfobox\n- Place: Kharkov, Soviet Union (now Kharkiv, Ukraine)\n"
                    "- Result: German victory\n\nText.\n";
  cr_expect(infobox_has(doc, "Third Battle of Kharkov | place | Kharkov, Soviet Union"));
  cr_expect(!infobox_has(doc, "Third Battle of Kharkov | place | Soviet Union"));
  cr_expect(!infobox_has(doc, "Third Battle of Kharkov | place | Kharkov"));
}

/* `a population of 1,319,108, ..., in an area of 201 square kilometres`:
 * the area is no population. */
Test(claims, an_area_is_no_population) {
  const char *doc = "= Montevideo =\n\nInfobox\n- Area Code: +598 2\n\nMontevideo is the capital of Uruguay. "
                    "According to the 2011 census, the city proper had a population of 1,319,108, about one third "
                    "of the country's total population, in an area of 201 square kilometres.\n";
  cr_expect(claims_have(doc, "Montevideo | population | 1319108 | 2011"));
  cr_expect(!claims_have(doc, "Montevideo | population | 201 | 2011"));
}

/* `handed over in August 1943`, then `on 18 February` in a battle of
 * February 1944: the article's own year; `many of them Volkssturm` tells
 * of the figure before it. */
Test(claims, a_month_in_the_articles_year_and_a_figures_phrase) {
  const char *doc = "= Battle of Eniwetok =\n\nInfobox\n- Date: 17–23 February 1944\n- Strength2: about 1,000 men "
                    "at the bridge, many of them Volkssturm\n\nThe force was handed over in August 1943 to Harry W. "
                    "Hill.\n\nThe Battle of Engebi took place on 18 February.\n";
  cr_expect(claims_have(doc, "Battle of Engebi | date | 1944-02-18"));
  cr_expect(infobox_has(doc, "Battle of Eniwetok | strength | about 1,000 men at the bridge, many of them Volkssturm |  | side 2"));
  cr_expect(!infobox_has(doc, "Battle of Eniwetok | strength | many of them Volkssturm |  | side 2"));
}

/* Troops `with` which one faced another are the subject's, though the
 * infobox makes a commander of the other. */
Test(claims, strength_with_which_one_faced_another) {
  const char *doc = "= Battle of Cajamarca =\n\nInfobox\n- Commander1: Francisco Pizarro\n- Commander2: Atahualpa\n\n"
                    "Pizarro faced Atahualpa with 186 troops.\n";
  cr_expect(claims_have(doc, "Francisco Pizarro | strength | 186"));
  cr_expect(!claims_have(doc, "Atahualpa | strength | 186"));
}
