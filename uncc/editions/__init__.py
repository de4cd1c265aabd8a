"""Editions of the whole document: HTML, Akoma Ntoso, Markdown and JSON, and the reference graph.

Each edition is one module, and each is made from the same walk (`Walk`): the
units from the top down (`Unit.children`), each unit's own words (its text,
its closing words) cut into runs: plain words, a link to a unit a reference
names, or a link from a defined term to its definition. Element ids are the
units' Akoma Ntoso eIds (uncc/ids.py), and what cites what comes from the
stored references.
"""

from __future__ import annotations

from typing import NamedTuple

from uncc.model import Document, Unit, own_parts

# Units set as a heading, and the level of each.
HEADING_LEVELS = {"resolution": 2, "convention": 2, "annex": 2, "chapter": 3, "article": 4}
# The document's name, as its editions give it.
TITLE = "United Nations Convention against Cybercrime"


class Run(NamedTuple):
    """Words of a unit's text: plain (`target` None), a reference to a unit, or a defined term."""

    text: str
    target: str | None = None
    kind: str = ""  # "ref" or "term"
    ref: int | None = None  # on the first run of a reference's phrase: its index in Document.references


class Walk:
    """What every edition reads off the document, worked out once."""

    def __init__(self, doc: Document):
        from uncc.layers.definitions import pattern

        self.doc = doc
        self.refs_in: dict[str, list[int]] = {}
        self.cited_by: dict[str, list[int]] = {}
        for n, ref in enumerate(doc.references):
            self.refs_in.setdefault(ref["from"], []).append(n)
            for target in ref["targets"]:
                self.cited_by.setdefault(target, []).append(n)
        self.terms = [(entry, pattern(entry["term"])) for entry in doc.definitions]
        # The units each note is about, and the notes about each unit.
        self.about = doc.annotated()
        self.notes: dict[str, list[str]] = {}
        for note, units in self.about.items():
            for uid in units:
                self.notes.setdefault(uid, []).append(note)

    def runs(self, unit: Unit, tail: bool = False) -> list[Run]:
        """The unit's own text (or, with `tail`, its closing words) as runs."""
        text = unit.tail if tail else unit.text
        if not text:
            return []
        parts = own_parts(unit)
        offset = parts[-1][0] if tail else parts[0][0]
        marks: list[tuple[int, int, str, str, int | None]] = []
        for n in self.refs_in.get(unit.id, []):
            ref = self.doc.references[n]
            start, end = ref["span"][0] - offset, ref["span"][1] - offset
            if start >= 0 and end <= len(text):
                for i, (a, b, target) in enumerate(ref["links"]):
                    marks.append((start + a, start + b, target, "ref", n if i == 0 else None))
        taken = [(a, b) for a, b, *_ in marks]
        for entry, pattern in self.terms:
            if unit.id in entry["uses"]:
                for m in pattern.finditer(text):
                    if not any(a < m.end() and m.start() < b for a, b in taken):
                        marks.append((m.start(), m.end(), entry["id"], "term", None))
                        taken.append((m.start(), m.end()))
        out, at = [], 0
        for a, b, target, kind, index in sorted(marks):
            if a > at:
                out.append(Run(text[at:a]))
            out.append(Run(text[a:b], target, kind, index))
            at = b
        if at < len(text):
            out.append(Run(text[at:]))
        return out


def export(doc: Document, fmt: str) -> str:
    """The whole document in `fmt`, one of uncc.formats.EXPORT: the same text on every run."""
    if fmt == "html":
        from uncc.editions.html import render
    elif fmt == "akn":
        from uncc.editions.akn import render
    elif fmt == "markdown":
        from uncc.editions.markdown import render
    else:
        from uncc.editions.jsondoc import render
    return render(doc)


def cached(fmt: str) -> str:
    """`export(load(), fmt)`, kept in the user's cache (uncc/cache.py): an edition is the same text for the same
    data and code, so it is made once. Its key is a digest of the data file's bytes, the format and the code
    (`_code`): a rebuilt or edited data file, or another uncc, is another key. The cache records the key and a
    digest of its own text, and is used only if both are right; else it is made again."""
    from uncc import cache, store

    data = cache.digest(store.read_bytes(store.data_file()))  # the data file's key, as the store gives it
    key = cache.digest(b"\0".join([data.encode(), fmt.encode(), _code(store.PACKAGE)]))
    name = f"edition-{fmt}-{key}.marshal"
    kept = cache.kept(name, key)
    if kept is not None:
        try:
            return kept.decode("utf-8")
        except UnicodeDecodeError:  # a cache that fails to load in any way is made again
            cache.remove(name)
    doc = store.load()
    text = export(doc, fmt)
    if doc.digest == data:  # made from the bytes of the key, not from a file changed since
        cache.keep(name, key, text.encode("utf-8"), kind=f"edition-{fmt}")
    return text


def _code(root: str) -> bytes:
    """What names the code an edition is made by: the Python, and the size and modification time of each module
    of the package in `root` (what Python itself checks before it reuses a module's compiled code)."""
    import os
    import sys

    parts = [sys.version]
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for n in sorted(names):
            if n.endswith(".py"):
                info = os.stat(os.path.join(folder, n))
                parts.append(f"{os.path.relpath(folder, root)}/{n} {info.st_size} {info.st_mtime_ns}")
    return "\n".join(parts).encode()
