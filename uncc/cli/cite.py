"""`cite`: every citation of the Convention in a document, read from text, Markdown, HTML, Word or PDF.

No `from __future__ import annotations`: see uncc/cli/__init__.py.
"""

import sys
from typing import Annotated

import typer

from uncc.cli.app import Json, NoPager, _no_pager, _note, _print_json, app

_Document = Annotated[
    str,
    typer.Argument(
        metavar="[FILE]", help="A text, Markdown, HTML, Word (.docx) or PDF file; - or nothing reads stdin."
    ),
]


_Check = Annotated[bool, typer.Option("--check", help="Exit 1 if any citation of the Convention names nothing.")]


_Every = Annotated[bool, typer.Option("--all", help="List other instruments' citations too, each with its instrument.")]


_Annotate = Annotated[
    bool,
    typer.Option(
        "--annotate",
        help="Print the document with each citation linked to the HTML edition (Word and PDF: a list of links).",
    ),
]


_Base = Annotated[str, typer.Option("--base", metavar="URL", help="Where the HTML edition is, for --annotate's links.")]


@app.command(short_help="Every citation of the Convention in a document, resolved.")
def cite(
    file: _Document = "-",
    check: _Check = False,
    every: _Every = False,
    annotate: _Annotate = False,
    base: _Base = "uncc.html",
    as_json: Json = False,
    no_pager: NoPager = False,
) -> None:
    """Find every citation of the Convention in a document (a draft law, a request, a commentary) and resolve it.

    A citation is another instrument's only when something at it says so
    ("article 29 of the Budapest Convention", "Budapest art. 29", "Ibid." after
    one, a table column headed "Budapest"); an unqualified one is this
    Convention's, and marked so. The document's own parts ("footnote 3",
    "chapter 3 of this report") and relative citations ("paragraph 3") are left out.

    Example: uncc cite draft-law.md   |   uncc cite memo.docx --json   |   uncc cite --annotate brief.md
    """
    _no_pager(no_pager)
    from uncc.cite.document import citations
    from uncc.store import load

    doc = load()
    source = _read_document(file)
    if source.encoding not in (None, "utf-8"):
        _note(f"uncc: read {'standard input' if file == '-' else file} as {_ENCODINGS[source.encoding]} text")
    found = citations(doc, source.text, every=every, notes=_notes(source), columns=source.heading)
    for c in found:
        where = source.where(c["start"])
        if where is not None:
            c["where"] = where
    if annotate:
        _annotated(doc, source, found, base)
    elif as_json:
        from functools import cache, partial

        from uncc.views import named

        unit = cache(partial(named, doc))  # each unit's once: a document cites the same units again and again
        _print_json({**c, "cited": [unit(uid) for uid in c.get("targets", ())]} for c in found)
    else:
        from uncc.render import show_citations

        show_citations(doc, found)
    if check and any("error" in c for c in found):
        raise typer.Exit(1)


_ENCODINGS = {"utf-8-sig": "UTF-8 (with a byte-order mark)", "utf-16": "UTF-16", "cp1252": "Windows-1252"}


def _notes(source) -> dict:
    """The span of each of a Word document's footnotes and endnotes, by the number it is cited by."""
    notes: dict = {}
    places = list(source.places) + [(len(source.text), {})]
    for (start, where), (end, _next) in zip(places, places[1:], strict=False):
        for key in ("footnote", "endnote"):
            if key in where:
                label = str(where[key])
                notes[label] = (notes.get(label, (start, end))[0], end)
    return notes


def _annotated(doc, source, found: list[dict], base: str) -> None:
    """`cite --annotate`: the document back with its citations linked, or for Word and PDF a list of them."""
    from uncc.cite import annotate

    links = annotate.links(doc, [c for c in found if "instrument" not in c], base)
    if source.format == "html":
        from uncc.cite.html import annotate as annotate_html

        out = annotate_html(source.html, links)
    elif source.format in ("docx", "pdf"):
        out = annotate.listing([c for c in found if "instrument" not in c], base)
    else:
        out = annotate.markdown(source.text, links)
    sys.stdout.write(out if out.endswith("\n") else out + "\n")


def _read_document(file: str):
    """The document as `uncc.cite.sources` reads it, or a one-line error."""
    from uncc.cite.sources import read
    from uncc.errors import UnccError

    limit = 64 * 2**20
    try:
        if file == "-":
            raw = sys.stdin.buffer.read(limit + 1)
        else:
            with open(file, "rb") as f:
                raw = f.read(limit + 1)
    except OSError as e:
        raise UnccError(f"cannot read {file}: {e.strerror or e}") from None
    if len(raw) > limit:
        raise UnccError(f"{file} is larger than {limit // 2**20} MB: give a document, not a stream")
    return read(raw, file)
