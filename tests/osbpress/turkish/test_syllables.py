"""Syllables, hyphenation points and line breaking in a real reportlab PDF."""

import io
import itertools
import re
from pathlib import Path

import pytest
import reportlab
from pypdf import PdfReader
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

from osbpress.turkish import hyphenate, reportlab_hyphenator, syllables


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("Kahramanmaraş", "Kah-ra-man-ma-raş"),
        ("Türkçe", "Türk-çe"),
        ("İstanbul", "İs-tan-bul"),
        ("sanayi", "sa-na-yi"),
        ("işbirliği", "iş-bir-li-ği"),
        ("Japonya", "Ja-pon-ya"),
        ("kapı", "ka-pı"),
        ("saat", "sa-at"),
        ("kontrol", "kont-rol"),
        ("elektrik", "e-lekt-rik"),
        ("Kocaeli", "Ko-ca-e-li"),
        ("araştırma", "a-raş-tır-ma"),
        ("Afyonkarahisar", "Af-yon-ka-ra-hi-sar"),
        ("ihracat", "ih-ra-cat"),
        ("Gölcük", "Göl-cük"),
        ("üniversitesi", "ü-ni-ver-si-te-si"),
        ("sürdürülebilirlik", "sür-dü-rü-le-bi-lir-lik"),
        ("Van", "Van"),
        ("ŞIRNAK", "ŞIR-NAK"),
        ("OSB", "OSB"),
    ],
)
def test_syllables(word: str, parts: str) -> None:
    assert syllables(word) == parts.split("-")


def test_syllables_of_nothing_and_join_back() -> None:
    assert syllables("") == []
    for word in ("Ar-Ge", "OSB’yi", "a4b", "Türk-Japon"):
        assert "".join(syllables(word)) == word


@pytest.mark.parametrize(
    ("word", "breaks"),
    [
        ("Kahramanmaraş", "Kah-ra-man-ma-raş"),
        ("araştırma", "araş-tır-ma"),
        ("Kocaeli", "Ko-ca-e-li"),
        ("sanayi", "sa-na-yi"),
        ("ideo", "ideo"),
        ("okul", "okul"),
        ("kapı", "ka-pı"),
        ("“Kahramanmaraş”,", "“Kah-ra-man-ma-raş”,"),
        ("Türk-Japon", "Türk-Ja-pon"),
        # never inside apostrophe words, abbreviations, digits, addresses
        ("Kahramanmaraş’ta", "Kahramanmaraş’ta"),
        ("O'Brien", "O'Brien"),
        ("TÜBİTAK", "TÜBİTAK"),
        ("KAHRAMANMARAŞ", "KAHRAMANMARAŞ"),
        ("COVID19", "COVID19"),
        ("2024yılında", "2024yılında"),
        ("www.kahramanmarasosb.org.tr", "www.kahramanmarasosb.org.tr"),
        ("bilgi@kahramanmarasosb.org.tr", "bilgi@kahramanmarasosb.org.tr"),
        ("https://osb.org.tr/haberler", "https://osb.org.tr/haberler"),
        ("", ""),
    ],
)
def test_hyphenation_points(word: str, breaks: str) -> None:
    offsets = hyphenate(word)
    marked = "".join(("-" if index in offsets else "") + char for index, char in enumerate(word))
    assert marked == breaks


def test_no_break_leaves_one_letter_alone() -> None:
    for word in ("araştırma", "ideo", "okula", "aile", "Ali", "eleman", "Ordu"):
        for offset in hyphenate(word):
            assert len(word[:offset]) >= 2 and len(word[offset:]) >= 2


def test_reportlab_hyphenator_offers_longest_head_first() -> None:
    assert reportlab_hyphenator("Kahramanmaraş") == [
        ("Kahramanma", "raş"),
        ("Kahraman", "maraş"),
        ("Kahra", "manmaraş"),
        ("Kah", "ramanmaraş"),
    ]
    assert reportlab_hyphenator("OSB’yi") == []


TEXT = (
    "Kahramanmaraş Organize Sanayi Bölgesi yönetimi, uluslararası işbirliği "
    "çerçevesinde Japonya Uluslararası İşbirliği Ajansı heyetini ağırladı; "
    "görüşmelerde sürdürülebilirlik, verimlilik, dijitalleşme ve yenilenebilir "
    "enerji yatırımları değerlendirildi. Heyet, TÜBİTAK ve KOSGEB destekli "
    "projeleri inceledikten sonra OSB’yi gezdi."
)


def _pdf_lines(width: float) -> list[str]:
    vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    pdfmetrics.registerFont(TTFont("VeraHyphenTest", str(vera)))
    style = ParagraphStyle(
        "Gövde",
        fontName="VeraHyphenTest",
        fontSize=10,
        leading=13,
        alignment=TA_JUSTIFY,
        hyphenationLang=reportlab_hyphenator,
    )
    buffer = io.BytesIO()
    page = (width + 40, 1200)
    document = SimpleDocTemplate(buffer, pagesize=page, leftMargin=20, rightMargin=20, invariant=1)
    document.build([Paragraph(TEXT, style)])
    text = PdfReader(buffer).pages[0].extract_text()
    return [line.strip() for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("width", [95.0, 120.0, 160.0])
def test_justified_pdf_breaks_long_words_only_at_syllable_boundaries(width: float) -> None:
    lines = _pdf_lines(width)
    original_words = TEXT.split()
    hyphenated = 0
    for line, following in itertools.pairwise(lines):
        last = line.split()[-1]
        if not last.endswith("-"):
            continue
        hyphenated += 1
        head, tail = last[:-1], following.split()[0]
        joined = head + tail
        assert joined in original_words, f"{head}- / {tail} is no word of the text"
        core = re.sub(r"[^\w’']+$", "", joined)
        boundaries = list(itertools.accumulate(len(part) for part in syllables(core)))
        assert len(head) in boundaries, f"{head}-{tail} is not between syllables"
        assert len(head) >= 2 and len(core) - len(head) >= 2, f"{head}-{tail} strands a letter"
    assert hyphenated >= 1, lines
    assert " ".join(lines).replace("- ", "") == TEXT
