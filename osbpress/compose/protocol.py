"""Protocol order: who is named first, and by which short title.

Turkish releases name the participants of a side by rank (Vali before
Kaymakam, Yönetim Kurulu Başkanı before Müdür). The rank table is data,
``resources/data/protokol.tsv``: a title is ranked by the longest ending it
shares with a line there. The officer's own order wins when the release says
it was set by hand (``Release.manual_order``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from osbpress.model import Participant, Side
from osbpress.resources import resource
from osbpress.turkish import lower

UNLISTED = 90
"""The rank of a title the table does not know: after every listed one."""
UNTITLED = 100


@dataclass(frozen=True)
class Rank:
    order: int
    short_title: str
    """What a headline puts before the surname ("Vali"); "" for a title it does not."""


@cache
def _table() -> dict[tuple[str, ...], Rank]:
    table: dict[tuple[str, ...], Rank] = {}
    text = resource("data/protokol.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        order, ending, short = line.split("\t")
        table[tuple(ending.split())] = Rank(int(order), "" if short == "-" else short)
    return table


def rank(title: str) -> Rank | None:
    """The rank of ``title`` by its longest known ending; None when none is known."""
    words = tuple(lower(title).split())
    table = _table()
    for start in range(len(words)):
        found = table.get(words[start:])
        if found is not None:
            return found
    return None


def order_of(participant: Participant) -> int:
    if not participant.title.strip():
        return UNTITLED
    found = rank(participant.title)
    return found.order if found else UNLISTED


_SIDES = (Side.HOST, Side.GUEST, Side.OTHER)


def in_protocol_order(participants: list[Participant], manual: bool) -> list[Participant]:
    """``participants`` by rank, or as typed when ``manual``.

    Equal ranks put the host first, then the guests, then the others; within
    a side the typed order stands.
    """
    if manual:
        return list(participants)
    return sorted(participants, key=lambda p: (order_of(p), _SIDES.index(p.side)))


def short_title(participant: Participant) -> str:
    """The title a headline uses before a surname: "Başkan", "Vali"; "" when unknown."""
    found = rank(participant.title)
    return found.short_title if found else ""
