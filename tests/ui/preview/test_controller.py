"""The live preview: each snapshot of the draft pipeline renders every tab; the preview
never steps back to an older text; a text that cannot be composed says why in Turkish
and keeps the last good one."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from osbpress.model import Photo, Release
from osbpress.sample import sample_media, sample_profile, sample_release
from ui.operations import Operations
from ui.pipeline import DraftPipeline
from ui.preview import PreviewController, PreviewPanel, PreviewResult

from .conftest import Request

# The offscreen platform says this whenever a shown window holds a combo box; it is no fault.


def titled(headline: str) -> Release:
    """The sample release under the officer's own ``headline``."""
    release = sample_release()
    release.headline = headline
    return release


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def show_tab(qtbot: QtBot, panel: PreviewPanel, index: int) -> None:
    """Click the tab at ``index``, as the officer would."""
    bar = panel.tabs().tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert panel.tabs().currentIndex() == index


def headlines(results: list[PreviewResult]) -> list[str]:
    return [result.document.headline for result in results]


def test_a_request_renders_pdf_web_source_and_text(
    qtbot: QtBot, controller: PreviewController, panel: PreviewPanel, request_text: Request
) -> None:
    with qtbot.waitSignal(controller.rendered, timeout=10_000) as signal:
        request_text(titled("Önizleme Başlığı Çalışıyor"))
    result = signal.args[0]
    assert isinstance(result, PreviewResult)
    assert controller.latest() is result
    assert "Önizleme Başlığı Çalışıyor" in pdf_text(result.pdf)

    qtbot.waitUntil(lambda: panel.pdf().page_count() >= 1)
    assert panel.pdf().page_count() == len(PdfReader(io.BytesIO(result.pdf)).pages)
    show_tab(qtbot, panel, 1)
    assert "Önizleme Başlığı Çalışıyor" in panel.web().toPlainText()
    show_tab(qtbot, panel, 2)
    assert "<h1>Önizleme Başlığı Çalışıyor</h1>" in panel.tabs().widget(2).toPlainText()
    show_tab(qtbot, panel, 3)
    assert "\n\nÖnizleme Başlığı Çalışıyor\n\n" in panel.tabs().widget(3).toPlainText()
    assert "ms’de hazırlandı" in panel.status_text()
    assert [panel.tabs().tabText(i) for i in range(4)] == ["PDF", "Web", "HTML kaynağı", "Metin"]


def test_texts_typed_while_rendering_end_in_the_newest_and_never_step_back(
    qtbot: QtBot,
    controller: PreviewController,
    pipeline: DraftPipeline,
    operations: Operations,
    request_text: Request,
) -> None:
    shown: list[PreviewResult] = []
    controller.rendered.connect(shown.append)
    for n in range(6):
        request_text(titled(f"Başlık {n}"))
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    qtbot.waitUntil(
        lambda: not (controller.busy() or pipeline.busy()) and operations.running == 0,
        timeout=10_000,
    )
    # The first text is composed and rendered at once; the ones typed meanwhile
    # end in one more render, of the newest; nothing older follows a newer one.
    assert headlines(shown) == ["Başlık 0", "Başlık 5"]


def test_a_failed_composition_between_renders_is_not_overwritten_by_an_older_render(
    qtbot: QtBot, controller: PreviewController, panel: PreviewPanel, request_text: Request
) -> None:
    shown: list[PreviewResult] = []
    controller.rendered.connect(shown.append)
    request_text(titled("Eski Sürüm"))
    broken = titled("Bozuk Sürüm")
    broken.photos.append(Photo(image="sha256:" + "0" * 64, caption="Kayıp fotoğraf"))
    with qtbot.waitSignal(controller.failed, timeout=10_000):
        request_text(broken)
    qtbot.waitUntil(lambda: not controller.busy(), timeout=10_000)
    qtbot.wait(50)
    assert "bulunamadı" in panel.status_text()  # the newest text's fault stays in sight


def test_a_failed_render_says_why_and_keeps_the_last_good_one(
    qtbot: QtBot, controller: PreviewController, panel: PreviewPanel, request_text: Request
) -> None:
    with qtbot.waitSignal(controller.rendered, timeout=10_000):
        request_text(titled("İyi Sürüm"))
    good = controller.latest()

    broken = titled("Bozuk Sürüm")
    broken.photos.append(Photo(image="sha256:" + "0" * 64, caption="Kayıp fotoğraf"))
    with qtbot.waitSignal(controller.failed, timeout=10_000) as signal:
        request_text(broken)
    message = signal.args[0]
    assert "bulunamadı" in message
    assert "Traceback" not in message
    assert message in panel.status_text()
    assert "Son başarılı önizleme gösteriliyor" in panel.status_text()
    assert controller.latest() is good
    assert panel.result() is good
    show_tab(qtbot, panel, 1)
    assert "İyi Sürüm" in panel.web().toPlainText()

    with qtbot.waitSignal(controller.rendered, timeout=10_000):
        request_text(titled("Düzeltilmiş Sürüm"))
    assert "hazırlanamadı" not in panel.status_text()


def test_an_error_that_is_not_the_engines_reaches_the_exception_hook(
    qtbot: QtBot, controller: PreviewController, operations: Operations, request_text: Request
) -> None:
    def broken_media(reference: str) -> bytes:
        raise RuntimeError("programlama hatası")

    failed: list[str] = []
    controller.failed.connect(failed.append)
    with qtbot.capture_exceptions() as exceptions:
        request_text(sample_release(), broken_media)
        qtbot.waitUntil(lambda: operations.running == 0, timeout=10_000)
    assert [type(e[1]) for e in exceptions] == [RuntimeError]
    assert failed == []
    assert not controller.busy()


def test_a_published_snapshot_does_not_change_with_the_text_it_was_made_of(
    qtbot: QtBot, pipeline: DraftPipeline, request_text: Request
) -> None:
    release = titled("Gönderilen Başlık")
    with qtbot.waitSignal(pipeline.published, timeout=10_000) as signal:
        request_text(release)
    release.headline = "Sonradan Değişen Başlık"  # a script breaking the editor's promise
    release.sections[0].heading = "Sonradan Değişen Bölüm"
    snapshot = signal.args[0]
    assert snapshot.release.headline == "Gönderilen Başlık"
    assert snapshot.release.sections[0].heading != "Sonradan Değişen Bölüm"


def test_each_pause_in_typing_renders_again(
    qtbot: QtBot, controller: PreviewController, request_text: Request
) -> None:
    for n in range(3):
        with qtbot.waitSignal(controller.rendered, timeout=10_000) as signal:
            request_text(titled(f"Sürüm {n}"))
        assert signal.args[0].document.headline == f"Sürüm {n}"


def test_warm_up_renders_in_the_background_and_shows_nothing(
    qtbot: QtBot, controller: PreviewController, operations: Operations, request_text: Request
) -> None:
    shown: list[PreviewResult] = []
    controller.rendered.connect(shown.append)
    with qtbot.waitSignal(controller.warmed, timeout=20_000) as warmed:
        controller.warm_up()
    assert warmed.args[0] > 0
    qtbot.waitUntil(lambda: operations.running == 0)
    assert shown == [] and controller.latest() is None and not controller.busy()

    # The officer's first render after it is the one shown, complete.
    with qtbot.waitSignal(controller.rendered, timeout=10_000) as signal:
        request_text(titled("Isınmadan Sonra İlk Önizleme"))
    assert headlines([signal.args[0]]) == ["Isınmadan Sonra İlk Önizleme"]
    assert shown == [signal.args[0]]


def test_a_tab_off_screen_takes_the_newest_render_when_brought_forward(
    qtbot: QtBot, controller: PreviewController, panel: PreviewPanel, request_text: Request
) -> None:
    with qtbot.waitSignal(controller.rendered, timeout=10_000):
        request_text(titled("İlk Sürüm"))
    show_tab(qtbot, panel, 3)
    assert "İlk Sürüm" in panel.tabs().widget(3).toPlainText()

    with qtbot.waitSignal(controller.rendered, timeout=10_000):
        request_text(titled("Yeni Sürüm"))
    assert "Yeni Sürüm" in panel.tabs().widget(3).toPlainText()  # the tab on screen: at once
    # The tabs off screen are not laid out for every render: typing must not wait for them.
    assert "Yeni Sürüm" not in panel.web().toPlainText()
    show_tab(qtbot, panel, 1)
    assert "Yeni Sürüm" in panel.web().toPlainText()
    show_tab(qtbot, panel, 0)

    def pdf_on_screen() -> str:
        document = panel.pdf().view().document()
        return document.getAllText(0).text() if document is not None else ""

    qtbot.waitUntil(lambda: "Yeni Sürüm" in pdf_on_screen())


def test_a_text_handed_over_after_the_workers_shut_down_starts_nothing(qtbot: QtBot) -> None:
    operations = Operations()
    pipeline = DraftPipeline(operations)
    controller = PreviewController(operations)
    pipeline.published.connect(controller.show)
    operations.shutdown()  # the window closed; a last edit arrives after
    pipeline.submit(titled("Kapanırken"), sample_profile(), sample_media)  # must not raise
    qtbot.wait(100)
    assert controller.latest() is None and pipeline.latest() is None
