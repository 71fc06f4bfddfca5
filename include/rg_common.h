/*
 * rg_common.h: the vocabulary every relgraph stage shares.
 *
 * # Status codes
 * Every fallible function returns an int: RG_OK (0) on success, or one of
 * the negative codes below, with a formatted message kept for
 * rg_error_last(). Out of memory is not an error code: the rg_x* allocators
 * print "[relgraph] out of memory" and abort (cmark's policy), so callers
 * never test allocation results.
 *
 * # Entity types and interaction kinds
 * Node types are person, country, group and place. Interaction kinds are
 * the 18 PLOVER event categories, in PLOVER's order (verbal cooperation,
 * material cooperation, verbal conflict, material conflict).
 *
 * # Small containers
 * rg_buf is a growable byte buffer; rg_map maps byte strings to size_t.
 */
#ifndef RG_COMMON_H
#define RG_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- status */

enum {
    RG_OK = 0,
    RG_ENOMEM = -1,   /* a backend reported out of memory */
    RG_EIO = -2,      /* a file could not be read or written */
    RG_EINPUT = -3,   /* input is malformed (bad UTF-8, bad JSON, empty) */
    RG_EBACKEND = -4, /* igraph, Graphviz or jansson failed */
    RG_EUSAGE = -5    /* an argument or option is invalid */
};

/** Records a message for the calling thread's last error and returns code.
 *  printf-style; the message replaces any earlier one. */
int rg_error_set(int code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/** The last message set by rg_error_set(), or "" when none. Borrowed. */
const char *rg_error_last(void);

/** Forgets the last message. */
void rg_error_clear(void);

/* ------------------------------------------------------------ allocation */

void *rg_xmalloc(size_t n);
void *rg_xcalloc(size_t count, size_t size);
void *rg_xrealloc(void *p, size_t n);
char *rg_xstrdup(const char *s);
char *rg_xstrndup(const char *s, size_t n);

/** Grows *items (each of size elem) so that it holds at least need
 *  elements; *cap is updated. Amortised doubling. */
void rg_grow(void **items, size_t *cap, size_t need, size_t elem);
#define RG_GROW(arr, cap, need) \
    rg_grow((void **)&(arr), &(cap), (need), sizeof(*(arr)))

/* ---------------------------------------------------------------- buffer */

typedef struct rg_buf {
    char *ptr;  /* NUL-terminated when len > 0 or after any put */
    size_t len;
    size_t cap;
} rg_buf;
#define RG_BUF_INIT {NULL, 0, 0}

void rg_buf_put(rg_buf *b, const char *s, size_t n);
void rg_buf_puts(rg_buf *b, const char *s);
void rg_buf_grow_(rg_buf *b, size_t extra);
/** Appends one byte (inline: it sits on the tokeniser's hot path). */
static inline void rg_buf_putc(rg_buf *b, char c)
{
    if (b->len + 2 > b->cap) rg_buf_grow_(b, 1);
    b->ptr[b->len++] = c;
    b->ptr[b->len] = '\0';
}
void rg_buf_printf(rg_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void rg_buf_clear(rg_buf *b);
/** Returns the NUL-terminated contents (never NULL) and resets b; the
 *  caller frees the result. */
char *rg_buf_detach(rg_buf *b);
void rg_buf_free(rg_buf *b);

/* --------------------------------------------------- eight bytes at once */

/* Scans that skip plain text a word at a time (JSON Lines strings, the
 * normaliser's first look) read eight bytes with memcpy and test them
 * all at once. Each returns a word whose byte high bits mark (at least
 * the first of) the bytes asked for; zero when there is none. */
#define RG_WORD_ONES 0x0101010101010101ULL
#define RG_WORD_HIGHS 0x8080808080808080ULL
/** Bytes of v equal to b. */
static inline uint64_t rg_word_eq(uint64_t v, unsigned char b)
{
    uint64_t x = v ^ (RG_WORD_ONES * b);
    return (x - RG_WORD_ONES) & ~x & RG_WORD_HIGHS;
}
/** Bytes of v below n (n <= 128). */
static inline uint64_t rg_word_below(uint64_t v, unsigned char n)
{
    return (v - RG_WORD_ONES * n) & ~v & RG_WORD_HIGHS;
}

/* ------------------------------------------------------------------- map */

/* Open-addressing hash map from byte strings (copied on insert) to size_t
 * values. Deterministic: it is never iterated for output. */
typedef struct rg_map rg_map;

rg_map *rg_map_new(void);
void rg_map_free(rg_map *m);
/** 1 and *out set when key is present, else 0. */
int rg_map_get(const rg_map *m, const char *key, size_t klen, size_t *out);
/** Inserts or replaces. */
void rg_map_put(rg_map *m, const char *key, size_t klen, size_t value);
size_t rg_map_count(const rg_map *m);
uint64_t rg_hash(const void *data, size_t n);

/* ------------------------------------------------------ types and kinds */

typedef enum rg_type {
    RG_PERSON = 0,
    RG_COUNTRY,
    RG_GROUP,
    RG_PLACE,
    RG_TYPE_COUNT
} rg_type;

/** "person", "country", "group", "place". */
const char *rg_type_name(rg_type t);
/** Parses a type name; RG_OK or RG_EUSAGE. */
int rg_type_parse(const char *name, rg_type *out);
/** Parses a comma-separated list of type names into a bit mask
 *  (1 << type). RG_OK or RG_EUSAGE with a message naming the bad item. */
int rg_types_parse(const char *list, unsigned *out_mask);
#define RG_TYPES_ACTORS ((1u << RG_PERSON) | (1u << RG_COUNTRY) | (1u << RG_GROUP))

typedef enum rg_kind {
    RG_AGREE = 0, RG_CONSULT, RG_SUPPORT, RG_CONCEDE,
    RG_COOPERATE, RG_AID, RG_RETREAT, RG_INVESTIGATE,
    RG_DEMAND, RG_ACCUSE, RG_REJECT, RG_THREATEN, RG_SANCTION,
    RG_PROTEST, RG_CRIME, RG_MOBILIZE, RG_COERCE, RG_ASSAULT,
    RG_KIND_COUNT
} rg_kind;

/** Lower-case PLOVER name, e.g. "consult". */
const char *rg_kind_name(rg_kind k);
/** RG_OK or RG_EUSAGE. Accepts the score's synonyms disapprove, fight,
 *  request. */
int rg_kind_parse(const char *name, rg_kind *out);
/** +1 for cooperation (agree..investigate), -1 for conflict. */
int rg_kind_polarity(rg_kind k);

/* ----------------------------------------------------------------- names */

/** Appends a slug of s[0..len) to out: accents stripped, lower case,
 *  letters and digits with '-' between words ("Côte d'Ivoire" ->
 *  "cote-divoire"); "unnamed" when nothing is left. Used for entity keys
 *  and node ids. */
void rg_slug(rg_buf *out, const char *s, size_t len);
/** 1 when s is one word of capitals (and dots): ISSG, U.N. A spelled-out
 *  name is preferred to it as a label. */
int rg_acronym_like(const char *s);

/* ----------------------------------------------------------------- dates */
/* A day is the integer yyyymmdd (20160324); 0 means undated. See
 * graph/date.c for the spellings recognised. */

/** The first full date (day, month and year) in s[0..n), or 0. */
int rg_date_find(const char *s, size_t n);
/** A command-line bound YYYY, YYYY-MM or YYYY-MM-DD: the first day it
 *  covers (upper = 0) or the last (upper = 1). 0, or -1 when s is not
 *  one of those forms or not a real day. */
int rg_date_parse_bound(const char *s, int upper, int *out);
/** Exactly YYYY-MM-DD (as written by rg_date_format), or 0. */
int rg_date_read(const char *s);
/** "2016-03-24"; "" for 0. */
void rg_date_format(int day, char out[11]);

/* --------------------------------------------------------------- version */

const char *rg_version(void);

#ifdef __cplusplus
}
#endif
#endif
