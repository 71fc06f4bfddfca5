/*
 * opts.c: the option table parser and usage printer shared by every
 * subcommand (libgit2's cli_opt_spec idea: one table drives parsing and
 * --help), plus message and exit helpers.
 */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void rg_opt_init(rg_opt_state *st, const char *cmd, int argc, char **argv,
                 const rg_opt_spec *specs, size_t n_specs)
{
    st->argc = argc;
    st->argv = argv;
    st->specs = specs;
    st->n_specs = n_specs;
    st->i = 1;
    st->only_args = 0;
    st->cmd = cmd;
}

int rg_opt_next(rg_opt_state *st, const char **value)
{
    *value = NULL;
    if (st->i >= st->argc) return RG_OPT_END;
    const char *a = st->argv[st->i++];
    if (st->only_args || a[0] != '-' || a[1] == '\0') {
        *value = a;
        return RG_OPT_ARG;
    }
    if (strcmp(a, "--") == 0) {
        st->only_args = 1;
        return rg_opt_next(st, value);
    }
    const char *inline_val = NULL;
    int found = -1;
    if (a[1] == '-') {
        const char *name = a + 2;
        const char *eq = strchr(name, '=');
        size_t n = eq ? (size_t)(eq - name) : strlen(name);
        for (size_t k = 0; k < st->n_specs; k++)
            if (st->specs[k].long_name && strlen(st->specs[k].long_name) == n &&
                strncmp(st->specs[k].long_name, name, n) == 0) {
                found = (int)k;
                break;
            }
        if (eq) inline_val = eq + 1;
    } else {
        for (size_t k = 0; k < st->n_specs; k++)
            if (st->specs[k].short_name && st->specs[k].short_name == a[1]) {
                found = (int)k;
                break;
            }
        if (found >= 0 && a[2] != '\0') inline_val = a + 2;
    }
    if (found < 0) {
        rg_cli_error("%s: unknown option '%s' (see 'relgraph %s --help')", st->cmd, a, st->cmd);
        return RG_OPT_ERR;
    }
    const rg_opt_spec *s = &st->specs[found];
    if (!s->arg) {
        if (inline_val) {
            rg_cli_error("%s: option '%s' takes no value", st->cmd, a);
            return RG_OPT_ERR;
        }
        return found;
    }
    if (inline_val) {
        *value = inline_val;
        return found;
    }
    if (st->i >= st->argc) {
        rg_cli_error("%s: option '%s' needs a value (%s)", st->cmd, a, s->arg);
        return RG_OPT_ERR;
    }
    *value = st->argv[st->i++];
    return found;
}

void rg_opt_usage(FILE *out, const char *synopsis, const char *description,
                  const rg_opt_spec *specs, size_t n_specs, const char *epilog)
{
    fprintf(out, "Usage: relgraph %s\n\n%s\n", synopsis, description);
    if (n_specs) fputs("\nOptions:\n", out);
    size_t width = 0;
    char col[128];
    for (int pass = 0; pass < 2; pass++) {
        for (size_t k = 0; k < n_specs; k++) {
            const rg_opt_spec *s = &specs[k];
            int n;
            if (s->short_name)
                n = snprintf(col, sizeof col, "-%c, --%s%s%s", s->short_name, s->long_name,
                             s->arg ? " " : "", s->arg ? s->arg : "");
            else
                n = snprintf(col, sizeof col, "    --%s%s%s", s->long_name,
                             s->arg ? " " : "", s->arg ? s->arg : "");
            if (pass == 0) {
                if (n > 0 && (size_t)n > width) width = (size_t)n;
            } else {
                fprintf(out, "  %-*s  %s\n", (int)width, col, s->help);
            }
        }
    }
    if (epilog) fprintf(out, "\n%s", epilog);
}

void rg_cli_error(const char *fmt, ...)
{
    va_list ap;
    fputs("relgraph: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

long rg_cli_parse_long(const char *opt, const char *value)
{
    char *end = NULL;
    errno = 0;
    long v = strtol(value, &end, 10);
    if (errno || !end || *end || end == value || v < 0) {
        rg_cli_error("option '--%s' needs a non-negative integer, got '%s'", opt, value);
        return -1;
    }
    return v;
}

int rg_cli_finish_stdout(void)
{
    int bad = fflush(stdout) != 0 || ferror(stdout);
    if (fclose(stdout) != 0) bad = 1;
    if (bad) {
        rg_cli_error("writing to standard output failed");
        return RG_EXIT_OUTPUT;
    }
    return RG_EXIT_OK;
}

int rg_cli_filter_dates(const char *cmd, rg_filter *f, const rg_graph *g, const char *since,
                        const char *until)
{
    size_t np;
    if (!since && !until) return 0;
    if (rg_filter_set_dates(f, since, until) != RG_OK) {
        rg_cli_error("%s: %s", cmd, rg_error_last());
        return RG_EXIT_USAGE;
    }
    if (!rg_graph_periods(g, &np) || np == 0) {
        rg_cli_error("%s: --since/--until: the graph has no dated documents (dates come from a "
                     "JSON Lines \"date\" field, or a full date such as 'March 24, 2016' in a "
                     "text's first 1 KB)",
                     cmd);
        return RG_EXIT_USAGE;
    }
    return 0;
}
