/*
 * dot.c: the graph as Graphviz DOT, and the styled cgraph graph that the
 * SVG and PNG renderers lay out (the only files that include cgraph are
 * this one and render.c).
 *
 * Style, in one place (rg_dot__build):
 *   - nodes get synthetic ids n0, n1, ... in the graph's canonical order;
 *     the entity's name goes in "label". Entity text never becomes DOT
 *     syntax: backslashes are doubled (Graphviz reads \n, \N, \l... as
 *     escapes), control characters become spaces, '&' is written as
 *     "&amp;" when it would otherwise start an HTML entity, and agwrite
 *     escapes the double quotes.
 *   - shape and fill by type (person ellipse, country box, group hexagon,
 *     place note), or fill by Louvain community with --color community;
 *     font size grows with the log of the weighted degree, so hubs stand
 *     out without dwarfing everything else.
 *   - edge pen width grows with log2(weight), capped; colour by polarity
 *     of the stated interactions (green cooperation, red conflict, purple
 *     both); grey dashed for pure co-occurrence. Interaction links are
 *     labelled "consult 4, agree 1"; every link's tooltip is its first
 *     evidence sentence.
 *   - the graph label is an HTML-like legend listing the node types and
 *     link colours that occur (HTML labels work with every engine, unlike
 *     a cluster, which neato and sfdp do not draw).
 *   - nodes keep apart: overlap=false and sep=+6 for neato, fdp and sfdp;
 *     for circo, which ignores those, a mindist from the widest node's
 *     estimated width (S_circo_mindist). tests/consumers/check_overlap.py
 *     checks that no two labels of the samples' graph overlap under dot,
 *     neato, fdp, sfdp and circo.
 * Every attribute is declared on the graph with agattr() and a default
 * before it is set (never agattr(NULL, ...), which would change the
 * defaults of every later graph in the process). The DOT text is written
 * before any layout, so it holds no coordinates and the same graph always
 * gives the same bytes.
 */
#include "dot_private.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- palettes */

static const char *const S_type_fill[RG_TYPE_COUNT] = {"#a6cee3", "#fdbf6f", "#cab2d6", "#e0e0e0"};
static const char *const S_type_shape[RG_TYPE_COUNT] = {"ellipse", "box", "hexagon", "note"};
static const char *const S_type_style[RG_TYPE_COUNT] = {"filled", "filled,rounded", "filled",
                                                        "filled"};

/* ColorBrewer Set3: twelve light colours that keep black text readable.
 * Communities past the twelfth share one neutral fill rather than reuse a
 * colour, which would suggest two communities are one. */
static const char *const S_community_fill[] = {"#8dd3c7", "#ffffb3", "#bebada", "#fb8072",
                                               "#80b1d3", "#fdb462", "#b3de69", "#fccde5",
                                               "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"};
#define S_N_COMMUNITY_FILL (sizeof S_community_fill / sizeof S_community_fill[0])
#define S_OTHER_FILL "#f5f5f5"

enum { S_COOP = 0, S_CONFLICT, S_MIXED, S_COOCCUR, S_N_POLARITY };
static const char *const S_edge_color[S_N_POLARITY] = {"#1b9e77", "#d7301f", "#7570b3", "#9e9e9e"};
static const char *const S_edge_meaning[S_N_POLARITY] = {
    "cooperation", "conflict", "cooperation and conflict", "co-occurrence only"};

/* Seed for the community analysis: fixed so colours are deterministic. */
#define S_COMMUNITY_SEED 1UL

/* Above this many nodes, edges are drawn straight: spline routing around
 * obstacles costs far more than the layout itself on large graphs. */
#define S_SPLINE_MAX_NODES 200

/* Longest tooltip text kept, in bytes (cut at a UTF-8 boundary). */
#define S_TOOLTIP_BYTES 200

/* circo spacing (see S_circo_mindist). A node's width is estimated from
 * its label before any layout: Helvetica averages about 0.52 em a
 * character in names, so 0.6 em errs on the wide side; Graphviz 2.43
 * makes an ellipse about 1.42 times as wide as its text and a hexagon
 * about 1.75 times (boxes and notes 1), plus 0.11 in of margin a side. */
static const double S_type_widen[RG_TYPE_COUNT] = {1.42, 1.0, 1.75, 1.0};
#define S_EM_PER_CHAR 0.6
#define S_MARGIN_PT 16.0
#define S_CIRCO_MINDIST 1.0 /* inches: Graphviz's default */

/* ------------------------------------------------------------- escaping */

/* True when s (just after an '&') reads as an HTML entity: "amp;",
 * "#38;", "#x26;". Graphviz decodes those in labels and tooltips, so such
 * an '&' must itself be written as "&amp;" to survive. */
static int S_entity_follows(const char *s)
{
    size_t n = 0;
    if (*s == '#') s++;
    while ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z') || (s[n] >= '0' && s[n] <= '9'))
        n++;
    return n > 0 && n <= 32 && s[n] == ';';
}

/* Appends s to b as Graphviz escString text (see the file comment): at
 * most max bytes of s (0 = all), cut at a UTF-8 character boundary and
 * followed by "..." when cut. The result is NUL-terminated in b. */
static void S_escape(rg_buf *b, const char *s, size_t max)
{
    size_t len = strlen(s), cut = len;
    if (max && len > max) {
        cut = max;
        while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80) cut--;
    }
    for (size_t i = 0; i < cut; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == 0x7f)
            rg_buf_putc(b, ' ');
        else if (c == '\\')
            rg_buf_puts(b, "\\\\");
        else if (c == '&' && S_entity_follows(s + i + 1))
            rg_buf_puts(b, "&amp;");
        else
            rg_buf_putc(b, (char)c);
    }
    if (cut < len) rg_buf_puts(b, "...");
    if (!b->ptr) rg_buf_puts(b, "");
}

/* ---------------------------------------------------------- build state */

typedef struct S_attrs {
    Agsym_t *label, *tooltip, *shape, *style, *fillcolor, *fontsize, *width;     /* nodes */
    Agsym_t *e_label, *e_tooltip, *e_color, *e_fontcolor, *e_penwidth, *e_style; /* edges */
} S_attrs;

typedef struct S_state {
    const rg_graph *g;
    Agraph_t *G;
    S_attrs a;
    rg_stats *stats;           /* only with RG_COLOR_COMMUNITY */
    double *strength;          /* weighted degree per node */
    double widest;             /* estimated widest node, points */
    size_t types_seen[RG_TYPE_COUNT];
    size_t polarity_seen[S_N_POLARITY];
    rg_buf tmp;
} S_state;

/* cgraph takes char * everywhere but copies what it is given: these keep
 * the casts in one place. */
static Agsym_t *S_declare(Agraph_t *G, int kind, const char *name, const char *deflt)
{
    return agattr(G, kind, (char *)name, (char *)deflt);
}

static void S_set(void *obj, Agsym_t *sym, const char *value) { agxset(obj, sym, (char *)value); }

static void S_setf(void *obj, Agsym_t *sym, const char *fmt, double v)
{
    char num[32];
    snprintf(num, sizeof num, fmt, v);
    agxset(obj, sym, num);
}

static void S_declare_all(S_state *st, const char *engine)
{
    Agraph_t *G = st->G;
    size_t n = rg_graph_node_count(st->g);
    S_declare(G, AGRAPH, "layout", engine);
    S_declare(G, AGRAPH, "overlap", "false");
    S_declare(G, AGRAPH, "sep", "+6");
    S_declare(G, AGRAPH, "splines", n <= S_SPLINE_MAX_NODES ? "true" : "false");
    S_declare(G, AGRAPH, "outputorder", "edgesfirst");
    S_declare(G, AGRAPH, "pad", "0.3");
    S_declare(G, AGRAPH, "fontname", "Helvetica");
    S_declare(G, AGRAPH, "fontsize", "10");
    S_declare(G, AGRAPH, "labelloc", "b");
    S_declare(G, AGRAPH, "labeljust", "l");

    S_declare(G, AGNODE, "fontname", "Helvetica");
    S_declare(G, AGNODE, "color", "#4d4d4d");
    S_declare(G, AGNODE, "penwidth", "0.8");
    st->a.label = S_declare(G, AGNODE, "label", "\\N");
    st->a.tooltip = S_declare(G, AGNODE, "tooltip", "");
    st->a.shape = S_declare(G, AGNODE, "shape", "ellipse");
    st->a.style = S_declare(G, AGNODE, "style", "filled");
    st->a.fillcolor = S_declare(G, AGNODE, "fillcolor", "#ffffff");
    st->a.fontsize = S_declare(G, AGNODE, "fontsize", "10");
    st->a.width = S_declare(G, AGNODE, "width", "0.75");

    S_declare(G, AGEDGE, "fontname", "Helvetica");
    S_declare(G, AGEDGE, "fontsize", "8");
    st->a.e_label = S_declare(G, AGEDGE, "label", "");
    st->a.e_tooltip = S_declare(G, AGEDGE, "tooltip", "");
    st->a.e_color = S_declare(G, AGEDGE, "color", S_edge_color[S_COOCCUR]);
    st->a.e_fontcolor = S_declare(G, AGEDGE, "fontcolor", "black");
    st->a.e_penwidth = S_declare(G, AGEDGE, "penwidth", "1.0");
    st->a.e_style = S_declare(G, AGEDGE, "style", "solid");
}

/* ---------------------------------------------------------------- nodes */

static const char *S_node_fill(const S_state *st, size_t i)
{
    if (!st->stats) return S_type_fill[rg_graph_node(st->g, i)->type];
    long c = rg_stats_nodes(st->stats)[i].community;
    return c >= 0 && (size_t)c < S_N_COMMUNITY_FILL ? S_community_fill[c] : S_OTHER_FILL;
}

static void S_style_node(S_state *st, Agnode_t *v, size_t i)
{
    const rg_node *n = rg_graph_node(st->g, i);
    rg_buf *t = &st->tmp;

    rg_buf_clear(t);
    S_escape(t, n->label, 0);
    S_set(v, st->a.label, t->ptr);

    rg_buf_clear(t);
    S_escape(t, n->label, S_TOOLTIP_BYTES);
    rg_buf_printf(t, " (%s", rg_type_name(n->type));
    if (n->type == RG_COUNTRY && n->code) {
        rg_buf_puts(t, ", ");
        S_escape(t, n->code, 16);
    }
    rg_buf_printf(t, "): %ld mention%s in %ld document%s", n->mentions, n->mentions == 1 ? "" : "s",
                  n->documents, n->documents == 1 ? "" : "s");
    S_set(v, st->a.tooltip, t->ptr);

    S_set(v, st->a.shape, S_type_shape[n->type]);
    S_set(v, st->a.style, S_type_style[n->type]);
    S_set(v, st->a.fillcolor, S_node_fill(st, i));

    /* 10 pt for an isolated node, about 20 pt at weighted degree 50,
     * capped at 32 so one hub cannot swallow the picture. */
    double grow = log2(1.0 + st->strength[i]);
    double fs = 10.0 + 2.5 * grow;
    if (fs > 32.0) fs = 32.0;
    S_setf(v, st->a.fontsize, "%.1f", fs);
    S_setf(v, st->a.width, "%.2f", 0.75 * fs / 10.0);

    /* circo's spacing needs the widest node (S_circo_mindist) */
    size_t chars = 0;
    for (const unsigned char *p = (const unsigned char *)n->label; *p; p++)
        if ((*p & 0xC0) != 0x80) chars++;
    double est = S_EM_PER_CHAR * fs * (double)chars * S_type_widen[n->type] + S_MARGIN_PT;
    if (est > st->widest) st->widest = est;
}

/* circo's mindist, in inches. circo spaces the nodes of one circle by the
 * largest node, but hangs a node's child blocks (its leaves, say) only
 * mindist plus the child's own radius beyond the node's centre, whatever
 * the node's width: with the default 1 in, "Paris" was drawn inside the
 * wide "International Syria Support Group" it hangs off, labels over each
 * other, and other nodes touched. Half the widest node keeps every leaf
 * clear of its parent (and so the label inside each); Graphviz's default
 * of 1 in stays the floor. The drawing grows with it, as circo's always
 * does with the node size. */
static double S_circo_mindist(const S_state *st)
{
    double md = st->widest / 2.0 / 72.0;
    return md > S_CIRCO_MINDIST ? md : S_CIRCO_MINDIST;
}

/* ---------------------------------------------------------------- edges */

static int S_polarity(const rg_link *l)
{
    long coop = 0, conflict = 0;
    for (int k = 0; k < RG_KIND_COUNT; k++) {
        if (rg_kind_polarity((rg_kind)k) > 0)
            coop += l->interactions[k];
        else
            conflict += l->interactions[k];
    }
    if (coop == 0 && conflict == 0) return S_COOCCUR;
    if (coop > conflict) return S_COOP;
    if (conflict > coop) return S_CONFLICT;
    return S_MIXED;
}

/* "consult 4, agree 1": kinds by count, most frequent first, ties in
 * PLOVER order. */
static void S_kinds_text(rg_buf *b, const rg_link *l)
{
    int done[RG_KIND_COUNT] = {0};
    for (;;) {
        int best = -1;
        for (int k = 0; k < RG_KIND_COUNT; k++)
            if (!done[k] && l->interactions[k] > 0 && (best < 0 || l->interactions[k] > l->interactions[best]))
                best = k;
        if (best < 0) break;
        done[best] = 1;
        rg_buf_printf(b, "%s%s %ld", b->len ? ", " : "", rg_kind_name((rg_kind)best), l->interactions[best]);
    }
}

static void S_style_edge(S_state *st, Agedge_t *e, const rg_link *l)
{
    rg_buf *t = &st->tmp;
    int pol = S_polarity(l);
    st->polarity_seen[pol]++;

    /* 1 pt for weight 1, 7 pt at weight 16, capped at 8 pt. */
    double pw = 1.0 + (l->weight > 1 ? 1.5 * log2((double)l->weight) : 0.0);
    if (pw > 8.0) pw = 8.0;
    S_setf(e, st->a.e_penwidth, "%.1f", pw);
    S_set(e, st->a.e_color, S_edge_color[pol]);
    if (pol == S_COOCCUR) {
        S_set(e, st->a.e_style, "dashed");
    } else {
        rg_buf_clear(t);
        S_kinds_text(t, l);
        S_set(e, st->a.e_label, t->ptr);
        S_set(e, st->a.e_fontcolor, S_edge_color[pol]);
    }

    rg_buf_clear(t);
    if (l->n_evidence) {
        S_escape(t, l->evidence[0].text, S_TOOLTIP_BYTES);
    } else {
        S_escape(t, rg_graph_node(st->g, l->source)->label, S_TOOLTIP_BYTES / 2);
        rg_buf_puts(t, " -- ");
        S_escape(t, rg_graph_node(st->g, l->target)->label, S_TOOLTIP_BYTES / 2);
        rg_buf_printf(t, ": weight %ld, %ld co-occurrence%s", l->weight, l->cooccurrence,
                      l->cooccurrence == 1 ? "" : "s");
    }
    S_set(e, st->a.e_tooltip, t->ptr);
}

/* --------------------------------------------------------------- legend */

/* The legend as an HTML-like table (fixed text and numbers only, so
 * nothing in it needs HTML escaping). */
static void S_legend(S_state *st, rg_buf *b)
{
    size_t n = rg_graph_node_count(st->g), m = rg_graph_link_count(st->g);
    long docs = rg_graph_documents(st->g);
    rg_buf_puts(b, "<table border=\"0\" cellborder=\"0\" cellspacing=\"1\" cellpadding=\"2\">");
    rg_buf_printf(b, "<tr><td colspan=\"2\" align=\"left\"><b>relgraph</b>: %zu node%s, %zu link%s, "
                     "%ld document%s</td></tr>",
                  n, n == 1 ? "" : "s", m, m == 1 ? "" : "s", docs, docs == 1 ? "" : "s");
    for (int t = 0; t < RG_TYPE_COUNT; t++) {
        if (!st->types_seen[t]) continue;
        if (st->stats)
            rg_buf_printf(b, "<tr><td>%s</td><td align=\"left\">%s (%zu)</td></tr>", S_type_shape[t],
                          rg_type_name((rg_type)t), st->types_seen[t]);
        else
            rg_buf_printf(b, "<tr><td bgcolor=\"%s\" border=\"1\">%s</td><td align=\"left\">%s "
                             "(%zu)</td></tr>",
                          S_type_fill[t], S_type_shape[t], rg_type_name((rg_type)t), st->types_seen[t]);
    }
    if (st->stats) {
        size_t nc = rg_stats_summary(st->stats)->communities;
        for (size_t c = 0; c < nc && c < S_N_COMMUNITY_FILL; c++)
            rg_buf_printf(b, "<tr><td bgcolor=\"%s\" border=\"1\"> </td><td align=\"left\">community "
                             "%zu</td></tr>",
                          S_community_fill[c], c + 1);
        if (nc > S_N_COMMUNITY_FILL)
            rg_buf_printf(b, "<tr><td bgcolor=\"%s\" border=\"1\"> </td><td align=\"left\">%zu smaller "
                             "communities</td></tr>",
                          S_OTHER_FILL, nc - S_N_COMMUNITY_FILL);
    }
    for (int p = 0; p < S_N_POLARITY; p++) {
        if (!st->polarity_seen[p]) continue;
        rg_buf_printf(b, "<tr><td><font color=\"%s\">%s</font></td><td align=\"left\">%s</td></tr>",
                      S_edge_color[p], p == S_COOCCUR ? "- - -" : "&#8212;&#8212;", S_edge_meaning[p]);
    }
    rg_buf_puts(b, "</table>");
}

/* --------------------------------------------------------------- build */

int rg_dot__build(Agraph_t **out, const rg_graph *g, const rg_render_opts *o)
{
    int err = RG_OK;
    S_state st;
    Agnode_t **vs = NULL;
    rg_buf legend = RG_BUF_INIT;
    char *html = NULL;
    size_t n = rg_graph_node_count(g), m = rg_graph_link_count(g);
    *out = NULL;
    memset(&st, 0, sizeof st);
    st.g = g;

    const char *engine = RG_DOT__DEFAULT_ENGINE;
    if (o && o->layout) {
        if ((err = rg_render__engine_check(o->layout)) < 0) goto done;
        engine = o->layout;
    }
    if (o && o->color == RG_COLOR_COMMUNITY && n > 0) {
        if ((err = rg_stats_compute_ex(&st.stats, g, S_COMMUNITY_SEED, RG_STATS_BASIC)) < 0) {
            err = rg_error_set(RG_EBACKEND, "cannot colour by community: %s", rg_error_last());
            goto done;
        }
    }

    st.strength = rg_xcalloc(n ? n : 1, sizeof *st.strength);
    for (size_t i = 0; i < m; i++) {
        const rg_link *l = rg_graph_link(g, i);
        st.strength[l->source] += (double)l->weight;
        st.strength[l->target] += (double)l->weight;
    }

    st.G = agopen("relgraph", Agstrictundirected, NULL);
    if (!st.G) {
        err = rg_error_set(RG_EBACKEND, "cgraph could not create a graph");
        goto done;
    }
    S_declare_all(&st, engine);

    vs = rg_xcalloc(n ? n : 1, sizeof *vs);
    for (size_t i = 0; i < n; i++) {
        char id[32];
        snprintf(id, sizeof id, "n%zu", i);
        vs[i] = agnode(st.G, id, 1);
        if (!vs[i]) {
            err = rg_error_set(RG_EBACKEND, "cgraph could not create node %s", id);
            goto done;
        }
        st.types_seen[rg_graph_node(g, i)->type]++;
        S_style_node(&st, vs[i], i);
    }
    for (size_t i = 0; i < m; i++) {
        const rg_link *l = rg_graph_link(g, i);
        Agedge_t *e = agedge(st.G, vs[l->source], vs[l->target], NULL, 1);
        if (!e) {
            err = rg_error_set(RG_EBACKEND, "cgraph could not create edge n%zu -- n%zu", l->source,
                               l->target);
            goto done;
        }
        S_style_edge(&st, e, l);
    }

    if (strcmp(engine, "circo") == 0) {
        char md[32];
        snprintf(md, sizeof md, "%.2f", S_circo_mindist(&st));
        S_declare(st.G, AGRAPH, "mindist", md);
    }

    S_legend(&st, &legend);
    html = agstrdup_html(st.G, legend.ptr);
    S_declare(st.G, AGRAPH, "label", html);
    agstrfree(st.G, html); /* the attribute holds its own reference */

    *out = st.G;
    st.G = NULL;

done:
    if (st.G) agclose(st.G);
    free(vs);
    free(st.strength);
    rg_stats_free(st.stats);
    rg_buf_free(&st.tmp);
    rg_buf_free(&legend);
    return err;
}

/* ---------------------------------------------------------------- render */

int rg_render_dot(const rg_graph *g, const rg_render_opts *o, rg_buf *out)
{
    int err = RG_OK;
    Agraph_t *G = NULL;
    FILE *mem = NULL;
    char *text = NULL;
    size_t len = 0;

    if ((err = rg_dot__build(&G, g, o)) < 0) goto done;
    mem = open_memstream(&text, &len);
    if (!mem) {
        err = rg_error_set(RG_ENOMEM, "cannot write DOT: no memory for the output stream");
        goto done;
    }
    int wrote = agwrite(G, mem);
    FILE *closing = mem;
    mem = NULL;
    if (fclose(closing) != 0 || wrote != 0) {
        err = rg_error_set(RG_EBACKEND, "cannot write DOT: cgraph's agwrite failed");
        goto done;
    }
    rg_buf_put(out, text, len);

done:
    if (mem) fclose(mem);
    free(text);
    if (G) agclose(G);
    return err;
}
