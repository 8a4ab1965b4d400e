"""Operating-system errors told in the officer's words, naming their path and what to do.

Python words a failed file operation in English from the C library ("No
space left on device", "Not a directory") and names whichever path the
call was given, often a hidden temporary file (``.bulten.pdf.3f9c….tmp``,
``.x.osbpress.partial``) the officer never chose. ``describe`` turns any
``OSError`` into one sentence in the interface language (Turkish unless
``OSBPRESS_LANG=en``): the path the officer gave (temporary names are traced
back to the file they stand for), why it failed and what to try.
``translate`` does the same for an engine error whose message still carries
the C library's reason of the ``OSError`` it was raised from. The reasons
are marked with ``N_`` and translated when shown, so they follow the
language chosen at start.
"""

from __future__ import annotations

import errno
import re
from pathlib import Path

from osbpress.errors import OsbPressError
from osbpress.i18n import N_, _

# Reasons by errno: what went wrong, then what to do. Every errno a file,
# folder, pipe or network-share operation of the CLI can meet has one;
# anything else still gets a sentence with the errno's name.
_REASONS: dict[int, str] = {
    errno.ENOENT: N_("böyle bir dosya ya da klasör yok; yolu denetleyin"),
    errno.ENOTDIR: N_("yoldaki klasörlerden biri aslında bir dosya; başka bir yol seçin"),
    errno.EISDIR: N_("bu bir klasör; bir dosya adı verin"),
    errno.EEXIST: N_("bu adda bir dosya ya da klasör zaten var; başka bir ad seçin"),
    errno.ENOTEMPTY: N_("klasör boş değil; başka bir ad seçin"),
    errno.EACCES: N_("bu işlem için izniniz yok; başka bir klasör seçin ya da izinleri denetleyin"),
    errno.EPERM: N_("bu işleme izin verilmiyor; başka bir klasör seçin ya da izinleri denetleyin"),
    errno.EROFS: N_("disk salt okunur; yazılabilir bir klasör seçin"),
    errno.ENOSPC: N_("diskte yer kalmadı; yer açıp yeniden deneyin"),
    errno.EDQUOT: N_("disk kotanız doldu; yer açıp yeniden deneyin"),
    errno.EFBIG: N_("dosya bu disk için çok büyük; başka bir disk seçin"),
    errno.ENAMETOOLONG: N_("dosya adı çok uzun; daha kısa bir ad seçin"),
    errno.ELOOP: N_("bağlantılar (symlink) birbirine dönüyor; yolu denetleyin"),
    errno.EINVAL: N_("bu ad bu diskte geçersiz; harf ve rakamlardan oluşan bir ad seçin"),
    errno.EXDEV: N_("dosya başka bir diske taşınamadı; çıktıyı aynı diskte bir klasöre yazın"),
    errno.EBUSY: N_(
        "dosya başka bir program tarafından kullanılıyor; o programı kapatıp yeniden deneyin"
    ),
    errno.ETXTBSY: N_(
        "dosya başka bir program tarafından kullanılıyor; o programı kapatıp yeniden deneyin"
    ),
    errno.EAGAIN: N_("dosya şu an kullanılamıyor; biraz sonra yeniden deneyin"),
    errno.EIO: N_(
        "diskten okunurken ya da diske yazılırken hata oluştu; diski ya da bağlantısını denetleyin"
    ),
    errno.ENXIO: N_("aygıt bulunamadı; diskin takılı olduğunu denetleyin"),
    errno.ENODEV: N_("aygıt bulunamadı; diskin takılı olduğunu denetleyin"),
    errno.EMLINK: N_("klasörde çok fazla bağlantı var; başka bir klasör seçin"),
    errno.EMFILE: N_(
        "aynı anda açık dosya sayısı sınırı aşıldı; başka programları kapatıp yeniden deneyin"
    ),
    errno.ENFILE: N_("sistemde açık dosya sayısı sınırı aşıldı; biraz sonra yeniden deneyin"),
    errno.ENOMEM: N_("bellek yetmedi; başka programları kapatıp yeniden deneyin"),
    errno.EPIPE: N_("çıktıyı okuyan program kapandı"),
    errno.ETIMEDOUT: N_("ağ klasörü yanıt vermedi; bağlantıyı denetleyip yeniden deneyin"),
    errno.ESTALE: N_("ağ klasörüyle bağlantı koptu; klasörü yeniden bağlayın"),
    errno.ECONNRESET: N_("ağ bağlantısı koptu; bağlantıyı denetleyip yeniden deneyin"),
    errno.EHOSTDOWN: N_("ağ klasörünün bulunduğu bilgisayara ulaşılamıyor; bağlantıyı denetleyin"),
    errno.ENOTSUP: N_("bu disk bu işlemi desteklemiyor; başka bir klasör seçin"),
}
# Temporary names of the engine's atomic writes: ``.NAME.<hex>.tmp`` (files.stage),
# ``.NAME.partial`` (bundles, backups) and ``.NAME.<hex>.bak`` (export's rollback).
_TEMPORARY = re.compile(r"^\.(?P<name>.+?)(?:\.[0-9a-f]{8,})?\.(?:tmp|partial|bak)$")


def reason(error: OSError) -> str:
    """Why ``error`` happened and what to do, in the interface language (no path)."""
    if error.errno in _REASONS:
        return _(_REASONS[error.errno])
    code = errno.errorcode.get(error.errno or -1)
    if code:
        return _("işletim sistemi işlemi reddetti ({code}); yolu ve diski denetleyin").format(
            code=code
        )
    return _("işletim sistemi işlemi reddetti; yolu ve diski denetleyin")


def user_path(path: str | Path) -> Path:
    """The file the officer chose, for a temporary name standing in for it."""
    path = Path(path)
    found = _TEMPORARY.match(path.name)
    return path.with_name(found["name"]) if found else path


def describe(error: OSError, path: str | Path | None = None) -> str:
    """A sentence for ``error`` naming ``path`` (or the path the error carries)."""
    named = path if path is not None else error.filename
    if named is None or named == "":
        return _("Dosya işlemi yapılamadı: {reason}").format(reason=reason(error))
    shown = user_path(named.decode(errors="replace") if isinstance(named, bytes) else named)
    return _("“{path}” kullanılamadı: {reason}").format(path=shown, reason=reason(error))


def translate(error: OsbPressError) -> str:
    """``str(error)`` with the C library's reason of its underlying ``OSError`` put plainly.

    The engine raises its errors ``from None`` inside the ``except`` that
    caught the ``OSError``, so the original is still in the ``__context__``
    chain (one or more engine errors deep).
    """
    message = str(error)
    cause: BaseException | None = error
    while cause is not None and not isinstance(cause, OSError):
        cause = cause.__cause__ or cause.__context__
    if isinstance(cause, OSError) and cause.strerror and cause.strerror in message:
        message = message.replace(cause.strerror, reason(cause))
    return message


def make_folder(folder: Path) -> None:
    """Create ``folder`` and its parents; a file in the way is reported as one (ENOTDIR).

    ``mkdir(exist_ok=True)`` answers "File exists" naming the blocking file,
    which reads as if the folder were already there.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise NotADirectoryError(errno.ENOTDIR, "Not a directory", str(folder)) from None
