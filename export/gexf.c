/*
 * gexf.c: the graph as GEXF, Gephi's native format, in version 1.3
 * (xmlns="http://gexf.net/1.3") or, for readers that predate 1.3, in
 * 1.2draft (xmlns="http://www.gexf.net/1.2draft"; networkx before 3.6,
 * Debian 12's 2.8 among them, reads only 1.1draft and 1.2draft). For a
 * static graph like ours the two differ only in the namespace, the
 * schema location and the version attribute.
 *
 * What is written, in the graph's canonical order (graph.h), one element
 * a line, so the same graph always gives the same bytes:
 *
 *   <meta>      creator "relgraph X.Y.Z", a description (documents and
 *               window); no lastmodifieddate, which would change the bytes
 *   <graph mode="static" defaultedgetype="undirected">
 *   node attributes (ids = titles, snake_case):
 *               type (string), community (integer: Louvain with seed 1 from
 *               rg_stats_compute, 0-based, numbered by size, largest
 *               first; declared and written only when the analysis
 *               succeeds), mentions, documents (long), code, affiliation,
 *               aliases, roles (string, "|"-joined lists; left out when
 *               absent)
 *   edge attributes: cooccurrence, documents (long), interactions
 *               ("consult:4|support:1", when any link has one), one
 *               interactions_<kind> count per PLOVER kind that occurs in
 *               the graph (0 on links without it), evidence_count (long)
 *   <node id="OUR ID" label="LABEL">, <edge id="N" source= target=
 *               weight="W">: the link weight is GEXF's own edge weight,
 *               which Gephi uses for layouts and statistics.
 *
 * Text escaping as in graphml.c (escape_private.h). tests/schemas/
 * gexf.rng is a RELAX NG schema of exactly this output, both versions.
 */
#include "escape_private.h"
#include "export.h"

#include <stdio.h>
#include <string.h>

/* Seed for the community analysis: fixed, so the bytes are deterministic
 * (the same seed dot.c uses for --color community). */
#define S_COMMUNITY_SEED 1UL

typedef struct S_version {
    const char *ns;
    const char *schema;
    const char *version;
} S_version;

static const S_version S_gexf_1_3 = {"http://gexf.net/1.3", "http://gexf.net/1.3/gexf.xsd", "1.3"};
static const S_version S_gexf_1_2 = {"http://www.gexf.net/1.2draft",
                                     "http://www.gexf.net/1.2draft/gexf.xsd", "1.2"};

/* ------------------------------------------------------------- writers */

static void S_attribute(rg_buf *b, const char *id, const char *type)
{
    rg_buf_printf(b, "      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n", id, id, type);
}

static void S_att_str(rg_buf *b, const char *id, const char *value)
{
    rg_buf_printf(b, "          <attvalue for=\"%s\" value=\"", id);
    rg_escape__xml(b, value);
    rg_buf_puts(b, "\"/>\n");
}

static void S_att_long(rg_buf *b, const char *id, long value)
{
    rg_buf_printf(b, "          <attvalue for=\"%s\" value=\"%ld\"/>\n", id, value);
}

/* ---------------------------------------------------------------- render */

static int S_render(const rg_graph *g, rg_buf *out, const S_version *ver)
{
    rg_buf tmp = RG_BUF_INIT;
    rg_stats *stats = NULL;
    size_t n = rg_graph_node_count(g), m = rg_graph_link_count(g);
    int used[RG_KIND_COUNT];
    int any_kind = rg_escape__kinds_used(g, used);
    /* Communities are a bonus: if igraph fails, the file is still whole,
     * only without the community attribute (and no error is left set). */
    if (n > 0 && rg_stats_compute_ex(&stats, g, S_COMMUNITY_SEED, RG_STATS_BASIC) != RG_OK) {
        stats = NULL;
        rg_error_clear();
    }
    const rg_node_stats *ns = stats ? rg_stats_nodes(stats) : NULL;

    rg_buf_printf(out,
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<gexf xmlns=\"%s\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                  "xsi:schemaLocation=\"%s %s\" version=\"%s\">\n",
                  ver->ns, ver->ns, ver->schema, ver->version);
    rg_buf_printf(out, "  <meta>\n    <creator>relgraph %s</creator>\n    <description>", rg_version());
    long docs = rg_graph_documents(g);
    rg_buf_printf(out, "relgraph graph of %ld document%s, ", docs, docs == 1 ? "" : "s");
    rg_escape__xml(out, rg_graph_window(g) ? rg_graph_window(g) : "");
    rg_buf_puts(out, " window</description>\n  </meta>\n");

    rg_buf_puts(out, "  <graph mode=\"static\" defaultedgetype=\"undirected\">\n");
    rg_buf_puts(out, "    <attributes class=\"node\" mode=\"static\">\n");
    S_attribute(out, "type", "string");
    if (ns) S_attribute(out, "community", "integer");
    S_attribute(out, "mentions", "long");
    S_attribute(out, "documents", "long");
    S_attribute(out, "code", "string");
    S_attribute(out, "affiliation", "string");
    S_attribute(out, "aliases", "string");
    S_attribute(out, "roles", "string");
    rg_buf_puts(out, "    </attributes>\n");
    rg_buf_puts(out, "    <attributes class=\"edge\" mode=\"static\">\n");
    S_attribute(out, "cooccurrence", "long");
    S_attribute(out, "documents", "long");
    if (any_kind) S_attribute(out, "interactions", "string");
    for (int k = 0; k < RG_KIND_COUNT; k++) {
        if (!used[k]) continue;
        rg_buf_clear(&tmp);
        rg_buf_printf(&tmp, "interactions_%s", rg_kind_name((rg_kind)k));
        S_attribute(out, tmp.ptr, "long");
    }
    S_attribute(out, "evidence_count", "long");
    rg_buf_puts(out, "    </attributes>\n");

    rg_buf_puts(out, "    <nodes>\n");
    for (size_t i = 0; i < n; i++) {
        const rg_node *v = rg_graph_node(g, i);
        rg_buf_puts(out, "      <node id=\"");
        rg_escape__xml(out, v->id);
        rg_buf_puts(out, "\" label=\"");
        rg_escape__xml(out, v->label);
        rg_buf_puts(out, "\">\n        <attvalues>\n");
        S_att_str(out, "type", rg_type_name(v->type));
        if (ns) S_att_long(out, "community", ns[i].community);
        S_att_long(out, "mentions", v->mentions);
        S_att_long(out, "documents", v->documents);
        if (v->type == RG_COUNTRY && v->code) S_att_str(out, "code", v->code);
        if (v->affiliation) S_att_str(out, "affiliation", v->affiliation);
        if (v->n_aliases) {
            rg_buf_clear(&tmp);
            rg_escape__list(&tmp, v->aliases, v->n_aliases);
            S_att_str(out, "aliases", tmp.ptr);
        }
        if (v->n_roles) {
            rg_buf_clear(&tmp);
            rg_escape__list(&tmp, v->roles, v->n_roles);
            S_att_str(out, "roles", tmp.ptr);
        }
        rg_buf_puts(out, "        </attvalues>\n      </node>\n");
    }
    rg_buf_puts(out, "    </nodes>\n");

    rg_buf_puts(out, "    <edges>\n");
    for (size_t i = 0; i < m; i++) {
        const rg_link *l = rg_graph_link(g, i);
        rg_buf_printf(out, "      <edge id=\"%zu\" source=\"", i);
        rg_escape__xml(out, rg_graph_node(g, l->source)->id);
        rg_buf_puts(out, "\" target=\"");
        rg_escape__xml(out, rg_graph_node(g, l->target)->id);
        rg_buf_printf(out, "\" weight=\"%ld\">\n        <attvalues>\n", l->weight);
        S_att_long(out, "cooccurrence", l->cooccurrence);
        S_att_long(out, "documents", l->documents);
        rg_buf_clear(&tmp);
        rg_escape__kinds(&tmp, l);
        if (tmp.len) S_att_str(out, "interactions", tmp.ptr);
        for (int k = 0; k < RG_KIND_COUNT; k++) {
            if (!used[k]) continue;
            rg_buf_printf(out, "          <attvalue for=\"interactions_%s\" value=\"%ld\"/>\n",
                          rg_kind_name((rg_kind)k), l->interactions[k]);
        }
        S_att_long(out, "evidence_count", (long)l->n_evidence);
        rg_buf_puts(out, "        </attvalues>\n      </edge>\n");
    }
    rg_buf_puts(out, "    </edges>\n  </graph>\n</gexf>\n");

    rg_stats_free(stats);
    rg_buf_free(&tmp);
    return RG_OK;
}

int rg_render_gexf(const rg_graph *g, const rg_render_opts *o, rg_buf *out)
{
    (void)o;
    return S_render(g, out, &S_gexf_1_3);
}

int rg_render_gexf_1_2(const rg_graph *g, const rg_render_opts *o, rg_buf *out)
{
    (void)o;
    return S_render(g, out, &S_gexf_1_2);
}
