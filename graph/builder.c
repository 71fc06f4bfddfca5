/*
 * builder.c: accumulates extracted documents into one graph.
 *
 * During the build, nodes are keyed by the extractor's entity keys
 * ("country:RUS", "person:<first>-<last>" in transliteration keys), so
 * the same entity in two documents meets whatever spelling each used.
 * Each document adds:
 *   - its entities (aliases with counts, roles, mentions, one document),
 *     a vote for its label and for its affiliation;
 *   - one co-occurrence per window (sentence, paragraph or document) for
 *     every pair of actors in it (each actor pairs with at most the 100
 *     distinct actors named before it in the window);
 *   - its interactions by kind, with the sentence as evidence.
 *
 * rg_builder_finish() then
 *   1. merges a person known only by one name ("Kerry", key
 *      "person:<k>") into the one full name across the corpus whose
 *      surname key is <k>, when exactly one exists;
 *   2. chooses each label: the lexicon's canonical name, else for people
 *      the fullest name, else the most frequent form (ties: byte order);
 *   3. assigns ids: countries and lexicon organisations keep their keys,
 *      others become type:slug-of-label (with -2, -3... on collision, in
 *      key order), so ids read well and never depend on input order;
 *   4. puts the graph in canonical order (rg_graph_finish).
 * Memory is proportional to the graph: documents are dropped after add.
 */
#include "graph.h"
#include "graph_private.h"
#include "extract.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Most distinct entities a new one pairs with in its window. News
 * sentences and paragraphs name far fewer; see rg_builder_add. */
#define S_WINDOW_PAIRS 100

typedef struct {
    char **labels;
    long *votes;
    size_t n;
    int lexical;        /* labels[0] is canonical */
    int single;         /* a person known by one name only */
    char **aff;         /* affiliation votes */
    long *aff_votes;
    size_t n_aff;
} S_extra;

struct rg_builder {
    rg_build_opts o;
    rg_graph *acc;      /* keyed by entity key */
    S_extra *x;         /* parallel to acc's nodes */
    size_t cap_x;
    long docs;
    rg_buf scratch;
    uint64_t *stamp;     /* per node: window_serial when last in a window */
    size_t cap_stamp;
    uint64_t window_serial;
};

rg_builder *rg_builder_new(const rg_build_opts *opts)
{
    rg_builder *b = rg_xcalloc(1, sizeof *b);
    rg_build_opts def = RG_BUILD_OPTS_INIT;
    b->o = opts ? *opts : def;
    b->acc = rg_graph_new();
    rg_graph_set_evidence_cap(b->acc, b->o.evidence_cap);
    static const char *const names[] = {"sentence", "paragraph", "document"};
    rg_graph_set_window(b->acc, names[b->o.window <= RG_WINDOW_DOCUMENT ? b->o.window : 0]);
    return b;
}

static void S_extra_free(S_extra *x)
{
    for (size_t i = 0; i < x->n; i++) free(x->labels[i]);
    free(x->labels);
    free(x->votes);
    for (size_t i = 0; i < x->n_aff; i++) free(x->aff[i]);
    free(x->aff);
    free(x->aff_votes);
}

void rg_builder_free(rg_builder *b)
{
    if (!b) return;
    for (size_t i = 0; i < b->acc->n_nodes; i++) S_extra_free(&b->x[i]);
    free(b->x);
    free(b->stamp);
    rg_graph_free(b->acc);
    rg_buf_free(&b->scratch);
    free(b);
}

static void S_vote(char ***names, long **votes, size_t *n, const char *s, long w)
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp((*names)[i], s) == 0) {
            (*votes)[i] += w;
            return;
        }
    *names = rg_xrealloc(*names, (*n + 1) * sizeof **names);
    *votes = rg_xrealloc(*votes, (*n + 1) * sizeof **votes);
    (*names)[*n] = rg_xstrdup(s);
    (*votes)[*n] = w;
    (*n)++;
}

/* The evidence text of a sentence: white space collapsed, cut at a UTF-8
 * boundary near max bytes with "..." added. */
static void S_sentence_text(rg_buf *out, const char *s, size_t a, size_t e, size_t max)
{
    rg_buf_clear(out);
    size_t i = a;
    while (i < e) {
        while (i < e && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t')) i++;
        if (i >= e) break;
        size_t w = i;
        while (w < e && s[w] != ' ' && s[w] != '\n' && s[w] != '\t') w++;
        if (out->len) rg_buf_putc(out, ' ');
        if (max && out->len + (w - i) > max) {
            /* cut at a character boundary within this word */
            size_t cut = i + (max > out->len ? max - out->len : 0);
            while (cut > i && ((unsigned char)s[cut] & 0xC0) == 0x80) cut--;
            rg_buf_put(out, s + i, cut - i);
            rg_buf_puts(out, "...");
            return;
        }
        rg_buf_put(out, s + i, w - i);
        i = w;
    }
}

/* ------------------------------------------------------------------ add */

static int S_size_cmp(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

void rg_builder_add(rg_builder *b, const struct rg_doc *doc)
{
    rg_graph *g = b->acc;
    int day = doc->day; /* 0: undated, adds to the totals only */
    b->docs++;
    if (day) rg_graph_add_period(g, day, RG_PERIOD_DOCUMENTS, 1);
    size_t ne = doc->n_entities;
    size_t *node_of = rg_xmalloc((ne ? ne : 1) * sizeof *node_of);
    /* an entity named in datelines only is where the story was filed or
     * who filed it ("LAGOS, Nigeria (AP) -"): no node (bit 1: named
     * outside a dateline, bit 2: inside one) */
    uint8_t *named = rg_xcalloc(ne ? ne : 1, 1);
    for (size_t i = 0; i < doc->n_mentions; i++) {
        const rg_mention *m = &doc->mentions[i];
        if (m->entity >= 0) named[m->entity] |= (m->flags & RG_MENTION_DATELINE) ? 2 : 1;
    }
    for (size_t i = 0; i < ne; i++) {
        const rg_entity *e = &doc->entities[i];
        node_of[i] = (size_t)-1;
        if (!(b->o.types & (1u << e->type)) || named[i] == 2) continue;
        int created;
        size_t n = rg_graph_node_add(g, e->key, e->type, &created);
        if (created) {
            RG_GROW(b->x, b->cap_x, n + 1);
            memset(&b->x[n], 0, sizeof b->x[n]);
        }
        S_extra *x = &b->x[n];
        node_of[i] = n;
        if (e->code) rg_graph_node_set_code(g, n, e->code);
        for (size_t k = 0; k < e->n_aliases; k++) rg_graph_node_add_alias(g, n, e->aliases[k], e->alias_counts[k]);
        for (size_t k = 0; k < e->n_roles; k++) rg_graph_node_add_role(g, n, e->roles[k]);
        if (e->mentions > 0) {
            rg_graph_node_add_counts(g, n, e->mentions, 1);
            if (day) {
                rg_graph_node_add_period(g, n, day, RG_PERIOD_MENTIONS, e->mentions);
                rg_graph_node_add_period(g, n, day, RG_PERIOD_DOCUMENTS, 1);
            }
        }
        if (e->lexical) {
            if (!x->lexical) {
                /* the canonical label goes first and always wins */
                S_vote(&x->labels, &x->votes, &x->n, e->label, 0);
                if (x->n > 1) {
                    char *t = x->labels[x->n - 1];
                    long v = x->votes[x->n - 1];
                    memmove(x->labels + 1, x->labels, (x->n - 1) * sizeof *x->labels);
                    memmove(x->votes + 1, x->votes, (x->n - 1) * sizeof *x->votes);
                    x->labels[0] = t;
                    x->votes[0] = v;
                }
                x->lexical = 1;
            }
        } else {
            S_vote(&x->labels, &x->votes, &x->n, e->label, 1);
        }
        if (e->single) x->single = 1;
        if (e->affiliation) S_vote(&x->aff, &x->aff_votes, &x->n_aff, e->affiliation, e->mentions > 0 ? e->mentions : 1);
    }

    /* stamps: the window in which each node was last seen */
    size_t nn = rg_graph_node_count(g);
    if (nn > b->cap_stamp) {
        size_t old = b->cap_stamp;
        b->cap_stamp = nn * 2;
        b->stamp = rg_xrealloc(b->stamp, b->cap_stamp * sizeof *b->stamp);
        memset(b->stamp + old, 0, (b->cap_stamp - old) * sizeof *b->stamp);
    }

    /* co-occurrence windows and interactions, sentence by sentence */
    size_t ns = doc->n_sentences;
    size_t *seen = NULL, n_seen = 0, cap_seen = 0;      /* nodes in the current window */
    size_t *linked = NULL, n_linked = 0, cap_linked = 0; /* links touched in this doc */
    size_t *inter_links = NULL, n_il = 0, cap_il = 0;   /* links with an interaction in this sentence */
    size_t mi = 0, ii = 0;
    size_t text_of = (size_t)-1; /* the sentence whose evidence text b->scratch holds */
    long window_id = -1;
    for (size_t s = 0; s <= ns; s++) {
        long wid = s == ns ? -2
                 : b->o.window == RG_WINDOW_SENTENCE ? (long)s
                 : b->o.window == RG_WINDOW_PARAGRAPH ? (long)doc->sentences[s].paragraph
                 : 0;
        if (wid != window_id) {
            window_id = wid;
            n_seen = 0;
            b->window_serial++;
        }
        if (s == ns) break;
        n_il = 0;
        const rg_sentence *st = &doc->sentences[s];
        /* interactions first: they are the stronger evidence */
        for (; ii < doc->n_interactions && doc->interactions[ii].sentence < s; ii++) {}
        for (; ii < doc->n_interactions && doc->interactions[ii].sentence == s; ii++) {
            const rg_interaction *it = &doc->interactions[ii];
            if (b->o.strict && it->tier != RG_TIER_PATTERN) continue;
            size_t na = node_of[it->source], nb = node_of[it->target];
            if (na == (size_t)-1 || nb == (size_t)-1 || na == nb) continue;
            size_t l = rg_graph_link_add(g, na, nb);
            rg_graph_link_add_interaction(g, l, it->kind, 1);
            if (day) rg_graph_link_add_period(g, l, day, (int)it->kind, 1);
            if (rg_graph_link_wants_evidence(g, l, (int)it->kind)) {
                if (text_of != s) S_sentence_text(&b->scratch, doc->text.s, st->start, st->end, b->o.evidence_chars);
                text_of = s;
                rg_evidence ev = {doc->name, (long)s, (int)it->kind,
                                  it->directed ? doc->entities[it->source].key : NULL, b->scratch.ptr, day};
                rg_graph_link_add_evidence(g, l, &ev);
            }
            RG_GROW(inter_links, cap_il, n_il + 1);
            inter_links[n_il++] = l;
            RG_GROW(linked, cap_linked, n_linked + 1);
            linked[n_linked++] = l;
        }
        /* mentions of this sentence join the window */
        for (; mi < doc->n_mentions && doc->mentions[mi].sentence < s; mi++) {}
        for (; mi < doc->n_mentions && doc->mentions[mi].sentence == s; mi++) {
            const rg_mention *m = &doc->mentions[mi];
            if (m->entity < 0 || (m->flags & (RG_MENTION_MODIFIER | RG_MENTION_SPEAKER | RG_MENTION_DATELINE)))
                continue;
            size_t n = node_of[m->entity];
            if (n == (size_t)-1) continue;
            /* in the window already? (a stamp per node: no scan) */
            if (b->stamp[n] == b->window_serial) continue;
            b->stamp[n] = b->window_serial;
            /* a new node in the window pairs with the nodes already there,
             * at most the S_WINDOW_PAIRS latest: a window naming hundreds
             * of entities (a list, a table, garbage) would otherwise make a
             * clique of their square, and is no evidence of interaction */
            for (size_t k = n_seen > S_WINDOW_PAIRS ? n_seen - S_WINDOW_PAIRS : 0; k < n_seen; k++) {
                size_t l = rg_graph_link_add(g, seen[k], n);
                rg_graph_link_add_counts(g, l, 1, 0);
                if (day) rg_graph_link_add_period(g, l, day, RG_PERIOD_COOCCURRENCE, 1);
                RG_GROW(linked, cap_linked, n_linked + 1);
                linked[n_linked++] = l;
                int has_inter = 0;
                for (size_t q = 0; q < n_il; q++)
                    if (inter_links[q] == l) has_inter = 1;
                if (!has_inter && rg_graph_link_wants_evidence(g, l, -1)) {
                    if (text_of != s)
                        S_sentence_text(&b->scratch, doc->text.s, st->start, st->end, b->o.evidence_chars);
                    text_of = s;
                    rg_evidence ev = {doc->name, (long)s, -1, NULL, b->scratch.ptr, day};
                    rg_graph_link_add_evidence(g, l, &ev);
                }
            }
            RG_GROW(seen, cap_seen, n_seen + 1);
            seen[n_seen++] = n;
        }
    }
    /* each link counts this document once */
    if (n_linked) qsort(linked, n_linked, sizeof *linked, S_size_cmp);
    for (size_t k = 0; k < n_linked; k++)
        if (k == 0 || linked[k] != linked[k - 1]) {
            rg_graph_link_add_counts(g, linked[k], 0, 1);
            if (day) rg_graph_link_add_period(g, linked[k], day, RG_PERIOD_DOCUMENTS, 1);
        }
    free(seen);
    free(linked);
    free(inter_links);
    free(node_of);
    free(named);
}

/* --------------------------------------------------------------- finish */

/* The part of a person key after "person:" and, for a full name, after
 * the dash: the surname key. Single-name keys have no dash. */
static const char *S_surname_key(const char *key, int *multi)
{
    const char *k = key + 7; /* "person:" */
    const char *d = strchr(k, '-');
    *multi = d != NULL;
    return d ? d + 1 : k;
}



static size_t S_words(const char *s)
{
    size_t n = 1;
    for (; *s; s++) n += *s == ' ';
    return n;
}

/* The label of node i: canonical, or the best voted. */
static const char *S_label(const rg_builder *b, size_t i)
{
    const S_extra *x = &b->x[i];
    const rg_node *n = rg_graph_node(b->acc, i);
    if (x->n == 0) return n->label;
    if (x->lexical) return x->labels[0];
    size_t best = 0;
    for (size_t k = 1; k < x->n; k++) {
        const char *a = x->labels[k], *c = x->labels[best];
        int better;
        if (n->type == RG_PERSON && S_words(a) != S_words(c)) better = S_words(a) > S_words(c);
        else if (n->type != RG_PERSON && rg_acronym_like(a) != rg_acronym_like(c)) better = !rg_acronym_like(a);
        else if (x->votes[k] != x->votes[best]) better = x->votes[k] > x->votes[best];
        else better = strcmp(a, c) < 0;
        if (better) best = k;
    }
    return x->labels[best];
}

static const rg_node_rec *S_sort_nodes; /* qsort has no context argument */

static int S_order_cmp(const void *a, const void *b)
{
    return strcmp(S_sort_nodes[*(const size_t *)a].v.id, S_sort_nodes[*(const size_t *)b].v.id);
}

rg_graph *rg_builder_finish(rg_builder *b)
{
    rg_graph *acc = b->acc;
    size_t n = acc->n_nodes;
    size_t *to = rg_xmalloc((n ? n : 1) * sizeof *to);
    for (size_t i = 0; i < n; i++) to[i] = i;

    /* 1. a lone name joins the one full name with its surname: index the
     * full names by surname key (value: node, or -1 when several) */
    rg_map *by_surname = rg_map_new();
    for (size_t j = 0; j < n; j++) {
        const rg_node *w = rg_graph_node(acc, j);
        if (w->type != RG_PERSON || strncmp(w->id, "person:", 7) != 0) continue;
        int multi;
        const char *sk = S_surname_key(w->id, &multi);
        if (!multi) continue;
        size_t prev;
        if (rg_map_get(by_surname, sk, strlen(sk), &prev)) rg_map_put(by_surname, sk, strlen(sk), (size_t)-1);
        else rg_map_put(by_surname, sk, strlen(sk), j);
    }
    for (size_t i = 0; i < n; i++) {
        const rg_node *v = rg_graph_node(acc, i);
        if (v->type != RG_PERSON || !b->x[i].single || strncmp(v->id, "person:", 7) != 0) continue;
        /* (a one-name person named with a monarch's title, "King
         * Salman", is no surname: Mohammed bin Salman is another) */
        if (strchr(S_label(b, i), ' ')) continue;
        int multi;
        const char *sk = S_surname_key(v->id, &multi);
        size_t match;
        if (!multi && rg_map_get(by_surname, sk, strlen(sk), &match) && match != (size_t)-1) to[i] = match;
    }
    rg_map_free(by_surname);
    /* members of each merged node: next[] chains them from head[target] */
    size_t *head = rg_xmalloc((n ? n : 1) * sizeof *head);
    size_t *next = rg_xmalloc((n ? n : 1) * sizeof *next);
    for (size_t i = 0; i < n; i++) head[i] = (size_t)-1;
    for (size_t i = n; i-- > 0;) {
        next[i] = head[to[i]];
        head[to[i]] = i;
    }

    /* 2-3. labels and ids, in key order so collisions resolve the same way
     * whatever the input order */
    size_t *order = rg_xmalloc((n ? n : 1) * sizeof *order);
    for (size_t i = 0; i < n; i++) order[i] = i;
    /* acc nodes are in insertion order; sort indices by key */
    S_sort_nodes = acc->nodes;
    qsort(order, n, sizeof *order, S_order_cmp);
    char **final_id = rg_xcalloc(n ? n : 1, sizeof *final_id);
    rg_map *used = rg_map_new();
    rg_buf id = RG_BUF_INIT;
    for (size_t oi = 0; oi < n; oi++) {
        size_t i = order[oi];
        if (to[i] != i) continue;
        const rg_node *v = rg_graph_node(acc, i);
        rg_buf_clear(&id);
        if (v->type == RG_COUNTRY || (b->x[i].lexical && v->type == RG_GROUP)) {
            rg_buf_puts(&id, v->id);
        } else {
            rg_buf_puts(&id, rg_type_name(v->type));
            rg_buf_putc(&id, ':');
            rg_slug(&id, S_label(b, i), strlen(S_label(b, i)));
        }
        size_t base = id.len;
        for (int k = 2; rg_map_get(used, id.ptr, id.len, NULL); k++) {
            id.len = base;
            rg_buf_printf(&id, "-%d", k);
        }
        rg_map_put(used, id.ptr, id.len, 1);
        final_id[i] = rg_xstrndup(id.ptr, id.len);
    }
    for (size_t i = 0; i < n; i++)
        if (to[i] != i) final_id[i] = rg_xstrdup(final_id[to[i]]);

    /* 4. affiliation votes over the merged nodes (before the graph
     * changes under us); ids of countries are their keys */
    char **aff = rg_xcalloc(n ? n : 1, sizeof *aff);
    for (size_t i = 0; i < n; i++) {
        if (to[i] != i) continue;
        const char *best = NULL;
        long bv = 0;
        for (size_t j = head[i]; j != (size_t)-1; j = next[j]) {
            const S_extra *x = &b->x[j];
            for (size_t a2 = 0; a2 < x->n_aff; a2++) {
                long v = 0;
                for (size_t j2 = head[i]; j2 != (size_t)-1; j2 = next[j2])
                    for (size_t a3 = 0; a3 < b->x[j2].n_aff; a3++)
                        if (strcmp(b->x[j2].aff[a3], x->aff[a2]) == 0) v += b->x[j2].aff_votes[a3];
                if (v > bv || (v == bv && best && strcmp(x->aff[a2], best) < 0)) {
                    bv = v;
                    best = x->aff[a2];
                }
            }
        }
        if (best && strcmp(best, final_id[i]) != 0 && rg_graph_find(acc, best) != (size_t)-1)
            aff[i] = rg_xstrdup(best);
    }
    char **labels = rg_xcalloc(n ? n : 1, sizeof *labels);
    for (size_t i = 0; i < n; i++)
        if (to[i] == i) labels[i] = rg_xstrdup(S_label(b, i));

    /* 5. rename and merge in place, then canonical order */
    size_t *newi = NULL;
    rg_graph__rekey(acc, to, final_id, &newi);
    for (size_t i = 0; i < n; i++) {
        if (to[i] != i) continue;
        rg_graph_node_set_label(acc, newi[i], labels[i]);
        if (aff[i]) rg_graph_node_set_affiliation(acc, newi[i], aff[i]);
        free(labels[i]);
        free(aff[i]);
    }
    free(labels);
    free(aff);
    free(newi);
    rg_graph_set_documents(acc, b->docs);
    rg_graph_finish(acc);
    rg_graph *g = acc;
    b->acc = rg_graph_new(); /* the builder is freed below with an empty graph */
    for (size_t i = 0; i < n; i++) S_extra_free(&b->x[i]);
    if (n) memset(b->x, 0, n * sizeof *b->x);

    for (size_t i = 0; i < n; i++) free(final_id[i]);
    free(final_id);
    free(order);
    free(to);
    free(head);
    free(next);
    rg_map_free(used);
    rg_buf_free(&id);
    rg_builder_free(b);
    return g;
}
