"""The "Ekler" line: an organisation's name with each case suffix, as a release prints it.

The editor shows this line under an organisation's name, short name and
reading, so that a wrong reading ("TOBB’u" where "TOBB’yi" was meant) is seen
while it is typed, long before a release goes out. It is the engine's own
``inflect`` in the house style's ``SuffixStyle``; composition uses the short
name where there is one, so the line does too. A name of several words keeps
only its last word in the line: the suffix attaches there, and five repeats of
"Kahramanmaraş Organize Sanayi Bölgesi" would hide what matters.
"""

from __future__ import annotations

from osbpress.turkish.cases import DEFAULT_STYLE, Case, SuffixStyle
from osbpress.turkish.suffixes import inflect

# The cases a release actually writes after an organisation's name, in the order
# a grammar table lists them (the instrumental "ile" is written apart).
LINE_CASES = (Case.ACCUSATIVE, Case.DATIVE, Case.LOCATIVE, Case.GENITIVE, Case.ABLATIVE)
SEPARATOR = " · "
ELLIPSIS = "… "


def suffix_line(name: str, reading: str = "", style: SuffixStyle = DEFAULT_STYLE) -> str:
    """``name``'s suffixed forms, one per case of ``LINE_CASES``, joined by " · ".

    "" for a blank name. For a name of several words only the last word is
    repeated, after "… " ("… OSB’yi · OSB’ye …"). Raises what ``inflect``
    raises (an ``OsbPressError`` saying why) for a name it cannot inflect.
    """
    name = " ".join(name.split())
    if not name:
        return ""
    spoken = reading.strip() or None
    forms = [inflect(name, case, reading=spoken, style=style) for case in LINE_CASES]
    head = name.rpartition(" ")[0]
    if head and all(form.startswith(head + " ") for form in forms):
        return ELLIPSIS + SEPARATOR.join(form[len(head) + 1 :] for form in forms)
    return SEPARATOR.join(forms)


def organisation_suffix_line(
    name: str, short_name: str, reading: str, style: SuffixStyle = DEFAULT_STYLE
) -> str:
    """The line for an organisation: its short name's forms, else its full name's.

    This is the name composition inflects (the short name where one is given),
    and ``reading`` is the short name's reading, as the model describes it.
    """
    return suffix_line(short_name.strip() or name, reading, style)
