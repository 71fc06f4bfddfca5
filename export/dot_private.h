/*
 * dot_private.h: what dot.c and render.c share and nothing else sees.
 *
 * The styled cgraph graph is built in one place (dot.c) so that a DOT file
 * and an SVG or PNG rendering of the same graph look the same; render.c
 * lays out the DOT text rg_render_dot writes (read back, so the picture is
 * the DOT file's) with gvc. Engine names are checked against the layout
 * plugins gvc actually has (render.c), because the DOT file names its
 * engine too.
 */
#ifndef RG_DOT_PRIVATE_H
#define RG_DOT_PRIVATE_H

#include <cgraph.h>

#include "export.h"

/** The layout engine used when rg_render_opts.layout is NULL. */
#define RG_DOT__DEFAULT_ENGINE "sfdp"

/** Builds the styled, not yet laid out, graph for g: synthetic node ids
 *  n0.. in node order, labels escaped for Graphviz, shapes and colours by
 *  type (or community), edge width and colour by weight and polarity, and
 *  an HTML-like legend as the graph label. o may be NULL (defaults). An
 *  explicit o->layout is checked with rg_render__engine_check().
 *  RG_OK and *out (caller frees with agclose), or RG_EUSAGE (unknown
 *  engine), RG_EBACKEND (cgraph or the community analysis failed) with a
 *  message; *out is NULL on failure. */
int rg_dot__build(Agraph_t **out, const rg_graph *g, const rg_render_opts *o);

/** RG_OK when engine names a layout plugin gvc can load, else RG_EUSAGE
 *  with a message naming it and listing the valid engines. (render.c) */
int rg_render__engine_check(const char *engine);

#endif
