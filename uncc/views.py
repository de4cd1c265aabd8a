"""The values commands print: plain dicts, the shapes of the contract's --json output."""

from __future__ import annotations

from uncc import ids
from uncc.model import Document, Unit, full_text


def node(doc: Document, unit: Unit) -> dict:
    """`show --json`: the unit, its whole text, its sub-units as nodes, its notes and references."""
    out: dict = {
        "id": unit.id,
        "kind": unit.kind,
        "citation": ids.citation(unit.id),
        "short_citation": ids.short_citation(unit.id),
        "eid": ids.eid(unit.id),
        "label": unit.label,
    }
    if unit.title:
        out["title"] = unit.title
    chapter = unit.chapter
    if chapter is not None and chapter is not unit:
        out["chapter"] = chapter.id
    out["text"] = full_text(unit)
    out["children"] = [node(doc, child) for child in unit.children]
    if unit.notes:
        out["notes"] = unit.notes
    own = [r for r in doc.references if r["from"] == unit.id]
    if own:
        out["references"] = own
    return out


def toc(doc: Document) -> list[dict]:
    """`toc --json`: one entry per article."""
    return [{"id": a.id, "title": a.title, "chapter": a.chapter.id} for a in doc.articles]


def references(doc: Document, unit: Unit) -> dict:
    """`refs --json`: what the unit cites, and what cites it or any unit inside it."""
    inside = {u.id for u in unit.walk()}
    outgoing = [r for r in doc.references if r["from"] in inside]
    incoming = [r for r in doc.references if inside.intersection(r["targets"])]
    return {"id": unit.id, "citation": ids.citation(unit.id), "outgoing": outgoing, "incoming": incoming}


def resolved(text: str, context: str | None, targets: list[str], error: str | None = None) -> dict:
    """`resolve --json`: one input and the ids it names, or why it names none."""
    out: dict = {"input": text, "in": context, "targets": targets}
    if error is not None:
        out["error"] = error
    return out


def definition(doc: Document, entry: dict, with_uses: bool = False) -> dict:
    """`define --json`: the term, the unit that defines it, its text, and (with --uses) where it is used."""
    out = {
        "term": entry["term"],
        "id": entry["id"],
        "citation": ids.citation(entry["id"]),
        "text": full_text(doc.get(entry["id"])),
    }
    if with_uses:
        out["uses"] = entry["uses"]
    return out
