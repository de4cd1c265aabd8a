"""The clean step: what the PDF extraction broke, found by rule and mended, and nothing else touched."""

import pytest
from conftest import SOURCE

from uncc.source.clean import body_lines, normalize, split_words, strip_page_furniture, vocabulary

RAW = SOURCE.read_text(encoding="utf-8")
LINES, FOOTNOTES = body_lines(RAW)
VOCAB = vocabulary(LINES)
FLAT = " ".join(line.strip() for line in LINES)


def test_the_rule_finds_exactly_the_broken_words_of_the_source():
    # Found by reading the source; the rule must find these and no others.
    assert sorted(split_words(FLAT, VOCAB)) == sorted(
        [
            ("th e", "the"),
            ("in terests", "interests"),
            ("Part y", "Party"),
            ("wi th", "with"),
            ("judici al", "judicial"),
            ("depa rture", "departure"),
            ("per son", "person"),
            ("retu rned", "returned"),
            ("t han", "than"),
            ("f ulfilled", "fulfilled"),
            ("o r", "or"),
        ]
    )


@pytest.mark.parametrize(
    "text",
    [
        "a person",  # both halves are words
        "in to",
        "any one of these reasons",
        "on the ground of bank secrecy",
        "the 24/7 network",
    ],
)
def test_the_rule_leaves_real_word_pairs_alone(text):
    assert split_words(text, VOCAB) == []


@pytest.mark.parametrize(
    "lines, clean",
    [
        (
            ["communicate to the Secretary -", "General of the United Nations"],
            "communicate to the Secretary-General of the United Nations",
        ),
        (["at its seventy -", "eighth session,"], "at its seventy-eighth session,"),
        (["to ensure the real -time"], "to ensure the real-time"),
        (["The States Parties to the present Convention ,"], "The States Parties to the present Convention,"),
        (["child sexual exploitation ."], "child sexual exploitation."),
        (["a broad range of crimes  that may be"], "a broad range of crimes that may be"),
        (["in article 40, paragraph 15,  of", " this Convention"], "in article 40, paragraph 15, of this Convention"),
        (["participation in th e", "offences"], "participation in the offences"),
        (["the requested State Part y is"], "the requested State Party is"),
        (["non-governmental organizations"], "non-governmental organizations"),
    ],
)
def test_normalize(lines, clean):
    assert normalize(lines, VOCAB) == clean


def test_page_furniture_and_web_addresses_are_removed_and_nothing_else():
    stripped = strip_page_furniture(RAW)
    for artifact in ("A/RES/79/243", "24-24621", "29/46", "34/46", "35/46", "https://", "undocs.org"):
        assert artifact in RAW
        assert artifact not in stripped
    # Three running heads (5, 6 and 5 lines) and 9 web addresses go; every other line stays.
    kept = [line for line in RAW.splitlines() if line.strip()]
    gone = len(kept) - len([line for line in stripped.splitlines() if line.strip()])
    assert gone == 5 + 6 + 5 + 9


def test_the_footnote_leaves_the_page_foot_and_its_mark_leaves_the_sentence():
    assert [f.number for f in FOOTNOTES] == ["1"]
    assert FOOTNOTES[0].text.startswith("It is noted that interpretative notes on articles 2, 17, 23 and 35")
    assert FOOTNOTES[0].text.endswith("held from 29 July to 9 August 2024 in New York.")
    assert any(line.rstrip().endswith("have signed this Convention.") for line in LINES)
    assert not any("Convention.1" in line for line in LINES)
    assert not any(line.strip().startswith("____") for line in LINES)
