"""Every citation of this Convention in a user's document: `uncc cite`.

The reader that finds the Convention's own references finds them here too;
what this module adds is which citations are this Convention's:

- A citation qualified by another instrument is that instrument's: "article
  29 of the Budapest Convention", "article 3 of this Law"; so is one with an
  instrument's name or acronym just before or just after it ("Budapest
  Art. 32(b)", "Article 17 ICCPR").
- An unqualified citation is this Convention's, unless its sentence names
  another instrument (other than inside another citation, as in "of the
  Budapest Convention") and does not name this Convention: "The Budapest
  Convention provides for this in article 16" is not reported.
- A relative citation ("paragraph 3", "subparagraph (b)", "this article")
  refers to the document itself and is not reported.
"""

from __future__ import annotations

import bisect
import re

from uncc.cite.reader import Citation, scan
from uncc.cite.resolve import resolve
from uncc.errors import Relative, UnccError
from uncc.model import Document

_WORDS = r"(?:[A-Z][\w'’.-]*\s+){1,8}"
_NAME = (
    r"(?:\s+(?:on|against|for|of|relating\s+to)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:and\s+|of\s+|the\s+)*[A-Z][\w'’-]*)*)"
)
_NOUN = r"(?:Convention|Protocol|Covenant|Charter|Treaty|Agreement|Directive|Regulation|Act|Code|Law)"
_OURS = r"(?i:(?:united\s+nations\s+|un\s+)?convention\s+against\s+cybercrime)"
# Instruments cited by acronym or by a short name.
_ACRONYMS = r"\b(?:ICCPR|ICESCR|ECHR|ACHR|ACHPR|UNTOC|UNCAC|CRC|CEDAW|GDPR|TFEU|CETS|ETS|Budapest|Malabo)\b"
# Another instrument named in a sentence: "the Budapest Convention", "the
# Convention on Cybercrime", "the ICCPR".
ANOTHER = re.compile(
    rf"\b[Tt]he\s+(?!{_OURS})(?:{_WORDS}{_NOUN}{_NAME}?|{_NOUN}{_NAME})"
    rf"|{_ACRONYMS}"
)
# This Convention named in a sentence.
THIS = re.compile(rf"\b(?:[Tt]his|[Tt]he|[Tt]he\s+present)\s+(?:{_OURS}|Convention\b(?!{_NAME}))|\bUNCC\b")
# An instrument's name or acronym just before a citation ("Budapest Art. 32(b)", "ICCPR article 17").
NAMED_BEFORE = re.compile(rf"(?:{_ACRONYMS}|\b[A-Z][\w-]+\s+(?:Convention|Protocol|Covenant)['’]s)\s*$")
# An acronym just after one ("Article 17 ICCPR", "article 8 (ECHR)").
NAMED_AFTER = re.compile(rf"\s*\(?{_ACRONYMS}")
# Where a sentence ends: a full stop, question or exclamation mark before a
# capital or a bracket, or a blank line; not after an abbreviation ("Art. 40").
_SENTENCE_END = re.compile(r"[.!?][\"”’)*_]*\s+(?=[\"“(*_#\[A-Z0-9])|\n[ \t]*\n")
_ABBREVIATIONS = {"art", "arts", "para", "paras", "subpara", "subparas", "no", "nos", "cf", "ch", "chap", "res", "fn",
                  "e.g", "i.e", "lit", "rec", "p", "pp", "op", "cit", "ibid", "v", "vs", "etc"}  # fmt: skip


def citations(doc: Document, text: str) -> list[dict]:
    """Every citation of this Convention in `text`, in order, resolved.

    Each is `{"start", "end", "line", "column", "text", "targets"}` (offsets
    in characters, 0-based, end exclusive; line and column 1-based), with
    `"error"` and empty targets when it names nothing.
    """
    found = list(scan(text))
    sentences = _Sentences(text, found)
    lines = [0] + [m.end() for m in re.finditer("\n", text)]
    out = []
    for citation in found:
        if not citation.numbered or _belongs_elsewhere(citation, text, sentences):
            continue
        entry = {"start": citation.start, "end": citation.end}
        line = bisect.bisect_right(lines, citation.start)
        entry.update(line=line, column=citation.start - lines[line - 1] + 1, text=citation.text)
        try:
            entry["targets"] = resolve(doc, citation)
        except Relative:
            continue  # "paragraph 3", "this article": the document's own units
        except UnccError as e:
            entry.update(targets=[], error=str(e))
        out.append(entry)
    return out


def _belongs_elsewhere(citation: Citation, text: str, sentences: _Sentences) -> bool:
    """Whether the citation is another instrument's, by the rules in this module's docstring."""
    if citation.another_instrument:
        return True
    if NAMED_BEFORE.search(text, max(0, citation.start - 40), citation.start) or NAMED_AFTER.match(text, citation.end):
        return True
    if any(c.kind in ("convention", "resolution") for m in citation.members for c in m.containers):
        return False
    return sentences.names_only_another(citation.start)


class _Sentences:
    """The document's sentences, and whether each names another instrument and not this Convention."""

    def __init__(self, text: str, found: list[Citation]):
        self.text, self.found = text, found
        self.starts = [c.start for c in found]
        self.ends = _sentence_ends(text)
        self._verdicts: dict[int, bool] = {}

    def names_only_another(self, offset: int) -> bool:
        """Whether the sentence at `offset` names another instrument and does not name this Convention."""
        i = bisect.bisect_right(self.ends, offset)
        if i not in self._verdicts:
            start = self.ends[i - 1] if i else 0
            end = self.ends[i] if i < len(self.ends) else len(self.text)
            sentence = self.text[start:end]
            # Names inside citations ("of the Budapest Convention") say whose those citations are, not the sentence's.
            inside = [
                (c.start - start, c.end - start)
                for c in self.found[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]
            ]
            named = any(not any(a <= m.start() < b for a, b in inside) for m in ANOTHER.finditer(sentence))
            self._verdicts[i] = named and not THIS.search(sentence)
        return self._verdicts[i]


def _sentence_ends(text: str) -> list[int]:
    ends = []
    for m in _SENTENCE_END.finditer(text):
        before = re.search(r"([\w.]+)\W*$", text[max(0, m.start() - 12) : m.start()])
        if m.group().startswith((".",)) and before and before.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        ends.append(m.end())
    return ends
