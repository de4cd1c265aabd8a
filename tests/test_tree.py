"""The tree: complete, verbatim, clean, and shaped as the Convention is."""

import os
import re
import threading

import pytest
import yaml
from conftest import HASH_SEEDS, SOURCE, YAML, uncc_processes

from uncc.model import full_text
from uncc.source.build import build_text
from uncc.source.clean import RUNNING_TITLE

# Numbered paragraphs and lettered subparagraphs of every article, counted
# from the source by a separate reading (a line scan per article that takes
# "(i)" as lettered only after "(h)"), and checked by hand for 14, 17, 23, 40.
COUNTS = {
    "1": (0, 3), "2": (0, 15), "3": (0, 2), "4": (2, 0), "5": (2, 0), "6": (2, 0), "7": (2, 0), "8": (2, 0),
    "9": (2, 0), "10": (0, 0), "11": (3, 2), "12": (2, 0), "13": (0, 3), "14": (5, 12), "15": (4, 0),
    "16": (6, 0), "17": (2, 8), "18": (4, 0), "19": (3, 0), "20": (0, 0), "21": (8, 0), "22": (6, 6),
    "23": (3, 5), "24": (5, 0), "25": (3, 0), "26": (0, 2), "27": (0, 2), "28": (4, 6), "29": (3, 2),
    "30": (3, 2), "31": (10, 2), "32": (0, 0), "33": (4, 2), "34": (6, 0), "35": (3, 3), "36": (3, 3),
    "37": (20, 2), "38": (0, 0), "39": (2, 0), "40": (32, 36), "41": (6, 5), "42": (9, 7), "43": (2, 0),
    "44": (3, 2), "45": (3, 6), "46": (0, 0), "47": (2, 6), "48": (0, 0), "49": (2, 6), "50": (10, 5),
    "51": (0, 0), "52": (4, 2), "53": (7, 13), "54": (10, 9), "55": (4, 0), "56": (6, 5), "57": (8, 8),
    "58": (2, 3), "59": (2, 0), "60": (2, 0), "61": (4, 0), "62": (2, 0), "63": (4, 0), "64": (4, 0),
    "65": (2, 0), "66": (5, 0), "67": (3, 0), "68": (2, 0),
}  # fmt: skip

# Roman items, by the subparagraph that holds them.
ITEMS = {
    "2.e": 2, "2.f": 3, "11.1.a": 2, "17.1.a": 2, "17.1.b": 2, "23.3.b": 2, "29.1.b": 2, "30.1.b": 2, "47.1.b": 3,
}  # fmt: skip


def test_the_committed_yaml_is_what_a_fresh_build_gives():
    assert YAML.read_text(encoding="utf-8") == build_text(SOURCE.read_bytes())


def test_the_build_is_deterministic(tmp_path):
    """`uncc build` writes the same bytes in processes of different hash seeds (an order that hangs on the seed
    differs between processes, not within one), and the same as a build in this process."""
    outs = {seed: tmp_path / f"seed-{seed}" for seed in HASH_SEEDS}
    for out in outs.values():
        out.mkdir()
    results = uncc_processes(
        [(("build", "--output", str(out)), {"PYTHONHASHSEED": seed}) for seed, out in outs.items()]
    )
    assert [r.status for r in results] == [0] * len(HASH_SEEDS), [r.err for r in results]
    written = {(out / "convention.yaml").read_bytes() for out in outs.values()}
    assert written == {build_text(SOURCE.read_bytes()).encode("utf-8")}


def test_the_build_gives_the_same_bytes_in_one_process(monkeypatch):
    """Without os.fork (Windows) the provisions are found in the build's own process: the same bytes."""
    monkeypatch.delattr(os, "fork")
    assert build_text(SOURCE.read_bytes()) == YAML.read_text(encoding="utf-8")


def test_forked_work_runs_in_a_child_and_its_failure_runs_it_here():
    from uncc.source.build import _Forked

    with _Forked(os.getpid) as child:
        if threading.active_count() == 1:
            assert child.pid and child.result() != os.getpid()
    with _Forked(lambda: {"span": [4, 237], "words": "“shall”"}) as child:
        assert child.result() == {"span": [4, 237], "words": "“shall”"}
    ran_in = []

    def fails_in_the_child():
        ran_in.append(os.getpid())
        if os.getpid() != parent:
            raise RuntimeError("the child's error")
        return "run here"

    parent = os.getpid()
    with _Forked(fails_in_the_child) as child:
        assert child.result() == "run here"
    assert ran_in == [parent]  # the child's own list is its copy: the parent sees only its own run


def test_a_child_whose_result_is_not_asked_for_is_stopped():
    """The build failed before it asked for the provisions: the child is stopped and its pipe closed, not left."""
    import time

    from uncc.source.build import _Forked

    with pytest.raises(RuntimeError), _Forked(lambda: time.sleep(60)) as child:
        pid, read = child.pid, child.read
        raise RuntimeError("the references failed")
    if pid:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reaped
        with pytest.raises(OSError):
            os.fstat(read)  # closed


def test_the_build_writes_the_bytes_pyyamls_own_writers_write():
    import yaml

    from uncc.source.build import build_data, render_yaml

    assert hasattr(yaml, "CSafeDumper"), "PyYAML without libyaml: the build would be eight times slower"
    data = build_data(SOURCE.read_bytes())[0]
    written = YAML.read_text(encoding="utf-8")
    assert render_yaml(data) == render_yaml(data, yaml.CSafeDumper) == render_yaml(data, yaml.SafeDumper) == written


def test_each_units_text_is_on_one_line_of_yaml():
    for line in YAML.read_text(encoding="utf-8").splitlines():
        assert re.match(r"^ *(- )?[a-z0-9]+:|^ *- ", line), line


def test_every_article_has_its_paragraphs_and_subparagraphs(tree):
    assert [a.id for a in tree.articles] == [str(n) for n in range(1, 69)]
    for article in tree.articles:
        paragraphs = [c for c in article.children if c.kind == "paragraph"]
        subparagraphs = [u for u in article.walk() if u.kind == "subparagraph"]
        assert (len(paragraphs), len(subparagraphs)) == COUNTS[article.id], article.id
        assert [p.label for p in paragraphs] == [f"{n}." for n in range(1, len(paragraphs) + 1)]


def test_roman_items(tree):
    holders = {u.parent.id for u in tree.units.values() if u.kind == "item"}
    assert holders == set(ITEMS)
    for holder, count in ITEMS.items():
        items = tree.get(holder).children
        assert [i.label for i in items] == [f"({r})" for r in ("i", "ii", "iii")[:count]]


@pytest.mark.parametrize(
    "uid, kind",
    [
        ("2.i", "subparagraph"),  # after (h): the ninth letter
        ("40.3.i", "subparagraph"),
        ("53.3.i", "subparagraph"),
        ("54.3.i", "subparagraph"),
        ("2.e.i", "item"),  # under a chapeau ending in ":"
        ("2.f.iii", "item"),
        ("17.1.a.i", "item"),  # "(a) (i) The conversion": straight after a label
        ("17.1.a.ii", "item"),
        ("47.1.b.iii", "item"),
    ],
)
def test_the_i_trap(tree, uid, kind):
    assert tree.get(uid).kind == kind


@pytest.mark.parametrize(
    "uid, title",
    [
        ("4", "Offences established in accordance with other United Nations conventions and protocols"),
        ("15", "Solicitation or grooming for the purpose of committing a sexual offence against a child"),
        ("42", "International cooperation for the purpose of expedited preservation of stored electronic data"),
        ("43", "International cooperation for the purpose of expedited disclosure of preserved traffic data"),
        ("49", "Mechanisms for the recovery of property through international cooperation in confiscation"),
        ("56", "Implementation of the Convention through economic development and technical assistance"),
        ("13", "Information and communications technology system-related theft or fraud"),
        ("41", "24/7 network"),
        ("chapter.V", "International cooperation"),
        ("chapter.IX", "Final provisions"),
    ],
)
def test_titles_are_whole(tree, uid, title):
    assert tree.get(uid).title == title


def test_titles_end_where_the_text_begins(tree):
    for article in tree.articles:
        assert not re.search(r"[.;:,]$", article.title), article.id
        assert article.title[0].isupper() or article.title[0].isdigit(), article.id


@pytest.mark.parametrize(
    "uid, text",
    [
        # Closing words after a list, inside the unit that holds the list.
        ("11.1.a", "with the intent that the device, including a program, or the password"),
        ("23.3.b", "that State Party may reserve the right not to apply these measures"),
        ("28.1", "in the territory of that State Party."),
        ("29.1", "traffic data, in real time, associated with specified communications"),
        ("30.1", "content data, in real time, of specified communications"),
        ("13", "with the fraudulent or dishonest intent of procuring"),
        ("preamble", "Have agreed as follows:"),
    ],
)
def test_closing_words_stay_with_their_unit(tree, uid, text):
    assert tree.get(uid).tail.startswith(text)


def test_the_parts_of_the_document(tree):
    res = tree.resolution
    assert [c.id for c in res.children] == ["resolution.preamble"] + [f"resolution.{n}" for n in range(1, 13)] + [
        "resolution.closing"
    ]
    closing = tree.get("resolution.closing")
    assert (closing.text, closing.tail) == ("55th (resumed) plenary meeting", "24 December 2024")
    assert tree.convention.title.startswith("United Nations Convention against Cybercrime; Strengthening")
    assert [c.id for c in tree.convention.children][:2] == ["preamble", "chapter.I"]
    assert tree.annex.title.startswith("Interpretative notes on specific articles")
    assert [n.title for n in tree.annex.children] == [
        "Article 2",
        "Article 2",
        "Article 17",
        "Articles 23 and 35, with regard to the term “investigation”",
        "Article 35",
    ]
    assert len(tree.get("resolution.preamble").children) == 5
    assert len(tree.get("preamble").children) == 15
    assert [c.label for c in tree.chapters] == [
        f"Chapter {n}" for n in ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
    ]
    assert tree.get("testimonium").text.startswith("IN WITNESS WHEREOF")
    assert tree.get("testimonium").footnotes == ["footnote.1"]
    assert [u.id for u in tree.units.values() if u.kind == "note"] == [f"note.{n}" for n in range(1, 6)]


@pytest.mark.parametrize(
    "article, notes",
    [("2", ["note.1", "note.2"]), ("17", ["note.3"]), ("23", ["note.4"]), ("35", ["note.4", "note.5"]), ("40", [])],
)
def test_interpretative_notes_are_linked_from_their_articles(tree, article, notes):
    assert tree.get(article).notes == notes


def test_every_unit_reads_whole_in_full_text(tree):
    assert full_text(tree.get("40.21")).splitlines()[0] == "21. Mutual legal assistance may be refused:"
    assert full_text(tree.get("23.3")).startswith("3. (a) Each State Party may reserve")
    assert full_text(tree.get("17.1.a")).startswith("(a) (i) The conversion or transfer of property")


# --- verbatim: nothing lost, nothing added -----------------------------------

ARTIFACTS = [
    ("running head", re.compile(re.escape(RUNNING_TITLE[:60]) + r".*A/RES")),
    ("document symbol", re.compile(r"A/RES/79/243")),
    ("job number", re.compile(r"24-24621")),
    ("page number", re.compile(r"\b\d{1,2}/46\b")),
    ("web address", re.compile(r"https?://|undocs\.org|www\.")),
    ("footnote rule", re.compile(r"_{3,}")),
    ("footnote mark", re.compile(r"Convention\.1")),
    ("split word", re.compile(r"\b(?:th e|in terests|Part y|judici al|retu rned|wi th|depa rture|per son|t han|f ulfilled)\b")),
    ("spaced hyphen", re.compile(r"\w -\w|\w - \w|\w -$")),
    ("space before punctuation", re.compile(r"\s[,.;:]")),
    ("double space", re.compile(r"  ")),
    ("edge space", re.compile(r"^\s|\s$")),
    ("line break", re.compile(r"\n")),
    ("period after an article number", re.compile(r"^Article \d+\.$")),
]  # fmt: skip


def _strings(node):
    """Every string of the YAML document, in document order."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key not in (
                "id",
                "kind",
                "notes",
                "articles",
                "footnotes",
                "format",
                "source",
                "references",
                "headings",
                "definitions",
                "provisions",
            ):
                yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)
    elif isinstance(node, str):
        yield node


DATA = yaml.load(YAML.read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@pytest.mark.parametrize("name, pattern", ARTIFACTS, ids=[a[0] for a in ARTIFACTS])
def test_no_extraction_artifact_survives_anywhere(name, pattern):
    hits = [s for s in _strings(DATA) if pattern.search(s)]
    assert hits == []


def _alnum(text):
    return "".join(ch for ch in text if ch.isalnum())


def test_every_letter_and_digit_of_the_source_is_in_the_tree_in_order():
    raw = SOURCE.read_text(encoding="utf-8")
    # The source body: the raw text less what is not the document's text.
    body = "\n".join(line for line in raw.splitlines() if not re.match(r"\s*https?://", line))
    head = _alnum(RUNNING_TITLE)
    body = _alnum(body)
    body, heads = re.subn(rf"(?:ARES79243)?{head}(?:ARES79243)?(?:\d\d46242462\d|242462\d\d\d46)", "", body)
    assert heads == 3
    # The footnote moves from the foot of its page to the sentence that cites
    # it, where its number replaces the mark.
    start = raw.index("__________________")
    end = raw.index(" cover such concepts")
    footnote = _alnum(raw[start:end])
    assert footnote.startswith("1ItisnotedthatinterpretativenotesonArticles".replace("Articles", "articles"))
    body = body.replace(footnote, "", 1)
    body = body.replace("signedthisConvention1", "signedthisConvention" + footnote, 1)
    tree = _alnum("".join(_strings(DATA)))
    assert tree == body


def test_round_trip_the_units_joined_in_order_give_back_the_cleaned_source_word_for_word():
    from uncc.source.clean import body_lines, normalize, vocabulary

    lines, footnotes = body_lines(SOURCE.read_text(encoding="utf-8"))
    cleaned = normalize(lines, vocabulary(lines + [f.text for f in footnotes])).split()
    # The footnote, taken from the foot of its page, follows the sentence that cites it.
    end = cleaned.index("WHEREOF,") + cleaned[cleaned.index("WHEREOF,") :].index("Convention.") + 1
    cleaned[end:end] = [footnotes[0].number, *footnotes[0].text.split()]
    assert " ".join(_strings(DATA)).split() == cleaned
