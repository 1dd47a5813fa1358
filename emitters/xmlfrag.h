/* xmlfrag.h: a piece of an XML document written by libxml2's xmlTextWriter
 * into memory, laid out (indented) as it would be at its depth in the whole
 * document, so that worker threads can write articles apart and the main
 * thread join them in input order (xml.c, rdfxml.c). */
/* SPDX-License-Identifier: MIT */
#ifndef AS_XMLFRAG_H
#define AS_XMLFRAG_H

#include <libxml/xmlwriter.h>
#include <stdbool.h>

#include "../core/status.h"
#include "../core/strbuf.h"

typedef struct as_xmlfrag {
  xmlTextWriterPtr w; ///< write the fragment's elements with this
  as_strbuf *out;     ///< where the fragment is appended
  size_t start;       ///< out's length before the fragment
  size_t mark;        ///< where the fragment's own bytes begin
  bool closed;        ///< what the writer flushes after close is dropped
} as_xmlfrag;

/** Opens a writer whose elements are indented as if inside `depth` (>= 1)
 *  open elements, with `indent` per level. AS_ERR_LIBRARY if libxml2
 *  fails; the fragment must be closed either way. */
as_status as_xmlfrag_open(as_xmlfrag *f, as_strbuf *out, int depth,
                          const char *indent) AS_MUST_CHECK;
/** Ends the fragment: out holds what was written since open (complete
 *  elements, each line ended), nothing of the enclosing elements. With
 *  ok false (a failure while writing), out is left as it was at open. */
as_status as_xmlfrag_close(as_xmlfrag *f, bool ok) AS_MUST_CHECK;

/** Once, before threads write fragments (libxml2's global state). */
void as_xmlfrag_init(void);

#endif
