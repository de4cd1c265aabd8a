"""`uncc export markdown`: the document with headings and anchors, for wikis and memos.

Laid out line by line as the terminal and plain text are (`model.layout`).
Each unit starts with an anchor named by its eId (`<a id="art_40__para_21"></a>`),
so `#art_40__para_21` links to it; every reference phrase links to what it
names; the footnote is a Markdown footnote. Characters Markdown would read as
syntax are escaped, so the text renders as it reads.
"""

from __future__ import annotations

import re

from uncc import ids
from uncc.editions import HEADING_LEVELS, TITLE, Walk
from uncc.model import Document, Unit, layout

_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def render(doc: Document) -> str:
    walk = Walk(doc)
    out = [f"# {TITLE}", ""]
    for part in (doc.resolution, doc.convention, doc.annex):
        out += _part(walk, part)
    for note in doc.of_kind("footnote"):
        out += [f"[^{note.label}]: {_text(walk, note)}", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _part(walk: Walk, part: Unit) -> list[str]:
    out = [f'<a id="{ids.eid(part.id)}"></a>', "", f"## {escape(ids.citation(part.id))}: {escape(part.title)}", ""]
    # An anchor before the first line of each unit, and of each unit before it that has no line of its own
    # (one that opens with its first sub-unit: "3. (a) ...").
    units = [u for u in part.walk() if u is not part and u.kind != "footnote"]
    anchored = 0
    for line in layout(part):
        unit = line.unit
        if unit.kind == "footnote":
            continue  # at the end, as a Markdown footnote
        if unit in units[anchored:]:
            upto = units.index(unit, anchored) + 1
            for before in units[anchored:upto]:
                out += [f'<a id="{ids.eid(before.id)}"></a>', ""]
            anchored = upto
        if line.role == "heading":
            out += [_heading(unit), ""]
        elif line.role == "closing":
            out += [_text(walk, unit, tail=True), ""]
        else:
            label = f"**{escape(line.label)}** " if line.label else ""
            out += [f"{label}{_text(walk, unit)}".rstrip(), ""]
    return out


def _heading(unit: Unit) -> str:
    if unit.kind in HEADING_LEVELS:
        return f"{'#' * HEADING_LEVELS[unit.kind]} {escape(unit.label)}. {escape(unit.title)}"
    if unit.kind == "note":
        return f"### {escape(unit.heading)}"
    return f"### {escape(ids.citation(unit.id))}"


def _text(walk: Walk, unit: Unit, tail: bool = False) -> str:
    out = []
    for run in walk.runs(unit, tail):
        words = escape(run.text)
        if run.kind == "ref":
            assert run.target is not None  # a reference's run names its unit
            words = f"[{words}](#{ids.eid(run.target)})"
        out.append(words)
    if not tail:
        out += [f"[^{walk.doc.get(fid).label}]" for fid in unit.footnotes]
    # A line that starts "2024." would be read as a numbered list.
    return re.sub(r"^(\d+)\.", r"\1\\.", "".join(out))


def escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)
