"""osbpress profile set/show, and render issuing under the stored profile."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from osbpress.cli import main
from osbpress.sample import sample_media
from osbpress.store import DraftStore


def test_profile_set_stores_logo_and_render_uses_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["sample", "--profile", "-o", str(tmp_path / "profil" / "kurum.json")])
    assert main(["profile", "set", str(tmp_path / "profil" / "kurum.json")]) == 0
    capsys.readouterr()
    assert main(["profile", "show"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["name"] == "Kahramanmaraş Organize Sanayi Bölgesi"
    with DraftStore() as store:
        assert store.get_media(shown["logo"]) == sample_media("logo.png")

    main(["sample", "-o", str(tmp_path / "b.json")])
    assert main(["render", str(tmp_path / "b.json"), "-o", str(tmp_path / "out")]) == 0
    text = (tmp_path / "out" / "b.txt").read_text(encoding="utf-8")
    assert "Kahramanmaraş OSB Hakkında" in text
    assert (tmp_path / "out" / "b.pdf").read_bytes().startswith(b"%PDF")


def test_render_without_any_profile_issues_under_the_host(tmp_path: Path) -> None:
    main(["sample", "-o", str(tmp_path / "b.json")])
    assert main(["render", str(tmp_path / "b.json"), "-o", str(tmp_path), "--format", "txt"]) == 0
    text = (tmp_path / "b.txt").read_text(encoding="utf-8")
    assert text.startswith("BASIN BÜLTENİ – Kahramanmaraş Organize Sanayi Bölgesi – 24 Kasım 2024")
    assert "Hakkında" not in text


def test_profile_set_with_bad_file_is_turkish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "kurum.json"
    bad.write_text('{"style": {"quote_style": "yan"}}', encoding="utf-8")
    assert main(["profile", "set", str(bad)]) == 2
    assert "Yazım tercihleri › Alıntı biçimi" in capsys.readouterr().err


def test_missing_photo_is_reported_as_such_when_a_store_exists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["sample", "--profile", "-o", str(tmp_path / "kurum.json")])
    main(["profile", "set", str(tmp_path / "kurum.json")])
    draft = tmp_path / "taslak.json"
    draft.write_text('{"photos": [{"image": "yok.jpg"}]}', encoding="utf-8")
    capsys.readouterr()
    assert main(["render", str(draft), "-o", str(tmp_path / "out")]) == 2
    assert "“yok.jpg” bulunamadı" in capsys.readouterr().err


def test_missing_profile_file_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["sample", "-o", str(tmp_path / "b.json")])
    code = main(["render", str(tmp_path / "b.json"), "-o", str(tmp_path), "--profile", "yok.json"])
    assert code == 2
    assert "kurum profili “yok.json” bulunamadı" in capsys.readouterr().err
