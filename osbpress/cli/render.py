"""``osbpress render``: a draft in, the finished release files out.

Each format has a writer turning the Document into ``(file name, bytes)``
pairs; every file is written under a temporary name and renamed, so a
failure never leaves a half-written file behind.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from osbpress.cli.output import write_atomic
from osbpress.compose import compose
from osbpress.document import Document
from osbpress.draftfile import load_draft, load_profile_file
from osbpress.errors import DraftError
from osbpress.media import MediaSource, with_store_fallback
from osbpress.model import Profile
from osbpress.paths import store_path
from osbpress.render import render_docx, render_html, render_pdf, render_text
from osbpress.store import DraftStore


@dataclass(frozen=True)
class Options:
    """Format options from the command line (only the HTML snippet has any today)."""

    wordpress: bool = False
    headline: bool = True


Writer = Callable[[Document, str, Options], list[tuple[str, bytes]]]


def _text(doc: Document, stem: str, options: Options) -> list[tuple[str, bytes]]:
    return [(f"{stem}.txt", render_text(doc).encode("utf-8"))]


def _pdf(doc: Document, stem: str, options: Options) -> list[tuple[str, bytes]]:
    return [(f"{stem}.pdf", render_pdf(doc))]


def _docx(doc: Document, stem: str, options: Options) -> list[tuple[str, bytes]]:
    return [(f"{stem}.docx", render_docx(doc))]


def _html(doc: Document, stem: str, options: Options) -> list[tuple[str, bytes]]:
    # The photos go beside the snippet under the names its <img> tags use.
    export = render_html(doc, headline=options.headline, wordpress=options.wordpress)
    return [(f"{stem}.html", export.html.encode("utf-8")), *export.images]


WRITERS: dict[str, Writer] = {
    "pdf": _pdf,
    "docx": _docx,
    "html": _html,
    "txt": _text,
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "render",
        help="taslaktan bülten dosyalarını üret",
        description="Taslaktan bülteni oluşturur ve istenen biçimlerde yazar.",
    )
    parser.add_argument("draft", type=Path, help="taslak dosyası (.json)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="çıktı klasörü")
    parser.add_argument(
        "--format",
        default=",".join(WRITERS),
        help=f"virgülle ayrılmış biçimler: {', '.join(WRITERS)} (varsayılan: hepsi)",
    )
    parser.add_argument(
        "--profile",
        type=Path,
        help="kurum profili (.json); verilmezse taslak deposundaki profil (osbpress profile set)",
    )
    parser.add_argument(
        "--wordpress",
        action="store_true",
        help="HTML’yi WordPress blok düzenleyicisinin biçiminde yaz",
    )
    parser.add_argument(
        "--no-headline",
        action="store_true",
        help="HTML’ye başlığı koyma (site başlığı kendi alanında tutar; spot ilk paragraf olur)",
    )
    parser.set_defaults(func=run)


def _formats(spec: str) -> list[str]:
    formats = [part.strip().lower() for part in spec.split(",") if part.strip()]
    unknown = [f for f in formats if f not in WRITERS]
    if unknown or not formats:
        raise DraftError(
            f"bilinmeyen biçim: {', '.join(unknown) or '(boş)'} (bilinenler: {', '.join(WRITERS)})"
        )
    return formats


@contextlib.contextmanager
def _issuer(path: Path | None, media: MediaSource) -> Iterator[tuple[Profile | None, MediaSource]]:
    """The profile to issue the release under, and where its logo and photos come from.

    A ``--profile`` file wins; else the profile saved in the draft store, if
    there is one (its logo lives in the store); else none, and compose makes
    one from the release's host.
    """
    if path is not None:
        yield load_profile_file(path), media
        return
    if not store_path().is_file():
        yield None, media
        return
    with DraftStore(store_path(), auto_backup=False) as store:
        profile = store.get_profile()
        yield (
            (profile if profile.name.strip() else None),
            with_store_fallback(media, store.media_source()),
        )


def run(args: argparse.Namespace) -> int:
    formats = _formats(args.format)
    draft = load_draft(args.draft)
    with _issuer(args.profile, draft.media) as (profile, media):
        doc = compose(draft.release, profile, media=media)
    output: Path = args.output
    output.mkdir(parents=True, exist_ok=True)
    stem = draft.path.stem
    options = Options(wordpress=args.wordpress, headline=not args.no_headline)
    files = [file for name in formats for file in WRITERS[name](doc, stem, options)]
    for name, data in files:
        write_atomic(output / name, data)
    for name, _ in files:
        print(output / name)
    return 0
