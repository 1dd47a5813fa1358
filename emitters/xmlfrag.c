/* xmlfrag.c: see xmlfrag.h. */
/* SPDX-License-Identifier: MIT */
#include "xmlfrag.h"

#include <libxml/parser.h>
#include <string.h>

static int frag_write(void *ctx, const char *buf, int len) {
  as_xmlfrag *f = ctx;
  if (!f->closed)
    as_strbuf_append(f->out, buf, (size_t)len);
  return len;
}

static int frag_close(void *ctx) {
  (void)ctx;
  return 0;
}

void as_xmlfrag_init(void) { xmlInitParser(); }

/* The XML declaration and the enclosing elements are written too (`<x>` per level, the innermost
 * start tag left open); the fragment's first element closes that tag with
 * ">\n", and everything up to there is cut at close. */
as_status as_xmlfrag_open(as_xmlfrag *f, as_strbuf *out, int depth, const char *indent) {
  memset(f, 0, sizeof *f);
  f->out = out;
  f->start = out->len;
  xmlOutputBufferPtr buf = xmlOutputBufferCreateIO(frag_write, frag_close, f, NULL);
  f->w = buf ? xmlNewTextWriter(buf) : NULL;
  if (!f->w) {
    if (buf)
      xmlOutputBufferClose(buf);
    return AS_ERR_LIBRARY;
  }
  if (xmlTextWriterSetIndent(f->w, 1) < 0 ||
      xmlTextWriterSetIndentString(f->w, (const xmlChar *)indent) < 0 ||
      xmlTextWriterStartDocument(f->w, NULL, "UTF-8", NULL) < 0) /* else non-ASCII becomes &#x..; */
    return AS_ERR_LIBRARY;
  for (int i = 0; i < depth; i++)
    if (xmlTextWriterStartElement(f->w, (const xmlChar *)"x") < 0)
      return AS_ERR_LIBRARY;
  if (xmlTextWriterFlush(f->w) < 0)
    return AS_ERR_LIBRARY;
  f->mark = out->len;
  return AS_OK;
}

as_status as_xmlfrag_close(as_xmlfrag *f, bool ok) {
  if (f->w && ok && xmlTextWriterFlush(f->w) < 0)
    ok = false;
  f->closed = true; /* the enclosing end tags, if libxml2 writes them, are not ours */
  if (f->w)
    xmlFreeTextWriter(f->w);
  f->w = NULL;
  as_strbuf *out = f->out;
  static const char lead[] = ">\n"; /* the end of the innermost enclosing start tag */
  size_t n = out->len - f->mark;
  if (ok && n > 0 && (n < 2 || memcmp(out->ptr + f->mark, lead, 2) != 0))
    ok = false; /* not the layout this relies on: a libxml2 that writes otherwise */
  if (!ok) {
    out->len = f->start;
    return AS_ERR_LIBRARY;
  }
  size_t from = n > 0 ? f->mark + 2 : out->len;
  memmove(out->ptr + f->start, out->ptr + from, out->len - from);
  out->len = f->start + (out->len - from);
  if (out->ptr)
    out->ptr[out->len] = '\0';
  return AS_OK;
}
