"""`uncc cite` on the files people have: Word, PDF and HTML made here with real writers, and files that are damaged,
encrypted, scanned or hostile."""

import io
import json
import zipfile

import pytest

W = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
NOTE_TYPES = {
    "footnote": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes",
    "endnote": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes",
}


def _notes_xml(kind: str, notes: list[str]) -> str:
    """A footnotes.xml or endnotes.xml part as Word writes it: two separator notes, then one note a text."""
    body = "".join(
        f'<w:{kind} w:id="{n}"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r>'
        f"</w:p></w:{kind}>"
        for n, text in enumerate(notes, 1)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s {W}>'
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        f"</w:{kind}>{body}</w:{kind}s>"
    )


def word(paragraphs: list[str], table: list[list[str]], footnotes=(), endnotes=()) -> bytes:
    """A .docx written by python-docx, with footnotes and endnotes added as Word adds them (python-docx cannot):
    the notes part, its relationship, its content type, and a reference run at the end of the first paragraph."""
    import docx

    document = docx.Document()
    document.add_paragraph(paragraphs[0])
    grid = document.add_table(rows=len(table), cols=len(table[0]))
    for i, row in enumerate(table):
        for j, text in enumerate(row):
            grid.cell(i, j).text = text
    for text in paragraphs[1:]:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    notes = {"footnote": list(footnotes), "endnote": list(endnotes)}
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if not item.filename.endswith((".xml", ".rels")):
                target.writestr(item, data)
                continue
            data = data.decode("utf-8")
            if item.filename == "word/document.xml":
                refs = "".join(
                    f'<w:r><w:{kind}Reference w:id="{n}"/></w:r>'
                    for kind, texts in notes.items()
                    for n in range(1, len(texts) + 1)
                )
                data = data.replace("</w:t></w:r>", "</w:t></w:r>" + refs, 1)
            elif item.filename == "word/_rels/document.xml.rels":
                rels = "".join(
                    f'<Relationship Id="rId{kind}" Type="{NOTE_TYPES[kind]}" Target="{kind}s.xml"/>'
                    for kind, texts in notes.items()
                    if texts
                )
                data = data.replace("</Relationships>", rels + "</Relationships>")
            elif item.filename == "[Content_Types].xml":
                types = "".join(
                    f'<Override PartName="/word/{kind}s.xml" ContentType="application/'
                    f'vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml"/>'
                    for kind, texts in notes.items()
                    if texts
                )
                data = data.replace("</Types>", types + "</Types>")
            target.writestr(item, data)
        for kind, texts in notes.items():
            if texts:
                target.writestr(f"word/{kind}s.xml", _notes_xml(kind, texts))
    return out.getvalue()


def pdf(pages: list[list[str]]) -> bytes:
    """A PDF written by fpdf2, one list of lines a page."""
    from fpdf import FPDF

    document = FPDF()
    document.set_font("Helvetica", size=11)
    for lines in pages:
        document.add_page()
        for line in lines:
            document.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(document.output())


def _cite(run, path, *args):
    result = run("cite", str(path), "--json", *args)
    assert result.status == 0, result.err
    return [json.loads(line) for line in result.lines]


def test_word_body_table_footnote_and_endnote(run, tmp_path):
    path = tmp_path / "draft.docx"
    path.write_bytes(
        word(
            ["Section 5 implements article 40, paragraph 15.", "Budapest art. 35 is the model of Art. 41."],
            [["Provision", "Source"], ["Section 6", "Article 42, paragraph 8"]],
            footnotes=["See article 17, paragraph 1 (a) (i).", "Ibid., art. 18."],
            endnotes=["Compare article 29 of the Budapest Convention and article 44."],
        )
    )
    got = [(c["text"], c.get("targets"), c["where"], c.get("instrument")) for c in _cite(run, path, "--all")]
    assert got == [
        ("article 40, paragraph 15", ["40.15"], {"paragraph": 1}, None),
        ("Article 42, paragraph 8", ["42.8"], {"paragraph": 5}, None),
        ("art. 35", None, {"paragraph": 6}, "Budapest Convention"),
        ("Art. 41", ["41"], {"paragraph": 6}, None),
        ("article 17, paragraph 1 (a) (i)", ["17.1.a.i"], {"footnote": 1}, None),
        ("art. 18", ["18"], {"footnote": 2}, None),
        ("article 29 of the Budapest Convention", None, {"endnote": 1}, "Budapest Convention"),
        ("article 44", ["44"], {"endnote": 1}, None),
    ]


def test_supra_note_in_word_points_to_the_footnote(run, tmp_path):
    path = tmp_path / "article.docx"
    path.write_bytes(
        word(
            ["Preservation is the first step.", "Supra note 1, art. 29 and supra note 2, art. 42 differ."],
            [["a", "b"]],
            footnotes=["Council of Europe Convention on Cybercrime, ETS No. 185, art. 16.", "Article 41."],
        )
    )
    got = [(c["text"], c.get("targets"), c.get("instrument")) for c in _cite(run, path, "--all")]
    assert got == [
        ("art. 29", None, "Budapest Convention"),
        ("art. 42", ["42"], None),
        ("art. 16", None, "Budapest Convention"),
        ("Article 41", ["41"], None),
    ]


def test_pdf_page_and_line(run, tmp_path):
    path = tmp_path / "commentary.pdf"
    path.write_bytes(
        pdf(
            [
                ["A commentary", "Article 37 closely follows UNTOC article 16."],
                ["Page two", "Nothing here", "The request must meet article 40, paragraph 15 (a) to (c)."],
            ]
        )
    )
    got = [(c["text"], c["targets"], c["where"]) for c in _cite(run, path)]
    assert got == [
        ("Article 37", ["37"], {"page": 1, "line": 2}),
        ("article 40, paragraph 15 (a) to (c)", ["40.15.a", "40.15.b", "40.15.c"], {"page": 2, "line": 3}),
    ]
    text = run("cite", str(path))
    assert text.out.startswith("p. 1:2 Article 37  (unqualified)")


def test_html_text_without_markup(run, tmp_path):
    path = tmp_path / "brief.html"
    path.write_text(
        "<!DOCTYPE html><html><head><title>article 99</title><script>var a = 'article 98';</script></head><body>"
        "<p>See <b>article 40</b>, paragraph 21 (b)&ndash;(c).</p><table><tr><th>UNCC</th><th>Budapest</th></tr>"
        "<tr><td>Art. 41</td><td>Art. 35</td></tr></table><p>Article 12 of the Constitution.</p></body></html>",
        encoding="utf-8",
    )
    got = [(c["text"], c.get("targets"), c.get("instrument")) for c in _cite(run, path, "--all")]
    assert got == [
        ("article 40, paragraph 21 (b)–(c)", ["40.21.b", "40.21.c"], None),  # the entity read as the dash it is
        ("Art. 41", ["41"], None),
        ("Art. 35", None, "Budapest Convention"),  # its column's heading says whose it is
        ("Article 12 of the Constitution", None, "Constitution"),
    ]


def test_table_column_headings_in_word_and_html(run, tmp_path):
    """A concordance table's other columns are the instruments their headings name, in Word as in HTML; a
    column whose heading names none is this Convention's; a spanning heading covers its columns."""
    rows = [
        ["UNCC", "Budapest equivalent", "UNTOC", "Comment"],
        ["Article 42", "Article 16", "—", "Article 43 follows"],
        ["Article 40(15)", "Article 27(2)", "Art. 18(15)", "cf. article 40, paragraph 21"],
    ]
    want = [
        ("Article 42", ["42"], None),
        ("Article 16", None, "Budapest Convention"),
        ("Article 43", ["43"], None),
        ("Article 40(15)", ["40.15"], None),
        ("Article 27(2)", None, "Budapest Convention"),
        ("Art. 18(15)", None, "UNTOC"),
        ("article 40, paragraph 21", ["40.21"], None),
    ]
    docx = tmp_path / "report.docx"
    docx.write_bytes(word(["The table compares the three."], rows))
    got = [(c["text"], c.get("targets"), c.get("instrument")) for c in _cite(run, docx, "--all")]
    assert got == want
    cells = lambda row, tag: "".join(f"<{tag}>{v}</{tag}>" for v in row)  # noqa: E731
    html = tmp_path / "report.html"
    html.write_text(
        "<p>The table compares the three.</p><table><thead><tr>" + cells(rows[0], "th") + "</tr></thead><tbody>"
        + "".join("<tr>" + cells(r, "td") + "</tr>" for r in rows[1:]) + "</tbody></table>",
        encoding="utf-8",
    )
    got = [(c["text"], c.get("targets"), c.get("instrument")) for c in _cite(run, html, "--all")]
    assert got == want
    spanning = tmp_path / "spanning.html"
    spanning.write_text(
        "<table><tr><th>This Convention</th><th colspan=2>Budapest Convention</th></tr>"
        "<tr><td>Art. 29</td><td>Art. 20</td><td>Art. 21</td></tr></table>",
        encoding="utf-8",
    )
    got = [(c["text"], c.get("instrument")) for c in _cite(run, spanning, "--all")]
    assert got == [("Art. 29", None), ("Art. 20", "Budapest Convention"), ("Art. 21", "Budapest Convention")]


def test_merged_cells_are_read_as_word_and_html_lay_them_out(run, tmp_path):
    """A heading merged across columns heads each of them, in Word as in HTML; a cell merged down rows moves the
    cells beside it in the rows below to the columns they stand in (HTML's rowspan)."""
    import docx

    document = docx.Document()
    grid = document.add_table(rows=3, cols=3)
    grid.cell(0, 0).text = "Provision"
    grid.cell(0, 1).merge(grid.cell(0, 2)).text = "Budapest Convention"
    for r, row in enumerate([["Article 42", "Article 16", "Article 17"], ["", "Art. 18", "Art. 19"]], 1):
        for c, text in enumerate(row):
            grid.cell(r, c).text = text
    grid.cell(1, 0).merge(grid.cell(2, 0))
    path = tmp_path / "merged.docx"
    document.save(path)
    got = [(c["text"], c.get("instrument")) for c in _cite(run, path, "--all")]
    budapest = "Budapest Convention"
    assert got == [("Article 42", None), ("Article 16", budapest), ("Article 17", budapest), ("Art. 18", budapest),
                   ("Art. 19", budapest)]  # fmt: skip
    html = tmp_path / "rowspan.html"
    html.write_text(
        "<table><tr><th>This Convention</th><th>Budapest Convention</th><th>UNTOC</th></tr>"
        "<tr><td rowspan=2>Art. 40</td><td>Art. 25</td><td>Art. 18</td></tr>"
        "<tr><td>Art. 27</td><td>Art. 16</td></tr>"
        "<tr><td colspan=2>Art. 41</td><td>Art. 17</td></tr>"
        "<tr><td>Art. 42</td><td rowspan=0>Art. 29</td><td>Art. 19</td></tr>"
        "<tr><td>Art. 43</td><td>Art. 20</td></tr></table>",
        encoding="utf-8",
    )
    got = [(c["text"], c.get("instrument")) for c in _cite(run, html, "--all")]
    assert got == [
        ("Art. 40", None), ("Art. 25", budapest), ("Art. 18", "UNTOC"),
        ("Art. 27", budapest), ("Art. 16", "UNTOC"),  # beside the cell above that spans two rows
        ("Art. 41", None), ("Art. 17", "UNTOC"),  # a cell across two columns is read under its first
        ("Art. 42", None), ("Art. 29", budapest), ("Art. 19", "UNTOC"),
        ("Art. 43", None), ("Art. 20", "UNTOC"),  # rowspan=0: to the table's end
    ]  # fmt: skip


def test_html_heading_rows_and_note_marks(run, tmp_path):
    """Two rows of headings: each column is its lower heading's; a note's mark in `sup` is not part of the number
    it follows."""
    path = tmp_path / "two.html"
    path.write_text(
        "<table><tr><th>This Convention</th><th colspan=2>Council of Europe</th></tr>"
        "<tr><th></th><th>Budapest Convention</th><th>Second Additional Protocol</th></tr>"
        "<tr><td>Art. 42</td><td>Art. 16</td><td>Art. 8</td></tr></table>"
        "<p>Article 2<sup>3</sup> and article 40, paragraph 2<sup><a href='#n7'>7</a></sup>; the 12<sup>th</sup>"
        " preambular paragraph.</p>",
        encoding="utf-8",
    )
    got = [(c["text"], c.get("targets"), c.get("instrument")) for c in _cite(run, path, "--all")]
    assert got == [
        ("Art. 42", ["42"], None), ("Art. 16", None, "Budapest Convention"),
        ("Art. 8", None, "Second Additional Protocol to the Budapest Convention"), ("Article 2", ["2"], None),
        ("article 40, paragraph 2", ["40.2"], None), ("12th preambular paragraph", ["preamble.12"], None),
    ]  # fmt: skip


def test_a_word_table_merged_across_more_columns_than_word_has_is_refused(run, tmp_path):
    """docx2python makes an empty cell for each column a merged cell spans: a planted span of millions is
    refused before it is read."""
    raw = word(["article 41"], [["a", "b"], ["article 42", "c"]])
    path = tmp_path / "spans.docx"
    path.write_bytes(_with_document(raw, "<w:tc><w:tcPr>", '<w:tc><w:tcPr><w:gridSpan w:val="2000000000"/>'))
    result = run("cite", str(path))
    assert result.status == 2 and "merged across more than 100,000 columns" in result.err
    assert result.err.count("\n") == 1


# (what the file is, its bytes, what the one line says)
BAD = [
    ("a damaged Word file", word(["article 41"], [["a"]])[:400], "damaged"),
    ("a zip that is not Word", None, "not a Word document"),
    ("a damaged PDF", b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 9 0 R >>", "PDF"),
    ("random bytes", bytes(range(256)) * 4, "is not a text, Markdown, HTML, Word (.docx) or PDF file"),
]


def _with_document(raw: bytes, old: str, new: str) -> bytes:
    """A Word file `raw` with the first `old` in its main part replaced by `new` (which it must hold)."""
    source = zipfile.ZipFile(io.BytesIO(raw))
    members = {i.filename: source.read(i.filename) for i in source.infolist()}
    document = members["word/document.xml"].decode("utf-8")
    assert old in document
    members["word/document.xml"] = document.replace(old, new, 1).encode("utf-8")
    return _zip(members)


def _zip(members: dict) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize("what, raw, said", BAD, ids=[b[0] for b in BAD])
def test_a_file_that_cannot_be_read_is_one_line_and_exit_2(run, tmp_path, what, raw, said):
    if raw is None:
        raw = _zip({"mimetype": "application/zip", "data.txt": "article 41"})
    path = tmp_path / "file.bin"
    path.write_bytes(raw)
    result = run("cite", str(path))
    assert result.status == 2
    assert result.err.startswith("uncc: error: ") and said in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err


def test_a_scanned_pdf_says_so(run, tmp_path):
    from fpdf import FPDF

    document = FPDF()
    document.add_page()
    document.rect(20, 20, 100, 60, style="F")  # a picture of a page, no text
    path = tmp_path / "scan.pdf"
    path.write_bytes(bytes(document.output()))
    result = run("cite", str(path))
    assert result.status == 2 and "no text layer" in result.err and result.err.count("\n") == 1


def test_an_encrypted_pdf_says_so(run, tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf([["Article 41"]]))))
    writer.encrypt(user_password="secret", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    path = tmp_path / "locked.pdf"
    path.write_bytes(out.getvalue())
    result = run("cite", str(path))
    assert result.status == 2 and "encrypted" in result.err


def test_a_word_file_that_would_unpack_too_far_is_refused(run, tmp_path, monkeypatch):
    from uncc.cite import sources

    monkeypatch.setattr(sources, "MAX_UNPACKED", 2**20)
    raw = _zip({"word/document.xml": "<w:document/>", "word/big.bin": b"\0" * (2 * 2**20)})
    assert len(raw) < 20_000  # small on disk, large unpacked
    path = tmp_path / "bomb.docx"
    path.write_bytes(raw)
    result = run("cite", str(path))
    assert result.status == 2 and "would unpack to more than 1 MB" in result.err


def test_a_word_file_declaring_entities_is_refused(run, tmp_path):
    raw = word(["article 41"], [["a"]])
    path = tmp_path / "entities.docx"
    path.write_bytes(
        _with_document(raw, "?>", '?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>')
    )
    result = run("cite", str(path))
    assert result.status == 2 and "declares a document type or entities" in result.err


def test_the_readers_load_only_for_the_file_that_needs_them(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "memo.txt"
    path.write_text("Article 41.\n", encoding="utf-8")
    code = (
        "import sys; from uncc.cli import main\n"
        "try: main(['cite', sys.argv[1], '--json'])\n"
        "except SystemExit: pass\n"
        "print(sorted(m for m in ('docx2python', 'pypdf', 'lxml', 'docx') if m in sys.modules), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    assert done.stderr.strip().endswith("[]")
