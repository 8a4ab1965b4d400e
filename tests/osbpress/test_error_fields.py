"""Engine errors say where in the release the fault is, beside the Turkish message."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from osbpress.compose import compose
from osbpress.document import Document
from osbpress.errors import ConflictError, CorruptStoreError, DraftError, MediaError
from osbpress.model import Photo, Profile, Release
from osbpress.render import render_docx, render_html, render_pdf
from osbpress.render.images import clear_image_cache
from osbpress.sample import sample_media, sample_release
from osbpress.validation import load_release


@pytest.mark.parametrize(
    ("draft", "field", "words"),
    [
        ({"event": {"when": "yarın"}}, ("event", "when"), "Etkinlik › Tarih ve saat"),
        (
            {"participants": [{"name": "Ayşe"}, {"name": 42}]},
            ("participants", 1, "name"),
            "Katılımcılar › 2. öğe › Ad soyad: metin olmalı",
        ),
        ({"schema_version": "bir"}, ("schema_version",), "şema sürümü geçersiz"),
    ],
)
def test_validation_errors_carry_the_first_problems_place(
    draft: dict[str, object], field: tuple[str | int, ...], words: str
) -> None:
    with pytest.raises(DraftError) as caught:
        load_release(json.dumps(draft), what="“a.json”")
    assert caught.value.field == field
    message = str(caught.value)
    assert message.startswith("“a.json”") and words in message


def _photos(*images: str) -> Release:
    return Release(photos=[Photo(image=image, caption=f"Altyazı {image}") for image in images])


def test_compose_places_photo_and_logo_errors() -> None:
    def media(reference: str) -> bytes:
        if reference == "eksik.jpg":
            raise MediaError("“eksik.jpg” bulunamadı")
        return b"bytes"

    with pytest.raises(MediaError) as caught:
        compose(_photos("var.jpg", "eksik.jpg"), media=media)
    assert caught.value.field == ("photos", 1, "image")
    assert str(caught.value) == "“eksik.jpg” bulunamadı"

    unchosen = Release(photos=[Photo(caption="Görseli seçilmemiş")])
    with pytest.raises(MediaError, match="görseli seçilmemiş") as caught:
        compose(unchosen, media=media)
    assert caught.value.field == ("photos", 0, "image")

    with pytest.raises(MediaError) as caught:
        compose(Release(), Profile(name="Gebze OSB", logo="eksik.jpg"), media=media)
    assert caught.value.field == ("logo",)


@pytest.mark.parametrize("render", [render_pdf, render_docx, render_html])
def test_a_photo_the_renderer_cannot_read_points_at_its_field(
    render: Callable[[Document], object],
) -> None:
    clear_image_cache()
    release = sample_release()
    release.photos.append(Photo(image="bozuk.jpg", caption="Bozuk fotoğraf"))

    def media(reference: str) -> bytes:
        return b"not an image" if reference == "bozuk.jpg" else sample_media(reference)

    doc = compose(release, media=media)
    with pytest.raises(MediaError) as caught:
        render(doc)
    assert caught.value.field == ("photos", 1, "image")
    assert "Bozuk fotoğraf" in str(caught.value)


def test_a_bad_logo_points_at_the_logo() -> None:
    doc = compose(Release(), Profile(name="Gebze OSB", logo="logo.svg"), media=lambda _: b"<svg/>")
    with pytest.raises(MediaError, match=r"^Logo ") as caught:
        render_pdf(doc)
    assert caught.value.field == ("logo",)


def test_store_errors_keep_their_own_details(tmp_path: Path) -> None:
    conflict = ConflictError("çakışma", "abc", 3, 2)
    assert (str(conflict), conflict.field, conflict.revision, conflict.other_revision) == (
        "çakışma",
        (),
        3,
        2,
    )
    corrupt = CorruptStoreError("bozuk", tmp_path, (tmp_path / "y",))
    assert (str(corrupt), corrupt.field, corrupt.backups) == ("bozuk", (), (tmp_path / "y",))
