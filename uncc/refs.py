"""References: read with the grammar in grammar/refs.lark, resolved against the tree.

`resolve(tree, text, context)` turns a citation into the ids it names.
`find(tree)` finds every reference in the document's own text at build time;
what it finds is stored in convention.yaml, so no command parses the
Convention again.
"""

from __future__ import annotations

import contextlib
import os
import re
from typing import NamedTuple

from uncc.errors import NotFound, ReferenceSyntaxError
from uncc.model import Unit, citation, in_sentence
from uncc.store import Tree, cache_dir

GRAMMAR = "refs.lark"
TOP = ("article", "chapter", "note")
# Depth of each kind of number or label in a path, for what a list inherits.
DEPTH = {"article": 0, "chapter": 0, "note": 0, "paragraph": 1, "label": 2}


class Part(NamedTuple):
    level: str  # article, chapter, note, paragraph or label
    value: str


class Segment(NamedTuple):
    """One member of a list: "paragraph 21 (b)", "(c)", "61", "articles 7 to 16"."""

    head: str | None
    start: list  # [Part] or the raw loci before levels are given
    end: list | None
    sep: str | None  # what joins it to the segment before: ",", "and", "or"


class Parsed(NamedTuple):
    form: str  # unit_id, this_article, this_paragraph or citation
    value: str = ""
    segments: tuple = ()
    trailer: str | None = None


_PARSER = None


def _grammar_path() -> str:
    here = os.path.dirname(os.path.abspath(__file__))
    installed = os.path.join(here, "grammar", GRAMMAR)
    return installed if os.path.exists(installed) else os.path.join(os.path.dirname(here), "grammar", GRAMMAR)


def parser():
    """The LALR parser, its tables cached in the user's cache directory (not /tmp)."""
    global _PARSER
    if _PARSER is None:
        from lark import Lark

        os.makedirs(cache_dir(), exist_ok=True)
        _PARSER = Lark.open(_grammar_path(), parser="lalr", cache=os.path.join(cache_dir(), "refs-grammar.lark-cache"))
    return _PARSER


# Inputs that fail in the same way get the same message (lark's match_examples).
ERROR_EXAMPLES = {
    "a range needs its end, as in 'articles 7 to 16'": ["articles 7 to", "paragraph 2 (a) to", "7 -"],
    "a list needs a unit after 'and' or 'or', as in 'articles 14 and 16'": ["articles 14 and", "14 or", "1,"],
    "a head word needs a number, as in 'article 41' or 'paragraph 3 (b)'": ["article", "paragraphs", "note"],
    "a chapter is a roman numeral, as in 'chapter V'": ["chapter (a)"],
    "give one reference at a time, joined by ',', 'and', 'or' or 'to'": ["article 41 article 42", "41 42"],
}


def parse(text: str) -> Parsed:
    """Read `text` as a reference; ReferenceSyntaxError says what is wrong."""
    from lark import Token
    from lark import Tree as LarkTree
    from lark.exceptions import LarkError, UnexpectedInput

    shown = text if len(text) <= 60 else text[:57] + "..."
    from uncc.lookup import check_length

    check_length(text)
    if not text.strip():
        raise ReferenceSyntaxError("an empty reference names nothing: give an article number (41) or an id (40.21.b)")
    grammar = parser()  # outside the try: a broken grammar is a bug, not the user's input
    try:
        tree = grammar.parse(text)
    except UnexpectedInput as e:
        label = None
        with contextlib.suppress(LarkError):
            label = e.match_examples(parser().parse, ERROR_EXAMPLES, use_accepts=True)
        column = getattr(e, "column", None)
        where = f" at column {column}" if isinstance(column, int) and column > 0 else ""
        hint = label or "write it as the Convention does ('article 40, paragraph 21 (b)') or as an id (40.21.b)"
        raise ReferenceSyntaxError(f"cannot read {shown!r} as a reference{where}: {hint}") from None
    except LarkError:
        raise ReferenceSyntaxError(f"cannot read {shown!r} as a reference") from None

    ref = tree.children[0]
    if ref.data in ("this_article", "this_paragraph"):
        return Parsed(ref.data)
    numbers = [str(int(t)) for t in ref.children if isinstance(t, Token) and t.type == "NUMBER"]
    if ref.data == "resolution":
        return Parsed("unit_id", ".".join(["resolution", *numbers]))
    if ref.data == "resolution_preamble":
        return Parsed("unit_id", ".".join(["resolution.preamble", *numbers]))
    if ref.data in ("recital", "footnote"):
        return Parsed("unit_id", f"{'preamble' if ref.data == 'recital' else 'footnote'}.{numbers[0]}")
    if ref.data == "unit_id":
        return Parsed("unit_id", str(ref.children[0]))
    segments, sep, trailer = [], None, None
    for child in ref.children:
        if isinstance(child, Token):
            continue
        if child.data in ("comma", "and_", "or_"):
            sep = {"comma": ",", "and_": "and", "or_": "or"}[child.data]
        elif child.data == "segment":
            head, loci = None, []
            for part in child.children:
                if isinstance(part, LarkTree) and part.data == "head":
                    head = _head(str(part.children[0]))
                elif isinstance(part, LarkTree) and part.data in ("number", "labels", "numeral"):
                    loci.append(part)
            segments.append(Segment(head, _locus(loci[0]), _locus(loci[1]) if len(loci) > 1 else None, sep))
            sep = None
        else:
            trailer = child.data
    return Parsed("citation", segments=tuple(segments), trailer=trailer)


def _head(word: str) -> str:
    word = word.lower()
    for name in ("sub", "art", "para", "note", "interpretative", "ch"):
        if word.startswith(name):
            return {
                "sub": "subparagraph",
                "art": "article",
                "para": "paragraph",
                "interpretative": "note",
                "ch": "chapter",
            }.get(name, name)
    return word


def _locus(node) -> list[tuple[str, str]]:
    """The raw pieces of a locus: ("number", "40"), ("pnum", "21"), ("label", "b"), ("numeral", "V")."""
    out = []
    for token in node.children:
        raw = re.sub(r"[\s()]", "", str(token))
        kind = {"NUMBER": "number", "PARENTHESIZED_NUMBER": "pnum", "LABEL": "label", "NUMERAL": "numeral"}[token.type]
        if kind in ("number", "pnum"):
            raw = str(int(raw))
        out.append((kind, raw.lower() if kind == "label" else raw.upper() if kind == "numeral" else raw))
    return out


# --- resolution --------------------------------------------------------------


def resolve(tree: Tree, text: str, context: str | None = None) -> list[str]:
    """The ids `text` names, in document order, without duplicates.

    `context` is the id of the unit the text is written in: "this article",
    "paragraph 3" and "(b)" are read against it.
    """
    ids = resolve_parsed(tree, parse(text), text, context)
    order = {uid: n for n, uid in enumerate(tree.units)}
    return sorted(set(ids), key=order.__getitem__)


def resolve_parsed(tree: Tree, parsed: Parsed, text: str, context: str | None) -> list[str]:
    """The ids of a parsed reference, in the order written."""
    where = tree.get(context) if context else None
    if parsed.form == "unit_id":
        from uncc.lookup import select

        return select(tree, parsed.value)
    if parsed.form in ("this_article", "this_paragraph"):
        return [_context_unit(where, parsed.form.split("_")[1], text).id]

    level = _list_level(parsed.segments)
    targets: list[tuple[list[Part], list[Part] | None]] = []
    previous: list[Part] | None = None
    for seg in parsed.segments:
        start = _parts(seg.head, seg.start, level)
        if previous is not None and seg.sep == "," and DEPTH[start[0].level] > DEPTH[previous[-1].level]:
            # "article 40, paragraph 21": the article only says where the paragraph is.
            targets.pop()
        path = _inherit(tree, previous, start)
        end = None
        if seg.end is not None:
            end_parts = _parts(None, seg.end, start[-1].level if seg.end[0][0] == "number" else level)
            end = _inherit(tree, path, end_parts)
        targets.append((path, end))
        previous = end or path

    prefix = _prefix(parsed, targets[0][0], where, text)
    ids: list[str] = []
    for start, end in targets:
        first = _check(tree, _id(prefix, start, tree))
        if end is None:
            ids.append(first)
        else:
            ids += _expand(tree, first, _check(tree, _id(prefix, end, tree)))
    return ids


def _list_level(segments) -> str:
    """What a bare number means in this list: the level of its first head word."""
    for seg in segments:
        if seg.head:
            return {"subparagraph": "label"}.get(seg.head, seg.head)
    return "article"


def _parts(head: str | None, raw: list[tuple[str, str]], level: str) -> list[Part]:
    level = {"subparagraph": "label"}.get(head, head) if head else level
    parts: list[Part] = []
    for kind, value in raw:
        if kind == "numeral":
            if level != "chapter":
                raise ReferenceSyntaxError(f"{value} is a chapter numeral: write 'chapter {value}'")
            parts.append(Part("chapter", value))
        elif kind == "label":
            parts.append(Part("label", value))
        elif kind == "pnum" or parts:
            parts.append(Part("paragraph", value))
        else:
            if level == "label":
                raise ReferenceSyntaxError(
                    f"a subparagraph is a letter in brackets, as in 'subparagraph (b)', not {value}"
                )
            parts.append(Part(level, value))
    return parts


def _inherit(tree: Tree, previous: list[Part] | None, start: list[Part]) -> list[Part]:
    """What a member of a list takes from the one before it.

    "article 40, paragraph 21 (b) and (c)": "(c)" takes article 40 and
    paragraph 21. A label replaces the label of the same kind: after
    "(a) (i)", "(ii)" is an item, and after "(ii)", "(b)" a subparagraph.
    """
    if previous is None:
        return start
    depth = DEPTH[start[0].level]
    head = [p for p in previous if DEPTH[p.level] < depth]
    if start[0].level != "label":
        return head + start
    labels = [p for p in previous if p.level == "label"]
    base = [p for p in previous if p.level != "label"]
    candidates = [base + labels[:n] + start for n in range(len(labels) - 1, -1, -1)]
    for candidate in candidates:
        if _raw_id(candidate) in tree.units:
            return candidate
    return candidates[0] if candidates else base + start


def _prefix(parsed: Parsed, first: list[Part], where: Unit | None, text: str) -> list[Part]:
    """The parts a relative reference takes from where it is written."""
    trailer = parsed.trailer
    if trailer == "of_convention":
        if first[0].level not in TOP:
            raise ReferenceSyntaxError(
                f"{text!r}: a paragraph of the Convention needs its article, as in 'article 40, paragraph 21'"
            )
        return []
    if trailer == "of_article":
        return _path_of(_context_unit(where, "article", text))
    if trailer == "of_paragraph":
        return _path_of(_context_unit(where, "paragraph", text))
    if first[0].level in TOP:
        return []
    if trailer == "above" or (where is not None and where.id.startswith("resolution")):
        return [Part("resolution", "resolution")]
    if where is None:
        raise ReferenceSyntaxError(
            f"{text!r} is relative to the unit it is written in: give --in ID (as --in 41), "
            "or name the article ('article 41, paragraph 3')"
        )
    return [Part("relative", where.id)]


def _context_unit(where: Unit | None, kind: str, text: str) -> Unit:
    unit = where
    while unit is not None and unit.kind != kind:
        unit = unit.parent
    if unit is None:
        inside = f"{citation(where.id)} is not in a {kind}" if where else "no unit is given"
        raise ReferenceSyntaxError(f"{text!r} needs the {kind} it is written in, but {inside}: give --in ID")
    return unit


def _path_of(unit: Unit) -> list[Part]:
    parts = unit.id.split(".")
    out = [Part("article", parts[0])]
    if len(parts) > 1:
        out.append(Part("paragraph", parts[1]))
    return out


def _raw_id(parts: list[Part]) -> str:
    if parts and parts[0].level in ("chapter", "note"):
        return f"{parts[0].level}.{parts[0].value}"
    return ".".join(p.value for p in parts)


def _id(prefix: list[Part], path: list[Part], tree: Tree) -> str:
    """The id a path names, read from where it is written when it is relative."""
    if prefix and prefix[0].level == "resolution":
        if path[0].level != "paragraph" or len(path) > 1:
            raise ReferenceSyntaxError("the resolution's paragraphs have no subdivisions")
        return f"resolution.{path[0].value}"
    if prefix and prefix[0].level == "relative":
        # Walk up from the unit the reference is in to where the path fits:
        # "paragraph 3" in 41.1 is 41.3; "(ii)" in note 1 after "article 2
        # (e)" is 2.e.ii (the note's context is the provision it cited).
        unit = tree.get(prefix[0].value)
        if path[0].level == "paragraph":
            article = unit.article
            if article is None:
                raise ReferenceSyntaxError(f"{citation(unit.id)} is not in an article: name the article")
            return ".".join([article.id] + [p.value for p in path])
        tail = ".".join(p.value for p in path)
        first = None
        while unit is not None:
            uid = f"{unit.id}.{tail}"
            first = first or uid
            if uid in tree.units:
                return uid
            unit = unit.parent
        return first
    return _raw_id(prefix + path)


def _check(tree: Tree, uid: str) -> str:
    if uid not in tree.units:
        raise NotFound(tree.missing(uid))
    return uid


def _expand(tree: Tree, first: str, last: str) -> list[str]:
    """The units from `first` to `last`, which must be siblings in order."""
    a, b = tree.get(first), tree.get(last)
    if a.kind == "article":  # articles run on across chapters
        siblings = tree.articles
    elif a.parent is None:
        siblings = [u for u in tree.units.values() if u.parent is None and u.kind == a.kind]
    else:
        siblings = a.parent.children
    if b not in siblings or a.kind != b.kind:
        raise ReferenceSyntaxError(f"{citation(first)} to {citation(last)} is not a range of units of one kind")
    i, j = siblings.index(a), siblings.index(b)
    if i > j:
        raise ReferenceSyntaxError(
            f"the range {in_sentence(first)} to {in_sentence(last)} runs backwards: "
            f"write {in_sentence(last)} to {in_sentence(first)}"
        )
    return [u.id for u in siblings[i : j + 1]]


# --- finding references in the text (build time) -----------------------------

HEAD_WORD = re.compile(r"\b(articles?|paragraphs?|subparagraphs?|chapters?|notes?|resolutions?)\b", re.I)
PHRASE_TOKEN = re.compile(
    r"""\s*(?:
        of\s+(?:this|the)\s+convention\b | of\s+this\s+(?:article|paragraph)\b | above\b
      | articles?\b | paragraphs?\b | subparagraphs?\b | chapters?\b | notes?\b
      | \d+(?![\d/]) | \([a-z]{1,4}\) | ,(?=\s) | and\b | or\b | to\b
    )""",
    re.I | re.X,
)
OTHER_INSTRUMENT = re.compile(r"resolutions?\s+\d+/\d+(?:(?:,|\s+and)\s+\d+/\d+)*", re.I)
SELF = re.compile(r"\bthis\s+$", re.I)


class Found(NamedTuple):
    source: str  # id of the smallest unit holding the phrase
    text: str  # the phrase as written
    targets: list[str]


class Skipped(NamedTuple):
    source: str
    text: str
    reason: str


SKIP_SELF = "names the unit it is written in ('this article', 'this paragraph', 'this chapter')"
SKIP_NO_NUMBER = (
    "a word such as 'article' or 'note' with no number after it ('Takes note of', 'the relevant paragraphs of')"
)
SKIP_OTHER = "cites another instrument (General Assembly resolutions 74/247 and 75/282)"


def find(tree: Tree) -> tuple[list[Found], list[Skipped]]:
    """Every reference in the document's text, resolved, and every phrase left out, with why."""
    found: list[Found] = []
    skipped: list[Skipped] = []
    for unit in tree.units.values():
        last_target = None
        for text in (unit.text, unit.tail):
            pos = 0
            while True:
                m = HEAD_WORD.search(text, pos)
                if m is None:
                    break
                phrase, end = _phrase(text, m.start())
                self_ref = SELF.search(text[: m.start()])
                if self_ref:
                    skipped.append(Skipped(unit.id, text[self_ref.start() : m.end()], SKIP_SELF))
                    pos = m.end()
                    continue
                other = OTHER_INSTRUMENT.match(text, m.start())
                if other:
                    skipped.append(Skipped(unit.id, other.group(0), SKIP_OTHER))
                    pos = other.end()
                    continue
                if phrase is None:
                    skipped.append(Skipped(unit.id, m.group(0), SKIP_NO_NUMBER))
                    pos = m.end()
                    continue
                parsed = parse(phrase)
                context = unit.id
                if unit.kind == "note" and last_target and _is_relative(parsed):
                    context = last_target
                try:
                    ids = resolve_parsed(tree, parsed, phrase, context)
                except (NotFound, ReferenceSyntaxError) as e:
                    raise ReferenceSyntaxError(f"{unit.id}: cannot resolve {phrase!r}: {e}") from None
                found.append(Found(unit.id, phrase, ids))
                last_target = ids[-1]
                pos = end
    return found, skipped


def _is_relative(parsed: Parsed) -> bool:
    return parsed.form == "citation" and parsed.trailer is None and parsed.segments[0].head != "article"


def _phrase(text: str, start: int) -> tuple[str | None, int]:
    """The longest reference that starts at `start`, or None if none does."""
    from lark.exceptions import LarkError

    ends = []
    pos = start
    while True:
        m = PHRASE_TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            break
        pos = m.end()
        ends.append(pos)
    for end in reversed(ends):
        phrase = text[start:end].strip()
        if not re.search(r"\d|\([a-z]+\)", phrase, re.I) or re.search(r"(,|\band|\bor|\bto)$", phrase, re.I):
            continue
        try:
            parser().parse(phrase)
        except LarkError:
            continue
        return phrase, start + len(text[start:end].rstrip())
    return None, start
