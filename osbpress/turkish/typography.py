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
# An e-mail address starts only where one can (not inside a run of the characters
# it is made of), so a long word is scanned once, not once per letter.
_ADDRESS_RE = re.compile(
    r"(?:https?://|www\.)[^\s\"“”<>]+"
    # An e-mail's domain stops where a glued-on web address starts ("…org.trhttps://",
    # "…org.trwww."), so the address after it is kept whole whether or not the e-mail is
    # found (it is not after "...", it is after "…"): normalizing twice changes nothing.
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.(?:(?!https?://|www\.)[\w-])+)+",
    re.IGNORECASE,
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


def _may_hold_address(line: str) -> bool:
    # The common case; the address pattern is the slow part on long lines.
    return "@" in line or "://" in line or "www." in line.lower()


def _protected(line: str) -> list[tuple[int, int]]:
    if not _may_hold_address(line):
        return []
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


# An address stands in for itself as a private-use mark while the rules run, so
# the address pattern runs once per line instead of once per rule. The marks
# are letters to no rule (neither space, word character, quote nor dash).
_OPEN, _CLOSE = "\ue000", "\ue001"
_MARK_RE = re.compile(_OPEN + r"(\d+)" + _CLOSE)


def _normalize_body(body: str) -> str:
    if not _may_hold_address(body):
        for pattern, replacement in _RULES:
            body = pattern.sub(replacement, body)
        return body
    if _OPEN in body or _CLOSE in body:  # typed marks of our own: the careful way
        for rule in _RULES:
            body = _apply(rule, body)
        return body
    addresses: list[str] = []

    def stash(match: re.Match[str]) -> str:
        addresses.append(match.group(0))
        return f"{_OPEN}{len(addresses) - 1}{_CLOSE}"

    body = _ADDRESS_RE.sub(stash, body)
    for pattern, replacement in _RULES:
        body = pattern.sub(replacement, body)
    return _MARK_RE.sub(lambda match: addresses[int(match.group(1))], body)


def _normalize_line(line: str) -> str:
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    body = _normalize_body(line[len(indent) :])
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
