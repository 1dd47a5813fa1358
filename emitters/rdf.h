/* rdf.h: the triples of the RDF formats, made once here so that Turtle,
 * N-Triples and RDF/XML always carry the same ones (docs/vocabulary.md
 * describes them; schemas/assay.ttl declares the vocabulary). */
/* SPDX-License-Identifier: MIT */
#ifndef AS_RDF_H
#define AS_RDF_H

#include <stdbool.h>

#include "../core/model.h"
#include "../core/slice.h"
#include "../core/status.h"
#include "../core/strbuf.h"

#define AS_RDF_VOCAB "https://w3id.org/assay/vocab#" ///< classes and properties
#define AS_RDF_ID "https://w3id.org/assay/id/"       ///< articles, claims, entities, ...
#define AS_RDF_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define AS_RDF_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define AS_RDF_XSD "http://www.w3.org/2001/XMLSchema#"
#define AS_RDF_SCHEMA "https://schema.org/"
#define AS_RDF_DBO "http://dbpedia.org/ontology/"
#define AS_RDF_PROV "http://www.w3.org/ns/prov#"

/** A namespace: the prefix the syntaxes declare and its IRI. */
typedef struct as_rdf_ns {
  const char *prefix, *iri;
} as_rdf_ns;

/** Every namespace the triples use, in the order they are declared; ends
 *  with {NULL, NULL}. Every predicate is in one of them. */
extern const as_rdf_ns as_rdf_namespaces[];

/** The object of a triple. Its text is an absolute IRI (ASCII) or the
 *  lexical form of a literal (valid UTF-8 without the characters XML 1.0
 *  forbids). */
typedef struct as_rdf_object {
  as_slice text;
  bool is_iri;
  const char *datatype; ///< a literal's datatype IRI, or NULL for a plain string
} as_rdf_object;

/** Receives one triple. subject and predicate are absolute IRIs; all three
 *  are views valid during the call. The triples of one subject come one
 *  after the other. Returning an error stops the generator. */
typedef as_status (*as_rdf_fn)(void *ctx, as_slice subject, as_slice predicate,
                               const as_rdf_object *o);

/** Appends s to out percent-encoded as an IRI path segment (RFC 3986):
 *  ASCII letters, digits and `-._~` stay, every other byte of the UTF-8
 *  becomes %XX (upper-case hex), `/`, `#`, `%` and spaces included. */
void as_rdf_encode(as_strbuf *out, as_slice s);

/** Appends s to out with every character XML 1.0 forbids (C0 controls but
 *  TAB, LF and CR; U+FFFE, U+FFFF) and every invalid UTF-8 byte replaced
 *  by U+FFFD. */
void as_rdf_clean(as_strbuf *out, as_slice s);

/** Appends the IRI of `kind` (`article`, `claim`, `entity`, ...) named
 *  `name` to out: AS_RDF_ID kind "/" encoded name. */
void as_rdf_iri(as_strbuf *out, const char *kind, as_slice name);

typedef struct as_rdf as_rdf;

/** A generator calling fn(ctx, ...) for each triple. With conflicts_only
 *  (`check -f ttl`), articles give no triples and each claim a conflict
 *  lists is written with what the conflict quotes of it. Never NULL. */
as_rdf *as_rdf_new(as_rdf_fn fn, void *ctx, bool conflicts_only);
/** The triples of one article: itself, its fields, mentions and claims,
 *  and the names of the entities they refer to. */
as_status as_rdf_article(as_rdf *g, const as_article *a) AS_MUST_CHECK;
/** The triples of the conflicts (cs may be NULL). */
as_status as_rdf_conflicts(as_rdf *g, const as_conflicts *cs) AS_MUST_CHECK;
/** NULL-safe. */
void as_rdf_free(as_rdf *g);

#endif
