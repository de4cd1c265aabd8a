"""Citations of the Convention: read them, find them in any text, resolve them to ids.

`select` is what every command that takes a unit calls: an id ("41",
"40.21.b") is looked up at once, without loading the parser, so the
commands scripts call in loops stay fast; anything else is read as a
citation, and what cannot be read as one may be an article's title
("24/7 network", or a unique start of one: "Extradition").
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
    from uncc.errors import ReferenceSyntaxError

    try:
        citation = read(text)
    except ReferenceSyntaxError as e:
        article = _titled(doc, text, e)
        if article is None:
            raise
        return [article]
    return resolve(doc, citation, context)


def names(doc: Document, text: str) -> list[str]:
    """The ids `text` names if it is an id or a citation (not a title), else []; never an error.

    Only text with a digit in it is read as a citation, so that the words of a
    search query do not load the parser."""
    uid = ids.normalize(text)
    if uid is not None:
        return [uid] if uid in doc.units else []
    if not any(c.isdigit() for c in text):
        return []
    from uncc.cite.reader import read
    from uncc.cite.resolve import resolve
    from uncc.errors import UnccError

    try:
        return resolve(doc, read(text))
    except UnccError:
        return []


def parts(doc: Document, ref: dict) -> list[tuple[int, int, str]]:
    """Where in a stored reference's phrase each unit it names is named: (start, end, id), in the phrase.

    "article 40, paragraph 21 (b) and (c) and paragraph 22" names 40.21.b with
    its first 28 characters, 40.21.c with "(c)" and 40.22 with "paragraph 22".
    Found by reading ever longer starts of the phrase, in the unit it stands
    in: each start that reads as a citation naming only units the whole phrase
    names gives the units it adds to the words it adds. A unit no start names
    alone shares the rest of the phrase.
    """
    import re

    from uncc.cite.reader import read
    from uncc.cite.resolve import resolve
    from uncc.errors import UnccError

    text, targets = ref["text"], ref["targets"]
    if len(targets) == 1:
        return [(0, len(text), targets[0])]
    out, named, done = [], set(), 0
    for end in [m.end() for m in re.finditer(r"[\w)]+", text)]:
        try:
            found = set(resolve(doc, read(text[:end]), ref["from"]))
        except UnccError:
            continue
        new = [t for t in targets if t in found and t not in named]
        if not new or not found <= set(targets):
            continue
        words = text[done:end]
        start = done + len(words) - len(re.sub(r"^(?:[\s,]|and\b|or\b|to\b)+", "", words))
        for uid in new:
            out.append((start, end, uid))
        named.update(new)
        done = end
    rest = [t for t in targets if t not in named]
    if rest:
        out += [(done, len(text), uid) for uid in rest] if done else [(0, len(text), uid) for uid in rest]
    return out


def _titled(doc: Document, text: str, error: Exception) -> str | None:
    """The article whose title `text` is, or uniquely starts; None if none; NotFound naming them if several."""
    from uncc.errors import NotFound

    wanted = " ".join(text.lower().split())
    if not wanted:
        return None
    exact = [a for a in doc.articles if a.title.lower() == wanted]
    # A start of at least four characters or of whole words: "res" is not "Respect for human rights".
    def starts_with(title: str) -> bool:
        return title.startswith(wanted) and (len(wanted) >= 4 or title[len(wanted) : len(wanted) + 1] in " ")

    starts = exact or [a for a in doc.articles if starts_with(a.title.lower())]
    if len(starts) == 1:
        return starts[0].id
    if len(starts) > 1:
        listed = "; ".join(f"{a.id} {a.title}" for a in starts[:6]) + ("; ..." if len(starts) > 6 else "")
        raise NotFound(f"{text!r} starts the titles of {len(starts)} articles ({listed}): give more of the title")
    raise type(error)(
        f"{error}; nor is it an article's title: see `uncc toc`, or look for the words with "
        f"`uncc search` or `uncc define`"
    )
