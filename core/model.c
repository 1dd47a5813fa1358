/* model.c: names of model enums, tree building and the model check. */
/* SPDX-License-Identifier: MIT */
#include "model.h"

const char *as_value_type_name(as_value_type t) {
  static const char *const names[] = {
#define X(id, name) name,
      AS_VALUE_TYPES(X)
#undef X
  };
  return names[t];
}

const char *as_mention_kind_name(as_mention_kind k) {
  static const char *const names[] = {"date", "quantity", "person", "place", "org", "event"};
  return names[k];
}

void as_block_append(as_block *parent, as_block *child) {
  child->parent = parent;
  child->next = NULL;
  if (parent->last_child)
    parent->last_child->next = child;
  else
    parent->first_child = child;
  parent->last_child = child;
}

static bool before(as_prov a, as_prov b) {
  return a.line < b.line || (a.line == b.line && a.col < b.col);
}

static const char *check_block(const as_block *b, as_prov *last) {
  for (const as_block *c = b->first_child; c; c = c->next) {
    if (c->parent != b)
      return "child does not point to its parent";
    if (!c->next && b->last_child != c)
      return "last_child is not the last child";
    if (c->kind == AS_BLK_SENTENCE) {
      if (before(c->start, *last))
        return "sentences out of order";
      if (c->line && c->text.ptr &&
          (c->text.ptr < c->line->text.ptr ||
           c->text.ptr + c->text.len > c->line->text.ptr + c->line->text.len))
        return "sentence text outside its line";
      *last = c->start;
    }
    const char *err = check_block(c, last);
    if (err)
      return err;
  }
  return NULL;
}

const char *as_model_check(const as_article *a) {
  if (!a->root || a->root->kind != AS_BLK_ARTICLE)
    return "article has no root block";
  as_prov last = a->at;
  const char *err = check_block(a->root, &last);
  if (err)
    return err;
  size_t n = 0;
  for (const as_field *f = a->fields; f; f = f->next, n++)
    if (f->at.line <= a->at.line)
      return "field before the title";
  if (n != a->nfields)
    return "field count does not match the list";
  for (const as_claim *c = a->claims; c; c = c->next)
    if (c->sentence && c->sentence->kind != AS_BLK_SENTENCE)
      return "claim does not point to a sentence";
  return NULL;
}
