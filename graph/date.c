/*
 * date.c: calendar days as integers yyyymmdd (0 = unknown), found in the
 * date fields and the opening lines of news documents.
 *
 * An integer day sorts like the calendar, compares with <, fits a period
 * record in 4 bytes and formats as ISO 8601 without any time-zone
 * question: news is dated by the day.
 *
 * rg_date_find() recognises the spellings news and its metadata use:
 *
 *   2016-03-24, 2016/03/24, 2016-03-24T10:00:00Z   ISO and its slashed form
 *   26-FEB-1987 15:01:01.79                         Reuters-21578, Oracle
 *   March 24, 2016   Mar. 24 2016   Sept 4, 2016   US style
 *   24 March 2016    Thu, 24 Mar 2016 10:00 +0000  British style, RFC 2822
 *
 * and nothing vaguer: a year alone, "March 2016" or "24/03/2016" (day and
 * month order unknowable) are not days. Years 1800-2199 only, and the day
 * must exist in its month, so numbers in text are not mistaken for dates.
 */
#include "rg_common.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static int S_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int S_days_in(int y, int m)
{
    static const int d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && S_leap(y) ? 29 : d[m - 1];
}

/* yyyymmdd, or 0 when the day does not exist */
static int S_make(int y, int m, int d)
{
    if (y < 1800 || y > 2199 || m < 1 || m > 12 || d < 1 || d > S_days_in(y, m)) return 0;
    return y * 10000 + m * 100 + d;
}

/* Digits at s[i..n): their value, at most max of them, *len set; -1 when
 * none. */
static int S_num(const char *s, size_t n, size_t i, int max, size_t *len)
{
    int v = 0, k = 0;
    while (i + (size_t)k < n && k < max && isdigit((unsigned char)s[i + k])) v = v * 10 + (s[i + k++] - '0');
    *len = (size_t)k;
    return k ? v : -1;
}

/* A month name at s[i..n): full ("September"), three letters ("Sep"),
 * or the four-letter "Sept"; any case, an optional dot after an
 * abbreviation. 1-12 with *len set, or 0. */
static int S_month(const char *s, size_t n, size_t i, size_t *len)
{
    static const char *const full[12] = {"january", "february", "march",     "april",   "may",      "june",
                                         "july",    "august",   "september", "october", "november", "december"};
    size_t w = 0;
    while (i + w < n && isalpha((unsigned char)s[i + w])) w++;
    if (w < 3) return 0;
    for (int m = 0; m < 12; m++) {
        size_t fl = strlen(full[m]);
        int ok = (w == fl || w == 3 || (m == 8 && w == 4)) && w <= fl && strncasecmp(s + i, full[m], w) == 0;
        if (!ok) continue;
        *len = w;
        if (w < fl && i + w < n && s[i + w] == '.') (*len)++;
        return m + 1;
    }
    return 0;
}

/* Spaces (and one comma) between the parts of a written date. */
static size_t S_gap(const char *s, size_t n, size_t i, int comma)
{
    size_t k = i;
    if (comma && k < n && s[k] == ',') k++;
    while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n')) k++;
    return k;
}

/* A day at s[i..n) whose text starts exactly there, or 0. */
static int S_date_at(const char *s, size_t n, size_t i)
{
    size_t a, b, c;
    if (isdigit((unsigned char)s[i])) {
        int x = S_num(s, n, i, 4, &a);
        if (i + a < n && isdigit((unsigned char)s[i + a])) return 0; /* five digits or more */
        size_t j = i + a;
        if (a == 4 && j < n && (s[j] == '-' || s[j] == '/')) {
            /* 2016-03-24, 2016/03/24 */
            char sep = s[j];
            int m = S_num(s, n, j + 1, 2, &b);
            if (b != 2 || j + 1 + b >= n || s[j + 1 + b] != sep) return 0;
            int d = S_num(s, n, j + 2 + b, 2, &c);
            if (c != 2 || (j + 2 + b + c < n && isdigit((unsigned char)s[j + 2 + b + c]))) return 0;
            return S_make(x, m, d);
        }
        if (a <= 2 && j < n && s[j] == '-') {
            /* 26-FEB-1987 */
            int m = S_month(s, n, j + 1, &b);
            if (!m || j + 1 + b >= n || s[j + 1 + b] != '-') return 0;
            int y = S_num(s, n, j + 2 + b, 4, &c);
            if (c != 4 || (j + 2 + b + c < n && isdigit((unsigned char)s[j + 2 + b + c]))) return 0;
            return S_make(y, m, x);
        }
        if (a <= 2) {
            /* 24 March 2016 */
            size_t k = S_gap(s, n, j, 0);
            if (k == j) return 0;
            int m = S_month(s, n, k, &b);
            if (!m) return 0;
            size_t k2 = S_gap(s, n, k + b, 1);
            if (k2 == k + b) return 0;
            int y = S_num(s, n, k2, 4, &c);
            if (c != 4 || (k2 + c < n && isdigit((unsigned char)s[k2 + c]))) return 0;
            return S_make(y, m, x);
        }
        return 0;
    }
    if (isalpha((unsigned char)s[i])) {
        /* March 24, 2016 */
        int m = S_month(s, n, i, &a);
        if (!m) return 0;
        size_t k = S_gap(s, n, i + a, 0);
        if (k == i + a) return 0;
        int d = S_num(s, n, k, 2, &b);
        if (d < 0 || (k + b < n && isdigit((unsigned char)s[k + b]))) return 0;
        size_t k2 = S_gap(s, n, k + b, 1);
        if (k2 == k + b) return 0;
        int y = S_num(s, n, k2, 4, &c);
        if (c != 4 || (k2 + c < n && isdigit((unsigned char)s[k2 + c]))) return 0;
        return S_make(y, m, d);
    }
    return 0;
}

int rg_date_find(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        /* dates start at a word boundary */
        if (i && isalnum((unsigned char)s[i - 1])) continue;
        if (!isalnum((unsigned char)s[i])) continue;
        int d = S_date_at(s, n, i);
        if (d) return d;
    }
    return 0;
}

int rg_date_parse_bound(const char *s, int upper, int *out)
{
    size_t n = strlen(s), a, b = 0, c = 0;
    int y = S_num(s, n, 0, 4, &a), m = upper ? 12 : 1, d = 1;
    if (a != 4) return -1;
    if (a < n) {
        if (s[a] != '-') return -1;
        m = S_num(s, n, a + 1, 2, &b);
        if (b != 2) return -1;
        if (a + 1 + b < n) {
            if (s[a + 1 + b] != '-') return -1;
            d = S_num(s, n, a + 2 + b, 2, &c);
            if (c != 2 || a + 2 + b + c != n) return -1;
        } else if (upper && m >= 1 && m <= 12 && y >= 1800 && y <= 2199) {
            d = S_days_in(y, m);
        }
    } else if (upper) {
        d = 31;
    }
    *out = S_make(y, m, d);
    return *out ? 0 : -1;
}

void rg_date_format(int day, char out[11])
{
    if (day <= 0) {
        out[0] = '\0';
        return;
    }
    /* by hand: this runs for every dated count and evidence item written,
     * and snprintf was a few percent of a build */
    int v[3] = {day / 10000 % 10000, day / 100 % 100, day % 100}, w[3] = {4, 2, 2};
    char *o = out;
    for (int i = 0; i < 3; i++) {
        if (i) *o++ = '-';
        for (int k = w[i] - 1, x = v[i]; k >= 0; k--, x /= 10) o[k] = (char)('0' + x % 10);
        o += w[i];
    }
    *o = '\0';
}

int rg_date_read(const char *s)
{
    int d;
    size_t n = strlen(s);
    if (n != 10 || s[4] != '-' || s[7] != '-') return 0;
    return rg_date_parse_bound(s, 0, &d) == 0 ? d : 0;
}
