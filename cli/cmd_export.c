/*
 * cmd_export.c: `relgraph export`, graph JSON in, one picture or file
 * format out (JSON, DOT, SVG, PNG, GraphML, GEXF, CSV, evidence JSON
 * Lines).
 *
 * The steps are read (rg_graph_read_json), filter (rg_graph_filter, only
 * when a filter option was given; --ego is resolved against the graph
 * read, and an unknown or ambiguous name is a usage error), render into memory (the renderer
 * looked up by format name), and write whole or not at all
 * (rg_output_write). Rendering into memory first means a failing renderer
 * never leaves a truncated file. The format comes from --format, else
 * from the extension of --output, else DOT, the one text format every
 * Graphviz tool reads.
 *
 * CSV is two files, nodes.csv and edges.csv, so -o names where they go
 * rather than one file (S_csv_paths: a directory, NAME.csv, or a name
 * prefix); both are rendered first and then written together with
 * rg_output_write_files, whole or not at all.
 *
 * Exit codes follow cli.h: 1 when the graph cannot be read or rendered,
 * 2 for a bad command line (including an unknown layout engine), 3 when
 * the output cannot be written.
 */
#include "cli.h"
#include "export.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

enum { O_FORMAT, O_OUTPUT, O_LAYOUT, O_COLOR, O_MIN_WEIGHT, O_TYPES, O_KINDS, O_EGO, O_RADIUS,
       O_LARGEST, O_TOP, O_SINCE, O_UNTIL, O_DROP_ISOLATES, O_CSV_DIALECT, O_GEXF_VERSION, O_HELP };

static const rg_opt_spec S_opts[] = {
    [O_FORMAT] = {"format", 'f', "FORMAT", "a format above (default: -o's extension, else dot)"},
    [O_OUTPUT] = {"output", 'o', "FILE", "write here, not to standard output; csv: DIR/ or prefix"},
    [O_LAYOUT] = {"layout", 0, "ENGINE", "Graphviz layout engine: sfdp (default), neato, fdp..."},
    [O_COLOR] = {"color", 0, "BY", "fill nodes by 'type' (default) or Louvain 'community'"},
    [O_MIN_WEIGHT] = {"min-weight", 0, "N", "keep only links of weight N or more"},
    [O_TYPES] = {"types", 0, "LIST", "keep only these node types: person,country,group,place"},
    [O_KINDS] = {"kinds", 0, "LIST", "keep links: interactions, cooccurrence, or kinds a,b"},
    [O_EGO] = {"ego", 0, "NAME", "keep NAME (id, label or alias) and nodes near it"},
    [O_RADIUS] = {"radius", 0, "K", "with --ego: keep nodes within K links of it (default 1)"},
    [O_LARGEST] = {"largest-component", 0, NULL, "keep only the largest connected component"},
    [O_TOP] = {"top", 0, "N", "keep the N nodes of highest weighted degree"},
    [O_SINCE] = {"since", 0, "DATE", "keep only what dated documents of DATE or later say"},
    [O_UNTIL] = {"until", 0, "DATE", "... of DATE or earlier (YYYY, YYYY-MM or YYYY-MM-DD)"},
    [O_DROP_ISOLATES] = {"drop-isolates", 0, NULL, "drop nodes left without any link"},
    [O_CSV_DIALECT] = {"csv-dialect", 0, "D", "csv headers: plain (default) or neo4j (bulk import)"},
    [O_GEXF_VERSION] = {"gexf-version", 0, "V", "gexf: 1.3 (default) or 1.2draft (networkx < 3.6)"},
    [O_HELP] = {"help", 'h', NULL, "show this help"},
};
#define S_N_OPTS (sizeof S_opts / sizeof S_opts[0])

static const char S_synopsis[] = "export [options] [GRAPH.json]";

static const char S_description[] =
    "Converts a graph written by 'relgraph build' (graph JSON; '-' or no\n"
    "file reads standard input) into another format, optionally keeping only\n"
    "some node types or the stronger links first.\n"
    "\n"
    "Formats:\n"
    "  json     the graph JSON again (node-link form, loads in networkx and d3)\n"
    "  dot      Graphviz DOT: shapes and colours by type, link width by weight,\n"
    "           link colour by interaction (green cooperation, red conflict,\n"
    "           grey dashed co-occurrence only), a legend; render it with\n"
    "           'dot -Tsvg' or edit it\n"
    "  svg      a laid-out picture with tooltips (first evidence sentence on\n"
    "           links)\n"
    "  png      the same picture as a bitmap\n"
    "  pdf      the same picture as a PDF document\n"
    "  graphml  GraphML, a typed key per attribute, for networkx, igraph,\n"
    "           Gephi, yEd and Cytoscape\n"
    "  gexf     GEXF 1.3 for Gephi: type, community (Louvain) and mentions as\n"
    "           node attributes, the link weight as edge weight\n"
    "  csv      two files, nodes.csv and edges.csv, for pandas, spreadsheets\n"
    "           and Neo4j (see 'CSV output' below)\n"
    "  jsonl    the evidence, one sentence a line: {\"source\", \"target\",\n"
    "           \"kind\", \"actor\", \"recipient\", \"doc\", \"sentence\", \"text\"};\n"
    "           kind is a PLOVER kind or \"cooccurrence\", actor the acting\n"
    "           id or null, sentence 0-based\n"
    "\n"
    "Text that XML cannot carry (control characters other than tab, line\n"
    "feed and carriage return; invalid UTF-8) becomes U+FFFD in graphml and\n"
    "gexf; invalid UTF-8 becomes U+FFFD in csv and jsonl too.";

static const char S_epilog[] =
    "Examples:\n"
    "  relgraph export out/graph.json -o out/graph.svg\n"
    "  relgraph export out/graph.json --types person,country --min-weight 3 \\\n"
    "      --color community -o out/people.dot\n"
    "  relgraph build samples/ | relgraph export --format svg > graph.svg\n"
    "  relgraph export out/graph.json -o out/graph.graphml\n"
    "  relgraph export out/graph.json -f csv -o out/csv/\n"
    "\n"
    "CSV output: -f csv (or -o NAME.csv) writes two files, both or neither:\n"
    "  -o DIR/ or an existing DIR   DIR/nodes.csv and DIR/edges.csv (DIR/ is\n"
    "                               created when missing)\n"
    "  -o NAME.csv                  NAME.nodes.csv and NAME.edges.csv\n"
    "  -o PREFIX                    PREFIXnodes.csv and PREFIXedges.csv\n"
    "  nodes.csv  id,label,type,code,affiliation,aliases,roles,mentions,documents\n"
    "  edges.csv  source,target,weight,cooccurrence,documents,interactions,\n"
    "             evidence_count\n"
    "RFC 4180 quoting, UTF-8, CRLF line ends; aliases and roles joined with\n"
    "'|', interactions as 'consult:4|support:1'. In Neo4j, with both files in\n"
    "its import folder, LOAD CSV reads them as they are:\n"
    "  LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS r\n"
    "  CREATE (:Entity {id: r.id, label: r.label, type: r.type,\n"
    "                   mentions: toInteger(r.mentions)});\n"
    "  LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS r\n"
    "  MATCH (a:Entity {id: r.source}), (b:Entity {id: r.target})\n"
    "  CREATE (a)-[:LINK {weight: toInteger(r.weight),\n"
    "                     interactions: r.interactions}]->(b);\n"
    "--csv-dialect neo4j writes the headers of Neo4j's bulk import instead\n"
    "(id:ID and :LABEL; :START_ID, :END_ID and :TYPE, every link a LINK):\n"
    "  neo4j-admin database import full --nodes=nodes.csv \\\n"
    "      --relationships=edges.csv --multiline-fields=true\n"
    "\n"
    "Filters apply in this order, each to what the previous ones kept:\n"
    "--since/--until, --types, --kinds, --min-weight, --ego/--radius,\n"
    "--largest-component, --top, then --drop-isolates. A link is kept only when\n"
    "both its ends are. Weighted degree for --top is measured on the links kept\n"
    "so far; ties go by id.\n"
    "\n"
    "--since and --until (inclusive) recount the graph from its dated documents\n"
    "only, as if it had been built from them: weights, counts and evidence of\n"
    "other days, and of undated documents, are left out. A document's date is\n"
    "the \"date\" field of a JSON Lines document, else the first full date in\n"
    "its first 1 KB (a dateline: 'March 24, 2016', '24 Mar 2016', 2016-03-24).\n"
    "\n"
    "Exit status: 0 ok, 1 the graph could not be read or rendered, 2 usage\n"
    "error, 3 the output could not be written.\n";

static int S_usage_error(void)
{
    rg_cli_error("export: see 'relgraph export --help'");
    return RG_EXIT_USAGE;
}

/* The two csv file names for -o OUTPUT (see "CSV output" in the help):
 * DIR/ (created when missing) or an existing DIR gives DIR/nodes.csv,
 * NAME.csv gives NAME.nodes.csv, anything else is a prefix. *nodes and
 * *edges are malloc'd on success. Returns an exit code: RG_EXIT_OK,
 * RG_EXIT_USAGE (no -o) or RG_EXIT_OUTPUT (DIR/ cannot be created), the
 * message printed. */
static int S_csv_paths(const char *output, char **nodes, char **edges)
{
    *nodes = *edges = NULL;
    if (!output || strcmp(output, "-") == 0 || !*output) {
        rg_cli_error("export: csv writes two files, nodes.csv and edges.csv: give -o DIR/ "
                     "(or -o NAME.csv, or -o PREFIX)");
        return S_usage_error();
    }
    size_t len = strlen(output);
    rg_buf n = RG_BUF_INIT, e = RG_BUF_INIT;
    struct stat st;
    const char *base = strrchr(output, '/');
    base = base ? base + 1 : output;
    size_t blen = strlen(base);
    if (output[len - 1] == '/') {
        if (mkdir(output, 0777) != 0 && errno != EEXIST) {
            rg_cli_error("export: cannot create directory '%s': %s", output, strerror(errno));
            return RG_EXIT_OUTPUT;
        }
        rg_buf_printf(&n, "%snodes.csv", output);
        rg_buf_printf(&e, "%sedges.csv", output);
    } else if (stat(output, &st) == 0 && S_ISDIR(st.st_mode)) {
        rg_buf_printf(&n, "%s/nodes.csv", output);
        rg_buf_printf(&e, "%s/edges.csv", output);
    } else if (blen > 4 && strcasecmp(base + blen - 4, ".csv") == 0) {
        rg_buf_printf(&n, "%.*s.nodes.csv", (int)(len - 4), output);
        rg_buf_printf(&e, "%.*s.edges.csv", (int)(len - 4), output);
    } else {
        rg_buf_printf(&n, "%snodes.csv", output);
        rg_buf_printf(&e, "%sedges.csv", output);
    }
    *nodes = rg_buf_detach(&n);
    *edges = rg_buf_detach(&e);
    return RG_EXIT_OK;
}

/* Renders nodes.csv and edges.csv and writes both, whole or neither. */
static int S_export_csv(const rg_graph *g, const rg_render_opts *ro, const char *output, int neo4j)
{
    int code = RG_EXIT_OK;
    char *paths[2] = {NULL, NULL};
    rg_buf bufs[2] = {RG_BUF_INIT, RG_BUF_INIT};
    rg_render_fn fns[2] = {neo4j ? rg_render_csv_nodes_neo4j : rg_render_csv_nodes,
                           neo4j ? rg_render_csv_edges_neo4j : rg_render_csv_edges};

    for (int i = 0; i < 2; i++) {
        if (fns[i](g, ro, &bufs[i]) < 0) {
            rg_cli_error("export: %s", rg_error_last());
            code = RG_EXIT_INPUT;
            goto done;
        }
    }
    /* only now, with both files in memory, may DIR/ be created */
    if ((code = S_csv_paths(output, &paths[0], &paths[1])) != RG_EXIT_OK) goto done;
    const char *const cpaths[2] = {paths[0], paths[1]};
    const char *const data[2] = {bufs[0].ptr ? bufs[0].ptr : "", bufs[1].ptr ? bufs[1].ptr : ""};
    const size_t lens[2] = {bufs[0].len, bufs[1].len};
    if (rg_output_write_files(2, cpaths, data, lens) < 0) {
        rg_cli_error("export: %s", rg_error_last());
        code = RG_EXIT_OUTPUT;
    }

done:
    for (int i = 0; i < 2; i++) {
        free(paths[i]);
        rg_buf_free(&bufs[i]);
    }
    return code;
}

int rg_cmd_export(int argc, char **argv)
{
    int code = RG_EXIT_OK;
    const char *format = NULL, *output = NULL, *input = NULL;
    rg_render_opts ropts = RG_RENDER_OPTS_INIT;
    rg_filter filter = RG_FILTER_INIT;
    int filtering = 0, neo4j = 0, gexf_1_2 = 0, radius_given = 0;
    const char *ego = NULL, *since = NULL, *until = NULL;
    rg_graph *g = NULL;
    rg_buf out = RG_BUF_INIT;

    rg_opt_state st;
    rg_opt_init(&st, "export", argc, argv, S_opts, S_N_OPTS);
    const char *value;
    int opt;
    while ((opt = rg_opt_next(&st, &value)) != RG_OPT_END) {
        switch (opt) {
        case RG_OPT_ERR: code = RG_EXIT_USAGE; goto done;
        case RG_OPT_ARG:
            if (input) {
                rg_cli_error("export: one graph at a time (got '%s' and '%s')", input, value);
                code = S_usage_error();
                goto done;
            }
            input = value;
            break;
        case O_FORMAT:
            if (!rg_render_lookup(value)) {
                rg_cli_error("export: unknown format '%s' (formats: %s)", value, rg_render_formats());
                code = S_usage_error();
                goto done;
            }
            format = value;
            break;
        case O_OUTPUT: output = value; break;
        case O_LAYOUT: ropts.layout = value; break;
        case O_COLOR:
            if (strcmp(value, "type") == 0)
                ropts.color = RG_COLOR_TYPE;
            else if (strcmp(value, "community") == 0)
                ropts.color = RG_COLOR_COMMUNITY;
            else {
                rg_cli_error("export: --color takes 'type' or 'community', not '%s'", value);
                code = S_usage_error();
                goto done;
            }
            break;
        case O_MIN_WEIGHT:
            if ((filter.min_weight = rg_cli_parse_long("min-weight", value)) < 0) {
                code = RG_EXIT_USAGE;
                goto done;
            }
            filtering = 1;
            break;
        case O_TYPES:
            if (rg_types_parse(value, &filter.types) != RG_OK) {
                rg_cli_error("export: --types: %s", rg_error_last());
                code = S_usage_error();
                goto done;
            }
            filtering = 1;
            break;
        case O_KINDS:
            if (rg_filter_parse_kinds(&filter, value) != RG_OK) {
                rg_cli_error("export: --kinds: %s", rg_error_last());
                code = S_usage_error();
                goto done;
            }
            filtering = 1;
            break;
        case O_EGO:
            ego = value;
            filtering = 1;
            break;
        case O_RADIUS:
            if ((filter.radius = rg_cli_parse_long("radius", value)) < 0) {
                code = RG_EXIT_USAGE;
                goto done;
            }
            radius_given = 1;
            break;
        case O_LARGEST:
            filter.largest = 1;
            filtering = 1;
            break;
        case O_TOP: {
            long top = rg_cli_parse_long("top", value);
            if (top < 0) {
                code = RG_EXIT_USAGE;
                goto done;
            }
            filter.top = (size_t)top;
            filtering = 1;
            break;
        }
        case O_SINCE:
            since = value;
            filtering = 1;
            break;
        case O_UNTIL:
            until = value;
            filtering = 1;
            break;
        case O_DROP_ISOLATES:
            filter.drop_isolates = 1;
            filtering = 1;
            break;
        case O_CSV_DIALECT:
            if (strcmp(value, "plain") == 0)
                neo4j = 0;
            else if (strcmp(value, "neo4j") == 0)
                neo4j = 1;
            else {
                rg_cli_error("export: --csv-dialect takes 'plain' or 'neo4j', not '%s'", value);
                code = S_usage_error();
                goto done;
            }
            break;
        case O_GEXF_VERSION:
            if (strcmp(value, "1.3") == 0)
                gexf_1_2 = 0;
            else if (strcmp(value, "1.2draft") == 0 || strcmp(value, "1.2") == 0)
                gexf_1_2 = 1;
            else {
                rg_cli_error("export: --gexf-version takes '1.3' or '1.2draft', not '%s'", value);
                code = S_usage_error();
                goto done;
            }
            break;
        case O_HELP:
            rg_opt_usage(stdout, S_synopsis, S_description, S_opts, S_N_OPTS, S_epilog);
            code = rg_cli_finish_stdout();
            goto done;
        }
    }
    if (radius_given && !ego) {
        rg_cli_error("export: --radius needs --ego");
        code = S_usage_error();
        goto done;
    }
    if (!format) format = rg_format_from_path(output);
    if (!format) format = "dot";
    if ((strcmp(format, "png") == 0 || strcmp(format, "pdf") == 0) && (!output || strcmp(output, "-") == 0) &&
        isatty(STDOUT_FILENO)) {
        rg_cli_error("export: not writing %s to a terminal; use -o FILE.%s or redirect",
                     strcmp(format, "png") == 0 ? "PNG" : "PDF", format);
        code = S_usage_error();
        goto done;
    }

    if (strcmp(format, "csv") == 0 && (!output || strcmp(output, "-") == 0 || !*output)) {
        rg_cli_error("export: csv writes two files, nodes.csv and edges.csv: give -o DIR/ "
                     "(or -o NAME.csv, or -o PREFIX)");
        code = S_usage_error();
        goto done;
    }

    if (rg_graph_read_json(&g, input) < 0) {
        /* the message starts with the file name */
        rg_cli_error("export: %s", rg_error_last());
        code = RG_EXIT_INPUT;
        goto done;
    }
    if (rg_cli_filter_dates("export", &filter, g, since, until) != 0) {
        code = S_usage_error();
        goto done;
    }
    if (ego && rg_filter_set_ego(&filter, g, ego) != RG_OK) {
        rg_cli_error("export: --ego: %s", rg_error_last());
        code = S_usage_error();
        goto done;
    }
    if (filtering) {
        rg_graph *kept = rg_graph_filter(g, &filter);
        rg_graph_free(g);
        g = kept;
    }

    if (strcmp(format, "csv") == 0) {
        code = S_export_csv(g, &ropts, output, neo4j);
        goto done;
    }
    rg_render_fn render = rg_render_lookup(format);
    if (strcmp(format, "gexf") == 0 && gexf_1_2) render = rg_render_gexf_1_2;
    int err = render(g, &ropts, &out);
    if (err < 0) {
        rg_cli_error("export: %s", rg_error_last());
        code = err == RG_EUSAGE ? RG_EXIT_USAGE : RG_EXIT_INPUT;
        goto done;
    }
    if (rg_output_write(output, out.ptr ? out.ptr : "", out.len) < 0) {
        rg_cli_error("export: %s", rg_error_last());
        code = RG_EXIT_OUTPUT;
        goto done;
    }
    code = rg_cli_finish_stdout();

done:
    rg_buf_free(&out);
    rg_graph_free(g);
    return code;
}
