"""The data's shape, declared once: a unit's fields, each layer's fields and the values they allow, and the
check that `convention.yaml` has that shape.

The build writes what this declares (uncc/source/: a unit's fields in UNIT's order, each layer its finder
gives), the store checks it on load (uncc/store.py), the Document indexes each layer (uncc/model.py, whose
Unit has UNIT's fields as attributes), and `show --json` prints a layer without a view of its own
(uncc/views.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from uncc.errors import DataError, shown
from uncc.ids import steps

if TYPE_CHECKING:
    from typing import NoReturn

# The data file's format: a change to anything below is a new format.
FORMAT = 5
REBUILD = "run `uncc build` to regenerate it"

# A unit's fields, in the order the data file writes them, and what each holds: its id, its kind, words, the
# units inside it, or ids of other units. A unit has an id and a kind; the rest are left out when empty.
UNIT = {
    "id": "id", "kind": "kind", "heading": "text", "label": "text", "title": "text", "text": "text",
    "children": "units", "tail": "text", "notes": "ids", "articles": "ids", "footnotes": "ids",
}  # fmt: skip
_REQUIRED = {key: key in ("id", "kind") for key in UNIT}

# Who a statement of the provisions layer is of, how strongly it binds, and what it is about.
ACTOR_NAMES = (
    "State Party",
    "requesting State Party",
    "requested State Party",
    "Conference of the States Parties",
    "secretariat",
    "Secretary-General",
    "Convention",
)
FORCES = ("shall", "shall-qualified", "shall-consider", "may", "shall-not")
KIND_NAMES = (
    "criminalise", "procedural-power", "cooperate", "refuse", "notify", "designate", "reserve", "safeguard",
    "prevent", "technical-assistance", "institutional", "definition", "other",
)  # fmt: skip
# Other spellings a user may type for a kind.
KIND_SPELLINGS = {"criminalize": "criminalise"}
VALUES = {"actor": ACTOR_NAMES, "force": FORCES, "kind": KIND_NAMES}


class Layer(NamedTuple):
    """A layer laid over the tree: what each field of its entries holds (an id of the file, ids, words, a
    [start, end] span, links: [start, end, id] inside the entry's words, or one of VALUES), the field that
    names the unit an entry is of, and where the build finds its entries ("module:function", given the
    Document, returning the entries in order)."""

    fields: dict[str, str]
    of: str
    find: str

    def finder(self):
        """The function that finds the layer's entries."""
        from importlib import import_module

        module, function = self.find.split(":")
        return getattr(import_module(module), function)


# The layers, in the order the data file writes them. A new layer is an entry here and its finder: the build
# writes it, the store checks it, the Document indexes it by unit (`Document.entries`), and `show --json` prints
# a unit's entries under the layer's name.
LAYERS = {
    "references": Layer(
        {"from": "id", "text": "text", "span": "span", "targets": "ids", "links": "links"}, "from",
        "uncc.layers.references:find",  # it also says which phrases it left out, and why
    ),
    "headings": Layer(
        {"from": "id", "text": "text", "span": "span", "links": "links"}, "from", "uncc.layers.references:headings"
    ),
    "definitions": Layer({"term": "text", "id": "id", "uses": "ids"}, "id", "uncc.layers.definitions:find"),
    "provisions": Layer(
        {"id": "id", "span": "span", "words": "text", "actor": "actor", "force": "force", "kind": "kind",
         "kinds": "kinds"}, "id", "uncc.layers.provisions:find",
    ),
}  # fmt: skip
# The parts of the document, at the top of the file beside its format, its source and the layers.
PARTS = ("resolution", "convention", "annex")
_TOP = {key: True for key in ("format", "source", *PARTS, *LAYERS)}
# the Convention > chapter > article > paragraph > subparagraph > item.
MAX_UNIT_DEPTH = 6


def check(data: object, path: str, fix: str = REBUILD) -> None:
    """Raise DataError unless `data` has the shape `uncc build` writes, to the type of every value.

    After this, nothing that reads the data can meet a wrong type, a control
    character, a link to nowhere or a tree deeper than the Convention's.
    """
    checking = _Check(path, fix)
    top = checking.mapping(data, "the file", _TOP)
    if top["format"] != FORMAT:
        checking.fail(f"format {shown(top['format'])}, expected {FORMAT}")
    source = checking.mapping(top["source"], "the source", {"file": True, "sha256": True})
    for key, value in source.items():
        checking.text(value, f"the source's {key}")
    for key in PARTS:
        checking.unit(top[key], f"the {key}", 1)
        if top[key]["id"] != key:
            checking.fail(f"the {key} has the id {top[key]['id']!r}")
    checking.whole()
    checking.layers(top)


class _Check:
    """One check of one file: the ids seen, the ids linked to, and every text, searched at the end at once."""

    def __init__(self, path: str, fix: str) -> None:
        self.path, self.fix = path, fix
        self.strings: list[tuple[str, str]] = []  # (where, text)
        self.seen: set[str] = set()
        self.linked: set[str] = set()

    def fail(self, what: str) -> NoReturn:
        raise DataError(f"{self.path} is damaged ({what}): {self.fix}")

    def text(self, value: object, what: str, empty: bool = True) -> None:
        if type(value) is not str or not (empty or value):
            self.fail(f"{what} is not text")
        self.strings.append((what, value))

    def texts(self, value: object, what: str) -> None:
        if type(value) is not list:
            self.fail(f"{what} is not a list")
        for item in value:
            self.text(item, f"an entry of {what}", empty=False)
            self.linked.add(item)

    def mapping(self, value: object, what: str, keys: dict) -> dict:
        if type(value) is not dict:
            self.fail(f"{what} is not a mapping")
        if not value.keys() <= keys.keys():
            self.fail(f"unknown field {sorted(value.keys() - keys.keys(), key=str)[0]!r} in {what}")
        for key, required in keys.items():
            if required and key not in value:
                self.fail(f"{what} has no {key}")
        return value

    def unit(self, node: object, where: str, depth: int) -> None:
        if depth > MAX_UNIT_DEPTH:
            self.fail(f"units nested more than {MAX_UNIT_DEPTH} deep in {where}")
        node = self.mapping(node, where, _REQUIRED)
        self.text(node["id"], f"an id in {where}", empty=False)
        uid = node["id"]
        try:
            kind = steps(uid)[-1].kind
        except ValueError:
            self.fail(f"{shown(uid)} in {where} is not an id")
        if node["kind"] != kind:
            self.fail(f"{uid} has no valid kind")
        if uid in self.seen:
            self.fail(f"{uid} occurs twice")
        self.seen.add(uid)
        for key, holds in UNIT.items():
            if key in node and holds == "text":
                self.text(node[key], f"the {key} of {uid}")
            elif key in node and holds == "ids":
                self.texts(node[key], f"the {key} of {uid}")
        children = node.get("children", [])
        if type(children) is not list:
            self.fail(f"the children of {uid} are not a list")
        for child in children:
            self.unit(child, uid, depth + 1)

    def whole(self) -> None:
        """What holds over the whole tree: no control character, no link to nowhere, some articles."""
        from uncc.errors import CONTROL

        # No character of the Convention is a control character: one in the data would reach a terminal as a command.
        if CONTROL.search("".join(value for _, value in self.strings)):
            what = next(what for what, value in self.strings if CONTROL.search(value))
            self.fail(f"{what} holds a control character")
        if self.linked - self.seen:
            self.fail(f"links to {sorted(self.linked - self.seen)[0]}, which is not in the file")
        if not any(u.isdigit() for u in self.seen):
            self.fail("no articles")

    def layers(self, top: dict) -> None:
        for key, (fields, _of, _find) in LAYERS.items():
            layer = top[key]
            if type(layer) is not list:
                self.fail(f"no {key}")
            for entry in layer:
                if not (type(entry) is dict and set(entry) == set(fields) and all(
                    _fits(entry[name], want, self.seen) for name, want in fields.items()
                ) and _linked_within(entry)):  # fmt: skip
                    self.fail(f"an entry of {key} that is not about units of the file: {shown(entry)}")


def _linked_within(entry: dict) -> bool:
    """Each of an entry's links (its fields already checked) inside its phrase, and to an id it names."""
    links = entry.get("links", ())
    return all(b <= len(entry["text"]) and ("targets" not in entry or uid in entry["targets"]) for _, b, uid in links)


def _fits(value: object, want: str, seen: set[str]) -> bool:
    if want == "span":
        return (
            isinstance(value, list)
            and len(value) == 2
            and all(type(n) is int for n in value)
            and 0 <= value[0] < value[1]
        )
    if want == "text":
        from uncc.errors import CONTROL

        return type(value) is str and bool(value) and not CONTROL.search(value)
    if want == "id":
        return type(value) is str and value in seen
    if want in VALUES:
        return value in VALUES[want]
    if want == "links":  # [start, end, id] in the entry's phrase
        return type(value) is list and bool(value) and all(
            type(v) is list and len(v) == 3 and _fits(v[:2], "span", seen) and _fits(v[2], "id", seen) for v in value
        )
    if want == "kinds":
        return type(value) is list and bool(value) and all(type(v) is str and v in KIND_NAMES for v in value)
    return type(value) is list and all(type(v) is str and v in seen for v in value)


