/*
 * graph_private.h: the rg_graph struct, shared by the files of graph/ and
 * nothing else.
 */
#ifndef RG_GRAPH_PRIVATE_H
#define RG_GRAPH_PRIVATE_H

#include "graph.h"

typedef struct rg_node_rec {
    rg_node v;            /* public view; strings owned here */
    long *alias_counts;   /* parallel to v.aliases */
    size_t cap_aliases;
    size_t cap_roles;
    size_t cap_periods;   /* v.periods is owned, as an rg_period * */
    size_t order;         /* scratch for sorting */
} rg_node_rec;

typedef struct rg_link_rec {
    rg_link v;
    rg_evidence *ev;      /* owned; v.evidence points here */
    size_t cap_ev;
    size_t cap_periods;   /* v.periods is owned, as an rg_period * */
    int weight_set;
} rg_link_rec;

struct rg_graph {
    rg_node_rec *nodes;
    size_t n_nodes, cap_nodes;
    rg_link_rec *links;
    size_t n_links, cap_links;
    rg_map *ids;          /* id -> node index */
    rg_map *pairs;        /* (a,b) bytes -> link index */
    char *window;
    long documents;
    rg_period *periods;   /* documents by day */
    size_t n_periods, cap_periods;
    size_t evidence_cap;
    int sorted;
};

/** Renames and merges nodes in place: node i is merged into node to[i]
 *  when to[i] != i (aliases, roles, counts, links, evidence move over);
 *  every surviving node i gets the id new_ids[i]; evidence sources are
 *  renamed along. Then dead nodes and links are dropped and indices
 *  compacted; call rg_graph_finish() afterwards. *old_to_new (caller
 *  frees) maps each old index to its new one. */
void rg_graph__rekey(rg_graph *g, const size_t *to, char *const *new_ids, size_t **old_to_new);

/** The alias vote counts of node i (parallel to its aliases). */
static inline const long *rg_graph__alias_counts(const rg_graph *g, size_t i)
{
    return g->nodes[i].alias_counts;
}

#endif
