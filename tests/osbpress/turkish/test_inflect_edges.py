"""Edge cases of suffixes and casing that mutation testing found unpinned (tests/MUTANTS.md).

Each case names the rule it holds: where an apostrophe counts as a suffix
already, which dotted words are abbreviations, where the suffix goes around
closing quotes, and how headline casing treats small words, one-letter
words and what follows an apostrophe.
"""

import pytest

from osbpress.turkish import Case, SuffixStyle, inflect
from osbpress.turkish.casing import fold, headline_case, upper
from osbpress.turkish.phonology import sound_of
from osbpress.turkish.suffixes import suffix_for

TDK = SuffixStyle(institution_apostrophe=False)


@pytest.mark.parametrize(
    ("name", "case", "written"),
    [
        # A lower-case tail after an apostrophe is a suffix already: the next joins it.
        ("A’lar", Case.DATIVE, "A’lara"),  # one letter before the apostrophe
        ("OSB’e", Case.LOCATIVE, "OSB’ede"),  # a one-letter suffix
        ("O’Brien’ler", Case.DATIVE, "O’Brien’lere"),  # the last apostrophe counts
        ("OSB ’ler", Case.DATIVE, "OSB ’ler’e"),  # a word that starts with one has none
        # A final dot after a short capitalised word abbreviates it; after a name it ends.
        ("Ford Motor Co.", Case.DATIVE, "Ford Motor Co.’ya"),
        ("Koop.", Case.DATIVE, "Koop.’a"),
        ("Ahmet.", Case.ACCUSATIVE, "Ahmet’i."),
        (".", Case.ACCUSATIVE, "."),  # nothing to inflect
        # Closing quotes: the suffix follows the last one, what trails stays after it.
        ("““Yeşil OSB””", Case.ACCUSATIVE, "““Yeşil OSB””yi"),
        ("“Yeşil OSB”.", Case.ACCUSATIVE, "“Yeşil OSB”yi."),
        ("‘Yeşil OSB’.", Case.ACCUSATIVE, "‘Yeşil OSB’yi."),
        # A number after a possessive word is not possessive itself.
        ("Kocaeli 2", Case.DATIVE, "Kocaeli 2’ye"),
        # A circumflex before a final l makes it palatal: front vowels follow.
        ("Meâl", Case.DATIVE, "Meâl’e"),
        ("Meçhûl", Case.DATIVE, "Meçhûl’e"),
    ],
)
def test_edge_cases(name: str, case: Case, written: str) -> None:
    assert inflect(name, case) == written


def test_a_geographic_region_is_no_institution_even_in_tdk_style() -> None:
    # "… Organize Sanayi Bölgesi" is an institution; "Doğu Karadeniz Bölgesi" is a place.
    assert inflect("Doğu Karadeniz Bölgesi", Case.GENITIVE, style=TDK) == (
        "Doğu Karadeniz Bölgesi’nin"
    )
    assert inflect("Kahramanmaraş Organize Sanayi Bölgesi", Case.GENITIVE, style=TDK) == (
        "Kahramanmaraş Organize Sanayi Bölgesinin"
    )


def test_a_bare_suffix_is_not_possessive_unless_asked() -> None:
    sound = sound_of("kocaeli")
    assert sound is not None
    assert suffix_for(Case.DATIVE, sound) == "ye"
    assert suffix_for(Case.DATIVE, sound, possessive=True) == "ne"


def test_upper_composes_a_typed_dotted_capital() -> None:
    # "I" + combining dot above, as some keyboards and PDFs give it.
    assert upper("I\u0307stanbul") == "İSTANBUL"


@pytest.mark.parametrize(
    ("text", "cased"),
    [
        ("vitamin c takviyesi", "Vitamin C Takviyesi"),  # a one-letter word
        ("sanayi ve, ticaret", "Sanayi ve, Ticaret"),  # a small word before a comma
        ("kod Xile sistemi", "Kod Xile Sistemi"),  # not "ile"
        # What follows the first apostrophe is kept as typed (a suffix, or a name's rest).
        ("l’oréal-paris’in ürünleri", "L’oréal-paris’in Ürünleri"),
    ],
)
def test_headline_case_edges(text: str, cased: str) -> None:
    assert headline_case(text) == cased


def test_fold_drops_every_mark_and_turkish_letter_difference() -> None:
    assert fold("Şanlıurfa Çağrı Âlâ Öğüt") == "sanliurfa cagri ala ogut"
