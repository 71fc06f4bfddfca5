#!/usr/bin/env python3
"""Check the lexicon tables (standard library only; suitable for CI).

Usage: python3 extract/lexicon/tools/check_tables.py [LEXICON_DIR]

Checks: UTF-8, LF line endings, a '#' header first, column counts, no
trailing spaces, no curly quotes or typographic dashes, sorted rows,
unique keys, valid enumerations (verb kinds, pos, sym, prepositions, org
types, body resolves, title flags, place kinds), country codes that exist
in countries.tsv, and surface forms that would resolve to two different
entities. Prints one line per problem and a closing 'N passed, N failed'
line; exits 1 when a check failed.
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LEXDIR = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)

KINDS = set("agree consult support concede cooperate aid retreat investigate demand "
            "accuse reject threaten sanction protest crime mobilize coerce assault".split())
PREPS = set("- with between to on against from of for into at in near along around off "
            "by over about upon toward towards to+ office+ curb+ troops+ weapons+ against+ on+ with+".split())
BAD_CHARS = "\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u2032\u00b4\u2010\u2011\u2012\u2013\u2014\u2212\u00a0"

TABLES = {
    # name: (columns, key column or None)
    "countries.tsv": (["code", "name", "aliases", "demonyms", "capitals"], 0),
    "orgs.tsv": (["id", "type", "name", "aliases", "country", "seat"], 0),
    "bodies.tsv": (["name", "aliases", "resolves"], 0),
    "titles.tsv": (["title", "canonical", "country", "flags"], 0),
    "verbs.tsv": (["form", "lemma", "kind", "pos", "prep", "sym"], 0),
    "places.tsv": (["name", "aliases", "country", "kind"], 0),
    # one row per person and country (Shevardnadze served two)
    "leaders.tsv": (["name", "aliases", "country", "short", "offices", "years"], (0, 2)),
}
LISTS = ["given_names.txt", "common_words.txt", "nonnames.txt", "orgwords.txt", "particles.txt"]


class Checker:
    def __init__(self):
        self.failed = []
        self.passed = 0

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed.append(what)
            print("FAIL: " + what)
        return ok


def read_lines(c, name):
    path = os.path.join(LEXDIR, name)
    if not c.check(os.path.exists(path), "%s: file missing" % name):
        return None
    data = open(path, "rb").read()
    c.check(b"\r" not in data, "%s: contains CR characters" % name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        c.check(False, "%s: not UTF-8 (%s)" % (name, e))
        return None
    c.check(text.endswith("\n"), "%s: last line lacks a newline" % name)
    lines = text.split("\n")[:-1]
    c.check(bool(lines) and lines[0].startswith("#"), "%s: first line is not a '#' header" % name)
    bad = []
    for i, line in enumerate(lines, 1):
        if line != line.rstrip(" "):
            bad.append("%d: trailing space" % i)
        if any(ch in BAD_CHARS for ch in line):
            bad.append("%d: curly quote, typographic dash or no-break space" % i)
    c.check(not bad, "%s: %s" % (name, "; ".join(bad[:10])))
    return lines


def sort_key(s):
    return (s.casefold(), s)


def check_tables(c):
    rows = {}
    for name, (cols, key) in TABLES.items():
        lines = read_lines(c, name)
        if lines is None:
            continue
        header = lines[0].lstrip("#").split("\t")
        c.check(header == cols, "%s: header %r, want %r" % (name, header, cols))
        body = [ln for ln in lines[1:] if ln and not ln.startswith("#")]
        table = []
        bad = []
        for ln in body:
            r = ln.split("\t")
            if len(r) != len(cols):
                bad.append("%d columns in %r" % (len(r), ln[:60]))
                continue
            for cell in r:
                if cell != cell.strip() or "||" in cell or cell.startswith("|") or cell.endswith("|"):
                    bad.append("badly formed cell %r" % cell[:60])
            table.append(r)
        c.check(not bad, "%s: %s" % (name, "; ".join(bad[:10])))
        keys = [r[key] if isinstance(key, int) else tuple(r[k] for k in key) for r in table]
        dups = sorted(k for k, n in _counts(keys).items() if n > 1)
        c.check(not dups, "%s: duplicate keys %s" % (name, dups[:10]))
        firsts = [r[0] for r in table]
        c.check(firsts == sorted(firsts, key=sort_key), "%s: rows not sorted by first column" % name)
        c.check(all(r[0] for r in table), "%s: empty first column" % name)
        rows[name] = table
    return rows


def _counts(items):
    out = {}
    for x in items:
        out[x] = out.get(x, 0) + 1
    return out


def cells(text):
    return [x for x in text.split("|") if x] if text else []


def check_values(c, rows):
    countries = rows.get("countries.tsv", [])
    codes = {r[0] for r in countries}
    c.check(all(re.fullmatch(r"[A-Z]{3}", r[0]) for r in countries), "countries.tsv: bad alpha-3 code")
    c.check(len(countries) >= 250, "countries.tsv: %d rows, want 249 ISO rows plus XKX" % len(countries))
    c.check("XKX" in codes, "countries.tsv: Kosovo (XKX) missing")

    def code_ok(table, col, allow_empty=True):
        bad = sorted({r[col] for r in rows.get(table, []) if (r[col] or not allow_empty) and r[col] not in codes})
        c.check(not bad, "%s: unknown country codes %s" % (table, bad[:10]))

    for t, col in (("orgs.tsv", 4), ("titles.tsv", 2), ("places.tsv", 2)):
        code_ok(t, col)
    code_ok("leaders.tsv", 2, allow_empty=False)

    leaders = rows.get("leaders.tsv", [])
    c.check(all(r[4] and set(r[4].split(",")) <= {"hos", "hog", "fm"} for r in leaders),
            "leaders.tsv: offices must be hos, hog, fm")
    c.check(all(re.fullmatch(r"\d{4}-(\d{4})?", r[5]) for r in leaders), "leaders.tsv: years must be YYYY-YYYY or YYYY-")
    c.check(all(r[3] and " " not in r[3] for r in leaders), "leaders.tsv: short must be one word")
    c.check(all(len(a.split()) >= 2 for r in leaders for a in cells(r[1])),
            "leaders.tsv: an alias is a full name (two words or more)")

    orgs = rows.get("orgs.tsv", [])
    c.check(all(r[1] in ("group", "armed", "state", "media", "country") for r in orgs),
            "orgs.tsv: type must be group, armed, state, media or country")
    c.check(all(r[4] for r in orgs if r[1] == "state"), "orgs.tsv: a state-type row needs a country")
    capitals = {x for r in countries for x in cells(r[4])}
    bad_seats = sorted({r[5] for r in orgs if r[5] and r[5] not in capitals})
    c.check(not bad_seats, "orgs.tsv: a seat must be a capital of countries.tsv: %s" % bad_seats[:10])
    c.check(all(r[4] for r in orgs if r[1] == "country"), "orgs.tsv: a country-type row needs a country")
    c.check(all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r[0]) for r in orgs), "orgs.tsv: id is not a lower-case slug")

    bodies = rows.get("bodies.tsv", [])
    c.check(all(r[2] in ("group", "media", "country", "civil", "lower", "force") for r in bodies),
            "bodies.tsv: resolves must be group, force, lower, civil, media or country")

    titles = rows.get("titles.tsv", [])
    flags = {"honorific", "lower", "abbrev", "regnal", "hos", "hog", "fm", "intl"}
    c.check(all(set(cells(r[3].replace(",", "|"))) <= flags for r in titles), "titles.tsv: unknown flag")
    c.check(all(r[1] for r in titles), "titles.tsv: empty canonical")

    verbs = rows.get("verbs.tsv", [])
    badk = sorted({r[2] for r in verbs if r[2] not in KINDS})
    c.check(not badk, "verbs.tsv: kinds not in the 18 PLOVER categories: %s" % badk)
    c.check(all(r[3] in ("v", "n") for r in verbs), "verbs.tsv: pos must be v or n")
    c.check(all(r[5] in ("0", "1") for r in verbs), "verbs.tsv: sym must be 0 or 1")
    badp = sorted({p for r in verbs for p in r[4].split(",") if r[4] and p not in PREPS})
    c.check(not badp, "verbs.tsv: unknown prepositions %s" % badp)
    c.check(all(r[0] == r[0].lower() for r in verbs), "verbs.tsv: form not lower case")

    places = rows.get("places.tsv", [])
    c.check(all(r[3] in ("city", "region", "continent", "sea") for r in places), "places.tsv: bad kind")

    # A surface form must name one entity across countries, places and orgs.
    owner = {}
    clashes = []

    def claim(form, who):
        prev = owner.get(form)
        if prev is not None and prev != who:
            clashes.append("%r: %s vs %s" % (form, prev, who))
        else:
            owner[form] = who

    for r in countries:
        for v in [r[1]] + cells(r[2]) + cells(r[3]) + cells(r[4]):
            claim(v, "country " + r[0])
    for r in places:
        for v in [r[0]] + cells(r[1]):
            claim(v, "place " + r[0])
    for r in orgs:
        for v in [r[2]] + cells(r[3]):
            claim(v, "org " + r[0])
    c.check(not clashes, "one form, two entities: %s" % "; ".join(clashes[:15]))

    # Bodies are matched without regard to case: one spelling per folded form.
    seen = {}
    dup = []
    for r in bodies:
        for v in [r[0]] + cells(r[1]):
            k = v.casefold()
            if k in seen and seen[k] != r[0]:
                dup.append(v)
            seen[k] = r[0]
    c.check(not dup, "bodies.tsv: forms under two bodies: %s" % dup[:10])


def check_lists(c):
    for name in LISTS:
        lines = read_lines(c, name)
        if lines is None:
            continue
        body = [ln for ln in lines[1:] if ln and not ln.startswith("#")]
        if name == "orgwords.txt":
            # a second column says which organisation words are legal forms,
            # news media or the last words of sports clubs' names
            rows = [ln.split("\t") for ln in body]
            c.check(all(len(r) == 2 and r[1] in ("", "legal", "media", "club", "unit") for r in rows),
                    "orgwords.txt: second column must be empty, legal, media or club")
            body = [r[0] for r in rows]
        if name == "particles.txt":
            # a second column marks the particles that open a surname
            rows = [ln.split("\t") for ln in body]
            c.check(all(len(r) == 2 and r[1] in ("", "start") for r in rows),
                    "particles.txt: second column must be empty or start")
            body = [r[0] for r in rows]
        c.check(all(" " not in w and "\t" not in w for w in body), "%s: entry with a space or tab" % name)
        c.check(len(body) == len(set(body)), "%s: duplicate entries" % name)
        c.check(body == sorted(body, key=sort_key), "%s: not sorted" % name)
        if name in ("common_words.txt", "particles.txt"):
            c.check(all(w == w.lower() for w in body), "%s: entries must be lower case" % name)
        if name == "given_names.txt":
            c.check(len(body) >= 2500, "given_names.txt: only %d names" % len(body))
            c.check(all(w[:1].isupper() for w in body), "given_names.txt: name not capitalised")


def main():
    c = Checker()
    rows = check_tables(c)
    check_values(c, rows)
    check_lists(c)
    print("%d passed, %d failed" % (c.passed, len(c.failed)))
    sys.exit(1 if c.failed else 0)


if __name__ == "__main__":
    main()
