"""The document model: units, the whole document, and how a unit's text is laid out.

One model serves the build and every command: `Document(data)` is built from
the data `uncc build` writes (a plain dict), and the build builds one from the
dict it is about to write, to find the references in it.
"""

from __future__ import annotations

from typing import NamedTuple

from uncc import ids
from uncc.errors import NotFound
from uncc.schema import LAYERS

# Units whose label is printed before their text on the same line.
INLINE_LABEL = frozenset({"paragraph", "subparagraph", "item", "note", "resolution-paragraph"})


class Unit:
    """One unit of the text: its own words, its sub-units and its links.

    `text` is the unit's own words before its sub-units (for a paragraph
    with a list, the chapeau); `tail` is what follows the list inside the
    same unit (its closing words). The whole unit as it reads is `full_text(unit)`.
    """

    # A plain class rather than a dataclass: importing dataclasses costs
    # more start-up than the whole of `uncc show --json` otherwise spends.
    __slots__ = (
        "id", "kind", "label", "title", "text", "children", "tail",
        "notes", "articles", "footnotes", "parent", "heading",
    )  # fmt: skip

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
        heading: str = "",
    ):
        self.id, self.kind, self.label, self.title, self.text = id, kind, label, title, text
        self.children = children if children is not None else []
        self.tail = tail
        self.notes = notes if notes is not None else []
        self.articles = articles if articles is not None else []
        self.footnotes = footnotes if footnotes is not None else []
        self.parent = parent
        # The heading printed before the unit, when it is not its title: "Article 2" before note 1.
        self.heading = heading

    def __repr__(self) -> str:
        return f"Unit({self.id!r}, {self.kind!r})"

    def walk(self):
        """This unit and every unit inside it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def up(self, kind: str) -> Unit | None:
        """This unit or the nearest unit holding it that is of `kind`."""
        unit: Unit | None = self
        while unit is not None and unit.kind != kind:
            unit = unit.parent
        return unit

    @property
    def article(self) -> Unit | None:
        return self.up("article")

    @property
    def chapter(self) -> Unit | None:
        return self.up("chapter")

    @property
    def article_title(self) -> str:
        """The title of the article that holds the unit, or the unit's own."""
        return (self.article or self).title


class Line(NamedTuple):
    """One line of a unit as it reads: a heading, the words of a unit, or a list's closing words.

    `label` is what stands before the words on the line: the unit's own label
    ("21.", "(b)"), or, for a unit that opens with its first sub-unit, both
    ("3. (a)"). `depth` is how far in the line sits, one step for each labelled
    unit that holds it.
    """

    unit: Unit
    role: str  # "heading", "text" or "closing"
    depth: int
    label: str = ""


# Units that stand under a heading of their own when they are inside another: articles, chapters, the
# parts of the document and of the Convention.
HEADED = frozenset({"article", "chapter", "convention", "annex"})


def layout(unit: Unit, nested: bool = False, depth: int = 0, prefix: str = ""):
    """The unit as it reads, line by line: the one walk that plain text, JSON's `text`, the terminal and
    Markdown are all laid out from."""
    if unit.kind in HEADED or (unit.parent is not None and unit.parent.kind == "convention"):
        if nested:
            yield Line(unit, "heading", 0)
        if unit.text or unit.footnotes:
            yield Line(unit, "text", 0)
        for child in unit.children:
            yield from layout(child, True, 0)
        if unit.tail:
            yield Line(unit, "closing", 0)
        return
    if nested and unit.heading:
        yield Line(unit, "heading", depth)
    inline = unit.kind in INLINE_LABEL
    if inline:
        prefix = f"{prefix} {unit.label}".strip()
    inner = depth + 1 if inline else depth
    if unit.text or not unit.children:
        yield Line(unit, "text", depth, prefix)
        prefix = ""
    for n, child in enumerate(unit.children):
        # "3. (a) Each State Party ...": a unit that opens with its first sub-unit shares its line.
        shares = bool(prefix) and n == 0
        yield from layout(child, True, depth if shares else inner, prefix if shares else "")
    if unit.tail:
        yield Line(unit, "closing", inner)


def full_text(unit: Unit) -> str:
    """The whole unit as it reads, its sub-units and their labels included.

    Each structural block (paragraph, subparagraph, item, closing words)
    is a line. The heading of the unit itself (its label and title) is not
    part of its text; the headings of articles and chapters inside it are.
    """
    lines: list[str] = []
    for line in layout(unit):
        if line.role == "heading":
            if line.unit.kind in ("article", "chapter"):
                lines += [line.unit.label, line.unit.title]
        elif line.role == "closing":
            lines.append(line.unit.tail)
        elif line.label or line.unit.text:
            lines.append(f"{line.label} {line.unit.text}".strip())
    return "\n".join(lines)


def own_parts(unit: Unit) -> list[tuple[int, str]]:
    """The unit's own words (its text, its closing words) with where each starts in `full_text(unit)`."""
    out = []
    if unit.text:
        out.append((len(unit.label) + 1 if unit.kind in INLINE_LABEL and unit.label else 0, unit.text))
    if unit.tail:
        out.append((len(full_text(unit)) - len(unit.tail), unit.tail))
    return out


class Document:
    """The resolution, the Convention and its annex: every unit by id, in document order, and the layers."""

    def __init__(self, data: dict, digest: str = ""):
        self.data = data
        self.digest = digest
        self.units: dict[str, Unit] = {}
        self.resolution = self._unit(data["resolution"], None)
        self.convention = self._unit(data["convention"], None)
        self.annex = self._unit(data["annex"], None)
        # A note's title is the heading it stands under (printed once, before the first note under it).
        heading = ""
        for note in self.annex.children:
            heading = note.title = note.heading or heading
        # The parts of the Convention: its preamble, chapters, testimonium and footnote.
        self.top = self.convention.children
        self.articles = [u for u in self.units.values() if u.kind == "article"]
        self.chapters = [u for u in self.units.values() if u.kind == "chapter"]
        # Each layer's entries (uncc/schema.py), and by name the layers uncc reads itself: the references; the
        # articles the notes' headings cite, where the Akoma Ntoso edition links them; the definitions; and what
        # the Convention has each party do, allow or forbid (uncc/layers/provisions.py).
        self.layers: dict[str, list[dict]] = {name: data.get(name, []) for name in LAYERS}
        self.references = self.layers["references"]
        self.headings = self.layers["headings"]
        self.definitions = self.layers["definitions"]
        self.provisions = self.layers["provisions"]
        self._order: dict[str, int] | None = None
        self._kinds: dict[str, list[Unit]] = {}
        self._has: dict[tuple, str] = {}
        self._annotated: dict[str, list[str]] | None = None
        self._by_unit: dict[str, dict[str, list[dict]]] = {}

    def _unit(self, node: dict, parent: Unit | None) -> Unit:
        get = node.get
        unit = Unit(
            node["id"], node["kind"], get("label", ""), get("title", ""), get("text", ""), None, get("tail", ""),
            get("notes"), get("articles"), get("footnotes"), parent, get("heading", ""),
        )  # fmt: skip
        self.units[unit.id] = unit
        unit.children = [self._unit(child, unit) for child in get("children", ())]
        return unit

    def get(self, uid: str) -> Unit:
        """The unit with this id; NotFound says what exists instead."""
        unit = self.units.get(uid)
        if unit is None:
            raise NotFound(self.missing(uid))
        return unit

    def position(self, uid: str) -> int:
        """Where the unit stands in document order, from 0."""
        if self._order is None:
            self._order = {uid: n for n, uid in enumerate(self.units)}
        return self._order[uid]

    def in_order(self, uids) -> list[str]:
        """The ids in document order, each once."""
        return sorted(set(uids), key=self.position)

    def annotated(self) -> dict[str, list[str]]:
        """The units each interpretative note is about: the units inside the articles its heading names that
        its text names (note 1, under "Article 2", is about "article 2 (e)"), or else those articles."""
        if self._annotated is None:
            self._annotated = {}
            for note in self.annex.children:
                named = [t for r in self.references_from(note.id) for t in r["targets"]]
                inside = [t for t in named if (self.units[t].article or self.units[t]).id in note.articles]
                self._annotated[note.id] = self.in_order([t for t in inside if t not in note.articles] or note.articles)
        return self._annotated

    def references_from(self, uid: str) -> list[dict]:
        """The stored references whose phrase stands in the unit's own words."""
        return self.entries("references", uid)

    def headings_of(self, note: str) -> list[dict]:
        """The references a note's heading makes, in order."""
        return self.entries("headings", note)

    def statements_of(self, uid: str) -> list[dict]:
        """The statements of the provisions layer the unit's own words make."""
        return self.entries("provisions", uid)

    def entries(self, layer: str, uid: str) -> list[dict]:
        """A layer's entries of one unit (the unit its field `of` names), in order; the index is made once."""
        if layer not in self._by_unit:
            index: dict[str, list[dict]] = {}
            key = LAYERS[layer].of
            for entry in self.layers[layer]:
                index.setdefault(entry[key], []).append(entry)
            self._by_unit[layer] = index
        return self._by_unit[layer].get(uid, [])

    def cited_in(self, unit: Unit) -> list[dict]:
        """The stored references whose phrase stands in `unit` or a unit inside it, in document order."""
        inside = {u.id for u in unit.walk()}
        return [r for r in self.references if r["from"] in inside]

    def notes_on(self, unit: Unit) -> list[str]:
        """The notes that apply where `unit` is: about it, about a unit that holds it, or about one inside it."""
        around = {u.id for u in unit.walk()}
        up: Unit | None = unit
        while up is not None:
            around.add(up.id)
            up = up.parent
        return [note for note, about in self.annotated().items() if around.intersection(about)]

    def of_kind(self, kind: str) -> list[Unit]:
        if not self._kinds:
            for unit in self.units.values():
                self._kinds.setdefault(unit.kind, []).append(unit)
        return self._kinds.get(kind, [])

    def missing(self, uid: str) -> str:
        """Why `uid` names nothing: what the nearest unit that exists has instead."""
        try:
            path = ids.steps(uid)
        except ValueError:
            return (
                f"no unit has the id {uid!r}: give an article number (1 to 68), an id such as 40.21.b, "
                "or see `uncc toc`"
            )
        for depth in range(len(path) - 1, 0, -1):
            holder = self.units.get(ids.join(path[:depth]))
            if holder is not None:
                return f"{ids.in_sentence(uid)} does not exist: {self._what_has(holder.id, None)}"
        return f"{ids.in_sentence(uid)} does not exist: {self._what_has(None, path[0].kind)}"

    def _what_has(self, holder: str | None, kind: str | None) -> str:
        """What the unit `holder` has, or the document of `kind`: each worked out once."""
        key = (holder, kind)
        if key not in self._has:
            if holder is not None:
                self._has[key] = _has(self.units[holder].children, ids.in_sentence(holder))
            else:
                assert kind is not None  # the document's, where no unit holds it
                self._has[key] = _has(self.of_kind(kind), "the annex" if kind == "note" else "the Convention")
        return self._has[key]


def _has(units: list[Unit], owner: str) -> str:
    """ "article 40 has paragraphs 1 to 32" """
    numbered = [u for u in units if ids.steps(u.id)[-1].label]
    if not numbered:
        return f"{owner} has no numbered subdivisions"
    kind = numbered[-1].kind
    same = [u for u in numbered if u.kind == kind]
    first, last = (ids.steps(u.id)[-1].label for u in (same[0], same[-1]))
    if kind in ids.BRACKETED:
        first, last = f"({first})", f"({last})"
    plural = ids.KINDS[kind].plural
    if first == last:
        return f"{owner} has only {plural[:-1]} {first}"
    return f"{owner} has {plural} {first} to {last}"
