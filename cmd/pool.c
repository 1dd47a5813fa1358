/* pool.c: the parse stage on several threads (see pool.h). */
/* SPDX-License-Identifier: MIT */
#include "pool.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/arena.h"
#include "../core/mem.h"
#include "../emitters/emitter.h"
#include "../parsers/parsers.h"
#include "../validator/validate.h"

/* One article on its way: read into arena by the main thread, parsed by
 * a worker, handed out, then reset for the article K later. */
typedef struct slot {
  as_arena arena;
  as_parser *parser;
  as_diag_order order; /* its diagnostics, reader's and parser's */
  const as_raw_article *raw;
  as_article *a;
  as_strbuf claims, findings, people; /* what the validator keeps of it */
  as_strbuf *out;              /* per emitter, AS_EMIT_FILES: what it writes of it */
  as_status st;                /* of rendering it */
  bool parsed;
} slot;

struct as_pool {
  as_parse_shared *shared;
  as_source *src;
  as_diag_sink *out;
  const as_emitter *em; /* the formats, rendered by the workers */
  size_t nem;
  as_diag_sink reader; /* forwards the reader's diagnostics to *to */
  as_diag_order *to;
  as_diag_order boot; /* what the reader says on opening the inputs */
  slot *slots;
  size_t k;        /* slots */
  uint64_t read;   /* articles read (numbers 0 .. read-1) */
  uint64_t parse;  /* the next article a worker takes */
  uint64_t handed; /* articles handed out */
  bool eof, stop, holding;
  bool people; /* records include the people lines */
  pthread_mutex_t mu;
  pthread_cond_t work, done;
  pthread_t *threads;
  unsigned nthreads;
};

static void forward(void *ctx, const as_diag *d) {
  as_pool *p = ctx;
  as_diag_emit(&p->to->sink, d);
}

static void parse_slot(as_pool *p, uint64_t nth) {
  slot *s = &p->slots[nth % p->k];
  s->a = as_parse_article_nth(s->parser, s->raw, &s->arena, &s->order.sink, nth);
  as_strbuf_clear(&s->claims);
  as_strbuf_clear(&s->findings);
  as_strbuf_clear(&s->people);
  as_validator_records(s->a, nth, &s->claims, &s->findings, p->people ? &s->people : NULL);
  s->st = AS_OK;
  for (size_t e = 0; e < p->nem; e++) {
    const as_emitter *em = &p->em[e];
    as_strbuf *out = &s->out[e * AS_EMIT_FILES];
    for (size_t f = 0; f < AS_EMIT_FILES; f++)
      as_strbuf_clear(&out[f]);
    if (em->ops->render && s->st == AS_OK)
      s->st = em->ops->render(em, s->a, out);
  }
}

static void *worker(void *arg) {
  as_pool *p = arg;
  pthread_mutex_lock(&p->mu);
  for (;;) {
    while (!p->stop && p->parse == p->read)
      pthread_cond_wait(&p->work, &p->mu);
    if (p->stop)
      break;
    uint64_t nth = p->parse++; /* in input order: the turns need it */
    pthread_mutex_unlock(&p->mu);
    parse_slot(p, nth);
    pthread_mutex_lock(&p->mu);
    p->slots[nth % p->k].parsed = true;
    pthread_cond_broadcast(&p->done);
  }
  pthread_mutex_unlock(&p->mu);
  return NULL;
}

as_pool *as_pool_new(unsigned jobs, const as_input *in, size_t max_article_bytes, as_diag_sink *diag,
                     const as_emitter *em, size_t nem, bool people) {
  as_emitters_init();
  as_pool *p = as_xcalloc(1, sizeof *p);
  p->people = people;
  p->out = diag;
  p->em = em;
  p->nem = nem;
  p->reader = (as_diag_sink){forward, p, {0, 0, 0}};
  as_diag_order_init(&p->boot, diag);
  p->to = &p->boot;
  p->src = in->data ? as_source_new_memory(in->npaths ? in->paths[0] : "<memory>", in->data, in->len, &p->reader,
                                           max_article_bytes)
                    : as_source_new(in->paths, in->npaths, &p->reader, max_article_bytes);
  as_diag_order_flush(&p->boot);
  p->shared = as_parse_shared_new();
  p->nthreads = jobs > 1 ? jobs : 0;
  p->k = jobs > 1 ? 2 * (size_t)jobs : 1;
  p->slots = as_xcalloc(p->k, sizeof *p->slots);
  for (size_t i = 0; i < p->k; i++) {
    as_arena_init(&p->slots[i].arena, 1 << 16); /* it grows with a long article */
    p->slots[i].parser = as_parser_new_shared(p->shared);
    as_diag_order_init(&p->slots[i].order, diag);
    p->slots[i].out = as_xcalloc(nem * AS_EMIT_FILES + 1, sizeof *p->slots[i].out);
  }
  pthread_mutex_init(&p->mu, NULL);
  pthread_cond_init(&p->work, NULL);
  pthread_cond_init(&p->done, NULL);
  p->threads = as_xcalloc(p->nthreads ? p->nthreads : 1, sizeof *p->threads);
  for (unsigned i = 0; i < p->nthreads; i++)
    if (pthread_create(&p->threads[i], NULL, worker, p) != 0) {
      p->nthreads = i; /* fewer threads still parse everything */
      break;
    }
  return p;
}

/* Reads articles into free slots, for the workers. */
static void fill(as_pool *p) {
  while (!p->eof && p->read - p->handed < p->k) {
    slot *s = &p->slots[p->read % p->k];
    p->to = &s->order;
    s->raw = as_source_next(p->src, &s->arena);
    if (!s->raw) {
      p->eof = true; /* what the reader said at the end waits in s->order */
      break;
    }
    s->parsed = false;
    pthread_mutex_lock(&p->mu);
    p->read++;
    pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->mu);
  }
}

as_status as_pool_emit(as_pool *p, as_emitter *em, size_t nem) {
  const slot *s = &p->slots[p->handed % p->k];
  if (s->st != AS_OK)
    return s->st;
  as_status st = AS_OK;
  for (size_t i = 0; i < nem && st == AS_OK; i++)
    st = em[i].ops->render ? em[i].ops->write(&em[i], &s->out[i * AS_EMIT_FILES])
                           : em[i].ops->article(&em[i], s->a);
  return st;
}

as_article *as_pool_next(as_pool *p, size_t *ndiags, as_records *rec) {
  if (p->holding) { /* the last article handed out is done with */
    as_arena_reset(&p->slots[p->handed % p->k].arena);
    p->handed++;
    p->holding = false;
  }
  fill(p);
  if (p->handed == p->read) {
    as_diag_order_flush(&p->slots[p->read % p->k].order);
    *ndiags = 0;
    return NULL;
  }
  slot *s = &p->slots[p->handed % p->k];
  if (p->nthreads == 0) {
    p->parse++;
    parse_slot(p, p->handed);
  } else {
    pthread_mutex_lock(&p->mu);
    while (!s->parsed)
      pthread_cond_wait(&p->done, &p->mu);
    pthread_mutex_unlock(&p->mu);
  }
  p->holding = true;
  *ndiags = s->order.n;
  rec->claims = as_strbuf_slice(&s->claims);
  rec->findings = as_strbuf_slice(&s->findings);
  rec->people = as_strbuf_slice(&s->people);
  return s->a;
}

void as_pool_flush(as_pool *p) { as_diag_order_flush(&p->slots[p->handed % p->k].order); }

const as_source *as_pool_source(const as_pool *p) { return p->src; }

void as_pool_free(as_pool *p) {
  if (!p)
    return;
  pthread_mutex_lock(&p->mu);
  p->stop = true;
  pthread_cond_broadcast(&p->work);
  pthread_mutex_unlock(&p->mu);
  for (unsigned i = 0; i < p->nthreads; i++)
    pthread_join(p->threads[i], NULL);
  free(p->threads);
  for (size_t i = 0; i < p->k; i++) {
    /* what is still held belongs to articles read ahead and never handed
     * out (the run stopped early); at the end of the input nothing is */
    as_diag_order_discard(&p->slots[i].order);
    as_diag_order_fini(&p->slots[i].order);
    as_strbuf_free(&p->slots[i].claims);
    as_strbuf_free(&p->slots[i].findings);
    as_strbuf_free(&p->slots[i].people);
    for (size_t f = 0; f < p->nem * AS_EMIT_FILES; f++)
      as_strbuf_free(&p->slots[i].out[f]);
    free(p->slots[i].out);
    as_parser_free(p->slots[i].parser);
    as_arena_fini(&p->slots[i].arena);
  }
  free(p->slots);
  as_parse_shared_free(p->shared);
  as_diag_order_fini(&p->boot);
  as_source_free(p->src);
  pthread_mutex_destroy(&p->mu);
  pthread_cond_destroy(&p->work);
  pthread_cond_destroy(&p->done);
  free(p);
}
