/*
 * test_dates.c: Check suite "dates" for document days and time windows:
 * the date parsers (graph/date.c: rg_date_find, rg_date_parse_bound,
 * rg_date_read, rg_date_format), per-day counts in the model (rg_period),
 * the since/until step of rg_graph_filter (graph/filter.c), by_date and
 * evidence dates in graph JSON (export/json.c), and dating through
 * rg_extract and the builder.
 *
 * rg_date_find is always called on a malloc'd copy of exactly n bytes
 * with no NUL after it, so an over-read is caught by AddressSanitizer in
 * the build-asan run; every prefix of every documented spelling is tried
 * the same way.
 *
 * The window tests use one hand-built graph (S_days_graph) whose counts by
 * day are written out below, so every expectation is a sum of a few of
 * those numbers.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "extract.h"
#include "graph.h"
#include "fixtures.h"
#include "suites.h"
#include "test_util.h"

#define NONE ((size_t)-1)

/* ------------------------------------------------------------- helpers */

/* rg_date_find over an exact-size heap copy of s (no terminating NUL). */
static int S_find_n(const char *s, size_t n)
{
    char *p = malloc(n ? n : 1);
    ck_assert_ptr_nonnull(p);
    memcpy(p, s, n);
    int d = rg_date_find(p, n);
    free(p);
    return d;
}

static int S_find(const char *s) { return S_find_n(s, strlen(s)); }

/* g's graph JSON (caller frees). */
static char *S_render(const rg_graph *g) { return rg_test_render(rg_render_json, g, NULL); }

/* ---------------------------------------------------------- rg_date_find */

static const struct {
    const char *text;
    size_t end; /* length of the shortest prefix that holds the whole date */
    int day;
} S_spellings[] = {
    {"2016-03-24", 10, 20160324},
    {"2016/03/24", 10, 20160324},
    {"2016-03-24T10:00:00Z", 10, 20160324},
    {"26-FEB-1987 15:01:01.79", 11, 19870226},
    {"26-feb-1987", 11, 19870226},
    {"March 24, 2016", 14, 20160324},
    {"MARCH 24, 2016", 14, 20160324},
    {"Mar. 24 2016", 12, 20160324},
    {"Mar 24 2016", 11, 20160324},
    {"Sept 4, 2016", 12, 20160904},
    {"Sept. 4, 2016", 13, 20160904},
    {"Sep 4, 2016", 11, 20160904},
    {"24 March 2016", 13, 20160324},
    {"24 Mar. 2016", 12, 20160324},
    {"Thu, 24 Mar 2016 10:00:00 +0000", 16, 20160324},
    {"date 2017-05-03 Washington DC:", 15, 20170503},
    {"Thursday, March 24, 2016", 24, 20160324},
    {"MOSCOW, March 24, 2016 (Reuters) - Russia said", 22, 20160324},
    {"1-FEB-1987", 10, 19870201},
    {"2016-02-29", 10, 20160229}, /* leap year */
    {"2000-02-29", 10, 20000229}, /* divisible by 400 */
    {"December 31, 2199", 17, 21991231},
    {"1 January 1800", 14, 18000101},
};

START_TEST(find_spellings)
{
    for (size_t i = 0; i < sizeof S_spellings / sizeof S_spellings[0]; i++) {
        const char *s = S_spellings[i].text;
        int got = S_find(s);
        ck_assert_msg(got == S_spellings[i].day, "rg_date_find(\"%s\") = %d, expected %d", s, got,
                      S_spellings[i].day);
    }
}
END_TEST

/* Every prefix of every spelling, each in an exact-size buffer: no date
 * before the year is complete, the date from then on; and no read past n
 * (ASan). */
START_TEST(find_prefixes)
{
    for (size_t i = 0; i < sizeof S_spellings / sizeof S_spellings[0]; i++) {
        const char *s = S_spellings[i].text;
        size_t n = strlen(s);
        ck_assert_uint_le(S_spellings[i].end, n);
        for (size_t k = 0; k <= n; k++) {
            int want = k < S_spellings[i].end ? 0 : S_spellings[i].day;
            int got = S_find_n(s, k);
            ck_assert_msg(got == want, "rg_date_find(\"%.*s\", %zu) = %d, expected %d", (int)k, s, k, got,
                          want);
        }
    }
}
END_TEST

START_TEST(find_first_wins)
{
    ck_assert_int_eq(S_find("Filed March 24, 2016; updated 2015-12-18."), 20160324);
    ck_assert_int_eq(S_find("Filed 2015-12-18; updated March 24, 2016."), 20151218);
    ck_assert_int_eq(S_find("24 Mar 2016 and 26-FEB-1987"), 20160324);
    ck_assert_int_eq(S_find("26-FEB-1987 and 24 Mar 2016"), 19870226);
    /* an impossible date does not stop the search */
    ck_assert_int_eq(S_find("February 30, 2016, or rather March 1, 2016"), 20160301);
    ck_assert_int_eq(S_find("In March 2016 (on 2016-03-24) they met"), 20160324);
    /* a date in the middle of text, across a line break */
    ck_assert_int_eq(S_find("Posted by staff on\n24 March\n2016 at noon"), 20160324);
}
END_TEST

static const char *const S_not_dates[] = {
    "March 2016",
    "24/03/2016",
    "03/24/2016",
    "2016",
    "May 3-4",
    "May 3-4, 2016",
    "February 30, 2016",
    "2015-02-29",  /* not a leap year */
    "1900-02-29",  /* divisible by 100, not by 400 */
    "2016-04-31",
    "2016-13-01",
    "2016-00-10",
    "2016-01-00",
    "12016-03-24", /* five-digit year */
    "2016-03-245",
    "March 24, 20160",
    "24 March 20160",
    "March 240, 2016",
    "March 24, 1700",
    "1700-03-24",
    "24 March 1799",
    "March 24, 2200",
    "00-FEB-1987",
    "001-FEB-1987",
    "26-FEB-87",
    "Mayday 3, 2016",
    "Marc 24, 2016",
    "Ma 24, 2016",
    "x2016-03-24", /* digits glued to letters */
    "A2016/03/24",
    "ab24 March 2016",
    "abcMarch 24, 2016",
    "24March 2016",
    "March24, 2016",
    "March 24 , 2016",
    "2016-03/24",
    "2016-3-24",
    "16-03-24",
    "March 24th, 2016",
    "",
    "March 24, 20",
    "March 24, ",
    "2016-03-",
    "26-FEB-",
    "The 24 delegates met in 2016.",
};

START_TEST(find_not_dates)
{
    for (size_t i = 0; i < sizeof S_not_dates / sizeof S_not_dates[0]; i++) {
        int got = S_find(S_not_dates[i]);
        ck_assert_msg(got == 0, "rg_date_find(\"%s\") = %d, expected 0", S_not_dates[i], got);
    }
    /* the last byte is not read when n stops before it */
    ck_assert_int_eq(S_find_n("March 24, 2016", 13), 0);
    ck_assert_int_eq(S_find_n("2016-03-24", 9), 0);
    /* an empty buffer; NULL is never dereferenced with n = 0 */
    ck_assert_int_eq(rg_date_find("", 0), 0);
}
END_TEST

/* The Reuters form, like every other numeric form, refuses a year with
 * digits after it ("26-FEB-19870" is no date). */
START_TEST(find_reuters_long_year)
{
    ck_assert_int_eq(S_find("26-FEB-19870"), 0);
    ck_assert_int_eq(S_find("26-FEB-20161 15:01"), 0);
}
END_TEST

/* ---------------------------------------------------- rg_date_parse_bound */

START_TEST(parse_bound_forms)
{
    int d = -7;
    ck_assert_int_eq(rg_date_parse_bound("2016", 0, &d), 0);
    ck_assert_int_eq(d, 20160101);
    ck_assert_int_eq(rg_date_parse_bound("2016", 1, &d), 0);
    ck_assert_int_eq(d, 20161231);
    ck_assert_int_eq(rg_date_parse_bound("2016-02", 0, &d), 0);
    ck_assert_int_eq(d, 20160201);
    ck_assert_int_eq(rg_date_parse_bound("2016-02", 1, &d), 0);
    ck_assert_int_eq(d, 20160229);
    ck_assert_int_eq(rg_date_parse_bound("2015-02", 1, &d), 0);
    ck_assert_int_eq(d, 20150228);
    ck_assert_int_eq(rg_date_parse_bound("1900-02", 1, &d), 0);
    ck_assert_int_eq(d, 19000228);
    ck_assert_int_eq(rg_date_parse_bound("2000-02", 1, &d), 0);
    ck_assert_int_eq(d, 20000229);
    ck_assert_int_eq(rg_date_parse_bound("2016-04", 1, &d), 0);
    ck_assert_int_eq(d, 20160430);
    ck_assert_int_eq(rg_date_parse_bound("2016-12", 1, &d), 0);
    ck_assert_int_eq(d, 20161231);
    ck_assert_int_eq(rg_date_parse_bound("2016-03-24", 0, &d), 0);
    ck_assert_int_eq(d, 20160324);
    ck_assert_int_eq(rg_date_parse_bound("2016-03-24", 1, &d), 0);
    ck_assert_int_eq(d, 20160324);
    ck_assert_int_eq(rg_date_parse_bound("2016-02-29", 1, &d), 0);
    ck_assert_int_eq(d, 20160229);
}
END_TEST

START_TEST(parse_bound_rejects)
{
    static const char *const bad[] = {
        "2016-3", "16-03-24", "2016-03-24x", "2016/03/24", "", "2016-", "2016-03-", "2016-03-2",
        "20161", "02016", "-2016", " 2016", "2016 ", "2016-13", "2016-00", "2016-02-30", "2015-02-29",
        "2016-03-24T10:00", "1799", "2200", "March 2016", "2016-3-24", "2016-03-024",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        for (int upper = 0; upper <= 1; upper++) {
            int d = 12345;
            int rc = rg_date_parse_bound(bad[i], upper, &d);
            ck_assert_msg(rc == -1, "rg_date_parse_bound(\"%s\", %d) = %d (day %d), expected -1", bad[i], upper,
                          rc, d);
        }
    }
}
END_TEST

/* ------------------------------------------------- rg_date_read / format */

static int S_days_in(int y, int m)
{
    static const int d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : d[m - 1];
}

/* Every (y, m, d) of 1800-2199 with d 1..31: format gives the ISO text,
 * read gives the day back exactly when the day exists. */
START_TEST(format_read_round_trip)
{
    char buf[11], want[32];
    long valid = 0;
    for (int y = 1800; y <= 2199; y++)
        for (int m = 1; m <= 12; m++)
            for (int d = 1; d <= 31; d++) {
                int day = y * 10000 + m * 100 + d;
                rg_date_format(day, buf);
                snprintf(want, sizeof want, "%04d-%02d-%02d", y, m, d);
                if (strcmp(buf, want) != 0) ck_abort_msg("rg_date_format(%d) = '%s'", day, buf);
                int back = rg_date_read(buf);
                int ok = d <= S_days_in(y, m);
                if (back != (ok ? day : 0)) ck_abort_msg("rg_date_read(\"%s\") = %d", buf, back);
                valid += ok;
            }
    ck_assert_int_eq(valid, 146097); /* days in 400 Gregorian years */
    rg_date_format(0, buf);
    ck_assert_str_eq(buf, "");
    rg_date_format(-5, buf);
    ck_assert_str_eq(buf, "");
}
END_TEST

START_TEST(read_rejects)
{
    static const char *const bad[] = {
        "2016",        "2016-03",     "2016-3-24",   "2016-03-4",    "2016/03/24",  "24-03-2016",
        "2016-03-24 ", " 2016-03-24", "2016-03-24T", "2016-03-24\n", "March 24, 2016", "",
        "2016-02-30",  "1799-12-31",  "2200-01-01",  "2016-13-01",   "2016_03_24",  "+016-03-24",
        "2016-03-2x",  "20160324",    "2016--03-24",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_msg(rg_date_read(bad[i]) == 0, "rg_date_read(\"%s\") = %d, expected 0", bad[i],
                      rg_date_read(bad[i]));
    ck_assert_int_eq(rg_date_read("2016-03-24"), 20160324);
    ck_assert_int_eq(rg_date_read("1800-01-01"), 18000101);
    ck_assert_int_eq(rg_date_read("2199-12-31"), 21991231);
}
END_TEST

/* -------------------------------------------------- rg_filter_set_dates */

START_TEST(filter_set_dates)
{
    rg_filter f = RG_FILTER_INIT;
    ck_assert_int_eq(rg_filter_set_dates(&f, "2016", "2016"), RG_OK);
    ck_assert_int_eq(f.since, 20160101);
    ck_assert_int_eq(f.until, 20161231);
    ck_assert(!rg_filter_is_noop(&f));
    ck_assert_int_eq(rg_filter_set_dates(&f, NULL, "2016-02"), RG_OK);
    ck_assert_int_eq(f.since, 0);
    ck_assert_int_eq(f.until, 20160229);
    ck_assert(!rg_filter_is_noop(&f));
    ck_assert_int_eq(rg_filter_set_dates(&f, "2016-03-24", NULL), RG_OK);
    ck_assert_int_eq(f.since, 20160324);
    ck_assert_int_eq(f.until, 0);
    ck_assert_int_eq(rg_filter_set_dates(&f, "2016-03", "2016-03-01"), RG_OK); /* one day */
    ck_assert_int_eq(f.since, 20160301);
    ck_assert_int_eq(f.until, 20160301);
    ck_assert_int_eq(rg_filter_set_dates(&f, NULL, NULL), RG_OK);
    ck_assert_int_eq(f.since, 0);
    ck_assert_int_eq(f.until, 0);
    ck_assert(rg_filter_is_noop(&f));
}
END_TEST

static const struct {
    const char *since, *until, *expect1, *expect2;
} S_bad_dates[] = {
    {"2016-3", NULL, "--since", "2016-3"},
    {"yesterday", "2017", "--since", "yesterday"},
    {"", NULL, "--since", "YYYY"},
    {NULL, "2016-02-30", "--until", "2016-02-30"},
    {"2015", "16", "--until", "16"},
    {"2017", "2016", "--since", "--until"},
    {"2016-03-24", "2016-03-23", "2016-03-24", "2016-03-23"},
    {"2016-04", "2016-03", "--since", "empty"},
};

START_TEST(filter_set_dates_errors)
{
    rg_filter f = RG_FILTER_INIT;
    rg_error_clear();
    int rc = rg_filter_set_dates(&f, S_bad_dates[_i].since, S_bad_dates[_i].until);
    ck_assert_msg(rc == RG_EUSAGE, "case %d: rc %d", _i, rc);
    const char *msg = rg_error_last();
    ck_assert_msg(strstr(msg, S_bad_dates[_i].expect1) && strstr(msg, S_bad_dates[_i].expect2),
                  "case %d: message '%s' lacks '%s' or '%s'", _i, msg, S_bad_dates[_i].expect1,
                  S_bad_dates[_i].expect2);
}
END_TEST

/* ----------------------------------------------------- the model: periods */

START_TEST(periods_sorted_merged)
{
    rg_graph *g = rg_graph_new();
    size_t a = rg_graph_node_add(g, "person:a", RG_PERSON, NULL);
    rg_graph_node_add_period(g, a, 20160827, RG_PERIOD_MENTIONS, 2);
    rg_graph_node_add_period(g, a, 20151218, RG_PERIOD_DOCUMENTS, 1);
    rg_graph_node_add_period(g, a, 20160827, RG_PERIOD_DOCUMENTS, 1);
    rg_graph_node_add_period(g, a, 20160827, RG_PERIOD_MENTIONS, 3); /* merges */
    rg_graph_node_add_period(g, a, 0, RG_PERIOD_MENTIONS, 9);        /* undated: ignored */
    rg_graph_node_add_period(g, a, 20160324, RG_PERIOD_MENTIONS, 0); /* zero: ignored */
    const rg_node *n = rg_graph_node(g, a);
    ck_assert_uint_eq(n->n_periods, 3);
    ck_assert_int_eq(n->periods[0].day, 20151218);
    ck_assert_int_eq(n->periods[0].what, RG_PERIOD_DOCUMENTS);
    ck_assert_int_eq(n->periods[1].day, 20160827); /* sorted by (day, what) */
    ck_assert_int_eq(n->periods[2].day, 20160827);
    ck_assert_int_lt(n->periods[1].what, n->periods[2].what);
    for (size_t i = 0; i < 3; i++)
        if (n->periods[i].what == RG_PERIOD_MENTIONS) ck_assert_int_eq(n->periods[i].n, 5);
    ck_assert_int_eq(n->mentions, 0); /* periods do not touch the totals */
    size_t np = 99;
    ck_assert_ptr_null(rg_graph_periods(g, &np));
    ck_assert_uint_eq(np, 0);
    rg_graph_add_period(g, 20170503, RG_PERIOD_DOCUMENTS, 1);
    rg_graph_add_period(g, 20160324, RG_PERIOD_DOCUMENTS, 2);
    rg_graph_add_period(g, 20170503, RG_PERIOD_DOCUMENTS, 1);
    const rg_period *gp = rg_graph_periods(g, &np);
    ck_assert_uint_eq(np, 2);
    ck_assert_int_eq(gp[0].day, 20160324);
    ck_assert_int_eq(gp[0].n, 2);
    ck_assert_int_eq(gp[1].day, 20170503);
    ck_assert_int_eq(gp[1].n, 2);
    rg_graph_free(g);
}
END_TEST

/* ------------------------------------------------- the window (filter) */

enum { D1 = 20151218, D2 = 20160324, D3 = 20160827, D4 = 20170503 };

/* Adds counts to a node the way the builder does: totals always, periods
 * for a dated day. */
static void S_node_day(rg_graph *g, size_t n, int day, long mentions, long docs)
{
    rg_graph_node_add_counts(g, n, mentions, docs);
    if (!day) return;
    rg_graph_node_add_period(g, n, day, RG_PERIOD_MENTIONS, mentions);
    rg_graph_node_add_period(g, n, day, RG_PERIOD_DOCUMENTS, docs);
}

/* The same for a link, with one interaction kind (or -1) counted nk
 * times and one evidence item of evkind from a document of that day. */
static void S_link_day(rg_graph *g, size_t l, int day, long cooc, long docs, int kind, long nk, int evkind,
                       const char *doc)
{
    rg_graph_link_add_counts(g, l, cooc, docs);
    if (kind >= 0) rg_graph_link_add_interaction(g, l, (rg_kind)kind, nk);
    if (day) {
        rg_graph_link_add_period(g, l, day, RG_PERIOD_COOCCURRENCE, cooc);
        rg_graph_link_add_period(g, l, day, RG_PERIOD_DOCUMENTS, docs);
        if (kind >= 0) rg_graph_link_add_period(g, l, day, kind, nk);
    }
    rg_evidence ev = {doc, 0, evkind, NULL, "Some sentence.", day};
    rg_graph_link_add_evidence(g, l, &ev);
}

/*
 * Six documents: D1 one, D2 two, D3 one, D4 one, one undated.
 *
 *   node  D1     D2     D3     D4     undated   (mentions/documents)
 *   abe                        5/1
 *   ann   2/1    3/2    1/1           4/1
 *   bob          1/1           2/1    1/1
 *   cat   1/1           2/1
 *   zed                               2/1
 *
 *   link     D1       D2                D3                  D4                undated
 *   ann-bob           cooc 2 docs 1                                           cooc 1 docs 1
 *                     consult 1                                               accuse 1
 *   ann-cat  cooc 1            cooc 3 docs 1 cooperate 1
 *            docs 1
 *   abe-bob                                                 cooc 1 docs 1
 *                                                           threaten 2
 *   ann-zed                                                                   cooc 1 docs 1
 *
 * Evidence: ann-bob "d2a" consult D2, "d2b" cooc D2, "u" accuse undated;
 * ann-cat "d1" cooc D1, "d3" cooperate D3; abe-bob "d4" threaten D4;
 * ann-zed "u" cooc undated. Node order: abe ann bob cat zed, so a node
 * dropped by a window (abe) shifts every index after it.
 */
static rg_graph *S_days_graph(void)
{
    rg_graph *g = rg_graph_new();
    rg_graph_set_window(g, "sentence");
    rg_graph_set_documents(g, 6);
    rg_graph_add_period(g, D1, RG_PERIOD_DOCUMENTS, 1);
    rg_graph_add_period(g, D2, RG_PERIOD_DOCUMENTS, 2);
    rg_graph_add_period(g, D3, RG_PERIOD_DOCUMENTS, 1);
    rg_graph_add_period(g, D4, RG_PERIOD_DOCUMENTS, 1);
    size_t abe = rg_graph_node_add(g, "person:abe", RG_PERSON, NULL);
    size_t ann = rg_graph_node_add(g, "person:ann", RG_PERSON, NULL);
    size_t bob = rg_graph_node_add(g, "person:bob", RG_PERSON, NULL);
    size_t cat = rg_graph_node_add(g, "country:CAT", RG_COUNTRY, NULL);
    size_t zed = rg_graph_node_add(g, "person:zed", RG_PERSON, NULL);
    rg_graph_node_set_label(g, ann, "Ann");
    rg_graph_node_set_label(g, cat, "Catland");
    S_node_day(g, abe, D4, 5, 1);
    S_node_day(g, ann, D1, 2, 1);
    S_node_day(g, ann, D2, 3, 2);
    S_node_day(g, ann, D3, 1, 1);
    S_node_day(g, ann, 0, 4, 1);
    S_node_day(g, bob, D2, 1, 1);
    S_node_day(g, bob, D4, 2, 1);
    S_node_day(g, bob, 0, 1, 1);
    S_node_day(g, cat, D3, 2, 1); /* out of day order on purpose */
    S_node_day(g, cat, D1, 1, 1);
    S_node_day(g, zed, 0, 2, 1);
    size_t l = rg_graph_link_add(g, ann, bob);
    S_link_day(g, l, D2, 2, 1, RG_CONSULT, 1, RG_CONSULT, "d2a");
    rg_evidence ev = {"d2b", 1, -1, NULL, "Ann and Bob.", D2};
    rg_graph_link_add_evidence(g, l, &ev);
    S_link_day(g, l, 0, 1, 1, RG_ACCUSE, 1, RG_ACCUSE, "u");
    l = rg_graph_link_add(g, cat, ann);
    S_link_day(g, l, D3, 3, 1, RG_COOPERATE, 1, RG_COOPERATE, "d3");
    S_link_day(g, l, D1, 1, 1, -1, 0, -1, "d1");
    l = rg_graph_link_add(g, abe, bob);
    S_link_day(g, l, D4, 1, 1, RG_THREATEN, 2, RG_THREATEN, "d4");
    l = rg_graph_link_add(g, ann, zed);
    S_link_day(g, l, 0, 1, 1, -1, 0, -1, "u");
    rg_graph_finish(g);
    return g;
}

static const rg_node *S_node(const rg_graph *g, const char *id)
{
    size_t i = rg_graph_find(g, id);
    return i == NONE ? NULL : rg_graph_node(g, i);
}

static const rg_link *S_link(const rg_graph *g, const char *a, const char *b)
{
    size_t x = rg_graph_find(g, a), y = rg_graph_find(g, b);
    if (x == NONE || y == NONE) return NULL;
    for (size_t i = 0; i < rg_graph_link_count(g); i++) {
        const rg_link *l = rg_graph_link(g, i);
        if ((l->source == x && l->target == y) || (l->source == y && l->target == x)) return l;
    }
    return NULL;
}

static void S_check_node(const rg_graph *g, const char *id, long mentions, long docs)
{
    const rg_node *n = S_node(g, id);
    ck_assert_msg(n != NULL, "node %s missing", id);
    ck_assert_msg(n->mentions == mentions && n->documents == docs,
                  "node %s: mentions %ld documents %ld, expected %ld %ld", id, n->mentions, n->documents,
                  mentions, docs);
}

static const rg_link *S_check_link(const rg_graph *g, const char *a, const char *b, long cooc, long docs,
                                   long weight, size_t n_evidence)
{
    const rg_link *l = S_link(g, a, b);
    ck_assert_msg(l != NULL, "link %s -- %s missing", a, b);
    ck_assert_msg(l->cooccurrence == cooc && l->documents == docs && l->weight == weight,
                  "link %s -- %s: cooccurrence %ld documents %ld weight %ld, expected %ld %ld %ld", a, b,
                  l->cooccurrence, l->documents, l->weight, cooc, docs, weight);
    ck_assert_msg(l->n_evidence == n_evidence, "link %s -- %s: %zu evidence, expected %zu", a, b, l->n_evidence,
                  n_evidence);
    return l;
}

/* g cut to the window [since, until] (NULL: open; see
 * rg_filter_set_dates), with the rest of f as it is. Caller frees. */
static rg_graph *S_cut(const rg_graph *g, rg_filter *f, const char *since, const char *until)
{
    int rc = rg_filter_set_dates(f, since, until);
    ck_assert_msg(rc == RG_OK, "rg_filter_set_dates(%s, %s): %d %s", since ? since : "NULL", until ? until : "NULL",
                  rc, rg_error_last());
    return rg_graph_filter(g, f);
}

/* Fails the test unless w counts docs documents, nodes nodes and links
 * links. */
static void S_check_sizes(const rg_graph *w, long docs, size_t nodes, size_t links)
{
    ck_assert_msg(rg_graph_documents(w) == docs && rg_graph_node_count(w) == nodes && rg_graph_link_count(w) == links,
                  "%ld documents, %zu nodes, %zu links; expected %ld, %zu, %zu", rg_graph_documents(w),
                  rg_graph_node_count(w), rg_graph_link_count(w), docs, nodes, links);
}

/* Every period of every node and link of g, and of g, is inside
 * [since, until] (0: open); every evidence day too. */
static void S_check_inside(const rg_graph *g, int since, int until)
{
#define S_IN(d) ((d) > 0 && (!since || (d) >= since) && (!until || (d) <= until))
    size_t np;
    const rg_period *gp = rg_graph_periods(g, &np);
    for (size_t p = 0; p < np; p++) ck_assert_msg(S_IN(gp[p].day), "graph period day %d", gp[p].day);
    for (size_t i = 0; i < rg_graph_node_count(g); i++) {
        const rg_node *n = rg_graph_node(g, i);
        for (size_t p = 0; p < n->n_periods; p++)
            ck_assert_msg(S_IN(n->periods[p].day), "node %s period day %d", n->id, n->periods[p].day);
    }
    for (size_t i = 0; i < rg_graph_link_count(g); i++) {
        const rg_link *l = rg_graph_link(g, i);
        for (size_t p = 0; p < l->n_periods; p++)
            ck_assert_msg(S_IN(l->periods[p].day), "link period day %d", l->periods[p].day);
        for (size_t e = 0; e < l->n_evidence; e++)
            ck_assert_msg(S_IN(l->evidence[e].day), "evidence %s day %d", l->evidence[e].doc,
                          l->evidence[e].day);
    }
#undef S_IN
}

START_TEST(window_built_graph)
{
    /* the hand-built graph itself: totals include undated documents */
    rg_graph *g = S_days_graph();
    ck_assert_uint_eq(rg_graph_node_count(g), 5);
    ck_assert_uint_eq(rg_graph_link_count(g), 4);
    ck_assert_uint_eq(rg_graph_find(g, "country:CAT"), 0);
    ck_assert_uint_eq(rg_graph_find(g, "person:abe"), 1);
    S_check_node(g, "person:ann", 10, 5);
    S_check_link(g, "person:ann", "person:bob", 3, 2, 5, 3);
    S_check_link(g, "person:ann", "country:CAT", 4, 2, 5, 2);
    const rg_node *c = S_node(g, "country:CAT");
    ck_assert_uint_eq(c->n_periods, 4);
    ck_assert_int_eq(c->periods[0].day, D1);
    ck_assert_int_eq(c->periods[3].day, D3);
    rg_graph_free(g);
}
END_TEST

START_TEST(window_2016)
{
    rg_graph *g = S_days_graph();
    rg_filter f = RG_FILTER_INIT;
    rg_graph *w = S_cut(g, &f, "2016", "2016");

    S_check_sizes(w, 3, 3, 2);
    size_t np;
    const rg_period *gp = rg_graph_periods(w, &np);
    ck_assert_uint_eq(np, 2);
    ck_assert_int_eq(gp[0].day, D2);
    ck_assert_int_eq(gp[0].n, 2);
    ck_assert_int_eq(gp[1].day, D3);
    ck_assert_int_eq(gp[1].n, 1);

    S_check_node(w, "person:ann", 4, 3);
    S_check_node(w, "person:bob", 1, 1);
    S_check_node(w, "country:CAT", 2, 1);
    ck_assert_ptr_null(S_node(w, "person:abe")); /* 2017 only */
    ck_assert_ptr_null(S_node(w, "person:zed")); /* undated only */
    /* attributes other than counts are kept */
    ck_assert_str_eq(S_node(w, "person:ann")->label, "Ann");
    ck_assert_int_eq(S_node(w, "country:CAT")->type, RG_COUNTRY);

    const rg_link *ab = S_check_link(w, "person:ann", "person:bob", 2, 1, 3, 2);
    ck_assert_int_eq(ab->interactions[RG_CONSULT], 1);
    ck_assert_int_eq(ab->interactions[RG_ACCUSE], 0); /* undated */
    ck_assert_str_eq(ab->evidence[0].doc, "d2a");
    ck_assert_str_eq(ab->evidence[1].doc, "d2b");
    const rg_link *ac = S_check_link(w, "person:ann", "country:CAT", 3, 1, 4, 1);
    ck_assert_int_eq(ac->interactions[RG_COOPERATE], 1);
    ck_assert_str_eq(ac->evidence[0].doc, "d3");
    ck_assert_int_eq(ac->evidence[0].day, D3);
    ck_assert_ptr_null(S_link(w, "person:abe", "person:bob"));
    ck_assert_ptr_null(S_link(w, "person:ann", "person:zed"));
    S_check_inside(w, 20160101, 20161231);

    /* the source is not changed */
    S_check_node(g, "person:ann", 10, 5);
    ck_assert_int_eq(rg_graph_documents(g), 6);

    /* cutting the window again changes nothing */
    rg_graph *w2 = rg_graph_filter(w, &f);
    char *a = S_render(w), *b = S_render(w2);
    ck_assert_str_eq(a, b);
    free(a);
    free(b);
    rg_graph_free(w2);
    rg_graph_free(w);
    rg_graph_free(g);
}
END_TEST

START_TEST(window_open_bounds)
{
    rg_graph *g = S_days_graph();
    rg_filter f = RG_FILTER_INIT;

    /* since only: D3 and D4 */
    rg_graph *w = S_cut(g, &f, "2016-03-25", NULL);
    S_check_sizes(w, 2, 4, 2);
    S_check_node(w, "person:ann", 1, 1);
    S_check_node(w, "person:bob", 2, 1);
    S_check_node(w, "country:CAT", 2, 1);
    S_check_node(w, "person:abe", 5, 1);
    S_check_link(w, "person:ann", "country:CAT", 3, 1, 4, 1);
    const rg_link *l = S_check_link(w, "person:abe", "person:bob", 1, 1, 3, 1);
    ck_assert_int_eq(l->interactions[RG_THREATEN], 2);
    ck_assert_ptr_null(S_link(w, "person:ann", "person:bob"));
    S_check_inside(w, 20160325, 0);
    rg_graph_free(w);

    /* until only (inclusive): D1 and D2 */
    w = S_cut(g, &f, NULL, "2016-03-24");
    S_check_sizes(w, 3, 3, 2);
    S_check_node(w, "person:ann", 5, 3);
    S_check_node(w, "person:bob", 1, 1);
    S_check_node(w, "country:CAT", 1, 1);
    S_check_link(w, "person:ann", "person:bob", 2, 1, 3, 2);
    l = S_check_link(w, "person:ann", "country:CAT", 1, 1, 1, 1);
    ck_assert_int_eq(l->interactions[RG_COOPERATE], 0);
    ck_assert_int_eq(l->evidence[0].day, D1);
    S_check_inside(w, 0, 20160324);
    rg_graph_free(w);

    /* one day */
    w = S_cut(g, &f, "2016-08-27", "2016-08-27");
    S_check_sizes(w, 1, 2, 1);
    S_check_link(w, "person:ann", "country:CAT", 3, 1, 4, 1);
    rg_graph_free(w);

    /* a window with nothing in it: an empty graph */
    w = S_cut(g, &f, "2018", NULL);
    S_check_sizes(w, 0, 0, 0);
    size_t np = 7;
    rg_graph_periods(w, &np);
    ck_assert_uint_eq(np, 0);
    rg_graph_free(w);

    /* everything dated (a window wider than the data): undated counts go,
     * and so does ann-zed, undated only */
    w = S_cut(g, &f, "1900", "2100");
    S_check_sizes(w, 5, 4, 3);
    S_check_node(w, "person:ann", 6, 4);
    S_check_node(w, "person:bob", 3, 2);
    S_check_link(w, "person:ann", "person:bob", 2, 1, 3, 2);
    S_check_link(w, "person:ann", "country:CAT", 4, 2, 5, 2);
    ck_assert_ptr_null(S_node(w, "person:zed"));
    rg_graph_free(w);
    rg_graph_free(g);
}
END_TEST

START_TEST(window_ego)
{
    rg_graph *g = S_days_graph();
    rg_filter f = RG_FILTER_INIT;

    /* without a window: bob's neighbours are ann and abe */
    ck_assert_int_eq(rg_filter_set_ego(&f, g, "person:bob"), RG_OK);
    f.radius = 1;
    rg_test_check_filter(g, &f, "no window", "person:abe person:ann person:bob", NULL);

    /* 2016: abe is gone (indices shift), bob's neighbour is ann alone */
    ck_assert_int_eq(rg_filter_set_dates(&f, "2016", "2016"), RG_OK);
    rg_graph *w = rg_test_filtered(g, &f, "2016", "person:ann person:bob", NULL);
    ck_assert_uint_eq(rg_graph_link_count(w), 1);
    S_check_link(w, "person:ann", "person:bob", 2, 1, 3, 2);
    rg_graph_free(w);

    /* radius 2 reaches Catland through ann */
    f.radius = 2;
    rg_test_check_filter(g, &f, "2016, radius 2", "country:CAT person:ann person:bob", NULL);

    /* an ego with nothing in the window: nothing is kept */
    ck_assert_int_eq(rg_filter_set_ego(&f, g, "person:abe"), RG_OK);
    f.radius = 5;
    w = rg_graph_filter(g, &f);
    ck_assert_uint_eq(rg_graph_node_count(w), 0);
    ck_assert_uint_eq(rg_graph_link_count(w), 0);
    rg_graph_free(w);
    ck_assert_int_eq(rg_filter_set_ego(&f, g, "person:zed"), RG_OK);
    ck_assert_int_eq(rg_filter_set_dates(&f, NULL, NULL), RG_OK);
    f.until = 21001231;
    rg_test_check_filter(g, &f, "ego zed, until 2100", "", NULL);

    /* the last node of the source as ego, with an earlier node dropped */
    ck_assert_int_eq(rg_filter_set_ego(&f, g, "person:bob"), RG_OK);
    ck_assert_int_eq(rg_filter_set_dates(&f, "2017", NULL), RG_OK);
    f.radius = 1;
    rg_test_check_filter(g, &f, "since 2017", "person:abe person:bob", NULL);
    rg_graph_free(g);
}
END_TEST

START_TEST(window_min_weight)
{
    rg_graph *g = S_days_graph();
    rg_filter f = RG_FILTER_INIT;

    /* without a window: ann-bob and ann-cat weigh 5, abe-bob 3, ann-zed 1 */
    f.min_weight = 4;
    rg_graph *w = rg_graph_filter(g, &f);
    ck_assert_uint_eq(rg_graph_link_count(w), 2);
    rg_graph_free(w);

    /* 2016: min-weight applies to the window's weights (ann-bob 3, ann-cat 4) */
    w = S_cut(g, &f, "2016", "2016");
    S_check_sizes(w, 3, 3, 1); /* bob stays, without links */
    S_check_link(w, "person:ann", "country:CAT", 3, 1, 4, 1);
    ck_assert_ptr_null(S_link(w, "person:ann", "person:bob"));
    rg_graph_free(w);

    f.drop_isolates = 1;
    rg_test_check_filter(g, &f, "2016, min-weight 4, no isolates", "country:CAT person:ann", NULL);

    f.min_weight = 5; /* nothing weighs 5 in 2016 */
    rg_test_check_filter(g, &f, "2016, min-weight 5", "", NULL);

    /* types after the window: persons only leave ann-bob */
    f.min_weight = 0;
    f.drop_isolates = 0;
    f.types = 1u << RG_PERSON;
    w = rg_test_filtered(g, &f, "2016, persons", "person:ann person:bob", NULL);
    S_check_link(w, "person:ann", "person:bob", 2, 1, 3, 2);
    rg_graph_free(w);
    rg_graph_free(g);
}
END_TEST

START_TEST(window_undated_graph)
{
    /* a graph without periods: a window keeps nothing */
    rg_graph *g = rg_test_pair();
    rg_graph_node_add_counts(g, 0, 1, 1);
    rg_graph_node_add_counts(g, 1, 1, 1);
    rg_graph_set_documents(g, 1);
    rg_graph_finish(g);
    rg_filter f = RG_FILTER_INIT;
    rg_graph *w = S_cut(g, &f, "1800", NULL);
    S_check_sizes(w, 0, 0, 0);
    rg_graph_free(w);
    rg_graph_free(g);
}
END_TEST

/* ------------------------------------------------------------------ JSON */

static void S_same_periods(const rg_period *a, size_t na, const rg_period *b, size_t nb, const char *what)
{
    ck_assert_msg(na == nb, "%s: %zu periods, expected %zu", what, nb, na);
    for (size_t i = 0; i < na; i++)
        ck_assert_msg(a[i].day == b[i].day && a[i].what == b[i].what && a[i].n == b[i].n,
                      "%s: period %zu is (%d, %d, %ld), expected (%d, %d, %ld)", what, i, b[i].day, b[i].what,
                      b[i].n, a[i].day, a[i].what, a[i].n);
}

START_TEST(json_round_trip)
{
    rg_graph *g = S_days_graph(), *back = NULL;
    char *first = S_render(g);
    /* by_date and evidence dates are written */
    ck_assert_ptr_nonnull(strstr(first, "\"by_date\""));
    ck_assert_ptr_nonnull(strstr(first, "\"date\": \"2015-12-18\""));
    ck_assert_ptr_nonnull(strstr(first, "\"date\": \"2017-05-03\""));
    ck_assert_int_eq(rg_graph_read_json_mem(&back, first, strlen(first), "days.json"), RG_OK);
    char *second = S_render(back);
    ck_assert_str_eq(first, second);

    size_t na, nb;
    const rg_period *pa = rg_graph_periods(g, &na), *pb = rg_graph_periods(back, &nb);
    S_same_periods(pa, na, pb, nb, "graph");
    ck_assert_uint_eq(rg_graph_node_count(back), rg_graph_node_count(g));
    ck_assert_uint_eq(rg_graph_link_count(back), rg_graph_link_count(g));
    for (size_t i = 0; i < rg_graph_node_count(g); i++) {
        const rg_node *x = rg_graph_node(g, i), *y = rg_graph_node(back, i);
        S_same_periods(x->periods, x->n_periods, y->periods, y->n_periods, x->id);
    }
    for (size_t i = 0; i < rg_graph_link_count(g); i++) {
        const rg_link *x = rg_graph_link(g, i), *y = rg_graph_link(back, i);
        S_same_periods(x->periods, x->n_periods, y->periods, y->n_periods, "a link");
        ck_assert_uint_eq(x->n_evidence, y->n_evidence);
        for (size_t e = 0; e < x->n_evidence; e++) ck_assert_int_eq(x->evidence[e].day, y->evidence[e].day);
    }

    /* a graph read back cuts to the same window as the original */
    rg_filter f = RG_FILTER_INIT;
    ck_assert_int_eq(rg_filter_set_dates(&f, "2016", NULL), RG_OK);
    rg_graph *wa = rg_graph_filter(g, &f), *wb = rg_graph_filter(back, &f);
    char *ja = S_render(wa), *jb = S_render(wb);
    ck_assert_str_eq(ja, jb);
    /* and the window's own JSON round-trips */
    rg_graph *wc = NULL;
    ck_assert_int_eq(rg_graph_read_json_mem(&wc, ja, strlen(ja), "w.json"), RG_OK);
    char *jc = S_render(wc);
    ck_assert_str_eq(ja, jc);
    ck_assert_ptr_null(strstr(ja, "2015-12-18"));
    free(ja);
    free(jb);
    free(jc);
    rg_graph_free(wa);
    rg_graph_free(wb);
    rg_graph_free(wc);
    free(first);
    free(second);
    rg_graph_free(back);
    rg_graph_free(g);
}
END_TEST

/* A small graph JSON with four slots: graph, node person:a, the link and
 * its evidence item get the text of each slot appended to their members. */
static char *S_json(const char *gs, const char *ns, const char *ls, const char *es)
{
    static const char tmpl[] =
        "{\"graph\": {\"documents\": 2, \"window\": \"sentence\"%s},\n"
        " \"nodes\": [{\"id\": \"person:a\", \"type\": \"person\", \"mentions\": 2, \"documents\": 2%s},\n"
        "            {\"id\": \"person:b\", \"type\": \"person\", \"mentions\": 1, \"documents\": 1,\n"
        "             \"by_date\": [{\"date\": \"2016-03-24\", \"documents\": 1, \"mentions\": 1}]}],\n"
        " \"links\": [{\"source\": \"person:a\", \"target\": \"person:b\", \"cooccurrence\": 1,\n"
        "            \"documents\": 1%s, \"evidence\": [{\"doc\": \"d.txt\", \"sentence\": 0,\n"
        "            \"kind\": \"cooccurrence\", \"text\": \"A and B.\"%s}]}]}\n";
    size_t n = sizeof tmpl + strlen(gs) + strlen(ns) + strlen(ls) + strlen(es);
    char *s = malloc(n);
    ck_assert_ptr_nonnull(s);
    snprintf(s, n, tmpl, gs, ns, ls, es);
    return s;
}

START_TEST(json_read_by_date)
{
    char *s = S_json(", \"by_date\": [{\"date\": \"2016-03-24\", \"documents\": 1}]",
                     ", \"by_date\": [{\"date\": \"2016-03-24\", \"documents\": 1, \"mentions\": 2}]",
                     ", \"by_date\": [{\"date\": \"2016-03-24\", \"cooccurrence\": 1, \"documents\": 1,"
                     " \"interactions\": {\"consult\": 1, \"accuse\": 2}}]",
                     ", \"date\": \"2016-03-24\"");
    rg_graph *g = NULL;
    int rc = rg_graph_read_json_mem(&g, s, strlen(s), "ok.json");
    ck_assert_msg(rc == RG_OK, "%d %s", rc, rg_error_last());
    size_t np;
    const rg_period *gp = rg_graph_periods(g, &np);
    ck_assert_uint_eq(np, 1);
    ck_assert_int_eq(gp[0].day, 20160324);
    ck_assert_int_eq(gp[0].what, RG_PERIOD_DOCUMENTS);
    const rg_node *a = S_node(g, "person:a");
    ck_assert_uint_eq(a->n_periods, 2);
    const rg_link *l = rg_graph_link(g, 0);
    ck_assert_uint_eq(l->n_periods, 4); /* cooccurrence, documents, consult, accuse */
    long kinds[RG_KIND_COUNT] = {0};
    for (size_t p = 0; p < l->n_periods; p++)
        if (l->periods[p].what >= 0) kinds[l->periods[p].what] += l->periods[p].n;
    ck_assert_int_eq(kinds[RG_CONSULT], 1);
    ck_assert_int_eq(kinds[RG_ACCUSE], 2);
    ck_assert_int_eq(l->evidence[0].day, 20160324);
    /* the window uses what was read */
    rg_filter f = RG_FILTER_INIT;
    ck_assert_int_eq(rg_filter_set_dates(&f, "2016-03", "2016-03"), RG_OK);
    rg_graph *w = rg_graph_filter(g, &f);
    ck_assert_uint_eq(rg_graph_link_count(w), 1);
    ck_assert_int_eq(rg_graph_link(w, 0)->weight, 4);
    S_check_node(w, "person:a", 2, 1);
    rg_graph_free(w);
    rg_graph_free(g);
    free(s);

    /* by_date and an evidence date may be null or absent: undated */
    s = S_json(", \"by_date\": null", ", \"by_date\": []", "", ", \"date\": null");
    g = NULL;
    rc = rg_graph_read_json_mem(&g, s, strlen(s), "null.json");
    ck_assert_msg(rc == RG_OK, "%d %s", rc, rg_error_last());
    rg_graph_periods(g, &np);
    ck_assert_uint_eq(np, 0);
    ck_assert_int_eq(rg_graph_link(g, 0)->evidence[0].day, 0);
    rg_graph_free(g);
    free(s);
}
END_TEST

static const struct {
    const char *g, *n, *l, *e, *expect;
} S_bad_by_date[] = {
    {", \"by_date\": {}", "", "", "", "graph: \"by_date\" must be an array"},
    {"", ", \"by_date\": {\"date\": \"2016-03-24\"}", "", "",
     "nodes[0] ('person:a'): \"by_date\" must be an array"},
    {"", "", ", \"by_date\": \"2016-03-24\"", "", "links[0]: \"by_date\" must be an array"},
    {"", ", \"by_date\": [1]", "", "", "nodes[0] ('person:a').by_date[0] must be an object"},
    {", \"by_date\": [[]]", "", "", "", "graph.by_date[0] must be an object"},
    {"", ", \"by_date\": [{\"documents\": 1}]", "", "", "by_date[0]: \"date\" must be a day written YYYY-MM-DD"},
    {"", ", \"by_date\": [{\"date\": \"2016-03-24\", \"documents\": 1}, {\"date\": \"2016-3-24\"}]", "", "",
     "nodes[0] ('person:a').by_date[1]: \"date\" must be a day"},
    {"", "", ", \"by_date\": [{\"date\": \"2016-02-30\", \"cooccurrence\": 1}]", "",
     "links[0].by_date[0]: \"date\" must be a day"},
    {", \"by_date\": [{\"date\": 20160324, \"documents\": 1}]", "", "", "",
     "graph.by_date[0]: \"date\" must be a string"},
    {", \"by_date\": [{\"date\": \"24 March 2016\", \"documents\": 1}]", "", "", "", "graph.by_date[0]: \"date\""},
    {"", ", \"by_date\": [{\"date\": \"2016-03-24\", \"documents\": -1}]", "", "",
     "by_date[0]: \"documents\" must be a non-negative count"},
    {"", ", \"by_date\": [{\"date\": \"2016-03-24\", \"mentions\": \"2\"}]", "", "", "\"mentions\" must be a number"},
    {"", "", ", \"by_date\": [{\"date\": \"2016-03-24\", \"cooccurrence\": -3}]", "",
     "links[0].by_date[0]: \"cooccurrence\" must be a non-negative count"},
    {"", "", ", \"by_date\": [{\"date\": \"2016-03-24\", \"documents\": 1.5}]", "", "non-negative whole number"},
    {"", "", ", \"by_date\": [{\"date\": \"2016-03-24\", \"interactions\": {\"hug\": 1}}]", "",
     "links[0].by_date[0].interactions: unknown interaction kind 'hug'"},
    {"", "", ", \"by_date\": [{\"date\": \"2016-03-24\", \"interactions\": [1]}]", "",
     "links[0].by_date[0]: \"interactions\" must be an object"},
    {"", "", ", \"by_date\": [{\"date\": \"2016-03-24\", \"interactions\": {\"consult\": -2}}]", "",
     "\"consult\" must be a non-negative count"},
    {"", "", "", ", \"date\": \"24 March 2016\"", "links[0].evidence[0]: \"date\" must be a day written YYYY-MM-DD"},
    {"", "", "", ", \"date\": \"2016-02-30\"", "links[0].evidence[0]: \"date\" must be a day"},
    {"", "", "", ", \"date\": \"\"", "links[0].evidence[0]: \"date\" must be a day"},
    {"", "", "", ", \"date\": 20160324", "links[0].evidence[0]: \"date\" must be a string"},
};

START_TEST(json_reject_by_date)
{
    char *s = S_json(S_bad_by_date[_i].g, S_bad_by_date[_i].n, S_bad_by_date[_i].l, S_bad_by_date[_i].e);
    rg_test_check_json_refused(s, S_bad_by_date[_i].expect, _i);
    free(s);
}
END_TEST

/* ------------------------------------------------ extraction and builder */

static rg_doc *S_doc(const char *name, const char *date, const char *text)
{
    rg_doc *doc = NULL;
    rg_extract_opts eo = RG_EXTRACT_OPTS_INIT;
    int rc = rg_extract(&doc, rg_test_lex, name, date, text, strlen(text), &eo);
    ck_assert_msg(rc == RG_OK, "rg_extract(%s): %d %s", name, rc, rg_error_last());
    ck_assert_ptr_nonnull(doc);
    return doc;
}

static const char S_reuters[] =
    "MOSCOW, March 24, 2016 (Reuters) - Russian Foreign Minister Sergei Lavrov met U.S. Secretary of "
    "State John Kerry in Moscow on Thursday. The talks lasted four hours.\n";

START_TEST(extract_day)
{
    rg_doc *d = S_doc("a.txt", NULL, S_reuters);
    ck_assert_int_eq(d->day, 20160324);
    ck_assert_ptr_null(d->date);
    rg_doc_free(d);

    /* a given date wins over the text */
    d = S_doc("b.txt", "26-FEB-1987 15:01:01.79", S_reuters);
    ck_assert_int_eq(d->day, 19870226);
    ck_assert_str_eq(d->date, "26-FEB-1987 15:01:01.79");
    rg_doc_free(d);
    d = S_doc("c.txt", "2015-12-18", S_reuters);
    ck_assert_int_eq(d->day, 20151218);
    rg_doc_free(d);

    /* a given date without a day gives way to the text */
    d = S_doc("d.txt", "sometime in 2016", S_reuters);
    ck_assert_int_eq(d->day, 20160324);
    rg_doc_free(d);

    /* no date anywhere */
    d = S_doc("e.txt", NULL, "Lavrov met Kerry in Moscow.");
    ck_assert_int_eq(d->day, 0);
    rg_doc_free(d);
}
END_TEST

/* Only the first 1 KB is searched: a date after it, or one that begins
 * inside it and ends after it, does not date the document. */
START_TEST(extract_day_first_kb)
{
    static const char filler[] = "The delegates talked about trade for a long time. "; /* 51 bytes */
    const char *date = "March 24, 2016";
    size_t dl = strlen(date);
    size_t at[] = {0, 900, 1024 - dl, 1024 - dl + 1, 1020, 1024, 1100, 3000};
    for (size_t i = 0; i < sizeof at / sizeof at[0]; i++) {
        size_t n = at[i] + dl + 64;
        char *text = malloc(n);
        ck_assert_ptr_nonnull(text);
        for (size_t k = 0; k < at[i]; k++) text[k] = filler[k % (sizeof filler - 1)];
        if (at[i]) text[at[i] - 1] = ' '; /* the date starts a word */
        snprintf(text + at[i], n - at[i], "%s Lavrov met Kerry.\n", date);
        rg_doc *d = S_doc("kb.txt", NULL, text);
        int want = at[i] + dl <= 1024 ? 20160324 : 0;
        ck_assert_msg(d->day == want, "date at byte %zu: day %d, expected %d", at[i], d->day, want);
        rg_doc_free(d);
        free(text);
    }
}
END_TEST

/* The graph of docs[0..n) with the default options (and --strict's
 * when strict). */
static rg_graph *S_build(const rg_doc *const *docs, size_t n, int strict)
{
    rg_build_opts bo = RG_BUILD_OPTS_INIT;
    bo.strict = strict;
    rg_builder *b = rg_builder_new(&bo);
    for (size_t i = 0; i < n; i++) rg_builder_add(b, docs[i]);
    return rg_builder_finish(b);
}

/* The graph of documents one.txt, two.txt, ... with these texts, built
 * with the default options (the documents are freed: the graph keeps
 * what it needs). */
static rg_graph *S_graph_of(const char *const *texts, size_t n)
{
    static const char *const names[] = {"one.txt", "two.txt", "three.txt", "four.txt"};
    const rg_doc *docs[4];
    ck_assert_uint_le(n, 4);
    for (size_t i = 0; i < n; i++) docs[i] = S_doc(names[i], NULL, texts[i]);
    rg_graph *g = S_build(docs, n, 0);
    for (size_t i = 0; i < n; i++) rg_doc_free((rg_doc *)docs[i]);
    return g;
}

/* A one-name person under a monarch's title ("King Salman") joins no
 * full name of another document by surname; a lone surname does. */
START_TEST(builder_regnal_not_surname)
{
    static const char *const texts[] = {
        "King Salman met Kenya's foreign minister.\n",
        "Mohammed bin Salman met Uganda's foreign minister. Salman said so.\n",
        "Mr. Salman told reporters he would return.\n",
    };
    rg_graph *g = S_graph_of(texts, 3);
    ck_assert_ptr_nonnull(S_node(g, "person:king-salman"));
    ck_assert_ptr_nonnull(S_node(g, "person:mohammed-bin-salman"));
    ck_assert_ptr_null(S_node(g, "person:salman"));
    rg_graph_free(g);
}
END_TEST

/* A name a demonym qualifies is that country's: the Somali and the
 * Afghan National Army are two nodes, each labelled with its demonym,
 * and "the National Army" later in a document is the one named before. */
START_TEST(builder_demonym_named_groups_distinct)
{
    static const char *const texts[] = {
        "The Somali National Army attacked al-Shabaab. The National Army said so.\n",
        "The Afghan National Army attacked the Taliban.\n",
    };
    rg_graph *g = S_graph_of(texts, 2);
    const rg_node *so = S_node(g, "group:somali-national-army"), *af = S_node(g, "group:afghan-national-army");
    ck_assert_ptr_nonnull(so);
    ck_assert_ptr_nonnull(af);
    ck_assert_str_eq(so->label, "Somali National Army");
    ck_assert_pstr_eq(so->affiliation, "country:SOM");
    ck_assert_pstr_eq(af->affiliation, "country:AFG");
    ck_assert_ptr_null(S_node(g, "group:national-army"));
    rg_graph_free(g);
}
END_TEST

/* An entity named only in a dateline is no node; one named in the
 * story too is ("LAGOS, Nigeria (AP) - ... Nigeria's army"). */
START_TEST(builder_dateline_no_node)
{
    rg_doc *d1 = S_doc("one.txt", NULL, "LAGOS, Nigeria (AP) - Kenya accused Chad of arming rebels.\n");
    rg_doc *d2 = S_doc("two.txt", NULL, "NIAMEY, Niger (Reuters) - Niger's army said Mali attacked its troops.\n");
    const rg_doc *docs[] = {d1, d2};
    rg_graph *g = S_build(docs, 2, 0);
    ck_assert_ptr_null(S_node(g, "country:NGA"));
    ck_assert_ptr_null(S_node(g, "group:ap"));
    ck_assert_ptr_null(S_node(g, "group:reuters"));
    ck_assert_ptr_nonnull(S_node(g, "country:KEN"));
    ck_assert_ptr_nonnull(S_node(g, "country:NER"));
    rg_graph_free(g);
    rg_doc_free(d1);
    rg_doc_free(d2);
}
END_TEST

/* --strict keeps the interactions a pattern states and leaves out the
 * guesses (here the lead's); the co-occurrence stays. */
START_TEST(builder_strict_no_guesses)
{
    static const char text[] = "Kenya's government and the main opposition Unity Front resumed talks on Thursday under "
                               "Ugandan mediation. Later Kenya met Chad.\n";
    for (int strict = 0; strict < 2; strict++) {
        rg_doc *d = S_doc("s.txt", NULL, text);
        int lead = 0;
        for (size_t i = 0; i < d->n_interactions; i++) lead += d->interactions[i].tier == RG_TIER_LEAD;
        ck_assert_int_gt(lead, 0);
        const rg_doc *docs[] = {d};
        rg_graph *g = S_build(docs, 1, strict);
        const rg_link *l = S_link(g, "country:KEN", "country:UGA");
        ck_assert_ptr_nonnull(l);
        ck_assert_int_eq(l->cooccurrence, 1);
        ck_assert_int_eq(l->weight, strict ? 1 : 2);
        l = S_link(g, "country:KEN", "country:TCD");
        ck_assert_msg(l && l->weight == 2, "a pattern's interaction left out");
        rg_graph_free(g);
        rg_doc_free(d);
    }
}
END_TEST

START_TEST(builder_periods)
{
    rg_doc *d1 = S_doc("one.txt", NULL, S_reuters);
    rg_doc *d2 = S_doc("two.txt", "2016-08-27",
                       "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry in Geneva.\n");
    rg_doc *d3 = S_doc("three.txt", NULL,
                       "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry in Vienna.\n");
    ck_assert_int_eq(d1->day, 20160324);
    ck_assert_int_eq(d2->day, 20160827);
    ck_assert_int_eq(d3->day, 0);
    const rg_doc *all[] = {d1, d2, d3};
    rg_graph *g = S_build(all, 3, 0);

    ck_assert_int_eq(rg_graph_documents(g), 3);
    size_t np;
    const rg_period *gp = rg_graph_periods(g, &np);
    ck_assert_uint_eq(np, 2);
    ck_assert_int_eq(gp[0].day, 20160324);
    ck_assert_int_eq(gp[0].what, RG_PERIOD_DOCUMENTS);
    ck_assert_int_eq(gp[0].n, 1);
    ck_assert_int_eq(gp[1].day, 20160827);
    ck_assert_int_eq(gp[1].n, 1);

    const rg_node *k = S_node(g, "person:john-kerry");
    ck_assert_msg(k != NULL, "no person:john-kerry");
    ck_assert_int_eq(k->documents, 3);
    long dated_docs = 0, dated_mentions = 0;
    for (size_t p = 0; p < k->n_periods; p++) {
        ck_assert(k->periods[p].day == 20160324 || k->periods[p].day == 20160827);
        if (k->periods[p].what == RG_PERIOD_DOCUMENTS) dated_docs += k->periods[p].n;
        if (k->periods[p].what == RG_PERIOD_MENTIONS) dated_mentions += k->periods[p].n;
    }
    ck_assert_int_eq(dated_docs, 2);
    ck_assert_int_eq(dated_mentions, 2);

    const rg_link *l = S_link(g, "person:john-kerry", "person:sergei-lavrov");
    ck_assert_msg(l != NULL, "no Kerry -- Lavrov link");
    ck_assert_int_eq(l->cooccurrence, 3);
    ck_assert_int_eq(l->documents, 3);
    ck_assert_int_eq(l->interactions[RG_CONSULT], 3);
    long cooc[2] = {0}, docs[2] = {0}, consult[2] = {0};
    for (size_t p = 0; p < l->n_periods; p++) {
        int day = l->periods[p].day;
        ck_assert(day == 20160324 || day == 20160827);
        int j = day == 20160827;
        if (l->periods[p].what == RG_PERIOD_COOCCURRENCE) cooc[j] += l->periods[p].n;
        if (l->periods[p].what == RG_PERIOD_DOCUMENTS) docs[j] += l->periods[p].n;
        if (l->periods[p].what == RG_CONSULT) consult[j] += l->periods[p].n;
    }
    ck_assert(cooc[0] == 1 && cooc[1] == 1 && docs[0] == 1 && docs[1] == 1 && consult[0] == 1 && consult[1] == 1);
    ck_assert_uint_eq(l->n_evidence, 3);
    for (size_t e = 0; e < 3; e++) {
        int want = strcmp(l->evidence[e].doc, "one.txt") == 0   ? 20160324
                   : strcmp(l->evidence[e].doc, "two.txt") == 0 ? 20160827
                                                                 : 0;
        ck_assert_msg(l->evidence[e].day == want, "evidence of %s: day %d", l->evidence[e].doc, l->evidence[e].day);
    }

    /* the 2016-08 window is the second document alone */
    rg_filter f = RG_FILTER_INIT;
    ck_assert_int_eq(rg_filter_set_dates(&f, "2016-08", "2016-08"), RG_OK);
    rg_graph *w = rg_graph_filter(g, &f);
    ck_assert_int_eq(rg_graph_documents(w), 1);
    l = S_link(w, "person:john-kerry", "person:sergei-lavrov");
    ck_assert_ptr_nonnull(l);
    ck_assert_int_eq(l->weight, 2);
    ck_assert_uint_eq(l->n_evidence, 1);
    ck_assert_str_eq(l->evidence[0].doc, "two.txt");
    rg_graph_free(w);

    rg_graph_free(g);
    rg_doc_free(d1);
    rg_doc_free(d2);
    rg_doc_free(d3);
}
END_TEST

/* ----------------------------------------------------------------- suite */

Suite *rg_suite_dates(void)
{
    Suite *s = suite_create("dates");
    TCase *tc = tcase_create("parse");
    tcase_add_test(tc, find_spellings);
    tcase_add_test(tc, find_prefixes);
    tcase_add_test(tc, find_first_wins);
    tcase_add_test(tc, find_not_dates);
    tcase_add_test(tc, find_reuters_long_year);
    tcase_add_test(tc, parse_bound_forms);
    tcase_add_test(tc, parse_bound_rejects);
    tcase_add_test(tc, format_read_round_trip);
    tcase_add_test(tc, read_rejects);
    tcase_add_test(tc, filter_set_dates);
    tcase_add_loop_test(tc, filter_set_dates_errors, 0, (int)(sizeof S_bad_dates / sizeof S_bad_dates[0]));
    suite_add_tcase(s, tc);

    tc = tcase_create("window");
    tcase_add_test(tc, periods_sorted_merged);
    tcase_add_test(tc, window_built_graph);
    tcase_add_test(tc, window_2016);
    tcase_add_test(tc, window_open_bounds);
    tcase_add_test(tc, window_ego);
    tcase_add_test(tc, window_min_weight);
    tcase_add_test(tc, window_undated_graph);
    suite_add_tcase(s, tc);

    tc = tcase_create("json");
    tcase_add_test(tc, json_round_trip);
    tcase_add_test(tc, json_read_by_date);
    tcase_add_loop_test(tc, json_reject_by_date, 0, (int)(sizeof S_bad_by_date / sizeof S_bad_by_date[0]));
    suite_add_tcase(s, tc);

    tc = tcase_create("extract");
    tcase_add_unchecked_fixture(tc, rg_test_lex_setup, rg_test_lex_teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, extract_day);
    tcase_add_test(tc, extract_day_first_kb);
    tcase_add_test(tc, builder_periods);
    tcase_add_test(tc, builder_regnal_not_surname);
    tcase_add_test(tc, builder_demonym_named_groups_distinct);
    tcase_add_test(tc, builder_dateline_no_node);
    tcase_add_test(tc, builder_strict_no_guesses);
    suite_add_tcase(s, tc);
    return s;
}
