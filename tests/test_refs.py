"""The references layer: every citation of the Convention's own text, found and resolved at build time."""

import collections
import json

import pytest

from uncc.cite import select as resolve
from uncc.errors import NotFound, ReferenceSyntaxError
from uncc.layers.references import SKIP_NO_NUMBER, SKIP_OTHER, SKIP_SELF, find
from uncc.model import full_text


def r(*ids):
    return list(ids)


def span(prefix, first, last):
    return [f"{prefix}{n}" for n in range(first, last + 1)]


# (phrase as written in the Convention, the unit it is written in, its targets)
PHRASES = [
    ("article 56 of the Convention", "resolution.4", r("56")),
    ("articles 57, paragraph 5 (g), 61 and 62 of the Convention", "resolution.5", r("57.5.g", "61", "62")),
    ("article 57 of the Convention", "resolution.6", r("57")),
    ("article 58 of the Convention", "resolution.9", r("58")),
    ("paragraphs 5 and 6 above", "resolution.10", r("resolution.5", "resolution.6")),
    ("article 17 of this Convention", "2.m", r("17")),
    ("articles 23 and 35 of this Convention", "3.b", r("23", "35")),
    ("paragraph 1 of this article", "9.2", r("9.1")),
    ("articles 7 to 10 of this Convention", "11.1.a", span("", 7, 10)),
    ("paragraph 1 (a) (i) or (ii) of this article", "11.1.b", r("11.1.a.i", "11.1.a.ii")),
    ("paragraph 1 (a) (ii) of this article", "11.3", r("11.1.a.ii")),
    ("subparagraphs (a) to (c) of this paragraph", "14.1.d", r("14.1.a", "14.1.b", "14.1.c")),
    ("paragraph 2 of this article", "14.3", r("14.2")),
    ("paragraph 2 (a) to (c) of this article", "14.4.b", r("14.2.a", "14.2.b", "14.2.c")),
    ("article 14 of this Convention", "15.1", r("14")),
    ("paragraph 1 of this article", "16.2", r("16.1")),
    ("articles 7 to 16 of this Convention", "17.2.a", span("", 7, 16)),
    ("subparagraph (b) of this paragraph", "17.2.c", r("17.2.b")),
    ("paragraph 1 of this article", "17.2.e", r("17.1")),
    ("article 5 of this Convention", "22.2", r("5")),
    ("article 17, paragraph 1 (b) (ii), of this Convention", "22.2.c", r("17.1.b.ii")),
    ("article 17, paragraph 1 (a) (i) or (ii) or (b) (i), of this Convention", "22.2.c", r("17.1.a.i", "17.1.a.ii", "17.1.b.i")),
    ("article 37, paragraph 11, of this Convention", "22.3", r("37.11")),
    ("paragraph 1 or 2 of this article", "22.5", r("22.1", "22.2")),
    ("article 29 of this Convention", "23.3.a", r("29")),
    ("article 30 of this Convention", "23.3.a", r("30")),
    ("article 29", "23.3.a", r("29")),
    ("articles 29 and 30 of this Convention", "23.3.b", r("29", "30")),
    ("paragraph 2 of this article", "24.5", r("24.2")),
    ("article 25 of this Convention", "26", r("25")),
    ("paragraph 1 (a) of this article", "28.2", r("28.1.a")),
    ("paragraph 1 or 2 of this article", "28.3", r("28.1", "28.2")),
    ("paragraphs 1 to 3 of this article", "28.4", r("28.1", "28.2", "28.3")),
    ("paragraph 1 (a) of this article", "29.2", r("29.1.a")),
    ("paragraphs 1 and 2 of this article", "31.3", r("31.1", "31.2")),
    ("this article and article 50 of this Convention", "31.7", r("31", "50")),
    ("articles 14 to 16 of this Convention", "34.4", r("14", "15", "16")),
    ("paragraphs 2 to 4 of this article", "34.5", r("34.2", "34.3", "34.4")),
    ("articles 14 and 16 of this Convention", "34.6", r("14", "16")),
    ("paragraph 1 (b) and (c) of this article", "35.2", r("35.1.b", "35.1.c")),
    ("article 40, and articles 41 to 46 of this Convention", "35.2", span("", 40, 46)),
    ("paragraph 1 (a) of this article", "36.1.b", r("36.1.a")),
    ("paragraph 11 of this article", "37.12", r("37.11")),
    ("article 18 of this Convention", "40.2", r("18")),
    ("article 44 of this Convention", "40.3.d", r("44")),
    ("paragraph 4 of this article", "40.5", r("40.4")),
    ("Paragraphs 8 to 31 of this article", "40.7", span("40.", 8, 31)),
    ("paragraph 9 of this article", "40.10", r("40.9")),
    ("paragraphs 9 and 10 of this article", "40.11", r("40.9", "40.10")),
    ("paragraph 21 of this article", "40.28", r("40.21")),
    ("paragraph 27 of this article", "40.28", r("40.27")),
    ("paragraph 3 of this article", "41.1", r("41.3")),
    ("articles 42 and 43 of this Convention", "41.3.b", r("42", "43")),
    ("article 41 of this Convention", "42.2", r("41")),
    ("article 40, paragraph 21 (b) and (c) and paragraph 22, of this Convention", "42.6", r("40.21.b", "40.21.c", "40.22")),
    ("paragraph 8 of this article", "42.9", r("42.8")),
    ("article 42 of this Convention", "43.1", r("42")),
    ("article 40, paragraph 21 (b) and (c) and paragraph 22, of this Convention", "43.2", r("40.21.b", "40.21.c", "40.22")),
    ("article 35 of this Convention", "44.2", r("35")),
    ("article 50, paragraph 2, of this Convention", "49.2", r("50.2")),
    ("article 31, paragraph 1, of this Convention", "50.1", r("31.1")),
    ("article 40, paragraph 15, of this Convention", "50.3", r("40.15")),
    ("paragraph 1 (b) of this article", "50.3.b", r("50.1.b")),
    ("article 31 or 50 of this Convention", "52.1", r("31", "50")),
    ("article 56, paragraph 2 (c), of this Convention", "52.3.a", r("56.2.c")),
    ("articles 61 and 62 of this Convention", "57.5.g", r("61", "62")),
    ("paragraphs 5 to 7 of this article", "57.8", r("57.5", "57.6", "57.7")),
    ("paragraph 3 of this article", "63.4", r("63.3")),
    ("articles 2, 17, 23 and 35 of this Convention", "footnote.1", r("2", "17", "23", "35")),
    ("article 2 (e)", "note.1", r("2.e")),
    ("article 2 of the convention", "note.2", r("2")),
    ("articles 7 to 16 of the convention", "note.3", span("", 7, 16)),
    ("article 19 of the convention", "note.4", r("19")),
]  # fmt: skip


@pytest.mark.parametrize("phrase, where, targets", PHRASES)
def test_phrases_of_the_convention(tree, phrase, where, targets):
    assert resolve(tree, phrase, where) == targets


# What people type, with no context.
TYPED = [
    ("41", r("41")),
    ("041", r("41")),
    ("40.21.b", r("40.21.b")),
    ("Art. 40(21)(b)", r("40.21.b")),
    ("art 17(1)(a)(i)", r("17.1.a.i")),
    ("Article 2(f)(iii)", r("2.f.iii")),
    ("ARTICLE 40 , PARAGRAPH 21 ( b )", r("40.21.b")),
    ("article 40, paragraph 21 (b)", r("40.21.b")),
    ("articles 7 to 16", span("", 7, 16)),
    ("articles 41–43", r("41", "42", "43")),
    ("art. 7-9", r("7", "8", "9")),
    ("chapter V", r("chapter.V")),
    ("chapter.v", r("chapter.V")),
    ("chapters IV and V", r("chapter.IV", "chapter.V")),
    ("note 3", r("note.3")),
    ("interpretative note 4", r("note.4")),
    ("notes 1 to 2", r("note.1", "note.2")),
    ("articles 57, paragraph 5 (g), 61 and 62", r("57.5.g", "61", "62")),
    ("articles 62, 61 and 57, paragraph 5 (g)", r("57.5.g", "61", "62")),  # document order
    ("articles 41 and 41", r("41")),  # no duplicates
    ("preamble.3", r("preamble.3")),
    ("resolution.5", r("resolution.5")),
    ("testimonium", r("testimonium")),
    ("para. 3", None),  # relative: needs --in
]


@pytest.mark.parametrize("text, targets", [t for t in TYPED if t[1] is not None])
def test_typed_forms(tree, text, targets):
    assert resolve(tree, text) == targets


@pytest.mark.parametrize(
    "text, where, targets",
    [
        ("this article", "41.3.b", r("41")),
        ("this paragraph", "41.3.b", r("41.3")),
        ("paragraph 3 of this article", "41.1", r("41.3")),
        ("para. 3", "41", r("41.3")),
        ("(b)", "40.21", r("40.21.b")),
        ("(b) to (d)", "40.21.a", r("40.21.b", "40.21.c", "40.21.d")),
        ("subparagraph (ii)", "2.e", r("2.e.ii")),
    ],
)
def test_relative_forms(tree, text, where, targets):
    assert resolve(tree, text, where) == targets


BAD = [
    ("", None, ReferenceSyntaxError, "an empty reference names nothing"),
    ("article 99", None, NotFound, "article 99 does not exist: the Convention has articles 1 to 68"),
    ("article 0", None, NotFound, "article 0 does not exist: the Convention has articles 1 to 68"),
    ("article 40, paragraph 33", None, NotFound, "article 40, paragraph 33 does not exist: article 40 has paragraphs 1 to 32"),
    ("Art. 40(21)(e)", None, NotFound, "article 40, paragraph 21 (e) does not exist: article 40, paragraph 21 has subparagraphs (a) to (d)"),
    ("article 41, paragraph 5 (a)", None, NotFound, "article 41, paragraph 5 (a) does not exist: article 41, paragraph 5 has no numbered subdivisions"),
    ("chapter X", None, NotFound, "chapter X does not exist: the Convention has chapters I to IX"),
    ("note 9", None, NotFound, "interpretative note 9 does not exist: the annex has interpretative notes 1 to 5"),
    ("articles 16 to 7", None, ReferenceSyntaxError, "the range article 16 to article 7 runs backwards: write article 7 to article 16"),
    ("articles 7 to", None, ReferenceSyntaxError, "a range needs its end, as in 'articles 7 to 16'"),
    ("articles 14 and", None, ReferenceSyntaxError, "a list needs a unit after 'and' or 'or', as in 'articles 14 and 16'"),
    ("article", None, ReferenceSyntaxError, "a head word needs a number, as in 'article 41' or 'paragraph 3 (b)'"),
    ("article 41 article 42", None, ReferenceSyntaxError, "give one reference at a time, joined by ',', 'and', 'or' or 'to'"),
    ("paragraph 3", None, ReferenceSyntaxError, "'paragraph 3' is relative to the unit it is written in: give --in ID"),
    ("this article", None, ReferenceSyntaxError, "'this article' is relative to the article it is written in: give --in ID"),
    ("this article", "preamble.2", ReferenceSyntaxError, "'this article' needs the article it is written in, but preamble, recital 2 is not in an article"),
    ("paragraph 3 of the Convention", None, ReferenceSyntaxError, "a paragraph of the Convention needs its article"),
    ("dual criminality", None, ReferenceSyntaxError, "cannot read 'dual criminality' as a reference"),
    ("article 1e3", None, ReferenceSyntaxError, "cannot read 'article 1e3' as a reference"),
    ("article -3", None, ReferenceSyntaxError, "cannot read 'article -3' as a reference"),
    ("articles 7 to paragraph 3", None, ReferenceSyntaxError, "cannot read 'articles 7 to paragraph 3' as a reference"),
    ("paragraph 21 to article 40", None, ReferenceSyntaxError, "cannot read"),
    ("chapter V to 41", None, NotFound, "chapter 41 does not exist: the Convention has chapters I to IX"),
    ("article 41 to chapter V", None, ReferenceSyntaxError, "cannot read"),
    ("articles 40.21 to 41", None, NotFound, "article 40, paragraph 41 does not exist"),
    ("article 40, paragraphs 21 to 2.a", None, ReferenceSyntaxError, "article 40, paragraph 21 to article 2 (a) is not a range of units of one kind"),
    ("subparagraph 3", "40.21", ReferenceSyntaxError, "a subparagraph is a letter in brackets"),
    ("article V", None, ReferenceSyntaxError, "V is a chapter numeral: write 'chapter V'"),
    # a hint names only what exists: there is no chapter XL
    ("Art. XL", None, ReferenceSyntaxError, "XL is a roman numeral, and the Convention has chapters I to IX and articles 1 to 68"),
    ("article iv", None, ReferenceSyntaxError, "IV is a chapter numeral: write 'chapter IV'"),
]  # fmt: skip


@pytest.mark.parametrize("text, where, error, message", BAD)
def test_bad_references(tree, text, where, error, message):
    with pytest.raises(error) as e:
        resolve(tree, text, where)
    assert message in str(e.value)


# --- the build finds every reference --------------------------------------------


@pytest.fixture(scope="module")
def found(tree):
    return find(tree)


def test_the_stored_references_are_what_the_text_gives(tree, found):
    refs, _ = found
    assert refs == tree.references


def test_every_span_is_where_its_phrase_stands(tree):
    for ref in tree.references:
        start, end = ref["span"]
        assert full_text(tree.get(ref["from"]))[start:end] == ref["text"], ref


def test_every_phrase_of_the_table_is_stored_with_its_targets(tree):
    stored = {(r["from"], r["text"]): r["targets"] for r in tree.references}
    for phrase, where, targets in PHRASES:
        assert stored[(where, phrase)] == targets, (where, phrase)


def test_the_build_counts(tree, found):
    _, skipped = found
    assert len(tree.references) == 134
    assert sorted(collections.Counter(s.reason for s in skipped).values()) == [1, 5, 59]


def test_every_stored_phrase_resolves_to_its_targets_again(tree):
    for ref in tree.references:
        if not ref["from"].startswith("note"):  # notes read relative phrases against the provision cited before
            assert resolve(tree, ref["text"], ref["from"]) == sorted(set(ref["targets"]), key=list(tree.units).index)


@pytest.mark.parametrize(
    "where, text, reason",
    [
        ("13", "this article", None),  # not a phrase of 13
        ("31.7", "this paragraph", SKIP_SELF),
        ("23.1", "this chapter", SKIP_SELF),
        ("resolution.1", "note", None),  # "Takes note of the report": no citation at all
        ("35.2", "paragraphs", None),  # "the relevant paragraphs of article 40"
        ("resolution.2", "resolution", SKIP_NO_NUMBER),  # "annexed to the present resolution"
        ("resolution.preamble.1", "resolution 74/247", SKIP_OTHER),
        ("resolution.5", "General Assembly resolutions 74/247 and 75/282", SKIP_OTHER),
    ],
)
def test_phrases_left_out_on_purpose(found, where, text, reason):
    _, skipped = found
    reasons = {s.reason for s in skipped if s.source == where and s.text == text}
    assert reasons == ({reason} if reason else set())


def test_no_left_out_phrase_is_a_stored_reference(tree, found):
    _, skipped = found
    stored = {(r["from"], r["text"]) for r in tree.references}
    assert not stored & {(s.source, s.text) for s in skipped}


def test_refs_42_and_40_21(run):
    incoming = json.loads(run("refs", "42", "--json").out)["incoming"]
    assert {"41.3.b", "43.1", "44.1", "35.2"} <= {r["from"] for r in incoming}
    assert {r["from"].split(".")[0] for r in incoming} >= {"41", "43", "44"}
    incoming = json.loads(run("refs", "40.21", "--json").out)["incoming"]
    assert {"40.28", "42.6", "43.2"} <= {r["from"] for r in incoming}
    phrase = next(r for r in incoming if r["from"] == "42.6")
    mla = "General principles and procedures relating to mutual legal assistance"
    assert phrase == {
        "from": "42.6",
        "text": "article 40, paragraph 21 (b) and (c) and paragraph 22, of this Convention",
        "span": [104, 177],
        "targets": ["40.21.b", "40.21.c", "40.22"],
        "from_citation": "Article 42, paragraph 6",
        "from_title": "International cooperation for the purpose of expedited preservation of stored electronic data",
        "cited": [
            {"id": "40.21.b", "citation": "Article 40, paragraph 21 (b)", "title": mla},
            {"id": "40.21.c", "citation": "Article 40, paragraph 21 (c)", "title": mla},
            {"id": "40.22", "citation": "Article 40, paragraph 22", "title": mla},
        ],
        "own": False,
    }


def test_refs_json_shape(run):
    (line,) = run("refs", "41", "--json").lines
    obj = json.loads(line)
    assert list(obj) == ["id", "citation", "outgoing", "incoming", "annotated_by"]
    stored = ["from", "text", "span", "targets"]
    assert [{k: r[k] for k in stored} for r in obj["outgoing"]] == [
        {"from": "41.1", "text": "paragraph 3 of this article", "span": [412, 439], "targets": ["41.3"]},
        {"from": "41.3.b", "text": "articles 42 and 43 of this Convention", "span": [59, 96], "targets": ["42", "43"]},
    ]
    assert [[c["id"] for c in r["cited"]] for r in obj["outgoing"]] == [["41.3"], ["42", "43"]]
    assert obj["annotated_by"] == []


@pytest.mark.parametrize(
    "ref, notes",
    [("23", ["note.4"]), ("35", ["note.4", "note.5"]), ("2.e", ["note.1", "note.2"]), ("chapter.IV", ["note.4"]),
     ("17.1", ["note.3"]), ("40", [])],
)  # fmt: skip
def test_notes_are_listed_where_they_apply(run, ref, notes):
    assert json.loads(run("refs", ref, "--json").out)["annotated_by"] == notes
    assert json.loads(run("show", ref, "--json").out).get("notes", []) == notes
    shown = run("show", ref, "--no-pager").out
    assert all(f"(Interpretative note {n.split('.')[1]}, on " in shown for n in notes)


def test_resolve_command(run):
    r = run("resolve", "articles 57, paragraph 5 (g), 61 and 62")
    assert (r.status, r.out) == (0, "57.5.g\n61\n62\n")
    r = run("resolve", "paragraph 3 of this article", "--in", "41.1", "--json")
    assert json.loads(r.out) == {
        "input": "paragraph 3 of this article", "in": "41.1", "targets": ["41.3"],
        "cited": [{"id": "41.3", "citation": "Article 41, paragraph 3", "title": "24/7 network"}],
    }  # fmt: skip
    r = run("resolve", "paragraph 3")
    assert r.status == 2 and r.err.startswith("uncc: error: 'paragraph 3' is relative")


def test_show_takes_citations_and_lists_references(run):
    ids = [json.loads(line)["id"] for line in run("show", "articles 41 to 43", "--json").lines]
    assert ids == ["41", "42", "43"]
    out = run("show", "42.6").out
    assert "References" in out and "→ 40.21.b, 40.21.c, 40.22" in out
