"""uncc.search: query forms, scoping, stemming, ranking, bad queries, suggestions and the index cache."""

import json
import re
from pathlib import Path

import pytest
from conftest import SOURCE

from uncc import search as S
from uncc.errors import NotFound, UnccError
from uncc.model import Document

MLA = "mutual legal assistance"


def ids(tree, query, **kw):
    return [h.id for h in S.search(tree, query, **kw)]


def own_words(unit):
    """A unit's own words as the index holds them, whitespace made single spaces."""
    return re.sub(r"\s+", " ", " ".join((unit.title, unit.text, unit.tail))).lower()


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """An empty cache directory, and no index held open from earlier tests."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(S, "_CONNECTIONS", {})
    return tmp_path / "uncc"


# -- the acceptance criteria


def test_dual_criminality_finds_the_four_places(tree):
    assert {"35.3", "40.8", "42.4", "42.5"} <= set(ids(tree, "dual criminality"))


def test_phrase_count_is_every_unit_that_holds_it_and_beats_grep(tree):
    holders = [u.id for u in tree.units.values() if MLA in own_words(u)]
    lines = sum(MLA in line.lower() for line in SOURCE.read_text(encoding="utf-8").splitlines())
    occurrences = re.sub(r"\s+", " ", SOURCE.read_text(encoding="utf-8").lower()).count(MLA)
    assert (lines, occurrences) == (26, 34)
    assert S.count(tree, f'"{MLA}"') == len(holders) == 31
    assert S.count(tree, f'"{MLA}"') > lines
    assert sorted(ids(tree, f'"{MLA}"')) == sorted(holders)


# -- query forms: (query, ids that must be hits, ids that must not)

FORMS = [
    # a phrase the PDF wrapped: "...separate system of mutual" / "legal assistance, it may..."
    ('"separate system of mutual legal assistance"', {"40.12.a"}, set()),
    ('"widest measure of mutual legal assistance"', {"40.1"}, set()),
    ("dual AND request", {"35.3", "40.8", "42.4", "42.5"}, set()),
    ("interception OR Hanoi", {"8", "30", "46", "64.1", "resolution.2"}, set()),
    ("assistance NOT mutual", {"chapter.VII", "54"}, {"40", "44"}),
    ("cyber*", {"resolution.12", "1.a", "preamble.5"}, set()),
    ("NEAR(dual request, 5)", {"42.4", "40.8"}, {"42.5", "35.3"}),
    ('"content data" AND "real time"', {"30.1", "30.2", "46"}, set()),
    # bare punctuated words are phrases, not FTS5 syntax errors
    ("real-time", {"29", "45", "40.3.e"}, set()),
    ("24/7", {"41"}, set()),
    ("real-tim*", {"29", "45"}, set()),
    ('"real tim"*', {"29", "45"}, set()),
    # a quoted bare word must not run into the string beside it
    ('real-time"traffic data"', {"29", "45"}, set()),
    # curly quotes pasted from the PDF are quotes
    ("\u201cdual criminality\u201d", {"35.3", "42.5"}, set()),
    # lower-case "and" and "or" are words that need not match; in capitals, operators
    ("safe and havens", {"preamble.5"}, set()),
    ("safe AND havens", {"preamble.5"}, set()),
]


@pytest.mark.parametrize("query, present, absent", FORMS)
def test_query_forms(tree, query, present, absent):
    hits = S.search(tree, query)
    every = [h.id for h in hits if not h.missing]
    assert present <= set(every)
    assert not absent & {h.id for h in hits}
    assert len(hits) == len({h.id for h in hits})
    assert len(every) == S.count(tree, query)


@pytest.mark.parametrize(
    "query, combine",
    [
        ("assistance AND mutual", set.__and__),
        ("assistance OR mutual", set.__or__),
        ("assistance NOT mutual", set.__sub__),
    ],
)
def test_operators_combine_the_sets_of_units(tree, query, combine):
    expected = combine(set(ids(tree, "assistance")), set(ids(tree, "mutual")))
    assert expected
    assert set(ids(tree, query)) == expected


def test_prefix_matches_more_than_the_stem_alone(tree):
    assert S.count(tree, "cyber") == 0
    assert S.count(tree, "cyber*") >= S.count(tree, "cybercrime") > 0


def test_near_is_narrower_than_and(tree):
    assert set(ids(tree, "NEAR(dual request, 5)")) < set(ids(tree, "dual AND request"))


@pytest.mark.parametrize(
    "query, word_in_text",
    [
        ("criminalize", "criminalization"),
        ("investigations", "investigation"),
        ("preserved", "preservation"),
        ("extradite", "extradition"),
    ],
)
def test_stemming_finds_other_forms(tree, query, word_in_text):
    hits = {h.id: tree.units[h.id] for h in S.search(tree, query)}
    other = [uid for uid, u in hits.items() if word_in_text in own_words(u) and query not in own_words(u)]
    assert other, f"{query!r} finds no unit that only says {word_in_text!r}"


# -- scope, limit, count


@pytest.mark.parametrize(
    "query, scope, expected",
    [
        ("dual criminality", ["40"], {"40.8"}),
        ("dual criminality", ["35", "42"], {"35.3", "42.4", "42.5"}),
        ("dual criminality", ["chapter.V"], {"35.3", "40.8", "42.4", "42.5"}),
        ("dual criminality", ["chapter.II"], set()),
        ("dual criminality", ["40.8"], {"40.8"}),
        ("dual criminality", [], set()),
        ("Hanoi", ["resolution"], {"resolution.2"}),
        ("investigation", ["note.4"], {"note.4"}),
    ],
)
def test_scope(tree, query, scope, expected):
    assert {h.id for h in S.search(tree, query, scope=scope) if not h.missing} == expected
    assert S.count(tree, query, scope) == len(expected)


@pytest.mark.parametrize("scope", ["1", "40", "chapter.V", "chapter.I", "preamble"])
def test_scope_keeps_to_the_unit_and_its_parts(tree, scope):
    hits = [tree.units[h.id] for h in S.search(tree, "State OR States OR Convention", scope=[scope])]
    assert hits
    for unit in hits:
        inside = unit.id == scope or unit.id.startswith(scope + ".") or unit.chapter and unit.chapter.id == scope
        assert inside, f"{unit.id} is outside {scope}"
    if scope == "1":
        assert not any(u.id.startswith(("10", "11")) for u in hits)


def test_scope_that_names_nothing(tree):
    with pytest.raises(NotFound, match="article 99 does not exist"):
        S.search(tree, "data", scope=["99"])


def test_limit_is_the_best_first(tree):
    every = ids(tree, MLA)
    assert ids(tree, MLA, limit=3) == every[:3]
    assert ids(tree, MLA, limit=1000) == every
    with pytest.raises(UnccError, match="limit must be 1 or more"):
        S.search(tree, MLA, limit=0)


def test_count_counts_units_not_occurrences(tree):
    assert S.count(tree, "Hanoi") == 2
    assert S.count(tree, "xyzzy") == 0


# -- ranking


@pytest.mark.parametrize(
    "query, first",
    [
        ("extradition", "37"),
        ("24/7 network", "41"),
        ("statute of limitations", "20"),
        ("criminalization", "chapter.II"),
        ("safe havens", "preamble.5"),
    ],
)
def test_title_match_ranks_first(tree, query, first):
    hits = [h for h in S.search(tree, query) if not h.missing]
    assert hits[0].id == first
    # Units with the words as typed come first; within each group, by score.
    literal = {h.id for h in S.search(tree, query, exact=True) if not h.missing}
    for group in ([h for h in hits if h.id in literal], [h for h in hits if h.id not in literal]):
        assert [h.score for h in group] == sorted((h.score for h in group), reverse=True)
    assert [h.id for h in hits] == [h.id for h in hits if h.id in literal] + [h.id for h in hits if h.id not in literal]


# -- what a lawyer means (the judged queries, and each way search used to fail them)


def _ranks(tree):
    """For each judged query, the rank (from 0) of the first wanted unit among the hits, or None."""
    from judged import JUDGED

    out = {}
    for query, wanted in JUDGED:
        hits = ids(tree, query)
        out[query] = next((n for n, uid in enumerate(hits) if uid in wanted), None)
    return out


def test_the_judged_queries_find_what_a_lawyer_wants_first(tree):
    from judged import JUDGED

    assert len(JUDGED) >= 40
    for _, wanted in JUDGED:
        assert wanted <= set(tree.units)
    ranks = _ranks(tree)
    first = sum(r == 0 for r in ranks.values())
    top3 = sum(r is not None and r < 3 for r in ranks.values())
    assert first >= 0.9 * len(JUDGED), {q: r for q, r in ranks.items() if r != 0}
    assert top3 >= len(JUDGED) - 1, {q: r for q, r in ranks.items() if r is None or r >= 3}
    # The README states the figures this measures.
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert f"first for {first} of {len(JUDGED)} judged queries" in readme
    assert f"in the top three for {top3}" in readme


@pytest.mark.parametrize(
    "query, definition",
    [("traffic data", "2.c"), ("electronic data", "2.b"), ("property", "2.i"), ("Service Providers", "2.e")],
)
def test_a_defined_term_finds_its_definition_first(tree, query, definition):
    assert ids(tree, query)[0] == definition
    # Scoped where the definition is not, the term is searched as words.
    assert definition not in ids(tree, query, scope=["chapter.V"])


@pytest.mark.parametrize(
    "query, operative",
    [
        ("protection of witnesses", "33.1"),
        ("confidentiality of requests", "42.3.g"),
        ("grounds for refusal", "40.21"),
        ("video conference", "40.18"),
    ],
)
def test_function_words_and_one_missing_word_do_not_hide_the_operative_text(tree, query, operative):
    assert operative in ids(tree, query)


def test_lower_case_and_or_are_not_searched_for(tree):
    plain = set(ids(tree, "extradition nationality"))
    assert set(ids(tree, "extradition or nationality")) == set(ids(tree, "extradition and nationality")) == plain
    assert S.count(tree, "extradition or nationality") == S.count(tree, "extradition nationality")
    assert S.count(tree, "extradition OR nationality") > S.count(tree, "extradition nationality")


def test_units_with_all_but_one_word_follow_marked_and_only_when_few_have_all(tree):
    hits = S.search(tree, "grounds for refusal")
    every = [h for h in hits if not h.missing]
    assert len(every) == S.count(tree, "grounds for refusal") < S.PAGE
    assert hits[: len(every)] == every
    rest = hits[len(every) :]
    assert rest and all(h.missing in (["grounds"], ["refusal"]) for h in rest)
    for h in rest:
        words = own_words(tree.units[h.id])
        assert ("ground" in words) != ("refus" in words)
    # A page of units with every word: nothing more.
    assert not any(h.missing for h in S.search(tree, "mutual legal assistance"))
    # Operators say exactly what must match.
    assert not any(h.missing for h in S.search(tree, "grounds AND refusal"))


def _holders(tree, pattern):
    """The units whose indexed words match `pattern`: the long title of the resolution, the Convention
    and the annex is not indexed (resolution.2 holds it)."""
    found = re.compile(pattern, re.I)
    titled = {"resolution", "convention", "annex"}
    return {u.id for u in tree.units.values() if u.id not in titled and found.search(own_words(u))}


@pytest.mark.parametrize("prefix", ["confiscat", "investigat", "criminaliz", "extradit", "cyber"])
def test_a_prefix_matches_the_words_as_written(tree, prefix):
    expected = _holders(tree, rf"\b{prefix}")
    assert expected
    assert set(ids(tree, f"{prefix}*")) == expected
    assert S.count(tree, f"{prefix}*") == len(expected)


@pytest.mark.parametrize("word", ["criminalization", "nationality", "investigations", "preserved"])
def test_exact_matches_the_word_as_written_and_ranks_it_first_by_default(tree, word):
    literal = _holders(tree, rf"\b{word}\b")
    assert set(ids(tree, word, exact=True)) == literal
    assert S.count(tree, word, exact=True) == len(literal) < S.count(tree, word)
    # Stems still find the other forms, after the units that have the word as typed.
    hits = ids(tree, word)
    assert set(hits[: len(literal)]) == literal and len(hits) > len(literal)


def test_exact_phrases_are_not_stemmed(tree):
    assert set(ids(tree, '"legal persons"', exact=True)) == _holders(tree, r"\blegal persons\b")
    assert S.count(tree, '"legal person"', exact=True) < S.count(tree, '"legal person"')


@pytest.mark.parametrize("query", ["evidence in electronic form", "serious crime", "nationality"])
def test_the_long_title_does_not_come_first(tree, query):
    assert not {"resolution", "convention", "annex"} & set(ids(tree, query)[:3])


@pytest.mark.parametrize("query, article", [("jurisdiction", "22"), ("preventive measures", "53")])
def test_a_chapter_and_its_article_of_the_same_title_do_not_both_lead(tree, query, article):
    hits = ids(tree, query)
    assert hits[0] == article
    assert not any(h.startswith("chapter.") for h in hits[:3])


def test_technical_assistance_leads_with_the_article_not_the_chapter(tree):
    assert ids(tree, "technical assistance")[0] == "54"


def test_a_phrase_does_not_run_from_a_chapeau_into_its_closing_words(tree):
    # 30.1's chapeau ends "... competent authorities to:" and its closing words follow (a) and (b);
    # no sentence of the Convention says "authorities to content data".
    assert S.count(tree, '"authorities to content data"') == 0
    assert "30.1" in ids(tree, '"content data"')


@pytest.mark.parametrize(
    "query, suggestion",
    [("child pornography", None), ("part. 40", None), ("e-main", None), ("criminalty", "criminality")],
)
def test_a_suggestion_is_made_only_when_it_finds_something(tree, query, suggestion):
    assert S.suggest(tree, query) == suggestion


def test_a_leading_dash_is_explained(tree):
    with pytest.raises(S.SearchSyntaxError, match="a word cannot start with -; .* extradition NOT treaty"):
        S.search(tree, "-treaty")
    assert ids(tree, "real-time")  # inside a word, a hyphen is a hyphen


def test_two_words_also_find_the_one_word_the_text_writes(tree):
    assert set(ids(tree, "video conference")) == {"40.18"}
    assert S.count(tree, "video conference") == 1
    assert set(ids(tree, "cyber crime")) >= _holders(tree, r"\bcybercrime\b")


# -- quotations that read as the text reads


def test_a_snippet_never_joins_words_the_text_does_not_join(tree):
    # 11.1 (a): "... making available of:" (i) ... (ii) ... "with the intent that the device ...": the words
    # before and after the items are not one sentence.
    (hit,) = [h for h in S.search(tree, '"with the intent that the device"') if h.id == "11.1.a"]
    assert hit.snippet.startswith("«with the intent that the device»")
    assert "of:" not in hit.snippet


@pytest.mark.parametrize(
    "phrase, found_at",
    [
        # 29.1 (b) (ii) "... in the collection or recording of;" and 29.1's closing words "traffic data, in real time, ..."
        ('"collection or recording of traffic data"', "29.1.b.ii"),
        # 29.1's opening words "... to empower its competent authorities to:" and (a) "Collect or record, ..."
        ('"empower its competent authorities to collect or record"', "29.1.a"),
        ('"empower its competent authorities to collect or record"', "30.1.a"),
    ],
)
def test_a_phrase_reads_from_a_list_into_an_item_and_on_into_its_closing_words(tree, phrase, found_at):
    hits = {h.id: h for h in S.search(tree, phrase)}
    assert found_at in hits and "…" in hits[found_at].snippet
    assert S.count(tree, phrase) == len([h for h in hits.values() if not h.missing])
    assert found_at in ids(tree, phrase, exact=True)


@pytest.mark.parametrize(
    "phrase",
    [
        '"authorities to content data"',  # 30.1's opening words straight into its closing words, past (a) and (b)
        '"that State Party and compel"',  # 29.1 (a) into 29.1 (b): one item into the next
        '"making available of with the intent"',  # 11.1 (a)'s opening words into its closing words
    ],
)
def test_a_phrase_never_skips_the_items_or_runs_from_one_item_into_the_next(tree, phrase):
    assert S.count(tree, phrase) == 0 and not [h for h in S.search(tree, phrase) if not h.missing]


# -- what hits say


def test_hit_json_and_snippet(tree):
    hit = S.search(tree, "dual criminality", scope=["40"])[0]
    assert hit.json() == {
        "id": "40.8",
        "citation": "Article 40, paragraph 8",
        "title": "General principles and procedures relating to mutual legal assistance",
        "score": hit.score,
        "snippet": "…the ground of absence of «dual criminality». However, the requested State Party…",
    }
    assert isinstance(hit.score, float) and hit.score > 0


def test_markers_never_occur_in_the_text(tree):
    for unit in tree.units.values():
        assert not set(S.MARK) & set(own_words(unit))


@pytest.mark.parametrize(
    "query, uid, cited",
    [
        ("investigation", "note.4", "Interpretative note 4"),
        ("Hanoi", "resolution.2", "Resolution 79/243, paragraph 2"),
        ("Hanoi", "64.1", "Article 64, paragraph 1"),
        ('"gender perspective"', "preamble.10", "Preamble, recital 10"),
        ('"undermine sustainable development"', "resolution.preamble.3", "Resolution 79/243, preamble, recital 3"),
        ("plenipotentiaries", "testimonium", "Testimonium"),
        ('"interpretative notes"', "footnote.1", "Footnote 1"),
    ],
)
def test_notes_resolution_and_preamble_are_searchable(tree, query, uid, cited):
    hits = {h.id: h for h in S.search(tree, query)}
    assert hits[uid].citation == cited


# -- bad queries


@pytest.mark.parametrize(
    "query, message",
    [
        ('foo"', "bad search query 'foo\"': unterminated string; quote phrases"),
        ('"dual criminality', "unterminated string"),
        ("NOT", 'NOT needs a word or "phrase" on each side, as in a NOT b'),
        ("NOT crime", "NOT needs a word"),
        ("AND", "AND needs a word"),
        ("dual AND AND request", "AND needs a word"),
        ("crime OR", "it ends too soon"),
        ("(dual criminality", "it ends too soon"),
        ("NEAR(dual request, x)", 'expected integer, got "x"'),
        ("near(dual request)", "NEAR is written in capitals"),
        ("", "search query '' has no words"),
        ("   ", "has no words"),
        ("*", "has no words"),
        ("- / .", "has no words"),
    ],
)
def test_bad_queries_say_what_is_wrong(tree, query, message):
    with pytest.raises(S.SearchSyntaxError) as raised:
        S.search(tree, query)
    text = str(raised.value)
    assert message in text
    assert "\n" not in text and "sqlite" not in text.lower()
    with pytest.raises(S.SearchSyntaxError):
        S.count(tree, query)


def test_the_hint_names_the_query_syntax(tree):
    with pytest.raises(UnccError, match=re.escape(S.HINT)):
        S.search(tree, "(dual")


# -- did you mean


@pytest.mark.parametrize(
    "query, suggestion",
    [
        ("criminalty", "criminality"),
        ("dual criminalty", "dual criminality"),
        ('"mutual legal asistance"', '"mutual legal assistance"'),
        ("extradtion NOT dual", "extradition NOT dual"),
        ("criminality", None),
        ("criminalizes", None),
        ("extradtion*", None),
        ("xyzzy", None),
    ],
)
def test_suggest(tree, query, suggestion):
    assert S.suggest(tree, query) == suggestion
    if suggestion:
        assert S.search(tree, suggestion)


# -- the index


def test_index_is_built_once_per_data_version(tree, fresh_cache):
    path = fresh_cache / S._name(tree)
    S.search(tree, "Hanoi")
    assert path.is_file()
    before = path.stat().st_mtime_ns
    S._CONNECTIONS.clear()
    assert ids(tree, "Hanoi") == ["64.1", "resolution.2"]
    assert path.stat().st_mtime_ns == before
    assert [p.name for p in fresh_cache.iterdir() if p.name.startswith("search-")] == [path.name]

    # Another version of the data has its own index, which replaces the older one.
    other = Document(tree.data, "0" * 40)
    assert ids(other, "Hanoi") == ["64.1", "resolution.2"]
    assert [p.name for p in fresh_cache.iterdir() if p.name.startswith("search-")] == [S._name(other)]


@pytest.mark.parametrize("damage", ["format", "garbage", "empty"])
def test_stale_or_damaged_index_is_rebuilt(tree, fresh_cache, damage):
    import sqlite3

    path = fresh_cache / S._name(tree)
    S.search(tree, "Hanoi")
    S._CONNECTIONS.clear()
    if damage == "format":
        con = sqlite3.connect(path)
        with con:
            con.execute("UPDATE meta SET value = '0' WHERE key = 'format'")
        con.close()
    else:
        path.write_bytes(b"not a database" * 100 if damage == "garbage" else b"")
    assert ids(tree, "Hanoi") == ["64.1", "resolution.2"]
    con = sqlite3.connect(path)
    assert con.execute("SELECT value FROM meta WHERE key = 'format'").fetchone() == (S.FORMAT,)
    con.close()
    assert not [p for p in fresh_cache.iterdir() if p.name.endswith(".tmp")]


def test_unwritable_cache_builds_in_memory(tree, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    monkeypatch.setattr(S, "_CONNECTIONS", {})
    assert ids(tree, "Hanoi") == ["64.1", "resolution.2"]


def test_tree_without_digest_is_never_cached(tree, fresh_cache):
    assert ids(Document(tree.data), "Hanoi") == ["64.1", "resolution.2"]
    assert not fresh_cache.exists() or not list(fresh_cache.glob("search-*"))


def test_missing_fts5_is_a_clear_error():
    from types import SimpleNamespace

    class OperationalError(Exception):
        pass

    def execute(_):
        raise OperationalError("no such module: fts5")

    no_fts5 = SimpleNamespace(OperationalError=OperationalError, connect=lambda _: SimpleNamespace(execute=execute))
    with pytest.raises(UnccError, match=r"search needs SQLite's FTS5, .*\(no such module: fts5\)"):
        S._check_fts5(no_fts5)


def test_importing_search_does_not_import_sqlite3():
    import subprocess
    import sys

    code = "import sys, uncc.search; print('sqlite3' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_a_damaged_index_is_rebuilt_not_believed(run, tmp_path):
    # Each run as a new process makes it (fresh): nothing loaded, the index read from the cache directory.
    env = {"XDG_CACHE_HOME": str(tmp_path)}
    assert run("search", "dual criminality", "--count", env=env, fresh=True).out == "4\n"
    (index,) = (tmp_path / "uncc").glob("search-*.sqlite3")
    index.write_bytes(b"not a database")
    again = run("search", "dual criminality", "--count", env=env, fresh=True)
    assert (again.status, again.out, again.err) == (0, "4\n", "")


# -- queries that used to fail


@pytest.mark.parametrize("query", ["cyber crime offences", "state cyber crime", "witness video conference"])
def test_two_words_joined_next_to_other_words_is_a_query_fts5_reads(tree, query):
    assert S.search(tree, query)


def test_only_words_that_stood_next_to_each_other_are_joined(tree):
    assert S.count(tree, "cyber crime") > 0
    assert S.count(tree, "cyber and crime") == 0  # "cyber" is no word of the text; "cybercrime" was not typed


def test_a_suggestion_is_never_an_error_about_another_query(tree):
    # The suggestion joins "video conference" as the text writes it, and still reads as a query.
    assert S.suggest(tree, "video conferense witness") == "video conference witness"
    assert S.search(tree, "video conference witness")
    assert S.suggest(tree, " ".join(["stte prty"] * 100)) is None


def test_a_scope_does_not_move_a_match_into_an_item(tree):
    # "refused" stands in 40.21's opening words, not in (b).
    assert ids(tree, "refused", scope=["40.21.b"]) == []
    assert "40.21" in ids(tree, "refused", scope=["40.21"])


def test_a_comma_pasted_with_the_words_is_punctuation(tree):
    assert S.count(tree, "dual criminality, extradition") == S.count(tree, "dual criminality extradition")
    assert S.count(tree, "NEAR(dual request, 5)") == 2  # inside NEAR, the comma still sets the distance


def test_terms_of_art_and_spellings_find_this_conventions_units(run, tree):
    """A second judged set, in the words of Budapest, UNTOC, UNCAC and practice, British spellings among them
    (tests/judged_terms.py): the floor is what 0.12.2 reaches (102 of 109 first, every one in the top three)."""
    from judged_terms import JUDGED_TERMS

    first = top3 = 0
    for query, wanted in JUDGED_TERMS:
        ids = [h.id for h in S.search(tree, query, limit=3)]
        first += bool(ids) and ids[0] in wanted
        top3 += bool(set(ids) & wanted)
    assert len(JUDGED_TERMS) >= 109 and first >= 102 and top3 == len(JUDGED_TERMS)
    hit = json.loads(run("search", "spontaneous information", "--json").lines[0])
    assert hit["id"] == "40.4" and hit["via"] == "Budapest's 'spontaneous information'"
    assert json.loads(run("search", "computer data", "--json").lines[0])["via"] == "Budapest's 'computer data'"
    for british, unit in [("criminalisation", "chapter.II"), ("organised crime", "preamble.3"), ("co-operation", "35")]:
        assert unit in [json.loads(x)["id"] for x in run("search", british, "--json").lines[:3]], british
    # A query the text's own words answer is not sent elsewhere.
    assert "via" not in json.loads(run("search", "traffic data", "--json").lines[0])


def test_a_held_out_set_of_questions_finds_what_a_lawyer_wants(tree):
    """A third judged set, written without uncc (tests/judged_heldout.py): the floor is what 0.12.2 reaches."""
    from judged_heldout import HELDOUT

    first = top3 = 0
    for query, wanted in HELDOUT:
        ids = [h.id for h in S.search(tree, query.replace("(", " ").replace(")", " "), limit=3)]
        first += bool(ids) and ids[0] in wanted
        top3 += bool(set(ids) & wanted)
    assert len(HELDOUT) >= 60 and first >= 15 and top3 >= 19


def test_a_question_in_many_words_finds_the_units_with_most_of_them(tree):
    """No unit has every word, nor all but one: the units with at least half of them, those with more first, each
    with the words it lacks."""
    query = "collateral intrusion on third parties from investigatory powers"
    assert S.count(tree, query) == 0
    hits = S.search(tree, query)
    assert hits and all(h.missing for h in hits)
    words = ["collateral", "intrusion", "third", "parties", "investigatory", "powers"]
    held = [len(words) - len(h.missing) for h in hits]
    assert held == sorted(held, reverse=True) and min(held) >= 3
    assert all(set(h.missing) < set(words) for h in hits)
    assert hits[0].id == "24.3" and hits[0].missing == ["collateral", "intrusion", "investigatory"]
    assert S.search(tree, "possession of indecent images of children") == []  # no unit has two of its words


def test_terms_of_art_are_counted_shown_and_marked_as_the_query_finds_them(tree):
    """Over the second judged set: `count` is the number of hits with every word (a term's units that lack one
    of its words are listed after those, and not counted); a unit the query's own words find is not marked
    as found by the term; every hit's score and snippet are given alike."""
    from judged_terms import JUDGED_TERMS

    marked = 0
    for query, _wanted in JUDGED_TERMS:
        hits = S.search(tree, query)
        whole = [h for h in hits if not h.missing]
        assert S.count(tree, query) == len(whole), query
        assert hits[: len(whole)] == whole, query  # every hit with every word before any that lacks one
        own = {h.id for h in S.search(tree, query, terms=False) if not h.missing}
        assert not [h.id for h in hits if h.via and h.id in own], query
        # What lacks a word lacks one the query has, never one of the words a term of art stands for.
        typed = set(re.findall(r"\w+", query.lower()))
        assert all(set(re.findall(r"\w+", w.lower())) & typed or w.lower().startswith(tuple(typed))
                   for h in hits if h.missing for w in h.missing), query  # fmt: skip
        marked += sum(bool(h.via) for h in hits)
        for h in hits:
            assert h.score == round(h.score, 3) and S.MARK[1] + " " + S.MARK[0] not in h.snippet, (query, h.id)
    assert marked > 50
