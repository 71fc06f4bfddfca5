/*
 * json.c: graph JSON, written and read back (the only file that includes
 * jansson).
 *
 * The format is the node-link form of docs DESIGN.md, which networkx's
 * node_link_graph() and d3 load as is:
 *
 *   {"directed": false, "multigraph": false,
 *    "graph": {"generator", "documents", "window", "by_date"?},
 *    "nodes": [{"id", "label", "type", "code"?, "aliases", "affiliation"?,
 *               "roles"?, "mentions", "documents", "by_date"?}],
 *    "links": [{"source", "target", "weight", "cooccurrence", "documents",
 *               "interactions": {kind: count}, "by_date"?, "evidence":
 *               [{"doc", "date"?, "sentence", "kind", "source"?, "text"}]}]}
 *
 * "by_date" appears where dated documents contributed: a list, by day,
 * of the counts those days' documents gave (the graph: documents; a node:
 * documents, mentions; a link: cooccurrence, documents, interactions),
 * each with "date": "YYYY-MM-DD". It is what lets export and stats cut
 * a built graph to --since/--until; undated documents count only in the
 * totals. An evidence item's "date" is its document's day.
 *
 * Writing walks the graph in its canonical order and writes one link or
 * node a line, keys in byte order, ending with a newline: the same graph
 * always gives the same bytes, and a graph of any size streams out element
 * by element. The bytes are jansson's (json_dumpb with preserved order),
 * written directly rather than through a jansson tree (see the writer).
 *
 * Reading accepts everything the writer writes (so write, read, write is
 * byte-identical) and is lenient where other producers differ: optional
 * fields may be missing (label defaults to the id, counts to 0, a missing
 * weight is recomputed), links may be called "edges" (networkx >= 3.4),
 * link ends may be node ids or, as in old networkx output, indices into
 * "nodes", and unknown keys are ignored. What it cannot make sense of is
 * rejected with RG_EINPUT and a message that names the file and either
 * the line and column (syntax) or the element ("links[3]: target 'x' is
 * not a node id").
 */
#include "export.h"

#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>

#define S_NONE ((size_t)-1)

/* ================================================================ writer */

/* The writer emits the bytes jansson's json_dumpb() gives for the same
 * tree with JSON_PRESERVE_ORDER (keys in the order written, which is
 * byte order here), no indentation (", " and ": " separators), integers
 * as %lld, strings escaped as jansson does (\" \\ \b \f \n \r \t, other
 * control characters as \u00XX, everything else as is), directly into
 * a buffer: building a jansson tree per element and dumping it was a
 * fifth of a build's time. test_export.c checks the bytes against
 * jansson's own dump of the parsed output. */

/* The writer's scratch state: the first string that is not valid UTF-8,
 * so the error names it. The owner's description is formatted only
 * then, not for every element. */
typedef struct S_wstate {
    const char *bad;      /* what the string was, e.g. "label of node 'x'" */
    char where[400];
} S_wstate;

/* Length of the valid UTF-8 sequence at s (n bytes left, s[0] >= 0x80),
 * or 0: no overlong forms, no surrogates, nothing above U+10FFFF. */
static size_t S_utf8_seq(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (!len || len > n) return 0;
    for (size_t i = 1; i < len; i++)
        if ((s[i] & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && s[1] < 0xA0) return 0;  /* overlong */
    if (c == 0xED && s[1] > 0x9F) return 0;  /* surrogate */
    if (c == 0xF0 && s[1] < 0x90) return 0;  /* overlong */
    if (c == 0xF4 && s[1] > 0x8F) return 0;  /* above U+10FFFF */
    return len;
}

/* Writes s as a JSON string. Returns 0, or -1 when s is not valid UTF-8
 * (what is written then does not matter: the render fails). Runs of
 * bytes that need no escape are copied at once. */
static int S_wstr(rg_buf *o, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    const unsigned char *p = (const unsigned char *)s;
    rg_buf_putc(o, '"');
    for (;;) {
        const unsigned char *run = p;
        while (*p >= 0x20 && *p != '"' && *p != '\\' && *p < 0x80) p++;
        if (p > run) rg_buf_put(o, (const char *)run, (size_t)(p - run));
        if (!*p) break;
        if (*p >= 0x80) {
            size_t len = S_utf8_seq(p, strlen((const char *)p));
            if (!len) return -1;
            rg_buf_put(o, (const char *)p, len);
            p += len;
            continue;
        }
        char esc[7] = {'\\', 0, 0, 0, 0, 0, 0};
        switch (*p) {
        case '"': esc[1] = '"'; break;
        case '\\': esc[1] = '\\'; break;
        case '\b': esc[1] = 'b'; break;
        case '\f': esc[1] = 'f'; break;
        case '\n': esc[1] = 'n'; break;
        case '\r': esc[1] = 'r'; break;
        case '\t': esc[1] = 't'; break;
        default:
            memcpy(esc + 1, "u00", 3);
            esc[4] = hex[*p >> 4];
            esc[5] = hex[*p & 15];
        }
        rg_buf_puts(o, esc);
        p++;
    }
    rg_buf_putc(o, '"');
    return 0;
}

static void S_wint(rg_buf *o, long long v)
{
    char d[24];
    size_t i = sizeof d;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do d[--i] = (char)('0' + u % 10); while ((u /= 10) != 0);
    if (v < 0) d[--i] = '-';
    rg_buf_put(o, d + i, sizeof d - i);
}

/* An object under construction: "{" written, and whether a key was. */
typedef struct {
    rg_buf *o;
    int n;
} S_wobj;

static S_wobj S_wopen(rg_buf *o)
{
    rg_buf_putc(o, '{');
    return (S_wobj){o, 0};
}

/* Writes the separator and "key": (keys here are ASCII without escapes). */
static void S_wkey(S_wobj *w, const char *key)
{
    if (w->n++) rg_buf_put(w->o, ", ", 2);
    rg_buf_putc(w->o, '"');
    rg_buf_puts(w->o, key);
    rg_buf_put(w->o, "\": ", 3);
}

static void S_wclose(S_wobj *w) { rg_buf_putc(w->o, '}'); }

static void S_wkey_int(S_wobj *w, const char *key, long long v)
{
    S_wkey(w, key);
    S_wint(w->o, v);
}

/* Writes s as a JSON string; when it is not valid UTF-8, records the
 * first such string in st (what, and the owner described by owner_fmt
 * with a and b) for the error. */
static void S_wstr_checked(rg_buf *o, S_wstate *st, const char *s, const char *what, const char *owner_fmt,
                           const char *a, const char *b)
{
    if (S_wstr(o, s) != 0 && !st->bad) {
        char owner[300];
        snprintf(owner, sizeof owner, owner_fmt, a, b ? b : "");
        snprintf(st->where, sizeof st->where, "%s of %s", what, owner);
        st->bad = st->where;
    }
}

/* "key": "s", checked as S_wstr_checked. */
static void S_wkey_str(S_wobj *w, S_wstate *st, const char *key, const char *s, const char *what,
                       const char *owner_fmt, const char *a, const char *b)
{
    S_wkey(w, key);
    S_wstr_checked(w->o, st, s, what, owner_fmt, a, b);
}

#define S_NODE_FMT "node '%.120s'%s"
#define S_LINK_FMT "link '%.120s' -- '%.120s'"

static void S_wstr_array(S_wobj *w, S_wstate *st, const char *key, const char *const *items, size_t n,
                         const char *what, const char *id)
{
    S_wkey(w, key);
    rg_buf_putc(w->o, '[');
    for (size_t i = 0; i < n; i++) {
        if (i) rg_buf_put(w->o, ", ", 2);
        S_wstr_checked(w->o, st, items[i], what, S_NODE_FMT, id, NULL);
    }
    rg_buf_putc(w->o, ']');
}

/* Interaction kinds in byte order of their names (defined below). */
static const rg_kind *S_kinds_sorted(void);

/* What a "by_date" list holds. */
enum { S_PER_GRAPH, S_PER_NODE, S_PER_LINK };

/* "by_date": one object per day, keys sorted: the graph's have date and
 * documents; a node's date, documents, mentions; a link's cooccurrence,
 * date, documents, interactions. */
static void S_wperiods(S_wobj *w, const rg_period *p, size_t n, int mode)
{
    const rg_kind *order = S_kinds_sorted();
    S_wkey(w, "by_date");
    rg_buf_putc(w->o, '[');
    for (size_t i = 0; i < n;) {
        if (i) rg_buf_put(w->o, ", ", 2);
        int day = p[i].day;
        long cooc = 0, docs = 0, ments = 0;
        long k[RG_KIND_COUNT] = {0};
        for (; i < n && p[i].day == day; i++) {
            if (p[i].what == RG_PERIOD_COOCCURRENCE) cooc += p[i].n;
            else if (p[i].what == RG_PERIOD_DOCUMENTS) docs += p[i].n;
            else if (p[i].what == RG_PERIOD_MENTIONS) ments += p[i].n;
            else if (p[i].what >= 0 && p[i].what < RG_KIND_COUNT) k[p[i].what] += p[i].n;
        }
        char d[11];
        rg_date_format(day, d);
        S_wobj e = S_wopen(w->o);
        if (mode == S_PER_LINK) S_wkey_int(&e, "cooccurrence", cooc);
        S_wkey(&e, "date");
        S_wstr(e.o, d);
        S_wkey_int(&e, "documents", docs);
        if (mode == S_PER_LINK) {
            S_wkey(&e, "interactions");
            S_wobj ko = S_wopen(e.o);
            for (int q = 0; q < RG_KIND_COUNT; q++)
                if (k[order[q]]) S_wkey_int(&ko, rg_kind_name(order[q]), k[order[q]]);
            S_wclose(&ko);
        }
        if (mode == S_PER_NODE) S_wkey_int(&e, "mentions", ments);
        S_wclose(&e);
    }
    rg_buf_putc(w->o, ']');
}

static void S_node_write(S_wstate *st, const rg_node *n, rg_buf *out)
{
    const char *id = n->id;
    S_wobj w = S_wopen(out);
    if (n->affiliation) S_wkey_str(&w, st, "affiliation", n->affiliation, "affiliation", S_NODE_FMT, id, NULL);
    S_wstr_array(&w, st, "aliases", n->aliases, n->n_aliases, "an alias", id);
    if (n->n_periods) S_wperiods(&w, n->periods, n->n_periods, S_PER_NODE);
    if (n->type == RG_COUNTRY && n->code) S_wkey_str(&w, st, "code", n->code, "code", S_NODE_FMT, id, NULL);
    S_wkey_int(&w, "documents", n->documents);
    S_wkey_str(&w, st, "id", n->id, "id", S_NODE_FMT, id, NULL);
    S_wkey_str(&w, st, "label", n->label, "label", S_NODE_FMT, id, NULL);
    S_wkey_int(&w, "mentions", n->mentions);
    if (n->n_roles) S_wstr_array(&w, st, "roles", n->roles, n->n_roles, "a role", id);
    S_wkey_str(&w, st, "type", rg_type_name(n->type), "type", S_NODE_FMT, id, NULL);
    S_wclose(&w);
}

/* Interaction kinds in byte order of their names, so the keys of
 * "interactions" come out sorted. A constant table: render threads read
 * it at the same time (a lazily sorted one raced). test_export.c checks it
 * against the names. */
static const rg_kind S_kind_order[RG_KIND_COUNT] = {
    RG_ACCUSE, RG_AGREE, RG_AID, RG_ASSAULT, RG_COERCE, RG_CONCEDE, RG_CONSULT, RG_COOPERATE,
    RG_CRIME, RG_DEMAND, RG_INVESTIGATE, RG_MOBILIZE, RG_PROTEST, RG_REJECT, RG_RETREAT,
    RG_SANCTION, RG_SUPPORT, RG_THREATEN};

static const rg_kind *S_kinds_sorted(void) { return S_kind_order; }

static void S_link_write(S_wstate *st, const rg_graph *g, const rg_link *l, rg_buf *out)
{
    const char *a = rg_graph_node(g, l->source)->id;
    const char *b = rg_graph_node(g, l->target)->id;
    S_wobj w = S_wopen(out);
    if (l->n_periods) S_wperiods(&w, l->periods, l->n_periods, S_PER_LINK);
    S_wkey_int(&w, "cooccurrence", l->cooccurrence);
    S_wkey_int(&w, "documents", l->documents);
    S_wkey(&w, "evidence");
    rg_buf_putc(out, '[');
    for (size_t i = 0; i < l->n_evidence; i++) {
        const rg_evidence *e = &l->evidence[i];
        if (i) rg_buf_put(out, ", ", 2);
        S_wobj ev = S_wopen(out);
        if (e->day) {
            char d[11];
            rg_date_format(e->day, d);
            S_wkey(&ev, "date");
            S_wstr(out, d);
        }
        S_wkey_str(&ev, st, "doc", e->doc, "an evidence doc", S_LINK_FMT, a, b);
        S_wkey(&ev, "kind");
        S_wstr(out, e->kind < 0 ? "cooccurrence" : rg_kind_name((rg_kind)e->kind));
        S_wkey_int(&ev, "sentence", e->sentence);
        if (e->source) S_wkey_str(&ev, st, "source", e->source, "an evidence source", S_LINK_FMT, a, b);
        S_wkey_str(&ev, st, "text", e->text, "an evidence text", S_LINK_FMT, a, b);
        S_wclose(&ev);
    }
    rg_buf_putc(out, ']');
    S_wkey(&w, "interactions");
    S_wobj kinds = S_wopen(out);
    const rg_kind *order = S_kinds_sorted();
    for (int k = 0; k < RG_KIND_COUNT; k++)
        if (l->interactions[order[k]]) S_wkey_int(&kinds, rg_kind_name(order[k]), l->interactions[order[k]]);
    S_wclose(&kinds);
    S_wkey_str(&w, st, "source", a, "source", S_LINK_FMT, a, b);
    S_wkey_str(&w, st, "target", b, "target", S_LINK_FMT, a, b);
    S_wkey_int(&w, "weight", l->weight);
    S_wclose(&w);
}

/* Links [from, to) rendered into out, each after ",\n" (the first of the
 * whole list after "\n"). */
typedef struct {
    const rg_graph *g;
    int nodes;           /* 1: nodes, 0: links */
    size_t from, to;
    rg_buf out;
    S_wstate st;
} S_chunk;

static void *S_chunk_run(void *arg)
{
    S_chunk *c = arg;
    for (size_t i = c->from; i < c->to; i++) {
        rg_buf_puts(&c->out, i ? ",\n" : "\n");
        if (c->nodes) S_node_write(&c->st, rg_graph_node(c->g, i), &c->out);
        else S_link_write(&c->st, c->g, rg_graph_link(c->g, i), &c->out);
    }
    return NULL;
}

/* Renders every node or link: on large graphs in contiguous chunks on
 * several threads (each writes its own buffer),
 * into chunks[0..*n) in order, so the bytes do not depend on the thread
 * count. S_elements_join() appends them to the output. */
static void S_elements_render(const rg_graph *g, int nodes, const rg_render_opts *o, S_chunk *chunks, size_t *n)
{
    size_t nl = nodes ? rg_graph_node_count(g) : rg_graph_link_count(g);
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    size_t t = o && o->threads > 0 ? (size_t)o->threads : (size_t)(cpus > 0 ? cpus : 1);
    if (t > 16) t = 16;
    if (nl < 2000) t = 1; /* not worth a thread */
    pthread_t tid[16];
    int started[16] = {0};
    for (size_t k = 0; k < t; k++) {
        chunks[k].g = g;
        chunks[k].nodes = nodes;
        chunks[k].from = nl * k / t;
        chunks[k].to = nl * (k + 1) / t;
        chunks[k].out = (rg_buf)RG_BUF_INIT;
        chunks[k].st.bad = NULL;
        chunks[k].st.where[0] = '\0';
    }
    for (size_t k = 1; k < t; k++) started[k] = pthread_create(&tid[k], NULL, S_chunk_run, &chunks[k]) == 0;
    S_chunk_run(&chunks[0]);
    for (size_t k = 1; k < t; k++) {
        if (started[k]) pthread_join(tid[k], NULL);
        else S_chunk_run(&chunks[k]); /* no thread: do it here */
    }
    *n = t;
}

static size_t S_chunks_len(const S_chunk *chunks, size_t n)
{
    size_t len = 0;
    for (size_t k = 0; k < n; k++) len += chunks[k].out.len;
    return len;
}

/* Appends the chunks to out and frees them; the first bad string of any
 * chunk is recorded in st. */
static void S_elements_join(rg_buf *out, S_chunk *chunks, size_t n, S_wstate *st)
{
    for (size_t k = 0; k < n; k++) {
        rg_buf_put(out, chunks[k].out.ptr ? chunks[k].out.ptr : "", chunks[k].out.len);
        rg_buf_free(&chunks[k].out);
        if (chunks[k].st.bad && !st->bad) {
            memcpy(st->where, chunks[k].st.where, sizeof st->where);
            st->bad = st->where;
        }
    }
}

/* The layout: one node or link per line, keys sorted, so a graph of any
 * size streams out without a whole-document tree, greps and diffs well,
 * and still parses as one JSON object:
 *
 *   {"directed": false, "graph": {...}, "links": [
 *   {"cooccurrence": 3, ...},
 *   ...
 *   ], "multigraph": false, "nodes": [
 *   {"aliases": [...], ...}
 *   ]}
 */
int rg_render_json(const rg_graph *g, const rg_render_opts *o, rg_buf *out)
{
    (void)o;
    int err = RG_OK;
    S_wstate st = {NULL, ""};
    size_t before = out->len;

    char generator[64];
    snprintf(generator, sizeof generator, "relgraph %s", rg_version());
    /* links and nodes first, then the output grown once to its size: on a
     * large graph, growing it piece by piece copied tens of megabytes and
     * held the old and new blocks at once */
    S_chunk lc[16], nc[16];
    size_t nlc = 0, nnc = 0;
    S_elements_render(g, 0, o, lc, &nlc);
    S_elements_render(g, 1, o, nc, &nnc);
    rg_buf_grow_(out, S_chunks_len(lc, nlc) + S_chunks_len(nc, nnc) + 4096);
    rg_buf_puts(out, "{\"directed\": false, \"graph\": ");
    S_wobj meta = S_wopen(out);
    size_t np;
    const rg_period *gp = rg_graph_periods(g, &np);
    if (np) S_wperiods(&meta, gp, np, S_PER_GRAPH);
    S_wkey_int(&meta, "documents", (long long)rg_graph_documents(g));
    S_wkey_str(&meta, &st, "generator", generator, "generator", "the graph%s%s", "", NULL);
    S_wkey_str(&meta, &st, "window", rg_graph_window(g), "window", "the graph%s%s", "", NULL);
    S_wclose(&meta);
    rg_buf_puts(out, ", \"links\": [");
    size_t nl = rg_graph_link_count(g);
    S_elements_join(out, lc, nlc, &st);
    rg_buf_puts(out, nl ? "\n], \"multigraph\": false, \"nodes\": [" : "], \"multigraph\": false, \"nodes\": [");
    size_t nn = rg_graph_node_count(g);
    S_elements_join(out, nc, nnc, &st);
    rg_buf_puts(out, nn ? "\n]}\n" : "]}\n");
    if (st.bad) {
        out->len = before;
        if (out->ptr) out->ptr[before] = '\0';
        err = rg_error_set(RG_EINPUT, "cannot write JSON: the %s is not valid UTF-8", st.bad);
    }
    return err;
}

/* ================================================================ reader */

typedef struct S_rstate {
    const char *name; /* file name for messages */
    rg_graph *g;
    size_t n_nodes;   /* nodes in the file, for index-style link ends */
    json_t *nodes;    /* borrowed "nodes" array */
} S_rstate;

/* Sets the error message "NAME: WHERE: what" and returns RG_EINPUT. */
static int S_bad(const S_rstate *st, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static int S_bad(const S_rstate *st, const char *fmt, ...)
{
    char msg[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return rg_error_set(RG_EINPUT, "%s: %s", st->name, msg);
}

static const char *S_json_type(const json_t *j)
{
    switch (json_typeof(j)) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER: return "an integer";
    case JSON_REAL: return "a number";
    case JSON_TRUE:
    case JSON_FALSE: return "a boolean";
    case JSON_NULL: return "null";
    }
    return "a value";
}

/* Optional string member: *out is NULL when key is absent (or null when
 * null_ok), the borrowed string otherwise; a value of another type is an
 * error naming where.key. */
static int S_get_str(const S_rstate *st, const json_t *obj, const char *where, const char *key,
                     int null_ok, const char **out)
{
    json_t *v = json_object_get(obj, key);
    *out = NULL;
    if (!v || (null_ok && json_is_null(v))) return RG_OK;
    if (!json_is_string(v))
        return S_bad(st, "%s: \"%s\" must be a string, not %s", where, key, S_json_type(v));
    *out = json_string_value(v);
    return RG_OK;
}

/* Optional non-negative whole-number member (default 0). Integral reals
 * such as 3.0 are accepted because other JSON producers write counts as
 * floats; fractions and negatives are errors. *present tells whether the
 * key was there (may be NULL). */
static int S_get_count(const S_rstate *st, const json_t *obj, const char *where, const char *key,
                       long *out, int *present)
{
    json_t *v = json_object_get(obj, key);
    *out = 0;
    if (present) *present = v != NULL;
    if (!v) return RG_OK;
    if (json_is_integer(v)) {
        json_int_t i = json_integer_value(v);
        if (i < 0 || i > (json_int_t)LONG_MAX)
            return S_bad(st, "%s: \"%s\" must be a non-negative count, not %" JSON_INTEGER_FORMAT,
                         where, key, i);
        *out = (long)i;
        return RG_OK;
    }
    if (json_is_real(v)) {
        double d = json_real_value(v);
        if (d < 0 || d != floor(d) || d > 9.0e15)
            return S_bad(st, "%s: \"%s\" must be a non-negative whole number, not %g", where, key, d);
        *out = (long)d;
        return RG_OK;
    }
    return S_bad(st, "%s: \"%s\" must be a number, not %s", where, key, S_json_type(v));
}

/* Optional array of strings, each passed to add(g, node, s). */
static int S_get_strings(const S_rstate *st, const json_t *obj, const char *where, const char *key,
                         size_t node, void (*add)(rg_graph *, size_t, const char *))
{
    json_t *v = json_object_get(obj, key);
    if (!v || json_is_null(v)) return RG_OK;
    if (!json_is_array(v))
        return S_bad(st, "%s: \"%s\" must be an array of strings, not %s", where, key, S_json_type(v));
    size_t i;
    json_t *item;
    json_array_foreach(v, i, item)
    {
        if (!json_is_string(item))
            return S_bad(st, "%s: %s[%zu] must be a string, not %s", where, key, i, S_json_type(item));
        add(st->g, node, json_string_value(item));
    }
    return RG_OK;
}

/* "by_date" of the graph (mode S_PER_GRAPH), node or link `index`:
 * an array of objects with a "date" (YYYY-MM-DD) and the counts of that
 * day. Absent or null is no dates. */
static int S_read_periods(S_rstate *st, const json_t *j, const char *where, int mode, size_t index)
{
    int err;
    json_t *v = json_object_get(j, "by_date");
    if (!v || json_is_null(v)) return RG_OK;
    if (!json_is_array(v)) return S_bad(st, "%s: \"by_date\" must be an array, not %s", where, S_json_type(v));
    size_t i;
    json_t *item;
    char pw[300];
    json_array_foreach(v, i, item)
    {
        snprintf(pw, sizeof pw, "%s.by_date[%zu]", where, i);
        if (!json_is_object(item)) return S_bad(st, "%s must be an object, not %s", pw, S_json_type(item));
        const char *ds;
        if ((err = S_get_str(st, item, pw, "date", 0, &ds)) < 0) return err;
        int day = ds ? rg_date_read(ds) : 0;
        if (!day) return S_bad(st, "%s: \"date\" must be a day written YYYY-MM-DD", pw);
        static const struct {
            const char *key;
            int what;
        } counts[] = {{"cooccurrence", RG_PERIOD_COOCCURRENCE},
                      {"documents", RG_PERIOD_DOCUMENTS},
                      {"mentions", RG_PERIOD_MENTIONS}};
        for (size_t c = 0; c < 3; c++) {
            long n;
            if ((err = S_get_count(st, item, pw, counts[c].key, &n, NULL)) < 0) return err;
            if (!n) continue;
            if (mode == S_PER_GRAPH) rg_graph_add_period(st->g, day, counts[c].what, n);
            else if (mode == S_PER_NODE) rg_graph_node_add_period(st->g, index, day, counts[c].what, n);
            else rg_graph_link_add_period(st->g, index, day, counts[c].what, n);
        }
        json_t *kinds = json_object_get(item, "interactions");
        if (mode != S_PER_LINK || !kinds || json_is_null(kinds)) continue;
        if (!json_is_object(kinds))
            return S_bad(st, "%s: \"interactions\" must be an object (kind: count), not %s", pw,
                         S_json_type(kinds));
        const char *key;
        json_t *kv;
        char kwhere[340];
        snprintf(kwhere, sizeof kwhere, "%s.interactions", pw);
        json_object_foreach(kinds, key, kv)
        {
            rg_kind k;
            if (rg_kind_parse(key, &k) != RG_OK)
                return S_bad(st, "%s: unknown interaction kind '%s'", kwhere, key);
            long n;
            if ((err = S_get_count(st, kinds, kwhere, key, &n, NULL)) < 0) return err;
            rg_graph_link_add_period(st->g, index, day, (int)k, n);
        }
    }
    return RG_OK;
}

static void S_add_alias(rg_graph *g, size_t node, const char *s) { rg_graph_node_add_alias(g, node, s, 0); }
static void S_add_role(rg_graph *g, size_t node, const char *s) { rg_graph_node_add_role(g, node, s); }

static int S_read_node(S_rstate *st, size_t i, const json_t *j)
{
    int err;
    char where[200];
    snprintf(where, sizeof where, "nodes[%zu]", i);
    if (!json_is_object(j)) return S_bad(st, "%s must be an object, not %s", where, S_json_type(j));

    json_t *idv = json_object_get(j, "id");
    if (!idv) return S_bad(st, "%s: missing \"id\"", where);
    if (!json_is_string(idv))
        return S_bad(st, "%s: \"id\" must be a string, not %s", where, S_json_type(idv));
    const char *id = json_string_value(idv);
    if (!*id) return S_bad(st, "%s: \"id\" is empty", where);
    snprintf(where, sizeof where, "nodes[%zu] ('%.150s')", i, id);

    const char *type_name, *label, *code, *affiliation;
    if ((err = S_get_str(st, j, where, "type", 0, &type_name)) < 0) return err;
    if (!type_name) return S_bad(st, "%s: missing \"type\" (person, country, group or place)", where);
    rg_type type;
    if (rg_type_parse(type_name, &type) != RG_OK)
        return S_bad(st, "%s: unknown type '%s' (expected person, country, group or place)", where,
                     type_name);
    if ((err = S_get_str(st, j, where, "label", 1, &label)) < 0) return err;
    if ((err = S_get_str(st, j, where, "code", 1, &code)) < 0) return err;
    if ((err = S_get_str(st, j, where, "affiliation", 1, &affiliation)) < 0) return err;
    long mentions, documents;
    if ((err = S_get_count(st, j, where, "mentions", &mentions, NULL)) < 0) return err;
    if ((err = S_get_count(st, j, where, "documents", &documents, NULL)) < 0) return err;

    int created = 0;
    size_t n = rg_graph_node_add(st->g, id, type, &created);
    if (!created) /* nodes are added in file order, so n is the file index */
        return S_bad(st, "%s: duplicate node id (first defined at nodes[%zu])", where, n);
    if (label) rg_graph_node_set_label(st->g, n, label);
    if (code) rg_graph_node_set_code(st->g, n, code);
    if (affiliation) rg_graph_node_set_affiliation(st->g, n, affiliation);
    rg_graph_node_add_counts(st->g, n, mentions, documents);
    if ((err = S_get_strings(st, j, where, "aliases", n, S_add_alias)) < 0) return err;
    if ((err = S_get_strings(st, j, where, "roles", n, S_add_role)) < 0) return err;
    if ((err = S_read_periods(st, j, where, S_PER_NODE, n)) < 0) return err;
    return RG_OK;
}

/* Resolves a link end: a node id string, or (old networkx) an integer
 * index into "nodes". */
static int S_link_end(const S_rstate *st, const json_t *l, const char *where, const char *key,
                      size_t *out)
{
    json_t *v = json_object_get(l, key);
    if (!v) return S_bad(st, "%s: missing \"%s\"", where, key);
    if (json_is_string(v)) {
        *out = rg_graph_find(st->g, json_string_value(v));
        if (*out == S_NONE)
            return S_bad(st, "%s: %s '%s' is not a node id", where, key, json_string_value(v));
        return RG_OK;
    }
    if (json_is_integer(v)) {
        json_int_t i = json_integer_value(v);
        if (i < 0 || (size_t)i >= st->n_nodes)
            return S_bad(st, "%s: %s index %" JSON_INTEGER_FORMAT " is out of range (%zu nodes)", where,
                         key, i, st->n_nodes);
        const char *id = json_string_value(json_object_get(json_array_get(st->nodes, (size_t)i), "id"));
        *out = rg_graph_find(st->g, id);
        return RG_OK;
    }
    return S_bad(st, "%s: \"%s\" must be a node id, not %s", where, key, S_json_type(v));
}

static int S_read_evidence(const S_rstate *st, size_t link, const char *lwhere, size_t i,
                           const json_t *j)
{
    int err;
    char where[300];
    snprintf(where, sizeof where, "%s.evidence[%zu]", lwhere, i);
    if (!json_is_object(j)) return S_bad(st, "%s must be an object, not %s", where, S_json_type(j));
    rg_evidence ev = {NULL, 0, -1, NULL, NULL, 0};
    const char *kind;
    if ((err = S_get_str(st, j, where, "doc", 1, &ev.doc)) < 0) return err;
    if ((err = S_get_count(st, j, where, "sentence", &ev.sentence, NULL)) < 0) return err;
    if ((err = S_get_str(st, j, where, "kind", 1, &kind)) < 0) return err;
    if ((err = S_get_str(st, j, where, "source", 1, &ev.source)) < 0) return err;
    if ((err = S_get_str(st, j, where, "text", 1, &ev.text)) < 0) return err;
    const char *date;
    if ((err = S_get_str(st, j, where, "date", 1, &date)) < 0) return err;
    if (date && !(ev.day = rg_date_read(date)))
        return S_bad(st, "%s: \"date\" must be a day written YYYY-MM-DD, not '%.40s'", where, date);
    if (kind && strcmp(kind, "cooccurrence") != 0) {
        rg_kind k;
        if (rg_kind_parse(kind, &k) != RG_OK)
            return S_bad(st, "%s: unknown kind '%s' (expected cooccurrence or a PLOVER category)",
                         where, kind);
        ev.kind = (int)k;
    }
    if (ev.source && rg_graph_find(st->g, ev.source) == S_NONE)
        return S_bad(st, "%s: source '%s' is not a node id", where, ev.source);
    rg_graph_link_add_evidence(st->g, link, &ev);
    return RG_OK;
}

static int S_read_link(S_rstate *st, const char *array, size_t i, const json_t *j)
{
    int err;
    char where[200];
    snprintf(where, sizeof where, "%s[%zu]", array, i);
    if (!json_is_object(j)) return S_bad(st, "%s must be an object, not %s", where, S_json_type(j));

    size_t a, b;
    if ((err = S_link_end(st, j, where, "source", &a)) < 0) return err;
    if ((err = S_link_end(st, j, where, "target", &b)) < 0) return err;
    if (a == b)
        return S_bad(st, "%s: source and target are both '%s' (a node cannot link to itself)", where,
                     rg_graph_node(st->g, a)->id);
    long weight, cooc, docs;
    int has_weight;
    if ((err = S_get_count(st, j, where, "weight", &weight, &has_weight)) < 0) return err;
    if ((err = S_get_count(st, j, where, "cooccurrence", &cooc, NULL)) < 0) return err;
    if ((err = S_get_count(st, j, where, "documents", &docs, NULL)) < 0) return err;
    json_t *kinds = json_object_get(j, "interactions");
    if (kinds && !json_is_null(kinds) && !json_is_object(kinds))
        return S_bad(st, "%s: \"interactions\" must be an object (kind: count), not %s", where,
                     S_json_type(kinds));
    json_t *evs = json_object_get(j, "evidence");
    if (evs && !json_is_null(evs) && !json_is_array(evs))
        return S_bad(st, "%s: \"evidence\" must be an array, not %s", where, S_json_type(evs));

    size_t before = rg_graph_link_count(st->g);
    size_t l = rg_graph_link_add(st->g, a, b);
    if (rg_graph_link_count(st->g) == before)
        return S_bad(st, "%s: a second link between '%s' and '%s' (relgraph graphs are undirected "
                         "and have one link per pair)",
                     where, rg_graph_node(st->g, a)->id, rg_graph_node(st->g, b)->id);
    rg_graph_link_add_counts(st->g, l, cooc, docs);
    if (has_weight) rg_graph_link_set_weight(st->g, l, weight);

    if (kinds && json_is_object(kinds)) {
        const char *key;
        json_t *v;
        char kwhere[260];
        json_object_foreach(kinds, key, v)
        {
            rg_kind k;
            if (rg_kind_parse(key, &k) != RG_OK)
                return S_bad(st, "%s: unknown interaction kind '%s' (expected a PLOVER category such "
                                 "as consult, agree, accuse)",
                             where, key);
            snprintf(kwhere, sizeof kwhere, "%s.interactions", where);
            long n;
            if ((err = S_get_count(st, kinds, kwhere, key, &n, NULL)) < 0) return err;
            if (n) rg_graph_link_add_interaction(st->g, l, k, n);
        }
    }
    if ((err = S_read_periods(st, j, where, S_PER_LINK, l)) < 0) return err;
    if (evs && json_is_array(evs)) {
        size_t e;
        json_t *ev;
        json_array_foreach(evs, e, ev)
        {
            if ((err = S_read_evidence(st, l, where, e, ev)) < 0) return err;
        }
    }
    return RG_OK;
}

static int S_read_root(S_rstate *st, const json_t *root)
{
    int err;
    if (!json_is_object(root))
        return S_bad(st, "the top level must be an object with \"nodes\" and \"links\", not %s",
                     S_json_type(root));
    static const char *const flags[] = {"directed", "multigraph"};
    for (size_t i = 0; i < 2; i++) {
        json_t *v = json_object_get(root, flags[i]);
        if (v && !json_is_boolean(v))
            return S_bad(st, "\"%s\" must be true or false, not %s", flags[i], S_json_type(v));
    }
    json_t *meta = json_object_get(root, "graph");
    if (meta && !json_is_null(meta)) {
        if (!json_is_object(meta)) return S_bad(st, "\"graph\" must be an object, not %s", S_json_type(meta));
        const char *window;
        long docs;
        if ((err = S_get_str(st, meta, "graph", "window", 1, &window)) < 0) return err;
        if ((err = S_get_count(st, meta, "graph", "documents", &docs, NULL)) < 0) return err;
        if (window) rg_graph_set_window(st->g, window);
        rg_graph_set_documents(st->g, docs);
        if ((err = S_read_periods(st, meta, "graph", S_PER_GRAPH, 0)) < 0) return err;
    }

    json_t *nodes = json_object_get(root, "nodes");
    if (!nodes) return S_bad(st, "missing \"nodes\" (is this a relgraph graph JSON file?)");
    if (!json_is_array(nodes)) return S_bad(st, "\"nodes\" must be an array, not %s", S_json_type(nodes));
    st->nodes = nodes;
    st->n_nodes = json_array_size(nodes);
    size_t i;
    json_t *item;
    json_array_foreach(nodes, i, item)
    {
        if ((err = S_read_node(st, i, item)) < 0) return err;
    }

    const char *array = "links";
    json_t *links = json_object_get(root, "links");
    if (!links) {
        array = "edges";
        links = json_object_get(root, "edges");
    }
    if (!links || json_is_null(links)) return RG_OK;
    if (!json_is_array(links)) return S_bad(st, "\"%s\" must be an array, not %s", array, S_json_type(links));
    json_array_foreach(links, i, item)
    {
        if ((err = S_read_link(st, array, i, item)) < 0) return err;
    }
    return RG_OK;
}

int rg_graph_read_json_mem(rg_graph **out, const char *data, size_t len, const char *name)
{
    int err = RG_OK;
    json_t *root = NULL;
    json_error_t jerr;
    S_rstate st = {name ? name : "<memory>", NULL, 0, NULL};
    *out = NULL;

    /* Duplicate keys are rejected: with them a file could say two things
     * about one node and we would silently keep one. */
    root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!root) {
        err = rg_error_set(RG_EINPUT, "%s:%d:%d: %s", st.name, jerr.line, jerr.column, jerr.text);
        goto done;
    }
    st.g = rg_graph_new();
    /* Keep every evidence item the file holds: the cap applies to graphs
     * being built, and a reader that dropped items would not round-trip. */
    rg_graph_set_evidence_cap(st.g, (size_t)-1);
    if ((err = S_read_root(&st, root)) < 0) goto done;
    rg_graph_set_evidence_cap(st.g, 5);
    rg_graph_finish(st.g);
    *out = st.g;
    st.g = NULL;

done:
    rg_graph_free(st.g);
    json_decref(root);
    return err;
}

int rg_graph_read_json(rg_graph **out, const char *path)
{
    int err = RG_OK;
    FILE *f = NULL;
    rg_buf buf = RG_BUF_INIT;
    int is_stdin = !path || strcmp(path, "-") == 0;
    const char *name = is_stdin ? "<stdin>" : path;
    *out = NULL;

    f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        err = rg_error_set(RG_EIO, "%s: cannot open: %s", name, strerror(errno));
        goto done;
    }
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) rg_buf_put(&buf, chunk, n);
    if (ferror(f)) {
        err = rg_error_set(RG_EIO, "%s: cannot read: %s", name, strerror(errno ? errno : EIO));
        goto done;
    }
    err = rg_graph_read_json_mem(out, buf.ptr ? buf.ptr : "", buf.len, name);

done:
    if (f && !is_stdin) fclose(f);
    rg_buf_free(&buf);
    return err;
}

/* ------------------------------------------------------------ JSON Lines */

/* The fast path for the common shape of a corpus line: one flat object
 * whose values are strings (or an integer id). It scans the line once,
 * unescaping strings straight into their buffers; jansson's general
 * parser (below) builds a tree with a hash table per object and costs
 * about 140 instructions a byte, which made it a third of `relgraph
 * build`'s time on a JSON Lines corpus.
 *
 * It declines (returns 0, having allocated nothing) on anything it is not
 * sure of: nested values, other literals, duplicate keys, control
 * characters, invalid UTF-8, lone surrogates, trailing bytes. jansson then
 * parses the line and reports any error, so behaviour and messages are
 * jansson's; tests/unit/test_export.c checks both paths agree. */

/* Validates UTF-8 in s[0..n): 1 when valid (strict: no overlongs, no
 * surrogates, nothing above U+10FFFF). */
static int S_utf8_ok(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t len;
        uint32_t v, min;
        if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1F; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0F; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07; min = 0x10000; }
        else return 0;
        if (i + len > n) return 0;
        for (size_t k = 1; k < len; k++) {
            if ((s[i + k] & 0xC0) != 0x80) return 0;
            v = (v << 6) | (s[i + k] & 0x3F);
        }
        if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
        i += len;
    }
    return 1;
}

static int S_hex4(const char *p, uint32_t *out)
{
    uint32_t v = 0;
    for (int k = 0; k < 4; k++) {
        char c = p[k];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (uint32_t)(c - 'A' + 10);
        else return 0;
    }
    *out = v;
    return 1;
}

/* Scans the JSON string starting at *p (after the opening quote) into a
 * new NUL-terminated buffer; *p ends after the closing quote. Returns NULL
 * to decline. */
static char *S_scan_string(const char **p, const char *end)
{
    const char *q = *p;
    /* find the closing quote, noting escapes and non-ASCII bytes */
    const char *r = q;
    int escapes = 0;
    unsigned high = 0;
    /* eight bytes at a time while none of them is a quote, a backslash
     * or a control character (most of a news text); the byte steps read
     * only the words that hold one */
    while (r < end) {
        while (end - r >= 8) {
            uint64_t v;
            memcpy(&v, r, 8);
            if (rg_word_eq(v, '"') | rg_word_eq(v, '\\') | rg_word_below(v, 0x20)) break;
            high |= (unsigned)((v & RG_WORD_HIGHS) != 0) << 7;
            r += 8;
        }
        if (r >= end) break;
        unsigned char c = (unsigned char)*r;
        if (c == '"') break;
        if (c < 0x20) return NULL;
        if (c == '\\') {
            escapes = 1;
            r += 2;
            continue;
        }
        high |= c;
        r++;
    }
    if (r >= end) return NULL;
    size_t n = (size_t)(r - q);
    char *out = rg_xmalloc(n + 1);
    size_t o = 0;
    if (!escapes) {
        memcpy(out, q, n);
        o = n;
    } else {
        for (const char *x = q; x < r;) {
            if (*x != '\\') {
                /* the run up to the next escape at once */
                const char *bs = memchr(x, '\\', (size_t)(r - x));
                size_t run = (size_t)((bs ? bs : r) - x);
                memcpy(out + o, x, run);
                o += run;
                x += run;
                continue;
            }
            char e = x[1];
            x += 2;
            switch (e) {
            case '"': out[o++] = '"'; break;
            case '\\': out[o++] = '\\'; break;
            case '/': out[o++] = '/'; break;
            case 'b': out[o++] = '\b'; break;
            case 'f': out[o++] = '\f'; break;
            case 'n': out[o++] = '\n'; break;
            case 'r': out[o++] = '\r'; break;
            case 't': out[o++] = '\t'; break;
            case 'u': {
                uint32_t cp, lo;
                if (x + 4 > r || !S_hex4(x, &cp)) goto decline;
                x += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (x + 6 > r || x[0] != '\\' || x[1] != 'u' || !S_hex4(x + 2, &lo) || lo < 0xDC00 || lo > 0xDFFF)
                        goto decline;
                    x += 6;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    goto decline;
                }
                if (cp == 0) goto decline; /* jansson refuses NUL without a flag */
                /* UTF-8; \uXXXX is at least 6 input bytes, at most 4 out */
                if (cp < 0x80) out[o++] = (char)cp;
                else if (cp < 0x800) {
                    out[o++] = (char)(0xC0 | (cp >> 6));
                    out[o++] = (char)(0x80 | (cp & 0x3F));
                } else if (cp < 0x10000) {
                    out[o++] = (char)(0xE0 | (cp >> 12));
                    out[o++] = (char)(0x80 | ((cp >> 6) & 0x3F));
                    out[o++] = (char)(0x80 | (cp & 0x3F));
                } else {
                    out[o++] = (char)(0xF0 | (cp >> 18));
                    out[o++] = (char)(0x80 | ((cp >> 12) & 0x3F));
                    out[o++] = (char)(0x80 | ((cp >> 6) & 0x3F));
                    out[o++] = (char)(0x80 | (cp & 0x3F));
                }
                break;
            }
            default:
                goto decline;
            }
        }
    }
    out[o] = '\0';
    /* raw bytes are all ASCII unless a high bit was seen; escapes produce
     * valid UTF-8 by construction */
    if ((high & 0x80) && !S_utf8_ok((const unsigned char *)out, o)) goto decline;
    *p = r + 1;
    return out;
decline:
    free(out);
    return NULL;
}

static const char *S_ws(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
    return p;
}

/* 1 with the id, text and date set (text is required), or 0 to decline. */
static int S_jsonl_fast(const char *line, size_t len, char **id, char **text, char **date)
{
    const char *p = line, *end = line + len;
    char *key = NULL, *val = NULL;
    int seen_id = 0, seen_text = 0, seen_date = 0;
    char *keys[16]; /* every key seen: a repeat is jansson's error to give */
    size_t n_keys = 0;
    p = S_ws(p, end);
    if (p >= end || *p != '{') return 0;
    p = S_ws(p + 1, end);
    if (p < end && *p == '}') goto decline; /* no text: let jansson say so */
    for (;;) {
        if (p >= end || *p != '"') goto decline;
        p++;
        key = S_scan_string(&p, end);
        if (!key) goto decline;
        p = S_ws(p, end);
        if (p >= end || *p != ':') goto decline;
        p = S_ws(p + 1, end);
        if (p >= end) goto decline;
        for (size_t k = 0; k < n_keys; k++)
            if (strcmp(keys[k], key) == 0) goto decline;
        if (n_keys == sizeof keys / sizeof keys[0]) goto decline;
        keys[n_keys++] = key;
        int is_id = strcmp(key, "id") == 0, is_text = strcmp(key, "text") == 0, is_date = strcmp(key, "date") == 0;
        if ((is_id && seen_id) || (is_text && seen_text) || (is_date && seen_date)) goto decline;
        if (*p == '"') {
            p++;
            val = S_scan_string(&p, end);
            if (!val) goto decline;
            if (is_id) { *id = val; seen_id = 1; }
            else if (is_text) { *text = val; seen_text = 1; }
            else if (is_date) { *date = val; seen_date = 1; }
            else free(val); /* another key: ignored, as the general path does */
            val = NULL;
        } else if (is_id && (*p == '-' || (*p >= '0' && *p <= '9'))) {
            /* an integer id, as jansson would print it */
            const char *q = p;
            if (*q == '-') q++;
            if (q >= end || *q < '0' || *q > '9' || (*q == '0' && q + 1 < end && q[1] >= '0' && q[1] <= '9'))
                goto decline;
            while (q < end && *q >= '0' && *q <= '9') q++;
            if (q < end && (*q == '.' || *q == 'e' || *q == 'E')) goto decline;
            if (q - p > 18) goto decline; /* keep within json_int_t */
            if (q - p == 2 && p[0] == '-' && p[1] == '0') goto decline; /* -0 prints as 0 */
            *id = rg_xstrndup(p, (size_t)(q - p));
            seen_id = 1;
            p = q;
        } else {
            goto decline; /* nested values and literals: jansson's job */
        }
        key = NULL; /* kept in keys[] */
        p = S_ws(p, end);
        if (p < end && *p == ',') {
            p = S_ws(p + 1, end);
            continue;
        }
        if (p < end && *p == '}') {
            p = S_ws(p + 1, end);
            break;
        }
        goto decline;
    }
    if (p != end || !seen_text) goto decline;
    for (size_t k = 0; k < n_keys; k++) free(keys[k]);
    return 1;
decline:
    if (key && (n_keys == 0 || keys[n_keys - 1] != key)) free(key);
    for (size_t k = 0; k < n_keys; k++) free(keys[k]);
    free(val);
    free(*id);
    free(*text);
    free(*date);
    *id = *text = *date = NULL;
    return 0;
}

int rg_jsonl_parse_doc(const char *line, size_t len, char **id, char **text, char **date)
{
    json_error_t jerr;
    *id = *text = *date = NULL;
    if (S_jsonl_fast(line, len, id, text, date)) return RG_OK;
    json_t *root = json_loadb(line, len, JSON_REJECT_DUPLICATES, &jerr);
    int err = RG_OK;
    if (!root) return rg_error_set(RG_EINPUT, "not JSON (column %d: %s)", jerr.column, jerr.text);
    if (!json_is_object(root)) {
        err = rg_error_set(RG_EINPUT, "expected an object {\"id\", \"text\", \"date\"}");
        goto done;
    }
    json_t *t = json_object_get(root, "text"); /* borrowed */
    if (!json_is_string(t)) {
        err = rg_error_set(RG_EINPUT, "\"text\" is missing or not a string");
        goto done;
    }
    *text = rg_xstrndup(json_string_value(t), json_string_length(t));
    json_t *i = json_object_get(root, "id");
    if (json_is_string(i)) {
        *id = rg_xstrdup(json_string_value(i));
    } else if (json_is_integer(i)) {
        char num[32];
        snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(i));
        *id = rg_xstrdup(num);
    }
    json_t *d = json_object_get(root, "date");
    if (json_is_string(d)) *date = rg_xstrdup(json_string_value(d));
done:
    json_decref(root);
    return err;
}
