"""The draft pipeline: each text composed once, snapshots in order, the current one on demand."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

import ui.pipeline
from osbpress.checks import Severity
from osbpress.compose import compose, suggest
from osbpress.model import Release
from osbpress.sample import sample_media, sample_profile, sample_release
from tests.ui.checks.faulty import bad_release, no_contact_profile
from ui.checks.panel import ChecksPanel
from ui.operations import Operations
from ui.pipeline import DraftPipeline, Snapshot


def _titled(headline: str) -> Release:
    return sample_release().model_copy(update={"headline": headline})


def _published(qtbot: QtBot, pipeline: DraftPipeline) -> list[Snapshot]:
    seen: list[Snapshot] = []
    pipeline.published.connect(seen.append)
    return seen


def test_one_snapshot_holds_document_suggestions_and_findings(
    qtbot: QtBot, operations: Operations
) -> None:
    pipeline = DraftPipeline(operations)
    release, profile = sample_release(), sample_profile()
    with qtbot.waitSignal(pipeline.published, timeout=10_000) as blocker:
        pipeline.submit(release, profile, sample_media)
    snapshot: Snapshot = blocker.args[0]
    assert snapshot.document == compose(release, profile, media=sample_media)
    assert snapshot.suggestions is not None
    assert snapshot.suggestions.headline == suggest(release, profile).headline
    assert snapshot.label == snapshot.document.headline
    assert snapshot.findings and not [f for f in snapshot.findings if f.severity is Severity.HATA]
    assert pipeline.compositions == 1
    assert pipeline.current() is snapshot


def test_the_findings_light_up_a_bad_release(qtbot: QtBot, operations: Operations) -> None:
    pipeline = DraftPipeline(operations)
    with qtbot.waitSignal(pipeline.published, timeout=10_000) as blocker:
        pipeline.submit(bad_release(), no_contact_profile(), sample_media)
    rules = {f.rule for f in blocker.args[0].findings if f.severity is Severity.HATA}
    assert {"alinti-konusmaci", "iletisim-eksik"} <= rules


def test_texts_typed_during_a_composition_are_coalesced_into_the_newest(
    qtbot: QtBot, operations: Operations
) -> None:
    pipeline = DraftPipeline(operations)
    seen = _published(qtbot, pipeline)
    for number in range(6):
        pipeline.submit(_titled(f"Başlık {number}"), sample_profile(), sample_media)
    assert pipeline.busy() and pipeline.current() is None
    qtbot.waitUntil(lambda: not pipeline.busy(), timeout=10_000)
    # The first started at once; the four typed while it ran were never composed.
    assert pipeline.compositions == 2
    assert [s.release.headline for s in seen] == ["Başlık 0", "Başlık 5"]
    assert [s.generation for s in seen] == sorted(s.generation for s in seen)


def test_when_current_waits_for_the_text_submitted_last(
    qtbot: QtBot, operations: Operations
) -> None:
    pipeline = DraftPipeline(operations)
    pipeline.submit(_titled("Eski Başlık"), sample_profile(), sample_media)
    pipeline.submit(_titled("Son Başlık"), sample_profile(), sample_media)
    got: list[Snapshot] = []
    pipeline.when_current(got.append)
    assert not got  # still being composed
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert got[0].release.headline == "Son Başlık"
    # Once out, it is handed over at once.
    pipeline.when_current(got.append)
    assert len(got) == 2 and got[1] is got[0]


def test_a_text_that_cannot_be_composed_is_a_snapshot_without_document(
    qtbot: QtBot, operations: Operations
) -> None:
    pipeline = DraftPipeline(operations)
    release = sample_release()
    release.photos[0].image = "silinmis-foto.jpg"  # sample_media has no such file
    with qtbot.waitSignal(pipeline.published, timeout=10_000) as blocker:
        pipeline.submit(release, sample_profile(), sample_media)
    snapshot: Snapshot = blocker.args[0]
    assert snapshot.document is None and snapshot.suggestions is None
    assert snapshot.error and snapshot.error_field and snapshot.error_field[0] == "photos"


def test_a_closed_draft_publishes_nothing_more(qtbot: QtBot, operations: Operations) -> None:
    pipeline = DraftPipeline(operations)
    seen = _published(qtbot, pipeline)
    pipeline.submit(sample_release(), sample_profile(), sample_media)
    waited: list[Snapshot] = []
    pipeline.when_current(waited.append)
    pipeline.clear()
    qtbot.waitUntil(lambda: not pipeline.busy(), timeout=10_000)
    qtbot.wait(50)
    assert seen == [] and waited == [] and pipeline.latest() is None


def test_the_snapshot_feeds_the_checks_panel(qtbot: QtBot, operations: Operations) -> None:
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    pipeline = DraftPipeline(operations)
    pipeline.published.connect(lambda snapshot: panel.set_findings(list(snapshot.findings)))
    with qtbot.waitSignal(panel.count_changed, timeout=10_000):
        pipeline.submit(bad_release(), no_contact_profile(), sample_media)
    assert panel.summary_text().startswith("2 hata")


def test_a_bug_in_composing_reaches_the_hook_and_abandons_the_waiters(
    qtbot: QtBot, operations: Operations, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("programlama hatası")

    monkeypatch.setattr(ui.pipeline, "composition", broken)
    pipeline = DraftPipeline(operations)
    waited: list[Snapshot] = []
    with qtbot.capture_exceptions() as hooked, qtbot.waitSignal(pipeline.abandoned, timeout=10_000):
        pipeline.submit(sample_release(), sample_profile(), sample_media)
        pipeline.when_current(waited.append)
    assert [type(e[1]) for e in hooked] == [RuntimeError]
    assert waited == [] and not pipeline.busy()
