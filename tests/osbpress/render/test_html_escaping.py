"""The HTML template environment escapes typed text on its own, with the other layers off.

``render_html`` has three safety layers (see ``osbpress.render.html``): the
environment's autoescape, the link check and nh3. The end-to-end tests pass
with any two of them, so a lost layer would go unseen; here hostile text goes
through the environment alone (no link check, no nh3) and must come out as
text and attribute values, never as markup.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import pytest

from osbpress.render.html import _environment

ATTACK = '"><script>alert(1)</script><b x="'
"""Closes an attribute, opens a script, and reopens an attribute to hide the seam."""


class _Elements(HTMLParser):
    """Every start tag with its attributes, and the text, of one snippet."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _run(text: str, href: str | None = None) -> dict[str, Any]:
    return {"text": text, "bold": False, "italic": False, "href": href}


def _blocks() -> list[dict[str, Any]]:
    return [
        {"kind": "heading", "level": 2, "text": ATTACK},
        {"kind": "paragraph", "runs": [_run(ATTACK, href=ATTACK)]},
        {
            "kind": "figure",
            "src": ATTACK,
            "alt": ATTACK,
            "caption": ATTACK,
            "credit": ATTACK,
        },
        {"kind": "quote", "paragraphs": [[_run(ATTACK)]], "attribution": ATTACK},
        {"kind": "lines", "heading": ATTACK, "rows": [[_run(ATTACK, href=ATTACK)]]},
    ]


@pytest.mark.parametrize("wordpress", [False, True])
def test_hostile_values_stay_text_in_the_template_alone(wordpress: bool) -> None:
    raw = (
        _environment()
        .get_template("article.html.j2")
        .render(blocks=_blocks(), wordpress=wordpress, lang=ATTACK)
    )
    parsed = _Elements()
    parsed.feed(raw)
    parsed.close()
    names = {tag for tag, _ in parsed.tags}
    assert "script" not in names and "b" not in names, raw
    # Each attribute holds the whole attack as its value: it never left its quotes.
    attributes = {(tag, name): value for tag, attrs in parsed.tags for name, value in attrs.items()}
    expected = {("a", "href"), ("img", "src"), ("img", "alt")}
    if not wordpress:
        expected.add(("article", "lang"))
    for key in expected:
        assert attributes[key] == ATTACK, (key, raw)
    # No attribute outside the template's own (the attack's x="…" would be one).
    assert {name for _, name in attributes} <= {"href", "src", "alt", "lang", "class"}
    # The typed text reads back whole, once per field that holds it.
    assert "".join(parsed.text).count(ATTACK) == 8
