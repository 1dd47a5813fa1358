/* shards.c: `check --claims`: the claims files of shards, merged as if
 * their articles had been one run. Two things a run shares across its
 * articles are replayed here, in shard order: the people registry (a
 * shard names a person as the first full name it met, the run as the
 * first the whole input met) and the articles' unique ids (`Title_(2)`).
 * What comes out different from the shard's own answer is renamed in
 * its claims (as_validator_rename). */
/* SPDX-License-Identifier: MIT */
#define _POSIX_C_SOURCE 200809L
#include "shards.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/keyindex.h"
#include "../core/mem.h"
#include "../core/strbuf.h"
#include "../parsers/parsers.h"

typedef struct replay {
  as_people *people;
  as_keyindex titles; /* base ids (keys owned by names) */
  uint32_t *counts;
  size_t ccap;
  as_strbuf id;
} replay;

/* The id the run gives an article whose title makes base. */
static as_slice unique_id(replay *r, as_slice base) {
  int64_t k = as_keyindex_find(&r->titles, base);
  if (k < 0) {
    k = as_keyindex_add(&r->titles, as_slice_cstr(as_xstrndup(base.ptr, base.len)));
    r->counts = as_xgrow(r->counts, &r->ccap, (size_t)k + 1, sizeof *r->counts);
    r->counts[k] = 0;
  }
  uint32_t before = r->counts[k]++;
  as_strbuf_clear(&r->id);
  as_strbuf_put_slice(&r->id, base);
  if (before > 0)
    as_strbuf_printf(&r->id, "_(%u)", before + 1);
  return as_strbuf_slice(&r->id);
}

/* Reads the people section of f (after its header) up to AS_CLAIMS_SORTED,
 * replaying it; false (with a diagnostic) if it is damaged. */
static bool read_people(replay *r, as_validator *v, FILE *f, const char *name, uint32_t shard) {
  char *line = NULL;
  size_t cap = 0, lineno = 1;
  ssize_t len;
  bool ok = false;
  while ((len = getline(&line, &cap, f)) > 0) {
    lineno++;
    if (line[len - 1] == '\n')
      line[--len] = '\0';
    if (strcmp(line, AS_CLAIMS_SORTED) == 0) {
      ok = true;
      break;
    }
    as_people_record rec;
    if (!as_record_people(line, (size_t)len, &rec)) {
      fprintf(stderr, "assay: error: %s:%zu: a line of its people section could not be read (damaged file?)\n",
              name, lineno);
      free(line);
      return false;
    }
    if (rec.kind == 'a') {
      as_slice id = unique_id(r, rec.a);
      if (!as_slice_eq(id, rec.b))
        as_validator_rename(v, shard, rec.nth, AS_SLICE_NULL, id);
    } else {
      as_slice canon = as_people_resolve(r->people, rec.a);
      if (rec.used && !as_slice_eq(canon, rec.b))
        as_validator_rename(v, shard, rec.nth, rec.b, canon);
    }
  }
  if (!ok)
    fprintf(stderr, "assay: error: %s:%zu: no '%s' line: the file ends early (truncated?)\n", name, lineno,
            AS_CLAIMS_SORTED);
  free(line);
  return ok;
}

as_status as_shards_add(as_validator *v, const char *const *inputs, size_t n, bool *input_failed) {
  replay r = {as_people_new(), {0}, NULL, 0, AS_STRBUF_INIT};
  char *line = NULL;
  size_t cap = 0;
  as_status st = AS_OK;
  for (size_t i = 0; i < n && st == AS_OK; i++) {
    FILE *f = strcmp(inputs[i], "-") == 0 ? NULL : fopen(inputs[i], "r");
    if (!f) {
      fprintf(stderr, "assay: error: %s: cannot open%s%s\n", inputs[i], strcmp(inputs[i], "-") ? ": " : "",
              strcmp(inputs[i], "-") ? strerror(errno) : " standard input as a claims file");
      *input_failed = true;
      continue;
    }
    ssize_t len = getline(&line, &cap, f);
    if (len <= 0 || strncmp(line, AS_CLAIMS_HEADER "\n", (size_t)len) != 0) {
      if (len > 0 && strncmp(line, "#assay-claims ", 14) == 0)
        fprintf(stderr, "assay: error: %s:1: a claims file of another version of assay ('%.*s'; this one reads '%s'): "
                        "extract it again; skipped\n",
                inputs[i], (int)(line[len - 1] == '\n' ? len - 1 : len), line, AS_CLAIMS_HEADER);
      else
        fprintf(stderr, "assay: error: %s:1: not a claims file (made by 'assay extract -f claims'): skipped\n",
                inputs[i]);
      fclose(f);
      *input_failed = true;
      continue;
    }
    if (!read_people(&r, v, f, inputs[i], (uint32_t)i)) {
      fclose(f);
      *input_failed = true;
      continue;
    }
    st = as_validator_add_claims(v, f, inputs[i], (uint32_t)i);
  }
  free(line);
  for (size_t k = 0; k < r.titles.n; k++)
    free((char *)r.titles.keys[k].ptr);
  as_keyindex_free(&r.titles);
  free(r.counts);
  as_strbuf_free(&r.id);
  as_people_free(r.people);
  return st;
}
