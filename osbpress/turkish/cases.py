"""The six Turkish case suffixes the engine writes, and how it writes them.

``Case`` names the grammatical case; ``SuffixStyle`` is the house-style
setting of RULES.md §6: which apostrophe separates a name from its suffix, and
whether institution names get one at all (press practice: "Ajansı’nın") or
follow the current TDK rule ("Ajansının"). ``SuffixStyle()`` keeps the
apostrophe, as the seed's tables are written; the style a release is written
in comes from its profile, and a new profile starts with TDK's rule
(``osbpress.model.HouseStyle``).
"""

from dataclasses import dataclass
from enum import Enum


class Case(Enum):
    """A Turkish noun case, named by its Latin grammar name."""

    ACCUSATIVE = "belirtme"
    DATIVE = "yönelme"
    LOCATIVE = "bulunma"
    ABLATIVE = "ayrılma"
    GENITIVE = "ilgi"
    INSTRUMENTAL = "vasıta"


@dataclass(frozen=True)
class SuffixStyle:
    """How suffixes are attached: the apostrophe character and the institution rule."""

    apostrophe: str = "’"
    institution_apostrophe: bool = True


DEFAULT_STYLE = SuffixStyle()
