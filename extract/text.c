/*
 * text.c: decoding and normalising a document's bytes.
 *
 * Everything after this stage sees ASCII punctuation: curly quotes become
 * ' and ", dashes and minus signs become -, the ellipsis becomes ...,
 * non-breaking and other wide spaces become a space, zero-width
 * characters and byte order marks vanish, CR LF and CR become LF, other
 * control characters become a space. Bytes that are not valid UTF-8
 * (strictly: no overlongs, no surrogates, nothing above U+10FFFF) become
 * U+FFFD and are counted, so the output is always valid UTF-8 and safe for
 * JSON. A NUL byte marks the input as binary.
 *
 * Because replacements change lengths, we keep orig[], the input offset of
 * every output byte, so mentions can be reported as offsets into the file
 * the user gave us. Pure ASCII input without CR or control characters,
 * the common case, is copied and needs no map.
 */
#include "extract.h"

#include <stdlib.h>
#include <string.h>

/* Decodes one UTF-8 sequence at p (n bytes available). Returns its
 * length and sets *cp, or 0 when the bytes are not valid UTF-8. */
static size_t S_decode(const unsigned char *p, size_t n, uint32_t *cp)
{
    unsigned char c = p[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        v = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        v = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        v = c & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (n < len) return 0;
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (p[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return len;
}

/* The ASCII replacement for a code point, or NULL to keep it. "" drops it. */
static const char *S_replacement(uint32_t cp)
{
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
    case 0x02BC: case 0x0060: case 0x00B4:
        return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
    case 0x00AB: case 0x00BB:
        return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
        return "-";
    case 0x2026:
        return "...";
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
    case 0x2028: case 0x2029:
        return " ";
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
    case 0x00AD:
        return "";
    default:
        if (cp >= 0x2000 && cp <= 0x200A) return " ";
        return NULL;
    }
}

static int S_byte_needs_work(unsigned char c)
{
    return c >= 0x80 || c == '\r' || (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || c == '`';
}

static int S_needs_work(const unsigned char *p, size_t n)
{
    /* eight bytes at a time: a word with no byte that is high, below
     * 0x20, DEL or '`' needs nothing; one with such a byte (most often a
     * line break) is read byte by byte */
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, p + i, 8);
        if (!((v & RG_WORD_HIGHS) | rg_word_below(v, 0x20) | rg_word_eq(v, 0x7F) | rg_word_eq(v, '`'))) continue;
        for (size_t k = i; k < i + 8; k++)
            if (S_byte_needs_work(p[k])) return 1;
    }
    for (; i < n; i++)
        if (S_byte_needs_work(p[i])) return 1;
    return 0;
}

int rg_text_normalize(rg_text *out, const char *in, size_t len)
{
    memset(out, 0, sizeof *out);
    if (len > 0xFFFFFFF0u) return rg_error_set(RG_EINPUT, "input larger than 4 GiB");
    const unsigned char *p = (const unsigned char *)in;
    if (memchr(in, '\0', len)) out->binary = 1;
    if (!S_needs_work(p, len)) {
        out->s = rg_xstrndup(in, len);
        out->len = len;
        return RG_OK;
    }
    /* First pass: the exact output length, and whether any replacement
     * changes a length. When none does (control characters, a lone CR,
     * ASCII only), bytes are fixed in place and no offset map is needed. */
    size_t outlen = 0;
    int same_length = 1;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = S_decode(p + i, len - i, &cp);
        size_t m;
        if (n == 0) {
            m = 3;
            n = 1;
        } else if (cp == '\r') {
            if (i + 1 < len && p[i + 1] == '\n') n = 2;
            m = 1;
        } else if ((cp < 0x20 && cp != '\n' && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            m = 1;
        } else {
            const char *rep = S_replacement(cp);
            m = rep ? strlen(rep) : n;
        }
        if (m != n) same_length = 0;
        outlen += m;
        i += n;
    }
    /* offsets are 32-bit: the normalised text must stay below 4 GiB */
    if (outlen >= 0xFFFFFFF0u) return rg_error_set(RG_EINPUT, "input larger than 4 GiB once normalised");
    if (same_length) {
        char *s = rg_xmalloc(len + 1);
        for (size_t i = 0; i < len;) {
            uint32_t cp;
            size_t n = S_decode(p + i, len - i, &cp);
            const char *rep = NULL;
            if (cp == '\r') rep = "\n";
            else if ((cp < 0x20 && cp != '\n' && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) rep = " ";
            else rep = S_replacement(cp);
            if (rep) memcpy(s + i, rep, n);
            else memcpy(s + i, in + i, n);
            i += n;
        }
        s[len] = '\0';
        out->s = s;
        out->len = len;
        return RG_OK;
    }
    size_t cap = outlen + 1;
    char *s = rg_xmalloc(cap);
    uint32_t *orig = rg_xmalloc((cap + 1) * sizeof *orig);
    uint8_t *orig_n = rg_xmalloc(cap + 1);
    size_t o = 0;
    size_t in_n = 0; /* input length of the character being emitted */
#define EMIT(str, n, at)                         \
    do {                                         \
        for (size_t k_ = 0; k_ < (n); k_++) {    \
            s[o] = (str)[k_];                    \
            orig[o] = (uint32_t)(at);            \
            orig_n[o] = (uint8_t)in_n;           \
            o++;                                 \
        }                                        \
    } while (0)
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = S_decode(p + i, len - i, &cp);
        in_n = n ? n : 1;
        if (n == 0) {
            if (out->n_invalid++ == 0) out->first_invalid = i;
            EMIT("\xEF\xBF\xBD", 3, i);
            i++;
            continue;
        }
        if (cp == '\r') {
            in_n = (i + 1 < len && p[i + 1] == '\n') ? 2 : 1;
            EMIT("\n", 1, i);
            i += in_n;
            continue;
        }
        if ((cp < 0x20 && cp != '\n' && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            EMIT(" ", 1, i);
            i += n;
            continue;
        }
        const char *rep = S_replacement(cp);
        if (rep) {
            EMIT(rep, strlen(rep), i);
        } else {
            EMIT(in + i, n, i);
        }
        i += n;
    }
#undef EMIT
    s[o] = '\0';
    orig[o] = (uint32_t)len;
    orig_n[o] = 0;
    out->s = s;
    out->len = o;
    out->orig = orig;
    out->orig_n = orig_n;
    return RG_OK;
}

void rg_text_free(rg_text *t)
{
    if (!t) return;
    free(t->s);
    free(t->orig);
    free(t->orig_n);
    memset(t, 0, sizeof *t);
}

size_t rg_text_orig(const rg_text *t, size_t off)
{
    if (off > t->len) off = t->len;
    return t->orig ? t->orig[off] : off;
}

size_t rg_text_orig_end(const rg_text *t, size_t end)
{
    if (!t->orig || end == 0) return rg_text_orig(t, end);
    if (end > t->len) end = t->len;
    /* the end of the input character that produced the last byte of the
     * span: a character dropped after it (a zero-width space) is not
     * part of the span */
    return t->orig[end - 1] + t->orig_n[end - 1];
}
