/* ttl.c: Turtle and N-Triples, the triples of rdf.c written by serd. */
/* SPDX-License-Identifier: MIT */
#include <serd/serd.h>
#include <stdlib.h>
#include <string.h>

#include "../core/mem.h"
#include "emitter.h"
#include "rdf.h"

typedef struct {
  as_emitter *e;
  as_sink *sink;
  SerdEnv *env;
  SerdWriter *writer;
  as_rdf *gen;
  SerdStatus serd_err; /* the first error serd reported */
} ttl_state;

/* serd's byte sink: everything goes to the format's as_sink, while there
 * is one. */
static size_t serd_sink(const void *buf, size_t len, void *stream) {
  ttl_state *ts = stream;
  return ts->sink && as_sink_write(ts->sink, buf, len) == AS_OK ? len : 0;
}

/* Kept, not printed: a failed write is reported once, by as_output_failed. */
static SerdStatus serd_error(void *handle, const SerdError *error) {
  ttl_state *ts = handle;
  if (!ts->serd_err)
    ts->serd_err = error->status;
  return SERD_SUCCESS;
}

static as_status check(ttl_state *ts, SerdStatus rc) {
  if (ts->sink->err)
    return as_output_failed(ts->e, ts->e->ops->file, ts->sink->err);
  return rc || ts->serd_err ? AS_ERR_LIBRARY : AS_OK;
}

static SerdNode node(SerdType type, as_slice s) {
  return serd_node_from_substring(type, (const uint8_t *)s.ptr, s.len);
}

static as_status triple(void *ctx, as_slice subject, as_slice predicate, const as_rdf_object *o) {
  ttl_state *ts = ctx;
  SerdNode s = node(SERD_URI, subject), p = node(SERD_URI, predicate);
  SerdNode obj = node(o->is_iri ? SERD_URI : SERD_LITERAL, o->text);
  SerdNode dt = serd_node_from_string(SERD_URI, (const uint8_t *)(o->datatype ? o->datatype : ""));
  return check(ts, serd_writer_write_statement(ts->writer, 0, NULL, &s, &p, &obj,
                                               o->datatype ? &dt : NULL, NULL));
}

/* Turtle only, for readability: resources whose encoded name is a valid
 * local name are written `entity:Lima`, `conflict:C1` (serd keeps the full
 * IRI of the others: claims and fields, with their `/`, and names with %). */
static const as_rdf_ns id_prefixes[] = {{"article", AS_RDF_ID "article/"},
                                        {"conflict", AS_RDF_ID "conflict/"},
                                        {"entity", AS_RDF_ID "entity/"}};

static as_status prefix(ttl_state *ts, const char *name, const char *iri) {
  SerdNode n = serd_node_from_string(SERD_LITERAL, (const uint8_t *)name);
  SerdNode i = serd_node_from_string(SERD_URI, (const uint8_t *)iri);
  return check(ts, serd_writer_set_prefix(ts->writer, &n, &i));
}

static as_status ttl_begin(as_emitter *e) {
  ttl_state *ts = as_xcalloc(1, sizeof *ts);
  e->state = ts;
  ts->e = e;
  ts->sink = as_output_open(e, e->ops->file);
  if (!ts->sink)
    return AS_ERR_WRITE;
  bool turtle = strcmp(e->ops->name, "ttl") == 0;
  ts->env = serd_env_new(NULL);
  ts->writer = serd_writer_new(turtle ? SERD_TURTLE : SERD_NTRIPLES,
                               (turtle ? SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED : 0) | SERD_STYLE_BULK, ts->env,
                               NULL, serd_sink, ts);
  serd_writer_set_error_sink(ts->writer, serd_error, ts);
  ts->gen = as_rdf_new(triple, ts, e->flags & AS_EMIT_CONFLICTS_ONLY);
  as_status st;
  for (const as_rdf_ns *ns = as_rdf_namespaces; turtle && ns->prefix; ns++)
    TRY(st, prefix(ts, ns->prefix, ns->iri));
  for (size_t i = 0; turtle && i < sizeof id_prefixes / sizeof *id_prefixes; i++)
    TRY(st, prefix(ts, id_prefixes[i].prefix, id_prefixes[i].iri));
  return AS_OK;
}

static as_status ttl_article(as_emitter *e, const as_article *a) {
  ttl_state *ts = e->state;
  return as_rdf_article(ts->gen, a);
}

static as_status ttl_conflicts(as_emitter *e, const as_conflicts *c) {
  ttl_state *ts = e->state;
  return as_rdf_conflicts(ts->gen, c);
}

static as_status ttl_end(as_emitter *e) {
  ttl_state *ts = e->state;
  as_status st;
  TRY(st, check(ts, serd_writer_finish(ts->writer)));
  as_sink *s = ts->sink;
  ts->sink = NULL;
  return as_output_close(e, s, e->ops->file);
}

static void ttl_fini(as_emitter *e) {
  ttl_state *ts = e->state;
  if (!ts)
    return;
  as_sink *s = ts->sink;
  ts->sink = NULL; /* what serd_writer_free still finishes is dropped, not written */
  if (ts->writer)
    serd_writer_free(ts->writer);
  if (ts->env)
    serd_env_free(ts->env);
  as_rdf_free(ts->gen);
  as_sink_discard(s);
  free(ts);
  e->state = NULL;
}

const as_emitter_ops as_ttl_ops = {"ttl",   "assay.ttl", ttl_begin, ttl_article, ttl_conflicts,
                                   ttl_end, ttl_fini,    NULL,      NULL};
const as_emitter_ops as_nt_ops = {"nt",    "assay.nt", ttl_begin, ttl_article, ttl_conflicts,
                                  ttl_end, ttl_fini,   NULL,      NULL};
