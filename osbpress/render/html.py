"""The HTML snippet for the website's CMS, plus its photos as web-sized JPEGs.

``render_html`` returns an ``HtmlExport``: a semantic fragment
(``<article lang="tr">`` with h1–h3, p, blockquote, ul/ol, figure) and the
photos to upload beside it. The CMS holds the date and categories itself, so
the snippet starts at the headline (optional) and spot and ends with the
contact and "Hakkında" paragraphs; the letterhead and end mark stay out.
Nested lists nest (``<li>`` holding its ``<ul>``); a quote's speaker is a
``<p><cite>`` of its own inside the ``<blockquote>``, so a paste keeps it apart
from the words; the contact's e-mail and web addresses are links.
With ``wordpress=True`` every block is wrapped in the block editor's comment
delimiters, so pasting into the code editor gives one block per paragraph,
heading, quote, list and photo (no <article> wrapper in that mode, which the
editor would turn into Classic blocks); there the speaker fills the quote
block's own citation field and a nested list is a core/list inside its core/list-item.

Safety comes in three layers: the template autoescapes every typed string;
links keep only http, https and mailto addresses; the result passes nh3 with
an allow-list of tags, attributes, classes and URL schemes. The only HTML
comments that survive are WordPress delimiters, which come from the template,
never from typed text (which is escaped, so it cannot open a comment).
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import nh3
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from osbpress.document import (
    Block,
    BlockQuote,
    Document,
    Figure,
    Heading,
    Inline,
    ListBlock,
    Run,
    plain,
)
from osbpress.document import Paragraph as ParagraphBlock
from osbpress.render.common import (
    alt_text,
    attribution_line,
    clean_text,
    credit_line,
    linked,
    one_line,
    quoted_paragraphs,
    safe_href,
)
from osbpress.render.images import image_file_names, web_image
from osbpress.resources import template
from osbpress.template_cache import TemplateCache

_TAGS = {
    "article", "h1", "h2", "h3", "p", "br", "strong", "em", "a",
    "blockquote", "cite", "ul", "ol", "li", "figure", "figcaption", "img",
}  # fmt: skip
_ATTRIBUTES = {
    "article": {"lang"},
    "a": {"href"},
    "img": {"src", "alt"},
}
_WORDPRESS_CLASSES = {
    "h1": {"wp-block-heading"},
    "h2": {"wp-block-heading"},
    "h3": {"wp-block-heading"},
    "blockquote": {"wp-block-quote"},
    "ul": {"wp-block-list"},
    "ol": {"wp-block-list"},
    "figure": {"wp-block-image", "size-large"},
    "figcaption": {"wp-element-caption"},
}
_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_WORDPRESS_DELIMITER = re.compile(
    r" /?wp:(?:paragraph|heading|quote|list|list-item|image)"
    r'(?: \{"level":[13]\}| \{"ordered":true\}| \{"sizeSlug":"large","linkDestination":"none"\})? '
)


@dataclass(frozen=True)
class HtmlExport:
    """The snippet and the photos it references, as (relative path, JPEG bytes) pairs."""

    html: str
    images: tuple[tuple[str, bytes], ...] = field(default=())


def render_html(
    doc: Document,
    *,
    headline: bool = True,
    spot: bool = True,
    wordpress: bool = False,
    image_dir: str = "",
) -> HtmlExport:
    """The release as a CMS snippet.

    ``headline``/``spot``: include the headline (as h1) and the spot (as the
    opening bold paragraph); leave the headline out when the CMS's title field
    holds it. ``wordpress``: block-editor markup. ``image_dir``: a relative
    folder the photos are referenced in (and written to), "" for beside the
    snippet. Raises MediaError (naming the photo) for an unreadable photo and
    ValueError for an absolute or climbing ``image_dir``.
    """
    folder = _folder(image_dir)
    figures = tuple(block for block in doc.body if isinstance(block, Figure))
    paths = {
        id(f): posixpath.join(folder, n)
        for f, n in zip(figures, image_file_names(figures), strict=True)
    }
    images: list[tuple[str, bytes]] = []
    blocks: list[dict[str, Any]] = []
    if headline and doc.headline:
        blocks.append({"kind": "heading", "level": 1, "text": clean_text(doc.headline)})
    if spot and doc.spot:
        blocks.append({"kind": "paragraph", "runs": [_run(doc.spot, bold=True)]})
    for block in doc.body:
        if _blank(block):
            continue  # an empty <p> or <h2> is an empty block in the CMS and a checker warning
        view = _view(block)
        if isinstance(block, Figure):
            # No width or height on the <img>: WordPress's paste keeps them as a fixed
            # display size (1600 px); the file itself tells the CMS its size.
            view["src"] = paths[id(block)]
            images.append((paths[id(block)], web_image(block).data))
        blocks.append(view)
    if doc.contact:
        blocks.append(_lines(doc.contact.heading, tuple(map(linked, doc.contact.lines))))
    if doc.about:
        blocks.append(_lines(doc.about.heading, ((Run(doc.about.text),),)))
    lang = one_line(doc.meta.lang).split("-")[0].lower() or "tr"
    raw = _template().render(blocks=blocks, wordpress=wordpress, lang=lang)
    return HtmlExport(_sanitise(raw, wordpress), tuple(images))


def _blank(block: Block) -> bool:
    match block:
        case Heading(text=text) | BlockQuote(text=text):
            return not clean_text(text).strip()
        case ParagraphBlock(runs=runs):
            return not clean_text(plain(runs)).strip()
        case ListBlock(items=items):
            return not items
    return False


def _view(block: Block) -> dict[str, Any]:
    match block:
        case Heading(text=text, level=level):
            return {"kind": "heading", "level": 2 if level <= 1 else 3, "text": clean_text(text)}
        case ParagraphBlock(runs=runs):
            return {"kind": "paragraph", "runs": _runs(runs)}
        case BlockQuote(paragraphs=paragraphs, attribution=attribution):
            return {
                "kind": "quote",
                "paragraphs": [
                    _runs(runs)
                    for runs in quoted_paragraphs(paragraphs)
                    if clean_text(plain(runs)).strip()
                ],
                "attribution": clean_text(attribution_line(attribution)) if attribution else "",
            }
        case ListBlock():
            return {"kind": "list", **_list(block)}
        case Figure(caption=caption, credit=credit):
            return {
                "kind": "figure",
                "alt": alt_text(block),
                "caption": clean_text(caption),
                "credit": clean_text(credit_line(credit)) if credit else "",
            }
    raise TypeError(f"unknown block {block!r}")


def _list(block: ListBlock) -> dict[str, Any]:
    """A list view: each entry's runs and the lists nested under it, to any depth."""
    return {
        "ordered": block.ordered,
        "entries": [
            {"runs": _runs(runs), "sublists": [_list(sublist) for sublist in nested]}
            for runs, nested in block.entries()
        ],
    }


def _run(text: str, *, bold: bool = False) -> dict[str, Any]:
    return {"text": clean_text(text), "bold": bold, "italic": False, "href": None}


def _runs(runs: Inline) -> list[dict[str, Any]]:
    return [
        {
            "text": clean_text(run.text),
            "bold": run.bold,
            "italic": run.italic,
            "href": safe_href(run.href),
        }
        for run in runs
        if run.text
    ]


def _lines(heading: str, rows: tuple[Inline, ...]) -> dict[str, Any]:
    return {"kind": "lines", "heading": clean_text(heading), "rows": [_runs(row) for row in rows]}


def _folder(image_dir: str) -> str:
    folder = image_dir.strip().strip("/")
    if image_dir.startswith("/") or ".." in folder.split("/") or "\\" in folder or ":" in folder:
        raise ValueError(f"image_dir must be a relative folder: {image_dir!r}")
    return folder


def _nl2br(text: str) -> Markup:
    return Markup("<br>").join(escape(part) for part in str(text).split("\n"))


@lru_cache(maxsize=1)
def _environment() -> Environment:
    environment = Environment(
        loader=FileSystemLoader(str(template("html"))),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=False,
        bytecode_cache=TemplateCache("html"),
    )
    environment.filters["nl2br"] = _nl2br
    return environment


def _template() -> Any:
    return _environment().get_template("article.html.j2")


def _sanitise(raw: str, wordpress: bool) -> str:
    """nh3 with our allow-list; in WordPress mode only the block delimiters survive as comments."""
    clean = nh3.clean(
        raw,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        allowed_classes=_WORDPRESS_CLASSES if wordpress else None,
        url_schemes={"http", "https", "mailto"},
        strip_comments=not wordpress,
        link_rel=None,
    )
    if wordpress:
        clean = _COMMENT.sub(
            lambda m: m.group(0) if _WORDPRESS_DELIMITER.fullmatch(m.group(1)) else "", clean
        )
    return clean.strip() + "\n"
