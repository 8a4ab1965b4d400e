"""The media helpers: references, the image check, and what importing the store costs."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from osbpress.errors import MediaError, at_field
from osbpress.media import (
    MEDIA_REF_PREFIX,
    check_image,
    content_digest,
    parse_ref,
    ref_for,
    with_store_fallback,
)


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (20, 10), "navy").save(out, "PNG")
    return out.getvalue()


def test_a_reference_names_its_content() -> None:
    ref = ref_for(b"abc")
    assert ref.startswith(MEDIA_REF_PREFIX)
    assert parse_ref(ref) == ref.removeprefix(MEDIA_REF_PREFIX)
    assert parse_ref("foto.jpg") is None
    assert parse_ref("sha256:kısa") is None
    # A store reference gives its digest without hashing; a path hashes the bytes.
    assert content_digest(ref, b"not hashed") == parse_ref(ref)
    assert content_digest("foto.jpg", b"abc") == parse_ref(ref)


def test_check_image_accepts_a_picture_and_names_a_bad_file() -> None:
    assert check_image(_png(), "logo.png") == "PNG"
    with pytest.raises(MediaError, match=r"“notlar\.txt” bir görsel değil") as caught:
        check_image(b"metin", "notlar.txt")
    assert caught.value.field == ()


def test_at_field_places_an_error_that_has_no_place_yet() -> None:
    with pytest.raises(MediaError) as caught, at_field(("photos", 2, "image")):
        check_image(b"metin", "a.jpg")
    assert caught.value.field == ("photos", 2, "image")
    assert str(caught.value) == "“a.jpg” bir görsel değil ya da bozuk."
    # An inner, more precise place wins.
    with pytest.raises(MediaError) as caught, at_field(("photos",)), at_field(("logo",)):
        raise MediaError("x")
    assert caught.value.field == ("logo",)


def test_store_fallback_is_only_for_store_references(tmp_path: Path) -> None:
    def files(reference: str) -> bytes:
        raise MediaError(f"“{reference}” bulunamadı")

    def store(reference: str) -> bytes:
        return b"from the store"

    media = with_store_fallback(files, store)
    assert media(ref_for(b"x")) == b"from the store"
    with pytest.raises(MediaError, match=r"“eksik\.jpg” bulunamadı"):
        media("eksik.jpg")


@pytest.mark.parametrize("module", ["osbpress.store", "osbpress.media", "osbpress.bundle"])
def test_importing_the_store_loads_no_renderer(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        "heavy = sorted(m for m in ('reportlab', 'docx', 'osbpress.render', 'osbpress.compose')"
        " if m in sys.modules)\n"
        "print(','.join(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""
