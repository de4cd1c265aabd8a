"""The values commands print: plain dicts, the shapes of the contract's --json output."""

from __future__ import annotations

from uncc import ids
from uncc.model import Document, Unit, full_text
from uncc.schema import LAYERS


def node(doc: Document, unit: Unit) -> dict:
    """`show --json`: the unit, its whole text, its sub-units as nodes, its notes and references."""
    out: dict = {
        "id": unit.id,
        "kind": unit.kind,
        "citation": ids.citation(unit.id),
        "short_citation": ids.short_citation(unit.id),
        "eid": ids.eid(unit.id),
        # The resolution's number is printed with a full stop before its title ("79/243. United Nations ...");
        # as a label it stands alone.
        "label": unit.label.rstrip(".") if unit.kind == "resolution" else unit.label,
    }
    if unit.title:
        out["title"] = unit.title
    chapter = unit.chapter
    if chapter is not None and chapter is not unit:
        out["chapter"] = chapter.id
    out["text"] = full_text(unit)
    if unit.tail:
        out["closing_words"] = unit.tail
    out["children"] = [node(doc, child) for child in unit.children]
    notes = doc.notes_on(unit)
    if notes:
        out["notes"] = notes
    if unit.footnotes:
        out["footnotes"] = unit.footnotes
    own = [link(doc, r) for r in doc.references_from(unit.id)]
    if own:
        out["references"] = own
    statements = [statement(s) for s in doc.statements_of(unit.id)]
    if statements:
        out["provisions"] = statements
    for name in _OTHER_LAYERS:  # a layer uncc does not print its own way: a unit's entries, as stored
        entries = doc.entries(name, unit.id)
        if entries:
            of = LAYERS[name].of
            out[name] = [{k: v for k, v in entry.items() if k != of} for entry in entries]
    if unit.id[:1].isdigit():
        from uncc.layers.concordance import rows_of

        rows = rows_of(unit.id)
        if rows:
            out["counterparts"] = rows
    return out


# The layers `show --json` prints its own way above (references and provisions), or not by unit.
_OTHER_LAYERS = tuple(name for name in LAYERS if name not in ("references", "headings", "definitions", "provisions"))


def statement(entry: dict) -> dict:
    """`provisions --json`: one statement, with the citation of the unit that makes it."""
    return {"id": entry["id"], "citation": ids.citation(entry["id"]), **{k: v for k, v in entry.items() if k != "id"}}


# The kinds `toc` lists: every part of the document down to the articles and notes.
PARTS = ("resolution", "preamble", "closing", "convention", "chapter", "article", "testimonium", "footnote", "annex")


def toc(doc: Document) -> list[dict]:
    """`toc --json`: every part of the document, in order, typed by kind; articles keep id, title, chapter."""
    out = []
    for unit in doc.units.values():
        if unit.kind in PARTS or unit.kind == "note":
            entry: dict = {"id": unit.id, "kind": unit.kind}
            if unit.title:
                entry["title"] = unit.title
            if unit.chapter is not None and unit.chapter is not unit:
                entry["chapter"] = unit.chapter.id
            out.append(entry)
    return out


def named(doc: Document, uid: str) -> dict:
    """An id another object names, with what a reader needs beside it: its citation and its article's title."""
    unit = doc.get(uid)
    return {"id": uid, "citation": ids.citation(uid), "title": unit.article_title}


def link(doc: Document, ref: dict) -> dict:
    """A reference as commands print it: the stored link, with the citation and title of where it stands
    and of each unit it names."""
    where = named(doc, ref["from"])
    return {
        **{k: ref[k] for k in ("from", "text", "span", "targets")},
        "from_citation": where["citation"],
        "from_title": where["title"],
        "cited": [named(doc, t) for t in ref["targets"]],
    }


def references(doc: Document, unit: Unit, external: bool = False) -> dict:
    """`refs --json`: what the unit cites, what cites it or any unit inside it, and the notes on it.

    What cites it comes from elsewhere first, then from inside its own article
    (`"own": true`: article 40 citing its own paragraphs); `external` leaves
    the article's own out.
    """
    inside = {u.id for u in unit.walk()}
    home = {u.id for u in (unit.article or unit).walk()}
    outgoing = [link(doc, r) for r in doc.cited_in(unit)]
    incoming = [{**link(doc, r), "own": r["from"] in home} for r in doc.references if inside.intersection(r["targets"])]
    incoming = [r for r in incoming if not r["own"]] + ([] if external else [r for r in incoming if r["own"]])
    return {
        "id": unit.id,
        "citation": ids.citation(unit.id),
        "outgoing": outgoing,
        "incoming": incoming,
        "annotated_by": doc.notes_on(unit),
    }


def resolved(doc: Document, text: str, context: str | None, targets: list[str], error: str | None = None) -> dict:
    """`resolve --json`: one input and the ids it names, with their citations and titles, or why it names none."""
    out: dict = {"input": text, "in": context, "targets": targets, "cited": [named(doc, t) for t in targets]}
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
