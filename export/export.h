/*
 * export.h: writing a graph in each format, and reading graph JSON back.
 *
 * Every renderer has one signature: it reads a finished graph (see
 * rg_graph_finish), never mutates it, and appends its output to an rg_buf.
 * Output then reaches its destination through rg_output_write(), which
 * writes a file whole or not at all (temporary file in the same folder,
 * then rename), so an interrupted run never leaves half a file behind.
 *
 * Each third-party library lives behind one file: jansson in json.c,
 * cgraph in dot.c, gvc in render.c. GraphML, GEXF, CSV and the evidence
 * JSON Lines are written by hand (graphml.c, gexf.c, csv.c, evidence.c)
 * with the escapers of escape.c.
 */
#ifndef RG_EXPORT_H
#define RG_EXPORT_H

#include "graph.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum rg_color_by {
    RG_COLOR_TYPE = 0,   /* fill colour by node type */
    RG_COLOR_COMMUNITY   /* fill colour by Louvain community */
} rg_color_by;

typedef struct rg_render_opts {
    const char *layout;  /* Graphviz engine for svg/png: "sfdp" (default),
                            "dot", "neato", "fdp", "circo", "twopi"; also
                            written as the DOT graph's "layout" attribute.
                            Unknown names give RG_EUSAGE. */
    rg_color_by color;
    int threads;         /* JSON: threads rendering links (0 = one per CPU);
                            the bytes are the same for any number */
} rg_render_opts;
#define RG_RENDER_OPTS_INIT {NULL, RG_COLOR_TYPE, 0}

/** The one renderer signature: appends the rendering of g to out.
 *  RG_OK, or a negative code with rg_error_last() set. */
typedef int (*rg_render_fn)(const rg_graph *g, const rg_render_opts *o, rg_buf *out);

int rg_render_json(const rg_graph *g, const rg_render_opts *o, rg_buf *out);
int rg_render_dot(const rg_graph *g, const rg_render_opts *o, rg_buf *out);
int rg_render_svg(const rg_graph *g, const rg_render_opts *o, rg_buf *out);
int rg_render_png(const rg_graph *g, const rg_render_opts *o, rg_buf *out);
int rg_render_pdf(const rg_graph *g, const rg_render_opts *o, rg_buf *out);

/* ------------------------------------------- exchange formats (issue 4) */

/** GraphML 1.0 with a typed <key> for every attribute (graphml.c has the
 *  full layout): loads in networkx read_graphml, python-igraph, Gephi,
 *  yEd and Cytoscape. Never fails. */
int rg_render_graphml(const rg_graph *g, const rg_render_opts *o, rg_buf *out);
/** GEXF 1.3 (xmlns "http://gexf.net/1.3") for Gephi: node attributes
 *  type, community (seeded Louvain, left out if the analysis fails),
 *  mentions...; the link weight as GEXF's edge weight (gexf.c). Cost:
 *  one rg_stats_compute, O(V * E log V). Never fails. */
int rg_render_gexf(const rg_graph *g, const rg_render_opts *o, rg_buf *out);
/** The same in GEXF 1.2draft (xmlns "http://www.gexf.net/1.2draft"), for
 *  readers that predate 1.3, such as networkx before 3.6. */
int rg_render_gexf_1_2(const rg_graph *g, const rg_render_opts *o, rg_buf *out);
/** nodes.csv and edges.csv (RFC 4180, UTF-8, CRLF; header lines and
 *  columns in csv.c). Never fail. */
int rg_render_csv_nodes(const rg_graph *g, const rg_render_opts *o, rg_buf *out);
int rg_render_csv_edges(const rg_graph *g, const rg_render_opts *o, rg_buf *out);
/** The same rows with the headers neo4j-admin's bulk import needs (id:ID,
 *  :LABEL; :START_ID, :END_ID, :TYPE; typed counts). */
int rg_render_csv_nodes_neo4j(const rg_graph *g, const rg_render_opts *o, rg_buf *out);
int rg_render_csv_edges_neo4j(const rg_graph *g, const rg_render_opts *o, rg_buf *out);
/** "csv" in the format table: two files cannot go into one buffer, so this
 *  always returns RG_EUSAGE with a message pointing to the functions above
 *  (relgraph export -f csv writes both files). */
int rg_render_csv(const rg_graph *g, const rg_render_opts *o, rg_buf *out);
/** The evidence as JSON Lines, one evidence sentence a line: {"source",
 *  "target", "kind", "actor", "recipient", "doc", "sentence", "text"}
 *  (evidence.c documents each field). Never fails. */
int rg_render_jsonl(const rg_graph *g, const rg_render_opts *o, rg_buf *out);

/** The renderer for a format name ("json", "dot", "svg", "png", "graphml",
 *  "gexf", "csv", "jsonl"), or NULL. */
rg_render_fn rg_render_lookup(const char *format);
/** The format names, comma separated, for messages and --help. */
const char *rg_render_formats(void);
/** Guesses a format from a file name's extension; NULL when unknown. */
const char *rg_format_from_path(const char *path);

/** Writes data to path whole or not at all: "-" or NULL means standard
 *  output. RG_OK or RG_EIO with a message naming the path. */
int rg_output_write(const char *path, const char *data, size_t len);

/** Writes n files as one: each is first written in full to a temporary
 *  file beside its destination, and only when all n are complete are
 *  they renamed into place, in order, so a failure while writing leaves
 *  every destination as it was. Existing destinations that are not
 *  regular files (devices, pipes) are written in place at that point.
 *  "-" is not accepted here. RG_OK, or RG_EIO with a message naming the
 *  path. */
int rg_output_write_files(size_t n, const char *const *paths, const char *const *data,
                          const size_t *lens);

/** Reads graph JSON (the node-link form that rg_render_json writes) from
 *  path ("-" = standard input). Validates structure: nodes with string id
 *  and a known type, links whose source and target name existing nodes.
 *  On success *out is a finished graph (caller frees); on failure *out is
 *  NULL and the code is RG_EIO (cannot read) or RG_EINPUT (malformed),
 *  with a message naming the file and, where known, line and column. */
int rg_graph_read_json(rg_graph **out, const char *path);
/** The same from memory; name is used in messages. */
int rg_graph_read_json_mem(rg_graph **out, const char *data, size_t len, const char *name);

/** Parses one JSON Lines document {"id": ..., "text": ..., "date": ...}.
 *  text is required (a string); id may be a string or a number; date is
 *  optional. Outputs are malloc'd (id and date NULL when absent). RG_OK or
 *  RG_EINPUT with a message (not naming the file: the caller does). */
int rg_jsonl_parse_doc(const char *line, size_t len, char **id, char **text, char **date);

#ifdef __cplusplus
}
#endif
#endif
