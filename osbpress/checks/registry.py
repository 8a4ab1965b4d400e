"""The rule registry: what a finding is, how a rule is declared, what a rule sees.

A rule is a small function decorated with ``@rule("rule-id", N_("what it checks"))``
that looks at a ``Context`` and yields ``Flag``s made with ``hata``,
``uyari`` or ``oneri``; the registry stamps each with the rule's id, so the
id is written once. Ids are stable: ``Profile.checks_off`` names them to
switch a rule off, and the app shows them beside a finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from osbpress.checks.context import Context
from osbpress.errors import FieldPath
from osbpress.i18n import N_, _


class Severity(StrEnum):
    """How much a finding matters: a hata stops a careful export, an öneri is advice."""

    HATA = "hata"
    UYARI = "uyarı"
    ONERI = "öneri"

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {Severity.HATA: 0, Severity.UYARI: 1, Severity.ONERI: 2}
# The values above are stable ids (JSON output, stylesheet selectors); these are what is shown.
_LABELS = {Severity.HATA: N_("hata"), Severity.UYARI: N_("uyarı"), Severity.ONERI: N_("öneri")}


def severity_label(severity: Severity) -> str:
    """``severity`` as the officer reads it, in the interface language ("uyarı"/"warning")."""
    return _(_LABELS[severity])


def format_path(field: FieldPath) -> str:
    """``("quotes", 1, "text")`` → "quotes[1].text"."""
    text = ""
    for part in field:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def parse_path(text: str) -> FieldPath:
    """ "quotes[1].text" → ``("quotes", 1, "text")``; the inverse of ``format_path``."""
    parts: list[str | int] = []
    for piece in re.findall(r"[^.\[\]]+|\[\d+\]", text):
        parts.append(int(piece[1:-1]) if piece.startswith("[") else piece)
    return tuple(parts)


@dataclass(frozen=True)
class Finding:
    """One thing to fix: how much it matters, which rule found it, what to do, and where.

    ``field`` is the model path of the field the officer edits
    (``("quotes", 1, "text")``), the same kind of path engine errors carry,
    so the app can focus its widget; ``path`` is its text form.
    """

    severity: Severity
    rule: str
    message: str
    field: FieldPath = ()

    @property
    def path(self) -> str:
        return format_path(self.field)


class Flag(NamedTuple):
    """What a rule function yields; the registry turns it into a Finding."""

    severity: Severity
    message: str
    field: FieldPath


def hata(message: str, *field: str | int) -> Flag:
    return Flag(Severity.HATA, message, field)


def uyari(message: str, *field: str | int) -> Flag:
    return Flag(Severity.UYARI, message, field)


def oneri(message: str, *field: str | int) -> Flag:
    return Flag(Severity.ONERI, message, field)


RuleFunction = Callable[[Context], Iterable[Flag]]


@dataclass(frozen=True)
class Rule:
    """A registered rule: its stable id, a line saying what it checks, its function.

    ``source_title`` is the Turkish line as marked for the catalog; ``title``
    is it in the interface language in force when it is read.
    """

    id: str
    source_title: str
    function: RuleFunction

    @property
    def title(self) -> str:
        return _(self.source_title)

    def run(self, context: Context) -> Iterator[Finding]:
        for flag in self.function(context):
            yield Finding(flag.severity, self.id, flag.message, tuple(flag.field))


_RULES: dict[str, Rule] = {}


def rule(rule_id: str, title: str) -> Callable[[RuleFunction], RuleFunction]:
    """Register the decorated function as the rule ``rule_id``; mark ``title`` with ``N_``."""

    def register(function: RuleFunction) -> RuleFunction:
        if rule_id in _RULES:
            raise ValueError(f"kontrol kimliği iki kez kullanılmış: {rule_id}")
        _RULES[rule_id] = Rule(rule_id, title, function)
        return function

    return register


def registered() -> tuple[Rule, ...]:
    """Every registered rule, in registration order (the order findings are listed)."""
    return tuple(_RULES.values())
