"""``osbpress check``: the release checklist for a draft, headless.

Prints each finding as "hata/uyarı/öneri · field · advice" (or JSON with
``--json``) and exits 1 when a hata is left, so a script can refuse to send
a release an editor would throw away. Rules switched off in the profile
(``checks_off``) stay off here too.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from osbpress.cli.output import echo
from osbpress.i18n import N_, _

# The severities as the officer reads them (the JSON keeps the values).
_SEVERITIES = {"hata": N_("hata"), "uyarı": N_("uyarı"), "öneri": N_("öneri")}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "check",
        help=_("taslağı bülten kontrol listesinden geçir"),
        description=_(
            "Taslağı editörün bakacağı kurallara göre denetler; hata kalırsa 1 ile çıkar."
        ),
    )
    parser.add_argument("draft", type=Path, help=_("taslak dosyası (.json)"))
    parser.add_argument(
        "--profile",
        type=Path,
        help=_("kurum profili (.json); verilmezse taslak deposundaki profil"),
    )
    parser.add_argument("--json", action="store_true", help=_("bulguları JSON olarak yaz"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from osbpress.checks import blocking, check
    from osbpress.cli.draftfile import issuer, load_draft

    draft = load_draft(args.draft)
    with issuer(args.profile, draft.media) as (profile, media):
        findings = check(draft.release, profile, media)
    if args.json:
        rows = [
            {
                "severity": str(f.severity),
                "rule": f.rule,
                "field": f.path,
                "message": f.message,
            }
            for f in findings
        ]
        echo(json.dumps(rows, ensure_ascii=False, indent=2), multiline=True)
    elif not findings:
        echo(_("Bültende göze çarpan bir sorun yok."))
    else:
        for f in findings:
            severity = _(_SEVERITIES.get(str(f.severity), str(f.severity)))
            echo(f"{severity} · {f.path or '—'} · {f.message}")
    return 1 if blocking(findings) else 0
