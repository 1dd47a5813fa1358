/* rdf.c: articles, fields, mentions, claims and conflicts as triples, made
 * from the rows of rows.c, so that a column added there reaches RDF too. */
/* SPDX-License-Identifier: MIT */
#include "rdf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/arena.h"
#include "../core/keyindex.h"
#include "../core/mem.h"
#include "../core/utf8.h"
#include "../core/vocab.h"
#include "rows.h"

#define V(x) AS_RDF_VOCAB x
#define RDF(x) AS_RDF_RDF x
#define XSD(x) AS_RDF_XSD x

const as_rdf_ns as_rdf_namespaces[] = {
    {"rdf", AS_RDF_RDF}, {"rdfs", AS_RDF_RDFS}, {"xsd", AS_RDF_XSD},     {"schema", AS_RDF_SCHEMA},
    {"dbo", AS_RDF_DBO}, {"prov", AS_RDF_PROV}, {"assay", AS_RDF_VOCAB}, {NULL, NULL}};

/* How a column becomes a triple. */
typedef enum {
  C_LIT,      /* a literal typed by the cell: string, xsd:integer, xsd:boolean */
  C_TYPED,    /* a value typed by what the row says it is (value_kind) */
  C_DATE,     /* a date qualifier: xsd:date, xsd:gYearMonth, xsd:gYear or a string */
  C_ARTICLE,  /* the article's IRI */
  C_ENTITY,   /* an entity's IRI */
  C_PROPERTY, /* the IRI of a claim's property (core/vocab.h) */
  C_CLAIMS,   /* one link per claim id of a `;` list */
} col_kind;

typedef struct {
  const char *col, *pred;
  col_kind kind;
} col_rule;

/* Columns not listed become assay:<column in lowerCamelCase> literals. */
static const col_rule article_rules[] = {{"article_id", V("articleId"), C_LIT},
                                         {"title", AS_RDF_SCHEMA "name", C_LIT},
                                         {"sections", V("sectionCount"), C_LIT},
                                         {"fields", V("fieldCount"), C_LIT},
                                         {"mentions", V("mentionCount"), C_LIT},
                                         {"claims", V("claimCount"), C_LIT},
                                         {"paragraphs", V("paragraphCount"), C_LIT},
                                         {"sentences", V("sentenceCount"), C_LIT},
                                         {NULL, NULL, C_LIT}};
static const col_rule field_rules[] = {{"article_id", V("article"), C_ARTICLE},
                                       {"type", V("valueType"), C_LIT},
                                       {"normalized", V("normalized"), C_TYPED},
                                       {NULL, NULL, C_LIT}};
static const col_rule mention_rules[] = {{"article_id", V("article"), C_ARTICLE},
                                         {"normalized", V("normalized"), C_TYPED},
                                         {NULL, NULL, C_LIT}};
static const col_rule claim_rules[] = {{"claim_id", V("claimId"), C_LIT},
                                       {"article_id", AS_RDF_PROV "wasDerivedFrom", C_ARTICLE},
                                       {"subject", RDF("subject"), C_ENTITY},
                                       {"property", RDF("predicate"), C_PROPERTY},
                                       {"normalized", RDF("object"), C_TYPED},
                                       {"date", V("date"), C_DATE},
                                       {NULL, NULL, C_LIT}};
static const col_rule conflict_rules[] = {{"conflict_id", V("conflictId"), C_LIT},
                                          {"subject", V("subject"), C_ENTITY},
                                          {"property", V("property"), C_PROPERTY},
                                          {"claim_ids", V("claim"), C_CLAIMS},
                                          {NULL, NULL, C_LIT}};

static const col_rule *const rules[AS_TABLE_COUNT] = {article_rules, field_rules,    mention_rules,
                                                      claim_rules,   conflict_rules, NULL};
static const char *const classes[AS_TABLE_COUNT] = {V("Article"), V("Field"),    V("Mention"),
                                                    V("Claim"),   V("Conflict"), NULL};

/* What a row's value is, which decides its datatype and whether it names
 * an entity. */
typedef enum { VK_TEXT, VK_DATE, VK_COUNT, VK_ENTITY } value_kind;

struct as_rdf {
  as_rdf_fn fn;
  void *ctx;
  bool conflicts_only;
  as_strbuf subj, pred, obj, iri;
  as_arena names;       /* copies of the entity names to label */
  as_keyindex labelled; /* those names, in the order they came */
  as_keyindex quoted;   /* claims written by conflicts_only, by claim id */
  size_t nth;           /* 1-based position of a field or mention in its article */
  const as_conflict *k; /* the conflict whose row is being written */
};

/* ---- IRIs and literals ---- */

void as_rdf_encode(as_strbuf *out, as_slice s) {
  static const char hex[] = "0123456789ABCDEF";
  for (size_t i = 0; i < s.len; i++) {
    unsigned char c = (unsigned char)s.ptr[i];
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '.' || c == '_' || c == '~') {
      as_strbuf_putc(out, (char)c);
      continue;
    }
    char esc[3] = {'%', hex[c >> 4], hex[c & 15]};
    as_strbuf_append(out, esc, 3);
  }
}

void as_rdf_clean(as_strbuf *out, as_slice s) {
  for (size_t i = 0; i < s.len;) {
    size_t n = as_utf8_valid_len((const unsigned char *)s.ptr + i, s.len - i);
    uint32_t cp = 0xFFFD;
    if (n)
      as_utf8_decode(s.ptr + i, n, &cp);
    if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE || cp == 0xFFFF)
      cp = 0xFFFD;
    char buf[4];
    as_strbuf_append(out, buf, as_utf8_encode(cp, buf));
    i += n ? n : 1;
  }
}

void as_rdf_iri(as_strbuf *out, const char *kind, as_slice name) {
  as_strbuf_puts(out, AS_RDF_ID);
  as_strbuf_puts(out, kind);
  as_strbuf_putc(out, '/');
  as_rdf_encode(out, name);
}

/* `Article#7` → claim/Article/7; a claim id without `#` is encoded whole. */
static void claim_iri(as_strbuf *out, as_slice id) {
  const char *hash = NULL;
  for (size_t i = id.len; i-- > 0 && !hash;)
    if (id.ptr[i] == '#')
      hash = id.ptr + i;
  if (!hash) {
    as_rdf_iri(out, "claim", id);
    return;
  }
  as_rdf_iri(out, "claim", as_slice_make(id.ptr, (size_t)(hash - id.ptr)));
  as_strbuf_putc(out, '/');
  as_rdf_encode(out, as_slice_make(hash + 1, id.len - (size_t)(hash - id.ptr) - 1));
}

static as_slice article_of_claim(as_slice id) {
  size_t n = id.len;
  while (n > 0 && id.ptr[n - 1] != '#')
    n--;
  return as_slice_make(id.ptr, n ? n - 1 : id.len);
}

/* The IRI of a property name: core/vocab.h's, expanded, or assay:<name>. */
static void property_iri(as_strbuf *out, as_slice name) {
  static const struct {
    const char *name, *curie;
  } props[] = {
#define X(id, pname, curie, what) {pname, curie},
      AS_PROPERTIES(X)
#undef X
  };
  for (size_t i = 0; i < sizeof props / sizeof *props; i++) {
    if (!as_slice_eq_cstr(name, props[i].name))
      continue;
    const char *colon = strchr(props[i].curie, ':');
    for (const as_rdf_ns *ns = as_rdf_namespaces; ns->prefix; ns++)
      if (strlen(ns->prefix) == (size_t)(colon - props[i].curie) &&
          strncmp(ns->prefix, props[i].curie, strlen(ns->prefix)) == 0) {
        as_strbuf_puts(out, ns->iri);
        as_strbuf_puts(out, colon + 1);
        return;
      }
  }
  as_strbuf_puts(out, AS_RDF_VOCAB);
  as_rdf_encode(out, name);
}

static bool digits(const char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (p[i] < '0' || p[i] > '9')
      return false;
  return true;
}

static int number(const char *p, size_t n) {
  int v = 0;
  for (size_t i = 0; i < n; i++)
    v = v * 10 + (p[i] - '0');
  return v;
}

/* xsd:date for a real day `YYYY-MM-DD`, xsd:gYearMonth for `YYYY-MM`,
 * xsd:gYear for `YYYY`; NULL for anything else (intervals, EDTF). */
static const char *date_type(as_slice s) {
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (s.len < 4 || !digits(s.ptr, 4) || number(s.ptr, 4) == 0)
    return NULL;
  if (s.len == 4)
    return XSD("gYear");
  if ((s.len != 7 && s.len != 10) || s.ptr[4] != '-' || !digits(s.ptr + 5, 2))
    return NULL;
  int year = number(s.ptr, 4), month = number(s.ptr + 5, 2);
  if (month < 1 || month > 12)
    return NULL;
  if (s.len == 7)
    return XSD("gYearMonth");
  if (s.ptr[7] != '-' || !digits(s.ptr + 8, 2))
    return NULL;
  int day = number(s.ptr + 8, 2);
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (day < 1 || day > days[month - 1] || (month == 2 && day == 29 && !leap))
    return NULL;
  return XSD("date");
}

static bool in_list(as_slice s, const char *const *list) {
  for (size_t i = 0; list[i]; i++)
    if (as_slice_eq_cstr(s, list[i]))
      return true;
  return false;
}

static value_kind property_kind(as_slice p) {
  static const char *const dates[] = {"date",      "startDate", "endDate",
                                      "birthDate", "deathDate", "datePublished", "foundingDate",
                                      "completionDate", "openingDate", NULL};
  static const char *const counts[] = {"strength", "casualties", "population", "deathAge", NULL};
  static const char *const things[] = {"event",     "place",      "combatant",   "commander",
                                       "partOf",    "birthPlace", "deathPlace",  "leader",
                                       "spouse",    "agent",      "destination", "departedFrom",
                                       "arrivedAt", "movedTo",    "retreatedTo", "returnedTo",
                                       "marchedTo", "capital",    NULL};
  return in_list(p, dates)    ? VK_DATE
         : in_list(p, counts) ? VK_COUNT
         : in_list(p, things) ? VK_ENTITY
                              : VK_TEXT;
}

static const as_cell *cell_of(as_table t, const as_cell *cells, const char *col) {
  const char *const *cols = as_table_columns(t);
  for (size_t i = 0; cols[i]; i++)
    if (strcmp(cols[i], col) == 0)
      return &cells[i];
  return NULL;
}

static as_slice cell_str(as_table t, const as_cell *cells, const char *col) {
  const as_cell *c = cell_of(t, cells, col);
  return c && c->kind == AS_CELL_STR ? c->s : AS_SLICE_NULL;
}

static value_kind row_kind(as_table t, const as_cell *cells) {
  static const char *const things[] = {"person", "place", "org", "event", NULL};
  static const char *const dates[] = {"date", "year", NULL};
  switch (t) {
  case AS_TABLE_CLAIMS: return property_kind(cell_str(t, cells, "property"));
  case AS_TABLE_MENTIONS: {
    as_slice kind = cell_str(t, cells, "kind");
    return as_slice_eq_cstr(kind, "date")       ? VK_DATE
           : as_slice_eq_cstr(kind, "quantity") ? VK_COUNT
           : in_list(kind, things)              ? VK_ENTITY
                                                : VK_TEXT;
  }
  case AS_TABLE_FIELDS: {
    as_slice type = cell_str(t, cells, "type");
    return in_list(type, dates) ? VK_DATE : as_slice_eq_cstr(type, "number") ? VK_COUNT : VK_TEXT;
  }
  default: return VK_TEXT;
  }
}

/* ---- emitting ---- */

static as_status emit(as_rdf *g, as_slice pred, const char *text, size_t len, bool is_iri,
                      const char *datatype) {
  as_rdf_object o = {as_slice_make(text, len), is_iri, datatype};
  return g->fn(g->ctx, as_strbuf_slice(&g->subj), pred, &o);
}

static as_status emit_iri(as_rdf *g, const char *pred, const as_strbuf *iri) {
  return emit(g, as_slice_cstr(pred), iri->ptr, iri->len, true, NULL);
}

/* A literal; the empty string gives no triple. */
static as_status emit_lit(as_rdf *g, as_slice pred, as_slice text, const char *datatype) {
  if (!text.len)
    return AS_OK;
  as_strbuf_clear(&g->obj);
  as_rdf_clean(&g->obj, text);
  return emit(g, pred, g->obj.ptr, g->obj.len, false, datatype);
}

static as_status emit_typed(as_rdf *g, as_slice pred, as_slice text, value_kind vk) {
  const char *dt = NULL;
  if (vk == VK_DATE)
    dt = date_type(text);
  else if (vk == VK_COUNT && text.len && text.len < 19 && digits(text.ptr, text.len))
    dt = XSD("integer");
  return emit_lit(g, pred, text, dt);
}

static as_status emit_cell(as_rdf *g, as_slice pred, const as_cell *c) {
  char num[32];
  switch (c->kind) {
  case AS_CELL_STR: return emit_lit(g, pred, c->s, NULL);
  case AS_CELL_INT:
    snprintf(num, sizeof num, "%lld", c->i);
    return emit_lit(g, pred, as_slice_cstr(num), XSD("integer"));
  case AS_CELL_BOOL:
    return emit_lit(g, pred, as_slice_cstr(c->b ? "true" : "false"), XSD("boolean"));
  case AS_CELL_NULL: break;
  }
  return AS_OK;
}

/* Remembers an entity's name so that its rdfs:label is written once. */
static void want_label(as_rdf *g, as_slice name) {
  if (name.len && as_keyindex_find(&g->labelled, name) < 0)
    as_keyindex_add(&g->labelled, as_arena_slice(&g->names, name));
}

static as_status emit_entity(as_rdf *g, const char *pred, as_slice name) {
  if (!name.len)
    return AS_OK;
  want_label(g, name);
  as_strbuf_clear(&g->iri);
  as_rdf_iri(&g->iri, "entity", name);
  return emit_iri(g, pred, &g->iri);
}

static as_status emit_claims(as_rdf *g, const char *pred, as_slice ids) {
  as_status st;
  if (!ids.len)
    return AS_OK; /* a finding on the text lists none (and ids.ptr may be NULL) */
  for (size_t i = 0, start = 0; i <= ids.len; i++) {
    if (i < ids.len && ids.ptr[i] != ';')
      continue;
    as_slice id = as_slice_trim(as_slice_make(ids.ptr + start, i - start));
    start = i + 1;
    if (!id.len)
      continue;
    as_strbuf_clear(&g->iri);
    claim_iri(&g->iri, id);
    TRY(st, emit_iri(g, pred, &g->iri));
  }
  return AS_OK;
}

static const col_rule *rule_of(as_table t, const char *col) {
  for (const col_rule *r = rules[t]; r->col; r++)
    if (strcmp(r->col, col) == 0)
      return r;
  return NULL;
}

/* assay:<column in lowerCamelCase> (`list_items` → listItems). */
static as_slice default_pred(as_rdf *g, const char *col) {
  as_strbuf_clear(&g->pred);
  as_strbuf_puts(&g->pred, AS_RDF_VOCAB);
  for (bool up = false; *col; col++) {
    if (*col == '_') {
      up = true;
      continue;
    }
    as_strbuf_putc(&g->pred, up && *col >= 'a' && *col <= 'z' ? (char)(*col - 'a' + 'A') : *col);
    up = false;
  }
  return as_strbuf_slice(&g->pred);
}

static as_status emit_column(as_rdf *g, as_table t, const as_cell *cells, size_t i, value_kind vk) {
  const char *col = as_table_columns(t)[i];
  const as_cell *c = &cells[i];
  const col_rule *r = rule_of(t, col);
  if (!r)
    return emit_cell(g, default_pred(g, col), c);
  as_slice pred = as_slice_cstr(r->pred);
  as_slice s = c->kind == AS_CELL_STR ? c->s : AS_SLICE_NULL;
  switch (r->kind) {
  case C_LIT: return emit_cell(g, pred, c);
  case C_TYPED: return emit_typed(g, pred, s, vk);
  case C_DATE: return emit_typed(g, pred, s, VK_DATE);
  case C_ENTITY: return emit_entity(g, r->pred, s);
  case C_CLAIMS: return emit_claims(g, r->pred, s);
  case C_ARTICLE:
    as_strbuf_clear(&g->iri);
    as_rdf_iri(&g->iri, "article", s);
    return emit_iri(g, r->pred, &g->iri);
  case C_PROPERTY:
    /* a finding on the text (no claims) has the placeholder property `text` */
    if (!s.len || (t == AS_TABLE_CONFLICTS && !cell_str(t, cells, "claim_ids").len))
      return AS_OK;
    as_strbuf_clear(&g->iri);
    property_iri(&g->iri, s);
    return emit_iri(g, r->pred, &g->iri);
  }
  return AS_OK;
}

/* Sets the subject to the node of a row and writes its rdf:type. */
static as_status start_node(as_rdf *g, as_table t, const as_cell *cells) {
  as_strbuf_clear(&g->subj);
  as_slice aid = cell_str(t, cells, "article_id");
  switch (t) {
  case AS_TABLE_ARTICLES: as_rdf_iri(&g->subj, "article", aid); break;
  case AS_TABLE_FIELDS:
  case AS_TABLE_MENTIONS:
    as_rdf_iri(&g->subj, t == AS_TABLE_FIELDS ? "field" : "mention", aid);
    as_strbuf_printf(&g->subj, "/%zu", ++g->nth);
    break;
  case AS_TABLE_CLAIMS: claim_iri(&g->subj, cell_str(t, cells, "claim_id")); break;
  case AS_TABLE_CONFLICTS:
    as_rdf_iri(&g->subj, "conflict", cell_str(t, cells, "conflict_id"));
    break;
  default: return AS_OK;
  }
  as_strbuf_clear(&g->iri);
  as_strbuf_puts(&g->iri, classes[t]);
  return emit_iri(g, RDF("type"), &g->iri);
}

/* Row callback: the row's node, one triple per non-empty cell. */
static as_status row_triples(void *ctx, as_table t, const as_cell *cells) {
  as_rdf *g = ctx;
  as_status st;
  TRY(st, start_node(g, t, cells));
  value_kind vk = row_kind(t, cells);
  for (size_t i = 0; as_table_columns(t)[i]; i++)
    TRY(st, emit_column(g, t, cells, i, vk));
  if (vk == VK_ENTITY)
    TRY(st, emit_entity(g, V("refersTo"), cell_str(t, cells, "normalized")));
  return AS_OK;
}

/* rdfs:label of every entity named since the last call. */
static as_status labels(as_rdf *g) {
  as_status st;
  for (size_t i = 0; i < g->labelled.n; i++) {
    as_strbuf_clear(&g->subj);
    as_rdf_iri(&g->subj, "entity", g->labelled.keys[i]);
    TRY(st, emit_lit(g, as_slice_cstr(AS_RDF_RDFS "label"), g->labelled.keys[i], NULL));
  }
  as_keyindex_free(&g->labelled);
  as_arena_reset(&g->names);
  return AS_OK;
}

as_status as_rdf_article(as_rdf *g, const as_article *a) {
  if (g->conflicts_only)
    return AS_OK;
  static const as_table tables[] = {AS_TABLE_ARTICLES, AS_TABLE_FIELDS, AS_TABLE_MENTIONS,
                                    AS_TABLE_CLAIMS};
  as_status st;
  for (size_t i = 0; i < sizeof tables / sizeof *tables; i++) {
    g->nth = 0;
    TRY(st, as_rows_article(a, tables[i], row_triples, g));
  }
  return labels(g);
}

/* check -f ttl: a claim the conflict lists, with what the conflict quotes
 * of it (its article, place and sentence), once. */
static as_status quoted_claim(as_rdf *g, const as_conflict_claim *q) {
  if (!q->claim_id.len || as_keyindex_find(&g->quoted, q->claim_id) >= 0)
    return AS_OK;
  as_keyindex_add(&g->quoted, q->claim_id);
  as_status st;
  char num[16];
  as_strbuf_clear(&g->subj);
  claim_iri(&g->subj, q->claim_id);
  as_strbuf_clear(&g->iri);
  as_strbuf_puts(&g->iri, V("Claim"));
  TRY(st, emit_iri(g, RDF("type"), &g->iri));
  TRY(st, emit_lit(g, as_slice_cstr(V("claimId")), q->claim_id, NULL));
  as_strbuf_clear(&g->iri);
  as_rdf_iri(&g->iri, "article", article_of_claim(q->claim_id));
  TRY(st, emit_iri(g, AS_RDF_PROV "wasDerivedFrom", &g->iri));
  TRY(st, emit_lit(g, as_slice_cstr(V("file")), q->file, NULL));
  snprintf(num, sizeof num, "%u", (unsigned)q->line);
  TRY(st, emit_lit(g, as_slice_cstr(V("line")), as_slice_cstr(num), XSD("integer")));
  snprintf(num, sizeof num, "%u", (unsigned)q->col);
  TRY(st, emit_lit(g, as_slice_cstr(V("column")), as_slice_cstr(num), XSD("integer")));
  return emit_lit(g, as_slice_cstr(V("sentence")), q->sentence, NULL);
}

/* Row callback for conflicts: g->k walks the list alongside the rows. */
static as_status conflict_triples(void *ctx, as_table t, const as_cell *cells) {
  as_rdf *g = ctx;
  as_status st;
  TRY(st, row_triples(g, t, cells));
  for (size_t i = 0; g->conflicts_only && i < g->k->nclaims; i++)
    TRY(st, quoted_claim(g, &g->k->claims[i]));
  g->k = g->k->next;
  return AS_OK;
}

as_status as_rdf_conflicts(as_rdf *g, const as_conflicts *cs) {
  as_status st;
  g->k = cs ? cs->first : NULL;
  TRY(st, as_rows_conflicts(cs, conflict_triples, g));
  as_keyindex_free(&g->quoted);
  return labels(g);
}

as_rdf *as_rdf_new(as_rdf_fn fn, void *ctx, bool conflicts_only) {
  as_rdf *g = as_xcalloc(1, sizeof *g);
  g->fn = fn;
  g->ctx = ctx;
  g->conflicts_only = conflicts_only;
  as_arena_init(&g->names, 4096);
  return g;
}

void as_rdf_free(as_rdf *g) {
  if (!g)
    return;
  as_strbuf_free(&g->subj);
  as_strbuf_free(&g->pred);
  as_strbuf_free(&g->obj);
  as_strbuf_free(&g->iri);
  as_keyindex_free(&g->labelled);
  as_keyindex_free(&g->quoted);
  as_arena_fini(&g->names);
  free(g);
}
