/*
 * inputs.h: turning the command line's INPUT arguments into documents.
 *
 * An INPUT is a file, a directory (searched recursively for *.txt and
 * *.jsonl, hidden entries and linked directories skipped, in byte order
 * of path), or "-" for
 * standard input. A *.jsonl file (or standard input with --jsonl) holds
 * one document a line: {"id": ..., "text": ..., "date": ...}.
 *
 * Documents are handed to a callback one at a time and freed after it
 * returns, so memory does not grow with the corpus. A document that
 * cannot be used (missing file, unreadable, binary, empty, a malformed
 * JSON line) gets a message on stderr naming it, and the others are still
 * processed.
 */
#ifndef RG_INPUTS_H
#define RG_INPUTS_H

#include <stddef.h>

/* name: basename of an explicit file, or its path relative to a
 * directory given on the command line. source names the input in
 * messages. text is not NUL-terminated. When jsonl is set, text is one
 * line of a JSON Lines file still to be parsed (rg_jsonl_parse_doc), name
 * is a fallback id ("line-12") and source is "file:12": parsing is left
 * to the caller so it can run on worker threads. Return 0 to go on,
 * non-zero to stop. */
typedef int (*rg_doc_fn)(void *ctx, const char *name, const char *date, const char *source,
                         const char *text, size_t len, int jsonl);

typedef struct rg_inputs_stats {
    size_t documents;  /* handed to the callback */
    size_t bad;        /* inputs or lines that could not be used */
    size_t bytes;      /* text bytes handed over */
} rg_inputs_stats;

/** Walks the inputs in order. cmd prefixes messages ("build"). stdin_jsonl
 *  reads "-" as JSON Lines. Returns 0, or the callback's non-zero value. */
int rg_inputs_each(const char *cmd, char **inputs, size_t n, int stdin_jsonl,
                   rg_doc_fn fn, void *ctx, rg_inputs_stats *stats);

#endif
