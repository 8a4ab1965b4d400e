"""Typographic clean-up of typed text that never changes a word.

``normalize`` turns what a keyboard produces into what a press release
prints: straight double quotes become “ ” (opening after a space, a line
start or an opening bracket or dash; closing elsewhere), a straight quote
inside a word becomes the apostrophe (OSB'yi → OSB’yi, and so do a backtick or
acute accent typed for one), a single quote opening a quotation becomes ‘ and
any other one ’; " - " between words and "--" become the en dash –; "..."
becomes the ellipsis … (a run of four or more dots is left alone); runs of
spaces and tabs inside a line shrink to one space; spaces before , . ; : ! ?
and at line ends go. Line breaks, the indentation at a line start (Markdown
list nesting) and list markers ("- madde") are kept as typed, and web and
e-mail addresses are not touched at all. It is idempotent and keeps every
letter and digit in order.

``tie_titles`` puts a no-break space after short titles (Dr., Prof., Sn.) so a
title never ends a line apart from its name.
"""

import re
from collections.abc import Callable

NBSP = "\u00a0"
_OPENING_CONTEXT = r"(?<![^\s(\[{“‘–—-])"
_ADDRESS_RE = re.compile(
    r"(?:https?://|www\.)[^\s\"“”<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE
)
_LINE_BREAK_RE = re.compile(r"(\r\n|\r|\n)")
_Rule = tuple[re.Pattern[str], str]
_RULES: tuple[_Rule, ...] = (
    (re.compile(r"(?<=\S)[ \t]+(?=\S)"), " "),
    (re.compile(r"[ \t]+$"), ""),
    (re.compile(r"(?<!-)--(?!-)"), "–"),
    (re.compile(r"(?<=\S )-(?= \S)"), "–"),
    (re.compile(r"(?<=\S)[ \t]+(?=[,.;:!?])"), ""),
    (re.compile(r"(?<!\.)\.\.\.(?!\.)"), "…"),
    (re.compile(_OPENING_CONTEXT + r'"(?=\S)'), "“"),
    (re.compile(r'"'), "”"),
    (re.compile(r"(?<=\w)['`´](?=\w)"), "’"),
    (re.compile(_OPENING_CONTEXT + r"'(?=\S)"), "‘"),
    (re.compile(r"'"), "’"),
)
_TITLES_RE = re.compile(
    r"(?<![\w.])((?:Prof|Doç|Dr|Av|Müh|Uzm|Öğr|Gör|Arş|Sn|Op|Yrd|Mim|Ecz|Dt)\.) (?=\w)"
)


def _protected(line: str) -> list[tuple[int, int]]:
    if "@" not in line and "://" not in line and "www." not in line.lower():
        return []  # the common case, and the address pattern is slow on long lines
    return [match.span() for match in _ADDRESS_RE.finditer(line)]


def _apply(rule: _Rule, line: str) -> str:
    pattern, replacement = rule
    spans = _protected(line)
    if not spans:
        return pattern.sub(replacement, line)

    def keep_addresses(match: re.Match[str]) -> str:
        start, end = match.span()
        if any(start < stop and begin < end for begin, stop in spans):
            return match.group(0)
        return replacement

    return pattern.sub(keep_addresses, line)


def _normalize_line(line: str) -> str:
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    body = line[len(indent) :]
    for rule in _RULES:
        body = _apply(rule, body)
    return indent + body if body else ""


def _per_line(text: str, transform: Callable[[str], str]) -> str:
    pieces = _LINE_BREAK_RE.split(text)
    # Even positions are lines, odd positions the line breaks between them.
    return "".join(piece if index % 2 else transform(piece) for index, piece in enumerate(pieces))


def normalize(text: str) -> str:
    """Typographic quotes, apostrophes, dashes and spacing; words stay as typed."""
    return _per_line(text, _normalize_line)


def tie_titles(text: str) -> str:
    """Replace the space after a short title (Dr., Prof., Doç., Sn. …) with a no-break space."""
    return _TITLES_RE.sub(lambda match: match.group(1) + NBSP, text)
