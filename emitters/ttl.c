/* ttl.c: Turtle and N-Triples, the triples of rdf.c written by serd. */
/* SPDX-License-Identifier: MIT */
#include <serd/serd.h>
#include <stdlib.h>
#include <string.h>

#include "../core/mem.h"
#include "emitter.h"
#include "rdf.h"

/* The main thread's state: the file, and a buffer for what is written on
 * the calling thread (an article outside the pool, the conflicts). */
typedef struct {
  as_emitter *e;
  as_sink *sink;
  as_strbuf out;
  bool started; /* a block of statements was written */
} ttl_state;

/* One serd writer: the prefix block, or one fragment (an article's
 * triples, the conflicts') written into memory. */
typedef struct {
  SerdEnv *env;
  SerdWriter *writer;
  as_sink *sink;  /* the prefix block: the file */
  as_strbuf *out; /* a fragment: memory */
  SerdStatus err; /* the first error serd reported */
} ttl_writer;

/* serd's byte sink. */
static size_t serd_sink(const void *buf, size_t len, void *stream) {
  ttl_writer *tw = stream;
  if (tw->out) {
    as_strbuf_append(tw->out, buf, len);
    return len;
  }
  return as_sink_write(tw->sink, buf, len) == AS_OK ? len : 0;
}

/* Kept, not printed: a failed write is reported once, by as_output_failed. */
static SerdStatus serd_error(void *handle, const SerdError *error) {
  ttl_writer *tw = handle;
  if (!tw->err)
    tw->err = error->status;
  return SERD_SUCCESS;
}

static as_status check(ttl_writer *tw, SerdStatus rc) {
  return rc || tw->err ? AS_ERR_LIBRARY : AS_OK;
}

static SerdNode node(SerdType type, as_slice s) {
  return serd_node_from_substring(type, (const uint8_t *)s.ptr, s.len);
}

static as_status triple(void *ctx, as_slice subject, as_slice predicate, const as_rdf_object *o) {
  ttl_writer *tw = ctx;
  SerdNode s = node(SERD_URI, subject), p = node(SERD_URI, predicate);
  SerdNode obj = node(o->is_iri ? SERD_URI : SERD_LITERAL, o->text);
  SerdNode dt = serd_node_from_string(SERD_URI, (const uint8_t *)(o->datatype ? o->datatype : ""));
  return check(tw, serd_writer_write_statement(tw->writer, 0, NULL, &s, &p, &obj,
                                               o->datatype ? &dt : NULL, NULL));
}

/* Turtle only, for readability: resources whose encoded name is a valid
 * local name are written `entity:Lima`, `conflict:C1` (serd keeps the full
 * IRI of the others: claims and fields, with their `/`, and names with %). */
static const as_rdf_ns id_prefixes[] = {{"article", AS_RDF_ID "article/"},
                                        {"conflict", AS_RDF_ID "conflict/"},
                                        {"entity", AS_RDF_ID "entity/"},
                                        {NULL, NULL}};

static bool turtle(const as_emitter *e) { return strcmp(e->ops->name, "ttl") == 0; }

/* A writer of e's syntax into sink or out. In Turtle its environment
 * knows every prefix, so that names are abbreviated; with `declare`, the
 * @prefix lines are written too (the start of the file). */
static as_status writer_open(ttl_writer *tw, const as_emitter *e, as_sink *sink, as_strbuf *out,
                             bool declare) {
  memset(tw, 0, sizeof *tw);
  tw->sink = sink;
  tw->out = out;
  bool ttl = turtle(e);
  tw->env = serd_env_new(NULL);
  tw->writer =
      serd_writer_new(ttl ? SERD_TURTLE : SERD_NTRIPLES,
                      (ttl ? SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED : 0) | SERD_STYLE_BULK,
                      tw->env, NULL, serd_sink, tw);
  serd_writer_set_error_sink(tw->writer, serd_error, tw);
  const as_rdf_ns *lists[] = {as_rdf_namespaces, id_prefixes};
  as_status st;
  for (size_t l = 0; ttl && l < 2; l++)
    for (const as_rdf_ns *ns = lists[l]; ns->prefix; ns++) {
      SerdNode n = serd_node_from_string(SERD_LITERAL, (const uint8_t *)ns->prefix);
      SerdNode i = serd_node_from_string(SERD_URI, (const uint8_t *)ns->iri);
      TRY(st, check(tw, declare ? serd_writer_set_prefix(tw->writer, &n, &i)
                                : serd_env_set_prefix(tw->env, &n, &i)));
    }
  return AS_OK;
}

/* Finishes what serd holds (the last statement's end, its bulk buffer). */
static as_status writer_close(ttl_writer *tw, bool ok) {
  as_status st = ok ? check(tw, serd_writer_finish(tw->writer)) : AS_OK;
  if (!ok)
    tw->sink = NULL, tw->out = NULL; /* what serd_writer_free still flushes is dropped */
  serd_writer_free(tw->writer);
  serd_env_free(tw->env);
  return st;
}

typedef as_status (*gen_fn)(as_rdf *g, const void *arg);

/* Appends to out the triples fn generates, as a block of statements (in
 * Turtle, serd ends each with an empty line). */
static as_status fragment(const as_emitter *e, as_strbuf *out, gen_fn fn, const void *arg) {
  ttl_writer tw;
  size_t start = out->len;
  as_status st = writer_open(&tw, e, NULL, out, false);
  as_rdf *g = as_rdf_new(triple, &tw, e->flags & AS_EMIT_CONFLICTS_ONLY);
  size_t body = out->len;
  if (st == AS_OK)
    st = fn(g, arg);
  as_status cs = writer_close(&tw, st == AS_OK);
  as_rdf_free(g);
  if (st == AS_OK)
    st = cs;
  if (st != AS_OK || out->len == body)
    out->len = start; /* nothing, or nothing usable */
  if (out->ptr)
    out->ptr[out->len] = '\0';
  return st;
}

static as_status article_fn(as_rdf *g, const void *a) { return as_rdf_article(g, a); }
static as_status conflicts_fn(as_rdf *g, const void *c) { return as_rdf_conflicts(g, c); }

/* A block into the file; in Turtle, the first is set off from the
 * prefixes by an empty line. */
static as_status put(ttl_state *ts, const as_strbuf *b) {
  if (!b->len)
    return AS_OK;
  bool first = !ts->started && turtle(ts->e);
  ts->started = true;
  as_status st;
  if (first)
    TRY(st, as_output_write(ts->e, ts->sink, ts->e->ops->file, "\n", 1));
  return as_output_write(ts->e, ts->sink, ts->e->ops->file, b->ptr, b->len);
}

/* The article's triples, on any thread. */
static as_status ttl_render(const as_emitter *e, const as_article *a, as_strbuf *out) {
  return fragment(e, &out[0], article_fn, a);
}

static as_status ttl_write(as_emitter *e, const as_strbuf *out) { return put(e->state, &out[0]); }

static as_status ttl_conflicts(as_emitter *e, const as_conflicts *c) {
  ttl_state *ts = e->state;
  as_strbuf_clear(&ts->out);
  as_status st;
  TRY(st, fragment(e, &ts->out, conflicts_fn, c));
  return put(ts, &ts->out);
}

/* The file starts with the @prefix lines (Turtle), written by serd. */
static as_status ttl_begin(as_emitter *e) {
  ttl_state *ts = as_xcalloc(1, sizeof *ts);
  e->state = ts;
  ts->e = e;
  ts->sink = as_output_open(e, e->ops->file);
  if (!ts->sink)
    return AS_ERR_WRITE;
  ttl_writer tw;
  as_status st = writer_open(&tw, e, ts->sink, NULL, true);
  as_status cs = writer_close(&tw, st == AS_OK);
  if (ts->sink->err)
    return as_output_failed(e, e->ops->file, ts->sink->err);
  return st != AS_OK ? st : cs;
}

static as_status ttl_end(as_emitter *e) {
  ttl_state *ts = e->state;
  as_sink *s = ts->sink;
  ts->sink = NULL;
  return as_output_close(e, s, e->ops->file);
}

static void ttl_fini(as_emitter *e) {
  ttl_state *ts = e->state;
  if (!ts)
    return;
  as_sink_discard(ts->sink);
  as_strbuf_free(&ts->out);
  free(ts);
  e->state = NULL;
}

const as_emitter_ops as_ttl_ops = {"ttl",   "assay.ttl", ttl_begin,  NULL, ttl_conflicts,
                                   ttl_end, ttl_fini,    ttl_render, ttl_write};
const as_emitter_ops as_nt_ops = {"nt",    "assay.nt", ttl_begin,  NULL, ttl_conflicts,
                                  ttl_end, ttl_fini,   ttl_render, ttl_write};
