"""Example sentences for the house-style choices, written by the engine itself.

Each choice on the "Yazım" page shows what it does to a real release: the
sample release (the JICA visit) with its headline, spot, lead and closing
left empty, so ``osbpress.compose.suggest`` writes them in the candidate
house style, and its first quote as ``compose`` sets it. No
Turkish is produced here; this module only picks which engine text shows
which choice. Pure Python, no Qt: the dialog runs it in a worker.
"""

from __future__ import annotations

from functools import cache

from osbpress.compose import compose, suggest
from osbpress.document import BlockQuote, Paragraph, plain
from osbpress.model import HouseStyle, Profile, Release
from osbpress.sample import sample_profile, sample_release

StyleExamples = dict[str, str]
"""HouseStyle field name → the example text shown under that choice."""


@cache
def _example_release() -> Release:
    release = sample_release()
    # Empty fields get the engine's suggestions, which follow the house style.
    return release.model_copy(
        update={"headline": "", "spot": "", "lead": "", "closing": "", "photos": []}
    )


def style_examples(style: HouseStyle) -> StyleExamples:
    """The example for every field of ``style``, as the engine writes it in that style."""
    release = _example_release()
    profile: Profile = sample_profile().model_copy(update={"logo": "", "style": style})
    suggestions = suggest(release, profile)
    first_lead = suggestions.lead.split("\n\n")[0]
    return {
        # The suggested closing is empty when nothing calls for one: the lead shows the mark.
        "apostrophe": first_lead,
        "institution_apostrophe": first_lead,
        "headline_case": suggestions.headline,
        "quote_style": _first_quote(release, profile),
        "compound_spelling": first_lead,
    }


def _first_quote(release: Release, profile: Profile) -> str:
    """The release's first quote as compose sets it in ``profile``'s quote style.

    The release is cut down to that one quote outside any section, so the
    only block with quotation marks (or set apart) in the body is the quote:
    the suggested lead and closing quote no one.
    """
    if not release.quotes:
        return ""
    quote = release.quotes[0].model_copy(update={"section": None})
    alone = release.model_copy(update={"sections": [], "quotes": [quote]})
    for block in compose(alone, profile).body:
        if isinstance(block, BlockQuote):
            # Shown as the PDF sets it apart: the words, then who said them.
            return f"“{block.text}”\n— {block.attribution}" if block.attribution else block.text
        if isinstance(block, Paragraph) and "“" in (text := plain(block.runs)):
            return text
    return ""
