/*
 * segment.c: tokens, sentences, paragraphs and speaker labels.
 *
 * Tokens. A word is a run of letters and digits, keeping an inner hyphen
 * (Frank-Walter, al-Assad, U.S.-led), an inner apostrophe before a letter
 * (O'Brien, d'Ivoire) and the dot of an abbreviation (Mr., Gen., Jan.), an
 * initial (J.) or a dotted acronym (U.S., U.N.). A possessive 's is its own
 * token. Every other character is a one-character punctuation token.
 *
 * Lines. News text comes hard-wrapped (lines near a fixed width, blank
 * lines between paragraphs) or one paragraph a line. We tell them apart
 * per document: with blank lines present, a newline after a line of at
 * least 60% of the longest line is a soft wrap, and after a shorter line
 * (a heading, a dateline, the last line of a block) it ends the sentence,
 * unless that line opens a block, stops without end punctuation and a
 * full flush-left line follows (a first line cut short where a dateline
 * was taken off); without blank lines, every newline ends a paragraph.
 *
 * Sentences end at ., ! or ? (after any closing quotes or brackets) when
 * the next token starts with a capital, a digit or an opening quote; at
 * hard line breaks; around speaker labels. Abbreviations keep their dot
 * inside the token, so "Mr. Lavrov" and "U.S. Secretary" do not end a
 * sentence; a dotted acronym does end one when a common sentence opener
 * follows ("in the U.S. The talks...").
 *
 * Speaker labels: at the start of a line, one to six ALL-CAPS words and a
 * colon ("SECRETARY KERRY:", "MR DE MISTURA:", "QUESTION:"). The label is
 * a sentence of its own and starts a paragraph.
 *
 * Headlines: a line whose longer words are mostly capitalised, or that is
 * in ALL CAPS, has its tokens marked T_TITLECASE, so the name finder does
 * not take "Remarks" or "Press Availability" for names.
 */
#include "extract_private.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ----------------------------------------------------------- characters */

/* Decodes the (valid, normalised) UTF-8 character at s[i]; returns its
 * length. */
static size_t S_cp(const char *s, size_t len, size_t i, int32_t *cp)
{
    utf8proc_int32_t c;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                          (utf8proc_ssize_t)(len - i), &c);
    if (n <= 0) {
        *cp = (unsigned char)s[i];
        return 1;
    }
    *cp = c;
    return (size_t)n;
}

static int S_is_wordcp(int32_t c)
{
    if (c < 0x80) return isalnum(c);
    utf8proc_category_t k = utf8proc_category(c);
    return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_NO);
}

static int S_is_upper(int32_t c)
{
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    utf8proc_category_t k = utf8proc_category(c);
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

static int S_is_lower(int32_t c)
{
    if (c < 0x80) return c >= 'a' && c <= 'z';
    return utf8proc_category(c) == UTF8PROC_CATEGORY_LL;
}

static int S_word_at(const char *s, size_t len, size_t i)
{
    if (i >= len) return 0;
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) return isalnum(c);
    int32_t cp;
    S_cp(s, len, i, &cp);
    return S_is_wordcp(cp);
}

static int S_letter_at(const char *s, size_t len, size_t i)
{
    if (i >= len) return 0;
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) return isalpha(c);
    int32_t cp;
    S_cp(s, len, i, &cp);
    utf8proc_category_t k = utf8proc_category(cp);
    return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}

void rg_lower(rg_buf *out, const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) break;
    if (i == n) {
        size_t at = out->len;
        rg_buf_put(out, s, n);
        for (size_t k = 0; k < n; k++) out->ptr[at + k] = (char)tolower((unsigned char)out->ptr[at + k]);
        return;
    }
    utf8proc_uint8_t *dst = NULL;
    utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &dst,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
    if (m < 0) {
        rg_buf_put(out, s, n);
    } else {
        rg_buf_put(out, (const char *)dst, (size_t)m);
    }
    free(dst);
}

/* ASCII classes for the tokeniser's fast path: C_CONT marks bytes that
 * may continue a word (- ' . , for hyphens, apostrophes, abbreviations
 * and numbers) or start a multi-byte character, so the general path
 * decides. */
enum { C_UP = 1, C_LO = 2, C_DIG = 4, C_ALNUM = 7, C_CONT = 8 };
static const uint8_t S_cls[256] = {
    ['0'] = C_DIG, ['1'] = C_DIG, ['2'] = C_DIG, ['3'] = C_DIG, ['4'] = C_DIG,
    ['5'] = C_DIG, ['6'] = C_DIG, ['7'] = C_DIG, ['8'] = C_DIG, ['9'] = C_DIG,
    ['A'] = C_UP, ['B'] = C_UP, ['C'] = C_UP, ['D'] = C_UP, ['E'] = C_UP, ['F'] = C_UP,
    ['G'] = C_UP, ['H'] = C_UP, ['I'] = C_UP, ['J'] = C_UP, ['K'] = C_UP, ['L'] = C_UP,
    ['M'] = C_UP, ['N'] = C_UP, ['O'] = C_UP, ['P'] = C_UP, ['Q'] = C_UP, ['R'] = C_UP,
    ['S'] = C_UP, ['T'] = C_UP, ['U'] = C_UP, ['V'] = C_UP, ['W'] = C_UP, ['X'] = C_UP,
    ['Y'] = C_UP, ['Z'] = C_UP,
    ['a'] = C_LO, ['b'] = C_LO, ['c'] = C_LO, ['d'] = C_LO, ['e'] = C_LO, ['f'] = C_LO,
    ['g'] = C_LO, ['h'] = C_LO, ['i'] = C_LO, ['j'] = C_LO, ['k'] = C_LO, ['l'] = C_LO,
    ['m'] = C_LO, ['n'] = C_LO, ['o'] = C_LO, ['p'] = C_LO, ['q'] = C_LO, ['r'] = C_LO,
    ['s'] = C_LO, ['t'] = C_LO, ['u'] = C_LO, ['v'] = C_LO, ['w'] = C_LO, ['x'] = C_LO,
    ['y'] = C_LO, ['z'] = C_LO,
    ['-'] = C_CONT, ['\''] = C_CONT, ['.'] = C_CONT, [','] = C_CONT,
    [0x80] = C_CONT, [0x81] = C_CONT, [0x82] = C_CONT, [0x83] = C_CONT, [0x84] = C_CONT, [0x85] = C_CONT,
    [0x86] = C_CONT, [0x87] = C_CONT, [0x88] = C_CONT, [0x89] = C_CONT, [0x8A] = C_CONT, [0x8B] = C_CONT,
    [0x8C] = C_CONT, [0x8D] = C_CONT, [0x8E] = C_CONT, [0x8F] = C_CONT, [0x90] = C_CONT, [0x91] = C_CONT,
    [0x92] = C_CONT, [0x93] = C_CONT, [0x94] = C_CONT, [0x95] = C_CONT, [0x96] = C_CONT, [0x97] = C_CONT,
    [0x98] = C_CONT, [0x99] = C_CONT, [0x9A] = C_CONT, [0x9B] = C_CONT, [0x9C] = C_CONT, [0x9D] = C_CONT,
    [0x9E] = C_CONT, [0x9F] = C_CONT, [0xA0] = C_CONT, [0xA1] = C_CONT, [0xA2] = C_CONT, [0xA3] = C_CONT,
    [0xA4] = C_CONT, [0xA5] = C_CONT, [0xA6] = C_CONT, [0xA7] = C_CONT, [0xA8] = C_CONT, [0xA9] = C_CONT,
    [0xAA] = C_CONT, [0xAB] = C_CONT, [0xAC] = C_CONT, [0xAD] = C_CONT, [0xAE] = C_CONT, [0xAF] = C_CONT,
    [0xB0] = C_CONT, [0xB1] = C_CONT, [0xB2] = C_CONT, [0xB3] = C_CONT, [0xB4] = C_CONT, [0xB5] = C_CONT,
    [0xB6] = C_CONT, [0xB7] = C_CONT, [0xB8] = C_CONT, [0xB9] = C_CONT, [0xBA] = C_CONT, [0xBB] = C_CONT,
    [0xBC] = C_CONT, [0xBD] = C_CONT, [0xBE] = C_CONT, [0xBF] = C_CONT, [0xC0] = C_CONT, [0xC1] = C_CONT,
    [0xC2] = C_CONT, [0xC3] = C_CONT, [0xC4] = C_CONT, [0xC5] = C_CONT, [0xC6] = C_CONT, [0xC7] = C_CONT,
    [0xC8] = C_CONT, [0xC9] = C_CONT, [0xCA] = C_CONT, [0xCB] = C_CONT, [0xCC] = C_CONT, [0xCD] = C_CONT,
    [0xCE] = C_CONT, [0xCF] = C_CONT, [0xD0] = C_CONT, [0xD1] = C_CONT, [0xD2] = C_CONT, [0xD3] = C_CONT,
    [0xD4] = C_CONT, [0xD5] = C_CONT, [0xD6] = C_CONT, [0xD7] = C_CONT, [0xD8] = C_CONT, [0xD9] = C_CONT,
    [0xDA] = C_CONT, [0xDB] = C_CONT, [0xDC] = C_CONT, [0xDD] = C_CONT, [0xDE] = C_CONT, [0xDF] = C_CONT,
    [0xE0] = C_CONT, [0xE1] = C_CONT, [0xE2] = C_CONT, [0xE3] = C_CONT, [0xE4] = C_CONT, [0xE5] = C_CONT,
    [0xE6] = C_CONT, [0xE7] = C_CONT, [0xE8] = C_CONT, [0xE9] = C_CONT, [0xEA] = C_CONT, [0xEB] = C_CONT,
    [0xEC] = C_CONT, [0xED] = C_CONT, [0xEE] = C_CONT, [0xEF] = C_CONT, [0xF0] = C_CONT, [0xF1] = C_CONT,
    [0xF2] = C_CONT, [0xF3] = C_CONT, [0xF4] = C_CONT, [0xF5] = C_CONT, [0xF6] = C_CONT, [0xF7] = C_CONT,
    [0xF8] = C_CONT, [0xF9] = C_CONT, [0xFA] = C_CONT, [0xFB] = C_CONT, [0xFC] = C_CONT, [0xFD] = C_CONT,
    [0xFE] = C_CONT, [0xFF] = C_CONT,
};

/* --------------------------------------------------------- abbreviations */

/* Words whose following dot belongs to them. class 1: a title or
 * honorific, never the end of a sentence; class 2: may end one. */
static const struct { const char *w; int cls; } S_abbr[] = {
    {"mr", 1}, {"mrs", 1}, {"ms", 1}, {"dr", 1}, {"gen", 1}, {"sen", 1}, {"rep", 1},
    {"gov", 1}, {"lt", 1}, {"col", 1}, {"capt", 1}, {"sgt", 1}, {"adm", 1}, {"cmdr", 1},
    {"maj", 1}, {"brig", 1}, {"prof", 1}, {"rev", 1}, {"pres", 1}, {"supt", 1}, {"insp", 1},
    {"cpl", 1}, {"pvt", 1}, {"hon", 1}, {"fr", 1}, {"st", 1}, {"messrs", 1}, {"mme", 1},
    {"jr", 2}, {"sr", 2}, {"jan", 2}, {"feb", 2}, {"mar", 2}, {"apr", 2}, {"jun", 2},
    {"jul", 2}, {"aug", 2}, {"sep", 2}, {"sept", 2}, {"oct", 2}, {"nov", 2}, {"dec", 2},
    {"inc", 2}, {"corp", 2}, {"ltd", 2}, {"co", 2}, {"bros", 2}, {"vs", 1}, {"etc", 2},
    {"approx", 1}, {"dept", 2}, {"ave", 2}, {"blvd", 2}, {"mt", 1}, {"ft", 1}, {"no", 1},
    {"nos", 1}, {"vol", 1}, {"pp", 1}, {"fig", 1}, {"est", 2}, {"govt", 2}, {"intl", 2},
};

static int S_abbr_class(const char *s, size_t n)
{
    if (n == 0 || n > 6) return 0;
    char w[8];
    for (size_t i = 0; i < n; i++) w[i] = (char)tolower((unsigned char)s[i]);
    w[n] = '\0';
    for (size_t k = 0; k < sizeof S_abbr / sizeof S_abbr[0]; k++)
        /* strncmp stops at the shorter string's NUL, so w[n] of a longer
         * entry is only read when the first n bytes matched */
        if (S_abbr[k].w[0] == w[0] && strncmp(S_abbr[k].w, w, n) == 0 && S_abbr[k].w[n] == '\0')
            return S_abbr[k].cls;
    return 0;
}

/* Lower-case words that commonly open a sentence: after a dotted acronym
 * ("...the U.S. The talks") they show that the acronym ended it. */
static int S_opener(const char *lc)
{
    static const char *const w[] = {
        "the", "he", "she", "it", "they", "we", "i", "but", "in", "this", "that", "there",
        "a", "an", "and", "his", "her", "their", "its", "on", "at", "after", "before",
        "however", "meanwhile", "also", "as", "if", "when", "while", "some", "many", "other",
        "these", "those", "our", "for", "officials", "both", "neither", NULL};
    for (size_t i = 0; w[i]; i++)
        if (strcmp(w[i], lc) == 0) return 1;
    return 0;
}

/* ---------------------------------------------------------------- tokens */

/* A new token [a, b) with these flags; its lower-case form is the
 * caller's to store. */
static rg_token *S_new_token(rg_seg *seg, size_t a, size_t b, uint32_t flags)
{
    RG_GROW(seg->tok, seg->cap_tok, seg->n_tok + 1);
    rg_token *t = &seg->tok[seg->n_tok++];
    t->start = (uint32_t)a;
    t->end = (uint32_t)b;
    t->sent = 0;
    t->flags = flags;
    return t;
}

/* S_push for an ASCII word whose flags are known: stores the token and
 * its lower-case form. */
static void S_push_ascii(rg_seg *seg, const char *s, size_t a, size_t b, uint32_t flags)
{
    rg_token *t = S_new_token(seg, a, b, flags);
    size_t n = b - a;
    if (seg->lc_len + n + 1 > seg->lc_cap) {
        seg->lc_cap = (seg->lc_len + n + 1) * 2;
        seg->lc = rg_xrealloc(seg->lc, seg->lc_cap);
    }
    t->lc = (uint32_t)seg->lc_len;
    t->lclen = (uint32_t)n;
    char *d = seg->lc + seg->lc_len;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[a + i];
        d[i] = (char)((S_cls[c] & C_UP) ? c + 32 : c);
    }
    d[n] = '\0';
    seg->lc_len += n + 1;
}

static void S_push(rg_seg *seg, const char *s, size_t a, size_t b, uint32_t flags)
{
    int ascii = 1;
    for (size_t i = a; i < b; i++)
        if ((unsigned char)s[i] >= 0x80) {
            ascii = 0;
            break;
        }
    if ((flags & T_WORD) && ascii) {
        unsigned seen = 0;
        for (size_t i = a; i < b; i++) seen |= S_cls[(unsigned char)s[i]];
        unsigned first = S_cls[(unsigned char)s[a]];
        if (first & C_UP) flags |= T_CAP;
        else if (first & C_LO) flags |= T_LOWER;
        else if (first & C_DIG) flags |= T_NUM;
        if ((seen & C_UP) && !(seen & C_LO)) flags |= T_UPPER;
    } else if (flags & T_WORD) {
        int32_t cp;
        S_cp(s, b, a, &cp);
        if (S_is_upper(cp)) flags |= T_CAP;
        else if (S_is_lower(cp)) flags |= T_LOWER;
        else if (cp < 0x80 && isdigit(cp)) flags |= T_NUM;
        int letters = 0, lower = 0;
        for (size_t i = a; i < b;) {
            size_t n = S_cp(s, b, i, &cp);
            if (S_is_lower(cp)) lower = 1;
            else if (S_is_upper(cp)) letters++;
            i += n;
        }
        if (letters && !lower) flags |= T_UPPER;
    }
    if (ascii) {
        S_push_ascii(seg, s, a, b, flags); /* one place stores ASCII tokens */
        return;
    }
    rg_token *t = S_new_token(seg, a, b, flags);
    t->lc = (uint32_t)seg->lc_len;
    rg_buf lc = {seg->lc, seg->lc_len, seg->lc_cap};
    rg_lower(&lc, s + a, b - a);
    t->lclen = (uint32_t)(lc.len - t->lc);
    rg_buf_putc(&lc, '\0');
    seg->lc = lc.ptr;
    seg->lc_len = lc.len;
    seg->lc_cap = lc.cap;
}

/* Whether the lower-case word at s[i..] after a hyphen reads as a
 * participle or adjective suffix (-led, -backed, -based, -owned, ...ed,
 * ...ing, -style, -born, -era, -wide, -run, -made). */
static int S_suffix_splits(const char *s, size_t len, size_t i)
{
    size_t e = i;
    while (e < len && isalpha((unsigned char)s[e])) e++;
    size_t n = e - i;
    if (n >= 3 && (memcmp(s + e - 2, "ed", 2) == 0 || (n >= 4 && memcmp(s + e - 3, "ing", 3) == 0))) return 1;
    static const char *const w[] = {"led", "run", "born", "made", "style", "era", "wide", "based", "backed",
                                    "linked", "owned", "held", "aligned", "friendly", "controlled", NULL};
    for (size_t k = 0; w[k]; k++)
        if (strlen(w[k]) == n && memcmp(s + i, w[k], n) == 0) return 1;
    return 0;
}

/* After a title's dot at i - 1: does the sentence end there? A title
 * stands before a name, so a dot followed by a word that opens sentences
 * ("Hun Sen. He said") or by nothing but white space to the end of the
 * text is a full stop after a word spelt like a title (Sen, Gen, St).
 * A line break alone is no sign (wire copy wraps "Rep.\nVic Fazio"), nor
 * is the end of the text right after the dot: the lexicon's own entries
 * ("Sen.") are segmented too. */
static int S_dot_ends(const char *s, size_t len, size_t i)
{
    size_t from = i;
    while (i < len && (isspace((unsigned char)s[i]) || s[i] == '"' || s[i] == '\'')) i++;
    if (i >= len) return i > from;
    if (!isupper((unsigned char)s[i])) return 0;
    char w[16];
    size_t n = 0;
    while (i + n < len && n < sizeof w - 1 && isalpha((unsigned char)s[i + n])) {
        w[n] = (char)tolower((unsigned char)s[i + n]);
        n++;
    }
    w[n] = '\0';
    if (i + n < len && isalpha((unsigned char)s[i + n])) return 0;
    return S_opener(w);
}

/* Scans one word starting at i (a word character); returns its end and
 * adds T_ABBR / T_INITIAL / T_ACRODOT / T_HYPH to *flags. */
static size_t S_word_end(const char *s, size_t len, size_t i, uint32_t *flags)
{
    size_t start = i;
    int32_t cp;
    while (i < len) {
        if (S_word_at(s, len, i)) {
            i += S_cp(s, len, i, &cp);
            continue;
        }
        char c = s[i];
        if (c == '-' && i > start && S_word_at(s, len, i + 1)) {
            /* "Russia-sponsored", "Council-endorsed", "Moscow-based": a
             * capitalised word and a participle-like suffix are two words,
             * so the name stays a name; "al-Assad", "Frank-Walter",
             * "de-escalation" and names such as "Dong-young" stay one */
            int32_t first, next;
            S_cp(s, len, start, &first);
            S_cp(s, len, i + 1, &next);
            if (S_is_upper(first) && S_is_lower(next) && !(*flags & T_ACRODOT) && S_suffix_splits(s, len, i + 1))
                break;
            *flags |= T_HYPH;
            i++;
            continue;
        }
        if (c == '\'' && i > start && S_letter_at(s, len, i + 1)) {
            /* 's at the end of a word is a possessive: split it off */
            if ((s[i + 1] == 's' || s[i + 1] == 'S') && !S_word_at(s, len, i + 2)) break;
            i++;
            continue;
        }
        if (c == '.') {
            size_t wl = i - start;
            int single_letter = (wl == 1 && isalpha((unsigned char)s[start]));
            /* the same after a hyphen: "Soviet-U.S. summit", "Russia-U.K." */
            int part_letter = (*flags & T_HYPH) && wl >= 3 && s[i - 2] == '-' && isupper((unsigned char)s[i - 1]);
            /* U.S., U.N., e.g.: letter dot letter dot ... */
            if ((single_letter || part_letter || (*flags & T_ACRODOT)) && i + 2 < len &&
                isalpha((unsigned char)s[i + 1]) && s[i + 2] == '.') {
                *flags |= T_ACRODOT | T_ABBR;
                i += 2;
                continue;
            }
            if (*flags & T_ACRODOT) {
                i++; /* the final dot of U.S. */
                if (i + 1 < len && s[i] == '-' && S_word_at(s, len, i + 1)) {
                    *flags |= T_HYPH; /* U.S.-led */
                    i++;
                    continue;
                }
                return i;
            }
            if (single_letter && isupper((unsigned char)s[start])) {
                *flags |= T_INITIAL | T_ABBR;
                return i + 1;
            }
            int cls = (*flags & T_HYPH) ? 0 : S_abbr_class(s + start, wl);
            if (cls == 2 || (cls == 1 && !S_dot_ends(s, len, i + 1))) {
                *flags |= T_ABBR;
                return i + 1;
            }
            /* 4.5, 1.2.3 */
            if (isdigit((unsigned char)s[start]) && i + 1 < len && isdigit((unsigned char)s[i + 1])) {
                i++;
                continue;
            }
            break;
        }
        if (c == ',' && isdigit((unsigned char)s[start]) && i + 1 < len &&
            isdigit((unsigned char)s[i + 1]) && isdigit((unsigned char)s[i - 1])) {
            i++;
            continue;
        }
        break;
    }
    return i;
}

/* Tokenises s; brk[] (when not NULL, one per byte) gives each token the
 * strongest line break before it through *breaks. */
static void S_tokenize(rg_seg *seg, const char *s, size_t len, const uint8_t *brk_at,
                       uint8_t **breaks, size_t *cap_breaks)
{
    uint8_t pending = 0;
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\n') {
            if (c == '\n' && brk_at && brk_at[i] > pending) pending = brk_at[i];
            i++;
            continue;
        }
        size_t before = seg->n_tok;
        if (S_cls[c] & C_ALNUM) {
            /* fast path: a run of ASCII letters and digits that ends at a
             * space or at punctuation that cannot continue a word; flags
             * are gathered during the scan */
            size_t j = i;
            unsigned seen = 0;
            while (j < len && (S_cls[(unsigned char)s[j]] & C_ALNUM)) seen |= S_cls[(unsigned char)s[j++]];
            unsigned char stop = j < len ? (unsigned char)s[j] : ' ';
            if (!(S_cls[stop] & C_CONT)) {
                uint32_t flags = T_WORD;
                unsigned first = S_cls[c];
                if (first & C_UP) flags |= T_CAP;
                else if (first & C_LO) flags |= T_LOWER;
                else flags |= T_NUM;
                if ((seen & C_UP) && !(seen & C_LO)) flags |= T_UPPER;
                S_push_ascii(seg, s, i, j, flags);
                i = j;
                goto pushed;
            }
        }
        if (S_word_at(s, len, i)) {
            uint32_t flags = T_WORD;
            size_t e = S_word_end(s, len, i, &flags);
            S_push(seg, s, i, e, flags);
            i = e;
        } else if (c == '\'' && seg->n_tok > 0 && seg->tok[seg->n_tok - 1].end == i &&
                   (seg->tok[seg->n_tok - 1].flags & T_WORD) &&
                   ((i + 1 < len && (s[i + 1] == 's' || s[i + 1] == 'S') && !S_word_at(s, len, i + 2)) ||
                    ((s[i - 1] == 's') && !S_word_at(s, len, i + 1)))) {
            size_t e = (i + 1 < len && (s[i + 1] == 's' || s[i + 1] == 'S') && !S_word_at(s, len, i + 2)) ? i + 2 : i + 1;
            S_push(seg, s, i, e, T_PUNCT | T_POSS);
            i = e;
        } else {
            int32_t cp;
            size_t n = S_cp(s, len, i, &cp);
            S_push(seg, s, i, i + n, T_PUNCT);
            i += n;
        }
    pushed:
        if (breaks) {
            RG_GROW(*breaks, *cap_breaks, seg->n_tok);
            (*breaks)[before] = pending;
        }
        pending = 0;
    }
}

void rg_tokenize(rg_seg *seg, const char *s, size_t len)
{
    S_tokenize(seg, s, len, NULL, NULL, NULL);
}

/* ----------------------------------------------------------------- lines */

/* brk_at[i] for each '\n' at i: 0 soft wrap, 1 sentence break, 2 paragraph
 * break. */
static uint8_t *S_line_breaks(rg_seg *seg, const char *s, size_t len)
{
    RG_GROW(seg->brk_at, seg->cap_brk_at, len + 1);
    uint8_t *brk = seg->brk_at;
    memset(brk, 0, len + 1);
    size_t max_len = 0;
    int has_blank = 0, seen_text = 0;
    size_t ls = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len) {
            const char *nl = memchr(s + i, '\n', len - i);
            i = nl ? (size_t)(nl - s) : len;
        }
        size_t e = i;
        while (e > ls && (s[e - 1] == ' ' || s[e - 1] == '\t')) e--;
        size_t b = ls;
        while (b < e && (s[b] == ' ' || s[b] == '\t')) b++;
        if (e > b) {
            seen_text = 1;
            if (e - b > max_len) max_len = e - b;
        } else if (seen_text && i < len) {
            has_blank = 1;
        }
        ls = i + 1;
    }
    ls = 0;
    size_t prev_nl = (size_t)-1; /* newline ending the previous non-blank line */
    size_t prev_len = 0;
    int blank_between = 0, prev_opens = 1, prev_open_end = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len) {
            const char *nl = memchr(s + i, '\n', len - i);
            i = nl ? (size_t)(nl - s) : len;
        }
        size_t e = i;
        while (e > ls && (s[e - 1] == ' ' || s[e - 1] == '\t')) e--;
        size_t b = ls;
        while (b < e && (s[b] == ' ' || s[b] == '\t')) b++;
        if (e > b) {
            if (prev_nl != (size_t)-1) {
                uint8_t v;
                if (blank_between || !has_blank) v = 2;
                else if (prev_len * 10 < max_len * 6 &&
                         !(prev_opens && prev_open_end && b == ls && (e - b) * 10 >= max_len * 6))
                    v = 1;
                else v = 0;
                brk[prev_nl] = v;
            }
            /* a short line that opens a block and stops mid-sentence, with
             * a full, flush-left line after it, was wrapped early (a
             * dateline cut from it): "U.S. Attorney for Manhattan Rudolph"
             * / "Giuliani, who has been leading a major probe into ..." is
             * one sentence; a header block of short lines is not */
            prev_opens = prev_nl != (size_t)-1 && blank_between; /* not the document's first line */
            prev_open_end = !strchr(".!?:\"'", s[e - 1]);
            prev_len = e - b;
            prev_nl = i < len ? i : (size_t)-1;
            blank_between = 0;
        } else if (i < len) {
            blank_between = 1;
            if (prev_nl != (size_t)-1) brk[prev_nl] = 2;
        }
        ls = i + 1;
    }
    return brk;
}

/* ------------------------------------------------------------- sentences */

static int S_is_punct(const rg_seg *seg, const char *s, size_t t, char c)
{
    const rg_token *k = &seg->tok[t];
    return (k->flags & T_PUNCT) && k->end - k->start == 1 && s[k->start] == c;
}

/* A speaker label in Title Case at token t, a line's start ("Peskov:",
 * "Wang Wenbin:", "Question:"): one to three capitalised words and a
 * colon, the line going on for at least eight tokens, four words in
 * lower case and a sentence's end among them (a turn of speech, not a
 * headline, "Syria: Russia and US agree", nor a list, "Scorers: Kane 12,
 * 55; Son 30."). Returns the colon's token, or t when none. */
static size_t S_titlecase_label(const rg_seg *seg, const char *s, const uint8_t *breaks, size_t t)
{
    size_t k = t;
    while (k < seg->n_tok && k - t < 3 && (seg->tok[k].flags & T_WORD) && (seg->tok[k].flags & T_CAP) &&
           (k == t || breaks[k] == 0))
        k++;
    if (k == t || k >= seg->n_tok || breaks[k] != 0 || !S_is_punct(seg, s, k, ':')) return t;
    if (k == t + 1 && seg->tok[t].end - seg->tok[t].start < 2) return t; /* "Q:" */
    size_t j = k + 1, lower = 0;
    int ends = 0;
    for (; j < seg->n_tok && breaks[j] == 0 && !(ends && j >= k + 9 && lower >= 4); j++) {
        ends |= S_is_punct(seg, s, j, '.') || S_is_punct(seg, s, j, '?') || S_is_punct(seg, s, j, '!');
        lower += (seg->tok[j].flags & T_LOWER) != 0;
    }
    return ends && j >= k + 9 && lower >= 4 ? k : t;
}

/* Marks speaker labels: at a line start, 1-6 ALL-CAPS words then ':'
 * (or a Title Case label before a turn of speech: S_titlecase_label). */
static void S_find_labels(rg_seg *seg, const char *s, const uint8_t *breaks)
{
    for (size_t t = 0; t < seg->n_tok; t++) {
        if (!(t == 0 || breaks[t] >= 1)) continue;
        size_t k = t, letters = 0;
        while (k < seg->n_tok && k - t < 6 && (seg->tok[k].flags & T_WORD) &&
               (seg->tok[k].flags & T_UPPER) && (k == t || breaks[k] == 0)) {
            letters += seg->tok[k].end - seg->tok[k].start;
            k++;
        }
        if (k == t || k >= seg->n_tok || letters < 2 || breaks[k] != 0 || !S_is_punct(seg, s, k, ':'))
            k = S_titlecase_label(seg, s, breaks, t);
        if (k == t) continue;
        for (size_t j = t; j <= k; j++) seg->tok[j].flags |= T_SPEAKER;
        RG_GROW(seg->labels, seg->cap_labels, seg->n_labels + 1);
        seg->labels[seg->n_labels].tok_from = t;
        seg->labels[seg->n_labels].tok_to = k;
        seg->labels[seg->n_labels].sentence = 0;
        seg->n_labels++;
        t = k;
    }
}

/* The short words Title Case leaves in lower case (articles,
 * conjunctions, prepositions of three letters or fewer). */
static int S_title_small(const char *w, size_t n)
{
    static const char *const small[] = {"a",  "an", "the", "and", "or", "nor", "but", "of",  "in",  "on",
                                        "at", "to", "for", "by",  "as", "vs",  "v",   "via", "per", "off",
                                        "up", "out", "de", "da",  "di", "du",  "van", "von", "al",  "el", NULL};
    for (size_t i = 0; small[i]; i++)
        if (strlen(small[i]) == n && memcmp(small[i], w, n) == 0) return 1;
    return 0;
}

/* Marks tokens of headline-like lines (Title Case or ALL CAPS). */
static void S_mark_titlecase(rg_seg *seg, const char *s, const uint8_t *breaks)
{
    size_t t = 0;
    int prev_title = 0;
    while (t < seg->n_tok) {
        size_t e = t + 1;
        while (e < seg->n_tok && breaks[e] == 0 &&
               memchr(s + seg->tok[e - 1].end, '\n', seg->tok[e].start - seg->tok[e - 1].end) == NULL)
            e++;
        /* line = tokens [t, e) */
        size_t words = 0, caps = 0, upper = 0, longw = 0;
        for (size_t k = t; k < e; k++) {
            const rg_token *x = &seg->tok[k];
            if (!(x->flags & T_WORD) || (x->flags & T_NUM)) continue;
            words++;
            if (x->flags & T_UPPER) upper++;
            if (x->end - x->start >= 4 && k > t) {
                longw++;
                if (x->flags & T_CAP) caps++;
            }
        }
        int last_dot = S_is_punct(seg, s, e - 1, '.');
        /* a hard-wrapped sentence whose first line happens to be all
         * capitalised words runs on in lower case on the next line
         * ("Quaker State Oil Refining Corp / said it ..."): no headline */
        int runs_on = 0;
        if (e < seg->n_tok && (seg->tok[e].flags & T_LOWER)) {
            size_t nl = 0;
            for (size_t q = seg->tok[e - 1].end; q < seg->tok[e].start; q++) nl += s[q] == '\n';
            runs_on = nl == 1;
        }
        /* nor is a line a headline that a sentence runs through: one
         * that ends in a comma ("Co-managers are Banque Bruxelles
         * Lambert, Ka Wah Bank,") or that goes on from a line above it
         * with no blank line and no sentence end between */
        int mid = S_is_punct(seg, s, e - 1, ',');
        if (!mid && t > 0 && !prev_title) {
            size_t nl = 0;
            for (size_t q = seg->tok[t - 1].end; q < seg->tok[t].start; q++) nl += s[q] == '\n';
            mid = nl == 1 && !(seg->tok[t - 1].flags & T_PUNCT && strchr(".!?:\"'", s[seg->tok[t - 1].start]));
        }
        int title = (longw >= 2 && caps * 10 >= longw * 8 && !last_dot && !runs_on && !mid);
        /* Title Case leaves only its small grammar words in lower case;
         * "c", "b", "st" are a scorecard's ("M. Atherton c Moin Khan b
         * Wasim Akram 31"). Looked at only for a line that is otherwise a
         * headline: body text never pays for it */
        for (size_t k = t; title && k < e; k++) {
            const rg_token *x = &seg->tok[k];
            if ((x->flags & T_WORD) && (x->flags & T_LOWER) && x->end - x->start <= 3 &&
                !S_title_small(s + x->start, x->end - x->start))
                title = 0;
        }
        int allcaps = (words >= 2 && upper == words);
        prev_title = (title || allcaps) && !(seg->tok[t].flags & T_SPEAKER);
        if (prev_title)
            for (size_t k = t; k < e; k++) seg->tok[k].flags |= T_TITLECASE;
        t = e;
    }
}

static void S_new_sentence(rg_seg *seg, size_t tok, size_t para)
{
    RG_GROW(seg->sent, seg->cap_sent, seg->n_sent + 1);
    rg_sentence *x = &seg->sent[seg->n_sent++];
    x->start = seg->tok[tok].start;
    x->end = seg->tok[tok].end;
    x->paragraph = para;
    x->speaker = -1;
}

void rg_segment(rg_seg *seg, const char *s, size_t len)
{
    seg->n_tok = seg->lc_len = seg->n_sent = seg->n_labels = 0;
    /* a token per 4 bytes is typical English: reserve once, not per token */
    RG_GROW(seg->tok, seg->cap_tok, len / 4 + 16);
    size_t lc_need = len + len / 4 + 64;
    if (lc_need > seg->lc_cap) {
        seg->lc = rg_xrealloc(seg->lc, lc_need);
        seg->lc_cap = lc_need;
    }
    uint8_t *brk_at = S_line_breaks(seg, s, len);
    S_tokenize(seg, s, len, brk_at, &seg->breaks, &seg->cap_breaks);
    uint8_t *breaks = seg->breaks;
    if (seg->n_tok == 0) return;
    S_find_labels(seg, s, breaks);
    S_mark_titlecase(seg, s, breaks);

    size_t para = 0, label = 0;
    int end_before = 1; /* a sentence ends before the next token */
    for (size_t t = 0; t < seg->n_tok; t++) {
        rg_token *k = &seg->tok[t];
        int label_start = label < seg->n_labels && seg->labels[label].tok_from == t;
        if (t > 0 && (breaks[t] == 2 || label_start)) para++;
        if (t == 0 || end_before || breaks[t] >= 1 || label_start) {
            S_new_sentence(seg, t, para);
            k->flags |= T_SSTART;
        }
        if (t == 0 || breaks[t] >= 1 ||
            memchr(s + seg->tok[t - 1].end, '\n', k->start - seg->tok[t - 1].end))
            k->flags |= T_LSTART;
        k->sent = (uint32_t)(seg->n_sent - 1);
        seg->sent[seg->n_sent - 1].end = k->end;
        end_before = 0;

        if (label < seg->n_labels && seg->labels[label].tok_to == t) {
            seg->labels[label].sentence = seg->n_sent - 1;
            label++;
            end_before = 1;
            continue;
        }
        /* punctuation ends */
        if ((k->flags & T_PUNCT) && k->end - k->start == 1 &&
            (s[k->start] == '.' || s[k->start] == '!' || s[k->start] == '?')) {
            size_t u = t + 1;
            while (u < seg->n_tok && breaks[u] == 0 && (seg->tok[u].flags & T_PUNCT) &&
                   seg->tok[u].end - seg->tok[u].start == 1 &&
                   strchr("\"')]", s[seg->tok[u].start]))
                u++;
            int ends = 0;
            if (u >= seg->n_tok || breaks[u] >= 1) {
                ends = 1;
            } else {
                const rg_token *n = &seg->tok[u];
                char c0 = s[n->start];
                if ((n->flags & (T_CAP | T_NUM)) || c0 == '"' || c0 == '(' || c0 == '\'' || c0 == '-')
                    ends = 1;
            }
            if (ends) {
                /* keep the closers in this sentence */
                for (size_t v = t + 1; v < u; v++) {
                    seg->tok[v].sent = (uint32_t)(seg->n_sent - 1);
                    seg->sent[seg->n_sent - 1].end = seg->tok[v].end;
                }
                t = u - 1;
                end_before = 1;
            }
            continue;
        }
        if ((k->flags & T_ABBR) && t + 1 < seg->n_tok && breaks[t + 1] == 0) {
            int cls = (k->flags & T_ACRODOT) ? 2
                      : (k->flags & T_INITIAL) ? 1
                      : S_abbr_class(s + k->start, k->end - k->start - 1);
            const rg_token *n = &seg->tok[t + 1];
            if (cls == 2 && (n->flags & T_CAP) && S_opener(rg_tok_lc(seg, t + 1))) end_before = 1;
        }
    }
}

void rg_seg_free(rg_seg *seg)
{
    if (!seg) return;
    free(seg->tok);
    free(seg->lc);
    free(seg->sent);
    free(seg->labels);
    free(seg->bk);
    free(seg->wf);
    free(seg->brk_at);
    free(seg->breaks);
    memset(seg, 0, sizeof *seg);
}
