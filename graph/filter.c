/*
 * filter.c: rg_graph_filter(), a copy of a graph restricted to the node
 * types and link weights the user asked for.
 *
 * The filter never mutates its input: it decides which links survive
 * (weight >= min_weight and both ends of a kept type), then which nodes
 * survive (kept type, and a surviving link when isolates are dropped), and
 * copies those through the ordinary mutation API, so the result obeys the
 * same invariants as any other graph. Everything a node or link carries is
 * copied: label, code, aliases with their vote counts, roles, affiliation,
 * counts, interactions, evidence and the link weight as stored (a weight
 * read from JSON is kept even when it differs from the computed one).
 *
 * An affiliation is copied even when the node it names is filtered out:
 * it is an attribute of the person ("affiliated to Russia"), not a link,
 * and hiding countries from a picture does not change who someone works
 * for.
 */
#include "graph.h"
#include "graph_private.h"

#include <stdlib.h>

/* Copies node i of g (with every attribute) into out; returns its index
 * in out. */
static size_t S_copy_node(rg_graph *out, const rg_graph *g, size_t i)
{
    const rg_node *n = rg_graph_node(g, i);
    const long *counts = rg_graph__alias_counts(g, i);
    size_t k = rg_graph_node_add(out, n->id, n->type, NULL);
    rg_graph_node_set_label(out, k, n->label);
    if (n->code) rg_graph_node_set_code(out, k, n->code);
    for (size_t a = 0; a < n->n_aliases; a++)
        rg_graph_node_add_alias(out, k, n->aliases[a], counts ? counts[a] : 0);
    if (n->affiliation) rg_graph_node_set_affiliation(out, k, n->affiliation);
    for (size_t r = 0; r < n->n_roles; r++) rg_graph_node_add_role(out, k, n->roles[r]);
    rg_graph_node_add_counts(out, k, n->mentions, n->documents);
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
    rg_graph_link_set_weight(out, k, l->weight);
}

int rg_filter_is_noop(const rg_filter *f)
{
    /* every link weighs at least 1 */
    return !f || (f->min_weight <= 1 && f->types == 0 && !f->drop_isolates);
}

rg_graph *rg_graph_filter(const rg_graph *g, const rg_filter *f)
{
    static const rg_filter none = RG_FILTER_INIT;
    if (!f) f = &none;

    size_t n = rg_graph_node_count(g), m = rg_graph_link_count(g);
    unsigned char *type_ok = rg_xcalloc(n ? n : 1, 1);
    unsigned char *keep_link = rg_xcalloc(m ? m : 1, 1);
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

    for (size_t i = 0; i < n; i++) {
        rg_type t = rg_graph_node(g, i)->type;
        type_ok[i] = f->types == 0 || (f->types & (1u << t)) != 0;
    }
    for (size_t i = 0; i < m; i++) {
        const rg_link *l = rg_graph_link(g, i);
        if (l->weight < f->min_weight || !type_ok[l->source] || !type_ok[l->target]) continue;
        keep_link[i] = 1;
        degree[l->source]++;
        degree[l->target]++;
    }
    for (size_t i = 0; i < n; i++) {
        new_index[i] = (size_t)-1;
        if (!type_ok[i] || (f->drop_isolates && degree[i] == 0)) continue;
        new_index[i] = S_copy_node(out, g, i);
    }
    for (size_t i = 0; i < m; i++) {
        if (!keep_link[i]) continue;
        const rg_link *l = rg_graph_link(g, i);
        S_copy_link(out, l, new_index[l->source], new_index[l->target]);
    }

    rg_graph_set_evidence_cap(out, g->evidence_cap);
    rg_graph_finish(out);
    free(type_ok);
    free(keep_link);
    free(degree);
    free(new_index);
    return out;
}
