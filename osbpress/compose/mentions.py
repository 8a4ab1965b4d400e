"""First and later mentions: an organisation or a person named in full once, then short.

A Turkish release writes "Japonya Uluslararası İşbirliği Ajansı (JICA)" and
"Kahramanmaraş OSB Müdürü Hasan Köse" the first time, then "JICA" and
"Köse". ``Mentions`` remembers, for one composed release, who has already
been named; ``Organisation`` and ``Person`` pick their form when they are
written (``str`` or a case filter), so sentence templates and quotes simply
write the fact and get the right form for where it lands. Typed text that
precedes (a spot, a section body) is ``observe``d: a full name in it counts
as the first mention. The headline does not count.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from osbpress.compose.sentences import Inflectable, Name, NameList
from osbpress.turkish import Case, SuffixStyle, contains_name, format_list


@dataclass
class Mentions:
    """Who has been named in full so far, in reading order."""

    _seen: set[str] = field(default_factory=set)
    _watch: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def watch(self, key: str, *full_forms: str) -> None:
        """Let ``observe`` mark ``key`` when any of ``full_forms`` appears in typed text."""
        self._watch[key] = tuple(form for form in full_forms if form.strip())

    def first(self, key: str) -> bool:
        """Whether this is the first mention of ``key``; it is not one afterwards."""
        if key in self._seen:
            return False
        self._seen.add(key)
        return True

    def seen(self, key: str) -> bool:
        return key in self._seen

    def named(self) -> frozenset[str]:
        """Who has been named so far, to ``restore`` after a text written apart."""
        return frozenset(self._seen)

    def restore(self, named: frozenset[str] = frozenset()) -> None:
        """Back to ``named`` (nobody, by default); what is watched stays."""
        self._seen = set(named)

    def observe(self, text: str) -> None:
        for key, forms in self._watch.items():
            if any(_contains(text, form) for form in forms):
                self._seen.add(key)


def _contains(text: str, phrase: str) -> bool:
    # Also with a suffix joined as TDK writes institutions ("… Bölgesini (OSB)").
    return contains_name(text, phrase)


class Organisation:
    """An organisation: the full name with its short one in brackets first, then the short."""

    def __init__(self, key: str, short: Name, full: Name, mentions: Mentions) -> None:
        self.key = key
        self.short = short
        self.full = full
        self._mentions = mentions
        # Typed text that names it short first ("Kahramanmaraş OSB’de …") has chosen
        # the short form: a full name after it would come too late.
        mentions.watch(key, full.text, short.text)

    def _now(self) -> Name:
        if not self.short:
            return self.full
        return self.full if self._mentions.first(self.key) else self.short

    def __bool__(self) -> bool:
        return bool(self.short or self.full)

    def __str__(self) -> str:
        return str(self._now())

    def inflect(self, case: Case, style: SuffixStyle) -> str:
        return self._now().inflect(case, style)

    def in_title(self, title: str) -> str:
        """``title`` with this organisation's short name written in full if not yet named."""
        if not self.short or self.short.text == self.full.text:
            return title
        if _contains(title, self.full.text):
            self._mentions.first(self.key)
            return title
        if not _contains(title, self.short.text):
            return title
        if not self._mentions.first(self.key):
            return title
        pattern = rf"(?<!\w){re.escape(self.short.text)}(?!\w)"
        return re.sub(pattern, lambda _: str(self.full), title, count=1)


class Person:
    """A participant: title and full name on first mention, the surname after it.

    ``title(omit_owner)`` writes the title; ``owner`` names the organisation
    compose put before it, so a list can leave out a repeated one
    ("Dilovası OSB Yönetim Kurulu Başkanı Murat Şahin ve Bölge Müdürü Elif Aydın").
    """

    def __init__(
        self,
        key: str,
        name: str,
        title: Callable[[bool], str],
        reading: str | None,
        m: Mentions,
        *,
        has_title: bool,
        owner: str | None = None,
    ) -> None:
        self.key = key
        self.name = name
        self.has_title = has_title
        self.owner = owner
        self._title = title
        self._reading = reading
        self._mentions = m
        m.watch(key, name)

    @property
    def surname(self) -> str:
        return self.name.split()[-1] if self.name.split() else ""

    def written(self, *, omit_owner: bool = False) -> Name:
        """The form for here, counting as a mention."""
        if not self.name:
            return Name(self._title(omit_owner), self._reading)
        if self._mentions.first(self.key):
            title = self._title(omit_owner)
            return Name(f"{title} {self.name}" if title else self.name, self._reading)
        return Name(self.surname, self._reading)

    def title_text(self, *, omit_owner: bool = False) -> str:
        """The title as a first mention writes it, without counting as one."""
        return self._title(omit_owner)

    @property
    def reading(self) -> str | None:
        return self._reading

    def full_name(self) -> str:
        """The title-less full name (block-quote attributions); counts as a mention."""
        self._mentions.first(self.key)
        return self.name

    def is_new(self) -> bool:
        return not self._mentions.seen(self.key)

    def __bool__(self) -> bool:
        return bool(self.name.strip()) or self.has_title

    def __str__(self) -> str:
        return str(self.written())

    def inflect(self, case: Case, style: SuffixStyle) -> str:
        return self.written().inflect(case, style)


class People(NameList):
    """Participants joined "A, B ve C"; an organisation repeated before titles is written
    once, and people of one title share it in the plural ("Konya Milletvekilleri Ömer Kılıç
    ile Fatma Yurt")."""

    def _forms(self) -> list[Name | Inflectable]:
        forms: list[Name | Inflectable] = []
        previous_owner: str | None = None
        items = [item for item in self.names if item]
        index = 0
        while index < len(items):
            item = items[index]
            if not isinstance(item, Person):
                forms.append(item)
                previous_owner = None
                index += 1
                continue
            new = item.is_new() and item.has_title
            omit = new and item.owner is not None and item.owner == previous_owner
            group = _same_title(items, index) if new and item.name else [item]
            if len(group) > 1:
                forms.append(_shared(group, item.title_text(omit_owner=omit)))
            else:
                forms.append(item.written(omit_owner=omit))
            previous_owner = item.owner if new else None
            index += len(group)
        return forms

    def __str__(self) -> str:
        return format_list([str(form) for form in self._forms()])

    def inflect(self, case: Case, style: SuffixStyle) -> str:
        forms = self._forms()
        if not forms:
            return ""
        *rest, last = forms
        return format_list([*map(str, rest), last.inflect(case, style)])


def _same_title(items: list[Inflectable], start: int) -> list[Person]:
    """The new, titled people from ``start`` on who share the first one's title."""
    first = items[start]
    assert isinstance(first, Person)
    group = [first]
    for item in items[start + 1 :]:
        if not (isinstance(item, Person) and item.is_new() and item.name):
            break
        if item.title_text() != first.title_text():
            break
        group.append(item)
    return group


def _plural(title: str) -> str:
    """ "Konya Milletvekili" → "Konya Milletvekilleri", "Bölge Müdürü" → "Bölge Müdürleri"."""
    *head, last = title.split()
    stem = last
    if stem[-2:].lower() in ("sı", "si", "su", "sü") and len(stem) > 3:
        stem = stem[:-2]
    elif stem[-1:].lower() in ("ı", "i", "u", "ü"):
        stem = stem[:-1]
    vowels = [c for c in stem.lower() if c in "aeıioöuü"]
    ending = "leri" if vowels and vowels[-1] in "eiöü" else "ları"
    return " ".join([*head, stem + ending])


def _shared(group: list[Person], title: str) -> Name:
    """People of one title named together, each counting as mentioned."""
    names = [person.full_name() for person in group]
    joined = ", ".join(names[:-1]) + " ile " + names[-1]
    return Name(f"{_plural(title)} {joined}", group[-1].reading)


@dataclass(frozen=True)
class Word:
    """A common noun with its case forms spelled out: no apostrophe, ever ("heyeti")."""

    forms: tuple[str, str, str, str, str, str, str]
    """Nominative, then belirtme, yönelme, bulunma, ayrılma, ilgi, vasıta."""

    def __str__(self) -> str:
        return self.forms[0]

    def __bool__(self) -> bool:
        return True

    def inflect(self, case: Case, style: SuffixStyle) -> str:
        return self.forms[1 + list(Case).index(case)]


HEYET = Word(("heyet", "heyeti", "heyete", "heyette", "heyetten", "heyetin", "heyetle"))
HEYETİ = Word(
    ("heyeti", "heyetini", "heyetine", "heyetinde", "heyetinden", "heyetinin", "heyetiyle")
)


class Phrase:
    """Words and names written in order; a case suffix goes on the last one.

    ``choose`` picks the parts when the phrase is written, so what it says
    can depend on who has already been named.
    """

    def __init__(self, choose: Callable[[], list[Inflectable | str]]) -> None:
        self._choose = choose

    def __bool__(self) -> bool:
        return any(bool(part) for part in self._choose())

    def __str__(self) -> str:
        return " ".join(text for text in (str(part) for part in self._choose()) if text)

    def inflect(self, case: Case, style: SuffixStyle) -> str:
        parts = [part for part in self._choose() if part]
        if not parts:
            return ""
        *rest, last = parts
        tail = (
            Name(last).inflect(case, style) if isinstance(last, str) else last.inflect(case, style)
        )
        return " ".join([*(str(part) for part in rest), tail])
