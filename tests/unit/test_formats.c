/*
 * test_formats.c: Check suite "formats" for the exchange formats of
 * export/: the shared escapers (escape.c), GraphML (graphml.c), GEXF
 * (gexf.c), CSV (csv.c), the evidence JSON Lines (evidence.c), their
 * entries in the format table and the multi-file writer (output.c).
 *
 * The escapers are checked against literal expected strings. The
 * renderers run on one hand-built graph whose labels, aliases, ids and
 * evidence carry everything hostile: double quotes, backslashes, '<',
 * '>', '&' (and "&amp;" spelled out), "]]>", a newline, a tab, a carriage
 * return, C0 controls that XML 1.0 cannot carry, DEL and a C1 control,
 * U+2028, the noncharacters U+FFFE and U+FFFF, a 4-byte character, a
 * comma, a '|' inside an alias, leading and trailing spaces, and a byte
 * that is not UTF-8. Every output must be valid UTF-8, free of raw
 * control characters where the format cannot carry them, deterministic
 * (the same bytes for the same graph built in another order), and give
 * the hostile text back exactly, or as documented where a format must
 * replace characters. The CSV is parsed back with a small RFC 4180 reader
 * and the JSON Lines with jansson (here an independent reader of our
 * hand-written JSON; the library keeps jansson behind export/json.c).
 * Whether the real consumers (networkx, igraph, xmllint with our RELAX NG
 * schemas, Python's csv and json) accept the files is checked by
 * tests/consumers/formats.sh.
 */
#include <check.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "escape_private.h"
#include "export.h"
#include "suites.h"
#include "test_util.h"

/* ------------------------------------------------------------- helpers */

/* Everything hostile, ending in a byte that is not UTF-8 (see the file
 * comment). */
#define S_HOSTILE                                                                                  \
    "\"A\\B\" <Co> & Sons\nLtd\t\xE2\x80\x94 Z\xC3\xBCrich &amp; ]]> \r\x01\x0b\x1f\x7f\xC2\x85 "  \
    "\xE2\x80\xA8 \xEF\xBF\xBE\xEF\xBF\xBF \xF0\x9F\x98\x80, x|y \\\xFF"

/* S_HOSTILE as the XML escaper must write it. */
#define S_HOSTILE_XML                                                                              \
    "&quot;A\\B&quot; &lt;Co&gt; &amp; Sons&#10;Ltd&#9;\xE2\x80\x94 Z\xC3\xBCrich &amp;amp; ]]&gt; " \
    "&#13;\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\x7f\xC2\x85 \xE2\x80\xA8 \xEF\xBF\xBD\xEF\xBF\xBD "    \
    "\xF0\x9F\x98\x80, x|y \\\xEF\xBF\xBD"

/* S_HOSTILE as text after a JSON reader decodes our JSON string: only the
 * byte that is not UTF-8 is replaced. */
#define S_HOSTILE_JSON_TEXT                                                                        \
    "\"A\\B\" <Co> & Sons\nLtd\t\xE2\x80\x94 Z\xC3\xBCrich &amp; ]]> \r\x01\x0b\x1f\x7f\xC2\x85 "  \
    "\xE2\x80\xA8 \xEF\xBF\xBE\xEF\xBF\xBF \xF0\x9F\x98\x80, x|y \\\xEF\xBF\xBD"

/* S_HOSTILE as a CSV reader gets it back: controls other than TAB, LF
 * and CR replaced, as is the byte that is not UTF-8. */
#define S_HOSTILE_CSV_TEXT                                                                         \
    "\"A\\B\" <Co> & Sons\nLtd\t\xE2\x80\x94 Z\xC3\xBCrich &amp; ]]> \r\xEF\xBF\xBD\xEF\xBF\xBD"    \
    "\xEF\xBF\xBD\x7f\xC2\x85 \xE2\x80\xA8 \xEF\xBF\xBE\xEF\xBF\xBF \xF0\x9F\x98\x80, x|y "          \
    "\\\xEF\xBF\xBD"

#define S_HOSTILE_ID "group:h<&\"'> ,x"

/* The sample graph: a hostile group, two countries, a person, a place;
 * an interaction link with evidence (directed and not), a co-occurrence
 * link, a link whose evidence text is hostile. reverse adds everything in
 * the opposite order, which must not change any output. */
static rg_graph *S_sample(int reverse)
{
    rg_graph *g = rg_graph_new();
    rg_graph_set_documents(g, 3);
    size_t ids[5] = {0, 0, 0, 0, 0};
    for (int k = 0; k < 5; k++) {
        int i = reverse ? 4 - k : k;
        switch (i) {
        case 0:
            ids[0] = rg_graph_node_add(g, "country:RUS", RG_COUNTRY, NULL);
            rg_graph_node_set_label(g, ids[0], "Russia");
            rg_graph_node_set_code(g, ids[0], "RUS");
            rg_graph_node_add_alias(g, ids[0], "Russian Federation", 2);
            rg_graph_node_add_counts(g, ids[0], 20, 3);
            break;
        case 1:
            ids[1] = rg_graph_node_add(g, "country:USA", RG_COUNTRY, NULL);
            rg_graph_node_set_label(g, ids[1], "United States");
            rg_graph_node_set_code(g, ids[1], "USA");
            rg_graph_node_add_counts(g, ids[1], 15, 3);
            break;
        case 2:
            ids[2] = rg_graph_node_add(g, "person:sergei-lavrov", RG_PERSON, NULL);
            rg_graph_node_set_label(g, ids[2], "Sergei Lavrov");
            rg_graph_node_add_alias(g, ids[2], "Lavrov", 5);
            rg_graph_node_add_alias(g, ids[2], "\xD0\xA1\xD0\xB5\xD1\x80\xD0\xB3\xD0\xB5\xD0\xB9", 1);
            rg_graph_node_set_affiliation(g, ids[2], "country:RUS");
            rg_graph_node_add_role(g, ids[2], "Foreign Minister");
            rg_graph_node_add_role(g, ids[2], "Envoy, \"special\"");
            rg_graph_node_add_counts(g, ids[2], 12, 3);
            break;
        case 3:
            ids[3] = rg_graph_node_add(g, S_HOSTILE_ID, RG_GROUP, NULL);
            rg_graph_node_set_label(g, ids[3], S_HOSTILE);
            rg_graph_node_add_alias(g, ids[3], "a|b", 1);
            rg_graph_node_add_alias(g, ids[3], " lead", 1);
            rg_graph_node_add_counts(g, ids[3], 2, 1);
            break;
        case 4:
            ids[4] = rg_graph_node_add(g, "place:geneva", RG_PLACE, NULL);
            rg_graph_node_set_label(g, ids[4], "Gen\xC3\xA8ve");
            rg_graph_node_add_counts(g, ids[4], 3, 2);
            break;
        }
    }
    rg_evidence e1 = {"000_a.txt", 3, RG_CONSULT, "person:sergei-lavrov", "Lavrov met Kerry in Gen\xC3\xA8ve.", 20160324};
    rg_evidence e2 = {"001_b.txt", 0, -1, NULL, "Russia and Lavrov, again.", 0};
    rg_evidence e3 = {"002_\"c\".txt", 7, RG_THREATEN, S_HOSTILE_ID, S_HOSTILE, 0};
    for (int k = 0; k < 3; k++) {
        int i = reverse ? 2 - k : k;
        size_t l;
        switch (i) {
        case 0:
            l = rg_graph_link_add(g, ids[2], ids[0]);
            rg_graph_link_add_counts(g, l, 6, 2);
            rg_graph_link_add_interaction(g, l, RG_CONSULT, 2);
            rg_graph_link_add_interaction(g, l, RG_AGREE, 1);
            rg_graph_link_add_evidence(g, l, &e1);
            rg_graph_link_add_evidence(g, l, &e2);
            break;
        case 1:
            l = rg_graph_link_add(g, ids[0], ids[1]);
            rg_graph_link_add_counts(g, l, 3, 2);
            break;
        case 2:
            l = rg_graph_link_add(g, ids[1], ids[3]);
            rg_graph_link_add_counts(g, l, 1, 1);
            rg_graph_link_add_interaction(g, l, RG_THREATEN, 1);
            rg_graph_link_add_evidence(g, l, &e3);
            break;
        }
    }
    rg_graph_finish(g);
    return g;
}

/* fn's rendering of g with the default options (caller frees). */
static char *S_render(rg_render_fn fn, const rg_graph *g)
{
    rg_render_opts o = RG_RENDER_OPTS_INIT;
    return rg_test_render(fn, g, &o);
}

static int S_starts(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

/* 1 when s is well-formed UTF-8 (no overlongs, surrogates or values
 * above U+10FFFF). */
static int S_utf8_valid(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        unsigned char c = *p;
        size_t len;
        unsigned v, min;
        if (c < 0x80) { p++; continue; }
        if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1Fu; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0Fu; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07u; min = 0x10000; }
        else return 0;
        for (size_t k = 1; k < len; k++) {
            if ((p[k] & 0xC0) != 0x80) return 0;
            v = (v << 6) | (p[k] & 0x3Fu);
        }
        if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
        p += len;
    }
    return 1;
}

/* 1 when s holds no C0 control other than those listed in allowed. */
static int S_no_controls(const char *s, const char *allowed)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p < 0x20 && !strchr(allowed, (char)*p)) return 0;
    return 1;
}

/* The escaper fn's output for s (caller frees). */
static char *S_esc(void (*fn)(rg_buf *, const char *), const char *s)
{
    rg_buf b = RG_BUF_INIT;
    fn(&b, s);
    return rg_buf_detach(&b);
}

/* An escaper's input and the exact output expected. */
typedef struct {
    const char *in, *want;
} S_esc_case;

/* Checks the escaper fn (called name in failure messages) on cases[0..n). */
static void S_check_escaper(void (*fn)(rg_buf *, const char *), const char *name, const S_esc_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char *got = S_esc(fn, cases[i].in);
        ck_assert_msg(strcmp(got, cases[i].want) == 0, "%s case %zu: got '%s'", name, i, got);
        free(got);
    }
}

/* ----------------------------------------------------- RFC 4180 reader */

/* Parsed CSV: rows of fields (each malloc'd). */
typedef struct {
    char ***rows;
    size_t *n_fields;
    size_t n_rows;
} S_csv;

/* Parses a whole CSV document with CRLF record ends, as RFC 4180 defines
 * it. Fails the test on anything else (a bare quote inside an unquoted
 * field, a stray character after a closing quote, a record not ended by
 * CRLF). */
static S_csv S_csv_parse(const char *s)
{
    S_csv c = {NULL, NULL, 0};
    size_t cap_rows = 0;
    const char *p = s;
    while (*p) {
        char **fields = NULL;
        size_t nf = 0, capf = 0;
        for (;;) {
            rg_buf f = RG_BUF_INIT;
            rg_buf_puts(&f, "");
            if (*p == '"') {
                p++;
                for (;;) {
                    ck_assert_msg(*p, "CSV: unterminated quoted field");
                    if (*p == '"' && p[1] == '"') {
                        rg_buf_putc(&f, '"');
                        p += 2;
                    } else if (*p == '"') {
                        p++;
                        break;
                    } else {
                        rg_buf_putc(&f, *p++);
                    }
                }
            } else {
                while (*p && *p != ',' && *p != '\r' && *p != '\n') {
                    ck_assert_msg(*p != '"', "CSV: a quote inside an unquoted field");
                    rg_buf_putc(&f, *p++);
                }
            }
            RG_GROW(fields, capf, nf + 1);
            fields[nf++] = rg_buf_detach(&f);
            if (*p == ',') {
                p++;
                continue;
            }
            ck_assert_msg(p[0] == '\r' && p[1] == '\n', "CSV: record not ended by CRLF at '%.20s'", p);
            p += 2;
            break;
        }
        RG_GROW(c.rows, cap_rows, c.n_rows + 1);
        c.n_fields = rg_xrealloc(c.n_fields, cap_rows * sizeof *c.n_fields);
        c.rows[c.n_rows] = fields;
        c.n_fields[c.n_rows] = nf;
        c.n_rows++;
    }
    return c;
}

static void S_csv_free(S_csv *c)
{
    for (size_t r = 0; r < c->n_rows; r++) {
        for (size_t f = 0; f < c->n_fields[r]; f++) free(c->rows[r][f]);
        free(c->rows[r]);
    }
    free(c->rows);
    free(c->n_fields);
}

/* The row whose first field is id, or -1. */
static long S_csv_find(const S_csv *c, const char *id)
{
    for (size_t r = 1; r < c->n_rows; r++)
        if (strcmp(c->rows[r][0], id) == 0) return (long)r;
    return -1;
}

/* ============================================================ escapers */

START_TEST(test_escape_xml)
{
    static const S_esc_case cases[] = {
        {"", ""},
        {"plain text", "plain text"},
        {"a & b < c > d \" e ' f", "a &amp; b &lt; c &gt; d &quot; e ' f"},
        {"&amp; stays text", "&amp;amp; stays text"},
        {"]]>", "]]&gt;"},
        {"tab\tlf\ncr\r", "tab&#9;lf&#10;cr&#13;"},
        {"\x01\x08\x0b\x0c\x0e\x1f", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
        {"del\x7f c1\xC2\x85", "del\x7f c1\xC2\x85"},
        {"\xEF\xBF\xBE\xEF\xBF\xBF", "\xEF\xBF\xBD\xEF\xBF\xBD"},
        {"Z\xC3\xBCrich \xE2\x80\x94 \xF0\x9F\x98\x80", "Z\xC3\xBCrich \xE2\x80\x94 \xF0\x9F\x98\x80"},
        {"bad \xFF end", "bad \xEF\xBF\xBD end"},
        {S_HOSTILE, S_HOSTILE_XML},
    };
    S_check_escaper(rg_escape__xml, "xml", cases, sizeof cases / sizeof cases[0]);
}
END_TEST

START_TEST(test_escape_json)
{
    static const S_esc_case cases[] = {
        {"", "\"\""},
        {"plain", "\"plain\""},
        {"q\" b\\ s/", "\"q\\\" b\\\\ s/\""},
        {"\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\""},
        {"\x01\x1f\x0b", "\"\\u0001\\u001f\\u000b\""},
        {"del\x7f", "\"del\x7f\""},
        {"ls\xE2\x80\xA8ps\xE2\x80\xA9", "\"ls\\u2028ps\\u2029\""},
        {"<&> Z\xC3\xBCrich \xF0\x9F\x98\x80", "\"<&> Z\xC3\xBCrich \xF0\x9F\x98\x80\""},
        {"bad \xFF", "\"bad \xEF\xBF\xBD\""},
    };
    S_check_escaper(rg_escape__json, "json", cases, sizeof cases / sizeof cases[0]);
    /* what jansson decodes is the text, with only the bad byte replaced */
    char *lit = S_esc(rg_escape__json, S_HOSTILE);
    json_error_t err;
    json_t *j = json_loads(lit, JSON_DECODE_ANY, &err);
    ck_assert_msg(j != NULL, "jansson rejects %s: %s", lit, err.text);
    ck_assert_str_eq(json_string_value(j), S_HOSTILE_JSON_TEXT);
    json_decref(j);
    free(lit);
}
END_TEST

START_TEST(test_escape_csv)
{
    static const S_esc_case cases[] = {
        {"", ""},
        {"plain", "plain"},
        {"a,b", "\"a,b\""},
        {"say \"hi\"", "\"say \"\"hi\"\"\""},
        {"two\nlines", "\"two\nlines\""},
        {"cr\rhere", "\"cr\rhere\""},
        {" lead", "\" lead\""},
        {"trail\t", "\"trail\t\""},
        {"in\tside", "in\tside"},
        {"ctl\x01\x1f", "ctl\xEF\xBF\xBD\xEF\xBF\xBD"},
        {"<&>'|\\", "<&>'|\\"},
        {"Z\xC3\xBCrich \xF0\x9F\x98\x80", "Z\xC3\xBCrich \xF0\x9F\x98\x80"},
        {"bad \xC3", "bad \xEF\xBF\xBD"},
    };
    S_check_escaper(rg_escape__csv, "csv", cases, sizeof cases / sizeof cases[0]);
}
END_TEST

/* Ill-formed UTF-8: every byte that does not start a well-formed
 * sequence becomes one U+FFFD, in every escaper. */
START_TEST(test_escape_invalid_utf8)
{
    static const struct {
        const char *in;
        size_t replaced;
    } cases[] = {
        {"\xFF", 1},             /* never valid */
        {"\x80", 1},             /* stray continuation */
        {"\xC3", 1},             /* truncated at the end */
        {"\xC3(", 1},            /* truncated before ASCII */
        {"\xC0\xAF", 2},         /* overlong '/' */
        {"\xED\xA0\x80", 3},     /* a surrogate */
        {"\xF4\x90\x80\x80", 4}, /* above U+10FFFF */
        {"\xE2\x82", 2},         /* truncated 3-byte */
    };
    void (*fns[])(rg_buf *, const char *) = {rg_escape__xml, rg_escape__json, rg_escape__csv};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        for (size_t f = 0; f < 3; f++) {
            char *got = S_esc(fns[f], cases[i].in);
            ck_assert_msg(S_utf8_valid(got), "case %zu escaper %zu: not UTF-8", i, f);
            ck_assert_msg(rg_test_count(got, "\xEF\xBF\xBD") == cases[i].replaced,
                          "case %zu escaper %zu: %zu replacements", i, f, rg_test_count(got, "\xEF\xBF\xBD"));
            free(got);
        }
}
END_TEST

START_TEST(test_escape_list_kinds)
{
    rg_buf b = RG_BUF_INIT;
    const char *items[] = {"a|b", "c", ""};
    rg_escape__list(&b, items, 3);
    ck_assert_str_eq(b.ptr, "a\xC2\xA6" "b|c|");
    rg_buf_clear(&b);
    rg_escape__list(&b, items, 0);
    ck_assert_str_eq(b.ptr, "");

    rg_link l;
    memset(&l, 0, sizeof l);
    rg_buf_clear(&b);
    rg_escape__kinds(&b, &l);
    ck_assert_str_eq(b.ptr, "");
    l.interactions[RG_ASSAULT] = 1;
    l.interactions[RG_AGREE] = 12;
    l.interactions[RG_CONSULT] = 4;
    rg_buf_clear(&b);
    rg_escape__kinds(&b, &l);
    ck_assert_str_eq(b.ptr, "agree:12|consult:4|assault:1"); /* PLOVER order */
    rg_buf_free(&b);
}
END_TEST

/* ============================================================= GraphML */

START_TEST(test_graphml_shape)
{
    rg_graph *g = S_sample(0);
    char *x = S_render(rg_render_graphml, g);
    ck_assert(S_starts(x, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "));
    ck_assert_ptr_nonnull(strstr(x, "<graph id=\"G\" edgedefault=\"undirected\">"));
    ck_assert_uint_eq(rg_test_count(x, "<node id="), rg_graph_node_count(g));
    ck_assert_uint_eq(rg_test_count(x, "<edge source="), rg_graph_link_count(g));
    ck_assert_uint_eq(rg_test_count(x, "</node>"), rg_graph_node_count(g));
    ck_assert_uint_eq(rg_test_count(x, "</edge>"), rg_graph_link_count(g));
    /* typed keys, unique snake_case ids */
    ck_assert_ptr_nonnull(strstr(x, "<key id=\"node_mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"long\"/>"));
    ck_assert_ptr_nonnull(strstr(x, "<key id=\"node_documents\" for=\"node\" attr.name=\"documents\" attr.type=\"long\"/>"));
    ck_assert_ptr_nonnull(strstr(x, "<key id=\"edge_documents\" for=\"edge\" attr.name=\"documents\" attr.type=\"long\"/>"));
    ck_assert_ptr_nonnull(strstr(x, "<key id=\"edge_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>"));
    ck_assert_ptr_nonnull(strstr(x, "<key id=\"edge_evidence_count\" for=\"edge\" attr.name=\"evidence_count\" attr.type=\"long\"/>"));
    /* one key per kind that occurs, none for the others */
    ck_assert_uint_eq(rg_test_count(x, "<key id=\"edge_interactions_"), 3);
    ck_assert_ptr_nonnull(strstr(x, "attr.name=\"interactions_agree\""));
    ck_assert_ptr_nonnull(strstr(x, "attr.name=\"interactions_consult\""));
    ck_assert_ptr_nonnull(strstr(x, "attr.name=\"interactions_threaten\""));
    ck_assert_ptr_null(strstr(x, "interactions_assault"));
    /* every edge carries every kind key (0 where absent) */
    ck_assert_uint_eq(rg_test_count(x, "<data key=\"edge_interactions_consult\">"), rg_graph_link_count(g));
    ck_assert_ptr_nonnull(strstr(x, "<data key=\"edge_interactions\">agree:1|consult:2</data>"));
    /* the hostile node: id and label escaped, aliases joined */
    ck_assert_ptr_nonnull(strstr(x, "<node id=\"group:h&lt;&amp;&quot;'&gt; ,x\">"));
    ck_assert_ptr_nonnull(strstr(x, "<data key=\"node_label\">" S_HOSTILE_XML "</data>"));
    ck_assert_ptr_nonnull(strstr(x, "<data key=\"node_aliases\"> lead|a\xC2\xA6" "b</data>"));
    ck_assert_ptr_nonnull(strstr(x, "<data key=\"node_roles\">Envoy, &quot;special&quot;|Foreign Minister</data>"));
    ck_assert_ptr_nonnull(strstr(x, "<edge source=\"country:USA\" target=\"group:h&lt;&amp;&quot;'&gt; ,x\">"));
    /* a country has its code, a person its affiliation, no one else */
    ck_assert_uint_eq(rg_test_count(x, "<data key=\"node_code\">"), 2);
    ck_assert_uint_eq(rg_test_count(x, "<data key=\"node_affiliation\">country:RUS</data>"), 1);
    ck_assert(S_utf8_valid(x));
    ck_assert(S_no_controls(x, "\n"));
    free(x);
    rg_graph_free(g);
}
END_TEST

START_TEST(test_graphml_empty)
{
    rg_graph *g = rg_graph_new();
    rg_graph_finish(g);
    char *x = S_render(rg_render_graphml, g);
    ck_assert_ptr_nonnull(strstr(x, "<graph id=\"G\" edgedefault=\"undirected\">"));
    ck_assert_ptr_null(strstr(x, "<node "));
    ck_assert_ptr_null(strstr(x, "<edge "));
    ck_assert_ptr_null(strstr(x, "edge_interactions")); /* no kind occurs */
    ck_assert(strstr(x, "</graphml>\n") && strstr(x, "</graphml>\n")[11] == '\0');
    free(x);
    rg_graph_free(g);
}
END_TEST

/* ================================================================ GEXF */

START_TEST(test_gexf_shape)
{
    rg_graph *g = S_sample(0);
    size_t n = rg_graph_node_count(g), m = rg_graph_link_count(g);
    char *x = S_render(rg_render_gexf, g);
    ck_assert_ptr_nonnull(strstr(x, "<gexf xmlns=\"http://gexf.net/1.3\" "));
    ck_assert_ptr_nonnull(strstr(x, " version=\"1.3\">\n"));
    ck_assert_ptr_nonnull(strstr(x, "<graph mode=\"static\" defaultedgetype=\"undirected\">"));
    ck_assert_ptr_nonnull(strstr(x, "<attribute id=\"type\" title=\"type\" type=\"string\"/>"));
    ck_assert_ptr_nonnull(strstr(x, "<attribute id=\"community\" title=\"community\" type=\"integer\"/>"));
    ck_assert_ptr_nonnull(strstr(x, "<attribute id=\"mentions\" title=\"mentions\" type=\"long\"/>"));
    ck_assert_ptr_nonnull(strstr(x, "<attribute id=\"cooccurrence\" title=\"cooccurrence\" type=\"long\"/>"));
    ck_assert_uint_eq(rg_test_count(x, "<attribute id=\"interactions_"), 3);
    ck_assert_uint_eq(rg_test_count(x, "<node id="), n);
    ck_assert_uint_eq(rg_test_count(x, "<edge id="), m);
    ck_assert_uint_eq(rg_test_count(x, "<attvalue for=\"community\" value=\""), n);
    ck_assert_uint_eq(rg_test_count(x, "<attvalue for=\"type\" value=\""), n);
    ck_assert_uint_eq(rg_test_count(x, "<attvalue for=\"interactions_threaten\" value=\""), m);
    ck_assert_ptr_null(strstr(x, "source=\"person:sergei-lavrov\" target=\"country:RUS\"")); /* source < target */
    ck_assert_ptr_nonnull(strstr(x, "source=\"country:RUS\" target=\"person:sergei-lavrov\" weight=\"9\">"));
    ck_assert_ptr_nonnull(strstr(x, "source=\"country:RUS\" target=\"country:USA\" weight=\"3\">"));
    ck_assert_ptr_nonnull(strstr(x, "label=\"" S_HOSTILE_XML "\">"));
    ck_assert_ptr_nonnull(strstr(x, "<node id=\"group:h&lt;&amp;&quot;'&gt; ,x\""));
    ck_assert_ptr_nonnull(strstr(x, "<attvalue for=\"interactions\" value=\"agree:1|consult:2\"/>"));
    ck_assert_ptr_null(strstr(x, "lastmodifieddate"));
    ck_assert(S_utf8_valid(x));
    ck_assert(S_no_controls(x, "\n"));
    free(x);
    rg_graph_free(g);
}
END_TEST

/* 1.2draft: the same document in another namespace. */
START_TEST(test_gexf_1_2)
{
    rg_graph *g = S_sample(0);
    char *a = S_render(rg_render_gexf, g);
    char *b = S_render(rg_render_gexf_1_2, g);
    ck_assert_ptr_nonnull(strstr(b, "<gexf xmlns=\"http://www.gexf.net/1.2draft\" "));
    ck_assert_ptr_nonnull(strstr(b, "xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" version=\"1.2\">\n"));
    const char *ra = strchr(strchr(a, '\n') + 1, '\n'), *rb = strchr(strchr(b, '\n') + 1, '\n');
    ck_assert_str_eq(ra, rb); /* everything after the <gexf> line */
    free(a);
    free(b);
    rg_graph_free(g);
}
END_TEST

START_TEST(test_gexf_empty)
{
    rg_graph *g = rg_graph_new();
    rg_graph_finish(g);
    char *x = S_render(rg_render_gexf, g);
    ck_assert_ptr_nonnull(strstr(x, "<nodes>\n    </nodes>\n    <edges>\n    </edges>\n"));
    ck_assert_ptr_null(strstr(x, "community")); /* nothing to analyse */
    free(x);
    rg_graph_free(g);
}
END_TEST

/* The community of each node is Louvain's with seed 1: two triangles
 * joined by one link make two communities. */
START_TEST(test_gexf_community)
{
    rg_graph *g = rg_test_two_triangles(5);
    for (size_t i = 0; i < 6; i++) rg_graph_node_add_counts(g, i, 1, 1);
    rg_graph_finish(g);
    char *x = S_render(rg_render_gexf, g);
    ck_assert_uint_eq(rg_test_count(x, "<attvalue for=\"community\" value=\"0\"/>"), 3);
    ck_assert_uint_eq(rg_test_count(x, "<attvalue for=\"community\" value=\"1\"/>"), 3);
    free(x);
    rg_graph_free(g);
}
END_TEST

/* ================================================================= CSV */

START_TEST(test_csv_nodes)
{
    rg_graph *g = S_sample(0);
    char *x = S_render(rg_render_csv_nodes, g);
    ck_assert(S_starts(x, "id,label,type,code,affiliation,aliases,roles,mentions,documents\r\n"));
    ck_assert(S_utf8_valid(x));
    ck_assert(strncmp(x, "\xEF\xBB\xBF", 3) != 0); /* no BOM */
    S_csv c = S_csv_parse(x);
    ck_assert_uint_eq(c.n_rows, rg_graph_node_count(g) + 1);
    for (size_t r = 0; r < c.n_rows; r++) ck_assert_uint_eq(c.n_fields[r], 9);
    long h = S_csv_find(&c, S_HOSTILE_ID);
    ck_assert_int_ge(h, 1);
    ck_assert_str_eq(c.rows[h][1], S_HOSTILE_CSV_TEXT);
    ck_assert_str_eq(c.rows[h][2], "group");
    ck_assert_str_eq(c.rows[h][3], "");
    ck_assert_str_eq(c.rows[h][5], " lead|a\xC2\xA6" "b");
    ck_assert_str_eq(c.rows[h][7], "2");
    long l = S_csv_find(&c, "person:sergei-lavrov");
    ck_assert_str_eq(c.rows[l][4], "country:RUS");
    ck_assert_str_eq(c.rows[l][5], "Lavrov|\xD0\xA1\xD0\xB5\xD1\x80\xD0\xB3\xD0\xB5\xD0\xB9");
    ck_assert_str_eq(c.rows[l][6], "Envoy, \"special\"|Foreign Minister");
    ck_assert_str_eq(c.rows[l][7], "12");
    ck_assert_str_eq(c.rows[l][8], "3");
    long r = S_csv_find(&c, "country:RUS");
    ck_assert_str_eq(c.rows[r][3], "RUS");
    S_csv_free(&c);
    free(x);
    rg_graph_free(g);
}
END_TEST

START_TEST(test_csv_edges)
{
    rg_graph *g = S_sample(0);
    char *x = S_render(rg_render_csv_edges, g);
    ck_assert(S_starts(x, "source,target,weight,cooccurrence,documents,interactions,evidence_count\r\n"));
    S_csv c = S_csv_parse(x);
    ck_assert_uint_eq(c.n_rows, rg_graph_link_count(g) + 1);
    for (size_t r = 0; r < c.n_rows; r++) ck_assert_uint_eq(c.n_fields[r], 7);
    /* canonical order: (country:RUS, country:USA), (country:RUS, person:...),
     * (country:USA, group:...) */
    ck_assert_str_eq(c.rows[1][0], "country:RUS");
    ck_assert_str_eq(c.rows[1][1], "country:USA");
    ck_assert_str_eq(c.rows[1][5], "");
    ck_assert_str_eq(c.rows[2][1], "person:sergei-lavrov");
    ck_assert_str_eq(c.rows[2][2], "9");
    ck_assert_str_eq(c.rows[2][3], "6");
    ck_assert_str_eq(c.rows[2][4], "2");
    ck_assert_str_eq(c.rows[2][5], "agree:1|consult:2");
    ck_assert_str_eq(c.rows[2][6], "2");
    ck_assert_str_eq(c.rows[3][1], S_HOSTILE_ID);
    ck_assert_str_eq(c.rows[3][5], "threaten:1");
    S_csv_free(&c);
    free(x);
    rg_graph_free(g);
}
END_TEST

START_TEST(test_csv_neo4j)
{
    rg_graph *g = S_sample(0);
    char *n = S_render(rg_render_csv_nodes_neo4j, g);
    char *e = S_render(rg_render_csv_edges_neo4j, g);
    S_csv cn = S_csv_parse(n), ce = S_csv_parse(e);
    static const char *const nh[] = {"id:ID", "label", "type", "code", "affiliation",
                                     "aliases", "roles", "mentions:long", "documents:long", ":LABEL"};
    static const char *const eh[] = {":START_ID", ":END_ID", ":TYPE", "weight:long", "cooccurrence:long",
                                     "documents:long", "interactions", "evidence_count:long"};
    ck_assert_uint_eq(cn.n_fields[0], 10);
    for (size_t i = 0; i < 10; i++) ck_assert_str_eq(cn.rows[0][i], nh[i]);
    ck_assert_uint_eq(ce.n_fields[0], 8);
    for (size_t i = 0; i < 8; i++) ck_assert_str_eq(ce.rows[0][i], eh[i]);
    ck_assert_str_eq(cn.rows[S_csv_find(&cn, "country:RUS")][9], "Country");
    ck_assert_str_eq(cn.rows[S_csv_find(&cn, "person:sergei-lavrov")][9], "Person");
    ck_assert_str_eq(cn.rows[S_csv_find(&cn, S_HOSTILE_ID)][9], "Group");
    ck_assert_str_eq(cn.rows[S_csv_find(&cn, "place:geneva")][9], "Place");
    for (size_t r = 1; r < ce.n_rows; r++) ck_assert_str_eq(ce.rows[r][2], "LINK");
    ck_assert_str_eq(ce.rows[2][3], "9");
    /* same rows as the plain dialect, less the extra column */
    char *plain = S_render(rg_render_csv_nodes, g);
    S_csv cp = S_csv_parse(plain);
    ck_assert_uint_eq(cp.n_rows, cn.n_rows);
    for (size_t r = 1; r < cp.n_rows; r++)
        for (size_t f = 0; f < 9; f++) ck_assert_str_eq(cp.rows[r][f], cn.rows[r][f]);
    S_csv_free(&cp);
    S_csv_free(&cn);
    S_csv_free(&ce);
    free(plain);
    free(n);
    free(e);
    rg_graph_free(g);
}
END_TEST

/* "csv" in the format table cannot render into one buffer. */
START_TEST(test_csv_one_buffer)
{
    rg_graph *g = S_sample(0);
    rg_buf b = RG_BUF_INIT;
    rg_render_opts o = RG_RENDER_OPTS_INIT;
    ck_assert_int_eq(rg_render_lookup("csv")(g, &o, &b), RG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(rg_error_last(), "nodes.csv and edges.csv"));
    ck_assert_uint_eq(b.len, 0);
    rg_buf_free(&b);
    rg_graph_free(g);
}
END_TEST

/* ========================================================= JSON Lines */

START_TEST(test_jsonl)
{
    rg_graph *g = S_sample(0);
    char *x = S_render(rg_render_jsonl, g);
    ck_assert(S_utf8_valid(x));
    ck_assert(S_no_controls(x, "\n"));
    ck_assert_uint_eq(rg_test_count(x, "\n"), 3); /* three evidence items */
    static const char *const keys[] = {"source", "target", "kind", "actor", "recipient", "doc", "date", "sentence", "text"};
    json_t *items[3];
    const char *line = x;
    for (int i = 0; i < 3; i++) {
        const char *nl = strchr(line, '\n');
        json_error_t err;
        items[i] = json_loadb(line, (size_t)(nl - line), JSON_REJECT_DUPLICATES, &err);
        ck_assert_msg(items[i] != NULL, "line %d: %s", i + 1, err.text);
        ck_assert_uint_eq(json_object_size(items[i]), 9);
        /* keys in the documented order */
        const char *p = line;
        for (int k = 0; k < 9; k++) {
            char q[32];
            snprintf(q, sizeof q, "\"%s\": ", keys[k]);
            const char *at = strstr(p, q);
            ck_assert_msg(at && at < nl, "line %d: key %s missing or out of order", i + 1, keys[k]);
            p = at;
        }
        line = nl + 1;
    }
    /* 1: Lavrov consults (directed), 2: co-occurrence, 3: hostile threat */
    ck_assert_str_eq(json_string_value(json_object_get(items[0], "source")), "country:RUS");
    ck_assert_str_eq(json_string_value(json_object_get(items[0], "target")), "person:sergei-lavrov");
    ck_assert_str_eq(json_string_value(json_object_get(items[0], "kind")), "consult");
    ck_assert_str_eq(json_string_value(json_object_get(items[0], "actor")), "person:sergei-lavrov");
    ck_assert_str_eq(json_string_value(json_object_get(items[0], "recipient")), "country:RUS");
    ck_assert_str_eq(json_string_value(json_object_get(items[0], "doc")), "000_a.txt");
    ck_assert_int_eq(json_integer_value(json_object_get(items[0], "sentence")), 3);
    ck_assert_str_eq(json_string_value(json_object_get(items[0], "date")), "2016-03-24");
    ck_assert(json_is_null(json_object_get(items[1], "date"))); /* undated */
    ck_assert(json_is_integer(json_object_get(items[0], "sentence")));
    ck_assert_str_eq(json_string_value(json_object_get(items[1], "kind")), "cooccurrence");
    ck_assert(json_is_null(json_object_get(items[1], "actor")));
    ck_assert(json_is_null(json_object_get(items[1], "recipient")));
    ck_assert_int_eq(json_integer_value(json_object_get(items[1], "sentence")), 0);
    ck_assert_str_eq(json_string_value(json_object_get(items[2], "target")), S_HOSTILE_ID);
    ck_assert_str_eq(json_string_value(json_object_get(items[2], "actor")), S_HOSTILE_ID);
    ck_assert_str_eq(json_string_value(json_object_get(items[2], "recipient")), "country:USA");
    ck_assert_str_eq(json_string_value(json_object_get(items[2], "doc")), "002_\"c\".txt");
    ck_assert_str_eq(json_string_value(json_object_get(items[2], "text")), S_HOSTILE_JSON_TEXT);
    for (int i = 0; i < 3; i++) json_decref(items[i]);
    free(x);
    rg_graph_free(g);

    g = rg_graph_new();
    rg_graph_finish(g);
    x = S_render(rg_render_jsonl, g);
    ck_assert_str_eq(x, "");
    free(x);
    rg_graph_free(g);
}
END_TEST

/* ===================================================== every format */

/* Every new format: same graph, same bytes, whatever the order it was
 * built in; and rendering appends (it never clears what is there). */
START_TEST(test_deterministic)
{
    rg_render_fn fns[] = {rg_render_graphml, rg_render_gexf, rg_render_gexf_1_2, rg_render_csv_nodes,
                          rg_render_csv_edges, rg_render_csv_nodes_neo4j, rg_render_csv_edges_neo4j,
                          rg_render_jsonl};
    rg_graph *a = S_sample(0), *b = S_sample(1);
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
        char *x = S_render(fns[i], a), *y = S_render(fns[i], a), *z = S_render(fns[i], b);
        ck_assert_msg(strcmp(x, y) == 0, "format %zu: two renderings differ", i);
        ck_assert_msg(strcmp(x, z) == 0, "format %zu: insertion order changes the bytes", i);
        rg_buf buf = RG_BUF_INIT;
        rg_buf_puts(&buf, "KEEP");
        rg_render_opts o = RG_RENDER_OPTS_INIT;
        ck_assert_int_eq(fns[i](a, &o, &buf), RG_OK);
        ck_assert(strncmp(buf.ptr, "KEEP", 4) == 0 && strcmp(buf.ptr + 4, x) == 0);
        rg_buf_free(&buf);
        free(x);
        free(y);
        free(z);
    }
    rg_graph_free(a);
    rg_graph_free(b);
}
END_TEST

START_TEST(test_format_table)
{
    ck_assert(rg_render_lookup("graphml") == rg_render_graphml);
    ck_assert(rg_render_lookup("gexf") == rg_render_gexf);
    ck_assert(rg_render_lookup("csv") == rg_render_csv);
    ck_assert(rg_render_lookup("jsonl") == rg_render_jsonl);
    ck_assert(rg_render_lookup("json") == rg_render_json); /* the old ones stay */
    ck_assert(rg_render_lookup("GraphML") == NULL);
    ck_assert_str_eq(rg_render_formats(), "json, dot, svg, png, pdf, graphml, gexf, csv, jsonl");
    ck_assert_str_eq(rg_format_from_path("out/g.graphml"), "graphml");
    ck_assert_str_eq(rg_format_from_path("G.GEXF"), "gexf");
    ck_assert_str_eq(rg_format_from_path("dir.x/nodes.csv"), "csv");
    ck_assert_str_eq(rg_format_from_path("evidence.jsonl"), "jsonl");
    ck_assert_str_eq(rg_format_from_path("graph.json"), "json");
    ck_assert_ptr_null(rg_format_from_path("a.csv/graph"));
    ck_assert_ptr_null(rg_format_from_path(".gexf"));
}
END_TEST

/* ============================================================== output */

START_TEST(test_output_write_files)
{
    char dir[] = "/tmp/rg_formats_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char a[256], b[256], missing[256];
    snprintf(a, sizeof a, "%s/nodes.csv", dir);
    snprintf(b, sizeof b, "%s/edges.csv", dir);
    snprintf(missing, sizeof missing, "%s/no/such/dir/edges.csv", dir);

    /* both written */
    const char *paths[2] = {a, b};
    const char *data[2] = {"n1\r\n", "e1\r\n"};
    const size_t lens[2] = {4, 4};
    ck_assert_int_eq(rg_output_write_files(2, paths, data, lens), RG_OK);
    rg_test_check_file(a, "n1\r\n");
    rg_test_check_file(b, "e1\r\n");

    /* the second cannot be written: neither changes, no temporary left */
    const char *paths2[2] = {a, missing};
    const char *data2[2] = {"NEW", "NEW"};
    const size_t lens2[2] = {3, 3};
    ck_assert_int_eq(rg_output_write_files(2, paths2, data2, lens2), RG_EIO);
    ck_assert_ptr_nonnull(strstr(rg_error_last(), missing));
    rg_test_check_file(a, "n1\r\n");
    ck_assert_uint_eq(rg_test_dir_entries(dir), 2);

    /* standard output is refused */
    const char *paths3[2] = {a, "-"};
    ck_assert_int_eq(rg_output_write_files(2, paths3, data2, lens2), RG_EUSAGE);
    rg_test_check_file(a, "n1\r\n");

    /* a device is written in place */
    const char *paths4[2] = {a, "/dev/null"};
    ck_assert_int_eq(rg_output_write_files(2, paths4, data2, lens2), RG_OK);
    rg_test_check_file(a, "NEW");
    ck_assert_uint_eq(rg_test_dir_entries(dir), 2);

    unlink(a);
    unlink(b);
    rmdir(dir);
}
END_TEST

/* rg_output_write still writes one file whole after the refactoring. */
START_TEST(test_output_write_one)
{
    char dir[] = "/tmp/rg_formats_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char a[256];
    snprintf(a, sizeof a, "%s/g.graphml", dir);
    ck_assert_int_eq(rg_output_write(a, "<x/>", 4), RG_OK);
    rg_test_check_file(a, "<x/>");
    ck_assert_int_eq(rg_output_write(dir, "y", 1), RG_EIO); /* a directory */
    ck_assert_uint_eq(rg_test_dir_entries(dir), 1);
    unlink(a);
    rmdir(dir);
}
END_TEST

/* =============================================================== suite */

Suite *rg_suite_formats(void)
{
    Suite *s = suite_create("formats");
    TCase *tc = tcase_create("escape");
    tcase_add_test(tc, test_escape_xml);
    tcase_add_test(tc, test_escape_json);
    tcase_add_test(tc, test_escape_csv);
    tcase_add_test(tc, test_escape_invalid_utf8);
    tcase_add_test(tc, test_escape_list_kinds);
    suite_add_tcase(s, tc);

    tc = tcase_create("graphml");
    tcase_add_test(tc, test_graphml_shape);
    tcase_add_test(tc, test_graphml_empty);
    suite_add_tcase(s, tc);

    tc = tcase_create("gexf");
    tcase_add_test(tc, test_gexf_shape);
    tcase_add_test(tc, test_gexf_1_2);
    tcase_add_test(tc, test_gexf_empty);
    tcase_add_test(tc, test_gexf_community);
    suite_add_tcase(s, tc);

    tc = tcase_create("csv");
    tcase_add_test(tc, test_csv_nodes);
    tcase_add_test(tc, test_csv_edges);
    tcase_add_test(tc, test_csv_neo4j);
    tcase_add_test(tc, test_csv_one_buffer);
    suite_add_tcase(s, tc);

    tc = tcase_create("jsonl");
    tcase_add_test(tc, test_jsonl);
    suite_add_tcase(s, tc);

    tc = tcase_create("all");
    tcase_add_test(tc, test_deterministic);
    tcase_add_test(tc, test_format_table);
    tcase_add_test(tc, test_output_write_files);
    tcase_add_test(tc, test_output_write_one);
    suite_add_tcase(s, tc);
    return s;
}
