"""The Convention's fixed facts, checked on every build before anything is written.

A damaged source can still parse: without its "Chapter V" line, chapter V's
articles fall into chapter IV; with a paragraph number lost, two paragraphs
become one. So the built document is held to what the Convention is: its
chapters and the articles each holds, numbered lists that run on without a
gap, and last its whole outline (every unit's id, in order). Any difference is
an error naming the place, and nothing is written.
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
# Every unit of the document, in order: 601 ids.
_OUTLINE = (
    "resolution resolution.preamble resolution.preamble.1 resolution.preamble.2 resolution.preamble.3 "
    "resolution.preamble.4 resolution.preamble.5 resolution.1 resolution.2 resolution.3 resolution.4 resolution.5 "
    "resolution.6 resolution.7 resolution.8 resolution.9 resolution.10 resolution.11 resolution.12 resolution.closing "
    "convention preamble "
    "preamble.1 preamble.2 preamble.3 preamble.4 preamble.5 preamble.6 preamble.7 preamble.8 preamble.9 preamble.10 "
    "preamble.11 preamble.12 preamble.13 preamble.14 preamble.15 chapter.I 1 1.a 1.b 1.c 2 2.a 2.b 2.c 2.d 2.e "
    "2.e.i 2.e.ii 2.f 2.f.i 2.f.ii 2.f.iii 2.g 2.h 2.i 2.j 2.k 2.l 2.m 2.n 2.o 3 3.a 3.b 4 4.1 4.2 5 5.1 5.2 6 6.1 "
    "6.2 chapter.II 7 7.1 7.2 8 8.1 8.2 9 9.1 9.2 10 11 11.1 11.1.a 11.1.a.i 11.1.a.ii 11.1.b 11.2 11.3 12 12.1 "
    "12.2 13 13.a 13.b 13.c 14 14.1 14.1.a 14.1.b 14.1.c 14.1.d 14.2 14.2.a 14.2.b 14.2.c 14.2.d 14.3 14.3.a 14.3.b "
    "14.4 14.4.a 14.4.b 14.5 15 15.1 15.2 15.3 15.4 16 16.1 16.2 16.3 16.4 16.5 16.6 17 17.1 17.1.a 17.1.a.i "
    "17.1.a.ii 17.1.b 17.1.b.i 17.1.b.ii 17.2 17.2.a 17.2.b 17.2.c 17.2.d 17.2.e 17.2.f 18 18.1 18.2 18.3 18.4 19 "
    "19.1 19.2 19.3 20 21 21.1 21.2 21.3 21.4 21.5 21.6 21.7 21.8 chapter.III 22 22.1 22.1.a 22.1.b 22.2 22.2.a "
    "22.2.b 22.2.c 22.2.d 22.3 22.4 22.5 22.6 chapter.IV 23 23.1 23.2 23.2.a 23.2.b 23.2.c 23.3 23.3.a 23.3.b "
    "23.3.b.i 23.3.b.ii 24 24.1 24.2 24.3 24.4 24.5 25 25.1 25.2 25.3 26 26.a 26.b 27 27.a 27.b 28 28.1 28.1.a "
    "28.1.b 28.2 28.3 28.3.a 28.3.b 28.3.c 28.3.d 28.4 29 29.1 29.1.a 29.1.b 29.1.b.i 29.1.b.ii 29.2 29.3 30 30.1 "
    "30.1.a 30.1.b 30.1.b.i 30.1.b.ii 30.2 30.3 31 31.1 31.1.a 31.1.b 31.2 31.3 31.4 31.5 31.6 31.7 31.8 31.9 31.10 "
    "32 33 33.1 33.2 33.2.a 33.2.b 33.3 33.4 34 34.1 34.2 34.3 34.4 34.5 34.6 chapter.V 35 35.1 35.1.a 35.1.b "
    "35.1.c 35.2 35.3 36 36.1 36.1.a 36.1.b 36.1.c 36.2 36.3 37 37.1 37.2 37.3 37.4 37.5 37.6 37.6.a 37.6.b 37.7 "
    "37.8 37.9 37.10 37.11 37.12 37.13 37.14 37.15 37.16 37.17 37.18 37.19 37.20 38 39 39.1 39.2 40 40.1 40.2 40.3 "
    "40.3.a 40.3.b 40.3.c 40.3.d 40.3.e 40.3.f 40.3.g 40.3.h 40.3.i 40.3.j 40.3.k 40.3.l 40.3.m 40.4 40.5 40.6 40.7 "
    "40.8 40.9 40.9.a 40.9.b 40.10 40.10.a 40.10.b 40.10.c 40.10.d 40.11 40.12 40.12.a 40.12.b 40.12.c 40.12.d "
    "40.13 40.14 40.15 40.15.a 40.15.b 40.15.c 40.15.d 40.15.e 40.15.f 40.15.g 40.16 40.17 40.18 40.19 40.20 40.21 "
    "40.21.a 40.21.b 40.21.c 40.21.d 40.22 40.23 40.24 40.25 40.26 40.27 40.28 40.29 40.30 40.31 40.31.a 40.31.b "
    "40.32 41 41.1 41.2 41.3 41.3.a 41.3.b 41.3.c 41.3.d 41.3.e 41.4 41.5 41.6 42 42.1 42.2 42.3 42.3.a 42.3.b "
    "42.3.c 42.3.d 42.3.e 42.3.f 42.3.g 42.4 42.5 42.6 42.7 42.8 42.9 43 43.1 43.2 44 44.1 44.2 44.3 44.3.a 44.3.b "
    "45 45.1 45.2 45.3 45.3.a 45.3.b 45.3.c 45.3.d 45.3.e 45.3.f 46 47 47.1 47.1.a 47.1.b 47.1.b.i 47.1.b.ii "
    "47.1.b.iii 47.1.c 47.1.d 47.1.e 47.1.f 47.2 48 49 49.1 49.1.a 49.1.b 49.1.c 49.2 49.2.a 49.2.b 49.2.c 50 50.1 "
    "50.1.a 50.1.b 50.2 50.3 50.3.a 50.3.b 50.3.c 50.4 50.5 50.6 50.7 50.8 50.9 50.10 51 52 52.1 52.2 52.3 52.3.a "
    "52.3.b 52.4 chapter.VI 53 53.1 53.2 53.3 53.3.a 53.3.b 53.3.c 53.3.d 53.3.e 53.3.f 53.3.g 53.3.h 53.3.i 53.3.j "
    "53.3.k 53.3.l 53.3.m 53.4 53.5 53.6 53.7 chapter.VII 54 54.1 54.2 54.3 54.3.a 54.3.b 54.3.c 54.3.d 54.3.e "
    "54.3.f 54.3.g 54.3.h 54.3.i 54.4 54.5 54.6 54.7 54.8 54.9 54.10 55 55.1 55.2 55.3 55.4 56 56.1 56.2 56.2.a "
    "56.2.b 56.2.c 56.2.d 56.2.e 56.3 56.4 56.5 56.6 chapter.VIII 57 57.1 57.2 57.3 57.4 57.5 57.5.a 57.5.b 57.5.c "
    "57.5.d 57.5.e 57.5.f 57.5.g 57.5.h 57.6 57.7 57.8 58 58.1 58.2 58.2.a 58.2.b 58.2.c chapter.IX 59 59.1 59.2 60 "
    "60.1 60.2 61 61.1 61.2 61.3 61.4 62 62.1 62.2 63 63.1 63.2 63.3 63.4 64 64.1 64.2 64.3 64.4 65 65.1 65.2 66 "
    "66.1 66.2 66.3 66.4 66.5 67 67.1 67.2 67.3 68 68.1 68.2 testimonium footnote.1 annex note.1 note.2 note.3 "
    "note.4 note.5 "
)  # fmt: skip
UNITS = _OUTLINE.split()
# How the document ends: the last words of the last interpretative note.
LAST_WORDS = "applicable mutual legal assistance treaties or equivalent arrangements."
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
        expected = [str(n) for n in range(first, last + 1)]
        if found != expected:
            where = f"{ids.in_sentence(chapter.id)} (articles {first} to {last})"
            gap = next((n for n, (a, b) in enumerate(zip(found, expected, strict=False)) if a != b), None)
            if gap is None and len(found) < len(expected):
                what = f"article {expected[len(found)]} is missing from {where}"
            elif gap is None:
                what = f"article {found[len(expected)]} is in {where}"
            else:
                what = f"article {found[gap]} stands where article {expected[gap]} should in {where}"
            raise SourceError(f"the source does not give the Convention: {what}")
    for unit in doc.units.values():
        by_kind: dict[str, list[Unit]] = {}
        for child in unit.children:
            by_kind.setdefault(child.kind, []).append(child)
        for kind, children in by_kind.items():
            # Articles and chapters are checked above; the unnumbered parts have no sequence.
            if kind not in ("article", "chapter") and kind not in ids.UNNUMBERED:
                _continuous(children, ids.in_sentence(unit.id))
    # Last, the whole outline: a paragraph or a subparagraph whose number was lost joins the one before.
    found = list(doc.units)
    for n, want in enumerate(UNITS):
        got = found[n] if n < len(found) else None
        if got != want:
            gives = f"gives {ids.in_sentence(got)}" if got else "ends"
            raise SourceError(
                f"the source does not give the Convention: where it has {ids.in_sentence(want)}, the source {gives}"
            )
    if len(found) > len(UNITS):
        raise SourceError(f"the source does not give the Convention: it has {ids.in_sentence(found[len(UNITS)])} too")
    # A source cut short still has every unit, its last one shorter.
    if not doc.get(UNITS[-1]).text.endswith(LAST_WORDS):
        raise SourceError(
            f"the source does not give the Convention: {ids.in_sentence(UNITS[-1])} does not end with "
            f"{LAST_WORDS!r} (is the source cut short?)"
        )


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
