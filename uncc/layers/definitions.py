"""The definitions layer: what the Convention defines ("“Traffic data” shall mean ..."), and where it uses it.

Found at build time and stored in convention.yaml as a layer keyed by the
unit that defines each term; matched without regard to case or plural. A
use is the term in a unit's own words (its title is not operative text),
not inside the Convention's long title where the text quotes it, and not
inside a longer term that names something else (NOT_USES).
"""

from __future__ import annotations

import re

from uncc.errors import NotFound
from uncc.model import Document

# “Term” shall mean / the term “Term” shall include / “A” or “B” shall mean /
# “Confiscation”, which includes forfeiture where applicable, shall mean /
# (interpretative note 4) The term “criminal investigations” covers
# (A pattern, compiled by the build that uses it: `uncc search` and `define` only look terms up.)
DEFINES = r"(?:^|[Tt]he term |, )“([^”]+)”(?: or “([^”]+)”)?(?:, [^“”]*?,)? (?:shall (?:mean|include)|covers)"


def key(term: str) -> str:
    """A term as compared: lower case, single spaces, the last word in the singular."""
    words = term.lower().split()
    if not words:
        return ""
    last = words[-1]
    if last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss") and last not in ("proceeds",):
        last = last[:-1]
    return " ".join(words[:-1] + [last])


def pattern(term: str) -> re.Pattern:
    """The term as it occurs in running text, singular or plural, any case."""
    words = [re.escape(w) for w in term.split()]
    last = words[-1]
    last = f"(?:{last}|{last[:-1]}ies)" if last.endswith("y") else f"{last}(?:s|es)?"
    return re.compile(r"\b" + r"\s+".join(words[:-1] + [last]) + r"\b", re.I)


def find(doc: Document) -> list[dict]:
    """Every defined term: {"term", "id", "uses": [ids of the units that use it]}, in document order."""
    found: list[dict] = []
    for unit in doc.units.values():
        for m in re.finditer(DEFINES, unit.text):
            for term in filter(None, m.groups()):
                found.append({"term": term[:1].lower() + term[1:] if not term.isupper() else term, "id": unit.id})
    # Each unit's own words, with what is not a use taken out: the Convention's long title where the text
    # quotes it ("... Evidence in Electronic Form of Serious Crimes"), and the longer terms in NOT_USES.
    cuts = [doc.convention.title, *NOT_USES]
    cut = re.compile("|".join(map(re.escape, cuts)), re.I)
    lowered = [c.lower() for c in cuts]
    words = []
    for u in doc.units.values():
        own = f"{u.text}\n{u.tail}"
        lower = own.lower()
        if any(c in lower for c in lowered):  # a look before the slower cut
            own = cut.sub("\n", own)
            lower = own.lower()
        words.append((u.id, own, lower))
    for entry in found:
        used, first = pattern(entry["term"]), entry["term"].split()[0].lower()
        entry["uses"] = [uid for uid, own, lower in words if uid != entry["id"] and first in lower and used.search(own)]
    return found


# Longer terms of the text that hold a defined term but name something else: not uses of it.
NOT_USES = ["cultural property"]


def defined(doc: Document, text: str) -> dict | None:
    """The definition of `text`, or None if the Convention defines no such term."""
    wanted = key(text)
    for entry in doc.definitions:
        if key(entry["term"]) == wanted:
            return entry
    return None


def lookup(doc: Document, text: str) -> dict:
    """The definition of `text`; NotFound lists the closest defined terms."""
    if len(text) > 200:
        raise NotFound(f"the Convention does not define a term of {len(text)} characters: see `uncc define`")
    entry = defined(doc, text)
    if entry is not None:
        return entry
    import difflib

    terms = [e["term"] for e in doc.definitions]
    close = difflib.get_close_matches(text.lower(), terms, n=3, cutoff=0.5)
    hint = f"did you mean {', '.join(repr(t) for t in close)}?" if close else "see `uncc define` for the list"
    raise NotFound(f"the Convention does not define {text!r}: {hint}")
