"""What the library window asks the store: how many drafts match, and names used before."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from osbpress.model import Event, Organisation, Participant, Release
from osbpress.store import DraftStore
from osbpress.store.schema import MIGRATIONS


def _visit(name: str, title: str = "", organisation: str = "", headline: str = "") -> Release:
    return Release(
        headline=headline,
        participants=[Participant(name=name, title=title, organisation=organisation)],
    )


def test_count_matches_what_list_pages_through(store: DraftStore) -> None:
    for number in range(7):
        kind = "ziyaret" if number % 2 else "toplanti"
        store.create(Release(kind=kind, headline=f"İSTANBUL heyeti {number}"))
    trashed = store.create(Release(headline="İstanbul çöpte"))
    store.trash(trashed)
    assert store.count() == 7
    assert store.count(kind="ziyaret") == 3 == len(store.list(kind="ziyaret"))
    assert store.count("istanbul") == 7
    assert store.count("istanbul", kind="toplanti") == 4
    assert store.count("ankara") == 0
    assert store.count(trashed=True) == 1
    assert store.count("   ") == 7  # no words: no filter, as in list()


def test_completions_come_most_recent_first_without_repeats(store: DraftStore) -> None:
    first = store.create(_visit("Hasan Köse", "OSB Müdürü", "Kahramanmaraş OSB"))
    store.create(_visit("Masashi Inove", "Temsilci", "JICA"))
    assert store.completions("name") == ["Masashi Inove", "Hasan Köse"]
    # Using an old name again brings it to the front; it stays one entry.
    store.save(first, _visit("Hasan  Köse ", "OSB Müdürü", "Kahramanmaraş OSB", headline="2"))
    assert store.completions("name") == ["Hasan Köse", "Masashi Inove"]
    assert store.completions("title", limit=1) == ["OSB Müdürü"]
    assert set(store.completions("organisation")) == {"Kahramanmaraş OSB", "JICA"}


def test_host_and_guest_are_organisations_too(store: DraftStore) -> None:
    event = Event(
        when=dt.datetime(2024, 11, 24, 10, 30),
        host=Organisation(name="Kahramanmaraş Organize Sanayi Bölgesi", short_name="KMOSB"),
        guest=Organisation(name="Japonya Uluslararası İşbirliği Ajansı"),
    )
    store.create(Release(event=event))
    assert set(store.completions("organisation")) == {
        "Kahramanmaraş Organize Sanayi Bölgesi",
        "KMOSB",
        "Japonya Uluslararası İşbirliği Ajansı",
    }
    assert store.completions("name") == []


def test_an_unknown_field_is_a_programming_error(store: DraftStore) -> None:
    with pytest.raises(ValueError, match="no completions"):
        store.completions("city")  # type: ignore[arg-type]


def test_the_migration_fills_completions_from_existing_drafts(store_file: Path) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        store.create(_visit("Ayşe Güneş", "Basın Sorumlusu", "KMOSB"))
        newer = store.create(_visit("Kenji Sato"))
        store.save(newer, _visit("Kenji Sato", headline="ikinci"))
    # Take the file back to the schema before completions existed.
    conn = sqlite3.connect(store_file, isolation_level=None)
    conn.execute("DROP TABLE completions")
    conn.execute("ALTER TABLE media DROP COLUMN name")
    conn.execute("DROP INDEX drafts_search_stale")
    conn.execute("ALTER TABLE drafts DROP COLUMN search_stale")
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    assert MIGRATIONS[2].__name__ == "_v3_completions"
    with DraftStore(store_file, auto_backup=False) as store:
        assert store.completions("name") == ["Kenji Sato", "Ayşe Güneş"]
        assert store.completions("title") == ["Basın Sorumlusu"]
