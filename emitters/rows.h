/* rows.h: the one definition of each table's columns, shared by every format. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_ROWS_H
#define AS_ROWS_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/model.h"
#include "../core/status.h"

/** The tables of SPEC section 5 (their columns are a contract: more may be
 *  added after them, never removed or renamed), plus `sections`, which the
 *  nested formats (JSON, XML) carry inside each article. */
typedef enum {
  AS_TABLE_ARTICLES,
  AS_TABLE_FIELDS,
  AS_TABLE_MENTIONS,
  AS_TABLE_CLAIMS,
  AS_TABLE_CONFLICTS,
  AS_TABLE_SECTIONS,
  AS_TABLE_COUNT
} as_table;

/** The tables written as CSV files (all but sections). */
#define AS_CSV_TABLES AS_TABLE_SECTIONS

typedef enum { AS_CELL_NULL, AS_CELL_STR, AS_CELL_INT, AS_CELL_BOOL } as_cell_kind;

/** One value of a row. Strings are views valid during the row callback. */
typedef struct as_cell {
  as_cell_kind kind;
  as_slice s;
  long long i;
  bool b;
} as_cell;

const char *as_table_name(as_table t);
/** Parses a table name ("fields"); false if unknown. */
bool as_table_parse(const char *name, as_table *out);
size_t as_table_ncols(as_table t);
const char *const *as_table_columns(as_table t);

/** Called once per row with as_table_ncols(t) cells. */
typedef as_status (*as_row_fn)(void *ctx, as_table t, const as_cell *cells);

/** Calls fn for every row of table t that article a contributes (one for
 *  `articles`; one per field, mention, claim or section otherwise).
 *  Stops at and returns the first error fn returns. */
as_status as_rows_article(const as_article *a, as_table t, as_row_fn fn, void *ctx) AS_MUST_CHECK;

/** Calls fn for every row of the conflicts table. */
as_status as_rows_conflicts(const as_conflicts *c, as_row_fn fn, void *ctx) AS_MUST_CHECK;

/** Calls fn with the row of one field (table fields). */
as_status as_rows_field(const as_article *a, const as_field *f, as_row_fn fn, void *ctx) AS_MUST_CHECK;
/** Calls fn with the row of one section (table sections). */
as_status as_rows_section(const as_article *a, const as_block *sec, as_row_fn fn, void *ctx) AS_MUST_CHECK;

#endif
