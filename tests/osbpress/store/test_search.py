"""Search finds drafts whatever the Turkish case, dotted or dotless i, and never chokes on syntax."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from osbpress.model import Event, Participant, Quote, Release, Section
from osbpress.store import DraftStore


@pytest.fixture
def drafts(store: DraftStore) -> dict[str, str]:
    return {
        "istanbul": store.create(
            Release(
                headline="İSTANBUL Sanayi Odası Heyeti Bölgede", spot="Heyet fabrikaları gezdi."
            )
        ),
        "jica": store.create(
            Release(
                headline="Japon Heyetinden Ziyaret",
                participants=[Participant(name="Kotoe Kuroda", organisation="JICA")],
            )
        ),
        "igdir": store.create(
            Release(
                headline="Doğu Anadolu Buluşması",
                sections=[Section(heading="Katılımcılar", body="IĞDIR OSB yönetimi de katıldı.")],
            )
        ),
        "quote": store.create(
            Release(
                headline="Enerji Yatırımı",
                quotes=[Quote(text="Güneş enerjisi santrali yıl sonunda devreye girecek")],
                event=Event(place="Şanlıurfa"),
            )
        ),
    }


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("istanbul", "istanbul"),
        ("İSTANBUL", "istanbul"),
        ("Istanbul", "istanbul"),
        ("ıstanbul", "istanbul"),
        ("jica", "jica"),
        ("JICA", "jica"),
        ("kuroda", "jica"),
        ("ığdır", "igdir"),
        ("IĞDIR", "igdir"),
        ("igdir", "igdir"),
        ("güneş santrali", "quote"),
        ("GUNES", "quote"),
        ("sanliurfa", "quote"),
        ("Şanlıurfa", "quote"),
    ],
)
def test_search_ignores_case_and_dotted_i(
    store: DraftStore, drafts: dict[str, str], query: str, found: str
) -> None:
    assert [row.id for row in store.search(query)] == [drafts[found]]


def test_every_word_is_a_prefix_for_turkish_suffixes(
    store: DraftStore, drafts: dict[str, str]
) -> None:
    # "heyet" finds "Heyeti" and "Heyetinden"; "fabrika" finds "fabrikaları".
    assert {row.id for row in store.search("heyet")} == {drafts["istanbul"], drafts["jica"]}
    assert [row.id for row in store.search("fabrika")] == [drafts["istanbul"]]


def test_all_words_must_match(store: DraftStore, drafts: dict[str, str]) -> None:
    assert [row.id for row in store.search("heyet japon")] == [drafts["jica"]]
    assert store.search("heyet şanlıurfa") == []


ALL = ("igdir", "istanbul", "jica", "quote")


@pytest.mark.parametrize(
    ("query", "found"),
    [
        # No words left once FTS syntax is dropped: search finds nothing, the list is unfiltered.
        ('"', None),
        ("*", None),
        ("(", None),
        ("^", None),
        ("''", None),
        ("_", None),
        ("   ", None),
        ("", None),
        # Syntax characters separate words; operators are words to look for.
        ("istanbul*", ("istanbul",)),
        ("-heyet", ("istanbul", "jica")),
        ("NEAR(a b)", ()),
        ("a AND", ()),
        ("OR", ()),
        ("başlık:heyet", ()),  # no column filter: "başlık" is a word no draft has
        ("a_b", ("igdir",)),  # "a" and "b" as prefixes: Anadolu Buluşması
    ],
)
def test_fts_syntax_in_the_query_is_plain_text(
    store: DraftStore, drafts: dict[str, str], query: str, found: tuple[str, ...] | None
) -> None:
    names = {draft_id: name for name, draft_id in drafts.items()}
    searched = sorted(names[row.id] for row in store.search(query))
    listed = sorted(names[row.id] for row in store.list(query=query))
    assert searched == sorted(found or ())
    assert listed == sorted(ALL if found is None else found)
    assert store.count(query=query) == len(listed)


def test_syntax_characters_are_plain_text(store: DraftStore, drafts: dict[str, str]) -> None:
    # Quotes, "-" and "*" are dropped, so this is simply the words istanbul and sanayi;
    # were "-" FTS5's NOT, the draft would not be found.
    assert [row.id for row in store.search('"İstanbul" -sanayi*')] == [drafts["istanbul"]]
    # AND is a word to look for, not an operator: no draft contains "and".
    assert store.search("istanbul AND sanayi") == []


def test_headline_matches_rank_first(store: DraftStore) -> None:
    body_only = store.create(Release(headline="Bir Toplantı", spot="Konu enerji verimliliğiydi."))
    in_headline = store.create(Release(headline="Enerji Verimliliği Semineri"))
    assert [row.id for row in store.search("enerji")] == [in_headline, body_only]


def test_search_follows_the_latest_revision_and_skips_the_trash(store: DraftStore) -> None:
    draft_id = store.create(Release(headline="Eski Başlık"))
    store.save(draft_id, Release(headline="Yeni Başlık"))
    assert store.search("eski") == []
    assert [row.id for row in store.search("yeni")] == [draft_id]
    store.trash(draft_id)
    assert store.search("yeni") == []
    assert [row.id for row in store.list(query="yeni", trashed=True)] == [draft_id]


def test_list_with_query_keeps_newest_first(store: DraftStore) -> None:
    first = store.create(Release(headline="Fuar Hazırlığı"))
    second = store.create(Release(headline="Fuar Sonuçları"))
    store.create(Release(headline="Başka Bir Konu"))
    assert [row.id for row in store.list(query="FUAR")] == [second, first]


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text())
def test_no_typed_text_makes_search_fail(
    store: DraftStore, drafts: dict[str, str], query: str
) -> None:
    found = {row.id for row in store.search(query)}
    listed = [row.id for row in store.list(query=query)]
    assert store.count(query=query) == len(listed)
    # The list filters by the same words as the search, or by none when no word is left.
    assert set(listed) == found or (not found and set(listed) == set(drafts.values()))
