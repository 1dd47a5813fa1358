/* sink.c: stdout, memory and atomic-file byte sinks. */
/* SPDX-License-Identifier: MIT */
#define _POSIX_C_SOURCE 200809L
#include "sink.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mem.h"

enum { WBUF = 1 << 16 };

/* Passes the gathered bytes to the FILE. */
static int flush_file(as_sink *s) {
  size_t n = s->wlen;
  s->wlen = 0;
  if (n && fwrite(s->wbuf, 1, n, s->ctx) != n)
    return errno ? errno : EIO;
  return 0;
}

static int write_file(as_sink *s, const void *buf, size_t len) {
  if (s->wlen + len > WBUF) {
    int e = flush_file(s);
    if (e)
      return e;
  }
  if (len >= WBUF)
    return fwrite(buf, 1, len, s->ctx) == len ? 0 : (errno ? errno : EIO);
  if (!s->wbuf)
    s->wbuf = as_xmalloc(WBUF);
  memcpy(s->wbuf + s->wlen, buf, len);
  s->wlen += len;
  return 0;
}

static int close_stdout(as_sink *s) {
  int e = flush_file(s);
  if (e)
    return e;
  if (fflush(s->ctx) != 0 || ferror((FILE *)s->ctx))
    return errno ? errno : EIO;
  return 0;
}

static void discard_nothing(as_sink *s) { (void)s; }

static as_sink *new_sink(void) { return as_xcalloc(1, sizeof(as_sink)); }

as_sink *as_sink_stdout(void) {
  as_sink *s = new_sink();
  s->write = write_file;
  s->close = close_stdout;
  s->discard = discard_nothing;
  s->ctx = stdout;
  return s;
}

static int write_memory(as_sink *s, const void *buf, size_t len) {
  as_strbuf_append(s->ctx, buf, len);
  return 0;
}

static int close_nothing(as_sink *s) {
  (void)s;
  return 0;
}

as_sink *as_sink_memory(as_strbuf *buf) {
  as_sink *s = new_sink();
  s->write = write_memory;
  s->close = close_nothing;
  s->discard = discard_nothing;
  s->ctx = buf;
  return s;
}

static int close_atomic(as_sink *s) {
  FILE *f = s->ctx;
  int err = flush_file(s);
  if (err)
    ;
  else if (fflush(f) != 0 || ferror(f))
    err = errno ? errno : EIO;
  else if (fsync(fileno(f)) != 0 && errno != EINVAL)
    err = errno;
  if (fclose(f) != 0 && !err)
    err = errno ? errno : EIO;
  s->ctx = NULL;
  if (!err && rename(s->tmp_path, s->path) != 0)
    err = errno;
  if (err)
    unlink(s->tmp_path);
  return err;
}

static void discard_atomic(as_sink *s) {
  if (s->ctx)
    fclose(s->ctx);
  s->ctx = NULL;
  unlink(s->tmp_path);
}

static int close_direct(as_sink *s) {
  FILE *f = s->ctx;
  int err = flush_file(s);
  if (err)
    ;
  else if (fflush(f) != 0 || ferror(f))
    err = errno ? errno : EIO;
  if (fclose(f) != 0 && !err)
    err = errno ? errno : EIO;
  s->ctx = NULL;
  return err;
}

static void discard_direct(as_sink *s) {
  if (s->ctx)
    fclose(s->ctx);
  s->ctx = NULL;
}

/* A path that exists and is not a regular file (/dev/full, a FIFO,
 * /dev/stdout) is written in place: renaming over it would replace the
 * device or pipe itself. */
static as_sink *open_direct(const char *path) {
  FILE *f = fopen(path, "wb");
  if (!f)
    return NULL;
  as_sink *s = new_sink();
  s->write = write_file;
  s->close = close_direct;
  s->discard = discard_direct;
  s->ctx = f;
  s->path = as_xstrdup(path);
  return s;
}

as_sink *as_sink_atomic(const char *path) {
  struct stat st;
  if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) {
      errno = EISDIR;
      return NULL;
    }
    return open_direct(path);
  }
  const char *slash = strrchr(path, '/');
  size_t dir_len = slash ? (size_t)(slash - path + 1) : 0;
  as_strbuf tmp = AS_STRBUF_INIT;
  as_strbuf_append(&tmp, path, dir_len);
  as_strbuf_printf(&tmp, ".%s.tmp.XXXXXX", path + dir_len);
  int fd = mkstemp(tmp.ptr);
  if (fd < 0) {
    int e = errno;
    as_strbuf_free(&tmp);
    errno = e;
    return NULL;
  }
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  FILE *f = fdopen(fd, "wb");
  if (!f) {
    int e = errno;
    close(fd);
    unlink(tmp.ptr);
    as_strbuf_free(&tmp);
    errno = e;
    return NULL;
  }
  as_sink *s = new_sink();
  s->write = write_file;
  s->close = close_atomic;
  s->discard = discard_atomic;
  s->ctx = f;
  s->path = as_xstrdup(path);
  s->tmp_path = tmp.ptr;
  return s;
}

as_status as_sink_write(as_sink *s, const void *buf, size_t len) {
  if (s->err)
    return AS_ERR_WRITE;
  if (s->fail_after && s->written + len > s->fail_after) {
    s->err = ENOSPC;
    return AS_ERR_WRITE;
  }
  int e = s->write(s, buf, len);
  if (e) {
    s->err = e;
    return AS_ERR_WRITE;
  }
  s->written += len;
  return AS_OK;
}

as_status as_sink_puts(as_sink *s, const char *str) { return as_sink_write(s, str, strlen(str)); }

static void free_sink(as_sink *s) {
  free(s->wbuf);
  free(s->path);
  free(s->tmp_path);
  free(s);
}

as_status as_sink_close(as_sink *s) {
  if (!s)
    return AS_OK;
  if (s->err) {
    s->discard(s);
    int e = s->err;
    free_sink(s);
    errno = e;
    return AS_ERR_WRITE;
  }
  int e = s->close(s);
  free_sink(s);
  errno = e;
  return e ? AS_ERR_WRITE : AS_OK;
}

void as_sink_discard(as_sink *s) {
  if (!s)
    return;
  s->discard(s);
  free_sink(s);
}
