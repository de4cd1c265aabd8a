"""Citations of the Convention: read them, find them in any text, resolve them to ids.

`select` is what every command that takes a unit calls: an id ("41",
"40.21.b") is looked up at once, without loading the parser, so the
commands scripts call in loops stay fast; anything else is read as a citation.
"""

from __future__ import annotations

from uncc import ids
from uncc.model import Document


def select(doc: Document, text: str, context: str | None = None) -> list[str]:
    """The ids `text` names, in document order; NotFound or ReferenceSyntaxError if none."""
    uid = ids.normalize(text)
    if uid is not None:
        return [doc.get(uid).id]
    from uncc.cite.reader import read
    from uncc.cite.resolve import resolve

    return resolve(doc, read(text), context)
