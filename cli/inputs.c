/*
 * inputs.c: files, directories, standard input and JSON Lines to
 * documents (see inputs.h). A JSON Lines file is read one line at a time
 * with getline(), so a huge corpus costs the memory of its longest line;
 * the lines are parsed by the caller (on its worker threads).
 */
#include "inputs.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

/* A document larger than this is refused rather than read into memory. */
#define S_MAX_DOC ((size_t)1 << 30)

typedef struct {
    const char *cmd;
    rg_doc_fn fn;
    void *ctx;
    rg_inputs_stats *st;
    int stdin_jsonl;
} S_walk;

static int S_ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int S_read_all(FILE *f, rg_buf *out, const char *path, const char *cmd)
{
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (out->len + n > S_MAX_DOC) {
            rg_cli_error("%s: %s: larger than 1 GiB, skipped", cmd, path);
            return -1;
        }
        rg_buf_put(out, chunk, n);
    }
    if (ferror(f)) {
        rg_cli_error("%s: %s: read error: %s", cmd, path, strerror(errno));
        return -1;
    }
    return 0;
}

static int S_jsonl(S_walk *w, FILE *f, const char *path)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    size_t lineno = 0;
    int rc = 0;
    rg_buf src = RG_BUF_INIT;
    while ((got = getline(&line, &cap, f)) != -1) {
        lineno++;
        size_t len = (size_t)got;
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r')) len--;
        size_t k = 0;
        while (k < len && (line[k] == ' ' || line[k] == '\t')) k++;
        if (k == len) continue;
        char fallback[64];
        snprintf(fallback, sizeof fallback, "line-%zu", lineno);
        rg_buf_clear(&src);
        rg_buf_printf(&src, "%s:%zu", path, lineno);
        w->st->documents++;
        w->st->bytes += len;
        rc = w->fn(w->ctx, fallback, NULL, src.ptr, line, len, 1);
        if (rc) break;
    }
    if (!rc && ferror(f)) {
        rg_cli_error("%s: %s: read error: %s", w->cmd, path, strerror(errno));
        w->st->bad++;
    }
    rg_buf_free(&src);
    free(line);
    return rc;
}

static int S_file(S_walk *w, const char *path, const char *name)
{
    int is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        rg_cli_error("%s: %s: %s", w->cmd, path, strerror(errno));
        w->st->bad++;
        return 0;
    }
    int rc = 0;
    if ((is_stdin && w->stdin_jsonl) || (!is_stdin && S_ends_with(path, ".jsonl"))) {
        rc = S_jsonl(w, f, is_stdin ? "<stdin>" : path);
    } else {
        rg_buf data = RG_BUF_INIT;
        if (S_read_all(f, &data, is_stdin ? "<stdin>" : path, w->cmd) != 0) {
            w->st->bad++;
        } else if (data.len == 0) {
            rg_cli_error("%s: %s: empty file, nothing to read", w->cmd, is_stdin ? "<stdin>" : path);
            w->st->bad++;
        } else {
            w->st->documents++;
            w->st->bytes += data.len;
            rc = w->fn(w->ctx, name, NULL, is_stdin ? "<stdin>" : path, data.ptr, data.len, 0);
        }
        rg_buf_free(&data);
    }
    if (!is_stdin) fclose(f);
    return rc;
}

/* Collects *.txt and *.jsonl under dir (relative names under rel). */
static void S_collect(S_walk *w, const char *dir, const char *rel, char ***out, size_t *n, size_t *cap)
{
    DIR *d = opendir(dir);
    if (!d) {
        rg_cli_error("%s: %s: %s", w->cmd, dir, strerror(errno));
        w->st->bad++;
        return;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        rg_buf p = RG_BUF_INIT;
        rg_buf_printf(&p, "%s/%s", dir, e->d_name);
        rg_buf r = RG_BUF_INIT;
        if (*rel) rg_buf_printf(&r, "%s/%s", rel, e->d_name);
        else rg_buf_puts(&r, e->d_name);
        struct stat sb, lb;
        if (stat(p.ptr, &sb) == 0 && S_ISDIR(sb.st_mode)) {
            /* a linked directory is not entered: a link back to a parent
             * would make the walk endless (files may be links) */
            if (lstat(p.ptr, &lb) == 0 && !S_ISLNK(lb.st_mode)) S_collect(w, p.ptr, r.ptr, out, n, cap);
        } else if (S_ends_with(e->d_name, ".txt") || S_ends_with(e->d_name, ".jsonl")) {
            RG_GROW(*out, *cap, *n + 2);
            (*out)[(*n)++] = rg_buf_detach(&p);
            (*out)[(*n)++] = rg_buf_detach(&r);
        }
        rg_buf_free(&p);
        rg_buf_free(&r);
    }
    closedir(d);
}

typedef struct {
    char *path, *rel;
} S_pair;

static int S_pair_cmp(const void *a, const void *b)
{
    return strcmp(((const S_pair *)a)->rel, ((const S_pair *)b)->rel);
}

int rg_inputs_each(const char *cmd, char **inputs, size_t n, int stdin_jsonl,
                   rg_doc_fn fn, void *ctx, rg_inputs_stats *stats)
{
    S_walk w = {cmd, fn, ctx, stats, stdin_jsonl};
    memset(stats, 0, sizeof *stats);
    for (size_t i = 0; i < n; i++) {
        const char *path = inputs[i];
        struct stat sb;
        if (strcmp(path, "-") != 0 && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
            char **found = NULL;
            size_t nf = 0, cap = 0;
            size_t dl = strlen(path);
            while (dl > 1 && path[dl - 1] == '/') dl--;
            char *dir = rg_xstrndup(path, dl);
            S_collect(&w, dir, "", &found, &nf, &cap);
            free(dir);
            S_pair *pairs = rg_xmalloc((nf / 2 + 1) * sizeof *pairs);
            for (size_t k = 0; k < nf / 2; k++) {
                pairs[k].path = found[2 * k];
                pairs[k].rel = found[2 * k + 1];
            }
            qsort(pairs, nf / 2, sizeof *pairs, S_pair_cmp);
            if (nf == 0) rg_cli_error("%s: %s: no *.txt or *.jsonl files in this directory", cmd, path);
            if (nf == 0) stats->bad++;
            int rc = 0;
            for (size_t k = 0; k < nf / 2; k++) {
                if (!rc) rc = S_file(&w, pairs[k].path, pairs[k].rel);
                free(pairs[k].path);
                free(pairs[k].rel);
            }
            free(pairs);
            free(found);
            if (rc) return rc;
            continue;
        }
        const char *base = strrchr(path, '/');
        base = base ? base + 1 : path;
        int rc = S_file(&w, path, strcmp(path, "-") == 0 ? "stdin" : base);
        if (rc) return rc;
    }
    return 0;
}
