"""The CMS snippet parsed into a tree, as a paste handler or the block parser sees it.

Plain HTML: a quote's speaker is a paragraph of its own (``<p><cite>``) so a
paste gives two clean paragraphs; nested lists sit inside their ``<li>``;
contact addresses are links; photos carry no fixed width. WordPress markup:
the block delimiters nest as the block parser reads them (a core/list inside
its core/list-item, paragraphs inside core/quote with the citation after
them), for the sample and a rich draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest

from osbpress.compose import compose
from osbpress.document import BlockQuote, Document
from osbpress.render import render_html
from osbpress.sample import sample_media, sample_profile, sample_release
from tests.osbpress.render.test_markup_formats import rich_document

_VOID = {"br", "img"}


@dataclass
class Node:
    """An element, a text or a comment (``tag`` "#text" / "#comment", ``text`` its content)."""

    tag: str
    attrs: dict[str, str | None] = field(default_factory=dict)
    children: list[Node] = field(default_factory=list)
    text: str = ""

    def elements(self, tag: str = "") -> list[Node]:
        return [c for c in self.children if not c.tag.startswith("#") and tag in ("", c.tag)]

    def find_all(self, tag: str) -> list[Node]:
        found = []
        for child in self.children:
            if child.tag == tag:
                found.append(child)
            found += child.find_all(tag)
        return found

    def content(self) -> str:
        if self.tag == "#text":
            return self.text
        return "".join(child.content() for child in self.children if child.tag != "#comment")


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root")
        self._open = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs))
        self._open[-1].children.append(node)
        if tag not in _VOID:
            self._open.append(node)

    def handle_endtag(self, tag: str) -> None:
        assert self._open[-1].tag == tag, f"</{tag}> closes <{self._open[-1].tag}>"
        self._open.pop()

    def handle_data(self, data: str) -> None:
        self._open[-1].children.append(Node("#text", text=data))

    def handle_comment(self, data: str) -> None:
        self._open[-1].children.append(Node("#comment", text=data.strip()))


def tree(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


@pytest.fixture(scope="module", params=["sample", "rich"])
def document(request: pytest.FixtureRequest) -> Document:
    if request.param == "rich":
        return rich_document()
    return compose(sample_release(), sample_profile(), media=sample_media)


@pytest.fixture(scope="module")
def rich() -> Document:
    return rich_document()


def test_the_speaker_is_a_paragraph_of_its_own_inside_the_quote(rich: Document) -> None:
    quotes = tree(render_html(rich).html).find_all("blockquote")
    spoken = [b for b in rich.body if isinstance(b, BlockQuote) and b.attribution]
    assert spoken and len(quotes) == len([b for b in rich.body if isinstance(b, BlockQuote)])
    for quote, block in zip(quotes, spoken, strict=False):
        paragraphs = quote.elements()
        assert all(child.tag == "p" for child in paragraphs)
        *said, speaker = paragraphs
        assert [c.tag for c in speaker.elements()] == ["cite"]
        assert speaker.content() == f"— {block.attribution}"
        assert block.attribution not in "".join(p.content() for p in said)


def test_a_markup_quote_keeps_its_paragraphs_link_and_bold(rich: Document) -> None:
    quote = next(
        q for q in tree(render_html(rich).html).find_all("blockquote") if "Bakınız" in q.content()
    )
    first, second = quote.elements("p")
    assert first.content() == "“Bakınız bölgenin sitesi ve kalın yazı."
    [link] = first.find_all("a")
    assert link.attrs["href"] == "https://kahramanmarasosb.example/yatirim"
    assert [s.content() for s in first.find_all("strong")] == ["kalın"]
    assert second.content() == "İkinci paragraf da alıntının içinde.”"
    assert [e.content() for e in second.find_all("em")] == ["alıntının"]


def _outline(listing: Node) -> list[object]:
    """A list as nested Python lists of item texts: ["üst", ["alt"], "son"]."""
    out: list[object] = []
    for item in listing.elements("li"):
        out.append("".join(c.content() for c in item.children if c.tag not in ("ul", "ol")).strip())
        out += [_outline(sub) for sub in item.elements() if sub.tag in ("ul", "ol")]
    return out


@pytest.mark.parametrize("wordpress", [False, True])
def test_nested_lists_sit_inside_their_item(rich: Document, wordpress: bool) -> None:
    root = tree(render_html(rich, wordpress=wordpress).html)
    bullets = next(u for u in root.find_all("ul") if "üst madde" in u.content())
    assert _outline(bullets) == [
        "üst madde",
        ["alt madde bağlantılı", "öbür alt madde"],
        "son madde",
    ]
    numbers = next(o for o in root.find_all("ol") if "birinci adım" in o.content())
    assert _outline(numbers) == ["birinci adım", ["ilk ayrıntı", "ikinci ayrıntı"], "ikinci adım"]
    assert [o.tag for o in numbers.find_all("ol")] == ["ol"]
    [link] = bullets.find_all("a")
    assert link.attrs["href"] == "mailto:yatirim@kahramanmarasosb.example"


def _blocks(node: Node) -> list[tuple[str, list[object]]]:
    """The block tree the block parser reads from the delimiters: (name, inner blocks)."""
    stack: list[tuple[str, list[object]]] = [("#root", [])]

    def walk(current: Node) -> None:
        for child in current.children:
            if child.tag == "#comment":
                match = re.fullmatch(r"(/?)wp:([a-z-]+)(?: \{.*\})?", child.text)
                assert match, child.text
                if match.group(1):
                    name, inner = stack.pop()
                    assert name == match.group(2)
                    stack[-1][1].append((name, inner))
                else:
                    stack.append((match.group(2), []))
            else:
                walk(child)

    walk(node)
    assert len(stack) == 1, f"unclosed {stack[1:]}"
    return stack[0][1]  # type: ignore[return-value]


def test_wordpress_blocks_nest_as_the_block_parser_reads_them(document: Document) -> None:
    html = render_html(document, wordpress=True).html
    blocks = _blocks(tree(html))
    names = {name for name, _ in blocks}
    assert names <= {"heading", "paragraph", "quote", "list", "image"}

    def check(name: str, inner: list[tuple[str, list[object]]]) -> None:
        if name == "quote":
            assert inner and all(child == "paragraph" for child, _ in inner)
        if name == "list":
            assert inner and all(child == "list-item" for child, _ in inner)
        if name == "list-item":
            assert all(child == "list" for child, _ in inner)
        for child, grand in inner:
            check(child, grand)  # type: ignore[arg-type]

    for name, inner in blocks:
        check(name, inner)  # type: ignore[arg-type]
    # core/quote saves its citation after the inner blocks, inside the blockquote.
    for quote in tree(html).find_all("blockquote"):
        cites = quote.elements("cite")
        if cites:
            assert quote.children[-1] is cites[0]


def test_contact_email_is_a_mail_link(document: Document) -> None:
    for wordpress in (False, True):
        root = tree(render_html(document, wordpress=wordpress).html)
        hrefs = [a.attrs["href"] for a in root.find_all("a")]
        assert "mailto:basin@kahramanmarasosb.example" in hrefs


def test_photos_carry_no_fixed_width_for_the_cms_to_keep(document: Document) -> None:
    for wordpress in (False, True):
        images = tree(render_html(document, wordpress=wordpress).html).find_all("img")
        assert images
        for image in images:
            assert set(image.attrs) == {"src", "alt"}
            assert image.attrs["alt"]  # the caption, else the credit line
