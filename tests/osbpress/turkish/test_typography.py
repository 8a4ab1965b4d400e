"""Typographic normalisation: quotes, apostrophes, dashes, spacing — never the words."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from osbpress.turkish import NBSP, normalize, tie_titles


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("OSB'yi ziyaret etti", "OSB’yi ziyaret etti"),
        ("OSB`yi ve TÜBİTAK´ın", "OSB’yi ve TÜBİTAK’ın"),
        ('"Hedefimiz ihracat" dedi.', "“Hedefimiz ihracat” dedi."),
        ('Başkan: "Çok önemli."', "Başkan: “Çok önemli.”"),
        ('("iç tırnak")', "(“iç tırnak”)"),
        ("'Yeşil OSB' projesi", "‘Yeşil OSB’ projesi"),
        ("dedi' diye", "dedi’ diye"),
        (
            "Kahramanmaraş, 24 Kasım 2024 - JICA heyeti",
            "Kahramanmaraş, 24 Kasım 2024 – JICA heyeti",
        ),
        ("2020--2024 döneminde", "2020–2024 döneminde"),
        ("a -- b", "a – b"),
        ("a - - b", "a – – b"),
        ("çift  boşluk\tve   sekme", "çift boşluk ve sekme"),
        ("virgülden önce , nokta .", "virgülden önce, nokta."),
        ("Neden ? Çünkü !", "Neden? Çünkü!"),
        ("satır sonu   ", "satır sonu"),
        ("bekliyoruz...", "bekliyoruz…"),
        ("bekliyoruz ...", "bekliyoruz…"),
        ("dört nokta....", "dört nokta...."),
        ("---", "---"),
        ("- madde\n  - alt madde", "- madde\n  - alt madde"),
        ("paragraf\n\nikinci paragraf", "paragraf\n\nikinci paragraf"),
        ("satır\r\nsonraki", "satır\r\nsonraki"),
        ('bakınız https://osb.org.tr/a--b\'c "x"', "bakınız https://osb.org.tr/a--b'c “x”"),
        ("e-posta: bilgi@osb.org.tr .", "e-posta: bilgi@osb.org.tr."),
        ("www.osb.org.tr/a--b", "www.osb.org.tr/a--b"),
        ("e-ticaret ve Ar-Ge", "e-ticaret ve Ar-Ge"),
        ("", ""),
    ],
)
def test_normalize(typed: str, printed: str) -> None:
    assert normalize(typed) == printed


def _alphanumerics(text: str) -> list[str]:
    return [char for char in text if char.isalnum()]


TYPED = st.text(
    alphabet=st.sampled_from(list("aıİşOSB19 \t\n\r'\"`´-.,;:!?()“”‘’–@/w")) | st.characters(),
    max_size=80,
)


@given(TYPED)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(TYPED)
def test_normalize_keeps_every_letter_and_digit_in_order(text: str) -> None:
    assert _alphanumerics(normalize(text)) == _alphanumerics(text)


@given(TYPED)
def test_normalize_keeps_the_line_structure(text: str) -> None:
    assert normalize(text).count("\n") == text.count("\n")


def test_tie_titles_binds_a_title_to_the_name() -> None:
    assert tie_titles("Prof. Dr. Ayşe Kaya ve Sn. Vali") == (
        f"Prof.{NBSP}Dr.{NBSP}Ayşe Kaya ve Sn.{NBSP}Vali"
    )
    assert tie_titles("OSB Müdürü Dr.") == "OSB Müdürü Dr."


@given(
    st.lists(
        st.sampled_from(
            [
                "https://osb.org.tr/a-b--c...",
                "www.kmosb.org.tr",
                "bilgi@kmosb.org.tr",
                ' "alıntı" ',
                " - ",
                "--",
                "...",
                "OSB'yi",
                "  ",
                "x@y",
                "(",
                "'",
                "a",
                "Işık",
                "\ue000",
                "1",
            ]
        ),
        max_size=12,
    ).map("".join)
)
@example("bilgi@kmosb.org.tr...bilgi@kmosb.org.trhttps://osb.org.tr/a-b--c...")
@example("bilgi@kmosb.org.tr...bilgi@kmosb.org.trwww.kmosb.org.tr...")
def test_every_address_comes_out_as_typed_and_normalizing_twice_changes_nothing(
    line: str,
) -> None:
    from osbpress.turkish.typography import _ADDRESS_RE

    out = normalize(line)
    for address in _ADDRESS_RE.findall(line):
        assert address in out
    assert normalize(out) == out


def test_a_long_word_beside_an_address_is_scanned_once() -> None:
    line = "ş" * 30_000 + " bilgi@kmosb.org.tr https://osb.org.tr " + "a" * 30_000
    assert normalize(line) == line  # fast: the address pattern no longer retries every letter
