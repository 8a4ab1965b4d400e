"""A release an editor would send back (two hata and more) and a profile without a contact."""

from __future__ import annotations

import datetime as dt

from osbpress.model import Contact, Profile, Quote, Release
from osbpress.sample import sample_profile, sample_release


def bad_release() -> Release:
    """The sample typed badly: a shouted headline, "OSByi", praise, a quote without speaker."""
    release = sample_release()
    return release.model_copy(
        update={
            "headline": "JICA HEYETİ OSB’Yİ ZİYARET ETTİ",
            "lead": "Heyet 24 Kasım 2024’te OSByi gezdi. Muhteşem bir gündü.",
            "quotes": [*release.quotes, Quote(text="Çok memnun kaldık.")],
            "contact": None,
            "release_date": dt.date.today(),
        }
    )


def no_contact_profile() -> Profile:
    return sample_profile().model_copy(update={"contact": Contact()})
