"""``osbpress schema``: print the JSON Schema of the draft (or profile) file format."""

from __future__ import annotations

import argparse
import json

from osbpress.cli.output import echo
from osbpress.i18n import _


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("schema", help=_("taslak dosyasının JSON şemasını yaz"))
    parser.add_argument("--profile", action="store_true", help=_("kurum profilinin şeması"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from osbpress.model import Profile, Release

    model = Profile if args.profile else Release
    echo(json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2), multiline=True)
    return 0
