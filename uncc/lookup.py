"""What a command's REF names: unit ids, in document order."""

from __future__ import annotations

import re

from uncc.errors import NotFound
from uncc.store import Tree

ID = re.compile(r"^[a-z0-9]+(?:\.[a-z0-9]+)*$", re.I)


def select(tree: Tree, ref: str) -> list[str]:
    """The ids that `ref` names: an id ("40.21.b", "chapter.V") or an article number."""
    text = ref.strip()
    if not ID.match(text):
        raise NotFound(f"cannot read {ref!r} as a unit: give an id such as 41, 40.21.b, chapter.V or note.4")
    parts = text.split(".")
    if parts[0].lower() == "chapter" and len(parts) == 2:
        parts[1] = parts[1].upper()
    else:
        parts = [p.lower() for p in parts]
    uid = ".".join(p.lstrip("0") or "0" if p.isdigit() else p for p in parts)
    return [tree.get(uid).id]
