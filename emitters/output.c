/* output.c: opening and closing the files a format writes. */
/* SPDX-License-Identifier: MIT */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/strbuf.h"
#include "emitter.h"

static const char *display(const as_emitter *e, const char *name, as_strbuf *buf) {
  if (e->out.dir) {
    as_strbuf_puts(buf, e->out.dir);
    if (buf->len && buf->ptr[buf->len - 1] != '/')
      as_strbuf_putc(buf, '/');
    as_strbuf_puts(buf, name);
    return as_strbuf_cstr(buf);
  }
  if (!e->out.path || strcmp(e->out.path, "-") == 0)
    return "<stdout>";
  return e->out.path;
}

as_status as_output_failed(const as_emitter *e, const char *name, int err) {
  as_strbuf b = AS_STRBUF_INIT;
  as_prov none = {0, 0, 0, 0};
  as_diag_report(e->diag, AS_D_WRITE_FAILED, NULL, none, "cannot write '%s': %s",
                 display(e, name, &b), strerror(err ? err : EIO));
  as_strbuf_free(&b);
  return AS_ERR_WRITE;
}

as_status as_output_write(const as_emitter *e, as_sink *s, const char *name, const void *p,
                          size_t n) {
  return as_sink_write(s, p, n) == AS_OK ? AS_OK : as_output_failed(e, name, s->err);
}

/* mkdir -p: the folder and any missing parents; 0 or an errno. */
static int make_dirs(const char *dir) {
  as_strbuf b = AS_STRBUF_INIT;
  as_strbuf_puts(&b, dir);
  char *p = (char *)as_strbuf_cstr(&b);
  int err = 0;
  for (size_t i = 1; i <= b.len && !err; i++) {
    if (p[i] != '/' && p[i] != '\0')
      continue;
    char c = p[i];
    p[i] = '\0';
    if (mkdir(p, 0777) != 0 && errno != EEXIST)
      err = errno;
    p[i] = c;
  }
  as_strbuf_free(&b);
  return err;
}

as_sink *as_output_open(const as_emitter *e, const char *name) {
  if (e->out.memory)
    return as_sink_memory(e->out.memory);
  if (!e->out.dir && (!e->out.path || strcmp(e->out.path, "-") == 0))
    return as_sink_stdout();
  as_strbuf b = AS_STRBUF_INIT;
  const char *path = display(e, name, &b);
  int err = e->out.dir ? make_dirs(e->out.dir) : 0;
  if (err) {
    as_output_failed(e, name, err);
    as_strbuf_free(&b);
    return NULL;
  }
  as_sink *s = as_sink_atomic(path);
  if (!s)
    as_output_failed(e, name, errno);
  as_strbuf_free(&b);
  return s;
}

as_status as_output_close(const as_emitter *e, as_sink *s, const char *name) {
  if (!s)
    return AS_OK;
  int had = s->err;
  as_status st = as_sink_close(s);
  if (st != AS_OK)
    return as_output_failed(e, name, had ? had : errno);
  return AS_OK;
}
