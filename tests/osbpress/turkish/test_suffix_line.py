"""The "Ekler" line: the forms a release prints after an organisation's name."""

from __future__ import annotations

import pytest

from osbpress.turkish import Case, SuffixStyle, inflect
from osbpress.turkish.suffix_line import LINE_CASES, organisation_suffix_line, suffix_line


def test_a_short_name_in_every_case_of_the_line() -> None:
    assert suffix_line("OSB") == "OSB’yi · OSB’ye · OSB’de · OSB’nin · OSB’den"


def test_each_form_is_the_engines_inflection() -> None:
    forms = suffix_line("TÜBİTAK").split(" · ")
    assert forms == [inflect("TÜBİTAK", case) for case in LINE_CASES]


def test_the_reading_decides_the_vowels() -> None:
    assert suffix_line("TOBB").startswith("TOBB’u · TOBB’a")
    assert suffix_line("TOBB", reading="tebebe").startswith("TOBB’yi · TOBB’ye")
    assert suffix_line("TOBB", reading="  ").startswith("TOBB’u · ")


def test_a_long_name_repeats_only_its_last_word() -> None:
    line = suffix_line("Japonya Uluslararası  İşbirliği Ajansı")
    assert line.startswith("… Ajansı’nı · Ajansı’na · ")
    assert "Japonya" not in line


def test_the_house_style_reaches_every_form() -> None:
    tdk = SuffixStyle(apostrophe="'", institution_apostrophe=False)
    assert suffix_line("İşbirliği Ajansı", style=tdk).startswith("… Ajansını · Ajansına")
    assert suffix_line("OSB", style=tdk) == "OSB'yi · OSB'ye · OSB'de · OSB'nin · OSB'den"


@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
def test_a_blank_name_has_no_line(blank: str) -> None:
    assert suffix_line(blank) == ""


def test_an_organisation_is_inflected_by_its_short_name_else_its_name() -> None:
    full = "Kahramanmaraş Organize Sanayi Bölgesi"
    assert organisation_suffix_line(full, "OSB", "") == suffix_line("OSB")
    assert organisation_suffix_line(full, "  ", "") == suffix_line(full)
    assert organisation_suffix_line("", "", "") == ""


def test_the_line_lists_the_cases_a_release_writes() -> None:
    assert Case.INSTRUMENTAL not in LINE_CASES
    assert len(set(LINE_CASES)) == 5
