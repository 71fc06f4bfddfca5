/*
 * analyze.c: network statistics of an rg_graph, computed with igraph 0.10.
 * This is the only file that includes <igraph.h>; igraph's types and
 * error codes never leave it (errors become RG_EBACKEND with igraph's
 * message).
 *
 * The graph is copied into an undirected igraph graph: vertex i is node
 * i, edge k is the k-th link with a positive weight, and the weights are
 * the link weights (cooccurrence + interactions). Measures:
 *
 *   degree, strength     links and summed weight at a node
 *   betweenness          share of shortest paths through a node, with
 *                        length = 1/weight (a strong tie is a short hop),
 *                        divided by (n-1)(n-2)/2, the number of pairs of
 *                        other nodes, so a star's centre scores 1
 *   closeness            igraph's normalised closeness over the same
 *                        lengths, among the nodes a node reaches
 *   pagerank             PRPACK, damping 0.85, weighted
 *   eigenvector          weighted, scaled to a maximum of 1
 *   core                 k-core number (unweighted)
 *   components           weak components, and the largest one's size
 *   density              links / possible links, no loops
 *   communities          Louvain (multilevel, resolution 1) with its
 *                        modularity; the RNG is seeded just before, so
 *                        the same seed gives the same partition
 *   leiden               Leiden with the modularity objective: node
 *                        weights = strength, resolution = 1 / (2 * total
 *                        weight) (igraph's default is CPM); seeded again
 *                        just before; its modularity is recomputed with
 *                        igraph_modularity, like Louvain's
 *   transitivity         global, unweighted (0 without connected triples)
 *   diameter             unweighted, over the whole graph with
 *                        unconn=true: the longest shortest path inside
 *                        any component, which is the largest component's
 *                        diameter or a smaller component's if longer
 *   assortativity        nominal, by node type, undirected, normalised;
 *                        NaN when undefined (one type only, no links)
 *
 * Louvain's labels are arbitrary, so communities are renumbered: by size
 * descending, ties broken by the smallest node index in the community.
 * With nodes in id order this makes the numbering a function of the graph
 * and the seed alone.
 *
 * Process-wide igraph setup happens once, lazily, on the first call: an
 * error handler that records the reason, frees igraph's cleanup stack
 * (IGRAPH_FINALLY_FREE) and returns, so every call reports a code we turn
 * into RG_EBACKEND, and a silent warning handler (the warnings igraph
 * emits for our inputs, e.g. eigenvector centrality on a graph without
 * edges, are expected and handled here). We use no igraph attributes, so
 * no attribute table is installed. The CLI is single-threaded; the flag
 * is not guarded.
 *
 * Our own code keeps nothing on igraph's FINALLY stack: every vector is
 * destroyed at the single exit below, so the handler's IGRAPH_FINALLY_FREE
 * only ever frees igraph's internal temporaries.
 */
#include "graph.h"

#include <igraph.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

struct rg_stats {
    rg_graph_summary summary;
    rg_node_stats *nodes; /* summary.nodes entries (NULL when 0) */
};

/* ------------------------------------------------------- igraph set-up */

static int S_ready;
static char S_reason[256]; /* igraph's message for the last error */

static void S_on_error(const char *reason, const char *file, int line, igraph_error_t err)
{
    (void)file;
    (void)line;
    (void)err;
    snprintf(S_reason, sizeof S_reason, "%s", reason ? reason : "");
    IGRAPH_FINALLY_FREE(); /* required: igraph expects the handler to free its stack */
}

static void S_on_warning(const char *reason, const char *file, int line)
{
    (void)reason;
    (void)file;
    (void)line;
}

static void S_setup(void)
{
    if (S_ready) return;
    igraph_set_error_handler(S_on_error);
    igraph_set_warning_handler(S_on_warning);
    S_ready = 1;
}

/* Turns igraph's code into RG_EBACKEND with a message naming the step. */
static int S_fail(const char *step, igraph_error_t e)
{
    return rg_error_set(RG_EBACKEND, "igraph %s failed: %s%s%s", step, igraph_strerror(e),
                        S_reason[0] ? ": " : "", S_reason);
}

/* 0 for NaN and infinities (isolated nodes, empty graphs), else x. */
static double S_finite(double x) { return isfinite(x) ? x : 0.0; }

/* ------------------------------------------------------- communities */

typedef struct {
    igraph_integer_t label; /* Louvain's label */
    size_t size;
    size_t first;           /* smallest node index */
} S_comm;

static int S_comm_cmp(const void *a, const void *b)
{
    const S_comm *x = a, *y = b;
    if (x->size != y->size) return x->size > y->size ? -1 : 1;
    if (x->first != y->first) return x->first < y->first ? -1 : 1;
    return 0;
}

/* Writes the renumbered community of every node into out[i] and returns
 * the number of communities. membership holds n labels in 0..n-1
 * (igraph's multilevel and Leiden labels are dense). */
static size_t S_renumber(long *out, const igraph_vector_int_t *membership, size_t n)
{
    S_comm *c = rg_xcalloc(n, sizeof *c);
    size_t *rank = rg_xmalloc(n * sizeof *rank);
    size_t count = 0;
    for (size_t i = 0; i < n; i++) {
        c[i].label = (igraph_integer_t)i;
        c[i].first = (size_t)-1;
    }
    for (size_t i = 0; i < n; i++) {
        igraph_integer_t lab = VECTOR(*membership)[i];
        S_comm *x = &c[lab]; /* 0 <= lab < n: checked by the caller */
        if (x->size++ == 0) {
            x->first = i;
            count++;
        }
    }
    qsort(c, n, sizeof *c, S_comm_cmp); /* empty labels sort last */
    for (size_t r = 0; r < count; r++) rank[c[r].label] = r;
    for (size_t i = 0; i < n; i++) out[i] = (long)rank[VECTOR(*membership)[i]];
    free(c);
    free(rank);
    return count;
}

/* ---------------------------------------------------------- the measures */

enum { S_NREAL = 8, S_NINT = 7 };

/* Checks that membership holds n labels in 0..n-1. */
static int S_labels_ok(const igraph_vector_int_t *membership, size_t n)
{
    if ((size_t)igraph_vector_int_size(membership) != n) return 0;
    for (size_t i = 0; i < n; i++)
        if (VECTOR(*membership)[i] < 0 || VECTOR(*membership)[i] >= (igraph_integer_t)n) return 0;
    return 1;
}

int rg_stats_compute(rg_stats **out, const rg_graph *g, unsigned long seed)
{
    return rg_stats_compute_ex(out, g, seed, RG_STATS_ALL);
}

int rg_stats_compute_ex(rg_stats **out, const rg_graph *g, unsigned long seed, unsigned what)
{
    int err = RG_OK;
    int central = (what & RG_STATS_CENTRALITY) != 0;
    igraph_error_t e = IGRAPH_SUCCESS;
    size_t n = rg_graph_node_count(g), m = rg_graph_link_count(g);
    rg_stats *s = rg_xcalloc(1, sizeof *s);
    rg_graph_summary *sum = &s->summary;

    igraph_t ig;
    int have_graph = 0;
    igraph_vector_t weights, lengths, strength, btw, pr, close, eig, modq;
    igraph_vector_int_t edges, degree, membership, csize, cores, leiden, types;
    igraph_vector_t *reals[S_NREAL] = {&weights, &lengths, &strength, &btw,
                                       &pr, &close, &eig, &modq};
    igraph_vector_int_t *ints[S_NINT] = {&edges, &degree, &membership, &csize, &cores,
                                         &leiden, &types};
    long *labels = NULL;
    int n_reals = 0, n_ints = 0;

    *out = NULL;
    S_setup();
    S_reason[0] = '\0';

    /* What does not need igraph: counts by type and interaction links. */
    sum->nodes = n;
    sum->links = m;
    for (size_t i = 0; i < n; i++) {
        rg_type t = rg_graph_node(g, i)->type;
        if ((unsigned)t < RG_TYPE_COUNT) sum->nodes_by_type[t]++;
    }
    for (size_t i = 0; i < m; i++) {
        const rg_link *l = rg_graph_link(g, i);
        for (int k = 0; k < RG_KIND_COUNT; k++)
            if (l->interactions[k] > 0) {
                sum->interaction_links++;
                break;
            }
    }
    if (central) sum->assortativity = NAN; /* until measured */
    if (n == 0) goto done; /* nothing to measure; igraph not needed */
    s->nodes = rg_xcalloc(n, sizeof *s->nodes);
    for (size_t i = 0; i < n; i++) s->nodes[i].node = i;

    for (; n_reals < S_NREAL; n_reals++)
        if ((e = igraph_vector_init(reals[n_reals], 0)) != IGRAPH_SUCCESS) {
            err = S_fail("vector_init", e);
            goto done;
        }
    for (; n_ints < S_NINT; n_ints++)
        if ((e = igraph_vector_int_init(ints[n_ints], 0)) != IGRAPH_SUCCESS) {
            err = S_fail("vector_int_init", e);
            goto done;
        }

#define S_TRY(step, call)                   \
    do {                                    \
        if ((e = (call)) != IGRAPH_SUCCESS) { \
            err = S_fail(step, e);          \
            goto done;                      \
        }                                   \
    } while (0)

    /* The igraph graph: links with a positive weight. */
    for (size_t i = 0; i < m; i++) {
        const rg_link *l = rg_graph_link(g, i);
        if (l->weight <= 0) continue;
        S_TRY("vector_int_push_back", igraph_vector_int_push_back(&edges, (igraph_integer_t)l->source));
        S_TRY("vector_int_push_back", igraph_vector_int_push_back(&edges, (igraph_integer_t)l->target));
        S_TRY("vector_push_back", igraph_vector_push_back(&weights, (igraph_real_t)l->weight));
        S_TRY("vector_push_back", igraph_vector_push_back(&lengths, 1.0 / (igraph_real_t)l->weight));
    }
    S_TRY("create", igraph_create(&ig, &edges, (igraph_integer_t)n, IGRAPH_UNDIRECTED));
    have_graph = 1;
    int has_edges = igraph_ecount(&ig) > 0;

    S_TRY("degree", igraph_degree(&ig, &degree, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS));
    S_TRY("strength", igraph_strength(&ig, &strength, igraph_vss_all(), IGRAPH_ALL,
                                      IGRAPH_LOOPS, &weights));
    if (central) {
        /* the costly part (betweenness and closeness are O(V E log V)):
         * skipped when only communities are wanted */
        S_TRY("betweenness", igraph_betweenness(&ig, &btw, igraph_vss_all(), IGRAPH_UNDIRECTED,
                                                has_edges ? &lengths : NULL));
        S_TRY("closeness", igraph_closeness(&ig, &close, NULL, NULL, igraph_vss_all(), IGRAPH_ALL,
                                            has_edges ? &lengths : NULL, /*normalized*/ 1));
        S_TRY("pagerank", igraph_pagerank(&ig, IGRAPH_PAGERANK_ALGO_PRPACK, &pr, NULL,
                                          igraph_vss_all(), IGRAPH_UNDIRECTED, 0.85,
                                          has_edges ? &weights : NULL, NULL));
        if (has_edges)
            S_TRY("eigenvector_centrality",
                  igraph_eigenvector_centrality(&ig, &eig, NULL, /*directed*/ 0, /*scale*/ 1,
                                                &weights, NULL));
        S_TRY("coreness", igraph_coreness(&ig, &cores, IGRAPH_ALL));
    }

    igraph_integer_t ncomp = 0;
    S_TRY("connected_components", igraph_connected_components(&ig, NULL, &csize, &ncomp, IGRAPH_WEAK));
    sum->components = (size_t)ncomp;
    for (igraph_integer_t c = 0; c < igraph_vector_int_size(&csize); c++)
        if ((size_t)VECTOR(csize)[c] > sum->largest_component)
            sum->largest_component = (size_t)VECTOR(csize)[c];

    igraph_real_t density = 0;
    S_TRY("density", igraph_density(&ig, &density, IGRAPH_NO_LOOPS));
    sum->density = S_finite(density);

    /* Louvain randomises its visiting order: seed right before it. */
    S_TRY("rng_seed", igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)seed));
    S_TRY("community_multilevel",
          igraph_community_multilevel(&ig, has_edges ? &weights : NULL, 1.0, &membership,
                                      NULL, &modq));
    if (!S_labels_ok(&membership, n)) {
        err = rg_error_set(RG_EBACKEND, "igraph community_multilevel returned a bad label");
        goto done;
    }
    labels = rg_xmalloc(n * sizeof *labels);
    sum->communities = S_renumber(labels, &membership, n);
    for (size_t i = 0; i < n; i++) s->nodes[i].community = labels[i];
    if (has_edges) {
        igraph_real_t q = 0;
        S_TRY("modularity", igraph_modularity(&ig, &membership, &weights, 1.0,
                                              IGRAPH_UNDIRECTED, &q));
        sum->modularity = S_finite(q);
    }

    /* Leiden with the modularity objective (see the top of the file);
     * without links every node is its own community, as with Louvain. */
    if (has_edges) {
        igraph_integer_t nb = 0;
        igraph_real_t quality = 0, q = 0;
        S_TRY("rng_seed", igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)seed));
        S_TRY("community_leiden",
              igraph_community_leiden(&ig, &weights, &strength,
                                      1.0 / (2.0 * igraph_vector_sum(&weights)), /*beta*/ 0.01,
                                      /*start*/ 0, /*n_iterations*/ -1, &leiden, &nb, &quality));
        if (!S_labels_ok(&leiden, n)) {
            err = rg_error_set(RG_EBACKEND, "igraph community_leiden returned a bad label");
            goto done;
        }
        S_TRY("modularity", igraph_modularity(&ig, &leiden, &weights, 1.0, IGRAPH_UNDIRECTED, &q));
        sum->leiden_modularity = S_finite(q);
    } else {
        S_TRY("vector_int_resize", igraph_vector_int_resize(&leiden, (igraph_integer_t)n));
        for (size_t i = 0; i < n; i++) VECTOR(leiden)[i] = (igraph_integer_t)i;
    }
    sum->leiden_communities = S_renumber(labels, &leiden, n);
    for (size_t i = 0; i < n; i++) s->nodes[i].leiden = labels[i];

    if (central) {
        igraph_real_t t = 0, d = 0, r = 0;
        S_TRY("transitivity_undirected",
              igraph_transitivity_undirected(&ig, &t, IGRAPH_TRANSITIVITY_ZERO));
        sum->transitivity = S_finite(t);
        S_TRY("diameter", igraph_diameter(&ig, &d, NULL, NULL, NULL, NULL, IGRAPH_UNDIRECTED,
                                          /*unconn*/ 1));
        sum->diameter = has_edges && isfinite(d) ? (long)d : 0;
        if (has_edges) {
            S_TRY("vector_int_resize", igraph_vector_int_resize(&types, (igraph_integer_t)n));
            for (size_t i = 0; i < n; i++)
                VECTOR(types)[i] = (igraph_integer_t)rg_graph_node(g, i)->type;
            S_TRY("assortativity_nominal",
                  igraph_assortativity_nominal(&ig, &types, &r, /*directed*/ 0, /*normalized*/ 1));
            sum->assortativity = r; /* NaN stays NaN: undefined */
        }
    }
#undef S_TRY

    /* Raw betweenness counts each unordered pair once; there are
     * (n-1)(n-2)/2 pairs of other nodes. */
    double pairs = n > 2 ? (double)(n - 1) * (double)(n - 2) / 2.0 : 0.0;
    for (size_t i = 0; i < n; i++) {
        rg_node_stats *ns = &s->nodes[i];
        ns->degree = (long)VECTOR(degree)[i];
        ns->strength = VECTOR(strength)[i];
        if (!central) continue;
        ns->betweenness = pairs > 0 ? S_finite(VECTOR(btw)[i]) / pairs : 0.0;
        ns->closeness = S_finite(VECTOR(close)[i]);
        ns->pagerank = S_finite(VECTOR(pr)[i]);
        ns->eigenvector = has_edges ? S_finite(VECTOR(eig)[i]) : 0.0;
        ns->core = (long)VECTOR(cores)[i];
    }

done:
    free(labels);
    if (have_graph) igraph_destroy(&ig);
    while (n_ints > 0) igraph_vector_int_destroy(ints[--n_ints]);
    while (n_reals > 0) igraph_vector_destroy(reals[--n_reals]);
    if (err < 0) {
        rg_stats_free(s);
        return err;
    }
    *out = s;
    return RG_OK;
}

/* -------------------------------------------------------------- access */

void rg_stats_free(rg_stats *s)
{
    if (!s) return;
    free(s->nodes);
    free(s);
}

const rg_graph_summary *rg_stats_summary(const rg_stats *s) { return &s->summary; }

const rg_node_stats *rg_stats_nodes(const rg_stats *s) { return s->nodes; }
