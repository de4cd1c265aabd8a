"""The concordance beside the Budapest Convention, its Second Additional Protocol, UNTOC and UNCAC, and `compare`."""

import json

import pytest

from uncc.layers import concordance as C

TABLES = C.instruments()
ROWS = [(key, *row) for key in C.KEYS for row in TABLES[key]["rows"]]


def test_the_tables_hold_to_the_convention(tree):
    C.check(tree)
    # Every article of this Convention and of Budapest and UNTOC is placed, with counterparts or with none.
    articles = {u.id for u in tree.units.values() if u.kind == "article"}
    assert len(articles) == 68
    for key in C.COMPLETE:
        table = TABLES[key]
        assert {u.split(".")[0] for u, *_ in table["rows"]} | set(table["none_here"]) == articles
        assert {a for _, a, *_ in table["rows"]} | set(table["none_there"]) == set(table["titles"])
    assert TABLES["budapest"]["articles"] == 48 and TABLES["untoc"]["articles"] == 41
    assert TABLES["budapest-protocol"]["articles"] == 25 and TABLES["uncac"]["articles"] == 71


# Counterparts a reader of the three texts agrees on: (this Convention's unit, instrument, article, relation).
KNOWN = [
    ("7", "budapest", "2", "same"),
    ("42", "budapest", "29", "same"),
    ("25", "budapest", "16", "same"),
    ("41", "budapest", "35", "adapted"),
    ("40", "untoc", "18", "adapted"),
    ("37", "untoc", "16", "adapted"),
    ("17", "untoc", "6", "adapted"),
]


@pytest.mark.parametrize("uid, key, article, relation", KNOWN)
def test_known_counterparts_both_ways(run, uid, key, article, relation):
    ours = json.loads(run("compare", uid, "--json", "--with", key).out)
    assert {(c["instrument"], c["article"], c["relation"]) for c in ours["counterparts"] if "id" not in c} >= {
        (key, article, relation)
    }
    short = TABLES[key]["short"]
    theirs = json.loads(run("compare", f"{short}, article {article}", "--json").out)
    assert theirs["instrument"] == key and theirs["title"] == TABLES[key]["titles"][article]
    assert (uid, relation) in {(c["id"], c["relation"]) for c in theirs["counterparts"]}


@pytest.mark.parametrize("key, uid, article, paragraph, relation", ROWS, ids=[f"{r[0]} {r[1]}~{r[2]}" for r in ROWS])
def test_every_row_reads_both_ways(tree, key, uid, article, paragraph, relation):
    mine = C.of_unit(tree, uid, key)
    assert any(c["article"] == article and c["relation"] == relation and c.get("paragraph") == paragraph
               for c in mine["counterparts"])  # fmt: skip
    theirs = C.of_article(tree, key, article, paragraph)
    assert (uid, relation) in {(c["id"], c["relation"]) for c in theirs["counterparts"]}


def test_what_has_no_counterpart(run):
    new = [json.loads(x) for x in run("compare", "--new", "budapest", "--json").lines]
    ids = {x["id"] for x in new}
    assert {"15", "16", "20"} <= ids and "42" not in ids and all(x["counterparts"] == [] for x in new)
    missing = [json.loads(x) for x in run("compare", "--missing", "budapest", "--json").lines]
    assert {"10", "32"} <= {x["article"] for x in missing} and all(x["counterparts"] == [] for x in missing)
    copyright_ = json.loads(run("compare", "Budapest art. 10", "--json").out)
    assert copyright_["counterparts"] == [] and "copyright" in copyright_["title"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Budapest Convention, article 16", ("budapest", "16", None)),
        ("Budapest art. 16", ("budapest", "16", None)),
        ("article 16 of the Budapest Convention", ("budapest", "16", None)),
        ("UNTOC article 18(9)", ("untoc", "18", "9")),
        ("CETS 224 art. 7", ("budapest-protocol", "7", None)),
        ("ETS No. 185, art. 29", ("budapest", "29", None)),
        ("Art. 46 UNCAC", ("uncac", "46", None)),
        ("the Palermo Convention, art. 18, para. 9", ("untoc", "18", "9")),
        ("UNTOC art. 018(09)", ("untoc", "18", "9")),
        ("article 40", None),
        ("Budapest", None),
    ],
)
def test_other_instruments_articles_as_people_write_them(text, expected):
    assert C.reference(text) == expected


@pytest.mark.parametrize(
    "args, said",
    [
        (["compare", "Budapest art. 49"], "the Budapest Convention has articles 1 to 48"),
        (["compare", "UNTOC art. 42"], "UNTOC has articles 1 to 41"),
        (["compare", "42", "--with", "echr"], "no instrument 'echr' for --with"),
        (["compare"], "give units or another instrument's articles"),
        (["compare", "42", "--new", "budapest"], "give units or another instrument's articles"),
        # Their tables place only the articles that draw on them: which have none there is not known.
        (["compare", "--new", "uncac"], "cannot say which have no counterpart there: give budapest or untoc"),
        (["checklist", "40", "--have", "uncac"], "places only the articles of this Convention that draw on it"),
        (["compare", "--new", "budapest", "--with", "untoc"], "--new and --missing name their instrument"),
        (["compare", "--missing", "untoc", "--with", "budapest"], "--new and --missing name their instrument"),
        (["compare", "--new", "budapest-protocol"], "places only the articles of this Convention that draw on it"),
    ],
)
def test_bad_comparisons_are_one_line_and_exit_2(run, args, said):
    r = run(*args)
    assert r.status == 2 and said in r.err and r.err.count("\n") == 1


def test_show_the_edition_and_the_checklist_show_the_counterparts(run, tree):
    text = run("show", "42").out
    assert "Corresponds to\nBudapest Convention art. 29, Expedited preservation of stored computer data\n(same)" in text
    node = json.loads(run("show", "42", "--json").out)
    assert {"instrument": "budapest", "article": "29", "title": "Expedited preservation of stored computer data",
            "relation": "same"} in node["counterparts"]  # fmt: skip
    from uncc.editions import export

    html = export(tree, "html")
    assert 'class="counterparts">Corresponds to: ' in html and "Budapest Convention art. 29, Expedited preservation" in html
    rows = [json.loads(x) for x in run("checklist", "chapter.II", "--have", "budapest", "--json").lines]
    have = {r["id"]: r["have"] for r in rows}
    assert have["7.1"].startswith("Budapest Convention art. 2") and have["15.1"] == ""
    # Within each role and chapter, what a Budapest party has comes first, then what is new.
    flags = [bool(r["have"]) for r in rows if r["actor"] == "State Party" and r["chapter"] == "chapter.II"]
    assert flags == sorted(flags, reverse=True)
    markdown = run("checklist", "chapter.II", "--have", "budapest", "--format", "markdown").out
    assert "— **new**" in markdown and "— already: Budapest Convention art. 2" in markdown


@pytest.mark.parametrize("key", ["budapest", "untoc", "uncac"])
def test_each_title_is_the_published_ones(key):
    """The tables' titles of the Budapest Convention, UNTOC and UNCAC, article by article, against the list read
    from their published English texts (tests/instrument_titles.py). The Second Additional Protocol's articles 9
    and 11 to 25 are not confirmed against a published copy yet (its table says so)."""
    from instrument_titles import PUBLISHED

    assert TABLES[key]["titles"] == PUBLISHED[key]


def test_each_of_this_conventions_titles_is_the_datas(run, tree):
    """What compare prints of this Convention's units is the data's, not the table's."""
    for key, uid, *_ in ROWS[::7]:
        found = json.loads(run("compare", uid, "--json", "--with", key).out)
        assert found["title"] == tree.get(uid).article_title and found["citation"].startswith("Article ")


def test_the_build_refuses_tables_that_do_not_fit(monkeypatch):
    """A row naming a unit the source does not have stops the build with one line that says where to look."""
    from conftest import SOURCE

    from uncc.errors import SourceError
    from uncc.source.build import build_data

    broken = {**TABLES, "budapest": {**TABLES["budapest"], "rows": [*TABLES["budapest"]["rows"], ("99", "2", None, "same")]}}
    monkeypatch.setattr(C, "instruments", lambda: broken)
    with pytest.raises(SourceError, match=r"the concordance tables do not fit this source \(budapest: no unit 99\)"):
        build_data(SOURCE.read_bytes())


def test_a_paragraph_the_table_does_not_name_is_read_as_its_article(run):
    whole = json.loads(run("compare", "Budapest art. 16", "--json").out)
    assert json.loads(run("compare", "Budapest art. 16(99)", "--json").out) == whole and "paragraph" not in whole


def _ancestors(uid):
    while "." in uid:
        uid = uid.rsplit(".", 1)[0]
        yield uid


def test_a_unit_without_rows_has_its_nearest_containers_rows_and_never_a_siblings(tree):
    """Over every unit of the articles: the rows for it and the units inside it; failing those, the rows naming
    exactly the nearest unit it is part of that has any (40.22 has article 40's, not 40.21's)."""
    rows = [(key, unit, article) for key, unit, article, *_ in ROWS]
    checked = 0
    for uid in (u.id for u in tree.units.values() if u.id[:1].isdigit()):
        got = [(r["instrument"], r["unit"], r["article"]) for r in C.counterparts(uid)]
        own = [r for r in rows if r[1] == uid or r[1].startswith(uid + ".")]
        if not own:
            nearest = next((a for a in _ancestors(uid) if any(r[1] == a for r in rows)), None)
            own = [r for r in rows if r[1] == nearest]
            checked += 1
        assert sorted(got) == sorted(own), uid
    assert checked > 300
    assert {r["unit"] for r in C.counterparts("40.22")} == {"40"}


def test_a_chapter_has_the_counterparts_of_its_articles(run, tree):
    got = json.loads(run("compare", "chapter.II", "--json").out)
    articles = [c.id for c in tree.get("chapter.II").children if c.kind == "article"]
    want = [(r["instrument"], r["article"], r["unit"]) for a in articles for r in C.counterparts(a)]
    assert sorted((r["instrument"], r["article"], r["id"]) for r in got["counterparts"]) == sorted(want)
    assert ("budapest", "2", "7") in want
    text = run("compare", "chapter.II").out
    assert "Article 7: Budapest Convention art. 2, Illegal access (same)" in text and "no counterpart" not in text
