/* runs.c: sorted runs in memory and in temporary files, and their merge
 * (see runs.h). */
/* SPDX-License-Identifier: MIT */
#define _POSIX_C_SOURCE 200809L
#include "runs.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/mem.h"

typedef struct source {
  FILE *f;           /* NULL: the lines in memory */
  const char *name;  /* a claims file's name, for diagnostics */
  uint32_t shard;
  char *line;        /* current line (getline's buffer, or into memory) */
  size_t cap;
  size_t len;
  as_strbuf prev; /* a claims file's last KEY: its lines must be sorted */
  unsigned level; /* a spilled run: 0, or 1 + the level of the runs merged into it */
  as_runs *sub;   /* lines of several shards, each tagged with its shard (see as_runs_add_runs) */
  bool done;
} source;

/* Runs of one level merged into one when there are this many: each line
 * is written O(log_FANIN(runs)) times, and few files are open at once. */
enum { FANIN = 16 };

struct as_runs {
  size_t budget;
  as_strbuf buf;    /* lines not spilled yet */
  as_slice *lines;  /* buf's lines, sorted at a spill or at the merge */
  size_t nlines, lcap, next; /* next: the memory source's next line */
  source *src;      /* spilled runs and files, in input order, then memory */
  size_t nsrc, scap;
  size_t *heap, nheap, hcap; /* sources by their current line */
  size_t lo;        /* the merge is of sources lo .. nsrc-1 */
  size_t last;      /* the source of the line last handed out */
  as_runs_skip skip; /* lines of claims files left out of the merge */
  void *skip_ctx;
  as_strbuf untagged; /* a tagged line handed out without its tag */
};

FILE *as_temp_file(void) {
  const char *dir = getenv("TMPDIR");
  as_strbuf path = AS_STRBUF_INIT;
  as_strbuf_printf(&path, "%s/assay-XXXXXX", dir && *dir ? dir : "/tmp");
  char *p = (char *)as_strbuf_cstr(&path);
  int fd = mkstemp(p);
  FILE *f = NULL;
  if (fd >= 0) {
    unlink(p); /* gone when closed, whatever happens */
    f = fdopen(fd, "w+");
    if (!f) {
      int e = errno;
      close(fd);
      errno = e;
    }
  }
  int e = errno;
  as_strbuf_free(&path);
  errno = e;
  return f;
}

as_runs *as_runs_new(size_t budget) {
  as_runs *r = as_xcalloc(1, sizeof *r);
  r->budget = budget ? budget : 1;
  return r;
}

void as_runs_free(as_runs *r) {
  if (!r)
    return;
  for (size_t i = 0; i < r->nsrc; i++) {
    if (r->src[i].f)
      fclose(r->src[i].f);
    if (r->src[i].f || r->src[i].cap)
      free(r->src[i].line);
    as_strbuf_free(&r->src[i].prev);
    as_runs_free(r->src[i].sub);
  }
  as_strbuf_free(&r->untagged);
  free(r->src);
  free(r->heap);
  free(r->lines);
  as_strbuf_free(&r->buf);
  free(r);
}

/* KEY, the part before the first tab. */
static size_t key_len(const char *p, size_t n) {
  const char *t = memchr(p, '\t', n);
  return t ? (size_t)(t - p) : n;
}

static int cmp_lines(const void *x, const void *y) {
  const as_slice *a = x, *b = y;
  size_t n = a->len < b->len ? a->len : b->len;
  int c = n ? memcmp(a->ptr, b->ptr, n) : 0;
  return c ? c : (a->len > b->len) - (a->len < b->len);
}

/* Indexes buf's lines and sorts them. */
static void sort_buffer(as_runs *r) {
  r->nlines = 0;
  if (!r->buf.len)
    return;
  const char *p = r->buf.ptr, *end = r->buf.ptr + r->buf.len;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
    r->lines = as_xgrow(r->lines, &r->lcap, r->nlines + 1, sizeof *r->lines);
    r->lines[r->nlines++] = as_slice_make(p, n);
    p += n + 1;
  }
  if (r->nlines > 1)
    qsort(r->lines, r->nlines, sizeof *r->lines, cmp_lines);
}

static source *new_source(as_runs *r) {
  r->src = as_xgrow(r->src, &r->scap, r->nsrc + 1, sizeof *r->src);
  source *s = &r->src[r->nsrc++];
  memset(s, 0, sizeof *s);
  return s;
}

static as_status cascade(as_runs *r, int *err);

static as_status spill(as_runs *r, int *err) {
  sort_buffer(r);
  FILE *f = as_temp_file();
  if (!f) {
    *err = errno;
    return AS_ERR_WRITE;
  }
  for (size_t i = 0; i < r->nlines; i++)
    if (fwrite(r->lines[i].ptr, 1, r->lines[i].len, f) != r->lines[i].len || putc('\n', f) == EOF)
      break;
  if (fflush(f) != 0 || ferror(f) || fseek(f, 0, SEEK_SET) != 0) {
    *err = errno ? errno : EIO;
    fclose(f);
    return AS_ERR_WRITE;
  }
  source *s = new_source(r);
  s->f = f;
  as_strbuf_clear(&r->buf);
  r->nlines = 0;
  return cascade(r, err);
}

as_status as_runs_add(as_runs *r, as_slice lines, int *err) {
  as_strbuf_append(&r->buf, lines.ptr, lines.len);
  if (r->buf.len >= r->budget)
    return spill(r, err);
  return AS_OK;
}

void as_runs_add_file(as_runs *r, FILE *f, const char *name, uint32_t shard) {
  source *s = new_source(r);
  s->f = f;
  s->name = name;
  s->shard = shard;
}

void as_runs_add_runs(as_runs *r, as_runs *sub) { new_source(r)->sub = sub; }

void as_runs_set_skip(as_runs *r, as_runs_skip skip, void *ctx) {
  r->skip = skip;
  r->skip_ctx = ctx;
}

static bool next_line(as_runs *r, as_slice *line, as_status *st, const char **bad);

/* Reads a source's next line; false at its end. */
static bool advance(as_runs *r, size_t i, as_status *st) {
  source *s = &r->src[i];
  if (s->done)
    return false;
  if (s->sub) {
    as_slice line;
    const char *bad = NULL;
    if (!next_line(s->sub, &line, st, &bad)) {
      s->done = true;
      return false;
    }
    s->line = (char *)line.ptr;
    s->len = line.len;
    return true;
  }
  if (!s->f) {
    if (r->next == r->nlines) {
      s->done = true;
      return false;
    }
    s->line = (char *)r->lines[r->next].ptr;
    s->len = r->lines[r->next++].len;
    return true;
  }
again:
  errno = 0;
  ssize_t n = getline(&s->line, &s->cap, s->f);
  if (n < 0) {
    s->done = true;
    if (ferror(s->f))
      *st = AS_ERR_INPUT;
    return false;
  }
  s->len = (size_t)n;
  if (s->len && s->line[s->len - 1] == '\n')
    s->len--;
  if (!memchr(s->line, '\t', s->len)) { /* the end of a claims file's sorted lines */
    s->done = true;
    return false;
  }
  if (s->name) { /* a file made elsewhere: its order is checked, not trusted */
    size_t k = key_len(s->line, s->len);
    as_slice key = as_slice_make(s->line, k), prev = as_strbuf_slice(&s->prev);
    if (cmp_lines(&key, &prev) < 0) {
      *st = AS_ERR_INPUT;
      s->done = true;
      return false;
    }
    as_strbuf_clear(&s->prev);
    as_strbuf_append(&s->prev, s->line, k);
    if (r->skip && r->skip(r->skip_ctx, s->shard, as_slice_make(s->line, s->len)))
      goto again;
  }
  return true;
}

enum { TAG = 8 }; /* a tagged line's shard: hexadecimal digits before its ORDER */

/* The shard and the ORDER of a source's line whose KEY is k bytes long. */
static uint32_t position(const source *s, size_t k, as_slice *order) {
  const char *o = s->line + k + 1, *end = s->line + s->len;
  uint32_t shard = s->shard;
  if (k >= s->len)
    o = end;
  if (s->sub && end - o >= TAG) {
    shard = 0;
    for (int i = 0; i < TAG; i++)
      shard = shard * 16 + (uint32_t)(o[i] <= '9' ? o[i] - '0' : o[i] - 'a' + 10);
    o += TAG;
  }
  const char *t = memchr(o, '\t', (size_t)(end - o));
  *order = as_slice_make(o, (size_t)((t ? t : end) - o));
  return shard;
}

/* a before b: by KEY, then by shard and ORDER (input order), then by
 * source (a spilled run's lines came before those of the runs after it). */
static bool before(const as_runs *r, size_t a, size_t b) {
  const source *x = &r->src[a], *y = &r->src[b];
  size_t kx = key_len(x->line, x->len), ky = key_len(y->line, y->len);
  int c = memcmp(x->line, y->line, kx < ky ? kx : ky);
  if (c == 0 && kx != ky)
    c = kx < ky ? -1 : 1;
  if (c != 0)
    return c < 0;
  as_slice ox, oy;
  uint32_t sx = position(x, kx, &ox), sy = position(y, ky, &oy);
  if (sx != sy)
    return sx < sy;
  c = cmp_lines(&ox, &oy);
  return c < 0 || (c == 0 && a < b);
}

static void sift_down(as_runs *r, size_t i) {
  for (;;) {
    size_t l = 2 * i + 1, m = i;
    if (l < r->nheap && before(r, r->heap[l], r->heap[m]))
      m = l;
    if (l + 1 < r->nheap && before(r, r->heap[l + 1], r->heap[m]))
      m = l + 1;
    if (m == i)
      return;
    size_t t = r->heap[i];
    r->heap[i] = r->heap[m];
    r->heap[m] = t;
    i = m;
  }
}

/* Starts a merge of sources lo .. nsrc-1. */
static void start(as_runs *r, size_t lo) {
  r->heap = as_xgrow(r->heap, &r->hcap, r->nsrc + 1, sizeof *r->heap);
  r->nheap = 0;
  r->lo = lo;
  r->last = SIZE_MAX;
}

void as_runs_merge(as_runs *r) {
  for (size_t i = 0; i < r->nsrc; i++)
    if (r->src[i].sub)
      as_runs_merge(r->src[i].sub);
  sort_buffer(r);
  r->next = 0;
  new_source(r); /* memory: last, after every spilled run */
  start(r, 0);
}

static void heap_push(as_runs *r, size_t i) {
  size_t k = r->nheap++;
  r->heap[k] = i;
  while (k > 0 && before(r, r->heap[k], r->heap[(k - 1) / 2])) {
    size_t p = (k - 1) / 2, t = r->heap[p];
    r->heap[p] = r->heap[k];
    r->heap[k] = t;
    k = p;
  }
}

/* The next line of the merge and its source; false at the end. */
static bool next_line(as_runs *r, as_slice *line, as_status *st, const char **bad) {
  if (r->last == SIZE_MAX) { /* first call: every source's first line */
    for (size_t i = r->lo; i < r->nsrc; i++) {
      as_status s = AS_OK;
      if (advance(r, i, &s))
        heap_push(r, i);
      if (s != AS_OK) {
        *st = s;
        *bad = r->src[i].name;
      }
    }
  } else { /* the source of the last line moves on */
    as_status s = AS_OK;
    if (advance(r, r->last, &s)) {
      sift_down(r, 0);
    } else {
      r->heap[0] = r->heap[--r->nheap];
      sift_down(r, 0);
    }
    if (s != AS_OK) {
      *st = s;
      *bad = r->src[r->last].name;
    }
  }
  if (r->nheap == 0)
    return false;
  r->last = r->heap[0];
  const source *s = &r->src[r->last];
  *line = as_slice_make(s->line, s->len);
  return true;
}

bool as_runs_next(as_runs *r, as_slice *line, uint32_t *shard, as_status *st, const char **bad) {
  if (!next_line(r, line, st, bad))
    return false;
  const source *s = &r->src[r->last];
  size_t k = key_len(s->line, s->len);
  as_slice order;
  *shard = position(s, k, &order);
  if (s->sub) { /* the line as its claims file had it: without the tag */
    as_strbuf_clear(&r->untagged);
    as_strbuf_append(&r->untagged, s->line, k + 1);
    as_strbuf_append(&r->untagged, order.ptr, (size_t)(s->line + s->len - order.ptr));
    *line = as_strbuf_slice(&r->untagged);
  }
  return true;
}

/* When the last FANIN spilled runs have one level, merges them into one run
 * of the next level (and so on up). */
static as_status cascade(as_runs *r, int *err) {
  while (r->nsrc >= FANIN) {
    size_t lo = r->nsrc - FANIN;
    unsigned level = r->src[lo].level;
    for (size_t i = lo; i < r->nsrc; i++)
      if (r->src[i].level != level || r->src[i].name || r->src[i].sub)
        return AS_OK;
    FILE *f = as_temp_file();
    if (!f) {
      *err = errno;
      return AS_ERR_WRITE;
    }
    start(r, lo);
    as_slice line;
    as_status st = AS_OK;
    const char *bad = NULL;
    bool ok = true;
    while (ok && next_line(r, &line, &st, &bad))
      ok = fwrite(line.ptr, 1, line.len, f) == line.len && putc('\n', f) != EOF;
    if (!ok || st != AS_OK || fflush(f) != 0 || fseek(f, 0, SEEK_SET) != 0) {
      *err = errno ? errno : EIO;
      fclose(f);
      return AS_ERR_WRITE;
    }
    for (size_t i = lo; i < r->nsrc; i++) {
      fclose(r->src[i].f);
      free(r->src[i].line);
      as_strbuf_free(&r->src[i].prev);
    }
    r->nsrc = lo;
    source *s = new_source(r);
    s->f = f;
    s->level = level + 1;
  }
  return AS_OK;
}

const char *as_runs_name(const as_runs *r) { return r->last < r->nsrc ? r->src[r->last].name : NULL; }

size_t as_runs_nfiles(const as_runs *r) {
  size_t n = 0;
  for (size_t i = 0; i < r->nsrc; i++)
    n += r->src[i].name != NULL;
  return n;
}

FILE *as_runs_file(const as_runs *r, size_t i, const char **name) {
  for (size_t k = 0; k < r->nsrc; k++)
    if (r->src[k].name && i-- == 0) {
      *name = r->src[k].name;
      return r->src[k].f;
    }
  return NULL;
}
