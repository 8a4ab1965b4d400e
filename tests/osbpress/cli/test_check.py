"""``osbpress check``: the checklist headless, with an exit code a script can act on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from osbpress.cli import main
from osbpress.sample import sample_profile


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "ornek.json"
    assert main(["sample", "-o", str(path)]) == 0
    return path


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    path = tmp_path / "profil.json"
    path.write_text(sample_profile().model_dump_json(), encoding="utf-8")
    return path


def test_the_sample_has_no_hata(
    draft: Path, profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(draft), "--profile", str(profile)]) == 0
    assert "hata ·" not in capsys.readouterr().out


def test_classic_mistakes_are_listed_with_their_fields_and_fail(
    draft: Path, profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(draft.read_text(encoding="utf-8"))
    data["headline"] = "MUHTEŞEM ZİYARET: OSByi GEZDİLER"
    data["quotes"][0]["speaker"] = ""
    draft.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["check", str(draft), "--profile", str(profile), "--json"]) == 1
    rows = json.loads(capsys.readouterr().out)
    fields = {row["field"] for row in rows}
    assert "headline" in fields and "quotes[0].speaker" in fields
    assert any(row["severity"] == "hata" for row in rows)
    assert any("OSB’yi" in row["message"] for row in rows)

    assert main(["check", str(draft), "--profile", str(profile)]) == 1
    out = capsys.readouterr().out
    assert "hata · quotes[0].speaker ·" in out


def test_a_broken_draft_is_a_turkish_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bozuk.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["check", str(bad)]) == 2
    assert "bozuk.json" in capsys.readouterr().err
