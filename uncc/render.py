"""Text for people: units laid out as a lawyer reads them, coloured on a terminal.

rich drops colour by itself when stdout is not a terminal or NO_COLOR is set.
"""

from __future__ import annotations

import os
import re
import textwrap

from rich.console import Console, Group
from rich.pager import Pager
from rich.text import Text

from uncc.ids import citation
from uncc.model import INLINE_LABEL, Document, Unit, full_text
from uncc.views import references

INDENT = 4
_console: Console | None = None


def console() -> Console:
    global _console
    if _console is None:
        # COLUMNS or LINES that no terminal has (0, -5, "wide") would leave rich nothing to print in:
        # ask the terminal instead, as if they were unset.
        sane = {"COLUMNS": range(20, 10_000), "LINES": range(5, 10_000)}
        environ = {
            key: value
            for key, value in os.environ.items()
            if key not in sane or (value.isdigit() and int(value) in sane[key])
        }
        _console = Console(highlight=False, _environ=environ)
    return _console


class _Pager(Pager):
    """The user's PAGER (less by default), given LESS=FRX when LESS is unset so that colour shows and short
    output does not wait; when the pager cannot start or fails, the text is printed without it."""

    def show(self, content: str) -> None:
        import signal
        import subprocess
        import sys

        from uncc.errors import OutputError

        encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
        try:
            data = content.encode(encoding)
        except UnicodeEncodeError as e:
            raise OutputError.encoding(e) from None
        command = os.environ.get("PAGER") or "less"
        env = {**os.environ, "LESS": os.environ.get("LESS", "FRX")}
        try:
            pager = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
        except OSError:
            status = None
        else:
            # While the pager runs, Ctrl-C is the pager's (less uses it to stop a search); the pager started
            # before uncc ignores it, so it does not inherit the ignoring.
            previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
            try:
                try:
                    pager.stdin.write(data)
                    pager.stdin.close()
                except OSError:
                    pass
                status = pager.wait()
            finally:
                signal.signal(signal.SIGINT, previous)
        if status in (-signal.SIGINT, 128 + signal.SIGINT):
            raise KeyboardInterrupt
        if status != 0:
            sys.stdout.write(content)


def _block(label: str, text: str, depth: int, style: str = "", bold: str = "", label_style: str = "bold") -> Text:
    """One block of text wrapped to the terminal, its label hanging to the left; `bold` is set in bold."""
    indent = " " * (depth * INDENT)
    hang = indent + " " * (len(label) + 1 if label else 0)
    width = max(console().width, 40)
    lines = textwrap.wrap(
        text, width=width, initial_indent=hang, subsequent_indent=hang, break_on_hyphens=False, break_long_words=False
    ) or [hang]
    out = Text(indent)
    if label:
        out.append(label, style=label_style)
        out.append(" ")
    out.append(lines[0][len(hang) :], style=style)
    for line in lines[1:]:
        out.append("\n" + line, style=style)
    if bold:
        out.highlight_regex(r"\s+".join(map(re.escape, bold.split())), style="bold")
    return out


def _body(unit: Unit, depth: int, prefix: str = "", nested: bool = False) -> list[Text]:
    """The unit's text and its sub-units, each nested one step further in.

    A unit that opens directly with its first sub-unit ("3. (a) Each ...")
    shares that sub-unit's line, as in the printed text. Articles inside a
    chapter come with their headings.
    """
    out: list[Text] = []
    if unit.kind in ("article", "chapter"):
        if nested:
            out += [Text(), _heading(unit)]
        if unit.text:
            out.append(_block("", unit.text, 0))
        for child in unit.children:
            out += _body(child, 0, nested=True)
        if unit.tail:
            out.append(_block("", unit.tail, 0))
        return out
    inline = unit.kind in INLINE_LABEL
    if inline:
        prefix = f"{prefix} {unit.label}".strip()
    inner = depth + 1 if inline else depth
    if unit.text or not unit.children:
        out.append(_block(prefix, unit.text, depth))
        prefix = ""
    for n, child in enumerate(unit.children):
        shares = bool(prefix) and n == 0
        out += _body(child, depth if shares else inner, prefix if shares else "", nested=True)
    if unit.tail:
        out.append(_block("", unit.tail, inner))
    return out


def _headline(citation_text: str, title: str, style: str = "bold", label_style: str = "bold cyan") -> Text:
    """ "Article 41  24/7 network", a long title wrapped under itself."""
    if not title:
        return Text(citation_text, style=label_style)
    return _block(citation_text + " ", title, 0, style=style, label_style=label_style)


def _heading(unit: Unit) -> Text:
    text = Text()
    text.append(unit.label or citation(unit.id), style="bold cyan")
    if unit.title:
        text.append("  " + unit.title, style="bold")
    return text


def _emphasize(tree: Document, lines: list[Text], cites: list[dict]) -> None:
    """On a terminal, underline defined terms and colour the references in the text."""
    from uncc.layers.definitions import pattern

    phrases = {r["text"] for r in cites}
    for line in lines:
        for entry in tree.definitions:
            line.highlight_regex(pattern(entry["term"]), style="underline")
        for phrase in phrases:
            line.highlight_regex(r"\s+".join(map(re.escape, phrase.split())), style="green")


def show_units(tree: Document, units: list[Unit], page: bool = True) -> None:
    """Print each unit: citation and title, where it sits, its text, its notes; page long output."""
    out = console()
    groups = []
    for n, unit in enumerate(units):
        if n:
            groups.append(Text())
        lines = [_headline(citation(unit.id), unit.title)]
        article = unit.article
        if article is not None and article is not unit:
            lines.append(_headline(citation(article.id), article.title, "dim", "dim"))
        chapter = unit.chapter
        if chapter is not None and chapter is not unit:
            lines.append(_headline(chapter.label, chapter.title, "dim", "dim"))
        lines.append(Text())
        body = _body(unit, 0)
        cites = references(tree, unit)["outgoing"]
        if out.is_terminal:
            _emphasize(tree, body, cites)
        lines += body
        for fid in unit.footnotes:
            note = tree.get(fid)
            lines += [Text(), _block(note.label, note.text, 0, style="dim")]
        if cites:
            lines += [Text(), Text("References", style="bold magenta")]
            lines += [_cite_line(r) for r in cites]
        if unit.notes:
            lines += [Text(), Text("Interpretative notes", style="bold magenta")]
            lines += [_block(note.label, note.text, 0) for note in map(tree.get, unit.notes)]
        groups += lines
    height = sum(line.plain.count("\n") + 1 for line in groups)
    if page and out.is_terminal and height > out.height:
        with out.pager(_Pager(), styles=True):
            out.print(Group(*groups))
    else:
        out.print(Group(*groups))


def show_toc(tree: Document) -> None:
    """Print the resolution, the chapters with their articles, and the annex of notes."""
    out = console()
    res = tree.resolution
    paragraphs = [c for c in res.children if c.kind == "resolution-paragraph"]
    out.print(_headline(f"Resolution {res.label.rstrip('.')}", res.title))
    out.print(Text(f"  preamble, paragraphs 1 to {len(paragraphs)}  (resolution.1 ...)\n", style="dim"))
    preamble = tree.get("preamble")
    out.print(
        Text.assemble(("Preamble", "bold cyan"), (f"  {len(preamble.children)} recitals (preamble.1 ...)\n", "dim"))
    )
    for chapter in tree.chapters:
        lines = [Text.assemble((chapter.label, "bold cyan"), "  ", (chapter.title, "bold"))]
        for article in chapter.children:
            lines.append(_block(f"  {article.id:>3} ", article.title, 0, label_style="cyan"))
        lines.append(Text())
        out.print(Group(*lines))
    out.print(Text("Annex  Interpretative notes", style="bold cyan"))
    for note in (u for u in tree.units.values() if u.kind == "note"):
        out.print(_block(f"  {note.id:>7} ", note.title, 0, label_style="cyan"))


def _cite_line(ref: dict) -> Text:
    """ "41.3.b  articles 42 and 43 of this Convention → 42, 43" """
    line = _block(ref["from"].ljust(8), f"{ref['text']} → {', '.join(ref['targets'])}", 0, label_style="cyan")
    line.highlight_regex(r"→ .*$", style="green")
    return line


def _in_context(tree: Document, ref: dict, width: int = 70) -> str:
    """The phrase with some of the words around it, in the unit that holds it."""
    unit = tree.get(ref["from"])
    text = full_text(unit)
    start, end = ref["span"]
    before, after = text[:start].split("\n")[-1], text[end:].split("\n")[0]
    before = before.removeprefix(f"{unit.label} ") if unit.kind in INLINE_LABEL else before
    if len(before) > width // 2:
        before = "…" + before[-(width // 2) :].split(" ", 1)[-1]
    if len(after) > width // 2:
        after = after[: width // 2].rsplit(" ", 1)[0] + "…"
    return before + ref["text"] + after


def _title(tree: Document, uid: str) -> str:
    """The title of the article that holds the unit, or the unit's own."""
    unit = tree.get(uid)
    return (unit.article or unit).title


def _titled(tree: Document, uid: str) -> str:
    return f"{uid} {_title(tree, uid)}".strip()


def show_references(tree: Document, found: list[dict]) -> None:
    """Print each unit's outgoing and incoming references, each phrase in context."""
    out = console()
    for n, entry in enumerate(found):
        if n:
            out.print()
        unit = tree.get(entry["id"])
        title = unit.title or (unit.article.title if unit.article else "")
        lines = [_headline(entry["citation"], title)]
        for name, refs in (("Cites", entry["outgoing"]), ("Cited by", entry["incoming"])):
            lines += [Text(), Text(f"{name} ({len(refs)})", style="bold magenta")]
            if not refs:
                lines.append(Text("  nothing", style="dim"))
            width = max((len(r["from"]) for r in refs), default=0)
            for ref in refs:
                label = ref["from"].ljust(width)
                lines.append(_block(label, _in_context(tree, ref), 1, bold=ref["text"], label_style="cyan"))
                if name == "Cites":
                    for target in ref["targets"]:
                        lines.append(_block(" " * width, "→ " + _titled(tree, target), 1, style="green"))
                else:
                    owner = tree.get(ref["from"]).article or tree.get(ref["from"])
                    where = f"in {citation(owner.id)}  {owner.title}".rstrip()
                    lines.append(_block(" " * width, where, 1, style="dim"))
        out.print(Group(*lines))


def show_hits(tree: Document, hits) -> None:
    """Print search hits: citation, the article's title, the snippet with «matches» marked."""
    out = console()
    for hit in hits:
        head = _headline(hit.citation, _title(tree, hit.id))
        snippet = _block("", hit.snippet, 1)
        snippet.highlight_regex(r"«[^»]*»", style="bold yellow")
        out.print(Group(head, snippet))


def show_definitions(tree: Document, entries: list[dict], full: bool, uses: bool) -> None:
    """A term's definition (and its uses), or the list of defined terms."""
    out = console()
    if not full:
        width = max(len(e["term"]) for e in entries)
        for e in entries:
            line = Text.assemble((e["term"].ljust(width), "bold"), "  ", (e["id"], "cyan"))
            if uses:
                line.append(f"  used in {len(e['uses'])} units", style="dim")
            out.print(line)
        return
    for e in entries:
        unit = tree.get(e["id"])
        lines = [_headline(citation(unit.id), _title(tree, unit.id)), Text()]
        lines += _body(unit, 0)
        if uses:
            lines += [Text(), Text(f"Used in ({len(e['uses'])})", style="bold magenta")]
            lines += [_block(uid.ljust(9), citation(uid), 1, label_style="cyan") for uid in e["uses"]]
        out.print(Group(*lines))


def show_citations(tree: Document, found: list[dict]) -> None:
    """`uncc cite`: each citation with its place, its words and what it names, or why it names nothing."""
    out = console()
    width = max((len(f"{c['line']}:{c['column']}") for c in found), default=0)
    for c in found:
        where = f"{c['line']}:{c['column']}".ljust(width)
        lines = [_block(where, " ".join(c["text"].split()), 0, label_style="cyan")]
        if "error" in c:
            lines.append(_block(" " * width, "✗ " + c["error"], 0, style="red"))
        for uid in c["targets"]:
            lines.append(
                _block(" " * width, "→ " + f"{uid}  {citation(uid)}  {_title(tree, uid)}".rstrip(), 0, style="green")
            )
        out.print(Group(*lines))
