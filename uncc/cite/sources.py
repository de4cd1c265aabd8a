"""The files people give to `uncc cite`: text in any common encoding, Markdown, HTML, Word and PDF, read as text
with where each part of it stands.

What a file is comes from its bytes, not its name: a zip holding `word/document.xml` is Word, `%PDF-` is PDF,
text that starts with `<!doctype html` or `<html` (or a file named .html or .htm) is HTML, anything else must be
text. Each reader is imported only for the file that needs it (docx2python, pypdf, lxml).

- Word (docx2python, which reads the footnotes and endnotes python-docx does not): the body's paragraphs in
  order, a table's cells each as paragraphs, then each footnote and endnote; paragraphs are counted as
  docx2python gives them, empty ones included, cells in reading order. Every part is separated by a blank line,
  so a citation cannot run from one paragraph into the next.
- PDF (pypdf): page by page, each page's lines as pypdf extracts them; a PDF whose pages have no text is a scan.
- A file given by anyone: a Word file's XML may not declare a document type or entities (lxml, which docx2python
  parses with, would expand internal ones), its zip members are counted and their sizes bounded before any is
  unpacked, and a PDF is read only up to the size `uncc cite` accepts.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from uncc.errors import UnccError

# What a Word file may unpack to, in all, and how many parts it may have.
MAX_UNPACKED = 200 * 2**20
MAX_MEMBERS = 10_000


class UnreadableFile(UnccError):
    """A file that is none of the formats `cite` reads, or is damaged, encrypted or a scan."""


@dataclass(frozen=True)
class Source:
    """A document as read: its text, its format and encoding, and where each stretch of the text stands."""

    text: str
    format: str  # "text", "html", "docx", "pdf"
    encoding: str | None = None  # text and HTML: "utf-8", "utf-8-sig", "utf-16", "cp1252"
    places: tuple = ()  # (start offset, where), in order: {"page", "line"}, {"paragraph"}, {"footnote"}, ...
    html: object = field(default=None, compare=False)  # uncc.cite.html.HtmlText, for --annotate
    _starts: tuple = field(default=(), compare=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "_starts", tuple(start for start, _where in self.places))

    def where(self, offset: int) -> dict | None:
        """Where the character at `offset` stands in the file; None in plain text (its line and column say it)."""
        i = bisect.bisect_right(self._starts, offset)
        return dict(self.places[i - 1][1]) if i else None


def read(raw: bytes, name: str = "-") -> Source:
    """`raw` as the document it is; UnreadableFile, one line, when it cannot be read as one."""
    shown = "standard input" if name == "-" else name
    if raw.startswith(b"PK\x03\x04"):
        return _docx(raw, shown)
    if raw.startswith(b"%PDF-"):
        return _pdf(raw, shown)
    text, encoding = _decode(raw, shown)
    head = text.lstrip()[:15].lower()
    if head.startswith(("<!doctype html", "<html")) or name.lower().endswith((".html", ".htm")):
        from uncc.cite.html import read as read_html

        page = read_html(text)
        return Source(page.text, "html", encoding, html=page)
    return Source(text, "text", encoding)


def _decode(raw: bytes, shown: str) -> tuple[str, str]:
    """Text in UTF-8 (with or without a byte-order mark), UTF-16 (with one) or Windows-1252."""
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise _not_text(shown, f"byte {e.start + 3} is not UTF-8") from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise _not_text(shown, f"byte {e.start} is not UTF-16") from None
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        error = e
    if b"\x00" not in raw:
        try:
            return raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    raise _not_text(shown, f"byte {error.start} is not UTF-8, and it is not Windows-1252 text either")


def _not_text(shown: str, why: str) -> UnreadableFile:
    return UnreadableFile(
        f"{shown} is not a text, Markdown, HTML, Word (.docx) or PDF file ({why}): save it as one of those"
    )


def _docx(raw: bytes, shown: str) -> Source:
    import io
    import re
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        members = archive.infolist()
        if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_UNPACKED:
            raise UnreadableFile(
                f"{shown} would unpack to more than {MAX_UNPACKED // 2**20} MB or {MAX_MEMBERS} parts: "
                "it is not a Word document uncc reads"
            )
        names = {m.filename for m in members}
        if "word/document.xml" not in names:
            raise UnreadableFile(f"{shown} is a zip file but not a Word document (.docx): give the .docx itself")
        for member in members:
            if member.filename.endswith((".xml", ".rels")):
                with archive.open(member) as f:
                    # The declarations come before the root element: the first part of the member is enough.
                    if re.search(rb"<!(?:DOCTYPE|ENTITY)", f.read(4096)):
                        raise UnreadableFile(
                            f"{shown}: {member.filename} declares a document type or entities, which Word never "
                            "writes: the file is not a Word document uncc reads"
                        )
    except zipfile.BadZipFile as e:
        raise UnreadableFile(f"{shown} is a damaged zip file ({e}): save the Word document again") from None
    from docx2python import docx2python

    try:
        with docx2python(io.BytesIO(raw)) as content:
            body, footnotes, endnotes = content.body, content.footnotes, content.endnotes
    except Exception as e:  # docx2python and lxml raise many kinds on a damaged file
        why = " ".join(str(e).split())[:120] or type(e).__name__
        raise UnreadableFile(f"{shown} is a damaged Word document ({why}): save it again") from None
    parts: list[tuple[dict, str]] = []
    for n, paragraph in enumerate(_paragraphs(body), 1):
        parts.append(({"paragraph": n}, paragraph))
    for key, notes in (("footnote", footnotes), ("endnote", endnotes)):
        for number, paragraph in _notes(notes, key):
            parts.append(({key: number}, paragraph))
    return _joined(parts, "docx")


def _paragraphs(tables) -> list[str]:
    """docx2python's [table][row][cell][paragraph] as paragraphs in reading order, its note markers removed."""
    import re

    out = []
    for table in tables:
        for row in table:
            for cell in row:
                for paragraph in cell:
                    out.append(re.sub(r"----(?:foot|end)note\d+----", "", paragraph))
    return out


def _notes(tables, key: str) -> list[tuple[int, str]]:
    """Each note's paragraphs with its number: a note opens with "footnote3)\\t", and its next paragraphs follow it.
    Word's separator notes have no text and no number, and are left out."""
    import re

    out, number = [], None
    for paragraph in _paragraphs(tables):
        m = re.match(rf"{key}(\d+)\)\t ?", paragraph)
        if m:
            number = int(m.group(1))
            paragraph = paragraph[m.end() :]
        if number is not None:
            out.append((number, paragraph))
    return out


def _pdf(raw: bytes, shown: str) -> Source:
    import io
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about odd files are not the user's business
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFile(f"{shown} is an encrypted PDF: give a copy without a password")
        parts = []
        for page_number, page in enumerate(reader.pages, 1):
            for line_number, line in enumerate((page.extract_text() or "").split("\n"), 1):
                parts.append(({"page": page_number, "line": line_number}, line))
    except UnreadableFile:
        raise
    except (PdfReadError, Exception) as e:  # pypdf raises more than its own errors on a damaged file
        why = " ".join(str(e).split())[:120] or type(e).__name__
        raise UnreadableFile(f"{shown} is a damaged PDF ({why}): save or print it to PDF again") from None
    if not any(line.strip() for _where, line in parts):
        raise UnreadableFile(
            f"{shown} is a PDF with no text layer (a scan?): run it through OCR first, then cite the result"
        )
    return _joined(parts, "pdf", separator="\n")


def _joined(parts: list[tuple[dict, str]], fmt: str, separator: str = "\n\n") -> Source:
    """One text of the parts, and where each starts. PDF lines of a page are joined by a line break (a citation
    may wrap), pages and every other part by a blank line."""
    chunks, places, at, page = [], [], 0, None
    for where, text in parts:
        if chunks:
            sep = separator if where.get("page", page) == page else "\n\n"
            chunks.append(sep)
            at += len(sep)
        page = where.get("page")
        places.append((at, where))
        chunks.append(text)
        at += len(text)
    return Source("".join(chunks), fmt, None, tuple(places))
