/* registry.c: format name → emitter ops, for -f and `run`. */
/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "emitter.h"
#include "xmlfrag.h"

extern const as_emitter_ops as_csv_ops, as_jsonl_ops, as_json_ops, as_xml_ops, as_ttl_ops, as_nt_ops,
    as_rdfxml_ops, as_report_ops;

static const as_emitter_ops *const registry[] = {&as_csv_ops,    &as_jsonl_ops, &as_json_ops,
                                                 &as_xml_ops,    &as_ttl_ops,   &as_nt_ops,
                                                 &as_rdfxml_ops, &as_report_ops, NULL};

const as_emitter_ops *as_emitter_find(const char *name) {
  for (size_t i = 0; registry[i]; i++)
    if (strcmp(registry[i]->name, name) == 0)
      return registry[i];
  return NULL;
}

const as_emitter_ops *const *as_emitter_all(void) { return registry; }

void as_emitters_init(void) { as_xmlfrag_init(); }
