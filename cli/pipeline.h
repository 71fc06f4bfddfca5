/*
 * pipeline.h: extraction on several cores, results in document order.
 *
 * The reading thread pushes documents (or raw JSON Lines lines) into a
 * bounded ring; worker threads, each with its own rg_extractor, parse and
 * extract them; one consumer thread receives the results strictly in the
 * order they were pushed. Output is therefore the same bytes whatever the
 * number of workers, and memory is bounded by the ring, not the corpus.
 *
 * With workers <= 1 everything runs in the caller's thread, in order.
 */
#ifndef RG_PIPELINE_H
#define RG_PIPELINE_H

#include <stddef.h>

#include "extract.h"

typedef struct rg_job {
    /* input (owned by the job) */
    char *name;       /* document name; for a JSON line, the fallback id */
    char *date;
    char *source;     /* file name for messages ("file.jsonl:12") */
    char *data;
    size_t len;
    int jsonl;        /* data is one JSON Lines line still to parse */
    /* output */
    rg_doc *doc;      /* NULL when the document could not be used */
    char *error;      /* why, when doc is NULL */
} rg_job;

/* Called for every job, in push order, from one thread at a time. The job
 * (and its doc) is freed after the call. */
typedef void (*rg_consume_fn)(void *ctx, rg_job *job);

typedef struct rg_pipeline rg_pipeline;

/** workers: extraction threads (0 = one per online CPU). */
rg_pipeline *rg_pipeline_new(const rg_lexicon *lex, int workers, rg_consume_fn fn, void *ctx);
/** Copies the document in; blocks while the ring is full. */
void rg_pipeline_push(rg_pipeline *p, const char *name, const char *date, const char *source,
                      const char *data, size_t len, int jsonl);
/** Waits until every pushed document was consumed, then frees p. */
void rg_pipeline_finish(rg_pipeline *p);
/** Default worker count: online CPUs, at least 1. */
int rg_pipeline_cpus(void);

#endif
