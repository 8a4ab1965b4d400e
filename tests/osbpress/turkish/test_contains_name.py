"""``contains_name``: a name said in typed text, with its suffix written either way."""

import pytest

from osbpress.turkish import contains_name

FULL = "Dilovası Organize Sanayi Bölgesi"


@pytest.mark.parametrize(
    ("text", "name", "said"),
    [
        (f"{FULL} (OSB) bugün", FULL, True),
        (f"heyet {FULL}’ni (OSB) ziyaret etti", FULL, True),  # press style
        (f"heyet {FULL}ni (OSB) ziyaret etti", FULL, True),  # TDK style: joined
        ("Trabzon Valiliğine gitti", "Trabzon Valiliği", True),
        ("Trabzon Valiliğinde", "Trabzon Valiliği", True),
        ("OSB’yi gezdi", "OSB", True),
        ("Ali Can’ı karşıladı", "Ali Can", True),
        ("Ali Canlı katıldı", "Ali Can", False),  # another person: only institutions join
        ("Marmara Bölgesinde", "Marmara Bölgesi", False),  # a region keeps its apostrophe
        ("OSBÜK toplantısı", "OSB", False),  # a capital: another abbreviation
        ("Gaziantep OSB2", "Gaziantep OSB", False),
        ("YeniDilovası Organize Sanayi Bölgesi", FULL, False),
        ("bir şey", "", False),
    ],
)
def test_a_name_is_found_bare_or_suffixed_either_way(text: str, name: str, said: bool) -> None:
    assert contains_name(text, name) is said
