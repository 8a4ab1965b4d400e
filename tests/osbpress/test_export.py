"""export(): every format written whole, progress reported, cancel and failure leave nothing."""

from __future__ import annotations

import dataclasses
import errno
import io
from pathlib import Path

import docx
import pytest

from osbpress.document import Document, Figure
from osbpress.errors import Cancelled, DraftError, ExportError, MediaError
from osbpress.export import ExportOptions, check_formats, export, stem_for
from osbpress.files import write_error
from osbpress.model import Release
from tests.osbpress.render.conftest import photo_bytes, turkish_document
from tests.osbpress.render.readback import parse_html, pdf_pages


def _with_photos(count: int) -> Document:
    doc = turkish_document()
    figures = tuple(
        Figure(data=photo_bytes(600 + 10 * n, 400), name=f"Foto {n}", caption=f"Altyazı {n}")
        for n in range(1, count + 1)
    )
    return dataclasses.replace(doc, body=(*doc.body, *figures))


def test_every_format_is_written_and_reads_back(tmp_path: Path) -> None:
    doc = turkish_document()
    seen: list[tuple[int, int, str]] = []
    paths = export(
        doc, tmp_path / "yeni" / "klasör", "bülten", ["pdf", "docx", "html", "txt"],
        progress=lambda done, total, label: seen.append((done, total, label)),
    )  # fmt: skip
    folder = tmp_path / "yeni" / "klasör"
    names = [path.name for path in paths]
    assert names[:3] == ["bülten.pdf", "bülten.docx", "bülten.html"]
    assert names[-1] == "bülten.txt"
    assert all(path.parent == folder for path in paths)
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)  # no temporary files left
    assert "Kahramanmaraş OSB’yi Ziyaret Etti" in pdf_pages((folder / "bülten.pdf").read_bytes())[0]
    paragraphs = [p.text for p in docx.Document(io.BytesIO(paths[1].read_bytes())).paragraphs]
    assert doc.headline in paragraphs
    html = (folder / "bülten.html").read_text(encoding="utf-8")
    parsed = parse_html(html)
    sources = [
        str(value) for tag, name, value in parsed.attributes if (tag, name) == ("img", "src")
    ]
    assert sources and all((folder / src).is_file() for src in sources)
    assert doc.headline in (folder / "bülten.txt").read_text(encoding="utf-8")
    # Progress: one call per step then the end; counts rise, the total never changes.
    totals = {total for _, total, _ in seen}
    assert len(totals) == 1
    assert [done for done, _, _ in seen] == list(range(len(seen)))
    assert seen[-1] == (len(seen) - 1, len(seen) - 1, "Dışa aktarma tamamlandı")
    labels = [label for _, _, label in seen]
    assert "PDF hazırlanıyor" in labels and "Fotoğraf 1/1 hazırlanıyor" in labels


def test_html_options_reach_the_snippet(tmp_path: Path) -> None:
    doc = turkish_document()
    options = ExportOptions(wordpress=True, headline=False)
    (path, *_) = export(doc, tmp_path, "b", ["html"], options=options)
    html = path.read_text(encoding="utf-8")
    assert "<!-- wp:paragraph -->" in html
    assert "<h1" not in html


def test_cancel_between_formats_leaves_the_folder_as_it_was(tmp_path: Path) -> None:
    (tmp_path / "b.pdf").write_bytes(b"last week's export")
    labels: list[str] = []
    with pytest.raises(Cancelled, match="Dışa aktarma iptal edildi"):
        export(
            turkish_document(), tmp_path, "b", ["pdf", "txt"],
            progress=lambda done, total, label: labels.append(label),
            cancelled=lambda: "Düz metin hazırlanıyor" in labels,
        )  # fmt: skip
    assert labels[-1] == "Düz metin hazırlanıyor"  # the PDF was rendered before the cancel
    assert [p.name for p in tmp_path.iterdir()] == ["b.pdf"]
    assert (tmp_path / "b.pdf").read_bytes() == b"last week's export"


def test_cancel_between_html_photos(tmp_path: Path) -> None:
    labels: list[str] = []
    with pytest.raises(Cancelled):
        export(
            _with_photos(3), tmp_path, "b", ["txt", "html"],
            progress=lambda done, total, label: labels.append(label),
            cancelled=lambda: any(label.startswith("Fotoğraf 2/") for label in labels),
        )  # fmt: skip
    assert labels[-1] == "Fotoğraf 2/4 hazırlanıyor"
    assert list(tmp_path.iterdir()) == []


def test_unknown_format_is_refused_before_anything_is_made(tmp_path: Path) -> None:
    message = "bilinmeyen biçim: odt (bilinenler: pdf, docx, html, txt)"
    with pytest.raises(DraftError) as caught:
        export(turkish_document(), tmp_path / "yok", "b", ["pdf", "odt"])
    assert str(caught.value) == message
    assert not (tmp_path / "yok").exists()
    with pytest.raises(DraftError, match=r"\(boş\)"):
        check_formats([" ", ""])
    assert check_formats([" PDF", "txt", "pdf"]) == ["pdf", "txt"]


def test_a_stem_with_a_path_in_it_is_refused(tmp_path: Path) -> None:
    for stem in ("../dışarı", "a/b", "", ".."):
        with pytest.raises(DraftError, match="dosya adı"):
            export(turkish_document(), tmp_path, stem, ["txt"])


def test_a_bad_photo_writes_nothing(tmp_path: Path) -> None:
    doc = _with_photos(2)
    broken = dataclasses.replace(doc.body[-1], data=b"not a photo")
    doc = dataclasses.replace(doc, body=(*doc.body[:-1], broken))
    with pytest.raises(MediaError, match="Foto 2"):
        export(doc, tmp_path, "b", ["txt", "html"])
    assert list(tmp_path.iterdir()) == []


def test_disk_refusal_names_the_path(tmp_path: Path) -> None:
    (tmp_path / "b.pdf").mkdir()  # a folder where the PDF should go
    with pytest.raises(ExportError) as caught:
        export(turkish_document(), tmp_path, "b", ["pdf", "txt"])
    assert caught.value.path == tmp_path / "b.pdf"
    assert str(caught.value).startswith(f"“{tmp_path / 'b.pdf'}” yazılamadı")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.pdf"]  # no temp files left
    blocked = tmp_path / "dosya"
    blocked.write_text("x")
    with pytest.raises(ExportError, match="yazılamadı"):
        export(turkish_document(), blocked / "alt", "b", ["txt"])
    full = write_error(tmp_path / "c.pdf", OSError(errno.ENOSPC, "No space left on device"))
    assert "diskte yer kalmadı" in str(full)
    denied = write_error(tmp_path / "c.pdf", PermissionError(errno.EACCES, "Permission denied"))
    assert "yazma izniniz yok" in str(denied)


@pytest.mark.parametrize(
    ("headline", "stem"),
    [
        ("JICA Heyeti Kahramanmaraş OSB’yi Ziyaret Etti", "JICA Heyeti Kahramanmaraş OSB’yi Ziyaret Etti"),
        ("", "bulten"),
        ("  \n ", "bulten"),
        ("Gelir/Gider: 2024 “Özet”?", "Gelir Gider 2024 “Özet”"),
        ("..\\..\\etc", "etc"),
        ("CON", "bulten"),
        ("İŞ " + "uzun " * 30, ("İŞ " + "uzun " * 30)[:80].rsplit(" ", 1)[0]),
    ],
)  # fmt: skip
def test_stem_for_keeps_turkish_and_drops_paths(headline: str, stem: str) -> None:
    assert stem_for(Release(headline=headline)) == stem
    assert len(stem) <= 80
