"""Which instrument a citation in a user's document belongs to: the document's instrument model.

Before any citation is attributed, the document is read for the instruments
it names and how it names them: full names, acronyms, short names, and the
definitions documents make (`(the "Budapest Convention")`, `hereinafter
"UNCC"`, `"Budapest" is the Council of Europe Convention on Cybercrime`).
A citation belongs to another instrument only when something at the
citation says so (see `uncc.cite.document`); a sentence that mentions one
moves nothing.
"""

from __future__ import annotations

import bisect
import re

from uncc.cite._tables import NOUNS

OURS = "this Convention"
DRAFT = "a draft text"

# A General Assembly resolution's symbol, before its number: "A/RES/", "GA res. ", "G.A. Res. ", "General Assembly
# resolution ".
_RES = r"(?:A/RES/|(?:G\.\s?A\.|GA|General\s+Assembly)\s+(?:[Rr]es\.|[Rr]esolution)\s*)"
# This Convention and the resolution that adopted it, by every name documents give them.
_OURS = [
    r"(?:United\s+Nations|UN)\s+Convention\s+against\s+Cybercrime",
    r"Convention\s+against\s+Cybercrime",
    r"(?:United\s+Nations|UN)\s+[Cc]ybercrime\s+(?:Convention|[Tt]reaty)",
    r"(?:United\s+Nations|UN)\s+[Tt]reaty\s+(?:on|against)\s+[Cc]ybercrime",
    r"Hanoi\s+(?:Convention|[Tt]reaty)",
    r"new\s+(?:UN\s+|United\s+Nations\s+)?(?:Convention|[Tt]reaty)(?:\s+(?:on|against)\s+[Cc]ybercrime"
    r"|(?!\s+(?:on|against|for|of|relating|concerning)(?:\s+(?:the|and|of|all))*\s+[A-Z]))",
    r"2024\s+Convention",
    r"UNCC",
    r"UN\s+Convention(?!\s+(?:on|against|for|relating|concerning)\b)",
    r"(?:[Tt]his|[Tt]he|[Tt]he\s+present)\s+Convention"
    r"(?!\s+(?:on|against|for|of|relating|concerning)(?:\s+(?:the|and|of|all))*\s+[A-Z])",
    rf"{_RES}79/243",
    r"adopting\s+resolution",
]
# Other instruments: (the name output gives, the names documents use). Numbers and names are public facts.
_KNOWN = [
    ("Second Additional Protocol to the Budapest Convention",
     [r"Second\s+(?:Additional\s+)?Protocol(?:\s+to\s+the\s+(?:Budapest\s+)?Convention(?:\s+on\s+Cybercrime)?)?"
      r"(?:\s+on\s+enhanced\s+co-?operation\s+and\s+disclosure\s+of\s+electronic\s+evidence)?",
      r"C?ETS\s*(?:No\.?\s*)?224", r"2AP"]),
    ("First Additional Protocol to the Budapest Convention",
     [r"(?:First\s+Additional\s+Protocol(?:\s+to\s+the\s+(?:Budapest\s+)?Convention(?:\s+on\s+Cybercrime)?)?"
      r"|Additional\s+Protocol\s+to\s+the\s+(?:Budapest\s+)?Convention(?:\s+on\s+Cybercrime)?)"
      r"(?:,?\s+concerning\s+the\s+criminali[sz]ation\s+of\s+acts\s+of\s+a\s+racist\s+and\s+xenophobic"
      r"\s+nature\s+committed\s+through\s+computer\s+systems)?",
      r"C?ETS\s*(?:No\.?\s*)?189"]),
    ("Budapest Convention",
     [r"Council\s+of\s+Europe\s+Convention\s+on\s+Cybercrime", r"Convention\s+on\s+Cybercrime",
      r"Budapest(?:\s+Convention)?", r"C?ETS\s*(?:No\.?\s*)?185", r"CoE\s+Convention"]),
    # Resolution 55/25 (15 November 2000) adopted UNTOC (annex I) and two of its Protocols (annexes II and III).
    ("UNTOC",
     [rf"{_RES}55/25,?\s+annex\s+I(?![\w-])",
      r"(?:United\s+Nations|UN)\s+Convention\s+against\s+Transnational\s+Organi[sz]ed\s+Crime",
      r"Convention\s+against\s+Transnational\s+Organi[sz]ed\s+Crime", r"UNTOC",
      r"Palermo(?:\s+(?:Convention|Protocols?))?", r"Organi[sz]ed\s+Crime\s+Convention"]),
    ("Trafficking in Persons Protocol",
     [rf"{_RES}55/25,?\s+annex\s+II(?![\w-])", r"Trafficking\s+in\s+Persons\s+Protocol",
      r"Protocol\s+to\s+Prevent,\s+Suppress\s+and\s+Punish\s+Trafficking\s+in\s+Persons(?:,\s+Especially\s+Women"
      r"\s+and\s+Children)?"]),
    ("Smuggling of Migrants Protocol",
     [rf"{_RES}55/25,?\s+annex\s+III(?![\w-])", r"Smuggling\s+of\s+Migrants\s+Protocol",
      r"Protocol\s+against\s+the\s+Smuggling\s+of\s+Migrants(?:\s+by\s+Land,\s+Sea\s+and\s+Air)?"]),
    # Resolution 55/255 (31 May 2001) adopted UNTOC's third Protocol.
    ("Firearms Protocol",
     [rf"{_RES}55/255(?![\d/])", r"Firearms\s+Protocol",
      r"Protocol\s+against\s+the\s+Illicit\s+Manufacturing\s+of\s+and\s+Trafficking\s+in\s+Firearms"
      r"(?:,\s+Their\s+Parts\s+and\s+Components\s+and\s+Ammunition)?"]),
    # Resolution 58/4 (31 October 2003) adopted UNCAC, its annex.
    ("UNCAC",
     [rf"{_RES}58/4(?:,?\s+annex)?(?![\w/-])",
      r"(?:United\s+Nations|UN)\s+Convention\s+against\s+Corruption",
      r"Convention\s+against\s+Corruption", r"UNCAC", r"M[eé]rida\s+Convention"]),
    ("ICCPR", [r"International\s+Covenant\s+on\s+Civil\s+and\s+Political\s+Rights", r"ICCPR"]),
    ("ICESCR", [r"International\s+Covenant\s+on\s+Economic,\s+Social\s+and\s+Cultural\s+Rights",
                r"ICESCR"]),
    ("UDHR", [r"Universal\s+Declaration(?:\s+of\s+Human\s+Rights)?", r"UDHR"]),
    ("ECHR", [r"European\s+Convention\s+(?:on|for\s+the\s+Protection\s+of)\s+Human\s+Rights"
              r"(?:\s+and\s+Fundamental\s+Freedoms)?", r"ECHR"]),
    ("ACHR", [r"American\s+Convention\s+on\s+Human\s+Rights", r"ACHR"]),
    ("ACHPR", [r"African\s+Charter\s+on\s+Human\s+and\s+Peoples['’]\s+Rights", r"ACHPR",
               r"Banjul\s+Charter"]),
    ("CRC", [r"Convention\s+on\s+the\s+Rights\s+of\s+the\s+Child", r"UNCRC", r"CRC"]),
    ("CEDAW", [r"CEDAW"]),
    ("VCLT", [r"Vienna\s+Convention(?:\s+on\s+the\s+Law\s+of\s+Treaties)?", r"VCLT"]),
    ("GDPR", [r"General\s+Data\s+Protection\s+Regulation", r"GDPR"]),
    ("TFEU", [r"TFEU"]), ("TEU", [r"TEU"]),
    ("Charter of Fundamental Rights of the EU", [r"(?:EU\s+)?Charter\s+of\s+Fundamental\s+Rights",
                                                r"CFREU"]),
    ("Charter of the United Nations", [r"(?:UN\s+)?Charter(?:\s+of\s+the\s+United\s+Nations)?"]),
    ("Malabo Convention", [r"African\s+Union\s+Convention\s+on\s+Cyber\s+Security\s+and\s+Personal\s+"
                           r"Data\s+Protection", r"Malabo(?:\s+Convention)?"]),
    ("Arab Convention", [r"Arab\s+Convention(?:\s+on\s+Combating\s+Information\s+Technology\s+Offences)?"]),
    ("Lanzarote Convention", [r"Lanzarote\s+Convention"]),
    ("Istanbul Convention", [r"Istanbul\s+Convention"]),
    ("Convention 108+", [r"Convention\s+108\+?"]),
    ("Rome Statute", [r"Rome\s+Statute"]),
    ("CLOUD Act", [r"(?:US\s+)?CLOUD\s+Act"]),
    ("e-Evidence Regulation", [r"(?:EU\s+)?e-?Evidence\s+(?:Regulation|Directive|package)"]),
]  # fmt: skip
_KNOWN_NAMES = {name for name, _patterns in _KNOWN}
# Any other instrument: a capitalized name ending in one of the nouns of ANOTHER_INSTRUMENT in the grammar ("the
# Criminal Procedure Code", "the Explanatory Report"), or "this report", "this Bill" (the document's own parts).
_NOUNS = f"(?:{'|'.join(NOUNS)})"  # the grammar's (grammar/refs.lark, ANOTHER_INSTRUMENT)
# Words that start a sentence, not a name: "Under Budapest Convention, ...".
_OPENING = r"(?:Under|In|See|Unlike|As|With|By|For|From|Like|Both|Neither|While|Whereas|Article|Art|Unless|If)\s"
# The space between a name's words: any, but not a blank line ("## Abstract\n\nThe United Nations ...").
_SP = r"(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)"
_GENERIC = (
    # By its number: "Directive 2013/40/EU", "Regulation (EU) 2016/679", "Act No. 12 of 2015", "Protocol No. 1",
    # "Decree No. 53/2022/ND-CP".
    rf"(?:[Tt]he{_SP})?(?!{_OPENING})(?:[A-Z][\w-]*{_SP}){{0,3}}{_NOUNS}{_SP}(?:\((?:EU|EC|EEC)\){_SP})?(?:No\.?{_SP})?"
    rf"\d+(?:[/-]\d+)*(?:/[A-Z]{{2,4}}\d*(?:-[A-Z]{{2,4}})?)?(?:{_SP}of{_SP}(?:19|20)\d\d)?(?![\w/-])"
    # ... and its subject: "Law No. 24/2018/QH14 on Cybersecurity".
    rf"(?:{_SP}(?:on|against|for|concerning){_SP}[A-Z][\w'’-]*(?:(?:{_SP}(?:the|and|of|in|on|to|for))*{_SP}[A-Z][\w'’-]*)*)?|"
    # A UN document by its symbol: "UN Doc. A/AC.291/22", "A/AC.291/L.15".
    r"(?:U\.?N\.?\s+Doc\.?\s+)?A/AC\.\d+/(?:[A-Z]+\.)?\d+(?:/[\w.]+)?|"
    rf"(?:[Tt]he{_SP})?(?!{_OPENING})(?:[A-Z](?:[\w'’-]|\.(?=\w)){{0,40}}{_SP}){{0,6}}{_NOUNS}\b"
    rf"(?:{_SP}(?:on|against|for|of|relating{_SP}to|concerning)(?:{_SP}(?:the|and|of|in|on|to|for))*{_SP}[A-Z][\w'’-]*"
    rf"(?:(?:{_SP}(?:the|and|of|in|on|to|for))*{_SP}[A-Z][\w'’-]*)*)?"
    r"|(?i:(?:this|the\s+present|the\s+draft|our(?:\s+draft)?|the\s+Ministry['’]s\s+draft)\s+(?:report|paper|article|study|brief|note|memorandum|bill|act|law|decision|proposal|communication|opinion|"
    r"code|decree|ordinance|regulation|directive|statute|constitution|chapter|section|annex))\b"
    r"|(?:[Tt]he\s+)?(?!2024)(?:19|20)\d\d\s+(?:Convention|Protocol|Treaty)\b"  # "the 2001 Convention"
    rf"|{_RES}(?!79/243(?![\d/]))\d+/\d+(?:,?\s+annex(?:\s+[IVX]+)?)?"  # another resolution, and what it annexes
)
# A name a document defines: `(the "Budapest Convention")`, `hereinafter "UNCC"`, `"Budapest" is the ...`.
_QUOTED = r"[\"“”']([^\"“”']{1,60})[\"“”']"
_DEFINED_AFTER = re.compile(
    # Every alternative starts at "(", ",", a space or "hereinafter": the lookahead spares every other place.
    r"(?=[\s(,h])(?:"
    rf"\(\s*+(?:hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?|the\s+|together\s+the\s+)?(?:[Tt]he\s+)?{_QUOTED}\s*\)"
    # From a comma or the first space after a word only: a match tried at each of a long run of spaces is quadratic.
    rf"|(?:,|(?<![\s,]))\s*+\(?hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?(?:[Tt]he\s+)?{_QUOTED}"
    # Unquoted: "(CCC)", "(hereafter CCC)"; and "refers to X as "the Treaty"".
    r"|\(\s*+(?:(?:hereafter|hereinafter)\s+(?:referred\s+to\s+as\s+)?)?([A-Z][A-Za-z0-9-]{1,9})\s*\)"
    rf"|(?<![\s,])\s+as\s+(?:[Tt]he\s+)?{_QUOTED}"
    r")"
)
_DEFINED_BEFORE = re.compile(rf"{_QUOTED}\s+(?:is|means|refers\s+to|denotes|stands\s+for)\s+")


class Name:
    """An instrument as a document names it at one place: whose it is, and the words."""

    __slots__ = ("instrument", "start", "end")

    def __init__(self, instrument: str, start: int, end: int):
        self.instrument, self.start, self.end = instrument, start, end

    @property
    def ours(self) -> bool:
        return self.instrument == OURS


class Instruments:
    """The instruments a document names, with the names it defines for them; every name found once."""

    def __init__(self, text: str):
        self.text = text
        self.defined: dict[str, str] = {}  # a defined name, as written -> its instrument
        self._classified: dict[str, str] = {}
        self._aliases: dict[str, str] | None = None
        self._pattern = _names(())
        self._index()
        for m in _DEFINED_AFTER.finditer(text):
            alias = re.sub(r"^(?i:the)\s+", "", m.group(1) or m.group(2) or m.group(3) or m.group(4))
            full = self.ending(m.start())
            if m.group(3) and (full is None or self.classify(alias) != alias or _bare_convention(text, full)):
                continue  # "(ECHR)" names an instrument already; "the Convention (ECHR)" says which, it defines nothing
            if full is not None:
                self.defined[alias] = full.instrument
        for m in _DEFINED_BEFORE.finditer(text):
            full = self.name_at(m.end())
            alias = re.sub(r"^(?i:the)\s+", "", m.group(1))
            if full is not None and alias not in self.defined:
                self.defined[alias] = full.instrument
        self.defined = {a: i for a, i in self.defined.items() if not _is_generic_word(a)}
        if self.defined:
            self._classified, self._aliases = {}, None
            self._pattern = _names(tuple(sorted(self.defined, key=len, reverse=True)))
            self._index()

    def _index(self) -> None:
        """Every name in the document, by where it starts and where it ends."""
        self.all = [Name(self.classify(m.group()), m.start(), m.end()) for m in self._pattern.finditer(self.text)]
        self._starts = [n.start for n in self.all]
        self._at = {n.start: n for n in self.all}
        self._ending = {n.end: n for n in self.all}

    def classify(self, words: str) -> str:
        """The instrument a name (as matched) is: OURS, a known instrument, a defined one, or as written."""
        bare = " ".join(words.split())
        if bare not in self._classified:
            self._classified[bare] = self._classify(bare)
        return self._classified[bare]

    def _classify(self, bare: str) -> str:
        plain = re.sub(r"^(?i:the)\s+", "", bare)
        if self._aliases is None:  # one lookup, not a pattern for each alias (hundreds overflow re's cache)
            self._aliases = {}
            for alias, instrument in self.defined.items():
                self._aliases.setdefault(" ".join(alias.split()).casefold(), instrument)
        for words in (bare, plain):
            if words.casefold() in self._aliases:
                return self._aliases[words.casefold()]
        if plain == "Convention" or any(re.fullmatch(p, w) for p in _OURS for w in (bare, plain)):
            return OURS
        for name, patterns in _KNOWN:
            if any(re.fullmatch(p, w) for p in patterns for w in (bare, plain)):
                return name
        return plain

    def name_at(self, pos: int) -> Name | None:
        """The instrument named starting at `pos`, if any."""
        if pos in self._at:
            return self._at[pos]
        m = self._pattern.match(self.text, pos)
        return Name(self.classify(m.group()), m.start(), m.end()) if m else None

    def ending(self, pos: int) -> Name | None:
        """The instrument name that ends at `pos` (spaces before `pos` allowed), if any."""
        start = max(0, pos - 200)
        return self._ending.get(start + len(self.text[start:pos].rstrip()))

    def defined_as(self, alias: str) -> str | None:
        """The instrument the document defines a name as ("Convention" in `(the "Convention")`), if it does."""
        return next((i for a, i in self.defined.items() if a.casefold() == alias.casefold()), None)

    def known(self, instrument: str) -> bool:
        """Whether an instrument is this Convention, one uncc knows or one the document defines."""
        return instrument == OURS or instrument in _KNOWN_NAMES or instrument in self.defined.values()

    def before(self, pos: int) -> Name | None:
        """The last instrument named before `pos`, if any."""
        i = bisect.bisect_left(self._starts, pos)
        return self.all[i - 1] if i else None

    def names_in(self, start: int, end: int) -> list[Name]:
        """Every instrument named in text[start:end]."""
        i, j = bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)
        return [n for n in self.all[i:j] if n.end <= end]


def _bare_convention(text: str, name: Name) -> bool:
    """Whether the name is "the Convention" or "this Convention", which says nothing of which instrument it is."""
    return re.fullmatch(r"(?i:the|this)\s+Convention", text[name.start : name.end]) is not None


def _is_generic_word(alias: str) -> bool:
    """A quoted word that is a term, not an instrument's name ("data", "service provider")."""
    return alias[:1].islower() and not alias.isupper()


def _names(defined: tuple) -> re.Pattern:
    """One pattern for every name: the document's own definitions first, then ours, the known ones, any other;
    each may follow "the" ("the ICCPR")."""
    parts = [re.escape(a) for a in defined]
    parts += _OURS
    parts += [p for _name, patterns in _KNOWN for p in patterns]
    named = "|".join(parts)
    # Every name starts with a capital, a digit, "the", "this" or "our": a glance skips every other place.
    first = "".join(sorted({re.escape(a[0]) for a in defined} - set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")))
    return re.compile(rf"(?=[A-Z0-9to{first}])(?<![\w-])(?:(?:[Tt]he\s+)?(?:{named})|{_GENERIC})(?![\w-])")
