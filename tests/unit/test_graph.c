/*
 * test_graph.c: Check suite "graph" for graph/: the model (model.c), the
 * filter (filter.c) and the igraph statistics (analyze.c).
 *
 * Analysis tests use small graphs whose answers are known by hand: a star
 * (its centre lies on every shortest path, normalised betweenness 1), a
 * weighted triangle (a strong two-hop path beats a weak direct link), two
 * triangles joined by a bridge (two communities, modularity 5/14), plus
 * the empty graph and graphs without links.
 */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "graph.h"
#include "graph_private.h"
#include "suites.h"
#include "test_util.h"

#define NONE ((size_t)-1)

/* ------------------------------------------------------------- helpers */

typedef struct {
    int a, b;
    long w;
} S_edge;

/* Adds the links edges[0..m) to g, each with cooccurrence = w in one
 * document. */
static void S_link_all(rg_graph *g, const S_edge *edges, size_t m)
{
    for (size_t k = 0; k < m; k++) {
        size_t l = rg_graph_link_add(g, (size_t)edges[k].a, (size_t)edges[k].b);
        rg_graph_link_add_counts(g, l, edges[k].w, 1);
    }
}

/* A finished graph of n person nodes "n00".."n(n-1)" (so node i is index
 * i after finishing) and the given links, each with cooccurrence = w. */
static rg_graph *S_make(size_t n, const S_edge *edges, size_t m)
{
    rg_graph *g = rg_graph_new();
    char id[32];
    for (size_t i = 0; i < n; i++) {
        snprintf(id, sizeof id, "n%02zu", i);
        rg_graph_node_add(g, id, RG_PERSON, NULL);
    }
    S_link_all(g, edges, m);
    rg_graph_finish(g);
    return g;
}

static rg_stats *S_stats(const rg_graph *g, unsigned long seed)
{
    rg_stats *s = NULL;
    int rc = rg_stats_compute(&s, g, seed);
    ck_assert_msg(rc == RG_OK, "rg_stats_compute: %d %s", rc, rg_error_last());
    ck_assert_ptr_nonnull(s);
    return s;
}

/* A graph, its statistics and the two tables of them the tests read. */
typedef struct {
    rg_graph *g;
    rg_stats *s;
    const rg_graph_summary *sum;
    const rg_node_stats *ns;
} S_analysis;

/* The statistics of g with seed (see S_stats); takes ownership of g, and
 * S_analysis_free frees both. */
static S_analysis S_analyze(rg_graph *g, unsigned long seed)
{
    S_analysis a = {g, S_stats(g, seed), NULL, NULL};
    a.sum = rg_stats_summary(a.s);
    a.ns = rg_stats_nodes(a.s);
    return a;
}

static void S_analysis_free(S_analysis *a)
{
    rg_stats_free(a->s);
    rg_graph_free(a->g);
}

static rg_evidence S_ev(const char *text, int kind)
{
    rg_evidence e = {"doc.txt", 0, kind, NULL, text, 0};
    return e;
}

/* ---------------------------------------------------------------- model */

START_TEST(model_node_add)
{
    rg_graph *g = rg_graph_new();
    int created = -1;
    size_t a = rg_graph_node_add(g, "country:RUS", RG_COUNTRY, &created);
    ck_assert_int_eq(created, 1);
    size_t b = rg_graph_node_add(g, "country:RUS", RG_PERSON, &created);
    ck_assert_int_eq(created, 0);
    ck_assert_uint_eq(a, b);
    ck_assert_uint_eq(rg_graph_node_count(g), 1);
    const rg_node *n = rg_graph_node(g, a);
    ck_assert_str_eq(n->label, "country:RUS"); /* label defaults to id */
    ck_assert_int_eq(n->type, RG_COUNTRY);      /* first type wins */
    ck_assert_ptr_null(n->code);
    rg_graph_node_set_label(g, a, "Russia");
    rg_graph_node_set_code(g, a, "RUS");
    rg_graph_node_add_counts(g, a, 3, 1);
    rg_graph_node_add_counts(g, a, 2, 1);
    n = rg_graph_node(g, a);
    ck_assert_str_eq(n->label, "Russia");
    ck_assert_str_eq(n->code, "RUS");
    ck_assert_int_eq(n->mentions, 5);
    ck_assert_int_eq(n->documents, 2);
    ck_assert_uint_eq(rg_graph_find(g, "country:RUS"), a);
    ck_assert_uint_eq(rg_graph_find(g, "country:USA"), NONE);
    rg_graph_free(g);
}
END_TEST

START_TEST(model_alias_dedup)
{
    rg_graph *g = rg_graph_new();
    size_t a = rg_graph_node_add(g, "person:sergei-lavrov", RG_PERSON, NULL);
    rg_graph_node_set_label(g, a, "Sergei Lavrov");
    rg_graph_node_add_alias(g, a, "Lavrov", 2);
    rg_graph_node_add_alias(g, a, "Sergey Lavrov", 1);
    rg_graph_node_add_alias(g, a, "Lavrov", 3);
    rg_graph_node_add_alias(g, a, "Sergei Lavrov", 4); /* = label: dropped by finish */
    rg_graph_node_add_role(g, a, "Foreign Minister");
    rg_graph_node_add_role(g, a, "Diplomat");
    rg_graph_node_add_role(g, a, "Foreign Minister");
    rg_graph_finish(g);
    const rg_node *n = rg_graph_node(g, 0);
    ck_assert_uint_eq(n->n_aliases, 2);
    ck_assert_str_eq(n->aliases[0], "Lavrov");
    ck_assert_str_eq(n->aliases[1], "Sergey Lavrov");
    ck_assert_int_eq(rg_graph__alias_counts(g, 0)[0], 5);
    ck_assert_int_eq(rg_graph__alias_counts(g, 0)[1], 1);
    ck_assert_uint_eq(n->n_roles, 2);
    ck_assert_str_eq(n->roles[0], "Diplomat");
    ck_assert_str_eq(n->roles[1], "Foreign Minister");
    rg_graph_free(g);
}
END_TEST

START_TEST(model_finish_sorts)
{
    rg_graph *g = rg_graph_new();
    size_t c = rg_graph_node_add(g, "country:USA", RG_COUNTRY, NULL);
    size_t a = rg_graph_node_add(g, "country:FRA", RG_COUNTRY, NULL);
    size_t b = rg_graph_node_add(g, "country:RUS", RG_COUNTRY, NULL);
    size_t l1 = rg_graph_link_add(g, c, a); /* USA-FRA */
    size_t l2 = rg_graph_link_add(g, b, c); /* RUS-USA */
    size_t l3 = rg_graph_link_add(g, a, b); /* FRA-RUS */
    ck_assert_uint_eq(rg_graph_link_add(g, a, c), l1); /* either order, same link */
    rg_graph_link_add_counts(g, l1, 1, 1);
    rg_graph_link_add_counts(g, l2, 2, 1);
    rg_graph_link_add_counts(g, l3, 3, 1);
    rg_graph_finish(g);

    ck_assert_str_eq(rg_graph_node(g, 0)->id, "country:FRA");
    ck_assert_str_eq(rg_graph_node(g, 1)->id, "country:RUS");
    ck_assert_str_eq(rg_graph_node(g, 2)->id, "country:USA");
    ck_assert_uint_eq(rg_graph_find(g, "country:USA"), 2);
    ck_assert_uint_eq(rg_graph_link_count(g), 3);
    /* links sorted by (source, target), source < target, counts followed */
    static const struct { size_t s, t; long w; } want[] = {{0, 1, 3}, {0, 2, 1}, {1, 2, 2}};
    for (size_t i = 0; i < 3; i++) {
        const rg_link *l = rg_graph_link(g, i);
        ck_assert_uint_eq(l->source, want[i].s);
        ck_assert_uint_eq(l->target, want[i].t);
        ck_assert_int_eq(l->cooccurrence, want[i].w);
        ck_assert_int_lt(strcmp(rg_graph_node(g, l->source)->id, rg_graph_node(g, l->target)->id), 0);
    }
    /* the pair index follows the new order */
    ck_assert_uint_eq(rg_graph_link_add(g, 2, 1), 2);
    ck_assert_uint_eq(rg_graph_link_count(g), 3);
    rg_graph_finish(g); /* idempotent */
    ck_assert_str_eq(rg_graph_node(g, 0)->id, "country:FRA");
    ck_assert_int_eq(rg_graph_link(g, 0)->cooccurrence, 3);
    rg_graph_free(g);
}
END_TEST

START_TEST(model_weight)
{
    rg_graph *g = rg_graph_new();
    size_t a = rg_graph_node_add(g, "a", RG_PERSON, NULL);
    size_t b = rg_graph_node_add(g, "b", RG_PERSON, NULL);
    size_t c = rg_graph_node_add(g, "c", RG_PERSON, NULL);
    size_t l = rg_graph_link_add(g, a, b);
    rg_graph_link_add_counts(g, l, 4, 2);
    rg_graph_link_add_interaction(g, l, RG_CONSULT, 2);
    rg_graph_link_add_interaction(g, l, RG_ACCUSE, 1);
    size_t l2 = rg_graph_link_add(g, b, c);
    rg_graph_link_add_counts(g, l2, 4, 2);
    rg_graph_link_set_weight(g, l2, 42); /* as read from JSON: kept */
    rg_graph_finish(g);
    ck_assert_int_eq(rg_graph_link(g, 0)->weight, 7);
    ck_assert_int_eq(rg_graph_link(g, 0)->interactions[RG_CONSULT], 2);
    ck_assert_int_eq(rg_graph_link(g, 1)->weight, 42);
    rg_graph_free(g);
}
END_TEST

START_TEST(model_evidence_cap)
{
    rg_graph *g = rg_graph_new();
    rg_graph_set_evidence_cap(g, 2);
    size_t a = rg_graph_node_add(g, "a", RG_PERSON, NULL);
    size_t b = rg_graph_node_add(g, "b", RG_PERSON, NULL);
    size_t l = rg_graph_link_add(g, a, b);
    rg_evidence e1 = S_ev("co 1", -1), e2 = S_ev("co 2", -1), e3 = S_ev("met", RG_CONSULT);
    rg_evidence e4 = S_ev("co 4", -1), e5 = S_ev("accused", RG_ACCUSE), e6 = S_ev("signed", RG_AGREE);
    e3.source = "a";
    rg_graph_link_add_evidence(g, l, &e1);
    rg_graph_link_add_evidence(g, l, &e2);
    rg_graph_link_add_evidence(g, l, &e3); /* displaces the latest co-occurrence */
    rg_graph_link_add_evidence(g, l, &e4); /* full: dropped */
    const rg_link *v = rg_graph_link(g, l);
    ck_assert_uint_eq(v->n_evidence, 2);
    ck_assert_str_eq(v->evidence[0].text, "co 1");
    ck_assert_str_eq(v->evidence[1].text, "met");
    ck_assert_str_eq(v->evidence[1].source, "a");
    ck_assert_ptr_null(v->evidence[0].source);
    rg_graph_link_add_evidence(g, l, &e5); /* displaces "co 1" */
    rg_graph_link_add_evidence(g, l, &e6); /* only interactions left: dropped */
    v = rg_graph_link(g, l);
    ck_assert_uint_eq(v->n_evidence, 2);
    ck_assert_str_eq(v->evidence[0].text, "met");
    ck_assert_str_eq(v->evidence[1].text, "accused");
    ck_assert_int_eq(v->evidence[1].kind, RG_ACCUSE);
    rg_graph_free(g);
}
END_TEST

START_TEST(model_lookup)
{
    static const struct {
        const char *id;
        rg_type type;
        const char *label, *alias;
    } nodes[] = {
        {"country:RUS", RG_COUNTRY, "Russia", "Russian Federation"},
        {"person:sergei-lavrov", RG_PERSON, "Sergei Lavrov", "Lavrov"},
        {"person:anna-lavrov", RG_PERSON, "Anna Lavrov", "Lavrov"},
        {"group:russia", RG_GROUP, "Russia Today", "Russia"},
    };
    rg_graph *g = rg_graph_new();
    for (size_t i = 0; i < sizeof nodes / sizeof nodes[0]; i++) {
        size_t n = rg_graph_node_add(g, nodes[i].id, nodes[i].type, NULL);
        rg_graph_node_set_label(g, n, nodes[i].label);
        rg_graph_node_add_alias(g, n, nodes[i].alias, 0);
    }
    rg_graph_finish(g);

    static const struct {
        const char *name, *want; /* want: the id found, NULL for none */
    } lookups[] = {
        {"country:RUS", "country:RUS"},                /* id */
        {"russia", "country:RUS"},                     /* label beats alias */
        {"RUSSIAN FEDERATION", "country:RUS"},         /* alias, any case */
        {"sergei lavrov", "person:sergei-lavrov"},
        {"Lavrov", NULL},                              /* ambiguous */
        {"Moscow", NULL},
    };
    for (size_t i = 0; i < sizeof lookups / sizeof lookups[0]; i++) {
        size_t want = lookups[i].want ? rg_graph_find(g, lookups[i].want) : NONE;
        size_t got = rg_graph_lookup(g, lookups[i].name);
        ck_assert_msg(got == want, "rg_graph_lookup(\"%s\") = %zu, expected %zu (%s)", lookups[i].name, got, want,
                      lookups[i].want ? lookups[i].want : "none");
    }
    rg_graph_free(g);
}
END_TEST

/* --------------------------------------------------------------- filter */

/* country:RUS -- person:lavrov (w 5, consult), person:lavrov --
 * person:kerry (w 2), country:RUS -- group:nato (w 1), plus an isolated
 * place. */
static rg_graph *S_news(void)
{
    rg_graph *g = rg_graph_new();
    rg_graph_set_window(g, "paragraph");
    rg_graph_set_documents(g, 3);
    size_t rus = rg_graph_node_add(g, "country:RUS", RG_COUNTRY, NULL);
    rg_graph_node_set_label(g, rus, "Russia");
    rg_graph_node_set_code(g, rus, "RUS");
    rg_graph_node_add_alias(g, rus, "Russian Federation", 7);
    rg_graph_node_add_counts(g, rus, 10, 3);
    size_t lav = rg_graph_node_add(g, "person:sergei-lavrov", RG_PERSON, NULL);
    rg_graph_node_set_label(g, lav, "Sergei Lavrov");
    rg_graph_node_add_alias(g, lav, "Lavrov", 4);
    rg_graph_node_add_role(g, lav, "Foreign Minister");
    rg_graph_node_set_affiliation(g, lav, "country:RUS");
    rg_graph_node_add_counts(g, lav, 6, 2);
    size_t ker = rg_graph_node_add(g, "person:john-kerry", RG_PERSON, NULL);
    rg_graph_node_set_label(g, ker, "John Kerry");
    size_t nato = rg_graph_node_add(g, "group:nato", RG_GROUP, NULL);
    rg_graph_node_set_label(g, nato, "NATO");
    rg_graph_node_add(g, "place:moscow", RG_PLACE, NULL);

    size_t l = rg_graph_link_add(g, rus, lav);
    rg_graph_link_add_counts(g, l, 3, 2);
    rg_graph_link_add_interaction(g, l, RG_CONSULT, 2);
    rg_evidence ev = S_ev("Lavrov met Russian officials.", RG_CONSULT);
    ev.source = "person:sergei-lavrov";
    rg_graph_link_add_evidence(g, l, &ev);
    l = rg_graph_link_add(g, lav, ker);
    rg_graph_link_add_counts(g, l, 2, 1);
    l = rg_graph_link_add(g, rus, nato);
    rg_graph_link_add_counts(g, l, 1, 1);
    rg_graph_finish(g);
    return g;
}

START_TEST(filter_none_copies_all)
{
    rg_graph *g = S_news();
    rg_graph *f = rg_graph_filter(g, NULL);
    ck_assert_uint_eq(rg_graph_node_count(f), 5);
    ck_assert_uint_eq(rg_graph_link_count(f), 3);
    ck_assert_str_eq(rg_graph_window(f), "paragraph");
    ck_assert_int_eq(rg_graph_documents(f), 3);
    for (size_t i = 0; i < 5; i++)
        ck_assert_str_eq(rg_graph_node(f, i)->id, rg_graph_node(g, i)->id);

    const rg_node *lav = rg_graph_node(f, rg_graph_find(f, "person:sergei-lavrov"));
    ck_assert_str_eq(lav->label, "Sergei Lavrov");
    ck_assert_uint_eq(lav->n_aliases, 1);
    ck_assert_str_eq(lav->aliases[0], "Lavrov");
    ck_assert_int_eq(rg_graph__alias_counts(f, rg_graph_find(f, "person:sergei-lavrov"))[0], 4);
    ck_assert_uint_eq(lav->n_roles, 1);
    ck_assert_str_eq(lav->roles[0], "Foreign Minister");
    ck_assert_str_eq(lav->affiliation, "country:RUS");
    ck_assert_int_eq(lav->mentions, 6);
    ck_assert_int_eq(lav->documents, 2);
    const rg_node *rus = rg_graph_node(f, rg_graph_find(f, "country:RUS"));
    ck_assert_str_eq(rus->code, "RUS");

    for (size_t i = 0; i < 3; i++) {
        const rg_link *a = rg_graph_link(g, i), *b = rg_graph_link(f, i);
        ck_assert_uint_eq(a->source, b->source);
        ck_assert_uint_eq(a->target, b->target);
        ck_assert_int_eq(a->weight, b->weight);
        ck_assert_int_eq(a->cooccurrence, b->cooccurrence);
        ck_assert_int_eq(a->documents, b->documents);
        ck_assert_mem_eq(a->interactions, b->interactions, sizeof a->interactions);
        ck_assert_uint_eq(a->n_evidence, b->n_evidence);
        for (size_t e = 0; e < a->n_evidence; e++) {
            ck_assert_str_eq(a->evidence[e].text, b->evidence[e].text);
            ck_assert_str_eq(a->evidence[e].doc, b->evidence[e].doc);
            ck_assert_pstr_eq(a->evidence[e].source, b->evidence[e].source);
            ck_assert_int_eq(a->evidence[e].kind, b->evidence[e].kind);
        }
    }
    rg_graph_free(f);
    /* the source is untouched and independent of the copy */
    ck_assert_uint_eq(rg_graph_node_count(g), 5);
    ck_assert_uint_eq(rg_graph_link(g, 1)->n_evidence, 1); /* RUS-NATO sorts first */
    ck_assert_str_eq(rg_graph_link(g, 1)->evidence[0].text, "Lavrov met Russian officials.");
    rg_graph_free(g);
}
END_TEST

START_TEST(filter_types)
{
    rg_graph *g = S_news();
    rg_filter fl = RG_FILTER_INIT;
    fl.types = 1u << RG_PERSON;
    rg_graph *f = rg_graph_filter(g, &fl);
    ck_assert_uint_eq(rg_graph_node_count(f), 2);
    ck_assert_str_eq(rg_graph_node(f, 0)->id, "person:john-kerry");
    ck_assert_str_eq(rg_graph_node(f, 1)->id, "person:sergei-lavrov");
    ck_assert_uint_eq(rg_graph_link_count(f), 1);
    ck_assert_uint_eq(rg_graph_link(f, 0)->source, 0);
    ck_assert_uint_eq(rg_graph_link(f, 0)->target, 1);
    /* affiliation is an attribute, kept although the country is gone */
    ck_assert_str_eq(rg_graph_node(f, 1)->affiliation, "country:RUS");
    rg_graph_free(f);

    fl.types = RG_TYPES_ACTORS; /* drops the place */
    f = rg_graph_filter(g, &fl);
    ck_assert_uint_eq(rg_graph_node_count(f), 4);
    ck_assert_uint_eq(rg_graph_find(f, "place:moscow"), NONE);
    ck_assert_uint_eq(rg_graph_link_count(f), 3);
    rg_graph_free(f);
    rg_graph_free(g);
}
END_TEST

START_TEST(filter_min_weight_isolates)
{
    rg_graph *g = S_news();
    rg_filter fl = RG_FILTER_INIT;
    fl.min_weight = 2; /* drops RUS-NATO (1); keeps RUS-Lavrov (5), Lavrov-Kerry (2) */
    rg_graph *f = rg_graph_filter(g, &fl);
    ck_assert_uint_eq(rg_graph_link_count(f), 2);
    ck_assert_uint_eq(rg_graph_node_count(f), 5); /* isolates kept */
    rg_graph_free(f);

    fl.drop_isolates = 1;
    f = rg_graph_filter(g, &fl);
    ck_assert_uint_eq(rg_graph_node_count(f), 3);
    ck_assert_uint_eq(rg_graph_find(f, "group:nato"), NONE);
    ck_assert_uint_eq(rg_graph_find(f, "place:moscow"), NONE);
    ck_assert_uint_eq(rg_graph_link_count(f), 2);
    ck_assert_int_eq(rg_graph_link(f, 0)->weight, 5); /* country:RUS < person:... */
    rg_graph_free(f);

    fl.min_weight = 100;
    f = rg_graph_filter(g, &fl);
    ck_assert_uint_eq(rg_graph_node_count(f), 0);
    ck_assert_uint_eq(rg_graph_link_count(f), 0);
    rg_graph_free(f);
    rg_graph_free(g);
}
END_TEST

START_TEST(filter_empty)
{
    rg_graph *g = rg_graph_new();
    rg_filter fl = RG_FILTER_INIT;
    fl.min_weight = 1;
    fl.types = RG_TYPES_ACTORS;
    fl.drop_isolates = 1;
    rg_graph *f = rg_graph_filter(g, &fl);
    ck_assert_uint_eq(rg_graph_node_count(f), 0);
    rg_graph_free(f);
    rg_graph_free(g);
}
END_TEST

/* --------------------------------------------------------------- analyze */

START_TEST(analyze_star)
{
    static const S_edge e[] = {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {0, 4, 1}, {0, 5, 1}};
    S_analysis a = S_analyze(S_make(6, e, 5), 1);
    ck_assert_int_eq(a.ns[0].degree, 5);
    ck_assert_double_eq_tol(a.ns[0].strength, 5.0, 1e-9);
    ck_assert_double_eq_tol(a.ns[0].betweenness, 1.0, 1e-9);
    ck_assert_double_eq_tol(a.ns[0].closeness, 1.0, 1e-9);
    ck_assert_double_eq_tol(a.ns[0].eigenvector, 1.0, 1e-6);
    double pr = 0;
    for (size_t i = 0; i < 6; i++) {
        ck_assert_uint_eq(a.ns[i].node, i);
        ck_assert_int_eq(a.ns[i].core, 1);
        pr += a.ns[i].pagerank;
    }
    ck_assert_double_eq_tol(pr, 1.0, 1e-9);
    for (size_t i = 1; i < 6; i++) {
        ck_assert_int_eq(a.ns[i].degree, 1);
        ck_assert_double_eq_tol(a.ns[i].betweenness, 0.0, 1e-12);
        ck_assert_double_eq_tol(a.ns[i].closeness, 5.0 / 9.0, 1e-9); /* 1 + 4*2 */
        ck_assert_double_eq_tol(a.ns[i].eigenvector, 1.0 / sqrt(5.0), 1e-6);
        ck_assert(a.ns[0].pagerank > a.ns[i].pagerank);
    }
    ck_assert_uint_eq(a.sum->nodes, 6);
    ck_assert_uint_eq(a.sum->links, 5);
    ck_assert_uint_eq(a.sum->nodes_by_type[RG_PERSON], 6);
    ck_assert_uint_eq(a.sum->nodes_by_type[RG_COUNTRY], 0);
    ck_assert_uint_eq(a.sum->interaction_links, 0);
    ck_assert_uint_eq(a.sum->components, 1);
    ck_assert_uint_eq(a.sum->largest_component, 6);
    ck_assert_double_eq_tol(a.sum->density, 5.0 / 15.0, 1e-9);
    S_analysis_free(&a);
}
END_TEST

/* Betweenness uses length 1/weight: two strong ties (10) make a shorter
 * path than one weak direct tie (1), so the middle node carries it. */
START_TEST(analyze_weighted_paths)
{
    static const S_edge e[] = {{0, 1, 10}, {1, 2, 10}, {0, 2, 1}};
    S_analysis a = S_analyze(S_make(3, e, 3), 1);
    ck_assert_double_eq_tol(a.ns[1].betweenness, 1.0, 1e-9);
    ck_assert_double_eq_tol(a.ns[0].betweenness, 0.0, 1e-12);
    ck_assert_double_eq_tol(a.ns[1].strength, 20.0, 1e-9);
    ck_assert_double_eq_tol(a.ns[0].strength, 11.0, 1e-9);
    ck_assert_int_eq(a.ns[0].core, 2);
    ck_assert_double_eq_tol(a.sum->density, 1.0, 1e-9);
    S_analysis_free(&a);
}
END_TEST

static const S_edge S_two_triangles[] = {{0, 1, 1}, {1, 2, 1}, {0, 2, 1},
                                         {3, 4, 1}, {4, 5, 1}, {3, 5, 1}, {2, 3, 1}};

START_TEST(analyze_two_triangles)
{
    S_analysis a = S_analyze(S_make(6, S_two_triangles, 7), 1);
    ck_assert_uint_eq(a.sum->communities, 2);
    ck_assert(a.sum->modularity > 0.3);
    ck_assert_double_eq_tol(a.sum->modularity, 5.0 / 14.0, 1e-9);
    for (size_t i = 0; i < 3; i++) ck_assert_int_eq(a.ns[i].community, 0); /* holds node 0 */
    for (size_t i = 3; i < 6; i++) ck_assert_int_eq(a.ns[i].community, 1);
    /* bridge end 2 lies between {0,1} and {3,4,5}: 6 of C(5,2) = 10 pairs */
    ck_assert_double_eq_tol(a.ns[2].betweenness, 0.6, 1e-9);
    ck_assert_double_eq_tol(a.ns[3].betweenness, 0.6, 1e-9);
    ck_assert_double_eq_tol(a.ns[0].betweenness, 0.0, 1e-12);
    S_analysis_free(&a);
}
END_TEST

START_TEST(analyze_seeded_repeatable)
{
    rg_graph *g = S_make(6, S_two_triangles, 7);
    for (unsigned long seed = 1; seed <= 3; seed++) {
        rg_stats *a = S_stats(g, seed), *b = S_stats(g, seed);
        const rg_node_stats *x = rg_stats_nodes(a), *y = rg_stats_nodes(b);
        for (size_t i = 0; i < 6; i++) {
            ck_assert_int_eq(x[i].community, y[i].community);
            ck_assert_int_eq(x[i].degree, y[i].degree);
            ck_assert_int_eq(x[i].core, y[i].core);
            ck_assert_double_eq(x[i].strength, y[i].strength);
            ck_assert_double_eq(x[i].betweenness, y[i].betweenness);
            ck_assert_double_eq(x[i].closeness, y[i].closeness);
            ck_assert_double_eq(x[i].pagerank, y[i].pagerank);
            /* ARPACK may differ in the last bit between calls in one process */
            ck_assert_double_eq_tol(x[i].eigenvector, y[i].eigenvector, 1e-12);
        }
        ck_assert_mem_eq(rg_stats_summary(a), rg_stats_summary(b), sizeof(rg_graph_summary));
        rg_stats_free(a);
        rg_stats_free(b);
    }
    rg_graph_free(g);
}
END_TEST

/* Communities are numbered by size: the 4-clique (nodes 3..6) is 0 even
 * though the triangle holds node 0. */
START_TEST(analyze_community_order)
{
    static const S_edge e[] = {{0, 1, 1}, {1, 2, 1}, {0, 2, 1},
                               {3, 4, 1}, {3, 5, 1}, {3, 6, 1}, {4, 5, 1}, {4, 6, 1}, {5, 6, 1},
                               {2, 3, 1}};
    S_analysis a = S_analyze(S_make(7, e, 10), 7);
    ck_assert_uint_eq(a.sum->communities, 2);
    for (size_t i = 0; i < 3; i++) ck_assert_int_eq(a.ns[i].community, 1);
    for (size_t i = 3; i < 7; i++) ck_assert_int_eq(a.ns[i].community, 0);
    ck_assert_int_eq(a.ns[4].core, 3);
    ck_assert_int_eq(a.ns[0].core, 2);
    S_analysis_free(&a);
}
END_TEST

START_TEST(analyze_empty)
{
    S_analysis a = S_analyze(S_make(0, NULL, 0), 1);
    ck_assert_uint_eq(a.sum->nodes, 0);
    ck_assert_uint_eq(a.sum->links, 0);
    ck_assert_uint_eq(a.sum->components, 0);
    ck_assert_uint_eq(a.sum->largest_component, 0);
    ck_assert_uint_eq(a.sum->communities, 0);
    ck_assert_double_eq(a.sum->density, 0.0);
    ck_assert_double_eq(a.sum->modularity, 0.0);
    S_analysis_free(&a);
    rg_stats_free(NULL);
}
END_TEST

START_TEST(analyze_no_links)
{
    for (size_t n = 1; n <= 3; n++) {
        S_analysis a = S_analyze(S_make(n, NULL, 0), 1);
        ck_assert_uint_eq(a.sum->components, n);
        ck_assert_uint_eq(a.sum->largest_component, 1);
        ck_assert_uint_eq(a.sum->communities, n);
        ck_assert_double_eq(a.sum->density, 0.0);
        ck_assert_double_eq(a.sum->modularity, 0.0);
        for (size_t i = 0; i < n; i++) {
            ck_assert_int_eq(a.ns[i].degree, 0);
            ck_assert_double_eq(a.ns[i].strength, 0.0);
            ck_assert_double_eq(a.ns[i].betweenness, 0.0);
            ck_assert_double_eq(a.ns[i].closeness, 0.0);
            ck_assert_double_eq(a.ns[i].eigenvector, 0.0);
            ck_assert_int_eq(a.ns[i].core, 0);
            ck_assert_double_eq_tol(a.ns[i].pagerank, 1.0 / (double)n, 1e-9);
            ck_assert_int_eq(a.ns[i].community, (long)i); /* ties by smallest node */
        }
        S_analysis_free(&a);
    }
}
END_TEST

START_TEST(analyze_isolated_components)
{
    static const S_edge e[] = {{0, 1, 2}, {1, 2, 1}};
    S_analysis a = S_analyze(S_make(5, e, 2), 1); /* nodes 3 and 4 are isolated */
    ck_assert_uint_eq(a.sum->components, 3);
    ck_assert_uint_eq(a.sum->largest_component, 3);
    ck_assert_double_eq(a.ns[3].closeness, 0.0);
    ck_assert_double_eq(a.ns[4].eigenvector, 0.0);
    ck_assert_int_eq(a.ns[3].degree, 0);
    ck_assert(a.ns[3].community != a.ns[4].community);
    ck_assert(a.ns[3].community != a.ns[0].community);
    /* 1 of C(4,2) = 6 pairs passes through node 1 */
    ck_assert_double_eq_tol(a.ns[1].betweenness, 1.0 / 6.0, 1e-9);
    S_analysis_free(&a);
}
END_TEST

START_TEST(analyze_zero_weight_link)
{
    rg_graph *g = rg_graph_new();
    size_t a = rg_graph_node_add(g, "a", RG_COUNTRY, NULL);
    size_t b = rg_graph_node_add(g, "b", RG_GROUP, NULL);
    size_t c = rg_graph_node_add(g, "c", RG_GROUP, NULL);
    rg_graph_link_set_weight(g, rg_graph_link_add(g, a, b), 0);
    size_t l = rg_graph_link_add(g, b, c);
    rg_graph_link_add_counts(g, l, 1, 1);
    rg_graph_link_add_interaction(g, l, RG_THREATEN, 1);
    rg_graph_finish(g);
    S_analysis r = S_analyze(g, 1);
    ck_assert_uint_eq(r.sum->links, 2);
    ck_assert_uint_eq(r.sum->interaction_links, 1);
    ck_assert_uint_eq(r.sum->nodes_by_type[RG_COUNTRY], 1);
    ck_assert_uint_eq(r.sum->nodes_by_type[RG_GROUP], 2);
    ck_assert_uint_eq(r.sum->components, 2); /* the weight-0 link is no tie */
    ck_assert_int_eq(r.ns[0].degree, 0);
    ck_assert_double_eq_tol(r.ns[1].strength, 2.0, 1e-9);
    S_analysis_free(&r);
}
END_TEST

/* ------------------------------------------------- filter: issue 4 steps */

/* A path n00-n01-n02-n03-n04 (weights 1,2,3,4) plus a separate pair
 * n05-n06 (weight 9) and an isolated n07. */
static rg_graph *S_path_and_pair(void)
{
    static const S_edge e[] = {{0, 1, 1}, {1, 2, 2}, {2, 3, 3}, {3, 4, 4}, {5, 6, 9}};
    return S_make(8, e, sizeof e / sizeof e[0]);
}

START_TEST(filter_top)
{
    rg_graph *g = S_path_and_pair();
    rg_filter fl = RG_FILTER_INIT;
    /* weighted degrees: n00 1, n01 3, n02 5, n03 7, n04 4, n05 9, n06 9 */
    fl.top = 3;
    rg_test_check_filter(g, &fl, "top 3", "n03 n05 n06", "n05-n06");
    fl.top = 4; /* n05 and n06 tie at 9: by id */
    rg_test_check_filter(g, &fl, "top 4", "n02 n03 n05 n06", "n02-n03 n05-n06");
    fl.top = 100;
    rg_graph *f = rg_graph_filter(g, &fl);
    ck_assert_uint_eq(rg_graph_node_count(f), 8);
    ck_assert_uint_eq(rg_graph_link_count(f), 5);
    rg_graph_free(f);
    rg_graph_free(g);
}
END_TEST

/* n00-n01 co-occurrence only, n01-n02 consult, n02-n03 accuse + co-occ. */
static rg_graph *S_kinds_graph(void)
{
    static const S_edge e[] = {{0, 1, 2}, {1, 2, 1}, {2, 3, 1}};
    rg_graph *g = S_make(4, e, 3);
    rg_graph_link_add_interaction(g, 1, RG_CONSULT, 1);
    rg_graph_link_add_interaction(g, 2, RG_ACCUSE, 2);
    rg_graph_finish(g);
    return g;
}

START_TEST(filter_kinds)
{
    rg_graph *g = S_kinds_graph();
    rg_filter fl = RG_FILTER_INIT;
    ck_assert_int_eq(rg_filter_parse_kinds(&fl, "interactions"), RG_OK);
    rg_test_check_filter(g, &fl, "interactions", "n00 n01 n02 n03", "n01-n02 n02-n03");
    ck_assert_int_eq(rg_filter_parse_kinds(&fl, "cooccurrence"), RG_OK);
    rg_test_check_filter(g, &fl, "cooccurrence", "n00 n01 n02 n03", "n00-n01");

    ck_assert_int_eq(rg_filter_parse_kinds(&fl, "accuse,threaten"), RG_OK);
    ck_assert_int_eq(fl.links, RG_LINKS_KINDS);
    rg_graph *f = rg_test_filtered(g, &fl, "accuse,threaten", "n00 n01 n02 n03", "n02-n03");
    ck_assert_int_eq(rg_graph_link(f, 0)->interactions[RG_ACCUSE], 2);
    rg_graph_free(f);

    ck_assert_int_eq(rg_filter_parse_kinds(&fl, "consult,bogus"), RG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(rg_error_last(), "bogus"));
    ck_assert_int_eq(rg_filter_parse_kinds(&fl, "consult,"), RG_EUSAGE);
    rg_graph_free(g);
}
END_TEST

START_TEST(filter_ego)
{
    rg_graph *g = S_path_and_pair();
    rg_graph_node_set_label(g, 2, "Sergei Lavrov");
    rg_graph_node_add_alias(g, 2, "Lavrov", 1);
    rg_graph_node_set_label(g, 5, "Twin");
    rg_graph_node_set_label(g, 6, "Twin");
    rg_graph_finish(g);
    rg_filter fl = RG_FILTER_INIT;
    ck_assert_int_eq(rg_filter_set_ego(&fl, g, "lavrov"), RG_OK); /* alias, case folded */
    ck_assert_int_eq(fl.use_ego, 1);
    ck_assert_uint_eq(fl.ego, 2);
    ck_assert_int_eq(fl.radius, 1); /* the default */
    rg_test_check_filter(g, &fl, "radius 1", "n01 n02 n03", "n01-n02 n02-n03");
    fl.radius = 2;
    rg_test_check_filter(g, &fl, "radius 2", "n00 n01 n02 n03 n04", "n00-n01 n01-n02 n02-n03 n03-n04");
    fl.radius = 0;
    rg_test_check_filter(g, &fl, "radius 0", "n02", "");
    /* ego runs after min-weight: the weight-2 link to n01 is gone */
    fl.radius = 1;
    fl.min_weight = 3;
    rg_test_check_filter(g, &fl, "radius 1, min-weight 3", "n02 n03", "n02-n03");

    ck_assert_int_eq(rg_filter_set_ego(&fl, g, "N04"), RG_OK); /* id */
    ck_assert_uint_eq(fl.ego, 4);
    ck_assert_int_eq(rg_filter_set_ego(&fl, g, "twin"), RG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(rg_error_last(), "ambiguous"));
    ck_assert_int_eq(rg_filter_set_ego(&fl, g, "nobody"), RG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(rg_error_last(), "no node is named 'nobody'"));
    rg_graph_free(g);
}
END_TEST

START_TEST(filter_largest_component)
{
    rg_graph *g = S_path_and_pair();
    rg_filter fl = RG_FILTER_INIT;
    fl.largest = 1;
    rg_test_check_filter(g, &fl, "largest", "n00 n01 n02 n03 n04", "n00-n01 n01-n02 n02-n03 n03-n04");
    /* after min-weight 3, {n02,n03,n04} (3 nodes) beats {n05,n06} */
    fl.min_weight = 3;
    rg_test_check_filter(g, &fl, "largest, min-weight 3", "n02 n03 n04", "n02-n03 n03-n04");
    /* after min-weight 4, {n03,n04} and {n05,n06} tie: smaller id wins */
    fl.min_weight = 4;
    rg_test_check_filter(g, &fl, "largest, min-weight 4", "n03 n04", "n03-n04");
    rg_graph_free(g);
}
END_TEST

START_TEST(filter_order)
{
    rg_graph *g = S_path_and_pair();
    rg_filter fl = RG_FILTER_INIT;
    /* largest component first (the path), then the top 2 within it */
    fl.largest = 1;
    fl.top = 2;
    rg_test_check_filter(g, &fl, "largest, top 2", "n02 n03", "n02-n03");

    /* ego n01 radius 1 = {n00,n01,n02}; top 1 there is n02 (weighted
     * degree 5 in the original, but only 2 inside the ego network, so
     * n01 with 3 wins) */
    fl = (rg_filter)RG_FILTER_INIT;
    fl.use_ego = 1;
    fl.ego = 1;
    fl.top = 1;
    rg_test_check_filter(g, &fl, "ego n01, top 1", "n01", "");
    ck_assert_int_eq(rg_filter_is_noop(&fl), 0);
    fl = (rg_filter)RG_FILTER_INIT;
    ck_assert_int_eq(rg_filter_is_noop(&fl), 1);
    rg_graph_free(g);
}
END_TEST

/* ------------------------------------------ analyze: issue 4 summary */

START_TEST(analyze_triangle_transitivity)
{
    static const S_edge e[] = {{0, 1, 1}, {1, 2, 1}, {0, 2, 1}};
    S_analysis a = S_analyze(S_make(3, e, 3), 1);
    ck_assert_double_eq_tol(a.sum->transitivity, 1.0, 1e-12);
    ck_assert_int_eq(a.sum->diameter, 1);
    ck_assert_msg(isnan(a.sum->assortativity), "one type only: undefined");
    S_analysis_free(&a);
}
END_TEST

START_TEST(analyze_path_diameter)
{
    /* a path of 4 nodes, plus a separate pair: diameter over components */
    static const S_edge e[] = {{0, 1, 5}, {1, 2, 1}, {2, 3, 7}, {4, 5, 1}};
    S_analysis a = S_analyze(S_make(6, e, 4), 1);
    ck_assert_int_eq(a.sum->diameter, 3); /* unweighted hops */
    ck_assert_double_eq_tol(a.sum->transitivity, 0.0, 1e-12);
    S_analysis_free(&a);
}
END_TEST

/* Two countries and two persons, "country:A", "country:B", "person:c" and
 * "person:d" (indices 0..3), and the given links (see S_link_all). */
static rg_graph *S_two_types(const S_edge *edges, size_t m)
{
    static const char *const ids[] = {"country:A", "country:B", "person:c", "person:d"};
    rg_graph *g = rg_graph_new();
    for (size_t i = 0; i < 4; i++) rg_graph_node_add(g, ids[i], i < 2 ? RG_COUNTRY : RG_PERSON, NULL);
    S_link_all(g, edges, m);
    rg_graph_finish(g);
    return g;
}

START_TEST(analyze_assortativity_by_type)
{
    /* two persons linked, two countries linked, nothing across: +1 */
    static const S_edge same[] = {{0, 1, 1}, {2, 3, 1}};
    S_analysis a = S_analyze(S_two_types(same, 2), 1);
    ck_assert_double_eq_tol(a.sum->assortativity, 1.0, 1e-12);
    S_analysis_free(&a);

    /* only cross-type links (a bipartite square): -1 */
    static const S_edge across[] = {{0, 2, 1}, {0, 3, 1}, {1, 2, 1}, {1, 3, 1}};
    a = S_analyze(S_two_types(across, 4), 1);
    ck_assert_double_eq_tol(a.sum->assortativity, -1.0, 1e-12);
    S_analysis_free(&a);
}
END_TEST

START_TEST(analyze_leiden_two_triangles)
{
    rg_graph *g = S_make(6, S_two_triangles, 7);
    for (unsigned long seed = 1; seed <= 5; seed++) {
        rg_stats *s = S_stats(g, seed);
        const rg_graph_summary *sum = rg_stats_summary(s);
        const rg_node_stats *ns = rg_stats_nodes(s);
        ck_assert_uint_eq(sum->communities, 2);
        ck_assert_uint_eq(sum->leiden_communities, 2);
        ck_assert_double_eq_tol(sum->modularity, 5.0 / 14.0, 1e-9);
        ck_assert_double_eq_tol(sum->leiden_modularity, 5.0 / 14.0, 1e-9);
        for (size_t i = 0; i < 6; i++) {
            ck_assert_int_eq(ns[i].leiden, ns[i].community);
            ck_assert_int_eq(ns[i].leiden, ns[i / 3 * 3].leiden);
        }
        ck_assert_int_ne(ns[0].leiden, ns[5].leiden);
        rg_stats_free(s);
    }
    rg_graph_free(g);
}
END_TEST

START_TEST(analyze_leiden_no_links)
{
    S_analysis a = S_analyze(S_make(3, NULL, 0), 1);
    ck_assert_uint_eq(a.sum->leiden_communities, 3);
    ck_assert_double_eq_tol(a.sum->leiden_modularity, 0.0, 1e-12);
    ck_assert_int_eq(a.sum->diameter, 0);
    ck_assert_msg(isnan(a.sum->assortativity), "no links: undefined");
    S_analysis_free(&a);
}
END_TEST

/* ---------------------------------------------------------------- suite */

Suite *rg_suite_graph(void)
{
    Suite *s = suite_create("graph");
    TCase *tc = tcase_create("model");
    tcase_add_test(tc, model_node_add);
    tcase_add_test(tc, model_alias_dedup);
    tcase_add_test(tc, model_finish_sorts);
    tcase_add_test(tc, model_weight);
    tcase_add_test(tc, model_evidence_cap);
    tcase_add_test(tc, model_lookup);
    suite_add_tcase(s, tc);

    tc = tcase_create("filter");
    tcase_add_test(tc, filter_none_copies_all);
    tcase_add_test(tc, filter_types);
    tcase_add_test(tc, filter_min_weight_isolates);
    tcase_add_test(tc, filter_empty);
    tcase_add_test(tc, filter_top);
    tcase_add_test(tc, filter_kinds);
    tcase_add_test(tc, filter_ego);
    tcase_add_test(tc, filter_largest_component);
    tcase_add_test(tc, filter_order);
    suite_add_tcase(s, tc);

    tc = tcase_create("analyze");
    tcase_add_test(tc, analyze_star);
    tcase_add_test(tc, analyze_weighted_paths);
    tcase_add_test(tc, analyze_two_triangles);
    tcase_add_test(tc, analyze_seeded_repeatable);
    tcase_add_test(tc, analyze_community_order);
    tcase_add_test(tc, analyze_empty);
    tcase_add_test(tc, analyze_no_links);
    tcase_add_test(tc, analyze_isolated_components);
    tcase_add_test(tc, analyze_zero_weight_link);
    tcase_add_test(tc, analyze_triangle_transitivity);
    tcase_add_test(tc, analyze_path_diameter);
    tcase_add_test(tc, analyze_assortativity_by_type);
    tcase_add_test(tc, analyze_leiden_two_triangles);
    tcase_add_test(tc, analyze_leiden_no_links);
    suite_add_tcase(s, tc);
    return s;
}
