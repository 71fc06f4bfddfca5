/*
 * csv.c: the graph as two CSV tables, nodes.csv and edges.csv, for
 * pandas, spreadsheets and Neo4j.
 *
 * The files (RFC 4180: a header line, comma-separated fields, CRLF line
 * ends, UTF-8 without a byte-order mark; a field is quoted when it holds
 * a comma, a double quote, CR or LF or starts or ends with a space or
 * tab, and a double quote inside is doubled; escape_private.h):
 *
 *   nodes.csv  id,label,type,code,affiliation,aliases,roles,mentions,documents
 *   edges.csv  source,target,weight,cooccurrence,documents,interactions,evidence_count
 *
 * one row per node and per link in the graph's canonical order (graph.h),
 * so the same graph always gives the same bytes. aliases and roles are
 * joined with "|" (a '|' inside one is written as U+00A6); interactions
 * is "consult:4|support:1" in PLOVER order, empty for a pure
 * co-occurrence link; evidence_count is the number of evidence sentences
 * the graph keeps for the link (at most the evidence cap of the build).
 * Absent values (code of a non-country, unknown affiliation) are empty
 * fields, which pandas reads as NaN and Neo4j's LOAD CSV as null. Text is
 * data, not defused for spreadsheets: a label that starts with '=' is
 * written as it is (import the file rather than open it in a spreadsheet
 * that would evaluate it).
 *
 * The "neo4j" dialect has the same rows with the header that
 * neo4j-admin's bulk import needs: id:ID, typed counts (mentions:long...),
 * a :LABEL column (Person, Country, Group, Place) for nodes, and
 * :START_ID,:END_ID,:TYPE (every relationship is a LINK) for edges.
 * Our links are undirected; :START_ID is always the smaller id.
 *
 * Two tables do not fit the one-buffer renderer signature, so "csv" in
 * the format table (rg_render_csv) only explains that; callers render the
 * two tables with the four functions below (relgraph export -f csv writes
 * both files, whole or not at all, with rg_output_write_files).
 */
#include "escape_private.h"
#include "export.h"

#include <string.h>

typedef enum { S_PLAIN = 0, S_NEO4J } S_dialect;

static const char *const S_node_header[2] = {
    "id,label,type,code,affiliation,aliases,roles,mentions,documents\r\n",
    "id:ID,label,type,code,affiliation,aliases,roles,mentions:long,documents:long,:LABEL\r\n"};
static const char *const S_edge_header[2] = {
    "source,target,weight,cooccurrence,documents,interactions,evidence_count\r\n",
    ":START_ID,:END_ID,:TYPE,weight:long,cooccurrence:long,documents:long,interactions,"
    "evidence_count:long\r\n"};

/* Neo4j node labels, one per type (rg_type order). */
static const char *const S_neo4j_label[RG_TYPE_COUNT] = {"Person", "Country", "Group", "Place"};

static void S_list_field(rg_buf *b, rg_buf *tmp, const char *const *items, size_t n)
{
    rg_buf_clear(tmp);
    rg_escape__list(tmp, items, n);
    rg_escape__csv(b, tmp->ptr);
}

static int S_nodes(const rg_graph *g, rg_buf *out, S_dialect d)
{
    rg_buf tmp = RG_BUF_INIT;
    size_t n = rg_graph_node_count(g);
    rg_buf_puts(out, S_node_header[d]);
    for (size_t i = 0; i < n; i++) {
        const rg_node *v = rg_graph_node(g, i);
        rg_escape__csv(out, v->id);
        rg_buf_putc(out, ',');
        rg_escape__csv(out, v->label);
        rg_buf_putc(out, ',');
        rg_buf_puts(out, rg_type_name(v->type));
        rg_buf_putc(out, ',');
        if (v->type == RG_COUNTRY && v->code) rg_escape__csv(out, v->code);
        rg_buf_putc(out, ',');
        if (v->affiliation) rg_escape__csv(out, v->affiliation);
        rg_buf_putc(out, ',');
        S_list_field(out, &tmp, v->aliases, v->n_aliases);
        rg_buf_putc(out, ',');
        S_list_field(out, &tmp, v->roles, v->n_roles);
        rg_buf_printf(out, ",%ld,%ld", v->mentions, v->documents);
        if (d == S_NEO4J) rg_buf_printf(out, ",%s", S_neo4j_label[v->type]);
        rg_buf_puts(out, "\r\n");
    }
    rg_buf_free(&tmp);
    return RG_OK;
}

static int S_edges(const rg_graph *g, rg_buf *out, S_dialect d)
{
    rg_buf tmp = RG_BUF_INIT;
    size_t m = rg_graph_link_count(g);
    rg_buf_puts(out, S_edge_header[d]);
    for (size_t i = 0; i < m; i++) {
        const rg_link *l = rg_graph_link(g, i);
        rg_escape__csv(out, rg_graph_node(g, l->source)->id);
        rg_buf_putc(out, ',');
        rg_escape__csv(out, rg_graph_node(g, l->target)->id);
        if (d == S_NEO4J) rg_buf_puts(out, ",LINK");
        rg_buf_printf(out, ",%ld,%ld,%ld,", l->weight, l->cooccurrence, l->documents);
        rg_buf_clear(&tmp);
        rg_escape__kinds(&tmp, l);
        rg_escape__csv(out, tmp.ptr);
        rg_buf_printf(out, ",%zu\r\n", l->n_evidence);
    }
    rg_buf_free(&tmp);
    return RG_OK;
}

int rg_render_csv_nodes(const rg_graph *g, const rg_render_opts *o, rg_buf *out)
{
    (void)o;
    return S_nodes(g, out, S_PLAIN);
}

int rg_render_csv_edges(const rg_graph *g, const rg_render_opts *o, rg_buf *out)
{
    (void)o;
    return S_edges(g, out, S_PLAIN);
}

int rg_render_csv_nodes_neo4j(const rg_graph *g, const rg_render_opts *o, rg_buf *out)
{
    (void)o;
    return S_nodes(g, out, S_NEO4J);
}

int rg_render_csv_edges_neo4j(const rg_graph *g, const rg_render_opts *o, rg_buf *out)
{
    (void)o;
    return S_edges(g, out, S_NEO4J);
}

int rg_render_csv(const rg_graph *g, const rg_render_opts *o, rg_buf *out)
{
    (void)g;
    (void)o;
    (void)out;
    return rg_error_set(RG_EUSAGE, "csv is two files, nodes.csv and edges.csv, which one output "
                                   "cannot hold: use 'relgraph export -f csv -o DIR/'");
}
