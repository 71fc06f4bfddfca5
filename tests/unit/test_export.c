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
 * problem. The JSON Lines parser (rg_jsonl_parse_doc: a fast path, jansson
 * behind it) is checked against jansson itself on a table of lines and on
 * 2,000 random objects serialized by jansson, each also damaged once.
 */
#include <check.h>
#include <errno.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dot_private.h"
#include "export.h"
#include "suites.h"
#include "test_util.h"

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
    rg_evidence e1 = {"000_a.txt", 3, RG_CONSULT, "person:john-kerry", "Kerry met Lavrov in Genève.", 0};
    rg_evidence e2 = {"001_b.txt", 0, -1, NULL, "Kerry and \"Lavrov\" <spoke> & C:\\new.", 0};
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
    rg_evidence e3 = {"002_c.txt", 7, RG_THREATEN, "group:hostile", "Line one\nline two\t\"quoted\" \\", 0};
    rg_graph_link_add_evidence(g, l, &e3);
    l = rg_graph_link_add(g, gva, ker);
    rg_graph_link_add_counts(g, l, 1, 1);
    rg_graph_finish(g);
    return g;
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
    char *first = rg_test_render(rg_render_json, g, NULL);
    ck_assert_int_eq(rg_graph_read_json_mem(&back, first, strlen(first), "mem.json"), RG_OK);
    ck_assert_ptr_nonnull(back);
    char *second = rg_test_render(rg_render_json, back, NULL);
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
    char *s = rg_test_render(rg_render_json, g, NULL);
    size_t n = strlen(s);
    ck_assert(n > 2 && s[n - 1] == '\n' && s[n - 2] == '}');
    ck_assert_ptr_nonnull(strstr(s, "\"directed\": false"));
    ck_assert_ptr_nonnull(strstr(s, "\"multigraph\": false"));
    ck_assert_ptr_nonnull(strstr(s, "\"generator\": \"relgraph "));
    /* code for the two countries only; aliases on every node; affiliation
     * and roles only where set */
    ck_assert_uint_eq(rg_test_count(s, "\"code\":"), 2);
    ck_assert_uint_eq(rg_test_count(s, "\"aliases\":"), 6);
    ck_assert_uint_eq(rg_test_count(s, "\"affiliation\":"), 1);
    ck_assert_uint_eq(rg_test_count(s, "\"roles\":"), 1);
    /* one evidence item has no source, so 2 of 3 carry one */
    ck_assert_uint_eq(rg_test_count(s, "\"kind\": \"cooccurrence\""), 1);
    ck_assert_uint_eq(rg_test_count(s, "\"source\": \"person:john-kerry\", \"text\""), 1);
    ck_assert_uint_eq(rg_test_count(s, "\"interactions\": {}"), 2);
    ck_assert_ptr_nonnull(strstr(s, "\"weight\": 9")); /* computed: 6 + 2 + 1 */
    /* escaped as JSON, UTF-8 passed through */
    ck_assert_ptr_nonnull(strstr(s, "\"label\": \"\\\"A\\\\B\\\" <Co> & Sons\\nLtd\\t— Zürich &amp; \\\\\""));

    /* one node or link a line: 6 nodes and 5 links, each after a newline */
    ck_assert_uint_eq(rg_test_count(s, "\n{"), 11);
    ck_assert_uint_eq(rg_test_count(s, "\n"), 11 + 3);
    free(s);
    rg_graph_free(g);
}
END_TEST

/* rg_render_json's status on a graph of one node, person:a, labelled
 * label (the output is discarded; rg_error_last() tells why it failed). */
static int S_render_json_label(const char *label)
{
    rg_graph *g = rg_graph_new();
    rg_graph_node_set_label(g, rg_graph_node_add(g, "person:a", RG_PERSON, NULL), label);
    rg_graph_finish(g);
    rg_buf b = RG_BUF_INIT;
    int rc = rg_render_json(g, NULL, &b);
    rg_buf_free(&b);
    rg_graph_free(g);
    return rc;
}

START_TEST(test_json_bad_utf8_in_model)
{
    ck_assert_int_eq(S_render_json_label("bad \xff byte"), RG_EINPUT);
    ck_assert_ptr_nonnull(strstr(rg_error_last(), "label of node 'person:a'"));
}
END_TEST

/* The writer emits JSON itself; each element it writes must be, byte for
 * byte, what jansson dumps for the same value (keys in order, ", " and
 * ": " separators): every control character, quotes, backslash, slash,
 * DEL and 2-, 3- and 4-byte UTF-8. Invalid UTF-8 of each kind jansson
 * refuses (overlong, surrogate, above U+10FFFF, cut short, a stray
 * continuation byte) fails the render. */
START_TEST(test_json_bytes_match_jansson)
{
    rg_graph *g = S_sample();
    char all[64];
    size_t k = 0;
    for (int c = 1; c < 0x20; c++) all[k++] = (char)c;
    memcpy(all + k, "\"\\/\x7f \xc3\xa9 \xe2\x80\x94 \xf0\x9f\x98\x80", 17);
    all[k + 17] = '\0';
    size_t n = rg_graph_node_add(g, "person:every-byte", RG_PERSON, NULL);
    rg_graph_node_set_label(g, n, all);
    rg_graph_node_add_alias(g, n, all, 1);
    rg_graph_node_add_counts(g, n, 1234567, 1);
    rg_graph_finish(g);
    char *s = rg_test_render(rg_render_json, g, NULL);
    size_t lines = 0;
    for (char *line = s; *line; lines++) {
        char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        if (line[0] == '{' && lines > 0) {
            size_t body = len && line[len - 1] == ',' ? len - 1 : len;
            json_error_t err;
            json_t *j = json_loadb(line, body, 0, &err);
            ck_assert_msg(j != NULL, "line %zu does not parse: %s", lines, err.text);
            char *d = json_dumps(j, JSON_PRESERVE_ORDER | JSON_ENCODE_ANY);
            ck_assert_msg(strlen(d) == body && memcmp(d, line, body) == 0, "line %zu:\n%.*s\njansson:\n%s", lines,
                          (int)body, line, d);
            free(d);
            json_decref(j);
        }
        line += len + (nl != NULL);
    }
    ck_assert_uint_ge(lines, 14);
    free(s);
    rg_graph_free(g);

    static const char *const bad[] = {"\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82", "\x80", "\xff"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char label[32];
        snprintf(label, sizeof label, "x%sy", bad[i]);
        ck_assert_msg(S_render_json_label(label) == RG_EINPUT, "bad UTF-8 %zu accepted", i);
    }
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
    rg_test_check_json_refused(S_bad_json[_i].json, S_bad_json[_i].expect, _i);
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
    char *s = rg_test_render(rg_render_json, g, NULL);
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
    char *s = rg_test_render(rg_render_dot, g, NULL);
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
    ck_assert_uint_eq(rg_test_count(s, "style=dashed"), 2);
    ck_assert_ptr_nonnull(strstr(s, "label=\"consult 2, agree 1\""));
    ck_assert_ptr_nonnull(strstr(s, "label=\"support 2, accuse 2\""));
    agclose(G);

    /* deterministic bytes */
    char *again = rg_test_render(rg_render_dot, g, NULL);
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
    rg_graph *g = rg_test_pair();
    rg_graph_node_set_label(g, 0, "trailing\\");
    rg_graph_node_set_label(g, 1, "\\N");
    rg_graph_finish(g);
    char *s = rg_test_render(rg_render_dot, g, NULL);
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
    char *s = rg_test_render(rg_render_dot, g, NULL);
    Agraph_t *G = agmemread(s);
    ck_assert_ptr_nonnull(G);
    ck_assert_int_eq(agnnodes(G), 0);
    agclose(G);
    free(s);
    rg_render_opts o = RG_RENDER_OPTS_INIT;
    o.color = RG_COLOR_COMMUNITY;
    s = rg_test_render(rg_render_dot, g, &o);
    free(s);
    rg_graph_free(g);
}
END_TEST

START_TEST(test_dot_community)
{
    /* two triangles joined by one weak link: two communities, two fills */
    rg_graph *g = rg_test_two_triangles(1);
    rg_graph_finish(g);
    rg_render_opts o = RG_RENDER_OPTS_INIT;
    o.color = RG_COLOR_COMMUNITY;
    char *s = rg_test_render(rg_render_dot, g, &o);
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
    char *s = rg_test_render(rg_render_dot, g, &o);
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
    char *s = rg_test_render(rg_render_svg, g, NULL);
    ck_assert_ptr_nonnull(strstr(s, "<svg"));
    for (size_t i = 0; i < rg_graph_node_count(g); i++) {
        char title[64];
        snprintf(title, sizeof title, "<title>n%zu</title>", i);
        ck_assert_msg(rg_test_count(s, title) == 1, "expected one %s", title);
    }
    ck_assert_uint_eq(rg_test_count(s, "class=\"node\""), 6);
    ck_assert_uint_eq(rg_test_count(s, "class=\"edge\""), 5);
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
    rg_graph *g = rg_test_pair();
    rg_buf t = RG_BUF_INIT;
    rg_buf_putc(&t, 'x'); /* odd offset: a naive cut would split a character */
    for (int i = 0; i < 150; i++) rg_buf_puts(&t, "é");
    rg_evidence ev = {"d", 0, -1, NULL, t.ptr, 0};
    rg_graph_link_add_evidence(g, 0, &ev);
    rg_graph_finish(g);
    char *s = rg_test_render(rg_render_dot, g, NULL);
    const char *p = strstr(s, "tooltip=\"x");
    ck_assert_ptr_nonnull(p);
    const char *end = strstr(p, "...\"");
    ck_assert_ptr_nonnull(end);
    size_t kept = (size_t)(end - (p + 9));
    ck_assert_uint_le(kept, 200);
    ck_assert_uint_ge(kept, 195);
    ck_assert_uint_eq((kept - 1) % 2, 0); /* whole characters after the 'x' */
    free(s);
    s = rg_test_render(rg_render_svg, g, NULL);
    ck_assert_ptr_nonnull(strstr(s, "<svg"));
    free(s);
    rg_buf_free(&t);
    rg_graph_free(g);
}
END_TEST

/* Renders the sample graph with fn (neato) and checks the file's magic. */
static void S_check_magic(int (*fn)(const rg_graph *, const rg_render_opts *, rg_buf *), const char *magic,
                          size_t n)
{
    rg_graph *g = S_sample();
    rg_render_opts o = RG_RENDER_OPTS_INIT;
    o.layout = "neato";
    rg_buf b = RG_BUF_INIT;
    ck_assert_int_eq(fn(g, &o, &b), RG_OK);
    ck_assert_uint_gt(b.len, 8); /* more than a header */
    ck_assert_mem_eq(b.ptr, magic, n);
    rg_buf_free(&b);
    rg_graph_free(g);
}

START_TEST(test_png)
{
    S_check_magic(rg_render_png, "\x89PNG\r\n\x1a\n", 8);
}
END_TEST

START_TEST(test_pdf)
{
    S_check_magic(rg_render_pdf, "%PDF-", 5);
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
        char *s = rg_test_render(i == 1 ? rg_render_png : rg_render_svg, g, &o);
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

START_TEST(test_output_atomic)
{
    char dir[] = "/tmp/rg_test_out_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/graph.dot", dir);

    ck_assert_int_eq(rg_output_write(path, "first\n", 6), RG_OK);
    rg_test_check_file(path, "first\n");
    ck_assert_uint_eq(rg_test_dir_entries(dir), 1); /* no temporary left behind */
    struct stat st;
    ck_assert_int_eq(stat(path, &st), 0);
    mode_t mask = umask(0);
    umask(mask);
    ck_assert_int_eq(st.st_mode & 0777, 0666 & ~mask); /* not mkstemp's 0600 */

    /* replacing keeps one file with the new content */
    ck_assert_int_eq(rg_output_write(path, "second", 6), RG_OK);
    rg_test_check_file(path, "second");
    ck_assert_uint_eq(rg_test_dir_entries(dir), 1);

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
    ck_assert_uint_eq(rg_test_dir_entries(dir), 1);

    /* the destination is a folder: fails, the temporary is removed */
    char sub[300];
    snprintf(sub, sizeof sub, "%s/sub", dir);
    ck_assert_int_eq(mkdir(sub, 0700), 0);
    ck_assert_int_eq(rg_output_write(sub, "x", 1), RG_EIO);
    ck_assert_ptr_nonnull(strstr(rg_error_last(), sub));
    ck_assert_uint_eq(rg_test_dir_entries(dir), 2);
    ck_assert_uint_eq(rg_test_dir_entries(sub), 0);

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
    ck_assert_str_eq(rg_render_formats(), "json, dot, svg, png, pdf, graphml, gexf, csv, jsonl");
    ck_assert(rg_render_lookup("pdf") == rg_render_pdf);
    ck_assert_str_eq(rg_format_from_path("x.pdf"), "pdf");
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

/* ========================================================== JSON Lines */

/* rg_jsonl_parse_doc() has a hand-written fast path for flat objects and
 * falls back to jansson for whatever it declines; either way the result
 * must be what jansson says the line holds. S_oracle computes that with
 * jansson alone, from the documented contract: the line is an object
 * (duplicate keys rejected), "text" a string, "id" a string or an integer
 * (printed in decimal), "date" a string; anything else is RG_EINPUT.
 * Strings keep their lengths, so a value cut short at a NUL shows. */

typedef struct {
    int rc;
    char *id, *text, *date; /* malloc'd, NULL when absent */
    size_t id_len, text_len, date_len;
} S_jdoc;

static char *S_jdup(const json_t *s, size_t *len)
{
    *len = json_string_length(s);
    char *d = malloc(*len + 1);
    memcpy(d, json_string_value(s), *len);
    d[*len] = '\0';
    return d;
}

static S_jdoc S_oracle(const char *line, size_t len, size_t flags)
{
    S_jdoc r = {RG_EINPUT, NULL, NULL, NULL, 0, 0, 0};
    json_error_t err;
    json_t *root = json_loadb(line, len, JSON_REJECT_DUPLICATES | flags, &err);
    if (!root) return r;
    const json_t *t = json_object_get(root, "text");
    if (json_is_object(root) && json_is_string(t)) {
        r.rc = RG_OK;
        r.text = S_jdup(t, &r.text_len);
        const json_t *i = json_object_get(root, "id");
        if (json_is_string(i)) {
            r.id = S_jdup(i, &r.id_len);
        } else if (json_is_integer(i)) {
            char num[32];
            snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(i));
            r.id = strdup(num);
            r.id_len = strlen(num);
        }
        const json_t *d = json_object_get(root, "date");
        if (json_is_string(d)) r.date = S_jdup(d, &r.date_len);
    }
    json_decref(root);
    return r;
}

static void S_jdoc_free(S_jdoc *r)
{
    free(r->id);
    free(r->text);
    free(r->date);
}

/* A printable form of len bytes for failure messages (static buffer). */
static const char *S_show(const char *s, size_t len)
{
    static char buf[600];
    size_t o = 0;
    for (size_t i = 0; i < len && o + 8 < sizeof buf; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7F) buf[o++] = (char)c;
        else o += (size_t)snprintf(buf + o, sizeof buf - o, "\\x%02X", c);
    }
    buf[o] = '\0';
    return buf;
}

/* One output of rg_jsonl_parse_doc against the oracle's (value, length). */
static void S_same_str(const char *what, const char *got, const char *want, size_t want_len, const char *line,
                       size_t len)
{
    if (!want) {
        ck_assert_msg(got == NULL, "%s: %s should be absent, got \"%s\"", S_show(line, len), what, got);
        return;
    }
    ck_assert_msg(got != NULL, "%s: %s missing", S_show(line, len), what);
    ck_assert_msg(strlen(got) == want_len && memcmp(got, want, want_len) == 0,
                  "%s: %s is \"%s\" (%zu bytes), jansson says %zu bytes", S_show(line, len), what, got, strlen(got),
                  want_len);
}

/* rg_jsonl_parse_doc on line agrees with jansson (oracle flags). */
static void S_agrees(const char *line, size_t len, size_t flags)
{
    char *id = (char *)"x", *text = (char *)"x", *date = (char *)"x";
    int rc = rg_jsonl_parse_doc(line, len, &id, &text, &date);
    S_jdoc want = S_oracle(line, len, flags);
    ck_assert_msg(rc == want.rc, "%s: rg_jsonl_parse_doc gives %d, jansson %d (%s)", S_show(line, len), rc, want.rc,
                  rc ? rg_error_last() : "");
    if (rc != RG_OK) {
        ck_assert_msg(id == NULL && text == NULL && date == NULL, "%s: outputs not NULL on error", S_show(line, len));
        ck_assert_msg(rg_error_last()[0] != '\0', "%s: no message", S_show(line, len));
    }
    S_same_str("id", id, want.id, want.id_len, line, len);
    S_same_str("text", text, want.text, want.text_len, line, len);
    S_same_str("date", date, want.date, want.date_len, line, len);
    free(id);
    free(text);
    free(date);
    S_jdoc_free(&want);
}

/* Lines with their expected result, spelled out (NULL: absent). Every
 * one is also checked against the oracle. */
static const struct {
    const char *line;
    int rc;
    const char *id, *text, *date;
} S_jsonl_cases[] = {
    /* escapes */
    {"{\"text\": \"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t end\"}", RG_OK, NULL, "q\" b\\ s/ \b\f\n\r\t end", NULL},
    {"{\"text\": \"\\u0041\\u00e9\\u00E9\\u20ac\"}", RG_OK, NULL, "A\xC3\xA9\xC3\xA9\xE2\x82\xAC", NULL},
    {"{\"text\": \"\\ud83d\\ude00\"}", RG_OK, NULL, "\xF0\x9F\x98\x80", NULL},
    {"{\"text\": \"a\\uD83D\\uDE00b\\udbff\\udfff\"}", RG_OK, NULL, "a\xF0\x9F\x98\x80" "b\xF4\x8F\xBF\xBF", NULL},
    {"{\"text\": \"\\u001f\\u007f\\u0080\\u07ff\\u0800\\uffff\"}", RG_OK, NULL,
     "\x1F\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF", NULL},
    {"{\"text\": \"\"}", RG_OK, NULL, "", NULL},
    {"{\"t\\u0065xt\": \"escaped key\"}", RG_OK, NULL, "escaped key", NULL},
    /* ids */
    {"{\"id\": 42, \"text\": \"t\"}", RG_OK, "42", "t", NULL},
    {"{\"id\": -7, \"text\": \"t\"}", RG_OK, "-7", "t", NULL},
    {"{\"id\": 0, \"text\": \"t\"}", RG_OK, "0", "t", NULL},
    {"{\"text\": \"t\", \"id\": 123456789012345678}", RG_OK, "123456789012345678", "t", NULL},
    {"{\"text\": \"t\", \"id\": 1234567890123456789}", RG_OK, "1234567890123456789", "t", NULL},
    {"{\"text\": \"t\", \"id\": -9223372036854775808}", RG_OK, "-9223372036854775808", "t", NULL},
    {"{\"id\": \"doc-1\", \"text\": \"t\"}", RG_OK, "doc-1", "t", NULL},
    {"{\"id\": \"\\u00e9\\\"\", \"text\": \"t\"}", RG_OK, "\xC3\xA9\"", "t", NULL},
    {"{\"id\": 1.5, \"text\": \"t\"}", RG_OK, NULL, "t", NULL},
    {"{\"id\": 1e3, \"text\": \"t\"}", RG_OK, NULL, "t", NULL},
    {"{\"id\": null, \"text\": \"t\"}", RG_OK, NULL, "t", NULL},
    {"{\"id\": true, \"text\": \"t\"}", RG_OK, NULL, "t", NULL},
    {"{\"id\": [1], \"text\": \"t\"}", RG_OK, NULL, "t", NULL},
    {"{\"id\": {\"a\": 1}, \"text\": \"t\"}", RG_OK, NULL, "t", NULL},
    {"{\"text\": \"t\"}", RG_OK, NULL, "t", NULL},
    /* dates */
    {"{\"text\": \"t\", \"date\": \"2020-01-02\"}", RG_OK, NULL, "t", "2020-01-02"},
    {"{\"text\": \"t\", \"date\": null}", RG_OK, NULL, "t", NULL},
    {"{\"text\": \"t\", \"date\": 20200102}", RG_OK, NULL, "t", NULL},
    /* extra keys of every kind, ignored */
    {"{\"title\": \"x\", \"text\": \"t\"}", RG_OK, NULL, "t", NULL},
    {"{\"n\": 3.5, \"m\": -1e10, \"k\": 7, \"text\": \"t\"}", RG_OK, NULL, "t", NULL},
    {"{\"meta\": {\"a\": {\"b\": [1, {\"c\": \"text\"}]}}, \"text\": \"t\"}", RG_OK, NULL, "t", NULL},
    {"{\"tags\": [\"a\", 1, null, [], {}], \"text\": \"t\"}", RG_OK, NULL, "t", NULL},
    {"{\"a\": true, \"b\": false, \"c\": null, \"text\": \"t\"}", RG_OK, NULL, "t", NULL},
    {"{\"text\": \"t\", \"x\": \"\\ud83d\\ude00\", \"y\": {}, \"z\": []}", RG_OK, NULL, "t", NULL},
    {"{\"Text\": \"no\", \"TEXT\": 1, \"text\": \"t\", \"texts\": \"no\"}", RG_OK, NULL, "t", NULL},
    /* key order */
    {"{\"date\": \"d\", \"text\": \"t\", \"id\": \"i\"}", RG_OK, "i", "t", "d"},
    {"{\"text\": \"t\", \"date\": \"d\", \"id\": 5}", RG_OK, "5", "t", "d"},
    {"{\"id\": 5, \"date\": \"d\", \"text\": \"t\"}", RG_OK, "5", "t", "d"},
    /* white space around every token */
    {" \t{ \"id\" : 7 , \"text\" :\"x\" ,\"date\"\t:\t\"d\"\r\n}\r\n ", RG_OK, "7", "x", "d"},
    {"{\n  \"text\": \"x\"\n}\n", RG_OK, NULL, "x", NULL},
    {"{\"id\":-7,\"text\":\"x\"}", RG_OK, "-7", "x", NULL},
    /* raw UTF-8 */
    {"{\"text\": \"Z\xC3\xBCrich \xE2\x80\x94 \xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x98\x80\"}", RG_OK, NULL,
     "Z\xC3\xBCrich \xE2\x80\x94 \xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x98\x80", NULL},
    {"{\"id\": \"\xD0\x90\", \"text\": \"\xD0\x91\", \"date\": \"\xD0\x92\"}", RG_OK, "\xD0\x90", "\xD0\x91",
     "\xD0\x92"},
    /* no text */
    {"{\"id\": 1}", RG_EINPUT, NULL, NULL, NULL},
    {"{}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"texts\": \"t\"}", RG_EINPUT, NULL, NULL, NULL},
    /* text not a string */
    {"{\"text\": 5}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": null}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": true}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": [\"a\"]}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": {\"text\": \"a\"}}", RG_EINPUT, NULL, NULL, NULL},
    /* not an object */
    {"[{\"text\": \"a\"}]", RG_EINPUT, NULL, NULL, NULL},
    {"\"text\"", RG_EINPUT, NULL, NULL, NULL},
    {"42", RG_EINPUT, NULL, NULL, NULL},
    {"null", RG_EINPUT, NULL, NULL, NULL},
    {"", RG_EINPUT, NULL, NULL, NULL},
    {"   ", RG_EINPUT, NULL, NULL, NULL},
    {"\xEF\xBB\xBF{\"text\": \"a\"}", RG_EINPUT, NULL, NULL, NULL},
    /* truncated */
    {"{", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\"", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\":", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"abc", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"abc\\", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"abc\\u00", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"abc\"", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"abc\",", RG_EINPUT, NULL, NULL, NULL},
    {"{\"id\": 12", RG_EINPUT, NULL, NULL, NULL},
    {"{\"id\": -", RG_EINPUT, NULL, NULL, NULL},
    /* trailing garbage */
    {"{\"text\": \"a\"} x", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"a\"}}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"a\"},", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"a\"}{\"text\": \"b\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"a\",}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"id\": 12x, \"text\": \"a\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"id\": 01, \"text\": \"a\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"id\": +1, \"text\": \"a\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"id\": 9223372036854775808, \"text\": \"a\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\" \"a\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{text: \"a\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{'text': 'a'}", RG_EINPUT, NULL, NULL, NULL},
    /* duplicate keys */
    {"{\"text\": \"a\", \"text\": \"b\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"id\": 1, \"id\": 2, \"text\": \"a\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"id\": \"x\", \"text\": \"a\", \"i\\u0064\": \"y\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"date\": \"x\", \"text\": \"a\", \"date\": \"y\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"x\": 1, \"x\": 2, \"text\": \"a\"}", RG_EINPUT, NULL, NULL, NULL},
    /* lone and broken surrogates */
    {"{\"text\": \"\\ud800\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"a\\ud800b\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"\\ud800\\u0041\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"\\ud800\\ud800\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"\\udc00\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"\\ude00\\ud83d\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"id\": \"\\udfff\", \"text\": \"a\"}", RG_EINPUT, NULL, NULL, NULL},
    /* invalid UTF-8 inside a string */
    {"{\"text\": \"a\xFF\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"\xC3(\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"\xC0\xAF\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"\xED\xA0\x80\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"\xF4\x90\x80\x80\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"\xE2\x82\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"te\xFFxt\": \"a\", \"text\": \"b\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"a\", \"other\": \"\xFF\"}", RG_EINPUT, NULL, NULL, NULL},
    /* raw control characters inside a string */
    {"{\"text\": \"a\x01\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"a\tb\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"a\nb\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"a\x1F\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"id\": \"\x02\", \"text\": \"a\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"\\\x01\"}", RG_EINPUT, NULL, NULL, NULL},
    /* bad escapes */
    {"{\"text\": \"\\x41\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"\\u12\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"\\u12G4\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"\\U0041\"}", RG_EINPUT, NULL, NULL, NULL},
    {"{\"text\": \"\\'\"}", RG_EINPUT, NULL, NULL, NULL},
};

START_TEST(test_jsonl_cases)
{
    /* one test over the table (a fork per line costs more than the line
     * under ASan); every message names its line */
    for (size_t k = 0; k < sizeof S_jsonl_cases / sizeof S_jsonl_cases[0]; k++) {
        const char *line = S_jsonl_cases[k].line;
        size_t len = strlen(line);
        char *id = NULL, *text = NULL, *date = NULL;
        int rc = rg_jsonl_parse_doc(line, len, &id, &text, &date);
        ck_assert_msg(rc == S_jsonl_cases[k].rc, "%s: rc %d (%s)", S_show(line, len), rc, rc ? rg_error_last() : "");
        ck_assert_msg((!id && !S_jsonl_cases[k].id) || (id && S_jsonl_cases[k].id && !strcmp(id, S_jsonl_cases[k].id)),
                      "%s: id \"%s\"", S_show(line, len), id ? id : "(null)");
        ck_assert_msg((!text && !S_jsonl_cases[k].text) ||
                          (text && S_jsonl_cases[k].text && !strcmp(text, S_jsonl_cases[k].text)),
                      "%s: text \"%s\"", S_show(line, len), text ? text : "(null)");
        ck_assert_msg((!date && !S_jsonl_cases[k].date) ||
                          (date && S_jsonl_cases[k].date && !strcmp(date, S_jsonl_cases[k].date)),
                      "%s: date \"%s\"", S_show(line, len), date ? date : "(null)");
        free(id);
        free(text);
        free(date);
        S_agrees(line, len, 0);
    }
}
END_TEST

START_TEST(test_jsonl_special_at_every_offset)
{
    /* the string scan reads eight bytes at a time: a quote, an escape, a
     * control character or a non-ASCII byte at each offset of a long
     * value, so each falls at each place in a word, agrees with jansson */
    static const char *const specials[] = {"\\\"", "\\\\", "\\n", "\\u00e9", "\\ud83d\\ude00", "\x01", "\t",
                                           "\xC3\xA9", "\xE2\x80\x94", "\xFF", "\xC3", "\""};
    for (size_t s = 0; s < sizeof specials / sizeof specials[0]; s++) {
        for (size_t at = 0; at < 20; at++) {
            char line[128];
            int n = snprintf(line, sizeof line, "{\"text\": \"%.*s%s%s\"}", (int)at, "aaaaaaaaaaaaaaaaaaaaaaaa",
                             specials[s], "bbbbbbbbbbbbbbbbbbbbbbbbb");
            ck_assert_int_gt(n, 0);
            S_agrees(line, (size_t)n, 0);
        }
    }
}
END_TEST

START_TEST(test_jsonl_raw_nul_byte)
{
    /* a NUL byte in the line itself (not \u0000): inside a string it is a
     * control character, outside it is not JSON */
    static const char l1[] = "{\"text\": \"a\0b\"}";
    static const char l2[] = "{\"text\": \"a\"}\0";
    static const char l3[] = "{\"text\": \"a\",\0\"id\": 1}";
    S_agrees(l1, sizeof l1 - 1, 0);
    S_agrees(l2, sizeof l2 - 1, 0);
    S_agrees(l3, sizeof l3 - 1, 0);
    char *id, *text, *date;
    ck_assert_int_eq(rg_jsonl_parse_doc(l1, sizeof l1 - 1, &id, &text, &date), RG_EINPUT);
    /* a line read with its length: bytes after len are not looked at */
    static const char l4[] = "{\"text\": \"a\"}  {garbage";
    ck_assert_int_eq(rg_jsonl_parse_doc(l4, 13, &id, &text, &date), RG_OK);
    ck_assert_str_eq(text, "a");
    free(text);
    ck_assert_int_eq(rg_jsonl_parse_doc(l4, 12, &id, &text, &date), RG_EINPUT);
}
END_TEST

/* ----------------------------------------------- randomized (property) */

/* The generator's state (rg_test_rng_next), seeded by test_jsonl_random. */
static uint64_t S_jrng;

static uint64_t S_jnext(void) { return rg_test_rng_next(&S_jrng); }

static size_t S_jbelow(size_t n) { return rg_test_rng_below(&S_jrng, n); }

static void S_put_cp(rg_buf *b, uint32_t cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    rg_buf_put(b, u, n);
}

/* A random string of up to max code points (never U+0000, never a
 * surrogate), weighted towards what escaping must handle: quotes,
 * backslashes, slashes, control characters, DEL, U+2028, non-ASCII and
 * astral characters. */
static void S_rand_string(rg_buf *b, size_t max)
{
    static const uint32_t special[] = {'"', '\\', '/', '\b', '\f', '\n', '\r', '\t', 0x01, 0x1F, 0x7F, 0x80,
                                       0xA0, 0xE9, 0x7FF, 0x800, 0x2028, 0x2029, 0xD7FF, 0xE000, 0xFEFF,
                                       0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF, 'u', '{', '}', ':', ','};
    rg_buf_clear(b);
    rg_buf_put(b, "", 0);
    size_t n = S_jbelow(max + 1);
    for (size_t i = 0; i < n; i++) {
        uint32_t cp;
        switch (S_jbelow(6)) {
        case 0: cp = special[S_jbelow(sizeof special / sizeof special[0])]; break;
        case 1: cp = 1 + (uint32_t)S_jbelow(0x7F); break;
        case 2: cp = 0x80 + (uint32_t)S_jbelow(0x800 - 0x80); break;
        case 3:
            cp = 0x800 + (uint32_t)S_jbelow(0x10000 - 0x800);
            if (cp >= 0xD800 && cp <= 0xDFFF) cp -= 0x800;
            break;
        case 4: cp = 0x10000 + (uint32_t)S_jbelow(0x110000 - 0x10000); break;
        default: cp = ' ' + (uint32_t)S_jbelow(0x5F); break;
        }
        S_put_cp(b, cp);
    }
}

/* A random JSON value for extra keys (depth-limited). Caller owns it. */
static json_t *S_rand_value(rg_buf *scratch, int depth)
{
    switch (S_jbelow(depth > 2 ? 6 : 8)) {
    case 0: return json_true();
    case 1: return json_false();
    case 2: return json_null();
    case 3: return json_integer((json_int_t)(S_jnext() >> (1 + S_jbelow(63))) * (S_jbelow(2) ? 1 : -1));
    case 4: return json_real((double)(int64_t)S_jnext() / 1e6);
    case 5:
        S_rand_string(scratch, 12);
        return json_stringn(scratch->ptr, scratch->len);
    case 6: {
        json_t *a = json_array();
        for (size_t i = S_jbelow(4); i > 0; i--) json_array_append_new(a, S_rand_value(scratch, depth + 1));
        return a;
    }
    default: {
        json_t *o = json_object();
        for (size_t i = S_jbelow(4); i > 0; i--) {
            char k[16];
            snprintf(k, sizeof k, "k%zu", S_jbelow(100));
            json_object_set_new(o, k, S_rand_value(scratch, depth + 1));
        }
        return o;
    }
    }
}

/* An int for "id": small, negative, or near the ends of json_int_t, so
 * both the fast path (18 characters at most) and jansson's are taken. */
static json_int_t S_rand_int(void)
{
    switch (S_jbelow(4)) {
    case 0: return (json_int_t)S_jbelow(1000);
    case 1: return -(json_int_t)S_jbelow(1000000) - 1;
    case 2: return (json_int_t)(S_jnext() >> 1) * (S_jbelow(2) ? 1 : -1);
    default: return S_jbelow(2) ? INT64_MAX - (json_int_t)S_jbelow(3) : INT64_MIN + (json_int_t)S_jbelow(3);
    }
}

static const size_t S_dump_flags[] = {
    0,
    JSON_COMPACT,
    JSON_ENSURE_ASCII,
    JSON_ESCAPE_SLASH,
    JSON_COMPACT | JSON_ENSURE_ASCII,
    JSON_COMPACT | JSON_ESCAPE_SLASH | JSON_ENSURE_ASCII,
    JSON_SORT_KEYS,
    JSON_INDENT(2) | JSON_ENSURE_ASCII,
};

/* A random change to a serialized line: cut it, drop, replace or insert
 * one byte (from the bytes that matter to a JSON scanner), or repeat the
 * "id", "text" or "date" member at the end. */
static void S_mutate(rg_buf *out, const char *line, size_t len)
{
    static const char bytes[] = "\"\\{}[],: \t\n0123456789-+.eEtrufalsn/uUdD\x01\x1F\x7F\x80\xBF\xC3\xA9\xED\xF0\xFF";
    rg_buf_clear(out);
    size_t at = S_jbelow(len + 1);
    switch (S_jbelow(5)) {
    case 0: rg_buf_put(out, line, at); break;
    case 1:
        rg_buf_put(out, line, at);
        if (at < len) rg_buf_put(out, line + at + 1, len - at - 1);
        break;
    case 2:
    case 3: {
        rg_buf_put(out, line, at);
        char c = bytes[S_jbelow(sizeof bytes - 1)];
        rg_buf_put(out, &c, 1);
        size_t skip = S_jbelow(2) && at < len ? 1 : 0; /* replace or insert */
        rg_buf_put(out, line + at + skip, len - at - skip);
        break;
    }
    default: {
        size_t cut = len;
        while (cut > 0 && line[cut - 1] != '}') cut--;
        cut = cut ? cut - 1 : len; /* before the last '}' */
        static const char *const dup[] = {", \"text\": \"again\"", ", \"id\": 3", ", \"date\": \"d\"",
                                          ", \"id\": \"s\""};
        rg_buf_put(out, line, cut);
        rg_buf_puts(out, dup[S_jbelow(4)]);
        rg_buf_put(out, line + cut, len - cut);
        break;
    }
    }
    rg_buf_put(out, "", 0);
}

START_TEST(test_jsonl_random)
{
    S_jrng = 0x2545F4914F6CDD1DULL;
    rg_buf text = RG_BUF_INIT, date = RG_BUF_INIT, ids = RG_BUF_INIT, scratch = RG_BUF_INIT, mut = RG_BUF_INIT;
    size_t fast_like = 0, mutated_ok = 0;
    for (int it = 0; it < 2000; it++) {
        /* the members, inserted in a random order among extra keys
         * (jansson keeps insertion order) */
        S_rand_string(&text, it % 50 == 0 ? 2000 : 40);
        int has_date = S_jbelow(3) != 0, id_kind = (int)S_jbelow(3); /* 0 none, 1 string, 2 integer */
        S_rand_string(&date, 12);
        char want_id[64] = "";
        json_t *idv = NULL;
        if (id_kind == 1) {
            S_rand_string(&ids, 10);
            idv = json_stringn(ids.ptr, ids.len);
        } else if (id_kind == 2) {
            json_int_t v = S_rand_int();
            snprintf(want_id, sizeof want_id, "%" JSON_INTEGER_FORMAT, v);
            idv = json_integer(v);
        }
        size_t n_extra = S_jbelow(4);
        json_t *o = json_object();
        int placed = 0; /* bit 0 text, 1 id, 2 date */
        int need = 1 | (idv ? 2 : 0) | (has_date ? 4 : 0);
        while (placed != need || n_extra) {
            size_t pick = S_jbelow(4);
            if (pick == 0 && !(placed & 1)) {
                ck_assert_int_eq(json_object_set_new(o, "text", json_stringn(text.ptr, text.len)), 0);
                placed |= 1;
            } else if (pick == 1 && (need & 2) && !(placed & 2)) {
                json_object_set(o, "id", idv);
                placed |= 2;
            } else if (pick == 2 && (need & 4) && !(placed & 4)) {
                ck_assert_int_eq(json_object_set_new(o, "date", json_stringn(date.ptr, date.len)), 0);
                placed |= 4;
            } else if (pick == 3 && n_extra) {
                /* a random key that is none of ours */
                S_rand_string(&scratch, 6);
                if (strcmp(scratch.ptr, "text") && strcmp(scratch.ptr, "id") && strcmp(scratch.ptr, "date") &&
                    !json_object_get(o, scratch.ptr)) {
                    char *key = strdup(scratch.ptr);
                    json_object_set_new(o, key, S_rand_value(&scratch, 0));
                    free(key);
                }
                n_extra--;
            }
        }
        size_t flags = S_dump_flags[S_jbelow(sizeof S_dump_flags / sizeof S_dump_flags[0])];
        char *line = json_dumps(o, flags);
        ck_assert_ptr_nonnull(line);
        size_t len = strlen(line);
        fast_like += strchr(line, '[') == NULL && strstr(line, "true") == NULL;

        char *gid = NULL, *gtext = NULL, *gdate = NULL;
        int rc = rg_jsonl_parse_doc(line, len, &gid, &gtext, &gdate);
        ck_assert_msg(rc == RG_OK, "#%d %s: %s", it, S_show(line, len), rg_error_last());
        ck_assert_msg(strlen(gtext) == text.len && memcmp(gtext, text.ptr, text.len) == 0, "#%d %s: text differs",
                      it, S_show(line, len));
        if (id_kind == 0) ck_assert_ptr_null(gid);
        else if (id_kind == 1)
            ck_assert_msg(gid && strlen(gid) == ids.len && memcmp(gid, ids.ptr, ids.len) == 0, "#%d %s: id differs",
                          it, S_show(line, len));
        else
            ck_assert_msg(gid && strcmp(gid, want_id) == 0, "#%d %s: id '%s', want '%s'", it, S_show(line, len),
                          gid ? gid : "(null)", want_id);
        if (has_date)
            ck_assert_msg(gdate && strlen(gdate) == date.len && memcmp(gdate, date.ptr, date.len) == 0,
                          "#%d %s: date differs", it, S_show(line, len));
        else
            ck_assert_ptr_null(gdate);
        free(gid);
        free(gtext);
        free(gdate);

        /* and a damaged copy: whatever it is now, jansson decides */
        S_mutate(&mut, line, len);
        if (!strstr(mut.ptr, "\\u0000")) { /* NUL: see test_jsonl_nul_escape */
            S_agrees(mut.ptr, mut.len, 0);
            char *a = NULL, *b = NULL, *c = NULL;
            if (rg_jsonl_parse_doc(mut.ptr, mut.len, &a, &b, &c) == RG_OK) mutated_ok++;
            free(a);
            free(b);
            free(c);
        }
        free(line);
        json_decref(idv);
        json_decref(o);
    }
    /* both paths and both outcomes were exercised */
    ck_assert_uint_gt(fast_like, 300);
    ck_assert_uint_gt(mutated_ok, 200);
    ck_assert_uint_lt(mutated_ok, 1800);
    rg_buf_free(&text);
    rg_buf_free(&date);
    rg_buf_free(&ids);
    rg_buf_free(&scratch);
    rg_buf_free(&mut);
}
END_TEST

/* Once failed: export/json.c S_jsonl_fast — a key other than id/text/date that
 * appears twice is not noticed when its values are strings: the fast path
 * accepts the line while jansson (JSON_REJECT_DUPLICATES, and the header
 * comment of the fast path) rejects it. */
START_TEST(test_jsonl_duplicate_other_key)
{
    static const char *const lines[] = {"{\"text\": \"a\", \"x\": \"1\", \"x\": \"2\"}",
                                        "{\"x\": \"1\", \"x\": \"1\", \"text\": \"a\"}",
                                        "{\"x\": \"1\", \"text\": \"a\", \"\\u0078\": \"2\"}"};
    for (size_t k = 0; k < 3; k++) S_agrees(lines[k], strlen(lines[k]), 0);
}
END_TEST

/* Once failed: export/json.c S_jsonl_fast — an integer id "-0" comes out as
 * "-0"; jansson reads it as the integer 0, and the general path prints
 * "0". */
START_TEST(test_jsonl_minus_zero_id)
{
    const char *line = "{\"id\": -0, \"text\": \"a\"}";
    S_agrees(line, strlen(line), 0);
}
END_TEST

/* Once failed: export/json.c rg_jsonl_parse_doc — \u0000 in a string: the fast
 * path declines (jansson "refuses NUL without a flag"), but the fallback
 * passes JSON_ALLOW_NUL, so jansson accepts and the value is copied into a
 * NUL-terminated string: text "a\u0000b" silently becomes "a" (and the id
 * "x\u0000y" becomes "x"). Either answer is fine, RG_EINPUT (jansson's
 * default, and what a raw document with a NUL byte gets) or the whole
 * value, but not a value cut short. */
START_TEST(test_jsonl_nul_escape)
{
    static const char *const lines[] = {
        "{\"text\": \"a\\u0000b\"}",
        "{\"id\": \"x\\u0000y\", \"text\": \"a\"}",
        "{\"text\": \"a\", \"date\": \"2020\\u0000-01\"}",
    };
    for (size_t k = 0; k < 3; k++) {
        const char *line = lines[k];
        size_t len = strlen(line);
        char *id = NULL, *text = NULL, *date = NULL;
        int rc = rg_jsonl_parse_doc(line, len, &id, &text, &date);
        if (rc == RG_OK) {
            S_jdoc want = S_oracle(line, len, JSON_ALLOW_NUL);
            ck_assert_int_eq(want.rc, RG_OK);
            S_same_str("id", id, want.id, want.id_len, line, len);
            S_same_str("text", text, want.text, want.text_len, line, len);
            S_same_str("date", date, want.date, want.date_len, line, len);
            S_jdoc_free(&want);
        }
        free(id);
        free(text);
        free(date);
    }
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
    tcase_add_test(tc, test_json_bytes_match_jansson);
    tcase_add_loop_test(tc, test_json_reject, 0, (int)(sizeof S_bad_json / sizeof S_bad_json[0]));
    tcase_add_test(tc, test_json_truncated_position);
    tcase_add_test(tc, test_json_lenient);
    tcase_add_test(tc, test_json_many_evidence);
    tcase_add_test(tc, test_json_read_file);
    suite_add_tcase(s, tc);

    tc = tcase_create("jsonl");
    tcase_add_test(tc, test_jsonl_cases);
    tcase_add_test(tc, test_jsonl_special_at_every_offset);
    tcase_add_test(tc, test_jsonl_raw_nul_byte);
    tcase_add_test(tc, test_jsonl_random);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
    tc = tcase_create("jsonl-fixes");
    tcase_add_test(tc, test_jsonl_duplicate_other_key);
    tcase_add_test(tc, test_jsonl_minus_zero_id);
    tcase_add_test(tc, test_jsonl_nul_escape);
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
    tcase_add_test(tc, test_pdf);
    tcase_add_test(tc, test_render_repeated);
    tcase_add_test(tc, test_render_bad_engine);
    suite_add_tcase(s, tc);

    tc = tcase_create("output");
    tcase_add_test(tc, test_output_atomic);
    tcase_add_test(tc, test_output_formats);
    suite_add_tcase(s, tc);
    return s;
}
