/* test_values.c: infobox values typed and normalized, from cases/values.txt. */
/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "../support/capture.h"
#include "../support/cases.h"

/* One case, taken apart: see the head of cases/values.txt. */
typedef struct {
  const char *file;
  const test_case *tc;
  unsigned no; ///< line of the tested field in the case file
  const as_field *f;
  const char *diags;
} vcase;

static bool slice_is(as_slice s, const char *want) { return as_slice_eq_cstr(s, want); }

static void expect_slice(const vcase *v, unsigned no, const char *what, as_slice got, const char *want) {
  cr_expect(slice_is(got, want), "%s:%u: %s is '%.*s', expected '%s'", v->file, no, what,
            (int)got.len, got.ptr ? got.ptr : "", want);
}

static void expect_flag(const vcase *v, unsigned no, const char *what, bool got, const char *want) {
  bool yes = strcmp(want, "yes") == 0;
  cr_expect(yes || strcmp(want, "no") == 0, "%s:%u: %s must be yes or no", v->file, no, what);
  cr_expect_eq(got, yes, "%s:%u: %s is %s, expected %s", v->file, no, what, got ? "yes" : "no", want);
}

static void check_item(const vcase *v, unsigned no, size_t i, const char *attr, const char *want) {
  const as_field *f = v->f;
  if (i < 1 || i > f->nitems) {
    cr_expect_fail("%s:%u: item%zu asked for, but the value has %zu items", v->file, no, i, f->nitems);
    return;
  }
  const as_item *it = &f->items[i - 1];
  char what[64];
  snprintf(what, sizeof what, "item%zu.%s", i, attr);
  if (strcmp(attr, "text") == 0)
    expect_slice(v, no, what, it->text, want);
  else if (strcmp(attr, "qualifier") == 0)
    expect_slice(v, no, what, it->qualifier, want);
  else if (strcmp(attr, "rank") == 0)
    expect_slice(v, no, what, it->rank, want);
  else if (strcmp(attr, "group") == 0)
    expect_slice(v, no, what, it->group, want);
  else if (strcmp(attr, "name") == 0)
    expect_slice(v, no, what, it->name, want);
  else if (strcmp(attr, "normalized") == 0)
    expect_slice(v, no, what, it->normalized, want);
  else if (strcmp(attr, "type") == 0)
    expect_slice(v, no, what, as_slice_cstr(as_value_type_name(it->type)), want);
  else if (strcmp(attr, "died") == 0)
    expect_flag(v, no, what, it->died, want);
  else
    cr_expect_fail("%s:%u: unknown check '%s'", v->file, no, what);
}

/* `name: value` (value may be empty). */
static void check_attr(const vcase *v, const case_line *cl) {
  const char *colon = strstr(cl->text, ": ");
  size_t nlen = colon ? (size_t)(colon - cl->text) : strlen(cl->text);
  if (!colon && nlen && cl->text[nlen - 1] == ':')
    nlen--;
  char name[64];
  snprintf(name, sizeof name, "%.*s", (int)nlen, cl->text);
  const char *want = colon ? colon + 2 : "";
  const as_field *f = v->f;
  size_t idx;
  char attr[32];
  if (strcmp(name, "precision") == 0)
    expect_slice(v, cl->no, name, f->precision, want);
  else if (strcmp(name, "inferred") == 0)
    expect_flag(v, cl->no, name, f->inferred, want);
  else if (strcmp(name, "record") == 0)
    expect_slice(v, cl->no, name, f->record, want);
  else if (strcmp(name, "items") == 0)
    cr_expect_eq(f->nitems, (size_t)strtoul(want, NULL, 10), "%s:%u: %zu items, expected %s",
                 v->file, cl->no, f->nitems, want);
  else if (strcmp(name, "link.target") == 0)
    expect_slice(v, cl->no, name, f->link_target, want);
  else if (strcmp(name, "link.label") == 0)
    expect_slice(v, cl->no, name, f->link_label, want);
  else if (strcmp(name, "diag") == 0)
    cr_expect(strstr(v->diags, want) != NULL, "%s:%u: diagnostics lack '%s'; they are:\n%s",
              v->file, cl->no, want, v->diags);
  else if (sscanf(name, "item%zu.%31s", &idx, attr) == 2)
    check_item(v, cl->no, idx, attr, want);
  else
    cr_expect_fail("%s:%u: unknown check '%s'", v->file, cl->no, name);
}

static void run_case(const char *file, const test_case *tc) {
  as_strbuf text = AS_STRBUF_INIT;
  as_strbuf_puts(&text, "= T =\nInfobox\n");
  size_t i = 0, before = 0;
  for (; i < tc->n && tc->lines[i].text[0] == '&'; i++, before++)
    as_strbuf_printf(&text, "- %s\n", tc->lines[i].text + 2);
  if (i + 1 >= tc->n) {
    cr_expect_fail("%s:%u: a case needs a field and an expected `type|normalized` line", file,
                   tc->lines[0].no);
    as_strbuf_free(&text);
    return;
  }
  const case_line *field = &tc->lines[i++];
  as_strbuf_printf(&text, "- %s\n", field->text);
  for (; i < tc->n && tc->lines[i].text[0] == '&'; i++)
    as_strbuf_printf(&text, "- %s\n", tc->lines[i].text + 2);
  const case_line *expect = &tc->lines[i++];

  cap_doc doc;
  cap_parse(&doc, as_strbuf_cstr(&text));
  cr_assert_eq(doc.n, 1, "%s:%u: the case is not one article", file, field->no);
  vcase v = {file, tc, field->no, doc.articles[0]->fields, cap_doc_diags(&doc)};
  for (size_t k = 0; k < before && v.f; k++)
    v.f = v.f->next;
  cr_assert(v.f != NULL, "%s:%u: the field was not parsed; diagnostics:\n%s", file, field->no, v.diags);

  as_strbuf got = AS_STRBUF_INIT;
  as_strbuf_printf(&got, "%s|%.*s", as_value_type_name(v.f->type), (int)v.f->normalized.len,
                   v.f->normalized.ptr ? v.f->normalized.ptr : "");
  cr_expect_str_eq(as_strbuf_cstr(&got), expect->text, "%s:%u: '%s' is '%s', expected '%s'", file,
                   field->no, field->text, as_strbuf_cstr(&got), expect->text);
  bool want_diag = false;
  for (; i < tc->n; i++) {
    want_diag = want_diag || strncmp(tc->lines[i].text, "diag:", 5) == 0;
    check_attr(&v, &tc->lines[i]);
  }
  if (!want_diag)
    cr_expect_str_empty(v.diags, "%s:%u: unexpected diagnostics:\n%s", file, field->no, v.diags);
  as_strbuf_free(&got);
  cap_doc_free(&doc);
  as_strbuf_free(&text);
}

static void run_file(const char *path, size_t min_cases) {
  case_file cf;
  cases_load(&cf, path);
  cr_expect_geq(cf.n, min_cases, "%s: only %zu cases", path, cf.n);
  for (size_t i = 0; i < cf.n; i++)
    run_case(path, &cf.cases[i]);
  cases_free(&cf);
}

Test(values, cases_file) { run_file("cases/values.txt", 30); }
