/*
 * render.c: SVG and PNG pictures of the graph, laid out and drawn
 * in-process by Graphviz's gvc (the only file that includes gvc).
 *
 * What is laid out is the DOT text that rg_render_dot writes, read back
 * with agmemread, not the cgraph graph dot.c builds: layouts depend on the
 * order of nodes and edges, agwrite writes edges in its own order, and the
 * built graph laid out gave a picture other than `dot -K ENGINE -Tsvg` of
 * our own DOT file (under neato, two labels of the samples' graph over
 * each other). Read back, dot, neato, sfdp and circo draw exactly what
 * Graphviz's dot command draws from the DOT file. fdp can still differ:
 * its result depends on the state of the process it runs in (the same
 * input in the same program always gives the same picture). The consumer
 * test (tests/consumers/check_overlap.py) checks both the DOT file's
 * layout and our SVG for overlapping labels.
 *
 * The layout engine is the one the options name, else sfdp, a multilevel
 * force-directed engine that suits undirected relationship graphs and
 * stays fast on thousands of nodes.
 * Engine names are checked against the layout plugins this gvc has
 * loaded before anything is laid out, so a typo is a usage error that
 * lists the valid names, not a message on stderr and an empty picture.
 *
 * Graphviz reports warnings (and errors) through agerr, which prints to
 * stderr by default. A library should not write to stderr, so while we
 * lay out and render, warnings are kept by cgraph (agseterr) and errors
 * are captured (agseterrf) into the message of our error code. None of
 * this is thread-safe; neither is Graphviz.
 *
 * One gvc context serves the whole process: it is created on first use
 * and never freed. Graphviz 2.43's pango plugin keeps a pointer into the
 * font cache of the context that last measured text, so laying out with
 * a second context after gvFreeContext() of the first reads freed memory
 * (AddressSanitizer shows it on the second render in one process). A
 * single context is also what Graphviz's own dot command uses for many
 * graphs, and it saves reloading the plugins on every render.
 */
#include "dot_private.h"

#include <gvc.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ context */

static GVC_t *S_gvc; /* process-wide, see the file comment; still reachable */

/* The shared context, created on first use; NULL (message set) when
 * Graphviz cannot start. */
static GVC_t *S_context(void)
{
    if (!S_gvc) S_gvc = gvContext();
    if (!S_gvc) rg_error_set(RG_EBACKEND, "Graphviz could not start (gvContext failed)");
    return S_gvc;
}

/* -------------------------------------------------------- engine names */

int rg_render__engine_check(const char *engine)
{
    int err = RG_OK;
    GVC_t *gvc = NULL;
    char **names = NULL;
    int count = 0, found = 0;
    rg_buf list = RG_BUF_INIT;

    if (!(gvc = S_context())) {
        err = RG_EBACKEND;
        goto done;
    }
    names = gvPluginList(gvc, "layout", &count, NULL);
    for (int i = 0; i < count; i++) {
        if (strcmp(names[i], engine) == 0) found = 1;
        rg_buf_printf(&list, "%s%s", i ? ", " : "", names[i]);
    }
    if (!found)
        err = rg_error_set(RG_EUSAGE, "unknown layout engine '%s' (valid: %s)", engine,
                           count ? list.ptr : "none: is Graphviz configured? try 'dot -c' as root");

done:
    for (int i = 0; i < count; i++) free(names[i]);
    free(names);
    rg_buf_free(&list);
    return err;
}

/* ------------------------------------------------------- error capture */

static char S_gv_msg[512]; /* first Graphviz error of the current render */

static int S_gv_error(char *msg)
{
    if (!S_gv_msg[0]) {
        snprintf(S_gv_msg, sizeof S_gv_msg, "%s", msg);
        /* drop the trailing newline agerr messages carry */
        size_t n = strlen(S_gv_msg);
        while (n && (S_gv_msg[n - 1] == '\n' || S_gv_msg[n - 1] == ' ')) S_gv_msg[--n] = '\0';
    }
    return 0;
}

/* ---------------------------------------------------------------- render */

/* Lays out and renders g in format ("svg", "png", "pdf") and appends the bytes
 * to out. */
static int S_render(const rg_graph *g, const rg_render_opts *o, const char *format, rg_buf *out)
{
    int err = RG_OK;
    Agraph_t *G = NULL;
    GVC_t *gvc = NULL;
    int laid_out = 0, hooked = 0;
    agerrlevel_t old_level = AGWARN;
    agusererrf old_fn = NULL;
    char *data = NULL;
    unsigned int len = 0;
    rg_buf dot = RG_BUF_INIT;
    const char *engine = o && o->layout ? o->layout : RG_DOT__DEFAULT_ENGINE;

    /* rg_render_dot checks an explicit engine name. */
    if ((err = rg_render_dot(g, o, &dot)) < 0) goto done;

    S_gv_msg[0] = '\0';
    old_level = agseterr(AGERR);
    old_fn = agseterrf(S_gv_error);
    hooked = 1;

    if (!(gvc = S_context())) {
        err = RG_EBACKEND;
        goto done;
    }
    if (!(G = agmemread(dot.ptr))) {
        err = rg_error_set(RG_EBACKEND, "Graphviz could not read the DOT relgraph wrote%s%s",
                           S_gv_msg[0] ? ": " : "", S_gv_msg);
        goto done;
    }
    if (gvLayout(gvc, G, engine) != 0) {
        err = rg_error_set(RG_EBACKEND, "Graphviz layout '%s' failed%s%s", engine,
                           S_gv_msg[0] ? ": " : "", S_gv_msg);
        goto done;
    }
    laid_out = 1;
    if (gvRenderData(gvc, G, format, &data, &len) != 0 || !data) {
        err = rg_error_set(RG_EBACKEND, "Graphviz could not render %s%s%s", format,
                           S_gv_msg[0] ? ": " : "", S_gv_msg);
        goto done;
    }
    rg_buf_put(out, data, len);

done:
    if (hooked) {
        agseterrf(old_fn);
        agseterr(old_level);
    }
    if (data) gvFreeRenderData(data);
    if (laid_out) gvFreeLayout(gvc, G);
    if (G) agclose(G);
    rg_buf_free(&dot);
    return err;
}

int rg_render_svg(const rg_graph *g, const rg_render_opts *o, rg_buf *out)
{
    return S_render(g, o, "svg", out);
}

int rg_render_png(const rg_graph *g, const rg_render_opts *o, rg_buf *out)
{
    return S_render(g, o, "png", out);
}

int rg_render_pdf(const rg_graph *g, const rg_render_opts *o, rg_buf *out)
{
    return S_render(g, o, "pdf", out);
}
