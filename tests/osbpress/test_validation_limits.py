"""Valid JSON past what can be read, and paths no file system takes: the message says which."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from osbpress.bundle import import_bundle
from osbpress.errors import BundleError, DraftError
from osbpress.model import Photo, Profile
from osbpress.validation import load_profile, load_release, load_release_file


def test_deep_nesting_names_the_depth_limit() -> None:
    text = '{"notes": ' + "[" * 100_000 + "]" * 100_000 + "}"
    with pytest.raises(DraftError, match="iç içe yapı çok derin") as caught:
        load_release(text)
    assert "düzey" in str(caught.value)


def test_a_huge_integer_names_the_digit_limit() -> None:
    text = '{"schema_version": ' + "9" * 5000 + "}"
    with pytest.raises(DraftError, match=r"çok uzun bir sayı içeriyor \(en çok \d+ basamak"):
        load_release(text)


def test_broken_json_still_says_where() -> None:
    with pytest.raises(DraftError, match=r"geçerli bir JSON değil \(satır 1, sütun 2\)"):
        load_release("{,}")


def test_a_bundle_manifest_past_a_limit_says_which(tmp_path: Path) -> None:
    path = tmp_path / "derin.osbpress"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("manifest.json", "[" * 50_000 + "]" * 50_000)
        archive.writestr("draft.json", "{}")
    path.write_bytes(out.getvalue())
    with pytest.raises(BundleError, match=r"manifest\.json okunamadı: iç içe yapı çok derin"):
        import_bundle(path)


def test_nul_in_a_photo_path_names_the_field(tmp_path: Path) -> None:
    draft = tmp_path / "taslak.json"
    draft.write_text(json.dumps({"photos": [{"image": "foto\x00.jpg"}]}), encoding="utf-8")
    with pytest.raises(DraftError) as caught:
        load_release_file(draft)
    assert "Fotoğraflar › 1. öğe › Görsel: dosya yolunda NUL karakteri olamaz" in str(caught.value)
    assert caught.value.field == ("photos", 0, "image")


def test_nul_in_a_logo_path_names_the_field() -> None:
    with pytest.raises(DraftError, match="Logo: dosya yolunda NUL karakteri olamaz") as caught:
        load_profile(json.dumps({"logo": "logo\x00.png"}))
    assert caught.value.field == ("logo",)


def test_paths_without_nul_are_kept() -> None:
    assert Photo(image="klasör/foto 1.jpg").image == "klasör/foto 1.jpg"
    assert Profile(logo="sha256:" + "a" * 64).logo.startswith("sha256:")
