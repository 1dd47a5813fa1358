/* capture.c: test helpers: a diagnostics capture sink and whole-text parsing. */
/* SPDX-License-Identifier: MIT */
#define _POSIX_C_SOURCE 200809L
#include "capture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <criterion/criterion.h>

static void emit_capture(void *ctx, const as_diag *d) {
  cap_diags *c = ctx;
  as_diag copy = *d;
  if (c->real_name && c->display_name && copy.file && strcmp(copy.file, c->real_name) == 0)
    copy.file = c->display_name;
  as_diag_format(&c->text, &copy);
}

void cap_diags_init(cap_diags *d) {
  memset(d, 0, sizeof *d);
  d->sink.emit = emit_capture;
  d->sink.ctx = d;
}

const char *cap_diags_text(cap_diags *d) { return as_strbuf_cstr(&d->text); }

void cap_diags_fini(cap_diags *d) {
  if (d)
    as_strbuf_free(&d->text);
}

char *cap_write_temp(const void *bytes, size_t len) {
  const char *dir = getenv("TMPDIR");
  as_strbuf path = AS_STRBUF_INIT;
  as_strbuf_printf(&path, "%s/assay-test-XXXXXX", dir && *dir ? dir : "/tmp");
  int fd = mkstemp(path.ptr);
  if (fd < 0)
    cr_assert_fail("mkstemp failed for %s", path.ptr);
  const char *p = bytes;
  size_t done = 0;
  while (done < len) {
    ssize_t w = write(fd, p + done, len - done);
    if (w <= 0)
      cr_assert_fail("cannot write the temporary file %s", path.ptr);
    done += (size_t)w;
  }
  close(fd);
  return path.ptr;
}

static void parse_all(cap_doc *doc, const char *path) {
  as_arena_init(&doc->arena, 0);
  doc->parser = as_parser_new();
  doc->src = as_source_new(&path, 1, &doc->diags.sink, 0);
  size_t cap = 0;
  const as_raw_article *raw;
  while ((raw = as_source_next(doc->src, &doc->arena))) {
    as_article *a = as_parse_article(doc->parser, raw, &doc->arena, &doc->diags.sink);
    if (doc->n == cap) {
      cap = cap ? cap * 2 : 8;
      doc->articles = realloc(doc->articles, cap * sizeof *doc->articles);
      cr_assert(doc->articles != NULL);
    }
    doc->articles[doc->n++] = a;
  }
  doc->failed = as_source_failed(doc->src);
}

void cap_parse_n(cap_doc *doc, const void *text, size_t len) {
  memset(doc, 0, sizeof *doc);
  cap_diags_init(&doc->diags);
  doc->path = cap_write_temp(text, len);
  doc->diags.real_name = doc->path;
  doc->diags.display_name = "input.txt";
  parse_all(doc, doc->path);
}

void cap_parse(cap_doc *doc, const char *text) { cap_parse_n(doc, text, strlen(text)); }

void cap_parse_path(cap_doc *doc, const char *path) {
  memset(doc, 0, sizeof *doc);
  cap_diags_init(&doc->diags);
  parse_all(doc, path);
}

void cap_doc_free(cap_doc *doc) {
  if (!doc)
    return;
  as_source_free(doc->src);
  as_parser_free(doc->parser);
  as_arena_fini(&doc->arena);
  cap_diags_fini(&doc->diags);
  free(doc->articles);
  if (doc->path) {
    unlink(doc->path);
    free(doc->path);
  }
  memset(doc, 0, sizeof *doc);
}

const char *cap_doc_diags(cap_doc *doc) { return cap_diags_text(&doc->diags); }

const as_field *cap_field(const as_article *a, const char *key) {
  for (const as_field *f = a->fields; f; f = f->next)
    if (as_slice_eq_cstr(f->key, key))
      return f;
  return NULL;
}

char *cap_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  as_strbuf b = AS_STRBUF_INIT;
  char chunk[8192];
  size_t got;
  while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
    as_strbuf_append(&b, chunk, got);
  bool bad = ferror(f);
  fclose(f);
  if (bad) {
    as_strbuf_free(&b);
    return NULL;
  }
  if (len)
    *len = b.len;
  as_strbuf_cstr(&b);
  return b.ptr;
}

bool cap_has_diag(const char *diags, const char *where, const char *code) {
  size_t wl = strlen(where), cl = strlen(code);
  for (const char *p = diags; *p;) {
    const char *e = strchr(p, '\n');
    size_t n = e ? (size_t)(e - p) : strlen(p);
    if (n >= wl + cl + 2 && memcmp(p, where, wl) == 0 && p[n - 1] == ']' &&
        p[n - cl - 2] == '[' && memcmp(p + n - cl - 1, code, cl) == 0)
      return true;
    p += n + (e != NULL);
  }
  return false;
}

size_t cap_diag_count(const char *diags) {
  size_t n = 0;
  for (const char *p = diags; *p; p++)
    n += *p == '\n';
  return n;
}
