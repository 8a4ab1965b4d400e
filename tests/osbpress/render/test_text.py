"""The plain-text release: everything in the Document, in the PDF's order."""

from __future__ import annotations

from osbpress.compose import compose
from osbpress.compose.markup import parse
from osbpress.document import (
    About,
    BlockQuote,
    ContactBlock,
    Document,
    Figure,
    Heading,
    Letterhead,
    ListBlock,
    Meta,
    Paragraph,
    Run,
)
from osbpress.model import Profile, Release
from osbpress.render import render_text
from osbpress.sample import sample_media


def test_every_block_appears_in_order() -> None:
    doc = Document(
        meta=Meta(title="Başlık"),
        letterhead=Letterhead(
            organisation="Gebze OSB", date_text="6 Mart 2025", contact_line="Tel 1"
        ),
        headline="Başlık",
        spot="Spot metni.",
        body=(
            Paragraph((Run("Gebze, 6 Mart 2025 – ", bold=True), Run("Giriş."))),
            Heading("Ara Başlık"),
            Paragraph((Run("site", href="https://g.example"),)),
            BlockQuote("Söz.", attribution="Ayşe Kaya"),
            ListBlock(((Run("bir"),), (Run("iki"),)), ordered=True),
            Figure(data=b"", name="foto-01-abc", caption="Alt yazı", credit="Basın"),
        ),
        contact=ContactBlock("Ayrıntılı bilgi için:", ("Ayşe Kaya", "Tel: 1")),
        about=About("Gebze OSB Hakkında", "Hakkında metni."),
        embargo="AMBARGOLU: x",
    )
    text = render_text(doc)
    expected = [
        "BASIN BÜLTENİ – Gebze OSB – 6 Mart 2025",
        "AMBARGOLU: x",
        "Başlık",
        "Spot metni.",
        "Gebze, 6 Mart 2025 – Giriş.",
        "Ara Başlık",
        "site (https://g.example)",
        "“Söz.”\n— Ayşe Kaya",
        "1. bir\n2. iki",
        "[Fotoğraf: foto-01-abc.jpg]\nAlt yazı\nFotoğraf: Basın",
        "Ayrıntılı bilgi için:\nAyşe Kaya\nTel: 1",
        "Gebze OSB Hakkında\nHakkında metni.",
        "-SON-",
        "Tel 1",
    ]
    assert text == "\n\n".join(expected) + "\n"


def test_sample_text_carries_the_whole_release(release: Release, profile: Profile) -> None:
    doc = compose(release, profile, media=sample_media)
    text = render_text(doc)
    for part in (
        doc.headline,
        "Kahramanmaraş, 24 Kasım 2024 – ",
        "Bölgenin Üretim Gücü Anlatıldı",
        "• deprem sonrası yeniden yapılanma çalışmaları,",
        "JICA heyeti, Kahramanmaraş OSB’deki tesis gezisinde",
        "Kahramanmaraş OSB Hakkında",
        "-SON-",
    ):
        assert part in text


def test_markup_quotes_and_nested_lists_keep_their_shape_and_addresses() -> None:
    markup = (
        "> Bakınız [site](https://osb.example) ve **kalın**\n>\n> İkinci paragraf.\n\n"
        "- üst\n  - alt [posta](mailto:a@osb.example)\n- son\n\n"
        "1. bir\n   1. bir-bir\n2. iki"
    )
    doc = Document(
        meta=Meta(title="B"),
        letterhead=Letterhead(organisation="O"),
        headline="B",
        body=tuple(parse(markup)),
    )
    text = render_text(doc)
    assert "“Bakınız site (https://osb.example) ve kalın\n\nİkinci paragraf.”" in text
    assert "• üst\n  – alt posta (mailto:a@osb.example)\n• son" in text
    assert "1. bir\n   1. bir-bir\n2. iki" in text
