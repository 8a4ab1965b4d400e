"""Names from industry news take the suffix their settled reading calls for, with no reading typed.

Each row: a foreign company, organisation or city, or an abbreviation read as
letters or as a word; its six suffixes (accusative, dative, locative,
ablative, genitive, with) as the source writes them; and where that reading
comes from (the codes of ``resources/data/okunuslar.tsv``: ``tdk`` TDK Yazım
Kılavuzu, ``harf`` letter by letter under TDK's abbreviation rule, ``kurum``
the organisation's own Turkish usage, ``basın`` national news usage, AA and
TRT Haber). The suffixes were written by hand from those forms, not taken
from the engine. Some names need the readings table (Renault → reno), some
are read right from their spelling or the abbreviation lexicon; all must
come out right without a reading.
"""

from __future__ import annotations

import re

import pytest

from osbpress.turkish import Case, inflect
from osbpress.turkish.readings import SOURCES, _parse, readings, settled_reading

CASES = (
    Case.ACCUSATIVE,
    Case.DATIVE,
    Case.LOCATIVE,
    Case.ABLATIVE,
    Case.GENITIVE,
    Case.INSTRUMENTAL,
)
A_VOWEL = "yı ya da dan nın yla"  # Toyota, JICA (cayka), MTA (me te a)
E_VOWEL = "yi ye de den nin yle"  # Nestlé (nesle), EBRD (… de)
O_VOWEL = "yu ya da dan nun yla"  # Renault (reno), NATO, KSO (… o)
Ö_VOWEL = "yü ye de den nün yle"  # ODTÜ, GTÜ (… ü)
A_VOICED = "ı a da dan ın la"  # Google (gugıl), ASELSAN
A_VOICELESS = "ı a ta tan ın la"  # Airbus (erbas), TÜBİTAK
E_VOICED = "i e de den in le"  # Michelin (mişlen), KOSGEB, GIZ (giz)
E_VOICELESS = "i e te ten in le"  # Siemens (zimens), OPEC (opek)
O_VOICED = "u a da dan un la"  # Toulouse (tuluz), İŞKUR
O_VOICELESS = "u a ta tan un la"  # Bosch (boş), Rolls-Royce (roys)
Ö_VOICED = "ü e de den ün le"  # Köln
Ö_VOICELESS = "ü e te ten ün le"  # OSBÜK, YÖK

COMPANIES = [
    ("Bosch", O_VOICELESS, "kurum"),
    ("Siemens", E_VOICELESS, "kurum"),
    ("Renault", O_VOWEL, "basın"),
    ("Oyak Renault", O_VOWEL, "basın"),
    ("Peugeot", O_VOWEL, "basın"),
    ("Michelin", E_VOICED, "kurum"),
    ("Airbus", A_VOICELESS, "basın"),
    ("Citroën", E_VOICED, "basın"),
    ("Dassault", O_VOWEL, "basın"),
    ("Rolls-Royce", O_VOICELESS, "basın"),
    ("Bridgestone", O_VOICED, "basın"),
    ("Schneider Electric", E_VOICELESS, "kurum"),
    ("General Electric", E_VOICELESS, "basın"),
    ("Procter & Gamble", A_VOICED, "basın"),
    ("Google", A_VOICED, "basın"),
    ("Apple", A_VOICED, "basın"),
    ("Oracle", A_VOICED, "basın"),
    ("Nestlé", E_VOWEL, "kurum"),
    ("Boeing", E_VOICED, "basın"),
    ("Microsoft", O_VOICELESS, "basın"),
    ("Ericsson", O_VOICED, "basın"),
    ("Mercedes-Benz", E_VOICED, "basın"),
    ("Volkswagen", E_VOICED, "basın"),
    ("Toyota", A_VOWEL, "basın"),
    ("Fiat", A_VOICELESS, "basın"),
    ("Pirelli", E_VOWEL, "basın"),
    ("Goodyear", A_VOICED, "basın"),
    ("Vaillant", A_VOICELESS, "basın"),
    ("Bayer", E_VOICED, "basın"),
    ("Henkel", E_VOICED, "basın"),
    ("Mahle", E_VOWEL, "basın"),
    ("Caterpillar", A_VOICED, "basın"),
    ("Honeywell", E_VOICED, "basın"),
    ("Unilever", E_VOICED, "basın"),
    ("Samsung", O_VOICED, "basın"),
    ("Ford", O_VOICED, "basın"),
    ("Danfoss", O_VOICELESS, "basın"),
    ("Philips", E_VOICELESS, "basın"),
    ("Carrefour", O_VOICED, "basın"),
    ("Siemens Energy", E_VOWEL, "basın"),
    ("Daimler Truck", A_VOICELESS, "basın"),
    ("Panasonic", E_VOICELESS, "basın"),
    ("Mitsubishi Electric", E_VOICELESS, "basın"),
    ("Lafarge", A_VOICED, "basın"),
    ("Pfizer", A_VOICED, "basın"),
]
CITIES = [
    ("Köln", Ö_VOICED, "tdk"),
    ("Münih", E_VOICELESS, "tdk"),
    ("Bordeaux", O_VOWEL, "tdk"),
    ("Brüksel", E_VOICED, "tdk"),
    ("Cenevre", E_VOWEL, "tdk"),
    ("Lahey", E_VOICED, "tdk"),
    ("Viyana", A_VOWEL, "tdk"),
    ("Londra", A_VOWEL, "tdk"),
    ("Zürih", E_VOICELESS, "tdk"),
    ("Marsilya", A_VOWEL, "tdk"),
    ("Toulouse", O_VOICED, "basın"),
    ("Lille", E_VOICED, "basın"),
    ("Cannes", A_VOICED, "basın"),
    ("Seattle", A_VOICED, "basın"),
    ("Shanghai", A_VOICED, "basın"),
    ("Stuttgart", A_VOICELESS, "basın"),
    ("Wolfsburg", O_VOICED, "basın"),
    ("Hannover", E_VOICED, "basın"),
    ("Leipzig", E_VOICED, "basın"),
    ("Düsseldorf", O_VOICELESS, "basın"),
    ("Hamburg", O_VOICED, "basın"),
    ("Frankfurt", O_VOICELESS, "basın"),
]
AS_LETTERS = [
    ("EBRD", E_VOWEL, "harf"),
    ("OECD", E_VOWEL, "harf"),
    ("TBMM", E_VOWEL, "harf"),
    ("THY", E_VOWEL, "harf"),
    ("TSE", E_VOWEL, "harf"),
    ("SGK", E_VOWEL, "harf"),
    ("TCMB", E_VOWEL, "harf"),
    ("BDDK", E_VOWEL, "harf"),
    ("PTT", E_VOWEL, "harf"),
    ("TCDD", E_VOWEL, "harf"),
    ("TRT", E_VOWEL, "harf"),
    ("AB", E_VOWEL, "harf"),
    ("ABD", E_VOWEL, "harf"),
    ("IMF", E_VOWEL, "harf"),
    ("UNDP", E_VOWEL, "harf"),
    ("UNHCR", E_VOWEL, "harf"),
    ("IFC", E_VOWEL, "harf"),
    ("EIB", E_VOWEL, "harf"),
    ("BASF", E_VOWEL, "harf"),
    ("BMW", E_VOWEL, "harf"),
    ("HSBC", E_VOWEL, "harf"),
    ("ABB", E_VOWEL, "harf"),
    ("KfW", E_VOWEL, "harf"),
    ("AFD", E_VOWEL, "harf"),
    ("KSO", O_VOWEL, "harf"),
    ("BTSO", O_VOWEL, "harf"),
    ("TPAO", O_VOWEL, "harf"),
    ("MTA", A_VOWEL, "harf"),
    ("GTÜ", Ö_VOWEL, "harf"),
    ("KTÜ", Ö_VOWEL, "harf"),
]
AS_WORDS = [
    ("TÜBİTAK", A_VOICELESS, "kurum"),
    ("GIZ", E_VOICED, "basın"),
    ("KOSGEB", E_VOICED, "kurum"),
    ("İŞKUR", O_VOICED, "kurum"),
    ("ASELSAN", A_VOICED, "kurum"),
    ("TOKİ", E_VOWEL, "kurum"),
    ("TUSAŞ", A_VOICELESS, "kurum"),
    ("ODTÜ", Ö_VOWEL, "kurum"),
    ("OSTİM", E_VOICED, "kurum"),
    ("BOTAŞ", A_VOICELESS, "kurum"),
    ("TÜPRAŞ", A_VOICELESS, "kurum"),
    ("OSBÜK", Ö_VOICELESS, "kurum"),
    ("TOBB", O_VOICED, "kurum"),
    ("YÖK", Ö_VOICELESS, "kurum"),
    ("AFAD", A_VOICED, "kurum"),
    ("NATO", O_VOWEL, "basın"),
    ("UNESCO", O_VOWEL, "basın"),
    ("UNICEF", E_VOICELESS, "basın"),
    ("JICA", A_VOWEL, "kurum"),
    ("UNIDO", O_VOWEL, "basın"),
    ("FAO", O_VOWEL, "basın"),
    ("OPEC", E_VOICELESS, "basın"),
    ("IRENA", A_VOWEL, "basın"),
    ("ASEAN", A_VOICED, "basın"),
    ("EFTA", A_VOWEL, "basın"),
    ("KOICA", A_VOWEL, "basın"),
    ("NASA", A_VOWEL, "basın"),
]
NAMES = COMPANIES + CITIES + AS_LETTERS + AS_WORDS


def written(name: str, suffixes: str) -> list[str]:
    return [f"{name}’{suffix}" for suffix in suffixes.split()]


def test_the_file_holds_at_least_eighty_names_each_with_a_known_source() -> None:
    assert len({name for name, _, _ in NAMES}) == len(NAMES) >= 80
    assert {source for _, _, source in NAMES} <= SOURCES


@pytest.mark.parametrize(("name", "suffixes", "source"), NAMES, ids=[row[0] for row in NAMES])
def test_each_name_takes_its_settled_suffixes(name: str, suffixes: str, source: str) -> None:
    assert [inflect(name, case) for case in CASES] == written(name, suffixes)


@pytest.mark.parametrize(
    ("name", "reading", "case", "expected"),
    [
        ("Renault", "renolt", Case.DATIVE, "Renault’a"),
        ("Airbus", "eyrbus", Case.GENITIVE, "Airbus’un"),
        ("GIZ", "ge i ze", Case.GENITIVE, "GIZ’nin"),
        ("Toulouse", "tulus", Case.LOCATIVE, "Toulouse’ta"),
        ("Siemens", "siyemens", Case.ACCUSATIVE, "Siemens’i"),
        ("OPEC", "opec", Case.LOCATIVE, "OPEC’de"),
    ],
)
def test_the_officers_reading_wins_over_the_table(
    name: str, reading: str, case: Case, expected: str
) -> None:
    assert inflect(name, case, reading=reading) == expected


def test_a_table_row_matches_the_last_words_only() -> None:
    assert settled_reading("Oyak Renault") == "reno"
    assert settled_reading("NESTLE") == "nesle"  # case and diacritics do not matter
    assert settled_reading("Schneider Electric") == "şnayder elektrik"
    assert settled_reading("Bosch Türkiye") is None  # the last word decides: Türkiye
    assert settled_reading("Renaultcu") is None  # a whole word, not a prefix
    assert settled_reading("Electric") is None  # only the rows' own last words
    assert settled_reading("…") is None
    assert inflect("Bosch Türkiye", Case.DATIVE) == "Bosch Türkiye’ye"


def test_every_example_in_the_table_is_what_inflect_writes() -> None:
    """The table's ``örnek`` column, its sources' own forms, agrees with the engine."""
    for row in readings():
        forms = {inflect(row.name, case) for case in CASES}
        examples = re.sub(r"\([^)]*\)", "", row.example).split(",")
        for example in (text.strip() for text in examples if text.strip()):
            assert example in forms, (row.name, example, sorted(forms))


def test_every_row_has_a_reading_and_a_known_source() -> None:
    rows = readings()
    assert rows
    assert all(row.reading and row.source in SOURCES for row in rows)
    assert len({row.words for row in rows}) == len(rows), "a name is listed twice"


@pytest.mark.parametrize(
    "line",
    ["Renault\treno", "Renault\treno\tvikipedi", "\treno\tbasın", "Renault\t\tbasın"],
)
def test_a_broken_row_names_itself(line: str) -> None:
    with pytest.raises(ValueError, match="satır 2"):
        _parse(f"# yorum\nad\tokunuş\tkaynak\n{line}\n")
