"""Whose each citation in a document is: the instrument model, the attribution rule, and `cite` through the CLI."""

import json

import pytest
from instrument_table import SENTENCES

from uncc.cite.document import citations
from uncc.cite.instruments import OURS, Instruments


def _ours(tree, text):
    out = []
    for c in citations(tree, text):
        out += [t for t in c["targets"] if t not in out]
    return out


def test_the_table_is_big_enough():
    assert len(SENTENCES) >= 120
    assert sum(1 for _s, ids in SENTENCES if not ids) >= 20  # sentences whose citations are all another's
    assert sum(1 for _s, ids in SENTENCES if ids) >= 60


@pytest.mark.parametrize("sentence, ids", SENTENCES, ids=[s[:60] for s, _ in SENTENCES])
def test_sentences_of_comparative_writing(tree, sentence, ids):
    assert _ours(tree, sentence) == ids


# (a name as a document writes it, the instrument it is)
NAMES = [
    ("the United Nations Convention against Cybercrime", OURS), ("the UN Cybercrime Convention", OURS),
    ("the Hanoi Convention", OURS), ("UNCC", OURS), ("the Convention", OURS), ("the UN Convention", OURS),
    ("A/RES/79/243", OURS), ("GA Res. 79/243", OURS),
    ("the Council of Europe Convention on Cybercrime", "Budapest Convention"),
    ("the Convention on Cybercrime", "Budapest Convention"), ("Budapest", "Budapest Convention"),
    ("ETS No. 185", "Budapest Convention"), ("CETS No. 224", "Second Additional Protocol to the Budapest Convention"),
    ("the Second Additional Protocol", "Second Additional Protocol to the Budapest Convention"),
    ("the United Nations Convention against Transnational Organized Crime", "UNTOC"), ("UNTOC", "UNTOC"),
    ("the Palermo Convention", "UNTOC"), ("the UN Convention against Corruption", "UNCAC"),
    ("the International Covenant on Civil and Political Rights", "ICCPR"), ("ECHR", "ECHR"),
    ("the Universal Declaration of Human Rights", "UDHR"), ("the Vienna Convention on the Law of Treaties", "VCLT"),
    ("the Constitution", "Constitution"), ("the Criminal Procedure Code", "Criminal Procedure Code"),
    ("this report", "this report"), ("this Bill", "this Bill"),
]  # fmt: skip


@pytest.mark.parametrize("name, instrument", NAMES)
def test_names(name, instrument):
    text = f"See {name} here."
    found = Instruments(text).name_at(4)
    assert found is not None and found.end == 4 + len(name)
    assert found.instrument == instrument


# A document's definitions: (document, the name it defines, the instrument).
DEFINITIONS = [
    ('the Council of Europe Convention on Cybercrime (the "Budapest Convention")', "Budapest Convention",
     "Budapest Convention"),
    ('the Council of Europe Convention on Cybercrime ("CoE-CC")', "CoE-CC", "Budapest Convention"),
    ('the United Nations Convention against Cybercrime (hereinafter "the CAC")', "CAC", OURS),
    ('the United Nations Convention against Cybercrime, hereinafter referred to as "the Treaty"', "Treaty", OURS),
    ('"OC Convention" means the United Nations Convention against Transnational Organized Crime', "OC Convention",
     "UNTOC"),
]  # fmt: skip


@pytest.mark.parametrize("definition, alias, instrument", DEFINITIONS)
def test_definitions(tree, definition, alias, instrument):
    names = Instruments(definition + ".")
    assert names.defined[alias] == instrument
    cited = citations(tree, f"{definition}. Under {alias} art. 16; see article 42.", every=True)
    first = cited[0]
    if instrument == OURS:
        assert (first["targets"], first["by"]) == (["16"], "named")
    else:
        assert (first.get("targets"), first["instrument"]) == (None, instrument)
    assert (cited[-1]["targets"], cited[-1]["by"]) == (["42"], "default")


def test_by_says_how_each_attribution_was_made(tree):
    text = (
        "Article 40 of the Convention; article 41. UNCC art. 42 mirrors Budapest art. 29.\n\n"
        "| UNCC | Budapest equivalent |\n|---|---|\n| Article 42 | Article 16 |\n"
    )
    got = [(c["text"], c.get("targets"), c["by"], c.get("instrument")) for c in citations(tree, text, every=True)]
    assert got == [
        ("Article 40 of the Convention", ["40"], "named", None),
        ("article 41", ["41"], "default", None),
        ("art. 42", ["42"], "named", None),
        ("art. 29", None, "named", "Budapest Convention"),
        ("Article 42", ["42"], "named", None),
        ("Article 16", None, "named", "Budapest Convention"),
    ]


def test_short_forms_point_back(tree):
    text = (
        "Body.[^1] More.[^2] Again.[^3] And.[^4] Last.[^5]\n\n"
        "[^1]: Council of Europe Convention on Cybercrime, ETS No. 185, art. 29.\n"
        "[^2]: Ibid., art. 30.\n"
        "[^3]: Article 42 of the Convention.\n"
        "[^4]: Id. art. 43.\n"
        "[^5]: Supra note 1, art. 35; see also supra note 3, art. 41.\n"
    )
    got = [(c["text"], c.get("targets"), c.get("instrument")) for c in citations(tree, text, every=True)]
    assert got == [
        ("art. 29", None, "Budapest Convention"),
        ("art. 30", None, "Budapest Convention"),
        ("Article 42 of the Convention", ["42"], None),
        ("art. 43", ["43"], None),
        ("art. 35", None, "Budapest Convention"),
        ("art. 41", ["41"], None),
    ]


def test_the_documents_own_parts_are_never_ours(tree):
    text = "Footnote 12: see chapter 3 of this report, section 4 of this Bill and supra note 3. Then article 41."
    assert [(c["text"], c["targets"]) for c in citations(tree, text)] == [("article 41", ["41"])]


def test_cite_all_through_the_cli(run, tmp_path):
    doc = tmp_path / "memo.md"
    doc.write_text("Article 37 closely follows UNTOC article 16.\n", encoding="utf-8")
    ours = run("cite", str(doc), "--json")
    assert [json.loads(line)["targets"] for line in ours.lines] == [["37"]]
    every = run("cite", str(doc), "--json", "--all")
    rows = [json.loads(line) for line in every.lines]
    assert [(r["text"], r.get("instrument"), r["by"]) for r in rows] == [
        ("Article 37", None, "default"),
        ("article 16", "UNTOC", "named"),
    ]
    assert "targets" not in rows[1]
    text = run("cite", str(doc), "--all")
    assert "Article 37  (unqualified)" in text.out and "UNTOC, not this Convention" in text.out


@pytest.mark.parametrize(
    "encoding, raw, said",
    [
        ("utf-8-sig", "\ufeffArticle 41 and article 42".encode("utf-8"), "UTF-8 (with a byte-order mark)"),
        ("utf-16", "Article 41 and article 42".encode("utf-16"), "UTF-16"),
        ("cp1252", "Article 41 \u2014 and article 42 \u201cquoted\u201d".encode("cp1252"), "Windows-1252"),
    ],
)
def test_cite_reads_text_in_other_encodings(run, tmp_path, encoding, raw, said):
    doc = tmp_path / "memo.txt"
    doc.write_bytes(raw)
    result = run("cite", str(doc), "--json")
    rows = [json.loads(line) for line in result.lines]
    assert [(r["column"], r["targets"]) for r in rows][0] == (1, ["41"])
    assert rows[-1]["targets"] == ["42"]
    assert f"as {said} text" in result.err
