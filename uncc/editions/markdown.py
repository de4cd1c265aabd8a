"""`uncc export markdown`: the document with headings and anchors, for wikis and memos.

Each unit starts with an anchor named by its eId (`<a id="art_40__para_21"></a>`),
so `#art_40__para_21` links to it; every reference phrase links to what it
names; the footnote is a Markdown footnote. Characters Markdown would read as
syntax are escaped, so the text renders as it reads.
"""

from __future__ import annotations

import re

from uncc import ids
from uncc.editions import Walk, title
from uncc.model import Document, Unit

LEVELS = {"resolution": 2, "convention": 2, "annex": 2, "chapter": 3, "article": 4}
_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def render(doc: Document) -> str:
    walk = Walk(doc)
    out = [f"# {title(doc)}", ""]
    for part in (doc.resolution, doc.convention, doc.annex):
        out += _unit(walk, part)
    for fid in [u.id for u in doc.units.values() if u.kind == "footnote"]:
        note = doc.get(fid)
        out += [f"[^{note.label}]: {_text(walk, note)}", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _unit(walk: Walk, unit: Unit) -> list[str]:
    kind = unit.kind
    if kind == "footnote":
        return []  # at the end, as Markdown footnotes
    out = [f'<a id="{ids.eid(unit.id)}"></a>', ""]
    if kind in LEVELS:
        name = (
            f"{unit.label}. {unit.title}"
            if kind in ("chapter", "article")
            else f"{ids.citation(unit.id)}: {unit.title}"
        )
        out += [f"{'#' * LEVELS[kind]} {_escape(name)}", ""]
    elif kind in ("preamble", "testimonium") and unit.parent is walk.doc.convention:
        out += [f"### {ids.citation(unit.id)}", ""]
    elif kind == "note" and unit.heading:
        out += [f"### {_escape(unit.heading)}", ""]
    label = f"**{_escape(unit.label)}** " if unit.label and kind not in LEVELS and kind != "recital" else ""
    if unit.text or label:
        out += [f"{label}{_text(walk, unit)}".rstrip(), ""]
    for child in unit.children:
        out += _unit(walk, child)
    if unit.tail:
        out += [_text(walk, unit, tail=True), ""]
    return out


def _text(walk: Walk, unit: Unit, tail: bool = False) -> str:
    out = []
    for run in walk.runs(unit, tail):
        words = _escape(run.text)
        out.append(f"[{words}](#{ids.eid(run.target)})" if run.kind == "ref" else words)
    if not tail:
        out += [f"[^{walk.doc.get(fid).label}]" for fid in unit.footnotes]
    return re.sub(r"^(\d+)\.", r"\1\\.", "".join(out))


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)
