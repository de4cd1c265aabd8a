"""Text for people: units laid out as a lawyer reads them, coloured on a terminal.

Layout is done here, on plain strings (`Block`: text and the spans of its
styles). Styles are drawn by rich only where they will be seen, on a terminal
that shows colour; piped output, NO_COLOR and TERM=dumb get the same text
written directly, without importing rich. Long output on a terminal goes
through the user's pager.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import textwrap

from uncc.ids import citation, in_sentence, short_citation
from uncc.model import INLINE_LABEL, Document, Unit, full_text, layout

INDENT = 4
# Below this many columns hanging indents leave too little room: text is laid out flush left.
NARROW = 40
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


class Block:
    """Lines of laid-out text and the styles of its spans."""

    __slots__ = ("text", "spans")

    def __init__(self, text: str = "", style: str = ""):
        self.text = ""
        self.spans: list[tuple[int, int, str]] = []
        self.append(text, style)

    def append(self, text: str, style: str = "") -> Block:
        start = len(self.text)
        self.text += text
        if style and text:
            self.spans.append((start, len(self.text), style))
        return self

    def highlight(self, pattern: str | re.Pattern, style: str) -> None:
        for m in re.finditer(pattern, self.text):
            if m.end() > m.start():
                self.spans.append((m.start(), m.end(), style))


def _sane(name: str, low: int) -> int | None:
    value = os.environ.get(name, "")
    return int(value) if value.isdigit() and low <= int(value) < 10_000 else None


def width() -> int:
    """The columns to lay out for: COLUMNS if it is one a terminal could have, else the terminal's, else 80."""
    columns = _sane("COLUMNS", 20)
    if columns is None and sys.stdout.isatty():
        with contextlib.suppress(OSError, ValueError):
            columns = os.get_terminal_size(sys.stdout.fileno()).columns
    return columns if columns and columns >= 20 else 80


def _height() -> int:
    lines = _sane("LINES", 5)
    if lines is None:
        try:
            lines = os.get_terminal_size(sys.stdout.fileno()).lines
        except (OSError, ValueError):
            lines = 25
    return lines


def colour() -> bool:
    """Whether the output is a terminal that shows colour (NO_COLOR and TERM=dumb say it does not)."""
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def _block(label: str, text: str, depth: int, style: str = "", bold: str = "", label_style: str = "bold") -> Block:
    """One block of text wrapped to the width, its label hanging to the left; `bold` is set in bold."""
    columns = width()
    if columns < NARROW:
        # Flush left, and labels without the padding that lines them up.
        indent, hang, label = "", "", label.strip()
    else:
        indent = " " * (depth * INDENT)
        hang = indent + " " * (len(label) + 1 if label else 0)
    head = f"{indent}{label} " if label else indent
    lines = textwrap.wrap(
        text, width=columns, initial_indent=head, subsequent_indent=hang, break_on_hyphens=False,
        break_long_words=False,
    ) or [head]  # fmt: skip
    out = Block(indent)
    if label:
        out.append(label, label_style)
        out.append(" " if text else "")
    out.append(lines[0][len(head) :], style)
    for line in lines[1:]:
        out.append("\n" + line, style)
    if bold:
        out.highlight(r"\s+".join(map(re.escape, bold.split())), "bold")
    return out


def _headline(citation_text: str, title: str, style: str = "bold", label_style: str = "bold cyan") -> Block:
    """ "Article 41  24/7 network", a long title wrapped under itself."""
    if not title:
        return Block(citation_text, label_style)
    return _block(citation_text + " ", title, 0, style=style, label_style=label_style)


def _heading(unit: Unit) -> Block:
    """An article's or a chapter's heading inside a longer text."""
    return _headline(unit.label or citation(unit.id), unit.title)


def _body(doc: Document, unit: Unit, tags: dict[str, str] | None = None) -> list[Block]:
    """The unit's text and its sub-units, line by line as `layout` gives them, each nested one step further
    in: articles inside a chapter (and parts inside the Convention) under their headings, a note under the
    heading of its group, recitals with their numbers in brackets, a footnote's mark after its text; with
    `tags`, under a unit's words the force and kind of what it says ("[shall · criminalise]")."""
    out: list[Block] = []
    for line in layout(unit):
        part = line.unit
        if line.role == "heading":
            out.append(Block())
            if part.kind == "footnote":
                out.append(Block(f"Footnote {part.label}", "dim"))
            elif part.heading and part.kind == "note":
                out.append(_block("", part.heading, line.depth, style="bold"))
            else:
                out.append(_heading(part))
        elif line.role == "closing":
            out.append(_block("", part.tail, line.depth))
        else:
            recital = part.kind == "recital"
            label = f"[{part.id.rsplit('.', 1)[1]}]" if recital else line.label
            block = _block(label, part.text, line.depth, label_style="dim" if recital else "bold")
            for fid in part.footnotes:
                block.append(doc.get(fid).label.translate(_SUPERSCRIPT), "dim")
            out.append(block)
            if tags and part.id in tags:
                out.append(_block(" " * len(label), f"[{tags[part.id]}]", line.depth, style="dim", label_style="dim"))
    return out


def tag(statement: dict) -> str:
    """ "shall · criminalise", with the party when it is not any State Party."""
    party = "" if statement["actor"] == "State Party" else f"{statement['actor']} · "
    return f"{party}{statement['force']} · {statement['kind']}"


def _tags(doc: Document, units: list[Unit]) -> dict[str, str]:
    """For each of the units and the units inside them, the force and kind of each different thing it says:
    "shall · criminalise"."""
    found = {u.id: dict.fromkeys(map(tag, doc.statements_of(u.id))) for unit in units for u in unit.walk()}
    return {uid: "; ".join(tags) for uid, tags in found.items() if tags}


def _emphasize(doc: Document, blocks: list[Block], cites: list[dict]) -> None:
    """On a terminal, underline defined terms and colour the references in the text."""
    from uncc.layers.definitions import pattern

    phrases = {r["text"] for r in cites}
    terms = [pattern(entry["term"]) for entry in doc.definitions]
    for block in blocks:
        for term in terms:
            block.highlight(term, "underline")
        for phrase in phrases:
            block.highlight(r"\s+".join(map(re.escape, phrase.split())), "green")


def _emit(blocks: list[Block], page: bool = False) -> None:
    """Print the blocks: styled by rich on a terminal that shows colour, else as plain text; page long output."""
    lines = [line.rstrip() for block in blocks for line in block.text.split("\n")]
    tall = page and not os.environ.get("UNCC_NO_PAGER") and sys.stdout.isatty() and len(lines) > _height()
    if not colour():
        content = "\n".join(lines) + "\n"
        if tall:
            _page(content)
        else:
            sys.stdout.write(content)
        return
    from rich.console import Group
    from rich.pager import Pager
    from rich.text import Text

    class _RichPager(Pager):
        def show(self, content: str) -> None:
            _page(content)

    from uncc.compat import console as make_console

    console = make_console(width())
    texts = []
    for block in blocks:
        text = Text(block.text)
        for start, end, style in block.spans:
            text.stylize(style, start, end)
        texts.append(text)
    if tall:
        with console.pager(_RichPager(), styles=True):
            console.print(Group(*texts))
    else:
        console.print(Group(*texts))


def _page(content: str) -> None:
    """Show `content` through the user's PAGER (less by default), given LESS=FRX when LESS is unset so that
    colour shows and short output does not wait; when the pager cannot start or fails, print it without."""
    import signal
    import subprocess

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
        assert pager.stdin is not None  # stdin=PIPE
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


def _titled(doc: Document, uid: str) -> str:
    return f"{uid}  {citation(uid)}  {doc.get(uid).article_title}".rstrip()


def _distinct(refs: list[dict]) -> list[dict]:
    """One entry per phrase: a unit that cites the same words twice lists them once."""
    seen, out = set(), []
    for ref in refs:
        key = (ref["from"], ref["text"], tuple(ref["targets"]))
        if key not in seen:
            seen.add(key)
            out.append(ref)
    return out


def _labelled(pairs: list[tuple[str, str]], depth: int, style: str = "", label_style: str = "cyan") -> list[Block]:
    """Lines of (label, text), the labels padded to one width so that every text, wrapped, starts in one column."""
    pad = max((len(label) for label, _ in pairs), default=0) + 1
    return [_block(label.ljust(pad), text, depth, style=style, label_style=label_style) for label, text in pairs]


def show_units(doc: Document, units: list[Unit], page: bool = True) -> None:
    """Print each unit: citation and title, where it sits, its text, its notes; page long output."""
    styled = colour()
    tags = _tags(doc, units)
    blocks: list[Block] = []
    for n, unit in enumerate(units):
        if n:
            blocks.append(Block())
        blocks.append(_headline(citation(unit.id), unit.title))
        article = unit.article
        if article is not None and article is not unit:
            blocks.append(_headline(citation(article.id), article.title, "dim", "dim"))
        chapter = unit.chapter
        if chapter is not None and chapter is not unit:
            blocks.append(_headline(chapter.label, chapter.title, "dim", "dim"))
        blocks.append(Block())
        body = _body(doc, unit, tags)
        cites = _distinct(doc.cited_in(unit))
        if styled:
            _emphasize(doc, body, cites)
        blocks += body
        # The Convention holds its footnote as a part; anything smaller prints it after its text.
        for note in [] if unit.kind == "convention" else [doc.get(f) for u in unit.walk() for f in u.footnotes]:
            blocks += [Block(), _block(note.label.translate(_SUPERSCRIPT), note.text, 0, style="dim")]
        if cites:
            blocks += [Block(), Block("References", "bold magenta")]
            pad = max(len(r["from"]) for r in cites)
            for ref in cites:
                blocks.append(_block(ref["from"].ljust(pad), ref["text"], 0, label_style="cyan"))
                blocks.append(_block(" " * pad, "→ " + ", ".join(ref["targets"]), 0, style="green"))
        notes = doc.notes_on(unit)
        if notes:
            blocks += [Block(), Block("Interpretative notes", "bold magenta")]
            for note in map(doc.get, notes):
                blocks.append(_block(note.label, note.text, 0))
                blocks.append(_block(" " * len(note.label), f"({citation(note.id)}, on {note.title})", 0, style="dim"))
        if unit.id[:1].isdigit():
            from uncc.layers.concordance import counterparts

            rows = counterparts(unit.id)
            if rows:
                blocks += [Block(), Block("Corresponds to", "bold magenta")]
                blocks += [_block("", counterpart(row, unit.id), 0) for row in rows]
        forms = dict.fromkeys((citation(unit.id), short_citation(unit.id)))
        blocks += [Block(), _block("Cite as:", " · ".join(forms), 0, style="dim", label_style="dim")]
    _emit(blocks, page=page)


def quote_source(unit: Unit) -> str:
    """What a quotation of the unit cites: "United Nations Convention against Cybercrime, Article 41 (Art. 41)"."""
    if unit.up("resolution") is not None:
        return f"General Assembly {in_sentence(unit.id)}"
    return f"United Nations Convention against Cybercrime, {citation(unit.id)} ({short_citation(unit.id)})"


# What would make a line of a Markdown block quotation into something else: a list ("15.", "-"), a heading, a
# quotation inside it, a code block.
_MARKDOWN_START = re.compile(r"^(\d+)([.)])|^([-+*#>])")


def quote(doc: Document, unit: Unit, markdown: bool) -> str:
    """The unit as a quotation ready for a memo: its whole text, then its citation. As Markdown, a block
    quotation that renders as the text reads: each line (the number, each subparagraph) a paragraph of its own,
    and nothing Markdown would read as a list or a heading."""
    source = quote_source(unit)
    text = full_text(unit)
    if markdown:
        lines = [_MARKDOWN_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", line.strip())
                 for line in text.split("\n") if line.strip()]  # fmt: skip
        return "\n>\n".join(f"> {line}" for line in [*lines, f"— {source}"])
    return f"“{text}”\n— {source}"


def show_toc(doc: Document) -> None:
    """Print every part of the document with its id: the resolution, the Convention (its preamble, chapters
    with their articles, testimonium and footnote) and the annex of notes."""
    blocks: list[Block] = []
    res = doc.resolution
    paragraphs = [c for c in res.children if c.kind == "resolution-paragraph"]
    closing = doc.get("resolution.closing")
    blocks.append(_headline(f"Resolution {res.label.rstrip('.')}", res.title))
    blocks += _labelled(
        [
            ("resolution.preamble", f"preamble, {len(doc.get('resolution.preamble').children)} recitals"),
            ("resolution.1 ...", f"paragraphs 1 to {len(paragraphs)}"),
            ("resolution.closing", f"{closing.text} · {closing.tail}"),
        ],
        1,
        style="dim",
    )
    blocks += [Block(), _headline("Convention", f"{doc.convention.title} (convention)")]
    for part in doc.convention.children:
        if part.kind == "chapter":
            blocks += [Block(), _headline(part.label, part.title)]
            blocks += [_block(f"  {a.id:>3} ", a.title, 0, label_style="cyan") for a in part.children]
        else:
            what = f"{len(part.children)} recitals  ({part.id}.1 ...)" if part.children else f"({part.id})"
            blocks += [Block(), _block(citation(part.id) + " ", what, 0, style="dim", label_style="bold cyan")]
    blocks += [Block(), _headline("Annex", f"{doc.annex.title} (annex)")]
    blocks += _labelled([(f"  {note.id}", note.title) for note in doc.annex.children], 0)
    _emit(blocks, page=True)


def _in_context(doc: Document, ref: dict, width: int = 70) -> str:
    """The phrase with some of the words around it, in the unit that holds it."""
    unit = doc.get(ref["from"])
    text = full_text(unit)
    start, end = ref["span"]
    before, after = text[:start].split("\n")[-1], text[end:].split("\n")[0]
    before = before.removeprefix(f"{unit.label} ") if unit.kind in INLINE_LABEL else before
    if len(before) > width // 2:
        before = "…" + before[-(width // 2) :].split(" ", 1)[-1]
    if len(after) > width // 2:
        after = after[: width // 2].rsplit(" ", 1)[0] + "…"
    return before + ref["text"] + after


def show_references(doc: Document, found: list[dict]) -> None:
    """Print each unit's outgoing and incoming references, each phrase in context, and the notes on it."""
    blocks: list[Block] = []
    for n, entry in enumerate(found):
        if n:
            blocks.append(Block())
        unit = doc.get(entry["id"])
        blocks.append(_headline(entry["citation"], unit.title or (unit.article.title if unit.article else "")))
        home = citation((unit.article or unit).id).lower()
        groups = [
            ("Cites", _distinct(entry["outgoing"])),
            ("Cited by", _distinct([r for r in entry["incoming"] if not r["own"]])),
        ]
        own = _distinct([r for r in entry["incoming"] if r["own"]])
        if own:
            groups.append((f"Cited within {home}", own))
        for name, refs in groups:
            blocks += [Block(), Block(f"{name} ({len(refs)})", "bold magenta")]
            if not refs:
                blocks.append(Block("  nothing", "dim"))
            pad = max((len(r["from"]) for r in refs), default=0)
            for ref in refs:
                label = ref["from"].ljust(pad)
                blocks.append(_block(label, _in_context(doc, ref), 1, bold=ref["text"], label_style="cyan"))
                if name == "Cites":
                    for target in ref["targets"]:
                        blocks.append(_block(" " * pad, "→ " + _titled(doc, target), 1, style="green"))
                else:
                    owner = doc.get(ref["from"])
                    owner = owner.article or owner
                    blocks.append(_block(" " * pad, f"in {citation(owner.id)}  {owner.title}".rstrip(), 1, style="dim"))
        notes = entry["annotated_by"]
        blocks += [Block(), Block(f"Annotated by ({len(notes)})", "bold magenta")]
        if not notes:
            blocks.append(Block("  nothing", "dim"))
        blocks += _labelled([(note, f"{citation(note)}, on {doc.get(note).title}") for note in notes], 1)
    _emit(blocks, page=True)


def show_hits(doc: Document, hits, more: int = 0) -> None:
    """Print search hits: citation, the article's title, the snippet with «matches» marked; the hits that
    lack a word of the query under their own heading, each saying which; and how many more there are."""
    blocks: list[Block] = []
    for n, hit in enumerate(hits):
        if hit.missing and (n == 0 or not hits[n - 1].missing):
            if n:
                blocks.append(Block())
            blocks.append(Block("Units with every word but one", "bold magenta"))
        line = _headline(hit.citation, hit.title)
        if hit.missing:
            line.append(f"  (without {', '.join(hit.missing)})", "dim")
        if hit.via:
            line.append(f"  (via {hit.via})", "dim")
        blocks.append(line)
        snippet = _block("", hit.snippet, 1)
        snippet.highlight(r"«[^»]*»", "bold yellow")
        blocks.append(snippet)
    if more:
        blocks += [Block(), Block(f"{more} more: --limit N or --all prints them", "dim")]
    _emit(blocks, page=True)


def show_definitions(doc: Document, entries: list[dict], full: bool, uses: bool) -> None:
    """A term's definition (and its uses), or the list of defined terms."""
    blocks: list[Block] = []
    if not full:
        pad = max((len(e["term"]) for e in entries), default=0)
        for e in entries:
            line = Block(e["term"].ljust(pad), "bold").append("  ").append(e["id"], "cyan")
            if uses:
                line.append(f"  used in {len(e['uses'])} units", "dim")
            blocks.append(line)
        _emit(blocks, page=True)
        return
    for e in entries:
        unit = doc.get(e["id"])
        blocks += [_headline(citation(unit.id), unit.article_title), Block()]
        blocks += _body(doc, unit)
        notes = [n for n in doc.notes_on(unit) if n != unit.id]
        if notes:
            blocks += [Block(), Block("Interpretative notes", "bold magenta")]
            blocks += [_block(note.label, note.text, 0) for note in map(doc.get, notes)]
        if uses:
            blocks += [Block(), Block(f"Used in ({len(e['uses'])})", "bold magenta")]
            blocks += _labelled([(uid, citation(uid)) for uid in e["uses"]], 1)
    _emit(blocks, page=True)


def show_citations(doc: Document, found: list[dict]) -> None:
    """`uncc cite`: each citation with its place, its words and what it names, or why it names nothing; one that
    nothing names as this Convention's is marked "(unqualified)", another instrument's says whose it is."""
    blocks: list[Block] = []
    places = [_place(c) for c in found]
    pad = max(map(len, places), default=0)
    for c, place in zip(found, places, strict=True):
        words = " ".join(c["text"].split())
        if c.get("by") == "default":
            words += "  (unqualified)"
        blocks.append(_block(place.ljust(pad), words, 0, label_style="cyan"))
        if "instrument" in c:
            blocks.append(_block(" " * pad, f"· {c['instrument']}, not this Convention", 0, style="dim"))
        if "error" in c:
            blocks.append(_block(" " * pad, "✗ " + c["error"], 0, style="red"))
        for uid in c.get("targets", ()):
            blocks.append(_block(" " * pad, "→ " + _titled(doc, uid), 0, style="green"))
    _emit(blocks, page=True)


def _place(c: dict) -> str:
    """Where a citation stands: line:column in text; page and line in a PDF; paragraph or note in Word."""
    where = c.get("where")
    if not where:
        return f"{c['line']}:{c['column']}"
    if "page" in where:
        return f"p. {where['page']}:{where['line']}"
    key = next(iter(where))
    return {"paragraph": "¶", "footnote": "fn.", "endnote": "en."}.get(key, key) + f" {where[key]}"


def show_statements(doc: Document, found: list[dict]) -> None:
    """`uncc provisions`: each statement under its unit, its party, force and kind, and the deciding words."""
    blocks: list[Block] = []
    last = None
    for s in found:
        if s["id"] != last:
            if last is not None:
                blocks.append(Block())
            blocks.append(_headline(citation(s["id"]), doc.get(s["id"]).article_title))
            last = s["id"]
        blocks.append(_block("", f"{s['actor']} · {s['force']} · {s['kind']}", 1, style="magenta"))
        blocks.append(_block("", f"“{s['words']}”", 2))
    _emit(blocks, page=True)


def show_checklist(doc: Document, rows: list[dict]) -> None:
    """`uncc checklist`: a State Party's items, by role, chapter by chapter."""
    from uncc.checklist import LEFT_OUT, role

    blocks: list[Block] = [Block("Implementation checklist for a State Party", "bold"), _block("", LEFT_OUT, 0)]
    heading = chapter = None
    for row in rows:
        if role(row) != heading:
            heading, chapter = role(row), None
            blocks += [Block(), Block(heading, "bold")]
        if row["chapter"] != chapter:
            chapter = row["chapter"]
            unit = doc.get(chapter) if chapter else None
            blocks += [
                Block(),
                _headline(unit.label, unit.title, "bold magenta", "bold magenta") if unit else Block("Other"),
            ]
        blocks.append(_block("[ ]", f"{row['citation']}  {tag(row)}", 1, label_style="dim"))
        blocks.append(_block("", f"“{row['words']}”", 2, style="dim"))
        if "have" in row:
            blocks.append(_block("", f"already: {row['have']}" if row["have"] else "new", 2, style="green"))
    _emit(blocks, page=True)


def counterpart(row: dict, shown: str) -> str:
    """A counterpart as a line says it: "Budapest Convention art. 16(1), Expedited preservation ... (same)",
    after the unit the row is for where that is not the unit `shown` ("Article 40, paragraph 21: ...")."""
    from uncc.layers.concordance import instruments

    where = f"art. {row['article']}" + (f"({row['paragraph']})" if row.get("paragraph") else "")
    unit = row.get("id", row.get("unit", shown))
    of = f"{citation(unit)}: " if unit != shown else ""
    return f"{of}{instruments()[row['instrument']]['short']} {where}, {row['title']} ({row['relation']})"


def show_comparison(doc: Document, found: list[dict]) -> None:
    """`uncc compare`: each unit with its counterparts in the other instruments, or each of their articles with
    its counterparts here."""
    from uncc.layers.concordance import instruments

    blocks: list[Block] = []
    for n, entry in enumerate(found):
        if n:
            blocks.append(Block())
        if "id" in entry:
            blocks.append(_headline(entry["citation"], entry["title"]))
            lines = [counterpart(row, entry["id"]) for row in entry["counterparts"]]
        else:
            short = instruments()[entry["instrument"]]["short"]
            where = f"art. {entry['article']}" + (f"({entry['paragraph']})" if "paragraph" in entry else "")
            blocks.append(_headline(f"{short} {where}", entry["title"]))
            lines = [
                f"→ {row['id']}  {row['citation']}  {row['title']}"
                + (f" (its paragraph {row['paragraph']})" if "paragraph" in row and "paragraph" not in entry else "")
                + f" ({row['relation']})"
                for row in entry["counterparts"]
            ]
        if not lines:
            blocks.append(_block("", "no counterpart", 1, style="dim"))
        for line in lines:
            blocks.append(_block("", line, 1))
    _emit(blocks, page=True)
