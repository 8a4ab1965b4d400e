"""The release checklist: a careful senior colleague, built in.

``check(release, profile)`` runs every registered rule and returns what a
newsroom editor would object to, as ``Finding``s: a severity (hata, uyarı,
öneri), a stable rule id, a Turkish message that says what to change, and
the field to change it in (``("quotes", 1, "text")``, shown as
"quotes[1].text"). Rules live in small modules by subject and register
themselves with ``@rule``; a profile switches rules off by id in
``Profile.checks_off``. Nothing here changes the release.
"""

from __future__ import annotations

import datetime as dt

from osbpress.checks import (
    dates,
    foreign,
    notices,
    photos,
    quotes,
    readability,
    structure,
    suffixes,
    turkish,
)
from osbpress.checks.context import Context, MediaLookup
from osbpress.checks.readability import Readability, atesman
from osbpress.checks.registry import (
    Finding,
    Rule,
    Severity,
    format_path,
    parse_path,
    registered,
    severity_label,
)
from osbpress.document import Document
from osbpress.model import Profile, Release

# The rule modules register on import; this order is the order findings are listed in.
RULE_MODULES = (
    structure,
    quotes,
    turkish,
    suffixes,
    foreign,
    dates,
    photos,
    readability,
    notices,
)
_ORDER = {module.__name__: index for index, module in enumerate(RULE_MODULES)}

__all__ = [
    "Finding",
    "MediaLookup",
    "Readability",
    "Rule",
    "Severity",
    "atesman",
    "blocking",
    "check",
    "format_path",
    "parse_path",
    "rules",
    "severity_label",
]


def rules() -> tuple[Rule, ...]:
    """Every rule, in the order its findings are listed (for a settings page)."""
    return tuple(sorted(registered(), key=lambda rule: _ORDER[rule.function.__module__]))


def check(
    release: Release,
    profile: Profile | None = None,
    media: MediaLookup | None = None,
    *,
    today: dt.date | None = None,
    document: Document | None = None,
) -> list[Finding]:
    """The findings for ``release`` as ``profile`` issues it, hata first, then uyarı, öneri.

    ``media`` returns a photo reference's bytes (or None) for the pixel-size
    rule, which is skipped without it. ``today`` is the date a release date
    is compared with (the system date by default). ``document`` is what
    ``compose`` made of this very ``release`` and ``profile`` (with or without
    media), when the caller has it: the check then reads it instead of
    composing the release again, and finds exactly the same.
    """
    context = Context(release, profile, today=today, media=media, document=document)
    off = set(context.profile.checks_off)
    findings = [finding for rule in rules() if rule.id not in off for finding in rule.run(context)]
    # A rule's own advice about a field says more than compose's note on it.
    advised = {finding.field for finding in findings if finding.rule != notices.RULE_ID}
    findings = [f for f in findings if f.rule != notices.RULE_ID or f.field not in advised]
    return sorted(findings, key=lambda finding: finding.severity.rank)


def blocking(findings: list[Finding]) -> list[Finding]:
    """The hata findings among ``findings``: what export asks about before going on."""
    return [finding for finding in findings if finding.severity is Severity.HATA]
