/*
 * cli.h: what the subcommands of the relgraph tool share: exit codes, the
 * option table that drives both parsing and --help, and messages.
 *
 * Each subcommand lives in its own file (cmd_<name>.c) and has the same
 * signature: int rg_cmd_<name>(int argc, char **argv), where argv[0] is
 * the subcommand name, returning an exit code below.
 */
#ifndef RG_CLI_H
#define RG_CLI_H

#include <stdio.h>

#include "graph.h"

enum {
    RG_EXIT_OK = 0,     /* everything worked */
    RG_EXIT_INPUT = 1,  /* some input could not be used (others were) */
    RG_EXIT_USAGE = 2,  /* bad command line */
    RG_EXIT_OUTPUT = 3  /* output could not be written */
};

/* One option. arg is the argument's placeholder ("FILE"), or NULL for a
 * flag. help is one line; the table is printed in two aligned columns. */
typedef struct rg_opt_spec {
    const char *long_name;  /* without the dashes */
    char short_name;        /* 0 for none */
    const char *arg;
    const char *help;
} rg_opt_spec;

typedef struct rg_opt_state {
    int argc;
    char **argv;
    const rg_opt_spec *specs;
    size_t n_specs;
    int i;          /* next argv index */
    int only_args;  /* after "--" */
    const char *cmd;/* for messages */
} rg_opt_state;

#define RG_OPT_END (-1)   /* no more arguments */
#define RG_OPT_ARG (-2)   /* a positional argument (in *value) */
#define RG_OPT_ERR (-3)   /* unknown option or missing value; message printed */

void rg_opt_init(rg_opt_state *st, const char *cmd, int argc, char **argv,
                 const rg_opt_spec *specs, size_t n_specs);
/** Returns the index of the matched spec (value in *value when it takes
 *  one), RG_OPT_ARG, RG_OPT_END or RG_OPT_ERR. Accepts --name=value,
 *  --name value, -x value, and "-" as a positional argument. */
int rg_opt_next(rg_opt_state *st, const char **value);

/** Prints "Usage: relgraph SYNOPSIS", the description paragraph, and the
 *  option table, to out. */
void rg_opt_usage(FILE *out, const char *synopsis, const char *description,
                  const rg_opt_spec *specs, size_t n_specs, const char *epilog);

/** "relgraph: <message>" on stderr. */
void rg_cli_error(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/** Parses a non-negative integer option value; on failure prints a usage
 *  error naming the option and returns -1. */
long rg_cli_parse_long(const char *opt, const char *value);

/** Flushes and closes stdout; 0, or RG_EXIT_OUTPUT after printing a
 *  message when writing failed (a full disk or a closed pipe). */
int rg_cli_finish_stdout(void);

/** --since/--until for command cmd: sets f's window from the values
 *  (either may be NULL) and checks that g has dated documents. 0, or
 *  RG_EXIT_USAGE after printing a message (a bad date, an empty window,
 *  a graph without dates). */
int rg_cli_filter_dates(const char *cmd, rg_filter *f, const rg_graph *g, const char *since,
                        const char *until);

int rg_cmd_build(int argc, char **argv);
int rg_cmd_export(int argc, char **argv);
int rg_cmd_stats(int argc, char **argv);
int rg_cmd_entities(int argc, char **argv);

#endif
