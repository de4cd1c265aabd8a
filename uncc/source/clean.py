"""Undo the damage that PDF text extraction did to the Convention.

Each step is a small pure function on text. `body_lines` removes what is not
the document's text at all (running heads and feet, web addresses, the
footnote that sits at the foot of a page); `normalize` turns the lines of one
unit into its clean, verbatim text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# The running head: the Convention's full title, printed on every page of the
# resolution beside the document symbol, with the page number and the job
# number on the next line. The same title also occurs in the text itself,
# where it is never followed by a page number.
RUNNING_TITLE = (
    "United Nations Convention against Cybercrime; Strengthening International "
    "Cooperation for Combating Certain Crimes Committed by Means of Information "
    "and Communications Technology Systems and for the Sharing of Evidence in "
    "Electronic Form of Serious Crimes"
)
_SYMBOL = r"A/RES/\d+/\d+"
_PAGE = r"(?:\d+/\d+\s+\d{2}-\d{5}|\d{2}-\d{5}\s+\d+/\d+)"
_TITLE = r"\s+".join(map(re.escape, RUNNING_TITLE.split()))
PAGE_FURNITURE = re.compile(rf"^[ \t]*(?:{_SYMBOL}\s+)?{_TITLE}\s+(?:{_SYMBOL}\s+)?{_PAGE}[ \t]*\n", re.M)
WEB_ADDRESS_LINE = re.compile(r"^[ \t]*https?://\S+[ \t]*\n", re.M)
FOOTNOTE_RULE = re.compile(r"^[ \t]*_{5,}[ \t]*$")
FOOTNOTE_START = re.compile(r"^\s*(\d+)\s+(\S.*)$")
FOOTNOTE_MARK = r"(?<=\.)({n})(?=\s*$)"
# "Article 13." : a heading never ends with a period.
HEADING_PERIOD = re.compile(r"^(\s*Article \d+)\.\s*$")

# Words, not letter labels such as "(e)" nor the ends of ordinals such as "55th".
WORD = re.compile(r"(?<!\()\b[A-Za-z]+\b(?!\))")
# A word broken by a stray space: two letter runs with one space between,
# the second starting lower case.
SPLIT_CANDIDATE = re.compile(r"\b([A-Za-z]+) (?=([a-z]+)\b)")
SPACED_HYPHEN = re.compile(r"(?<=[A-Za-z]) -\s*(?=[A-Za-z])")
SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+(?=[,.;:])")
SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Footnote:
    number: str
    text: str


def strip_page_furniture(raw: str) -> str:
    """The raw text without running heads, page numbers and web addresses."""
    return WEB_ADDRESS_LINE.sub("", PAGE_FURNITURE.sub("", raw))


def body_lines(raw: str) -> tuple[list[str], list[Footnote]]:
    """The document's non-blank lines in reading order, and its footnotes.

    A footnote is printed at the foot of a page, which may fall in the middle
    of a paragraph; it is taken out of the flow, and its mark (the number
    after the sentence that cites it) is taken off that sentence.
    """
    lines = [line.rstrip() for line in strip_page_furniture(raw).splitlines()]
    lines = [HEADING_PERIOD.sub(r"\1", line) for line in lines if line.strip()]
    footnotes: list[Footnote] = []
    i = 0
    while i < len(lines):
        if not FOOTNOTE_RULE.match(lines[i]):
            i += 1
            continue
        start = FOOTNOTE_START.match(lines[i + 1])
        if not start:
            raise ValueError(f"a footnote rule without a footnote: {lines[i + 1]!r}")
        number = start.group(1)
        # The footnote runs to the end of its sentence.
        end = i + 1
        while not lines[end].rstrip().endswith("."):
            end += 1
        text = " ".join([start.group(2)] + [line.strip() for line in lines[i + 2 : end + 1]])
        footnotes.append(Footnote(number, text))
        mark = re.compile(FOOTNOTE_MARK.format(n=re.escape(number)))
        for j in range(i - 1, -1, -1):
            if mark.search(lines[j]):
                lines[j] = mark.sub("", lines[j])
                break
        else:
            raise ValueError(f"footnote {number} has no mark in the text")
        del lines[i : end + 1]
    return lines, footnotes


def vocabulary(texts: list[str]) -> Counter[str]:
    """How often each word (lower case) occurs in the texts."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(WORD.findall(text.lower()))
    return counts


def split_words(text: str, vocab: Counter[str]) -> list[tuple[str, str]]:
    """The words in `text` that a stray space broke in two.

    The rule: "a b" is one word broken in two when "ab" is a word of the
    document and one of the halves occurs nowhere else in it. So "th e",
    "in terests" and "Part y" are broken words ("the", "interests", "Party"
    occur elsewhere; "e", "terests", "y" do not), while "in to" or "a
    person" are not: both halves of each are words in their own right.
    """
    found = []
    count = vocab.get
    for left, right in SPLIT_CANDIDATE.findall(text):
        # Counts include this very occurrence, so "occurs nowhere else" is 1.
        if (count(left.lower(), 0) <= 1 or count(right, 0) <= 1) and count((left + right).lower(), 0):
            found.append((f"{left} {right}", left + right))
    return found


def normalize(lines: list[str], vocab: Counter[str]) -> str:
    """The clean text of one unit from its extracted lines."""
    text = " ".join(line.strip() for line in lines)
    text = SPACED_HYPHEN.sub("-", text)
    text = SPACES.sub(" ", text)
    text = SPACE_BEFORE_PUNCTUATION.sub("", text)
    for broken, whole in split_words(text, vocab):
        # Bounded by word edges: "th e" must not be taken out of "with economies".
        text = re.sub(rf"\b{re.escape(broken)}\b", whole, text, count=1)
    return text.strip()
