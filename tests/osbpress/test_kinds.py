"""Release kinds are data: folders under templates/ with kind.toml and sentence templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from osbpress.compose import compose, kinds
from osbpress.errors import TemplateError
from osbpress.model import Organisation, Release


def test_the_four_kinds_are_there_with_names_and_sections() -> None:
    assert {"ziyaret", "toplanti", "imza", "genel"} <= set(kinds.kind_ids())
    visit = kinds.load_kind("ziyaret")
    assert visit.name == "Ziyaret"
    assert visit.sections and all(visit.sentences[name] for name in kinds.SENTENCES)


@pytest.mark.parametrize("bad", ["../ziyaret", "/etc", "Ziyaret", "yok", ""])
def test_bad_or_unknown_kind_names_are_refused_in_turkish(bad: str) -> None:
    with pytest.raises(TemplateError, match="bülten türü"):
        kinds.load_kind(bad)


@pytest.fixture
def templates_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(kinds, "template", lambda rel="": tmp_path / rel)
    kinds.load_kind.cache_clear()
    yield tmp_path
    kinds.load_kind.cache_clear()


def test_a_new_kind_needs_no_code(templates_in: Path) -> None:
    folder = templates_in / "fuar"
    folder.mkdir()
    (folder / "kind.toml").write_text('name = "Fuar"\nsections = ["Stant"]\n', encoding="utf-8")
    (folder / "headline.j2").write_text("{{ ev_sahibi }} fuarda {{ konuk | ilgi }} standını gezdi")
    release = Release(
        kind="fuar",
        event={"host": Organisation(name="Gebze OSB"), "guest": Organisation(short_name="TİKA")},
    )
    assert compose(release).headline == "Gebze OSB Fuarda TİKA’nın Standını Gezdi"
    assert kinds.kind_ids() == ["fuar"]


def test_broken_template_is_a_turkish_error_naming_it(templates_in: Path) -> None:
    folder = templates_in / "bozuk"
    folder.mkdir()
    (folder / "kind.toml").write_text('name = "Bozuk"\n', encoding="utf-8")
    (folder / "headline.j2").write_text("{% if %}", encoding="utf-8")
    with pytest.raises(TemplateError, match="bozuk/headline"):
        compose(Release(kind="bozuk"))


def test_sandbox_keeps_python_internals_out_of_templates(templates_in: Path) -> None:
    folder = templates_in / "kotu"
    folder.mkdir()
    (folder / "kind.toml").write_text('name = "Kötü"\n', encoding="utf-8")
    (folder / "headline.j2").write_text(
        "x{{ ''.__class__.__mro__ }}{{ ev_sahibi.__init__.__globals__ }}", encoding="utf-8"
    )
    assert compose(Release(kind="kotu")).headline == "X"


def test_kind_toml_without_name_is_refused(templates_in: Path) -> None:
    (templates_in / "adsiz").mkdir()
    (templates_in / "adsiz" / "kind.toml").write_text("description = 'x'\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="“name” alanı eksik"):
        kinds.load_kind("adsiz")


def test_every_bundled_kind_name_and_description_is_in_the_catalog() -> None:
    # The UI shows kind_label/kind_description: a kind.toml text not marked in
    # kinds.py would stay Turkish in the English interface.
    for kind_id in kinds.kind_ids():
        kind = kinds.load_kind(kind_id)
        assert kind.name in kinds._BUNDLED_TEXTS, kind_id
        assert kind.description in kinds._BUNDLED_TEXTS, kind_id
        assert kinds.kind_label(kind) == kind.name  # Turkish: the source text itself
