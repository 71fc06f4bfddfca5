/*
 * test_util.c: small helpers shared by the unit suites (see test_util.h).
 */
#include "test_util.h"

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *rg_test_render(rg_render_fn fn, const rg_graph *g, const rg_render_opts *o)
{
    rg_buf b = RG_BUF_INIT;
    int rc = fn(g, o, &b);
    ck_assert_msg(rc == RG_OK, "render failed: %d %s", rc, rg_error_last());
    return rg_buf_detach(&b);
}

size_t rg_test_count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle)) n++;
    return n;
}

char *rg_test_slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    rg_buf b = RG_BUF_INIT;
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) rg_buf_put(&b, chunk, n);
    fclose(f);
    return rg_buf_detach(&b);
}

void rg_test_check_file(const char *path, const char *want)
{
    char *got = rg_test_slurp(path);
    ck_assert_msg(strcmp(got, want) == 0, "%s holds \"%s\", expected \"%s\"", path, got, want);
    free(got);
}

size_t rg_test_dir_entries(const char *dir)
{
    size_t n = 0;
    DIR *d = opendir(dir);
    ck_assert_msg(d != NULL, "cannot open folder %s", dir);
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) n++;
    closedir(d);
    return n;
}

/* Appends sep, a, b and c at buf + *used, failing the test when they do
 * not fit in size bytes. */
static void S_append(char *buf, size_t size, size_t *used, const char *sep, const char *a, const char *b,
                     const char *c)
{
    int n = snprintf(buf + *used, size - *used, "%s%s%s%s", sep, a, b, c);
    ck_assert_msg(n > 0 && (size_t)n < size - *used, "ids do not fit in %zu bytes", size);
    *used += (size_t)n;
}

void rg_test_node_ids(const rg_graph *g, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < rg_graph_node_count(g); i++)
        S_append(buf, size, &used, i ? " " : "", rg_graph_node(g, i)->id, "", "");
}

void rg_test_link_ids(const rg_graph *g, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < rg_graph_link_count(g); i++) {
        const rg_link *l = rg_graph_link(g, i);
        S_append(buf, size, &used, i ? " " : "", rg_graph_node(g, l->source)->id, "-",
                 rg_graph_node(g, l->target)->id);
    }
}

rg_graph *rg_test_filtered(const rg_graph *g, const rg_filter *f, const char *step, const char *want_nodes,
                           const char *want_links)
{
    rg_graph *w = rg_graph_filter(g, f);
    char got[512];
    rg_test_node_ids(w, got, sizeof got);
    ck_assert_msg(strcmp(got, want_nodes) == 0, "%s: nodes \"%s\", expected \"%s\"", step, got, want_nodes);
    if (want_links) {
        rg_test_link_ids(w, got, sizeof got);
        ck_assert_msg(strcmp(got, want_links) == 0, "%s: links \"%s\", expected \"%s\"", step, got, want_links);
    }
    return w;
}

void rg_test_check_filter(const rg_graph *g, const rg_filter *f, const char *step, const char *want_nodes,
                          const char *want_links)
{
    rg_graph_free(rg_test_filtered(g, f, step, want_nodes, want_links));
}

void rg_test_check_json_refused(const char *json, const char *expect, int case_no)
{
    rg_graph *g = (rg_graph *)&g; /* must be reset to NULL */
    rg_error_clear();
    int rc = rg_graph_read_json_mem(&g, json, strlen(json), "bad.json");
    ck_assert_msg(rc == RG_EINPUT, "case %d: rc %d for %s", case_no, rc, json);
    ck_assert_ptr_null(g);
    const char *msg = rg_error_last();
    ck_assert_msg(strncmp(msg, "bad.json", 8) == 0, "case %d: message does not name the file: %s", case_no, msg);
    ck_assert_msg(strstr(msg, expect) != NULL, "case %d: message '%s' lacks '%s'", case_no, msg, expect);
}

rg_graph *rg_test_pair(void)
{
    rg_graph *g = rg_graph_new();
    size_t a = rg_graph_node_add(g, "person:a", RG_PERSON, NULL);
    size_t b = rg_graph_node_add(g, "person:b", RG_PERSON, NULL);
    rg_graph_link_add_counts(g, rg_graph_link_add(g, a, b), 1, 1);
    return g;
}

rg_graph *rg_test_two_triangles(long bridge)
{
    static const char *const ids[6] = {"person:a", "person:b", "person:c", "person:d", "person:e", "person:f"};
    static const int e[7][2] = {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}};
    rg_graph *g = rg_graph_new();
    size_t v[6];
    for (int i = 0; i < 6; i++) v[i] = rg_graph_node_add(g, ids[i], RG_PERSON, NULL);
    for (int i = 0; i < 7; i++)
        rg_graph_link_add_counts(g, rg_graph_link_add(g, v[e[i][0]], v[e[i][1]]), i < 6 ? 5 : bridge, 1);
    return g;
}

uint64_t rg_test_rng_next(uint64_t *state)
{
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    return *state * 2685821657736338717ULL;
}

size_t rg_test_rng_below(uint64_t *state, size_t n) { return (size_t)(rg_test_rng_next(state) % n); }
