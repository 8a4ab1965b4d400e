"""Making typed text safe for every output without changing its words.

XML (DOCX, HTML) cannot hold most C0 control characters, lone surrogates
or the non-characters U+FFFE/U+FFFF; reportlab chokes on some of them too.
``clean_text`` maps the few that mean a line break (vertical tab, form
feed, NEL, line/paragraph separators) to "\\n", normalises CR/LF, and removes the
rest. Everything else, right-to-left text and emoji included, stays as typed.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import SplitResult, unquote, urlsplit

# A vertical tab is Word's manual line break, a form feed its page break.
_BREAKS = str.maketrans(
    {"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"}
)
_ILLEGAL = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """``text`` with lone surrogates (unsavable as UTF-8) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def clean_text(text: str) -> str:
    """``text`` with line breaks normalised and characters XML cannot hold removed."""
    text = text.replace("\r\n", "\n").translate(_BREAKS)
    text = _ILLEGAL.sub("", text)
    return replace_surrogates(text)


_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
# One label of a host name: letters (any script, so Turkish IDNs pass), digits and
# inner hyphens. A "%" (an escaped space), "_" or any punctuation makes a host malformed.
_LABEL = re.compile(r"(?!-)[^\W_](?:[^\W_]|-){0,62}(?<!-)")
_MAILBOX = re.compile(r"[^\s@<>()\[\],;:\"]+@([^\s@]+)")


def _valid_host(host: str) -> bool:
    """An IP address or a dotted domain name; a bare word like "localhost" is refused."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        labels = host.removesuffix(".").split(".")
        return (
            len(labels) > 1
            and all(_LABEL.fullmatch(label) for label in labels)
            and not labels[-1].isdigit()
        )
    return True


def _valid_web(parts: SplitResult) -> bool:
    # "https://osb.org.tr@evil.example" shows one site and opens another: no user part.
    if "@" in parts.netloc:
        return False
    try:
        parts.port  # noqa: B018 - raises for a port that is not a number in range
    except ValueError:
        return False
    return _valid_host(parts.hostname or "")


def _valid_mail(parts: SplitResult) -> bool:
    recipients = unquote(parts.path).split(",")
    return all(
        (found := _MAILBOX.fullmatch(address.strip())) is not None and _valid_host(found.group(1))
        for address in recipients
    )


def safe_href(href: str | None) -> str | None:
    """``href`` if it is a well-formed http(s) address with a host name or a mailto, else None.

    Refused: other schemes (javascript:, data:, file:), a space or control
    character anywhere, a host that is not a dotted name or an IP address
    ("https://exa mple.com", "https://exa%20mple.com"), a user part before the
    host, and a mailto without a real address ("mailto:", "mailto:ali").
    A refused link keeps its words; only the address stops being clickable.
    """
    if not href:
        return None
    href = clean_text(href).strip()
    if not href or any(char.isspace() or not char.isprintable() for char in href):
        return None
    try:
        parts = urlsplit(href)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme == "mailto":
        return href if _valid_mail(parts) else None
    if scheme in _LINK_SCHEMES and _valid_web(parts):
        return href
    return None


def paragraphs(text: str) -> list[str]:
    """The non-empty paragraphs of plain text, split on blank lines."""
    return [part.strip() for part in re.split(r"\n\s*\n", clean_text(text)) if part.strip()]
