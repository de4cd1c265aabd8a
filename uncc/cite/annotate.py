"""`uncc cite --annotate`: a document given back with each citation of this Convention linked to its unit in the
HTML edition (`uncc.html#art_40__para_15`), as eyecite's annotate does for case law.

Markdown and text get Markdown links, never inside a link, an inline code span or a fenced code block that is
already there; a citation that names nothing is marked after its words, not linked. Word and PDF are not
rewritten: they get a list of their citations, where each stands and its links.
"""

from __future__ import annotations

import re

from uncc import ids

# What Markdown already makes a link or code of: a link or image `[..](..)`, an autolink `<http..>`, a code span.
_TAKEN = re.compile(
    r"!?\[[^\]\n]*\]\([^)\n]*\)|<https?://[^>\s]*>|(`+)[^`].*?\1|^(`{3,}|~{3,}).*?^\2",
    re.M | re.S,
)


def href(uid: str, base: str = "uncc.html") -> str:
    """Where a unit is in the HTML edition: its Akoma Ntoso eId is the element's id."""
    return f"{base}#{ids.eid(uid)}"


def links(doc, citations: list[dict], base: str = "uncc.html") -> list[tuple[int, int, str | None, str]]:
    """(start, end, href or None, title) for each part of each citation that names a unit: "article 40,
    paragraph 21 (b) and (c)" links its first words to 40.21.b and "(c)" to 40.21.c. A range ("articles 7 to 9")
    is one link, to its first unit, its title naming all. A citation that names nothing has no href, and its
    error as title."""
    from uncc.cite import parts

    out: list[tuple[int, int, str | None, str]] = []
    for c in citations:
        if c.get("targets"):
            named: dict[tuple[int, int], list[str]] = {}
            for start, end, uid in parts(doc, {"text": c["text"], "targets": c["targets"], "from": None}):
                named.setdefault((start, end), []).append(uid)
            if any(len(uids) > 1 for uids in named.values()):
                named = {(0, c["end"] - c["start"]): c["targets"]}  # a range: one link, to its first unit
            for (start, end), uids in sorted(named.items()):
                title = "; ".join(map(ids.citation, uids))
                out.append((c["start"] + start, c["start"] + end, href(uids[0], base), title))
        elif "error" in c:
            out.append((c["start"], c["end"], None, c["error"]))
    return out


def markdown(text: str, found: list[tuple[int, int, str | None, str]]) -> str:
    """`text` with each citation as a Markdown link `[words](href "title")`; one that names nothing is followed by
    its error, `words [uncc: why]`, so that it is seen and not followed."""
    taken = [(m.start(), m.end()) for m in _TAKEN.finditer(text)]
    out, at = [], 0
    for start, end, target, title in found:
        if start < at or any(a < end and start < b for a, b in taken):
            continue  # inside a link or code that is already there: left as it is
        words = text[start:end]
        out.append(text[at:start])
        if target is None:
            out.append(f"{words} [uncc: {_escape(title)}]")
        else:
            shown = words.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
            out.append(f'[{shown}]({target} "{title.replace(chr(34), chr(39))}")')
        at = end
    out.append(text[at:])
    return "".join(out)


def _escape(words: str) -> str:
    return words.replace("[", "(").replace("]", ")")


def listing(citations: list[dict], base: str = "uncc.html") -> str:
    """For a Word file or a PDF: one Markdown list item a citation, where it stands, its words and its links."""
    lines = []
    for c in citations:
        where = c.get("where") or {"line": c["line"], "column": c["column"]}
        place = ", ".join(f"{key} {value}" for key, value in where.items())
        words = " ".join(c["text"].split())
        if c.get("targets"):
            named = ", ".join(f"[{ids.citation(uid)}]({href(uid, base)})" for uid in c["targets"])
            lines.append(f"- {place}: “{words}” → {named}")
        else:
            lines.append(f"- {place}: “{words}” [uncc: {_escape(c.get('error', 'names nothing'))}]")
    return "\n".join(lines) + "\n"
