"""Hostile input: whatever people paste, uncc answers in one line and the right exit status."""

import pytest

MB = 1024 * 1024
E = "uncc: error: "

# (arguments, exit status, what stderr starts with; stdout is checked for status 0)
HOSTILE = [
    # empty and blank
    (["show", ""], 2, E + "an empty reference names nothing: give an article number (41) or an id (40.21.b)"),
    (["show", "   "], 2, E + "an empty reference names nothing"),
    (["refs", ""], 2, E + "an empty reference names nothing"),
    (["resolve", ""], 2, E + "an empty reference names nothing"),
    (["resolve", "41", "--in", ""], 2, E + "an empty reference names nothing"),
    (["search", ""], 2, E + "search query '' has no words"),
    (["search", "   "], 2, E + "search query '   ' has no words"),
    (["define", ""], 2, E + "the Convention does not define ''"),
    # very long
    (["show", "4" * MB], 2, E + f"a reference of {MB} characters is too long to be one (at most 300)"),
    (["show", "article " * (MB // 8)], 2, E + f"a reference of {MB} characters is too long to be one"),
    (["resolve", "x" * MB], 2, E + f"a reference of {MB} characters is too long to be one"),
    (["resolve", "41 and " * 50 + "41"], 2, E + "a reference of 352 characters is too long to be one"),
    (["search", "word " * (MB // 5)], 2, E + f"a search query of {MB // 5 * 5} characters is too long (at most 1000)"),
    (["define", "y" * MB], 2, E + f"the Convention does not define a term of {MB} characters"),
    # control characters: never echoed raw
    (["show", "41\x07"], 2, E + "cannot read '41\\x07' as a reference"),
    (["show", "\x1b[31m41"], 2, E + "cannot read '\\x1b[31m41' as a reference"),
    (["show", "41\n42"], 2, E + "cannot read '41\\n42' as a reference"),
    (["show", "4\x001"], 2, E + "cannot read '4\\x001' as a reference"),
    (["search", "dual\x00criminality"], 2, E + "bad search query 'dual\\x00criminality'"),
    # right-to-left and other Unicode
    (["show", "المادة 41"], 2, E + "cannot read 'المادة 41' as a reference"),
    (["show", "\u202e14 elcitra"], 2, E + "cannot read '\\u202e14 elcitra' as a reference"),
    (["show", "٤١"], 0, "Article 41  24/7 network"),  # Arabic-Indic digits are digits
    (["show", "article\u00a041"], 0, "Article 41  24/7 network"),  # no-break space
    (["show", "Ａrticle 41"], 2, E + "cannot read 'Ａrticle 41' as a reference"),
    # look-alike letters are named
    (
        ["show", "аrticle 41"],
        2,
        E + "cannot read 'аrticle 41' as a reference at column 1: 'а' is CYRILLIC SMALL LETTER A (U+0430), "
        "not the ASCII letter it looks like: retype the word",
    ),
    (["resolve", "Art. 4Ο"], 2, E + "cannot read 'Art. 4Ο' as a reference at column 6: 'Ο' is GREEK CAPITAL LETTER"),
    (["search", "criminalité"], 1, ""),
    (["search", "😀"], 2, E + "search query '😀' has no words"),
    # numbers
    # a title's start of fewer than four letters that is no whole word is not taken for it ("res": the resolution?)
    (["show", "res"], 2, E + "cannot read 'res' as a reference"),
    (["show", "24/7"], 0, "Article 41  24/7 network"),
    (["show", "041"], 0, "Article 41  24/7 network"),
    (["show", "0041.003"], 0, "Article 41, paragraph 3"),
    (["show", "-1"], 2, E + "No such option: -1"),
    (["show", "article -3"], 2, E + "cannot read 'article -3' as a reference"),
    (["show", "article 0"], 2, E + "article 0 does not exist: the Convention has articles 1 to 68"),
    (["show", "0"], 2, E + "article 0 does not exist: the Convention has articles 1 to 68"),
    (["show", "article 1e3"], 2, E + "cannot read 'article 1e3' as a reference"),
    (["show", "article 41.5 (z)"], 2, E + "article 41, paragraph 5 (z) does not exist"),
    (["show", "99999999999999999999999"], 2, E + "article 99999999999999999999999 does not exist"),
    (["show", "articles 1 to 999"], 2, E + "article 999 does not exist: the Convention has articles 1 to 68"),
    (["search", "x", "--limit", "-5"], 2, E + "Invalid value for '--limit': -5 is not in the range x>=1."),
    (["search", "x", "--limit", "1e3"], 2, E + "Invalid value for '--limit': '1e3' is not a valid int range."),
    # a limit beyond SQLite's integers is the same answer as a large one, not a bad query
    (["search", "Hanoi", "--limit", str(2**70), "--json"], 0, '{"id": "64.1"'),
    # SQL and FTS syntax in search
    (["search", "'; DROP TABLE units; --"], 1, ""),
    (["search", 'x" OR 1=1 --'], 2, E + "bad search query"),
    (["search", "NEAR("], 2, E + "bad search query 'NEAR(': "),
    (["search", "AND"], 2, E + "bad search query 'AND': "),
    (["search", "NOT"], 2, E + "bad search query 'NOT': "),
    (["search", "*"], 2, E + "search query '*' has no words"),
    (["search", '"unterminated'], 2, E + "bad search query '\"unterminated': unterminated string"),
    (["search", "title:extradition"], 1, ""),  # a phrase, not a column filter
    (["search", "units MATCH 'x'"], 1, ""),
    # YAML and shell metacharacters
    (["show", "!!python/object/apply:os.system ['ls']"], 2, E + "cannot read \"!!python/object/apply:os.system ['ls']\""),
    (["show", "&anchor *alias"], 2, E + "cannot read '&anchor *alias' as a reference"),
    (["show", "{41: 42}"], 2, E + "cannot read '{41: 42}' as a reference"),
    (["define", "key: value"], 2, E + "the Convention does not define 'key: value'"),
    (["show", "$(rm -rf /)"], 2, E + "cannot read '$(rm -rf /)' as a reference"),
    (["show", "`ls`; 41"], 2, E + "cannot read '`ls`; 41' as a reference"),
    (["search", "$(reboot) | tee"], 2, E + "bad search query '$(reboot) | tee'"),
    (["resolve", "41", "--in", "../../etc/passwd"], 2, E + "cannot read '../../etc/passwd' as a reference"),
    # a citation relative to an article, written where there is none
    (["resolve", "subparagraph (ii)", "--in", "note.1"], 2, E + "'subparagraph (ii)' needs the article it is written in, but interpretative note 1 is not in an article"),
    (["resolve", "paragraph 3", "--in", "annex"], 2, E + "'paragraph 3' needs the article it is written in"),
    # usage
    (["show"], 2, E + "Missing argument 'REF...'."),
    (["show", "41", "99"], 2, E + "article 99 does not exist"),
    (["frobnicate"], 2, E + "No such command 'frobnicate'."),
    (["search", "x", "--in"], 2, E + "Option '--in' requires an argument."),
]  # fmt: skip


@pytest.mark.parametrize("args, status, start", HOSTILE, ids=[repr(a)[:60] for a, _, _ in HOSTILE])
def test_hostile_input(run, args, status, start):
    r = run(*args)
    assert r.status == status
    if status == 0:
        assert r.out.startswith(start) and r.err == ""
    else:
        assert r.err.startswith(start)
        assert r.err.count("\n") <= 1 and "Traceback" not in r.err
        assert not any(ch in r.err for ch in "\x00\x07\x1b\u202e")  # control characters are escaped
        assert len(r.err) < 400  # a long input is not echoed whole
