/*
 * extract.h: from one document's text to its entities, mentions and
 * interactions.
 *
 * # Stages (one file each)
 *   text.c          UTF-8 decoding and normalisation (curly quotes, dashes,
 *                   non-breaking spaces to ASCII; invalid bytes replaced by
 *                   U+FFFD and counted), with a map back to input offsets
 *   segment.c       tokens, sentences, paragraphs, speaker labels
 *   lexicon.c       the built-in tables (extract/lexicon/) and user files,
 *                   matched in one pass over the tokens through a hash of
 *                   first tokens (no scan per entry, no regex)
 *   mentions.c      lexicon matches plus a name finder for people and
 *                   groups not in the lexicon
 *   resolve.c       mentions to entities: aliases within the document,
 *                   acronyms, affiliation of people to countries, keys
 *                   that join entities across documents
 *   interactions.c  typed, directed interactions from verb patterns
 *   extract.c       the pipeline
 *
 * A document is processed alone and yields an rg_doc; nothing is kept
 * between documents except the read-only lexicon.
 */
#ifndef RG_EXTRACT_H
#define RG_EXTRACT_H

#include "rg_common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* --------------------------------------------------------------- lexicon */

typedef struct rg_lexicon rg_lexicon;

/** Loads the tables compiled into the binary. *out freed with
 *  rg_lexicon_free(). RG_OK or RG_EINPUT (a table is malformed). */
int rg_lexicon_new(rg_lexicon **out);
/** Adds a user's entries from a TSV file (see extract/lexicon/README.md:
 *  kind, name, aliases, extra). RG_EIO or RG_EINPUT with file:line. */
int rg_lexicon_add_file(rg_lexicon *lex, const char *path);
void rg_lexicon_free(rg_lexicon *lex);

/* ------------------------------------------------------------------ text */

typedef struct rg_text {
    char *s;          /* normalised, valid UTF-8, NUL-terminated */
    size_t len;
    uint32_t *orig;   /* orig[i]: input offset of byte i; orig[len] = input
                         length. NULL when s is byte-identical to input. */
    uint8_t *orig_n;  /* orig_n[i]: input length of the character that
                         produced byte i (with orig) */
    size_t n_invalid; /* invalid input bytes replaced */
    size_t first_invalid; /* input offset of the first one */
    int binary;       /* input has NUL bytes: not text */
} rg_text;

/** Normalises len bytes of in (see above). Never fails on content; out
 *  is freed with rg_text_free(). Inputs over 4 GiB are RG_EINPUT. */
int rg_text_normalize(rg_text *out, const char *in, size_t len);
void rg_text_free(rg_text *t);
/** Input offset of normalised offset off (a start). */
size_t rg_text_orig(const rg_text *t, size_t off);
/** Input offset for normalised offset end taken as the end of a span:
 *  just after the input character that produced byte end-1, so characters
 *  dropped by normalisation after the span are not in it. */
size_t rg_text_orig_end(const rg_text *t, size_t end);

/* ---------------------------------------------------------------- result */

enum {
    RG_MENTION_MODIFIER = 1 << 0, /* a demonym or country qualifying a title,
                                     person or body: kept for affiliation and
                                     listing, not a graph mention */
    RG_MENTION_SPEAKER = 1 << 1,  /* a transcript speaker label */
    RG_MENTION_PHRASE = 1 << 2,   /* a body named in lower-case words after
                                     its country ("Kenyan police"): a graph
                                     mention, but no name, so name listings
                                     (relgraph entities) leave it out */
    RG_MENTION_DATELINE = 1 << 3  /* in a dateline ("LAGOS, Nigeria (AP)
                                     -"): where the story was filed and who
                                     filed it; listed, but no graph mention
                                     or party, and an entity named only in
                                     datelines is no node */
};

typedef struct rg_mention {
    size_t start, end;       /* normalised byte offsets, end exclusive: the
                                name itself ("Putin", "Iraqi"), as CoNLL and
                                OntoNotes mark names */
    size_t title_start;      /* a person's capitalised title before the
                                name ("President Putin", the GMB
                                convention); == start when there is none */
    size_t sentence;
    int entity;              /* index into rg_doc.entities, or -1 */
    rg_type type;
    unsigned flags;
    const char *why;         /* static text: how it was found */
} rg_mention;

typedef struct rg_entity {
    char *key;               /* cross-document key: "country:RUS",
                                "group:un", "person:<transliteration key>" */
    char *label;             /* best surface form in this document */
    rg_type type;
    char *code;              /* ISO alpha-3 for countries */
    char **aliases;          /* distinct surface forms in this document */
    long *alias_counts;
    size_t n_aliases;
    char *affiliation;       /* key of the country, or NULL */
    int affiliation_guessed; /* 1: the affiliation is only the country of
                                the person's sentence or document, no
                                words of his own or leaders table say so */
    char **roles;
    size_t n_roles;
    long mentions;
    int lexical;             /* from the lexicon (label is canonical) */
    int single;              /* a person known only by one name token */
} rg_entity;

/* How an interaction was found: stated in a pattern the sentence
 * matches, or guessed where no pattern reads the sentence (the fallback's
 * nearest actors, the lead's parties). Guesses are right less often (about
 * three in five against nine in ten on the event sets); build --strict
 * leaves them out. */
typedef enum { RG_TIER_PATTERN = 0, RG_TIER_FALLBACK, RG_TIER_LEAD } rg_tier;

typedef struct rg_interaction {
    size_t sentence;
    rg_kind kind;
    int source, target;      /* entity indices */
    int directed;            /* 0: symmetric (source/target order arbitrary) */
    rg_tier tier;
    const char *pattern;     /* static text: which pattern found it */
    size_t trigger_start, trigger_end; /* the verb or noun, normalised offsets */
} rg_interaction;

typedef struct rg_sentence {
    size_t start, end;       /* normalised byte offsets */
    size_t paragraph;
    int speaker;             /* entity index of the speaker, or -1 */
} rg_sentence;

typedef struct rg_doc {
    char *name;
    char *date;              /* as given (a JSON Lines "date"), or NULL */
    int day;                 /* yyyymmdd: the given date if it holds a day,
                                else the first date in the opening text
                                (rg_date_find); 0 when undated */
    rg_text text;
    rg_sentence *sentences;
    size_t n_sentences;
    rg_mention *mentions;
    size_t n_mentions;
    rg_entity *entities;
    size_t n_entities;
    rg_interaction *interactions;
    size_t n_interactions;
} rg_doc;

typedef struct rg_extract_opts {
    int explain;             /* keep 'why' texts detailed (always set now) */
} rg_extract_opts;
#define RG_EXTRACT_OPTS_INIT {0}

/* An extractor keeps its scratch buffers from one document to the next,
 * so a corpus of small documents costs no allocation per token. One per
 * thread; the lexicon is shared read-only. */
typedef struct rg_extractor rg_extractor;
rg_extractor *rg_extractor_new(const rg_lexicon *lex);
void rg_extractor_free(rg_extractor *ex);
/** As rg_extract(), with the extractor's buffers. */
int rg_extractor_run(rg_extractor *ex, rg_doc **out, const char *name, const char *date,
                     const char *data, size_t len, const rg_extract_opts *opts);

/** Extracts one document. name and date are copied (date may be NULL).
 *  Returns RG_OK with *out set (possibly with no entities), or RG_EINPUT
 *  when the input is binary (has NUL bytes); invalid UTF-8 is replaced,
 *  not an error (see doc->text.n_invalid). Free with rg_doc_free(). */
int rg_extract(rg_doc **out, const rg_lexicon *lex, const char *name, const char *date,
               const char *data, size_t len, const rg_extract_opts *opts);
void rg_doc_free(rg_doc *doc);

#ifdef __cplusplus
}
#endif
#endif
