"""check(document=…): the preview's Document, photos and logo in it, finds exactly what
composing again finds, and with it the check composes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import osbpress.checks.context
from osbpress.checks import check
from osbpress.compose import compose
from osbpress.errors import OsbPressError
from osbpress.model import Contact, Participant, Profile, Quote, Release, Section
from osbpress.sample import sample_media, sample_profile, sample_release
from tests.osbpress.checks.conftest import TODAY
from tests.osbpress.checks.test_check import classic_mistakes


def _long() -> tuple[Release, Profile]:
    release = sample_release()
    sections = [
        Section(heading=f"Bölüm {n}: üretim ve ihracat", body="Firmalar üretimi artırdı.\n\n" * 4)
        for n in range(12)
    ]
    return release.model_copy(update={"sections": [*release.sections, *sections]}), sample_profile()


def _markup() -> tuple[Release, Profile]:
    body = (
        "Ziyarette öne çıkanlar:\n\n- enerji verimliliği\n- nitelikli iş gücü\n\n"
        "> “Birlikte büyüyeceğiz” dedi.\n\n**Ayrıntılar** https://osb.example.org adresinde."
    )
    release = sample_release().model_copy(update={"sections": [Section(heading="", body=body)]})
    return release, sample_profile()


def _new_draft() -> tuple[Release, Profile]:
    return Release(release_date=TODAY, dateline_city="Kahramanmaraş", lead="OSBye gelindi."), (
        sample_profile()
    )


CASES: dict[str, Callable[[], tuple[Release, Profile | None]]] = {
    "the sample with its photos and logo": lambda: (sample_release(), sample_profile()),
    "classic mistakes": classic_mistakes,
    "a long release": _long,
    "lists, quotes and links in a section": _markup,
    "a new draft": _new_draft,
    "no profile": lambda: (sample_release(), None),
}


@pytest.mark.parametrize("case", CASES)
def test_the_preview_s_document_finds_the_same_as_composing_again(case: str) -> None:
    release, profile = CASES[case]()
    document = compose(release, profile, media=sample_media)  # as the preview does
    alone = check(release, profile, sample_media, today=TODAY)
    assert check(release, profile, sample_media, today=TODAY, document=document) == alone


def test_given_a_document_the_check_composes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    release, profile = classic_mistakes()
    document = compose(release, profile, media=sample_media)
    expected = check(release, profile, today=TODAY)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("composed again")

    monkeypatch.setattr(osbpress.checks.context, "compose", refuse)
    assert check(release, profile, today=TODAY, document=document) == expected


_PIECES = [*"aıiIİoöuüşğçOSB’'\"“”()  .,!?…-\n", "ve ", "OSB", "yi", "Pazar", "- ", "> ", "**"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(headline=_TEXT, body=_TEXT, quote=_TEXT, name=_TEXT)
def test_any_typed_text_finds_the_same_either_way(
    headline: str, body: str, quote: str, name: str
) -> None:
    person = Participant(name=name, title=name, organisation=name)
    release = Release(
        headline=headline,
        spot=body,
        lead=body,
        closing=body,
        dateline_city=name,
        release_date=TODAY,
        participants=[person],
        quotes=[Quote(speaker=person.id, text=quote, lead_in=body)],
        sections=[Section(heading=headline, body=body)],
        contact=Contact(name=name),
    )
    profile = sample_profile()
    try:
        document = compose(release, profile, media=sample_media)
    except OsbPressError:
        assume(False)  # no preview, so no Document to pass: the check composes itself
        raise
    alone = check(release, profile, sample_media, today=TODAY)
    assert check(release, profile, sample_media, today=TODAY, document=document) == alone
