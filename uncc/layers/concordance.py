"""The concordance: this Convention beside the Budapest Convention, its Second Additional Protocol, UNTOC and UNCAC.

An editorial reading by subject, not an official one: the tables in `_concordance_budapest.py` and
`_concordance_untoc.py` (plain literals) give each instrument's article numbers and titles, checked against
published copies, and for each article of this Convention (or a paragraph, where the match is finer) the
articles that correspond to it, with the relation:

- `same`: the same subject and structure;
- `adapted`: the same subject, changed (a wider scope, a new safeguard, another threshold);
- `partial`: one part of it corresponds.

`check` (run by `uncc build`, which refuses a source the tables do not fit, and by the tests) holds the
tables to the Convention: every unit they name exists, every article of this Convention and of Budapest and
UNTOC is in them, with a counterpart or with none.
"""

from __future__ import annotations

import re
from functools import cache

from uncc.errors import UnccError

KEYS = ("budapest", "budapest-protocol", "untoc", "uncac")
RELATIONS = ("same", "adapted", "partial")
# The instruments whose every article the table places (the others: only where this Convention draws on them).
COMPLETE = ("budapest", "untoc")


@cache
def instruments() -> dict:
    """Every instrument's table, by key."""
    from uncc.layers._concordance_budapest import INSTRUMENTS as budapest
    from uncc.layers._concordance_untoc import INSTRUMENTS as untoc

    return {key: {**budapest, **untoc}[key] for key in KEYS}


def _order(uid: str) -> list:
    return [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in uid.split(".")]


def _article(uid: str) -> str:
    return uid.split(".")[0]


def counterparts(uid: str, only: str | None = None, articles=()) -> list[dict]:
    """The counterparts of a unit of this Convention: the rows for it and the units inside it (`articles`: the
    articles inside a chapter), or failing those the rows for exactly the nearest unit it is part of that has
    rows (not its siblings'); each `{"instrument", "article", "paragraph"?, "title", "relation", "unit"}` (`unit`
    the id the row names), in the order of KEYS, then of each table's rows."""
    tables = instruments()
    keys = [key for key in KEYS if not only or key == only]

    def rows(match) -> list[dict]:
        return [
            _entry(tables, key, unit, article, paragraph, relation)
            for key in keys
            for unit, article, paragraph, relation in tables[key]["rows"]
            if match(unit)
        ]

    inside = set(articles)
    own = rows(lambda unit: unit == uid or unit.startswith(uid + ".") or _article(unit) in inside)
    while not own and "." in uid:
        uid = uid.rsplit(".", 1)[0]
        own = rows(lambda unit, up=uid: unit == up)
    return own


def _entry(tables: dict, key: str, unit: str, article: str, paragraph: str | None, relation: str) -> dict:
    entry = {"instrument": key, "article": article}
    if paragraph:
        entry["paragraph"] = paragraph
    entry.update(title=tables[key]["titles"][article], relation=relation, unit=unit)
    return entry


@cache
def _by_unit() -> dict[str, list[dict]]:
    tables = instruments()
    out: dict[str, list[dict]] = {}
    for key in KEYS:
        for unit, article, paragraph, relation in tables[key]["rows"]:
            entry = _entry(tables, key, unit, article, paragraph, relation)
            del entry["unit"]
            out.setdefault(unit, []).append(entry)
    return out


def rows_of(uid: str) -> list[dict]:
    """`show --json`'s counterparts: the rows for exactly this unit."""
    return _by_unit().get(uid, [])


def theirs(key: str, article: str, paragraph: str | None = None) -> list[tuple[str, str | None, str]]:
    """The units of this Convention that correspond to an article of another instrument, or to one of its
    paragraphs (the rows that name it): (unit id, their paragraph or None, relation)."""
    rows = [(u, p, r) for u, a, p, r in instruments()[key]["rows"] if a == article]
    if paragraph is not None:
        rows = [row for row in rows if row[1] == paragraph]
    return sorted(rows, key=lambda row: _order(row[0]))


def new(key: str) -> list[str]:
    """This Convention's articles with no counterpart in the instrument (see `check_complete`)."""
    check_complete(key)
    return sorted(instruments()[key]["none_here"], key=_order)


def check_complete(key: str) -> None:
    """UnccError for an instrument whose table places only the articles that draw on it: it cannot say which of
    this Convention's articles are new to a party of it."""
    if key not in COMPLETE:
        raise UnccError(
            f"the concordance with {name(key)} places only the articles of this Convention that draw on it, so it "
            f"cannot say which have no counterpart there: give {' or '.join(COMPLETE)}, or --missing {key}"
        )


def missing(key: str) -> list[str]:
    """The instrument's articles with no counterpart in this Convention."""
    return sorted(instruments()[key]["none_there"], key=int)


# "Budapest Convention, article 16", "Budapest art. 16", "article 16 of the Budapest Convention", "UNTOC article
# 18(9)", "CETS 224 art. 7", "ETS No. 185, art. 29": another instrument's article as people write it.
_NAMES = [
    ("budapest-protocol", r"(?:the\s+)?(?:budapest\s+|cets\s*(?:no\.?\s*)?224\b|second\s+additional\s+)protocol"
     r"|(?:the\s+)?second\s+additional\s+protocol(?:\s+to\s+the\s+(?:budapest\s+)?convention(?:\s+on\s+cybercrime)?)?"
     r"|cets\s*(?:no\.?\s*)?224|sap"),
    ("budapest", r"(?:the\s+)?budapest(?:\s+convention)?|(?:the\s+)?(?:council\s+of\s+europe\s+)?convention\s+on"
     r"\s+cybercrime|c?ets\s*(?:no\.?\s*)?185|coe\s+convention"),
    ("untoc", r"untoc|(?:the\s+)?palermo(?:\s+convention)?|(?:the\s+)?organi[sz]ed\s+crime\s+convention"
     r"|(?:the\s+)?united\s+nations\s+convention\s+against\s+transnational\s+organi[sz]ed\s+crime"),
    ("uncac", r"uncac|(?:the\s+)?m[eé]rida(?:\s+convention)?|(?:the\s+)?corruption\s+convention"
     r"|(?:the\s+)?united\s+nations\s+convention\s+against\s+corruption"),
]  # fmt: skip
_NAME = "|".join(f"(?P<{key.replace('-', '_')}>{p})" for key, p in _NAMES)
_ART = (
    r"(?:art(?:icle)?s?\.?)\s*(?P<article>\d+)"
    r"(?:\s*\(\s*(?P<paragraph>\d+)\s*\)|,?\s*(?:paragraph|para\.?|§|¶)\s*(?P<p2>\d+))?"
)
_PREFIXED = re.compile(rf"^\s*(?:{_NAME})\s*(?:,|['’]s)?\s*{_ART}\s*$", re.I)
_QUALIFIED = re.compile(rf"^\s*{_ART}\s*,?\s*(?:of\s+)?(?:{_NAME})\s*$", re.I)


def reference(text: str) -> tuple[str, str, str | None] | None:
    """(instrument, article, paragraph or None) if `text` cites another instrument's article, else None."""
    m = _PREFIXED.match(text) or _QUALIFIED.match(text)
    if m is None:
        return None
    key = next(k for k, _p in _NAMES if m.group(k.replace("-", "_")))
    paragraph = m.group("paragraph") or m.group("p2")
    return key, str(int(m.group("article"))), str(int(paragraph)) if paragraph else None


def name(key: str) -> str:
    """The instrument as a sentence names it: "the Budapest Convention"."""
    short = instruments()[key]["short"]
    return short if short.isupper() else f"the {short}"


def check_article(key: str, article: str) -> None:
    """UnccError, naming the articles it has, if the instrument has no such article."""
    table = instruments()[key]
    if article not in table["titles"]:
        raise UnccError(f"{name(key)} has articles 1 to {table['articles']}: there is no article {article}")


def check(doc) -> None:
    """AssertionError unless the tables name only units of this Convention and place every article they must."""
    ours = {u.id for u in doc.units.values() if u.kind == "article"}
    for key, table in instruments().items():
        assert set(table["titles"]) == {str(n) for n in range(1, table["articles"] + 1)}, f"{key}: its titles"
        for unit, article, paragraph, relation in table["rows"]:
            assert unit in doc.units, f"{key}: no unit {unit}"
            assert article in table["titles"], f"{key}: no article {article}"
            assert relation in RELATIONS and (paragraph is None or paragraph.isdigit()), (key, unit, article)
        placed = {_article(u) for u, *_ in table["rows"]}
        assert not placed & set(table["none_here"]), f"{key}: an article both placed and without a counterpart"
        assert not {a for _, a, *_ in table["rows"]} & set(table["none_there"]), f"{key}: theirs, both ways"
        if key in COMPLETE:
            assert placed | set(table["none_here"]) == ours, f"{key}: not every article of this Convention"
        else:
            assert not table["none_here"], f"{key}: --new is refused for it, so it lists none"
        assert {a for _, a, *_ in table["rows"]} | set(table["none_there"]) == set(table["titles"]), key


def of_unit(doc, uid: str, only: str | None = None) -> dict:
    """`compare --json` for a unit of this Convention: its counterparts (a row for a unit inside it says which)."""
    from uncc import ids

    unit = doc.get(uid)
    out = {"id": uid, "citation": ids.citation(uid), "title": unit.article_title, "counterparts": []}
    articles, stack = [], list(unit.children) if unit.kind != "article" else []
    while stack:  # the articles inside a chapter or an annex
        child = stack.pop()
        if child.kind == "article":
            articles.append(child.id)
        elif child.kind in ("chapter", "annex", "convention"):
            stack += child.children
    for row in counterparts(uid, only, articles):
        entry = {k: v for k, v in row.items() if k != "unit"}
        if row["unit"] != uid:
            entry["id"] = row["unit"]
        out["counterparts"].append(entry)
    return out


def of_article(doc, key: str, article: str, paragraph: str | None = None) -> dict:
    """`compare --json` for another instrument's article (or paragraph): its title and this Convention's
    counterparts, each with the paragraph of theirs it answers where the table says."""
    from uncc import ids

    check_article(key, article)
    if paragraph is not None and not theirs(key, article, paragraph):
        paragraph = None  # the table reads that article whole: its counterparts are the article's
    out: dict = {"instrument": key, "article": article}
    if paragraph is not None:
        out["paragraph"] = paragraph
    out.update(title=instruments()[key]["titles"][article], counterparts=[])
    for uid, their, relation in theirs(key, article, paragraph):
        entry = {"id": uid, "citation": ids.citation(uid), "title": doc.get(uid).article_title}
        if their is not None:
            entry["paragraph"] = their
        entry["relation"] = relation
        out["counterparts"].append(entry)
    return out
