"""Turn the hand-annotated test documents into plain documents and gold citations.

A source file is the document with each citation of the Convention marked:

    ⟦article 40, paragraph 21 (b)⟧{40.21.b}    a citation and the ids it names
    ⟦article 69⟧{!why}                        a citation that names nothing, and the error it gets
    ⟦article 41 of the Convention⟧{=41}       "=": the citation (or the short form it follows) names this
                                              Convention (`by` "named"); without it, nothing does ("default")

Citations of other instruments are left unmarked. ``convert`` drops the marks
and returns the plain text with one gold object per citation, its offsets in
characters of the plain text (0-based, end exclusive) and its line and column
(1-based). Run as a script, it writes every document and its ``.gold.jsonl``
beside this file (or only those named: ``annotate.py law-review.src.md``).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# source name -> plain name; the gold file is the plain name's stem + ".gold.jsonl"
DOCUMENTS = {
    "draft-law.src.md": "draft-law.md",
    "mla-request.src.txt": "mla-request.txt",
    "commentary.src.md": "commentary.md",
    "law-review.src.md": "law-review.md",
    "committee-report.src.md": "committee-report.md",
    "ngo-brief.src.md": "ngo-brief.md",
}

OPEN, CLOSE = "⟦", "⟧"
MARK = re.compile(r"⟦([^⟦⟧]*)⟧\{([^{}]*)\}")


def named(doc, uid):
    from uncc.views import named

    return named(doc, uid)


def load():
    from uncc.store import load

    return load()


def _position(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def convert(src_text: str) -> tuple[str, list[dict]]:
    """The plain text of an annotated source and its gold citations, in order."""
    plain: list[str] = []
    gold: list[dict] = []
    length = 0
    last = 0
    spans: list[tuple[int, int, str]] = []
    for match in MARK.finditer(src_text):
        before = src_text[last : match.start()]
        if OPEN in before or CLOSE in before:
            raise ValueError(f"unmatched citation mark before offset {match.start()}: {before[-40:]!r}")
        plain.append(before)
        length += len(before)
        cited, names = match.group(1), match.group(2)
        by = "named" if names.startswith("=") else "default"
        names = names.removeprefix("=")
        if not cited or cited != cited.strip():
            raise ValueError(f"a citation must not be empty or start or end with a space: {cited!r}")
        if names.startswith("!") and not names[1:].strip():
            raise ValueError(f"citation {cited!r} names nothing but gives no reason")
        if not names.startswith("!") and (not names.split() or len(set(names.split())) != len(names.split())):
            raise ValueError(f"citation {cited!r}: ids must be given, each once: {names}")
        plain.append(cited)
        spans.append((length, length + len(cited), names, by))
        length += len(cited)
        last = match.end()
    rest = src_text[last:]
    if OPEN in rest or CLOSE in rest:
        raise ValueError(f"unmatched citation mark after the last citation: {rest!r}")
    plain.append(rest)
    text = "".join(plain)
    for start, end, names, by in spans:
        line, column = _position(text, start)
        obj: dict = {"start": start, "end": end, "line": line, "column": column, "text": text[start:end]}
        if names.startswith("!"):
            obj["targets"] = []
            obj["error"] = names[1:]
        else:
            obj["targets"] = names.split()
        obj["by"] = by
        obj["cited"] = [named(load(), uid) for uid in obj["targets"]]
        gold.append(obj)
    return text, gold


def main(names: list[str]) -> int:
    for src_name, plain_name in DOCUMENTS.items():
        if names and src_name not in names:
            continue
        text, gold = convert((HERE / src_name).read_text(encoding="utf-8"))
        (HERE / plain_name).write_text(text, encoding="utf-8")
        gold_path = HERE / (plain_name.rsplit(".", 1)[0] + ".gold.jsonl")
        lines = [json.dumps(obj, ensure_ascii=False) + "\n" for obj in gold]
        gold_path.write_text("".join(lines), encoding="utf-8")
        nothing = sum(1 for obj in gold if "error" in obj)
        print(f"{plain_name}: {len(gold)} citations, {nothing} naming nothing")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
