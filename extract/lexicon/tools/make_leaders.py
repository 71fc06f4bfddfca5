#!/usr/bin/env python3
"""Build leaders.tsv: the people who held each country's top offices.

Data: every file tools/leaders/*.txt (one a region), one person a line:
  CODE ; Name ; aliases ; short ; offices ; years
  CODE     alpha-3 of the country (must exist in countries.tsv)
  Name     the full name as wire services write it
  aliases  other full-name spellings, '|' between them (never a surname
           alone: those are the short column's job)
  short    the name news uses alone or after a title (Putin, Xi, Salman);
           of several words ("Ben Ali") only the last is kept
  offices  hos (head of state), hog (head of government), fm (foreign
           minister), comma-separated
  years    first-last year in office ("1999-" when still in office)
Scope: heads of state and government 1980-2026 and foreign ministers
1990-2026 of every sovereign state. Accented names get their unaccented
spelling added as an alias. A person who served two countries has a row
for each (Shevardnadze: the USSR's foreign minister under RUS, Georgia's
president under GEO).
"""

import glob
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexlib as L  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OFFICES = ("hos", "hog", "fm")


def main():
    codes = {r[0] for r in L.read_tsv("countries.tsv")}
    rows, seen, problems = [], set(), []
    files = sorted(glob.glob(os.path.join(HERE, "leaders", "*.txt")))
    if not files:
        sys.exit("no data files in tools/leaders/")
    for path in files:
        with open(path, encoding="utf-8") as f:
            block = f.read()
        where = os.path.basename(path)
        for code, name, aliases, short, offices, years in L.parse_block(block, 6):
            name = L.clean(name)
            what = "%s: %s %r" % (where, code, name)
            if code not in codes:
                problems.append(what + ": unknown country code")
                continue
            offs = [o.strip() for o in offices.split(",") if o.strip()]
            if not offs or any(o not in OFFICES for o in offs):
                problems.append(what + ": offices must be hos, hog, fm")
                continue
            if not re.fullmatch(r"\d{4}-(\d{4})?", years):
                problems.append(what + ": years must be YYYY-YYYY or YYYY-")
                continue
            if not short.strip():
                problems.append(what + ": short is empty")
                continue
            # "Ben Ali", "Ould Cheikh Ahmed": a lone mention is keyed by its
            # last word, so that is the short name
            short = short.split()[-1]
            if (code, name) in seen:
                problems.append(what + ": listed twice")
                continue
            seen.add((code, name))
            names = L.with_ascii([name] + L.bars(aliases))
            alias_cells = [a for a in names[1:] if len(a.split()) >= 2]
            offs.sort(key=OFFICES.index)
            rows.append([name, L.cell(alias_cells), code, L.clean(short), ",".join(offs), years])
    for p in problems:
        print("make_leaders: " + p, file=sys.stderr)
    if problems:
        sys.exit(1)
    L.write_tsv("leaders.tsv", ["name", "aliases", "country", "short", "offices", "years"], rows)


if __name__ == "__main__":
    main()
