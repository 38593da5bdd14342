#!/usr/bin/env python3
"""Writes given-names.txt: people's given names and family names from Faker's person providers (MIT
licence), in many cultures, as transliteration skeletons (the gazetteer's own `fold` and `skeleton`),
one a line, sorted.

Reading uses them to tell people from places: a town's name right before another capitalised word
("Vladimir Rogov", "Oleh Syniehubov", "Kamal Adwan") is a given name. Latin-script lists are taken as
they are; Cyrillic, Greek and Han lists are transliterated by ICU (gazetteer/latin_names.swift) with
the romanizations the press uses (BGN/PCGN for Ukrainian, Russian and Bulgarian, UNGEGN for Greek,
pinyin for Chinese). Lists in scripts whose Latin forms ICU cannot vowel (Arabic, Persian, Hebrew)
are left out; their names come in through the Latin lists of Pakistan, Algeria, Turkey, Azerbaijan,
Uzbekistan, Indonesia, Nigeria (Hausa) and Swahili.

Usage: given_names.py FAKER_DIR LATIN_NAMES_SWIFT  (FAKER_DIR: the extracted wheel, holding faker/).
"""
import importlib
import subprocess
import sys

from build import fold, skeleton

LATIN_LOCALES = [
    "en", "en_GB", "en_IE", "en_IN", "en_KE", "en_NG", "en_NZ", "en_PK", "en_TH", "en_US", "es_AR", "es_CL", "es_CO",
    "es_ES", "es_MX", "fr_BE", "fr_CA", "fr_CH", "fr_DZ", "fr_FR", "de_AT", "de_CH", "de_DE", "it_IT", "pt_BR", "pt_PT",
    "nl_BE", "nl_NL", "pl_PL", "cs_CZ", "sk_SK", "sl_SI", "hr_HR", "hu_HU", "ro_RO", "tr_TR", "az_AZ", "uz_UZ", "id_ID",
    "ha_NG", "ig_NG", "yo_NG", "tw_GH", "sw", "zu_ZA", "fi_FI", "sv_SE", "no_NO", "da_DK", "et_EE", "lt_LT", "lv_LV",
    "ga_IE", "vi_VN",
]
# Locale → the ICU transform that romanizes it as the press does.
TRANSLITERATED_LOCALES = {
    "uk_UA": "Ukrainian-Latin/BGN", "ru_RU": "Russian-Latin/BGN", "bg_BG": "Bulgarian-Latin/BGN",
    "el_GR": "Greek-Latin/UNGEGN", "zh_CN": "Han-Latin", "zh_TW": "Han-Latin",
}
# Family names too where the press puts them first or alone (Wang Yi, Xi Jinping).
FAMILY_NAME_LOCALES = {"zh_CN", "zh_TW", "vi_VN"}

HEADER = """# People's given names (and Chinese and Vietnamese family names) as transliteration skeletons, one a
# line, sorted: a town's name right before another capitalised word is a person's given name
# ("Vladimir Rogov"). Derived by gazetteer/given_names.py from the person providers of Faker 40.54.0
# (MIT licence; see ATTRIBUTION.md), romanized by ICU where the list is not in Latin script.
"""


def names(locale):
    provider = importlib.import_module("faker.providers.person." + locale).Provider
    found = set()
    for attribute in dir(provider):
        wanted = attribute.startswith("first_name") or (locale in FAMILY_NAME_LOCALES and attribute.startswith("last_name"))
        if not wanted or attribute.startswith(("first_name_female_pairs", "first_name_male_pairs")):
            continue
        value = getattr(provider, attribute)
        if callable(value) or isinstance(value, (str, property)) or not hasattr(value, "__iter__"):
            continue
        for item in value:
            if isinstance(item, tuple):  # ja_JP style (kanji, kana, romaji) is not used
                continue
            if isinstance(item, str):
                found.add(item)
    return found


def main(faker_dir, latin_names_swift):
    sys.path.insert(0, faker_dir)
    latin = set()
    for locale in LATIN_LOCALES:
        latin |= names(locale)
    requests = sorted((TRANSLITERATED_LOCALES[locale], name) for locale in TRANSLITERATED_LOCALES for name in names(locale))
    output = subprocess.run(
        ["swift", latin_names_swift], input="".join(f"{transform}\t{name}\n" for transform, name in requests),
        capture_output=True, text=True, check=True).stdout.split("\n")
    latin |= set(output[:len(requests)])
    skeletons = set()
    for name in latin:
        # A compound given name ("Tag ad-Din", "Jia Hao") counts as its joined form and as its words.
        for part in [name] + name.replace("-", " ").split():
            key = skeleton(fold(part))
            if len(key) >= 3 and key.isascii() and key.isalpha():
                skeletons.add(key)
    sys.stdout.write(HEADER)
    sys.stdout.write("".join(key + "\n" for key in sorted(skeletons)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
