"""Load `convention.yaml`, check it once, and find units in it by id.

Parsing YAML costs far more than the rest of a command, so the checked data
is kept in the user's cache directory (as marshal data, which loads fastest
and, unlike pickle, cannot run code) under a digest of the YAML bytes: any
change to the YAML (a rebuild, a hand edit, damage) is a new digest, so the
cache can never answer for a file it was not made from.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib

from uncc.errors import DataError
from uncc.ids import KINDS
from uncc.model import Document

FORMAT = 2
PACKAGE = os.path.dirname(os.path.abspath(__file__))
_UNIT_FIELDS = {
    "id": str,
    "kind": str,
    "label": str,
    "title": str,
    "text": str,
    "children": list,
    "tail": str,
    "notes": list,
    "articles": list,
    "footnotes": list,
}
_REBUILD = "run `uncc build` to regenerate it"


def data_dir() -> str:
    """Where the data lives: $UNCC_DATA_DIR, inside the installed package, or the checkout."""
    if os.environ.get("UNCC_DATA_DIR"):
        return os.environ["UNCC_DATA_DIR"]
    installed = os.path.join(PACKAGE, "data")
    return installed if os.path.isdir(installed) else os.path.join(os.path.dirname(PACKAGE), "data")


def cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "uncc")


def read_yaml(path: str) -> tuple[dict, str]:
    """The checked data of `path` and a digest of its bytes."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except FileNotFoundError:
        raise DataError(f"{path} is missing: {_REBUILD}") from None
    except OSError as e:
        raise DataError(f"cannot read {path}: {e.strerror}") from None
    # A digest to tell versions of the file apart, not a defence against
    # forgery; hashlib would cost more start-up than the rest of the load.
    digest = f"{len(raw):x}-{zlib.crc32(raw):08x}"
    # marshal's format belongs to the Python version that wrote it.
    cached = os.path.join(cache_dir(), f"tree-{digest}-py{sys.version_info[0]}{sys.version_info[1]}.marshal")
    try:
        with open(cached, "rb") as f:
            # loads(read()): marshal.load on a file reads it in small pieces, four times slower.
            data = marshal.loads(f.read())
        if isinstance(data, dict) and data.get("format") == FORMAT:
            return data, digest
    except (OSError, ValueError, EOFError, TypeError):
        pass
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(raw, Loader=loader)
    except yaml.YAMLError as e:
        where = getattr(e, "problem_mark", None)
        at = f" at line {where.line + 1}" if where else ""
        raise DataError(f"{path} is not valid YAML{at}: {_REBUILD}") from None
    check(data, path)
    _write_atomic(cached, marshal.dumps(data))
    return data, digest


def _write_atomic(path: str, content: bytes) -> None:
    """Write a cache file; a cache that cannot be written is only slower."""
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as f:
            f.write(content)
        os.replace(tmp, path)
    except OSError:
        pass


def check(data: object, path: str) -> None:
    """Raise DataError unless `data` has the shape `uncc build` writes."""

    def fail(what: str) -> None:
        raise DataError(f"{path} is damaged ({what}): {_REBUILD}")

    if not isinstance(data, dict):
        fail("not a mapping")
    if data.get("format") != FORMAT:
        fail(f"format {data.get('format')!r}, expected {FORMAT}")
    for key in ("resolution", "convention", "annex"):
        if not isinstance(data.get(key), dict):
            fail(f"no {key}")
    seen: set[str] = set()

    def unit(node: object, where: str) -> None:
        if not isinstance(node, dict):
            fail(f"{where} is not a unit")
        for key, value in node.items():
            want = _UNIT_FIELDS.get(key)
            if want is None and not (key == "closing" and node.get("id") == "resolution"):
                fail(f"unknown field {key!r} in {where}")
            if want is not None and not isinstance(value, want):
                fail(f"{key} of {where} is not a {want.__name__}")
        uid = node.get("id")
        if not uid or node.get("kind") not in KINDS:
            fail(f"{where} has no id or no valid kind")
        if uid in seen:
            fail(f"{uid} occurs twice")
        seen.add(uid)
        for child in node.get("children", []):
            unit(child, uid)

    unit(data["resolution"], "the resolution")
    units = data["convention"].get("units")
    if not isinstance(units, list) or not units:
        fail("no units in the convention")
    for node in units:
        unit(node, "the convention")
    groups = data["annex"].get("groups")
    if not isinstance(groups, list):
        fail("no groups in the annex")
    for group in groups:
        if not isinstance(group, dict) or not isinstance(group.get("units"), list):
            fail("a group of notes without notes")
        for node in group["units"]:
            unit(node, "the annex")
    linked = {i for key in ("notes", "articles", "footnotes") for i in _links(data, key)}
    if linked - seen:
        fail(f"links to {sorted(linked - seen)[0]}, which is not in the file")
    articles = [u for u in seen if u.isdigit()]
    if not articles:
        fail("no articles")
    for key, fields in _LAYERS.items():
        layer = data.get(key)
        if not isinstance(layer, list):
            fail(f"no {key}")
        for entry in layer:
            if not (isinstance(entry, dict) and set(entry) == set(fields) and all(
                _fits(entry[name], want, seen) for name, want in fields.items()
            )):  # fmt: skip
                fail(f"an entry of {key} that is not about units of the file: {entry!r:.80}")


# The layers laid over the tree, and what each field of their entries holds.
_LAYERS = {
    "references": {"from": "id", "text": "text", "span": "span", "targets": "ids"},
    "definitions": {"term": "text", "id": "id", "uses": "ids"},
}


def _fits(value: object, want: str, seen: set[str]) -> bool:
    if want == "span":
        return (
            isinstance(value, list)
            and len(value) == 2
            and all(type(n) is int for n in value)
            and 0 <= value[0] < value[1]
        )
    if want == "text":
        return isinstance(value, str) and bool(value)
    if want == "id":
        return value in seen
    return isinstance(value, list) and set(value) <= seen


def _links(data: dict, key: str):
    stack = [data["resolution"], *data["convention"]["units"]]
    stack += [n for g in data["annex"]["groups"] for n in g["units"]]
    while stack:
        node = stack.pop()
        yield from node.get(key, [])
        stack.extend(node.get("children", []))


_DOCUMENTS: dict[str, Document] = {}


def load() -> Document:
    """The document of the data in use, loaded once per process."""
    path = os.path.join(data_dir(), "convention.yaml")
    if path not in _DOCUMENTS:
        _DOCUMENTS[path] = Document(*read_yaml(path))
    return _DOCUMENTS[path]
