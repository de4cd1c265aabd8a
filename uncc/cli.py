"""The command line: parse arguments, call the library, print, exit.

Only this module and render.py import typer or rich; rich is imported only
when a terminal wants coloured text, never for --json. No `from __future__
import annotations` here: typer would have to evaluate every annotation
string on each run, which costs more than the rest of `show --json`.
"""

import os
import sys
from typing import TYPE_CHECKING, Annotated, cast

import typer

from uncc import formats, schema

if TYPE_CHECKING:
    from typing import TextIO

    from uncc.compat import NoSuchOption

app = typer.Typer(
    name="uncc",
    help="Read, cite and query the United Nations Convention against Cybercrime.",
    add_completion=False,
    epilog="""\b
Examples:
  uncc show 41                         article 41, verbatim, with its notes
  uncc show "article 40, paragraph 21 (b)"
  uncc show 41 --json | jq .title      JSON Lines for scripts
  uncc toc                             chapters and article titles
  uncc refs 42                         what 42 cites, and what cites 42
  uncc resolve "articles 57, paragraph 5 (g), 61 and 62"
  uncc cite draft-law.md               every citation of the Convention in a document
  uncc search "dual criminality"       ranked full-text search
  uncc define "traffic data"           a defined term of article 2
  uncc build                           rebuild data/convention.yaml

\b
Units: 41, 40.21.b, 17.1.a.i, 2.f.iii, chapter.V, preamble.3, note.4,
resolution.5, or a citation as the text writes it.
Exit status: 0 success, 1 no search hits, 2 error.""",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from uncc import __version__

        print(f"uncc {__version__}")
        raise typer.Exit()


def _completion_script(value: str | None, install: bool) -> None:
    """--show-completion SHELL / --install-completion SHELL: the completion script of that shell."""
    if value is None:
        return
    from uncc import compat
    from uncc.errors import UnccError

    shell, shells = value, compat.completion_shells()
    if shell not in shells:
        raise UnccError(f"no completion for the shell {shell!r}: give one of {', '.join(shells)}")
    if install:
        shell, path = compat.install_completion(shell, prog_name="uncc", complete_var="_UNCC_COMPLETE")
        print(f"{shell} completion installed in {path}; it takes effect in a new shell")
    else:
        print(compat.completion_script(shell, prog_name="uncc", complete_var="_UNCC_COMPLETE"))
    raise typer.Exit()


def _completion_option(flag: str, what: str, install: bool):
    return typer.Option(
        flag,
        metavar="SHELL",
        is_eager=True,
        callback=lambda value: _completion_script(value, install),
        help=f"{what}: bash, zsh, fish or powershell.",
    )


@app.callback()
def _options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print uncc's version and exit.")
    ] = False,
    show_completion: Annotated[
        str | None, _completion_option("--show-completion", "Print the completion script for SHELL", install=False)
    ] = None,
    install_completion: Annotated[
        str | None, _completion_option("--install-completion", "Install completion for SHELL", install=True)
    ] = None,
) -> None:
    """Read, cite and query the United Nations Convention against Cybercrime."""


Json = Annotated[bool, typer.Option("--json", help="Print JSON Lines: one object per result.")]
NoPager = Annotated[bool, typer.Option("--no-pager", help="Do not page long output on a terminal.")]


def _no_pager(no_pager: bool) -> None:
    """--no-pager, for every command that may page: the printing reads it from the environment (UNCC_NO_PAGER,
    which a user may set too), so that it needs no argument of its own."""
    if no_pager:
        os.environ["UNCC_NO_PAGER"] = "1"


def _complete_ref(incomplete: str) -> list[str]:
    """Ids for shell completion: articles first, then every other unit."""
    from uncc.store import load

    doc = load()
    ids = [a.id for a in doc.articles] + [u for u in doc.units if not u.isdigit()]
    return [i for i in ids if i.startswith(incomplete)]


def _complete_term(incomplete: str) -> list[str]:
    """Defined terms for shell completion (each shell's quoting is `_completion_classes`')."""
    from uncc.store import load

    # In the case typed ("Traf" gives "Traffic data"): typer keeps only completions that begin with it.
    typed = len(incomplete)
    return [incomplete + e["term"][typed:] for e in load().definitions if e["term"].startswith(incomplete.lower())]


def _open_quote(word: str) -> int | None:
    """Where the quote that is still open at the end of a word as typed opens, if one is."""
    quote, at, i = None, None, 0
    while i < len(word):
        c = word[i]
        if c == "\\" and quote != "'":
            i += 2
            continue
        if quote is None and c in "'\"":
            quote, at = c, i
        elif c == quote:
            quote = None
        i += 1
    return at if quote else None


def _completion_classes() -> None:
    """typer's completion classes, and for bash one that quotes as bash inserts: readline puts a completion in
    place of the word as typed, so outside quotes a space is escaped ("traffic\\ data") and inside an opening
    quote it is not ('"traffic data')."""
    import re

    from uncc import compat

    def bash(value: str) -> str:
        words = os.environ.get("COMP_WORDS", "").split("\n")  # the script joins the words with newlines
        cword = int(os.environ.get("COMP_CWORD", "0") or 0)
        current = words[cword] if cword < len(words) else ""
        opened = _open_quote(current)
        if opened is not None:
            # Readline completes what follows the open quote: "traffic d, traffic" d, tr"af.
            before = current[:opened].replace("\\", "")
            return value[len(before) :] if value.startswith(before) else value
        return re.sub(r"([\s\\'\"$`&|;<>()*?!#~])", r"\\\1", value)

    compat.register_bash_completion(bash)


Refs = Annotated[
    list[str],
    typer.Argument(
        metavar="REF...",
        help="Units: 41, 40.21.b, 'article 40, paragraph 21 (b)', 'Art. 40(21)(b)', 'articles 7 to 16', 'chapter V'.",
        autocompletion=_complete_ref,
    ),
]


def _select(doc, refs: list[str], context: str | None = None) -> list[str]:
    """The ids every REF names, in the order given, each once; `context` is --in, the unit they are written in."""
    from uncc.cite import select

    where = _context(doc, context)
    return list(dict.fromkeys(uid for ref in refs for uid in select(doc, ref, where)))


def _context(doc, context: str | None) -> str | None:
    """The one unit --in names."""
    if context is None:
        return None
    from uncc.cite import select
    from uncc.errors import UnccError

    named = select(doc, context)
    if len(named) != 1:
        raise UnccError(f"--in takes one unit, and {context!r} names {len(named)}: give one, as in --in 41.1")
    return named[0]


In = Annotated[
    str | None,
    typer.Option(
        "--in",
        metavar="ID",
        help="The unit the references are written in, for 'this article' and 'paragraph 3'.",
        autocompletion=_complete_ref,
    ),
]


def _print_json(objects) -> None:
    write = _json_lines()
    for obj in objects:
        write(obj)


def _json_lines():
    """A function that prints one object as a line of JSON. JSON escapes what an output encoding other than UTF
    cannot hold: the same JSON, losslessly."""
    import json

    ascii_only = not (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("_", "-").startswith("utf")
    encode = json.JSONEncoder(ensure_ascii=ascii_only).encode
    write = sys.stdout.write
    return lambda obj: write(encode(obj) + "\n")


def _note(message: str) -> None:
    """A line for the user on stderr: never on stdout (even when stderr is closed), never a control character
    (a file name or a query may hold any), and never a failure of its own when stderr cannot be written."""
    from uncc.errors import CONTROL

    line = CONTROL.sub(lambda m: repr(m.group())[1:-1], message)
    try:
        if sys.stderr is not None:
            print(line, file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


@app.command(short_help="Print units verbatim, with their notes and references.")
def show(
    refs: Refs,
    context: In = None,
    as_json: Json = False,
    plain: Annotated[bool, typer.Option("--plain", help="Print each unit's text as plain lines, no layout.")] = False,
    no_pager: NoPager = False,
    as_quote: Annotated[
        bool, typer.Option("--quote", help="Print each unit as a quotation ready for a memo, with its citation.")
    ] = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="With --quote: a Markdown block quotation.")] = False,
) -> None:
    """Print units verbatim, with title, chapter, interpretative notes and the references they make.

    Example: uncc show 41   |   uncc show "article 40, paragraph 21 (b)"   |   uncc show 40.21.b 41 --json
    """
    from uncc.store import load

    doc = load()
    units = [doc.get(uid) for uid in _select(doc, refs, context)]
    if (as_quote or markdown) and as_json:
        from uncc.ids import citation, short_citation
        from uncc.model import full_text
        from uncc.render import quote_source

        _print_json(
            {"id": u.id, "citation": citation(u.id), "short_citation": short_citation(u.id), "quote": full_text(u),
             "source": quote_source(u)}
            for u in units
        )  # fmt: skip
    elif as_quote or markdown:
        from uncc.render import quote

        print("\n\n".join(quote(doc, u, markdown) for u in units))
    elif as_json:
        from uncc.views import node

        _print_json(node(doc, u) for u in units)
    elif plain:
        from uncc.ids import citation
        from uncc.model import full_text

        print("\n\n".join(f"{citation(u.id)}\n{full_text(u)}" for u in units))
    else:
        from uncc.render import show_units

        show_units(doc, units, page=not no_pager)


@app.command(short_help="Show what units cite and what cites them.")
def refs(
    units: Refs,
    context: In = None,
    external: Annotated[
        bool, typer.Option("--external", help="Leave out what cites them from inside their own article.")
    ] = False,
    as_json: Json = False,
    no_pager: NoPager = False,
) -> None:
    """Show what the units cite, and what cites them or any unit inside them: from elsewhere first, then from
    inside their own article.

    Example: uncc refs 42   |   uncc refs 40 --external   |   uncc refs 40.21 --json
    """
    _no_pager(no_pager)
    from uncc.store import load
    from uncc.views import references

    doc = load()
    found = [references(doc, doc.get(uid), external) for uid in _select(doc, units, context)]
    if as_json:
        _print_json(found)
    else:
        from uncc.render import show_references

        show_references(doc, found)


@app.command(short_help="Print the ids citations name.")
def resolve(
    texts: Annotated[
        list[str], typer.Argument(metavar="TEXT...", help="Citations, as written in the text or typed; - reads stdin.")
    ],
    context: In = None,
    as_json: Json = False,
) -> None:
    """Print the ids citations name, in document order.

    With -, read one citation a line from standard input and print one JSON
    object a line, errors included, without stopping.

    Example: uncc resolve "articles 57, paragraph 5 (g), 61 and 62"
             uncc resolve "paragraph 3 of this article" --in 41.1
             printf 'Art. 40(21)(b)\\narticle 99\\n' | uncc resolve -
    """
    from uncc.cite import select
    from uncc.errors import UnccError
    from uncc.store import load
    from uncc.views import resolved

    doc = load()
    where = _context(doc, context)
    if texts == ["-"]:
        write = _json_lines()
        # Standard input is read as UTF-8 bytes, whatever the locale says; a line that is not UTF-8 is an error
        # object like any other.
        for raw in sys.stdin.buffer:
            try:
                text = raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as e:
                text = raw.decode("utf-8", "replace").rstrip("\r\n")
                write(resolved(doc, text, where, [], f"the line is not UTF-8 text (byte {e.start})"))
                continue
            try:
                result = resolved(doc, text, where, select(doc, text, where))
            except UnccError as e:
                result = resolved(doc, text, where, [], str(e))
            write(result)
        return
    found = [resolved(doc, text, where, select(doc, text, where)) for text in texts]
    if as_json:
        _print_json(found)
    else:
        print("\n".join(uid for entry in found for uid in entry["targets"]))


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


_Query = Annotated[str, typer.Argument(metavar="QUERY", help='Words, "phrases", AND/OR/NOT, prefix*, NEAR(a b).')]
_Scope = Annotated[
    str | None, typer.Option("--in", metavar="REF", help="Search only inside these units (chapter V, 40).")
]
_Exact = Annotated[bool, typer.Option("--exact", help="Match words and phrases as written, not other forms of them.")]
_Limit = Annotated[
    int | None, typer.Option("--limit", min=1, help="Print at most N hits (printed text: 20 unless given).")
]
_AllHits = Annotated[bool, typer.Option("--all", help="Print every hit (printed text stops at 20).")]
_Count = Annotated[bool, typer.Option("--count", help="Print only the number of units with every word.")]


@app.command(short_help="Ranked full-text search, one hit per unit.")
def search(
    query: _Query,
    scope: _Scope = None,
    exact: _Exact = False,
    limit: _Limit = None,
    every: _AllHits = False,
    count: _Count = False,
    as_json: Json = False,
    no_pager: NoPager = False,
) -> None:
    """Ranked full-text search, one hit per unit, best first; exit 1 if nothing matches.

    A defined term's definition comes first; then the units with every word (words such as "of" and "the"
    need not match), then, when few units have them all, the units with all but one. A prefix* or --exact
    matches words as written.

    Example: uncc search "dual criminality"   |   uncc search 'extradit*' --in "chapter V" --json
    """
    _no_pager(no_pager)
    from uncc import search as fts
    from uncc.errors import UnccError, shown
    from uncc.store import load

    if every and limit is not None:
        raise UnccError(f"--all and --limit {limit} ask for different numbers of hits: give one of them")
    doc = load()
    within = _select(doc, [scope]) if scope is not None else None
    cited = _cited(doc, query)
    try:
        if count:
            return _count(query, fts.count(doc, query, within, exact), cited, as_json)
        hits = fts.search(doc, query, within, limit, exact)
    except fts.SearchSyntaxError as e:
        raise type(e)(f"{shown(query)} is a citation, not a search query: {cited}" if cited else str(e)) from None
    # Nothing has every word: a query with a word mistyped may be what the user meant.
    better = _suggestion(doc, query, within, exact) if not hits or hits[0].missing else None
    if not hits:
        _note(f"uncc: no unit matches {shown(query)}" + "".join(f"; {x}" for x in (cited, better) if x))
        raise typer.Exit(1)
    for message in (cited, better and f"no unit has every word; {better}"):
        if message:
            _note(f"uncc: {message}")
    _print_hits(doc, hits, every or limit is not None, as_json)
    if hits[0].missing:
        # No unit has every word: as grep, status 1, though the units with all but one are shown.
        raise typer.Exit(1)


def _print_hits(doc, hits: list, every: bool, as_json: bool) -> None:
    """The hits as JSON Lines, or for people: the first page of them unless `every`."""
    if as_json:
        _print_json(hit.json() for hit in hits)
        return
    from uncc.render import show_hits
    from uncc.search import PAGE

    shown_hits = hits if every else hits[:PAGE]
    show_hits(doc, shown_hits, len(hits) - len(shown_hits))


def _suggestion(doc, query: str, within: list[str] | None, exact: bool) -> str | None:
    """ "did you mean: uncc search ...", for a query no unit has every word of, or None."""
    import shlex

    from uncc import search as fts

    better = fts.suggest(doc, query, within, exact)
    return better and f"did you mean: uncc search {shlex.quote(better)}"


def _count(query: str, n: int, cited: str | None, as_json: bool) -> None:
    """`search --count`: the number of units with every word; status 1 for none."""
    if cited:
        _note(f"uncc: {cited}")
    if as_json:
        _print_json([{"query": query, "count": n}])
    else:
        print(n)
    if not n:
        raise typer.Exit(1)


def _cited(doc, query: str) -> str | None:
    """What to tell someone whose search query reads as a citation or an id: `show` prints what it names."""
    from uncc.cite import names

    named = names(doc, query)
    if not named:
        return None
    import shlex

    listed = " ".join(named[:3]) + (" ..." if len(named) > 3 else "")
    return f"to read {listed}, run: uncc show {shlex.quote(query)}"


@app.command(short_help="Print a defined term's definition, or list them.")
def define(
    term: Annotated[
        str | None,
        typer.Argument(
            metavar="TERM", help="A defined term, any case, singular or plural.", autocompletion=_complete_term
        ),
    ] = None,
    uses: Annotated[bool, typer.Option("--uses", help="Also list the units that use the term.")] = False,
    as_json: Json = False,
    no_pager: NoPager = False,
) -> None:
    """Print what the Convention defines a term to mean; with no TERM, list the defined terms.

    Example: uncc define "traffic data"   |   uncc define "service providers" --uses
    """
    _no_pager(no_pager)
    from uncc.layers import definitions as terms
    from uncc.store import load
    from uncc.views import definition

    doc = load()
    entries = [terms.lookup(doc, term)] if term is not None else doc.definitions
    if as_json:
        _print_json(definition(doc, e, with_uses=uses or term is None) for e in entries)
    else:
        from uncc.render import show_definitions

        show_definitions(doc, entries, full=term is not None, uses=uses)


@app.command(short_help="List the chapters and article titles.")
def toc(as_json: Json = False, no_pager: NoPager = False) -> None:
    """List the chapters and the titles of the articles.

    Example: uncc toc   |   uncc toc --json
    """
    _no_pager(no_pager)
    from uncc.store import load

    doc = load()
    if as_json:
        from uncc.views import toc as toc_entries

        _print_json(toc_entries(doc))
    else:
        from uncc.render import show_toc

        show_toc(doc)


def _some_refs(what: str):
    """An optional list of units: without one, a command covers the whole document."""
    return typer.Argument(metavar="[REF]...", help=what, autocompletion=_complete_ref)


Output = Annotated[
    str | None,
    typer.Option("--output", metavar="PATH", help="Write to this file (replaced whole) instead of standard output."),
]


def _write(text: str, output: str | None) -> None:
    """`text` to standard output, or into the file `output`: a file is replaced whole or not at all (a link
    in its place is replaced, not followed); a device or a pipe (/dev/stdout, a FIFO) is written to."""
    if output is None:
        sys.stdout.write(text)
        return
    import stat

    from uncc import files
    from uncc.errors import UnccError

    try:
        try:
            mode = os.stat(output).st_mode
        except (FileNotFoundError, NotADirectoryError):
            mode = None
        if mode is not None and stat.S_ISDIR(mode):
            raise UnccError(f"cannot write {output}: it is a directory: give a file's path")
        if mode is not None and not stat.S_ISREG(mode):
            with open(output, "w", encoding="utf-8") as f:
                f.write(text)
            return
        files.write_atomic(output, text.encode("utf-8"), shared=True)
    except OSError as e:
        raise UnccError(f"cannot write {output}: {e.strerror or e}") from None
    _note(f"wrote {output}")


@app.command(short_help="Write the whole document as HTML, Akoma Ntoso, Markdown or JSON.")
def export(
    fmt: Annotated[
        str,
        typer.Argument(metavar="FORMAT", help=formats.listed(formats.EXPORT, formats.EXPORT) + "."),
    ],
    output: Output = None,
) -> None:
    """Write the whole document (resolution, Convention, interpretative notes) in one format.

    html: one self-contained, hyperlinked page; akn: Akoma Ntoso 3.0 XML, valid against the OASIS schema;
    markdown: headings and anchors; json: the whole tree. The same bytes on every run.

    Example: uncc export html --output uncc.html   |   uncc export akn > convention.xml
    """
    from uncc.editions import export as make
    from uncc.errors import UnccError, shown
    from uncc.store import load

    if fmt not in formats.EXPORT:
        raise UnccError(f"no export format {shown(fmt)}: give {formats.listed(formats.EXPORT)}")
    _write(make(load(), fmt), output)


_GraphFormat = Annotated[
    str, typer.Option("--format", metavar="FORMAT", help=formats.listed(formats.GRAPH, formats.GRAPH) + ".")
]


@app.command(short_help="Draw the network of references, as DOT, Mermaid or JSON.")
def graph(
    refs: Annotated[list[str] | None, _some_refs("Only what these units cite and what cites them.")] = None,
    fmt: _GraphFormat = "dot",
    depth: Annotated[int, typer.Option("--depth", min=1, help="With REF: how many references away.")] = 1,
    units: Annotated[bool, typer.Option("--units", help="A node for each unit, not each article.")] = False,
    output: Output = None,
) -> None:
    """The reference network among the articles (or, with --units, among units); an edge counts the phrases
    that make it.

    Example: uncc graph --format dot | dot -Tsvg > refs.svg   |   uncc graph 42 --depth 2 --format mermaid
    """
    from uncc.editions.graph import Graph, render
    from uncc.errors import UnccError, shown
    from uncc.store import load

    if fmt not in formats.GRAPH:
        raise UnccError(f"no graph format {shown(fmt)}: give --format {formats.listed(formats.GRAPH)}")
    doc = load()
    network = Graph(doc, units)
    if refs:
        network.limit(_select(doc, refs), depth)
    _write(render(network, fmt), output)


def _instrument(option: str, value: str | None) -> str | None:
    """An instrument's key as --with, --new or --missing gives it, or UnccError naming the keys."""
    if value is None:
        return None
    from uncc.layers.concordance import KEYS

    if value.lower() not in KEYS:
        from uncc.errors import UnccError, shown

        raise UnccError(f"no instrument {shown(value)} for {option}: give one of {', '.join(KEYS)}")
    return value.lower()


Instrument = "budapest, budapest-protocol, untoc or uncac."


_Compared = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="REF...",
        help="Units of this Convention, or another instrument's articles ('Budapest art. 16', 'UNTOC art. 18(9)').",
    ),
]
_With = Annotated[str | None, typer.Option("--with", metavar="INSTRUMENT", help="Only this one: " + Instrument)]
_New = Annotated[str | None, typer.Option("--new", metavar="INSTRUMENT", help="This Convention's articles it lacks.")]
_Missing = Annotated[
    str | None, typer.Option("--missing", metavar="INSTRUMENT", help="Its articles this Convention lacks.")
]


@app.command(short_help="Show the counterparts of units in Budapest, its Protocol, UNTOC and UNCAC, or the reverse.")
def compare(
    refs: _Compared = None,
    only: _With = None,
    new: _New = None,
    lacking: _Missing = None,
    as_json: Json = False,
    no_pager: NoPager = False,
) -> None:
    """This Convention beside the Budapest Convention, its Second Additional Protocol, UNTOC and UNCAC: for units
    of this Convention, their counterparts; for another instrument's article, its title and its counterparts here.
    The concordance is an editorial reading by subject, not an official one: `same`, `adapted` or `partial`.

    Example: uncc compare 42   |   uncc compare "Budapest art. 16"   |   uncc compare --new budapest --json
    """
    _no_pager(no_pager)
    from uncc.errors import UnccError
    from uncc.layers import concordance
    from uncc.store import load

    only, new, lacking = _instrument("--with", only), _instrument("--new", new), _instrument("--missing", lacking)
    if sum(x is not None for x in (refs or None, new, lacking)) != 1:
        raise UnccError("give units or another instrument's articles, or --new or --missing with an instrument")
    if only and (new or lacking):
        raise UnccError("--with chooses among the counterparts of units: --new and --missing name their instrument")
    doc = load()
    if new:
        found = [concordance.of_unit(doc, uid, new) for uid in concordance.new(new)]
    elif lacking:
        found = [concordance.of_article(doc, lacking, article) for article in concordance.missing(lacking)]
    else:
        assert refs is not None  # the one thing given, as checked above
        found = []
        for ref in refs:
            other = concordance.reference(ref)
            if other is not None:
                if only and other[0] != only:
                    raise UnccError(f"{ref!r} is an article of another instrument than --with {only}")
                found.append(concordance.of_article(doc, *other))
            else:
                found += [concordance.of_unit(doc, uid, only) for uid in _select(doc, [ref])]
    if as_json:
        _print_json(found)
    else:
        from uncc.render import show_comparison

        show_comparison(doc, found)


_Within = Annotated[list[str] | None, _some_refs("Only these units (and the units inside them).")]
_Actor = Annotated[
    list[str] | None,
    typer.Option("--actor", metavar="ACTOR", help="'State Party', 'requested State Party', ... (repeat for any)."),
]
_Force = Annotated[
    list[str] | None,
    typer.Option("--force", metavar="FORCE", help=", ".join(schema.FORCES) + " (repeat for any)."),
]
_Kind = Annotated[
    list[str] | None,
    typer.Option(
        "--kind", metavar="KIND", help="criminalise, procedural-power, reserve, notify, ... (repeat for any)."
    ),
]


@app.command(short_help="List what the Convention has each party do, allow or forbid.")
def provisions(
    refs: _Within = None,
    actor: _Actor = None,
    force: _Force = None,
    kind: _Kind = None,
    as_json: Json = False,
    no_pager: NoPager = False,
) -> None:
    """The normative statements of the units: who, how strongly (force), what (kind), and the deciding words.

    A repeated --actor, --force or --kind matches any of its values; --kind matches any kind a statement carries.

    Example: uncc provisions 11   |   uncc provisions --kind reserve --kind notify   |   uncc provisions 24 --json
    """
    _no_pager(no_pager)
    from uncc.checklist import select
    from uncc.store import load

    doc = load()
    found = select(doc, _select(doc, refs) if refs else None, actor, force, kind)
    if not found:
        # Nothing to print is said, so that it is not taken for a filter that went wrong.
        given = [
            f"--{name} {value!r}"
            for name, values in (("actor", actor), ("force", force), ("kind", kind))
            for value in values or ()
        ]
        where = f" of {' '.join(refs)}" if refs else ""
        _note(f"uncc: no statement{where}{' with ' + ', '.join(given) if given else ''}")
        return
    if as_json:
        from uncc.views import statement

        _print_json(statement(s) for s in found)
    else:
        from uncc.render import show_statements

        show_statements(doc, found)


_ChecklistFormat = Annotated[
    str, typer.Option("--format", metavar="FORMAT", help=formats.listed(formats.CHECKLIST) + ".")
]
_Have = Annotated[
    str | None,
    typer.Option("--have", metavar="INSTRUMENT", help="Mark what a party to it already implements: " + Instrument),
]


@app.command(short_help="Print a State Party's implementation checklist.")
def checklist(
    refs: _Within = None,
    fmt: _ChecklistFormat = "text",
    as_json: Json = False,
    no_pager: NoPager = False,
    output: Output = None,
    has: _Have = None,
) -> None:
    """What a ratifying State Party must enact, may do, and must notify or designate, as a State Party, as a
    requesting State and as a requested State, chapter by chapter: every statement of a State Party, with the
    words that decide it.

    Example: uncc checklist --format markdown --output checklist.md   |   uncc checklist chapter.II --json
    """
    _no_pager(no_pager)
    from uncc import checklist as items
    from uncc.errors import UnccError, shown
    from uncc.store import load

    if fmt not in formats.CHECKLIST:
        raise UnccError(f"no checklist format {shown(fmt)}: give --format {formats.listed(formats.CHECKLIST)}")
    if as_json and fmt != "text":
        raise UnccError("--json prints JSON Lines: give it without --format")
    has = _instrument("--have", has)
    if has:
        from uncc.layers.concordance import check_complete

        check_complete(has)  # as --new: its table cannot say what is new
    doc = load()
    units = _select(doc, refs) if refs else None
    found = items.rows(doc, items.items(doc, units))
    if has:
        found = items.have(found, has)
    if as_json or fmt == "text":
        if output is not None:
            files = [f for f in formats.CHECKLIST if f != "text"]
            raise UnccError(f"--output writes {formats.listed(files)}: give --format {' or --format '.join(files)}")
        if not found:
            _note(f"uncc: no checklist item in {' '.join(refs or ())}")
            return
        if as_json:
            _print_json(found)
            return
        from uncc.render import show_checklist

        show_checklist(doc, found)
        return
    _write(items.render_csv(doc, found) if fmt == "csv" else items.render_markdown(doc, found), output)


@app.command(short_help="Regenerate convention.yaml from the source text.")
def build(
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            metavar="DIR",
            help="Write convention.yaml here (default: $UNCC_DATA_DIR, or data/ in a checkout).",
        ),
    ] = None,
) -> None:
    """Regenerate convention.yaml from source.txt in the data directory, checked against the Convention's fixed facts.

    Writes only where --output or UNCC_DATA_DIR says (or data/ in a checkout), never inside an installed package.

    Example: uncc build   |   uncc build --output ./mydata
    """
    from collections import Counter

    from uncc.model import Document
    from uncc.source.build import build as run_build
    from uncc.store import PACKAGE, data_dir

    out_dir = output or os.environ.get("UNCC_DATA_DIR") or data_dir()
    inside = os.path.realpath(out_dir)
    if inside == os.path.realpath(PACKAGE) or inside.startswith(os.path.realpath(PACKAGE) + os.sep):
        from uncc.errors import UnccError

        raise UnccError(
            f"uncc build does not write inside the installed package ({out_dir}): "
            "give --output DIR or set UNCC_DATA_DIR"
        )
    out, data, skipped = run_build(os.path.join(data_dir(), "source.txt"), out_dir)
    _note(f"wrote {out}: {len(Document(data).units)} units")
    _note(f"references resolved: {len(data['references'])}")
    _note(f"phrases left out: {len(skipped)}")
    for reason, n in Counter(s.reason for s in skipped).most_common():
        _note(f"  {n:3}  {reason}")


class _Closed(Exception):
    """The reader of the output went away (`| head -1`)."""


class _Output:
    """Standard output, its failures raised as exceptions typer lets through (it would exit 1 on a closed pipe)."""

    def __init__(self, stream):
        self._stream = stream

    def _closed(self):
        from uncc.errors import OutputError

        return OutputError("standard output is closed: run uncc with its output open (a file, a pipe or a terminal)")

    def _do(self, action, *args):
        try:
            return action(*args)
        except BrokenPipeError:
            raise _Closed from None
        except UnicodeEncodeError as e:
            from uncc.errors import OutputError

            raise OutputError.encoding(e) from None
        except OSError as e:
            from uncc.errors import OutputError

            raise OutputError(f"cannot write the output: {e.strerror or e}") from None

    def write(self, text: str) -> int:
        if self._stream is None:
            raise self._closed()
        return self._do(self._stream.write, text)

    def flush(self) -> None:
        if self._stream is not None:  # with nothing written, a closed stdout is no failure (`uncc build >&-`)
            self._do(self._stream.flush)

    def __getattr__(self, name):
        if self._stream is None:
            raise self._closed()
        return getattr(self._stream, name)


def main(argv: list[str] | None = None) -> None:
    """Run uncc; every failure ends in one line on stderr and exit status 2."""
    from uncc.compat import click_errors
    from uncc.errors import OutputError, UnccError

    ClickException, NoArgsIsHelpError = click_errors()

    if "_UNCC_COMPLETE" in os.environ:
        # A shell asks for completions: the completion classes are registered only when asked for.
        _completion_classes()
    stdout = sys.stdout
    sys.stdout = cast("TextIO", _Output(stdout))  # it stands in for the stream
    try:
        try:
            _once(argv if argv is not None else sys.argv[1:])
            status = _narrowed(argv if argv is not None else sys.argv[1:])(
                args=argv, prog_name="uncc", standalone_mode=False
            )
        except typer.Exit as e:
            status = e.exit_code
        sys.stdout.flush()  # what is still buffered can meet a closed pipe or a full disk too
    except _Closed:
        status = _quiet(stdout, 0)
    except OutputError as e:
        _quiet(stdout, 2)
        _fail(str(e))
    except UnccError as e:
        _fail(str(e))
    except NoArgsIsHelpError as e:
        # `uncc` alone: the help, as `uncc --help` prints it.
        print(e.ctx.get_help() if e.ctx is not None else "", file=stdout)
        status = 0
    except ClickException as e:
        ctx = getattr(e, "ctx", None)
        where = ctx.command_path if ctx is not None else "uncc"
        if where == "uncc search" and type(e).__name__ == "NoSuchOption":
            # `uncc search -treaty`: a query that starts with -, read as options.
            option = cast("NoSuchOption", e).option_name
            word = next((a for a in (argv or sys.argv[1:]) if a.startswith(option)), option)
            _fail(
                f"{word} is not an option of uncc search, and a query cannot start with -: to leave out units"
                f" that have a word, write NOT before it, as in: uncc search 'extradition NOT {word.lstrip('-')}'"
            )
        _fail(f"{e.format_message()} (see `{where} --help`)")
    except KeyboardInterrupt:
        sys.exit(130)
    finally:
        sys.stdout = stdout
    sys.exit(status if isinstance(status, int) else 0)


def _once(args: list[str]) -> None:
    """UnccError if an option that takes one value is given twice (click would keep the last without a word);
    a filter given twice is a union, and a flag twice is the flag."""
    if not args:
        return
    import inspect
    import typing

    from uncc.compat import commands

    named = [c.callback for c in commands(app) if c.callback is not None and c.callback.__name__ == args[0]]
    if len(named) != 1:
        return
    single = set()
    for param in inspect.signature(named[0]).parameters.values():
        if typing.get_origin(param.annotation) is not Annotated:
            continue
        kind, *extras = typing.get_args(param.annotation)
        info = next((e for e in extras if isinstance(e, typer.models.OptionInfo)), None)
        many = typing.get_origin(kind) is list or any(typing.get_origin(a) is list for a in typing.get_args(kind))
        if info is None or kind is bool or many:
            continue
        # typer takes the first of Option's arguments as its default when it is a name ("--limit").
        names = (*(info.param_decls or ()), *((info.default,) if isinstance(info.default, str) else ()))
        single |= {d for d in names if d.startswith("-")}
    seen: dict[str, str] = {}
    values = iter(args[1:])
    for arg in values:
        if arg == "--":
            break
        name, _, given = arg.partition("=")
        if name in single:
            value = given if _ else next(values, "")
            if name in seen:
                from uncc.errors import UnccError

                raise UnccError(f"{name} is given twice ({seen[name]!r} and {value!r}): give it once")
            seen[name] = value


def _narrowed(args: list[str]) -> typer.Typer:
    """The app with only the command `args` starts with, if it starts with one: typer builds every command
    an app has on every run, and a run needs one. Anything else (help, completion, a mistyped command)
    gets the whole app."""
    from uncc.compat import commands, with_commands

    if not args or "_UNCC_COMPLETE" in os.environ:
        return app
    named = [c for c in commands(app) if c.callback is not None and c.callback.__name__ == args[0]]
    if len(named) != 1:
        return app
    return with_commands(app, named)


def _quiet(stdout, status: int) -> int:
    """Send what is still buffered for stdout nowhere, so that Python's last flush at exit cannot fail too."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass
    return status


def _fail(message: str) -> None:
    _note(f"uncc: error: {message}")
    sys.exit(2)
