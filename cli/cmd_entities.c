/*
 * cmd_entities.c: relgraph entities: one line per entity mention, for
 * inspecting and scoring extraction.
 *
 * TSV (default) has a header line: doc, start, end, type, text, entity
 * (with --explain a seventh column, why). start and end are byte offsets
 * into the input document as given (end exclusive) of the name itself
 * ("Putin"), or with --titles of a person's capitalised title and name
 * ("President Putin"), mapped back through
 * the normaliser's offset map; text is the input's bytes there, with
 * tabs and newlines shown as spaces. --format jsonl writes one JSON object
 * a line with the same fields.
 */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "export.h"
#include "extract.h"
#include "inputs.h"
#include "pipeline.h"

static const rg_opt_spec S_opts[] = {
    {"format", 'f', "FORMAT", "tsv (default) or jsonl"},
    {"explain", 0, NULL, "add a column saying why each mention got its type and entity"},
    {"titles", 0, NULL, "start a person's span at a capitalised title before the name (GMB style)"},
    {"lexicon", 'l', "FILE", "add entries from a TSV lexicon file (repeatable)"},
    {"jsonl", 0, NULL, "read standard input ('-') as JSON Lines"},
    {"jobs", 'j', "N", "extraction threads (default: one per CPU; output is the same)"},
    {"help", 'h', NULL, "show this help"},
};
enum { O_FORMAT, O_EXPLAIN, O_TITLES, O_LEXICON, O_JSONL, O_JOBS, O_HELP, O_COUNT };

static const char S_desc[] =
    "Lists every mention of a person, country, group or place found in the\n"
    "inputs, one a line: doc, start, end (byte offsets into the document,\n"
    "end exclusive), type, text, entity (the entity it was resolved to).\n"
    "\n"
    "A span covers the name as written (\"Putin\" in \"President Putin\",\n"
    "\"Iraqi\" in \"Iraqi officials\"), as CoNLL-2003 and OntoNotes mark names;\n"
    "--titles starts a person's span at a capitalised title before the name,\n"
    "as the Groningen Meaning Bank does (\"President Putin\", \"Mr. Lavrov\").\n"
    "A body named in lower-case words after its country (\"Kenyan police\")\n"
    "is a node of the graph but no name: it is listed by its country word\n"
    "(\"Kenyan\"); --explain lists its words too. A dateline's names\n"
    "(\"LAGOS, Nigeria (AP) -\") are listed, but say where the story was\n"
    "filed and who filed it: they are no party, and no node unless the story\n"
    "names them too.";

static const char S_epilog[] =
    "Examples:\n"
    "  relgraph entities samples/000_fdfe2f4ee6eb83f0.txt\n"
    "  relgraph entities --explain --format jsonl article.txt\n"
    "  relgraph entities --titles article.txt\n"
    "\n"
    "Exit status: 0 ok, 1 some input could not be used, 2 usage error,\n"
    "3 output could not be written.\n";

typedef struct {
    rg_pipeline *pipe;
    int jsonl, explain, titles;
    size_t bad;
    _Atomic int write_failed; /* set by the consumer thread, read by the reader */
    rg_buf line;
    rg_buf why; /* a mention's explanation, composed */
} S_state;

/* Appends s[0..n) as TSV field content: tabs and newlines become spaces. */
static void S_tsv(rg_buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        rg_buf_putc(b, (c == '\t' || c == '\n' || c == '\r') ? ' ' : c);
    }
}

/* Appends s[0..n) as a JSON string. Invalid UTF-8 in the input's bytes
 * becomes U+FFFD so the line stays valid JSON. */
static void S_json(rg_buf *b, const char *s, size_t n)
{
    rg_text t;
    rg_text_normalize(&t, s, n);
    rg_buf_putc(b, '"');
    for (size_t i = 0; i < t.len; i++) {
        unsigned char c = (unsigned char)t.s[i];
        if (c == '"' || c == '\\') {
            rg_buf_putc(b, '\\');
            rg_buf_putc(b, (char)c);
        } else if (c < 0x20) {
            rg_buf_printf(b, "\\u%04x", c);
        } else {
            rg_buf_putc(b, (char)c);
        }
    }
    rg_buf_putc(b, '"');
    rg_text_free(&t);
}

/* Composes into b why mention m got its type and entity, with what its
 * flags say of it. */
static void S_why(rg_buf *b, const rg_mention *m)
{
    rg_buf_clear(b);
    rg_buf_puts(b, m->why ? m->why : "");
    if (m->flags & RG_MENTION_MODIFIER) rg_buf_puts(b, " (qualifies the next name)");
    if (m->flags & RG_MENTION_SPEAKER) rg_buf_puts(b, " (speaker)");
    if (m->flags & RG_MENTION_PHRASE) rg_buf_puts(b, " (lower-case words, no name)");
    if (m->flags & RG_MENTION_DATELINE) rg_buf_puts(b, " (dateline: where the story was filed, no party)");
}

static int S_on_doc(void *ctx, const char *name, const char *date, const char *source,
                    const char *text, size_t len, int jsonl)
{
    S_state *st = ctx;
    rg_pipeline_push(st->pipe, name, date, source, text, len, jsonl);
    return st->write_failed;
}

/* In document order: one line per mention. */
static void S_consume(void *ctx, rg_job *job)
{
    S_state *st = ctx;
    rg_doc *doc = job->doc;
    if (!doc) {
        rg_cli_error("entities: %s: %s, skipped", job->source, job->error ? job->error : "unusable");
        st->bad++;
        return;
    }
    const char *name = doc->name, *text = job->data;
    rg_buf *b = &st->line;
    for (size_t i = 0; i < doc->n_mentions; i++) {
        const rg_mention *m = &doc->mentions[i];
        /* "police" in "Kenyan police" is no name ("Kenyan" is listed) */
        if ((m->flags & RG_MENTION_PHRASE) && !st->explain) continue;
        size_t s = rg_text_orig(&doc->text, st->titles ? m->title_start : m->start),
               e = rg_text_orig_end(&doc->text, m->end);
        const rg_entity *ent = m->entity >= 0 ? &doc->entities[m->entity] : NULL;
        const char *label = ent ? ent->label : "";
        rg_buf_clear(b);
        if (st->jsonl) {
            rg_buf_puts(b, "{\"doc\":");
            S_json(b, name, strlen(name));
            rg_buf_printf(b, ",\"start\":%zu,\"end\":%zu,\"type\":\"%s\",\"text\":", s, e, rg_type_name(m->type));
            S_json(b, text + s, e - s);
            rg_buf_puts(b, ",\"entity\":");
            S_json(b, label, strlen(label));
            if (st->explain) {
                rg_buf_puts(b, ",\"why\":");
                S_why(&st->why, m);
                S_json(b, st->why.ptr, st->why.len);
            }
            rg_buf_puts(b, "}\n");
        } else {
            S_tsv(b, name, strlen(name));
            rg_buf_printf(b, "\t%zu\t%zu\t%s\t", s, e, rg_type_name(m->type));
            S_tsv(b, text + s, e - s);
            rg_buf_putc(b, '\t');
            S_tsv(b, label, strlen(label));
            if (st->explain) {
                rg_buf_putc(b, '\t');
                S_why(&st->why, m);
                S_tsv(b, st->why.ptr, st->why.len);
            }
            rg_buf_putc(b, '\n');
        }
        fwrite(b->ptr, 1, b->len, stdout);
    }
    if (ferror(stdout)) st->write_failed = 1;
}

int rg_cmd_entities(int argc, char **argv)
{
    int rc = RG_EXIT_OK;
    char **inputs = rg_xcalloc((size_t)argc + 1, sizeof *inputs);
    const char **lexfiles = rg_xcalloc((size_t)argc + 1, sizeof *lexfiles);
    size_t n_inputs = 0, n_lex = 0;
    int jsonl = 0, explain = 0, titles = 0, stdin_jsonl = 0, jobs = 0;
    rg_lexicon *lex = NULL;
    S_state st;
    memset(&st, 0, sizeof st);

    rg_opt_state os;
    rg_opt_init(&os, "entities", argc, argv, S_opts, O_COUNT);
    const char *v;
    int k;
    while ((k = rg_opt_next(&os, &v)) != RG_OPT_END) {
        switch (k) {
        case RG_OPT_ERR: rc = RG_EXIT_USAGE; goto done;
        case RG_OPT_ARG: inputs[n_inputs++] = (char *)v; break;
        case O_FORMAT:
            if (strcmp(v, "tsv") == 0) jsonl = 0;
            else if (strcmp(v, "jsonl") == 0) jsonl = 1;
            else {
                rg_cli_error("entities: --format must be tsv or jsonl, not '%s'", v);
                rc = RG_EXIT_USAGE;
                goto done;
            }
            break;
        case O_EXPLAIN: explain = 1; break;
        case O_TITLES: titles = 1; break;
        case O_LEXICON: lexfiles[n_lex++] = v; break;
        case O_JSONL: stdin_jsonl = 1; break;
        case O_JOBS: {
            long n = rg_cli_parse_long("jobs", v);
            if (n < 0) { rc = RG_EXIT_USAGE; goto done; }
            jobs = (int)(n > 64 ? 64 : n);
            break;
        }
        case O_HELP:
            rg_opt_usage(stdout, "entities [options] INPUT...", S_desc, S_opts, O_COUNT, S_epilog);
            rc = rg_cli_finish_stdout();
            goto done;
        }
    }
    if (n_inputs == 0) {
        rg_cli_error("entities: no input (give files, directories or '-'; see 'relgraph entities --help')");
        rc = RG_EXIT_USAGE;
        goto done;
    }
    if (rg_lexicon_new(&lex) != RG_OK) {
        rg_cli_error("entities: built-in lexicon: %s", rg_error_last());
        rc = RG_EXIT_INPUT;
        goto done;
    }
    for (size_t i = 0; i < n_lex; i++)
        if (rg_lexicon_add_file(lex, lexfiles[i]) != RG_OK) {
            rg_cli_error("entities: %s", rg_error_last());
            rc = RG_EXIT_USAGE;
            goto done;
        }
    st.jsonl = jsonl;
    st.explain = explain;
    st.titles = titles;
    st.pipe = rg_pipeline_new(lex, jobs, S_consume, &st);
    if (!jsonl) fputs(explain ? "doc\tstart\tend\ttype\ttext\tentity\twhy\n" : "doc\tstart\tend\ttype\ttext\tentity\n", stdout);
    rg_inputs_stats is;
    rg_inputs_each("entities", inputs, n_inputs, stdin_jsonl, S_on_doc, &st, &is);
    rg_pipeline_finish(st.pipe);
    st.pipe = NULL;
    if (is.bad || st.bad) rc = RG_EXIT_INPUT;
    int r2 = rg_cli_finish_stdout();
    if (r2) rc = r2;
done:
    rg_buf_free(&st.line);
    rg_buf_free(&st.why);
    rg_lexicon_free(lex);
    free(lexfiles);
    free(inputs);
    return rc;
}
