"""The sample release: a JICA delegation's visit to Kahramanmaraş OSB.

The facts (who, when, where) come from a real release; every sentence here
is our own. It serves as the first draft an officer sees, as test data and
as the benchmark input. Headline, spot and lead are left empty on purpose:
compose suggests them from the facts.
"""

from __future__ import annotations

import datetime as dt

from osbpress.errors import MediaError
from osbpress.media import read_file
from osbpress.model import (
    Contact,
    Event,
    Organisation,
    Participant,
    Photo,
    Profile,
    Quote,
    Release,
    Section,
    Side,
)
from osbpress.resources import resource

SAMPLE_PHOTO = "ziyaret.jpg"
SAMPLE_LOGO = "logo.png"


def sample_profile() -> Profile:
    return Profile(
        name="Kahramanmaraş Organize Sanayi Bölgesi",
        short_name="Kahramanmaraş OSB",
        logo=SAMPLE_LOGO,
        address="Organize Sanayi Bölgesi, Onikişubat / Kahramanmaraş",
        phone="0 (344) 000 00 00",
        email="basin@kahramanmarasosb.example",
        web="https://kahramanmarasosb.example",
        about=(
            "Kahramanmaraş Organize Sanayi Bölgesi, kentin tekstil, metal ve gıda "
            "sanayisini bir araya getiren bir üretim merkezidir. Bölge, sanayicilere "
            "altyapı, enerji ve ortak hizmetler sağlar; ihracata dönük yatırımları "
            "ve uluslararası iş birliklerini destekler."
        ),
        contact=Contact(
            name="Basın ve Halkla İlişkiler Birimi",
            phone="0 (344) 000 00 01",
            email="basin@kahramanmarasosb.example",
        ),
        city="Kahramanmaraş",
    )


def sample_release() -> Release:
    director = Participant(
        name="Hasan Köse",
        title="Kahramanmaraş OSB Müdürü",
        organisation="Kahramanmaraş OSB",
        side=Side.HOST,
    )
    guests = [
        Participant(name=name, organisation="JICA", side=Side.GUEST)
        for name in ("Masashi Inove", "Kotoe Kuroda", "Seda Torısu")
    ]
    briefing = Section(
        heading="Bölgenin Üretim Gücü Anlatıldı",
        body=(
            "Heyete, bölgede faaliyet gösteren firmaların üretim alanları, enerji ve "
            "su altyapısı ile ihracat bağlantıları hakkında bir sunum yapıldı. "
            "Konuklar daha sonra **tekstil** ve **metal işleme** tesislerini gezdi.\n\n"
            "Sunumda öne çıkan başlıklar:\n\n"
            "- deprem sonrası yeniden yapılanma çalışmaları,\n"
            "- nitelikli iş gücü ve meslek eğitimi,\n"
            "- yenilenebilir enerji yatırımları."
        ),
    )
    cooperation = Section(
        heading="Japonya ile Ortak Çalışma Alanları",
        body=(
            "Görüşmelerde, Japonya’nın kalkınma programlarından bölge sanayisinin nasıl "
            "yararlanabileceği ele alındı. Taraflar, teknik eğitim ve verimlilik "
            "projelerinde birlikte çalışma olanaklarını değerlendirdi."
        ),
    )
    return Release(
        kind="ziyaret",
        dateline_city="Kahramanmaraş",
        release_date=dt.date(2024, 11, 24),
        categories=["GÜNDEM", "EKONOMİ"],
        event=Event(
            when=dt.datetime(2024, 11, 24, 10, 30),
            place="Kahramanmaraş OSB Müdürlüğü",
            host=Organisation(
                name="Kahramanmaraş Organize Sanayi Bölgesi", short_name="Kahramanmaraş OSB"
            ),
            guest=Organisation(
                name="Japonya Uluslararası İşbirliği Ajansı", short_name="JICA", country="Japonya"
            ),
            purpose="bölgenin sanayi altyapısı ve üretim kapasitesi hakkında bilgi almak",
            topics=["sanayi altyapısı", "teknik iş birliği", "verimlilik projeleri"],
        ),
        participants=[director, *guests],
        quotes=[
            Quote(
                speaker=director.id,
                lead_in="heyeti ağırlamaktan memnuniyet duyduklarını belirterek",
                text=(
                    "Japon heyetinin bölgemize gösterdiği ilgi bizim için değerlidir. "
                    "Sanayicilerimizin yeni teknolojilere ve ortak projelere açık olduğunu "
                    "yakından gördüler."
                ),
                verb="dedi",
                section=briefing.id,
            ),
            Quote(
                speaker=director.id,
                text=(
                    "Bugünkü görüşmeyi somut projelere dönüştürmek için JICA ile "
                    "temasımızı sürdüreceğiz."
                ),
                verb="ifadelerini kullandı",
                section=cooperation.id,
            ),
        ],
        sections=[briefing, cooperation],
        photos=[
            Photo(
                image=SAMPLE_PHOTO,
                caption="JICA heyeti, Kahramanmaraş OSB’deki tesis gezisinde",
                credit="Kahramanmaraş OSB",
            )
        ],
        contact=None,
        notes="Fotoğrafları basın birimi çekti; isim sıralaması teyit edilecek.",
    )


def sample_media(reference: str) -> bytes:
    """The bytes of the sample's photo and logo, from resources/samples/."""
    return read_file(resource(f"samples/{reference}"), f"“{reference}”", MediaError)
