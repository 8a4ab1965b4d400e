"""Where the PDF's lines break: never inside a name, a date or a phone number; balanced headlines.

Read back from the PDF's own text (pypdf) and from reportlab's line-breaking
results, the way an editor reads the printed page.
"""

from __future__ import annotations

import dataclasses
import re

from reportlab.platypus import Paragraph as RLParagraph

from osbpress.document import Document, Meta, Paragraph, Run
from osbpress.render import render_pdf
from osbpress.render.pdf_lines import BalancedParagraph
from osbpress.render.pdf_styles import TEXT_WIDTH, styles
from osbpress.render.pdf_text import MAX_HYPHENATED_LETTERS, hyphenator, no_break
from tests.osbpress.render.conftest import turkish_document
from tests.osbpress.render.readback import letters, pdf_pages

NAMES = (
    "Kahramanmaraş Organize Sanayi Bölgesi",
    "Yönetim Kurulu Başkanı",
    "Mustafa Buluntu",
    "Japonya Uluslararası İşbirliği Ajansı",
    "Masashi Inove",
    "Onikişubat",
)
SENTENCE = (
    "Japonya Uluslararası İşbirliği Ajansı heyeti Onikişubat ilçesindeki "
    "Kahramanmaraş Organize Sanayi Bölgesi Yönetim Kurulu Başkanı Mustafa Buluntu ile "
    "Masashi Inove arasında görüşmeler yapıldı ve Kahramanmaraş’ta sürdürüldü. "
)


def _release(text: str, names: tuple[str, ...] = ()) -> Document:
    base = turkish_document(logo=False)
    fillers = ("", "ve ", "bugün ", "ayrıca bölgede ", "o gün ", "yine ", "ilk kez ")
    body = tuple(Paragraph((Run(filler + text * 3),)) for filler in fillers * 2)
    return dataclasses.replace(
        base, meta=dataclasses.replace(base.meta, proper_names=names), body=body
    )


def _split_words(data: bytes) -> list[str]:
    """Every word the PDF hyphenates across a line end, joined back ("Kahra-", "manmaraş")."""
    words = []
    for page in pdf_pages(data):
        for head, tail in re.findall(r"(\w+)-\n(\w+)", page):
            words.append(head + tail)
    return words


def _name_parts(names: tuple[str, ...]) -> set[str]:
    return {part for name in names for part in name.split()}


def test_no_proper_name_is_hyphenated_across_a_line_end() -> None:
    parts = _name_parts(NAMES)
    unguarded = _split_words(render_pdf(_release(SENTENCE), deterministic=True))
    assert any(word in parts for word in unguarded), "the text must tempt a name split"
    guarded = _split_words(render_pdf(_release(SENTENCE, NAMES), deterministic=True))
    assert guarded, "common words still hyphenate"
    assert not [word for word in guarded if any(word.startswith(p) for p in parts)]


def test_the_hyphenator_refuses_names_their_suffixed_forms_and_overlong_words() -> None:
    breaks = hyphenator(NAMES)
    assert breaks("Kahramanmaraş") == []
    assert breaks("Buluntu") == []
    assert breaks("Başkanı") == []
    assert breaks("Buluntunun") == []  # a suffixed name without an apostrophe
    assert breaks("görüşmeler")  # ordinary words still break
    assert breaks("uluslararası")  # the lower-case common word is not a name
    assert breaks("a" * (MAX_HYPHENATED_LETTERS + 1)) == []


def test_dates_phone_numbers_and_page_references_are_joined_with_no_break_spaces() -> None:
    text = "24 Kasım 2024’te 0 (344) 000 00 01 ile +90 344 236 00 00, Sayfa 1 / 2 ve Mart 2025"
    joined = no_break(text)
    assert "24\xa0Kasım\xa02024’te" in joined
    assert "0\xa0(344)\xa0000\xa000\xa001" in joined
    assert "+90\xa0344\xa0236\xa000\xa000" in joined
    assert "Sayfa\xa01\xa0/\xa02" in joined and "Mart\xa02025" in joined
    assert no_break("3-4 Mayısta") == "3-4\xa0Mayısta"  # no apostrophe after a month name
    assert no_break("230 işletme 2024 yılında") == "230 işletme 2024 yılında"


def test_a_date_or_phone_number_never_ends_a_line() -> None:
    sentence = (
        "Toplantı 24 Kasım 2024’te yapıldı ve 0 (344) 000 00 01 numaralı hattan duyuruldu; "
        "bir sonraki görüşme 3 Aralık 2024 tarihinde olacak. "
    )
    data = render_pdf(_release(sentence), deterministic=True)
    text = "\n".join(pdf_pages(data))
    assert text.count("24 Kasım 2024’te") >= 40
    assert text.count("0 (344) 000 00 01") >= 40
    assert text.count("3 Aralık 2024") >= 40
    assert not re.search(r"\b\d{1,2}\n(?:Kasım|Aralık)|(?:Kasım|Aralık)\n\d{4}", text)
    assert not re.search(r"\(344\)\n|\n000 00 01|000\n00", text)


def test_headline_is_balanced_and_never_ends_on_one_short_word() -> None:
    style = styles().headline
    words = ["Kahramanmaraş", "OSB", "ile", "Japon", "Heyeti", "Yeni", "Projeler", "İçin"]
    headline = ""
    for extra in ["Görüştü", "ve", "Anlaştı", "Bugün", "Yine", "Orada", "Tam", "Şu", "Da"] * 3:
        words.append(extra)
        candidate = " ".join(words)
        plain = RLParagraph(candidate, style)
        plain.wrap(TEXT_WIDTH, 1000)
        last = plain.blPara.lines[-1]
        if (
            len(plain.blPara.lines) == 2
            and len(last.words if hasattr(last, "words") else last[1]) == 1
        ):
            headline = candidate
            break
    assert headline, "no headline leaves one word on its last line"
    balanced = BalancedParagraph(headline, style)
    width, _ = balanced.wrap(TEXT_WIDTH, 1000)
    lines = balanced.blPara.lines
    assert len(lines) == 2 and width < TEXT_WIDTH
    assert len(lines[-1][1]) >= 3
    doc = dataclasses.replace(turkish_document(logo=False), headline=headline)
    page = pdf_pages(render_pdf(doc, deterministic=True))[0]
    assert letters(headline) in letters(page)
    last_line = next(line for line in page.splitlines() if line.strip().endswith(words[-1]))
    assert len(last_line.split()) >= 3


def test_spot_is_ragged_right_and_not_hyphenated() -> None:
    spot = "Uluslararası işbirliklerinin güçlendirilmesi amaçlanıyor " * 8
    doc = dataclasses.replace(turkish_document(logo=False), spot=spot, body=())
    page = pdf_pages(render_pdf(doc, deterministic=True))[0]
    assert not re.search(r"[a-zçğıöşü]-\n", page)  # "-SON-" ends the page, not a word
    sheet = styles()
    assert sheet.spot.alignment == 0 and not sheet.spot.hyphenationLang
    assert not sheet.headline.hyphenationLang


def test_an_unbroken_5000_letter_word_renders_with_every_letter() -> None:
    word = "ş" * 2500 + "a" * 2500
    doc = dataclasses.replace(
        turkish_document(logo=False),
        headline="Uzun " + word[:600],
        body=(Paragraph((Run(f"Başlangıç {word} son."),)),),
        meta=Meta(title="Uzun sözcük", proper_names=NAMES),
    )
    # reportlab's hyphenation took minutes for such a word; bench/bench_limits.py times it.
    data = render_pdf(doc, deterministic=True)
    body = letters("".join(pdf_pages(data)))
    assert body.count("ş") >= 3100 and body.count("a") >= 2500
