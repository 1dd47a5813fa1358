/* test_mentions.c: dates and quantities in prose, from the spec-style case
 * files cases/mentions*.txt (format: cases/MENTIONS-FORMAT.md). */
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

/* `1882-06-03`, `1882-06`, `1882` */
static bool parse_ref(const char *s, as_date *d) {
  memset(d, 0, sizeof *d);
  int n = sscanf(s, "%4d-%2d-%2d", &d->year, &d->month, &d->day);
  d->prec = n == 3 ? AS_PREC_DAY : n == 2 ? AS_PREC_MONTH : n == 1 ? AS_PREC_YEAR : AS_PREC_NONE;
  return n >= 1;
}

/* A mention as a case line, trailing empty fields dropped. */
static void describe(as_strbuf *out, const as_mention *m) {
  as_slice f[5];
  f[0] = as_slice_cstr(as_mention_kind_name(m->kind));
  f[1] = m->text;
  f[2] = m->normalized;
  if (m->kind == AS_MENTION_DATE) {
    f[3] = m->precision;
    f[4] = m->inferred ? AS_SLICE_LIT("inferred") : AS_SLICE_NULL;
  } else {
    f[3] = m->unit;
    f[4] = m->qualifier;
  }
  int last = 4;
  while (last > 1 && f[last].len == 0)
    last--;
  for (int i = 0; i <= last; i++) {
    if (i)
      as_strbuf_puts(out, " | ");
    as_strbuf_put_slice(out, f[i]);
  }
  as_strbuf_putc(out, '\n');
}

static size_t run_file(const char *path) {
  case_file cf;
  cases_load(&cf, path);
  for (size_t c = 0; c < cf.n; c++) {
    const test_case *tc = &cf.cases[c];
    const case_line *in = &tc->lines[0];
    size_t k = 1;
    as_narrative nv;
    as_date ref = {0, 0, 0, AS_PREC_NONE};
    if (k < tc->n && strncmp(tc->lines[k].text, "ref: ", 5) == 0) {
      cr_expect(parse_ref(tc->lines[k].text + 5, &ref), "%s:%u: bad ref line", path, tc->lines[k].no);
      k++;
    }
    as_narrative_init(&nv, ref, 0, 0);
    bool dates = true, quantities = true;
    if (k < tc->n && strcmp(tc->lines[k].text, "dates only") == 0)
      quantities = false, k++;
    else if (k < tc->n && strcmp(tc->lines[k].text, "quantities only") == 0)
      dates = false, k++;
    as_strbuf want = AS_STRBUF_INIT, got = AS_STRBUF_INIT, doc = AS_STRBUF_INIT;
    for (; k < tc->n; k++)
      if (strcmp(tc->lines[k].text, "none") != 0)
        as_strbuf_printf(&want, "%s\n", tc->lines[k].text);
    as_strbuf_puts(&doc, "= Case =\n\n");
    as_strbuf_append(&doc, in->text, in->len);
    as_strbuf_putc(&doc, '\n');
    cap_doc d;
    cap_parse(&d, as_strbuf_cstr(&doc));
    cr_assert_eq(d.n, 1, "%s:%u: the input does not make one article", path, in->no);
    as_article *a = d.articles[0];
    a->mentions = NULL;
    a->nmentions = 0;
    as_mentions_extract(a, &d.arena, &nv, NULL);
    for (const as_mention *m = a->mentions; m; m = m->next)
      if ((m->kind == AS_MENTION_DATE && dates) || (m->kind == AS_MENTION_QUANTITY && quantities))
        describe(&got, m);
    cr_expect_str_eq(as_strbuf_cstr(&got), as_strbuf_cstr(&want), "%s:%u: %s\n--- expected\n%s--- got\n%s", path,
                     in->no, in->text, as_strbuf_cstr(&want), as_strbuf_cstr(&got));
    cap_doc_free(&d);
    as_strbuf_free(&want);
    as_strbuf_free(&got);
    as_strbuf_free(&doc);
  }
  size_t n = cf.n;
  cases_free(&cf);
  return n;
}

Test(mentions, cases_forms) { cr_expect_geq(run_file("cases/mentions.txt"), 100); }

Test(mentions, cases_corpus) { cr_expect_geq(run_file("cases/mentions-corpus.txt"), 50); }

/* Provenance: the column of a mention counts characters. */
Test(mentions, column_in_characters) {
  cap_doc d;
  cap_parse(&d, "= T =\n\nCáceres – Andrés left on 5 May 1883 with 300 men.\n");
  const as_article *a = d.articles[0];
  cr_assert_eq(a->nmentions, 3);
  const as_mention *who = a->mentions, *when = who->next, *many = when->next;
  cr_expect_eq(who->kind, AS_MENTION_PERSON);
  cr_expect(as_slice_eq_cstr(who->text, "Andrés"));
  cr_expect_eq(who->at.col, 11, "column %u", (unsigned)who->at.col);
  cr_expect_eq(who->at.byte, 7 + 13);
  cr_expect_eq(when->at.line, 3);
  cr_expect_eq(when->at.col, 26, "column %u", (unsigned)when->at.col);
  cr_expect_eq(when->at.byte, 7 + 29, "byte %llu", (unsigned long long)when->at.byte);
  cr_expect_eq(many->at.col, 42);
  cap_doc_free(&d);
}

/* The reference comes from the infobox, never from the clock. */
Test(mentions, anchored_on_infobox) {
  cap_doc d;
  cap_parse(&d, "= T =\n\nInfobox\n- Date: 28 February–8 November 1865\n\nOn 6 November, it fell.\n");
  const as_article *a = d.articles[0];
  cr_assert_eq(a->nmentions, 1);
  cr_expect(as_slice_eq_cstr(a->mentions->normalized, "1865-11-06"));
  cr_expect(a->mentions->inferred);
  cap_doc_free(&d);
  cap_parse(&d, "= T =\n\nOn 6 November, it fell.\n");
  a = d.articles[0];
  cr_assert_eq(a->nmentions, 1);
  cr_expect(as_slice_eq_cstr(a->mentions->normalized, "--11-06"), "%.*s", (int)a->mentions->normalized.len,
            a->mentions->normalized.ptr);
  cr_expect_not(a->mentions->inferred);
  cap_doc_free(&d);
}

/* A date of the infobox that is not the narrative's (a heritage
 * designation, a census) anchors nothing: `six years before` counts from
 * the 1867 of its sentence, `in May` of a climate has no year. */
Test(mentions, not_anchored_on_a_designation) {
  cap_doc d;
  cap_parse(&d, "= Luang Prabang =\n\nInfobox\n- Designation1: World Heritage Site\n- Designation1 Date: 1995\n"
                "- Population As Of: 2015\n\nThe rains begin in May.\n\nHenri Mouhot died on 10 November 1861 at Ban "
                "Naphao.\n\nIn 1867 the Commission erected a monument over the grave of Mouhot, who had died six "
                "years before.\n");
  const as_article *a = d.articles[0];
  const as_mention *before = NULL, *may = NULL;
  for (const as_mention *m = a->mentions; m; m = m->next) {
    if (as_slice_eq_cstr(m->text, "six years before"))
      before = m;
    if (as_slice_eq_cstr(m->text, "May"))
      may = m;
  }
  cr_assert(before && may, "%zu mentions", a->nmentions);
  cr_expect(as_slice_eq_cstr(before->normalized, "1861"), "%.*s", (int)before->normalized.len, before->normalized.ptr);
  cr_expect(as_slice_eq_cstr(may->normalized, "--05"), "%.*s", (int)may->normalized.len, may->normalized.ptr);
  cap_doc_free(&d);
}

/* The title's year anchors when the infobox has none. */
Test(mentions, anchored_on_title) {
  cap_doc d;
  cap_parse(&d, "= Siege of Arequipa (1867) =\n\nOn November 19, the siege began.\n");
  const as_article *a = d.articles[0];
  cr_assert_eq(a->nmentions, 1);
  cr_expect(as_slice_eq_cstr(a->mentions->normalized, "1867-11-19"));
  cap_doc_free(&d);
}

/* See also lists are links, not prose. */
Test(mentions, navigation_sections_skipped) {
  cap_doc d;
  cap_parse(&d, "= T =\n\nIn 1865 it began.\n\n== See also ==\n- Peruvian Civil War of 1834\n");
  cr_expect_eq(d.articles[0]->nmentions, 1);
  cap_doc_free(&d);
}

/* The normalized value of the article's date mentions, one per line. */
static char *dates_of(const as_article *a) {
  as_strbuf b = AS_STRBUF_INIT;
  for (const as_mention *m = a->mentions; m; m = m->next)
    if (m->kind == AS_MENTION_DATE)
      as_strbuf_printf(&b, "%.*s\n", (int)m->normalized.len, m->normalized.ptr);
  char *s = strdup(as_strbuf_cstr(&b));
  as_strbuf_free(&b);
  return s;
}

/* Each top section's narrative starts over: from the event's own date,
 * or from none in a section that describes; a heading that is a day
 * moves the narrative to it; a look back months earlier does not. */
Test(mentions, sections_start_over) {
  cap_doc d;
  cap_parse(&d, "= Battle of T =\n\nInfobox\n- Date: 9 April – 8 June 1940\n\n== Battle ==\nDietl left on 9 "
                "April.\n\n== Evacuation ==\nDietl died in an air crash in June 1944.\n\n== Assessment ==\nThe "
                "naval battles of 13 April cost ten destroyers.\n\n=== Day 2 – Friday 10 May ===\nThat night the "
                "ships left. The ship, torpedoed six months earlier, sailed on 12 May.\n");
  char *got = dates_of(d.articles[0]);
  cr_expect_str_eq(got, "1940-04-09\n1944-06\n1940-04-13\n1940-05-10\n1939-11\n1940-05-12\n");
  free(got);
  cap_doc_free(&d);
  cap_parse(&d, "= Testville =\n\n== History ==\nThe city was burnt in 1989.\n\n== Climate ==\nIt is 19 °C in "
                "January.\n");
  got = dates_of(d.articles[0]);
  cr_expect_str_eq(got, "1989\n--01\n");
  free(got);
  cap_doc_free(&d);
}

/* A section that tells goes on from the date the one before left, until
 * it tells a year of its own, even in passing: `finished in 1561. On 11
 * July` is 1561's, not the lead's 1984. */
Test(mentions, a_section_moves_on_from_its_first_year) {
  cap_doc d;
  cap_parse(&d, "= Córdoba =\n\nIt was inscribed by UNESCO in 1984.\n\n== History ==\nThe choir of the "
                "cathedral was finished in 1561. On 11 July the poet Luis de Góngora was born in the city.\n");
  char *got = dates_of(d.articles[0]);
  cr_expect_str_eq(got, "1984\n1561\n1561-07-11\n");
  free(got);
  cap_doc_free(&d);
}
