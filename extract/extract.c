/*
 * extract.c: the extraction pipeline for one document: normalise,
 * segment, find mentions, resolve entities, find interactions. See
 * extract.h for the stages.
 */
#include "extract_private.h"

#include <stdlib.h>
#include <string.h>

int rg_extract(rg_doc **out, const rg_lexicon *lex, const char *name, const char *date,
               const char *data, size_t len, const rg_extract_opts *opts)
{
    (void)opts;
    int err = RG_OK;
    rg_seg seg;
    rg_cands cands = {NULL, 0, 0};
    memset(&seg, 0, sizeof seg);
    rg_doc *doc = rg_xcalloc(1, sizeof *doc);
    doc->name = rg_xstrdup(name ? name : "-");
    doc->date = date ? rg_xstrdup(date) : NULL;
    if ((err = rg_text_normalize(&doc->text, data, len)) != RG_OK) goto done;
    if (doc->text.binary) {
        err = rg_error_set(RG_EINPUT, "binary data (NUL bytes), not text");
        goto done;
    }
    rg_segment(&seg, doc->text.s, doc->text.len);
    doc->sentences = seg.sent; /* the document takes the sentence array */
    doc->n_sentences = seg.n_sent;
    seg.sent = NULL;
    seg.n_sent = seg.cap_sent = 0;
    rg_mentions_find(&cands, lex, &seg, doc->text.s);
    rg_resolve(doc, &cands, lex, &seg);
    rg_interactions_find(doc, &cands, lex, &seg);
done:
    free(cands.c);
    rg_seg_free(&seg);
    if (err) {
        rg_doc_free(doc);
        doc = NULL;
    }
    *out = doc;
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
