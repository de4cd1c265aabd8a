"""The values commands print: plain dicts, the shapes of the contract's --json output."""

from __future__ import annotations

from uncc.model import Unit, citation, full_text
from uncc.store import Tree


def node(unit: Unit) -> dict:
    """`show --json`: the unit, its whole text, and its sub-units as nodes."""
    out: dict = {"id": unit.id, "kind": unit.kind, "citation": citation(unit.id), "label": unit.label}
    if unit.title:
        out["title"] = unit.title
    chapter = unit.chapter
    if chapter is not None and chapter is not unit:
        out["chapter"] = chapter.id
    out["text"] = full_text(unit)
    out["children"] = [node(child) for child in unit.children]
    if unit.notes:
        out["notes"] = unit.notes
    return out


def toc(tree: Tree) -> list[dict]:
    """`toc --json`: one entry per article."""
    return [{"id": a.id, "title": a.title, "chapter": a.chapter.id} for a in tree.articles]


def references(tree: Tree, unit: Unit) -> dict:
    """`refs --json`: what the unit cites, and what cites it or any unit inside it."""
    inside = {u.id for u in unit.walk()}
    outgoing = [r for r in tree.references if r["from"] in inside]
    incoming = [r for r in tree.references if inside.intersection(r["targets"])]
    return {"id": unit.id, "citation": citation(unit.id), "outgoing": outgoing, "incoming": incoming}


def definition(tree: Tree, entry: dict, with_uses: bool = False) -> dict:
    """`define --json`: the term, the unit that defines it, its text, and (with --uses) where it is used."""
    out = {
        "term": entry["term"],
        "id": entry["id"],
        "citation": citation(entry["id"]),
        "text": full_text(tree.get(entry["id"])),
    }
    if with_uses:
        out["uses"] = entry["uses"]
    return out
