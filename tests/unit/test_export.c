/*
 * test_export.c: Check suite "export" for export/: graph JSON written and
 * read back (json.c), DOT (dot.c), SVG and PNG (render.c), and the
 * all-or-nothing writer and format table (output.c).
 *
 * Most tests use one hand-built graph whose labels and evidence carry
 * everything that has broken exporters before: double quotes, backslashes
 * (a trailing one, and "\n" spelled out), '<' and '&' (plus "&amp;",
 * which Graphviz would decode), a real newline, a tab and non-ASCII text.
 * The JSON reader is fed a table of malformed documents, each of which
 * must fail with RG_EINPUT and a message that names the file and the
 * problem.
 */
#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dot_private.h"
#include "export.h"
#include "suites.h"

/* ------------------------------------------------------------- helpers */

static const char *const S_hostile_label = "\"A\\B\" <Co> & Sons\nLtd\t— Zürich &amp; \\";

/* A finished graph: two countries, two people, one hostile group and one
 * place; interaction, co-occurrence and mixed links, evidence with and
 * without a source. */
static rg_graph *S_sample(void)
{
    rg_graph *g = rg_graph_new();
    rg_graph_set_documents(g, 3);
    size_t rus = rg_graph_node_add(g, "country:RUS", RG_COUNTRY, NULL);
    rg_graph_node_set_label(g, rus, "Russia");
    rg_graph_node_set_code(g, rus, "RUS");
    rg_graph_node_add_alias(g, rus, "Russian Federation", 2);
    rg_graph_node_add_counts(g, rus, 20, 3);
    size_t usa = rg_graph_node_add(g, "country:USA", RG_COUNTRY, NULL);
    rg_graph_node_set_label(g, usa, "United States");
    rg_graph_node_set_code(g, usa, "USA");
    rg_graph_node_add_counts(g, usa, 15, 3);
    size_t lav = rg_graph_node_add(g, "person:sergei-lavrov", RG_PERSON, NULL);
    rg_graph_node_set_label(g, lav, "Sergei Lavrov");
    rg_graph_node_add_alias(g, lav, "Lavrov", 5);
    rg_graph_node_add_alias(g, lav, "Сергей Лавров", 1);
    rg_graph_node_set_affiliation(g, lav, "country:RUS");
    rg_graph_node_add_role(g, lav, "Foreign Minister");
    rg_graph_node_add_counts(g, lav, 12, 3);
    size_t ker = rg_graph_node_add(g, "person:john-kerry", RG_PERSON, NULL);
    rg_graph_node_set_label(g, ker, "John Kerry");
    rg_graph_node_add_counts(g, ker, 9, 2);
    size_t grp = rg_graph_node_add(g, "group:hostile", RG_GROUP, NULL);
    rg_graph_node_set_label(g, grp, S_hostile_label);
    rg_graph_node_add_alias(g, grp, "AT&amp;T \\n", 1);
    rg_graph_node_add_counts(g, grp, 2, 1);
    size_t gva = rg_graph_node_add(g, "place:geneva", RG_PLACE, NULL);
    rg_graph_node_set_label(g, gva, "Genève");
    rg_graph_node_add_counts(g, gva, 3, 2);

    size_t l = rg_graph_link_add(g, lav, ker);
    rg_graph_link_add_counts(g, l, 6, 2);
    rg_graph_link_add_interaction(g, l, RG_CONSULT, 2);
    rg_graph_link_add_interaction(g, l, RG_AGREE, 1);
    rg_evidence e1 = {"000_a.txt", 3, RG_CONSULT, "person:john-kerry", "Kerry met Lavrov in Genève."};
    rg_evidence e2 = {"001_b.txt", 0, -1, NULL, "Kerry and \"Lavrov\" <spoke> & C:\\new."};
    rg_graph_link_add_evidence(g, l, &e1);
    rg_graph_link_add_evidence(g, l, &e2);
    l = rg_graph_link_add(g, rus, usa);
    rg_graph_link_add_counts(g, l, 3, 2);
    rg_graph_link_add_interaction(g, l, RG_ACCUSE, 2);
    rg_graph_link_add_interaction(g, l, RG_SUPPORT, 2);
    l = rg_graph_link_add(g, rus, lav);
    rg_graph_link_add_counts(g, l, 4, 3);
    l = rg_graph_link_add(g, grp, usa);
    rg_graph_link_add_counts(g, l, 1, 1);
    rg_graph_link_add_interaction(g, l, RG_THREATEN, 1);
    rg_evidence e3 = {"002_c.txt", 7, RG_THREATEN, "group:hostile", "Line one\nline two\t\"quoted\" \\"};
    rg_graph_link_add_evidence(g, l, &e3);
    l = rg_graph_link_add(g, gva, ker);
    rg_graph_link_add_counts(g, l, 1, 1);
    rg_graph_finish(g);
    return g;
}

static char *S_render(rg_render_fn fn, const rg_graph *g, const rg_render_opts *o)
{
    rg_buf b = RG_BUF_INIT;
    int rc = fn(g, o, &b);
    ck_assert_msg(rc == RG_OK, "render failed: %d %s", rc, rg_error_last());
    return rg_buf_detach(&b);
}

static size_t S_count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle)) n++;
    return n;
}

/* What a label must look like inside Graphviz: control characters become
 * spaces, backslashes are doubled, an '&' that starts an entity (here
 * only "&amp;" occurs) becomes "&amp;". Caller frees. */
static char *S_gv_escaped(const char *s)
{
    rg_buf b = RG_BUF_INIT;
    for (const char *p = s; *p; p++) {
        if ((unsigned char)*p < 0x20)
            rg_buf_putc(&b, ' ');
        else if (*p == '\\')
            rg_buf_puts(&b, "\\\\");
        else if (strncmp(p, "&amp;", 5) == 0)
            rg_buf_puts(&b, "&amp;");
        else
            rg_buf_putc(&b, *p);
    }
    return rg_buf_detach(&b);
}

/* ================================================================ json */

START_TEST(test_json_round_trip)
{
    rg_graph *g = S_sample(), *back = NULL;
    char *first = S_render(rg_render_json, g, NULL);
    ck_assert_int_eq(rg_graph_read_json_mem(&back, first, strlen(first), "mem.json"), RG_OK);
    ck_assert_ptr_nonnull(back);
    char *second = S_render(rg_render_json, back, NULL);
    ck_assert_str_eq(first, second);

    /* the hostile label survives exactly */
    size_t i = rg_graph_find(back, "group:hostile");
    ck_assert_uint_ne(i, (size_t)-1);
    ck_assert_str_eq(rg_graph_node(back, i)->label, S_hostile_label);
    ck_assert_uint_eq(rg_graph_node_count(back), 6);
    ck_assert_uint_eq(rg_graph_link_count(back), 5);
    free(first);
    free(second);
    rg_graph_free(g);
    rg_graph_free(back);
}
END_TEST

START_TEST(test_json_shape)
{
    rg_graph *g = S_sample();
    char *s = S_render(rg_render_json, g, NULL);
    size_t n = strlen(s);
    ck_assert(n > 2 && s[n - 1] == '\n' && s[n - 2] == '}');
    ck_assert_ptr_nonnull(strstr(s, "\"directed\": false"));
    ck_assert_ptr_nonnull(strstr(s, "\"multigraph\": false"));
    ck_assert_ptr_nonnull(strstr(s, "\"generator\": \"relgraph "));
    /* code for the two countries only; aliases on every node; affiliation
     * and roles only where set */
    ck_assert_uint_eq(S_count(s, "\"code\":"), 2);
    ck_assert_uint_eq(S_count(s, "\"aliases\":"), 6);
    ck_assert_uint_eq(S_count(s, "\"affiliation\":"), 1);
    ck_assert_uint_eq(S_count(s, "\"roles\":"), 1);
    /* one evidence item has no source, so 2 of 3 carry one */
    ck_assert_uint_eq(S_count(s, "\"kind\": \"cooccurrence\""), 1);
    ck_assert_uint_eq(S_count(s, "\"source\": \"person:john-kerry\", \"text\""), 1);
    ck_assert_uint_eq(S_count(s, "\"interactions\": {}"), 2);
    ck_assert_ptr_nonnull(strstr(s, "\"weight\": 9")); /* computed: 6 + 2 + 1 */
    /* escaped as JSON, UTF-8 passed through */
    ck_assert_ptr_nonnull(strstr(s, "\"label\": \"\\\"A\\\\B\\\" <Co> & Sons\\nLtd\\t— Zürich &amp; \\\\\""));

    /* one node or link a line: 6 nodes and 5 links, each after a newline */
    ck_assert_uint_eq(S_count(s, "\n{"), 11);
    ck_assert_uint_eq(S_count(s, "\n"), 11 + 3);
    free(s);
    rg_graph_free(g);
}
END_TEST

START_TEST(test_json_bad_utf8_in_model)
{
    rg_graph *g = rg_graph_new();
    size_t a = rg_graph_node_add(g, "person:a", RG_PERSON, NULL);
    rg_graph_node_set_label(g, a, "bad \xff byte");
    rg_graph_finish(g);
    rg_buf b = RG_BUF_INIT;
    ck_assert_int_eq(rg_render_json(g, NULL, &b), RG_EINPUT);
    ck_assert_ptr_nonnull(strstr(rg_error_last(), "label of node 'person:a'"));
    rg_buf_free(&b);
    rg_graph_free(g);
}
END_TEST

/* Malformed documents and a piece of the message each must produce. */
static const struct {
    const char *json;
    const char *expect;
} S_bad_json[] = {
    {"{\"nodes\": [{\"id\": \"a\", \"type\": \"person\"}", "bad.json:1:"}, /* truncated */
    {"", "bad.json:"},
    {"[1, 2]", "top level must be an object"},
    {"{\"links\": []}", "missing \"nodes\""},
    {"{\"nodes\": {}}", "\"nodes\" must be an array"},
    {"{\"nodes\": [3]}", "nodes[0] must be an object"},
    {"{\"nodes\": [{\"type\": \"person\"}]}", "nodes[0]: missing \"id\""},
    {"{\"nodes\": [{\"id\": 7, \"type\": \"person\"}]}", "\"id\" must be a string"},
    {"{\"nodes\": [{\"id\": \"a\"}]}", "nodes[0] ('a'): missing \"type\""},
    {"{\"nodes\": [{\"id\": \"a\", \"type\": \"planet\"}]}", "nodes[0] ('a'): unknown type 'planet'"},
    {"{\"nodes\": [{\"id\": \"a\", \"type\": \"person\", \"label\": 5}]}", "\"label\" must be a string"},
    {"{\"nodes\": [{\"id\": \"a\", \"type\": \"person\", \"mentions\": \"9\"}]}", "\"mentions\" must be a number"},
    {"{\"nodes\": [{\"id\": \"a\", \"type\": \"person\", \"mentions\": -1}]}", "non-negative"},
    {"{\"nodes\": [{\"id\": \"a\", \"type\": \"person\", \"aliases\": [\"x\", 2]}]}", "aliases[1] must be a string"},
    {"{\"nodes\": [{\"id\": \"a\", \"type\": \"person\"}, {\"id\": \"a\", \"type\": \"group\"}]}",
     "nodes[1] ('a'): duplicate node id (first defined at nodes[0])"},
    {"{\"nodes\": [{\"id\": \"a\", \"type\": \"person\"}, {\"id\": \"b\", \"type\": \"person\"}],"
     " \"links\": [{\"source\": \"a\", \"target\": \"x\"}]}",
     "links[0]: target 'x' is not a node id"},
    {"{\"nodes\": [{\"id\": \"a\", \"type\": \"person\"}], \"links\": [{\"source\": \"a\", \"target\": \"a\"}]}",
     "links[0]: source and target are both 'a'"},
    {"{\"nodes\": [{\"id\": \"a\", \"type\": \"person\"}, {\"id\": \"b\", \"type\": \"person\"}],"
     " \"links\": [{\"source\": \"a\"}]}",
     "links[0]: missing \"target\""},
    {"{\"nodes\": [{\"id\": \"a\", \"type\": \"person\"}, {\"id\": \"b\", \"type\": \"person\"}],"
     " \"links\": [{\"source\": \"a\", \"target\": \"b\"}, {\"source\": \"b\", \"target\": \"a\"}]}",
     "links[1]: a second link between"},
    {"{\"nodes\": [{\"id\": \"a\", \"type\": \"person\"}, {\"id\": \"b\", \"type\": \"person\"}],"
     " \"links\": [{\"source\": \"a\", \"target\": \"b\", \"interactions\": {\"hug\": 1}}]}",
     "unknown interaction kind 'hug'"},
    {"{\"nodes\": [{\"id\": \"a\", \"type\": \"person\"}, {\"id\": \"b\", \"type\": \"person\"}],"
     " \"links\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": 1.5}]}",
     "\"weight\" must be a non-negative whole number"},
    {"{\"nodes\": [{\"id\": \"a\", \"type\": \"person\"}, {\"id\": \"b\", \"type\": \"person\"}],"
     " \"links\": [{\"source\": \"a\", \"target\": \"b\", \"evidence\": [{\"kind\": \"hug\"}]}]}",
     "links[0].evidence[0]: unknown kind 'hug'"},
    {"{\"nodes\": [{\"id\": \"a\", \"type\": \"person\"}, {\"id\": \"b\", \"type\": \"person\"}],"
     " \"links\": [{\"source\": \"a\", \"target\": \"b\", \"evidence\": {}}]}",
     "\"evidence\" must be an array"},
    {"{\"nodes\": [{\"id\": \"a\", \"type\": \"person\"}, {\"id\": \"b\", \"type\": \"person\"}],"
     " \"links\": [{\"source\": \"a\", \"target\": 5}]}",
     "target index 5 is out of range"},
    {"{\"nodes\": [], \"nodes\": []}", "duplicate object key"},
    {"{\"directed\": \"no\", \"nodes\": []}", "\"directed\" must be true or false"},
};

START_TEST(test_json_reject)
{
    const char *json = S_bad_json[_i].json;
    rg_graph *g = (rg_graph *)&g; /* must be reset to NULL */
    rg_error_clear();
    int rc = rg_graph_read_json_mem(&g, json, strlen(json), "bad.json");
    ck_assert_msg(rc == RG_EINPUT, "case %d: rc %d for %s", _i, rc, json);
    ck_assert_ptr_null(g);
    const char *msg = rg_error_last();
    ck_assert_msg(strncmp(msg, "bad.json", 8) == 0, "case %d: message does not name the file: %s", _i, msg);
    ck_assert_msg(strstr(msg, S_bad_json[_i].expect) != NULL, "case %d: message '%s' lacks '%s'", _i, msg,
                  S_bad_json[_i].expect);
}
END_TEST

START_TEST(test_json_truncated_position)
{
    const char *json = "{\n  \"nodes\": [\n    {\"id\": \"a\", \"type\": \"person\"},\n";
    rg_graph *g = NULL;
    ck_assert_int_eq(rg_graph_read_json_mem(&g, json, strlen(json), "cut.json"), RG_EINPUT);
    /* jansson reports the end of input: line 4 */
    ck_assert_msg(strncmp(rg_error_last(), "cut.json:4:", 11) == 0, "%s", rg_error_last());
}
END_TEST

START_TEST(test_json_lenient)
{
    /* networkx-style: "edges", no labels, no counts, integer-valued reals,
     * link ends by index, unknown keys, a synonym kind */
    const char *json =
        "{\"directed\": false, \"multigraph\": false, \"graph\": {}, \"extra\": 1,"
        " \"nodes\": [{\"id\": \"person:b\", \"type\": \"person\", \"color\": \"red\"},"
        "             {\"id\": \"country:A\", \"type\": \"country\", \"code\": \"AAA\", \"mentions\": 4.0}],"
        " \"edges\": [{\"source\": 0, \"target\": \"country:A\", \"cooccurrence\": 2,"
        "              \"interactions\": {\"fight\": 1, \"consult\": 0}}]}";
    rg_graph *g = NULL;
    int rc = rg_graph_read_json_mem(&g, json, strlen(json), "nx.json");
    ck_assert_msg(rc == RG_OK, "%s", rg_error_last());
    ck_assert_uint_eq(rg_graph_node_count(g), 2);
    /* canonical order: country:A first */
    ck_assert_str_eq(rg_graph_node(g, 0)->id, "country:A");
    ck_assert_str_eq(rg_graph_node(g, 0)->code, "AAA");
    ck_assert_int_eq(rg_graph_node(g, 0)->mentions, 4);
    ck_assert_str_eq(rg_graph_node(g, 1)->label, "person:b");
    ck_assert_uint_eq(rg_graph_link_count(g), 1);
    const rg_link *l = rg_graph_link(g, 0);
    ck_assert_int_eq(l->interactions[RG_ASSAULT], 1);
    ck_assert_int_eq(l->interactions[RG_CONSULT], 0);
    ck_assert_int_eq(l->weight, 3); /* computed: 2 + 1 */
    ck_assert_str_eq(rg_graph_window(g), "sentence");
    rg_graph_free(g);

    /* an explicit weight is kept even when it disagrees */
    json = "{\"nodes\": [{\"id\": \"a\", \"type\": \"group\"}, {\"id\": \"b\", \"type\": \"place\"}],"
           " \"links\": [{\"source\": \"b\", \"target\": \"a\", \"weight\": 42}]}";
    ck_assert_int_eq(rg_graph_read_json_mem(&g, json, strlen(json), "w.json"), RG_OK);
    ck_assert_int_eq(rg_graph_link(g, 0)->weight, 42);
    rg_graph_free(g);

    /* an empty graph */
    json = "{\"nodes\": []}";
    ck_assert_int_eq(rg_graph_read_json_mem(&g, json, strlen(json), "e.json"), RG_OK);
    ck_assert_uint_eq(rg_graph_node_count(g), 0);
    rg_graph_free(g);
}
END_TEST

START_TEST(test_json_many_evidence)
{
    /* more evidence than the build-time cap of 5 must all be kept */
    rg_buf b = RG_BUF_INIT;
    rg_buf_puts(&b, "{\"nodes\": [{\"id\": \"a\", \"type\": \"person\"}, {\"id\": \"b\", \"type\": \"person\"}],"
                    " \"links\": [{\"source\": \"a\", \"target\": \"b\", \"evidence\": [");
    for (int i = 0; i < 9; i++)
        rg_buf_printf(&b, "%s{\"doc\": \"d\", \"sentence\": %d, \"kind\": \"cooccurrence\", \"text\": \"t\"}",
                      i ? ", " : "", i);
    rg_buf_puts(&b, "]}]}");
    rg_graph *g = NULL;
    ck_assert_int_eq(rg_graph_read_json_mem(&g, b.ptr, b.len, "ev.json"), RG_OK);
    ck_assert_uint_eq(rg_graph_link(g, 0)->n_evidence, 9);
    ck_assert_int_eq(rg_graph_link(g, 0)->evidence[8].sentence, 8);
    rg_graph_free(g);
    rg_buf_free(&b);
}
END_TEST

START_TEST(test_json_read_file)
{
    char dir[] = "/tmp/rg_test_json_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/g.json", dir);
    rg_graph *g = S_sample(), *back = NULL;
    char *s = S_render(rg_render_json, g, NULL);
    ck_assert_int_eq(rg_output_write(path, s, strlen(s)), RG_OK);
    ck_assert_int_eq(rg_graph_read_json(&back, path), RG_OK);
    ck_assert_uint_eq(rg_graph_node_count(back), 6);
    rg_graph_free(back);
    back = (rg_graph *)&back;

    snprintf(path, sizeof path, "%s/missing.json", dir);
    ck_assert_int_eq(rg_graph_read_json(&back, path), RG_EIO);
    ck_assert_ptr_null(back);
    ck_assert_ptr_nonnull(strstr(rg_error_last(), "missing.json"));
    ck_assert_ptr_nonnull(strstr(rg_error_last(), "No such file"));

    snprintf(path, sizeof path, "%s/g.json", dir);
    unlink(path);
    rmdir(dir);
    free(s);
    rg_graph_free(g);
}
END_TEST

/* ================================================================= dot */

START_TEST(test_dot_parse_back)
{
    rg_graph *g = S_sample();
    char *s = S_render(rg_render_dot, g, NULL);
    ck_assert_ptr_nonnull(strstr(s, "strict graph"));
    ck_assert_ptr_nonnull(strstr(s, "outputorder=edgesfirst"));

    agerrlevel_t old = agseterr(AGMAX);
    Agraph_t *G = agmemread(s);
    agseterr(old);
    ck_assert_msg(G != NULL, "agmemread rejected:\n%s", s);
    ck_assert_int_eq(agnnodes(G), 6);
    ck_assert_int_eq(agnedges(G), 5);
    for (size_t i = 0; i < rg_graph_node_count(g); i++) {
        char id[32];
        snprintf(id, sizeof id, "n%zu", i);
        Agnode_t *v = agnode(G, id, 0);
        ck_assert_msg(v != NULL, "node %s missing", id);
        char *want = S_gv_escaped(rg_graph_node(g, i)->label);
        ck_assert_str_eq(agget(v, "label"), want);
        free(want);
    }
    /* styling by type and polarity */
    ck_assert_str_eq(agget(agnode(G, "n0", 0), "shape"), "box");
    ck_assert_uint_eq(S_count(s, "style=dashed"), 2);
    ck_assert_ptr_nonnull(strstr(s, "label=\"consult 2, agree 1\""));
    ck_assert_ptr_nonnull(strstr(s, "label=\"support 2, accuse 2\""));
    agclose(G);

    /* deterministic bytes */
    char *again = S_render(rg_render_dot, g, NULL);
    ck_assert_str_eq(s, again);
    free(again);
    free(s);
    rg_graph_free(g);
}
END_TEST

START_TEST(test_dot_trailing_backslash)
{
    /* agwrite does not escape backslashes: a label ending in one would
     * swallow the closing quote unless we double it */
    rg_graph *g = rg_graph_new();
    size_t a = rg_graph_node_add(g, "person:a", RG_PERSON, NULL);
    size_t b = rg_graph_node_add(g, "person:b", RG_PERSON, NULL);
    rg_graph_node_set_label(g, a, "trailing\\");
    rg_graph_node_set_label(g, b, "\\N");
    rg_graph_link_add_counts(g, rg_graph_link_add(g, a, b), 1, 1);
    rg_graph_finish(g);
    char *s = S_render(rg_render_dot, g, NULL);
    ck_assert_ptr_nonnull(strstr(s, "label=\"trailing\\\\\""));
    Agraph_t *G = agmemread(s);
    ck_assert_ptr_nonnull(G);
    ck_assert_str_eq(agget(agnode(G, "n1", 0), "label"), "\\\\N");
    agclose(G);
    free(s);
    rg_graph_free(g);
}
END_TEST

START_TEST(test_dot_empty_graph)
{
    rg_graph *g = rg_graph_new();
    rg_graph_finish(g);
    char *s = S_render(rg_render_dot, g, NULL);
    Agraph_t *G = agmemread(s);
    ck_assert_ptr_nonnull(G);
    ck_assert_int_eq(agnnodes(G), 0);
    agclose(G);
    free(s);
    rg_render_opts o = RG_RENDER_OPTS_INIT;
    o.color = RG_COLOR_COMMUNITY;
    s = S_render(rg_render_dot, g, &o);
    free(s);
    rg_graph_free(g);
}
END_TEST

START_TEST(test_dot_community)
{
    /* two triangles joined by one weak link: two communities, two fills */
    rg_graph *g = rg_graph_new();
    const char *ids[6] = {"person:a", "person:b", "person:c", "person:d", "person:e", "person:f"};
    size_t v[6];
    for (int i = 0; i < 6; i++) v[i] = rg_graph_node_add(g, ids[i], RG_PERSON, NULL);
    static const int e[7][2] = {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}};
    for (int i = 0; i < 7; i++) rg_graph_link_add_counts(g, rg_graph_link_add(g, v[e[i][0]], v[e[i][1]]), i < 6 ? 5 : 1, 1);
    rg_graph_finish(g);
    rg_render_opts o = RG_RENDER_OPTS_INIT;
    o.color = RG_COLOR_COMMUNITY;
    char *s = S_render(rg_render_dot, g, &o);
    Agraph_t *G = agmemread(s);
    ck_assert_ptr_nonnull(G);
    const char *f0 = agget(agnode(G, "n0", 0), "fillcolor");
    const char *f5 = agget(agnode(G, "n5", 0), "fillcolor");
    ck_assert_str_eq(agget(agnode(G, "n1", 0), "fillcolor"), f0);
    ck_assert_str_eq(agget(agnode(G, "n4", 0), "fillcolor"), f5);
    ck_assert_str_ne(f0, f5);
    ck_assert_ptr_nonnull(strstr(s, "community 2"));
    agclose(G);
    free(s);
    rg_graph_free(g);
}
END_TEST

START_TEST(test_dot_engine)
{
    rg_graph *g = S_sample();
    rg_render_opts o = RG_RENDER_OPTS_INIT;
    o.layout = "neato";
    char *s = S_render(rg_render_dot, g, &o);
    ck_assert_ptr_nonnull(strstr(s, "layout=neato"));
    free(s);
    o.layout = "bogus";
    rg_buf b = RG_BUF_INIT;
    ck_assert_int_eq(rg_render_dot(g, &o, &b), RG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(rg_error_last(), "'bogus'"));
    ck_assert_ptr_nonnull(strstr(rg_error_last(), "sfdp"));
    ck_assert_uint_eq(b.len, 0);
    rg_buf_free(&b);
    rg_graph_free(g);
}
END_TEST

/* ============================================================== render */

START_TEST(test_svg)
{
    rg_graph *g = S_sample();
    char *s = S_render(rg_render_svg, g, NULL);
    ck_assert_ptr_nonnull(strstr(s, "<svg"));
    for (size_t i = 0; i < rg_graph_node_count(g); i++) {
        char title[64];
        snprintf(title, sizeof title, "<title>n%zu</title>", i);
        ck_assert_msg(S_count(s, title) == 1, "expected one %s", title);
    }
    ck_assert_uint_eq(S_count(s, "class=\"node\""), 6);
    ck_assert_uint_eq(S_count(s, "class=\"edge\""), 5);
    /* hostile text is XML-escaped, never raw */
    ck_assert_ptr_nonnull(strstr(s, "&quot;A\\B&quot; &lt;Co&gt; &amp; Sons Ltd — Zürich &amp;amp; \\"));
    ck_assert_ptr_null(strstr(s, "<Co>"));
    ck_assert_ptr_null(strstr(s, "<spoke>"));
    /* edge tooltip: first evidence sentence */
    ck_assert_ptr_nonnull(strstr(s, "Kerry met Lavrov in Genève."));
    free(s);
    rg_graph_free(g);
}
END_TEST

START_TEST(test_svg_long_tooltip)
{
    /* 300 bytes of two-byte characters: the tooltip is cut at a character
     * boundary near 200 bytes */
    rg_graph *g = rg_graph_new();
    size_t a = rg_graph_node_add(g, "person:a", RG_PERSON, NULL);
    size_t b = rg_graph_node_add(g, "person:b", RG_PERSON, NULL);
    size_t l = rg_graph_link_add(g, a, b);
    rg_graph_link_add_counts(g, l, 1, 1);
    rg_buf t = RG_BUF_INIT;
    rg_buf_putc(&t, 'x'); /* odd offset: a naive cut would split a character */
    for (int i = 0; i < 150; i++) rg_buf_puts(&t, "é");
    rg_evidence ev = {"d", 0, -1, NULL, t.ptr};
    rg_graph_link_add_evidence(g, l, &ev);
    rg_graph_finish(g);
    char *s = S_render(rg_render_dot, g, NULL);
    const char *p = strstr(s, "tooltip=\"x");
    ck_assert_ptr_nonnull(p);
    const char *end = strstr(p, "...\"");
    ck_assert_ptr_nonnull(end);
    size_t kept = (size_t)(end - (p + 9));
    ck_assert_uint_le(kept, 200);
    ck_assert_uint_ge(kept, 195);
    ck_assert_uint_eq((kept - 1) % 2, 0); /* whole characters after the 'x' */
    free(s);
    s = S_render(rg_render_svg, g, NULL);
    ck_assert_ptr_nonnull(strstr(s, "<svg"));
    free(s);
    rg_buf_free(&t);
    rg_graph_free(g);
}
END_TEST

START_TEST(test_png)
{
    rg_graph *g = S_sample();
    rg_render_opts o = RG_RENDER_OPTS_INIT;
    o.layout = "neato";
    rg_buf b = RG_BUF_INIT;
    ck_assert_int_eq(rg_render_png(g, &o, &b), RG_OK);
    ck_assert_uint_gt(b.len, 8);
    ck_assert_mem_eq(b.ptr, "\x89PNG\r\n\x1a\n", 8);
    rg_buf_free(&b);
    rg_graph_free(g);
}
END_TEST

START_TEST(test_render_repeated)
{
    /* several renders in one process: Graphviz 2.43 reads freed memory
     * when a second gvc context lays out text after the first was freed
     * (render.c keeps one context; ASan builds catch a regression) */
    rg_graph *g = S_sample();
    rg_render_opts o = RG_RENDER_OPTS_INIT;
    for (int i = 0; i < 3; i++) {
        char *s = S_render(i == 1 ? rg_render_png : rg_render_svg, g, &o);
        free(s);
        o.layout = i == 0 ? "neato" : "dot";
    }
    rg_graph_free(g);
}
END_TEST

START_TEST(test_render_bad_engine)
{
    rg_graph *g = S_sample();
    rg_render_opts o = RG_RENDER_OPTS_INIT;
    o.layout = "nonesuch";
    rg_buf b = RG_BUF_INIT;
    ck_assert_int_eq(rg_render_svg(g, &o, &b), RG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(rg_error_last(), "unknown layout engine 'nonesuch'"));
    ck_assert_ptr_nonnull(strstr(rg_error_last(), "neato"));
    rg_buf_free(&b);
    rg_graph_free(g);
}
END_TEST

/* ============================================================== output */

static size_t S_dir_entries(const char *dir)
{
    size_t n = 0;
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) n++;
    closedir(d);
    return n;
}

static char *S_slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    rg_buf b = RG_BUF_INIT;
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) rg_buf_put(&b, chunk, n);
    fclose(f);
    return rg_buf_detach(&b);
}

START_TEST(test_output_atomic)
{
    char dir[] = "/tmp/rg_test_out_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/graph.dot", dir);

    ck_assert_int_eq(rg_output_write(path, "first\n", 6), RG_OK);
    char *got = S_slurp(path);
    ck_assert_str_eq(got, "first\n");
    free(got);
    ck_assert_uint_eq(S_dir_entries(dir), 1); /* no temporary left behind */
    struct stat st;
    ck_assert_int_eq(stat(path, &st), 0);
    mode_t mask = umask(0);
    umask(mask);
    ck_assert_int_eq(st.st_mode & 0777, 0666 & ~mask); /* not mkstemp's 0600 */

    /* replacing keeps one file with the new content */
    ck_assert_int_eq(rg_output_write(path, "second", 6), RG_OK);
    got = S_slurp(path);
    ck_assert_str_eq(got, "second");
    free(got);
    ck_assert_uint_eq(S_dir_entries(dir), 1);

    /* empty output is a valid (empty) file */
    ck_assert_int_eq(rg_output_write(path, "", 0), RG_OK);
    ck_assert_int_eq(stat(path, &st), 0);
    ck_assert_int_eq(st.st_size, 0);

    /* a folder that does not exist: RG_EIO naming the path, nothing made */
    char bad[300];
    snprintf(bad, sizeof bad, "%s/missing/graph.dot", dir);
    ck_assert_int_eq(rg_output_write(bad, "x", 1), RG_EIO);
    ck_assert_ptr_nonnull(strstr(rg_error_last(), bad));
    ck_assert_ptr_nonnull(strstr(rg_error_last(), "No such file"));
    ck_assert_uint_eq(S_dir_entries(dir), 1);

    /* the destination is a folder: fails, the temporary is removed */
    char sub[300];
    snprintf(sub, sizeof sub, "%s/sub", dir);
    ck_assert_int_eq(mkdir(sub, 0700), 0);
    ck_assert_int_eq(rg_output_write(sub, "x", 1), RG_EIO);
    ck_assert_ptr_nonnull(strstr(rg_error_last(), sub));
    ck_assert_uint_eq(S_dir_entries(dir), 2);
    ck_assert_uint_eq(S_dir_entries(sub), 0);

    /* a device is written in place, never replaced */
    ck_assert_int_eq(rg_output_write("/dev/null", "x", 1), RG_OK);
    ck_assert_int_eq(stat("/dev/null", &st), 0);
    ck_assert(S_ISCHR(st.st_mode));

    rmdir(sub);
    unlink(path);
    rmdir(dir);
}
END_TEST

START_TEST(test_output_formats)
{
    ck_assert(rg_render_lookup("json") == rg_render_json);
    ck_assert(rg_render_lookup("dot") == rg_render_dot);
    ck_assert(rg_render_lookup("svg") == rg_render_svg);
    ck_assert(rg_render_lookup("png") == rg_render_png);
    ck_assert(rg_render_lookup("gif") == NULL);
    ck_assert(rg_render_lookup(NULL) == NULL);
    ck_assert_str_eq(rg_render_formats(), "json, dot, svg, png");
    ck_assert_str_eq(rg_format_from_path("out/graph.json"), "json");
    ck_assert_str_eq(rg_format_from_path("G.DOT"), "dot");
    ck_assert_str_eq(rg_format_from_path("a.b/graph.gv"), "dot");
    ck_assert_str_eq(rg_format_from_path("x.svg"), "svg");
    ck_assert_str_eq(rg_format_from_path("x.png"), "png");
    ck_assert_ptr_null(rg_format_from_path("x.txt"));
    ck_assert_ptr_null(rg_format_from_path("a.dot/graph"));
    ck_assert_ptr_null(rg_format_from_path(".json"));
    ck_assert_ptr_null(rg_format_from_path("-"));
    ck_assert_ptr_null(rg_format_from_path(NULL));
}
END_TEST

/* =============================================================== suite */

Suite *rg_suite_export(void)
{
    Suite *s = suite_create("export");
    TCase *tc = tcase_create("json");
    tcase_add_test(tc, test_json_round_trip);
    tcase_add_test(tc, test_json_shape);
    tcase_add_test(tc, test_json_bad_utf8_in_model);
    tcase_add_loop_test(tc, test_json_reject, 0, (int)(sizeof S_bad_json / sizeof S_bad_json[0]));
    tcase_add_test(tc, test_json_truncated_position);
    tcase_add_test(tc, test_json_lenient);
    tcase_add_test(tc, test_json_many_evidence);
    tcase_add_test(tc, test_json_read_file);
    suite_add_tcase(s, tc);

    tc = tcase_create("dot");
    tcase_add_test(tc, test_dot_parse_back);
    tcase_add_test(tc, test_dot_trailing_backslash);
    tcase_add_test(tc, test_dot_empty_graph);
    tcase_add_test(tc, test_dot_community);
    tcase_add_test(tc, test_dot_engine);
    suite_add_tcase(s, tc);

    tc = tcase_create("render");
    tcase_add_test(tc, test_svg);
    tcase_add_test(tc, test_svg_long_tooltip);
    tcase_add_test(tc, test_png);
    tcase_add_test(tc, test_render_repeated);
    tcase_add_test(tc, test_render_bad_engine);
    suite_add_tcase(s, tc);

    tc = tcase_create("output");
    tcase_add_test(tc, test_output_atomic);
    tcase_add_test(tc, test_output_formats);
    suite_add_tcase(s, tc);
    return s;
}
