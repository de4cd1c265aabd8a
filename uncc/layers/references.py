"""The references layer: every citation in the document's own text, found at build time.

The reader that finds citations in a user's document (`uncc cite`) finds
them here, in each unit's own words; each is resolved against the unit it is
written in and stored with its span, so no command reads the Convention again.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from uncc import ids
from uncc.cite import parts
from uncc.cite.reader import scan
from uncc.cite.resolve import resolve
from uncc.errors import ReferenceSyntaxError, UnccError
from uncc.model import Document, own_parts


class Skipped(NamedTuple):
    source: str
    text: str
    reason: str


SKIP_SELF = "names the unit it is written in ('this article', 'this paragraph', 'this chapter')"
SKIP_NO_NUMBER = "names a part without a number ('the present resolution', 'the preamble')"
SKIP_OTHER = "cites another instrument (General Assembly resolutions 74/247 and 75/282)"


def find(doc: Document) -> tuple[list[dict], list[Skipped]]:
    """Every reference in the document's text, resolved, and every citation left out, with why.

    A reference is `{"from", "text", "span", "targets", "links"}`: the
    smallest unit holding it, the phrase, its place in that unit's
    `full_text`, the ids it names, and where in the phrase each is named
    (`links`). Raises ReferenceSyntaxError if a citation cannot be resolved.
    """
    found: list[dict] = []
    skipped: list[Skipped] = []
    for unit in doc.units.values():
        last_target = None
        for offset, text in own_parts(unit):
            for citation in scan(text):
                if citation.another_instrument:
                    skipped.append(Skipped(unit.id, citation.text, SKIP_OTHER))
                    continue
                if all(m.unit and m.unit.startswith("this_") for m in citation.members):
                    skipped.append(Skipped(unit.id, citation.text, SKIP_SELF))
                    continue
                if not citation.numbered:
                    skipped.append(Skipped(unit.id, citation.text, SKIP_NO_NUMBER))
                    continue
                context = unit.id
                first = citation.members[0]
                # A note reads "(ii)" against the provision it has just cited, not against itself.
                if unit.kind == "note" and last_target and not (first.head and first.head.level == "article"):
                    context = last_target
                try:
                    targets = resolve(doc, citation, context)
                except UnccError as e:
                    raise ReferenceSyntaxError(f"{unit.id}: cannot resolve {citation.text!r}: {e}") from None
                span = [offset + citation.start, offset + citation.end]
                ref = {"from": unit.id, "text": citation.text, "span": span, "targets": targets}
                found.append({**ref, "links": links(doc, ref)})
                last_target = targets[-1]
    return found, skipped


def headings(doc: Document) -> list[dict]:
    """The articles each interpretative note's heading cites ("Articles 23 and 35, with regard to ..."), as
    `{"from", "text", "span", "links"}`, `span` the phrase's place in the heading."""
    out = []
    for note in doc.annex.children:
        for citation in scan(note.heading) if note.heading else ():
            if citation.another_instrument or not citation.numbered:
                continue
            ref = {"from": note.id, "text": citation.text, "targets": resolve(doc, citation, note.id)}
            out.append({"from": note.id, "text": citation.text, "span": [citation.start, citation.end],
                        "links": links(doc, ref)})  # fmt: skip
    return out


def links(doc: Document, ref: dict) -> list[list]:
    """Where a reference's phrase links, as [start, end, id] in the phrase, one id to a place: of the units named
    by the same words ("to 16" names 8 to 16), the one whose number they give."""
    spans: dict[tuple[int, int], list[str]] = {}
    for a, b, uid in parts(doc, ref):
        spans.setdefault((a, b), []).append(uid)
    out = []
    for (a, b), named in spans.items():
        words = ref["text"][a:b]
        given = [u for u in named if re.search(rf"\b{re.escape(ids.steps(u)[-1].label)}\b", words)]
        out.append([a, b, given[-1] if given else named[0]])
    return sorted(out)
