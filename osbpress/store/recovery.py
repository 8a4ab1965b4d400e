"""What to do when the drafts database cannot be read: move it aside, never overwrite it.

The unreadable file (with its ``-wal`` and ``-shm`` companions, which must
not be replayed into a new file) is renamed with a timestamp, so whatever
it still holds can be rescued by hand; then the newest sound backup is
copied in, or a fresh empty store starts. ``DraftStore()`` raises
``CorruptStoreError`` listing the backups so the app can offer a choice and
call ``recover``; ``open_or_recover`` takes the newest sound one unasked.
A file can open and still be damaged inside (a flipped byte in a page):
``open_or_recover(thorough=True)``, as ``drafts recover`` uses it, runs
``PRAGMA integrity_check`` and checks every photo against its hash first.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from osbpress.errors import CorruptStoreError, StoreError
from osbpress.i18n import N_, _, ngettext
from osbpress.paths import store_path
from osbpress.store.backup import integrity_problems, list_backups, restore_into
from osbpress.store.drafts import DraftStore
from osbpress.store.records import Recovery
from osbpress.store.schema import APPLICATION_ID

_COMPANIONS = ("-wal", "-shm", "-journal")
# How ``verify`` words a problem of the file itself (as against a photo's).
_DATABASE = N_("veritabanı: {problem}")


def move_aside(path: Path) -> Path:
    """Rename ``path`` (and its companions) to ``<name>.bozuk-<time>``; returns the new path."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.bozuk-{stamp}")
    serial = 1
    while target.exists():
        serial += 1
        target = path.with_name(f"{path.name}.bozuk-{stamp}-{serial}")
    try:
        os.replace(path, target)
        for suffix in _COMPANIONS:
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                os.replace(companion, target.with_name(target.name + suffix))
    except OSError as error:
        raise StoreError(
            _("“{path}” kenara alınamadı: {reason}; dosyayı elle taşıyıp yeniden deneyin").format(
                path=path, reason=error.strerror
            )
        ) from None
    return target


def _copy_backup(source: Path, path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        restore_into(conn, source)
    except (StoreError, sqlite3.Error):
        conn.close()
        path.unlink(missing_ok=True)
        raise
    conn.close()


def _salvage(damaged: Path, path: Path) -> bool:
    """Copy every row SQLite can still read from ``damaged`` into a new file at ``path``.

    ``VACUUM INTO`` copies the rows and ``REINDEX`` rebuilds every index from
    them, which mends the commonest damage (an index page) with nothing lost.
    True if the new file is ours and passes ``integrity_check``; otherwise it
    is removed.
    """
    sound = False
    try:
        source = sqlite3.connect(f"{damaged.resolve().as_uri()}?mode=ro", uri=True)
        try:
            source.execute("VACUUM INTO ?", (str(path),))
        finally:
            source.close()
        check = sqlite3.connect(path, isolation_level=None)
        try:
            check.execute("REINDEX")
            ours = check.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
            sound = ours and not integrity_problems(check)
        finally:
            check.close()
    except sqlite3.Error:
        sound = False
    if not sound:
        path.unlink(missing_ok=True)
    return sound


def recover(path: Path, backups: Sequence[Path] = ()) -> Recovery:
    """Move the unreadable ``path`` aside and copy in the first sound one of ``backups``.

    With no backups (or none readable) the store starts empty; the message
    says which happened.
    """
    return recover_into(path, move_aside(path), backups)


def recover_into(path: Path, moved: Path, backups: Sequence[Path]) -> Recovery:
    """After ``path`` was moved aside to ``moved``: the first sound backup, or an empty store."""
    message = _("“{path}” okunamadı; dosya “{moved}” adıyla kenara alındı.").format(
        path=path, moved=moved.name
    )
    for candidate in backups:
        try:
            _copy_backup(candidate, path)
        except (StoreError, sqlite3.Error):
            message += " " + _("“{backup}” yedeği okunamadı.").format(backup=candidate.name)
            continue
        return Recovery(
            moved,
            candidate,
            message
            + " "
            + _(
                "“{backup}” yedeği geri yüklendi; yedekten sonraki "
                "değişiklikler kenara alınan dosyada duruyor."
            ).format(backup=candidate.name),
        )
    return Recovery(moved, None, message + " " + _("Yeni, boş bir taslak deposu açıldı."))


def open_or_recover(
    path: Path | None = None,
    *,
    use_backup: bool = True,
    auto_backup: bool = True,
    thorough: bool = False,
) -> tuple[DraftStore, Recovery | None]:
    """Open the store; if its file is unreadable, recover from the newest sound backup.

    ``thorough`` also checks the whole file (``DraftStore.verify``, about a
    second per few hundred megabytes): a database ``integrity_check`` finds
    damaged is recovered like an unreadable one; damaged photos are only
    reported (the Recovery has no ``moved_to``), as every draft still opens.
    """
    path = Path(path) if path is not None else store_path()
    try:
        store = DraftStore(path, auto_backup=auto_backup and not thorough)
    except CorruptStoreError:
        recovery = recover(path, list_backups(path) if use_backup else ())
        return DraftStore(path, auto_backup=auto_backup), recovery
    if not thorough:
        return store, None
    try:
        problems = store.verify()
    except StoreError as error:  # a page so damaged that reading it fails
        problems = [_(_DATABASE).format(problem=error)]
    if not problems:
        store.close()
        # Backed up only now, so a damaged file is never copied over a sound backup.
        return DraftStore(path, auto_backup=auto_backup), None
    more = len(problems) - 5
    found = "; ".join(problems[:5]) + (
        ngettext(" (ve {n} sorun daha)", " (ve {n} sorun daha)", more).format(n=more)
        if more > 0
        else ""
    )
    if not problems[0].startswith(_(_DATABASE).format(problem="")):
        return store, Recovery(
            None,
            None,
            _(
                "Taslak deposu açılıyor, ancak bazı fotoğraflar bozulmuş: {found}. Bu fotoğrafları "
                "dosyalarından yeniden ekleyin ya da bozulmadan önceki bir yedeği geri yükleyin."
            ).format(found=found),
        )
    store.close()
    damage = _("Bütünlük denetimi “{path}” içinde hata buldu ({found}).").format(
        path=path, found=found
    )
    moved = move_aside(path)
    if _salvage(moved, path):
        recovery = Recovery(
            moved,
            None,
            damage
            + " "
            + _(
                "Dosya “{moved}” adıyla kenara alındı; okunabilen bütün taslaklar "
                "yeni bir dosyaya aktarıldı ve yeni dosya denetimden geçti."
            ).format(moved=moved.name),
        )
    else:
        # Nothing could be carried over: the moved file is already aside, so the
        # backups go into an empty place.
        restored = recover_into(path, moved, list_backups(path) if use_backup else ())
        recovery = Recovery(
            restored.moved_to, restored.restored_from, f"{damage} {restored.message}"
        )
    return DraftStore(path, auto_backup=auto_backup), recovery
