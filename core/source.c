/* source.c: input paths → files → cleaned lines → raw articles, streamed. */
/* SPDX-License-Identifier: MIT */
#define _POSIX_C_SOURCE 200809L
#include "source.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "mem.h"
#include "strbuf.h"
#include "utf8.h"

/* A pending line: offsets into `buf` until the article is handed out. */
typedef struct {
  size_t start, len;
  uint32_t no;
  uint64_t byte;
  size_t fix0, nfix; /* range in src->fixes */
} pend_line;

struct as_source {
  as_diag_sink *diag;
  size_t max_bytes;
  char **files; /* display names, in order */
  size_t nfiles, cap_files;
  bool *is_stdin;
  const void *mem; /* as_source_new_memory: the one input's bytes */
  size_t mem_len;
  size_t next_file; /* index of the next file to open */
  bool failed;
  uint64_t bytes_read, bytes_total;

  /* the open file */
  FILE *f;
  uint32_t cur; /* id of the open file */
  uint32_t line_no;
  uint64_t byte;
  bool saw_title, reported_before_title, file_empty;

  char *raw; /* getline buffer */
  size_t raw_cap;
  as_strbuf clean; /* cleaned line being built */
  as_fix *line_fixes;
  size_t nline_fixes, cap_line_fixes;

  /* the article being gathered */
  as_strbuf buf;
  pend_line *lines;
  size_t nlines, cap_lines;
  as_fix *fixes;
  size_t nfixes, cap_fixes;
  bool truncated, reported_big;
  /* a title line read ahead, which starts the next article */
  bool have_next_title;
  uint64_t lines_pending_byte;
};

static void add_file(as_source *src, const char *name, bool is_stdin) {
  src->files = as_xgrow(src->files, &src->cap_files, src->nfiles + 1, sizeof *src->files);
  src->files[src->nfiles] = as_xstrdup(name);
  src->is_stdin = as_xrealloc(src->is_stdin, src->cap_files * sizeof *src->is_stdin);
  src->is_stdin[src->nfiles] = is_stdin;
  src->nfiles++;
}

static void report_path(as_source *src, const char *path, int err) {
  /* file id: where the path stands among the inputs, for ordering */
  as_prov none = {(uint32_t)src->nfiles, 0, 0, 0};
  src->failed = true;
  as_diag_report(src->diag, AS_D_UNREADABLE_PATH, NULL, none, "cannot read '%s': %s", path,
                 strerror(err));
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool has_txt_suffix(const char *name) {
  size_t n = strlen(name);
  return n > 4 && strcmp(name + n - 4, ".txt") == 0;
}

/* Collects every *.txt below dir into *out (unsorted). Symbolic links to
 * folders are not followed, so a link loop cannot make this run forever. */
static void walk_dir(as_source *src, const char *dir, char ***out, size_t *n, size_t *cap) {
  DIR *d = opendir(dir);
  if (!d) {
    report_path(src, dir, errno);
    return;
  }
  struct dirent *e;
  while ((e = readdir(d))) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
      continue;
    as_strbuf p = AS_STRBUF_INIT;
    as_strbuf_puts(&p, dir);
    if (p.len && p.ptr[p.len - 1] != '/')
      as_strbuf_putc(&p, '/');
    as_strbuf_puts(&p, e->d_name);
    struct stat st, lst;
    if (lstat(p.ptr, &lst) == 0 && S_ISDIR(lst.st_mode)) {
      walk_dir(src, p.ptr, out, n, cap);
    } else if (has_txt_suffix(e->d_name)) {
      errno = 0;
      if (stat(p.ptr, &st) == 0 && S_ISREG(st.st_mode)) {
        *out = as_xgrow(*out, cap, *n + 1, sizeof **out);
        (*out)[(*n)++] = p.ptr;
        continue;
      }
      /* a dangling link, or a *.txt that is a device or a linked folder */
      if (errno || !S_ISDIR(st.st_mode))
        report_path(src, p.ptr, errno ? errno : EINVAL);
    }
    as_strbuf_free(&p);
  }
  closedir(d);
}

static void add_path(as_source *src, const char *path) {
  if (strcmp(path, "-") == 0) {
    add_file(src, "<stdin>", true);
    return;
  }
  struct stat st;
  if (stat(path, &st) != 0) {
    report_path(src, path, errno);
    return;
  }
  if (!S_ISDIR(st.st_mode)) {
    add_file(src, path, false);
    if (S_ISREG(st.st_mode))
      src->bytes_total += (uint64_t)st.st_size;
    return;
  }
  char **found = NULL;
  size_t n = 0, cap = 0;
  walk_dir(src, path, &found, &n, &cap);
  if (n > 1)
    qsort(found, n, sizeof *found, cmp_str);
  if (n == 0) {
    as_prov none = {0, 0, 0, 0};
    as_diag_report(src->diag, AS_D_NO_ARTICLES, path, none, "folder holds no *.txt files");
  }
  for (size_t i = 0; i < n; i++) {
    add_file(src, found[i], false);
    if (stat(found[i], &st) == 0)
      src->bytes_total += (uint64_t)st.st_size;
    free(found[i]);
  }
  free(found);
}

as_source *as_source_new(const char *const *paths, size_t npaths, as_diag_sink *diag,
                         size_t max_article_bytes) {
  as_source *src = as_xcalloc(1, sizeof *src);
  src->diag = diag;
  src->max_bytes = max_article_bytes;
  for (size_t i = 0; i < npaths; i++)
    add_path(src, paths[i]);
  return src;
}

as_source *as_source_new_memory(const char *name, const void *data, size_t len, as_diag_sink *diag,
                                size_t max_article_bytes) {
  as_source *src = as_xcalloc(1, sizeof *src);
  src->diag = diag;
  src->max_bytes = max_article_bytes;
  src->mem = data;
  src->mem_len = len;
  src->bytes_total = len;
  add_file(src, name, false);
  return src;
}

bool as_source_failed(const as_source *src) { return src->failed; }
uint64_t as_source_bytes_read(const as_source *src) { return src->bytes_read; }
uint64_t as_source_bytes_total(const as_source *src) { return src->bytes_total; }
size_t as_source_file_count(const as_source *src) { return src->nfiles; }
const char *as_source_file_name(const as_source *src, uint32_t file) {
  return file < src->nfiles ? src->files[file] : "?";
}

static const char *cur_name(const as_source *src) { return src->files[src->cur]; }

static as_prov line_start(const as_source *src) {
  as_prov p = {src->cur, src->line_no, 1, src->byte};
  return p;
}

static void close_file(as_source *src) {
  if (!src->f)
    return;
  if (ferror(src->f))
    report_path(src, cur_name(src), errno ? errno : EIO);
  else if (src->file_empty) {
    as_diag_report(src->diag, AS_D_EMPTY_FILE, cur_name(src), (as_prov){src->cur, 0, 0, 0},
                   "file is empty");
  } else if (!src->saw_title)
    as_diag_report(src->diag, AS_D_NO_ARTICLES, cur_name(src), (as_prov){src->cur, 0, 0, 0},
                   "no '= Title =' line: nothing to extract");
  if (src->f != stdin)
    fclose(src->f);
  src->f = NULL;
}

static bool open_next_file(as_source *src) {
  while (src->next_file < src->nfiles) {
    size_t i = src->next_file++;
    FILE *f = src->mem   ? fmemopen((void *)(src->mem_len ? src->mem : ""), src->mem_len ? src->mem_len : 1, "rb")
              : src->is_stdin[i] ? stdin
                                 : fopen(src->files[i], "rb");
    if (f && src->mem && !src->mem_len)
      (void)fgetc(f); /* an empty input: fmemopen wants a size of at least one */
    if (!f) {
      int e = errno;
      src->cur = (uint32_t)i;
      report_path(src, src->files[i], e);
      continue;
    }
    src->f = f;
    src->cur = (uint32_t)i;
    src->line_no = 0;
    src->byte = 0;
    src->saw_title = src->reported_before_title = false;
    src->file_empty = true;
    return true;
  }
  return false;
}

/* Reports the bad bytes of one line: one diagnostic per kind and line,
 * at the first one, so a binary file does not flood the output. */
static void report_fixes(as_source *src, const char *raw, size_t rawlen, size_t skip) {
  size_t nul_count = 0, bad_count = 0;
  size_t nul_at = 0, bad_at = 0;
  unsigned char bad_byte = 0;
  const as_fix *fx = src->line_fixes;
  /* columns are counted only for the first fix of each kind, so a line
   * full of bad bytes costs O(line), not O(line²) */
  for (size_t i = 0; i < src->nline_fixes; i++) {
    size_t orig = fx[i].off; /* offset in the clean text */
    /* the byte in the raw line: clean offset minus the growth so far */
    size_t raw_off = orig - 2 * i + skip;
    unsigned char b = raw_off < rawlen ? (unsigned char)raw[raw_off] : 0;
    if (b == 0) {
      if (!nul_count++)
        nul_at = as_utf8_count(src->clean.ptr, orig) + 1;
    } else if (!bad_count++) {
      bad_at = as_utf8_count(src->clean.ptr, orig) + 1;
      bad_byte = b;
    }
  }
  as_prov p = line_start(src);
  if (nul_count) {
    p.col = (uint32_t)nul_at;
    as_diag_report(src->diag, AS_D_NUL_BYTE, cur_name(src), p,
                   "NUL byte in input; replaced with U+FFFD%s", nul_count > 1 ? " (and more in this line)" : "");
  }
  if (bad_count) {
    p.col = (uint32_t)bad_at;
    as_diag_report(src->diag, AS_D_INVALID_UTF8, cur_name(src), p,
                   "invalid UTF-8 byte 0x%02X; replaced with U+FFFD%s", bad_byte,
                   bad_count > 1 ? " (and more in this line)" : "");
  }
}

/* Cleans raw[0..n) into src->clean: every NUL byte and every byte that does
 * not start a valid UTF-8 sequence becomes U+FFFD, recorded as a fix. */
static void clean_line(as_source *src, const char *raw, size_t n) {
  as_strbuf_clear(&src->clean);
  src->nline_fixes = 0;
  size_t i = 0;
  while (i < n) {
    size_t ok = as_utf8_scan_clean(raw + i, n - i);
    as_strbuf_append(&src->clean, raw + i, ok);
    i += ok;
    if (i >= n)
      break;
    src->line_fixes = as_xgrow(src->line_fixes, &src->cap_line_fixes, src->nline_fixes + 1,
                               sizeof *src->line_fixes);
    src->line_fixes[src->nline_fixes++] = (as_fix){(uint32_t)src->clean.len, 1};
    as_strbuf_append(&src->clean, "\xEF\xBF\xBD", 3);
    i++;
  }
}

/* Reads one line into src->clean; false at end of file. Drops "\n",
 * "\r\n" and, on line 1, a UTF-8 byte order mark (still counted in bytes). */
static bool read_line(as_source *src, uint64_t *line_byte) {
  errno = 0;
  ssize_t got = getline(&src->raw, &src->raw_cap, src->f);
  if (got < 0)
    return false;
  src->file_empty = false;
  size_t n = (size_t)got;
  src->bytes_read += n;
  src->line_no++;
  uint64_t start = src->byte;
  src->byte += n;
  if (n && src->raw[n - 1] == '\n')
    n--;
  if (n && src->raw[n - 1] == '\r')
    n--;
  size_t skip = 0;
  if (src->line_no == 1 && n >= 3 && memcmp(src->raw, "\xEF\xBB\xBF", 3) == 0)
    skip = 3;
  *line_byte = start + skip;
  clean_line(src, src->raw + skip, n - skip);
  if (src->nline_fixes) {
    uint64_t keep = src->byte;
    src->byte = start;
    report_fixes(src, src->raw, n, skip);
    src->byte = keep;
  }
  return true;
}

/* "= Title =": one '=' (not "=="), text, one '=' at the end. */
static bool is_title_line(as_slice s) {
  s = as_slice_trim(s);
  return s.len >= 2 && s.ptr[0] == '=' && s.ptr[1] != '=' && s.ptr[s.len - 1] == '=' &&
         s.ptr[s.len - 2] != '=';
}

static bool is_blank(as_slice s) { return as_slice_trim(s).len == 0; }

static void reset_article(as_source *src) {
  as_strbuf_clear(&src->buf);
  src->nlines = 0;
  src->nfixes = 0;
  src->truncated = src->reported_big = false;
}

static void push_line(as_source *src, uint64_t line_byte) {
  if (src->max_bytes && src->buf.len + src->clean.len > src->max_bytes && src->nlines > 0) {
    src->truncated = true;
    if (!src->reported_big) {
      src->reported_big = true;
      as_prov p = line_start(src);
      p.byte = line_byte;
      as_diag_report(src->diag, AS_D_ARTICLE_TOO_LARGE, cur_name(src), p,
                     "article is larger than %zu bytes (--max-article-bytes); the rest of it is skipped",
                     src->max_bytes);
    }
    return;
  }
  src->lines = as_xgrow(src->lines, &src->cap_lines, src->nlines + 1, sizeof *src->lines);
  pend_line *pl = &src->lines[src->nlines++];
  pl->start = src->buf.len;
  pl->len = src->clean.len;
  pl->no = src->line_no;
  pl->byte = line_byte;
  pl->fix0 = src->nfixes;
  pl->nfix = src->nline_fixes;
  as_strbuf_append(&src->buf, src->clean.ptr ? src->clean.ptr : "", src->clean.len);
  if (src->nline_fixes) {
    src->fixes = as_xgrow(src->fixes, &src->cap_fixes, src->nfixes + src->nline_fixes,
                          sizeof *src->fixes);
    memcpy(src->fixes + src->nfixes, src->line_fixes, src->nline_fixes * sizeof *src->fixes);
    src->nfixes += src->nline_fixes;
  }
}

/* Copies the gathered article into the arena, with slices into the copy. */
static const as_raw_article *hand_out(as_source *src, as_arena *arena) {
  as_raw_article *a = AS_NEW(arena, as_raw_article);
  char *text = as_arena_strndup(arena, src->buf.ptr ? src->buf.ptr : "", src->buf.len);
  as_fix *fixes = src->nfixes ? AS_NEW_N(arena, as_fix, src->nfixes) : NULL;
  if (fixes)
    memcpy(fixes, src->fixes, src->nfixes * sizeof *fixes);
  a->file = src->cur;
  a->file_name = cur_name(src);
  a->nlines = src->nlines;
  a->truncated = src->truncated;
  a->lines = AS_NEW_N(arena, as_line, src->nlines);
  for (size_t i = 0; i < src->nlines; i++) {
    const pend_line *pl = &src->lines[i];
    as_line *ln = &a->lines[i];
    ln->text = as_slice_make(text + pl->start, pl->len);
    ln->no = pl->no;
    ln->byte = pl->byte;
    ln->fixes = pl->nfix ? fixes + pl->fix0 : NULL;
    ln->nfix = (uint32_t)pl->nfix;
  }
  return a;
}

const as_raw_article *as_source_next(as_source *src, as_arena *arena) {
  for (;;) {
    if (!src->f && !open_next_file(src))
      return NULL;
    reset_article(src);
    if (src->have_next_title) {
      src->have_next_title = false;
      push_line(src, src->lines_pending_byte);
    }
    uint64_t line_byte;
    while (read_line(src, &line_byte)) {
      as_slice s = as_strbuf_slice(&src->clean);
      if (is_title_line(s)) {
        src->saw_title = true;
        if (src->nlines > 0) {
          /* keep this title line for the next call */
          src->have_next_title = true;
          src->lines_pending_byte = line_byte;
          return hand_out(src, arena);
        }
        push_line(src, line_byte);
      } else if (src->nlines > 0) {
        push_line(src, line_byte);
      } else if (!is_blank(s) && !src->reported_before_title) {
        src->reported_before_title = true;
        as_prov p = line_start(src);
        p.byte = line_byte;
        as_diag_report(src->diag, AS_D_TEXT_BEFORE_TITLE, cur_name(src), p,
                       "text before the first '= Title =' line is skipped");
      }
    }
    const as_raw_article *a = src->nlines > 0 ? hand_out(src, arena) : NULL;
    close_file(src);
    if (a)
      return a;
  }
}

void as_source_free(as_source *src) {
  if (!src)
    return;
  if (src->f && src->f != stdin)
    fclose(src->f);
  for (size_t i = 0; i < src->nfiles; i++)
    free(src->files[i]);
  free(src->files);
  free(src->is_stdin);
  free(src->raw);
  as_strbuf_free(&src->clean);
  as_strbuf_free(&src->buf);
  free(src->line_fixes);
  free(src->lines);
  free(src->fixes);
  free(src);
}

as_prov as_line_prov(const as_line *ln, uint32_t file, size_t off) {
  as_cursor c;
  as_cursor_init(&c, ln, file);
  return as_cursor_at(&c, off);
}

void as_cursor_init(as_cursor *c, const as_line *ln, uint32_t file) {
  c->ln = ln;
  c->file = file;
  c->off = 0;
  c->col = 1;
  c->fix = 0;
  c->delta = 0;
}

void as_cursor_skip(as_cursor *c, size_t off, uint32_t col) {
  if (off > c->off && off <= c->ln->text.len) {
    c->off = off;
    c->col = col;
  }
}

as_prov as_cursor_at(as_cursor *c, size_t off) {
  const as_line *ln = c->ln;
  if (off > ln->text.len)
    off = ln->text.len;
  if (off > c->off) {
    c->col += (uint32_t)as_utf8_count(ln->text.ptr + c->off, off - c->off);
    c->off = off;
  }
  while (c->fix < ln->nfix && ln->fixes[c->fix].off < c->off) {
    c->delta += (int64_t)ln->fixes[c->fix].orig_len - 3;
    c->fix++;
  }
  as_prov p = {c->file, ln->no, c->col, ln->byte + (uint64_t)((int64_t)c->off + c->delta)};
  return p;
}
