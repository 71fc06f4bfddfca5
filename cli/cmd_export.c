/*
 * cmd_export.c: `relgraph export`, graph JSON in, one picture or file
 * format out (JSON, DOT, SVG, PNG).
 *
 * The steps are read (rg_graph_read_json), filter (rg_graph_filter, only
 * when a filter option was given), render into memory (the renderer
 * looked up by format name), and write whole or not at all
 * (rg_output_write). Rendering into memory first means a failing renderer
 * never leaves a truncated file. The format comes from --format, else
 * from the extension of --output, else DOT, the one text format every
 * Graphviz tool reads.
 *
 * Exit codes follow cli.h: 1 when the graph cannot be read or rendered,
 * 2 for a bad command line (including an unknown layout engine), 3 when
 * the output cannot be written.
 */
#include "cli.h"
#include "export.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { O_FORMAT, O_OUTPUT, O_LAYOUT, O_COLOR, O_MIN_WEIGHT, O_TYPES, O_DROP_ISOLATES, O_HELP };

static const rg_opt_spec S_opts[] = {
    [O_FORMAT] = {"format", 'f', "FORMAT", "json, dot, svg or png (default: -o's extension or dot)"},
    [O_OUTPUT] = {"output", 'o', "FILE", "write here instead of standard output ('-' = stdout)"},
    [O_LAYOUT] = {"layout", 0, "ENGINE", "Graphviz layout engine: sfdp (default), neato, fdp..."},
    [O_COLOR] = {"color", 0, "BY", "fill nodes by 'type' (default) or Louvain 'community'"},
    [O_MIN_WEIGHT] = {"min-weight", 0, "N", "keep only links of weight N or more"},
    [O_TYPES] = {"types", 0, "LIST", "keep only these node types: person,country,group,place"},
    [O_DROP_ISOLATES] = {"drop-isolates", 0, NULL, "drop nodes left without any link"},
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
    "  json  the graph JSON again (node-link form, loads in networkx and d3)\n"
    "  dot   Graphviz DOT: shapes and colours by type, link width by weight,\n"
    "        link colour by interaction (green cooperation, red conflict,\n"
    "        grey dashed co-occurrence only), a legend; render it with\n"
    "        'dot -Tsvg' or edit it\n"
    "  svg   a laid-out picture with tooltips (first evidence sentence on\n"
    "        links)\n"
    "  png   the same picture as a bitmap";

static const char S_epilog[] =
    "Examples:\n"
    "  relgraph export out/graph.json -o out/graph.svg\n"
    "  relgraph export out/graph.json --types person,country --min-weight 3 \\\n"
    "      --color community -o out/people.dot\n"
    "  relgraph build samples/ | relgraph export --format svg > graph.svg\n"
    "\n"
    "Exit status: 0 ok, 1 the graph could not be read or rendered, 2 usage\n"
    "error, 3 the output could not be written.\n";

static int S_usage_error(void)
{
    rg_cli_error("export: see 'relgraph export --help'");
    return RG_EXIT_USAGE;
}

int rg_cmd_export(int argc, char **argv)
{
    int code = RG_EXIT_OK;
    const char *format = NULL, *output = NULL, *input = NULL;
    rg_render_opts ropts = RG_RENDER_OPTS_INIT;
    rg_filter filter = RG_FILTER_INIT;
    int filtering = 0;
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
        case O_DROP_ISOLATES:
            filter.drop_isolates = 1;
            filtering = 1;
            break;
        case O_HELP:
            rg_opt_usage(stdout, S_synopsis, S_description, S_opts, S_N_OPTS, S_epilog);
            code = rg_cli_finish_stdout();
            goto done;
        }
    }
    if (!format) format = rg_format_from_path(output);
    if (!format) format = "dot";
    if (strcmp(format, "png") == 0 && (!output || strcmp(output, "-") == 0) && isatty(STDOUT_FILENO)) {
        rg_cli_error("export: not writing PNG to a terminal; use -o FILE.png or redirect");
        code = S_usage_error();
        goto done;
    }

    if (rg_graph_read_json(&g, input) < 0) {
        /* the message starts with the file name */
        rg_cli_error("export: %s", rg_error_last());
        code = RG_EXIT_INPUT;
        goto done;
    }
    if (filtering) {
        rg_graph *kept = rg_graph_filter(g, &filter);
        rg_graph_free(g);
        g = kept;
    }

    int err = rg_render_lookup(format)(g, &ropts, &out);
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
