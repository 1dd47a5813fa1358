/* rdfxml.c: RDF/XML, the triples of rdf.c written by libxml2's
 * xmlTextWriter: one rdf:Description per subject, in the order they come. */
/* SPDX-License-Identifier: MIT */
#include <libxml/xmlwriter.h>
#include <stdlib.h>
#include <string.h>

#include "../core/mem.h"
#include "emitter.h"
#include "rdf.h"
#include "xmlfrag.h"

/* One fragment being written (xmlfrag.h): an article's descriptions, or
 * the conflicts'. */
typedef struct {
  xmlTextWriterPtr w;
  as_strbuf subject; /* of the open rdf:Description; empty if none */
  as_strbuf qname, text;
} rx_writer;

typedef struct {
  as_emitter *e;
  as_sink *sink;
  bool open;     /* the start tag of rdf:RDF is complete (">" written) */
  as_strbuf out; /* an article or the conflicts, before they are written */
} rx_state;

static as_status check(int rc) { return rc < 0 ? AS_ERR_LIBRARY : AS_OK; }

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
static as_status describe(rx_writer *rx, as_slice subject) {
  if (rx->subject.len && as_slice_eq(as_strbuf_slice(&rx->subject), subject))
    return AS_OK;
  as_status st;
  if (rx->subject.len)
    TRY(st, check(xmlTextWriterEndElement(rx->w)));
  cstr(&rx->subject, subject);
  TRY(st, check(xmlTextWriterStartElement(rx->w, X("rdf:Description"))));
  return check(xmlTextWriterWriteAttribute(rx->w, X("rdf:about"), X(rx->subject.ptr)));
}

static as_status triple(void *ctx, as_slice subject, as_slice predicate, const as_rdf_object *o) {
  rx_writer *rx = ctx;
  as_status st;
  TRY(st, describe(rx, subject));
  if (!qname(&rx->qname, predicate))
    return AS_ERR_LIBRARY;
  TRY(st, check(xmlTextWriterStartElement(rx->w, X(rx->qname.ptr))));
  const char *text = cstr(&rx->text, o->text);
  if (o->is_iri) {
    TRY(st, check(xmlTextWriterWriteAttribute(rx->w, X("rdf:resource"), X(text))));
  } else {
    if (o->datatype)
      TRY(st, check(xmlTextWriterWriteAttribute(rx->w, X("rdf:datatype"), X(o->datatype))));
    TRY(st, check(xmlTextWriterWriteString(rx->w, X(text))));
  }
  return check(xmlTextWriterEndElement(rx->w));
}

typedef as_status (*gen_fn)(as_rdf *g, const void *arg);

/* Appends to out the descriptions of what fn generates, as a fragment
 * inside rdf:RDF. */
static as_status fragment(const as_emitter *e, as_strbuf *out, gen_fn fn, const void *arg) {
  rx_writer rx = {NULL, AS_STRBUF_INIT, AS_STRBUF_INIT, AS_STRBUF_INIT};
  as_xmlfrag f;
  as_status st = as_xmlfrag_open(&f, out, 1, "  ");
  rx.w = f.w;
  as_rdf *g = as_rdf_new(triple, &rx, e->flags & AS_EMIT_CONFLICTS_ONLY);
  if (st == AS_OK)
    st = fn(g, arg);
  if (st == AS_OK && rx.subject.len)
    st = check(xmlTextWriterEndElement(rx.w));
  as_status cs = as_xmlfrag_close(&f, st == AS_OK);
  as_rdf_free(g);
  as_strbuf_free(&rx.subject);
  as_strbuf_free(&rx.qname);
  as_strbuf_free(&rx.text);
  return st != AS_OK ? st : cs;
}

static as_status article_fn(as_rdf *g, const void *a) { return as_rdf_article(g, a); }
static as_status conflicts_fn(as_rdf *g, const void *c) { return as_rdf_conflicts(g, c); }

static as_status put(rx_state *rx, const char *p, size_t n) {
  return as_output_write(rx->e, rx->sink, rx->e->ops->file, p, n);
}

static as_status puts_(rx_state *rx, const char *s) { return put(rx, s, strlen(s)); }

/* A fragment into the document; the first completes rdf:RDF's start tag. */
static as_status put_fragment(rx_state *rx, const as_strbuf *b) {
  as_status st;
  if (!b->len)
    return AS_OK;
  if (!rx->open) {
    rx->open = true;
    TRY(st, puts_(rx, ">\n"));
  }
  return put(rx, b->ptr, b->len);
}

/* The article's descriptions, on any thread. */
static as_status rx_render(const as_emitter *e, const as_article *a, as_strbuf *out) {
  return fragment(e, &out[0], article_fn, a);
}

static as_status rx_write(as_emitter *e, const as_strbuf *out) {
  return put_fragment(e->state, &out[0]);
}

static as_status rx_conflicts(as_emitter *e, const as_conflicts *c) {
  rx_state *rx = e->state;
  as_strbuf_clear(&rx->out);
  as_status st;
  TRY(st, fragment(e, &rx->out, conflicts_fn, c));
  return put_fragment(rx, &rx->out);
}

/* The document's start and end are constant text, as xmlTextWriter writes
 * them (the namespace IRIs need no escaping); the descriptions between
 * them are fragments. */
static as_status rx_begin(as_emitter *e) {
  rx_state *rx = as_xcalloc(1, sizeof *rx);
  e->state = rx;
  rx->e = e;
  rx->sink = as_output_open(e, e->ops->file);
  if (!rx->sink)
    return AS_ERR_WRITE;
  as_status st;
  TRY(st, puts_(rx, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF"));
  for (const as_rdf_ns *ns = as_rdf_namespaces; ns->prefix; ns++) {
    TRY(st, puts_(rx, " xmlns:"));
    TRY(st, puts_(rx, ns->prefix));
    TRY(st, puts_(rx, "=\""));
    TRY(st, puts_(rx, ns->iri));
    TRY(st, puts_(rx, "\""));
  }
  return AS_OK;
}

static as_status rx_end(as_emitter *e) {
  rx_state *rx = e->state;
  as_status st;
  TRY(st, puts_(rx, rx->open ? "</rdf:RDF>\n" : "/>\n"));
  as_sink *s = rx->sink;
  rx->sink = NULL;
  return as_output_close(e, s, e->ops->file);
}

static void rx_fini(as_emitter *e) {
  rx_state *rx = e->state;
  if (!rx)
    return;
  as_sink_discard(rx->sink);
  as_strbuf_free(&rx->out);
  free(rx);
  e->state = NULL;
}

const as_emitter_ops as_rdfxml_ops = {"rdfxml", "assay.rdf", rx_begin,  NULL, rx_conflicts,
                                      rx_end,   rx_fini,     rx_render, rx_write};
