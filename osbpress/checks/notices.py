"""Compose's own notes on typed input, as öneri findings.

``osbpress.compose.notices`` says what compose changed in how something was
typed (a name in lower case, a title in capitals, a stray full stop) so the
officer can fix the field itself. Where another rule already points at the
same field with its own advice, ``check`` keeps that rule's finding alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from osbpress.checks.context import Context
from osbpress.checks.registry import Flag, oneri, parse_path, rule
from osbpress.compose import notices
from osbpress.i18n import N_

RULE_ID = "derleme-notu"


@rule(RULE_ID, N_("Derlemenin yazılışta düzelttikleri"))
def compose_notices(context: Context) -> Iterator[Flag]:
    if context.compose_error is not None:
        return
    for notice in notices(context.release, context.profile):
        yield oneri(notice.message, *parse_path(notice.field))
