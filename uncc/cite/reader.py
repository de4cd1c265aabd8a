"""Read citations: one string as one citation (`read`), or every citation in running text (`scan`).

Lark builds the parser from grammar/refs.lark: its basic lexer's one regular
expression and its LALR(1) table, shipped as plain data in
uncc/cite/_tables.py (see uncc/cite/generate.py) and run as lark's runtime
does by uncc/cite/lalr.py. ToMembers, one method per rule, turns each
reduction into the `Citation` values that carry their span. What the values
name is decided by uncc/cite/resolve.py.

Its annotations are evaluated as it loads, not left as text: typing compiles each text annotation of a
NamedTuple's fields, which costs every `uncc resolve` half a millisecond.
"""

import re
from functools import cache
from typing import NamedTuple

from uncc.cite import _tables
from uncc.cite.lalr import Parse, Shape, Token, Unreadable, match_example, tokens
from uncc.errors import ReferenceSyntaxError, shown

# The longest citation in the Convention has 72 characters.
MAX_LENGTH = 300


class Head(NamedTuple):
    """A head word: the level it names ("article", "paragraph", "subparagraph", ...) and its number."""

    level: str
    plural: bool


class Piece(NamedTuple):
    """One part of a place: ("number", "40"), ("pnum", "21") for "(21)", ("label", "b"),
    ("numeral", "V"), ("id", "40.21")."""

    kind: str
    value: str


class Container(NamedTuple):
    """What a place is "of": ("unit", head, place) for "of article 40", or "this_article",
    "this_paragraph", "convention", "resolution", "another" (instrument), "above"; ("about", head, place)
    for the article a note is about ("note 1 to article 2")."""

    kind: str
    head: Head | None = None
    place: tuple = ()
    text: str = ""


class Member(NamedTuple):
    """One member of a citation's list: "paragraph 21 (b)", "(c)", "61", "articles 7 to 16", "this article"."""

    head: Head | None
    start: tuple  # of Piece; empty for a unit named without a number
    end: tuple | None  # of Piece, for a range; (Piece("open", "ff."),) for an open one ("articles 40 ff.")
    containers: tuple  # of Container
    unit: str | None = None  # "preamble", "resolution", "testimonium", "this_article", ...
    sep: str | None = None  # what joins it to the member before: ",", "and", "or", or None


class Citation(NamedTuple):
    """A citation as read: its text, its span in the text it was read from, and its members."""

    text: str
    start: int
    end: int
    members: tuple

    @property
    def another_instrument(self) -> str | None:
        """The other instrument this citation names ("the Budapest Convention"), if any."""
        for member in self.members:
            for container in member.containers:
                if container.kind == "another":
                    return container.text
        return None

    @property
    def numbered(self) -> bool:
        """Whether it names a unit by number or label, not only by a word ("this article", "the preamble")."""
        return any(m.start or m.head for m in self.members)


_SEPS = {"comma": ",", "and_": "and", "or_": "or"}


_LIT_WORD = re.compile(r"^(?i:lit|buchstabe|buchst)\.?")


class _Sep(NamedTuple):
    word: str


class _Range(NamedTuple):
    pass


def _bracketed(token) -> str:
    return re.sub(r"[\s()]", "", token.value)


class ToMembers:
    """One method per rule of grammar/refs.lark, run as the parser reduces: a citation's members.

    No parse tree is built. The parser is always given exactly one citation
    (read strips what came with a paste, scan cuts at the citation's end), so
    a citation's span is the whole of what was parsed. A token is anything
    with a `type` and a `value` (lark's own Token, in the test that runs lark).
    """

    def start(self, children):
        return children[0]

    def uncc_prefixed(self, children):  # "UNCC art. 35(1)(c)": as "art. 35(1)(c) of this Convention"
        *before, last = children[1]
        if any(c.kind == "convention" for c in last.containers):
            return children[1]
        return (*before, last._replace(containers=(*last.containers, Container("convention"))))

    def citation(self, children):
        members, sep = [], None
        for child in children:
            if isinstance(child, _Sep):
                sep = child.word
            elif type(child) is tuple:  # "the sixth and seventh preambular paragraphs": members of their own
                members += [child[0]._replace(sep=sep), *child[1:]]
                sep = None
            else:
                members.append(Member(child.head, child.start, child.end, child.containers, child.unit, sep))
                sep = None
        return tuple(members)

    def comma(self, _):
        return _Sep(",")

    def and_(self, _):
        return _Sep("and")

    def or_(self, _):
        return _Sep("or")

    def headed(self, children):
        head, place = children
        return Member(head, place.start, place.end, place.containers, place.unit, place.sep)

    def lit(self, children):  # "lit. b"
        return Member(Head("subparagraph", False), (children[1],), None, ())

    def lit_letters(self, children):  # "lit. b and c", "lit. b to d": a member for each letter or range, as written
        head = Head("subparagraph", False)
        out: list[Member] = []
        joined = r"(?:\s+(to|bis)\s+|\s*([-–])\s*|(,)?\s*(and|or|und|oder)?\s*)"
        letters = _LIT_WORD.sub("", children[0].value)
        for m in re.finditer(joined + r"\(?\s*([a-z])\s*\)?(?![^\W_])", letters, re.I):
            label = (Piece("label", m[5].lower()),)
            if out and (m[1] or m[2]):  # "b to d": the member before runs to this letter
                out[-1] = out[-1]._replace(end=label)
            else:
                word = m[4] and {"und": "and", "oder": "or"}.get(m[4].lower(), m[4])
                out.append(Member(head, label, None, (), None, (word or m[3]) if out else None))
        return tuple(out)

    def note_headed(self, children):
        return self.headed([Head("note", False), children[1]])

    def note_to(self, children):  # "note 1 to article 2"
        _note, place, _to, article = children
        return Member(Head("note", False), place, None, (Container("about", Head("article", False), article),))

    def lit_letter(self, children):
        return Piece("label", _bracketed(children[0]).lower())

    def place(self, children):
        start, end, containers = children[0], None, []
        for child in children[1:]:
            if isinstance(child, Container):
                containers.append(child)
            elif getattr(child, "type", None) == "OPEN_END":  # "ff.", "et seq."
                end = (Piece("open", " ".join(child.value.split())),)
            elif not isinstance(child, _Range):
                end = child
        return Member(None, start, end, tuple(containers))

    def range(self, _):
        return _Range()

    def numbered(self, children):
        return (Piece("number", str(int(children[0].value))), *children[1:])

    def dotted(self, children):
        # As written: whether it is an id is the resolver's to say, so that a document citing "article 40.21.x"
        # has that citation reported with its error, not an error instead of every citation.
        return (Piece("id", children[0].value), *children[1:])

    def bracketed(self, children):
        return tuple(children)

    def numeral(self, children):
        return (Piece("numeral", children[0].value.upper()),)

    def bracket_number(self, children):
        return Piece("pnum", str(int(_bracketed(children[0]))))

    def bracket_label(self, children):
        return Piece("label", _bracketed(children[0]).lower())

    def _unit(self, name, children):
        return Member(None, (), None, tuple(c for c in children if isinstance(c, Container)), unit=name)

    def preamble(self, children):
        return self._unit("preamble", children)

    def resolution(self, children):
        return self._unit("resolution", children)

    def closing(self, children):
        return self._unit("closing", children)

    def other_resolution(self, children):
        text = " ".join(children[0].value.split())
        return Member(None, (), None, (Container("another", text=text),), unit="another")

    def testimonium(self, children):
        return self._unit("testimonium", children)

    def this_article(self, children):
        return self._unit("this_article", children)

    def this_paragraph(self, children):
        return self._unit("this_paragraph", children)

    def this_chapter(self, children):
        return self._unit("this_chapter", children)

    def ordinal(self, children):  # "third", "the 12th": the number of a recital
        word = children[0].value.lower()
        ordinals = _tables.ORDINALS
        return Piece("number", str(ordinals.index(word) + 1) if word in ordinals else str(int(word[:-2])))

    def ordinal_recital(self, children):
        containers = tuple(c for c in children[2:] if isinstance(c, Container))
        return Member(Head("recital", False), (children[0],), None, containers)

    def ordinal_recitals(self, children):  # "the sixth and seventh preambular paragraphs"
        members: list[Member] = []
        sep = None
        head: Head | None = Head("recital", True)
        for child in children:
            if isinstance(child, _Sep):
                sep = child.word
            elif isinstance(child, Container):
                members[-1] = members[-1]._replace(containers=(*members[-1].containers, child))
            elif isinstance(child, Piece):
                members.append(Member(head, (child,), None, (), None, sep))
                head = None  # the members after the first take its head word, as "recitals 6 and 7" does
        return tuple(members)

    def ordinal_recital_range(self, children):  # "sixth to eighth preambular paragraphs"
        first, _range, last, _word, *containers = children
        return Member(Head("recital", True), (first,), (last,), tuple(containers))

    def of_unit(self, children):
        _of, head, place = children
        return Container("unit", head, place)

    def of_this_article(self, _):
        return Container("this_article")

    def of_this_paragraph(self, _):
        return Container("this_paragraph")

    def of_this_convention(self, _):
        return Container("convention")

    def of_resolution(self, _):
        return Container("resolution")

    def of_preamble(self, _):
        return Container("preamble")

    def of_note(self, children):  # "of note 4"
        return Container("unit", Head("note", False), children[2])

    def of_another_instrument(self, children):
        return Container("another", text=" ".join(children[1].value.split()))

    def of_another_acronym(self, children):  # ", of the ICCPR": the instrument is what follows "of"
        words = children[0].value.lstrip(", \t\r\n").split()
        return Container("another", text=" ".join(words[1:]))

    def above(self, _):
        return Container("above")


def _head(level: str, plural: bool):
    head = Head(level, plural)
    return lambda self, children: head


# Each rule of the grammar's head words: its level, the word without its plural's "s" but for one, and whether it
# names several.
_LEVELS = {"operative": "resolution-paragraph"}
for _rule in _tables.HEADS:
    _word = _rule.removesuffix("s")
    setattr(ToMembers, _rule, _head(_LEVELS.get(_word, _word), _rule != _word))


# --- the parser: lark's tables run by uncc/cite/lalr.py ------------------------------------------


@cache
def _calls() -> tuple:
    """Each rule's ToMembers method (None for lark's helper rules, whose children the rule using them takes)."""
    members, calls = ToMembers(), []
    for origin, size, plan, expand1, name in _tables.RULES:
        call = None if name is None else getattr(members, name, None)
        if call is None and name is not None and not (expand1 and size == 1 and plan is None):
            raise AssertionError(f"grammar/refs.lark: rule {origin} -> {name} has no method in ToMembers")
        calls.append(call)
    return tuple(calls)


def parse(text: str) -> tuple:
    """`text` as exactly one citation: its members, or Unreadable."""
    run, last = Parse(text, _calls()), None
    for token in tokens(text, run.stack):
        run.feed(token)
        last = token
    return run.end(last)


# Inputs that fail in the same way get the same message (lark's match_examples).
ERROR_EXAMPLES = {
    "a range needs its end, as in 'articles 7 to 16'": ["articles 7 to", "paragraph 2 (a) to", "7 -"],
    "a list needs a unit after 'and' or 'or', as in 'articles 14 and 16'": ["articles 14 and", "14 or", "1,"],
    "a head word needs a number, as in 'article 41' or 'paragraph 3 (b)'": ["article", "paragraphs", "note"],
    "a chapter is a numeral, as in 'chapter V' or 'chapter 5'": ["chapter (a)"],
    "give one reference at a time, joined by ',', 'and', 'or' or 'to'": ["41 42", "article 41 (a) 42"],
}


@cache
def _failures() -> list:
    """(label, how it fails) for each example of ERROR_EXAMPLES, parsed once a process (a batch may have many
    errors)."""
    failures = []
    for label, examples in ERROR_EXAMPLES.items():
        for example in examples:
            try:
                parse(example)
            except Unreadable as e:
                failures.append((label, e))
    return failures


def _example(error: Unreadable) -> str | None:
    """The label of the example of ERROR_EXAMPLES that fails as `error` does."""
    return match_example(error, _failures())


# What may be left around a citation pasted from a text: "Articles 26 and 31."
_PASTED = re.compile(r"^[\s\[“\"']+|[\s.,;:\]”\"']+$")


def _foreign_letter(text: str) -> str | None:
    """Name a letter that looks Latin but is not ASCII ('а', Cyrillic; 'Ａ', fullwidth), which no head word has."""
    import unicodedata

    for char in text:
        if char.isalpha() and not char.isascii():
            name = unicodedata.name(char, "")
            if name.startswith(("CYRILLIC", "GREEK")) or "LATIN" in name:
                return f"{char!r} is {name} (U+{ord(char):04X}), not the ASCII letter it looks like: retype the word"
    return None


def read(text: str) -> Citation:
    """`text` as one citation; ReferenceSyntaxError says what is wrong."""
    if len(text) > MAX_LENGTH:
        raise ReferenceSyntaxError(
            f"a reference of {len(text)} characters is too long to be one (at most {MAX_LENGTH}): "
            "give one such as 'article 40, paragraph 21 (b)'"
        )
    body = _PASTED.sub("", text)
    # A bracket that opens or closes nothing came with the paste: "(see article 41)".
    while body.startswith("(") and body.count("(") > body.count(")"):
        body = _PASTED.sub("", body[1:])
    while body.endswith(")") and body.count(")") > body.count("("):
        body = _PASTED.sub("", body[:-1])
    if not body:
        raise ReferenceSyntaxError("an empty reference names nothing: give an article number (41) or an id (40.21.b)")
    offset = text.index(body)
    try:
        members = parse(body)
    except Unreadable as e:
        decoded = _decoded(text)
        if decoded is not None:
            return decoded
        # A letter that only looks Latin is the likeliest reason of all.
        hint = (
            _foreign_letter(body)
            or _example(e)
            or "write it as the Convention does ('article 40, paragraph 21 (b)') or as an id (40.21.b)"
        )
        raise ReferenceSyntaxError(
            f"cannot read {shown(text)} as a reference at column {e.column + offset}: {hint}"
        ) from None
    return Citation(body, offset, offset + len(body), members)


def _decoded(text: str) -> Citation | None:
    """`text` read with its HTML entities decoded ("this&nbsp;Convention", "&#167; 21", "&ldquo;article 41&rdquo;"),
    as the text given; None if it has none or does not read either.

    The grammar itself reads the entities a citation pasted from HTML most often has (a dash, a no-break space
    between words, § and ¶), so that `scan` reads them where they stand and its offsets stay those of the
    text; this reads the rest, in a reference given alone, only once the text as given has failed to read.
    """
    if "&" not in text:
        return None
    from html import unescape

    plain = unescape(text)
    if plain == text:
        return None
    try:
        members = read(plain).members
    except ReferenceSyntaxError:
        return None
    body = text.strip()
    start = text.index(body)
    return Citation(body, start, start + len(body), members)


# --- citations in running text ---------------------------------------------------

# Terminals that do not start a citation in running text: a bare number or "(b)" in a sentence is not a
# citation of the Convention, and "the twelfth preambular paragraph" is found from "twelfth" (as every other
# "the" before a citation is no part of it).
_PLACES_ONLY = {"NUMBER", "UNIT_ID", "PARENTHESIZED_NUMBER", "LABEL", "NUMERAL", "BARE_LETTER", "_THE"}
# A citation does not run on past a blank line, nor past this many characters.
_WINDOW = 400
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@cache
def _starts() -> re.Pattern:
    """Where a citation may start: any terminal the grammar allows first, but a bare place.

    Every such terminal ignores case, so the pattern is matched without regard to case against the text in
    lower case (`_lower`): the regex engine then skips an alternative at a glance by its first letter, which
    makes finding the starts in the whole Convention, at every build, three times as fast.
    """
    first = {t for t in _tables.TABLE[_tables.START] if t.isupper()} - _PLACES_ONLY
    terminals = [t for t in _tables.TERMINALS if t[0] in first]
    if any(flags != ("i",) for _name, _pattern, flags, _priority in terminals):
        raise AssertionError("grammar/refs.lark: a terminal that starts a citation must ignore case (/.../i)")
    # Longer words first, so "articles" is tried before "article".
    patterns = [pattern for _name, pattern, _flags, _priority in sorted(terminals, key=lambda t: -t[3])]
    return re.compile(_first_chars(terminals) + r"(?<![a-z0-9-])(?:" + "|".join(patterns) + ")")


def _first_chars(terminals: list) -> str:
    """A lookahead for the characters `terminals` can start with (the lexer's own table of them), so that most
    places in a text are passed over at one look; a terminal the table does not bound starts with a digit
    ("12th") or there is no lookahead."""
    names = {t[0] for t in terminals}
    lexed = {i for i, piece in enumerate(_tables.LEXER) if piece[4 : piece.index(">")] in names}
    chars = "".join(re.escape(ch) for ch, can in sorted(_tables.FIRST.items()) if lexed.intersection(can))
    unbounded = [_tables.LEXER[i] for i in sorted(lexed.intersection(_tables.ANYWHERE))]
    if not all(re.match(r"\(\?P<\w+>\(\?i:\\d", piece) for piece in unbounded):
        return ""
    return "(?=[" + chars + ("\\d" if unbounded else "") + "])"


def _lower(text: str) -> str:
    """`text` in lower case, each character where it was (a few, such as 'İ', lower to two)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def scan(text: str):
    """Every citation in running text, in order: the longest run at each place that reads as one."""
    pos = 0
    starts = _starts()
    low = _lower(text)
    while True:
        m = starts.search(low, pos)
        if m is None:
            return
        window = text[m.start() : m.start() + _WINDOW]
        blank = _BLANK_LINE.search(window)
        if blank:
            window = window[: blank.start()]
        found = _longest(window, m.start())
        if found is None:
            pos = m.end()
            continue
        yield found
        pos = found.end


def _longest(window: str, offset: int) -> Citation | None:
    """The longest start of `window` that is a whole citation, or None.

    The parser takes the window's tokens, states only (`Shape`), as far as it can; the citation is the text to
    the last token after which one may end that reads as one: its tokens parsed into members, once for each text.
    """
    shape, taken, ends = _start(), [], []  # the tokens taken; after how many of them a citation may end
    try:
        for token in tokens(window, []):
            after = shape.then(token.type)
            if after is None:
                break
            shape = after
            taken.append(token)
            if shape.can_end:
                ends.append(len(taken))
    except Unreadable:
        pass
    for n in reversed(ends):
        end = taken[n - 1].end
        members = _members(window[:end], taken[:n])
        if members is not None:
            return Citation(window[:end], offset, offset + end, members)
    return None


@cache
def _start() -> Shape:
    return Shape((_tables.START,))


# The members of each citation's text read so far, or None for a text that does not read as one: a document
# cites the same units in the same words again and again ("article 16", "paragraph 1").
_READ: dict[str, tuple | None] = {}


def _members(text: str, taken: list[Token]) -> tuple | None:
    """The members of a citation's text, its tokens `taken`: parsed the first time, then remembered."""
    if text not in _READ:
        if len(_READ) >= 50_000:
            _READ.clear()
        run = Parse(text, _calls())
        try:
            for token in taken:
                run.feed(token)
            _READ[text] = run.end(taken[-1])
        except Unreadable:
            _READ[text] = None
    return _READ[text]
