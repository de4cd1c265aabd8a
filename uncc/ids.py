"""The one table of the kinds of unit, and the one place that builds and splits ids.

An id is a dot path of the labels a lawyer cites: `40.21.b`, `2.f.iii`,
`chapter.V`, `preamble.3`, `note.4`, `resolution.5`,
`resolution.preamble.4`, `footnote.1`, `testimonium`. From an id come the
unit's kind, its citation ("Article 40, paragraph 21 (b)"), its short
citation ("Art. 40(21)(b)") and its Akoma Ntoso eId
(`art_40__para_21__list_1__item_b`). No other module builds or splits ids.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple


class Kind(NamedTuple):
    """How one kind of unit is named."""

    name: str
    word: str  # in a citation: "article", "paragraph"; "" for a bracketed label
    plural: str  # in a message: "articles 1 to 68"
    short: str  # in a short citation: "Art.", "para."; "" for a bracketed label
    eid: str  # Akoma Ntoso eId segment: "art", "para", "list_1__item"
    prefix: str  # the id's first part for a top-level kind with a number: "chapter", "note"


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("article", "article", "articles", "Art.", "art", ""),
        Kind("paragraph", "paragraph", "paragraphs", "", "para", ""),
        Kind("subparagraph", "", "subparagraphs", "", "list_1__item", ""),
        Kind("item", "", "items", "", "list_1__item", ""),
        Kind("chapter", "chapter", "chapters", "Ch.", "chp", "chapter"),
        Kind("preamble", "preamble", "preambles", "Preamble", "preamble", "preamble"),
        Kind("recital", "recital", "recitals", "rec.", "rec", ""),
        Kind("note", "interpretative note", "interpretative notes", "Note", "annex__para", "note"),
        Kind("resolution", "resolution 79/243", "resolutions", "Res. 79/243", "res", "resolution"),
        Kind("resolution-paragraph", "paragraph", "paragraphs", "para.", "para", ""),
        Kind("closing", "closing", "closings", "closing", "conclusions", "closing"),
        Kind("convention", "convention", "conventions", "Convention", "convention", "convention"),
        Kind("testimonium", "testimonium", "testimonia", "Testimonium", "testimonium", "testimonium"),
        Kind("footnote", "footnote", "footnotes", "Fn.", "fnt", "footnote"),
        Kind("annex", "annex", "annexes", "Annex", "annex", "annex"),
    )
}

# Kinds whose label is a bracketed letter or roman numeral after the unit that holds them.
BRACKETED = frozenset({"subparagraph", "item"})
# Kinds that hold a paragraph's place at the top of a citation ("Article 40", "Chapter V").
TOP = frozenset(
    {"article", "chapter", "note", "footnote", "preamble", "resolution", "testimonium", "convention", "annex"}
)
# Kinds of which there is one, named without a number.
UNNUMBERED = frozenset({"preamble", "resolution", "testimonium", "closing", "convention", "annex"})

# Roman numerals, as items are lettered ("(iv)"); upper-cased, they number the chapters ("Chapter IV").
ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


class Step(NamedTuple):
    """One level of an id: ("article", "40"), ("subparagraph", "b"), ("preamble", "")."""

    kind: str
    label: str


def steps(uid: str) -> list[Step]:
    """The levels of an id, outermost first; ValueError if it is not one."""
    parts = uid.split(".")
    head, rest = parts[0], parts[1:]
    out: list[Step] = []
    if head.isdigit():
        out.append(Step("article", head))
        if rest and rest[0].isdigit():
            out.append(Step("paragraph", rest.pop(0)))
        for kind in ("subparagraph", "item"):
            if rest and rest[0].isalpha():
                out.append(Step(kind, rest.pop(0)))
    elif head == "resolution":
        out.append(Step("resolution", ""))
        if rest and rest[0] == "preamble":
            rest.pop(0)
            out.append(Step("preamble", ""))
            if rest:
                out.append(Step("recital", rest.pop(0)))
        elif rest and rest[0] == "closing":
            rest.pop(0)
            out.append(Step("closing", ""))
        elif rest:
            out.append(Step("resolution-paragraph", rest.pop(0)))
    elif head == "preamble":
        out.append(Step("preamble", ""))
        if rest:
            out.append(Step("recital", rest.pop(0)))
    elif head in ("chapter", "note", "footnote") and rest:
        out.append(Step(head, rest.pop(0)))
    elif head in ("testimonium", "convention", "annex") and not rest:
        out.append(Step(head, ""))
    if not out or rest or any(not s.label and s.kind not in UNNUMBERED for s in out):
        raise ValueError(f"not an id: {uid!r}")
    return out


def join(path: list[Step] | tuple[Step, ...]) -> str:
    """The id of a path of steps: the inverse of `steps`."""
    parts = []
    for step in path:
        kind = KINDS[step.kind]
        if kind.prefix:
            parts.append(kind.prefix)
        if step.label:
            parts.append(step.label)
    return ".".join(parts)


def kind(uid: str) -> str:
    """The kind of the unit with this id."""
    return steps(uid)[-1].kind


def parent(uid: str) -> str | None:
    """The id of the unit that holds this one in the id's own path, or None at the top."""
    path = steps(uid)
    return join(path[:-1]) if len(path) > 1 else None


def normalize(text: str) -> str | None:
    """The id a user typed, in its one spelling ("041" is 41, "chapter.v" is chapter.V), or None."""
    if len(text) > 40:
        return None
    parts = text.strip().lower().split(".")
    if not _typed(parts[0], parts[1:]):
        return None
    parts = [str(int(p)) if p.isdecimal() else p for p in parts]
    if parts[0] == "chapter":
        parts[1] = parts[1].upper()
    uid = ".".join(parts)
    try:
        steps(uid)
    except ValueError:
        return None
    return uid


def _typed(head: str, rest: list[str]) -> bool:
    """Whether the lower-cased parts of what a user typed have the shape of an id; anything else is a
    citation for the grammar. (Checked by hand: compiling a pattern for it costs `show` a millisecond.)"""
    if head.isdecimal():
        return all(p.isdecimal() or (p.isascii() and p.isalnum()) for p in rest)
    if head in ("chapter", "note", "footnote"):
        return len(rest) == 1 and rest[0].isascii() and rest[0].isalnum()
    if head == "resolution":
        return rest in ([], ["preamble"], ["closing"]) or (rest[-1].isdecimal() and rest[:-1] in ([], ["preamble"]))
    if head == "preamble":
        return not rest or (len(rest) == 1 and rest[0].isdecimal())
    return head in ("testimonium", "convention", "annex") and not rest


@lru_cache(maxsize=2048)  # a few hundred units, cited again and again by `resolve -`, `refs` and search
def citation(uid: str) -> str:
    """How a lawyer cites the unit: "Article 40, paragraph 21 (b)", "Resolution 79/243, paragraph 5"."""
    out = ""
    for step in steps(uid):
        if step.kind in BRACKETED:
            out += f" ({step.label})"
            continue
        words = " ".join(filter(None, (KINDS[step.kind].word, step.label)))
        out += f", {words}" if out else words[:1].upper() + words[1:]
    return out


def in_sentence(uid: str) -> str:
    """The citation as it reads inside a sentence: "article 40, paragraph 21 (b)"."""
    text = citation(uid)
    return text[:1].lower() + text[1:]


def short_citation(uid: str) -> str:
    """The citation in the form lawyers paste: "Art. 40(21)(b)", "Res. 79/243, para. 5"."""
    out = ""
    for step in steps(uid):
        short = KINDS[step.kind].short
        if not short:
            out += f"({step.label})"
            continue
        words = f"{short} {step.label}".strip() if step.kind != "preamble" or not out else "preamble"
        out += f", {words}" if out else words
    return out


def eid(uid: str) -> str:
    """The unit's Akoma Ntoso eId, after the AKN naming convention: art_40__para_21__list_1__item_b."""
    return "__".join(f"{KINDS[s.kind].eid}_{s.label}" if s.label else KINDS[s.kind].eid for s in steps(uid))
