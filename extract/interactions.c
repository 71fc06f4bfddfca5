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
 *              speaker of the turn
 *   objects    the first actor after the trigger (direct object) or after
 *              one of its prepositions ("met with", "talks with", "fight
 *              against"), with its coordinated actors
 *   between    "talks between A and B": the pair
 *   passive    "B was attacked by A": A acts on B
 *
 * Subjects and objects give directed interactions (source = subject)
 * unless the relation is symmetric. Coordinated subjects with a symmetric
 * trigger and no object ("Kerry and Lavrov met") interact pairwise.
 * Negation just before the trigger ("did not meet", "refused to sign")
 * and hedging modals (may, might, could) produce nothing.
 *
 * Distances are bounded (12 tokens to the left, 8 to the right), so the
 * cost is linear in the sentence length.
 */
#include "extract_private.h"

#include <stdlib.h>
#include <string.h>

#define LEFT_MAX 12
#define RIGHT_MAX 8
#define MAX_SIDE 8

typedef struct {
    rg_doc *doc;
    const rg_cands *cands;
    const rg_lexicon *lex;
    const rg_seg *seg;
    const char *text;
    int *actor_at;   /* token -> candidate index of an actor covering it, or -1 */
    int *trigger_at; /* token -> verb item starting there, or -1 */
    uint8_t *trigger_len;
    size_t a, b;     /* sentence token range */
} S_ctx;

static const char *S_lc(const S_ctx *c, size_t i) { return rg_tok_lc(c->seg, i); }


static int S_in(const char *w, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (strcmp(w, list[i]) == 0) return 1;
    return 0;
}

static int S_clause_mark(const S_ctx *c, size_t i)
{
    const rg_token *t = &c->seg->tok[i];
    if (!(t->flags & T_PUNCT) || t->end - t->start != 1) return 0;
    char ch = c->text[t->start];
    return ch == ';' || ch == ':' || ch == '"' || ch == '(' || ch == ')';
}

static int S_actor_entity(const S_ctx *c, int cand)
{
    return cand < 0 ? -1 : c->cands->c[cand].entity;
}

/* Adds an interaction unless the same (kind, pair, direction) is already
 * recorded for this sentence. */
static void S_add(S_ctx *c, size_t sent, rg_kind kind, int src, int dst, int directed,
                  const char *pattern, size_t ts, size_t te)
{
    if (src < 0 || dst < 0 || src == dst) return;
    rg_doc *d = c->doc;
    for (size_t i = d->n_interactions; i-- > 0;) {
        rg_interaction *x = &d->interactions[i];
        if (x->sentence != sent) break;
        if (x->kind == kind && ((x->source == src && x->target == dst) ||
                                (!directed && x->source == dst && x->target == src)))
            return;
    }
    d->interactions = rg_xrealloc(d->interactions, (d->n_interactions + 1) * sizeof *d->interactions);
    rg_interaction *x = &d->interactions[d->n_interactions++];
    x->sentence = sent;
    x->kind = kind;
    x->source = src;
    x->target = dst;
    x->directed = directed;
    x->pattern = pattern;
    x->trigger_start = ts;
    x->trigger_end = te;
}

/* Collects the actor at/around token k and those coordinated with it
 * going left (dir = -1) or right (dir = +1). k is a token covered by an
 * actor. Returns the number of entities written to out. */
static size_t S_coordinated(const S_ctx *c, size_t k, int dir, int *out)
{
    size_t n = 0;
    int cand = c->actor_at[k];
    out[n++] = S_actor_entity(c, cand);
    size_t edge = dir < 0 ? c->cands->c[cand].tok_from : c->cands->c[cand].tok_to - 1;
    for (;;) {
        /* step over ", and the" / "as well as" between two actors */
        long j = (long)edge + dir;
        int joined = 0;
        for (int steps = 0; steps < 4 && j >= (long)c->a && j < (long)c->b; steps++, j += dir) {
            size_t t = (size_t)j;
            if (c->actor_at[t] >= 0) break;
            const char *w = S_lc(c, t);
            if (strcmp(w, "and") == 0 || strcmp(w, ",") == 0 || strcmp(w, "&") == 0) {
                joined = 1;
                continue;
            }
            if (strcmp(w, "the") == 0 || strcmp(w, "as") == 0 || strcmp(w, "well") == 0 ||
                strcmp(w, "president") == 0 /* "Trump and President Putin" */) continue;
            if (c->seg->tok[t].flags & T_POSS) continue;
            j = -1;
            break;
        }
        if (!joined || j < (long)c->a || j >= (long)c->b || c->actor_at[j] < 0) break;
        cand = c->actor_at[j];
        if (n < MAX_SIDE) out[n++] = S_actor_entity(c, cand);
        edge = dir < 0 ? c->cands->c[cand].tok_from : c->cands->c[cand].tok_to - 1;
    }
    return n;
}

/* Negation or hedging in the few tokens before the trigger. */
static int S_negated(const S_ctx *c, size_t v)
{
    static const char *const neg[] = {"not", "n't", "never", "no", "cannot", "neither", "nor", NULL};
    static const char *const hedge[] = {"may", "might", "could", "refused", "declined", "failed",
                                        "refuse", "refuses", "decline", "fail", "unable", "if",
                                        "whether", NULL};
    for (size_t k = v, steps = 0; k > c->a && steps < 4; steps++) {
        k--;
        if (c->actor_at[k] >= 0 || c->trigger_at[k] >= 0) break;
        const char *w = S_lc(c, k);
        if (S_in(w, neg) || S_in(w, hedge)) return 1;
        /* "didn't": the tokenizer keeps "didn" "'" "t"; catch "didn" */
        if (strcmp(w, "didn") == 0 || strcmp(w, "don") == 0 || strcmp(w, "won") == 0) return 1;
    }
    return 0;
}

/* The subject(s) of the trigger at v: nearest actor to the left. */
static size_t S_subjects(const S_ctx *c, size_t v, int *out, const char **pattern)
{
    for (size_t k = v, steps = 0; k > c->a && steps < LEFT_MAX; steps++) {
        k--;
        if (c->actor_at[k] >= 0) {
            const rg_cand *m = &c->cands->c[c->actor_at[k]];
            (void)m;
            return S_coordinated(c, k, -1, out);
        }
        if (c->trigger_at[k] >= 0 || S_clause_mark(c, k)) break;
        const char *w = S_lc(c, k);
        if (strcmp(w, "i") == 0 || strcmp(w, "we") == 0) {
            size_t sent = c->seg->tok[v].sent;
            int sp = c->doc->sentences[sent].speaker;
            if (sp >= 0) {
                *pattern = "speaker (first person) + trigger";
                out[0] = sp;
                return 1;
            }
            break;
        }
        /* a relative clause or a new subject-bearing pronoun ends the search */
        if (strcmp(w, "who") == 0 || strcmp(w, "which") == 0 || strcmp(w, "he") == 0 ||
            strcmp(w, "she") == 0 || strcmp(w, "they") == 0 || strcmp(w, "it") == 0 ||
            strcmp(w, "you") == 0)
            break;
    }
    return 0;
}

/* Objects after token from: directly (allow_direct) or after one of the
 * prepositions in preps (comma-separated). */
static size_t S_objects(const S_ctx *c, size_t from, int allow_direct, const char *preps,
                        int *out, int *via_between)
{
    int after_prep = 0;
    *via_between = 0;
    for (size_t k = from, steps = 0; k < c->b && steps < RIGHT_MAX; k++, steps++) {
        if (c->actor_at[k] >= 0) {
            if (!allow_direct && !after_prep) return 0;
            return S_coordinated(c, k, +1, out);
        }
        if (c->trigger_at[k] >= 0 || S_clause_mark(c, k)) return 0;
        const char *w = S_lc(c, k);
        if (!after_prep && *preps) {
            size_t wl = strlen(w);
            const char *p = preps;
            while (*p) {
                const char *e = strchr(p, ',');
                size_t n = e ? (size_t)(e - p) : strlen(p);
                if (n == wl && memcmp(p, w, n) == 0) {
                    after_prep = 1;
                    if (strcmp(w, "between") == 0 || strcmp(w, "among") == 0) *via_between = 1;
                    break;
                }
                p += n;
                if (*p == ',') p++;
            }
            if (after_prep) continue;
        }
        /* "that" and "to" + verb open a clause: stop */
        if (strcmp(w, "that") == 0 || strcmp(w, "which") == 0 || strcmp(w, "who") == 0) return 0;
    }
    return 0;
}

static void S_sentence(S_ctx *c, size_t sent)
{
    for (size_t v = c->a; v < c->b; v++) {
        if (c->trigger_at[v] < 0) continue;
        const rg_verb *vb = &c->lex->verbs[c->trigger_at[v]];
        size_t v_end = v + c->trigger_len[v];
        size_t ts = c->seg->tok[v].start, te = c->seg->tok[v_end - 1].end;
        if (S_negated(c, v)) continue;

        int subj[MAX_SIDE], obj[MAX_SIDE];
        const char *pattern = vb->noun ? "subject + noun + object" : "subject + verb + object";
        size_t ns = S_subjects(c, v, subj, &pattern);
        int between = 0;
        size_t no = S_objects(c, v_end, vb->direct && !vb->noun, vb->preps, obj, &between);

        /* passive: "was attacked by A" */
        int passive = 0;
        if (!vb->noun && v > c->a) {
            const char *w = S_lc(c, v - 1);
            if (strcmp(w, "was") == 0 || strcmp(w, "were") == 0 || strcmp(w, "been") == 0 ||
                strcmp(w, "being") == 0 || strcmp(w, "is") == 0 || strcmp(w, "are") == 0 ||
                strcmp(w, "be") == 0) {
                int agent[MAX_SIDE], dummy;
                size_t na = S_objects(c, v_end, 0, "by", agent, &dummy);
                if (na && ns) {
                    passive = 1;
                    for (size_t i = 0; i < na; i++)
                        for (size_t j = 0; j < ns; j++)
                            S_add(c, sent, vb->kind, agent[i], subj[j], !vb->sym, "passive: B was V by A", ts, te);
                }
            }
        }
        if (passive) continue;

        if (between && no >= 2) {
            for (size_t i = 0; i < no; i++)
                for (size_t j = i + 1; j < no; j++)
                    S_add(c, sent, vb->kind, obj[i], obj[j], 0, "trigger + between A and B", ts, te);
            continue;
        }
        if (ns && no) {
            for (size_t i = 0; i < ns; i++)
                for (size_t j = 0; j < no; j++)
                    S_add(c, sent, vb->kind, subj[i], obj[j], !vb->sym, pattern, ts, te);
            continue;
        }
        if (ns >= 2 && vb->sym) {
            for (size_t i = 0; i < ns; i++)
                for (size_t j = i + 1; j < ns; j++)
                    S_add(c, sent, vb->kind, subj[i], subj[j], 0, "coordinated subjects + symmetric trigger", ts, te);
        }
    }
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
    for (size_t i = 0; i < seg->n_tok; i++) c.actor_at[i] = c.trigger_at[i] = -1;
    for (size_t i = 0; i < cands->n; i++) {
        const rg_cand *m = &cands->c[i];
        if (m->entity < 0 || (m->flags & (RG_MENTION_MODIFIER | RG_MENTION_SPEAKER))) continue;
        rg_type t = doc->entities[m->entity].type;
        if (t == RG_PLACE) continue;
        for (size_t k = m->tok_from; k < m->tok_to; k++)
            if (c.actor_at[k] < 0) c.actor_at[k] = (int)i;
    }
    /* triggers: verb table entries on tokens not inside an actor */
    for (size_t i = 0; i < seg->n_tok; i++) {
        if (c.actor_at[i] >= 0 || !(seg->tok[i].flags & T_WORD)) continue;
        const struct rg_bucket *b = rg_lexicon__bucket(lex, rg_tok_lc(seg, i), seg->tok[i].lclen);
        if (!b) continue;
        size_t lim = i;
        while (lim < seg->n_tok && seg->tok[lim].sent == seg->tok[i].sent) lim++;
        for (size_t k = 0; k < b->n; k++) {
            const rg_lex_entry *e = &lex->entries[b->ids[k]];
            if (e->kind != LEX_VERB) continue;
            size_t n = rg_lexicon__match(lex, e, seg, c.text, i, lim);
            if (!n) continue;
            c.trigger_at[i] = (int)e->item;
            c.trigger_len[i] = (uint8_t)n;
            break; /* longest first */
        }
    }
    size_t a = 0;
    while (a < seg->n_tok) {
        size_t b = a + 1;
        while (b < seg->n_tok && seg->tok[b].sent == seg->tok[a].sent) b++;
        c.a = a;
        c.b = b;
        S_sentence(&c, seg->tok[a].sent);
        a = b;
    }
    free(c.actor_at);
    free(c.trigger_at);
    free(c.trigger_len);
}
