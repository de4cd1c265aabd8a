"""`uncc provisions` and `uncc checklist`: the provisions layer as a list and as a State Party's checklist.

The checklist is every statement whose party is a State Party (as itself, or
as the requesting or requested State Party in a request), and every deposit
with the Secretary-General the Convention's own provisions name, definitions
left out: the offences to establish and their optional elements, the
procedural powers, the grounds of refusal, every reservation and declaration
it may make, every notification to the Secretary-General and every
designation. It is grouped by the role the State has (as a State Party, as a
requesting State, as a requested State), then by chapter, in document order.
Text for a terminal, Markdown with checkboxes for a memo, CSV for a
spreadsheet, JSON Lines for a script.
"""

from __future__ import annotations

import csv
import io

from uncc.ids import citation
from uncc.model import Document
from uncc.schema import ACTOR_NAMES, FORCES, KIND_NAMES, KIND_SPELLINGS

# The roles a State has in the checklist, in its order, and the heading of each.
ROLES = {
    "State Party": "As a State Party",
    "requesting State Party": "As a requesting State Party",
    "requested State Party": "As a requested State Party",
}
PARTIES = set(ROLES)
COLUMNS = ("id", "citation", "actor", "force", "kind", "words", "chapter", "title")
LEFT_OUT = (
    "Left out: the definitions (article 2 and the other “shall mean” statements) and what the Convention has "
    "the Conference of the States Parties, the secretariat and the Secretary-General do, and says of its own "
    "operation (entry into force, amendment, protocols), except a deposit it names."
)


def choose(name: str, values: list[str] | None, allowed: tuple[str, ...], spellings: dict | None = None) -> set[str]:
    """Each of `values` as one of `allowed` (any case, or another spelling of one), or UnccError naming them; the
    empty set for none."""
    out = set()
    for value in values or ():
        value = (spellings or {}).get(value.lower(), value)
        match = next((option for option in allowed if value.lower() == option.lower()), None)
        if match is None:
            from uncc.errors import UnccError, shown

            raise UnccError(f"no {name} {shown(value)}: give one of {', '.join(allowed)}")
        out.add(match)
    return out


def select(doc: Document, units: list[str] | None, actor=None, force=None, kind=None) -> list[dict]:
    """The statements of the units (and the units inside them) `units` names, or of all, filtered: each filter a
    list of values, any of which may match (a statement matches a kind if any of its kinds is it)."""
    actors = choose("actor", actor, ACTOR_NAMES)
    forces = choose("force", force, FORCES)
    kinds = choose("kind", kind, KIND_NAMES, KIND_SPELLINGS)
    inside = _inside(doc, units)
    return [
        s for s in doc.provisions
        if (inside is None or s["id"] in inside) and (not actors or s["actor"] in actors)
        and (not forces or s["force"] in forces) and (not kinds or kinds & set(s["kinds"]))
    ]  # fmt: skip


def _inside(doc: Document, units: list[str] | None) -> set[str] | None:
    return None if units is None else {u.id for uid in units for u in doc.get(uid).walk()}


def items(doc: Document, units: list[str] | None = None) -> list[dict]:
    """The checklist of the units `units` names (or of all): each statement of a State Party that is not a
    definition, and each deposit with the Secretary-General the Convention's own provisions name, by role."""
    inside = _inside(doc, units)
    found = [
        s for s in doc.provisions
        if (inside is None or s["id"] in inside) and s["kind"] != "definition"
        and (s["actor"] in PARTIES or (s["actor"] == "Convention" and "notify" in s["kinds"]))
    ]  # fmt: skip
    role = list(ROLES)
    return sorted(found, key=lambda s: role.index(s["actor"]) if s["actor"] in ROLES else 0)


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


def have(rows: list[dict], key: str) -> list[dict]:
    """The rows with `have`: what of the instrument a party to it already implements for each item ("Budapest
    Convention art. 29 (same)"), or "" for an item that is new to it; the items it has first within each role
    and chapter, then the new ones."""
    from uncc.layers.concordance import counterparts, instruments

    short = instruments()[key]["short"]
    for row in rows:
        found = counterparts(row["id"], key)
        row["have"] = "; ".join(
            f"{short} art. {r['article']}{'(' + r['paragraph'] + ')' if r.get('paragraph') else ''} ({r['relation']})"
            for r in found
        )
    chapters = {c: n for n, c in enumerate(dict.fromkeys(r["chapter"] for r in rows))}
    order = list(ROLES)
    return sorted(rows, key=lambda r: (order.index(r["actor"]) if r["actor"] in ROLES else 0, chapters[r["chapter"]],
                                       not r["have"]))


def role(row: dict) -> str:
    """The heading of the role an item is under."""
    return ROLES.get(row["actor"], ROLES["State Party"])


def render_csv(doc: Document, found: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(found[0]) if found else COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(found)
    return out.getvalue()


def render_markdown(doc: Document, found: list[dict]) -> str:
    from uncc.editions.markdown import escape

    out = [
        "# Implementation checklist for a State Party",
        "",
        "United Nations Convention against Cybercrime. Each item quotes the words that decide it; "
        "`shall` binds, `shall-qualified` binds with room (domestic law, \u201cas appropriate\u201d), "
        "`shall-consider` asks for effort, `may` permits, `shall-not` forbids.",
        "",
        LEFT_OUT,
    ]
    heading = chapter = None
    for row in found:
        if role(row) != heading:
            heading, chapter = role(row), None
            out += ["", f"## {heading}"]
        if row["chapter"] != chapter:
            chapter = row["chapter"]
            unit = doc.get(chapter) if chapter else None
            out += ["", f"### {unit.label}. {unit.title}" if unit else "### Other provisions", ""]
        party = "" if row["actor"] == "State Party" else f" ({row['actor']})"
        has = ""
        if "have" in row:
            has = f" \u2014 already: {escape(row['have'])}" if row["have"] else " \u2014 **new**"
        out.append(
            f"- [ ] **{row['citation']}** ({row['title']}){party} \u2014 *{row['force']} \u00b7 {row['kind']}*: "
            f"\u201c{escape(row['words'])}\u201d{has}"
        )
    return "\n".join(out) + "\n"
