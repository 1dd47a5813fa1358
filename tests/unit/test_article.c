/* test_article.c: the four seed articles parsed into the model. */
/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include <criterion/criterion.h>

#include "../support/capture.h"

#define SEEDS "../fixtures/seeds/"

typedef struct {
  const char *file, *title;
  size_t nfields, nsections; /* nsections: headed sections, the lead not counted */
} seed;

static const seed seeds[] = {
    {"000_9ae38939ea97614e.txt", "Peruvian Civil War of 1867", 8, 6},
    {"001_ffb77daf54f20217.txt", "Peruvian Civil War of 1865", 7, 4},
    {"002_e7b0b6f05d2bd894.txt", "Peruvian resistance movement in the War of the Pacific", 27, 7},
    {"003_133df33f45d41705.txt", "Chilean occupation of Peru", 39, 10},
};

static const as_article *parse_seed(cap_doc *d, const char *file) {
  char path[256];
  snprintf(path, sizeof path, SEEDS "%s", file);
  cap_parse_path(d, path);
  cr_assert_not(d->failed, "cannot read %s (tests run from tests/)", path);
  cr_assert_eq(d->n, 1, "%s: %zu articles", file, d->n);
  return d->articles[0];
}

/* The first sentence whose text starts with prefix. */
static const as_block *find_sentence(const as_block *b, const char *prefix) {
  for (const as_block *c = b->first_child; c; c = c->next) {
    if (c->kind == AS_BLK_SENTENCE && as_slice_starts(c->text, prefix))
      return c;
    const as_block *hit = find_sentence(c, prefix);
    if (hit)
      return hit;
  }
  return NULL;
}

static const as_block *section_of(const as_block *b) {
  while (b && b->kind != AS_BLK_SECTION)
    b = b->parent;
  return b;
}

/* The sentence starting with prefix is `text` exactly, at line:col, byte. */
static void expect_sentence(const as_article *a, const char *text, size_t prefix_len, unsigned line,
                            unsigned col, unsigned long long byte) {
  char prefix[128];
  snprintf(prefix, sizeof prefix, "%.*s", (int)prefix_len, text);
  const as_block *s = find_sentence(a->root, prefix);
  cr_assert_not_null(s, "no sentence starts with '%s'", prefix);
  cr_expect(as_slice_eq_cstr(s->text, text), "sentence is '%.*s'\nexpected    '%s'", (int)s->text.len,
            s->text.ptr, text);
  cr_expect(s->start.line == line && s->start.col == col && s->start.byte == byte,
            "'%s' is at %u:%u (byte %llu), expected %u:%u (byte %llu)", prefix, (unsigned)s->start.line,
            (unsigned)s->start.col, (unsigned long long)s->start.byte, line, col, byte);
}

Test(article, seeds_titles_fields_sections) {
  for (size_t i = 0; i < sizeof seeds / sizeof *seeds; i++) {
    cap_doc d;
    const as_article *a = parse_seed(&d, seeds[i].file);
    const char *err = as_model_check(a);
    cr_expect_null(err, "%s: %s", seeds[i].file, err);
    cr_expect(as_slice_eq_cstr(a->title, seeds[i].title), "%s: title '%.*s'", seeds[i].file,
              (int)a->title.len, a->title.ptr);
    cr_expect(a->has_infobox, "%s", seeds[i].file);
    cr_expect_eq(a->nfields, seeds[i].nfields, "%s: %zu fields, expected %zu", seeds[i].file, a->nfields,
                 seeds[i].nfields);
    /* every seed has a lead, which counts as a section too */
    cr_expect_eq(a->nsections, seeds[i].nsections + 1, "%s: %zu sections, expected %zu",
                 seeds[i].file, a->nsections, seeds[i].nsections + 1);
    cr_expect_gt(a->nsentences, 20, "%s", seeds[i].file);
    size_t n = 0;
    for (const as_block *s = a->root->first_child; s; s = s->next) {
      cr_expect_eq(s->kind, AS_BLK_SECTION, "%s: a child of the article is not a section", seeds[i].file);
      cr_expect(s->as.section.level >= 1 && s->as.section.level <= 4, "%s: level %d", seeds[i].file,
                s->as.section.level);
      n += s->as.section.level > 1;
    }
    cr_expect_eq(n, seeds[i].nsections, "%s: %zu headed sections under the root", seeds[i].file, n);
    cap_doc_free(&d);
  }
}

Test(article, section_paths_in_003) {
  static const struct {
    int level;
    const char *heading, *path;
    unsigned line;
  } want[] = {
      {1, "", "", 44},
      {2, "Background", "Background", 50},
      {2, "Occupation", "Occupation", 54},
      {3, "Southern Peru", "Occupation > Southern Peru", 55},
      {3, "Lima", "Occupation > Lima", 61},
      {2, "Government", "Government", 69},
      {3, "La Magdalena", "Government > La Magdalena", 72},
      {4, "Foreign relations", "Government > La Magdalena > Foreign relations", 81},
      {3, "Cajamarca", "Government > Cajamarca", 95},
      {2, "End of the occupation", "End of the occupation", 108},
      {2, "See also", "See also", 115},
  };
  cap_doc d;
  const as_article *a = parse_seed(&d, "003_133df33f45d41705.txt");
  size_t i = 0;
  for (const as_block *s = a->root->first_child; s; s = s->next, i++) {
    if (i >= sizeof want / sizeof *want) {
      cr_expect_fail("more sections than expected");
      break;
    }
    cr_expect_eq(s->as.section.level, want[i].level, "section %zu: level %d", i, s->as.section.level);
    cr_expect(as_slice_eq_cstr(s->text, want[i].heading), "section %zu: heading '%.*s'", i, (int)s->text.len, s->text.ptr);
    cr_expect(as_slice_eq_cstr(s->as.section.path, want[i].path), "section %zu: path '%.*s', expected '%s'", i,
              (int)s->as.section.path.len, s->as.section.path.ptr, want[i].path);
    cr_expect_eq(s->start.line, want[i].line, "section %zu: line %u", i, (unsigned)s->start.line);
    cr_expect_eq(s->seq, i + 1, "section %zu: seq %u", i, (unsigned)s->seq);
  }
  cr_expect_eq(i, sizeof want / sizeof *want);
  cap_doc_free(&d);
}

/* Headings with blanks inside the `=` runs: `== See also ==`, `==Background ==`. */
Test(article, headings_with_blanks) {
  cap_doc d;
  const as_article *a = parse_seed(&d, "001_ffb77daf54f20217.txt");
  const char *headings[] = {"", "Background", "The Civil War", "Consequences", "See also"};
  size_t i = 0;
  for (const as_block *s = a->root->first_child; s && i < 5; s = s->next, i++)
    cr_expect(as_slice_eq_cstr(s->text, headings[i]), "section %zu: '%.*s'", i, (int)s->text.len, s->text.ptr);
  cr_expect_eq(i, 5);
  cap_doc_free(&d);
}

Test(article, sentences_and_positions) {
  cap_doc d;
  const as_article *a = parse_seed(&d, "003_133df33f45d41705.txt");
  /* after `Perú)` and `Tarapacá`: columns in characters, offsets in bytes */
  expect_sentence(a, "The Chilean Army defeated the Peruvian Army and occupied the southern Peruvian "
                     "territories of Tarapacá, Arica and Tacna.", 25, 44, 146, 1567);
  expect_sentence(a, "By January 1881, the Chilean Army had reached the Peruvian capital, Lima, and on "
                     "January 17 of the same year, the occupation of Lima began.", 25, 44, 267, 1689);
  expect_sentence(a, "However, Chilean forces continued to occupy and administer Tarata until 1925, while "
                     "a final agreement between the two countries regarding Tacna and Arica was reached "
                     "in 1929.", 43, 48, 139, 2687);
  const as_block *s = find_sentence(a->root, "The Chilean Army defeated");
  cr_assert_not_null(s);
  const as_block *sec = section_of(s);
  cr_expect_eq(sec->as.section.level, 1, "the lead");
  cr_expect_eq(s->parent->kind, AS_BLK_PARAGRAPH);
  cap_doc_free(&d);

  a = parse_seed(&d, "000_9ae38939ea97614e.txt");
  expect_sentence(a, "On October 12, 1867, Prado entrusted an army of a little over 3,000 men to the "
                     "president of the cabinet, General Luis La Puerta.", 36, 31, 1, 3474);
  expect_sentence(a, "They marched south, with the goal of suffocating the revolution.", 30, 31, 130, 3603);
  s = find_sentence(a->root, "They marched south");
  cr_assert_not_null(s);
  cr_expect(as_slice_eq_cstr(section_of(s)->as.section.path, "The Siege of Arequipa (1867)"));
  cap_doc_free(&d);

  a = parse_seed(&d, "001_ffb77daf54f20217.txt");
  expect_sentence(a, "The resulting Vivanco-Pareja Treaty, favorable to Spain, was signed on 27 January "
                     "1865 on board the screw frigate .", 35, 16, 174, 718);
  cap_doc_free(&d);
}

/* `- Peruvian Civil War of 1834` under `== See also ==` is a list item. */
Test(article, list_items) {
  cap_doc d;
  const as_article *a = parse_seed(&d, "000_9ae38939ea97614e.txt");
  const as_block *s = find_sentence(a->root, "Peruvian Civil War of 1834");
  cr_assert_not_null(s);
  cr_expect_eq(s->parent->kind, AS_BLK_LIST_ITEM);
  cr_expect(as_slice_eq_cstr(s->text, "Peruvian Civil War of 1834"));
  cr_expect_eq(s->start.col, 3);
  cr_expect(as_slice_eq_cstr(section_of(s)->text, "See also"));
  cr_expect_gt(a->nlist_items, 0);
  cap_doc_free(&d);
}

Test(article, seed_fields_typed) {
  cap_doc d;
  const as_article *a = parse_seed(&d, "002_e7b0b6f05d2bd894.txt");
  const as_field *f = cap_field(a, "Date End");
  cr_assert_not_null(f);
  cr_expect(as_slice_eq_cstr(f->normalized, "1883-10-27"), "Date End: '%.*s'", (int)f->normalized.len, f->normalized.ptr);
  cr_expect(f->inferred);
  cr_expect(as_slice_eq_cstr(f->record, "Event end"));
  f = cap_field(a, "P1");
  cr_assert_not_null(f);
  cr_expect_eq(f->type, AS_VT_LINK);
  cr_expect(as_slice_eq_cstr(f->link_target, "Chilean occupation of Peru"));
  cr_expect(as_slice_eq_cstr(f->link_label, "Chilean occupation"));
  const char *diags = cap_doc_diags(&d);
  cr_expect(cap_has_diag(diags, SEEDS "002_e7b0b6f05d2bd894.txt:27:33: warning:", "damaged-text"),
            "diagnostics:\n%s", diags);
  cap_doc_free(&d);

  a = parse_seed(&d, "003_133df33f45d41705.txt");
  f = cap_field(a, "Date Start");
  cr_assert_not_null(f);
  cr_expect(as_slice_eq_cstr(f->normalized, "1879-11-02"), "Date Start: '%.*s'", (int)f->normalized.len, f->normalized.ptr);
  f = cap_field(a, "Year Leader1");
  cr_assert_not_null(f);
  cr_expect_eq(f->type, AS_VT_YEAR_RANGE);
  cr_expect(as_slice_eq_cstr(f->normalized, "1879/1881"));
  cr_expect(as_slice_eq_cstr(f->record, "Leader 1"));
  f = cap_field(a, "Leader1");
  cr_assert_not_null(f);
  cr_expect(as_slice_eq_cstr(f->record, "Leader 1"), "Leader1 and Year Leader1 are one record");
  cap_doc_free(&d);
}
