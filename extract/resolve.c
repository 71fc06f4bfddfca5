/*
 * resolve.c: candidate mentions to entities within one document.
 *
 *  - Lexicon mentions take the lexicon's identity: "country:RUS",
 *    "group:<org id>", a seat of government its country.
 *  - A national body with its country ("Russian Foreign Ministry") is
 *    "group:RUS-foreign-ministry"; a bare "the Foreign Ministry" joins the
 *    one qualified earlier in the document, or is dropped (we cannot tell
 *    whose it is).
 *  - People: full names (two or more name tokens) become entities keyed
 *    by their first and last name; a lone name ("Kerry", "President
 *    Putin", "SECRETARY KERRY:", "Sergei,") joins the one full name in the
 *    document whose surname or given name it is. A lone name with nothing
 *    to join stays a person of its own if a title, a speaker label or a
 *    following speech verb ("Smith said") vouches for it; otherwise it is
 *    dropped.
 *  - Acronyms: "Long Name (LN)" defines LN; an undefined acronym joins the
 *    group in the document whose initials it spells (ISSG: International
 *    Syria Support Group); one that appears at least twice stands alone.
 *  - Affiliation of a person: a country qualifying the title ("Russian
 *    Foreign Minister"), "of Russia" after the name, an apposition ("Nasser
 *    Judeh, Jordan's foreign minister") count double; a title's implied
 *    country (Secretary of State) counts once. The most votes win.
 *
 * Keys are what join entities across documents. A person's key is made of
 * transliteration keys (rg_name_key) of the first and last name, so
 * "Sergei Lavrov" and "Sergey Lavrov", "Qadhafi" and "Gaddafi" meet,
 * while "John Kerry" and "John Kirby" do not.
 */
#include "extract_private.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

/* ------------------------------------------------------------ name keys */

#define S_SEVERAL ((size_t)-2) /* a map value: more than one entity */

static int S_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

void rg_name_key(rg_buf *out, const char *name, size_t n)
{
    rg_buf a = RG_BUF_INIT;
    size_t k;
    for (k = 0; k < n; k++)
        if ((unsigned char)name[k] >= 0x80) break;
    if (k == n) {
        /* ASCII: no decomposition needed */
        for (k = 0; k < n; k++)
            if (isalpha((unsigned char)name[k])) rg_buf_putc(&a, (char)tolower((unsigned char)name[k]));
    } else {
        utf8proc_uint8_t *f = NULL;
        utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)name, (utf8proc_ssize_t)n, &f,
                                          UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                              UTF8PROC_CASEFOLD);
        if (m >= 0) {
            for (utf8proc_ssize_t i = 0; i < m; i++)
                if (isalpha(f[i])) rg_buf_putc(&a, (char)tolower(f[i]));
        }
        free(f);
    }
    char prev = 0;
    for (size_t i = 0; i < a.len; i++) {
        char c = a.ptr[i];
        if (c == 'p' && i + 1 < a.len && a.ptr[i + 1] == 'h') {
            c = 'f';
            i++;
        } else if (c == 'h' && i > 0 && !S_vowel(a.ptr[i - 1])) {
            continue; /* dh, kh, gh, th, sh, ch: the h is a transliteration's choice */
        }
        switch (c) {
        case 'q': case 'c': case 'g': c = 'k'; break;
        case 'w': c = 'v'; break;
        case 'z': c = 's'; break;
        default: if (S_vowel(c)) c = 'a'; break;
        }
        if (c == prev) continue;
        rg_buf_putc(out, c);
        prev = c;
    }
    rg_buf_free(&a);
}


/* -------------------------------------------------------------- context */

typedef struct {
    rg_doc *doc;
    rg_cands *cands;
    const rg_lexicon *lex;
    const rg_seg *seg;
    const char *text;
    rg_map *by_key; /* entity key -> index */
    size_t cap_entities;
    int *cand_from;  /* token -> first candidate starting there at the token start, or -1 */
    int *cand_to;    /* token -> last candidate whose name ends right before it, or -1 */
    /* per person entity: keys of first and last name, for joining */
    struct S_pkeys {
        char *first, *last;
        int multi;
        unsigned offices; /* OFFICE_* of the titles its mentions carry */
        int shared;       /* a name the leaders table gives several countries' holders */
        int votes[2]; /* scratch */
    } *pk;
    size_t cap_pk;
    /* affiliation votes: per entity, a small list of (country, votes) */
    struct S_aff {
        int country[4];
        int votes[4];
        int order[4];
        size_t n;
        int guessed; /* votes only from S_context_affiliation */
    } *aff;
    size_t cap_aff;
    int vote_order;
    /* the country the document is about (its dateline's, else
     * S_doc_country), or -1 */
    int doc_country;
} S_res;

/* Whether the name s shares most of its words with one of the names the
 * lexicon knows organisation item by: "National Liberation Army" with
 * "National Liberation Army of Colombia" (ELN), not "Interstate
 * Commerce Commission" with "International Criminal Court" (ICC). Words
 * of four letters or more count; at least half must be found, and two
 * when there are two or more. It reads only the organisation's own
 * entries. */
static int S_org_words_match(const rg_lexicon *lex, int item, const char *s)
{
    int best = 0, total = 0;
    for (size_t i = lex->orgs[item].entries_from; i < lex->orgs[item].entries_to; i++) {
        const rg_lex_entry *e = &lex->entries[i];
        if (e->kind != LEX_ORG || (int)e->item != item) continue;
        int found = 0;
        total = 0;
        for (const char *w = s; *w;) {
            while (*w && !isalnum((unsigned char)*w)) w++;
            const char *b = w;
            while (*w && (isalnum((unsigned char)*w) || (unsigned char)*w >= 0x80)) w++;
            size_t wl = (size_t)(w - b);
            if (wl < 4) continue;
            total++;
            const char *t = lex->pool.ptr + e->lcs;
            for (unsigned k = 0; k < e->ntok; k++) {
                size_t tl = (unsigned char)t[0], q = 0; /* t: length, lower-case bytes, NUL */
                if (tl == wl)
                    while (q < wl && t[1 + q] == (char)tolower((unsigned char)b[q])) q++;
                if (tl == wl && q == wl) {
                    found++;
                    break;
                }
                t += 1 + tl + 1;
            }
        }
        if (found > best) best = found;
    }
    return total > 0 && best * 2 >= total && (best >= 2 || total == 1);
}

/* Whether token k is the one character ch ("(", ")"). */
static int S_tok_char(const S_res *r, size_t k, char ch)
{
    const rg_token *t = &r->seg->tok[k];
    return t->end - t->start == 1 && r->text[t->start] == ch;
}

/* The surface text of [a, b) with runs of white space as one space, an
 * ALL CAPS name put in Title Case (SECRETARY KERRY -> Kerry) and a
 * trailing possessive removed. */
static void S_surface(rg_buf *out, const S_res *r, size_t a, size_t b, int titlecase)
{
    const char *t = r->text;
    while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\n')) b--;
    if (b >= a + 2 && t[b - 2] == '\'' && (t[b - 1] == 's' || t[b - 1] == 'S')) b -= 2;
    size_t i = a;
    while (i < b) {
        while (i < b && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t')) i++;
        if (i >= b) break;
        size_t w = i;
        while (w < b && t[w] != ' ' && t[w] != '\n' && t[w] != '\t') w++;
        if (out->len) rg_buf_putc(out, ' ');
        size_t at = out->len;
        rg_buf_put(out, t + i, w - i);
        if (titlecase) {
            /* SECRETARY KERRY -> Kerry: capital after a non-letter */
            int word_start = 1;
            for (size_t k = at; k < out->len; k++) {
                unsigned char c = (unsigned char)out->ptr[k];
                if (c < 0x80 && isalpha(c)) out->ptr[k] = (char)(word_start ? toupper(c) : tolower(c));
                word_start = !(c < 0x80 && isalpha(c)) && c != '\'';
            }
        }
        i = w;
    }
}

static int S_entity(S_res *r, const char *key, rg_type type, const char *label, int lexical)
{
    size_t i;
    if (rg_map_get(r->by_key, key, strlen(key), &i)) return (int)i;
    rg_doc *d = r->doc;
    RG_GROW(d->entities, r->cap_entities, d->n_entities + 1);
    rg_entity *e = &d->entities[d->n_entities];
    memset(e, 0, sizeof *e);
    e->key = rg_xstrdup(key);
    e->label = rg_xstrdup(label);
    e->type = type;
    e->lexical = lexical;
    RG_GROW(r->pk, r->cap_pk, d->n_entities + 1);
    memset(&r->pk[d->n_entities], 0, sizeof r->pk[0]);
    RG_GROW(r->aff, r->cap_aff, d->n_entities + 1);
    memset(&r->aff[d->n_entities], 0, sizeof r->aff[0]);
    rg_map_put(r->by_key, key, strlen(key), d->n_entities);
    return (int)d->n_entities++;
}

static void S_alias(rg_entity *e, const char *s)
{
    if (!*s) return;
    for (size_t i = 0; i < e->n_aliases; i++)
        if (strcmp(e->aliases[i], s) == 0) {
            e->alias_counts[i]++;
            return;
        }
    e->aliases = rg_xrealloc(e->aliases, (e->n_aliases + 1) * sizeof *e->aliases);
    e->alias_counts = rg_xrealloc(e->alias_counts, (e->n_aliases + 1) * sizeof *e->alias_counts);
    e->aliases[e->n_aliases] = rg_xstrdup(s);
    e->alias_counts[e->n_aliases] = 1;
    e->n_aliases++;
}

static void S_role(rg_entity *e, const char *s)
{
    for (size_t i = 0; i < e->n_roles; i++)
        if (strcmp(e->roles[i], s) == 0) return;
    e->roles = rg_xrealloc(e->roles, (e->n_roles + 1) * sizeof *e->roles);
    e->roles[e->n_roles++] = rg_xstrdup(s);
}

static void S_vote(S_res *r, int ent, int country, int votes)
{
    if (ent < 0 || country < 0) return;
    struct S_aff *a = &r->aff[ent];
    for (size_t i = 0; i < a->n; i++)
        if (a->country[i] == country) {
            a->votes[i] += votes;
            return;
        }
    if (a->n < 4) {
        a->country[a->n] = country;
        a->votes[a->n] = votes;
        a->order[a->n] = r->vote_order++;
        a->n++;
    }
}

/* ------------------------------------------------------------- persons */

/* Name tokens of [from, to) without particles and initials: the first
 * and the last, or (size_t)-1 when there is none. */
static void S_span_name_parts(const rg_seg *seg, size_t from, size_t to, size_t *first, size_t *last)
{
    *first = *last = (size_t)-1;
    for (size_t k = from; k < to; k++) {
        const rg_token *t = &seg->tok[k];
        if (t->flags & T_INITIAL) continue;
        if (!(t->flags & (T_CAP | T_UPPER)) && !(t->flags & T_HYPH)) continue; /* de, bin */
        /* a particle in capitals ("MR DE MISTURA") is still a particle,
         * unless it is the last word */
        if (k + 1 < to && rg_tok_wf(seg, k, W_PARTICLE)) continue;
        if (*first == (size_t)-1) *first = k;
        *last = k;
    }
}

static void S_name_parts(const S_res *r, const rg_cand *c, size_t *first, size_t *last)
{
    S_span_name_parts(r->seg, c->tok_from, c->tok_to, first, last);
}

void rg_name_part_key(rg_buf *out, const rg_lexicon *lex, const char *s, size_t n)
{
    const char *h = memchr(s, '-', n);
    if (h) {
        rg_buf lc = RG_BUF_INIT;
        rg_lower(&lc, s, (size_t)(h - s));
        if (rg_lexicon__wf(lex, lc.ptr, lc.len) & W_PARTICLE) {
            n -= (size_t)(h - s) + 1;
            s = h + 1;
        }
        rg_buf_free(&lc);
    }
    rg_name_key(out, s, n);
}

/* Key of one name token (see rg_name_part_key). */
static void S_tok_key(rg_buf *out, const S_res *r, size_t k)
{
    const rg_token *t = &r->seg->tok[k];
    rg_name_part_key(out, r->lex, r->text + t->start, t->end - t->start);
}

int rg_person_keys(rg_buf *first, rg_buf *last, const rg_lexicon *lex, const rg_seg *seg, const char *text,
                   size_t from, size_t to)
{
    size_t f, l;
    S_span_name_parts(seg, from, to, &f, &l);
    if (f == (size_t)-1) return 0;
    const rg_token *tf = &seg->tok[f], *tl = &seg->tok[l];
    rg_name_part_key(first, lex, text + tf->start, tf->end - tf->start);
    rg_name_part_key(last, lex, text + tl->start, tl->end - tl->start);
    return f == l ? 1 : 2;
}

static int S_multi(const S_res *r, const rg_cand *c)
{
    size_t f, l;
    S_name_parts(r, c, &f, &l);
    return f != (size_t)-1 && l != f;
}

static const char *const S_articles[] = {"the", "a", "an", NULL};

static int S_in_list(const char *const *list, const char *lc)
{
    for (size_t i = 0; list[i]; i++)
        if (strcmp(lc, list[i]) == 0) return 1;
    return 0;
}

/* The paternal surname of a Spanish or Portuguese full name of three
 * words or more is its second-last ("Edmundo González Urrutia" ...
 * "González"; so is a surname before "Jr." or "III"): the key of that word
 * of each full name's mention -> its person (S_SEVERAL when more than
 * one has it). The caller frees the map. */
static rg_map *S_penult_keys(const S_res *r, const rg_cand *cv, size_t n)
{
    rg_map *keys = rg_map_new();
    for (size_t i = 0; i < n; i++) {
        const rg_cand *c = &cv[i];
        if (c->type != RG_PERSON || c->entity < 0 || !r->pk[c->entity].multi) continue;
        size_t f, l;
        S_name_parts(r, c, &f, &l);
        if (f == (size_t)-1 || l < f + 2 || !(r->seg->tok[l - 1].flags & T_CAP) ||
            rg_tok_wf(r->seg, l - 1, W_PARTICLE | W_GIVEN))
            continue;
        rg_buf pk = RG_BUF_INIT;
        S_tok_key(&pk, r, l - 1);
        size_t prev;
        if (pk.len && !rg_map_get(keys, pk.ptr, pk.len, &prev))
            rg_map_put(keys, pk.ptr, pk.len, (size_t)c->entity);
        else if (pk.len && prev != (size_t)c->entity)
            rg_map_put(keys, pk.ptr, pk.len, S_SEVERAL);
        rg_buf_free(&pk);
    }
    return keys;
}

/* Records a person entity's first- and last-name keys the first time
 * it is met as a full name (taking the buffers' contents). */
static void S_full_name_keys(S_res *r, int ent, rg_buf *first, rg_buf *last)
{
    struct S_pkeys *pk = &r->pk[ent];
    if (pk->multi) return;
    pk->multi = 1;
    pk->first = rg_buf_detach(first);
    pk->last = rg_buf_detach(last);
}

static int S_punct_at(const S_res *r, size_t k, char ch)
{
    return k < r->seg->n_tok && (r->seg->tok[k].flags & T_PUNCT) && r->text[r->seg->tok[k].start] == ch;
}

/* Words after a lone name that show it is a person ("Smith said"): a
 * verb of saying, or one of a few things only people do, perhaps after
 * an auxiliary or an adverb ("Smith has said", "Nambiar also met",
 * "Jones later told"). Returns the verb's token, or (size_t)-1. */
static size_t S_speech_at(const S_res *r, size_t k)
{
    const rg_seg *s = r->seg;
    if (k < s->n_tok && (s->tok[k].flags & T_POSS)) k++;
    for (int skip = 0; skip < 2 && k < s->n_tok && (s->tok[k].flags & T_LOWER); skip++) {
        if (!rg_tok_wf(s, k, W_AUX) && !rg_tok_ly(s, k)) break;
        k++;
    }
    return k < s->n_tok && rg_tok_wf(s, k, W_SAY | W_PERSON_ACT) ? k : (size_t)-1;
}

static int S_speech_after(const S_res *r, size_t k) { return S_speech_at(r, k) != (size_t)-1; }

/* Words after a lone name that only people take: a passive of things
 * done to people ("Abdullahi was arrested", "Gulaid was quoted as
 * saying", "Smith has been sentenced") or a possessive of kin or counsel
 * ("Obama's grandmother", "Aweys's lawyer"). */
static int S_person_after(const S_res *r, size_t k)
{
    const rg_seg *s = r->seg;
    if (k >= s->n_tok) return 0;
    if (s->tok[k].flags & T_POSS) return k + 1 < s->n_tok && rg_tok_wf(s, k + 1, W_KIN);
    const char *w = rg_tok_lc(s, k);
    if (strcmp(w, "has") == 0 || strcmp(w, "had") == 0 || strcmp(w, "have") == 0) {
        if (++k >= s->n_tok || strcmp(rg_tok_lc(s, k), "been") != 0) return 0;
    } else if (strcmp(w, "was") != 0 && strcmp(w, "were") != 0 && strcmp(w, "is") != 0) {
        return 0;
    }
    k++;
    if (k < s->n_tok && rg_tok_ly(s, k)) k++;
    return k < s->n_tok && (s->tok[k].flags & T_LOWER) && rg_tok_wf(s, k, W_PERSON_PART);
}

/* What the words around a lone capitalised word at token k say it is:
 * S_CUE_ORG for a company's pronoun after its speech verb ("Telemedia
 * said it will", "Schering said its") or an organisation's or a group's
 * noun right before it ("metals group Pechiney said", "the news agency
 * Belga", "Milan-based Ambrosiano", "opposition party Chadema");
 * S_CUE_PERSON for a person's pronoun ("Lomax
 * said he"). */
enum { S_CUE_ORG = 1, S_CUE_PERSON = 2 };
static unsigned S_lone_cues(const S_res *r, size_t k)
{
    const rg_seg *s = r->seg;
    unsigned cues = 0;
    size_t v = S_speech_at(r, k + 1);
    if (v != (size_t)-1 && v + 1 < s->n_tok && (s->tok[v + 1].flags & T_LOWER)) {
        const char *w = rg_tok_lc(s, v + 1);
        if (strcmp(w, "it") == 0 || strcmp(w, "its") == 0) cues |= S_CUE_ORG;
        if (strcmp(w, "he") == 0 || strcmp(w, "she") == 0 || strcmp(w, "his") == 0 || strcmp(w, "her") == 0)
            cues |= S_CUE_PERSON;
    }
    if (k > 0 && (s->tok[k - 1].flags & T_LOWER) && s->tok[k - 1].sent == s->tok[k].sent) {
        const char *w = rg_tok_lc(s, k - 1);
        size_t n = s->tok[k - 1].lclen;
        if (rg_tok_wf(s, k - 1, W_ORG_NOUN) || rg_tok_wf(s, k - 1, W_GROUP_NOUN) ||
            (n > 6 && strcmp(w + n - 6, "-based") == 0) ||
            (strcmp(w, "based") == 0 && k >= 2 && S_punct_at(r, k - 2, '-')))
            cues |= S_CUE_ORG;
    }
    /* "Vodafone's merger with", "Codelco's shareholders": a company's
     * possessive before its business */
    static const char *const business[] = {"merger", "takeover", "shareholders", "shares", "subsidiary",
                                           "subsidiaries", "profit", "profits", "revenue", "revenues",
                                           "earnings", "acquisition", "stake", "customers", "plant",
                                           "factory", "network", "unit", NULL};
    /* (not the end of a longer name: "Harper and Row's", "Staff
     * Builders'"; nor a common word or its plural) */
    const char *kw = rg_tok_lc(s, k);
    int inside = k > 0 && ((s->tok[k - 1].flags & T_CAP) || strcmp(rg_tok_lc(s, k - 1), "and") == 0 ||
                           strcmp(rg_tok_lc(s, k - 1), "&") == 0);
    if (k + 2 < s->n_tok && (s->tok[k + 1].flags & T_POSS) && !inside &&
        !rg_tok_wf(s, k, W_COMMON | W_GIVEN) && !rg_lexicon__common_plural(r->lex, kw, s->tok[k].lclen) &&
        s->tok[k + 2].sent == s->tok[k].sent &&
        (S_in_list(business, rg_tok_lc(s, k + 2)) || rg_tok_wf(s, k + 2, W_ORGAN)))
        cues |= S_CUE_ORG;
    return cues;
}

/* A capitalised word at a sentence's start that is the plural of a
 * common word or reads as one of a class of people ("Respondents said",
 * "Arbitrageurs said"): no name, though a speech verb follows. */
static int S_plural_noun(const S_res *r, size_t k)
{
    const rg_seg *s = r->seg;
    static const char *const sfx[] = {"ants", "ents", "ists", "eurs", "ians", "ials", NULL};
    const char *w = rg_tok_lc(s, k);
    size_t n = s->tok[k].lclen;
    /* the singular must be a noun's length: "Theys" is a name ("they") */
    if (n < 6 || w[n - 1] != 's') return 0;
    for (size_t i = 0; sfx[i]; i++)
        if (strcmp(w + n - 4, sfx[i]) == 0) return 1;
    return rg_lexicon__common_plural(r->lex, w, n);
}

/* Token k reads as the verb or possessive after a sentence-initial
 * name: "'s", a speech or person verb, a form of "be", or a lower-case
 * past tense ("arrived", "flew"). Not an adjective or noun ("Gross domestic
 * product"), nor a comma (a company's "Nova, an Alberta company"). */
static int S_leader_verb_after(const S_res *r, size_t k)
{
    if (k >= r->seg->n_tok) return 0;
    const rg_token *t = &r->seg->tok[k];
    if (t->flags & T_POSS) return 1;
    if (!(t->flags & T_LOWER)) return 0;
    if (rg_tok_wf(r->seg, k, W_SAY | W_PERSON_ACT | W_BE | W_PAST)) return 1;
    return t->end - t->start > 3 && r->text[t->end - 2] == 'e' && r->text[t->end - 1] == 'd';
}

/* A lone word that is a leader's short name exactly as leaders.tsv
 * writes it ("the Bush administration", "Karzai"), and not a word of
 * another class (May the month). The transliteration key is too loose
 * for this: it would take "South" for Sata. A sentence's first word
 * counts only outside headlines and before a verb or possessive
 * ("Netanyahu's office said", "Blinken arrived"), or a name joined by
 * "and" and then one: there an English word
 * leaders.tsv holds as a surname is as likely ("Gross domestic
 * product"). */
static int S_leader_word(const S_res *r, size_t k)
{
    const rg_token *t = &r->seg->tok[k];
    if ((t->flags & (T_UPPER | T_TITLECASE)) || t->end - t->start < 4) return 0;
    /* (or before "and", one more capitalised word and the verb: "Putin
     * and Xi signed"; not the same word twice, a firm's name: "Johnson
     * and Johnson said") */
    if ((t->flags & T_SSTART) && !S_leader_verb_after(r, k + 1) &&
        !(k + 3 < r->seg->n_tok && strcmp(rg_tok_lc(r->seg, k + 1), "and") == 0 &&
          (r->seg->tok[k + 2].flags & T_CAP) && (r->seg->tok[k + 2].flags & T_WORD) &&
          r->seg->tok[k + 2].sent == t->sent && strcmp(rg_tok_lc(r->seg, k + 2), rg_tok_lc(r->seg, k)) != 0 &&
          S_leader_verb_after(r, k + 3)))
        return 0;
    /* "the Clinton-era", "Hague-based": a word in a compound names no one */
    if (k + 1 < r->seg->n_tok && (r->seg->tok[k + 1].flags & T_PUNCT) && r->text[r->seg->tok[k + 1].start] == '-' &&
        r->seg->tok[k + 1].start == t->end)
        return 0;
    if (rg_tok_wf(r->seg, k, W_COMMON | W_NONNAME | W_GIVEN | W_NEG)) return 0;
    /* "the central village of Moura", "the town of Kidal": a place */
    static const char *const settlement[] = {"village", "town", "city", "district", "province", "region", "county",
                                             "municipality", "commune", "locality", "hamlet", "port", "island",
                                             "suburb", "neighbourhood", "neighborhood", "camp", NULL};
    if (k >= 2 && strcmp(rg_tok_lc(r->seg, k - 1), "of") == 0 && S_in_list(settlement, rg_tok_lc(r->seg, k - 2)))
        return 0;
    /* "killed 203 fighters in Moura": after a preposition of place, a
     * place (a leader's possessive is a person's: "in Obama's speech") */
    static const char *const at[] = {"in", "near", "outside", "inside", "around", NULL};
    if (k >= 1 && !(t->flags & T_POSS) && S_in_list(at, rg_tok_lc(r->seg, k - 1))) return 0;
    return rg_map_get(r->lex->leader_word, r->text + t->start, t->end - t->start, NULL);
}

/* --------------------------------------------------------- affiliation */

/* A country candidate starting at token k (after an optional "the"),
 * or -1. */
static int S_country_cand_at(const S_res *r, size_t k)
{
    if (k >= r->seg->n_tok) return -1;
    int i = r->cand_from[k];
    if (i < 0) return -1;
    const rg_cand *c = &r->cands->c[i];
    return (c->lex_kind == LEX_COUNTRY || c->lex_kind == LEX_DEMONYM) ? i : -1;
}

/* The first title of the lexicon, no honorific, that matches at token k
 * (the longest: a bucket lists its entries longest first): its length in
 * tokens, 0 when none; its entry in *entry. */
static size_t S_title_at(const S_res *r, size_t k, const rg_lex_entry **entry)
{
    const rg_seg *s = r->seg;
    const struct rg_bucket *b = k < s->n_tok ? s->bk[k] : NULL;
    for (size_t i = 0; b && i < b->n; i++) {
        const rg_lex_entry *e = &r->lex->entries[b->ids[i]];
        if (e->kind != LEX_TITLE || (r->lex->titles[e->item].flags & TITLE_HONORIFIC)) continue;
        size_t n = rg_lexicon__match(r->lex, e, s, r->text, k, s->n_tok);
        if (n) {
            *entry = e;
            return n;
        }
    }
    return 0;
}

/* ", [the] general secretary of [the] COUNTRY", ", a senior official of
 * COUNTRY": a title (after up to two lower-case words) at token j, then
 * "of" and a country's name, in an apposition after a person. Returns
 * the country candidate or -1. */
static int S_title_of_country(const S_res *r, size_t j, int *is_apposition)
{
    const rg_seg *s = r->seg;
    for (size_t q = j; q < s->n_tok && q < j + 3; q++) {
        if (!(s->tok[q].flags & T_LOWER)) return -1;
        const rg_lex_entry *e;
        size_t n = S_title_at(r, q, &e);
        if (!n) continue;
        size_t t = q + n;
        if (t >= s->n_tok || strcmp(rg_tok_lc(s, t), "of") != 0) return -1;
        t++;
        if (t < s->n_tok && strcmp(rg_tok_lc(s, t), "the") == 0) t++;
        int c = S_country_cand_at(r, t);
        if (c < 0 || r->cands->c[c].lex_kind != LEX_COUNTRY) return -1;
        *is_apposition = 1;
        return c;
    }
    return -1;
}

/* "NAME of [the] COUNTRY" and "NAME, [the] COUNTRY['s] TITLE": returns
 * the country candidate qualifying the person ending at token k. */
static int S_after_name_country(const S_res *r, size_t k, int *is_apposition)
{
    const rg_seg *s = r->seg;
    *is_apposition = 0;
    if (k >= s->n_tok) return -1;
    const char *lc = rg_tok_lc(s, k);
    if (strcmp(lc, "of") == 0) {
        size_t j = k + 1;
        if (j < s->n_tok && strcmp(rg_tok_lc(s, j), "the") == 0) j++;
        int c = S_country_cand_at(r, j);
        if (c >= 0 && r->cands->c[c].lex_kind == LEX_COUNTRY) return c;
        return -1;
    }
    if (strcmp(lc, ",") == 0) {
        size_t j = k + 1;
        if (j < s->n_tok && (strcmp(rg_tok_lc(s, j), "the") == 0 || strcmp(rg_tok_lc(s, j), "a") == 0)) j++;
        int c = S_country_cand_at(r, j);
        if (c < 0) return S_title_of_country(r, j, is_apposition);
        size_t t = r->cands->c[c].tok_to;
        if (t < s->n_tok && (s->tok[t].flags & T_POSS)) t++;
        /* a title follows: look it up in the lexicon */
        const rg_lex_entry *e;
        if (S_title_at(r, t, &e)) {
            *is_apposition = 1;
            return c;
        }
    }
    return -1;
}

/* The candidate ending right before token k (tok_to == k), or -1. */
static int S_cand_ending(const S_res *r, size_t k)
{
    return k <= r->seg->n_tok ? r->cand_to[k] : -1;
}

/* Whether the first word of label is lc, case folded (ASCII, as
 * strncasecmp folds). */
static int S_first_word_is(const char *label, const char *lc)
{
    size_t n = strlen(lc);
    return label && strncasecmp(label, lc, n) == 0 && (label[n] == ' ' || label[n] == '\0');
}

/* Country evidence before a person's span: "Jordan, Foreign Minister
 * Judeh" and "the foreign minister of Jordan, Mr. Judeh". Returns the
 * country candidate or -1. */
static int S_before_name_country(const S_res *r, const rg_cand *p)
{
    size_t k = p->span_from;
    if (k < 2 || !(r->seg->tok[k - 1].flags & T_PUNCT) || r->text[r->seg->tok[k - 1].start] != ',') return -1;
    int c = S_cand_ending(r, k - 1);
    if (c < 0 || r->cands->c[c].lex_kind != LEX_COUNTRY) return -1;
    const rg_cand *cc = &r->cands->c[c];
    /* (not a place the clause before happened in: "killed a militant
     * leader in a raid in Syria, President Joe Biden said") */
    static const char *const where[] = {"in", "at", "from", "to", "into", "inside", "near", "across", "throughout",
                                        NULL};
    if (cc->tok_from > 0 && S_in_list(where, rg_tok_lc(r->seg, cc->tok_from - 1))) return -1;
    if (p->title >= 0 && !(r->lex->titles[p->title].flags & TITLE_HONORIFIC) && p->span_from < p->tok_from)
        return c; /* COUNTRY, TITLE NAME */
    /* TITLE of COUNTRY, NAME */
    size_t f = cc->tok_from;
    if (f >= 2 && strcmp(rg_tok_lc(r->seg, f - 1), "of") == 0) {
        size_t t = f - 1;
        /* any title ending right before "of" */
        for (size_t back = 1; back <= 3 && back <= t; back++) {
            size_t s0 = t - back;
            const struct rg_bucket *b = r->seg->bk[s0];
            for (size_t i = 0; b && i < b->n; i++) {
                const rg_lex_entry *e = &r->lex->entries[b->ids[i]];
                if (e->kind == LEX_TITLE && e->ntok == back &&
                    rg_lexicon__match(r->lex, e, r->seg, r->text, s0, t))
                    return c;
            }
        }
    }
    return -1;
}

/* "NAME, TITLE" or a title on the line after the name (a byline):
 * returns the title index or -1. */
static int S_title_after_name(const S_res *r, size_t k)
{
    const rg_seg *s = r->seg;
    if (k >= s->n_tok) return -1;
    int line = (s->tok[k].flags & T_LSTART) != 0;
    if (!line) {
        if (!(s->tok[k].flags & T_PUNCT) || r->text[s->tok[k].start] != ',') return -1;
        k++;
        if (k < s->n_tok && (strcmp(rg_tok_lc(s, k), "the") == 0)) k++;
    }
    const rg_lex_entry *e;
    size_t n = S_title_at(r, k, &e);
    if (!n) return -1;
    /* a byline title stands alone on its line; an apposition ends at
     * punctuation, "of", or the end */
    size_t after = k + n;
    if (line && after < s->n_tok && !(s->tok[after].flags & T_LSTART)) return -1;
    return (int)e->item;
}

/* Words for people that news sets beside a name: "his counterpart, Li
 * Zhaoxing,", "Saud Aziz, a senior police official,", "activist Razan
 * Zaitouneh": a title of the lexicon that matches in lower case ("the
 * spokesman", "envoy") or a person noun (W_PERSON_NOUN). In lower case,
 * or capitalised as a sentence's first word ("Activist Razan ..."). */
static int S_person_noun(const S_res *r, size_t k)
{
    const rg_seg *s = r->seg;
    if (k >= s->n_tok || !(s->tok[k].flags & (T_LOWER | T_SSTART)) || (s->tok[k].flags & T_UPPER)) return 0;
    if (rg_tok_wf(s, k, W_PERSON_NOUN)) return 1;
    const struct rg_bucket *b = s->bk[k];
    for (size_t i = 0; b && i < b->n; i++) {
        const rg_lex_entry *e = &r->lex->entries[b->ids[i]];
        if (e->kind == LEX_TITLE && !(r->lex->titles[e->item].flags & TITLE_HONORIFIC) &&
            (r->lex->titles[e->item].flags & TITLE_LOWER) && rg_lexicon__match(r->lex, e, s, r->text, k, s->n_tok))
            return 1;
    }
    return 0;
}

/* Whether the name at tokens [from, to) stands between commas after a
 * role with its complement: "Australia's minister for the Pacific, Zed
 * Seselja, had", "the head of the UN mission in the country, Choi
 * Young-jin, had". Going left from the comma before the name over the
 * complement's words (no punctuation but a possessive or a hyphen, at
 * most ROLE_BACK tokens), a person noun or lower-case title must come
 * right before a preposition that opens the complement, and the word
 * before the comma must be no organisation's noun. A bare role
 * before the comma ("the foreign minister, X") mentions.c reads. */
#define ROLE_BACK 10
static int S_role_apposition(const S_res *r, size_t from, size_t to)
{
    const rg_seg *s = r->seg;
    if (from < 3 || !S_punct_at(r, from - 1, ',') || !S_punct_at(r, to, ',')) return 0;
    /* (a thing's noun before the comma names the thing: "a spokesman for
     * the trade association, Het Comite,", "pilots of its subsidiary,
     * Pan Am Express,") */
    if (rg_tok_wf(s, from - 2, W_ORG_NOUN | W_GROUP_NOUN | W_ORGAN | W_ORGWORD)) return 0;
    static const char *const prep[] = {"of", "for", "to", "at", "in", NULL};
    for (size_t q = from - 2, steps = 0; q > 0 && steps < ROLE_BACK; q--, steps++) {
        const rg_token *t = &s->tok[q];
        if (t->sent != s->tok[from].sent) return 0;
        if ((t->flags & T_PUNCT) && !(t->flags & (T_POSS | T_HYPH)) && r->text[t->start] != '-') return 0;
        if (S_in_list(prep, rg_tok_lc(s, q)) && S_person_noun(r, q - 1)) return 1;
    }
    return 0;
}

/* Whether the name starting at token from is the object of a verb whose
 * object is a person: "met Salifou Mody", "after meeting with X",
 * "spoke to X", "arrested X" (the verb in lower case right before the
 * name, or before "with" or "to" there): a verb only people do or a
 * participle of things done to people (lexicon.c's W_PERSON_ACT and
 * W_PERSON_PART), or one of the few other forms below. */
static int S_person_object(const S_res *r, size_t from, size_t to)
{
    static const char *const verbs[] = {"meet", "meets", "meeting", "speaking", "talked", "congratulated",
                                        "telephoned", "phoned", "interviewed", "sacked", "dismissed", NULL};
    const rg_seg *s = r->seg;
    /* (not a name that qualifies a role after it: "killed Tamil Tiger
     * leader X") */
    if (from < 1 || S_person_noun(r, to)) return 0;
    size_t k = from - 1;
    const char *w = rg_tok_lc(s, k);
    if ((strcmp(w, "with") == 0 || strcmp(w, "to") == 0) && k > 0) w = rg_tok_lc(s, --k);
    return (s->tok[k].flags & T_LOWER) && s->tok[k].sent == s->tok[from].sent &&
           (rg_tok_wf(s, k, W_PERSON_ACT | W_PERSON_PART) || S_in_list(verbs, w));
}

/* Whether body mention c is a bare "the government" (or "the
 * authorities", "the regime", "the administration") in lower case, of
 * no one named after it ("the government of X", "the government in X"):
 * the government the document named last (resolve step 1). */
static int S_bare_government(const S_res *r, const rg_cand *c)
{
    static const char *const words[] = {"government", "authorities", "regime", "administration", NULL};
    static const char *const whose[] = {"of", "in", NULL};
    const rg_seg *s = r->seg;
    size_t k = c->tok_from;
    if (!r->lex->bodies[c->body].to_country || c->tok_to != k + 1 || k == 0 || !(s->tok[k].flags & T_LOWER) ||
        strcmp(rg_tok_lc(s, k - 1), "the") != 0 || !S_in_list(words, rg_tok_lc(s, k)))
        return 0;
    /* (a name after "of" or "in": "accused the government of trying" is
     * the one named before) */
    size_t q = k + 1;
    if (q >= s->n_tok || !S_in_list(whose, rg_tok_lc(s, q))) return 1;
    q++;
    if (q < s->n_tok && strcmp(rg_tok_lc(s, q), "the") == 0) q++;
    return !(q < s->n_tok && (s->tok[q].flags & (T_CAP | T_UPPER)));
}

/* 1 when token k, in any case, is a word for people or its plural
 * ("Witnesses said", "Analysts said", "Ministers said"): no name, though
 * capitalised before a speech verb. */
static int S_person_noun_word(const S_res *r, size_t k)
{
    if (rg_tok_wf(r->seg, k, W_PERSON_NOUN)) return 1;
    /* a one-word lower-case title, or its plural */
    const char *lc = rg_tok_lc(r->seg, k);
    size_t n = strlen(lc);
    for (size_t strip = 0; strip <= 2; strip++) {
        if (n <= strip + 2) continue;
        if (strip == 1 && lc[n - 1] != 's') continue;
        if (strip == 2 && strcmp(lc + n - 2, "es") != 0) continue;
        const struct rg_bucket *b = rg_lexicon__bucket(r->lex, lc, n - strip);
        for (size_t i = 0; b && i < b->n; i++) {
            const rg_lex_entry *e = &r->lex->entries[b->ids[i]];
            if (e->kind == LEX_TITLE && e->ntok == 1 && (r->lex->titles[e->item].flags & TITLE_LOWER) &&
                !(r->lex->titles[e->item].flags & TITLE_HONORIFIC))
                return 1;
        }
    }
    return 0;
}

/* A name a quotation is credited to after its verb: '"We will not
 * surrender," said Sinwar.' (a verb of saying right after a comma or a
 * quote, the name ending the clause). */
static int S_inverted_speech(const S_res *r, size_t from, size_t to)
{
    const rg_seg *s = r->seg;
    if (from < 2 || !rg_tok_wf(s, from - 1, W_SAY) || !(s->tok[from - 1].flags & T_LOWER)) return 0;
    if (!S_punct_at(r, from - 2, ',') && !S_punct_at(r, from - 2, '"')) return 0;
    return to >= s->n_tok || S_punct_at(r, to, ',') || S_punct_at(r, to, '.') || s->tok[to].sent != s->tok[from].sent;
}

/* Token k holds a whole number of at most three digits (a minute, a
 * score, runs). */
static int S_small_number(const S_res *r, size_t k)
{
    const rg_token *t = &r->seg->tok[k];
    if (!(t->flags & T_NUM) || t->end - t->start > 3) return 0;
    for (size_t i = t->start; i < t->end; i++)
        if (r->text[i] < '0' || r->text[i] > '9') return 0;
    return 1;
}

/* Token k is a bowler's figures: four numbers joined by hyphens, the
 * first perhaps with a decimal ("10-1-38-2", "9.2-0-47-1"). */
static int S_bowling_figures(const S_res *r, size_t k)
{
    const rg_token *t = &r->seg->tok[k];
    int parts = 1, digits = 0;
    for (size_t i = t->start; i < t->end; i++) {
        char ch = r->text[i];
        if (ch >= '0' && ch <= '9') digits++;
        else if (ch == '-' && digits) {
            parts++;
            digits = 0;
        } else if (!(ch == '.' && parts == 1 && digits)) return 0;
    }
    return parts == 4 && digits;
}

/* A name [from, to) as an item of sports copy's tables: a cricket
 * scorecard's fielder or bowler ("c Healy b Reiffel 44", "Vaas
 * 10-1-38-2"); a name with its club in brackets in a list ("Davor Suker
 * (Real Madrid), ..."); or a name with a small number after it in a list
 * that, going back along its items ("Name N[, N]" and separators) on its
 * line, opens with "(" after a score or with a word for people and a
 * colon ("Bayern Munich 2 (Klinsmann 34, Scholl 78)", "Scorers: Shearer
 * 23"). */
static int S_result_item(const S_res *r, size_t from, size_t to)
{
    const rg_seg *s = r->seg;
    if (to >= s->n_tok || from == 0) return 0;
    /* a cricket scorecard: "c Healy b Reiffel 44" (caught by, bowled
     * by), "Vaas 10-1-38-2" (overs, maidens, runs, wickets) */
    const char *pw = rg_tok_lc(s, from - 1);
    if ((s->tok[from - 1].flags & T_LOWER) &&
        (strcmp(pw, "c") == 0 || strcmp(pw, "b") == 0 || strcmp(pw, "st") == 0) &&
        (S_small_number(r, to) || strcmp(rg_tok_lc(s, to), "b") == 0))
        return 1;
    if (S_bowling_figures(r, to)) return 1;
    /* "2 - Davor Suker (Real Madrid), Julen Guerrero (Athletic Bilbao)":
     * a name with its club in brackets, as an item of a list (not a
     * ticker in capitals: "General Motors (GM)") */
    if (S_punct_at(r, to, '(') &&
        (S_punct_at(r, from - 1, ',') || S_punct_at(r, from - 1, ':') || S_punct_at(r, from - 1, '-') ||
         S_small_number(r, from - 1) || s->tok[from - 1].sent != s->tok[from].sent)) {
        size_t k = to + 1;
        while (k < s->n_tok && k < to + 5 && (s->tok[k].flags & T_CAP) && !(s->tok[k].flags & T_UPPER)) k++;
        /* one word ends a list item only before a comma: "Cotton (Mln
         * Bales)" heads a table */
        if (k > to + 1 && S_punct_at(r, k, ')') &&
            (S_punct_at(r, k + 1, ',') || S_punct_at(r, k + 1, ';') ||
             (to > from + 1 && (k + 1 >= s->n_tok || s->tok[k + 1].sent != s->tok[k].sent))))
            return 1;
    }
    if (!S_small_number(r, to)) return 0;
    size_t line = s->tok[from].sent;
    for (size_t k = from, steps = 0; k > 0 && steps < 40; steps++) {
        k--;
        const rg_token *t = &s->tok[k];
        if (t->sent != line) return 0;
        if (S_punct_at(r, k, '(')) return k > 0 && S_small_number(r, k - 1);
        if (S_punct_at(r, k, ':')) return k > 0 && rg_tok_wf(s, k - 1, W_PERSON_NOUN);
        if (S_punct_at(r, k, ',') || S_punct_at(r, k, ';') || S_small_number(r, k) ||
            ((t->flags & T_CAP) && !(t->flags & T_TITLECASE)) || (t->flags & T_INITIAL) ||
            strcmp(rg_tok_lc(s, k), "penalty") == 0 || strcmp(rg_tok_lc(s, k), "pen") == 0)
            continue;
        return 0;
    }
    return 0;
}

/* A lone tentative name (last name token l) before a speech verb or a
 * verb only people take (S_person_after) that may be a person's: not a
 * letter ("S and P said"), not a plural noun opening the sentence, not a
 * word for people ("Analysts said"), not the tail of a longer capitalised
 * name the finder cut at a place ("Pacific Western said", "America West
 * said"), not in a headline (where every word is capitalised:
 * "FORECASTER SAYS"; the story must name it). */
static int S_speech_name(const S_res *r, const rg_cand *c, size_t l)
{
    const rg_seg *s = r->seg;
    const rg_token *t = &s->tok[l];
    if (!(S_speech_after(r, c->tok_to) || S_person_after(r, c->tok_to)) || S_person_noun_word(r, l)) return 0;
    if (t->end - t->start < 2 || (t->flags & T_TITLECASE)) return 0;
    if ((t->flags & T_SSTART) && S_plural_noun(r, l)) return 0;
    if (c->span_from == c->tok_from && c->tok_from > 0) {
        const rg_token *p = &s->tok[c->tok_from - 1];
        if ((p->flags & T_WORD) && (p->flags & T_CAP) && !(p->flags & T_POSS) && p->sent == t->sent) return 0;
    }
    return 1;
}

/* Cues around a capitalised name [from, to) that it is a person: a
 * person noun right before it ("lawyer Yoram Haham", "his counterpart,
 * Li Zhaoxing"), an age or origin ("the 77-year-old", "Egyptian-born"),
 * "who" after it, or an apposition ", a senior police official" or an
 * age ", 23,". */
static int S_person_apposition(const S_res *r, size_t from, size_t to)
{
    const rg_seg *s = r->seg;
    size_t k = from;
    if (k >= 1 && S_person_noun(r, k - 1)) return 1;
    if (k >= 2 && S_punct_at(r, k - 1, ',') && S_person_noun(r, k - 2)) return 1;
    /* "A Fano commander in the area, Zemene Kassie,": the person noun's
     * phrase of place (a preposition of place and up to three lower-case
     * words) between it and the comma; not "of" ("pilots of its
     * subsidiary, Pan Am Express") */
    if (k >= 4 && S_punct_at(r, k - 1, ',')) {
        static const char *const prep[] = {"in", "at", "from", NULL};
        for (size_t q = k - 2, words = 0; q > 0 && words < 4 && (s->tok[q].flags & T_LOWER); q--, words++)
            if (S_in_list(prep, rg_tok_lc(s, q))) {
                if (S_person_noun(r, q - 1)) return 1;
                break;
            }
    }
    if (k >= 1) {
        /* "the 77-year-old Posada Carriles", "Egyptian-born Muhsin Atwah" */
        const char *lc = rg_tok_lc(s, k - 1);
        size_t n = strlen(lc);
        if ((n > 9 && strcmp(lc + n - 9, "-year-old") == 0) || (n > 5 && strcmp(lc + n - 5, "-born") == 0))
            return 1;
        /* a name-led hyphenated word is split: "Egyptian" "-" "born" */
        if (strcmp(lc, "born") == 0 && k >= 2 && S_punct_at(r, k - 2, '-')) return 1;
    }
    /* "Marie-Jose Perec ( France ) 49.77", "Smith (Canada) won": a
     * country in brackets after a name is the person's, as results
     * tables and sports copy write it */
    if (S_punct_at(r, to, '(') && to + 2 < s->n_tok && r->cand_from[to + 1] >= 0) {
        const rg_cand *x = &r->cands->c[r->cand_from[to + 1]];
        if (x->lex_kind == LEX_COUNTRY && S_punct_at(r, x->tok_to, ')')) return 1;
    }
    /* "Alaina Alexander, who sang": who is for people (which for things);
     * for one word only a proper one not after a preposition: news sets
     * "who" after a portfolio, a party label or a team too ("Secretary of
     * Transportation, whose", "R-Idaho, who", "lost to Derby, who") */
    size_t w = S_punct_at(r, to, ',') ? to + 1 : to;
    if (w < s->n_tok && (strcmp(rg_tok_lc(s, w), "who") == 0 || strcmp(rg_tok_lc(s, w), "whose") == 0)) {
        if (to - from > 1) return 1;
        /* one word: only ", who" ("Firefighters who came" is a noun's) */
        if (w == to) return 0;
        static const char *const prep[] = {"of", "in", "at", "from", "to", "against", "for", "with", "on",
                                           "over", "into", "under", NULL};
        const rg_token *t = &s->tok[from];
        if (!(t->flags & (T_HYPH | T_UPPER)) && !rg_tok_wf(s, from, W_COMMON | W_ORGWORD) &&
            !S_person_noun_word(r, from) && !((t->flags & T_SSTART) && S_plural_noun(r, from)) &&
            !(from > 0 && S_in_list(prep, rg_tok_lc(s, from - 1))))
            return 1;
    }
    if (!S_punct_at(r, to, ',')) return 0;
    size_t j = to + 1;
    if (j < s->n_tok && (s->tok[j].flags & T_NUM) && s->tok[j].end - s->tok[j].start <= 3 && S_punct_at(r, j + 1, ','))
        return 1;
    if (j >= s->n_tok || (strcmp(rg_tok_lc(s, j), "a") != 0 && strcmp(rg_tok_lc(s, j), "an") != 0 &&
                          strcmp(rg_tok_lc(s, j), "the") != 0))
        return 0;
    for (size_t q = j + 1; q < s->n_tok && q <= j + 4; q++) {
        if (S_person_noun(r, q)) return 1;
        if (!(s->tok[q].flags & (T_LOWER | T_CAP)) || (s->tok[q].flags & T_PUNCT)) break;
    }
    return 0;
}

/* Why the lone tentative word c (last token l) is a person, or NULL: a
 * speech verb or a verb of people after it, a leader's name, a quotation
 * credited to it, a results list or scorecard, a person noun, an age or
 * "who" beside it. Each cue is tested once, in this order, which is also
 * the order of the reasons --explain gives. */
static const char *S_lone_cue(const S_res *r, const rg_cand *c, size_t l)
{
    if (S_speech_name(r, c, l)) return "capitalised word before a speech verb or a verb of people";
    if (S_leader_word(r, l)) return "a leader's name as written (leaders table)";
    if (S_inverted_speech(r, c->tok_from, c->tok_to) && !S_person_noun_word(r, l) &&
        !(r->seg->tok[l].flags & T_TITLECASE))
        return "capitalised word a quotation is credited to (\", said X\")";
    if (S_result_item(r, c->tok_from, c->tok_to)) return "an item of a results list or scorecard";
    if (S_person_apposition(r, c->tok_from, c->tok_to))
        return "capitalised word with a person noun, an age or 'who' beside it";
    return NULL;
}

/* Whether tokens i and j have the same non-empty name key (S_tok_key). */
static int S_same_tok_key(const S_res *r, size_t i, size_t j)
{
    rg_buf a = RG_BUF_INIT, b = RG_BUF_INIT;
    S_tok_key(&a, r, i);
    S_tok_key(&b, r, j);
    int same = a.len && a.len == b.len && memcmp(a.ptr, b.ptr, a.len) == 0;
    rg_buf_free(&a);
    rg_buf_free(&b);
    return same;
}

/* Whether the name words of c are the last words of d's name. */
static int S_name_tail(const S_res *r, const rg_cand *c, const rg_cand *d)
{
    size_t f, l, df, dl;
    S_name_parts(r, c, &f, &l);
    S_name_parts(r, d, &df, &dl);
    if (f == (size_t)-1 || df == (size_t)-1 || dl - df <= l - f) return 0;
    for (size_t q = 0; q <= l - f; q++)
        if (!S_same_tok_key(r, l - q, dl - q)) return 0;
    return 1;
}

/* The longest confirmed full name (item != -2) of three words or more
 * for each last-word key: key -> candidate index, S_SEVERAL when two of
 * that length differ. What S_longer_name looks in; the caller frees it. */
static rg_map *S_longest_names(const S_res *r, const rg_cand *cv, size_t n)
{
    rg_map *m = rg_map_new();
    rg_buf k = RG_BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        const rg_cand *d = &cv[i];
        if (d->type != RG_PERSON || d->lex_kind != -1 || d->item == -2) continue;
        size_t df, dl, hit;
        S_name_parts(r, d, &df, &dl);
        if (df == (size_t)-1 || dl - df < 2) continue;
        rg_buf_clear(&k);
        S_tok_key(&k, r, dl);
        if (!k.len) continue;
        if (rg_map_get(m, k.ptr, k.len, &hit)) {
            if (hit == S_SEVERAL) continue; /* (a longer one may yet settle it: rare, left out) */
            size_t hf, hl;
            S_name_parts(r, &cv[hit], &hf, &hl);
            if (hl - hf > dl - df) continue;
            if (hl - hf == dl - df) {
                if (!S_same_tok_key(r, hf, df)) rg_map_put(m, k.ptr, k.len, S_SEVERAL);
                continue;
            }
        }
        rg_map_put(m, k.ptr, k.len, i);
    }
    rg_buf_free(&k);
    return m;
}

/* The candidate of a longer full name in the document that ends with
 * the words of c's name: "Suu Kyi" of "Aung San Suu Kyi", "Lula da Silva"
 * of "Luiz Inacio Lula da Silva", "Fernandez de Kirchner" of "Cristina
 * Fernandez de Kirchner" (longest: S_longest_names). -1 when none. */
static int S_longer_name(const S_res *r, rg_map *longest, const rg_cand *cv, const rg_cand *c)
{
    size_t f, l, hit;
    S_name_parts(r, c, &f, &l);
    if (f == (size_t)-1 || f == l) return -1;
    rg_buf k = RG_BUF_INIT;
    S_tok_key(&k, r, l);
    int found = k.len && rg_map_get(longest, k.ptr, k.len, &hit) && hit != S_SEVERAL && S_name_tail(r, c, &cv[hit]);
    rg_buf_free(&k);
    return found ? (int)hit : -1;
}

/* The candidate a name is given as another name of: "Mohamed Hamdan
 * Dagalo, known as Hemedti", "..., also known as", "better known as",
 * "nicknamed", "alias", quoted or not. Returns the person candidate's
 * index before the cue, or -1. */
static int S_alias_of(const S_res *r, const rg_cand *cv, const rg_cand *c)
{
    const rg_seg *s = r->seg;
    size_t k = c->tok_from;
    if (k > 0 && S_punct_at(r, k - 1, '"')) k--; /* an opening quote (curly ones are folded to it) */
    if (k < 2) return -1;
    const char *w = rg_tok_lc(s, k - 1);
    if (strcmp(w, "as") == 0 && strcmp(rg_tok_lc(s, k - 2), "known") == 0) {
        k -= 2;
        if (k > 0 && S_in_list((const char *const[]){"also", "better", "widely", "popularly", "commonly", NULL},
                               rg_tok_lc(s, k - 1)))
            k--;
    } else if (strcmp(w, "nicknamed") == 0 || strcmp(w, "alias") == 0 || strcmp(w, "aka") == 0) {
        k--;
    } else {
        return -1;
    }
    if (k > 0 && S_punct_at(r, k - 1, ',')) k--;
    int x = k > 0 ? r->cand_to[k] : -1;
    return x >= 0 && cv[x].type == RG_PERSON && cv[x].entity >= 0 ? x : -1;
}

/* 1 when a list continues at token k: ", Name" or "and Name". */
static int S_list_goes_on(const S_res *r, size_t k)
{
    const rg_seg *s = r->seg;
    if (S_punct_at(r, k, ',')) k++;
    if (k < s->n_tok && strcmp(rg_tok_lc(s, k), "and") == 0) k++;
    return k < s->n_tok && (s->tok[k].flags & T_CAP) && !(s->tok[k].flags & T_PUNCT) &&
           (S_punct_at(r, k - 1, ',') || strcmp(rg_tok_lc(s, k - 1), "and") == 0);
}

/* 1 when candidate c stands in a list beside a person the text has
 * already shown to be one (a given name, a title, a vouched name): "Jarome
 * Iginla, Dany Heatley, Shane Doan", "Petter Solberg and Markko Martin". */
static int S_listed_with_person(const S_res *r, const rg_cand *cv, const rg_cand *c)
{
    const rg_seg *s = r->seg;
    size_t a = c->tok_to, b = c->tok_from;
    /* after: "and", ", and", or a comma where the list goes on after the
     * person (a comma alone may be an apposition: "the firm Bilfinger
     * Berger, Thomas Horbach, said") */
    int comma = S_punct_at(r, a, ',');
    if (comma) a++;
    int and = a < s->n_tok && strcmp(rg_tok_lc(s, a), "and") == 0;
    if (and) a++;
    if ((comma || and) && a < s->n_tok && r->cand_from[a] >= 0) {
        const rg_cand *x = &cv[r->cand_from[a]];
        if (x->type == RG_PERSON && (x->item != -2 || x->entity >= 0) && x->tok_from == a &&
            (and || S_list_goes_on(r, x->tok_to)))
            return 1;
    }
    /* before: the same, mirrored */
    and = b > 0 && strcmp(rg_tok_lc(s, b - 1), "and") == 0;
    if (and) b--;
    comma = b > 0 && S_punct_at(r, b - 1, ',');
    if (comma) b--;
    if ((comma || and) && r->cand_to[b] >= 0) {
        const rg_cand *x = &cv[r->cand_to[b]];
        if (x->type == RG_PERSON && (x->item != -2 || x->entity >= 0) &&
            (and || (x->tok_from >= 2 && S_punct_at(r, x->tok_from - 1, ',') && r->cand_to[x->tok_from - 1] >= 0)))
            return 1;
    }
    return 0;
}

/* The country a candidate names (country or demonym), or -1. Capitals do
 * not count: they are where people meet, not whose people are. */
static int S_cand_country(const rg_cand *c)
{
    if (c->lex_kind == LEX_COUNTRY || c->lex_kind == LEX_DEMONYM) return c->country;
    return -1;
}

/* Whether a name ends right before titled person c's title or within
 * three words before its name, nothing but words between ("RSF
 * spokesman X", "Cabo Delgado governor X", "UN Secretary-General X"):
 * the title is that name's office. */
static int S_qualified_title(const S_res *r, const rg_cand *c)
{
    const rg_seg *seg = r->seg;
    size_t sent = seg->tok[c->tok_from].sent;
    for (size_t k = c->span_from, back = 0; k > 0 && back < 4; k--, back++) {
        int q = S_cand_ending(r, k);
        if (q >= 0 && r->cands->c[q].body < 0) return 1; /* (not "Army spokesman X": a national body's) */
        if ((seg->tok[k - 1].flags & T_PUNCT) || seg->tok[k - 1].sent != sent) return 0;
    }
    return 0;
}

/* The country a document with no dateline's country is about (a wire
 * story's dateline, "MEXICO CITY, Feb 27 (Reuters) -", names it first,
 * however often the story names another; a summit's venue, "SINGAPORE
 * (AP) -", is the known miss): the one it names (only, when not -1),
 * else the one it names most often, more often than any other (by its
 * country names and demonyms); -1 when none leads. */
static int S_doc_country(const rg_lexicon *lex, const rg_cand *cv, size_t n, int only)
{
    if (only >= 0 || !lex->n_countries) return only;
    size_t *count = rg_xcalloc(lex->n_countries, sizeof *count);
    for (size_t i = 0; i < n; i++) {
        int k = S_cand_country(&cv[i]);
        if (k >= 0 && (size_t)k < lex->n_countries) count[k]++;
    }
    int best = -1;
    size_t best_n = 0, second_n = 0;
    for (size_t k = 0; k < lex->n_countries; k++) {
        if (count[k] > best_n) {
            second_n = best_n;
            best_n = count[k];
            best = (int)k;
        } else if (count[k] > second_n) {
            second_n = count[k];
        }
    }
    free(count);
    return best_n > second_n ? best : -1;
}

/* Whether every mention of country cc in the clause (or, with
 * whole_sentence, the sentence) of person mention i comes after it and
 * qualifies a later name: "announced by Security Minister X ..., came as
 * ... tariffs threatened by U.S. President Donald Trump" says nothing of
 * X's country. A country before the person ("Iranian President X and
 * Foreign Minister Y"), standing alone or in the person's apposition
 * counts. Looks at most NEAR_CANDS candidates each way (beyond that it
 * counts). */
#define NEAR_CANDS 64
static int S_only_later_qualifier(const S_res *r, const size_t *clause_of, size_t i, int cc, int whole_sentence)
{
    const rg_cands *cs = r->cands;
    const rg_seg *seg = r->seg;
    size_t t0 = cs->c[i].tok_from;
    size_t sent = seg->tok[t0].sent, cl = clause_of[t0];
    for (size_t j = i, steps = 0; j-- > 0;) {
        size_t t = cs->c[j].tok_from;
        if (seg->tok[t].sent != sent || (!whole_sentence && clause_of[t] != cl)) break;
        if (++steps > NEAR_CANDS || S_cand_country(&cs->c[j]) == cc) return 0;
    }
    /* (the person's own apposition counts, up to 24 words: "X,
     * spokesman for the U.S.-led coalition", "X, a lawyer for Mozambican
     * candidate Y"; not a clause after the comma, "X, as U.S. President
     * Y looked on") */
    static const char *const clause[] = {"as",    "while",  "when",   "whereas", "who",       "which", "and",
                                         "but",   "after",  "before", "because", "since",     "though",
                                         "although", "if", "said",   "says",    "told",      "according", NULL};
    size_t appos = cs->c[i].tok_to;
    if (appos + 1 < seg->n_tok && (seg->tok[appos].flags & T_PUNCT) && r->text[seg->tok[appos].start] == ',' &&
        !S_in_list(clause, rg_tok_lc(seg, appos + 1))) {
        size_t stop = appos + 24;
        for (appos++; appos < seg->n_tok && appos < stop && !(seg->tok[appos].flags & T_PUNCT) &&
                       seg->tok[appos].sent == sent;)
            appos++;
    } else {
        appos = 0;
    }
    for (size_t j = i + 1, steps = 0; j < cs->n; j++) {
        size_t t = cs->c[j].tok_from;
        if (seg->tok[t].sent != sent || (!whole_sentence && clause_of[t] != cl)) break;
        if (++steps > NEAR_CANDS) return 0;
        if (S_cand_country(&cs->c[j]) == cc && (!(cs->c[j].flags & RG_MENTION_MODIFIER) || t < appos)) return 0;
    }
    return 1;
}

static void S_context_affiliation(S_res *r)
{
    const rg_cands *cs = r->cands;
    const rg_seg *seg = r->seg;
    rg_doc *d = r->doc;
    /* role references: COUNTRY 's TITLE not followed by a name */
    struct { int country; const char *title; } refs[32];
    size_t n_refs = 0;
    for (size_t i = 0; i < cs->n && n_refs < 32; i++) {
        const rg_cand *c = &cs->c[i];
        if (c->lex_kind != LEX_COUNTRY && c->lex_kind != LEX_DEMONYM) continue;
        size_t k = c->tok_to;
        if (c->lex_kind == LEX_COUNTRY) {
            if (k >= seg->n_tok || !(seg->tok[k].flags & T_POSS)) continue;
            k++;
        }
        if (k >= seg->n_tok || !seg->bk[k]) continue;
        const struct rg_bucket *b = seg->bk[k];
        for (size_t q = 0; q < b->n; q++) {
            const rg_lex_entry *e = &r->lex->entries[b->ids[q]];
            if (e->kind != LEX_TITLE || (r->lex->titles[e->item].flags & TITLE_HONORIFIC)) continue;
            size_t n = rg_lexicon__match(r->lex, e, seg, r->text, k, seg->n_tok);
            if (!n) continue;
            /* a name right after makes it an ordinary title, handled above */
            if (k + n < seg->n_tok && r->cand_from[k + n] >= 0 && cs->c[r->cand_from[k + n]].type == RG_PERSON) break;
            refs[n_refs].country = c->country;
            refs[n_refs].title = r->lex->titles[e->item].canonical;
            n_refs++;
            break;
        }
    }
    size_t ne = d->n_entities, ns = d->n_sentences;
    int unplaced = 0; /* most documents place everyone already: skip */
    for (size_t e = 0; e < ne && !unplaced; e++) unplaced = d->entities[e].type == RG_PERSON && !r->aff[e].n;
    if (!unplaced) return;
    /* The weak context vote first, so the role references below can set
     * aside people it places elsewhere. A clause is a sentence cut at ';'
     * and ':' ("The crisis in Iraq was concentrated around Saddam
     * Hussein; the same happened with Muammar Qadhafi in Libya"). */
    size_t *clause_of = rg_xmalloc((seg->n_tok ? seg->n_tok : 1) * sizeof *clause_of);
    size_t n_clauses = 0;
    for (size_t t = 0; t < seg->n_tok; t++) {
        const rg_token *tk = &seg->tok[t];
        int cut = t == 0 || tk->sent != seg->tok[t - 1].sent;
        if (t > 0 && (seg->tok[t - 1].flags & T_PUNCT)) {
            char p = r->text[seg->tok[t - 1].start];
            cut |= p == ';' || p == ':';
        }
        if (cut) n_clauses++;
        clause_of[t] = n_clauses - 1;
    }
    /* clauses that report speech: there the countries are often what the
     * speaker talks about ("... to the Soviet Union," said Glen Hofer) */
    uint8_t *speech = rg_xcalloc(n_clauses ? n_clauses : 1, 1);
    for (size_t t = 0; t < seg->n_tok; t++) {
        const rg_token *tk = &seg->tok[t];
        if (!(tk->flags & T_LOWER) || speech[clause_of[t]]) continue;
        if (rg_tok_wf(seg, t, W_SAY) || (tk->lclen == 9 && strcmp(rg_tok_lc(seg, t), "according") == 0))
            speech[clause_of[t]] = 1;
    }
    /* the one country named in each sentence and clause (-1 none, -2 several) */
    int *sent_country = rg_xmalloc((ns ? ns : 1) * sizeof *sent_country);
    int *clause_country = rg_xmalloc((n_clauses ? n_clauses : 1) * sizeof *clause_country);
    for (size_t k = 0; k < ns; k++) sent_country[k] = -1;
    for (size_t k = 0; k < n_clauses; k++) clause_country[k] = -1;
    for (size_t j = 0; j < cs->n; j++) {
        int cc = S_cand_country(&cs->c[j]);
        if (cc < 0) continue;
        size_t sent = seg->tok[cs->c[j].tok_from].sent, cl = clause_of[cs->c[j].tok_from];
        if (sent < ns) sent_country[sent] = sent_country[sent] == -1 || sent_country[sent] == cc ? cc : -2;
        clause_country[cl] = clause_country[cl] == -1 || clause_country[cl] == cc ? cc : -2;
    }
    /* per person without a country: the one country over its mentions,
     * each taking its clause's, or for a titled mention ("President
     * Saleh ... the Yemeni conflict") its sentence's when the clause
     * names none; -1 none, -2 several */
    int *only = rg_xmalloc((ne ? ne : 1) * sizeof *only);
    for (size_t k = 0; k < ne; k++) only[k] = -1;
    uint8_t *bare = rg_xcalloc(ne ? ne : 1, 1); /* a titled mention with no country near */
    for (size_t i = 0; i < cs->n; i++) {
        const rg_cand *c = &cs->c[i];
        if (c->entity < 0 || (size_t)c->entity >= ne || only[c->entity] == -2) continue;
        if (d->entities[c->entity].type != RG_PERSON || r->aff[c->entity].n) continue;
        /* "UN Special Envoy X", "NATO Secretary-General X": someone
         * serving an international body takes no country from context */
        int before = c->title >= 0 ? S_cand_ending(r, c->span_from) : -1;
        if (before >= 0) {
            const rg_cand *o = &cs->c[before];
            if (o->lex_kind == LEX_ORG && o->item >= 0 && o->type == RG_GROUP && r->lex->orgs[o->item].country < 0) {
                only[c->entity] = -2;
                continue;
            }
        }
        size_t cl = clause_of[c->tok_from], sent = seg->tok[c->tok_from].sent;
        int cc = c->title >= 0 || !speech[cl] ? clause_country[cl] : -1;
        if (cc >= 0 && c->title >= 0 && S_only_later_qualifier(r, clause_of, i, cc, 0)) cc = -1;
        if (cc == -1 && c->title >= 0 && sent < ns) {
            cc = sent_country[sent];
            if (cc >= 0 && S_only_later_qualifier(r, clause_of, i, cc, 1)) cc = -1;
        }
        /* a title with no name before it ("Army spokesman X",
         * "Information Minister X") and no country in its sentence:
         * an office of the country the document is about */
        if (cc == -1 && c->title >= 0 && !(r->lex->titles[c->title].flags & TITLE_HONORIFIC) &&
            !(r->lex->titles[c->title].offices & OFFICE_INTL) && !S_qualified_title(r, c))
            bare[c->entity] = 1;
        if (cc == -1) continue;
        if (cc == -2 || (only[c->entity] >= 0 && only[c->entity] != cc)) only[c->entity] = -2;
        else only[c->entity] = cc;
    }
    for (size_t e = 0; e < ne; e++) {
        rg_entity *ent = &d->entities[e];
        if (ent->type != RG_PERSON || r->aff[e].n) continue;
        /* role references whose title this person holds, all one country */
        int country = -1, clash = 0;
        for (size_t k = 0; k < n_refs; k++)
            for (size_t q = 0; q < ent->n_roles; q++)
                if (strcmp(ent->roles[q], refs[k].title) == 0) {
                    if (country >= 0 && country != refs[k].country) clash = 1;
                    country = refs[k].country;
                }
        if (country >= 0 && !clash && only[e] != -2 && (only[e] < 0 || only[e] == country)) {
            /* the title must point at one person of the document: its
             * holders, less those known (or placed by context) to belong
             * to another country */
            int holders = 0;
            for (size_t o = 0; o < ne; o++) {
                const rg_entity *h = &d->entities[o];
                if (h->type != RG_PERSON) continue;
                int hc = r->aff[o].n ? -3 : only[o];
                if (hc == -3) {
                    const struct S_aff *ha = &r->aff[o];
                    for (size_t q = 0; q < ha->n; q++)
                        if (ha->country[q] == country) hc = country;
                }
                if (hc != -1 && hc != -2 && hc != country) continue;
                for (size_t q = 0; q < h->n_roles; q++)
                    for (size_t k = 0; k < n_refs; k++)
                        if (refs[k].country == country && strcmp(h->roles[q], refs[k].title) == 0) {
                            holders++;
                            goto next_holder;
                        }
            next_holder:;
            }
            if (holders == 1) {
                S_vote(r, (int)e, country, 2);
                continue;
            }
        }
        if (only[e] >= 0) S_vote(r, (int)e, only[e], 1);
        else if (only[e] == -1 && bare[e] && r->doc_country >= 0 && !r->pk[e].shared)
            S_vote(r, (int)e, r->doc_country, 1);
        r->aff[e].guessed = 1;
    }
    free(bare);
    free(only);
    free(speech);
    free(clause_country);
    free(sent_country);
    free(clause_of);
}

/* ---------------------------------------------------------------- pass */


/* The key of tokens [from, to): their lower-case forms, space-joined. */
static void S_words_key(rg_buf *out, const S_res *r, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++) {
        if (k > from) rg_buf_putc(out, ' ');
        rg_buf_puts(out, rg_tok_lc(r->seg, k));
    }
}

/* Short forms of the document's organisations. Wire copy names a company
 * in full once ("Monsanto Corp said ...", "Control Data Corp") and then
 * by its first words, which look like a person ("Monsanto said"). Maps
 * every leading run of capitalised words of a group mention, shorter
 * than the mention, to the group (S_SEVERAL when groups share it). */
static rg_map *S_org_short_forms(const S_res *r, const rg_cand *cv, size_t n)
{
    rg_map *m = rg_map_new();
    rg_map *full = rg_map_new(); /* each group mention's words -> its group */
    rg_buf k = RG_BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        const rg_cand *c = &cv[i];
        if (c->type != RG_GROUP || c->entity < 0 || c->tok_to - c->tok_from < 2) continue;
        /* a headline's run of capitals is no evidence of a name */
        if (r->seg->tok[c->tok_from].flags & T_TITLECASE) continue;
        for (size_t e = c->tok_from + 1; e <= c->tok_to; e++) {
            const rg_token *t = &r->seg->tok[e - 1];
            if (e < c->tok_to && (!(t->flags & T_WORD) || !(t->flags & (T_CAP | T_UPPER)) || (t->flags & T_POSS)))
                break;
            rg_buf_clear(&k);
            S_words_key(&k, r, c->tok_from, e);
            if (e == c->tok_to) {
                rg_map_put(full, k.ptr, k.len, (size_t)c->entity);
                continue;
            }
            size_t prev, g = (size_t)c->entity, f;
            if (rg_map_get(m, k.ptr, k.len, &prev) && prev != g) {
                /* two groups share these first words: one group when one
                 * name is the other's start ("Williams Holdings" of
                 * "Williams Holdings Plc"; the longer is kept), else
                 * several ("First Union" and "First Chicago") */
                rg_buf a = RG_BUF_INIT;
                S_words_key(&a, r, c->tok_from, c->tok_to);
                if (rg_map_get(m, a.ptr, a.len, &f) && f == prev) {
                    g = prev; /* this mention is prev's start */
                } else {
                    g = S_SEVERAL;
                    for (size_t q = c->tok_from + 1; q < c->tok_to && g == S_SEVERAL; q++) {
                        rg_buf_clear(&a);
                        S_words_key(&a, r, c->tok_from, q);
                        if (rg_map_get(full, a.ptr, a.len, &f) && f == prev) g = (size_t)c->entity; /* prev is ours */
                    }
                }
                rg_buf_free(&a);
            }
            rg_map_put(m, k.ptr, k.len, g);
        }
    }
    rg_buf_free(&k);
    rg_map_free(full);
    return m;
}

/* A word after an organisation's short form that shows it is not an
 * adjective: a verb of saying, an auxiliary or modal, a preposition or
 * conjunction (the grammar word classes), a regular past tense, or a few
 * more ("shares in Williams instead", "Chrysler shares"). */
static int S_company_verb(const S_res *r, size_t k)
{
    static const char *const more[] = {"has", "had", "have", "will", "would", "can", "should", "must",
                                       "also", "does", "did", "owns", "expects", "plans", "shares",
                                       "stock", "shareholders", "instead", "last", "earlier",
                                       "yesterday", "today", NULL};
    if (rg_tok_wf(r->seg, k, W_SAY | W_PERSON_ACT | W_STOP | W_BE | W_NEG)) return 1;
    const char *lc = rg_tok_lc(r->seg, k);
    size_t n = r->seg->tok[k].lclen;
    return S_in_list(more, lc) || (n > 4 && strcmp(lc + n - 2, "ed") == 0);
}

/* The organisation whose short form is exactly candidate c's words, or
 * -1. Names under a title ("Chairman John Hancock") are people. */
static int S_org_short_form(const S_res *r, rg_map *m, const rg_cand *c)
{
    /* most documents name no organisation found by the name finder */
    if (!rg_map_count(m) || c->title >= 0 || c->tok_to <= c->tok_from) return -1;
    if (c->tok_to == c->tok_from + 1) {
        if (r->seg->tok[c->tok_from].end - r->seg->tok[c->tok_from].start < 2) return -1;
        /* a word the lexicon knows in another case ("UN" in a shouted
         * headline) is that entry, not the start of "UN Security Council" */
        const struct rg_bucket *b = r->seg->bk[c->tok_from];
        for (size_t i = 0; b && i < b->n; i++) {
            const rg_lex_entry *e = &r->lex->entries[b->ids[i]];
            if (e->ntok == 1 && e->kind != LEX_TITLE && e->kind != LEX_VERB) return -1;
        }
    }
    /* before a lower-case word a short form is as often an adjective
     * ("European incentives" beside "European Space Agency", "the Olympic
     * budget", "Wall Street stock prices") as the company: only a verb of
     * the company vouches then ("Chrysler said", "Loral has", "Westpac
     * reported") */
    size_t nx = c->tok_to;
    if (nx < r->seg->n_tok && (r->seg->tok[nx].flags & T_LOWER) && !S_company_verb(r, nx)) return -1;
    rg_buf k = RG_BUF_INIT;
    S_words_key(&k, r, c->tok_from, c->tok_to);
    size_t g;
    int hit = rg_map_get(m, k.ptr, k.len, &g) && g != S_SEVERAL;
    rg_buf_free(&k);
    return hit ? (int)g : -1;
}

/* 1 when a is b's first words ("Monsanto" of "Monsanto Corp"). */
static int S_word_prefix(const char *a, const char *b)
{
    size_t n = strlen(a);
    return strncmp(a, b, n) == 0 && b[n] == ' ';
}

/* 1 when b ends with the words of a: "opposition" of "Syrian opposition". */
static int S_word_suffix(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    return m > n && b[m - n - 1] == ' ' && strcmp(b + m - n, a) == 0;
}

/* Makes candidate c a mention of the organisation g. */
static void S_to_org(rg_cand *c, int g)
{
    c->type = RG_GROUP;
    c->entity = g;
    c->why = "short form of an organisation in the document";
}

static int S_initials_match(const char *acr, const char *name)
{
    /* letters of acr against the initials of name's capitalised words */
    const char *p = name;
    size_t k = 0, n = strlen(acr);
    while (*p) {
        while (*p == ' ' || *p == '-') p++;
        if (!*p) break;
        if (isupper((unsigned char)*p)) {
            if (k >= n || toupper((unsigned char)acr[k]) != *p) return 0;
            k++;
        }
        while (*p && *p != ' ' && *p != '-') p++;
    }
    return k == n && n >= 2;
}

/* Whether name's words hold a company's legal form (Corp, Inc, Ltd, Co). */
static int S_company_name(const rg_lexicon *lex, const char *name)
{
    for (const char *p = name; *p;) {
        while (*p == ' ') p++;
        const char *w = p;
        while (*p && *p != ' ') p++;
        if (p > w) {
            rg_buf lc = RG_BUF_INIT;
            rg_lower(&lc, w, (size_t)(p - w));
            int legal = (rg_lexicon__wf(lex, lc.ptr, lc.len) & W_LEGAL) != 0;
            rg_buf_free(&lc);
            if (legal) return 1;
        }
    }
    return 0;
}

/* Whether acr's letters are the initials of name's capitalised words in
 * another order: an acronym of the name in its own language ("National
 * Alliance for Change (ANC)", from "Alliance nationale pour le
 * changement"). */
static int S_initials_permuted(const char *acr, const char *name)
{
    int need[26] = {0};
    size_t n = 0;
    for (const char *a = acr; *a; a++) {
        if (!isupper((unsigned char)*a)) return 0;
        need[*a - 'A']++;
        n++;
    }
    size_t k = 0;
    for (const char *p = name; *p;) {
        while (*p == ' ' || *p == '-') p++;
        if (!*p) break;
        if (isupper((unsigned char)*p)) {
            if (*p < 'A' || *p > 'Z' || --need[*p - 'A'] < 0) return 0;
            k++;
        }
        while (*p && *p != ' ' && *p != '-') p++;
    }
    return k == n && n >= 3;
}

/* The key of a person known by one name word, token l: "person:KEY". */
static void S_lone_key(rg_buf *key, const S_res *r, size_t l)
{
    rg_buf_clear(key);
    rg_buf_puts(key, "person:");
    S_tok_key(key, r, l);
}

/* Whether c is one name under a monarch's or pontiff's title ("King
 * Salman", "Prince Mohammed"): the name is a given name, never a
 * surname of another ("King Salman" is not Mohammed bin Salman). */
static int S_regnal(const S_res *r, const rg_cand *c, size_t f, size_t l)
{
    /* (not a common word or capitals: "King World", "EMPEROR MINES"
     * are companies) */
    return c->title >= 0 && (r->lex->titles[c->title].flags & TITLE_REGNAL) && f == l &&
           !(r->seg->tok[f].flags & T_UPPER) && !rg_tok_wf(r->seg, f, W_COMMON) &&
           r->seg->tok[f].end - r->seg->tok[f].start > 2;
}

/* Whether group c, qualified by the country before it, is named with
 * it: a demonym right before the name ("the Somali National Army", "the
 * Brazilian Federal Police": not a possessive, "Kenya's Unity Front",
 * nor a company's name, which says which company by itself). Such a
 * name with another demonym is another group (the Afghan National
 * Army). */
static int S_named_with_country(const S_res *r, const rg_cand *c)
{
    if (c->country < 0 || c->span_from >= c->tok_from || (r->seg->tok[c->tok_from - 1].flags & T_POSS)) return 0;
    for (size_t k = c->tok_from; k < c->tok_to; k++)
        if (rg_tok_wf(r->seg, k, W_LEGAL)) return 0;
    return 1;
}

/* Makes candidate c (name tokens f..l) a person of its own, keyed by its
 * last name word. */
static void S_lone_person(S_res *r, rg_cand *c, size_t f, size_t l)
{
    const rg_seg *seg = r->seg;
    rg_buf sur = RG_BUF_INIT, key = RG_BUF_INIT;
    S_surface(&sur, r, seg->tok[f].start, c->end, (seg->tok[l].flags & T_UPPER) != 0);
    S_lone_key(&key, r, l);
    if (S_regnal(r, c, f, l)) {
        /* "King Salman", "Pope Francis": named with the title (the key
         * stays the name's, so a later "Salman" is the same person) */
        rg_buf named = RG_BUF_INIT;
        rg_buf_printf(&named, "%s %s", r->lex->titles[c->title].canonical, sur.ptr);
        c->entity = S_entity(r, key.ptr, RG_PERSON, named.ptr, 0);
        S_alias(&r->doc->entities[c->entity], named.ptr);
        rg_buf_free(&named);
    } else {
        c->entity = S_entity(r, key.ptr, RG_PERSON, sur.ptr, 0);
    }
    r->doc->entities[c->entity].single = 1;
    rg_buf_free(&sur);
    rg_buf_free(&key);
}

/* The lexicon's acronym at candidate acr, defined again by the lexicon's
 * own name before it: an earlier definition in the text of the same
 * acronym for another name ("the International Cricket Council (ICC)")
 * ends here, and it is entity e's again. */
/* Whether the nearest word beside token k (dir -1: before, +1: after;
 * over two punctuation tokens at most) is in capitals, of two letters or
 * more: shouted text ("FLASH: KERRY SAYS ... \"CLARITY\" ON NEW"). */
static int S_caps_beside(const rg_seg *seg, size_t k, int dir)
{
    for (int steps = 0; steps < 3; steps++) {
        if (dir < 0 ? k == 0 : k + 1 >= seg->n_tok) return 0;
        k = dir < 0 ? k - 1 : k + 1;
        const rg_token *t = &seg->tok[k];
        if (t->flags & T_PUNCT) continue;
        return (t->flags & T_UPPER) && t->end - t->start > 1;
    }
    return 0;
}

static void S_redefine(rg_map *defined, const S_res *r, const rg_cand *acr, int e)
{
    if (rg_map_get(defined, r->text + acr->start, acr->end - acr->start, NULL))
        rg_map_put(defined, r->text + acr->start, acr->end - acr->start, (size_t)e);
}

/* "the Armed Forces of the Philippines (AFP)": the lexicon's acronym of
 * another name, in parentheses right after candidate i (written name,
 * entity e) and spelling its initials, is the text's own for e. */
static void S_define_acronym(rg_map *defined, const S_res *r, const rg_cand *cv, size_t n, size_t i, const char *name,
                             int e)
{
    size_t p = cv[i].tok_to; /* (the name may run on past its tokens: "of the Philippines") */
    while (p < r->seg->n_tok && r->seg->tok[p].end <= cv[i].end) p++;
    if (p >= r->seg->n_tok || !S_tok_char(r, p, '(')) return;
    for (size_t j = i + 1; j < n && cv[j].tok_from <= p + 1; j++) {
        const rg_cand *nx = &cv[j];
        if (nx->tok_from != p + 1 || nx->lex_kind != LEX_ORG || nx->type != RG_GROUP || nx->tok_to >= r->seg->n_tok ||
            !S_tok_char(r, nx->tok_to, ')'))
            continue;
        rg_buf acr = RG_BUF_INIT;
        S_surface(&acr, r, nx->start, nx->end, 0);
        if (S_initials_match(acr.ptr, name) || S_initials_permuted(acr.ptr, name))
            rg_map_put(defined, r->text + nx->start, nx->end - nx->start, (size_t)e);
        rg_buf_free(&acr);
        return;
    }
}

/* "Attorney General Tarek William Saab said ... Saab told reporters":
 * a one-word organisation of the lexicon (a firm's name, not an armed
 * group or a state organ) that is the surname of a person named in full
 * before it in the document is that person, whose surname step 3 joins
 * to the full name. */
static void S_org_as_surname(const S_res *r, rg_cand *cv, size_t n)
{
    rg_map *last = NULL; /* surname keys of full names seen so far */
    rg_buf k = RG_BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        rg_cand *c = &cv[i];
        if (c->type == RG_PERSON && c->lex_kind == -1 && S_multi(r, c)) {
            size_t f, l;
            S_name_parts(r, c, &f, &l);
            rg_buf_clear(&k);
            S_tok_key(&k, r, l);
            if (!k.len) continue;
            if (!last) last = rg_map_new();
            rg_map_put(last, k.ptr, k.len, 1);
            continue;
        }
        if (!last || c->lex_kind != LEX_ORG || c->tok_to != c->tok_from + 1 || c->item < 0) continue;
        const rg_org *o = &r->lex->orgs[c->item];
        if (o->type != RG_GROUP || o->armed || o->state || (r->seg->tok[c->tok_from].flags & T_UPPER)) continue;
        rg_buf_clear(&k);
        S_tok_key(&k, r, c->tok_from);
        if (!k.len || !rg_map_get(last, k.ptr, k.len, NULL)) continue;
        c->type = RG_PERSON;
        c->lex_kind = -1;
        c->item = -1;
        c->country = -1;
        c->why = "surname of a person named in full before (not the organisation of that name)";
    }
    rg_buf_free(&k);
    if (last) rg_map_free(last);
}

void rg_resolve(rg_doc *doc, rg_cands *cands, const rg_lexicon *lex, const rg_seg *seg)
{
    S_res r;
    memset(&r, 0, sizeof r);
    r.doc = doc;
    r.cands = cands;
    r.lex = lex;
    r.seg = seg;
    r.text = doc->text.s;
    r.by_key = rg_map_new();
    rg_buf key = RG_BUF_INIT, sur = RG_BUF_INIT;
    size_t n = cands->n;
    rg_cand *cv = cands->c;
    size_t cap_mentions = 0, defined_as = 0;
    r.cand_from = rg_xmalloc((seg->n_tok + 1) * sizeof *r.cand_from);
    r.cand_to = rg_xmalloc((seg->n_tok + 1) * sizeof *r.cand_to);
    for (size_t k = 0; k <= seg->n_tok; k++) r.cand_from[k] = r.cand_to[k] = -1;
    for (size_t i = 0; i < n; i++) {
        /* whole-token candidates only (not parts of hyphenated words) */
        if (cv[i].start != seg->tok[cv[i].tok_from].start) continue;
        if (r.cand_from[cv[i].tok_from] < 0) r.cand_from[cv[i].tok_from] = (int)i;
        r.cand_to[cv[i].tok_to] = (int)i;
    }

    S_org_as_surname(&r, cv, n);

    /* the one country the document names, if it names one (-1 else) */
    int only_country = -2;
    for (size_t i = 0; i < n && only_country != -1; i++)
        if (cv[i].type == RG_COUNTRY && cv[i].country >= 0 && cv[i].country != only_country)
            only_country = only_country == -2 ? cv[i].country : -1;
    /* none named: the one country of the leaders, capitals, places and
     * national organisations the document names ("said in Abuja", "the
     * Bank of Thailand"; a leader the lexicon knows by name, not one a
     * title found) */
    int named_none = only_country == -2;
    for (size_t i = 0; named_none && i < n && only_country != -1; i++) {
        int k = -1;
        if (cv[i].lex_kind == LEX_PERSON) k = lex->people[cv[i].item].country;
        else if (cv[i].lex_kind == LEX_CAPITAL || cv[i].lex_kind == LEX_PLACE) k = cv[i].country;
        else if (cv[i].lex_kind == LEX_ORG) k = lex->orgs[cv[i].item].country;
        if (k >= 0 && k != only_country) only_country = only_country == -2 ? k : -1;
    }
    int no_country = only_country == -2; /* not even a place of one */
    if (only_country < 0) only_country = -1;
    /* several named: the dateline's country, else the first named (the
     * lead's actor: "Japan lodged a protest with China, the Foreign
     * Ministry said" is Japan's ministry more often than not) */
    int dateline_country = -1;
    for (size_t i = 0; i < n && dateline_country < 0; i++)
        if ((cv[i].flags & RG_MENTION_DATELINE) && cv[i].country >= 0) dateline_country = cv[i].country;
    int guess_country = dateline_country;
    for (size_t i = 0; i < n && guess_country < 0; i++)
        if (cv[i].type == RG_COUNTRY && cv[i].country >= 0) guess_country = cv[i].country;

    r.doc_country = dateline_country >= 0 ? dateline_country : S_doc_country(lex, cv, n, only_country);

    /* 1. lexicon mentions, bodies, places, groups from the name finder */
    rg_map *last_body = rg_map_new(); /* body index -> entity of its latest qualified mention */
    /* acronyms the text defines for a name of its own, over the
     * lexicon's reading: "the International Cricket Council (ICC)" makes
     * every later "ICC" of the document that council, not the court */
    rg_map *defined = rg_map_new(); /* acronym surface -> entity */
    rg_map *qualified = rg_map_new(); /* a name a country qualified -> its entity */
    rg_map *community = rg_map_new(); /* a people's country -> the entity of its latest community */
    int last_govt = -1; /* the country of the latest "X's government" (RG_CAND_GOVT) */
    for (size_t i = 0; i < n; i++) {
        rg_cand *c = &cv[i];
        rg_buf_clear(&key);
        rg_buf_clear(&sur);
        size_t comm;
        if (c->flags & RG_CAND_COMMUNITY) {
            /* "Bosnian Serbs", "Bosnian Serb forces": one group, keyed
             * and labelled by the plural */
            S_surface(&sur, &r, c->start, c->end, 0);
            rg_buf label = RG_BUF_INIT;
            rg_buf_puts(&label, sur.ptr);
            /* (the plural adds "s" but to demonyms that are their own
             * plural: "Chinese", "French", "Swiss") */
            const char *z = sur.ptr + sur.len;
            int own_plural = sur.len >= 2 && (z[-1] == 's' || (z[-1] == 'e' && z[-2] == 's') ||
                                              (z[-1] == 'h' && (z[-2] == 'c' || z[-2] == 's')));
            if (!own_plural) rg_buf_puts(&label, "s");
            rg_buf_puts(&key, "group:");
            rg_slug(&key, label.ptr, label.len);
            c->entity = S_entity(&r, key.ptr, RG_GROUP, label.ptr, 0);
            /* (twice: the plural outvotes in the labeller the singular
             * the mention's own surface adds, "Bosnian Serb" forces) */
            S_alias(&doc->entities[c->entity], label.ptr);
            S_alias(&doc->entities[c->entity], label.ptr);
            rg_buf_free(&label);
            rg_map_put(community, (const char *)&c->item, sizeof c->item, (size_t)c->entity);
        } else if (c->lex_kind == LEX_DEMONYM && c->tok_from > 0 && c->tok_to == c->tok_from + 1 &&
                   seg->tok[c->tok_from].lclen > 3 &&
                   rg_tok_lc(seg, c->tok_from)[seg->tok[c->tok_from].lclen - 1] == 's' &&
                   strcmp(rg_tok_lc(seg, c->tok_from - 1), "the") == 0 &&
                   rg_map_get(community, (const char *)&c->country, sizeof c->country, &comm)) {
            /* "the Serbs" after "Bosnian Serbs": that community */
            c->entity = (int)comm;
            c->type = RG_GROUP;
            c->why = "a people's plural demonym after its community is named: that community";
        } else if (c->lex_kind == LEX_COUNTRY || c->lex_kind == LEX_DEMONYM ||
                   (c->lex_kind == LEX_ORG && c->type == RG_COUNTRY)) {
            const rg_country *k = &lex->countries[c->country];
            rg_buf_puts(&key, "country:");
            rg_buf_puts(&key, k->code);
            c->entity = S_entity(&r, key.ptr, RG_COUNTRY, k->name, 1);
            c->type = RG_COUNTRY;
            if (c->flags & RG_CAND_GOVT) last_govt = c->entity;
            if (!doc->entities[c->entity].code) doc->entities[c->entity].code = rg_xstrdup(k->code);
        } else if (c->lex_kind == LEX_ORG &&
                   rg_map_get(defined, r.text + c->start, c->end - c->start, &defined_as)) {
            c->entity = (int)defined_as;
            c->type = RG_GROUP;
            c->lex_kind = -1;
            c->item = -1;
            c->why = "acronym as the text defines it (over the lexicon's reading)";
        } else if (c->lex_kind == LEX_ORG && c->tok_to == c->tok_from + 1 && (seg->tok[c->tok_from].flags & T_UPPER) &&
                   c->tok_from > 1 && S_tok_char(&r, c->tok_from - 1, '<') && S_tok_char(&r, c->tok_to, '>')) {
            /* "Fireman's Fund Corp <FFC>", "RANCO <RNI>": a stock ticker
             * in angle brackets, whatever the lexicon's acronym of those
             * letters names, is the company named before it, or no one */
            int pc = r.cand_to[c->tok_from - 1];
            if (pc >= 0 && cv[pc].type == RG_GROUP && cv[pc].entity >= 0) {
                c->entity = cv[pc].entity;
                c->type = RG_GROUP;
            }
            c->why = "stock ticker of the company before it";
        } else if (c->lex_kind == LEX_ORG) {
            const rg_org *o = &lex->orgs[c->item];
            rg_buf_puts(&key, "group:");
            rg_buf_puts(&key, o->id);
            c->entity = S_entity(&r, key.ptr, RG_GROUP, o->name, 1);
            if (o->country >= 0) S_vote(&r, c->entity, o->country, 1);
            if (c->span_from < c->tok_from) {
                /* the name as the text qualifies it: "UK Foreign Office" */
                S_surface(&sur, &r, seg->tok[c->span_from].start, c->end, 0);
                S_alias(&doc->entities[c->entity], sur.ptr);
            }
            if (o->state && o->country >= 0 && seg->bk[c->tok_from]) {
                /* "the U.S. State Department", "the US Treasury": a state
                 * organ whose name names its country makes the country an
                 * entity (named once more), so the organ's acts roll up
                 * to it as a country's body's do (interactions.c) */
                const struct rg_bucket *bk = seg->bk[c->tok_from];
                for (size_t q = 0; q < bk->n; q++) {
                    const rg_lex_entry *le = &lex->entries[bk->ids[q]];
                    if ((le->kind == LEX_COUNTRY || le->kind == LEX_DEMONYM) && (int)le->item == o->country) {
                        const rg_country *k = &lex->countries[o->country];
                        rg_buf ck = RG_BUF_INIT;
                        rg_buf_printf(&ck, "country:%s", k->code);
                        int ce = S_entity(&r, ck.ptr, RG_COUNTRY, k->name, 1);
                        if (!doc->entities[ce].code) doc->entities[ce].code = rg_xstrdup(k->code);
                        doc->entities[ce].mentions++;
                        rg_buf_free(&ck);
                        break;
                    }
                }
            }
            /* "the International Criminal Court (ICC)" after another
             * name's "(ICC)": the acronym is the lexicon's again */
            const rg_cand *nx = i + 1 < n ? &cv[i + 1] : NULL;
            if (nx && nx->lex_kind == LEX_ORG && nx->item == c->item && nx->tok_from == c->tok_to + 1 &&
                S_tok_char(&r, c->tok_to, '('))
                S_redefine(defined, &r, nx, c->entity);
        } else if (c->lex_kind == LEX_BODY) {
            /* "The Constitutional Court upheld ...", "the Department of
             * Foreign Affairs": a body the text names in capitals with no
             * country is the one country's the document names, or with
             * several the dateline's or the first named (in capitals
             * and of two words or more: a lower-case "the army" or one
             * word, "Parliament", is often no actor or a place) */
            size_t seen_body;
            /* (not the end of a longer name, "Exchange National Bank",
             * "BOATMEN'S NATIONAL BANK": a capitalised word before it in
             * its sentence, both in a headline or neither; not a country,
             * "the U.S. Supreme Court", an article, or a common word that
             * opens the sentence, "Senior Interior Ministry officials") */
            size_t b0 = c->tok_from, p0 = b0 - (b0 > 0 && (seg->tok[b0 - 1].flags & T_POSS));
            int pc = r.cand_to[p0];
            int in_name = p0 > 0 && seg->tok[p0 - 1].sent == seg->tok[b0].sent &&
                          (seg->tok[p0 - 1].flags & T_TITLECASE) == (seg->tok[b0].flags & T_TITLECASE) &&
                          (seg->tok[p0 - 1].flags & T_CAP) && !(pc >= 0 && cv[pc].type == RG_COUNTRY) &&
                          !S_in_list(S_articles, rg_tok_lc(seg, p0 - 1)) &&
                          !((seg->tok[p0 - 1].flags & T_SSTART) && rg_tok_wf(seg, p0 - 1, W_COMMON));
            int in_capitals = c->tok_to >= b0 + 2 && (seg->tok[b0].flags & T_CAP) && !in_name &&
                              (seg->tok[c->tok_to - 1].flags & T_CAP) && !lex->bodies[c->body].to_country;
            int of_country = only_country >= 0 ? only_country : guess_country;
            if (c->country < 0 && of_country >= 0 && in_capitals &&
                !rg_map_get(last_body, (const char *)&c->body, sizeof c->body, &seen_body)) {
                c->country = of_country;
                c->why = only_country >= 0 ? "national body named in capitals: the document's one country's"
                                           : "national body named in capitals: the dateline's or first named country's";
            }
            /* "the army", "the junta", "the police" in lower case: in a
             * story that names one country, its own forces (with two or
             * more named, whose is a guess; none is made) */
            int home = 0;
            if (c->country < 0 && only_country >= 0 && lex->bodies[c->body].force && !in_capitals && b0 > 0 &&
                !(seg->tok[b0].flags & T_CAP) && strcmp(rg_tok_lc(seg, b0 - 1), "the") == 0 &&
                !rg_map_get(last_body, (const char *)&c->body, sizeof c->body, &seen_body)) {
                c->country = only_country;
                c->why = "national force named alone: the document's one country's";
                home = 1;
            }
            if (c->country < 0 && last_govt >= 0 && S_bare_government(&r, c)) {
                c->entity = last_govt;
                c->type = RG_COUNTRY;
                c->why = "the government = the country whose government was named before";
                c->flags |= RG_MENTION_PHRASE; /* (a graph mention, no name to list) */
                doc->entities[c->entity].mentions++;
            } else if (c->country >= 0) {
                rg_buf_puts(&key, "group:");
                rg_buf_puts(&key, lex->countries[c->country].code);
                rg_buf_putc(&key, '-');
                const char *bn = lex->bodies[c->body].name;
                rg_slug(&key, bn, strlen(bn));
                if (c->flags & RG_CAND_LOCAL) {
                    /* a place's own body: one per place ("Delhi Police"
                     * and "Delhi police" meet, Mumbai's stay apart) */
                    rg_buf_putc(&key, '-');
                    S_surface(&sur, &r, seg->tok[c->span_from].start, seg->tok[c->tok_from - 1].end, 0);
                    rg_slug(&key, sur.ptr, sur.len);
                }
                /* labelled with its country ("Russian Foreign
                 * Ministry"); the body's own words are an alias, as the
                 * text calls it "the Constitutional Court" too (the key
                 * keeps each country's apart) */
                S_surface(&sur, &r, c->start, c->end, 0);
                rg_buf bare = RG_BUF_INIT;
                rg_buf_puts(&bare, sur.ptr);
                if (home) {
                    rg_buf_clear(&sur);
                    const char *cn = lex->countries[c->country].name;
                    size_t cl = strlen(cn);
                    /* ("the United States' army") */
                    rg_buf_printf(&sur, "%s%s %s", cn, cl && cn[cl - 1] == 's' ? "'" : "'s", bare.ptr);
                } else {
                    S_surface(&sur, &r, seg->tok[c->span_from].start, c->end, 0);
                }
                c->entity = S_entity(&r, key.ptr, RG_GROUP, sur.ptr, 0);
                S_alias(&doc->entities[c->entity], bare.ptr);
                /* (a lone force is labelled by its country: a graph of
                 * many stories has many "army" nodes; the labeller
                 * prefers the longer name ending in the alias) */
                if (home) S_alias(&doc->entities[c->entity], sur.ptr);
                rg_buf_free(&bare);
                /* (and a national body's: "the Armed Forces of the
                 * Philippines (AFP)" is no news agency) */
                rg_buf_clear(&sur);
                S_surface(&sur, &r, c->start, c->end, 0);
                S_define_acronym(defined, &r, cv, n, i, sur.ptr, c->entity);
                S_vote(&r, c->entity, c->country, 2);
                rg_map_put(last_body, (const char *)&c->body, sizeof c->body, (size_t)c->entity);
            } else {
                /* bare body: the latest qualified one with the same body */
                size_t last;
                if (rg_map_get(last_body, (const char *)&c->body, sizeof c->body, &last)) c->entity = (int)last;
                else if (no_country && in_capitals) {
                    /* "The Supreme Court stayed the agency's proceedings"
                     * in a document that names no country, nor a place
                     * of one: the body still acts, known by its name alone */
                    S_surface(&sur, &r, c->start, c->end, 0);
                    rg_buf_puts(&key, "group:");
                    rg_slug(&key, sur.ptr, sur.len);
                    c->entity = S_entity(&r, key.ptr, RG_GROUP, sur.ptr, 0);
                    c->why = "national body named in capitals, no country named";
                }
            }
        } else if (c->lex_kind == LEX_CAPITAL || c->lex_kind == LEX_PLACE) {
            const char *nm = c->lex_kind == LEX_CAPITAL ? NULL : lex->places[c->item].name;
            S_surface(&sur, &r, c->start, c->end, 0);
            rg_buf_puts(&key, "place:");
            const char *label = nm ? nm : sur.ptr;
            rg_slug(&key, label, strlen(label));
            c->entity = S_entity(&r, key.ptr, RG_PLACE, label, nm != NULL);
            S_vote(&r, c->entity, c->country, 1);
        } else if (c->lex_kind == LEX_PERSON) {
            const rg_person *p = &lex->people[c->item];
            rg_buf_puts(&key, "person:");
            rg_name_key(&key, p->name, strlen(p->name));
            c->entity = S_entity(&r, key.ptr, RG_PERSON, p->name, 1);
            S_vote(&r, c->entity, p->country, 2);
        } else if (c->type == RG_GROUP && c->item != -2) {
            S_surface(&sur, &r, c->start, c->end, 0);
            /* "the National Liberation Army (ELN)": a name the lexicon's
             * acronym in parentheses right after it defines is that
             * organisation, known by this name too */
            const rg_cand *nx = i + 1 < n ? &cv[i + 1] : NULL;
            size_t p = c->tok_to;
            if (nx && nx->lex_kind == LEX_ORG && nx->type == RG_GROUP && nx->item >= 0 && nx->tok_from == p + 1 &&
                nx->tok_to < seg->n_tok && S_tok_char(&r, p, '(') && S_tok_char(&r, nx->tok_to, ')') &&
                S_org_words_match(lex, nx->item, sur.ptr)) {
                rg_buf_puts(&key, "group:");
                rg_buf_puts(&key, lex->orgs[nx->item].id);
                c->entity = S_entity(&r, key.ptr, RG_GROUP, lex->orgs[nx->item].name, 1);
                S_alias(&doc->entities[c->entity], sur.ptr);
                c->why = "name of the acronym in parentheses after it";
                S_redefine(defined, &r, nx, c->entity);
                continue;
            }
            size_t q;
            if (S_named_with_country(&r, c)) {
                /* keyed and labelled with its country, as a body is; the
                 * bare name later in the document is the same group */
                rg_buf_printf(&key, "group:%s-", lex->countries[c->country].code);
                rg_slug(&key, sur.ptr, sur.len);
                rg_buf label = RG_BUF_INIT;
                S_surface(&label, &r, seg->tok[c->span_from].start, c->end, 0);
                c->entity = S_entity(&r, key.ptr, RG_GROUP, label.ptr, 0);
                S_alias(&doc->entities[c->entity], label.ptr);
                rg_buf_free(&label);
                rg_map_put(qualified, sur.ptr, sur.len, (size_t)c->entity);
            } else if (rg_map_get(qualified, sur.ptr, sur.len, &q)) {
                c->entity = (int)q;
            } else {
                rg_buf_puts(&key, "group:");
                rg_slug(&key, sur.ptr, sur.len);
                c->entity = S_entity(&r, key.ptr, RG_GROUP, sur.ptr, 0);
            }
            /* "the Brazilian Federal Police": the country that qualifies it */
            if (c->country >= 0) S_vote(&r, c->entity, c->country, 1);
            /* the lexicon's acronym of another name, in parentheses right
             * after this one whose initials it spells: the text's own */
            S_define_acronym(defined, &r, cv, n, i, sur.ptr, c->entity);
        } else if (c->type == RG_PLACE) {
            S_surface(&sur, &r, c->start, c->end, 0);
            rg_buf_puts(&key, "place:");
            rg_slug(&key, sur.ptr, sur.len);
            c->entity = S_entity(&r, key.ptr, RG_PLACE, sur.ptr, 0);
        }
    }

    rg_map_free(last_body);
    rg_map_free(defined);
    rg_map_free(qualified);
    rg_map_free(community);
    rg_map *org_short = S_org_short_forms(&r, cv, n);

    /* 2. full names of people. A tentative full name (no given name,
     * title, initial or particle) is confirmed by a speech verb after it,
     * a title in apposition ("X, the spokesman" or a byline), its
     * surname standing alone elsewhere in the document, or the leaders
     * table. */
    rg_map *lone = rg_map_new(); /* keys of lone capitalised words */
    for (size_t i = 0; i < n; i++) {
        const rg_cand *c = &cv[i];
        if (c->type != RG_PERSON || c->lex_kind != -1 || S_multi(&r, c)) continue;
        size_t f, l;
        S_name_parts(&r, c, &f, &l);
        if (f == (size_t)-1) continue;
        /* a headline's capitals say nothing ("CONSUMERS POWER" does not
         * vouch for "Consumers Power"); value 2 where its capital says
         * something (inside a sentence) or a speech verb follows, 1 at a
         * sentence start ("Budget director ...") */
        if (seg->tok[l].flags & T_TITLECASE) continue;
        size_t v = (seg->tok[l].flags & T_SSTART) && !S_speech_after(&r, c->tok_to) ? 1 : 2, old;
        rg_buf k = RG_BUF_INIT;
        S_tok_key(&k, &r, l);
        if (k.len && !(rg_map_get(lone, k.ptr, k.len, &old) && old > v)) rg_map_put(lone, k.ptr, k.len, v);
        rg_buf_free(&k);
    }
    for (size_t i = 0; i < n; i++) {
        rg_cand *c = &cv[i];
        if (c->type != RG_PERSON || c->lex_kind != -1 || !S_multi(&r, c)) continue;
        /* "Control Data" of "Control Data Corp", "John Hancock" of "John
         * Hancock Mutual Life Insurance Co" */
        int g = S_org_short_form(&r, org_short, c);
        if (g >= 0) {
            S_to_org(c, g);
            continue;
        }
        if (c->item != -2) continue;
        /* or a quotation credited to it ('"We fled," said Fatima Musa'),
         * a role in apposition before it, a verb of people before it
         * ("met X"), a passive of things done to people ("X was
         * arrested"), a results list or scorecard */
        int vouched = S_speech_after(&r, c->tok_to) || S_title_after_name(&r, c->tok_to) >= 0 ||
                      S_person_apposition(&r, c->tok_from, c->tok_to) ||
                      S_role_apposition(&r, c->tok_from, c->tok_to) || S_person_object(&r, c->tok_from, c->tok_to) ||
                      S_person_after(&r, c->tok_to) ||
                      S_result_item(&r, c->tok_from, c->tok_to) ||
                      (S_inverted_speech(&r, c->tok_from, c->tok_to) && !(seg->tok[c->tok_from].flags & T_TITLECASE));
        if (!vouched) {
            size_t f, l;
            S_name_parts(&r, c, &f, &l);
            rg_buf k = RG_BUF_INIT;
            S_tok_key(&k, &r, l);
            /* a shouted headline name ("U.S. BUDGET") wants more than a
             * capital that opens a sentence */
            size_t v = 0;
            vouched = k.len && rg_map_get(lone, k.ptr, k.len, &v) &&
                      (v == 2 || !(seg->tok[c->tok_from].flags & T_TITLECASE));
            if (!vouched) {
                /* a leader's full name (leaders.tsv) */
                rg_buf fl = RG_BUF_INIT;
                S_tok_key(&fl, &r, f);
                rg_buf_putc(&fl, '-');
                rg_buf_put(&fl, k.ptr, k.len);
                vouched = rg_lexicon__leader(lex, 1, fl.ptr, fl.len, OFFICE_ANY) != -1;
                rg_buf_free(&fl);
            }
            rg_buf_free(&k);
        }
        if (vouched) {
            c->item = -1;
            c->why = "capitalised name the document vouches for";
        }
    }
    /* names listed beside a person, left to right then right to left so
     * that a list's one known name reaches every name in it */
    for (int pass = 0; pass < 2; pass++)
        for (size_t q = 0; q < n; q++) {
            rg_cand *c = &cv[pass ? n - 1 - q : q];
            if (c->type != RG_PERSON || c->lex_kind != -1 || c->item != -2 || !S_multi(&r, c)) continue;
            if (S_listed_with_person(&r, cv, c)) {
                c->item = -1;
                c->why = "name listed beside a person";
            }
        }
    rg_map_free(lone);
    rg_map *longest = S_longest_names(&r, cv, n);
    for (size_t i = 0; i < n; i++) {
        rg_cand *c = &cv[i];
        if (c->type != RG_PERSON || c->lex_kind != -1 || c->item == -2 || !S_multi(&r, c)) continue;
        /* "Robert Kyagulanyi, alias Bobi Wine": one man's other name */
        int alias = S_alias_of(&r, cv, c);
        if (alias >= 0) {
            c->entity = cv[alias].entity;
            c->why = "another name of the person before it (known as)";
            continue;
        }
        /* "Suu Kyi" after "Aung San Suu Kyi": the longer name's person */
        const rg_cand *named = c;
        int longer = S_longer_name(&r, longest, cv, c);
        if (longer >= 0) {
            named = &cv[longer];
            c->why = "the last words of a longer full name in the document";
        }
        size_t f, l;
        S_name_parts(&r, named, &f, &l);
        rg_buf fk = RG_BUF_INIT, lk = RG_BUF_INIT;
        S_tok_key(&fk, &r, f);
        S_tok_key(&lk, &r, l);
        rg_buf_clear(&key);
        rg_buf_puts(&key, "person:");
        rg_buf_put(&key, fk.ptr ? fk.ptr : "", fk.len);
        rg_buf_putc(&key, '-');
        rg_buf_put(&key, lk.ptr ? lk.ptr : "", lk.len);
        int titlecase = (seg->tok[named->tok_from].flags & T_UPPER) != 0;
        rg_buf_clear(&sur);
        S_surface(&sur, &r, seg->tok[named->tok_from].start, named->end, titlecase);
        c->entity = S_entity(&r, key.ptr, RG_PERSON, sur.ptr, 0);
        S_full_name_keys(&r, c->entity, &fk, &lk);
        rg_buf_free(&fk);
        rg_buf_free(&lk);
    }
    rg_map_free(longest);

    /* 2b. a speaker label's surname completed by the question that gave
     * it the floor: "... what are we doing, John?" then "MR KIRBY:" is
     * John Kirby (transcripts name staff that way, never in full). Only
     * a given name (given_names.txt) after a comma, ending a question
     * right before the label, and only while no full name in the
     * document has that surname. */
    for (size_t i = 0; i < n; i++) {
        rg_cand *c = &cv[i];
        if (c->type != RG_PERSON || c->lex_kind != -1 || c->entity >= 0 || !(c->flags & RG_MENTION_SPEAKER) ||
            S_multi(&r, c))
            continue;
        size_t f, l, from = (size_t)-1;
        S_name_parts(&r, c, &f, &l);
        if (f == (size_t)-1) continue;
        for (size_t q = 0; q < seg->n_labels; q++)
            if (seg->labels[q].tok_from <= c->tok_from && c->tok_from < seg->labels[q].tok_to)
                from = seg->labels[q].tok_from;
        if (from == (size_t)-1 || from < 3) continue;
        const rg_token *qm = &seg->tok[from - 1], *gn = &seg->tok[from - 2], *cm = &seg->tok[from - 3];
        if (!(qm->flags & T_PUNCT) || r.text[qm->start] != '?' || !(cm->flags & T_PUNCT) ||
            r.text[cm->start] != ',' || !(gn->flags & T_CAP) || (gn->flags & T_UPPER) ||
            !rg_tok_wf(seg, from - 2, W_GIVEN))
            continue;
        rg_buf fk = RG_BUF_INIT, lk = RG_BUF_INIT;
        S_tok_key(&fk, &r, from - 2);
        S_tok_key(&lk, &r, l);
        int taken = 0;
        for (size_t e = 0; e < doc->n_entities && lk.len; e++)
            if (r.pk[e].multi && strcmp(r.pk[e].last, lk.ptr) == 0) taken = 1;
        if (fk.len && lk.len && !taken) {
            rg_buf_clear(&key);
            rg_buf_printf(&key, "person:%s-%s", fk.ptr, lk.ptr);
            rg_buf_clear(&sur);
            rg_buf_put(&sur, r.text + gn->start, gn->end - gn->start);
            rg_buf_putc(&sur, ' ');
            rg_buf label = RG_BUF_INIT;
            S_surface(&label, &r, seg->tok[f].start, c->end, (seg->tok[l].flags & T_UPPER) != 0);
            rg_buf_put(&sur, label.ptr, label.len);
            rg_buf_free(&label);
            c->entity = S_entity(&r, key.ptr, RG_PERSON, sur.ptr, 0);
            c->why = "speaker label: surname completed by the question before it";
            S_alias(&doc->entities[c->entity], sur.ptr);
            S_full_name_keys(&r, c->entity, &fk, &lk);
        }
        rg_buf_free(&fk);
        rg_buf_free(&lk);
    }

    /* 3. lone names: join a full name, or stand alone when vouched for.
     * The full names are indexed by surname and given-name key (value:
     * the entity, or S_SEVERAL when more than one has it). */
    rg_map *by_last_key = rg_map_new(), *by_first_key = rg_map_new();
    rg_map *alias_key = NULL; /* "known as" names, made when the first is met (rare) */
    for (size_t e = 0; e < doc->n_entities; e++) {
        if (!r.pk[e].multi) continue;
        rg_map *maps[2] = {by_last_key, by_first_key};
        const char *keys[2] = {r.pk[e].last, r.pk[e].first};
        for (int q = 0; q < 2; q++) {
            size_t prev, kl = strlen(keys[q]);
            if (!kl) continue;
            rg_map_put(maps[q], keys[q], kl, rg_map_get(maps[q], keys[q], kl, &prev) ? S_SEVERAL : e);
        }
    }
    rg_map *by_penult_key = NULL; /* S_penult_keys, made when a lone name first needs it */
    /* what the document says of each lone capitalised word, over all
     * its mentions (S_lone_cues): "Telemedia said it", "group Pechiney" */
    rg_map *cues = rg_map_new();
    for (size_t i = 0; i < n; i++) {
        const rg_cand *c = &cv[i];
        if (c->type != RG_PERSON || c->lex_kind != -1 || c->entity >= 0 || c->item != -2 || c->title >= 0 ||
            c->tok_to != c->tok_from + 1)
            continue;
        unsigned q = S_lone_cues(&r, c->tok_from);
        if (!q) continue;
        rg_buf k = RG_BUF_INIT;
        S_tok_key(&k, &r, c->tok_from);
        size_t old = 0;
        if (k.len) {
            rg_map_get(cues, k.ptr, k.len, &old);
            rg_map_put(cues, k.ptr, k.len, old | q);
        }
        rg_buf_free(&k);
    }
    for (size_t i = 0; i < n; i++) {
        rg_cand *c = &cv[i];
        if (c->type != RG_PERSON || c->lex_kind != -1 || c->entity >= 0) continue;
        if (c->item == -2 && S_multi(&r, c)) continue; /* tentative full name: dropped */
        size_t f, l;
        S_name_parts(&r, c, &f, &l);
        if (f == (size_t)-1) continue;
        rg_buf k1 = RG_BUF_INIT;
        S_tok_key(&k1, &r, l);
        int by_last = -1, by_first = -1, n_last = 0, n_first = 0;
        size_t hit;
        if (k1.len && rg_map_get(by_last_key, k1.ptr, k1.len, &hit)) {
            n_last = hit == S_SEVERAL ? 2 : 1;
            by_last = hit == S_SEVERAL ? -1 : (int)hit;
        }
        if (k1.len && rg_map_get(by_first_key, k1.ptr, k1.len, &hit)) {
            n_first = hit == S_SEVERAL ? 2 : 1;
            by_first = hit == S_SEVERAL ? -1 : (int)hit;
        }
        const char *cue = NULL; /* why a lone word is a person (S_lone_cue) */
        int alias = S_alias_of(&r, cv, c);
        if (alias >= 0) {
            /* its later mentions alone join the same person */
            c->entity = cv[alias].entity;
            c->why = "another name of the person before it (known as)";
            if (!alias_key) alias_key = rg_map_new();
            if (k1.len) rg_map_put(alias_key, k1.ptr, k1.len, (size_t)c->entity);
        } else if (alias_key && k1.len && rg_map_get(alias_key, k1.ptr, k1.len, &hit)) {
            c->entity = (int)hit;
            c->why = "a name given earlier as another name (known as)";
        } else if (S_regnal(&r, c, f, l)) {
            /* "Crown Prince Mohammed bin Salman ... Prince Mohammed": a
             * given name; else a person of its own */
            if (n_first == 1) {
                c->entity = by_first;
                c->why = "a monarch's name: given name of a full name in the document";
            } else {
                S_lone_person(&r, c, f, l);
            }
        } else if (n_last == 1) {
            c->entity = by_last;
            c->why = c->flags & RG_MENTION_SPEAKER ? "speaker label: surname of a full name"
                                                   : "surname of a full name in the document";
        } else if (n_last == 0 && n_first == 1 && (rg_tok_wf(seg, l, W_GIVEN) || !(seg->tok[l].flags & T_UPPER)) &&
                   S_first_word_is(doc->entities[by_first].label, rg_tok_lc(seg, l))) {
            /* the document's own full name makes it a given name, even one
             * the given-name list lacks ("Staffan" of Staffan de Mistura);
             * spelled as there, not only keyed alike ("Penny Wong" is not
             * Wang Yi's) */
            c->entity = by_first;
            c->why = "given name of a full name in the document";
        } else if (n_last > 1) {
            /* ambiguous surname: leave it out rather than guess */
        } else if (n_last == 0 && n_first == 0 && f == l && k1.len && !(seg->tok[l].flags & T_UPPER) &&
                   rg_map_get(by_penult_key ? by_penult_key : (by_penult_key = S_penult_keys(&r, cv, n)), k1.ptr,
                              k1.len, &hit) &&
                   hit != S_SEVERAL) {
            c->entity = (int)hit;
            c->why = "paternal surname of a full name in the document (the second-last of three names or more)";
        } else if ((hit = (size_t)S_org_short_form(&r, org_short, c)) != (size_t)-1) {
            S_to_org(c, (int)hit); /* "Monsanto said" after "Monsanto Corp" */
        } else if (c->item == -2 && c->title < 0 && !(c->flags & RG_MENTION_SPEAKER) && f == l && k1.len > 1 &&
                   rg_map_get(cues, k1.ptr, k1.len, &hit) && hit == S_CUE_ORG && !S_leader_word(&r, l)) {
            /* the document shows the word names an organisation */
            rg_buf_clear(&sur);
            S_surface(&sur, &r, c->start, c->end, 0);
            rg_buf_clear(&key);
            rg_buf_puts(&key, "group:");
            rg_slug(&key, sur.ptr, sur.len);
            c->type = RG_GROUP;
            c->entity = S_entity(&r, key.ptr, RG_GROUP, sur.ptr, 0);
            c->why = "capitalised word the document shows is an organisation (\"X said it\", \"the company X\")";
        } else if (c->item != -2 || c->title >= 0 || (c->flags & RG_MENTION_SPEAKER) ||
                   (cue = S_lone_cue(&r, c, l)) != NULL) {
            S_lone_person(&r, c, f, l);
            if (c->item == -2) c->why = cue ? cue : "capitalised word with a person noun, an age or 'who' beside it";
        }
        rg_buf_free(&k1);
    }
    /* lone words listed beside a person ("Brenquist and Cantona put United
     * ahead"), left to right then right to left, as for full names */
    for (int pass = 0; pass < 2; pass++)
        for (size_t q = 0; q < n; q++) {
            rg_cand *c = &cv[pass ? n - 1 - q : q];
            if (c->type != RG_PERSON || c->lex_kind != -1 || c->entity >= 0 || c->item != -2 || c->title >= 0 ||
                c->tok_to != c->tok_from + 1 || (seg->tok[c->tok_from].flags & T_TITLECASE) ||
                seg->tok[c->tok_from].end - seg->tok[c->tok_from].start < 2 || rg_tok_wf(seg, c->tok_from, W_COMMON) ||
                !S_listed_with_person(&r, cv, c))
                continue;
            /* a title's first word ("talks between Kuroda and Deputy U.S.
             * Trade Representative Michael Smith") */
            int title = 0;
            const struct rg_bucket *tb = seg->bk[c->tok_from];
            for (size_t q2 = 0; tb && q2 < tb->n; q2++) title |= lex->entries[tb->ids[q2]].kind == LEX_TITLE;
            if (title) continue;
            /* a portfolio's words ("Secretary of Commerce and Greenspan",
             * "Minister of International Trade and Industry, Hajime Tamura") */
            int portfolio = 0;
            for (size_t b = c->tok_from, steps = 0; b > 0 && steps < 5; b--, steps++) {
                const rg_token *t = &seg->tok[b - 1];
                if (strcmp(rg_tok_lc(seg, b - 1), "of") == 0) portfolio = 1;
                if (portfolio || !((t->flags & T_CAP) || strcmp(rg_tok_lc(seg, b - 1), "and") == 0 ||
                                   S_punct_at(&r, b - 1, ',')))
                    break;
            }
            if (portfolio) continue;
            /* an adjective before its noun ("Karzai and Sunni clerics",
             * "Maoist leader Prachanda"): a verb or a small word must follow */
            size_t nx = c->tok_to;
            if (nx < seg->n_tok && (seg->tok[nx].flags & T_LOWER) && !S_company_verb(&r, nx) &&
                !rg_tok_wf(seg, nx, W_PAST))
                continue;
            rg_buf k1 = RG_BUF_INIT;
            S_tok_key(&k1, &r, c->tok_from);
            size_t hit;
            if (k1.len && !(rg_map_get(cues, k1.ptr, k1.len, &hit) && hit == S_CUE_ORG)) {
                S_lone_person(&r, c, c->tok_from, c->tok_from);
                c->why = "capitalised word listed beside a person";
            }
            rg_buf_free(&k1);
        }

    rg_map_free(cues);
    /* a headline's lone word before a speech verb ("SUBROTO SAYS ...")
     * is the person the story names so */
    for (size_t i = 0; i < n; i++) {
        rg_cand *c = &cv[i];
        if (c->type != RG_PERSON || c->lex_kind != -1 || c->entity >= 0 || c->item != -2 ||
            c->tok_to != c->tok_from + 1 || !(seg->tok[c->tok_from].flags & T_TITLECASE) ||
            !S_speech_after(&r, c->tok_to))
            continue;
        S_lone_key(&key, &r, c->tok_from);
        size_t e;
        if (rg_map_get(r.by_key, key.ptr, key.len, &e)) {
            c->entity = (int)e;
            c->why = "headline word a speech verb follows, named so in the story";
        }
    }
    rg_map_free(by_last_key);
    if (by_penult_key) rg_map_free(by_penult_key);
    rg_map_free(by_first_key);
    rg_map_free(alias_key);
    rg_map_free(org_short);

    /* 4. acronyms: how often each tentative one occurs, then each */
    rg_map *acro_count = rg_map_new();
    for (size_t i = 0; i < n; i++) {
        if (cv[i].type != RG_GROUP || cv[i].item != -2) continue;
        size_t k = 0;
        rg_map_get(acro_count, r.text + cv[i].start, cv[i].end - cv[i].start, &k);
        rg_map_put(acro_count, r.text + cv[i].start, cv[i].end - cv[i].start, k + 1);
    }
    for (size_t i = 0; i < n; i++) {
        rg_cand *c = &cv[i];
        if (c->type != RG_GROUP || c->item != -2 || c->entity >= 0) continue;
        rg_buf_clear(&sur);
        S_surface(&sur, &r, c->start, c->end, 0);
        /* defined right here: "Long Name (LN)" */
        size_t k = c->tok_from;
        if (k >= 2 && seg->tok[k - 1].end - seg->tok[k - 1].start == 1 && r.text[seg->tok[k - 1].start] == '(') {
            for (size_t j = i; j-- > 0;) {
                if (cv[j].tok_to == k - 1 && cv[j].entity >= 0 && cv[j].type == RG_GROUP) {
                    c->entity = cv[j].entity;
                    c->why = "acronym defined in parentheses";
                }
                if (cv[j].tok_to < k - 1) break;
            }
        }
        for (size_t e = 0; c->entity < 0 && e < doc->n_entities; e++) {
            if (doc->entities[e].type != RG_GROUP) continue;
            /* (in another order too, when no company's: a ticker is no
             * acronym of the name, "CIR" of Rockwell International Corp) */
            if (S_initials_match(sur.ptr, doc->entities[e].label) ||
                (S_initials_permuted(sur.ptr, doc->entities[e].label) && !S_company_name(lex, doc->entities[e].label))) {
                c->entity = (int)e;
                c->why = "acronym of a group in the document";
            }
        }
        if (c->entity < 0) {
            size_t seen = 0;
            rg_map_get(acro_count, sur.ptr, sur.len, &seen);
            /* once is enough after an organisation's or group's noun:
             * "maritime security agency UKMTO", "rebel group ADF" */
            size_t b = c->tok_from;
            int noun = b > 0 && (seg->tok[b - 1].flags & T_LOWER) && seg->tok[b - 1].sent == seg->tok[b].sent &&
                       (rg_tok_wf(seg, b - 1, W_ORG_NOUN) || rg_tok_wf(seg, b - 1, W_GROUP_NOUN));
            /* and after a country's possessive: "Bolivia's YPFB",
             * "Kenya's KDF" are that country's (the country qualifies it
             * and is no party of its own) */
            int owner = -1;
            if (b >= 2 && (seg->tok[b - 1].flags & T_POSS) && r.cand_to[b - 1] >= 0) {
                const rg_cand *o = &cv[r.cand_to[b - 1]];
                if ((o->lex_kind == LEX_COUNTRY || o->lex_kind == LEX_DEMONYM) && o->type == RG_COUNTRY) owner = o->country;
            }
            if (owner >= 0) noun = 1;
            /* and once in running text, as a sentence's word ("Chadema's
             * leader", "the CGT staged a strike"): news spells out few
             * acronyms of groups, and the acronyms of things, units and
             * time zones are nonnames; not a headline's, nor a ticker in
             * angle brackets ("<XON>") */
            /* (nor a line's one word, a sign-off: "REUTER") */
            int alone = (b == 0 || seg->tok[b - 1].sent != seg->tok[b].sent) &&
                        (c->tok_to >= seg->n_tok || seg->tok[c->tok_to].sent != seg->tok[b].sent ||
                         (seg->tok[c->tok_to].flags & T_PUNCT));
            /* (nor shouted text, "FLASH: KERRY SAYS ... NO CLARITY ON
             * NEW", where capitals say nothing: a common word, or a
             * word in capitals beside it) */
            int shout = rg_tok_wf(seg, b, W_COMMON) || S_caps_beside(seg, b, -1) || S_caps_beside(seg, c->tok_to - 1, +1);
            int running = !(seg->tok[b].flags & T_TITLECASE) && !alone && !shout && !(b > 0 && S_tok_char(&r, b - 1, '<'));
            if ((seen >= 2 || noun || running) && sur.len >= 3) {
                rg_buf_clear(&key);
                rg_buf_puts(&key, "group:");
                rg_slug(&key, sur.ptr, sur.len);
                c->entity = S_entity(&r, key.ptr, RG_GROUP, sur.ptr, 0);
                c->why = seen >= 2    ? "acronym seen more than once"
                         : owner >= 0 ? "acronym after a country's possessive"
                         : noun       ? "acronym after an organisation's or group's noun"
                                      : "acronym in running text";
                if (owner >= 0) {
                    S_vote(&r, c->entity, owner, 2);
                    cv[r.cand_to[b - 1]].flags |= RG_MENTION_MODIFIER;
                }
            }
        }
    }

    rg_map_free(acro_count);

    /* 5. aliases, roles, affiliation votes, mentions */
    for (size_t i = 0; i < n; i++) {
        rg_cand *c = &cv[i];
        if (c->entity < 0) continue;
        rg_entity *e = &doc->entities[c->entity];
        e->mentions++;
        rg_buf_clear(&sur);
        if (c->type == RG_PERSON) {
            size_t f, l;
            S_name_parts(&r, c, &f, &l);
            size_t from = c->tok_from;
            /* "MR DE MISTURA": keep the particle, Title Case it */
            S_surface(&sur, &r, seg->tok[from].start, c->end, (seg->tok[from].flags & T_UPPER) != 0);
            if (c->title >= 0 && !(lex->titles[c->title].flags & TITLE_HONORIFIC))
                S_role(e, lex->titles[c->title].canonical);
            if (c->title >= 0) r.pk[c->entity].offices |= lex->titles[c->title].offices;
            if (c->country >= 0) S_vote(&r, c->entity, c->country, c->title >= 0 && c->country == lex->titles[c->title].country ? 1 : 2);
            int app;
            int cc = S_after_name_country(&r, c->tok_to, &app);
            if (cc >= 0) {
                S_vote(&r, c->entity, cv[cc].country, 2);
                cv[cc].flags |= RG_MENTION_MODIFIER;
            }
            cc = S_before_name_country(&r, c);
            if (cc >= 0) {
                S_vote(&r, c->entity, cv[cc].country, 2);
                cv[cc].flags |= RG_MENTION_MODIFIER;
            }
            int ta = S_title_after_name(&r, c->tok_to);
            if (ta >= 0) {
                S_role(e, lex->titles[ta].canonical);
                r.pk[c->entity].offices |= lex->titles[ta].offices;
                S_vote(&r, c->entity, lex->titles[ta].country, 1);
            }
        } else {
            S_surface(&sur, &r, c->lex_kind == LEX_BODY && c->country >= 0 ? seg->tok[c->span_from].start : c->start,
                      c->end, 0);
        }
        S_alias(e, sur.ptr);
        RG_GROW(doc->mentions, cap_mentions, doc->n_mentions + 1);
        rg_mention *m = &doc->mentions[doc->n_mentions++];
        if (c->type == RG_PERSON) {
            m->start = seg->tok[c->tok_from].start;
            m->title_start = seg->tok[c->span_from].start;
        } else {
            m->start = m->title_start = c->start;
        }
        m->end = c->end;
        m->sentence = seg->tok[c->tok_from].sent;
        m->entity = c->entity;
        m->type = e->type;
        m->flags = c->flags;
        m->why = c->why;
    }
    /* modifiers flagged after their mention was copied */
    for (size_t i = 0, m = 0; i < n; i++) {
        if (cv[i].entity < 0) continue;
        doc->mentions[m++].flags = cv[i].flags;
    }

    /* 5a. the leaders table, only for people the text leaves without a
     * country (its own evidence always wins): a full name that held a
     * country's top office, or a lone surname under the title of that
     * office ("President Putin", "Foreign Minister Lavrov") or with no
     * title ("Trump"), belongs to that country; a name shared by holders
     * of several countries gives nothing; nor to a person the text
     * titles with an office of an international organisation, which he
     * holds for no country ("Secretary-General Antonio Guterres", once
     * Portugal's prime minister). Context (5b) no longer applies to
     * them. */
    for (size_t e = 0; e < doc->n_entities; e++) {
        const rg_entity *ent = &doc->entities[e];
        if (ent->type != RG_PERSON || r.aff[e].n || (r.pk[e].offices & OFFICE_INTL)) continue;
        int cc = -1;
        if (r.pk[e].multi) {
            rg_buf_clear(&key);
            rg_buf_puts(&key, r.pk[e].first);
            rg_buf_putc(&key, '-');
            rg_buf_puts(&key, r.pk[e].last);
            cc = rg_lexicon__leader(lex, 1, key.ptr, key.len, OFFICE_ANY);
        } else if (ent->single && strncmp(ent->key, "person:", 7) == 0) {
            /* under a title, a holder of that office; alone, a holder of
             * any ("Cuba denounced Trump": not Cuba's, by the sentence) */
            cc = rg_lexicon__leader(lex, 0, ent->key + 7, strlen(ent->key + 7),
                                    r.pk[e].offices ? r.pk[e].offices : OFFICE_ANY);
        }
        if (cc >= 0) S_vote(&r, (int)e, cc, 1);
        r.pk[e].shared = cc == -2;
    }

    /* 5b. affiliation from context, for people the steps above left
     * without any country:
     *  - a role reference elsewhere, "Syria's president", gives its
     *    country to the one person holding that title ("President Assad");
     *  - else the one country named in the sentence of a titled mention
     *    ("President Saleh ... the Yemeni conflict") is a weak vote. */
    S_context_affiliation(&r);

    /* 6. labels and affiliations */
    for (size_t i = 0; i < doc->n_entities; i++) {
        rg_entity *e = &doc->entities[i];
        if (!e->lexical && e->n_aliases) {
            /* people: the longest name; others: the most frequent form */
            size_t best = 0;
            for (size_t k = 1; k < e->n_aliases; k++) {
                const char *a = e->aliases[k], *b = e->aliases[best];
                int better;
                if (e->type == RG_PERSON) {
                    size_t sa = 0, sb = 0;
                    for (const char *p = a; *p; p++) sa += *p == ' ';
                    for (const char *p = b; *p; p++) sb += *p == ' ';
                    /* (ties: the name given first, "Robert Kyagulanyi,
                     * alias Bobi Wine") */
                    better = sa > sb || (sa == sb && e->alias_counts[k] > e->alias_counts[best]);
                } else if (rg_acronym_like(a) != rg_acronym_like(b)) {
                    /* a spelled-out name beats an acronym of it */
                    better = !rg_acronym_like(a);
                } else if (S_word_prefix(a, b) || S_word_prefix(b, a) || S_word_suffix(a, b) || S_word_suffix(b, a)) {
                    /* and the full name its short form ("Monsanto Corp",
                     * however often "Monsanto" follows; "Syrian
                     * opposition", however often "the opposition") */
                    better = S_word_prefix(b, a) || S_word_suffix(b, a);
                } else {
                    better = e->alias_counts[k] > e->alias_counts[best] ||
                             (e->alias_counts[k] == e->alias_counts[best] && strcmp(a, b) < 0);
                }
                if (better) best = k;
            }
            free(e->label);
            e->label = rg_xstrdup(e->aliases[best]);
        }
        const struct S_aff *a = &r.aff[i];
        if (a->n && e->type != RG_COUNTRY) {
            size_t best = 0;
            for (size_t k = 1; k < a->n; k++)
                if (a->votes[k] > a->votes[best] || (a->votes[k] == a->votes[best] && a->order[k] < a->order[best]))
                    best = k;
            const rg_country *k = &lex->countries[a->country[best]];
            rg_buf_clear(&key);
            rg_buf_puts(&key, "country:");
            rg_buf_puts(&key, k->code);
            e->affiliation = rg_xstrdup(key.ptr);
            e->affiliation_guessed = a->guessed;
            /* the country a person belongs to is an entity of the document
             * even where it is only implied by a title (mentions stay 0) */
            if (e->type == RG_PERSON && !rg_map_get(r.by_key, key.ptr, key.len, NULL)) {
                int ci = S_entity(&r, key.ptr, RG_COUNTRY, k->name, 1);
                doc->entities[ci].code = rg_xstrdup(k->code);
                e = &doc->entities[i]; /* the array moved */
            }
        }
        free(r.pk[i].first);
        free(r.pk[i].last);
    }
    /* a surname with its title is a form of the name too ("President
     * Bush", "Gen. Aoun"): an alias, added after the labels are chosen so
     * that it never becomes one */
    for (size_t i = 0; i < n; i++) {
        const rg_cand *c = &cv[i];
        if (c->entity < 0 || c->type != RG_PERSON || c->title < 0 || c->span_from >= c->tok_from ||
            c->tok_to != c->tok_from + 1)
            continue;
        rg_buf_clear(&sur);
        S_surface(&sur, &r, seg->tok[c->span_from].start, c->end, 0);
        S_alias(&doc->entities[c->entity], sur.ptr);
    }

    /* 7. speakers own the sentences after their label */
    size_t ci = 0; /* candidates and labels are both in text order: one pass */
    for (size_t l = 0; l < seg->n_labels; l++) {
        int ent = -1;
        while (ci < n && cv[ci].tok_from < seg->labels[l].tok_from) ci++;
        for (size_t i = ci; i < n && cv[i].tok_from < seg->labels[l].tok_to; i++)
            if ((cv[i].flags & RG_MENTION_SPEAKER) && cv[i].tok_to <= seg->labels[l].tok_to &&
                cv[i].entity >= 0 && doc->entities[cv[i].entity].type == RG_PERSON)
                ent = cv[i].entity;
        size_t from = seg->labels[l].sentence + 1;
        size_t to = l + 1 < seg->n_labels ? seg->labels[l + 1].sentence : doc->n_sentences;
        for (size_t s = from; s < to && s < doc->n_sentences; s++) doc->sentences[s].speaker = ent;
    }

    free(r.pk);
    free(r.aff);
    free(r.cand_from);
    free(r.cand_to);
    rg_map_free(r.by_key);
    rg_buf_free(&key);
    rg_buf_free(&sur);
}
