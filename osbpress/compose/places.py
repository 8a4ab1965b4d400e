"""Where it happened, said once and the way Turkish spells it.

The officer types a venue ("toplantı salonu", "Gaziantep OSB Hizmet Binası")
and a place ("Kuşadası", "Şehitkamil / Gaziantep"). A venue named by a common
noun takes its suffix without an apostrophe ("toplantı salonunda",
"yönetim binasında"), as TDK writes building and hall names. A place typed
"İlçe / İl" is never copied with its slash: "Gaziantep’in Şehitkamil
ilçesindeki …", or the venue alone when the province is the dateline's city
(the dateline already says it). A city the venue itself begins with is not
said again ("Gaziantep’teki Gaziantep OSB …" reads as a stutter).
"""

from __future__ import annotations

import dataclasses
import re

from osbpress.turkish import Case, SuffixStyle, fold, inflect, lower
from osbpress.turkish.lexicon import word_set

# Common nouns a venue ends with (bare or with the compound's possessive ending).
_VENUE_NOUNS = word_set(
    "salon salonu bina binası merkez merkezi tesis tesisi alan alanı kampüs kampüsü "
    "fabrika fabrikası oda odası saray sarayı lokal lokali otel oteli fuaye fuayesi "
    "amfi amfisi sahne sahnesi park parkı meydan meydanı şantiye şantiyesi atölye "
    "atölyesi laboratuvar laboratuvarı ofis ofisi makam makamı bahçe bahçesi"
)
_SLASH = re.compile(r"\s*[/\\|]\s*|\s+-\s+")


def common_venue(venue: str) -> bool:
    """Whether ``venue`` ends with a common noun ("toplantı salonu", "Hizmet Binası")."""
    words = venue.split()
    return bool(words) and lower(words[-1]) in _VENUE_NOUNS


def venue_case(venue: str, case: Case, style: SuffixStyle) -> str:
    """``venue`` in ``case``: a common-noun venue with no apostrophe before the suffix."""
    if not common_venue(venue):
        return inflect(venue, case, style=style)
    bare = dataclasses.replace(style, institution_apostrophe=False)
    return inflect(venue, case, style=bare, institution=True)


def district_and_province(typed: str) -> tuple[str, str]:
    """ "Şehitkamil / Gaziantep" → ("Şehitkamil", "Gaziantep"); "Kuşadası" → ("", "Kuşadası")."""
    parts = [part.strip() for part in _SLASH.split(typed.strip()) if part.strip()]
    if len(parts) >= 2:
        return parts[0], parts[-1]
    return "", parts[0] if parts else ""


def _starts_with(venue: str, city: str) -> bool:
    return bool(city) and fold(venue).startswith(fold(city) + " ")


def locative_place(venue: str, typed_city: str, dateline_city: str, style: SuffixStyle) -> str:
    """Where it happened in the locative ("Kuşadası’ndaki kongre merkezinde"), or ""."""
    district, province = district_and_province(typed_city)
    home = fold(province) == fold(dateline_city) if province else True
    if district and home:
        # The dateline names the province; the district alone would read as another city.
        province, district = "", ""
    elif home:
        province = ""
    at = venue_case(venue, Case.LOCATIVE, style) if venue else ""
    if district and province:
        if _starts_with(venue, district) or _starts_with(venue, province):
            return at
        genitive = inflect(province, Case.GENITIVE, style=style)
        where = f"{genitive} {district} ilçesinde"
        return f"{where}ki {at}" if at else where
    if not province or fold(province) in fold(venue) or _starts_with(venue, province):
        return at
    city_at = inflect(province, Case.LOCATIVE, style=style)
    return f"{city_at}ki {at}" if at else city_at


def city_of(typed_city: str) -> str:
    """The city a place typed as "İlçe / İl" names: its province."""
    return district_and_province(typed_city)[1]
