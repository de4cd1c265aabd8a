"""Load `convention.yaml`, check it, and find units in it by id.

Parsing YAML costs far more than the rest of a command, so the checked data
is kept in the user's cache (see uncc/cache.py) as marshal data, which loads
fastest and, unlike pickle, cannot run code, under a digest of the YAML bytes:
any change to the YAML (a rebuild, a hand edit, damage) is a new key, so the
cache can never answer for a file it was not made from. The cache records
that key and a digest of its own data, and is used only if both are right;
the directory it lives in is the user's own (uncc/cache.py), so what passes
is what uncc wrote there after checking it.
"""

from __future__ import annotations

import marshal
import os
import sys
from typing import TYPE_CHECKING, cast

from uncc import cache, files
from uncc.errors import DataError, shown
from uncc.ids import steps
from uncc.model import Document

if TYPE_CHECKING:
    from typing import NoReturn

    import yaml

FORMAT = 5
PACKAGE = os.path.dirname(os.path.abspath(__file__))
# The data file is about 200 KB; anything near this is not it.
LIMIT = 16 * 2**20
# How deep the data file's mappings and lists go: 12. A file that goes deeper is not ours (and a few
# thousand levels would exhaust the stack of the YAML library).
MAX_DEPTH = 32
# The fields of a unit, and whether each must be there.
_UNIT_KEYS = {"id": True, "kind": True, **dict.fromkeys(
    ("heading", "label", "title", "text", "tail", "children", "notes", "articles", "footnotes"), False
)}  # fmt: skip
_REBUILD = "run `uncc build` to regenerate it"


def data_dir() -> str:
    """Where the data lives: $UNCC_DATA_DIR, inside the installed package, or the checkout."""
    if os.environ.get("UNCC_DATA_DIR"):
        return os.environ["UNCC_DATA_DIR"]
    installed = os.path.join(PACKAGE, "data")
    return installed if os.path.isdir(installed) else os.path.join(os.path.dirname(PACKAGE), "data")


def read_yaml(path: str) -> tuple[dict, str]:
    """The checked data of `path` and the digest of its bytes."""
    try:
        raw = files.read_regular(path, LIMIT)
    except FileNotFoundError:
        raise DataError(f"{path} is missing: {_REBUILD}") from None
    except files.FileProblem as e:
        raise DataError(f"{e}: point UNCC_DATA_DIR at a directory holding convention.yaml") from None
    except OSError as e:
        raise DataError(f"cannot read {path}: {e.strerror or e}") from None
    key = cache.digest(raw)
    # marshal's format belongs to the Python version that wrote it.
    name = f"tree-{FORMAT}-py{sys.version_info[0]}{sys.version_info[1]}-{key}.marshal"
    blob = cache.read(name)
    if blob is not None:
        try:
            # The cache records the key of the YAML it was made from and the digest of its own data; both
            # must be right, or it was made for other data or has been damaged since.
            stored = marshal.loads(blob)
            whole = type(stored) is dict and type(stored.get("data")) is bytes
            if whole and stored.get("key") == key and stored.get("digest") == cache.digest(stored["data"]):
                return marshal.loads(stored["data"]), key
        except Exception:  # a cache that fails to load in any way is rebuilt
            pass
        cache.remove(name)
    parsed = _parse(raw, path)
    check(parsed, path)
    data = cast(dict, parsed)  # check refuses anything but a mapping
    payload = marshal.dumps(data)
    cache.write(name, marshal.dumps({"key": key, "digest": cache.digest(payload), "data": payload}), kind="tree")
    return data, key


def _parse(raw: bytes, path: str) -> object:
    """The YAML in `raw`, read with the safe loader, after a look at its shape the loader cannot survive."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        _shape(yaml.parse(raw, Loader=loader), path)
        return yaml.load(raw, Loader=loader)
    except yaml.YAMLError as e:
        where = getattr(e, "problem_mark", None)
        at = f" at line {where.line + 1}" if where else ""
        raise DataError(f"{path} is not valid YAML{at}: {_REBUILD}") from None


def _shape(events, path: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH, a key given twice in one mapping (YAML keeps the last silently),
    and aliases (`uncc build` writes none; a few of them nested make a file that expands without end)."""
    import yaml

    stack: list[list] = []  # per open collection: [keys seen, or None for a list; whether a key comes next]
    for event in events:
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            line = _line(event)
            raise DataError(f"{path} is damaged (an alias or anchor at line {line}): {_REBUILD}")
        if isinstance(event, yaml.CollectionStartEvent | yaml.ScalarEvent | yaml.AliasEvent) and stack:
            top = stack[-1]
            if top[0] is not None:
                if top[1]:
                    key = event.value if isinstance(event, yaml.ScalarEvent) else None
                    if key is not None and key in top[0]:
                        line = _line(event)
                        raise DataError(f"{path} is damaged (the key {key!r} twice at line {line}): {_REBUILD}")
                    top[0].add(key)
                top[1] = not top[1]
        if isinstance(event, yaml.CollectionStartEvent):
            if len(stack) == MAX_DEPTH:
                line = _line(event)
                raise DataError(f"{path} is damaged (nested more than {MAX_DEPTH} deep at line {line}): {_REBUILD}")
            stack.append([set(), True] if isinstance(event, yaml.MappingStartEvent) else [None, False])
        elif isinstance(event, yaml.CollectionEndEvent):
            stack.pop()


def _line(event: yaml.Event) -> int:
    """The line (from 1) an event starts on: the parser marks each."""
    mark = event.start_mark
    assert mark is not None
    return mark.line + 1


def check(data: object, path: str, fix: str = _REBUILD) -> None:
    """Raise DataError unless `data` has the shape `uncc build` writes, to the type of every value.

    After this, nothing that reads the data can meet a wrong type, a control
    character, a link to nowhere or a tree deeper than the Convention's.
    """

    from uncc.errors import CONTROL

    def fail(what: str) -> NoReturn:
        raise DataError(f"{path} is damaged ({what}): {fix}")

    strings: list[tuple[str, str]] = []  # (where, text): searched for control characters at the end, at once

    def text(value: object, what: str, empty: bool = True) -> None:
        if type(value) is not str or not (empty or value):
            fail(f"{what} is not text")
        strings.append((what, value))

    def texts(value: object, what: str) -> None:
        if type(value) is not list:
            fail(f"{what} is not a list")
        for item in value:
            text(item, f"an entry of {what}", empty=False)
            linked.add(item)

    def mapping(value: object, what: str, keys: dict) -> dict:
        if type(value) is not dict:
            fail(f"{what} is not a mapping")
        if not value.keys() <= keys.keys():
            fail(f"unknown field {sorted(value.keys() - keys.keys(), key=str)[0]!r} in {what}")
        for key, required in keys.items():
            if required and key not in value:
                fail(f"{what} has no {key}")
        return value

    seen: set[str] = set()
    linked: set[str] = set()

    def unit(node: object, where: str, depth: int) -> None:
        if depth > _MAX_UNIT_DEPTH:
            fail(f"units nested more than {_MAX_UNIT_DEPTH} deep in {where}")
        node = mapping(node, where, _UNIT_KEYS)
        text(node["id"], f"an id in {where}", empty=False)
        uid = node["id"]
        try:
            kind = steps(uid)[-1].kind
        except ValueError:
            fail(f"{shown(uid)} in {where} is not an id")
        if node["kind"] != kind:
            fail(f"{uid} has no valid kind")
        if uid in seen:
            fail(f"{uid} occurs twice")
        seen.add(uid)
        for key in ("heading", "label", "title", "text", "tail"):
            if key in node:
                text(node[key], f"the {key} of {uid}")
        for key in ("notes", "articles", "footnotes"):
            if key in node:
                texts(node[key], f"the {key} of {uid}")
        children = node.get("children", [])
        if type(children) is not list:
            fail(f"the children of {uid} are not a list")
        for child in children:
            unit(child, uid, depth + 1)

    top = mapping(data, "the file", _TOP_KEYS)
    if top["format"] != FORMAT:
        fail(f"format {shown(top['format'])}, expected {FORMAT}")
    source = mapping(top["source"], "the source", {"file": True, "sha256": True})
    for key, value in source.items():
        text(value, f"the source's {key}")
    for key in ("resolution", "convention", "annex"):
        unit(top[key], f"the {key}", 1)
        if top[key]["id"] != key:
            fail(f"the {key} has the id {top[key]['id']!r}")
    # No character of the Convention is a control character: one in the data would reach a terminal as a command.
    if CONTROL.search("".join(value for _, value in strings)):
        fail(next(f"{what} holds a control character" for what, value in strings if CONTROL.search(value)))
    if linked - seen:
        fail(f"links to {sorted(linked - seen)[0]}, which is not in the file")
    if not any(u.isdigit() for u in seen):
        fail("no articles")
    for key, fields in _LAYERS.items():
        layer = top[key]
        if type(layer) is not list:
            fail(f"no {key}")
        for entry in layer:
            if not (type(entry) is dict and set(entry) == set(fields) and all(
                _fits(entry[name], want, seen) for name, want in fields.items()
            ) and _linked_within(entry)):  # fmt: skip
                fail(f"an entry of {key} that is not about units of the file: {shown(entry)}")


_TOP_KEYS = {
    k: True
    for k in (
        "format", "source", "resolution", "convention", "annex", "references", "headings", "definitions", "provisions"
    )
}
# the Convention > chapter > article > paragraph > subparagraph > item.
_MAX_UNIT_DEPTH = 6


# The layers laid over the tree, and what each field of their entries holds.
_LAYERS = {
    "references": {"from": "id", "text": "text", "span": "span", "targets": "ids", "links": "links"},
    "headings": {"from": "id", "text": "text", "span": "span", "links": "links"},
    "definitions": {"term": "text", "id": "id", "uses": "ids"},
    "provisions": {"id": "id", "span": "span", "words": "text", "actor": "actor", "force": "force", "kind": "kind",
                   "kinds": "kinds"},
}


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
    if want in ("actor", "force", "kind"):
        from uncc.layers import provisions

        return (
            value in {"actor": provisions.ACTOR_NAMES, "force": provisions.FORCES, "kind": provisions.KIND_NAMES}[want]
        )
    if want == "links":  # [start, end, id] in the entry's phrase
        return type(value) is list and bool(value) and all(
            type(v) is list and len(v) == 3 and _fits(v[:2], "span", seen) and _fits(v[2], "id", seen) for v in value
        )
    if want == "kinds":
        from uncc.layers import provisions

        return type(value) is list and bool(value) and all(type(v) is str and v in provisions.KIND_NAMES for v in value)
    return type(value) is list and all(type(v) is str and v in seen for v in value)


_DOCUMENTS: dict[str, Document] = {}


def load() -> Document:
    """The document of the data in use, loaded once per process."""
    path = os.path.join(data_dir(), "convention.yaml")
    if path not in _DOCUMENTS:
        _DOCUMENTS[path] = Document(*read_yaml(path))
    return _DOCUMENTS[path]
