"""``osbpress drafts``: the store from the command line, with Turkish output and errors."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from osbpress.cli import main
from osbpress.store import DraftStore


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "osb-veri"
    monkeypatch.setenv("OSBPRESS_HOME", str(folder))
    return folder


@pytest.fixture
def sample_json(tmp_path: Path) -> Path:
    path = tmp_path / "ornek" / "ziyaret.json"
    assert main(["sample", "-o", str(path)]) == 0
    return path


def _import(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["drafts", "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("İçe aktarıldı: ")
    return out.split()[2]


def test_import_list_show_and_search(
    home: Path, sample_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft_id = _import(sample_json, capsys)
    with DraftStore(home / "taslaklar.sqlite3", auto_backup=False) as store:
        photo = store.get(draft_id).release.photos[0].image
        assert photo.startswith("sha256:")  # the photo now lives in the store
        assert store.get_media(photo) == (sample_json.parent / "ziyaret.jpg").read_bytes()

    assert main(["drafts", "list"]) == 0
    listed = capsys.readouterr().out
    assert draft_id in listed and "sürüm 1" in listed and "ziyaret" in listed

    assert main(["drafts", "show", draft_id]) == 0
    shown = capsys.readouterr().out
    assert f"Kimlik: {draft_id}" in shown
    assert "Bülten tarihi: 24 Kasım 2024" in shown
    assert "Japonya ile Ortak Çalışma Alanları" in shown

    assert main(["drafts", "show", draft_id, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["dateline_city"] == "Kahramanmaraş"

    assert main(["drafts", "search", "KAHRAMANMARAŞ", "jıca"]) == 0
    assert draft_id in capsys.readouterr().out
    assert main(["drafts", "search", "olmayan"]) == 0
    assert capsys.readouterr().out == "“olmayan” için sonuç yok.\n"


def test_export_then_import_a_bundle(
    home: Path, sample_json: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft_id = _import(sample_json, capsys)
    target = tmp_path / "paylas" / "ziyaret"
    target.parent.mkdir()
    assert main(["drafts", "export", draft_id, str(target)]) == 0
    bundle = target.with_name("ziyaret.osbpress")
    assert f"Dışa aktarıldı: {bundle}" in capsys.readouterr().out
    assert "draft.json" in zipfile.ZipFile(bundle).namelist()

    copy_id = _import(bundle, capsys)
    with DraftStore(home / "taslaklar.sqlite3", auto_backup=False) as store:
        assert store.get(copy_id).release == store.get(draft_id).release


def test_export_into_a_folder_names_the_file_after_the_headline(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "b.json"
    draft.write_text('{"headline": "Yeni Fabrika: “Açılış” Töreni"}', encoding="utf-8")
    draft_id = _import(draft, capsys)
    folder = tmp_path / "paylas"
    folder.mkdir()
    assert main(["drafts", "export", draft_id, str(folder)]) == 0
    bundle = folder / "Yeni Fabrika “Açılış” Töreni.osbpress"
    assert capsys.readouterr().out == f"Dışa aktarıldı: {bundle}\n"
    assert [p.name for p in folder.iterdir()] == [bundle.name]
    assert not folder.with_name("paylas.osbpress").exists()  # never beside the folder
    # A path written as a folder ("yeni/") is made and gets the file inside too.
    assert main(["drafts", "export", draft_id, f"{tmp_path / 'yeni'}{os.sep}"]) == 0
    assert (tmp_path / "yeni" / bundle.name).is_file()


def test_render_accepts_a_bundle(
    home: Path, sample_json: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft_id = _import(sample_json, capsys)
    bundle = tmp_path / "b.osbpress"
    assert main(["drafts", "export", draft_id, str(bundle)]) == 0
    out = tmp_path / "cikti"
    assert main(["render", str(bundle), "-o", str(out), "--format", "txt"]) == 0
    assert "Kahramanmaraş OSB’yi" in (out / "b.txt").read_text(encoding="utf-8")


def test_trash_restore_and_revisions(
    home: Path, sample_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft_id = _import(sample_json, capsys)
    with DraftStore(home / "taslaklar.sqlite3", auto_backup=False) as store:
        release = store.get(draft_id).release
        store.save(draft_id, release.model_copy(update={"headline": "Elle Yazılan Başlık"}))

    assert main(["drafts", "revisions", draft_id]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[0] == "2" and "Elle Yazılan Başlık" in lines[0]
    assert lines[1].split()[0] == "1" and "dosyasından alındı" in lines[1]

    assert main(["drafts", "restore", draft_id, "--revision", "1"]) == 0
    assert "1. sürüm geri yüklendi; yeni sürüm: 3" in capsys.readouterr().out

    assert main(["drafts", "trash", draft_id]) == 0
    assert "Çöp kutusuna taşındı" in capsys.readouterr().out
    assert main(["drafts", "list"]) == 0
    assert capsys.readouterr().out == "Listelenecek taslak yok.\n"
    assert main(["drafts", "list", "--trash"]) == 0
    assert "[çöpte]" in capsys.readouterr().out
    assert main(["drafts", "restore", draft_id]) == 0
    assert main(["drafts", "list"]) == 0
    assert draft_id in capsys.readouterr().out


def test_bad_input_gives_a_turkish_error_and_nonzero_exit(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["drafts", "show", "yok123"]) == 2
    assert "Hata: “yok123” kimlikli taslak bulunamadı" in capsys.readouterr().err

    broken = tmp_path / "bozuk.osbpress"
    broken.write_bytes(b"zip degil")
    assert main(["drafts", "import", str(broken)]) == 2
    assert "bozuk.osbpress" in capsys.readouterr().err
    assert main(["drafts", "list"]) == 0
    assert capsys.readouterr().out == "Listelenecek taslak yok.\n"

    with pytest.raises(SystemExit) as caught:
        main(["drafts", "list", "--limit", "sıfır"])
    assert caught.value.code == 2
    assert "“sıfır” bir tam sayı değil" in capsys.readouterr().err


def test_unreadable_store_is_named(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home.mkdir()
    (home / "taslaklar.sqlite3").write_bytes(b"bu bir veritabani degil" * 100)
    assert main(["drafts", "list"]) == 2
    error = capsys.readouterr().err
    assert "taslaklar.sqlite3” bir OSB Basın taslak veritabanı değil" in error
    assert "osbpress drafts recover" in error
    assert main(["drafts", "recover"]) == 0
    assert "kenara alındı" in capsys.readouterr().out
    assert main(["drafts", "list"]) == 0
    assert main(["drafts", "recover"]) == 0
    assert "Taslak deposu sağlam" in capsys.readouterr().out
