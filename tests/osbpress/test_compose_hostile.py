"""Hostile text in any field composes without an exception and comes out as typed."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from osbpress.cleaning import clean_text
from osbpress.compose import compose
from osbpress.model import Organisation, Participant, Quote, Release, Section, Side
from osbpress.render import render_text
from osbpress.turkish import lower

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "AT&T <b> &amp; &lt;",
    "{{ 7*7 }} {% if true %}x{% endif %} {# c #}",
    "\x00\x01\x0b\x0c\x1b\x7f kontrol",
    "\u202eters yazı \u202c عربى עברית",
    "emoji 🏭🇹🇷👩‍🔧",
    "\ud800 yalnız vekil \udfff",
    "]]> <![CDATA[ x ]]>",
    "' \" ’ “ ” -- ...",
    "İSTANBUL ığdır IĞDIR",
]

text = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=200))


def alnum(value: str) -> list[str]:
    return [ch for ch in clean_text(value) if ch.isalnum()]


def survives(value: str, output: str) -> bool:
    """Every letter and digit typed appears in the output, in order.

    Case may change: a name or headline typed all in capitals or all in lower
    case is printed in the house case.
    """
    letters = iter(ch for ch in lower(output) if ch.isalnum())
    return all(ch in letters for ch in lower("".join(alnum(value))))


def release_with(value: str) -> Release:
    host = Participant(name=value, title=value, side=Side.HOST)
    return Release(
        headline=value,
        spot=value,
        lead=value,
        closing=value,
        dateline_city=value,
        categories=[value],
        event={
            "host": Organisation(name=value, short_name=value),
            "guest": Organisation(short_name=value, country=value),
            "purpose": value,
            "place": value,
            "topics": [value],
        },
        participants=[host, Participant(name=value, side=Side.GUEST)],
        quotes=[Quote(speaker=host.id, text=value, lead_in=value, verb=value)],
        sections=[Section(heading=value, body=value)],
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text)
def test_any_text_in_every_field_composes_and_survives(value: str) -> None:
    doc = compose(release_with(value))
    output = render_text(doc)
    assert survives(value, output)
    assert survives(value, doc.headline)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=string.ascii_letters + "çğıİöşüÇĞÖŞÜ 0123456789", min_size=1, max_size=40))
def test_suggested_sentences_never_show_template_markers(value: str) -> None:
    release = Release(
        event={"host": Organisation(name=value), "guest": Organisation(short_name=value)}
    )
    output = render_text(compose(release))
    assert "{{" not in output and "{%" not in output


def test_hundred_kilobyte_paragraph_comes_out_whole() -> None:
    body = ("Sanayi bölgesinde üretim sürüyor. " * 3200)[:100_000]
    release = Release(sections=[Section(heading="Uzun", body=body)], lead=body)
    output = render_text(compose(release))
    assert output.count("Sanayi bölgesinde üretim sürüyor.") == 2 * (100_000 // 34)
