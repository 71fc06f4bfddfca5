/*
 * mentions.c: finds candidate mentions in one pass over the tokens.
 *
 * At each token we first ask the lexicon for its longest entry starting
 * there (countries, demonyms, capitals, organisations, national bodies,
 * places, titles, user entries). A few combinations are read as one:
 *
 *   COUNTRY ['s] BODY          "Russian Foreign Ministry": a group of that
 *                              country (or the country itself for
 *                              "government", "authorities"...)
 *   COUNTRY ['s] TITLE... NAME "Russian Foreign Minister Sergei Lavrov":
 *                              a person; the country only qualifies him
 *   COUNTRY ORG-of-COUNTRY     "U.S. State Department"
 *   TITLE... NAME              "President Putin", "spokeswoman Maria
 *                              Zakharova": a person whatever the name
 *
 * Where no entry starts, the name finder looks at capitalised tokens:
 *
 *   - a run of capitalised words containing an organisation word (Group,
 *     Council, Ministry, Front...) with at least one proper word is a
 *     group: "International Syria Support Group" (it wins over the
 *     country inside it);
 *   - otherwise a run of name tokens (capitalised words, initials, name
 *     particles such as de, al-, bin) is a person when its first word is a
 *     known given name, it has an initial or a particle, or nothing argues
 *     against it; a lone word or an unknown acronym is only a tentative
 *     candidate that resolve.c keeps when the document confirms it;
 *   - words that are common in lower case are not names where a capital
 *     proves nothing: at the start of a sentence or quote and in headline
 *     lines; month and day names, transcript markers (Laughter, QUESTION)
 *     and the like are never names.
 *
 * Hyphenated words that are not entries as a whole are tried part by part
 * ("Russia-sponsored", "U.S.-led", "Palestinian-Israeli").
 *
 * Speaker labels ("SECRETARY KERRY:") are read as title + name.
 */
#include "extract_private.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define NONE ((size_t)-1)
#define S_ORG_MAX 12 /* longest organisation name looked for, in tokens */

typedef struct {
    const rg_lexicon *lex;
    const rg_seg *seg;
    const char *text;
    rg_cands *out;
    size_t lim; /* end of the current sentence (token index) */
} S_ctx;

/* -------------------------------------------------------------- helpers */

static int S_tok_is(const S_ctx *c, size_t i, const char *lc)
{
    return i < c->seg->n_tok && strcmp(rg_tok_lc(c->seg, i), lc) == 0;
}

/* Whether token i (lower case) is one of the words of the NULL-ended list. */
static int S_tok_in(const S_ctx *c, size_t i, const char *const *list)
{
    if (i >= c->seg->n_tok) return 0;
    const char *lc = rg_tok_lc(c->seg, i);
    for (size_t k = 0; list[k]; k++)
        if (strcmp(lc, list[k]) == 0) return 1;
    return 0;
}

/* words that end a firm's name after "and": "Alex Brown and Sons Inc",
 * "Len M. House and Associates" (the legal forms are W_LEGAL) */
static const char *const S_firm_tails[] = {"sons", "brothers", "associates", "assoc", "partners", "company",
                                           "daughters", NULL};

static int S_punct(const S_ctx *c, size_t i, char ch)
{
    if (i >= c->seg->n_tok) return 0;
    const rg_token *t = &c->seg->tok[i];
    return (t->flags & T_PUNCT) && t->end - t->start == 1 && c->text[t->start] == ch;
}

#define S_word_in(c, w, i) rg_tok_wf((c)->seg, (i), (w))

/* Best (longest, then by kind priority) lexicon entry at token i whose
 * kind is in mask; sets *e. Returns the tokens matched, or 0. */
static size_t S_best(const S_ctx *c, size_t i, unsigned mask, const rg_lex_entry **e)
{
    static const int prio[LEX_KIND_COUNT] = {
        [LEX_ORG] = 8, [LEX_COUNTRY] = 7, [LEX_PERSON] = 6, [LEX_BODY] = 5,
        [LEX_DEMONYM] = 4, [LEX_CAPITAL] = 3, [LEX_PLACE] = 2, [LEX_TITLE] = 1, [LEX_VERB] = 0};
    if (i >= c->lim) return 0;
    const rg_token *t = &c->seg->tok[i];
    if (t->flags & T_PUNCT) return 0;
    const struct rg_bucket *b = c->seg->bk[i];
    if (!b) return 0;
    size_t best = 0;
    int best_prio = -1;
    for (size_t k = 0; k < b->n; k++) {
        const rg_lex_entry *x = &c->lex->entries[b->ids[k]];
        if (!(mask & (1u << x->kind))) continue;
        if (x->ntok < best) break; /* longest first */
        size_t n = rg_lexicon__match(c->lex, x, c->seg, c->text, i, c->lim);
        if (!n) continue;
        if (n > best || (n == best && prio[x->kind] > best_prio)) {
            best = n;
            best_prio = prio[x->kind];
            *e = x;
        }
    }
    return best;
}

#define M_ENTITY ((1u << LEX_COUNTRY) | (1u << LEX_DEMONYM) | (1u << LEX_CAPITAL) | (1u << LEX_ORG) | \
                  (1u << LEX_BODY) | (1u << LEX_PLACE) | (1u << LEX_TITLE) | (1u << LEX_PERSON))
#define M_PLACE_LIKE ((1u << LEX_COUNTRY) | (1u << LEX_DEMONYM) | (1u << LEX_CAPITAL) | (1u << LEX_PLACE))

static rg_cand *S_emit(S_ctx *c, size_t from, size_t to, rg_type type, const char *why)
{
    RG_GROW(c->out->c, c->out->cap, c->out->n + 1);
    rg_cand *x = &c->out->c[c->out->n++];
    memset(x, 0, sizeof *x);
    x->tok_from = from;
    x->tok_to = to;
    x->span_from = from;
    x->start = c->seg->tok[from].start;
    x->end = c->seg->tok[to - 1].end;
    x->type = type;
    x->lex_kind = -1;
    x->item = -1;
    x->country = -1;
    x->title = -1;
    x->body = -1;
    x->entity = -1;
    x->why = why;
    return x;
}

/* Where a capital proves nothing: sentence or quote start, headlines. */
static int S_startlike(const S_ctx *c, size_t i)
{
    const rg_token *t = &c->seg->tok[i];
    if (t->flags & (T_SSTART | T_TITLECASE | T_LSTART)) return 1;
    if (i == 0) return 1;
    const rg_token *p = &c->seg->tok[i - 1];
    if ((p->flags & T_PUNCT) && p->end - p->start == 1 && strchr("\"'(:-[;", c->text[p->start])) return 1;
    return 0;
}

/* An article or demonstrative, in any case. */
static int S_determiner(const S_ctx *c, size_t i)
{
    static const char *const det[] = {"the", "a", "an", "this", "that", "these", "those", NULL};
    return S_tok_in(c, i, det);
}

/* A token that can be part of a name. */
static int S_name_tok(const S_ctx *c, size_t i)
{
    const rg_token *t = &c->seg->tok[i];
    if (!(t->flags & T_WORD) || (t->flags & T_NUM)) return 0;
    if (t->flags & T_INITIAL) return 1;
    if (!(t->flags & (T_CAP | T_UPPER))) {
        /* al-Assad, bin-Salman: a particle joined by a hyphen to a capital */
        const char *lc = rg_tok_lc(c->seg, i);
        const char *h = strchr(lc, '-');
        if (h && (rg_lexicon__wf(c->lex, lc, (size_t)(h - lc)) & W_PARTICLE)) {
            size_t off = t->start + (size_t)(h - lc) + 1;
            return off < t->end && isupper((unsigned char)c->text[off]);
        }
        return 0;
    }
    if (S_word_in(c, W_NONNAME, i)) return 0;
    /* an ALL CAPS common word ("HAD", "SAYS"): capitals in shouted text
     * say nothing */
    if ((t->flags & T_UPPER) && t->end - t->start > 1 && S_word_in(c, W_COMMON, i)) return 0;
    return 1;
}

static int S_particle(const S_ctx *c, size_t i)
{
    const rg_token *t = &c->seg->tok[i];
    return (t->flags & T_WORD) && !(t->flags & T_CAP) && S_word_in(c, W_PARTICLE, i);
}

/* The title word at j is a surname in the name that starts at i: a
 * given name leads the name and no name follows the title, or only
 * "Jr."/"Sr." does ("John Major said", "Stephen King wrote", "Martin
 * Luther King Jr."). A title is followed by the name it titles, so one
 * with none after it cannot be a title. */
static int S_title_as_surname(const S_ctx *c, size_t i, size_t j)
{
    const rg_token *t = &c->seg->tok[j];
    if (!(t->flags & T_CAP) || (t->flags & (T_UPPER | T_TITLECASE))) return 0;
    size_t g = i;
    while (g < j && !S_word_in(c, W_GIVEN, g)) g++;
    if (g == j) return 0;
    if (j + 1 >= c->lim || !S_name_tok(c, j + 1)) return 1;
    return S_tok_is(c, j + 1, "jr.") || S_tok_is(c, j + 1, "sr.");
}

/* Whether token j is a headline's verb: in a Title Case line, a verb of
 * speech or a present-tense verb of the interaction table ("Kim Jong Un
 * Declares South Korea 'Primary Foe'", "UN Chief Condemns Taliban Ban",
 * "Pakistan Says"), whose capital is the headline's, not a name's. */
static int S_headline_verb(const S_ctx *c, size_t j)
{
    const rg_token *t = &c->seg->tok[j];
    if (!(t->flags & T_TITLECASE) || (t->flags & T_UPPER)) return 0;
    if (S_word_in(c, W_SAY, j)) return 1;
    const rg_lex_entry *e;
    const char *lc = rg_tok_lc(c->seg, j);
    size_t n = strlen(lc);
    return n > 3 && lc[n - 1] == 's' && lc[n - 2] != 's' && S_best(c, j, 1u << LEX_VERB, &e) == 1 &&
           !c->lex->verbs[e->item].noun;
}

/* End of a run of name tokens from i (exclusive); at most 6 tokens. Stops
 * before a lexicon entity (other than at i itself), a possessive, a
 * common word after the first token, a headline's verb. */
static size_t S_name_run(const S_ctx *c, size_t i)
{
    size_t j = i, names = 0;
    while (j < c->lim && j - i < 6) {
        if (S_name_tok(c, j) && !S_headline_verb(c, j)) {
            if (j > i) {
                const rg_lex_entry *e;
                size_t n = S_best(c, j, M_ENTITY & ~(1u << LEX_PERSON), &e);
                /* a one-word place right after a given name is a surname:
                 * "William Rhodes", "George Washington"; so is a country
                 * or demonym when no capitalised word follows ("Luis
                 * Montenegro said", "Volker Turk called"; "talks with
                 * Jordan" has no given name before it, and "Ana Kenya
                 * Airways" is a list) */
                unsigned both = c->seg->tok[j - 1].flags | c->seg->tok[j].flags;
                int nation = n == 1 && (e->kind == LEX_COUNTRY || e->kind == LEX_DEMONYM) &&
                             !(j + 1 < c->lim && (c->seg->tok[j + 1].flags & (T_CAP | T_UPPER)));
                /* (and a one-word organisation after two given names:
                 * "Tarek William Saab", "Mary Anne Shell") */
                int firm = n == 1 && e->kind == LEX_ORG && j >= i + 2 && S_word_in(c, W_GIVEN, j - 2);
                /* "Juan Orlando Hernández": a place inside the name when
                 * a name word follows; then the word before it may be one
                 * the lexicon does not know at all, opening the run
                 * ("spokesman Abdifatah Aden Hassan") */
                const rg_lex_entry *f;
                int inside = n == 1 && (e->kind == LEX_PLACE || e->kind == LEX_CAPITAL || firm) && !nation &&
                             j + 1 < c->lim && S_name_tok(c, j + 1) &&
                             (c->seg->tok[j + 1].flags & T_CAP) &&
                             !(c->seg->tok[j + 1].flags & (T_UPPER | T_TITLECASE)) &&
                             !S_word_in(c, W_COMMON, j + 1) && !S_best(c, j + 1, M_ENTITY & ~(1u << LEX_PERSON), &f);
                int unknown = inside && e->kind == LEX_PLACE && j == i + 1 && !c->seg->bk[i] && !c->seg->wf[i];
                /* (or after a given name and a word the lexicon does not
                 * know, ending the name: "Therese Kayikwamba Wagner") */
                if (firm && !S_word_in(c, W_GIVEN, j - 1) && !c->seg->bk[j - 1] && !c->seg->wf[j - 1] &&
                    !(j + 1 < c->lim && (c->seg->tok[j + 1].flags & (T_CAP | T_UPPER))))
                    unknown = 1;
                if (n == 1 && (e->kind == LEX_PLACE || e->kind == LEX_CAPITAL || nation || firm) &&
                    (S_word_in(c, W_GIVEN, j - 1) || unknown) && !S_word_in(c, W_COMMON, j - 1) &&
                    !(both & T_TITLECASE) && (c->seg->tok[j].flags & T_CAP) && !(c->seg->tok[j].flags & T_UPPER)) {
                    j++;
                    names++;
                    if (inside) continue;
                    break;
                }
                /* "Hassan Sheikh Mohamud", "Abdullahi Haji Ismail": a
                 * one-word title between a given name and a name is the
                 * name's middle word (titles precede the whole name); not
                 * an office written in lower case too ("K Mart Chairman
                 * Bernard Fauber") or an abbreviated rank ("Marine Cpl.") */
                if (n == 1 && e->kind == LEX_TITLE && S_word_in(c, W_GIVEN, j - 1) && j + 1 < c->lim &&
                    !(c->lex->titles[e->item].flags & (TITLE_LOWER | TITLE_ABBREV)) &&
                    S_name_tok(c, j + 1) && (c->seg->tok[j + 1].flags & T_CAP) &&
                    !((c->seg->tok[j].flags | c->seg->tok[j + 1].flags) & (T_UPPER | T_TITLECASE)) &&
                    !S_word_in(c, W_COMMON, j + 1) && !S_best(c, j + 1, M_ENTITY | (1u << LEX_TITLE), &e)) {
                    j++;
                    names++;
                    continue;
                }
                if (n && !(n == 1 && e->kind == LEX_TITLE && S_title_as_surname(c, i, j))) break;
                /* a common word ends the name, except as the surname right
                 * after a given name: "Condoleezza Rice", "Gordon Brown" */
                if (S_word_in(c, W_COMMON, j) && !S_word_in(c, W_GIVEN, j)) {
                    if (!(S_word_in(c, W_GIVEN, j - 1) && (c->seg->tok[j].flags & T_CAP) &&
                          !(c->seg->tok[j].flags & T_TITLECASE)))
                        break;
                    j++;
                    names++;
                    break;
                }
            }
            j++;
            names++;
            continue;
        }
        /* a nickname in quotes between a given name and the surname:
         * Joaquín "El Chapo" Guzmán, Jimmy "Barbecue" Chérizier (one to
         * three capitalised words; resolve.c keys the name by its first
         * and last words) */
        if (j > i && S_tok_is(c, j, "\"") && S_word_in(c, W_GIVEN, j - 1)) {
            size_t q = j + 1;
            while (q < c->lim && q < j + 4 && (c->seg->tok[q].flags & T_CAP) && !S_tok_is(c, q, "\"")) q++;
            if (q > j + 1 && q + 1 < c->lim && S_tok_is(c, q, "\"") && S_name_tok(c, q + 1) &&
                (c->seg->tok[q + 1].flags & T_CAP) && !(c->seg->tok[q + 1].flags & (T_UPPER | T_TITLECASE)) &&
                !S_word_in(c, W_COMMON, q + 1)) {
                j = q + 2;
                names++;
                continue;
            }
        }
        /* particles inside a name: Staffan de Mistura, Mohammed bin Salman,
         * Joost van der Westhuizen, Guadalupe de la Cruz */
        size_t p = j;
        while (p < c->lim && p < j + 3 && S_particle(c, p)) p++;
        if (j > i && p > j && p < c->lim && S_name_tok(c, p) && (c->seg->tok[p].flags & T_CAP)) {
            j = p;
            continue;
        }
        break;
    }
    /* a particle before a word the run stopped at is not the name's
     * ("Commercial de Paris": the place ends it) */
    while (j > i && S_particle(c, j - 1)) j--;
    return names ? j : i;
}

/* ------------------------------------------------------ organisation runs */

/* The small words inside organisation names: "Bank of England", "Fund
 * for Peace", "Council on Foreign Relations", "Banco de Chile". */
static int S_connector(const S_ctx *c, size_t j)
{
    return S_tok_is(c, j, "of") || S_tok_is(c, j, "for") || S_tok_is(c, j, "the") || S_tok_is(c, j, "and") ||
           S_tok_is(c, j, "on") || S_tok_is(c, j, "de");
}

/* Token k is a company's legal suffix, which ends its name: Corp, Inc,
 * Ltd, PLC, AG, ... */
static int S_legal_suffix(const S_ctx *c, size_t k) { return S_word_in(c, W_LEGAL, k); }

/* The country of the country, demonym, capital or place named at token
 * i (-1 for a place of no one country), or -2 when none is named there;
 * *kind: 0 a country or demonym, 1 a region, 2 another place, 3 a
 * capital. */
static int S_place_country(const S_ctx *c, size_t i, int *kind)
{
    const rg_lex_entry *e;
    *kind = 0;
    if (!S_best(c, i, M_PLACE_LIKE, &e)) return -2;
    if (e->kind == LEX_CAPITAL) *kind = 3;
    if (e->kind != LEX_PLACE) return (int)e->item;
    *kind = c->lex->places[e->item].region ? 1 : 2;
    return c->lex->places[e->item].country;
}

/* A ministry's list of portfolios at the comma at token j, after its
 * "of": ", Sports and Tourism", ", Culture, Tourism and the Creative
 * Economy" (items of one to three capitalised words, no place, given
 * name or organisation word: "the Ministry of Defence, Russia and China"
 * and "the Bank of Commerce, Lloyds Bank and Barclays" are three; nor
 * after a place: "the State Bank of India, Grindlays and MecFint").
 * Returns the first token of the last item, or NONE. */
static size_t S_portfolio_list(const S_ctx *c, size_t j, size_t lim)
{
    size_t k = j;
    const rg_lex_entry *pe;
    for (size_t p = j > 4 ? j - 4 : 0; p < j; p++)
        if (S_best(c, p, M_PLACE_LIKE, &pe) == j - p) return NONE;
    while (k < lim && S_punct(c, k, ',')) {
        for (int last = 0; !last;) {
            size_t w = ++k;
            if (k < lim && S_tok_is(c, k - 1, "and") && S_tok_is(c, k, "the")) w = ++k;
            const rg_lex_entry *e;
            while (k < lim && k < w + 3 && (c->seg->tok[k].flags & T_WORD) && (c->seg->tok[k].flags & T_CAP) &&
                   !(c->seg->tok[k].flags & (T_NUM | T_TITLECASE)) && !S_word_in(c, W_GIVEN, k) &&
                   !S_word_in(c, W_NONNAME, k) && !S_word_in(c, W_ORGWORD, k) && !S_best(c, k, M_PLACE_LIKE, &e))
                k++;
            if (k == w) return NONE;
            if (S_tok_is(c, w - 1, "and") || S_tok_is(c, w - 1, "the")) {
                if (k < lim && (c->seg->tok[k].flags & T_CAP)) return NONE;
                return w;
            }
            last = !(k < lim && S_tok_is(c, k, "and"));
        }
    }
    return NONE;
}

/* The end of a body's name matched at [j, to): past its portfolios
 * when the match ends in "of" and a word and a list follows ("Ministry
 * of Culture" + ", Sports and Tourism"); else to. */
static size_t S_portfolio_end(const S_ctx *c, size_t j, size_t to)
{
    if (to < j + 3 || !S_tok_is(c, to - 2, "of")) return to;
    size_t w = S_portfolio_list(c, to, c->lim);
    if (w == NONE) return to;
    size_t k = w;
    while (k < c->lim && k < w + 3 && (c->seg->tok[k].flags & T_WORD) && (c->seg->tok[k].flags & T_CAP)) k++;
    return k;
}

/* A run of capitalised words (with of/for/the/and/on/de between them)
 * that contains an organisation word and at least one proper word, from
 * i. Returns its end or NONE. Stops where a lexicon organisation, body or
 * title starts after i, so "Russian Foreign Ministry" stays a body. */
/* Whether token k is the last word of a person's full name (two words
 * or more: a lone capitalised word is tentatively a person until
 * resolve.c decides) found before it in the document (the last
 * PERSON_LOOKBACK candidates). */
#define PERSON_LOOKBACK 64
static int S_person_last_word(const S_ctx *c, size_t k)
{
    const char *w = rg_tok_lc(c->seg, k);
    for (size_t n = c->out->n, steps = 0; n > 0 && steps < PERSON_LOOKBACK; n--, steps++) {
        const rg_cand *x = &c->out->c[n - 1];
        if (x->type == RG_PERSON && x->tok_to >= x->tok_from + 2 && x->tok_to <= k &&
            strcmp(rg_tok_lc(c->seg, x->tok_to - 1), w) == 0)
            return 1;
    }
    return 0;
}

static size_t S_org_run(const S_ctx *c, size_t i)
{
    size_t j = i, end = NONE;
    int proper = 0, proper_in = 0, orgword = 0, seen_of = 0, after_and = 0;
    /* organisation names are short; the cap keeps a page of capitalised
     * words linear */
    size_t lim = c->lim < i + S_ORG_MAX ? c->lim : i + S_ORG_MAX;
    while (j < lim) {
        const rg_token *t = &c->seg->tok[j];
        if ((t->flags & T_WORD) && (t->flags & (T_CAP | T_UPPER)) && !(t->flags & T_NUM)) {
            if (S_word_in(c, W_NONNAME, j) || S_headline_verb(c, j)) break;
            /* "Leader of the Opposition in the Lok Sabha Rahul Gandhi",
             * "Trident Seafoods Corp. Charles Bundrant": a given name
             * after the name's organisation word (not its first word),
             * with capitalised words after it and no organisation word
             * among them, opens a person named after the organisation */
            if (end != NONE && end == j && end > i + 1 && S_word_in(c, W_GIVEN, j) && !S_word_in(c, W_ORGWORD, j) &&
                !(t->flags & (T_UPPER | T_TITLECASE)) && j + 1 < lim && (c->seg->tok[j + 1].flags & T_CAP)) {
                size_t r = j + 1;
                while (r < lim && (c->seg->tok[r].flags & T_CAP) && !S_word_in(c, W_ORGWORD, r)) r++;
                /* (not "Bank Julius Baer and Co": the name runs on) */
                if (r == lim || (!(c->seg->tok[r].flags & T_CAP) && !S_tok_is(c, r, "and") && !S_tok_is(c, r, "of") &&
                                 !S_punct(c, r, '&')))
                    break;
            }
            /* a headline capitalises its grammar words too: "FIRST
             * CHICAGO BANK IN DEAL WITH MEXICO" ends at IN (names keep
             * of/for/the/and/on/de, and "Reporters Without Borders") */
            if (j > i && (t->flags & T_TITLECASE) && S_word_in(c, W_STOP, j) && !S_connector(c, j) &&
                !S_tok_is(c, j, "without"))
                break;
            /* in capitals, a legal suffix ends the name ("FUNDING CORP
             * EXTENDS WARRANT PERIOD", "... Co Ltd. REUTER"); another
             * suffix or OF may follow ("PUBLIC SERVICE CO OF COLORADO").
             * In mixed case words after it may still be the name's
             * ("Swiss Bank Corp International") */
            if (j > i + 1 && (t->flags & T_UPPER) && t->end - t->start > 1 && S_legal_suffix(c, j - 1) &&
                !S_legal_suffix(c, j) && !S_tok_is(c, j, "of"))
                break;
            if (j > i) {
                const rg_lex_entry *e;
                size_t n = S_best(c, j, (1u << LEX_ORG) | (1u << LEX_BODY) | (1u << LEX_TITLE), &e);
                /* "Department of State Services": the word for the state
                 * itself after "of" is the name's common word */
                if (n == 1 && e->kind == LEX_BODY && c->lex->bodies[e->item].to_country && S_tok_is(c, j - 1, "of"))
                    n = 0;
                /* "the Office of the Attorney General": a title after
                 * "of the" names whose office it is */
                if (n && e->kind == LEX_TITLE && orgword && j >= i + 3 && S_tok_is(c, j - 1, "the") &&
                    S_tok_is(c, j - 2, "of") && !(t->flags & T_TITLECASE)) {
                    j += n;
                    end = j;
                    proper = proper_in = 1;
                    continue;
                }
                /* a name that opens with a place and runs on over another
                 * country's organisation words to an organisation word of
                 * its own: "Dhaka Metropolitan Police", "Nigeria Labour
                 * Congress", "Uganda Red Cross" (not "U.S. Congress": the
                 * place's own organisation, qualified; an international
                 * one only after a country: "Toronto World Bank" is
                 * where; no headline's capitals); a region's body in
                 * capitals: "Punjab Police", and a region's own
                 * government with a word between ("Tigray Interim
                 * Administration"; "the Punjab government" is the
                 * country's) */
                int pk, pc = n ? S_place_country(c, i, &pk) : -2;
                if (pc != -2 && j + n <= lim && S_word_in(c, W_ORGWORD, j + n - 1) &&
                    !((t->flags | c->seg->tok[i].flags) & (T_UPPER | T_TITLECASE)) &&
                    ((e->kind == LEX_ORG && c->lex->orgs[e->item].type == RG_GROUP &&
                      (c->lex->orgs[e->item].country >= 0 ? c->lex->orgs[e->item].country != pc : pk == 0)) ||
                     (e->kind == LEX_BODY && pk == 1 && !c->lex->bodies[e->item].media &&
                      (!c->lex->bodies[e->item].to_country || j > i + 1)))) {
                    j += n;
                    end = j;
                    orgword = proper = proper_in = 1;
                    continue;
                }
                /* capitalised media words are a name's ("American
                 * Television and Communications Corp") */
                if (n && e->kind == LEX_BODY && c->lex->bodies[e->item].media) n = 0;
                /* a body's words after the name's own organisation word
                 * are the name's: "Myanmar National Democratic Alliance
                 * Army", "New Jersey Board of Public Utilities" (not after
                 * "and": "the X Commission and State police" are two) */
                if (n && e->kind == LEX_BODY && orgword && proper && !(t->flags & T_TITLECASE) &&
                    !c->lex->bodies[e->item].media && !S_tok_is(c, j - 1, "and")) {
                    j += n;
                    end = j;
                    proper_in = 1;
                    continue;
                }
                if (n && e->kind == LEX_BODY && proper && !(t->flags & T_TITLECASE) &&
                    !S_best(c, i, M_PLACE_LIKE, &e)) {
                    /* a national body's words after a proper name that is
                     * no country or place: "Borland Space Agency" is one
                     * organisation ("Russian Space Agency" never gets here;
                     * a headline's capitals prove nothing) */
                    j += n;
                    end = j;
                    orgword = 1;
                    proper_in = 1;
                    continue;
                }
                /* a known organisation of one word (a common word, or
                 * any after "of"; no acronym) after the name's own
                 * organisation word is the name's last word, and its
                 * proper one: "Trades Union Congress", "General
                 * Confederation of Labour" (not after "and": "the
                 * Commission and Congress" are two; not in a headline's
                 * capitals) */
                if (n == 1 && e->kind == LEX_ORG && orgword && !(t->flags & (T_UPPER | T_TITLECASE)) &&
                    !S_tok_is(c, j - 1, "and") &&
                    (S_word_in(c, W_ORGWORD, j) || S_word_in(c, W_COMMON, j) || S_tok_is(c, j - 1, "of"))) {
                    j++;
                    end = j;
                    proper = proper_in = 1;
                    continue;
                }
                if (n && !(e->kind == LEX_ORG && j + n < c->lim && S_name_tok(c, j + n)))
                    break;
            }
            /* "Security Council Resolution 1559": the body's resolution
             * is a document, no word of its name */
            if (end == j && orgword && (S_tok_is(c, j, "resolution") || S_tok_is(c, j, "resolutions"))) break;
            /* (a particle that is also a legal form is the particle but
             * in capitals: "Iyad Ag Ghaly", "Siemens AG") */
            int ow = S_word_in(c, W_ORGWORD, j) && !(S_word_in(c, W_PARTICLE, j) && !(t->flags & T_UPPER));
            if (ow) {
                orgword = 1;
            } else if (!S_word_in(c, W_COMMON, j) || S_word_in(c, W_GIVEN, j)) {
                proper = 1;
            } else {
                const rg_lex_entry *e;
                if (S_best(c, j, M_PLACE_LIKE, &e)) proper = 1;
            }
            /* in a headline every word is capitalised: the name ends at
             * its last organisation word ("BANK OF ENGLAND LENDS ONE
             * BILLION"), where in running text words after it may still
             * be the name's ("Swiss Bank Corp International") */
            int ends = !(t->flags & T_TITLECASE) || ow;
            /* after "and" and a name the lexicon knows or an acronym
             * only an organisation word ends it again: "Deutsche Bank
             * and British ...", "United Parcel Service and DHL" are two;
             * "Nippon Telegraph and Telephone" is one */
            if (after_and && !S_word_in(c, W_ORGWORD, j) && !S_legal_suffix(c, j)) ends = 0;
            else after_and = 0;
            j++;
            if (orgword && ends) {
                end = j;
                proper_in = proper; /* a proper word within [i, end) */
            }
            continue;
        }
        /* "Correspondents' Association", "People's Bank": a possessive
         * inside; not after a lone country or place, whose organisation
         * it is ("Sweden's Stora Kopparbergs Bergslags AB", "North
         * Korea's Lazarus Group") */
        const rg_lex_entry *pe;
        if (j > i && (t->flags & T_POSS) && j + 1 < lim && (c->seg->tok[j + 1].flags & T_CAP) &&
            S_best(c, i, M_PLACE_LIKE, &pe) != j - i) {
            /* (a person's, though, ends the run: "Vaclav Havel's Civic
             * Forum", "Aidid's Somali National Alliance": a proper word
             * and "'s", no organisation word yet, and a given name before
             * that word, or that word the last of a person's name found
             * before, or a known organisation after it; "McDonald's
             * Corp", "Moody's Japan K.K.", "St Louis Merchants' Exchange"
             * are one name) */
            if (!orgword && !S_word_in(c, W_COMMON, j - 1) && S_tok_is(c, j, "'s") &&
                ((j >= i + 2 && S_word_in(c, W_GIVEN, j - 2)) || S_person_last_word(c, j - 1) ||
                 S_best(c, j + 1, 1u << LEX_ORG, &pe)))
                break;
            /* a capitalised word with a possessive inside a name is the
             * name's own, common as it may be: "People's Party",
             * "Workers' Party" */
            if (c->seg->tok[j - 1].flags & T_CAP) proper = 1;
            j++;
            continue;
        }
        /* "Banco de la Republica", "Caisse des Depots": a connector and
         * an article */
        size_t cap = j + 1;
        if (cap + 1 < lim && S_tok_is(c, j, "de") && S_particle(c, cap)) cap++;
        /* "the Office of the Attorney General": after an organisation
         * word and no proper word (not "Exxon Corp of the U.S.": where
         * the company is) */
        if (cap + 1 < lim && orgword && !proper && S_tok_is(c, j, "of") && S_tok_is(c, cap, "the")) cap++;
        /* (not a date after it: "the Directorate of Criminal
         * Investigations on Sunday", "the European Union on Feb. 24") */
        if (j > i && cap < lim && (t->flags & T_WORD) && !(t->flags & T_CAP) && S_connector(c, j) &&
            (c->seg->tok[cap].flags & T_CAP) && !S_word_in(c, W_NONNAME, cap) &&
            !(cap + 1 < lim && S_tok_is(c, j, "on") && (c->seg->tok[cap + 1].flags & T_NUM))) {
            /* "Charles Jensen of MKI Securities": a person and where he
             * works, not one name; a run that opens with a given name and
             * has no organisation word yet ends before "of" */
            if (!orgword && S_tok_is(c, j, "of") && S_word_in(c, W_GIVEN, i)) break;
            /* and so does "and" after a given name and a surname, two or
             * three plain words ("Olaf Scholz and Chamber of Deputies
             * chairman X"; not after one word, "Bill and Melinda Gates
             * Foundation", nor before what ends a firm's name: "Samuel
             * Montagu and Co", "Alex Brown and Sons Inc", "Len M. House
             * and Associates") */
            if (!orgword && S_tok_is(c, j, "and") && j >= i + 2 && j <= i + 3 && S_word_in(c, W_GIVEN, i) &&
                !S_legal_suffix(c, cap) && !S_tok_in(c, cap, S_firm_tails)) {
                int plain = 1;
                for (size_t q = i; q < j && plain; q++)
                    plain = (c->seg->tok[q].flags & T_CAP) && !(c->seg->tok[q].flags & T_POSS);
                if (plain) break;
            }
            /* "and" right after a company's legal suffix joins two names
             * ("National Westminster Bank PLC and Dutch ...", "R.C. Stamm
             * and Co and Rosenkrantz ..."), unless a portfolio runs on
             * ("... of Trade and Industry"); after other organisation
             * words it is inside ("Nippon Telegraph and Telephone") */
            if (S_tok_is(c, j, "and") && S_legal_suffix(c, j - 1) && !seen_of) break;
            /* "the Unity Party and Tomas Vandle": after a whole name, a
             * given name and a capitalised word are a person's */
            if (S_tok_is(c, j, "and") && orgword && S_word_in(c, W_GIVEN, cap) && cap + 1 < lim &&
                (c->seg->tok[cap + 1].flags & T_CAP) && !S_word_in(c, W_ORGWORD, cap + 1))
                break;
            if (S_tok_is(c, j, "of") || S_tok_is(c, j, "for")) seen_of = 1;
            if (S_tok_is(c, j, "and") && orgword && !seen_of) {
                const rg_lex_entry *ae;
                const rg_token *at = &c->seg->tok[cap];
                if (S_best(c, cap, M_ENTITY & ~(1u << LEX_PERSON), &ae) ||
                    ((at->flags & T_UPPER) && !(t->flags & T_UPPER) && at->end - at->start > 1))
                    after_and = 1;
            }
            j = cap;
            continue;
        }
        /* "the Federal Ministry of Art, Culture, Tourism and the
         * Creative Economy": its portfolios */
        size_t last_item;
        if (j > i && seen_of && orgword && (last_item = S_portfolio_list(c, j, lim)) != NONE) {
            j = last_item;
            continue;
        }
        /* a partnership's comma: "Goldman, Sachs and Co", "Kidder,
         * Peabody and Co Inc" (names, a comma, a name, and/&, a legal form) */
        if (j > i && S_punct(c, j, ',') && j + 3 < lim && (c->seg->tok[j + 1].flags & T_CAP) &&
            !(c->seg->tok[j + 1].flags & T_TITLECASE) && !S_word_in(c, W_COMMON, j + 1) &&
            (S_tok_is(c, j + 2, "and") || S_punct(c, j + 2, '&')) && S_legal_suffix(c, j + 3)) {
            j++;
            continue;
        }
        if (j > i && S_punct(c, j, '&') && j + 1 < lim && (c->seg->tok[j + 1].flags & T_CAP)) {
            j++;
            continue;
        }
        break;
    }
    if (end == NONE || !orgword) return NONE;
    /* "Organization of Islamic Cooperation", "Bank of England": an
     * organisation word followed by of/for/on takes the rest of the run */
    if (end < j && (S_tok_is(c, end, "of") || S_tok_is(c, end, "for") || S_tok_is(c, end, "on"))) {
        if (c->seg->tok[end].flags & T_TITLECASE) {
            /* in a headline only a place is surely the name's: "BANK OF
             * NOVA SCOTIA", not "BANK OF ENGLAND LENDS ONE BILLION" */
            const rg_lex_entry *pe;
            size_t n = S_best(c, end + 1, M_PLACE_LIKE, &pe);
            if (n && end + 1 + n <= j) return end + 1 + n;
            return proper_in ? end : NONE;
        }
        size_t e = j;
        while (e > end && !(c->seg->tok[e - 1].flags & (T_CAP | T_UPPER))) e--;
        return proper ? e : NONE;
    }
    /* "the Party of Regions", "the Court of Appeal", "Society for
     * Savings", "the Commission on Elections": an organisation word,
     * of/for/on and capitalised words names one though every word is
     * common (a headline capitalises any) */
    if (!proper_in && S_word_in(c, W_ORGWORD, i) && i + 2 < end &&
        (S_tok_is(c, i + 1, "of") || S_tok_is(c, i + 1, "for") || S_tok_is(c, i + 1, "on")) &&
        !(c->seg->tok[i].flags & T_TITLECASE))
        return end;
    /* so do a common word, "and", and words that end in an organisation
     * word: "the Competition and Markets Authority", "the Securities and
     * Investments Board" (not two such words alone: "the Board and
     * Committee") */
    if (!proper_in && i + 3 <= end && S_tok_is(c, i + 1, "and") && S_word_in(c, W_ORGWORD, end - 1) &&
        !(end == i + 3 && S_word_in(c, W_ORGWORD, i)) && !(c->seg->tok[i].flags & T_TITLECASE))
        return end;
    /* the proper word must be the name's, not one after it that a
     * headline leaves out ("CAPITAL" of "CAPITAL CITIES/ABC") */
    return proper_in ? end : NONE;
}

/* -------------------------------------------------------------- persons */

/* Titles from i (a chain: "Deputy Foreign Minister", "Special Envoy").
 * Returns the end; *first_title set to the first title's index. */
static size_t S_titles(const S_ctx *c, size_t i, int *title, int *country)
{
    size_t j = i;
    const rg_lex_entry *e;
    size_t n;
    while ((n = S_best(c, j, 1u << LEX_TITLE, &e)) > 0) {
        const rg_title *tt = &c->lex->titles[e->item];
        if (*title < 0 || !(tt->flags & TITLE_HONORIFIC)) *title = (int)e->item;
        if (tt->country >= 0 && *country < 0) *country = tt->country;
        j += n;
    }
    return j;
}

/* A title's portfolio before the name: "Secretary of State for Trade
 * and Industry Paul Channon", "Under-Secretary for Economic Affairs
 * Allen Wallis". From i ("of" or "for"), capitalised words (with and,
 * of, the) up to a known given name that starts a name of two words or
 * more; returns that given name's token, or NONE. Without a given name
 * the portfolio and the name cannot be told apart. */
static size_t S_portfolio(const S_ctx *c, size_t i)
{
    if (i + 2 >= c->lim || !(S_tok_is(c, i, "of") || S_tok_is(c, i, "for"))) return NONE;
    for (size_t j = i + 1; j < c->lim && j < i + 8; j++) {
        const rg_token *t = &c->seg->tok[j];
        if (!(t->flags & T_WORD)) return NONE;
        if (!(t->flags & T_CAP)) {
            if (S_tok_is(c, j, "and") || S_tok_is(c, j, "of") || S_tok_is(c, j, "the")) continue;
            return NONE;
        }
        if (j > i + 1 && S_word_in(c, W_GIVEN, j) && !S_word_in(c, W_COMMON, j) && S_name_run(c, j) > j + 1)
            return j;
    }
    return NONE;
}

/* After a title: the name that follows, as a person. Returns the end, or
 * i when no name follows. */
/* Whether tokens [from, to) are the full name of a leader of the
 * leaders table, keyed as it keys them. */
static int S_leader_name(const S_ctx *c, size_t from, size_t to)
{
    rg_buf first = RG_BUF_INIT, last = RG_BUF_INIT;
    int hit = 0;
    if (rg_person_keys(&first, &last, c->lex, c->seg, c->text, from, to) == 2) {
        rg_buf_putc(&first, '-');
        rg_buf_put(&first, last.ptr, last.len);
        hit = rg_lexicon__leader(c->lex, 1, first.ptr, first.len, OFFICE_ANY) != -1;
    }
    rg_buf_free(&first);
    rg_buf_free(&last);
    return hit;
}

static size_t S_person_after_title(S_ctx *c, size_t span_from, size_t i, int title,
                                   int country, const char *why)
{
    size_t g = S_portfolio(c, i);
    if (g != NONE) i = g; /* the name; the title and its portfolio stay in the span */
    if (i >= c->lim || !S_name_tok(c, i)) return i;
    /* "President of Russia": a role, not a name */
    const rg_lex_entry *e;
    size_t n = S_best(c, i, M_ENTITY & ~(1u << LEX_PERSON), &e);
    /* a one-word place or country as a given name: "Health Minister Gao
     * Qiang", "Defence Minister Israel Katz" */
    const rg_lex_entry *e2;
    /* (a capital too: "Paraguayan President Santiago Peña") */
    int place_name = n == 1 && (e->kind == LEX_PLACE || e->kind == LEX_COUNTRY || e->kind == LEX_CAPITAL) &&
                     i + 1 < c->lim &&
                     S_name_tok(c, i + 1) && (c->seg->tok[i + 1].flags & T_CAP) &&
                     !((c->seg->tok[i].flags | c->seg->tok[i + 1].flags) & (T_UPPER | T_TITLECASE)) &&
                     !(e->kind == LEX_COUNTRY && S_word_in(c, W_COMMON, i + 1)) &&
                     !S_best(c, i + 1, M_ENTITY & ~(1u << LEX_PERSON), &e2);
    if (n && !place_name && e->kind != LEX_PERSON) return i;
    if (S_startlike(c, i) && S_word_in(c, W_COMMON, i) && !S_word_in(c, W_GIVEN, i)) return i;
    size_t end = S_name_run(c, i);
    if (end == i) return i;
    /* "Gen Z protesters": one letter alone, no initial's point, is no
     * name */
    if (end == i + 1 && c->seg->tok[i].end - c->seg->tok[i].start == 1) return i;
    /* a bare abbreviation ("Gen", "Col") is also a company's word ("GEN
     * DYNAMICS", "Gen Term Corp"): it is no title before a headline's
     * capitals or before one common word */
    const rg_lex_entry *ab;
    if (i > span_from && c->text[c->seg->tok[i - 1].end - 1] != '.' && S_best(c, i - 1, 1u << LEX_TITLE, &ab) == 1 &&
        (c->lex->titles[ab->item].flags & TITLE_ABBREV) &&
        ((c->seg->tok[i].flags & T_UPPER) ||
         (end == i + 1 && S_word_in(c, W_COMMON, i) && !S_word_in(c, W_GIVEN, i))))
        return i;
    /* "Deputy General Manager", "General Counsel": a word for a job
     * after a title is the title's, not a name */
    if (end == i + 1 && S_word_in(c, W_PERSON_NOUN, i)) return end;
    if (end == i + 1 && S_word_in(c, W_COMMON, i) && !S_word_in(c, W_GIVEN, i)) {
        /* "Chief Election Commissioner Gyanesh Kumar": a common word
         * between two titles is the second's */
        const rg_lex_entry *te;
        if (end < c->lim && S_best(c, end, 1u << LEX_TITLE, &te)) return i;
        /* "the 2027 General Election": a title word after an article
         * or a number opens a noun, not a name */
        size_t p = span_from;
        if (p > 0 && c->seg->tok[p - 1].sent == c->seg->tok[p].sent &&
            (S_tok_is(c, p - 1, "the") || S_tok_is(c, p - 1, "a") || (c->seg->tok[p - 1].flags & T_NUM)))
            return end;
    }
    if (S_word_in(c, W_ORGWORD, end - 1)) {
        /* "General Mining Corp", "Duke University": the title word is
         * the organisation's first word */
        size_t from = span_from < i && (c->seg->tok[span_from].flags & (T_CAP | T_UPPER)) ? span_from : i;
        /* (and runs on over "of" or "for" as an organisation's name
         * does: "General Confederation of Labour"; not over "and" or a
         * possessive, "General Foods and A and P", "General Foods'
         * Maxwell House Div", which S_org_run would join) */
        if (end < c->lim && (S_tok_is(c, end, "of") || S_tok_is(c, end, "for"))) {
            size_t org = S_org_run(c, from);
            if (org != NONE && org > end) end = org;
        }
        S_emit(c, from, end, RG_GROUP, "name ending in an organisation word");
        return end;
    }
    /* "Sheikh Hasina", "Sultan Ibrahim Iskandar": a leader whose name
     * opens with a title word (leaders.tsv) is named by both */
    if (i > span_from && (c->seg->tok[i - 1].flags & T_CAP) && !(c->seg->tok[i - 1].flags & T_UPPER) &&
        S_leader_name(c, i - 1, end)) {
        rg_cand *x = S_emit(c, i - 1, end, RG_PERSON, "a leader's name that opens with a title word (leaders table)");
        x->country = country;
        if (span_from < i - 1 && (c->seg->tok[span_from].flags & (T_CAP | T_UPPER))) {
            x->span_from = span_from;
            x->start = c->seg->tok[span_from].start;
        }
        return end;
    }
    rg_cand *x = S_emit(c, i, end, RG_PERSON, why);
    x->title = title;
    x->country = country;
    /* span_from marks a capitalised title before the name, which GMB
     * counts in the person's span (entities --titles), not a lower-case
     * one ("spokeswoman Maria Zakharova"); CoNLL counts neither */
    if (span_from < i && (c->seg->tok[span_from].flags & (T_CAP | T_UPPER))) {
        x->span_from = span_from;
        x->start = c->seg->tok[span_from].start;
    }
    return end;
}

/* ------------------------------------------------------------- speakers */

static void S_speaker(S_ctx *c, size_t from, size_t to)
{
    int title = -1, country = -1;
    size_t j = S_titles(c, from, &title, &country);
    if (j >= to) return; /* "THE PRESIDENT:" names a role only */
    /* the name: the rest of the label, particles included */
    for (size_t k = j; k < to; k++)
        if (S_word_in(c, W_NONNAME, k) || S_word_in(c, W_COMMON, k)) {
            if (!(k > j && S_particle(c, k))) return;
        }
    size_t lim = c->lim;
    c->lim = to;
    const rg_lex_entry *e;
    size_t n = S_best(c, j, M_ENTITY, &e);
    c->lim = lim;
    if (n == to - j && e->kind != LEX_PERSON) return; /* "RUSSIA:" */
    rg_cand *x = S_emit(c, j, to, RG_PERSON, title >= 0 ? "speaker label with title" : "speaker label");
    x->flags |= RG_MENTION_SPEAKER;
    x->title = title;
    x->country = country;
    if (title >= 0) {
        x->span_from = from;
        x->start = c->seg->tok[from].start;
    }
}

/* Words after a place and a hyphen that say where something is or
 * comes from (S_qualify_seats, S_hyphen_parts). */
static const char *const S_seat_words[] = {"based", "registered", "flagged", "headquartered", "listed", "born",
                                           "speaking", "made", "built", "language", "owned", NULL};

/* ------------------------------------------------------- hyphen parts */

/* "Russia-sponsored": tries each hyphen-separated part of token i as a
 * one-token country, demonym or organisation. Returns 1 when any matched. */
static int S_hyphen_parts(S_ctx *c, size_t i)
{
    const rg_token *t = &c->seg->tok[i];
    int found = 0;
    size_t a = t->start;
    while (a < t->end) {
        size_t b = a;
        while (b < t->end && c->text[b] != '-') b++;
        /* a dotted acronym keeps its dots: U.S.-led; "pro-Palestinian
         * rally", "pro-Kremlin parties": a leaning, no one named; nor in
         * "non-U.S. banks", "non-Russian citizens" */
        const char *p3 = c->text + t->start;
        int leaning = a == t->start + 4 &&
                      (((p3[0] | 0x20) == 'p' && (p3[1] | 0x20) == 'r' && (p3[2] | 0x20) == 'o') ||
                       ((p3[0] | 0x20) == 'n' && (p3[1] | 0x20) == 'o' && (p3[2] | 0x20) == 'n'));
        if (b > a && isupper((unsigned char)c->text[a]) && !leaning) {
            rg_buf lc = RG_BUF_INIT;
            rg_lower(&lc, c->text + a, b - a);
            const struct rg_bucket *bk = rg_lexicon__bucket(c->lex, lc.ptr, lc.len);
            for (size_t k = 0; bk && k < bk->n; k++) {
                const rg_lex_entry *e = &c->lex->entries[bk->ids[k]];
                if (e->ntok != 1) continue;
                if (e->kind != LEX_COUNTRY && e->kind != LEX_DEMONYM && e->kind != LEX_ORG) continue;
                const char *et = c->lex->pool.ptr + e->toks; /* rule, length, bytes */
                /* case must match exactly for parts (acronyms everywhere) */
                if ((unsigned char)et[1] != b - a || memcmp(et + 2, c->text + a, b - a) != 0) continue;
                rg_cand *x = S_emit(c, i, i + 1, RG_COUNTRY, "lexicon (part of a hyphenated word)");
                x->start = a;
                x->end = b;
                x->lex_kind = e->kind;
                x->item = (int)e->item;
                if (e->kind == LEX_ORG) {
                    const rg_org *o = &c->lex->orgs[e->item];
                    x->type = o->type;
                    x->country = o->country;
                } else {
                    x->country = (int)e->item;
                }
                /* "U.S.-made missiles", "U.N.-registered": where it is
                 * from, no actor (S_qualify_seats for a spaced hyphen) */
                size_t w = b + 1, we = w;
                while (we < t->end && c->text[we] != '-') we++;
                for (size_t q = 0; b < t->end && S_seat_words[q]; q++)
                    if (we - w == strlen(S_seat_words[q]) && memcmp(c->text + w, S_seat_words[q], we - w) == 0)
                        x->flags |= RG_MENTION_MODIFIER;
                found = 1;
                break;
            }
            rg_buf_free(&lc);
        }
        a = b + 1;
    }
    return found;
}

/* ------------------------------------------------- capitals as actors */

/* A verb of the interaction table (not its noun form), of speech, a
 * light verb ("lodged a protest") or one that halts ("cut aid") at token
 * k, in lower case: what a capital acting as its country does. */
static int S_verb_at(const S_ctx *c, size_t k)
{
    if (k >= c->lim || !(c->seg->tok[k].flags & T_LOWER)) return 0;
    if (S_word_in(c, W_SAY | W_LIGHT | W_HALT, k)) return 1;
    const rg_lex_entry *e;
    return S_best(c, k, 1u << LEX_VERB, &e) && !c->lex->verbs[e->item].noun;
}

/* A trigger of the interaction table (verb or noun) at token k. */
static int S_trigger_at(const S_ctx *c, size_t k)
{
    const rg_lex_entry *e;
    return k < c->lim && (c->seg->tok[k].flags & T_LOWER) && S_best(c, k, 1u << LEX_VERB, &e);
}

/* The trigger (a lower-case verb or noun entry, up to four words) that
 * ends right before token p, in the sentence from a; NULL if none. */
static const rg_verb *S_trigger_ending(const S_ctx *c, size_t a, size_t p)
{
    for (size_t q = p > a + 4 ? p - 4 : a; q < p; q++) {
        const rg_lex_entry *e;
        size_t m = S_best(c, q, 1u << LEX_VERB, &e);
        if (m && q + m == p && (c->seg->tok[q].flags & T_LOWER)) return &c->lex->verbs[e->item];
    }
    return NULL;
}

/* Whether the words up to p (p >= a) are an opening phrase of time
 * before a clause's subject: "A day later", "Since 2023", "On Monday",
 * "Last week", "Hours earlier" (at most five words, the last a word of
 * time, a year or a date's number; the phrase opens the sentence or
 * follows a comma or "and"). */
static int S_time_opener(const S_ctx *c, size_t a, size_t p)
{
    static const char *const glue[] = {"a", "an", "the", "on", "in", "since", "by", "last", "next", "this",
                                       "early", "late", "few", "two", "three", "several", NULL};
    static const char *const time[] = {
        "later", "earlier", "ago", "then", "meanwhile", "yesterday", "today", "tonight", "overnight",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "hour", "weekend",
        "morning", "afternoon", "evening", "night", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", NULL};
    int timed = 0;
    size_t q = p, words = 0;
    for (;; q--) {
        const rg_token *t = &c->seg->tok[q];
        int hit = S_tok_in(c, q, time);
        /* a year: "Since 2023" */
        if (!hit && (t->flags & T_NUM) && t->lclen == 4) hit = 1;
        timed |= hit;
        if (q == p && !hit) return 0; /* the phrase ends in its time ("in Lusaka officials" is a place's) */
        if (!hit) hit = S_tok_in(c, q, glue);
        if (!hit && (t->flags & T_NUM)) hit = 1; /* "on March 3" */
        if (!hit) break;
        if (++words > 5) return 0;
        if (q == a) return timed; /* the sentence's first words */
    }
    return timed && (S_punct(c, q, ',') || S_tok_is(c, q, "and"));
}

/* Whether the capital at [i, i+n) in the sentence from a acts as its
 * government, as news writes it: the subject of an interaction or speech
 * verb ("Paris agreed to withdraw", "Kyiv said", "Washington and Moscow
 * agreed"), its object ("accused Madrid of", "warned Beijing", "lodged
 * a protest with Ankara"), or joined by "and" to a capital that acts.
 * Not after a preposition of place ("talks in Moscow", "flew to Kyiv"),
 * nor a dateline's ("MOSCOW (Reuters) -"). */
static int S_capital_acts(const S_ctx *c, size_t a, size_t i, size_t n)
{
    static const char *const opener[] = {"and", "but", "while", "as", "after", "when", "that", "because", "if",
                                         "unless", "whether", NULL};
    /* what a government has or does: "Moscow's war", "cementing
     * Beijing's position", "Washington's allies" (not "Tokyo's stock
     * market", "Kyiv's streets") */
    static const char *const govt_nouns[] = {
        "war", "position", "policy", "policies", "decision", "support", "ties", "relations", "response", "demand",
        "demands", "offer", "plan", "allies", "ally", "forces", "troops", "military", "army", "claim", "claims",
        "stance", "move", "proposal", "invasion", "attack", "attacks", "strikes", "sanctions", "ambassador", "envoy",
        "leadership", "refusal", "annexation", "backing", "influence", "pressure", "threat", "threats", "aggression",
        "involvement", "intervention", "efforts", "interests", "regime", "government", "request", "warning",
        "tariffs", "tariff", "embassy", "diplomats", "officials", "leaders", "approach", "ultimatum", NULL};
    /* a word for what one side sends another: "a renewed offer from
     * Washington", "an angry response from Beijing" (not "a call from
     * Lusaka": where the caller was) */
    static const char *const from_nouns[] = {"offer", "response", "reply", "request", "proposal", "warning",
                                             "pressure", "message", "invitation", "demand", "demands",
                                             "rebuke", "protest", "objections", "backlash", NULL};
    const rg_token *t = &c->seg->tok[i];
    if (t->flags & T_UPPER) return 0;
    if (i + n + 1 < c->lim && (c->seg->tok[i + n].flags & T_POSS) && (c->seg->tok[i + n + 1].flags & T_LOWER)) {
        return S_tok_in(c, i + n + 1, govt_nouns);
    }
    if (i > a + 1 && S_tok_is(c, i - 1, "from") && S_tok_in(c, i - 2, from_nouns)) return 1;
    /* a relation with another government: "tensions with Washington",
     * "ties with Moscow" (not "flights with Lufthansa to Paris") */
    static const char *const with_nouns[] = {"tensions", "relations", "ties", "rift", "row", "dispute",
                                             "standoff", "friction", "rapprochement", "dialogue", NULL};
    if (i > a + 1 && S_tok_is(c, i - 1, "with") && S_tok_in(c, i - 2, with_nouns)) return 1;
    /* "from Beijing, which said it would": a capital that speaks */
    if (i + n + 2 < c->lim && S_punct(c, i + n, ',') &&
        (S_tok_is(c, i + n + 1, "which") || S_tok_is(c, i + n + 1, "who")) &&
        (S_word_in(c, W_SAY, i + n + 2) || S_verb_at(c, i + n + 2)))
        return 1;
    /* "Warsaw, whose officials had accused Berlin": a capital whose
     * government acts */
    if (i + n + 2 < c->lim && S_punct(c, i + n, ',') && S_tok_is(c, i + n + 1, "whose") &&
        S_tok_in(c, i + n + 2, govt_nouns))
        return 1;
    /* "a venture with Paris-based Alsthom": where a firm is based */
    if (i + n + 1 < c->lim && S_punct(c, i + n, '-') && S_tok_is(c, i + n + 1, "based")) return 0;
    size_t p = i > a ? i - 1 : NONE;
    /* (over "both" or "either" before a pair: "urged both Khartoum and
     * Juba", "Both Washington and Moscow agreed") */
    if (p != NONE && (S_tok_is(c, p, "both") || S_tok_is(c, p, "either"))) p = p > a ? p - 1 : NONE;
    /* "Washington and Moscow": the capital before "and" acts */
    if (p != NONE && p > a && S_tok_is(c, p, "and") && c->out->n >= 2) {
        const rg_cand *prev = &c->out->c[c->out->n - 2];
        if (prev->tok_to == p && prev->type == RG_COUNTRY && prev->lex_kind == LEX_COUNTRY) return 1;
    }
    /* object: right after a trigger, or after one of the trigger's own
     * prepositions ("a protest with Ankara", "recall its ambassador from
     * Paris"; not "talks in Moscow"); or whose act a noun names, after
     * "from" ("criticism from Brussels", "a rebuke from Beijing"; not a
     * meeting's: "a telephone call from Paris" is where the caller was) */
    if (p != NONE && S_trigger_at(c, p)) return 1;
    /* a verb of several words that ends with its preposition: "relied on
     * Moscow", "reached out to Beijing" */
    if (p != NONE && p > a && (c->seg->tok[p].flags & T_LOWER)) {
        const rg_verb *pv = S_trigger_ending(c, a, i);
        if (pv && !pv->noun) return 1; /* (one word was S_trigger_at's) */
    }
    /* a light verb's target: "the sanctions that Washington imposed on
     * Moscow", "tariffs levied against Beijing" */
    if (p != NONE && p > a && (S_tok_is(c, p, "on") || S_tok_is(c, p, "against")) &&
        (c->seg->tok[p - 1].flags & T_LOWER) && S_word_in(c, W_LIGHT, p - 1))
        return 1;
    /* the agent of a passive act: "was welcomed by Warsaw", "a truce
     * rejected by Moscow" */
    if (p != NONE && p > a && S_tok_is(c, p, "by") && S_trigger_at(c, p - 1) &&
        c->seg->tok[p - 1].lclen > 3 && strcmp(rg_tok_lc(c->seg, p - 1) + c->seg->tok[p - 1].lclen - 2, "ed") == 0)
        return 1;
    const rg_verb *vb = p != NONE && (c->seg->tok[p].flags & T_LOWER) ? S_trigger_ending(c, a, p) : NULL;
    if (vb && rg_lexicon__prep_in(vb->preps, rg_tok_lc(c->seg, p), c->seg->tok[p].lclen)) return 1;
    /* (and "between" after a symmetric verb: "an agreement signed between
     * Kinshasa and Kigali") */
    if (vb && vb->sym && !vb->noun && S_tok_is(c, p, "between")) return 1;
    if (vb && S_tok_is(c, p, "from") && vb->noun && vb->kind != RG_CONSULT) return 1;
    /* subject: opening a clause, before a verb (perhaps after an
     * auxiliary), or before "and" and another capital or country */
    /* (a dash opens a clause when spaced, as after a dateline: "PARIS
     * (Reuters) - Moscow backed"; joined, it makes a compound:
     * "pro-Moscow") */
    int opens = p == NONE || (c->seg->tok[p].flags & T_PUNCT && !S_punct(c, p, '(') &&
                              (!S_punct(c, p, '-') || c->seg->tok[p].end < t->start));
    for (size_t k = 0; !opens && p != NONE && opener[k]; k++) opens = S_tok_is(c, p, opener[k]);
    /* after an opening phrase of time: "A day later Washington eased
     * sanctions", "Since 2023 Bamako has relied on Moscow" */
    if (!opens && p != NONE) opens = S_time_opener(c, a, p);
    /* an apposition that judges the clause before it: ", a move Belgrade
     * rejected", ", a decision Washington condemned" (the noun lower
     * case, after the article and at most one more word) */
    for (size_t q = p, words = 0; !opens && p != NONE && q > a + 1 && words < 2; words++, q--) {
        if (!(c->seg->tok[q].flags & T_LOWER)) break;
        if (S_tok_is(c, q - 1, "a") || S_tok_is(c, q - 1, "an")) {
            opens = q - 1 > a && S_punct(c, q - 2, ',');
            break;
        }
    }
    /* "police in London and Brussels were investigating": after a place
     * of a preposition, "and" joins a second place (not "Bonn and Tokyo
     * have made") */
    if (opens && p > a && S_tok_is(c, p, "and") && c->out->n >= 2) {
        static const char *const in[] = {"in", "at", "from", "near", "to", NULL};
        const rg_cand *prev = &c->out->c[c->out->n - 2];
        if (prev->tok_to == p && prev->type == RG_PLACE && prev->tok_from > a && S_tok_in(c, prev->tok_from - 1, in))
            opens = 0;
    }
    /* reported speech without "that": "Rwanda said Kinshasa was
     * collaborating" (the verb after the capital still decides) */
    if (!opens && p != NONE && (c->seg->tok[p].flags & T_LOWER) && S_word_in(c, W_SAY, p)) opens = 1;
    if (!opens) return 0;
    size_t v = i + n;
    if (v < c->lim && (c->seg->tok[v].flags & T_POSS)) return 0;
    int pair = 0;
    if (S_tok_is(c, v, "and") && v + 1 < c->lim) {
        const rg_lex_entry *e;
        size_t q = v + 1, m = S_best(c, q, (1u << LEX_CAPITAL) | (1u << LEX_COUNTRY), &e);
        /* (or an international organisation: "Washington and the
         * European Union have called for") */
        if (!m) {
            if (S_tok_is(c, q, "the")) q++;
            m = q < c->lim ? S_best(c, q, 1u << LEX_ORG, &e) : 0;
            if (m && (c->lex->orgs[e->item].country >= 0 || c->lex->orgs[e->item].type != RG_GROUP)) m = 0;
        }
        if (!m) return 0;
        v = q + m;
        pair = 1;
    }
    /* a seat of government opening a condition acts whatever its verb:
     * "If Washington goes ahead with these levies", "unless Moscow
     * withdraws" */
    if (p != NONE && (S_tok_is(c, p, "if") || S_tok_is(c, p, "unless")) && v < c->lim &&
        (c->seg->tok[v].flags & T_LOWER) &&
        (S_word_in(c, W_AUX, v) || rg_tok_lc(c->seg, v)[c->seg->tok[v].lclen - 1] == 's'))
        return 1;
    /* two seats of government opening a clause act whatever their verb
     * in the past tense: "after Seoul and Washington wrapped up drills"
     * (one alone may be a market: "Tokyo closed higher") */
    if (pair && v < c->lim && (c->seg->tok[v].flags & T_LOWER) && c->seg->tok[v].lclen > 4 &&
        strcmp(rg_tok_lc(c->seg, v) + c->seg->tok[v].lclen - 2, "ed") == 0 && !S_word_in(c, W_COMMON, v))
        return 1;
    for (int skip = 0; skip < 2 && v < c->lim &&
                       (S_word_in(c, W_AUX, v) || ((c->seg->tok[v].flags & T_LOWER) && rg_tok_ly(c->seg, v)));
         skip++)
        v++;
    /* a progressive is active ("Kinshasa was collaborating with"); a
     * passive is not ("Kyiv was attacked" is the city) */
    static const char *const be[] = {"is", "was", "are", "were", "been", NULL};
    if (v + 1 < c->lim && S_tok_in(c, v, be)) return rg_tok_ing(c->seg, v + 1) && S_verb_at(c, v + 1);
    return S_verb_at(c, v);
}

/* Whether the word at k is an adjective of political names: "Christian
 * Democratic Appeal", "Social Democrats", "Nebraskan Democratic Sen. X"
 * (the last word of no person's name). */
static int S_party_adjective(const S_ctx *c, size_t k)
{
    static const char *const w[] = {"democratic", "socialist", "liberal", "conservative", "communist",
                                    "progressive", "revolutionary", "nationalist", "patriotic", "republican",
                                    "social", NULL};
    if (!(c->seg->tok[k].flags & T_CAP)) return 0;
    const char *lc = rg_tok_lc(c->seg, k);
    for (size_t i = 0; w[i]; i++)
        if (strcmp(lc, w[i]) == 0) return 1;
    return 0;
}

/* Whether the word at k reads as an adjective by its ending: "Kurdish",
 * "Conservative", "Communist", "Eastern" (a name before a group's noun
 * then names a kind, not a group). */
static int S_adjective_like(const S_ctx *c, size_t k)
{
    static const char *const adj[] = {"ive", "ist", "ic", "al", "an", "ern", "ish", "ese", "ian", "ary", NULL};
    const char *lc = rg_tok_lc(c->seg, k);
    size_t len = c->seg->tok[k].lclen;
    for (size_t a = 0; adj[a]; a++) {
        size_t n = strlen(adj[a]);
        if (len > n + 2 && strcmp(lc + len - n, adj[a]) == 0) return 1;
    }
    return 0;
}

/* Whether the name at [i, end) is a group's, by the lower-case noun
 * after it, perhaps after one modifier: "the Ennahda party", "the
 * Lakurawa group", "Comuneros del Sur rebel group". Not a leader's name
 * ("the Netanyahu coalition"), nor a common word ("the Reform group"
 * names nothing we can tell). */
static int S_group_noun_after(const S_ctx *c, size_t i, size_t end, size_t b)
{
    size_t k = end;
    int mod = k + 1 < b && (c->seg->tok[k].flags & T_LOWER) && S_word_in(c, W_GROUP_MOD, k) &&
              S_word_in(c, W_GROUP_NOUN, k + 1);
    if (mod) k++;
    if (k >= b || !(c->seg->tok[k].flags & T_LOWER) || !S_word_in(c, W_GROUP_NOUN, k)) return 0;
    /* a given name opens a person's name, unless a group's modifier
     * follows ("the Viv Ansanm gang coalition"); a capitalised word
     * before is the name's first half ("Georgian Dream party") */
    if (S_word_in(c, W_COMMON, i) || (!mod && S_word_in(c, W_GIVEN, i)) || (c->seg->tok[i].flags & T_UPPER)) return 0;
    /* the name is determined ("the Ennahda party", "Imran Khan's PTI
     * party"); not an organisation noun before a name ("Engineering
     * group Alsthom said") */
    if (i == 0 || !(S_tok_is(c, i - 1, "the") || (c->seg->tok[i - 1].flags & T_POSS))) return 0;
    if (k + 1 < b && (c->seg->tok[k + 1].flags & (T_CAP | T_UPPER))) return 0;
    /* an adjective or a compass point names a kind, not a group: "the
     * Conservative party", "the Eastern bloc", "the East bloc", "the
     * Communist party" (which country's?) */
    static const char *const compass[] = {"east", "west", "north", "south", NULL};
    for (size_t a = 0; compass[a]; a++)
        if (end == i + 1 && strcmp(rg_tok_lc(c->seg, i), compass[a]) == 0) return 0;
    if (S_adjective_like(c, end - 1)) return 0;
    for (size_t q = i; q < end; q++) {
        const rg_token *t = &c->seg->tok[q];
        if (rg_map_get(c->lex->leader_word, c->text + t->start, t->end - t->start, NULL)) return 0;
    }
    return 1;
}

/* The organisation seated in the capital at [i, i+n), or -1. */
static int S_seat_org(const S_ctx *c, size_t i, size_t n)
{
    char buf[128];
    size_t len = 0;
    for (size_t k = i; k < i + n; k++) {
        const rg_token *t = &c->seg->tok[k];
        if (len + t->lclen + 2 > sizeof buf) return -1;
        if (k > i) buf[len++] = ' ';
        memcpy(buf + len, rg_tok_lc(c->seg, k), t->lclen);
        len += t->lclen;
    }
    return rg_lexicon__seat_org(c->lex, buf, len);
}

/* ------------------------------------------------------------ the pass */

static const char *S_why(int kind)
{
    switch (kind) {
    case LEX_COUNTRY: return "lexicon: country name";
    case LEX_DEMONYM: return "lexicon: demonym";
    case LEX_CAPITAL: return "lexicon: capital city";
    case LEX_ORG: return "lexicon: organisation";
    case LEX_BODY: return "lexicon: national body";
    case LEX_PLACE: return "lexicon: place";
    case LEX_PERSON: return "lexicon: person (user)";
    default: return "lexicon";
    }
}

/* Emits the lexicon entry e matched at [i, i+n) as a plain mention. */
static rg_cand *S_emit_entry(S_ctx *c, size_t i, size_t n, const rg_lex_entry *e)
{
    rg_cand *x = S_emit(c, i, i + n, RG_COUNTRY, S_why(e->kind));
    x->lex_kind = e->kind;
    x->item = (int)e->item;
    switch (e->kind) {
    case LEX_COUNTRY:
    case LEX_DEMONYM:
        x->country = (int)e->item;
        break;
    case LEX_CAPITAL:
        x->type = RG_PLACE;
        x->country = (int)e->item;
        break;
    case LEX_PLACE:
        x->type = RG_PLACE;
        x->country = c->lex->places[e->item].country;
        break;
    case LEX_ORG:
        x->type = c->lex->orgs[e->item].type;
        x->country = c->lex->orgs[e->item].country;
        break;
    case LEX_PERSON:
        x->type = RG_PERSON;
        x->country = c->lex->people[e->item].country;
        break;
    case LEX_BODY:
        x->type = RG_GROUP;
        x->body = (int)e->item;
        break;
    default:
        break;
    }
    return x;
}

/* The name after a title, right after it or set off by commas ("Rwanda's
 * government spokeswoman, Jane Doe, denied"; "the French ambassador,
 * Jean Dupont,"): the apposition needs a person's name closed by a comma,
 * the sentence's end or a speech verb, so a clause that merely follows a
 * role ("the foreign minister, Paris said") is no name. Returns the end,
 * or k when no name follows. */
static size_t S_name_of_title(S_ctx *c, size_t span_from, size_t k, int title, int country,
                              const char *why)
{
    size_t end = S_person_after_title(c, span_from, k, title, country, why);
    if (end != k || !S_punct(c, k, ',') || k + 1 >= c->lim) return end;
    size_t n0 = c->out->n;
    end = S_person_after_title(c, k + 1, k + 1, title, country, "title, name (apposition)");
    if (end == k + 1) return k;
    int closed = end >= c->lim || S_punct(c, end, ',') || S_punct(c, end, '.') || S_word_in(c, W_SAY, end);
    if (c->out->n == n0 + 1 && c->out->c[n0].type == RG_PERSON && closed) {
        c->out->c[n0].flags |= RG_CAND_APPOS;
        return end;
    }
    c->out->n = n0; /* not a person in apposition: take back what was emitted */
    return k;
}

/* After a national body or organisation of country cc: "Russian Foreign
 * Ministry spokeswoman Maria Zakharova", "State Department spokesman John
 * Kirby": a title and a name make a person of that country. Returns the
 * token after what was consumed (i when nothing). */
static size_t S_member_after(S_ctx *c, size_t i, int cc)
{
    int title = -1, country = -1;
    size_t k = S_titles(c, i, &title, &country);
    /* (one lower-case word may say which of its titles: "Taliban
     * political chief X", "Hamas military commander X") */
    if ((k == i || title < 0) && i + 2 < c->lim && (c->seg->tok[i].flags & T_LOWER) &&
        !S_word_in(c, W_STOP | W_SAY | W_AUX | W_BE | W_NEG | W_POSSESSIVE | W_PERSON_NOUN, i) &&
        !S_determiner(c, i) && !S_tok_is(c, i, "its") && !S_trigger_at(c, i)) {
        int t2 = -1, c2 = -1;
        size_t k2 = S_titles(c, i + 1, &t2, &c2);
        if (k2 > i + 1 && t2 >= 0) {
            k = k2;
            title = t2;
            country = c2;
        }
    }
    if (k == i || title < 0) {
        /* a word for a person in lower case: "Reuters journalist X",
         * "U.S. Navy sailor X" */
        if (i + 1 >= c->lim || !(c->seg->tok[i].flags & T_LOWER) || !S_word_in(c, W_PERSON_NOUN, i)) return i;
        size_t n0 = c->out->n;
        size_t end = S_person_after_title(c, i, i + 1, -1, cc, "organisation + word for a person + name");
        if (end == i + 1 || c->out->n != n0 + 1 || c->out->c[n0].type != RG_PERSON) {
            c->out->n = n0;
            return i;
        }
        /* the person is the one who acts or is acted on; the body or
         * organisation before only says whose he is */
        if (n0 && c->out->c[n0 - 1].tok_to == i) c->out->c[n0 - 1].flags |= RG_MENTION_MODIFIER;
        return end;
    }
    if (cc < 0) cc = country;
    size_t end = S_name_of_title(c, i, k, title, cc, "organisation + title + name");
    return end == k ? i : end;
}

/* A national body named in lower case after its country, as wire copy
 * writes them ("Russia's defence ministry", "the Chinese foreign
 * ministry"): the body's words regardless of case. Alone, "foreign
 * ministry" stays a phrase; after a country it can only be that
 * country's body. Returns the tokens matched (longest) or 0. */
static size_t S_body_words(const S_ctx *c, size_t j, const rg_lex_entry **e)
{
    const struct rg_bucket *b = c->seg->bk[j];
    for (size_t k = 0; b && k < b->n; k++) {
        const rg_lex_entry *x = &c->lex->entries[b->ids[k]];
        if (x->kind != LEX_BODY) continue;
        size_t n = rg_lexicon__match_words(c->lex, x, c->seg, j, c->lim);
        if (n) {
            *e = x; /* entries are longest first */
            return n;
        }
    }
    return 0;
}

/* "military" is the one body word that is also an adjective: before a
 * noun ("Russian military operations", "Myanmar's military government")
 * it qualifies that noun and the phrase stays the country's, as it was;
 * before a verb ("the Israeli military said", "... struck") it is the
 * body. j, nb: the body's tokens. */
static int S_military_adjective(const S_ctx *c, size_t j, size_t nb)
{
    size_t k = j + nb;
    if (nb != 1 || !S_tok_is(c, j, "military") || k >= c->lim || !(c->seg->tok[k].flags & T_LOWER)) return 0;
    if (S_verb_at(c, k) || S_word_in(c, W_AUX | W_BE | W_PAST | W_NEG | W_REFUSE | W_STOP | W_SAY, k)) return 0;
    const char *w = rg_tok_lc(c->seg, k);
    size_t n = c->seg->tok[k].lclen;
    return !(n > 3 && strcmp(w + n - 2, "ed") == 0);
}

/* Whether a body's capitalised words that end at token r run on into a
 * longer name ("People's Party", "Public Works Ministry", "Army Corps of
 * Engineers"): a capitalised word follows (not a given name or title:
 * "Transport Ministry Jacques Douffiagues"), or, after a word for the
 * country itself, a possessive ("People's"). Not "and" ("the Iranian
 * Army and Revolutionary Guards Corps" are two), nor a body's own
 * possessive ("the Navy's Fallon Naval Air Station"). */
static int S_body_runs_on(const S_ctx *c, size_t r, const rg_body *body)
{
    if (r >= c->lim) return 0;
    const rg_token *t = &c->seg->tok[r];
    if (t->flags & T_POSS) return body->to_country;
    const rg_lex_entry *te;
    return (t->flags & T_CAP) && !(t->flags & T_TITLECASE) && !S_word_in(c, W_GIVEN, r) &&
           !S_best(c, r, 1u << LEX_TITLE, &te);
}

/* Whether an organisation word is among tokens [from, to): a body's
 * name running on has one of its own ("Public Works Ministry", not
 * "Police Zulfiqar Hameed"). */
static int S_orgword_in(const S_ctx *c, size_t from, size_t to)
{
    for (size_t k = from; k < to && to != NONE; k++)
        if (S_word_in(c, W_ORGWORD, k)) return 1;
    return 0;
}

/* The country, demonym, capital or place at [i, i+n) that qualifies the
 * body after it ("Russian" of "Russian Foreign Ministry", "Kyiv" of "a
 * Kyiv court"): a modifier mention; a capital names its country there
 * (why says so). */
static void S_emit_qualifier(S_ctx *c, size_t i, size_t n, const rg_lex_entry *e, const char *why)
{
    rg_cand *m = S_emit_entry(c, i, n, e);
    m->flags |= RG_MENTION_MODIFIER;
    if (e->kind == LEX_CAPITAL) {
        m->type = RG_COUNTRY;
        m->lex_kind = LEX_COUNTRY;
        m->why = why;
    }
}

/* The group of body item at tokens [j, end) of country cc, qualified
 * from token from ("Russian Foreign Ministry", "Delhi Police"): its
 * label includes the qualifier; lower-case words name no organisation
 * of their own (RG_MENTION_PHRASE). */
static rg_cand *S_emit_body(S_ctx *c, size_t from, size_t j, size_t end, int item, int cc, const char *why)
{
    rg_cand *x = S_emit(c, j, end, RG_GROUP, why);
    if (c->seg->tok[j].flags & T_LOWER) x->flags |= RG_MENTION_PHRASE;
    x->lex_kind = LEX_BODY;
    x->body = item;
    x->country = cc;
    x->span_from = from;
    return x;
}

/* A country or demonym at [i, i+n): does a body, a titled person or an
 * organisation of that country follow? Returns the token after what was
 * consumed, or i when nothing followed. */
static size_t S_country_compound(S_ctx *c, size_t i, size_t n, const rg_lex_entry *e)
{
    int cc = (int)e->item;
    size_t j = i + n;
    if (j < c->lim && (c->seg->tok[j].flags & T_POSS)) j++;
    if (j >= c->lim) return i;
    const rg_lex_entry *b;
    /* "Mali's ruling junta", "Sudan's interim government": a word of the
     * body's standing between the country and a body in lower case */
    static const char *const standing[] = {"ruling", "interim", "transitional", "caretaker", "governing", NULL};
    if (j + 1 < c->lim && (c->seg->tok[j].flags & T_LOWER) && (c->seg->tok[j + 1].flags & T_LOWER)) {
        if (S_tok_in(c, j, standing) && S_body_words(c, j + 1, &b)) j++;
    }
    size_t nb = S_best(c, j, (1u << LEX_BODY) | (1u << LEX_ORG) | (1u << LEX_TITLE), &b);
    if (!nb && (c->seg->tok[j].flags & T_LOWER)) nb = S_body_words(c, j, &b);
    /* "Pakistan's Foreign Office": another country's organisation by a
     * name every country's body has is this country's body */
    const rg_lex_entry *b2;
    if (nb && b->kind == LEX_ORG && c->lex->orgs[b->item].country != cc &&
        S_best(c, j, 1u << LEX_BODY, &b2) == nb)
        b = b2;
    if (!nb) return i;
    if (b->kind == LEX_BODY) {
        const rg_body *body = &c->lex->bodies[b->item];
        /* "the Polish People's Party": capitalised body words that run on
         * into an organisation's name are that name's, qualified by the
         * country */
        size_t org = S_body_runs_on(c, j + nb, body) && (c->seg->tok[j].flags & T_CAP) ? S_org_run(c, j) : NONE;
        /* (or on over "of": "the Zambian Congress of Trade Unions", no
         * parliament; the name from the country on is read whole) */
        if (org == NONE && (c->seg->tok[j].flags & T_CAP) && S_tok_is(c, j + nb, "of") && j + nb + 1 < c->lim &&
            (c->seg->tok[j + nb + 1].flags & T_CAP) && !S_best(c, j + nb + 1, M_PLACE_LIKE, &b2)) {
            size_t whole = S_org_run(c, j);
            if (whole != NONE && whole > j + nb + 1) {
                rg_cand *m = S_emit_entry(c, i, n, e);
                m->flags |= RG_MENTION_MODIFIER;
                rg_cand *x = S_emit(c, j, whole, RG_GROUP, "name with an organisation word");
                x->country = cc;
                x->span_from = i;
                return whole;
            }
        }
        if (org != NONE && S_orgword_in(c, j + nb, org)) {
            rg_cand *m = S_emit_entry(c, i, n, e);
            m->flags |= RG_MENTION_MODIFIER;
            rg_cand *x = S_emit(c, j, org, RG_GROUP, "name with an organisation word");
            x->country = cc;
            return org;
        }
        /* a country's media in lower case ("Belgian television");
         * capitalised, a company's name ("American Television and
         * Communications Corp") */
        if (body->media && !(c->seg->tok[j].flags & T_LOWER)) return i;
        if (body->media) {
            /* "Belgian television", "Iranian state TV": the country's
             * media, which report; the country qualifies them and is no
             * actor here, and they name no organisation of their own */
            rg_cand *m = S_emit_entry(c, i, n, e);
            m->flags |= RG_MENTION_MODIFIER;
            m->why = e->kind == LEX_COUNTRY   ? "lexicon: country name, of news media"
                     : e->kind == LEX_CAPITAL ? "lexicon: capital city, of news media"
                                              : "lexicon: demonym, of news media";
            return j + nb;
        }
        if (body->to_country || S_military_adjective(c, j, nb)) {
            /* "the Russian government": Russia itself */
            rg_cand *x = S_emit(c, i, j + nb, RG_COUNTRY, "country + government word");
            x->lex_kind = LEX_COUNTRY;
            x->item = cc;
            x->country = cc;
            if (body->to_country) x->flags |= RG_CAND_GOVT;
            /* the tokens cover the phrase (patterns read "the Russian
             * government said" as one subject); the mention's span is the
             * country's name, as named-entity conventions have it */
            x->end = c->seg->tok[i + n - 1].end;
            /* "the Russian government spokesman Dmitry Peskov" */
            return S_member_after(c, j + nb, cc);
        }
        /* (a capital's own bodies are S_place_body's; here the capital
         * says whose group it is) */
        S_emit_qualifier(c, i, n, e, "capital of a national body's country");
        nb = S_portfolio_end(c, j, j + nb) - j; /* "Japan's Ministry of Health, Labour and Welfare" */
        S_emit_body(c, i, j, j + nb, (int)b->item, cc, "country + national body");
        return S_member_after(c, j + nb, cc);
    }
    if (b->kind == LEX_ORG) {
        const rg_org *o = &c->lex->orgs[b->item];
        if (o->country != cc) return i;
        rg_cand *m = S_emit_entry(c, i, n, e);
        m->flags |= RG_MENTION_MODIFIER;
        S_emit_entry(c, j, nb, b)->span_from = i; /* "the UK Foreign Office": an alias with its country */
        return S_member_after(c, j + nb, cc);
    }
    /* a title: COUNTRY TITLE NAME */
    int title = -1, country = cc;
    size_t k = S_titles(c, j, &title, &country);
    country = cc; /* the explicit country beats what the title implies */
    size_t end = S_name_of_title(c, j, k, title, country, "country + title + name");
    if (end == k) return i;
    /* the person was emitted after the modifier would be: insert the
     * modifier before it so candidates stay in text order */
    rg_cand person = c->out->c[c->out->n - 1];
    c->out->n--;
    rg_cand *m = S_emit_entry(c, i, n, e);
    m->flags |= RG_MENTION_MODIFIER;
    RG_GROW(c->out->c, c->out->cap, c->out->n + 1);
    c->out->c[c->out->n++] = person;
    return end;
}

/* "Delhi Police", "the Lahore High Court", "Balochistan police", "a Kyiv
 * court": a city's or region's own body, at [i, i+n) the place (or a
 * capital) and after it a body of the state that is not the country
 * itself. A group of its own, affiliated to the place's country and
 * labelled with the place (keyed apart from the country's body: Moscow's
 * police are not Russia's); the capital still names its country, as
 * before a national body. Returns the end, or i when no body follows
 * (then the government of a province, "the Sindh government", the
 * media, a name running on, "Lagos State House of Assembly", are read
 * as before). */
static size_t S_place_body(S_ctx *c, size_t i, size_t n, const rg_lex_entry *e)
{
    int cc = e->kind == LEX_PLACE ? c->lex->places[e->item].country : (int)e->item;
    size_t j = i + n;
    if (cc < 0 || j >= c->lim || ((c->seg->tok[i].flags | c->seg->tok[j].flags) & (T_UPPER | T_TITLECASE))) return i;
    const rg_lex_entry *b;
    size_t nb = S_best(c, j, 1u << LEX_BODY, &b);
    if (!nb && (c->seg->tok[j].flags & T_LOWER)) nb = S_body_words(c, j, &b);
    if (!nb) return i;
    const rg_body *body = &c->lex->bodies[b->item];
    if (body->to_country || body->media || body->civil || S_military_adjective(c, j, nb)) return i;
    if ((c->seg->tok[j].flags & T_CAP) && S_body_runs_on(c, j + nb, body)) return i;
    S_emit_qualifier(c, i, n, e, "capital of a local body's country");
    S_emit_body(c, i, j, j + nb, (int)b->item, cc, "place + its own body")->flags |= RG_CAND_LOCAL;
    return S_member_after(c, j + nb, cc);
}

/* The end of a company's name of capitalised words joined by "&" that
 * starts at token i ("Marks & Spencer", "Procter & Gamble Co"), or
 * NONE: a run of capitalised words, "&", another run. Not in a
 * headline, not initials alone ("R&D", "M&A"), not a lexicon name that
 * spans the "&" (n: the lexicon's match at i). */
static size_t S_ampersand_name(const S_ctx *c, size_t i, size_t n)
{
    const rg_token *t = &c->seg->tok[i];
    if (!(t->flags & (T_CAP | T_UPPER)) || (t->flags & T_TITLECASE)) return NONE;
    /* (the "&" first, by flags alone: this runs on every capitalised word) */
    size_t amp = i + 1;
    while (amp < c->lim && amp < i + 3 && (c->seg->tok[amp].flags & (T_CAP | T_UPPER))) amp++;
    if (amp + 1 >= c->lim || !S_punct(c, amp, '&')) return NONE;
    size_t j = i, letters = 0;
    while (j < c->lim && j < i + 3 && S_name_tok(c, j) && (c->seg->tok[j].flags & (T_CAP | T_UPPER))) {
        letters += c->seg->tok[j].end - c->seg->tok[j].start;
        j++;
    }
    if (j == i || j + 1 >= c->lim || !S_punct(c, j, '&') || n > j - i) return NONE;
    size_t k = j + 1;
    while (k < c->lim && k < j + 4 && S_name_tok(c, k) && (c->seg->tok[k].flags & (T_CAP | T_UPPER))) {
        letters += c->seg->tok[k].end - c->seg->tok[k].start;
        k++;
    }
    if (k == j + 1 || letters < 3) return NONE;
    return k;
}

/* A noun for a force or a coalition from token q on, after one lower-case
 * word at most ("coalition", "military coalition", "forces"): the token
 * after it, or NONE. S_led_group: the same after a country's name at
 * token j and "-led". */
static size_t S_led_noun(const S_ctx *c, size_t q)
{
    static const char *const noun[] = {"coalition", "alliance", "forces", "force", "mission", "bloc", NULL};
    for (int words = 0; words < 2 && q < c->lim && (c->seg->tok[q].flags & T_LOWER); words++, q++)
        if (S_tok_in(c, q, noun)) return q + 1;
    return NONE;
}

/* Words after a people's demonym in the singular that make it a
 * community's adjective: "Bosnian Serb forces", "the Greek Cypriot side". */
static const char *const S_community_nouns[] = {"forces", "force", "gunners", "fighters", "militiamen", "troops",
                                                "separatists", "side", "community", "leadership", "delegation",
                                                "refugees", "civilians", "villagers", "authorities", "leaders",
                                                "officials", "politicians", "parties", "lawmakers", "deputies",
                                                "representatives", NULL};

/* "Bosnian Serbs", "Kosovo Albanians", "Turkish Cypriots", "ethnic
 * Albanians", "Bosnian Serb forces", "the Kosovo Albanian leader": a
 * country's name or demonym (or "ethnic") at [i, i+n), entry e, then
 * another country's demonym, capitalised, as a plural or before a group
 * noun, a title or a national body's word, names a community of the
 * second people (in the first land): a group of its own, not either
 * country. e is NULL for "ethnic". Returns the token after the demonym,
 * NONE if not; sets *people to the second country. */
static size_t S_community(const S_ctx *c, size_t i, size_t n, const rg_lex_entry *e, int *people)
{
    const rg_token *t = &c->seg->tok[i];
    if (e ? !(e->kind == LEX_COUNTRY || e->kind == LEX_DEMONYM) || !(t->flags & T_CAP) || (t->flags & T_UPPER) ||
                (t->flags & T_TITLECASE)
          : c->seg->tok[i].lclen != 6 || !S_tok_is(c, i, "ethnic")) /* (a length test first: every token) */
        return NONE;
    size_t j = i + n;
    const rg_lex_entry *d;
    if (j >= c->lim || !(c->seg->tok[j].flags & T_CAP) || (c->seg->tok[j].flags & T_UPPER) ||
        c->seg->tok[j].start != t->end + 1 || S_best(c, j, M_ENTITY, &d) != 1 || d->kind != LEX_DEMONYM ||
        (e && d->item == e->item))
        return NONE;
    const char *w = rg_tok_lc(c->seg, j);
    size_t wl = c->seg->tok[j].lclen;
    int plural = wl > 3 && w[wl - 1] == 's' && w[wl - 2] != 's';
    if (!plural) {
        size_t q = j + 1;
        if (!e) return NONE;
        const rg_lex_entry *tt;
        if (q >= c->lim || !(c->seg->tok[q].flags & T_LOWER)) return NONE;
        if (!S_tok_in(c, q, S_community_nouns) && !S_word_in(c, W_GROUP_NOUN, q) &&
            !(S_best(c, q, (1u << LEX_TITLE) | (1u << LEX_BODY), &tt) == 1))
            return NONE;
    }
    *people = (int)d->item;
    return j + 1;
}

/* Emits the group a country leads, named from token from (the country)
 * to end (after its noun): keyed and labelled with the country, whose
 * acts it shares (RG_CAND_LED). */
static void S_emit_led(S_ctx *c, size_t from, size_t end, int country)
{
    rg_cand *x = S_emit(c, end - 1, end, RG_GROUP, "country + '-led' + group noun");
    x->span_from = from;
    x->start = c->seg->tok[from].start;
    x->country = country;
    x->flags |= RG_CAND_LED;
}

static size_t S_led_group(const S_ctx *c, size_t j)
{
    if (j + 2 >= c->lim || !S_punct(c, j, '-') || c->seg->tok[j].start != c->seg->tok[j - 1].end ||
        !S_tok_is(c, j + 1, "led"))
        return NONE;
    return S_led_noun(c, j + 2);
}

/* Whether the words [i, end) open the name of a group found earlier in
 * the document ("Echo Bay" after "Echo Bay Mines Ltd"): its short form.
 * Looks back over at most SHORT_FORM_LOOKBACK candidates. */
#define SHORT_FORM_LOOKBACK 256
static int S_opens_group_name(const S_ctx *c, size_t i, size_t end)
{
    size_t n = c->out->n, len = c->seg->tok[end - 1].end - c->seg->tok[i].start;
    const char *w = c->text + c->seg->tok[i].start;
    for (size_t q = n; q > 0 && q + SHORT_FORM_LOOKBACK > n; q--) {
        const rg_cand *g = &c->out->c[q - 1];
        if (g->type != RG_GROUP || g->end - g->start <= len + 1) continue;
        const char *gw = c->text + g->start;
        if (memcmp(gw, w, len) == 0 && gw[len] == ' ') return 1;
    }
    return 0;
}

/* Whether token i follows a preposition of place ("in", "at", "near",
 * "from"): a capitalised name there is where something is. */
static int S_after_place_prep(const S_ctx *c, size_t i)
{
    return i > 0 && (S_tok_is(c, i - 1, "in") || S_tok_is(c, i - 1, "at") || S_tok_is(c, i - 1, "near") ||
                     S_tok_is(c, i - 1, "from"));
}

static void S_sentence(S_ctx *c, size_t a, size_t b)
{
    c->lim = b;
    size_t i = a;
    while (i < b) {
        const rg_token *t = &c->seg->tok[i];
        if (t->flags & T_SPEAKER) {
            size_t k = i;
            while (k < b && !S_punct(c, k, ':')) k++;
            S_speaker(c, i, k);
            i = k + 1;
            continue;
        }
        if (t->flags & T_PUNCT) {
            i++;
            continue;
        }
        const rg_lex_entry *e = NULL;
        size_t n = S_best(c, i, M_ENTITY, &e);
        int people;
        size_t cend = S_community(c, i, n ? n : 1, n ? e : NULL, &people);
        if (cend != NONE) {
            rg_cand *x = S_emit(c, i, cend, RG_GROUP,
                                "country, demonym or 'ethnic' + another people's demonym: a community ('Bosnian "
                                "Serbs', 'Kosovo Albanian leaders')");
            x->flags |= RG_CAND_COMMUNITY;
            x->item = people;
            i = cend;
            continue;
        }
        size_t amp = S_ampersand_name(c, i, n);
        if (amp != NONE) {
            S_emit(c, i, amp, RG_GROUP, "names joined by '&' ('Marks & Spencer')");
            i = amp;
            continue;
        }
        if (n) {
            int k = e->kind;
            /* "the ruling Georgian Dream party": a demonym that opens a
             * capitalised name before a group's noun is that name's */
            if (k == LEX_DEMONYM && (t->flags & T_CAP) && !(t->flags & T_TITLECASE)) {
                size_t end = i + n;
                const rg_lex_entry *e2;
                while (end < b && end < i + n + 3 && S_name_tok(c, end) && (c->seg->tok[end].flags & T_CAP) &&
                       !(c->seg->tok[end].flags & T_TITLECASE) && !S_best(c, end, M_ENTITY, &e2) &&
                       !S_word_in(c, W_ORGWORD, end))
                    end++;
                /* (not an adjective: "Iraqi Kurdish rebels") */
                if (end > i + n && end < b && !S_adjective_like(c, end - 1) && (c->seg->tok[end].flags & T_LOWER) &&
                    S_word_in(c, W_GROUP_NOUN, end)) {
                    S_emit(c, i, end, RG_GROUP, "demonym opening a name before a group noun ('the Georgian Dream party')");
                    i = end;
                    continue;
                }
            }
            /* "the Saudi-led coalition", "U.S.-led forces": a group the
             * country leads, named with it (the country qualifies it) */
            if ((k == LEX_COUNTRY || k == LEX_DEMONYM) && (t->flags & T_CAP)) {
                size_t end = S_led_group(c, i + n);
                if (end != NONE) {
                    S_emit_entry(c, i, n, e)->flags |= RG_MENTION_MODIFIER;
                    S_emit_led(c, i, end, (int)e->item);
                    i = end;
                    continue;
                }
            }
            if ((k == LEX_CAPITAL || k == LEX_PLACE) && (t->flags & T_CAP)) {
                size_t end = S_place_body(c, i, n, e);
                if (end != i) {
                    i = end;
                    continue;
                }
            }
            /* (a capital too, before a body in lower case: "Kabul
             * authorities", "Beijing's leadership") */
            if (k == LEX_COUNTRY || k == LEX_DEMONYM ||
                (k == LEX_CAPITAL && i + n < c->lim && (c->seg->tok[i + n].flags & T_LOWER) &&
                 !(t->flags & T_UPPER))) {
                size_t end = S_country_compound(c, i, n, e);
                if (end != i) {
                    i = end;
                    continue;
                }
            }
            if ((k == LEX_CAPITAL || k == LEX_PLACE) && (t->flags & T_CAP) && !(t->flags & T_UPPER)) {
                /* "Leeds United", "Bolton Wanderers": a town and a club's
                 * last word name the club */
                size_t end = i + n;
                while (end < b && end < i + n + 2 && S_word_in(c, W_CLUB, end) &&
                       (c->seg->tok[end].flags & T_CAP))
                    end++;
                /* an organisation word after it makes one company name:
                 * "London United Investment PLC" */
                if (end > i + n && !(end < b && (c->seg->tok[end].flags & T_CAP) && S_word_in(c, W_ORGWORD, end))) {
                    S_emit(c, i, end, RG_GROUP, "a place and a sports club's word");
                    i = end;
                    continue;
                }
            }
            /* (a body's words too: "People's Party" is no "people",
             * "Government Accountability Office" no government) */
            if ((k == LEX_COUNTRY || k == LEX_DEMONYM || k == LEX_CAPITAL || k == LEX_PLACE || k == LEX_ORG ||
                 (k == LEX_BODY && !(t->flags & T_TITLECASE) && S_body_runs_on(c, i + n, &c->lex->bodies[e->item]))) &&
                (t->flags & (T_CAP | T_UPPER))) {
                size_t end = S_org_run(c, i);
                if (end != NONE && end > i + n && (k != LEX_BODY || S_orgword_in(c, i + n, end))) {
                    S_emit(c, i, end, RG_GROUP, "name with an organisation word");
                    i = end;
                    continue;
                }
            }
            if (k == LEX_TITLE) {
                int title = -1, country = -1;
                size_t j = S_titles(c, i, &title, &country);
                size_t end = S_person_after_title(c, i, j, title, country, "title + name");
                i = end > j ? end : j;
                continue;
            }
            if (k == LEX_BODY && (t->flags & T_CAP) && !(t->flags & T_TITLECASE) && i + n + 1 < b &&
                S_tok_is(c, i + n, "of")) {
                /* "the Ministry of Foreign Affairs of Indonesia", "the Armed
                 * Forces of the Philippines": the country after "of" is
                 * the body's (its name runs over it; the country stays a
                 * mention that qualifies it) */
                size_t r2 = i + n + 1;
                if (S_tok_is(c, r2, "the") && r2 + 1 < b) r2++;
                const rg_lex_entry *ce;
                size_t m = S_best(c, r2, 1u << LEX_COUNTRY, &ce);
                if (m && c->lex->bodies[e->item].to_country) {
                    /* "the Government of Honduras": Honduras itself */
                    rg_cand *x = S_emit(c, i, r2 + m, RG_COUNTRY, "government word + of + country");
                    x->lex_kind = LEX_COUNTRY;
                    x->item = x->country = (int)ce->item;
                    x->start = c->seg->tok[r2].start; /* the mention is the country's name */
                    i = r2 + m;
                    continue;
                }
                if (m && !c->lex->bodies[e->item].media) {
                    rg_cand *x = S_emit_entry(c, i, n, e);
                    x->country = (int)ce->item;
                    x->end = c->seg->tok[r2 + m - 1].end;
                    x->why = "national body + of + its country";
                    rg_cand *q = S_emit_entry(c, r2, m, ce);
                    q->flags |= RG_MENTION_MODIFIER;
                    i = r2 + m;
                    continue;
                }
                /* "the Government of National Unity", "the Army of
                 * Conquest": capitalised words after "of" that are no
                 * country, place, title or given name make the body a
                 * named group of its own (not "Officials of Harcourt"
                 * opening a sentence: a common word there is no name) */
                if (!m && !(S_startlike(c, i) && S_word_in(c, W_COMMON, i))) {
                    size_t w = i + n + 1;
                    const rg_lex_entry *pe;
                    while (w < b && w < i + n + 5 && S_name_tok(c, w) && (c->seg->tok[w].flags & T_CAP) &&
                           !(c->seg->tok[w].flags & T_TITLECASE) && !S_word_in(c, W_GIVEN, w) &&
                           !S_best(c, w, M_ENTITY | (1u << LEX_TITLE), &pe))
                        w++;
                    if (w > i + n + 1) {
                        S_emit(c, i, w, RG_GROUP, "national body + of + a name");
                        i = w;
                        continue;
                    }
                }
            }
            if (k == LEX_BODY) {
                /* a body with no country before it: resolve.c ties it to
                 * an earlier qualified one, or drops it */
                rg_cand *x = S_emit_entry(c, i, n, e);
                x->why = "national body (no country)";
                size_t pe = S_portfolio_end(c, i, i + n);
                x->tok_to = pe;
                x->end = c->seg->tok[pe - 1].end;
                i = pe;
                continue;
            }
            /* "Social Democrats", "Christian Democrats", "Liberal
             * Democrats": an adjective before a one-word party of the
             * lexicon names another party */
            if (k == LEX_ORG && n == 1 && i > a && S_party_adjective(c, i - 1) && !S_startlike(c, i - 1) &&
                !(c->seg->tok[i].flags & (T_TITLECASE | T_UPPER))) {
                /* (the adjective alone was a tentative name: it is this one's) */
                rg_cand *prev = c->out->n ? &c->out->c[c->out->n - 1] : NULL;
                if (prev && prev->tok_from == i - 1 && prev->tok_to == i && prev->item == -2) c->out->n--;
                prev = c->out->n ? &c->out->c[c->out->n - 1] : NULL;
                if (!prev || prev->tok_to <= i - 1) {
                    S_emit(c, i - 1, i + 1, RG_GROUP, "adjective + a party's word: another party ('Social Democrats')");
                    i++;
                    continue;
                }
            }
            rg_cand *x = S_emit_entry(c, i, n, e);
            if (k == LEX_CAPITAL && S_capital_acts(c, a, i, n)) {
                int org = S_seat_org(c, i, n);
                if (org >= 0) {
                    /* "Brussels said": the organisation seated there */
                    x->type = c->lex->orgs[org].type;
                    x->lex_kind = LEX_ORG;
                    x->item = org;
                    x->country = c->lex->orgs[org].country;
                    x->why = "capital acting as the organisation seated there";
                } else {
                    x->type = RG_COUNTRY;
                    x->lex_kind = LEX_COUNTRY;
                    x->why = "capital acting as its country";
                }
            }
            i += n;
            /* (a seat of government too: "Kremlin spokesman Dmitry
             * Peskov" is Russia's official) */
            if (k == LEX_ORG && (c->lex->orgs[e->item].type == RG_GROUP ||
                                 (c->lex->orgs[e->item].type == RG_COUNTRY && c->lex->orgs[e->item].country >= 0))) {
                size_t org = c->out->n - 1;
                size_t end = S_member_after(c, i, c->lex->orgs[e->item].country);
                if (end > i) {
                    /* "EU envoy Miroslav Lajcak", "IAEA chief Rafael
                     * Grossi": the person acts; the organisation says whose
                     * official he is, as a country does before a title */
                    c->out->c[org].flags |= RG_MENTION_MODIFIER;
                    i = end;
                }
            }
            continue;
        }
        if ((t->flags & T_HYPH) && S_hyphen_parts(c, i)) {
            /* "the U.S.-led coalition": as "Saudi-led" above, in one token */
            rg_cand *part = &c->out->c[c->out->n - 1];
            size_t end = S_led_noun(c, i + 1);
            if (part->type == RG_COUNTRY && part->lex_kind != LEX_ORG && t->end >= t->start + 4 &&
                memcmp(c->text + t->end - 4, "-led", 4) == 0 && part->end + 4 == t->end && end != NONE) {
                part->flags |= RG_MENTION_MODIFIER;
                S_emit_led(c, i, end, part->country);
                i = end;
                continue;
            }
            i++;
            continue;
        }
        if (S_particle(c, i) && S_word_in(c, W_PARTICLE_START, i) &&
            (i == a || !(c->seg->tok[i - 1].flags & (T_CAP | T_UPPER)))) {
            /* a surname opening with its particles, alone: "de Klerk
             * told", "talks with van der Vorm" (one capitalised word: a
             * run of them is a French or Spanish name of a body, "des
             * Travaux Publics") */
            size_t w = i + 1;
            while (w < b && w < i + 3 && S_particle(c, w)) w++;
            const rg_token *x = w < b ? &c->seg->tok[w] : NULL;
            if (x && S_name_tok(c, w) && (x->flags & T_CAP) && !(x->flags & (T_UPPER | T_TITLECASE)) &&
                !S_word_in(c, W_COMMON | W_ORGWORD | W_CLUB, w) && !S_best(c, w, M_ENTITY, &e) &&
                !(w + 1 < b && (c->seg->tok[w + 1].flags & (T_CAP | T_UPPER)))) {
                S_emit(c, i, w + 1, RG_PERSON, "name with a particle");
                i = w + 1;
                continue;
            }
        }
        if (!S_name_tok(c, i) || (!(t->flags & (T_CAP | T_UPPER)))) {
            i++;
            continue;
        }
        int common = S_word_in(c, W_COMMON, i) && !S_word_in(c, W_GIVEN, i);
        if ((t->flags & T_SSTART) && S_word_in(c, W_PERSON_NOUN, i) && i + 1 < b && S_name_tok(c, i + 1) &&
            (c->seg->tok[i + 1].flags & T_CAP)) {
            /* "Witness Aung Kyaw Moe", "Astronauts Miguel Lopez": a word
             * for people opening the sentence is not the name's first word
             * (resolve.c reads it as a cue) */
            i++;
            continue;
        }
        if (S_determiner(c, i)) {
            /* "The Lakeside Farmers Union": the article is not part of the
             * name (names that keep it, The Hague, are in the lexicon) */
            i++;
            continue;
        }
        if (S_word_in(c, W_FAITH, i) && !(t->flags & (T_UPPER | T_TITLECASE))) {
            /* "Shi'ite Moslem militiamen", "the rebel Christian
             * commander", "the Shi'ite Amal movement": adjectives of a
             * faith are no words of a new name (the lexicon's, "Muslim
             * Brotherhood", were read above), save where an organisation's
             * name runs from them ("Catholic Relief Services", "Coptic
             * Orthodox Church") */
            size_t f = i;
            while (f < b && f < i + 3 && S_word_in(c, W_FAITH, f)) f++;
            int org_next = S_org_run(c, i) != NONE;
            /* (a given name, "Christian", is an adjective only before a
             * lower-case word that is no verb or small word, or before
             * one more name and a word for people or a group: "Christian
             * commander", "Christian Phalangist militiamen"; "Christian
             * said" is James Christian, "Christian Lindner" a name) */
            int named = 0;
            if (S_word_in(c, W_GIVEN, i) && f == i + 1) {
                const unsigned verb = W_SAY | W_PERSON_ACT | W_PAST | W_AUX | W_BE | W_STOP;
                if (f >= b) named = 1;
                else if (c->seg->tok[f].flags & T_LOWER)
                    named = S_word_in(c, verb, f) || !(c->seg->tok[f].flags & T_WORD);
                else
                    named = !(f + 1 < b && (c->seg->tok[f + 1].flags & T_LOWER) &&
                              S_word_in(c, W_PERSON_NOUN | W_GROUP_NOUN, f + 1));
            }
            if (!org_next && !named) {
                i = f;
                continue;
            }
        }
        if (S_startlike(c, i) && i + 1 < b && S_tok_is(c, i + 1, "of") && !S_word_in(c, W_ORGWORD, i) &&
            (common || rg_lexicon__common_plural(c->lex, rg_tok_lc(c->seg, i), t->lclen))) {
            /* "Members of Kestrel Party said", "Fans of Leeds United": a
             * common noun opening the sentence is not the name's first
             * word ("Bank of England" opens with an organisation word) */
            i++;
            continue;
        }
        size_t org = S_org_run(c, i);
        if (org != NONE && !(common && S_startlike(c, i) && org == i + 1)) {
            S_emit(c, i, org, RG_GROUP, "name with an organisation word");
            i = org;
            continue;
        }
        if (common && (S_startlike(c, i) || !(t->flags & T_CAP))) {
            i++;
            continue;
        }
        size_t end = S_name_run(c, i);
        /* a shouted headline ("SAMPRAS BEATS AGASSI IN FINAL") runs
         * verbs into names: each word stands alone there, and resolve.c
         * keeps one only as the surname of a name in the story */
        if (end > i + 1 && (t->flags & T_UPPER) && (t->flags & T_TITLECASE)) end = i + 1;
        if (end == i) {
            i++;
            continue;
        }
        size_t len = end - i;
        /* "the opposition Unitary Platform", "the separatist FLNKS
         * alliance", "the jihadist JNIM": a group's modifier before a
         * determined name (an adjective may come first: "the main
         * opposition UFDG") */
        /* (not "the drug Virazole", "the political Right"; and with a
         * group noun after it the next rule decides: "the ruling
         * Conservative party" is a kind) */
        if (i >= 2 && (c->seg->tok[i - 1].flags & T_LOWER) && S_word_in(c, W_GROUP_MOD, i - 1) &&
            !S_tok_is(c, i - 1, "drug") && !S_tok_is(c, i - 1, "political") && !S_tok_is(c, i - 1, "criminal") &&
            (S_tok_is(c, i - 2, "the") || (c->seg->tok[i - 2].flags & T_POSS) ||
             (i >= 3 && (c->seg->tok[i - 2].flags & T_LOWER) && !S_word_in(c, W_STOP, i - 2) &&
              (S_tok_is(c, i - 3, "the") || (c->seg->tok[i - 3].flags & T_POSS)))) &&
            !S_word_in(c, W_GIVEN, i) &&
            !(common && len == 1) && !((t->flags & T_UPPER) && (t->flags & T_TITLECASE)) &&
            !(end < b && (c->seg->tok[end].flags & T_LOWER) && S_word_in(c, W_GROUP_NOUN, end) &&
              !(t->flags & T_UPPER) /* an acronym is no kind: "the separatist FLNKS alliance" */)) {
            /* its capitalised words, common ones too ("Platform") */
            size_t e2 = end;
            while (e2 < b && e2 < i + 5 && S_name_tok(c, e2) && (c->seg->tok[e2].flags & (T_CAP | T_UPPER))) e2++;
            S_emit(c, i, e2, RG_GROUP, "name after a group's modifier ('the opposition Unitary Platform')");
            i = e2;
            continue;
        }
        if (S_group_noun_after(c, i, end, b)) {
            S_emit(c, i, end, RG_GROUP, "name before a group noun ('the Ennahda party')");
            i = end;
            continue;
        }
        if ((common || S_word_in(c, W_ORGWORD | W_CLUB, i)) && len == 1) {
            /* "the Commission said": an organisation word alone names
             * nobody we can tell */
            i++;
            continue;
        }
        if (len == 1) {
            const rg_token *x = &c->seg->tok[i];
            size_t letters = x->end - x->start;
            /* an acronym with a digit is a model or a measure ("A340",
             * "MD-11", "M-1"); armed groups so named are the lexicon's */
            int digit = 0;
            for (size_t q = x->start; q < x->end; q++) digit |= isdigit((unsigned char)c->text[q]) != 0;
            /* (but a group so named: "the hacking group APT41", "the
             * ransomware gang LockBit3") */
            if (digit && i > 0 && (S_tok_is(c, i - 1, "group") || S_tok_is(c, i - 1, "gang"))) {
                S_emit(c, i, end, RG_GROUP, "name after an organisation's noun");
                i = end;
                continue;
            }
            if (digit && (x->flags & T_UPPER)) {
                i = end;
                continue;
            }
            if ((x->flags & T_UPPER) && letters >= 2 && letters <= 7 && !(x->flags & T_ABBR) &&
                !(x->flags & T_TITLECASE)) {
                rg_cand *m = S_emit(c, i, end, RG_GROUP, "acronym");
                m->item = -2; /* tentative: resolve.c confirms */
            } else {
                rg_cand *m = S_emit(c, i, end, RG_PERSON, "capitalised word");
                m->item = -2;
            }
            i = end;
            continue;
        }
        const char *why = "capitalised name";
        rg_type type = RG_PERSON;
        int tentative = 0;
        int has_initial = 0, has_particle = 0, has_word = 0;
        for (size_t k = i; k < end; k++) {
            if (c->seg->tok[k].flags & T_INITIAL) has_initial = 1;
            else if (c->seg->tok[k].end - c->seg->tok[k].start >= 2) has_word = 1;
            if (S_particle(c, k) || !(c->seg->tok[k].flags & (T_CAP | T_UPPER))) has_particle = 1;
        }
        if (!has_word) {
            /* only initials ("H.M", a signature): not a name */
            i = end;
            continue;
        }
        if (len >= 2 && (S_tok_is(c, i, "los") || S_tok_is(c, i, "las")) && !(t->flags & T_UPPER) &&
            !S_after_place_prep(c, i)) {
            /* "Los Choneros", "Los Zetas": a Spanish plural article opens
             * a group's name, never a person's; the places so named are
             * the lexicon's (Los Angeles), or where something is ("in
             * Los Mochis", a place by the rule below) */
            S_emit(c, i, end, RG_GROUP, "name opening with a Spanish plural article ('Los Zetas')");
            i = end;
            continue;
        }
        if (S_word_in(c, W_ORGWORD | W_CLUB, end - 1)) {
            /* "Chemical Corp", "Capital Inc": organisation words and
             * common words only, which S_org_run leaves (it wants a proper
             * word); a person's name never ends in one, nor in a club's
             * word ("Blackburn Rovers") */
            S_emit(c, i, end, RG_GROUP, "name ending in an organisation word");
            i = end;
            continue;
        }
        if (S_party_adjective(c, end - 1) && !S_tok_is(c, end - 1, "social")) { /* ("Gross Social Product") */
            /* "Christian Democratic Appeal": a person's name ends in no
             * party adjective; such words open a group's name when more
             * capitalised words follow, else they name nobody */
            size_t e2 = end;
            const rg_lex_entry *te;
            while (e2 < b && e2 < end + 4 && S_name_tok(c, e2) && (c->seg->tok[e2].flags & T_CAP) &&
                   !(c->seg->tok[e2].flags & T_TITLECASE) && !S_word_in(c, W_GIVEN, e2) &&
                   !S_best(c, e2, 1u << LEX_TITLE, &te))
                e2++;
            if (e2 > end) S_emit(c, i, e2, RG_GROUP, "adjectives opening a name (a party's, not a person's)");
            i = e2;
            continue;
        }
        /* "lawmakers from Popular Renewal", "members of Georgian Dream":
         * the people of a party or movement, named with no word for
         * one (a person's name has a given name, read above) */
        static const char *const members[] = {"lawmakers", "legislators", "members", "supporters", "deputies",
                                              "senators", "activists", "councillors", "councilors", NULL};
        int of_members = 0;
        if (i >= 2 && (S_tok_is(c, i - 1, "of") || S_tok_is(c, i - 1, "from")))
            for (size_t q = 0; members[q] && !of_members; q++) of_members = S_tok_is(c, i - 2, members[q]);
        /* "Homa Bay County", "Kilifi County", "Kaduna State": a name
         * that ends in a word for a territory is a place, whatever its
         * first word (Homa is a given name too) */
        static const char *const territory[] = {"county", "province", "state", "district", "region", "governorate",
                                                "prefecture", "oblast", "territory", "municipality", "bay", "island",
                                                "islands", "valley", "peninsula", "delta", "plateau", NULL};
        if (end > i + 1 && (c->seg->tok[end - 1].flags & T_CAP) && !(c->seg->tok[end - 1].flags & T_TITLECASE) &&
            S_tok_in(c, end - 1, territory) && !S_opens_group_name(c, i, end)) {
            type = RG_PLACE;
            why = "name ending in a word for a territory";
        } else if (S_word_in(c, W_GIVEN, i)) {
            why = "given name + name";
        } else if (of_members && !has_initial) {
            type = RG_GROUP;
            why = "name after 'members of', 'lawmakers from'";
        } else if (has_initial) {
            why = "name with an initial";
        } else if (has_particle && S_word_in(c, W_ORGWORD, i)) {
            /* "Jaish al-Adl", "Jabhat al-Nusra": an organisation word
             * (an army, a front) and its particle name */
            type = RG_GROUP;
            why = "organisation word + name with a particle";
        } else if (has_particle) {
            why = "name with a particle";
        } else if (S_after_place_prep(c, i)) {
            type = RG_PLACE;
            why = "capitalised name after a place preposition";
        } else if (i > 0 && (c->seg->tok[i - 1].flags & T_LOWER) && S_word_in(c, W_ORG_NOUN, i - 1) &&
                   end > i + 1) {
            /* "Canadian miner Barrick Gold", "its subsidiary Jaguar Land
             * Rover": a noun for an organisation names what follows (one
             * word alone waits for resolve.c's cues) */
            type = RG_GROUP;
            why = "name after an organisation's noun";
        } else {
            /* no cue: resolve.c keeps it when the document vouches for it
             * (a speech verb, a title in apposition, its surname alone) */
            tentative = 1;
        }
        rg_cand *m = S_emit(c, i, end, type, why);
        if (tentative) m->item = -2;
        i = end;
    }
}

/* ------------------------------------------------------------ datelines */

#define DATELINE_MAX 16 /* tokens before a dateline's dash */

/* The dash ending a dateline that opens the sentence [a, b), or NONE: a
 * line that starts with a word in capitals, then words, commas, a date,
 * and either an agency in brackets before the dash ("MONACO (AP) -",
 * "BEIJING, March 3 (Xinhua) --", "LAGOS, Nigeria (AP) -") or, with no
 * agency, a city of the lexicon ("WASHINGTON -", "KUWAIT CITY -"). *open
 * is the agency's "(" or NONE. */
static size_t S_dateline(const S_ctx *c, size_t a, size_t b, size_t *open)
{
    *open = NONE;
    const rg_token *t = &c->seg->tok[a];
    if (!(t->flags & T_LSTART) || !(t->flags & T_UPPER) || !(t->flags & T_WORD)) return NONE;
    for (size_t k = a + 1; k < b && k <= a + DATELINE_MAX; k++) {
        const rg_token *q = &c->seg->tok[k];
        if (S_punct(c, k, '-')) {
            if (*open != NONE) return S_punct(c, k - 1, ')') ? k : NONE;
            /* no agency: capitals and commas only, opening with a city */
            for (size_t j = a; j < k; j++)
                if (!(c->seg->tok[j].flags & T_UPPER) && !S_punct(c, j, ',')) return NONE;
            const rg_lex_entry *e;
            size_t n = S_best(c, a, (1u << LEX_CAPITAL) | (1u << LEX_PLACE), &e);
            return n && a + n <= k ? k : NONE;
        }
        if (S_punct(c, k, '(')) {
            if (*open != NONE) return NONE;
            *open = k;
            continue;
        }
        if (S_punct(c, k, ')') || S_punct(c, k, ',') || S_punct(c, k, '.')) continue;
        if (!(q->flags & T_WORD) || (q->flags & T_LOWER)) return NONE; /* a sentence, not a dateline */
    }
    return NONE;
}

/* Flags RG_MENTION_DATELINE the candidates of the sentence [a, b) from
 * index first on that fall in its dateline: the place it was filed from
 * and the agency that filed it are no party to the story ("LAGOS,
 * Nigeria (AP) - Gunmen attacked ..."). */
static void S_mark_dateline(S_ctx *c, size_t a, size_t b, size_t first)
{
    size_t open, dash = S_dateline(c, a, b, &open);
    for (size_t i = first; dash != NONE && i < c->out->n; i++)
        if (c->out->c[i].tok_from < dash) c->out->c[i].flags |= RG_MENTION_DATELINE;
}

/* Whether tokens [ti, end) spell acr from letter ai on: each capitalised
 * word gives its initial; a small joining word ("of", "and", "the") or a
 * possessive gives its initial or nothing ("Organisation of the Petroleum
 * Exporting Countries", "New People's Army"). The caller bounds the run
 * to twelve tokens, so the two ways of each joining word stay few. */
static int S_spells(const S_ctx *c, size_t ti, size_t end, const char *acr, size_t ai, size_t n)
{
    if (ti == end) return ai == n;
    const rg_token *t = &c->seg->tok[ti];
    if (t->flags & T_POSS) return S_spells(c, ti + 1, end, acr, ai, n);
    char ini = (char)toupper((unsigned char)c->text[t->start]);
    if (t->flags & T_CAP) return ai < n && ini == acr[ai] && S_spells(c, ti + 1, end, acr, ai + 1, n);
    return S_connector(c, ti) &&
           (S_spells(c, ti + 1, end, acr, ai, n) || (ai < n && ini == acr[ai] && S_spells(c, ti + 1, end, acr, ai + 1, n)));
}

/* The first token of the words before token p (in the sentence from a,
 * twelve tokens at most) that spell the acronym letters[0..n): the
 * nearest start, a capitalised word (no sentence opener that may be a
 * common word, "The"), over capitalised words, possessives and
 * connectors; NONE when none spells it. */
static size_t S_spelled_from(const S_ctx *c, size_t a, size_t p, const char *letters, size_t n)
{
    for (size_t q = p; q-- > a && p - q <= 12;) {
        const rg_token *t = &c->seg->tok[q];
        if ((t->flags & T_PUNCT) && !(t->flags & T_POSS)) break;
        if (!(t->flags & (T_CAP | T_POSS)) && !S_connector(c, q)) break;
        if ((t->flags & T_CAP) && !S_determiner(c, q) && S_spells(c, q, p, letters, 0, n)) return q;
    }
    return NONE;
}

/* "the Multinational Security Support (MSS) mission": capitalised words
 * no candidate covers, before an acronym in parentheses they spell, are
 * a group's name, which the text defines (resolve.c then reads the
 * acronym as this group, over a lexicon organisation of the same
 * letters). Two words at least, not a headline's, and only where nothing
 * but the name finder's guesses covers them. p: the "(". */
static void S_acronym_only_names(S_ctx *c, size_t first, size_t a, size_t p, const char *letters, size_t n)
{
    /* (not "the Export Credits Guarantee Department's (ECGD)": the
     * possessive is no word of the name, and resolve.c ties the acronym
     * only to a name right before its parenthesis) */
    if (p == 0 || (c->seg->tok[p - 1].flags & T_POSS)) return;
    size_t s = S_spelled_from(c, a, p, letters, n);
    if (s == NONE || p < s + 2 || (c->seg->tok[s].flags & T_TITLECASE)) return;
    /* nothing found there already but the name finder's guesses */
    size_t h = first;
    while (h < c->out->n && c->out->c[h].tok_to <= s) h++;
    size_t g = h;
    while (g < c->out->n && c->out->c[g].tok_from < p) {
        if (c->out->c[g].lex_kind != -1 || c->out->c[g].tok_from < s || c->out->c[g].tok_to > p) return;
        g++;
    }
    /* the new candidate replaces [h, g) */
    if (g == h) {
        RG_GROW(c->out->c, c->out->cap, c->out->n + 1);
        memmove(&c->out->c[h + 1], &c->out->c[h], (c->out->n - h) * sizeof *c->out->c);
        c->out->n++;
    } else {
        memmove(&c->out->c[h + 1], &c->out->c[g], (c->out->n - g) * sizeof *c->out->c);
        c->out->n -= g - h - 1;
    }
    rg_cand x = {0};
    x.tok_from = x.span_from = s;
    x.tok_to = p;
    x.start = c->seg->tok[s].start;
    x.end = c->seg->tok[p - 1].end;
    x.type = RG_GROUP;
    x.lex_kind = x.item = x.country = x.title = x.body = x.entity = -1;
    x.why = "name whose acronym in parentheses it spells";
    c->out->c[h] = x;
}

/* "The Peoples Democratic Party (PDP)", "The Academic Staff Union of
 * Universities (ASUU)": an acronym in parentheses whose letters the
 * capitalised words before it spell names them all, where the lexicon or
 * the name finder took only the last few ("Democratic Party", a US party;
 * "Union of Universities"). The group found right before the parenthesis
 * is widened to the spelled words when nothing but groups stands among
 * them; countries, places and people are left alone ("the Armed Forces
 * of the Philippines (AFP)" is read already). Candidates of the sentence
 * [a, b) from index first on. */
static void S_acronym_names(S_ctx *c, size_t first, size_t a, size_t b)
{
    for (size_t p = a + 2; p + 2 < b; p++) {
        const rg_token *acr = &c->seg->tok[p + 1];
        size_t n = acr->end - acr->start;
        if (!S_punct(c, p, '(') || !S_punct(c, p + 2, ')') || !(acr->flags & T_UPPER) || n < 2 || n > 8) continue;
        char letters[9];
        size_t k = 0;
        for (; k < n && isalpha((unsigned char)c->text[acr->start + k]); k++) letters[k] = c->text[acr->start + k];
        if (k < n) continue; /* "M23", "NoName057(16)" */
        /* the group that ends at the parenthesis */
        size_t g = first;
        while (g < c->out->n && c->out->c[g].tok_to < p) g++;
        if (g == c->out->n || c->out->c[g].tok_to != p) {
            /* (only where the acronym itself is taken for a group: a
             * lexicon organisation, "MSS", or an unknown one, "SIU"; not
             * an acronym of things, "the Gross National Product (GNP)") */
            size_t q = g;
            while (q < c->out->n && c->out->c[q].tok_from < p + 1) q++;
            if (q < c->out->n && c->out->c[q].tok_from == p + 1 && c->out->c[q].tok_to == p + 2 &&
                c->out->c[q].type == RG_GROUP)
                S_acronym_only_names(c, first, a, p, letters, n);
            continue;
        }
        rg_cand *o = &c->out->c[g];
        if (o->type != RG_GROUP || (o->lex_kind != -1 && o->lex_kind != LEX_ORG)) continue;
        size_t s = S_spelled_from(c, a, p, letters, n);
        if (s == NONE || s >= o->tok_from) continue;
        /* among the words before it, only groups and the name finder's
         * guesses ("Peoples" alone), no country, place or known person */
        size_t h = g;
        while (h > first && c->out->c[h - 1].tok_to > s) h--;
        int ok = 1;
        for (size_t i = h; i < g && ok; i++)
            ok = (c->out->c[i].type == RG_GROUP || c->out->c[i].lex_kind == -1) && c->out->c[i].tok_from >= s;
        if (!ok) continue;
        o->tok_from = o->span_from = s;
        o->start = c->seg->tok[s].start;
        o->lex_kind = o->item = -1;
        o->why = "name whose acronym in parentheses it spells";
        memmove(&c->out->c[h], o, sizeof *o);
        memmove(&c->out->c[h + 1], &c->out->c[g + 1], (c->out->n - g - 1) * sizeof *o);
        c->out->n -= g - h;
    }
}

/* Whether token k is a numeral ordinal: 3rd, 155th, 22nd, 1st. */
static int S_ordinal(const S_ctx *c, size_t k)
{
    const rg_token *t = &c->seg->tok[k];
    if (!(t->flags & T_NUM)) return 0;
    const char *w = rg_tok_lc(c->seg, k);
    size_t n = c->seg->tok[k].lclen, d = 0;
    while (d < n && isdigit((unsigned char)w[d])) d++;
    return d > 0 && d + 2 == n &&
           (strcmp(w + d, "st") == 0 || strcmp(w + d, "nd") == 0 || strcmp(w + d, "rd") == 0 || strcmp(w + d, "th") == 0);
}

/* "the 3rd Infantry Division", "Russia's 155th Naval Infantry Brigade":
 * the ordinal before a formation's name the name finder found is the
 * name's (keys keep the 3rd and the 4th apart). Candidates of the
 * sentence from index first on. */
static void S_unit_ordinals(S_ctx *c, size_t first)
{
    for (size_t i = first; i < c->out->n; i++) {
        rg_cand *o = &c->out->c[i];
        size_t k = o->tok_from;
        if (o->type != RG_GROUP || o->lex_kind != -1 || k == 0 || o->span_from != k ||
            !S_word_in(c, W_UNIT, o->tok_to - 1) || !S_ordinal(c, k - 1) ||
            c->seg->tok[k - 1].sent != c->seg->tok[k].sent)
            continue;
        if (i > first && c->out->c[i - 1].tok_to > k - 1) continue;
        /* (not a date's: "on March 3rd Vandle Group bought") */
        if (k >= 2 && (c->seg->tok[k - 2].flags & T_CAP) && !(c->seg->tok[k - 2].flags & T_POSS) &&
            !S_tok_is(c, k - 2, "the"))
            continue;
        o->tok_from = o->span_from = k - 1;
        o->start = c->seg->tok[k - 1].start;
    }
}

/* A demonym or a country's possessive right before an organisation the
 * name finder found ("the Brazilian Federal Police", "Kenya's Unity
 * Front") says whose it is: the country qualifies the name, as it does a
 * lexicon body's, and is no mention of its own in the graph. Candidates
 * of the sentence from index first on. */
static void S_qualify_orgs(S_ctx *c, size_t first)
{
    for (size_t i = first; i + 1 < c->out->n; i++) {
        rg_cand *q = &c->out->c[i], *o = &c->out->c[i + 1];
        if ((q->lex_kind != LEX_DEMONYM && q->lex_kind != LEX_COUNTRY) || (q->flags & RG_MENTION_MODIFIER) ||
            o->type != RG_GROUP || o->lex_kind != -1 || o->item != -1 || o->country >= 0)
            continue;
        size_t j = q->tok_to;
        if (q->lex_kind == LEX_COUNTRY) {
            if (j >= c->seg->n_tok || !(c->seg->tok[j].flags & T_POSS)) continue;
            j++;
        }
        if (o->tok_from != j) continue;
        q->flags |= RG_MENTION_MODIFIER;
        o->country = q->country;
        o->span_from = q->tok_from; /* the group's label and key include its country */
    }
}

/* Whether the lower-case token k names a kind of organisation ("the UN
 * peacekeeping mission", "an al-Qaeda affiliate"). */
static int S_org_kind_word(const S_ctx *c, size_t k)
{
    static const char *const kinds[] = {"mission", "force", "operation", "body", "tribunal", "office",
                                        "programme", "program", "branch", "wing", "arm", NULL};
    return (c->seg->tok[k].flags & T_LOWER) &&
           (S_word_in(c, W_ORG_NOUN | W_GROUP_NOUN, k) || S_tok_in(c, k, kinds));
}

/* The end of one to three lower-case words from token j that end in a
 * kind of organisation, or NONE. */
static size_t S_org_kind_end(const S_ctx *c, size_t j, size_t b)
{
    for (size_t k = j; k < b && k < j + 3; k++) {
        if (!(c->seg->tok[k].flags & T_LOWER) || S_word_in(c, W_STOP, k)) return NONE;
        if (S_org_kind_word(c, k)) return k + 1;
    }
    return NONE;
}

/* An organisation that only says whose another is: "the UN peacekeeping
 * mission, MINUSMA", "the UN mission MINUSMA" (its name before a kind
 * of organisation and the other's name), "MINUSMA, the UN peacekeeping
 * mission," (inside the other's apposition). The named one acts; the
 * qualifier is no party. Candidates of the sentence [a, b) from index
 * first on. */
static void S_qualify_org_by_org(S_ctx *c, size_t first, size_t b)
{
    const rg_seg *seg = c->seg;
    for (size_t i = first; i + 1 < c->out->n; i++) {
        rg_cand *q = &c->out->c[i];
        if (q->type != RG_GROUP || q->lex_kind == LEX_BODY || (q->flags & RG_MENTION_MODIFIER)) continue;
        size_t j = q->tok_to;
        if (j < b && (seg->tok[j].flags & T_POSS)) j++;
        size_t e = S_org_kind_end(c, j, b), h = i + 1;
        /* (a body word among the words is no name: "mission") */
        while (e != NONE && h < c->out->n && c->out->c[h].tok_to <= e && c->out->c[h].lex_kind == LEX_BODY) h++;
        rg_cand *o = h < c->out->n ? &c->out->c[h] : NULL;
        if (e != NONE && o && o->type == RG_GROUP && o->lex_kind != LEX_BODY &&
            (e == o->tok_from || (S_punct(c, e, ',') && e + 1 == o->tok_from))) {
            q->flags |= RG_MENTION_MODIFIER;
            continue;
        }
        /* "MINUSMA, the UN peacekeeping mission," */
        o = &c->out->c[i + 1];
        j = q->tok_to;
        if (o->type == RG_GROUP && o->lex_kind != LEX_BODY && o->tok_from == j + 2 && S_punct(c, j, ',') &&
            (S_tok_is(c, j + 1, "the") || S_tok_is(c, j + 1, "a") || S_tok_is(c, j + 1, "an"))) {
            e = S_org_kind_end(c, o->tok_to, b);
            if (e != NONE && (e == b || S_punct(c, e, ',') || S_punct(c, e, '.') || S_punct(c, e, ')')))
                o->flags |= RG_MENTION_MODIFIER;
        }
    }
}

/* A country or place before "-based", "-registered" and the like says
 * where something is or comes from ("Hong Kong-based X", "a
 * Panama-flagged tanker", "the Russian-speaking gang X", "Iranian-made
 * drones"), not who acts (unlike "-led", "-backed"): it qualifies, and gives a
 * named organisation right after it its country (not a bare body word:
 * "Venezuela-based television" names none). Candidates of the
 * sentence from index first on. */
static void S_qualify_seats(S_ctx *c, size_t first)
{
    for (size_t i = first; i < c->out->n; i++) {
        rg_cand *q = &c->out->c[i];
        size_t j = q->tok_to;
        if (q->type != RG_COUNTRY && q->type != RG_PLACE) continue;
        if (j + 1 >= c->seg->n_tok || !S_punct(c, j, '-') || c->seg->tok[j].start != c->seg->tok[j - 1].end) continue;
        if (!S_tok_in(c, j + 1, S_seat_words)) continue;
        q->flags |= RG_MENTION_MODIFIER;
        rg_cand *o = i + 1 < c->out->n ? &c->out->c[i + 1] : NULL;
        if (o && o->type == RG_GROUP && o->lex_kind != LEX_BODY && o->tok_from == j + 2 && o->country < 0 &&
            q->type == RG_COUNTRY)
            o->country = q->country;
    }
}

/* "Seoul accused the North of ...", "the South's forces": in a story
 * that names a half of a divided country by its "North"/"South" name
 * ("North Korea", "South Sudan", their demonyms and capitals), "the
 * North" and "the South" in capitals are the lexicon's halves of it
 * (with two such countries named, the one each word can be). Not a
 * longer name ("the North Atlantic", "the South and East China seas",
 * "the North-South talks"). Runs over the whole document, after the
 * sentences. */
static void S_the_halves(S_ctx *c)
{
    const rg_lexicon *lex = c->lex;
    const rg_seg *seg = c->seg;
    int half[2] = {-2, -2}; /* north, south: -2 none named, -1 several */
    for (size_t i = 0; i < c->out->n; i++) {
        const rg_cand *o = &c->out->c[i];
        if ((o->lex_kind != LEX_COUNTRY && o->lex_kind != LEX_DEMONYM && o->lex_kind != LEX_CAPITAL) ||
            o->country < 0)
            continue;
        const rg_country *k = &lex->countries[o->country];
        int named = strncmp(k->name, "North ", 6) == 0 || strncmp(k->name, "South ", 6) == 0 ||
                    S_tok_is(c, o->tok_from, "north") || S_tok_is(c, o->tok_from, "south");
        if (!named) continue;
        int of[2] = {k->north, k->south};
        for (int h = 0; h < 2; h++)
            if (of[h] >= 0) half[h] = half[h] == -2 || half[h] == of[h] ? of[h] : -1;
    }
    if (half[0] < 0 && half[1] < 0) return;
    size_t h = 0; /* candidates before token i */
    for (size_t i = 1; i < seg->n_tok; i++) {
        while (h < c->out->n && c->out->c[h].tok_from < i) h++;
        int which = S_tok_is(c, i, "north") ? 0 : S_tok_is(c, i, "south") ? 1 : -1;
        if (which < 0 || half[which] < 0 || !(seg->tok[i].flags & T_CAP) || !S_tok_is(c, i - 1, "the") ||
            seg->tok[i - 1].sent != seg->tok[i].sent)
            continue;
        if (h > 0 && c->out->c[h - 1].tok_to > i) continue;
        size_t j = i + 1;
        if (j < seg->n_tok && seg->tok[j].sent == seg->tok[i].sent) {
            if (seg->tok[j].flags & T_CAP) continue;
            if (S_punct(c, j, '-') && seg->tok[j].start == seg->tok[i].end) continue;
            if ((S_tok_is(c, j, "and") || S_tok_is(c, j, "or")) && j + 1 < seg->n_tok &&
                (seg->tok[j + 1].flags & T_CAP))
                continue;
        }
        RG_GROW(c->out->c, c->out->cap, c->out->n + 1);
        memmove(&c->out->c[h + 1], &c->out->c[h], (c->out->n - h) * sizeof *c->out->c);
        c->out->n++;
        rg_cand x = {0};
        x.tok_from = x.span_from = i;
        x.tok_to = i + 1;
        x.start = seg->tok[i].start;
        x.end = seg->tok[i].end;
        x.type = RG_COUNTRY;
        x.lex_kind = LEX_COUNTRY;
        x.item = x.country = half[which];
        x.title = x.body = x.entity = -1;
        x.why = "\"the North\"/\"the South\": that half of the divided country the document names";
        c->out->c[h] = x;
    }
}

void rg_mentions_find(rg_cands *out, const rg_lexicon *lex, const rg_seg *seg, const char *text)
{
    S_ctx c = {lex, seg, text, out, 0};
    size_t a = 0;
    while (a < seg->n_tok) {
        size_t b = a + 1;
        while (b < seg->n_tok && seg->tok[b].sent == seg->tok[a].sent) b++;
        size_t first = out->n;
        S_sentence(&c, a, b);
        S_acronym_names(&c, first, a, b);
        S_unit_ordinals(&c, first);
        S_qualify_orgs(&c, first);
        S_qualify_seats(&c, first);
        S_qualify_org_by_org(&c, first, b);
        S_mark_dateline(&c, a, b, first);
        a = b;
    }
    S_the_halves(&c);
}
