"""The live preview: a request renders every tab; only the newest text is ever shown;
a failed render says why in Turkish and keeps the last good one."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from osbpress.model import Photo, Release
from osbpress.sample import sample_media, sample_profile, sample_release
from ui.operations import Operations
from ui.preview import PreviewController, PreviewPanel, PreviewResult

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
    qtbot: QtBot, controller: PreviewController, panel: PreviewPanel
) -> None:
    with qtbot.waitSignal(controller.rendered, timeout=10_000) as signal:
        controller.request(titled("Önizleme Başlığı Çalışıyor"), sample_profile(), sample_media)
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


def test_two_quick_requests_show_only_the_second(
    qtbot: QtBot, controller: PreviewController, operations: Operations
) -> None:
    shown: list[PreviewResult] = []
    controller.rendered.connect(shown.append)
    controller.request(titled("Birinci Başlık"), sample_profile(), sample_media)
    controller.request(titled("İkinci Başlık"), sample_profile(), sample_media)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    qtbot.waitUntil(lambda: not controller.busy() and operations.running == 0)
    assert headlines(shown) == ["İkinci Başlık"]


def test_a_render_typed_over_while_running_is_dropped(
    qtbot: QtBot, controller: PreviewController, operations: Operations
) -> None:
    shown: list[PreviewResult] = []
    controller.rendered.connect(shown.append)
    controller.request(titled("Eski Metin"), sample_profile(), sample_media)
    controller.render_now()
    assert operations.running == 1  # the old text is rendering …
    controller.request(titled("Yeni Metin"), sample_profile(), sample_media)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    qtbot.waitUntil(lambda: not controller.busy() and operations.running == 0)
    assert headlines(shown) == ["Yeni Metin"]  # … and never reaches the screen


def test_requests_while_rendering_end_in_one_more_render(
    qtbot: QtBot, controller: PreviewController, operations: Operations
) -> None:
    shown: list[PreviewResult] = []
    controller.rendered.connect(shown.append)
    controller.request(titled("Başlık 0"), sample_profile(), sample_media)
    controller.render_now()
    for n in range(1, 6):
        controller.request(titled(f"Başlık {n}"), sample_profile(), sample_media)
        controller.render_now()
        assert operations.running == 1  # never more than one render at a time
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    qtbot.waitUntil(lambda: not controller.busy() and operations.running == 0)
    assert headlines(shown) == ["Başlık 5"]


def test_a_failed_render_says_why_and_keeps_the_last_good_one(
    qtbot: QtBot, controller: PreviewController, panel: PreviewPanel
) -> None:
    with qtbot.waitSignal(controller.rendered, timeout=10_000):
        controller.request(titled("İyi Sürüm"), sample_profile(), sample_media)
    good = controller.latest()

    broken = titled("Bozuk Sürüm")
    broken.photos.append(Photo(image="sha256:" + "0" * 64, caption="Kayıp fotoğraf"))
    with qtbot.waitSignal(controller.failed, timeout=10_000) as signal:
        controller.request(broken, sample_profile(), sample_media)
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
        controller.request(titled("Düzeltilmiş Sürüm"), sample_profile(), sample_media)
    assert "hazırlanamadı" not in panel.status_text()


def test_an_error_that_is_not_the_engines_reaches_the_exception_hook(
    qtbot: QtBot, controller: PreviewController, operations: Operations
) -> None:
    def broken_media(reference: str) -> bytes:
        raise RuntimeError("programlama hatası")

    failed: list[str] = []
    controller.failed.connect(failed.append)
    with qtbot.capture_exceptions() as exceptions:
        controller.request(sample_release(), sample_profile(), broken_media)
        controller.render_now()
        qtbot.waitUntil(lambda: operations.running == 0, timeout=10_000)
    assert [type(e[1]) for e in exceptions] == [RuntimeError]
    assert failed == []
    assert not controller.busy()


def test_a_started_render_reads_a_snapshot(qtbot: QtBot, controller: PreviewController) -> None:
    release = titled("Gönderilen Başlık")
    with qtbot.waitSignal(controller.rendered, timeout=10_000) as signal:
        controller.request(release, sample_profile(), sample_media)
        controller.render_now()
        release.headline = "Sonradan Değişen Başlık"  # changed while the worker renders
        release.sections[0].heading = "Sonradan Değişen Bölüm"
    assert signal.args[0].document.headline == "Gönderilen Başlık"
    assert "Sonradan Değişen Bölüm" not in signal.args[0].text


def test_each_pause_in_typing_renders_again(qtbot: QtBot, controller: PreviewController) -> None:
    for n in range(3):
        with qtbot.waitSignal(controller.rendered, timeout=10_000) as signal:
            controller.request(titled(f"Sürüm {n}"), sample_profile(), sample_media)
        assert signal.args[0].document.headline == f"Sürüm {n}"


def test_warm_up_renders_in_the_background_and_shows_nothing(
    qtbot: QtBot, controller: PreviewController, operations: Operations
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
        controller.request(titled("Isınmadan Sonra İlk Önizleme"), sample_profile(), sample_media)
    assert headlines([signal.args[0]]) == ["Isınmadan Sonra İlk Önizleme"]
    assert shown == [signal.args[0]]


def test_a_tab_off_screen_takes_the_newest_render_when_brought_forward(
    qtbot: QtBot, controller: PreviewController, panel: PreviewPanel
) -> None:
    with qtbot.waitSignal(controller.rendered, timeout=10_000):
        controller.request(titled("İlk Sürüm"), sample_profile(), sample_media)
    show_tab(qtbot, panel, 3)
    assert "İlk Sürüm" in panel.tabs().widget(3).toPlainText()

    with qtbot.waitSignal(controller.rendered, timeout=10_000):
        controller.request(titled("Yeni Sürüm"), sample_profile(), sample_media)
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


def test_a_request_pending_when_the_workers_shut_down_starts_nothing(qtbot: QtBot) -> None:
    operations = Operations()
    controller = PreviewController(operations, debounce_ms=50)
    controller.request(titled("Kapanırken"), sample_profile(), sample_media)
    operations.shutdown()  # the window closed before the debounce ran out
    qtbot.wait(200)  # the debounce fires: without the check the pool refuses new work and raises
    assert controller.latest() is None
