"""``.osbpress`` files: one release with its photos, to carry between computers.

A bundle is a zip holding ``manifest.json`` (format and program version),
``draft.json`` (the release, photos named ``sha256:<hex>``) and
``media/<hex>.<ext>``. A colleague's file is untrusted: ``import_bundle``
checks every entry's name, kind and size before reading it, counts the
bytes while reading (declared sizes can lie), validates the JSON and
decodes every photo, and only then returns anything, so a refused file has
written nothing. Every refusal is a ``BundleError`` saying what is wrong.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from osbpress import __version__
from osbpress.errors import BundleError, DraftError, MediaError, at_field
from osbpress.files import open_regular, windows_refusal
from osbpress.i18n import _
from osbpress.media import (
    IMAGE_FORMATS,
    MAX_MEDIA_BYTES,
    MediaSource,
    check_image,
    folder_media,
    parse_ref,
    photo_label,
    ref_for,
)
from osbpress.model import Release
from osbpress.validation import load_release, load_release_file, parse_json

if TYPE_CHECKING:
    from osbpress.store import DraftStore

FORMAT = "osbpress"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DRAFT = "draft.json"
MAX_ENTRIES = 500
MAX_JSON_BYTES = 4 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
# Photos barely compress and JSON about tenfold; far beyond that is a zip bomb.
MAX_RATIO = 100
_RATIO_FLOOR = 1024 * 1024  # small entries may compress as well as they like
_MEDIA_NAME = re.compile(r"media/([0-9a-f]{64})\.(" + "|".join(IMAGE_FORMATS.values()) + ")")
_CHUNK = 64 * 1024


def export_bundle(release: Release, media: MediaSource, path: Path) -> Path:
    """Write ``release`` and its photos (read through ``media``) to ``path`` atomically."""
    # Before any photo is read: the name and the ".partial" beside it must suit Windows.
    refusal = windows_refusal(path, room=len(".") + len(".partial"))
    if refusal is not None:
        raise BundleError(refusal)
    files: dict[str, bytes] = {}
    refs: dict[str, str] = {}
    for number, photo in enumerate(release.photos):
        if not photo.image or photo.image in refs:
            continue
        with at_field(("photos", number, "image")):
            data = media(photo.image)
            label = photo_label(number + 1, photo.image, photo.caption)
            kind = check_image(data, photo.image, label=label)
        refs[photo.image] = ref_for(data)
        files[f"media/{parse_ref(refs[photo.image])}.{IMAGE_FORMATS[kind]}"] = data
    portable = release.model_copy(deep=True)
    for photo in portable.photos:
        photo.image = refs.get(photo.image, photo.image)
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "schema_version": portable.schema_version,
    }
    partial = path.with_name(f".{path.name}.partial")
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
            archive.writestr(DRAFT, portable.model_dump_json(indent=2))
            for entry, data in sorted(files.items()):
                # Photos are compressed already; deflating them again only costs time.
                archive.writestr(entry, data, compress_type=zipfile.ZIP_STORED)
        with partial.open("rb+") as written:
            os.fsync(written.fileno())
        os.replace(partial, path)
    except OSError as error:
        with contextlib.suppress(OSError):  # e.g. the folder is a file: nothing to remove
            partial.unlink(missing_ok=True)
        raise BundleError(
            _("“{path}” yazılamadı: {reason}").format(path=path, reason=error.strerror or error)
        ) from None
    return path


def import_bundle(path: Path) -> tuple[Release, dict[str, bytes]]:
    """The release in bundle ``path`` and its photos by ``sha256:`` reference, all checked."""
    name = f"“{path.name}”"
    # A regular file only: a FIFO would block and /dev/urandom never ends.
    handle = open_regular(path, name, BundleError)
    try:
        if os.fstat(handle.fileno()).st_size > MAX_TOTAL_BYTES:
            raise BundleError(
                _("{name} çok büyük (en çok {limit} MB)").format(
                    name=name, limit=MAX_TOTAL_BYTES // 2**20
                )
            )
        archive = zipfile.ZipFile(handle)
    except BaseException as error:
        handle.close()
        if isinstance(error, (zipfile.BadZipFile, OSError, ValueError, EOFError)):
            raise BundleError(
                _("{name} bir OSB Basın paketi değil ya da bozuk (zip okunamadı)").format(name=name)
            ) from None
        raise
    with handle, archive:
        entries = _check_entries(archive.infolist(), name)
        _check_manifest(_read(archive, entries[MANIFEST], MAX_JSON_BYTES, name), name)
        try:
            release = load_release(
                _read(archive, entries[DRAFT], MAX_JSON_BYTES, name),
                what=_("{name} içindeki taslak").format(name=name),
            )
        except DraftError as error:
            raise BundleError(str(error), field=error.field) from None
        stored: dict[str, zipfile.ZipInfo] = {}
        for entry, info in entries.items():
            match = _MEDIA_NAME.fullmatch(entry)
            if match:
                stored[f"sha256:{match.group(1)}"] = info
        media: dict[str, bytes] = {}
        for number, photo in enumerate(release.photos):
            if not photo.image or photo.image in media:
                continue
            place = ("photos", number, "image")
            label = photo_label(number + 1, photo.image, photo.caption)
            if photo.image not in stored:
                raise BundleError(
                    _("{name} içinde {photo} yok").format(name=name, photo=label), field=place
                )
            data = _read(archive, stored[photo.image], MAX_MEDIA_BYTES, name)
            if ref_for(data) != photo.image:
                raise BundleError(
                    _("{name} içindeki {photo} bozuk (içerik, adındaki özetle uyuşmuyor)").format(
                        name=name, photo=label
                    ),
                    field=place,
                )
            try:
                check_image(data, stored[photo.image].filename, label=label)
            except MediaError as error:
                raise BundleError(f"{name}: {error}", field=place) from None
            media[photo.image] = data
    return release, media


def import_into(store: DraftStore, path: Path) -> str:
    """Check bundle ``path`` completely, then add it to ``store`` as a new draft; its id."""
    release, media = import_bundle(path)
    return store.create(
        release, media=media, note=_("“{name}” paketinden alındı").format(name=path.name)
    )


def import_file(store: DraftStore, path: Path) -> str:
    """Add a ``.osbpress`` bundle or a loose JSON draft to ``store``; the new draft's id.

    A JSON draft's photos (paths beside it) are read, checked and stored by
    content hash, so the stored draft no longer depends on those files.
    """
    if path.suffix.lower() == ".osbpress":
        return import_into(store, path)
    release = load_release_file(path)
    source = folder_media(path.parent)
    media: dict[str, bytes] = {}
    names: dict[str, str] = {}
    for number, photo in enumerate(release.photos):
        if photo.image and parse_ref(photo.image) is None:
            # Checked here too, so a bad photo is named by its file, not its hash.
            with at_field(("photos", number, "image")):
                data = source(photo.image)
                check_image(data, photo.image)
            original = Path(photo.image).name
            photo.image = ref_for(data)
            media[photo.image] = data
            names[photo.image] = original
    return store.create(
        release,
        media=media,
        media_names=names,
        note=_("“{name}” dosyasından alındı").format(name=path.name),
    )


def bundle_media(media: Mapping[str, bytes]) -> MediaSource:
    """A media source over the photos ``import_bundle`` returned."""

    def read(reference: str) -> bytes:
        try:
            return media[reference]
        except KeyError:
            raise MediaError(
                _("“{reference}” fotoğrafı pakette yok").format(reference=reference)
            ) from None

    return read


def _check_entries(infos: list[zipfile.ZipInfo], name: str) -> dict[str, zipfile.ZipInfo]:
    """Every entry by name, after refusing anything unsafe or unexpected."""
    if len(infos) > MAX_ENTRIES:
        raise BundleError(
            _("{name} çok fazla dosya içeriyor ({count}; en çok {limit})").format(
                name=name, count=len(infos), limit=MAX_ENTRIES
            )
        )
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        entry = info.filename
        parts = entry.split("/")
        if (
            entry.startswith("/")
            or "\\" in entry
            or re.match(r"[A-Za-z]:", entry)
            or (".." in parts)
        ):
            raise BundleError(
                _("{name} paket dışına yazmaya çalışan bir yol içeriyor: “{entry}”").format(
                    name=name, entry=entry
                )
            )
        if stat.S_ISLNK(info.external_attr >> 16):
            raise BundleError(
                _("{name} bir bağlantı (symlink) içeriyor: “{entry}”").format(
                    name=name, entry=entry
                )
            )
        if info.flag_bits & 0x1:
            raise BundleError(
                _("{name} şifreli bir dosya içeriyor: “{entry}”").format(name=name, entry=entry)
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleError(
                _("{name} desteklenmeyen bir sıkıştırma kullanıyor: “{entry}”").format(
                    name=name, entry=entry
                )
            )
        if info.is_dir():
            if entry != "media/":
                raise BundleError(
                    _("{name} beklenmeyen bir klasör içeriyor: “{entry}”").format(
                        name=name, entry=entry
                    )
                )
            continue
        if entry in entries:
            raise BundleError(
                _("{name} aynı adlı iki dosya içeriyor: “{entry}”").format(name=name, entry=entry)
            )
        media = _MEDIA_NAME.fullmatch(entry)
        if entry not in (MANIFEST, DRAFT) and not media:
            raise BundleError(
                _("{name} beklenmeyen bir dosya içeriyor: “{entry}”").format(name=name, entry=entry)
            )
        limit = MAX_MEDIA_BYTES if media else MAX_JSON_BYTES
        if info.file_size > limit:
            raise BundleError(
                _("{name} içindeki “{entry}” çok büyük (en çok {limit} MB)").format(
                    name=name, entry=entry, limit=limit // 2**20
                )
            )
        if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise BundleError(
                _("{name} içindeki “{entry}” olağan dışı sıkıştırılmış (zip bombası)").format(
                    name=name, entry=entry
                )
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise BundleError(
                _("{name} açıldığında çok büyük (en çok {limit} MB)").format(
                    name=name, limit=MAX_TOTAL_BYTES // 2**20
                )
            )
        entries[entry] = info
    for required in (MANIFEST, DRAFT):
        if required not in entries:
            raise BundleError(
                _("{name} bir OSB Basın paketi değil ({file} yok)").format(name=name, file=required)
            )
    return entries


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, name: str) -> bytes:
    """An entry's bytes, stopping as soon as it grows past its declared size or ``limit``."""
    allowed = min(limit, info.file_size)
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > allowed:
                    raise BundleError(
                        _("{name} içindeki “{entry}” bildirdiğinden büyük (zip bombası)").format(
                            name=name, entry=info.filename
                        )
                    )
                chunks.append(chunk)
    except (zipfile.BadZipFile, OSError, zlib.error, EOFError, ValueError):
        raise BundleError(
            _("{name} içindeki “{entry}” bozuk, okunamadı").format(name=name, entry=info.filename)
        ) from None
    return b"".join(chunks)


def _check_manifest(text: bytes, name: str) -> None:
    try:
        manifest = parse_json(text, _("{name} içindeki {file}").format(name=name, file=MANIFEST))
    except DraftError as error:
        raise BundleError(str(error)) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError(
            _("{name} bir OSB Basın paketi değil ({file} tanınmadı)").format(
                name=name, file=MANIFEST
            )
        )
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleError(
            _("{name}: paket biçimi sürümü geçersiz ({version})").format(
                name=name, version=repr(version)
            )
        )
    if version > FORMAT_VERSION:
        made_by = manifest.get("app_version")
        if isinstance(made_by, str):
            message = _(
                "{name} OSB Basın {made_by} ile hazırlanmış (paket biçimi {version}; "
                "bu sürüm en çok {supported} okuyabilir); programı güncelleyin"
            )
        else:
            message = _(
                "{name} daha yeni bir OSB Basın ile hazırlanmış (paket biçimi {version}; "
                "bu sürüm en çok {supported} okuyabilir); programı güncelleyin"
            )
        raise BundleError(
            message.format(name=name, made_by=made_by, version=version, supported=FORMAT_VERSION)
        )
