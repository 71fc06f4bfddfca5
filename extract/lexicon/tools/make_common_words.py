#!/usr/bin/env python3
"""Derive common_words.txt from the Reuters-21578 corpus.

Usage: python3 tools/make_common_words.py [CORPUS] [--min N] [--share S]
  CORPUS  gzip file with one JSON object a line holding "text"
          (default /work/shared/corpus/reuters21578.jsonl.gz, or the
          RELGRAPH_REUTERS environment variable)

A word is counted only where its case tells something: inside a sentence
(the token before it is a word or a comma), and never in an all-capitals
line (Reuters headlines). Each alphabetic word gets a lower-case count and
a capitalised count; words seen at least --min times (default 20) whose
lower-case share is at least --share (default 0.9) are kept. Then every
word that is a given name (given_names.txt), a country name, alias,
demonym or capital (countries.tsv), a place name (places.tsv) or a
one-word organisation name (orgs.tsv) is removed. The corpus text itself
is not copied: only the derived word list is written.

Run this after the other generators (it reads their tables).
"""

import gzip
import json
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexlib as L  # noqa: E402

DEFAULT = os.environ.get("RELGRAPH_REUTERS", "/work/shared/corpus/reuters21578.jsonl.gz")
TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*|[^\sA-Za-z]")


def is_caps_line(line):
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters)


def count(path):
    lower, cap = {}, {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for raw in f:
            raw = raw.strip()
            if not raw:
                continue
            text = json.loads(raw).get("text", "")
            prev = None  # kind of previous token: 'w' word, ',' comma, None boundary
            for line in text.split("\n"):
                if not line.strip() or is_caps_line(line):
                    prev = None
                    continue
                if line[:1].isspace():  # Reuters paragraphs start indented
                    prev = None
                for tok in TOKEN.findall(line):
                    if tok[0].isalpha():
                        if prev in ("w", ",") and "'" not in tok:
                            key = tok.lower()
                            if tok.islower():
                                lower[key] = lower.get(key, 0) + 1
                            elif tok[0].isupper() and (len(tok) == 1 or tok[1:].islower()):
                                cap[key] = cap.get(key, 0) + 1
                        prev = "w"
                    elif tok == ",":
                        prev = ","
                    else:
                        prev = None
    return lower, cap


def known_names():
    """Lower-cased one-word names from the other tables. Only names written
    in lower case or with just a leading capital count: an acronym such as
    US, IS or WHO does not make 'us', 'is' or 'who' a name."""
    vals = list(L.read_list("given_names.txt"))
    for r in L.read_tsv("countries.tsv"):
        vals += [r[1]] + L.split_cell(r[2]) + L.split_cell(r[3]) + L.split_cell(r[4])
    for r in L.read_tsv("places.tsv"):
        vals += [r[0]] + L.split_cell(r[1])
    for r in L.read_tsv("orgs.tsv"):
        vals += [r[2]] + L.split_cell(r[3])
    out = set()
    for v in vals:
        for x in (v, L.strip_accents(v)):
            if " " in x or not x:
                continue
            if x == x.lower() or x == x[0].upper() + x[1:].lower():
                out.add(x.lower())
    return out


# Ordinary words that running news text has but the 1987 Reuters texts
# lack (greetings, pronouns, later vocabulary). Added by hand, then
# filtered like the derived words.
SUPPLEMENT = """
thank thanks please yes okay ok hello hi goodbye sorry welcome dear wow
i me my mine yours ours hers theirs myself yourself ourselves themselves
internet online offline website websites web email emails video videos
smartphone smartphones app apps software platform platforms podcast blog
tweet tweets tweeted retweeted posted posting livestream livestreamed
pandemic coronavirus virus vaccine vaccines vaccinated vaccination lockdown
lockdowns quarantine outbreak epidemic
cyber cyberattack cyberattacks hacker hackers hacked hacking malware
drone drones missile missiles rocket rockets airstrike airstrikes shelling
terrorism terrorist terrorists militant militants jihadist jihadists
insurgent insurgents insurgency extremist extremists rebel rebels
refugee refugees migrant migrants asylum displaced ceasefire truce
hostage hostages genocide atrocities massacre civilians casualties
emissions carbon warming renewable renewables solar climate
reportedly allegedly spokesperson spokespeople crackdown protesters
protester activists activist lawmakers lawmaker legislators
""".split()


def main():
    args = sys.argv[1:]
    path, minimum, share = DEFAULT, 20, 0.9
    i = 0
    while i < len(args):
        if args[i] == "--min":
            minimum = int(args[i + 1]); i += 2
        elif args[i] == "--share":
            share = float(args[i + 1]); i += 2
        else:
            path = args[i]; i += 1
    if not os.path.exists(path):
        sys.exit("corpus not found: %s" % path)
    lower, cap = count(path)
    names = known_names()
    keep = []
    for w, lo in lower.items():
        total = lo + cap.get(w, 0)
        if total >= minimum and lo / total >= share and w not in names:
            keep.append(w)
    keep += [w for w in SUPPLEMENT if w not in names]
    L.write_list("common_words.txt",
                 "common words: lower case in running Reuters-21578 text "
                 "(min %d, lower-case share >= %.2f); see tools/make_common_words.py"
                 % (minimum, share), keep)


if __name__ == "__main__":
    main()
