"""What a command's REF names: unit ids, in document order.

An id ("41", "40.21.b", "chapter.V") is looked up directly, so the commands
scripts call in loops never load the grammar; anything else is a citation and
goes through the reference grammar (uncc.refs).
"""

from __future__ import annotations

import re

from uncc.errors import ReferenceSyntaxError
from uncc.store import Tree

ID = re.compile(
    r"^\s*(\d+(\.[a-z0-9]+)*|(chapter|note|preamble|resolution|footnote)(\.[a-z0-9]+)+|testimonium|preamble|resolution)\s*$",
    re.I,
)


# The longest reference in the Convention has 72 characters.
MAX_LENGTH = 300


def check_length(ref: str) -> None:
    """Refuse a text too long to be a reference, before any work is done on it."""
    if len(ref) > MAX_LENGTH:
        raise ReferenceSyntaxError(
            f"a reference of {len(ref)} characters is too long to be one (at most {MAX_LENGTH}): "
            "give one such as 'article 40, paragraph 21 (b)'"
        )


def select(tree: Tree, ref: str, context: str | None = None) -> list[str]:
    """The ids that `ref` names, in document order; NotFound or ReferenceSyntaxError if none."""
    check_length(ref)
    if ID.match(ref):
        parts = ref.strip().split(".")
        if parts[0].lower() == "chapter":
            uid = f"chapter.{parts[1].upper()}"
        else:
            uid = ".".join(str(int(p)) if p.isdigit() else p.lower() for p in parts)
        return [tree.get(uid).id]
    from uncc.refs import resolve

    return resolve(tree, ref, context)
