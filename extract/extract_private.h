/*
 * extract_private.h: what the files of extract/ share and nothing else
 * sees: tokens, the lexicon's in-memory form, and the hand-over between
 * stages.
 */
#ifndef RG_EXTRACT_PRIVATE_H
#define RG_EXTRACT_PRIVATE_H

#include "extract.h"
#include <string.h>

/* ---------------------------------------------------------------- tokens */

enum {
    T_WORD = 1 << 0,    /* letters/digits (with inner - ' .) */
    T_PUNCT = 1 << 1,   /* one punctuation character */
    T_NUM = 1 << 2,     /* starts with a digit */
    T_CAP = 1 << 3,     /* starts with an upper-case letter */
    T_UPPER = 1 << 4,   /* has letters, all upper case */
    T_LOWER = 1 << 5,   /* starts with a lower-case letter */
    T_ABBR = 1 << 6,    /* ends with a '.' that belongs to it (Mr., U.S., J.) */
    T_SSTART = 1 << 7,  /* first token of its sentence */
    T_LSTART = 1 << 8,  /* first token on its line */
    T_HYPH = 1 << 9,    /* has an inner hyphen */
    T_POSS = 1 << 10,   /* the possessive 's (or bare ' after s) */
    T_SPEAKER = 1 << 11,/* part of a speaker label "SECRETARY KERRY:" */
    T_TITLECASE = 1 << 12, /* in a Title Case or ALL CAPS line (headline) */
    T_INITIAL = 1 << 13,/* a single letter and a dot: J. */
    T_ACRODOT = 1 << 14 /* letters separated by dots: U.S., U.N. */
};

typedef struct rg_token {
    uint32_t start, end;  /* normalised byte offsets */
    uint32_t flags;
    uint32_t sent;        /* sentence index */
    uint32_t lc;          /* offset of the lower-case form in the lc pool */
    uint32_t lclen;
} rg_token;

typedef struct rg_seg {
    rg_token *tok;
    size_t n_tok, cap_tok;
    char *lc;             /* pool of lower-case token forms, NUL-separated */
    size_t lc_len, lc_cap;
    rg_sentence *sent;
    size_t n_sent, cap_sent;
    /* speaker labels: token ranges [from, to) and the sentence they own */
    /* filled by rg_seg_lookup(): per token, its lexicon bucket (NULL
     * when no entry starts with it) and its word classes (W_*) */
    const struct rg_bucket **bk;
    uint32_t *wf;
    size_t cap_lookup;
    /* scratch kept between documents */
    uint8_t *brk_at;      /* per byte: line break strength */
    size_t cap_brk_at;
    uint8_t *breaks;      /* per token: break strength before it */
    size_t cap_breaks;
    struct rg_speaker_label {
        size_t tok_from, tok_to;
        size_t sentence;
    } *labels;
    size_t n_labels, cap_labels;
} rg_seg;

/** Tokenises and segments text (see segment.c). Never fails. seg must be
 *  zeroed before its first use; its buffers are reused by later calls. */
void rg_segment(rg_seg *seg, const char *s, size_t len);
/** Tokenises only (no sentences): for lexicon entries. */
void rg_tokenize(rg_seg *seg, const char *s, size_t len);
void rg_seg_free(rg_seg *seg);
static inline const char *rg_tok_lc(const rg_seg *seg, size_t i) { return seg->lc + seg->tok[i].lc; }
/* Token i is an -ing form of five letters or more ("accusing", not "king"). */
static inline int rg_tok_ing(const rg_seg *seg, size_t i)
{
    size_t n = seg->tok[i].lclen;
    return n > 4 && memcmp(rg_tok_lc(seg, i) + n - 3, "ing", 3) == 0;
}

/** Whether token i ends in "-ly" and is longer than four letters: an
 * adverb, most often ("immediately", "strongly"; not "rely"). Callers
 * that need an adverb ask for a lower-case token ("Italy" is none). */
static inline int rg_tok_ly(const rg_seg *seg, size_t i)
{
    size_t n = seg->tok[i].lclen;
    return n > 4 && memcmp(rg_tok_lc(seg, i) + n - 2, "ly", 2) == 0;
}

/** Lower-cases (Unicode case folding) s[0..n) into out (appended). */
void rg_lower(rg_buf *out, const char *s, size_t n);

/* --------------------------------------------------------------- lexicon */

typedef enum rg_lex_kind {
    LEX_COUNTRY = 0,  /* a country's name or alias */
    LEX_DEMONYM,      /* Russian, Russians */
    LEX_CAPITAL,      /* Moscow */
    LEX_ORG,          /* an organisation, or a seat standing for a country */
    LEX_BODY,         /* Foreign Ministry: combines with a country before it */
    LEX_PLACE,        /* cities, regions, seas */
    LEX_TITLE,        /* President, Foreign Minister, Mr. */
    LEX_PERSON,       /* user lexicon people */
    LEX_VERB,         /* interaction verbs and nouns */
    LEX_KIND_COUNT
} rg_lex_kind;

enum { CASE_ANY = 0, CASE_CAP = 1, CASE_EXACT = 2 };

typedef struct rg_lex_entry {
    uint8_t kind;         /* rg_lex_kind */
    uint8_t ntok;
    uint32_t toks;        /* offset in lex->pool of ntok tokens as they are
                             spelled, each: case rule, length, bytes, NUL */
    uint32_t lcs;         /* lower case, each: length, bytes, NUL */
    uint32_t item;        /* index into the kind's table */
} rg_lex_entry;

typedef struct rg_country {
    char *code, *name;
    int north, south;     /* the halves of the divided country it belongs to
                             ("North Korea" and "South Korea": entries "North
                             X" and "South X"), so "the North" and "the South"
                             can be read; -1 for a half it lacks or none */
} rg_country;

typedef struct rg_org {
    char *id, *name;
    rg_type type;         /* RG_GROUP, or RG_COUNTRY for a seat of government */
    int country;          /* country index or -1 */
    int media;            /* a news agency, paper or broadcaster: being told
                           * or interviewed is reporting, not an interaction */
    int state;            /* an organ of its country's state (a ministry, an
                           * agency, a force, a court, a state company): one
                           * side with it, as a national body is; a party,
                           * armed group or firm based there is not */
    int armed;            /* an armed, militant or insurgent group, a cartel
                           * or a gang (orgs.tsv "armed"): no organ, but a
                           * party against its country's state */
    uint32_t entries_from, entries_to; /* its names' lexicon entries: [from, to) */
} rg_org;

typedef struct rg_body {
    char *name;
    int to_country;       /* 1: "the Russian government" is Russia itself */
    int media;            /* 1: the country's news media ("Belgian television") */
    int civil;            /* 1: its own group but no organ of the state
                           * ("the Syrian opposition"): its acts are not
                           * its country's */
    int force;            /* 1: armed or police forces; "the army" alone
                           * is the country's of a one-country story */
    int lower_only;       /* 1: a group matched in lower case only ("a
                           * Russian court"; "Court of Appeals" is a name) */
} rg_body;

typedef struct rg_place {
    char *name;
    int country;
    int region;           /* a region of a country (places.tsv kind "region"), not a city */
} rg_place;

/* TITLE_REGNAL: a monarch's or pontiff's title before the one name the
 * holder is known by ("King Salman", "Pope Francis") */
enum { TITLE_HONORIFIC = 1, TITLE_LOWER = 2, TITLE_ABBREV = 4, TITLE_REGNAL = 8 };

/* The top offices of a country (leaders.tsv), as bits; OFFICE_INTL, an
 * office of an international organisation (a title's only: no leader of
 * leaders.tsv holds it). */
enum { OFFICE_HOS = 1, OFFICE_HOG = 2, OFFICE_FM = 4, OFFICE_ANY = 7, OFFICE_INTL = 8 };

typedef struct rg_title {
    char *canonical;
    int country;          /* implied country or -1 */
    unsigned flags;
    unsigned offices;     /* OFFICE_* this title names ("President": HOS) */
} rg_title;

typedef struct rg_verb {
    char *lemma;
    rg_kind kind;
    int noun;             /* nominal form: talks, meeting, agreement */
    int direct;           /* takes a direct object */
    int sym;              /* symmetric relation */
    char preps[64];       /* comma-separated prepositions introducing the other party */
} rg_verb;

typedef struct rg_person {
    char *name;
    int country;
} rg_person;

struct rg_lexicon {
    rg_buf pool;
    rg_lex_entry *entries;
    size_t n_entries, cap_entries;
    rg_map *first;        /* lower-case first token -> bucket index */
    struct rg_bucket {
        uint32_t *ids;    /* entry indices, longest first */
        size_t n, cap;
        uint32_t wf;      /* word classes of this lower-case word (W_*) */
    } *buckets;
    size_t n_buckets, cap_buckets;
    rg_country *countries; size_t n_countries, cap_countries;
    rg_org *orgs;          size_t n_orgs, cap_orgs;
    rg_body *bodies;       size_t n_bodies, cap_bodies;
    rg_place *places;      size_t n_places, cap_places;
    rg_title *titles;      size_t n_titles, cap_titles;
    rg_verb *verbs;        size_t n_verbs, cap_verbs;
    rg_person *people;     size_t n_people, cap_people;
    /* leaders.tsv: who held a country's top offices. A full name's key
     * ("first-last", as rg_person_keys makes it) or a short name's key
     * (the surname news uses alone) -> index into leader_keys */
    rg_map *leader_full, *leader_short;
    rg_map *leader_word;  /* short names exactly as written: "Putin" */
    struct rg_leader_key {
        int country[3];   /* per office (bit order): country, -1 none, -2 several */
    } *leader_keys;
    size_t n_leader_keys, cap_leader_keys;
    rg_map *country_code;  /* alpha-3 -> country index */
    rg_map *seat_org;      /* lower-case capital -> index of the organisation
                            * seated there (orgs.tsv "seat") */
    int punct_first;       /* some entry starts with a punctuation token */
};

/* Word classes, from the word lists. */
enum {
    W_GIVEN = 1,     /* a given name (given_names.txt) */
    W_COMMON = 2,    /* common in lower case (common_words.txt) */
    W_NONNAME = 4,   /* never a name (nonnames.txt) */
    W_ORGWORD = 8,   /* marks an organisation (orgwords.txt) */
    W_PARTICLE = 16, /* a name particle (particles.txt) */
    /* grammar words (lexicon.c), for the interaction patterns */
    W_STOP = 32,     /* ends the search for an object (prepositions, clause words) */
    W_LIGHT = 64,    /* a light verb before a noun trigger: held (talks) */
    W_NEG = 128,     /* negation or hedging before a trigger: not, may, refused */
    W_BE = 256,      /* a passive auxiliary: was, were, been */
    W_POSSESSIVE = 512, /* his, her, their, our, my */
    W_REFUSE = 1024, /* refused, declined: the trigger becomes a rejection */
    W_SAY = 2048,    /* a verb that reports speech: said, told, added */
    W_PERSON_ACT = 4096, /* a verb only people do: spoke, met, thanked */
    W_PERSON_NOUN = 8192, /* a word for people set beside a name: counterpart,
                           * witness, activist (and its plural) */
    W_PAST = 16384,       /* an irregular past tense that is no noun: met, flew */
    W_LEGAL = 1u << 15,   /* a company's legal form: Corp, Inc, AG (orgwords.txt "legal") */
    W_MEDIA = 1u << 16,   /* a word of news media names: Times, Radio (orgwords.txt "media") */
    W_ORG_NOUN = 1u << 17, /* a noun for an organisation set before its name: company, group */
    W_PERSON_PART = 1u << 18, /* a past participle of things done to people: arrested, born */
    W_KIN = 1u << 19,      /* kin and counsel after a person's possessive: wife, lawyer */
    W_CLUB = 1u << 20,     /* the last word of a sports club's name: United, Rovers
                            * (orgwords.txt "club") */
    W_PARTICLE_START = 1u << 21, /* a particle that opens a surname: de, van, bin
                                  * (particles.txt "start") */
    W_MEDIATE = 1u << 22,  /* a third party's part in talks: mediated, brokered, hosted */
    W_AUX = 1u << 23,      /* an auxiliary or adverb between subject and verb: has, will, also */
    W_GOODS = 1u << 24,    /* traded goods before their origin: imports (from), goods */
    W_GROUP_NOUN = 1u << 25, /* a lower-case noun after a group's name: (the Ennahda) party */
    W_GROUP_MOD = 1u << 26,  /* a word between such a name and noun: (Comuneros del Sur) rebel (group) */
    W_ORGAN = 1u << 27,      /* an organ after an organisation's possessive: (the IMF's) board */
    W_UNIT = 1u << 28,       /* the last word of a military formation's name after its ordinal:
                              * Division, Brigade (orgwords.txt "unit") */
    W_SPACE = 1u << 29,      /* a state's space another may enter: airspace, (territorial) waters */
    W_FAITH = 1u << 30       /* an adjective of a faith or sect: Shi'ite, Christian, Sunni */
};
/* a verb that stops what its noun names: halted (supplies), cut (aid),
 * ended (cooperation) (the top bit: an enum constant must fit an int) */
#define W_HALT 0x80000000u

/** Looks every token up once: fills seg->bk and seg->wf. */
void rg_seg_lookup(rg_seg *seg, const rg_lexicon *lex);
static inline int rg_tok_wf(const rg_seg *seg, size_t i, unsigned w) { return (seg->wf[i] & w) != 0; }

/** Candidate entries whose first token (lower case) is lc; NULL if none. */
const struct rg_bucket *rg_lexicon__bucket(const rg_lexicon *lex, const char *lc, size_t n);
/** Tests whether entry e matches the tokens at seg->tok[i..]; returns the
 *  number of tokens matched (e->ntok) or 0, applying the case rules. */
size_t rg_lexicon__match(const rg_lexicon *lex, const rg_lex_entry *e, const rg_seg *seg,
                         const char *text, size_t i, size_t limit);
/** As rg_lexicon__match, but blind to case: the words alone must agree.
 *  For places where the context already says what the words name
 *  ("Russia's defence ministry": a body after a country). */
size_t rg_lexicon__match_words(const rg_lexicon *lex, const rg_lex_entry *e, const rg_seg *seg, size_t i,
                               size_t limit);
/** A two-word particle verb ("pull out", "hand over") with up to gap
 *  lower-case words between its verb at i and its particle ("pulled its
 *  last troops out of"): the tokens from i to the particle, or 0. */
size_t rg_lexicon__match_split(const rg_lexicon *lex, const rg_lex_entry *e, const rg_seg *seg, size_t i, size_t limit,
                               size_t gap);
/** The word classes (W_*) of lower-case word lc. */
unsigned rg_lexicon__wf(const rg_lexicon *lex, const char *lc, size_t n);
/** Whether word w (n bytes) is one of the comma-separated prepositions
 *  in preps (a verb's "with,to"; "-" for a direct object is never one). */
int rg_lexicon__prep_in(const char *preps, const char *w, size_t n);
/** The organisation whose seat is the capital spelt lc (lower case,
 *  words joined by one space), or -1: "Brussels" is the EU's. */
int rg_lexicon__seat_org(const rg_lexicon *lex, const char *lc, size_t n);
/** Whether lower-case word lc is the plural of a common word ("fans",
 *  "taxes"): lc less its "s" or "es" is in common_words.txt. */
int rg_lexicon__common_plural(const rg_lexicon *lex, const char *lc, size_t n);

/* -------------------------------------------------------- between stages */

/* A mention before resolution: token range of the name, the token range of
 * the whole span (with a title in front), and what the lexicon or the name
 * finder said about it. */
/* A candidate's own flag beside RG_MENTION_*: a group one country leads
 * ("the Saudi-led coalition"), whose acts are also that country's, as a
 * national body's are. */
#define RG_CAND_LED (1u << 16)
/* And a person named in apposition after a title and its comma ("the
 * Israeli ambassador, Tzipi Hotovely,"): the title's holder. */
#define RG_CAND_APPOS (1u << 17)
/* And a city's or region's own body ("Delhi Police", "a Kyiv court"):
 * keyed with its place, apart from its country's body of the kind. */
#define RG_CAND_LOCAL (1u << 18)
/* And a people's community named with another land ("Bosnian Serbs",
 * "ethnic Albanians"): a group; item is the people's country (whose bare
 * plural demonym, "the Serbs", then names it). */
#define RG_CAND_COMMUNITY (1u << 19)
/* And a country named with its government's word ("Ethiopia's
 * government", "the Sudanese authorities"): a bare "the government"
 * after it in the document is that country (resolve.c). */
#define RG_CAND_GOVT (1u << 20)

typedef struct rg_cand {
    size_t tok_from, tok_to;  /* the name itself */
    size_t span_from;         /* with capitalised title tokens in front */
    size_t start, end;        /* byte offsets (sub-token for hyphen parts) */
    rg_type type;
    unsigned flags;           /* RG_MENTION_* */
    int lex_kind;             /* rg_lex_kind or -1 for the name finder */
    int item;                 /* lexicon item index, or -1 */
    int country;              /* country index: the entity's own (countries),
                                 or its affiliation evidence (people, bodies) */
    int title;                /* title index before a person, or -1 */
    int body;                 /* body index for "Russian Foreign Ministry" */
    const char *why;
    int entity;               /* set by resolve */
} rg_cand;

typedef struct rg_cands {
    rg_cand *c;
    size_t n, cap;
} rg_cands;

void rg_mentions_find(rg_cands *out, const rg_lexicon *lex, const rg_seg *seg, const char *text);
/** Builds doc->entities and doc->mentions from the candidates. */
void rg_resolve(rg_doc *doc, rg_cands *cands, const rg_lexicon *lex, const rg_seg *seg);
void rg_interactions_find(rg_doc *doc, const rg_cands *cands, const rg_lexicon *lex,
                          const rg_seg *seg);

/** The transliteration-tolerant key of a name (see resolve.c). */
void rg_name_key(rg_buf *out, const char *name, size_t n);
/** The key of one word of a personal name: rg_name_key without a leading
 *  particle joined by a hyphen (al-Assad and Assad meet). */
void rg_name_part_key(rg_buf *out, const rg_lexicon *lex, const char *s, size_t n);
/** Keys of the first and last name words of the person name at tokens
 *  [from, to) of seg (particles and initials skipped), appended to first
 *  and last. Returns 0 when there is no name word, 1 for one word (both
 *  keys are its key), 2 for two or more. seg needs rg_seg_lookup. */
int rg_person_keys(rg_buf *first, rg_buf *last, const rg_lexicon *lex, const rg_seg *seg, const char *text,
                   size_t from, size_t to);
/** The country of a person in leaders.tsv: by the key of a full name
 *  ("first-last", full = 1) or of a surname (full = 0), counting only
 *  the offices given (OFFICE_* bits). Returns the country index, -1 when
 *  unknown, -2 when the key names holders of several countries. */
int rg_lexicon__leader(const rg_lexicon *lex, int full, const char *key, size_t n, unsigned offices);

#endif
