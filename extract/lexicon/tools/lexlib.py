"""Shared helpers for the lexicon generator scripts (standard library only).

Every table is written as UTF-8 with LF line endings, a first header line
starting with '#', tab-separated columns, '|' between values inside a cell,
no trailing spaces, and rows sorted by their first column.
"""

import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEXDIR = os.path.dirname(HERE)

# Typographic characters the reader folds to ASCII before matching; table
# entries must already use the ASCII form.
FOLD = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u02bc": "'",
    "\u2032": "'", "\u00b4": "'", "\u0060": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2212": "-",
}


def fold_punct(text):
    """Replace curly quotes and dash variants by their ASCII forms."""
    return "".join(FOLD.get(ch, ch) for ch in text)


def strip_accents(text):
    """Return text with combining accents removed (São Tomé -> Sao Tome).

    Letters that do not decompose (ø, ł, ß, đ, ı) are mapped by hand.
    """
    special = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "đ": "d",
               "Đ": "D", "ı": "i", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
               "ð": "d", "þ": "th", "Þ": "Th"}
    out = []
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(ch):
            continue
        out.append(special.get(ch, ch))
    return unicodedata.normalize("NFC", "".join(out))


def clean(text):
    """Normalise one entry: NFC, ASCII punctuation, single spaces."""
    text = unicodedata.normalize("NFC", fold_punct(text))
    return " ".join(text.split())


def uniq(values, exclude=()):
    """Clean values, drop empties and duplicates (keeping first order)."""
    seen = set(clean(x) for x in exclude if x)
    out = []
    for v in values:
        v = clean(v)
        if not v or v in seen:
            continue
        seen.add(v)
        out.append(v)
    return out


def with_ascii(values, exclude=()):
    """Add the unaccented spelling after every accented value."""
    out = []
    for v in values:
        out.append(v)
        a = strip_accents(v)
        if a != v:
            out.append(a)
    return uniq(out, exclude)


def cap_variants(values):
    """For entries starting with a lower-case Arabic article or particle
    (al-, el-, ad-, as-, ash-, an-, ar-, at-, az-, ad-), add the form
    with a capital first letter, used at the start of a sentence."""
    out = []
    for v in values:
        out.append(v)
        if v[:1].islower() and "-" in v.split(" ")[0][:4]:
            out.append(v[0].upper() + v[1:])
        elif v.startswith("al ") or v.startswith("el "):
            out.append(v[0].upper() + v[1:])
    return uniq(out)


def cell(values):
    return "|".join(values)


def sort_key(row):
    return (row[0].casefold(), row[0], row[1:])


def write_tsv(name, header, rows, sort=True):
    """Write rows (lists of str) to LEXDIR/name with a '#' header line."""
    if sort:
        rows = sorted(rows, key=sort_key)
    path = os.path.join(LEXDIR, name)
    ncol = len(header)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("#" + "\t".join(header) + "\n")
        for r in rows:
            if len(r) != ncol:
                sys.exit("%s: row has %d columns, want %d: %r" % (name, len(r), ncol, r))
            r = [clean(x) for x in r]
            for x in r:
                if "\t" in x or "\n" in x:
                    sys.exit("%s: tab or newline inside a cell: %r" % (name, r))
            f.write("\t".join(r).rstrip(" ") + "\n")
    print("wrote %s: %d rows" % (name, len(rows)))
    return path


def write_list(name, header, words, sort=True):
    words = uniq(words)
    if sort:
        words = sorted(words, key=lambda w: (w.casefold(), w))
    path = os.path.join(LEXDIR, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# " + header + "\n")
        for w in words:
            f.write(w + "\n")
    print("wrote %s: %d lines" % (name, len(words)))
    return path


def read_tsv(name):
    """Read a table written by write_tsv: list of lists of str."""
    path = os.path.join(LEXDIR, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


def read_list(name):
    path = os.path.join(LEXDIR, name)
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                out.append(line)
    return out


def split_cell(text):
    return [x for x in text.split("|") if x] if text else []


def parse_block(block, nfields, sep=";"):
    """Parse a hand-written data block: one record a line, fields split by
    sep, '#' starts a comment line. Short records are padded with ''."""
    recs = []
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(sep)]
        if len(parts) > nfields:
            sys.exit("too many fields (%d > %d): %r" % (len(parts), nfields, line))
        parts += [""] * (nfields - len(parts))
        recs.append(parts)
    return recs


def bars(text):
    """Split a '|'-separated field into stripped values."""
    return [x.strip() for x in text.split("|") if x.strip()] if text else []
