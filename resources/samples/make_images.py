"""Draws the sample photo and logo (run once; the outputs are committed).

The sample release needs a photo and a logo to show captions and the
letterhead; these are drawn shapes, not photographs of real people.
"""

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).parent


def photo() -> Image.Image:
    image = Image.new("RGB", (1600, 1000))
    draw = ImageDraw.Draw(image)
    for y in range(620):
        shade = 150 + y * 90 // 620
        draw.line([(0, y), (1600, y)], fill=(shade - 60, shade - 20, 235))
    draw.rectangle([0, 620, 1600, 1000], fill=(96, 104, 96))
    for x, height, colour in (
        (120, 260, (188, 182, 170)),
        (520, 340, (160, 164, 172)),
        (980, 220, (200, 190, 160)),
        (1280, 300, (150, 150, 140)),
    ):
        draw.rectangle([x, 620 - height, x + 300, 620], fill=colour)
        for wx in range(x + 30, x + 280, 60):
            for wy in range(640 - height, 600, 70):
                draw.rectangle([wx, wy, wx + 30, wy + 35], fill=(70, 90, 120))
    for i, x in enumerate(range(420, 1260, 170)):
        draw.ellipse([x, 640, x + 60, 700], fill=(230, 200, 170))
        draw.rectangle([x - 10, 700, x + 70, 900], fill=((40, 50, 80), (60, 60, 60))[i % 2])
    return image


def logo() -> Image.Image:
    image = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse([10, 10, 390, 390], fill=(0, 84, 147, 255))
    draw.polygon([(200, 70), (320, 300), (80, 300)], fill=(255, 255, 255, 255))
    draw.rectangle([150, 220, 250, 300], fill=(0, 84, 147, 255))
    return image


if __name__ == "__main__":
    photo().save(HERE / "ziyaret.jpg", quality=80, optimize=True)
    logo().save(HERE / "logo.png", optimize=True)
