"""Suffixes after numbers and abbreviations follow how they are read aloud."""

import pytest

from osbpress.turkish import Case, abbreviation_reading, inflect, ordinal, spell_number

# The last spoken word of a number → its locative and accusative suffixes.
WORD_SUFFIXES = {
    "sıfır": ("da", "ı"),
    "bir": ("de", "i"),
    "iki": ("de", "yi"),
    "üç": ("te", "ü"),
    "dört": ("te", "ü"),
    "beş": ("te", "i"),
    "altı": ("da", "yı"),
    "yedi": ("de", "yi"),
    "sekiz": ("de", "i"),
    "dokuz": ("da", "u"),
    "on": ("da", "u"),
    "yirmi": ("de", "yi"),
    "otuz": ("da", "u"),
    "kırk": ("ta", "ı"),
    "elli": ("de", "yi"),
    "altmış": ("ta", "ı"),
    "yetmiş": ("te", "i"),
    "seksen": ("de", "i"),
    "doksan": ("da", "ı"),
    "yüz": ("de", "ü"),
    "bin": ("de", "i"),
    "milyon": ("da", "u"),
    "milyar": ("da", "ı"),
}
UNITS = ["sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"]
TENS = ["", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"]


def last_word_below_hundred(n: int) -> str:
    if n % 10 or n == 0:
        return UNITS[n % 10]
    return TENS[n // 10]


@pytest.mark.parametrize("n", range(101))
def test_numbers_0_to_100_take_the_suffix_of_their_last_word(n: int) -> None:
    word = "yüz" if n == 100 else last_word_below_hundred(n)
    locative, accusative = WORD_SUFFIXES[word]
    assert inflect(str(n), Case.LOCATIVE) == f"{n}’{locative}"
    assert inflect(str(n), Case.ACCUSATIVE) == f"{n}’{accusative}"


@pytest.mark.parametrize(
    ("number", "word"),
    [(str(year), last_word_below_hundred(year % 100)) for year in range(1991, 2000)]
    + [("1990", "doksan"), ("2000", "bin"), ("2010", "on"), ("2020", "yirmi"), ("2030", "otuz")]
    + [(str(year), UNITS[year % 10]) for year in range(2001, 2030) if year % 10]
    + [
        ("1.000.000", "milyon"),
        ("1000000", "milyon"),
        ("2.500.000.000", "milyon"),
        ("3.000.000.000", "milyar"),
        ("1.500", "yüz"),
        ("1.000", "bin"),
        ("300", "yüz"),
        ("%25", "beş"),
        ("%40", "kırk"),
        ("2,5", "beş"),
        ("3.5", "beş"),
        ("12,30", "otuz"),
        ("14:30", "otuz"),
        ("-6", "altı"),
    ],
)
def test_years_and_written_numbers(number: str, word: str) -> None:
    locative, accusative = WORD_SUFFIXES[word]
    assert inflect(number, Case.LOCATIVE) == f"{number}’{locative}"
    assert inflect(number, Case.ACCUSATIVE) == f"{number}’{accusative}"


@pytest.mark.parametrize(
    ("n", "written"),
    [
        (1, "1’inci"),
        (2, "2’nci"),
        (3, "3’üncü"),
        (4, "4’üncü"),
        (5, "5’inci"),
        (6, "6’ncı"),
        (7, "7’nci"),
        (8, "8’inci"),
        (9, "9’uncu"),
        (10, "10’uncu"),
        (20, "20’nci"),
        (30, "30’uncu"),
        (40, "40’ıncı"),
        (50, "50’nci"),
        (60, "60’ıncı"),
        (70, "70’inci"),
        (80, "80’inci"),
        (90, "90’ıncı"),
        (100, "100’üncü"),
        (1000, "1000’inci"),
        (2024, "2024’üncü"),
        (0, "0’ıncı"),
    ],
)
def test_ordinals(n: int, written: str) -> None:
    assert ordinal(n) == written


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "sıfır"),
        (100, "yüz"),
        (1000, "bin"),
        (1100, "bin yüz"),
        (2024, "iki bin yirmi dört"),
        (1990, "bin dokuz yüz doksan"),
        (1_000_000, "bir milyon"),
        (1_234_567, "bir milyon iki yüz otuz dört bin beş yüz altmış yedi"),
        (-40, "eksi kırk"),
    ],
)
def test_spell_number(n: int, words: str) -> None:
    assert spell_number(n) == words


# Abbreviation → dative, genitive, locative.
ABBREVIATIONS = {
    # read letter by letter
    "OSB": ("ye", "nin", "de"),
    "ABD": ("ye", "nin", "de"),
    "TBMM": ("ye", "nin", "de"),
    "AB": ("ye", "nin", "de"),
    "BM": ("ye", "nin", "de"),
    "SGK": ("ye", "nin", "de"),
    "KDV": ("ye", "nin", "de"),
    "TSE": ("ye", "nin", "de"),
    "TRT": ("ye", "nin", "de"),
    "AA": ("ya", "nın", "da"),
    "DHA": ("ya", "nın", "da"),
    "İHA": ("ya", "nın", "da"),
    "THY": ("ye", "nin", "de"),
    "KTÜ": ("ye", "nün", "de"),
    "ÖSYM": ("ye", "nin", "de"),
    "AKP": ("ye", "nin", "de"),
    "CHP": ("ye", "nin", "de"),
    "IMF": ("ye", "nin", "de"),
    "OECD": ("ye", "nin", "de"),
    "İBB": ("ye", "nin", "de"),
    "PTT": ("ye", "nin", "de"),
    "STK": ("ye", "nin", "de"),
    "AVM": ("ye", "nin", "de"),
    "UNDP": ("ye", "nin", "de"),
    "BDDK": ("ye", "nin", "de"),
    "KKTC": ("ye", "nin", "de"),
    "AŞ": ("ye", "nin", "de"),
    "MOSB": ("ye", "nin", "de"),
    "DSİ": ("ye", "nin", "de"),
    "TMO": ("ya", "nun", "da"),
    "TCDD": ("ye", "nin", "de"),
    "İKV": ("ye", "nin", "de"),
    "EPDK": ("ye", "nin", "de"),
    "SPK": ("ye", "nin", "de"),
    "GMKA": ("ya", "nın", "da"),
    "KMTSO": ("ya", "nun", "da"),
    "BTSO": ("ya", "nun", "da"),
    "W": ("ye", "nin", "de"),
    "X": ("e", "in", "te"),
    "Q": ("ye", "nün", "de"),
    # read as a word
    "JICA": ("ya", "nın", "da"),
    "NATO": ("ya", "nun", "da"),
    "TÜBİTAK": ("a", "ın", "ta"),
    "KOSGEB": ("e", "in", "de"),
    "ASELSAN": ("a", "ın", "da"),
    "HAVELSAN": ("a", "ın", "da"),
    "OSBÜK": ("e", "ün", "te"),
    "MÜSİAD": ("a", "ın", "da"),
    "TÜSİAD": ("a", "ın", "da"),
    "AFAD": ("a", "ın", "da"),
    "KOBİ": ("ye", "nin", "de"),
    "TİM": ("e", "in", "de"),
    "İSO": ("ya", "nun", "da"),
    "İTO": ("ya", "nun", "da"),
    "ASO": ("ya", "nun", "da"),
    "UNESCO": ("ya", "nun", "da"),
    "UNICEF": ("e", "in", "te"),
    "TOKİ": ("ye", "nin", "de"),
    "DEİK": ("e", "in", "te"),
    "TESK": ("e", "in", "te"),
    "YÖK": ("e", "ün", "te"),
    "TOBB": ("a", "un", "da"),
    "TOGG": ("a", "un", "da"),
    "TİKA": ("ya", "nın", "da"),
    "İŞKUR": ("a", "un", "da"),
    "BOTAŞ": ("a", "ın", "ta"),
    "TEİAŞ": ("a", "ın", "ta"),
    "TÜİK": ("e", "in", "te"),
    "ODTÜ": ("ye", "nün", "de"),
    "İTÜ": ("ye", "nün", "de"),
    "MEB": ("e", "in", "de"),
    "OSTİM": ("e", "in", "de"),
    "DOSAB": ("a", "ın", "da"),
    "İZKA": ("ya", "nın", "da"),
    "DİSK": ("e", "in", "te"),
    "EXPO": ("ya", "nun", "da"),
    "NASA": ("ya", "nın", "da"),
    "TUSAŞ": ("a", "ın", "ta"),
    "TÜPRAŞ": ("a", "ın", "ta"),
    "PETKİM": ("e", "in", "de"),
    "İMMİB": ("e", "in", "de"),
    "TEKNOFEST": ("e", "in", "te"),
    "AR-GE": ("ye", "nin", "de"),
    "TÜRK-İŞ": ("e", "in", "te"),
    "HAK-İŞ": ("e", "in", "te"),
    "KAHRAMANMARAŞ": ("a", "ın", "ta"),
    # letters and digits: the last run decides
    "COVID-19": ("a", "un", "da"),
    "A4": ("e", "ün", "te"),
    "F-16": ("ya", "nın", "da"),
    "3D": ("ye", "nin", "de"),
    "MP3": ("e", "ün", "te"),
    "4G": ("ye", "nin", "de"),
}


@pytest.mark.parametrize(("abbreviation", "suffixes"), ABBREVIATIONS.items())
def test_abbreviations_take_the_suffix_of_their_reading(
    abbreviation: str, suffixes: tuple[str, str, str]
) -> None:
    dative, genitive, locative = suffixes
    assert inflect(abbreviation, Case.DATIVE) == f"{abbreviation}’{dative}"
    assert inflect(abbreviation, Case.GENITIVE) == f"{abbreviation}’{genitive}"
    assert inflect(abbreviation, Case.LOCATIVE) == f"{abbreviation}’{locative}"


@pytest.mark.parametrize(
    ("abbreviation", "reading"),
    [
        ("OSB", "o se be"),
        ("TBMM", "te be me me"),
        ("SGK", "se ge ke"),
        ("JICA", "cayka"),
        ("TOBB", "tob"),
        ("KOSGEB", "kosgeb"),
        ("ÖSYM", "ö se ye me"),
        ("ĞÜ", "yumuşak ge ü"),
        ("QWX", "kü çift ve iks"),
    ],
)
def test_abbreviation_readings(abbreviation: str, reading: str) -> None:
    assert abbreviation_reading(abbreviation) == reading
