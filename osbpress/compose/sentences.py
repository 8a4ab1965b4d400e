"""The Jinja2 world of sentence templates: Turkish case filters and named facts.

Templates are data an officer may edit, so they run in Jinja2's sandbox.
Facts reach them as ``Name`` objects that remember how they are read, and
the filters named after the Turkish cases (``belirtme``, ``yönelme``,
``bulunma``, ``ayrılma``, ``ilgi``, ``vasıta``) inflect them:
``{{ ev_sahibi | belirtme }}`` → "Kahramanmaraş OSB’yi". Typed text is only
ever a value here, never template source, so "{{ 7*7 }}" typed into a field
stays "{{ 7*7 }}".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from jinja2 import ChainableUndefined, Template
from jinja2 import TemplateError as JinjaError
from jinja2.sandbox import SandboxedEnvironment

from osbpress.errors import TemplateError
from osbpress.template_cache import TemplateCache, from_string
from osbpress.turkish import (
    Case,
    SuffixStyle,
    format_date,
    format_list,
    inflect,
    lower,
    sentence_case,
    upper,
)
from osbpress.turkish.phonology import sound_of


class Inflectable(Protocol):
    """Anything a case filter can write: a name, a list of names, a mention."""

    def __bool__(self) -> bool: ...

    def inflect(self, case: Case, style: SuffixStyle) -> str: ...


@dataclass(frozen=True)
class Name:
    """A name as written, how it is read, and text that follows the suffix.

    ``tail`` is an explanation in brackets: the suffix goes before it,
    "Ajansı’nın (JICA)", as Turkish spelling wants.
    """

    text: str
    reading: str | None = None
    tail: str = ""

    def __str__(self) -> str:
        return self.text + self.tail

    def __bool__(self) -> bool:
        return bool(self.text.strip())

    def inflect(self, case: Case, style: SuffixStyle) -> str:
        if not self:
            return ""
        return inflect(self.text, case, reading=self.reading, style=style) + self.tail


@dataclass(frozen=True)
class NameList:
    """Names joined the Turkish way ("A, B ve C"); a suffix goes on the last one."""

    names: tuple[Inflectable, ...]

    def __str__(self) -> str:
        return format_list([str(name) for name in self.names if name])

    def __bool__(self) -> bool:
        return any(self.names)

    def __len__(self) -> int:
        return sum(1 for name in self.names if name)

    def __iter__(self) -> Any:
        return iter(name for name in self.names if name)

    def inflect(self, case: Case, style: SuffixStyle) -> str:
        names = [name for name in self.names if name]
        if not names:
            return ""
        *rest, last = names
        return format_list([*map(str, rest), last.inflect(case, style)])


_CASE_FILTERS = {
    "belirtme": Case.ACCUSATIVE,
    "yönelme": Case.DATIVE,
    "bulunma": Case.LOCATIVE,
    "ayrılma": Case.ABLATIVE,
    "ilgi": Case.GENITIVE,
    "vasıta": Case.INSTRUMENTAL,
}


def _case_filter(case: Case, style: SuffixStyle) -> Callable[[object], str]:
    def apply(value: object) -> str:
        inflect = getattr(value, "inflect", None)
        if callable(inflect):
            return str(inflect(case, style))
        text = "" if value is None or isinstance(value, ChainableUndefined) else str(value)
        return Name(text).inflect(case, style)

    return apply


def _too(value: object) -> str:
    """``value`` with the clitic "de/da" ("too") after it, in harmony: "Koç’un da"."""
    text = str(value)
    words = text.split()
    sound = sound_of(lower(words[-1])) if words else None
    return f"{text} {'de' if sound is None or sound.front else 'da'}" if text else ""


def _list_filter(values: Iterable[object]) -> str:
    return format_list([str(value) for value in values if value])


@lru_cache(maxsize=8)
def environment(style: SuffixStyle) -> SandboxedEnvironment:
    """The sandbox whose case filters write suffixes in ``style`` (one per style)."""
    env = SandboxedEnvironment(
        undefined=ChainableUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=TemplateCache("sentences"),
    )
    for name, case in _CASE_FILTERS.items():
        env.filters[name] = _case_filter(case, style)
    env.filters["liste"] = _list_filter
    env.filters["de"] = _too
    env.filters["tarih"] = format_date
    env.filters["büyük"] = lambda value: upper(str(value))
    env.filters["cümle"] = lambda value: sentence_case(str(value))
    return env


@lru_cache(maxsize=256)
def _compiled(style: SuffixStyle, source: str) -> Template:
    # Compiling is four fifths of composing a release; each kind has few templates.
    return from_string(environment(style), source)


def render(style: SuffixStyle, source: str, facts: dict[str, object], where: str) -> list[str]:
    """The paragraphs a sentence template yields, whitespace collapsed."""
    if not source.strip():
        return []
    try:
        output = _compiled(style, source).render(facts)
    except (JinjaError, ArithmeticError, TypeError, ValueError, LookupError) as error:
        raise TemplateError(f"{where} şablonu işlenemedi: {error}") from None
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", output) if part.strip()]
