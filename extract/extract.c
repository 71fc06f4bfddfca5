/*
 * extract.c: the extraction pipeline for one document: normalise,
 * segment, find mentions, resolve entities, find interactions. See
 * extract.h for the stages.
 */
#include "extract_private.h"

#include <stdlib.h>
#include <string.h>

struct rg_extractor {
    const rg_lexicon *lex;
    rg_seg seg;
    rg_cands cands;
};

rg_extractor *rg_extractor_new(const rg_lexicon *lex)
{
    rg_extractor *ex = rg_xcalloc(1, sizeof *ex);
    ex->lex = lex;
    return ex;
}

void rg_extractor_free(rg_extractor *ex)
{
    if (!ex) return;
    rg_seg_free(&ex->seg);
    free(ex->cands.c);
    free(ex);
}

/* How far into a text its date is looked for. */
#define S_DATE_SCAN 1024

int rg_extractor_run(rg_extractor *ex, rg_doc **out, const char *name, const char *date,
                     const char *data, size_t len, const rg_extract_opts *opts)
{
    (void)opts;
    int err = RG_OK;
    rg_seg *seg = &ex->seg;
    rg_doc *doc = rg_xcalloc(1, sizeof *doc);
    doc->name = rg_xstrdup(name ? name : "-");
    doc->date = date ? rg_xstrdup(date) : NULL;
    ex->cands.n = 0;
    if ((err = rg_text_normalize(&doc->text, data, len)) != RG_OK) goto done;
    if (doc->text.binary) {
        err = rg_error_set(RG_EINPUT, "binary data (NUL bytes), not text");
        goto done;
    }
    /* the document's day: its metadata, else its opening lines (a
     * dateline or a by-line date sits there; deeper in, dates are about
     * events, not the document) */
    if (date) doc->day = rg_date_find(date, strlen(date));
    if (!doc->day) doc->day = rg_date_find(doc->text.s, doc->text.len < S_DATE_SCAN ? doc->text.len : S_DATE_SCAN);
    rg_segment(seg, doc->text.s, doc->text.len);
    rg_seg_lookup(seg, ex->lex);
    doc->n_sentences = seg->n_sent;
    doc->sentences = rg_xmalloc((seg->n_sent ? seg->n_sent : 1) * sizeof *doc->sentences);
    if (seg->n_sent) memcpy(doc->sentences, seg->sent, seg->n_sent * sizeof *doc->sentences);
    rg_mentions_find(&ex->cands, ex->lex, seg, doc->text.s);
    rg_resolve(doc, &ex->cands, ex->lex, seg);
    rg_interactions_find(doc, &ex->cands, ex->lex, seg);
done:
    if (err) {
        rg_doc_free(doc);
        doc = NULL;
    }
    *out = doc;
    return err;
}

int rg_extract(rg_doc **out, const rg_lexicon *lex, const char *name, const char *date,
               const char *data, size_t len, const rg_extract_opts *opts)
{
    rg_extractor *ex = rg_extractor_new(lex);
    int err = rg_extractor_run(ex, out, name, date, data, len, opts);
    rg_extractor_free(ex);
    return err;
}

void rg_doc_free(rg_doc *doc)
{
    if (!doc) return;
    free(doc->name);
    free(doc->date);
    rg_text_free(&doc->text);
    free(doc->sentences);
    free(doc->mentions);
    for (size_t i = 0; i < doc->n_entities; i++) {
        rg_entity *e = &doc->entities[i];
        free(e->key);
        free(e->label);
        free(e->code);
        for (size_t k = 0; k < e->n_aliases; k++) free(e->aliases[k]);
        free(e->aliases);
        free(e->alias_counts);
        free(e->affiliation);
        for (size_t k = 0; k < e->n_roles; k++) free(e->roles[k]);
        free(e->roles);
    }
    free(doc->entities);
    free(doc->interactions);
    free(doc);
}
