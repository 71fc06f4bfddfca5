/*
 * test_robust.c: Check suite "robust": adversarial and random input
 * through the whole pipeline, meant to run under the sanitizers
 * (RG_SANITIZE=ON) as well as in the normal build.
 *
 * Every input goes through rg_extract() with the built-in lexicon, then
 * through a builder (each window in turn), then through rg_render_json()
 * and rg_render_dot(); the JSON is read back with rg_graph_read_json_mem()
 * and rendered again. Nothing may crash, and the results must keep their
 * invariants:
 *   - document: mention start <= end <= text length, entity in [-1, n),
 *     sentence in range; sentences inside the text, in order, speakers
 *     valid; interactions between two valid, distinct entities, in a
 *     valid sentence, with a trigger inside the text;
 *   - graph: ids unique and sorted, links source < target < node count,
 *     weight = co-occurrence + interactions, evidence sources and
 *     affiliations name existing nodes;
 *   - output: the JSON parses back to the same counts and re-renders to
 *     the same bytes; cgraph accepts the DOT with the same counts.
 *
 * Inputs: edge cases of the tokeniser and segmenter (empty, white space,
 * punctuation only, a lone 's, "U.S.-" and "Mr." at the end, speaker
 * labels alone, 10,000 newlines, a 200 KB token, 100,000 hyphenated
 * parts), 200 random byte strings (seeded, with and without NUL), and 300
 * random mixes of lexicon-like words (seeded). A few tests at the end of
 * the file were product bugs, fixed since (see 'Once failed').
 */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cgraph.h>

#include "export.h"
#include "extract.h"
#include "graph.h"
#include "fixtures.h"
#include "suites.h"
#include "test_util.h"

/* ------------------------------------------------------------- helpers */

/* xorshift64* (rg_test_rng_next): the same sequence on every platform
 * for a given seed. */
static uint64_t S_rng;

static size_t S_below(size_t n) { return rg_test_rng_below(&S_rng, n); }

/* Checks the invariants of an extracted document (see the top). */
static void S_check_doc(const rg_doc *d, const char *what)
{
    size_t len = d->text.len;
    ck_assert_msg(d->text.s != NULL, "%s: no text", what);
    ck_assert_msg(strlen(d->text.s) == len, "%s: text length %zu != strlen", what, len);
    size_t prev_end = 0;
    for (size_t i = 0; i < d->n_sentences; i++) {
        const rg_sentence *s = &d->sentences[i];
        ck_assert_msg(s->start <= s->end && s->end <= len, "%s: sentence %zu [%zu,%zu) outside %zu", what, i,
                      s->start, s->end, len);
        ck_assert_msg(s->start >= prev_end, "%s: sentence %zu starts at %zu before the previous end %zu", what,
                      i, s->start, prev_end);
        prev_end = s->end;
        ck_assert_msg(s->speaker >= -1 && s->speaker < (int)d->n_entities, "%s: sentence %zu speaker %d", what,
                      i, s->speaker);
        if (i) ck_assert_msg(s->paragraph >= d->sentences[i - 1].paragraph, "%s: paragraphs go back", what);
    }
    for (size_t i = 0; i < d->n_mentions; i++) {
        const rg_mention *m = &d->mentions[i];
        ck_assert_msg(m->start <= m->end && m->end <= len, "%s: mention %zu [%zu,%zu) outside %zu", what, i,
                      m->start, m->end, len);
        ck_assert_msg(m->entity >= -1 && m->entity < (int)d->n_entities, "%s: mention %zu entity %d of %zu",
                      what, i, m->entity, d->n_entities);
        ck_assert_msg(m->sentence < d->n_sentences, "%s: mention %zu sentence %zu of %zu", what, i, m->sentence,
                      d->n_sentences);
        ck_assert_msg((unsigned)m->type < RG_TYPE_COUNT, "%s: mention %zu type %d", what, i, (int)m->type);
        ck_assert_msg(m->why != NULL, "%s: mention %zu without why", what, i);
        /* a mention lies in its sentence */
        const rg_sentence *s = &d->sentences[m->sentence];
        ck_assert_msg(m->end >= s->start && m->start <= s->end,
                      "%s: mention %zu [%zu,%zu) outside its sentence [%zu,%zu)",
                      what, i, m->start, m->end, s->start, s->end);
    }
    for (size_t i = 0; i < d->n_entities; i++) {
        const rg_entity *e = &d->entities[i];
        ck_assert_msg(e->key && e->label, "%s: entity %zu without key or label", what, i);
        ck_assert_msg((unsigned)e->type < RG_TYPE_COUNT, "%s: entity %zu type", what, i);
        for (size_t k = 0; k < e->n_aliases; k++) ck_assert_ptr_nonnull(e->aliases[k]);
        for (size_t k = 0; k < e->n_roles; k++) ck_assert_ptr_nonnull(e->roles[k]);
    }
    for (size_t i = 0; i < d->n_interactions; i++) {
        const rg_interaction *x = &d->interactions[i];
        ck_assert_msg(x->source >= 0 && x->source < (int)d->n_entities && x->target >= 0 &&
                          x->target < (int)d->n_entities,
                      "%s: interaction %zu between %d and %d of %zu", what, i, x->source, x->target,
                      d->n_entities);
        ck_assert_msg(x->source != x->target, "%s: interaction %zu of entity %d with itself", what, i, x->source);
        ck_assert_msg(x->sentence < d->n_sentences, "%s: interaction %zu sentence %zu of %zu", what, i,
                      x->sentence, d->n_sentences);
        ck_assert_msg((unsigned)x->kind < RG_KIND_COUNT, "%s: interaction %zu kind %d", what, i, (int)x->kind);
        ck_assert_msg(x->trigger_start <= x->trigger_end && x->trigger_end <= len,
                      "%s: interaction %zu trigger [%zu,%zu) outside %zu", what, i, x->trigger_start,
                      x->trigger_end, len);
        if (i) ck_assert_msg(x->sentence >= d->interactions[i - 1].sentence, "%s: interactions out of order", what);
    }
    /* the builder walks mentions by sentence: they must be in order */
    for (size_t i = 1; i < d->n_mentions; i++)
        ck_assert_msg(d->mentions[i].sentence >= d->mentions[i - 1].sentence, "%s: mentions out of sentence order",
                      what);
}

/* Checks the invariants of a finished graph (see the top). */
static void S_check_graph(const rg_graph *g, const char *what)
{
    size_t nn = rg_graph_node_count(g), nl = rg_graph_link_count(g);
    for (size_t i = 0; i < nn; i++) {
        const rg_node *n = rg_graph_node(g, i);
        ck_assert_msg(n->id && *n->id && n->label, "%s: node %zu without id or label", what, i);
        if (i)
            ck_assert_msg(strcmp(rg_graph_node(g, i - 1)->id, n->id) < 0,
                          "%s: ids not unique and sorted at %zu ('%s')", what, i, n->id);
        ck_assert_msg((unsigned)n->type < RG_TYPE_COUNT, "%s: node %zu type", what, i);
        ck_assert_msg(rg_graph_find(g, n->id) == i, "%s: node '%s' not found by id", what, n->id);
        if (n->affiliation)
            ck_assert_msg(rg_graph_find(g, n->affiliation) != (size_t)-1,
                          "%s: node '%s' affiliated to '%s', not a node", what, n->id, n->affiliation);
    }
    for (size_t i = 0; i < nl; i++) {
        const rg_link *l = rg_graph_link(g, i);
        ck_assert_msg(l->source < l->target && l->target < nn, "%s: link %zu %zu-%zu of %zu nodes", what, i,
                      l->source, l->target, nn);
        long w = l->cooccurrence;
        for (int k = 0; k < RG_KIND_COUNT; k++) {
            ck_assert_msg(l->interactions[k] >= 0, "%s: link %zu negative count", what, i);
            w += l->interactions[k];
        }
        ck_assert_msg(l->weight == w, "%s: link %zu weight %ld != %ld", what, i, l->weight, w);
        ck_assert_msg(l->documents >= 1, "%s: link %zu in %ld documents", what, i, l->documents);
        ck_assert_msg(l->n_evidence <= 5, "%s: link %zu has %zu evidence items", what, i, l->n_evidence);
        for (size_t e = 0; e < l->n_evidence; e++) {
            const rg_evidence *ev = &l->evidence[e];
            ck_assert_msg(ev->doc && ev->text, "%s: link %zu evidence %zu incomplete", what, i, e);
            if (ev->source)
                ck_assert_msg(rg_graph_find(g, ev->source) != (size_t)-1,
                              "%s: link %zu evidence source '%s' is not a node", what, i, ev->source);
        }
        if (i) {
            const rg_link *p = rg_graph_link(g, i - 1);
            ck_assert_msg(p->source < l->source || (p->source == l->source && p->target < l->target),
                          "%s: links not in canonical order at %zu", what, i);
        }
    }
}

/* Renders g as JSON and DOT; the JSON must read back to the same counts
 * and render to the same bytes; cgraph must accept the DOT. */
static void S_check_io(const rg_graph *g, const char *what)
{
    rg_buf js = RG_BUF_INIT;
    int rc = rg_render_json(g, NULL, &js);
    ck_assert_msg(rc == RG_OK, "%s: rg_render_json: %d %s", what, rc, rg_error_last());
    rg_graph *back = NULL;
    rc = rg_graph_read_json_mem(&back, js.ptr, js.len, "robust.json");
    ck_assert_msg(rc == RG_OK, "%s: JSON does not read back: %s\n%.2000s", what, rg_error_last(), js.ptr);
    ck_assert_uint_eq(rg_graph_node_count(back), rg_graph_node_count(g));
    ck_assert_uint_eq(rg_graph_link_count(back), rg_graph_link_count(g));
    rg_buf js2 = RG_BUF_INIT;
    ck_assert_int_eq(rg_render_json(back, NULL, &js2), RG_OK);
    ck_assert_msg(js.len == js2.len && memcmp(js.ptr, js2.ptr, js.len) == 0, "%s: JSON write-read-write differs",
                  what);
    rg_buf_free(&js2);
    rg_graph_free(back);
    rg_buf_free(&js);

    rg_buf dot = RG_BUF_INIT;
    rc = rg_render_dot(g, NULL, &dot);
    ck_assert_msg(rc == RG_OK, "%s: rg_render_dot: %d %s", what, rc, rg_error_last());
    agerrlevel_t old = agseterr(AGMAX);
    Agraph_t *G = agmemread(dot.ptr);
    agseterr(old);
    ck_assert_msg(G != NULL, "%s: cgraph rejects the DOT:\n%.2000s", what, dot.ptr);
    ck_assert_int_eq(agnnodes(G), (int)rg_graph_node_count(g));
    ck_assert_int_eq(agnedges(G), (int)rg_graph_link_count(g));
    agclose(G);
    rg_buf_free(&dot);
}

/* Extracts data as one document; RG_EINPUT (and no document) exactly when
 * it holds a NUL byte. Returns the document or NULL. */
static rg_doc *S_extract(const char *data, size_t len, const char *what)
{
    rg_doc *d = NULL;
    rg_extract_opts eo = RG_EXTRACT_OPTS_INIT;
    int rc = rg_extract(&d, rg_test_lex, what, "2020-01-01", data, len, &eo);
    if (memchr(data, '\0', len)) {
        ck_assert_msg(rc == RG_EINPUT, "%s: NUL bytes: expected RG_EINPUT, got %d", what, rc);
        ck_assert_ptr_null(d);
        return NULL;
    }
    ck_assert_msg(rc == RG_OK, "%s: rg_extract: %d %s", what, rc, rg_error_last());
    ck_assert_ptr_nonnull(d);
    S_check_doc(d, what);
    return d;
}

/* A graph of one document with the given window and types. */
static void S_build_one(const rg_doc *d, rg_window window, unsigned types, const char *what)
{
    rg_build_opts bo = RG_BUILD_OPTS_INIT;
    bo.window = window;
    bo.types = types;
    rg_builder *b = rg_builder_new(&bo);
    rg_builder_add(b, d);
    rg_graph *g = rg_builder_finish(b);
    S_check_graph(g, what);
    S_check_io(g, what);
    rg_graph_free(g);
}

#define S_ALL_TYPES (RG_TYPES_ACTORS | (1u << RG_PLACE))

/* The whole pipeline on one input, every window. */
static void S_pipeline(const char *data, size_t len, const char *what)
{
    rg_doc *d = S_extract(data, len, what);
    if (!d) return;
    S_build_one(d, RG_WINDOW_SENTENCE, RG_TYPES_ACTORS, what);
    S_build_one(d, RG_WINDOW_PARAGRAPH, S_ALL_TYPES, what);
    S_build_one(d, RG_WINDOW_DOCUMENT, S_ALL_TYPES, what);
    rg_doc_free(d);
}

static void S_pipeline_str(const char *s) { S_pipeline(s, strlen(s), s); }

/* ============================================================ edge cases */

static const char *const S_edges[] = {
    "",
    " ",
    " \t\n\r\n  \n\n\t ",
    "\r",
    "\r\r\r\n\n\r",
    ".",
    "!?.,;:()[]{}\"'-...",
    "''''''''''",
    "\"\"\"\"",
    "'s",
    " 's",
    "'s's's",
    "s'",
    "A's",
    "U.S.-",
    "The deal was struck in the U.S.-",
    "U.S.",
    "U.S",
    "U.",
    "U.S.A.B.C.D.E.",
    "the U.S. The talks",
    "Mr.",
    "He met Mr.",
    "Mr. Mr. Mr.",
    "Gen",
    "J.",
    "J. J. J.",
    ":",
    "::::",
    "SECRETARY:",
    "SECRETARY KERRY:",
    "SECRETARY KERRY: ",
    "THE PRESIDENT:",
    "RUSSIA:",
    "MR DE MISTURA:",
    "A:",
    "A:\nB:\nA:\nB:\n",
    "QUESTION:\nSECRETARY KERRY:\nQUESTION:",
    "AB: CD: EF: GH:",
    "A B C D E F G H I J:",
    "Q: Did Russia meet Iran?\nA: Yes.\nQ: And the U.S.?\nA: No.",
    "-",
    "---------",
    "Russia-",
    "-Russia",
    "al-",
    "-al-Assad-",
    "U.S.-Russia-Iran-China-led",
    "Russia-Iran-Turkey-sponsored talks",
    "(",
    "((((((((((Russia))))))))))",
    "\"Russia\"",
    "Russia's",
    "Russians'",
    "Russia ' s",
    "1,000,000.5 4.5.6 1.2.3.4",
    "\xEF\xBB\xBF",
    "\xEF\xBB\xBFRussia met Iran.",
    "\xE2\x80\x8B\xE2\x80\x8B\xE2\x80\x8B",
    "Russia\xE2\x80\x8B met\xE2\x80\x8B Iran\xE2\x80\x8B.",
    "\xC2\xAD\xC2\xAD",
    "\xE2\x80\xA6\xE2\x80\xA6",
    "\xFF",
    "\xFF\xFE\xFD",
    "\xC3",
    "Russia\xC3",
    "\xED\xA0\x80",
    "\xF0\x9F\x98\x80 Russia \xF0\x9F\x98\x80 met \xF0\x9F\x98\x80 Iran",
    "\xC5\x81\xC3\xB3" "d\xC5\xBA met \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0.",
    "President",
    "President Putin",
    "President of",
    "Foreign Minister",
    "Russian Foreign Minister",
    "Russian Foreign Ministry",
    "Foreign Ministry spokeswoman",
    "the Foreign Ministry",
    "International Syria Support Group (ISSG)",
    "(ISSG)",
    "ISSG ISSG",
    "National Liberation Army (ELN",
    "National Liberation Army (ELN)",
    "(ELN) and",
    "both sides",
    "the two countries",
    "said after talks with",
    "threatened if",
    "demanded that",
    "Kenya, which",
    ", who met",
    "Kerry said",
    "said Kerry",
    "Kerry and Lavrov met",
    "Russia and",
    "and Russia",
    "between",
    "talks between",
    "talks between Russia and",
    "Russia was attacked by",
    "was attacked by Iran",
    "he",
    "He met him",
    "I met",
    "we agreed",
    "SECRETARY KERRY: I",
    "SECRETARY KERRY: We met Iran.",
    "of the",
    "President Putin of",
    "President Putin of the",
    "Nasser Judeh, Jordan's",
    "Jordan, Foreign Minister",
    ", Foreign Minister Judeh",
    "the foreign minister of Jordan, Mr.",
    "Russia did not",
    "n't",
    "Russia, Iran and Turkey signed",
    ", , , , and and and",
    "Laughter QUESTION Monday January",
    "THE PRESIDENT MET THE PRIME MINISTER IN MOSCOW",
    "Remarks With Foreign Minister Lavrov Before Their Meeting",
};

START_TEST(robust_edge_cases)
{
    /* one test, not a loop test: a fork per case costs more than the case
     * under ASan; every message names its input */
    for (size_t k = 0; k < sizeof S_edges / sizeof S_edges[0]; k++) S_pipeline_str(S_edges[k]);
}
END_TEST

START_TEST(robust_edge_cases_twice)
{
    /* each edge case after a normal document and before one, so state an
     * extractor keeps between documents cannot leak from one to the next */
    rg_extractor *ex = rg_extractor_new(rg_test_lex);
    rg_extract_opts eo = RG_EXTRACT_OPTS_INIT;
    const char *normal = "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry in Geneva.\n\n"
                         "Lavrov said Russia and Iran agreed.";
    rg_build_opts bo = RG_BUILD_OPTS_INIT;
    rg_builder *b = rg_builder_new(&bo);
    for (size_t k = 0; k < sizeof S_edges / sizeof S_edges[0]; k++) {
        rg_doc *d = NULL;
        ck_assert_int_eq(rg_extractor_run(ex, &d, "n", NULL, normal, strlen(normal), &eo), RG_OK);
        S_check_doc(d, normal);
        rg_builder_add(b, d);
        rg_doc_free(d);
        ck_assert_int_eq(rg_extractor_run(ex, &d, "e", NULL, S_edges[k], strlen(S_edges[k]), &eo), RG_OK);
        S_check_doc(d, S_edges[k]);
        rg_builder_add(b, d);
        rg_doc_free(d);
    }
    rg_extractor_free(ex);
    rg_graph *g = rg_builder_finish(b);
    ck_assert_uint_ge(rg_graph_node_count(g), 4);
    S_check_graph(g, "edge cases in one corpus");
    S_check_io(g, "edge cases in one corpus");
    rg_graph_free(g);
}
END_TEST

START_TEST(robust_many_newlines)
{
    size_t n = 10000;
    char *s = malloc(n + 64);
    memset(s, '\n', n);
    S_pipeline(s, n, "10,000 newlines");
    /* and with text between them, and a speaker label on the last line */
    memcpy(s + n / 2, "Russia met Iran.", 16);
    memcpy(s + n - 20, "SECRETARY KERRY:", 16);
    S_pipeline(s, n, "10,000 newlines with text");
    free(s);
}
END_TEST

START_TEST(robust_huge_token)
{
    size_t n = 200 * 1024;
    char *s = malloc(n + 1);
    for (size_t i = 0; i < n; i++) s[i] = (char)('a' + i % 26);
    s[0] = 'R';
    S_pipeline(s, n, "200 KB token");
    /* the same ending in a dot, an apostrophe-s and a hyphen */
    s[n - 3] = '\'';
    s[n - 2] = 's';
    s[n - 1] = '.';
    S_pipeline(s, n, "200 KB token's.");
    s[n - 1] = '-';
    S_pipeline(s, n, "200 KB token's-");
    /* all capitals, with one dot every 2 bytes: an acronym of 100,000 letters */
    for (size_t i = 0; i < n; i++) s[i] = (i % 2) ? '.' : (char)('A' + i % 26);
    S_pipeline(s, n, "200 KB dotted acronym");
    free(s);
}
END_TEST

START_TEST(robust_hyphens)
{
    size_t n = 200 * 1024;
    char *s = malloc(n + 1);
    for (size_t i = 0; i < n; i++) s[i] = (i % 2) ? '-' : 'a';
    S_pipeline(s, n, "a-a-a-...");
    for (size_t i = 0; i < n; i++) s[i] = (i % 2) ? '-' : 'A';
    S_pipeline(s, n, "A-A-A-...");
    /* country parts: Russia-Iran-Russia-... (hyphen parts are tried) */
    size_t k = 0;
    static const char *const parts[] = {"Russia", "Iran", "U.S.", "NATO", "Syrian"};
    while (k + 8 < n / 4) {
        const char *p = parts[(k / 7) % 5];
        size_t m = strlen(p);
        memcpy(s + k, p, m);
        k += m;
        s[k++] = '-';
    }
    memcpy(s + k, "led", 3);
    k += 3;
    S_pipeline(s, k, "Russia-Iran-U.S.-...-led");
    free(s);
}
END_TEST

START_TEST(robust_random_bytes)
{
    S_rng = 0x9E3779B97F4A7C15ULL;
    /* bytes drawn from classes that matter to the tokeniser; one string
     * in four may hold NUL */
    static const char cls[] = "aZ .,'-:\n\"()";
    for (int it = 0; it < 200; it++) {
        size_t len = 1 + S_below(2000);
        char *s = malloc(len);
        int allow_nul = (it % 4) == 0;
        for (size_t i = 0; i < len; i++) {
            size_t r = S_below(10);
            unsigned char c;
            if (r < 4) c = (unsigned char)S_below(256);
            else if (r < 8) c = (unsigned char)cls[S_below(sizeof cls - 1)];
            else c = (unsigned char)(0x80 + S_below(0x80));
            if (c == 0 && !allow_nul) c = 'x';
            s[i] = (char)c;
        }
        if (allow_nul && !memchr(s, 0, len)) s[S_below(len)] = '\0';
        char what[64];
        snprintf(what, sizeof what, "random bytes #%d (%zu bytes)", it, len);
        rg_doc *d = S_extract(s, len, what);
        if (d) {
            S_build_one(d, (rg_window)(it % 3), it % 2 ? S_ALL_TYPES : RG_TYPES_ACTORS, what);
            rg_doc_free(d);
        }
        free(s);
    }
}
END_TEST

/* Words for random documents: countries, demonyms, organisations, bodies,
 * titles (any case), verbs and nouns of interactions, names, particles,
 * function words, punctuation, line breaks and speaker labels. */
static const char *const S_words[] = {
    /* countries, demonyms, capitals, organisations, bodies */
    "Russia", "United States", "U.S.", "US", "us", "Iran", "Syria", "China", "France", "Jordan", "Turkey",
    "Russian", "Syrian", "American", "Iranian", "Moscow", "Washington", "Geneva", "Damascus", "UN", "U.N.",
    "NATO", "European Union", "Security Council", "Kremlin", "White House", "Foreign Ministry", "State Department",
    "government", "authorities", "Russian Federation", "Islamic State", "IS",
    /* titles */
    "President", "president", "Foreign Minister", "foreign minister", "Secretary of State", "Mr.", "Mrs.", "Dr.",
    "Gen.", "Sen.", "spokeswoman", "spokesman", "Prime Minister", "Special Envoy", "Deputy", "SECRETARY", "MR",
    /* verbs and nouns */
    "met", "meets", "said", "says", "told", "accused", "accuses", "talks", "talk", "agreed", "signed", "attacked",
    "meeting", "condemned", "criticized", "threatened", "praised", "urged", "visited", "called", "deal", "agreement",
    "sanctions", "conflict", "war", "discussed", "reached", "held",
    /* names */
    "Kerry", "Lavrov", "Sergei", "Sergey", "John", "Zarif", "Staffan", "de", "Mistura", "al-Assad", "Assad", "bin",
    "Salman", "Mohammed", "Putin", "Vladimir", "Maria", "Zakharova", "ISSG", "International", "Support", "Group",
    "Council", "Committee", "Front", "Union", "J.", "O'Brien", "Frank-Walter", "Steinmeier", "Xq", "Abcdef",
    /* odd words */
    "Russia-backed", "U.S.-led", "Russian-Iranian", "QUESTION", "Laughter", "Monday", "January", "The", "the", "a",
    "an", "of", "for", "on", "in", "at", "by", "with", "between", "among", "against", "and", "or", "but", "as",
    "well", "not", "n't", "did", "didn", "never", "may", "could", "refused", "to", "was", "were", "is", "been",
    "he", "she", "him", "her", "his", "they", "it", "who", "which", "I", "we", "our", "us", "'s", "'", "s", "&",
    "4.5", "1,000", "2016",
    /* punctuation and breaks */
    ".", ".", ".", ",", ",", ",", ";", ":", "\"", "'", "(", ")", "-", "!", "?", "...", "\n", "\n", "\n\n",
    "\n\nSECRETARY KERRY:", "\nQUESTION:", "\nFOREIGN MINISTER LAVROV:", "\nMR DE MISTURA:", "\nA:",
    "\xE2\x80\x94", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xA0", "\xE2\x80\xA6",
};

START_TEST(robust_random_words)
{
    S_rng = 0xD1B54A32D192ED03ULL;
    size_t nw = sizeof S_words / sizeof S_words[0];
    rg_build_opts bo = RG_BUILD_OPTS_INIT;
    bo.types = S_ALL_TYPES;
    rg_builder *corpus = rg_builder_new(&bo); /* every document, one graph */
    rg_buf b = RG_BUF_INIT;
    size_t n_ent = 0, n_inter = 0, n_spoken = 0;
    for (int it = 0; it < 300; it++) {
        rg_buf_clear(&b);
        size_t n = 1 + S_below(it % 10 == 0 ? 600 : 80);
        for (size_t k = 0; k < n; k++) {
            const char *w = S_words[S_below(nw)];
            /* punctuation sometimes glued to the word before */
            int glue = (w[0] == '.' || w[0] == ',' || w[0] == '\'' || w[0] == ':' || w[0] == ')') && S_below(3);
            if (b.len && !glue && w[0] != '\n') rg_buf_putc(&b, ' ');
            rg_buf_puts(&b, w);
        }
        char what[64];
        snprintf(what, sizeof what, "random words #%d (%zu words)", it, n);
        rg_doc *d = S_extract(b.ptr, b.len, what);
        ck_assert_ptr_nonnull(d);
        n_ent += d->n_entities;
        n_inter += d->n_interactions;
        for (size_t k = 0; k < d->n_sentences; k++) n_spoken += d->sentences[k].speaker >= 0;
        S_build_one(d, (rg_window)(it % 3), it % 2 ? S_ALL_TYPES : RG_TYPES_ACTORS, what);
        rg_builder_add(corpus, d);
        rg_doc_free(d);
    }
    rg_buf_free(&b);
    rg_graph *g = rg_builder_finish(corpus);
    /* the mixes must reach every stage, or the test proves little */
    ck_assert_msg(n_ent > 1000 && n_inter > 50 && n_spoken > 50 && rg_graph_link_count(g) > 100,
                  "random words too tame: %zu entities, %zu interactions, %zu spoken sentences, %zu links", n_ent,
                  n_inter, n_spoken, rg_graph_link_count(g));
    S_check_graph(g, "random words corpus");
    S_check_io(g, "random words corpus");
    rg_graph_free(g);
}
END_TEST

/* ================================================= product bugs (FAILS) */

/* Once failed: extract/interactions.c S_subjects() ("John and I agreed", line
 * 225 at review time) passes out + 1 to S_coordinated(), which may write
 * MAX_SIDE (8) entities there: subj[8] is written past the end of int
 * subj[MAX_SIDE] in S_sentence (ASan: stack-buffer-overflow in
 * S_coordinated, line 139), and ns = 9 then overflows last_subj in the
 * memcpy at line 433. Needs a speaker turn, eight or more coordinated
 * actors, "and I" and a verb. */
START_TEST(robust_first_person_after_many_actors)
{
    const char *text = "SECRETARY KERRY: Russia, Iran, Turkey, China, France, Germany, Italy, Spain, Japan and I "
                       "agreed to meet.\n";
    S_pipeline_str(text);
    /* without ASan the overflow shows as a ninth subject: at most
     * MAX_SIDE (8) parties per side, so at most 8 * 7 / 2 = 28 pairs from
     * the one trigger, but 36 (9 * 8 / 2) come out */
    rg_doc *d = S_extract(text, strlen(text), "first person");
    ck_assert_msg(d->n_interactions <= 28, "%zu interactions from one trigger: more than MAX_SIDE subjects",
                  d->n_interactions);
    rg_doc_free(d);
}
END_TEST

/* Extracts a pathological document, n copies of fmt, and checks the
 * result is sane. fmt may hold two %c: a two-letter tag counting the
 * copies from the letter tag (tag + i % 26, then tag + i / 26 % 26), so
 * the copies differ; without them tag is not used. There is no clock here
 * (speed is measured by tests/bench, never by a unit test): these inputs
 * (about 1 MB) once took minutes because a loop was quadratic, and the
 * test case's timeout (60 s) only catches such a blow-up again. */
static void S_within(int n, const char *fmt, char tag, const char *what)
{
    rg_buf b = RG_BUF_INIT;
    for (int i = 0; i < n; i++) rg_buf_printf(&b, fmt, tag + i % 26, tag + (i / 26) % 26);
    rg_doc *d = S_extract(b.ptr, b.len, what);
    ck_assert_msg(d != NULL, "%s: no document", what);
    ck_assert_uint_gt(d->n_sentences, 0);
    rg_doc_free(d);
    rg_buf_free(&b);
}

/* Once failed: extract/resolve.c rg_resolve() step 7 ("speakers own the
 * sentences after their label", lines 876-882 at review time) loops over
 * every candidate for every speaker label: O(labels x mentions). 60,000
 * label lines (1 MB) take about 11 s in the normal build (5 s for
 * 40,000). */
START_TEST(robust_pathological_speaker_labels)
{
    S_within(60000, "Q%c%c: hello there.\n", 'A', "60,000 speaker labels");
}
END_TEST

/* Once failed: extract/interactions.c S_sentence() ("A-B compound + noun",
 * lines 361-370 at review time): for a noun trigger after an actor, every
 * candidate of the document is scanned: O(triggers x mentions). "Russia
 * talks " 60,000 times (780 KB) takes about 10 s in the normal build (4.4 s
 * for 40,000). */
START_TEST(robust_pathological_noun_triggers)
{
    S_within(60000, "Russia talks ", 0, "60,000 'Russia talks'");
}
END_TEST

/* Once failed: extract/mentions.c S_org_run() (called at line 579 at review
 * time): from every capitalised token the organisation run is scanned to
 * the end of the capitalised run, unbounded, while the name finder then
 * advances at most 6 tokens: O(n^2) in a long run of capitalised words
 * without an organisation word (a headline-style block, a list of names).
 * 200,000 words (1 MB): about 13 s (0.5 s for 40,000, 4x per doubling). */
START_TEST(robust_pathological_capitalised_run)
{
    S_within(200000, "Xq%c%c ", 'a', "200,000 capitalised words");
}
END_TEST

/* Once failed: extract/resolve.c S_context_affiliation() ("the one country in
 * the sentence of a titled mention", lines 472-483 at review time): for
 * every titled mention of a person without an affiliation, every
 * candidate of the document is scanned: O(titled mentions x mentions). 30,000 sentences
 * "President Bob Smith spoke in Geneva." (1.1 MB) take about 12 s in the
 * normal build (5 s for 20,000). */
START_TEST(robust_pathological_titled_mentions)
{
    S_within(30000, "President Bob Smith spoke in Geneva. ", 0, "30,000 titled mentions");
}
END_TEST

/* =============================================================== suite */

Suite *rg_suite_robust(void)
{
    Suite *s = suite_create("robust");
    TCase *tc = tcase_create("edges");
    tcase_add_unchecked_fixture(tc, rg_test_lex_setup, rg_test_lex_teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, robust_edge_cases);
    tcase_add_test(tc, robust_edge_cases_twice);
    tcase_add_test(tc, robust_many_newlines);
    tcase_add_test(tc, robust_huge_token);
    tcase_add_test(tc, robust_hyphens);
    suite_add_tcase(s, tc);

    tc = tcase_create("random");
    tcase_add_unchecked_fixture(tc, rg_test_lex_setup, rg_test_lex_teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, robust_random_bytes);
    tcase_add_test(tc, robust_random_words);
    suite_add_tcase(s, tc);

    tc = tcase_create("regressions");
    tcase_add_unchecked_fixture(tc, rg_test_lex_setup, rg_test_lex_teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, robust_first_person_after_many_actors);
    tcase_add_test(tc, robust_pathological_speaker_labels);
    tcase_add_test(tc, robust_pathological_noun_triggers);
    tcase_add_test(tc, robust_pathological_capitalised_run);
    tcase_add_test(tc, robust_pathological_titled_mentions);
    suite_add_tcase(s, tc);
    return s;
}
