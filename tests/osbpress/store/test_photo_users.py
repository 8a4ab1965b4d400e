"""A damaged photo's message names the drafts that show it, exactly.

Which drafts: those whose latest text shows the photo (an older revision
alone does not count), newest first, at most three and then "…"; each by its
headline (or its id when it has none) and the photo's caption, cut to 60
characters; a draft whose latest row cannot be read is named without one.
Also the create-time checks: a photo whose bytes do not match its reference,
and a broken photo named by the file name it came with.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from osbpress.errors import ConflictError, MediaError
from osbpress.model import Photo, Release
from osbpress.store import DraftStore
from tests.osbpress.store.conftest import image_bytes
from tests.osbpress.store.test_integrity import _damage_photo

LONG = "Heyet üretim hatlarını, ihracat birimini ve yeni lojistik merkezini gezdi"


def test_a_damaged_photo_names_its_users_newest_first(store_file: Path) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        ref = store.put_media(image_bytes(), "IMG_7.jpg")
        older = store.create(Release(headline="Eski", photos=[Photo(image=ref, caption="x")]))
        time.sleep(0.01)
        untitled = store.create(Release(photos=[Photo(image=ref, caption=LONG)]))
        time.sleep(0.01)
        store.create(Release(headline="Altyazısız", photos=[Photo(image=ref)]))
        time.sleep(0.01)
        # The newest draft shows the photo only in an older revision: it is skipped.
        store.save(older, Release(headline="Eski"))
    _damage_photo(store_file, ref)
    with DraftStore(store_file, auto_backup=False) as store, pytest.raises(MediaError) as caught:
        store.get_media(ref)
    users = f"“Altyazısız” taslağı; “{untitled}” taslağı, altyazı: “{LONG[:57]}…”"
    assert str(caught.value) == (
        f"“IMG_7.jpg” fotoğrafı ({users}) taslak deposunda bozulmuş (içeriği kaydedildiği günkü "
        "özetiyle uyuşmuyor); fotoğrafı dosyasından yeniden ekleyin ya da bir yedeği geri yükleyin"
    )


def test_at_most_three_users_then_an_ellipsis_and_an_unreadable_one_by_name(
    store_file: Path,
) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        ref = store.put_media(image_bytes(), "IMG_8.jpg")
        ids = []
        # Captions of 61 and 60 letters: the longer one is cut to 57 and "…".
        captions = ["", "a" * 61, "b" * 60, ""]
        for n, caption in enumerate(captions):
            photo = Photo(image=ref, caption=caption)
            ids.append(store.create(Release(headline=f"T{n}", photos=[photo])))
            time.sleep(0.01)
    other = sqlite3.connect(store_file)
    with other:
        other.execute(
            "UPDATE revisions SET body = x'00' WHERE draft = (SELECT rid FROM drafts WHERE id = ?)",
            (ids[3],),
        )
    other.close()
    _damage_photo(store_file, ref)
    with DraftStore(store_file, auto_backup=False) as store, pytest.raises(MediaError) as caught:
        store.get_media(ref)
    assert str(caught.value).startswith(
        f"“IMG_8.jpg” fotoğrafı (“T3” taslağı; “T2” taslağı, altyazı: “{'b' * 60}”; "
        f"“T1” taslağı, altyazı: “{'a' * 57}…” …) taslak deposunda"
    )


def test_create_refuses_a_photo_whose_bytes_do_not_match_its_reference(
    store: DraftStore,
) -> None:
    ref = "sha256:" + "0" * 64
    with pytest.raises(MediaError) as caught:
        store.create(Release(), media={ref: image_bytes()})
    assert str(caught.value) == f"“{ref}” fotoğrafının içeriği özetiyle uyuşmuyor"
    with pytest.raises(MediaError) as caught:
        store.create(Release(), media={ref: b"bozuk"}, media_names={ref: "ziyaret.jpg"})
    assert str(caught.value) == "“ziyaret.jpg” bir görsel değil ya da bozuk."
    assert store.count() == 0


def test_a_conflict_names_the_draft_by_headline_else_label_and_notes_the_base(
    store: DraftStore,
) -> None:
    draft_id = store.create(Release())
    assert len(draft_id) == 12 and int(draft_id, 16) >= 0
    store.save(draft_id, Release(headline="A"), base_revision=1)
    with pytest.raises(ConflictError) as caught:
        store.save(draft_id, Release(), base_revision=1, label="Önerilen", note="not")
    assert str(caught.value) == (
        "“Önerilen” taslağı siz düzenlerken başka bir yerde de kaydedilmiş (2. sürüm). "
        "Hiçbir metin kaybolmadı: sizinki 3. sürüm olarak kaydedildi, öteki 2. sürüm "
        "olarak geçmişte duruyor; ikisini Dosya › Geçmiş’ten (Ctrl+H) karşılaştırabilirsiniz."
    )
    assert (caught.value.revision, caught.value.other_revision) == (3, 2)
    assert store.revisions(draft_id)[0].note == "çakışma: 1. sürüm üzerine düzenlendi; not"
    with pytest.raises(ConflictError) as caught:
        store.save(draft_id, Release(spot="Başlıksız, etiketsiz"), base_revision=1)
    assert str(caught.value).startswith(f"“{draft_id}” taslağı siz düzenlerken")
    # Without a note of its own, the conflict is the whole note.
    assert store.revisions(draft_id)[0].note == "çakışma: 1. sürüm üzerine düzenlendi"
