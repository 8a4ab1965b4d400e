"""The osbpress command line: sample, render (text), schema, and Turkish errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from osbpress.cli import main
from osbpress.cli.run import main as make_run
from osbpress.compose import compose
from osbpress.document import Document
from osbpress.model import SCHEMA_VERSION
from osbpress.sample import sample_media, sample_release


def _sample_document() -> Document:
    return compose(sample_release(), None, media=sample_media)


def test_sample_then_render_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "ornek.json"
    assert main(["sample", "-o", str(draft)]) == 0
    assert (tmp_path / "ziyaret.jpg").is_file()
    assert json.loads(draft.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    out = tmp_path / "cikti"
    assert main(["render", str(draft), "-o", str(out), "--format", "txt"]) == 0
    text = (out / "ornek.txt").read_text(encoding="utf-8")
    assert _sample_document().headline in text  # compose's wording is tested with compose
    assert "Masashi Inove, Kotoe Kuroda ve Seda Torısu" in text
    assert str(out / "ornek.txt") in capsys.readouterr().out


def test_render_with_profile_puts_about_and_contact(tmp_path: Path) -> None:
    main(["sample", "-o", str(tmp_path / "b.json")])
    main(["sample", "--profile", "-o", str(tmp_path / "profil" / "kurum.json")])
    code = main(
        [
            "render",
            str(tmp_path / "b.json"),
            "--profile",
            str(tmp_path / "profil" / "kurum.json"),
            "-o",
            str(tmp_path),
            "--format",
            "txt",
        ]
    )
    assert code == 0
    text = (tmp_path / "b.txt").read_text(encoding="utf-8")
    assert "Kahramanmaraş OSB Hakkında" in text
    assert "Ayrıntılı bilgi için:" in text


def test_schema_prints_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Release" and "headline" in schema["properties"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "bulunamadı"),
        ("{bozuk", "geçerli bir JSON değil"),
        ('{"event": {"when": "yarın"}}', "Etkinlik › Tarih ve saat"),
        ('{"photos": [{"image": "yok.jpg"}]}', "“yok.jpg” bulunamadı"),
        ('{"kind": "yok"}', "bilinmeyen bülten türü"),
    ],
)
def test_bad_draft_exits_nonzero_with_turkish_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    draft = tmp_path / "taslak.json"
    if content is not None:
        draft.write_text(content, encoding="utf-8")
    out = tmp_path / "cikti"
    assert main(["render", str(draft), "-o", str(out), "--format", "txt"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Hata: ") and message in err and "Traceback" not in err
    assert not (out / "taslak.txt").exists()


def test_unknown_format_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["sample", "-o", str(tmp_path / "b.json")])
    assert main(["render", str(tmp_path / "b.json"), "-o", str(tmp_path), "--format", "odt"]) == 2
    assert "bilinmeyen biçim: odt" in capsys.readouterr().err


def test_make_run_renders_the_sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert make_run() == 0
    assert (tmp_path / "out" / "ornek" / "ornek-bulten.txt").is_file()


def test_sample_into_a_folder_uses_a_default_name(tmp_path: Path) -> None:
    assert main(["sample", "-o", str(tmp_path)]) == 0
    assert (tmp_path / "ornek-bulten.json").is_file()


def test_written_files_are_readable_by_others(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        main(["sample", "-o", str(tmp_path / "b.json")])
    finally:
        os.umask(old)
    assert (tmp_path / "b.json").stat().st_mode & 0o777 == 0o644
    assert not list(tmp_path.glob(".*.tmp"))


def test_wordpress_html_without_headline(tmp_path: Path) -> None:
    main(["sample", "-o", str(tmp_path / "b.json")])
    code = main(
        [
            "render",
            str(tmp_path / "b.json"),
            "-o",
            str(tmp_path),
            "--format",
            "html",
            "--wordpress",
            "--no-headline",
        ]
    )
    assert code == 0
    html = (tmp_path / "b.html").read_text(encoding="utf-8")
    assert "<!-- wp:paragraph -->" in html
    doc = _sample_document()
    assert doc.headline not in html
    assert html.index(doc.spot[:30]) < html.index("Kahramanmaraş, 24 Kasım 2024 –")
    assert list(tmp_path.glob("*.jpg"))


def test_usage_errors_and_help_are_turkish(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["render"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("kullanım: osbpress render")
    assert "hata: şu bağımsız değişkenler gerekli: draft, -o/--output" in err
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "seçenekler:" in out and "bu yardım iletisini göster ve çık" in out
    assert "usage" not in out and "options" not in out
