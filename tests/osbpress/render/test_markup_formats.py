"""Section markup survives into every format: each typed word, in order, and each link address.

Hypothesis writes section bodies from paragraphs, ``>`` quotes of several
paragraphs (with a list inside now and then), nested bullet and numbered
lists and subheadings, each with bold, italic and linked words. The body is
parsed as compose parses it and rendered to PDF, DOCX, HTML and text; then
each output is read back as its reader does (pypdf text and link
annotations, python-docx paragraphs and hyperlink relationships, parsed
HTML, the text itself) and must hold every word in typing order and exactly
the link addresses that were typed. ``rich_document`` (the sample plus a
section of such markup, a block quote and a second photo) is the rich draft
the DOCX and HTML read-back tests share.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from docx import Document as open_docx
from docx.opc.constants import RELATIONSHIP_TYPE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from osbpress.compose import compose
from osbpress.compose.markup import parse
from osbpress.document import Document, Letterhead, Meta
from osbpress.model import Photo, Section
from osbpress.render import render_docx, render_html, render_pdf, render_text
from osbpress.sample import sample_media, sample_profile, sample_release
from tests.osbpress.render.conftest import photo_bytes
from tests.osbpress.render.readback import letters, parse_html

_LETTERS = "abcçdefgğhıijklmnoöprsştuüvyzâ"
WORD = st.text(alphabet=_LETTERS, min_size=2, max_size=9)
# Addresses in ASCII: markdown-it stores a Turkish letter in a link percent-encoded.
NAME = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)


@dataclass
class Body:
    """Markup lines being written, with the words and addresses they hold in reading order.

    ``addresses`` are links; ``shown`` are addresses typed in a subheading,
    which holds no links and shows each address after its words instead.
    """

    lines: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)


@st.composite
def inline(draw: st.DrawFn, body: Body, *, heading: bool = False) -> str:
    """A line of words, some bold, italic or linked."""
    pieces = []
    for _ in range(draw(st.integers(1, 4))):
        words = draw(st.lists(WORD, min_size=1, max_size=3))
        body.words += words
        text = " ".join(words)
        match draw(st.sampled_from(("plain", "bold", "italic", "web", "mail"))):
            case "bold":
                text = f"**{text}**"
            case "italic":
                text = f"*{text}*"
            case "web" | "mail" as kind:
                if kind == "web":
                    address = f"https://{draw(NAME)}.example/{draw(NAME)}"
                else:
                    address = f"mailto:{draw(NAME)}@{draw(NAME)}.example"
                (body.shown if heading else body.addresses).append(address)
                text = f"[{text}]({address})"
        pieces.append(text)
    return " ".join(pieces)


@st.composite
def a_list(draw: st.DrawFn, body: Body, indent: str, depth: int) -> list[str]:
    ordered = draw(st.booleans())
    lines = []
    for number in range(1, draw(st.integers(1, 3)) + 1):
        mark = f"{number}. " if ordered else "- "
        lines.append(f"{indent}{mark}{draw(inline(body))}")
        if depth < 2 and draw(st.integers(0, 2)) == 0:
            lines += draw(a_list(body, indent + " " * len(mark), depth + 1))
    return lines


@st.composite
def bodies(draw: st.DrawFn) -> Body:
    body = Body()
    for _ in range(draw(st.integers(1, 6))):
        match draw(st.sampled_from(("paragraph", "quote", "list", "heading"))):
            case "paragraph":
                body.lines += [draw(inline(body)), ""]
            case "heading":
                body.lines += [f"## {draw(inline(body, heading=True))}", ""]
            case "list":
                body.lines += [*draw(a_list(body, "", 0)), ""]
            case "quote":
                quote: list[str] = []
                for _ in range(draw(st.integers(1, 3))):
                    if quote:
                        quote.append("")
                    if draw(st.integers(0, 3)) == 0:
                        quote += draw(a_list(body, "", 1))
                    else:
                        quote.append(draw(inline(body)))
                body.lines += [f"> {line}".rstrip() for line in quote] + [""]
    return body


RICH_MARKUP = """\
> Bakınız [bölgenin sitesi](https://kahramanmarasosb.example/yatirim) ve **kalın** yazı.
>
> İkinci paragraf da *alıntının* içinde.

- üst madde
  - alt madde [bağlantılı](mailto:yatirim@kahramanmarasosb.example)
  - öbür alt madde
- son madde

1. birinci adım
   1. ilk ayrıntı
   2. ikinci ayrıntı
2. ikinci adım
"""


def rich_document() -> Document:
    """The sample release plus a section of rich markup, a block quote and a second photo.

    The second photo has no caption, so its alt text falls back to its name.
    """
    release = sample_release()
    profile = sample_profile()
    profile = profile.model_copy(
        update={"style": profile.style.model_copy(update={"quote_style": "block"})}
    )
    release = release.model_copy(
        update={
            "sections": [*release.sections, Section(heading="Ayrıntılar", body=RICH_MARKUP)],
            "photos": [*release.photos, Photo(image="ikinci.jpg", credit="Basın Birimi")],
        }
    )

    def media(reference: str) -> bytes:
        return photo_bytes(900, 600) if reference == "ikinci.jpg" else sample_media(reference)

    return compose(release, profile, media=media)


def _document(markup: str) -> Document:
    return Document(
        meta=Meta(title="Başlık"),
        letterhead=Letterhead(organisation="Kurum"),
        headline="Başlık",
        body=tuple(parse(markup)),
        end_mark="",
    )


def _in_order(words: list[str], text: str) -> list[str]:
    """The words not found in ``text`` (letters only) in their typed order."""
    missing, position = [], 0
    for word in words:
        found = text.find(word, position)
        if found < 0:
            missing.append(word)
        else:
            position = found + len(word)
    return missing


def _pdf(doc: Document) -> tuple[str, set[str]]:
    return _pdf_from(render_pdf(doc, deterministic=True))


def _pdf_from(data: bytes) -> tuple[str, set[str]]:
    reader = PdfReader(io.BytesIO(data))
    text = "".join(page.extract_text() or "" for page in reader.pages)
    uris = {
        str(annotation.get_object()["/A"]["/URI"])
        for page in reader.pages
        for annotation in page.get("/Annots") or []
        if "/A" in annotation.get_object()
    }
    return text, uris


def _docx(doc: Document) -> tuple[str, set[str]]:
    word = open_docx(io.BytesIO(render_docx(doc)))
    text = " ".join(paragraph.text for paragraph in word.paragraphs)
    targets = {
        rel.target_ref
        for rel in word.part.rels.values()
        if rel.reltype == RELATIONSHIP_TYPE.HYPERLINK
    }
    return text, targets


def _html(doc: Document) -> tuple[str, set[str]]:
    parsed = parse_html(render_html(doc).html)
    assert parsed.errors == []
    return " ".join(parsed.text), {
        value or "" for _, name, value in parsed.attributes if name == "href"
    }


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bodies())
def test_every_word_and_link_of_the_markup_reaches_every_format(body: Body) -> None:
    markup = "\n".join(body.lines)
    doc = _document(markup)
    for name, read in (("pdf", _pdf), ("docx", _docx), ("html", _html)):
        text, addresses = read(doc)
        assert _in_order(body.words, letters(text)) == [], f"{name} lost words:\n{markup}"
        assert addresses == set(body.addresses), f"{name} links differ:\n{markup}"
        assert _in_order([letters(a) for a in body.shown], letters(text)) == [], name
    text = render_text(doc)
    assert _in_order(body.words, letters(text)) == [], f"txt lost words:\n{markup}"
    assert all(f"({address})" in text for address in body.addresses), markup


def _left_edges(data: bytes, texts: tuple[str, ...]) -> dict[str, float]:
    """Where each of ``texts`` starts on the page (x in points), as pypdf finds the text."""
    edges: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        for wanted in texts:
            if text.startswith(wanted) and wanted not in edges:
                edges[wanted] = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return edges


def test_pdf_nests_lists_and_keeps_the_quote_link() -> None:
    data = render_pdf(rich_document(), deterministic=True)
    edges = _left_edges(data, ("üst madde", "alt madde", "son madde", "birinci", "ilk ayrıntı"))
    assert edges["alt madde"] > edges["üst madde"] == edges["son madde"]
    assert edges["ilk ayrıntı"] > edges["birinci"]
    text, uris = _pdf_from(data)
    assert "https://kahramanmarasosb.example/yatirim" in uris
    assert "mailto:yatirim@kahramanmarasosb.example" in uris
    assert "Bakınız bölgenin sitesi ve kalın yazı." in " ".join(text.split())


def test_a_list_nested_a_dozen_levels_deep_fits_every_format() -> None:
    words = [f"madde{'abcçdefgğhıi'[level]}" for level in range(12)]
    doc = _document("".join(f"{'  ' * level}- {word}\n" for level, word in enumerate(words)))
    for read in (_pdf, _docx, _html):
        text, _ = read(doc)
        assert _in_order(words, letters(text)) == []
    assert _in_order(words, letters(render_text(doc))) == []
