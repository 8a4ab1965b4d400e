"""Render the app icon from its one source, ``osbpress.svg``, to every file the app ships.

Qt's SVG renderer draws the PNGs (16 … 1024 px, what ``ui.style.app_icon``
loads so every screen scale gets a sharp picture); Pillow packs them into
``osbpress.ico`` (Windows, 16 … 256) and ``osbpress.icns`` (macOS, 16 …
1024). Run it after changing the SVG and commit what it writes::

    .venv/bin/python resources/icons/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "osbpress.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return HERE / "png" / f"osbpress-{size}.png"


def render_pngs() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} okunamadı")
    written = []
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = png_path(size)
        path.parent.mkdir(exist_ok=True)
        if not image.save(str(path)):
            raise SystemExit(f"{path} yazılamadı")
        written.append(path)
    del app
    return written


def pack() -> None:
    from PIL import Image

    largest = Image.open(png_path(max(PNG_SIZES)))
    # Each size from its own rendering, not scaled down from the largest one.
    ico_frames = [Image.open(png_path(size)) for size in ICO_SIZES]
    ico_frames[-1].save(
        HERE / "osbpress.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=ico_frames[:-1],
    )
    icns_sizes = [size for size in PNG_SIZES if size in (16, 32, 64, 128, 256, 512, 1024)]
    largest.save(
        HERE / "osbpress.icns",
        append_images=[Image.open(png_path(size)) for size in icns_sizes[:-1]],
    )


def main() -> None:
    for path in render_pngs():
        print(path.relative_to(HERE))
    pack()
    print("osbpress.ico\nosbpress.icns")


if __name__ == "__main__":
    main()
