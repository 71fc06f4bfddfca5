/*
 * filter.c: rg_graph_filter(), a copy of a graph restricted to the node
 * types and link weights the user asked for.
 *
 * The filter never mutates its input. It marks which nodes and links
 * survive, one step at a time in the fixed order documented at rg_filter
 * in graph.h (types, kinds, min-weight, ego, largest component, top,
 * isolates), each step seeing only what the earlier ones kept; a link
 * survives only while both its ends do. Then it copies the survivors
 * through the ordinary mutation API, so the result obeys the
 * same invariants as any other graph. Everything a node or link carries is
 * copied: label, code, aliases with their vote counts, roles, affiliation,
 * counts, interactions, evidence and the link weight as stored (a weight
 * read from JSON is kept even when it differs from the computed one).
 *
 * A time window (since/until) is cut first, into an intermediate graph
 * rebuilt from the nodes' and links' by-day periods, and the other steps
 * run on that: what a weight or a top-N ranking means does not change
 * with the window.
 *
 * An affiliation is copied even when the node it names is filtered out:
 * it is an attribute of the person ("affiliated to Russia"), not a link,
 * and hiding countries from a picture does not change who someone works
 * for.
 */
#include "graph.h"
#include "graph_private.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Whether day lies in the window [since, until] of f (0: open); an
 * undated contribution (day 0) lies in no window. */
static int S_in(const rg_filter *f, int day)
{
    return day > 0 && (!f->since || day >= f->since) && (!f->until || day <= f->until);
}

/* Copies node i of g (with every attribute) into out; returns its index
 * in out. With a window win, the counts and periods are those of its
 * days, and a node nothing in the window mentions is not copied
 * ((size_t)-1). */
static size_t S_copy_node(rg_graph *out, const rg_graph *g, size_t i, const rg_filter *win)
{
    const rg_node *n = rg_graph_node(g, i);
    long mentions = n->mentions, documents = n->documents;
    if (win) {
        mentions = documents = 0;
        for (size_t p = 0; p < n->n_periods; p++) {
            if (!S_in(win, n->periods[p].day)) continue;
            if (n->periods[p].what == RG_PERIOD_MENTIONS) mentions += n->periods[p].n;
            if (n->periods[p].what == RG_PERIOD_DOCUMENTS) documents += n->periods[p].n;
        }
        if (!documents) return (size_t)-1;
    }
    const long *counts = rg_graph__alias_counts(g, i);
    size_t k = rg_graph_node_add(out, n->id, n->type, NULL);
    rg_graph_node_set_label(out, k, n->label);
    if (n->code) rg_graph_node_set_code(out, k, n->code);
    for (size_t a = 0; a < n->n_aliases; a++)
        rg_graph_node_add_alias(out, k, n->aliases[a], counts ? counts[a] : 0);
    if (n->affiliation) rg_graph_node_set_affiliation(out, k, n->affiliation);
    for (size_t r = 0; r < n->n_roles; r++) rg_graph_node_add_role(out, k, n->roles[r]);
    rg_graph_node_add_counts(out, k, mentions, documents);
    for (size_t p = 0; p < n->n_periods; p++)
        if (!win || S_in(win, n->periods[p].day))
            rg_graph_node_add_period(out, k, n->periods[p].day, n->periods[p].what, n->periods[p].n);
    return k;
}

/* Copies link l of g between the already-copied nodes a and b of out. */
static void S_copy_link(rg_graph *out, const rg_link *l, size_t a, size_t b)
{
    size_t k = rg_graph_link_add(out, a, b);
    rg_graph_link_add_counts(out, k, l->cooccurrence, l->documents);
    for (int kind = 0; kind < RG_KIND_COUNT; kind++)
        if (l->interactions[kind])
            rg_graph_link_add_interaction(out, k, (rg_kind)kind, l->interactions[kind]);
    for (size_t e = 0; e < l->n_evidence; e++) rg_graph_link_add_evidence(out, k, &l->evidence[e]);
    for (size_t p = 0; p < l->n_periods; p++)
        rg_graph_link_add_period(out, k, l->periods[p].day, l->periods[p].what, l->periods[p].n);
    rg_graph_link_set_weight(out, k, l->weight);
}

int rg_filter_is_noop(const rg_filter *f)
{
    /* every link weighs at least 1 */
    return !f || (f->min_weight <= 1 && f->types == 0 && !f->drop_isolates &&
                  f->links == RG_LINKS_ALL && !f->use_ego && !f->largest && f->top == 0 &&
                  !f->since && !f->until);
}

int rg_filter_set_dates(rg_filter *f, const char *since, const char *until)
{
    int a = 0, b = 0;
    if (since && rg_date_parse_bound(since, 0, &a) != 0)
        return rg_error_set(RG_EUSAGE, "--since '%s' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", since);
    if (until && rg_date_parse_bound(until, 1, &b) != 0)
        return rg_error_set(RG_EUSAGE, "--until '%s' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", until);
    if (a && b && a > b)
        return rg_error_set(RG_EUSAGE, "--since %s comes after --until %s: the window is empty", since, until);
    f->since = a;
    f->until = b;
    return RG_OK;
}

/* Step 0: the graph of the days [since, until] (0: open). */
static rg_graph *S_window(const rg_graph *g, const rg_filter *f)
{
    rg_graph *out = rg_graph_new();
    size_t n = rg_graph_node_count(g), m = rg_graph_link_count(g), np;
    size_t *new_index = rg_xmalloc((n ? n : 1) * sizeof *new_index);
    rg_graph_set_window(out, rg_graph_window(g));
    const rg_period *gp = rg_graph_periods(g, &np);
    long docs = 0;
    for (size_t p = 0; p < np; p++)
        if (S_in(f, gp[p].day)) {
            rg_graph_add_period(out, gp[p].day, gp[p].what, gp[p].n);
            if (gp[p].what == RG_PERIOD_DOCUMENTS) docs += gp[p].n;
        }
    rg_graph_set_documents(out, docs);
    size_t cap = g->evidence_cap;
    for (size_t i = 0; i < m; i++)
        if (rg_graph_link(g, i)->n_evidence > cap) cap = rg_graph_link(g, i)->n_evidence;
    rg_graph_set_evidence_cap(out, cap);
    for (size_t i = 0; i < n; i++) new_index[i] = S_copy_node(out, g, i, f);
    for (size_t i = 0; i < m; i++) {
        const rg_link *l = rg_graph_link(g, i);
        size_t a = new_index[l->source], b = new_index[l->target];
        if (a == (size_t)-1 || b == (size_t)-1) continue;
        long cooc = 0, nd = 0, kinds[RG_KIND_COUNT] = {0}, total = 0;
        for (size_t p = 0; p < l->n_periods; p++) {
            const rg_period *q = &l->periods[p];
            if (!S_in(f, q->day)) continue;
            if (q->what == RG_PERIOD_COOCCURRENCE) cooc += q->n;
            else if (q->what == RG_PERIOD_DOCUMENTS) nd += q->n;
            else if (q->what >= 0 && q->what < RG_KIND_COUNT) kinds[q->what] += q->n;
        }
        total = cooc;
        for (int k = 0; k < RG_KIND_COUNT; k++) total += kinds[k];
        if (total <= 0) continue;
        size_t k = rg_graph_link_add(out, a, b);
        rg_graph_link_add_counts(out, k, cooc, nd);
        for (int q = 0; q < RG_KIND_COUNT; q++)
            if (kinds[q]) rg_graph_link_add_interaction(out, k, (rg_kind)q, kinds[q]);
        for (size_t p = 0; p < l->n_periods; p++)
            if (S_in(f, l->periods[p].day))
                rg_graph_link_add_period(out, k, l->periods[p].day, l->periods[p].what, l->periods[p].n);
        for (size_t e = 0; e < l->n_evidence; e++)
            if (S_in(f, l->evidence[e].day)) rg_graph_link_add_evidence(out, k, &l->evidence[e]);
    }
    rg_graph_set_evidence_cap(out, g->evidence_cap);
    rg_graph_finish(out);
    free(new_index);
    return out;
}

int rg_filter_parse_kinds(rg_filter *f, const char *list)
{
    if (strcmp(list, "interactions") == 0) {
        f->links = RG_LINKS_INTERACTIONS;
        f->kinds = 0;
        return RG_OK;
    }
    if (strcmp(list, "cooccurrence") == 0) {
        f->links = RG_LINKS_COOCCURRENCE;
        f->kinds = 0;
        return RG_OK;
    }
    unsigned mask = 0;
    const char *p = list;
    for (;;) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        char item[64];
        rg_kind k;
        if (len == 0 || len >= sizeof item)
            return rg_error_set(RG_EUSAGE, "'%s' is not 'interactions', 'cooccurrence' or a "
                                "comma-separated list of interaction kinds", list);
        memcpy(item, p, len);
        item[len] = '\0';
        if (rg_kind_parse(item, &k) != RG_OK)
            return rg_error_set(RG_EUSAGE, "unknown interaction kind '%s' (or use 'interactions' "
                                "or 'cooccurrence')", item);
        mask |= 1u << k;
        if (!comma) break;
        p = comma + 1;
    }
    f->links = RG_LINKS_KINDS;
    f->kinds = mask;
    return RG_OK;
}

int rg_filter_set_ego(rg_filter *f, const rg_graph *g, const char *name)
{
    size_t i = rg_graph_lookup(g, name);
    if (i != (size_t)-1) {
        f->use_ego = 1;
        f->ego = i;
        return RG_OK;
    }
    /* tell an ambiguous name from an unknown one */
    size_t n = rg_graph_node_count(g), matches = 0;
    for (size_t k = 0; k < n; k++) {
        const rg_node *node = rg_graph_node(g, k);
        int hit = strcasecmp(node->id, name) == 0 || strcasecmp(node->label, name) == 0;
        for (size_t a = 0; !hit && a < node->n_aliases; a++)
            hit = strcasecmp(node->aliases[a], name) == 0;
        matches += (size_t)hit;
    }
    if (matches > 1)
        return rg_error_set(RG_EUSAGE, "'%s' is ambiguous: it names %zu nodes (give an id)", name,
                            matches);
    return rg_error_set(RG_EUSAGE, "no node is named '%s'", name);
}

/* Whether link l passes the kinds step. */
static int S_kinds_ok(const rg_link *l, const rg_filter *f)
{
    int any = 0;
    for (int k = 0; k < RG_KIND_COUNT; k++) {
        if (l->interactions[k] <= 0) continue;
        any = 1;
        if (f->links == RG_LINKS_KINDS && (f->kinds & (1u << k))) return 1;
    }
    switch (f->links) {
    case RG_LINKS_INTERACTIONS: return any;
    case RG_LINKS_COOCCURRENCE: return !any;
    case RG_LINKS_KINDS: return 0;
    default: return 1;
    }
}

/* Drops the links that lost an end. */
static void S_prune_links(const rg_graph *g, const unsigned char *node_ok, unsigned char *link_ok)
{
    size_t m = rg_graph_link_count(g);
    for (size_t i = 0; i < m; i++) {
        const rg_link *l = rg_graph_link(g, i);
        if (!node_ok[l->source] || !node_ok[l->target]) link_ok[i] = 0;
    }
}

/* Breadth-first search over surviving links from queue[0..len), whose
 * dist is 0, up to max hops: sets dist of every node reached (it must be
 * SIZE_MAX for unvisited nodes) and appends it to queue. Returns the
 * queue's final length. adj_start/adj: see S_adjacency(). */
static size_t S_bfs(const rg_graph *g, size_t *dist, size_t *queue, size_t len, size_t max,
                    const size_t *adj_start, const size_t *adj)
{
    for (size_t head = 0; head < len; head++) {
        size_t u = queue[head];
        if (dist[u] >= max) continue;
        for (size_t k = adj_start[u]; k < adj_start[u + 1]; k++) {
            const rg_link *l = rg_graph_link(g, adj[k]);
            size_t v = l->source == u ? l->target : l->source;
            if (dist[v] != (size_t)-1) continue;
            dist[v] = dist[u] + 1;
            queue[len++] = v;
        }
    }
    return len;
}

/* Adjacency (link indices per node, CSR form) of the surviving links:
 * node u's links are adj[start[u]..start[u+1]). Both malloc'd. */
static void S_adjacency(const rg_graph *g, const unsigned char *link_ok, size_t **start, size_t **adj)
{
    size_t n = rg_graph_node_count(g), m = rg_graph_link_count(g);
    size_t *st = rg_xcalloc(n + 1, sizeof *st);
    size_t *a = rg_xmalloc((m ? 2 * m : 1) * sizeof *a);
    for (size_t i = 0; i < m; i++) {
        if (!link_ok[i]) continue;
        st[rg_graph_link(g, i)->source + 1]++;
        st[rg_graph_link(g, i)->target + 1]++;
    }
    for (size_t i = 0; i < n; i++) st[i + 1] += st[i];
    size_t *fill = rg_xmalloc((n ? n : 1) * sizeof *fill);
    for (size_t i = 0; i < n; i++) fill[i] = st[i];
    for (size_t i = 0; i < m; i++) {
        if (!link_ok[i]) continue;
        const rg_link *l = rg_graph_link(g, i);
        a[fill[l->source]++] = i;
        a[fill[l->target]++] = i;
    }
    free(fill);
    *start = st;
    *adj = a;
}

/* Steps 4 and 5. With ego, keeps the nodes within radius hops of the
 * ego; otherwise keeps the largest connected component (components are
 * visited from their smallest node, so on a tie the first one wins). */
static void S_reach(const rg_graph *g, const rg_filter *f, int ego, unsigned char *node_ok,
                    unsigned char *link_ok)
{
    size_t n = rg_graph_node_count(g);
    size_t *start, *adj;
    size_t *dist = rg_xmalloc((n ? n : 1) * sizeof *dist);
    size_t *queue = rg_xmalloc((n ? n : 1) * sizeof *queue);
    size_t *comp = rg_xmalloc((n ? n : 1) * sizeof *comp);
    size_t best = (size_t)-1, best_size = 0;
    for (size_t i = 0; i < n; i++) dist[i] = comp[i] = (size_t)-1;
    S_adjacency(g, link_ok, &start, &adj);
    if (ego) {
        if (f->ego < n && node_ok[f->ego]) {
            dist[f->ego] = 0;
            queue[0] = f->ego;
            S_bfs(g, dist, queue, 1, f->radius < 0 ? 0 : (size_t)f->radius, start, adj);
        }
        for (size_t i = 0; i < n; i++)
            if (dist[i] == (size_t)-1) node_ok[i] = 0;
    } else {
        for (size_t i = 0; i < n; i++) {
            if (!node_ok[i] || dist[i] != (size_t)-1) continue;
            dist[i] = 0;
            queue[0] = i;
            size_t size = S_bfs(g, dist, queue, 1, (size_t)-1, start, adj);
            for (size_t k = 0; k < size; k++) comp[queue[k]] = i;
            if (size > best_size) {
                best_size = size;
                best = i;
            }
        }
        for (size_t i = 0; i < n; i++)
            if (comp[i] != best) node_ok[i] = 0;
    }
    S_prune_links(g, node_ok, link_ok);
    free(comp);
    free(dist);
    free(queue);
    free(start);
    free(adj);
}

/* Step 6: keeps the top nodes by weighted degree over the links left,
 * ties by index (= id order). */
static const double *S_top_strength; /* qsort has no context argument */

static int S_top_cmp(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    double sx = S_top_strength[x], sy = S_top_strength[y];
    if (sx != sy) return sx > sy ? -1 : 1;
    return x < y ? -1 : x > y;
}

static void S_top(const rg_graph *g, size_t top, unsigned char *node_ok, unsigned char *link_ok)
{
    size_t n = rg_graph_node_count(g), m = rg_graph_link_count(g), k = 0;
    double *strength = rg_xcalloc(n ? n : 1, sizeof *strength);
    size_t *order = rg_xmalloc((n ? n : 1) * sizeof *order);
    for (size_t i = 0; i < m; i++) {
        if (!link_ok[i]) continue;
        const rg_link *l = rg_graph_link(g, i);
        strength[l->source] += (double)l->weight;
        strength[l->target] += (double)l->weight;
    }
    for (size_t i = 0; i < n; i++)
        if (node_ok[i]) order[k++] = i;
    S_top_strength = strength;
    qsort(order, k, sizeof *order, S_top_cmp);
    for (size_t r = top; r < k; r++) node_ok[order[r]] = 0;
    S_prune_links(g, node_ok, link_ok);
    free(strength);
    free(order);
}

rg_graph *rg_graph_filter(const rg_graph *g, const rg_filter *f)
{
    static const rg_filter none = RG_FILTER_INIT;
    if (!f) f = &none;
    rg_graph *windowed = NULL;
    rg_filter fw;
    if (f->since || f->until) {
        /* step 0, then the rest on the window's graph; the ego is found
         * again there by id (indices differ; absent means nothing kept) */
        windowed = S_window(g, f);
        fw = *f;
        if (f->use_ego) fw.ego = rg_graph_find(windowed, rg_graph_node(g, f->ego)->id);
        g = windowed;
        f = &fw;
    }

    size_t n = rg_graph_node_count(g), m = rg_graph_link_count(g);
    unsigned char *node_ok = rg_xcalloc(n ? n : 1, 1);
    unsigned char *link_ok = rg_xcalloc(m ? m : 1, 1);
    size_t *degree = rg_xcalloc(n ? n : 1, sizeof *degree);
    size_t *new_index = rg_xmalloc((n ? n : 1) * sizeof *new_index);
    rg_graph *out = rg_graph_new();

    /* Copy every evidence item the source holds, even past its own cap
     * (a graph read from JSON may carry more), then restore the cap. */
    size_t cap = g->evidence_cap;
    for (size_t i = 0; i < m; i++)
        if (rg_graph_link(g, i)->n_evidence > cap) cap = rg_graph_link(g, i)->n_evidence;
    rg_graph_set_evidence_cap(out, cap);
    rg_graph_set_window(out, rg_graph_window(g));
    rg_graph_set_documents(out, rg_graph_documents(g));
    {
        size_t np;
        const rg_period *gp = rg_graph_periods(g, &np);
        for (size_t p = 0; p < np; p++) rg_graph_add_period(out, gp[p].day, gp[p].what, gp[p].n);
    }

    /* 1-3: types, kinds, min-weight */
    for (size_t i = 0; i < n; i++) {
        rg_type t = rg_graph_node(g, i)->type;
        node_ok[i] = f->types == 0 || (f->types & (1u << t)) != 0;
    }
    for (size_t i = 0; i < m; i++) {
        const rg_link *l = rg_graph_link(g, i);
        link_ok[i] = node_ok[l->source] && node_ok[l->target] && S_kinds_ok(l, f) &&
                     l->weight >= f->min_weight;
    }
    if (f->use_ego) S_reach(g, f, 1, node_ok, link_ok);    /* 4 */
    if (f->largest) S_reach(g, f, 0, node_ok, link_ok);    /* 5 */
    if (f->top > 0) S_top(g, f->top, node_ok, link_ok);   /* 6 */

    for (size_t i = 0; i < m; i++) {
        if (!link_ok[i]) continue;
        degree[rg_graph_link(g, i)->source]++;
        degree[rg_graph_link(g, i)->target]++;
    }
    for (size_t i = 0; i < n; i++) {
        new_index[i] = (size_t)-1;
        if (!node_ok[i] || (f->drop_isolates && degree[i] == 0)) continue; /* 7 */
        new_index[i] = S_copy_node(out, g, i, NULL);
    }
    for (size_t i = 0; i < m; i++) {
        if (!link_ok[i]) continue;
        const rg_link *l = rg_graph_link(g, i);
        S_copy_link(out, l, new_index[l->source], new_index[l->target]);
    }

    rg_graph_set_evidence_cap(out, g->evidence_cap);
    rg_graph_finish(out);
    free(node_ok);
    free(link_ok);
    free(degree);
    free(new_index);
    rg_graph_free(windowed);
    return out;
}
