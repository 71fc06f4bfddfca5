/*
 * graphml.c: the graph as GraphML 1.0 (http://graphml.graphdrawing.org),
 * the XML graph format that networkx (read_graphml), igraph
 * (Graph.Read_GraphML), Gephi, yEd and Cytoscape all read.
 *
 * What is written, in the graph's canonical order (graph.h), one element
 * a line, so the same graph always gives the same bytes:
 *
 *   <graphml xmlns=... xsi:schemaLocation=...>
 *     <key .../>   one typed key per attribute, ids "<domain>_<name>" in
 *                  snake_case (unique across domains, which GraphML
 *                  requires: node and edge both have "documents"); the
 *                  attr.name is the plain name, which is what every
 *                  reader shows
 *     <graph id="G" edgedefault="undirected">
 *       <data> graph: generator, documents, window
 *       <node id="OUR ID">  label, type (always), code (countries),
 *                  affiliation (when known), aliases and roles (joined
 *                  with "|", when any), mentions, documents
 *       <edge source= target=>  weight, cooccurrence, documents,
 *                  interactions ("consult:4|support:1", when any), one
 *                  interactions_<kind> count per PLOVER kind that occurs
 *                  anywhere in the graph (0 on links without it, so every
 *                  edge has the same attributes), evidence_count
 *
 * Types: counts are "long", weight is "double" (the type Gephi, yEd and
 * Cytoscape expect for an edge weight; the value is written as a whole
 * number, a valid xs:double), text is "string". Absent optional strings
 * are left out rather than written empty. There are no <default>s:
 * readers disagree on applying them (igraph does, networkx only records
 * them), so every value is written where it applies.
 *
 * Node ids are our ids, XML-escaped. Ids made by `relgraph build` are
 * XML NMTOKENs, as the GraphML schema asks; ids from a hand-written
 * graph JSON may hold any text and are escaped all the same. Edges carry
 * no id. Text escaping (escape_private.h): & < > " as entities, TAB LF CR
 * as character references, other C0 controls and ill-formed UTF-8 as
 * U+FFFD (XML 1.0 cannot carry them).
 *
 * tests/schemas/graphml.rng is a RELAX NG schema of exactly this output.
 */
#include "escape_private.h"
#include "export.h"

#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------- writers */

static void S_open_data(rg_buf *b, const char *indent, const char *key)
{
    rg_buf_puts(b, indent);
    rg_buf_puts(b, "<data key=\"");
    rg_buf_puts(b, key);
    rg_buf_puts(b, "\">");
}

static void S_data_str(rg_buf *b, const char *indent, const char *key, const char *value)
{
    S_open_data(b, indent, key);
    rg_escape__xml(b, value);
    rg_buf_puts(b, "</data>\n");
}

static void S_data_long(rg_buf *b, const char *indent, const char *key, long value)
{
    S_open_data(b, indent, key);
    rg_buf_printf(b, "%ld</data>\n", value);
}

static void S_key(rg_buf *b, const char *domain, const char *name, const char *type)
{
    rg_buf_printf(b, "  <key id=\"%s_%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", domain,
                  name, domain, name, type);
}

/* Appends items joined with "|" and XML-escaped; tmp is scratch. */
static void S_data_list(rg_buf *b, rg_buf *tmp, const char *key, const char *const *items, size_t n)
{
    rg_buf_clear(tmp);
    rg_escape__list(tmp, items, n);
    S_data_str(b, "      ", key, tmp->ptr);
}

/* ---------------------------------------------------------------- render */

int rg_render_graphml(const rg_graph *g, const rg_render_opts *o, rg_buf *out)
{
    (void)o;
    rg_buf tmp = RG_BUF_INIT;
    size_t n = rg_graph_node_count(g), m = rg_graph_link_count(g);
    int used[RG_KIND_COUNT];
    int any_kind = rg_escape__kinds_used(g, used);

    rg_buf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                     "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                     "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                     "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");

    S_key(out, "graph", "generator", "string");
    S_key(out, "graph", "documents", "long");
    S_key(out, "graph", "window", "string");
    S_key(out, "node", "label", "string");
    S_key(out, "node", "type", "string");
    S_key(out, "node", "code", "string");
    S_key(out, "node", "affiliation", "string");
    S_key(out, "node", "aliases", "string");
    S_key(out, "node", "roles", "string");
    S_key(out, "node", "mentions", "long");
    S_key(out, "node", "documents", "long");
    S_key(out, "edge", "weight", "double");
    S_key(out, "edge", "cooccurrence", "long");
    S_key(out, "edge", "documents", "long");
    if (any_kind) S_key(out, "edge", "interactions", "string");
    for (int k = 0; k < RG_KIND_COUNT; k++) {
        if (!used[k]) continue;
        rg_buf_clear(&tmp);
        rg_buf_printf(&tmp, "interactions_%s", rg_kind_name((rg_kind)k));
        S_key(out, "edge", tmp.ptr, "long");
    }
    S_key(out, "edge", "evidence_count", "long");

    rg_buf_puts(out, "  <graph id=\"G\" edgedefault=\"undirected\">\n");
    char generator[64];
    snprintf(generator, sizeof generator, "relgraph %s", rg_version());
    S_data_str(out, "    ", "graph_generator", generator);
    S_data_long(out, "    ", "graph_documents", rg_graph_documents(g));
    S_data_str(out, "    ", "graph_window", rg_graph_window(g) ? rg_graph_window(g) : "");

    for (size_t i = 0; i < n; i++) {
        const rg_node *v = rg_graph_node(g, i);
        rg_buf_puts(out, "    <node id=\"");
        rg_escape__xml(out, v->id);
        rg_buf_puts(out, "\">\n");
        S_data_str(out, "      ", "node_label", v->label);
        S_data_str(out, "      ", "node_type", rg_type_name(v->type));
        if (v->type == RG_COUNTRY && v->code) S_data_str(out, "      ", "node_code", v->code);
        if (v->affiliation) S_data_str(out, "      ", "node_affiliation", v->affiliation);
        if (v->n_aliases) S_data_list(out, &tmp, "node_aliases", v->aliases, v->n_aliases);
        if (v->n_roles) S_data_list(out, &tmp, "node_roles", v->roles, v->n_roles);
        S_data_long(out, "      ", "node_mentions", v->mentions);
        S_data_long(out, "      ", "node_documents", v->documents);
        rg_buf_puts(out, "    </node>\n");
    }

    for (size_t i = 0; i < m; i++) {
        const rg_link *l = rg_graph_link(g, i);
        rg_buf_puts(out, "    <edge source=\"");
        rg_escape__xml(out, rg_graph_node(g, l->source)->id);
        rg_buf_puts(out, "\" target=\"");
        rg_escape__xml(out, rg_graph_node(g, l->target)->id);
        rg_buf_puts(out, "\">\n");
        S_data_long(out, "      ", "edge_weight", l->weight);
        S_data_long(out, "      ", "edge_cooccurrence", l->cooccurrence);
        S_data_long(out, "      ", "edge_documents", l->documents);
        rg_buf_clear(&tmp);
        rg_escape__kinds(&tmp, l);
        if (tmp.len) S_data_str(out, "      ", "edge_interactions", tmp.ptr);
        for (int k = 0; k < RG_KIND_COUNT; k++) {
            if (!used[k]) continue;
            rg_buf_printf(out, "      <data key=\"edge_interactions_%s\">%ld</data>\n",
                          rg_kind_name((rg_kind)k), l->interactions[k]);
        }
        S_data_long(out, "      ", "edge_evidence_count", (long)l->n_evidence);
        rg_buf_puts(out, "    </edge>\n");
    }
    rg_buf_puts(out, "  </graph>\n</graphml>\n");
    rg_buf_free(&tmp);
    return RG_OK;
}
