"""``DraftStore``: every draft, each save kept as a revision, in one SQLite file.

A draft has a short id (``create`` returns it); each ``save`` appends a
revision and moves the draft's head, in one transaction, so a crash leaves
either the old or the new head, never half of one. ``save`` takes the
revision the caller started from: if someone else saved in between, both
texts are kept and ``ConflictError`` says where. Photos are stored once by
content hash (``put_media``) and drafts name them ``sha256:<hex>``.
"""

from __future__ import annotations

import builtins
import sqlite3
import time
import uuid
from collections.abc import Mapping

from osbpress.errors import ConflictError, DraftError, MediaError, StoreError
from osbpress.i18n import _
from osbpress.media import MEDIA_REF_PREFIX
from osbpress.model import Release
from osbpress.store import codec, completions, listing, revisions, search
from osbpress.store.completions import CompletionField
from osbpress.store.database import Database
from osbpress.store.records import DraftSummary, RevisionInfo, StoredDraft, timestamp

# Photos added but not yet saved in any draft survive a purge for this long.
MEDIA_GRACE_SECONDS = 24 * 3600


class DraftStore(Database):
    """The officer's drafts and their revisions (see ``Database`` for opening)."""

    def _media_users(self, conn: sqlite3.Connection, digest: str) -> builtins.list[str]:
        """“Headline” taslağı, altyazı: … for each draft whose latest text shows photo ``digest``."""
        rows = conn.execute(
            "SELECT d.rid, d.id, d.headline, d.head FROM draft_media m"
            " JOIN drafts d ON d.rid = m.draft WHERE m.hash = ? ORDER BY d.updated_at DESC",
            (digest,),
        ).fetchall()
        users = []
        for rid, draft_id, headline, head in rows:
            where = _("“{draft}” taslağı").format(draft=headline or draft_id)
            try:
                release = revisions.read_release(conn, rid, head, draft_id)
            except (StoreError, DraftError):
                users.append(where)
                continue
            ref = MEDIA_REF_PREFIX + digest
            captions = [" ".join(p.caption.split()) for p in release.photos if p.image == ref]
            if not captions:
                continue  # only an older revision shows it
            caption = captions[0] if len(captions[0]) <= 60 else captions[0][:57] + "…"
            users.append(
                _("{draft}, altyazı: “{caption}”").format(draft=where, caption=caption)
                if caption
                else where
            )
        return users

    # -- drafts -------------------------------------------------------------

    def create(
        self,
        release: Release,
        *,
        media: Mapping[str, bytes] | None = None,
        media_names: Mapping[str, str] | None = None,
        note: str = "",
        label: str = "",
    ) -> str:
        """Store a new draft as revision 1 (with its photos, in the same transaction).

        ``media_names`` gives a photo's original file name by reference, for
        messages (see ``put_media``). ``label`` is what lists show while the
        headline is empty (see ``save``).
        """
        draft_id = uuid.uuid4().hex[:12]
        text = codec.dump(release)
        names = media_names or {}
        with self._write(_("Yeni taslak kaydedilemedi")) as conn:
            for ref, data in (media or {}).items():
                if self._put_media(conn, data, names.get(ref, ref)) != ref:
                    raise MediaError(
                        _("“{ref}” fotoğrafının içeriği özetiyle uyuşmuyor").format(ref=ref)
                    )
            now = time.time()
            rid = conn.execute(
                "INSERT INTO drafts (id, kind, headline, release_date, created_at, updated_at,"
                " head, head_digest) VALUES (?, '', '', '1970-01-01', ?, ?, 0, '')",
                (draft_id, now, now),
            ).lastrowid
            assert rid is not None
            revisions.append(
                conn, rid, draft_id, 1, release, text, parent=None, note=note, label=label
            )
        return draft_id

    def save(
        self,
        draft_id: str,
        release: Release,
        *,
        base_revision: int | None = None,
        note: str = "",
        label: str = "",
    ) -> int:
        """Save ``release`` as the draft's new head revision and return its number.

        ``base_revision`` is the revision the caller loaded (``StoredDraft.revision``).
        If the head has moved on since, the caller's text is still saved as the
        new head, the other stays as the revision before it, and ConflictError
        (carrying both numbers) is raised after the commit. Saving text equal to
        the head adds no revision. ``None`` skips the check (last save wins).
        ``note`` names the revision (the app's "save as a named revision"); with
        text equal to the head, the head itself gets the name. ``label`` is the
        headline lists show while the officer's is empty (the app passes the
        headline compose suggests), so an untitled draft is still recognisable.
        """
        text = codec.dump(release)
        with self._write(_("Taslak kaydedilemedi")) as conn:
            rid, head, head_digest, _trashed = revisions.head(conn, draft_id)
            if codec.digest(text) == head_digest:
                if note:
                    conn.execute(
                        "UPDATE revisions SET note = ? WHERE draft = ? AND n = ?", (note, rid, head)
                    )
                return head
            conflict = base_revision is not None and base_revision != head
            if conflict:
                edited = _("çakışma: {revision}. sürüm üzerine düzenlendi").format(
                    revision=base_revision
                )
                note = f"{edited}; {note}" if note else edited
            parent = base_revision if base_revision is not None else head
            revisions.append(
                conn,
                rid,
                draft_id,
                head + 1,
                release,
                text,
                parent=parent,
                conflict=conflict,
                note=note,
                label=label,
            )
        if conflict:
            title = release.headline or label or draft_id
            raise ConflictError(
                _(
                    "“{title}” taslağı siz düzenlerken başka bir yerde de kaydedilmiş "
                    "({other}. sürüm). Hiçbir metin kaybolmadı: sizinki {mine}. sürüm olarak "
                    "kaydedildi, öteki {other}. sürüm olarak geçmişte duruyor; ikisini "
                    "Dosya › Geçmiş’ten (Ctrl+H) karşılaştırabilirsiniz."
                ).format(title=title, other=head, mine=head + 1),
                draft_id,
                head + 1,
                head,
            )
        return head + 1

    def get(self, draft_id: str) -> StoredDraft:
        with self._read(_("Taslak okunamadı")) as conn:
            rid, head, _digest, trashed = revisions.head(conn, draft_id)
            created, updated = conn.execute(
                "SELECT created_at, updated_at FROM drafts WHERE rid = ?", (rid,)
            ).fetchone()
            release = revisions.read_release(conn, rid, head, draft_id)
        return StoredDraft(draft_id, head, release, timestamp(created), timestamp(updated), trashed)

    def duplicate(self, draft_id: str) -> str:
        """A new draft starting from a copy of ``draft_id``'s latest text."""
        release = self.get(draft_id).release
        with self._read(_("Taslak okunamadı")) as conn:
            (label,) = conn.execute(
                "SELECT headline FROM drafts WHERE id = ?", (draft_id,)
            ).fetchone()
        return self.create(
            release, note=_("“{draft}” taslağının kopyası").format(draft=draft_id), label=str(label)
        )

    def trash(self, draft_id: str) -> None:
        self._set_trashed(draft_id, trashed=True)

    def restore(self, draft_id: str) -> None:
        """Take a draft back out of the trash."""
        self._set_trashed(draft_id, trashed=False)

    def _set_trashed(self, draft_id: str, *, trashed: bool) -> None:
        with self._write(_("Taslak güncellenemedi")) as conn:
            rid = revisions.head(conn, draft_id).rid
            conn.execute(
                "UPDATE drafts SET trashed = ?, trashed_at = ? WHERE rid = ?",
                (int(trashed), time.time() if trashed else None, rid),
            )

    def purge(self, draft_id: str) -> None:
        """Delete a trashed draft for good, with its revisions and unshared photos."""
        with self._write(_("Taslak silinemedi")) as conn:
            rid, _head, _digest, trashed = revisions.head(conn, draft_id)
            if not trashed:
                raise StoreError(
                    _(
                        "“{draft}” taslağı çöp kutusunda değil; kalıcı silmeden önce çöpe taşıyın"
                    ).format(draft=draft_id)
                )
            search.unindex(conn, rid)
            conn.execute("DELETE FROM drafts WHERE rid = ?", (rid,))
            conn.execute(
                "DELETE FROM media WHERE added_at < ? AND NOT EXISTS"
                " (SELECT 1 FROM draft_media m WHERE m.hash = media.hash)",
                (time.time() - MEDIA_GRACE_SECONDS,),
            )

    # -- revisions ----------------------------------------------------------

    def revisions(self, draft_id: str) -> builtins.list[RevisionInfo]:
        """Every revision of a draft, newest first."""
        with self._read(_("Sürümler okunamadı")) as conn:
            return revisions.history(conn, revisions.head(conn, draft_id).rid)

    def get_revision(self, draft_id: str, n: int) -> Release:
        with self._read(_("Sürüm okunamadı")) as conn:
            rid = revisions.head(conn, draft_id).rid
            return revisions.read_release(conn, rid, n, draft_id)

    def restore_revision(self, draft_id: str, n: int) -> int:
        """Make revision ``n``'s text the head again, as a new revision; returns its number."""
        with self._write(_("Sürüm geri yüklenemedi")) as conn:
            rid, head, _digest, _trashed = revisions.head(conn, draft_id)
            text = revisions.read_text(conn, rid, n, draft_id)
            release = codec.load(
                text,
                _("“{draft}” taslağının {revision}. sürümü").format(draft=draft_id, revision=n),
            )
            revisions.append(
                conn,
                rid,
                draft_id,
                head + 1,
                release,
                text,
                parent=head,
                note=_("{revision}. sürüm geri yüklendi").format(revision=n),
                label=revisions.headline_of(conn, rid, n),
            )
        return head + 1

    # -- finding drafts -----------------------------------------------------

    def _refresh_search(self, query: str | None) -> None:
        """Index the drafts saved since the last search, if ``query`` will use the index.

        ``save`` only flags a draft (see the ``search`` module); this brings the index up
        to date in one transaction first, so every search sees the latest
        text. A store that cannot be written searches the index as it is.
        """
        if self.read_only or not query or search.match_expression(query) is None:
            return
        with self._read(_("Arama yapılamadı")) as conn:
            if not search.has_stale(conn):
                return
        with self._write(_("Arama yapılamadı"), visible=False) as conn:
            search.refresh(conn, lambda rid, id_, n: revisions.readable(conn, rid, n, id_))

    def search(self, text: str, *, limit: int = 50) -> builtins.list[DraftSummary]:
        """Drafts (not in the trash) matching every word of ``text``, best match first."""
        self._refresh_search(text)
        with self._read(_("Arama yapılamadı")) as conn:
            return listing.best_matches(conn, text, limit)

    def list(
        self,
        query: str | None = None,
        kind: str | None = None,
        trashed: bool = False,
        limit: int = 50,
        offset: int = 0,
    ) -> builtins.list[DraftSummary]:
        """One page of drafts, most recently changed first.

        ``query`` keeps drafts matching its words (as ``search`` does),
        ``kind`` one release kind; ``trashed`` lists the trash instead.
        """
        self._refresh_search(query)
        with self._read(_("Taslak listesi okunamadı")) as conn:
            return listing.page(conn, query, kind, trashed, limit, offset)

    def count(
        self, query: str | None = None, kind: str | None = None, trashed: bool = False
    ) -> int:
        """How many drafts ``list`` with the same filters would page through."""
        self._refresh_search(query)
        with self._read(_("Taslaklar sayılamadı")) as conn:
            return listing.count(conn, query, kind, trashed)

    def completions(self, field: CompletionField, limit: int = 500) -> builtins.list[str]:
        """Participant names, titles or organisations used in drafts, most recent first."""
        with self._read(_("Öneriler okunamadı")) as conn:
            return completions.query(conn, field, limit)
