#!/usr/bin/env python3
"""Writes everyday-words.txt: the lower-case words of a SCOWL list (Debian's wamerican), folded.

A word the list spells in lower case is an everyday English word ("sea", "border", "front"); a
capitalised one is a name and is left out (Holland, Congo). Apostrophe forms ("sea's") are left out:
the gazetteer strips possessives before it looks a word up. Usage: everyday_words.py WORDLIST.
"""
import sys

HEADER = """# Everyday English words, one a line, folded (lower case, a-z): a query made only of these ("the sea",
# "border") is a phrase, not a place name, and a small place that happens to be spelt so is a guess.
# Derived by gazetteer/everyday_words.py from SCOWL (Debian's wamerican 2020.12.07-2), words the list
# writes in lower case. SCOWL: Copyright 2000-2011 by Kevin Atkinson; see ATTRIBUTION.md for the terms.
"""


def main(path):
    words = set()
    with open(path, encoding="utf-8") as source:
        for line in source:
            word = line.strip()
            if word.isascii() and word.isalpha() and word.islower() and len(word) >= 2:
                words.add(word)
    sys.stdout.write(HEADER)
    sys.stdout.write("".join(word + "\n" for word in sorted(words)))


if __name__ == "__main__":
    main(sys.argv[1])
