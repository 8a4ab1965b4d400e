"""Photo rules: every photo has an image, a caption and a credit, names people with
their titles, and is large enough to print.

The pixel size needs the photo's bytes: ``check`` takes a media lookup for
that and skips the size rule without one. A store reference names its
content, so its size is remembered after the first look.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator

from PIL import Image

from osbpress.checks.context import Context
from osbpress.checks.registry import Flag, hata, rule, uyari
from osbpress.errors import MediaError
from osbpress.i18n import N_, _
from osbpress.media import open_checked, parse_ref
from osbpress.turkish import fold

PRINT_LONG_SIDE = 1200
_SIZES: dict[str, tuple[int, int]] = {}


@rule("foto-gorsel", N_("Her fotoğrafın görseli seçilmiş"))
def image_chosen(context: Context) -> Iterator[Flag]:
    for index, photo in enumerate(context.release.photos):
        if not photo.image.strip() and (photo.caption.strip() or photo.credit.strip()):
            yield hata(
                _(
                    "{number}. fotoğrafın görseli seçilmemiş: Fotoğraflar sayfasında görseli "
                    "seçin ya da fotoğrafı silin."
                ).format(number=index + 1),
                "photos",
                index,
                "image",
            )


@rule("foto-altyazi", N_("Her fotoğrafın alt yazısı var"))
def caption(context: Context) -> Iterator[Flag]:
    for index, photo in enumerate(context.release.photos):
        if photo.image.strip() and not photo.caption.strip():
            yield uyari(
                _(
                    "{number}. fotoğrafın alt yazısı yok: kimin, nerede, ne yaparken "
                    "göründüğünü bir cümleyle yazın."
                ).format(number=index + 1),
                "photos",
                index,
                "caption",
            )


@rule("foto-kaynak", N_("Her fotoğrafın kaynağı (çeken) yazılı"))
def credit(context: Context) -> Iterator[Flag]:
    for index, photo in enumerate(context.release.photos):
        if photo.image.strip() and not photo.credit.strip():
            yield uyari(
                _(
                    "{number}. fotoğrafın kaynağı yok: gazeteler kaynağı yazılmayan fotoğrafı "
                    "kullanmaz. Çekeni ya da kurumu yazın (örn. “Kahramanmaraş OSB”)."
                ).format(number=index + 1),
                "photos",
                index,
                "credit",
            )


@rule("foto-unvan", N_("Alt yazıdaki kişiler unvanlarıyla"))
def caption_titles(context: Context) -> Iterator[Flag]:
    for index, photo in enumerate(context.release.photos):
        text = fold(photo.caption)
        for participant in context.release.participants:
            name, title = " ".join(participant.name.split()), " ".join(participant.title.split())
            if name and title and fold(name) in text and fold(title) not in text:
                yield uyari(
                    _(
                        "{number}. fotoğrafın alt yazısında {name} unvansız anılıyor: "
                        "“{titled}” yazın."
                    ).format(number=index + 1, name=name, titled=f"{title} {name}"),
                    "photos",
                    index,
                    "caption",
                )


def _size(reference: str, data: bytes) -> tuple[int, int]:
    cached = _SIZES.get(reference)
    if cached is None:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            _image, width, height = open_checked(data, f"“{reference}”")
        cached = (width, height)
        if parse_ref(reference) is not None:
            _SIZES[reference] = cached  # a store reference names its content: it never changes
    return cached


@rule("foto-boyut", N_("Fotoğraflar baskıya yetecek büyüklükte"))
def print_size(context: Context) -> Iterator[Flag]:
    media = context.media
    if media is None:
        return
    for index, photo in enumerate(context.release.photos):
        reference = photo.image.strip()
        if not reference:
            continue
        try:
            size = _SIZES.get(reference)
            if size is None:
                data = media(reference)
                if data is None:
                    continue
                size = _size(reference, data)
        except MediaError as error:
            yield hata(
                _("{number}. fotoğraf okunamıyor: {error}").format(number=index + 1, error=error),
                "photos",
                index,
                "image",
            )
            continue
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            yield hata(
                _("{number}. fotoğraf çok fazla piksel içeriyor.").format(number=index + 1),
                "photos",
                index,
                "image",
            )
            continue
        if max(size) < PRINT_LONG_SIDE:
            yield uyari(
                _(
                    "{number}. fotoğraf {width}×{height} piksel: baskı için uzun kenarı en az "
                    "{least} piksel olmalı. Aynı fotoğrafın büyük hâlini seçin."
                ).format(number=index + 1, width=size[0], height=size[1], least=PRINT_LONG_SIDE),
                "photos",
                index,
                "image",
            )
