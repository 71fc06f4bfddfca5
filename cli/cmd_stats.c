/*
 * cmd_stats.c: `relgraph stats`, the network statistics of a graph JSON
 * file, as readable tables, JSON or CSV; or one actor's neighbours
 * (--node).
 *
 * The command reads the graph (rg_graph_read_json), optionally narrows it
 * (rg_graph_filter: --types, --kinds, --min-weight, --ego/--radius,
 * --largest-component, --top-nodes, the same filters as export; the
 * node-count filter is --top-nodes here because --top sizes the
 * rankings), computes the measures once
 * (rg_stats_compute, igraph behind graph/analyze.c) and prints:
 *
 *   - a summary: nodes and links by type, density, components,
 *     interaction links, communities and modularity;
 *   - the top N actors by degree, weighted degree, betweenness and
 *     PageRank;
 *   - the communities with their members, strongest first.
 *
 * --format csv prints the per-node table instead; --node NAME prints one
 * actor and its neighbours ranked by link weight (table, JSON or CSV).
 *
 * Output is deterministic: Louvain is seeded (--seed), rankings break ties
 * by node id (nodes are in id order), and floating-point values are
 * compared after rounding to 12 decimals, so two nodes that are equal on
 * paper but differ in the last bit of a sum still tie and fall back to
 * the id. Actors whose value is 0 are left out of a ranking (an isolated
 * node has no betweenness to rank).
 *
 * The JSON is written by hand rather than with jansson, which lives only
 * in export/json.c (STYLE rule 9): strings are escaped per RFC 8259 (\",
 * \\, and control characters as \n, \t... or \u00XX; valid UTF-8 from
 * the reader passes through), and reals use a fixed "%.6f".
 *
 * Table columns are padded by display width, counted in UTF-8 code points
 * rather than bytes, so "Sergueï Lavrov" lines up with "John Kerry".
 */
#include "cli.h"
#include "export.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ------------------------------------------------------------- options */

static const rg_opt_spec S_opts[] = {
    {"format", 'f', "FMT", "table (default), json, or csv (one row per node)"},
    {"json", 0, NULL, "same as --format json"},
    {"node", 0, "NAME", "one actor (id, label or alias): its neighbours by weight"},
    {"top", 0, "N", "rank the N highest actors per measure (default 10; 0 = none)"},
    {"seed", 0, "N", "seed for Louvain and Leiden (default 1)"},
    {"min-weight", 0, "N", "ignore links whose weight is below N before measuring"},
    {"types", 0, "LIST", "keep only these node types, e.g. person,country"},
    {"kinds", 0, "LIST", "keep links: interactions, cooccurrence, or kinds a,b"},
    {"ego", 0, "NAME", "keep NAME (id, label or alias) and nodes near it"},
    {"radius", 0, "K", "with --ego: keep nodes within K links of it (default 1)"},
    {"largest-component", 0, NULL, "keep only the largest connected component"},
    {"top-nodes", 0, "N", "keep the N nodes of highest weighted degree"},
    {"since", 0, "DATE", "keep only what dated documents of DATE or later say"},
    {"until", 0, "DATE", "... of DATE or earlier (YYYY, YYYY-MM or YYYY-MM-DD)"},
    {"communities", 0, "ALGO", "louvain (default) or leiden: the partition shown"},
    {"help", 'h', NULL, "show this help"},
};
enum { O_FORMAT, O_JSON, O_NODE, O_TOP, O_SEED, O_MIN_WEIGHT, O_TYPES, O_KINDS, O_EGO, O_RADIUS, O_LARGEST,
       O_TOP_NODES, O_SINCE, O_UNTIL, O_COMMUNITIES, O_HELP };
#define S_NOPTS (sizeof S_opts / sizeof S_opts[0])

static const char S_synopsis[] = "stats [options] [GRAPH.json]";

static const char S_description[] =
    "Prints network statistics of a graph written by 'relgraph build': who is\n"
    "central, how the actors cluster. GRAPH is a graph JSON file; '-' or no\n"
    "file reads standard input. Links are weighted: weight = co-occurrences +\n"
    "stated interactions.\n"
    "\n"
    "--format table (the default) prints a summary, rankings and communities;\n"
    "json prints all of it and every node's measures; csv prints one row per\n"
    "node in id order (id,label,type,degree,weighted_degree,betweenness,\n"
    "closeness,pagerank,eigenvector,core,community; community from\n"
    "--communities; RFC 4180 quoting, reals as %.6f).\n"
    "\n"
    "--node NAME prints one actor instead: its type, id, affiliation, degree\n"
    "and weighted degree, then its neighbours by link weight (ties by id) with\n"
    "the link's co-occurrences, interaction kinds (kind:count) and evidence\n"
    "count, as a table, JSON ({\"node\": ..., \"neighbours\": [...]}) or CSV\n"
    "(rank,id,label,type,weight,cooccurrence,interactions,evidence). NAME is an\n"
    "id, label or alias (case ignored); it must be unambiguous and survive the\n"
    "filters (else exit 2).\n";

static const char S_epilog[] =
    "Statistics:\n"
    "  degree           number of other actors an actor is linked to\n"
    "  weighted degree  sum of the weights of its links (how often it is\n"
    "                   named together with others, plus interactions)\n"
    "  betweenness      share of shortest paths between two other actors that\n"
    "                   pass through it, a broker's score in [0,1]; a strong\n"
    "                   tie is a short step (length = 1/weight)\n"
    "  pagerank         weighted PageRank (damping 0.85): linked to actors\n"
    "                   that are themselves well linked\n"
    "  closeness        1 / mean distance (sum of 1/weight) to the actors it\n"
    "                   reaches (JSON and CSV only)\n"
    "  eigenvector      weighted eigenvector centrality, max 1 (JSON and CSV\n"
    "                   only)\n"
    "  core             k-core number: largest k such that it belongs to a\n"
    "                   group where everyone has k links within (JSON and\n"
    "                   CSV only)\n"
    "  density          links / possible links\n"
    "  components       groups of actors connected by some path\n"
    "  communities      Louvain clusters (weighted, resolution 1), numbered by\n"
    "                   size; seeded, so the same --seed gives the same result;\n"
    "                   Leiden (modularity objective, same seed) beside it;\n"
    "                   --communities picks the one the tables use\n"
    "  modularity       how much denser links are inside communities than\n"
    "                   chance (above 0.3 is a clear structure)\n"
    "  transitivity     share of connected triples that close into triangles\n"
    "                   (unweighted)\n"
    "  diameter         longest shortest path, in links, inside any component\n"
    "                   (unweighted)\n"
    "  assortativity    whether links join actors of the same type (1), of\n"
    "                   different types (-1) or neither (0); n/a when\n"
    "                   undefined (one type only, no links)\n"
    "\n"
    "Rankings break ties by node id and leave out actors whose value is 0.\n"
    "Nodes left without links by a filter stay in the graph.\n"
    "\n"
    "Filters apply in this order, each to what the previous ones kept:\n"
    "--since/--until, --types, --kinds, --min-weight, --ego/--radius,\n"
    "--largest-component, --top-nodes (export calls it --top). A link is kept\n"
    "only when both its ends are. --since/--until recount the graph from the\n"
    "documents dated in the window (see 'relgraph export --help').\n"
    "\n"
    "Examples:\n"
    "  relgraph stats out/graph.json\n"
    "  relgraph stats --types person,country --top 5 out/graph.json\n"
    "  relgraph stats --format csv out/graph.json > nodes-stats.csv\n"
    "  relgraph stats --node Lavrov out/graph.json\n"
    "  relgraph stats --node country:RUS --format json out/graph.json\n"
    "  relgraph build samples/ | relgraph stats --json - > stats.json\n"
    "\n"
    "Exit status: 0 ok, 1 the graph could not be read or analysed, 2 usage\n"
    "error, 3 output could not be written.\n";

enum { F_TABLE, F_JSON, F_CSV };

typedef struct S_args {
    const char *path;    /* NULL = standard input */
    int format;          /* F_TABLE, F_JSON or F_CSV */
    const char *node;    /* --node NAME, or NULL */
    long top;
    unsigned long seed;
    long min_weight;     /* -1 = not given */
    unsigned types;      /* 0 = not given */
    const char *types_arg;
    rg_filter filter;    /* types and min_weight are copied in later */
    int filtering;       /* a filter option other than --types/--min-weight */
    const char *ego;
    const char *since, *until; /* --since/--until as given */
    int radius_given;
    int leiden;          /* --communities leiden */
} S_args;

/* ------------------------------------------------------------ rankings */

enum { M_DEGREE, M_STRENGTH, M_BETWEENNESS, M_PAGERANK, M_COUNT };

static const struct {
    const char *key;     /* JSON key */
    const char *title;   /* table title */
    const char *column;  /* table value header */
} S_measures[M_COUNT] = {
    {"degree", "degree (linked actors)", "Degree"},
    {"weighted_degree", "weighted degree (link weights)", "Weight"},
    {"betweenness", "betweenness (brokerage)", "Betweenness"},
    {"pagerank", "PageRank", "PageRank"},
};

static double S_value(const rg_node_stats *ns, int m)
{
    switch (m) {
    case M_DEGREE: return (double)ns->degree;
    case M_STRENGTH: return ns->strength;
    case M_BETWEENNESS: return ns->betweenness;
    default: return ns->pagerank;
    }
}

typedef struct {
    size_t node;
    long long key; /* value rounded to 12 decimals */
} S_rank;

static int S_rank_cmp(const void *a, const void *b)
{
    const S_rank *x = a, *y = b;
    if (x->key != y->key) return x->key > y->key ? -1 : 1;
    return x->node < y->node ? -1 : x->node > y->node;
}

/* Fills out (n entries) with the nodes ranked by measure m, best first,
 * ties by node index; returns how many have a non-zero value (they come
 * first). Values are at most ~1e6 in practice; llround of v * 1e12 stays
 * in range up to ~9e6, and larger values are clamped (and then tie). */
static size_t S_ranking(S_rank *out, const rg_node_stats *ns, size_t n, int m)
{
    size_t nonzero = 0;
    for (size_t i = 0; i < n; i++) {
        double v = S_value(&ns[i], m) * 1e12;
        out[i].node = i;
        out[i].key = !(v > 0) ? 0 : v >= 9e18 ? (long long)9e18 : llround(v);
        if (out[i].key > 0) nonzero++;
    }
    qsort(out, n, sizeof *out, S_rank_cmp);
    return nonzero;
}

static void S_format_value(char *buf, size_t cap, const rg_node_stats *ns, int m)
{
    switch (m) {
    case M_DEGREE: snprintf(buf, cap, "%ld", ns->degree); break;
    case M_STRENGTH: snprintf(buf, cap, "%.0f", ns->strength); break;
    default: snprintf(buf, cap, "%.4f", S_value(ns, m)); break;
    }
}

/* -------------------------------------------------------- text helpers */

/* Display width of a UTF-8 string: its code points (bytes that are not
 * continuation bytes). */
static size_t S_width(const char *s)
{
    size_t w = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((*p & 0xC0) != 0x80) w++;
    return w;
}

static void S_pad(rg_buf *b, size_t n)
{
    while (n--) rg_buf_putc(b, ' ');
}

/* Appends s for a table cell: control characters become spaces, and
 * more than max code points are cut to max-1 plus an ellipsis. Returns
 * the width written. */
static size_t S_put_label(rg_buf *b, const char *s, size_t max)
{
    size_t w = S_width(s), cut = w > max ? max - 1 : w, seen = 0;
    const unsigned char *p = (const unsigned char *)s;
    for (; *p; p++) {
        if ((*p & 0xC0) != 0x80 && seen++ == cut) break;
        rg_buf_putc(b, (*p < 0x20 || *p == 0x7F) ? ' ' : (char)*p);
    }
    if (w > max) rg_buf_puts(b, "\xE2\x80\xA6"); /* U+2026 */
    return w > max ? max : w;
}

#define S_LABEL_MAX 40 /* widest label column; longer names are cut */
#define S_LINE 78      /* wrap community member lists here */
#define S_MEMBERS_MAX 12

/* -------------------------------------------------------- communities */

typedef struct {
    size_t *members; /* node indices */
    size_t size;
} S_comm;

static const rg_node_stats *S_cmp_stats; /* qsort has no context argument */

/* Weighted degree descending, ties by node index. */
static int S_member_cmp(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    double sx = S_cmp_stats[x].strength, sy = S_cmp_stats[y].strength;
    if (sx != sy) return sx > sy ? -1 : 1;
    return x < y ? -1 : x > y;
}

/* Groups the n nodes into their count communities, members of each by
 * weighted degree descending, ties by node index. Free with
 * S_communities_free(). */
static S_comm *S_communities(const rg_node_stats *ns, size_t n, size_t count)
{
    S_comm *c = rg_xcalloc(count ? count : 1, sizeof *c);
    for (size_t i = 0; i < n; i++) c[ns[i].community].size++;
    for (size_t k = 0; k < count; k++) {
        c[k].members = rg_xmalloc((c[k].size ? c[k].size : 1) * sizeof *c[k].members);
        c[k].size = 0;
    }
    for (size_t i = 0; i < n; i++) {
        S_comm *x = &c[ns[i].community];
        x->members[x->size++] = i;
    }
    S_cmp_stats = ns;
    for (size_t k = 0; k < count; k++)
        qsort(c[k].members, c[k].size, sizeof *c[k].members, S_member_cmp);
    return c;
}

static void S_communities_free(S_comm *c, size_t count)
{
    if (!c) return;
    for (size_t k = 0; k < count; k++) free(c[k].members);
    free(c);
}

/* Appends the labels of members[0..n) as a comma-separated list that
 * starts at column col and wraps at S_LINE, continuation lines indented
 * by indent. At most S_MEMBERS_MAX names, then "... and N more". */
static void S_put_members(rg_buf *b, const rg_graph *g, const size_t *members, size_t n,
                          size_t indent, size_t col)
{
    size_t shown = n > S_MEMBERS_MAX ? S_MEMBERS_MAX : n;
    size_t items = shown + (n > shown);
    char more[64];
    snprintf(more, sizeof more, "... and %zu more", n - shown);
    for (size_t i = 0; i < items; i++) {
        const char *label = i < shown ? rg_graph_node(g, members[i])->label : more;
        size_t w = S_width(label);
        if (w > S_LABEL_MAX) w = S_LABEL_MAX;
        int comma = i + 1 < items;
        if (i > 0) {
            if (col + 1 + w + (size_t)comma > S_LINE) {
                rg_buf_putc(b, '\n');
                S_pad(b, indent);
                col = indent;
            } else {
                rg_buf_putc(b, ' ');
                col++;
            }
        }
        col += S_put_label(b, label, S_LABEL_MAX);
        if (comma) {
            rg_buf_putc(b, ',');
            col++;
        }
    }
    rg_buf_putc(b, '\n');
}

/* --------------------------------------------------------------- tables */

static void S_table_summary(rg_buf *b, const rg_graph_summary *s, const S_args *a)
{
    rg_buf_printf(b, "Graph: %s", a->path ? a->path : "<stdin>");
    if (a->types_arg || a->min_weight >= 0) {
        rg_buf_puts(b, " (");
        if (a->types_arg) rg_buf_printf(b, "types %s", a->types_arg);
        if (a->types_arg && a->min_weight >= 0) rg_buf_puts(b, "; ");
        if (a->min_weight >= 0) rg_buf_printf(b, "links of weight >= %ld", a->min_weight);
        rg_buf_putc(b, ')');
    }
    rg_buf_puts(b, "\n\n");

    rg_buf_printf(b, "  %-13s %6zu", "Nodes", s->nodes);
    const char *sep = "   ";
    for (int t = 0; t < RG_TYPE_COUNT; t++) {
        if (!s->nodes_by_type[t]) continue;
        rg_buf_printf(b, "%s%s %zu", sep, rg_type_name((rg_type)t), s->nodes_by_type[t]);
        sep = ", ";
    }
    rg_buf_putc(b, '\n');
    rg_buf_printf(b, "  %-13s %6zu   %zu with stated interactions\n", "Links", s->links,
                  s->interaction_links);
    rg_buf_printf(b, "  %-13s %6.4f\n", "Density", s->density);
    rg_buf_printf(b, "  %-13s %6zu", "Components", s->components);
    if (s->components) rg_buf_printf(b, "   largest has %zu node%s", s->largest_component,
                                     s->largest_component == 1 ? "" : "s");
    rg_buf_putc(b, '\n');
    rg_buf_printf(b, "  %-13s %6.4f\n", "Transitivity", s->transitivity);
    rg_buf_printf(b, "  %-13s %6ld\n", "Diameter", s->diameter);
    if (isnan(s->assortativity))
        rg_buf_printf(b, "  %-13s %6s   (by type)\n", "Assortativity", "n/a");
    else
        rg_buf_printf(b, "  %-13s %6.4f   (by type)\n", "Assortativity", s->assortativity);
    /* the partition the tables use first, the other one beside it */
    size_t cn[2] = {s->communities, s->leiden_communities};
    double cq[2] = {s->modularity, s->leiden_modularity};
    static const char *const algo[2] = {"Louvain", "Leiden"};
    for (int k = 0; k < 2; k++) {
        int x = k ^ a->leiden;
        rg_buf_printf(b, "  %-13s %6zu", k ? "" : "Communities", cn[x]);
        if (cn[x]) rg_buf_printf(b, "   modularity %.4f (%s, seed %lu)", cq[x], algo[x], a->seed);
        rg_buf_putc(b, '\n');
    }
}

static void S_table_ranking(rg_buf *b, const rg_graph *g, const rg_node_stats *ns, S_rank *r,
                            size_t n, int m, size_t top)
{
    size_t k = S_ranking(r, ns, n, m);
    if (k > top) k = top;
    if (k == 0) {
        rg_buf_printf(b, "\nTop actors by %s: none above 0\n", S_measures[m].title);
        return;
    }
    rg_buf_printf(b, "\nTop %zu actor%s by %s\n", k, k == 1 ? "" : "s", S_measures[m].title);
    /* column widths */
    char val[64];
    size_t lw = strlen("Actor"), tw = strlen("Type"), vw = strlen(S_measures[m].column);
    for (size_t i = 0; i < k; i++) {
        const rg_node *node = rg_graph_node(g, r[i].node);
        size_t w = S_width(node->label);
        if (w > S_LABEL_MAX) w = S_LABEL_MAX;
        if (w > lw) lw = w;
        if (strlen(rg_type_name(node->type)) > tw) tw = strlen(rg_type_name(node->type));
        S_format_value(val, sizeof val, &ns[r[i].node], m);
        if (strlen(val) > vw) vw = strlen(val);
    }
    rg_buf_printf(b, "  %4s  %s", "Rank", "Actor");
    S_pad(b, lw - strlen("Actor"));
    rg_buf_printf(b, "  %-*s  %*s\n", (int)tw, "Type", (int)vw, S_measures[m].column);
    for (size_t i = 0; i < k; i++) {
        const rg_node *node = rg_graph_node(g, r[i].node);
        rg_buf_printf(b, "  %4zu  ", i + 1);
        S_pad(b, lw - S_put_label(b, node->label, S_LABEL_MAX));
        S_format_value(val, sizeof val, &ns[r[i].node], m);
        rg_buf_printf(b, "  %-*s  %*s\n", (int)tw, rg_type_name(node->type), (int)vw, val);
    }
}

static void S_table_communities(rg_buf *b, const rg_graph *g, const S_comm *c, size_t count,
                                const S_args *a)
{
    if (!count) return;
    rg_buf_printf(b, "\nCommunities (%s, seed %lu; members by weighted degree)\n",
                  a->leiden ? "Leiden" : "Louvain", a->seed);
    size_t singles = 0;
    for (size_t k = 0; k < count; k++) {
        if (c[k].size < 2) {
            singles++;
            continue;
        }
        char head[64];
        int len = snprintf(head, sizeof head, "  #%zu  %zu actors: ", k, c[k].size);
        rg_buf_puts(b, head);
        S_put_members(b, g, c[k].members, c[k].size, 6, (size_t)len);
    }
    if (singles) {
        /* communities are sorted by size, so the singletons are last */
        size_t *lone = rg_xmalloc(singles * sizeof *lone), j = 0;
        for (size_t k = 0; k < count; k++)
            if (c[k].size == 1) lone[j++] = c[k].members[0];
        char head[96];
        int len = snprintf(head, sizeof head, "  %zu on their own: ", singles);
        rg_buf_puts(b, head);
        S_put_members(b, g, lone, j, 6, (size_t)len);
        free(lone);
    }
}

/* ----------------------------------------------------------------- JSON */

static void S_json_str(rg_buf *b, const char *s)
{
    rg_buf_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': rg_buf_puts(b, "\\\""); break;
        case '\\': rg_buf_puts(b, "\\\\"); break;
        case '\b': rg_buf_puts(b, "\\b"); break;
        case '\f': rg_buf_puts(b, "\\f"); break;
        case '\n': rg_buf_puts(b, "\\n"); break;
        case '\r': rg_buf_puts(b, "\\r"); break;
        case '\t': rg_buf_puts(b, "\\t"); break;
        default:
            if (*p < 0x20)
                rg_buf_printf(b, "\\u%04x", (unsigned)*p);
            else
                rg_buf_putc(b, (char)*p);
        }
    }
    rg_buf_putc(b, '"');
}

/* A real in the fixed format; never NaN, never "-0.000000". */
static void S_json_real(rg_buf *b, double v)
{
    if (!isfinite(v) || fabs(v) < 5e-7) v = 0.0;
    rg_buf_printf(b, "%.6f", v);
}

static void S_json_node_ref(rg_buf *b, const rg_node *node)
{
    rg_buf_puts(b, "\"id\": ");
    S_json_str(b, node->id);
    rg_buf_puts(b, ", \"label\": ");
    S_json_str(b, node->label);
    rg_buf_puts(b, ", \"type\": ");
    S_json_str(b, rg_type_name(node->type));
}

static void S_json_value(rg_buf *b, const rg_node_stats *ns, int m)
{
    if (m == M_DEGREE)
        rg_buf_printf(b, "%ld", ns->degree);
    else if (m == M_STRENGTH)
        rg_buf_printf(b, "%.0f", ns->strength);
    else
        S_json_real(b, S_value(ns, m));
}

/* s and ns are the summary and node stats with the communities of the
 * chosen algorithm in communities/modularity/community; st holds both
 * partitions as computed. */
static void S_json(rg_buf *b, const rg_graph *g, const rg_stats *st, const rg_graph_summary *s,
                   const rg_node_stats *ns, S_rank *r, const S_comm *c, const S_args *a)
{
    const rg_graph_summary *orig = rg_stats_summary(st);
    const rg_node_stats *orig_ns = rg_stats_nodes(st);
    size_t n = s->nodes;

    rg_buf_puts(b, "{\n  \"summary\": {\n");
    rg_buf_printf(b, "    \"nodes\": %zu,\n    \"links\": %zu,\n    \"nodes_by_type\": {", s->nodes,
                  s->links);
    for (int t = 0; t < RG_TYPE_COUNT; t++)
        rg_buf_printf(b, "%s\"%s\": %zu", t ? ", " : "", rg_type_name((rg_type)t), s->nodes_by_type[t]);
    rg_buf_printf(b, "},\n    \"interaction_links\": %zu,\n    \"density\": ", s->interaction_links);
    S_json_real(b, s->density);
    rg_buf_printf(b, ",\n    \"components\": %zu,\n    \"largest_component\": %zu,\n", s->components,
                  s->largest_component);
    rg_buf_printf(b, "    \"communities\": %zu,\n    \"modularity\": ", s->communities);
    S_json_real(b, s->modularity);
    rg_buf_printf(b, ",\n    \"community_algorithm\": \"%s\",\n", a->leiden ? "leiden" : "louvain");
    rg_buf_printf(b, "    \"louvain\": {\"communities\": %zu, \"modularity\": ", orig->communities);
    S_json_real(b, orig->modularity);
    rg_buf_printf(b, "},\n    \"leiden\": {\"communities\": %zu, \"modularity\": ",
                  orig->leiden_communities);
    S_json_real(b, orig->leiden_modularity);
    rg_buf_puts(b, "},\n    \"transitivity\": ");
    S_json_real(b, s->transitivity);
    rg_buf_printf(b, ",\n    \"diameter\": %ld,\n    \"assortativity\": ", s->diameter);
    if (isnan(s->assortativity))
        rg_buf_puts(b, "null");
    else
        S_json_real(b, s->assortativity);
    rg_buf_printf(b, ",\n    \"seed\": %lu\n  },\n  \"top\": {", a->seed);

    for (int m = 0; m < M_COUNT; m++) {
        size_t k = S_ranking(r, ns, n, m);
        if (k > (size_t)a->top) k = (size_t)a->top;
        rg_buf_printf(b, "%s\n    \"%s\": [", m ? "," : "", S_measures[m].key);
        for (size_t i = 0; i < k; i++) {
            rg_buf_printf(b, "%s\n      {\"rank\": %zu, ", i ? "," : "", i + 1);
            S_json_node_ref(b, rg_graph_node(g, r[i].node));
            rg_buf_puts(b, ", \"value\": ");
            S_json_value(b, &ns[r[i].node], m);
            rg_buf_putc(b, '}');
        }
        rg_buf_puts(b, k ? "\n    ]" : "]");
    }
    rg_buf_puts(b, "\n  },\n  \"communities\": [");

    for (size_t k = 0; k < s->communities; k++) {
        rg_buf_printf(b, "%s\n    {\"id\": %zu, \"size\": %zu, \"members\": [", k ? "," : "", k,
                      c[k].size);
        /* members in node (id) order: the canonical order for machines */
        for (size_t i = 0, j = 0; i < n; i++) {
            if ((size_t)ns[i].community != k) continue;
            if (j++) rg_buf_puts(b, ", ");
            S_json_str(b, rg_graph_node(g, i)->id);
        }
        rg_buf_puts(b, "]}");
    }
    rg_buf_puts(b, s->communities ? "\n  ],\n  \"nodes\": [" : "],\n  \"nodes\": [");

    for (size_t i = 0; i < n; i++) {
        const rg_node_stats *x = &ns[i];
        rg_buf_printf(b, "%s\n    {", i ? "," : "");
        S_json_node_ref(b, rg_graph_node(g, i));
        rg_buf_printf(b, ", \"degree\": %ld, \"weighted_degree\": %.0f, \"betweenness\": ", x->degree,
                      x->strength);
        S_json_real(b, x->betweenness);
        rg_buf_puts(b, ", \"pagerank\": ");
        S_json_real(b, x->pagerank);
        rg_buf_puts(b, ", \"closeness\": ");
        S_json_real(b, x->closeness);
        rg_buf_puts(b, ", \"eigenvector\": ");
        S_json_real(b, x->eigenvector);
        rg_buf_printf(b, ", \"core\": %ld, \"community\": %ld, \"louvain\": %ld, \"leiden\": %ld}",
                      x->core, x->community, orig_ns[i].community, orig_ns[i].leiden);
    }
    rg_buf_puts(b, n ? "\n  ]\n}\n" : "]\n}\n");
}

/* ------------------------------------------------------------------ CSV */

/* Appends one RFC 4180 field: quoted (quotes doubled) when it holds a
 * comma, a quote, CR or LF. */
static void S_csv_str(rg_buf *b, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        rg_buf_puts(b, s);
        return;
    }
    rg_buf_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"') rg_buf_putc(b, '"');
        rg_buf_putc(b, *s);
    }
    rg_buf_putc(b, '"');
}

/* The per-node table, every node in node (id) order. */
static void S_csv_nodes(rg_buf *b, const rg_graph *g, const rg_node_stats *ns, size_t n)
{
    rg_buf_puts(b, "id,label,type,degree,weighted_degree,betweenness,closeness,pagerank,"
                   "eigenvector,core,community\n");
    for (size_t i = 0; i < n; i++) {
        const rg_node *node = rg_graph_node(g, i);
        const rg_node_stats *x = &ns[i];
        S_csv_str(b, node->id);
        rg_buf_putc(b, ',');
        S_csv_str(b, node->label);
        rg_buf_printf(b, ",%s,%ld,%.0f,", rg_type_name(node->type), x->degree, x->strength);
        S_json_real(b, x->betweenness);
        rg_buf_putc(b, ',');
        S_json_real(b, x->closeness);
        rg_buf_putc(b, ',');
        S_json_real(b, x->pagerank);
        rg_buf_putc(b, ',');
        S_json_real(b, x->eigenvector);
        rg_buf_printf(b, ",%ld,%ld\n", x->core, x->community);
    }
}

/* ------------------------------------------------------------- --node */

typedef struct {
    size_t link;  /* link index */
    size_t other; /* neighbour's node index */
    long weight;
} S_nb;

static int S_nb_cmp(const void *a, const void *b)
{
    const S_nb *x = a, *y = b;
    if (x->weight != y->weight) return x->weight > y->weight ? -1 : 1;
    return x->other < y->other ? -1 : x->other > y->other;
}

/* The links of node v, by weight descending, ties by neighbour index (=
 * id order). *count set; free the result. */
static S_nb *S_neighbours(const rg_graph *g, size_t v, size_t *count)
{
    size_t m = rg_graph_link_count(g), k = 0;
    S_nb *nb = rg_xmalloc((m ? m : 1) * sizeof *nb);
    for (size_t i = 0; i < m; i++) {
        const rg_link *l = rg_graph_link(g, i);
        if (l->source != v && l->target != v) continue;
        nb[k].link = i;
        nb[k].other = l->source == v ? l->target : l->source;
        nb[k].weight = l->weight;
        k++;
    }
    qsort(nb, k, sizeof *nb, S_nb_cmp);
    *count = k;
    return nb;
}

/* Appends the interaction kinds of l as "kind:count,kind:count" in
 * PLOVER order, or none when it has none. */
static void S_put_kinds(rg_buf *b, const rg_link *l, const char *none)
{
    int any = 0;
    for (int k = 0; k < RG_KIND_COUNT; k++) {
        if (!l->interactions[k]) continue;
        rg_buf_printf(b, "%s%s:%ld", any ? "," : "", rg_kind_name((rg_kind)k), l->interactions[k]);
        any = 1;
    }
    if (!any) rg_buf_puts(b, none);
}

/* Appends the affiliation of node for the table: "Label (id)" when the
 * country is in the graph, the id alone when not, "-" when none. */
static void S_put_affiliation(rg_buf *b, const rg_graph *g, const rg_node *node)
{
    if (!node->affiliation) {
        rg_buf_puts(b, "-");
        return;
    }
    size_t i = rg_graph_find(g, node->affiliation);
    if (i == (size_t)-1) {
        S_put_label(b, node->affiliation, 2 * S_LABEL_MAX);
        return;
    }
    S_put_label(b, rg_graph_node(g, i)->label, S_LABEL_MAX);
    rg_buf_puts(b, " (");
    S_put_label(b, node->affiliation, 2 * S_LABEL_MAX);
    rg_buf_putc(b, ')');
}

static void S_node_table(rg_buf *b, const rg_graph *g, size_t v, const rg_node_stats *x,
                         const S_nb *nb, size_t k)
{
    const rg_node *node = rg_graph_node(g, v);
    rg_buf_puts(b, "Actor: ");
    S_put_label(b, node->label, 2 * S_LABEL_MAX);
    rg_buf_printf(b, "\n  %-16s %s\n  %-16s ", "Type", rg_type_name(node->type), "Id");
    S_put_label(b, node->id, 2 * S_LABEL_MAX);
    rg_buf_printf(b, "\n  %-16s ", "Affiliation");
    S_put_affiliation(b, g, node);
    rg_buf_printf(b, "\n  %-16s %ld\n  %-16s %.0f\n", "Degree", x->degree, "Weighted degree",
                  x->strength);
    if (k == 0) {
        rg_buf_puts(b, "\nNeighbours: none\n");
        return;
    }
    /* column widths; the kinds are formatted into kb to measure them */
    rg_buf kb = RG_BUF_INIT;
    size_t lw = strlen("Neighbour"), tw = strlen("Type"), ww = strlen("Weight");
    size_t cw = strlen("Co-occurrences"), kw = strlen("Interactions");
    char num[32];
    for (size_t i = 0; i < k; i++) {
        const rg_node *o = rg_graph_node(g, nb[i].other);
        const rg_link *l = rg_graph_link(g, nb[i].link);
        size_t w = S_width(o->label);
        if (w > S_LABEL_MAX) w = S_LABEL_MAX;
        if (w > lw) lw = w;
        if (strlen(rg_type_name(o->type)) > tw) tw = strlen(rg_type_name(o->type));
        if ((size_t)snprintf(num, sizeof num, "%ld", l->weight) > ww) ww = strlen(num);
        if ((size_t)snprintf(num, sizeof num, "%ld", l->cooccurrence) > cw) cw = strlen(num);
        kb.len = 0;
        S_put_kinds(&kb, l, "-");
        if (kb.len > kw) kw = kb.len;
    }
    rg_buf_printf(b, "\nNeighbours by link weight (%zu)\n  %4s  %s", k, "Rank", "Neighbour");
    S_pad(b, lw - strlen("Neighbour"));
    rg_buf_printf(b, "  %-*s  %*s  %*s  %-*s  %s\n", (int)tw, "Type", (int)ww, "Weight", (int)cw,
                  "Co-occurrences", (int)kw, "Interactions", "Evidence");
    for (size_t i = 0; i < k; i++) {
        const rg_node *o = rg_graph_node(g, nb[i].other);
        const rg_link *l = rg_graph_link(g, nb[i].link);
        rg_buf_printf(b, "  %4zu  ", i + 1);
        S_pad(b, lw - S_put_label(b, o->label, S_LABEL_MAX));
        kb.len = 0;
        S_put_kinds(&kb, l, "-");
        rg_buf_printf(b, "  %-*s  %*ld  %*ld  %-*.*s  %8zu\n", (int)tw, rg_type_name(o->type),
                      (int)ww, l->weight, (int)cw, l->cooccurrence, (int)kw, (int)kb.len, kb.ptr,
                      l->n_evidence);
    }
    rg_buf_free(&kb);
}

static void S_node_json(rg_buf *b, const rg_graph *g, size_t v, const rg_node_stats *x,
                        const S_nb *nb, size_t k)
{
    const rg_node *node = rg_graph_node(g, v);
    rg_buf_puts(b, "{\n  \"node\": {");
    S_json_node_ref(b, node);
    rg_buf_puts(b, ", \"affiliation\": ");
    if (node->affiliation)
        S_json_str(b, node->affiliation);
    else
        rg_buf_puts(b, "null");
    rg_buf_printf(b, ", \"degree\": %ld, \"weighted_degree\": %.0f},\n  \"neighbours\": [",
                  x->degree, x->strength);
    for (size_t i = 0; i < k; i++) {
        const rg_link *l = rg_graph_link(g, nb[i].link);
        rg_buf_printf(b, "%s\n    {\"rank\": %zu, ", i ? "," : "", i + 1);
        S_json_node_ref(b, rg_graph_node(g, nb[i].other));
        rg_buf_printf(b, ", \"weight\": %ld, \"cooccurrence\": %ld, \"interactions\": {",
                      l->weight, l->cooccurrence);
        for (int q = 0, any = 0; q < RG_KIND_COUNT; q++) {
            if (!l->interactions[q]) continue;
            rg_buf_printf(b, "%s\"%s\": %ld", any++ ? ", " : "", rg_kind_name((rg_kind)q),
                          l->interactions[q]);
        }
        rg_buf_printf(b, "}, \"evidence\": %zu}", l->n_evidence);
    }
    rg_buf_puts(b, k ? "\n  ]\n}\n" : "]\n}\n");
}

static void S_node_csv(rg_buf *b, const rg_graph *g, const S_nb *nb, size_t k)
{
    rg_buf kb = RG_BUF_INIT;
    rg_buf_puts(b, "rank,id,label,type,weight,cooccurrence,interactions,evidence\n");
    for (size_t i = 0; i < k; i++) {
        const rg_node *o = rg_graph_node(g, nb[i].other);
        const rg_link *l = rg_graph_link(g, nb[i].link);
        rg_buf_printf(b, "%zu,", i + 1);
        S_csv_str(b, o->id);
        rg_buf_putc(b, ',');
        S_csv_str(b, o->label);
        rg_buf_printf(b, ",%s,%ld,%ld,", rg_type_name(o->type), l->weight, l->cooccurrence);
        kb.len = 0;
        S_put_kinds(&kb, l, "");
        S_csv_str(b, kb.len ? kb.ptr : "");
        rg_buf_printf(b, ",%zu\n", l->n_evidence);
    }
    rg_buf_free(&kb);
}

/* -------------------------------------------------------------- command */

/* Parses the command line into *a. Returns -1 to go on, or the exit code
 * to return now (help printed, or a usage error reported). */
static int S_parse(S_args *a, int argc, char **argv)
{
    rg_opt_state st;
    const char *v;
    int k, n_paths = 0;
    rg_opt_init(&st, "stats", argc, argv, S_opts, S_NOPTS);
    while ((k = rg_opt_next(&st, &v)) != RG_OPT_END) {
        switch (k) {
        case RG_OPT_ERR: return RG_EXIT_USAGE;
        case RG_OPT_ARG:
            if (n_paths++) {
                rg_cli_error("stats: expected one GRAPH file, got '%s' and '%s' (see 'relgraph "
                             "stats --help')", a->path, v);
                return RG_EXIT_USAGE;
            }
            a->path = strcmp(v, "-") == 0 ? NULL : v;
            break;
        case O_JSON: a->format = F_JSON; break;
        case O_FORMAT:
            if (strcmp(v, "table") == 0)
                a->format = F_TABLE;
            else if (strcmp(v, "json") == 0)
                a->format = F_JSON;
            else if (strcmp(v, "csv") == 0)
                a->format = F_CSV;
            else {
                rg_cli_error("stats: --format takes 'table', 'json' or 'csv', not '%s'", v);
                return RG_EXIT_USAGE;
            }
            break;
        case O_NODE: a->node = v; break;
        case O_TOP:
            if ((a->top = rg_cli_parse_long("top", v)) < 0) return RG_EXIT_USAGE;
            break;
        case O_SEED: {
            long s = rg_cli_parse_long("seed", v);
            if (s < 0) return RG_EXIT_USAGE;
            a->seed = (unsigned long)s;
            break;
        }
        case O_MIN_WEIGHT:
            if ((a->min_weight = rg_cli_parse_long("min-weight", v)) < 0) return RG_EXIT_USAGE;
            break;
        case O_TYPES:
            if (rg_types_parse(v, &a->types) != RG_OK) {
                rg_cli_error("stats: --types: %s", rg_error_last());
                return RG_EXIT_USAGE;
            }
            a->types_arg = v;
            break;
        case O_KINDS:
            if (rg_filter_parse_kinds(&a->filter, v) != RG_OK) {
                rg_cli_error("stats: --kinds: %s", rg_error_last());
                return RG_EXIT_USAGE;
            }
            a->filtering = 1;
            break;
        case O_EGO:
            a->ego = v;
            a->filtering = 1;
            break;
        case O_RADIUS:
            if ((a->filter.radius = rg_cli_parse_long("radius", v)) < 0) return RG_EXIT_USAGE;
            a->radius_given = 1;
            break;
        case O_LARGEST:
            a->filter.largest = 1;
            a->filtering = 1;
            break;
        case O_TOP_NODES: {
            long top = rg_cli_parse_long("top-nodes", v);
            if (top < 0) return RG_EXIT_USAGE;
            a->filter.top = (size_t)top;
            a->filtering = 1;
            break;
        }
        case O_SINCE:
            a->since = v;
            a->filtering = 1;
            break;
        case O_UNTIL:
            a->until = v;
            a->filtering = 1;
            break;
        case O_COMMUNITIES:
            if (strcmp(v, "louvain") == 0)
                a->leiden = 0;
            else if (strcmp(v, "leiden") == 0)
                a->leiden = 1;
            else {
                rg_cli_error("stats: --communities takes 'louvain' or 'leiden', not '%s'", v);
                return RG_EXIT_USAGE;
            }
            break;
        case O_HELP:
            rg_opt_usage(stdout, S_synopsis, S_description, S_opts, S_NOPTS, S_epilog);
            return rg_cli_finish_stdout();
        }
    }
    if (a->radius_given && !a->ego) {
        rg_cli_error("stats: --radius needs --ego (see 'relgraph stats --help')");
        return RG_EXIT_USAGE;
    }
    if (n_paths == 0 && isatty(STDIN_FILENO)) {
        rg_cli_error("stats: no GRAPH file given and standard input is a terminal (see 'relgraph "
                     "stats --help')");
        return RG_EXIT_USAGE;
    }
    return -1;
}

/* Reports a failure to read or analyse the input as "relgraph: stats:
 * NAME: message", without repeating NAME when the message starts with it
 * (the JSON reader names the file itself). */
static void S_input_error(const char *name)
{
    const char *msg = rg_error_last();
    size_t len = strlen(name);
    if (strncmp(msg, name, len) == 0 && msg[len] == ':')
        rg_cli_error("stats: %s", msg);
    else
        rg_cli_error("stats: %s: %s", name, msg);
}

int rg_cmd_stats(int argc, char **argv)
{
    int rc = RG_EXIT_OK;
    S_args a = {NULL, F_TABLE, NULL, 10, 1, -1, 0, NULL, RG_FILTER_INIT, 0, NULL, NULL, NULL, 0, 0};
    rg_graph *g = NULL;
    rg_stats *st = NULL;
    S_rank *rank = NULL;
    S_comm *comms = NULL;
    size_t n_comms = 0;
    rg_node_stats *view_ns = NULL;
    S_nb *nb = NULL;
    char *node_id = NULL; /* --node: the id, looked up before filtering */
    rg_buf out = RG_BUF_INIT;
    const char *name;

    if ((rc = S_parse(&a, argc, argv)) >= 0) goto done;
    rc = RG_EXIT_OK;
    name = a.path ? a.path : "<stdin>";

    if (rg_graph_read_json(&g, a.path ? a.path : "-") != RG_OK) {
        S_input_error(name);
        rc = RG_EXIT_INPUT;
        goto done;
    }
    if (rg_cli_filter_dates("stats", &a.filter, g, a.since, a.until) != 0) {
        rc = RG_EXIT_USAGE;
        goto done;
    }
    if (a.ego && rg_filter_set_ego(&a.filter, g, a.ego) != RG_OK) {
        rg_cli_error("stats: --ego: %s", rg_error_last());
        rc = RG_EXIT_USAGE;
        goto done;
    }
    if (a.node) {
        rg_filter one = RG_FILTER_INIT; /* only for its lookup and message */
        if (rg_filter_set_ego(&one, g, a.node) != RG_OK) {
            rg_cli_error("stats: --node: %s", rg_error_last());
            rc = RG_EXIT_USAGE;
            goto done;
        }
        node_id = rg_xstrdup(rg_graph_node(g, one.ego)->id);
    }
    if (a.types || a.min_weight >= 0 || a.filtering) {
        rg_filter f = a.filter;
        f.types = a.types;
        f.min_weight = a.min_weight >= 0 ? a.min_weight : 0;
        rg_graph *narrow = rg_graph_filter(g, &f);
        rg_graph_free(g);
        g = narrow;
    }
    size_t node_at = node_id ? rg_graph_find(g, node_id) : (size_t)-1;
    if (node_id && node_at == (size_t)-1) {
        rg_cli_error("stats: --node: '%s' (%s) was filtered out", a.node, node_id);
        rc = RG_EXIT_USAGE;
        goto done;
    }
    /* --node needs only degree and weighted degree: skip the centrality */
    if (rg_stats_compute_ex(&st, g, a.seed, node_id ? RG_STATS_BASIC : RG_STATS_ALL) != RG_OK) {
        S_input_error(name);
        rc = RG_EXIT_INPUT;
        goto done;
    }

    const rg_graph_summary *sum = rg_stats_summary(st);
    size_t n = sum->nodes;
    /* the view the tables use: communities of the chosen algorithm */
    rg_graph_summary view = *sum;
    view_ns = rg_xmalloc((n ? n : 1) * sizeof *view_ns);
    if (n) memcpy(view_ns, rg_stats_nodes(st), n * sizeof *view_ns);
    if (a.leiden) {
        view.communities = sum->leiden_communities;
        view.modularity = sum->leiden_modularity;
        for (size_t i = 0; i < n; i++) view_ns[i].community = view_ns[i].leiden;
    }
    const rg_node_stats *ns = view_ns;
    rank = rg_xmalloc((n ? n : 1) * sizeof *rank);
    n_comms = view.communities;
    comms = S_communities(ns, n, n_comms);

    if (node_id) {
        size_t k;
        nb = S_neighbours(g, node_at, &k);
        if (a.format == F_JSON)
            S_node_json(&out, g, node_at, &ns[node_at], nb, k);
        else if (a.format == F_CSV)
            S_node_csv(&out, g, nb, k);
        else
            S_node_table(&out, g, node_at, &ns[node_at], nb, k);
    } else if (a.format == F_JSON) {
        S_json(&out, g, st, &view, ns, rank, comms, &a);
    } else if (a.format == F_CSV) {
        S_csv_nodes(&out, g, ns, n);
    } else {
        S_table_summary(&out, sum, &a);
        if (a.top > 0)
            for (int m = 0; m < M_COUNT; m++) S_table_ranking(&out, g, ns, rank, n, m, (size_t)a.top);
        S_table_communities(&out, g, comms, n_comms, &a);
    }
    if (out.len) fwrite(out.ptr, 1, out.len, stdout);
    rc = rg_cli_finish_stdout();

done:
    rg_buf_free(&out);
    free(nb);
    free(node_id);
    S_communities_free(comms, n_comms);
    free(view_ns);
    free(rank);
    rg_stats_free(st);
    rg_graph_free(g);
    return rc;
}
