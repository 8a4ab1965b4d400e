"""``osbpress drafts``: the draft store from the command line.

List, show, search, export and import ``.osbpress`` files, move drafts to
the trash and back, and walk a draft's revisions. The store is the one the
app uses, in the data folder (``OSBPRESS_HOME`` overrides it). Each action
imports the store and the engine when it runs, never at parser time (see
``osbpress.cli``).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from osbpress.cli.output import echo
from osbpress.errors import CorruptStoreError
from osbpress.i18n import N_, _

if TYPE_CHECKING:
    from osbpress.store import DraftStore, DraftSummary

_UNTITLED = N_("(başlıksız)")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "drafts",
        help=_("kayıtlı taslaklar: listele, göster, ara, dışa/içe aktar, çöp, sürümler"),
        description=_(
            "Taslak deposundaki bültenlerle çalışır. Depo, veri klasöründedir "
            "(OSBPRESS_HOME ortam değişkeni bu klasörü değiştirir)."
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar=_("İŞLEM"), required=True)

    listing = actions.add_parser("list", help=_("taslakları son değişene göre listele"))
    listing.add_argument("--query", help=_("yalnızca bu sözcükleri içerenler"))
    listing.add_argument("--kind", help=_("yalnızca bu bülten türü (örn. ziyaret)"))
    listing.add_argument("--trash", action="store_true", help=_("çöp kutusunu listele"))
    listing.add_argument("--limit", type=_positive, default=50, help=_("en çok kaç satır (50)"))
    listing.add_argument("--offset", type=_natural, default=0, help=_("kaç satır atlansın (0)"))
    listing.set_defaults(func=_list)

    show = actions.add_parser("show", help=_("bir taslağı göster"))
    show.add_argument("id", help=_("taslak kimliği"))
    show.add_argument("--revision", type=_positive, help=_("son sürüm yerine bu sürüm"))
    show.add_argument("--json", action="store_true", help=_("taslağı JSON olarak yaz"))
    show.set_defaults(func=_show)

    search = actions.add_parser("search", help=_("taslaklarda ara (büyük/küçük harf duyarsız)"))
    search.add_argument("words", nargs="+", help=_("aranacak sözcükler"))
    search.add_argument("--limit", type=_positive, default=50, help=_("en çok kaç sonuç (50)"))
    search.set_defaults(func=_search)

    export = actions.add_parser("export", help=_("taslağı .osbpress dosyası olarak yaz"))
    export.add_argument("id", help=_("taslak kimliği"))
    export.add_argument(
        "output",
        help=_("yazılacak .osbpress dosyası ya da klasör (klasörde başlıktan bir ad alır)"),
    )
    export.set_defaults(func=_export)

    imported = actions.add_parser("import", help=_(".osbpress ya da JSON taslağı depoya al"))
    imported.add_argument("file", type=Path, help=_(".osbpress paketi ya da .json taslak"))
    imported.set_defaults(func=_import)

    trash = actions.add_parser("trash", help=_("taslağı çöp kutusuna taşı"))
    trash.add_argument("id", help=_("taslak kimliği"))
    trash.set_defaults(func=_trash)

    restore = actions.add_parser(
        "restore", help=_("taslağı çöpten geri al ya da eski bir sürümünü geri yükle")
    )
    restore.add_argument("id", help=_("taslak kimliği"))
    restore.add_argument("--revision", type=_positive, help=_("geri yüklenecek sürüm numarası"))
    restore.set_defaults(func=_restore)

    revisions = actions.add_parser("revisions", help=_("taslağın sürümlerini listele"))
    revisions.add_argument("id", help=_("taslak kimliği"))
    revisions.set_defaults(func=_revisions)

    recover = actions.add_parser(
        "recover", help=_("okunamayan depoyu kenara al, en yeni sağlam yedeği geri yükle")
    )
    recover.add_argument("--no-backup", action="store_true", help=_("yedek değil, boş depo aç"))
    recover.set_defaults(func=_recover)


def open_store() -> DraftStore:
    from osbpress.store import DraftStore

    try:
        return DraftStore()
    except CorruptStoreError as error:
        raise CorruptStoreError(
            _("{error}. Kurtarmak için: osbpress drafts recover").format(error=error),
            error.path,
            error.backups,
        ) from None


def _positive(text: str) -> int:
    value = _natural(text)
    if value < 1:
        raise argparse.ArgumentTypeError(
            _("“{text}” sıfırdan büyük bir tam sayı olmalı").format(text=text)
        )
    return value


def _natural(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("“{text}” bir tam sayı değil").format(text=text)
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(_("“{text}” negatif olamaz").format(text=text))
    return value


def _rows(rows: Sequence[DraftSummary], empty: str) -> None:
    from osbpress.i18n import format_datetime

    if not rows:
        echo(empty)
        return
    for row in rows:
        # Padded outside the pattern, so the columns line up in either language.
        echo(
            _("{id}  {changed}  sürüm {revision}  {kind}  {headline}{trashed}").format(
                id=row.id,
                changed=format_datetime(row.updated_at.astimezone(), "short"),
                revision=f"{row.revision:<3}",
                kind=f"{row.kind:<10}",
                headline=row.headline or _(_UNTITLED),
                trashed="  " + _("[çöpte]") if row.trashed else "",
            )
        )


def _list(args: argparse.Namespace) -> int:
    with open_store() as store:
        rows = store.list(args.query, args.kind, args.trash, args.limit, args.offset)
    _rows(rows, _("Çöp kutusu boş.") if args.trash else _("Listelenecek taslak yok."))
    return 0


def _show(args: argparse.Namespace) -> int:
    from osbpress.i18n import format_date, format_datetime

    with open_store() as store:
        draft = store.get(args.id)
        revision = args.revision or draft.revision
        release = store.get_revision(args.id, revision) if args.revision else draft.release
    if args.json:
        echo(release.model_dump_json(indent=2), multiline=True)
        return 0
    echo(_("Kimlik: {id}").format(id=draft.id))
    echo(_("Başlık: {headline}").format(headline=release.headline or _(_UNTITLED)))
    echo(_("Tür: {kind}").format(kind=release.kind))
    echo(_("Bülten tarihi: {date}").format(date=format_date(release.release_date)))
    echo(_("Sürüm: {shown} / {latest}").format(shown=revision, latest=draft.revision))
    changed = format_datetime(draft.updated_at.astimezone(), "short")
    echo(_("Son değişiklik: {changed}").format(changed=changed))
    if draft.trashed:
        echo(_("Durum: çöp kutusunda"))
    if release.spot:
        echo()
        echo(release.spot, multiline=True)
    for section in release.sections:
        echo()
        if section.heading:
            echo(section.heading)
        echo(section.body, multiline=True)
    return 0


def _search(args: argparse.Namespace) -> int:
    text = " ".join(args.words)
    with open_store() as store:
        rows = store.search(text, limit=args.limit)
    _rows(rows, _("“{text}” için sonuç yok.").format(text=text))
    return 0


def _export(args: argparse.Namespace) -> int:
    from osbpress.bundle import export_bundle
    from osbpress.cli.failures import make_folder
    from osbpress.export import stem_for

    raw: str = args.output
    output = Path(raw)
    # An existing folder (or a path written as one, "yeni/") gets the file
    # inside it, named after the headline.
    into_folder = output.is_dir() or raw.endswith(("/", os.sep))
    with open_store() as store:
        release = store.get(args.id).release
        if into_folder:
            output = output / f"{stem_for(release)}.osbpress"
        elif output.suffix.lower() != ".osbpress":
            output = output.with_name(output.name + ".osbpress")
        try:
            make_folder(output.parent)
            export_bundle(release, store.media_source(), output)
        except OSError as error:
            raise OSError(error.errno, error.strerror, str(output)) from None
    echo(_("Dışa aktarıldı: {path}").format(path=output))
    return 0


def _import(args: argparse.Namespace) -> int:
    from osbpress.bundle import import_file

    with open_store() as store:
        draft_id = import_file(store, args.file)
        headline = store.get(draft_id).release.headline
    echo(
        _("İçe aktarıldı: {id}  {headline}").format(id=draft_id, headline=headline or _(_UNTITLED))
    )
    return 0


def _trash(args: argparse.Namespace) -> int:
    with open_store() as store:
        store.trash(args.id)
    echo(
        _("Çöp kutusuna taşındı: {id} (geri almak için: osbpress drafts restore {id})").format(
            id=args.id
        )
    )
    return 0


def _restore(args: argparse.Namespace) -> int:
    with open_store() as store:
        if args.revision is None:
            store.restore(args.id)
            echo(_("Çöp kutusundan geri alındı: {id}").format(id=args.id))
        else:
            number = store.restore_revision(args.id, args.revision)
            echo(
                _("{revision}. sürüm geri yüklendi; yeni sürüm: {number}").format(
                    revision=args.revision, number=number
                )
            )
    return 0


def _revisions(args: argparse.Namespace) -> int:
    from osbpress.i18n import format_datetime

    with open_store() as store:
        history = store.revisions(args.id)
    for info in history:
        saved = format_datetime(info.saved_at.astimezone(), "short")
        flags = "  " + _("[çakışma]") if info.conflict else ""
        note = f"  ({info.note})" if info.note else ""
        echo(f"{info.number:>4}  {saved}  {info.headline or _(_UNTITLED)}{flags}{note}")
    return 0


def _recover(args: argparse.Namespace) -> int:
    from osbpress.store import open_or_recover

    store, recovery = open_or_recover(use_backup=not args.no_backup, thorough=True)
    store.close()
    healthy = _("Taslak deposu sağlam: {path}").format(path=store.path)
    echo(recovery.message if recovery else healthy, multiline=True)
    return 0
