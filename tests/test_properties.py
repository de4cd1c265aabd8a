"""Properties that hold for any input: hypothesis, with a fixed seed and a bounded budget."""

import contextlib
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from uncc.cite import select as resolve
from uncc.cite.reader import scan
from uncc.errors import UnccError
from uncc.ids import citation, eid, short_citation


def fixed(examples):
    """A fixed seed (derandomize) and a bounded budget, the same in CI as anywhere."""
    return settings(
        derandomize=True, max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )


WORDS = [
    "article", "articles", "Art.", "art", "paragraph", "paragraphs", "para.", "subparagraph", "subparagraphs",
    "chapter", "chapters", "note", "notes", "recital", "footnote", "preamble", "resolution", "resolution 79/243",
    "(a)", "(b)", "(i)", "(ii)", "(iii)", "(z)", "(21)", "0", "1", "2", "7", "16", "21", "40", "41", "68", "69",
    "99", "V", "IX", "XL", "to", "and", "or", ",", "-", "–", "of this Convention", "of the Convention",
    "of this article", "of this paragraph", "this article", "this paragraph", "above", "40.21.b", "chapter.V",
    "note.4", "17.1.a.i", ".", "(", ")", "1e3", "-3", "041",
]  # fmt: skip
REFERENCE_LIKE = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join)
ANY_TEXT = st.text(max_size=80)
CONTEXTS = st.sampled_from([None, "41", "41.3.b", "40.21", "2.e", "resolution.10", "preamble.2", "note.1", "chapter.V"])


@fixed(400)
@given(text=st.one_of(REFERENCE_LIKE, ANY_TEXT), context=CONTEXTS)
def test_any_text_resolves_to_existing_ids_or_raises_an_uncc_error(tree, text, context):
    try:
        ids = resolve(tree, text, context)
    except UnccError as e:
        assert str(e) and "\n" not in str(e)
        return
    assert ids and all(uid in tree.units for uid in ids)
    order = list(tree.units)
    assert ids == sorted(set(ids), key=order.index)  # document order, each once


def test_every_id_resolves_to_itself(tree):
    for uid in tree.units:
        assert resolve(tree, uid) == [uid]


def test_every_citation_resolves_to_its_unit(tree):
    for uid in tree.units:
        assert resolve(tree, citation(uid)) == [uid], citation(uid)
        assert resolve(tree, short_citation(uid)) == [uid], short_citation(uid)


def test_every_unit_has_its_own_eid(tree):
    eids = [eid(uid) for uid in tree.units]
    assert len(set(eids)) == len(eids)


@fixed(300)
@given(text=st.one_of(REFERENCE_LIKE, ANY_TEXT, st.lists(st.one_of(REFERENCE_LIKE, ANY_TEXT)).map(" ".join)))
def test_scan_finds_spans_of_the_text_in_order(text):
    last = 0
    for found in scan(text):
        assert last <= found.start < found.end <= len(text)
        assert text[found.start : found.end] == found.text
        last = found.end


@fixed(400)
@given(text=st.one_of(REFERENCE_LIKE, st.lists(st.one_of(REFERENCE_LIKE, ANY_TEXT)).map(" ".join)))
def test_scan_takes_the_longest_run_of_tokens_that_reads(text):
    """At a place where a citation may start, `scan` takes the longest run of the tokens there that `read` reads
    as a whole citation: checked against trying every such run."""
    from uncc.cite.lalr import Unreadable, tokens
    from uncc.cite.reader import _longest, parse

    window = "article " + text
    ends = []
    with contextlib.suppress(Unreadable):  # the tokens up to a character no terminal matches
        for token in tokens(window, [0]):
            ends.append(token.end)
    readable = []
    for end in ends:
        with contextlib.suppress(Unreadable, UnccError):
            readable.append((window[:end], parse(window[:end])))
    found = _longest(window, 0)
    assert (found and (found.text, found.members)) == (readable[-1] if readable else None)


COMMANDS = ["show", "refs", "resolve", "search", "define", "toc", "cite"]
OPTIONS = ["--json", "--in", "--limit", "--count", "--uses", "--plain", "--no-pager", "--help", "--check", "-x", "--"]
ARGS = st.lists(
    st.one_of(st.sampled_from(OPTIONS), REFERENCE_LIKE, ANY_TEXT, st.sampled_from(["3", "0", "-1"])), max_size=4
)


@fixed(150)
@given(command=st.sampled_from(COMMANDS), args=ARGS)
def test_the_cli_never_crashes_and_json_is_json_lines(command, args):
    from uncc.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), pytest.raises(SystemExit) as e:
        main([command, *args])
    status = e.value.code
    assert status in (0, 1, 2), (command, args, status)
    assert "Traceback" not in err.getvalue()
    if status == 2:
        assert err.getvalue().startswith("uncc: error: ") and err.getvalue().count("\n") == 1
    if "--json" in args and status == 0 and "--help" not in args:
        for line in out.getvalue().splitlines():
            json.loads(line)
