/*
 * main.c: the relgraph command: dispatches to one subcommand per file.
 */
#include "cli.h"

#include <string.h>
#if defined(__GLIBC__) && !defined(RG_JEMALLOC)
#include <malloc.h>
#endif

static const char S_usage[] =
    "Usage: relgraph COMMAND [options] [INPUT...]\n"
    "\n"
    "Turns news text into a graph of who interacts with whom: countries,\n"
    "people and groups are nodes; sentences that name two of them together\n"
    "and the interactions they state (met, agreed, accused, attacked...,\n"
    "typed by PLOVER category) are weighted links with their evidence.\n"
    "\n"
    "Commands:\n"
    "  build      extract entities and interactions from text, write the graph\n"
    "  export     convert graph JSON to DOT, SVG, PNG or JSON\n"
    "  stats      print network statistics of a graph (table or JSON)\n"
    "  entities   list every entity mention found in text (TSV or JSON Lines)\n"
    "\n"
    "Options:\n"
    "  -h, --help     show this help (or 'relgraph COMMAND --help')\n"
    "      --version  print the version\n"
    "\n"
    "Example (text to picture):\n"
    "  relgraph build samples/ -o out/graph.json\n"
    "  relgraph export out/graph.json --format svg -o out/graph.svg\n"
    "  relgraph stats out/graph.json\n"
    "\n"
    "Exit status: 0 ok, 1 some input could not be used, 2 usage error,\n"
    "3 output could not be written.\n";

int main(int argc, char **argv)
{
#if defined(__GLIBC__) && !defined(RG_JEMALLOC)
    /* Without jemalloc (see CMakeLists.txt): a build allocates and frees a great many small blocks and a few large
     * buffers. Keeping freed memory in the process, and large blocks on
     * the heap rather than in fresh mappings, spares the kernel zeroing
     * the same pages again and again (a tenth of build's time). */
    mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);
#endif
    if (argc < 2) {
        fputs(S_usage, stderr);
        return RG_EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        fputs(S_usage, stdout);
        return rg_cli_finish_stdout();
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("relgraph %s\n", rg_version());
        return rg_cli_finish_stdout();
    }
    static const struct {
        const char *name;
        int (*fn)(int, char **);
    } cmds[] = {
        {"build", rg_cmd_build},
        {"export", rg_cmd_export},
        {"stats", rg_cmd_stats},
        {"entities", rg_cmd_entities},
    };
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
        if (strcmp(cmd, cmds[i].name) == 0) return cmds[i].fn(argc - 1, argv + 1);
    rg_cli_error("unknown command '%s' (commands: build, export, stats, entities; see 'relgraph --help')", cmd);
    return RG_EXIT_USAGE;
}
