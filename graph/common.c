/*
 * common.c: status messages, aborting allocators, the byte buffer, the
 * string map and the type/kind vocabulary (see include/rg_common.h).
 *
 * The map is open addressing with linear probing over a power-of-two
 * table, grown at 70% load; keys are copied into their own allocations.
 * The hash is FNV-1a 64: simple, good enough for word-sized keys, and the
 * same on every platform (we never iterate the map, so its order never
 * reaches an output anyway).
 */
#include "rg_common.h"
#include "rg_version.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---------------------------------------------------------------- status */

static _Thread_local char S_msg[1024];

int rg_error_set(int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(S_msg, sizeof S_msg, fmt, ap);
    va_end(ap);
    return code;
}

const char *rg_error_last(void) { return S_msg; }
void rg_error_clear(void) { S_msg[0] = '\0'; }

/* ------------------------------------------------------------ allocation */

static void S_oom(void)
{
    fputs("[relgraph] out of memory\n", stderr);
    abort();
}

void *rg_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) S_oom();
    return p;
}

void *rg_xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p) S_oom();
    return p;
}

void *rg_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) S_oom();
    return q;
}

char *rg_xstrndup(const char *s, size_t n)
{
    char *d = rg_xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *rg_xstrdup(const char *s) { return rg_xstrndup(s, strlen(s)); }

void rg_grow(void **items, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap) return;
    size_t n = *cap ? *cap : 8;
    while (n < need) {
        if (n > SIZE_MAX / 2 / elem) S_oom();
        n *= 2;
    }
    *items = rg_xrealloc(*items, n * elem);
    *cap = n;
}

/* ---------------------------------------------------------------- buffer */

static void S_buf_reserve(rg_buf *b, size_t extra)
{
    size_t need = b->len + extra + 1;
    if (need > b->cap) rg_grow((void **)&b->ptr, &b->cap, need, 1);
}

void rg_buf_put(rg_buf *b, const char *s, size_t n)
{
    S_buf_reserve(b, n);
    if (n) memcpy(b->ptr + b->len, s, n);
    b->len += n;
    b->ptr[b->len] = '\0';
}

void rg_buf_puts(rg_buf *b, const char *s) { rg_buf_put(b, s, strlen(s)); }

void rg_buf_grow_(rg_buf *b, size_t extra) { S_buf_reserve(b, extra); }

void rg_buf_printf(rg_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    S_buf_reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void rg_buf_clear(rg_buf *b)
{
    b->len = 0;
    if (b->ptr) b->ptr[0] = '\0';
}

char *rg_buf_detach(rg_buf *b)
{
    char *p = b->ptr ? b->ptr : rg_xstrdup("");
    b->ptr = NULL;
    b->len = b->cap = 0;
    return p;
}

void rg_buf_free(rg_buf *b)
{
    free(b->ptr);
    b->ptr = NULL;
    b->len = b->cap = 0;
}

/* ------------------------------------------------------------------- map */

typedef struct {
    char *key; /* NULL = empty slot */
    size_t klen;
    uint64_t hash;
    size_t value;
} S_slot;

struct rg_map {
    S_slot *slots;
    size_t cap; /* power of two */
    size_t count;
};

uint64_t rg_hash(const void *data, size_t n)
{
    const unsigned char *p = data;
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    return h;
}

rg_map *rg_map_new(void)
{
    rg_map *m = rg_xcalloc(1, sizeof *m);
    m->cap = 16;
    m->slots = rg_xcalloc(m->cap, sizeof *m->slots);
    return m;
}

void rg_map_free(rg_map *m)
{
    if (!m) return;
    for (size_t i = 0; i < m->cap; i++) free(m->slots[i].key);
    free(m->slots);
    free(m);
}

static S_slot *S_find(const rg_map *m, const char *key, size_t klen, uint64_t h)
{
    size_t mask = m->cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        S_slot *s = &m->slots[i];
        if (!s->key) return s;
        if (s->hash == h && s->klen == klen && memcmp(s->key, key, klen) == 0) return s;
    }
}

int rg_map_get(const rg_map *m, const char *key, size_t klen, size_t *out)
{
    S_slot *s = S_find(m, key, klen, rg_hash(key, klen));
    if (!s->key) return 0;
    if (out) *out = s->value;
    return 1;
}

static void S_rehash(rg_map *m)
{
    S_slot *old = m->slots;
    size_t oldcap = m->cap;
    m->cap *= 2;
    /* malloc and memset, not calloc: a large calloc hands back fresh
     * pages unwritten, S_find reads them (the kernel maps its zero page)
     * and the first write then faults again and flushes every thread's
     * TLB; written at once they fault once */
    m->slots = rg_xmalloc(m->cap * sizeof *m->slots);
    memset(m->slots, 0, m->cap * sizeof *m->slots);
    for (size_t i = 0; i < oldcap; i++) {
        if (!old[i].key) continue;
        S_slot *s = S_find(m, old[i].key, old[i].klen, old[i].hash);
        *s = old[i];
    }
    free(old);
}

void rg_map_put(rg_map *m, const char *key, size_t klen, size_t value)
{
    uint64_t h = rg_hash(key, klen);
    S_slot *s = S_find(m, key, klen, h);
    if (s->key) {
        s->value = value;
        return;
    }
    s->key = rg_xstrndup(key, klen);
    s->klen = klen;
    s->hash = h;
    s->value = value;
    if (++m->count * 10 > m->cap * 7) S_rehash(m);
}

size_t rg_map_count(const rg_map *m) { return m->count; }

/* ------------------------------------------------------ types and kinds */

static const char *const S_types[RG_TYPE_COUNT] = {"person", "country", "group", "place"};

const char *rg_type_name(rg_type t)
{
    return (unsigned)t < RG_TYPE_COUNT ? S_types[t] : "unknown";
}

int rg_type_parse(const char *name, rg_type *out)
{
    for (int i = 0; i < RG_TYPE_COUNT; i++)
        if (strcmp(name, S_types[i]) == 0) {
            *out = (rg_type)i;
            return RG_OK;
        }
    return rg_error_set(RG_EUSAGE, "unknown type '%s' (expected person, country, group or place)", name);
}

int rg_types_parse(const char *list, unsigned *out_mask)
{
    unsigned mask = 0;
    const char *p = list;
    while (*p) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        char item[32];
        if (n == 0 || n >= sizeof item)
            return rg_error_set(RG_EUSAGE, "bad type list '%s'", list);
        memcpy(item, p, n);
        item[n] = '\0';
        rg_type t;
        if (rg_type_parse(item, &t) != RG_OK) return RG_EUSAGE;
        mask |= 1u << t;
        p += n;
        if (*p == ',') p++;
    }
    if (!mask) return rg_error_set(RG_EUSAGE, "empty type list");
    *out_mask = mask;
    return RG_OK;
}

static const char *const S_kinds[RG_KIND_COUNT] = {
    "agree", "consult", "support", "concede",
    "cooperate", "aid", "retreat", "investigate",
    "demand", "accuse", "reject", "threaten", "sanction",
    "protest", "crime", "mobilize", "coerce", "assault"};

const char *rg_kind_name(rg_kind k)
{
    return (unsigned)k < RG_KIND_COUNT ? S_kinds[k] : "unknown";
}

int rg_kind_parse(const char *name, rg_kind *out)
{
    static const struct { const char *syn; rg_kind k; } syn[] = {
        {"disapprove", RG_ACCUSE}, {"fight", RG_ASSAULT}, {"request", RG_DEMAND}};
    for (int i = 0; i < RG_KIND_COUNT; i++)
        if (strcmp(name, S_kinds[i]) == 0) {
            *out = (rg_kind)i;
            return RG_OK;
        }
    for (size_t i = 0; i < sizeof syn / sizeof syn[0]; i++)
        if (strcmp(name, syn[i].syn) == 0) {
            *out = syn[i].k;
            return RG_OK;
        }
    return rg_error_set(RG_EUSAGE, "unknown interaction kind '%s'", name);
}

int rg_kind_polarity(rg_kind k) { return k <= RG_INVESTIGATE ? 1 : -1; }

/* ---------------------------------------------------------------- names */

void rg_slug(rg_buf *out, const char *s, size_t len)
{
    utf8proc_uint8_t *f = NULL;
    utf8proc_ssize_t m = -1;
    for (const char *q = s; q < s + len; q++)
        if ((unsigned char)*q >= 0x80) {
            /* accents only where there are any: most labels are ASCII */
            m = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &f,
                             UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                 UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE);
            break;
        }
    const char *p = m >= 0 ? (const char *)f : s;
    size_t n = m >= 0 ? (size_t)m : len;
    int dash = 0;
    size_t start = out->len;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (isalnum(c) || c >= 0x80) {
            if (dash && out->len > start) rg_buf_putc(out, '-');
            dash = 0;
            rg_buf_putc(out, (char)tolower(c));
        } else if (c != '\'' && c != '.') {
            dash = 1;
        }
    }
    if (out->len == start) rg_buf_puts(out, "unnamed");
    free(f);
}

int rg_acronym_like(const char *s)
{
    int caps = 0;
    for (; *s; s++) {
        if (*s == ' ' || islower((unsigned char)*s)) return 0;
        if (isupper((unsigned char)*s)) caps++;
    }
    return caps >= 2;
}

const char *rg_version(void) { return RG_VERSION_STRING; }
