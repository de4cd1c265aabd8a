"""lark's LALR(1) runtime, over the tables lark builds from grammar/refs.lark (uncc/cite/_tables.py).

The lexer is lark's basic lexer (the first terminal that matches wins, in lark's order), the parser lark's
ParserState loop, and `match_example` lark's match_examples (use_accepts=True): what lark does, without lark
at run time (it is needed only to generate the tables: uncc/cite/generate.py) and without pickle. A test runs
lark itself on thousands of inputs and checks that both read each one alike, errors included.
"""

import re
from functools import cached_property
from typing import NamedTuple

from uncc.cite import _tables


class Token(NamedTuple):
    """A terminal as the lexer found it: its name, its text and its span."""

    type: str
    value: str
    start: int
    end: int


_token = tuple.__new__  # a Token without the keyword handling of its __new__: one per token read


class Unreadable(Exception):
    """Where the parser stopped: the token it could not take, or (token None) a character no terminal matches."""

    def __init__(self, text: str, pos: int, stack: list, token: Token | None):
        super().__init__(pos)
        self.column = pos - text.rfind("\n", 0, pos)  # 1-based, as lark counts
        self.stack = tuple(stack)
        self.token = token

    @property
    def state(self) -> tuple:
        """What lark compares to match an example: the stack's depth and its top state."""
        return len(self.stack), self.stack[-1]

    @cached_property
    def accepts(self) -> frozenset:
        """The terminals the parser could have taken here (found once: the examples' are compared again and
        again)."""
        return frozenset(t for t in _tables.TABLE[self.stack[-1]] if t.isupper() and shifts(list(self.stack), t))


class _Starting(dict):
    """For each character, the lexer's pattern of only the terminals that can start with it, in lark's order (so
    that each place is tried against a few alternatives, not all, with the same first match); compiled on first
    use, once for all the characters that start the same terminals ("a" and "A")."""

    def __missing__(self, ch: str):
        pieces = _tables.FIRST.get(ch, _tables.ANYWHERE)
        if pieces not in _COMPILED:
            _COMPILED[pieces] = re.compile("|".join(_tables.LEXER[i] for i in pieces)) if pieces else _NOTHING
        self[ch] = _COMPILED[pieces]
        return self[ch]


_NOTHING = re.compile(r"(?!)")
_COMPILED: dict[tuple, re.Pattern] = {}
_STARTING = _Starting()


def tokens(text: str, stack: list):
    """The tokens of `text`, as lark's basic lexer finds them; Unreadable at a character no terminal matches
    (`stack`: the parser's states by then)."""
    starting, ignore, pos, end = _STARTING, _tables.IGNORE, 0, len(text)
    while pos < end:
        m = starting[text[pos]].match(text, pos)
        if m is None:
            raise Unreadable(text, pos, stack, None)
        after = m.end()
        if m.lastgroup not in ignore:
            yield _token(Token, (m.lastgroup, text[pos:after], pos, after))
        pos = after


class Parse:
    """An LALR parse in progress: lark's ParserState, over lark's table, calling `calls[rule]` (each rule's method
    of the grammar's transformer, or None) as it reduces."""

    __slots__ = ("text", "stack", "values", "calls")

    def __init__(self, text: str, calls: tuple):
        self.text = text
        self.stack = [_tables.START]
        self.values: list = []
        self.calls = calls

    def feed(self, token: Token, end: bool = False):
        """Take one token (reducing first as the table says); with end, the value the parse ends with."""
        stack, values, table, rules, calls = self.stack, self.values, _tables.TABLE, _tables.RULES, self.calls
        while True:
            action = table[stack[-1]].get(token.type)
            if action is None:
                raise Unreadable(self.text, token.start, stack, token)
            if action >= 0:
                stack.append(action)
                values.append(token)
                return None
            origin, size, plan, expand1, _name = rules[~action]
            if size:
                children = values[-size:]
                del values[-size:], stack[-size:]
            else:
                children = []
            if plan is not None:
                kept = []
                for i, spliced in plan:
                    if spliced:
                        kept += children[i]
                    else:
                        kept.append(children[i])
                children = kept
            if expand1 and len(children) == 1:
                value = children[0]
            elif calls[~action] is not None:
                value = calls[~action](children)
            else:
                value = children
            state = table[stack[-1]][origin]
            stack.append(state)
            values.append(value)
            if end and state == _tables.END:
                return value

    def end(self, last: Token | None):
        """The citation's members, once every token is taken (lark puts the end where the last token starts)."""
        return self.feed(Token("$END", "", last.start, last.end) if last else Token("$END", "", 0, 0), True)


class Shape:
    """A run of token types as the parser reads them, its states only: whether a citation may end after it, and
    the shape each next type makes, worked out once (LALR's actions depend on the types alone, not the values:
    what finds where a citation ends need not build a value for each token)."""

    __slots__ = ("stack", "can_end", "_after")
    # How many shapes are kept: a document of a few grammatical shapes makes a few hundred; beyond this many (a
    # document made to make more), each further one is worked out and not kept.
    LIMIT = 10_000
    kept = 0

    def __init__(self, stack: tuple):
        self.stack = stack
        self.can_end = "$END" in _tables.TABLE[stack[-1]]
        self._after: dict[str, Shape | None] = {}

    def then(self, kind: str) -> "Shape | None":
        """The shape after a token of type `kind`, or None where the parser refuses it."""
        if kind in self._after:
            return self._after[kind]
        stack = list(self.stack)
        state = _shifted(stack, kind)
        after = None if state is None or state == _tables.END else Shape((*stack, state))
        if Shape.kept < Shape.LIMIT:
            Shape.kept += 1
            self._after[kind] = after
        return after


def shifts(stack: list, terminal: str) -> bool:
    """Whether the parser, its states `stack`, would take `terminal` (after the reductions it calls for)."""
    return _shifted(stack, terminal) is not None


def _shifted(stack: list, terminal: str) -> int | None:
    """Reduce `stack` in place as the table says before `terminal`: the state the parser then shifts `terminal`
    to, END where the reductions reach the end (on "$END"), or None where it refuses `terminal`."""
    table = _tables.TABLE
    while (action := table[stack[-1]].get(terminal)) is not None:
        if action >= 0:
            return action
        origin, size = _tables.RULES[~action][:2]
        if size:
            del stack[-size:]
        stack.append(table[stack[-1]][origin])
        if stack[-1] == _tables.END:
            return _tables.END
    return None


def match_example(error: Unreadable, failures: list) -> str | None:
    """The label of the example that fails as `error` does, as lark's match_examples (use_accepts=True) finds it:
    one that fails on the same token in the same state, else the first that fails in the same state (`failures`:
    (label, Unreadable) for each example)."""
    found = None
    for label, other in failures:
        if other.state != error.state:
            continue
        if error.token is not None and other.token is not None:
            if other.accepts != error.accepts:
                continue
            if other.token[:2] == error.token[:2]:
                return label
        found = found or label
    return found
