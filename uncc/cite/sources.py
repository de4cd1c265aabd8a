"""The files people give to `uncc cite`, read as text with where each character of it stands.

What a file is comes from its bytes, not its name: a zip holding `word/document.xml` is Word, `%PDF-` is PDF, and
anything else must be text, which is HTML when the file is named .html or .htm or its text starts (after white
space) with `<!doctype html` or `<html`. Each reader is imported only for the file that needs it (docx2python,
pypdf, and lxml through uncc.cite.html): this module loads only the standard library.

- Text: UTF-8 ("utf-8"); UTF-8 with a byte-order mark ("utf-8-sig", the mark removed, so no column counts it);
  UTF-16 with a byte-order mark, either order ("utf-16", the mark removed); else Windows-1252 ("cp1252") when every
  byte is one it defines and none is a control character other than tab, line and page ends. A NUL byte with no
  UTF-16 byte-order mark is a binary file. `places` is empty and `where` None: a line and column say it.
- HTML: the text uncc.cite.html.read gives (markup left out); `html` is what it returned, for --annotate.
- Word (docx2python, which reads the footnotes and endnotes python-docx does not): the body's paragraphs in
  document order, a table's cells row by row, each of a cell's paragraphs a paragraph; then the footnotes, then
  the endnotes, each note's paragraphs in order. Every paragraph docx2python gives is counted, empty ones
  included (a cell that a merged cell covers counts as one empty paragraph), so `{"paragraph": n}` is the n-th.
  Parts are separated by a blank line, so a citation cannot run from one paragraph into the next.
  What docx2python writes into the text that the document does not show is taken out: its footnote and endnote
  markers (`----footnote2----`: nothing stands for them), images and their alt text; a hyperlink is its text, a
  Word symbol its character. Its list numbers ("1)\\t", "--\\t" for a bullet) are kept.
  `{"footnote": n}` and `{"endnote": n}` are the numbers Word shows: notes are numbered in the order the body
  refers to them (Word renumbers on every edit; a note's id in the file is not its number: files from Word with a
  continuation notice, or from LibreOffice, start at 2), Word's separator notes left out; a note with a custom
  mark (`customMarkFollows`, say "*") is given by that mark, a string, and takes no number. A note nothing refers
  to is not shown by Word: it is read only if it has text, by its id. Restarted or offset numbering (`numStart`,
  `numRestart`) and Roman or other formats are not followed: the number is the count.
- PDF (pypdf): page by page, each page's text as pypdf extracts it, split into lines; `{"page": p, "line": l}`,
  both from 1, for every line pypdf gives, empty ones included. A page's lines are joined by a line break (a
  citation may wrap), pages by a blank line. An encrypted PDF is opened with the empty password, as a viewer does;
  one that needs a password is refused, and so is one whose pages have no text (a scan).

A file given by anyone:
- A Word file's zip is opened only after its directory is checked: at most MAX_MEMBERS parts, unpacking to at
  most MAX_UNPACKED bytes in all (zipfile never unpacks a part beyond the size the directory gives it).
- docx2python parses with lxml's default parser (`etree.fromstring`): since lxml 5.0 it loads no external entity
  and no DTD and uses no network, but it expands entities a document declares internally (libxml2 bounds how far).
  So before docx2python sees the file, every part of it is checked up to its root element: a part that declares a
  document type or entities (`<!DOCTYPE`, which is where `<!ENTITY` stands), or is XML in an encoding other than
  UTF-8 or an ASCII-compatible one (where that declaration could not be seen), is refused. Word never writes either.
- Nothing here prints or exits: pypdf's and docx2python's warnings and log records are silenced while they read,
  and every failure is an UnreadableFile (an UnccError) of one line.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from uncc.errors import UnccError

# What a Word file may unpack to, in all, and how many parts it may have.
MAX_UNPACKED = 200 * 2**20
MAX_MEMBERS = 10_000


class UnreadableFile(UnccError):
    """A file that is none of the formats `cite` reads, or is damaged, encrypted, hostile or a scan."""


def _start(place: tuple) -> int:
    return place[0]


@dataclass(frozen=True)
class Source:
    """A document as read: its text, its format and encoding, and where each stretch of the text stands."""

    text: str  # the text citations are found in
    format: str  # "text", "html", "docx", "pdf"
    encoding: str | None  # text and HTML: "utf-8", "utf-8-sig", "utf-16", "cp1252"; Word and PDF: None
    places: tuple  # ((start offset, where), ...) in order of offset; () for text and HTML
    html: object = field(default=None, compare=False)  # HTML: what uncc.cite.html.read returned, for --annotate
    # Word and HTML tables: ((cell start, cell end, heading start, heading end), ...) in order of offset, each
    # cell below a table's first row with the span of the first row's cell of its column.
    columns: tuple = ()

    def where(self, offset: int) -> dict | None:
        """Where the character at `offset` stands: {"paragraph": n}, {"footnote": n}, {"endnote": n} or
        {"page": p, "line": l}; None for text and HTML (a line and column say it) and before the first place."""
        i = bisect.bisect_right(self.places, offset, key=_start)
        return dict(self.places[i - 1][1]) if i else None

    def heading(self, offset: int) -> tuple[int, int] | None:
        """The span of the heading of the table column the character at `offset` stands in, if it is in one."""
        i = bisect.bisect_right(self.columns, offset, key=_start)
        if i and offset < self.columns[i - 1][1]:
            return self.columns[i - 1][2:]
        return None


def read(raw: bytes, name: str = "-") -> Source:
    """`raw`, the bytes of the file `name` ("-": standard input), as the document it is; UnreadableFile, one line
    saying what is wrong and what would be right, when it cannot be read as one."""
    if not isinstance(raw, (bytes, bytearray)):
        raise TypeError(f"read() takes the file's bytes, not a {type(raw).__name__}")
    raw = bytes(raw)
    shown = _shown(name)
    if raw.startswith(b"PK\x03\x04"):
        return _docx(raw, shown)
    if raw.startswith(b"%PDF-"):
        return _pdf(raw, shown)
    if raw.startswith((b"PK\x05\x06", b"PK\x07\x08")):
        raise UnreadableFile(f"{shown} is a zip file but not a Word document (.docx): give the .docx itself")
    if raw.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise UnreadableFile(
            f"{shown} is an old-style Office file (a Word 97-2003 .doc, or a Word document with a password): "
            "save it as a .docx without a password"
        )
    try:
        text, encoding = _decode(raw, shown)
    except UnreadableFile:
        if b"%PDF-" in raw[:1024]:  # a PDF with bytes before its header, which readers accept
            return _pdf(raw, shown)
        raise
    head = text.lstrip()[:14].lower()
    if head.startswith(("<!doctype html", "<html")) or name.lower().endswith((".html", ".htm")):
        from uncc.cite.html import read as read_html

        page = read_html(text)
        return Source(page.text, "html", encoding, (), page, page.columns)
    return Source(text, "text", encoding, ())


def _shown(name: str) -> str:
    """The file as a message names it, on one line."""
    if name == "-":
        return "standard input"
    from uncc.errors import CONTROL, shown

    return shown(name) if CONTROL.search(name) else name


def _why(e: BaseException) -> str:
    """A library's exception as a short clause of a one-line message."""
    from uncc.errors import CONTROL

    why = CONTROL.sub(" ", str(e))
    why = " ".join(why.split()) or type(e).__name__
    return why if len(why) <= 100 else why[:97] + "..."


# --- text ---------------------------------------------------------------------------------------------------------

# C0 controls a text file does not have (tab, line feed, vertical tab, form feed, carriage return, and the
# DOS end-of-file and escape bytes, are allowed).
_BINARY_CONTROLS = bytes(set(range(32)) - {9, 10, 11, 12, 13, 26, 27})


def _decode(raw: bytes, shown: str) -> tuple[str, str]:
    """Text in UTF-8 (with or without a byte-order mark), UTF-16 (with one) or Windows-1252, and which."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise _not_text(shown, "it is UTF-32 text; save it as UTF-8")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise _not_text(shown, f"it starts as UTF-16 text, but byte {e.start} is not UTF-16") from None
    if b"\x00" in raw:
        at = raw.index(b"\x00")
        raise _not_text(shown, f"byte {at} is a NUL byte, and there is no UTF-16 byte-order mark")
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise _not_text(shown, f"it starts as UTF-8 text, but byte {e.start + 3} is not UTF-8") from None
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        error = e.start
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as e:
        raise _not_text(
            shown, f"byte {error} is not UTF-8, and byte {e.start} is not Windows-1252 (0x{raw[e.start]:02X})"
        ) from None
    control = next((i for i, b in enumerate(raw) if b in _BINARY_CONTROLS), None)
    if control is not None:
        raise _not_text(shown, f"byte {error} is not UTF-8, and byte {control} is a control character")
    return text, "cp1252"


def _not_text(shown: str, why: str) -> UnreadableFile:
    return UnreadableFile(
        f"{shown} is not a text, Markdown, HTML, Word (.docx) or PDF file ({why}): give it as one of those"
    )


# --- Word -----------------------------------------------------------------------------------------------------------


def _docx(raw: bytes, shown: str) -> Source:
    _check_zip(raw, shown)
    body, spanned, notes, custom = _read_docx(raw, shown)
    parts: list[tuple[dict, str]] = []
    referred: list[tuple[str, str]] = []  # (kind, id) of each note reference, in document order
    cells: dict[tuple[int, int, int], list[int]] = {}  # (table, row, column) -> its parts, in a real table
    for t, table in enumerate(body):
        real = len(table) > 1 or any(len(row) > 1 for row in table)  # docx2python wraps other paragraphs as 1x1
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                for runs in cell:
                    if real:
                        cells.setdefault((t, r, c), []).append(len(parts))
                    parts.append(({"paragraph": len(parts) + 1}, _paragraph(runs, referred)))
    parts += _note_parts(notes, referred, custom)
    source = _joined(parts, "docx")
    return _with_columns(source, cells, len(parts), spanned)


def _check_zip(raw: bytes, shown: str) -> None:
    """UnreadableFile unless `raw` is a zip file a Word document can be: few parts, bounded when unpacked, a main
    part, nothing encrypted, and no part an XML parser must not read."""
    import io
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise UnreadableFile(
                f"{shown} has {len(members)} parts, more than the {MAX_MEMBERS} a Word document uncc reads may have"
            )
        unpacked = sum(m.file_size for m in members)
        if unpacked > MAX_UNPACKED:
            raise UnreadableFile(
                f"{shown} would unpack to more than {_size(MAX_UNPACKED)} ({_size(unpacked)}): "
                "it is not a Word document uncc reads (a zip bomb?)"
            )
        if "word/document.xml" not in {m.filename for m in members}:
            raise UnreadableFile(f"{shown} is a zip file but not a Word document (.docx): give the .docx itself")
        for member in members:
            if member.flag_bits & 1:
                raise UnreadableFile(f"{shown} has encrypted parts: save the Word document without a password")
            if member.is_dir():
                continue
            with archive.open(member) as f:
                why = _unsafe_xml(f.read)
            if why:
                raise UnreadableFile(
                    f"{shown}: {_shown(member.filename)} {why}, which Word never writes: "
                    "the file is not a Word document uncc reads"
                )
    except UnreadableFile:
        raise
    except Exception as e:  # zipfile raises BadZipFile, zlib.error, EOFError, NotImplementedError, ...
        raise UnreadableFile(
            f"{shown} is a damaged zip file ({_why(e)}): save or download the Word document again"
        ) from None


def _read_docx(raw: bytes, shown: str) -> tuple:
    """What docx2python reads of a checked Word file: (the body's runs, the merged headings, each kind of note's
    runs, the custom note marks)."""
    import io

    docx2python = _library("docx2python", "docx2python", "Word").docx2python
    with _quiet("docx2python"):
        try:
            with docx2python(io.BytesIO(raw), duplicate_merged_cells=False) as content:
                _main_part(content)
                _spans(content, shown)
                notes = {"footnote": content.footnotes_runs, "endnote": content.endnotes_runs}
                return content.body_runs, _spanned(content.body_pars), notes, _custom_marks(content)
        except UnreadableFile:
            raise
        except Exception as e:  # docx2python and lxml raise many kinds on a damaged file
            raise UnreadableFile(f"{shown} is a damaged Word document ({_why(e)}): save it again") from None


def _note_parts(notes: dict, referred: list[tuple[str, str]], custom: dict) -> list[tuple[dict, str]]:
    """Each note's paragraphs, labelled as Word shows them (numbered in the order first referred to, or by its
    custom mark), referred ones first, then those nothing refers to."""
    labels: dict[tuple[str, str], object] = {}
    first: dict[tuple[str, str], int] = {}  # where each note is first referred to
    count = {"footnote": 0, "endnote": 0}
    for i, (kind, number) in enumerate(referred):
        if (kind, number) not in labels:
            first[kind, number] = i
            if (kind, number) in custom:
                labels[kind, number] = custom[kind, number]
            else:
                count[kind] += 1
                labels[kind, number] = count[kind]
    parts: list[tuple[dict, str]] = []
    for kind, tables in notes.items():
        read_notes = _notes(tables, kind)
        shown_order = sorted(
            (number for number in read_notes if (kind, number) in labels),
            key=lambda number: first[kind, number],
        )
        unreferred = sorted(
            (number for number in read_notes if (kind, number) not in labels and "".join(read_notes[number]).strip()),
            key=int,
        )
        for number in shown_order + unreferred:
            label = labels.get((kind, number), int(number))
            for paragraph in read_notes[number]:
                parts.append(({kind: label}, paragraph))
    return parts


def _with_columns(source: Source, cells: dict[tuple[int, int, int], list[int]], count: int, spanned: set) -> Source:
    """`source` with the span of each Word table cell below the first row and that of its column's heading (a
    heading merged across columns, `spanned` the (table, column) of the first row that it covers, heads them
    all)."""
    starts = [at for at, _where in source.places] + [len(source.text) + 2]
    ends = [starts[i + 1] - 2 for i in range(count)]  # each part is followed by a blank line

    def span(key):
        indexes = cells[key]
        return starts[indexes[0]], ends[indexes[-1]]

    def head(t, c):
        while (t, c) in spanned and c:
            c -= 1
        return (t, 0, c) if (t, 0, c) in cells else None

    columns = []
    for (t, r, c) in cells:
        if r and (key := head(t, c)) is not None:
            columns.append((*span((t, r, c)), *span(key)))
    return Source(source.text, source.format, source.encoding, source.places, columns=tuple(sorted(columns)))


def _size(n: int) -> str:
    return f"{n // 2**20} MB" if n >= 2**20 else f"{n // 2**10} KB" if n >= 2**10 else f"{n} bytes"


# An XML document's first bytes in an encoding in which `<!DOCTYPE` is not those ASCII bytes: UTF-16 and UTF-32
# (with or without a byte-order mark) and EBCDIC. No image or other part of a Word file starts so.
_OTHER_ENCODINGS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff", b"\x00\x00\x00<", b"<\x00", b"\x00<", b"Lo\xa7\x94")


class _Prolog:
    """The bytes of a part read so far, read on as needed."""

    def __init__(self, read):
        self.read, self.buf, self.eof = read, bytearray(read(4096)), False

    def more(self) -> bool:
        chunk = b"" if self.eof else self.read(65536)
        self.eof = not chunk
        self.buf.extend(chunk)
        return bool(chunk)

    def find(self, what: bytes, at: int) -> int:
        start = at
        while True:
            end = self.buf.find(what, start)
            if end >= 0:
                return end
            start = max(at, len(self.buf) - len(what) + 1)
            if not self.more():
                return -1

    def skip_space(self, pos: int) -> int:
        """Where the white space at `pos` ends, with at least four bytes after it where the part has them."""
        buf = self.buf
        while True:
            while pos < len(buf) and buf[pos] in b" \t\r\n":
                pos += 1
            if pos < len(buf) or not self.more():
                break
        while len(buf) - pos < 4 and self.more():
            pass
        return pos


def _unsafe_xml(read) -> str | None:
    """Why a part of a Word file must not reach an XML parser, or None: it declares a document type (and with it
    entities), or it is XML in an encoding that hides that. Only what stands before the root element is read: a
    document type can stand nowhere else. A part that is not XML (an image) is None."""
    import re

    prolog = _Prolog(read)
    buf = prolog.buf
    if buf.startswith(_OTHER_ENCODINGS):
        return "is XML in an encoding other than UTF-8"
    pos = 3 if buf.startswith(b"\xef\xbb\xbf") else 0
    first = True
    while True:
        pos = prolog.skip_space(pos)
        if pos >= len(buf) or buf[pos] != 0x3C:  # "<"
            return None  # empty, or not XML: nothing a parser would read a declaration from
        if buf.startswith(b"<?", pos):
            end = prolog.find(b"?>", pos + 2)
            if end < 0:
                return None
            declaration = bytes(buf[pos : end + 2])
            if first and declaration.startswith(b"<?xml"):
                m = re.search(rb"""encoding\s*=\s*["']([^"']*)["']""", declaration)
                if m and not re.fullmatch(
                    rb"(?i)utf-?8|(?:us-)?ascii|iso[-_]?8859[-_]\d+|latin-?1|windows-125\d|cp125\d", m.group(1)
                ):
                    return f"is XML in the encoding {m.group(1).decode('ascii', 'replace')!r}"
            pos = end + 2
        elif buf.startswith(b"<!--", pos):
            end = prolog.find(b"-->", pos + 4)
            if end < 0:
                return None
            pos = end + 3
        elif buf.startswith(b"<!", pos):
            return "declares a document type or entities"
        else:
            return None  # the root element
        first = False


# The empty cells docx2python makes of merged ones, at most: Word tables are at most 63 columns wide.
MAX_SPANNED = 100_000


def _spans(content, shown: str) -> None:
    """Refuses a document whose merged table cells would be read as more empty cells than any Word document has
    (docx2python makes a cell for each column a cell spans)."""
    root = _main_root(content)
    if root is None:  # no such part, or a docx2python without it: not checked
        return
    w = _W
    total = 0
    for span in root.iter(f"{w}gridSpan"):
        value = span.get(f"{w}val", "1")
        total += int(value) - 1 if value.isascii() and value.isdigit() and len(value) < 10 else MAX_SPANNED + 1
        if total > MAX_SPANNED:
            raise UnreadableFile(
                f"{shown} has table cells merged across more than {MAX_SPANNED:,} columns in all "
                "(a Word table is at most 63 columns wide): it is not a Word document uncc reads"
            )


def _spanned(tables) -> set[tuple[int, int]]:
    """The (table, column) of each cell of a table's first row that a cell to its left covers (docx2python reads
    a merged cell as the cell and an empty one, with no paragraph of the file, for each further column)."""
    return {
        (t, c)
        for t, table in enumerate(tables)
        if table
        for c, cell in enumerate(table[0])
        if cell and all(getattr(p, "elem", True) is None for p in cell)
    }


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _main_root(content):
    """The main document part's XML root as docx2python parsed it, or None where it has none."""
    try:
        return content.docx_reader.file_of_type("officeDocument").root_element
    except Exception:  # no such part, or a docx2python without it
        return None


def _main_part(content) -> None:
    """A ValueError when the file names no main document part (docx2python would read it as an empty document)."""
    try:
        files_of_type = content.docx_reader.files_of_type
    except AttributeError:  # a docx2python without it: not checked
        return
    if not files_of_type("officeDocument"):
        raise ValueError("its relationships name no main document part")


def _custom_marks(content) -> dict[tuple[str, str], str]:
    """The notes the body refers to with a mark of its own ("*") rather than a number: {(kind, id): mark}."""
    root = _main_root(content)
    if root is None:  # no such part, or a docx2python without it: numbers only
        return {}
    w = _W
    out = {}
    for kind in ("footnote", "endnote"):
        for ref in root.iter(f"{w}{kind}Reference"):
            if ref.get(f"{w}customMarkFollows") in ("1", "true", "on"):
                mark = "".join(t.text or "" for t in ref.itersiblings(f"{w}t")).strip()
                out[kind, ref.get(f"{w}id", "")] = mark or ref.get(f"{w}id", "")
    return out


def _runs_by_paragraph(tables) -> list[list[str]]:
    """docx2python's [table][row][cell][paragraph][run] as paragraphs' runs, in reading order."""
    return [paragraph for table in tables for row in table for cell in row for paragraph in cell]


def _patterns():
    import re

    return (
        re.compile(r"----(footnote|endnote)(-?\d+)----"),  # a note reference
        re.compile(r"(footnote|endnote)(-?\d+)\)\t"),  # the start of a note
        re.compile(r"----Image alt text---->.*<|----[^\s]*\.[A-Za-z0-9]{2,5}----|----checkbox failed----", re.S),
        re.compile(r'<a href="[^"]*">(.*)</a>|<latex>(.*)</latex>', re.S),
        re.compile(r"<span style=font-family:[^>]*>&#x([0-9A-Fa-f]{1,6});</span>"),
    )


_PATTERNS: tuple = ()


def _paragraph(runs: list[str], referred: list | None = None) -> str:
    """A paragraph's text from docx2python's runs: what it adds that Word does not show taken out (each is a run
    of its own), a hyperlink as its text, a symbol as its character. Note references go to `referred`."""
    global _PATTERNS
    if not _PATTERNS:
        _PATTERNS = _patterns()
    reference, _note, hidden, wrapped, symbol = _PATTERNS
    out = []
    for run in runs:
        m = reference.fullmatch(run)
        if m:
            if referred is not None:
                referred.append((m.group(1), m.group(2)))
            continue
        if hidden.fullmatch(run):
            continue
        m = wrapped.fullmatch(run)
        if m:
            run = m.group(1) if m.group(1) is not None else m.group(2)
        if "<span style=font-family:" in run:
            run = symbol.sub(_symbol, run)
        out.append(run)
    return "".join(out)


def _symbol(m) -> str:
    code = int(m.group(1), 16)
    return chr(code) if code < 0x110000 and not 0xD800 <= code < 0xE000 else ""


def _notes(tables, kind: str) -> dict[str, list[str]]:
    """Each note's paragraphs by its id in the file: a note opens with docx2python's "footnote3)\\t" and its further
    paragraphs follow. Word's separator notes have no such opening, and are left out."""
    _paragraph([])  # the patterns
    opening = _PATTERNS[1]
    out: dict[str, list[str]] = {}
    number = None
    for runs in _runs_by_paragraph(tables):
        m = opening.fullmatch(runs[0]) if runs else None
        if m and m.group(1) == kind:
            number = m.group(2)
            text = _paragraph(runs[1:]).lstrip(" ")  # the space Word puts after the note's number
            out.setdefault(number, []).append(text)
        elif number is not None:
            out[number].append(_paragraph(runs))
    return out


# --- PDF ------------------------------------------------------------------------------------------------------------


def _pdf(raw: bytes, shown: str) -> Source:
    import io

    PdfReader = _library("pypdf", "pypdf", "PDF").PdfReader
    with _quiet("pypdf"):
        try:
            reader = PdfReader(io.BytesIO(raw))
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except Exception as e:  # pypdf.errors.DependencyError: AES needs the `cryptography` package
                    if type(e).__name__ == "DependencyError":
                        raise UnreadableFile(
                            f"{shown} is an encrypted PDF, and reading it needs the `cryptography` package: "
                            "install it (pip install cryptography), or give an unencrypted copy"
                        ) from None
                    opened = False
                if not opened:
                    raise UnreadableFile(f"{shown} is encrypted with a password: give an unencrypted copy")
            pages = [page.extract_text() or "" for page in reader.pages]
        except UnreadableFile:
            raise
        except Exception as e:  # pypdf raises more than its own errors on a damaged file
            raise UnreadableFile(f"{shown} is a damaged PDF ({_why(e)}): save or print it to PDF again") from None
    if not pages:
        raise UnreadableFile(f"{shown} is a PDF with no pages: give the document itself")
    if not any(text.strip() for text in pages):
        raise UnreadableFile(
            f"{shown} is a PDF with no text layer (a scan?): run OCR on it first, then cite the result"
        )
    parts = []
    for page_number, text in enumerate(pages, 1):
        for line_number, line in enumerate(text.split("\n"), 1):
            parts.append(({"page": page_number, "line": line_number}, line))
    return _joined(parts, "pdf")


# --- both -----------------------------------------------------------------------------------------------------------


def _library(module: str, package: str, what: str):
    """The reader `module`, or an UnreadableFile saying how to install it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise UnreadableFile(
            f"reading {what} files needs the Python package {package}: pip install {package}"
        ) from None


def _joined(parts: list[tuple[dict, str]], fmt: str) -> Source:
    """One text of the parts, and where each starts: a PDF's lines of one page joined by a line break, everything
    else (paragraphs, notes, pages) by a blank line."""
    chunks: list[str] = []
    places = []
    at = 0
    page = None
    for where, text in parts:
        if chunks:
            separator = "\n" if page is not None and where.get("page") == page else "\n\n"
            chunks.append(separator)
            at += len(separator)
        page = where.get("page")
        places.append((at, where))
        chunks.append(text)
        at += len(text)
    return Source("".join(chunks), fmt, None, tuple(places))


class _quiet:
    """While a reader works: its warnings ignored and its log records (`logger` and below) dropped, so that nothing
    reaches standard error. Python's last-resort handler would print them, the app having configured none."""

    def __init__(self, logger: str):
        self.logger = logger

    def __enter__(self):
        import logging
        import warnings

        self.warnings = warnings.catch_warnings()
        self.warnings.__enter__()
        warnings.simplefilter("ignore")
        self.log = logging.getLogger(self.logger)
        self.level = self.log.level
        self.log.setLevel(logging.CRITICAL + 1)

    def __exit__(self, *exc):
        self.log.setLevel(self.level)
        self.warnings.__exit__(*exc)
        return False
