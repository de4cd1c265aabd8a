"""The Convention's fixed facts, checked on every build before anything is written.

A damaged source can still parse: without its "Chapter V" line, chapter V's
articles fall into chapter IV; with a paragraph number lost, two paragraphs
become one. So the built document is held to what the Convention is: its
chapters, the articles each holds, and numbered lists that run on without a
gap. Any difference is an error naming the place, and nothing is written.
"""

from __future__ import annotations

import string

from uncc import ids
from uncc.errors import SourceError
from uncc.model import Document, Unit

# Chapter: its first and last article.
CHAPTERS = {
    "I": (1, 6),
    "II": (7, 21),
    "III": (22, 22),
    "IV": (23, 34),
    "V": (35, 52),
    "VI": (53, 53),
    "VII": (54, 56),
    "VIII": (57, 58),
    "IX": (59, 68),
}
_SEQUENCES = {
    "subparagraph": list(string.ascii_lowercase),
    "item": list(ids.ROMANS),
}


def verify(doc: Document) -> None:
    """Raise SourceError unless `doc` has the Convention's chapters, articles and continuous numbering."""
    chapters = [ids.steps(c.id)[-1].label for c in doc.chapters]
    if chapters != list(CHAPTERS):
        missing = [c for c in CHAPTERS if c not in chapters]
        what = f"chapter {missing[0]} is missing" if missing else f"the chapters are {', '.join(chapters)}"
        raise SourceError(f"the source does not give the Convention: {what} (expected chapters I to IX)")
    for chapter in doc.chapters:
        first, last = CHAPTERS[ids.steps(chapter.id)[-1].label]
        found = [a.id for a in chapter.children]
        if found != [str(n) for n in range(first, last + 1)]:
            raise SourceError(
                f"the source does not give the Convention: {ids.in_sentence(chapter.id)} holds articles "
                f"{_span(found)}, not {first} to {last}"
            )
    _continuous(doc.of_kind("note"), "the annex")
    _continuous(doc.of_kind("footnote"), "the footnotes")
    for unit in doc.units.values():
        by_kind: dict[str, list[Unit]] = {}
        for child in unit.children:
            by_kind.setdefault(child.kind, []).append(child)
        for kind, children in by_kind.items():
            if kind not in ("article", "chapter", "preamble"):
                _continuous(children, ids.in_sentence(unit.id))


def _continuous(units: list[Unit], where: str) -> None:
    if not units:
        return
    kind = units[0].kind
    labels = [ids.steps(u.id)[-1].label for u in units]
    expected = _SEQUENCES.get(kind, [str(n) for n in range(1, len(labels) + 1)])[: len(labels)]
    for label, want, unit in zip(labels, expected, units, strict=False):
        if label != want:
            raise SourceError(
                f"the source does not give the Convention: in {where}, {ids.KINDS[kind].plural[:-1]} {label!r} "
                f"comes where {want!r} should ({ids.in_sentence(unit.id)})"
            )
    if len(labels) > len(expected):
        raise SourceError(f"the source does not give the Convention: in {where}, too many {ids.KINDS[kind].plural}")


def _span(found: list[str]) -> str:
    return f"{found[0]} to {found[-1]}" if found else "none"
