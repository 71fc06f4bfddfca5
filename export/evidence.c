/*
 * evidence.c: the graph's evidence as JSON Lines, one evidence sentence a
 * line, for event-data users (format "jsonl", extension .jsonl).
 *
 * Each line is one JSON object with these keys, always all of them, in
 * this order:
 *
 *   source     id of the link's first end (the smaller id: links are
 *              undirected, graph.h)
 *   target     id of the link's other end
 *   kind       the PLOVER interaction kind ("consult", "accuse"...), or
 *              "cooccurrence" for a sentence that only names both ends
 *   actor      id of the acting end of a directed interaction, else null
 *   recipient  id of the other end when actor is one of the link's ends,
 *              else null
 *   doc        the document's name (file name or JSON Lines id)
 *   date       the document's day, "YYYY-MM-DD", or null when undated
 *   sentence   the sentence's 0-based index in its document (a number)
 *   text       the sentence as kept in the graph (cut to the build's
 *              evidence length)
 *
 * for example
 *   {"source": "person:john-kerry", "target": "person:sergei-lavrov",
 *    "kind": "consult", "actor": "person:john-kerry", "recipient":
 *    "person:sergei-lavrov", "doc": "000_a.txt", "date": "2016-03-24",
 *    "sentence": 3, "text":
 *    "Kerry met Lavrov in Geneva."}
 * (on one line). Lines follow the graph's canonical order: links sorted
 * by (source, target), each link's evidence in input order; the same
 * graph always gives the same bytes. A graph without evidence gives an
 * empty output. Only the evidence the graph keeps is written (the build's
 * evidence cap per link, 5 by default; relgraph build --evidence N).
 *
 * Strings are escaped by rg_escape__json (escape_private.h): quotes,
 * backslashes and control characters as JSON escapes (a newline in a
 * sentence is "\n", so one item is always one line), U+2028/U+2029 as
 * \u escapes, ill-formed UTF-8 as U+FFFD, all other text as UTF-8.
 */
#include "escape_private.h"
#include "export.h"

#include <string.h>

static void S_key_str(rg_buf *b, const char *key, const char *value)
{
    rg_buf_printf(b, ", \"%s\": ", key);
    if (value)
        rg_escape__json(b, value);
    else
        rg_buf_puts(b, "null");
}

int rg_render_jsonl(const rg_graph *g, const rg_render_opts *o, rg_buf *out)
{
    (void)o;
    size_t m = rg_graph_link_count(g);
    for (size_t i = 0; i < m; i++) {
        const rg_link *l = rg_graph_link(g, i);
        const char *a = rg_graph_node(g, l->source)->id;
        const char *b = rg_graph_node(g, l->target)->id;
        for (size_t k = 0; k < l->n_evidence; k++) {
            const rg_evidence *e = &l->evidence[k];
            const char *recipient = NULL;
            if (e->source && strcmp(e->source, a) == 0) recipient = b;
            else if (e->source && strcmp(e->source, b) == 0) recipient = a;
            rg_buf_puts(out, "{\"source\": ");
            rg_escape__json(out, a);
            S_key_str(out, "target", b);
            S_key_str(out, "kind", e->kind >= 0 && e->kind < RG_KIND_COUNT
                                       ? rg_kind_name((rg_kind)e->kind)
                                       : "cooccurrence");
            S_key_str(out, "actor", e->source);
            S_key_str(out, "recipient", recipient);
            S_key_str(out, "doc", e->doc ? e->doc : "");
            char day[11];
            rg_date_format(e->day, day);
            S_key_str(out, "date", e->day ? day : NULL);
            rg_buf_printf(out, ", \"sentence\": %ld", e->sentence);
            S_key_str(out, "text", e->text ? e->text : "");
            rg_buf_puts(out, "}\n");
        }
    }
    if (!out->ptr) rg_buf_puts(out, "");
    return RG_OK;
}
