/*
 * graph.h: relgraph's graph model, its construction from extracted
 * documents, filters and analysis.
 *
 * # The model
 * An rg_graph is an undirected weighted multigraph-free graph: nodes are
 * entities (person, country, group, place), links join two distinct nodes
 * and carry a co-occurrence count, typed interaction counts (PLOVER kinds)
 * and a bounded list of evidence sentences. The graph is opaque; nodes and
 * links are read through rg_node / rg_link views whose storage the graph
 * owns (valid until the next mutating call or rg_graph_free).
 *
 * # Canonical order
 * After rg_graph_finish() (called by the builder and by the JSON reader),
 * nodes are sorted by id (byte order), aliases and roles are sorted, links
 * are sorted by (source id, target id) with source id < target id, and
 * each link's evidence is in input order. Every exporter walks this order,
 * so the same input gives the same bytes.
 *
 * # Weight
 * A link's weight is cooccurrence + the sum of its interaction counts: a
 * sentence that states an interaction counts once as a co-occurrence and
 * once more for the stated interaction.
 */
#ifndef RG_GRAPH_H
#define RG_GRAPH_H

#include "rg_common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct rg_graph rg_graph;

/* ------------------------------------------------------------- the views */

/** One sentence that supports a link. kind is an rg_kind, or -1 for a pure
 *  co-occurrence. source is the id of the acting node for a directed
 *  interaction, NULL otherwise. sentence is the 0-based sentence index in
 *  its document. All strings are owned by the graph. */
typedef struct rg_evidence {
    const char *doc;
    long sentence;
    int kind;
    const char *source;
    const char *text;
    int day;                 /* the document's day (yyyymmdd), 0 undated */
} rg_evidence;

/** A count on one day: the share of a node's, a link's or the graph's
 *  totals that came from documents of that day, so a graph can be cut to
 *  a time window after it is built (rg_filter since/until). what is an
 *  rg_kind (interactions of that kind) or one of RG_PERIOD_*. Lists are
 *  sorted by (day, what), one entry per pair, zero counts left out.
 *  Undated documents add to the totals only. */
typedef struct rg_period {
    int day;
    int what;
    long n;
} rg_period;
enum {
    RG_PERIOD_COOCCURRENCE = -1, /* links */
    RG_PERIOD_DOCUMENTS = -2,    /* nodes, links, the graph */
    RG_PERIOD_MENTIONS = -3      /* nodes */
};

typedef struct rg_node {
    const char *id;          /* "country:RUS", "person:sergei-lavrov" */
    const char *label;
    rg_type type;
    const char *code;        /* ISO alpha-3 for countries, else NULL */
    const char **aliases;    /* sorted, without the label */
    size_t n_aliases;
    const char *affiliation; /* id of the node's country, or NULL */
    const char **roles;      /* sorted titles seen, e.g. "Foreign Minister" */
    size_t n_roles;
    long mentions;
    long documents;
    const rg_period *periods;/* mentions and documents by day */
    size_t n_periods;
} rg_node;

typedef struct rg_link {
    size_t source;           /* node index; nodes[source].id < nodes[target].id */
    size_t target;
    long weight;
    long cooccurrence;
    long documents;
    long interactions[RG_KIND_COUNT];
    const rg_evidence *evidence;
    size_t n_evidence;
    const rg_period *periods;/* co-occurrences, documents, kinds by day */
    size_t n_periods;
} rg_link;

/* ------------------------------------------------------------- lifecycle */

/** A new, empty graph. Never NULL. Free with rg_graph_free(). */
rg_graph *rg_graph_new(void);
void rg_graph_free(rg_graph *g);

/* ------------------------------------------------------------ attributes */

/** Graph-level attributes written under "graph" in JSON. generator is set
 *  by rg_graph_new(); documents counts documents added; window names the
 *  co-occurrence window. Strings are copied. */
void rg_graph_set_window(rg_graph *g, const char *window);
const char *rg_graph_window(const rg_graph *g);
void rg_graph_set_documents(rg_graph *g, long n);
long rg_graph_documents(const rg_graph *g);
/** The graph's documents by day (RG_PERIOD_DOCUMENTS entries); NULL
 *  and 0 when no document was dated. */
const rg_period *rg_graph_periods(const rg_graph *g, size_t *n);
void rg_graph_add_period(rg_graph *g, int day, int what, long n);
/** Maximum evidence items kept per link (default 5; interactions are
 *  preferred over co-occurrences when the list is full). */
void rg_graph_set_evidence_cap(rg_graph *g, size_t cap);

/* ----------------------------------------------------------------- reads */

size_t rg_graph_node_count(const rg_graph *g);
size_t rg_graph_link_count(const rg_graph *g);
/** Borrowed views; i must be < count. */
const rg_node *rg_graph_node(const rg_graph *g, size_t i);
const rg_link *rg_graph_link(const rg_graph *g, size_t i);
/** Index of the node with this id, or (size_t)-1. */
size_t rg_graph_find(const rg_graph *g, const char *id);
/** Index of the node whose id, label or an alias equals name (ASCII case
 *  folded), preferring an id match, then a label match; (size_t)-1 when
 *  none or ambiguous. */
size_t rg_graph_lookup(const rg_graph *g, const char *name);

/* ------------------------------------------------------------- mutations */
/* Used by the JSON reader, the document builder and tests. Indices stay
 * valid until rg_graph_finish(), which sorts. */

/** Finds or creates the node with this id; *created set when new (may be
 *  NULL). A new node has label = id, the given type and no attributes. */
size_t rg_graph_node_add(rg_graph *g, const char *id, rg_type type, int *created);
void rg_graph_node_set_label(rg_graph *g, size_t node, const char *label);
void rg_graph_node_set_code(rg_graph *g, size_t node, const char *code);
/** Adds an alias (ignored when equal to an existing alias); count weighs
 *  it for the label vote in rg_graph_finish() (0 when read from JSON). */
void rg_graph_node_add_alias(rg_graph *g, size_t node, const char *alias, long count);
void rg_graph_node_set_affiliation(rg_graph *g, size_t node, const char *id);
void rg_graph_node_add_role(rg_graph *g, size_t node, const char *role);
void rg_graph_node_add_counts(rg_graph *g, size_t node, long mentions, long documents);
/** Adds n to the (day, what) entry of the node's periods (day > 0; the
 *  totals are not touched: callers add those separately). */
void rg_graph_node_add_period(rg_graph *g, size_t node, int day, int what, long n);

/** Finds or creates the link between nodes a and b (a != b, either
 *  order). Returns its index. */
size_t rg_graph_link_add(rg_graph *g, size_t a, size_t b);
void rg_graph_link_add_counts(rg_graph *g, size_t link, long cooccurrence, long documents);
void rg_graph_link_add_interaction(rg_graph *g, size_t link, rg_kind kind, long n);
/** As rg_graph_node_add_period(), for a link. */
void rg_graph_link_add_period(rg_graph *g, size_t link, int day, int what, long n);
/** Whether evidence of this kind (-1 for co-occurrence) would be kept
 *  now, so callers can skip formatting text that would be dropped. */
int rg_graph_link_wants_evidence(const rg_graph *g, size_t link, int kind);
/** Appends evidence (strings copied), subject to the evidence cap. */
void rg_graph_link_add_evidence(rg_graph *g, size_t link, const rg_evidence *ev);
/** Sets weight explicitly (the JSON reader keeps what the file says);
 *  otherwise rg_graph_finish() computes it. */
void rg_graph_link_set_weight(rg_graph *g, size_t link, long weight);

/** Puts the graph in canonical order (see above) and computes weights
 *  that were not set. Idempotent. */
void rg_graph_finish(rg_graph *g);

/* ----------------------------------------------------------- construction */

struct rg_doc; /* extract/extract.h */

typedef enum rg_window {
    RG_WINDOW_SENTENCE = 0,
    RG_WINDOW_PARAGRAPH,
    RG_WINDOW_DOCUMENT
} rg_window;

/* Accumulates extracted documents into a graph: one node per entity key
 * across documents, co-occurrence within the window, stated interactions,
 * evidence. Memory grows with the graph, not the corpus: a document's
 * text is not kept beyond its evidence sentences. */
typedef struct rg_builder rg_builder;

typedef struct rg_build_opts {
    rg_window window;
    unsigned types;        /* node types kept (mask of 1 << rg_type) */
    size_t evidence_cap;   /* per link */
    size_t evidence_chars; /* longest evidence text kept, in bytes */
    int strict;            /* only interactions a pattern states, no guesses
                            * (rg_tier: the fallback's and the lead's) */
} rg_build_opts;
#define RG_BUILD_OPTS_INIT {RG_WINDOW_SENTENCE, RG_TYPES_ACTORS, 5, 400, 0}

rg_builder *rg_builder_new(const rg_build_opts *opts);
/** Adds one document's entities, co-occurrences and interactions. */
void rg_builder_add(rg_builder *b, const struct rg_doc *doc);
/** Ends the build: merges cross-document aliases (a lone surname into the
 *  one full name that ends with it), chooses labels and ids, and returns
 *  the finished graph (caller frees). b is freed. */
rg_graph *rg_builder_finish(rg_builder *b);
void rg_builder_free(rg_builder *b);

/* ---------------------------------------------------------------- filter */

/* Which links --kinds keeps. */
typedef enum rg_links {
    RG_LINKS_ALL = 0,        /* every link */
    RG_LINKS_INTERACTIONS,   /* links with at least one stated interaction */
    RG_LINKS_COOCCURRENCE,   /* pure co-occurrence links (no interaction) */
    RG_LINKS_KINDS           /* links with at least one kind in rg_filter.kinds */
} rg_links;

/* What rg_graph_filter() keeps. The steps are applied in this fixed
 * order, each to what the previous ones left:
 *
 *   0. since/until    the graph as if built from the dated documents of
 *                     those days only: counts, weights and evidence come
 *                     from the by-day periods; nodes and links with
 *                     nothing in the window go, and so does everything
 *                     from undated documents
 *   1. types          nodes of these types (and links between them)
 *   2. kinds          links selected by links/kinds
 *   3. min_weight     links of at least this weight
 *   4. ego            the ego node and the nodes within radius hops of it
 *                     over the links left so far
 *   5. largest        the largest connected component (most nodes; ties
 *                     go to the component holding the smallest node id)
 *   6. top            the top nodes by weighted degree (sum of the weights
 *                     of the links left so far), ties by id
 *   7. drop_isolates  nodes left without any link
 *
 * A link survives when it passes steps 2-3 and both its ends survive. */
typedef struct rg_filter {
    long min_weight;     /* drop links below; 0 = keep all */
    unsigned types;      /* keep nodes of these types; 0 = all */
    int drop_isolates;   /* drop nodes left without links */
    rg_links links;      /* which links to keep by kind */
    unsigned kinds;      /* RG_LINKS_KINDS: mask of 1 << rg_kind */
    int use_ego;         /* restrict to the ego's neighbourhood */
    size_t ego;          /* node index of the ego (when use_ego) */
    long radius;         /* hops around the ego (0 = the ego alone) */
    int largest;         /* keep only the largest component */
    size_t top;          /* keep the top N nodes by weighted degree; 0 = all */
    int since, until;    /* days yyyymmdd, inclusive; 0 = open */
} rg_filter;
/* Every field zero keeps everything; fields left out of a brace
 * initialiser are off. */
#define RG_FILTER_INIT {0, 0, 0, RG_LINKS_ALL, 0, 0, 0, 1, 0, 0, 0, 0}

/** Whether f keeps everything in g (so copying can be skipped). */
int rg_filter_is_noop(const rg_filter *f);
/** Parses a --kinds value into f->links and f->kinds: "interactions",
 *  "cooccurrence", or a comma-separated list of PLOVER kinds. RG_OK or
 *  RG_EUSAGE with a message naming the bad item. */
int rg_filter_parse_kinds(rg_filter *f, const char *list);
/** Sets f->since and f->until from command-line values YYYY, YYYY-MM or
 *  YYYY-MM-DD (either may be NULL: open). RG_OK, or RG_EUSAGE with a
 *  message naming the bad value or an empty window. */
int rg_filter_set_dates(rg_filter *f, const char *since, const char *until);
/** Sets f->use_ego and f->ego to the node of g that name designates (rg_graph_lookup:
 *  id, label or alias, ASCII case folded). RG_OK, or RG_EUSAGE with a
 *  message saying whether name is unknown or ambiguous. */
int rg_filter_set_ego(rg_filter *f, const rg_graph *g, const char *name);
/** A new graph holding what passes the filter (caller frees). */
rg_graph *rg_graph_filter(const rg_graph *g, const rg_filter *f);

/* -------------------------------------------------------------- analysis */

/* Per-node metrics and graph summary computed with igraph (the only file
 * that includes igraph is graph/analyze.c). Weighted measures use the link
 * weight; betweenness uses distance = 1 / weight. Louvain is seeded, so
 * results are deterministic. Leiden (modularity objective) is computed
 * beside Louvain with the same seed. */
typedef struct rg_stats rg_stats;

typedef struct rg_node_stats {
    size_t node;            /* index into the graph */
    long degree;
    double strength;        /* weighted degree */
    double betweenness;     /* normalised to [0,1] */
    double pagerank;
    long community;         /* 0-based, communities numbered by size desc */
    double closeness;       /* 1 / mean distance to the nodes it reaches,
                               distance = sum of 1/weight along the path
                               (so above 1 when ties weigh more than 1);
                               0 for an isolated node */
    double eigenvector;     /* weighted eigenvector centrality, max 1; 0 in
                               a graph without links */
    long core;              /* k-core number (unweighted) */
    long leiden;            /* Leiden community, numbered like community */
} rg_node_stats;

typedef struct rg_graph_summary {
    size_t nodes, links;
    size_t nodes_by_type[RG_TYPE_COUNT];
    size_t interaction_links; /* links with at least one interaction */
    double density;
    size_t components;
    size_t largest_component;
    size_t communities;     /* Louvain */
    double modularity;      /* of the Louvain partition */
    size_t leiden_communities;
    double leiden_modularity;
    double transitivity;    /* global clustering coefficient (unweighted);
                               0 without any connected triple */
    long diameter;          /* unweighted: the longest shortest path in
                               any component (hops); 0 without links */
    double assortativity;   /* nominal assortativity by node type; NaN
                               when undefined (empty, no links, all of
                               one type) */
} rg_graph_summary;

/** Computes everything; RG_OK or RG_EBACKEND with a message (and *out
 *  NULL). seed drives Louvain. *out freed with rg_stats_free(). Node i of
 *  the stats is node i of g, so g should be finished and not mutated
 *  while the stats are read. A link whose weight is not positive carries
 *  no tie and is left out of every measure (it still counts in
 *  summary.links). Cost is dominated by betweenness and closeness:
 *  O(V * E log V). */
int rg_stats_compute(rg_stats **out, const rg_graph *g, unsigned long seed);
/** What rg_stats_compute_ex() computes: RG_STATS_ALL, or only the cheap
 *  part (degree, strength, components, density, Louvain and Leiden
 *  communities and their modularity) when centrality is left out; the
 *  centrality fields, transitivity, diameter and assortativity are then
 *  0. Community colouring and GEXF need only that part. */
enum { RG_STATS_BASIC = 0, RG_STATS_CENTRALITY = 1, RG_STATS_ALL = 1 };
int rg_stats_compute_ex(rg_stats **out, const rg_graph *g, unsigned long seed, unsigned what);
void rg_stats_free(rg_stats *s);
const rg_graph_summary *rg_stats_summary(const rg_stats *s);
/** Per-node stats in node order (index i is node i). */
const rg_node_stats *rg_stats_nodes(const rg_stats *s);

#ifdef __cplusplus
}
#endif
#endif
