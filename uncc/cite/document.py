"""Every citation in a user's document, each given to its instrument: `uncc cite`.

The reader that finds the Convention's own references finds them here too.
What this module adds is whose each citation is, and it decides that at the
citation, never from the sentence around it ("Article 37 closely follows
UNTOC article 16" cites article 37 of this Convention):

- Another instrument's when something at the citation names it: a qualifier
  after it ("article 16 of UNTOC", "Article 17 ICCPR", "article 8 (ECHR)",
  "of this report", any "of the ..." that is not this Convention), a prefix
  before it ("Budapest art. 35", "Budapest's articles 16 to 21", "draft
  article 6"), a short form that points back to it ("Ibid., art. 30" after
  its citation, "supra note 3, art. 5" where note 3 cites it), the heading of
  the table column it stands in, or the lead-in or section heading of the
  list it is an item of.
- This Convention's otherwise: `by` is "named" where the citation or its
  short form names this Convention, "default" where nothing does.
- The document's own parts (its footnotes, "supra note 3") and relative
  citations ("paragraph 3", "this article") are never this Convention's.

The names are the document's instrument model (`uncc.cite.instruments`),
which reads the definitions a document makes (`(the "Budapest Convention")`).
"""

from __future__ import annotations

import bisect
import re

from uncc.cite.instruments import DRAFT, OURS, Instruments, Name
from uncc.cite.reader import Citation, Container, read, scan
from uncc.cite.resolve import resolve
from uncc.errors import Relative, UnccError
from uncc.model import Document

OWN = "this document"  # the document's own parts: its notes, sections, chapters

_IBID = re.compile(r"(?<![\w-])(?i:ibidem|ibid|idem|id)\.?,?\s*(?:(?i:at)\s+)?$")
_OP_CIT = re.compile(r"(?<![\w-])(?i:op\.\s*cit|loc\.\s*cit)\.?\s*,?\s*(?:(?i:at)\s+)?$")
# A case between a citation and the "ibid." after it: "Smith v. Jones", "R v Brown".
_CASE = re.compile(r"(?<![\w-])[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}\s+vs?\.?\s+(?:[Tt]he\s+)?[A-Z]")
_VERSUS = re.compile(r"v(?<=\sv)s?\.?\s")  # what every case's name has: " v. ", " v ", " vs. "
# "supra note 3", "above n 3", and OSCOLA's "(n 3)": the work the document's note 3 cites.
_SUPRA = re.compile(
    r"(?:(?<![\w-])(?i:supra|infra|above)\s*,?\s*(?i:note|n\.|n(?=\s*\d)|fn\.)\s*(\d+)|\(\s*n\s*(\d+)\s*\))"
    r"\s*,?\s*(?:(?i:at)\s+)?$"
)
_OWN_NOTE = re.compile(r"(?<![\w-])(?i:supra|infra|see|cf\.)\s*$")
_NOTE_START = re.compile(r"(?i:(?:foot)?notes?|n\.|fn\.)\s*\d+(?:\s*,\s*|\s+|$)")
_DRAFT = re.compile(r"(?<![\w-])(?i:draft)(?:\s+(?i:law|bill|text|act|code))?\s*\(?\s*$")  # "draft (art. 13)"
# An apostrophe, as typed or as HTML writes it.
_APOSTROPHE = r"(?:['’]|&rsquo;|&#8217;|&#x2019;|&apos;|&#39;)"
# "Budapest's", "Budapest treaty's"
_POSSESSIVE = re.compile(rf"(?:\s+(?:treaty|convention|text|instrument|regime))?{_APOSTROPHE}s\s*$")
# What a full reference puts between an instrument's name and the article cited: dates, treaty series, brackets.
_FURNITURE = re.compile(
    r"(?:[()\[\]]|(?<![\w.])(?:(?:No|Vol|p|pp)\.\s*\d+|\d[\d/.:-]*|U\.N\.T\.S\.|UNTS|C?\.?E\.T\.S\.|CETS|ETS|I\.L\.M\.|O\.J\."
    r"|OJ|\(EU\)|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|annex|adopted|signed|done\s+at\s+\w+|opened\s+for\s+signature"
    r"|entered\s+into\s+force|entry\s+into\s+force|in\s+force))$"
)
# A bracket in which a full reference defines its short name: `(the "Palermo Convention")`, `("UNCAC")`.
_DEFINING_BRACKET = re.compile(
    r"\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?)?(?:[Tt]he\s+)?[\"“][^\"“”\n]{1,60}[\"”]\s*\)$"
)
# A bracket of a full reference that names no instrument: "(France–Brazil, 1996)".
_OF_YEAR = re.compile(r"\s+of\s+(?:19|20)\d\d$")
_BRACKET_GROUP = re.compile(r"\([^()\n]{1,80}\)$")
_TITLE_WORD = re.compile(r"(?<![\w.-])[a-z][\w-]*$")
# "the Second Additional Protocol, whose article 14", "Budapest, where article 35", "UNTOC, which in article 18".
_WHOSE = re.compile(
    r",?\s*(?<![\w-])(?:whose|where|(?:which|that)\s+(?:in|under|by|through)(?:\s+its)?|in\s+which|under\s+which)\s+$"
)
# What may stand between an instrument's name and the citation it prefixes ("Budapest Convention, art. 16"): only
# names, numbers of series, commas and the words that open a citation.
_OPENER = re.compile(
    r"(?<![\w-])(?:(?i:see(?:\s+also)?|cf\.|e\.g\.|generally|compare|contrast|with)|Council\s+of\s+Europe|United\s+Nations|European\s+Union"
    r"|African\s+Union|Organization\s+of\s+American\s+States|League\s+of\s+Arab\s+States|Commonwealth"
    r"|In|Under|Within|As\s+in|As\s+under|Just\s+as\s+in)$"
    r"|[;,]\s*(?:and|or|and\s+also|but)$"  # "UNTOC, art. 18; and the ECHR, art. 8": a reference of its own
    r"|(?<![\w)])\(\s*(?:[ivx]{1,5}|[a-z]|\d{1,2})\s*\)$"  # "Sources: (i) UNTOC, art. 18; (ii) ..."
)
_OF = re.compile(r"\s*+(?:,\s*+)?of\s+")
_NOT_AN_INSTRUMENT = re.compile(r"(?i:the\s+(?:same|said|present|above|former|latter|article|paragraph)\b)")
_HEAD = re.compile(r"\s*(?i:art\b|art\.|arts?\.|articles?\b|para|§|¶)")
_FOOTNOTE_DEF = re.compile(r"^\[\^(\w+)\]:", re.M)
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+•]|\d+[.)]|\([a-z]{1,4}\))[ \t]+", re.M)
_LEAD_END = re.compile(r"(?::|(?i:as\s+follows|the\s+following)\.?)[\s*_]*$")
_TABLE_ROW = re.compile(r"[^\n|]{0,2000}\|")  # a row with or without its outer pipes ("a | b")
_ROW_END = re.compile(r"^([^\n|]*\|[^\n]*)\n(?=[^\n|]*\|)", re.M)  # a line with a pipe, the next one too
_LEADING_PIPE = re.compile(r"[^\S\n]*\|")
_SEPARATOR_ROW = re.compile(r"[\s|:-]+")
# A clause's start, its opening words, and the words before a citation that say where in an instrument a thing is.
_CLAUSE = re.compile(
    r"[.!?][\"”’)\]*_]*\s+(?=[\"“(*_\[A-Z])|[;:—]\s*|\n[ \t]*\n|^[ \t]*(?:[-*+•]|\d+[.)])[ \t]+"
    r"|,\s+(?:but|while|whereas|and)\s+",
    re.M,
)
_CLAUSE_OPENING = re.compile(
    r"[\s*_\"“(]*(?:(?:However|In\s+contrast|By\s+contrast|Similarly|Likewise|For\s+its\s+part|"
    r"Moreover|Also|Instead|Thus|Equally),?\s+)?"
)
# A sentence framed by another instrument: "Under the Budapest Convention, parties must preserve data (article 16)".
_FRAME = re.compile(r"[\s*_\"“(]*(?i:Under|In|According\s+to|Pursuant\s+to|Within|As\s+in|As\s+under)\s+")
_FRAME_BACK = re.compile(
    r"(?:that|this|the\s+same|the\s+latter)\s+(?:instrument|treaty|convention|protocol|text)(?![\w-])", re.I
)
# "the Convention" where a court's case is discussed: the European Convention on Human Rights, often.
_BRACKETED_NAME = re.compile(r"\s*\(\s*")
_THE_CONVENTION = re.compile(r"(?<![\w-])[Tt]he\s+Convention$")
_COURT = re.compile(r"(?<![\w-])(?:[Tt]he\s+(?:European\s+)?Court|ECtHR|Strasbourg|Grand\s+Chamber)(?![\w-])")
# A heading's name that is what gives effect to the list, not whose the list is: "The draft law must implement:".
_IMPLEMENTING = re.compile(
    r"\s+(?:(?:must|shall|should|will|would|is\s+to|are\s+to|has\s+to|needs?\s+to|does|do)\s+)?(?:also\s+)?"
    r"(?:implement|transpose|give\s+effect\s+to|gives\s+effect\s+to|compl(?:y|ies)\s+with|incorporate)(?:s|d)?(?![\w-])",
    re.I,
)
# A heading's name that the list is set against, not whose it is: "Key differences from UNCAC:".
_CONTRASTED = re.compile(
    r"(?<![\w-])(?:differ\w*|compared|comparison|contrast\w*|unlike|versus|vs\.?|as\s+against|departures?|beyond)"
    r"\s+(?:\w+\s+){0,2}$",
    re.I,
)
_QUALIFIER_END = re.compile(r"\s*(?:[.,;:)\]]|$|\n)|\s+(?:and|or)\s+(?=(?i:art|§|¶|para))")
_ORDINAL = r"(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)"
_ORDINAL_PART_BEFORE = re.compile(rf"(?<![\w-])({_ORDINAL}\s+(?i:sub)?paragraph)\s+of\s+(?:(?i:the\s+)?)$")
_ORDINAL_PART_AFTER = re.compile(rf"\s*,\s*({_ORDINAL}\s+(?i:sub)?paragraph)(?![\w-])")
_SUPERSCRIPT = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_SUPERSCRIPTS = str.maketrans(dict.fromkeys("⁰¹²³⁴⁵⁶⁷⁸⁹", " "))
_BETWEEN = re.compile(
    r"(?:\s*,?\s*(?:No\.\s*\d+|(?i:first|second|third|fourth|fifth|sixth|last)\s+(?:paragraph|sentence|subparagraph|indent)"
    r"|(?:sentence|indent)\s+\d+|pars?\.\s*\d+(?:\s*(?:,|and|to|-)\s*\d+)*|lit\.\s*\w+))*"
)
# What labels a citation as an instrument's, between its name and the citation: "Budapest: articles 16-17", "UNTOC
# – art. 16", "the Budapest equivalent, article 29", "UNTOC (e.g. article 18)", "UNTOC, notably its article 16",
# "UNTOC's extradition article (article 16)", "the GDPR's (articles 5 and 6)".
# The last character before the spaces a _LABELLED match ends with: where it is another, there is none.
_LABEL_LAST = ":,(.se–—EyYrR"
_LABELLED = re.compile(
    r"(?:\s+(?i:equivalent|counterpart|analogue|parallel|column)s?\s*(?:[:,(]|\s+is\s+|\s+are\s+)|\s*[:–—]"
    r"|\s*\((?:\s*(?i:e\.g\.|see|cf\.),?)*|,\s*(?i:notably|particularly|in\s+particular|especially)(?:\s+its)?"
    r"|['’]s(?:\s+[a-z][\w-]*){0,3}\s*\(|['’]s(?:\s+[a-z][\w-]*){0,3}\s+(?:article|provision)s?\s*,)\s*$"
)
_BACK = re.compile(
    r"\s*,?\s*(?:of\s+(?:that|the\s+(?:same|said|latter|former|aforementioned))(?:\s+(?:Convention|instrument|treaty|"
    r"Protocol))?\b|thereof\b|of\s+(?:both|each|either|neither|them|these|those)(?:\s+(?:of\s+them|instruments?|"
    r"conventions?|treaties|texts))?\b)",
    re.I,
)
# "the former", "both" and the like name no one instrument.
_SEVERAL = re.compile(r"\b(?:former|both|each|either|neither|them|these|those)\b", re.I)
# "the latter's article 29", "the former's": whose, of the instruments named before?
_POINTING = re.compile(r"(?<![\w-])(?i:the\s+(?:latter|former))['’]s\s+(?:own\s+)?$")
_DATED = re.compile(r"\s*[(\[](?:\d{4}|C?ETS\s*(?:No\.\s*)?\d+)[)\]]$")
# Markup and quotation marks around a name: "**Budapest Convention**", "the “Budapest Convention”".
_QUOTE_MARK = r"(?:[\"“”‘’']|&[lr][sd]quo;|&quot;|&#822[01];)"
_MD_CLOSE = re.compile(rf"(?:\]\([^()\s]{{0,200}}\)|[*_]{{1,3}}|{_QUOTE_MARK})$")
_MD_LAST = ")*_\"“”‘’';"  # what _MD_CLOSE can end with
_IBID_LAST, _SUPRA_LAST = ".,dDmMtT", "0123456789),tT"  # what "ibid.", "op. cit." and "supra note 3" can end with
_DRAFT_LAST, _WHOSE_LAST = "tTwWlLeE(", "eEsSnNrRyYhH"
_MD_MARK = re.compile(r"[*_\[]{1,3}$")
_MD_OPEN = re.compile(rf"(?:the\s+)?(?:[\[*_]{{1,3}}|{_QUOTE_MARK})?")
_OTHER_YEAR = re.compile(r"\s+of\s+(?!2024\b)((?:19|20)\d\d)\b")
_CONTINUED = re.compile(
    r"\s*\(?\s*([A-Z][\w .’'-]{1,60}?)\s*\)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
    r"(\d{1,2}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*(?:to|-|–)\s*)\d{1,2}\b)*)\b(?![\w(/-]|\.\d)"
)
_ITS = re.compile(r"(?<![\w-])[Ii]ts\s+$")
_ABOVE_BELOW = re.compile(r"\s+(?i:above|below|supra|infra)(?![\w-])")
_COMMA_AND = re.compile(r"\s*,\s*(?:and|or)\s")
_LIST_END = re.compile(r"\s*(?:[.,;:)\]]|(?:and|or)\s|$)", re.M)  # after a citation of a list
_JOINING = re.compile(r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$")  # between two citations of one list
_IN = re.compile(r"\s+(?:in|under|from)\s+")
# From an instrument's name to a citation that is an aside after it: "Regulation (EU) 2023/1543 on European
# Production Orders, in Article 5, ...".
_ASIDE = re.compile(
    r"(?:\s+(?:on|of|for|against|relating\s+to|concerning)\s+[^,.;:()\[\]\n]{1,50})?,\s*(?:in|under)\s+(?:its\s+)?$"
)
# What a clause whose subject is an instrument (or a part of it) says it holds, just before the citation: "comprises
# the following provisions: articles 16 to 21"; and the whole clause from the name to there ("'s procedural chapter
# comprises ...": a few words of the part named, then the verb).
_HOLDS = (
    r"(?:comprises?|contains?|consists\s+of|includes?|is\s+made\s+up\s+of)"
    r"\s+(?:the\s+following(?:\s+(?:provisions|articles))?\s*:\s*)?$"
)
_CONTAINS = re.compile(rf"(?<![\w-]){_HOLDS}")
_CONTAINED = re.compile(rf"(?:{_APOSTROPHE}s(?:\s+[A-Za-z][\w-]*){{1,4}})?\s+{_HOLDS}")
_SUBORDINATE = re.compile(r"(?:As|While|Whereas|Where|Although|Though|Since|Because|When|Just\s+as)\s+")
# Where a clause says where in its subject something is ("in article 35", "leaves them to its article 27"), or what
# its subject rests on ("UNTOC relies on article 18", "draws on", "builds upon").
_LOCATING = re.compile(
    r"(?<![\w-])(?:in|under|by|(?:leaves?|left|largely)\s+to|"
    r"(?:rel(?:y|ies|ied|ying)|draws?|drew|drawn|drawing|rests?|rested|resting|builds?|built|building)\s+(?:up)?on)"
    r"\s+(?:its\s+)?$"
)
# A clause about another instrument that says where it is found, not where its own provision is: "The ICCPR is
# mentioned in article 24", "Budapest safeguards are reflected in article 24", "the model followed in article 41".
_FOUND_IN = re.compile(
    r"(?<![\w-])(?:is|are|was|were|be|been|being)\s+(?:\w+\s+){0,2}?(?:mentioned|referenced|cited|reflected|"
    r"incorporated|echoed|invoked|recalled|referred|relevant|followed|codified|reproduced|mirrored|taken|carried|"
    r"built|included|implemented|found|named|quoted|applied|used)(?![\w-])"
    r"|(?<![\w-])(?:followed|reflected|incorporated|reproduced|adopted|used|taken\s+up|echoed|mirrored)\s+(?:in|by|under)"
    r"\s+(?:its\s+)?$"
)
# Words that compare an article with another: "corresponds to", "mirrors", "is modelled on".
_COMPARED = re.compile(
    r"(?<![\w-])(?:corresponds?\s+(?:closely\s+)?to|corresponding\s+to|is\s+(?:the\s+)?(?:equivalent|counterpart)\s+(?:to|of)"
    r"|mirrors|tracks|reproduces|(?:is|was)\s+(?:closely\s+)?(?:modell?ed|based)\s+on|draws\s+on|derives\s+from)\s+(?:its\s+)?"
)
_COMPARED_BEFORE = re.compile(_COMPARED.pattern + "$")
_TO = re.compile(r"(?<![\w-])to\s+$")
_ARROW = re.compile(r"→|->|=>|⇒|⟶")
_NEGATION = re.compile(r"(?<![\w-])(?:not|no|neither|nor|never|without|unlike|lacks?)(?![\w-])|n['’]t\b")
_OWN_NAME = re.compile(r"(?i:this|the\s+present|our)\s")
_RESOLUTION = re.compile(r"79/243|(?i:adopting\s+resolution)")
_HEADING = re.compile(r"^#+\s", re.M)
# A sentence's end: a stop, then a capital; not after a single letter ("U.N. Doc.") or an abbreviation ("ETS No.
# 185", "Nov. 23, 2001. Budapest", "Dr. Smith").
_SENTENCE_END = re.compile(r"(\w*)[\"”’)\]]*[.!?][\"”’)\]*_]*\s+(?=[\"“‘(*_\[]*[A-Z])")
_STOP = re.compile(_SENTENCE_END.pattern[len("(\\w*)") :])  # the same, without the word before it
_ABBREVIATIONS = frozenset(re.findall(
    r"\w+",
    "no nos nov dec jan feb mar apr jun jul aug sep sept oct art arts para paras vol cf ed eds doc op cit mr ms mrs "
    "dr st al etc viz rev res add corr ser supp ch pp prof hon ibid id",
))
_OWNER = re.compile(rf"{_APOSTROPHE}s\s+")
# An abbreviation in capitals after a citation that names an instrument (not a word of the subject: "article 40
# MLA requests"); known instruments' are names.
_ACRONYM = re.compile(
    r"(?!(?:MLA|ICT|IT|AI|CSAM|CSEM|ISPs?|IP|DNS|NGOs?|OK|I|A)(?![\w-]))"
    # "GG", "EMRK", and in mixed case "StGB", "nDSG"
    r"(?:[A-Z][A-Z0-9]{1,7}|(?=[a-zA-Z]{3,10}(?![\w-]))[a-z]?[A-Z][a-z]*[A-Z][A-Za-z]*)(?![\w-])"
    r"(?!\s+[A-Z]{2})"  # not a heading in capitals
)
# "of" in French, Spanish, Italian, Portuguese or German: "l'article 29 de la Convention de Budapest".
_FOREIGN_OF = re.compile(r"\s*,?\s*(?i:de\s+la|de\s+l['’]|del|della|dell['’]|de|du|des|der|do|da)\s*(?<=[\s'’])(?=\w)")
_OURS_FOREIGN = re.compile(
    r"(?i:(?:la\s+)?pr[ée]sente\s+convention|(?:la\s+)?presente\s+convenci[oó]n"
    r"|convention\s+des\s+nations\s+unies\s+contre\s+la\s+cybercriminalit[ée]"
    r"|convenci[oó]n\s+(?:de\s+las\s+naciones\s+unidas\s+)?contra\s+la\s+ciberdelincuencia"
    r"|dieses\s+[üu]bereinkommens)(?![\w-])"
    # "de la Convention", "des Übereinkommens" alone, as "of the Convention" is
    r"|(?:la\s+)?(?-i:Convention|Convención|Übereinkommens)(?![\w-])(?!\s+(?i:de|du|des|sur|contre|pour|relative|"
    r"européenne|américaine|africaine|internationale|del|sobre|contra|para|europea|americana|über|zum|zur|von|gegen)\b)"
)
# A citation in French, Spanish or German, which uncc does not read whole: the article words before it, the words
# that join its numbers or name its parts after it ("les articles 16 à 21", "l'article 40, paragraphe 21").
_FOREIGN_BEFORE = re.compile(r"(?<![\w-])(?i:l['’]|les|el|los|las|des|der|die|dem|den|du|aux|au)\s*$")
_FOREIGN_AFTER = re.compile(
    r"\s+(?i:et|à|y|a|und|bis|ou|o|oder|al)\s+\d|\s*,?\s*(?i:paragraphes?|alin[ée]as?|p[áa]rrafos?|apartados?|incisos?|"
    r"absatz|abs[äa]tze|buchstabe|lettre|letra)(?![\w-])"
)
# An article head word of another language: the citation is not read at all.
# Patterns searched through the whole document start with the letter they must start with, the word boundary
# checked after it: the regex engine then skips to that letter at a glance (three times as fast over 1 MB).
_FOREIGN_HEAD = re.compile(r"[Aa](?<![\w-].)(?i:rt[íi]culos?|rtikeln?|rtigos?|rticol[oi])\s+\d+")
_JOINED = re.compile(r"\s*,?\s*(?:and/or|and|or)\s+")  # one instrument's name and another's after it
_RESPECTIVELY = re.compile(r"[Rr](?<![\w-].)(?i:espectively)(?![\w-])")
_SEPARATORS = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def citations(
    doc: Document, text: str, every: bool = False, notes: dict | None = None, columns=None
) -> list[dict]:
    """Every citation of this Convention in `text`, in order, resolved; with `every`, other instruments' too.

    Each is `{"start", "end", "line", "column", "text", "targets", "by"}` (offsets in characters, 0-based, end
    exclusive; line and column 1-based), with `"error"` and empty targets when it names nothing; another
    instrument's has `"instrument"` and no targets. `notes` gives the span of each of the document's notes
    (`{"3": (start, end)}`) where they are not Markdown footnotes; `columns(offset)` the span of the heading of
    the table column at an offset, or None, where the tables are not Markdown (a Word or HTML document's).
    """
    reading = _Reading(text, notes, columns)
    out: list[dict] = []
    known: dict = {}  # each citation resolved once: documents cite the same units in the same words again and again
    for citation in reading.found:
        instrument, by = reading.attribute(citation)
        if instrument == OWN or not citation.numbered:
            continue
        line = reading._line(citation.start)
        entry: dict[str, object] = {"start": citation.start, "end": citation.end, "line": line + 1}
        entry.update(column=citation.start - reading.lines[line] + 1, text=citation.text)
        if instrument != OURS:
            if every:
                out.append({**entry, "by": by, "instrument": instrument})
            continue
        if citation.start in reading.doubtful:
            entry.update(targets=[], error=f"{citation.text!r}: {reading.doubtful[citation.start]}", by=by)
            out.append(entry)
            continue
        try:
            targets = _resolved(doc, _as_ours(citation, reading.names), reading.within.get(citation.start), known)
            entry["targets"] = reading.resolved[citation.start] = targets
            reading.resolved_at.append(citation.start)
        except Relative:
            continue  # "paragraph 3", "this article": the document's own units
        except UnccError as e:
            entry.update(targets=[], error=str(e))
        entry["by"] = by
        out.append(entry)
    return _with_foreign_heads(reading, out)


def _resolved(doc: Document, citation: Citation, context: str | None, known: dict) -> list[str]:
    """`resolve`, each citation's members and words (which its errors quote) in a context resolved once."""
    key = (citation.text, citation.members, context)
    if key not in known:
        try:
            known[key] = list(resolve(doc, citation, context))
        except UnccError as e:  # Relative among them
            known[key] = e
    found = known[key]
    if isinstance(found, UnccError):
        raise found.with_traceback(None)
    return list(found)


def _with_foreign_heads(reading: _Reading, out: list[dict]) -> list[dict]:
    """`out` with an error for each citation with an article head word of another language ("el artículo 14",
    "Artikel 25"), which uncc does not read: said, not dropped."""
    if not _FOREIGN_HEAD.search(reading.text):
        return out
    for m in _FOREIGN_HEAD.finditer(reading.text):
        line = reading._line(m.start())
        said = "uncc reads citations in English: write it 'article N' with its instrument"
        out.append({
            "start": m.start(), "end": m.end(), "line": line + 1, "column": m.start() - reading.lines[line] + 1,
            "text": m.group(), "targets": [], "error": f"{m.group()!r}: {said}", "by": "default",
        })  # fmt: skip
    return sorted(out, key=lambda entry: entry["start"])


class _Reading:
    """A document read once: its citations, its instruments, its notes, tables and lists."""

    def __init__(self, text: str, notes: dict | None, columns=None):
        self.text = text
        self.columns = columns
        self.names = Instruments(text)
        self.notes = dict(notes or {})
        defs = list(_FOOTNOTE_DEF.finditer(text))
        for m, after in zip(defs, [*defs[1:], None] if defs else [], strict=True):
            # A note runs to a blank line or the next note.
            end = text.find("\n\n", m.end())
            end = min(len(text) if end < 0 else end, after.start() if after else len(text))
            self.notes.setdefault(m.group(1), (m.start(), end))
        self.found: list[Citation] = []
        self.doubtful: dict[int, str] = {}  # citations that name two instruments at once, and what to say
        self.lead: dict[int, int] = {}  # a piece of a list of citations that stand alone -> the list's first
        self.firsts: set[int] = set()  # the first piece of each such list
        self.pieces: dict[int, Citation] = {}  # each citation found, by where it starts
        self.pieces_before: dict[int, int] = {}  # a piece of such a list -> where the piece before it ends
        self._read()
        self.whose: dict[int, tuple[str, str]] = {}  # what each citation was given to, by where it starts
        # What each citation was given to, in order, for "ibid." and "supra note N".
        self.given: list[tuple[int, str, str]] = []
        self.in_resolution: set[int] = set()  # where the citations of the resolution stand, for "Id. ¶ 4"
        self.within: dict[int, str] = {}  # the unit a citation is read in, where its prefix says (the resolution)
        self.resolved: dict[int, list[str]] = {}  # what each citation of this Convention was resolved to
        self.resolved_at: list[int] = []  # where those citations start, in order
        self.authorities = self._note_mentions()
        self.lines = [0] + [m.end() for m in re.finditer("\n", text)]  # where each line starts
        self.tops: dict[int, int] = {}  # each Markdown table row's line -> its table's first row's
        self.headed: dict[int, bool] = {}  # a table's first row's line -> whether a separator row follows it
        self.bars: dict[int, list[int]] = {}  # a table row's line -> where its "|" stand
        self.leads: dict[int, tuple[str, str] | None] = {}  # a list item's line -> what its lead-in names
        self.headings: list[int] | None = None  # where each Markdown heading starts, once a list needs them
        self.starts: list[int] | None = None  # where each citation starts, in order, once asked
        self.ends: dict[int, int] | None = None  # where each citation ends -> where it starts, once asked
        self.sentence_ends: list[int] | None = None  # where each sentence ends (and its stop starts), once asked
        self.sentence_starts: list[int] = []
        self.respectively: list[int] | None = None  # where "respectively" stands, once asked
        self.cases: bool | None = None  # whether the document names a court and a case, once asked

    # --- the citations as found -------------------------------------------------------

    def _read(self) -> None:
        """Find the document's citations, each list split into the citations that stand alone."""
        text = self.text
        # A superscript after a number ("Article 4¹") is read past, as a note mark is; whether it is one is asked.
        superscripts = _SUPERSCRIPT.search(text) is not None
        scanned = text.translate(_SUPERSCRIPTS) if superscripts else text
        if "|" in text:
            # A table's row ends its last cell, outer pipe or not: "Article 16\nart. 43" is two cells' citations.
            scanned = _ROW_END.sub(r"\1|", scanned)
        for c in scan(scanned):
            for whole in self._split(self._prefixed(self._own_note(c))):
                pieces = _each(whole)
                if superscripts:
                    pieces = [self._superscript(p) for p in pieces]
                between = [text[a.end : b.start] for a, b in zip(pieces, pieces[1:], strict=False)]
                if any(re.search(r"\b(?:and|or)\b", gap) for gap in between):
                    # A list ("article 23 and article 25"); not a comma alone ("in article 35, article 41 goes").
                    self.lead.update((p.start, pieces[0].start) for p in pieces[1:])
                    self.firsts.add(pieces[0].start)
                    self.pieces_before.update((b.start, a.end) for a, b in zip(pieces, pieces[1:], strict=False))
                self.pieces.update((p.start, p) for p in pieces)
                self.found += pieces
                self.found += self._continued(pieces[-1])

    def _superscript(self, c: Citation) -> Citation:
        """A citation with a superscript in it or just after it ("Article 4¹"), as written, and doubtful."""
        m = _SUPERSCRIPT.search(self.text, c.start, c.end + 1)
        if m is None:
            return c
        self.doubtful[c.start] = f"{self.text[c.start : m.end()]!r}: a note mark, or a number uncc does not read?"
        return c._replace(text=self.text[c.start : c.end])

    def _own_note(self, citation: Citation) -> Citation:
        """ "supra note 3, art. 5": the note is the document's; what follows it is a citation of its own."""
        m = _NOTE_START.match(citation.text)
        if m is None or not _OWN_NOTE.search(self.text, max(0, citation.start - 12), citation.start):
            return citation
        rest = [c for c in scan(citation.text[m.end() :])]
        if not rest:
            return citation._replace(members=())
        c = rest[0]
        return c._replace(start=citation.start + m.end() + c.start, end=citation.start + m.end() + c.end)

    def _prefixed(self, citation: Citation) -> Citation | list[Citation]:
        """ "Malabo art. 29 and Art. 11 of the Convention": another instrument's prefix binds the members before
        a member that names this Convention with a head word of its own; that member and those after it are ours."""
        if citation.another_instrument or len(citation.members) < 2:
            return citation
        end = _rstrip(self.text, citation.start)
        name = self.names.ending(end)
        if name is None or name.ours or name.end != end:
            return citation
        headed = None  # the first member after the prefix with a head word of its own
        for _m, a, b in _halves(citation):
            if b.members[0].head is None or a.members[-1].containers:
                continue
            if any(k.kind == "convention" for k in b.members[-1].containers):
                return [a, b]
            headed = headed or (a, b)
        if headed is not None:
            # "UNTOC art. 18 and article 40(15)": the second may be UNTOC's or this Convention's; it is not guessed.
            a, b = headed
            self.doubtful[b.start] = f"{name.instrument} or this Convention? it follows {name.instrument}'s {a.text!r}"
            return [a, b]
        return citation

    def _split(self, citation: Citation | list[Citation]) -> list[Citation]:
        """A list that names this Convention's units and another instrument's ("articles 40 and 41 of the
        Convention, and article 27 of the Budapest Convention"), as one citation for each."""
        if isinstance(citation, list):
            return citation
        if citation.another_instrument is None or not citation.members:
            return [citation]
        for _m, a, b in _halves(citation, _may_end_group):
            # Only where a group ends: "article 33 or 34 of the Budapest Convention" is one group.
            ends_group = a.members and a.members[-1].containers
            if ends_group and _pure(a) and _whose(a)[-1] != _whose(b)[0]:
                return [a, *self._split(b)]
        return [citation]

    def _continued(self, c: Citation) -> list[Citation]:
        """The articles a list goes on to after another instrument's qualifier the reader stops at: "Articles 8
        and 10 (ECHR) and 24" is also article 24 ("and 24 to 26" articles 24 to 26), "Articles 8 and 10 ECHR and 24
        UNCC" article 24 of this one."""
        if not c.members or c.members[0].head is None or c.members[0].head.level != "article":
            return []
        m = _CONTINUED.match(self.text, c.end)
        if m is None:
            return []
        name = self.names.name_at(m.start(1))
        if name is None or name.end != m.end(1) or not self.names.known(name.instrument):
            return []
        numbers = m.group(2)  # "24", or "24 to 26": as many as the list goes on to
        try:
            members = read(f"articles {numbers}").members
        except UnccError:
            return []
        return [Citation(numbers, m.start(2), m.end(2), members)]

    def _note_mentions(self) -> list[tuple[int, str, str]]:
        """Instruments named in the document's notes: a note that names one is an authority "ibid." may mean."""
        out = []
        for start, end in self.notes.values():
            for name in self.names.names_in(start, end):
                out.append((name.start, name.instrument, "named"))
        return sorted(out)

    # --- whose a citation is ----------------------------------------------------------

    def attribute(self, citation: Citation) -> tuple[str, str]:
        """(the instrument, how it was found): OURS or another's name, and "named" or "default"."""
        found = self._attribute(citation)
        if found[0] == "Cybercrime Convention" and citation.start not in self.doubtful:
            # The Budapest Convention's short name, and this one's, both.
            self.doubtful[citation.start] = "'the Cybercrime Convention': the Budapest Convention, or this one? name it"
            found = OURS, "named"
        if found[0] == OURS and citation.start not in self.doubtful and (
            (m := _ORDINAL_PART_BEFORE.search(self.text, max(0, citation.start - 40), citation.start))
            or (m := _ORDINAL_PART_AFTER.match(self.text, citation.end))
        ):
            # "the first paragraph of article 40": a paragraph by its place, which uncc does not read as one.
            words = " ".join(m.group(1).split())
            said = "uncc reads a part by its number or letter ('paragraph 1', '(a)')"
            self.doubtful[citation.start] = f"{words!r} of it: {said}"
        self.whose[citation.start] = found
        if found[0] != OWN:
            bisect.insort(self.given, (citation.start, *found))
        if found[0] == OURS and (
            self.within.get(citation.start) == "resolution" or any(m.unit == "resolution" for m in citation.members)
        ):
            self.in_resolution.add(citation.start)
        return found

    def _attribute(self, c: Citation) -> tuple[str, str]:
        """(whose, how) for a citation: what its own words say, then the names around it, then its context."""
        if not c.members:
            return OWN, "named"
        if (found := self._by_itself(c)) is not None:
            return found
        named = any(k.kind in ("convention", "resolution") for m in c.members for k in m.containers) or any(
            m.unit == "resolution" for m in c.members
        )
        if c.start in self.lead and not named and self._after(c) is None:
            return self._from_lead(c)
        if (found := self._by_name(c, named)) is not None:
            return found
        for found in (
            self._column(c.start), self._list(c.start), self._subject(c.start), self._contents(c.start),
            self._its(c.start),
        ):
            if found is not None:
                return found
        if self._follows_another(c):
            return OURS, "named"
        self._framed(c.start)
        self._compared(c.start)
        self._judged(c)
        return OURS, "default"

    def _follows_another(self, c: Citation) -> bool:
        """Whether `c` is joined by a comma or "and" alone to a citation before it that a name before it gave to
        another instrument, or that is doubtful for following one ("Budapest: art. 16, art. 18, art. 19"): then it
        is doubtful too. Not after a citation a name after it qualifies: that name is that citation's alone."""
        joining = _JOINING.search(self.text, max(0, c.start - 8), c.start)
        before = self._cited_until(joining.start()) if joining else None
        if before is None or c.start in self.doubtful:
            return False
        if not _LIST_END.match(self.text, c.end):
            return False  # "... in article 35, article 41 goes further": a clause of its own
        whose = self.whose.get(before, (OURS, "default"))[0]
        if whose in (OURS, OWN) and before not in self.doubtful:
            return False
        first = self.pieces[before]
        if first.another_instrument or self._after(first) is not None:
            return False  # "article 29 of the Budapest Convention and article 44": the name binds the one it follows
        if whose in (OURS, OWN):
            self.doubtful[c.start] = self.doubtful[before]
        else:
            self.doubtful[c.start] = f"{whose} or this Convention? it follows {whose}'s {first.text!r}"
        return True

    def _by_itself(self, c: Citation) -> tuple[str, str] | None:
        """Whose a citation is by its own words: in another language, paired by 'respectively', naming another
        instrument, or a document's own note or numbered paragraph."""
        if _FOREIGN_BEFORE.search(self.text, max(0, c.start - 5), c.start) and (
            foreign := _FOREIGN_AFTER.match(self.text, c.end)
        ):
            words = " ".join(self.text[c.start : foreign.end() + 60].split()[:8])
            said = "uncc reads citations in English: write it as 'article 40, paragraph 21 (b), of ...'"
            self.doubtful[c.start] = f"in another language ({words!r}): {said}"
            return OURS, "named"
        if paired := self._respectively(c):
            # "Under UNTOC and the UNCC respectively, articles 16 and 37": each number is another instrument's.
            self.doubtful[c.start] = f"'respectively' pairs it with {paired}: cite each with its own instrument"
            return OURS, "named"
        if c.another_instrument:
            if self._joined(c, c.end):
                return OURS, "named"
            other = self.names.classify(c.another_instrument)
            if other != OURS and self._prefix(c) == (OURS, "named"):
                # "See UNCC, art. 24, and article 8 of the ECHR": named as this Convention's and as another's.
                self.doubtful[c.start] = f"this Convention or {other}? the citation follows one and names the other"
                return OURS, "named"
            return other, "named"
        if all(m.head is not None and m.head.level == "footnote" for m in c.members):
            return OWN, "named"
        if self._own_notes(c):
            return OWN, "named"
        if all(
            m.head is not None and m.head.level == "paragraph" and m.start[0].kind == "id" and not m.containers
            for m in c.members
        ):
            return OWN, "named"  # "see paragraph 3.6": a report's own numbered paragraph
        return None

    def _own_notes(self, c: Citation) -> bool:
        """ "note 3 below", "see note 1" in a document with notes of its own: its notes, not this Convention's
        interpretative notes (which a citation calls "interpretative note 3", or a note to an article)."""
        if not all(m.head is not None and m.head.level == "note" and not m.containers for m in c.members):
            return False
        if c.text.lower().startswith("interpretative"):
            return False
        return bool(self.notes) or _ABOVE_BELOW.match(self.text, c.end) is not None

    def _by_name(self, c: Citation, named: bool) -> tuple[str, str] | None:
        """Whose a citation is by the names around it: a year after "the Convention", a document that calls another
        instrument "the Convention", an instrument named just before or after it; or ours, where it says so."""
        if named and (dated := _OTHER_YEAR.match(self.text, c.end)):
            return f"the Convention of {dated.group(1)}", "named"  # "article 29 of the Convention of 2001"
        redefined = self.names.defined_as("convention")
        if redefined not in (None, OURS) and any(k.kind == "convention" for m in c.members for k in m.containers):
            # The document calls another instrument "the Convention": "of the Convention" may be either.
            self.doubtful[c.start] = f"the document calls {redefined} \"the Convention\": which does it cite?"
            return OURS, "named"
        before, after = self._before(c), self._after(c)
        named_as = {found[0] for found in (before, after) if found is not None}
        if len(named_as) == 2 and OURS in named_as and c.start not in self.doubtful:
            # "UNCC – Art. 7 of the bilateral treaty": a name before it and another after it.
            other = next(n for n in named_as if n != OURS)
            self.doubtful[c.start] = f"this Convention or {other}? the citation follows one and names the other"
            return OURS, "named"
        for found in (before, after):
            if found is not None:
                if named and found[0] != OURS:
                    # "UNTOC article 16 and 17 of this Convention": named as another's and as ours at once.
                    self.doubtful[c.start] = f"{found[0]} or this Convention? the citation names both"
                    return OURS, "named"
                return found
        return self._named_ours(c) if named else None

    def _named_ours(self, c: Citation) -> tuple[str, str]:
        """A citation that names this Convention or its resolution: ours, unless a bracket after it names another
        ("Article 8 of the Convention (ECHR)"); doubtful where the sentence speaks of a court's case."""
        bracket = _BRACKETED_NAME.match(self.text, c.end)
        beside = self.names.name_at(bracket.end()) if bracket and _THE_CONVENTION.search(c.text) else None
        if beside is not None and not beside.ours:
            return self._given(beside.instrument)
        if _THE_CONVENTION.search(c.text):
            start, end = self._sentence(c)
            if _CASE.search(self.text, start, end) or _COURT.search(self.text, start, end):
                said = "the European Convention on Human Rights, or this one? name it"
                self.doubtful[c.start] = f"'the Convention' where the sentence speaks of a court's case: {said}"
        return OURS, "named"

    def _from_lead(self, c: Citation) -> tuple[str, str]:
        """ "in article 23 and article 25": the list's first citation says whose the rest are; doubtful after an aside
        the comma closes ("The Budapest Convention, in Article 15, and article 24 require"), after which the
        citation may be this Convention's."""
        first = self.pieces[self.lead[c.start]]
        if first.start in self.doubtful:  # "Budapest art. 16, art. 18 and art. 19": as doubtful as "art. 18"
            self.doubtful.setdefault(c.start, self.doubtful[first.start])
            return OURS, "named"
        whose = self.whose.get(first.start, (OURS, "default"))
        if whose[0] not in (OURS, OWN) and c.members[0].head is not None and self._after(first) is None and (
            _COMMA_AND.match(self.text, self.pieces_before[c.start]) and "," in self._opening(first.start)
        ):
            self.doubtful[c.start] = f"{whose[0]} or this Convention? it follows {whose[0]}'s {first.text!r}"
            return OURS, "named"
        return whose

    def _joined(self, c: Citation, end: int, start: int | None = None) -> bool:
        """Whether the instrument's name that qualifies `c` and ends at `end` is joined to another's ("Article 29 of
        the Budapest or the UN Cybercrime Convention"), which makes `c` doubtful; not a name that starts the next
        citation ("... and UNTOC article 18", "... and the ECHR's article 8")."""
        text = self.text
        joined = _JOINED.match(text, end)
        other = self.names.name_at(joined.end()) if joined else None
        if other is None or _HEAD.match(text, other.end) or _OWNER.match(text, other.end):
            return False
        first = self.names.ending(end) if start is None else self.names.name_at(start)
        if first is not None and first.instrument == other.instrument:
            return False
        named = text[(first.start if first else end) : other.end]
        self.doubtful[c.start] = f"of {named!r}: which of the two does it cite?"
        return True

    def _sentence_start(self, pos: int) -> int:
        """Where the sentence that holds `pos` starts (at most 400 characters before it): as `_last_sentence` reads
        text[pos - 400:pos], from the document's sentence ends found once."""
        text, start = self.text, max(0, pos - 400)
        if self.sentence_ends is None:
            found = [(end, start) for start, end, word in _stops(text, 0, len(text)) if _ends_sentence(word)]
            self.sentence_ends, self.sentence_starts = [e for e, _ in found], [s for _, s in found]
        # The last end before `pos` whose stop and the capital after it stand in the window.
        i = bisect.bisect_left(self.sentence_ends, pos)
        while i and not text[self.sentence_ends[i - 1] : pos].lstrip("\"“‘(*_["):
            i -= 1
        end = self.sentence_ends[i - 1] if i and self.sentence_starts[i - 1] >= start else start
        return max(end, text.rfind("\n\n", start, pos) + 1 or start)

    def _opening(self, pos: int) -> str:
        """The words of its sentence before `pos`."""
        return self.text[self._sentence_start(pos) : pos]

    def _sentence(self, c: Citation) -> tuple[int, int]:
        """Where the sentence that holds citation `c` starts and ends (at most 400 characters either side)."""
        text = self.text
        start = self._sentence_start(c.start)
        end = _SENTENCE_END.search(text, c.end, c.end + 400)
        return start, end.start() + 1 if end else min(len(text), c.end + 400)

    def _respectively(self, c: Citation) -> str | None:
        """The instruments a sentence pairs a list of citations with by "respectively", where it names two or more;
        else None."""
        if len(c.members) < 2 and c.start not in self.lead and c.start not in self.firsts:
            return None
        if self.respectively is None:  # where the word stands, found once: most documents have it seldom
            self.respectively = [m.start() for m in _RESPECTIVELY.finditer(self.text)]
        i = bisect.bisect_left(self.respectively, c.start - 400)
        if i == len(self.respectively) or self.respectively[i] > c.end + 400:
            return None
        start, end = self._sentence(c)
        if not _RESPECTIVELY.search(self.text, start, end):
            return None
        names = list(dict.fromkeys(n.instrument for n in self.names.names_in(start, end)))
        if len(names) < 2:
            return None
        return " and ".join("this Convention" if n == OURS else n for n in names)

    def _its(self, pos: int) -> tuple[str, str] | None:
        """ "Article 26, which corresponds to its Article 17": the one instrument its sentence names before it;
        doubtful where the sentence names none uncc knows, or several."""
        text = self.text
        if not _ITS.search(text, max(0, pos - 8), pos):
            return None
        named = self.names.names_in(self._sentence_start(pos), pos)
        names = {n.instrument for n in named if self.names.known(n.instrument)}
        if len(names) == 1:
            return self._given(names.pop())
        self.doubtful[pos] = f"'its': whose? the sentence names {'several instruments' if names else 'none uncc knows'}"
        return OURS, "named"

    def _framed(self, pos: int) -> None:
        """Doubt a citation that names no instrument in a sentence that opens with another's as its frame ("Under
        the Budapest Convention, parties must, in article 16, ..."): that instrument's, or this Convention's?"""
        text, start = self.text, self._sentence_start(pos)
        clause = max(start, text.rfind(";", start, pos) + 1)  # "UNCAC was adopted in 2003; under that Convention, ..."
        frame = _FRAME.match(text, clause) or _FRAME.match(text, start)
        if frame is None or frame.end() >= pos:
            return
        name = self.names.name_at(frame.end())
        if name is None and (back := _FRAME_BACK.match(text, frame.end())):
            # "UNTOC was adopted in 2000. Under that treaty, article 18 ...": the instrument named last.
            last = self.names.before(back.start())
            name = last and Name(last.instrument, back.start(), back.end())
        if name is None or name.ours or not self.names.known(name.instrument) or _OWNER.match(text, name.end):
            return
        if re.search(r"[;:]", text[name.end : pos]):
            return  # "Under UNTOC art. 16; see article 42": the frame is a clause's, not the sentence's
        if any(n.ours for n in self.names.names_in(name.end, pos)):
            return  # "Under UNTOC, article 16 and, in the Convention, article 37"
        framed = " ".join(self.text[frame.start() : name.end].split())
        self.doubtful[pos] = f"the sentence opens {framed!r}: that instrument's, or this Convention's? name it"

    def _judged(self, c: Citation) -> None:
        """Doubt a citation that names nothing in a sentence about a court's case ("In Yildirim v. Turkey the European
        Court of Human Rights held that the blocking violated Article 10"): the court's convention's article."""
        if self.cases is None:  # whether the document speaks of courts' cases at all, found once
            text = self.text  # each first by words it must have, found at a glance
            self.cases = any(word in text for word in ("Court", "ECtHR", "Strasbourg", "Chamber")) and all(
                p.search(text) is not None for p in (_COURT, _VERSUS, _CASE)
            )
        if c.start in self.doubtful or not self.cases:
            return
        start, end = self._sentence(c)
        if _COURT.search(self.text, start, end) and _CASE.search(self.text, start, end):
            said = "the article of the convention that court applies, or this Convention's? name it"
            self.doubtful[c.start] = f"in a sentence about a court's case: {said}"

    def _compared(self, pos: int) -> None:
        """Doubt a citation that names no instrument where this Convention's article is compared with it: "Article 26
        corresponds to Article 17", "Article 42 corresponds to Article 29 of the Budapest Convention, and article 43 to
        Article 30": the article it is compared with is, most often, another instrument's."""
        if pos in self.doubtful:
            return
        text = self.text
        verb = _COMPARED_BEFORE.search(text, max(0, pos - 40), pos)
        if verb is None and _TO.search(text, max(0, pos - 8), pos):
            verb = _COMPARED.search(text, self._sentence_start(pos), pos)  # "..., and article 43 to Article 30"
        if verb is None:
            return
        if self.starts is None:
            self.starts = sorted(self.pieces)
        i = bisect.bisect_left(self.starts, verb.start())  # the citation the verb's subject is
        subject = self.starts[i - 1] if i else -1
        if subject >= self._sentence_start(pos) and self.whose.get(subject, (None,))[0] == OURS:
            said = "the article it is compared with: this Convention's, or another instrument's? name it"
            self.doubtful[pos] = f"{' '.join(verb.group().split())!r} {said}"

    def _before(self, c: Citation) -> tuple[str, str] | None:
        """The instrument a short form before the citation points to, or the name before it says."""
        found = self._short_form(c)
        return found if found is not None else self._prefix(c)

    def _short_form(self, c: Citation) -> tuple[str, str] | None:
        """ "Ibid.", "supra note 3", "op. cit.", "draft", "whose": each looked for in the few characters it can take
        before the citation."""
        text, start = self.text, c.start
        # Each form ends with one of a few characters: the last before the citation says which to look for.
        last = text[_rstrip(text, start) - 1 : _rstrip(text, start)]
        if last in _IBID_LAST and (m := _IBID.search(text, max(0, start - 40), start)):
            return self._ibid(c, m)
        if last in _SUPRA_LAST and (m := _SUPRA.search(text, max(0, start - 60), start)):
            named = self.names.ending(_rstrip(text, m.start(), " \t,"))
            if named is not None:
                return self._given(named.instrument)  # "UNTOC, supra note 4, art. 18": the name says it
            note = m.group(1) or m.group(2)
            if note not in self.notes:
                self.doubtful[start] = f"supra note {note}: the document has no note {note}"
                return OURS, "named"
            return self._note(note, start)
        if last in _IBID_LAST and (m := _OP_CIT.search(text, max(0, start - 40), start)):
            named = self.names.ending(_rstrip(text, m.start(), " \t,"))
            if named is not None:
                return self._given(named.instrument)  # "UNTOC, op. cit., art. 16": the work cited is named
            self.doubtful[start] = f"{m.group().strip(' ,')!r}: the work cited is not named before it"
            return OURS, "named"
        if last in _DRAFT_LAST and _DRAFT.search(text, max(0, start - 20), start):
            return DRAFT, "named"
        if last in "sSnN" and (m := _POINTING.search(text, max(0, start - 24), start)):
            named = self.names.before(m.start())
            if "latter" in m.group().lower() and named is not None:
                return self._given(named.instrument)  # "UNTOC and Budapest differ: the latter's article 29"
            self.doubtful[start] = f"{m.group().strip()!r} names no instrument uncc can be sure of"
            return OURS, "named"
        # "the Second Additional Protocol, whose article 14"
        if last in _WHOSE_LAST and (m := _WHOSE.search(text, max(0, start - 24), start)):
            name = self.names.ending(m.start())
            if name is not None:
                return self._given(name.instrument)
        return None

    def _ibid(self, c: Citation, m: re.Match) -> tuple[str, str]:
        """What "ibid." (matched by `m`) before citation `c` points back to; doubtful where that is not sure."""
        text, start = self.text, c.start
        found = self._earlier(m.start())
        short = m.group().strip(" \t\n,")
        if found[2] < 0:
            self.doubtful[start] = f"{short!r} points back to no citation before it: name the instrument"
            return OURS, "named"
        if re.search(r"\.\s+$", m.group()) and text[start : start + 1].isupper() and re.match(
            r"[^\S\n]+[a-z]", text[c.end : c.end + 3]
        ):
            # "Ibid. Article 24 goes further.": a sentence of its own after the note's "Ibid.".
            self.doubtful[start] = f"{short!r} ends its sentence: does the next point back to it too?"
            return OURS, "named"
        if _CASE.search(text, found[2], m.start()):
            self.doubtful[start] = f"{short!r} follows a case: which authority does it point back to?"
            return OURS, "named"
        if found[2] in self.in_resolution:
            self.within[c.start] = "resolution"  # "Id. ¶ 4" after "A/RES/79/243, para. 2"
        elif found[0] == OURS and (head := c.members[0].head) is not None and head.level != "article":
            # "Article 40(8) of the Convention. Ibid., para. 9": a paragraph of the article cited before.
            # The last citation of this Convention before "Ibid.", if what "Ibid." points to is it or a name beside
            # it ("Article 40(8) of the Convention"), not a mention of the Convention long after it.
            i = bisect.bisect_left(self.resolved_at, m.start())
            cited = self.resolved[self.resolved_at[i - 1]] if i else []
            if cited and cited[0].split(".")[0].isdigit() and self.resolved_at[i - 1] >= found[2] - 200:
                self.within[c.start] = cited[0].split(".")[0]
        return found[0], found[1]

    def _prefix(self, c: Citation) -> tuple[str, str] | None:
        """The instrument a name just before the citation gives it: "Budapest art. 35", "the ICCPR (art. 17)",
        "Budapest: art. 16", "Council of Europe, Convention on Cybercrime, ETS No. 185, art. 16"."""
        text, start = self.text, c.start
        # "Budapest: art. 16", "its Budapest counterpart, article 2"; not "which has no Budapest equivalent: article 6,
        # paragraph 2 forbids ...", which says what this Convention's article does.
        before = _rstrip(text, start)
        labelled = None
        if text[before - 1 : before] in _LABEL_LAST:
            labelled = _LABELLED.search(text, max(0, start - 40), start)
        name = self.names.ending(labelled.start()) if labelled else None
        if name is not None and not _NEGATION.search(text, max(0, name.start - 12), name.start):
            return self._given(name.instrument)
        pos = start
        if text[before - 1 : before] in "sS" and (
            m := _POSSESSIVE.search(text, max(0, start - 24), start)
        ):
            pos = m.start()
        end = _rstrip(text, pos)
        if text[end - 1 : end] == "(":  # "the ICCPR (art. 17)": the name the bracket follows
            end = _rstrip(text, end - 1)
            cited = self._cited_until(end)  # "UNCAC Chapter V (arts. 51–59)": the citation the bracket follows
            if cited is not None and self.whose.get(cited, (OURS,))[0] not in (OURS, OWN):
                return self.whose[cited]
        elif text[end - 1 : end] in ")]" and (dated := _DATED.search(text, max(0, end - 30), end)):
            end = _rstrip(text, dated.start())  # "The Budapest Convention (2001) art. 15"
        comma = text[end - 1 : end] == ","
        if comma:
            end = _rstrip(text, end - 1)
        if text[end - 1 : end] in _MD_LAST and (markup := _MD_CLOSE.search(text, max(0, end - 220), end)):
            end = markup.start()  # "**Budapest Convention**, art. 29"
        name = self.names.ending(end) if not comma else self._referenced(end)
        if name is None and comma and (acronym := self._acronym_before(end)):
            # "bilateral MLAT (1998), Article 3": an instrument uncc does not know, likely.
            self.doubtful[start] = f"follows {acronym!r}: an instrument uncc does not know? name it"
            return OURS, "named"
        if name is None or (name.end != end and not comma) or (comma and not self._opens(name.start)):
            return None
        opening = _rstrip(text, name.start)
        if comma and text[opening - 1 : opening] == "(" and ")" in text[name.end : end + 1] and (
            self._cited_until(_rstrip(text, opening - 1)) is not None
        ):
            return None  # "Article 18 (UNTOC), Article 46": the bracket qualifies the citation before it
        if "\n\n" in text[name.end : start]:
            return None  # a heading or a table cell above is no prefix
        if name.ours and _RESOLUTION.search(text, name.start, name.end):
            self.within[c.start] = "resolution"  # "A/RES/79/243, para. 2": a paragraph of the resolution
        return self._given(name.instrument)

    def _referenced(self, end: int) -> Name | None:
        """The instrument a reference names before `end`, across what a full reference puts between its name and
        the article: "United Nations Convention against Corruption, Oct. 31, 2003, 2349 U.N.T.S. 41, art. 43(2)",
        "... C.E.T.S. No. 201 (Lanzarote Convention), art. 23". Words of a title ("Second Additional Protocol
        ... on enhanced co-operation and disclosure of electronic evidence, May 12, 2022, C.E.T.S. No. 224") are
        passed over only once a date or a treaty series has been."""
        text, dated = self.text, False
        for _ in range(40):
            name = self.names.ending(end)
            if name is not None:
                return name
            m = self._passed_bracket(end) or _FURNITURE.search(text, max(0, end - 40), end)
            if m is None and dated:
                m = _TITLE_WORD.search(text, max(0, end - 40), end)
            if m is None:
                return None
            dated = dated or m.group() not in "()[]"
            end = _rstrip(text, m.start(), " \t,")
        return None

    def _acronym_before(self, end: int) -> str | None:
        """An abbreviation in capitals uncc does not know that ends at `end`, a bracket after it aside, or None."""
        if bracket := self._unnamed_bracket(end):
            end = _rstrip(self.text, bracket.start())
        elif year := _OF_YEAR.search(self.text, max(0, end - 12), end):  # "bilateral MLAT of 2003, article 1"
            end = _rstrip(self.text, year.start())
        word = re.search(r"(?<![\w-])[\w-]{2,10}$", self.text[max(0, end - 11) : end])
        if word is None:
            return None
        m = _ACRONYM.match(self.text, end - len(word.group()))
        return m.group() if m is not None and m.end() == end else None

    def _unnamed_bracket(self, end: int) -> re.Match | None:
        """A bracket that ends at `end` and names no instrument ("(France–Brazil, 1996)"), or None."""
        m = _BRACKET_GROUP.search(self.text, max(0, end - 82), end)
        return m if m is not None and not self.names.names_in(m.start(), m.end()) else None

    def _passed_bracket(self, end: int) -> re.Match | None:
        """A bracket a full reference passes over between a name and its article, ending at `end`: one that names
        no instrument, or one in which the reference defines the short name of the one it names
        (`(the "Palermo Convention")`); or None."""
        return self._unnamed_bracket(end) or _DEFINING_BRACKET.search(self.text, max(0, end - 90), end)

    def _opens(self, pos: int) -> bool:
        """Whether only names, numbers of series, publishers and "see" stand between `pos` and the start of its
        clause: "[^3]: Council of Europe, Convention on Cybercrime, ETS No. 185, art. 16" but not "Unlike
        Budapest, art. 5"."""
        text = self.text
        while True:
            end = _rstrip(text, pos, " \t,")
            if not end or text[end - 1] in "\n(;:.—⁰¹²³⁴⁵⁶⁷⁸⁹":  # "⁴ UNTOC, art. 16(2)": a note's mark
                return True
            before = text[max(0, end - 40) : end]
            name = self.names.ending(end)
            if name is not None:
                pos = name.start
            elif bracket := self._passed_bracket(end):
                pos = bracket.start()
            elif (m := _OPENER.search(before)) or (m := _FURNITURE.search(before)) or (m := _MD_MARK.search(before)):
                pos = end - len(before) + m.start()  # "Convention on Cybercrime, 23 November 2001, ETS No. 185"
            else:
                return False

    def _after(self, c: Citation) -> tuple[str, str] | None:
        text, end = self.text, c.end
        if back := _BACK.match(text, end):
            # "article 16 of that Convention", "of the same Convention", "thereof": the instrument named last.
            last = self.names.before(c.start)
            if _SEVERAL.search(back.group()) or last is None:
                self.doubtful[c.start] = f"{back.group().strip(' ,')!r} names no instrument uncc can be sure of"
                return OURS, "named"
            return self._given(last.instrument)
        # "Article 6, first paragraph, of ...", "Article 5 No. 1 of ...": words of a place in it, before the "of".
        between = _BETWEEN.match(text, end)
        assert between is not None  # it matches the empty string
        if between.end() > end and _OF.match(text, between.end()):
            end = between.end()
        if (m := _IN.match(text, end)) and (name := self.names.name_at(m.end())) and self.names.known(name.instrument):
            return self._given(name.instrument)  # "Article 29 in the Budapest Convention"
        if m := _OF.match(text, end):
            return self._of(c, m.end())
        if m := _FOREIGN_OF.match(text, end):
            if _OURS_FOREIGN.match(text, m.end()):
                return OURS, "named"  # "l'article 42 de la présente Convention"
            words = " ".join(text[m.start() : m.end() + 40].split()[:6])
            self.doubtful[c.start] = f"followed by {words!r}: of which instrument? name it in English"
            return OURS, "named"
        m = re.match(r"\s*,?\s*\(?\s*", text[end : end + 8])
        assert m is not None  # it matches the empty string
        if "\n\n" in m.group() or ("\n" in m.group() and "|" in self._row(self._line(end))):
            return None  # a name in the next paragraph or table row qualifies nothing here
        pos = end + m.end()
        name = self.names.name_at(pos)
        if name is None and "," not in m.group() and (acronym := _ACRONYM.match(text, pos)):
            # "Article 12 GG", "Art. 8 Abs. 2 EMRK", "Art. 5 (LGPD)": an instrument uncc does not know, likely.
            self.doubtful[c.start] = f"followed by {acronym.group()!r}: an instrument uncc does not know? name it"
            return OURS, "named"
        if name is None or _HEAD.match(text, name.end) or not self.names.known(name.instrument):
            return None  # a name after it that starts the next citation, or no instrument known by that name
        if "," in m.group() and not _QUALIFIER_END.match(text, name.end):
            return None  # "in article 18, the Convention sets out ...": the name starts the next clause
        if "(" in m.group() and not re.match(r"\s*\)", text[name.end : name.end + 4]):
            return None  # "Article 25 (Budapest: Art. 16)": the bracket cites the other, it does not qualify this
        return self._given(name.instrument)

    def _of(self, c: Citation, at: int) -> tuple[str, str] | None:
        """Whose a citation is that "of" follows, the name starting at `at`: the instrument named there, or one
        uncc does not know ("of the Penal Code"); none where the words after "of" name no instrument."""
        if _NOT_AN_INSTRUMENT.match(self.text, at):
            return None
        opened = _MD_OPEN.match(self.text, at)  # "of the [Budapest Convention](https://...)"
        assert opened is not None  # it matches the empty string
        name = self.names.name_at(opened.end()) or self.names.name_at(at)
        if name is not None:
            if self._joined(c, name.end, name.start):
                return OURS, "named"
            return self._given(name.instrument)
        if other := re.match(r"the\s+([\w-]+(?:\s+[A-Z][\w-]*)*)", self.text[at : at + 80]):
            return f"the {other.group(1)}", "named"
        return None

    @staticmethod
    def _given(instrument: str) -> tuple[str, str]:
        return instrument, "named"

    def _earlier(self, pos: int) -> tuple[str, str, int]:
        """The instrument "ibid." at `pos` points back to (that of the last citation or note's authority), how it
        was found, and where that citation or name stands (-1 for none)."""
        candidates = [xs[i - 1] for xs in (self.given, self.authorities) if (i := bisect.bisect_left(xs, (pos,)))]
        if not candidates:
            return OURS, "default", -1
        last = max(candidates)
        return last[1], last[2], last[0]

    def _note(self, label: str, pos: int) -> tuple[str, str]:
        """The instrument "supra note N" (at `pos`) points to: the one note N cites or names; doubtful where it
        cites or names several."""
        span = self.notes.get(label)
        if span is None:
            return OURS, "default"
        placed = []  # (where, instrument, how) of each citation and name in the note
        for xs in (self.given, self.authorities):
            for i in range(bisect.bisect_left(xs, (span[0],)), len(xs)):
                if xs[i][0] >= span[1]:
                    break
                placed.append(xs[i])
        found = [(instrument, by) for _at, instrument, by in sorted(placed)]
        if len({instrument for instrument, _by in found}) > 1:
            cited = " and ".join(dict.fromkeys(instrument for instrument, _by in found))
            self.doubtful[pos] = f"supra note {label}: the note cites {cited}"
            return OURS, "named"
        return found[0] if found else (OURS, "default")

    def _line(self, pos: int) -> int:
        """The index of the line `pos` stands in."""
        return bisect.bisect_right(self.lines, pos) - 1

    def _end(self, i: int) -> int:
        """Where line `i` ends, before its newline."""
        return self.lines[i + 1] - 1 if i + 1 < len(self.lines) else len(self.text)

    def _row(self, i: int) -> str:
        """Line `i`'s text, without its newline."""
        return self.text[self.lines[i] : self._end(i)]

    def _column(self, pos: int) -> tuple[str, str] | None:
        """The instrument the heading of the table column at `pos` names (a Markdown table's, or as `columns` says)."""
        if self.columns is not None and (heading := self.columns(pos)) is not None:
            return self._heading(*heading)
        i = self._line(pos)
        if not _TABLE_ROW.match(self.text, self.lines[i]):
            return None
        top = self._table_top(i)
        if top is None:
            return None
        # Its cell: as many "|" before `pos` on its row as before its heading on the header row, the outer pipes
        # counted where each row has them.
        column = bisect.bisect_left(self._bars(i), pos) - self._outer(i) + 1
        bars = [self.lines[top] - 1, *self._bars(top)] if not self._outer(top) else self._bars(top)
        if not column or column > len(bars):
            return None
        start = bars[column - 1] + 1
        end = bars[column] if column < len(bars) else self._end(top)
        found = self._heading(start, end)
        if found is None and column > 1:
            # "| Budapest | Article 16 | Article 18 |": the row's first cell names the instrument, and cites nothing.
            row = [self.lines[i] - 1, *self._bars(i)] if not self._outer(i) else self._bars(i)
            if not _HEAD.search(self.text, row[0] + 1, row[1]):
                found = self._heading(row[0] + 1, row[1])
        return found

    def _outer(self, i: int) -> int:
        """1 where line `i` starts with a pipe, 0 where its first cell has none ("a | b")."""
        return 1 if _LEADING_PIPE.match(self.text, self.lines[i]) else 0

    def _bars(self, i: int) -> list[int]:
        """Where each "|" of line `i` stands, read once for each line."""
        if i not in self.bars:
            start = self.lines[i]
            self.bars[i] = [start + m.start() for m in re.finditer(r"\|", self._row(i))]
        return self.bars[i]

    def _table_top(self, i: int) -> int | None:
        """The index of the header row of the Markdown table line `i` is a row of, if the row is below its header
        and separator rows; each table's rows are walked back over once."""
        at, walked = i, []
        while at not in self.tops:
            walked.append(at)
            if not at or not _TABLE_ROW.match(self.text, self.lines[at - 1]):
                self.tops[at] = at
                break
            at -= 1
        top = self.tops[at]
        self.tops.update((w, top) for w in walked)
        if top not in self.headed:
            self.headed[top] = top + 1 < len(self.lines) and bool(_SEPARATOR_ROW.fullmatch(self._row(top + 1)))
        if i <= top + 1 or not self.headed[top]:
            return None  # no header row and separator above this row
        return top

    def _list(self, pos: int) -> tuple[str, str] | None:
        """The instrument the lead-in or section heading of the list item at `pos` names; doubtful after an arrow
        ("- Art. 16 → Art. 37": what the list's instrument's article became, perhaps in this Convention)."""
        i = self._line(pos)
        if not _LIST_ITEM.match(self.text, self.lines[i]):
            return None
        found = self._lead(i)
        if found is not None and found[0] != OURS and (arrow := _ARROW.search(self.text, self.lines[i], pos)):
            self.doubtful[pos] = f"after {arrow.group()!r} in a list of {found[0]}'s: whose is it? name it"
            return OURS, "named"
        return found

    def _lead(self, i: int) -> tuple[str, str] | None:
        """What the lead-in or section heading of the list whose item is line `i` names."""
        # Back over the list's items, blank lines and indented lines to its lead-in; each list is walked once.
        at, walked = i, []
        while at not in self.leads:
            walked.append(at)
            row = self._row(at - 1) if at else ""
            if at and not (row.strip() and not _LIST_ITEM.match(row) and not row.startswith((" ", "\t"))):
                at -= 1
                continue
            self.leads[at] = self._lead_in(at - 1 if at else None)
            break
        self.leads.update((w, self.leads[at]) for w in walked)
        return self.leads[at]

    def _lead_in(self, i: int | None) -> tuple[str, str] | None:
        """The instrument a list's lead-in (line `i`, None at the document's start) names, or failing that, the
        heading of the section it is in."""
        if i is not None:
            row = self._row(i)
            heading = row.startswith("#")
            if _LEAD_END.search(row) or heading:
                # The lead-in is the sentence that ends with the colon, not the paragraph it ends; a sentence may
                # begin on a line above ("... contains the following\nsafeguards:").
                first = i
                while not heading and first and i - first < 5 and self._goes_on(first - 1):
                    first -= 1
                paragraph = self.text[self.lines[first] : self._end(i)]
                found = self._heading(self.lines[first] + _last_sentence(paragraph), self._end(i))
                if found is not None or heading:
                    return found
        if self.headings is None:
            self.headings = [m.start() for m in _HEADING.finditer(self.text)]
        k = bisect.bisect_left(self.headings, self.lines[i] if i is not None else 0)
        if not k:
            return None
        above = self.headings[k - 1]
        return self._heading(above, self._end(self._line(above)))

    def _goes_on(self, i: int) -> bool:
        """Whether line `i` is a line of running text (not blank, a list item or a heading)."""
        row = self._row(i)
        return bool(row.strip()) and not _LIST_ITEM.match(row) and not row.startswith("#")

    def _subject(self, pos: int) -> tuple[str, str] | None:
        """The instrument a clause is about, where the citation says where in it something is: "The Budapest
        Convention deals with the 24/7 network in article 35", "... leaves them to its article 27"."""
        text = self.text
        if not _LOCATING.search(text, max(0, pos - 20), pos):
            return None
        start = max((m.end() for m in _CLAUSE.finditer(text, max(0, pos - 400), pos)), default=max(0, pos - 400))
        head = _CLAUSE_OPENING.match(text, start)
        at = head.end() if head else start
        if sub := _SUBORDINATE.match(text, at):
            # "As the ECHR puts it in article 8, ...": about it up to the comma that ends the clause, no further.
            at = sub.end()
            if "," in text[at:pos] and not _ITS.search(text, max(0, pos - 8), pos):
                return None  # but "Whereas the Budapest Convention, in its Article 24, ...": its article
        name = self.names.name_at(at)
        if name is None and (back := _FRAME_BACK.match(text, at)):
            last = self.names.before(back.start())
            if last is not None and not last.ours:
                # "... and the same Treaty lists the grounds for refusal in article 3": the instrument named last?
                said = f"{last.instrument}, or this Convention? name it"
                self.doubtful[pos] = f"{' '.join(back.group().split())!r}: {said}"
                return OURS, "named"
        if name is None or name.ours or _OWNER.match(text, name.end):
            return None  # "The Budapest Convention's approach ... is reproduced in article 25": not about Budapest
        # Only a treaty uncc or the document knows: "The Constitution does not require the exception in article
        # 17, paragraph 2 (e)" is about this Convention's article; nor a clause that negates. Any instrument, where
        # the citation is an aside right after its name: "The Constitution of Kenya, in Article 31, protects ...".
        if not self.names.known(name.instrument) and not _ASIDE.match(text, name.end, pos):
            return None
        if any(n.ours for n in self.names.names_in(name.end, pos)) or _NEGATION.search(text, name.end, pos):
            return None
        if _FOUND_IN.search(text, name.end, pos) or self._cited_between(name.end, pos):
            return None  # "The ICCPR is mentioned in article 24"; "GDPR Article 6 may allow it under Article 27"
        return name.instrument, "named"

    def _contents(self, pos: int) -> tuple[str, str] | None:
        """The instrument whose parts a clause lists: "The Budapest Convention's procedural chapter comprises the
        following provisions: articles 16 to 21", "UNTOC contains article 18"."""
        text = self.text
        verb = _CONTAINS.search(text, max(0, pos - 60), pos)
        if verb is None:
            return None
        # The clause the verb stands in (the colon of "the following provisions:" comes after it).
        start = max(
            (m.end() for m in _CLAUSE.finditer(text, max(0, pos - 200), verb.start())), default=max(0, pos - 200)
        )
        head = _CLAUSE_OPENING.match(text, start)
        name = self.names.name_at(head.end() if head else start)
        if name is None or name.ours or not _CONTAINED.match(text, name.end, pos):
            return None
        return name.instrument, "named"

    def _cited_until(self, end: int) -> int | None:
        """Where the citation that ends at `end` starts, if one does."""
        if self.ends is None:
            self.ends = {p.end: p.start for p in self.pieces.values()}
        return self.ends.get(end)

    def _cited_between(self, start: int, end: int) -> bool:
        """Whether a citation starts in text[start:end]."""
        if self.starts is None:
            self.starts = sorted(self.pieces)
        i = bisect.bisect_left(self.starts, start)
        return i < len(self.starts) and self.starts[i] < end

    def _heading(self, start: int, end: int) -> tuple[str, str] | None:
        """The instrument a heading names: another's when it names others only; this Convention's when it names
        it; None when it names none."""
        names = [
            n for n in self.names.names_in(start, end)
            if not _OWN_NAME.match(self.text, n.start) and not _IMPLEMENTING.match(self.text, n.end)
            and not _CONTRASTED.search(self.text, max(start, n.start - 40), n.start)
        ]  # fmt: skip
        # "The Budapest Convention's Second Additional Protocol" names the Protocol.
        starts = {n.start for n in names}
        owners = {n.start for n in names if (m := _OWNER.match(self.text, n.end)) and m.end() in starts}
        names = [n for n in names if n.start not in owners]
        if not names:
            return None
        if any(n.ours for n in names):
            return OURS, "named"
        return names[0].instrument, "named"


def _as_ours(citation: Citation, names: Instruments) -> Citation:
    """The citation with each "of <name>" that names this Convention by a name the grammar does not know ("of the
    UN Cybercrime Convention") read as "of this Convention"."""
    if citation.another_instrument is None:
        return citation
    members = []
    for m in citation.members:
        kept = tuple(
            Container("convention") if k.kind == "another" and names.classify(k.text) == OURS else k
            for k in m.containers
        )
        members.append(m._replace(containers=kept))
    return citation._replace(members=tuple(members))


def _each(citation: Citation) -> list[Citation]:
    """A list of citations that each stand alone, as one citation for each: "interpretative note 4, and
    interpretative note 5", "operative paragraph 5 of resolution 79/243, and paragraph 6 of resolution 79/243".
    A member after a separator stands alone where its head word names an article, a chapter or a note, or where
    "and" or "or" joins it and it says what unit it is of; "article 40, paragraph 21, and paragraph 22, of this
    Convention" is one citation, and so is a list another instrument's qualifier ends ("article 5 and article 6
    of UNTOC")."""
    if len(citation.members) < 2 or citation.another_instrument:
        return [citation]
    for m, a, b in _halves(citation, _could_stand_alone):
        if b.members[0].head is None:
            continue
        head, joined = b.members[0], _joined(m)
        of_unit = any(k.kind in ("unit", "resolution") for k in head.containers)
        # "Paragraph 3 and article 7": an article stands alone; but in "paragraph 1 and paragraph 2 of article 40"
        # the left half needs what the right says.
        standalone = head.head.level in _STANDALONE
        if (standalone and not of_unit) or (_alone(a) and (standalone or (joined and of_unit))):
            return [a, *_each(b)]
    return [citation]


def _alone(citation: Citation) -> bool:
    """Whether a list's left half says, without what follows it, what it is: its head names an article, a chapter
    or a note, or its last member says what it is of."""
    first = citation.members[0]
    return (first.head is not None and first.head.level in _STANDALONE) or bool(citation.members[-1].containers)


def _joined(separator: re.Match) -> bool:
    """Whether a separator joins with "and" or "or", not a comma alone."""
    return separator.group().strip(", ") != ""


def _could_stand_alone(text: str, separator: re.Match) -> bool:
    """Whether what follows a separator is worth reading as a citation of its own: a head word of its level, or
    "and" and an "of" after it (cheap, before the reader runs)."""
    right = text[separator.end() :]
    if not _HEADED.match(right):
        return False
    return bool(_STANDALONE_HEAD.match(right) or (_joined(separator) and " of " in right))


def _may_end_group(text: str, separator: re.Match) -> bool:
    """Whether the member before a separator may say what it is of ("44 of UNTOC", "5 ECHR"): an "of" or a capital
    that starts no head word since the separator before it (cheap, before the reader runs)."""
    start = max((m.end() for m in _SEPARATORS.finditer(text, 0, separator.start())), default=0)
    return bool(_GROUP_END.search(text, start, separator.start()))


_GROUP_END = re.compile(r"\bof\b|(?!Art|Para|Sub)[A-Z]")


def _halves(citation: Citation, worth=None):
    """Each way `citation` splits at a list separator into two citations that each read whole, left to right:
    (the separator, the left one, the right one); `worth(text, separator)` says where to try."""
    for m in _SEPARATORS.finditer(citation.text):
        if worth is not None and not worth(citation.text, m):
            continue
        left, right = citation.text[: m.start()], citation.text[m.end() :]
        try:
            a, b = read(left), read(right)
        except UnccError:
            continue
        if a.text == left and b.text == right:
            start = citation.start
            first = Citation(left, start, start + len(left), a.members)
            yield m, first, Citation(right, start + m.end(), citation.end, b.members)


# A head word that starts a citation of its own after a separator, and the levels that always do.
_HEADED = re.compile(r"(?i:art\b|art\.|arts?\.|articles?\b|chapters?\b|ch\.|(?:interpretative\s+)?notes?\b|operative\b|"
                     r"paragraphs?\b|para\.|paras\.|§|¶|recitals?\b)")
_STANDALONE_HEAD = re.compile(r"(?i:art\b|art\.|arts?\.|articles?\b|chapters?\b|ch\.|(?:interpretative\s+)?notes?\b|"
                              r"operative\b|recitals?\b)")
_STANDALONE = ("article", "chapter", "note", "resolution-paragraph", "recital")


def _whose(citation: Citation) -> list[str | None]:
    """For each group of a list (the members up to one that says what they are "of"), the other instrument it is
    of ("of UNTOC"), or None."""
    out: list[str | None] = []
    group = None
    for member in citation.members:
        group = group or next((k.text for k in member.containers if k.kind == "another"), None)
        if member.containers:
            out.append(group)
            group = None
    if citation.members and not citation.members[-1].containers:
        out.append(group)
    return out


def _pure(citation: Citation) -> bool:
    """Whether every group of the list is of one instrument's kind: all another's, or none."""
    return len(set(_whose(citation))) == 1


def _last_sentence(text: str) -> int:
    """Where the last sentence of `text` starts (a paragraph's end ends a sentence too)."""
    ends = [end for _start, end, word in _stops(text, 0, len(text)) if _ends_sentence(word)]
    return max(ends[-1] if ends else 0, text.rfind("\n\n") + 1)


def _stops(text: str, start: int, end: int):
    """(where the word before it starts, where it ends, the word) of each stop `_SENTENCE_END` finds in
    text[start:end], found by the stop first (a search that begins at every word is three times as slow)."""
    for m in _STOP.finditer(text, start, end):
        # The word before it, at most 40 characters: what r"\w*$" finds, without trying each place before it.
        first = stop = m.start()
        while first > start and stop - first < 40 and (text[first - 1].isalnum() or text[first - 1] == "_"):
            first -= 1
        yield first, m.end(), text[first:stop]


def _ends_sentence(word: str) -> bool:
    """Whether a stop after `word` ends a sentence: not after one letter ("U.N.") or an abbreviation."""
    return len(word) > 1 and word.lower() not in _ABBREVIATIONS


def _rstrip(text: str, pos: int, chars: str | None = None) -> int:
    """Where text[:pos] ends without the spaces (or `chars`) at its end; without copying the text before it."""
    start = max(0, pos - 200)
    return start + len(text[start:pos].rstrip(chars))
