"""The units of the document and how their ids and citations are written."""

from __future__ import annotations

KINDS = (
    "article",
    "paragraph",
    "subparagraph",
    "item",
    "chapter",
    "preamble",
    "recital",
    "note",
    "resolution",
    "resolution-paragraph",
    "testimonium",
    "footnote",
)

# Units whose label is printed before their text on the same line.
INLINE_LABEL = {"paragraph", "subparagraph", "item", "note", "resolution-paragraph"}

ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


class Unit:
    """One unit of the text: its own words, its sub-units and its links.

    `text` is the unit's own words before its sub-units (for a paragraph
    with a list, the chapeau); `tail` is what follows the list inside the
    same unit. The whole unit as it reads is `full_text(unit)`.
    """

    # A plain class rather than a dataclass: importing dataclasses costs
    # more start-up than the whole of `uncc show --json` otherwise spends.
    __slots__ = ("id", "kind", "label", "title", "text", "children", "tail", "notes", "articles", "footnotes", "parent")

    def __init__(
        self,
        id: str,
        kind: str,
        label: str = "",
        title: str = "",
        text: str = "",
        children: list[Unit] | None = None,
        tail: str = "",
        notes: list[str] | None = None,
        articles: list[str] | None = None,
        footnotes: list[str] | None = None,
        parent: Unit | None = None,
    ):
        self.id, self.kind, self.label, self.title, self.text = id, kind, label, title, text
        self.children = children if children is not None else []
        self.tail = tail
        self.notes = notes if notes is not None else []
        self.articles = articles if articles is not None else []
        self.footnotes = footnotes if footnotes is not None else []
        self.parent = parent

    def __repr__(self) -> str:
        return f"Unit({self.id!r}, {self.kind!r})"

    def walk(self):
        """This unit and every unit inside it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    @property
    def article(self) -> Unit | None:
        unit: Unit | None = self
        while unit is not None and unit.kind != "article":
            unit = unit.parent
        return unit

    @property
    def chapter(self) -> Unit | None:
        unit: Unit | None = self
        while unit is not None and unit.kind != "chapter":
            unit = unit.parent
        return unit


def full_text(unit: Unit, nested: bool = False) -> str:
    """The whole unit as it reads, its sub-units and their labels included.

    Each structural block (paragraph, subparagraph, item, closing words)
    is a line. The heading of the unit itself (its label and title) is not
    part of its text; the headings of articles inside a chapter are.
    """
    lines: list[str] = []
    if nested and unit.kind in ("article", "chapter"):
        lines += [unit.label, unit.title]
    own = unit.text
    if unit.kind in INLINE_LABEL:
        own = f"{unit.label} {own}".strip()
    child_lines = [line for child in unit.children for line in full_text(child, True).split("\n")]
    if own and not unit.text and child_lines and unit.kind in INLINE_LABEL:
        # "3. (a) Each State Party ...": a unit that opens with its first
        # sub-unit shares its line.
        child_lines[0] = f"{own} {child_lines[0]}"
        own = ""
    if own:
        lines.append(own)
    lines += child_lines
    if unit.tail:
        lines.append(unit.tail)
    return "\n".join(lines)


RESOLUTION = "79/243"


def citation(uid: str) -> str:
    """How a lawyer cites the unit with this id: "Article 40, paragraph 21 (b)"."""
    parts = uid.split(".")
    head, rest = parts[0], parts[1:]
    if head.isdigit():
        text = f"Article {head}"
        if rest and rest[0].isdigit():
            text += f", paragraph {rest[0]}"
            rest = rest[1:]
        return text + "".join(f" ({p})" for p in rest)
    if head == "resolution":
        if not rest:
            return f"Resolution {RESOLUTION}"
        if rest[0] == "preamble":
            return f"Resolution {RESOLUTION}, preamble" + (f", recital {rest[1]}" if rest[1:] else "")
        return f"Resolution {RESOLUTION}, paragraph {rest[0]}"
    names = {
        "chapter": "Chapter",
        "preamble": "Preamble",
        "note": "Interpretative note",
        "footnote": "Footnote",
        "testimonium": "Testimonium",
    }
    if head == "preamble" and rest:
        return f"Preamble, recital {rest[0]}"
    return " ".join([names.get(head, head), *rest])


def in_sentence(uid: str) -> str:
    """The citation as it reads inside a sentence: "article 40, paragraph 21 (b)"."""
    text = citation(uid)
    return text[:1].lower() + text[1:]
