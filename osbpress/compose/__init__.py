"""compose: Release + Profile → Document, the only place that writes prose.

The package is the composer and nothing else. ``assemble`` builds the
Document (dateline, photos, letterhead, contact, "Hakkında"); ``prose``
writes the text in reading order from the kind's sentence templates
(``kinds``, ``sentences``) and the facts of one release (``facts``, with the
people in protocol order from ``protocol`` and how each is named on first and
later mention from ``people`` and ``mentions``); ``quotes`` puts the quotes in
press style; ``markup`` reads the light markup of section bodies; ``typed``
brings hurried typing to the house case and tells the checklist. Callers use
what this ``__init__`` re-exports; the modules are the composer's own rooms.
"""

from __future__ import annotations

from osbpress.compose.assemble import (
    Composition,
    Notice,
    Suggestions,
    Typist,
    compose,
    composition,
    default_profile,
    notices,
    suggest,
    suggested_headline,
)
from osbpress.compose.kinds import Kind, kind_ids, load_kind

__all__ = [
    "Composition",
    "Kind",
    "Notice",
    "Suggestions",
    "Typist",
    "compose",
    "composition",
    "default_profile",
    "kind_ids",
    "load_kind",
    "notices",
    "suggest",
    "suggested_headline",
]
