/*
 * interactions.c: typed interactions from verb and noun patterns within
 * one sentence.
 *
 * The trigger is a verb or noun from the lexicon's verb table (PLOVER
 * kind, preposition(s) that introduce the other party, whether it takes a
 * direct object, whether the relation is symmetric). Around a trigger:
 *
 *   subjects   the nearest actor to the left (person, country or group,
 *              not a modifier), with no other trigger or clause mark
 *              (; : ") between, plus actors coordinated with it by "and"
 *              or commas ("Russia, Iran and Turkey signed"); for a first-
 *              person subject ("I thank", "we agreed") in a transcript, the
 *              speaker of the turn; for "it" / "they" right after a speech
 *              verb ("the army said it struck B"), that verb's subject
 *   objects    the first actor after the trigger (direct object) or after
 *              one of its prepositions ("met with", "talks with", "fight
 *              against"), with its coordinated actors; for an attack,
 *              coercion or threat a place stands for its country when the
 *              document names it ("missiles struck Kyiv")
 *   light verb a noun trigger after a light verb ("signed an agreement
 *              with B", "pledged $500 million in aid to B") takes the
 *              verb's subject, and the verb's negation
 *   nominal    "Israeli strikes on B", "U.S. sanctions on B": the actor
 *              right before a noun trigger is its subject
 *   received   "B received $50 million in aid from A": A gives, B receives
 *   between    "talks between A and B": the pair
 *   passive    "B was attacked by A": A acts on B
 *   mediator   "a ceasefire brokered by M", "M mediated talks between A
 *              and B", "an M-brokered deal": M consults A and B
 *
 *   fallback   a sentence no pattern reads: for each verb, the actor
 *              nearest before it (opening its clause) acts on the first
 *              actor after it within the clause (pattern "fallback: ...")
 *   lead       a lead sentence (the first two of a document) no pattern
 *              or fallback reads, with an unnegated act: its parties
 *              pairwise (pattern "lead: ..."); in the first sentence, the
 *              countries and people the patterns' acts left out too
 *   roll-up    a state body's act is also its country's ("Russia's
 *              defence ministry said it struck B": Russia struck B too);
 *              not a body's act at home, or a civil body's (opposition)
 *
 * Subjects and objects give directed interactions (source = subject)
 * unless the relation is symmetric. A consult with a news organisation
 * ("told Reuters") is reporting and gives none. Coordinated subjects with a symmetric
 * trigger and no object ("Kerry and Lavrov met") interact pairwise.
 * Negation just before the trigger ("did not meet", "refused to sign")
 * and hedging modals (may, might, could) produce nothing.
 *
 * Distances are bounded (12 tokens to the left, 8 to the right), so the
 * cost is linear in the sentence length.
 */
#include "extract_private.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define LEFT_MAX 12
#define CLAUSE_MAX 24 /* tokens back from a comma to the ", who" that opens its clause */
#define RIGHT_MAX 8
/* words between a particle verb and its particle: "pulled its last
 * troops out of" */
#define SPLIT_GAP 4
#define AMOUNT_MAX 4 /* tokens of a sum of money ("$ 1.1 billion") skipped between a possessor and its noun */
#define MAX_SIDE 8
#define FALLBACK_LEFT 24  /* tokens before a verb where the fallback looks for its subject */
#define FALLBACK_RIGHT 16 /* and after it, for its object (bounded: linear in long sentences) */

typedef struct {
    rg_doc *doc;
    const rg_cands *cands;
    const rg_lexicon *lex;
    const rg_seg *seg;
    const char *text;
    int *actor_at;   /* token -> candidate index of an actor covering it, or -1 */
    size_t *ext_from; /* candidate -> first token of its noun phrase */
    size_t *ext_to;   /* candidate -> token after its noun phrase */
    int *trigger_at; /* token -> verb item starting there, or -1 */
    uint8_t *trigger_len;
    size_t a, b;     /* sentence token range */
    size_t body_a;   /* the sentence's first token after a dateline ("MOSCOW, Oct 26 (Reuters) -"), else a */
    size_t cand_next; /* the first candidate not before the current sentence (S_after_dateline) */
    rg_map *seen;    /* interactions recorded in sentence seen_sent */
    size_t cap_inter; /* capacity of doc->interactions */
    size_t seen_sent;
    uint8_t *media;  /* entity -> 1 for a news organisation */
    uint8_t *organ;  /* entity -> 1 for a state organ: a national body, a state organisation of the
                      * lexicon, a led coalition (named with its country or not) */
    uint8_t *armed;  /* entity -> 1 for an armed group of the lexicon or a civil body ("the
                      * rebels", "the opposition"): a party against its own country's state */
    int *place_country; /* token -> the country entity of a place there, or -1 */
    uint8_t *place_at;  /* token -> 1 inside a place's mention (a city: "in Washington") */
    int target_places;  /* S_objects may take a place as its country */
    int take_of;        /* S_objects may take "N things of B" as B (a
                         * hostile act or a sanction) */
    int threat;         /* S_objects is after a threat: "threatened 25
                         * percent tariffs on B" takes the noun's party */
    int demand;         /* S_objects is after a demand verb: "demanded
                         * that B release ..." takes B */
    int praise;         /* S_objects is after a verb of support: "praised
                         * the courage of B" takes B */
    const int *subj;    /* the subjects S_objects reads for (n_subj of
                         * them): "both sides" after them are two others */
    size_t n_subj;
    int *cand_entity;   /* candidate -> the entity it acts as: its own, or
                         * for a leader's "X administration" his country */
    int *body_country;  /* entity -> for a national body ("Russia's defence
                         * ministry"), its country's entity when the
                         * document names it; else -1 */
    int *official_of;   /* entity -> for a person holding an office of his
                         * country (S_state_office), its entity; else -1 */
    /* the makers of the acts of material conflict told in the current
     * sentence and in the last sentence before it that told one (what
     * "condemned the attack" after them refers to: S_condemned_acts);
     * n > TOLD_MAX: too many to say whose */
    struct S_told {
        size_t sent, n;
        int who[4];
    } told, told_before;
    /* and likewise the makers of the measures (sanctions, arrests,
     * rulings: directed sanction or coerce acts), the parties of the
     * agreements, the makers of the demands and the accusers told
     * (S_judged_decisions) */
    struct S_told decided, decided_before, agreed, agreed_before, demanded, demanded_before, claimed, claimed_before;
    /* and the parties hit by those acts (their directed targets, and the
     * patients of a passive with no agent: "twelve Nigerien soldiers were
     * killed"), what "X claimed responsibility" refers to
     * (S_claimed_acts) */
    struct S_told hit, hit_before;
    /* and the countries where those acts were done (S_where_told): a
     * claim with no party hit is on the country its act was done in */
    struct S_told where, where_before;
} S_ctx;
#define TOLD_MAX 4

static const char *S_lc(const S_ctx *c, size_t i) { return rg_tok_lc(c->seg, i); }



/* Token k is a quotation mark (text.c has made curly quotes '"'). */
static int S_quote(const S_ctx *c, size_t k) { return strcmp(S_lc(c, k), "\"") == 0; }

static int S_clause_mark(const S_ctx *c, size_t i)
{
    const rg_token *t = &c->seg->tok[i];
    if (!(t->flags & T_PUNCT) || t->end - t->start != 1) return 0;
    char ch = c->text[t->start];
    return ch == ';' || ch == ':' || ch == '"';
}

/* Whether s is one of the words of the NULL-ended list w. */
static int S_str_in(const char *s, const char *const *w)
{
    /* the first letters first: most words differ there, and this runs
     * for every token of every list */
    for (size_t i = 0; w[i]; i++)
        if (s[0] == w[i][0] && strcmp(s, w[i]) == 0) return 1;
    return 0;
}

/* Whether the word at k is one of the NULL-terminated lower-case words. */
static int S_lc_in(const S_ctx *c, size_t k, const char *const *w) { return S_str_in(S_lc(c, k), w); }

/* Whether a lexicon entry of a kind in mask (bits of rg_lex_kind)
 * starts at token k and matches by its case rules, of one token only
 * when one: a title ("president", "foreign minister"), a national body
 * ("government"). */
static int S_lex_word(const rg_lexicon *lex, const rg_seg *seg, const char *text, size_t k, unsigned mask, int one)
{
    const struct rg_bucket *b = seg->bk[k];
    for (size_t q = 0; b && q < b->n; q++) {
        const rg_lex_entry *e = &lex->entries[b->ids[q]];
        if (((mask >> e->kind) & 1) && (!one || e->ntok == 1) &&
            rg_lexicon__match(lex, e, seg, text, k, one ? k + 1 : seg->n_tok))
            return 1;
    }
    return 0;
}

static int S_actor_entity(const S_ctx *c, int cand)
{
    return cand < 0 ? -1 : c->cand_entity[cand];
}

/* Adds an interaction of the given tier (stated by a pattern, or a
 * guess: rg_tier) unless the same (kind, pair, direction) is already
 * recorded for this sentence (a hash set, so a sentence with thousands of
 * interactions stays linear). */
static int S_condemnable(rg_kind kind);
static void S_tell_in(struct S_told *t, size_t sent, int e);

/* Whether person x heads his country's state or government, sits in its
 * cabinet or speaks for it ("President Noboa", "Interior Minister X",
 * "Agriculture Secretary Y", a spokesman, an ambassador or envoy; not a
 * party's general secretary), by a country his own words give
 * (!affiliation_guessed): his acts are the country's own, so he has no
 * interaction with it ("Ecuadorian voters rejected a proposal by
 * President Noboa" is the country's internal affair; c->official_of).
 * Other people can be acted on by their country (an arrest, a trial),
 * and a spokesman's or an officer's country is more often guessed
 * wrong; so is any country taken only from the sentence or the document:
 * "Finance Minister Stoltenberg said he will advise Brazil" is no
 * Brazilian's. */
static int S_state_office(const rg_entity *x)
{
    static const char *const heads[] = {"President", "Prime Minister", "Premier", "Chancellor", "Vice President",
                                        "Secretary of State", "Foreign Secretary", "Head of State",
                                        "Head of Government", "Spokesman", "Ambassador", "Envoy", "Diplomat",
                                        "Top Diplomat", NULL};
    static const char *const party[] = {"General Secretary", "Party Secretary", NULL};
    if (x->type != RG_PERSON || !x->affiliation || x->affiliation_guessed) return 0;
    for (size_t i = 0; i < x->n_roles; i++) {
        const char *r = x->roles[i];
        size_t n = strlen(r);
        if ((n >= 8 && strcmp(r + n - 8, "Minister") == 0) || S_str_in(r, heads) ||
            (n >= 9 && strcmp(r + n - 9, "Secretary") == 0 && !S_str_in(r, party)))
            return 1;
    }
    return 0;
}

static void S_add_as(S_ctx *c, rg_tier tier, size_t sent, rg_kind kind, int src, int dst, int directed,
                     const char *pattern, size_t ts, size_t te)
{
    if (src < 0 || dst < 0 || src == dst) return;
    /* "Nigerian police arrested protesters in Lagos": a body acting in
     * its own country acts on neither */
    if (c->body_country[src] == dst || c->body_country[dst] == src) return;
    /* (nor its own officials, S_state_office) */
    if (c->official_of[src] == dst || c->official_of[dst] == src) return;
    /* "told Reuters", "in an interview with the BBC": reporting */
    if (kind == RG_CONSULT && (c->media[src] || c->media[dst])) return;
    rg_doc *d = c->doc;
    int key[4] = {(int)kind, src, dst, directed};
    if (!directed && src > dst) {
        key[1] = dst;
        key[2] = src;
    }
    if (c->seen_sent != sent || !c->seen) {
        rg_map_free(c->seen);
        c->seen = rg_map_new();
        c->seen_sent = sent;
    }
    if (rg_map_get(c->seen, (const char *)key, sizeof key, NULL)) return;
    if (directed) {
        /* a symmetric record of the same pair already covers it */
        int sym[4] = {(int)kind, src < dst ? src : dst, src < dst ? dst : src, 0};
        if (rg_map_get(c->seen, (const char *)sym, sizeof sym, NULL)) return;
    }
    rg_map_put(c->seen, (const char *)key, sizeof key, 1);
    if (directed && S_condemnable(kind)) S_tell_in(&c->hit, sent, dst);
    RG_GROW(d->interactions, c->cap_inter, d->n_interactions + 1);
    rg_interaction *x = &d->interactions[d->n_interactions++];
    x->sentence = sent;
    x->kind = kind;
    x->source = src;
    x->target = dst;
    x->directed = directed;
    x->tier = tier;
    x->pattern = pattern;
    x->trigger_start = ts;
    x->trigger_end = te;
}

/* An interaction a pattern states (S_add_as). */
static void S_add(S_ctx *c, size_t sent, rg_kind kind, int src, int dst, int directed, const char *pattern,
                  size_t ts, size_t te)
{
    S_add_as(c, RG_TIER_PATTERN, sent, kind, src, dst, directed, pattern, ts, te);
}

/* One interaction from each of src[0..ns) to each of dst[0..nd). */
static void S_add_all(S_ctx *c, size_t sent, rg_kind kind, const int *src, size_t ns, const int *dst, size_t nd,
                      int directed, const char *pattern, size_t ts, size_t te)
{
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < nd; j++) S_add(c, sent, kind, src[i], dst[j], directed, pattern, ts, te);
}

/* Collects the actor at/around token k and those coordinated with it
 * going left (dir = -1) or right (dir = +1); LEFT_AFTER_AND goes left
 * from an actor a list's "and" follows ("A, B and six other ..."). k is
 * a token covered by an actor. Returns the number of entities written
 * to out. */
#define LEFT_AFTER_AND (-2)
static int S_past_participle(const S_ctx *c, size_t k);
static size_t S_past_qualifier(const S_ctx *c, size_t k);
static int S_determiner(const S_ctx *c, size_t k);
static int S_backer(const S_ctx *c, size_t k);

/* For a name's edge token (its first going left, its last going
 * right): the edge of the name together with its acronym in parentheses
 * ("the National Liberation Army (ELN)": from "(ELN)" going left, the
 * first word of the name; from the name going right, the ")"), so that a
 * list reads on past it; the edge itself otherwise. */
static size_t S_paren_edge(const S_ctx *c, size_t edge, int dir)
{
    int e = S_actor_entity(c, c->actor_at[edge]);
    if (dir < 0 && edge >= c->a + 2 && strcmp(S_lc(c, edge - 1), "(") == 0 && c->actor_at[edge - 2] >= 0 &&
        S_actor_entity(c, c->actor_at[edge - 2]) == e && c->ext_to[c->actor_at[edge]] < c->b &&
        strcmp(S_lc(c, c->ext_to[c->actor_at[edge]]), ")") == 0)
        return c->ext_from[c->actor_at[edge - 2]];
    if (dir > 0 && edge + 3 < c->b && strcmp(S_lc(c, edge + 1), "(") == 0 && c->actor_at[edge + 2] >= 0 &&
        S_actor_entity(c, c->actor_at[edge + 2]) == e && c->ext_to[c->actor_at[edge + 2]] < c->b &&
        strcmp(S_lc(c, c->ext_to[c->actor_at[edge + 2]]), ")") == 0)
        return c->ext_to[c->actor_at[edge + 2]];
    return edge;
}

/* In a list going right, the next name after a title phrase at token t
 * ("and his former defence minister Yoav Gallant", "and Hamas's
 * military chief Mohammed Deif", "and his children's rights
 * commissioner, Maria Lvova-Belova"): a possessive (a pronoun, or a
 * name and its "'s") or none, then words among them a title, a
 * comma perhaps (six tokens at most); the token where the name starts,
 * or (size_t)-1. */
static size_t S_titled_next(const S_ctx *c, size_t t)
{
    size_t q = t;
    int poss = 1;
    if (c->actor_at[q] >= 0) {
        size_t e = c->ext_to[c->actor_at[q]]; /* (its extent may hold the "'s") */
        if (e < c->b && (c->seg->tok[e].flags & T_POSS)) q = e + 1;
        else if (c->seg->tok[e - 1].flags & T_POSS) q = e;
        /* (an organisation says whose the person is without "'s" too,
         * after "and": "and Radio Liberty journalist Alsu Kurmasheva";
         * after a comma it opens the next clause: "after a meeting of
         * X, External Affairs Ministry spokesperson Y said") */
        else if (e < c->b && (c->seg->tok[e].flags & T_LOWER) && q > c->a && strcmp(S_lc(c, q - 1), "and") == 0 &&
                 c->doc->entities[S_actor_entity(c, c->actor_at[q])].type == RG_GROUP)
            q = e;
        else return (size_t)-1;
    } else if (rg_tok_wf(c->seg, q, W_POSSESSIVE)) {
        q++;
    } else {
        poss = 0;
    }
    int title = 0;
    for (size_t n = 0; q < c->b && n < 6; n++, q++) {
        /* (the name's extent may begin with its title: "defence
         * minister Yoav Gallant") */
        if (c->actor_at[q] >= 0) return (title || poss) && q > t ? q : (size_t)-1;
        if (strcmp(S_lc(c, q), ",") == 0)
            return title && q + 1 < c->b && c->actor_at[q + 1] >= 0 ? q + 1 : (size_t)-1;
        if (c->seg->tok[q].flags & T_POSS) continue; /* "children's" */
        /* (a word for what a person is serves as a title: "and former
         * soldier Paul Whelan", "and journalist X") */
        int t_word = S_lex_word(c->lex, c->seg, c->text, q, 1u << LEX_TITLE, 1) ||
                     rg_tok_wf(c->seg, q, W_PERSON_NOUN);
        if ((!(c->seg->tok[q].flags & T_LOWER) && !t_word) || rg_tok_wf(c->seg, q, W_STOP)) return (size_t)-1;
        if (t_word) title = 1;
    }
    return (size_t)-1;
}

/* Whether token t of a list is one lower-case word that qualifies the
 * name next to it ("and the paramilitary Rapid Support Forces", "and
 * rebel M23"): "the" or "and" on its far side (going left, the list's
 * "and" before it; going right, the list joined already), a name on the
 * near side, and the word itself no stop word, trigger, speech verb or
 * determiner. */
static int S_name_qualifier(const S_ctx *c, size_t t, int dir, int joined)
{
    /* (going right, two words when the second is a noun for a group:
     * "and the regional bloc IGAD", "and the opposition alliance SSOMA") */
    if (dir > 0 && joined && t + 2 < c->b && c->actor_at[t + 1] < 0 && c->actor_at[t + 2] >= 0 &&
        (c->seg->tok[t + 1].flags & T_LOWER) && rg_tok_wf(c->seg, t + 1, W_GROUP_NOUN) &&
        (c->seg->tok[t].flags & T_LOWER) && c->trigger_at[t] < 0 && !rg_tok_wf(c->seg, t, W_STOP | W_SAY) &&
        !S_determiner(c, t) && t > c->a && strcmp(S_lc(c, t - 1), "the") == 0)
        return 1;
    if (dir > 0 && joined && t > c->a + 2 && t + 1 < c->b && c->actor_at[t + 1] >= 0 &&
        (c->seg->tok[t].flags & T_LOWER) && rg_tok_wf(c->seg, t, W_GROUP_NOUN) &&
        (c->seg->tok[t - 1].flags & T_LOWER) && strcmp(S_lc(c, t - 2), "the") == 0 && c->trigger_at[t - 1] < 0 &&
        !rg_tok_wf(c->seg, t - 1, W_STOP | W_SAY) && !S_determiner(c, t - 1))
        return 1;
    if (!(c->seg->tok[t].flags & T_LOWER) || t < c->a + 2 || t + 1 >= c->b || c->actor_at[t + 1] < 0)
        return 0;
    if (c->trigger_at[t] >= 0 || rg_tok_wf(c->seg, t, W_STOP | W_SAY) || S_determiner(c, t)) return 0;
    const char *p = S_lc(c, t - 1);
    if (dir > 0) return joined && (strcmp(p, "the") == 0 || strcmp(p, "and") == 0);
    if (joined) return 0;
    if (strcmp(p, "and") == 0) return 1;
    const char *pp = S_lc(c, t - 2);
    return strcmp(p, "the") == 0 && (strcmp(pp, "and") == 0 || strcmp(pp, ",") == 0);
}

/* For the last token t of a phrase before ", and": the comma that opens
 * it when it is a person's apposition ("X, the government's chief
 * negotiator, and Y"): up to APPOSITION_MAX tokens opening with a
 * determiner or a lower-case word, none a trigger, a speech verb or a
 * comma, a name in it only as a possessor, and a person before the
 * comma. (size_t)-1 otherwise. */
#define APPOSITION_MAX 8
static size_t S_person_apposition(const S_ctx *c, size_t t)
{
    for (size_t k = t + 1, steps = 0; k > c->a + 1 && steps < APPOSITION_MAX; steps++) {
        k--;
        if (strcmp(S_lc(c, k), ",") == 0) {
            if (k + 1 > t || c->actor_at[k - 1] < 0) return (size_t)-1;
            if (c->doc->entities[S_actor_entity(c, c->actor_at[k - 1])].type != RG_PERSON) return (size_t)-1;
            return (c->seg->tok[k + 1].flags & T_LOWER) ? k : (size_t)-1;
        }
        if (c->trigger_at[k] >= 0 || rg_tok_wf(c->seg, k, W_SAY) || !(c->seg->tok[k].flags & (T_WORD | T_POSS)))
            return (size_t)-1;
        size_t e = c->actor_at[k] >= 0 ? c->ext_to[c->actor_at[k]] : c->b;
        if (c->actor_at[k] >= 0 && !(e < c->b && (c->seg->tok[e].flags & T_POSS))) return (size_t)-1;
    }
    return (size_t)-1;
}

static int S_is_noun(const S_ctx *c, size_t v, const rg_verb *vb);

/* Whether token k may stand inside a role phrase set off by commas ("the
 * deputy head of the council"): a word or a possessive, no verb but a
 * noun's, no speech verb. */
static int S_role_word(const S_ctx *c, size_t k)
{
    return !(c->trigger_at[k] >= 0 && !S_is_noun(c, k, &c->lex->verbs[c->trigger_at[k]])) &&
           !rg_tok_wf(c->seg, k, W_SAY) && (c->seg->tok[k].flags & (T_WORD | T_POSS));
}

/* For the comma at t before a person set off by commas: the last token
 * of another person set off by commas before ", and" and a role phrase
 * that ends at t ("Colombia's president, Juan Manuel Santos, and the
 * leader of the Farc, Rodrigo Londono"): the role phrase opens with a
 * determiner, a possessive or a lower-case word and holds no verb,
 * speech verb or punctuation (ten tokens at most). (size_t)-1 otherwise. */
#define ROLE_PHRASE_MAX 10
static size_t S_role_apposition_prev(const S_ctx *c, size_t t)
{
    for (size_t k = t, steps = 0; k > c->a + 3 && steps < ROLE_PHRASE_MAX; steps++) {
        k--;
        if (strcmp(S_lc(c, k), "and") == 0) {
            if (k + 1 >= t || strcmp(S_lc(c, k - 1), ",") != 0 || c->actor_at[k - 2] < 0) return (size_t)-1;
            if (!(c->seg->tok[k + 1].flags & T_LOWER) && c->actor_at[k + 1] < 0) return (size_t)-1;
            int prev = c->actor_at[k - 2];
            size_t f = c->ext_from[prev];
            if (c->doc->entities[S_actor_entity(c, prev)].type != RG_PERSON || c->ext_to[prev] != k - 1 ||
                f <= c->a || strcmp(S_lc(c, f - 1), ",") != 0)
                return (size_t)-1;
            return k - 2;
        }
        if (!S_role_word(c, k)) return (size_t)-1;
    }
    return (size_t)-1;
}

/* For the comma at t right after a person: the "and" after the
 * person's apposition when one closes with ", and" ("signed by X, the
 * deputy head of the council, and Y", "met X, representing the
 * alliance, and Y"): the apposition opens with a lower-case word or a
 * possessive name and holds role words (S_role_word) and an acronym's
 * parentheses (APPOSITION_NEXT_MAX tokens at most). (size_t)-1
 * otherwise. */
#define APPOSITION_NEXT_MAX 14
static size_t S_person_apposition_next(const S_ctx *c, size_t t)
{
    if (t + 1 >= c->b) return (size_t)-1;
    int open = c->actor_at[t + 1] >= 0 ? (c->seg->tok[c->ext_to[c->actor_at[t + 1]] - 1].flags & T_POSS) ||
                                             (c->ext_to[c->actor_at[t + 1]] < c->b &&
                                              (c->seg->tok[c->ext_to[c->actor_at[t + 1]]].flags & T_POSS))
                                       : (c->seg->tok[t + 1].flags & T_LOWER) != 0;
    if (!open) return (size_t)-1;
    for (size_t k = t + 1, steps = 0; k + 2 < c->b && steps < APPOSITION_NEXT_MAX; k++, steps++) {
        if (strcmp(S_lc(c, k), ",") == 0)
            return k > t + 1 && strcmp(S_lc(c, k + 1), "and") == 0 ? k + 1 : (size_t)-1;
        if (!S_role_word(c, k) && strcmp(S_lc(c, k), "(") != 0 && strcmp(S_lc(c, k), ")") != 0) return (size_t)-1;
    }
    return (size_t)-1;
}

/* Whether the word at k names people who act for a party: a person
 * noun in the plural ("officials", "members") or one of those who speak
 * or fight for it ("negotiators", "delegation", "troops"). */
static int S_people_word(const S_ctx *c, size_t k)
{
    static const char *const people[] = {"officials", "leaders", "representatives", "delegation", "delegations",
                                         "delegates", "envoys", "negotiators", "emissaries", "commanders",
                                         "troops", "forces", "soldiers", "ministers", NULL};
    if (S_lc_in(c, k, people)) return 1;
    const char *w = S_lc(c, k);
    size_t n = c->seg->tok[k].lclen;
    return n > 3 && w[n - 1] == 's' && rg_tok_wf(c->seg, k, W_PERSON_NOUN);
}

static size_t S_coordinated(const S_ctx *c, size_t k, int dir, int *out, size_t cap)
{
    int after_and = dir == LEFT_AFTER_AND;
    if (after_and) dir = -1;
    size_t n = 0;
    int cand = c->actor_at[k];
    out[n++] = S_actor_entity(c, cand);
    size_t edge = S_paren_edge(c, dir < 0 ? c->ext_from[cand] : c->ext_to[cand] - 1, dir);
    /* a list has "and" ("Russia, Iran and Turkey") or three names
     * ("(Russia, Iran, Turkey) signed"); two names and a comma going left
     * are a phrase and its subject ("During a visit to Moscow, Kerry held
     * talks") */
    int seen_and = dir > 0 || after_and;
    int ands = after_and, first_and_comma = 0; /* "and"s crossed; the first was ", and" before the start */
    for (;;) {
        /* step over ", and the" / "as well as" between two actors */
        long j = (long)edge + dir;
        int joined = 0;
        for (int steps = 0; steps < 6 && j >= (long)c->a && j < (long)c->b; steps++, j += dir) {
            size_t t = (size_t)j;
            if (joined && dir > 0) {
                size_t nx = S_titled_next(c, t);
                if (nx != (size_t)-1) {
                    j = (long)nx - 1; /* the loop's step lands on the name */
                    continue;
                }
            }
            if (c->actor_at[t] >= 0) break;
            const char *w = S_lc(c, t);
            /* "meet Prime Minister X and army chief General Y": a title
             * before the next name going right */
            if (joined && dir > 0 && steps > 0 &&
                S_lex_word(c->lex, c->seg, c->text, t, (1u << LEX_TITLE) | (1u << LEX_BODY), 1))
                continue;
            /* "with Japan's JERA and Singapore-based Sembcorp", "and
             * Iran-backed Hezbollah": a place and a participle before it */
            if (joined && dir > 0 && t + 3 < c->b && strcmp(S_lc(c, t + 1), "-") == 0 &&
                c->seg->tok[t + 1].start == c->seg->tok[t].end && S_past_participle(c, t + 2)) {
                j += 2;
                continue;
            }
            if (steps >= 4) {
                j = -1;
                break;
            }
            /* a headline writes "and" as a comma: "IRAN, SOVIETS TO HOLD TALKS" */
            if (strcmp(w, "and") == 0 || strcmp(w, "&") == 0 || strcmp(w, "well") == 0 ||
                (strcmp(w, ",") == 0 && t > c->a && (c->seg->tok[t - 1].flags & T_TITLECASE)))
                seen_and = 1;
            /* "Colombia's president, Juan Manuel Santos, and the leader
             * of the Farc, Rodrigo Londono, signed": going left from a
             * person set off by commas, over a role phrase, to ", and"
             * and another person set off by commas (S_role_apposition_prev) */
            if (!joined && dir < 0 && steps == 0 && strcmp(w, ",") == 0 &&
                c->doc->entities[S_actor_entity(c, cand)].type == RG_PERSON && c->ext_to[cand] < c->b &&
                strcmp(S_lc(c, c->ext_to[cand]), ",") == 0) {
                size_t prev = S_role_apposition_prev(c, t);
                if (prev != (size_t)-1) {
                    j = (long)prev + 1; /* the loop's step lands on the person */
                    joined = seen_and = 1;
                    ands++;
                    continue;
                }
            }
            /* a list has one "and": a second closes it ("with Putin,
             * Macron and Blinken, and Yerevan asked": going right the list
             * ends at Blinken; going left from Yerevan the ", and" crossed
             * first, right before it, joined two clauses, and Yerevan
             * stands alone; "..., and Venezuela, Ecuador and Bolivia
             * recalled": going left the list ends at Venezuela) */
            if (strcmp(w, "and") == 0 || strcmp(w, "&") == 0) {
                if (ands++ > 0) {
                    if (dir < 0 && first_and_comma && t > c->a && strcmp(S_lc(c, t - 1), ",") != 0) n = 1;
                    j = -1;
                    break;
                }
                first_and_comma = n == 1 && t > c->a && strcmp(S_lc(c, t - 1), ",") == 0;
            }
            /* "signed by X, the deputy head of the council, and Y":
             * going right from a person, over his apposition between
             * commas to ", and" (S_person_apposition_next) */
            if (!joined && dir > 0 && steps == 0 && strcmp(w, ",") == 0 &&
                c->doc->entities[S_actor_entity(c, cand)].type == RG_PERSON) {
                size_t and_at = S_person_apposition_next(c, t);
                if (and_at != (size_t)-1) {
                    j = (long)and_at; /* the loop's step goes on after "and" */
                    joined = seen_and = 1;
                    ands++;
                    continue;
                }
            }
            if (strcmp(w, "and") == 0 || strcmp(w, ",") == 0 || strcmp(w, "&") == 0) {
                joined = 1;
                continue;
            }
            if (strcmp(w, "the") == 0 || strcmp(w, "as") == 0 || strcmp(w, "well") == 0 ||
                (joined && dir > 0 && strcmp(w, "with") == 0 && strcmp(S_lc(c, t - 1), "and") == 0)
                /* "with A and with B" (not ", with B": "retake Tikrit from
                 * IS, with Iranian advisers helping") */) continue;
            /* "the National Liberation Army (ELN) and the Colombian
             * government": an acronym in parentheses closes the name */
            if (joined && dir < 0 && strcmp(w, ")") == 0) continue;
            /* "Cameroonian soldiers and separatist fighters of the ADF
             * clashed": people of a group are the group; their noun and
             * up to two words before it stand between "and" and its name */
            /* (a plural: "X, head of Y, Z said" is an apposition) */
            if (!joined && dir < 0 && strcmp(w, "of") == 0 && t > c->a + 1 &&
                rg_tok_wf(c->seg, t - 1, W_PERSON_NOUN) && (c->seg->tok[t - 1].flags & T_LOWER) &&
                S_lc(c, t - 1)[c->seg->tok[t - 1].lclen - 1] == 's') {
                size_t q = t - 1;
                for (int adj = 0; adj < 2 && q > c->a + 1 && (c->seg->tok[q - 1].flags & T_LOWER) &&
                                  !rg_tok_wf(c->seg, q - 1, W_STOP) && c->trigger_at[q - 1] < 0 &&
                                  c->actor_at[q - 1] < 0 && !S_determiner(c, q - 1);
                     adj++)
                    q--;
                j = (long)q; /* the loop's step goes on before the noun */
                steps = 0;
                continue;
            }
            /* "Kenya, together with Uganda, launched": a co-agent
             * between commas going left from it */
            if (!joined && dir < 0 && steps == 0 && t > c->a + 2 && strcmp(w, "with") == 0 &&
                (strcmp(S_lc(c, t - 1), "together") == 0 || strcmp(S_lc(c, t - 1), "along") == 0) &&
                strcmp(S_lc(c, t - 2), ",") == 0 && edge + 1 < c->b && strcmp(S_lc(c, edge + 1), ",") == 0) {
                j = (long)t - 2;
                joined = seen_and = 1;
                continue;
            }
            /* "Atiku Abubakar of the PDP and Peter Obi of Labour": a
             * person's party or country after "of" qualifies him, the
             * list goes on after it (and after "for": "signed by X for
             * the Ethiopian government and Y for the TPLF") */
            if (!joined && dir > 0 && steps == 0 && (strcmp(w, "of") == 0 || strcmp(w, "for") == 0) &&
                c->doc->entities[S_actor_entity(c, cand)].type == RG_PERSON) {
                size_t q = t + 1;
                if (q < c->b && strcmp(S_lc(c, q), "the") == 0) q++;
                if (q < c->b && c->actor_at[q] >= 0 && c->actor_at[q] != cand &&
                    c->doc->entities[S_actor_entity(c, c->actor_at[q])].type != RG_PERSON) {
                    j = (long)S_paren_edge(c, c->ext_to[c->actor_at[q]] - 1, dir);
                    steps = -1;
                    continue;
                }
            }
            /* "Redwan Hussein, the government's chief negotiator, and
             * Getachew Reda shook hands": going left, a person's
             * apposition between commas (S_person_apposition) */
            if (joined && dir < 0 && strcmp(S_lc(c, t + 1), ",") == 0) {
                size_t comma = S_person_apposition(c, t);
                if (comma != (size_t)-1) {
                    j = (long)comma; /* the loop's step lands on the person */
                    steps = 0;
                    continue;
                }
            }
            if (c->seg->tok[t].flags & T_POSS) continue;
            /* "between Colombian government negotiators and the ELN",
             * "between US officials and delegations from Russia": a party's
             * people after its name, or before "of" or "from" and its name,
             * are the party */
            if (dir > 0 && (c->seg->tok[t].flags & T_LOWER) && S_people_word(c, t)) {
                if (!joined && steps == 0) continue;
                if (joined && t + 1 < c->b &&
                    (strcmp(S_lc(c, t + 1), "of") == 0 || strcmp(S_lc(c, t + 1), "from") == 0)) {
                    j++;
                    continue;
                }
            }
            /* "Sudan's army and the paramilitary RSF", "and rebel M23":
             * one lower-case word between "the" or "and" and the next
             * name qualifies it */
            if (S_name_qualifier(c, t, dir, joined)) continue;
            /* "Wang Yi and his Indian counterpart X" */
            if (rg_tok_wf(c->seg, t, W_POSSESSIVE) &&
                (dir > 0 ? joined : t > c->a && strcmp(S_lc(c, t - 1), "and") == 0))
                continue;
            j = -1;
            break;
        }
        if (!joined || j < (long)c->a || j >= (long)c->b || c->actor_at[j] < 0) break;
        /* "detained Istanbul Mayor X, President Y's main rival,": a
         * name whose possessive a lower-case noun follows after a comma
         * opens an apposition, no list's next item */
        if (dir > 0 && c->ext_to[c->actor_at[j]] + 1 < c->b && (c->seg->tok[c->ext_to[c->actor_at[j]]].flags & T_POSS) &&
            (c->seg->tok[c->ext_to[c->actor_at[j]] + 1].flags & T_LOWER) && strcmp(S_lc(c, (size_t)j - 1), ",") == 0)
            break;
        /* "talks with President Reagan, Ito said": a speaker after the
         * comma closes the list */
        if (dir > 0 && c->ext_to[c->actor_at[j]] < c->b && rg_tok_wf(c->seg, c->ext_to[c->actor_at[j]], W_SAY))
            break;
        /* ("and Iran-backed Hezbollah": Hezbollah) */
        if (dir > 0) j = (long)S_past_qualifier(c, (size_t)j);
        cand = c->actor_at[j];
        if (n < cap) out[n++] = S_actor_entity(c, cand);
        edge = S_paren_edge(c, dir < 0 ? c->ext_from[cand] : c->ext_to[cand] - 1, dir);
    }
    if (!seen_and && n == 2) n = 1;
    return n;
}

/* Words that open a condition or an indirect question. */
static const char *const S_condition_words[] = {"if", "unless", "whether", NULL};
/* What one is ready or wishes to do is not done: "ready for talks with
 * B", "willing to meet B", "hopes to sign a deal with B" ("prepared"
 * only before "to" or "for": "a report prepared jointly by A and B"). */
static const char *const S_ready_words[] = {"ready", "willing", "eager", "keen", "hopes", "hoped", "hoping",
                                            "wants", "wanted", "wanting", NULL};

/* Negation or hedging in the few tokens before the trigger ("did not
 * meet", "may meet"): returns 1, and the trigger gives nothing. A refusal
 * ("refused to sign", "declined to meet"): returns 2, and the trigger
 * becomes a rejection of its object. A plain "not": 3 (the caller
 * decides). An act whose subject opens a condition or a question ("if
 * Uganda attacks Kenya"): 4, nothing either. 0 otherwise. */
static int S_negated(const S_ctx *c, size_t v)
{
    for (size_t k = v, steps = 0; k > c->a && steps < 4; steps++) {
        k--;
        if (rg_tok_wf(c->seg, k, W_REFUSE)) return 2; /* may itself be a verb */
        /* a verb that stops what follows, itself an act ("blocked EU aid
         * to B", "suspended its attack on B") */
        if (c->trigger_at[k] >= 0 && rg_tok_wf(c->seg, k, W_NEG)) return 1;
        if (c->actor_at[k] >= 0) {
            /* the act of a condition or a question: "if Hezbollah fired
             * on Israel", "unless Kenya withdraws", "whether Chad will
             * attend" */
            size_t f = c->ext_from[c->actor_at[k]];
            if (f > c->a && S_determiner(c, f - 1)) f--;
            return f > c->a && S_lc_in(c, f - 1, S_condition_words) ? 4 : 0;
        }
        if (c->trigger_at[k] >= 0) break;
        /* "is due to hold talks": planned (only right before the verb:
         * "due to" is a cause elsewhere) */
        if (k + 2 == v && strcmp(S_lc(c, k), "due") == 0 && strcmp(S_lc(c, k + 1), "to") == 0) return 1;
        const char *after = S_lc(c, k + 1);
        if (S_lc_in(c, k, S_ready_words) ||
            (strcmp(S_lc(c, k), "prepared") == 0 && (strcmp(after, "to") == 0 || strcmp(after, "for") == 0))) {
            /* "is not willing to accept B's plan": a plain "not" */
            const char *w = k > c->a ? S_lc(c, k - 1) : "";
            return strcmp(w, "not") == 0 || strcmp(w, "n't") == 0 || strcmp(w, "never") == 0 ? 3 : 1;
        }
        if (rg_tok_wf(c->seg, k, W_NEG)) {
            /* a plain "not" (not a hedge or a stop): 3, unless a hedge
             * opens its clause ("if the Saudis do not accept") */
            const char *w = S_lc(c, k);
            if (strcmp(w, "not") != 0 && strcmp(w, "n't") != 0 && strcmp(w, "never") != 0 &&
                strcmp(w, "cannot") != 0)
                return 1;
            for (size_t j = k, back = 0; j > c->a && back < 6; back++) {
                j--;
                if (rg_tok_wf(c->seg, j, W_NEG)) return 1;
                if (c->trigger_at[j] >= 0 || S_clause_mark(c, j) || strcmp(S_lc(c, j), ",") == 0) break;
            }
            return 3;
        }
    }
    return 0;
}

/* Pronouns that stand for a subject named before ("Israel struck a base
 * and it accused B", "he would not negotiate"). */
static const char *const S_subject_pronouns[] = {"it", "they", "he", "she", "we", NULL};

/* Whether the verb at v follows "will not" or "would not" ("won't",
 * "would never"; an adverb may stand between: "would not directly
 * negotiate") right after a party's name or a pronoun (not "the army
 * would not sit down with B", whose subject no name gives). */
static int S_will_not(const S_ctx *c, size_t v)
{
    static const char *const modal[] = {"will", "would", "wo", NULL};
    static const char *const neg[] = {"not", "n't", "never", NULL};
    size_t k = v;
    if (k > c->a && rg_tok_ly(c->seg, k - 1)) k--;
    if (k < c->a + 3 || !S_lc_in(c, k - 1, neg) || !S_lc_in(c, k - 2, modal)) return 0;
    return c->actor_at[k - 3] >= 0 || S_lc_in(c, k - 3, S_subject_pronouns);
}

/* he/she/his/her at token k: the first person named in the sentence
 * before k (usually its subject), else the first person named in the
 * last sentence of the paragraph before this one that names one (its
 * subject again, not a person in its object's clause: "Machado urged
 * voters who backed González ... She accused Maduro"); -1 when there is
 * none. */
#define PRONOUN_WINDOW 200 /* tokens looked at for a pronoun's person */

static int S_pronoun(const S_ctx *c, size_t k)
{
    size_t from = k > c->a + PRONOUN_WINDOW ? k - PRONOUN_WINDOW : c->a;
    for (size_t i = from; i < k; i++) {
        int cand = c->actor_at[i];
        if (cand >= 0 && c->doc->entities[c->cands->c[cand].entity].type == RG_PERSON)
            return c->cands->c[cand].entity;
    }
    size_t sent = c->seg->tok[k].sent;
    size_t para = c->doc->sentences[sent].paragraph;
    size_t stop = c->a > PRONOUN_WINDOW ? c->a - PRONOUN_WINDOW : 0;
    int found = -1;
    size_t found_sent = 0;
    for (size_t i = c->a; i-- > stop;) {
        size_t s2 = c->seg->tok[i].sent;
        if (c->doc->sentences[s2].paragraph != para) break;
        if (found >= 0 && s2 != found_sent) break;
        int cand = c->actor_at[i];
        if (cand >= 0 && c->doc->entities[c->cands->c[cand].entity].type == RG_PERSON) {
            found = c->cands->c[cand].entity;
            found_sent = s2;
        }
    }
    return found;
}

/* Whether the anaphor's noun at k ends its phrase: not before a name
 * ("the group Hamas", "the council Chairman") nor before "of" and a noun
 * ("the group of seven", "the court of appeals"; "accused the group of
 * operating from a school" is the group). */
static int S_noun_phrase_ends(const S_ctx *c, size_t k)
{
    if (k + 1 >= c->b) return 1;
    if (c->seg->tok[k + 1].flags & (T_CAP | T_UPPER)) return 0;
    return strcmp(S_lc(c, k + 1), "of") != 0 ||
           (k + 2 < c->b && (c->seg->tok[k + 2].flags & T_LOWER) && rg_tok_ing(c->seg, k + 2));
}

/* "Argentina's Supreme Court upheld the sentence ... she accused the
 * court of", "the Security Council ... criticised the council": "the"
 * and a lower-case noun of an institution that is the last word of a
 * group named before it (PRONOUN_WINDOW tokens), the nearest; -1 when
 * none. Not the nouns of firms and things ("the bank", "the project":
 * in business news as often another one); the phrase ends at the noun
 * (S_noun_phrase_ends). */
static int S_head_anaphor(const S_ctx *c, size_t k)
{
    static const char *const heads[] = {"court", "council", "commission", "assembly", "parliament", "senate",
                                        "congress", "committee", "tribunal", "agency", "ministry", "department",
                                        "legislature", "junta", "cabinet", "authority", "mission", "secretariat",
                                        "command", "guard", "army", "navy", "military", "police", "presidency",
                                        "prosecutor", NULL};
    const rg_token *t = &c->seg->tok[k];
    if (t->lclen < 4 || !(t->flags & T_LOWER) || strcmp(S_lc(c, k - 1), "the") != 0 || c->actor_at[k] >= 0 ||
        c->trigger_at[k] >= 0 || !S_lc_in(c, k, heads))
        return -1;
    if (!S_noun_phrase_ends(c, k)) return -1;
    size_t stop = k > PRONOUN_WINDOW ? k - PRONOUN_WINDOW : 0;
    for (size_t i = k - 1; i-- > stop;) {
        int cand = c->actor_at[i];
        if (cand < 0 || c->ext_to[cand] != i + 1 || i == c->ext_from[cand]) continue;
        const rg_cand *m = &c->cands->c[cand];
        if (m->entity < 0 || c->doc->entities[m->entity].type != RG_GROUP) continue;
        if (m->lex_kind == LEX_ORG && c->lex->orgs[m->item].media) continue;
        if (c->seg->tok[i].lclen == t->lclen && strcmp(S_lc(c, i), S_lc(c, k)) == 0) return S_actor_entity(c, cand);
    }
    return -1;
}

/* Plural nouns for an armed group's members: "troops repelled the
 * militants", "hunted down the attackers", "the Tigray fighters". */
static const char *const S_member_nouns[] = {"militants", "insurgents", "attackers", "assailants", "terrorists",
                                             "jihadists", "gunmen", "fighters", "guerrillas", "guerillas",
                                             "extremists", "separatists", "mutineers", "raiders", "rebels", NULL};

/* The group "the group" at token k (the noun, a word of the group nouns
 * W_GROUP_NOUN: "the group", "the alliance", "the bloc"; "the" and
 * perhaps a qualifier before it) stands for: the nearest group named
 * before it, in this sentence or the ones before (PRONOUN_WINDOW
 * tokens), that is no national body or news medium: "arrested members of
 * the Muslim Brotherhood and later banned the group"; for "the
 * (regional, 15-nation...) bloc" or "alliance" an organisation of
 * countries the lexicon knows. -1 when k is no
 * such phrase ("the group of seven", "the group Hamas") or none is
 * named. */
/* Participles of backing: who backs or inspires people named after
 * them ("Iran-backed militias", "the al-Qaeda-linked group"). */
static const char *const S_backing[] = {"backed",  "linked",    "allied",   "affiliated", "aligned", "supported",
                                        "funded",  "sponsored", "inspired", "trained",    "armed",   NULL};

/* Whether token k is one hyphenated word whose last part is a past
 * participle in -ed and whose name is an earlier part: "al-Qaeda-linked",
 * "U.N.-sanctioned" (any such participle: the name qualifies what comes
 * after it, as with S_backing's words when the hyphen stands apart). */
static int S_backer_word(const S_ctx *c, size_t k)
{
    const char *w = S_lc(c, k), *h = strrchr(w, '-');
    size_t hl = h ? strlen(h + 1) : 0;
    return h && h > w && hl > 3 && strcmp(h + 1 + hl - 2, "ed") == 0 && c->actor_at[k] >= 0 &&
           c->cands->c[c->actor_at[k]].end < c->seg->tok[k].end;
}

static int S_group_anaphor(const S_ctx *c, size_t k)
{
    /* qualifiers of an armed group already named ("the rebel group");
     * not those that describe a new one ("joined the splinter group",
     * "the ruling party") */
    static const char *const armed[] = {"rebel", "armed", "militant", "jihadist", "islamist", "insurgent",
                                        "extremist", "separatist", "paramilitary", "terrorist", NULL};
    const char *const *members = S_member_nouns;
    if (k == 0 || k - 1 < c->a) return -1;
    if (!(rg_tok_wf(c->seg, k, W_GROUP_NOUN) || S_lc_in(c, k, members))) return S_head_anaphor(c, k);
    /* nouns of an armed group: "the militia", "the rebels", "the gang" */
    static const char *const fighters[] = {"militia", "militias", "rebels", "gang", "gangs", "cartel", NULL};
    size_t det = k - 1;
    int want_armed = S_lc_in(c, k, fighters) || S_lc_in(c, k, members);
    if (det > c->a && S_lc_in(c, det, armed)) {
        det--;
        want_armed = 1;
        /* and one capitalised word before it: "the Islamic militant
         * group", "the Palestinian militant group" (a people, a faith) */
        if (det > c->a && (c->seg->tok[det].flags & T_CAP) && !(c->seg->tok[det].flags & T_UPPER) &&
            (c->actor_at[det] < 0 ||
             c->doc->entities[S_actor_entity(c, c->actor_at[det])].type == RG_COUNTRY))
            det--;
    }
    /* a backer's participle: "the al-Qaeda-linked group", "the
     * Iran-backed militia" is a group named before, not the backer */
    int backer = -1;
    if (det > c->a + 2 && S_past_participle(c, det) && strcmp(S_lc(c, det - 1), "-") == 0 &&
        c->seg->tok[det].start == c->seg->tok[det - 1].end && c->actor_at[det - 2] >= 0) {
        backer = S_actor_entity(c, c->actor_at[det - 2]);
        /* (back to the start of the hyphenated word: "al-Qaeda") */
        size_t f = c->ext_from[c->actor_at[det - 2]];
        while (f > c->a + 1 && c->seg->tok[f].start == c->seg->tok[f - 1].end) f--;
        det = f - 1;
    } else if (det > c->a && c->actor_at[det] >= 0 && S_backer_word(c, det)) {
        backer = S_actor_entity(c, c->actor_at[det]); /* (one token: "al-Qaeda-linked") */
        det--;
    }
    /* a bloc's qualifiers: "the regional bloc", "the 27-member bloc",
     * "the West African bloc", "the military alliance" */
    static const char *const blocs[] = {"bloc", "alliance", NULL};
    static const char *const bloc_mods[] = {"regional", "trading", "trade", "economic", "military", "defence",
                                            "defense", "security", "continental", "western", "political", NULL};
    int bloc = S_lc_in(c, k, blocs);
    if (bloc)
        for (int q = 0; q < 2 && det > c->a && strcmp(S_lc(c, det), "the") != 0; q++) {
            const char *w = S_lc(c, det);
            size_t n = c->seg->tok[det].lclen;
            int sized = (n > 7 && strcmp(w + n - 7, "-member") == 0) || (n > 7 && strcmp(w + n - 7, "-nation") == 0);
            if (c->actor_at[det] >= 0 || !(S_lc_in(c, det, bloc_mods) || sized || (c->seg->tok[det].flags & T_CAP)))
                break;
            det--;
        }
    if (strcmp(S_lc(c, det), "the") != 0) return -1;
    if (!S_noun_phrase_ends(c, k)) return -1;
    /* the nearest group; for an armed group's noun the nearest armed
     * group when one is named ("Fano militiamen ambushed a convoy of the
     * ENDF ... blamed the militia": Fano), else the nearest */
    size_t stop = k > PRONOUN_WINDOW ? k - PRONOUN_WINDOW : 0;
    int nearest = -1;
    for (size_t i = k - 1; i-- > stop;) {
        int cand = c->actor_at[i];
        if (cand < 0) continue;
        const rg_cand *m = &c->cands->c[cand];
        if (m->entity < 0 || m->entity == backer || c->doc->entities[m->entity].type != RG_GROUP ||
            m->lex_kind == LEX_BODY)
            continue;
        if (m->lex_kind == LEX_ORG && c->lex->orgs[m->item].media) continue;
        /* (a bloc is an organisation of countries the lexicon knows:
         * not one country's force, "thanked the SANDF ... and the
         * regional bloc") */
        if (bloc && !want_armed &&
            (m->lex_kind != LEX_ORG || c->lex->orgs[m->item].country >= 0 || c->armed[m->entity]))
            continue;
        if (!want_armed || c->armed[m->entity]) return m->entity;
        /* (else a group the lexicon does not know, "the Lakurawa": one it
         * knows is no armed group, "the UN-supported mission ... the gang
         * coalition") */
        if (nearest < 0 && m->lex_kind != LEX_ORG) nearest = m->entity;
    }
    return nearest;
}

/* The entity a first-person pronoun at token k stands for in a
 * transcript: "I" is the speaker; "we" is the speaker's country when the
 * document says which (an official speaks for a government), else the
 * speaker. -1 outside speaker turns. */
static int S_first_person(const S_ctx *c, size_t k)
{
    size_t sent = c->seg->tok[k].sent;
    int sp = c->doc->sentences[sent].speaker;
    if (sp < 0) return -1;
    const char *w = S_lc(c, k);
    if (strcmp(w, "we") == 0 || strcmp(w, "our") == 0 || strcmp(w, "us") == 0) {
        const char *aff = c->doc->entities[sp].affiliation;
        for (size_t e = 0; aff && e < c->doc->n_entities; e++)
            if (strcmp(c->doc->entities[e].key, aff) == 0) return (int)e;
    }
    return sp;
}

/* The offices (OFFICE_*) a canonical title names; 0 for most titles. */
static unsigned S_role_offices(const S_ctx *c, const char *role)
{
    for (size_t t = 0; t < c->lex->n_titles; t++)
        if (strcmp(c->lex->titles[t].canonical, role) == 0) return c->lex->titles[t].offices;
    return 0;
}

/* Whether a person's role (a canonical title) is one the plural role noun
 * at token k covers: "presidents" President, "prime ministers" Prime
 * Minister, "foreign ministers" a foreign minister (Secretary of State
 * too), "ministers" any minister, "leaders" any head of state or
 * government. */
static int S_role_fits(const S_ctx *c, size_t k, const char *role)
{
    const char *w = S_lc(c, k), *before = k > c->a ? S_lc(c, k - 1) : "";
    if (strcmp(w, "presidents") == 0) return strcmp(role, "President") == 0;
    if (strcmp(w, "leaders") == 0) return (S_role_offices(c, role) & (OFFICE_HOS | OFFICE_HOG)) != 0;
    if (strcmp(w, "ministers") != 0) return 0;
    if (strcmp(before, "prime") == 0) return strcmp(role, "Prime Minister") == 0;
    int fm = strcmp(role, "Minister") != 0 && (S_role_offices(c, role) & OFFICE_FM) != 0;
    if (strcmp(before, "foreign") == 0) return fm;
    size_t n = strlen(role);
    return fm || (n >= 8 && strcmp(role + n - 8, "Minister") == 0);
}

/* Where a phrase at token k that refers back ("the two leaders", "both
 * sides") looks from: the start of the sentence before this one, and at
 * most a pronoun's window back, so that a sentence of a million tokens
 * stays linear. */
static size_t S_look_back_from(const S_ctx *c, size_t k)
{
    size_t from = c->a;
    if (from > 0) {
        uint32_t prev = c->seg->tok[from - 1].sent;
        while (from > 0 && c->seg->tok[from - 1].sent == prev && c->a - from < PRONOUN_WINDOW) from--;
    }
    if (k > PRONOUN_WINDOW && from < k - PRONOUN_WINDOW) from = k - PRONOUN_WINDOW;
    return from;
}

/* Whether token k is the noun "counterpart" (1) or "counterparts" (2);
 * 0 otherwise. A length test first: callers run it on every token. */
static int S_counterpart_noun(const S_ctx *c, size_t k)
{
    size_t n = c->seg->tok[k].lclen;
    if ((n != 11 && n != 12) || strncmp(S_lc(c, k), "counterpart", 11) != 0) return 0;
    return n == 11 ? 1 : S_lc(c, k)[11] == 's' ? 2 : 0;
}

/* The person "his counterpart" at token k (the possessive; no name
 * after "counterpart") stands for: the nearest person named before it
 * (this sentence and the one before) who is not avoid (the possessor,
 * the subject) and, when both are affiliated, of another country:
 * "Petro crossed the bridge ... Maduro later praised his counterpart".
 * -1 when none. */
static int S_counterpart(const S_ctx *c, size_t k, int avoid)
{
    if (k + 1 >= c->b || S_counterpart_noun(c, k + 1) != 1) return -1;
    if (k + 2 < c->b && c->actor_at[k + 2] >= 0) return -1; /* "his counterpart Li Qiang" */
    const char *own = avoid >= 0 ? c->doc->entities[avoid].affiliation : NULL;
    for (size_t i = k; i-- > S_look_back_from(c, k);) {
        int e = S_actor_entity(c, c->actor_at[i]);
        if (e < 0 || e == avoid || c->doc->entities[e].type != RG_PERSON) continue;
        /* (a name after "the" qualifies a thing: "the Simón Bolívar
         * bridge") */
        size_t f = c->ext_from[c->actor_at[i]];
        if (f > 0 && strcmp(S_lc(c, f - 1), "the") == 0) continue;
        const char *aff = c->doc->entities[e].affiliation;
        if (own && aff && strcmp(own, aff) == 0) continue;
        return e;
    }
    return -1;
}

/* A plural role noun at token k standing for people named just before:
 * "the presidents", "the two leaders", "both foreign ministers". They
 * are the people holding that role in this sentence before k and in the
 * sentence before it: two ("the two", "both") or two to four. Writes
 * them to out and returns how many, or 0. */
static size_t S_plural_role(const S_ctx *c, size_t k, int *out)
{
    /* runs on every token of a subject search: the length first */
    size_t len = c->seg->tok[k].lclen;
    if (len != 3 && len != 7 && len != 9 && len != 10) return 0;
    const char *w = S_lc(c, k);
    int men = strcmp(w, "men") == 0;
    if (!men && strcmp(w, "presidents") != 0 && strcmp(w, "ministers") != 0 && strcmp(w, "leaders") != 0) return 0;
    size_t d = k;
    while (d > c->a && d + 3 > k) {
        const char *p = S_lc(c, d - 1);
        if (strcmp(p, "foreign") == 0 || strcmp(p, "prime") == 0 || strcmp(p, "two") == 0) d--;
        else break;
    }
    if (d == c->a) return 0;
    const char *det = S_lc(c, d - 1);
    int two = strcmp(det, "both") == 0 || (d < k && strcmp(S_lc(c, d), "two") == 0);
    if (strcmp(det, "the") != 0 && strcmp(det, "both") != 0) return 0;
    if (men && !two) return 0; /* ("the two men" only) */
    size_t n = 0, people = 0;
    int pair[2] = {-1, -1}; /* the first two people named, whatever their roles */
    for (size_t i = S_look_back_from(c, k); i < k; i++) {
        int cand = c->actor_at[i];
        if (cand < 0) continue;
        int e = S_actor_entity(c, cand);
        const rg_entity *ent = &c->doc->entities[e];
        if (ent->type != RG_PERSON) continue;
        if (e != pair[0] && e != pair[1]) {
            if (people < 2) pair[people] = e;
            people++;
        }
        int fits = 0, known = 0;
        for (size_t q = 0; q < ent->n_roles && !fits; q++) fits = S_role_fits(c, k, ent->roles[q]);
        for (size_t q = 0; q < n; q++) known |= out[q] == e;
        if (!fits || known) continue;
        if (n == MAX_SIDE) return 0;
        out[n++] = e;
    }
    /* "the two leaders", "the two men" where exactly two people are
     * named and their roles do not say: those two */
    if (two && n < 2 && people == 2) {
        out[0] = pair[0];
        out[1] = pair[1];
        return 2;
    }
    if (n < 2 || (two && n != 2) || n > 4) return 0;
    return n;
}

/* Whether name, lower-cased into the scratch buffer lc, ends in the
 * whole words w[0..wl) ("foreign minister" ends in "minister", not
 * "administer"). */
static int S_ends_in_words(rg_buf *lc, const char *name, const char *w, size_t wl)
{
    rg_buf_clear(lc);
    rg_lower(lc, name, strlen(name));
    return lc->len >= wl && memcmp(lc->ptr + lc->len - wl, w, wl) == 0 &&
           (lc->len == wl || lc->ptr[lc->len - wl - 1] == ' ');
}

/* "the minister", "the foreign minister", "the ministry", "the court"
 * at token k (the noun, lower case, after "the" and at most one more
 * lower-case word; not "the minister of", "the court in Nairobi"): the
 * one person whose role ends in those words, or the one national body
 * whose name does, named from the start of the sentence before this
 * one; -1 when none or more than one fits (two ministers named: "the
 * minister" is left unread). */
static int S_role_anaphor(const S_ctx *c, size_t k)
{
    static const char *const person_nouns[] = {"president", "minister", "premier", "chancellor", "envoy",
                                               "ambassador", "secretary", "spokesman", "spokeswoman",
                                               "spokesperson", "senator", "governor", "commissioner", NULL};
    static const char *const body_nouns[] = {"ministry", "court", "commission", "council", "agency", "department",
                                             "office", "tribunal", "directorate", "authority", "assembly", NULL};
    /* runs on every token of a subject search: the article first */
    if (!(c->seg->tok[k].flags & T_LOWER) || k < c->a + 1) return -1;
    size_t d = k - 1; /* the article */
    if (d > c->a && strcmp(S_lc(c, d), "the") != 0 && (c->seg->tok[d].flags & T_LOWER) && c->actor_at[d] < 0 &&
        !rg_tok_wf(c->seg, d, W_STOP))
        d--;
    if (strcmp(S_lc(c, d), "the") != 0) return -1;
    int person = S_lc_in(c, k, person_nouns);
    if (!person && !S_lc_in(c, k, body_nouns)) return -1;
    if (k + 1 < c->b && (strcmp(S_lc(c, k + 1), "of") == 0 || strcmp(S_lc(c, k + 1), "in") == 0 ||
                         (c->seg->tok[k + 1].flags & (T_CAP | T_UPPER))))
        return -1;
    /* the words after the article, as they must end the role or name */
    char words[64];
    size_t wl = 0;
    for (size_t q = d + 1; q <= k; q++) {
        size_t n = c->seg->tok[q].lclen;
        if (wl + n + 2 > sizeof words) return -1;
        if (wl) words[wl++] = ' ';
        memcpy(words + wl, S_lc(c, q), n);
        wl += n;
    }
    words[wl] = 0;
    int found = -1;
    rg_buf lc = RG_BUF_INIT;
    for (size_t i = S_look_back_from(c, k); i < d; i++) {
        int e = S_actor_entity(c, c->actor_at[i]);
        if (e < 0 || e == found) continue;
        const rg_entity *ent = &c->doc->entities[e];
        int fits = 0;
        if (person && ent->type == RG_PERSON) {
            for (size_t q = 0; q < ent->n_roles && !fits; q++) {
                fits = S_ends_in_words(&lc, ent->roles[q], words, wl);
            }
        } else if (!person && ent->type == RG_GROUP && c->body_country[e] >= 0) {
            fits = S_ends_in_words(&lc, ent->label, words, wl);
        }
        if (!fits) continue;
        if (found >= 0) {
            found = -1;
            break;
        }
        found = e;
    }
    rg_buf_free(&lc);
    return found;
}

/* "both sides", "the two countries", "the three neighbours" at token k
 * (the noun): the countries or groups named from the start of the
 * previous sentence up to k, a person standing for the country he is
 * affiliated to ("Ishiba did not meet Xi, but the two countries'
 * ministers held talks"); 0 unless exactly as many as the words say.
 * For "both sides" or "both parties" not named nearby, the story's two
 * (*story set to 1). out has room for MAX_SIDE. */
static int S_same_side(const S_ctx *c, int x, int y);

/* Whether entity e may be one of the story's two sides: a country or
 * group, no news medium, not a subject of the act at hand. */
static int S_story_party(const S_ctx *c, int e)
{
    const rg_entity *x = &c->doc->entities[e];
    if (x->type == RG_PERSON || x->type == RG_PLACE || c->media[e]) return 0;
    for (size_t q = 0; q < c->n_subj; q++)
        if (c->subj[q] == e) return 0;
    return 1;
}

static size_t S_both_sides(const S_ctx *c, size_t k, int *out, int *story)
{
    *story = 0;
    static const char *const nouns[] = {"sides", "countries", "nations", "parties", "governments",
                                        "neighbours", "neighbors", "states", NULL};
    static const char *const counts[] = {"two", "three", "four", NULL};
    if (k < c->a + 1 || !S_lc_in(c, k, nouns)) return 0;
    /* how many: "both", "the two", "the three", "all four" */
    size_t want = strcmp(S_lc(c, k - 1), "both") == 0 ? 2 : 0;
    if (!want && k >= c->a + 2 && S_lc_in(c, k - 1, counts) &&
        (strcmp(S_lc(c, k - 2), "the") == 0 || strcmp(S_lc(c, k - 2), "all") == 0)) {
        const char *nw0 = S_lc(c, k - 1);
        want = strcmp(nw0, "two") == 0 ? 2 : strcmp(nw0, "three") == 0 ? 3 : 4;
        /* ("all two" is no English) */
        if (want == 2 && strcmp(S_lc(c, k - 2), "all") == 0) want = 0;
    }
    if (!want || want > MAX_SIDE) return 0;
    /* countries, nations, states, neighbours: only countries count */
    const char *nw = S_lc(c, k);
    int countries = strcmp(nw, "sides") != 0 && strcmp(nw, "parties") != 0 && strcmp(nw, "governments") != 0;
    size_t n = 0;
    for (size_t i = S_look_back_from(c, k); i < k; i++) {
        int e = S_actor_entity(c, c->actor_at[i]);
        if (e < 0 || c->media[e]) continue;
        /* (not the ones who urge them: "the AU called on both sides") */
        int subject = 0;
        for (size_t q = 0; q < c->n_subj; q++) subject |= c->subj[q] == e;
        if (subject) continue;
        /* (nor a person who reports them in this sentence: "AU envoy
         * Obasanjo said the two sides had agreed"; a side may report on
         * itself: "RSF shelled El Fasher, the Sudanese army said, as the
         * UN urged both sides") */
        if (i >= c->a && c->ext_to[c->actor_at[i]] < k && rg_tok_wf(c->seg, c->ext_to[c->actor_at[i]], W_SAY) &&
            c->doc->entities[e].type == RG_PERSON) {
            i = c->ext_to[c->actor_at[i]] - 1;
            continue;
        }
        const rg_entity *ent = &c->doc->entities[e];
        if (ent->type == RG_PERSON) {
            /* the country the person is affiliated to, when named */
            e = -1;
            for (size_t q = 0; ent->affiliation && q < c->doc->n_entities && e < 0; q++)
                if (c->doc->entities[q].type == RG_COUNTRY && strcmp(c->doc->entities[q].key, ent->affiliation) == 0)
                    e = (int)q;
            if (e < 0) continue;
        }
        if (countries && c->doc->entities[e].type != RG_COUNTRY) continue;
        int known = 0;
        for (size_t q = 0; q < n; q++) known |= out[q] == e;
        if (known) continue;
        if (n == MAX_SIDE) return 0;
        out[n++] = e;
    }
    /* a country and its own body or group are one side ("Sudan's
     * paramilitary RSF" and "the Sudanese army" are the two): the
     * country drops out */
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        int own = 0;
        for (size_t q = 0; q < n && !own; q++) {
            const char *aff = c->doc->entities[out[q]].affiliation;
            own = q != i && aff && strcmp(aff, c->doc->entities[out[i]].key) == 0;
        }
        if (!own) out[m++] = out[i];
    }
    if (m == want) return m;
    /* "urged both sides to exercise restraint" with the two not named
     * nearby: the story's two parties, the two countries or groups it
     * names most (a person counts for none), each at least twice and
     * clearly more than any third; none of them a subject */
    if (want != 2 || countries) return 0;
    int best[2] = {-1, -1};
    for (size_t e = 0; e < c->doc->n_entities; e++) {
        if (!S_story_party(c, (int)e)) continue;
        long mn = c->doc->entities[e].mentions;
        if (best[0] < 0 || mn > c->doc->entities[best[0]].mentions) {
            best[1] = best[0];
            best[0] = (int)e;
        } else if (best[1] < 0 || mn > c->doc->entities[best[1]].mentions) {
            best[1] = (int)e;
        }
    }
    if (best[1] < 0 || c->doc->entities[best[1]].mentions < 2 || S_same_side(c, best[0], best[1])) return 0;
    /* (clearly more than any third) */
    for (size_t e = 0; e < c->doc->n_entities; e++)
        if ((int)e != best[0] && (int)e != best[1] && S_story_party(c, (int)e) &&
            c->doc->entities[e].mentions >= c->doc->entities[best[1]].mentions)
            return 0;
    out[0] = best[0];
    out[1] = best[1];
    *story = 1;
    return 2;
}

/* No governing verb (S_verb_before); no token. */
#define NO_LIGHT ((size_t)-1)
#define NO_TOKEN ((size_t)-1)

/* Whether the word at v is a present participle ("accusing"). */
static int S_ing(const S_ctx *c, size_t v) { return rg_tok_ing(c->seg, v); }

/* The press as the people told: "told reporters", "briefed journalists". */
static const char *const S_press_words[] = {"reporters", "journalists", "correspondents", "newsmen", NULL};

/* Words of a time adjunct: "on Sunday", "late on Monday", "yesterday". */
static const char *const S_time_words[] = {"on", "late", "early", "yesterday", "today", "tonight", "monday", "tuesday",
                                           "wednesday", "thursday", "friday", "saturday", "sunday", NULL};

/* Means of talking ("spoke by telephone with", "held talks via video
 * link with"): a word after "by", "via", "over (the)", "on (the)". */
static const char *const S_means_words[] = {"telephone", "phone", "video", "videoconference", "teleconference",
                                            "videolink", "video-link", "video-conference", NULL};

/* The token after a means phrase that starts at k ("by telephone", "over
 * the phone", "via video link"), or k when none starts there. */
static size_t S_means_end(const S_ctx *c, size_t k)
{
    static const char *const by[] = {"by", "via", "over", "on", NULL};
    if (k + 1 >= c->b || !S_lc_in(c, k, by)) return k;
    size_t q = k + 1;
    if (strcmp(S_lc(c, q), "the") == 0 && q + 1 < c->b) q++;
    if (!S_lc_in(c, q, S_means_words)) return k;
    q++;
    if (q < c->b && strcmp(S_lc(c, q), "link") == 0) q++;
    return q;
}

/* Light verbs that take the one given to before their noun: "gave
 * Putin a welcome", "offered Kyiv support". */
static const char *const S_give_words[] = {"give", "gave", "given", "gives", "giving", "offer", "offered", "offers",
                                           "grant", "granted", "grants", "extend", "extended", "extends",
                                           "promise", "promised", "promises", "hand", "handed", "send", "sent",
                                           NULL};

static int S_determiner(const S_ctx *c, size_t k);

/* For a noun at v, "gave Putin a red-carpet welcome": the light verb
 * before the one given to and the noun's phrase (up to six words), or
 * NO_TOKEN. */
static size_t S_give_before(const S_ctx *c, size_t v)
{
    size_t k = v, words = 0;
    while (k > c->a && c->actor_at[k - 1] < 0 && words < 6) {
        k--;
        /* (an amount's "in": "gave Kenya $5 million in aid") */
        if (c->trigger_at[k] >= 0 || (rg_tok_wf(c->seg, k, W_STOP) && strcmp(S_lc(c, k), "in") != 0)) return NO_TOKEN;
        words++;
    }
    if (k == v || k == c->a || c->actor_at[k - 1] < 0) return NO_TOKEN;
    size_t f = c->ext_from[c->actor_at[k - 1]];
    if (f > c->a && S_determiner(c, f - 1)) f--;
    return f > c->a && S_lc_in(c, f - 1, S_give_words) ? f - 1 : NO_TOKEN;
}

/* For a noun trigger ending at e, "the deal (that) Starmer struck with
 * Macron", "the sanctions Washington has imposed on Moscow": a relative
 * clause right after it whose verb is a light verb, the noun being its
 * object. Writes the clause's subjects to subj (*ns of them) and returns
 * the light verb's token, or NO_TOKEN. */
static size_t S_relative_light(const S_ctx *c, size_t e, int *subj, size_t *ns)
{
    size_t q = e;
    if (q < c->b && (strcmp(S_lc(c, q), "that") == 0 || strcmp(S_lc(c, q), "which") == 0)) q++;
    if (q >= c->b || c->actor_at[q] < 0 || c->ext_from[c->actor_at[q]] != q) return NO_TOKEN;
    *ns = S_coordinated(c, q, +1, subj, MAX_SIDE);
    /* (bounded, as every scan here: a list of a million names stays linear) */
    size_t lim = q + RIGHT_MAX * 4 < c->b ? q + RIGHT_MAX * 4 : c->b;
    while (q < lim && (c->actor_at[q] >= 0 || strcmp(S_lc(c, q), "and") == 0 || strcmp(S_lc(c, q), ",") == 0)) q++;
    for (int aux = 0; aux < 2 && q < lim && rg_tok_wf(c->seg, q, W_AUX); aux++) q++;
    return *ns && q < lim && (c->seg->tok[q].flags & T_LOWER) && rg_tok_wf(c->seg, q, W_LIGHT) ? q : NO_TOKEN;
}

/* Whether the time word at k names a day or a time ("Sunday",
 * "yesterday"), not only leads to one ("on", "late", "early"). */
static int S_names_time(const S_ctx *c, size_t k)
{
    const char *w = S_lc(c, k);
    return strcmp(w, "on") != 0 && strcmp(w, "late") != 0 && strcmp(w, "early") != 0;
}

/* Token k with a time adjunct right before it stepped over: the first
 * token of that adjunct (k itself when there is none). At most three
 * words naming a day, or "in" and a month (and its year), or "last/this
 * week". */
static size_t S_time_back(const S_ctx *c, size_t k)
{
    static const char *const months[] = {"january", "february", "march", "april", "may", "june", "july", "august",
                                         "september", "october", "november", "december", NULL};
    static const char *const spans[] = {"week", "month", "year", NULL};
    size_t j = k;
    int day = 0;
    while (j > c->a && k - j < 3 && S_lc_in(c, j - 1, S_time_words)) day |= S_names_time(c, --j);
    if (day) return j;
    /* "said in January (2024) that", "said last week that" */
    j = k;
    if (j > c->a && (c->seg->tok[j - 1].flags & T_NUM) && c->seg->tok[j - 1].lclen == 4) j--;
    if (j >= c->a + 2 && (c->seg->tok[j - 1].flags & T_CAP) && S_lc_in(c, j - 1, months) &&
        strcmp(S_lc(c, j - 2), "in") == 0)
        return j - 2;
    if (k >= c->a + 2 && S_lc_in(c, k - 1, spans) &&
        (strcmp(S_lc(c, k - 2), "last") == 0 || strcmp(S_lc(c, k - 2), "this") == 0))
        return k - 2;
    return k;
}

/* The token after a time adjunct that starts at k and names a day or
 * a time ("on Sunday", "late on Monday", "yesterday"; at most three
 * words); k when there is none. */
static size_t S_time_fwd(const S_ctx *c, size_t k)
{
    size_t j = k;
    int day = 0;
    while (j < c->b && j - k < 3 && S_lc_in(c, j, S_time_words)) day |= S_names_time(c, j++);
    return day && j < c->b ? j : k;
}

/* The token of word (lower case) at most a few words of time or place
 * after token k ("agreed between", "signed here yesterday between",
 * "signed later this week between", "signed on Saturday by"); NO_TOKEN
 * when another word comes first. */
static size_t S_word_after(const S_ctx *c, size_t k, const char *word)
{
    static const char *const adjunct[] = {"here", "there", "later", "earlier", "this", "last", "next", "week",
                                          "month", "year", "formally", "jointly", NULL};
    for (size_t j = k; j < c->b && j < k + 5; j++) {
        if (strcmp(S_lc(c, j), word) == 0) return j;
        if (!S_lc_in(c, j, adjunct) && !S_lc_in(c, j, S_time_words)) break;
    }
    return NO_TOKEN;
}

/* Whether the actor at token k is only the possessor of a thing named
 * after it, before token lim: "Senegal's coach", "Russia's war" (not
 * its title or body, "Kenya's president", "Sudan's army"; not a group's
 * organ, "the IMF's board"; one word may qualify a body, "Myanmar's
 * military government"). Such a possessor is no party. */
static int S_owns_thing(const S_ctx *c, size_t k, size_t lim)
{
    size_t e = c->ext_to[c->actor_at[k]];
    const unsigned role = (1u << LEX_TITLE) | (1u << LEX_BODY);
    if (e + 1 >= lim || !(c->seg->tok[e].flags & T_POSS) || c->actor_at[e + 1] >= 0 ||
        !(c->seg->tok[e + 1].flags & T_LOWER) || S_lex_word(c->lex, c->seg, c->text, e + 1, role, 0))
        return 0;
    if (rg_tok_wf(c->seg, e + 1, W_ORGAN) && c->doc->entities[S_actor_entity(c, c->actor_at[k])].type == RG_GROUP)
        return 0;
    return !(e + 2 < lim && (c->seg->tok[e + 2].flags & T_LOWER) &&
             S_lex_word(c->lex, c->seg, c->text, e + 2, 1u << LEX_BODY, 0));
}

/* The subject(s) of the trigger at v: nearest actor to the left. */
static int S_is_noun(const S_ctx *c, size_t v, const rg_verb *vb);
static int S_determiner(const S_ctx *c, size_t k);

/* Whether the possessor at token k owns the noun trigger at v itself,
 * over the words that qualify it: "Russia's full-scale invasion",
 * "Uganda's long-planned offensive" (up to four tokens between:
 * lower-case words and the hyphens inside them). */
static int S_owns_act(const S_ctx *c, size_t k, size_t v)
{
    size_t e = c->ext_to[c->actor_at[k]];
    if (e + 5 < v || !(c->seg->tok[e].flags & T_POSS) || c->trigger_at[v] < 0 ||
        !S_is_noun(c, v, &c->lex->verbs[c->trigger_at[v]]))
        return 0;
    for (size_t j = e + 1; j < v; j++) {
        const rg_token *t = &c->seg->tok[j];
        int hyphen = strcmp(S_lc(c, j), "-") == 0 && t->start == c->seg->tok[j - 1].end &&
                     t->end == c->seg->tok[j + 1].start;
        if (!hyphen && (!(t->flags & T_LOWER) || rg_tok_wf(c->seg, j, W_STOP) || c->trigger_at[j] >= 0 ||
                        c->actor_at[j] >= 0))
            return 0;
    }
    return 1;
}

static size_t S_subjects_at(const S_ctx *c, size_t v, size_t light, int *out, const char **pattern, int nested);
static int S_after_gerund(const S_ctx *c, size_t v);

/* Whether token k is a past participle in -ed or of W_PAST ("backed",
 * "led", "brokered"). */
static int S_past_participle(const S_ctx *c, size_t k)
{
    size_t n = c->seg->tok[k].lclen;
    return (c->seg->tok[k].flags & T_LOWER) &&
           (rg_tok_wf(c->seg, k, W_PAST) || (n > 3 && strcmp(S_lc(c, k) + n - 2, "ed") == 0));
}

/* Prepositions after a participle in a reduced relative clause. */
static const char *const S_relative_preps[] = {"with", "for", "alongside", "under", "in", "at", "against", "near",
                                              "on", "inside", "from", "beside", "among", "to", "within", NULL};

/* When the name starting at token f is the object of a reduced
 * relative clause, "NOUN V-ing PREP [the] f" ("officers serving with the
 * UN mission", "engineers working with Pakistan's army"): the token of
 * the -ing word; else NO_TOKEN. The noun is a name or a lower-case word
 * that is no function word; a function word there ("is working with",
 * "the fighting in") makes the -ing word a verb's or a noun. */
static size_t S_reduced_relative(const S_ctx *c, size_t f)
{
    if (f < c->a + 3) return NO_TOKEN;
    size_t p = f - 1;
    if (S_determiner(c, p)) p--;
    if (p < c->a + 2 || !S_lc_in(c, p, S_relative_preps)) return NO_TOKEN;
    size_t g = p - 1, n = p - 2;
    if (!S_ing(c, g) || !(c->seg->tok[g].flags & T_LOWER)) return NO_TOKEN;
    int noun = c->actor_at[n] >= 0 || ((c->seg->tok[n].flags & T_LOWER) &&
                                       !rg_tok_wf(c->seg, n, W_STOP | W_AUX | W_BE) && !S_determiner(c, n) &&
                                       c->trigger_at[n] < 0);
    return noun ? g : NO_TOKEN;
}

static int S_determined(const S_ctx *c, size_t from, size_t k);
static size_t S_subjects(const S_ctx *c, size_t v, size_t light, int *out, const char **pattern)
{
    return S_subjects_at(c, v, light, out, pattern, 0);
}

/* nested: looking for the subject of the speech verb before "it"; that
 * subject is not itself looked for through another "it" (one level, so
 * "said it said it said it ..." stays linear) */
/* Whether the words from j (after a comma that follows a name) to the
 * comma at k open an apposition that says who the name is, not a list's
 * next item: an article and a noun ("the powerful sister of ...", "the
 * al-Qaeda affiliate in Somalia": a name there qualifies a noun after
 * it), a possessor and a noun ("Colombia's largest guerrilla group"),
 * or a title ("general secretary of the WPK"); not ", the United States"
 * or ", Kenya and"; no comma inside. */
static int S_opens_apposition(const S_ctx *c, size_t j, size_t k)
{
    /* one phrase between two commas ("In a letter to B's chairman, X,
     * C's chairman, Y, said": Y says it) */
    for (size_t i = j; i < k; i++)
        if (strcmp(S_lc(c, i), ",") == 0) return 0;
    /* a title in lower case, no article: "Kim Jong Il, general secretary
     * of the Workers' Party of Korea, greeted" */
    if ((c->seg->tok[j].flags & T_LOWER) && S_lex_word(c->lex, c->seg, c->text, j, 1u << LEX_TITLE, 0)) return 1;
    size_t q = j;
    if (S_determiner(c, j)) {
        q = j + 1;
        if (c->actor_at[q] < 0) return 1;
    } else if (c->actor_at[j] < 0 || c->ext_from[c->actor_at[j]] != j) {
        return 0;
    }
    /* a name: a noun in lower case after it (after its possessive, when
     * no article came before) */
    size_t e = c->ext_to[c->actor_at[q]];
    if (q == j) {
        if (e >= k || !(c->seg->tok[e].flags & T_POSS)) return 0;
        e++;
    } else if (e < k && (c->seg->tok[e].flags & T_POSS)) {
        e++;
    }
    return e < k && (c->seg->tok[e].flags & T_LOWER) && strcmp(S_lc(c, e), "and") != 0 &&
           c->actor_at[e] < 0;
}

/* words that open an adverbial clause (S_opens_clause, S_subordinator) */
static const char *const S_adverbial_openers[] = {"as", "while", "after", "before", "when", "because", "amid",
                                                  "since", "although", "though", "but", "whereas", "following",
                                                  NULL};

/* prepositions before a gerund whose subject the sentence may not name:
 * "concentrated around demonizing B" (not "by": the means of the
 * clause's subject) */
static const char *const S_gerund_preps[] = {"around", "on", "about", "of", "for", "in", "against", NULL};

/* Whether the noun at k opens a clause as its subject: at the sentence's
 * start or after a comma, "and" or an adverbial opener ("but", "while",
 * "after": S_adverbial_openers), an article between
 * ("the government in Skopje accused", not "marched on parliament in
 * Nairobi"). */
static int S_opens_clause(const S_ctx *c, size_t k)
{
    if (k > c->a && S_determiner(c, k - 1)) k--;
    return k == c->a || strcmp(S_lc(c, k - 1), ",") == 0 || strcmp(S_lc(c, k - 1), "and") == 0 ||
           S_lc_in(c, k - 1, S_adverbial_openers);
}

/* prepositions that open a phrase set off by commas after a subject:
 * "Rubio, on a visit to Guyana, warned" */
static const char *const S_apposition_preps[] = {"on", "in", "at", "during", "after", "before", "from", "with", "for",
                                                 "like", "unlike", "despite", "amid", NULL};

/* Whether the words [from, to) are auxiliaries only ("had been"), or none. */
static int S_only_aux(const S_ctx *c, size_t from, size_t to)
{
    for (size_t q = from; q < to; q++)
        if (!rg_tok_wf(c->seg, q, W_AUX | W_BE)) return 0;
    return 1;
}

/* Whether the actor at token k speaks inside a relative clause whose
 * verb is v: "a company that Washington says helped B", "which Israel
 * said had attacked B" (the pronoun before it, a speech verb after it,
 * only auxiliaries to v). */
static int S_speaker_in_relative(const S_ctx *c, size_t k, size_t v)
{
    static const char *const rel[] = {"that", "which", "who", "whom", NULL};
    size_t f = c->ext_from[c->actor_at[k]], e = c->ext_to[c->actor_at[k]];
    return f > c->a && S_lc_in(c, f - 1, rel) && e < v && rg_tok_wf(c->seg, e, W_SAY) && S_only_aux(c, e + 1, v);
}

/* Whether token k is (part of) a dash: "-" not joining two words (so
 * either of the two of "--"; text.c has made en and em dashes "-"). */
static int S_dash(const S_ctx *c, size_t k)
{
    if (strcmp(S_lc(c, k), "-") != 0) return 0;
    const rg_token *t = c->seg->tok;
    int joined_left = k > c->a && t[k].start == t[k - 1].end && (t[k - 1].flags & T_WORD);
    int joined_right = k + 1 < c->b && t[k + 1].start == t[k].end && (t[k + 1].flags & T_WORD);
    return !(joined_left && joined_right);
}

/* "Iran and six world powers -- the United States, Russia and China --
 * reached": when the list ending at the actor at token k stands between
 * dashes right before the verb at v, and the words before the opening
 * dash are a noun phrase in lower case after "and" and a name, that name
 * and those coordinated with it are subjects too (into out, at most cap;
 * their count). The dashed list names the noun's members. */
static size_t S_dashed_list_head(const S_ctx *c, size_t k, size_t v, int *out, size_t cap)
{
    size_t e = c->ext_to[c->actor_at[k]], p = e;
    while (p < v && p < e + 2 && S_dash(c, p)) p++;
    if (!cap || p == e || p != v) return 0;
    size_t d = c->ext_from[c->actor_at[k]];
    for (size_t back = 0; d > c->a && back < 16 && !S_dash(c, d); back++) d--;
    if (!S_dash(c, d)) return 0;
    if (d > c->a && S_dash(c, d - 1)) d--;
    size_t q = d, words = 0;
    while (q > c->a && words < 4 && c->actor_at[q - 1] < 0 && (c->seg->tok[q - 1].flags & (T_LOWER | T_NUM)) &&
           strcmp(S_lc(c, q - 1), "and") != 0)
        q--, words++;
    if (!words || q < c->a + 2 || strcmp(S_lc(c, q - 1), "and") != 0 || c->actor_at[q - 2] < 0) return 0;
    return S_coordinated(c, q - 2, -1, out, cap);
}

static size_t S_subjects_at(const S_ctx *c, size_t v, size_t light, int *out, const char **pattern, int nested)
{
    int jumped = 0; /* over a first verb's object to its subject ("flew to Colombia and warned") */
    for (size_t k = v, steps = 0; k > c->a && steps < LEFT_MAX; steps++) {
        k--;
        /* the light verb of this noun ("pledged aid", "signed an
         * agreement") is part of its predicate, even when it is a trigger
         * of its own */
        if (k == light) continue;
        /* "Anwar, who chairs ASEAN, later brokered", "M23 rebels, whom
         * UN experts say are backed by Rwanda, seized": the subject is
         * before the relative clause, acts inside it as they may be */
        if ((c->seg->tok[k].flags & T_PUNCT) && c->text[c->seg->tok[k].start] == ',') {
            int verb = 0; /* a verb between: no apposition */
            for (size_t j = k, back = 0; j > c->a + 1 && back < CLAUSE_MAX; back++) {
                j--;
                if (c->trigger_at[j] >= 0 && !S_is_noun(c, j, &c->lex->verbs[c->trigger_at[j]])) verb = 1;
                /* "which came after Germany's chancellor, Friedrich Merz,
                 * telephoned": a person named between commas after a role,
                 * right before the verb, is the subject, whatever clause
                 * is open before */
                if (k + 1 == v && j >= c->a + 2 && strcmp(S_lc(c, j - 1), ",") == 0 && c->actor_at[j] >= 0 &&
                    c->ext_to[c->actor_at[j]] == k && (c->seg->tok[j - 2].flags & T_LOWER) &&
                    c->doc->entities[S_actor_entity(c, c->actor_at[j])].type == RG_PERSON)
                    break;
                const char *rw = S_lc(c, j);
                if ((strcmp(rw, "who") == 0 || strcmp(rw, "whom") == 0 || strcmp(rw, "whose") == 0 ||
                     strcmp(rw, "which") == 0) &&
                    strcmp(S_lc(c, j - 1), ",") == 0) {
                    k = j - 1;
                    break;
                }
                /* "Henry, stranded in Puerto Rico since gangs shut the
                 * airport, had been urged by", "Lula, speaking in Rome,
                 * said", "Rubio, on a visit to Guyana, warned": a
                 * participle's or a preposition's phrase set off by
                 * commas after a name, right before this verb (and its
                 * auxiliaries), says who or where the name is */
                if (strcmp(S_lc(c, j - 1), ",") == 0 && j >= c->a + 2 && c->actor_at[j - 2] >= 0 &&
                    (c->seg->tok[j].flags & T_LOWER) &&
                    (S_past_participle(c, j) || S_ing(c, j) || S_lc_in(c, j, S_apposition_preps)) &&
                    S_only_aux(c, k + 1, v)) {
                    k = j - 1;
                    break;
                }
                /* "Syrian forces, backed by Russian air strikes,
                 * recaptured": a participle and its agent set off by
                 * commas say how the subject before them acted */
                /* (the subject right before the comma, or with one noun
                 * its name qualifies: "Syrian government forces"; not "the
                 * gangs, led by X," which names none) */
                if (strcmp(S_lc(c, j - 1), ",") == 0 && j + 1 < k && S_past_participle(c, j) &&
                    strcmp(S_lc(c, j + 1), "by") == 0 && j >= c->a + 3 &&
                    (c->actor_at[j - 2] >= 0 ||
                     ((c->seg->tok[j - 2].flags & T_LOWER) && !S_determiner(c, j - 2) && c->actor_at[j - 3] >= 0))) {
                    k = j - 1;
                    break;
                }
                /* "Kim Yo Jong, the powerful sister of North Korean
                 * leader Kim Jong Un, on Sunday dismissed": an apposition
                 * after a name (no verb in it) says who the name is */
                if (!verb && strcmp(S_lc(c, j - 1), ",") == 0 && j >= c->a + 2 && c->actor_at[j - 2] >= 0 && j + 1 < k &&
                    S_opens_apposition(c, j, k)) {
                    k = j - 1;
                    break;
                }
                /* "Fighters of the ADF, a militia that has pledged
                 * allegiance to the Islamic State group, killed": an
                 * article, up to three words and a relative pronoun after
                 * a name (or its acronym in brackets) open an apposition,
                 * whatever verbs its clause holds */
                if (strcmp(S_lc(c, j - 1), ",") == 0 && j >= c->a + 3 && S_determiner(c, j) &&
                    (c->actor_at[j - 2] >= 0 || (strcmp(S_lc(c, j - 2), ")") == 0 && c->actor_at[j - 3] >= 0))) {
                    static const char *const rel[] = {"that", "which", "who", "whose", "whom", NULL};
                    size_t r = j + 1;
                    while (r < k && r < j + 4 && (c->seg->tok[r].flags & T_LOWER) && c->actor_at[r] < 0 &&
                           !S_lc_in(c, r, rel))
                        r++;
                    if (r > j + 1 && r < k && S_lc_in(c, r, rel)) {
                        k = j - 1;
                        break;
                    }
                }
            }
            continue;
        }
        if (c->actor_at[k] >= 0) {
            /* "the al-Qaeda-linked group claimed": the group named
             * before (the name and its noun are one mention) */
            {
                size_t f = c->ext_from[c->actor_at[k]], e = c->ext_to[c->actor_at[k]];
                if (e > f + 1 && f > c->a && strcmp(S_lc(c, f - 1), "the") == 0 && S_backer_word(c, f) &&
                    e <= v && S_only_aux(c, e, v)) {
                    int g = S_group_anaphor(c, e - 1);
                    if (g < 0) return 0;
                    *pattern = "the group = the group named before + trigger";
                    out[0] = g;
                    return 1;
                }
            }
            /* "Iran-backed militias attacked B": no subject named */
            if (S_backer(c, k)) return 0;
            /* "filed evidence at the ICJ accusing B": an actor after a
             * preposition, right before a participle, is where the act
             * was done; the clause's subject does it */
            size_t f = c->ext_from[c->actor_at[k]];
            /* (or right before its comma: "blocked highways across
             * Ecuador, demanding that B") */
            size_t j = k + 1;
            while (j < v && j < k + 4 && S_lc_in(c, j, S_time_words)) j++; /* "across Ecuador on Monday," */
            if (j < v && strcmp(S_lc(c, j), ",") == 0) j++;
            int next = j == v;
            /* (and so a country where a purpose infinitive's subject is:
             * "Ruto arrived in Haiti on Saturday to visit B" is Ruto's
             * visit; not a body or person, "a bid in the Security Council
             * to impose", "an invitation to Gorbachev to visit") */
            int purpose = j + 1 == v && strcmp(S_lc(c, j), "to") == 0 &&
                          c->doc->entities[S_actor_entity(c, c->actor_at[k])].type == RG_COUNTRY;
            static const char *const inside[] = {"at", "in", "across", "throughout", "inside", NULL};
            if (((next && S_ing(c, v)) || purpose) && f > c->a + 1) {
                size_t p = f - 1;
                if (S_determiner(c, p) && p > c->a) p--;
                static const char *const where[] = {"at", "in", "before", "to", "across", "throughout", "inside", NULL};
                if (S_lc_in(c, p, purpose ? inside : where)) {
                    k = p;
                    continue;
                }
            }
            /* "a Colombian raid on Ecuadorean soil killed X": the place
             * or target of an act's noun, right before the verb (over a
             * word or two: "soil"), is no subject; the noun's agent
             * before it is */
            {
                size_t g = f > c->a && S_determiner(c, f - 1) ? f - 1 : f, e = c->ext_to[c->actor_at[k]];
                static const char *const at[] = {"on", "against", "in", "at", "near", "inside", NULL};
                int plain = e <= v && v <= e + 2;
                for (size_t q = e; q < v && plain; q++)
                    plain = (c->seg->tok[q].flags & T_LOWER) && !rg_tok_wf(c->seg, q, W_STOP | W_AUX) &&
                            c->trigger_at[q] < 0 && c->actor_at[q] < 0;
                if (plain && g > c->a + 1 && S_lc_in(c, g - 1, at)) {
                    size_t n = NO_TOKEN;
                    for (size_t h = g - 1; h > c->a && h + 4 > g && n == NO_TOKEN;) {
                        h--;
                        if (c->trigger_at[h] >= 0 && h + c->trigger_len[h] == g - 1 &&
                            (S_is_noun(c, h, &c->lex->verbs[c->trigger_at[h]]) || S_determined(c, c->a, h)))
                            n = h;
                    }
                    if (n != NO_TOKEN) {
                        k = n;
                        continue;
                    }
                }
            }
            /* "Chavez flew to Colombia and warned B", "ordered troops to
             * the Colombian border and warned B": the object of a
             * preposition right before "and" and this verb is the first
             * verb's; the clause's subject does both */
            size_t nj = j; /* (over the noun a demonym qualifies: "the Colombian border") */
            while (nj < v && nj < j + 2 && (c->seg->tok[nj].flags & T_LOWER) && c->trigger_at[nj] < 0 &&
                   !rg_tok_wf(c->seg, nj, W_STOP | W_AUX))
                nj++;
            /* (over an "of" phrase with no party in it: "on the Syrian
             * side of the Golan Heights and") */
            if (nj < v && strcmp(S_lc(c, nj), "of") == 0) {
                size_t q = nj + 1;
                if (q < v && S_determiner(c, q)) q++;
                size_t q0 = q;
                while (q < v && q < q0 + 3 && c->trigger_at[q] < 0 && !(c->seg->tok[q].flags & T_PUNCT) &&
                       !rg_tok_wf(c->seg, q, W_STOP | W_AUX | W_BE) &&
                       (S_actor_entity(c, c->actor_at[q]) < 0 ||
                        c->doc->entities[S_actor_entity(c, c->actor_at[q])].type == RG_PLACE))
                    q++;
                if (q > q0) nj = q;
            }
            /* (and a bare noun between "and" and this verb: "moved into
             * the zone on the Syrian side and warplanes struck B") */
            size_t nv = nj + 1;
            if (nv + 1 == v && (c->seg->tok[nv].flags & T_LOWER) && c->trigger_at[nv] < 0 && c->actor_at[nv] < 0 &&
                !rg_tok_wf(c->seg, nv, W_STOP | W_AUX | W_BE) && !S_determiner(c, nv) && !rg_tok_ly(c->seg, nv))
                nv++;
            if (nv == v && nj < v && strcmp(S_lc(c, nj), "and") == 0 && f > c->a + 1) {
                static const char *const preps[] = {"to",      "in",     "at",     "into",   "from",    "for",
                                                    "with",    "on",     "near",   "across", "toward",  "towards",
                                                    "along",   "inside", "without", "about", "against", "over",
                                                    "through", "around", "within", "of",    "by",      "under",
                                                    NULL};
                size_t p = f - 1;
                if (S_determiner(c, p) && p > c->a) p--;
                if (S_lc_in(c, p, preps) && p > c->a && (c->seg->tok[p - 1].flags & T_LOWER)) {
                    k = p;
                    /* (the first verb's subject is looked for as far as
                     * this one's would be, once) */
                    if (!jumped) steps = 0;
                    jumped = 1;
                    continue;
                }
            }
            /* (any verb after "in COUNTRY": "officers serving with the
             * mission in Haiti came under fire", "the Taliban government
             * in Afghanistan agreed": where, not who; but not after a
             * body's word that opens the clause: "Authorities in Niger
             * seized" is Niger) */
            /* (and a gerund after a preposition: "The crisis in Iraq was
             * concentrated around demonizing B" has no subject named) */
            int gerund = S_ing(c, v) && v > c->a + 1 && (c->seg->tok[v - 1].flags & T_LOWER) &&
                         S_lc_in(c, v - 1, S_gerund_preps);
            if (((next && !S_ing(c, v)) || gerund) && f > c->a + 2 &&
                (strcmp(S_lc(c, f - 1), "in") == 0 || strcmp(S_lc(c, f - 1), "inside") == 0) &&
                !(S_lex_word(c->lex, c->seg, c->text, f - 2, 1u << LEX_BODY, 1) && S_opens_clause(c, f - 2)) &&
                c->doc->entities[S_actor_entity(c, c->actor_at[k])].type == RG_COUNTRY) {
                k = f - 1;
                continue;
            }
            /* "Kenyan police officers serving with the UN mission came
             * under fire", "Turkish troops fighting alongside the SNA
             * shelled": a name after the preposition of an -ing word
             * that follows a noun is inside a reduced relative clause;
             * the subject is before the noun */
            size_t rel = S_reduced_relative(c, f);
            if (rel != NO_TOKEN) {
                k = rel;
                continue;
            }
            /* "Somali troops backed by AU forces retook": the agent of a
             * participle after the subject is not the subject */
            if (f > c->a + 2 && strcmp(S_lc(c, f - 1), "by") == 0 && S_past_participle(c, f - 2) &&
                c->actor_at[f - 3] >= 0) {
                k = f - 2;
                continue;
            }
            /* "... of Russia's war and warned B": a possessor whose noun
             * follows is no subject (its title or body is: "Kenya's
             * president visited", "Sudan's army said") */
            if (S_owns_thing(c, k, v) && !S_owns_act(c, k, v)) return 0;
            /* "a front company that Washington says helped the IRGC":
             * the speaker inside a relative clause is no subject; the
             * clause's noun is (a name only right before the pronoun) */
            if (S_speaker_in_relative(c, k, v)) {
                size_t p = f - 1;
                if (p > c->a && strcmp(S_lc(c, p - 1), ",") == 0) p--;
                if (p > c->a && c->actor_at[p - 1] >= 0) {
                    *pattern = "relative clause with its speaker: the noun before it";
                    return S_coordinated(c, p - 1, -1, out, MAX_SIDE);
                }
                return 0;
            }
            /* "Saudi Arabia, Russia and six other OPEC+ producers agreed":
             * the name after "other" qualifies unnamed others; the list
             * is the names before "and" */
            if (f > c->a + 1 && strcmp(S_lc(c, f - 1), "other") == 0) {
                size_t o = f - 1; /* back over "six", "several" to "and" */
                while (o > c->a && o + 3 > f && strcmp(S_lc(c, o - 1), "and") != 0) o--;
                if (o > c->a + 1 && strcmp(S_lc(c, o - 1), "and") == 0 && c->actor_at[o - 2] >= 0) {
                    *pattern = "list before 'and N other'";
                    return S_coordinated(c, o - 2, LEFT_AFTER_AND, out, MAX_SIDE);
                }
            }
            size_t n = S_coordinated(c, k, -1, out, MAX_SIDE);
            return n + S_dashed_list_head(c, k, v, out + n, MAX_SIDE - n);
        }
        /* "the government in Skopje accused B": a national body in a
         * capital or place is its country's */
        if (c->place_country[k] >= 0 && k >= c->a + 2 && strcmp(S_lc(c, k - 1), "in") == 0 &&
            S_lex_word(c->lex, c->seg, c->text, k - 2, 1u << LEX_BODY, 1) && S_opens_clause(c, k - 2)) {
            *pattern = "a national body in a capital = its country";
            out[0] = c->place_country[k];
            return 1;
        }
        /* another verb ends the search; a noun ("for a visit to hold
         * talks with") does not take the subject's place */
        /* a refusal word ("refused to meet") is part of this verb's
         * phrase, not a verb of its own */
        if (rg_tok_wf(c->seg, k, W_REFUSE)) continue;
        /* (so is an adverb right before the verb, a trigger as it may
         * be: "A and B jointly condemned C") */
        if (k + 1 == v && (c->seg->tok[k].flags & T_LOWER) && rg_tok_ly(c->seg, k)) continue;
        if ((c->trigger_at[k] >= 0 && !S_is_noun(c, k, &c->lex->verbs[c->trigger_at[k]])) || S_clause_mark(c, k)) break;
        const char *w = S_lc(c, k);
        if (strcmp(w, "i") == 0 || strcmp(w, "we") == 0) {
            int sp = S_first_person(c, k);
            if (sp >= 0) {
                *pattern = "speaker (first person) + trigger";
                out[0] = sp;
                /* "John and I agreed" */
                size_t n = 1;
                if (k >= c->a + 2 && strcmp(S_lc(c, k - 1), "and") == 0 && c->actor_at[k - 2] >= 0)
                    n += S_coordinated(c, k - 2, -1, out + 1, MAX_SIDE - 1);
                return n;
            }
            break;
        }
        /* "the group later claimed responsibility" */
        int g = S_group_anaphor(c, k);
        if (g >= 0) {
            *pattern = "the group = the group named before + trigger";
            out[0] = g;
            return 1;
        }
        if (strcmp(w, "he") == 0 || strcmp(w, "she") == 0 || strcmp(w, "his") == 0 ||
            strcmp(w, "her") == 0) {
            int p = S_pronoun(c, k);
            if (p >= 0) {
                *pattern = "pronoun subject + trigger";
                out[0] = p;
                return 1;
            }
            break;
        }
        /* "the presidents agreed"; "the presidents confirmed that they
         * will meet" */
        size_t ng = S_plural_role(c, k, out);
        if (ng) {
            *pattern = "plural role (the two leaders) + trigger";
            return ng;
        }
        int story;
        if ((ng = S_both_sides(c, k, out, &story)) != 0) {
            *pattern = story ? "both sides = the story's two most named parties + trigger"
                             : "both sides, the three countries = those named before + trigger";
            return ng;
        }
        if ((g = S_role_anaphor(c, k)) >= 0) {
            *pattern = "the minister / the ministry = the one named before + trigger";
            out[0] = g;
            return 1;
        }
        /* they, or they're / they’re as one token */
        int they = strcmp(w, "they") == 0 || strncmp(w, "they'", 5) == 0 || strncmp(w, "they\xE2\x80\x99", 7) == 0;
        if (they) {
            size_t lo = k > c->a + PRONOUN_WINDOW ? k - PRONOUN_WINDOW : c->a;
            for (size_t j = k; j-- > lo;)
                if ((ng = S_plural_role(c, j, out)) != 0) {
                    *pattern = "they = plural role before it + trigger";
                    return ng;
                }
        }
        /* "the Israeli military said it struck B", "Kenya and Uganda
         * said they agreed": it / they after a speech verb is the
         * speaker (a country or group for it) */
        if (strcmp(w, "it") == 0 || they) {
            size_t say = k;
            if (say > c->a && strcmp(S_lc(c, say - 1), "that") == 0) say--;
            say = S_time_back(c, say); /* "said on Sunday they had fired" */
            /* "the Foreign Office said, adding that it had asked B": the
             * speaker of the speech verb before the participle */
            static const char *const saying[] = {"adding", "saying", "noting", "stressing", "insisting",
                                                 "explaining", "arguing", "claiming", "warning", "confirming",
                                                 NULL};
            if (say > c->a + 3 && S_lc_in(c, say - 1, saying) && strcmp(S_lc(c, say - 2), ",") == 0 &&
                rg_tok_wf(c->seg, say - 3, W_SAY))
                say -= 2;
            if (!nested && say > c->a && rg_tok_wf(c->seg, say - 1, W_SAY)) {
                const char *inner = NULL;
                size_t n = S_subjects_at(c, say - 1, NO_LIGHT, out, &inner, 1);
                int it = !they;
                if (n && !inner /* a plain subject, not itself a pronoun's */ &&
                    (!it || (n == 1 && c->doc->entities[out[0]].type != RG_PERSON))) {
                    *pattern = it ? "it = the speaker before it + trigger" : "they = the speakers before it + trigger";
                    return n;
                }
            }
            break;
        }
        /* "members of the Ennahda party, which accused B", "Putin, who
         * met B": the relative pronoun's name is right before its comma
         * (a person for who, not for which) */
        int who = strcmp(w, "who") == 0, which = strcmp(w, "which") == 0;
        if ((who || which) && k > c->a + 1 && strcmp(S_lc(c, k - 1), ",") == 0 && c->actor_at[k - 2] >= 0 &&
            (c->doc->entities[S_actor_entity(c, c->actor_at[k - 2])].type == RG_PERSON) == who) {
            *pattern = "relative pronoun = the name before it + trigger";
            return S_coordinated(c, k - 2, -1, out, MAX_SIDE);
        }
        /* a relative clause, a complement clause ("told reporters that
         * the venue had been agreed by B") or another subject ends the
         * search */
        if (who || which || strcmp(w, "that") == 0 || strcmp(w, "you") == 0) break;
    }
    return 0;
}

/* Token k is an article, a demonstrative or a possessive pronoun: a
 * noun follows ("a visit", "this attack", "his call"). */
static int S_determiner(const S_ctx *c, size_t k)
{
    if (rg_tok_wf(c->seg, k, W_POSSESSIVE)) return 1;
    const char *w = S_lc(c, k);
    return strcmp(w, "a") == 0 || strcmp(w, "an") == 0 || strcmp(w, "the") == 0 || strcmp(w, "its") == 0 ||
           strcmp(w, "this") == 0;
}

/* Whether the noun at k has a determiner before it, at most one word
 * away and not before token from: "a call", "that recent attack" (not
 * "hostages held"). */
static int S_determined(const S_ctx *c, size_t from, size_t k)
{
    for (size_t j = k; j > from && k - j < 2;) {
        j--;
        if (S_determiner(c, j) || strcmp(S_lc(c, j), "that") == 0) return 1;
    }
    return 0;
}

/* A word for a part of a country: "in northern Iraq", "in eastern
 * Ukraine". */
static int S_compass(const char *w)
{
    static const char *const words[] = {"north", "south", "east", "west", "northern", "southern", "eastern",
                                        "western", "central", "northeastern", "northwestern", "southeastern",
                                        "southwestern", "northeast", "northwest", "southeast", "southwest",
                                        "neighbouring", "neighboring", NULL};
    for (size_t i = 0; words[i]; i++)
        if (strcmp(w, words[i]) == 0) return 1;
    return 0;
}

/* The kinds whose target may be a place, standing for its country. */
static int S_hostile(rg_kind kind)
{
    return kind == RG_ASSAULT || kind == RG_COERCE || kind == RG_THREATEN;
}

/* An act whose target may be given as a place in a country: an attack
 * ("struck targets in Lebanon"), a crime ("kidnapped 25 students from a
 * school in Nigeria's Sokoto state") or a withdrawal ("withdrew troops
 * from positions in southern Lebanon"). */
static int S_at_places(rg_kind kind) { return S_hostile(kind) || kind == RG_RETREAT || kind == RG_CRIME; }

/* Nouns that name a topic, not a quality of someone: "recognised the
 * importance of the Soviet market" supports nobody. */
static const char *const S_topic_words[] = {"importance", "need", "role", "value", "significance", "necessity",
                                            NULL};

/* Participles of holding ground: "villages held by", "areas controlled by". */
static const char *const S_held_words[] = {"held", "controlled", "occupied", "run", "seized", "captured", NULL};

/* Whether a noun phrase starting at k is counted or determined: "the
 * assets of", "nine employees of", "thousands of" (not "out of", "east
 * of", "use of"). */
static int S_counted(const S_ctx *c, size_t k)
{
    static const char *const q[] = {"one", "some", "several", "dozens", "hundreds", "thousands", "many", "all",
                                    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", NULL};
    return S_determiner(c, k) || (c->seg->tok[k].flags & T_NUM) || S_lc_in(c, k, q);
}

/* Whether token k is a plural noun in lower case with no article
 * ("struck positions of the SDF", "shelled bases of"; not "use of",
 * "east of"). */
static int S_bare_plural(const S_ctx *c, size_t k)
{
    const char *w = S_lc(c, k);
    size_t n = c->seg->tok[k].lclen;
    return (c->seg->tok[k].flags & T_LOWER) && n > 3 && w[n - 1] == 's' && w[n - 2] != 's' &&
           !rg_tok_wf(c->seg, k, W_STOP);
}

/* The first token of a person named from token q on, over at most four
 * lower-case words (not a stop word or a trigger: "schoolteacher") or
 * organisations ("Communist Party chief"), before token lim; -1 if none. */
static int S_titled_apposition(const S_ctx *c, size_t k);

static int S_person_after(const S_ctx *c, size_t q, size_t lim)
{
    for (size_t j = q; j < lim && j < q + 5; j++) {
        if (j > q && S_titled_apposition(c, j)) return (int)j + 1; /* "the Israeli ambassador, X," */
        int cand = c->actor_at[j];
        if (cand >= 0) {
            rg_type t = c->doc->entities[S_actor_entity(c, cand)].type;
            if (t == RG_PERSON) return (int)j;
            if (t != RG_GROUP) return -1;
            j = c->ext_to[cand] - 1;
            continue;
        }
        if (!(c->seg->tok[j].flags & T_LOWER) || c->trigger_at[j] >= 0 || rg_tok_wf(c->seg, j, W_STOP)) return -1;
    }
    return -1;
}

/* Whether the comma at k, after a title ("the Israeli ambassador,",
 * "its foreign minister,"), opens the name of the one who holds it: the
 * person mentions.c found in apposition there (RG_CAND_APPOS). */
static int S_titled_apposition(const S_ctx *c, size_t k)
{
    if (k <= c->a || k + 1 >= c->b || strcmp(S_lc(c, k), ",") != 0 || c->actor_at[k + 1] < 0) return 0;
    const rg_cand *m = &c->cands->c[c->actor_at[k + 1]];
    return (m->flags & RG_CAND_APPOS) && m->tok_from == k + 1 &&
           c->doc->entities[S_actor_entity(c, c->actor_at[k + 1])].type == RG_PERSON;
}

/* The entity joined by a hyphen to the word at v ("Iran-backed",
 * "Saudi-led"), or -1. */
static int S_hyphen_agent(const S_ctx *c, size_t v)
{
    if (v < c->a + 2 || strcmp(S_lc(c, v - 1), "-") != 0 || c->seg->tok[v - 1].start != c->seg->tok[v - 2].end ||
        c->seg->tok[v].start != c->seg->tok[v - 1].end || c->actor_at[v - 2] < 0)
        return -1;
    return S_actor_entity(c, c->actor_at[v - 2]);
}

/* Whether the actor at token k only says who backs or inspires the
 * people a noun after it names: "Iran-backed militias", "the
 * al-Qaeda-linked group", "ISIS-inspired gunmen" (a hyphen, a participle
 * of backing and up to two lower-case words, no name after them). Those
 * people act, not the backer. */
static int S_backer(const S_ctx *c, size_t k)
{
    size_t e = c->ext_to[c->actor_at[k]];
    /* (one token, its noun inside the mention: "al-Qaeda-linked group") */
    if (e > c->ext_from[c->actor_at[k]] + 1 && S_backer_word(c, c->ext_from[c->actor_at[k]])) return 1;
    if (e + 2 >= c->b || S_hyphen_agent(c, e + 1) < 0 || !S_lc_in(c, e + 1, S_backing)) return 0;
    size_t q = e + 2;
    while (q < c->b && q < e + 4 && c->actor_at[q] < 0 && c->trigger_at[q] < 0 && (c->seg->tok[q].flags & T_LOWER) &&
           !rg_tok_wf(c->seg, q, W_STOP | W_AUX | W_BE))
        q++;
    return q > e + 2 && (q >= c->b || c->actor_at[q] < 0);
}

/* For the actor at token k: when a hyphen joins it to a participle
 * ("Iran-backed Hezbollah", "Iran-backed militia Kataib Hezbollah"; two
 * lower-case words at most between), the token of the name it
 * qualifies; k otherwise. */
static size_t S_past_qualifier(const S_ctx *c, size_t k)
{
    size_t e = c->ext_to[c->actor_at[k]];
    if (e + 2 >= c->b || S_hyphen_agent(c, e + 1) < 0 || !S_past_participle(c, e + 1)) return k;
    size_t q = e + 2;
    for (int w = 0; w < 2; w++) /* ("China-linked hacking group APT41") */
        if (q + 1 < c->b && c->actor_at[q] < 0 && c->trigger_at[q] < 0 && (c->seg->tok[q].flags & T_LOWER) &&
            !rg_tok_wf(c->seg, q, W_STOP))
            q++;
    return q < c->b && c->actor_at[q] >= 0 ? q : k;
}

/* The parties named after ", including" that end the object list from
 * token k ("indicted Jair Bolsonaro and 36 others, including former
 * minister Walter Braga Netto", "sanctioned five firms, including X and
 * Y"): the act is on them too. Between the list and "including" only
 * its names, "and", commas, a number and up to two lower-case words;
 * after it a title or two words before the name. Appended to out after
 * its n entities (no repeats, at most MAX_SIDE in all); returns how
 * many were added. */
static size_t S_including(const S_ctx *c, size_t k, int *out, size_t n)
{
    size_t q = c->ext_to[c->actor_at[k]];
    int words = 0;
    while (q < c->b && q < k + 16 && strcmp(S_lc(c, q), "including") != 0) {
        const rg_token *t = &c->seg->tok[q];
        if (c->actor_at[q] >= 0) q = c->ext_to[c->actor_at[q]];
        else if (strcmp(S_lc(c, q), ",") == 0 || strcmp(S_lc(c, q), "and") == 0 || (t->flags & T_NUM)) q++;
        else if ((t->flags & T_LOWER) && !rg_tok_wf(c->seg, q, W_STOP) && c->trigger_at[q] < 0 && ++words <= 2) q++;
        else return 0;
    }
    if (q >= c->b || q < 1 || strcmp(S_lc(c, q - 1), ",") != 0 || strcmp(S_lc(c, q), "including") != 0) return 0;
    size_t p = q + 1;
    while (p < c->b && p < q + 5 && c->actor_at[p] < 0 && c->trigger_at[p] < 0 &&
           ((c->seg->tok[p].flags & T_LOWER) || S_lex_word(c->lex, c->seg, c->text, p, 1u << LEX_TITLE, 0)))
        p++;
    if (p >= c->b || c->actor_at[p] < 0) return 0;
    int more[MAX_SIDE];
    size_t m = S_coordinated(c, p, +1, more, MAX_SIDE), added = 0;
    for (size_t i = 0; i < m && n + added < MAX_SIDE; i++) {
        size_t j = 0;
        while (j < n + added && out[j] != more[i]) j++;
        if (j == n + added) out[n + added++] = more[i];
    }
    return added;
}

/* Whether token k, an act's noun with no determiner, is the object
 * phrase from token from on: one or two lower-case words, no stop word,
 * ending in a noun of the verb table ("rebuffed last-ditch demands by
 * B", "condemned attacks by B"): its agent after "by" or "from" is the
 * verb's object as "a call by B"'s is. */
static int S_receive_word(const S_ctx *c, size_t k);
static int S_bare_act(const S_ctx *c, size_t from, size_t k)
{
    if (k >= from + 2 || c->trigger_at[k] < 0 || c->trigger_len[k] != 1) return 0;
    /* ("received aid from B" is B's act, read as such: "B received noun
     * from A") */
    if (from > c->a && S_receive_word(c, from - 1)) return 0;
    for (size_t j = from; j <= k; j++)
        if (!(c->seg->tok[j].flags & T_LOWER) || rg_tok_wf(c->seg, j, W_STOP) || c->actor_at[j] >= 0 ||
            (j < k && c->trigger_at[j] >= 0))
            return 0;
    return 1;
}

/* Objects after token from: directly (allow_direct) or after one of the
 * prepositions in preps (comma-separated). *via_between: 1 when they
 * came after "between" or "among" (they are the act's parties), 2 after
 * "of" (parties only of a symmetric noun), else 0. */
/* Whether the actor at token k follows "alongside" (an article may
 * stand between): "fought alongside the Malian army". In a hostile act
 * that actor is an ally of the act's subject, not its target. */
static int S_alongside(const S_ctx *c, size_t k)
{
    size_t f = c->ext_from[c->actor_at[k]];
    if (f > c->a + 1 && S_determiner(c, f - 1)) f--;
    return f > c->a && strcmp(S_lc(c, f - 1), "alongside") == 0;
}

/* The allies after a hostile verb ending at from: the actors after
 * "alongside" ("fought alongside Ethiopian forces against B", "killed
 * dozens of militants near Kidal alongside the Malian army"), within
 * ALLY_MAX tokens and before any punctuation or other verb. Their count,
 * into out. */
#define ALLY_MAX 12
static size_t S_allies(const S_ctx *c, size_t from, int *out)
{
    for (size_t k = from; k < c->b && k < from + ALLY_MAX; k++) {
        if (c->actor_at[k] >= 0) {
            if (S_alongside(c, k)) return S_coordinated(c, k, +1, out, MAX_SIDE);
            k = c->ext_to[c->actor_at[k]] - 1;
            continue;
        }
        if ((c->seg->tok[k].flags & T_PUNCT) && strcmp(S_lc(c, k), "-") != 0) return 0;
        if (c->trigger_at[k] >= 0 && !S_is_noun(c, k, &c->lex->verbs[c->trigger_at[k]])) return 0;
    }
    return 0;
}

static size_t S_objects(const S_ctx *c, size_t from, int allow_direct, const char *preps,
                        int avoid, int *out, int *via_between)
{
    int after_prep = 0; /* 1 after the trigger's preposition, 2 when it is on/against */
    *via_between = 0;
    for (size_t k = from, steps = 0; k < c->b && steps < RIGHT_MAX; k++, steps++) {
        /* "demanding that Russia withdraw": what is demanded is of the
         * that-clause's subject */
        if (c->demand && k == from && !after_prep && strcmp(S_lc(c, k), "that") == 0) continue;
        /* "struck nine \"terrorist\" sites in Pakistan": quotation marks
         * inside the object's phrase, between a word and a lower-case
         * word (not a quotation's end: "...," Schneider said) */
        if (S_quote(c, k) && k > c->a && k + 1 < c->b && !(c->seg->tok[k - 1].flags & T_PUNCT) &&
            (c->seg->tok[k + 1].flags & T_LOWER))
            continue;
        if (c->actor_at[k] >= 0) {
            /* (no target named: "struck Iran-backed militias"; but
             * words go to the backer too: "blamed Iran-backed groups") */
            if (c->take_of && S_backer(c, k)) return 0;
            /* (an ally, not the target: "fought alongside Ethiopian
             * forces against B") */
            if (c->take_of && S_alongside(c, k)) {
                k = c->ext_to[c->actor_at[k]] - 1;
                continue;
            }
            if (!allow_direct && !after_prep) return 0;
            /* "with Suriname's state oil company Staatsolie", "from French
             * nuclear group Orano": a country that only qualifies the
             * organisation named a few words on */
            int cand = c->actor_at[k];
            size_t q = c->ext_to[cand];
            int qual = q < c->b && ((c->seg->tok[q].flags & T_POSS) || c->cands->c[cand].lex_kind == LEX_DEMONYM);
            for (size_t t = c->cands->c[cand].tok_from; t < q && !qual; t++)
                qual = (c->seg->tok[t].flags & T_POSS) != 0; /* "Suriname's state" is one mention */
            if (qual && c->doc->entities[S_actor_entity(c, cand)].type == RG_COUNTRY) {
                if (c->seg->tok[q].flags & T_POSS) q++;
                size_t j = q;
                /* (the country's own body word may be among them: "state") */
                while (j < c->b && j < q + 4 &&
                       (c->actor_at[j] < 0 || S_actor_entity(c, c->actor_at[j]) == S_actor_entity(c, cand) ||
                        c->cands->c[c->actor_at[j]].lex_kind == LEX_BODY) &&
                       c->trigger_at[j] < 0 &&
                       (c->seg->tok[j].flags & T_LOWER) && !rg_tok_wf(c->seg, j, W_STOP))
                    j++;
                /* the words end in a noun for an organisation (not
                 * "told Japanese business leaders the Bank of Japan") */
                if (j > q && j < c->b && c->actor_at[j] >= 0 && rg_tok_wf(c->seg, j - 1, W_ORG_NOUN) &&
                    c->doc->entities[S_actor_entity(c, c->actor_at[j])].type == RG_GROUP)
                    k = j;
                /* "with Brazil's Petrobras": a group right after the
                 * country's possessive is the country's, and the party */
                if (j == q && q > c->ext_to[cand] && j < c->b && c->actor_at[j] >= 0 &&
                    c->doc->entities[S_actor_entity(c, c->actor_at[j])].type == RG_GROUP)
                    k = j;
                /* "congratulated Argentina's Javier Milei", "sentenced
                 * American schoolteacher Daniel Hollis", "met Vietnamese
                 * Communist Party chief To Lam": the country says whose
                 * the person is; the person is the party */
                int p = S_person_after(c, q, c->b);
                if (k != j && p >= 0) k = (size_t)p;
            }
            /* "struck Iran-backed Hezbollah": a name joined to a
             * participle by a hyphen qualifies the name after it (one
             * lower-case word may stand between: "Iran-backed militia
             * Kataib Hezbollah") */
            k = S_past_qualifier(c, k);
            /* "received Russian Security Council Secretary Sergei
             * Shoigu": an organisation that says whose the titled person
             * right after it is */
            size_t r = c->ext_to[c->actor_at[k]];
            if (r < c->b && c->actor_at[r] >= 0 && c->actor_at[r] != c->actor_at[k] &&
                c->doc->entities[S_actor_entity(c, c->actor_at[k])].type == RG_GROUP &&
                c->doc->entities[S_actor_entity(c, c->actor_at[r])].type == RG_PERSON)
                k = r;
            size_t n = S_coordinated(c, k, +1, out, MAX_SIDE);
            return n + S_including(c, k, out, n);
        }
        /* "missiles struck Kyiv", "an attack on Aleppo": a place attacked
         * is its country attacked, as event coders code it (only a
         * country the document names) */
        /* (not a place of the actor's own country: "Syrian troops
         * recaptured Palmyra from B", "Turkish police detained Istanbul
         * Mayor X": the act goes on to its party) */
        /* (not a place that names a side's fighters: "against the
         * Tigray fighters") */
        size_t pe = k;
        while (pe < c->b && pe < k + 4 && c->place_country[pe] == c->place_country[k]) pe++;
        if (c->target_places && c->place_country[k] >= 0 && (allow_direct || after_prep) &&
            !(pe < c->b && S_lc_in(c, pe, S_member_nouns)) &&
            !(avoid >= 0 && (c->place_country[k] == avoid || c->body_country[avoid] == c->place_country[k]))) {
            out[0] = c->place_country[k];
            return 1;
        }
        /* "rejected a call by B", "condemned the attack by B", "accepted
         * an offer from B": the one whose call it was is the object (over
         * a participle: "rejected a ceasefire proposed by B"; who brokered
         * it is S_mediators') */
        if (allow_direct && !after_prep && k > from && k + 2 < c->b && (c->seg->tok[k].flags & T_LOWER) &&
            S_past_participle(c, k + 1) && !rg_tok_wf(c->seg, k + 1, W_MEDIATE) && strcmp(S_lc(c, k + 2), "by") == 0 &&
            S_determined(c, from, k)) {
            after_prep = 1;
            k += 2;
            steps += 2;
            continue;
        }
        /* (over the noun's own "of" or "for" and one or two words:
         * "accepted an offer of asylum from B", "rejected a call for
         * talks by B") */
        /* (an act's own place, named or not, before "by": "condemned the
         * storming of the Al-Aqsa Mosque compound by B", "the attack on
         * the mosque by B": up to eight tokens, no actor among them) */
        static const char *const act_preps[] = {"of", "on", "against", "in", "at", NULL};
        int act_place = c->trigger_at[k] >= 0 && c->lex->verbs[c->trigger_at[k]].kind >= RG_SANCTION &&
                        k + 1 < c->b && S_lc_in(c, k + 1, act_preps);
        if (allow_direct && !after_prep && k + 3 < c->b && (c->seg->tok[k].flags & T_LOWER) &&
            (strcmp(S_lc(c, k + 1), "of") == 0 || strcmp(S_lc(c, k + 1), "for") == 0 || act_place) &&
            ((k > from && S_determined(c, from, k)) || S_bare_act(c, from, k))) {
            size_t q = k + 2;
            while (q < c->b && q < k + 4 && (c->seg->tok[q].flags & T_LOWER) && c->actor_at[q] < 0 &&
                   !rg_tok_wf(c->seg, q, W_STOP))
                q++;
            int placed = 0; /* the act's place stepped over: only "by" follows, a step or two */
            if (act_place && !(q + 1 < c->b && strcmp(S_lc(c, q), "by") == 0)) {
                placed = 1;
                q = k + 2;
                if (q < c->b && S_determiner(c, q)) q++;
                while (q < c->b && q < k + 10 && c->actor_at[q] < 0 &&
                       ((c->seg->tok[q].flags & T_WORD) ||
                        (strcmp(S_lc(c, q), "-") == 0 && c->seg->tok[q].start == c->seg->tok[q - 1].end)) &&
                       !((c->seg->tok[q].flags & T_LOWER) && rg_tok_wf(c->seg, q, W_STOP)) && c->trigger_at[q] < 0)
                    q++;
            }
            if (q > k + 2 && q + 1 < c->b &&
                (strcmp(S_lc(c, q), "by") == 0 || (!placed && strcmp(S_lc(c, q), "from") == 0))) {
                after_prep = 1;
                steps += placed ? 2 : q - k;
                k = q;
                continue;
            }
        }
        if (allow_direct && !after_prep && k + 1 < c->b && (c->seg->tok[k].flags & T_LOWER) &&
            (strcmp(S_lc(c, k + 1), "by") == 0 || strcmp(S_lc(c, k + 1), "from") == 0 ||
             /* "praised the resilience of the Lebanese people" (not
              * "condemned the killing of X": X is no party to blame) */
             (c->praise && strcmp(S_lc(c, k + 1), "of") == 0 && !S_lc_in(c, k, S_topic_words))) &&
            ((k > from && S_determined(c, from, k)) || S_bare_act(c, from, k))) {
            after_prep = 1;
            k++;
            steps++;
            continue;
        }
        /* "rejected direct negotiations with Washington", "suspended
         * peace talks with the ELN": a meeting or deal as the verb's
         * object brings its party after its own preposition (after a
         * light verb, "struck an accord with", the noun is the act) */
        /* and so does a threatened act: "threatened 25 percent tariffs
         * on Mexican goods", "threatened sanctions against B" */
        if (allow_direct && !after_prep && c->trigger_at[k] >= 0 && k < from + (c->threat ? 4 : 3) && from > c->a &&
            !rg_tok_wf(c->seg, from - 1, W_LIGHT)) {
            const rg_verb *nv = &c->lex->verbs[c->trigger_at[k]];
            int plain = nv->noun && ((nv->sym && (nv->kind == RG_CONSULT || nv->kind == RG_AGREE)) ||
                                     (c->threat && !nv->sym));
            for (size_t j = from; j < k && plain; j++)
                plain = ((c->seg->tok[j].flags & T_LOWER) || (c->threat && (c->seg->tok[j].flags & T_NUM))) &&
                        !rg_tok_wf(c->seg, j, W_STOP) && c->trigger_at[j] < 0;
            if (plain) {
                size_t len = c->trigger_len[k];
                preps = nv->preps;
                allow_direct = 0;
                k += len - 1;
                steps += len - 1;
                continue;
            }
        }
        /* "the ceasefire brokered by Qatar between A and B": who brokered
         * it is stepped over to the noun's parties (S_mediators reads it) */
        if (!after_prep && rg_tok_wf(c->seg, k, W_MEDIATE) && (c->seg->tok[k].flags & T_LOWER) &&
            k + 2 < c->b && strcmp(S_lc(c, k + 1), "by") == 0) {
            size_t q = k + 2;
            if (c->actor_at[q] < 0 && strcmp(S_lc(c, q), "the") == 0 && q + 1 < c->b) q++;
            if (c->actor_at[q] >= 0) {
                size_t e = c->ext_to[c->actor_at[q]];
                steps += e - k - 1;
                k = e - 1;
                continue;
            }
        }
        /* "spoke by telephone with B": how they talked is stepped over */
        if (!after_prep && S_means_end(c, k) != k) {
            size_t q = S_means_end(c, k);
            steps += q - k - 1;
            k = q - 1;
            continue;
        }
        /* a trigger right after a verb that takes an object is that
         * object, a noun: "struck targets in Lebanon", "blamed the
         * massacre on B" */
        int obj_noun = allow_direct && !after_prep && (k == from || (k == from + 1 && S_determiner(c, from)));
        if ((c->trigger_at[k] >= 0 && !obj_noun) || S_clause_mark(c, k)) return 0;
        const char *w = S_lc(c, k);
        /* "attacked by fighters of the White Army", "talks with members
         * of Hamas", "arrested by detectives from the DCI": people of a
         * group are the group; and what a hostile
         * act takes of someone is taken from them: "seized nine employees
         * of the United Nations", "sanctioned 20 vessels of Russia's
         * shadow fleet" */
        /* (not the one they stand against: "stripped 94 opponents of
         * President X of their citizenship"; "94 opponents of their
         * citizenship" reads on) */
        static const char *const adversaries[] = {"opponents", "critics", "rivals", "enemies", "foes",
                                                  "detractors", "adversaries", NULL};
        /* (and those who speak or fight for it: "talks with leaders of
         * the PDI-P", "with a delegation from the AES", S_people_word) */
        if (((after_prep && (rg_tok_wf(c->seg, k, W_PERSON_NOUN) || S_people_word(c, k))) ||
             (c->take_of && allow_direct && !after_prep && k < from + 4 && (c->seg->tok[k].flags & T_LOWER) &&
              (S_counted(c, from) || (k == from && S_bare_plural(c, k))) &&
              (!S_lc_in(c, k, adversaries) || (k + 2 < c->b && rg_tok_wf(c->seg, k + 2, W_POSSESSIVE))))) &&
            k + 1 < c->b &&
            (strcmp(S_lc(c, k + 1), "of") == 0 ||
             (after_prep && strcmp(S_lc(c, k + 1), "from") == 0))) {
            k++;
            continue;
        }
        /* "tariffs on imports from India": goods a measure is on stand
         * for where they come from ("demand for goods from" is trade) */
        if (after_prep == 2 && rg_tok_wf(c->seg, k, W_GOODS) && k + 1 < c->b && strcmp(S_lc(c, k + 1), "from") == 0) {
            k++;
            continue;
        }
        /* (or goods named by where they were made: "duties on solar glass
         * imported from China", "tariffs on electric vehicles made in
         * China") */
        static const char *const origin[] = {"imported", "made", "produced", "manufactured", "originating",
                                             "sourced", NULL};
        if (after_prep == 2 && (c->seg->tok[k].flags & T_LOWER) && k + 2 < c->b && S_lc_in(c, k + 1, origin) &&
            (strcmp(S_lc(c, k + 2), "from") == 0 || strcmp(S_lc(c, k + 2), "in") == 0)) {
            k += 2;
            steps++;
            continue;
        }
        /* "airstrikes on villages held by the Arakan Army": what a side
         * holds is that side's */
        if (c->take_of && (allow_direct || after_prep) && (c->seg->tok[k].flags & T_LOWER) && k + 2 < c->b &&
            S_lc_in(c, k + 1, S_held_words) && strcmp(S_lc(c, k + 2), "by") == 0) {
            k += 2;
            steps += 2;
            continue;
        }
        /* "condemned the military junta in Myanmar", "talks with the
         * authorities in Niger": a national body in a country is that
         * country's */
        size_t in = k + 1; /* "in" after one or two body words: "the military junta in" */
        if (in + 1 < c->b && (c->seg->tok[in].flags & T_LOWER) && strcmp(S_lc(c, in), "in") != 0 &&
            S_lex_word(c->lex, c->seg, c->text, in, 1u << LEX_BODY, 1))
            in++;
        if ((allow_direct || after_prep) && (c->seg->tok[k].flags & T_LOWER) && in + 1 < c->b &&
            strcmp(S_lc(c, in), "in") == 0 && S_lex_word(c->lex, c->seg, c->text, k, 1u << LEX_BODY, 0)) {
            size_t q = in + 1;
            if (strcmp(S_lc(c, q), "the") == 0 && q + 1 < c->b) q++;
            if (c->actor_at[q] >= 0 && c->doc->entities[S_actor_entity(c, c->actor_at[q])].type == RG_COUNTRY)
                return S_coordinated(c, q, +1, out, MAX_SIDE);
        }
        /* "killed at least 40 farmers": a quantity, not a place */
        if (strcmp(w, "at") == 0 && k + 1 < c->b &&
            (strcmp(S_lc(c, k + 1), "least") == 0 || strcmp(S_lc(c, k + 1), "most") == 0)) {
            k++;
            continue;
        }
        /* "met her Austrian counterpart X": her before a noun phrase is a
         * possessive, and the object comes after it */
        int her_poss = strcmp(w, "her") == 0 && k + 1 < c->b && (c->seg->tok[k + 1].flags & T_WORD) &&
                       !rg_tok_wf(c->seg, k + 1, W_STOP) && strcmp(S_lc(c, k + 1), "and") != 0;
        if (her_poss) continue;
        if ((allow_direct || after_prep) && (strcmp(w, "him") == 0 || strcmp(w, "her") == 0)) {
            /* the sentence's first person other than the subject: "Putin
             * said Assad agreed with him" (nor of the subject's side:
             * "Blinken spoke to Bazoum and said Washington's support for
             * him was unwavering") */
            for (size_t i = k > c->a + PRONOUN_WINDOW ? k - PRONOUN_WINDOW : c->a; i < k; i++) {
                int cand = c->actor_at[i];
                if (cand < 0) continue;
                int e = S_actor_entity(c, cand);
                if (e != avoid && c->doc->entities[e].type == RG_PERSON && !(avoid >= 0 && S_same_side(c, e, avoid))) {
                    out[0] = e;
                    return 1;
                }
            }
            return 0;
        }
        /* "after Warsaw accused it of a provocation", "urged it to
         * withdraw": it is the sentence's first country or group other
         * than the subject (as he is its first person) */
        if ((allow_direct || after_prep) && strcmp(w, "it") == 0 && k + 1 < c->b &&
            (strcmp(S_lc(c, k + 1), "of") == 0 || strcmp(S_lc(c, k + 1), "to") == 0)) {
            for (size_t i = k > c->a + PRONOUN_WINDOW ? k - PRONOUN_WINDOW : c->a; i < k; i++) {
                int e = S_actor_entity(c, c->actor_at[i]);
                if (e >= 0 && e != avoid && c->doc->entities[e].type != RG_PERSON && !c->media[e]) {
                    out[0] = e;
                    return 1;
                }
            }
            return 0;
        }
        /* "urged both sides to de-escalate" */
        if ((allow_direct || after_prep) && k + 2 < c->b && (strcmp(w, "both") == 0 || strcmp(w, "the") == 0)) {
            /* (and "accused the three countries of") */
            int sides[MAX_SIDE], story;
            size_t nb = S_both_sides(c, strcmp(w, "both") == 0 ? k + 1 : k + 2, sides, &story), kept = 0;
            for (size_t q = 0; q < nb; q++)
                if (sides[q] != avoid) out[kept++] = sides[q];
            if (nb >= 2 && kept == nb) return nb;
        }
        /* "Maduro later praised his counterpart" */
        if ((allow_direct || after_prep) && k + 1 < c->b && rg_tok_wf(c->seg, k, W_POSSESSIVE)) {
            int p = S_counterpart(c, k, avoid);
            if (p >= 0) {
                out[0] = p;
                return 1;
            }
        }
        /* "later banned the group", "talks with the rebel group" */
        if ((allow_direct || after_prep) && k + 1 < c->b && strcmp(w, "the") == 0) {
            int g = S_group_anaphor(c, k + 1);
            if (g < 0 && k + 2 < c->b) g = S_group_anaphor(c, k + 2);
            if (g >= 0 && g != avoid) {
                out[0] = g;
                return 1;
            }
        }
        if (!after_prep && *preps && rg_lexicon__prep_in(preps, w, c->seg->tok[k].lclen)) {
            after_prep = strcmp(w, "on") == 0 || strcmp(w, "against") == 0 ? 2 : 1;
            /* (2 for "of": parties only after a symmetric noun, whose
             * "of" the caller added; "the arrest of B" names a patient) */
            if (strcmp(w, "between") == 0 || strcmp(w, "among") == 0) *via_between = 1;
            if (strcmp(w, "of") == 0) *via_between = 2;
            continue;
        }
        /* "struck Kurdish militants in northern Iraq", "airstrikes
         * against militants in Afghanistan": an attack on people or
         * things in a country is on that country, as event coders code it */
        if (c->target_places && (allow_direct || after_prep) && (strcmp(w, "in") == 0 || strcmp(w, "inside") == 0)) {
            size_t q = k + 1;
            if (q < c->b && strcmp(S_lc(c, q), "the") == 0) q++;
            if (q < c->b && S_compass(S_lc(c, q))) q++;
            if (q < c->b && c->actor_at[q] >= 0 &&
                c->doc->entities[S_actor_entity(c, c->actor_at[q])].type == RG_COUNTRY) {
                out[0] = S_actor_entity(c, c->actor_at[q]);
                return 1;
            }
            if (q < c->b && c->place_country[q] >= 0) {
                out[0] = c->place_country[q];
                return 1;
            }
        }
        /* "the withdrawal of its last troops from Chad": a phrase of the
         * actor's own is part of the object's way */
        static const char *const own[] = {"its", "their", "his", "our", NULL};
        if (!after_prep && strcmp(w, "of") == 0 && k + 1 < c->b && S_lc_in(c, k + 1, own)) continue;
        /* "a meeting in Washington with B", "talks in Doha on Saturday
         * with B": where it happened is stepped over to the noun's own
         * preposition */
        if (!after_prep && *preps && (strcmp(w, "in") == 0 || strcmp(w, "at") == 0) && k + 1 < c->b &&
            c->place_at[k + 1]) {
            size_t q = k + 1;
            while (q < c->b && c->place_at[q]) q++;
            k = q - 1;
            continue;
        }
        /* "arrested 40 protesters, including opposition leader X",
         * "expelled three diplomats, among them B's attache": the part
         * of a direct object named after its comma */
        if (allow_direct && !after_prep && k > from && strcmp(w, ",") == 0 && k + 2 < c->b) {
            size_t q = k + 1;
            if (strcmp(S_lc(c, q), "including") == 0)
                q++;
            else if (strcmp(S_lc(c, q), "among") == 0 && strcmp(S_lc(c, q + 1), "them") == 0)
                q += 2;
            if (q > k + 1) {
                k = q - 1;
                continue;
            }
        }
        /* "summoned the ambassador, Tzipi Hotovely,": the title's holder
         * named after its comma */
        if ((allow_direct || after_prep) && k > from && S_titled_apposition(c, k))
            return S_coordinated(c, k + 1, +1, out, MAX_SIDE);
        /* a clause, or a preposition that is not the trigger's, ends the
         * search: "fight terrorism in the Syrian crisis" has no object */
        if (rg_tok_wf(c->seg, k, W_STOP)) return 0;
        /* (a hyphen inside a word is no break: "the Kurdish-led SDF") */
        /* (nor a possessive: "Israel's ambassador, X") */
        if (!after_prep && (c->seg->tok[k].flags & T_PUNCT) && !(c->seg->tok[k].flags & T_POSS) &&
            !(strcmp(w, "-") == 0 && k > from && k + 1 < c->b && c->seg->tok[k].start == c->seg->tok[k - 1].end &&
              c->seg->tok[k + 1].start == c->seg->tok[k].end))
            return 0;
        /* "Brazil's suspension of interest payments, U.S. banks": what
         * an act is of ends at a comma */
        if (*via_between == 2 && (c->seg->tok[k].flags & T_PUNCT)) return 0;
    }
    return 0;
}

/* The subjects of an "if" or "unless" clause after a threat at from
 * ("threatened to retaliate if B attacks"), the actors right after the
 * word (an article may stand between); not avoid. Within the sentence,
 * up to RIGHT_MAX + 8 tokens on. */
static size_t S_condition_subjects(const S_ctx *c, size_t from, int avoid, int *out)
{
    for (size_t k = from; k + 1 < c->b && k < from + RIGHT_MAX + 8; k++) {
        if (strcmp(S_lc(c, k), "if") != 0 && strcmp(S_lc(c, k), "unless") != 0) continue;
        size_t q = k + 1;
        if (strcmp(S_lc(c, q), "the") == 0 && q + 1 < c->b) q++;
        /* (not a possessor: "if Yugoslavia's political system was
         * threatened") */
        if (c->actor_at[q] < 0) return 0;
        size_t e = c->ext_to[c->actor_at[q]];
        if (e < c->b && (c->seg->tok[e].flags & T_POSS)) return 0;
        size_t n = S_coordinated(c, q, +1, out, MAX_SIDE);
        for (size_t i = 0; i < n; i++)
            if (out[i] == avoid) return 0;
        return n;
    }
    return 0;
}

/* A verb that receives what its noun names: "received $50 million in
 * aid from B", "accepted an offer from B"; and what one draws from
 * another: "drawing a sharp rebuke from Beijing", "faced criticism from
 * Brussels". */
static int S_receive_word(const S_ctx *c, size_t k)
{
    static const char *const w[] = {"receive", "received", "receives", "receiving", "accept", "accepted",
                                    "accepts", "obtained", "secured", "got", "draw", "drew", "drawn",
                                    "drawing", "draws", "faced", "facing", "faces", "prompted", "prompting",
                                    "sparked", "sparking", "provoked", "provoking", "earned", "earning", NULL};
    return S_lc_in(c, k, w);
}

/* The token of "came" ("come", "comes", "coming") in "came under fire"
 * or "came under heavy attack" before the trigger at v, or NO_TOKEN. */
static size_t S_came_under(const S_ctx *c, size_t v)
{
    static const char *const come[] = {"came", "come", "comes", "coming", NULL};
    if (v < c->a + 2) return NO_TOKEN;
    size_t u = v - 1;
    if (strcmp(S_lc(c, u), "under") != 0 && u > c->a + 1 && (c->seg->tok[u].flags & T_LOWER)) u--;
    if (strcmp(S_lc(c, u), "under") != 0 || u == c->a || !S_lc_in(c, u - 1, come)) return NO_TOKEN;
    return u - 1;
}

/* A verb of reply that takes its act after "with": responded, retaliated. */
static int S_reply_word(const S_ctx *c, size_t k)
{
    static const char *const w[] = {"respond", "responded", "responds", "responding", "retaliate", "retaliated",
                                    "retaliates", "retaliating", "replied", "replies", "reply", NULL};
    return S_lc_in(c, k, w);
}

/* Whether token k is part of a sum of money: a number, a currency sign,
 * "million", "billion" ("$1.1 billion", "500 million"). */
static int S_amount_word(const S_ctx *c, size_t k)
{
    static const char *const w[] = {"$", "\xE2\x82\xAC" /* euro */, "\xC2\xA3" /* pound */, "million", "billion",
                                    "trillion", NULL};
    return (c->seg->tok[k].flags & T_NUM) || S_lc_in(c, k, w);
}

/* The verb before the noun trigger at v that governs it, or NO_LIGHT: a
 * light verb ("reached", "held", "pledged"), a verb that halts it
 * (W_HALT: "halted gas supplies") or, *receive set, a receiving
 * one ("received $50 million in aid"). Within three words and the light
 * verb's own preposition ("agreed to a ceasefire"), or over an amount
 * ("pledged $500 million in aid", "provided 2,000 tonnes of food aid")
 * or a round ("held a fifth round of indirect talks"). */
static size_t S_verb_before(const S_ctx *c, size_t v, int *receive, int halts)
{
    int amount = 0;
    *receive = 0;
    for (size_t k = v, steps = 0; k > c->a && steps < 8; steps++) {
        k--;
        const rg_token *t = &c->seg->tok[k];
        /* ("has suspended food aid": "has" is the auxiliary of another
         * act's verb, no light verb of the noun; "has formed a joint
         * venture" keeps it) */
        static const char *const have[] = {"have", "has", "had", "having", NULL};
        if (rg_tok_wf(c->seg, k, W_LIGHT) && S_lc_in(c, k, have) && k + 1 < v && c->trigger_at[k + 1] >= 0 &&
            S_past_participle(c, k + 1))
            return NO_LIGHT;
        /* (after an article it is a noun: "the start of a Trade
         * Department inquiry") */
        if (rg_tok_wf(c->seg, k, W_LIGHT) || (halts && rg_tok_wf(c->seg, k, W_HALT)))
            return k > c->a && (strcmp(S_lc(c, k - 1), "the") == 0 || strcmp(S_lc(c, k - 1), "a") == 0) ? NO_LIGHT : k;
        /* "responded with a tariff on", "retaliated with strikes on": a
         * reply by way of the noun (not "responded to the attack") */
        if (strcmp(S_lc(c, k), "with") == 0 && k > c->a && S_reply_word(c, k - 1)) return k - 1;
        if (S_receive_word(c, k)) {
            *receive = 1;
            return k;
        }
        if (c->actor_at[k] >= 0) return NO_LIGHT;
        /* "held \"2+2\" talks": a short quotation naming the noun's kind
         * is part of its phrase */
        if (S_quote(c, k) && k + 1 == v) {
            size_t j = k;
            while (j > c->a + 1 && j + 6 > k && !S_quote(c, j - 1) && c->actor_at[j - 1] < 0) j--;
            if (j > c->a + 1 && S_quote(c, j - 1) && j < k) {
                k = j - 1;
                continue;
            }
        }
        const char *w = S_lc(c, k);
        int money = S_amount_word(c, k) || strcmp(w, "%") == 0 || strcmp(w, "percent") == 0 || strcmp(w, "per") == 0;
        /* "agreed to a ceasefire", "agreed on talks": the light verb's own
         * preposition */
        int verb_prep = (strcmp(w, "to") == 0 || strcmp(w, "on") == 0) && k > c->a && rg_tok_wf(c->seg, k - 1, W_LIGHT);
        /* "launched air and artillery strikes": two words for the noun
         * joined by "and" are the noun's phrase */
        int joined_mod = strcmp(w, "and") == 0 && k > c->a && k + 1 <= v && (c->seg->tok[k - 1].flags & T_LOWER) &&
                         (c->seg->tok[k + 1].flags & T_LOWER) && !rg_tok_wf(c->seg, k - 1, W_STOP | W_LIGHT) &&
                         c->trigger_at[k - 1] < 0 && (k + 1 == v || c->trigger_at[k + 1] < 0);
        /* "held a fifth round of indirect talks" counts as an amount */
        if (money || strcmp(w, "round") == 0 || strcmp(w, "rounds") == 0) amount = 1;
        else if (joined_mod) continue;
        else if ((t->flags & T_PUNCT) ||
                 (rg_tok_wf(c->seg, k, W_STOP) && strcmp(w, "in") != 0 && strcmp(w, "of") != 0 && !verb_prep))
            return NO_LIGHT;
        /* five words at most, unless an amount: "held their first
         * bilateral meeting", "hold a new round of talks" */
        if (!amount && !verb_prep && steps >= 4) return NO_LIGHT;
    }
    return NO_LIGHT;
}

/* Whether the trigger at v reads as a noun here: the table says so, or
 * a verb form ("visit", "call", "attack") follows a determiner or a
 * possessive ("a two-day visit", "his call"), and is not a past tense. */
static int S_is_noun(const S_ctx *c, size_t v, const rg_verb *vb)
{
    /* "after meeting Macron": a gerund with its object is a verb */
    if (S_after_gerund(c, v) && v + 1 < c->b && c->actor_at[v + 1] >= 0) return 0;
    /* ", killing four soldiers": an -ing form opening a clause after a
     * comma is a verb with its object (not ", the killing of") */
    if (S_ing(c, v) && v > c->a && strcmp(S_lc(c, v - 1), ",") == 0 && v + 1 < c->b &&
        strcmp(S_lc(c, v + 1), "of") != 0 && !(c->seg->tok[v + 1].flags & T_PUNCT))
        return 0;
    if (vb->noun) return 1;
    /* a past tense is a verb after a possessive too: "Brazil's president
     * visited Argentina" */
    size_t len = c->seg->tok[v].lclen;
    if ((len > 3 && memcmp(S_lc(c, v) + len - 2, "ed", 2) == 0) || rg_tok_wf(c->seg, v, W_PAST)) return 0;
    /* "strikes on Houthi targets", "struck Palestinian targets": a
     * plural after a name that follows a preposition or a verb is a noun
     * the name qualifies (not after an article: "the U.S. opposes") */
    if (len > 3 && S_lc(c, v)[len - 1] == 's' && S_lc(c, v)[len - 2] != 's' && v > c->a + 1 &&
        c->actor_at[v - 1] >= 0 && c->ext_to[c->actor_at[v - 1]] == v) {
        static const char *const preps[] = {"on", "against", "at", "of", "with", "from", "near", "toward",
                                            "towards", "into", NULL};
        size_t f = c->ext_from[c->actor_at[v - 1]];
        /* (a number may stand between: "against 18 Houthi targets", "on
         * more than 60 Houthi targets", "at about 30 Houthi sites") */
        static const char *const two[] = {"than", "least", NULL};
        static const char *const one[] = {"about", "some", "nearly", "around", "almost", "over", NULL};
        if (f > c->a + 1 && (c->seg->tok[f - 1].flags & T_NUM)) {
            f--;
            if (f > c->a + 3 && S_lc_in(c, f - 1, two))
                f -= 2;
            else if (f > c->a + 2 && S_lc_in(c, f - 1, one))
                f--;
        }
        /* (or a verb's: "struck Houthi targets") */
        if (f > c->a && (S_lc_in(c, f - 1, preps) || c->trigger_at[f - 1] >= 0)) return 1;
    }
    for (size_t k = v, steps = 0; k > c->a && steps < 2; steps++) {
        k--;
        if (S_determiner(c, k) || (c->seg->tok[k].flags & T_POSS)) return 1;
        /* "halted gas supplies to", "ended support for": what a halt verb
         * stops is a noun (not its gerund: "stopped supplying") */
        if (rg_tok_wf(c->seg, k, W_HALT) && (c->seg->tok[k].flags & T_LOWER) && !S_ing(c, v)) return 1;
        /* one modifier may sit between: "a two-day visit"; not before
         * an -ing form ("a resolution demanding that ..."), unless a
         * noun trigger follows it */
        if (!(c->seg->tok[k].flags & T_WORD) || c->actor_at[k] >= 0 || c->trigger_at[k] >= 0 ||
            (S_ing(c, v) && !(v + 1 < c->b && c->trigger_at[v + 1] >= 0) /* "a multicurrency financing package" */))
            return 0;
    }
    return 0;
}

/* The possessive before the noun at v ("Lavrov's talks", "his meeting",
 * "Uganda's planned attack"): the token of the "'s" or the possessive
 * pronoun, within two tokens (an adjective may sit between; a sum of
 * money is no step: "the United States' $1.1 billion sale of weapons to
 * Taiwan"), or NO_TOKEN. */
static size_t S_possessive_before(const S_ctx *c, size_t v)
{
    for (size_t k = v, steps = 0; k > c->a && steps < 2; steps++) {
        k--;
        for (size_t m = 0; m < AMOUNT_MAX && k > c->a + 1 && S_amount_word(c, k); m++) k--;
        if ((c->seg->tok[k].flags & T_POSS) || rg_tok_wf(c->seg, k, W_POSSESSIVE)) return k;
        if (c->actor_at[k] >= 0 || (c->seg->tok[k].flags & T_PUNCT)) return NO_TOKEN;
    }
    return NO_TOKEN;
}

/* Whether a possessor stands before the noun at v (S_possessive_before). */
static int S_possessed(const S_ctx *c, size_t v) { return S_possessive_before(c, v) != NO_TOKEN; }

/* The first token of the actor that possesses the noun at v ("Uganda's
 * attack"), or NO_TOKEN. */
static size_t S_possessor_from(const S_ctx *c, size_t v)
{
    size_t k = S_possessive_before(c, v);
    if (k == NO_TOKEN || k == c->a || !(c->seg->tok[k].flags & T_POSS) || c->actor_at[k - 1] < 0) return NO_TOKEN;
    return c->ext_from[c->actor_at[k - 1]];
}

/* "A arrived in Cairo for talks with B", "A flew to Moscow for a meeting
 * with B": the noun at v after "for" (an article and one modifier may
 * sit between) takes the subject of its clause, the nearest actor to the
 * left that is not a place of arrival (after in, to, at, from, into);
 * *arrival is the first such place that is a country ("arrived in
 * Australia for a visit"; not after "from"), else -1.
 * Nothing when a trigger or a clause mark comes first, or when the
 * nearest actor is a trigger's object ("visited Egypt for talks"). */
static size_t S_purpose_subjects(const S_ctx *c, size_t v, int *out, int *arrival)
{
    size_t f = v;
    *arrival = -1;
    for (int steps = 0; f > c->a && steps < 3; steps++) {
        const char *w = S_lc(c, f - 1);
        if (strcmp(w, "for") == 0 || strcmp(w, "after") == 0 || strcmp(w, "following") == 0) break;
        if (!(c->seg->tok[f - 1].flags & T_WORD) || c->actor_at[f - 1] >= 0) return 0;
        f--;
    }
    if (f == c->a) return 0;
    /* "Starmer said after talks with B", "Vucic told reporters after
     * meeting B": the speaker took part */
    if (strcmp(S_lc(c, f - 1), "after") == 0 || strcmp(S_lc(c, f - 1), "following") == 0) {
        size_t say = f - 1; /* the speech verb */
        if (say > c->a + 1 && S_lc_in(c, say - 1, S_press_words) && strcmp(S_lc(c, say - 2), "told") == 0) say -= 2;
        else if (say > c->a && rg_tok_wf(c->seg, say - 1, W_SAY) && c->trigger_at[say - 1] < 0) say--;
        else return 0;
        const char *how = NULL;
        return S_subjects_at(c, say, NO_LIGHT, out, &how, 1);
    }
    if (strcmp(S_lc(c, f - 1), "for") != 0) return 0;
    for (size_t k = f - 1, steps = 0; k > c->a && steps < LEFT_MAX; steps++) {
        k--;
        if (c->trigger_at[k] >= 0 || S_clause_mark(c, k)) return 0;
        if (c->actor_at[k] < 0) continue;
        size_t from = c->ext_from[c->actor_at[k]];
        /* "to the White House for talks" */
        if (from > c->a + 1 && S_determiner(c, from - 1)) from--;
        if (from > c->a) {
            const char *p = S_lc(c, from - 1);
            if (strcmp(p, "in") == 0 || strcmp(p, "to") == 0 || strcmp(p, "at") == 0 || strcmp(p, "from") == 0 ||
                strcmp(p, "into") == 0) {
                /* a place of arrival (a country, not where one came
                 * from): look further left */
                int e = S_actor_entity(c, c->actor_at[k]);
                if (*arrival < 0 && strcmp(p, "from") != 0 && e >= 0 && c->doc->entities[e].type == RG_COUNTRY)
                    *arrival = e;
                k = from;
                continue;
            }
            if (c->trigger_at[from - 1] >= 0) return 0;
        }
        return S_coordinated(c, k, -1, out, MAX_SIDE);
    }
    return 0;
}

static size_t S_clause_subjects(const S_ctx *c, const int *last_subj, size_t n_last, size_t v, int *out);

/* Whether the noun at v follows a spell of time: "after days of
 * fighting", "following months of talks", "amid weeks of clashes" (a
 * word may stand between: "after two years of negotiations"). */
static int S_after_spell(const S_ctx *c, size_t v)
{
    static const char *const spell[] = {"hours", "days", "weeks", "months", "years", NULL};
    static const char *const when[] = {"after", "following", "amid", NULL};
    if (v < c->a + 3 || strcmp(S_lc(c, v - 1), "of") != 0 || !S_lc_in(c, v - 2, spell)) return 0;
    size_t k = v - 3;
    if (!S_lc_in(c, k, when) && k > c->a && (c->seg->tok[k].flags & (T_LOWER | T_NUM))) k--;
    return S_lc_in(c, k, when);
}

/* Whether the noun at v follows "during" (an article and up to two
 * words between): "during a meeting", "during a two-day visit". */
static int S_during(const S_ctx *c, size_t v)
{
    for (size_t k = v, steps = 0; k > c->a && steps < 4; steps++) {
        k--;
        if (strcmp(S_lc(c, k), "during") == 0) return 1;
        if (c->actor_at[k] >= 0 || c->trigger_at[k] >= 0 ||
            !((c->seg->tok[k].flags & (T_WORD | T_NUM)) || strcmp(S_lc(c, k), "-") == 0))
            return 0;
    }
    return 0;
}

/* The subject of the clause a participle after a comma belongs to
 * (", accusing B of", ", drawing a rebuke from B"): the previous
 * trigger's subjects, else the actors opening the sentence. */
static size_t S_clause_subjects(const S_ctx *c, const int *last_subj, size_t n_last, size_t v, int *out)
{
    /* the speaker of a speech verb before it: "\"...,\" Foreign Minister
     * X told reporters in Tehran, rejecting B's demand", "A struck B, the
     * SDF said, accusing Ankara" (within twelve tokens, no other verb
     * between) */
    for (size_t k = v, steps = 0; k > c->a && steps < 12; steps++) {
        k--;
        if (rg_tok_wf(c->seg, k, W_SAY)) {
            const char *how = NULL;
            size_t n = S_subjects(c, k, NO_LIGHT, out, &how);
            if (n) return n;
            break;
        }
        if (c->trigger_at[k] >= 0 && !S_is_noun(c, k, &c->lex->verbs[c->trigger_at[k]])) break;
    }
    if (n_last) {
        memcpy(out, last_subj, n_last * sizeof *out);
        return n_last;
    }
    /* within the first four tokens, or six after "led by" ("Indigenous
     * groups led by CONAIE blocked highways, demanding ...") */
    size_t lim = c->body_a + 4, first = c->body_a;
    for (size_t k = c->body_a + 1; k + 1 < c->body_a + 6 && k + 1 < v; k++)
        if (strcmp(S_lc(c, k), "led") == 0 && strcmp(S_lc(c, k + 1), "by") == 0) lim = c->body_a + 6;
    while (first < lim && first < v && c->actor_at[first] < 0) first++;
    if (first >= lim || first >= v) return 0;
    /* "Tanzania's main opposition party Chadema said ..., and urged": a
     * country's possessive qualifies the name a few lower-case words on */
    size_t q = c->ext_to[c->actor_at[first]];
    if (q < v && (c->seg->tok[q].flags & T_POSS)) {
        size_t j = q + 1;
        while (j < v && j < q + 5 && c->actor_at[j] < 0 && (c->seg->tok[j].flags & T_LOWER) &&
               !rg_tok_wf(c->seg, j, W_STOP) && c->trigger_at[j] < 0)
            j++;
        if (j > q + 1 && j < v && c->actor_at[j] >= 0 &&
            c->doc->entities[S_actor_entity(c, c->actor_at[first])].type == RG_COUNTRY)
            first = j;
    }
    return S_coordinated(c, first, +1, out, MAX_SIDE);
}

/* The reporter of the clause before the participle at v: a speech verb
 * ("announced", "said") followed by "that" or a name, with a finite
 * trigger between it and v (the reported act), within REPORT_BACK
 * tokens; its subjects into out. 0 when there is none. */
#define REPORT_BACK 24
static size_t S_reporter_before(const S_ctx *c, size_t v, int *out)
{
    int act = 0;
    for (size_t k = v, steps = 0; k > c->a && steps < REPORT_BACK; steps++) {
        k--;
        if (c->trigger_at[k] >= 0 && !S_is_noun(c, k, &c->lex->verbs[c->trigger_at[k]])) act = 1;
        if (!act || !rg_tok_wf(c->seg, k, W_SAY) || !(c->seg->tok[k].flags & T_LOWER) || k + 1 >= v) continue;
        if (strcmp(S_lc(c, k + 1), "that") != 0 && c->actor_at[k + 1] < 0 && !S_determiner(c, k + 1)) return 0;
        const char *how = NULL;
        return S_subjects(c, k, NO_LIGHT, out, &how);
    }
    return 0;
}

/* Whether the tokens right before f are an apposition naming the clause
 * before it: the comma, the article, a noun and up to two words before
 * it (", a move", ", a widely criticised decision"); not a time (", a
 * day after B deployed troops"). */
static int S_apposition_before(const S_ctx *c, size_t f)
{
    for (size_t q = f, words = 0; q > c->a + 1 && words < 3; words++) {
        q--;
        if (!(c->seg->tok[q].flags & T_LOWER) || c->actor_at[q] >= 0 || rg_tok_wf(c->seg, q, W_STOP)) return 0;
        const char *w = S_lc(c, q);
        /* (", in a surprise move B described as ...") */
        if (strcmp(w, "a") == 0 || strcmp(w, "an") == 0)
            return words > 0 &&
                   (strcmp(S_lc(c, q - 1), ",") == 0 ||
                    (q > c->a + 2 && strcmp(S_lc(c, q - 1), "in") == 0 && strcmp(S_lc(c, q - 2), ",") == 0));
    }
    return 0;
}

static int S_verdict_from(const S_ctx *c, size_t f);
static const char *const S_articles[] = {"a", "an", "the", NULL};

/* The token after the judge of the verdict verb at v: back over
 * auxiliaries and adverbs ("a move B has rejected", "a move B
 * immediately rejected") and the judge's acronym ("a ruling his Liberal
 * Party (PL) denounced"). */
static size_t S_judge_end(const S_ctx *c, size_t v)
{
    size_t k = v;
    while (k > c->a && (rg_tok_wf(c->seg, k - 1, W_AUX) ||
                        ((c->seg->tok[k - 1].flags & T_LOWER) && rg_tok_ly(c->seg, k - 1))))
        k--;
    if (k > c->a + 3 && strcmp(S_lc(c, k - 1), ")") == 0 && strcmp(S_lc(c, k - 3), "(") == 0 &&
        (c->actor_at[k - 2] >= 0 || (c->seg->tok[k - 2].flags & T_UPPER)) && c->actor_at[k - 4] >= 0)
        k -= 3;
    return k;
}

/* Whether the verb at v has for subject an actor that opens an
 * apposition judging the clause before it: ", a move B denounced", ",
 * a ruling that B called ...", ", an accusation B's embassy dismissed".
 * The noun of the apposition is lower case, after an article and at most
 * two more words, right after the comma. */
static int S_verdict(const S_ctx *c, size_t v)
{
    if (!(c->seg->tok[v].flags & T_LOWER)) return 0; /* "a U.S. Brokers' broker" */
    size_t k = S_judge_end(c, v);
    if (k <= c->a || c->actor_at[k - 1] < 0) return 0;
    size_t f = c->ext_from[c->actor_at[k - 1]];
    if (S_verdict_from(c, f)) return 1;
    /* "a charge Government Minister X dismissed", "an allegation the
     * EU's foreign policy chief X dismissed": the judge's title before
     * the name (its last word a title's, or the name's extent opening
     * with one or with a lower-case word of one), up to four words */
    if (f <= c->a + 1 || !(S_lex_word(c->lex, c->seg, c->text, f - 1, 1u << LEX_TITLE, 1) ||
                           S_lex_word(c->lex, c->seg, c->text, f, 1u << LEX_TITLE, 1) ||
                           (c->seg->tok[f].flags & T_LOWER)))
        return 0;
    for (size_t g = f - 1, n = 0; g > c->a + 1 && n < 4; g--, n++) {
        if (c->actor_at[g] >= 0 || !(c->seg->tok[g].flags & T_WORD) || S_lc_in(c, g, S_articles)) return 0;
        if (S_verdict_from(c, g)) return 1;
    }
    return 0;
}

/* S_verdict from the first token f of the judge's phrase. */
static int S_verdict_from(const S_ctx *c, size_t f)
{
    /* "a decision that the EU condemned", "a move the opposition NPP
     * denounced", "a ruling his party denounced" */
    static const char *const det[] = {"the", "his", "her", "its", "their", NULL};
    if (f > c->a && S_lc_in(c, f - 1, det)) f--;
    /* "a move Taipei's Mainland Affairs Council condemned": whose the
     * judge is, an actor or a place (the judge's extent may start at the
     * possessive) */
    else if (f > c->a + 1 && (c->seg->tok[f].flags & T_POSS || c->seg->tok[f - 1].flags & T_POSS)) {
        size_t o = c->seg->tok[f].flags & T_POSS ? f - 1 : f - 2;
        if (c->actor_at[o] >= 0) f = c->ext_from[c->actor_at[o]];
        else if (c->place_at[o])
            for (f = o; f > c->a && c->place_at[f - 1];) f--;
        if (f > c->a && strcmp(S_lc(c, f - 1), "the") == 0) f--; /* "the EU's" */
    }
    else if (f > c->a + 1 && (c->seg->tok[f - 1].flags & T_LOWER) && !rg_tok_wf(c->seg, f - 1, W_STOP) &&
             c->actor_at[f - 1] < 0 && strcmp(S_lc(c, f - 2), "the") == 0)
        f -= 2;
    if (f > c->a && (strcmp(S_lc(c, f - 1), "that") == 0 || strcmp(S_lc(c, f - 1), "which") == 0)) {
        f--;
        /* "began military drills that Pyongyang condemns": a relative
         * clause on an act's noun judges that act */
        /* (a noun: "to request that the Big Board ask" is a verb's
         * clause) */
        for (size_t j = f > c->a + 3 ? f - 3 : c->a; j < f && (c->seg->tok[f - 1].flags & T_LOWER); j++)
            if (c->trigger_at[j] >= 0 && j + c->trigger_len[j] == f)
                return S_is_noun(c, j, &c->lex->verbs[c->trigger_at[j]]);
    }
    return S_apposition_before(c, f);
}

/* Whether token v follows "that" or "which" opening a relative clause
 * on an apposition that names the clause before it: ", a move that drew
 * criticism from B", ", a request which prompted a rebuke". */
static int S_apposition_that(const S_ctx *c, size_t v)
{
    return v > c->a + 1 && (strcmp(S_lc(c, v - 1), "that") == 0 || strcmp(S_lc(c, v - 1), "which") == 0) &&
           S_apposition_before(c, v - 1);
}

/* Who made what the verdict at v judges when no act was read: the
 * nearest actor before the apposition's comma that is followed by an
 * auxiliary, a past verb or a verb of the table ("media reported that the
 * Taiwan Affairs Office had placed ..., a move B condemned"). Its
 * subjects (at most MAX_SIDE), or 0. */
static size_t S_verdict_maker(const S_ctx *c, size_t v, int *out)
{
    size_t comma = v;
    while (comma > c->a && v - comma < 10 && strcmp(S_lc(c, comma), ",") != 0) comma--;
    if (strcmp(S_lc(c, comma), ",") != 0) return 0;
    for (size_t k = comma; k > c->a && k + CLAUSE_MAX > comma;) {
        k--;
        if (c->actor_at[k] < 0 || c->ext_to[c->actor_at[k]] != k + 1 || k + 1 >= comma) continue;
        size_t w = k + 1;
        if (rg_tok_wf(c->seg, w, W_AUX) || S_past_participle(c, w) ||
            (c->trigger_at[w] >= 0 && !S_is_noun(c, w, &c->lex->verbs[c->trigger_at[w]])))
            return S_coordinated(c, k, -1, out, MAX_SIDE);
    }
    return 0;
}

/* Who made what a verdict judges (S_verdict): the parties of the acts
 * found so far in sentence sent, the source of a directed one, both
 * sides of a symmetric one ("A signed a pact with B, a move C
 * condemned"), less the judge. Returns how many (at most MAX_SIDE). */
static size_t S_makers(const S_ctx *c, size_t sent, int judge, int *out)
{
    size_t n = 0;
    for (size_t q = c->doc->n_interactions; q-- > 0 && c->doc->interactions[q].sentence == sent;) {
        const rg_interaction *w = &c->doc->interactions[q];
        for (int side = 0; side < (w->directed ? 1 : 2); side++) {
            int e = side ? w->target : w->source;
            size_t i = 0;
            while (i < n && out[i] != e) i++;
            if (i == n && e != judge && n < MAX_SIDE) out[n++] = e;
        }
    }
    return n;
}

/* Who made what the verdict at v judges: the nearest clause's subject
 * before the apposition's comma (S_verdict_maker: "told parliament that
 * India would not recognise it, a position C described as") and the
 * other side of its symmetric acts ("A signed a pact with B on Friday, a
 * move C condemned": both), else the makers of every act of the
 * sentence; a charge is its accuser's alone. */
static int S_claim_apposition(const S_ctx *c, size_t v);
static size_t S_accusers(const S_ctx *c, size_t sent, int *maker, size_t n);

static size_t S_verdict_makers(const S_ctx *c, size_t sent, int judge, size_t v, int *out)
{
    size_t n = S_verdict_maker(c, v, out);
    /* (and who acted with it: the other side of its symmetric acts) */
    for (size_t q = c->doc->n_interactions, m = n; m && q-- > 0 && c->doc->interactions[q].sentence == sent;) {
        const rg_interaction *w = &c->doc->interactions[q];
        for (size_t i = 0; i < m && !w->directed; i++) {
            int other = w->source == out[i] ? w->target : w->target == out[i] ? w->source : -1;
            size_t k = 0;
            while (k < n && out[k] != other) k++;
            if (other >= 0 && other != judge && k == n && n < MAX_SIDE) out[n++] = other;
        }
    }
    if (!n) n = S_makers(c, sent, judge, out);
    if (n > 1 && S_claim_apposition(c, v)) n = S_accusers(c, sent, out, n);
    return n;
}

/* Whether words of praise follow token v closely ("called a positive
 * step", "described as a constructive step"): six tokens at most, none a
 * comma or an actor. */
static int S_praise_after(const S_ctx *c, size_t v)
{
    static const char *const praise[] = {"constructive", "positive", "welcome", "important", "historic", "encouraging",
                                         "breakthrough", "milestone", "landmark", "victory", "success", "forward",
                                         "significant", "good", "friend", "ally", "partner", "hero", NULL};
    for (size_t k = v; k < c->b && k < v + 6 && c->actor_at[k] < 0 && strcmp(S_lc(c, k), ",") != 0; k++)
        if (S_lc_in(c, k, praise)) return 1;
    return 0;
}

/* Whether the apposition before the verdict verb at v names a claim
 * (", a charge B dismissed", ", an allegation that B denied"): a noun of
 * a claim between the comma and v (twelve tokens at most). */
static int S_claim_apposition(const S_ctx *c, size_t v)
{
    static const char *const claims[] = {"charge", "charges", "claim", "claims", "allegation", "allegations",
                                         "accusation", "accusations", "assertion", NULL};
    for (size_t k = v; k > c->a && k + 12 > v;) {
        k--;
        if (strcmp(S_lc(c, k), ",") == 0) return 0;
        if (S_lc_in(c, k, claims)) return 1;
    }
    return 0;
}

/* Keeps of maker[0..n) those that accuse someone in sentence sent (the
 * source of an accusation read there); all n when none does. Returns the
 * number kept. */
static size_t S_accusers(const S_ctx *c, size_t sent, int *maker, size_t n)
{
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        int acc = 0;
        for (size_t q = c->doc->n_interactions; q-- > 0 && c->doc->interactions[q].sentence == sent && !acc;)
            acc = c->doc->interactions[q].kind == RG_ACCUSE && c->doc->interactions[q].source == maker[i];
        if (acc) maker[kept++] = maker[i];
    }
    return kept ? kept : n;
}

/* Token v is an -ing form right after a preposition of time or means
 * ("after signing", "before meeting", "while visiting", "by
 * attacking"): its subject is the clause's. */
static int S_after_gerund(const S_ctx *c, size_t v)
{
    static const char *const w[] = {"after", "before", "while", "since", "by", "following", NULL};
    return v > c->a && S_ing(c, v) && S_lc_in(c, v - 1, w);
}

/* The subjects of the clause after an opening phrase whose last word
 * before its comma is at or after token v ("After meeting B in Cairo, A
 * said", "Before signing the deal, A and B met"): the actors right after
 * the phrase's comma (an article may stand before them) whose verb (a
 * speech verb or one of the table, after auxiliaries and adverbs)
 * follows them. The phrase holds no other comma and at most
 * FRONTED_MAX tokens. */
#define FRONTED_MAX 16
static size_t S_fronted_subjects(const S_ctx *c, size_t v, int *out)
{
    size_t k = v + 1;
    while (k < c->b && k < v + FRONTED_MAX && strcmp(S_lc(c, k), ",") != 0) k++;
    if (k + 2 >= c->b || strcmp(S_lc(c, k), ",") != 0) return 0;
    k++;
    if (S_determiner(c, k)) k++;
    if (k >= c->b || c->actor_at[k] < 0 || c->ext_from[c->actor_at[k]] > k) return 0;
    size_t n = S_coordinated(c, k, +1, out, MAX_SIDE);
    /* the verb after the last of them */
    size_t q = k;
    for (size_t seen = 0; q < c->b && seen < n;) {
        if (c->actor_at[q] >= 0) {
            seen++;
            q = c->ext_to[c->actor_at[q]];
        } else {
            q++;
        }
    }
    for (int skip = 0; skip < 3 && q < c->b && (rg_tok_wf(c->seg, q, W_AUX) || rg_tok_ly(c->seg, q)); skip++) q++;
    if (q >= c->b || !(c->seg->tok[q].flags & T_LOWER)) return 0;
    return rg_tok_wf(c->seg, q, W_SAY | W_PERSON_ACT) || c->trigger_at[q] >= 0 ? n : 0;
}

/* Token v is an -ing form right after a comma. */
static int S_participle_after_comma(const S_ctx *c, size_t v)
{
    return v > c->a + 1 && S_ing(c, v) && strcmp(S_lc(c, v - 1), ",") == 0;
}

/* Token v follows ", and" (an adverb or auxiliary may stand between:
 * ", and later banned"). */
static int S_and_after_comma(const S_ctx *c, size_t v)
{
    if (v < c->a + 3) return 0;
    size_t k = v - 1;
    if (k > c->a && rg_tok_wf(c->seg, k, W_AUX)) k--;
    return k > c->a + 1 && strcmp(S_lc(c, k), "and") == 0 && strcmp(S_lc(c, k - 1), ",") == 0;
}

/* ", and thanked B" after "A said Taiwan would not be intimidated": a
 * verb in the past does not go on a clause reported with a modal ("would",
 * "will", "could"...), so it is the speaker's. The speaker's subjects
 * (the speech verb within CLAUSE_MAX tokens before v), or 0. */
static size_t S_speaker_past_modal(const S_ctx *c, size_t v, int *out)
{
    static const char *const modal[] = {"would", "will", "could", "can", "may", "might", "should", "must", NULL};
    if (!S_past_participle(c, v)) return 0;
    int seen = 0;
    for (size_t k = v; k > c->a && k + CLAUSE_MAX > v;) {
        k--;
        if (S_lc_in(c, k, modal)) seen = 1;
        if (rg_tok_wf(c->seg, k, W_SAY) && (c->seg->tok[k].flags & T_LOWER)) {
            const char *how = NULL;
            return seen ? S_subjects(c, k, NO_LIGHT, out, &how) : 0;
        }
    }
    return 0;
}

/* Whether kind is an act done by saying it: a demand, an accusation, a
 * rejection, a threat or praise ("urged", "accused", "warned",
 * "thanked"). */
static int S_spoken_kind(rg_kind kind)
{
    return kind == RG_DEMAND || kind == RG_ACCUSE || kind == RG_REJECT || kind == RG_THREATEN || kind == RG_SUPPORT;
}

/* "Kallas said China was the key enabler of Russia's war and warned
 * Beijing": a spoken act (S_spoken_kind) in the past right after "and"
 * (no comma: ", and" has its own rule) that ends a reported clause is the
 * reporter's, not the reported subject's. The reporter's speech verb is
 * at most CLAUSE_MAX tokens before v and is no trigger itself; the clause
 * between holds no spoken act of its own in a finite verb ("said Hamas
 * had rejected the offer and demanded B": Hamas demanded). The
 * reporter's subjects, or 0. */
static size_t S_reporter_and_verb(const S_ctx *c, size_t v, rg_kind kind, int *out)
{
    if (!S_spoken_kind(kind) || S_ing(c, v) || !S_past_participle(c, v)) return 0;
    size_t k = v;
    while (k > c->a && rg_tok_wf(c->seg, k - 1, W_AUX)) k--;
    if (k < c->a + 4 || strcmp(S_lc(c, k - 1), "and") != 0 || strcmp(S_lc(c, k - 2), ",") == 0) return 0;
    for (size_t q = k - 2; q > c->a && q + CLAUSE_MAX > k;) {
        q--;
        if (c->trigger_at[q] >= 0) {
            const rg_verb *tv = &c->lex->verbs[c->trigger_at[q]];
            if (!S_is_noun(c, q, tv) && (S_spoken_kind(tv->kind) || rg_tok_wf(c->seg, q, W_SAY))) return 0;
        }
        if (rg_tok_wf(c->seg, q, W_SAY) && (c->seg->tok[q].flags & T_LOWER)) {
            const char *how = NULL;
            return S_subjects(c, q, NO_LIGHT, out, &how);
        }
    }
    return 0;
}

/* "Petro said the attack \"closes a process of peace\" and suspended
 * talks with B": a verb right after a closing quotation mark and "and" is
 * the speaker's, whose speech verb is at most QUOTE_LEAD tokens before
 * the opening mark. The speaker's subjects, or 0. Bounded: the quotation
 * is looked at over CLAUSE_MAX tokens at most. */
#define QUOTE_LEAD 4
static size_t S_speaker_after_quote(const S_ctx *c, size_t v, int *out)
{
    size_t k = v;
    while (k > c->a && rg_tok_wf(c->seg, k - 1, W_AUX)) k--;
    if (k < c->a + 3 || strcmp(S_lc(c, k - 1), "and") != 0 || !S_quote(c, k - 2)) return 0;
    size_t open = k - 2;
    do {
        if (open == c->a || open + CLAUSE_MAX < k) return 0;
        open--;
    } while (!S_quote(c, open));
    for (size_t q = open; q > c->a && q + QUOTE_LEAD >= open;) {
        q--;
        if (c->actor_at[q] >= 0 || (c->seg->tok[q].flags & T_PUNCT)) return 0;
        if (rg_tok_wf(c->seg, q, W_SAY) && (c->seg->tok[q].flags & T_LOWER)) {
            const char *how = NULL;
            return S_subjects(c, q, NO_LIGHT, out, &how);
        }
    }
    return 0;
}

/* Whether the deed at v makes its object act: "forced B to withdraw",
 * "compelled B to", "pressured B to". */
static int S_object_acts(const S_ctx *c, size_t v)
{
    static const char *const lemmas[] = {"force", "compel", "coerce", "pressure", "pressurise", "pressurize", "push",
                                         "oblige", "drive", NULL};
    const char *lm = c->lex->verbs[c->trigger_at[v]].lemma;
    for (size_t i = 0; lemmas[i]; i++)
        if (strcmp(lm, lemmas[i]) == 0) return 1;
    return 0;
}

/* Whether a trigger (of up to three tokens) ends at token k: "urged",
 * "called on". */
static int S_trigger_ends_at(const S_ctx *c, size_t k)
{
    for (size_t j = k > c->a + 2 ? k - 2 : c->a; j <= k; j++)
        if (c->trigger_at[j] >= 0 && j + c->trigger_len[j] == k + 1) return 1;
    return 0;
}

/* Whether the trigger at v is an infinitive after another trigger's
 * object: "urged Russia to withdraw from Ukraine", "urged the
 * International Court of Justice to reject B", "called on the armed
 * forces to abandon B", "helped Kenya to defeat ...". It says what was
 * urged, not what happened. The object is an actor or a short noun
 * phrase (four words, no punctuation). joined: v is the verb of such a
 * phrase reached through "and", which may be no trigger itself. */
static int S_urged_infinitive(const S_ctx *c, size_t v, int joined)
{
    if (v < c->a + 3) return 0;
    /* "... to abandon Maduro and recognise B": a verb joined by "and"
     * to such an infinitive and its object is urged too (one level) */
    if (!joined && strcmp(S_lc(c, v - 1), "and") == 0 && c->actor_at[v - 2] >= 0) {
        size_t f = c->ext_from[c->actor_at[v - 2]];
        if (f > c->a + 1 && (c->seg->tok[f - 1].flags & T_LOWER) && S_urged_infinitive(c, f - 1, 1)) return 1;
    }
    /* (and over its object's phrase: "called on Rwanda to withdraw its
     * troops from eastern Congo and end its support for B"; within
     * CLAUSE_MAX tokens, no comma between) */
    if (!joined && strcmp(S_lc(c, v - 1), "and") == 0) {
        for (size_t k = v - 1; k > c->a + 1 && k + CLAUSE_MAX > v; k--) {
            if ((c->seg->tok[k - 1].flags & T_PUNCT) && !(c->seg->tok[k - 1].flags & T_POSS)) return 0;
            if (strcmp(S_lc(c, k - 1), "to") == 0 && (c->seg->tok[k].flags & T_LOWER) && S_urged_infinitive(c, k, 1))
                return 1;
        }
    }
    /* "demanding that Russia withdraw its forces": the verb of a
     * demand's that-clause was demanded */
    if (c->actor_at[v - 1] >= 0) {
        size_t f = c->ext_from[c->actor_at[v - 1]];
        if (f > c->a + 1 && strcmp(S_lc(c, f - 1), "that") == 0)
            for (size_t j = f - 1 > c->a + 3 ? f - 4 : c->a; j < f - 1; j++)
                if (c->trigger_at[j] >= 0 && j + c->trigger_len[j] == f - 1 &&
                    c->lex->verbs[c->trigger_at[j]].kind == RG_DEMAND)
                    return 1;
    }
    if (strcmp(S_lc(c, v - 1), "to") != 0) return 0;
    size_t k = v - 2;
    if (c->actor_at[k] >= 0) {
        size_t f = c->ext_from[c->actor_at[k]];
        if (f <= c->a) return 0;
        k = f - 1;
        if (k > c->a && S_determiner(c, k)) k--;
        return S_trigger_ends_at(c, k);
    }
    /* a noun phrase that is no actor: "the armed forces" */
    for (size_t steps = 0; k > c->a && steps < 4; steps++, k--) {
        const rg_token *t = &c->seg->tok[k];
        if ((t->flags & T_PUNCT) || !(t->flags & T_LOWER) || S_clause_mark(c, k)) return 0;
        if (S_determiner(c, k)) return S_trigger_ends_at(c, k - 1);
    }
    return 0;
}

/* Whether a trigger ending before token e acts both ways between its
 * coordinated subjects: "A and B accused each other", "blamed one
 * another", "traded accusations", "exchanged threats" (light: the light
 * verb of a noun trigger, or NO_LIGHT). */
static int S_reciprocal(const S_ctx *c, size_t e, size_t light)
{
    if (light != NO_LIGHT && (strcmp(S_lc(c, light), "traded") == 0 || strcmp(S_lc(c, light), "exchanged") == 0))
        return 1;
    static const char *const preps[] = {"with", "against", "at", "on", "to", NULL};
    if (e < c->b && S_lc_in(c, e, preps)) e++; /* "fired at each other" */
    return e + 1 < c->b && ((strcmp(S_lc(c, e), "each") == 0 && strcmp(S_lc(c, e + 1), "other") == 0) ||
                            (strcmp(S_lc(c, e), "one") == 0 && strcmp(S_lc(c, e + 1), "another") == 0));
}

/* Words before a participle that qualifies a person's title ("including
 * ousted prime minister X", "with jailed opposition leader Y"). */
static const char *const S_qualifier_openers[] = {"including", "of", "with", "for", "by", "from", "against", "on",
                                                  "about", NULL};

/* Verbs of condemning an act, and how many sentences back the act they
 * name may be told. */
static const char *const S_condemn_lemmas[] = {"condemn", "denounce", "deplore", "decry", NULL};
/* verbs that name what a thing was: "described X as", "called X a farce" */
static const char *const S_name_verbs[] = {"described", "termed", "branded", "labelled", "labeled", "characterised",
                                           "characterized", "dubbed", "called" /* naming: S_call_names */, NULL};
#define CONDEMNED_BACK 4

/* The material conflict kinds an act condemned after the fact may be. */
static int S_condemnable(rg_kind kind) { return kind == RG_ASSAULT || kind == RG_COERCE || kind == RG_CRIME; }

/* Records entity e as a maker of an act told in sentence sent in record
 * t (S_tell: c->told, acts of material conflict). */
static void S_tell_in(struct S_told *t, size_t sent, int e)
{
    if (e < 0 || t->sent != sent) return;
    for (size_t i = 0; i < t->n && i < TOLD_MAX; i++)
        if (t->who[i] == e) return;
    if (t->n < TOLD_MAX) t->who[t->n] = e;
    if (t->n <= TOLD_MAX) t->n++;
}

static void S_tell(S_ctx *c, size_t sent, int e) { S_tell_in(&c->told, sent, e); }

/* Whether the object after a verb of welcome ending at e is a thing of
 * the party, not the party received: "welcomed Japan's support",
 * "welcomed the Ugandan offer" (a possessive or a demonym, then a
 * lower-case word that is no title, body or word for people: "welcomed
 * Uganda's foreign minister" receives). */
static int S_welcomes_thing(const S_ctx *c, size_t e)
{
    size_t k = e;
    if (k < c->b && S_determiner(c, k)) k++;
    if (k >= c->b || c->actor_at[k] < 0) return 0;
    int cand = c->actor_at[k];
    size_t q = c->ext_to[cand];
    int qual = c->cands->c[cand].lex_kind == LEX_DEMONYM || (q > k && (c->seg->tok[q - 1].flags & T_POSS));
    if (q < c->b && (c->seg->tok[q].flags & T_POSS)) {
        qual = 1;
        q++;
    }
    return qual && q < c->b && (c->seg->tok[q].flags & T_LOWER) && c->actor_at[q] < 0 &&
           !rg_tok_wf(c->seg, q, W_PERSON_NOUN | W_STOP) &&
           !S_lex_word(c->lex, c->seg, c->text, q, (1u << LEX_TITLE) | (1u << LEX_BODY), 0);
}

static void S_sentence(S_ctx *c, size_t sent)
{
    /* the last trigger's subjects, and the token where its object ended:
     * "I discussed it with Putin and have discussed it with Lavrov" */
    int last_subj[MAX_SIDE];
    size_t n_last = 0, last_obj_end = (size_t)-1, skip_at = (size_t)-1;
    size_t last_v = NO_TOKEN; /* that trigger's token */
    /* the last finite verb with no party after it: its subjects and its
     * end, for a verb after "and" only */
    int bare_subj[MAX_SIDE];
    size_t n_bare = 0, bare_end = (size_t)-1;
    for (size_t v = c->a; v < c->b; v++) {
        if (c->trigger_at[v] < 0) continue;
        const rg_verb *vb = &c->lex->verbs[c->trigger_at[v]];
        size_t v_end = v + c->trigger_len[v];
        int noun = S_is_noun(c, v, vb);
        size_t ts = c->seg->tok[v].start, te = c->seg->tok[v_end - 1].end;
        /* "refused to meet B": the refusal is reported by "meet" */
        if (rg_tok_wf(c->seg, v, W_REFUSE) && v + 2 < c->b && strcmp(S_lc(c, v + 1), "to") == 0 &&
            c->trigger_at[v + 2] >= 0)
            continue;
        /* the second verb of "threatened to strike B" was reported with
         * the first (below) */
        if (v == skip_at) continue;
        /* "including ousted prime minister Sheikh Hasina", "the jailed
         * opposition leader": a participle after an article or a
         * preposition, before a title, says who the person is; no act */
        if (!noun && v > c->a && v_end < c->b && S_past_participle(c, v) &&
            (S_determiner(c, v - 1) || S_lc_in(c, v - 1, S_qualifier_openers)) &&
            S_lex_word(c->lex, c->seg, c->text, v_end, 1u << LEX_TITLE, 0))
            continue;
        /* "Iran-backed militias": the backing qualifies people not
         * named, no act on a party */
        if (S_hyphen_agent(c, v) >= 0 && S_backer(c, v - 2)) continue;
        /* "spoke by telephone with": a means, not an act of its own */
        if (v > c->a && S_means_end(c, v - 1) != v - 1) continue;
        if (v > c->a + 1 && strcmp(S_lc(c, v - 1), "the") == 0 && S_means_end(c, v - 2) != v - 2) continue;
        /* "urged Russia to withdraw from Ukraine", "helped Kenya to
         * defeat ...": the infinitive after another trigger's object says
         * what was urged, not what happened */
        if (S_urged_infinitive(c, v, 0)) continue;
        /* a noun's light verb carries its negation: "never signed the
         * deal with B" */
        int receive = 0;
        size_t light = noun ? S_verb_before(c, v, &receive, 1) : NO_LIGHT;
        /* "Kenyan police came under fire from Viv Ansanm", "the convoy
         * came under attack from B": received as an aid is, the one after
         * "from" acting on the subject of "came" */
        size_t came = S_came_under(c, v);
        if (came != NO_TOKEN) {
            light = came;
            receive = 1;
        }
        /* "in a letter from President Khamenei to Secretary-General Perez
         * de Cuellar", "aid from the United States to Ukraine": the noun's
         * own "from" and "to" name its maker and its receiver, whatever
         * verb governs it */
        if (noun && came == NO_TOKEN && v_end + 1 < c->b && strcmp(S_lc(c, v_end), "from") == 0 &&
            !S_negated(c, light != NO_LIGHT ? light : v)) {
            int giver[MAX_SIDE], rcpt[MAX_SIDE], dummy;
            size_t ng = S_objects(c, v_end, 0, "from", -1, giver, &dummy);
            size_t q = v_end + 1;
            while (ng && q < c->b && q < v_end + RIGHT_MAX &&
                   (c->actor_at[q] >= 0 || strcmp(S_lc(c, q), "and") == 0 || S_determiner(c, q)))
                q++;
            /* (a party right after "to": not "pressure from the U.S. to do
             * so, Mackoff said") */
            size_t r = q + 1 < c->b && S_determiner(c, q + 1) ? q + 2 : q + 1;
            size_t nt = ng && r < c->b && strcmp(S_lc(c, q), "to") == 0 && c->actor_at[r] >= 0
                            ? S_objects(c, q, 0, "to", giver[0], rcpt, &dummy)
                            : 0;
            if (nt) {
                S_add_all(c, sent, vb->kind, giver, ng, rcpt, nt, !vb->sym, "noun + from A + to B", ts, te);
                continue;
            }
        }
        if (receive) {
            /* "Kenya received $50 million in aid from Uganda": the giver is
             * after "from", the receiver is the verb's subject */
            size_t recv = light;
            int giver[MAX_SIDE], rcpt[MAX_SIDE], dummy;
            const char *how = NULL;
            size_t ng = S_objects(c, v_end, 0, "from", -1, giver, &dummy);
            size_t nr = !ng || S_negated(c, recv)           ? 0
                        : S_participle_after_comma(c, recv) ? S_clause_subjects(c, last_subj, n_last, recv, rcpt)
                                                            : S_subjects(c, recv, NO_LIGHT, rcpt, &how);
            /* ", a move that drew criticism from B": what the move's
             * makers did draws it */
            if (!nr && ng && S_apposition_that(c, recv)) nr = S_makers(c, sent, giver[0], rcpt);
            if (nr)
                S_add_all(c, sent, vb->kind, giver, ng, rcpt, nr, !vb->sym,
                          came != NO_TOKEN ? "B came under noun from A" : "B received noun from A", ts, te);
            continue;
        }
        int negated = S_negated(c, light != NO_LIGHT ? light : v);
        /* "raised no objections to": a "no" between the light verb and
         * its noun */
        for (size_t k = light != NO_LIGHT && light < v ? light + 1 : v; !negated && k < v; k++)
            if (strcmp(S_lc(c, k), "no") == 0) negated = 1;
        if (!negated && noun && light == NO_LIGHT) {
            /* "blocked Uganda's attack on Chad": the possessor's phrase
             * carries it */
            size_t p = S_possessor_from(c, v);
            int pn = p != NO_TOKEN ? S_negated(c, p) : 0;
            if (pn != 0 && pn != 2) negated = 1;
        }
        /* "would not accept B's plan", "does not recognise B": not
         * accepting is a rejection; "did not meet", "never signed the
         * deal with B" (a symmetric act that did not happen) are nothing */
        /* (and "would not negotiate with B", "will not talk to B": a
         * refusal to consult, stated for the future) */
        if (negated == 3 && vb->kind == RG_CONSULT && !noun && S_will_not(c, v)) negated = 2;
        if (negated == 3) negated = (vb->kind == RG_AGREE || vb->kind == RG_SUPPORT) && !vb->sym && !noun ? 2 : 1;
        if (negated == 1 || negated == 4) {
            /* "Moscow was ready for talks with Kyiv but rejected B": the
             * act is not done, yet its subject goes on to the verb after
             * "and" or "but", past its object */
            /* (not in a clause of condition or time, looked for back to
             * its comma within CLAUSE_MAX tokens: "if its forces did not
             * withdraw, and rejected B", "after he failed to appear, and
             * accused B") */
            /* (nor a word after an article: "over an alleged fraud"
             * names no act of a subject) */
            int inside = v > c->a && S_determiner(c, v - 1);
            for (size_t k = v; k > c->a && k + CLAUSE_MAX > v && !inside && strcmp(S_lc(c, k - 1), ",") != 0; k--)
                inside = S_lc_in(c, k - 1, S_adverbial_openers) || S_lc_in(c, k - 1, S_condition_words);
            int hs[MAX_SIDE];
            const char *hp = NULL;
            size_t hn = inside ? 0 : S_subjects(c, light != NO_LIGHT && light < v ? light : v, light, hs, &hp);
            if (hn) {
                memcpy(last_subj, hs, hn * sizeof *hs);
                n_last = hn;
                last_obj_end = (size_t)-1;
                for (size_t k = v_end; k < c->b && k < v_end + RIGHT_MAX + 4 && last_obj_end == (size_t)-1; k++)
                    if (c->actor_at[k] >= 0) last_obj_end = c->ext_to[c->actor_at[k]];
            }
            continue;
        }
        rg_kind kind = negated == 2 ? RG_REJECT : vb->kind;
        int sym = negated == 2 ? 0 : vb->sym; /* a refusal has a refuser */
        /* "halted gas supplies to B", "ended its cooperation with B",
         * "suspended arms deliveries to B": stopping what cooperates is a
         * sanction; what a halt verb stops that is hostile ("halted its
         * strikes on B") is read as before, without it */
        /* (a meeting ended was held: "ended their summit", "wrapped up";
         * "cut short a visit" was made) */
        static const char *const end[] = {"end", "ended", "ends", "ending", NULL};
        /* ("cut a deal with B" makes one) */
        static const char *const cut[] = {"cut", "cuts", "cutting", NULL};
        if (noun && light != NO_LIGHT && rg_tok_wf(c->seg, light, W_HALT) && !rg_tok_wf(c->seg, light, W_LIGHT)) {
            /* (a halt urged has not happened: "called on Rwanda to
             * withdraw ... and end its support for B") */
            if (S_urged_infinitive(c, light, 0)) continue;
            int cut_deal = kind == RG_AGREE && S_lc_in(c, light, cut); /* "cut" a light verb here */
            if (kind <= RG_AID && negated != 2 && !cut_deal && !(kind == RG_CONSULT && S_lc_in(c, light, end)) &&
                !(light + 1 < c->b && strcmp(S_lc(c, light + 1), "short") == 0)) {
                kind = RG_SANCTION;
                sym = 0;
            } else if (!cut_deal) {
                int rcv;
                light = S_verb_before(c, v, &rcv, 0); /* the light verb as if no halt verb stood there */
            }
        }
        /* "vowed to destroy the RSF", "vowing to crush the rebels": a
         * hostile act vowed has not happened; the vow is a threat */
        static const char *const vow[] = {"vow", "vows", "vowed", "vowing", "swore", "sworn", "swears", NULL};
        /* (over a time: "vowed on Sunday to destroy") */
        if (!noun && kind >= RG_SANCTION && v > c->a + 1 && strcmp(S_lc(c, v - 1), "to") == 0) {
            size_t q = v - 2;
            for (int m = 0; m < 3 && q > c->a && !S_lc_in(c, q, vow) && c->actor_at[q] < 0 && c->trigger_at[q] < 0 &&
                            !(c->seg->tok[q].flags & T_PUNCT);
                 m++)
                q--;
            if (S_lc_in(c, q, vow)) {
                kind = RG_THREATEN;
                sym = 0;
            }
        }
        /* (a noun likewise: "vowed more attacks on the Israeli
         * occupation", "promised retaliation against B"; not a
         * participle after a determiner, "its promised program of
         * sanctions", which is done) */
        static const char *const promise[] = {"promise", "promises", "promised", "promising", NULL};
        if (noun && kind >= RG_SANCTION && light != NO_LIGHT &&
            (S_lc_in(c, light, vow) || S_lc_in(c, light, promise)) && !(light > c->a && S_determiner(c, light - 1))) {
            kind = RG_THREATEN;
            sym = 0;
        }
        /* "lodged a protest with Beijing", "protested to Tokyo": a
         * complaint made to a government is an accusation (CAMEO's
         * "complain officially"), not a demonstration */
        if (kind == RG_PROTEST && v_end < c->b &&
            (strcmp(S_lc(c, v_end), "with") == 0 || strcmp(S_lc(c, v_end), "to") == 0))
            kind = RG_ACCUSE;

        /* "threatened to strike B", "agreed to meet B", "vowed to attack
         * B": the second verb says what the first is about and has not
         * happened; one interaction of the first verb's kind, with the
         * second verb's object */
        /* (and "threatened to impose tariffs on B": a light verb and its
         * noun as the second verb) */
        /* (over a time: "threatened on Sunday to resume attacks on B") */
        size_t to_at = S_time_fwd(c, v_end);
        size_t second = to_at + 1;
        if (!noun && second < c->b && strcmp(S_lc(c, to_at), "to") == 0 && rg_tok_wf(c->seg, second, W_LIGHT)) {
            /* ("agreed to sign a deal with B": "sign" is a verb of its
             * own, but its noun names the act and its party) */
            for (size_t q = second + 1; q < c->b && q < second + 6; q++) {
                if (c->trigger_at[q] < 0) continue;
                int rcv;
                if (S_is_noun(c, q, &c->lex->verbs[c->trigger_at[q]]) && S_verb_before(c, q, &rcv, 0) == second && !rcv)
                    second = q;
                break;
            }
        }
        if (!noun && second < c->b && strcmp(S_lc(c, to_at), "to") == 0 && c->trigger_at[second] >= 0) {
            const rg_verb *v2 = &c->lex->verbs[c->trigger_at[second]];
            size_t v2_end = second + c->trigger_len[second];
            if (!S_is_noun(c, second, v2) || second != to_at + 1) {
                int subj[MAX_SIDE], obj[MAX_SIDE], between;
                const char *pattern = "subject + verb + to + verb + object";
                size_t ns = S_subjects(c, v, NO_LIGHT, subj, &pattern);
                c->target_places = S_at_places(kind) || S_at_places(v2->kind);
                c->take_of = c->target_places || kind == RG_SANCTION || v2->kind == RG_SANCTION;
                int v2_noun = second != to_at + 1;
                size_t no = S_objects(c, v2_end, v2->direct && !v2_noun, v2->preps, ns ? subj[0] : -1, obj, &between);
                c->target_places = c->take_of = 0;
                if (ns && no) {
                    skip_at = second;
                    S_add_all(c, sent, kind, subj, ns, obj, no, !sym, pattern, ts, te);
                    continue;
                }
                /* no object ("the two leaders agreed to cooperate"): the
                 * first verb as usual */
            }
        }

        /* "the Palestinian-Israeli conflict", "a U.S.-Russia deal": two
         * actors inside the word before a noun */
        /* one noun may come between: "the Azerbaijan-Armenia peace
         * agreement", "a U.S.-China trade deal" */
        size_t cw = v - 1;
        if (noun && v > c->a + 1 && c->actor_at[cw] < 0 && (c->seg->tok[cw].flags & T_LOWER) &&
            c->trigger_at[cw] < 0 && !rg_tok_wf(c->seg, cw, W_STOP) && c->actor_at[cw - 1] >= 0)
            cw--;
        if (noun && v > c->a && c->actor_at[cw] >= 0 && kind != RG_ASSAULT && kind != RG_COERCE) {
            /* (not "the Israeli-Palestinian conflict": a state of affairs
             * named as a topic, not an event between the two) */
            int pair[2], np = 0;
            for (size_t i = (size_t)c->actor_at[cw]; i < c->cands->n && np < 2; i++) {
                const rg_cand *m = &c->cands->c[i];
                if (m->tok_from > cw) break; /* candidates are in text order */
                if (m->tok_from == cw && m->tok_to == cw + 1 && m->entity >= 0 &&
                    !(m->flags & RG_MENTION_MODIFIER) && (np == 0 || pair[0] != m->entity))
                    pair[np++] = m->entity;
            }
            if (np == 2) {
                S_add(c, sent, kind, pair[0], pair[1], 0, "A-B compound + noun", ts, te);
                continue;
            }
        }

        /* "during a visit by Uzbek President Shavkat Mirziyoyev to
         * Washington", "an attack by Hamas on Israel": the agent after
         * "by", the party after the noun's own preposition */
        if (noun && !sym && v_end + 1 < c->b && strcmp(S_lc(c, v_end), "by") == 0) {
            size_t q = v_end + 1;
            if (S_determiner(c, q) && q + 1 < c->b) q++;
            if (c->actor_at[q] >= 0) {
                int agent[MAX_SIDE], obj2[MAX_SIDE], between2;
                size_t na = S_coordinated(c, q, +1, agent, MAX_SIDE);
                size_t after = q;
                while (after < c->b && (c->actor_at[after] >= 0 || strcmp(S_lc(c, after), "and") == 0 ||
                                        strcmp(S_lc(c, after), ",") == 0))
                    after++;
                /* (a place there is its country: "a visit by A to
                 * Nairobi", "an attack by A on Kyiv") */
                c->target_places = 1;
                size_t no2 =
                    after < c->b && *vb->preps ? S_objects(c, after, 0, vb->preps, agent[0], obj2, &between2) : 0;
                c->target_places = 0;
                if (na && no2) {
                    S_add_all(c, sent, kind, agent, na, obj2, no2, 1, "noun + by A + preposition + B", ts, te);
                    continue;
                }
            }
        }
        /* "Mongolia gave Putin a red-carpet welcome", "offered Kyiv
         * support": the one given to stands between the light verb and
         * its noun */
        size_t give = noun && light == NO_LIGHT ? S_give_before(c, v) : NO_TOKEN;
        if (give != NO_TOKEN) {
            light = give;
            size_t q = light + 1;
            if (q < v && S_determiner(c, q)) q++;
            if (q < v && c->actor_at[q] >= 0) {
                int rcpt[MAX_SIDE], giver[MAX_SIDE];
                const char *how = "subject + light verb + B + noun";
                size_t nr = S_coordinated(c, q, +1, rcpt, MAX_SIDE);
                size_t ng = S_subjects(c, light, NO_LIGHT, giver, &how);
                if (nr && ng) {
                    S_add_all(c, sent, kind, giver, ng, rcpt, nr, !sym, "subject + light verb + B + noun", ts, te);
                    continue;
                }
            }
        }
        /* "the deal that Starmer struck with Macron": the relative
         * clause's subject acts on the party after the noun's own
         * preposition there; its light verb ("struck") is no act of its
         * own */
        if (noun && light == NO_LIGHT) {
            int rs[MAX_SIDE], ro[MAX_SIDE], rb;
            size_t nrs = 0, lv = S_relative_light(c, v_end, rs, &nrs);
            if (lv != NO_TOKEN && !S_negated(c, lv)) {
                size_t nro = *vb->preps ? S_objects(c, lv + 1, 0, vb->preps, rs[0], ro, &rb) : 0;
                if (nro) {
                    if (c->trigger_at[lv] >= 0) skip_at = lv;
                    S_add_all(c, sent, kind, rs, nrs, ro, nro, !sym, "noun + that + A + light verb + B", ts, te);
                    continue;
                }
            }
        }
        int subj[MAX_SIDE], obj[MAX_SIDE];
        const char *pattern = noun ? "subject + noun + object" : "subject + verb + object";
        /* from the light verb, when there is one: the words between it
         * and its noun are the predicate ("held a fifth round of talks"),
         * unless they name the noun's agent ("the start of a Trade
         * Department inquiry") */
        size_t from = v;
        if (light != NO_LIGHT && light < v) {
            from = light;
            for (size_t k = light + 1; k < v; k++)
                if (c->actor_at[k] >= 0) from = v;
        }
        size_t ns = S_subjects(c, from, light, subj, &pattern);
        /* "Hamas and Iran-backed Hezbollah": the name joined to the
         * participle by a hyphen is its one agent */
        if (!noun && S_hyphen_agent(c, v) >= 0) {
            subj[0] = S_hyphen_agent(c, v);
            ns = 1;
        }
        if (ns && n_last && last_obj_end != (size_t)-1 && last_obj_end <= v) {
            /* the subject found is the previous trigger's object, and an
             * "and" or "but" follows it: the subject is shared, not that
             * object */
            int shared = 0;
            for (size_t k = last_obj_end; k < v && k < last_obj_end + LEFT_MAX; k++) {
                if (strcmp(S_lc(c, k), "and") == 0 || strcmp(S_lc(c, k), "but") == 0) shared = 1;
                /* a subject of its own after the object: "seized the
                 * Congolese city of Goma, and the Congolese government
                 * accused B" */
                /* (or a body of its own: "and the government in Skopje
                 * accused B") */
                if (shared && (c->actor_at[k] >= 0 ||
                               (S_opens_clause(c, k) && S_lex_word(c->lex, c->seg, c->text, k, 1u << LEX_BODY, 1)))) {
                    shared = 0;
                    break;
                }
            }
            /* (or a place after the object: "met Pope Leo at the Vatican
             * on Friday and asked him": the Vatican is where) */
            int located = 0;
            for (size_t k = last_obj_end;
                 shared && k < v && strcmp(S_lc(c, k), "and") != 0 && strcmp(S_lc(c, k), "but") != 0; k++) {
                if (c->actor_at[k] < 0 || S_actor_entity(c, c->actor_at[k]) != subj[0]) continue;
                size_t f = c->ext_from[c->actor_at[k]];
                if (f > c->a + 1 && S_determiner(c, f - 1)) f--;
                static const char *const at[] = {"at", "in", "near", "to", "from", NULL};
                located = f > c->a && S_lc_in(c, f - 1, at);
                break;
            }
            if (shared && (located || (c->actor_at[last_obj_end - 1] >= 0 &&
                                       S_actor_entity(c, c->actor_at[last_obj_end - 1]) == subj[0]))) {
                memcpy(subj, last_subj, n_last * sizeof *subj);
                ns = n_last;
                pattern = "shared subject of coordinated verbs";
            }
        }
        /* "A and B shook hands and thanked C": a verb right after "and"
         * whose search met the verb before it shares that verb's
         * subjects, when nothing but lower-case words (its object)
         * stands between ("hands") */
        /* (or the last finite verb's with no party after it: "Israel
         * struck a base and accused B") */
        for (int pass = 0; pass < 2 && !ns && !noun; pass++) {
            const int *ls = pass ? bare_subj : last_subj;
            size_t nl = pass ? n_bare : n_last, le = pass ? bare_end : last_obj_end;
            if (!nl || le == (size_t)-1 || v < le + 1) continue;
            size_t k = v;
            while (k > le && rg_tok_wf(c->seg, k - 1, W_AUX)) k--;
            int plain = k > le && strcmp(S_lc(c, k - 1), "and") == 0;
            /* (a gerund after "of" or "for" is the first verb's charge,
             * no clause of its own: "accused B of executing civilians and
             * urged C") */
            static const char *const charge[] = {"of", "for", NULL};
            /* (numbers and names that are no actor are its object's
             * too: "executing at least 40 men in the village of Solenzo") */
            /* (nor is an act's noun there, the first verb's object:
             * "condemned the attacks and called on B to") */
            for (size_t q = le; plain && q + 1 < k; q++)
                if (!(c->seg->tok[q].flags & (T_LOWER | T_NUM | T_CAP)) || c->actor_at[q] >= 0 ||
                    (c->trigger_at[q] >= 0 && !(q > le && S_ing(c, q) && S_lc_in(c, q - 1, charge)) &&
                     !(q > le && S_determiner(c, q - 1) && S_is_noun(c, q, &c->lex->verbs[c->trigger_at[q]]))))
                    plain = 0;
            if (plain) {
                memcpy(subj, ls, nl * sizeof *subj);
                ns = nl;
                pattern = "shared subject of coordinated verbs";
            }
        }
        if (!ns && !noun) {
            ns = S_speaker_after_quote(c, v, subj);
            if (ns) pattern = "speaker of a quotation + and + verb";
        }
        /* ", accusing B of": a participle clause after a comma has the
         * clause's subject, not the nearest name before it ("Sudan cut
         * ties with the UAE, accusing Abu Dhabi of ...") */
        if (!noun && S_participle_after_comma(c, v)) {
            size_t nc = S_clause_subjects(c, last_subj, n_last, v, subj);
            if (nc) {
                ns = nc;
                pattern = "participle clause: the clause's subject";
            }
            /* "Trump announced that Israel and Iran had agreed to a
             * ceasefire, thanking Tehran": a word said (not a deed:
             * "said A struck B, killing 12") after a reported clause is
             * its reporter's */
            if (kind != RG_COOPERATE && kind != RG_AID && kind != RG_RETREAT && kind < RG_SANCTION &&
                (nc = S_reporter_before(c, v, subj)) != 0) {
                ns = nc;
                pattern = "participle clause after a reported clause: its reporter";
            }
        }
        /* "approved a loan to Uzbekistan, a day after signing an
         * agreement with B": a gerund after a preposition of time has the
         * clause's subject, not the clause's object that is nearer */
        size_t head = light != NO_LIGHT && light < v ? light : v;
        /* (any actor nearer is not its subject either: "met the Pope
         * and asked him to help return children deported to Russia,
         * before holding talks with B") */
        if ((!noun || head != v) && S_after_gerund(c, head) && n_last) {
            memcpy(subj, last_subj, n_last * sizeof *subj);
            ns = n_last;
            pattern = "gerund after a preposition: the clause's subject";
        }
        /* "After meeting B in Cairo, A said": a gerund phrase that opens
         * the sentence has the subject of the clause after its comma */
        if (!ns && (!noun || head != v) && head == c->a + 1 && S_after_gerund(c, head)) {
            size_t nf = S_fronted_subjects(c, head, subj);
            if (nf) {
                ns = nf;
                pattern = "opening gerund phrase: the clause's subject after it";
            }
        }
        /* ", and later banned B": a finite verb after a comma and "and"
         * with no subject of its own shares the clause's (not a list's
         * "..., and consulting on financing") */
        if (!noun && !S_ing(c, v) && S_and_after_comma(c, v)) {
            size_t nc = S_speaker_past_modal(c, v, subj);
            if (!nc) nc = S_clause_subjects(c, last_subj, n_last, v, subj);
            if (nc) {
                ns = nc;
                pattern = "shared subject after ', and'";
            }
        }
        if (!noun) {
            size_t nr = S_reporter_and_verb(c, v, kind, subj);
            if (nr) {
                ns = nr;
                pattern = "reported clause + and + spoken act: its reporter";
            }
        }
        /* "stormed the Mexican embassy in Quito to arrest B": an
         * infinitive after the object of a deed of material conflict (or
         * of a summons: "summoned the Japanese ambassador to protest
         * against B") is its purpose, done by the deed's subject (not
         * after a verb whose object does it: "forced B to withdraw") */
        const rg_verb *lvb = last_v != NO_TOKEN ? &c->lex->verbs[c->trigger_at[last_v]] : NULL;
        if (!noun && n_last && lvb && last_obj_end != (size_t)-1 && v > c->a + 1 && last_obj_end < v &&
            strcmp(S_lc(c, v - 1), "to") == 0 && !S_is_noun(c, last_v, lvb) &&
            (lvb->kind >= RG_PROTEST || strcmp(lvb->lemma, "summon") == 0) && !S_object_acts(c, last_v)) {
            int plain = 1;
            for (size_t q = last_obj_end; q + 1 < v && plain; q++)
                plain = c->trigger_at[q] < 0 && c->actor_at[q] < 0 && !(c->seg->tok[q].flags & T_PUNCT) &&
                        !rg_tok_wf(c->seg, q, W_SAY);
            if (plain) {
                memcpy(subj, last_subj, n_last * sizeof *subj);
                ns = n_last;
                pattern = "purpose infinitive after a deed's object: the deed's subject";
            }
        }
        /* the makers of an act of material conflict told (not those of
         * a passive, whose subject is what the act was done to: "two
         * soldiers were killed", "the convoy attacked by B") */
        if (!noun && !sym && ns && S_condemnable(kind) && !(v > c->a && rg_tok_wf(c->seg, v - 1, W_BE)) &&
            !(v_end < c->b && strcmp(S_lc(c, v_end), "by") == 0))
            for (size_t i = 0; i < ns; i++) S_tell(c, sent, subj[i]);
        /* and the makers of a demand ("called for an inquiry": no target
         * needed), what "rejected the demand" after them refers to */
        if (!noun && ns && kind == RG_DEMAND && !(v > c->a && rg_tok_wf(c->seg, v - 1, W_BE)))
            for (size_t i = 0; i < ns; i++) S_tell_in(&c->demanded, sent, subj[i]);
        int between = 0;
        /* symmetric nouns take their parties after between/among/of:
         * "coordination of Russian and US actions" */
        char preps[80];
        /* (by hand: snprintf here was a few percent of a build) */
        size_t pl = strlen(vb->preps);
        memcpy(preps, vb->preps, pl + 1); /* vb->preps: at most 63 bytes, preps 80 */
        if (noun && sym) memcpy(preps + pl, ",of", 4);
        c->target_places = S_at_places(kind);
        c->take_of = S_hostile(kind) || kind == RG_SANCTION;
        c->threat = kind == RG_THREATEN && !noun;
        c->demand = kind == RG_DEMAND && !noun;
        c->praise = kind == RG_SUPPORT && !noun;
        c->subj = subj;
        c->n_subj = noun ? 0 : ns; /* (a noun's subject may be a party: "talks between the two parties") */
        size_t no = S_objects(c, v_end, vb->direct && !noun, preps, ns ? subj[0] : -1, obj, &between);
        c->n_subj = 0;
        if (between == 2 && !(noun && sym)) between = 0;
        /* a symmetric verb's parties after "between", right after it or
         * a time ("the ceasefire agreed between Israel and Hezbollah", "a
         * memorandum to be signed later this week between A and B"; not
         * a noun's: "proposed deregulating air fares between A and B") */
        if (!no && sym && !noun) {
            size_t bw = S_word_after(c, v_end, "between");
            if (bw != NO_TOKEN) no = S_objects(c, bw, 0, "between", ns ? subj[0] : -1, obj, &between);
        }
        c->target_places = c->take_of = c->threat = c->demand = c->praise = 0;
        /* "Eritrean troops fought alongside Ethiopian forces against B":
         * the subject and its allies act together, on the object (not a
         * passive's: "was killed alongside his guards" names victims) */
        if (!noun && ns && S_hostile(kind) && !(v > c->a && rg_tok_wf(c->seg, v - 1, W_BE)) &&
            !(v_end < c->b && strcmp(S_lc(c, v_end), "by") == 0)) {
            int ally[MAX_SIDE];
            size_t nal = S_allies(c, v_end, ally);
            if (nal) {
                S_add_all(c, sent, RG_COOPERATE, subj, ns, ally, nal, 0, "subject + V + alongside B: allies", ts, te);
                if (no) S_add_all(c, sent, kind, ally, nal, obj, no, 1, "alongside A + V + B: A acts on B", ts, te);
            }
        }
        /* "threatened to take military action if the United States and
         * South Korea go ahead", "unless Moscow agrees": the condition's
         * subject is the one threatened */
        if (!no && kind == RG_THREATEN) no = S_condition_subjects(c, v_end, ns ? subj[0] : -1, obj);
        /* "welcomed Japan's support", "welcomed the Ugandan offer": what
         * is welcomed is backed, as "welcomed the deal" (S_judged_decisions) */
        if (no && !noun && kind == RG_CONSULT && strcmp(vb->lemma, "welcome") == 0 && S_welcomes_thing(c, v_end))
            kind = RG_SUPPORT;

        /* passive: "was attacked by A" (not the progressive "have been
         * working": an -ing form is never a passive participle) */
        static const char *const where[] = {"in", "at", "near", "from", NULL};
        if (!noun && v > c->a && !S_ing(c, v)) {
            /* (or a participle right after its patient: "Somali troops
             * backed by AU forces", "rebels supported by Rwanda"; not a
             * place, "a meeting in St. Vincent brokered by", nor a
             * mediator's word, which S_mediators reads) */
            /* (also set off by a comma: "Syrian forces, backed by
             * Russian air strikes, recaptured") */
            size_t pv = v > c->a + 1 && strcmp(S_lc(c, v - 1), ",") == 0 ? v - 1 : v;
            /* (and a noun the patient's name qualifies: "Syrian
             * government forces, backed by") */
            if (pv < v && pv > c->a + 2 && c->actor_at[pv - 1] < 0 && (c->seg->tok[pv - 1].flags & T_LOWER) &&
                c->actor_at[pv - 2] >= 0)
                pv--;
            if (rg_tok_wf(c->seg, v - 1, W_BE) ||
                (c->actor_at[pv - 1] >= 0 && S_past_participle(c, v) && v_end < c->b &&
                 strcmp(S_lc(c, v_end), "by") == 0 && !rg_tok_wf(c->seg, v, W_MEDIATE) &&
                 !(c->ext_from[c->actor_at[pv - 1]] > c->a &&
                   S_lc_in(c, c->ext_from[c->actor_at[pv - 1]] - 1, where)))) {
                int agent[MAX_SIDE], dummy;
                size_t na = S_objects(c, v_end, 0, "by", -1, agent, &dummy);
                /* "was signed by the two sides": a symmetric act's agents
                 * are its parties */
                if (sym && na >= 2) {
                    for (size_t i = 0; i < na; i++)
                        for (size_t j = i + 1; j < na; j++)
                            S_add(c, sent, kind, agent[i], agent[j], 0, "symmetric participle + by A and B", ts, te);
                    continue;
                }
                if (na && ns) {
                    S_add_all(c, sent, kind, agent, na, subj, ns, !sym, "passive: B was V by A", ts, te);
                    continue;
                }
                /* "B was attacked": no agent named; "B was abducted in
                 * Nairobi": the place is where, B no agent */
                if (ns && (!no || (rg_tok_wf(c->seg, v - 1, W_BE) && v_end < c->b && S_lc_in(c, v_end, where) &&
                                   !rg_lexicon__prep_in(vb->preps, S_lc(c, v_end), c->seg->tok[v_end].lclen)))) {
                    /* (the patients right before: "twelve Nigerien soldiers
                     * were killed", not a speaker's "X said 21 people were
                     * killed") */
                    size_t pk = v - 1;
                    while (pk > c->a && (rg_tok_wf(c->seg, pk, W_BE) || rg_tok_wf(c->seg, pk, W_AUX))) pk--;
                    if (S_condemnable(kind) && rg_tok_wf(c->seg, v - 1, W_BE) && c->actor_at[pk] >= 0)
                        for (size_t i = 0; i < ns; i++)
                            if (S_actor_entity(c, c->actor_at[pk]) == subj[i]) S_tell_in(&c->hit, sent, subj[i]);
                    continue;
                }
            }
            /* "a declaration signed by A and B", "the documents were
             * signed on Saturday by A and B": a symmetric act whose agents
             * are its parties */
            size_t by = sym ? S_word_after(c, v_end, "by") : NO_TOKEN;
            if (by != NO_TOKEN && by + 1 < c->b) {
                int agent[MAX_SIDE], dummy;
                size_t na = S_objects(c, by, 0, "by", -1, agent, &dummy);
                for (size_t i = 0; i < na; i++)
                    for (size_t j = i + 1; j < na; j++)
                        S_add(c, sent, kind, agent[i], agent[j], 0, "symmetric participle + by A and B", ts, te);
                if (na >= 2) continue;
            }
        }

        if (between && no >= 2) {
            for (size_t i = 0; i < no; i++)
                for (size_t j = i + 1; j < no; j++)
                    S_add(c, sent, kind, obj[i], obj[j], 0, "trigger + between A and B", ts, te);
            continue;
        }
        if (between) continue; /* "between A and ..." with one party named */
        if (noun && light == NO_LIGHT && !S_possessed(c, v)) {
            /* a bare noun ("the talks with B") names no subject; only its
             * parties after a preposition count when there are two. But
             * an actor right before it is its agent ("Israeli strikes on
             * B", "Saudi-led strikes on B"), and a purpose ("A arrived in
             * Cairo for talks with B") has the clause's subject. at: the
             * token after the agent, before any "-led" */
            size_t at = v;
            /* "Saudi-led coalition airstrikes": one noun may follow "-led" */
            size_t led = at >= c->a + 4 && (c->seg->tok[at - 1].flags & T_LOWER) && c->actor_at[at - 1] < 0 &&
                                 strcmp(S_lc(c, at - 2), "led") == 0
                             ? at - 1
                             : at;
            if (led >= c->a + 3 && strcmp(S_lc(c, led - 1), "led") == 0 && strcmp(S_lc(c, led - 2), "-") == 0)
                at = led - 2;
            size_t agent_from = at > c->a && c->actor_at[at - 1] >= 0 ? c->ext_from[c->actor_at[at - 1]] : c->a;
            if (no && at > c->a && c->actor_at[at - 1] >= 0 && c->ext_to[c->actor_at[at - 1]] == at &&
                !(agent_from > c->a && strcmp(S_lc(c, agent_from - 1), "by") == 0) && !S_negated(c, agent_from)) {
                /* "U.S. and EU sanctions on Iran"; not after "by": "bills
                 * proposed by Congress conflict with" has a verb there;
                 * not when stopped: "blocked EU aid to Ukraine" */
                size_t na = S_coordinated(c, at - 1, -1, subj, MAX_SIDE);
                S_add_all(c, sent, kind, subj, na, obj, no, !sym, "actor + noun + object", ts, te);
            } else if (no) {
                int arrival;
                size_t np = S_purpose_subjects(c, v, subj, &arrival);
                if (np) S_add_all(c, sent, kind, subj, np, obj, no, !sym, "subject + ... for/after + noun + object", ts, te);
                /* "Rubio called on Rwanda to withdraw, during a meeting in
                 * Washington with B": what happened during the clause's
                 * act is its subject's */
                else if (S_during(c, v) && (np = S_clause_subjects(c, last_subj, n_last, v, subj)) != 0)
                    S_add_all(c, sent, kind, subj, np, obj, no, !sym, "during + noun: the clause's subject", ts, te);
                /* "seized the town after days of fighting with B", "agreed
                 * after months of talks with B": the clause's subject */
                else if (S_after_spell(c, v) && (np = S_clause_subjects(c, last_subj, n_last, v, subj)) != 0)
                    S_add_all(c, sent, kind, subj, np, obj, no, !sym, "after days of + noun: the clause's subject", ts,
                              te);
            } else if (kind == RG_CONSULT && !sym) {
                /* "Li Qiang arrived in Australia for a four-day visit": a
                 * visit with no party of its own is to the country of
                 * arrival */
                int arrival;
                size_t np = S_purpose_subjects(c, v, subj, &arrival);
                if (np && arrival >= 0)
                    S_add_all(c, sent, kind, subj, np, &arrival, 1, 1, "subject + arrived in B + for a visit", ts, te);
            }
            continue;
        }
        if (ns && no) {
            /* "Moncada called the OAS an instrument of US interference",
             * "called him a great friend": calling B a thing names B, a
             * judgement, no call */
            size_t o = v + 1 < c->b && strcmp(S_lc(c, v + 1), "the") == 0 ? v + 2 : v + 1;
            if (kind == RG_CONSULT && strcmp(vb->lemma, "call") == 0 && c->trigger_len[v] == 1 && o < c->b &&
                c->actor_at[o] >= 0) {
                size_t e = c->ext_to[c->actor_at[o]];
                if (e + 1 < c->b && (strcmp(S_lc(c, e), "a") == 0 || strcmp(S_lc(c, e), "an") == 0 ||
                                     strcmp(S_lc(c, e), "\"") == 0))
                    kind = S_praise_after(c, e) ? RG_SUPPORT : RG_ACCUSE;
            }
            S_add_all(c, sent, kind, subj, ns, obj, no, !sym, pattern, ts, te);
            /* "U.S. and British warplanes pounded Iraq": the makers of
             * one attack act together (not of other acts: "Russia and
             * China condemned B" is two voices, no dealing between them) */
            if (!sym && ns >= 2 && kind == RG_ASSAULT)
                for (size_t i = 0; i < ns; i++)
                    for (size_t j = i + 1; j < ns; j++)
                        if (subj[i] != subj[j])
                            S_add(c, sent, RG_COOPERATE, subj[i], subj[j], 0, "co-agents of one attack", ts, te);
            /* "a three-way deal with A and B", "trilateral talks with A
             * and B": the others are parties to each other too */
            static const char *const multi[] = {"three-way", "trilateral", "tripartite", "four-way", "quadrilateral",
                                                NULL};
            if (sym && no >= 2 && ((v > c->a && S_lc_in(c, v - 1, multi)) || (v > c->a + 1 && S_lc_in(c, v - 2, multi))))
                for (size_t i = 0; i < no; i++)
                    for (size_t j = i + 1; j < no; j++)
                        S_add(c, sent, kind, obj[i], obj[j], 0, "a three-way noun with A and B", ts, te);
            /* (a possessor's noun inside a phrase, "over Kigali's support
             * for the M23", opens no clause: the clause's subject stays) */
            if (!(noun && light == NO_LIGHT && S_possessed(c, v))) {
                memcpy(last_subj, subj, ns * sizeof *subj);
                n_last = ns;
                last_v = v;
            }
            /* where the object phrase ends */
            last_obj_end = (size_t)-1;
            for (size_t k = v_end; k < c->b && k < v_end + RIGHT_MAX + 4; k++)
                if (c->actor_at[k] >= 0 && S_actor_entity(c, c->actor_at[k]) == obj[no - 1]) {
                    last_obj_end = c->ext_to[c->actor_at[k]];
                    break;
                }
            continue;
        }
        /* "..., a ruling Amnesty called a shameful act", "a move Caracas
         * denounced as piracy": the one judging acts on who made the
         * ruling or move, the clause's subject */
        if (ns && !no && !noun && S_verdict(c, v)) {
            int maker[MAX_SIDE];
            size_t nm = S_verdict_makers(c, sent, subj[0], v, maker);
            /* (with no act read: the last subject, the nearest clause's
             * subject before the comma, the actors opening the sentence) */
            if (!nm && n_last) memcpy(maker, last_subj, (nm = n_last) * sizeof *maker);
            if (!nm) nm = S_clause_subjects(c, last_subj, n_last, v, maker);
            size_t i = 0;
            while (i < nm && maker[i] != subj[0]) i++;
            if (nm && i == nm) {
                /* a move "called" something in apposition is mostly
                 * blamed ("a ruling B called a shameful act"); one
                 * "welcomed" is backed: judgements, not calls or visits */
                rg_kind vk = kind;
                if (kind == RG_CONSULT)
                    vk = strcmp(vb->lemma, "welcome") == 0 || S_praise_after(c, v + c->trigger_len[v]) ? RG_SUPPORT
                                                                                                     : RG_ACCUSE;
                S_add_all(c, sent, vk, subj, ns, maker, nm, 1, "a move/ruling + A + verb: on the clause's subject", ts,
                          te);
                continue;
            }
        }
        /* "Australia, New Zealand and Fiji pledged to fund a centre":
         * a pledge or promise to act, made together, with no party of
         * its own, is an agreement among those who made it (not
         * "A and B approved its offer") */
        size_t inf = v_end; /* "pledged on Wednesday to fund" */
        while (inf < c->b && inf < v_end + 3 && S_lc_in(c, inf, S_time_words)) inf++;
        int joint = ns >= 2 && !sym && kind == RG_AGREE && !noun && inf + 1 < c->b &&
                    strcmp(S_lc(c, inf), "to") == 0 && (c->seg->tok[inf + 1].flags & T_LOWER);
        int recip = ns >= 2 && !sym && S_reciprocal(c, v_end, noun ? light : NO_LIGHT);
        /* "Seoul and Washington began annual military drills": drills
         * held together, at no one named, are the two acting together
         * (not "A and B massed troops along their border": at each other) */
        int massed = ns >= 2 && !sym && noun && strcmp(vb->lemma, "drill") == 0 && !no;
        /* "is to meet X and General Y to discuss security": the
         * infinitive's subject is the first verb's, not its objects */
        int purpose = 0;
        if (sym && !noun && v > c->a + 2 && strcmp(S_lc(c, v - 1), "to") == 0) {
            size_t q = v - 1;
            while (q > c->a && (c->actor_at[q - 1] >= 0 || strcmp(S_lc(c, q - 1), "and") == 0 ||
                                strcmp(S_lc(c, q - 1), ",") == 0))
                q--;
            if (q > c->a + 1 && strcmp(S_lc(c, q - 1), "with") == 0) q--;
            purpose = q > c->a && q + 1 < v && c->trigger_at[q - 1] >= 0 &&
                      !S_is_noun(c, q - 1, &c->lex->verbs[c->trigger_at[q - 1]]);
        }
        if (ns >= 2 && (sym || joint || recip || massed) && !purpose) {
            /* name how the subjects were found unless it was plain */
            const char *how = joint    ? "coordinated subjects + joint pledge"
                              : recip  ? "coordinated subjects + each other / traded noun"
                              : massed ? "coordinated subjects + drills at no one named"
                              : strncmp(pattern, "subject", 7) == 0 ? "coordinated subjects + symmetric trigger"
                                                                     : pattern;
            for (size_t i = 0; i < ns; i++)
                for (size_t j = i + 1; j < ns; j++)
                    S_add(c, sent, massed ? RG_COOPERATE : kind, subj[i], subj[j], 0, how, ts, te);
            /* the subjects go on to a verb after "and": "A and B shook
             * hands and thanked C" */
            memcpy(last_subj, subj, ns * sizeof *subj);
            n_last = ns;
            last_obj_end = v_end;
        } else if (ns && !noun && !no && !S_ing(c, v)) {
            /* a finite verb with no party after it, its subject named (or
             * a pronoun) right before it: "Israel struck a base and
             * accused the group of ..." (not a participle's: "children
             * deported to Russia") */
            size_t k = v;
            while (k > c->a && rg_tok_wf(c->seg, k - 1, W_AUX | W_BE)) k--;
            if (k > c->a && (c->actor_at[k - 1] >= 0 || S_lc_in(c, k - 1, S_subject_pronouns))) {
                memcpy(bare_subj, subj, ns * sizeof *subj);
                n_bare = ns;
                bare_end = v_end;
            }
        }
    }
}

/* "a Russian military aircraft violated Estonian airspace", "four China
 * Coast Guard ships entered Japanese territorial waters", "drones strayed
 * into Poland's airspace": entering another's airspace or waters is a
 * show of force (mobilize) by the verb's subject on the space's owner, a
 * demonym or possessor right before the space's words ("territorial
 * waters", "air defence identification zone"), the verb at most two words
 * before the owner ("into the"). Not negated ("did not enter"). */
static void S_intrusions(S_ctx *c, size_t sent)
{
    static const char *const space_mods[] = {"territorial", "air", "defence", "defense", "identification", "sovereign",
                                             "national", NULL};
    static const char *const enter[] = {"entered", "enters", "entering", "violated", "violates", "violating",
                                        "intruded", "intrudes", "intruding", "strayed", "straying", "breached",
                                        "breaching", "penetrated", "penetrating", "crossed", "crossing", NULL};
    static const char *const fill[] = {"into", "the", NULL};
    for (size_t s = c->a + 2; s < c->b; s++) {
        if (!rg_tok_wf(c->seg, s, W_SPACE) ||
            (strcmp(S_lc(c, s), "zone") == 0 && strcmp(S_lc(c, s - 1), "identification") != 0))
            continue;
        size_t k = s;
        for (int m = 0; m < 4 && k > c->a && S_lc_in(c, k - 1, space_mods); m++) k--;
        if (k > c->a + 1 && (c->seg->tok[k - 1].flags & T_POSS)) k--;
        if (k == c->a || c->actor_at[k - 1] < 0) continue;
        int owner = S_actor_entity(c, c->actor_at[k - 1]);
        size_t v = c->ext_from[c->actor_at[k - 1]];
        for (int m = 0; m < 2 && v > c->a && S_lc_in(c, v - 1, fill); m++) v--;
        if (v == c->a || !S_lc_in(c, v - 1, enter) || S_negated(c, v - 1)) continue;
        int subj[MAX_SIDE];
        const char *how = NULL;
        size_t ns = S_subjects(c, v - 1, NO_LIGHT, subj, &how);
        S_add_all(c, sent, RG_MOBILIZE, subj, ns, &owner, 1, 1, "subject + entered + B's airspace or waters",
                  c->seg->tok[v - 1].start, c->seg->tok[s].end);
    }
}

/* Whether token k is a mediation word (W_MEDIATE), alone or as the
 * last part of a hyphenated compound ("U.S.-brokered", "Qatari-mediated"). */
static int S_mediate_word(const S_ctx *c, size_t k)
{
    if (rg_tok_wf(c->seg, k, W_MEDIATE)) return 1;
    const char *w = S_lc(c, k), *h = strrchr(w, '-');
    return h && h > w && (rg_lexicon__wf(c->lex, h + 1, strlen(h + 1)) & W_MEDIATE);
}

/* Mediators: "a ceasefire brokered by Egypt and Qatar", "a U.S.-brokered
 * deal between A and B", "Oman mediated talks between A and B": the
 * mediator consults each party of the sentence's symmetric cooperation
 * (recorded from index first on), as event coders code a mediator. */
static void S_mediators(S_ctx *c, size_t sent, size_t first)
{
    rg_doc *d = c->doc;
    if (d->n_interactions == first) return;
    /* the parties: the sentence's acts before any mediator was added (a
     * mediator is no party of another's mediation) */
    size_t last = d->n_interactions;
    for (size_t k = c->a; k < c->b; k++) {
        int med[MAX_SIDE], dummy;
        size_t nm = 0, ts = c->seg->tok[k].start, te = c->seg->tok[k].end;
        /* where the talks' trigger must be: before "brokered by M", just
         * after "M mediated" or "M-brokered"; anywhere in the sentence
         * for "M-led talks" */
        size_t from = c->seg->tok[c->a].start, to = ts;
        size_t near = k + 5 < c->b ? k + 5 : c->b - 1;
        /* "after African Union-led talks": a hyphen's agent leading a
         * noun of talks mediates them */
        int hy = strcmp(S_lc(c, k), "led") == 0 ? S_hyphen_agent(c, k) : -1;
        if (hy >= 0 && k + 1 < c->b && c->trigger_at[k + 1] >= 0 &&
            c->lex->verbs[c->trigger_at[k + 1]].kind == RG_CONSULT &&
            S_is_noun(c, k + 1, &c->lex->verbs[c->trigger_at[k + 1]])) {
            med[nm++] = hy;
            to = c->seg->tok[c->b - 1].end;
        }
        if (!nm && !S_mediate_word(c, k)) continue;
        /* a noun of mediation: "under the auspices of M", "mediation by
         * M", "under M's mediation", "with Qatari mediation" (the talks
         * before it) */
        int noun = strcmp(S_lc(c, k), "auspices") == 0 || strcmp(S_lc(c, k), "mediation") == 0;
        if (nm)
            ;
        else if (noun && k + 2 < c->b && (strcmp(S_lc(c, k + 1), "of") == 0 || strcmp(S_lc(c, k + 1), "by") == 0))
            /* (a title before the name: "mediated by former Nigerian
             * president Olusegun Obasanjo") */
            nm = S_objects(c, k + 1, 0, "of,by", -1, med, &dummy);
        else if (noun) {
            if (k > c->a && c->actor_at[k - 1] >= 0) nm = S_coordinated(c, k - 1, -1, med, MAX_SIDE);
            /* "Qatar's mediation between Kinshasa and the M23": the
             * possessor mediates, and the word is the talks' trigger */
            else if (k > c->a + 1 && (c->seg->tok[k - 1].flags & T_POSS) && c->actor_at[k - 2] >= 0)
                nm = S_coordinated(c, k - 2, -1, med, MAX_SIDE);
            if (nm && k + 1 < c->b && strcmp(S_lc(c, k + 1), "between") == 0) {
                from = ts;
                to = c->seg->tok[near].end;
            }
        } else if (S_hyphen_agent(c, k) >= 0 || c->actor_at[k] >= 0) {
            /* "agreed to restore ties with B in a Qatari-brokered deal",
             * "signed a U.S.-brokered deal" (one token, the actor inside
             * the compound): the hyphen's agent mediates the sentence's
             * deal or talks */
            med[nm++] = c->actor_at[k] >= 0 ? S_actor_entity(c, c->actor_at[k]) : S_hyphen_agent(c, k);
            to = c->seg->tok[c->b - 1].end;
        } else if (k + 2 < c->b && strcmp(S_lc(c, k + 1), "by") == 0)
            nm = S_objects(c, k + 1, 0, "by", -1, med, &dummy);
        else if (c->seg->tok[k].flags & T_LOWER) {
            const char *pattern;
            nm = S_subjects(c, k, NO_LIGHT, med, &pattern);
            from = ts; /* "mediate between A and B": the word is the talks' trigger too */
            to = c->seg->tok[near].end;
            /* "held talks on Friday, with Turkey's foreign minister
             * hosting the meeting": the talks are before "with" */
            if (nm && S_ing(c, k) && c->actor_at[k - 1] >= 0) {
                size_t f = c->ext_from[c->actor_at[k - 1]];
                if (f > c->a && strcmp(S_lc(c, f - 1), "with") == 0) {
                    from = c->seg->tok[c->a].start;
                    to = c->seg->tok[f - 1].start;
                }
            }
        }
        for (size_t i = first; i < last && nm; i++) {
            rg_interaction x = d->interactions[i]; /* S_add may move the array */
            if (x.directed || x.sentence != sent || x.trigger_start < from || x.trigger_start >= to ||
                !(x.kind == RG_AGREE || x.kind == RG_CONSULT || x.kind == RG_COOPERATE))
                continue;
            for (size_t j = 0; j < nm; j++) {
                if (med[j] == x.source || med[j] == x.target) continue;
                S_add(c, sent, RG_CONSULT, med[j], x.source, 0, "mediator of A and B", ts, te);
                S_add(c, sent, RG_CONSULT, med[j], x.target, 0, "mediator of A and B", ts, te);
            }
        }
    }
}

/* The entity of the actor covering token k, when it can take part in
 * an act (not a news medium); else -1. */
static int S_party_at(const S_ctx *c, size_t k)
{
    int e = S_actor_entity(c, c->actor_at[k]);
    return e >= 0 && !c->media[e] ? e : -1;
}

/* Whether entities x and y are one side: a person and their own country,
 * a national body or state organ and its country. An armed group, party
 * or firm based in a country is not its side ("Somali forces fought
 * al-Shabaab", "Colombia resumed talks with the ELN"). */
static int S_same_side(const S_ctx *c, int x, int y)
{
    const rg_entity *a = &c->doc->entities[x], *b = &c->doc->entities[y];
    if (c->body_country[x] == y || c->body_country[y] == x) return 1;
    return (a->type == RG_PERSON && a->affiliation && strcmp(a->affiliation, b->key) == 0) ||
           (b->type == RG_PERSON && b->affiliation && strcmp(b->affiliation, a->key) == 0);
}

static const char *const S_prepositions[] = {"about", "over", "regarding", "concerning", "on", "in", "from", "by",
                                             "under", "near", NULL};
/* words that open another clause: of time, cause or contrast (another
 * act's: "deployed troops as Israeli forces withdrew"), and relative,
 * conditional or reported (a noun's or a verb's clause) */
static const char *const S_relative_openers[] = {"that", "which", "who", "where", "if", "unless", "whether", NULL};

static int S_subordinator(const S_ctx *c, size_t k)
{
    return S_lc_in(c, k, S_adverbial_openers) || S_lc_in(c, k, S_relative_openers);
}

/* Whether the actor at token k only qualifies a thing after it: a
 * demonym or abbreviated country name before a common noun that is no
 * body, title, organ, people or act ("Canadian wheat", "Italian banking
 * consortium", "U.S. dollar"; not "Canadian officials", "U.S.
 * attacks"). */
static int S_qualifies_thing(const S_ctx *c, size_t k)
{
    const rg_cand *m = &c->cands->c[c->actor_at[k]];
    if (c->doc->entities[m->entity].type != RG_COUNTRY) return 0;
    /* a demonym or an abbreviation ("U.S."); a country's name before a
     * lower-case word is mostly its act's ("struck Ukraine overnight") */
    if (m->lex_kind != LEX_DEMONYM && !(c->seg->tok[m->tok_to - 1].flags & T_ABBR)) return 0;
    size_t q = c->ext_to[c->actor_at[k]];
    if (q >= c->b || !(c->seg->tok[q].flags & T_LOWER) || c->trigger_at[q] >= 0 || c->actor_at[q] >= 0) return 0;
    if (rg_tok_wf(c->seg, q, W_STOP | W_AUX | W_BE | W_NEG | W_SAY | W_PAST | W_PERSON_NOUN | W_ORGAN | W_REFUSE))
        return 0;
    if (S_lex_word(c->lex, c->seg, c->text, q, (1u << LEX_TITLE) | (1u << LEX_BODY), 0)) return 0;
    const char *w = S_lc(c, q);
    size_t n = c->seg->tok[q].lclen;
    return !(n > 3 && strcmp(w + n - 2, "ed") == 0); /* "Canada agreed" */
}

/* Whether the word at k is in the noun phrase right after "according
 * to" (up to four words on, none a preposition or clause word). */
static int S_according_to(const S_ctx *c, size_t k)
{
    for (size_t j = k, back = 0; j > 1 && back < 5; back++) {
        j--;
        if (strcmp(rg_tok_lc(c->seg, j), "to") == 0)
            return strcmp(rg_tok_lc(c->seg, j - 1), "according") == 0;
        if (rg_tok_wf(c->seg, j, W_STOP) || !(c->seg->tok[j].flags & T_WORD) ||
            c->seg->tok[j].sent != c->seg->tok[k].sent)
            return 0;
    }
    return 0;
}

/* Whether "called" or "calling" at k names rather than phones: "in what
 * the Pentagon called a routine transit", "calling the conduct unsafe",
 * "called it a provocation". A call is made to someone: "called the
 * Japanese premier", "called the president" have an actor or a title
 * after them. lim: the sentence's end. */
static int S_call_names(const S_ctx *c, const rg_verb *vb, size_t k, size_t lim)
{
    static const char *const it[] = {"it", "this", "that", "them", "these", "those", NULL};
    const rg_seg *s = c->seg;
    if (strcmp(vb->lemma, "call") != 0 || !(s->tok[k].flags & T_LOWER) ||
        (strcmp(rg_tok_lc(s, k), "called") != 0 && strcmp(rg_tok_lc(s, k), "calling") != 0))
        return 0;
    for (size_t j = k, back = 0; j > 0 && back < 4; back++) {
        j--;
        if (s->tok[j].sent != s->tok[k].sent || !(s->tok[j].flags & T_WORD)) break;
        if (strcmp(rg_tok_lc(s, j), "what") == 0) return 1;
    }
    if (k + 1 < lim && S_lc_in(c, k + 1, it)) return 1;
    return k + 2 < lim && S_determiner(c, k + 1) && c->actor_at[k + 2] < 0 && (s->tok[k + 2].flags & T_LOWER) &&
           !S_lex_word(c->lex, s, c->text, k + 2, (1u << LEX_TITLE) | (1u << LEX_BODY), 0);
}

/* Whether the verb at v follows "and" or "but" right after a name (a
 * comma between or not): "consult China and Russia, but warned B" is
 * the first verb's subject's, not its object's. */
static int S_verb_after_object(const S_ctx *c, size_t v)
{
    if (v < c->a + 2 || !(strcmp(S_lc(c, v - 1), "and") == 0 || strcmp(S_lc(c, v - 1), "but") == 0)) return 0;
    size_t k = v - 2;
    if (strcmp(S_lc(c, k), ",") == 0 && k > c->a) k--;
    return c->actor_at[k] >= 0;
}

/* The fallback for the verb trigger at v (see S_fallback). */
static void S_fallback_at(S_ctx *c, size_t sent, size_t v)
{
    const rg_verb *vb = &c->lex->verbs[c->trigger_at[v]];
    int neg = S_negated(c, v);
    if (S_is_noun(c, v, vb) || (neg && neg != 2)) return; /* "oil demand from China" */
    /* a present form in -s is a noun unless a name is right before it:
     * "positive signs", "recent signs Japan was" (not "Japan signs") */
    size_t n = c->seg->tok[v].lclen;
    if (c->trigger_len[v] == 1 && n > 3 && S_lc(c, v)[n - 1] == 's' && (v == c->a || c->actor_at[v - 1] < 0)) return;
    /* after a number or an article, an adjective: "26 alleged cartel
     * leaders", "the alleged plot"; after "to", what is said, wanted or
     * judged, not done ("said it was wrong to attack B"); after "and", a
     * verb sharing an earlier verb's subject ("to abandon B and recognise
     * C") */
    int refused = neg == 2; /* "refused to sign B": a rejection of B */
    /* a passive's subject is acted on ("Eastern was fined ...,
     * American was penalized"); its agent after "by" is a pattern's */
    if (v > c->a && rg_tok_wf(c->seg, v - 1, W_BE) && !S_ing(c, v)) return;
    if (v > c->a && ((c->seg->tok[v - 1].flags & T_NUM) || S_determiner(c, v - 1) ||
                     (strcmp(S_lc(c, v - 1), "to") == 0 && !refused) ||
                     S_verb_after_object(c, v)))
        return;
    int src = -1;
    size_t sk = v;
    while (sk > c->a && sk + FALLBACK_LEFT > v && src < 0) src = S_party_at(c, --sk);
    if (src < 0 || S_qualifies_thing(c, sk) || S_backer(c, sk) || S_speaker_in_relative(c, sk, v)) return;
    /* the subject opens its clause: not an object or an adjunct ("freed
     * hostages from Chad and ...", "abandon B and recognise C", "exploded
     * under Kenya's embassy") */
    for (size_t k = c->ext_from[c->actor_at[sk]], back = 0; k > c->a && back < 3; back++) {
        k--;
        if (c->trigger_at[k] >= 0 || S_lc_in(c, k, S_prepositions)) return;
        if (!S_determiner(c, k) && !(c->seg->tok[k].flags & T_LOWER)) break;
        if (S_subordinator(c, k) || strcmp(S_lc(c, k), "and") == 0) break;
    }
    /* (not "warned that B would ...", "demanding that B stop": a demand,
     * threat or accusation is about the clause's subject) */
    int about = vb->kind == RG_DEMAND || vb->kind == RG_THREATEN || vb->kind == RG_ACCUSE;
    int comma_and = 0; /* after ", and": perhaps another clause's subject */
    for (size_t k = v + c->trigger_len[v]; k < c->b && k < v + FALLBACK_RIGHT; k++) {
        /* another clause: "deployed troops as Israeli forces withdrew" */
        if (S_subordinator(c, k) && !(about && strcmp(S_lc(c, k), "that") == 0)) return;
        if (c->trigger_at[k] >= 0 && !S_is_noun(c, k, &c->lex->verbs[c->trigger_at[k]])) return; /* its own act */
        if (strcmp(S_lc(c, k), "and") == 0 && k > v + 1 && strcmp(S_lc(c, k - 1), ",") == 0) comma_and = 1;
        int e = S_party_at(c, k);
        if (e < 0) continue;
        size_t end = c->ext_to[c->actor_at[k]];
        /* "mocked the ruling on social media, and Venezuela's government
         * condemned the transfer": the subject of the next clause (its
         * verb, perhaps after auxiliaries, right after it) */
        if (comma_and) {
            size_t q = end;
            while (q < c->b && q < end + 2 && rg_tok_wf(c->seg, q, W_AUX)) q++;
            if (q < c->b && ((c->trigger_at[q] >= 0 && !S_is_noun(c, q, &c->lex->verbs[c->trigger_at[q]])) ||
                             rg_tok_wf(c->seg, q, W_SAY | W_PAST) || S_past_participle(c, q)))
                return;
        }
        if (end < c->b && rg_tok_wf(c->seg, end, W_SAY)) return; /* ", the FBI said" */
        if (S_according_to(c, k)) return;                         /* "according to the FBI" */
        /* after a preposition that is not the verb's, a topic, a place or
         * an origin, not a party: "spoke with B about Syria", "drugs from
         * Venezuela" (but "strikes on B") */
        size_t f = c->ext_from[c->actor_at[k]];
        if (f - 1 > v && S_determiner(c, f - 1)) f--;
        if (f - 1 > v && S_lc_in(c, f - 1, S_prepositions) &&
            !rg_lexicon__prep_in(vb->preps, S_lc(c, f - 1), c->seg->tok[f - 1].lclen)) {
            k = end - 1;
            continue;
        }
        if (S_qualifies_thing(c, k) || S_alongside(c, k) || S_backer(c, k)) {
            k = end - 1;
            continue;
        }
        /* a verb that takes no direct object takes its party after its
         * own preposition: "fired rockets at B", not "fired the coach of
         * B", "withdrew from B", not "withdrew a bid for B" */
        if (!vb->direct && !vb->sym &&
            !(f - 1 > v && rg_lexicon__prep_in(vb->preps, S_lc(c, f - 1), c->seg->tok[f - 1].lclen)))
            return;
        /* "recognised the importance of the Ugandan market": a topic */
        if (f - 2 > v && strcmp(S_lc(c, f - 1), "of") == 0 && S_lc_in(c, f - 2, S_topic_words)) return;
        /* "fired Senegal's coach", "frozen out of Uganda's oil project" */
        if (S_owns_thing(c, k, c->b)) return;
        /* both sides with those coordinated with them: "Poland and
         * Hungary refused to sign a joint EU declaration" */
        int obj[MAX_SIDE], subj[MAX_SIDE];
        size_t no = S_coordinated(c, k, +1, obj, MAX_SIDE), ns = S_coordinated(c, sk, -1, subj, MAX_SIDE);
        for (size_t h = 0; h < ns; h++)
            for (size_t i = 0; i < no; i++)
                if (subj[h] >= 0 && obj[i] >= 0 && obj[i] != subj[h] && !c->media[subj[h]] && !c->media[obj[i]] &&
                    !S_same_side(c, subj[h], obj[i]))
                    S_add_as(c, RG_TIER_FALLBACK, sent, refused ? RG_REJECT : vb->kind, subj[h], obj[i],
                             refused || !vb->sym, "fallback: actor before the verb + actor after it",
                             c->seg->tok[v].start, c->seg->tok[v + c->trigger_len[v] - 1].end);
        return;
    }
}

/* A sentence where no pattern found an act (a lead's clause the
 * patterns do not reach): for each verb, the actor nearest before it
 * acts on the first actor after it (with those coordinated with it),
 * within the verb's clause, not a topic or place ("about Syria", "in
 * Geneva") or a speech attribution (", the FBI said"). With the lead
 * tier's, these guesses are about three in five right on the event sets,
 * where the patterns' are nine in ten; the pattern name says which is
 * which (rg_tier). Interactions from first on are the sentence's. */
static void S_fallback(S_ctx *c, size_t sent, size_t first)
{
    /* only where no pattern found anything: a sentence a pattern read is
     * one whose other verbs it had reasons to pass over */
    if (c->doc->n_interactions != first) return;
    for (size_t v = c->a; v < c->b; v++)
        if (c->trigger_at[v] >= 0) S_fallback_at(c, sent, v);
}

#define LEAD_SENTENCES 2 /* a document's lead (S_lead_pairs) */
#define LEAD_PARTIES 5   /* more parties in a sentence make a list */
#define LEAD_TOKENS 200  /* a longer "sentence" is a table or a run-on, no lead */
/* prepositions before a place or topic, no party of the lead's act */
static const char *const S_place_preps[] = {"about", "over", "regarding", "concerning", "in", "from", "under",
                                            "near", NULL};

/* Whether a and b (at tokens lo < hi), parties of a first sentence
 * whose acts interactions [first, read_to) are, make a pair the patterns
 * left out: countries or people (a group there is more often where or
 * whose than who), one of them in one of those acts (or the country of
 * a person who is: "congratulated Uganda's X") and the other in none
 * ("..., with China, India and Brazil abstaining": no pair among the
 * left-out), in one clause (not across "as", "while", "but", ";"; a
 * relative clause is its noun's: "a move that angered B"), not after
 * "to" ("flew to the White House for talks with B": where, not who).
 * (S_lead_pairs makes none where an act was stopped: "blocked Ugandan
 * aid to B".) */
static int S_joins(const S_ctx *c, int a, int b, size_t lo, size_t hi, size_t first, size_t read_to)
{
    const rg_entity *x = &c->doc->entities[a], *y = &c->doc->entities[b];
    if (x->type == RG_GROUP || y->type == RG_GROUP) return 0;
    int ta = 0, tb = 0;
    for (size_t q = first; q < read_to; q++) {
        const rg_interaction *w = &c->doc->interactions[q];
        for (int side = 0; side < 2; side++) {
            int e = side ? w->target : w->source;
            const char *aff = c->doc->entities[e].affiliation;
            ta |= e == a || (aff && strcmp(aff, x->key) == 0);
            tb |= e == b || (aff && strcmp(aff, y->key) == 0);
        }
    }
    if (ta == tb) return 0; /* both in the acts, or neither: "..., with China, India and Brazil abstaining" */
    for (size_t k = lo; k < hi; k++)
        if (S_lc_in(c, k, S_adverbial_openers) || S_clause_mark(c, k)) return 0;
    size_t f[2] = {c->ext_from[c->actor_at[lo]], c->ext_from[c->actor_at[hi]]};
    for (int s = 0; s < 2; s++) {
        size_t k = f[s];
        if (k > c->a && S_determiner(c, k - 1)) k--;
        if (k > c->a && strcmp(S_lc(c, k - 1), "to") == 0) return 0;
    }
    return 1;
}

/* Whether the actors at tokens lo and hi are a person and his
 * organisation: the organisation before the person's title ("UN human
 * rights chief Volker Turk", "Hamas political leader X"), "the RSF, led
 * by X", or "X of the Government of National Unity" (a member and his
 * organisation are no pair of the lead's: one side; "Rupert Murdoch's
 * News Corp" is S_lead_pairs' whose). */
static int S_org_of_person(const S_ctx *c, size_t lo, size_t hi)
{
    int g = S_actor_entity(c, c->actor_at[lo]), p = S_actor_entity(c, c->actor_at[hi]);
    size_t from = c->ext_to[c->actor_at[lo]], to = c->ext_from[c->actor_at[hi]];
    if (to < from) return 0;
    if (c->doc->entities[g].type == RG_PERSON && c->doc->entities[p].type == RG_GROUP) {
        /* "Prime Minister X of the Tripoli-based Government of National
         * Unity": a person of the organisation after him */
        if (to - from > 5 || strcmp(S_lc(c, from), "of") != 0) return 0;
        for (size_t k = from + 1; k < to; k++)
            if (c->trigger_at[k] >= 0 || c->actor_at[k] >= 0 || strcmp(S_lc(c, k), ",") == 0) return 0;
        return 1;
    }
    if (c->doc->entities[g].type != RG_GROUP || c->doc->entities[p].type != RG_PERSON) return 0;
    /* "the RSF, led by Mohamed Hamdan Dagalo": its leader */
    static const char *const led[] = {"led", "headed", "founded", "commanded", "chaired", NULL};
    size_t q = from;
    if (q < to && strcmp(S_lc(c, q), ",") == 0) q++;
    if (q + 2 == to && S_lc_in(c, q, led) && strcmp(S_lc(c, q + 1), "by") == 0) return 1;
    if (to - from > 3) return 0;
    for (size_t k = from; k < to; k++)
        if (!(c->seg->tok[k].flags & T_LOWER) || c->trigger_at[k] >= 0) return 0;
    return 1;
}

/* A lead sentence (one of the first LEAD_SENTENCES of a document)
 * where neither a pattern nor the fallback found an act, though a verb
 * or noun of the table stands there unnegated: every two parties of the
 * sentence are taken to interact, undirected, typed by the first such
 * act between them (else the nearest). A news lead states who did what
 * to whom, so the parties it names around an act are mostly that act's
 * ("Kenya's government and the opposition Unity Front resumed talks
 * under Ugandan mediation"); further down, and in transcripts,
 * sentences name countries as topics and lists ("in Syria, Ukraine and
 * Afghanistan"), so the tier stops at the lead. A lead with a negated
 * act ("did not meet B at the summit") gives nothing.
 *
 * Not parties: a place or topic after a preposition ("in Ukraine",
 * "about Syria"), a demonym qualifying a thing ("Canadian wheat"), the
 * possessor of a thing ("one of South Africa's big mining companies") or
 * of a person ("Uganda's Tomas Vandle"), the source of an attribution
 * (", the agriculture ministry said"), a news medium. No pair of one
 * side (a person and their country), of one country (a leader and the
 * party or committee of his country: more often membership than an act,
 * where no pattern says otherwise), or of a person and his organisation
 * (S_org_of_person). A sentence naming more than LEAD_PARTIES parties is
 * a list, not a dyad: nothing (and the pairs stay few); a sentence of
 * more than LEAD_TOKENS tokens is no lead (a table, a run-on line).
 *
 * In the first sentence, where patterns read some acts, the countries
 * and people they left out are paired too (S_joins): "Kenya signed a
 * defence pact with Uganda, a move that angered Chad". With the
 * fallback's, these guesses are about three in five right on the event
 * sets, where the patterns' are nine in ten (rg_tier). */
/* The token of whichever of a (at ta) and b (at tb) is in none of the
 * acts [first, read_to). */
static size_t S_joined_side(const S_ctx *c, int a, int b, size_t ta, size_t tb, size_t first, size_t read_to)
{
    for (size_t q = first; q < read_to; q++) {
        const rg_interaction *w = &c->doc->interactions[q];
        if (w->source == a || w->target == a) return tb;
        if (w->source == b || w->target == b) return ta;
    }
    return ta;
}

/* Whether the actor at token lo and entity other are objects of one
 * verb, coordinated right after it ("neutralised 22 Boko Haram and
 * ISWAP fighters", "met A and B"): co-patients, who do nothing to each
 * other. Up to three numbers, articles or lower-case words may stand
 * between the verb and the list. */
static int S_co_objects(const S_ctx *c, size_t lo, int other)
{
    int side[MAX_SIDE];
    size_t ns = S_coordinated(c, lo, +1, side, MAX_SIDE), h = 1;
    while (h < ns && side[h] != other) h++;
    if (h == ns) return 0;
    size_t k = c->ext_from[c->actor_at[lo]];
    for (int steps = 0; k > c->a && steps < 4; steps++) {
        k--;
        if (c->trigger_at[k] >= 0) return !S_is_noun(c, k, &c->lex->verbs[c->trigger_at[k]]);
        if (c->actor_at[k] >= 0 || rg_tok_wf(c->seg, k, W_STOP) ||
            !(c->seg->tok[k].flags & (T_LOWER | T_NUM)))
            return 0;
    }
    return 0;
}

/* Whether the actor at token lo and entity other are coordinated
 * subjects of a passive ("Rwandan President X and Burundi's President Y
 * were killed when their plane was shot down"): co-patients, who do
 * nothing to each other. */
static int S_co_patients(const S_ctx *c, size_t lo, int other)
{
    int side[MAX_SIDE];
    size_t ns = S_coordinated(c, lo, +1, side, MAX_SIDE), h = 1;
    while (h < ns && side[h] != other) h++;
    if (h == ns) return 0;
    /* the token after the list's last member */
    size_t k = lo;
    for (size_t seen = 0; k < c->b && seen < ns;) {
        if (c->actor_at[k] >= 0) {
            seen++;
            k = c->ext_to[c->actor_at[k]];
        } else
            k++;
    }
    if (k < c->b && rg_tok_wf(c->seg, k, W_AUX) && !rg_tok_wf(c->seg, k, W_BE)) k++; /* "have been" */
    return k + 1 < c->b && rg_tok_wf(c->seg, k, W_BE) && S_past_participle(c, k + 1);
}

static void S_lead_pairs(S_ctx *c, size_t sent, size_t first)
{
    int joined = c->doc->n_interactions != first;
    size_t read_to = c->doc->n_interactions; /* the patterns' acts (not the pairs added below) */
    /* (a speaker label is a sentence of its own, no part of the lead:
     * "Reuters: Australian Prime Minister Scott Morrison said ...") */
    if (sent >= LEAD_SENTENCES + 4) return;
    size_t lead = sent;
    for (size_t i = 0; i < c->seg->n_labels && c->seg->labels[i].sentence < sent; i++) lead--;
    if (lead >= LEAD_SENTENCES || (joined && lead != 0) || c->b - c->a > LEAD_TOKENS) return;
    /* the parties first: a list stops the search early, so a sentence
     * of a million tokens costs little here */
    int party[LEAD_PARTIES];
    size_t at[LEAD_PARTIES], n = 0;
    for (size_t k = c->a; k < c->b; k++) {
        int cand = c->actor_at[k];
        if (cand < 0) continue;
        int e = S_party_at(c, k);
        size_t f = c->ext_from[cand];
        if (f > c->a && S_determiner(c, f - 1)) f--;
        if (f > c->a && S_compass(S_lc(c, f - 1))) f--; /* "from eastern Congo" */
        int topic = f > c->a && S_lc_in(c, f - 1, S_place_preps);
        /* (but "under Ugandan mediation", "in Russian strikes": the
         * act's agent) */
        if (topic && c->ext_to[cand] < c->b && c->trigger_at[c->ext_to[cand]] >= 0) topic = 0;
        /* ", the agriculture department said": the source, no party
         * (an acronym in parentheses may stand between: ", the Joint
         * Chiefs of Staff (JCS) said") */
        size_t q = c->ext_to[cand];
        if (q + 3 < c->b && strcmp(S_lc(c, q), "(") == 0 && strcmp(S_lc(c, q + 2), ")") == 0) q += 3;
        /* (and one in apposition after the act it reports: "captured
         * X, the top U.S. administrator in Iraq, L. Paul Bremer,
         * announced"; not before it: "The ICC's prosecutor, Karim Khan,
         * said he was seeking warrants" is his act) */
        if (q + 1 < c->b && strcmp(S_lc(c, q), ",") == 0 && rg_tok_wf(c->seg, q + 1, W_SAY)) {
            int reported = 0;
            for (size_t u = c->a; u < f && !reported; u++) reported = c->trigger_at[u] >= 0;
            if (reported) q++;
        }
        int speaker = q < c->b && rg_tok_wf(c->seg, q, W_SAY) && f > c->a && strcmp(S_lc(c, f - 1), ",") == 0;
        /* ("according to Human Rights Watch", "according to a UN
         * report": the source) */
        if (S_according_to(c, k)) speaker = 1;
        /* (and both of ", South Korea's Joint Chiefs of Staff said") */
        if (!speaker) {
            if (q + 1 < c->b && (c->seg->tok[q].flags & T_POSS) && c->actor_at[q + 1] >= 0 && f > c->a &&
                strcmp(S_lc(c, f - 1), ",") == 0) {
                size_t q2 = c->ext_to[c->actor_at[q + 1]];
                speaker = q2 < c->b && rg_tok_wf(c->seg, q2, W_SAY);
            } else if (f > c->a && (c->seg->tok[f].flags & T_POSS) && c->actor_at[f - 1] >= 0 && q < c->b &&
                       rg_tok_wf(c->seg, q, W_SAY)) {
                size_t f2 = c->ext_from[c->actor_at[f - 1]];
                if (f2 > c->a && S_determiner(c, f2 - 1)) f2--;
                speaker = f2 > c->a && strcmp(S_lc(c, f2 - 1), ",") == 0;
            }
        }
        /* "the Joint Chiefs of Staff (JCS) said": the acronym is the
         * name before it again, a speaker or not as that name is */
        if (f > c->a + 1 && strcmp(S_lc(c, f - 1), "(") == 0 && q < c->b && strcmp(S_lc(c, q), ")") == 0 &&
            c->actor_at[f - 2] >= 0 && S_actor_entity(c, c->actor_at[f - 2]) == e) {
            if (c->ext_to[cand] > k + 1) k = c->ext_to[cand] - 1;
            continue;
        }
        /* "congratulated Uganda's Tomas Vandle": whose the person is;
         * "Ivan Boesky's Seemala Corp": whose the organisation is */
        rg_type next_type = q + 1 < c->b && (c->seg->tok[q].flags & T_POSS) && c->actor_at[q + 1] >= 0
                                ? c->doc->entities[S_actor_entity(c, c->actor_at[q + 1])].type
                                : RG_PLACE;
        int whose =
            next_type == RG_PERSON || (next_type == RG_GROUP && e >= 0 && c->doc->entities[e].type == RG_PERSON);
        if (e >= 0 && !topic && !speaker && !whose && !S_qualifies_thing(c, k) && !S_owns_thing(c, k, c->b) &&
            !S_backer(c, k)) {
            size_t i = 0;
            while (i < n && party[i] != e) i++;
            if (i == n) {
                if (n == LEAD_PARTIES) return; /* a list */
                party[n] = e;
                at[n++] = k;
            }
        }
        if (c->ext_to[cand] > k + 1) k = c->ext_to[cand] - 1;
    }
    if (n < 2) return;
    size_t act = c->b; /* the first live act */
    for (size_t v = c->a; v < c->b; v++) {
        if (c->trigger_at[v] < 0) continue;
        /* "did not meet B during the summit", "is due to hold talks
         * with B": the lead's act is denied or not yet done (a noun's
         * negation is its light verb's) */
        int receive = 0;
        size_t light = S_is_noun(c, v, &c->lex->verbs[c->trigger_at[v]]) ? S_verb_before(c, v, &receive, 0) : NO_LIGHT;
        int ng = S_negated(c, v), lng = light != NO_LIGHT ? S_negated(c, light) : 0;
        if (ng == 4 || lng == 4) continue; /* a condition's act: the lead's is elsewhere */
        if (ng || lng) return;
        if (act == c->b) act = v;
    }
    if (act == c->b) return;
    /* no joined pairs where an act was stopped: "blocked Ugandan aid to B" */
    for (size_t v = c->a; joined && v < c->b; v++)
        if (c->trigger_at[v] >= 0 && rg_tok_wf(c->seg, v, W_NEG)) return;
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            const rg_entity *x = &c->doc->entities[party[i]], *y = &c->doc->entities[party[j]];
            /* two of one country are one side, save its state's organ
             * and an armed group or the opposition there: "pitted the
             * Nigerian army against Boko Haram" (not a leader and his
             * party, a parliament and a party, a regulator and a firm) */
            int state_vs_armed = (c->armed[party[i]] && c->organ[party[j]]) ||
                                 (c->armed[party[j]] && c->organ[party[i]]);
            if (S_same_side(c, party[i], party[j]) || (x->affiliation && y->affiliation &&
                                                       strcmp(x->affiliation, y->affiliation) == 0 && !state_vs_armed))
                continue;
            size_t lo = at[i] < at[j] ? at[i] : at[j], hi = at[i] < at[j] ? at[j] : at[i];
            if (joined && !S_joins(c, party[i], party[j], lo, hi, first, read_to)) continue;
            if (S_org_of_person(c, lo, hi)) continue;
            if (S_co_objects(c, lo, at[i] == lo ? party[j] : party[i])) continue;
            if (S_co_patients(c, lo, at[i] == lo ? party[j] : party[i])) continue;
            size_t v = lo;
            while (v < hi && c->trigger_at[v] < 0) v++;
            /* none between, or a joined pair: the act nearest the pair
             * (for a joined pair, nearest the party left out: its act,
             * not the one the patterns read) */
            size_t near_lo = lo, near_hi = hi;
            if (joined) near_lo = near_hi = S_joined_side(c, party[i], party[j], at[i], at[j], first, read_to);
            if (v == hi || joined) {
                size_t best = act, dist = (size_t)-1;
                for (size_t u = c->a; u < c->b; u++) {
                    if (c->trigger_at[u] < 0) continue;
                    size_t d = u < near_lo ? near_lo - u : u > near_hi ? u - near_hi : 0;
                    if (d < dist) {
                        dist = d;
                        best = u;
                    }
                }
                v = best;
            }
            /* two parties named together ("Ugandan and Congolese troops
             * killed 17 rebels") share the act: against a third they
             * act together, in deed or in word (with no third, the act
             * is between them: "A and B massed troops along their
             * border") */
            rg_kind kind = c->lex->verbs[c->trigger_at[v]].kind;
            if (kind >= RG_DEMAND) {
                int side[MAX_SIDE];
                size_t ns = S_coordinated(c, lo, +1, side, MAX_SIDE);
                int together = 0, third = 0;
                for (size_t q = 1; q < ns; q++) together |= side[q] == (at[i] == lo ? party[j] : party[i]);
                for (size_t q = 0; q < n && together && !third; q++) {
                    size_t h = 0;
                    while (h < ns && side[h] != party[q]) h++;
                    third = h == ns;
                }
                if (together && third) kind = kind >= RG_PROTEST ? RG_COOPERATE : RG_AGREE;
            }
            /* "France, whose forces have been fighting alongside the
             * Chadians": allies */
            if (S_hostile(kind) && (S_alongside(c, at[i]) || S_alongside(c, at[j]))) kind = RG_COOPERATE;
            S_add_as(c, RG_TIER_LEAD, sent, kind, party[i], party[j], 0,
                     joined ? "lead: a country or person no pattern joined" : "lead: parties of an act no pattern read",
                     c->seg->tok[v].start, c->seg->tok[v + c->trigger_len[v] - 1].end);
        }
}

/* For a verb at token v whose lemma is in lemmas and whose object
 * opens with "the" ("condemned the attack", "rejected the resolution"):
 * the token after "the"; NO_TOKEN for any other token. */
static size_t S_verb_the(const S_ctx *c, size_t v, const char *const *lemmas)
{
    if (c->trigger_at[v] < 0) return NO_TOKEN;
    const rg_verb *vb = &c->lex->verbs[c->trigger_at[v]];
    if (vb->noun) return NO_TOKEN;
    size_t k = v + c->trigger_len[v];
    return S_str_in(vb->lemma, lemmas) && k + 1 < c->b && strcmp(S_lc(c, k), "the") == 0 ? k + 1 : NO_TOKEN;
}

/* Whether a pattern read the verb at token v among interactions [first,
 * n) of the sentence (it found a party of its own). */
static int S_verb_read(const S_ctx *c, size_t v, size_t first)
{
    for (size_t i = first; i < c->doc->n_interactions; i++)
        if (c->doc->interactions[i].trigger_start == c->seg->tok[v].start) return 1;
    return 0;
}

/* What a sentence told before offset end, among its interactions
 * [first, n): the makers of its acts of material conflict (TOLD_ACTS), of
 * its measures (TOLD_MEASURES: directed sanction or coerce acts), the
 * parties of its agreements (TOLD_DEALS), the makers of its directed
 * demands (TOLD_DEMANDS; S_sentence adds the subjects of demands with no
 * target) or its accusers (TOLD_CLAIMS: directed accusations a pattern
 * read), as the sentence loop records them for the next sentences. */
enum { TOLD_ACTS, TOLD_MEASURES, TOLD_DEALS, TOLD_DEMANDS, TOLD_CLAIMS };
static void S_tell_what(struct S_told *t, size_t sent, const rg_interaction *x, int what)
{
    if (what == TOLD_ACTS && x->directed && S_condemnable(x->kind)) S_tell_in(t, sent, x->source);
    if (what == TOLD_MEASURES && x->directed && (x->kind == RG_SANCTION || x->kind == RG_COERCE))
        S_tell_in(t, sent, x->source);
    if (what == TOLD_DEMANDS && x->directed && x->kind == RG_DEMAND && x->tier == RG_TIER_PATTERN)
        S_tell_in(t, sent, x->source);
    if (what == TOLD_CLAIMS && x->directed && x->kind == RG_ACCUSE && x->tier == RG_TIER_PATTERN)
        S_tell_in(t, sent, x->source);
    if (what == TOLD_DEALS && x->kind == RG_AGREE && x->tier == RG_TIER_PATTERN) {
        S_tell_in(t, sent, x->source);
        S_tell_in(t, sent, x->target);
    }
}

/* Whether record t, told in an earlier sentence, is near enough for
 * sentence sent to refer back to it (CONDEMNED_BACK sentences at most)
 * and holds between 1 and TOLD_MAX makers. */
static int S_told_recent(const struct S_told *t, size_t sent)
{
    return t->n > 0 && t->n <= TOLD_MAX && t->sent < sent && t->sent + CONDEMNED_BACK >= sent;
}

static struct S_told S_told_here(const S_ctx *c, size_t sent, size_t first, size_t end, int what)
{
    struct S_told t = {sent, 0, {0}};
    for (size_t i = first; i < c->doc->n_interactions; i++)
        if (c->doc->interactions[i].trigger_end <= end) S_tell_what(&t, sent, &c->doc->interactions[i], what);
    return t;
}

/* "Boko Haram fighters attacked Gajiram ... Governor Zulum condemned
 * the attack": an act named by "the" and its noun after a verb of
 * condemning, with no party of its own in this sentence, is the one told
 * in the last sentence before that told one (up to CONDEMNED_BACK
 * back), and the condemner accuses its makers (c->told_before: the
 * subjects of its verbs of those kinds, the sources of its directed
 * interactions of those kinds, the body and its country where S_roll_up
 * made both). Nothing where the verb found an object of its own
 * ("condemned the Houthi attack", "condemned Israel's strikes") or the
 * noun has its maker after it ("the attack by B"). Interactions [first,
 * n) are this sentence's. */
static void S_condemned_acts(S_ctx *c, size_t sent, size_t first)
{
    const rg_seg *seg = c->seg;
    const struct S_told *before = &c->told_before;
    int told = S_told_recent(before, sent);
    /* (or earlier in this sentence: "NATO bombed B on Monday, and Russia
     * condemned the attack"; acts this sentence read, cheap to look for) */
    if (!told && S_told_here(c, sent, first, (size_t)-1, TOLD_ACTS).n == 0) return;
    for (size_t v = c->a; v + 2 < c->b; v++) {
        size_t h = S_verb_the(c, v, S_condemn_lemmas);
        /* (or a verb that names it, a characterisation after: "called
         * the strikes \"a heinous act of war\"", "described the attack
         * as cowardly", "branded the raid a war crime") */
        int naming = h == NO_TOKEN && c->trigger_at[v] < 0 && S_lc_in(c, v, S_name_verbs) &&
                     strcmp(S_lc(c, v + 1), "the") == 0;
        if (naming) h = v + 2;
        if (h == NO_TOKEN) continue;
        rg_kind kind = naming ? RG_ACCUSE : c->lex->verbs[c->trigger_at[v]].kind;
        size_t v_end = naming ? v + 1 : v + c->trigger_len[v];
        /* up to two lower-case words before the noun ("the deadly
         * suicide attack"), none an actor or a trigger */
        size_t k = h - 1;
        while (h < c->b && h < k + 3 && c->trigger_at[h] < 0 && c->actor_at[h] < 0 &&
               (seg->tok[h].flags & T_LOWER) && !rg_tok_wf(seg, h, W_STOP))
            h++;
        if (h >= c->b || c->trigger_at[h] < 0 || c->actor_at[h] >= 0) continue;
        if (!S_condemnable(c->lex->verbs[c->trigger_at[h]].kind)) continue;
        size_t e = h + c->trigger_len[h];
        if ((e < c->b && strcmp(S_lc(c, e), "by") == 0) || S_verb_read(c, v, first)) continue;
        /* (a naming verb names it right after: a quotation, "as", or "a"
         * or "an" and the name; praise backs it) */
        if (naming) {
            if (e >= c->b || !(S_quote(c, e) || strcmp(S_lc(c, e), "as") == 0 || strcmp(S_lc(c, e), "a") == 0 ||
                               strcmp(S_lc(c, e), "an") == 0))
                continue;
            if (S_praise_after(c, e)) kind = RG_SUPPORT;
        }
        /* the makers of this sentence's acts before the verb, else those
         * of the last sentence's */
        struct S_told t = S_told_here(c, sent, first, seg->tok[v].start, TOLD_ACTS);
        if (t.n == 0 && told) t = *before;
        if (t.n == 0 || t.n > TOLD_MAX) continue;
        int subj[MAX_SIDE];
        const char *how = NULL;
        size_t ns = S_subjects(c, v, NO_LIGHT, subj, &how);
        /* (not the condemner's own side: "Tusk called the incursion a
         * provocation" after Poland's act of the same sentence) */
        for (size_t i = 0; i < ns; i++)
            for (size_t j = 0; j < t.n; j++)
                if (subj[i] != t.who[j] && !S_same_side(c, subj[i], t.who[j]))
                    S_add(c, sent, kind, subj[i], t.who[j], 1, "condemned act = the last act told", seg->tok[v].start,
                          seg->tok[v_end - 1].end);
    }
}

/* "Al-Shabaab gunmen stormed a hotel in Mogadishu ... The al-Qaeda-linked
 * group claimed responsibility": who claims an act of material conflict
 * (or "claimed the attack", "claimed Friday's bombing") with no party of
 * its own after it made it, on the parties it hit: those of this
 * sentence before the claim, else of the last sentence that told some
 * (c->hit_before, CONDEMNED_BACK sentences at most). Not a denied claim
 * ("has not claimed the attack"), nor where the claimant already acts in
 * this sentence ("claimed responsibility for an attack on B"). */
/* The countries of the places (and the countries named after "in")
 * of a sentence that tells an act of material conflict (a condemnable
 * trigger), into c->where. */
static void S_where_told(S_ctx *c, size_t sent)
{
    int act = 0;
    for (size_t k = c->a; k < c->b && !act; k++)
        act = c->trigger_at[k] >= 0 && S_condemnable(c->lex->verbs[c->trigger_at[k]].kind);
    if (!act) return;
    for (size_t k = c->a; k < c->b; k++) {
        if (c->place_country[k] >= 0 && (k == c->a || c->place_country[k - 1] != c->place_country[k]))
            S_tell_in(&c->where, sent, c->place_country[k]);
        int e = S_party_at(c, k);
        if (e >= 0 && c->ext_from[c->actor_at[k]] == k && k > c->a && strcmp(S_lc(c, k - 1), "in") == 0 &&
            c->doc->entities[e].type == RG_COUNTRY)
            S_tell_in(&c->where, sent, e);
    }
}

static void S_claimed_acts(S_ctx *c, size_t sent, size_t first)
{
    const rg_seg *seg = c->seg;
    for (size_t v = c->a + 1; v + 1 < c->b; v++) {
        if (strcmp(S_lc(c, v), "claimed") != 0 || S_negated(c, v)) continue;
        size_t h = v + 1;
        /* (an act named anew is no act told before: "claimed
         * responsibility for a suicide bombing in Pulwama that killed") */
        if (strcmp(S_lc(c, h), "responsibility") == 0 && h + 2 < c->b && strcmp(S_lc(c, h + 1), "for") == 0 &&
            (strcmp(S_lc(c, h + 2), "a") == 0 || strcmp(S_lc(c, h + 2), "an") == 0))
            continue;
        if (strcmp(S_lc(c, h), "responsibility") != 0) {
            /* (the act's noun after an article or a possessive day, and
             * up to two words: "claimed the twin suicide bombings") */
            if (!S_determiner(c, h) && !(seg->tok[h].flags & T_POSS) &&
                !(h + 1 < c->b && (seg->tok[h + 1].flags & T_POSS)))
                continue;
            h += (seg->tok[h].flags & T_POSS) ? 1 : (h + 1 < c->b && (seg->tok[h + 1].flags & T_POSS)) ? 2 : 1;
            size_t words = h + 2;
            while (h < c->b && h < words && c->trigger_at[h] < 0 && (seg->tok[h].flags & T_LOWER)) h++;
            if (h >= c->b || c->trigger_at[h] < 0 || !S_condemnable(c->lex->verbs[c->trigger_at[h]].kind)) continue;
        }
        int subj[MAX_SIDE];
        const char *how = NULL;
        size_t ns = S_subjects(c, v, NO_LIGHT, subj, &how);
        if (ns != 1) continue;
        int own = 0;
        for (size_t i = first; i < c->doc->n_interactions && !own; i++) {
            const rg_interaction *x = &c->doc->interactions[i];
            own = x->source == subj[0] && S_condemnable(x->kind);
        }
        if (own) continue;
        const struct S_told *t = c->hit.n ? &c->hit : S_told_recent(&c->hit_before, sent) ? &c->hit_before : NULL;
        /* (no party hit: "gunmen attacked people at Lido beach in
         * Mogadishu ... Al-Shabaab claimed responsibility" is on the one
         * country the act was done in) */
        if (!t) t = c->where.n ? &c->where : S_told_recent(&c->where_before, sent) ? &c->where_before : NULL;
        if (!t || t->n > (t == &c->where || t == &c->where_before ? 1 : TOLD_MAX)) continue;
        for (size_t j = 0; j < t->n; j++)
            if (!S_same_side(c, subj[0], t->who[j]) && !c->media[t->who[j]])
                S_add(c, sent, RG_ASSAULT, subj[0], t->who[j], 1, "claimed responsibility: the act told before",
                      seg->tok[v].start, seg->tok[h].end);
        return;
    }
}

/* "..., a move the State Department described as a constructive step",
 * "a ruling B termed a farce", "a move B called a transparent effort to
 * ...": a verb that names what the apposition's act was (no trigger:
 * "described X as" alone is no act, "called" here names) has
 * the judge before it (S_verdict) act on the clause's makers: support
 * where words of praise follow, else accuse. */
static void S_characterised(S_ctx *c, size_t sent)
{
    for (size_t v = c->a + 3; v < c->b; v++) {
        if (c->trigger_at[v] >= 0 || !S_lc_in(c, v, S_name_verbs) || !S_verdict(c, v)) continue;
        size_t k = S_judge_end(c, v); /* (S_verdict: an actor ends there) */
        int judge[MAX_SIDE], maker[MAX_SIDE];
        size_t nj = S_coordinated(c, k - 1, -1, judge, MAX_SIDE);
        size_t nm = S_verdict_makers(c, sent, judge[0], v, maker);
        rg_kind kind = S_praise_after(c, v + 1) ? RG_SUPPORT : RG_ACCUSE;
        for (size_t i = 0; i < nj; i++)
            for (size_t j = 0; j < nm; j++)
                if (!S_same_side(c, judge[i], maker[j]))
                    S_add(c, sent, kind, judge[i], maker[j], 1,
                          "a move/ruling + A + described as: on the clause's subject", c->seg->tok[v].start,
                          c->seg->tok[v].end);
    }
}

/* Verbs that judge a measure or a deal after the fact, and the nouns
 * that name one. */
static const char *const S_judge_lemmas[] = {"reject", "welcome", "condemn", "denounce", "criticize", "slam",
                                             "hail", "praise", "decry", "deplore", "applaud", "dismiss",
                                             "endorse", "rebuff", "lambast", "castigate", "oppose", "deny",
                                             NULL};
static const char *const S_measure_nouns[] = {"sanctions", "resolution", "measures", "measure", "ban", "decision",
                                              "ruling", "verdict", "sentence", "sentences", "expulsion", "arrest",
                                              "arrests", "indictment", "order", "warrants", "warrant", "move",
                                              "charges", "designation", NULL};
static const char *const S_deal_nouns[] = {"deal", "agreement", "accord", "treaty", "pact", "ceasefire", "truce",
                                           "accords", NULL};
static const char *const S_demand_nouns[] = {"demand", "demands", "call", "calls", "request", "requests",
                                             "ultimatum", NULL};
/* what an accuser says ("the charge" alone; "the charges" are a measure) */
static const char *const S_claim_nouns[] = {"accusation", "accusations", "allegation", "allegations", "charge",
                                            "claim", "claims", "criticism", NULL};

/* "The Security Council voted to impose sanctions on North Korea ...
 * North Korea's envoy rejected the resolution", "A and B signed a
 * ceasefire ... C welcomed the deal", "A called for an inquiry ... B
 * rejected the demand", "A accused B of ... B denied the accusation": a
 * verb that judges, whose object is "the" (and up to two words) and a
 * noun naming a measure, a deal, a demand or a claim, with no party of
 * its own in this sentence, judges the makers of the measures (directed
 * sanction or coerce acts), the parties of the agreements, the makers of
 * the demands or the accusers told in the last sentence before that told
 * one (up to CONDEMNED_BACK back). A welcome is support. */
static void S_judged_decisions(S_ctx *c, size_t sent, size_t first)
{
    const rg_seg *seg = c->seg;
    for (size_t v = c->a; v + 2 < c->b; v++) {
        size_t h = S_verb_the(c, v, S_judge_lemmas);
        if (h == NO_TOKEN) continue;
        const rg_verb *vb = &c->lex->verbs[c->trigger_at[v]];
        size_t k = h - 1;
        while (h < c->b && h < k + 3 && c->actor_at[h] < 0 && (seg->tok[h].flags & T_LOWER) &&
               !rg_tok_wf(seg, h, W_STOP) && !S_lc_in(c, h, S_measure_nouns) && !S_lc_in(c, h, S_deal_nouns) &&
               !S_lc_in(c, h, S_demand_nouns) && !S_lc_in(c, h, S_claim_nouns))
            h++;
        if (h >= c->b || c->actor_at[h] >= 0 || !(seg->tok[h].flags & T_LOWER)) continue;
        int what = S_lc_in(c, h, S_measure_nouns)  ? TOLD_MEASURES
                   : S_lc_in(c, h, S_deal_nouns)   ? TOLD_DEALS
                   : S_lc_in(c, h, S_demand_nouns) ? TOLD_DEMANDS
                   : S_lc_in(c, h, S_claim_nouns)  ? TOLD_CLAIMS
                                                   : -1;
        /* (an infinitive after its subject is no judgement made: "urged
         * the court to reject the request"; "continued to oppose the
         * deal" is) */
        if (what < 0 || (v > c->a + 1 && strcmp(S_lc(c, v - 1), "to") == 0 && c->actor_at[v - 2] >= 0)) continue;
        /* (nor a judgement denied: "did not admit or deny the charges") */
        if (S_negated(c, v)) continue;
        /* (this sentence's before the verb first: "the United States
         * began enforcing a ban on Iraqi flights, and Baghdad denounced
         * the move"; a demand's makers this sentence told are in
         * c->demanded) */
        struct S_told here = what == TOLD_DEMANDS ? c->demanded : S_told_here(c, sent, first, seg->tok[v].start, what);
        const struct S_told *t = here.n ? &here
                                 : what == TOLD_MEASURES ? &c->decided_before
                                 : what == TOLD_DEALS    ? &c->agreed_before
                                 : what == TOLD_CLAIMS   ? &c->claimed_before
                                                         : &c->demanded_before;
        if (t == &here ? t->n == 0 || t->n > TOLD_MAX : !S_told_recent(t, sent)) continue;
        /* (the noun's own party after it: "the sanctions on B", "the
         * deal with B" is the patterns') */
        if ((h + 2 < c->b && c->actor_at[h + 1] < 0 && c->actor_at[h + 2] >= 0) || S_verb_read(c, v, first)) continue;
        int subj[MAX_SIDE];
        const char *how = NULL;
        size_t ns = S_subjects(c, v, NO_LIGHT, subj, &how);
        rg_kind kind = vb->kind == RG_CONSULT ? RG_SUPPORT : vb->kind; /* "welcomed the deal" */
        for (size_t i = 0; i < ns; i++)
            for (size_t j = 0; j < t->n; j++)
                if (!S_same_side(c, subj[i], t->who[j]))
                    S_add(c, sent, kind, subj[i], t->who[j], 1, "judged measure, deal, demand or claim = the last told",
                          seg->tok[v].start, seg->tok[v + c->trigger_len[v] - 1].end);
    }
}

/* ", an attack condemned by Baghdad and Washington", "in a move swiftly
 * condemned by the United Nations", "The verdict was condemned by B":
 * an article and a noun naming an act (a trigger of a condemnable kind,
 * or a seizure of power) or a measure, then perhaps "was" or "were" and
 * an adverb, then a verb of condemning as a participle and "by": the
 * agents after "by" accuse the makers of the acts (or the measures) this
 * sentence told before the noun, else those of the last sentence that
 * told one (up to CONDEMNED_BACK back). Interactions [first, n) are this
 * sentence's. */
static void S_condemned_by(S_ctx *c, size_t sent, size_t first)
{
    static const char *const seizures[] = {"coup", "putsch", "takeover", NULL};
    const rg_seg *seg = c->seg;
    for (size_t v = c->a + 2; v + 2 < c->b; v++) {
        if (c->trigger_at[v] < 0 || c->trigger_len[v] != 1 || strcmp(S_lc(c, v + 1), "by") != 0) continue;
        const rg_verb *vb = &c->lex->verbs[c->trigger_at[v]];
        size_t vl = seg->tok[v].lclen;
        if (vb->noun || !S_str_in(vb->lemma, S_condemn_lemmas) || vl < 3 || strcmp(S_lc(c, v) + vl - 2, "ed") != 0)
            continue; /* ("condemned", "denounced": the participle) */
        size_t h = v - 1;
        if (h > c->a && (seg->tok[h].flags & T_LOWER) && seg->tok[h].lclen > 4 &&
            strcmp(S_lc(c, h) + seg->tok[h].lclen - 2, "ly") == 0)
            h--; /* "swiftly" */
        if (h > c->a && (strcmp(S_lc(c, h), "was") == 0 || strcmp(S_lc(c, h), "were") == 0)) h--;
        if (h <= c->a || !(seg->tok[h].flags & T_LOWER) || c->actor_at[h] >= 0 || !S_determiner(c, h - 1)) continue;
        int measure = S_lc_in(c, h, S_measure_nouns);
        int act = S_lc_in(c, h, seizures) ||
                  (c->trigger_at[h] >= 0 && S_condemnable(c->lex->verbs[c->trigger_at[h]].kind));
        if (!measure && !act) continue;
        size_t k = v + 2;
        if (k < c->b && strcmp(S_lc(c, k), "the") == 0) k++;
        if (k >= c->b || c->actor_at[k] < 0) continue;
        int agent[MAX_SIDE];
        size_t na = S_coordinated(c, k, +1, agent, MAX_SIDE);
        struct S_told here = S_told_here(c, sent, first, seg->tok[h].start, act ? TOLD_ACTS : TOLD_MEASURES);
        if (!here.n && act && measure) here = S_told_here(c, sent, first, seg->tok[h].start, TOLD_MEASURES);
        const struct S_told *t = here.n ? &here : act ? &c->told_before : &c->decided_before;
        if (t == &here ? t->n == 0 || t->n > TOLD_MAX : !S_told_recent(t, sent)) continue;
        S_add_all(c, sent, vb->kind, agent, na, t->who, t->n, 1, "an act + condemned by A = the last act told",
                  seg->tok[v].start, seg->tok[v].end);
    }
}

/* "Ethiopia and Eritrea signed a peace agreement. The deal, brokered by
 * the OAU and witnessed by Kofi Annan, ...": a sentence that opens with
 * "the", up to two words and a noun of a deal, then a mediation word and
 * "by" (over a comma, "was" or "were"), and that tells no agreement of
 * its own, has the mediators consult each party of the agreements told
 * in the last sentence that told one (up to CONDEMNED_BACK back), as
 * S_mediators does within one sentence. */
static void S_deal_mediators(S_ctx *c, size_t sent, size_t first)
{
    size_t k = c->body_a;
    if (k + 4 >= c->b || strcmp(S_lc(c, k), "the") != 0) return;
    size_t h = k + 1;
    while (h < c->b && h < k + 3 && !S_lc_in(c, h, S_deal_nouns) && (c->seg->tok[h].flags & T_LOWER) &&
           c->actor_at[h] < 0)
        h++;
    if (h >= c->b || !S_lc_in(c, h, S_deal_nouns)) return;
    size_t m = h + 1;
    while (m < c->b && m < h + 3 && (strcmp(S_lc(c, m), ",") == 0 || strcmp(S_lc(c, m), "was") == 0 ||
                                     strcmp(S_lc(c, m), "were") == 0))
        m++;
    if (m + 2 >= c->b || !S_mediate_word(c, m) || strcmp(S_lc(c, m + 1), "by") != 0) return;
    if (S_told_here(c, sent, first, (size_t)-1, TOLD_DEALS).n) return; /* (S_mediators' then) */
    const struct S_told *t = &c->agreed_before;
    if (t->n < 2 || !S_told_recent(t, sent)) return;
    int med[MAX_SIDE], dummy;
    size_t nm = S_objects(c, m + 1, 0, "by", -1, med, &dummy);
    for (size_t i = 0; i < nm; i++)
        for (size_t j = 0; j < t->n; j++)
            if (med[i] != t->who[j])
                S_add(c, sent, RG_CONSULT, med[i], t->who[j], 0, "mediator of the deal told before",
                      c->seg->tok[m].start, c->seg->tok[m].end);
}

/* "said he held the Lebanese government responsible", "holds Syria and
 * Iran, the group's main backers, responsible": a form of "hold", then
 * within HELD_GAP tokens "responsible" or "accountable", with parties
 * between (the first right after the verb, perhaps after "the"): the
 * verb's subjects accuse them. */
#define HELD_GAP 10
static void S_held_responsible(S_ctx *c, size_t sent)
{
    static const char *const hold[] = {"hold", "holds", "held", "holding", NULL};
    static const char *const blame[] = {"responsible", "accountable", NULL};
    for (size_t v = c->a + 1; v + 2 < c->b; v++) {
        if (!S_lc_in(c, v, hold)) continue;
        size_t k = v + 1;
        if (strcmp(S_lc(c, k), "the") == 0) k++;
        if (k >= c->b || c->actor_at[k] < 0) continue;
        size_t r = k;
        while (r < c->b && r < v + HELD_GAP && !S_lc_in(c, r, blame) && c->trigger_at[r] < 0 &&
               !rg_tok_wf(c->seg, r, W_SAY))
            r++;
        if (r >= c->b || !S_lc_in(c, r, blame)) continue;
        int subj[MAX_SIDE], obj[MAX_SIDE];
        const char *how = NULL;
        size_t ns = S_subjects(c, v, NO_LIGHT, subj, &how);
        size_t no = S_coordinated(c, k, +1, obj, MAX_SIDE);
        for (size_t i = 0; i < ns; i++)
            for (size_t j = 0; j < no; j++)
                if (!S_same_side(c, subj[i], obj[j]))
                    S_add(c, sent, RG_ACCUSE, subj[i], obj[j], 1, "subject + held B responsible",
                          c->seg->tok[v].start, c->seg->tok[r].end);
    }
}

/* "Prime Minister John Major said Sinn Fein leader Gerry Adams must
 * condemn the attack", "Advani said Islamabad must rein them in": a
 * speaker who says another party must or should act demands it of that
 * party (the reported clause's subject, right after the speech verb, its
 * "that" or a time, or a few lower-case words and "that": "told
 * reporters that"; or opening a second reported clause, "said Washington
 * would consider it but that Turkey must present evidence", up to
 * SAID_THAT_MAX tokens on). */
#define SAID_THAT_MAX 25
static void S_said_must_at(S_ctx *c, size_t sent, size_t k, size_t q);
static void S_said_must(S_ctx *c, size_t sent)
{
    for (size_t k = c->a + 1; k + 3 < c->b; k++) {
        if (!rg_tok_wf(c->seg, k, W_SAY) || !(c->seg->tok[k].flags & T_LOWER)) continue;
        size_t q = S_time_fwd(c, k + 1);
        /* "told reporters that", "said in a statement that": a few
         * lower-case words, no party, before the "that" */
        for (size_t j = q; j < c->b && j < q + 4 && c->actor_at[j] < 0 && (c->seg->tok[j].flags & T_LOWER); j++)
            if (strcmp(S_lc(c, j), "that") == 0) {
                q = j;
                break;
            }
        if (q < c->b && strcmp(S_lc(c, q), "that") == 0) q++;
        S_said_must_at(c, sent, k, q);
        for (size_t j = k + 2; j + 1 < c->b && j < k + SAID_THAT_MAX && !rg_tok_wf(c->seg, j, W_SAY); j++)
            if (strcmp(S_lc(c, j), "that") == 0 &&
                (strcmp(S_lc(c, j - 1), "but") == 0 || strcmp(S_lc(c, j - 1), "and") == 0))
                S_said_must_at(c, sent, k, j + 1);
    }
}

/* For the speech verb at k and a reported clause whose subject starts
 * at q: the demand when that subject is a party and "must" or "should"
 * follows it. */
static void S_said_must_at(S_ctx *c, size_t sent, size_t k, size_t q)
{
    static const char *const modal[] = {"must", "should", NULL};
    if (q >= c->b || c->actor_at[q] < 0 || c->ext_from[c->actor_at[q]] < q) return;
    size_t e = c->ext_to[c->actor_at[q]];
    if (e + 1 >= c->b || !S_lc_in(c, e, modal) || !(c->seg->tok[e + 1].flags & T_LOWER)) return;
    int who = S_actor_entity(c, c->actor_at[q]), subj[MAX_SIDE];
    const char *how = NULL;
    size_t ns = S_subjects(c, k, NO_LIGHT, subj, &how);
    /* "Boucher welcomed the withdrawal but said Syria must": after
     * "and" or "but", the subject of the verb of the clause before
     * (its name, then that verb, then lower-case words; ten tokens) */
    if (!ns && k > c->a + 2 && (strcmp(S_lc(c, k - 1), "and") == 0 || strcmp(S_lc(c, k - 1), "but") == 0))
        for (size_t j = k - 1, steps = 0; j > c->a && steps < 10; steps++) {
            j--;
            if (c->actor_at[j] >= 0) {
                size_t verb = c->ext_to[c->actor_at[j]];
                if (verb + 1 < k && c->trigger_at[verb] >= 0 &&
                    !S_is_noun(c, verb, &c->lex->verbs[c->trigger_at[verb]]))
                    ns = S_subjects(c, verb, NO_LIGHT, subj, &how);
                break;
            }
            if (!(c->seg->tok[j].flags & T_LOWER)) break;
        }
    /* (not on the speaker's own country: "the LDP said Japan must open
     * its markets" is a view of policy at home) */
    const char *whokey = c->doc->entities[who].key;
    for (size_t i = 0; i < ns; i++)
        if (!S_same_side(c, subj[i], who) &&
            !(c->doc->entities[subj[i]].affiliation && strcmp(c->doc->entities[subj[i]].affiliation, whokey) == 0))
            S_add(c, sent, RG_DEMAND, subj[i], who, 1, "speaker + said + B must/should", c->seg->tok[k].start,
                  c->seg->tok[k].end);
}

/* Words before a verb that make its act one still to come or only
 * asked for ("would designate", "asked India to extradite"). */
static const char *const S_unrealised[] = {"will", "would", "could", "may", "might", "should", "to", NULL};

/* "The United States designated Ecuador's Los Choneros and Los Lobos
 * gangs as foreign terrorist organisations", "X was designated a global
 * terrorist by the UN Security Council", "the gang, which the United
 * States designated a terrorist organisation": a listing as terrorists is a
 * sanction on the groups or people listed (not on a country that only
 * qualifies them). Not one planned or asked for ("would designate",
 * "urged Washington to designate"; "voted to designate" is done). The
 * word "terrorist" is looked for DESIGNATE_SPAN tokens on. */
#define DESIGNATE_SPAN 20
static void S_designations(S_ctx *c, size_t sent)
{
    static const char *const designate[] = {"designate", "designated", "designates", "designating", NULL};
    static const char *const done[] = {"voted", "decided", "moved", "agreed", NULL};
    static const char *const which[] = {"which", "whom", "who", NULL};
    for (size_t v = c->a + 1; v < c->b; v++) {
        if (!S_lc_in(c, v, designate) || !(c->seg->tok[v].flags & T_LOWER) || S_negated(c, v)) continue;
        int pass = rg_tok_wf(c->seg, v - 1, W_BE);
        if (!pass && S_lc_in(c, v - 1, S_unrealised) &&
            !(strcmp(S_lc(c, v - 1), "to") == 0 && v > c->a + 1 && S_lc_in(c, v - 2, done)))
            continue;
        size_t term = 0;
        for (size_t k = v + 1; k < c->b && k <= v + DESIGNATE_SPAN && !term; k++) {
            if (strcmp(S_lc(c, k), ";") == 0) break;
            if (strncmp(S_lc(c, k), "terror", 6) == 0) term = k;
        }
        if (!term) continue;
        int who[MAX_SIDE], by[MAX_SIDE];
        size_t nw = 0, nb = 0;
        const char *how = NULL;
        /* the listed: the groups and people between the verb and the
         * word, or in the passive the subject's, with the agent after
         * "by" */
        for (size_t k = v + 1; k < term && nw < MAX_SIDE; k++) {
            int e = S_party_at(c, k);
            if (e >= 0 && c->doc->entities[e].type != RG_COUNTRY && (nw == 0 || who[nw - 1] != e)) who[nw++] = e;
        }
        if (pass) {
            size_t ns = S_subjects(c, v - 1, NO_LIGHT, who, &how);
            nw = 0;
            for (size_t i = 0; i < ns; i++)
                if (who[i] >= 0 && c->doc->entities[who[i]].type != RG_COUNTRY) who[nw++] = who[i];
            for (size_t k = term + 1; k < c->b && k < term + 6 && !nb; k++)
                if (strcmp(S_lc(c, k), "by") == 0)
                    for (size_t q = k + 1; q < c->b && q < k + 4 && !nb; q++)
                        if (S_party_at(c, q) >= 0) by[nb++] = S_party_at(c, q);
        } else {
            nb = S_subjects(c, v, NO_LIGHT, by, &how);
            /* "the gang, which the United States designated ...": the
             * listed is the party right before the relative pronoun */
            if (!nw && nb)
                for (size_t k = v; k-- > c->a + 1 && k + 6 > v && !nw;)
                    if (S_lc_in(c, k, which)) {
                        size_t q = k - 1;
                        if (q > c->a && strcmp(S_lc(c, q), ",") == 0) q--;
                        int e = S_party_at(c, q);
                        if (e >= 0 && c->doc->entities[e].type != RG_COUNTRY) who[nw++] = e;
                    }
        }
        size_t ts = c->seg->tok[v].start, te = c->seg->tok[v].end;
        for (size_t i = 0; i < nb; i++)
            for (size_t j = 0; j < nw; j++)
                if (by[i] >= 0 && by[i] != who[j] && !S_same_side(c, by[i], who[j]))
                    S_add(c, sent, RG_SANCTION, by[i], who[j], 1, "A designated B as terrorists", ts, te);
    }
}

/* "Ecuador extradited gang leader X to the United States", "Colombia
 * extradited to the United States X", "X was extradited from Haiti to the
 * United States": the state that hands a person over and the state that
 * receives him cooperate, and the receiver takes him into custody
 * (coerce; the sender's own arrest of him is the verb's object, read as
 * any verb's, or after "from" in the passive). Not an extradition asked
 * for, refused or to come ("asked India to extradite X", "would be
 * extradited"). Looks EXTRADITE_SPAN tokens on from the verb, and a
 * passive's person 8 tokens before it. */
#define EXTRADITE_SPAN 24
static void S_extraditions(S_ctx *c, size_t sent)
{
    for (size_t v = c->a + 1; v < c->b; v++) {
        if (c->trigger_at[v] < 0) continue;
        const rg_verb *vb = &c->lex->verbs[c->trigger_at[v]];
        if (vb->noun || strcmp(vb->lemma, "extradite") != 0 || S_negated(c, v)) continue;
        int pass = rg_tok_wf(c->seg, v - 1, W_BE);
        size_t m = pass && v > c->a + 1 ? v - 2 : v - 1;
        if (S_lc_in(c, m, S_unrealised)) continue; /* ("would be extradited", "asked India to extradite") */
        int dest = -1, from = -1, who = -1;
        for (size_t k = v + 1; k < c->b && k < v + EXTRADITE_SPAN; k++) {
            const char *w = S_lc(c, k);
            if (strcmp(w, ";") == 0 || strcmp(w, ":") == 0) break;
            if ((strcmp(w, "to") == 0 || strcmp(w, "from") == 0) && k + 1 < c->b) {
                size_t q = k + 1 + (strcmp(S_lc(c, k + 1), "the") == 0);
                int e = q < c->b ? S_party_at(c, q) : -1;
                if (e >= 0 && c->doc->entities[e].type == RG_COUNTRY) {
                    if (w[0] == 't' && dest < 0) dest = e;
                    else if (w[0] == 'f' && from < 0) from = e;
                }
                continue;
            }
            int e = S_party_at(c, k);
            if (!pass && who < 0 && e >= 0 && c->doc->entities[e].type == RG_PERSON) who = e;
        }
        if (pass)
            for (size_t k = v - 1; k-- > c->a && k + 8 > v && who < 0;) {
                int e = S_party_at(c, k);
                if (e >= 0 && c->doc->entities[e].type == RG_PERSON) who = e;
            }
        int send[MAX_SIDE];
        const char *how = NULL;
        size_t ns = 0;
        if (pass) {
            if (from >= 0) send[ns++] = from;
        } else {
            ns = S_subjects(c, v, NO_LIGHT, send, &how);
        }
        size_t ts = c->seg->tok[v].start, te = c->seg->tok[v].end;
        for (size_t i = 0; i < ns && dest >= 0; i++)
            if (send[i] >= 0 && send[i] != dest && !S_same_side(c, send[i], dest))
                S_add(c, sent, RG_COOPERATE, send[i], dest, 0, "A extradited X to B: A and B cooperate", ts, te);
        if (who >= 0 && dest >= 0) S_add(c, sent, RG_COERCE, dest, who, 1, "extradited X to B: B holds X", ts, te);
        if (who >= 0 && pass && from >= 0)
            S_add(c, sent, RG_COERCE, from, who, 1, "X was extradited from A: A held X", ts, te);
    }
}

/* "Macron, Merkel and May said in a joint statement that ...": the
 * speakers of a joint statement (its noun after "in a" or "in their",
 * right after a speech verb) agree with one another. */
static void S_joint_statement(S_ctx *c, size_t sent)
{
    static const char *const det[] = {"a", "an", "their", NULL};
    for (size_t k = c->a + 3; k < c->b; k++) {
        if (c->trigger_at[k] < 0 || strcmp(c->lex->verbs[c->trigger_at[k]].lemma, "joint statement") != 0) continue;
        if (!S_lc_in(c, k - 1, det) || strcmp(S_lc(c, k - 2), "in") != 0) continue;
        size_t say = k - 3;
        if (!rg_tok_wf(c->seg, say, W_SAY) || !(c->seg->tok[say].flags & T_LOWER) || S_negated(c, say)) continue;
        int who[MAX_SIDE];
        const char *how = NULL;
        size_t n = S_subjects(c, say, NO_LIGHT, who, &how);
        for (size_t i = 0; i < n; i++)
            for (size_t j = i + 1; j < n; j++)
                if (who[i] >= 0 && who[j] >= 0 && who[i] != who[j] && !S_same_side(c, who[i], who[j]))
                    S_add(c, sent, RG_AGREE, who[i], who[j], 0, "A and B said in a joint statement",
                          c->seg->tok[k].start, c->seg->tok[k + c->trigger_len[k] - 1].end);
    }
}

/* "Italian Prime Minister Giorgia Meloni and her Albanian counterpart
 * Edi Rama opened a centre": a person and the counterpart named beside
 * them act together, whatever the verb (the pair is the news). */
static void S_counterparts(S_ctx *c, size_t sent)
{
    for (size_t k = c->a + 2; k + 1 < c->b; k++) {
        if (!S_counterpart_noun(c, k)) continue;
        size_t p = k - 1; /* "his Albanian counterpart": the demonym is a modifier of the name after */
        if (p > c->a && !rg_tok_wf(c->seg, p, W_POSSESSIVE)) p--;
        if (!rg_tok_wf(c->seg, p, W_POSSESSIVE) || p < c->a + 2 || strcmp(S_lc(c, p - 1), "and") != 0) continue;
        int a = S_party_at(c, p - 2), b = -1;
        for (size_t q = k + 1; q < c->b && q < k + 3 && b < 0; q++) b = S_party_at(c, q);
        if (a < 0 || b < 0 || a == b || c->doc->entities[a].type != RG_PERSON ||
            c->doc->entities[b].type != RG_PERSON)
            continue;
        S_add(c, sent, RG_CONSULT, a, b, 0, "A and his counterpart B", c->seg->tok[k].start, c->seg->tok[k].end);
    }
}

/* "The resolution, drafted by the United States and Panama", "talks
 * co-hosted by Saudi Arabia and Switzerland": the agents of a participle
 * of joint authorship act together. (Not those of "brokered by A and
 * B": coders differ on co-mediators, mostly coding none.) */
static void S_joint_agents(S_ctx *c, size_t sent)
{
    static const char *const joint[] = {"drafted", "co-drafted", "sponsored", "co-sponsored", "co-hosted",
                                        "co-chaired", "co-organised", "co-organized", "authored", "co-authored",
                                        "tabled", "co-led", NULL};
    for (size_t k = c->a + 1; k + 3 < c->b; k++) {
        size_t wl = c->seg->tok[k].lclen; /* (a length test first: this runs on every token) */
        if (wl < 6 || S_lc(c, k)[wl - 1] != 'd' || !(c->seg->tok[k].flags & T_LOWER) || !S_lc_in(c, k, joint))
            continue;
        if (strcmp(S_lc(c, k + 1), "by") != 0) continue;
        size_t q = k + 2;
        if (S_determiner(c, q) && q + 1 < c->b) q++;
        if (c->actor_at[q] < 0 || c->ext_from[c->actor_at[q]] != q) continue;
        /* (a list with its "and": not "sponsored by the bank, Ortner,
         * the bank's economist, said") */
        int listed = 0;
        for (size_t j = q; j < c->b && j < q + 24 && !listed; j++) {
            const char *w = S_lc(c, j);
            if (strcmp(w, "and") == 0) listed = 1;
            else if (c->actor_at[j] < 0 && strcmp(w, ",") != 0 && !S_determiner(c, j)) break;
        }
        if (!listed) continue;
        int who[MAX_SIDE];
        size_t n = S_coordinated(c, q, 1, who, MAX_SIDE);
        for (size_t i = 0; i < n; i++)
            for (size_t j = i + 1; j < n; j++)
                if (who[i] != who[j] && !S_same_side(c, who[i], who[j]))
                    S_add(c, sent, RG_COOPERATE, who[i], who[j], 0, "joint agents of a participle (drafted by A and B)",
                          c->seg->tok[k].start, c->seg->tok[k].end);
    }
}

/* Whether entity p is a person of country entity ce. */
static int S_own_citizen(const S_ctx *c, int ce, int p)
{
    return c->doc->entities[p].type == RG_PERSON && S_same_side(c, ce, p);
}

/* The interactions of sentence sent from index first on, repeated with
 * each national body replaced by its country: "Russia's defence ministry
 * said its forces struck B" is also Russia's strike on B. Coders differ
 * on the level (ICEWS-style coders name the country, others the body);
 * the graph keeps both, so either reading finds its pair, and a
 * country-level view needs no second pass. Nothing is added between a
 * body and its own country. */
static void S_roll_up(S_ctx *c, size_t sent, size_t first)
{
    size_t n = c->doc->n_interactions;
    for (size_t i = first; i < n; i++) {
        const rg_interaction x = c->doc->interactions[i]; /* S_add may move the array */
        int s = c->body_country[x.source] >= 0 ? c->body_country[x.source] : x.source;
        int t = c->body_country[x.target] >= 0 ? c->body_country[x.target] : x.target;
        if ((s == x.source && t == x.target) || s == t) continue;
        /* a court sentencing its own former president acts on him, not
         * the country on its own citizen (an armed group of the country
         * is another matter: "Myanmar's military struck the Arakan Army"
         * is Myanmar's strike) */
        if (S_own_citizen(c, s, t) || S_own_citizen(c, t, s)) continue;
        /* (a guess's roll-up is a guess too) */
        S_add_as(c, x.tier, sent, x.kind, s, t, x.directed, "national body's act = its country's", x.trigger_start,
                 x.trigger_end);
    }
}

/* A verb whose table row has the mark "to+" among its prepositions is a
 * command only with what was commanded: "the court ordered Israel to
 * allow access", not "Qantas ordered Boeing jets" (a purchase, the verb's
 * common sense in business copy); one marked "office+" is an act on a
 * party only with the office it is taken from: "removed Prime Minister X
 * from office", not "removed Boeing from its list"; one marked "curb+" a
 * concession only with a restriction as its object: "lifted its tariffs
 * on Australian barley", not "lifted its stake in X"; one marked
 * "troops+" a deployment only with forces after a number: "sent about
 * 10,000 troops to Russia", not "sent a letter to"; one marked "weapons+"
 * an attack only with weapons sent: "launched 180 missiles at B", not
 * "launched his party"; one marked
 * "against+" (or "on+") an act only with "against" ("on") after it: "an
 * operation against the gang", not "its operations in Brazil"; one marked
 * "with+" only with its party named after "with", no sum before. Whether
 * the trigger
 * of verb vb ending at token k may be read: unmarked, always; marked,
 * with a "to" and a verb, "from" and an office, the restriction or the
 * forces, within a few tokens, in the sentence (which ends at lim). */
static int S_command_reads(const S_ctx *c, const rg_verb *vb, size_t k, size_t lim)
{
    static const char *const office[] = {"office", "power", "post", "presidency", "premiership", NULL};
    static const char *const det[] = {"his", "her", "their", "the", NULL};
    static const char *const curb[] = {"sanctions", "tariffs", "tariff", "ban", "bans", "embargo", "restrictions",
                                       "curbs", "duties", "blockade", "siege", "veto", "freeze", NULL};
    static const char *const curb_det[] = {"its", "the", "their", "all", "a", "some", "remaining", NULL};
    /* "sent about 10,000 troops to Russia": forces after a number or a
     * quantity word */
    static const char *const forces[] = {"troops", "soldiers", "forces", "personnel", "warships", "marines",
                                         "paratroopers", "peacekeepers", NULL};
    static const char *const many[] = {"about", "some", "more", "than", "nearly", "almost", "around", "up", "to",
                                       "an", "additional", "extra", "thousands", "hundreds", "of", "several", "few",
                                       "a", "its", "their", NULL};
    if (rg_lexicon__prep_in(vb->preps, "troops+", 7)) {
        size_t q = k;
        while (q < lim && q < k + 5 && ((c->seg->tok[q].flags & T_NUM) || S_lc_in(c, q, many))) q++;
        if (q >= lim || !S_lc_in(c, q, forces)) return 0;
        /* (not "sent thousands of troops to help Russia": the purpose's
         * verb reads its own act) */
        return !(q + 2 < lim && strcmp(S_lc(c, q + 1), "to") == 0 && (c->seg->tok[q + 2].flags & T_LOWER) &&
                 !S_determiner(c, q + 2));
    }
    /* "launched about 180 ballistic missiles at Israel": a launch is an
     * attack only with weapons as what it sends (not "launched an
     * offensive", a noun of its own, nor "launched his party") */
    if (rg_lexicon__prep_in(vb->preps, "weapons+", 8)) {
        static const char *const weapons[] = {"missile", "missiles", "rocket", "rockets", "drone", "drones",
                                              "projectiles", "shells", "bombs", "salvo", "salvos", "barrage",
                                              "barrages", "mortars", NULL};
        for (size_t q = k; q < lim && q < k + 6; q++) {
            if (S_lc_in(c, q, weapons)) return 1;
            if ((c->seg->tok[q].flags & T_PUNCT) || c->actor_at[q] >= 0 ||
                (rg_tok_wf(c->seg, q, W_STOP) && !S_lc_in(c, q, many)))
                return 0;
        }
        return 0;
    }
    /* "launched an operation against the gang", "imposed restrictions on
     * Chinese firms": a noun of every trade's vocabulary ("its operations
     * in Brazil", "restrictions apply") is an act only with its
     * preposition within four tokens */
    static const char *const marked[][2] = {{"against+", "against"}, {"on+", "on"}};
    for (size_t m = 0; m < sizeof marked / sizeof marked[0]; m++) {
        if (!rg_lexicon__prep_in(vb->preps, marked[m][0], strlen(marked[m][0]))) continue;
        for (size_t q = k; q < lim && q < k + 4; q++)
            if (strcmp(S_lc(c, q), marked[m][1]) == 0) return 1;
        return 0;
    }
    /* "raised the case of X with Wang Yi": a word of every trade ("raised
     * $50 million", "raising its stake") is an act only with its party
     * named after "with" within ten tokens, no sum or punctuation
     * between */
    if (rg_lexicon__prep_in(vb->preps, "with+", 5)) {
        for (size_t q = k; q + 1 < lim && q < k + 10; q++) {
            if ((c->seg->tok[q].flags & (T_NUM | T_PUNCT)) || c->text[c->seg->tok[q].start] == '$') return 0;
            if (strcmp(S_lc(c, q), "with") != 0) continue;
            for (size_t j = q + 1; j < lim && j < q + 5; j++) {
                if (c->actor_at[j] >= 0) return 1;
                if (c->seg->tok[j].flags & T_PUNCT) return 0;
            }
            return 0;
        }
        return 0;
    }
    if (rg_lexicon__prep_in(vb->preps, "curb+", 5)) {
        size_t q = k;
        while (q < lim && q < k + 2 && S_lc_in(c, q, curb_det)) q++;
        return q < lim && S_lc_in(c, q, curb);
    }
    if (rg_lexicon__prep_in(vb->preps, "office+", 7)) {
        for (size_t q = k; q + 1 < lim && q < k + 8; q++)
            if (strcmp(S_lc(c, q), "from") == 0)
                return S_lc_in(c, q + 1, office) ||
                       (q + 2 < lim && S_lc_in(c, q + 1, det) && S_lc_in(c, q + 2, office));
        return 0;
    }
    if (!rg_lexicon__prep_in(vb->preps, "to+", 3)) return 1;
    for (size_t q = k; q + 1 < lim && q < k + 8; q++)
        if (strcmp(S_lc(c, q), "to") == 0)
            return (c->seg->tok[q + 1].flags & T_LOWER) &&
                   !S_determiner(c, q + 1) && !rg_tok_wf(c->seg, q + 1, W_POSSESSIVE);
    return 0;
}

/* Whether a group's name found in the text (not the lexicon) names a
 * news organisation by one of the words papers and broadcasters carry:
 * "Jornal do Brasil", "the Jakarta Post", "Radio Free Asia" (orgwords.txt
 * marks them "media"). */
static int S_media_name(const rg_lexicon *lex, const char *label)
{
    rg_buf lc = RG_BUF_INIT;
    int media = 0;
    for (const char *p = label; p && *p && !media;) {
        size_t n = strcspn(p, " ");
        rg_buf_clear(&lc);
        rg_lower(&lc, p, n);
        media = (rg_lexicon__wf(lex, lc.ptr, lc.len) & W_MEDIA) != 0;
        p += n;
        while (*p == ' ') p++;
    }
    rg_buf_free(&lc);
    return media;
}

/* Whether lc is a word for a leader's government after the leader's
 * name: "the Trump administration", "the Modi government", "the Assad
 * regime". */
static int S_govt_word(const char *lc)
{
    return strcmp(lc, "administration") == 0 || strcmp(lc, "government") == 0 || strcmp(lc, "regime") == 0;
}

/* The first token of sentence [a, b) after its dateline (the dash after
 * the last candidate mentions.c marked RG_MENTION_DATELINE, and any
 * dashes there), or a when it has none. */
static size_t S_after_dateline(S_ctx *c, size_t a, size_t b)
{
    size_t end = a;
    while (c->cand_next < c->cands->n && c->cands->c[c->cand_next].tok_from < a) c->cand_next++;
    for (size_t i = c->cand_next; i < c->cands->n && c->cands->c[i].tok_from < b; i++)
        if ((c->cands->c[i].flags & RG_MENTION_DATELINE) && c->cands->c[i].tok_to > end) end = c->cands->c[i].tok_to;
    if (end == a) return a;
    size_t k = end;
    while (k < b && k < end + 3 && !(strcmp(S_lc(c, k), "-") == 0 || strcmp(S_lc(c, k), "--") == 0)) k++;
    if (k == b || k == end + 3) return a;
    while (k < b && (c->seg->tok[k].flags & T_PUNCT)) k++;
    return k < b ? k : a;
}

/* Whether the press is named at token k ("reporters", "journalists",
 * "the media", "a news conference", "a briefing"). */
static int S_the_press(const S_ctx *c, size_t k, size_t lim)
{
    static const char *const the_press[] = {"press", "media", NULL};
    static const char *const meeting[] = {"conference", "briefing", NULL};
    if (k >= lim) return 0;
    if (S_lc_in(c, k, S_press_words)) return 1;
    if (k + 1 < lim && strcmp(S_lc(c, k), "the") == 0 && S_lc_in(c, k + 1, the_press)) return 1;
    if (k + 1 < lim && strcmp(S_lc(c, k), "a") == 0) {
        size_t q = k + 1;
        if (q + 1 < lim && (strcmp(S_lc(c, q), "news") == 0 || strcmp(S_lc(c, q), "press") == 0)) q++;
        return S_lc_in(c, q, meeting);
    }
    return 0;
}

void rg_interactions_find(rg_doc *doc, const rg_cands *cands, const rg_lexicon *lex, const rg_seg *seg)
{
    if (seg->n_tok == 0) return;
    S_ctx c;
    memset(&c, 0, sizeof c);
    c.doc = doc;
    c.cands = cands;
    c.lex = lex;
    c.seg = seg;
    c.text = doc->text.s;
    c.actor_at = rg_xmalloc(seg->n_tok * sizeof *c.actor_at);
    c.trigger_at = rg_xmalloc(seg->n_tok * sizeof *c.trigger_at);
    c.trigger_len = rg_xcalloc(seg->n_tok, 1);
    c.cand_entity = rg_xmalloc((cands->n ? cands->n : 1) * sizeof *c.cand_entity);
    for (size_t i = 0; i < cands->n; i++) c.cand_entity[i] = cands->c[i].entity;
    c.ext_from = rg_xmalloc((cands->n ? cands->n : 1) * sizeof *c.ext_from);
    c.ext_to = rg_xmalloc((cands->n ? cands->n : 1) * sizeof *c.ext_to);
    for (size_t i = 0; i < cands->n; i++) {
        c.ext_from[i] = cands->c[i].tok_from;
        c.ext_to[i] = cands->c[i].tok_to;
    }
    for (size_t i = 0; i < seg->n_tok; i++) c.actor_at[i] = c.trigger_at[i] = -1;
    /* places and the country entity each belongs to, when the document
     * names that country */
    c.place_country = rg_xmalloc(seg->n_tok * sizeof *c.place_country);
    for (size_t i = 0; i < seg->n_tok; i++) c.place_country[i] = -1;
    c.place_at = rg_xcalloc(seg->n_tok, 1);
    for (size_t i = 0; i < cands->n; i++) {
        const rg_cand *m = &cands->c[i];
        if (m->entity >= 0 && doc->entities[m->entity].type == RG_PLACE)
            for (size_t k = m->tok_from; k < m->tok_to && k < seg->n_tok; k++) c.place_at[k] = 1;
    }
    rg_map *country_ent = rg_map_new(); /* country key -> entity (one pass: a page of places stays linear) */
    for (size_t e = 0; e < doc->n_entities; e++)
        if (doc->entities[e].type == RG_COUNTRY)
            rg_map_put(country_ent, doc->entities[e].key, strlen(doc->entities[e].key), e);
    for (size_t i = 0; i < cands->n; i++) {
        const rg_cand *m = &cands->c[i];
        if (m->entity < 0 || doc->entities[m->entity].type != RG_PLACE) continue;
        const char *aff = doc->entities[m->entity].affiliation;
        size_t ce;
        if (!aff || !rg_map_get(country_ent, aff, strlen(aff), &ce)) continue;
        for (size_t k = m->tok_from; k < m->tok_to && k < seg->n_tok; k++) c.place_country[k] = (int)ce;
    }
    /* national bodies and their countries: a ministry's or an army's
     * act is also its country's (see S_roll_up) */
    c.body_country = rg_xmalloc((doc->n_entities ? doc->n_entities : 1) * sizeof *c.body_country);
    for (size_t e = 0; e < doc->n_entities; e++) c.body_country[e] = -1;
    c.official_of = rg_xmalloc((doc->n_entities ? doc->n_entities : 1) * sizeof *c.official_of);
    for (size_t e = 0; e < doc->n_entities; e++) {
        size_t ce;
        const rg_entity *x = &doc->entities[e];
        c.official_of[e] = S_state_office(x) && rg_map_get(country_ent, x->affiliation, strlen(x->affiliation), &ce)
                               ? (int)ce
                               : -1;
    }
    c.organ = rg_xcalloc(doc->n_entities ? doc->n_entities : 1, 1);
    c.armed = rg_xcalloc(doc->n_entities ? doc->n_entities : 1, 1);
    for (size_t i = 0; i < cands->n; i++) {
        const rg_cand *m = &cands->c[i];
        /* a national body, or an organisation of the lexicon that is a
         * state organ (orgs.tsv "state") */
        int organ = 0;
        if (m->lex_kind == LEX_BODY)
            organ = m->body >= 0 && !lex->bodies[m->body].media && !lex->bodies[m->body].civil;
        else if (m->lex_kind == LEX_ORG)
            organ = m->item >= 0 && lex->orgs[m->item].state;
        else if (m->flags & RG_CAND_LED)
            organ = 1; /* "the Saudi-led coalition" */
        if (m->entity >= 0 && ((m->lex_kind == LEX_ORG && m->item >= 0 && lex->orgs[m->item].armed) ||
                               (m->lex_kind == LEX_BODY && m->body >= 0 && lex->bodies[m->body].civil)))
            c.armed[m->entity] = 1;
        /* "the Philippine Army's 4th Infantry Division", "Russia's 58th
         * Army": a numbered formation (an ordinal, a unit's word last)
         * after a national body's or a country's possessive is that
         * country's organ (a rebel brigade has a name, no number) */
        if (m->entity >= 0 && m->lex_kind < 0 && m->type == RG_GROUP && i > 0 && m->tok_to > m->tok_from + 1 &&
            rg_tok_wf(seg, m->tok_to - 1, W_UNIT) && isdigit((unsigned char)rg_tok_lc(seg, m->tok_from)[0])) {
            const rg_cand *o = &cands->c[i - 1];
            size_t q = o->tok_to; /* (the possessive its own token, or the name's last) */
            int poss = (q == m->tok_from && (seg->tok[q - 1].flags & T_POSS)) ||
                       (q + 1 == m->tok_from && (seg->tok[q].flags & T_POSS));
            if (o->entity >= 0 && poss) {
                int owner = doc->entities[o->entity].type == RG_COUNTRY ? o->entity : c.body_country[o->entity];
                if (owner >= 0) {
                    c.organ[m->entity] = 1;
                    c.body_country[m->entity] = owner;
                }
            }
        }
        if (m->entity < 0 || !organ) continue;
        c.organ[m->entity] = 1;
        const rg_entity *ent = &doc->entities[m->entity];
        size_t ce;
        if (ent->type == RG_GROUP && ent->affiliation &&
            rg_map_get(country_ent, ent->affiliation, strlen(ent->affiliation), &ce))
            c.body_country[m->entity] = (int)ce;
    }
    c.media = rg_xcalloc(doc->n_entities ? doc->n_entities : 1, 1);
    for (size_t i = 0; i < cands->n; i++) {
        const rg_cand *m = &cands->c[i];
        if (m->entity >= 0 && ((m->lex_kind == LEX_ORG && m->item >= 0 && lex->orgs[m->item].media) ||
                               (m->lex_kind == LEX_BODY && m->body >= 0 && lex->bodies[m->body].media)))
            c.media[m->entity] = 1;
    }
    for (size_t e = 0; e < doc->n_entities; e++)
        if (doc->entities[e].type == RG_GROUP && !doc->entities[e].lexical && S_media_name(lex, doc->entities[e].label))
            c.media[e] = 1;
    for (size_t i = 0; i < cands->n; i++) {
        const rg_cand *m = &cands->c[i];
        if (m->entity < 0 || (m->flags & (RG_MENTION_MODIFIER | RG_MENTION_SPEAKER | RG_MENTION_DATELINE))) continue;
        rg_type t = doc->entities[m->entity].type;
        if (t == RG_PLACE) continue;
        for (size_t k = m->tok_from; k < m->tok_to; k++)
            if (c.actor_at[k] < 0) c.actor_at[k] = (int)i;
    }
    /* tokens covered by a modifier (a country qualifying a name) */
    uint8_t *modifier_at = rg_xcalloc(seg->n_tok, 1);
    for (size_t i = 0; i < cands->n; i++)
        if (cands->c[i].flags & RG_MENTION_MODIFIER)
            for (size_t k = cands->c[i].tok_from; k < cands->c[i].tok_to && k < seg->n_tok; k++) modifier_at[k] = 1;
    /* an actor's noun phrase reaches left over its qualifiers: "Russian
     * Foreign Minister Sergei Lavrov", "U.S. Secretary of State John
     * Kerry", "Russia's foreign minister X" are one actor */
    for (size_t i = 0; i < cands->n; i++) {
        const rg_cand *m = &cands->c[i];
        if (m->entity < 0 || c.actor_at[m->tok_from] != (int)i) continue;
        size_t k = m->span_from < m->tok_from ? m->span_from : m->tok_from;
        for (size_t j = k; j < m->tok_from; j++) c.actor_at[j] = (int)i;
        int after_title = 0, words = 0;
        while (k > 0 && seg->tok[k - 1].sent == seg->tok[m->tok_from].sent) {
            size_t p = k - 1;
            int part = (seg->tok[p].flags & T_POSS) || modifier_at[p], title = 0;
            if (!part) part = title = S_lex_word(lex, seg, c.text, p, 1u << LEX_TITLE, 1); /* a title word (any case) */
            /* (and one word that says what the title's holder leads:
             * "rebel leader Foday Sankoh", "army chief X", "Chechen
             * leader Aslan Maskhadov" (a capitalised word no actor); not
             * a determiner, nor a word of the verb table) */
            static const char *const det[] = {"the", "a", "an", "its", "this", "that", "these", "those", NULL};
            if (!part && after_title && !words && (seg->tok[p].flags & (T_LOWER | T_CAP)) &&
                !(seg->tok[p].flags & T_UPPER) &&
                !rg_tok_wf(seg, p, W_STOP | W_AUX | W_BE | W_NEG | W_SAY | W_POSSESSIVE) &&
                !S_lex_word(lex, seg, c.text, p, 1u << LEX_VERB, 0)) {
                const char *w = rg_tok_lc(seg, p);
                part = 1;
                for (size_t d = 0; det[d] && part; d++) part = strcmp(w, det[d]) != 0;
                words = part;
            }
            if (!part || c.actor_at[p] >= 0) break;
            if (title) after_title = 1;
            c.actor_at[p] = (int)i;
            k = p;
        }
        c.ext_from[i] = k;
        /* and right over "of [the] COUNTRY" when that country only says
         * whose the person is: "President Putin of the Russian Federation" */
        size_t r = m->tok_to;
        uint32_t sent = seg->tok[m->tok_from].sent;
        if (r + 1 < seg->n_tok && seg->tok[r].sent == sent && strcmp(rg_tok_lc(seg, r), "of") == 0) {
            size_t q = r + 1;
            if (q < seg->n_tok && strcmp(rg_tok_lc(seg, q), "the") == 0) q++;
            if (q < seg->n_tok && seg->tok[q].sent == sent && modifier_at[q]) {
                size_t t = q;
                while (t < seg->n_tok && seg->tok[t].sent == sent && modifier_at[t]) t++;
                for (size_t u = r; u < t; u++)
                    if (c.actor_at[u] < 0) c.actor_at[u] = (int)i;
                c.ext_to[i] = t;
            }
        }
        /* a group's own body or kind after it: "Afghanistan's Taliban
         * government and Pakistan agreed", "Houthi forces", "the Ennahda
         * party, which" (a country's is a compound already) */
        size_t r2 = c.ext_to[i];
        if (doc->entities[m->entity].type == RG_GROUP && r2 < seg->n_tok && seg->tok[r2].sent == sent &&
            (seg->tok[r2].flags & T_LOWER) && c.actor_at[r2] < 0 &&
            (S_lex_word(lex, seg, c.text, r2, 1u << LEX_BODY, 1) || rg_tok_wf(seg, r2, W_GROUP_NOUN))) {
            c.actor_at[r2] = (int)i;
            c.ext_to[i] = r2 + 1;
        }
        /* a person's government after the name ("the Trump
         * administration imposed", "denounced the Modi government",
         * "Milosevic's government broke off relations"): the actor is the
         * person's country, whose government that is (the mention stays
         * the person's: a name) */
        size_t ce, g = r2;
        /* (over the possessive's own token; one on the name's token is
         * inside the name already) */
        if (g < seg->n_tok && seg->tok[g].sent == sent && (seg->tok[g].flags & T_POSS) && c.actor_at[g] < 0) g++;
        const char *aff = doc->entities[m->entity].affiliation;
        if (doc->entities[m->entity].type == RG_PERSON && aff && g < seg->n_tok && seg->tok[g].sent == sent &&
            c.actor_at[g] < 0 && S_govt_word(rg_tok_lc(seg, g)) && rg_map_get(country_ent, aff, strlen(aff), &ce)) {
            c.cand_entity[i] = (int)ce;
            for (size_t u = r2; u <= g; u++) c.actor_at[u] = (int)i;
            c.ext_to[i] = g + 1;
        }
    }
    free(modifier_at);
    rg_map_free(country_ent);
    /* triggers: verb table entries on tokens not inside an actor; lim is
     * the end of the current sentence (kept, not rescanned per token, so
     * a sentence of a million tokens stays linear) */
    size_t lim = 0, covered = 0, covered_from = 0; /* covered: the end of the last trigger of several words */
    rg_kind covered_kind = RG_CONSULT;
    for (size_t i = 0; i < seg->n_tok; i++) {
        if (i >= lim) {
            lim = i + 1;
            while (lim < seg->n_tok && seg->tok[lim].sent == seg->tok[i].sent) lim++;
        }
        if (c.actor_at[i] >= 0 || !(seg->tok[i].flags & T_WORD)) continue;
        /* the second half of a compound adjective whose first is no actor
         * ("the Russian-speaking gang", "Iranian-made drones"): no act */
        if (i >= 2 && (seg->tok[i - 1].flags & T_PUNCT) && c.text[seg->tok[i - 1].start] == '-' &&
            seg->tok[i - 1].start == seg->tok[i - 2].end && seg->tok[i - 1].end == seg->tok[i].start &&
            (seg->tok[i - 2].flags & T_CAP) && c.actor_at[i - 2] < 0)
            continue;
        const struct rg_bucket *b = seg->bk[i];
        if (!b) continue;
        for (size_t k = 0; k < b->n; k++) {
            const rg_lex_entry *e = &lex->entries[b->ids[k]];
            if (e->kind != LEX_VERB) continue;
            size_t n = rg_lexicon__match(lex, e, seg, c.text, i, lim);
            /* "pulled its last troops out of southern Lebanon", "handed
             * the city over to B": a particle verb around its object, no
             * party in between (the trigger spans them all) */
            if (!n && (seg->tok[i].flags & T_LOWER)) {
                n = rg_lexicon__match_split(lex, e, seg, i, lim, SPLIT_GAP);
                for (size_t q = i + 1; n && q + 1 < i + n; q++)
                    if (c.actor_at[q] >= 0) n = 0;
            }
            if (!n) continue;
            if (!S_command_reads(&c, &lex->verbs[e->item], i + n, lim)) break;
            /* a noun or gerund before a noun for an organisation names
             * what it does, no act: "the hacking group APT41", "an aid
             * group" */
            const char *lw = rg_tok_lc(seg, i);
            size_t ll = seg->tok[i].lclen;
            if (n == 1 && i + 1 < lim && (seg->tok[i + 1].flags & T_LOWER) &&
                rg_tok_wf(seg, i + 1, W_ORG_NOUN) &&
                (lex->verbs[e->item].noun || (ll > 4 && strcmp(lw + ll - 3, "ing") == 0)))
                break;
            /* a participle between a preposition and its noun is an
             * adjective: "a swap in stripped securities", "settlers from
             * occupied territories"; and between an article and a name:
             * "the banned Tehreek-i-Taliban Pakistan", "the outlawed PKK" */
            if (n == 1 && i > 0 && i + 1 < lim && (seg->tok[i].flags & T_LOWER) && ll > 3 &&
                strcmp(lw + ll - 2, "ed") == 0 && seg->tok[i - 1].sent == seg->tok[i].sent &&
                ((S_lc_in(&c, i - 1, S_prepositions) && (seg->tok[i + 1].flags & T_LOWER) &&
                  !rg_tok_wf(seg, i + 1, W_STOP) && !S_determiner(&c, i + 1)) ||
                 (S_lc_in(&c, i - 1, S_articles) && (seg->tok[i + 1].flags & T_CAP) && c.actor_at[i + 1] >= 0)))
                break;
            /* the report a sentence is sourced to: "according to a
             * Crisis Group briefing", "according to a statement from
             * his office" */
            if (lex->verbs[e->item].noun && S_according_to(&c, i)) break;
            if (n == 1 && S_call_names(&c, &lex->verbs[e->item], i, lim)) break;
            /* "Saab told reporters San Miguel was linked", "briefed
             * journalists": the press is who is told, the name after it
             * what was said of; no consult */
            if (!lex->verbs[e->item].noun && lex->verbs[e->item].kind == RG_CONSULT && S_the_press(&c, i + n, lim))
                break;
            /* a word inside a longer trigger of another kind is no
             * trigger of its own: "a general strike" is a protest, not
             * also an attack (one of the same kind still reads its own
             * pattern: the attack of "an Iranian missile attack on B") */
            /* (save the last word of "joint": "launched joint operations
             * against B" is also an operation against B) */
            if (i < covered && lex->verbs[e->item].kind != covered_kind &&
                !(i + n == covered && covered_from + 1 < covered && strcmp(rg_tok_lc(seg, covered_from), "joint") == 0))
                break;
            c.trigger_at[i] = (int)e->item;
            c.trigger_len[i] = (uint8_t)n;
            if (i + n > covered) {
                covered = i + n;
                covered_from = i;
                covered_kind = lex->verbs[e->item].kind;
            }
            /* "lifted its tariffs on B": the restriction lifted is no act
             * of its own (S_command_reads found it within three tokens) */
            if (rg_lexicon__prep_in(lex->verbs[e->item].preps, "curb+", 5) && i + n + 3 > covered)
                covered = i + n + 3 < lim ? i + n + 3 : lim;
            break; /* longest first */
        }
        /* two nouns of one kind in a row name one act: "an aid package
         * to B", "a loan package for B", "a summit meeting"; the first
         * is the trigger and the second a word of its phrase, so the
         * object is still found after both */
        if (c.trigger_at[i] >= 0 && i > 0 && c.trigger_at[i - 1] >= 0 && c.trigger_len[i - 1] == 1 &&
            seg->tok[i - 1].sent == seg->tok[i].sent) {
            const rg_verb *m = &lex->verbs[c.trigger_at[i - 1]], *h = &lex->verbs[c.trigger_at[i]];
            if (m->noun && h->noun && m->kind == h->kind) c.trigger_at[i] = -1;
        }
    }
    size_t a = 0;
    while (a < seg->n_tok) {
        size_t b = a + 1;
        while (b < seg->n_tok && seg->tok[b].sent == seg->tok[a].sent) b++;
        c.a = a;
        c.b = b;
        c.body_a = S_after_dateline(&c, a, b);
        size_t first = doc->n_interactions;
        size_t sent = seg->tok[a].sent;
        if (c.told.n) c.told_before = c.told;
        if (c.decided.n) c.decided_before = c.decided;
        if (c.agreed.n) c.agreed_before = c.agreed;
        if (c.demanded.n) c.demanded_before = c.demanded;
        if (c.claimed.n) c.claimed_before = c.claimed;
        if (c.hit.n) c.hit_before = c.hit;
        if (c.where.n) c.where_before = c.where;
        c.told.n = c.decided.n = c.agreed.n = c.demanded.n = c.claimed.n = c.hit.n = c.where.n = 0;
        c.told.sent = c.decided.sent = c.agreed.sent = c.demanded.sent = c.claimed.sent = c.hit.sent = c.where.sent =
            sent;
        S_where_told(&c, sent);
        S_sentence(&c, seg->tok[a].sent);
        S_intrusions(&c, seg->tok[a].sent);
        S_characterised(&c, seg->tok[a].sent);
        S_mediators(&c, seg->tok[a].sent, first);
        S_condemned_by(&c, seg->tok[a].sent, first);
        S_deal_mediators(&c, seg->tok[a].sent, first);
        S_held_responsible(&c, seg->tok[a].sent);
        S_extraditions(&c, seg->tok[a].sent);
        S_designations(&c, seg->tok[a].sent);
        S_fallback(&c, seg->tok[a].sent, first);
        S_condemned_acts(&c, seg->tok[a].sent, first);
        S_claimed_acts(&c, seg->tok[a].sent, first);
        S_judged_decisions(&c, seg->tok[a].sent, first);
        S_said_must(&c, seg->tok[a].sent);
        S_counterparts(&c, seg->tok[a].sent);
        S_joint_statement(&c, seg->tok[a].sent);
        S_lead_pairs(&c, seg->tok[a].sent, first);
        /* (after the lead tier: co-authors are no reading of the act's
         * parties, which the lead tier may still guess) */
        S_joint_agents(&c, seg->tok[a].sent);
        S_roll_up(&c, seg->tok[a].sent, first);
        for (size_t i = first; i < doc->n_interactions; i++) {
            S_tell_what(&c.told, sent, &doc->interactions[i], TOLD_ACTS);
            S_tell_what(&c.decided, sent, &doc->interactions[i], TOLD_MEASURES);
            S_tell_what(&c.agreed, sent, &doc->interactions[i], TOLD_DEALS);
            S_tell_what(&c.demanded, sent, &doc->interactions[i], TOLD_DEMANDS);
            S_tell_what(&c.claimed, sent, &doc->interactions[i], TOLD_CLAIMS);
        }
        a = b;
    }
    free(c.actor_at);
    free(c.trigger_at);
    free(c.trigger_len);
    free(c.ext_from);
    free(c.ext_to);
    free(c.media);
    free(c.organ);
    free(c.armed);
    free(c.place_country);
    free(c.place_at);
    free(c.body_country);
    free(c.official_of);
    free(c.cand_entity);
    rg_map_free(c.seen);
}
