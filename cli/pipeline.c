/*
 * pipeline.c: a ring of jobs between one producer (the reader), N worker
 * threads and one consumer thread (see pipeline.h).
 *
 * A slot holds a batch of up to 32 documents (or about 256 KB of text):
 * one hand-over per batch instead of per document keeps the threads
 * working rather than waking each other (per-document hand-overs cost a
 * tenth of build's time in context switches on 19,000 short documents).
 *
 * Slots cycle EMPTY -> READY (pushed) -> BUSY (a worker took it) -> DONE
 * (extracted) -> EMPTY (consumed). Workers take READY slots in push
 * order; the consumer waits for the slot at its position to be DONE, so
 * results come out in push order however the workers interleave. One
 * mutex guards the states and three condition variables wake the parties;
 * the work itself runs outside the lock. The ring holds 16 batches:
 * enough to keep two cores busy across uneven document sizes, small
 * enough to bound memory.
 */
#include "pipeline.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "export.h"

#define S_RING 16
#define S_BATCH 32               /* documents a batch */
#define S_BATCH_BYTES (256 * 1024) /* or this much text */

typedef struct {
    rg_job jobs[S_BATCH];
    size_t n, bytes;
} S_batch;

enum { S_EMPTY = 0, S_READY, S_BUSY, S_DONE };

struct rg_pipeline {
    const rg_lexicon *lex;
    rg_consume_fn fn;
    void *ctx;
    int workers;
    rg_extractor *inline_ex;    /* workers <= 1: no threads */
    S_batch ring[S_RING];
    S_batch filling;            /* the batch being pushed into */
    int state[S_RING];
    size_t pushed;              /* jobs pushed so far */
    size_t taken;               /* jobs taken by workers */
    size_t consumed;            /* jobs consumed */
    int closing;                /* no more pushes */
    pthread_mutex_t mu;
    pthread_cond_t can_push, can_take, can_consume;
    pthread_t *threads;
    pthread_t consumer;
};

int rg_pipeline_cpus(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : (n > 64 ? 64 : (int)n);
}

static void S_job_free(rg_job *j)
{
    free(j->name);
    free(j->date);
    free(j->source);
    free(j->data);
    rg_doc_free(j->doc);
    free(j->error);
    memset(j, 0, sizeof *j);
}

/* Parses (for a JSON line) and extracts one job. */
static void S_work(rg_extractor *ex, rg_job *j)
{
    rg_extract_opts eo = RG_EXTRACT_OPTS_INIT;
    const char *name = j->name, *date = j->date, *data = j->data;
    size_t len = j->len;
    char *id = NULL, *text = NULL, *jdate = NULL;
    if (j->jsonl) {
        if (rg_jsonl_parse_doc(j->data, j->len, &id, &text, &jdate) != RG_OK) {
            j->error = rg_xstrdup(rg_error_last());
            return;
        }
        if (id) name = id;
        if (jdate) date = jdate;
        data = text;
        len = strlen(text);
    }
    if (rg_extractor_run(ex, &j->doc, name, date, data, len, &eo) != RG_OK) j->error = rg_xstrdup(rg_error_last());
    if (j->jsonl) {
        /* the consumer sees the parsed document, not the raw line */
        free(j->data);
        j->data = text;
        j->len = len;
        text = NULL;
        j->jsonl = 0;
    }
    free(id);
    free(text);
    free(jdate);
}

static void *S_worker(void *arg)
{
    rg_pipeline *p = arg;
    rg_extractor *ex = rg_extractor_new(p->lex);
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->taken == p->pushed && !p->closing) pthread_cond_wait(&p->can_take, &p->mu);
        if (p->taken == p->pushed && p->closing) break;
        size_t k = p->taken++ % S_RING;
        p->state[k] = S_BUSY;
        pthread_mutex_unlock(&p->mu);
        for (size_t j = 0; j < p->ring[k].n; j++) S_work(ex, &p->ring[k].jobs[j]);
        pthread_mutex_lock(&p->mu);
        p->state[k] = S_DONE;
        if (k == p->consumed % S_RING) pthread_cond_signal(&p->can_consume);
    }
    pthread_mutex_unlock(&p->mu);
    rg_extractor_free(ex);
    return NULL;
}

static void *S_consumer(void *arg)
{
    rg_pipeline *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        size_t k = p->consumed % S_RING;
        while (!(p->consumed < p->pushed && p->state[k] == S_DONE) && !(p->closing && p->consumed == p->pushed))
            pthread_cond_wait(&p->can_consume, &p->mu);
        if (p->closing && p->consumed == p->pushed) break;
        pthread_mutex_unlock(&p->mu);
        for (size_t j = 0; j < p->ring[k].n; j++) {
            p->fn(p->ctx, &p->ring[k].jobs[j]);
            S_job_free(&p->ring[k].jobs[j]);
        }
        p->ring[k].n = p->ring[k].bytes = 0;
        pthread_mutex_lock(&p->mu);
        p->state[k] = S_EMPTY;
        p->consumed++;
        pthread_cond_signal(&p->can_push);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

rg_pipeline *rg_pipeline_new(const rg_lexicon *lex, int workers, rg_consume_fn fn, void *ctx)
{
    rg_pipeline *p = rg_xcalloc(1, sizeof *p);
    p->lex = lex;
    p->fn = fn;
    p->ctx = ctx;
    p->workers = workers <= 0 ? rg_pipeline_cpus() : workers;
    if (p->workers <= 1) {
        p->inline_ex = rg_extractor_new(lex);
        return p;
    }
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->can_push, NULL);
    pthread_cond_init(&p->can_take, NULL);
    pthread_cond_init(&p->can_consume, NULL);
    p->threads = rg_xcalloc((size_t)p->workers, sizeof *p->threads);
    int started = 0;
    for (int i = 0; i < p->workers; i++)
        if (pthread_create(&p->threads[started], NULL, S_worker, p) == 0) started++;
    if (started == 0 || pthread_create(&p->consumer, NULL, S_consumer, p) != 0) {
        /* no threads available: fall back to working inline */
        pthread_mutex_lock(&p->mu);
        p->closing = 1;
        pthread_cond_broadcast(&p->can_take);
        pthread_mutex_unlock(&p->mu);
        for (int i = 0; i < started; i++) pthread_join(p->threads[i], NULL);
        free(p->threads);
        p->threads = NULL;
        p->closing = 0;
        pthread_mutex_destroy(&p->mu);
        pthread_cond_destroy(&p->can_push);
        pthread_cond_destroy(&p->can_take);
        pthread_cond_destroy(&p->can_consume);
        p->workers = 1;
        p->inline_ex = rg_extractor_new(lex);
        return p;
    }
    p->workers = started;
    return p;
}

/* Hands the batch being filled to the workers; blocks while the ring is
 * full. */
static void S_flush(rg_pipeline *p)
{
    if (p->filling.n == 0) return;
    pthread_mutex_lock(&p->mu);
    size_t k = p->pushed % S_RING;
    while (p->state[k] != S_EMPTY) pthread_cond_wait(&p->can_push, &p->mu);
    p->ring[k] = p->filling;
    p->state[k] = S_READY;
    p->pushed++;
    pthread_cond_signal(&p->can_take);
    pthread_mutex_unlock(&p->mu);
    p->filling.n = p->filling.bytes = 0;
}

void rg_pipeline_push(rg_pipeline *p, const char *name, const char *date, const char *source,
                      const char *data, size_t len, int jsonl)
{
    rg_job j;
    memset(&j, 0, sizeof j);
    j.name = rg_xstrdup(name ? name : "-");
    j.date = date ? rg_xstrdup(date) : NULL;
    j.source = rg_xstrdup(source ? source : "-");
    j.data = rg_xstrndup(data, len);
    j.len = len;
    j.jsonl = jsonl;
    if (p->inline_ex) {
        S_work(p->inline_ex, &j);
        p->fn(p->ctx, &j);
        S_job_free(&j);
        return;
    }
    p->filling.jobs[p->filling.n++] = j;
    p->filling.bytes += len;
    if (p->filling.n == S_BATCH || p->filling.bytes >= S_BATCH_BYTES) S_flush(p);
}

void rg_pipeline_finish(rg_pipeline *p)
{
    if (!p) return;
    if (p->inline_ex) {
        rg_extractor_free(p->inline_ex);
        free(p);
        return;
    }
    S_flush(p);
    pthread_mutex_lock(&p->mu);
    p->closing = 1;
    pthread_cond_broadcast(&p->can_take);
    pthread_cond_broadcast(&p->can_consume);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->workers; i++) pthread_join(p->threads[i], NULL);
    pthread_mutex_lock(&p->mu);
    pthread_cond_broadcast(&p->can_consume);
    pthread_mutex_unlock(&p->mu);
    pthread_join(p->consumer, NULL);
    free(p->threads);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->can_push);
    pthread_cond_destroy(&p->can_take);
    pthread_cond_destroy(&p->can_consume);
    free(p);
}
