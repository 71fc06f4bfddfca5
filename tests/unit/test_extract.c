/*
 * test_extract.c: Check suite "extract" for extract/: normalisation
 * (text.c), tokens, sentences and speaker labels (segment.c), name keys
 * (resolve.c), and the whole pipeline through rg_extract() with the
 * built-in lexicon: countries, people, groups, interactions.
 *
 * Every input is a small sentence of general news English written for
 * this file (not taken from samples/), and every expectation is one that
 * any sensible extractor meets: a country named by name, alias or
 * demonym; a titled person's full name and affiliation; "A met B" as a
 * consultation; "A did not meet B" as nothing. The tests go through
 * extract.h, and through extract_private.h only for the stages
 * (rg_tokenize, rg_segment, rg_name_key) that have no public face.
 *
 */
#include <check.h>
#include <fcntl.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_private.h"
#include "fixtures.h"
#include "suites.h"

/* ------------------------------------------------------------- helpers */

/* Extracts text (NUL-terminated) as one document; fails the test unless
 * rg_extract succeeds. Caller frees with rg_doc_free(). */
static rg_doc *S_doc(const char *text)
{
    rg_doc *doc = NULL;
    rg_extract_opts eo = RG_EXTRACT_OPTS_INIT;
    int rc = rg_extract(&doc, rg_test_lex, "test.txt", NULL, text, strlen(text), &eo);
    ck_assert_msg(rc == RG_OK, "rg_extract(\"%s\"): %d %s", text, rc, rg_error_last());
    ck_assert_ptr_nonnull(doc);
    return doc;
}

/* Index of the entity with this key, or -1. */
static int S_ent_key(const rg_doc *d, const char *key)
{
    for (size_t i = 0; i < d->n_entities; i++)
        if (d->entities[i].key && strcmp(d->entities[i].key, key) == 0) return (int)i;
    return -1;
}

static const char *S_ents(const rg_doc *d);

/* Index of the entity with this key; fails the test when there is none. */
static int S_must(const rg_doc *d, const char *key)
{
    int i = S_ent_key(d, key);
    ck_assert_msg(i >= 0, "no entity %s; entities: %s", key, S_ents(d));
    return i;
}

/* Index of the entity of this type and label, or -1. */
static int S_ent_label(const rg_doc *d, rg_type type, const char *label)
{
    for (size_t i = 0; i < d->n_entities; i++)
        if (d->entities[i].type == type && d->entities[i].label &&
            strcmp(d->entities[i].label, label) == 0)
            return (int)i;
    return -1;
}

/* Fails the test unless an entity of this type and label is present
 * (want 1) or absent (want 0), naming the document's entities. */
static void S_label_is(const rg_doc *d, rg_type type, const char *label, int want)
{
    ck_assert_msg((S_ent_label(d, type, label) >= 0) == want, "%s \"%s\": entities: %s",
                  want ? "no" : "unwanted", label, S_ents(d));
}

/* The entity a test names: by its key when it has one ("country:KEN"),
 * else a person by its label ("Odalo Brenquist"); -1 if none. */
static int S_party(const rg_doc *d, const char *ref)
{
    return strchr(ref, ':') ? S_ent_key(d, ref) : S_ent_label(d, RG_PERSON, ref);
}

/* A readable list of the document's entities, for failure messages. */
static const char *S_ents(const rg_doc *d)
{
    static char buf[1024];
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < d->n_entities && n + 1 < sizeof buf; i++) {
        int k = snprintf(buf + n, sizeof buf - n, "%s%s \"%s\"", i ? "; " : "", d->entities[i].key,
                         d->entities[i].label);
        if (k < 0) break;
        n += (size_t)k;
    }
    return d->n_entities ? buf : "(none)";
}

/* Fails unless the document has no person (what: the input, for the
 * message). */
static void S_no_person(const rg_doc *d, const char *what)
{
    for (size_t i = 0; i < d->n_entities; i++)
        ck_assert_msg(d->entities[i].type != RG_PERSON, "%s: a person: %s (entities: %s)", what,
                      d->entities[i].label, S_ents(d));
}

/* 1 when the document has an interaction of kind between entities a and
 * b (in either direction for symmetric ones; source a for directed). */
static int S_has_inter(const rg_doc *d, rg_kind kind, int a, int b)
{
    for (size_t i = 0; i < d->n_interactions; i++) {
        const rg_interaction *it = &d->interactions[i];
        if (it->kind != kind) continue;
        if (it->source == a && it->target == b) return 1;
        if (!it->directed && it->source == b && it->target == a) return 1;
    }
    return 0;
}

/* Fails unless text gives an interaction of kind from party a to party
 * b (S_party references: a key or a person's label), naming the text. */
static void S_expect_inter(const char *text, const char *ra, const char *rb, rg_kind kind)
{
    rg_doc *d = S_doc(text);
    int a = S_party(d, ra), b = S_party(d, rb);
    ck_assert_msg(a >= 0 && b >= 0, "%s: entities: %s", text, S_ents(d));
    ck_assert_msg(S_has_inter(d, kind, a, b), "%s: no %s interaction %s - %s", text, rg_kind_name(kind), ra, rb);
    rg_doc_free(d);
}

/* A sentence and the interaction it must give: kind from a to b. */
typedef struct {
    const char *text;
    rg_kind kind;
    const char *a, *b;
} S_inter_case;

/* S_expect_inter on each of n cases (stops at the first that fails). */
static void S_expect_cases(const S_inter_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) S_expect_inter(cases[i].text, cases[i].a, cases[i].b, cases[i].kind);
}

/* Number of interactions of any kind between entities a and b. */
static size_t S_n_inter(const rg_doc *d, int a, int b)
{
    size_t n = 0;
    for (size_t i = 0; i < d->n_interactions; i++) {
        const rg_interaction *it = &d->interactions[i];
        if ((it->source == a && it->target == b) || (it->source == b && it->target == a)) n++;
    }
    return n;
}

/* The document of text has no interaction of any kind between ra and rb
 * (both named in it). */
static void S_expect_no_inter(const char *text, const char *ra, const char *rb)
{
    rg_doc *d = S_doc(text);
    int a = S_party(d, ra), b = S_party(d, rb);
    ck_assert_msg(a >= 0 && b >= 0, "%s: entities: %s", text, S_ents(d));
    ck_assert_msg(S_n_inter(d, a, b) == 0, "%s: an interaction %s - %s", text, ra, rb);
    rg_doc_free(d);
}

/* The document of text has no interaction of kind between ra and rb
 * (both named in it), in either direction; what names the mistake. */
static void S_expect_no_kind(const char *text, const char *ra, const char *rb, rg_kind kind, const char *what)
{
    rg_doc *d = S_doc(text);
    int a = S_party(d, ra), b = S_party(d, rb);
    ck_assert_msg(a >= 0 && b >= 0, "%s: entities: %s", text, S_ents(d));
    ck_assert_msg(!S_has_inter(d, kind, a, b) && !S_has_inter(d, kind, b, a), "%s: %s", text, what);
    rg_doc_free(d);
}

/* Number of interactions between entities a and b that a pattern made
 * (not the lead tier's guesses): what a test of one pattern's rule
 * counts, since a one-sentence document is a lead. */
static size_t S_n_pattern_inter(const rg_doc *d, int a, int b)
{
    size_t n = 0;
    for (size_t i = 0; i < d->n_interactions; i++) {
        const rg_interaction *it = &d->interactions[i];
        if (((it->source == a && it->target == b) || (it->source == b && it->target == a)) &&
            strncmp(it->pattern, "lead:", 5) != 0)
            n++;
    }
    return n;
}

/* The document of text has no interaction between ra and rb (both
 * named in it) that a pattern made (the lead tier may still guess one). */
static void S_expect_no_pattern_inter(const char *text, const char *ra, const char *rb)
{
    rg_doc *d = S_doc(text);
    int a = S_party(d, ra), b = S_party(d, rb);
    ck_assert_msg(a >= 0 && b >= 0, "%s: entities: %s", text, S_ents(d));
    ck_assert_msg(S_n_pattern_inter(d, a, b) == 0, "%s: a pattern's interaction %s - %s", text, ra, rb);
    rg_doc_free(d);
}

/* Number of interactions between entities a and b that a pattern states
 * (neither guess: no fallback, no lead pair). */
static size_t S_n_stated_inter(const rg_doc *d, int a, int b)
{
    size_t n = 0;
    for (size_t i = 0; i < d->n_interactions; i++) {
        const rg_interaction *it = &d->interactions[i];
        if (((it->source == a && it->target == b) || (it->source == b && it->target == a)) &&
            it->tier == RG_TIER_PATTERN)
            n++;
    }
    return n;
}

/* Token i's text as a NUL-terminated copy in a static buffer. */
static const char *S_tok(const rg_seg *seg, const char *s, size_t i)
{
    static char buf[256];
    size_t n = seg->tok[i].end - seg->tok[i].start;
    if (n >= sizeof buf) n = sizeof buf - 1;
    memcpy(buf, s + seg->tok[i].start, n);
    buf[n] = '\0';
    return buf;
}

/* Index of the token whose text is w, or -1. */
static int S_tok_find(const rg_seg *seg, const char *s, const char *w)
{
    for (size_t i = 0; i < seg->n_tok; i++)
        if (strcmp(S_tok(seg, s, i), w) == 0) return (int)i;
    return -1;
}

/* Sentence i's text, copied into buf. */
static const char *S_sent(const rg_seg *seg, const char *s, size_t i, char *buf, size_t cap)
{
    size_t n = seg->sent[i].end - seg->sent[i].start;
    if (n >= cap) n = cap - 1;
    memcpy(buf, s + seg->sent[i].start, n);
    buf[n] = '\0';
    return buf;
}

/* ---------------------------------------------------------------- text */

START_TEST(text_ascii_is_copied)
{
    const char *in = "Ministers met in Oslo on Monday.\n";
    rg_text t;
    ck_assert_int_eq(rg_text_normalize(&t, in, strlen(in)), RG_OK);
    ck_assert_str_eq(t.s, in);
    ck_assert_uint_eq(t.len, strlen(in));
    ck_assert_uint_eq(t.n_invalid, 0);
    ck_assert_int_eq(t.binary, 0);
    for (size_t i = 0; i <= t.len; i++) ck_assert_uint_eq(rg_text_orig(&t, i), i);
    rg_text_free(&t);
}
END_TEST

START_TEST(text_work_found_at_every_offset)
{
    /* the test for "anything to normalise" reads eight bytes at a time: a
     * byte that needs work at each offset of a long line is still found,
     * and line breaks and tabs alone need none */
    static const struct { const char *in, *out; } cases[] = {
        {"\r", "\n"}, {"\x01", " "}, {"\x7F", " "}, {"`", "'"}, {"\xC2\xA0", " "}, {"\xE2\x80\x99", "'"}};
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        for (size_t at = 0; at < 20; at++) {
            char in[96], want[96];
            snprintf(in, sizeof in, "%.*s%s%s", (int)at, "aaaaaaaaaaaaaaaaaaaaaaaa", cases[c].in,
                     "b\nb\tbbbbbbbbbbbbbbb");
            snprintf(want, sizeof want, "%.*s%s%s", (int)at, "aaaaaaaaaaaaaaaaaaaaaaaa", cases[c].out,
                     "b\nb\tbbbbbbbbbbbbbbb");
            rg_text t;
            ck_assert_int_eq(rg_text_normalize(&t, in, strlen(in)), RG_OK);
            ck_assert_msg(strcmp(t.s, want) == 0, "case %zu at %zu: \"%s\"", c, at, t.s);
            rg_text_free(&t);
        }
    }
    const char *plain = "one\ttwo\nthree four five six seven\n";
    rg_text t;
    ck_assert_int_eq(rg_text_normalize(&t, plain, strlen(plain)), RG_OK);
    ck_assert_str_eq(t.s, plain);
    rg_text_free(&t);
}
END_TEST

START_TEST(text_curly_quotes_and_dashes)
{
    /* "Yes," she said — it’s done. (U+201C, U+201D, U+2014, U+2019) */
    const char *in = "\xE2\x80\x9CYes,\xE2\x80\x9D she said \xE2\x80\x94 it\xE2\x80\x99s done.";
    rg_text t;
    ck_assert_int_eq(rg_text_normalize(&t, in, strlen(in)), RG_OK);
    ck_assert_str_eq(t.s, "\"Yes,\" she said - it's done.");
    ck_assert_uint_eq(t.len, strlen(t.s));
    ck_assert_uint_eq(t.n_invalid, 0);
    /* offsets map back to the input: "she" is at 7 in the output and
     * after the 3-byte opening and closing quotes in the input */
    const char *she = strstr(t.s, "she");
    size_t off = (size_t)(she - t.s);
    ck_assert_uint_eq(rg_text_orig(&t, off), (size_t)(strstr(in, "she") - in));
    /* "done" after the em dash and the curly apostrophe */
    off = (size_t)(strstr(t.s, "done") - t.s);
    ck_assert_uint_eq(rg_text_orig(&t, off), (size_t)(strstr(in, "done") - in));
    ck_assert_uint_eq(rg_text_orig(&t, t.len), strlen(in));
    /* the dash's single byte maps to the dash's first input byte */
    off = (size_t)(strchr(t.s, '-') - t.s);
    ck_assert_uint_eq(rg_text_orig(&t, off), (size_t)(strstr(in, "\xE2\x80\x94") - in));
    rg_text_free(&t);
}
END_TEST

START_TEST(text_nbsp_and_crlf)
{
    const char *in = "Talks ended.\r\nThe\xC2\xA0minister left.\r\n";
    rg_text t;
    ck_assert_int_eq(rg_text_normalize(&t, in, strlen(in)), RG_OK);
    ck_assert_str_eq(t.s, "Talks ended.\nThe minister left.\n");
    size_t off = (size_t)(strstr(t.s, "minister") - t.s);
    ck_assert_uint_eq(rg_text_orig(&t, off), (size_t)(strstr(in, "minister") - in));
    off = (size_t)(strstr(t.s, "The") - t.s);
    ck_assert_uint_eq(rg_text_orig(&t, off), (size_t)(strstr(in, "The") - in));
    ck_assert_uint_eq(rg_text_orig(&t, t.len), strlen(in));
    rg_text_free(&t);
}
END_TEST

START_TEST(text_lone_cr)
{
    const char *in = "One line.\rAnother line.";
    rg_text t;
    ck_assert_int_eq(rg_text_normalize(&t, in, strlen(in)), RG_OK);
    ck_assert_str_eq(t.s, "One line.\nAnother line.");
    rg_text_free(&t);
}
END_TEST

START_TEST(text_invalid_bytes_replaced_and_counted)
{
    const char *in = "Rome \xFF and \xC3 Paris";
    rg_text t;
    ck_assert_int_eq(rg_text_normalize(&t, in, strlen(in)), RG_OK);
    ck_assert_str_eq(t.s, "Rome \xEF\xBF\xBD and \xEF\xBF\xBD Paris");
    ck_assert_uint_eq(t.n_invalid, 2);
    ck_assert_uint_eq(t.first_invalid, 5);
    size_t off = (size_t)(strstr(t.s, "Paris") - t.s);
    ck_assert_uint_eq(rg_text_orig(&t, off), (size_t)(strstr(in, "Paris") - in));
    ck_assert_uint_eq(rg_text_orig(&t, 5), 5); /* U+FFFD maps to the bad byte */
    ck_assert_int_eq(t.binary, 0);
    rg_text_free(&t);
}
END_TEST

START_TEST(text_overlong_and_surrogate_are_invalid)
{
    /* an overlong "/" (C0 AF) and an encoded surrogate (ED A0 80) */
    const char *in = "a\xC0\xAF" "b\xED\xA0\x80" "c";
    rg_text t;
    ck_assert_int_eq(rg_text_normalize(&t, in, strlen(in)), RG_OK);
    ck_assert_uint_eq(t.n_invalid, 5);
    ck_assert_uint_eq(t.first_invalid, 1);
    ck_assert_ptr_null(strchr(t.s, '/'));
    rg_text_free(&t);
}
END_TEST

START_TEST(text_valid_non_ascii_kept)
{
    const char *in = "Jos\xC3\xA9 and Erdo\xC4\x9F" "an";
    rg_text t;
    ck_assert_int_eq(rg_text_normalize(&t, in, strlen(in)), RG_OK);
    ck_assert_str_eq(t.s, in);
    ck_assert_uint_eq(t.n_invalid, 0);
    rg_text_free(&t);
}
END_TEST

START_TEST(text_nul_is_binary)
{
    const char in[] = "Lima\0Quito";
    rg_text t;
    ck_assert_int_eq(rg_text_normalize(&t, in, sizeof in - 1), RG_OK);
    ck_assert_int_eq(t.binary, 1);
    rg_text_free(&t);
}
END_TEST

/* -------------------------------------------------------------- tokens */

START_TEST(tokens_abbreviations_and_possessives)
{
    const char *s = "The U.S. envoy met Mr. Smith's aides and al-Assad's deputy.";
    rg_seg seg;
    memset(&seg, 0, sizeof seg);
    rg_tokenize(&seg, s, strlen(s));

    int us = S_tok_find(&seg, s, "U.S.");
    ck_assert_msg(us >= 0, "U.S. is not one token");
    ck_assert(seg.tok[us].flags & T_ABBR);
    ck_assert(seg.tok[us].flags & T_ACRODOT);

    int mr = S_tok_find(&seg, s, "Mr.");
    ck_assert_msg(mr >= 0, "Mr. is not one token");
    ck_assert(seg.tok[mr].flags & T_ABBR);

    int smith = S_tok_find(&seg, s, "Smith");
    ck_assert_msg(smith >= 0, "Smith's: 's not split off");
    ck_assert_str_eq(S_tok(&seg, s, (size_t)smith + 1), "'s");
    ck_assert(seg.tok[smith + 1].flags & T_POSS);

    int assad = S_tok_find(&seg, s, "al-Assad");
    ck_assert_msg(assad >= 0, "al-Assad is not one token");
    ck_assert(seg.tok[assad].flags & T_HYPH);
    ck_assert_str_eq(S_tok(&seg, s, (size_t)assad + 1), "'s");

    /* the final full stop is a token of its own */
    ck_assert_str_eq(S_tok(&seg, s, seg.n_tok - 1), ".");
    ck_assert(seg.tok[seg.n_tok - 1].flags & T_PUNCT);
    rg_seg_free(&seg);
}
END_TEST

START_TEST(tokens_name_led_split_at_hyphen)
{
    const char *s = "the Russia-led coalition and a de-escalation zone";
    rg_seg seg;
    memset(&seg, 0, sizeof seg);
    rg_tokenize(&seg, s, strlen(s));
    int r = S_tok_find(&seg, s, "Russia");
    ck_assert_msg(r >= 0, "Russia-led not split");
    ck_assert_str_eq(S_tok(&seg, s, (size_t)r + 1), "-");
    ck_assert_str_eq(S_tok(&seg, s, (size_t)r + 2), "led");
    /* a lower-case compound stays one word */
    ck_assert_int_ge(S_tok_find(&seg, s, "de-escalation"), 0);
    rg_seg_free(&seg);
}
END_TEST

START_TEST(tokens_offsets_and_case_flags)
{
    const char *s = "NATO said Berlin agreed";
    rg_seg seg;
    memset(&seg, 0, sizeof seg);
    rg_tokenize(&seg, s, strlen(s));
    ck_assert_uint_eq(seg.n_tok, 4);
    ck_assert_uint_eq(seg.tok[0].start, 0);
    ck_assert_uint_eq(seg.tok[0].end, 4);
    ck_assert(seg.tok[0].flags & T_UPPER);
    ck_assert(seg.tok[1].flags & T_LOWER);
    ck_assert(seg.tok[2].flags & T_CAP);
    ck_assert_str_eq(rg_tok_lc(&seg, 2), "berlin");
    ck_assert_uint_eq(seg.tok[3].end, strlen(s));
    rg_seg_free(&seg);
}
END_TEST

START_TEST(tokens_empty_input)
{
    rg_seg seg;
    memset(&seg, 0, sizeof seg);
    rg_segment(&seg, "", 0);
    ck_assert_uint_eq(seg.n_tok, 0);
    rg_seg_free(&seg);
}
END_TEST

/* ----------------------------------------------------------- sentences */

START_TEST(sentences_abbreviations_do_not_split)
{
    const char *s = "Mr. Smith met Gen. Jones. They talked about the U.S. economy for an hour.";
    char buf[256];
    rg_seg seg;
    memset(&seg, 0, sizeof seg);
    rg_segment(&seg, s, strlen(s));
    ck_assert_uint_eq(seg.n_sent, 2);
    ck_assert_str_eq(S_sent(&seg, s, 0, buf, sizeof buf), "Mr. Smith met Gen. Jones.");
    ck_assert_str_eq(S_sent(&seg, s, 1, buf, sizeof buf), "They talked about the U.S. economy for an hour.");
    /* tokens carry their sentence */
    int jones = S_tok_find(&seg, s, "Jones");
    int they = S_tok_find(&seg, s, "They");
    ck_assert_uint_eq(seg.tok[jones].sent, 0);
    ck_assert_uint_eq(seg.tok[they].sent, 1);
    ck_assert(seg.tok[they].flags & T_SSTART);
    rg_seg_free(&seg);
}
END_TEST

/* A word spelt like a title ends a sentence when an opener or the end of
 * the text follows its dot; a title's dot does not. */
START_TEST(sentences_title_word_at_the_end)
{
    const char *s = "Cambodian leader Hun Sen. He met Sen. John McCain. They met Hun Sen.\n";
    char buf[256];
    rg_seg seg;
    memset(&seg, 0, sizeof seg);
    rg_segment(&seg, s, strlen(s));
    ck_assert_uint_eq(seg.n_sent, 3);
    ck_assert_str_eq(S_sent(&seg, s, 0, buf, sizeof buf), "Cambodian leader Hun Sen.");
    ck_assert_str_eq(S_sent(&seg, s, 1, buf, sizeof buf), "He met Sen. John McCain.");
    ck_assert_str_eq(S_sent(&seg, s, 2, buf, sizeof buf), "They met Hun Sen.");
    ck_assert_int_ge(S_tok_find(&seg, s, "Sen."), 0); /* the title before John */
    rg_seg_free(&seg);
}
END_TEST

/* ... so the name keeps its last word */
START_TEST(extract_name_ending_like_a_title)
{
    rg_doc *d = S_doc("Cambodian leader Hun Sen. He met Sen. John McCain. They met Hun Sen.\n");
    S_label_is(d, RG_PERSON, "Hun Sen", 1);
    S_label_is(d, RG_PERSON, "John McCain", 1);
    S_label_is(d, RG_PERSON, "Hun", 0);
    rg_doc_free(d);
}
END_TEST

/* A country or demonym right after a given name, with no capitalised
 * word after it, is a surname; after other words it is the country. */
START_TEST(extract_country_word_as_surname)
{
    rg_doc *d = S_doc("UN human rights chief Volker Turk called for an inquiry. Portuguese Prime Minister "
                      "Luis Montenegro said no. Talks with Jordan went on.");
    S_label_is(d, RG_PERSON, "Volker Turk", 1);
    S_label_is(d, RG_PERSON, "Luis Montenegro", 1);
    S_must(d, "country:JOR");
    ck_assert_msg(S_ent_key(d, "country:TUR") < 0 && S_ent_key(d, "country:MNE") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* "and" inside an organisation's name ("Ministry of Trade and Industry")
 * does not swallow a person after a whole name: "the Unity Party and
 * Tomas Vandle" are a party and a man. */
START_TEST(extract_org_name_then_and_a_person)
{
    rg_doc *d = S_doc("The court heard the Unity Party and Tomas Vandle on Monday.");
    S_label_is(d, RG_GROUP, "Unity Party", 1);
    S_label_is(d, RG_PERSON, "Tomas Vandle", 1);
    rg_doc_free(d);
    d = S_doc("Kenya's Ministry of Trade and Industry said on Monday that exports rose.");
    S_must(d, "group:KEN-trade-ministry");
    rg_doc_free(d);
}
END_TEST

/* A capitalised name that ends in a word for a territory is a place
 * whatever its first word ("Homa Bay County": Homa is a given name too),
 * unless it opens a group's name found before ("Echo Bay" after "Echo
 * Bay Mines Ltd"); and a date after "on" ends an organisation's name
 * ("the Directorate of Criminal Investigations on Sunday"). */
START_TEST(extract_territory_names_and_dates_after_names)
{
    rg_doc *d = S_doc("Police in Homa Bay County arrested a blogger, and Hassan Bay was quiet.");
    S_label_is(d, RG_PLACE, "Homa Bay County", 1);
    S_no_person(d, "Homa Bay County");
    rg_doc_free(d);
    d = S_doc("Echo Bay Mines Ltd said output rose. Echo Bay said it would expand.");
    ck_assert_msg(S_ent_label(d, RG_PLACE, "Echo Bay") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
    d = S_doc("He was held by the Directorate of Criminal Investigations on Sunday.");
    S_label_is(d, RG_GROUP, "Directorate of Criminal Investigations", 1);
    rg_doc_free(d);
}
END_TEST

/* A lake named after a country is a place, not the country: "the Lake
 * Chad islands", "fishermen on Lake Malawi" name no actor. */
START_TEST(extract_lake_named_after_a_country)
{
    rg_doc *d = S_doc("ISWAP fighters withdrew towards the Lake Chad islands after attacking a base.");
    ck_assert_msg(S_ent_key(d, "country:TCD") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
    d = S_doc("Tanzania accused fishermen of poaching on Lake Malawi.");
    ck_assert_msg(S_ent_key(d, "country:MWI") < 0, "entities: %s", S_ents(d));
    S_must(d, "country:TZA");
    rg_doc_free(d);
}
END_TEST

/* Inside a person's name, a place's word is a middle name when a name
 * word follows ("Juan Orlando Hernandez"), and a one-word organisation
 * after two given names is the surname ("Tarek William Saab"). */
START_TEST(extract_place_and_firm_words_inside_names)
{
    rg_doc *d = S_doc("Carlos Orlando Mendez met the prosecutor, Maria Anne Shell, in Nairobi on Monday.");
    S_label_is(d, RG_PERSON, "Carlos Orlando Mendez", 1);
    S_label_is(d, RG_PERSON, "Maria Anne Shell", 1);
    ck_assert_msg(S_ent_key(d, "group:shell") < 0 && S_ent_key(d, "place:orlando") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);

    /* and a one-word organisation ending a name after a given name and a
     * word the lexicon does not know is its surname */
    d = S_doc("Foreign Minister Maria Kayikwamba Shell met the envoy.");
    S_label_is(d, RG_PERSON, "Maria Kayikwamba Shell", 1);
    ck_assert_msg(S_ent_key(d, "group:shell") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);

    /* after a title, the place's word may follow a word the lexicon does
     * not know at all ("spokesman Abdifatah Aden Hassan") */
    d = S_doc("Police spokesman Gurey Aden Warsame said the attackers were killed.");
    S_label_is(d, RG_PERSON, "Gurey Aden Warsame", 1);
    ck_assert_msg(S_ent_key(d, "place:aden") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* A person noun with its phrase of place before the comma of an
 * apposition vouches for the unknown name after it ("A Fano commander in
 * the area, Zemene Kassie,"); "of" does not ("pilots of its subsidiary,
 * Pan Am Express"). */
START_TEST(extract_apposition_after_role_and_place)
{
    rg_doc *d = S_doc("A militia commander in the district, Gurey Warsame, rejected the offer.");
    S_label_is(d, RG_PERSON, "Gurey Warsame", 1);
    rg_doc_free(d);
    d = S_doc("The pilots of its regional subsidiary, Sky Harbor Express, will join the union.");
    S_no_person(d, "pilots of its subsidiary, X");
    rg_doc_free(d);
}
END_TEST

START_TEST(sentences_question_and_exclamation_split)
{
    const char *s = "Will the ceasefire hold? Nobody knows. It must hold! Officials agreed.";
    char buf[256];
    rg_seg seg;
    memset(&seg, 0, sizeof seg);
    rg_segment(&seg, s, strlen(s));
    ck_assert_uint_eq(seg.n_sent, 4);
    ck_assert_str_eq(S_sent(&seg, s, 0, buf, sizeof buf), "Will the ceasefire hold?");
    ck_assert_str_eq(S_sent(&seg, s, 1, buf, sizeof buf), "Nobody knows.");
    ck_assert_str_eq(S_sent(&seg, s, 2, buf, sizeof buf), "It must hold!");
    rg_seg_free(&seg);
}
END_TEST

START_TEST(sentences_paragraphs)
{
    const char *s = "The first talks ended.\n\nThe second round began on Friday.";
    rg_seg seg;
    memset(&seg, 0, sizeof seg);
    rg_segment(&seg, s, strlen(s));
    ck_assert_uint_eq(seg.n_sent, 2);
    ck_assert_uint_ne(seg.sent[0].paragraph, seg.sent[1].paragraph);
    rg_seg_free(&seg);
}
END_TEST

START_TEST(sentences_speaker_label)
{
    const char *s = "SECRETARY SMITH: Thank you. We are glad to be here.";
    char buf[256];
    rg_seg seg;
    memset(&seg, 0, sizeof seg);
    rg_segment(&seg, s, strlen(s));
    ck_assert_uint_eq(seg.n_labels, 1);
    ck_assert_uint_ge(seg.n_sent, 3);
    ck_assert_str_eq(S_sent(&seg, s, 0, buf, sizeof buf), "SECRETARY SMITH:");
    ck_assert_str_eq(S_sent(&seg, s, 1, buf, sizeof buf), "Thank you.");
    ck_assert_uint_eq(seg.labels[0].sentence, 0);
    ck_assert_uint_eq(seg.labels[0].tok_from, 0);
    int smith = S_tok_find(&seg, s, "SMITH");
    ck_assert(seg.tok[smith].flags & T_SPEAKER);
    int thank = S_tok_find(&seg, s, "Thank");
    ck_assert(!(seg.tok[thank].flags & T_SPEAKER));
    rg_seg_free(&seg);
}
END_TEST

/* ------------------------------------------------------------ name key */

static int S_key_eq(const char *a, const char *b)
{
    rg_buf ka = RG_BUF_INIT, kb = RG_BUF_INIT;
    rg_name_key(&ka, a, strlen(a));
    rg_name_key(&kb, b, strlen(b));
    ck_assert_msg(ka.len > 0 && kb.len > 0, "empty key for '%s' or '%s'", a, b);
    int eq = strcmp(ka.ptr, kb.ptr) == 0;
    rg_buf_free(&ka);
    rg_buf_free(&kb);
    return eq;
}

START_TEST(name_key_transliterations)
{
    ck_assert(S_key_eq("Sergei", "Sergey"));
    ck_assert(S_key_eq("Sergei Volkov", "Sergey Volkov"));
    ck_assert(S_key_eq("Qadhafi", "Gaddafi"));
    ck_assert(S_key_eq("Muammar Qadhafi", "Moammar Gaddafi"));
    ck_assert(S_key_eq("Volkov", "VOLKOV"));
}
END_TEST

START_TEST(name_key_different_names)
{
    ck_assert(!S_key_eq("Kerry", "Kirby"));
    ck_assert(!S_key_eq("Anna Weber", "Lukas Weber"));
    ck_assert(!S_key_eq("Brandt", "Durand"));
}
END_TEST

/* ----------------------------------------------------------- countries */

START_TEST(extract_countries_by_name)
{
    rg_doc *d = S_doc("Brazil and Argentina resumed trade talks in the capital.");
    int br = S_must(d, "country:BRA");
    (void)S_must(d, "country:ARG");
    ck_assert_str_eq(d->entities[br].label, "Brazil");
    ck_assert_str_eq(d->entities[br].code, "BRA");
    ck_assert_int_eq(d->entities[br].type, RG_COUNTRY);
    /* mentions point at their text */
    size_t found = 0;
    for (size_t i = 0; i < d->n_mentions; i++) {
        const rg_mention *m = &d->mentions[i];
        if (m->entity == br) {
            ck_assert_uint_eq(m->end - m->start, 6);
            ck_assert_int_eq(memcmp(d->text.s + m->start, "Brazil", 6), 0);
            found++;
        }
    }
    ck_assert_uint_eq(found, 1);
    rg_doc_free(d);
}
END_TEST

START_TEST(extract_country_alias_and_demonym)
{
    rg_doc *d = S_doc("Officials in the U.S. said the talks would resume. Chinese diplomats "
                      "welcomed the news, and the United States thanked them.");
    int us = S_must(d, "country:USA");
    (void)S_must(d, "country:CHN");
    /* "U.S." and "United States" are one entity with two mentions */
    ck_assert_int_eq(d->entities[us].mentions, 2);
    ck_assert_str_eq(d->entities[us].label, "United States");
    size_t us_mentions = 0;
    for (size_t i = 0; i < d->n_mentions; i++)
        if (d->mentions[i].entity == us) us_mentions++;
    ck_assert_uint_eq(us_mentions, 2);
    rg_doc_free(d);
    /* the abbreviations news uses for countries with two-word names */
    d = S_doc("N.Z. and S. Africa signed a trade pact.");
    ck_assert_msg(S_has_inter(d, RG_AGREE, S_must(d, "country:NZL"), S_must(d, "country:ZAF")), "no agree NZ - S. Africa");
    rg_doc_free(d);
}
END_TEST

/* "Iraqi officials", "the Russian government": the country stands for
 * the phrase, but the mention's span is the country's name alone. */
START_TEST(extract_country_government_span_is_the_name)
{
    const char *text = "Iraqi officials said the border was closed.";
    rg_doc *d = S_doc(text);
    int iq = S_must(d, "country:IRQ");
    size_t n = 0;
    for (size_t i = 0; i < d->n_mentions; i++)
        if (d->mentions[i].entity == iq) {
            n++;
            ck_assert_uint_eq(d->mentions[i].start, 0);
            ck_assert_uint_eq(d->mentions[i].end, strlen("Iraqi"));
        }
    ck_assert_uint_eq(n, 1);
    rg_doc_free(d);
}
END_TEST

/* -------------------------------------------------------------- people */

START_TEST(extract_person_with_title_and_affiliation)
{
    rg_doc *d = S_doc("French President Jacques Durand arrived in Lyon on Sunday.");
    int p = S_ent_label(d, RG_PERSON, "Jacques Durand");
    ck_assert_msg(p >= 0, "entities: %s", S_ents(d));
    const rg_entity *e = &d->entities[p];
    ck_assert_pstr_eq(e->affiliation, "country:FRA");
    ck_assert(strncmp(e->key, "person:", 7) == 0);
    int has_role = 0;
    for (size_t i = 0; i < e->n_roles; i++)
        if (strcmp(e->roles[i], "President") == 0) has_role = 1;
    ck_assert_msg(has_role, "no role President");
    /* the title is not a person of its own, and "French" is France */
    ck_assert_int_lt(S_ent_label(d, RG_PERSON, "President Jacques Durand"), 0);
    ck_assert_int_ge(S_ent_key(d, "country:FRA"), 0);
    rg_doc_free(d);
}
END_TEST

/* A title word with no name after it, in a name that has a given name,
 * is the surname: "John Major", "Stephen King", "Martin Luther King Jr."
 * Before a name it is still a title ("King Abdullah"). */
START_TEST(extract_title_word_as_surname)
{
    rg_doc *d = S_doc("Prime Minister John Major said Stephen King wrote to Martin Luther King Jr. "
                      "in 1960. King Abdullah replied.");
    S_label_is(d, RG_PERSON, "John Major", 1);
    S_label_is(d, RG_PERSON, "Stephen King", 1);
    S_label_is(d, RG_PERSON, "Martin Luther King Jr.", 1);
    S_label_is(d, RG_PERSON, "King Abdullah", 1);
    ck_assert_msg(S_ent_label(d, RG_PERSON, "Jr.") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* One name under a monarch's title is a given name: the person is named
 * with the title, is no surname of another ("King Salman" is not
 * Mohammed bin Salman; across documents: builder_regnal_not_surname),
 * and may be a full name's given name ("Prince Mohammed"). */
START_TEST(extract_regnal_name)
{
    rg_doc *d = S_doc("Saudi King Salman and Crown Prince Mohammed bin Salman met Kenya's President. "
                      "Prince Mohammed said so.");
    int k = S_ent_label(d, RG_PERSON, "King Salman"), m = S_ent_label(d, RG_PERSON, "Mohammed bin Salman");
    ck_assert_msg(k >= 0 && m >= 0, "entities: %s", S_ents(d));
    ck_assert_int_eq(d->entities[k].mentions, 1);
    ck_assert_int_eq(d->entities[m].mentions, 2);
    rg_doc_free(d);
}
END_TEST

/* "X, known as Y": Y is X, there and when it comes back alone. */
START_TEST(extract_known_as_alias)
{
    rg_doc *d = S_doc("Militia leader Odalo Brenquist, better known as Kestrel, said he was ready. "
                      "Kestrel later met the envoy.");
    int p = S_ent_label(d, RG_PERSON, "Odalo Brenquist");
    ck_assert_msg(p >= 0, "entities: %s", S_ents(d));
    ck_assert_int_lt(S_ent_label(d, RG_PERSON, "Kestrel"), 0);
    ck_assert_int_eq(d->entities[p].mentions, 3);
    rg_doc_free(d);
    /* a full name as the other name: one person, labelled by the first */
    d = S_doc("Police arrested opposition leader Robert Kyagulanyi, alias Bobi Wine, on Tuesday.");
    p = S_ent_label(d, RG_PERSON, "Robert Kyagulanyi");
    ck_assert_msg(p >= 0 && S_ent_label(d, RG_PERSON, "Bobi Wine") < 0, "entities: %s", S_ents(d));
    ck_assert_int_eq(d->entities[p].mentions, 2);
    rg_doc_free(d);
}
END_TEST

START_TEST(extract_surname_resolves_to_full_name)
{
    rg_doc *d = S_doc("Austrian Chancellor Lukas Weber arrived on Monday. "
                      "Weber later spoke to reporters.");
    int p = S_ent_label(d, RG_PERSON, "Lukas Weber");
    ck_assert_msg(p >= 0, "entities: %s", S_ents(d));
    ck_assert_int_lt(S_ent_label(d, RG_PERSON, "Weber"), 0);
    ck_assert_int_eq(d->entities[p].mentions, 2);
    /* the mention in the second sentence is the same entity */
    int seen = 0;
    for (size_t i = 0; i < d->n_mentions; i++) {
        const rg_mention *m = &d->mentions[i];
        if (m->sentence == 1 && m->end - m->start == 5 && memcmp(d->text.s + m->start, "Weber", 5) == 0) {
            ck_assert_int_eq(m->entity, p);
            seen = 1;
        }
    }
    ck_assert_msg(seen, "no mention of Weber in sentence 1");
    rg_doc_free(d);
    /* a Spanish full name's paternal surname is its second-last word */
    d = S_doc("Opposition leader Edmundo Gonzalvez Urrutero landed in Madrid on Sunday. "
              "Officials said Gonzalvez had asked for asylum.");
    p = S_ent_label(d, RG_PERSON, "Edmundo Gonzalvez Urrutero");
    ck_assert_msg(p >= 0, "entities: %s", S_ents(d));
    ck_assert_int_lt(S_ent_label(d, RG_PERSON, "Gonzalvez"), 0);
    ck_assert_int_eq(d->entities[p].mentions, 2);
    rg_doc_free(d);
}
END_TEST

START_TEST(extract_same_key_across_spellings)
{
    rg_doc *a = S_doc("Foreign Minister Sergei Volkov arrived in the capital.");
    rg_doc *b = S_doc("Foreign Minister Sergey Volkov arrived in the capital.");
    int pa = S_ent_label(a, RG_PERSON, "Sergei Volkov");
    int pb = S_ent_label(b, RG_PERSON, "Sergey Volkov");
    ck_assert_msg(pa >= 0 && pb >= 0, "entities: %s / %s", S_ents(a), S_ents(b));
    ck_assert_str_eq(a->entities[pa].key, b->entities[pb].key);
    rg_doc_free(a);
    rg_doc_free(b);
}
END_TEST

START_TEST(extract_non_ascii_names_and_offsets)
{
    /* curly quotes and an em dash before the names shift every offset */
    const char *in = "\xE2\x80\x9CWe agree,\xE2\x80\x9D said Turkish President Recep Tayyip "
                     "Erdo\xC4\x9F" "an \xE2\x80\x94 after talks with Portuguese Prime Minister "
                     "Jos\xC3\xA9 Manuel Barroso.";
    rg_doc *d = S_doc(in);
    int e = S_ent_label(d, RG_PERSON, "Recep Tayyip Erdo\xC4\x9F" "an");
    int b = S_ent_label(d, RG_PERSON, "Jos\xC3\xA9 Manuel Barroso");
    ck_assert_msg(e >= 0 && b >= 0, "entities: %s", S_ents(d));
    ck_assert_pstr_eq(d->entities[e].affiliation, "country:TUR");
    ck_assert_pstr_eq(d->entities[b].affiliation, "country:PRT");
    /* every mention's normalised text equals the input bytes its offsets
     * map back to, except for the replaced punctuation (none inside) */
    for (size_t i = 0; i < d->n_mentions; i++) {
        const rg_mention *m = &d->mentions[i];
        size_t s = rg_text_orig(&d->text, m->start), t = rg_text_orig(&d->text, m->end);
        ck_assert_uint_le(s, t);
        ck_assert_uint_le(t, strlen(in));
        ck_assert_uint_eq(t - s, m->end - m->start);
        ck_assert_int_eq(memcmp(in + s, d->text.s + m->start, t - s), 0);
    }
    rg_doc_free(d);
}
END_TEST

/* A mention's end offset, mapped back to the input with
 * rg_text_orig_end(), leaves out characters the normaliser dropped after
 * it (a zero-width space, a soft hyphen, U+FEFF).
 *   input:    "Kenya and \u200bTanzania\u200b agreed on Monday."
 *   expected: the Tanzania mention maps to the input bytes "Tanzania" */
START_TEST(extract_end_offset_skips_dropped_chars)
{
    const char *in = "Kenya and \xE2\x80\x8BTanzania\xE2\x80\x8B agreed on Monday.";
    rg_doc *d = S_doc(in);
    int tz = S_must(d, "country:TZA");
    for (size_t i = 0; i < d->n_mentions; i++) {
        const rg_mention *m = &d->mentions[i];
        if (m->entity != tz) continue;
        size_t s = rg_text_orig(&d->text, m->start), e = rg_text_orig_end(&d->text, m->end);
        ck_assert_msg(e - s == 8 && memcmp(in + s, "Tanzania", 8) == 0,
                      "Tanzania maps to input bytes %zu..%zu", s, e);
    }
    rg_doc_free(d);
}
END_TEST

/* -------------------------------------------------------------- groups */

START_TEST(extract_org_found_by_name_finder)
{
    rg_doc *d = S_doc("Officials from the Northfield Mining Corporation visited Ghana on Friday.");
    int g = S_ent_label(d, RG_GROUP, "Northfield Mining Corporation");
    ck_assert_msg(g >= 0, "entities: %s", S_ents(d));
    ck_assert_int_ge(S_ent_key(d, "country:GHA"), 0);
    rg_doc_free(d);
}
END_TEST

/* The lexicon knows the main parties of every country, with their
 * country; a stock ticker in angle brackets is the company before it,
 * or no one, whatever party or group its letters spell elsewhere. */
START_TEST(extract_parties_and_tickers)
{
    rg_doc *d = S_doc("Frelimo accused Renamo of breaking the ceasefire. Chadema leaders accused the ruling "
                      "Chama Cha Mapinduzi of rigging the vote.");
    int fr = S_ent_label(d, RG_GROUP, "Frelimo"), re = S_ent_label(d, RG_GROUP, "Renamo");
    int cd = S_ent_label(d, RG_GROUP, "Chadema"), cc = S_ent_label(d, RG_GROUP, "Chama Cha Mapinduzi");
    ck_assert_msg(fr >= 0 && re >= 0 && cd >= 0 && cc >= 0, "entities: %s", S_ents(d));
    ck_assert_pstr_eq(d->entities[fr].affiliation, "country:MOZ");
    ck_assert_pstr_eq(d->entities[cc].affiliation, "country:TZA");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, fr, re), "no accuse Frelimo -> Renamo");
    rg_doc_free(d);
    d = S_doc("Kestro Holdings Corp <FFC> said it would sell the unit.\n\nVANDLE <RNI> HOLDERS APPROVE MERGER\n");
    int k = S_ent_label(d, RG_GROUP, "Kestro Holdings Corp");
    ck_assert_msg(k >= 0, "entities: %s", S_ents(d));
    ck_assert_int_eq(d->entities[k].mentions, 2);
    S_label_is(d, RG_GROUP, "Forces of Freedom and Change", 0);
    S_label_is(d, RG_GROUP, "National Rally of Independents", 0);
    rg_doc_free(d);
}
END_TEST

/* An organisation word or a body with "of" and capitalised common
 * words after it is a name; a sentence-opening common word before "of"
 * is not. A body's words after an organisation word are the name's. */
START_TEST(extract_org_named_by_common_words)
{
    rg_doc *d = S_doc("The Party of Regions met the Government of National Unity. "
                      "Officials of Northfield said so.");
    S_label_is(d, RG_GROUP, "Party of Regions", 1);
    S_label_is(d, RG_GROUP, "Government of National Unity", 1);
    S_label_is(d, RG_GROUP, "Officials of Northfield", 0);
    ck_assert_msg(S_has_inter(d, RG_CONSULT, S_ent_label(d, RG_GROUP, "Party of Regions"),
                              S_ent_label(d, RG_GROUP, "Government of National Unity")),
                  "no consult");
    rg_doc_free(d);
    /* a body's words after the name's organisation word are the name's */
    d = S_doc("The Myanmar National Democratic Alliance Army met the New Jersey Board of Public Utilities.");
    S_label_is(d, RG_GROUP, "Myanmar National Democratic Alliance Army", 1);
    S_label_is(d, RG_GROUP, "New Jersey Board of Public Utilities", 1);
    rg_doc_free(d);
    /* common words joined by "and" before an organisation word */
    d = S_doc("The Competition and Markets Authority fined Kestro Holdings. The Board and Committee met.");
    S_label_is(d, RG_GROUP, "Competition and Markets Authority", 1);
    S_label_is(d, RG_GROUP, "Markets Authority", 0);
    S_label_is(d, RG_GROUP, "Board and Committee", 0);
    rg_doc_free(d);
    /* "on" before the remit; "of the" and a title; the word for the
     * state after "of"; not where a company is ("of the U.S.") */
    d = S_doc("The Commission on Elections disqualified Tomas Vandle. The Office of the Attorney General indicted "
              "him. Agents of the Department of State Services raided the offices of Kestro Corp of the U.S.");
    S_label_is(d, RG_GROUP, "Commission on Elections", 1);
    S_label_is(d, RG_GROUP, "Office of the Attorney General", 1);
    S_label_is(d, RG_GROUP, "Department of State Services", 1);
    S_label_is(d, RG_GROUP, "Kestro Corp", 1);
    rg_doc_free(d);
}
END_TEST

/* A sentence-initial "The" is not part of an organisation's name, so
 * the same organisation at the start of a sentence and in the middle of
 * one is one entity. */
START_TEST(extract_org_sentence_initial_the)
{
    rg_doc *d = S_doc("The Lakeside Farmers Union criticized the plan on Monday. "
                      "Farmers said the Lakeside Farmers Union would protest.");
    int g = S_ent_label(d, RG_GROUP, "Lakeside Farmers Union");
    ck_assert_msg(g >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(d->entities[g].mentions == 2, "entities: %s", S_ents(d));
    ck_assert_int_lt(S_ent_label(d, RG_GROUP, "The Lakeside Farmers Union"), 0);
    rg_doc_free(d);
}
END_TEST

/* ------------------------------------------------------------- nothing */

START_TEST(extract_no_entities)
{
    rg_doc *d = S_doc("The weather was mild and the markets were quiet all week.");
    ck_assert_msg(d->n_entities == 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(d->n_mentions, 0);
    ck_assert_uint_eq(d->n_interactions, 0);
    ck_assert_uint_eq(d->n_sentences, 1);
    rg_doc_free(d);
}
END_TEST

START_TEST(extract_binary_is_refused)
{
    const char in[] = "Chile and Peru\0met.";
    rg_doc *d = NULL;
    rg_extract_opts eo = RG_EXTRACT_OPTS_INIT;
    ck_assert_int_eq(rg_extract(&d, rg_test_lex, "bin", NULL, in, sizeof in - 1, &eo), RG_EINPUT);
    ck_assert_ptr_null(d);
    ck_assert_str_ne(rg_error_last(), "");
}
END_TEST

START_TEST(extract_invalid_utf8_is_not_an_error)
{
    rg_doc *d = S_doc("Portugal and Spain \xFF signed a fishing accord.");
    ck_assert_uint_eq(d->text.n_invalid, 1);
    ck_assert_int_ge(S_ent_key(d, "country:PRT"), 0);
    ck_assert_int_ge(S_ent_key(d, "country:ESP"), 0);
    rg_doc_free(d);
}
END_TEST

/* Fails unless text names the person label with affiliation want (a
 * country key, or NULL for none), naming the text. */
static void S_expect_aff(const char *text, const char *label, const char *want)
{
    rg_doc *d = S_doc(text);
    int a = S_ent_label(d, RG_PERSON, label);
    ck_assert_msg(a >= 0, "%s: entities: %s", text, S_ents(d));
    const char *got = d->entities[a].affiliation;
    ck_assert_msg(want ? got && strcmp(got, want) == 0 : got == NULL, "%s: %s has affiliation %s, not %s", text, label,
                  got ? got : "(none)", want ? want : "(none)");
    rg_doc_free(d);
}

/* A title set off from its name by commas: "Chile's trade minister,
 * NAME, said" and "the Danish ambassador, NAME," give the person the
 * title's country; "the government spokesman" after a country, and a
 * title after a seat of government ("Kremlin spokesman"), too. A
 * clause after a role ("the foreign minister, Lima said") is no name. */
START_TEST(extract_affiliation_from_title_apposition)
{
    static const char *const two = "Chile's trade minister, Pablo Herrera Soto, said talks with Brazil would "
                                   "resume. Kenya expelled the Danish ambassador, Lars Holm Berg, on Monday.";
    S_expect_aff(two, "Pablo Herrera Soto", "country:CHL");
    S_expect_aff(two, "Lars Holm Berg", "country:DNK");

    /* a seat of government's official is his country's */
    S_expect_aff("Kremlin spokesman Pavel Orlov Ivanov criticised Poland.", "Pavel Orlov Ivanov", "country:RUS");
    S_expect_aff("Ghana's government spokesman, Kofi Mensah Boateng, denied the report.", "Kofi Mensah Boateng",
                 "country:GHA");

    /* no name after the comma: the role stays a role */
    rg_doc *d = S_doc("Peru's foreign minister, Lima said on Monday, will travel to Brazil.");
    ck_assert_msg(S_ent_label(d, RG_PERSON, "Lima") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* Context gives a country to people nothing else places: the one
 * country of the clause (a sentence cut at ';' and ':'), not the
 * sentence, and not from a clause that reports speech; someone serving
 * an international body takes none. */
START_TEST(extract_affiliation_from_clause)
{
    static const char *const two = "The crisis in Peru was blamed on Carlos Mendoza Ruiz; the same happened with "
                                   "Ahmed Farouk Nasser in Egypt.";
    S_expect_aff(two, "Carlos Mendoza Ruiz", "country:PER");
    S_expect_aff(two, "Ahmed Farouk Nasser", "country:EGY");

    /* a speaker talking about a country does not belong to it */
    S_expect_aff("\"We cannot sell more grain to Canada,\" said Peter Olsen Hartley at the meeting.",
                 "Peter Olsen Hartley", NULL);
    /* two countries in the clause: no guess */
    S_expect_aff("Carlos Mendoza Ruiz travelled between Peru and Chile.", "Carlos Mendoza Ruiz", NULL);
    /* an envoy of the United Nations is not Syrian */
    S_expect_aff("UN Special Envoy Lars Eriksson Holm will convene the talks on Syria.", "Lars Eriksson Holm", NULL);
}
END_TEST

/* A question that hands the floor names the next speaker: "..., John?"
 * then "MR BAXTER:" is John Baxter; a thank-you does not. */
START_TEST(extract_speaker_completed_by_question)
{
    rg_doc *d = S_doc("SECRETARY KERRY: So I think we are done. What are we doing, John?\n\n"
                      "MR BAXTER: We have time for two questions.\n\n"
                      "QUESTION: Mr. Baxter, one more?\n");
    int a = S_ent_label(d, RG_PERSON, "John Baxter");
    ck_assert_msg(a >= 0, "entities: %s", S_ents(d));
    ck_assert_int_lt(S_ent_label(d, RG_PERSON, "Baxter"), 0);
    rg_doc_free(d);

    d = S_doc("SECRETARY KERRY: Thank you, John.\n\nMR BAXTER: We have time for two questions.\n");
    ck_assert_msg(S_ent_label(d, RG_PERSON, "John Baxter") < 0, "entities: %s", S_ents(d));
    S_label_is(d, RG_PERSON, "Baxter", 1);
    rg_doc_free(d);
}
END_TEST

/* Company names are not people: a run of organisation and common words
 * ("Chemical Corp"), an organisation word alone ("the Commission"), and
 * "PERSON of COMPANY" is a person and a company, not one name. */
START_TEST(extract_companies_are_not_people)
{
    rg_doc *d = S_doc("Charles Jensen of Hartwell Securities said the stock was stodgy.");
    int p = S_ent_label(d, RG_PERSON, "Charles Jensen"), g = S_ent_label(d, RG_GROUP, "Hartwell Securities");
    ck_assert_msg(p >= 0 && g >= 0, "entities: %s", S_ents(d));
    rg_doc_free(d);

    d = S_doc("International Minerals and\nChemical Corp said it completed the purchase. "
              "The Commission said it would look into it.");
    S_no_person(d, "");
    S_label_is(d, RG_GROUP, "Chemical Corp", 1);
    rg_doc_free(d);
}
END_TEST

/* Names with no given name the lexicon knows are people when the text
 * says so: "who" after them, an age or origin before them, or a list
 * they share with a known person; an apposition after a company is not
 * such a list. */
START_TEST(extract_person_cues_who_age_and_lists)
{
    static const struct { const char *text, *person; } yes[] = {
        {"The axe fell on Alaina Alexandrova, who sang a tepid ballad.", "Alaina Alexandrova"},
        {"Police arrested the 77-year-old Posada Carriles in May.", "Posada Carriles"},
        {"Egyptian-born Muhsin Atwah was wanted in connection with the bombings.", "Muhsin Atwah"},
        {"The team named Jarome Iginla, Dany Heatley, Shane Doan and Ryan Smyth.", "Jarome Iginla"},
        {"The team named Jarome Iginla, Dany Heatley, Shane Doan and Ryan Smyth.", "Dany Heatley"},
        {"American astronauts Miguel Lopez and Sunita Wilhelms return to Earth on Sunday.", "Sunita Wilhelms"},
    };
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
        rg_doc *d = S_doc(yes[i].text);
        ck_assert_msg(S_ent_label(d, RG_PERSON, yes[i].person) >= 0, "%s: entities: %s", yes[i].text, S_ents(d));
        rg_doc_free(d);
    }
    rg_doc *d = S_doc("An official with the German firm Bilfinger Berger, Thomas Horbach, said the site was safe.");
    ck_assert_msg(S_ent_label(d, RG_PERSON, "Bilfinger Berger") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
    /* words for people before a speech verb, and a leader's name inside a
     * compound, are no names */
    static const char *const no[] = {"Witnesses said soldiers returned fire.",
                                     "Analysts said the market would fall.",
                                     "He was an economic official from the Clinton-era and left in May.",
                                     /* (a leader's surname after "the village of" is a place) */
                                     "Troops killed 50 people in the central village of Moura on Friday."};
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++) {
        d = S_doc(no[i]);
        S_no_person(d, no[i]);
        rg_doc_free(d);
    }
}
END_TEST

/* A title's portfolio ("Secretary of State for Trade and Industry") is
 * not part of the name after it; a title word that opens an
 * organisation's name ("General Mining Corp", "Duke University") makes
 * no person. */
START_TEST(extract_title_portfolio_and_title_words_in_orgs)
{
    rg_doc *d = S_doc("British Secretary of State for Trade and Industry Paul Channon said the plan would work.");
    int p = S_ent_label(d, RG_PERSON, "Paul Channon");
    ck_assert_msg(p >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(d->entities[p].affiliation && strcmp(d->entities[p].affiliation, "country:GBR") == 0,
                  "affiliation %s", d->entities[p].affiliation ? d->entities[p].affiliation : "(none)");
    rg_doc_free(d);

    d = S_doc("Shares of General Mining Corp rose after a study by Duke University was published.");
    S_label_is(d, RG_GROUP, "General Mining Corp", 1);
    S_label_is(d, RG_GROUP, "Duke University", 1);
    S_no_person(d, "");
    rg_doc_free(d);
}
END_TEST

/* Wire copy names a company in full once and then by its first words:
 * those are the company, not a person ("Monsanto said"), unless a full
 * name in the document claims the word first (Baker), or a lower-case
 * word after it shows an adjective ("European incentives"). */
START_TEST(extract_org_short_forms)
{
    rg_doc *d = S_doc("Halvern Chemical Corp said it would close a plant. Halvern said the plant was old. "
                      "Analysts said Halvern's shares fell.");
    int g = S_ent_label(d, RG_GROUP, "Halvern Chemical Corp");
    ck_assert_msg(g >= 0, "entities: %s", S_ents(d));
    S_no_person(d, "");
    size_t n = 0;
    for (size_t i = 0; i < d->n_mentions; i++) n += d->mentions[i].entity == g;
    ck_assert_msg(n == 3, "%zu mentions of the company (entities: %s)", n, S_ents(d));
    rg_doc_free(d);

    /* a shorter name of the same company does not make its first word
     * ambiguous */
    d = S_doc("Halvern Holdings Plc said it would bid. Analysts said Halvern Holdings could pay more. "
              "Halvern said it was confident.");
    S_no_person(d, "");
    rg_doc_free(d);

    d = S_doc("Treasury Secretary James Baker met Baker Hughes Inc executives. Baker said the talks went well.");
    int p = S_ent_label(d, RG_PERSON, "James Baker");
    ck_assert_msg(p >= 0, "entities: %s", S_ents(d));
    n = 0;
    for (size_t i = 0; i < d->n_mentions; i++) n += d->mentions[i].entity == p;
    ck_assert_msg(n == 2, "%zu mentions of James Baker (entities: %s)", n, S_ents(d));
    rg_doc_free(d);

    d = S_doc("The Borlandian Space Agency said on Monday that Borlandian incentives were not enough.");
    g = S_ent_label(d, RG_GROUP, "Borlandian Space Agency");
    ck_assert_msg(g >= 0, "entities: %s", S_ents(d));
    n = 0;
    for (size_t i = 0; i < d->n_mentions; i++) n += d->mentions[i].entity == g;
    ck_assert_msg(n == 1, "%zu mentions of the agency (entities: %s)", n, S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* "Long Name (ACRONYM)" with an acronym the lexicon knows: the long
 * name is that organisation when it shares most of its words with one
 * of the organisation's names (the Spanish acronym ELN and "National
 * Liberation Army"), not when only the letters agree ("Interstate
 * Commerce Commission (ICC)" is no International Criminal Court, and
 * "the ICC" later in the text is that commission); an acronym in
 * parentheses does not break a list. */
/* "The Peoples Democratic Party (PDP)": the words its acronym spells are
 * the name, where the lexicon ("Democratic Party") or the name finder
 * ("Union of Universities") took only its last words, or nothing took
 * them ("the Multinational Security Support (MSS) mission", where the
 * lexicon's MSS is another); a country before them stays out ("Kenya's
 * National Police Service (NPS)"). */
START_TEST(extract_name_its_acronym_spells)
{
    rg_doc *d = S_doc("The Peoples Democratic Party (PDP) accused the government. "
                      "The Academic Staff Union of Universities (ASUU) called a strike. "
                      "Kenya's National Police Service (NPS) arrested him.");
    int pdp = S_ent_label(d, RG_GROUP, "Peoples Democratic Party");
    int asuu = S_ent_label(d, RG_GROUP, "Academic Staff Union of Universities");
    ck_assert_msg(pdp >= 0 && asuu >= 0, "entities: %s", S_ents(d));
    ck_assert_int_eq(d->entities[pdp].mentions, 2);
    ck_assert_int_eq(d->entities[asuu].mentions, 2);
    S_label_is(d, RG_GROUP, "Democratic Party", 0);
    S_must(d, "country:KEN");
    ck_assert_int_ge(S_ent_label(d, RG_GROUP, "National Police Service"), 0);
    rg_doc_free(d);
    /* words no candidate covers: the name, over a lexicon organisation
     * with those letters ("MSS") or an unknown acronym; not an acronym
     * of things */
    d = S_doc("The Multinational Security Support (MSS) mission said so. The Special Investigating Unit (SIU) "
              "probed Kestro Holdings, and the SIU said so. The Gross National Product (GNP) rose.");
    int mss = S_ent_label(d, RG_GROUP, "Multinational Security Support");
    int siu = S_ent_label(d, RG_GROUP, "Special Investigating Unit");
    ck_assert_msg(mss >= 0 && siu >= 0, "entities: %s", S_ents(d));
    ck_assert_int_eq(d->entities[mss].mentions, 2);
    ck_assert_int_eq(d->entities[siu].mentions, 3);
    S_label_is(d, RG_GROUP, "Ministry of State Security", 0);
    S_label_is(d, RG_GROUP, "Gross National Product", 0);
    rg_doc_free(d);
}
END_TEST

START_TEST(extract_name_of_known_acronym)
{
    rg_doc *d = S_doc("Rebels of the National Liberation Army (ELN) and the Colombian government agreed to a truce.");
    int eln = S_must(d, "group:eln");
    ck_assert_msg(S_ent_label(d, RG_GROUP, "National Liberation Army") < 0, "entities: %s", S_ents(d));
    ck_assert_int_eq(d->entities[eln].mentions, 2);
    ck_assert_msg(S_has_inter(d, RG_AGREE, eln, S_must(d, "country:COL")), "no agree ELN -- Colombia");
    rg_doc_free(d);

    /* an acronym the text defines for its own name is that name's in
     * the whole document, until the lexicon's name defines it again */
    d = S_doc("The Interstate Commerce Commission (ICC) approved the merger. The ICC said so. "
              "The International Criminal Court (ICC) disagreed.");
    int com = S_ent_label(d, RG_GROUP, "Interstate Commerce Commission"), icc = S_ent_key(d, "group:icc");
    ck_assert_msg(com >= 0 && icc >= 0, "entities: %s", S_ents(d));
    ck_assert_int_eq(d->entities[com].mentions, 3);
    ck_assert_int_eq(d->entities[icc].mentions, 2);
    rg_doc_free(d);
    /* so does an acronym of the name in its own language, its initials
     * in another order; and one the text uses for a name so, not for a
     * company's (a ticker) */
    d = S_doc("Togo's National Alliance for Change (ANC) accused the government. The ANC said so. "
              "The Kenyan Coffee Institute met the Northfield Mining Corp on Monday. ICK and NCM said so.");
    int anc = S_ent_label(d, RG_GROUP, "National Alliance for Change");
    ck_assert_msg(anc >= 0 && S_ent_key(d, "group:anc") < 0, "entities: %s", S_ents(d));
    ck_assert_int_eq(d->entities[anc].mentions, 3);
    int ki = S_ent_label(d, RG_GROUP, "Kenyan Coffee Institute");
    ck_assert_msg(ki >= 0, "entities: %s", S_ents(d));
    ck_assert_int_eq(d->entities[ki].mentions, 2);
    ck_assert_int_eq(d->entities[S_ent_label(d, RG_GROUP, "Northfield Mining Corp")].mentions, 1);
    rg_doc_free(d);
    /* a national body's name with its country defines one too: the
     * armed forces, not the news agency */
    d = S_doc("The Armed Forces of the Philippines (AFP) accused Chad of spying. The AFP said so.");
    int afp = S_must(d, "group:PHL-military");
    ck_assert_msg(S_ent_key(d, "group:afp") < 0, "entities: %s", S_ents(d));
    ck_assert_int_eq(d->entities[afp].mentions, 3);
    rg_doc_free(d);
}
END_TEST

/* An acronym seen twice, or once after a country's possessive, is an
 * organisation, unless it names a thing or a measure (GDP, LNG:
 * nonnames.txt) or has a digit (a model: A340). */
START_TEST(extract_acronyms_of_things)
{
    rg_doc *d = S_doc("Kenya's GDP grew as the NCPB bought an A340 and LNG. GDP, the A340, LNG and the NCPB gained.");
    S_label_is(d, RG_GROUP, "NCPB", 1);
    S_label_is(d, RG_GROUP, "GDP", 0);
    S_label_is(d, RG_GROUP, "LNG", 0);
    S_label_is(d, RG_GROUP, "A340", 0);
    ck_assert_uint_eq(d->n_interactions, 0);
    rg_doc_free(d);
    /* once is enough after a country's possessive: the country's own */
    d = S_doc("Argentina signed a gas deal with Bolivia's YPFB on Monday.");
    int y = S_ent_label(d, RG_GROUP, "YPFB"), bo = S_must(d, "country:BOL");
    ck_assert_msg(y >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(d->entities[y].affiliation && strcmp(d->entities[y].affiliation, "country:BOL") == 0, "YPFB not Bolivia's");
    ck_assert_msg(S_has_inter(d, RG_AGREE, S_must(d, "country:ARG"), y), "no agree Argentina -- YPFB");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:ARG"), bo), 0);
    rg_doc_free(d);
}
END_TEST

/* Shouted headlines: a dotted acronym is still the country ("U.S." is
 * never the word "us"), and a headline's capitals vouch for no name; a
 * word that opens a sentence ("Budget director") does not either. */
START_TEST(extract_headline_names_need_support)
{
    rg_doc *d = S_doc("U.S. BUDGET DIRECTOR SAYS NO TAX HIKE\n\n"
                      "Budget director James Miller said taxes would not rise.\n");
    ck_assert_msg(S_ent_key(d, "country:USA") >= 0, "entities: %s", S_ents(d));
    S_label_is(d, RG_PERSON, "James Miller", 1);
    for (size_t i = 0; i < d->n_entities; i++)
        ck_assert_msg(d->entities[i].type != RG_PERSON || strcmp(d->entities[i].label, "James Miller") == 0,
                      "a person: %s (entities: %s)", d->entities[i].label, S_ents(d));
    rg_doc_free(d);

    /* a scorecard line is no Title Case headline: its lower-case "c"
     * and "b" are no small grammar words */
    d = S_doc("M. Kestrowitz c Peter Vandle b Odalo Brenquist 31\nA. Tarrow b Peter Vandle 44\n");
    S_label_is(d, RG_PERSON, "M. Kestrowitz", 1);
    S_label_is(d, RG_PERSON, "A. Tarrow", 1);
    rg_doc_free(d);

    /* a headline name the body names inside a sentence still counts */
    d = S_doc("TALKS WITH ANDREI KOZYREV END\n\nThe talks with Andrei Kozyrev ended, and Kozyrev left.\n");
    S_label_is(d, RG_PERSON, "Andrei Kozyrev", 1);
    rg_doc_free(d);
}
END_TEST

/* Sports copy's tables: scorers in a results list, a cricket
 * scorecard's fielders and bowlers. */
START_TEST(extract_results_lists)
{
    /* a results list: "(Name minute, ...)" after a score, or after
     * "Scorers:"; not a number after a word elsewhere ("Chapter 11") */
    rg_doc *d = S_doc("Kestro United 2 ( Brenquist 34 , Vandle 78 ) Tarrow 0 .\n"
                      "Scorers : Kestrowitz 12 , 55 ; Odalani 30 .\n"
                      "The company filed under Chapter 11 , the court said.\n");
    static const char *const scorers[] = {"Brenquist", "Vandle", "Kestrowitz", "Odalani"};
    for (size_t i = 0; i < 4; i++)
        ck_assert_msg(S_ent_label(d, RG_PERSON, scorers[i]) >= 0, "%s: entities: %s", scorers[i], S_ents(d));
    ck_assert_msg(S_ent_label(d, RG_PERSON, "Chapter") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
    /* a list of names with their clubs in brackets; not a ticker or a
     * table's heading */
    d = S_doc("Leading scorers : 2 - Odalo Brenquist ( Kestro United ) , Vandlinho ( Tarrow City ) , "
              "Kestrinho ( Vandle City ) .\nShares of Kestro Motors ( KM ) rose.\nCotton ( Mln Bales )\n");
    S_label_is(d, RG_PERSON, "Odalo Brenquist", 1);
    S_label_is(d, RG_PERSON, "Vandlinho", 1);
    ck_assert_msg(S_ent_label(d, RG_PERSON, "Cotton") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
    /* a cricket scorecard: caught by, bowled by; a bowler's figures */
    d = S_doc("Tomas Kestrel c Brenquist b Vandleton 8\nBowling : Kestrowitz 10-1-38-2 , Odalani 9.2-0-47-1\n");
    static const char *const players[] = {"Brenquist", "Vandleton", "Kestrowitz", "Odalani"};
    for (size_t i = 0; i < 4; i++)
        ck_assert_msg(S_ent_label(d, RG_PERSON, players[i]) >= 0, "%s: entities: %s", players[i], S_ents(d));
    rg_doc_free(d);

}
END_TEST

/* A hard-wrapped story whose first line was cut short (a dateline taken
 * off it) goes on into the next full line: the name across the break is
 * one name. A block of short header lines stays apart. */
START_TEST(sentences_short_first_line_of_block)
{
    const char *s = "HEADLINE\n\nThe committee was told by Attorney Rudolph\n"
                    "Giuliani, who has been leading the inquiry into corruption in the city,\n"
                    "that the case would be heard in the next session of the court system.\n\n"
                    "Press Room\nJohn Smith\nReporter\n\n"
                    "The last line of this story is quite long enough to set the width.\n";
    rg_seg seg;
    memset(&seg, 0, sizeof seg);
    rg_segment(&seg, s, strlen(s));
    int a = S_tok_find(&seg, s, "Rudolph"), b = S_tok_find(&seg, s, "Giuliani");
    ck_assert(a >= 0 && b >= 0);
    ck_assert_uint_eq(seg.tok[a].sent, seg.tok[b].sent);
    a = S_tok_find(&seg, s, "Room");
    b = S_tok_find(&seg, s, "John");
    ck_assert(a >= 0 && b >= 0);
    ck_assert_uint_ne(seg.tok[a].sent, seg.tok[b].sent);
    rg_seg_free(&seg);
}
END_TEST

/* The leaders table (leaders.tsv) places people the text does not: a
 * full name that held a country's top office, or a surname under the
 * title of that office. The text's own evidence wins; an honorific is
 * not an office; a surname of leaders of several countries gives none. */
START_TEST(extract_affiliation_from_leaders_table)
{
    rg_buf k = RG_BUF_INIT;
    rg_name_part_key(&k, rg_test_lex, "Kim", 3);
    ck_assert_int_eq(rg_lexicon__leader(rg_test_lex, 0, k.ptr, k.len, OFFICE_HOS), -2); /* both Koreas */
    rg_buf_clear(&k);
    rg_name_part_key(&k, rg_test_lex, "Nosuchname", 10);
    ck_assert_int_eq(rg_lexicon__leader(rg_test_lex, 0, k.ptr, k.len, OFFICE_ANY), -1);
    rg_buf_free(&k);

    rg_doc *d = S_doc("President Putin spoke to reporters after the summit.");
    int a = S_ent_label(d, RG_PERSON, "Putin");
    ck_assert_msg(a >= 0, "entities: %s", S_ents(d));
    ck_assert_pstr_eq(d->entities[a].affiliation, "country:RUS");
    ck_assert_msg(S_ent_key(d, "country:RUS") >= 0, "entities: %s", S_ents(d));
    rg_doc_free(d);

    d = S_doc("Angela Merkel said the talks would go on.");
    a = S_ent_label(d, RG_PERSON, "Angela Merkel");
    ck_assert_msg(a >= 0, "entities: %s", S_ents(d));
    ck_assert_pstr_eq(d->entities[a].affiliation, "country:DEU");
    rg_doc_free(d);

    /* the text says otherwise: the text wins */
    d = S_doc("Canadian Senator Angela Merkel said the talks would go on.");
    a = S_ent_label(d, RG_PERSON, "Angela Merkel");
    ck_assert_msg(a >= 0, "entities: %s", S_ents(d));
    ck_assert_pstr_eq(d->entities[a].affiliation, "country:CAN");
    rg_doc_free(d);

    /* a leader's surname alone is a person, a look-alike word is not */
    d = S_doc("Supporters of Karzai and Sunni clerics gathered in the square.");
    S_label_is(d, RG_PERSON, "Karzai", 1);
    ck_assert_msg(S_ent_label(d, RG_PERSON, "Sunni") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);

    /* first in a sentence, before a verb or possessive; not before a
     * noun, where leaders.tsv's surname is the English word */
    d = S_doc("Karzai flew to Kabul on Monday.");
    S_label_is(d, RG_PERSON, "Karzai", 1);
    rg_doc_free(d);
    d = S_doc("Karzai arrived in Kabul. Karzai's office said so. Gross domestic product fell.");
    a = S_ent_label(d, RG_PERSON, "Karzai");
    ck_assert_msg(a >= 0 && d->entities[a].mentions == 2, "entities: %s", S_ents(d));
    ck_assert_msg(S_ent_label(d, RG_PERSON, "Gross") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);

    /* a leader's name that opens with a title word keeps it */
    d = S_doc("Kenya's president met his Bangladeshi counterpart Sheikh Hasina on Monday.");
    a = S_ent_label(d, RG_PERSON, "Sheikh Hasina");
    ck_assert_msg(a >= 0, "entities: %s", S_ents(d));
    ck_assert_pstr_eq(d->entities[a].affiliation, "country:BGD");
    rg_doc_free(d);

    /* a leader's surname alone, with no title or Mr., is the leader's
     * (not the country the sentence names); a surname of two countries'
     * presidents gives nothing */
    d = S_doc("Mr. Putin said he was tired. President Kim said nothing. Cuba denounced Trump.");
    a = S_ent_label(d, RG_PERSON, "Putin");
    int b = S_ent_label(d, RG_PERSON, "Kim"), t = S_ent_label(d, RG_PERSON, "Trump");
    ck_assert_msg(a >= 0 && b >= 0 && t >= 0, "entities: %s", S_ents(d));
    ck_assert_pstr_eq(d->entities[a].affiliation, "country:RUS");
    ck_assert_pstr_eq(d->entities[b].affiliation, NULL);
    ck_assert_pstr_eq(d->entities[t].affiliation, "country:USA");
    rg_doc_free(d);
}
END_TEST

/* National bodies in lower case after a country: "Syrian rebels", "the
 * Iraqi parliament", "Kenyan police" and "China's foreign ministry" are
 * groups of that country, as capitalised ones are; "the Kenyan
 * government" and "Kenyan troops" stand for Kenya, "Germany's Federal
 * Government" for Germany. */
START_TEST(extract_lower_case_bodies)
{
    rg_doc *d = S_doc("Syrian rebels attacked the Iraqi parliament. Kenyan police arrested two men.");
    int r = S_ent_label(d, RG_GROUP, "Syrian rebels"), p = S_ent_label(d, RG_GROUP, "Iraqi parliament");
    ck_assert_msg(r >= 0 && p >= 0, "entities: %s", S_ents(d));
    ck_assert_pstr_eq(d->entities[r].affiliation, "country:SYR");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, r, p), "no assault rebels -> parliament");
    S_label_is(d, RG_GROUP, "Kenyan police", 1);
    rg_doc_free(d);
    d = S_doc("China's foreign ministry accused the Philippines. The Chinese Foreign Ministry said so. "
              "The Kenyan government and Kenyan troops left. Germany's Federal Government criticised Russia.");
    int f = S_must(d, "group:CHN-foreign-ministry");
    ck_assert_int_eq(d->entities[f].mentions, 2);
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, f, S_must(d, "country:PHL")), "no accuse ministry -> Philippines");
    S_label_is(d, RG_GROUP, "Kenyan government", 0);
    S_label_is(d, RG_GROUP, "Kenyan troops", 0);
    S_must(d, "country:KEN");
    S_label_is(d, RG_GROUP, "Federal Government", 0);
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, S_must(d, "country:DEU"), S_must(d, "country:RUS")), "no accuse Germany -> Russia");
    rg_doc_free(d);
    /* a body named again without its country keeps the qualified name */
    d = S_doc("The Syrian opposition met the envoy. The opposition left. The opposition said no.");
    int o = S_must(d, "group:SYR-opposition");
    ck_assert_str_eq(d->entities[o].label, "Syrian opposition");
    ck_assert_int_eq(d->entities[o].mentions, 3);
    rg_doc_free(d);
}
END_TEST

/* A name the text sets before a group noun is a group's: "the Ennahda
 * party", "the Comuneros del Sur rebel group"; not an adjective ("the
 * Conservative party"), a leader ("the Netanyahu coalition") or a noun
 * before a company's name ("Engineering group Alsthom"). */
START_TEST(extract_name_before_group_noun)
{
    rg_doc *d = S_doc("Police detained members of the Ennahda party. Gunmen from the Lakurawa group kidnapped "
                      "25 students. Peru signed a deal with the Comuneros del Sur rebel group.");
    S_label_is(d, RG_GROUP, "Ennahda", 1);
    S_label_is(d, RG_GROUP, "Lakurawa", 1);
    int g = S_ent_label(d, RG_GROUP, "Comuneros del Sur");
    ck_assert_msg(g >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_AGREE, S_must(d, "country:PER"), g), "no agree Peru -- Comuneros del Sur");
    rg_doc_free(d);

    /* after a group's modifier: "the opposition Unitary Platform", "the
     * separatist FLNKS alliance", "the main opposition UFDG"; not "the
     * drug Virazole" */
    d = S_doc("The opposition Kestrel Platform met Peru. The separatist KLNF alliance accused Chile. "
              "Chile suspended the main opposition KDPU. Tests of the drug Virazole began.");
    S_label_is(d, RG_GROUP, "Kestrel Platform", 1);
    S_label_is(d, RG_GROUP, "KLNF", 1);
    S_label_is(d, RG_GROUP, "KDPU", 1);
    S_label_is(d, RG_GROUP, "Virazole", 0);
    rg_doc_free(d);

    d = S_doc("The Conservative party won. Engineering group Alsthom said it would cut jobs. "
              "The Netanyahu coalition met on Sunday. Trade with the East bloc grew.");
    S_label_is(d, RG_GROUP, "Conservative", 0);
    S_label_is(d, RG_GROUP, "Engineering", 0);
    S_label_is(d, RG_GROUP, "Netanyahu", 0);
    S_label_is(d, RG_GROUP, "East", 0);
    rg_doc_free(d);
}
END_TEST

/* A national body is labelled with its country and also known by its
 * own words; each country's stays its own. */
START_TEST(extract_body_alias_without_country)
{
    rg_doc *d = S_doc("Peru's Constitutional Court suspended the decree. Chile's Constitutional Court did not.");
    int p = S_must(d, "group:PER-constitutional-court"), c = S_must(d, "group:CHL-constitutional-court");
    ck_assert_str_eq(d->entities[p].label, "Peru's Constitutional Court");
    int found = 0;
    for (size_t i = 0; i < d->entities[p].n_aliases; i++)
        if (strcmp(d->entities[p].aliases[i], "Constitutional Court") == 0) found = 1;
    ck_assert_msg(found, "no alias 'Constitutional Court'");
    ck_assert_int_ne(p, c);
    rg_doc_free(d);
}
END_TEST

/* A lexicon organisation its own country qualifies is known by the
 * qualified name too ("the UK Foreign Office"); a prosecutor's office
 * may be a public one. */
START_TEST(extract_org_alias_with_country)
{
    rg_doc *d = S_doc("The UK Foreign Office urged the Taliban to release the couple. "
                      "Peru's Public Prosecutor's Office charged him.");
    int fo = S_ent_label(d, RG_GROUP, "Foreign Office");
    ck_assert_msg(fo >= 0, "entities: %s", S_ents(d));
    int found = 0;
    for (size_t i = 0; i < d->entities[fo].n_aliases; i++)
        found |= strcmp(d->entities[fo].aliases[i], "UK Foreign Office") == 0;
    ck_assert_msg(found, "no alias 'UK Foreign Office'");
    ck_assert_str_eq(d->entities[S_must(d, "group:PER-prosecutors-office")].label, "Peru's Public Prosecutor's Office");
    rg_doc_free(d);
}
END_TEST

/* A common word after a title is no name when another title follows it
 * ("Chief Election Commissioner Peter Brenquist") or an article or a
 * number precedes the title ("the 2027 General Election"). */
START_TEST(extract_common_word_after_title)
{
    rg_doc *d = S_doc("Chief Election Commissioner Peter Brenquist said the 2027 General Election would be held in "
                      "Kenya in August.");
    S_label_is(d, RG_PERSON, "Election", 0);
    S_label_is(d, RG_PERSON, "Peter Brenquist", 1);
    rg_doc_free(d);
}
END_TEST

/* A name after "lawmakers from", "members of" with no given name is a
 * party's or movement's, not a person's. */
START_TEST(extract_name_after_members_of)
{
    rg_doc *d = S_doc("Lawmakers from Zarvik Bolan accused Kenyan President Peter Brenquist of fraud.");
    S_label_is(d, RG_GROUP, "Zarvik Bolan", 1);
    rg_doc_free(d);
    d = S_doc("Supporters of Tomas Vandle marched in Nairobi.");
    S_label_is(d, RG_GROUP, "Tomas Vandle", 0);
    S_label_is(d, RG_PERSON, "Tomas Vandle", 1);
    rg_doc_free(d);
}
END_TEST

/* A body named in capitals with no country ("The Constitutional Court")
 * is the one country's the document names; with several named, the
 * dateline's or else the first named; in lower case it stays out. With no
 * country named, the country of the capital the text names is that one
 * ("said in Nairobi"); with none at all, the body is known by its name
 * alone, unless it ends a longer name. */
START_TEST(extract_body_of_the_only_country)
{
    rg_doc *d = S_doc("The Constitutional Court on Friday removed South Korean President Yoon Suk Yeol from office.");
    int cc = S_must(d, "group:KOR-constitutional-court");
    ck_assert_str_eq(d->entities[cc].affiliation, "country:KOR");
    rg_doc_free(d);
    d = S_doc("Kenya lodged a protest with Uganda on Wednesday, the Foreign Ministry said.");
    ck_assert_str_eq(d->entities[S_must(d, "group:KEN-foreign-ministry")].affiliation, "country:KEN");
    ck_assert_msg(S_ent_key(d, "group:UGA-foreign-ministry") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
    d = S_doc("KAMPALA (Reuters) - Kenya lodged a protest with Uganda on Wednesday, the Foreign Ministry said.");
    ck_assert_str_eq(d->entities[S_must(d, "group:UGA-foreign-ministry")].affiliation, "country:UGA");
    rg_doc_free(d);
    d = S_doc("The supreme court in Kenya ruled on the dispute.");
    ck_assert_msg(S_ent_key(d, "group:KEN-supreme-court") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
    d = S_doc("The Supreme Court on Wednesday stayed the proceedings, a judge said in Nairobi.");
    ck_assert_str_eq(d->entities[S_must(d, "group:KEN-supreme-court")].affiliation, "country:KEN");
    rg_doc_free(d);
    d = S_doc("The Supreme Court on Wednesday ordered the Enforcement Directorate to halt its probe.");
    int sc = S_ent_label(d, RG_GROUP, "Supreme Court"), ed = S_ent_label(d, RG_GROUP, "Enforcement Directorate");
    ck_assert_msg(sc >= 0 && ed >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(d->entities[sc].affiliation == NULL, "affiliated: %s", d->entities[sc].affiliation);
    ck_assert_msg(S_n_inter(d, sc, ed) > 0, "no interaction court -> directorate");
    rg_doc_free(d);
    /* the end of a company's name is no body ("Exchange National Bank") */
    d = S_doc("Exchange National Bank said it raised its prime rate. Boatmen's National Bank did too.");
    ck_assert_msg(S_ent_label(d, RG_GROUP, "National Bank") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* "the army", "the junta", "the police" alone, in lower case, in a story
 * that names one country, are that country's forces and act for it; with
 * two countries named, neither's (whose is a guess), and a capitalised
 * "The Army" or a word in a longer name is no lone force. */
/* Two words for a noun joined by "and" ("air and naval drills") are the
 * noun's phrase: a pattern reads the act, and the lead's guess, which
 * pairs every party named around it, is not needed. */
START_TEST(inter_noun_with_joined_modifiers)
{
    rg_doc *d = S_doc("Kenya launched large-scale air and naval drills around Uganda, a day after Chad's president "
                      "returned from Niger.");
    int ken = S_must(d, "country:KEN"), uga = S_must(d, "country:UGA"), tcd = S_must(d, "country:TCD");
    ck_assert_msg(S_has_inter(d, RG_MOBILIZE, ken, uga), "no mobilize Kenya -> Uganda");
    ck_assert_msg(S_n_inter(d, ken, tcd) == 0 && S_n_inter(d, uga, tcd) == 0, "a guessed pair with Chad");
    rg_doc_free(d);
}
END_TEST

START_TEST(extract_force_of_the_only_country)
{
    rg_doc *d = S_doc("Jihadists attacked positions of the army near Djibo in northern Burkina Faso on Saturday.");
    int army = S_must(d, "group:BFA-military");
    ck_assert_str_eq(d->entities[army].affiliation, "country:BFA");
    ck_assert_str_eq(d->entities[army].label, "Burkina Faso's army");
    rg_doc_free(d);
    S_expect_inter("Boko Haram fighters ambushed the police near Maiduguri, Nigeria, on Sunday.", "group:boko-haram",
                   "group:NGA-police", RG_ASSAULT);
    d = S_doc("Kenya accused Uganda on Monday after the army crossed the border.");
    ck_assert_msg(S_ent_key(d, "group:KEN-military") < 0 && S_ent_key(d, "group:UGA-military") < 0, "entities: %s",
                  S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* A state body's act is also its country's ("Russia's defence ministry
 * said its forces struck B": Russia struck B), so a country-level reading
 * finds it; not a body's act in its own country ("police arrested
 * protesters in Lagos"), a court's on its own citizen, or a group that
 * is no organ of the state ("the Syrian opposition"). "military" before
 * a noun qualifies it ("Russian military operations"): no body; before
 * "of" or "to" it is the noun ("accused the Ugandan military of"). */
START_TEST(inter_body_act_is_its_countrys)
{
    rg_doc *d = S_doc("Russia's defence ministry said on Monday that it had struck Ukraine.");
    int m = S_must(d, "group:RUS-defense-ministry"), rus = S_must(d, "country:RUS"), ukr = S_must(d, "country:UKR");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, m, ukr), "no assault ministry -> Ukraine");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, rus, ukr), "no assault Russia -> Ukraine");
    ck_assert_int_eq(S_n_inter(d, m, rus), 0);
    rg_doc_free(d);

    d = S_doc("Nigerian police arrested 40 protesters in Lagos.");
    ck_assert_int_eq(d->n_interactions, 0);
    rg_doc_free(d);

    d = S_doc("Brazil's Supreme Court sentenced former Brazilian President Jair Bolsonaro to 27 years.");
    int b = S_ent_label(d, RG_PERSON, "Jair Bolsonaro");
    ck_assert_msg(b >= 0, "entities: %s", S_ents(d));
    ck_assert_int_eq(S_n_inter(d, S_must(d, "group:BRA-supreme-court"), b), 1);
    ck_assert_int_eq(S_n_inter(d, S_must(d, "country:BRA"), b), 0);
    rg_doc_free(d);

    d = S_doc("The Syrian opposition attacked Iraq.");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, S_must(d, "group:SYR-opposition"), S_must(d, "country:IRQ")),
                  "no assault opposition -> Iraq");
    ck_assert_int_eq(S_n_inter(d, S_ent_key(d, "country:SYR"), S_must(d, "country:IRQ")), 0);
    rg_doc_free(d);

    d = S_doc("The United States and Russia discussed Russian military operations in Syria. "
              "The Israeli military said it had struck Lebanon.");
    S_label_is(d, RG_GROUP, "Russian military", 0);
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, S_must(d, "group:ISR-military"), S_must(d, "country:LBN")),
                  "no assault Israeli military -> Lebanon");
    rg_doc_free(d);
    /* before a preposition or "to", the noun itself */
    S_expect_inter("Kenya accused the Ugandan military of shelling border towns.", "country:KEN", "group:UGA-military",
                   RG_ACCUSE);
}
END_TEST

/* Where no pattern reads a sentence, the actor before a verb acts on the
 * first actor after it (pattern "fallback"), within the verb's clause:
 * not negated, not across "as", not a topic ("about B"), not the
 * speaker of an attribution (", B said"), not a noun ("positive signs")
 * or an adjective ("26 alleged leaders"). */
START_TEST(inter_fallback_nearest_actors)
{
    static const struct {
        const char *text;
        int want;
    } cases[] = {
        {"Kenya signed a $16 billion contract to build chips for Uganda at its plant.", 1},
        {"Kenya did not sign a $16 billion contract to build chips for Uganda.", 0},
        {"Kenya signed a $16 billion contract as Uganda protested.", 0},
        {"Kenya signed a $16 billion contract to build chips about Uganda.", 0},
        {"Kenya signed a $16 billion contract to build chips, Uganda said.", 0},
        {"Kenya sees positive signs Uganda is ready.", 0},
        {"Kenya held 26 alleged cartel leaders from Uganda.", 0},
        {"Kenya was penalized 1.5 million dollars and Uganda 2 million.", 0},
        /* a verb with no direct object takes its party after its own
         * preposition (withdraw from), not "a bid for B" */
        {"Kenya withdrew a bid for Uganda.", 0},
        /* a subject's coordinated actors act too */
        {"Kenya and Chad refused to sign a joint declaration on migration with Uganda.", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rg_doc *d = S_doc(cases[i].text);
        int k = S_must(d, "country:KEN"), u = S_must(d, "country:UGA");
        ck_assert_msg(S_n_pattern_inter(d, k, u) == (size_t)cases[i].want, "case %zu: %s: %zu interactions", i,
                      cases[i].text, S_n_pattern_inter(d, k, u));
        if (cases[i].want) {
            ck_assert_str_eq(d->interactions[0].pattern, "fallback: actor before the verb + actor after it");
            ck_assert_int_eq(d->interactions[0].tier, RG_TIER_FALLBACK);
        }
        rg_doc_free(d);
    }
}
END_TEST

/* A lead sentence no pattern reads, with an act in it: its parties
 * pairwise (pattern "lead: ..."), typed by the act; not past the
 * lead, not when the act is negated; not a place after "in" (but the
 * agent of an act: "under Ugandan mediation"), the
 * source of ", B said" or the possessor of a thing; not a list of more
 * than five, nor a person and the organisation named before his title;
 * not a run-on line of hundreds of tokens.
 * In the first sentence a country or person no pattern's act joined is
 * paired too. */
/* The lead tier pairs no co-objects of one verb ("troops killed 22 Vandu
 * and Korro fighters": they do nothing to each other) and no speaker
 * whose acronym follows in parentheses (", the Joint Chiefs of Staff
 * (JCS) said") or whose country's possessive qualifies it (", South
 * Korea's Joint Chiefs of Staff said": neither is a party). */
START_TEST(inter_lead_not_co_objects_or_speakers)
{
    rg_doc *d = S_doc("Troops neutralised 22 Boko Haram and ISWAP fighters and rescued 11 women on Thursday.");
    int bh = S_must(d, "group:boko-haram"), is = S_ent_label(d, RG_GROUP, "Islamic State West Africa Province");
    ck_assert_msg(is >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(S_n_inter(d, bh, is), 0);
    rg_doc_free(d);

    d = S_doc("Kenya fired two missiles into the sea on Thursday, the Joint Chiefs of Staff (JCS) said.");
    int jcs = S_ent_label(d, RG_GROUP, "Joint Chiefs of Staff");
    ck_assert_msg(jcs >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:KEN"), jcs), 0);
    rg_doc_free(d);

    /* both words of a speaker qualified by a possessive */
    d = S_doc("Kenya fired two missiles into the sea on Thursday, Uganda's Joint Chiefs of Staff said.");
    jcs = S_ent_label(d, RG_GROUP, "Joint Chiefs of Staff");
    ck_assert_msg(jcs >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:KEN"), jcs), 0);
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:KEN"), S_must(d, "country:UGA")), 0);
    rg_doc_free(d);
}
END_TEST

START_TEST(inter_lead_parties)
{
    static const char lead[] = "Kenya's government and the main opposition Unity Front resumed talks on Thursday under "
                               "Ugandan mediation.";
    rg_doc *d = S_doc(lead);
    int k = S_must(d, "country:KEN"), f = S_ent_label(d, RG_GROUP, "Unity Front");
    ck_assert_msg(f >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(S_n_inter(d, k, f), 1);
    ck_assert_msg(S_has_inter(d, RG_CONSULT, k, f), "no consult Kenya -- Unity Front");
    ck_assert_str_eq(d->interactions[0].pattern, "lead: parties of an act no pattern read");
    ck_assert_int_eq(d->interactions[0].directed, 0);
    ck_assert_int_eq(d->interactions[0].tier, RG_TIER_LEAD);
    rg_doc_free(d);
    /* a national body's roll-up of a guess is a guess too */
    d = S_doc("Kenyan police and the main opposition Unity Front resumed talks on Thursday under Ugandan mediation.");
    ck_assert_msg(S_has_inter(d, RG_CONSULT, S_must(d, "country:KEN"), S_must(d, "country:UGA")),
                  "no roll-up Kenya -- Uganda");
    for (size_t i = 0; i < d->n_interactions; i++)
        ck_assert_msg(d->interactions[i].tier == RG_TIER_LEAD, "%s: not a guess", d->interactions[i].pattern);
    rg_doc_free(d);
    d = S_doc(lead);
    /* after "under", the agent of an act is a party, not a place */
    ck_assert_msg(S_has_inter(d, RG_CONSULT, k, S_must(d, "country:UGA")), "no consult Kenya -- Uganda");
    rg_doc_free(d);

    static const char *const none[] = {
        "The summit opened. Delegates arrived. Kenya's government and the main opposition Unity Front resumed talks "
        "on Thursday under Ugandan mediation.",
        "Kenya's government and the main opposition Unity Front did not resume talks on Thursday.",
    };
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        d = S_doc(none[i]);
        k = S_must(d, "country:KEN");
        f = S_ent_label(d, RG_GROUP, "Unity Front");
        ck_assert_msg(f >= 0, "entities: %s", S_ents(d));
        ck_assert_msg(S_n_inter(d, k, f) == 0, "%s: an interaction", none[i]);
        rg_doc_free(d);
    }
    /* a place, the source of an attribution, the possessor of a thing */
    static const char *const no_uganda[] = {
        "Kenya's government and the opposition Unity Front resumed talks on Thursday in Uganda.",
        "Kenya's government and the opposition Unity Front resumed talks on Thursday in eastern Uganda.",
        "Kenya's government and the opposition Unity Front resumed talks on Thursday, Uganda said.",
        "The opposition Unity Front, one of Uganda's biggest parties, resumed talks with Kenya's government.",
    };
    for (size_t i = 0; i < sizeof no_uganda / sizeof no_uganda[0]; i++) {
        d = S_doc(no_uganda[i]);
        int u = S_must(d, "country:UGA");
        ck_assert_msg(S_has_inter(d, RG_CONSULT, S_must(d, "country:KEN"), S_ent_label(d, RG_GROUP, "Unity Front")),
                      "%s: no consult", no_uganda[i]);
        for (size_t j = 0; j < d->n_interactions; j++)
            ck_assert_msg(d->interactions[j].source != u && d->interactions[j].target != u, "%s: Uganda a party",
                          no_uganda[i]);
        rg_doc_free(d);
    }
    /* in the first sentence, a country or person no pattern joined to
     * the sentence's acts is paired with the others (not a group, not
     * in the second sentence) */
    d = S_doc("Kenya signed a defence pact with Uganda on Friday, a move that angered Chad.");
    int ug = S_must(d, "country:UGA"), td = S_must(d, "country:TCD");
    k = S_must(d, "country:KEN");
    ck_assert_uint_eq(S_n_pattern_inter(d, k, ug), 1);
    ck_assert_uint_eq(S_n_inter(d, k, td), 1);
    ck_assert_uint_eq(S_n_inter(d, ug, td), 1);
    for (size_t i = 0; i < d->n_interactions; i++)
        if (d->interactions[i].target == td || d->interactions[i].source == td)
            ck_assert_str_eq(d->interactions[i].pattern, "lead: a country or person no pattern joined");
    rg_doc_free(d);
    static const char *const not_joined[] = {
        "Kenya signed a defence pact with Uganda on Friday, a move that angered the Unity Front.",
        "Talks ended. Kenya signed a defence pact with Uganda on Friday, a move that angered the Unity Front.",
    };
    for (size_t i = 0; i < sizeof not_joined / sizeof not_joined[0]; i++) {
        d = S_doc(not_joined[i]);
        int front = S_ent_label(d, RG_GROUP, "Unity Front");
        ck_assert_msg(front >= 0, "entities: %s", S_ents(d));
        for (size_t q = 0; q < d->n_interactions; q++)
            ck_assert_msg(d->interactions[q].source != front && d->interactions[q].target != front,
                          "%s: the Unity Front joined", not_joined[i]);
        rg_doc_free(d);
    }
    /* typed by the act nearest the party left out, not the one read */
    S_expect_inter("Kenya signed a defence pact with Uganda on Friday, and Chad condemned the move.", "country:KEN",
                   "country:TCD", RG_ACCUSE);
    d = S_doc("Kenya signed a defence pact with Uganda on Friday, with Chad and Niger abstaining.");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:TCD"), S_must(d, "country:NER")), 0);
    rg_doc_free(d);
    d = S_doc("Talks ended. Kenya signed a defence pact with Uganda on Friday, a move that angered Chad.");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:KEN"), S_must(d, "country:TCD")), 0);
    rg_doc_free(d);
    /* two parties named together act together against a third; with
     * no third, the act is between them */
    d = S_doc("Kenyan and Ugandan troops conducting operations against al-Shabaab killed 17 fighters.");
    ck_assert_msg(S_has_inter(d, RG_COOPERATE, S_must(d, "country:KEN"), S_must(d, "country:UGA")), "no cooperate");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, S_must(d, "country:KEN"), S_must(d, "group:al-shabaab")), "no assault");
    rg_doc_free(d);
    d = S_doc("Kenya and Uganda massed troops along their shared border.");
    ck_assert_msg(S_has_inter(d, RG_MOBILIZE, S_must(d, "country:KEN"), S_must(d, "country:UGA")), "no mobilize");
    rg_doc_free(d);
    /* a member and the organisation named before his title are one side */
    d = S_doc("UN human rights chief Tomas Vandle called for an independent investigation into the killings.");
    int vandle = S_ent_label(d, RG_PERSON, "Tomas Vandle");
    ck_assert_msg(vandle >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "group:un"), vandle), 0);
    rg_doc_free(d);
    /* so are "the X, led by Y" and "Y of the X" */
    d = S_doc("Al-Shabaab, led by Tomas Vandle, declared war on Kenya.");
    vandle = S_ent_label(d, RG_PERSON, "Tomas Vandle");
    ck_assert_msg(vandle >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "group:al-shabaab"), vandle), 0);
    rg_doc_free(d);
    d = S_doc("Prime Minister Tomas Vandle of the Kestrel Unity Party ordered a ceasefire with Kenya.");
    vandle = S_ent_label(d, RG_PERSON, "Tomas Vandle");
    int kup = S_ent_label(d, RG_GROUP, "Kestrel Unity Party");
    ck_assert_msg(vandle >= 0 && kup >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(S_n_inter(d, kup, vandle), 0);
    rg_doc_free(d);
    /* a "sentence" of hundreds of tokens is no lead */
    {
        char longer[4096] = "Kenya's government and the main opposition Unity Front resumed talks under Ugandan mediation";
        for (int w = 0; w < 200; w++) strcat(longer, " again");
        strcat(longer, ".");
        d = S_doc(longer);
        ck_assert_msg(d->n_interactions == 0, "a run-on line's pairs: %zu", d->n_interactions);
        rg_doc_free(d);
    }
    d = S_doc("The agreement covers Chad, Niger, Mali, Kenya, Uganda and Ghana.");
    ck_assert_msg(d->n_interactions == 0, "a list's pairs: %zu", d->n_interactions);
    rg_doc_free(d);
    S_expect_inter("The agreement covers Chad, Niger and Mali.", "country:TCD", "country:MLI", RG_AGREE);
}
END_TEST

/* A dateline's place and agency are where the story was filed and who
 * filed it: flagged, and no party ("LAGOS, Nigeria (AP) - Gunmen from
 * Kenya attacked Chad"); with no agency, a city in capitals before the
 * dash; not a headline's capitals ("U.S. - CHINA TALKS"). */
START_TEST(mention_dateline)
{
    static const struct {
        const char *text;
        const char *in_dateline[3], *outside[3];
    } cases[] = {
        {"LAGOS, Nigeria (AP) - Gunmen from Kenya attacked Chad on Monday.", {"country:NGA", "group:ap"},
         {"country:KEN", "country:TCD"}},
        {"BEIJING, March 3 (Xinhua) -- Kenya and Chad signed a trade deal.", {"group:xinhua"},
         {"country:KEN", "country:TCD"}},
        {"NAIROBI - Kenya accused Chad of arming rebels.", {NULL}, {"country:KEN", "country:TCD"}},
        {"U.S. - CHINA TALKS END IN NAIROBI", {NULL}, {"country:USA", "country:CHN"}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rg_doc *d = S_doc(cases[i].text);
        for (int side = 0; side < 2; side++) {
            const char *const *keys = side ? cases[i].outside : cases[i].in_dateline;
            for (size_t k = 0; k < 3 && keys[k]; k++) {
                int e = S_must(d, keys[k]);
                for (size_t m = 0; m < d->n_mentions; m++)
                    if (d->mentions[m].entity == e)
                        ck_assert_msg((!(d->mentions[m].flags & RG_MENTION_DATELINE)) == side, "%s: %s %s a dateline",
                                      cases[i].text, keys[k], side ? "in" : "not in");
                if (side) continue;
                for (size_t x = 0; x < d->n_interactions; x++)
                    ck_assert_msg(d->interactions[x].source != e && d->interactions[x].target != e,
                                  "%s: %s a party", cases[i].text, keys[k]);
            }
        }
        rg_doc_free(d);
    }
    /* the dateline's country is no party to the lead's act */
    S_expect_inter("LAGOS, Nigeria (AP) - Gunmen from Kenya attacked Chad on Monday.", "country:KEN", "country:TCD",
                   RG_ASSAULT);
}
END_TEST

/* A demonym or a country's possessive before an organisation the name
 * finder found qualifies it: the organisation is the country's, and the
 * country is no party beside it; a demonym names it too ("the Kenyan
 * Federal Police": builder_demonym_named_groups_distinct). */
START_TEST(mention_country_qualifies_found_org)
{
    rg_doc *d = S_doc("The Kenyan Federal Police raided the offices of Chad's Unity Front.");
    int ke = S_must(d, "country:KEN"), td = S_must(d, "country:TCD");
    int fp = S_ent_label(d, RG_GROUP, "Kenyan Federal Police"), uf = S_ent_label(d, RG_GROUP, "Unity Front");
    ck_assert_msg(fp >= 0 && uf >= 0, "entities: %s", S_ents(d));
    ck_assert_pstr_eq(d->entities[fp].affiliation, "country:KEN");
    ck_assert_pstr_eq(d->entities[uf].affiliation, "country:TCD");
    for (size_t i = 0; i < d->n_mentions; i++)
        if (d->mentions[i].entity == ke || d->mentions[i].entity == td)
            ck_assert_uint_ne(d->mentions[i].flags & RG_MENTION_MODIFIER, 0);
    ck_assert_uint_eq(S_n_inter(d, ke, fp), 0);
    ck_assert_uint_eq(S_n_inter(d, td, uf), 0);
    rg_doc_free(d);
}
END_TEST

/* Capitalised names joined by "&" are one company's; initials alone
 * ("R&D") are no name. */
START_TEST(mention_ampersand_name)
{
    rg_doc *d = S_doc("Hackers stole data from Marks & Spencer. Kenya sued Johnson & Johnson. Spending on R&D rose.");
    S_label_is(d, RG_GROUP, "Marks & Spencer", 1);
    S_label_is(d, RG_GROUP, "Johnson & Johnson", 1);
    for (size_t i = 0; i < d->n_entities; i++)
        ck_assert_msg(d->entities[i].type != RG_PERSON && !strstr(d->entities[i].label, "R&D"), "entities: %s",
                      S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* "NAIROBI (Reuters) - ...": the dateline's agency is no party; an
 * organisation's organ acts for it ("the IMF's board approved"); a
 * person after the country that qualifies them is the party
 * ("congratulated Uganda's Tomas Vandle", "sentenced Ugandan
 * schoolteacher Tomas Vandle"). */
START_TEST(inter_dateline_organ_and_qualified_person)
{
    rg_doc *d = S_doc("NAIROBI (Reuters) - The IMF's board approved a loan for Kenya on Friday, endorsing "
                      "President Odalo Brenquist's plan.");
    int imf = S_must(d, "group:imf"), r = S_must(d, "group:reuters");
    int p = S_ent_label(d, RG_PERSON, "Odalo Brenquist");
    ck_assert_msg(p >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_AID, imf, S_must(d, "country:KEN")), "no aid IMF -> Kenya");
    ck_assert_msg(S_has_inter(d, RG_SUPPORT, imf, p), "no support IMF -> Brenquist");
    for (size_t i = 0; i < d->n_interactions; i++)
        ck_assert_msg(d->interactions[i].source != r && d->interactions[i].target != r, "Reuters is a party");
    rg_doc_free(d);

    d = S_doc("Kenya congratulated Uganda's Tomas Vandle on his victory. Kenya sentenced Ugandan schoolteacher "
              "Tomas Vandle to 14 years.");
    int k = S_must(d, "country:KEN"), v = S_ent_label(d, RG_PERSON, "Tomas Vandle");
    ck_assert_msg(v >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_SUPPORT, k, v), "no support Kenya -> Vandle");
    ck_assert_msg(S_has_inter(d, RG_COERCE, k, v), "no coerce Kenya -> Vandle");
    ck_assert_int_eq(S_n_inter(d, k, S_must(d, "country:UGA")), 0);
    rg_doc_free(d);
}
END_TEST

/* A name's apposition (", the powerful sister of X,") is stepped over
 * to the name; a list's ", the United States and Japan," is no
 * apposition. Regulators fine. */
START_TEST(inter_subject_before_apposition)
{
    rg_doc *d = S_doc("Odalo Brenquist, the powerful sister of Kenyan leader Tomas Vandle, on Sunday dismissed "
                      "Uganda's offer of talks.");
    int b = S_ent_label(d, RG_PERSON, "Odalo Brenquist"), v = S_ent_label(d, RG_PERSON, "Tomas Vandle");
    int u = S_must(d, "country:UGA");
    ck_assert_msg(b >= 0 && v >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_REJECT, b, u), "no reject Brenquist -> Uganda");
    ck_assert_int_eq(S_n_inter(d, v, u), 0);
    rg_doc_free(d);
    d = S_doc("Kenya, Chad, the United States and Japan, agreed to cooperate.");
    ck_assert_msg(S_has_inter(d, RG_AGREE, S_must(d, "country:USA"), S_must(d, "country:JPN")), "no agree US -- Japan");
    ck_assert_msg(S_has_inter(d, RG_AGREE, S_must(d, "country:KEN"), S_must(d, "country:JPN")), "no agree Kenya -- Japan");
    rg_doc_free(d);
    d = S_doc("The Kenyan regulator fined Uganda Airlines 140,400 dollars.");
    S_label_is(d, RG_GROUP, "Uganda Airlines", 1);
    ck_assert_msg(S_has_inter(d, RG_SANCTION, S_must(d, "country:KEN"), S_ent_label(d, RG_GROUP, "Uganda Airlines")),
                  "no sanction Kenya -> Uganda Airlines");
    rg_doc_free(d);
}
END_TEST

/* Acts done together: "A, B and C pledged to fund a centre" (a joint
 * pledge, not "A and B approved its offer"); "A and B issued a joint
 * statement"; "A and his counterpart B". A noun's agent after "by": "a
 * visit by A to Nairobi" (a capital there is its country), "an attack by
 * A on B"; the one given to before the noun: "gave B a welcome". */
START_TEST(inter_joint_acts_and_noun_agents)
{
    rg_doc *d = S_doc("Kenya, Uganda and Chad pledged on Wednesday to fund a new centre in Somalia. "
                      "Mali and Niger issued a joint statement. Ghana and Togo approved its offer.");
    int k = S_must(d, "country:KEN"), u = S_must(d, "country:UGA"), t = S_must(d, "country:TCD");
    ck_assert_msg(S_has_inter(d, RG_AGREE, k, u) && S_has_inter(d, RG_AGREE, u, t) && S_has_inter(d, RG_AGREE, k, t),
                  "no joint pledge among Kenya, Uganda and Chad");
    ck_assert_msg(S_has_inter(d, RG_AGREE, S_must(d, "country:MLI"), S_must(d, "country:NER")), "no joint statement");
    ck_assert_int_eq(S_n_inter(d, S_must(d, "country:GHA"), S_must(d, "country:TGO")), 0);
    rg_doc_free(d);
    d = S_doc("Kenya ordered 22 aircraft during a visit by Ugandan President Tomas Vandle to Nairobi. "
              "An attack by Chad on Niger killed 20.");
    int v = S_ent_label(d, RG_PERSON, "Tomas Vandle");
    ck_assert_msg(v >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_CONSULT, v, S_must(d, "country:KEN")), "no visit Vandle -> Kenya");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, S_must(d, "country:TCD"), S_must(d, "country:NER")), "no attack Chad -> Niger");
    rg_doc_free(d);
    /* the one given to before the noun: "gave Uganda a warm welcome",
     * "gave the United Nations 5 million dollars in aid" */
    d = S_doc("Kenya gave Uganda a warm welcome. Chad gave the United Nations 5 million dollars in aid.");
    ck_assert_msg(S_has_inter(d, RG_CONSULT, S_must(d, "country:KEN"), S_must(d, "country:UGA")), "no welcome");
    ck_assert_msg(S_has_inter(d, RG_AID, S_must(d, "country:TCD"), S_must(d, "group:un")), "no aid Chad -> UN");
    rg_doc_free(d);
    /* "A and his counterpart B" act together, whatever the verb */
    S_expect_inter("Kenyan President William Ruto and his Ugandan counterpart Tomas Vandle on Wednesday opened a "
                   "centre.",
                   "William Ruto", "Tomas Vandle", RG_CONSULT);
}
END_TEST

/* A light verb and its noun after "to" are the second verb: "threatened
 * to impose tariffs on B", "threatened to slap 25% tariffs on all B
 * imports", "agreed to sign a deal with B", "impose counter-tariffs on
 * B's goods"; a titled person after the
 * organisation that says whose they are is the object ("received
 * Chadian Security Council Secretary Tomas Vandle"). */
START_TEST(inter_to_light_verb_noun_and_titled_object)
{
    static const struct {
        const char *text, *a, *b;
        rg_kind kind;
    } cases[] = {
        {"Kenya threatened to impose tariffs on Uganda.", "country:KEN", "country:UGA", RG_THREATEN},
        {"Kenya threatened to slap 25% tariffs on all Ugandan imports.", "country:KEN", "country:UGA", RG_THREATEN},
        {"Kenya agreed to sign a deal with Uganda.", "country:KEN", "country:UGA", RG_AGREE},
        {"Kenya received Chadian Security Council Secretary Tomas Vandle in Nairobi.", "country:KEN", "Tomas Vandle",
         RG_CONSULT},
        /* blocking is a rejection */
        {"Kenya blocked a new EU aid package for Uganda.", "country:KEN", "group:eu", RG_REJECT},
        /* where it happened is stepped over to the noun's preposition */
        {"Kenya held talks in Doha with Uganda.", "country:KEN", "country:UGA", RG_CONSULT},
        /* what happened during the clause's act is its subject's */
        {"Kenya signed a trade deal with Chad during a two-day visit to Uganda.", "country:KEN", "country:UGA",
         RG_CONSULT},
        /* a reply in kind is the same act: "counter-tariffs" */
        {"Kenya will impose counter-tariffs on Ugandan goods from Tuesday.", "country:KEN", "country:UGA",
         RG_SANCTION},
        /* ties named as diplomatic */
        {"Kenya cut diplomatic ties with Uganda on Monday.", "country:KEN", "country:UGA", RG_SANCTION},
        {"Kenya restored diplomatic relations with Uganda on Monday.", "country:KEN", "country:UGA", RG_COOPERATE},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        S_expect_inter(cases[i].text, cases[i].a, cases[i].b, cases[i].kind);
}
END_TEST

/* Names that open with a lexicon word: a capital as a given name after
 * a title ("Chilean President Santiago Vandle"); a body word that runs
 * on into a party's name ("the Polish People's Party", "the
 * conservative People's Party", not "people" = the country); but "the
 * Iranian Army and Revolutionary Guards Corps" are two. */
START_TEST(extract_names_opening_with_lexicon_words)
{
    rg_doc *d = S_doc("Chilean President Santiago Vandle met Kenya. The Polish People's Party walked out. "
                      "The conservative People's Party rejected the law.");
    S_label_is(d, RG_PERSON, "Santiago Vandle", 1);
    S_label_is(d, RG_GROUP, "People's Party", 1);
    /* "Polish" qualifies the party: a modifier, no mention of Poland acting */
    int pol = S_must(d, "country:POL");
    for (size_t i = 0; i < d->n_mentions; i++)
        if (d->mentions[i].entity == pol) ck_assert_uint_ne(d->mentions[i].flags & RG_MENTION_MODIFIER, 0);
    rg_doc_free(d);
    /* a demonym opening a name before a group's noun: "the ruling
     * Georgian Dream party"; not an adjective: "Iraqi Kurdish rebels" */
    d = S_doc("The ruling Kenyan Dawn party won. Iraqi Kurdish rebels attacked Syria.");
    S_label_is(d, RG_GROUP, "Kenyan Dawn", 1);
    S_label_is(d, RG_GROUP, "Iraqi Kurdish", 0);
    rg_doc_free(d);
    d = S_doc("The Iranian Army and Revolutionary Guards Corps attacked Iraq.");
    S_label_is(d, RG_GROUP, "Army and Revolutionary Guards Corps", 0);
    S_label_is(d, RG_GROUP, "Iranian Army", 1);
    rg_doc_free(d);
}
END_TEST

/* In a shouted headline each word stands alone: a surname of the story
 * is that person, the rest ("LIFTS", "PLANNING DOME") no one. */
START_TEST(extract_shouted_headline_words)
{
    rg_doc *d = S_doc("BRENQUIST BEATS KESTROVIC IN FINAL\n\nPeter Brenquist beat Maria Kestrovic on Sunday.\n");
    int a = S_ent_label(d, RG_PERSON, "Peter Brenquist"), b = S_ent_label(d, RG_PERSON, "Maria Kestrovic");
    ck_assert_msg(a >= 0 && b >= 0, "entities: %s", S_ents(d));
    ck_assert_int_eq(d->entities[a].mentions, 2);
    ck_assert_int_eq(d->entities[b].mentions, 2);
    rg_doc_free(d);
    d = S_doc("IEP LIFTS ULTRAMAR STAKE\n\nThe fund said it raised its stake.\n");
    S_no_person(d, "IEP LIFTS ULTRAMAR");
    rg_doc_free(d);
}
END_TEST

/* A speech or person verb vouches for a lone name across an auxiliary
 * or an adverb: "Brenquist also met", "Brenquist has said". */
START_TEST(extract_lone_name_adverb_verb)
{
    rg_doc *d = S_doc("Brenquist also met the envoy on Monday. Kestrovic has said nothing.");
    S_label_is(d, RG_PERSON, "Brenquist", 1);
    S_label_is(d, RG_PERSON, "Kestrovic", 1);
    rg_doc_free(d);
}
END_TEST

/* A hard-wrapped first line of capitalised words that runs on in lower
 * case is no headline: the company's whole name is found there, and its
 * short form later is the company, not a person. */
START_TEST(extract_capitalised_line_runs_on)
{
    rg_doc *d = S_doc("TARROW VALLEY SETS LOAN\n\nTarrow Valley Oil Refining Corp\nsaid it signed a loan "
                      "agreement.\n    Tarrow said profits rose.");
    (void)S_must(d, "group:tarrow-valley-oil-refining-corp");
    ck_assert_msg(S_ent_label(d, RG_PERSON, "Tarrow") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* Titles and company words of the lexicon; a particle never ends a name. */
START_TEST(extract_under_secretary_lp_particle)
{
    rg_doc *d = S_doc("Under-Secretary of State for Economic Affairs Paul Brenquist told reporters. "
                      "Kestro Vandle Houses LP said it would pay. The lenders are Credit Industriel et "
                      "Commercial de Paris and others.");
    S_label_is(d, RG_PERSON, "Paul Brenquist", 1);
    S_label_is(d, RG_GROUP, "Kestro Vandle Houses LP", 1);
    ck_assert_msg(S_ent_label(d, RG_PERSON, "Commercial de") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
    /* "Sweden's X AB", "North Korea's X Group": the company is the
     * country's, its name starts after the possessive; a possessive
     * inside a name stays ("Tarrow Farmers' Union") */
    d = S_doc("Sweden's Kestro Papyrus AB said it would buy the Tarrow Farmers' Union. North Korea's Vandle "
              "Group denied it.");
    S_label_is(d, RG_GROUP, "Kestro Papyrus AB", 1);
    ck_assert_msg(S_ent_key(d, "country:SWE") >= 0, "entities: %s", S_ents(d));
    S_label_is(d, RG_GROUP, "Vandle Group", 1);
    ck_assert_msg(S_ent_key(d, "country:PRK") >= 0, "entities: %s", S_ents(d));
    S_label_is(d, RG_GROUP, "Tarrow Farmers' Union", 1);
    rg_doc_free(d);
    /* two companies joined by "and" after a legal suffix; "and" inside a
     * name before its suffix; a shouted headline's verb after a suffix */
    d = S_doc("Tarrow Holdings Corp and Kestro Securities Inc advised Vandle Telegraph and Telephone Corp.\n"
              "BRENQUIST FUNDING CORP EXTENDS WARRANT PERIOD\n");
    S_label_is(d, RG_GROUP, "Tarrow Holdings Corp", 1);
    S_label_is(d, RG_GROUP, "Kestro Securities Inc", 1);
    ck_assert_msg(S_ent_key(d, "group:vandle-telegraph-and-telephone-corp") >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_ent_key(d, "group:brenquist-funding-corp") >= 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
    /* arap, as in Daniel arap Moi */
    d = S_doc("He met Kenyan leader Odalo arap Brenquist on Friday.");
    S_label_is(d, RG_PERSON, "Odalo arap Brenquist", 1);
    rg_doc_free(d);
}
END_TEST

/* Where an organisation's name ends: a headline capitalises its verbs
 * and prepositions too; a hard-wrapped body line of names is no
 * headline; a partnership's comma; a ministry's portfolios; a
 * formation's ordinal; a job word after a title. */
START_TEST(extract_org_name_bounds)
{
    rg_doc *d = S_doc("FIRST KESTRO BANK IN DEAL WITH MEXICO\n\nVANDLE BANK OF KENYA LENDS ONE BILLION\n\n"
                      "The deal was signed on Monday.\n");
    ck_assert_msg(S_ent_key(d, "group:first-kestro-bank") >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_ent_key(d, "country:MEX") >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_ent_key(d, "group:vandle-bank-of-kenya") >= 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
    d = S_doc("The issue is led by Tarrow Bank.\n    Co-managers are Banque Kestro Lambert, Vandle Bank,\n"
              "Tarrow Savings Bank and Brenquist Trust.\n");
    S_label_is(d, RG_GROUP, "Banque Kestro Lambert", 1);
    rg_doc_free(d);
    d = S_doc("The notes were priced at par, said lead manager Kestro, Vandle and Co Inc.\n"
              "Growth will slow, said Odalo Brenquist, Deputy General Manager of Tarrow Bank.\n"
              "The loan was agreed by Citibank executive Harold Durban on Friday.\n");
    ck_assert_msg(S_ent_key(d, "group:kestro-vandle-and-co-inc") >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_ent_label(d, RG_PERSON, "Kestro") < 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_ent_label(d, RG_PERSON, "Manager") < 0, "entities: %s", S_ents(d));
    S_label_is(d, RG_PERSON, "Harold Durban", 1);
    rg_doc_free(d);
    /* a ministry's portfolios after its "of", commas and all; not names
     * in a list, nor countries, nor names after a place */
    d = S_doc("Japan's Ministry of Health, Labour and Welfare and the Federal Ministry of Art, Culture, Tourism "
              "and the Creative Economy signed. The Ministry of Defence, Russia and China met. "
              "The Bank of Commerce, Tarrow Bank and Vandle met. The Bank of Kenya, Kestro and Vandle met.");
    int mh = S_must(d, "group:JPN-health-ministry");
    ck_assert_str_eq(d->entities[mh].label, "Japan's Ministry of Health, Labour and Welfare");
    ck_assert_msg(S_ent_label(d, RG_GROUP, "Federal Ministry of Art, Culture, Tourism and the Creative Economy") >= 0,
                  "entities: %s", S_ents(d));
    S_must(d, "country:RUS");
    S_label_is(d, RG_GROUP, "Bank of Commerce", 1);
    S_label_is(d, RG_GROUP, "Bank of Kenya", 1);
    rg_doc_free(d);
    /* a formation's ordinal is its name's; not before another name */
    d = S_doc("Soldiers of the 3rd Infantry Division clashed with rebels. The 4th Infantry Division left. "
              "On March 3rd Vandle Group bought it.");
    S_label_is(d, RG_GROUP, "3rd Infantry Division", 1);
    S_label_is(d, RG_GROUP, "4th Infantry Division", 1);
    S_label_is(d, RG_GROUP, "Vandle Group", 1);
    rg_doc_free(d);
    /* a common noun and "of" opening a sentence are not the name's; an
     * organisation word there is */
    d = S_doc("Shareholders of Kestro Holdings Inc voted. Members of Vandle Party met. Bank of Tarrow said so.");
    S_label_is(d, RG_GROUP, "Kestro Holdings Inc", 1);
    S_label_is(d, RG_GROUP, "Vandle Party", 1);
    S_label_is(d, RG_GROUP, "Bank of Tarrow", 1);
    rg_doc_free(d);
    /* a town and a club's last word name a club; "United" opens other
     * names, and an organisation word after it makes a company */
    d = S_doc("Manchester United beat Kestro Rovers 2-1. The United States and Japan agreed. "
              "London United Investment PLC rose.");
    S_label_is(d, RG_GROUP, "Manchester United", 1);
    S_label_is(d, RG_GROUP, "Kestro Rovers", 1);
    ck_assert_msg(S_ent_label(d, RG_PLACE, "Manchester") < 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_ent_key(d, "country:USA") >= 0 && S_ent_key(d, "country:JPN") >= 0, "entities: %s", S_ents(d));
    S_label_is(d, RG_GROUP, "London United Investment PLC", 1);
    rg_doc_free(d);
    /* a name that opens with a place runs on over another country's
     * organisation to its own organisation word; a region's body in
     * capitals is the region's; an international one only after a
     * country ("Toronto World Bank" is where) */
    d = S_doc("The Kenya Labour Congress called a strike. Officers of the Nairobi Metropolitan Police fired. "
              "The Ugandan Red Crescent Society helped. The Texas Supreme Court ruled. "
              "Officials in Toronto World Bank offices said so.");
    S_label_is(d, RG_GROUP, "Kenya Labour Congress", 1);
    S_label_is(d, RG_GROUP, "Nairobi Metropolitan Police", 1);
    S_label_is(d, RG_GROUP, "Ugandan Red Crescent Society", 1);
    S_label_is(d, RG_GROUP, "Texas Supreme Court", 1);
    ck_assert_msg(S_ent_key(d, "group:world-bank") >= 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
    /* a party's adjectives: no person's name ends in "Democratic", and
     * "Social Democrats" is another party than the "Democrats"; a title
     * after the adjective is a person's */
    d = S_doc("The Christian Democratic Appeal and the Social Democrats agreed. "
              "Kenyan Democratic Sen. Odalo Brenquist voted.");
    S_label_is(d, RG_GROUP, "Christian Democratic Appeal", 1);
    S_label_is(d, RG_GROUP, "Social Democrats", 1);
    ck_assert_msg(S_ent_key(d, "group:democratic-party-us") < 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_ent_label(d, RG_PERSON, "Christian Democratic") < 0, "entities: %s", S_ents(d));
    S_label_is(d, RG_PERSON, "Odalo Brenquist", 1);
    rg_doc_free(d);
}
END_TEST

/* A given name after an organisation's name, with only name words after
 * it, opens a person: "Leader of the Opposition in the Lok Sabha Rahul
 * Gandhi", "Northfield Seafoods Corp. Charles Bundrant"; not a name that
 * runs on ("Bank Julius Baer and Co Ltd"). */
START_TEST(extract_person_after_org_name)
{
    rg_doc *d = S_doc("The Leader of the Opposition in the Lok Sabha Rahul Gandhi on Monday accused the ruling party "
                      "of stealing votes, while Northfield Seafoods Corp. Charles Bundrant said profits rose and Bank "
                      "Julius Baer and Co Ltd said little.");
    S_label_is(d, RG_PERSON, "Rahul Gandhi", 1);
    S_label_is(d, RG_PERSON, "Charles Bundrant", 1);
    S_label_is(d, RG_GROUP, "Bank Julius Baer and Co Ltd", 1);
    rg_doc_free(d);
}
END_TEST

/* An unknown acronym once in running text is a group ("the CGT staged a
 * strike"); not a ticker in angle brackets, a time zone, a sign-off on a
 * line of its own, nor a word of shouted text. */
START_TEST(extract_acronym_once_in_running_text)
{
    rg_doc *d = S_doc("The CGT staged a general strike against President Javier Milei on Thursday, and Vandex Corp "
                      "<VDX> said it would close its plants at 1500 EST.\n"
                      "An alert read: FLASH: KERRY SAYS TALKS WITH RUSSIA HAD YIELDED \"CLARITY\" ON A NEW TRUCE, "
                      "and nothing else was said.\nREUTER\n");
    S_label_is(d, RG_GROUP, "CGT", 1);
    S_label_is(d, RG_GROUP, "VDX", 0);
    S_label_is(d, RG_GROUP, "EST", 0);
    S_label_is(d, RG_GROUP, "CLARITY", 0);
    S_label_is(d, RG_GROUP, "FLASH", 0);
    S_label_is(d, RG_GROUP, "REUTER", 0);
    rg_doc_free(d);
}
END_TEST

/* A noun for an organisation before a name names what follows: "miner
 * Barrick Gold", "its subsidiary Jaguar Land Rover" (several words),
 * "online marketplace Temu", "competition watchdog UOKiK" (one). */
START_TEST(extract_name_after_organisation_noun)
{
    rg_doc *d = S_doc("Canadian miner Tarrow Gold filed a claim. Its subsidiary Jaguar Land Rover said output fell.\n"
                      "Poland's competition watchdog UOKiK fined Chinese online marketplace Temu on Monday.\n");
    static const char *const names[] = {"Tarrow Gold", "Jaguar Land Rover", "UOKiK", "Temu"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        ck_assert_msg(S_ent_label(d, RG_GROUP, names[i]) >= 0, "%s: entities: %s", names[i], S_ents(d));
        ck_assert_msg(S_ent_label(d, RG_PERSON, names[i]) < 0, "%s: entities: %s", names[i], S_ents(d));
    }
    rg_doc_free(d);
}
END_TEST

/* A lone capitalised word before a speech verb: a company when the
 * document says "X said it", "the company X" or "opposition party X"
 * (an acronym too: "security agency UKMTO") or a company's possessive
 * before its business ("Vodafone's merger"), a person when it says "X
 * said he"; never a letter, a plural noun, the tail of a longer name or
 * a headline word the story does not name so. */
START_TEST(extract_lone_word_person_or_company)
{
    rg_doc *d = S_doc("Vandlecorp said it would cut 200 jobs. Later, Vandlecorp said profits rose.\n"
                      "Metals group Tarrowex said on Monday that output fell.\n"
                      "Brenquist said he would stay. Kestrowitz told reporters the plan was sound.\n"
                      "Police arrested the leaders of opposition party Vandema.\n"
                      "The maritime security agency VKMTO said a ship was hit.\n");
    S_label_is(d, RG_GROUP, "Vandlecorp", 1);
    ck_assert_msg(S_ent_label(d, RG_PERSON, "Vandlecorp") < 0, "entities: %s", S_ents(d));
    S_label_is(d, RG_GROUP, "Tarrowex", 1);
    S_label_is(d, RG_GROUP, "Vandema", 1);
    S_label_is(d, RG_GROUP, "VKMTO", 1);
    S_label_is(d, RG_PERSON, "Brenquist", 1);
    S_label_is(d, RG_PERSON, "Kestrowitz", 1);
    rg_doc_free(d);
    d = S_doc("Analysts said Vandlecorp's merger with Tarrowex would be cleared. Harper and Kestro's shareholders "
              "said so. Manufacturers' shares rose.\n");
    S_label_is(d, RG_GROUP, "Vandlecorp", 1);
    ck_assert_msg(S_ent_label(d, RG_GROUP, "Kestro") < 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_ent_label(d, RG_GROUP, "Manufacturers") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
    d = S_doc("S and P said the rating was cut. Respondents said credit was tight.\n"
              "Pacific Kestro said the fares would rise.\n");
    S_no_person(d, "letter, plural, tail of a name");
    rg_doc_free(d);
    d = S_doc("BRENQUIST SAYS TALKS WILL GO ON\n\nBrenquist said on Monday the talks would go on.\n");
    int p = S_ent_label(d, RG_PERSON, "Brenquist");
    ck_assert_msg(p >= 0, "entities: %s", S_ents(d));
    size_t n = 0;
    for (size_t i = 0; i < d->n_mentions; i++) n += d->mentions[i].entity == p;
    ck_assert_msg(n == 2, "%zu mentions of Brenquist", n);
    rg_doc_free(d);
    d = S_doc("FORECASTER SAYS WHEAT AREA TO FALL\n\nThe wheat area will fall, a forecaster said.\n");
    S_no_person(d, "headline word");
    rg_doc_free(d);
}
END_TEST

/* A lone word is a person by what only people do or have: a passive
 * of things done to people, kin, ", who", a list with a person; not a
 * noun's "who", an adjective in a list, or a portfolio's word. */
START_TEST(extract_lone_word_person_cues)
{
    static const char *const yes[][2] = {
        {"Brenquist was arrested at the airport, police said.", "Brenquist"},
        {"Officials said Brenquist had been sentenced to five years.", "Brenquist"},
        {"The minister Kestrowitz was quoted as saying the talks would go on.", "Kestrowitz"},
        {"Police guarded the home of Brenquist's grandmother on Monday.", "Brenquist"},
        {"Brenquist resigned on Monday.", "Brenquist"},
        {"The talks were led by Kestrowitz, who flew in on Monday.", "Kestrowitz"},
        {"Tomas Brenquist and Kestrowitz scored in the first half.", "Kestrowitz"},
        {"Tomas Brenquist and Kestrowitz put the side ahead.", "Kestrowitz"},
        {"Striker Odalo Brenquist scored twice on Sunday.", "Odalo Brenquist"},
        {"Second seed Tomas Vandle lost on Monday.", "Tomas Vandle"},
        {"China's Health Minister Gao Brenquist said fees were illegal.", "Gao Brenquist"},
        {"Defence Minister Israel Kestrowitz warned the rebels.", "Israel Kestrowitz"},
        {"Head Constable Sher Vandlani was among the dead.", "Sher Vandlani"},
        {"\"We will not give up,\" said Kestrowitz, speaking by phone.", "Kestrowitz"},
    };
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
        rg_doc *d = S_doc(yes[i][0]);
        ck_assert_msg(S_ent_label(d, RG_PERSON, yes[i][1]) >= 0, "%s: entities: %s", yes[i][0], S_ents(d));
        rg_doc_free(d);
    }
    static const char *const no[] = {
        "Firefighters who came to the scene were hurt.",
        "Supporters of Karzai and Kestroni clerics gathered in the square.",
        "He was Secretary of Commerce and Odalo Brenquist was his aide.",
    };
    rg_doc *dd = S_doc("Talks between Tomas Kestrowitz and Deputy Trade Representative Odalo Brenquist began.");
    ck_assert_msg(S_ent_label(dd, RG_PERSON, "Deputy") < 0, "entities: %s", S_ents(dd));
    rg_doc_free(dd);
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++) {
        rg_doc *d = S_doc(no[i]);
        ck_assert_msg(S_ent_label(d, RG_PERSON, "Firefighters") < 0 && S_ent_label(d, RG_PERSON, "Kestroni") < 0 &&
                          S_ent_label(d, RG_PERSON, "Commerce") < 0,
                      "%s: entities: %s", no[i], S_ents(d));
        rg_doc_free(d);
    }
}
END_TEST

/* A name with no cue of its own is a person when news sets a person
 * noun or an age beside it; a place beside a place noun is not. */
START_TEST(extract_person_by_apposition)
{
    static const char *const texts[] = {
        "The talks were led by his counterpart, Odalo Brenquist, on Monday.",
        "Police arrested Odalo Brenquist, 23, on Friday.",
        "The mayor thanked Odalo Brenquist, a local farmer, for the gift.",
        "The case was argued by lawyer Odalo Brenquist in the afternoon.",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        rg_doc *d = S_doc(texts[i]);
        ck_assert_msg(S_ent_label(d, RG_PERSON, "Odalo Brenquist") >= 0, "%s: entities: %s", texts[i], S_ents(d));
        rg_doc_free(d);
    }
    /* particles: several in a row inside a name; one opening a surname
     * written alone; not a French body's name or "de" inside a bank's */
    static const char *const particle_names[][2] = {
        {"He met Joost van der Kestrel on Monday.", "Joost van der Kestrel"},
        {"His editor, Guadalupe de la Vandle, said so.", "Guadalupe de la Vandle"},
        {"\"We suffered,\" de Kestrel told the commission.", "de Kestrel"},
        {"One officer, Samuel Mwangi wa Kestro, was wounded.", "Samuel Mwangi wa Kestro"},
        {"President Hassan Sheikh Kestro condemned the attack.", "Hassan Sheikh Kestro"},
        {"\"They burned everything,\" said Abdelmo Kestrani, a trader.", "Abdelmo Kestrani"},
        {"Police said Kestro Vandlani was arrested at the airport.", "Kestro Vandlani"},
    };
    for (size_t i = 0; i < sizeof particle_names / sizeof particle_names[0]; i++) {
        rg_doc *d = S_doc(particle_names[i][0]);
        ck_assert_msg(S_ent_label(d, RG_PERSON, particle_names[i][1]) >= 0, "%s: entities: %s", particle_names[i][0],
                      S_ents(d));
        rg_doc_free(d);
    }
    rg_doc *d = S_doc("Kestro Mart Chairman Bernard Vandle said so. Marine Cpl. Arnold Kestrel was hurt.");
    S_label_is(d, RG_PERSON, "Bernard Vandle", 1);
    S_label_is(d, RG_PERSON, "Arnold Kestrel", 1);
    rg_doc_free(d);
    d = S_doc("It was led by the Groupement pour le Batiment and the Banco de la Kestrela.");
    ck_assert_msg(S_ent_label(d, RG_PERSON, "le Batiment") < 0, "entities: %s", S_ents(d));
    S_label_is(d, RG_GROUP, "Banco de la Kestrela", 1);
    rg_doc_free(d);

    d = S_doc("The tourists reached Varna Heights, a popular site, at noon.");
    ck_assert_msg(S_ent_label(d, RG_PERSON, "Varna Heights") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);

    /* a results table: a country in brackets after the name; a
     * hyphenated given name the list lacks whole */
    d = S_doc("1. Odalo Brenquist ( Kenya ) 49.77\n2. Marie-Odile Vandle ( Chad ) 49.82\n");
    S_label_is(d, RG_PERSON, "Odalo Brenquist", 1);
    S_label_is(d, RG_PERSON, "Marie-Odile Vandle", 1);
    rg_doc_free(d);
    d = S_doc("The prize went to Marie-Odile Vandle on Monday.");
    S_label_is(d, RG_PERSON, "Marie-Odile Vandle", 1);
    rg_doc_free(d);

    /* one word: an age, a person noun before it; not "who" after it,
     * which follows a portfolio or a party label as well */
    d = S_doc("Brenquist, 23, was arrested. Police questioned his wife, Odala, later.");
    S_label_is(d, RG_PERSON, "Brenquist", 1);
    S_label_is(d, RG_PERSON, "Odala", 1);
    rg_doc_free(d);
    /* a word for people opening the sentence is a cue, not the name's
     * first word */
    d = S_doc("Witness Odalo Brenquist described the raid. Activist Kestro Vandle was abducted.");
    S_label_is(d, RG_PERSON, "Odalo Brenquist", 1);
    S_label_is(d, RG_PERSON, "Kestro Vandle", 1);
    rg_doc_free(d);
    d = S_doc("The bill was backed by Senator Mary Loft, R-Vermont, who voted for it.");
    ck_assert_msg(S_ent_label(d, RG_PERSON, "R-Vermont") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
}
END_TEST

START_TEST(extract_name_and_date_copied)
{
    char name[] = "story-17.txt", date[] = "2020-03-01";
    rg_doc *d = NULL;
    rg_extract_opts eo = RG_EXTRACT_OPTS_INIT;
    const char *text = "Kenya welcomed the plan.";
    ck_assert_int_eq(rg_extract(&d, rg_test_lex, name, date, text, strlen(text), &eo), RG_OK);
    name[0] = 'X';
    date[0] = 'X';
    ck_assert_str_eq(d->name, "story-17.txt");
    ck_assert_pstr_eq(d->date, "2020-03-01");
    rg_doc_free(d);
    rg_doc_free(NULL);
}
END_TEST

/* -------------------------------------------------------- interactions */

/* Being told or interviewed is what a news organisation does for a
 * living: no consult with one. Other kinds with it still count. */
START_TEST(inter_media_consult_is_reporting)
{
    rg_doc *d = S_doc("Kenya told Reuters the talks had failed. Kenya told Tanzania it would reply. "
                      "Kenya accused Reuters of bias.");
    int ke = S_must(d, "country:KEN"), tz = S_must(d, "country:TZA"), re = S_must(d, "group:reuters");
    ck_assert_msg(!S_has_inter(d, RG_CONSULT, ke, re), "consult with Reuters");
    ck_assert_msg(S_has_inter(d, RG_CONSULT, ke, tz), "no consult Kenya -> Tanzania");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, ke, re), "no accuse Kenya -> Reuters");
    rg_doc_free(d);
    /* a country's media: no consult, and the country is not the party */
    d = S_doc("Kenya told Ugandan television it would reply. Kenya told Tanzanian state media it would "
              "reply.");
    ke = S_ent_key(d, "country:KEN");
    ck_assert_uint_eq(S_n_inter(d, ke, S_ent_key(d, "country:UGA")), 0);
    ck_assert_uint_eq(S_n_inter(d, ke, S_ent_key(d, "country:TZA")), 0);
    rg_doc_free(d);
    /* capitalised, the words are a company's name */
    d = S_doc("Kestro Television and Communications Corp said it would pay.");
    ck_assert_msg(S_ent_label(d, RG_GROUP, "Kestro Television and Communications Corp") >= 0, "entities: %s",
                  S_ents(d));
    rg_doc_free(d);
    /* a paper or broadcaster the lexicon lacks, by the words in its name */
    d = S_doc("Kenya told the Tarrow Valley Gazette it would reply. Kenya told the Tarrow Valley Mining Corp "
              "it would reply.");
    ke = S_ent_key(d, "country:KEN");
    int gz = S_ent_label(d, RG_GROUP, "Tarrow Valley Gazette"), mc = S_ent_label(d, RG_GROUP, "Tarrow Valley Mining Corp");
    ck_assert_msg(ke >= 0 && gz >= 0 && mc >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(!S_has_inter(d, RG_CONSULT, ke, gz), "consult with a gazette");
    ck_assert_msg(S_has_inter(d, RG_CONSULT, ke, mc), "no consult with a company");
    rg_doc_free(d);
}
END_TEST

/* Replaces the user lexicon file at path with rows and adds it to lex:
 * rg_lexicon_add_file's status. */
static int S_lex_rows(rg_lexicon *lex, const char *path, const char *rows)
{
    int fd = open(path, O_WRONLY | O_TRUNC);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, rows, strlen(rows)), (ssize_t)strlen(rows));
    close(fd);
    return rg_lexicon_add_file(lex, path);
}

/* A user lexicon (--lexicon FILE): its rows extend the built-in tables,
 * a media row included; a bad row is an error naming the file and line. */
START_TEST(lexicon_user_file)
{
    char path[] = "/tmp/rg_lex_XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    const char *rows = "# kind\tname\taliases\textra\n"
                       "group\tBrenquist Lancers\tLancers\tKEN\n"
                       "media\tValley Courier\tCourier\tKEN\n"
                       "verb\trebuked\trebuke\taccuse\n";
    ck_assert_int_eq(write(fd, rows, strlen(rows)), (ssize_t)strlen(rows));
    close(fd);
    rg_lexicon *lex = NULL;
    ck_assert_int_eq(rg_lexicon_new(&lex), RG_OK);
    ck_assert_int_eq(rg_lexicon_add_file(lex, path), RG_OK);
    const char *text = "Kenya rebuked the Lancers. Kenya told the Valley Courier it was sorry. "
                       "The Lancers attacked the Courier.";
    rg_doc *d = NULL;
    rg_extract_opts eo = RG_EXTRACT_OPTS_INIT;
    ck_assert_int_eq(rg_extract(&d, lex, "u.txt", NULL, text, strlen(text), &eo), RG_OK);
    int ke = S_ent_key(d, "country:KEN"), la = S_ent_label(d, RG_GROUP, "Brenquist Lancers"),
        co = S_ent_label(d, RG_GROUP, "Valley Courier");
    ck_assert_msg(ke >= 0 && la >= 0 && co >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, ke, la), "no accuse from the user verb");
    ck_assert_msg(!S_has_inter(d, RG_CONSULT, ke, co), "consult with a media row");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, la, co), "no assault on the media group");
    rg_doc_free(d);
    /* a state row is its country's organ: its act is also the country's */
    ck_assert_int_eq(S_lex_rows(lex, path, "state\tBrenquist Guard\t\tKEN\n"), RG_OK);
    text = "Kenya said the Brenquist Guard had attacked Uganda.";
    ck_assert_int_eq(rg_extract(&d, lex, "u.txt", NULL, text, strlen(text), &eo), RG_OK);
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, S_ent_key(d, "country:KEN"), S_ent_key(d, "country:UGA")),
                  "no roll-up of a state row: %s", S_ents(d));
    rg_doc_free(d);
    /* an armed row is a party against its own country's organs, a group
     * row of the same country is not (read where no pattern reads) */
    ck_assert_int_eq(S_lex_rows(lex, path, "armed\tBrenquist Front\t\tKEN\ngroup\tBrenquist Party\t\tKEN\n"), RG_OK);
    text = "Heavy clashes in Kisumu pitted the Kenyan police against the Brenquist Front on Sunday.";
    ck_assert_int_eq(rg_extract(&d, lex, "u.txt", NULL, text, strlen(text), &eo), RG_OK);
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, S_ent_key(d, "group:KEN-police"),
                              S_ent_label(d, RG_GROUP, "Brenquist Front")),
                  "no assault police - armed row: %s", S_ents(d));
    rg_doc_free(d);
    text = "Heavy clashes in Kisumu pitted the Kenyan police against the Brenquist Party on Sunday.";
    ck_assert_int_eq(rg_extract(&d, lex, "u.txt", NULL, text, strlen(text), &eo), RG_OK);
    ck_assert_uint_eq(S_n_inter(d, S_ent_key(d, "group:KEN-police"), S_ent_label(d, RG_GROUP, "Brenquist Party")),
                      0);
    rg_doc_free(d);
    /* a state row needs its country */
    ck_assert_int_eq(S_lex_rows(lex, path, "state\tNowhere Guard\t\t\n"), RG_EINPUT);
    ck_assert_msg(strstr(rg_error_last(), "state row needs"), "%s", rg_error_last());
    /* a row with an unknown country code */
    ck_assert_int_eq(S_lex_rows(lex, path, "group\tNowhere Front\t\tXXQ\n"), RG_EINPUT);
    ck_assert_msg(strstr(rg_error_last(), path) && strstr(rg_error_last(), ":1:"), "%s", rg_error_last());
    rg_lexicon_free(lex);
    unlink(path);
}
END_TEST

/* A state organ of the lexicon (orgs.tsv type state) is one side with
 * its country: its act is also the country's (where the text names the
 * country, in the organ's name too), and it is no party against it; so
 * is a leader's "administration". An armed group, party
 * or firm based in a country is not its side: the lead tier pairs them. */
START_TEST(inter_state_organs_and_based_groups)
{
    /* the armed groups of the lexicon (orgs.tsv "armed"), cartels and
     * gangs among them, are set against their country's organs; a party
     * is not set against its country's parliament */
    S_expect_inter("Heavy fighting in Tamaulipas pitted the Mexican army against Los Zetas on Sunday.",
                   "group:MEX-military", "group:los-zetas", RG_ASSAULT);
    S_expect_inter("Heavy clashes in Borno pitted the Nigerian army against Boko Haram on Sunday.",
                   "group:NGA-military", "group:boko-haram", RG_ASSAULT);
    {
        rg_doc *p = S_doc("Heavy clashes in Abuja pitted the Nigerian Senate against the All Progressives Congress.");
        ck_assert_uint_eq(S_n_inter(p, S_must(p, "group:NGA-senate"), S_must(p, "group:apc-nigeria")), 0);
        rg_doc_free(p);
    }
    rg_doc *d = S_doc("The FBI accused Kenya of hacking United States networks.");
    int fbi = S_must(d, "group:fbi"), us = S_must(d, "country:USA"), ke = S_must(d, "country:KEN");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, fbi, ke), "no accuse FBI -> Kenya");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, us, ke), "no roll-up: accuse United States -> Kenya");
    ck_assert_uint_eq(S_n_inter(d, fbi, us), 0);
    rg_doc_free(d);
    /* the organ's name may name the country: "the U.S. Treasury" (named
     * once by it); "the Treasury" alone names none */
    d = S_doc("The U.S. Treasury imposed sanctions on Kenya on Monday.");
    us = S_must(d, "country:USA");
    ck_assert_msg(S_has_inter(d, RG_SANCTION, us, S_must(d, "country:KEN")), "no roll-up: entities %s", S_ents(d));
    ck_assert_int_eq(d->entities[us].mentions, 1);
    rg_doc_free(d);
    d = S_doc("The Treasury imposed sanctions on Kenya on Monday.");
    ck_assert_int_lt(S_ent_key(d, "country:USA"), 0);
    rg_doc_free(d);
    /* a leader's government after his name acts as his country */
    S_expect_inter("Cuba denounced the Trump administration's decision on Monday.", "country:CUB", "country:USA",
                   RG_ACCUSE);
    /* and after the name's possessive: "Vandle's government" is his
     * country's, not the man's */
    {
        rg_doc *p = S_doc("Kenyan President Tomas Vandle spoke on Sunday. Vandle's government broke off diplomatic "
                          "relations with Uganda on Monday.");
        int v = S_ent_label(p, RG_PERSON, "Tomas Vandle");
        ck_assert_msg(v >= 0, "entities: %s", S_ents(p));
        ck_assert_msg(S_has_inter(p, RG_SANCTION, S_must(p, "country:KEN"), S_must(p, "country:UGA")),
                      "no sanction Kenya -> Uganda");
        ck_assert_uint_eq(S_n_inter(p, v, S_must(p, "country:UGA")), 0);
        rg_doc_free(p);
    }
    S_expect_inter("Al-Shabaab gunmen stormed a hotel before Somali forces arrived.", "group:al-shabaab",
                   "country:SOM", RG_ASSAULT);
    /* "ordered" is a command only with what is to be done: a purchase
     * is no act */
    d = S_doc("Kenya ordered 20 Ugandan buses on Monday.");
    ck_assert_uint_eq(d->n_interactions, 0);
    rg_doc_free(d);
    /* another country's organ by a name every country's body has
     * ("Foreign Office", "Treasury") is this country's body */
    d = S_doc("Kenya's Foreign Office summoned Uganda's envoy. The Italian Treasury met Chad's officials.");
    ck_assert_msg(S_ent_key(d, "group:uk-foreign-office") < 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_ent_key(d, "group:us-treasury") < 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_DEMAND, S_must(d, "country:KEN"), S_must(d, "country:UGA")), "no roll-up");
    rg_doc_free(d);
    /* a body named with its country after "of" is that country's; the
     * government of a country is the country */
    d = S_doc("The Ministry of Foreign Affairs of Kenya condemned Uganda. The Government of Chad met Niger.");
    int mfa = S_ent_label(d, RG_GROUP, "Ministry of Foreign Affairs of Kenya");
    ck_assert_msg(mfa >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, S_must(d, "country:KEN"), S_must(d, "country:UGA")), "no roll-up");
    ck_assert_msg(S_has_inter(d, RG_CONSULT, S_must(d, "country:TCD"), S_must(d, "country:NER")), "no Chad");
    rg_doc_free(d);
    /* a named army is such an organ: a node of its own */
    S_expect_inter("The Sudanese Armed Forces shelled positions of the Rapid Support Forces.", "group:saf",
                   "group:rsf", RG_ASSAULT);
    /* so is a junta, a military government: a node of its own, its act
     * also its country's */
    d = S_doc("Mali's junta expelled the French ambassador. Chad's military government accused Niger.");
    int junta = S_ent_label(d, RG_GROUP, "Mali's junta"), mg = S_ent_label(d, RG_GROUP, "Chad's military government");
    ck_assert_msg(junta >= 0 && mg >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_SANCTION, junta, S_must(d, "country:FRA")), "no junta -- France");
    ck_assert_msg(S_has_inter(d, RG_SANCTION, S_must(d, "country:MLI"), S_must(d, "country:FRA")), "no roll-up");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, mg, S_must(d, "country:NER")), "no military government -- Niger");
    rg_doc_free(d);
}
END_TEST

/* A light verb and its noun are one predicate, the verb a trigger or
 * not, an amount between them or not. */
START_TEST(inter_light_verb_and_noun)
{
    rg_doc *d = S_doc("Kenya signed an agreement with Uganda. Japan pledged $500 million in aid to Chad. "
                      "Norway expressed support for Mali.");
    int ke = S_must(d, "country:KEN"), ug = S_must(d, "country:UGA"), jp = S_must(d, "country:JPN"),
        td = S_must(d, "country:TCD"), no = S_must(d, "country:NOR"), ml = S_must(d, "country:MLI");
    ck_assert_msg(S_has_inter(d, RG_AGREE, ke, ug), "no agree Kenya -- Uganda");
    ck_assert_msg(S_has_inter(d, RG_AID, jp, td), "no aid Japan -> Chad");
    ck_assert_msg(S_has_inter(d, RG_SUPPORT, no, ml), "no support Norway -> Mali");
    rg_doc_free(d);

    /* "carried out airstrikes on B"; "received X" as a host does */
    d = S_doc("Kenya carried out airstrikes on Uganda. Chad received Niger's foreign minister.");
    ke = S_ent_key(d, "country:KEN");
    ug = S_ent_key(d, "country:UGA");
    td = S_ent_key(d, "country:TCD");
    int ne = S_ent_key(d, "country:NER");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, ke, ug), "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_CONSULT, td, ne), "entities: %s", S_ents(d));
    rg_doc_free(d);

    /* "agreed to a ceasefire with B": the light verb's own preposition */
    d = S_doc("Kenya agreed to a temporary ceasefire with Uganda.");
    ke = S_ent_key(d, "country:KEN");
    ug = S_ent_key(d, "country:UGA");
    ck_assert_msg(S_has_inter(d, RG_AGREE, ke, ug), "entities: %s", S_ents(d));
    rg_doc_free(d);

    /* a round of talks is an amount; the subject is sought from the
     * light verb, over an apposition */
    d = S_doc("Peter Brenquist, Kenya's foreign minister, held a fifth round of indirect talks with Tomas Vandle.");
    int pb = S_party(d, "Peter Brenquist"), tv = S_party(d, "Tomas Vandle");
    ck_assert_msg(pb >= 0 && tv >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_CONSULT, pb, tv), "no consult Brenquist -- Vandle");
    rg_doc_free(d);

    /* more light verbs; a "no" before the noun is a negation; a long
     * relative clause between the subject and its light verb */
    d = S_doc("Nairobi adopted a package of sanctions against Kampala. Kenya initialled a peace agreement with Chad. "
              "Ghana opened formal talks with Togo. "
              "Mali, which is not a member of the Kenyan trade bloc, raised no objections to Niger's plan.");
    ck_assert_msg(S_has_inter(d, RG_SANCTION, S_must(d, "country:KEN"), S_must(d, "country:UGA")),
                  "no sanction Kenya -> Uganda");
    ck_assert_msg(S_has_inter(d, RG_AGREE, S_must(d, "country:KEN"), S_must(d, "country:TCD")), "no agree Kenya -- Chad");
    ck_assert_msg(S_has_inter(d, RG_CONSULT, S_must(d, "country:GHA"), S_must(d, "country:TGO")), "no consult Ghana -- Togo");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:MLI"), S_must(d, "country:NER")), 0);
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:KEN"), S_must(d, "country:NER")), 0);
    rg_doc_free(d);
    d = S_doc("Mali, which is not a member of the Kenyan trade bloc, raised objections to Niger's plan.");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, S_must(d, "country:MLI"), S_must(d, "country:NER")), "no accuse Mali -> Niger");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:KEN"), S_must(d, "country:NER")), 0);
    rg_doc_free(d);

    /* charges laid, brought and accusations levelled; "pressed" and a
     * "level" stay what they are */
    d = S_doc("The Unity Front laid charges against Peter Brenquist, accusing Tomas Vandle of fraud. "
              "Ghana brought charges against Togo. Benin levelled accusations against Chad. "
              "Kenya pressed Uganda to increase its level of aid to Mali.");
    int uf = S_ent_label(d, RG_GROUP, "Unity Front"), pb2 = S_party(d, "Peter Brenquist");
    ck_assert_msg(uf >= 0 && pb2 >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, uf, pb2), "no accuse Unity Front -> Brenquist");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, S_must(d, "country:GHA"), S_must(d, "country:TGO")), "no accuse Ghana -> Togo");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, S_must(d, "country:BEN"), S_must(d, "country:TCD")), "no accuse Benin -> Chad");
    ck_assert_msg(S_has_inter(d, RG_DEMAND, S_must(d, "country:KEN"), S_must(d, "country:UGA")), "no demand Kenya -> Uganda");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:UGA"), S_must(d, "country:MLI")), 0);
    rg_doc_free(d);

    /* after an article a light word is a noun: the clause's subject is
     * not the noun's agent */
    S_expect_no_pattern_inter("Kenya's minister resigned following the start of a parliamentary inquiry into Chad.",
                              "country:KEN", "country:TCD");
}
END_TEST

/* "X said it/they V B": the pronoun after a speech verb is its subject
 * (it only for a country or group; also after "X said, adding that");
 * not when the speaker is a person. */
START_TEST(inter_it_after_speech_verb)
{
    rg_doc *d = S_doc("The Kenyan army said it struck Ugandan positions near the border. "
                      "Chad and Niger said they agreed to cooperate with Mali. "
                      "Ana Ferreira said it was wrong to attack Senegal.");
    int ke = S_ent_key(d, "country:KEN"), ug = S_ent_key(d, "country:UGA"), td = S_ent_key(d, "country:TCD"),
        ne = S_ent_key(d, "country:NER"), ml = S_ent_key(d, "country:MLI"), sn = S_ent_key(d, "country:SEN"),
        af = S_ent_label(d, RG_PERSON, "Ana Ferreira");
    ck_assert_msg(ke >= 0 && ug >= 0 && td >= 0 && ne >= 0 && ml >= 0 && sn >= 0 && af >= 0, "entities: %s",
                  S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, ke, ug), "no assault Kenya -> Uganda");
    ck_assert_msg(S_has_inter(d, RG_AGREE, td, ml) && S_has_inter(d, RG_AGREE, ne, ml), "no agree with Mali");
    ck_assert_uint_eq(S_n_inter(d, af, sn), 0);
    rg_doc_free(d);
    /* "..., X said, adding that it asked B": the speaker before the
     * participle, over a nearer name */
    S_expect_inter("Togo's police detained a Malian couple, the Ghanaian foreign ministry said, adding that it had "
                   "asked Togo for consular access.",
                   "country:GHA", "country:TGO", RG_DEMAND);
}
END_TEST

/* "A arrived in C for talks with B": A and B consult, not the place
 * of arrival; "..., X said" after the object is the speaker, not one more
 * party. */
START_TEST(inter_purpose_for_talks)
{
    rg_doc *d = S_doc("Portuguese Prime Minister Ana Ferreira arrived in Kenya for talks with "
                      "Austrian Chancellor Lukas Weber, Odalo Brenquist said.");
    int a = S_ent_label(d, RG_PERSON, "Ana Ferreira"), b = S_ent_label(d, RG_PERSON, "Lukas Weber"),
        o = S_ent_label(d, RG_PERSON, "Odalo Brenquist"), ke = S_ent_key(d, "country:KEN");
    ck_assert_msg(a >= 0 && b >= 0 && o >= 0 && ke >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_CONSULT, a, b), "no consult Ferreira -- Weber");
    ck_assert_uint_eq(S_n_inter(d, ke, b), 0);
    ck_assert_uint_eq(S_n_inter(d, a, o), 0);
    rg_doc_free(d);
}
END_TEST

/* "rejected a call by B": B is the object; "freed hostages held by B"
 * (no determiner: a participle, not the verb's noun) is not. */
START_TEST(inter_object_after_by)
{
    rg_doc *d = S_doc("Kenya rejected a call by Uganda to reopen the border. "
                      "Chad freed hostages held by Niger.");
    int ke = S_must(d, "country:KEN"), ug = S_must(d, "country:UGA"), td = S_must(d, "country:TCD"),
        ne = S_must(d, "country:NER");
    ck_assert_msg(S_has_inter(d, RG_REJECT, ke, ug), "no reject Kenya -> Uganda");
    ck_assert_uint_eq(S_n_pattern_inter(d, td, ne), 0);
    rg_doc_free(d);
}
END_TEST

/* A capital acting as its government stands for its country: subject
 * of an interaction or speech verb, object of one, or joined by "and" to
 * one that acts, or after a speech verb ("said Kampala was collaborating");
 * two opening a clause; not after a preposition of place. */
START_TEST(inter_capital_as_actor)
{
    rg_doc *d = S_doc("Nairobi and Kampala agreed to reopen the border. Dodoma accused Kigali of smuggling. "
                      "Talks were held in Lusaka on Monday.");
    int ke = S_must(d, "country:KEN"), ug = S_must(d, "country:UGA"), tz = S_must(d, "country:TZA"),
        rw = S_must(d, "country:RWA");
    ck_assert_msg(S_has_inter(d, RG_AGREE, ke, ug), "no agree Kenya -- Uganda");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, tz, rw), "no accuse Tanzania -> Rwanda");
    ck_assert_msg(S_ent_key(d, "country:ZMB") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);

    /* the act a noun names comes from the capital; a call from a city
     * was only made there */
    /* a capital's government noun ("cementing Beijing's position"), a
     * word for what one side sends another ("a renewed offer from
     * Washington"), a capital opening an "if" clause ("If Kyiv
     * continues its attacks"); not "Lusaka's streets" */
    d = S_doc("Kenya signed a deal, cementing Kampala's position. Chad rejected a renewed offer from Dodoma. "
              "If Kigali continues its attacks, Burundi will respond. Tourists filled Lusaka's streets.");
    S_must(d, "country:UGA");
    S_must(d, "country:TZA");
    S_must(d, "country:RWA");
    ck_assert_msg(S_ent_key(d, "country:ZMB") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);

    /* a capital before a body in lower case says whose it is: "Kabul
     * authorities detained", "Moscow police arrested" */
    d = S_doc("Kampala authorities detained two Kenyan journalists. Dodoma police arrested Chadian traders.");
    ck_assert_msg(S_has_inter(d, RG_COERCE, S_must(d, "country:UGA"), S_must(d, "country:KEN")),
                  "no coerce Uganda -> Kenya");
    S_label_is(d, RG_GROUP, "Dodoma police", 1);
    rg_doc_free(d);

    /* a city's own body is a group of its own, keyed with its place
     * (Mombasa's police are not Kenya's; the Kisumu High Court is no
     * supreme court); a court named by its kind in lower case is a body
     * of its country, in capitals a name of its own (two courts, not one
     * "U.S. court") */
    d = S_doc("Mombasa police detained Tomas Vandle. Kenyan police later freed him. The Kisumu High Court and "
              "Kenya's Supreme Court heard the case. A Ugandan court sentenced Peter Brenquist. The U.S. Court of "
              "Appeals overturned a ruling by the U.S. Bankruptcy Court.");
    int mombasa = S_must(d, "group:KEN-police-mombasa");
    S_label_is(d, RG_GROUP, "Mombasa police", 1);
    ck_assert_int_ne(mombasa, S_must(d, "group:KEN-police"));
    ck_assert_msg(S_has_inter(d, RG_COERCE, mombasa, S_party(d, "Tomas Vandle")), "no coerce Mombasa police");
    ck_assert_int_ne(S_must(d, "group:KEN-high-court-kisumu"), S_must(d, "group:KEN-supreme-court"));
    ck_assert_msg(S_has_inter(d, RG_COERCE, S_must(d, "group:UGA-court"), S_party(d, "Peter Brenquist")),
                  "no coerce Ugandan court -> Brenquist");
    S_label_is(d, RG_GROUP, "U.S. Court of Appeals", 1);
    S_label_is(d, RG_GROUP, "U.S. Bankruptcy Court", 1);
    rg_doc_free(d);

    d = S_doc("Kenya met Chad, drawing a sharp rebuke from Kampala. Nairobi said it regretted it. "
              "The minister spoke in a telephone call from Lusaka.");
    ke = S_must(d, "country:KEN");
    ug = S_must(d, "country:UGA");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, ug, ke), "no accuse Uganda -> Kenya");
    ck_assert_msg(S_ent_key(d, "country:ZMB") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);

    /* the seat of an organisation acting is the organisation; there
     * only, it is a place */
    d = S_doc("Kenya met Chad, drawing criticism from Brussels. Talks were held in Brussels.");
    int eu = S_must(d, "group:eu");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, eu, S_must(d, "country:KEN")), "no accuse EU -> Kenya");
    ck_assert_msg(S_ent_key(d, "country:BEL") < 0, "entities: %s", S_ents(d));
    ck_assert_int_eq(d->entities[eu].mentions, 1);
    rg_doc_free(d);

    /* the agent of a passive act; a capital whose officials act */
    d = S_doc("The truce was rejected by Kampala on Friday. The plan was welcomed by Dodoma, whose officials had "
              "accused Kigali of lying.");
    S_must(d, "country:UGA");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, S_must(d, "country:TZA"), S_must(d, "country:RWA")),
                  "no accuse Tanzania -> Rwanda");
    rg_doc_free(d);

    /* where a firm is based is no actor */
    d = S_doc("Chad formed a joint venture with Kampala-based Moroto Holdings.");
    ck_assert_msg(S_ent_key(d, "country:UGA") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);

    /* nor is a country where a firm is based or a ship registered: the
     * firm is the one acted on (but "Ugandan-backed" is an agent) */
    d = S_doc("Kenya imposed sanctions on Uganda-based Moroto Holdings Ltd on Monday. "
              "Chad seized a Liberia-flagged tanker and fought Ugandan-backed rebels.");
    int mh = S_ent_label(d, RG_GROUP, "Moroto Holdings Ltd");
    ck_assert_msg(mh >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_SANCTION, S_must(d, "country:KEN"), mh), "no sanction Kenya -> Moroto");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:TCD"), S_must(d, "country:LBR")), 0);
    rg_doc_free(d);
    /* so is where arms were made or what a gang speaks */
    d = S_doc("Kenya fired Ugandan-made rockets at Chad on Monday.");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, S_must(d, "country:KEN"), S_must(d, "country:TCD")), "no assault");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:UGA"), S_must(d, "country:TCD")), 0);
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:KEN"), S_must(d, "country:UGA")), 0);
    rg_doc_free(d);

    /* reported speech without "that", a progressive verb; a passive is
     * the city, and so is a second place after "in" */
    d = S_doc("Kenya said Kampala was collaborating with Chad. Officials said Lusaka was attacked. "
              "Police in Nairobi and Kigali were investigating the case.");
    ug = S_must(d, "country:UGA");
    ck_assert_msg(S_has_inter(d, RG_COOPERATE, ug, S_must(d, "country:TCD")), "no cooperate Uganda -- Chad");
    ck_assert_msg(S_ent_key(d, "country:ZMB") < 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_ent_key(d, "country:RWA") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);

    /* after an opening phrase of time, the capital is the subject;
     * a place's preposition before it still makes it the city */
    d = S_doc("A day later Kampala eased sanctions on Kenya. Since 2023 Kigali has relied on Chad. "
              "On Monday in Lusaka the talks went on.");
    ck_assert_msg(S_has_inter(d, RG_CONCEDE, S_must(d, "country:UGA"), S_must(d, "country:KEN")), "no concede");
    ck_assert_msg(S_has_inter(d, RG_COOPERATE, S_must(d, "country:RWA"), S_must(d, "country:TCD")), "no cooperate");
    ck_assert_msg(S_ent_key(d, "country:ZMB") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);

    /* a relation with a capital, a capital's tariffs, a capital opening
     * a condition: the government */
    d = S_doc("Kenya eased its trade friction with Kampala. Chad criticised Kigali's tariffs. "
              "\"If Lusaka goes ahead, we will respond,\" the minister said.");
    S_must(d, "country:UGA");
    S_must(d, "country:RWA");
    S_must(d, "country:ZMB");
    rg_doc_free(d);

    /* two capitals opening a clause act, whatever their past-tense verb;
     * one alone may be a market */
    d = S_doc("Kenya protested hours after Kampala and Kigali wrapped up border drills. "
              "Lusaka closed higher on Monday.");
    S_must(d, "country:UGA");
    S_must(d, "country:RWA");
    ck_assert_msg(S_ent_key(d, "country:ZMB") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);

    /* the object of a verb of several words that ends in its
     * preposition: "relied on Kampala"; "courted" is a verb only in its
     * inflected forms */
    d = S_doc("Kenya has relied on Kampala for fuel. Chad reached out to Kigali after the raid. "
              "Niger has courted Togo for years.");
    ck_assert_msg(S_has_inter(d, RG_COOPERATE, S_must(d, "country:KEN"), S_must(d, "country:UGA")),
                  "no cooperate Kenya -- Uganda");
    ck_assert_msg(S_has_inter(d, RG_CONSULT, S_must(d, "country:TCD"), S_must(d, "country:RWA")),
                  "no consult Chad -> Rwanda");
    ck_assert_msg(S_has_inter(d, RG_CONSULT, S_must(d, "country:NER"), S_must(d, "country:TGO")),
                  "no consult Niger -> Togo");
    rg_doc_free(d);
}
END_TEST

/* "the minister", "the ministry" in a later sentence are the one person
 * or body named before whose role or name ends in those words; with two
 * that fit, neither. */
START_TEST(inter_role_anaphor)
{
    rg_doc *d = S_doc("Kenyan Foreign Minister Peter Brenquist visited Chad on Monday. The minister later held talks "
                      "with Ugandan President Tomas Vandle.");
    int pb = S_ent_label(d, RG_PERSON, "Peter Brenquist"), tv = S_ent_label(d, RG_PERSON, "Tomas Vandle");
    ck_assert_msg(pb >= 0 && tv >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_CONSULT, pb, tv), "no consult Brenquist - Vandle");
    rg_doc_free(d);
    d = S_doc("Kenya expelled two Ugandan diplomats, the Kenyan Foreign Ministry said. The ministry accused Uganda of "
              "espionage.");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, S_must(d, "group:KEN-foreign-ministry"), S_must(d, "country:UGA")),
                  "no accuse ministry -> Uganda");
    rg_doc_free(d);
    /* two ministers named: "the minister" is either */
    d = S_doc("Kenyan Foreign Minister Peter Brenquist met Ugandan Foreign Minister Tomas Vandle on Monday. The "
              "minister later accused Chad of espionage.");
    ck_assert_int_eq(S_n_inter(d, S_must(d, "country:TCD"), S_ent_label(d, RG_PERSON, "Peter Brenquist")), 0);
    ck_assert_int_eq(S_n_inter(d, S_must(d, "country:TCD"), S_ent_label(d, RG_PERSON, "Tomas Vandle")), 0);
    rg_doc_free(d);
}
END_TEST

/* A word of standing between a country and its body in lower case
 * ("Mali's ruling junta", "Sudan's interim government") leaves the body
 * its country's. */
START_TEST(extract_body_after_a_word_of_standing)
{
    rg_doc *d = S_doc("Mali's ruling junta expelled the French ambassador on Monday.");
    int j = S_must(d, "group:MLI-junta");
    ck_assert_msg(S_has_inter(d, RG_SANCTION, j, S_must(d, "country:FRA")), "no sanction junta -> France");
    rg_doc_free(d);
}
END_TEST

/* A country's air force is a body of its own, as its navy is ("the
 * Nigerian Air Force", "the Israeli air force"); its warplanes and jets
 * are still the country. */
START_TEST(extract_air_force_is_a_body)
{
    rg_doc *d = S_doc("The Israeli air force struck Hezbollah positions in Lebanon on Monday.");
    int af = S_must(d, "group:ISR-air-force"), hz = S_must(d, "group:hezbollah");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, af, hz), "no assault air force -> Hezbollah");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, S_must(d, "country:ISR"), hz), "no roll-up to Israel");
    rg_doc_free(d);
    d = S_doc("Israeli warplanes struck Hezbollah positions in Lebanon on Monday.");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, S_must(d, "country:ISR"), S_must(d, "group:hezbollah")),
                  "no assault Israel -> Hezbollah");
    ck_assert_msg(S_ent_key(d, "group:ISR-air-force") < 0, "warplanes made a body: %s", S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* A participle after an article or a preposition and before a title
 * qualifies the person ("including ousted prime minister X"): no act of
 * the clause's subject on him. */
START_TEST(inter_participle_before_title_is_no_act)
{
    S_expect_no_inter("Kenya banned the Orange Democratic Movement, pending the trial of party leaders "
                      "including ousted prime minister Raila Odinga.",
                      "group:odm", "Raila Odinga");
    /* a verb still: "The army ousted President X" */
    S_expect_inter("The Egyptian army ousted President Mohamed Morsi in 2013.", "group:EGY-military", "Mohamed Morsi",
                   RG_COERCE);
}
END_TEST

/* A noun trigger whose relative clause holds its light verb: the
 * clause's subject acts on the party after the noun's preposition ("the
 * deal that Starmer struck with Macron"), and the light verb is no act
 * of its own (no assault from "struck"). */
START_TEST(inter_relative_clause_light_verb)
{
    rg_doc *d = S_doc("The deal that Keir Starmer struck with Emmanuel Macron in July collapsed.");
    int ks = S_party(d, "Keir Starmer"), em = S_party(d, "Emmanuel Macron");
    ck_assert_msg(ks >= 0 && em >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_AGREE, ks, em), "no agree Starmer - Macron");
    ck_assert_msg(!S_has_inter(d, RG_ASSAULT, ks, em), "'struck' read as an assault");
    rg_doc_free(d);
    /* without "that", over an auxiliary; a capital after the light verb's
     * preposition is its government */
    S_expect_inter("The sanctions Washington has imposed on Moscow since 2022 remain in force.", "country:USA",
                   "country:RUS", RG_SANCTION);
    /* negated: nothing */
    S_expect_no_inter("The deal that Keir Starmer never struck with Emmanuel Macron haunts him.", "Keir Starmer",
                      "Emmanuel Macron");
}
END_TEST

/* Entering another's airspace or waters: the cases are in
 * inter_phrase_shapes; here what is no intrusion. */
START_TEST(inter_intrusion_limits)
{
    S_expect_no_inter("Ugandan drones did not enter Kenyan airspace, officials said.", "country:UGA", "country:KEN");
    /* a breach of something that is no space: no show of force */
    S_expect_no_kind("Uganda violated Kenyan sanctions on Friday.", "country:UGA", "country:KEN", RG_MOBILIZE,
                     "a breach of sanctions read as an intrusion");
}
END_TEST

/* An operation is an attack only against someone; "the gang" is an
 * armed group named before, never an organisation the lexicon knows as
 * no armed group. */
START_TEST(inter_operation_against)
{
    S_expect_inter("Kenyan police launched an operation against al-Shabaab in Mombasa.", "group:KEN-police",
                   "group:al-shabaab", RG_ASSAULT);
    rg_doc *d = S_doc("Kenya expanded its operations in Uganda on Monday.");
    ck_assert_msg(d->n_interactions == 0, "an interaction from a business's operations");
    rg_doc_free(d);
    /* (so are restrictions only on someone) */
    d = S_doc("New restrictions apply to visitors from Kenya and Uganda.");
    ck_assert_msg(d->n_interactions == 0, "an interaction from restrictions on no one");
    rg_doc_free(d);
    S_expect_no_kind("Kenyan police, backed by officers of the UN-supported mission, launched an operation against "
                     "the gang coalition.",
                     "group:KEN-police", "group:un", RG_ASSAULT, "'the gang' read as the UN");
}
END_TEST

/* A hostile act vowed has not happened: the vow is a threat. */
START_TEST(inter_vow_is_threat)
{
    static const char *const text = "Kenya vowed on Sunday to destroy Uganda's army.";
    S_expect_inter(text, "country:KEN", "country:UGA", RG_THREATEN);
    S_expect_no_kind(text, "country:KEN", "country:UGA", RG_ASSAULT, "a vowed attack read as done");
}
END_TEST

/* The verb classes are complete, not only their commonest members: each
 * line is a verb the lexicon lacked, in a sentence where it is the act. */
START_TEST(inter_verb_classes)
{
    static const S_inter_case cases[] = {
        {"Kenya was berated by Uganda over the border dispute.", RG_ACCUSE, "country:UGA", "country:KEN"},
        {"Kenya lambasted Uganda for closing the border.", RG_ACCUSE, "country:KEN", "country:UGA"},
        {"Kenya faulted Uganda for the delay.", RG_ACCUSE, "country:KEN", "country:UGA"},
        {"Kenya spurned Uganda's offer of talks.", RG_REJECT, "country:KEN", "country:UGA"},
        {"Kenya lauded Uganda for its role in the talks.", RG_SUPPORT, "country:KEN", "country:UGA"},
        {"Kenya pleaded with Uganda to reopen the border.", RG_DEMAND, "country:KEN", "country:UGA"},
        {"Kenyan artillery pounded Ugandan positions overnight.", RG_ASSAULT, "country:KEN", "country:UGA"},
    };
    S_expect_cases(cases, sizeof cases / sizeof cases[0]);
}
END_TEST

/* Shapes of news sentences around the parties: a relative clause
 * between the subject and its verb, a relative pronoun as the subject
 * (", which accused B"), a speaker "said after talks with B", "A and
 * his counterpart B", a noun
 * right after the verb that is also a trigger ("struck targets in B"),
 * a quantity ("killed at least 40"), a light verb four words before its
 * noun. */
START_TEST(inter_phrase_shapes)
{
    static const S_inter_case cases[] = {
        {"Chad's president, who chairs the Kenyan Union, later brokered a truce between Niger and Mali.",
         RG_CONSULT, "country:TCD", "country:NER"},
        {"Kenyan President Odalo Brenquist and his Ugandan counterpart Tomas Vandle agreed to reopen the border.",
         RG_AGREE, "Odalo Brenquist", "Tomas Vandle"},
        {"Kenyan warplanes struck targets in southern Uganda overnight.", RG_ASSAULT, "country:KEN", "country:UGA"},
        {"Kenyan troops killed at least 40 farmers in Niger's Tillaberi region.", RG_ASSAULT, "country:KEN",
         "country:NER"},
        {"Kenya launched a wave of strikes on Ugandan military sites.", RG_ASSAULT, "country:KEN", "country:UGA"},
        {"They agreed under a declaration signed by Odalo Brenquist and Tomas Vandle.", RG_AGREE, "Odalo Brenquist",
         "Tomas Vandle"},
        {"Kenyan-led coalition airstrikes on Ugandan positions continued.", RG_ASSAULT, "country:KEN", "country:UGA"},
        {"Kenya recognised Chad, prompting Uganda to recall its ambassador from Nairobi.", RG_SANCTION, "country:UGA",
         "country:KEN"},
        {"KENYA, UGANDA TO HOLD TALKS ON BORDER\n\nThe talks start on Monday.", RG_CONSULT, "country:KEN",
         "country:UGA"},
        {"The envoys of the guarantors (Kenya, Uganda, Chad) signed a memorandum.", RG_AGREE, "country:KEN",
         "country:TCD"},
        {"Kenya cut ties with Uganda on Monday, accusing Chad of arming rebels.", RG_ACCUSE, "country:KEN",
         "country:TCD"},
        {"A Kenyan convoy was attacked by fighters of the Chadian army.", RG_ASSAULT, "country:TCD", "country:KEN"},
        {"Kenya's Hamas government and Uganda agreed to a ceasefire.", RG_AGREE, "group:hamas", "country:UGA"},
        {"Kenya faced sharp criticism from Uganda over the arrests.", RG_ACCUSE, "country:UGA", "country:KEN"},
        {"Kenya met Chad in Nairobi, drawing criticism from Uganda.", RG_ACCUSE, "country:UGA", "country:KEN"},
        {"Uganda seized the Chadian town of Faya, and the Chadian government accused Niger of backing it.",
         RG_ACCUSE, "country:TCD", "country:NER"},
        {"Kenya filed new evidence at the International Court of Justice accusing Uganda of genocide.", RG_ACCUSE,
         "country:KEN", "country:UGA"},
        {"Kenya arrested 16 people in a raid on Monday, and later expelled Ugandan diplomats.", RG_SANCTION,
         "country:KEN", "country:UGA"},
        {"Police detained members of the Hamas movement, which accused Kenya of a campaign of arrests.", RG_ACCUSE,
         "group:hamas", "country:KEN"},
        {"The talks were hosted by Peter Brenquist, who met Tomas Vandle on Monday.", RG_CONSULT, "Peter Brenquist",
         "Tomas Vandle"},
        {"Peter Brenquist said after talks with Tomas Vandle that the border would reopen.", RG_CONSULT,
         "Peter Brenquist", "Tomas Vandle"},
        {"Kenya's president told reporters after a meeting with Tomas Vandle that it went well.", RG_CONSULT,
         "country:KEN", "Tomas Vandle"},
        {"Kenya and Uganda held their first joint naval exercise in 13 years.", RG_COOPERATE, "country:KEN",
         "country:UGA"},
        {"Police in Kenya and Uganda jointly dismantled a smuggling network.", RG_COOPERATE, "country:KEN",
         "country:UGA"},
        {"Kenya captured the town of Moroto from the Ugandan army.", RG_COERCE, "country:KEN",
         "country:UGA"},
        {"Kenyan troops recaptured the town of Moroto from Uganda.", RG_ASSAULT, "country:KEN", "country:UGA"},
        {"Kenya overran Ugandan positions near the border.", RG_ASSAULT, "country:KEN", "country:UGA"},
        {"Kenya prosecuted Tomas Vandle for treason.", RG_ACCUSE, "country:KEN", "Tomas Vandle"},
        {"Kenya convicted Tomas Vandle of spying.", RG_COERCE, "country:KEN", "Tomas Vandle"},
        {"Al-Shabaab, whom UN experts say are backed by Chad, seized the Kenyan town of Moroto.", RG_COERCE, "group:al-shabaab",
         "country:KEN"},
        {"Kenya, which refused to sign the pact, was invited back by Uganda.", RG_CONSULT, "country:UGA",
         "country:KEN"},
        {"Kenyan troops backed by Ugandan forces retook the town from al-Shabaab.", RG_ASSAULT, "country:KEN",
         "group:al-shabaab"},
        {"Kenyan troops backed by Ugandan forces retook the town from al-Shabaab.", RG_SUPPORT, "country:UGA",
         "country:KEN"},
        {"President Peter Brenquist sacked Prime Minister Tomas Vandle on Monday.", RG_COERCE, "Peter Brenquist",
         "Tomas Vandle"},
        {"Ugandan troops toppled Kenyan President Tomas Vandle in 2020.", RG_COERCE, "country:UGA", "Tomas Vandle"},
        {"Kenya ordered Uganda to withdraw its troops.", RG_DEMAND, "country:KEN", "country:UGA"},
        {"Kenya seized the town after days of fighting with the Ugandan army.", RG_ASSAULT, "country:KEN",
         "country:UGA"},
        {"Al-Shabaab, the al-Qaeda affiliate in Somalia, said it had attacked Kenyan troops.", RG_ASSAULT,
         "group:al-shabaab", "country:KEN"},
        {"The ELN, Colombia's largest guerrilla group, said it had kidnapped two Venezuelan soldiers.", RG_CRIME,
         "group:eln", "country:VEN"},
        {"Kenya's president wrote to Tomas Vandle seeking their release.", RG_CONSULT, "country:KEN", "Tomas Vandle"},
        {"Kenya sent a letter to Uganda on Monday.", RG_CONSULT, "country:KEN", "country:UGA"},
        {"Kenya signed a letter of intent with Uganda on Monday.", RG_AGREE, "country:KEN", "country:UGA"},
        {"Kenya formed a coalition with Uganda against the rebels.", RG_COOPERATE, "country:KEN", "country:UGA"},
        {"Kenya seized a Ugandan tanker, a move Chad denounced as piracy.", RG_ACCUSE, "country:TCD", "country:KEN"},
        {"Kenya signed a defence pact with Uganda on Friday, a move Chad condemned.", RG_ACCUSE, "country:TCD",
         "country:UGA"},
        {"Kenya jailed two reporters on Monday, a ruling that Chad's government called unjust.", RG_ACCUSE,
         "country:TCD", "country:KEN"},
        {"Kenya seized a Ugandan tanker, a move Kampala immediately denounced as piracy.", RG_ACCUSE, "country:UGA",
         "country:KEN"},
        {"Kenya recognised the breakaway region, a decision that the African Union condemned.", RG_ACCUSE,
         "group:african-union", "country:KEN"},
        {"Kenya jailed two reporters on Monday, a ruling the regional African Union (AU) denounced as unjust.",
         RG_ACCUSE, "group:african-union", "country:KEN"},
        {"Kenya seized a Ugandan tanker, a move that drew sharp criticism from Chad.", RG_ACCUSE, "country:TCD",
         "country:KEN"},
        /* the judge with a place's possessive; the maker, with no act
         * read, the actor before an auxiliary */
        {"Kenya expelled two Ugandan diplomats, a move Nairobi's Kibera Residents Council condemned as hostile.",
         RG_ACCUSE, "group:kibera-residents-council", "country:KEN"},
        {"State media reported that the Unity Front had placed ten Ugandan lawmakers on a list, a move Chad "
         "condemned as intimidation.",
         RG_ACCUSE, "country:TCD", "group:unity-front"},
        /* a relative clause on an act's noun judges the act; with no act
         * read, the move's maker is the nearest clause's subject, not the
         * sentence's opener */
        {"Kenya and Uganda began annual military drills that Chad condemns as a rehearsal for invasion.", RG_ACCUSE,
         "country:TCD", "country:UGA"},
        {"The Unity Front's case against Tomas Vandle comes after Kenyan troops burned several boats, strikes that "
         "Chad condemned as murder.",
         RG_ACCUSE, "country:TCD", "country:KEN"},
        /* forces shown together at no one named: the two act together */
        {"Kenya and Uganda began annual military drills on Monday.", RG_COOPERATE, "country:KEN", "country:UGA"},
        {"Kenya said it would act over Uganda's support for the Allied Democratic Forces, joining Niger in "
         "condemning the move.",
         RG_COOPERATE, "country:KEN", "country:NER"},
        {"Kenyan President Peter Brenquist said Nairobi was ready for talks with Kampala but rejected a truce "
         "proposed by Chad.",
         RG_REJECT, "Peter Brenquist", "country:TCD"},
        {"Kenyan police indicted Peter Brenquist and 36 others, including former minister Tomas Vandle, for plotting "
         "a coup.",
         RG_ACCUSE, "group:KEN-police", "Tomas Vandle"},
        {"The decision, which came a week after Kenya's president, Peter Brenquist, telephoned the Ugandan leader, "
         "Tomas Vandle, to end a row, was welcomed by Chad, whose officials had accused Niger of meddling.",
         RG_CONSULT, "Peter Brenquist", "Tomas Vandle"},
        {"Talks ended. Kenyan and Ugandan delegations held talks in Nairobi on Friday, with Chadian Foreign Minister "
         "Peter Brenquist hosting the meeting.",
         RG_CONSULT, "Peter Brenquist", "country:UGA"},
        {"Kenya and Uganda exchanged fire on Monday. Chad and Niger urged both sides to respect the truce.",
         RG_DEMAND, "country:TCD", "country:UGA"},
        {"Talks ended. Kenyan President Peter Brenquist and Ugandan President Tomas Vandle shook hands and "
         "thanked Chad for its mediation.",
         RG_SUPPORT, "Tomas Vandle", "country:TCD"},
        /* the charge's gerund clause and its place are the first verb's
         * object: the verb after "and" shares its subject */
        {"Human Rights Watch accused Kenya of executing at least 40 men in the village of Kibera and urged Peter "
         "Brenquist to disband the force.",
         RG_DEMAND, "group:hrw", "Peter Brenquist"},
        {"The International Criminal Court issued an arrest warrant for Tomas Vandle.", RG_COERCE, "group:icc",
         "Tomas Vandle"},
        {"Kenya denied the killings, blaming the massacre on the Ugandan army.", RG_ACCUSE, "country:KEN",
         "country:UGA"},
        {"Kenya began withdrawing troops from five hilltop positions in southern Uganda.", RG_RETREAT, "country:KEN",
         "country:UGA"},
        {"Kenya condemned the military junta in Niger on Friday.", RG_ACCUSE, "country:KEN", "country:NER"},
        {"Kenya said on Sunday it had fired a missile at Uganda.", RG_ASSAULT, "country:KEN",
         "country:UGA"},
        {"Kenya said it struck nine \"terrorist\" sites in Uganda early on Wednesday.", RG_ASSAULT, "country:KEN",
         "country:UGA"},
        {"Kenya completed the withdrawal of its last troops from Uganda on Thursday.", RG_RETREAT, "country:KEN",
         "country:UGA"},
        {"Kenya threatened 25 percent tariffs on Ugandan goods.", RG_THREATEN, "country:KEN", "country:UGA"},
        /* a sale of weapons is aid, as arms sales are */
        {"Uganda condemned Kenya's sale of weapons to Niger.", RG_AID, "country:KEN", "country:NER"},
        /* reopening a border: the two sides cooperate */
        {"Kenya and Uganda reopened their shared border to cargo traffic on Monday.", RG_COOPERATE, "country:KEN",
         "country:UGA"},
        /* a verb after a quotation and "and" is the speaker's */
        {"ELN guerrillas attacked a base in Kenya. President Peter Brenquist said the attack \"closes the door to "
         "peace\" and suspended talks with the rebels.",
         RG_SANCTION, "Peter Brenquist", "group:eln"},
        /* entering another's airspace or waters is a show of force on it */
        {"Kenya summoned Uganda's envoy after a Ugandan military aircraft violated Kenyan airspace.", RG_MOBILIZE,
         "country:UGA", "country:KEN"},
        {"Ugandan drones strayed into Kenya's airspace overnight.", RG_MOBILIZE, "country:UGA", "country:KEN"},
        /* restrictions and export controls on a country are sanctions */
        {"Kenya imposed export controls on Ugandan chipmakers.", RG_SANCTION, "country:KEN", "country:UGA"},
        {"Kenya threatened to impose retaliatory restrictions on Ugandan banks.", RG_THREATEN, "country:KEN",
         "country:UGA"},
        /* trade remedies are sanctions, as tariffs are */
        {"Kenya imposed anti-dumping duties on Ugandan steel.", RG_SANCTION, "country:KEN", "country:UGA"},
        /* goods named by where they were made stand for that country */
        {"Kenya imposed tariffs on electric vehicles made in Uganda.", RG_SANCTION, "country:KEN", "country:UGA"},
        /* a sum between the possessor and its noun */
        {"Uganda criticised Kenya's $500 million loan to Niger.", RG_AID, "country:KEN", "country:NER"},
        /* "ordered" and "authorised" bring the noun's act as "imposed" does */
        {"Kenya's president responded within hours, ordering 25 percent tariffs on Ugandan goods.", RG_SANCTION,
         "country:KEN", "country:UGA"},
        {"Peter Brenquist authorised air strikes against Uganda.", RG_ASSAULT, "Peter Brenquist", "country:UGA"},
        {"Kenya approved a loan to Uganda on Tuesday, a day after signing a similar agreement with Chad.", RG_AGREE,
         "country:KEN", "country:TCD"},
        {"Peter Brenquist said after meeting Tomas Vandle in Nairobi that the border would reopen.", RG_CONSULT,
         "Peter Brenquist", "Tomas Vandle"},
        {"Kenya demanded that Uganda release the prisoners.", RG_DEMAND, "country:KEN", "country:UGA"},
        {"Kenya, Uganda and six other African Union members agreed to cut tariffs.", RG_AGREE, "country:KEN",
         "country:UGA"},
        {"Kenyan President Peter Brenquist did not meet Ugandan President Tomas Vandle at the Kenyan Union summit, "
         "but the two countries' foreign ministers held talks on Friday.",
         RG_CONSULT, "country:KEN", "country:UGA"},
        {"Kenya and Uganda disagreed. The Nairobi Times said an accord was signed by the two sides on Monday.",
         RG_AGREE, "country:KEN", "country:UGA"},
        {"The African Union adopted a resolution demanding that Kenya withdraw its forces from Uganda.", RG_DEMAND,
         "group:african-union", "country:KEN"},
        {"Peter Brenquist praised the resilience of the Ugandan people on Sunday.", RG_SUPPORT, "Peter Brenquist",
         "country:UGA"},
        {"Kenya voiced strong support for Uganda's bid to join the bloc.", RG_SUPPORT, "country:KEN", "country:UGA"},
        {"Peter Brenquist arrived in Uganda on Saturday for a four-day visit.", RG_CONSULT, "Peter Brenquist",
         "country:UGA"},
        {"Kenya signed an agreement with Uganda's state oil company Ugandoil on Tuesday.", RG_AGREE, "country:KEN",
         "group:ugandoil"},
        {"Kenyan President Peter Brenquist, who has tried to keep Nairobi out of the long confrontation between "
         "Washington and Tehran, telephoned Tomas Vandle on Monday after Chad attacked Niger.",
         RG_CONSULT, "Peter Brenquist", "Tomas Vandle"},
        {"Kenya summoned Uganda's ambassador, Tomas Vandle, on Monday after Chad attacked Niger.", RG_DEMAND,
         "country:KEN", "Tomas Vandle"},
        {"Kenya summoned the Ugandan ambassador, Tomas Vandle, on Monday after Chad attacked Niger.", RG_DEMAND,
         "country:KEN", "Tomas Vandle"},
        {"Chad, which has spent more on defence than Niger since Uganda's full-scale invasion of Kenya, closed its "
         "border.",
         RG_ASSAULT, "country:UGA", "country:KEN"},
        {"Qatar's mediation between Kenya and Uganda produced a declaration of principles.", RG_CONSULT, "country:QAT",
         "country:UGA"},
        {"Kenya rejected a 30-day ceasefire proposed by Chad after Uganda attacked Niger.", RG_REJECT, "country:KEN",
         "country:TCD"},
        {"Kenya held talks with Uganda but rejected a deal offered by Chad.", RG_REJECT, "country:KEN", "country:TCD"},
        {"Kenya threatened on Saturday to take military action if Uganda and Chad go ahead with their drills.",
         RG_THREATEN, "country:KEN", "country:TCD"},
        {"Kenya denied that its drones had violated Ugandan airspace, after Chad accused it of a provocation.",
         RG_ACCUSE, "country:TCD", "country:KEN"},
        {"Nairobi upgraded ties with Kampala in April after Chad attacked Niger.", RG_COOPERATE, "country:KEN",
         "country:UGA"},
        {"Kenya mended fences with Uganda last year after Chad attacked Niger.", RG_COOPERATE, "country:KEN",
         "country:UGA"},
        {"Kenya and Uganda resumed diplomatic relations in 2023 after Chad attacked Niger.", RG_COOPERATE,
         "country:KEN", "country:UGA"},
        {"Peter Brenquist has lobbied Uganda and Chad to back the plan.", RG_DEMAND, "Peter Brenquist",
         "country:TCD"},
        {"Kenya and Uganda patched up relations last year after Chad attacked Niger.", RG_COOPERATE, "country:KEN",
         "country:UGA"},
        {"Kenya's Supreme Court removed President Peter Brenquist from office on Friday.", RG_COERCE,
         "group:KEN-supreme-court", "Peter Brenquist"},
        /* ", killing ...": an -ing form after a comma is a verb, its
         * subject the clause's (the table reads "killing" as a noun) */
        {"Kenya fired shells overnight, killing three Chadian civilians.", RG_ASSAULT, "country:KEN", "country:TCD"},
        /* two words for the noun joined by "and" are its phrase */
        {"Kenya launched large-scale air and naval drills around Uganda, a day after Chad protested.", RG_MOBILIZE,
         "country:KEN", "country:UGA"},
        /* a region's own administration; taking control of what is B's */
        {"The TPLF took control of the Tigray Interim Administration's offices in Mekelle.", RG_COERCE,
         "group:tplf", "group:tigray-interim-administration"},
        /* "has" before another act's verb is its auxiliary, no light verb
         * of the noun after: aid suspended is a sanction */
        {"The World Food Programme has suspended food aid to Kenya.", RG_SANCTION, "group:wfp", "country:KEN"},
        /* people from a group are the group, as people of one are */
        {"Peter Brenquist, who was arrested in Homa Bay by detectives from the Unity Police Unit, died.", RG_COERCE,
         "group:unity-police-unit", "Peter Brenquist"},
        /* a capital that describes something speaks as its government */
        {"Nairobi has described the deal as an attack on its sovereignty and recalled its ambassador to Kampala.",
         RG_SANCTION, "country:KEN", "country:UGA"},
        /* a person's party after "of" qualifies him; the list goes on */
        {"Kenya accused Peter Brenquist of the Unity Party and Tomas Vandle of the Green Party of fraud.", RG_ACCUSE,
         "country:KEN", "Tomas Vandle"},
    };
    S_expect_cases(cases, sizeof cases / sizeof cases[0]);
    /* the judge of "a ruling" with its possessive and its acronym */
    rg_doc *dr = S_doc("Kenya jailed Peter Brenquist on Monday, a ruling his Unity Party (UP) denounced as unjust.");
    int party = S_ent_label(dr, RG_GROUP, "Unity Party");
    ck_assert_msg(party >= 0, "entities: %s", S_ents(dr));
    ck_assert_msg(S_has_inter(dr, RG_ACCUSE, party, S_must(dr, "country:KEN")), "no accuse Unity Party -> Kenya");
    rg_doc_free(dr);
    /* "both sides": a country and its own army or group are one side */
    dr = S_doc("Uganda's paramilitary Unity Front shelled Gulu, the Ugandan army said, as the African Union urged "
               "both sides to agree to a truce.");
    int au = S_must(dr, "group:african-union"), front = S_ent_label(dr, RG_GROUP, "Unity Front");
    ck_assert_msg(front >= 0, "entities: %s", S_ents(dr));
    ck_assert_msg(S_has_inter(dr, RG_DEMAND, au, front), "no demand AU -> Unity Front");
    ck_assert_msg(S_has_inter(dr, RG_DEMAND, au, S_must(dr, "group:UGA-military")), "no demand AU -> army");
    rg_doc_free(dr);
    /* the clause's subject after ", and": the name a country's
     * possessive qualifies */
    dr = S_doc("Kenya's main opposition party Unity Front said its leader had been charged with treason after a rally, "
               "and urged the African Union to act.");
    front = S_ent_label(dr, RG_GROUP, "Unity Front");
    ck_assert_msg(front >= 0, "entities: %s", S_ents(dr));
    ck_assert_msg(S_has_inter(dr, RG_DEMAND, front, S_must(dr, "group:african-union")), "no demand Unity Front -> AU");
    rg_doc_free(dr);
    /* a past verb after ", and" does not go on a clause reported with a
     * modal: the speaker's */
    S_expect_inter("President Peter Brenquist said Kenya would not be intimidated by Uganda's drills, and thanked Chad "
                   "for its support.",
                   "Peter Brenquist", "country:TCD", RG_SUPPORT);
    /* no interaction between the two: the relative clause's own actor
     * is not the subject ("which" is no person, "who" no country); a
     * place before a participle's comma is not its subject; where a
     * visitor came from is not visited; a topic is no quality of the one
     * after "of"; the condition's subject, not a possessor in it; a
     * possessor before its noun is no subject */
    static const struct {
        const char *text, *a, *b;
    } none[] = {
        {"The bomb, which exploded under Kenya's embassy, also injured Uganda's envoy.", "country:KEN", "country:UGA"},
        {"The plan came from Peter Brenquist, which angered Uganda.", "Peter Brenquist", "country:UGA"},
        {"It was backed by Kenya, who praised Chad.", "country:KEN", "country:TCD"},
        {"Protesters blocked highways across Kenya on Monday, demanding that Peter Brenquist resign.", "country:KEN",
         "Peter Brenquist"},
        {"Peter Brenquist arrived from Uganda on Saturday for a four-day visit.", "Peter Brenquist", "country:UGA"},
        {"Kenya recognised the importance of the Ugandan market.", "country:KEN", "country:UGA"},
        {"Kenya warned the army could be called in if Uganda's political system was threatened.", "country:KEN",
         "country:UGA"},
        {"Confidence in Kenya's ability to pay helped Ugandan bonds.", "country:KEN", "country:UGA"},
        {"The African Union adopted a resolution demanding that Kenya withdraw its forces from Uganda.",
         "country:KEN", "country:UGA"},
        /* a condition's act, and what one is ready or wishes to do, are
         * not done */
        {"Kenya warned it would respond if Uganda attacked Chad again.", "country:UGA", "country:TCD"},
        {"If Uganda attacks Chad, the region will suffer, Kenya said.", "country:UGA", "country:TCD"},
        {"Kenya said it was ready for talks with Uganda.", "country:KEN", "country:UGA"},
        {"Kenya is willing to sign a deal with Uganda.", "country:KEN", "country:UGA"},
        /* a passive's place is where, its subject no agent */
        {"Tomas Vandle was abducted in Nairobi on Monday, and Kenya denied any role.", "Tomas Vandle", "country:KEN"},
        /* nor is the subject of an act in a condition */
        {"Unity Front leader Peter Brenquist threatened to resume attacks on Uganda if its forces did not withdraw "
         "from five hilltops, and rejected a plan presented by Chad.",
         "country:UGA", "country:TCD"},
        /* nor is the owner of "an alleged fraud" a subject after it */
        {"Kenya's Ethics and Anti-Corruption Commission (EACC) declared former governor Peter Brenquist wanted over "
         "an alleged fraud after he failed to appear in court, and accused his successor Tomas Vandle of shielding "
         "him.",
         "Peter Brenquist", "Tomas Vandle"},
        /* the hedged act's object is no subject of the verb after "but" */
        {"Kenyan President Peter Brenquist said Nairobi was ready for talks with Kampala but rejected a truce "
         "proposed by Chad.",
         "country:UGA", "country:TCD"},
        /* a possessor's noun opens no clause */
        {"Kenya said it would act over Uganda's support for the Allied Democratic Forces, joining Niger in "
         "condemning the move.",
         "country:UGA", "country:NER"},
    };
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        rg_doc *d = S_doc(none[i].text);
        int a = S_party(d, none[i].a), b = S_party(d, none[i].b);
        ck_assert_msg(a >= 0 && b >= 0, "%s: entities: %s", none[i].text, S_ents(d));
        ck_assert_msg(S_n_pattern_inter(d, a, b) == 0, "%s: an interaction %s - %s", none[i].text, none[i].a, none[i].b);
        rg_doc_free(d);
    }
    /* "both sides": the two named before (a person for his country) */
    rg_doc *d = S_doc("Talks between Kenyan and Ugandan negotiators ended, and Peter Brenquist urged both sides to talk.");
    int ke = S_must(d, "country:KEN"), ug = S_must(d, "country:UGA");
    ck_assert_msg(S_has_inter(d, RG_DEMAND, S_party(d, "Peter Brenquist"), ke), "no demand Brenquist -> Kenya");
    ck_assert_msg(S_has_inter(d, RG_DEMAND, S_party(d, "Peter Brenquist"), ug), "no demand Brenquist -> Uganda");
    rg_doc_free(d);
    /* the report a sentence is sourced to is no act (not even for the
     * lead's guess), its author no party */
    d = S_doc("Kenya has sold tea to Chad for years, according to a Human Rights Watch briefing.");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:KEN"), S_must(d, "group:hrw")), 0);
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:KEN"), S_must(d, "country:TCD")), 0);
    rg_doc_free(d);
    d = S_doc("Chad attacked Niger. Kenya and Uganda fought for years, according to Human Rights Watch.");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:KEN"), S_must(d, "group:hrw")), 0);
    rg_doc_free(d);
    /* ", a day after B deployed": a time, not a verdict on Kenya's act */
    d = S_doc("Kenya condemned the raid on Monday, a day after the Ugandan army deployed troops to the border.");
    int army = S_ent_label(d, RG_GROUP, "Ugandan army");
    ck_assert_msg(army >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(!S_has_inter(d, RG_MOBILIZE, army, S_must(d, "country:KEN")), "army mobilised against Kenya");
    rg_doc_free(d);
    /* a phrase, a comma and a subject are no list of two */
    d = S_doc("During a visit to Nairobi, Peter Brenquist held talks with Tomas Vandle.");
    int ob = S_ent_label(d, RG_PERSON, "Peter Brenquist"), tv = S_ent_label(d, RG_PERSON, "Tomas Vandle");
    ck_assert_msg(ob >= 0 && tv >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_CONSULT, ob, tv), "no consult Brenquist -- Vandle");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:KEN"), tv), 0);
    rg_doc_free(d);
}
END_TEST

/* "met EU envoy X": the person after an organisation and a title is
 * the one met; the organisation only says whose official he is. So with
 * a word for a person: "arrested Reuters journalist X", "U.S. Navy
 * sailor X". */
START_TEST(inter_org_official)
{
    rg_doc *d = S_doc("Kenyan President Odalo Brenquist met EU envoy Tomas Vandle in Brussels.");
    int a = S_ent_label(d, RG_PERSON, "Odalo Brenquist"), b = S_ent_label(d, RG_PERSON, "Tomas Vandle"),
        eu = S_must(d, "group:eu");
    ck_assert_msg(a >= 0 && b >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_CONSULT, a, b), "no consult Brenquist -- Vandle");
    ck_assert_uint_eq(S_n_inter(d, a, eu), 0);
    rg_doc_free(d);
    S_expect_inter("Kenyan police arrested Reuters journalist Tomas Vandle on Monday.", "country:KEN", "Tomas Vandle",
                   RG_COERCE);
    S_expect_inter("Chad detained Kenyan Navy sailor Odalo Brenquist on Monday.", "country:TCD", "Odalo Brenquist",
                   RG_COERCE);
}
END_TEST

/* A symmetric verb's parties after "between", right after it or after
 * a time or place word ("the ceasefire agreed between A and B", "a
 * memorandum signed here yesterday between A and B"); not a noun's
 * "between" further on. */
START_TEST(inter_symmetric_verb_between)
{
    static const char *const texts[] = {
        "Chad troops deployed on Monday under the ceasefire agreed between Kenya and Uganda.",
        "A memorandum was signed here yesterday between Kenya and Uganda.",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        rg_doc *d = S_doc(texts[i]);
        int ke = S_must(d, "country:KEN"), ug = S_must(d, "country:UGA");
        ck_assert_msg(S_has_inter(d, RG_AGREE, ke, ug) && S_n_pattern_inter(d, ke, ug), "%s", texts[i]);
        rg_doc_free(d);
    }
    rg_doc *d = S_doc("Chad and Niger jointly proposed lowering air fares between Kenya and Uganda.");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:KEN"), S_must(d, "country:UGA")), 0);
    rg_doc_free(d);
}
END_TEST

/* A Spanish plural article opens a group's name ("Los Choneros",
 * "Los Zetas"), not where something is ("in Los Mochis"). */
START_TEST(extract_spanish_article_group_names)
{
    rg_doc *d = S_doc("Kenya ordered the army to neutralise 22 gangs, including Los Choneros and Los Lobos.");
    S_label_is(d, RG_GROUP, "Los Choneros", 1);
    S_label_is(d, RG_GROUP, "Los Lobos", 1);
    rg_doc_free(d);
    d = S_doc("Gunmen attacked a police station in Los Mochis on Monday.");
    S_label_is(d, RG_GROUP, "Los Mochis", 0);
    S_label_is(d, RG_PERSON, "Los Mochis", 0);
    rg_doc_free(d);
}
END_TEST

/* A known organisation of one word ends a longer name after the name's
 * own organisation word ("Trades Union Congress", "General Confederation
 * of Labour", which opens with a title word); its acronym is the whole
 * name's. */
START_TEST(extract_name_ending_in_known_org_word)
{
    rg_doc *d = S_doc("The Trades Union Congress met on Monday.");
    S_label_is(d, RG_GROUP, "Trades Union Congress", 1);
    S_label_is(d, RG_GROUP, "Trades Union", 0);
    rg_doc_free(d);

    d = S_doc("Argentina's General Confederation of Labour (CGT) staged a general strike against President "
              "Javier Milei's austerity measures.");
    int cgt = S_ent_label(d, RG_GROUP, "General Confederation of Labour");
    ck_assert_msg(cgt >= 0, "entities: %s", S_ents(d));
    S_label_is(d, RG_GROUP, "Labour Party", 0);
    /* a general strike is a protest, not also an attack */
    int jm = S_ent_label(d, RG_PERSON, "Javier Milei");
    ck_assert_msg(jm >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_PROTEST, cgt, jm), "no protest CGT -> Milei");
    ck_assert_msg(!S_has_inter(d, RG_ASSAULT, cgt, jm), "a general strike read as an attack");
    rg_doc_free(d);

    /* a protest made to a government is a complaint (accuse), one
     * against it a demonstration */
    S_expect_inter("Kenya lodged a strong protest with Uganda over the raid.", "country:KEN", "country:UGA", RG_ACCUSE);
    S_expect_inter("Kenya protested to Uganda over the raid.", "country:KEN", "country:UGA", RG_ACCUSE);
    S_expect_inter("Kenyan traders staged a protest against Uganda.", "country:KEN", "country:UGA", RG_PROTEST);

    /* lifting a restriction is a concession, lifting a stake none */
    S_expect_inter("Kenya lifted its tariffs on Ugandan sugar.", "country:KEN", "country:UGA", RG_CONCEDE);
    S_expect_inter("Kenya scrapped the ban on imports from Uganda.", "country:KEN", "country:UGA", RG_CONCEDE);
    d = S_doc("Kenya lifted its stake in Uganda Breweries Ltd to 40 pct.");
    ck_assert_uint_eq(d->n_interactions, 0);
    rg_doc_free(d);

    /* forces sent after a number; a purpose's verb reads its own act */
    S_expect_inter("Kenya had sent about 10,000 troops to Uganda.", "country:KEN", "country:UGA", RG_MOBILIZE);
    S_expect_inter("Kenya sent thousands of troops to help Uganda repel Chad.", "country:KEN", "country:UGA", RG_AID);

    /* "called" that names is no call; one made to someone is */
    d = S_doc("A Kenyan warship sailed past Mombasa in what Uganda called a routine patrol.");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:KEN"), S_must(d, "country:UGA")), 0);
    rg_doc_free(d);
    S_expect_inter("Kenya called Uganda on Monday.", "country:KEN", "country:UGA", RG_CONSULT);

    /* a word inside a longer trigger of its own kind still reads */
    S_expect_inter("Kenyan officials condemned an Ugandan missile attack on Tanzania.", "country:UGA", "country:TZA",
                   RG_ASSAULT);
}
END_TEST

/* Multinational forces and peacekeeping missions are organisations of
 * the lexicon, whole: "the Multinational Joint Task Force" is not a
 * "Joint Task Force" of no one, and a mission's acronym joins its name. */
START_TEST(extract_multinational_forces)
{
    rg_doc *d = S_doc("Troops of the Multinational Joint Task Force (MNJTF) rescued 43 women held by Boko Haram. "
                      "The MNJTF said the operation went on.");
    int f = S_must(d, "group:mnjtf");
    ck_assert_str_eq(d->entities[f].label, "Multinational Joint Task Force");
    ck_assert_msg(S_ent_label(d, RG_GROUP, "Joint Task Force") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
    S_expect_inter("Al-Shabaab militants attacked a base of the African Union Mission in Somalia on Friday.",
                   "group:al-shabaab", "group:amisom", RG_ASSAULT);
    d = S_doc("Kosovo Force (KFOR) troops were deployed after the clashes, while the ISAF commander met Karzai.");
    S_must(d, "group:kfor");
    S_must(d, "group:isaf");
    rg_doc_free(d);
}
END_TEST

/* A UN body's name is known written out ("the United Nations Mission
 * in South Sudan", as "UN Mission in South Sudan"), not split into the
 * UN and a stray name; a diocese is an organisation, the place in its
 * name no person ("the Catholic Diocese of Nsukka said"). */
START_TEST(extract_un_bodies_written_out_and_dioceses)
{
    rg_doc *d = S_doc("The United Nations Mission in South Sudan (UNMISS) said on Tuesday it was sheltering "
                      "2,000 civilians.");
    S_label_is(d, RG_GROUP, "UN Mission in South Sudan", 1);
    S_label_is(d, RG_GROUP, "United Nations", 0);
    S_label_is(d, RG_GROUP, "United Nations Mission", 0);
    rg_doc_free(d);

    d = S_doc("Armed men abducted a priest overnight, the Catholic Diocese of Nsukka said on Sunday.");
    S_label_is(d, RG_GROUP, "Catholic Diocese of Nsukka", 1);
    S_label_is(d, RG_PERSON, "Nsukka", 0);
    rg_doc_free(d);
}
END_TEST

/* The named part of a direct object after its comma ("arrested 40
 * protesters, including opposition leader X", "among them"); "stripped
 * X of" is coercion, but not of the one they oppose ("opponents of
 * President Y"); a participle between a preposition and its noun is an
 * adjective ("a swap in stripped securities with B"). */
START_TEST(inter_object_named_after_comma)
{
    S_expect_inter("Kenya arrested 40 protesters, including opposition leader Odalo Brenquist.", "country:KEN",
                   "Odalo Brenquist", RG_COERCE);
    S_expect_inter("Kenya expelled three diplomats, among them Uganda's deputy ambassador.", "country:KEN",
                   "country:UGA", RG_SANCTION);
    S_expect_inter("Kenya stripped 94 opponents of their citizenship, among them the writer Odalo Brenquist.",
                   "country:KEN", "Odalo Brenquist", RG_COERCE);

    rg_doc *d = S_doc("Kenya stripped 94 opponents of President Odalo Brenquist of their citizenship.");
    int p = S_ent_label(d, RG_PERSON, "Odalo Brenquist");
    ck_assert_msg(p >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(S_n_pattern_inter(d, S_must(d, "country:KEN"), p), 0);
    rg_doc_free(d);

    d = S_doc("Kenya Commercial Bank arranged a swap in stripped mortgage securities with Uganda Holdings Corp.");
    ck_assert_msg(d->n_interactions == 0, "an adjective read as an act");
    rg_doc_free(d);
}
END_TEST

/* A time between a verb and its infinitive ("threatened on Sunday to
 * resume attacks on B", "agreed late on Monday to sign a deal with B")
 * leaves the infinitive's object the first verb's. */
START_TEST(inter_time_before_infinitive)
{
    static const char *const texts[] = {
        "Kenya threatened on Sunday to resume attacks on Uganda.",
        "Kenya agreed late on Monday to sign a trade deal with Uganda.",
        "Kenya vowed yesterday to retaliate against Uganda.",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        rg_doc *d = S_doc(texts[i]);
        int ke = S_must(d, "country:KEN"), ug = S_must(d, "country:UGA");
        ck_assert_msg(S_n_pattern_inter(d, ke, ug) > 0, "%s: no pattern read it", texts[i]);
        rg_doc_free(d);
    }
}
END_TEST

/* People of a group in a list of subjects are the group: "Kenyan
 * soldiers and separatist fighters of the Unity Front clashed"; a
 * singular noun of a person opens an apposition, no list's item ("X,
 * head of the Unity Front, Kenya said"). */
START_TEST(inter_list_of_group_members)
{
    rg_doc *d = S_doc("Kenyan soldiers and separatist fighters of the Unity Front clashed in Garissa on Sunday.");
    int ke = S_must(d, "country:KEN"), uf = S_ent_label(d, RG_GROUP, "Unity Front");
    ck_assert_msg(uf >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, ke, uf) && S_n_pattern_inter(d, ke, uf), "no pattern read the clash");
    rg_doc_free(d);

    d = S_doc("Conducted by party leader Odalo Brenquist, head of the Unity Front, Kenya praised Uganda for its courage.");
    int ob = S_ent_label(d, RG_PERSON, "Odalo Brenquist");
    ck_assert_msg(ob >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(S_n_pattern_inter(d, ob, S_must(d, "country:UGA")), 0);
    rg_doc_free(d);
}
END_TEST

/* A list reads on over a name's acronym in parentheses, going left
 * ("Colombia's government and the National Liberation Army (ELN)
 * agreed") and right ("the National Liberation Army (ELN) and the FARC
 * attacked"). */
START_TEST(inter_list_over_acronym_in_parentheses)
{
    rg_doc *d = S_doc("Colombia's government and the National Liberation Army (ELN) agreed in Havana to extend "
                      "their ceasefire.");
    int co = S_must(d, "country:COL"), eln = S_ent_label(d, RG_GROUP, "ELN");
    ck_assert_msg(eln >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_AGREE, co, eln) && S_n_pattern_inter(d, co, eln), "no agree Colombia -- ELN");
    rg_doc_free(d);

    d = S_doc("The National Liberation Army (ELN) and the FARC attacked Colombian troops.");
    co = S_must(d, "country:COL");
    int farc = S_ent_label(d, RG_GROUP, "FARC");
    ck_assert_msg(farc >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, farc, co), "no assault FARC -> Colombia");
    rg_doc_free(d);
}
END_TEST

/* A mediator consults each party of the talks or deal it brokered,
 * mediated or hosted: passive, compound, active or infinitive (the verb
 * itself the talks' trigger: "to mediate between"), or named by a noun
 * of mediation ("under the auspices of M", "under M's mediation"). */
START_TEST(inter_mediator)
{
    static const char *const texts[] = {
        "Kenya and Uganda agreed to a ceasefire brokered by Chad.",
        "A Chadian-brokered deal between Kenya and Uganda was signed.",
        "Chad mediated talks between Kenya and Uganda in Nairobi.",
        "Kenya and Uganda resumed talks in Jeddah under the auspices of Chad.",
        "Kenya and Uganda agreed to a ceasefire under Chadian mediation.",
        "Chad has offered to mediate between Kenya and Uganda.",
        "Chad sought to broker a truce between Kenya and Uganda.",
        /* a name after its title, and a leader of talks */
        "Kenya and Uganda signed a truce after talks mediated by former Chadian president Idriss Deby.",
        "Kenya and Uganda signed a truce in Nairobi after ten days of Chad-led talks.",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        rg_doc *d = S_doc(texts[i]);
        int ke = S_must(d, "country:KEN"), ug = S_must(d, "country:UGA"), td = S_must(d, "country:TCD");
        int dby = S_ent_label(d, RG_PERSON, "Idriss Deby");
        if (dby >= 0) td = dby; /* the person named mediates */
        ck_assert_msg(S_has_inter(d, RG_CONSULT, td, ke) && S_has_inter(d, RG_CONSULT, td, ug), "%s", texts[i]);
        /* (read by a pattern, not guessed by the lead tier) */
        ck_assert_msg(S_n_pattern_inter(d, td, ke) && S_n_pattern_inter(d, td, ug), "%s: a guess", texts[i]);
        rg_doc_free(d);
    }
    /* two mediators in one sentence both mediate */
    rg_doc *d2 = S_doc("Kenya and Uganda signed a truce after Chad-led talks mediated by Niger.");
    int k2 = S_must(d2, "country:KEN"), n2 = S_must(d2, "country:NER"), t2 = S_must(d2, "country:TCD");
    ck_assert_msg(S_n_pattern_inter(d2, t2, k2) && S_n_pattern_inter(d2, n2, k2), "not both mediators");
    rg_doc_free(d2);
    /* a group led by someone is no mediation */
    d2 = S_doc("Kenya and Uganda signed a truce as Chad-led forces attacked rebels.");
    ck_assert_uint_eq(S_n_pattern_inter(d2, S_must(d2, "country:TCD"), S_must(d2, "country:KEN")), 0);
    rg_doc_free(d2);
    /* hosting something else is no part in the talks */
    rg_doc *d = S_doc("Kenya and Uganda signed a trade deal as Chad hosted a football match.");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:TCD"), S_must(d, "country:KEN")), 0);
    rg_doc_free(d);
}
END_TEST

/* A subject is never looked for across "that": "He told Chad's envoy
 * that the venue had been agreed by Niger" has no Chad-Niger agreement.
 * they're counts as they. */
START_TEST(inter_subject_not_across_that)
{
    rg_doc *d = S_doc("He returned from Chad and said that the venue had been agreed by Niger.");
    int td = S_must(d, "country:TCD"), ne = S_must(d, "country:NER");
    ck_assert_uint_eq(S_n_inter(d, td, ne), 0);
    rg_doc_free(d);
    d = S_doc("President Ana Ferreira met President Lukas Weber. The presidents confirmed that "
              "they\xE2\x80\x99re going to meet again.");
    int a = S_ent_label(d, RG_PERSON, "Ana Ferreira"), b = S_ent_label(d, RG_PERSON, "Lukas Weber");
    ck_assert_msg(a >= 0 && b >= 0, "entities: %s", S_ents(d));
    int second = 0;
    for (size_t i = 0; i < d->n_interactions; i++) second |= d->interactions[i].sentence == 1;
    ck_assert_msg(second, "no interaction for they're");
    rg_doc_free(d);
}
END_TEST

/* "Kenyan strikes on Uganda", "U.S. and EU sanctions on Iran": the
 * actor right before a noun trigger is its agent; not one after "by"
 * ("bills proposed by Congress conflict with ..."). */
START_TEST(inter_actor_before_noun)
{
    rg_doc *d = S_doc("Kenyan strikes on Uganda continued. Chad and Niger sanctions on Mali hurt. "
                      "The bills proposed by Senegal conflict with Gambia's plans.");
    int ke = S_must(d, "country:KEN"), ug = S_must(d, "country:UGA"), td = S_must(d, "country:TCD"),
        ne = S_must(d, "country:NER"), ml = S_must(d, "country:MLI"), sn = S_must(d, "country:SEN"),
        gm = S_must(d, "country:GMB");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, ke, ug), "no assault Kenya -> Uganda");
    ck_assert_msg(S_has_inter(d, RG_SANCTION, td, ml) && S_has_inter(d, RG_SANCTION, ne, ml), "no sanction on Mali");
    ck_assert_uint_eq(S_n_inter(d, sn, gm), 0);
    rg_doc_free(d);
    /* "the A-B agreement", with one noun between; a conflict between
     * two names a topic, not an event */
    d = S_doc("The Kenya-Uganda peace agreement was signed. The Chad-Niger border conflict went on.");
    ck_assert_msg(S_has_inter(d, RG_AGREE, S_must(d, "country:KEN"), S_must(d, "country:UGA")), "entities: %s",
                  S_ents(d));
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:TCD"), S_must(d, "country:NER")), 0);
    rg_doc_free(d);
    /* "A-led strikes on B" */
    d = S_doc("Saudi-led strikes on Yemen continued.");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, S_ent_key(d, "country:SAU"), S_ent_key(d, "country:YEM")),
                  "entities: %s", S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* What is stopped did not happen: "blocked EU aid to B", "blocked
 * Uganda's attack on Chad". */
START_TEST(inter_blocked_is_not_done)
{
    rg_doc *d = S_doc("Kenya blocked Ugandan aid to Chad. Niger blocked Mali's attack on Benin.");
    int ug = S_must(d, "country:UGA"), td = S_must(d, "country:TCD"), ml = S_must(d, "country:MLI"),
        bj = S_must(d, "country:BEN");
    ck_assert_uint_eq(S_n_inter(d, ug, td), 0);
    ck_assert_uint_eq(S_n_inter(d, ml, bj), 0);
    rg_doc_free(d);
}
END_TEST

/* "B received aid from A": A gives, B receives; not when B did not. */
START_TEST(inter_received_from)
{
    rg_doc *d = S_doc("Kenya received $50 million in aid from Uganda. Chad did not receive aid from Niger.");
    int ke = S_must(d, "country:KEN"), ug = S_must(d, "country:UGA"), td = S_must(d, "country:TCD"),
        ne = S_must(d, "country:NER");
    ck_assert_msg(S_has_inter(d, RG_AID, ug, ke), "no aid Uganda -> Kenya");
    ck_assert_msg(!S_has_inter(d, RG_AID, ke, ug), "aid the wrong way");
    ck_assert_uint_eq(S_n_inter(d, td, ne), 0);
    rg_doc_free(d);
}
END_TEST

/* "urged B to withdraw from C": what was urged has not happened. */
START_TEST(inter_urged_to_is_not_done)
{
    rg_doc *d = S_doc("Kenya urged Uganda to withdraw its troops from Tanzania.");
    int ke = S_must(d, "country:KEN"), ug = S_must(d, "country:UGA"), tz = S_must(d, "country:TZA");
    ck_assert_msg(S_has_inter(d, RG_DEMAND, ke, ug), "no demand Kenya -> Uganda");
    ck_assert_uint_eq(S_n_inter(d, ug, tz), 0);
    rg_doc_free(d);

    /* an object with its article, one that is no actor, and a second
     * verb joined by "and" */
    d = S_doc("Chad urged the International Court of Justice to reject Niger's claim. Odalo Brenquist called "
              "on the armed forces to abandon Tomas Vandle and recognise Peter Kestrovic as president.");
    int icj = S_must(d, "group:icj"), ne = S_must(d, "country:NER");
    ck_assert_msg(S_has_inter(d, RG_DEMAND, S_must(d, "country:TCD"), icj), "no demand Chad -> ICJ");
    ck_assert_uint_eq(S_n_inter(d, icj, ne), 0);
    int tv = S_ent_label(d, RG_PERSON, "Tomas Vandle"), pk = S_ent_label(d, RG_PERSON, "Peter Kestrovic");
    ck_assert_msg(tv >= 0 && pk >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(S_n_pattern_inter(d, tv, pk), 0);
    rg_doc_free(d);
}
END_TEST

/* What a verb takes: a meeting or deal brings its party after its own
 * preposition ("rejected direct negotiations with B"), unless a light
 * verb makes the noun the act ("struck an accord with B" is no strike);
 * what a hostile act or sanction takes of someone counted is taken from
 * them ("seized nine employees of B"), not "frozen out of B's project",
 * and so is what they hold ("villages held by B"); a possessor and a
 * qualified body are the subject ("B's military government");
 * a purpose's subject is not the place gone to ("to the White House for
 * talks with B"). */
START_TEST(inter_objects_through_nouns)
{
    static const struct {
        const char *text, *a, *b;
        rg_kind kind; /* RG_KIND_COUNT: no interaction between a and b */
    } cases[] = {
        {"Kenya rejected direct negotiations with Uganda.", "country:KEN", "country:UGA", RG_REJECT},
        {"Kenya suspended peace talks with Uganda after the attack.", "country:KEN", "country:UGA", RG_SANCTION},
        {"Kenya struck an accord with Uganda.", "country:KEN", "country:UGA", RG_AGREE},
        {"Kenya seized nine local employees of the United Nations.", "country:KEN", "group:un", RG_COERCE},
        {"Kenya threatened to seize nine employees of the United Nations.", "country:KEN", "group:un", RG_THREATEN},
        {"Kenya sanctioned 20 vessels of Uganda's fleet.", "country:KEN", "country:UGA", RG_SANCTION},
        {"Kenyan firms were frozen out of Uganda's oil project.", "country:KEN", "country:UGA", RG_KIND_COUNT},
        {"Kenya launched airstrikes on villages held by the Ugandan army.", "country:KEN", "country:UGA", RG_ASSAULT},
        {"Kenya's military government launched airstrikes on Chad.", "country:KEN", "country:TCD", RG_ASSAULT},
        {"Kenyan President Odalo Brenquist flew to the White House for talks with Tomas Vandle.", "Odalo Brenquist",
         "Tomas Vandle", RG_CONSULT},
        {"Kenyan President Odalo Brenquist flew to the White House for talks with Tomas Vandle.", "country:USA",
         "Tomas Vandle", RG_KIND_COUNT},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rg_doc *d = S_doc(cases[i].text);
        int a = S_party(d, cases[i].a), b = S_party(d, cases[i].b);
        ck_assert_msg(a >= 0 && b >= 0, "case %zu: entities: %s", i, S_ents(d));
        if (cases[i].kind == RG_KIND_COUNT)
            ck_assert_msg(S_n_inter(d, a, b) == 0, "case %zu: %s", i, cases[i].text);
        else {
            ck_assert_msg(S_has_inter(d, cases[i].kind, a, b), "case %zu: %s", i, cases[i].text);
            ck_assert_msg(S_n_inter(d, a, b) == 1, "case %zu: %zu interactions", i, S_n_inter(d, a, b));
        }
        rg_doc_free(d);
    }
}
END_TEST

/* "the group" ("the bloc", ...) is the group named before it (not a
 * body or a medium), as subject or object; "the group of seven" is no
 * reference. */
START_TEST(inter_the_group_is_the_group_before)
{
    rg_doc *d = S_doc("Kenyan police arrested members of al-Shabaab. Uganda later banned the group. "
                      "The group attacked Uganda on Monday. The Ugandan government met the group of seven.");
    int sh = S_must(d, "group:al-shabaab"), ug = S_must(d, "country:UGA");
    ck_assert_msg(S_has_inter(d, RG_SANCTION, ug, sh), "no sanction Uganda -> al-Shabaab");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, sh, ug), "no assault al-Shabaab -> Uganda");
    ck_assert_msg(!S_has_inter(d, RG_CONSULT, ug, sh), "the group of seven taken for al-Shabaab");
    rg_doc_free(d);

    /* with a qualifier of an armed group; not one that names a new group */
    d = S_doc("Boko Haram fighters crossed the border on Monday. Chad said the militant group attacked Niger. "
              "Later Niger joined the splinter group.");
    int bh = S_must(d, "group:boko-haram"), ne = S_must(d, "country:NER");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, bh, ne), "no assault Boko Haram -> Niger");
    ck_assert_uint_eq(S_n_inter(d, bh, ne), 1);
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:TCD"), ne), 0);
    rg_doc_free(d);
    /* a people's or faith's word before the qualifier */
    S_expect_inter("Uganda struck al-Shabaab on Monday. The Somali militant group fired rockets at Uganda.",
                   "group:al-shabaab", "country:UGA", RG_ASSAULT);

    /* every group noun refers back: "the bloc", "the alliance" */
    d = S_doc("Officials of the European Union met in Brussels. Kenya later urged the bloc to lift its tariffs.");
    ck_assert_msg(S_has_inter(d, RG_DEMAND, S_must(d, "country:KEN"), S_must(d, "group:eu")), "no demand Kenya -> EU");
    rg_doc_free(d);

    /* a bloc's qualifiers ("the regional bloc", "the 15-nation bloc");
     * the bloc is an organisation of countries, not a force named after
     * it */
    d = S_doc("Troops of the Southern African Development Community (SADC) left Mozambique on Friday, and the "
              "Lake Zone Security Taskforce (LZST) arrived. Kenyan President Paul Njoroge thanked the regional bloc.");
    int pn = S_party(d, "Paul Njoroge"), sadc = S_must(d, "group:sadc");
    ck_assert_msg(S_has_inter(d, RG_SUPPORT, pn, sadc), "no support Njoroge -> SADC: %s", S_ents(d));
    int lz = S_ent_label(d, RG_GROUP, "Lake Zone Security Taskforce");
    ck_assert_msg(lz < 0 || S_n_inter(d, pn, lz) == 0, "the regional bloc taken for the taskforce");
    rg_doc_free(d);
    d = S_doc("Officials of the European Union met in Brussels. Kenya later urged the 27-member bloc to lift its "
              "tariffs.");
    ck_assert_msg(S_has_inter(d, RG_DEMAND, S_must(d, "country:KEN"), S_must(d, "group:eu")), "no demand Kenya -> EU");
    rg_doc_free(d);

    /* an armed group's noun ("the militia") is the nearest armed group,
     * past a state's army named after it */
    d = S_doc("Al-Shabaab fighters attacked a convoy of the Somali National Army near Baidoa. "
              "Kenya condemned the militia on Monday.");
    int ke = S_must(d, "country:KEN"), as = S_must(d, "group:al-shabaab"), sna = S_must(d, "group:SOM-national-army");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, ke, as), "no accuse Kenya -> al-Shabaab");
    ck_assert_uint_eq(S_n_inter(d, ke, sna), 0);
    rg_doc_free(d);
}
END_TEST

/* A city attacked is its country attacked, when the document names the
 * country; a city visited is not an actor. */
START_TEST(inter_place_target_is_its_country)
{
    rg_doc *d = S_doc("Russian missiles struck Kyiv overnight, Ukraine said. Ukraine's president visited Kharkiv.");
    int ru = S_must(d, "country:RUS"), ua = S_must(d, "country:UKR");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, ru, ua), "no assault Russia -> Ukraine");
    for (size_t i = 0; i < d->n_interactions; i++) ck_assert_int_ne(d->interactions[i].kind, RG_CONSULT);
    rg_doc_free(d);
}
END_TEST

/* An attack on people or things in a country is on that country; a
 * talk with people in a country is not with the country. */
START_TEST(inter_attack_in_country)
{
    rg_doc *d = S_doc("Turkish warplanes struck Kurdish militants in northern Iraq. "
                      "Pakistan carried out airstrikes against militants in Afghanistan. "
                      "Kenya held talks with rebel leaders in Somalia.");
    int tr = S_must(d, "country:TUR"), iq = S_must(d, "country:IRQ"), pk = S_must(d, "country:PAK"),
        af = S_must(d, "country:AFG"), ke = S_must(d, "country:KEN"), so = S_must(d, "country:SOM");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, tr, iq), "no assault Turkey -> Iraq");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, pk, af), "no assault Pakistan -> Afghanistan");
    ck_assert_uint_eq(S_n_inter(d, ke, so), 0);
    rg_doc_free(d);
}
END_TEST

/* Fire at a target over what was fired; fire exchanged both ways. A
 * firing with no preposition (a dismissal) is no attack. */
START_TEST(inter_fire_at)
{
    rg_doc *d = S_doc("Kenya fired rockets at northern Uganda. Chad and Niger exchanged fire on Monday. "
                      "Mali fired Senegal's coach.");
    int ke = S_must(d, "country:KEN"), ug = S_must(d, "country:UGA"), td = S_must(d, "country:TCD"),
        ne = S_must(d, "country:NER"), ml = S_must(d, "country:MLI"), sn = S_must(d, "country:SEN");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, ke, ug), "no assault Kenya -> Uganda");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, td, ne), "no assault Chad -- Niger");
    ck_assert_uint_eq(S_n_inter(d, ml, sn), 0);
    rg_doc_free(d);
}
END_TEST

/* A past tense after a possessive is still the verb: "Brazil's
 * president visited Argentina", not a noun like "Brazil's visit". */
START_TEST(inter_past_tense_after_possessive)
{
    rg_doc *d = S_doc("Kenya's president visited Tanzania. Kenya's leader met Uganda's president.");
    int ke = S_must(d, "country:KEN"), tz = S_must(d, "country:TZA"), ug = S_must(d, "country:UGA");
    ck_assert_msg(S_has_inter(d, RG_CONSULT, ke, tz), "no consult Kenya -> Tanzania");
    ck_assert_msg(S_has_inter(d, RG_CONSULT, ke, ug), "no consult Kenya -- Uganda");
    rg_doc_free(d);
}
END_TEST

START_TEST(inter_met_is_consult)
{
    {
        /* "her Austrian counterpart X": the person, of that country, is
         * the object (not the demonym) */
        rg_doc *d = S_doc("Portuguese Prime Minister Ana Ferreira met her Austrian counterpart Lukas Weber.");
        int a = S_ent_label(d, RG_PERSON, "Ana Ferreira"), b = S_ent_label(d, RG_PERSON, "Lukas Weber");
        ck_assert_msg(a >= 0 && b >= 0, "entities: %s", S_ents(d));
        ck_assert_pstr_eq(d->entities[b].affiliation, "country:AUT");
        ck_assert_msg(S_has_inter(d, RG_CONSULT, a, b), "no consult between Ferreira and Weber");
        ck_assert_msg(!S_has_inter(d, RG_CONSULT, a, S_ent_key(d, "country:AUT")), "consult with Austria");
        rg_doc_free(d);
    }
    rg_doc *d = S_doc("Portuguese Prime Minister Ana Ferreira met Austrian Chancellor Lukas Weber "
                      "in Vienna on Tuesday.");
    int a = S_ent_label(d, RG_PERSON, "Ana Ferreira"), b = S_ent_label(d, RG_PERSON, "Lukas Weber");
    ck_assert_msg(a >= 0 && b >= 0, "entities: %s", S_ents(d));
    ck_assert_pstr_eq(d->entities[a].affiliation, "country:PRT");
    ck_assert_pstr_eq(d->entities[b].affiliation, "country:AUT");
    ck_assert_msg(S_has_inter(d, RG_CONSULT, a, b), "no consult between Ferreira and Weber");
    for (size_t i = 0; i < d->n_interactions; i++) {
        const rg_interaction *it = &d->interactions[i];
        ck_assert_uint_eq(it->sentence, 0);
        ck_assert_uint_lt(it->trigger_start, it->trigger_end);
        ck_assert_uint_le(it->trigger_end, d->text.len);
    }
    rg_doc_free(d);
}
END_TEST

/* "The two leaders agreed", "the ministers ... they agreed": a plural
 * role stands for the people holding it named just before, when they
 * are as many as it says. */
START_TEST(inter_plural_role_subjects)
{
    static const char *const texts[] = {
        "Portuguese Prime Minister Ana Ferreira received Austrian Chancellor Lukas Weber in Lisbon. "
        "The two leaders agreed to cooperate on migration.",
        "Foreign Minister Ana Ferreira of Portugal met Foreign Minister Lukas Weber of Austria. "
        "The ministers said they agreed on a plan.",
    };
    rg_doc *d;
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        d = S_doc(texts[i]);
        int a = S_ent_label(d, RG_PERSON, "Ana Ferreira"), b = S_ent_label(d, RG_PERSON, "Lukas Weber");
        ck_assert_msg(a >= 0 && b >= 0, "%s: entities: %s", texts[i], S_ents(d));
        ck_assert_msg(S_has_inter(d, RG_AGREE, a, b), "%s: no agree between Ferreira and Weber", texts[i]);
        rg_doc_free(d);
    }

    /* three presidents named, "the two presidents": which two? */
    d = S_doc("President Ana Ferreira, President Lukas Weber and President Omar Haddad arrived. "
              "The two presidents agreed on a plan.");
    for (size_t i = 0; i < d->n_interactions; i++)
        ck_assert_msg(d->interactions[i].kind != RG_AGREE, "an agreement from an unclear plural");
    rg_doc_free(d);

    /* nobody named before */
    d = S_doc("The presidents of the region met in Quito.");
    ck_assert_uint_eq(d->n_interactions, 0);
    rg_doc_free(d);
}
END_TEST

START_TEST(inter_countries_met_is_consult)
{
    rg_doc *d = S_doc("Kenya and Uganda met on Monday to discuss the border.");
    int a = S_must(d, "country:KEN"), b = S_must(d, "country:UGA");
    ck_assert_msg(S_has_inter(d, RG_CONSULT, a, b), "no consult between Kenya and Uganda");
    rg_doc_free(d);
}
END_TEST

START_TEST(inter_coordination_agree)
{
    rg_doc *d = S_doc("Brazil and Argentina signed an agreement on Thursday.");
    int a = S_must(d, "country:BRA"), b = S_must(d, "country:ARG");
    ck_assert_msg(S_has_inter(d, RG_AGREE, a, b), "no agree between Brazil and Argentina");
    /* a symmetric relation */
    for (size_t i = 0; i < d->n_interactions; i++)
        if (d->interactions[i].kind == RG_AGREE) ck_assert_int_eq(d->interactions[i].directed, 0);
    rg_doc_free(d);
}
END_TEST

/* A one-way act done "to each other", or a noun of it "traded", is
 * between the coordinated subjects, both ways; a prisoner swap is
 * cooperation. Read by a pattern, not guessed by the lead tier. */
START_TEST(inter_reciprocal)
{
    static const struct {
        const char *text;
        rg_kind kind;
    } cases[] = {
        {"Kenya and Uganda accused each other of arming rebels.", RG_ACCUSE},
        {"Kenya and Uganda traded accusations on Tuesday.", RG_ACCUSE},
        {"Kenya and Uganda blamed one another for the clashes.", RG_ACCUSE},
        {"Kenya and Uganda exchanged prisoners on Friday.", RG_COOPERATE},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rg_doc *d = S_doc(cases[i].text);
        int ke = S_must(d, "country:KEN"), ug = S_must(d, "country:UGA");
        ck_assert_msg(S_has_inter(d, cases[i].kind, ke, ug), "%s", cases[i].text);
        ck_assert_msg(S_n_pattern_inter(d, ke, ug), "%s: a guess", cases[i].text);
        rg_doc_free(d);
    }
}
END_TEST

/* "Israel's assassination of X", "the U.S. rejection of Canada's
 * claim": a noun's own "of" names its patient (the possessor acts); only
 * a symmetric noun takes its parties after "of", and what an act is of
 * ends at a comma. */
START_TEST(inter_noun_of_patient)
{
    S_expect_inter("Uganda's assassination of Ahmed Jabari angered Kenya.", "country:UGA", "Ahmed Jabari",
                   RG_ASSAULT);
    S_expect_inter("Kenya condemned Uganda's arrest of Chad's foreign minister.", "country:UGA", "country:TCD",
                   RG_COERCE);
    S_expect_no_pattern_inter("Because of Uganda's suspension of interest payments, Kenyan banks lost money.",
                              "country:UGA", "country:KEN");
}
END_TEST

/* What courts, electoral bodies and parliaments do to others: overturn,
 * quash, set aside (reject); disqualify (coerce); impeach (accuse). An
 * electoral tribunal is an election body; a country's Congress its
 * parliament. */
START_TEST(inter_court_and_parliament_acts)
{
    S_expect_inter("Kenya's Supreme Court set aside Ruth Wanjiku's appointment.", "group:KEN-supreme-court",
                   "Ruth Wanjiku", RG_REJECT);
    S_expect_inter("Bolivia's electoral tribunal disqualified Evo Morales from the race.",
                   "group:BOL-election-commission", "Evo Morales", RG_COERCE);
    /* (another country's Congress is its parliament, not the US one) */
    S_expect_inter("Peru's Congress impeached President Martin Vizcarra on Monday.", "group:PER-parliament",
                   "Martin Vizcarra", RG_ACCUSE);
}
END_TEST

/* A place of the actor's own country is no target ("Syrian troops
 * recaptured Palmyra from B"); a participle and its agent between commas
 * say how the subject acted ("X, backed by Y, recaptured": Y backs X, X
 * does the act); an apposition with a possessive or ", with" ends a list
 * of objects. */
START_TEST(inter_own_places_and_comma_phrases)
{
    rg_doc *d = S_doc("Syrian troops recaptured Palmyra from Islamic State on Sunday.");
    int syr = S_must(d, "country:SYR"), is = S_ent_label(d, RG_GROUP, "Islamic State");
    ck_assert_msg(is >= 0 && S_has_inter(d, RG_ASSAULT, syr, is), "entities: %s", S_ents(d));
    ck_assert_uint_gt(S_n_stated_inter(d, syr, is), 0);
    rg_doc_free(d);

    d = S_doc("Turkish police detained Istanbul Mayor Ekrem Imamoglu, President Recep Tayyip Erdogan's main rival, "
              "on Wednesday.");
    int pol = S_must(d, "group:TUR-police"), imam = S_party(d, "Ekrem Imamoglu"), erd = S_party(d, "Recep Tayyip Erdogan");
    ck_assert_msg(imam >= 0 && erd >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_gt(S_n_stated_inter(d, pol, imam), 0);
    ck_assert_uint_eq(S_n_inter(d, pol, erd), 0);
    rg_doc_free(d);

    d = S_doc("Syrian government forces, backed by Russian air strikes, recaptured Palmyra from Islamic State.");
    int rus = S_must(d, "country:RUS");
    syr = S_must(d, "country:SYR");
    is = S_ent_label(d, RG_GROUP, "Islamic State");
    ck_assert_msg(S_has_inter(d, RG_SUPPORT, rus, syr), "no support Russia -> Syria");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, syr, is), "no assault Syria -> IS");
    ck_assert_msg(!S_has_inter(d, RG_ASSAULT, rus, syr), "an assault Russia -> Syria");
    rg_doc_free(d);

    S_expect_no_pattern_inter("Iraqi forces launched an offensive to retake Tikrit from Islamic State, with Iranian "
                              "advisers helping.",
                              "country:IRQ", "country:IRN");

    d = S_doc("A day later the gangs, led by former police officer Jimmy Cherizier, attacked a police station in "
              "Haiti, Kenyan police said.");
    ck_assert_uint_eq(S_n_pattern_inter(d, S_must(d, "country:HTI"), S_must(d, "group:KEN-police")), 0);
    rg_doc_free(d);
}
END_TEST

/* "spoke by telephone with B", "over the phone with B": the means is
 * stepped over to the verb's party, and is no act of its own. */
START_TEST(inter_means_of_talking)
{
    static const char *const texts[] = {
        "Vladimir Putin spoke by telephone with Syrian President Bashar al-Assad on Wednesday.",
        "Vladimir Putin spoke over the phone with Syrian President Bashar al-Assad on Wednesday.",
        "Vladimir Putin talked via video link with Syrian President Bashar al-Assad on Wednesday.",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        rg_doc *d = S_doc(texts[i]);
        int p = S_party(d, "Vladimir Putin"), a = S_party(d, "Bashar al-Assad");
        ck_assert_msg(p >= 0 && a >= 0, "%s: entities: %s", texts[i], S_ents(d));
        ck_assert_msg(S_n_stated_inter(d, p, a) == 1, "%s: %zu stated", texts[i], S_n_stated_inter(d, p, a));
        for (size_t k = 0; k < d->n_interactions; k++)
            ck_assert_msg(d->interactions[k].tier == RG_TIER_PATTERN, "%s: a guess: %s", texts[i],
                          d->interactions[k].pattern);
        rg_doc_free(d);
    }
}
END_TEST

/* A participle after a speech verb's clause has the speaker for subject
 * ("X told reporters, rejecting B's demand"; "A struck B, the SDF said,
 * accusing A"); "struck positions of the Kurdish-led SDF": what a hostile
 * act takes of a group (a bare plural noun, over a hyphened modifier) is
 * the group's. */
START_TEST(inter_speaker_participle_and_positions_of)
{
    rg_doc *d = S_doc("\"We will not negotiate under threat,\" Iranian Foreign Minister Manouchehr Mottaki told "
                      "reporters in Tehran, rejecting a European Union demand that Iran suspend enrichment.");
    int m = S_party(d, "Manouchehr Mottaki"), eu = S_ent_label(d, RG_GROUP, "European Union");
    ck_assert_msg(m >= 0 && eu >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_REJECT, m, eu) && S_n_stated_inter(d, m, eu), "no reject Mottaki -> EU");
    rg_doc_free(d);

    d = S_doc("Turkish drones struck positions of the Kurdish-led Syrian Democratic Forces near Kobani, killing "
              "three fighters, the SDF said, accusing Ankara of trying to derail a truce.");
    int tur = S_must(d, "country:TUR"), sdf = S_ent_label(d, RG_GROUP, "Syrian Democratic Forces");
    ck_assert_msg(sdf >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, tur, sdf), "no assault Turkey -> SDF");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, sdf, tur), "no accuse SDF -> Turkey");
    ck_assert_uint_eq(S_n_stated_inter(d, tur, sdf), 2);
    rg_doc_free(d);
}
END_TEST

/* Lists of objects over what stands before a name: a title ("and army
 * chief General Y"), a seat ("and Singapore-based Z"); a name joined to a
 * participle by a hyphen qualifies the next ("struck Iran-backed
 * Hezbollah": Hezbollah is struck, Iran backs it; "China-linked hacking
 * group APT41"); "the ceasefire brokered by Qatar between A and B"
 * reaches its parties. */
START_TEST(inter_object_lists_and_qualifiers)
{
    rg_doc *d = S_doc("Wang Yi will meet Prime Minister Shehbaz Sharif and army chief General Asim Munir on Monday.");
    int w = S_party(d, "Wang Yi"), m = S_party(d, "Asim Munir");
    ck_assert_msg(w >= 0 && m >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(S_n_stated_inter(d, w, m), 1);
    rg_doc_free(d);

    d = S_doc("Nigeria's NNPC signed a memorandum with Japan's JERA and Singapore-based Sembcorp on Monday.");
    int kp = S_ent_label(d, RG_GROUP, "NNPC"), sc = S_ent_label(d, RG_GROUP, "Sembcorp");
    ck_assert_msg(kp >= 0 && sc >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(S_n_stated_inter(d, kp, sc), 1);
    rg_doc_free(d);

    d = S_doc("Israel struck Hamas and Iran-backed Hezbollah on Monday.");
    int isr = S_must(d, "country:ISR"), irn = S_must(d, "country:IRN"), hez = S_must(d, "group:hezbollah");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, isr, hez), "no assault Israel -> Hezbollah");
    ck_assert_msg(S_has_inter(d, RG_SUPPORT, irn, hez), "no support Iran -> Hezbollah");
    ck_assert_uint_eq(S_n_inter(d, isr, irn), 0);
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "group:hamas"), hez), 0);
    rg_doc_free(d);

    /* a group named with a digit after "group"; what it does, before
     * its noun, is no act ("hacking group"), and two such words may
     * stand after the qualifier */
    d = S_doc("The Philippines blamed China-linked hacking group APT41 for the breach. "
              "Britain accused the Russian hacking group Sandworm of the attack.");
    int ph = S_must(d, "country:PHL"), apt = S_ent_label(d, RG_GROUP, "APT41"), sw = S_ent_label(d, RG_GROUP, "Sandworm");
    ck_assert_msg(apt >= 0 && sw >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, ph, apt), "no accuse Philippines -> APT41");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, S_must(d, "country:GBR"), sw), "no accuse Britain -> Sandworm");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:GBR"), S_must(d, "country:RUS")), 0);
    rg_doc_free(d);

    d = S_doc("Kenya welcomed the ceasefire brokered by Qatar between Uganda and Rwanda.");
    int ug = S_must(d, "country:UGA"), rw = S_must(d, "country:RWA"), qa = S_must(d, "country:QAT");
    ck_assert_msg(S_has_inter(d, RG_AGREE, ug, rw), "no agree Uganda -- Rwanda");
    ck_assert_uint_gt(S_n_stated_inter(d, qa, ug), 0);
    ck_assert_uint_gt(S_n_stated_inter(d, qa, rw), 0);
    rg_doc_free(d);
}
END_TEST

/* A name inside a reduced relative clause ("NOUN V-ing PREP NAME") is
 * not the subject of the verb after it: "officers serving with the UN
 * mission came under fire", "Turkish troops fighting alongside the SNA
 * shelled". An -ing word after a function word ("is working with") is a
 * verb's. */
START_TEST(inter_reduced_relative_is_not_the_subject)
{
    rg_doc *d = S_doc("Kenyan police officers serving with the UN mission came under fire from the Viv Ansanm gang "
                      "coalition on Monday.");
    int pol = S_must(d, "group:KEN-police"), va = S_ent_label(d, RG_GROUP, "Viv Ansanm");
    int un = S_ent_label(d, RG_GROUP, "United Nations");
    ck_assert_msg(va >= 0 && un >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, va, pol), "no assault Viv Ansanm -> police");
    ck_assert_uint_eq(S_n_inter(d, va, un), 0);
    rg_doc_free(d);

    d = S_doc("Turkish troops fighting alongside the Syrian National Army shelled Kurdish YPG positions.");
    int tur = S_must(d, "country:TUR"), sna = S_ent_label(d, RG_GROUP, "Syrian National Army");
    int ypg = S_ent_label(d, RG_GROUP, "YPG");
    ck_assert_msg(sna >= 0 && ypg >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, tur, ypg), "no assault Turkey -> YPG");
    ck_assert_uint_eq(S_n_stated_inter(d, sna, ypg), 0);
    rg_doc_free(d);

    d = S_doc("Russia is working with Turkey and attacked the rebels' positions near Idlib.");
    ck_assert_msg(S_has_inter(d, RG_COOPERATE, S_must(d, "country:RUS"), S_must(d, "country:TUR")),
                  "no cooperate Russia -- Turkey");
    rg_doc_free(d);
}
END_TEST

/* "B came under fire from A": A acts on B. A country after "in" right
 * before a verb is where ("the Taliban government in Afghanistan
 * agreed"), unless a body opens the clause before it ("Authorities in
 * Niger seized"); "the government in Skopje accused B": a body in a
 * capital is its country. */
START_TEST(inter_came_under_and_bodies_in_places)
{
    rg_doc *d = S_doc("Kenyan police officers in Haiti came under fire from the Viv Ansanm gang coalition on Saturday.");
    int pol = S_must(d, "group:KEN-police"), va = S_ent_label(d, RG_GROUP, "Viv Ansanm");
    ck_assert_msg(va >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, va, pol), "no assault Viv Ansanm -> police");
    ck_assert_uint_eq(S_n_inter(d, va, S_must(d, "country:HTI")), 0);
    rg_doc_free(d);

    d = S_doc("Pakistan and the Taliban government in Afghanistan agreed to an immediate ceasefire.");
    int pak = S_must(d, "country:PAK"), tal = S_must(d, "group:taliban");
    ck_assert_msg(S_has_inter(d, RG_AGREE, pak, tal) && S_n_stated_inter(d, pak, tal), "no agree Pakistan -- Taliban");
    ck_assert_uint_eq(S_n_inter(d, pak, S_must(d, "country:AFG")), 0);
    rg_doc_free(d);

    d = S_doc("Authorities in Niger seized 1,500 tonnes of uranium from French nuclear group Orano's mine.");
    int ore = S_ent_label(d, RG_GROUP, "Orano");
    ck_assert_msg(ore >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(S_n_stated_inter(d, S_must(d, "country:NER"), ore), 1);
    rg_doc_free(d);

    d = S_doc("Rebels clashed with Macedonian troops near Tetovo, and the government in Skopje accused Kosovo of "
              "sheltering them.");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, S_must(d, "country:MKD"), S_must(d, "country:XKX")),
                  "no accuse Macedonia -> Kosovo; entities: %s", S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* "the Saudi-led coalition", "the U.S.-led coalition": a group the
 * country leads, named with it; its acts are also the country's. */
START_TEST(inter_country_led_group)
{
    static const struct {
        const char *text, *label, *country;
    } cases[] = {
        {"Saudi-led coalition aircraft bombed Houthi positions on Monday.", "Saudi-led coalition", "country:SAU"},
        {"The U.S.-led coalition struck Islamic State positions on Monday.", "U.S.-led coalition", "country:USA"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rg_doc *d = S_doc(cases[i].text);
        int g = S_ent_label(d, RG_GROUP, cases[i].label), cc = S_must(d, cases[i].country);
        ck_assert_msg(g >= 0, "%s: entities: %s", cases[i].text, S_ents(d));
        ck_assert_str_eq(d->entities[g].affiliation, cases[i].country);
        int hit = 0, rolled = 0;
        for (size_t k = 0; k < d->n_interactions; k++) {
            if (d->interactions[k].kind != RG_ASSAULT) continue;
            hit |= d->interactions[k].source == g;
            rolled |= d->interactions[k].source == cc;
        }
        ck_assert_msg(hit && rolled, "%s: group %d, country %d", cases[i].text, hit, rolled);
        rg_doc_free(d);
    }
}
END_TEST

/* The clause's subject for a gerund after "before" however near another
 * name is, and for a verb after "and" when the name before it is where
 * ("at the Vatican"); "with Brazil's Petrobras": the company is the
 * party; "a three-way deal with A and B": A and B too. */
START_TEST(inter_clause_subjects_and_three_way)
{
    rg_doc *d = S_doc("Volodymyr Zelensky met Pope Leo XIV at the Vatican on Friday and asked him to help return "
                      "children deported to Russia, before holding talks with Giorgia Meloni in Rome.");
    int z = S_party(d, "Volodymyr Zelensky"), pope = S_party(d, "Leo XIV"), mel = S_party(d, "Giorgia Meloni");
    ck_assert_msg(z >= 0 && pope >= 0 && mel >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_CONSULT, z, mel), "no consult Zelensky -- Meloni");
    ck_assert_msg(S_has_inter(d, RG_DEMAND, z, pope), "no demand Zelensky -> the Pope");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:RUS"), mel), 0);
    rg_doc_free(d);

    d = S_doc("Argentina's YPF signed a three-way deal with Brazil's Petrobras and Bolivia's YPFB on Wednesday.");
    int ypf = S_ent_label(d, RG_GROUP, "YPF"), pb = S_ent_label(d, RG_GROUP, "Petrobras"),
        yb = S_ent_label(d, RG_GROUP, "YPFB");
    ck_assert_msg(ypf >= 0 && pb >= 0 && yb >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(S_n_stated_inter(d, ypf, pb), 1);
    ck_assert_uint_eq(S_n_stated_inter(d, pb, yb), 1);
    rg_doc_free(d);
}
END_TEST

START_TEST(inter_directed_accuse)
{
    rg_doc *d = S_doc("Canada accused Denmark of violating the fishing treaty.");
    int a = S_must(d, "country:CAN"), b = S_must(d, "country:DNK");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, a, b), "no accuse from Canada to Denmark");
    /* an accusation has a direction: Canada is its source */
    for (size_t i = 0; i < d->n_interactions; i++) {
        const rg_interaction *it = &d->interactions[i];
        if (it->kind != RG_ACCUSE) continue;
        ck_assert_int_eq(it->directed, 1);
        ck_assert_int_eq(it->source, a);
        ck_assert_int_eq(it->target, b);
    }
    rg_doc_free(d);
}
END_TEST

/* "threatened to strike B": one interaction of the first verb's kind
 * with the second verb's object, and no strike (it has not happened);
 * "imposed new sanctions on B": a noun trigger after a light verb. */
START_TEST(inter_verb_to_verb_and_light_verbs)
{
    rg_doc *d = S_doc("Canada threatened to strike Denmark if the talks failed.");
    int a = S_must(d, "country:CAN"), b = S_must(d, "country:DNK");
    ck_assert_msg(S_has_inter(d, RG_THREATEN, a, b), "no threat from Canada to Denmark");
    ck_assert_msg(!S_has_inter(d, RG_ASSAULT, a, b), "a strike that did not happen");
    rg_doc_free(d);

    d = S_doc("Canada imposed new sanctions on Denmark over the dispute.");
    a = S_ent_key(d, "country:CAN");
    b = S_ent_key(d, "country:DNK");
    ck_assert_msg(a >= 0 && b >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_SANCTION, a, b), "no sanction from Canada on Denmark");
    rg_doc_free(d);
}
END_TEST

/* Trade and aid measures: a tariff on goods from a country is on that
 * country; "slapped" and "responded with" govern the noun; economic
 * demand for goods from a country is nobody's demand; a package for a
 * country is aid, and "an aid package" is one act, not two. */
START_TEST(inter_trade_and_aid_measures)
{
    static const struct {
        const char *text, *a, *b;
        rg_kind kind;
        size_t want; /* interactions between a and b */
    } cases[] = {
        {"Canada announced a 25 percent tariff on imports from Denmark.", "country:CAN", "country:DNK", RG_SANCTION, 1},
        {"Canada slapped tariffs on Danish steel.", "country:CAN", "country:DNK", RG_SANCTION, 1},
        {"Canada responded with a 50 percent tariff on goods from Denmark.", "country:CAN", "country:DNK",
         RG_SANCTION, 1},
        {"Canada pressed Norway to raise its demand for goods from Denmark.", "country:NOR", "country:DNK",
         RG_SANCTION, 0},
        {"Canada pledged a joint air defence package for Denmark.", "country:CAN", "country:DNK", RG_AID, 1},
        {"Norway approved a Canadian government aid package to Denmark.", "country:CAN", "country:DNK", RG_AID, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rg_doc *d = S_doc(cases[i].text);
        int a = S_must(d, cases[i].a), b = S_must(d, cases[i].b);
        ck_assert_msg(S_has_inter(d, cases[i].kind, a, b) == (cases[i].want > 0), "case %zu: %s", i, cases[i].text);
        ck_assert_msg(S_n_inter(d, a, b) == cases[i].want, "case %zu: %zu interactions: %s", i, S_n_inter(d, a, b),
                      cases[i].text);
        rg_doc_free(d);
    }
}
END_TEST

START_TEST(inter_negation_gives_nothing)
{
    rg_doc *d = S_doc("Brazil did not meet Argentina.");
    int a = S_must(d, "country:BRA"), b = S_must(d, "country:ARG");
    ck_assert_uint_eq(S_n_inter(d, a, b), 0);
    rg_doc_free(d);

    d = S_doc("Portuguese Prime Minister Ana Ferreira did not meet Austrian Chancellor "
              "Lukas Weber during the summit.");
    a = S_ent_label(d, RG_PERSON, "Ana Ferreira");
    b = S_ent_label(d, RG_PERSON, "Lukas Weber");
    ck_assert_msg(a >= 0 && b >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(S_n_inter(d, a, b), 0);
    rg_doc_free(d);

    d = S_doc("Peru never signed the deal with Chile.");
    a = S_ent_key(d, "country:PER");
    b = S_ent_key(d, "country:CHL");
    ck_assert_msg(a >= 0 && b >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(S_n_inter(d, a, b), 0);
    rg_doc_free(d);

    /* not accepting is a rejection; not when it is a condition */
    d = S_doc("Peru would not accept Chile's proposal. Bolivia said that if Ecuador does not accept "
              "Brazil's terms, talks end.");
    ck_assert_msg(S_has_inter(d, RG_REJECT, S_must(d, "country:PER"), S_must(d, "country:CHL")), "no reject");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:ECU"), S_must(d, "country:BRA")), 0);
    rg_doc_free(d);

    /* what is planned has not happened */
    d = S_doc("Peru plans to visit Chile next month. Bolivia is due to hold talks with Ecuador. "
              "Uruguay is expected to sign a deal with Paraguay.");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:PER"), S_must(d, "country:CHL")), 0);
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:BOL"), S_must(d, "country:ECU")), 0);
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:URY"), S_must(d, "country:PRY")), 0);
    rg_doc_free(d);
}
END_TEST

START_TEST(inter_only_within_a_sentence)
{
    rg_doc *d = S_doc("Norway sent a delegation. Sweden met reporters later.");
    int a = S_must(d, "country:NOR"), b = S_must(d, "country:SWE");
    ck_assert_uint_eq(S_n_inter(d, a, b), 0);
    rg_doc_free(d);
}
END_TEST

/* ------------------------------------------------------ review findings */

/* Regression (review finding, fixed): extract/segment.c S_abbr_class()
 * tested S_abbr[k].w[n] == '\0' before comparing, reading past the end
 * of every abbreviation shorter than the word ("mr"[4] for "meet."): a
 * global-buffer-overflow under ASan on any word of 2 to 6 letters before
 * a dot, including while the built-in lexicon loads. Only ASan sees it:
 * the normal build reads a neighbouring string and gets the right answer. */
START_TEST(tokens_abbreviation_lookup_in_bounds)
{
    static const char *const words[] = {"meet.", "Moscow.", "dinner.", "govern.", "said.", "Jordan.",
                                        "coffee.", "visit.", "noted.", "fight.", "Paris.", "Spain."};
    rg_seg seg;
    memset(&seg, 0, sizeof seg);
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        seg.n_tok = seg.lc_len = 0; /* rg_tokenize appends */
        rg_tokenize(&seg, words[k], strlen(words[k]));
        ck_assert_msg(seg.n_tok == 2, "'%s': %zu tokens", words[k], seg.n_tok);
        ck_assert(!(seg.tok[0].flags & T_ABBR));
    }
    /* the real ones keep their dot */
    static const char *const abbr[] = {"Mr.", "Gen.", "Jan.", "Messrs.", "approx."};
    for (size_t k = 0; k < sizeof abbr / sizeof abbr[0]; k++) {
        seg.n_tok = seg.lc_len = 0;
        rg_tokenize(&seg, abbr[k], strlen(abbr[k]));
        ck_assert_msg(seg.n_tok == 1 && (seg.tok[0].flags & T_ABBR), "'%s' is not one abbreviation", abbr[k]);
    }
    rg_seg_free(&seg);
}
END_TEST

/* Once failed: extract/interactions.c rg_interactions_find() (lines 512-522 at
 * review time): an actor's phrase is extended right over "of [the]
 * COUNTRY" and then over every following modifier token, without
 * stopping at the end of the sentence. After "President
 * Weber of Austria" at the end of a line, the next sentence's "Austrian"
 * (the modifier of "Austrian Foreign Minister Jonas Berger") is marked as
 * Weber, so "he" in that sentence resolves to Weber, who is not in it. */
START_TEST(inter_pronoun_stays_in_its_sentence)
{
    rg_doc *d = S_doc("Prime Minister Ana Ferreira met President Lukas Weber of Austria\n"
                      "Austrian Foreign Minister Jonas Berger said he accused Hungary.");
    int weber = S_ent_label(d, RG_PERSON, "Lukas Weber"), berger = S_ent_label(d, RG_PERSON, "Jonas Berger");
    int hun = S_ent_key(d, "country:HUN");
    ck_assert_msg(weber >= 0 && berger >= 0 && hun >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(!S_has_inter(d, RG_ACCUSE, weber, hun), "Weber accuses Hungary from the sentence before");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, berger, hun), "no accuse from Berger to Hungary");
    rg_doc_free(d);
}
END_TEST

/* A pronoun that opens a later sentence is the earlier sentence's
 * subject (its first person), not the last person named in it. */
START_TEST(inter_pronoun_is_the_last_sentence_subject)
{
    rg_doc *d = S_doc("Kenyan opposition leader Mary Odalo urged voters who backed Tomas Vandle to stay calm. "
                      "Speaking at a rally, she accused President Peter Brenquist of fraud.");
    int odalo = S_ent_label(d, RG_PERSON, "Mary Odalo"), vandle = S_ent_label(d, RG_PERSON, "Tomas Vandle");
    int bren = S_ent_label(d, RG_PERSON, "Peter Brenquist");
    ck_assert_msg(odalo >= 0 && vandle >= 0 && bren >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, odalo, bren), "no accuse Odalo -> Brenquist");
    ck_assert_msg(!S_has_inter(d, RG_ACCUSE, vandle, bren), "the pronoun taken for Vandle");
    rg_doc_free(d);
}
END_TEST

/* "A flew to B and warned C": the object of the first verb's
 * preposition is not the second verb's subject; and "ordered troops to
 * the border" is no command (a command's "to" is before a verb). */
START_TEST(inter_second_verb_after_a_place_object)
{
    rg_doc *d = S_doc("Kenyan President Tomas Vandle flew to Uganda and warned Chad against incursions.");
    int ug = S_must(d, "country:UGA"), td = S_must(d, "country:TCD");
    ck_assert_msg(S_has_inter(d, RG_THREATEN, S_party(d, "Tomas Vandle"), td), "no threaten Vandle -> Chad");
    ck_assert_uint_eq(S_n_inter(d, ug, td), 0);
    rg_doc_free(d);
    d = S_doc("Kenya ordered troops to the Ugandan border and warned Chad against incursions.");
    int ke = S_must(d, "country:KEN");
    td = S_must(d, "country:TCD");
    ck_assert_msg(S_has_inter(d, RG_THREATEN, ke, td), "no threaten Kenya -> Chad");
    ck_assert_msg(!S_has_inter(d, RG_DEMAND, ke, td), "an order to a border read as a command to Chad");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:UGA"), td), 0);
    rg_doc_free(d);
}
END_TEST

/* A participle's phrase between commas after a name, right before the
 * verb, is the name's: the place in it is no subject of a passive. */
START_TEST(inter_participle_phrase_after_the_subject)
{
    S_expect_inter("Tomas Vandle, stranded in Uganda since rebels shut the airport, was urged by Chad to resign.",
                   "country:TCD", "Tomas Vandle", RG_DEMAND);
    S_expect_no_inter("Tomas Vandle, stranded in Uganda since rebels shut the airport, was urged by Chad to resign.",
                      "country:UGA", "country:TCD");
    /* (a preposition's phrase too) */
    S_expect_inter("Kenyan President Tomas Vandle, on a visit to Uganda days later, warned Chad against incursions.",
                   "Tomas Vandle", "country:TCD", RG_THREATEN);
}
END_TEST

/* Seats of government stand for their country ("La Moneda" is Chile),
 * and a foreign ministry known by its building is a node of its own. */
START_TEST(extract_seats_and_ministry_buildings)
{
    rg_doc *d = S_doc("La Moneda said on Monday it had protested to Kenya, and the Farnesina accused Uganda of "
                      "smuggling.");
    int cl = S_must(d, "country:CHL"), it = S_must(d, "group:farnesina");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, it, S_must(d, "country:UGA")), "no accuse Farnesina -> Uganda");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, cl, S_must(d, "country:KEN")), "no accuse Chile -> Kenya");
    rg_doc_free(d);
}
END_TEST

/* The fallback's object search stops at the subject of a clause after
 * ", and": "mocked the ruling, and Uganda's government condemned". */
START_TEST(inter_fallback_stops_at_the_next_clause)
{
    S_expect_no_inter("The flights went ahead. The judge had ordered a halt. Kenyan President Tomas Vandle mocked "
                      "the ruling on social media, and Uganda's government condemned the transfer as a kidnapping.",
                      "Tomas Vandle", "country:UGA");
}
END_TEST

/* A gerund after a preposition has no subject in a country named after
 * "in" inside the clause's subject: "The crisis in Kenya was centred
 * around vilifying B". */
START_TEST(inter_gerund_subject_not_a_place_in_the_subject)
{
    S_expect_no_inter("The first sentence is here. The second one too. The crisis in Kenya was centred around "
                      "vilifying President Tomas Vandle of Uganda.",
                      "country:KEN", "Tomas Vandle");
}
END_TEST

/* "Governor X condemned the attack": the act is the one told last in
 * the sentences before, and X accuses its maker; not the subject of a
 * passive ("two soldiers were killed"), nor where the noun names its own
 * maker ("the attack by the gunmen"). */
START_TEST(inter_condemned_act_is_the_last_told)
{
    S_expect_inter("Boko Haram fighters attacked a market in northern Nigeria on Sunday. Governor Tomas Vandle "
                   "condemned the attack.",
                   "Tomas Vandle", "group:boko-haram", RG_ACCUSE);
    S_expect_inter("Boko Haram fighters stormed a school on Sunday, residents said. Police gave no toll. President "
                   "Tomas Vandle of Kenya condemned the deadly raid and urged calm.",
                   "Tomas Vandle", "group:boko-haram", RG_ACCUSE);
    S_expect_no_inter("Two Nigerian soldiers were killed on Sunday. Kenya condemned the killing.", "country:KEN",
                      "country:NGA");
    S_expect_no_inter("Boko Haram fighters attacked a market on Sunday. Governor Tomas Vandle condemned the attack "
                      "by unknown gunmen.",
                      "Tomas Vandle", "group:boko-haram");
}
END_TEST

/* "Fighters of Hamas, a movement that has pledged loyalty to Hezbollah,
 * killed": an apposition of an article, a noun and a relative clause
 * after the subject holds no subject, whatever verb is inside it. */
START_TEST(inter_subject_before_an_apposition_with_a_clause)
{
    S_expect_inter("Fighters of Hamas, a movement that has pledged loyalty to Hezbollah, killed three Israeli "
                   "soldiers on Sunday.",
                   "group:hamas", "country:ISR", RG_ASSAULT);
    S_expect_no_inter("Fighters of Hamas, a movement that has pledged loyalty to Hezbollah, killed three Israeli "
                      "soldiers on Sunday.",
                      "group:hezbollah", "country:ISR");
}
END_TEST

/* "Bosnian Serbs", "Kosovo Albanian leaders", "ethnic Albanians": a
 * people named with another land is a community, a group of its own
 * labelled by the plural, and "the Serbs" after it is that group; a
 * demonym alone, or before a noun that is no group's, is still its
 * country. */
START_TEST(extract_community_of_a_people)
{
    rg_doc *d = S_doc("Bosnian Serb forces shelled the town on Sunday. The Serbs later let a convoy pass.");
    int g = S_ent_label(d, RG_GROUP, "Bosnian Serbs");
    ck_assert_msg(g >= 0, "no community: %s", S_ents(d));
    ck_assert_msg(S_ent_key(d, "country:SRB") < 0, "Serbia named: %s", S_ents(d));
    size_t on_group = 0;
    for (size_t i = 0; i < d->n_mentions; i++) on_group += d->mentions[i].entity == g;
    ck_assert_msg(on_group == 2, "mentions of the community: %zu", on_group);
    rg_doc_free(d);
    d = S_doc("Kosovo Albanian leaders met envoys on Friday, and ethnic Albanians marched in the capital.");
    S_label_is(d, RG_GROUP, "Kosovo Albanians", 1);
    S_label_is(d, RG_GROUP, "ethnic Albanians", 1);
    ck_assert_msg(S_ent_key(d, "country:ALB") < 0, "Albania named: %s", S_ents(d));
    rg_doc_free(d);
    d = S_doc("Malaysian Chinese leaders met the premier, and Swiss French officials protested.");
    S_label_is(d, RG_GROUP, "Malaysian Chinese", 1);
    S_label_is(d, RG_GROUP, "Swiss French", 1);
    rg_doc_free(d);
    d = S_doc("The Serbian government and Croatian officials signed a trade deal in Serbian territory.");
    ck_assert_msg(S_ent_key(d, "country:SRB") >= 0 && S_ent_key(d, "country:HRV") >= 0, "%s", S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* The source of a report named in apposition after the act it reports
 * (", the head of the Kenyan army, General X, announced") is no party of
 * the lead; one named before it ("The court's prosecutor, X, said he was
 * seeking warrants for B") may be. */
START_TEST(inter_lead_speaker_in_apposition)
{
    S_expect_no_inter("Kenyan troops captured Tomas Vandle near the border on Sunday, the head of the Kenyan army, "
                      "General Paul Njoroge, announced.",
                      "Tomas Vandle", "Paul Njoroge");
    S_expect_inter("The court's prosecutor, Paul Njoroge, said on Monday he was seeking arrest warrants for Tomas "
                   "Vandle and Kenya's president.",
                   "Paul Njoroge", "Tomas Vandle", RG_COERCE);
}
END_TEST

/* An act's noun with no determiner as the object ("rebuffed last-ditch
 * demands by B", "denied allegations from B") brings its agent as the
 * object, as "a call by B" does; not after a verb of receiving ("received
 * aid from B" is B's aid). */
START_TEST(inter_bare_act_noun_by_agent)
{
    S_expect_inter("Kenya rejected demands by Uganda on Monday.", "country:KEN", "country:UGA", RG_REJECT);
    S_expect_inter("President Tomas Vandle rebuffed last-ditch demands by Uganda to accept a peace deal.",
                   "Tomas Vandle", "country:UGA", RG_REJECT);
    S_expect_inter("Kenya denied allegations from Uganda.", "country:KEN", "country:UGA", RG_REJECT);
    S_expect_no_kind("Kenya received aid from Uganda.", "country:KEN", "country:UGA", RG_CONSULT,
                     "a visit received");
}
END_TEST

/* A participle clause's subject is looked for at the start of the
 * sentence after its dateline ("NAIROBI, May 3 (Reuters) - Kenyan troops
 * stormed a camp, killing B"), not in it. */
START_TEST(inter_clause_subject_after_a_dateline)
{
    S_expect_inter("NAIROBI, May 3 (Reuters) - Kenyan troops stormed a camp on Saturday, killing rebel leader Tomas "
                   "Vandle.",
                   "country:KEN", "Tomas Vandle", RG_ASSAULT);
    S_expect_inter("KAMPALA, May 3 (AP) -- Ugandan troops stormed a camp on Saturday, killing rebel leader Tomas "
                   "Vandle.",
                   "country:UGA", "Tomas Vandle", RG_ASSAULT);
}
END_TEST

/* A title's phrase reaches over one lower-case word before it ("rebel
 * leader X"), so "A and rebel leader B signed" coordinates A and B; and
 * "to meet A and B to discuss" is the meeter's purpose, no act between
 * A and B. */
START_TEST(inter_title_phrase_and_purpose_infinitive)
{
    rg_doc *d = S_doc("President Tomas Vandle and rebel leader Paul Njoroge signed a peace accord here on "
                      "Wednesday under which the rebels will join a government.");
    ck_assert_msg(S_n_pattern_inter(d, S_party(d, "Tomas Vandle"), S_party(d, "Paul Njoroge")) == 1,
                  "no pattern's agreement; entities: %s", S_ents(d));
    rg_doc_free(d);
    d = S_doc("Kenyan President Tomas Vandle and Turkana leader Paul Njoroge today signed in the capital a treaty "
              "on peace.");
    ck_assert_msg(S_n_pattern_inter(d, S_party(d, "Tomas Vandle"), S_party(d, "Paul Njoroge")) == 1,
                  "no pattern's agreement after a capitalised word; entities: %s", S_ents(d));
    rg_doc_free(d);
    S_expect_no_inter("Kenyan envoy Tomas Vandle is scheduled to meet Prime Minister Paul Njoroge and General "
                      "Peter Otieno to discuss security.",
                      "Paul Njoroge", "Peter Otieno");
    S_expect_inter("Kenyan envoy Tomas Vandle is scheduled to meet Prime Minister Paul Njoroge and army chief "
                   "General Peter Otieno to discuss security.",
                   "Tomas Vandle", "Peter Otieno", RG_CONSULT);
}
END_TEST

/* "X said B must/should act" is X's demand on B (not on X's own
 * country). */
START_TEST(inter_said_must_is_a_demand)
{
    S_expect_inter("Kenyan Prime Minister Tomas Vandle said on Monday that Uganda must withdraw its troops.",
                   "Tomas Vandle", "country:UGA", RG_DEMAND);
    S_expect_inter("Prime Minister Tomas Vandle said rebel leader Paul Njoroge should condemn the attack.",
                   "Tomas Vandle", "Paul Njoroge", RG_DEMAND);
    S_expect_no_kind("Kenyan Prime Minister Tomas Vandle said Kenya must lead the talks.", "Tomas Vandle",
                     "country:KEN", RG_DEMAND, "a demand on his own country");
    /* an addressee or adjunct before the "that" */
    S_expect_inter("Tomas Vandle told reporters that Uganda must withdraw its troops.", "Tomas Vandle",
                   "country:UGA", RG_DEMAND);
    S_expect_inter("Tomas Vandle said in a statement that Uganda should withdraw its troops.", "Tomas Vandle",
                   "country:UGA", RG_DEMAND);
}
END_TEST

/* "X, general secretary of the Y, greeted B": a title after the name
 * opens an apposition; its organisation is no subject. */
START_TEST(inter_subject_before_a_title_apposition)
{
    const char *t = "Tomas Vandle, general secretary of the Kenya African Union, greeted Ugandan President Paul "
                    "Njoroge at the airport.";
    S_expect_inter(t, "Tomas Vandle", "Paul Njoroge", RG_CONSULT);
    rg_doc *d = S_doc(t);
    int g = S_ent_label(d, RG_GROUP, "Kenya African Union");
    ck_assert_msg(g >= 0 && S_n_pattern_inter(d, g, S_party(d, "Paul Njoroge")) == 0, "%s", S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* ", president of Kenya," and ", the general secretary of Kenya," in
 * apposition after a name give the person's country. */
START_TEST(extract_affiliation_from_title_of_country_apposition)
{
    const char *texts[] = {"Tomas Vandle, president of Kenya, met Uganda's leader on Monday.",
                           "Tomas Vandle, the deputy foreign minister of Kenya, met Uganda's leader on Monday."};
    for (size_t i = 0; i < 2; i++) {
        rg_doc *d = S_doc(texts[i]);
        int p = S_party(d, "Tomas Vandle");
        const char *aff = p >= 0 ? d->entities[p].affiliation : NULL;
        ck_assert_msg(aff && strcmp(aff, "country:KEN") == 0, "%s: affiliation %s", texts[i], aff ? aff : "none");
        rg_doc_free(d);
    }
}
END_TEST

/* "accepted an offer of asylum from B", "rejected a call for talks by
 * B": the noun's own "of" or "for" phrase is stepped over to its
 * maker. */
START_TEST(inter_noun_phrase_then_its_maker)
{
    S_expect_inter("Tomas Vandle accepted an offer of asylum from Ugandan President Paul Njoroge.", "Tomas Vandle",
                   "Paul Njoroge", RG_AGREE);
    S_expect_inter("Kenya rejected a call for talks by Uganda.", "country:KEN", "country:UGA", RG_REJECT);
}
END_TEST

/* "a Kenyan raid on Ugandan soil killed X": the target of the noun
 * before the verb is no subject; the noun's agent is. */
START_TEST(inter_subject_is_the_agent_of_a_noun_before_its_target)
{
    const char *t = "A Kenyan raid on Ugandan soil killed rebel commander Tomas Vandle.";
    S_expect_inter(t, "country:KEN", "Tomas Vandle", RG_ASSAULT);
    S_expect_no_kind(t, "country:UGA", "Tomas Vandle", RG_ASSAULT, "the raid's target as the killer");
}
END_TEST

/* "the militants", "the attackers" after an armed group is named are
 * that group. */
START_TEST(inter_members_noun_is_the_armed_group)
{
    S_expect_inter("Boko Haram fighters attacked a base on Tuesday. Troops of the Nigerian Army repelled the "
                   "militants.",
                   "group:NGA-military", "group:boko-haram", RG_ASSAULT);
    S_expect_inter("Boko Haram fighters attacked a base on Tuesday. The Nigerian Army said it had repulsed the "
                   "attackers.",
                   "group:NGA-military", "group:boko-haram", RG_ASSAULT);
    S_expect_inter("Taliban militiamen swept into the city on Friday and hanged former President Tomas Vandle.",
                   "group:taliban", "Tomas Vandle", RG_COERCE);
}
END_TEST

/* "rejected the resolution", "welcomed the deal" after a measure or an
 * agreement was told: the judge acts on its makers or parties. */
START_TEST(inter_judged_measure_or_deal)
{
    S_expect_inter("The UN Security Council voted on Saturday to impose sanctions on Uganda. Uganda's envoy, Tomas "
                   "Vandle, rejected the resolution and walked out.",
                   "Tomas Vandle", "group:unsc", RG_REJECT);
    S_expect_inter("Kenya and Uganda signed a ceasefire on Monday. The African Union welcomed the deal.",
                   "group:african-union", "country:KEN", RG_SUPPORT);
    S_expect_no_inter("Kenya and Uganda signed a ceasefire on Monday. Tanzania held elections. Rwanda closed its "
                      "border. Burundi named a minister. Zambia launched a satellite. The African Union welcomed "
                      "the deal.",
                      "group:african-union", "country:KEN");
    /* the move, the warrants */
    S_expect_inter("Kenya imposed sanctions on Uganda on Monday. Ugandan spokesman Tomas Vandle condemned the move "
                   "as illegal.",
                   "Tomas Vandle", "country:KEN", RG_ACCUSE);
    S_expect_inter("A Kenyan court issued arrest warrants for Tomas Vandle. Uganda welcomed the warrants.",
                   "country:UGA", "country:KEN", RG_SUPPORT);
    S_expect_inter("Kenya imposed sanctions on Uganda. Tomas Vandle dismissed the move as meaningless.", "Tomas Vandle",
                   "country:KEN", RG_REJECT);
}
END_TEST

/* "U.S.-made missiles": a country inside a hyphenated word before
 * "made", "based", "owned"... says where from, no actor. */
START_TEST(extract_hyphen_part_before_a_seat_word)
{
    const char *t = "Uganda fired six rockets at Kenya, most of them knocked down by U.S.-made missiles.";
    rg_doc *d = S_doc(t);
    int us = S_ent_key(d, "country:USA");
    ck_assert_msg(us >= 0, "%s", S_ents(d));
    for (size_t i = 0; i < d->n_interactions; i++)
        ck_assert_msg(d->interactions[i].source != us && d->interactions[i].target != us, "the U.S. acts: %s",
                      d->interactions[i].pattern);
    rg_doc_free(d);
}
END_TEST

/* "A and B were killed when ...": coordinated subjects of a passive are
 * co-patients, no pair of the lead. */
START_TEST(inter_lead_no_pair_of_co_patients)
{
    S_expect_no_inter("Kenyan President Tomas Vandle and Uganda's President Paul Njoroge were killed on Wednesday when "
                      "their plane was shot down near the airport, officials said.",
                      "Tomas Vandle", "Paul Njoroge");
    S_expect_inter("Kenya and Uganda were attacked by Somalia.", "country:SOM", "country:KEN", RG_ASSAULT);
}
END_TEST

/* A date after "on" ends an organisation's name ("the Kenya Ports
 * Authority on Feb. 24"); a bare "Gen" is a title before a name, not
 * before one letter ("Gen Z") or a headline's or common word ("GEN
 * DYNAMICS", "Gen Term Corp"). */
START_TEST(extract_org_name_stops_at_a_date_and_bare_gen)
{
    rg_doc *d = S_doc("The Kenya Ports Authority on Feb. 24 fined a shipper. The Tana Water Board on Jan 3 met.");
    S_label_is(d, RG_GROUP, "Kenya Ports Authority", 1);
    S_label_is(d, RG_GROUP, "Tana Water Board", 1);
    rg_doc_free(d);
    d = S_doc("Army chief Gen Odalo Brenquist met Ugandan officials on Monday.");
    S_label_is(d, RG_PERSON, "Odalo Brenquist", 1);
    rg_doc_free(d);
    d = S_doc("GEN DYNAMICS QUITS TALKS\n\nGen Z protesters marched in Nairobi on Tuesday.");
    S_no_person(d, "a bare Gen before one letter or a headline word");
    rg_doc_free(d);
}
END_TEST

/* "and" inside an organisation's name joins its words ("Nippon
 * Telegraph and Telephone"), not a country, a known name or an acronym
 * after it: "the Lamu Ports Authority and Uganda", "... Service and
 * DHL" are two. */
START_TEST(extract_org_name_and_a_second_name)
{
    rg_doc *d = S_doc("Officials of the Lamu Ports Authority and Uganda met on Monday. The Tana Courier Service and "
                      "DHL signed a deal. The Nairobi Telegraph and Telephone Corp said profits rose.");
    S_label_is(d, RG_GROUP, "Lamu Ports Authority", 1);
    ck_assert_int_ge(S_ent_key(d, "country:UGA"), 0);
    S_label_is(d, RG_GROUP, "Tana Courier Service", 1);
    S_label_is(d, RG_GROUP, "DHL", 1);
    S_label_is(d, RG_GROUP, "Nairobi Telegraph and Telephone Corp", 1);
    rg_doc_free(d);
}
END_TEST

/* "the group of -ing" is the group ("accused the group of operating
 * from a school"); a verb after "and" shares the subject of a verb with
 * no party after it ("struck a base and accused B"). */
START_TEST(inter_group_of_gerund_and_shared_bare_subject)
{
    S_expect_inter("Al-Shabaab fighters attacked a convoy. Kenya accused the group of operating from a school.",
                   "country:KEN", "group:al-shabaab", RG_ACCUSE);
    S_expect_inter("Al-Shabaab fighters attacked a convoy. Kenya said it had struck a base and accused the militant "
                   "group of hiding in a school.",
                   "country:KEN", "group:al-shabaab", RG_ACCUSE);
    S_expect_inter("Kenya struck a base on Monday and warned Uganda.", "country:KEN", "country:UGA", RG_THREATEN);
    /* (not a participle's subject: the children are deported, no
     * subject of the verb after "and") */
    S_expect_no_inter("Kenyan children deported to Uganda and thanked Tanzania.", "country:KEN", "country:TZA");
}
END_TEST

/* A speaker inside a relative clause is no subject of its verb: "a
 * company that Nairobi says helped B"; the name before the pronoun is. */
START_TEST(inter_speaker_inside_a_relative_clause)
{
    const char *t = "Kenya sanctioned al-Shabaab, which Uganda says attacked Tanzania.";
    S_expect_inter(t, "group:al-shabaab", "country:TZA", RG_ASSAULT);
    rg_doc *d = S_doc(t);
    ck_assert_uint_eq(S_n_pattern_inter(d, S_must(d, "country:UGA"), S_must(d, "country:TZA")), 0);
    rg_doc_free(d);
    S_expect_no_pattern_inter("The measures target a trading firm that Uganda says helped al-Shabaab buy drones.",
                              "country:UGA", "group:al-shabaab");
}
END_TEST

/* A plural after a name that follows a preposition or a verb is a noun
 * the name qualifies ("strikes on Shabaab targets in Somalia"), no verb
 * of that name's; after an article it may be the verb ("the U.S.
 * opposes"). */
START_TEST(inter_plural_after_a_qualifying_name_is_a_noun)
{
    const char *t = "Kenya and Uganda carried out air strikes on al-Shabaab targets in Somalia.";
    S_expect_inter(t, "country:KEN", "group:al-shabaab", RG_ASSAULT);
    rg_doc *d = S_doc(t);
    ck_assert_uint_eq(S_n_pattern_inter(d, S_must(d, "group:al-shabaab"), S_must(d, "country:SOM")), 0);
    rg_doc_free(d);
    S_expect_no_inter("Kenyan jets bombed Ugandan targets in Tanzania.", "country:UGA", "country:TZA");
    S_expect_inter("Officials said the Kenyan government opposes Uganda's membership.", "country:KEN",
                   "country:UGA", RG_REJECT);
}
END_TEST

/* "A and B jointly condemned C": "jointly" is their cooperation and
 * the verb after it still has its subjects. */
START_TEST(inter_jointly_before_a_verb)
{
    const char *t = "Kenya and Uganda on Tuesday jointly condemned Tanzania's decision to close the border.";
    S_expect_inter(t, "country:KEN", "country:TZA", RG_ACCUSE);
    S_expect_inter(t, "country:UGA", "country:TZA", RG_ACCUSE);
    S_expect_inter(t, "country:KEN", "country:UGA", RG_COOPERATE);
}
END_TEST

/* The agents of a participle of joint authorship act together
 * ("drafted by A and B", "co-hosted by A and B"); not the parts of an
 * apposition after one agent. */
START_TEST(inter_joint_agents_of_a_participle)
{
    S_expect_inter("The resolution, drafted by Kenya and Uganda, passed with 12 votes.", "country:KEN",
                   "country:UGA", RG_COOPERATE);
    S_expect_inter("The talks, co-hosted by Tanzania and Uganda, opened on Monday.", "country:TZA", "country:UGA",
                   RG_COOPERATE);
    S_expect_no_inter("In an address sponsored by Kenya, Tomas Vandle, the bank's economist, said rates would rise.",
                      "country:KEN", "Tomas Vandle");
}
END_TEST

/* A list of objects goes on over a title phrase before the next name:
 * "A, his former defence minister B and Hamas's military chief C",
 * "A and his children's rights commissioner, B". */
START_TEST(inter_object_list_over_title_phrases)
{
    rg_doc *d = S_doc("Kenyan police arrested Tomas Vandle, his former defence minister Paul Njoroge and "
                      "al-Shabaab's military chief Odalo Brenquist.");
    int ke = S_must(d, "group:KEN-police");
    ck_assert_msg(S_has_inter(d, RG_COERCE, ke, S_party(d, "Paul Njoroge")), "no coerce -> Njoroge: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_COERCE, ke, S_party(d, "Odalo Brenquist")), "no coerce -> Brenquist");
    ck_assert_uint_eq(S_n_pattern_inter(d, ke, S_must(d, "group:al-shabaab")), 0);
    rg_doc_free(d);
    S_expect_inter("Kenyan police arrested Tomas Vandle and his children's rights commissioner, Paul Njoroge.",
                   "group:KEN-police", "Paul Njoroge", RG_COERCE);
}
END_TEST

/* "his counterpart" with no name after it is the person of another
 * country named last before it (not a name that qualifies a thing). */
START_TEST(inter_his_counterpart_named_before)
{
    S_expect_inter("Kenyan President Tomas Vandle crossed the Paul Njoroge bridge, though Uganda's Odalo Brenquist "
                   "stayed away. Brenquist later praised his counterpart on state television.",
                   "Odalo Brenquist", "Tomas Vandle", RG_SUPPORT);
    S_expect_no_inter("Kenyan President Tomas Vandle crossed the Paul Njoroge bridge, though Uganda's Odalo "
                      "Brenquist stayed away. Brenquist later praised his counterpart on state television.",
                      "Odalo Brenquist", "Paul Njoroge");
}
END_TEST

/* Ending ties or cooperation is a sanction on the other party: "cut
 * its ties with B", "halted cooperation with B". */
START_TEST(inter_ending_ties_or_cooperation)
{
    S_expect_inter("Kenya established diplomatic relations with Tanzania on Tuesday and cut its ties with Uganda.",
                   "country:KEN", "country:UGA", RG_SANCTION);
    S_expect_inter("Uganda halted cooperation with Kenyan inspectors on Wednesday.", "country:UGA", "country:KEN",
                   RG_SANCTION);
}
END_TEST

/* One lower-case word between a list's "and the" and its next name
 * qualifies the name: the list goes on. */
START_TEST(inter_list_item_after_one_qualifier)
{
    const char *texts[] = {"Uganda and the paramilitary Allied Democratic Forces clashed near Beni on Tuesday.",
                           "Uganda and rebel M23 signed a truce in Nairobi on Tuesday."};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        rg_doc *d = S_doc(texts[i]);
        int u = S_party(d, "country:UGA"), g = -1;
        for (size_t e = 0; e < d->n_entities; e++)
            if (d->entities[e].type == RG_GROUP) g = (int)e;
        ck_assert_msg(u >= 0 && g >= 0, "%s: entities: %s", texts[i], S_ents(d));
        ck_assert_msg(S_n_stated_inter(d, u, g) == 1, "%s: %zu stated interactions", texts[i], S_n_stated_inter(d, u, g));
        rg_doc_free(d);
    }
}
END_TEST

/* Breaking, ending, severing or suspending ties or relations with B is
 * a sanction of B, read by the verb table (not only by the fallback,
 * which a clause before the verb silences); sparring or trading
 * accusations is a quarrel (accuse) between two. */
START_TEST(inter_breaking_ties)
{
    static const S_inter_case cases[] = {
        {"Kenya responded by breaking diplomatic relations with Uganda and expelling its envoy.", RG_SANCTION,
         "country:KEN", "country:UGA"},
        {"Kenya broke ties with Uganda on Monday.", RG_SANCTION, "country:KEN", "country:UGA"},
        {"Kenya ended diplomatic relations with Uganda.", RG_SANCTION, "country:KEN", "country:UGA"},
        /* a quarrel between two */
        {"Kenya and Uganda sparred publicly over the border on Monday.", RG_ACCUSE, "country:KEN", "country:UGA"},
        {"Kenya traded accusations with Uganda on Monday.", RG_ACCUSE, "country:KEN", "country:UGA"},
    };
    S_expect_cases(cases, sizeof cases / sizeof *cases);
}
END_TEST

/* A person the text titles with an office of an international
 * organisation holds it for no country: the leaders table's past
 * national office gives no affiliation (and no country node); the same
 * name under a national title still gets its country. */
START_TEST(extract_international_office_no_leader_country)
{
    rg_doc *d = S_doc("UN Secretary-General Antonio Guterres condemned the attack on a convoy in Darfur.");
    int g = S_ent_label(d, RG_PERSON, "Antonio Guterres");
    ck_assert_msg(g >= 0, "entities: %s", S_ents(d));
    ck_assert_pstr_eq(d->entities[g].affiliation, NULL);
    ck_assert_int_lt(S_ent_key(d, "country:PRT"), 0);
    rg_doc_free(d);
    d = S_doc("Prime Minister Antonio Guterres condemned the attack on a convoy in Darfur.");
    g = S_ent_label(d, RG_PERSON, "Antonio Guterres");
    ck_assert_msg(g >= 0, "entities: %s", S_ents(d));
    ck_assert_pstr_eq(d->entities[g].affiliation, "country:PRT");
    rg_doc_free(d);
}
END_TEST

/* "A, together with B, V C": B between commas acts with A; a number
 * between the preposition and the name before a plural still makes the
 * plural a noun ("strikes against 18 Houthi targets in Yemen"). */
START_TEST(inter_together_with_co_agent)
{
    static const S_inter_case cases[] = {
        {"Kenya, together with Uganda, launched strikes against al-Shabaab.", RG_ASSAULT, "country:KEN",
         "group:al-shabaab"},
        {"Kenya, along with Uganda, launched strikes against al-Shabaab.", RG_ASSAULT, "country:KEN",
         "group:al-shabaab"},
    };
    S_expect_cases(cases, sizeof cases / sizeof *cases);
    S_expect_no_inter("Britain conducted strikes against 18 Houthi targets in Yemen.", "group:houthis", "country:YEM");
}
END_TEST

/* The judge of an apposition ("..., a charge B dismissed") may carry a
 * title before the name, capitalised or lower case after a possessive;
 * the apposition may follow "in" (", in a move B condemned"); a charge
 * is its accuser's alone, not the accused's deeds told inside it. */
START_TEST(inter_verdict_judge_with_title)
{
    static const struct {
        const char *text, *judge, *maker;
    } cases[] = {
        {"Kenya accused Uganda of fomenting the protests, a charge Government Minister Tomas Vandle dismissed.",
         "Tomas Vandle", "country:KEN"},
        {"Kenya accused Uganda of fomenting the protests, an allegation the EU's foreign policy chief Tomas Vandle "
         "dismissed as baseless.",
         "Tomas Vandle", "country:KEN"},
        {"Kenya barred the opposition leader from office, in a move Uganda condemned.", "country:UGA", "country:KEN"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        rg_doc *d = S_doc(cases[i].text);
        int j = S_party(d, cases[i].judge), m = S_party(d, cases[i].maker);
        ck_assert_msg(j >= 0 && m >= 0, "%s: entities: %s", cases[i].text, S_ents(d));
        ck_assert_msg(S_n_stated_inter(d, j, m) == 1, "%s: %zu stated", cases[i].text, S_n_stated_inter(d, j, m));
        rg_doc_free(d);
    }
    rg_doc *d = S_doc("Kenya accused Uganda of plotting to arrest Tomas Vandle, a charge Tanzania dismissed.");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:TZA"), S_must(d, "country:UGA")), 0);
    ck_assert_msg(S_has_inter(d, RG_REJECT, S_must(d, "country:TZA"), S_must(d, "country:KEN")), "no reject");
    rg_doc_free(d);
}
END_TEST

/* An apposition's act named by a verb of naming ("described as",
 * "termed", "called" a thing) is judged by the actor before the verb:
 * support where praise follows, else accuse; its maker is the nearest
 * clause's subject before the comma. */
START_TEST(inter_verdict_by_naming_verb)
{
    static const S_inter_case cases[] = {
        {"Kenya freed 22 prisoners on Thursday, in a surprise move Uganda described as a constructive step.",
         RG_SUPPORT, "country:UGA", "country:KEN"},
        {"Kenya barred the opposition leader from office, a move Uganda termed a farce.", RG_ACCUSE, "country:UGA",
         "country:KEN"},
        {"Kenya barred the opposition leader from office, a move Uganda called a transparent effort to sideline "
         "him.",
         RG_ACCUSE, "country:UGA", "country:KEN"},
        {"Kenya's foreign minister, who hosted Chad's president on Monday, told parliament that Tanzania would not "
         "recognise the regime, a position Uganda described as hypocritical.",
         RG_ACCUSE, "country:UGA", "country:TZA"},
    };
    S_expect_cases(cases, sizeof cases / sizeof *cases);
}
END_TEST

/* "the" and an institution's noun that ends a group's name named before
 * it refers to that group ("the court", "the council"); not the noun of
 * a firm, nor before a name or "of" and a noun. */
START_TEST(inter_institution_head_anaphor)
{
    rg_doc *d = S_doc("Kenya's Supreme Court upheld the sentence on Tuesday. Tomas Vandle accused the court of acting "
                      "as a puppet.");
    int v = S_ent_label(d, RG_PERSON, "Tomas Vandle"), court = S_ent_key(d, "group:KEN-supreme-court");
    ck_assert_msg(v >= 0 && court >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, v, court), "no accuse Vandle -> court");
    rg_doc_free(d);
    d = S_doc("The Kestrel Savings Bank lent money to Uganda. Tomas Vandle criticised the bank for its terms.");
    v = S_ent_label(d, RG_PERSON, "Tomas Vandle");
    int bank = S_ent_label(d, RG_GROUP, "Kestrel Savings Bank");
    ck_assert_msg(v >= 0 && bank >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(S_n_stated_inter(d, v, bank), 0);
    rg_doc_free(d);
}
END_TEST

/* Calling B a thing names B: a judgement (accuse; support where praise
 * follows), not a call. */
START_TEST(inter_calling_b_a_thing)
{
    static const S_inter_case cases[] = {
        {"Kenya's foreign minister called the OAS an instrument of interference.", RG_ACCUSE, "country:KEN",
         "group:oas"},
        {"Kenya's foreign minister called Uganda a great friend.", RG_SUPPORT, "country:KEN", "country:UGA"},
        {"Kenya's foreign minister called Uganda on Monday.", RG_CONSULT, "country:KEN", "country:UGA"},
    };
    S_expect_cases(cases, sizeof cases / sizeof *cases);
    S_expect_no_kind("Kenya's foreign minister called the OAS an instrument of interference.", "country:KEN",
                     "group:oas", RG_CONSULT, "a call");
}
END_TEST

/* "pro-X" names a leaning, not X: no entity of the country ("a
 * pro-Ugandan rally"), while "Ugandan-backed" still names Uganda. */
START_TEST(extract_pro_leaning_no_entity)
{
    rg_doc *d = S_doc("Kenya's president addressed a pro-Ugandan rally in Nairobi on Monday.");
    ck_assert_int_lt(S_ent_key(d, "country:UGA"), 0);
    rg_doc_free(d);
    d = S_doc("Kenya's president addressed a Ugandan-backed rally in Nairobi on Monday.");
    ck_assert_int_ge(S_ent_key(d, "country:UGA"), 0);
    rg_doc_free(d);
}
END_TEST

/* A speaker label in Title Case before a turn of speech ("Vandle: We
 * are grateful to ...") is a label: "we" is the speaker's country; a
 * label's own sentence is no part of the document's lead. Not a list
 * ("Scorers: ...", extract_results_lists) nor a headline. */
START_TEST(extract_titlecase_speaker_label)
{
    rg_doc *d = S_doc("Press briefing by the Kremlin spokesman Tomas Vandle\n\nReuters: Kenya's government and the "
                      "main opposition Unity Front resumed talks on Thursday under Ugandan mediation. What is your "
                      "response?\n\nVandle: We are grateful to our Turkish partners for their mediation efforts, "
                      "which we value highly.\n");
    int front = S_ent_label(d, RG_GROUP, "Unity Front");
    ck_assert_msg(front >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_SUPPORT, S_must(d, "country:RUS"), S_must(d, "country:TUR")), "no support");
    ck_assert_msg(S_has_inter(d, RG_CONSULT, S_must(d, "country:KEN"), front), "no lead pair");
    rg_doc_free(d);
    d = S_doc("Kenya: Uganda and Tanzania agree on border\n\nThe two countries agreed on Friday.\n");
    ck_assert_msg(S_has_inter(d, RG_AGREE, S_must(d, "country:UGA"), S_must(d, "country:TZA")), "no agree");
    ck_assert_uint_eq(d->n_sentences, 2); /* (a label would be a sentence of its own) */
    rg_doc_free(d);
}
END_TEST

/* The makers of one attack act together; the makers of one judgement
 * are two voices, no dealing between them. */
START_TEST(extract_attack_coagents)
{
    rg_doc *d = S_doc("Canadian and Danish warplanes bombed Libya on Friday.\n");
    int can = S_must(d, "country:CAN"), dnk = S_must(d, "country:DNK"), lby = S_must(d, "country:LBY");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, can, lby) && S_has_inter(d, RG_ASSAULT, dnk, lby), "no attack");
    ck_assert_msg(S_has_inter(d, RG_COOPERATE, can, dnk), "no joint act");
    rg_doc_free(d);
    d = S_doc("Canada and Denmark condemned Libya on Friday.\n");
    ck_assert_int_eq(S_n_pattern_inter(d, S_must(d, "country:CAN"), S_must(d, "country:DNK")), 0);
    rg_doc_free(d);
}
END_TEST

/* A hostile noun after a vow is a threat ("vowed more attacks on B");
 * after "its promised" it is the act itself. "sat down with" is a
 * meeting, "routed" an attack. */
START_TEST(extract_vowed_noun_threat)
{
    static const S_inter_case cases[] = {
        {"Hezbollah vowed more attacks on Israel on Thursday.\n", RG_THREATEN, "group:hezbollah", "country:ISR"},
        {"Chile promised swift retaliation against Peru.\n", RG_THREATEN, "country:CHL", "country:PER"},
        {"Norway announced its promised sanctions against Iran.\n", RG_SANCTION, "country:NOR", "country:IRN"},
        {"Ghana sat down with Togo for the first time.\n", RG_CONSULT, "country:GHA", "country:TGO"},
        {"Iraqi forces routed Iranian units near the border.\n", RG_ASSAULT, "country:IRQ", "country:IRN"},
    };
    S_expect_cases(cases, sizeof cases / sizeof cases[0]);
    S_expect_no_kind(cases[0].text, "group:hezbollah", "country:ISR", RG_ASSAULT, "a vowed attack read as done");
}
END_TEST

/* A surname with its title is an alias of the person, never the label:
 * readers (and coders) know "President Bush" when no first name is given. */
START_TEST(extract_titled_surname_alias)
{
    rg_doc *d = S_doc("President Bush met Soviet President Mikhail Gorbachev in Malta. Bush said it went well.\n");
    int bush = S_ent_label(d, RG_PERSON, "Bush");
    ck_assert_msg(bush >= 0, "entities: %s", S_ents(d));
    const rg_entity *e = &d->entities[bush];
    int titled = 0;
    for (size_t k = 0; k < e->n_aliases; k++) titled |= strcmp(e->aliases[k], "President Bush") == 0;
    ck_assert_msg(titled, "no titled alias");
    /* (a full name keeps its title out: "Mikhail Gorbachev" is no
     * single name) */
    int gorb = S_ent_label(d, RG_PERSON, "Mikhail Gorbachev");
    ck_assert_int_ge(gorb, 0);
    for (size_t k = 0; k < d->entities[gorb].n_aliases; k++)
        ck_assert_ptr_null(strstr(d->entities[gorb].aliases[k], "President"));
    rg_doc_free(d);
}
END_TEST

/* "condemned the attack" after the attack in the same sentence accuses
 * its makers; an attack told after the verb is no referent. */
START_TEST(extract_condemned_act_same_sentence)
{
    rg_doc *d = S_doc("Chad bombed Niger on Monday, and Mali condemned the attack as aggression.\n");
    ck_assert_uint_eq(S_n_stated_inter(d, S_must(d, "country:MLI"), S_must(d, "country:TCD")), 1);
    rg_doc_free(d);
    S_expect_no_pattern_inter("Mali condemned the attack as aggression, and Chad bombed Niger on Monday.\n",
                              "country:MLI", "country:TCD");
}
END_TEST

/* A noun's own "from A to B" names its maker and its receiver, whatever
 * verb governs it; "to" and a verb is a purpose, no receiver. */
START_TEST(extract_noun_from_to)
{
    rg_doc *d = S_doc("Iran accepted the plan on Monday, in a letter from President Ebrahim Raisi to Prime Minister "
                      "Shehbaz Sharif.\n");
    int raisi = S_ent_label(d, RG_PERSON, "Ebrahim Raisi"), sharif = S_ent_label(d, RG_PERSON, "Shehbaz Sharif");
    ck_assert_msg(raisi >= 0 && sharif >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(S_n_stated_inter(d, raisi, sharif), 1);
    rg_doc_free(d);
    d = S_doc("The shipment of aid from the United States to Ukraine was delayed.\n");
    ck_assert_msg(S_has_inter(d, RG_AID, S_must(d, "country:USA"), S_must(d, "country:UKR")), "no aid");
    rg_doc_free(d);
    S_expect_no_pattern_inter("Japan kept its rates despite pressure from the United States to do so, Canada said.\n",
                              "country:USA", "country:CAN");
}
END_TEST

/* "denounced the move" after a measure told in the same sentence judges
 * its maker, as after one told in the sentence before. */
START_TEST(extract_judged_measure_same_sentence)
{
    rg_doc *d = S_doc("Chile began enforcing a ban on Bolivian flights on Thursday, and La Paz denounced the move as "
                      "a violation of its sovereignty.\n");
    int chl = S_must(d, "country:CHL"), bol = S_must(d, "country:BOL");
    ck_assert_msg(S_has_inter(d, RG_SANCTION, chl, bol), "no ban");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, bol, chl), "no judgement");
    rg_doc_free(d);
}
END_TEST

/* A person's apposition between commas stands inside a list of
 * subjects. */
START_TEST(extract_list_over_apposition)
{
    rg_doc *d = S_doc("Redwan Hussein, the government's chief negotiator, and Getachew Reda shook hands in "
                      "Pretoria.\n");
    int a = S_ent_label(d, RG_PERSON, "Redwan Hussein"), b = S_ent_label(d, RG_PERSON, "Getachew Reda");
    ck_assert_msg(a >= 0 && b >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(S_n_stated_inter(d, a, b), 1);
    rg_doc_free(d);
}
END_TEST

/* A particle verb reads around its object: "pulled its last troops out
 * of B", "handed the town over to B"; not around a party. */
START_TEST(extract_split_particle_verb)
{
    static const S_inter_case cases[] = {
        {"Israel pulled its last troops out of Lebanon before dawn on Wednesday.\n", RG_RETREAT, "country:ISR",
         "country:LBN"},
        {"Al-Shabaab handed the town over to Kenya on Monday.\n", RG_CONCEDE, "group:al-shabaab", "country:KEN"},
    };
    S_expect_cases(cases, sizeof cases / sizeof cases[0]);
    rg_doc *d = S_doc("Israel pulled its last troops out of Lebanon before dawn on Wednesday.\n");
    ck_assert_uint_eq(S_n_stated_inter(d, S_must(d, "country:ISR"), S_must(d, "country:LBN")), 1);
    rg_doc_free(d);
}
END_TEST

/* A body's resolution is a document: "Security Council Resolution 1559"
 * names the Council, no group "Security Council Resolution". */
START_TEST(extract_resolution_not_name)
{
    rg_doc *d = S_doc("The pullout was demanded by Security Council Resolution 1559.\n");
    ck_assert_msg(S_ent_label(d, RG_GROUP, "UN Security Council") >= 0, "entities: %s", S_ents(d));
    ck_assert_int_lt(S_ent_label(d, RG_GROUP, "Security Council Resolution"), 0);
    rg_doc_free(d);
}
END_TEST

/* An organisation word opening a name with a particle makes it a group:
 * "Jaish al-Fursan", "Banco do Brasil" (not a person "name with a
 * particle"). */
START_TEST(extract_orgword_particle_name)
{
    rg_doc *d = S_doc("Jaish al-Fursan claimed the attack, and Banco do Brasil closed its branch.\n");
    ck_assert_msg(S_ent_label(d, RG_GROUP, "Jaish al-Fursan") >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_ent_label(d, RG_GROUP, "Banco do Brasil") >= 0, "entities: %s", S_ents(d));
    S_no_person(d, "org word + particle name");
    rg_doc_free(d);
}
END_TEST

/* Adjectives of faiths are no words of a new name ("Shi'ite Moslem
 * militiamen", "the rebel Christian commander"), save in an
 * organisation's name ("Catholic Relief Services") or as a given name
 * ("Christian Lindner said", "Christian of the league"). */
START_TEST(extract_faith_adjectives)
{
    rg_doc *d = S_doc("Shi'ite Moslem militiamen and the rebel Christian commander fled to Syria.\n");
    ck_assert_uint_eq(d->n_entities, 1);
    rg_doc_free(d);
    d = S_doc("Catholic Relief Services said Christian Lindner met Kenya's envoy.\n");
    ck_assert_msg(S_ent_label(d, RG_GROUP, "Catholic Relief Services") >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_ent_label(d, RG_PERSON, "Christian Lindner") >= 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* A word said in a participle after a reported clause is the
 * reporter's; a deed there is the reported clause's subject's. */
START_TEST(extract_participle_after_report)
{
    rg_doc *d = S_doc("Chile announced that Peru and Bolivia had agreed to a truce, thanking Ecuador for its help.\n");
    ck_assert_msg(S_has_inter(d, RG_SUPPORT, S_must(d, "country:CHL"), S_must(d, "country:ECU")), "no thanks");
    ck_assert_uint_eq(S_n_stated_inter(d, S_must(d, "country:BOL"), S_must(d, "country:ECU")), 0);
    rg_doc_free(d);
    d = S_doc("Chile said Peru attacked Bolivia, killing two soldiers and wounding Ecuador's envoy.\n");
    ck_assert_uint_eq(S_n_stated_inter(d, S_must(d, "country:CHL"), S_must(d, "country:BOL")), 0);
    rg_doc_free(d);
}
END_TEST

/* Urdu names written with "-i-" or "-e-", "Tehrik" or "Tehreek", are
 * one organisation (the lexicon generates the spellings). */
START_TEST(extract_izafat_spellings)
{
    rg_doc *d = S_doc("Tehreek-i-Taliban Pakistan claimed the attack, and Lashkar-i-Taiba denied it.\n");
    S_must(d, "group:ttp");
    S_must(d, "group:let");
    ck_assert_uint_eq(d->n_entities, 2); /* (no Taliban, no Pakistan inside the name) */
    rg_doc_free(d);
}
END_TEST

/* A participle between an article and a name says what the name is
 * ("the banned TTP"), no act: the sentence has no sanction. */
START_TEST(extract_participle_before_name)
{
    rg_doc *d = S_doc("Nigerian soldiers killed six fighters belonging to the banned Islamic State West Africa "
                      "Province (ISWAP) near Lake Chad, the army said.\n");
    int nga = S_must(d, "country:NGA"), iswap = S_must(d, "group:iswap");
    ck_assert_uint_eq(S_n_pattern_inter(d, nga, iswap), 1); /* (the killing, read; a "banned" act would hide it) */
    for (size_t i = 0; i < d->n_interactions; i++) ck_assert_int_ne(d->interactions[i].kind, RG_SANCTION);
    rg_doc_free(d);
}
END_TEST

/* A title's portfolio ("Minister for Strategic Affairs", "Minister of
 * State for Foreign Affairs") stands between the verb and its object's
 * name: the titled person is still the object, read by the pattern. */
START_TEST(extract_portfolio_title_object)
{
    rg_doc *d = S_doc("Syrian Foreign Minister Asaad al-Shaibani met Israeli Minister for Strategic Affairs "
                      "Ron Dermer in Paris.\n");
    int a = S_must(d, "person:asad-sabana"), b = S_must(d, "person:ran-darmar");
    ck_assert_uint_eq(S_n_stated_inter(d, a, b), 1);
    rg_doc_free(d);
    d = S_doc("Rex Tillerson spoke with Saudi Minister of State for Foreign Affairs Adel al-Jubeir on Sunday.\n");
    a = S_must(d, "person:rax-talarsan");
    b = S_must(d, "person:adal-jabar");
    ck_assert_uint_eq(S_n_stated_inter(d, a, b), 1);
    rg_doc_free(d);
}
END_TEST

/* An obligation ("must", "should") has not happened: no act between the
 * two; said of B by a speaker it is still the speaker's demand. */
START_TEST(extract_obligation_is_not_done)
{
    S_expect_no_inter("Kenyan and Ugandan officials must agree on landing rights before flights can begin.",
                      "country:KEN", "country:UGA");
    S_expect_no_inter("The sale must be approved by Kenya's central bank and Uganda's treasury.", "country:KEN",
                      "country:UGA");
    S_expect_no_inter("Kenya should hold talks with Uganda, the paper wrote.", "country:KEN", "country:UGA");
    S_expect_inter("Peter Brenquist said Uganda must withdraw its troops from the border.", "Peter Brenquist",
                   "country:UGA", RG_DEMAND);
}
END_TEST

/* A list of objects reads on over a word for what the next person is
 * ("former soldier Paul Whelan") and over an organisation that says
 * whose the person is, after "and" ("and Chamber of Deputies chairman
 * X"). */
START_TEST(extract_list_over_person_noun)
{
    rg_doc *d = S_doc("Russia freed journalist Evan Gershkovich, former soldier Paul Whelan and 14 other prisoners on "
                      "Thursday.\n");
    int rus = S_must(d, "country:RUS");
    ck_assert_int_eq(S_n_inter(d, rus, S_ent_label(d, RG_PERSON, "Evan Gershkovich")), 1);
    ck_assert_int_eq(S_n_inter(d, rus, S_ent_label(d, RG_PERSON, "Paul Whelan")), 1);
    rg_doc_free(d);
    d = S_doc("Joe Biden praised Peter Brenquist and Chamber of Deputies chairman Ulysses Guimaraes.\n");
    int biden = S_ent_label(d, RG_PERSON, "Joe Biden"), gui = S_ent_label(d, RG_PERSON, "Ulysses Guimaraes");
    ck_assert_msg(biden >= 0 && gui >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(S_n_stated_inter(d, biden, gui), 1);
    rg_doc_free(d);
}
END_TEST

/* A given name and a surname before "and" end the name: a person, then
 * what follows (not one organisation "Olaf Scholz and Chamber of
 * Deputies"); a firm's name with "and" stays whole. */
START_TEST(extract_person_and_org_split)
{
    rg_doc *d = S_doc("Joe Biden praised Olaf Scholz and Chamber of Deputies chairman Ulysses Guimaraes.\n");
    ck_assert_msg(S_ent_label(d, RG_PERSON, "Olaf Scholz") >= 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
    d = S_doc("The shares were placed by Alex Brown and Sons Inc and Samuel Montagu and Co Ltd on Monday.\n");
    ck_assert_msg(S_ent_label(d, RG_GROUP, "Alex Brown and Sons Inc") >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_ent_label(d, RG_GROUP, "Samuel Montagu and Co Ltd") >= 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* "both" before a pair of capitals leaves them the verb's objects:
 * their governments. */
START_TEST(extract_both_capitals_objects)
{
    rg_doc *d = S_doc("Kenya's foreign minister urged both Khartoum and Juba to return to talks.\n");
    int ken = S_must(d, "country:KEN");
    ck_assert_uint_eq(S_n_stated_inter(d, ken, S_must(d, "country:SDN")), 1);
    ck_assert_uint_eq(S_n_stated_inter(d, ken, S_must(d, "country:SSD")), 1);
    rg_doc_free(d);
}
END_TEST

/* Informing or notifying B is a message to B: consult. */
START_TEST(extract_inform_is_consult)
{
    S_expect_inter("Kenya's foreign minister informed Uganda in a letter that Kenya had complied.", "country:KEN",
                   "country:UGA", RG_CONSULT);
    S_expect_inter("Peter Brenquist notified the United Nations of the withdrawal.", "Peter Brenquist",
                   "group:un", RG_CONSULT);
}
END_TEST

/* "X welcomed the move but said B must act": the speaker of the second
 * verb is the first verb's subject, and demands it of B. */
START_TEST(extract_said_must_after_but)
{
    S_expect_inter("Peter Brenquist welcomed the withdrawal but said Uganda must also pull out its agents.",
                   "Peter Brenquist", "country:UGA", RG_DEMAND);
    /* and in a second reported clause: "said X would ... but that B must" */
    S_expect_inter("Rain fell in Nairobi. Markets were calm. Schools reopened. Traffic was light. Peter Brenquist "
                   "said Kenya would consider a request but that Uganda must present evidence.",
                   "Peter Brenquist", "country:UGA", RG_DEMAND);
}
END_TEST

/* "an attack condemned by A and B": the agents of the condemning accuse
 * the makers of the act told before the noun; in the next sentence, "The
 * verdict was condemned by A" the makers of the last measure. */
START_TEST(extract_condemned_by_passive)
{
    rg_doc *d = S_doc("Kenyan troops shelled Ugandan border posts on Sunday, an attack swiftly condemned by the "
                      "African Union and Chad.\n");
    int ken = S_must(d, "country:KEN"), au = S_must(d, "group:african-union"), tcd = S_must(d, "country:TCD");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, au, ken), "no accuse AU -> Kenya");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, tcd, ken), "no accuse Chad -> Kenya");
    ck_assert_uint_eq(S_n_inter(d, au, tcd), 0);
    rg_doc_free(d);
    d = S_doc("A Kenyan court sentenced Peter Brenquist to 20 years on Monday. The verdict was condemned by "
              "Uganda.\n");
    int uga = S_must(d, "country:UGA");
    int court = -1;
    for (size_t i = 0; i < d->n_entities && court < 0; i++)
        if (d->entities[i].type == RG_GROUP) court = (int)i;
    ck_assert_msg(court >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, uga, court), "no accuse Uganda -> the court");
    rg_doc_free(d);
}
END_TEST

/* "A and B signed a deal. The deal, brokered by M, ...": the mediator
 * consults each party of the agreement told the sentence before. */
START_TEST(extract_deal_mediator_next_sentence)
{
    rg_doc *d = S_doc("Kenya and Uganda signed a border agreement on Monday. The agreement, brokered by the African "
                      "Union, sets up a joint commission.\n");
    int ken = S_must(d, "country:KEN"), uga = S_must(d, "country:UGA"), au = S_must(d, "group:african-union");
    ck_assert_msg(S_has_inter(d, RG_CONSULT, au, ken) || S_has_inter(d, RG_CONSULT, ken, au), "no AU - Kenya");
    ck_assert_msg(S_has_inter(d, RG_CONSULT, au, uga) || S_has_inter(d, RG_CONSULT, uga, au), "no AU - Uganda");
    rg_doc_free(d);
}
END_TEST

/* "joint operations against B": the joint act is cooperation between
 * its makers, and its last word still reads the attack on B. */
START_TEST(extract_joint_operations_against)
{
    rg_doc *d = S_doc("Kenyan and Ugandan troops launched joint operations against al-Shabaab fighters on Tuesday.\n");
    int ken = S_must(d, "country:KEN"), uga = S_must(d, "country:UGA");
    int shb = S_ent_label(d, RG_GROUP, "al-Shabaab");
    ck_assert_msg(shb >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_COOPERATE, ken, uga) || S_has_inter(d, RG_COOPERATE, uga, ken), "no cooperate");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, ken, shb), "no assault Kenya -> al-Shabaab");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, uga, shb), "no assault Uganda -> al-Shabaab");
    rg_doc_free(d);
}
END_TEST

/* Capitals after "between" and a symmetric verb are their governments:
 * "an agreement signed between Nairobi and Kampala". */
START_TEST(extract_signed_between_capitals)
{
    rg_doc *d = S_doc("Troops crossed the border under an agreement signed between Nairobi and Kampala last month.\n");
    int ken = S_must(d, "country:KEN"), uga = S_must(d, "country:UGA");
    ck_assert_msg(S_has_inter(d, RG_AGREE, ken, uga) || S_has_inter(d, RG_AGREE, uga, ken), "no agree");
    rg_doc_free(d);
}
END_TEST

/* "Burkina" is news's short form of Burkina Faso. */
START_TEST(extract_burkina_short_form)
{
    S_expect_inter("Burkina and Mali accused ECOWAS of serving foreign interests.", "country:BFA", "group:ecowas",
                   RG_ACCUSE);
}
END_TEST

/* A list has one "and": ", and" after a closed list joins a clause, not
 * a list ("with A, B and C, and D asked E": D alone asks E; C is the
 * last the call was with), while a list after ", and" still reads whole. */
START_TEST(extract_list_has_one_and)
{
    rg_doc *d = S_doc("Peter Brenquist held phone calls with Chad, Niger and Mali, and Uganda formally asked the "
                      "African Union for help.\n");
    int au = S_must(d, "group:african-union"), uga = S_must(d, "country:UGA");
    ck_assert_msg(S_has_inter(d, RG_DEMAND, uga, au), "no demand Uganda -> AU");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:TCD"), au), 0);
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:MLI"), au), 0);
    ck_assert_uint_eq(S_n_inter(d, S_ent_label(d, RG_PERSON, "Peter Brenquist"), uga), 0);
    rg_doc_free(d);
    d = S_doc("Rousseff called the vote a coup, and Chad, Niger and Mali recalled their ambassadors from Kenya.\n");
    int ken = S_must(d, "country:KEN");
    ck_assert_uint_eq(S_n_stated_inter(d, S_must(d, "country:TCD"), ken), 1);
    ck_assert_uint_eq(S_n_stated_inter(d, S_must(d, "country:NER"), ken), 1);
    ck_assert_uint_eq(S_n_stated_inter(d, S_must(d, "country:MLI"), ken), 1);
    rg_doc_free(d);
}
END_TEST

/* "A's role, X, and the role of B, Y, signed": two people each set off
 * by commas after a role are one list of subjects. */
START_TEST(extract_role_apposition_list)
{
    rg_doc *d = S_doc("Kenya's president, Peter Brenquist, and the leader of the Unity Front rebels, Tomas Vandle, "
                      "have signed a peace agreement.\n");
    int a = S_ent_label(d, RG_PERSON, "Peter Brenquist"), b = S_ent_label(d, RG_PERSON, "Tomas Vandle");
    ck_assert_msg(a >= 0 && b >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_n_stated_inter(d, a, b) == 1, "no stated agreement Brenquist - Vandle");
    rg_doc_free(d);
}
END_TEST

/* "the two leaders", "the two men" where exactly two people are named
 * and their roles do not say which: those two. */
START_TEST(extract_the_two_men)
{
    rg_doc *d = S_doc("Peter Brenquist and Tomas Vandle met in Nairobi on Wednesday. The two men signed a ceasefire "
                      "agreement.\n");
    int a = S_ent_label(d, RG_PERSON, "Peter Brenquist"), b = S_ent_label(d, RG_PERSON, "Tomas Vandle");
    ck_assert_msg(a >= 0 && b >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_AGREE, a, b) || S_has_inter(d, RG_AGREE, b, a), "no agreement of the two men");
    rg_doc_free(d);
}
END_TEST

/* A rank with a class is one title: "Sgt. First Class Gilad Shalit" is
 * Gilad Shalit. */
START_TEST(extract_rank_with_class)
{
    rg_doc *d = S_doc("Sgt. First Class Gilad Shalit was freed on Tuesday.\n");
    ck_assert_msg(S_ent_label(d, RG_PERSON, "Gilad Shalit") >= 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* "held B responsible", "holds B accountable": an accusation of B. */
START_TEST(extract_held_responsible)
{
    S_expect_inter("Peter Brenquist said he held the Ugandan government responsible for the raid.", "Peter Brenquist",
                   "country:UGA", RG_ACCUSE);
    S_expect_inter("Kenya holds Uganda accountable for the killings.", "country:KEN", "country:UGA", RG_ACCUSE);
}
END_TEST

/* Going right, a list reads over two words before a name when the
 * second is a noun for a group: "and the regional bloc IGAD". */
START_TEST(extract_list_over_group_noun)
{
    rg_doc *d = S_doc("Peter Brenquist met Kenya and the regional bloc IGAD on Thursday.\n");
    int p = S_ent_label(d, RG_PERSON, "Peter Brenquist"), igad = S_must(d, "group:igad");
    ck_assert_msg(p >= 0, "entities: %s", S_ents(d));
    ck_assert_uint_eq(S_n_stated_inter(d, p, igad), 1);
    rg_doc_free(d);
}
END_TEST

/* A capital before "and" and an international organisation acts with
 * it: "Nairobi and the European Union agreed". */
START_TEST(extract_capital_and_organisation)
{
    S_expect_inter("Officials said Nairobi and the European Union agreed on a new trade pact.", "country:KEN",
                   "group:eu", RG_AGREE);
}
END_TEST

/* A military surrender is a retreat; a torpedoing an attack. */
START_TEST(extract_surrender_and_torpedo)
{
    S_expect_inter("Kenyan forces surrendered to Ugandan troops on Monday.", "country:KEN", "country:UGA", RG_RETREAT);
    S_expect_inter("A Kenyan submarine torpedoed a Ugandan frigate on Monday.", "country:KEN", "country:UGA",
                   RG_ASSAULT);
}
END_TEST

/* Former states with no single successor are countries of their own
 * (East Germany, Czechoslovakia, South Yemen, South Vietnam); a renamed
 * or continued one is its successor ("West German", "Bonn"). */
START_TEST(extract_former_states)
{
    rg_doc *d = S_doc("East Germany and Czechoslovakia signed a trade pact on Monday.\n");
    int ddr = S_must(d, "country:DDR"), csk = S_must(d, "country:CSK");
    ck_assert_msg(S_has_inter(d, RG_AGREE, ddr, csk), "no agree East Germany - Czechoslovakia");
    ck_assert_int_lt(S_ent_key(d, "country:DEU"), 0);
    rg_doc_free(d);
    S_expect_inter("Bonn backed the Czechoslovak proposal, West German officials said.",
                   "country:DEU", "country:CSK", RG_SUPPORT);
    d = S_doc("South Vietnamese troops attacked North Vietnamese positions. South Yemen accused Saudi Arabia.\n");
    S_must(d, "country:RVN");
    S_must(d, "country:VNM");
    S_must(d, "country:YMD");
    rg_doc_free(d);
}
END_TEST

/* A spaced dash opens a clause (after a dateline a capital is the
 * subject); a joined one makes a compound ("pro-Moscow"). */
START_TEST(extract_capital_after_dateline_dash)
{
    S_expect_inter("NAIROBI (Reuters) - Moscow backed Uganda on Monday.", "country:RUS", "country:UGA", RG_SUPPORT);
    rg_doc *d = S_doc("The pro-Moscow party backed Uganda on Monday.\n");
    ck_assert_int_lt(S_ent_key(d, "country:RUS"), 0);
    rg_doc_free(d);
}
END_TEST

/* A person's possessive ends an organisation's name ("Peter
 * Brenquist's Unity Front", "Vandle's Unity Front" after Tomas Vandle
 * was named), a firm's stays in it ("McDonald's Corp"); and the
 * possessor is no party beside his organisation. */
START_TEST(extract_person_possessive_before_org)
{
    rg_doc *d = S_doc("Peter Brenquist's Unity Front signed a deal with Uganda on Monday.\n");
    int p = S_ent_label(d, RG_PERSON, "Peter Brenquist"), g = S_ent_label(d, RG_GROUP, "Unity Front");
    int ug = S_must(d, "country:UGA");
    ck_assert_msg(p >= 0 && g >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_n_inter(d, g, ug) > 0, "no pair Unity Front - Uganda");
    ck_assert_uint_eq(S_n_inter(d, p, g), 0);
    ck_assert_uint_eq(S_n_inter(d, p, ug), 0);
    rg_doc_free(d);
    d = S_doc("Gen. Tomas Vandle spoke on Monday. The council blamed Vandle's Unity Front for the attack.\n");
    ck_assert_msg(S_ent_label(d, RG_GROUP, "Unity Front") >= 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
    d = S_doc("McDonald's Corp sued Uganda on Monday.\n");
    ck_assert_msg(S_ent_label(d, RG_GROUP, "McDonald's Corp") >= 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* A symmetric act's agents after "by" and a time ("was signed on
 * Saturday by A and B"); going right, a list reads over a person's
 * apposition between commas ("met X, the deputy head of the council
 * (TC), and Y"). Past the lead, so only patterns speak. */
START_TEST(extract_signed_by_over_time_and_apposition)
{
    const char *lead = "Rain fell in Nairobi. Markets were calm. Schools reopened. Traffic was light. ";
    char buf[512];
    snprintf(buf, sizeof buf, "%sThe accord was signed on Saturday by Kenya and Uganda.\n", lead);
    S_expect_inter(buf, "country:KEN", "country:UGA", RG_AGREE);
    snprintf(buf, sizeof buf,
             "%sChad met Peter Brenquist, the deputy head of the Transitional Council (TC), and Tomas Vandle, the "
             "alliance leader, on Monday.\n",
             lead);
    rg_doc *d = S_doc(buf);
    int v = S_ent_label(d, RG_PERSON, "Tomas Vandle");
    ck_assert_msg(v >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_CONSULT, S_must(d, "country:TCD"), v), "no consult Chad - Vandle");
    rg_doc_free(d);
    /* whom each signer signed for qualifies him: "by X for A and Y for B" */
    snprintf(buf, sizeof buf,
             "%sThe accord, reached after talks led by Dan Orlo, was signed by Peter Brenquist for the Kenyan "
             "government and Tomas Vandle for Uganda.\n",
             lead);
    d = S_doc(buf);
    int b = S_ent_label(d, RG_PERSON, "Peter Brenquist");
    v = S_ent_label(d, RG_PERSON, "Tomas Vandle");
    ck_assert_msg(b >= 0 && v >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_AGREE, b, v), "no agree Brenquist - Vandle");
    rg_doc_free(d);
}
END_TEST

/* "rejected the demand" after "A called for an inquiry": the judge
 * rejects the demand's makers, told in the sentence before; an
 * infinitive after its subject is no judgement made. */
START_TEST(extract_rejected_the_demand)
{
    rg_doc *d = S_doc("Kenya and Chad called for an independent inquiry into the killings. President Tomas Vandle "
                      "rejected the demand on Monday.\n");
    int v = S_ent_label(d, RG_PERSON, "Tomas Vandle");
    ck_assert_msg(v >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_REJECT, v, S_must(d, "country:KEN")), "no reject Vandle -> Kenya");
    ck_assert_msg(S_has_inter(d, RG_REJECT, v, S_must(d, "country:TCD")), "no reject Vandle -> Chad");
    rg_doc_free(d);
    d = S_doc("Kenya demanded an inquiry. Chad urged Uganda to reject the demand.\n");
    ck_assert_uint_eq(S_n_inter(d, S_must(d, "country:UGA"), S_must(d, "country:KEN")), 0);
    rg_doc_free(d);
}
END_TEST

/* A dotted acronym after a hyphen keeps its dots and is a party of
 * the compound ("Kenya-U.S. talks"); "non-U.S." names no one. */
START_TEST(extract_dotted_acronym_after_hyphen)
{
    S_expect_inter("Kenya-U.S. talks opened in Nairobi on Monday.", "country:KEN", "country:USA", RG_CONSULT);
    S_expect_inter("The Ugandan-U.K. accord was signed on Monday.", "country:UGA", "country:GBR", RG_AGREE);
    rg_doc *d = S_doc("Non-U.S. banks and non-Kenyan lenders rallied on Monday.\n");
    ck_assert_int_lt(S_ent_key(d, "country:USA"), 0);
    ck_assert_int_lt(S_ent_key(d, "country:KEN"), 0);
    rg_doc_free(d);
}
END_TEST

/* The last words of a longer full name in the document are that person
 * ("Suu Kyi" after "Aung San Suu Kyi"), unless two such names end alike. */
START_TEST(extract_name_tail_of_longer_name)
{
    rg_doc *d = S_doc("Aung San Suu Kyi met Kenyan President Daniel Arap Moi in Nairobi. Suu Kyi thanked Moi.\n");
    S_label_is(d, RG_PERSON, "Aung San Suu Kyi", 1);
    S_label_is(d, RG_PERSON, "Suu Kyi", 0);
    rg_doc_free(d);
    /* two longer names end alike: the short one stays itself */
    d = S_doc("Maria Luisa Ortega spoke. Ana Lucia Ortega left. Luisa Ortega smiled.\n");
    S_label_is(d, RG_PERSON, "Luisa Ortega", 1);
    rg_doc_free(d);
}
END_TEST

/* A verb that halts what cooperates makes it a sanction ("halted gas
 * supplies to", "cut aid to", "ended its cooperation with"), a seat of
 * government before one acts; "cut a deal" makes one, a meeting ended was
 * held, a halt urged has not happened. */
START_TEST(extract_halted_cooperation_is_sanction)
{
    static const S_inter_case cases[] = {
        {"Kenya halted gas supplies to Uganda on Wednesday.", RG_SANCTION, "country:KEN", "country:UGA"},
        {"Nairobi cut aid to Kampala over the border dispute.", RG_SANCTION, "country:KEN", "country:UGA"},
        {"Kenya ended its cooperation with Uganda.", RG_SANCTION, "country:KEN", "country:UGA"},
        {"Kenya has stopped weapons deliveries to Uganda.", RG_SANCTION, "country:KEN", "country:UGA"},
        {"Kenya cut a deal with Uganda on Monday.", RG_AGREE, "country:KEN", "country:UGA"},
        {"Kenya and Uganda ended their summit in Arusha on Friday.", RG_CONSULT, "country:KEN", "country:UGA"},
    };
    S_expect_cases(cases, sizeof cases / sizeof cases[0]);
    rg_doc *d = S_doc("Kenya called on Tanzania to withdraw its troops from eastern Congo and end its support for the "
                      "M23 rebels.\n");
    int m23 = S_ent_label(d, RG_GROUP, "M23");
    ck_assert_msg(m23 >= 0, "no M23: %s", S_ents(d));
    for (size_t i = 0; i < d->n_interactions; i++)
        ck_assert_msg(d->interactions[i].kind != RG_SANCTION, "a sanction: %s",
                      d->entities[d->interactions[i].source].label);
    rg_doc_free(d);
}
END_TEST

/* An act's place named before its "by" is stepped over to its agent
 * ("condemned the storming of the Al-Aqsa Mosque compound by B"); an
 * actor after "without", "about" or "by" before "and" and a verb is no
 * subject of that verb. */
START_TEST(extract_act_place_and_preposition_object)
{
    static const char *const stated[] = {
        "Kenya strongly condemns the storming of the Al-Aqsa Mosque compound by Ugandan security forces.",
        "Kenya condemned the attack on the mosque by Ugandan troops.",
        "Kenya said trade should go on without Tanzania and wrote to Uganda.",
    };
    for (size_t i = 0; i < sizeof stated / sizeof stated[0]; i++) {
        rg_doc *d = S_doc(stated[i]);
        int a = S_must(d, "country:KEN"), b = S_must(d, "country:UGA");
        ck_assert_msg(S_n_stated_inter(d, a, b) == 1, "%s: no stated interaction KEN - UGA", stated[i]);
        rg_doc_free(d);
    }
    S_expect_no_pattern_inter("Kenya said trade should go on without Tanzania and wrote to Uganda.", "country:TZA",
                              "country:UGA");
}
END_TEST

/* "A accused B of ... B denied the accusation": a claim judged with no
 * party of its own rejects the accusers told last; not when the judging is
 * denied ("did not admit or deny the charge"). */
START_TEST(extract_claim_rejected_rejects_accuser)
{
    rg_doc *d = S_doc("Kenya accused Uganda of arming rebels near the border. "
                      "Uganda denied the accusation on Friday.\n");
    int ken = S_must(d, "country:KEN"), uga = S_must(d, "country:UGA");
    ck_assert_msg(S_has_inter(d, RG_REJECT, uga, ken), "no rejection UGA -> KEN");
    rg_doc_free(d);
    d = S_doc("Kenya accused Uganda of arming rebels near the border. Uganda did not admit or deny the charge.\n");
    ken = S_must(d, "country:KEN");
    uga = S_must(d, "country:UGA");
    ck_assert(!S_has_inter(d, RG_REJECT, uga, ken));
    rg_doc_free(d);
}
END_TEST

/* A short quotation between a light verb and its noun is the noun's
 * ("held \"2+2\" talks with B"); a welcome of a party's thing backs it
 * ("welcomed Uganda's decision"), a welcome of a party's people receives
 * them. */
START_TEST(extract_quoted_kind_and_welcomed_thing)
{
    rg_doc *d = S_doc("Kenyan President Odalo Brenquist also held \"2+2\" talks with "
                      "Ugandan President Rax Talarsan.\n");
    int a = S_party(d, "Odalo Brenquist"), b = S_party(d, "Rax Talarsan");
    ck_assert_msg(a >= 0 && b >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_n_stated_inter(d, a, b) == 1, "no stated talks");
    rg_doc_free(d);
    S_expect_inter("Kenya welcomed Uganda's decision to withdraw.", "country:KEN", "country:UGA", RG_SUPPORT);
    S_expect_inter("Kenya welcomed the Ugandan offer.", "country:KEN", "country:UGA", RG_SUPPORT);
    S_expect_inter("Kenya welcomed Uganda's foreign minister.", "country:KEN", "country:UGA", RG_CONSULT);
}
END_TEST

/* "A and Taliban political chief B signed": one lower-case word may say
 * which of an organisation's titles its member holds (the organisation
 * then only says whose the person is); a launch is an attack only with
 * weapons sent ("launched about 180 ballistic missiles at B", not
 * "launched his party"). */
START_TEST(extract_member_qualifier_and_launched_weapons)
{
    rg_doc *d = S_doc("Kenyan envoy Odalo Brenquist and Taliban political chief Rax Talarsan signed the deal.\n");
    int a = S_party(d, "Odalo Brenquist"), b = S_party(d, "Rax Talarsan");
    ck_assert_msg(a >= 0 && b >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_n_stated_inter(d, a, b) == 1, "no stated agreement between the signers");
    rg_doc_free(d);
    d = S_doc("Kenya launched about 180 ballistic missiles at Uganda on Tuesday evening.\n");
    a = S_must(d, "country:KEN");
    b = S_must(d, "country:UGA");
    ck_assert(S_has_inter(d, RG_ASSAULT, a, b));
    rg_doc_free(d);
    S_expect_no_inter("Kenyan leader Odalo Brenquist launched his new party at a rally in Uganda.", "Odalo Brenquist",
                      "country:UGA");
}
END_TEST

/* A verb that names an act told before ("called the strikes \"an act of
 * war\"", "described the attack as a war crime") accuses its makers, as a
 * condemnation does, never the namer's own side. */
START_TEST(extract_named_act_accuses_makers)
{
    rg_doc *d = S_doc("Kenyan troops attacked Somali villages on Monday. "
                      "Somalia described the attack as a war crime.\n");
    int ken = S_must(d, "country:KEN"), som = S_must(d, "country:SOM");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, som, ken), "no accusation SOM -> KEN");
    rg_doc_free(d);
    d = S_doc("Kenyan troops attacked Somali villages. Kenyan President Odalo Brenquist called the attack "
              "\"a necessary step\".\n");
    int p = S_party(d, "Odalo Brenquist");
    ken = S_must(d, "country:KEN");
    ck_assert_msg(p >= 0, "entities: %s", S_ents(d));
    ck_assert(!S_has_inter(d, RG_ACCUSE, p, ken));
    rg_doc_free(d);
}
END_TEST

/* A social platform is media: what is posted on it is reporting, and the
 * lead tier pairs no one with it. */
START_TEST(extract_platform_is_media)
{
    rg_doc *d = S_doc("Kenyan President Odalo Brenquist hit back on Twitter: \"We will not be silenced.\"\n");
    int tw = S_ent_label(d, RG_GROUP, "Twitter");
    ck_assert_msg(tw >= 0, "no Twitter: %s", S_ents(d));
    for (size_t i = 0; i < d->n_interactions; i++)
        ck_assert_msg(d->interactions[i].source != tw && d->interactions[i].target != tw,
                      "an interaction with Twitter");
    rg_doc_free(d);
}
END_TEST

/* "the North" and "the South" in a story that names a half of a divided
 * country by its "North"/"South" name (or its capital) are those halves;
 * not in a story that names none, nor in a longer name. */
START_TEST(extract_the_north_and_the_south)
{
    rg_doc *d = S_doc("Seoul accused the North of violating the agreement.\n");
    int kor = S_must(d, "country:KOR"), prk = S_must(d, "country:PRK");
    ck_assert_msg(S_has_inter(d, RG_ACCUSE, kor, prk), "no accusation KOR -> PRK");
    rg_doc_free(d);
    d = S_doc("Sudan's army attacked the South's forces in Heglig on Friday. South Sudan denied it.\n");
    int sdn = S_must(d, "country:SDN"), ssd = S_must(d, "country:SSD");
    ck_assert_msg(S_has_inter(d, RG_ASSAULT, sdn, ssd), "no assault SDN -> SSD");
    rg_doc_free(d);
    /* (a story of no divided country; a longer name) */
    d = S_doc("Kenya accused the North of violating the agreement.\n");
    ck_assert_msg(d->n_entities == 1, "entities: %s", S_ents(d));
    rg_doc_free(d);
    d = S_doc("Seoul sent ships to the South China Sea and warned the North Atlantic alliance.\n");
    ck_assert_msg(S_ent_key(d, "country:PRK") < 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* A leader's short name opening a sentence before "and", one more name
 * and a verb is a person ("Putin and Xi signed"). */
START_TEST(extract_leader_pair_opens_sentence)
{
    rg_doc *d = S_doc("Putin and Xi signed more than a dozen agreements in Moscow on Tuesday.\n");
    int a = S_ent_label(d, RG_PERSON, "Putin"), b = S_ent_label(d, RG_PERSON, "Xi");
    ck_assert_msg(a >= 0 && b >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_n_stated_inter(d, a, b) == 1, "no stated agreement between the signers");
    rg_doc_free(d);
}
END_TEST

/* A leader's short name after a preposition of place is the place
 * ("neutralised 203 fighters in Moura"): no person, no subject. */
START_TEST(extract_leader_word_after_in_is_a_place)
{
    rg_doc *d = S_doc("Kenya's army said it had killed 20 fighters in Moura and has rejected requests by Uganda "
                      "to inspect the town.\n");
    ck_assert_msg(S_ent_label(d, RG_PERSON, "Moura") < 0, "entities: %s", S_ents(d));
    ck_assert(S_has_inter(d, RG_REJECT, S_must(d, "country:KEN"), S_must(d, "country:UGA")));
    rg_doc_free(d);
}
END_TEST

/* An organisation before a kind of organisation and another's name
 * ("the UN mission MINUSMA", "the UN peacekeeping mission, MINUSMA,"),
 * or inside another's apposition ("MINUSMA, the UN peacekeeping
 * mission,"), only says whose the named one is: no party. */
START_TEST(extract_org_qualifies_org)
{
    static const struct {
        const char *text;
        int kind;
    } cases[] = {
        {"Kenya criticised the UN mission MINUSMA on Monday.\n", RG_ACCUSE},
        {"Kenya expelled the head of the UN peacekeeping mission, MINUSMA, on Monday.\n", RG_SANCTION},
        {"Kenya criticised MINUSMA, the UN peacekeeping mission, on Monday.\n", RG_ACCUSE},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rg_doc *d = S_doc(cases[i].text);
        int ken = S_must(d, "country:KEN"), m = S_ent_label(d, RG_GROUP, "MINUSMA");
        int un = S_ent_label(d, RG_GROUP, "United Nations");
        ck_assert_msg(m >= 0, "%s entities: %s", cases[i].text, S_ents(d));
        ck_assert_msg(S_has_inter(d, cases[i].kind, ken, m), "%s: no act Kenya -> MINUSMA", cases[i].text);
        for (size_t k = 0; un >= 0 && k < d->n_interactions; k++)
            ck_assert_msg(d->interactions[k].source != un && d->interactions[k].target != un, "%s: the UN a party",
                          cases[i].text);
        rg_doc_free(d);
    }
    /* (two organisations named side by side both act) */
    rg_doc *d = S_doc("Kenya criticised the UN and ECOWAS on Monday.\n");
    ck_assert(S_has_inter(d, RG_ACCUSE, S_must(d, "country:KEN"), S_ent_label(d, RG_GROUP, "United Nations")));
    rg_doc_free(d);
}
END_TEST

/* A particle that is also a legal form ("Ag", "AG") is the particle in
 * a person's name unless in capitals: "Iyad Ag Ghaly" is a person,
 * "Siemens AG" a firm. */
START_TEST(extract_particle_not_legal_form)
{
    rg_doc *d = S_doc("Kenya said it would open talks with Iyad Ag Ghaly, the rebel leader.\n");
    ck_assert_msg(S_ent_label(d, RG_PERSON, "Iyad Ag Ghaly") >= 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
    d = S_doc("Kenya said it would buy turbines from Brenquist Talarsan AG.\n");
    ck_assert_msg(S_ent_label(d, RG_GROUP, "Brenquist Talarsan AG") >= 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* "the three neighbours", "all three countries": as many countries as
 * the words say, named before, are the subjects (every pair); a count
 * that does not match reads none. */
START_TEST(extract_the_three_countries)
{
    rg_doc *d = S_doc("Kenya, Uganda and Tanzania quit the bloc on Sunday. The three neighbours signed a mutual "
                      "defence pact in September.\n");
    int ken = S_must(d, "country:KEN"), uga = S_must(d, "country:UGA"), tza = S_must(d, "country:TZA");
    ck_assert(S_has_inter(d, RG_AGREE, ken, uga) && S_has_inter(d, RG_AGREE, ken, tza) &&
              S_has_inter(d, RG_AGREE, uga, tza));
    rg_doc_free(d);
    d = S_doc("Kenya and Uganda quit the bloc on Sunday. The three countries signed a mutual defence pact.\n");
    ken = S_must(d, "country:KEN");
    uga = S_must(d, "country:UGA");
    ck_assert(!S_has_inter(d, RG_AGREE, ken, uga));
    rg_doc_free(d);
}
END_TEST

/* "quit ECOWAS" is a retreat from it; "the minister quit" alone pairs no
 * one. */
START_TEST(extract_quit_is_retreat)
{
    rg_doc *d = S_doc("Kenya and Uganda quit ECOWAS on Sunday.\n");
    int eco = S_ent_label(d, RG_GROUP, "ECOWAS");
    ck_assert_msg(eco >= 0, "entities: %s", S_ents(d));
    ck_assert(S_has_inter(d, RG_RETREAT, S_must(d, "country:KEN"), eco));
    ck_assert(S_has_inter(d, RG_RETREAT, S_must(d, "country:UGA"), eco));
    rg_doc_free(d);
    S_expect_no_inter("Kenyan minister Odalo Brenquist quit on Monday, days after Uganda's protest.",
                      "Odalo Brenquist", "country:UGA");
}
END_TEST

/* "it" and "they" after a speech verb and a month or "last week" are
 * the speakers ("said in January that they were withdrawing"). */
START_TEST(extract_they_after_said_in_month)
{
    rg_doc *d = S_doc("Kenya, Uganda and Tanzania said in January that they were withdrawing from ECOWAS, "
                      "accusing the bloc of serving foreign interests.\n");
    int eco = S_ent_label(d, RG_GROUP, "ECOWAS");
    ck_assert_msg(eco >= 0, "entities: %s", S_ents(d));
    ck_assert(S_has_inter(d, RG_RETREAT, S_must(d, "country:KEN"), eco));
    ck_assert(S_has_inter(d, RG_RETREAT, S_must(d, "country:TZA"), eco));
    rg_doc_free(d);
}
END_TEST

/* A firm's one-word name in the lexicon ("Saab") that is the surname of
 * a person named in full before is that person. */
START_TEST(extract_org_word_as_surname)
{
    rg_doc *d = S_doc("Kenyan Attorney General Omar William Saab said on Tuesday the lawyer was arrested. "
                      "Saab accused Uganda of backing the plot.\n");
    int p = S_party(d, "Omar William Saab");
    ck_assert_msg(p >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_ent_label(d, RG_GROUP, "Saab") < 0, "entities: %s", S_ents(d));
    ck_assert(S_has_inter(d, RG_ACCUSE, p, S_must(d, "country:UGA")));
    rg_doc_free(d);
    /* (no person of that name: the firm) */
    d = S_doc("Saab agreed to sell fighter jets to Kenya.\n");
    ck_assert_msg(S_ent_label(d, RG_GROUP, "Saab") >= 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* "told reporters X had ...", "told a news conference": the press is
 * who is told; the name after it is what was said of, no consult. */
START_TEST(extract_told_the_press)
{
    S_expect_no_inter("Kenyan Foreign Minister Odalo Brenquist told reporters Uganda was ready for the vote.",
                      "Odalo Brenquist", "country:UGA");
    S_expect_no_inter("Kenyan Foreign Minister Odalo Brenquist told a news conference Uganda was ready for the vote.",
                      "Odalo Brenquist", "country:UGA");
    rg_doc *d = S_doc("Kenyan Foreign Minister Odalo Brenquist told Ugandan President Rax Talarsan that the border "
                      "would stay open.\n");
    ck_assert(S_has_inter(d, RG_CONSULT, S_party(d, "Odalo Brenquist"), S_party(d, "Rax Talarsan")));
    rg_doc_free(d);
}
END_TEST

/* Each of the n texts names a person labelled label. */
static void S_expect_person_in_each(const char *const *texts, size_t n, const char *label)
{
    for (size_t i = 0; i < n; i++) {
        rg_doc *d = S_doc(texts[i]);
        ck_assert_msg(S_ent_label(d, RG_PERSON, label) >= 0, "%s: no \"%s\": %s", texts[i], label, S_ents(d));
        rg_doc_free(d);
    }
}

/* Titles of every rank and department deputy (titles.tsv): the name
 * after them is a person's, without the title ("EPA Administrator X",
 * "Leading Seaman X", "Assistant Secretary of Defense X"). */
START_TEST(extract_ranks_and_deputies_are_titles)
{
    static const char *const texts[] = {
        "Agency Administrator Odalo Brenquist told lawmakers the plan would fail.\n",
        "Iranian guards seized Leading Seaman Odalo Brenquist near the border.\n",
        "Assistant Secretary of Defense Odalo Brenquist met Kenyan officials on Monday.\n",
        "Squadron Leader Odalo Brenquist flew the last sortie.\n",
    };
    S_expect_person_in_each(texts, sizeof texts / sizeof *texts, "Odalo Brenquist");
}
END_TEST

/* A name between commas after a role with its complement is a person's
 * ("Kenya's minister for the Pacific, X, had flown"); after an
 * organisation's noun it names the organisation ("a spokesman for the
 * trade association, X, told"). */
START_TEST(extract_name_after_role_phrase)
{
    static const char *const texts[] = {
        "Kenya's minister for the Pacific, Odalo Brenquist, had flown to the capital.\n",
        "The head of the UN mission in the country, Odalo Brenquist, had certified the results.\n",
    };
    S_expect_person_in_each(texts, sizeof texts / sizeof *texts, "Odalo Brenquist");
    rg_doc *d =
        S_doc("Prices fell, a spokesman for the Dutch feed trade association, Odalo Brenquist, told Reuters.\n");
    S_label_is(d, RG_PERSON, "Odalo Brenquist", 0);
    rg_doc_free(d);
}
END_TEST

/* A headline's present-tense verb ends the name before it: "X
 * Accuses Uganda ..." names X, not "X Accuses". */
START_TEST(extract_headline_verb_ends_name)
{
    rg_doc *d = S_doc("Omar Brenquist Accuses Uganda of Border Raid\n\n"
                      "NAIROBI - Kenyan President Omar Brenquist accused Uganda on Monday of a raid.\n");
    S_label_is(d, RG_PERSON, "Omar Brenquist Accuses", 0);
    S_label_is(d, RG_PERSON, "Omar Brenquist", 1);
    rg_doc_free(d);
}
END_TEST

/* A verb after "and" shares the subject of the verb before it when
 * that verb's object is an act's noun: "condemned the attacks and called
 * on B to" (here in a later sentence, where no lead pairing helps). */
START_TEST(extract_shared_subject_over_act_noun)
{
    S_expect_inter("Fighting continued on Monday.\nThe camp was shelled again.\nThe toll rose.\n"
                   "Kenyan Foreign Minister Odalo Brenquist condemned the attacks and called on Uganda to "
                   "investigate.\n",
                   "Odalo Brenquist", "country:UGA", RG_DEMAND);
}
END_TEST

/* A gerund phrase that opens the sentence has the subject of the clause
 * after its comma: "After meeting B in Cairo, A said ...". */
START_TEST(extract_opening_gerund_phrase)
{
    S_expect_inter("Fighting continued.\nThe camp was shelled again.\nThe toll rose.\n"
                   "After meeting Omar Brenquist in Cairo, Kenyan President Rax Talarsan said troops would go.\n",
                   "Rax Talarsan", "Omar Brenquist", RG_CONSULT);
}
END_TEST

/* A capitalised name the lexicon does not know is a person's after a
 * verb whose object is a person ("met X", "spoke to X", "arrested X"). */
START_TEST(extract_name_after_person_verb)
{
    static const char *const texts[] = {
        "Officials said the envoy met Odalo Brenquist.\n",
        "The envoy later spoke to Odalo Brenquist by phone.\n",
        "Police arrested Odalo Brenquist on Monday.\n",
    };
    S_expect_person_in_each(texts, sizeof texts / sizeof *texts, "Odalo Brenquist");
    /* (not a name that qualifies a role after it) */
    rg_doc *d = S_doc("Government troops killed Tamil Tiger leader Omar Brenquist on Monday.\n");
    S_label_is(d, RG_PERSON, "Tamil Tiger", 0);
    rg_doc_free(d);
}
END_TEST

/* A bare "the government" is the country whose government the document
 * named last; not when a name follows ("the government of Kenya"). */
START_TEST(extract_bare_government)
{
    rg_doc *d = S_doc("Ethiopia's government declared a state of emergency on Friday.\nIt rained.\n"
                      "The TPLF accused the government of trying to disarm the region.\n");
    ck_assert(S_has_inter(d, RG_ACCUSE, S_must(d, "group:tplf"), S_must(d, "country:ETH")));
    /* (a graph mention, but no name for listings: RG_MENTION_PHRASE) */
    int eth = S_must(d, "country:ETH"), phrase = 0;
    for (size_t i = 0; i < d->n_mentions; i++)
        if (d->mentions[i].entity == eth && (d->mentions[i].flags & RG_MENTION_PHRASE)) phrase++;
    ck_assert_int_eq(phrase, 1);
    rg_doc_free(d);
    d = S_doc("Ethiopia's government declared a state of emergency on Friday.\nIt rained.\n"
              "The TPLF accused the government of Kenya of meddling.\n");
    ck_assert(!S_has_inter(d, RG_ACCUSE, S_must(d, "group:tplf"), S_must(d, "country:ETH")));
    rg_doc_free(d);
}
END_TEST

/* Those who speak for a party after the act's preposition are that
 * party: "talks with leaders of X", "with a delegation from X". */
START_TEST(extract_talks_with_delegation_of)
{
    S_expect_inter("Fighting continued.\nIt rained.\nKenya held talks with representatives of the M23.\n",
                   "country:KEN", "group:m23", RG_CONSULT);
    S_expect_inter("Fighting continued.\nIt rained.\nKenya held talks in Nairobi with a delegation from Uganda.\n",
                   "country:KEN", "country:UGA", RG_CONSULT);
}
END_TEST

/* A party's people after its name, or before "from" and its name, are
 * the party in a list: "between Colombian government negotiators and the
 * ELN", "between US officials and delegations from Russia". */
START_TEST(extract_between_party_people)
{
    S_expect_inter("Fighting continued.\nIt rained.\nNorway hosted talks between Kenyan government negotiators "
                   "and the M23 in Oslo.\n",
                   "country:KEN", "group:m23", RG_CONSULT);
    S_expect_inter("Fighting continued.\nIt rained.\nQatar held talks between Kenyan officials and delegations from "
                   "Uganda.\n",
                   "country:KEN", "country:UGA", RG_CONSULT);
}
END_TEST

/* "urged both sides" with the two sides named only earlier in the story:
 * the two parties it names most, clearly more than any third. */
START_TEST(extract_both_sides_of_the_story)
{
    const char *text = "Kenyan warplanes struck a camp inside Uganda on Tuesday.\n"
                       "Kenya said the camp trained militants. Uganda called the strike aggression.\n"
                       "Officials in the region met on Wednesday.\nThe talks ended late.\n"
                       "Tanzania urged both sides to exercise restraint.\n";
    S_expect_inter(text, "country:TZA", "country:KEN", RG_DEMAND);
    S_expect_inter(text, "country:TZA", "country:UGA", RG_DEMAND);
}
END_TEST

/* "the three countries" as an act's object: every one of the three
 * named before, as "both countries" gives both. */
START_TEST(extract_three_countries_as_object)
{
    const char *text = "Kenya, Uganda and Tanzania signed a pact on Monday.\n"
                       "Rwanda accused the three countries of meddling.\n";
    static const char *const three[] = {"country:KEN", "country:UGA", "country:TZA"};
    for (size_t i = 0; i < 3; i++) S_expect_inter(text, "country:RWA", three[i], RG_ACCUSE);
}
END_TEST

/* "would not negotiate with B", "will not talk to B": a refusal to
 * consult (reject); "did not meet B" stays nothing. */
START_TEST(extract_will_not_negotiate)
{
    S_expect_inter("Fighting continued.\nIt rained.\nKenya will not talk to the M23.\n",
                   "country:KEN", "group:m23", RG_REJECT);
    S_expect_no_inter("Fighting continued.\nIt rained.\nKenya did not meet the M23.\n", "country:KEN", "group:m23");
}
END_TEST

/* "the two sides" never counts the person who reports them: "Envoy X
 * said the two sides had agreed" (X's country is no side). */
START_TEST(extract_sides_not_their_reporter)
{
    S_expect_no_inter("The deal was signed by the M23 and a rival militia.\n"
                      "Ugandan envoy Rax Talarsan said the two sides had agreed to a truce.\n",
                      "country:UGA", "group:m23");
}
END_TEST

/* "X said CLAUSE and warned B": a spoken act after "and" that ends a
 * reported clause is the reporter's; not when the clause has a spoken act
 * of its own, whose subject goes on */
START_TEST(extract_reporter_and_spoken_act)
{
    S_expect_inter("Foreign Minister Rax Talarsan said China was the main supplier of the war and warned Beijing "
                   "of consequences.\n",
                   "person:rax-talarsan", "country:CHN", RG_THREATEN);
    S_expect_no_inter("Foreign Minister Rax Talarsan said China was the main supplier of the war and warned Beijing "
                      "of consequences.\n",
                      "country:CHN", "country:CHN");
    S_expect_no_kind("Rax Talarsan said Hamas had accused Israel and urged Egypt to act.\n", "person:rax-talarsan",
                     "country:EGY", RG_DEMAND, "Hamas urged, not its reporter");
}
END_TEST

/* "fought alongside B": B is an ally, not a target; the act goes on to
 * the object after it, for both */
START_TEST(extract_alongside_is_an_ally)
{
    rg_doc *d = S_doc("Eritrean troops fought alongside Ethiopian forces against the TPLF.\n");
    int eri = S_party(d, "country:ERI"), eth = S_party(d, "country:ETH"), tplf = S_party(d, "group:tplf");
    ck_assert_msg(eri >= 0 && eth >= 0 && tplf >= 0, "entities: %s", S_ents(d));
    ck_assert(S_has_inter(d, RG_COOPERATE, eri, eth));
    ck_assert(!S_has_inter(d, RG_ASSAULT, eri, eth) && !S_has_inter(d, RG_ASSAULT, eth, eri));
    ck_assert(S_has_inter(d, RG_ASSAULT, eri, tplf) && S_has_inter(d, RG_ASSAULT, eth, tplf));
    rg_doc_free(d);
    /* (with no pattern's subject, the lead's pair is allies too) */
    S_expect_inter("France, whose forces have been fighting alongside the Chadians in the north, said it could not "
                   "confirm the death.\n",
                   "country:FRA", "country:TCD", RG_COOPERATE);
    /* a place before "fighters" names a side, not its country */
    S_expect_no_kind("Ethiopia and Eritrea signed a peace deal in 2018.\n"
                     "Eritrean troops later fought the Tigray fighters.\n",
                     "country:ERI", "country:ETH", RG_ASSAULT, "the Tigray fighters are no country");
}
END_TEST

/* "strikes on about 60 Houthi targets": a plural after a counted name is
 * the noun it qualifies, no verb ("the Houthis target Yemen") */
START_TEST(extract_counted_qualified_plural_is_noun)
{
    S_expect_no_inter("The United States carried out strikes on about 60 Houthi targets in Yemen.\n", "group:houthis",
                      "country:YEM");
}
END_TEST

/* "X claimed responsibility", "X claimed the attack": the claimant made
 * the act told before it, on those it hit; not an act named anew ("for a
 * suicide bombing in Pulwama") */
START_TEST(extract_claimed_act_told_before)
{
    S_expect_inter("Twelve Somali soldiers were killed in an ambush near Afgoye.\n"
                   "Al-Shabaab claimed the attack.\n",
                   "group:al-shabaab", "country:SOM", RG_ASSAULT);
    S_expect_no_kind("Indian jets struck Pakistan on Tuesday.\n"
                     "Jaish-e-Mohammed claimed responsibility for a suicide bombing in Pulwama in February.\n",
                     "group:jem", "country:PAK", RG_ASSAULT, "the claim names an act of its own");
    S_expect_no_kind("Ahmed Abdi Nur met elders in a hotel near Afgoye.\n"
                     "Police spokesman Rax Talarsan said 21 people were killed.\n"
                     "Al-Shabaab claimed responsibility.\n",
                     "group:al-shabaab", "person:rax-talarsan", RG_ASSAULT, "the speaker was not hit");
}
END_TEST

/* "Iran-backed militias attacked B": the backer names who backs people
 * the text does not name; it neither attacks nor is struck ("struck
 * Iran-backed militias"), though words of blame reach it */
START_TEST(extract_backer_is_no_party)
{
    S_expect_no_inter("Iran-backed militias attacked US troops in Syria.\n", "country:IRN", "country:USA");
    S_expect_no_inter("US forces struck Iran-backed militias in Iraq.\n", "country:USA", "country:IRN");
    S_expect_inter("Israel struck Iran-backed Hezbollah.\n", "country:ISR", "group:hezbollah", RG_ASSAULT);
    S_expect_inter("Israel struck Iran-backed Hezbollah.\n", "country:IRN", "group:hezbollah", RG_SUPPORT);
    S_expect_inter("Rax Talarsan blamed Iran-backed militias for the attack.\n", "person:rax-talarsan",
                   "country:IRN", RG_ACCUSE);
}
END_TEST

/* "killed a militant leader in a raid in Syria, President Joe Biden
 * said": a country after "in" is where, not whose the titled name after
 * its comma is (as "Jordan, Foreign Minister Judeh" is) */
START_TEST(extract_place_before_title_is_not_whose)
{
    rg_doc *d = S_doc("U.S. forces killed a militant leader in a raid in Syria, President Joe Biden said.\n");
    int e = S_ent_label(d, RG_PERSON, "Joe Biden");
    ck_assert_msg(e >= 0, "entities: %s", S_ents(d));
    ck_assert_pstr_eq(d->entities[e].affiliation, "country:USA");
    rg_doc_free(d);
}
END_TEST

/* "him" after the subject's own side names the other person: "Blinken
 * spoke to Bazoum and said Washington's support for him was unwavering" */
START_TEST(extract_him_is_not_the_subjects_own)
{
    const char *text = "Secretary of State Antony Blinken spoke to Mohamed Bazoum by telephone and said Washington's "
                       "support for him was unwavering.\n";
    S_expect_inter(text, "country:USA", "Mohamed Bazoum", RG_SUPPORT);
    S_expect_no_inter(text, "country:USA", "Antony Blinken");
}
END_TEST

/* Live blogs' time zones are no organisations ("21:10 EAT - Gunmen
 * stormed"); a security organ's head word makes a name an organisation
 * ("the Stability Support Apparatus") */
START_TEST(extract_time_zones_and_organ_words)
{
    rg_doc *d = S_doc("21:10 EAT - Gunmen stormed a hotel in Mogadishu.\n"
                      "09:30 CET - The Balkan Security Apparatus said the National Gendarmerie had arrested two men.\n");
    ck_assert_msg(S_ent_label(d, RG_GROUP, "EAT") < 0 && S_ent_label(d, RG_GROUP, "CET") < 0, "entities: %s",
                  S_ents(d));
    ck_assert_msg(S_ent_label(d, RG_GROUP, "Balkan Security Apparatus") >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_ent_label(d, RG_GROUP, "National Gendarmerie") >= 0, "entities: %s", S_ents(d));
    rg_doc_free(d);
}
END_TEST

/* "in a U.S.-brokered deal", "under a Turkish-mediated deal": the
 * hyphen's agent mediates the deal the sentence's parties made, wherever
 * its trigger is */
START_TEST(extract_hyphen_broker_mediates)
{
    S_expect_inter("Morocco agreed to restore ties with Israel in a U.S.-brokered deal.\n", "country:USA",
                   "country:ISR", RG_CONSULT);
    S_expect_inter("Ethiopia has since mended ties with Somalia under a Turkish-mediated deal.\n", "country:TUR",
                   "country:SOM", RG_CONSULT);
}
END_TEST

/* "stormed the embassy in Quito to arrest B": the infinitive after a
 * deed's object is the deed's subject's purpose (not "forced B to ...") */
START_TEST(extract_purpose_infinitive_subject)
{
    const char *text = "Ecuadorian police stormed the Mexican embassy in Quito late on Friday to arrest former vice "
                       "president Odalo Brenquist.\n";
    S_expect_inter(text, "country:ECU", "Odalo Brenquist", RG_COERCE);
    S_expect_no_inter(text, "country:MEX", "Odalo Brenquist");
    S_expect_inter("China's Foreign Ministry summoned the Japanese ambassador to protest against Prime Minister "
                   "Odalo Brenquist's visit to the shrine.\n",
                   "country:CHN", "Odalo Brenquist", RG_PROTEST);
}
END_TEST

/* A lone word is a full name's given name only spelled as there, not
 * keyed alike: "Penny Wong met Wang Yi" is no meeting of Wang Yi with
 * himself */
START_TEST(extract_given_name_spelled_as_written)
{
    S_expect_inter("Penny Wong met Chinese Foreign Minister Wang Yi on the sidelines.\n", "Wong", "Wang Yi",
                   RG_CONSULT);
}
END_TEST

/* "raised the case of X with B": a consultation with B; "raised $50
 * million with B's help" is none (the word of every trade counts only
 * with its party after "with", no sum before) */
START_TEST(extract_raised_with)
{
    S_expect_inter("Foreign Secretary Rax Talarsan raised the case of a jailed publisher with Chinese Foreign Minister "
                   "Wang Yi.\n",
                   "Rax Talarsan", "Wang Yi", RG_CONSULT);
    S_expect_no_kind("Japan Airlines raised $50 million with Goldman Sachs as adviser.\n", "group:japan-airlines",
                     "group:goldman-sachs", RG_CONSULT, "money raised is no consultation");
}
END_TEST

/* The first verb's subject does the second too when a bare noun
 * opens the clause after "and"; the object of the first verb (here with
 * an "of" phrase of its own) is no subject of the second. */
START_TEST(extract_and_bare_noun_clause)
{
    S_expect_inter("Israeli troops moved into the demilitarised buffer zone on the Syrian side of the Golan Heights "
                   "and warplanes struck dozens of bases. Egypt condemned the attack.\n",
                   "country:EGY", "country:ISR", RG_ACCUSE);
    S_expect_no_kind("Israeli troops moved into the demilitarised buffer zone on the Syrian side of the Golan Heights "
                     "and warplanes struck dozens of bases. Egypt condemned the attack.\n",
                     "country:EGY", "country:SYR", RG_ACCUSE, "the side's country did not strike");
}
END_TEST

/* A bare national title ("Army spokesman X") with no country in its
 * sentence is an office of the country the document is about: the one
 * it names most, when one leads; none when two tie, or for the spokesman
 * of an international body. */
START_TEST(extract_bare_title_document_country)
{
    S_expect_aff("Sudan's army said it had retaken the town. Sudanese troops also shelled positions near the Chad "
                 "border. Army spokesman Odalo Brenquist said dozens of fighters had been killed.\n",
                 "Odalo Brenquist", "country:SDN");
    S_expect_aff("Sudan's army said it had retaken the town. Chad closed its border. Army spokesman Odalo "
                 "Brenquist said dozens of fighters had been killed.\n",
                 "Odalo Brenquist", NULL);
    S_expect_aff("Sudan's army said it had retaken the town. Sudanese troops shelled positions. UNHCR spokesman "
                 "Odalo Brenquist said thousands had fled.\n",
                 "Odalo Brenquist", NULL);
}
END_TEST

/* A list set off by dashes names the members of the noun before it; the
 * name coordinated with that noun is a subject too. */
START_TEST(extract_dashed_list_head)
{
    S_expect_inter("The talks ran through the night. Iran and six world powers -- the United States, Russia and "
                   "China -- reached a landmark agreement in Vienna on Tuesday.\n",
                   "country:IRN", "country:CHN", RG_AGREE);
    S_expect_inter("The talks ran through the night. Iran and three world powers \xe2\x80\x94 the United States, "
                   "Russia and China \xe2\x80\x94 signed a deal.\n",
                   "country:IRN", "country:USA", RG_AGREE);
}
END_TEST

/* After "and" or "but" right after a name, a verb is the first verb's
 * subject's: the name was that verb's object. */
START_TEST(extract_but_verb_after_object)
{
    S_expect_no_kind("Odalo Brenquist said Tehran would consult the European signatories, China and Russia, but "
                     "warned that Iran could resume enrichment.\n",
                     "country:RUS", "country:IRN", RG_THREATEN, "Russia did not warn");
}
END_TEST

/* A claim of an act that hit no named party is on the one country the
 * act was done in; "the al-Qaeda-linked group" that claims it is the
 * group named before, not its backer. */
START_TEST(extract_claim_where_done)
{
    S_expect_inter("At least 32 people were killed when gunmen attacked people at Lido beach in Mogadishu, Somali "
                   "police said. Al-Shabaab claimed responsibility in a broadcast.\n",
                   "group:al-shabaab", "country:SOM", RG_ASSAULT);
    S_expect_no_inter("At least 32 people were killed when gunmen attacked people in Mogadishu and in Kenya, Somali "
                      "police said. Al-Shabaab claimed responsibility in a broadcast.\n",
                      "group:al-shabaab", "country:SOM");
    S_expect_inter("Al-Shabaab fighters attacked a Kenyan base. The al-Qaeda-linked group claimed responsibility for "
                   "the attack.\n",
                   "group:al-shabaab", "country:KEN", RG_ASSAULT);
    S_expect_no_kind("Al-Shabaab fighters attacked a Kenyan base. The al-Qaeda-linked group claimed responsibility "
                     "for the attack.\n",
                     "group:al-qaeda", "country:KEN", RG_ASSAULT, "the backer claimed nothing");
}
END_TEST

/* The armed opposition that split from a ruling movement is its own
 * entity under all its names, not the movement. */
START_TEST(extract_split_movement_distinct)
{
    rg_doc *d = S_doc("Forces of the SPLM/A-in-Opposition took Bentiu. The SPLA-IO denied it. The SPLM met.\n");
    int io = S_ent_key(d, "group:splm-io"), m = S_ent_key(d, "group:splm");
    ck_assert_msg(io >= 0 && m >= 0 && io != m, "entities: %s", S_ents(d));
    ck_assert_int_eq(d->entities[io].mentions, 2);
    rg_doc_free(d);
}
END_TEST

/* The speakers of a joint statement agree with one another, wherever
 * the sentence stands in the story. */
START_TEST(extract_said_in_joint_statement)
{
    const char *t = "Washington pulled out of the accord on Tuesday. It was a blow. Officials met later. French "
                    "President Emmanuel Macron and German Chancellor Angela Merkel said in a joint statement that they "
                    "regret the decision.\n";
    rg_doc *d = S_doc(t);
    int a = S_ent_label(d, RG_PERSON, "Emmanuel Macron"), b = S_ent_label(d, RG_PERSON, "Angela Merkel");
    ck_assert_msg(a >= 0 && b >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_has_inter(d, RG_AGREE, a, b), "%s: no agreement", t);
    rg_doc_free(d);
    S_expect_no_inter("Washington pulled out of the accord on Tuesday. It was a blow. Officials met later. Emmanuel "
                      "Macron said in a statement that Angela Merkel regrets the decision.\n",
                      "Emmanuel Macron", "Angela Merkel");
}
END_TEST

/* Verbs of destroying a side ("crush", "annihilate") are
 * assaults, and vowed they are threats. */
START_TEST(extract_vowed_to_crush)
{
    S_expect_inter("The war entered its second year. Prime Minister Odalo Brenquist vowed to crush Hamas.\n",
                   "Odalo Brenquist", "group:hamas", RG_THREATEN);
    S_expect_inter("The war entered its second year. Israel has vowed to annihilate Hamas.\n", "country:ISR",
                   "group:hamas", RG_THREATEN);
    S_expect_inter("The war entered its second year. Ethiopian troops crushed the Tigray People's Liberation Front.\n",
                   "country:ETH", "group:tplf", RG_ASSAULT);
}
END_TEST

/* The document's country is its dateline's when it has one, however
 * often another is named; a country that qualifies a later name ("U.S.
 * President X") says nothing of a titled person before it, unless in his
 * own apposition; every ministerial portfolio is a title ("Tourism
 * Minister X", no "Tourism" that owns a "Minister"). */
START_TEST(extract_dateline_and_later_qualifier)
{
    S_expect_aff("KAMPALA, March 3 (Reuters) - The United States sent envoys. U.S. officials spoke. The plan was "
                 "announced by Tourism Minister Odalo Brenquist, as U.S. President Rax Talarsan looked on.\n",
                 "Odalo Brenquist", "country:UGA");
    S_expect_aff("Uganda held talks. Ugandan officials spoke. Uganda agreed. The plan was announced by Tourism "
                 "Minister Odalo Brenquist, as U.S. President Rax Talarsan looked on.\n",
                 "Odalo Brenquist", "country:UGA");
    S_expect_aff("The United States sent envoys. U.S. officials spoke. Uganda agreed. The plan was announced by "
                 "Tourism Minister Odalo Brenquist, spokesman for the U.S.-led coalition.\n",
                 "Odalo Brenquist", "country:USA");
}
END_TEST

/* A head of state or government or a minister whose own words make him
 * his country's has no interaction with that country (its internal
 * affair); other people can be acted on by theirs, and a country guessed
 * from the document alone does not count. */
START_TEST(extract_own_official_no_pair)
{
    S_expect_no_inter("The vote was held on Sunday. Ecuadorian voters rejected a proposal by Ecuador's President "
                      "Odalo Brenquist to allow foreign bases.\n",
                      "country:ECU", "Odalo Brenquist");
    S_expect_no_inter("The talks resumed. U.S. Agriculture Secretary Odalo Brenquist defended the United States "
                      "against the charges.\n",
                      "country:USA", "Odalo Brenquist");
    S_expect_inter("The vote was held on Sunday. Venezuela arrested Venezuelan opposition leader Odalo Brenquist "
                   "on Monday.\n",
                   "country:VEN", "Odalo Brenquist", RG_COERCE);
    S_expect_inter("The talks resumed. Brazil is in debt. Brazil needs money. Finance Minister Odalo Brenquist "
                   "urged Brazil to pay its creditors.\n",
                   "Odalo Brenquist", "country:BRA", RG_DEMAND);
}
END_TEST

/* An extradition: the sending and the receiving state cooperate, and
 * the receiver holds the person; one asked for is no extradition. */
START_TEST(extract_extradition)
{
    const char *t = "The gang was broken up. Ecuador extradited gang leader Odalo Brenquist to the United States on "
                    "Sunday.\n";
    S_expect_inter(t, "country:ECU", "country:USA", RG_COOPERATE);
    S_expect_inter(t, "country:USA", "Odalo Brenquist", RG_COERCE);
    t = "The gang was broken up. Odalo Brenquist was extradited from Haiti to the United States in 2022.\n";
    S_expect_inter(t, "country:HTI", "country:USA", RG_COOPERATE);
    S_expect_inter(t, "country:HTI", "Odalo Brenquist", RG_COERCE);
    S_expect_no_kind("The gang was broken up. Kenya asked India to extradite former Interior Minister Odalo "
                     "Brenquist to Kenya.\n",
                     "country:KEN", "Odalo Brenquist", RG_COERCE, "an extradition asked for is none");
}
END_TEST

/* Listing groups or people as terrorists is a sanction on each listed
 * (not on a country that only qualifies them); one urged is none. */
START_TEST(extract_terrorist_designation)
{
    const char *t = "The gangs grew. The United States designated Ecuador's Los Choneros and Los Lobos gangs as "
                    "foreign terrorist organisations on Thursday.\n";
    S_expect_inter(t, "country:USA", "group:los-choneros", RG_SANCTION);
    S_expect_inter(t, "country:USA", "group:los-lobos", RG_SANCTION);
    S_expect_no_kind(t, "country:USA", "country:ECU", RG_SANCTION, "Ecuador only qualifies the gangs");
    S_expect_inter("The gangs grew. Police raided Tren de Aragua, which the United States designated a terrorist "
                   "organization.\n",
                   "country:USA", "group:tren-de-aragua", RG_SANCTION);
    S_expect_inter("The gangs grew. Militia leader Odalo Brenquist was designated a global terrorist by the UN "
                   "Security Council.\n",
                   "group:unsc", "Odalo Brenquist", RG_SANCTION);
    S_expect_no_kind("The gangs grew. Hamas urged Washington to designate Israel a terrorist state.\n", "country:USA",
                     "country:ISR", RG_SANCTION, "a designation urged is none");
}
END_TEST

/* A country the subject is in is not the subject of his purpose
 * infinitive ("arrived in Haiti on Saturday to visit B"); a body or
 * person before "to V" still can be ("an invitation to X to visit"). */
START_TEST(extract_purpose_infinitive_place)
{
    S_expect_inter("The mission began. President Odalo Brenquist arrived in Haiti on Saturday to visit Prime "
                   "Minister Rax Talarsan.\n",
                   "Odalo Brenquist", "Rax Talarsan", RG_CONSULT);
    S_expect_no_inter("The mission began. President Odalo Brenquist arrived in Haiti on Saturday to visit Kenyan "
                      "police officers.\n",
                      "country:HTI", "country:KEN");
}
END_TEST

/* A numbered formation under a national body's or a country's
 * possessive is that country's organ: its acts are the country's too. */
START_TEST(extract_numbered_unit_rolls_up)
{
    S_expect_inter("Rain fell. Soldiers of the Philippine Army's 4th Infantry Division killed seven suspected New "
                   "People's Army guerrillas in a clash.\n",
                   "country:PHL", "group:npa", RG_ASSAULT);
}
END_TEST

/* A nickname in quotes between a given name and the surname is inside
 * the one person's name, whose key is its first and last words: the
 * same person as the name without it in another story. */
START_TEST(extract_quoted_nickname_in_name)
{
    rg_doc *d = S_doc("Rain fell. Mexico extradited drug lord Joaquin \"El Chapo\" Guzman to the United States.\n");
    int p = S_ent_label(d, RG_PERSON, "Joaquin \"El Chapo\" Guzman");
    ck_assert_msg(p >= 0, "entities: %s", S_ents(d));
    ck_assert_msg(S_ent_label(d, RG_PERSON, "El Chapo") < 0, "the nickname is its own person: %s", S_ents(d));
    rg_doc *e = S_doc("Rain fell. Joaquin Guzman was sentenced in New York.\n");
    int q = S_ent_label(e, RG_PERSON, "Joaquin Guzman");
    ck_assert_msg(q >= 0, "entities: %s", S_ents(e));
    ck_assert_str_eq(d->entities[p].key, e->entities[q].key);
    rg_doc_free(d);
    rg_doc_free(e);
}
END_TEST

/* --------------------------------------------------------------- suite */

Suite *rg_suite_extract(void)
{
    Suite *s = suite_create("extract");

    TCase *tc = tcase_create("text");
    tcase_add_test(tc, text_ascii_is_copied);
    tcase_add_test(tc, text_work_found_at_every_offset);
    tcase_add_test(tc, text_curly_quotes_and_dashes);
    tcase_add_test(tc, text_nbsp_and_crlf);
    tcase_add_test(tc, text_lone_cr);
    tcase_add_test(tc, text_invalid_bytes_replaced_and_counted);
    tcase_add_test(tc, text_overlong_and_surrogate_are_invalid);
    tcase_add_test(tc, text_valid_non_ascii_kept);
    tcase_add_test(tc, text_nul_is_binary);
    suite_add_tcase(s, tc);

    tc = tcase_create("tokens");
    tcase_add_test(tc, tokens_abbreviations_and_possessives);
    tcase_add_test(tc, tokens_name_led_split_at_hyphen);
    tcase_add_test(tc, tokens_offsets_and_case_flags);
    tcase_add_test(tc, tokens_empty_input);
    suite_add_tcase(s, tc);

    tc = tcase_create("sentences");
    tcase_add_test(tc, sentences_abbreviations_do_not_split);
    tcase_add_test(tc, sentences_title_word_at_the_end);
    tcase_add_test(tc, sentences_question_and_exclamation_split);
    tcase_add_test(tc, sentences_paragraphs);
    tcase_add_test(tc, sentences_speaker_label);
    tcase_add_test(tc, sentences_short_first_line_of_block);
    suite_add_tcase(s, tc);

    tc = tcase_create("name_key");
    tcase_add_test(tc, name_key_transliterations);
    tcase_add_test(tc, name_key_different_names);
    suite_add_tcase(s, tc);

    tc = tcase_create("entities");
    tcase_add_unchecked_fixture(tc, rg_test_lex_setup, rg_test_lex_teardown);
    tcase_add_test(tc, extract_countries_by_name);
    tcase_add_test(tc, extract_country_alias_and_demonym);
    tcase_add_test(tc, extract_country_government_span_is_the_name);
    tcase_add_test(tc, extract_person_with_title_and_affiliation);
    tcase_add_test(tc, extract_name_ending_like_a_title);
    tcase_add_test(tc, extract_country_word_as_surname);
    tcase_add_test(tc, extract_place_and_firm_words_inside_names);
    tcase_add_test(tc, extract_lake_named_after_a_country);
    tcase_add_test(tc, extract_territory_names_and_dates_after_names);
    tcase_add_test(tc, extract_org_name_then_and_a_person);
    tcase_add_test(tc, extract_apposition_after_role_and_place);
    tcase_add_test(tc, extract_body_after_a_word_of_standing);
    tcase_add_test(tc, extract_air_force_is_a_body);
    tcase_add_test(tc, extract_seats_and_ministry_buildings);
    tcase_add_test(tc, extract_affiliation_from_title_apposition);
    tcase_add_test(tc, extract_affiliation_from_clause);
    tcase_add_test(tc, extract_affiliation_from_leaders_table);
    tcase_add_test(tc, extract_title_word_as_surname);
    tcase_add_test(tc, extract_regnal_name);
    tcase_add_test(tc, extract_known_as_alias);
    tcase_add_test(tc, extract_shouted_headline_words);
    tcase_add_test(tc, extract_lower_case_bodies);
    tcase_add_test(tc, extract_body_alias_without_country);
    tcase_add_test(tc, extract_body_of_the_only_country);
    tcase_add_test(tc, extract_force_of_the_only_country);
    tcase_add_test(tc, inter_noun_with_joined_modifiers);
    tcase_add_test(tc, extract_name_after_members_of);
    tcase_add_test(tc, extract_common_word_after_title);
    tcase_add_test(tc, extract_org_alias_with_country);
    tcase_add_test(tc, inter_body_act_is_its_countrys);
    tcase_add_test(tc, inter_fallback_nearest_actors);
    tcase_add_test(tc, inter_lead_parties);
    tcase_add_test(tc, inter_lead_not_co_objects_or_speakers);
    tcase_add_test(tc, inter_state_organs_and_based_groups);
    tcase_add_test(tc, inter_subject_before_apposition);
    tcase_add_test(tc, extract_names_opening_with_lexicon_words);
    tcase_add_test(tc, inter_joint_acts_and_noun_agents);
    tcase_add_test(tc, inter_to_light_verb_noun_and_titled_object);
    tcase_add_test(tc, inter_dateline_organ_and_qualified_person);
    tcase_add_test(tc, mention_dateline);
    tcase_add_test(tc, mention_ampersand_name);
    tcase_add_test(tc, mention_country_qualifies_found_org);
    tcase_add_test(tc, extract_name_before_group_noun);
    tcase_add_test(tc, extract_lone_name_adverb_verb);
    tcase_add_test(tc, extract_capitalised_line_runs_on);
    tcase_add_test(tc, extract_name_of_known_acronym);
    tcase_add_test(tc, extract_name_its_acronym_spells);
    tcase_add_test(tc, extract_acronyms_of_things);
    tcase_add_test(tc, extract_under_secretary_lp_particle);
    tcase_add_test(tc, extract_person_by_apposition);
    tcase_add_test(tc, extract_headline_names_need_support);
    tcase_add_test(tc, extract_results_lists);
    tcase_add_test(tc, extract_org_short_forms);
    tcase_add_test(tc, extract_person_cues_who_age_and_lists);
    tcase_add_test(tc, extract_title_portfolio_and_title_words_in_orgs);
    tcase_add_test(tc, extract_speaker_completed_by_question);
    tcase_add_test(tc, extract_companies_are_not_people);
    tcase_add_test(tc, extract_surname_resolves_to_full_name);
    tcase_add_test(tc, extract_same_key_across_spellings);
    tcase_add_test(tc, extract_non_ascii_names_and_offsets);
    tcase_add_test(tc, extract_org_found_by_name_finder);
    tcase_add_test(tc, extract_parties_and_tickers);
    tcase_add_test(tc, extract_no_entities);
    tcase_add_test(tc, extract_binary_is_refused);
    tcase_add_test(tc, extract_invalid_utf8_is_not_an_error);
    tcase_add_test(tc, extract_name_and_date_copied);
    tcase_add_test(tc, extract_org_named_by_common_words);
    tcase_add_test(tc, extract_org_sentence_initial_the);
    tcase_add_test(tc, extract_end_offset_skips_dropped_chars);
    suite_add_tcase(s, tc);

    tc = tcase_create("interactions");
    tcase_add_unchecked_fixture(tc, rg_test_lex_setup, rg_test_lex_teardown);
    tcase_add_test(tc, inter_met_is_consult);
    tcase_add_test(tc, inter_media_consult_is_reporting);
    tcase_add_test(tc, inter_past_tense_after_possessive);
    tcase_add_test(tc, inter_light_verb_and_noun);
    tcase_add_test(tc, inter_fire_at);
    tcase_add_test(tc, inter_actor_before_noun);
    tcase_add_test(tc, inter_urged_to_is_not_done);
    tcase_add_test(tc, inter_the_group_is_the_group_before);
    tcase_add_test(tc, inter_objects_through_nouns);
    tcase_add_test(tc, inter_received_from);
    tcase_add_test(tc, inter_blocked_is_not_done);
    tcase_add_test(tc, inter_place_target_is_its_country);
    tcase_add_test(tc, inter_subject_not_across_that);
    tcase_add_test(tc, inter_object_after_by);
    tcase_add_test(tc, inter_capital_as_actor);
    tcase_add_test(tc, inter_mediator);
    tcase_add_test(tc, inter_list_over_acronym_in_parentheses);
    tcase_add_test(tc, inter_time_before_infinitive);
    tcase_add_test(tc, inter_object_named_after_comma);
    tcase_add_test(tc, extract_un_bodies_written_out_and_dioceses);
    tcase_add_test(tc, extract_multinational_forces);
    tcase_add_test(tc, extract_name_ending_in_known_org_word);
    tcase_add_test(tc, extract_spanish_article_group_names);
    tcase_add_test(tc, inter_symmetric_verb_between);
    tcase_add_test(tc, inter_list_of_group_members);
    tcase_add_test(tc, inter_org_official);
    tcase_add_test(tc, inter_phrase_shapes);
    tcase_add_test(tc, inter_verb_classes);
    tcase_add_test(tc, inter_role_anaphor);
    tcase_add_test(tc, inter_purpose_for_talks);
    tcase_add_test(tc, inter_it_after_speech_verb);
    tcase_add_test(tc, lexicon_user_file);
    tcase_add_test(tc, inter_countries_met_is_consult);
    tcase_add_test(tc, inter_coordination_agree);
    tcase_add_test(tc, inter_plural_role_subjects);
    tcase_add_test(tc, inter_reciprocal);
    tcase_add_test(tc, inter_noun_of_patient);
    tcase_add_test(tc, inter_court_and_parliament_acts);
    tcase_add_test(tc, inter_own_places_and_comma_phrases);
    tcase_add_test(tc, inter_means_of_talking);
    tcase_add_test(tc, inter_speaker_participle_and_positions_of);
    tcase_add_test(tc, inter_object_lists_and_qualifiers);
    tcase_add_test(tc, inter_came_under_and_bodies_in_places);
    tcase_add_test(tc, inter_country_led_group);
    tcase_add_test(tc, inter_clause_subjects_and_three_way);
    tcase_add_test(tc, inter_directed_accuse);
    tcase_add_test(tc, inter_verb_to_verb_and_light_verbs);
    tcase_add_test(tc, inter_trade_and_aid_measures);
    tcase_add_test(tc, inter_negation_gives_nothing);
    tcase_add_test(tc, inter_only_within_a_sentence);
    suite_add_tcase(s, tc);

    tc = tcase_create("review");
    tcase_add_unchecked_fixture(tc, rg_test_lex_setup, rg_test_lex_teardown);
    tcase_add_test(tc, tokens_abbreviation_lookup_in_bounds);
    tcase_add_test(tc, inter_pronoun_stays_in_its_sentence);
    tcase_add_test(tc, inter_pronoun_is_the_last_sentence_subject);
    tcase_add_test(tc, inter_second_verb_after_a_place_object);
    tcase_add_test(tc, inter_participle_phrase_after_the_subject);
    tcase_add_test(tc, inter_fallback_stops_at_the_next_clause);
    tcase_add_test(tc, inter_gerund_subject_not_a_place_in_the_subject);
    tcase_add_test(tc, extract_org_name_bounds);
    tcase_add_test(tc, extract_lone_word_person_or_company);
    tcase_add_test(tc, extract_name_after_organisation_noun);
    tcase_add_test(tc, extract_acronym_once_in_running_text);
    tcase_add_test(tc, extract_person_after_org_name);
    tcase_add_test(tc, extract_lone_word_person_cues);
    tcase_add_test(tc, inter_attack_in_country);
    tcase_add_test(tc, inter_reduced_relative_is_not_the_subject);
    tcase_add_test(tc, inter_relative_clause_light_verb);
    tcase_add_test(tc, inter_participle_before_title_is_no_act);
    tcase_add_test(tc, inter_intrusion_limits);
    tcase_add_test(tc, inter_vow_is_threat);
    tcase_add_test(tc, inter_operation_against);
    tcase_add_test(tc, inter_condemned_act_is_the_last_told);
    tcase_add_test(tc, inter_subject_before_an_apposition_with_a_clause);
    tcase_add_test(tc, extract_community_of_a_people);
    tcase_add_test(tc, inter_lead_speaker_in_apposition);
    tcase_add_test(tc, inter_bare_act_noun_by_agent);
    tcase_add_test(tc, inter_clause_subject_after_a_dateline);
    tcase_add_test(tc, inter_title_phrase_and_purpose_infinitive);
    tcase_add_test(tc, inter_said_must_is_a_demand);
    tcase_add_test(tc, extract_org_name_stops_at_a_date_and_bare_gen);
    tcase_add_test(tc, extract_org_name_and_a_second_name);
    tcase_add_test(tc, inter_group_of_gerund_and_shared_bare_subject);
    tcase_add_test(tc, inter_speaker_inside_a_relative_clause);
    tcase_add_test(tc, inter_plural_after_a_qualifying_name_is_a_noun);
    tcase_add_test(tc, inter_jointly_before_a_verb);
    tcase_add_test(tc, inter_joint_agents_of_a_participle);
    tcase_add_test(tc, inter_object_list_over_title_phrases);
    tcase_add_test(tc, inter_his_counterpart_named_before);
    tcase_add_test(tc, inter_ending_ties_or_cooperation);
    tcase_add_test(tc, inter_subject_before_a_title_apposition);
    tcase_add_test(tc, extract_affiliation_from_title_of_country_apposition);
    tcase_add_test(tc, inter_noun_phrase_then_its_maker);
    tcase_add_test(tc, inter_subject_is_the_agent_of_a_noun_before_its_target);
    tcase_add_test(tc, inter_members_noun_is_the_armed_group);
    tcase_add_test(tc, inter_judged_measure_or_deal);
    tcase_add_test(tc, extract_hyphen_part_before_a_seat_word);
    tcase_add_test(tc, inter_lead_no_pair_of_co_patients);
    tcase_add_test(tc, inter_list_item_after_one_qualifier);
    tcase_add_test(tc, inter_breaking_ties);
    tcase_add_test(tc, extract_international_office_no_leader_country);
    tcase_add_test(tc, inter_together_with_co_agent);
    tcase_add_test(tc, inter_verdict_judge_with_title);
    tcase_add_test(tc, inter_verdict_by_naming_verb);
    tcase_add_test(tc, inter_institution_head_anaphor);
    tcase_add_test(tc, inter_calling_b_a_thing);
    tcase_add_test(tc, extract_pro_leaning_no_entity);
    tcase_add_test(tc, extract_titlecase_speaker_label);
    tcase_add_test(tc, extract_attack_coagents);
    tcase_add_test(tc, extract_vowed_noun_threat);
    tcase_add_test(tc, extract_titled_surname_alias);
    tcase_add_test(tc, extract_condemned_act_same_sentence);
    tcase_add_test(tc, extract_noun_from_to);
    tcase_add_test(tc, extract_judged_measure_same_sentence);
    tcase_add_test(tc, extract_list_over_apposition);
    tcase_add_test(tc, extract_split_particle_verb);
    tcase_add_test(tc, extract_resolution_not_name);
    tcase_add_test(tc, extract_orgword_particle_name);
    tcase_add_test(tc, extract_faith_adjectives);
    tcase_add_test(tc, extract_participle_after_report);
    tcase_add_test(tc, extract_izafat_spellings);
    tcase_add_test(tc, extract_participle_before_name);
    tcase_add_test(tc, extract_portfolio_title_object);
    tcase_add_test(tc, extract_obligation_is_not_done);
    tcase_add_test(tc, extract_list_over_person_noun);
    tcase_add_test(tc, extract_person_and_org_split);
    tcase_add_test(tc, extract_both_capitals_objects);
    tcase_add_test(tc, extract_inform_is_consult);
    tcase_add_test(tc, extract_said_must_after_but);
    tcase_add_test(tc, extract_condemned_by_passive);
    tcase_add_test(tc, extract_deal_mediator_next_sentence);
    tcase_add_test(tc, extract_joint_operations_against);
    tcase_add_test(tc, extract_signed_between_capitals);
    tcase_add_test(tc, extract_burkina_short_form);
    tcase_add_test(tc, extract_list_has_one_and);
    tcase_add_test(tc, extract_role_apposition_list);
    tcase_add_test(tc, extract_the_two_men);
    tcase_add_test(tc, extract_rank_with_class);
    tcase_add_test(tc, extract_held_responsible);
    tcase_add_test(tc, extract_list_over_group_noun);
    tcase_add_test(tc, extract_former_states);
    tcase_add_test(tc, extract_capital_after_dateline_dash);
    tcase_add_test(tc, extract_person_possessive_before_org);
    tcase_add_test(tc, extract_signed_by_over_time_and_apposition);
    tcase_add_test(tc, extract_rejected_the_demand);
    tcase_add_test(tc, extract_capital_and_organisation);
    tcase_add_test(tc, extract_surrender_and_torpedo);
    tcase_add_test(tc, extract_dotted_acronym_after_hyphen);
    tcase_add_test(tc, extract_name_tail_of_longer_name);
    tcase_add_test(tc, extract_halted_cooperation_is_sanction);
    tcase_add_test(tc, extract_act_place_and_preposition_object);
    tcase_add_test(tc, extract_claim_rejected_rejects_accuser);
    tcase_add_test(tc, extract_quoted_kind_and_welcomed_thing);
    tcase_add_test(tc, extract_member_qualifier_and_launched_weapons);
    tcase_add_test(tc, extract_named_act_accuses_makers);
    tcase_add_test(tc, extract_platform_is_media);
    tcase_add_test(tc, extract_the_north_and_the_south);
    tcase_add_test(tc, extract_leader_pair_opens_sentence);
    tcase_add_test(tc, extract_leader_word_after_in_is_a_place);
    tcase_add_test(tc, extract_org_qualifies_org);
    tcase_add_test(tc, extract_particle_not_legal_form);
    tcase_add_test(tc, extract_the_three_countries);
    tcase_add_test(tc, extract_quit_is_retreat);
    tcase_add_test(tc, extract_they_after_said_in_month);
    tcase_add_test(tc, extract_org_word_as_surname);
    tcase_add_test(tc, extract_told_the_press);
    tcase_add_test(tc, extract_ranks_and_deputies_are_titles);
    tcase_add_test(tc, extract_name_after_role_phrase);
    tcase_add_test(tc, extract_headline_verb_ends_name);
    tcase_add_test(tc, extract_shared_subject_over_act_noun);
    tcase_add_test(tc, extract_opening_gerund_phrase);
    tcase_add_test(tc, extract_name_after_person_verb);
    tcase_add_test(tc, extract_bare_government);
    tcase_add_test(tc, extract_talks_with_delegation_of);
    tcase_add_test(tc, extract_between_party_people);
    tcase_add_test(tc, extract_both_sides_of_the_story);
    tcase_add_test(tc, extract_three_countries_as_object);
    tcase_add_test(tc, extract_will_not_negotiate);
    tcase_add_test(tc, extract_sides_not_their_reporter);
    tcase_add_test(tc, extract_reporter_and_spoken_act);
    tcase_add_test(tc, extract_alongside_is_an_ally);
    tcase_add_test(tc, extract_counted_qualified_plural_is_noun);
    tcase_add_test(tc, extract_claimed_act_told_before);
    tcase_add_test(tc, extract_backer_is_no_party);
    tcase_add_test(tc, extract_place_before_title_is_not_whose);
    tcase_add_test(tc, extract_him_is_not_the_subjects_own);
    tcase_add_test(tc, extract_time_zones_and_organ_words);
    tcase_add_test(tc, extract_hyphen_broker_mediates);
    tcase_add_test(tc, extract_purpose_infinitive_subject);
    tcase_add_test(tc, extract_given_name_spelled_as_written);
    tcase_add_test(tc, extract_raised_with);
    tcase_add_test(tc, extract_and_bare_noun_clause);
    tcase_add_test(tc, extract_bare_title_document_country);
    tcase_add_test(tc, extract_dashed_list_head);
    tcase_add_test(tc, extract_but_verb_after_object);
    tcase_add_test(tc, extract_claim_where_done);
    tcase_add_test(tc, extract_split_movement_distinct);
    tcase_add_test(tc, extract_said_in_joint_statement);
    tcase_add_test(tc, extract_vowed_to_crush);
    tcase_add_test(tc, extract_dateline_and_later_qualifier);
    tcase_add_test(tc, extract_own_official_no_pair);
    tcase_add_test(tc, extract_extradition);
    tcase_add_test(tc, extract_terrorist_designation);
    tcase_add_test(tc, extract_purpose_infinitive_place);
    tcase_add_test(tc, extract_numbered_unit_rolls_up);
    tcase_add_test(tc, extract_quoted_nickname_in_name);
    suite_add_tcase(s, tc);

    return s;
}
