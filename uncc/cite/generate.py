"""Write uncc/cite/_tables.py from grammar/refs.lark: python -m uncc.cite.generate.

Lark reads the grammar, orders its terminals into the one regular expression
of its basic lexer, and builds the LALR(1) parse table. This writes what lark
built as Python literals: the lexer's pattern, the table, and for each rule
what lark's tree builder keeps of its children. uncc/cite/lalr.py runs
them. So `uncc resolve` loads plain data, no pickle and no cache, and needs
lark only here, to regenerate it (a test checks the shipped module is what
this writes, and another runs lark itself on every citation of the tests).

The states are numbered in the order they are first reached from the start,
so the module is the same whatever order lark found them in.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
GRAMMAR = os.path.join(os.path.dirname(os.path.dirname(HERE)), "grammar", "refs.lark")
MODULE = os.path.join(HERE, "_tables.py")


def _refuse(what: str) -> None:
    raise SystemExit(f"grammar/refs.lark: {what}, which uncc/cite/lalr.py does not run")


def _insides(lk) -> tuple:
    """What lark built that its public API does not give: (the lexer's terminals in its order, the names it
    ignores, the LALR parse table). Every read of lark's insides is here, and each is checked: lark 1.3
    (pyproject.toml bounds it) keeps the basic lexer's one pattern in `scanner._mres` and the table three
    parsers deep; a lark that moves them fails here, not in the tables."""
    lexer = lk.parser.lexer  # BasicLexer
    scanner = lexer.scanner  # its Scanner: the terminals in the order tried, and the compiled pattern
    if lexer.callback or len(scanner._mres) != 1 or scanner.g_regex_flags or scanner.use_bytes:
        _refuse("the lexer needs more than one plain regular expression (a string inside a pattern?)")
    pattern = "|".join(f"(?P<{t.name}>{t.pattern.to_regexp()})" for t in scanner.terminals)
    if pattern != scanner._mres[0].pattern:
        _refuse("lark's lexer pattern is not its terminals joined in order")
    table = lk.parser.parser.parser.parse_table  # ParsingFrontend -> LALR_Parser -> _Parser -> ParseTable
    return list(scanner.terminals), lexer.ignore_types, table


def tables() -> dict:
    """What lark builds from the grammar, as plain values."""
    from lark import Lark

    lk = Lark.open(GRAMMAR, parser="lalr", lexer="basic")
    ordered, ignored, table = _insides(lk)
    start, end = table.start_states["start"], table.end_states["start"]
    rules = list(lk.rules)
    order, rows = _rows(table, rules, start, end)
    if any(len(t.pattern.flags) > 1 for t in lk.terminals):
        # lark writes a terminal's flags in set order, which differs from run to run: the module would too.
        _refuse("a terminal has more than one flag")
    terminals = tuple((t.name, t.pattern.value, tuple(t.pattern.flags), t.priority) for t in lk.terminals)
    return {
        "pieces": [f"(?P<{t.name}>{t.pattern.to_regexp()})" for t in ordered],
        "ignore": tuple(sorted(ignored)),
        "terminals": terminals,
        "start": order[start],
        "end": order[end],
        "rows": rows,
        "rules": [_shaped(rule) for rule in rules],
    }


def _rows(table, rules: list, start, end) -> tuple[dict, list[dict[str, int] | None]]:
    """The states in the order they are first reached from the start (state -> number), and each state's row:
    symbol -> the state a shift goes to, or ~the rule a reduction uses, in name order."""
    order, queue = {start: 0}, [start]
    for state in queue:
        for _symbol, (action, arg) in sorted(table.states[state].items()):
            if action.name == "Shift" and arg not in order:
                order[arg] = len(order)
                queue.append(arg)
    rows: list[dict[str, int] | None] = [None] * len(order)
    for state, number in order.items():
        row: dict[str, int] = {}
        for symbol, (action, arg) in sorted(table.states[state].items()):
            if action.name == "Shift":
                if symbol.isupper() and arg == end:
                    _refuse(f"a terminal ({symbol}) leads to the end state")
                row[symbol] = order[arg]
            else:
                row[symbol] = ~rules.index(arg)
        rows[number] = row
    return order, rows


def _shaped(rule) -> tuple:
    """(origin, length, plan, expand1, name) of a rule: what lark's tree builder does with its children."""
    from lark.grammar import Terminal

    options = rule.options
    if options.keep_all_tokens or options.template_source or any(options.empty_indices):
        _refuse(f"rule {rule} keeps all tokens, is a template or has [optional] parts")
    helper = rule.origin.name.startswith("_")
    # What lark's tree builder passes on: each child kept (a filtered-out terminal is dropped), and the
    # children of a helper rule (__x_star_n, one per `x*`) spliced in where it stood.
    kept = [
        (i, not s.is_term and s.name.startswith("_"))
        for i, s in enumerate(rule.expansion)
        if not (isinstance(s, Terminal) and s.filter_out)
    ]
    plan = None if kept == [(i, False) for i in range(len(rule.expansion))] else tuple(kept)
    expand1 = bool(options.expand1 and not rule.alias)
    name = None if helper else str(rule.alias or rule.origin.name)
    return str(rule.origin.name), len(rule.expansion), plan, expand1, name


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}


def _category(category) -> set:
    """Every character a category (\\d, \\s, \\w) matches in a str pattern, found by trying each."""
    import re

    pattern = re.compile(_CATEGORIES[str(category)])
    return {chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000 and pattern.match(chr(code))}


def _chars(ch: str, fold: bool) -> set:
    """The characters a literal matches, with or without IGNORECASE."""
    if not fold:
        return {ch}
    out = {ch, ch.lower(), ch.upper(), ch.casefold()}
    # Unicode case folding matches these under IGNORECASE too.
    out |= {"i": {"\u0130", "\u0131"}, "s": {"\u017f"}, "k": {"\u212a"}}.get(ch.lower(), set())
    return out


def _in(items, fold: bool) -> set | None:
    """The characters a set ("[a-z\\d]") matches, or None for a negated set or category or a wide range."""
    import re._constants as c

    if any(o not in (c.LITERAL, c.RANGE, c.CATEGORY) for o, _ in items):
        return None  # a negated set
    out: set = set()
    for o, a in items:
        if o is c.LITERAL:
            out |= _chars(chr(a), fold)
        elif o is c.CATEGORY:
            if str(a) not in _CATEGORIES:
                return None  # a negated category
            out |= _category(a)
        else:
            if a[1] - a[0] > 256:
                return None
            for code in range(a[0], a[1] + 1):
                out |= _chars(chr(code), fold)
    return out


def _first(piece: str) -> frozenset | None:
    """The characters a match of the regular expression `piece` can start with, or None if it can start with any
    (or it may match the empty string, or this cannot tell): what lets the reader try, at each place, only the
    terminals that can start with the character there, in lark's order, and so find the token lark finds."""
    import re._constants as c
    import re._parser as parser

    def seq(items, fold: bool) -> tuple[set | None, bool]:
        """(first characters, whether the sequence may match the empty string)."""
        out: set = set()
        for op, av in items:
            if op is c.LITERAL:
                return out | _chars(chr(av), fold), False
            if op is c.IN:
                chosen = _in(av, fold)
                return (None if chosen is None else out | chosen), False
            if op is c.SUBPATTERN:
                _group, add, delete, sub = av
                folds = (fold or bool(add & c.SRE_FLAG_IGNORECASE)) and not delete & c.SRE_FLAG_IGNORECASE
                first, empty = seq(sub, folds)
            elif op is c.BRANCH:
                first, empty = set(), False
                for sub in av[1]:
                    f, e = seq(sub, fold)
                    if f is None:
                        return None, False
                    first, empty = first | f, empty or e
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                low, _high, sub = av
                first, empty = seq(sub, fold)
                empty = empty or low == 0
            elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # zero width
            else:
                return None, False
            if first is None:
                return None, False
            out |= first
            if not empty:
                return out, False
        return out, True

    first, empty = seq(parser.parse(piece), False)
    return None if first is None or empty else frozenset(first)


def generate() -> str:
    """The module's source."""
    t = tables()
    out = [
        "# Generated from grammar/refs.lark by `python -m uncc.cite.generate`: do not edit.",
        "# fmt: off",
        '"""What lark builds from grammar/refs.lark, for uncc/cite/lalr.py to run (see uncc/cite/generate.py)."""',
        "",
        "# The basic lexer's pattern, a piece a terminal: every terminal in lark's order, the first that matches wins.",
        "LEXER = (",
        *(f"    {piece!r}," for piece in t["pieces"]),
        ")",
        *_starting(t["pieces"]),
        f"IGNORE = {t['ignore']!r}",
        "# (name, pattern, flags, priority), in the grammar's order.",
        "TERMINALS = (",
        *(f"    {terminal!r}," for terminal in t["terminals"]),
        ")",
        f"START = {t['start']}",
        f"END = {t['end']}",
        "# One row a state: a symbol and its action, a state to go to (n >= 0) or a rule to reduce by (~n).",
        "TABLE = (",
        *(f"    {row!r},  # {n}" for n, row in enumerate(t["rows"])),
        # The end state's row is empty: the type says what it holds (a comment, so the module stays literals only).
        ")  # type: tuple[dict[str, int], ...]",
        "# One row a rule: (what it makes, its length, the children kept (None: all; (i, spliced) each), whether",
        "# it passes on a single child, its method (None: a helper rule, whose children the rule using it takes)).",
        "RULES = (",
        *(f"    {rule!r},  # {n}" for n, rule in enumerate(t["rules"])),
        ")",
        *_words(t),
        "",
    ]
    return "\n".join(out)


def _words(t: dict) -> list[str]:
    """HEADS, the rules of the head words ("article", "paragraphs"), ORDINALS, the words of ORDINAL in order, and
    NOUNS, the nouns another instrument's name ends in: what the reader and the instrument model need to know of
    the grammar's words, from the grammar alone."""
    import re

    heads = tuple(dict.fromkeys(name for origin, _size, _plan, _expand1, name in t["rules"] if origin == "head"))
    pattern = next(value for name, value, _flags, _priority in t["terminals"] if name == "ORDINAL")
    words = re.fullmatch(r"\(\?:([a-z|]+)\)\(\?!\[\^\\W_\]\|-\)", pattern)
    if words is None:
        raise SystemExit("grammar/refs.lark: ORDINAL is no longer one group of words, as generate.py reads it")
    another = next(value for name, value, _flags, _priority in t["terminals"] if name == "ANOTHER_INSTRUMENT")
    nouns = re.search(r"\{0,8\}\(\?:((?:[A-Z][a-z]+\|)+[A-Z][a-z]+)\)", another)
    if nouns is None:
        raise SystemExit("grammar/refs.lark: ANOTHER_INSTRUMENT no longer ends a name in one group of nouns")
    return [
        "# The rules of the head words (a rule's name is its head word, a plural ending in 's'), ORDINAL's words, and",
        "# the nouns that end another instrument's name in ANOTHER_INSTRUMENT (\"the Criminal Procedure Code\").",
        f"HEADS = {heads!r}",
        f"ORDINALS = {tuple(words.group(1).split('|'))!r}",
        f"NOUNS = {tuple(nouns.group(1).split('|'))!r}",
    ]


def _starting(pieces: list[str]) -> list[str]:
    """FIRST: for each character of ASCII or of the grammar that a terminal can start with, the terminals (by
    place in LEXER) that can; ANYWHERE: those that can start with any other character. At each place the reader
    tries only these, in LEXER's order, and so finds the token the whole pattern finds."""
    from functools import cache

    first = cache(_first)
    firsts = [first(piece) for piece in pieces]
    written = set("".join(pieces))
    folded = {"\u0130", "\u0131", "\u017f", "\u212a"}  # what i, s and k match under IGNORECASE
    keys = sorted({ch for f in firsts if f for ch in f if ord(ch) < 128 or ch in written or ch in folded})
    anywhere = tuple(i for i, f in enumerate(firsts) if f is None or any(ch not in keys for ch in f))
    table = {ch: tuple(i for i, f in enumerate(firsts) if f is None or ch in f) for ch in keys}
    return [
        "# For each character of ASCII or of the grammar that a terminal can start with, the terminals (by place in",
        "# LEXER) that can; ANYWHERE: those that can start with any other. At each place the reader tries only these,",
        "# in LEXER's order: the first that matches is the one the whole pattern finds.",
        f"FIRST = {table!r}",
        f"ANYWHERE = {anywhere!r}",
    ]


def main() -> None:
    with open(MODULE, "w", encoding="utf-8") as f:
        f.write(generate())


if __name__ == "__main__":
    main()
