"""Text for people: units laid out as a lawyer reads them, coloured on a terminal.

rich drops colour by itself when stdout is not a terminal or NO_COLOR is set.
"""

from __future__ import annotations

import textwrap

from rich.console import Console, Group
from rich.text import Text

from uncc.model import Unit, citation
from uncc.store import Tree

INDENT = 4
_console: Console | None = None


def console() -> Console:
    global _console
    if _console is None:
        _console = Console(highlight=False)
    return _console


def _block(label: str, text: str, depth: int, style: str = "") -> Text:
    """One block of text wrapped to the terminal, its label hanging to the left."""
    indent = " " * (depth * INDENT)
    hang = indent + " " * (len(label) + 1 if label else 0)
    width = max(console().width, 40)
    lines = textwrap.wrap(text, width=width, initial_indent=hang, subsequent_indent=hang) or [hang]
    out = Text(indent)
    if label:
        out.append(label, style="bold")
        out.append(" ")
    out.append(lines[0][len(hang) :], style=style)
    for line in lines[1:]:
        out.append("\n" + line, style=style)
    return out


def _body(unit: Unit, depth: int, prefix: str = "") -> list[Text]:
    """The unit's text and its sub-units, each nested one step further in.

    A unit that opens directly with its first sub-unit ("3. (a) Each ...")
    shares that sub-unit's line, as in the printed text.
    """
    out: list[Text] = []
    if unit.kind in ("article", "chapter"):
        if depth or prefix:
            out += [Text(), _heading(unit)]
        inner = 0
    else:
        inner = depth + 1
        prefix = f"{prefix} {unit.label}".strip()
    children = list(unit.children)
    if unit.text or not children:
        out.append(_block(prefix, unit.text, depth))
        prefix = ""
    elif unit.kind in ("article", "chapter"):
        prefix = ""
    for n, child in enumerate(children):
        out += _body(child, inner if not prefix or n else depth, prefix if n == 0 else "")
    if unit.tail:
        out.append(_block("", unit.tail, inner if unit.kind not in ("article", "chapter") else 0))
    return out


def _heading(unit: Unit) -> Text:
    text = Text()
    text.append(unit.label or citation(unit.id), style="bold cyan")
    if unit.title:
        text.append("  " + unit.title, style="bold")
    return text


def show_units(tree: Tree, units: list[Unit]) -> None:
    """Print each unit: citation and title, where it sits, its text, its notes."""
    out = console()
    for n, unit in enumerate(units):
        if n:
            out.print()
        head = Text(citation(unit.id), style="bold cyan")
        if unit.title:
            head.append("  " + unit.title, style="bold")
        lines = [head]
        article = unit.article
        if article is not None and article is not unit:
            lines.append(Text(f"{citation(article.id)}  {article.title}", style="dim"))
        chapter = unit.chapter
        if chapter is not None and chapter is not unit:
            lines.append(Text(f"{chapter.label}  {chapter.title}", style="dim"))
        lines.append(Text())
        lines += _body(unit, 0)
        for fid in unit.footnotes:
            note = tree.get(fid)
            lines += [Text(), _block(note.label, note.text, 0, style="dim")]
        if unit.notes:
            lines += [Text(), Text("Interpretative notes", style="bold magenta")]
            lines += [_block(note.label, note.text, 0) for note in map(tree.get, unit.notes)]
        out.print(Group(*lines))


def show_toc(tree: Tree) -> None:
    """Print the chapters with their articles."""
    out = console()
    for chapter in tree.chapters:
        lines = [Text.assemble((chapter.label, "bold cyan"), "  ", (chapter.title, "bold"))]
        for article in chapter.children:
            lines.append(Text.assemble(f"  {article.id:>3}  ", (article.title, "")))
        lines.append(Text())
        out.print(Group(*lines))
