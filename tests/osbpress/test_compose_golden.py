"""The golden drafts: releases of every kind, composed and held to the newsroom rules.

Each ``golden/NN-*.json`` is a draft written from the kind of facts OSB news
reports (organisations and offices as they exist; people and quotes made up,
so no real person is quoted). ``golden/NN-*.txt`` is its composed text as
reviewed line by line by an editor's eye: a change in the prose shows up
there and must be reviewed again. The objective rules are also checked one by
one, so a broken rule names itself.
"""

from __future__ import annotations

import io
import itertools
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from osbpress.compose import compose, default_profile, kind_ids, suggest
from osbpress.compose.facts import event_date
from osbpress.document import BlockQuote, Document, Heading, Paragraph, plain
from osbpress.model import Profile, Release, Side
from osbpress.render import render_pdf
from osbpress.turkish import format_date
from osbpress.validation import load_profile, load_release

GOLDEN = Path(__file__).parent / "golden"
DRAFTS = sorted(p for p in GOLDEN.glob("*.json") if not p.name.endswith(".profile.json"))

# Sentences a composer used to write with no field saying so.
INVENTED = (
    "hakkında bilgi aldı",
    "incelemelerde bulundu",
    "katkı sağlaması bekleniyor",
    "hedefleniyor",
    "takibinin",
    "görüşlerini paylaştı",
)
QUOTE_END = re.compile(
    r"” (?:dedi|diye konuştu|diye ekledi|ifadelerini kullandı|denildi|diyerek .+ vurguladı)\.$"
)


def load(path: Path) -> tuple[Release, Profile]:
    release = load_release(path.read_text(encoding="utf-8"))
    profile_path = path.with_name(f"{path.stem}.profile.json")
    if profile_path.exists():
        return release, load_profile(profile_path.read_text(encoding="utf-8"))
    return release, default_profile(release)


def lines(doc: Document) -> list[str]:
    out = [f"H: {doc.headline}", f"S: {doc.spot}"]
    for block in doc.body:
        if isinstance(block, Paragraph):
            out.append(f"P: {plain(block.runs)}")
        elif isinstance(block, Heading):
            out.append(f"#: {block.text}")
        elif isinstance(block, BlockQuote):
            out.append(f"Q: {block.text} — {block.attribution}")
    return out


def prose(doc: Document) -> list[str]:
    """Spot and body paragraphs without the dateline: the text the rules read."""
    texts = [doc.spot] if doc.spot else []
    first = True
    for block in doc.body:
        if isinstance(block, Paragraph):
            runs = block.runs[1:] if first else block.runs  # the dateline is the first run
            first = False
            if plain(runs).strip():
                texts.append(plain(runs))
    return texts


@pytest.fixture(params=DRAFTS, ids=[p.stem for p in DRAFTS])
def golden(request: pytest.FixtureRequest) -> tuple[Path, Release, Document]:
    path: Path = request.param
    release, profile = load(path)
    return path, release, compose(release, profile)


def test_there_are_eighteen_drafts_of_every_kind() -> None:
    kinds = {load(path)[0].kind for path in DRAFTS}
    assert len(DRAFTS) >= 18 and kinds == set(kind_ids())


def test_composed_text_is_the_reviewed_one(golden: tuple[Path, Release, Document]) -> None:
    path, _, doc = golden
    reviewed = path.with_suffix(".txt").read_text(encoding="utf-8").splitlines()
    assert lines(doc) == reviewed


def test_no_invented_sentence(golden: tuple[Path, Release, Document]) -> None:
    text = " ".join(prose(golden[2]))
    assert not [phrase for phrase in INVENTED if phrase in text]


def test_the_lead_does_not_repeat_the_dateline_date(
    golden: tuple[Path, Release, Document],
) -> None:
    _, release, doc = golden
    text = " ".join(prose(doc))
    if event_date(release) == release.release_date:
        assert format_date(release.release_date) not in text
    else:  # the event was on another day: said once, in the spot or the lead
        assert text.count(format_date(event_date(release))) == 1


def test_quotes_end_with_a_verb_that_can_follow_a_quote(
    golden: tuple[Path, Release, Document],
) -> None:
    quoted = [text for text in prose(golden[2]) if re.search(r"”\s*\S*\s*\S*\.$", text)]
    for text in quoted:
        assert QUOTE_END.search(text), text


def test_no_titled_person_is_called_yetkili(golden: tuple[Path, Release, Document]) -> None:
    _, release, doc = golden
    text = " ".join(prose(doc))
    for person in release.participants:
        if person.title.strip():
            name = " ".join(w.capitalize() for w in person.name.split())
            assert not re.search(rf"yetkili\w* (?:[^,.]+ )?{re.escape(name)}", text), name


def test_short_name_never_before_its_full_name(golden: tuple[Path, Release, Document]) -> None:
    _, release, doc = golden
    text = " ".join(prose(doc))
    for org in (release.event.host, release.event.guest):
        # A short name that is the name's first word ("Siemens" of "Siemens AG") is in it.
        if org.name and org.short_name and not org.name.startswith(org.short_name):
            short = re.search(rf"(?<!\w){re.escape(org.short_name)}(?!\w)", text)
            if short is not None:
                assert org.name in text[: short.start() + len(org.short_name) + 2], org.short_name


def test_number_agreement(golden: tuple[Path, Release, Document]) -> None:
    _, release, doc = golden
    text = " ".join(prose(doc))
    guests = [p for p in release.participants if p.side == Side.GUEST]
    if len(guests) == 1:
        assert not re.search(r"\b(?:[Hh]eyeti|[Kk]onukları|beraberindeki heyet)\b", text)
    if len(guests) > 1:
        assert not re.search(r"\b[Kk]onuğu\b", text)


def test_only_signatories_signed(golden: tuple[Path, Release, Document]) -> None:
    _, release, doc = golden
    for sentence in re.split(r"(?<=\.) ", " ".join(prose(doc))):
        if "imzaladı" in sentence:
            for person in release.participants:
                # "Vali X’in de katıldığı törende … imzaladı": X attended, others signed.
                witness = re.search(rf"{re.escape(person.name)}’\w+ d[ae] katıldığı", sentence)
                if person.name in sentence and not witness:
                    assert person.signatory, person.name


def test_typed_text_is_not_doubled_or_broken(golden: tuple[Path, Release, Document]) -> None:
    _, _, doc = golden
    for text in prose(golden[2]):
        assert not re.search(r"\.\s*\.|,\s*,|\.\s+amacıyla|  ", text), text
        assert text[:1] == text[:1].upper() or text.startswith("“"), text
    assert doc.headline and "  " not in doc.headline


def test_taking_any_suggestion_over_changes_nothing(golden: tuple[Path, Release, Document]) -> None:
    path, release, doc = golden
    profile = load(path)[1]
    suggestions = suggest(release, profile)
    for field in ("headline", "spot", "lead", "closing"):
        if not getattr(release, field):
            typed = release.model_copy(update={field: getattr(suggestions, field)})
            assert compose(typed, profile) == doc, field


def test_the_pdf_never_hyphenates_a_name_or_splits_a_date(
    golden: tuple[Path, Release, Document],
) -> None:
    doc = golden[2]
    pdf = PdfReader(io.BytesIO(render_pdf(doc, deterministic=True)))
    text = "\n".join(page.extract_text() for page in pdf.pages)
    # Compared as written: "Bölge" of "Bölge Müdürü" is a name, "bölge" in a sentence is not.
    names = {w for n in doc.meta.proper_names for w in re.findall(r"\w+", n) if len(w) > 2}
    lines = text.splitlines()
    for line, following in itertools.pairwise(lines):
        cut = re.search(r"(\w+)-$", line)
        if cut and following.split():
            rest = re.match(r"\w*", following.split()[0])
            word = cut.group(1) + (rest.group() if rest else "")
            assert not any(word.startswith(name) for name in names), word
    for name in doc.meta.proper_names:
        if re.fullmatch(r"\d{1,2} \w+ \d{4}", name) and name.replace(" ", "") in text.replace(
            " ", ""
        ).replace("\n", ""):
            assert name in text, name
