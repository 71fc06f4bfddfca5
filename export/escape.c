/*
 * escape.c: the escapers and small text helpers that the GraphML, GEXF,
 * CSV and evidence JSON Lines exporters share (contracts in
 * escape_private.h).
 *
 * Each escaper walks its input one UTF-8 character at a time. Ordinary
 * characters are copied in runs; a character that needs escaping ends
 * the run and is written in the format's own way; a byte that does not
 * start a well-formed UTF-8 sequence becomes U+FFFD. The JSON escaper is
 * written here rather than borrowed from jansson, which stays behind
 * export/json.c (STYLE rule 9), and because jansson refuses invalid UTF-8
 * where these exporters repair it.
 */
#include "escape_private.h"

#include <stdint.h>
#include <string.h>

#define S_REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD in UTF-8 */

/* Length (1-4) of the well-formed UTF-8 sequence at s, with *cp set, or 0
 * when s does not start one (stray continuation byte, overlong form,
 * surrogate, above U+10FFFF, or cut short: the terminating NUL is not a
 * continuation byte, so a truncated sequence is caught here too). */
static size_t S_utf8(const unsigned char *s, uint32_t *cp)
{
    unsigned char c = s[0];
    size_t len;
    uint32_t v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1Fu; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0Fu; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07u; min = 0x10000; }
    else return 0;
    for (size_t k = 1; k < len; k++) {
        if ((s[k] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[k] & 0x3Fu);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return len;
}

/* What a format writes for one character: NULL to copy it as it is,
 * otherwise the replacement text. */
typedef const char *(*S_map_fn)(uint32_t cp, char tmp[16]);

/* Appends s to b, each character passed through map, ill-formed bytes
 * replaced by U+FFFD. */
static void S_walk(rg_buf *b, const char *s, S_map_fn map)
{
    const unsigned char *p = (const unsigned char *)s;
    const unsigned char *run = p;
    char tmp[16];
    while (*p) {
        uint32_t cp = 0;
        size_t n = S_utf8(p, &cp);
        const char *rep = n ? map(cp, tmp) : S_REPLACEMENT;
        if (!rep) {
            p += n;
            continue;
        }
        if (p > run) rg_buf_put(b, (const char *)run, (size_t)(p - run));
        rg_buf_puts(b, rep);
        p += n ? n : 1;
        run = p;
    }
    if (p > run) rg_buf_put(b, (const char *)run, (size_t)(p - run));
    if (!b->ptr) rg_buf_puts(b, ""); /* NUL-terminated even when empty */
}

/* ------------------------------------------------------------------- XML */

static const char *S_xml_map(uint32_t cp, char tmp[16])
{
    (void)tmp;
    switch (cp) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\t': return "&#9;";
    case '\n': return "&#10;";
    case '\r': return "&#13;";
    default: break;
    }
    if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF) return S_REPLACEMENT;
    return NULL;
}

void rg_escape__xml(rg_buf *b, const char *s) { S_walk(b, s, S_xml_map); }

/* ------------------------------------------------------------------ JSON */

static const char *S_json_map(uint32_t cp, char tmp[16])
{
    static const char hex[] = "0123456789abcdef";
    switch (cp) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\b': return "\\b";
    case '\f': return "\\f";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    case 0x2028: return "\\u2028";
    case 0x2029: return "\\u2029";
    default: break;
    }
    if (cp < 0x20) {
        memcpy(tmp, "\\u00", 4);
        tmp[4] = hex[cp >> 4];
        tmp[5] = hex[cp & 0xF];
        tmp[6] = '\0';
        return tmp;
    }
    return NULL;
}

void rg_escape__json(rg_buf *b, const char *s)
{
    rg_buf_putc(b, '"');
    S_walk(b, s, S_json_map);
    rg_buf_putc(b, '"');
}

/* ------------------------------------------------------------------- CSV */

static const char *S_csv_map(uint32_t cp, char tmp[16])
{
    (void)tmp;
    if (cp == '"') return "\"\"";
    if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') return S_REPLACEMENT;
    return NULL;
}

/* Whether the field must be quoted (see escape_private.h). */
static int S_csv_needs_quotes(const char *s)
{
    size_t n = strlen(s);
    if (n == 0) return 0;
    if (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t') return 1;
    return strpbrk(s, ",\"\r\n") != NULL;
}

void rg_escape__csv(rg_buf *b, const char *s)
{
    int quote = S_csv_needs_quotes(s);
    if (quote) rg_buf_putc(b, '"');
    S_walk(b, s, S_csv_map);
    if (quote) rg_buf_putc(b, '"');
}

/* --------------------------------------------------------------- helpers */

void rg_escape__list(rg_buf *b, const char *const *items, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i) rg_buf_putc(b, '|');
        for (const char *p = items[i]; *p; p++) {
            if (*p == '|')
                rg_buf_puts(b, "\xC2\xA6"); /* U+00A6 BROKEN BAR */
            else
                rg_buf_putc(b, *p);
        }
    }
    if (!b->ptr) rg_buf_puts(b, "");
}

void rg_escape__kinds(rg_buf *b, const rg_link *l)
{
    int first = 1;
    for (int k = 0; k < RG_KIND_COUNT; k++) {
        if (l->interactions[k] <= 0) continue;
        rg_buf_printf(b, "%s%s:%ld", first ? "" : "|", rg_kind_name((rg_kind)k), l->interactions[k]);
        first = 0;
    }
    if (!b->ptr) rg_buf_puts(b, "");
}

int rg_escape__kinds_used(const rg_graph *g, int used[RG_KIND_COUNT])
{
    int any = 0;
    for (int k = 0; k < RG_KIND_COUNT; k++) used[k] = 0;
    size_t m = rg_graph_link_count(g);
    for (size_t i = 0; i < m; i++) {
        const rg_link *l = rg_graph_link(g, i);
        for (int k = 0; k < RG_KIND_COUNT; k++)
            if (l->interactions[k] > 0) used[k] = any = 1;
    }
    return any;
}
