"""Documents the renderer tests share: a full Turkish release with every block kind."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image

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


def photo_bytes(width: int = 1200, height: int = 800, fmt: str = "JPEG") -> bytes:
    """A real image made in memory: a horizon of two colours, like a landscape photo."""
    image = Image.new("RGB", (width, height), (70, 120, 180))
    image.paste((90, 140, 60), (0, height // 2, width, height))
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def logo_bytes() -> bytes:
    image = Image.new("RGBA", (400, 200), (0, 0, 0, 0))
    image.paste((31, 78, 121, 255), (20, 20, 380, 180))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def turkish_document(*, photo: bytes | None = None, logo: bool = True) -> Document:
    """A release about a delegation visit, using every Turkish letter and every block kind."""
    return Document(
        meta=Meta(
            title="JICA Heyeti Kahramanmaraş OSB’yi Ziyaret Etti",
            author="Kahramanmaraş OSB",
            subject="Japon kalkınma ajansı heyetinin bölge ziyareti",
            keywords=("JICA", "Kahramanmaraş OSB", "ihracat"),
            created=dt.datetime(2024, 11, 24, 10, 30, tzinfo=dt.UTC),
        ),
        letterhead=Letterhead(
            organisation="Kahramanmaraş Organize Sanayi Bölgesi",
            date_text="24 Kasım 2024",
            logo=logo_bytes() if logo else None,
            contact_line="Kahramanmaraş OSB · Tel. 0344 236 00 00 · basin@kmosb.example",
        ),
        headline="JICA Heyeti Kahramanmaraş OSB’yi Ziyaret Etti",
        spot=(
            "Japonya Uluslararası İşbirliği Ajansı’nın (JICA) üç kişilik heyeti, "
            "deprem sonrası üretime dönüşü yerinde görmek için bölgedeki fabrikaları gezdi. "
            "Görüşmede ihracatçı firmalara sağlanacak ₺250 milyonluk destek ele alındı."
        ),
        body=(
            Paragraph(
                (
                    Run("Kahramanmaraş, 24 Kasım 2024 – ", bold=True),
                    Run(
                        "Heyet, bölge müdürlüğünde yapılan toplantıda üretim kapasitesi, "
                        "istihdam ve lojistik ihtiyaçlar hakkında bilgi aldı. Ziyarete "
                        "İşletme Müdürü Ayşe Güneş ile Çağrı Öztürk de katıldı. Ayrıntılar "
                        "için "
                    ),
                    Run("ajansın sayfası", href="https://www.jica.go.jp/"),
                    Run(" incelenebilir; “ölçülebilir” sonuçlar "),
                    Run("şubat", italic=True),
                    Run(" ayında paylaşılacak."),
                ),
            ),
            Heading("Üretime dönüş ve istihdam"),
            Paragraph(
                (
                    Run(
                        "Bölgede faaliyet gösteren 230 işletmenin büyük bölümü depremden sonraki "
                        "altı ay içinde yeniden üretime geçti. Işık, ğ, ı, İ, Ş, Ğ, ç, ö, ü ve â "
                        "harfleri doğru görünmeli; fiyatlar ₺ ile yazılır."
                    ),
                ),
            ),
            BlockQuote(
                "Bölgemizin ihracat gücü, deprem sonrasında da sürdürülebilir biçimde artıyor.",
                attribution="Mustafa Buluntu, Yönetim Kurulu Başkanı",
            ),
            Heading("Ele alınan başlıklar", level=2),
            ListBlock(
                (
                    (Run("Mesleki eğitim merkezinin yeniden açılması"),),
                    (Run("Güneş enerjisi yatırımları", bold=True),),
                    (Run("Ortak çalışma grubunun kurulması"),),
                ),
            ),
            ListBlock(((Run("İlk adım"),), (Run("İkinci adım"),)), ordered=True),
            Figure(
                data=photo if photo is not None else photo_bytes(),
                name="JICA Heyeti Ziyareti",
                caption="Soldan sağa: Ayşe Güneş, Kenji Sato ve Mustafa Buluntu",
                credit="Kahramanmaraş OSB Basın Birimi",
            ),
            Paragraph((Run("Ziyaret, bölge fabrikalarının gezilmesiyle sona erdi."),)),
        ),
        contact=ContactBlock(
            "Ayrıntılı bilgi için:",
            ("Zeynep Çelik, Basın Sorumlusu", "0344 236 00 00", "basin@kmosb.example"),
        ),
        about=About(
            "Kahramanmaraş OSB Hakkında",
            "1990’da kurulan bölge, tekstil ve gıda başta olmak üzere yüzlerce işletmeye "
            "ev sahipliği yapar ve ihracatın önemli bir bölümünü üstlenir.",
        ),
        categories=("GÜNDEM", "EKONOMİ"),
    )


@pytest.fixture
def document() -> Document:
    return turkish_document()
