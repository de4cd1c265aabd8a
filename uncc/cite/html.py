"""An HTML document read as its text, and given back with its citations linked.

`read` parses the document with lxml's HTML parser (libxml2: no network, no
DTD loaded, no external entity resolved; comments and processing
instructions kept) and gives its text as a reader sees it:

- markup left out, character references decoded;
- runs of spaces, tabs and line ends collapsed to one space, and none at the
  start or end of a block (inside `pre` and `listing` they are kept);
- each block (p, div, li, h1-h6, td, th, tr, br, blockquote, section, ...)
  separated from the next by a blank line, so that a citation cannot run from
  one block or table cell into the next;
- what a reader does not see left out: head, script, style, template,
  noscript, title, textarea, svg, math, iframe and the like; and a note's
  mark in `sup` ("Article 2<sup>3</sup>" is article 2, not 23).

Every character of that text is mapped back to the lxml text node it comes
from (an element and "text" or "tail", and the offsets in that string).

`annotate` wraps each citation in `<a class="uncc-cite" href=... title=...>`,
or an error in `<mark class="uncc-error" title=...>`, piece by piece where a
citation runs across several text nodes ("article <i>40</i>" becomes
`<a ..>article </a><i><a ..>40</a></i>`), so that no element is moved or
broken and the markup stays valid. A citation is left as it is where a link
cannot stand: inside an existing `<a>` or `<button>`, in a form control, or in
text a table holds outside its cells; an error mark likewise, except that it
may stand inside a link. The rest of the document is serialized as lxml reads
it (its doctype kept); a fragment (no `<html>`, `<head>` or `<body>` of its
own) is given back as a fragment.

A document libxml2 cannot read whole (elements nested more than 256 deep) is refused with an UnccError
rather than given back cut short.

Only the standard library is imported here at the top: lxml is imported by the
functions that need it.
"""

from __future__ import annotations

import re
from array import array
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

# Elements whose start and end separate blocks of text.
BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "frameset",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "listing",
        "main",
        "menu",
        "nav",
        "ol",
        "optgroup",
        "option",
        "p",
        "pre",
        "search",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
# Elements whose content a reader does not see as the document's text.
HIDDEN = frozenset(
    [
        "head",
        "script",
        "style",
        "template",
        "noscript",
        "title",
        "textarea",
        "svg",
        "math",
        "iframe",
        "noembed",
        "noframes",
        "object",
        "xmp",
        "plaintext",
        "frame",
        "select",
    ]
)
# Elements in which white space is kept as it is.
PRE = frozenset({"pre", "listing"})
# Inside these no link may be added (an `a` cannot hold interactive content).
NO_LINK = frozenset({"a", "button", "select", "option", "optgroup", "datalist", "textarea", "audio", "video"})
# Inside these no mark either.
NO_MARK = frozenset({"select", "option", "optgroup", "datalist", "textarea"})
# Text directly inside these is not where an inline element may stand (a browser would move it).
NO_PHRASING = frozenset({"html", "head", "table", "thead", "tbody", "tfoot", "tr", "colgroup", "frameset"})

_SPACE = " \t\n\r\f"
_RUNS = re.compile(r"[ \t\n\r\f]+|[^ \t\n\r\f]+")
_WHOLE = re.compile(r"<(?:!doctype|html|head|body)[\s/>]", re.IGNORECASE)

BREAK = "\n\n"


class HtmlText:
    """What `read` gives: the document's text, and the way back from each of its characters to the markup."""

    def __init__(self, source: str):
        self.source = source
        self.text = ""
        self.tree = None  # the lxml ElementTree, or None for a document with no element at all
        self.fragment = False
        # The text nodes, in document order: (element, "text" | "tail"); lxml has no type stubs.
        self.nodes: list[tuple[Any, str]] = []
        # For each character of `text`: the index of its node in `nodes` (-1 for a block break) and the
        # offsets in that node's string of what it stands for (a collapsed space stands for a whole run).
        self._node = array("l")
        self._start = array("l")
        self._end = array("l")
        # Each table cell below a table's first row, with its column's heading: (start, end, start, end) of text.
        self.columns: tuple = ()

    def where(self, offset: int) -> tuple[Any, str, int] | None:
        """The text node the character at `offset` of `text` comes from: (element, "text" | "tail", offset in
        that string); None for a break between blocks."""
        index = self._node[offset]
        if index < 0:
            return None
        element, kind = self.nodes[index]
        return element, kind, self._start[offset]

    def pieces(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """The parts of text[start:end] in the markup: (node index, start, end in that node's string), in order."""
        out: list[list[int]] = []
        for i in range(max(start, 0), min(end, len(self.text))):
            index = self._node[i]
            if index < 0:
                continue
            if out and out[-1][0] == index:
                out[-1][2] = self._end[i]
            else:
                out.append([index, self._start[i], self._end[i]])
        return [(a, b, c) for a, b, c in out]


def _parser():
    import lxml.html

    # HTML is never given a DTD to load or an external entity to resolve: libxml2's HTML parser reads
    # neither, and no_network keeps it from fetching anything. The text is handed over as UTF-8 bytes with
    # that encoding named, so a <meta charset> or an XML declaration in it cannot make it read otherwise.
    return lxml.html.HTMLParser(
        encoding="utf-8",
        no_network=True,
        remove_comments=False,
        remove_pis=False,
        remove_blank_text=False,
        default_doctype=False,
        huge_tree=False,
        recover=True,
    )


def read(html: str) -> HtmlText:
    """The HTML document's text, as the module's docstring describes it, with the way back to its markup."""
    import lxml.etree

    doc = HtmlText(html)
    data = html.encode("utf-8", "surrogatepass").decode("utf-8", "replace").encode("utf-8")
    parser = _parser()
    try:
        root = lxml.etree.fromstring(data, parser) if data.strip() else None
    except lxml.etree.ParserError:
        root = None
    fatal = [e for e in parser.error_log if e.level_name == "FATAL"]
    if fatal:
        # libxml2 stops at a limit (elements nested more than 256 deep) and drops the rest: given back, the
        # document would lose it.
        from uncc.errors import UnccError

        message = fatal[0].message.split(", use XML_PARSE_HUGE")[0].strip()
        raise UnccError(f"cannot read the HTML document: {message} (line {fatal[0].line})")
    if root is None:
        return doc
    doc.tree = root.getroottree()
    doc.fragment = not _WHOLE.search(html)
    walk = _Walk(doc)
    walk.run(root)
    doc.columns = _columns(root, walk.cells)
    return doc


# Columns beyond this have no heading: no concordance table is wider, and a table of a million spanned columns
# costs nothing to read.
_COLUMNS = 64


def _columns(root, cells: dict) -> tuple:
    """For each cell of each table below its heading rows, its span of the text and its column's heading's, with
    the columns laid out as HTML lays them out (a cell spans `colspan` columns and `rowspan` rows). The heading
    rows are the first and each after it made of `th` only; a column's heading is the lowest of them that covers
    it ("Council of Europe" over "Budapest Convention | Second Protocol": each column's own)."""
    out = []
    for table in root.iter("table"):
        heads: list = [None] * _COLUMNS
        below: list[int] = [0] * _COLUMNS  # how many more rows each column is taken by a cell from a row above
        heading = True
        for r, tr in enumerate(tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table):
            row = [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
            heading = heading and (r == 0 or (bool(row) and all(c.tag.lower() == "th" for c in row)))
            column = 0
            for cell in row:
                while column < _COLUMNS and below[column]:
                    column += 1
                if column >= _COLUMNS:
                    break
                wide, deep = _span(cell, "colspan", 1000), _span(cell, "rowspan", 65534)
                span = cells.get(cell)
                for c in range(column, min(column + wide, _COLUMNS)):
                    below[c] = deep  # this row's own, counted down below
                    if heading and span and span[0] < span[1]:
                        heads[c] = span
                if not heading and span and heads[column] and span[0] < span[1]:
                    out.append((*span, *heads[column]))  # a cell across columns is read under its first
                column += wide
            below = [max(0, n - 1) for n in below]
    return tuple(sorted(set(out)))


def _span(cell, name: str, most: int) -> int:
    """A cell's colspan or rowspan, as HTML reads it: a number from 1 to `most` (0 rowspan: to the table's end)."""
    try:
        n = int(cell.get(name, "1"))
    except ValueError:
        return 1
    if name == "rowspan" and n == 0:
        return most
    return max(1, min(n, most))


_NOTE_MARK = re.compile(r"\s*[\d*†‡§¶,\s-]{1,12}\s*|\s*\[?\d{1,4}\]?\s*")


class _Walk:
    """Builds an HtmlText's text and its map, in one pass over the tree (without recursion: a document may
    nest deeper than Python's stack)."""

    def __init__(self, doc: HtmlText):
        self.doc = doc
        self.parts: list[str] = []
        self.length = 0
        self.broken = False  # a block boundary since the last character
        self.space: tuple[int, int, int] | None = None  # a run of white space not yet given: (node, start, end)
        self.pre = 0  # how many PRE elements we are inside
        self.cells: dict = {}  # each td and th: (start, end) of its text

    def run(self, root) -> None:
        stack: list[tuple[Any, bool]] = [(root, False)]
        while stack:
            element, closing = stack.pop()
            tag = element.tag if isinstance(element.tag, str) else None
            name = tag.lower() if tag else None
            if closing:
                if name in ("td", "th"):
                    start = self.cells[element]
                    self.cells[element] = (start + (len(BREAK) if start and self.length > start else 0), self.length)
                if name in BLOCKS:
                    self.block()
                if name in PRE:
                    self.pre -= 1
                if element is not root and element.tail:
                    self.add(element, "tail", element.tail)
                continue
            if name is None or name in HIDDEN or (name == "sup" and _NOTE_MARK.fullmatch("".join(element.itertext()))):
                # a comment or processing instruction, what is not seen, or a note's mark ("Article 2<sup>3</sup>"
                # is article 2 and note 3, not article 23)
                if element is not root and element.tail:
                    self.add(element, "tail", element.tail)
                continue
            if name in BLOCKS:
                self.block()
            if name in ("td", "th"):
                self.cells[element] = self.length
            if name in PRE:
                self.pre += 1
            if element.text:
                self.add(element, "text", element.text)
            stack.append((element, True))
            stack.extend((child, False) for child in reversed(element))
        self.doc.text = "".join(self.parts)

    def block(self) -> None:
        self.broken, self.space = True, None

    def add(self, element, kind: str, string: str) -> None:
        doc = self.doc
        index = len(doc.nodes)
        doc.nodes.append((element, kind))
        if self.pre:
            self.emit(string, index, 0)
            return
        for m in _RUNS.finditer(string):
            if m.group()[0] in _SPACE:
                if self.space is None and not self.broken and self.length:
                    self.space = (index, m.start(), m.end())
            else:
                self.emit(m.group(), index, m.start())

    def emit(self, string: str, index: int, offset: int) -> None:
        """Add `string`, which stands at `offset` in node `index`, after any break or space pending."""
        if self.broken:
            if self.length:
                self._put(BREAK, -1, [0] * len(BREAK), [0] * len(BREAK))
            self.broken = False
        elif self.space is not None:
            node, start, end = self.space
            self._put(" ", node, [start], [end])
        self.space = None
        n = len(string)
        self._put(string, index, range(offset, offset + n), range(offset + 1, offset + n + 1))

    def _put(self, string: str, index: int, starts, ends) -> None:
        doc = self.doc
        self.parts.append(string)
        self.length += len(string)
        doc._node.extend([index] * len(string))
        doc._start.extend(starts)
        doc._end.extend(ends)


def annotate(doc: HtmlText, links: Sequence[tuple[int, int, str | None, str | None]]) -> str:
    """The whole document serialized, each citation in `links` wrapped: `(start, end, href, title)` in offsets
    of `doc.text`, href None for an error (marked, not linked). `doc` itself is left as it was."""
    if doc.tree is None:
        return doc.source
    import copy

    tree = copy.deepcopy(doc.tree)
    # The copy's elements, matched to the original's by their place in document order.
    twin = dict(zip(map(id, doc.tree.getroot().iter()), tree.getroot().iter(), strict=False))
    wanted: dict[int, list[tuple[int, int, str | None, str | None]]] = {}
    last = -1
    for start, end, href, title in sorted(links, key=lambda link: (link[0], link[1])):
        if start < last or end <= start:
            continue  # overlapping an earlier one, or empty
        pieces = doc.pieces(start, end)
        if not pieces or not all(_may_wrap(doc.nodes[n], href is not None) for n, _, _ in pieces):
            continue
        last = end
        for index, a, b in pieces:
            wanted.setdefault(index, []).append((a, b, href, title))
    for index, spans in wanted.items():
        element, kind = doc.nodes[index]
        _wrap(twin[id(element)], kind, spans)
    return _serialize(tree, doc)


def _may_wrap(node: tuple[Any, str], link: bool) -> bool:
    element, kind = node
    holder = element if kind == "text" else element.getparent()
    if holder is None or not isinstance(holder.tag, str) or holder.tag.lower() in NO_PHRASING:
        return False
    barred = NO_LINK if link else NO_MARK
    return not any(isinstance(e.tag, str) and e.tag.lower() in barred for e in holder.iterancestors()) and (
        holder.tag.lower() not in barred
    )


def _wrap(element, kind: str, spans: list[tuple[int, int, str | None, str | None]]) -> None:
    """Wrap the spans (in order, apart) of the element's text or tail, each in its own new element."""
    string = element.text if kind == "text" else element.tail
    if kind == "text":
        holder, at = element, 0
    else:
        holder = element.getparent()
        at = holder.index(element) + 1
    previous = 0
    made = []
    for start, end, href, title in spans:
        if href is None:
            new = holder.makeelement("mark", {"class": "uncc-error"})
        else:
            new = holder.makeelement("a", {"href": href, "class": "uncc-cite"})
        if title:
            new.set("title", title)
        new.text = string[start:end]
        made.append((previous, start, new))
        previous = end
    before = string[: made[0][1]] or None
    if kind == "text":
        element.text = before
    else:
        element.tail = before
    for i, (_, _, new) in enumerate(made):
        following = made[i + 1][1] if i + 1 < len(made) else len(string)
        new.tail = string[spans[i][1] : following] or None
        holder.insert(at + i, new)


def _serialize(tree, doc: HtmlText) -> str:
    import lxml.etree

    def out(node) -> str:
        return lxml.etree.tostring(node, method="html", encoding="unicode")

    if doc.fragment:
        root = tree.getroot()
        parts = [root.text or ""]
        for child in root:
            if isinstance(child.tag, str) and child.tag.lower() in ("head", "body") and not child.attrib:
                inner = lxml.etree.tostring(child, method="html", encoding="unicode", with_tail=False)
                parts.append(re.sub(r"(?is)^<\w+>|</\w+>$", "", inner) + (child.tail or ""))
            else:
                parts.append(out(child))
        before = [out(x) for x in reversed(list(root.itersiblings(preceding=True)))]
        text = "".join(before + parts + [out(x) for x in root.itersiblings()])
    else:
        text = out(tree)
    if doc.source.endswith("\n") and not text.endswith("\n"):
        text += "\n"
    return text
