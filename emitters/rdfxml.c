/* rdfxml.c: RDF/XML, the triples of rdf.c written by libxml2's
 * xmlTextWriter: one rdf:Description per subject, in the order they come. */
/* SPDX-License-Identifier: MIT */
#include <libxml/xmlwriter.h>
#include <stdlib.h>
#include <string.h>

#include "../core/mem.h"
#include "emitter.h"
#include "rdf.h"

typedef struct {
  as_emitter *e;
  as_sink *sink;
  xmlTextWriterPtr w;
  as_rdf *gen;
  as_strbuf subject; /* of the open rdf:Description; empty if none */
  as_strbuf qname, text;
} rx_state;

/* Never fails towards libxml2, which would print its own "I/O error": the
 * sink keeps its error, and check() reports it once after each call. */
static int xml_write(void *ctx, const char *buf, int len) {
  rx_state *rx = ctx;
  as_status st = rx->sink ? as_sink_write(rx->sink, buf, (size_t)len) : AS_OK;
  (void)st; /* a failure stays in rx->sink->err */
  return len;
}

/* The sink is closed by as_output_close, so that its failure is reported. */
static int xml_close(void *ctx) {
  (void)ctx;
  return 0;
}

static as_status check(rx_state *rx, int rc) {
  if (rx->sink && rx->sink->err)
    return as_output_failed(rx->e, rx->e->ops->file, rx->sink->err);
  return rc < 0 ? AS_ERR_LIBRARY : AS_OK;
}

static const xmlChar *X(const char *s) { return (const xmlChar *)s; }

/* `prefix:local` for a predicate IRI in one of the declared namespaces. */
static bool qname(as_strbuf *out, as_slice iri) {
  const as_rdf_ns *best = NULL;
  for (const as_rdf_ns *ns = as_rdf_namespaces; ns->prefix; ns++) {
    size_t n = strlen(ns->iri);
    if (iri.len > n && memcmp(iri.ptr, ns->iri, n) == 0 && (!best || n > strlen(best->iri)))
      best = ns;
  }
  if (!best)
    return false;
  as_strbuf_clear(out);
  as_strbuf_puts(out, best->prefix);
  as_strbuf_putc(out, ':');
  size_t n = strlen(best->iri);
  as_strbuf_append(out, iri.ptr + n, iri.len - n);
  return true;
}

static const char *cstr(as_strbuf *b, as_slice s) {
  as_strbuf_clear(b);
  as_strbuf_put_slice(b, s);
  return as_strbuf_cstr(b);
}

/* Opens the rdf:Description of subject unless it is the open one. */
static as_status describe(rx_state *rx, as_slice subject) {
  if (rx->subject.len && as_slice_eq(as_strbuf_slice(&rx->subject), subject))
    return AS_OK;
  as_status st;
  if (rx->subject.len)
    TRY(st, check(rx, xmlTextWriterEndElement(rx->w)));
  cstr(&rx->subject, subject);
  TRY(st, check(rx, xmlTextWriterStartElement(rx->w, X("rdf:Description"))));
  return check(rx, xmlTextWriterWriteAttribute(rx->w, X("rdf:about"), X(rx->subject.ptr)));
}

static as_status triple(void *ctx, as_slice subject, as_slice predicate, const as_rdf_object *o) {
  rx_state *rx = ctx;
  as_status st;
  TRY(st, describe(rx, subject));
  if (!qname(&rx->qname, predicate))
    return AS_ERR_LIBRARY;
  TRY(st, check(rx, xmlTextWriterStartElement(rx->w, X(rx->qname.ptr))));
  const char *text = cstr(&rx->text, o->text);
  if (o->is_iri) {
    TRY(st, check(rx, xmlTextWriterWriteAttribute(rx->w, X("rdf:resource"), X(text))));
  } else {
    if (o->datatype)
      TRY(st, check(rx, xmlTextWriterWriteAttribute(rx->w, X("rdf:datatype"), X(o->datatype))));
    TRY(st, check(rx, xmlTextWriterWriteString(rx->w, X(text))));
  }
  return check(rx, xmlTextWriterEndElement(rx->w));
}

static as_status rx_begin(as_emitter *e) {
  rx_state *rx = as_xcalloc(1, sizeof *rx);
  e->state = rx;
  rx->e = e;
  rx->sink = as_output_open(e, e->ops->file);
  if (!rx->sink)
    return AS_ERR_WRITE;
  xmlOutputBufferPtr buf = xmlOutputBufferCreateIO(xml_write, xml_close, rx, NULL);
  rx->w = buf ? xmlNewTextWriter(buf) : NULL;
  if (!rx->w)
    return AS_ERR_LIBRARY;
  rx->gen = as_rdf_new(triple, rx, e->flags & AS_EMIT_CONFLICTS_ONLY);
  as_status st;
  TRY(st, check(rx, xmlTextWriterSetIndent(rx->w, 1)));
  TRY(st, check(rx, xmlTextWriterSetIndentString(rx->w, X("  "))));
  TRY(st, check(rx, xmlTextWriterStartDocument(rx->w, NULL, "UTF-8", NULL)));
  TRY(st, check(rx, xmlTextWriterStartElement(rx->w, X("rdf:RDF"))));
  as_strbuf attr = AS_STRBUF_INIT;
  for (const as_rdf_ns *ns = as_rdf_namespaces; ns->prefix && st == AS_OK; ns++) {
    as_strbuf_clear(&attr);
    as_strbuf_printf(&attr, "xmlns:%s", ns->prefix);
    st = check(rx, xmlTextWriterWriteAttribute(rx->w, X(attr.ptr), X(ns->iri)));
  }
  as_strbuf_free(&attr);
  return st;
}

static as_status rx_article(as_emitter *e, const as_article *a) {
  rx_state *rx = e->state;
  return as_rdf_article(rx->gen, a);
}

static as_status rx_conflicts(as_emitter *e, const as_conflicts *c) {
  rx_state *rx = e->state;
  return as_rdf_conflicts(rx->gen, c);
}

static as_status rx_end(as_emitter *e) {
  rx_state *rx = e->state;
  as_status st;
  TRY(st, check(rx, xmlTextWriterEndDocument(rx->w))); /* closes every open element */
  TRY(st, check(rx, xmlTextWriterFlush(rx->w)));
  xmlFreeTextWriter(rx->w);
  rx->w = NULL;
  TRY(st, check(rx, 0));
  as_sink *s = rx->sink;
  rx->sink = NULL;
  return as_output_close(e, s, e->ops->file);
}

static void rx_fini(as_emitter *e) {
  rx_state *rx = e->state;
  if (!rx)
    return;
  as_sink *s = rx->sink;
  rx->sink = NULL; /* whatever libxml2 still holds is dropped, not written */
  if (rx->w)
    xmlFreeTextWriter(rx->w);
  as_sink_discard(s);
  as_rdf_free(rx->gen);
  as_strbuf_free(&rx->subject);
  as_strbuf_free(&rx->qname);
  as_strbuf_free(&rx->text);
  free(rx);
  e->state = NULL;
}

const as_emitter_ops as_rdfxml_ops = {"rdfxml", "assay.rdf", rx_begin, rx_article, rx_conflicts,
                                      rx_end, rx_fini,     NULL,     NULL};
