"""The release model: JSON round trip, schema, and Turkish errors for bad files."""

from __future__ import annotations

import json

import pytest

from osbpress import validation
from osbpress.errors import DraftError
from osbpress.model import SCHEMA_VERSION, Release
from osbpress.sample import sample_profile, sample_release
from osbpress.validation import load_profile, load_release


def test_release_round_trips_through_json(release: Release) -> None:
    again = load_release(release.model_dump_json())
    assert again == release
    assert json.loads(release.model_dump_json())["schema_version"] == SCHEMA_VERSION


def test_schema_lists_the_fields_with_turkish_titles() -> None:
    schema = Release.model_json_schema()
    assert schema["properties"]["headline"]["title"] == "Başlık"
    assert "Participant" in schema["$defs"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "geçerli bir JSON değil (satır 1, sütun 2)"),
        ("[]", "bir JSON nesnesi değil"),
        ('{"schema_version": 99}', "daha yeni bir OSB Basın sürümüyle yazılmış"),
        ('{"schema_version": "bir"}', "şema sürümü geçersiz"),
        ('{"release_date": "dün"}', "Bülten tarihi: geçerli bir tarih olmalı"),
        (
            '{"event": {"when": "yarın"}}',
            "Etkinlik › Tarih ve saat: geçerli bir tarih ve saat olmalı",
        ),
        ('{"participants": [{}, {"side": "x"}]}', "Katılımcılar › 2. öğe › Taraf: izin verilen"),
        ('{"headline": 5}', "Başlık: metin olmalı"),
        ('{"başlık": "x"}', "başlık: tanınmayan alan"),
        ('{"quotes": {"a": 1}}', "Alıntılar: liste olmalı"),
    ],
)
def test_bad_draft_gives_turkish_message_naming_the_field(text: str, message: str) -> None:
    with pytest.raises(DraftError) as caught:
        load_release(text, what="taslak.json")
    assert str(caught.value).startswith("taslak.json")
    assert message in str(caught.value)
    assert "Input should" not in str(caught.value)


def test_deeply_nested_json_is_refused_not_crashing() -> None:
    with pytest.raises(DraftError):
        load_release("[" * 100_000 + "]" * 100_000)


def test_bad_profile_names_the_field() -> None:
    with pytest.raises(DraftError, match="Yazım tercihleri › Kesme işareti"):
        load_profile('{"style": {"apostrophe": "`"}}')


def test_lone_surrogates_are_replaced_so_the_draft_can_be_saved() -> None:
    release = Release(headline="a\ud800b")
    assert release.headline == "a\ufffdb"
    assert load_release(release.model_dump_json()).headline == "a\ufffdb"


def test_older_schema_is_upgraded_step_by_step(monkeypatch: pytest.MonkeyPatch) -> None:
    def rename_title(data: dict[str, object]) -> dict[str, object]:
        data["headline"] = data.pop("baslik")
        return data

    monkeypatch.setattr(validation, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(validation, "MIGRATIONS", {1: rename_title})
    release = load_release('{"schema_version": 1, "baslik": "Eski taslak"}')
    assert release.headline == "Eski taslak"
    assert release.schema_version == 2


def test_missing_migration_step_is_a_turkish_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validation, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(validation, "MIGRATIONS", {})
    with pytest.raises(DraftError, match="şema 1 sürümünden yükseltme yolu yok"):
        load_release('{"schema_version": 1}')


def test_schema_1_draft_opens_at_the_current_schema_with_every_value_kept() -> None:
    old = sample_release().model_dump(mode="json")
    old["schema_version"] = 1
    for participant in old["participants"]:
        del participant["signatory"]
    del old["manual_order"]
    del old["event"]["city"]
    release = load_release(json.dumps(old))
    assert release.schema_version == SCHEMA_VERSION
    assert release.headline == sample_release().headline
    assert [p.name for p in release.participants] == [p.name for p in sample_release().participants]
    assert not any(p.signatory for p in release.participants)
    assert release.event.city == "" and not release.manual_order


def test_schema_1_profile_opens_with_no_checks_off() -> None:
    old = sample_profile().model_dump(mode="json")
    old["schema_version"] = 1
    del old["checks_off"]
    del old["style"]["compound_spelling"]
    profile = load_profile(json.dumps(old))
    assert profile.checks_off == [] and profile.style.compound_spelling == "iş birliği"
    assert profile.name == sample_profile().name
