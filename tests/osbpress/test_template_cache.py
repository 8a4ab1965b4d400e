"""Compiled templates kept between runs: used when sound, ignored when broken or unwritable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from jinja2 import Environment

from osbpress.paths import cache_dir
from osbpress.template_cache import TemplateCache, from_string

_SOURCE = "{{ ad }} heyeti {% if sayı %}{{ sayı }} kişi{% endif %}"


def _environment(**options: object) -> Environment:
    return Environment(bytecode_cache=TemplateCache("deneme"), **options)  # type: ignore[arg-type]


def _entries() -> list[Path]:
    return sorted((cache_dir() / "templates" / "deneme").glob("*.jinja"))


def test_a_template_compiled_once_is_read_back_and_renders_the_same() -> None:
    first = from_string(_environment(), _SOURCE).render(ad="JICA", sayı=3)
    (entry,) = _entries()
    written = entry.stat().st_mtime_ns
    second = from_string(_environment(), _SOURCE).render(ad="JICA", sayı=3)
    assert first == second == "JICA heyeti 3 kişi"
    assert entry.stat().st_mtime_ns == written  # read, not compiled and written again


def test_the_entry_is_what_the_template_runs() -> None:
    # Proof that the cached code is used: an entry compiled from other words
    # (planted under this source's name) is what renders.
    from_string(_environment(), _SOURCE)
    (entry,) = _entries()
    other = Environment()
    cache = TemplateCache("deneme")
    bucket = cache.get_bucket(_environment(), "x", None, _SOURCE)
    bucket.code = other.compile("başka")
    entry.write_bytes(bucket.bytecode_to_string())
    assert from_string(_environment(), _SOURCE).render() == "başka"


def test_other_syntax_options_never_share_an_entry() -> None:
    source = "{% if a %}\n  evet\n{% endif %}\n"
    plain = from_string(_environment(), source).render(a=True)
    trimmed = from_string(_environment(trim_blocks=True, lstrip_blocks=True), source).render(a=True)
    assert (plain, trimmed) == ("\n  evet\n", "  evet\n")
    assert len(_entries()) == 2


@pytest.mark.parametrize("damage", [b"", b"garbage", b"j2\x00" + b"\xff" * 40])
def test_a_broken_entry_is_compiled_again(damage: bytes) -> None:
    from_string(_environment(), _SOURCE)
    (entry,) = _entries()
    entry.write_bytes(damage)
    assert from_string(_environment(), _SOURCE).render(ad="JICA", sayı=0) == "JICA heyeti "
    assert entry.read_bytes() != damage


def test_an_unwritable_cache_folder_only_costs_the_compile(unwritable_home: Path) -> None:
    assert from_string(_environment(), _SOURCE).render(ad="GIZ", sayı=2) == "GIZ heyeti 2 kişi"


def test_the_html_snippet_and_the_sentences_use_the_cache() -> None:
    # A fresh interpreter: this one has its templates compiled in memory already.
    probe = (
        "from osbpress.compose import compose\n"
        "from osbpress.render import render_html\n"
        "from osbpress.sample import sample_media, sample_profile, sample_release\n"
        "render_html(compose(sample_release(), sample_profile(), media=sample_media))\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True)
    folders = {path.name: list(path.iterdir()) for path in (cache_dir() / "templates").iterdir()}
    assert folders.keys() == {"html", "sentences"}
    assert folders["html"] and folders["sentences"]
