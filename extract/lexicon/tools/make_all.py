#!/usr/bin/env python3
"""Regenerate every lexicon table, then check them.

Usage: python3 extract/lexicon/tools/make_all.py [--no-corpus]
The order matters: places need countries; given names need countries,
places and orgs; common words need all of them. --no-corpus keeps the
committed common_words.txt (for machines without the Reuters corpus).
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STEPS = ["make_countries.py", "make_orgs.py", "make_bodies.py", "make_titles.py",
         "make_verbs.py", "make_places.py", "make_given_names.py", "make_wordlists.py",
         "make_common_words.py", "make_leaders.py"]


def main():
    skip_corpus = "--no-corpus" in sys.argv[1:]
    for step in STEPS:
        if skip_corpus and step == "make_common_words.py":
            continue
        subprocess.run([sys.executable, os.path.join(HERE, step)], check=True)
    r = subprocess.run([sys.executable, os.path.join(HERE, "check_tables.py")])
    sys.exit(r.returncode)


if __name__ == "__main__":
    main()
