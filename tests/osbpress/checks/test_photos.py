"""Photo rules: image chosen, caption, credit, titles in captions, print size."""

from __future__ import annotations

import io

from PIL import Image

from osbpress.checks import Severity
from osbpress.errors import MediaError
from osbpress.model import Photo
from tests.osbpress.checks.conftest import edited, run


def _jpeg(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(buffer, "JPEG")
    return buffer.getvalue()


def test_the_sample_photo_passes(media: object) -> None:
    for rule in ("foto-gorsel", "foto-altyazi", "foto-kaynak", "foto-unvan", "foto-boyut"):
        assert run(rule, media=media) == [], rule


def test_caption_and_credit_missing() -> None:
    release = edited(photos=[Photo(image="a.jpg")])
    [caption] = run("foto-altyazi", release)
    [credit] = run("foto-kaynak", release)
    assert caption.field == ("photos", 0, "caption")
    assert credit.field == ("photos", 0, "credit")


def test_a_caption_without_an_image_is_a_hata() -> None:
    [finding] = run("foto-gorsel", edited(photos=[Photo(caption="Heyet", credit="OSB")]))
    assert finding.severity is Severity.HATA
    assert finding.field == ("photos", 0, "image")


def test_a_caption_naming_a_person_without_title() -> None:
    photo = Photo(image="a.jpg", caption="Hasan Köse heyeti karşıladı", credit="OSB")
    [finding] = run("foto-unvan", edited(photos=[photo]))
    assert "“Kahramanmaraş OSB Müdürü Hasan Köse”" in finding.message
    titled = photo.model_copy(update={"caption": "Kahramanmaraş OSB Müdürü Hasan Köse konuştu"})
    assert run("foto-unvan", edited(photos=[titled])) == []


def test_a_small_photo_is_too_small_for_print() -> None:
    small = _jpeg(800, 600)
    release = edited(photos=[Photo(image="kucuk.jpg", caption="Heyet", credit="OSB")])
    [finding] = run("foto-boyut", release, media=lambda ref: small)
    assert "800×600" in finding.message
    assert finding.field == ("photos", 0, "image")
    assert run("foto-boyut", release, media=lambda ref: _jpeg(1600, 900)) == []


def test_without_media_the_size_is_not_checked() -> None:
    release = edited(photos=[Photo(image="kucuk.jpg", caption="Heyet", credit="OSB")])
    assert run("foto-boyut", release) == []
    assert run("foto-boyut", release, media=lambda ref: None) == []


def test_an_unreadable_photo_is_a_hata() -> None:
    def missing(ref: str) -> bytes:
        raise MediaError(f"“{ref}” bulunamadı")

    release = edited(photos=[Photo(image="yok.jpg", caption="Heyet", credit="OSB")])
    [finding] = run("foto-boyut", release, media=missing)
    assert finding.severity is Severity.HATA
    assert "“yok.jpg” bulunamadı" in finding.message
    [garbage] = run("foto-boyut", release, media=lambda ref: b"not an image")
    assert garbage.severity is Severity.HATA
