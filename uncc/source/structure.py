"""Read the clean lines of the document into its tree of units.

The document is resolution 79/243 (its title, preamble, operative
paragraphs), then, annexed to it, the Convention (title, preamble, nine
chapters of articles, the testimonium and its footnote), then the
Convention's own annex of interpretative notes. Within an article the
structure comes from the labels themselves: "1." opens a paragraph, "(a)"
a subparagraph, "(i)" an item; a label counts only where it continues the
numbering in force, so a reference such as "paragraph 1 (a)" at the start of
a wrapped line is never taken for a new unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from uncc.errors import SourceError
from uncc.ids import ROMANS
from uncc.model import Unit
from uncc.schema import UNIT
from uncc.source.clean import Footnote, normalize, vocabulary

RESOLUTION_HEAD = re.compile(r"^(\d+/\d+\.)\s+(.*)$")
GENERAL_ASSEMBLY = re.compile(r"^The General Assembly,$")
MEETING = re.compile(r"^\d+(?:st|nd|rd|th) (?:\(resumed\) )?plenary meeting$")
DATE = re.compile(r"^\d{1,2} [A-Z][a-z]+ \d{4}$")
ANNEX = re.compile(r"^Annex$")
PREAMBLE = re.compile(r"^Preamble$")
AGREED = re.compile(r"^Have agreed as follows:$")
CHAPTER = re.compile(r"^Chapter ([IVXL]+)$")
ARTICLE = re.compile(r"^Article (\d+)$")
NOTE_HEADING = re.compile(r"^Articles? \d+")
TESTIMONIUM = re.compile(r"^IN WITNESS WHEREOF\b")
NUMBERED = re.compile(r"^(\d+)\.\s+(.*)$")
# A label opens a unit only when its text starts as a sentence does.
LETTERED = re.compile(r"^\(([a-z]{1,4})\)\s+(?=[A-Z“(])(.*)$")

# Where the words that close a list of items complete the whole paragraph
# rather than the subparagraph holding the items: in articles 29 and 30,
# "traffic data, in real time, ..." is the object of both subparagraph (a)
# and the items of (b). Everywhere else closing words after items belong
# to the subparagraph (11.1 (a), 23.3 (b)).
CLOSES_PARAGRAPH = {"29.1", "30.1"}


class ParseError(SourceError):
    """The text does not have the structure the parser expects."""


@dataclass
class _Draft:
    """A unit being read: its lines so far, before normalization."""

    unit: Unit
    text: list[str] = field(default_factory=list)
    tail: list[str] = field(default_factory=list)
    children: list[_Draft] = field(default_factory=list)


class _Lines:
    """The body lines with a cursor."""

    def __init__(self, lines: list[str]):
        self.lines = lines
        self.i = 0

    def peek(self) -> str | None:
        return self.lines[self.i].strip() if self.i < len(self.lines) else None

    def indented(self) -> bool:
        return self.lines[self.i][:1].isspace()

    def take(self) -> str:
        line = self.lines[self.i].strip()
        self.i += 1
        return line

    def expect(self, pattern: re.Pattern, what: str) -> re.Match:
        line = self.peek()
        m = pattern.match(line or "")
        if not m:
            raise ParseError(f"expected {what}, found {line!r}")
        self.i += 1
        return m

    def until(self, *stops: re.Pattern) -> list[str]:
        """Lines up to (not including) the first that matches a stop."""
        out = []
        while self.peek() is not None and not any(p.match(self.peek()) for p in stops):
            out.append(self.take())
        return out

    def heading_title(self) -> list[str]:
        """A heading's title: its first line and the unindented lines that wrap it."""
        out = [self.take()]
        while (
            (line := self.peek()) is not None
            and not self.indented()
            and not NUMBERED.match(line)
            and not LETTERED.match(line)
        ):
            out.append(self.take())
        return out


def unit_dict(unit: Unit) -> dict:
    """The unit as the data file holds it: keys in a fixed order, empty ones left out."""
    out = {}
    for key in UNIT:
        value = getattr(unit, key)
        if key == "children":
            value = [unit_dict(child) for child in value]
        if value:
            out[key] = value
    return out


def parse(lines: list[str], footnotes: list[Footnote]) -> dict:
    """The document's data (the resolution, the Convention, the annex) from its clean body lines.

    See `clean.body_lines`; `uncc.model.Document` reads what this returns.
    """
    vocab = vocabulary(lines + [f.text for f in footnotes])
    src = _Lines(lines)

    def norm(parts: list[str]) -> str:
        return normalize(parts, vocab)

    resolution = _resolution(src, norm)
    convention = _convention(src, footnotes, norm)
    annex = _annex(src, norm)
    _link_notes(convention.children, annex.children)
    return {"resolution": unit_dict(resolution), "convention": unit_dict(convention), "annex": unit_dict(annex)}


def _resolution(src: _Lines, norm) -> Unit:
    """Resolution 79/243: its title, preamble, operative paragraphs and closing."""
    head = src.expect(RESOLUTION_HEAD, "the resolution's number and title")
    title = [head.group(2)] + src.until(GENERAL_ASSEMBLY)
    resolution = Unit("resolution", "resolution", label=head.group(1), title=norm(title))
    preamble = Unit("resolution.preamble", "preamble", text=src.take())
    recitals = _recitals(src.until(NUMBERED), "resolution.preamble", norm)
    _adopt(preamble, recitals)
    operative = []
    body = src.until(MEETING)
    for number, chunk in _numbered(body):
        operative.append(Unit(f"resolution.{number}", "resolution-paragraph", label=f"{number}.", text=norm(chunk)))
    # The meeting and the date, each on its line as printed: the date is the closing's closing line.
    closing = Unit("resolution.closing", "closing", text=src.expect(MEETING, "the meeting").group(0))
    closing.tail = src.expect(DATE, "the date").group(0)
    _adopt(resolution, [preamble, *operative, closing])
    return resolution


def _convention(src: _Lines, footnotes: list[Footnote], norm) -> Unit:
    """The Convention, annexed to the resolution: its preamble, chapters, testimonium and footnotes."""
    convention_heading = src.expect(ANNEX, "the annex").group(0)
    convention_title = norm(src.until(PREAMBLE))
    preamble = Unit("preamble", "preamble", label=src.take(), text=norm([src.take()]))
    _adopt(preamble, _recitals(src.until(AGREED), "preamble", norm))
    preamble.tail = src.take()
    units = [preamble]
    while CHAPTER.match(src.peek() or ""):
        numeral = src.expect(CHAPTER, "a chapter").group(1)
        chapter = Unit(f"chapter.{numeral}", "chapter", label=f"Chapter {numeral}")
        chapter.title = norm(src.heading_title())
        articles = []
        while ARTICLE.match(src.peek() or ""):
            article_number = src.expect(ARTICLE, "an article").group(1)
            article_title = norm(src.heading_title())
            article_lines = src.until(ARTICLE, CHAPTER, TESTIMONIUM)
            articles.append(_article(article_number, article_title, article_lines, norm))
        _adopt(chapter, articles)
        units.append(chapter)
    testimonium = Unit("testimonium", "testimonium", text=norm(src.until(ANNEX)))
    units.append(testimonium)
    for footnote in footnotes:
        testimonium.footnotes.append(f"footnote.{footnote.number}")
        units.append(Unit(f"footnote.{footnote.number}", "footnote", label=footnote.number, text=norm([footnote.text])))
    convention = Unit("convention", "convention", label=convention_heading, title=convention_title)
    _adopt(convention, units)
    return convention


def _annex(src: _Lines, norm) -> Unit:
    """The Convention's annex: interpretative notes, under headings naming the articles they interpret. The first
    note under a heading holds it, as printed; every note has it as its title (uncc.model.Document)."""
    annex = Unit("annex", "annex", label=src.expect(ANNEX, "the annex of interpretative notes").group(0))
    annex.title = norm(src.until(NOTE_HEADING))
    notes: list[Unit] = []
    while src.peek() is not None:
        heading = norm([src.take()])
        interpreted = re.findall(r"\d+", heading.split(",")[0])
        for number, chunk in _numbered(src.until(NOTE_HEADING), len(notes) + 1):
            note = Unit(f"note.{number}", "note", label=f"{number}.", text=norm(chunk), articles=list(interpreted))
            note.heading = heading if not notes or notes[-1].articles != interpreted else ""
            notes.append(note)
    _adopt(annex, notes)
    return annex


def _adopt(parent: Unit, children: list[Unit]) -> None:
    parent.children = children
    for child in children:
        child.parent = parent


def _recitals(lines: list[str], prefix: str, norm) -> list[Unit]:
    """Recitals: each ends with a comma and the next starts a new line."""
    chunks: list[list[str]] = []
    for line in lines:
        if not chunks or (chunks[-1][-1].endswith(",") and line[:1].isupper()):
            chunks.append([line])
        else:
            chunks[-1].append(line)
    return [Unit(f"{prefix}.{n}", "recital", text=norm(chunk)) for n, chunk in enumerate(chunks, 1)]


def _numbered(lines: list[str], first: int = 1) -> list[tuple[int, list[str]]]:
    """Split lines at "1.", "2.", ... where each number follows the last."""
    out: list[tuple[int, list[str]]] = []
    for line in lines:
        m = NUMBERED.match(line)
        if m and int(m.group(1)) == first + len(out):
            out.append((first + len(out), [m.group(2)]))
        elif out:
            out[-1][1].append(line)
        else:
            raise ParseError(f"text before paragraph {first}: {line!r}")
    return out


def _next_letter(draft: _Draft) -> str:
    letters = [c.unit.label.strip("()") for c in draft.children if c.unit.kind == "subparagraph"]
    return chr(ord(letters[-1]) + 1) if letters else "a"


def _next_roman(draft: _Draft) -> str | None:
    count = sum(1 for c in draft.children if c.unit.kind == "item")
    return ROMANS[count] if count < len(ROMANS) else None


def _opens_list(draft: _Draft) -> bool:
    """Whether a list may start here: after a chapeau ending in ":" or at once."""
    text = " ".join(draft.text).rstrip()
    return (not text or text.endswith(":")) and not draft.children and not draft.tail


def _article(number: str, title: str, lines: list[str], norm) -> Unit:
    """An article from its body lines: paragraphs, subparagraphs, items, closing words."""
    article = _Draft(Unit(number, "article", label=f"Article {number}", title=title))
    stack = [article]  # the units open at this point, outermost first
    target = article.text  # where the next line of text goes
    pending = list(lines)
    while pending:
        line = pending.pop(0)
        m = NUMBERED.match(line)
        paragraphs = [c for c in article.children if c.unit.kind == "paragraph"]
        if m and int(m.group(1)) == len(paragraphs) + 1 and (paragraphs or not article.text):
            para = _Draft(Unit(f"{number}.{m.group(1)}", "paragraph", label=f"{m.group(1)}."))
            article.children.append(para)
            stack = [article, para]
            target = para.text
            pending.insert(0, m.group(2))
            continue
        m = LETTERED.match(line)
        if m:
            label, rest = m.group(1), m.group(2)
            opened = _open_sub(stack, label)
            if opened is not None:
                stack = opened
                target = stack[-1].text
                pending.insert(0, rest)
                continue
        if target is not stack[-1].tail and _closes_list(target, stack):
            owner = _tail_owner(stack)
            stack = stack[: stack.index(owner) + 1]
            target = owner.tail
        target.append(line)
    return _finish(article, norm)


def _open_sub(stack: list[_Draft], label: str) -> list[_Draft] | None:
    """The stack with a new subparagraph or item labelled `label`, or None.

    "(i)" is the trap: it is the ninth lettered subparagraph after "(h)" (as
    in article 2) and the first roman item under a chapeau ending in ":"
    (as in article 2 (e)), or directly after a label ("(a) (i) The ...").
    """
    for depth in range(len(stack) - 1, -1, -1):
        draft = stack[depth]
        if draft.unit.kind == "subparagraph":
            roman = _next_roman(draft)
            if label == roman and (label != "i" or _opens_list(draft)):
                item = _Draft(Unit(f"{draft.unit.id}.{label}", "item", label=f"({label})"))
                draft.children.append(item)
                return stack[: depth + 1] + [item]
        if draft.unit.kind in ("article", "paragraph"):
            if draft.unit.kind == "article" and any(c.unit.kind == "paragraph" for c in draft.children):
                return None
            if label == _next_letter(draft) and (label != "a" or _opens_list(draft)):
                sub = _Draft(Unit(f"{draft.unit.id}.{label}", "subparagraph", label=f"({label})"))
                draft.children.append(sub)
                return stack[: depth + 1] + [sub]
            return None
    return None


def _closes_list(target: list[str], stack: list[_Draft]) -> bool:
    """Whether a line of plain text here follows a finished list.

    Items of a list end in ";" (or "; and", "; or"); a line that is not a
    label after such an ending is the closing part of the unit that holds
    the list ("with the intent that ..." in 11.1 (a)).
    """
    if len(stack) < 2 or stack[-1].unit.kind not in ("subparagraph", "item") or not target:
        return False
    return re.search(r";(?:\s*(?:and|or))?$", target[-1]) is not None


def _tail_owner(stack: list[_Draft]) -> _Draft:
    holder = stack[-2]
    if holder.unit.kind == "subparagraph" and holder.unit.id.rsplit(".", 1)[0] in CLOSES_PARAGRAPH:
        return stack[-3]
    return holder


def _finish(draft: _Draft, norm) -> Unit:
    unit = draft.unit
    unit.text = norm(draft.text) if draft.text else ""
    unit.tail = norm(draft.tail) if draft.tail else ""
    _adopt(unit, [_finish(child, norm) for child in draft.children])
    return unit


def _link_notes(units: list[Unit], notes: list[Unit]) -> None:
    articles = {u.id: u for top in units for u in top.walk() if u.kind == "article"}
    for note in notes:
        for number in note.articles:
            if number not in articles:
                raise ParseError(f"note {note.id} interprets article {number}, which does not exist")
            articles[number].notes.append(note.id)
