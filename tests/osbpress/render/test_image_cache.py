"""Prepared photos are cached by content and size: a caption edit decodes nothing again."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from osbpress.document import Document, Figure
from osbpress.render import render_html, render_pdf
from osbpress.render.image_cache import ImageCache
from osbpress.render.images import (
    CACHE_BYTES,
    clear_image_cache,
    image_cache_info,
    print_image,
    web_image,
)
from tests.osbpress.render.conftest import photo_bytes


@pytest.fixture(autouse=True)
def empty_cache() -> Iterator[None]:
    clear_image_cache()
    yield
    clear_image_cache()


def _figure(caption: str, data: bytes) -> Figure:
    return Figure(data=data, name="Heyet", caption=caption)


def test_a_caption_edit_finds_the_photo_prepared(document: Document) -> None:
    data = photo_bytes(1600, 1000)
    first = print_image(_figure("Heyet tesiste", data))
    assert image_cache_info().misses == 1
    # Same bytes, new caption, even a fresh bytes object: no second decode.
    again = print_image(_figure("Heyet tesiste, soldan sağa", bytes(bytearray(data))))
    assert again == first
    info = image_cache_info()
    assert (info.hits, info.misses, info.entries) == (1, 1, 1)
    # Another size of the same photo is its own entry.
    web_image(_figure("x", data))
    assert image_cache_info().misses == 2


def test_rerendering_a_release_decodes_each_photo_once(document: Document) -> None:
    render_pdf(document)
    render_html(document)
    decodes = image_cache_info().misses
    (figure,) = [block for block in document.body if isinstance(block, Figure)]
    edited = dataclasses.replace(figure, caption="Yeni altyazı")
    body = tuple(edited if block is figure else block for block in document.body)
    render_pdf(dataclasses.replace(document, body=body))
    render_html(dataclasses.replace(document, body=body))
    assert image_cache_info().misses == decodes
    assert image_cache_info().size <= CACHE_BYTES


def test_clear_forgets_everything() -> None:
    print_image(_figure("a", photo_bytes(300, 200)))
    clear_image_cache()
    assert image_cache_info() == image_cache_info().__class__(0, 0, 0, 0)
    print_image(_figure("a", photo_bytes(300, 200)))
    assert image_cache_info().misses == 1


@dataclass(frozen=True)
class _Blob:
    data: bytes


def test_the_bound_is_in_bytes_and_the_oldest_go_first() -> None:
    cache: ImageCache[_Blob] = ImageCache(limit=1000)
    for key in range(3):
        cache.put(key, _Blob(bytes(300)))
    assert cache.info().size == 900
    assert cache.get(0) is not None  # 0 is now the most recently used
    cache.put(3, _Blob(bytes(300)))  # 1200 > 1000: the least recently used (1) goes
    assert cache.get(1) is None
    assert all(cache.get(key) is not None for key in (0, 2, 3))
    assert cache.info().size == 1200 - 300
    cache.put(9, _Blob(bytes(5000)))  # larger than the whole bound: not kept
    assert cache.get(9) is None and cache.info().size == 900
    cache.put(0, _Blob(bytes(100)))  # replacing an entry frees its old size
    assert cache.info().size == 700
