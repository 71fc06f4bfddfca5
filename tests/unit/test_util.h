/*
 * test_util.h: small helpers shared by the unit suites (test_util.c):
 * rendering into a string, counting substrings, reading a file or a
 * folder back, the ids of a graph as one string (and a filter's result
 * checked against them), graph JSON that must be refused, two small
 * graphs that several suites build, and the seeded random numbers of the
 * randomized tests. A helper that can fail fails the running test
 * (ck_assert), with a message that names what it was given.
 */
#ifndef RG_TEST_UTIL_H
#define RG_TEST_UTIL_H

#include <stddef.h>
#include <stdint.h>

#include "export.h"

/* fn's rendering of g with o (NULL as fn takes it); fails the test when
 * fn does not return RG_OK. Caller frees. */
char *rg_test_render(rg_render_fn fn, const rg_graph *g, const rg_render_opts *o);

/* How many times needle occurs in hay, overlapping occurrences included. */
size_t rg_test_count(const char *hay, const char *needle);

/* The whole file at path, NUL-terminated; fails the test when it cannot
 * be opened. Caller frees. */
char *rg_test_slurp(const char *path);

/* Fails the test unless the file at path holds exactly the string want. */
void rg_test_check_file(const char *path, const char *want);

/* How many entries folder dir holds besides "." and ".."; fails the test
 * when it cannot be opened. */
size_t rg_test_dir_entries(const char *dir);

/* The ids of g's nodes in index order, separated by spaces, into buf of
 * size bytes; fails the test when they do not fit. */
void rg_test_node_ids(const rg_graph *g, char *buf, size_t size);

/* g's links in index order as "source-target" (node ids), separated by
 * spaces, into buf of size bytes; fails the test when they do not fit. */
void rg_test_link_ids(const rg_graph *g, char *buf, size_t size);

/* g filtered with f, after checking its node ids (rg_test_node_ids)
 * against want_nodes and, unless want_links is NULL, its links
 * (rg_test_link_ids) against want_links; step names the case in failure
 * messages. Caller frees. */
rg_graph *rg_test_filtered(const rg_graph *g, const rg_filter *f, const char *step, const char *want_nodes,
                           const char *want_links);

/* rg_test_filtered, for a test that needs nothing more of the result. */
void rg_test_check_filter(const rg_graph *g, const rg_filter *f, const char *step, const char *want_nodes,
                          const char *want_links);

/* Fails the test unless rg_graph_read_json_mem refuses json, read as
 * "bad.json": RG_EINPUT, *out reset to NULL, and a message that names
 * the file and holds expect. case_no names the case in failure messages. */
void rg_test_check_json_refused(const char *json, const char *expect, int case_no);

/* An unfinished graph of two persons, "person:a" (node 0) and "person:b"
 * (node 1), and one link between them (link 0) with co-occurrence 1 in
 * one document. The caller adds what its test needs, then finishes it. */
rg_graph *rg_test_pair(void);

/* An unfinished graph of six persons "person:a".."person:f" (nodes 0..5):
 * two triangles a-b-c and d-e-f whose links have co-occurrence 5, joined
 * by the link c-d with co-occurrence bridge (all in one document). */
rg_graph *rg_test_two_triangles(long bridge);

/* xorshift64*: the next number after *state, the same on every platform
 * for a given seed (the seed must not be 0). */
uint64_t rg_test_rng_next(uint64_t *state);

/* A number in [0, n) from rg_test_rng_next(state); n > 0. */
size_t rg_test_rng_below(uint64_t *state, size_t n);

#endif
