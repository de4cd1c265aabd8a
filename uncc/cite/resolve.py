"""What a citation names: the ids of its units, checked against the document.

A bare number in a list takes the level of the head word in force: in
"article 40, paragraphs 21 and 22" the plural "paragraphs" is in force, so
22 is paragraph 22. After a singular qualifier, a bare number goes back to an
enclosing plural head ("articles 57, paragraph 5 (g), 61 and 62" names
articles 61 and 62); when both readings name units ("articles 40,
paragraph 21 and 22"), the citation is refused with both. A list member
takes from the member before it what it does not say itself ("(c)" after
"article 40, paragraph 21 (b)" is 40.21.c). Relative citations ("paragraph
3", "(b)", "this article") are read against the unit they are written in,
and refused without one.
"""

from __future__ import annotations

from uncc import ids
from uncc.cite.reader import Citation, Container, Head, Member, Piece
from uncc.errors import Ambiguous, AnotherInstrument, NotFound, ReferenceSyntaxError, Relative, shown
from uncc.ids import Step
from uncc.model import Document, Unit

# Levels a head word may qualify when it follows a unit without a conjunction:
# "article 40, paragraph 21", "Resolution 79/243, preamble, recital 4".
_QUALIFIES = {
    "article": {"paragraph", "subparagraph"},
    "paragraph": {"subparagraph"},
    "resolution": {"paragraph", "resolution-paragraph", "preamble"},
    "preamble": {"paragraph", "recital"},
}
# How deep each level sits, for which head words a new head word ends.
_DEPTH = {"paragraph": 1, "recital": 1, "resolution-paragraph": 1, "subparagraph": 2, "item": 3}


def resolve(doc: Document, citation: Citation, context: str | None = None) -> list[str]:
    """The ids `citation` names, in document order, each once.

    `context` is the id of the unit the citation is written in: "this
    article", "paragraph 3" and "(b)" are read against it.
    """
    if citation.another_instrument:
        raise AnotherInstrument(f"{shown(citation.text)} cites {citation.another_instrument}, not this Convention")
    where = doc.get(context) if context else None
    for member in citation.members:
        if member.end and member.end[0].kind == "open":
            raise _open_set(citation, member)
    pieces = _distributed(citation)
    if len(pieces) == 1:
        return _resolve(doc, citation, where)
    return doc.in_order([uid for piece in pieces for uid in _resolve(doc, piece, where)])


def _open_set(citation: Citation, member: Member) -> ReferenceSyntaxError:
    """ "articles 40 ff.", "art. 40 et seq.": refused with what to write instead."""
    level = member.head.level if member.head else "article"
    if member.start[-1].kind == "pnum":
        level = "paragraph"
    elif member.start[-1].kind == "label":
        level = "subparagraph"
    words = {"resolution-paragraph": "paragraph", "recital": "recital"}.get(level, level)
    last = member.start[-1]
    if last.kind in ("number", "pnum") and last.value.isdigit():
        example = f"{words}s {last.value} to {int(last.value) + 5}"
    else:
        example = {"subparagraph": "subparagraphs (b) to (e)", "chapter": "chapters II to IV"}.get(
            words, f"{words}s 40 to 45"
        )
    return ReferenceSyntaxError(
        f"{shown(citation.text)} names an open set of {words}s: give the last one, as in '{example}'"
    )


def _distributed(citation: Citation) -> list[Citation]:
    """`citation` as the citations it joins: "paragraph 1 of articles 29 and 30" is "paragraph 1 of article 29"
    and "paragraph 1 of article 30". The numbers after a plural head word in "of" ("of articles 29") are of
    its level, and what came before "of" is of each; the rest of the list goes with the last of them."""
    members, pieces, done = citation.members, [], 0
    i = 0
    while i < len(members):
        member = members[i]
        last = member.containers[-1] if member.containers else None
        if last is None or last.kind != "unit" or not last.head.plural:
            i += 1
            continue
        # The bare numbers after it: "and 30", ", 30 and 31"; the last may say what all are of ("31 of this
        # Convention").
        j = i + 1
        while (
            j < len(members)
            and members[j].head is None
            and members[j].unit is None
            and members[j].sep is not None
            and members[j].end is None
            and members[j].start[0].kind == "number"
            and len(members[j].start) == 1
            and all(c.kind != "unit" for c in members[j].containers)
        ):
            j += 1
            if members[j - 1].containers:
                break
        if j == i + 1:
            i += 1
            continue
        start = max((k + 1 for k in range(done, i) if members[k].containers), default=done)
        group, outer = members[start : i + 1], members[j - 1].containers
        places = [last.place] + [m.start for m in members[i + 1 : j]]
        for n, place in enumerate(places):
            inner = last._replace(place=place)
            copy = [*group[:-1], group[-1]._replace(containers=(*group[-1].containers[:-1], inner, *outer))]
            before = members[done:start] if n == 0 else ()
            copy[0] = copy[0]._replace(sep=None) if n else copy[0]
            pieces.append(citation._replace(members=(*before, *copy)))
        done = i = j
    if not pieces:
        return [citation]
    if done < len(members):
        rest = members[done:]
        pieces[-1] = pieces[-1]._replace(members=(*pieces[-1].members, *rest))
    return pieces


def _resolve(doc: Document, citation: Citation, where: Unit | None) -> list[str]:
    """The ids one citation names, its place after "of <unit>," read both ways if it can be."""
    chained, at = _chained(citation)
    if chained is None:
        return doc.in_order(_Reader(doc, citation, where).ids())
    # "items (i) and (ii) of article 17, paragraph 1 (a)": the part after the comma may say where in article 17
    # the items are (17.1.a.i), or be a unit of its own (17.1.a); what names nothing is not a reading.
    readings, failed = [], []
    for reading in (citation, chained):
        try:
            readings.append(doc.in_order(_Reader(doc, reading, where).ids()))
        except (Ambiguous, Relative):
            raise  # a reading refused is no reading to fall back from
        except (NotFound, ReferenceSyntaxError) as e:
            failed.append(e)
    if not readings:
        # Neither names units: say what is wrong with the place after "of" if it is there, else with the list.
        raise failed[1] if _there(doc, chained.members[at], chained, where) else failed[0]
    if len(readings) == 2 and readings[0] != readings[1]:
        as_list, as_place = (" and ".join(map(ids.in_sentence, reading)) for reading in readings)
        raise Ambiguous(
            f"{shown(citation.text)} can be read two ways: {as_list}, or {as_place}: "
            "say which, as in 'paragraph 1 (a) of article 17' or 'article 17, paragraph 1, and article 18'"
        )
    return readings[0]


def _there(doc: Document, member: Member, chained: Citation, where: Unit | None) -> bool:
    """Whether the place `member` is "of" in `chained` (as `_chained` made it) names a unit."""
    try:
        _Reader(doc, chained, where)._prefix(member.containers)
    except (NotFound, ReferenceSyntaxError):
        return False
    return True


def _chained(citation: Citation) -> tuple[Citation | None, int]:
    """`citation` with the unit after "of <unit>," read as part of it ("of article 17, paragraph 1 (a)" as "of
    paragraph 1 (a) of article 17") and the member that place is now of; (None, -1) if it has no such place."""
    members = citation.members
    for i, (member, after) in enumerate(zip(members, members[1:], strict=False)):
        # What comes after must start afresh ("..., and article 18"): in "(i) of article 17, paragraph 1 (a) and
        # (b)", "(b)" could be 17.1.b or the (i) of 17.1.b, so the place is not read as one.
        then = members[i + 2] if i + 2 < len(members) else None
        if (
            (then is None or then.head is not None or then.unit is not None)
            and len(member.containers) == 1
            and member.containers[0].kind == "unit"
            and after.sep == ","
            and after.head is not None
            and after.head.level in _QUALIFIES.get(member.containers[0].head.level, ())
            and after.end is None
            and not after.containers
            and after.unit is None
        ):
            inner = Container("unit", after.head, after.start)
            chained = member._replace(containers=(inner, *member.containers))
            return citation._replace(members=(*members[:i], chained, *members[i + 2 :])), i
    return None, -1


class _Reader:
    def __init__(self, doc: Document, citation: Citation, where: Unit | None):
        self.doc, self.citation, self.where = doc, citation, where

    # --- errors -------------------------------------------------------------

    def _syntax(self, why: str) -> ReferenceSyntaxError:
        return ReferenceSyntaxError(f"{shown(self.citation.text)}: {why}")

    def _check(self, uid: str) -> str:
        if uid not in self.doc.units:
            raise NotFound(self.doc.missing(uid))
        return uid

    # --- the list -----------------------------------------------------------

    def ids(self) -> list[str]:
        out: list[str] = []
        heads: list[Head] = []
        prev: list[Step] | None = None  # the path of the last unit named, to inherit from
        prev_member: Member | None = None
        listed: list[list] = []  # [kind, qualified, path] of each unit named in turn
        for group in self._groups():
            prefix = self._prefix(group[-1].containers)
            for member in group:
                if self._in_annex(member, prev, out):
                    # "GA Res. 79/243, art. 40(15)": the resolution only says where the Convention is, its annex.
                    out.pop()
                    listed.pop()
                qualifier = self._is_qualifier(member, prev, prev_member)
                if qualifier:
                    listed[-1][1] = True
                    if out and prev is not None and ids.join(prev) == out[-1]:
                        out.pop()  # "article 40, paragraph 21": the article only says where the paragraph is
                    heads.append(member.head or Head(member.unit or "", False))
                elif member.head is not None:
                    if prev_member is not None and member.sep is None:
                        raise self._syntax("give one reference at a time, joined by ',', 'and', 'or' or 'to'")
                    depth = _DEPTH.get(member.head.level, 0)
                    heads = [h for h in heads if _DEPTH.get(h.level, 0) < depth] + [member.head]
                elif member.unit is not None:
                    heads = []
                first = self._path(member, member.start, heads, prev if (qualifier or member.sep) else None, prefix)
                if not qualifier and self._inside(member, prev, prev_member, first):
                    assert prev is not None and prev_member is not None  # _inside holds only after a member
                    if member.sep != "," and prev_member.end is None:
                        raise Ambiguous(
                            f"{shown(self.citation.text)} can be read two ways: {ids.in_sentence(ids.join(prev))} "
                            f"and a part of it, or {ids.in_sentence(ids.join(first))} alone: name each in full"
                        )
                    # "article 28, (1)", "paragraph 21, (b)": as in "article 40, paragraph 21", the comma says where.
                    qualifier = True
                    listed[-1][1] = True
                    if out and ids.join(prev) == out[-1]:
                        out.pop()
                if qualifier:
                    # _is_qualifier and _inside hold only after a member
                    assert prev is not None and prev_member is not None
                    self._qualifying(listed, prev, prev_member, first)
                prev = self._add(member, first, heads, prefix, out)
                if not qualifier:
                    listed.append([prev[-1].kind if prev else None, False, prev])
                prev_member = member
        return out

    def _qualifying(self, listed: list[list], prev: list[Step], prev_member: Member, first: list[Step]) -> None:
        """Refuse a member that qualifies a range ("articles 7 to 9, paragraph 1", "article 28(1) to (3), (b)"), or
        one that may qualify the last unit of a list or each of them."""
        if prev_member.end is not None:
            raise Ambiguous(
                f"{shown(self.citation.text)} can be read two ways: {ids.in_sentence(ids.join(first))} "
                "alone, or that part of each unit of the range: name each in full"
            )
        if len(listed) > 1 and prev_member.sep is not None:
            self._one_or_each(listed, prev, first)

    def _add(
        self, member: Member, first: list[Step], heads: list[Head], prefix: list[Step] | None, out: list[str]
    ) -> list[Step]:
        """Add to `out` the unit a member names, or each unit of its range; the path of the last."""
        if member.end is None:
            out.append(self._check(ids.join(first)))
            self._about(member, out[-1])
            return first
        level = self._level(member.end[0], heads)
        if member.end[0].kind == "number":
            # "articles 7 to 16", "40.1 to 5": the end is at the level of the start's last number.
            level = next(s.kind for s in reversed(first) if s.kind not in ("subparagraph", "item"))
        last = self._inherit(first, self._steps(member.end, level), prefix)
        out += self._expand(self._check(ids.join(first)), self._check(ids.join(last)))
        return last

    def _about(self, member: Member, uid: str) -> None:
        """Refuse "note 3 to article 2" when note 3 is not about article 2, saying which article it is about."""
        about = next((c for c in member.containers if c.kind == "about"), None)
        if about is None:
            return
        article = ids.join(self._steps(about.place, "article"))
        articles = self.doc.get(uid).articles
        if article not in articles:
            what = " and ".join(map(ids.in_sentence, articles)) or "no article"
            if len(articles) > 1:
                what = "articles " + " and ".join(articles)
            note = ids.in_sentence(uid)
            also = f" or '{note} to {what}'" if len(articles) == 1 else ""
            raise NotFound(
                f"{shown(self.citation.text)}: {note} is about {what}, not {ids.in_sentence(article)}: "
                f"write '{note}'{also}"
            )

    def _one_or_each(self, listed: list[list], prev: list[Step], first: list[Step]) -> None:
        """Refuse "articles 7 and 8, paragraph 1" when the paragraph could be of article 8 alone or of each."""
        level, qualified, earlier = listed[-2]
        if level != listed[-1][0] or qualified:
            return
        other = ids.join(
            _typed(
                earlier,
                [Step("label" if s.kind in ("subparagraph", "item") else s.kind, s.label) for s in first[len(prev) :]],
            )
        )
        if other in self.doc.units and other != ids.join(first):  # "article 52, and Article 52, paragraph 2": one
            raise Ambiguous(
                f"{shown(self.citation.text)} can be read two ways: {ids.in_sentence(ids.join(first))} alone, "
                f"or also {ids.in_sentence(other)}: name each in full, as in "
                "'article 7, paragraph 1, and article 8, paragraph 1'"
            )

    def _groups(self) -> list[list[Member]]:
        """The members up to and including each one that says what they are "of"."""
        groups: list[list[Member]] = [[]]
        for member in self.citation.members:
            groups[-1].append(member)
            if member.containers:
                groups.append([])
        return [g for g in groups if g]

    @staticmethod
    def _in_annex(member: Member, prev: list[Step] | None, out: list[str]) -> bool:
        """Whether `member`, a part of the Convention after "resolution 79/243,", is in the resolution's annex."""
        return (
            member.sep == ","
            and member.head is not None
            and member.head.level in ("article", "chapter", "note", "footnote")
            and prev == [Step("resolution", "")]
            and bool(out)
            and out[-1] == "resolution"
        )

    def _is_qualifier(self, member: Member, prev: list[Step] | None, prev_member: Member | None) -> bool:
        """Whether `member` says where in the unit before it ("article 40, paragraph 21", "article 40 § 21")."""
        if prev is None or prev_member is None or member.sep not in (",", None):
            return False
        level = member.head.level if member.head else member.unit
        return level in _QUALIFIES.get(prev[-1].kind, ())

    @staticmethod
    def _inside(member: Member, prev: list[Step] | None, prev_member: Member | None, path: list[Step]) -> bool:
        """Whether `member`, bracketed labels alone in a list, goes on below the unit named just before it: read as
        a list, "article 28, (1)" would name article 28 and its own paragraph 1. A member that says again where
        it is ("(3)(b)" after "article 28 (3)", "40.21.b" after "40.21") is a list member."""
        return (
            member.sep is not None
            and member.head is None
            and member.unit is None
            and member.start[0].kind in ("label", "pnum")
            and prev is not None
            and prev_member is not None
            and len(path) - len(member.start) >= len(prev)
            and path[: len(prev)] == prev
        )

    # --- one member ---------------------------------------------------------

    def _path(self, member: Member, pieces: tuple, heads: list[Head], prev, prefix) -> list[Step]:
        """The path of a member's (first) unit."""
        if member.unit is not None:
            return self._unit(member.unit, prev)
        level = self._level(pieces[0], [member.head] if member.head else heads)
        if level == "ambiguous":
            return self._either(member, pieces, heads, prev, prefix)
        return self._inherit(prev, self._steps(pieces, level), prefix)

    def _unit(self, unit: str, prev) -> list[Step]:
        if unit == "preamble":
            if prev is not None and prev[-1].kind == "resolution":
                return [*prev, Step("preamble", "")]
            return [Step("preamble", "")]
        if unit in ("resolution", "testimonium"):
            return [Step(unit, "")]
        if unit == "closing":
            return [Step("resolution", ""), Step("closing", "")]
        kind = unit.removeprefix("this_")
        return ids.steps(self._context(kind).id)

    def _level(self, piece: Piece, heads: list[Head]) -> str:
        """What a number or label means here: its head word's level, or the level its form says."""
        if piece.kind == "id":
            return "id"
        if piece.kind == "pnum":
            return "paragraph"
        if piece.kind == "label":
            return "subparagraph"
        if piece.kind == "numeral":
            return heads[-1].level if heads else "chapter"
        if not heads:
            return "article"
        inner = heads[-1]
        if inner.plural:
            return inner.level
        outer = next((h for h in reversed(heads[:-1]) if h.plural), None)
        if outer is None:
            return inner.level
        return "ambiguous"

    def _either(self, member: Member, pieces: tuple, heads: list[Head], prev, prefix) -> list[Step]:
        """A bare number after a singular head inside a plural one: the plural's level, unless both name units."""
        inner, outer = heads[-1], next(h for h in reversed(heads[:-1]) if h.plural)
        readings = []
        for level in (outer.level, inner.level):
            try:
                path = self._inherit(prev, self._steps(pieces, level), prefix)
            except (NotFound, ReferenceSyntaxError):
                continue
            if ids.join(path) in self.doc.units:
                readings.append(path)
        if len(readings) == 2:
            a, b = (ids.in_sentence(ids.join(p)) for p in readings)
            n = pieces[0].value
            raise Ambiguous(
                f"{shown(self.citation.text)} can be read two ways, as {a} or as {b}: "
                f"write '... and {outer.level} {n}' or '{inner.level}s ... and {n}'"
            )
        if readings:
            del heads[heads.index(outer) + 1 :]
            return readings[0]
        return self._inherit(prev, self._steps(pieces, outer.level), prefix)

    def _steps(self, pieces: tuple, level: str) -> list[Step]:
        """The steps a place names, its first at `level`; labels are left as "label" steps."""
        out: list[Step] = []
        for n, piece in enumerate(pieces):
            if piece.kind == "id":
                uid = ids.normalize(piece.value)
                if uid is None:
                    why = f"{piece.value!r} is not an id: write one such as 40.21.b or chapter.V"
                    raise self._syntax(why) if piece.value != self.citation.text else ReferenceSyntaxError(why)
                out += ids.steps(uid)
            elif piece.kind == "label":
                out.append(Step("label", piece.value))
            elif piece.kind == "pnum" or n:
                out.append(Step("paragraph", piece.value))
            elif piece.kind == "numeral":
                if level != "chapter":
                    chapter = f"chapter.{piece.value.upper()}"
                    if chapter in self.doc.units:
                        raise self._syntax(f"{piece.value} is a chapter numeral: write 'chapter {piece.value}'")
                    # A hint names only what exists: "Art. XL" is no chapter either.
                    raise self._syntax(
                        f"{piece.value} is a roman numeral, and the Convention has chapters I to "
                        f"{self.doc.chapters[-1].label.split()[-1]} and articles 1 to {len(self.doc.articles)}"
                    )
                out.append(Step("chapter", piece.value))
            elif level == "subparagraph":
                raise self._syntax(
                    f"a subparagraph is a letter in brackets, as in 'subparagraph (b)', not {piece.value}"
                )
            elif level == "chapter":
                number = int(piece.value)
                roman = ids.ROMANS[number - 1].upper() if 0 < number <= len(ids.ROMANS) else piece.value
                out.append(Step("chapter", roman))
            else:
                out.append(Step(level, piece.value))
        return out

    # --- where a path sits ----------------------------------------------------

    def _inherit(self, prev, new: list[Step], prefix) -> list[Step]:
        """The whole path of `new`: what it does not say comes from the unit before it, its
        container or the unit it is written in."""
        first = new[0].kind
        if first == "label":
            candidates = self._label_candidates(prev, new, prefix)
            found = [c for c in candidates if ids.join(c) in self.doc.units]
            # Read against the unit it is written in, the nearest unit that has the label wins;
            # read after another member of a list, two readings are two readings.
            if prev is not None and len(found) > 1:
                a, b = (ids.in_sentence(ids.join(p)) for p in found[:2])
                raise Ambiguous(f"{shown(self.citation.text)} can be read two ways: {a}, or {b}: write it in full")
            return found[0] if found else candidates[0]
        if first in ("paragraph", "recital", "resolution-paragraph"):
            if prev is not None:
                base = [s for s in prev if _DEPTH.get(s.kind, 0) < 1]
            elif prefix is not None:
                base = prefix
            elif first == "paragraph":
                base = self._anchor(first)
            else:  # "recital 3", "operative paragraph 5": the Convention's preamble, the resolution
                holder = self.where.up("preamble") if self.where is not None and first == "recital" else None
                base = ids.steps(holder.id) if holder is not None else []
            if first == "paragraph" and not base:
                raise self._syntax("a paragraph of the Convention needs its article, as in 'article 40, paragraph 21'")
            return _typed(base, new)
        if first == "article" and prefix:
            raise self._syntax(f"an article is not part of {ids.in_sentence(ids.join(prefix))}")
        return _typed([], new)

    def _label_candidates(self, prev, new: list[Step], prefix) -> list[list[Step]]:
        """Where a label may sit: in place of the last label of the unit before it, or of the one
        before that; or, with nothing before it, under its container or the unit it is written in."""
        if prev is not None:
            labels = [s for s in prev if s.kind in ("subparagraph", "item")]
            base = [s for s in prev if s.kind not in ("subparagraph", "item")]
            return [_typed(base + labels[:n], new) for n in range(len(labels) - 1, -1, -1)] or [_typed(base, new)]
        if prefix is not None:
            if not prefix:
                raise self._syntax(
                    "a subparagraph of the Convention needs its article, as in 'article 40, paragraph 21 (b)'"
                )
            return [_typed(prefix, new)]
        unit: Unit | None = self._context(None)
        out = []
        # Only an article's paragraphs and subparagraphs hold lettered units: a note or a part of the
        # document around the articles does not.
        while unit is not None and unit.kind in ("article", "paragraph", "subparagraph", "item"):
            out.append(_typed(ids.steps(unit.id), new))
            unit = unit.parent
        if not out:
            assert self.where is not None  # the unit _context gave
            raise self._not_in_article(self.where)
        return out

    def _anchor(self, level: str) -> list[Step]:
        """The unit a relative paragraph or recital is read in, from the unit it is written in."""
        unit = self._context(None)
        if level == "recital":
            holder = unit.up("preamble")
        elif unit.id.startswith("resolution"):
            holder = unit.up("resolution")
        elif unit.up("preamble") is not None:
            holder = unit.up("preamble")
        else:
            holder = unit.article
        if holder is None:
            raise self._not_in_article(unit)
        return ids.steps(holder.id)

    def _not_in_article(self, unit: Unit) -> Relative:
        return Relative(
            f"{shown(self.citation.text)} needs the article it is written in, "
            f"but {ids.in_sentence(unit.id)} is not in an article: name the article"
        )

    def _prefix(self, containers: tuple[Container, ...]) -> list[Step] | None:
        """What a group of members is "of": a path, [] for "of this Convention", or None if it does not say."""
        if not containers:
            return None
        containers = tuple(c for c in containers if c.kind != "about")  # "note 1 to article 2": checked apart
        if not containers:
            return None
        prefix: list[Step] = []
        for container in reversed(containers):  # "of paragraph 3 of article 40": the outermost comes last
            if container.kind == "unit":
                assert container.head is not None  # ("unit", head, place)
                level = container.head.level
                if level == "paragraph" and not prefix:
                    prefix = self._anchor("paragraph")
                prefix = _typed(prefix, self._steps(container.place, level))
            elif container.kind in ("this_article", "this_paragraph"):
                prefix = ids.steps(self._context(container.kind.removeprefix("this_")).id)
            elif container.kind == "resolution":
                prefix = [Step("resolution", "")]
            elif container.kind == "preamble":
                prefix = [*prefix, Step("preamble", "")]
            elif container.kind == "above":
                unit = self._context(None)
                if not unit.id.startswith("resolution"):
                    raise Relative(
                        f"{shown(self.citation.text)} means paragraphs of the resolution: give --in resolution.10"
                    )
                prefix = [Step("resolution", "")]
        uid = ids.join(prefix) if prefix else ""
        if uid:
            self._check(uid)
        return prefix

    def _context(self, kind: str | None) -> Unit:
        """The unit the citation is written in (or the `kind` that holds it); Relative if there is none."""
        if self.where is None:
            what = f"the {kind}" if kind else "the unit"
            raise Relative(
                f"{shown(self.citation.text)} is relative to {what} it is written in: give --in ID (as --in 41.1), "
                "or name the article ('article 41, paragraph 3')"
            )
        if kind is None:
            return self.where
        unit = self.where.up(kind)
        if unit is None:
            article = "an" if kind == "article" else "a"
            raise Relative(
                f"{shown(self.citation.text)} needs the {kind} it is written in, "
                f"but {ids.in_sentence(self.where.id)} is not in {article} {kind}"
            )
        return unit

    def _expand(self, first: str, last: str) -> list[str]:
        """The units from `first` to `last`, which must be of one kind and in one list, in order."""
        a, b = self.doc.get(first), self.doc.get(last)
        if a.kind == "article":  # articles run on across chapters
            siblings = self.doc.articles
        elif a.parent is None:
            siblings = self.doc.of_kind(a.kind)
        else:
            siblings = a.parent.children
        if b not in siblings or a.kind != b.kind:
            raise self._syntax(
                f"{ids.in_sentence(first)} to {ids.in_sentence(last)} is not a range of units of one kind"
            )
        i, j = siblings.index(a), siblings.index(b)
        if i > j:
            raise self._syntax(
                f"the range {ids.in_sentence(first)} to {ids.in_sentence(last)} runs backwards: "
                f"write {ids.in_sentence(last)} to {ids.in_sentence(first)}"
            )
        return [u.id for u in siblings[i : j + 1]]


def _typed(base: list[Step], new: list[Step]) -> list[Step]:
    """`base` and `new` as one path, each step given the kind its place makes it."""
    path = list(base)
    for step in new:
        kind = step.kind
        if kind == "label":
            kind = "item" if any(s.kind == "subparagraph" for s in path) else "subparagraph"
        elif kind == "paragraph" and path and path[-1].kind == "resolution":
            kind = "resolution-paragraph"
        elif kind == "paragraph" and path and path[-1].kind == "preamble":
            kind = "recital"
        elif kind == "recital" and (not path or path[-1].kind == "resolution"):
            path.append(Step("preamble", ""))
        elif kind == "resolution-paragraph" and not path:
            path = [Step("resolution", "")]
        path.append(Step(kind, step.label))
    return path
