"""The citation reader: the grammar alone, the resolver on a hand-made table, and `uncc cite` on real documents."""

import json
from pathlib import Path

import pytest
from citation_table import CASES

from uncc import errors, ids
from uncc.cite import select
from uncc.cite.reader import read, scan
from uncc.model import full_text

DOCUMENTS = Path(__file__).parent / "documents"
KINDS = {
    "missing": errors.NotFound,
    "relative": errors.Relative,
    "ambiguous": errors.Ambiguous,
    "syntax": errors.ReferenceSyntaxError,
    "backwards": errors.ReferenceSyntaxError,
    "foreign": errors.AnotherInstrument,
}


def test_the_table_is_big_enough():
    assert len(CASES) >= 150
    assert sum(1 for c in CASES if c[0] == "plural heads") >= 40


# What a user types as an id, and the id it is; None: not an id, so it is read as a citation.
TYPED_IDS = [
    ("41", "41"), (" 041 ", "41"), ("\t41\n", "41"), ("40.21.B", "40.21.b"), ("2.f.iii", "2.f.iii"),
    ("17.1.a.i", "17.1.a.i"), ("chapter.v", "chapter.V"), ("Note.4", "note.4"), ("note.iv", "note.iv"),
    ("footnote.1", "footnote.1"), ("RESOLUTION.5", "resolution.5"), ("resolution.closing", "resolution.closing"),
    ("resolution.preamble", "resolution.preamble"), ("resolution.preamble.4", "resolution.preamble.4"),
    ("preamble", "preamble"), ("preamble.3", "preamble.3"), ("testimonium", "testimonium"), ("annex", "annex"),
    ("convention", "convention"), ("\u0664\u0661", "41"), ("40.\u0662\u0661", "40.21"),  # Arabic-Indic digits
    ("article 41", None), ("41 42", None), ("41.", None), (".41", None), ("40..21", None), ("40.21(b)", None),
    ("40.21.b.ii.x", None), ("resolution.5x", None), ("resolution.closing.1", None), ("preamble.x", None),
    ("chapter", None), ("chapter.V.1", None), ("testimonium.1", None), ("", None), ("4" * 41, None),
]  # fmt: skip


@pytest.mark.parametrize("typed, uid", TYPED_IDS)
def test_typed_ids(typed, uid):
    assert ids.normalize(typed) == uid


@pytest.mark.parametrize("group, text, context, targets, error", CASES, ids=[f"{c[0]}: {c[1]}" for c in CASES])
def test_citation_table(tree, group, text, context, targets, error):
    if targets is not None:
        assert select(tree, text, context) == targets
    else:
        with pytest.raises(KINDS[error]) as e:
            select(tree, text, context)
        assert "\n" not in str(e.value)
        if error == "backwards":
            assert "runs backwards" in str(e.value)
        if " ff." in text or "et seq" in text:
            assert "names an open set" in str(e.value)


def test_a_place_after_of_that_reads_both_ways_is_refused(tree):
    """ "(a) of article 2, paragraph 1" in a document whose article 2 has both subparagraph (a) and a paragraph 1
    with its own (a): the list (2.a and 2.1) and the place (2.1.a) both name units, so neither is chosen."""
    import copy

    from uncc.model import Document

    data = copy.deepcopy(tree.data)
    article = next(a for a in data["convention"]["children"][1]["children"] if a["id"] == "2")
    article["children"].append(
        {"id": "2.1", "kind": "paragraph", "label": "1.", "text": "x", "children": [
            {"id": "2.1.a", "kind": "subparagraph", "label": "(a)", "text": "y"},
            {"id": "2.1.b", "kind": "subparagraph", "label": "(b)", "text": "z"}]}
    )  # fmt: skip
    doc = Document(data)
    assert select(doc, "(a) of article 2") == ["2.a"]
    assert select(doc, "article 2, paragraph 1 (a)") == ["2.1.a"]
    with pytest.raises(
        errors.Ambiguous, match=r"article 2 \(a\) and article 2, paragraph 1, or article 2, paragraph 1 \(a\)"
    ):
        select(doc, "(a) of article 2, paragraph 1")
    # One reading refused is no reason to take the other: "and (b)" after "paragraph 1" is refused in the list.
    with pytest.raises(errors.Ambiguous, match="a part of it"):
        select(doc, "(a) of article 2, paragraph 1, and (b)")


def test_a_document_citing_what_is_not_an_id_has_that_citation_reported(tree):
    """An id that is no id is the resolver's error, so `cite` reports it with the citation and goes on."""
    from uncc.cite.document import citations

    found = citations(tree, "See article 40.21.b.x.y. Then article 42.")
    assert [(c["text"], c["targets"], c.get("error")) for c in found] == [
        (
            "article 40.21.b.x.y",
            [],
            "'article 40.21.b.x.y': '40.21.b.x.y' is not an id: write one such as 40.21.b or chapter.V",
        ),
        ("article 42", ["42"], None),
    ]


# --- the grammar alone: what each shape reads as ----------------------------------

GRAMMAR = [
    ("Art. 40(21)(b)", [("article", False, ["number 40", "pnum 21", "label b"], None, None)]),
    ("article 40, paragraphs 21 and 22", [("article", False, ["number 40"], None, None), ("paragraph", True, ["number 21"], None, ","), (None, None, ["number 22"], None, "and")]),
    ("art 40 para 21 lit b", [("article", False, ["number 40"], None, None), ("paragraph", False, ["number 21"], None, None), ("subparagraph", False, ["label b"], None, None)]),
    ("articles 7 — 10", [("article", True, ["number 7"], ["number 10"], None)]),
    ("40.21(b)", [(None, None, ["id 40.21", "label b"], None, None)]),
    ("chapter 5", [("chapter", False, ["number 5"], None, None)]),
    ("third preambular paragraph", [("recital", False, ["number 3"], None, None)]),
    ("§§ 21 and 22", [("paragraph", True, ["number 21"], None, None), (None, None, ["number 22"], None, "and")]),
    ("Article 40(1)-(3)", [("article", False, ["number 40", "pnum 1"], ["pnum 3"], None)]),
]  # fmt: skip


def _shape(citation):
    out = []
    for m in citation.members:
        pieces = lambda p: [f"{x.kind} {x.value}" for x in p] if p is not None else None  # noqa: E731
        out.append((m.head and m.head.level, m.head and m.head.plural, pieces(m.start), pieces(m.end), m.sep))
    return out


@pytest.mark.parametrize("text, members", GRAMMAR)
def test_grammar_shapes(text, members):
    assert _shape(read(text)) == members


@pytest.mark.parametrize(
    "text, container",
    [
        ("article 29 of the Budapest Convention", "the Budapest Convention"),
        ("article 16 of the Convention on Cybercrime", "the Convention on Cybercrime"),
        (
            "article 18 of the United Nations Convention against Transnational Organized Crime",
            "the United Nations Convention against Transnational Organized Crime",
        ),
        ("article 3 of this Law", "this Law"),
        # Every noun the instrument model knows a name by (uncc/cite/instruments.py reads the grammar's NOUNS).
        ("article 5 of the Tallinn Report", "the Tallinn Report"),
        ("article 12 of the Model Bill", "the Model Bill"),
        ("article 3 of the Paris Principles", "the Paris Principles"),
        ("article 3 of the Council Framework Decision", "the Council Framework Decision"),
        ("paragraph 2 of the Santiago Guidelines", "the Santiago Guidelines"),
        ("article 41 of the United Nations Convention against Cybercrime", None),
        ("article 41 of the Convention", None),
    ],
)
def test_another_instrument(text, container):
    assert read(text).another_instrument == container


@pytest.mark.parametrize(
    "text, found",
    [
        ("See Articles 26 and 31. Then", ["Articles 26 and 31"]),
        ("(see article 41)", ["article 41"]),
        ("Takes note of the report", []),
        (
            "under article 40,\n  paragraph 21 (b) of the Convention.",
            ["article 40,\n  paragraph 21 (b) of the Convention"],
        ),
        ("article 5\n\n(b) next", ["article 5"]),
        ("_article 44_ alone", ["article 44"]),
        ("paragraph 3 of the report", ["paragraph 3"]),
    ],
)
def test_scan(text, found):
    assert [c.text for c in scan(text)] == found


def _lark(**options):
    """lark's own parser for the grammar, the referee of the tables uncc ships and runs."""
    from lark import Lark

    from uncc.cite.generate import GRAMMAR as PATH

    return Lark.open(PATH, parser="lalr", lexer="basic", **options)


def test_scan_finds_the_starts_the_terminals_own_patterns_find(tree):
    """`scan` looks for starts in lower-cased text, matching case; the terminals' own patterns ignore case.
    Both find the same starts in every unit of the Convention and in every test document, and in text whose
    letters lower to two ("İ") or are not ASCII ("Ａ")."""
    import re

    from uncc.cite.reader import _PLACES_ONLY, _lower, _starts

    lk = _lark()
    first = {t for t in lk.parse_interactive("").choices() if t.isupper()} - _PLACES_ONLY
    terminals = sorted((t for t in lk.terminals if t.name in first), key=lambda t: -t.priority)
    own = re.compile(r"(?<![A-Za-z0-9-])(?:" + "|".join(t.pattern.to_regexp() for t in terminals) + ")")
    texts = [full_text(u) for u in tree.units.values()] + [p.read_text(encoding="utf-8") for p in DOCUMENTS.iterdir() if p.is_file()]
    texts += ["İİ Article 4 and ARTICLE 5, İ para. 3", "ＡRTICLE 4 ａrticle 5 article 6"]
    found = 0
    for text in texts:
        starts = [m.start() for m in own.finditer(text)]
        assert [m.start() for m in _starts().finditer(_lower(text))] == starts
        found += len(starts)
    assert found > 1000


def test_the_shipped_tables_are_the_grammar():
    """uncc/cite/_tables.py is what `python -m uncc.cite.generate` writes for grammar/refs.lark, byte for byte."""
    from uncc.cite.generate import MODULE, generate

    assert Path(MODULE).read_text(encoding="utf-8") == generate()


def test_the_tables_are_data_and_every_rule_has_a_method():
    """The shipped module is literals only (no import, no call: loading it runs nothing), and every rule that
    makes a value has its ToMembers method (a rule without one would stop every parse that reduces by it)."""
    import ast

    from uncc.cite import _tables
    from uncc.cite.reader import _calls

    module = ast.parse(Path(_tables.__file__).read_text(encoding="utf-8"))
    for node in module.body:
        if isinstance(node, ast.Expr):  # the docstring
            assert isinstance(node.value, ast.Constant)
        else:
            assert isinstance(node, ast.Assign), ast.dump(node)[:80]
            ast.literal_eval(node.value)
    assert len(_calls()) == len(_tables.RULES)
    assert [name for name in vars(_tables) if name.isupper()] == [
        "LEXER",
        "FIRST",
        "ANYWHERE",
        "IGNORE",
        "TERMINALS",
        "START",
        "END",
        "TABLE",
        "RULES",
        "HEADS",
        "ORDINALS",
        "NOUNS",
    ]


def _inputs(tree):
    """Citations as the tests and the Convention write them, each cut after every character (most of those cuts
    do not read), and inputs that fail in every way the examples name."""
    from citation_table import CASES

    from uncc.cite.reader import ERROR_EXAMPLES

    whole = {c[1] for c in CASES} | {text for text, _ in GRAMMAR}
    for unit in tree.units.values():
        whole |= {c.text for c in scan(full_text(unit))}
    whole |= {e for examples in ERROR_EXAMPLES.values() for e in examples}
    whole |= {"", " ", "41 @", "article 41 (", "(b) of", "40.21.b.x", "paragraph 3 of article", "chapter V, (a)"}
    cut = set()
    for text in whole:
        cut |= {text[:i] for i in range(len(text))}
    return sorted(whole | cut)


def test_the_reader_runs_the_tables_as_lark_does(tree, monkeypatch):
    """Every input reads as lark's own parser reads it, with the same ToMembers: the same members, or an error at
    the same column, naming the same example (lark's match_examples) and the same acceptable terminals."""
    import lark
    from lark.parsers.lalr_parser_state import ParserState

    # lark 1.3's match_examples formats its parser state with %d when it passes over an example that fails in the
    # same state but accepts other terminals, and fails there; give the state a number to print, so that lark
    # can referee that case too.
    monkeypatch.setattr(ParserState, "__index__", lambda self: self.position, raising=False)

    from uncc.cite.lalr import Unreadable
    from uncc.cite.reader import ERROR_EXAMPLES, ToMembers, _example, parse

    lk = _lark(transformer=ToMembers())
    inputs = _inputs(tree)
    failed = {"token": 0, "character": 0}
    # match_examples parses every example again for each error; its answer depends only on what it compares (the
    # error's kind, its state's depth and top, its token's type and value, what it accepts), so it is asked once
    # for each of those.
    labels: dict = {}
    for text in inputs:
        try:
            expected = lk.parse(text)
        except lark.UnexpectedInput as e:
            with pytest.raises(Unreadable) as ours:
                parse(text)
            token = getattr(e, "token", None)
            key = (
                type(e),
                len(e.state.state_stack),
                e.state.position,
                None if token is None else (token.type, str(token)),
                frozenset(getattr(e, "accepts", None) or ()),
            )
            if key not in labels:
                labels[key] = e.match_examples(lk.parse, ERROR_EXAMPLES, use_accepts=True)
            label = labels[key]
            assert (ours.value.column, _example(ours.value)) == (e.column, label), text
            if isinstance(e, lark.UnexpectedToken):
                assert ours.value.token.type == e.token.type and ours.value.accepts == e.accepts, text
                failed["token"] += 1
            else:
                assert ours.value.token is None, text
                failed["character"] += 1
        else:
            assert parse(text) == expected, text
    assert len(inputs) > 4000 and failed["token"] > 1000 and failed["character"] > 1500, failed


def test_where_a_citation_may_start_is_found_the_same_with_the_first_characters_looked_at_first(tree):
    """The lookahead of the characters a citation can start with passes over no start: the pattern finds what it
    finds without it, over the Convention and every test document, in lower case as scan reads them."""
    import re

    from uncc.cite.reader import _lower, _starts

    starts = _starts()
    assert starts.pattern.startswith("(?=[") and "\\d" in starts.pattern.split("]")[0]
    plain = re.compile(starts.pattern[starts.pattern.index("])") + 2 :])
    texts = [full_text(u) for u in tree.units.values()]
    texts += [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "documents").glob("*.md"))]
    texts += ["the 12th preambular paragraph; § 3, ¶ 4, &sect; 5; Art. 7; İtem (a); ſection"]
    for text in texts:
        low = _lower(text)
        assert [m.span() for m in starts.finditer(low)] == [m.span() for m in plain.finditer(low)]


def test_the_parser_states_alone_take_and_refuse_each_token_as_the_whole_parse_does(tree, monkeypatch):
    """Where a citation may end is found from the parser's states alone (`Shape`), without the values: at every
    token of every window a citation may start in, over the Convention and the test documents, the states, where
    a citation may end and where the parser refuses are those of the whole parse; and a shape worked out past
    the number kept is the same as one kept."""
    from uncc.cite import _tables, lalr
    from uncc.cite.reader import _WINDOW, _calls, _lower, _start, _starts

    texts = [full_text(u) for u in tree.units.values()]
    texts += [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "documents").glob("*.md"))]
    fresh = lalr.Shape((_tables.START,))
    taken = refused = 0
    for text in texts:
        for m in _starts().finditer(_lower(text)):
            window = text[m.start() : m.start() + _WINDOW]
            run, shape, other = lalr.Parse(window, _calls()), _start(), fresh
            try:
                for token in lalr.tokens(window, run.stack):
                    after = shape.then(token.type)
                    with monkeypatch.context() as patched:
                        patched.setattr(lalr.Shape, "kept", lalr.Shape.LIMIT)  # nothing more is kept
                        unkept = other.then(token.type)
                    try:
                        run.feed(token)
                    except lalr.Unreadable:
                        assert after is None and unkept is None, window[: token.end]
                        refused += 1
                        break
                    assert after is not None and unkept is not None
                    assert after.stack == unkept.stack == tuple(run.stack) and after.can_end == ("$END" in _tables.TABLE[run.stack[-1]])
                    shape, other = after, unkept
                    taken += 1
            except lalr.Unreadable:
                pass
    assert taken > 10_000 and refused > 100, (taken, refused)


def test_a_label_before_a_citation_ends_only_with_the_characters_looked_for(tree):
    """Before each word of the Convention and the test documents, and of labels written for the test, a label
    ("Budapest: ", "UNTOC (e.g. ", "its Budapest counterpart, ") is found only where the last character before
    the spaces is one `_LABEL_LAST` holds: the label is not looked for elsewhere."""
    import re

    from uncc.cite.document import _LABEL_LAST, _LABELLED, _rstrip

    texts = [full_text(u) for u in tree.units.values()]
    texts += [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "documents").glob("*.md"))]
    texts.append(
        "Budapest: art. 1; UNTOC – art. 2; UNTOC — art. 3; the Budapest equivalent, art. 4; its counterparts are "
        "art. 5; UNTOC (e.g. art. 6; UNTOC (See art. 7; UNTOC (CF., art. 8; UNTOC, Notably art. 9; UNTOC, IN "
        "PARTICULAR art. 10; UNTOC, especially its art. 11; UNTOC's extradition article (art. 12; the GDPR's "
        "provisions, art. 13"
    )
    found = 0
    for text in texts:
        for m in re.finditer(r"(?<!\w)\w", text):
            start = m.start()
            labelled = _LABELLED.search(text, max(0, start - 40), start)
            before = _rstrip(text, start)
            assert labelled is None or text[before - 1 : before] in _LABEL_LAST, text[max(0, start - 40) : start]
            found += labelled is not None
    assert found > 100, found


def test_scan_takes_the_longest_citation_as_lark_does(tree):
    """At every place a citation may start, in the Convention and the test documents, the reader takes the same
    citation as lark's own interactive parser, fed token by token, would."""
    import lark

    from uncc.cite.reader import _WINDOW, ToMembers, _longest, _lower, _starts

    lk = _lark(transformer=ToMembers())

    def longest(window):
        ip = lk.parse_interactive(window)
        ends, last = [], None
        try:
            for token in ip.lexer_thread.lex(ip.parser_state):
                ip.feed_token(token)
                last = token
                if "$END" in ip.choices():
                    ends.append(token)
        except lark.UnexpectedInput:
            pass
        for token in reversed(ends):
            try:
                members = ip.feed_eof(token) if token is last else lk.parse(window[: token.end_pos])
            except lark.UnexpectedInput:
                continue
            return window[: token.end_pos], members
        return None

    texts = [full_text(u) for u in tree.units.values()] + [p.read_text(encoding="utf-8") for p in DOCUMENTS.iterdir() if p.is_file()]
    starts = 0
    for text in texts:
        for m in _starts().finditer(_lower(text)):
            window = text[m.start() : m.start() + _WINDOW]
            found = _longest(window, 0)
            assert (found and (found.text, found.members)) == longest(window), window[:80]
            starts += 1
    assert starts > 1000


# --- uncc cite on documents written for the tests ----------------------------------


GOLD = ["draft-law.md", "mla-request.txt", "commentary.md", "law-review.md", "committee-report.md", "ngo-brief.md"]


@pytest.mark.parametrize("name", GOLD)
def test_cite_matches_the_gold_file(run, name):
    gold = (DOCUMENTS / (name.rsplit(".", 1)[0] + ".gold.jsonl")).read_text(encoding="utf-8")
    r = run("cite", str(DOCUMENTS / name), "--json")
    assert r.status == 0
    assert r.out == gold


def test_the_documents_are_their_annotations():
    import sys

    sys.path.insert(0, str(DOCUMENTS))
    from annotate import DOCUMENTS as SOURCES
    from annotate import convert

    totals = {"ours": 0, "nothing": 0}
    for src, plain in SOURCES.items():
        text, gold = convert((DOCUMENTS / src).read_text(encoding="utf-8"))
        assert text == (DOCUMENTS / plain).read_text(encoding="utf-8")
        lines = (DOCUMENTS / (plain.rsplit(".", 1)[0] + ".gold.jsonl")).read_text(encoding="utf-8").splitlines()
        assert [json.loads(line) for line in lines] == gold
        totals["ours"] += len(gold)
        totals["nothing"] += sum(1 for g in gold if "error" in g)
    assert set(SOURCES.values()) == set(GOLD)
    assert totals["ours"] >= 500 and totals["nothing"] >= 30


def test_cite_leaves_out_other_instruments_and_relative_citations(run, tmp_path):
    doc = tmp_path / "memo.md"
    doc.write_text(
        "Article 42 follows article 29 of the Budapest Convention.\n"
        "The Budapest Convention provides for preservation in article 16.\n"
        "The Budapest Convention and this Convention differ in article 16.\n"
        "Article 17 ICCPR and Budapest Art. 32(b) are other treaties; so is paragraph 3.\n",
        encoding="utf-8",
    )
    found = [(c["text"], c["targets"]) for c in map(json.loads, run("cite", str(doc), "--json").lines)]
    assert found == [("Article 42", ["42"]), ("article 16", ["16"])]


def test_cite_check_and_errors(run, tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("See article 41.\n", encoding="utf-8")
    bad.write_text("See article 41.\nAlso article 99.\n", encoding="utf-8")
    assert run("cite", str(good), "--check").status == 0
    r = run("cite", str(bad), "--check", "--json")
    assert r.status == 1
    assert json.loads(r.lines[-1]) == {
        "start": 21, "end": 31, "line": 2, "column": 6, "text": "article 99", "targets": [],
        "error": "article 99 does not exist: the Convention has articles 1 to 68", "by": "default", "cited": [],
    }  # fmt: skip
    r = run("cite", str(tmp_path / "missing.md"))
    assert (r.status, r.err) == (2, f"uncc: error: cannot read {tmp_path / 'missing.md'}: No such file or directory\n")
    (tmp_path / "latin1.txt").write_bytes("article 41 \xe9".encode("latin-1"))
    r = run("cite", str(tmp_path / "latin1.txt"))
    assert r.status == 0 and r.err.endswith("latin1.txt as Windows-1252 text\n") and "→ 41" in r.out
    (tmp_path / "binary.txt").write_bytes(b"article 41 \x00\x81\xff")
    r = run("cite", str(tmp_path / "binary.txt"))
    assert r.status == 2 and "is not a text, Markdown, HTML, Word (.docx) or PDF file" in r.err


def test_resolve_several_and_from_standard_input(run, monkeypatch):
    import io

    r = run("resolve", "Art. 40(21)(b)", "articles 41 to 42", "--json")
    assert [json.loads(line)["targets"] for line in r.lines] == [["40.21.b"], ["41", "42"]]
    monkeypatch.setattr(
        "sys.stdin", io.TextIOWrapper(io.BytesIO(b"article 40, paragraphs 21 and 22\narticle 99\nparagraph 3\n"))
    )
    r = run("resolve", "-", "--in", "41.1")
    assert r.status == 0
    mla = "General principles and procedures relating to mutual legal assistance"
    assert [json.loads(line) for line in r.lines] == [
        {"input": "article 40, paragraphs 21 and 22", "in": "41.1", "targets": ["40.21", "40.22"], "cited": [
            {"id": "40.21", "citation": "Article 40, paragraph 21", "title": mla},
            {"id": "40.22", "citation": "Article 40, paragraph 22", "title": mla},
        ]},
        {"input": "article 99", "in": "41.1", "targets": [], "cited": [], "error": "article 99 does not exist: the Convention has articles 1 to 68"},
        {"input": "paragraph 3", "in": "41.1", "targets": ["41.3"], "cited": [
            {"id": "41.3", "citation": "Article 41, paragraph 3", "title": "24/7 network"},
        ]},
    ]  # fmt: skip
    r = run("resolve", "x", "--in", "articles 41 to 42")
    assert r.status == 2 and "--in takes one unit" in r.err


def test_show_takes_several_units(run):
    ids = [json.loads(line)["id"] for line in run("show", "41", "40.21.b", "41", "--json").lines]
    assert ids == ["41", "40.21.b"]
