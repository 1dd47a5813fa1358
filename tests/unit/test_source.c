/* test_source.c: reading input: lines, positions, bad bytes and bad paths. */
/* SPDX-License-Identifier: MIT */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <criterion/criterion.h>

#include "../support/capture.h"

/* The n-th sentence of an article (1-based, in document order). */
static const as_block *nth_sentence(const as_block *b, size_t *n) {
  for (const as_block *c = b->first_child; c; c = c->next) {
    if (c->kind == AS_BLK_SENTENCE && --*n == 0)
      return c;
    const as_block *hit = nth_sentence(c, n);
    if (hit)
      return hit;
  }
  return NULL;
}

static const as_block *sentence(const as_article *a, size_t n) {
  const as_block *s = nth_sentence(a->root, &n);
  cr_assert_not_null(s, "no sentence %zu", n);
  return s;
}

static void expect_at(as_prov p, unsigned line, unsigned col, unsigned long long byte, const char *what) {
  cr_expect(p.line == line && p.col == col && p.byte == byte,
            "%s is at %u:%u (byte %llu), expected %u:%u (byte %llu)", what, (unsigned)p.line,
            (unsigned)p.col, (unsigned long long)p.byte, line, col, byte);
}

/* Columns count characters, byte offsets count bytes: `á`, `ñ` and `–` are
 * one column and two or three bytes each. */
Test(source, columns_after_multibyte_characters) {
  cap_doc d;
  cap_parse(&d, "= Cáceres =\nInfobox\n- Año Cáceres: 1881–1883\n\n"
                "Cáceres won. In 1881–1883 it held. Peru fell.\n");
  cr_assert_eq(d.n, 1);
  const as_article *a = d.articles[0];
  cr_expect_null(as_model_check(a));
  const as_field *f = cap_field(a, "Año Cáceres");
  cr_assert_not_null(f);
  expect_at(f->at, 3, 3, 23, "the key");
  expect_at(f->value_at, 3, 16, 38, "the value");
  expect_at(sentence(a, 1)->start, 5, 1, 51, "sentence 1");
  expect_at(sentence(a, 2)->start, 5, 14, 65, "sentence 2");
  expect_at(sentence(a, 3)->start, 5, 36, 89, "sentence 3");
  cr_expect(as_slice_eq_cstr(sentence(a, 2)->text, "In 1881–1883 it held."));
  cr_expect_str_empty(cap_doc_diags(&d));
  cap_doc_free(&d);
}

/* A byte order mark is no column, but it is three bytes. */
Test(source, bom_skipped_for_columns) {
  cap_doc d;
  cap_parse(&d, "\xEF\xBB\xBF= T =\nFirst one. Second one.\n");
  cr_assert_eq(d.n, 1);
  const as_article *a = d.articles[0];
  cr_expect(as_slice_eq_cstr(a->title, "T"));
  expect_at(a->at, 1, 1, 3, "the title");
  cr_expect(as_slice_eq_cstr(a->raw->lines[0].text, "= T ="), "the BOM is not part of line 1");
  cr_expect_eq(a->raw->lines[0].byte, 3);
  expect_at(sentence(a, 2)->start, 2, 12, 20, "sentence 2");
  cr_expect_str_empty(cap_doc_diags(&d));
  cap_doc_free(&d);
}

Test(source, crlf_line_ends) {
  cap_doc d;
  cap_parse(&d, "= T =\r\nInfobox\r\n- Key: Válue\r\n\r\nOne. Two.\r\n");
  cr_assert_eq(d.n, 1);
  const as_article *a = d.articles[0];
  cr_expect(as_slice_eq_cstr(a->title, "T"));
  cr_assert_eq(a->nfields, 1, "the blank CRLF line ends the infobox");
  cr_expect(as_slice_eq_cstr(a->fields->raw, "Válue"), "no CR in the value");
  expect_at(a->fields->value_at, 3, 8, 23, "the value");
  cr_expect(as_slice_eq_cstr(sentence(a, 2)->text, "Two."), "no CR in the sentence");
  expect_at(sentence(a, 2)->start, 5, 6, 38, "sentence 2");
  for (size_t i = 0; i < a->raw->nlines; i++)
    cr_expect_null(memchr(a->raw->lines[i].text.ptr, '\r', a->raw->lines[i].text.len), "CR in line %zu", i + 1);
  cr_expect_str_empty(cap_doc_diags(&d));
  cap_doc_free(&d);
}

/* A NUL byte becomes U+FFFD (three bytes) and is reported where it was;
 * positions after it still count the one byte of the input. */
Test(source, nul_byte) {
  cap_doc d;
  cap_parse_n(&d, "= T =\nAb\0cd. Next.\n", 19);
  cr_assert_eq(d.n, 1);
  const as_article *a = d.articles[0];
  const char *diags = cap_doc_diags(&d);
  cr_expect(cap_has_diag(diags, "input.txt:2:3: warning:", "nul-byte"), "diagnostics:\n%s", diags);
  cr_expect_eq(cap_diag_count(diags), 1, "diagnostics:\n%s", diags);
  cr_expect(as_slice_eq_cstr(sentence(a, 1)->text, "Ab\xEF\xBF\xBD" "cd."));
  expect_at(sentence(a, 2)->start, 2, 8, 13, "the sentence after the NUL");
  const as_line *ln = &a->raw->lines[1];
  cr_expect_eq(ln->nfix, 1);
  cr_expect_eq(as_line_prov(ln, a->file, ln->text.len).byte, 19 - 1, "the end of line 2, in input bytes");
  cap_doc_free(&d);
}

Test(source, invalid_utf8) {
  cap_doc d;
  cap_parse(&d, "= T =\nCá\xFF\xFEs. Next.\n");
  cr_assert_eq(d.n, 1);
  const as_article *a = d.articles[0];
  const char *diags = cap_doc_diags(&d);
  cr_expect(cap_has_diag(diags, "input.txt:2:3: warning:", "invalid-utf8"), "diagnostics:\n%s", diags);
  cr_expect_eq(cap_diag_count(diags), 1, "one report per line and kind:\n%s", diags);
  cr_expect(as_slice_eq_cstr(sentence(a, 1)->text, "Cá\xEF\xBF\xBD\xEF\xBF\xBDs."));
  expect_at(sentence(a, 2)->start, 2, 8, 14, "the sentence after the bad bytes");
  cap_doc_free(&d);
}

Test(source, text_before_title) {
  cap_doc d;
  cap_parse(&d, "junk\n\nmore junk\n= T =\nBody.\n");
  cr_assert_eq(d.n, 1, "the article after the junk is still read");
  const char *diags = cap_doc_diags(&d);
  cr_expect(cap_has_diag(diags, "input.txt:1:1: warning:", "text-before-title"), "diagnostics:\n%s", diags);
  cr_expect_eq(cap_diag_count(diags), 1, "reported once per file:\n%s", diags);
  expect_at(d.articles[0]->at, 4, 1, 16, "the title");
  cap_doc_free(&d);
}

Test(source, empty_file) {
  cap_doc d;
  cap_parse(&d, "");
  cr_expect_eq(d.n, 0);
  cr_expect_not(d.failed);
  const char *diags = cap_doc_diags(&d);
  cr_expect(cap_has_diag(diags, "input.txt: warning:", "empty-file"), "diagnostics:\n%s", diags);
  cr_expect_eq(cap_diag_count(diags), 1, "diagnostics:\n%s", diags);
  cap_doc_free(&d);
}

Test(source, empty_infobox) {
  cap_doc d;
  cap_parse(&d, "= T =\nInfobox\n\nBody.\n");
  cr_assert_eq(d.n, 1);
  cr_expect(d.articles[0]->has_infobox);
  cr_expect_eq(d.articles[0]->nfields, 0);
  const char *diags = cap_doc_diags(&d);
  cr_expect(cap_has_diag(diags, "input.txt:2:1: warning:", "empty-infobox"), "diagnostics:\n%s", diags);
  cr_expect_eq(d.articles[0]->nsentences, 1);
  cap_doc_free(&d);
}

Test(source, malformed_fields) {
  cap_doc d;
  cap_parse(&d, "= T =\nInfobox\n- Good: 1\nno dash here\n- No colon\n- Key:NoSpace\n- Other: 2\n\nBody.\n");
  cr_assert_eq(d.n, 1);
  const as_article *a = d.articles[0];
  cr_expect_eq(a->nfields, 2, "the good fields are kept");
  cr_expect_not_null(cap_field(a, "Good"));
  cr_expect_not_null(cap_field(a, "Other"));
  const char *diags = cap_doc_diags(&d);
  cr_expect(cap_has_diag(diags, "input.txt:4:1: warning:", "malformed-field"), "diagnostics:\n%s", diags);
  cr_expect(cap_has_diag(diags, "input.txt:5:1: warning:", "malformed-field"), "diagnostics:\n%s", diags);
  cr_expect(cap_has_diag(diags, "input.txt:6:1: warning:", "malformed-field"), "diagnostics:\n%s", diags);
  cr_expect_eq(cap_diag_count(diags), 3, "diagnostics:\n%s", diags);
  cap_doc_free(&d);
}

Test(source, several_articles_in_one_file) {
  cap_doc d;
  cap_parse(&d, "= A =\nOne.\n\n= B =\nInfobox\n- K: v\n\nTwo.\n= A =\nThree.\n");
  cr_assert_eq(d.n, 3);
  const char *titles[] = {"A", "B", "A"}, *ids[] = {"A", "B", "A_(2)"};
  const unsigned lines[] = {1, 4, 9};
  for (size_t i = 0; i < 3; i++) {
    const as_article *a = d.articles[i];
    cr_expect(as_slice_eq_cstr(a->title, titles[i]), "article %zu: title '%.*s'", i + 1, (int)a->title.len, a->title.ptr);
    cr_expect(as_slice_eq_cstr(a->id, ids[i]), "article %zu: id '%.*s'", i + 1, (int)a->id.len, a->id.ptr);
    cr_expect_eq(a->at.line, lines[i], "article %zu: title on line %u", i + 1, (unsigned)a->at.line);
    cr_expect_eq(a->raw->lines[0].no, lines[i]);
    cr_expect_eq(a->nsentences, 1, "article %zu", i + 1);
    cr_expect_null(as_model_check(a));
  }
  cr_expect_eq(d.articles[1]->nfields, 1);
  const char *diags = cap_doc_diags(&d);
  cr_expect(cap_has_diag(diags, "input.txt:9:1: note:", "duplicate-title"), "diagnostics:\n%s", diags);
  cap_doc_free(&d);
}

Test(source, unreadable_path) {
  cap_doc d;
  cap_parse_path(&d, "/nonexistent/assay/missing.txt");
  cr_expect_eq(d.n, 0);
  cr_expect(d.failed);
  const char *diags = cap_doc_diags(&d);
  cr_expect(cap_has_diag(diags, "assay: error:", "unreadable-path"), "diagnostics:\n%s", diags);
  cr_expect_neq(strstr(diags, "missing.txt"), NULL, "the message names the path:\n%s", diags);
  cr_expect_eq(d.diags.sink.counts[AS_SEV_ERROR], 1);
  cap_doc_free(&d);
}

static void put(const char *dir, const char *name, const char *text) {
  char p[256];
  snprintf(p, sizeof p, "%s/%s", dir, name);
  FILE *f = fopen(p, "w");
  cr_assert_not_null(f, "cannot create %s", p);
  fputs(text, f);
  fclose(f);
}

/* A folder: every *.txt below it, sorted by path; other files ignored. */
Test(source, folder_in_sorted_order) {
  char dir[] = "/tmp/assay-src-XXXXXX", sub[64], p[128];
  cr_assert_not_null(mkdtemp(dir));
  snprintf(sub, sizeof sub, "%s/sub", dir);
  cr_assert_eq(mkdir(sub, 0700), 0);
  put(dir, "b.txt", "= B =\nb.\n");
  put(dir, "a.txt", "= A =\na.\n");
  put(dir, "notes.md", "= Not me =\n");
  put(sub, "c.txt", "= C =\nc.\n");
  cap_doc d;
  cap_parse_path(&d, dir);
  cr_expect_not(d.failed);
  cr_assert_eq(d.n, 3);
  const char *titles[] = {"A", "B", "C"};
  for (size_t i = 0; i < 3; i++)
    cr_expect(as_slice_eq_cstr(d.articles[i]->title, titles[i]), "article %zu is '%.*s'", i + 1,
              (int)d.articles[i]->title.len, d.articles[i]->title.ptr);
  cr_expect_eq(as_source_file_count(d.src), 3);
  cr_expect_neq(strstr(d.articles[2]->file_name, "sub/c.txt"), NULL);
  cap_doc_free(&d);
  const char *names[] = {"a.txt", "b.txt", "notes.md", "sub/c.txt"};
  for (size_t i = 0; i < 4; i++) {
    snprintf(p, sizeof p, "%s/%s", dir, names[i]);
    unlink(p);
  }
  rmdir(sub);
  rmdir(dir);
}

/* One line of 5 MB: read whole, split, and placed, in linear time. */
Test(source, five_megabyte_line, .timeout = 60) {
  const char unit[] = "The army marched on the road to Lima and then it turned back toward the hills of Arequipa again. ";
  size_t ulen = sizeof unit - 1, reps = 5 * 1024 * 1024 / ulen + 1;
  as_strbuf t = AS_STRBUF_INIT;
  as_strbuf_puts(&t, "= Big =\n");
  for (size_t i = 0; i < reps; i++)
    as_strbuf_append(&t, unit, ulen);
  as_strbuf_puts(&t, "\n");
  cr_assert_geq(t.len, 5u * 1024 * 1024);
  cap_doc d;
  cap_parse_n(&d, t.ptr, t.len);
  cr_assert_eq(d.n, 1);
  const as_article *a = d.articles[0];
  cr_expect_eq(a->nsentences, reps);
  cr_expect_eq(a->raw->lines[1].text.len, reps * ulen);
  const as_block *last = sentence(a, reps);
  expect_at(last->start, 2, (unsigned)((reps - 1) * ulen + 1), 8 + (reps - 1) * ulen, "the last sentence");
  cr_expect_null(as_model_check(a));
  cr_expect_str_empty(cap_doc_diags(&d));
  cap_doc_free(&d);
  as_strbuf_free(&t);
}

/* Through the source directly: line numbers, byte offsets and counters. */
Test(source, raw_lines_and_counters) {
  const char text[] = "= A =\n\nx\n= B =\ny\n";
  char *path = cap_write_temp(text, sizeof text - 1);
  cap_diags diags;
  cap_diags_init(&diags);
  const char *paths[] = {path};
  as_source *src = as_source_new(paths, 1, &diags.sink, 0);
  cr_expect_eq(as_source_bytes_total(src), sizeof text - 1);
  as_arena arena;
  as_arena_init(&arena, 0);
  const as_raw_article *a = as_source_next(src, &arena);
  cr_assert_not_null(a);
  cr_expect_eq(a->nlines, 3);
  cr_expect_eq(a->lines[2].no, 3);
  cr_expect_eq(a->lines[2].byte, 7);
  cr_expect_str_eq(a->file_name, path);
  cr_expect_str_eq(as_source_file_name(src, a->file), path);
  const as_raw_article *b = as_source_next(src, &arena);
  cr_assert_not_null(b);
  cr_expect_eq(b->lines[0].no, 4);
  cr_expect_eq(b->lines[0].byte, 9);
  cr_expect(as_slice_eq_cstr(b->lines[1].text, "y"));
  cr_expect_null(as_source_next(src, &arena));
  cr_expect_null(as_source_next(src, &arena), "the end stays the end");
  cr_expect_eq(as_source_bytes_read(src), sizeof text - 1);
  cr_expect_not(as_source_failed(src));
  cr_expect_str_empty(cap_diags_text(&diags));
  as_source_free(src);
  as_arena_fini(&arena);
  cap_diags_fini(&diags);
  unlink(path);
  free(path);
}

Test(source, article_too_large) {
  const char text[] = "= A =\nline one is here\nline two is here\nline three\n= B =\nsmall\n";
  char *path = cap_write_temp(text, sizeof text - 1);
  cap_diags diags;
  cap_diags_init(&diags);
  const char *paths[] = {path};
  as_source *src = as_source_new(paths, 1, &diags.sink, 30);
  as_arena arena;
  as_arena_init(&arena, 0);
  const as_raw_article *a = as_source_next(src, &arena);
  cr_assert_not_null(a);
  cr_expect(a->truncated);
  cr_expect_lt(a->nlines, 4);
  const as_raw_article *b = as_source_next(src, &arena);
  cr_assert_not_null(b, "the next article is still read");
  cr_expect_not(b->truncated);
  cr_expect_eq(b->lines[0].no, 5);
  cr_expect_neq(strstr(cap_diags_text(&diags), "[article-too-large]"), NULL, "%s", cap_diags_text(&diags));
  as_source_free(src);
  as_arena_fini(&arena);
  cap_diags_fini(&diags);
  unlink(path);
  free(path);
}
