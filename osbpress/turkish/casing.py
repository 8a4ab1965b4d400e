"""Turkish-aware case mapping, headline and sentence case, and search folding.

Python's ``str.upper()`` turns ``i`` into ``I`` and ``str.lower()`` turns
``İ`` into ``i`` + U+0307; Turkish needs i ↔ İ and ı ↔ I. Everything here maps
those four letters first and lets Python handle the rest of Unicode.

Headline case follows RULES.md: the first letter of each word is raised, the
rest of the word is left as typed, nothing after an apostrophe is touched
(``OSB’yi``), and the small words ve, ile, ya, veya, ki, da/de, mı/mi/mu/mü
stay lower case unless they open the headline. Each part of a hyphenated word
is raised too (``Ar-Ge``, ``Türk-Japon``), as Turkish headlines do; web
addresses and e-mail addresses are left alone.

``fold`` is for search, not for display: it drops case, the dotted/dotless i
distinction, every diacritic (ş→s, ğ→g, ç→c, ö→o, ü→u, â→a …) and unifies
apostrophes, quotes and dashes, so "istanbul", "İSTANBUL" and "Istanbul", or
"ığdır" and "IGDIR", fold to the same key. It is idempotent.
"""

import re
import unicodedata

_DOTTED_CAPITAL_DECOMPOSED = "I\u0307"
_DOTTED_SMALL_DECOMPOSED = "i\u0307"

SMALL_WORDS = frozenset({"ve", "ile", "ya", "veya", "ki", "da", "de", "mı", "mi", "mu", "mü"})
APOSTROPHES = "’'‘ʼ`´"
_LEADING_PUNCTUATION = "\"'“‘«‹([{„‚¿¡*_"
_WORD_RE = re.compile(r"\S+")
_ADDRESS_RE = re.compile(r"(?:://|^www\.|@)", re.IGNORECASE)
_FOLD_TABLE = str.maketrans(
    {
        "ı": "i",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "´": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "ß": "ss",
    }
)


def upper(text: str) -> str:
    """Upper-case with Turkish rules: i → İ, ı → I."""
    return text.replace("i", "İ").replace("ı", "I").upper().replace(_DOTTED_CAPITAL_DECOMPOSED, "İ")


def lower(text: str) -> str:
    """Lower-case with Turkish rules: İ → i, I → ı; "i" + U+0307 is folded back to "i"."""
    text = text.replace(_DOTTED_CAPITAL_DECOMPOSED, "İ").replace("İ", "i").replace("I", "ı")
    return text.lower().replace(_DOTTED_SMALL_DECOMPOSED, "i")


def capitalize_word(word: str) -> str:
    """Raise the first letter of ``word`` (after any opening quote or bracket), keep the rest."""
    for index, char in enumerate(word):
        if char.isalpha():
            return word[:index] + upper(char) + word[index + 1 :]
        if char not in _LEADING_PUNCTUATION:
            return word
    return word


def _core(word: str) -> str:
    """The word without leading/trailing punctuation, lower-cased, for small-word lookup."""
    return lower(word.strip(_LEADING_PUNCTUATION + "\"'”’»›)]}.,;:!?…"))


def _headline_word(word: str, first: bool) -> str:
    if _ADDRESS_RE.search(word):
        return word
    if not first and _core(word) in SMALL_WORDS:
        return lower(word)
    cut = min((word.find(mark) for mark in APOSTROPHES if mark in word), default=len(word))
    name, rest = word[:cut], word[cut:]
    parts = [capitalize_word(part) for part in name.split("-")]
    return "-".join(parts) + rest


def headline_case(text: str) -> str:
    """Capitalise each word's first letter (Turkish rules), keeping small words lower case."""
    first = True

    def replace(match: re.Match[str]) -> str:
        nonlocal first
        result = _headline_word(match.group(0), first)
        first = False
        return result

    return _WORD_RE.sub(replace, text)


def sentence_case(text: str) -> str:
    """Raise the text's first letter (unless it opens with a digit), leave the rest as typed."""
    start = len(text) - len(text.lstrip())
    return text[:start] + capitalize_word(text[start:])


class _WithoutMarks(dict[int, int | None]):
    """A ``str.translate`` table deleting combining marks, filled as characters are met.

    Each character is looked up in Python once per process, then in C.
    """

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_MARKS = _WithoutMarks()


def _fold_once(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_FOLD_TABLE))
    text = text.casefold().translate(_FOLD_TABLE)
    return unicodedata.normalize("NFC", text.translate(_WITHOUT_MARKS))


def fold(text: str) -> str:
    """A search key: case-, dotted/dotless-i-, diacritic- and apostrophe-insensitive."""
    if text.isascii():
        # No marks, no compatibility forms: one round is the whole fold.
        return text.translate(_FOLD_TABLE).lower()
    folded = _fold_once(text)
    if folded.isascii():  # as above: already stable
        return folded
    # Unicode has a handful of characters whose folding needs a second round
    # (a compatibility form that decomposes to an upper-case letter); repeating
    # until nothing changes keeps fold idempotent.
    for _ in range(3):
        again = _fold_once(folded)
        if again == folded:
            break
        folded = again
    return folded
