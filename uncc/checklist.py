"""`uncc provisions` and `uncc checklist`: the provisions layer as a list and as a State Party's checklist.

The checklist is every statement whose party is a State Party (as itself, or
as the requesting or requested State Party in a request), definitions left
out: the offences to establish and their optional elements, the procedural
powers, the grounds of refusal, every reservation and declaration it may
make, every notification to the Secretary-General and every designation,
grouped by chapter, in document order. Text for a terminal, Markdown with
checkboxes for a memo, CSV for a spreadsheet.
"""

from __future__ import annotations

import csv
import io

from uncc.ids import citation
from uncc.layers.provisions import ACTOR_NAMES, FORCES, KIND_NAMES
from uncc.model import Document

PARTIES = {"State Party", "requesting State Party", "requested State Party"}
COLUMNS = ("id", "citation", "actor", "force", "kind", "words", "chapter", "title")
FORMATS = ("text", "markdown", "csv")


def choose(name: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    """`value` as one of `allowed` (any case), or UnccError naming them."""
    if value is None:
        return None
    for option in allowed:
        if value.lower() == option.lower():
            return option
    from uncc.errors import UnccError, shown

    raise UnccError(f"no {name} {shown(value)}: give one of {', '.join(allowed)}")


def select(doc: Document, units: list[str] | None, actor=None, force=None, kind=None) -> list[dict]:
    """The statements of the units (and the units inside them) `units` names, or of all, filtered."""
    actor = choose("actor", actor, ACTOR_NAMES)
    force = choose("force", force, FORCES)
    kind = choose("kind", kind, KIND_NAMES)
    inside = None if units is None else {u.id for uid in units for u in doc.get(uid).walk()}
    return [
        s for s in doc.provisions
        if (inside is None or s["id"] in inside) and actor in (None, s["actor"]) and force in (None, s["force"])
        and kind in (None, s["kind"])
    ]  # fmt: skip


def items(doc: Document) -> list[dict]:
    """The checklist: each statement of a State Party that is not a definition."""
    return [s for s in doc.provisions if s["actor"] in PARTIES and s["kind"] != "definition"]


def rows(doc: Document, found: list[dict]) -> list[dict]:
    """The checklist's rows: COLUMNS of each statement."""
    out = []
    for s in found:
        unit = doc.get(s["id"])
        chapter = unit.chapter
        out.append({
            "id": s["id"], "citation": citation(s["id"]), "actor": s["actor"], "force": s["force"],
            "kind": s["kind"], "words": s["words"], "chapter": chapter.id if chapter else "",
            "title": unit.article_title,
        })  # fmt: skip
    return out


def render_csv(doc: Document) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows(doc, items(doc)))
    return out.getvalue()


def render_markdown(doc: Document) -> str:
    from uncc.editions.markdown import escape

    out = [
        "# Implementation checklist for a State Party",
        "",
        "United Nations Convention against Cybercrime. Each item quotes the words that decide it; "
        "`shall` binds, `shall-qualified` binds with room (domestic law, \u201cas appropriate\u201d), "
        "`shall-consider` asks for effort, `may` permits, `shall-not` forbids.",
    ]
    chapter = None
    for row in rows(doc, items(doc)):
        if row["chapter"] != chapter:
            chapter = row["chapter"]
            unit = doc.get(chapter) if chapter else None
            out += ["", f"## {unit.label}. {unit.title}" if unit else "## Other provisions", ""]
        party = "" if row["actor"] == "State Party" else f" ({row['actor']})"
        out.append(
            f"- [ ] **{row['citation']}** ({row['title']}){party} \u2014 *{row['force']} \u00b7 {row['kind']}*: "
            f"\u201c{escape(row['words'])}\u201d"
        )
    return "\n".join(out) + "\n"
