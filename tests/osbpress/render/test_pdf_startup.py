"""The first PDF's start-up: no xml.sax on the way, escaping unchanged.

The import checks run in a fresh interpreter, since this test process has
imported far more than one PDF needs.
"""

from __future__ import annotations

import json
import subprocess
import sys
from xml.sax.saxutils import escape as sax_escape

import pytest

from osbpress.document import Paragraph, Run
from osbpress.render.pdf_story import escaped, inline_markup

_RENDER_SAMPLE = """
import json, sys
from osbpress.compose import compose
from osbpress.render import render_pdf
from osbpress.sample import sample_media, sample_profile, sample_release

before = set(sys.modules)
data = render_pdf(compose(sample_release(), sample_profile(), media=sample_media))
assert data.startswith(b"%PDF")
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def test_rendering_a_pdf_imports_no_xml_sax() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _RENDER_SAMPLE], capture_output=True, text=True, check=True
    )
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert "reportlab" in loaded  # the probe did render
    assert not [name for name in loaded if name == "xml.sax" or name.startswith("xml.sax.")]


@pytest.mark.parametrize(
    "text",
    [
        "AT&T <b>kalın</b>",
        "a > b < c",
        "&amp; zaten kaçışlı",
        "“tırnak” ve 'kesme'",
        'çift "tırnak"',
    ],
)
def test_escaping_matches_xml_sax(text: str) -> None:
    assert escaped(text) == sax_escape(text)


def test_link_href_escapes_ampersand_and_double_quote_only() -> None:
    href = "https://osb.example/?a=1&b=\"2\"&c='3'"
    markup = inline_markup(Paragraph(runs=(Run(text="bağlantı", href=href),)).runs)
    assert "href=\"https://osb.example/?a=1&amp;b=&quot;2&quot;&amp;c='3'\"" in markup


def test_reportlab_runs_with_its_c_accelerators() -> None:
    # rl_accel is a dependency: without it reportlab measures every string in
    # pure Python and the PDF takes a third longer (bench render).
    from reportlab.lib import rl_accel

    assert type(rl_accel.instanceStringWidthTTF).__name__ == "builtin_function_or_method"
    assert type(rl_accel.escapePDF).__name__ == "builtin_function_or_method"
