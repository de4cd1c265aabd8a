"""uncc.cite.sources: the files given to `uncc cite`, made here with real writers (python-docx, fpdf2, pypdf), read
back with where each citation stands; and the files it refuses, each in one line."""

import io
import re
import subprocess
import sys
import zipfile

import pytest

from uncc.cite import sources
from uncc.cite.sources import Source, read
from uncc.errors import UnccError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
TYPES = "application/vnd.openxmlformats-officedocument.wordprocessingml."


# --- writers --------------------------------------------------------------------------------------------------------


def _notes_part(kind: str, notes: list) -> str:
    """footnotes.xml or endnotes.xml as Word writes it: its separator and continuation separator (ids -1 and 0),
    then each note: (id, text) or (id, text, type). A note's first run is its reference mark, then a space."""
    body = []
    for note in notes:
        number, text, *kind_of = note
        typed = f' w:type="{kind_of[0]}"' if kind_of else ""
        mark = f"<w:r><w:{kind}Ref/></w:r>" if not kind_of else ""
        body.append(
            f'<w:{kind}{typed} w:id="{number}"><w:p>{mark}<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p>'
            f"</w:{kind}>"
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:{kind}s {NS}>'
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        f"</w:{kind}>{''.join(body)}</w:{kind}s>"
    )


def _reference(kind: str, number, mark: str | None = None) -> str:
    """The run Word writes where the body refers to a note; with a custom mark, the mark follows in the run."""
    if mark is None:
        return (
            f'<w:r><w:rPr><w:rStyle w:val="{kind.title()}Reference"/></w:rPr><w:{kind}Reference w:id="{number}"/></w:r>'
        )
    return f'<w:r><w:{kind}Reference w:customMarkFollows="1" w:id="{number}"/><w:t>{mark}</w:t></w:r>'


def word(document, footnotes=(), endnotes=(), refs=None, parts=None) -> bytes:
    """A python-docx Document saved, with the notes python-docx cannot write added as Word adds them: the notes
    part, its relationship, its content-type override and the reference runs. `refs` maps a paragraph's text to
    the reference runs to put at its end; `parts` replaces or adds zip members."""
    buffer = io.BytesIO()
    document.save(buffer)
    notes = {"footnote": list(footnotes), "endnote": list(endnotes)}
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.decode("utf-8")
                for text, runs in (refs or {}).items():
                    at = data.index(f">{text}</w:t></w:r>") + len(f">{text}</w:t></w:r>")
                    data = data[:at] + runs + data[at:]
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.decode("utf-8").replace(
                    "</Relationships>",
                    "".join(
                        f'<Relationship Id="rId{kind}s" Type="{RELS}{kind}s" Target="{kind}s.xml"/>'
                        for kind, texts in notes.items()
                        if texts
                    )
                    + "</Relationships>",
                )
            elif item.filename == "[Content_Types].xml":
                data = data.decode("utf-8").replace(
                    "</Types>",
                    "".join(
                        f'<Override PartName="/word/{kind}s.xml" ContentType="{TYPES}{kind}s+xml"/>'
                        for kind, texts in notes.items()
                        if texts
                    )
                    + "</Types>",
                )
            if parts and item.filename in parts:
                data = parts[item.filename]
            target.writestr(item, data)
        for kind, texts in notes.items():
            if texts:
                target.writestr(f"word/{kind}s.xml", _notes_part(kind, texts))
        for name, data in (parts or {}).items():
            if name not in source.namelist():
                target.writestr(name, data)
    return out.getvalue()


def draft() -> bytes:
    """A draft law: a paragraph citing article 40 with a footnote and an endnote, a table, a last paragraph."""
    import docx

    document = docx.Document()
    document.add_paragraph("Section 5 implements article 40, paragraph 15.")
    table = document.add_table(rows=2, cols=2)
    for (i, j), text in {(0, 0): "Provision", (0, 1): "Source", (1, 0): "Section 6", (1, 1): "Art. 41"}.items():
        table.cell(i, j).text = text
    document.add_paragraph("")
    document.add_paragraph("The rest follows article 17.")
    return word(
        document,
        footnotes=[(1, "See article 42, paragraph 8."), (2, "Ibid., art. 18.")],
        endnotes=[(1, "Compare article 44.")],
        refs={
            "Section 5 implements article 40, paragraph 15.": _reference("footnote", 1) + _reference("endnote", 1),
            "The rest follows article 17.": _reference("footnote", 2),
        },
    )


def pdf(pages: list[list[str]], **encryption) -> bytes:
    """A PDF written by fpdf2, a list of lines a page."""
    from fpdf import FPDF

    document = FPDF()
    if encryption:
        document.set_encryption(**encryption)
    document.set_font("Helvetica", size=11)
    for lines in pages:
        document.add_page()
        for line in lines:
            document.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(document.output())


def a_zip(members: dict, level=None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


def at(source: Source, citation: str, nth: int = 1):
    """Where `citation` (its nth occurrence) stands, checking that it is in the text as it is."""
    offset = -1
    for _ in range(nth):
        offset = source.text.find(citation, offset + 1)
    assert offset >= 0, citation
    return source.where(offset)


def refused(raw: bytes, name: str = "file") -> str:
    with pytest.raises(UnccError) as e:
        read(raw, name)
    message = str(e.value)
    assert "\n" not in message and "\r" not in message, message
    assert isinstance(e.value, sources.UnreadableFile)
    return message


# --- Word -----------------------------------------------------------------------------------------------------------


def test_word_body_table_footnotes_and_endnotes():
    source = read(draft(), "draft.docx")
    assert (source.format, source.encoding, source.html) == ("docx", None, None)
    assert source.text == (
        "Section 5 implements article 40, paragraph 15.\n\nProvision\n\nSource\n\nSection 6\n\nArt. 41\n\n\n\n"
        "The rest follows article 17.\n\nSee article 42, paragraph 8.\n\nIbid., art. 18.\n\nCompare article 44."
    )
    assert at(source, "article 40, paragraph 15") == {"paragraph": 1}
    assert at(source, "Provision") == {"paragraph": 2}
    assert at(source, "Art. 41") == {"paragraph": 5}
    assert at(source, "article 17") == {"paragraph": 7}  # the empty paragraph before it is the 6th
    assert at(source, "article 42, paragraph 8") == {"footnote": 1}
    assert at(source, "art. 18") == {"footnote": 2}
    assert at(source, "article 44") == {"endnote": 1}
    assert source.places == (
        (0, {"paragraph": 1}),
        (48, {"paragraph": 2}),
        (59, {"paragraph": 3}),
        (67, {"paragraph": 4}),
        (78, {"paragraph": 5}),
        (87, {"paragraph": 6}),
        (89, {"paragraph": 7}),
        (119, {"footnote": 1}),
        (149, {"footnote": 2}),
        (166, {"endnote": 1}),
    )
    assert "----" not in source.text and "footnote1)" not in source.text


def test_where_bisects_the_places():
    source = read(draft(), "draft.docx")
    assert source.where(0) == {"paragraph": 1}
    assert source.where(45) == {"paragraph": 1}  # the paragraph's last character
    assert source.where(46) == source.where(47) == {"paragraph": 1}  # the blank line after it belongs to it
    assert source.where(48) == {"paragraph": 2}
    assert source.where(len(source.text) - 1) == {"endnote": 1}
    assert source.where(-1) is None
    where = source.where(0)
    where["paragraph"] = 99  # a copy: the source is not changed through it
    assert source.where(0) == {"paragraph": 1}


def test_word_notes_are_numbered_as_word_shows_them():
    """A note's id is not its number: LibreOffice starts at 2, Word's continuation notice takes an id, notes are
    numbered in the order the body refers to them, and a custom mark ("*") is the note's label."""
    import docx

    document = docx.Document()
    document.add_paragraph("First, article 41.")
    document.add_paragraph("Then article 42.")
    document.add_paragraph("The author.")
    raw = word(
        document,
        footnotes=[
            (1, "", "continuationNotice"),
            (2, "Second note: article 2."),
            (3, "First note: article 3."),
            (4, "Author note: article 4."),
        ],
        refs={
            "First, article 41.": _reference("footnote", 3),
            "Then article 42.": _reference("footnote", 2),
            "The author.": _reference("footnote", 4, mark="*"),
        },
    )
    source = read(raw, "notes.docx")
    assert source.text == (
        "First, article 41.\n\nThen article 42.\n\nThe author.*\n\n"
        "First note: article 3.\n\nSecond note: article 2.\n\nAuthor note: article 4."
    )
    assert at(source, "article 3") == {"footnote": 1}
    assert at(source, "article 2") == {"footnote": 2}
    assert at(source, "article 4.") == {"footnote": "*"}
    assert at(source, "article 41") == {"paragraph": 1}


def test_word_hyperlinks_and_symbols_are_their_text():
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    paragraph = document.add_paragraph("See ")
    rid = document.part.relate_to("https://example.org/uncc#a40", RELS + "hyperlink", is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "article 40"
    run.append(text)
    link.append(run)
    paragraph._p.append(link)
    paragraph.add_run(" and <b>article 41</b> as written")
    symbol = OxmlElement("w:r")
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), "Symbol")
    sym.set(qn("w:char"), "F0A7")
    symbol.append(sym)
    paragraph._p.append(symbol)
    source = read(word(document), "links.docx")
    assert source.text == "See article 40 and <b>article 41</b> as written\xa7"
    assert at(source, "article 40") == {"paragraph": 1}


def test_a_merged_cell_is_read_once():
    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Art. 41"
    source = read(word(document), "merged.docx")
    assert source.text.count("Art. 41") == 1
    assert at(source, "Art. 41") == {"paragraph": 1}


# --- PDF ------------------------------------------------------------------------------------------------------------


def test_pdf_page_and_line():
    raw = pdf(
        [
            ["A commentary", "Article 37 closely follows UNTOC article 16."],
            ["Page two", "Nothing here", "The request must meet article 40, paragraph 15.", "See also art. 41."],
        ]
    )
    source = read(raw, "commentary.pdf")
    assert (source.format, source.encoding) == ("pdf", None)
    assert source.text == (
        "A commentary\nArticle 37 closely follows UNTOC article 16.\n\n"
        "Page two\nNothing here\nThe request must meet article 40, paragraph 15.\nSee also art. 41."
    )
    assert at(source, "Article 37") == {"page": 1, "line": 2}
    assert at(source, "article 16") == {"page": 1, "line": 2}
    assert at(source, "article 40, paragraph 15") == {"page": 2, "line": 3}
    assert at(source, "art. 41") == {"page": 2, "line": 4}
    assert [where for _start, where in source.places] == [
        {"page": 1, "line": 1},
        {"page": 1, "line": 2},
        {"page": 2, "line": 1},
        {"page": 2, "line": 2},
        {"page": 2, "line": 3},
        {"page": 2, "line": 4},
    ]


def test_a_pdf_encrypted_without_a_user_password_is_read():
    source = read(pdf([["Article 41 applies."]], owner_password="owner"), "locked.pdf")
    assert source.text == "Article 41 applies."
    assert at(source, "Article 41") == {"page": 1, "line": 1}


def test_a_pdf_that_needs_a_password_is_refused():
    from pypdf import PdfReader, PdfWriter

    assert "is encrypted" in refused(pdf([["Article 41"]], owner_password="o", user_password="u"), "a.pdf")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf([["Article 41"]]))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    message = refused(out.getvalue(), "b.pdf")
    assert message == "b.pdf is encrypted with a password: give an unencrypted copy"


def test_a_pdf_with_no_text_is_a_scan():
    from fpdf import FPDF

    document = FPDF()
    document.add_page()
    document.rect(20, 20, 100, 60, style="F")  # a picture of a page, no text
    document.add_page()
    message = refused(bytes(document.output()), "scan.pdf")
    assert message == "scan.pdf is a PDF with no text layer (a scan?): run OCR on it first, then cite the result"


# --- text and HTML --------------------------------------------------------------------------------------------------

TEXT = "Article 41 \u2013 \u201cpreservation\u201d; article 40, paragraph 15.\n"


@pytest.mark.parametrize(
    "raw, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + TEXT.encode("utf-16-le"), "utf-16"),
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
    ids=["utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "cp1252"],
)
def test_text_in_each_encoding(raw, encoding):
    source = read(raw, "memo.md")
    assert source == Source(TEXT, "text", encoding, ())
    assert source.text.find("article 40") == 29  # the byte-order mark is no column
    assert source.where(29) is None


def test_cp1252_text_and_utf8_are_told_apart():
    assert read("Artículo 41".encode(), "-").encoding == "utf-8"
    assert read("Artículo 41".encode("cp1252"), "-").encoding == "cp1252"
    assert read(b"", "-") == Source("", "text", "utf-8", ())


def test_html_is_read_as_its_text():
    for name, raw in [
        ("brief.html", b"<p>See <b>article 40</b>.</p>"),
        ("-", b"\xef\xbb\xbf  <!DOCTYPE html><html><body><p>See <b>article 40</b>.</p></body></html>"),
        ("page.txt", b"\n<HTML><p>See <b>article 40</b>.</p></HTML>"),
    ]:
        source = read(raw, name)
        assert source.format == "html" and source.places == ()
        assert "See article 40." in source.text and "<b>" not in source.text
        assert source.html is not None and source.html.text == source.text
        assert source.where(source.text.find("article 40")) is None
    assert read(b"<p>See <b>article 40</b>.</p>", "notes.md").format == "text"  # by its name and start only
    assert read(b"<p>x</p>", "-").encoding == "utf-8"


# --- refused --------------------------------------------------------------------------------------------------------


def test_damaged_word_file():
    message = refused(draft()[:400], "draft.docx")
    assert message.startswith("draft.docx is a damaged zip file (") and "save or download" in message


def test_a_zip_that_is_not_word():
    message = refused(a_zip({"mimetype": "application/zip", "data.txt": "article 41"}), "data.zip")
    assert message == "data.zip is a zip file but not a Word document (.docx): give the .docx itself"
    assert "not a Word document" in refused(a_zip({}), "empty.zip")


def test_a_word_file_docx2python_cannot_read():
    message = refused(a_zip({"word/document.xml": "<w:document/>"}), "odd.docx")
    assert (
        message == "odd.docx is a damaged Word document (its relationships name no main document part): save it again"
    )
    message = refused(_with_document(lambda d: d[: len(d) // 2].encode()), "cut.docx")
    assert message.startswith("cut.docx is a damaged Word document (") and message.endswith("): save it again")


def test_damaged_pdf():
    raw = pdf([["Article 41"], ["Article 42"]])
    for cut in (raw[: len(raw) // 2], raw[:300], b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"):
        message = refused(cut, "cut.pdf")
        assert message.startswith("cut.pdf is a damaged PDF (") or "no text layer" in message


def test_damaged_pdf_prints_nothing(capfd):
    refused(pdf([["Article 41"]])[:700], "cut.pdf")  # pypdf logs "EOF marker not found"
    assert capfd.readouterr() == ("", "")


@pytest.mark.parametrize(
    "raw, why",
    [
        (bytes(range(256)) * 4, "byte 0 is a NUL byte, and there is no UTF-16 byte-order mark"),
        (b"Article 41\x00\x00", "byte 10 is a NUL byte, and there is no UTF-16 byte-order mark"),
        (b"\x89PNG\r\n\x1a\n\x81", "byte 0 is not UTF-8, and byte 8 is not Windows-1252 (0x81)"),
        (b"\xc9t\x01\x02\x03", "byte 0 is not UTF-8, and byte 2 is a control character"),
        (b"\xff\xfe\x00\xd8A\x00", "it starts as UTF-16 text, but byte 2 is not UTF-16"),
        (b"\xef\xbb\xbfArt\xe9", "it starts as UTF-8 text, but byte 6 is not UTF-8"),
        (b"\xff\xfe\x00\x00A\x00\x00\x00", "it is UTF-32 text; save it as UTF-8"),
    ],
    ids=["random", "nul", "png", "controls", "bad-utf-16", "bad-utf-8-sig", "utf-32"],
)
def test_binary_is_not_text(raw, why):
    assert refused(raw, "x.bin") == (
        f"x.bin is not a text, Markdown, HTML, Word (.docx) or PDF file ({why}): give it as one of those"
    )


def test_an_old_word_file():
    assert ".docx without a password" in refused(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504, "old.doc")


def test_standard_input_and_odd_names_in_messages():
    assert refused(b"\0", "-").startswith("standard input is not a text")
    assert refused(b"\0", "a\nb.txt").startswith("'a\\nb.txt' is not a text")


def test_a_zip_bomb_is_refused_before_it_is_unpacked(monkeypatch):
    monkeypatch.setattr(sources, "MAX_UNPACKED", 2**20)
    raw = a_zip({"word/document.xml": "<w:document/>", "word/media/big.bin": b"\0" * (2 * 2**20)})
    assert len(raw) < 20_000  # small on disk, large unpacked
    message = refused(raw, "bomb.docx")
    assert message == (
        "bomb.docx would unpack to more than 1 MB (2 MB): it is not a Word document uncc reads (a zip bomb?)"
    )


def test_a_zip_bomb_at_the_real_bound():
    members = {"word/document.xml": "<w:document/>", "word/media/zeros.bin": b"\0" * (sources.MAX_UNPACKED + 1)}
    raw = a_zip(members, level=1)
    del members
    assert len(raw) < 2 * 2**20
    assert "would unpack to more than 200 MB" in refused(raw, "bomb.docx")


def test_too_many_parts(monkeypatch):
    monkeypatch.setattr(sources, "MAX_MEMBERS", 10)
    raw = a_zip({"word/document.xml": "<w:document/>", **{f"word/{i}.xml": "<a/>" for i in range(10)}})
    assert refused(raw, "many.docx") == ("many.docx has 11 parts, more than the 10 a Word document uncc reads may have")


def _with_document(transform) -> bytes:
    """A Word file saying "Article 41." whose document.xml is changed by `transform`."""
    import docx

    document = docx.Document()
    document.add_paragraph("Article 41.")
    buffer = io.BytesIO()
    document.save(buffer)
    xml = zipfile.ZipFile(buffer).read("word/document.xml").decode("utf-8")
    return word(document, parts={"word/document.xml": transform(xml)})


ENTITIES = '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'


@pytest.mark.parametrize(
    "transform, why",
    [
        (lambda d: d.replace("?>", "?>" + ENTITIES, 1).encode(), "declares a document type or entities"),
        # after a comment longer than the first part read: the whole prolog is read, not its first bytes
        (
            lambda d: d.replace("?>", "?><!--" + "x" * 100_000 + "-->\n<?pi x?>" + ENTITIES, 1).encode(),
            "declares a document type or entities",
        ),
        (lambda d: ENTITIES.encode() + d.split("?>", 1)[1].encode(), "declares a document type or entities"),
        (
            lambda d: ('<?xml version="1.0" encoding="UTF-16"?>' + ENTITIES + d.split("?>", 1)[1]).encode("utf-16"),
            "is XML in an encoding other than UTF-8",
        ),
        (
            lambda d: re.sub("encoding=.UTF-8.", 'encoding="UTF-7"', d, count=1).encode(),
            "is XML in the encoding 'UTF-7'",
        ),
    ],
    ids=["doctype", "after-a-long-comment", "no-declaration", "utf-16", "utf-7"],
)
def test_word_xml_that_declares_entities_is_refused(transform, why):
    message = refused(_with_document(transform), "entities.docx")
    assert message == (
        f"entities.docx: word/document.xml {why}, which Word never writes: the file is not a Word document uncc reads"
    )


def test_an_entity_in_any_part_is_refused():
    import docx

    raw = word(
        docx.Document(),
        parts={"customXml/item1.xml": '<?xml version="1.0"?><!DOCTYPE x SYSTEM "file:///etc/passwd"><x/>'},
    )
    assert "customXml/item1.xml declares a document type" in refused(raw, "x.docx")


def test_word_xml_without_declarations_is_read():
    source = read(_with_document(lambda d: re.sub(r"\?>\s*", "?><!-- a comment --><?pi ?>\n", d, count=1).encode()))
    assert source.text == "Article 41."


# --- cost -----------------------------------------------------------------------------------------------------------


def test_importing_loads_only_the_standard_library():
    code = (
        "import sys, uncc.cite.sources; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('docx2python', 'pypdf', 'lxml', 'docx', 'fpdf')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    code = "import sys, uncc.cite.sources as s; s.read(b'Article 41'); print('pypdf' in sys.modules, 'lxml' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False False"
