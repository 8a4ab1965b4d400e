"""Light markup in section bodies: paragraphs, **bold**, *italic*, links, lists.

Parsed by markdown-it-py with raw HTML and entity decoding off, so typed
"<b>" or "&amp;" stay text. Links keep their address only for http, https
and mailto; any other link keeps its words and shows the address in
brackets, so nothing typed is lost and nothing executable passes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from osbpress.cleaning import safe_href
from osbpress.document import Block, BlockQuote, Heading, Inline, ListBlock, Paragraph, Run

_PARSER = MarkdownIt("commonmark", {"html": False, "maxNesting": 20}).disable(["entity"])
TextFix = Callable[[str], str]


def _fixed(fix: TextFix, text: str) -> str:
    """``fix`` applied to a run's words; the run's edge spaces separate it from its
    neighbours, so they are kept even though ``fix`` trims lines."""
    core = text.strip()
    if not core:
        return text
    start = text.index(core[0])
    return text[:start] + fix(core) + text[start + len(core) :]


def _inline(children: Sequence[Token], fix: TextFix) -> Inline:
    runs: list[Run] = []
    bold = italic = 0
    href: str | None = None
    raw_href = ""
    for token in children:
        match token.type:
            case "text" | "code_inline":
                if token.content:
                    runs.append(Run(_fixed(fix, token.content), bold > 0, italic > 0, href))
            case "softbreak":
                runs.append(Run(" ", bold > 0, italic > 0, href))
            case "hardbreak":
                runs.append(Run("\n", bold > 0, italic > 0, href))
            case "strong_open":
                bold += 1
            case "strong_close":
                bold -= 1
            case "em_open":
                italic += 1
            case "em_close":
                italic -= 1
            case "link_open":
                raw_href = str(token.attrs.get("href", ""))
                href = safe_href(raw_href)
            case "link_close":
                if href is None and raw_href:
                    runs.append(Run(f" ({raw_href})", bold > 0, italic > 0))
                href, raw_href = None, ""
            case "image":
                source = token.attrs.get("src", "")
                runs.append(Run(fix(f"{token.content} ({source})"), bold > 0, italic > 0))
    return _merge(runs)


def _merge(runs: list[Run]) -> Inline:
    merged: list[Run] = []
    for run in runs:
        last = merged[-1] if merged else None
        if last and (last.bold, last.italic, last.href) == (run.bold, run.italic, run.href):
            merged[-1] = Run(last.text + run.text, run.bold, run.italic, run.href)
        else:
            merged.append(run)
    return tuple(merged)


def _items(tokens: list[Token], start: int, fix: TextFix) -> tuple[tuple[Inline, ...], int]:
    """List items from ``tokens[start]`` (a list opener) to its closer; nested text is kept."""
    items: list[Inline] = []
    depth, index = 0, start
    current: list[Run] = []
    while index < len(tokens):
        token = tokens[index]
        if token.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
            if depth == 0:
                break
        elif token.type == "list_item_open" and depth == 1:
            current = []
        elif token.type == "list_item_close" and depth == 1:
            items.append(_merge(current))
        elif token.type == "inline":
            if current:
                current.append(Run(" "))
            current.extend(_inline(token.children or [], fix))
        index += 1
    return tuple(items), index


def _blocks(tokens: list[Token], fix: TextFix) -> Iterator[Block]:
    index = 0
    quote_depth = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type in ("bullet_list_open", "ordered_list_open"):
            items, index = _items(tokens, index, fix)
            yield ListBlock(items, ordered=token.type == "ordered_list_open")
        elif token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        elif token.type == "heading_open":
            yield Heading(fix((tokens[index + 1].content or "").strip()), level=2)
            index += 2
        elif token.type == "inline":
            runs = _inline(token.children or [], fix)
            if quote_depth:
                yield BlockQuote("".join(run.text for run in runs))
            elif runs:
                yield Paragraph(runs)
        elif token.type in ("fence", "code_block") and token.content.strip():
            yield Paragraph((Run(fix(token.content.rstrip("\n"))),))
        index += 1


def parse(text: str, fix: TextFix = lambda s: s) -> list[Block]:
    """The blocks of a section body; ``fix`` is applied to every piece of typed text."""
    return list(_blocks(_PARSER.parse(text), fix))
