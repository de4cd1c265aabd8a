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
from uncc.errors import DataError
from uncc.model import Document
from uncc.schema import FORMAT, REBUILD, check

if TYPE_CHECKING:
    import yaml

PACKAGE = os.path.dirname(os.path.abspath(__file__))
# The data file is about 200 KB; anything near this is not it.
LIMIT = 16 * 2**20
# How deep the data file's mappings and lists go: 12. A file that goes deeper is not ours (and a few
# thousand levels would exhaust the stack of the YAML library).
MAX_DEPTH = 32


def data_dir() -> str:
    """Where the data lives: $UNCC_DATA_DIR, inside the installed package, or the checkout."""
    if os.environ.get("UNCC_DATA_DIR"):
        return os.environ["UNCC_DATA_DIR"]
    installed = os.path.join(PACKAGE, "data")
    return installed if os.path.isdir(installed) else os.path.join(os.path.dirname(PACKAGE), "data")


def data_file() -> str:
    """The data file in use."""
    return os.path.join(data_dir(), "convention.yaml")


def read_bytes(path: str) -> bytes:
    """The bytes of the data file `path`, or a DataError that says what to do."""
    try:
        return files.read_regular(path, LIMIT)
    except FileNotFoundError:
        raise DataError(f"{path} is missing: {REBUILD}") from None
    except files.FileProblem as e:
        raise DataError(f"{e}: point UNCC_DATA_DIR at a directory holding convention.yaml") from None
    except OSError as e:
        raise DataError(f"cannot read {path}: {e.strerror or e}") from None


def read_yaml(path: str) -> tuple[dict, str]:
    """The checked data of `path` and the digest of its bytes."""
    raw = read_bytes(path)
    key = cache.digest(raw)
    # marshal's format belongs to the Python version that wrote it.
    name = f"tree-{FORMAT}-py{sys.version_info[0]}{sys.version_info[1]}-{key}.marshal"
    kept = cache.kept(name, key)
    if kept is not None:
        try:
            return marshal.loads(kept), key
        except Exception:  # a cache that fails to load in any way is rebuilt
            cache.remove(name)
    parsed = _parse(raw, path)
    check(parsed, path)
    data = cast(dict, parsed)  # check refuses anything but a mapping
    cache.keep(name, key, marshal.dumps(data), kind="tree")
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
        raise DataError(f"{path} is not valid YAML{at}: {REBUILD}") from None


def _shape(events, path: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH, a key given twice in one mapping (YAML keeps the last silently),
    and aliases (`uncc build` writes none; a few of them nested make a file that expands without end)."""
    import yaml

    stack: list[list] = []  # per open collection: [keys seen, or None for a list; whether a key comes next]
    for event in events:
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            line = _line(event)
            raise DataError(f"{path} is damaged (an alias or anchor at line {line}): {REBUILD}")
        if isinstance(event, yaml.CollectionStartEvent | yaml.ScalarEvent | yaml.AliasEvent) and stack:
            top = stack[-1]
            if top[0] is not None:
                if top[1]:
                    key = event.value if isinstance(event, yaml.ScalarEvent) else None
                    if key is not None and key in top[0]:
                        line = _line(event)
                        raise DataError(f"{path} is damaged (the key {key!r} twice at line {line}): {REBUILD}")
                    top[0].add(key)
                top[1] = not top[1]
        if isinstance(event, yaml.CollectionStartEvent):
            if len(stack) == MAX_DEPTH:
                line = _line(event)
                raise DataError(f"{path} is damaged (nested more than {MAX_DEPTH} deep at line {line}): {REBUILD}")
            stack.append([set(), True] if isinstance(event, yaml.MappingStartEvent) else [None, False])
        elif isinstance(event, yaml.CollectionEndEvent):
            stack.pop()


def _line(event: yaml.Event) -> int:
    """The line (from 1) an event starts on: the parser marks each."""
    mark = event.start_mark
    assert mark is not None
    return mark.line + 1


_DOCUMENTS: dict[str, Document] = {}


def load() -> Document:
    """The document of the data in use, loaded once per process."""
    path = data_file()
    if path not in _DOCUMENTS:
        _DOCUMENTS[path] = Document(*read_yaml(path))
    return _DOCUMENTS[path]
