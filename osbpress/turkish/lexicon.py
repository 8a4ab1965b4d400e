"""Word lists the suffix rules consult: palatal finals and possessive compounds.

* ``PALATAL`` — words whose final consonant is palatal, so suffixes take
  front vowels although the last vowel is back (Kemal’e, Celal’in, Hilal’den,
  gol → golü). Only forms whose front suffix is standard are listed; names
  with an ordinary l (Erol’a, Ural’a, Vural’ı) are not, nor is anything
  doubtful (Meral). A word written with â or û before its final l (Celâl,
  Resûl) is palatal by spelling and needs no entry.
* ``INSTITUTION_POSSESSIVES`` — last words of organisation names that carry
  the 3rd-person possessive (Ajansı, Bakanlığı, Üniversitesi …). They take the
  pronominal n (Ajansı’nın, Ajansı’na, Ajansı’nda) and, in TDK house style,
  no apostrophe. "Bölgesi" is an institution only after sanayi, serbest,
  geliştirme, ihtisas or endüstri (Organize Sanayi Bölgesi); otherwise it is a
  region (Marmara Bölgesi’nde) and keeps its apostrophe.
* ``PLACE_POSSESSIVES`` — last words of place names built the same way
  (Marmara Denizi, Ağrı Dağı, İstiklal Caddesi): pronominal n, apostrophe kept.
* ``OTHER_POSSESSIVES`` — last words of other such compounds an OSB release
  names: events, programmes, documents (Yeşil Dönüşüm Projesi’ne, Teknoloji
  Zirvesi’nde, İşbirliği Protokolü’nün): pronominal n, apostrophe kept.
* ``POSSESSIVE_PLACES`` — one-word place names that are such compounds
  (Kocaeli’ne, Kırklareli’nde, Yusufeli’nden): Türkiye's districts and towns
  listed in ``resources/data/yer-adlari.txt`` (its source is noted there).
  Tunceli is not one in practice (Tunceli’ye), nor Develi or Gökçeada. A word
  ending in -oğlu, -başı, -adası, -ovası, -düzü, -pazarı, -önü, -hisarı,
  -köprüsü, -suyu, -dağı, -burnu or -özü is one too (Beyoğlu’nda,
  Kuşadası’na, Beypazarı’nda, Eminönü’ne, Anadoluhisarı’nda; and surnames
  such as Davutoğlu’nun).
"""

from functools import cache

from osbpress.resources import resource
from osbpress.turkish.casing import lower


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``; keeps long word lists readable."""
    return frozenset(text.split())


PALATAL = word_set(
    "alkol bilal celal cemal gol hayal helal hilal iclal ikbal ihtimal istiklal kabul"
    " kemal kontrol meşgul nihal petrol protokol rol sembol usul"
)

INSTITUTION_POSSESSIVES = word_set(
    "ajansı bakanlığı bankası başkanlığı başkonsolosluğu belediyesi birliği borsası"
    " büyükelçiliği dairesi derneği enstitüsü fabrikası fakültesi federasyonu grubu"
    " hastanesi idaresi kaymakamlığı koleji komisyonu komitesi konfederasyonu konseyi"
    " kooperatifi kurulu kuruluşu kurumu lisesi mahkemesi meclisi merkezi müdürlüğü müsteşarlığı"
    " ofisi okulu odası platformu rektörlüğü sendikası şirketi şubesi teşkilatı"
    " temsilciliği üniversitesi vakfı valiliği yüksekokulu"
)

# "Bölgesi" names an institution only after these words.
INSTITUTION_REGION_HEADS = word_set("endüstri geliştirme ihtisas sanayi serbest")

PLACE_POSSESSIVES = word_set(
    "adası binası bölgesi boğazı bulvarı caddesi camii çayı dağı dağları denizi gölü havalimanı kampüsü"
    " havzası ırmağı ilçesi kalesi köprüsü körfezi köyü limanı mahallesi meydanı nehri"
    " ovası parkı salonu sarayı sitesi sokağı tesisi tesisleri vadisi yaylası yerleşkesi yolu"
)

OTHER_POSSESSIVES = word_set(
    "anlaşması belgesi buluşması çalıştayı eğitimi fuarı festivali forumu günü haftası"
    " kampanyası kongresi konferansı kupası ödülü paneli planı programı projesi protokolü"
    " raporu semineri sempozyumu sertifikası sözleşmesi stratejisi toplantısı töreni"
    " yarışması zaptı zirvesi"
)

_POSSESSIVE_PLACE_ENDINGS = (
    "oğlu",
    "başı",
    "adası",
    "ovası",
    "düzü",
    "pazarı",
    "önü",
    "hisarı",
    "köprüsü",
    "suyu",
    "dağı",
    "burnu",
    "özü",
)


@cache
def possessive_places() -> frozenset[str]:
    """The district and town names of ``yer-adlari.txt``, in lower case."""
    text = resource("data/yer-adlari.txt").read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return frozenset(lower(line) for line in lines if line and not line.startswith("#"))


def is_possessive_place(word: str) -> bool:
    """Whether a one-word name (lower case) is a possessive compound: Kocaeli, Beyoğlu."""
    if word in possessive_places():
        return True
    return any(word.endswith(end) and len(word) > len(end) for end in _POSSESSIVE_PLACE_ENDINGS)
