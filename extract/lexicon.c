/*
 * lexicon.c: the built-in tables (extract/lexicon/ tables (.tsv, .txt),
 * compiled into the binary by cmake/embed.cmake) and user lexicon files,
 * loaded into one index for single-pass matching.
 *
 * Every surface form is tokenised with the document tokeniser, so
 * "U.S." or "People's Republic of China" split the same way in both.
 * Entries are grouped in buckets by their lower-cased first token (a hash
 * map); a document token looks up its bucket once and tries the few
 * entries there, longest first. Cost per token: one hash lookup, whatever
 * the lexicon's size.
 *
 * Case rules, per entry token: a short all-caps acronym (US, UN, IS) must
 * match exactly, so the pronoun "us" is not the United States; a
 * capitalised token must meet a capitalised token; a lower-case token
 * (of, al-Sham) matches any case. Verbs and titles flagged "lower" match
 * in any case; bodies flagged "lower" only in lower case.
 */
#include "extract_private.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct rg_embedded_file {
    const char *name;
    const char *data;
    size_t size;
};
extern const struct rg_embedded_file rg_lexicon_files[];

/* ------------------------------------------------------------- the index */

static uint32_t S_pool_add(rg_lexicon *lex, const char *s, size_t n)
{
    uint32_t at = (uint32_t)lex->pool.len;
    rg_buf_put(&lex->pool, s, n);
    rg_buf_putc(&lex->pool, '\0');
    return at;
}

static int S_all_upper(const char *s);
static int S_mixed_case(const char *s);
static int S_first_differs(const char *et, const char *el);

/* Case rules of an entry token, decided when the entry is loaded. */
enum { RULE_ANY = 0, RULE_CAP, RULE_EXACT, RULE_EXACT_CALM, RULE_LOWER };

/* The bucket of lower-case word lc, created when missing. */
static struct rg_bucket *S_bucket_for(rg_lexicon *lex, const char *lc, size_t n)
{
    size_t b;
    if (!rg_map_get(lex->first, lc, n, &b)) {
        RG_GROW(lex->buckets, lex->cap_buckets, lex->n_buckets + 1);
        b = lex->n_buckets++;
        memset(&lex->buckets[b], 0, sizeof lex->buckets[b]);
        rg_map_put(lex->first, lc, n, b);
    }
    return &lex->buckets[b];
}

/* Adds surface form s as an entry of kind/item. */
static void S_add_entry(rg_lexicon *lex, rg_lex_kind kind, size_t item, const char *s, size_t n)
{
    while (n && (*s == ' ')) s++, n--;
    while (n && s[n - 1] == ' ') n--;
    if (!n) return;
    rg_seg seg;
    memset(&seg, 0, sizeof seg);
    rg_tokenize(&seg, s, n);
    if (seg.n_tok == 0 || seg.n_tok > 32) {
        rg_seg_free(&seg);
        return;
    }
    for (size_t i = 0; i < seg.n_tok; i++)
        if (seg.tok[i].end - seg.tok[i].start > 255 || seg.tok[i].lclen > 255) {
            rg_seg_free(&seg);
            return;
        }
    RG_GROW(lex->entries, lex->cap_entries, lex->n_entries + 1);
    rg_lex_entry *e = &lex->entries[lex->n_entries];
    e->kind = (uint8_t)kind;
    e->ntok = (uint8_t)seg.n_tok;
    e->item = (uint32_t)item;
    /* pool layout per token: case rule, length, bytes, NUL (original
     * spelling); then length, bytes, NUL (lower case). The rules are
     * decided here once, not at every comparison. */
    int any_case = kind == LEX_VERB || (kind == LEX_TITLE && (lex->titles[item].flags & TITLE_LOWER));
    /* a body named by its kind ("a Russian court") is lower case only:
     * in capitals its words open a name ("Court of Appeals") */
    int lower_only = kind == LEX_BODY && lex->bodies[item].lower_only;
    e->toks = (uint32_t)lex->pool.len;
    for (size_t i = 0; i < seg.n_tok; i++) {
        const char *t = s + seg.tok[i].start;
        size_t tn = seg.tok[i].end - seg.tok[i].start;
        char *tt = rg_xstrndup(t, tn);
        int up = S_all_upper(tt);
        uint8_t rule = RULE_ANY;
        if (any_case) rule = RULE_ANY;
        else if (lower_only) rule = RULE_LOWER;
        else if (S_mixed_case(tt)) rule = RULE_EXACT; /* LeT, McCain: deliberate */
        else if (up >= 2 && up <= 3)
            /* "US" in a shouted headline may be the word us; "U.S." never is */
            rule = up == 2 && seg.n_tok == 1 && !memchr(tt, '.', tn) ? RULE_EXACT_CALM : RULE_EXACT;
        else if (S_first_differs(tt, rg_tok_lc(&seg, i))) rule = RULE_CAP;
        free(tt);
        char hdr[2] = {(char)rule, (char)tn};
        rg_buf_put(&lex->pool, hdr, 2);
        S_pool_add(lex, t, tn);
    }
    e->lcs = (uint32_t)lex->pool.len;
    for (size_t i = 0; i < seg.n_tok; i++) {
        char len = (char)seg.tok[i].lclen;
        rg_buf_put(&lex->pool, &len, 1);
        S_pool_add(lex, rg_tok_lc(&seg, i), seg.tok[i].lclen);
    }

    struct rg_bucket *bk = S_bucket_for(lex, rg_tok_lc(&seg, 0), seg.tok[0].lclen);
    if (seg.tok[0].flags & T_PUNCT) lex->punct_first = 1;
    RG_GROW(bk->ids, bk->cap, bk->n + 1);
    /* keep longest first; stable for equal lengths */
    size_t at = bk->n;
    while (at > 0 && lex->entries[bk->ids[at - 1]].ntok < e->ntok) {
        bk->ids[at] = bk->ids[at - 1];
        at--;
    }
    bk->ids[at] = (uint32_t)lex->n_entries;
    bk->n++;
    lex->n_entries++;
    rg_seg_free(&seg);
}

/* Adds each |-separated form of list. */
static void S_add_list(rg_lexicon *lex, rg_lex_kind kind, size_t item, const char *list)
{
    const char *p = list;
    while (p && *p) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        S_add_entry(lex, kind, item, p, n);
        p = bar ? bar + 1 : NULL;
    }
}

const struct rg_bucket *rg_lexicon__bucket(const rg_lexicon *lex, const char *lc, size_t n)
{
    size_t b;
    return rg_map_get(lex->first, lc, n, &b) && lex->buckets[b].n ? &lex->buckets[b] : NULL;
}

unsigned rg_lexicon__wf(const rg_lexicon *lex, const char *lc, size_t n)
{
    size_t b;
    return rg_map_get(lex->first, lc, n, &b) ? lex->buckets[b].wf : 0;
}

int rg_lexicon__prep_in(const char *preps, const char *w, size_t n)
{
    for (const char *p = preps; *p;) {
        const char *e = strchr(p, ',');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == n && memcmp(p, w, n) == 0) return 1;
        p += len;
        if (*p == ',') p++;
    }
    return 0;
}

int rg_lexicon__common_plural(const rg_lexicon *lex, const char *lc, size_t n)
{
    if (n < 3 || lc[n - 1] != 's') return 0;
    if (rg_lexicon__wf(lex, lc, n - 1) & W_COMMON) return 1;
    return lc[n - 2] == 'e' && (rg_lexicon__wf(lex, lc, n - 2) & W_COMMON);
}

int rg_lexicon__seat_org(const rg_lexicon *lex, const char *lc, size_t n)
{
    size_t i;
    return rg_map_get(lex->seat_org, lc, n, &i) ? (int)i : -1;
}

void rg_seg_lookup(rg_seg *seg, const rg_lexicon *lex)
{
    if (seg->n_tok > seg->cap_lookup) {
        size_t cap = seg->n_tok * 2;
        seg->bk = rg_xrealloc(seg->bk, cap * sizeof *seg->bk);
        seg->wf = rg_xrealloc(seg->wf, cap * sizeof *seg->wf);
        seg->cap_lookup = cap;
    }
    for (size_t i = 0; i < seg->n_tok; i++) {
        seg->bk[i] = NULL;
        seg->wf[i] = 0;
        if (seg->tok[i].flags & T_PUNCT) {
            /* punctuation can start an entry only in user lexicons; skip
             * the lookup unless some entry starts with this character */
            if (!lex->punct_first) continue;
        }
        size_t b;
        if (!rg_map_get(lex->first, rg_tok_lc(seg, i), seg->tok[i].lclen, &b)) {
            /* a hyphenated given name the list lacks whole ("Marie-Jose",
             * "Abdul-Aziz"): its first part says so */
            if (seg->tok[i].flags & T_HYPH) {
                const char *lc = rg_tok_lc(seg, i);
                const char *h = memchr(lc, '-', seg->tok[i].lclen);
                if (h && h > lc && rg_map_get(lex->first, lc, (size_t)(h - lc), &b))
                    seg->wf[i] = lex->buckets[b].wf & W_GIVEN;
            }
            continue;
        }
        const struct rg_bucket *bk = &lex->buckets[b];
        seg->bk[i] = bk->n ? bk : NULL;
        seg->wf[i] = bk->wf;
    }
}

static int S_all_upper(const char *s)
{
    int letters = 0;
    for (; *s; s++) {
        if (islower((unsigned char)*s)) return 0;
        if (isupper((unsigned char)*s)) letters++;
    }
    return letters;
}

/* An upper-case letter after a lower-case one inside a word (LeT,
 * McCain), outside of a hyphenated part (al-Assad, Frank-Walter). */
static int S_mixed_case(const char *s)
{
    int lower_seen = 0;
    for (; *s; s++) {
        if (*s == '-' || *s == '\'' || *s == ' ') lower_seen = 0;
        else if (islower((unsigned char)*s)) lower_seen = 1;
        else if (isupper((unsigned char)*s) && lower_seen) return 1;
    }
    return 0;
}

/* Whether the first character of et differs from that of its lower-case
 * form el, i.e. et starts with a capital. */
static int S_first_differs(const char *et, const char *el)
{
    size_t n = 1;
    unsigned char c = (unsigned char)et[0];
    if (c >= 0xF0) n = 4;
    else if (c >= 0xE0) n = 3;
    else if (c >= 0xC0) n = 2;
    return strncmp(et, el, n) != 0;
}

/* Entry e against the tokens at seg->tok[i..]: the words (lower case)
 * must agree; unless blind, so must each token's case rule. */
static size_t S_match(const rg_lexicon *lex, const rg_lex_entry *e, const rg_seg *seg, const char *text, size_t i,
                      size_t limit, int blind)
{
    if (i + e->ntok > limit) return 0;
    const unsigned char *et = (const unsigned char *)lex->pool.ptr + e->toks;
    const unsigned char *el = (const unsigned char *)lex->pool.ptr + e->lcs;
    for (size_t k = 0; k < e->ntok; k++) {
        const rg_token *t = &seg->tok[i + k];
        size_t ln = el[0];
        if (t->lclen != ln || memcmp(rg_tok_lc(seg, i + k), el + 1, ln) != 0) return 0;
        unsigned rule = et[0];
        size_t tl = et[1];
        switch (blind ? RULE_ANY : rule) {
        case RULE_EXACT_CALM:
            /* "IS" or "US" in a shouting headline is a word */
            if ((t->flags & T_TITLECASE) && (t->flags & T_UPPER)) return 0;
            /* fall through */
        case RULE_EXACT:
            if (tl != t->end - t->start || memcmp(text + t->start, et + 2, tl) != 0) return 0;
            break;
        case RULE_CAP:
            if (!(t->flags & T_CAP)) return 0;
            break;
        case RULE_LOWER:
            if (!(t->flags & T_LOWER)) return 0;
            break;
        default:
            break;
        }
        et += 2 + tl + 1;
        el += 1 + ln + 1;
    }
    return e->ntok;
}

size_t rg_lexicon__match(const rg_lexicon *lex, const rg_lex_entry *e, const rg_seg *seg,
                         const char *text, size_t i, size_t limit)
{
    return S_match(lex, e, seg, text, i, limit, 0);
}

size_t rg_lexicon__match_words(const rg_lexicon *lex, const rg_lex_entry *e, const rg_seg *seg, size_t i,
                               size_t limit)
{
    return S_match(lex, e, seg, NULL, i, limit, 1);
}

size_t rg_lexicon__match_split(const rg_lexicon *lex, const rg_lex_entry *e, const rg_seg *seg, size_t i, size_t limit,
                               size_t gap)
{
    static const char *const particles[] = {"out", "over", "back", "off", "down", NULL};
    if (e->ntok != 2 || i + 3 > limit) return 0;
    const unsigned char *el = (const unsigned char *)lex->pool.ptr + e->lcs;
    size_t l0 = el[0];
    const char *p0 = (const char *)el + 1, *p1 = (const char *)el + 1 + l0 + 1 + 1;
    size_t l1 = el[1 + l0 + 1];
    if (seg->tok[i].lclen != l0 || memcmp(rg_tok_lc(seg, i), p0, l0) != 0) return 0;
    int particle = 0;
    for (size_t k = 0; particles[k] && !particle; k++)
        particle = strlen(particles[k]) == l1 && memcmp(particles[k], p1, l1) == 0;
    if (!particle) return 0;
    for (size_t p = i + 2; p < limit && p <= i + 1 + gap; p++) {
        if (seg->tok[p].lclen == l1 && memcmp(rg_tok_lc(seg, p), p1, l1) == 0) return p - i + 1;
        if (!(seg->tok[p].flags & T_LOWER)) return 0;
    }
    return 0;
}

/* ---------------------------------------------------------------- tables */

typedef struct {
    const char *name; /* file name for messages */
    const char *p, *end;
    size_t line;
    char *cols[8];
    size_t ncols;
    rg_buf row;
} S_tsv;

/* Reads the next data row into t->cols (pointers into t->row). Returns 1,
 * or 0 at the end. Skips blank lines and # comments. */
static int S_tsv_next(S_tsv *t)
{
    while (t->p < t->end) {
        const char *nl = memchr(t->p, '\n', (size_t)(t->end - t->p));
        const char *le = nl ? nl : t->end;
        t->line++;
        const char *ls = t->p;
        t->p = nl ? nl + 1 : t->end;
        size_t n = (size_t)(le - ls);
        if (n && ls[n - 1] == '\r') n--;
        if (n == 0 || ls[0] == '#') continue;
        rg_buf_clear(&t->row);
        rg_buf_put(&t->row, ls, n);
        t->ncols = 0;
        char *c = t->row.ptr;
        while (t->ncols < 8) {
            t->cols[t->ncols++] = c;
            char *tab = strchr(c, '\t');
            if (!tab) break;
            *tab = '\0';
            c = tab + 1;
        }
        for (size_t k = t->ncols; k < 8; k++) t->cols[k] = "";
        return 1;
    }
    return 0;
}

static int S_country_index(const rg_lexicon *lex, const char *code)
{
    size_t i;
    if (!code || !*code) return -1;
    return rg_map_get(lex->country_code, code, strlen(code), &i) ? (int)i : -1;
}

static void S_load_countries(rg_lexicon *lex, S_tsv *t)
{
    while (S_tsv_next(t)) {
        RG_GROW(lex->countries, lex->cap_countries, lex->n_countries + 1);
        size_t i = lex->n_countries++;
        lex->countries[i].code = rg_xstrdup(t->cols[0]);
        lex->countries[i].name = rg_xstrdup(t->cols[1]);
        lex->countries[i].north = lex->countries[i].south = -1;
        rg_map_put(lex->country_code, t->cols[0], strlen(t->cols[0]), i);
        S_add_entry(lex, LEX_COUNTRY, i, t->cols[1], strlen(t->cols[1]));
        S_add_list(lex, LEX_COUNTRY, i, t->cols[2]);
        S_add_list(lex, LEX_DEMONYM, i, t->cols[3]);
        S_add_list(lex, LEX_CAPITAL, i, t->cols[4]);
    }
}

static void S_load_orgs(rg_lexicon *lex, S_tsv *t)
{
    while (S_tsv_next(t)) {
        RG_GROW(lex->orgs, lex->cap_orgs, lex->n_orgs + 1);
        size_t i = lex->n_orgs++;
        rg_org *o = &lex->orgs[i];
        o->id = rg_xstrdup(t->cols[0]);
        o->type = strcmp(t->cols[1], "country") == 0 ? RG_COUNTRY : RG_GROUP;
        o->media = strcmp(t->cols[1], "media") == 0;
        o->armed = strcmp(t->cols[1], "armed") == 0;
        o->name = rg_xstrdup(t->cols[2]);
        o->country = S_country_index(lex, t->cols[4]);
        o->state = strcmp(t->cols[1], "state") == 0 && o->country >= 0;
        if (o->type == RG_COUNTRY && o->country < 0) o->type = RG_GROUP;
        o->entries_from = (uint32_t)lex->n_entries;
        S_add_entry(lex, LEX_ORG, i, t->cols[2], strlen(t->cols[2]));
        S_add_list(lex, LEX_ORG, i, t->cols[3]);
        lex->orgs[i].entries_to = (uint32_t)lex->n_entries;
        if (*t->cols[5]) {
            char *seat = rg_xstrdup(t->cols[5]);
            for (char *q = seat; *q; q++) *q = (char)tolower((unsigned char)*q);
            rg_map_put(lex->seat_org, seat, strlen(seat), i);
            free(seat);
        }
    }
}

static void S_load_bodies(rg_lexicon *lex, S_tsv *t)
{
    while (S_tsv_next(t)) {
        RG_GROW(lex->bodies, lex->cap_bodies, lex->n_bodies + 1);
        size_t i = lex->n_bodies++;
        lex->bodies[i].name = rg_xstrdup(t->cols[0]);
        lex->bodies[i].to_country = strcmp(t->cols[2], "country") == 0;
        lex->bodies[i].media = strcmp(t->cols[2], "media") == 0;
        lex->bodies[i].civil = strcmp(t->cols[2], "civil") == 0;
        lex->bodies[i].lower_only = strcmp(t->cols[2], "lower") == 0;
        lex->bodies[i].force = strcmp(t->cols[2], "force") == 0;
        S_add_entry(lex, LEX_BODY, i, t->cols[0], strlen(t->cols[0]));
        S_add_list(lex, LEX_BODY, i, t->cols[1]);
    }
}

/* OFFICE_* bits of a comma-separated list naming hos, hog, fm, intl. */
static unsigned S_offices(const char *list)
{
    static const char *const names[] = {"hos", "hog", "fm", "intl"};
    unsigned bits = 0;
    const char *p = list;
    while (*p) {
        size_t n = strcspn(p, ",");
        for (unsigned o = 0; o < 4; o++)
            if (n == strlen(names[o]) && memcmp(p, names[o], n) == 0) bits |= 1u << o;
        p += n;
        if (*p == ',') p++;
    }
    return bits;
}

static void S_load_titles(rg_lexicon *lex, S_tsv *t)
{
    while (S_tsv_next(t)) {
        RG_GROW(lex->titles, lex->cap_titles, lex->n_titles + 1);
        size_t i = lex->n_titles++;
        rg_title *x = &lex->titles[i];
        x->canonical = rg_xstrdup(*t->cols[1] ? t->cols[1] : t->cols[0]);
        x->country = S_country_index(lex, t->cols[2]);
        x->flags = 0;
        if (strstr(t->cols[3], "honorific")) x->flags |= TITLE_HONORIFIC;
        if (strstr(t->cols[3], "lower")) x->flags |= TITLE_LOWER;
        if (strstr(t->cols[3], "abbrev")) x->flags |= TITLE_ABBREV;
        if (strstr(t->cols[3], "regnal")) x->flags |= TITLE_REGNAL;
        x->offices = S_offices(t->cols[3]);
        S_add_entry(lex, LEX_TITLE, i, t->cols[0], strlen(t->cols[0]));
    }
}

static int S_add_verb(rg_lexicon *lex, const char *form, const char *lemma, const char *kind,
                      const char *pos, const char *prep, const char *sym)
{
    rg_kind k;
    if (rg_kind_parse(kind, &k) != RG_OK) return RG_EINPUT;
    RG_GROW(lex->verbs, lex->cap_verbs, lex->n_verbs + 1);
    size_t i = lex->n_verbs++;
    rg_verb *v = &lex->verbs[i];
    memset(v, 0, sizeof *v);
    v->lemma = rg_xstrdup(*lemma ? lemma : form);
    v->kind = k;
    v->noun = pos[0] == 'n';
    v->sym = sym[0] == '1';
    /* "-" in the list means a direct object is allowed */
    const char *p = prep;
    size_t o = 0;
    while (*p) {
        const char *c = strchr(p, ',');
        size_t n = c ? (size_t)(c - p) : strlen(p);
        if (n == 1 && *p == '-') {
            v->direct = 1;
        } else if (n && o + n + 2 < sizeof v->preps) {
            if (o) v->preps[o++] = ',';
            memcpy(v->preps + o, p, n);
            o += n;
        }
        p += n;
        if (*p == ',') p++;
    }
    v->preps[o] = '\0';
    if (!*prep && !v->noun) v->direct = 1;
    S_add_entry(lex, LEX_VERB, i, form, strlen(form));
    return RG_OK;
}

static int S_load_verbs(rg_lexicon *lex, S_tsv *t)
{
    while (S_tsv_next(t)) {
        if (S_add_verb(lex, t->cols[0], t->cols[1], t->cols[2], t->cols[3], t->cols[4], t->cols[5]) != RG_OK)
            return rg_error_set(RG_EINPUT, "%s:%zu: unknown interaction kind '%s'", t->name, t->line, t->cols[2]);
    }
    return RG_OK;
}

static void S_load_places(rg_lexicon *lex, S_tsv *t)
{
    while (S_tsv_next(t)) {
        RG_GROW(lex->places, lex->cap_places, lex->n_places + 1);
        size_t i = lex->n_places++;
        lex->places[i].name = rg_xstrdup(t->cols[0]);
        lex->places[i].country = S_country_index(lex, t->cols[2]);
        lex->places[i].region = strcmp(t->cols[3], "region") == 0;
        S_add_entry(lex, LEX_PLACE, i, t->cols[0], strlen(t->cols[0]));
        S_add_list(lex, LEX_PLACE, i, t->cols[1]);
    }
}

/* Records that key names a holder of offices in country. */
static void S_leader_put(rg_lexicon *lex, rg_map *map, const char *key, size_t n, int country, unsigned offices)
{
    size_t i;
    if (!n) return;
    if (!rg_map_get(map, key, n, &i)) {
        RG_GROW(lex->leader_keys, lex->cap_leader_keys, lex->n_leader_keys + 1);
        i = lex->n_leader_keys++;
        for (int o = 0; o < 3; o++) lex->leader_keys[i].country[o] = -1;
        rg_map_put(map, key, n, i);
    }
    int *c = lex->leader_keys[i].country;
    for (unsigned o = 0; o < 3; o++)
        if (offices & (1u << o)) c[o] = c[o] == -1 || c[o] == country ? country : -2;
}

/* leaders.tsv: name, aliases, country, short, offices, years. Each full
 * name is keyed as rg_person_keys keys a name in text, so the two meet
 * whatever the transliteration; it needs the particles, loaded before. */
static void S_load_leaders(rg_lexicon *lex, S_tsv *t)
{
    rg_buf form = RG_BUF_INIT, first = RG_BUF_INIT, last = RG_BUF_INIT;
    while (S_tsv_next(t)) {
        int cc = S_country_index(lex, t->cols[2]);
        unsigned offices = S_offices(t->cols[4]);
        if (cc < 0 || !offices) continue;
        /* the name, then each alias */
        const char *p = t->cols[0];
        int in_aliases = 0;
        for (;;) {
            size_t n = strcspn(p, "|");
            rg_buf_clear(&form);
            rg_buf_put(&form, p, n);
            rg_seg seg;
            memset(&seg, 0, sizeof seg);
            rg_tokenize(&seg, form.ptr, form.len);
            rg_seg_lookup(&seg, lex);
            rg_buf_clear(&first);
            rg_buf_clear(&last);
            if (rg_person_keys(&first, &last, lex, &seg, form.ptr, 0, seg.n_tok) == 2) {
                rg_buf_putc(&first, '-');
                rg_buf_put(&first, last.ptr, last.len);
                S_leader_put(lex, lex->leader_full, first.ptr, first.len, cc, offices);
            }
            rg_seg_free(&seg);
            p += n;
            if (*p == '|') {
                p++;
            } else if (!in_aliases && *t->cols[1]) {
                in_aliases = 1;
                p = t->cols[1];
            } else {
                break;
            }
        }
        rg_buf_clear(&last);
        rg_name_part_key(&last, lex, t->cols[3], strlen(t->cols[3]));
        S_leader_put(lex, lex->leader_short, last.ptr, last.len, cc, offices);
        rg_map_put(lex->leader_word, t->cols[3], strlen(t->cols[3]), 1);
    }
    rg_buf_free(&form);
    rg_buf_free(&first);
    rg_buf_free(&last);
}

int rg_lexicon__leader(const rg_lexicon *lex, int full, const char *key, size_t n, unsigned offices)
{
    size_t i;
    if (!rg_map_get(full ? lex->leader_full : lex->leader_short, key, n, &i)) return -1;
    int country = -1;
    for (unsigned o = 0; o < 3; o++) {
        int c = lex->leader_keys[i].country[o];
        if (!(offices & (1u << o)) || c == -1) continue;
        country = c == -2 || (country >= 0 && country != c) ? -2 : c;
        if (country == -2) break;
    }
    return country;
}

static void S_load_words(rg_lexicon *lex, unsigned wf, S_tsv *t)
{
    rg_buf lc = RG_BUF_INIT;
    while (S_tsv_next(t)) {
        rg_buf_clear(&lc);
        rg_lower(&lc, t->cols[0], strlen(t->cols[0]));
        if (!lc.len) continue;
        /* orgwords.txt's second column: a legal form, a media word or
         * the last word of a military formation's name; a club's last
         * word is no organisation word elsewhere in a name.
         * particles.txt's: a particle that opens a surname */
        const char *cls = t->cols[1];
        unsigned w = strcmp(cls, "club") == 0    ? W_CLUB
                     : strcmp(cls, "legal") == 0 ? wf | W_LEGAL
                     : strcmp(cls, "media") == 0 ? wf | W_MEDIA
                     : strcmp(cls, "unit") == 0  ? wf | W_UNIT
                     : strcmp(cls, "start") == 0 ? wf | W_PARTICLE_START
                                                 : wf;
        S_bucket_for(lex, lc.ptr, lc.len)->wf |= w;
    }
    rg_buf_free(&lc);
}

/* Grammar words the interaction patterns test token by token. They are
 * English function words, not data about the world, so they live here
 * rather than in a table; registering them as word classes makes each
 * test one bit of the token's single lookup. */
static const char *const S_stop_words[] = {
    "in", "on", "at", "of", "for", "from", "to", "with", "by", "about", "over", "under",
    "during", "after", "before", "into", "through", "against", "between", "among", "across",
    "within", "without", "despite", "since", "until", "as", "than", "that", "which", "who",
    "whom", "whose", "where", "when", "while", "because", "if", "and", "or", "but", "said",
    "says", "say", "is", "are", "was", "were", "near", "toward", "towards", "via", "per", NULL};
static const char *const S_light_words[] = {
    "reach", "reached", "reaches", "reaching", "hold", "held", "holds", "holding", "have",
    "had", "has", "having", "sign", "signed", "signs", "signing", "conclude", "concluded",
    "strike", "struck", "make", "made", "conduct", "conducted", "begin", "began", "begun",
    "start", "started", "continue", "continued", "continues", "resume", "resumed", "launch", "launched",
    "seal", "sealed", "forge", "forged", "announce", "announced", "renew", "renewed",
    "hammer", "hammered", "finalize", "finalized", "finalise", "finalised",
    /* "imposed new sanctions on", "offered aid to", "lodged a protest with" */
    "impose", "imposed", "imposes", "imposing", "provide", "provided", "provides", "offer",
    "offered", "offers", "extend", "extended", "extends", "send", "sent", "sends", "lodge",
    "lodged", "file", "filed", "stage", "staged", "mount", "mounted", "issue", "issued",
    /* "slapped tariffs on", "levied duties on", "executed an agreement with" */
    "slap", "slapped", "slaps", "slapping", "levy", "levied", "levies", "levying", "execute", "executed",
    /* "pledged $500 million in aid to", "granted aid to", "approved
     * sanctions on", "promised support for" */
    "pledge", "pledged", "pledges", "pledging", "promise", "promised", "promises", "grant",
    "granted", "grants", "give", "gave", "given", "gives", "deliver", "delivered", "delivers",
    "approve", "approved", "approves", "unveil", "unveiled", "unveils", "express", "expressed",
    "expresses", "voice", "voiced", "voices",
    /* "agreed to a ceasefire with", "agreed on talks with" */
    "agree", "agreed", "agrees", "agreeing",
    /* "carried out airstrikes on" */
    "carry", "carried", "carries", "carrying",
    /* "laid charges against", "brought charges against", "levelled
     * accusations at" (not "pressed": "pressed the U.S. to increase its
     * aid" is the demand; nor the noun "level": "its level of aid") */
    "lay", "laid", "lays", "laying", "bring", "brought", "brings", "bringing", "levelled", "leveled",
    /* "traded accusations", "exchanged threats": reciprocal (interactions.c);
     * past forms only, as "trade talks", "an exchange" are nouns */
    "traded", "exchanged",
    /* "adopted a package of sanctions against", "will raise tariffs on",
     * "completed the withdrawal of its troops from", "initialled a peace
     * agreement", "inked a deal with", "introduced new duties on" */
    "adopt", "adopted", "adopts", "raise", "raised", "raises", "complete", "completed", "completes",
    "initial", "initialled", "initialed", "ink", "inked", "inks", "introduce", "introduced",
    "introduces",
    /* "opened a criminal investigation into" */
    "open", "opened", "opens",
    /* "ordered tariffs on", "authorised air strikes against" */
    "order", "ordered", "orders", "ordering", "authorize", "authorized", "authorizes", "authorise", "authorised",
    "authorises",
    /* "vowed more attacks on", "vowed revenge against": a vow's noun is
     * the act vowed (a threat when hostile: interactions.c) */
    "vow", "vows", "vowed", "vowing", NULL};
/* a state's space another may enter ("violated Estonian airspace",
 * "entered Japanese territorial waters", "its air defence identification
 * zone"; interactions.c reads "zone" only after "identification") */
static const char *const S_space_words[] = {"airspace", "waters", "adiz", "zone", NULL};
static const char *const S_neg_words[] = {
    "not", "n't", "never", "no", "cannot", "neither", "nor", "didn", "don", "won",
    "may", "might", "could", "failed", "fail", "fails", "unable", "if", "whether",
    /* what is stopped did not happen: "blocked EU aid to Ukraine" */
    "block", "blocked", "blocks", "blocking", "halt", "halted", "halts", "suspend", "suspended",
    "suspends", "cancel", "cancelled", "canceled", "cancels", "prevent", "prevented", "prevents",
    "delay", "delayed", "delays", "freeze", "froze", "frozen",
    /* what is planned has not happened: "plans to visit Beijing", "is
     * expected to hold talks with", "the planned meeting" */
    "plans", "planned", "planning", "intends", "intended", "expected",
    /* nor what is owed: "must be approved by B", "A and B should agree"
     * (a speaker's "said B must" is the speaker's demand: interactions.c) */
    "must", "should", NULL};
/* refusing to act is itself an act: "refused to meet B" is a rejection */
static const char *const S_refuse_words[] = {
    "refused", "refuse", "refuses", "refusing", "declined", "decline", "declines",
    "declining", "rejected", "rejects", "balked", "spurned", NULL};
static const char *const S_be_words[] = {"was", "were", "been", "being", "is", "are", "be", NULL};
/* verbs that report speech, and a few things only people do: after a
 * capitalised word they show a person ("Smith said") */
static const char *const S_say_words[] = {
    "said", "says", "told", "added", "wrote", "stated", "asked", "noted", "explained",
    "argued", "insisted", "stressed", "replied", "announced", "declared", "tweeted",
    "commented", "remarked", "recalled", "acknowledged", "admitted", "confirmed",
    "claimed", "urged", "warned", "described", NULL};
static const char *const S_person_act_words[] = {
    "spoke", "met", "thanked", "praised", "resigned", "died", "testified", "pleaded", "confessed",
    "apologised", "apologized", "retired", "wept", "smiled", "laughed", "shouted", "married", NULL};
/* past participles of things done to people: "Abdullahi was arrested",
 * "Gulaid was quoted as saying", "Smith was born in" */
static const char *const S_person_part_words[] = {
    "arrested", "detained", "killed", "murdered", "assassinated", "sentenced", "jailed", "imprisoned",
    "executed", "kidnapped", "abducted", "elected", "re-elected", "sworn", "wounded", "injured",
    "hospitalised", "hospitalized", "buried", "indicted", "acquitted", "convicted", "extradited",
    "deported", "exiled", "ousted", "hanged", "stabbed", "tortured", "interrogated", "pardoned",
    "freed", "born", "nominated", "appointed", "quoted", "questioned", "charged", NULL};
/* Adjectives of faiths and sects: "Shi'ite Moslem militiamen", "the
 * rebel Christian commander", "Sunni insurgents" (mentions.c: no word of
 * a new name, save where an organisation's name runs from them: "Catholic
 * Relief Services") */
static const char *const S_faith_words[] = {
    "christian", "muslim", "moslem", "shiite", "shi'ite", "shia", "shi'a", "sunni", "druze", "maronite",
    "alawite", "coptic", "jewish", "catholic", "protestant", "orthodox", "evangelical", "hindu", "sikh",
    "buddhist", "islamist", "salafi", "salafist", "jihadist", "yazidi", "ismaili", "zaydi", NULL};
/* verbs that stop or cut what their noun names: "halted gas supplies
 * to", "cut aid to", "ended its cooperation with", "suspended arms
 * deliveries to" (interactions.c: with a noun of cooperation the act is a
 * sanction, as CAMEO's "reduce or stop material aid"; mentions.c: a seat
 * of government before one acts) */
static const char *const S_halt_words[] = {
    "halt", "halted", "halts", "halting", "stop", "stopped", "stops", "stopping", "cut", "cuts", "cutting",
    "end", "ended", "ends", "ending", "suspend", "suspended", "suspends", "suspending", "freeze", "froze",
    "frozen", "freezes", "freezing", "withhold", "withheld", "withholds", "withholding", "cancel", "cancelled",
    "canceled", "cancels", "scrap", "scrapped", "scraps", "slash", "slashed", "slashes", "curb", "curbed",
    "curbs", "pause", "paused", "pauses", "terminate", "terminated", "terminates", "discontinue",
    "discontinued", "reduce", "reduced", "reduces", "restrict", "restricted", "restricts", NULL};
/* kin and counsel: "Obama's grandmother", "Aweys's lawyer" (a company
 * has a spokesman and a chairman, not a wife) */
static const char *const S_kin_words[] = {
    "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow",
    "grandmother", "grandfather", "grandson", "granddaughter", "nephew", "niece", "uncle", "aunt",
    "cousin", "family", "lawyer", "attorney", "fiancee", "girlfriend", "boyfriend",
    /* plurals are made as for person nouns; listed: the irregular ones,
     * and "parents" alone ("X's parent company" is a firm's) */
    "wives", "children", "parents", NULL};
static const char *const S_possessive_words[] = {"his", "her", "their", "our", "my", NULL};
/* irregular past tenses that are never nouns (the regular ones end in
 * -ed): "Brazil's president met ...", "Lavrov flew to ..." */
static const char *const S_past_words[] = {
    "met", "told", "said", "spoke", "flew", "went", "came", "made", "took", "gave", "held", "sent",
    "wrote", "won", "led", "ran", "became", "began", "brought", "thought", "knew", "stood",
    "fought", "struck", "sought", "shot", "beat", "got", "kept", "paid", "sold", "bought", "broke",
    "chose", "drove", "fled", "heard", "meant", "rose", "sat", "spent", "stole", "swore", "taught",
    "threw", "understood", "withdrew", "built", "caught", "dealt", "drew", "grew", "rode", "shook",
    "sang", "swept", "tore", "forgave", "forbade", "overtook", "undertook", "oversaw", "saw",
    "found", "felt", "lost", "fell", "hung", "slid", "spun", "sank", "swam", "ate", "bore",
    "wore", "blew", "froze", "woke", "hid", "bit", "lit", "fed", "bled", "lent", "bent",
    "slept", "wept", "knelt", "stuck", "stung", "swung", "clung", "dug", "arose", "awoke", "forgot",
    "upheld", "withheld", "withstood", "misled", "mistook", "overcame", "overran", "overthrew",
    "outran", "rebuilt", "retook", "rewrote", "strove", "laid",
    /* the same as the present, read as past in news copy ("Cantona put
     * United ahead"); not those that are nouns too ("a direct hit", "a
     * set", "an upset") */
    "put", "let", "quit", "shut", "hurt", NULL};
/* words for people that news sets beside a name ("his counterpart, Li
 * Zhaoxing,", "Saud Aziz, a senior police official,", "activist Razan
 * Zaitouneh"), which are not titles: English words, not data about the
 * world. Their plurals are added ("Witnesses said"). */
static const char *const S_person_noun_words[] = {
    "counterpart", "official", "resident", "witness", "analyst", "journalist", "correspondent",
    "reporter", "activist", "wife", "husband", "son", "daughter", "brother", "sister", "father",
    "mother", "widow", "student", "teacher", "doctor", "farmer", "driver", "victim", "suspect",
    "colleague", "businessman", "businesswoman", "head", "owner", "member", "candidate",
    "researcher", "professor", "economist", "scientist", "expert", "singer", "actor", "actress",
    "writer", "author", "poet", "player", "coach", "soldier", "officer", "policeman", "militant",
    "fighter", "rebel", "astronaut", "protester", "protestor", "demonstrator", "nurse", "engineer",
    "worker", "pilot", "survivor", "neighbour", "neighbor", "relative", "cousin", "uncle", "aunt",
    "manager", "director", "adviser", "advisor", "counsel", "editor", "executive", "consultant",
    "striker", "midfielder", "defender", "goalkeeper", "scorer", "goalscorer", "forward", "winger", "captain",
    "batsman", "bowler", "pitcher", "quarterback", "jockey", "rider", "cyclist", "skier", "sprinter", "swimmer",
    "boxer", "golfer", "champion", "qualifier", "seed", "veteran", "rookie", "teammate", "referee",
    "umpire", "runner", "athlete", "hostage", "prisoner", "detainee", "defendant", "novelist",
    "composer", "musician", "painter", "artist", "photographer", "filmmaker", "sailor", "employee",
    "lawyer", "diplomat", "staffer", "contractor", "detective", "investigator", "militiaman", "militiamen",
    "gunman", "gunmen", "guerrilla", NULL};

/* nouns for companies and other organisations that news sets right
 * before a name: "metals group Pechiney said", "the news agency Belga",
 * "trade house Kaines" */
static const char *const S_org_noun_words[] = {
    "company", "firm", "group", "concern", "conglomerate", "maker", "manufacturer", "producer",
    "airline", "insurer", "retailer", "lender", "bank", "brokerage", "subsidiary", "unit",
    "affiliate", "agency", "house", "utility", "operator", "developer", "distributor", "publisher",
    "newspaper", "daily", "weekly", "magazine", "broadcaster", "chain", "miner", "refiner", "exporter",
    "importer", "supplier", "contractor", "consortium", "automaker", "carmaker", "drugmaker",
    "chipmaker", "steelmaker", "shipbuilder", "fund", "trust", "partnership", "cooperative", "watchdog",
    "regulator", "marketplace", "platform", "giant", "startup", "carrier", "provider", "confederation",
    "federation", "union", "charity", "outlet", "store", "trader", "shipper", "gang", NULL};

/* auxiliaries and adverbs between a subject and its verb: "Smith has
 * said", "Paris will agree", "Nambiar also met" */
static const char *const S_aux_words[] = {"has", "had", "have", "will", "would", "could", "also", "later", "earlier",
                                          "then", "again", "previously", "recently", "once", "still", "already",
                                          "now", "just", NULL};

/* what trade is in, before the country it comes from: "tariffs on
 * imports from India", "a ban on goods from Russia" */
static const char *const S_goods_words[] = {"imports", "goods", "products", "exports", "shipments", "produce",
                                            "purchases", NULL};

/* lower-case nouns that follow an armed or political group's name
 * ("the Ennahda party", "the Lakurawa group", "the Viv Ansanm gang
 * coalition"), and the words that may stand between ("rebel group") */
static const char *const S_group_noun_words[] = {
    "party", "group", "movement", "militia", "gang", "coalition", "alliance", "faction", "rebels",
    "cartel", "network", "organisation", "organization", "front", "bloc", NULL};
/* an organisation's organs, which act for it: "the IMF's board
 * approved", "the EU's executive proposed" */
static const char *const S_organ_words[] = {
    "board", "executive", "council", "leadership", "secretariat", "management", "committee", "commission",
    "presidency", "assembly", "command", "headquarters", NULL};
static const char *const S_group_mod_words[] = {
    "rebel", "armed", "militant", "jihadist", "islamist", "opposition", "ruling", "governing", "separatist",
    "political", "paramilitary", "criminal", "insurgent", "extremist", "terrorist", "gang", "nationalist",
    "far-right", "far-left", "right-wing", "left-wing", "splinter", "drug", "militia", NULL};

/* verbs of a third party's part in talks between others: "a ceasefire
 * brokered by Egypt", "Oman mediated talks between A and B", "a
 * U.S.-sponsored deal" */
static const char *const S_mediate_words[] = {
    "mediate", "mediated", "mediating", "mediates", "broker", "brokered", "brokering", "hosted",
    "hosting", "facilitate", "facilitated", "facilitating", "sponsored", "auspices", "mediation", NULL};

/* Registers words as class wf, and with plurals their regular plurals
 * too (-s, -es after s/sh/ch/x, -men for -man). */
static void S_add_grammar(rg_lexicon *lex, const char *const *words, unsigned wf, int plurals)
{
    for (size_t i = 0; words[i]; i++) {
        const char *w = words[i];
        size_t n = strlen(w);
        S_bucket_for(lex, w, n)->wf |= wf;
        char pl[48];
        if (!plurals || n + 3 >= sizeof pl) continue;
        memcpy(pl, w, n + 1);
        if (n > 3 && strcmp(w + n - 3, "man") == 0) pl[n - 2] = 'e';
        else if (w[n - 1] == 's' || w[n - 1] == 'x' ||
                 (n > 2 && (strcmp(w + n - 2, "sh") == 0 || strcmp(w + n - 2, "ch") == 0)))
            memcpy(pl + n, "es", 3);
        else memcpy(pl + n, "s", 2);
        S_bucket_for(lex, pl, strlen(pl))->wf |= wf;
    }
}

static const struct rg_embedded_file *S_file(const char *name)
{
    for (size_t i = 0; rg_lexicon_files[i].name; i++)
        if (strcmp(rg_lexicon_files[i].name, name) == 0) return &rg_lexicon_files[i];
    return NULL;
}

static void S_tsv_open(S_tsv *t, const char *name, const char *data, size_t size)
{
    memset(t, 0, sizeof *t);
    t->name = name;
    t->p = data;
    t->end = data + size;
}

/* Divided countries: a country entry of two words "North X" or "South
 * X" (either a name or an alias: "North Vietnam" is Vietnam's) makes its
 * country that half of X, and every country with an entry "... X" of the
 * two learns both halves ("South Sudan" has no northern half). Run again
 * after a user file adds countries. */
static void S_pair_halves(rg_lexicon *lex)
{
    static const char *const half[2] = {"north", "south"};
    for (size_t i = 0; i < lex->n_countries; i++) lex->countries[i].north = lex->countries[i].south = -1;
    for (int h = 0; h < 2; h++) {
        const struct rg_bucket *bk = rg_lexicon__bucket(lex, half[h], 5);
        for (size_t q = 0; bk && q < bk->n; q++) {
            const rg_lex_entry *e = &lex->entries[bk->ids[q]];
            if (e->kind != LEX_COUNTRY || e->ntok != 2) continue;
            const char *x = lex->pool.ptr + e->lcs + 1 + 5 + 1; /* past "north"/"south": length, word */
            /* every country whose own name ends in the word x, or that is
             * the half itself */
            for (size_t k = 0; k < lex->n_countries; k++) {
                const char *nm = lex->countries[k].name, *sp = strrchr(nm, ' ');
                const char *last = sp ? sp + 1 : nm;
                size_t m = 0, xl = (unsigned char)x[0];
                while (m < xl && last[m] && tolower((unsigned char)last[m]) == x[1 + m]) m++;
                if (k != e->item && !(m == xl && !last[m])) continue;
                if (h == 0) lex->countries[k].north = (int)e->item;
                else lex->countries[k].south = (int)e->item;
            }
        }
    }
}

int rg_lexicon_new(rg_lexicon **out)
{
    rg_lexicon *lex = rg_xcalloc(1, sizeof *lex);
    lex->first = rg_map_new();
    lex->country_code = rg_map_new();
    lex->seat_org = rg_map_new();
    lex->leader_full = rg_map_new();
    lex->leader_short = rg_map_new();
    lex->leader_word = rg_map_new();
    int err = RG_OK;
    /* countries first: the other tables refer to country codes */
    static const char *const order[] = {
        "countries.tsv", "orgs.tsv", "bodies.tsv", "titles.tsv", "verbs.tsv", "places.tsv",
        "given_names.txt", "common_words.txt", "nonnames.txt", "orgwords.txt", "particles.txt",
        "leaders.tsv"};
    for (size_t k = 0; k < sizeof order / sizeof order[0]; k++) {
        const struct rg_embedded_file *f = S_file(order[k]);
        if (!f) continue; /* a table may be absent in a trimmed build */
        S_tsv t;
        S_tsv_open(&t, f->name, f->data, f->size);
        switch (k) {
        case 0: S_load_countries(lex, &t); break;
        case 1: S_load_orgs(lex, &t); break;
        case 2: S_load_bodies(lex, &t); break;
        case 3: S_load_titles(lex, &t); break;
        case 4: err = S_load_verbs(lex, &t); break;
        case 5: S_load_places(lex, &t); break;
        case 6: S_load_words(lex, W_GIVEN, &t); break;
        case 7: S_load_words(lex, W_COMMON, &t); break;
        case 8: S_load_words(lex, W_NONNAME, &t); break;
        case 9: S_load_words(lex, W_ORGWORD, &t); break;
        case 10: S_load_words(lex, W_PARTICLE, &t); break;
        case 11: S_load_leaders(lex, &t); break;
        }
        rg_buf_free(&t.row);
        if (err) goto done;
    }
    /* the grammar word classes; words for people and kin with plurals */
    static const struct {
        const char *const *words;
        unsigned wf;
        int plurals;
    } grammar[] = {
        {S_stop_words, W_STOP, 0},           {S_light_words, W_LIGHT, 0},
        {S_neg_words, W_NEG, 0},             {S_refuse_words, W_REFUSE, 0},
        {S_be_words, W_BE, 0},               {S_possessive_words, W_POSSESSIVE, 0},
        {S_say_words, W_SAY, 0},             {S_person_act_words, W_PERSON_ACT, 0},
        {S_person_noun_words, W_PERSON_NOUN, 1}, {S_past_words, W_PAST, 0},
        {S_org_noun_words, W_ORG_NOUN, 0},   {S_person_part_words, W_PERSON_PART, 0},
        {S_kin_words, W_KIN, 1},             {S_mediate_words, W_MEDIATE, 0},
        {S_aux_words, W_AUX, 0},             {S_goods_words, W_GOODS, 0},
        {S_group_noun_words, W_GROUP_NOUN, 0}, {S_group_mod_words, W_GROUP_MOD, 0},
        {S_organ_words, W_ORGAN, 1},         {S_space_words, W_SPACE, 0},
        {S_faith_words, W_FAITH, 0},         {S_halt_words, W_HALT, 0},
    };
    for (size_t g = 0; g < sizeof grammar / sizeof grammar[0]; g++)
        S_add_grammar(lex, grammar[g].words, grammar[g].wf, grammar[g].plurals);
    S_pair_halves(lex);
done:
    if (err) {
        rg_lexicon_free(lex);
        lex = NULL;
    }
    *out = lex;
    return err;
}

/* ------------------------------------------------------------ user files */

int rg_lexicon_add_file(rg_lexicon *lex, const char *path)
{
    int err = RG_OK;
    rg_buf data = RG_BUF_INIT;
    S_tsv t;
    memset(&t, 0, sizeof t);
    FILE *f = fopen(path, "rb");
    if (!f) return rg_error_set(RG_EIO, "%s: cannot open lexicon: %s", path, strerror(errno));
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) rg_buf_put(&data, chunk, n);
    if (ferror(f)) {
        err = rg_error_set(RG_EIO, "%s: read error", path);
        fclose(f);
        goto done;
    }
    fclose(f);
    rg_text norm;
    rg_text_normalize(&norm, data.ptr ? data.ptr : "", data.len);
    if (norm.n_invalid || norm.binary) {
        err = rg_error_set(RG_EINPUT, "%s: not UTF-8 text (byte %zu)", path, norm.first_invalid);
        rg_text_free(&norm);
        goto done;
    }
    rg_buf_free(&data);
    data.ptr = norm.s;
    data.len = norm.len;
    data.cap = norm.len + 1;
    free(norm.orig);
    free(norm.orig_n);
    S_tsv_open(&t, path, data.ptr, data.len);
    while (S_tsv_next(&t)) {
        const char *kind = t.cols[0], *name = t.cols[1], *aliases = t.cols[2], *extra = t.cols[3];
        if (t.ncols < 2 || !*name) {
            err = rg_error_set(RG_EINPUT, "%s:%zu: expected 'kind<TAB>name<TAB>aliases<TAB>extra'", path, t.line);
            goto done;
        }
        int cc = S_country_index(lex, extra);
        if (*extra && cc < 0 && strcmp(kind, "verb") != 0 && strcmp(kind, "country") != 0) {
            err = rg_error_set(RG_EINPUT, "%s:%zu: unknown country code '%s'", path, t.line, extra);
            goto done;
        }
        if (strcmp(kind, "country") == 0) {
            if (cc < 0) {
                if (!*extra) {
                    err = rg_error_set(RG_EINPUT, "%s:%zu: a country row needs its code in column 4", path, t.line);
                    goto done;
                }
                RG_GROW(lex->countries, lex->cap_countries, lex->n_countries + 1);
                cc = (int)lex->n_countries++;
                lex->countries[cc].code = rg_xstrdup(extra);
                lex->countries[cc].name = rg_xstrdup(name);
                lex->countries[cc].north = lex->countries[cc].south = -1;
                rg_map_put(lex->country_code, extra, strlen(extra), (size_t)cc);
            }
            S_add_entry(lex, LEX_COUNTRY, (size_t)cc, name, strlen(name));
            S_add_list(lex, LEX_COUNTRY, (size_t)cc, aliases);
        } else if (strcmp(kind, "group") == 0 || strcmp(kind, "media") == 0 || strcmp(kind, "state") == 0 ||
                   strcmp(kind, "armed") == 0) {
            if (strcmp(kind, "state") == 0 && cc < 0) {
                err = rg_error_set(RG_EINPUT, "%s:%zu: a state row needs its country's code in column 4", path,
                                   t.line);
                goto done;
            }
            RG_GROW(lex->orgs, lex->cap_orgs, lex->n_orgs + 1);
            size_t i = lex->n_orgs++;
            rg_buf id = RG_BUF_INIT;
            rg_buf_puts(&id, "user-");
            rg_lower(&id, name, strlen(name));
            for (size_t k = 0; k < id.len; k++)
                if (id.ptr[k] == ' ') id.ptr[k] = '-';
            lex->orgs[i].id = rg_buf_detach(&id);
            lex->orgs[i].name = rg_xstrdup(name);
            lex->orgs[i].type = RG_GROUP;
            lex->orgs[i].country = cc;
            lex->orgs[i].media = strcmp(kind, "media") == 0;
            lex->orgs[i].state = strcmp(kind, "state") == 0;
            lex->orgs[i].armed = strcmp(kind, "armed") == 0;
            lex->orgs[i].entries_from = (uint32_t)lex->n_entries;
            S_add_entry(lex, LEX_ORG, i, name, strlen(name));
            S_add_list(lex, LEX_ORG, i, aliases);
            lex->orgs[i].entries_to = (uint32_t)lex->n_entries;
        } else if (strcmp(kind, "person") == 0) {
            RG_GROW(lex->people, lex->cap_people, lex->n_people + 1);
            size_t i = lex->n_people++;
            lex->people[i].name = rg_xstrdup(name);
            lex->people[i].country = cc;
            S_add_entry(lex, LEX_PERSON, i, name, strlen(name));
            S_add_list(lex, LEX_PERSON, i, aliases);
        } else if (strcmp(kind, "place") == 0) {
            RG_GROW(lex->places, lex->cap_places, lex->n_places + 1);
            size_t i = lex->n_places++;
            lex->places[i].name = rg_xstrdup(name);
            lex->places[i].country = cc;
            lex->places[i].region = 0;
            S_add_entry(lex, LEX_PLACE, i, name, strlen(name));
            S_add_list(lex, LEX_PLACE, i, aliases);
        } else if (strcmp(kind, "title") == 0) {
            RG_GROW(lex->titles, lex->cap_titles, lex->n_titles + 1);
            size_t i = lex->n_titles++;
            lex->titles[i].canonical = rg_xstrdup(name);
            lex->titles[i].country = cc;
            lex->titles[i].flags = TITLE_LOWER;
            S_add_entry(lex, LEX_TITLE, i, name, strlen(name));
            S_add_list(lex, LEX_TITLE, i, aliases);
        } else if (strcmp(kind, "verb") == 0) {
            if (S_add_verb(lex, name, aliases, extra, "v", "-", "0") != RG_OK) {
                err = rg_error_set(RG_EINPUT, "%s:%zu: unknown interaction kind '%s'", path, t.line, extra);
                goto done;
            }
        } else {
            err = rg_error_set(RG_EINPUT,
                               "%s:%zu: unknown kind '%s' (country, group, armed, state, media, person, place, "
                               "title, verb)",
                               path, t.line, kind);
            goto done;
        }
    }
done:
    S_pair_halves(lex);
    rg_buf_free(&t.row);
    rg_buf_free(&data);
    return err;
}

void rg_lexicon_free(rg_lexicon *lex)
{
    if (!lex) return;
    rg_buf_free(&lex->pool);
    free(lex->entries);
    for (size_t i = 0; i < lex->n_buckets; i++) free(lex->buckets[i].ids);
    free(lex->buckets);
    rg_map_free(lex->first);
    for (size_t i = 0; i < lex->n_countries; i++) {
        free(lex->countries[i].code);
        free(lex->countries[i].name);
    }
    free(lex->countries);
    for (size_t i = 0; i < lex->n_orgs; i++) {
        free(lex->orgs[i].id);
        free(lex->orgs[i].name);
    }
    free(lex->orgs);
    for (size_t i = 0; i < lex->n_bodies; i++) free(lex->bodies[i].name);
    free(lex->bodies);
    for (size_t i = 0; i < lex->n_places; i++) free(lex->places[i].name);
    free(lex->places);
    for (size_t i = 0; i < lex->n_titles; i++) free(lex->titles[i].canonical);
    free(lex->titles);
    for (size_t i = 0; i < lex->n_verbs; i++) free(lex->verbs[i].lemma);
    free(lex->verbs);
    for (size_t i = 0; i < lex->n_people; i++) free(lex->people[i].name);
    free(lex->people);
    rg_map_free(lex->country_code);
    rg_map_free(lex->seat_org);
    rg_map_free(lex->leader_full);
    rg_map_free(lex->leader_short);
    rg_map_free(lex->leader_word);
    free(lex->leader_keys);
    free(lex);
}
