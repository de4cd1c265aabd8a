"""`compare`, `provisions` and `checklist`: the Convention beside other instruments, and what it has each
party do.

No `from __future__ import annotations`: see uncc/cli/__init__.py.
"""

from typing import Annotated

import typer

from uncc import formats, schema
from uncc.cli.app import Json, NoPager, Output, _no_pager, _note, _print_json, _select, _some_refs, _write, app


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
_Within = Annotated[list[str] | None, _some_refs("Only these units (and the units inside them).")]
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
