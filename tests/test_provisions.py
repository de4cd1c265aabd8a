"""The provisions layer against a table written from reading the Convention, and the commands built on it."""

import csv
import io
import json
import re

import pytest
from provisions_table import ACTORS, DESIGNATIONS, NOTIFICATIONS, RESERVATIONS, TABLE

from uncc.layers import provisions as P
from uncc.model import full_text


def by_unit(tree):
    out = {}
    for s in tree.provisions:
        out.setdefault(s["id"], []).append(s)
    return out


def test_the_table_is_big_enough_and_names_real_units(tree):
    assert len({row[0] for row in TABLE}) >= 120
    for uid, force, kind, _ in TABLE:
        assert uid in tree.units and force in P.FORCES and kind in P.KIND_NAMES


@pytest.mark.parametrize("uid, force, kind, words", TABLE, ids=[f"{r[0]} {r[1]} {r[2]}" for r in TABLE])
def test_the_layer_reads_each_provision_as_the_table_does(tree, uid, force, kind, words):
    found = by_unit(tree).get(uid, [])
    assert any(s["force"] == force and s["kind"] == kind and words in s["words"] for s in found), found


@pytest.mark.parametrize(
    "kind, expected", [("reserve", RESERVATIONS), ("notify", NOTIFICATIONS), ("designate", DESIGNATIONS)]
)
def test_every_reservation_notification_and_designation_and_no_other(tree, kind, expected):
    assert {s["id"] for s in tree.provisions if s["kind"] == kind} == expected


@pytest.mark.parametrize("uid, actor", ACTORS)
def test_who(tree, uid, actor):
    assert by_unit(tree)[uid][0]["actor"] == actor


def test_the_stored_layer_is_what_the_rules_find_and_its_words_are_the_text(tree):
    assert tree.provisions == P.find(tree)
    for s in tree.provisions:
        a, b = s["span"]
        assert full_text(tree.get(s["id"]))[a:b] == s["words"]
        assert s["actor"] in P.ACTOR_NAMES and s["force"] in P.FORCES and s["kind"] in P.KIND_NAMES


@pytest.mark.parametrize(
    "text, field, expected",
    [
        # a modal inside a fixed phrase or a relative clause makes no statement
        ("Each State Party shall adopt such measures as may be necessary to establish its jurisdiction.", "force", ["shall"]),
        ("Each State Party shall designate a central authority that shall have the power to act.", "force", ["shall"]),
        # a party after a preposition or as a possessive is not the subject; "it" is the party before it
        ("Where the requested State Party believes that it will prejudice the requesting State Party’s investigation, it shall promptly so inform.", "actor", ["requested State Party"]),
        ("Nothing in this Convention shall entitle a State Party to act.", "actor", []),
        ("States Parties shall not be required to transfer personal data.", "force", ["may"]),
        ("States Parties shall, subject to their domestic law, endeavour to expedite extradition procedures.", "force", ["shall-consider"]),
        ("Each State Party shall, where appropriate, establish a long statute of limitations.", "force", ["shall-qualified"]),
        ("Mutual legal assistance may be refused.", "actor", ["requested State Party"]),
    ],
)  # fmt: skip
def test_rules_on_single_sentences(tree, text, field, expected):
    found = [dict(zip(("actor", "force", "kind"), s[2:], strict=True)) for s in P.statements(tree.get("40.1"), text)]
    assert [s[field] for s in found] == expected


# -- the commands


def test_provisions_filters_and_json(run):
    lines = [json.loads(x) for x in run("provisions", "--kind", "reserve", "--json").lines]
    assert [x["id"] for x in lines] == sorted(
        RESERVATIONS, key=lambda u: [int(p) if p.isdigit() else p for p in u.split(".")]
    )
    assert list(lines[0]) == ["id", "citation", "span", "words", "actor", "force", "kind"]
    chapter = [json.loads(x)["id"] for x in run("provisions", "chapter.IV", "--force", "may", "--json").lines]
    assert chapter and all(re.match(r"(2[3-9]|3[0-4])\b", uid) for uid in chapter)
    assert run("provisions", "41", "--actor", "secretary-general", "--json").lines == [
        x for x in run("provisions", "41", "--json").lines if json.loads(x)["actor"] == "Secretary-General"
    ]
    text = run("provisions", "11.3")
    assert text.lines[:3] == [
        "Article 11, paragraph 3  Misuse of devices",
        "    State Party · may · reserve",
        "        “may reserve the right”",
    ]


@pytest.mark.parametrize(
    "args, err",
    [
        (
            ["provisions", "--force", "must"],
            "uncc: error: no force 'must': give one of shall, shall-qualified, shall-consider, may, shall-not\n",
        ),
        (
            ["provisions", "--kind", "crime"],
            "uncc: error: no kind 'crime': give one of criminalise, procedural-power, cooperate, refuse, notify, designate, reserve, safeguard, prevent, technical-assistance, institutional, definition, other\n",
        ),
        (
            ["checklist", "--format", "pdf"],
            "uncc: error: no checklist format 'pdf': give --format text, markdown or csv\n",
        ),
    ],
)
def test_bad_filters_say_what_is_right(run, args, err):
    r = run(*args)
    assert (r.status, r.out, r.err) == (2, "", err)


def test_checklist_csv_and_markdown_round_trip(run, tree):
    from uncc import checklist

    table = list(csv.DictReader(io.StringIO(run("checklist", "--format", "csv").out)))
    assert list(table[0])[:6] == ["id", "citation", "actor", "force", "kind", "words"]
    assert table == [{k: str(v) for k, v in row.items()} for row in checklist.rows(tree, checklist.items(tree))]
    assert {row["actor"] for row in table} <= checklist.PARTIES and "definition" not in {row["kind"] for row in table}
    items = [line for line in run("checklist", "--format", "markdown").lines if line.startswith("- [ ] ")]
    assert len(items) == len(table)
    for line, row in zip(items, table, strict=True):
        assert line.startswith(f"- [ ] **{row['citation']}** ") and line.endswith(f"“{row['words']}”")
        assert f"*{row['force']} · {row['kind']}*" in line
    # Every reservation, notification and designation is an item.
    for uid in RESERVATIONS | NOTIFICATIONS | DESIGNATIONS:
        assert uid in {row["id"] for row in table}


def test_show_marks_force_and_kind(run):
    assert "   [shall · designate]" in run("show", "41").lines
    node = json.loads(run("show", "41.1", "--json").out)
    assert [(s["force"], s["kind"]) for s in node["provisions"]] == [("shall", "designate")]
