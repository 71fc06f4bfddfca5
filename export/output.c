/*
 * output.c: the one place where rendered output reaches its destination,
 * and the table from format names (and file extensions) to renderers.
 *
 * rg_output_write() writes a file whole or not at all: the data goes to a
 * temporary file created with mkstemp() in the destination's own folder
 * (so the final rename() never crosses a file system), is flushed, synced
 * and closed with every result checked, and only then renamed over the
 * destination. On any failure the temporary file is removed and the
 * destination is left as it was, so an interrupted or failing run never
 * leaves half a graph behind. Two cases are written in place instead:
 * standard output ("-" or NULL), and an existing destination that is not
 * a regular file (/dev/null, a named pipe), which cannot be replaced by a
 * rename and must not be.
 *
 * rg_output_write_files() does the same for a set of files (csv's
 * nodes.csv and edges.csv): all are staged in temporary files first and
 * renamed only when every one is complete.
 */
#include "export.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

/* --------------------------------------------------------------- formats */

static const struct {
    const char *name;
    rg_render_fn fn;
} S_formats[] = {
    {"json", rg_render_json},
    {"dot", rg_render_dot},
    {"svg", rg_render_svg},
    {"png", rg_render_png},
    {"pdf", rg_render_pdf},
    {"graphml", rg_render_graphml},
    {"gexf", rg_render_gexf},
    {"csv", rg_render_csv},     /* two files: see csv.c and cli/cmd_export.c */
    {"jsonl", rg_render_jsonl}, /* the evidence, one sentence a line */
};

#define S_N_FORMATS (sizeof S_formats / sizeof S_formats[0])

rg_render_fn rg_render_lookup(const char *format)
{
    if (!format) return NULL;
    for (size_t i = 0; i < S_N_FORMATS; i++)
        if (strcmp(format, S_formats[i].name) == 0) return S_formats[i].fn;
    return NULL;
}

const char *rg_render_formats(void) { return "json, dot, svg, png, pdf, graphml, gexf, csv, jsonl"; }

const char *rg_format_from_path(const char *path)
{
    /* ".gv" is Graphviz's own extension for DOT files. */
    static const struct {
        const char *ext;
        const char *format;
    } exts[] = {{".json", "json"}, {".dot", "dot"}, {".gv", "dot"},
                {".svg", "svg"},   {".png", "png"}, {".pdf", "pdf"}, {".graphml", "graphml"},
                {".gexf", "gexf"}, {".csv", "csv"}, {".jsonl", "jsonl"}};
    if (!path || strcmp(path, "-") == 0) return NULL;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    if (!dot || dot == base) return NULL; /* no extension, or a dot file */
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++)
        if (strcasecmp(dot, exts[i].ext) == 0) return exts[i].format;
    return NULL;
}

/* ---------------------------------------------------------------- writer */

/* Writes all of data to f and flushes; 0, or -1 with errno set. */
static int S_write_all(FILE *f, const char *data, size_t len)
{
    if (len && fwrite(data, 1, len, f) != len) return -1;
    if (fflush(f) != 0 || ferror(f)) {
        if (!errno) errno = EIO;
        return -1;
    }
    return 0;
}

static int S_write_stdout(const char *data, size_t len)
{
    errno = 0;
    if (S_write_all(stdout, data, len) != 0)
        return rg_error_set(RG_EIO, "cannot write to standard output: %s",
                            strerror(errno ? errno : EIO));
    return RG_OK;
}

/* In-place write for destinations that must not be replaced (devices,
 * pipes): open, write, close, each checked. */
static int S_write_in_place(const char *path, const char *data, size_t len)
{
    int err = RG_OK;
    FILE *f = fopen(path, "wb");
    if (!f) {
        err = rg_error_set(RG_EIO, "cannot write '%s': %s", path, strerror(errno));
        goto done;
    }
    errno = 0;
    if (S_write_all(f, data, len) != 0) {
        err = rg_error_set(RG_EIO, "cannot write '%s': %s", path, strerror(errno ? errno : EIO));
        goto done;
    }
    FILE *tmp = f;
    f = NULL;
    if (fclose(tmp) != 0) err = rg_error_set(RG_EIO, "cannot write '%s': %s", path, strerror(errno));
done:
    if (f) fclose(f);
    return err;
}

/* The mode a newly created file gets: that of the file it replaces, else
 * 0666 less the umask (what fopen would have given it). mkstemp() creates
 * files 0600, which would silently make every output private. */
static mode_t S_new_mode(const struct stat *old, int have_old)
{
    if (have_old) return old->st_mode & 07777;
    mode_t mask = umask(0);
    umask(mask);
    return 0666 & ~mask;
}

/* Writes data in full to a new temporary file ".<name>.XXXXXX" beside
 * path (flushed, synced and closed, every result checked) and sets
 * *tmp_out to its name; the caller renames it over path or unlinks it,
 * and frees the name. old/have_old describe the destination (stat()). On
 * failure nothing is left behind and *tmp_out is NULL. */
static int S_stage(const char *path, const char *data, size_t len, const struct stat *old,
                   int have_old, char **tmp_out)
{
    int err = RG_OK;
    char *tmp = NULL;
    FILE *f = NULL;
    int fd = -1;
    int created = 0;
    *tmp_out = NULL;

    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
    const char *base = path + dirlen;
    if (!*base) {
        err = rg_error_set(RG_EIO, "cannot write '%s': %s", path, strerror(EISDIR));
        goto done;
    }
    tmp = rg_xmalloc(dirlen + strlen(base) + 10);
    memcpy(tmp, path, dirlen);
    sprintf(tmp + dirlen, ".%s.XXXXXX", base);

    fd = mkstemp(tmp);
    if (fd < 0) {
        err = rg_error_set(RG_EIO, "cannot write '%s': %s", path, strerror(errno));
        goto done;
    }
    created = 1;
    if (fchmod(fd, S_new_mode(old, have_old)) != 0) {
        err = rg_error_set(RG_EIO, "cannot write '%s': %s", path, strerror(errno));
        goto done;
    }
    f = fdopen(fd, "wb");
    if (!f) {
        err = rg_error_set(RG_EIO, "cannot write '%s': %s", path, strerror(errno));
        goto done;
    }
    fd = -1; /* owned by f now */
    errno = 0;
    if (S_write_all(f, data, len) != 0 || fsync(fileno(f)) != 0) {
        err = rg_error_set(RG_EIO, "cannot write '%s': %s", path, strerror(errno ? errno : EIO));
        goto done;
    }
    FILE *closing = f;
    f = NULL;
    if (fclose(closing) != 0) {
        err = rg_error_set(RG_EIO, "cannot write '%s': %s", path, strerror(errno));
        goto done;
    }
    *tmp_out = tmp;
    tmp = NULL;
    created = 0; /* the caller's now */

done:
    if (f) fclose(f);
    if (fd >= 0) close(fd);
    if (created) unlink(tmp);
    free(tmp);
    return err;
}

int rg_output_write(const char *path, const char *data, size_t len)
{
    int err = RG_OK;
    char *tmp = NULL;

    if (!path || strcmp(path, "-") == 0) return S_write_stdout(data, len);
    if (!*path) return rg_error_set(RG_EIO, "cannot write '': empty file name");

    struct stat st;
    int have_old = stat(path, &st) == 0;
    if (have_old && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
        return S_write_in_place(path, data, len);

    if ((err = S_stage(path, data, len, &st, have_old, &tmp)) < 0) return err;
    if (rename(tmp, path) != 0) {
        err = rg_error_set(RG_EIO, "cannot write '%s': %s", path, strerror(errno));
        unlink(tmp);
    }
    free(tmp);
    return err;
}

int rg_output_write_files(size_t n, const char *const *paths, const char *const *data,
                          const size_t *lens)
{
    int err = RG_OK;
    char **tmps = rg_xcalloc(n ? n : 1, sizeof *tmps);
    int *in_place = rg_xcalloc(n ? n : 1, sizeof *in_place);

    /* 1. every regular destination staged in full, or nothing changes */
    for (size_t i = 0; i < n; i++) {
        const char *path = paths[i];
        if (!path || strcmp(path, "-") == 0) {
            err = rg_error_set(RG_EUSAGE, "cannot write several files to standard output");
            goto done;
        }
        if (!*path) {
            err = rg_error_set(RG_EIO, "cannot write '': empty file name");
            goto done;
        }
        struct stat st;
        int have_old = stat(path, &st) == 0;
        if (have_old && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
            in_place[i] = 1;
            continue;
        }
        if ((err = S_stage(path, data[i], lens[i], &st, have_old, &tmps[i])) < 0) goto done;
    }
    /* 2. all in place */
    for (size_t i = 0; i < n; i++) {
        if (in_place[i]) {
            if ((err = S_write_in_place(paths[i], data[i], lens[i])) < 0) goto done;
            continue;
        }
        if (rename(tmps[i], paths[i]) != 0) {
            err = rg_error_set(RG_EIO, "cannot write '%s': %s", paths[i], strerror(errno));
            goto done;
        }
        free(tmps[i]);
        tmps[i] = NULL;
    }

done:
    for (size_t i = 0; i < n; i++)
        if (tmps[i]) {
            unlink(tmps[i]);
            free(tmps[i]);
        }
    free(tmps);
    free(in_place);
    return err;
}
