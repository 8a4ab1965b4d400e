"""Rule 12 of issue 18: TDK's spelling of institution names is the house style of new profiles.

TDK writes the case suffix of an institution's name joined to it ("Kahramanmaraş
Organize Sanayi Bölgesini", "Trabzon Valiliğine", "Türk Dil Kurumuna") and keeps
the apostrophe after an abbreviation ("OSB’yi"). A profile made now starts with
that; the apostrophe stays a choice, and a profile saved before schema 3, which
had the apostrophe by default, keeps it.
"""

from __future__ import annotations

import json

import pytest

from osbpress.compose import compose
from osbpress.model import SCHEMA_VERSION, HouseStyle, Profile
from osbpress.sample import sample_profile, sample_release
from osbpress.validation import load_profile


def _compose_sample(profile: Profile) -> str:
    """The sample's spot and headline as compose writes them (no photos, no logo)."""
    release = sample_release().model_copy(update={"spot": "", "photos": []})
    doc = compose(release, profile.model_copy(update={"logo": ""}))
    return f"{doc.headline}\n{doc.spot}"


def test_a_new_profile_writes_institution_names_as_tdk_does() -> None:
    assert Profile().style.institution_apostrophe is False
    text = _compose_sample(sample_profile())
    assert "Kahramanmaraş Organize Sanayi Bölgesini ziyaret" in text
    assert "Kahramanmaraş OSB’yi" in text  # an abbreviation keeps its apostrophe


def test_the_apostrophe_stays_a_choice() -> None:
    profile = sample_profile().model_copy(update={"style": HouseStyle(institution_apostrophe=True)})
    assert "Kahramanmaraş Organize Sanayi Bölgesi’ni ziyaret" in _compose_sample(profile)


def _saved(version: int, style: object) -> str:
    data: dict[str, object] = {"schema_version": version, "name": "Trabzon Valiliği"}
    if style is not None:
        data["style"] = style
    return json.dumps(data)


@pytest.mark.parametrize(
    ("version", "style", "apostrophe"),
    [
        (2, {"apostrophe": "’"}, True),  # saved when the apostrophe was the default
        (2, None, True),
        (1, {"headline_case": "title"}, True),
        (2, {"institution_apostrophe": False}, False),  # chosen: kept
        (2, {"institution_apostrophe": True}, True),
        (SCHEMA_VERSION, {"apostrophe": "’"}, False),  # saved since: the new default
        (SCHEMA_VERSION, None, False),
    ],
)
def test_a_saved_profile_keeps_the_style_it_had(
    version: int, style: object, apostrophe: bool
) -> None:
    profile = load_profile(_saved(version, style))
    assert profile.style.institution_apostrophe is apostrophe
    assert profile.schema_version == SCHEMA_VERSION
    # Saved again, it says so outright and reads back the same.
    again = load_profile(profile.model_dump_json())
    assert again.style.institution_apostrophe is apostrophe


def test_a_broken_style_is_still_refused_by_name() -> None:
    with pytest.raises(Exception, match="Yazım tercihleri"):
        load_profile(_saved(2, ["’"]))
