/*
 * model.c: storage for rg_graph: nodes in an array indexed through an id
 * map, links in an array indexed through a map keyed by the node pair,
 * and rg_graph_finish(), which puts both in canonical order.
 *
 * Each node keeps its public rg_node view plus the vote counts of its
 * aliases (used by the builder to choose a label). Evidence strings are
 * copied per item; the per-link cap keeps memory proportional to the
 * number of links, not to the corpus.
 */
#include "graph.h"
#include "graph_private.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define S_NONE ((size_t)-1)

/* ------------------------------------------------------------- lifecycle */

rg_graph *rg_graph_new(void)
{
    rg_graph *g = rg_xcalloc(1, sizeof *g);
    g->ids = rg_map_new();
    g->pairs = rg_map_new();
    g->window = rg_xstrdup("sentence");
    g->evidence_cap = 5;
    return g;
}

static void S_node_clear(rg_node_rec *n)
{
    free((char *)n->v.id);
    free((char *)n->v.label);
    free((char *)n->v.code);
    free((char *)n->v.affiliation);
    for (size_t i = 0; i < n->v.n_aliases; i++) free((char *)n->v.aliases[i]);
    free(n->v.aliases);
    free(n->alias_counts);
    for (size_t i = 0; i < n->v.n_roles; i++) free((char *)n->v.roles[i]);
    free(n->v.roles);
    free((rg_period *)n->v.periods);
}

static void S_evidence_clear(rg_evidence *e)
{
    free((char *)e->doc);
    free((char *)e->source);
    free((char *)e->text);
}

static void S_link_clear(rg_link_rec *l)
{
    for (size_t i = 0; i < l->v.n_evidence; i++) S_evidence_clear(&l->ev[i]);
    free(l->ev);
    free((rg_period *)l->v.periods);
}

void rg_graph_free(rg_graph *g)
{
    if (!g) return;
    for (size_t i = 0; i < g->n_nodes; i++) S_node_clear(&g->nodes[i]);
    for (size_t i = 0; i < g->n_links; i++) S_link_clear(&g->links[i]);
    free(g->nodes);
    free(g->links);
    rg_map_free(g->ids);
    rg_map_free(g->pairs);
    free(g->window);
    free(g->periods);
    free(g);
}

/* ------------------------------------------------------------ attributes */

void rg_graph_set_window(rg_graph *g, const char *window)
{
    free(g->window);
    g->window = rg_xstrdup(window);
}

const char *rg_graph_window(const rg_graph *g) { return g->window; }
void rg_graph_set_documents(rg_graph *g, long n) { g->documents = n; }
long rg_graph_documents(const rg_graph *g) { return g->documents; }
void rg_graph_set_evidence_cap(rg_graph *g, size_t cap) { g->evidence_cap = cap; }

/* Adds n to the (day, what) entry of a sorted period list. The search
 * runs from the end: a corpus read in date order touches the latest day,
 * so the builder's many small additions cost a comparison or two. */
static void S_period_add(rg_period **arr, size_t *count, size_t *cap, int day, int what, long n)
{
    if (day <= 0 || n == 0) return;
    size_t k = *count;
    while (k > 0 && ((*arr)[k - 1].day > day || ((*arr)[k - 1].day == day && (*arr)[k - 1].what > what))) k--;
    if (k > 0 && (*arr)[k - 1].day == day && (*arr)[k - 1].what == what) {
        (*arr)[k - 1].n += n;
        return;
    }
    RG_GROW(*arr, *cap, *count + 1);
    memmove(*arr + k + 1, *arr + k, (*count - k) * sizeof **arr);
    (*arr)[k].day = day;
    (*arr)[k].what = what;
    (*arr)[k].n = n;
    (*count)++;
}

const rg_period *rg_graph_periods(const rg_graph *g, size_t *n)
{
    *n = g->n_periods;
    return g->periods;
}

void rg_graph_add_period(rg_graph *g, int day, int what, long n)
{
    S_period_add(&g->periods, &g->n_periods, &g->cap_periods, day, what, n);
}

/* ----------------------------------------------------------------- reads */

size_t rg_graph_node_count(const rg_graph *g) { return g->n_nodes; }
size_t rg_graph_link_count(const rg_graph *g) { return g->n_links; }
const rg_node *rg_graph_node(const rg_graph *g, size_t i) { return &g->nodes[i].v; }

const rg_link *rg_graph_link(const rg_graph *g, size_t i)
{
    rg_link_rec *l = &g->links[i];
    l->v.evidence = l->ev; /* the array may have moved since the last read */
    return &l->v;
}

/* The id and pair maps are dropped by rg_graph_finish() (indices change
 * when it sorts, and most finished graphs are only read in order) and
 * rebuilt here on first use. */
static void S_ids(const rg_graph *cg)
{
    rg_graph *g = (rg_graph *)cg; /* a cache: logically const */
    if (g->ids) return;
    g->ids = rg_map_new();
    for (size_t i = 0; i < g->n_nodes; i++) rg_map_put(g->ids, g->nodes[i].v.id, strlen(g->nodes[i].v.id), i);
}

static size_t S_pair_key(char *buf, size_t a, size_t b);

static void S_pairs(rg_graph *g)
{
    if (g->pairs) return;
    g->pairs = rg_map_new();
    for (size_t i = 0; i < g->n_links; i++) {
        char key[2 * sizeof(size_t)];
        size_t klen = S_pair_key(key, g->links[i].v.source, g->links[i].v.target);
        rg_map_put(g->pairs, key, klen, i);
    }
}

size_t rg_graph_find(const rg_graph *g, const char *id)
{
    size_t i;
    S_ids(g);
    return rg_map_get(g->ids, id, strlen(id), &i) ? i : S_NONE;
}

size_t rg_graph_lookup(const rg_graph *g, const char *name)
{
    size_t i = rg_graph_find(g, name);
    if (i != S_NONE) return i;
    size_t by_label = S_NONE, by_alias = S_NONE;
    int n_label = 0, n_alias = 0;
    for (i = 0; i < g->n_nodes; i++) {
        const rg_node *n = &g->nodes[i].v;
        if (strcasecmp(n->label, name) == 0) {
            by_label = i;
            n_label++;
            continue;
        }
        for (size_t a = 0; a < n->n_aliases; a++)
            if (strcasecmp(n->aliases[a], name) == 0) {
                by_alias = i;
                n_alias++;
                break;
            }
    }
    if (n_label == 1) return by_label;
    if (n_label == 0 && n_alias == 1) return by_alias;
    return S_NONE;
}

/* ------------------------------------------------------------- mutations */

size_t rg_graph_node_add(rg_graph *g, const char *id, rg_type type, int *created)
{
    size_t i;
    size_t len = strlen(id);
    S_ids(g);
    if (rg_map_get(g->ids, id, len, &i)) {
        if (created) *created = 0;
        return i;
    }
    RG_GROW(g->nodes, g->cap_nodes, g->n_nodes + 1);
    i = g->n_nodes++;
    rg_node_rec *n = &g->nodes[i];
    memset(n, 0, sizeof *n);
    n->v.id = rg_xstrdup(id);
    n->v.label = rg_xstrdup(id);
    n->v.type = type;
    rg_map_put(g->ids, id, len, i);
    g->sorted = 0;
    if (created) *created = 1;
    return i;
}

static void S_set_str(const char **slot, const char *value)
{
    free((char *)*slot);
    *slot = value ? rg_xstrdup(value) : NULL;
}

void rg_graph_node_set_label(rg_graph *g, size_t node, const char *label)
{
    S_set_str(&g->nodes[node].v.label, label);
    g->sorted = 0;
}

void rg_graph_node_set_code(rg_graph *g, size_t node, const char *code)
{
    S_set_str(&g->nodes[node].v.code, code);
}

void rg_graph_node_add_alias(rg_graph *g, size_t node, const char *alias, long count)
{
    rg_node_rec *n = &g->nodes[node];
    for (size_t i = 0; i < n->v.n_aliases; i++)
        if (strcmp(n->v.aliases[i], alias) == 0) {
            n->alias_counts[i] += count;
            return;
        }
    size_t cap = n->cap_aliases;
    RG_GROW(n->v.aliases, n->cap_aliases, n->v.n_aliases + 1);
    RG_GROW(n->alias_counts, cap, n->v.n_aliases + 1);
    n->v.aliases[n->v.n_aliases] = rg_xstrdup(alias);
    n->alias_counts[n->v.n_aliases] = count;
    n->v.n_aliases++;
    g->sorted = 0;
}

void rg_graph_node_set_affiliation(rg_graph *g, size_t node, const char *id)
{
    S_set_str(&g->nodes[node].v.affiliation, id);
}

void rg_graph_node_add_role(rg_graph *g, size_t node, const char *role)
{
    rg_node_rec *n = &g->nodes[node];
    for (size_t i = 0; i < n->v.n_roles; i++)
        if (strcmp(n->v.roles[i], role) == 0) return;
    RG_GROW(n->v.roles, n->cap_roles, n->v.n_roles + 1);
    n->v.roles[n->v.n_roles++] = rg_xstrdup(role);
    g->sorted = 0;
}

void rg_graph_node_add_counts(rg_graph *g, size_t node, long mentions, long documents)
{
    g->nodes[node].v.mentions += mentions;
    g->nodes[node].v.documents += documents;
}

void rg_graph_node_add_period(rg_graph *g, size_t node, int day, int what, long n)
{
    rg_node_rec *r = &g->nodes[node];
    rg_period *p = (rg_period *)r->v.periods;
    S_period_add(&p, &r->v.n_periods, &r->cap_periods, day, what, n);
    r->v.periods = p;
}

static size_t S_pair_key(char *buf, size_t a, size_t b)
{
    if (a > b) {
        size_t t = a;
        a = b;
        b = t;
    }
    memcpy(buf, &a, sizeof a);
    memcpy(buf + sizeof a, &b, sizeof b);
    return 2 * sizeof a;
}

size_t rg_graph_link_add(rg_graph *g, size_t a, size_t b)
{
    char key[2 * sizeof(size_t)];
    size_t klen = S_pair_key(key, a, b), i;
    S_pairs(g);
    if (rg_map_get(g->pairs, key, klen, &i)) return i;
    RG_GROW(g->links, g->cap_links, g->n_links + 1);
    i = g->n_links++;
    rg_link_rec *l = &g->links[i];
    memset(l, 0, sizeof *l);
    l->v.source = a < b ? a : b;
    l->v.target = a < b ? b : a;
    l->weight_set = 0;
    rg_map_put(g->pairs, key, klen, i);
    g->sorted = 0;
    return i;
}

void rg_graph_link_add_counts(rg_graph *g, size_t link, long cooccurrence, long documents)
{
    g->links[link].v.cooccurrence += cooccurrence;
    g->links[link].v.documents += documents;
}

void rg_graph_link_add_interaction(rg_graph *g, size_t link, rg_kind kind, long n)
{
    if ((unsigned)kind < RG_KIND_COUNT) g->links[link].v.interactions[kind] += n;
}

void rg_graph_link_add_period(rg_graph *g, size_t link, int day, int what, long n)
{
    rg_link_rec *r = &g->links[link];
    rg_period *p = (rg_period *)r->v.periods;
    S_period_add(&p, &r->v.n_periods, &r->cap_periods, day, what, n);
    r->v.periods = p;
}

int rg_graph_link_wants_evidence(const rg_graph *g, size_t link, int kind)
{
    const rg_link_rec *l = &g->links[link];
    if (g->evidence_cap == 0) return 0;
    if (l->v.n_evidence < g->evidence_cap) return 1;
    if (kind < 0) return 0;
    for (size_t i = 0; i < l->v.n_evidence; i++)
        if (l->ev[i].kind < 0) return 1;
    return 0;
}

void rg_graph_link_add_evidence(rg_graph *g, size_t link, const rg_evidence *ev)
{
    rg_link_rec *l = &g->links[link];
    if (g->evidence_cap == 0) return;
    if (l->v.n_evidence >= g->evidence_cap) {
        /* Full: a stated interaction displaces the latest co-occurrence;
         * anything else is dropped. */
        if (ev->kind < 0) return;
        size_t victim = S_NONE;
        for (size_t i = l->v.n_evidence; i-- > 0;)
            if (l->ev[i].kind < 0) {
                victim = i;
                break;
            }
        if (victim == S_NONE) return;
        S_evidence_clear(&l->ev[victim]);
        memmove(&l->ev[victim], &l->ev[victim + 1],
                (l->v.n_evidence - victim - 1) * sizeof *l->ev);
        l->v.n_evidence--;
    }
    RG_GROW(l->ev, l->cap_ev, l->v.n_evidence + 1);
    rg_evidence *e = &l->ev[l->v.n_evidence++];
    e->doc = rg_xstrdup(ev->doc ? ev->doc : "");
    e->sentence = ev->sentence;
    e->kind = ev->kind;
    e->source = ev->source ? rg_xstrdup(ev->source) : NULL;
    e->text = rg_xstrdup(ev->text ? ev->text : "");
    e->day = ev->day;
    l->v.evidence = l->ev;
}

void rg_graph_link_set_weight(rg_graph *g, size_t link, long weight)
{
    g->links[link].v.weight = weight;
    g->links[link].weight_set = 1;
}

/* ----------------------------------------------------------------- rekey */

void rg_graph__rekey(rg_graph *g, const size_t *to, char *const *new_ids, size_t **old_to_new)
{
    size_t n = g->n_nodes;
    /* old id -> node, for renaming evidence sources: the graph's own map */
    S_ids(g);
    rg_map *idx = g->ids;

    /* merge node attributes into their targets */
    for (size_t i = 0; i < n; i++) {
        if (to[i] == i) continue;
        rg_node_rec *x = &g->nodes[i];
        size_t t = to[i];
        for (size_t a = 0; a < x->v.n_aliases; a++) rg_graph_node_add_alias(g, t, x->v.aliases[a], x->alias_counts[a]);
        for (size_t a = 0; a < x->v.n_roles; a++) rg_graph_node_add_role(g, t, x->v.roles[a]);
        rg_graph_node_add_counts(g, t, x->v.mentions, x->v.documents);
        for (size_t p = 0; p < x->v.n_periods; p++)
            rg_graph_node_add_period(g, t, x->v.periods[p].day, x->v.periods[p].what, x->v.periods[p].n);
    }
    /* move links of merged nodes */
    size_t nl = g->n_links;
    uint8_t *dead = rg_xcalloc(nl ? nl : 1, 1);
    for (size_t l = 0; l < nl; l++) {
        size_t a = g->links[l].v.source, b = g->links[l].v.target;
        if (to[a] == a && to[b] == b) continue;
        dead[l] = 1;
        size_t ta = to[a], tb = to[b];
        if (ta == tb) continue;
        size_t k = rg_graph_link_add(g, ta, tb);
        if (k >= nl) {
            /* a new link: dead[] must cover it */
            dead = rg_xrealloc(dead, g->n_links);
            memset(dead + nl, 0, g->n_links - nl);
            nl = g->n_links;
        }
        rg_link_rec *src = &g->links[l];
        rg_graph_link_add_counts(g, k, src->v.cooccurrence, src->v.documents);
        for (int kind = 0; kind < RG_KIND_COUNT; kind++)
            if (src->v.interactions[kind]) rg_graph_link_add_interaction(g, k, (rg_kind)kind, src->v.interactions[kind]);
        src = &g->links[l]; /* links may have moved */
        for (size_t e = 0; e < src->v.n_evidence; e++) rg_graph_link_add_evidence(g, k, &src->ev[e]);
        for (size_t p = 0; p < src->v.n_periods; p++)
            rg_graph_link_add_period(g, k, src->v.periods[p].day, src->v.periods[p].what, src->v.periods[p].n);
    }
    /* rename evidence sources */
    for (size_t l = 0; l < g->n_links; l++) {
        rg_link_rec *x = &g->links[l];
        for (size_t e = 0; e < x->v.n_evidence; e++) {
            size_t o;
            if (!x->ev[e].source || !rg_map_get(idx, x->ev[e].source, strlen(x->ev[e].source), &o)) continue;
            o = to[o];
            free((char *)x->ev[e].source);
            x->ev[e].source = rg_xstrdup(new_ids[o]);
        }
    }
    /* compact nodes; ids and pairs are rebuilt on first use after this */
    rg_map_free(g->ids);
    g->ids = NULL;
    rg_map_free(g->pairs);
    g->pairs = NULL;
    size_t *map = rg_xmalloc((n ? n : 1) * sizeof *map);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (to[i] != i) {
            S_node_clear(&g->nodes[i]);
            map[i] = (size_t)-1;
            continue;
        }
        map[i] = k;
        free((char *)g->nodes[i].v.id);
        g->nodes[i].v.id = rg_xstrdup(new_ids[i]);
        g->nodes[k++] = g->nodes[i];
    }
    for (size_t i = 0; i < n; i++)
        if (to[i] != i) map[i] = map[to[i]];
    g->n_nodes = k;
    /* compact links */
    size_t m = 0;
    for (size_t l = 0; l < g->n_links; l++) {
        if (dead[l]) {
            S_link_clear(&g->links[l]);
            continue;
        }
        g->links[l].v.source = map[g->links[l].v.source];
        g->links[l].v.target = map[g->links[l].v.target];
        g->links[m++] = g->links[l];
    }
    g->n_links = m;
    free(dead);
    g->sorted = 0;
    *old_to_new = map;
}

/* ---------------------------------------------------------------- finish */

static int S_strp_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static const rg_graph *S_sort_graph; /* qsort has no context argument */

static int S_node_cmp(const void *a, const void *b)
{
    return strcmp(((const rg_node_rec *)a)->v.id, ((const rg_node_rec *)b)->v.id);
}

static int S_link_cmp(const void *a, const void *b)
{
    const rg_link_rec *x = a, *y = b;
    /* after remapping, node indices follow id order */
    (void)S_sort_graph;
    if (x->v.source != y->v.source) return x->v.source < y->v.source ? -1 : 1;
    if (x->v.target != y->v.target) return x->v.target < y->v.target ? -1 : 1;
    return 0;
}

/* Sorts a node's aliases (carrying their counts along) and drops an alias
 * equal to the label. */
static void S_node_tidy(rg_node_rec *n)
{
    size_t k = 0;
    for (size_t i = 0; i < n->v.n_aliases; i++) {
        if (strcmp(n->v.aliases[i], n->v.label) == 0) {
            free((char *)n->v.aliases[i]);
            continue;
        }
        n->v.aliases[k] = n->v.aliases[i];
        n->alias_counts[k] = n->alias_counts[i];
        k++;
    }
    n->v.n_aliases = k;
    /* insertion sort: alias lists are short */
    for (size_t i = 1; i < k; i++) {
        const char *s = n->v.aliases[i];
        long c = n->alias_counts[i];
        size_t j = i;
        while (j > 0 && strcmp(n->v.aliases[j - 1], s) > 0) {
            n->v.aliases[j] = n->v.aliases[j - 1];
            n->alias_counts[j] = n->alias_counts[j - 1];
            j--;
        }
        n->v.aliases[j] = s;
        n->alias_counts[j] = c;
    }
    if (n->v.n_roles > 1) qsort(n->v.roles, n->v.n_roles, sizeof *n->v.roles, S_strp_cmp);
}

void rg_graph_finish(rg_graph *g)
{
    for (size_t i = 0; i < g->n_nodes; i++) S_node_tidy(&g->nodes[i]);

    /* sort nodes by id and remap link endpoints */
    size_t n = g->n_nodes;
    size_t *old_of = rg_xmalloc((n ? n : 1) * sizeof *old_of);
    size_t *new_of = rg_xmalloc((n ? n : 1) * sizeof *new_of);
    for (size_t i = 0; i < n; i++) g->nodes[i].order = i;
    if (n > 1) qsort(g->nodes, n, sizeof *g->nodes, S_node_cmp); /* nodes is NULL when n == 0 */
    for (size_t i = 0; i < n; i++) {
        old_of[i] = g->nodes[i].order;
        new_of[old_of[i]] = i;
    }
    rg_map_free(g->ids);
    g->ids = NULL; /* rebuilt on first use (S_ids) */

    rg_map_free(g->pairs);
    g->pairs = NULL; /* rebuilt on first use (S_pairs) */
    for (size_t i = 0; i < g->n_links; i++) {
        rg_link_rec *l = &g->links[i];
        size_t a = new_of[l->v.source], b = new_of[l->v.target];
        l->v.source = a < b ? a : b;
        l->v.target = a < b ? b : a;
        if (!l->weight_set) {
            long w = l->v.cooccurrence;
            for (int k = 0; k < RG_KIND_COUNT; k++) w += l->v.interactions[k];
            l->v.weight = w;
        }
    }
    S_sort_graph = g;
    if (g->n_links > 1) qsort(g->links, g->n_links, sizeof *g->links, S_link_cmp);
    for (size_t i = 0; i < g->n_links; i++) g->links[i].v.evidence = g->links[i].ev;
    free(old_of);
    free(new_of);
    g->sorted = 1;
}
