"""Light markup in section bodies: paragraphs, **bold**, *italic*, links, lists, quotes.

Parsed by markdown-it-py into a syntax tree which is walked node by node, so
every inline inside a quote or a list item keeps its formatting and link, a
``>`` quote of several paragraphs stays one quote, and a nested list stays a
nested list. Parsed with raw HTML and entity decoding off, so typed
"<b>" or "&amp;" stay text. Links keep their address only for http, https
and mailto; any other link keeps its words and shows the address in
brackets, so nothing typed is lost and nothing executable passes.

Most bodies are plain prose with no markup at all. Such a body (no
character that can begin markup anywhere, no line that starts a heading,
quote, list, rule or fence, no indented line, no line-end spaces) gives
exactly what markdown-it would give — a paragraph per blank-line-separated
group, its lines joined by spaces — and is built directly, without loading
or running the parser (tests/osbpress/test_markup_plain.py checks the two
agree on generated text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from osbpress.cleaning import paragraphs, safe_href
from osbpress.document import (
    Block,
    BlockQuote,
    Heading,
    Inline,
    ListBlock,
    Paragraph,
    Run,
)

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token
    from markdown_it.tree import SyntaxTreeNode

# markdown-it skips whatever lies deeper than maxNesting; a body that reaches the
# limit (only a pathological one does) is kept as plain paragraphs instead.
_MAX_NESTING = 100
TextFix = Callable[[str], str]

# Characters that can begin inline markup (or an autolink, an escape, a code span;
# markdown-it turns NUL into U+FFFD) ...
_INLINE_MARKUP = frozenset("\\`*_[]<>&!~\x00")
# ... and what a line may not start with: heading, quote, list, rule, setext line, fence.
_BLOCK_START = re.compile(r"[#>+*=~`-]|\d+[.)]")


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "maxNesting": _MAX_NESTING}).disable(["entity"])


def _fixed(fix: TextFix, text: str) -> str:
    """``fix`` applied to a run's words; the run's edge spaces separate it from its
    neighbours, so they are kept even though ``fix`` trims lines."""
    core = text.strip()
    if not core:
        return text
    start = text.index(core[0])
    return text[:start] + fix(core) + text[start + len(core) :]


def _inline_tokens(children: Sequence[Token], fix: TextFix) -> Inline:
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


def _inline_of(node: SyntaxTreeNode, fix: TextFix) -> Inline:
    """The runs of a paragraph or heading node (its one ``inline`` child)."""
    return _merge(
        [run for child in node.children if child.type == "inline" for run in _inline(child, fix)]
    )


def _inline(node: SyntaxTreeNode, fix: TextFix) -> Inline:
    children = node.token.children if node.token else None
    return _inline_tokens(children or [], fix)


def _lines(parts: Iterable[Inline]) -> Inline:
    """Several paragraphs as one run sequence, a line break between them."""
    runs: list[Run] = []
    for part in parts:
        if not part:
            continue
        if runs:
            runs.append(Run("\n"))
        runs.extend(part)
    return _merge(runs)


def _with_addresses(runs: Inline) -> str:
    """The words of a place that holds no links or emphasis (a heading), each address
    after its words."""
    parts: list[str] = []
    for run in runs:
        parts.append(run.text)
        if run.href and run.href != run.text.strip():
            parts.append(f" ({run.href})")
    return "".join(parts)


def _flat(node: SyntaxTreeNode, fix: TextFix, depth: int = 0) -> Iterator[Inline]:
    """Every paragraph inside ``node`` as runs, for a place that holds paragraphs only.

    A quote holds paragraphs; a list or heading met inside one keeps its words
    as paragraphs of their own (list entries with their bullet or number).
    """
    match node.type:
        case "paragraph" | "heading":
            runs = _inline_of(node, fix)
            if runs:
                yield runs
        case "fence" | "code_block":
            if node.content.strip():
                yield (Run(fix(node.content.rstrip("\n"))),)
        case "bullet_list" | "ordered_list":
            ordered = node.type == "ordered_list"
            for number, item in enumerate(node.children, start=_start(node)):
                mark = f"{number}. " if ordered else "• "
                paragraphs = list(_flat(item, fix, depth + 1))
                indent = "  " * depth
                if paragraphs:
                    yield _merge([Run(indent + mark), *paragraphs[0]])
                    yield from paragraphs[1:]
        case _:
            for child in node.children:
                yield from _flat(child, fix, depth)


def _start(node: SyntaxTreeNode) -> int:
    start = node.attrs.get("start", 1)
    return int(start) if isinstance(start, int | str) and str(start).isdigit() else 1


def _list(node: SyntaxTreeNode, fix: TextFix) -> ListBlock:
    """A list with its items' words and, under each item, the lists nested in it.

    An item's further paragraphs (and the words of a quote inside it) join
    its first one after a line break; its nested lists stay lists.
    """
    items: list[Inline] = []
    sublists: list[tuple[ListBlock, ...]] = []
    for item in node.children:
        words: list[Inline] = []
        nested: list[ListBlock] = []
        for child in item.children:
            if child.type in ("bullet_list", "ordered_list"):
                nested.append(_list(child, fix))
            else:
                words.extend(_flat(child, fix))
        items.append(_lines(words))
        sublists.append(tuple(nested))
    if not any(sublists):
        sublists = []
    return ListBlock(tuple(items), ordered=node.type == "ordered_list", sublists=tuple(sublists))


def _blocks(nodes: Iterable[SyntaxTreeNode], fix: TextFix) -> Iterator[Block]:
    for node in nodes:
        match node.type:
            case "bullet_list" | "ordered_list":
                yield _list(node, fix)
            case "blockquote":
                paragraphs = tuple(_flat(node, fix))
                if paragraphs:
                    yield BlockQuote(paragraphs)
            case "heading":
                text = _with_addresses(_inline_of(node, fix)).strip()
                if text:
                    yield Heading(text, level=2)
            case "paragraph":
                runs = _inline_of(node, fix)
                if runs:
                    yield Paragraph(runs)
            case "fence" | "code_block":
                if node.content.strip():
                    yield Paragraph((Run(fix(node.content.rstrip("\n"))),))


def parse(text: str, fix: TextFix = lambda s: s) -> list[Block]:
    """The blocks of a section body; ``fix`` is applied to every piece of typed text."""
    prose = plain_paragraphs(text)
    if prose is not None:
        return [Paragraph((Run(" ".join(fix(line) for line in lines)),)) for lines in prose]
    from markdown_it.tree import SyntaxTreeNode

    tokens = _parser().parse(text)
    if any(token.level >= _MAX_NESTING - 1 for token in tokens):
        return [Paragraph((Run(fix(part)),)) for part in paragraphs(text)]
    return list(_blocks(SyntaxTreeNode(tokens).children, fix))


def plain_paragraphs(text: str) -> list[list[str]] | None:
    """The lines of each paragraph of ``text`` when it holds no markup at all; else None.

    None whenever markdown-it could read anything but plain paragraphs in it,
    or would change a line's spacing (indentation, line-end spaces, tabs and
    other white space): such text goes through the parser.
    """
    if _INLINE_MARKUP.intersection(text) or any(c.isspace() and c not in " \n" for c in text):
        return None
    groups: list[list[str]] = [[]]
    for line in text.split("\n"):
        if not line:
            if groups[-1]:
                groups.append([])
            continue
        if line[0] == " " or line[-1] == " " or _BLOCK_START.match(line):
            return None
        groups[-1].append(line)
    return [lines for lines in groups if lines]
