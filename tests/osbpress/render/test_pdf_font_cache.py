"""Parsed faces kept between runs: read back equal to a fresh parse, never trusted when broken."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from osbpress.paths import cache_dir
from osbpress.render.pdf_font_cache import cache_file, cached_font
from osbpress.resources import resource

_FACE = resource("fonts/noto/NotoSerif-Italic.ttf")


def _entry() -> Path:
    return cache_file(_FACE.read_bytes(), str(_FACE))


def _same_as_parsed(font: TTFont) -> None:
    parsed = TTFont("OsbTest", str(_FACE))
    assert vars(font).keys() == vars(parsed).keys()
    mine, theirs = dict(vars(font.face)), dict(vars(parsed.face))
    scale_mine, scale_theirs = mine.pop("_pdfScale"), theirs.pop("_pdfScale")
    assert [scale_mine(x) for x in (0, 1, 1234)] == [scale_theirs(x) for x in (0, 1, 1234)]
    assert mine == theirs
    assert {k: type(v) for k, v in mine.items()} == {k: type(v) for k, v in theirs.items()}
    assert font.face.name.ustr == parsed.face.name.ustr
    assert font.shapable == parsed.shapable and font._asciiReadable == parsed._asciiReadable


def test_the_first_load_parses_and_keeps_the_face_in_the_cache_folder() -> None:
    assert not _entry().exists()
    font = cached_font("OsbTest", _FACE)
    assert _entry().exists() and _entry().parent.parent == cache_dir()
    _same_as_parsed(font)


def test_a_face_read_back_from_the_cache_equals_a_parsed_one() -> None:
    cached_font("OsbTest", _FACE)
    font = cached_font("OsbTest", _FACE)
    _same_as_parsed(font)
    assert font.stringWidth("Kahramanmaraş OSB’yi İĞÜŞÖÇ ığüşöç", 11) == TTFont(
        "OsbTest", str(_FACE)
    ).stringWidth("Kahramanmaraş OSB’yi İĞÜŞÖÇ ığüşöç", 11)


def test_what_the_cache_holds_is_what_the_face_gets() -> None:
    # Proof that the second load reads the entry instead of parsing: a value
    # planted in the entry comes out in the face.
    cached_font("OsbTest", _FACE)
    entry = marshal.loads(_entry().read_bytes())
    entry["attributes"]["defaultWidth"] = 4321
    _entry().write_bytes(marshal.dumps(entry))
    assert cached_font("OsbTest", _FACE).face.defaultWidth == 4321


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"\x00\x01garbage",
        marshal.dumps([1, 2, 3]),
        marshal.dumps({"format": 99, "attributes": {}, "names": []}),
        marshal.dumps({"format": 1, "attributes": {"unitsPerEm": 1000}, "names": []}),
        marshal.dumps({"format": 1, "attributes": {"charWidths": {}}, "names": ["x"]}),
    ],
    ids=["empty", "garbage", "a list", "other format", "incomplete", "bad names"],
)
def test_a_broken_entry_is_parsed_again_and_replaced(damage: bytes) -> None:
    cached_font("OsbTest", _FACE)
    sound = _entry().read_bytes()
    _entry().write_bytes(sound[: len(sound) // 2] if damage == b"" else damage)
    _same_as_parsed(cached_font("OsbTest", _FACE))
    assert _entry().read_bytes() == sound


def test_an_unwritable_cache_folder_costs_only_the_parse(unwritable_home: Path) -> None:
    _same_as_parsed(cached_font("OsbTest", _FACE))
    assert unwritable_home.read_text().startswith("a file")
