"""`show`, `refs` and `resolve`: units, what cites what, and what a citation names.

No `from __future__ import annotations`: see uncc/cli/__init__.py.
"""

import sys
from typing import Annotated

import typer

from uncc.cli.app import In, Json, NoPager, Refs, _context, _json_lines, _no_pager, _print_json, _select, app


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
