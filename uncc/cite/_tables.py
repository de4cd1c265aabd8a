# Generated from grammar/refs.lark by `python -m uncc.cite.generate`: do not edit.
# fmt: off
"""What lark builds from grammar/refs.lark, for uncc/cite/lalr.py to run (see uncc/cite/generate.py)."""

# The basic lexer's pattern, a piece a terminal: every terminal in lark's order, the first that matches wins.
LEXER = (
    '(?P<UNIT_ID>(?i:(?:\\d+|chapter|note|preamble|resolution|footnote)(?:\\.[a-z0-9]+)+(?![^\\W_])))',
    '(?P<LIT_LETTERS>(?i:(?:(?:lit|buchst)(?:\\.|(?![^\\W_]|-))|buchstabe(?![^\\W_]|-))\\s*(?:[a-z]|\\(\\s*[a-z]\\s*\\))(?:(?:\\s*,\\s*|\\s*,?\\s*(?:and|or|to|und|oder|bis)\\s+|\\s*[-–]\\s*)(?-i:[b-z])(?![^\\W_]))+))',
    '(?P<OTHER_RESOLUTION>(?i:(?:a\\/res\\/(?!79\\/243)\\d+\\/\\d+(?![^\\W_]|\\/)|(?:general\\s+assembly\\s+|ga\\s+)?(?:resolutions?|res\\.)\\s+(?!79\\/243)\\d+\\/\\d+(?:(?:,|\\s+and)\\s+\\d+\\/\\d+)*)))',
    '(?P<RESOLUTION>(?i:(?:a\\/res\\/79\\/243|the\\s+adopting\\s+resolution|(?:(?:general\\s+assembly\\s+|ga\\s+)?resolution|(?:ga\\s+)?res\\.)(?:\\s+79\\/243)?)(?![^\\W_]|-|\\s+\\d+\\/)))',
    '(?P<OPERATIVES>(?i:operative\\s+(?:paras\\.|(?:paragraphs|paras)(?![^\\W_]|-))))',
    '(?P<OPERATIVE>(?i:operative\\s+(?:para\\.|(?:paragraph|para)(?![^\\W_]|-))))',
    '(?P<PREAMBULARS>(?i:preambular\\s+paragraphs(?![^\\W_]|-)))',
    '(?P<PREAMBULAR>(?i:preambular\\s+paragraph(?![^\\W_]|-)))',
    '(?P<THIS_CONVENTION>(?i:(?:(?:this|the|the\\s+present)\\s+(?:united\\s+nations\\s+|un\\s+)?convention(?:\\s+against\\s+cybercrime)?|(?:the\\s+)?(?:(?:united\\s+nations|un)\\s+cybercrime|hanoi)\\s+convention|the\\s+uncc)(?![^\\W_]|-)(?!\\s+(?:on|for|of|against|relating\\s+to|concerning)\\s+(?:the\\s+)?(?-i:[A-Z]))))',
    '(?P<OF_ACRONYM>(?i:(?:,\\s*)?of\\s+(?:the\\s+)?)(?!(?:UNCC|THE|THIS|CONVENTION|PRESENT|ARTICLES?|PARAGRAPHS?|SUBPARAGRAPHS?|CHAPTERS?|NOTES?|RECITALS?|FOOTNOTES?|RESOLUTION|PREAMBLE|ANNEX)(?![^\\W_]|-))[A-Z]{3,}[A-Z0-9]*(?![^\\W_]|-))',
    '(?P<PREAMBLE>(?i:(?:the\\s+)?(?:pmbl\\.|(?:preamble|pmbl)(?![^\\W_]|-))))',
    '(?P<NOTES>(?i:(?:(?:interpretative\\s+)?notes)(?![^\\W_]|-)))',
    '(?P<NOTE>(?i:(?:(?:interpretative\\s+)?note)(?![^\\W_]|-)))',
    '(?P<TO_ARTICLE>(?i:to\\s+(?:art\\.|(?:article|art)(?![^\\W_]|-))))',
    '(?P<CLOSING>(?i:(?:,\\s*)?closing(?![^\\W_]|-)))',
    '(?P<THIS_PARAGRAPH>(?i:this\\s+paragraph(?![^\\W_]|-)))',
    '(?P<THIS_ARTICLE>(?i:this\\s+article(?![^\\W_]|-)))',
    '(?P<THIS_CHAPTER>(?i:this\\s+chapter(?![^\\W_]|-)))',
    '(?P<COMMA_UNCC>(?i:,\\s*uncc(?![^\\W_]|-)))',
    '(?P<SUBPARAGRAPHS>(?i:(?:sub-?paras\\.|(?:sub-?paragraphs|sub-?paras|items)(?![^\\W_]|-))))',
    '(?P<SUBPARAGRAPH>(?i:(?:sub-?para\\.|subpar\\.|(?:sub-?paragraph|sub-?para|item)(?![^\\W_]|-))))',
    '(?P<PARAGRAPHS>(?i:(?:paras\\.|(?:paragraphs|paras)(?![^\\W_]|-)|§§|¶¶|(?:&sect;|&#167;|&#xa7;){2}|(?:&para;|&#182;|&#xb6;){2})))',
    '(?P<TESTIMONIUM>(?i:testimonium(?![^\\W_]|-)))',
    '(?P<PARAGRAPH>(?i:(?:para\\.|abs\\.|(?:paragraph|para|absatz)(?![^\\W_]|-)|§|¶|&sect;|&para;|&#167;|&#xa7;|&#182;|&#xb6;)))',
    '(?P<LIT>(?i:(?:lit|buchst)(?:\\.|(?![^\\W_]|-))|buchstabe(?![^\\W_]|-)))',
    '(?P<FOOTNOTES>(?i:footnotes(?![^\\W_]|-)))',
    '(?P<ARTICLES>(?i:(?:arts\\.|(?:articles|arts)(?![^\\W_]|-))))',
    '(?P<CHAPTERS>(?i:(?:chs\\.|chapters(?![^\\W_]|-))))',
    '(?P<FOOTNOTE>(?i:(?:fn\\.|footnote(?![^\\W_]|-))))',
    '(?P<RECITALS>(?i:recitals(?![^\\W_]|-)))',
    '(?P<ARTICLE>(?i:(?:art\\.|(?:article|art)(?![^\\W_]|-))))',
    '(?P<CHAPTER>(?i:(?:chap\\.|ch\\.|chapter(?![^\\W_]|-))))',
    '(?P<RECITAL>(?i:(?:rec\\.|recital(?![^\\W_]|-))))',
    '(?P<UNCC>(?i:uncc(?![^\\W_]|-)))',
    "(?P<ANOTHER_INSTRUMENT>(?:(?:the|its|their)\\s+(?!(?i:(?:united\\s+nations\\s+|un\\s+)?convention\\s+against\\s+cybercrime))(?:[A-Z][\\w'’.-]*\\s+){0,8}(?:Convention|Protocol|Covenant|Charter|Treaty|Agreement|Directive|Regulation|Act|Code|Law|Constitution|Statute|Declaration|Bill|Decree|Ordinance|Principles|Guidelines|Recommendation|Decision|Report|Proclamation)(?:\\s+(?:on|against|for|of|relating\\s+to|concerning)(?:\\s+(?:the|and|of|in|on|to|for))*\\s+[A-Z][\\w'’-]*(?:(?:\\s+(?:the|and|of|in|on|to|for))*\\s+[A-Z][\\w'’-]*)*)?|(?i:this|the\\s+present)\\s+(?:Law|Act|Code|Decree|Bill|Ordinance|Regulation|Directive|Protocol|Treaty|Agreement|Statute|Constitution|Declaration|(?i:report)))(?![^\\W_]|-))",
    '(?P<OPEN_END>(?i:(?:ff\\.|ff(?![^\\W_]|-)|et\\s+seqq?\\.|et\\s+seqq?(?![^\\W_]|-))))',
    '(?P<OF>(?i:(?:,\\s*)?of(?![^\\W_]|-)))',
    '(?P<TO>(?i:(?:to|through)(?![^\\W_]|-)))',
    '(?P<AND>(?i:and(?![^\\W_]|-)|&(?:amp;)?(?![^\\W_]+;)))',
    '(?P<ABOVE>(?i:above(?![^\\W_]|-)))',
    '(?P<OR>(?i:or(?![^\\W_]|-)))',
    '(?P<LABEL>(?i:\\(\\s*(?:[a-z]|[ivx]{1,5}|(?-i:[a-z]{2,4}))\\s*\\)))',
    '(?P<ORDINAL_NUMBER>(?i:\\d+(?:st|nd|rd|th)(?![^\\W_])))',
    '(?P<__IGNORE_0>(?i:(?:\\s|&nbsp;|&#160;|&#xa0;)+))',
    '(?P<NUMBER>\\d+(?![\\d\\/.]\\d|[^\\W_]|\\/))',
    '(?P<NUMERAL>(?i:[ivxl]+(?![^\\W_])))',
    '(?P<PARENTHESIZED_NUMBER>\\(\\s*\\d+\\s*\\))',
    '(?P<ORDINAL>(?i:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)(?![^\\W_]|-)))',
    '(?P<DASH>(?i:[-‐-―]|&[nm]dash;|&#82(?:0[89]|1[0-3]);|&#x201[0-5];))',
    '(?P<_THE>(?i:the(?![^\\W_]|-)))',
    '(?P<BARE_LETTER>(?i:[a-z](?![^\\W_])))',
    '(?P<COMMA>,)',
)
# For each character of ASCII or of the grammar that a terminal can start with, the terminals (by place in
# LEXER) that can; ANYWHERE: those that can start with any other. At each place the reader tries only these,
# in LEXER's order: the first that matches is the one the whole pattern finds.
FIRST = {'\t': (43,), '\n': (43,), '\x0b': (43,), '\x0c': (43,), '\r': (43,), '\x1c': (43,), '\x1d': (43,), '\x1e': (43,), '\x1f': (43,), ' ': (43,), '&': (21, 23, 38, 43, 48), '(': (41, 46), ',': (9, 14, 18, 36, 51), '-': (48,), '0': (0, 42, 44), '1': (0, 42, 44), '2': (0, 42, 44), '3': (0, 42, 44), '4': (0, 42, 44), '5': (0, 42, 44), '6': (0, 42, 44), '7': (0, 42, 44), '8': (0, 42, 44), '9': (0, 42, 44), 'A': (2, 3, 23, 26, 30, 38, 39, 50), 'B': (1, 24, 50), 'C': (0, 14, 27, 31, 50), 'D': (50,), 'E': (35, 47, 50), 'F': (0, 25, 28, 35, 47, 50), 'G': (2, 3, 50), 'H': (8, 50), 'I': (11, 12, 19, 20, 45, 50), 'J': (50,), 'K': (50,), 'L': (1, 24, 45, 50), 'M': (50,), 'N': (0, 11, 12, 47, 50), 'O': (4, 5, 9, 36, 40, 50), 'P': (0, 6, 7, 10, 21, 23, 50), 'Q': (50,), 'R': (0, 2, 3, 29, 32, 50), 'S': (19, 20, 47, 50), 'T': (3, 8, 10, 13, 15, 16, 17, 22, 34, 37, 47, 49, 50), 'U': (8, 33, 50), 'V': (45, 50), 'W': (50,), 'X': (45, 50), 'Y': (50,), 'Z': (50,), 'a': (2, 3, 23, 26, 30, 38, 39, 50), 'b': (1, 24, 50), 'c': (0, 14, 27, 31, 50), 'd': (50,), 'e': (35, 47, 50), 'f': (0, 25, 28, 35, 47, 50), 'g': (2, 3, 50), 'h': (8, 50), 'i': (11, 12, 19, 20, 34, 45, 50), 'j': (50,), 'k': (50,), 'l': (1, 24, 45, 50), 'm': (50,), 'n': (0, 11, 12, 47, 50), 'o': (4, 5, 9, 36, 40, 50), 'p': (0, 6, 7, 10, 21, 23, 50), 'q': (50,), 'r': (0, 2, 3, 29, 32, 50), 's': (19, 20, 47, 50), 't': (3, 8, 10, 13, 15, 16, 17, 22, 34, 37, 47, 49, 50), 'u': (8, 33, 50), 'v': (45, 50), 'w': (50,), 'x': (45, 50), 'y': (50,), 'z': (50,), '§': (21, 23), '¶': (21, 23), 'İ': (11, 12, 19, 20, 45, 50), 'ı': (11, 12, 19, 20, 45, 50), 'ſ': (19, 20, 47, 50), '‐': (48,), '–': (48,), '―': (48,), 'K': (50,)}
ANYWHERE = (0, 42, 43, 44, 48)
IGNORE = ('__IGNORE_0',)
# (name, pattern, flags, priority), in the grammar's order.
TERMINALS = (
    ('ARTICLE', '(?:art\\.|(?:article|art)(?![^\\W_]|-))', ('i',), 3),
    ('ARTICLES', '(?:arts\\.|(?:articles|arts)(?![^\\W_]|-))', ('i',), 3),
    ('PARAGRAPH', '(?:para\\.|abs\\.|(?:paragraph|para|absatz)(?![^\\W_]|-)|§|¶|&sect;|&para;|&#167;|&#xa7;|&#182;|&#xb6;)', ('i',), 3),
    ('PARAGRAPHS', '(?:paras\\.|(?:paragraphs|paras)(?![^\\W_]|-)|§§|¶¶|(?:&sect;|&#167;|&#xa7;){2}|(?:&para;|&#182;|&#xb6;){2})', ('i',), 3),
    ('SUBPARAGRAPH', '(?:sub-?para\\.|subpar\\.|(?:sub-?paragraph|sub-?para|item)(?![^\\W_]|-))', ('i',), 3),
    ('SUBPARAGRAPHS', '(?:sub-?paras\\.|(?:sub-?paragraphs|sub-?paras|items)(?![^\\W_]|-))', ('i',), 3),
    ('LIT', '(?:lit|buchst)(?:\\.|(?![^\\W_]|-))|buchstabe(?![^\\W_]|-)', ('i',), 3),
    ('LIT_LETTERS', '(?:(?:lit|buchst)(?:\\.|(?![^\\W_]|-))|buchstabe(?![^\\W_]|-))\\s*(?:[a-z]|\\(\\s*[a-z]\\s*\\))(?:(?:\\s*,\\s*|\\s*,?\\s*(?:and|or|to|und|oder|bis)\\s+|\\s*[-–]\\s*)(?-i:[b-z])(?![^\\W_]))+', ('i',), 4),
    ('CHAPTER', '(?:chap\\.|ch\\.|chapter(?![^\\W_]|-))', ('i',), 3),
    ('CHAPTERS', '(?:chs\\.|chapters(?![^\\W_]|-))', ('i',), 3),
    ('NOTE', '(?:(?:interpretative\\s+)?note)(?![^\\W_]|-)', ('i',), 3),
    ('NOTES', '(?:(?:interpretative\\s+)?notes)(?![^\\W_]|-)', ('i',), 3),
    ('RECITAL', '(?:rec\\.|recital(?![^\\W_]|-))', ('i',), 3),
    ('RECITALS', 'recitals(?![^\\W_]|-)', ('i',), 3),
    ('PREAMBULAR', 'preambular\\s+paragraph(?![^\\W_]|-)', ('i',), 4),
    ('PREAMBULARS', 'preambular\\s+paragraphs(?![^\\W_]|-)', ('i',), 4),
    ('OPERATIVE', 'operative\\s+(?:para\\.|(?:paragraph|para)(?![^\\W_]|-))', ('i',), 4),
    ('OPERATIVES', 'operative\\s+(?:paras\\.|(?:paragraphs|paras)(?![^\\W_]|-))', ('i',), 4),
    ('FOOTNOTE', '(?:fn\\.|footnote(?![^\\W_]|-))', ('i',), 3),
    ('FOOTNOTES', 'footnotes(?![^\\W_]|-)', ('i',), 3),
    ('PREAMBLE', '(?:the\\s+)?(?:pmbl\\.|(?:preamble|pmbl)(?![^\\W_]|-))', ('i',), 3),
    ('TESTIMONIUM', 'testimonium(?![^\\W_]|-)', ('i',), 3),
    ('CLOSING', '(?:,\\s*)?closing(?![^\\W_]|-)', ('i',), 3),
    ('RESOLUTION', '(?:a\\/res\\/79\\/243|the\\s+adopting\\s+resolution|(?:(?:general\\s+assembly\\s+|ga\\s+)?resolution|(?:ga\\s+)?res\\.)(?:\\s+79\\/243)?)(?![^\\W_]|-|\\s+\\d+\\/)', ('i',), 4),
    ('OTHER_RESOLUTION', '(?:a\\/res\\/(?!79\\/243)\\d+\\/\\d+(?![^\\W_]|\\/)|(?:general\\s+assembly\\s+|ga\\s+)?(?:resolutions?|res\\.)\\s+(?!79\\/243)\\d+\\/\\d+(?:(?:,|\\s+and)\\s+\\d+\\/\\d+)*)', ('i',), 4),
    ('THIS_ARTICLE', 'this\\s+article(?![^\\W_]|-)', ('i',), 3),
    ('THIS_PARAGRAPH', 'this\\s+paragraph(?![^\\W_]|-)', ('i',), 3),
    ('THIS_CHAPTER', 'this\\s+chapter(?![^\\W_]|-)', ('i',), 3),
    ('THIS_CONVENTION', '(?:(?:this|the|the\\s+present)\\s+(?:united\\s+nations\\s+|un\\s+)?convention(?:\\s+against\\s+cybercrime)?|(?:the\\s+)?(?:(?:united\\s+nations|un)\\s+cybercrime|hanoi)\\s+convention|the\\s+uncc)(?![^\\W_]|-)(?!\\s+(?:on|for|of|against|relating\\s+to|concerning)\\s+(?:the\\s+)?(?-i:[A-Z]))', ('i',), 3),
    ('UNCC', 'uncc(?![^\\W_]|-)', ('i',), 3),
    ('COMMA_UNCC', ',\\s*uncc(?![^\\W_]|-)', ('i',), 3),
    ('ANOTHER_INSTRUMENT', "(?:(?:the|its|their)\\s+(?!(?i:(?:united\\s+nations\\s+|un\\s+)?convention\\s+against\\s+cybercrime))(?:[A-Z][\\w'’.-]*\\s+){0,8}(?:Convention|Protocol|Covenant|Charter|Treaty|Agreement|Directive|Regulation|Act|Code|Law|Constitution|Statute|Declaration|Bill|Decree|Ordinance|Principles|Guidelines|Recommendation|Decision|Report|Proclamation)(?:\\s+(?:on|against|for|of|relating\\s+to|concerning)(?:\\s+(?:the|and|of|in|on|to|for))*\\s+[A-Z][\\w'’-]*(?:(?:\\s+(?:the|and|of|in|on|to|for))*\\s+[A-Z][\\w'’-]*)*)?|(?i:this|the\\s+present)\\s+(?:Law|Act|Code|Decree|Bill|Ordinance|Regulation|Directive|Protocol|Treaty|Agreement|Statute|Constitution|Declaration|(?i:report)))(?![^\\W_]|-)", (), 2),
    ('OF_ACRONYM', '(?i:(?:,\\s*)?of\\s+(?:the\\s+)?)(?!(?:UNCC|THE|THIS|CONVENTION|PRESENT|ARTICLES?|PARAGRAPHS?|SUBPARAGRAPHS?|CHAPTERS?|NOTES?|RECITALS?|FOOTNOTES?|RESOLUTION|PREAMBLE|ANNEX)(?![^\\W_]|-))[A-Z]{3,}[A-Z0-9]*(?![^\\W_]|-)', (), 3),
    ('COMMA', ',', (), 0),
    ('OF', '(?:,\\s*)?of(?![^\\W_]|-)', ('i',), 2),
    ('ABOVE', 'above(?![^\\W_]|-)', ('i',), 2),
    ('AND', 'and(?![^\\W_]|-)|&(?:amp;)?(?![^\\W_]+;)', ('i',), 2),
    ('OR', 'or(?![^\\W_]|-)', ('i',), 2),
    ('TO', '(?:to|through)(?![^\\W_]|-)', ('i',), 2),
    ('TO_ARTICLE', 'to\\s+(?:art\\.|(?:article|art)(?![^\\W_]|-))', ('i',), 3),
    ('OPEN_END', '(?:ff\\.|ff(?![^\\W_]|-)|et\\s+seqq?\\.|et\\s+seqq?(?![^\\W_]|-))', ('i',), 2),
    ('DASH', '[-‐-―]|&[nm]dash;|&#82(?:0[89]|1[0-3]);|&#x201[0-5];', ('i',), 0),
    ('NUMBER', '\\d+(?![\\d\\/.]\\d|[^\\W_]|\\/)', (), 0),
    ('UNIT_ID', '(?:\\d+|chapter|note|preamble|resolution|footnote)(?:\\.[a-z0-9]+)+(?![^\\W_])', ('i',), 5),
    ('PARENTHESIZED_NUMBER', '\\(\\s*\\d+\\s*\\)', (), 0),
    ('LABEL', '\\(\\s*(?:[a-z]|[ivx]{1,5}|(?-i:[a-z]{2,4}))\\s*\\)', ('i',), 0),
    ('BARE_LETTER', '[a-z](?![^\\W_])', ('i',), 0),
    ('NUMERAL', '[ivxl]+(?![^\\W_])', ('i',), 0),
    ('_THE', 'the(?![^\\W_]|-)', ('i',), 0),
    ('ORDINAL', '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)(?![^\\W_]|-)', ('i',), 0),
    ('ORDINAL_NUMBER', '\\d+(?:st|nd|rd|th)(?![^\\W_])', ('i',), 0),
    ('__IGNORE_0', '(?:\\s|&nbsp;|&#160;|&#xa0;)+', ('i',), 0),
)
START = 0
END = 46
# One row a state: a symbol and its action, a state to go to (n >= 0) or a rule to reduce by (~n).
TABLE = (
    {'ARTICLE': 1, 'ARTICLES': 2, 'CHAPTER': 3, 'CHAPTERS': 4, 'FOOTNOTE': 5, 'FOOTNOTES': 6, 'LABEL': 7, 'LIT': 8, 'LIT_LETTERS': 9, 'NOTE': 10, 'NOTES': 11, 'NUMBER': 12, 'NUMERAL': 13, 'OPERATIVE': 14, 'OPERATIVES': 15, 'ORDINAL': 16, 'ORDINAL_NUMBER': 17, 'OTHER_RESOLUTION': 18, 'PARAGRAPH': 19, 'PARAGRAPHS': 20, 'PARENTHESIZED_NUMBER': 21, 'PREAMBLE': 22, 'PREAMBULAR': 23, 'PREAMBULARS': 24, 'RECITAL': 25, 'RECITALS': 26, 'RESOLUTION': 27, 'SUBPARAGRAPH': 28, 'SUBPARAGRAPHS': 29, 'TESTIMONIUM': 30, 'THIS_ARTICLE': 31, 'THIS_CHAPTER': 32, 'THIS_PARAGRAPH': 33, 'UNCC': 34, 'UNIT_ID': 35, '_THE': 36, '__locus_star_2': 37, 'bracket': 38, 'citation': 39, 'head': 40, 'headed': 41, 'locus': 42, 'member': 43, 'ordinal': 44, 'place': 45, 'start': 46, 'unit': 47},  # 0
    {'LABEL': -69, 'NUMBER': -69, 'NUMERAL': -69, 'PARENTHESIZED_NUMBER': -69, 'UNIT_ID': -69},  # 1
    {'LABEL': -70, 'NUMBER': -70, 'NUMERAL': -70, 'PARENTHESIZED_NUMBER': -70, 'UNIT_ID': -70},  # 2
    {'LABEL': -75, 'NUMBER': -75, 'NUMERAL': -75, 'PARENTHESIZED_NUMBER': -75, 'UNIT_ID': -75},  # 3
    {'LABEL': -76, 'NUMBER': -76, 'NUMERAL': -76, 'PARENTHESIZED_NUMBER': -76, 'UNIT_ID': -76},  # 4
    {'LABEL': -84, 'NUMBER': -84, 'NUMERAL': -84, 'PARENTHESIZED_NUMBER': -84, 'UNIT_ID': -84},  # 5
    {'LABEL': -85, 'NUMBER': -85, 'NUMERAL': -85, 'PARENTHESIZED_NUMBER': -85, 'UNIT_ID': -85},  # 6
    {'$END': -35, 'ABOVE': -35, 'AND': -35, 'ARTICLE': -35, 'ARTICLES': -35, 'CHAPTER': -35, 'CHAPTERS': -35, 'CLOSING': -35, 'COMMA': -35, 'COMMA_UNCC': -35, 'DASH': -35, 'FOOTNOTE': -35, 'FOOTNOTES': -35, 'LABEL': -35, 'LIT': -35, 'LIT_LETTERS': -35, 'NOTE': -35, 'NOTES': -35, 'OF': -35, 'OF_ACRONYM': -35, 'OPEN_END': -35, 'OPERATIVE': -35, 'OPERATIVES': -35, 'OR': -35, 'PARAGRAPH': -35, 'PARAGRAPHS': -35, 'PARENTHESIZED_NUMBER': -35, 'PREAMBULAR': -35, 'PREAMBULARS': -35, 'RECITAL': -35, 'RECITALS': -35, 'SUBPARAGRAPH': -35, 'SUBPARAGRAPHS': -35, 'TO': -35, 'TO_ARTICLE': -35, 'UNCC': -35},  # 7
    {'BARE_LETTER': 48, 'LABEL': 49, 'lit_letter': 50},  # 8
    {'$END': -15, 'AND': -15, 'ARTICLE': -15, 'ARTICLES': -15, 'CHAPTER': -15, 'CHAPTERS': -15, 'COMMA': -15, 'FOOTNOTE': -15, 'FOOTNOTES': -15, 'LIT': -15, 'LIT_LETTERS': -15, 'NOTE': -15, 'NOTES': -15, 'OPERATIVE': -15, 'OPERATIVES': -15, 'OR': -15, 'PARAGRAPH': -15, 'PARAGRAPHS': -15, 'PREAMBULAR': -15, 'PREAMBULARS': -15, 'RECITAL': -15, 'RECITALS': -15, 'SUBPARAGRAPH': -15, 'SUBPARAGRAPHS': -15},  # 9
    {'LABEL': 7, 'NUMBER': 12, 'NUMERAL': 13, 'PARENTHESIZED_NUMBER': 21, 'UNIT_ID': 35, '__locus_star_2': 37, 'bracket': 38, 'locus': 51, 'place': 52},  # 10
    {'LABEL': -77, 'NUMBER': -77, 'NUMERAL': -77, 'PARENTHESIZED_NUMBER': -77, 'UNIT_ID': -77},  # 11
    {'$END': -29, 'ABOVE': -29, 'AND': -29, 'ARTICLE': -29, 'ARTICLES': -29, 'CHAPTER': -29, 'CHAPTERS': -29, 'CLOSING': -29, 'COMMA': -29, 'COMMA_UNCC': -29, 'DASH': -29, 'FOOTNOTE': -29, 'FOOTNOTES': -29, 'LABEL': 7, 'LIT': -29, 'LIT_LETTERS': -29, 'NOTE': -29, 'NOTES': -29, 'OF': -29, 'OF_ACRONYM': -29, 'OPEN_END': -29, 'OPERATIVE': -29, 'OPERATIVES': -29, 'OR': -29, 'PARAGRAPH': -29, 'PARAGRAPHS': -29, 'PARENTHESIZED_NUMBER': 21, 'PREAMBULAR': -29, 'PREAMBULARS': -29, 'RECITAL': -29, 'RECITALS': -29, 'SUBPARAGRAPH': -29, 'SUBPARAGRAPHS': -29, 'TO': -29, 'TO_ARTICLE': -29, 'UNCC': -29, '__locus_star_2': 53, 'bracket': 38},  # 12
    {'$END': -33, 'ABOVE': -33, 'AND': -33, 'ARTICLE': -33, 'ARTICLES': -33, 'CHAPTER': -33, 'CHAPTERS': -33, 'CLOSING': -33, 'COMMA': -33, 'COMMA_UNCC': -33, 'DASH': -33, 'FOOTNOTE': -33, 'FOOTNOTES': -33, 'LIT': -33, 'LIT_LETTERS': -33, 'NOTE': -33, 'NOTES': -33, 'OF': -33, 'OF_ACRONYM': -33, 'OPEN_END': -33, 'OPERATIVE': -33, 'OPERATIVES': -33, 'OR': -33, 'PARAGRAPH': -33, 'PARAGRAPHS': -33, 'PREAMBULAR': -33, 'PREAMBULARS': -33, 'RECITAL': -33, 'RECITALS': -33, 'SUBPARAGRAPH': -33, 'SUBPARAGRAPHS': -33, 'TO': -33, 'TO_ARTICLE': -33, 'UNCC': -33},  # 13
    {'LABEL': -82, 'NUMBER': -82, 'NUMERAL': -82, 'PARENTHESIZED_NUMBER': -82, 'UNIT_ID': -82},  # 14
    {'LABEL': -83, 'NUMBER': -83, 'NUMERAL': -83, 'PARENTHESIZED_NUMBER': -83, 'UNIT_ID': -83},  # 15
    {'AND': -54, 'COMMA': -54, 'DASH': -54, 'OR': -54, 'PREAMBULAR': -54, 'PREAMBULARS': -54, 'TO': -54},  # 16
    {'AND': -55, 'COMMA': -55, 'DASH': -55, 'OR': -55, 'PREAMBULAR': -55, 'PREAMBULARS': -55, 'TO': -55},  # 17
    {'$END': -41, 'AND': -41, 'ARTICLE': -41, 'ARTICLES': -41, 'CHAPTER': -41, 'CHAPTERS': -41, 'COMMA': -41, 'FOOTNOTE': -41, 'FOOTNOTES': -41, 'LIT': -41, 'LIT_LETTERS': -41, 'NOTE': -41, 'NOTES': -41, 'OPERATIVE': -41, 'OPERATIVES': -41, 'OR': -41, 'PARAGRAPH': -41, 'PARAGRAPHS': -41, 'PREAMBULAR': -41, 'PREAMBULARS': -41, 'RECITAL': -41, 'RECITALS': -41, 'SUBPARAGRAPH': -41, 'SUBPARAGRAPHS': -41},  # 18
    {'LABEL': -71, 'NUMBER': -71, 'NUMERAL': -71, 'PARENTHESIZED_NUMBER': -71, 'UNIT_ID': -71},  # 19
    {'LABEL': -72, 'NUMBER': -72, 'NUMERAL': -72, 'PARENTHESIZED_NUMBER': -72, 'UNIT_ID': -72},  # 20
    {'$END': -34, 'ABOVE': -34, 'AND': -34, 'ARTICLE': -34, 'ARTICLES': -34, 'CHAPTER': -34, 'CHAPTERS': -34, 'CLOSING': -34, 'COMMA': -34, 'COMMA_UNCC': -34, 'DASH': -34, 'FOOTNOTE': -34, 'FOOTNOTES': -34, 'LABEL': -34, 'LIT': -34, 'LIT_LETTERS': -34, 'NOTE': -34, 'NOTES': -34, 'OF': -34, 'OF_ACRONYM': -34, 'OPEN_END': -34, 'OPERATIVE': -34, 'OPERATIVES': -34, 'OR': -34, 'PARAGRAPH': -34, 'PARAGRAPHS': -34, 'PARENTHESIZED_NUMBER': -34, 'PREAMBULAR': -34, 'PREAMBULARS': -34, 'RECITAL': -34, 'RECITALS': -34, 'SUBPARAGRAPH': -34, 'SUBPARAGRAPHS': -34, 'TO': -34, 'TO_ARTICLE': -34, 'UNCC': -34},  # 21
    {'$END': -36, 'AND': -36, 'ARTICLE': -36, 'ARTICLES': -36, 'CHAPTER': -36, 'CHAPTERS': -36, 'COMMA': -36, 'FOOTNOTE': -36, 'FOOTNOTES': -36, 'LIT': -36, 'LIT_LETTERS': -36, 'NOTE': -36, 'NOTES': -36, 'OPERATIVE': -36, 'OPERATIVES': -36, 'OR': -36, 'PARAGRAPH': -36, 'PARAGRAPHS': -36, 'PREAMBULAR': -36, 'PREAMBULARS': -36, 'RECITAL': -36, 'RECITALS': -36, 'SUBPARAGRAPH': -36, 'SUBPARAGRAPHS': -36},  # 22
    {'LABEL': -80, 'NUMBER': -80, 'NUMERAL': -80, 'PARENTHESIZED_NUMBER': -80, 'UNIT_ID': -80},  # 23
    {'LABEL': -81, 'NUMBER': -81, 'NUMERAL': -81, 'PARENTHESIZED_NUMBER': -81, 'UNIT_ID': -81},  # 24
    {'LABEL': -78, 'NUMBER': -78, 'NUMERAL': -78, 'PARENTHESIZED_NUMBER': -78, 'UNIT_ID': -78},  # 25
    {'LABEL': -79, 'NUMBER': -79, 'NUMERAL': -79, 'PARENTHESIZED_NUMBER': -79, 'UNIT_ID': -79},  # 26
    {'$END': -40, 'ABOVE': 54, 'AND': -40, 'ARTICLE': -40, 'ARTICLES': -40, 'CHAPTER': -40, 'CHAPTERS': -40, 'CLOSING': 55, 'COMMA': -40, 'COMMA_UNCC': 56, 'FOOTNOTE': -40, 'FOOTNOTES': -40, 'LIT': -40, 'LIT_LETTERS': -40, 'NOTE': -40, 'NOTES': -40, 'OF': 57, 'OF_ACRONYM': 58, 'OPERATIVE': -40, 'OPERATIVES': -40, 'OR': -40, 'PARAGRAPH': -40, 'PARAGRAPHS': -40, 'PREAMBULAR': -40, 'PREAMBULARS': -40, 'RECITAL': -40, 'RECITALS': -40, 'SUBPARAGRAPH': -40, 'SUBPARAGRAPHS': -40, 'UNCC': 59, '__place_star_1': 60, 'container': 61},  # 27
    {'LABEL': -73, 'NUMBER': -73, 'NUMERAL': -73, 'PARENTHESIZED_NUMBER': -73, 'UNIT_ID': -73},  # 28
    {'LABEL': -74, 'NUMBER': -74, 'NUMERAL': -74, 'PARENTHESIZED_NUMBER': -74, 'UNIT_ID': -74},  # 29
    {'$END': -42, 'AND': -42, 'ARTICLE': -42, 'ARTICLES': -42, 'CHAPTER': -42, 'CHAPTERS': -42, 'COMMA': -42, 'FOOTNOTE': -42, 'FOOTNOTES': -42, 'LIT': -42, 'LIT_LETTERS': -42, 'NOTE': -42, 'NOTES': -42, 'OPERATIVE': -42, 'OPERATIVES': -42, 'OR': -42, 'PARAGRAPH': -42, 'PARAGRAPHS': -42, 'PREAMBULAR': -42, 'PREAMBULARS': -42, 'RECITAL': -42, 'RECITALS': -42, 'SUBPARAGRAPH': -42, 'SUBPARAGRAPHS': -42},  # 30
    {'$END': -43, 'AND': -43, 'ARTICLE': -43, 'ARTICLES': -43, 'CHAPTER': -43, 'CHAPTERS': -43, 'COMMA': -43, 'FOOTNOTE': -43, 'FOOTNOTES': -43, 'LIT': -43, 'LIT_LETTERS': -43, 'NOTE': -43, 'NOTES': -43, 'OPERATIVE': -43, 'OPERATIVES': -43, 'OR': -43, 'PARAGRAPH': -43, 'PARAGRAPHS': -43, 'PREAMBULAR': -43, 'PREAMBULARS': -43, 'RECITAL': -43, 'RECITALS': -43, 'SUBPARAGRAPH': -43, 'SUBPARAGRAPHS': -43},  # 31
    {'$END': -45, 'AND': -45, 'ARTICLE': -45, 'ARTICLES': -45, 'CHAPTER': -45, 'CHAPTERS': -45, 'COMMA': -45, 'FOOTNOTE': -45, 'FOOTNOTES': -45, 'LIT': -45, 'LIT_LETTERS': -45, 'NOTE': -45, 'NOTES': -45, 'OPERATIVE': -45, 'OPERATIVES': -45, 'OR': -45, 'PARAGRAPH': -45, 'PARAGRAPHS': -45, 'PREAMBULAR': -45, 'PREAMBULARS': -45, 'RECITAL': -45, 'RECITALS': -45, 'SUBPARAGRAPH': -45, 'SUBPARAGRAPHS': -45},  # 32
    {'$END': -44, 'AND': -44, 'ARTICLE': -44, 'ARTICLES': -44, 'CHAPTER': -44, 'CHAPTERS': -44, 'COMMA': -44, 'FOOTNOTE': -44, 'FOOTNOTES': -44, 'LIT': -44, 'LIT_LETTERS': -44, 'NOTE': -44, 'NOTES': -44, 'OPERATIVE': -44, 'OPERATIVES': -44, 'OR': -44, 'PARAGRAPH': -44, 'PARAGRAPHS': -44, 'PREAMBULAR': -44, 'PREAMBULARS': -44, 'RECITAL': -44, 'RECITALS': -44, 'SUBPARAGRAPH': -44, 'SUBPARAGRAPHS': -44},  # 33
    {'ARTICLE': 1, 'ARTICLES': 2, 'CHAPTER': 3, 'CHAPTERS': 4, 'FOOTNOTE': 5, 'FOOTNOTES': 6, 'LABEL': 7, 'LIT': 8, 'LIT_LETTERS': 9, 'NOTE': 10, 'NOTES': 11, 'NUMBER': 12, 'NUMERAL': 13, 'OPERATIVE': 14, 'OPERATIVES': 15, 'ORDINAL': 16, 'ORDINAL_NUMBER': 17, 'OTHER_RESOLUTION': 18, 'PARAGRAPH': 19, 'PARAGRAPHS': 20, 'PARENTHESIZED_NUMBER': 21, 'PREAMBLE': 22, 'PREAMBULAR': 23, 'PREAMBULARS': 24, 'RECITAL': 25, 'RECITALS': 26, 'RESOLUTION': 27, 'SUBPARAGRAPH': 28, 'SUBPARAGRAPHS': 29, 'TESTIMONIUM': 30, 'THIS_ARTICLE': 31, 'THIS_CHAPTER': 32, 'THIS_PARAGRAPH': 33, 'UNIT_ID': 35, '_THE': 36, '__locus_star_2': 37, 'bracket': 38, 'citation': 62, 'head': 40, 'headed': 41, 'locus': 42, 'member': 43, 'ordinal': 44, 'place': 45, 'unit': 47},  # 34
    {'$END': -31, 'ABOVE': -31, 'AND': -31, 'ARTICLE': -31, 'ARTICLES': -31, 'CHAPTER': -31, 'CHAPTERS': -31, 'CLOSING': -31, 'COMMA': -31, 'COMMA_UNCC': -31, 'DASH': -31, 'FOOTNOTE': -31, 'FOOTNOTES': -31, 'LABEL': 7, 'LIT': -31, 'LIT_LETTERS': -31, 'NOTE': -31, 'NOTES': -31, 'OF': -31, 'OF_ACRONYM': -31, 'OPEN_END': -31, 'OPERATIVE': -31, 'OPERATIVES': -31, 'OR': -31, 'PARAGRAPH': -31, 'PARAGRAPHS': -31, 'PARENTHESIZED_NUMBER': 21, 'PREAMBULAR': -31, 'PREAMBULARS': -31, 'RECITAL': -31, 'RECITALS': -31, 'SUBPARAGRAPH': -31, 'SUBPARAGRAPHS': -31, 'TO': -31, 'TO_ARTICLE': -31, 'UNCC': -31, '__locus_star_2': 63, 'bracket': 38},  # 35
    {'ORDINAL': 64, 'ORDINAL_NUMBER': 65},  # 36
    {'$END': -32, 'ABOVE': -32, 'AND': -32, 'ARTICLE': -32, 'ARTICLES': -32, 'CHAPTER': -32, 'CHAPTERS': -32, 'CLOSING': -32, 'COMMA': -32, 'COMMA_UNCC': -32, 'DASH': -32, 'FOOTNOTE': -32, 'FOOTNOTES': -32, 'LABEL': 7, 'LIT': -32, 'LIT_LETTERS': -32, 'NOTE': -32, 'NOTES': -32, 'OF': -32, 'OF_ACRONYM': -32, 'OPEN_END': -32, 'OPERATIVE': -32, 'OPERATIVES': -32, 'OR': -32, 'PARAGRAPH': -32, 'PARAGRAPHS': -32, 'PARENTHESIZED_NUMBER': 21, 'PREAMBULAR': -32, 'PREAMBULARS': -32, 'RECITAL': -32, 'RECITALS': -32, 'SUBPARAGRAPH': -32, 'SUBPARAGRAPHS': -32, 'TO': -32, 'TO_ARTICLE': -32, 'UNCC': -32, 'bracket': 66},  # 37
    {'$END': -92, 'ABOVE': -92, 'AND': -92, 'ARTICLE': -92, 'ARTICLES': -92, 'CHAPTER': -92, 'CHAPTERS': -92, 'CLOSING': -92, 'COMMA': -92, 'COMMA_UNCC': -92, 'DASH': -92, 'FOOTNOTE': -92, 'FOOTNOTES': -92, 'LABEL': -92, 'LIT': -92, 'LIT_LETTERS': -92, 'NOTE': -92, 'NOTES': -92, 'OF': -92, 'OF_ACRONYM': -92, 'OPEN_END': -92, 'OPERATIVE': -92, 'OPERATIVES': -92, 'OR': -92, 'PARAGRAPH': -92, 'PARAGRAPHS': -92, 'PARENTHESIZED_NUMBER': -92, 'PREAMBULAR': -92, 'PREAMBULARS': -92, 'RECITAL': -92, 'RECITALS': -92, 'SUBPARAGRAPH': -92, 'SUBPARAGRAPHS': -92, 'TO': -92, 'TO_ARTICLE': -92, 'UNCC': -92},  # 38
    {'$END': -1},  # 39
    {'LABEL': 7, 'NUMBER': 12, 'NUMERAL': 13, 'PARENTHESIZED_NUMBER': 21, 'UNIT_ID': 35, '__locus_star_2': 37, 'bracket': 38, 'locus': 42, 'place': 67},  # 40
    {'$END': -10, 'AND': -10, 'ARTICLE': -10, 'ARTICLES': -10, 'CHAPTER': -10, 'CHAPTERS': -10, 'COMMA': -10, 'FOOTNOTE': -10, 'FOOTNOTES': -10, 'LIT': -10, 'LIT_LETTERS': -10, 'NOTE': -10, 'NOTES': -10, 'OPERATIVE': -10, 'OPERATIVES': -10, 'OR': -10, 'PARAGRAPH': -10, 'PARAGRAPHS': -10, 'PREAMBULAR': -10, 'PREAMBULARS': -10, 'RECITAL': -10, 'RECITALS': -10, 'SUBPARAGRAPH': -10, 'SUBPARAGRAPHS': -10},  # 41
    {'$END': -25, 'ABOVE': 54, 'AND': -25, 'ARTICLE': -25, 'ARTICLES': -25, 'CHAPTER': -25, 'CHAPTERS': -25, 'COMMA': -25, 'COMMA_UNCC': 56, 'DASH': 68, 'FOOTNOTE': -25, 'FOOTNOTES': -25, 'LIT': -25, 'LIT_LETTERS': -25, 'NOTE': -25, 'NOTES': -25, 'OF': 57, 'OF_ACRONYM': 58, 'OPEN_END': 69, 'OPERATIVE': -25, 'OPERATIVES': -25, 'OR': -25, 'PARAGRAPH': -25, 'PARAGRAPHS': -25, 'PREAMBULAR': -25, 'PREAMBULARS': -25, 'RECITAL': -25, 'RECITALS': -25, 'SUBPARAGRAPH': -25, 'SUBPARAGRAPHS': -25, 'TO': 70, 'UNCC': 59, '__place_star_1': 71, 'container': 61, 'range': 72},  # 42
    {'$END': -4, 'AND': 73, 'ARTICLE': 1, 'ARTICLES': 2, 'CHAPTER': 3, 'CHAPTERS': 4, 'COMMA': 74, 'FOOTNOTE': 5, 'FOOTNOTES': 6, 'LIT': 8, 'LIT_LETTERS': 9, 'NOTE': 10, 'NOTES': 11, 'OPERATIVE': 14, 'OPERATIVES': 15, 'OR': 75, 'PARAGRAPH': 19, 'PARAGRAPHS': 20, 'PREAMBULAR': 23, 'PREAMBULARS': 24, 'RECITAL': 25, 'RECITALS': 26, 'SUBPARAGRAPH': 28, 'SUBPARAGRAPHS': 29, '__citation_star_0': 76, 'head': 40, 'headed': 77, 'sep': 78},  # 43
    {'AND': 73, 'COMMA': 74, 'DASH': 68, 'OR': 75, 'PREAMBULAR': 79, 'TO': 70, '__unit_plus_3': 80, 'range': 81, 'sep': 82},  # 44
    {'$END': -11, 'AND': -11, 'ARTICLE': -11, 'ARTICLES': -11, 'CHAPTER': -11, 'CHAPTERS': -11, 'COMMA': -11, 'FOOTNOTE': -11, 'FOOTNOTES': -11, 'LIT': -11, 'LIT_LETTERS': -11, 'NOTE': -11, 'NOTES': -11, 'OPERATIVE': -11, 'OPERATIVES': -11, 'OR': -11, 'PARAGRAPH': -11, 'PARAGRAPHS': -11, 'PREAMBULAR': -11, 'PREAMBULARS': -11, 'RECITAL': -11, 'RECITALS': -11, 'SUBPARAGRAPH': -11, 'SUBPARAGRAPHS': -11},  # 45
    {},  # 46
    {'$END': -12, 'AND': -12, 'ARTICLE': -12, 'ARTICLES': -12, 'CHAPTER': -12, 'CHAPTERS': -12, 'COMMA': -12, 'FOOTNOTE': -12, 'FOOTNOTES': -12, 'LIT': -12, 'LIT_LETTERS': -12, 'NOTE': -12, 'NOTES': -12, 'OPERATIVE': -12, 'OPERATIVES': -12, 'OR': -12, 'PARAGRAPH': -12, 'PARAGRAPHS': -12, 'PREAMBULAR': -12, 'PREAMBULARS': -12, 'RECITAL': -12, 'RECITALS': -12, 'SUBPARAGRAPH': -12, 'SUBPARAGRAPHS': -12},  # 47
    {'$END': -18, 'AND': -18, 'ARTICLE': -18, 'ARTICLES': -18, 'CHAPTER': -18, 'CHAPTERS': -18, 'COMMA': -18, 'FOOTNOTE': -18, 'FOOTNOTES': -18, 'LIT': -18, 'LIT_LETTERS': -18, 'NOTE': -18, 'NOTES': -18, 'OPERATIVE': -18, 'OPERATIVES': -18, 'OR': -18, 'PARAGRAPH': -18, 'PARAGRAPHS': -18, 'PREAMBULAR': -18, 'PREAMBULARS': -18, 'RECITAL': -18, 'RECITALS': -18, 'SUBPARAGRAPH': -18, 'SUBPARAGRAPHS': -18},  # 48
    {'$END': -19, 'AND': -19, 'ARTICLE': -19, 'ARTICLES': -19, 'CHAPTER': -19, 'CHAPTERS': -19, 'COMMA': -19, 'FOOTNOTE': -19, 'FOOTNOTES': -19, 'LIT': -19, 'LIT_LETTERS': -19, 'NOTE': -19, 'NOTES': -19, 'OPERATIVE': -19, 'OPERATIVES': -19, 'OR': -19, 'PARAGRAPH': -19, 'PARAGRAPHS': -19, 'PREAMBULAR': -19, 'PREAMBULARS': -19, 'RECITAL': -19, 'RECITALS': -19, 'SUBPARAGRAPH': -19, 'SUBPARAGRAPHS': -19},  # 49
    {'$END': -14, 'AND': -14, 'ARTICLE': -14, 'ARTICLES': -14, 'CHAPTER': -14, 'CHAPTERS': -14, 'COMMA': -14, 'FOOTNOTE': -14, 'FOOTNOTES': -14, 'LIT': -14, 'LIT_LETTERS': -14, 'NOTE': -14, 'NOTES': -14, 'OPERATIVE': -14, 'OPERATIVES': -14, 'OR': -14, 'PARAGRAPH': -14, 'PARAGRAPHS': -14, 'PREAMBULAR': -14, 'PREAMBULARS': -14, 'RECITAL': -14, 'RECITALS': -14, 'SUBPARAGRAPH': -14, 'SUBPARAGRAPHS': -14},  # 50
    {'$END': -25, 'ABOVE': 54, 'AND': -25, 'ARTICLE': -25, 'ARTICLES': -25, 'CHAPTER': -25, 'CHAPTERS': -25, 'COMMA': -25, 'COMMA_UNCC': 56, 'DASH': 68, 'FOOTNOTE': -25, 'FOOTNOTES': -25, 'LIT': -25, 'LIT_LETTERS': -25, 'NOTE': -25, 'NOTES': -25, 'OF': 57, 'OF_ACRONYM': 58, 'OPEN_END': 69, 'OPERATIVE': -25, 'OPERATIVES': -25, 'OR': -25, 'PARAGRAPH': -25, 'PARAGRAPHS': -25, 'PREAMBULAR': -25, 'PREAMBULARS': -25, 'RECITAL': -25, 'RECITALS': -25, 'SUBPARAGRAPH': -25, 'SUBPARAGRAPHS': -25, 'TO': 70, 'TO_ARTICLE': 83, 'UNCC': 59, '__place_star_1': 71, 'container': 61, 'range': 72},  # 51
    {'$END': -16, 'AND': -16, 'ARTICLE': -16, 'ARTICLES': -16, 'CHAPTER': -16, 'CHAPTERS': -16, 'COMMA': -16, 'FOOTNOTE': -16, 'FOOTNOTES': -16, 'LIT': -16, 'LIT_LETTERS': -16, 'NOTE': -16, 'NOTES': -16, 'OPERATIVE': -16, 'OPERATIVES': -16, 'OR': -16, 'PARAGRAPH': -16, 'PARAGRAPHS': -16, 'PREAMBULAR': -16, 'PREAMBULARS': -16, 'RECITAL': -16, 'RECITALS': -16, 'SUBPARAGRAPH': -16, 'SUBPARAGRAPHS': -16},  # 52
    {'$END': -28, 'ABOVE': -28, 'AND': -28, 'ARTICLE': -28, 'ARTICLES': -28, 'CHAPTER': -28, 'CHAPTERS': -28, 'CLOSING': -28, 'COMMA': -28, 'COMMA_UNCC': -28, 'DASH': -28, 'FOOTNOTE': -28, 'FOOTNOTES': -28, 'LABEL': 7, 'LIT': -28, 'LIT_LETTERS': -28, 'NOTE': -28, 'NOTES': -28, 'OF': -28, 'OF_ACRONYM': -28, 'OPEN_END': -28, 'OPERATIVE': -28, 'OPERATIVES': -28, 'OR': -28, 'PARAGRAPH': -28, 'PARAGRAPHS': -28, 'PARENTHESIZED_NUMBER': 21, 'PREAMBULAR': -28, 'PREAMBULARS': -28, 'RECITAL': -28, 'RECITALS': -28, 'SUBPARAGRAPH': -28, 'SUBPARAGRAPHS': -28, 'TO': -28, 'TO_ARTICLE': -28, 'UNCC': -28, 'bracket': 66},  # 53
    {'$END': -68, 'ABOVE': -68, 'AND': -68, 'ARTICLE': -68, 'ARTICLES': -68, 'CHAPTER': -68, 'CHAPTERS': -68, 'CLOSING': -68, 'COMMA': -68, 'COMMA_UNCC': -68, 'FOOTNOTE': -68, 'FOOTNOTES': -68, 'LIT': -68, 'LIT_LETTERS': -68, 'NOTE': -68, 'NOTES': -68, 'OF': -68, 'OF_ACRONYM': -68, 'OPERATIVE': -68, 'OPERATIVES': -68, 'OR': -68, 'PARAGRAPH': -68, 'PARAGRAPHS': -68, 'PREAMBULAR': -68, 'PREAMBULARS': -68, 'RECITAL': -68, 'RECITALS': -68, 'SUBPARAGRAPH': -68, 'SUBPARAGRAPHS': -68, 'UNCC': -68},  # 54
    {'$END': -38, 'AND': -38, 'ARTICLE': -38, 'ARTICLES': -38, 'CHAPTER': -38, 'CHAPTERS': -38, 'COMMA': -38, 'FOOTNOTE': -38, 'FOOTNOTES': -38, 'LIT': -38, 'LIT_LETTERS': -38, 'NOTE': -38, 'NOTES': -38, 'OPERATIVE': -38, 'OPERATIVES': -38, 'OR': -38, 'PARAGRAPH': -38, 'PARAGRAPHS': -38, 'PREAMBULAR': -38, 'PREAMBULARS': -38, 'RECITAL': -38, 'RECITALS': -38, 'SUBPARAGRAPH': -38, 'SUBPARAGRAPHS': -38},  # 55
    {'$END': -62, 'ABOVE': -62, 'AND': -62, 'ARTICLE': -62, 'ARTICLES': -62, 'CHAPTER': -62, 'CHAPTERS': -62, 'CLOSING': -62, 'COMMA': -62, 'COMMA_UNCC': -62, 'FOOTNOTE': -62, 'FOOTNOTES': -62, 'LIT': -62, 'LIT_LETTERS': -62, 'NOTE': -62, 'NOTES': -62, 'OF': -62, 'OF_ACRONYM': -62, 'OPERATIVE': -62, 'OPERATIVES': -62, 'OR': -62, 'PARAGRAPH': -62, 'PARAGRAPHS': -62, 'PREAMBULAR': -62, 'PREAMBULARS': -62, 'RECITAL': -62, 'RECITALS': -62, 'SUBPARAGRAPH': -62, 'SUBPARAGRAPHS': -62, 'UNCC': -62},  # 56
    {'ANOTHER_INSTRUMENT': 84, 'ARTICLE': 1, 'ARTICLES': 2, 'CHAPTER': 3, 'CHAPTERS': 4, 'FOOTNOTE': 5, 'FOOTNOTES': 6, 'NOTE': 85, 'NOTES': 11, 'OPERATIVE': 14, 'OPERATIVES': 15, 'PARAGRAPH': 19, 'PARAGRAPHS': 20, 'PREAMBLE': 86, 'PREAMBULAR': 23, 'PREAMBULARS': 24, 'RECITAL': 25, 'RECITALS': 26, 'RESOLUTION': 87, 'SUBPARAGRAPH': 28, 'SUBPARAGRAPHS': 29, 'THIS_ARTICLE': 88, 'THIS_CONVENTION': 89, 'THIS_PARAGRAPH': 90, 'UNCC': 91, 'head': 92},  # 57
    {'$END': -64, 'ABOVE': -64, 'AND': -64, 'ARTICLE': -64, 'ARTICLES': -64, 'CHAPTER': -64, 'CHAPTERS': -64, 'CLOSING': -64, 'COMMA': -64, 'COMMA_UNCC': -64, 'FOOTNOTE': -64, 'FOOTNOTES': -64, 'LIT': -64, 'LIT_LETTERS': -64, 'NOTE': -64, 'NOTES': -64, 'OF': -64, 'OF_ACRONYM': -64, 'OPERATIVE': -64, 'OPERATIVES': -64, 'OR': -64, 'PARAGRAPH': -64, 'PARAGRAPHS': -64, 'PREAMBULAR': -64, 'PREAMBULARS': -64, 'RECITAL': -64, 'RECITALS': -64, 'SUBPARAGRAPH': -64, 'SUBPARAGRAPHS': -64, 'UNCC': -64},  # 58
    {'$END': -63, 'ABOVE': -63, 'AND': -63, 'ARTICLE': -63, 'ARTICLES': -63, 'CHAPTER': -63, 'CHAPTERS': -63, 'CLOSING': -63, 'COMMA': -63, 'COMMA_UNCC': -63, 'FOOTNOTE': -63, 'FOOTNOTES': -63, 'LIT': -63, 'LIT_LETTERS': -63, 'NOTE': -63, 'NOTES': -63, 'OF': -63, 'OF_ACRONYM': -63, 'OPERATIVE': -63, 'OPERATIVES': -63, 'OR': -63, 'PARAGRAPH': -63, 'PARAGRAPHS': -63, 'PREAMBULAR': -63, 'PREAMBULARS': -63, 'RECITAL': -63, 'RECITALS': -63, 'SUBPARAGRAPH': -63, 'SUBPARAGRAPHS': -63, 'UNCC': -63},  # 59
    {'$END': -39, 'ABOVE': 54, 'AND': -39, 'ARTICLE': -39, 'ARTICLES': -39, 'CHAPTER': -39, 'CHAPTERS': -39, 'CLOSING': 93, 'COMMA': -39, 'COMMA_UNCC': 56, 'FOOTNOTE': -39, 'FOOTNOTES': -39, 'LIT': -39, 'LIT_LETTERS': -39, 'NOTE': -39, 'NOTES': -39, 'OF': 57, 'OF_ACRONYM': 58, 'OPERATIVE': -39, 'OPERATIVES': -39, 'OR': -39, 'PARAGRAPH': -39, 'PARAGRAPHS': -39, 'PREAMBULAR': -39, 'PREAMBULARS': -39, 'RECITAL': -39, 'RECITALS': -39, 'SUBPARAGRAPH': -39, 'SUBPARAGRAPHS': -39, 'UNCC': 59, 'container': 94},  # 60
    {'$END': -90, 'ABOVE': -90, 'AND': -90, 'ARTICLE': -90, 'ARTICLES': -90, 'CHAPTER': -90, 'CHAPTERS': -90, 'CLOSING': -90, 'COMMA': -90, 'COMMA_UNCC': -90, 'FOOTNOTE': -90, 'FOOTNOTES': -90, 'LIT': -90, 'LIT_LETTERS': -90, 'NOTE': -90, 'NOTES': -90, 'OF': -90, 'OF_ACRONYM': -90, 'OPERATIVE': -90, 'OPERATIVES': -90, 'OR': -90, 'PARAGRAPH': -90, 'PARAGRAPHS': -90, 'PREAMBULAR': -90, 'PREAMBULARS': -90, 'RECITAL': -90, 'RECITALS': -90, 'SUBPARAGRAPH': -90, 'SUBPARAGRAPHS': -90, 'UNCC': -90},  # 61
    {'$END': -2},  # 62
    {'$END': -30, 'ABOVE': -30, 'AND': -30, 'ARTICLE': -30, 'ARTICLES': -30, 'CHAPTER': -30, 'CHAPTERS': -30, 'CLOSING': -30, 'COMMA': -30, 'COMMA_UNCC': -30, 'DASH': -30, 'FOOTNOTE': -30, 'FOOTNOTES': -30, 'LABEL': 7, 'LIT': -30, 'LIT_LETTERS': -30, 'NOTE': -30, 'NOTES': -30, 'OF': -30, 'OF_ACRONYM': -30, 'OPEN_END': -30, 'OPERATIVE': -30, 'OPERATIVES': -30, 'OR': -30, 'PARAGRAPH': -30, 'PARAGRAPHS': -30, 'PARENTHESIZED_NUMBER': 21, 'PREAMBULAR': -30, 'PREAMBULARS': -30, 'RECITAL': -30, 'RECITALS': -30, 'SUBPARAGRAPH': -30, 'SUBPARAGRAPHS': -30, 'TO': -30, 'TO_ARTICLE': -30, 'UNCC': -30, 'bracket': 66},  # 63
    {'AND': -52, 'COMMA': -52, 'DASH': -52, 'OR': -52, 'PREAMBULAR': -52, 'PREAMBULARS': -52, 'TO': -52},  # 64
    {'AND': -53, 'COMMA': -53, 'DASH': -53, 'OR': -53, 'PREAMBULAR': -53, 'PREAMBULARS': -53, 'TO': -53},  # 65
    {'$END': -93, 'ABOVE': -93, 'AND': -93, 'ARTICLE': -93, 'ARTICLES': -93, 'CHAPTER': -93, 'CHAPTERS': -93, 'CLOSING': -93, 'COMMA': -93, 'COMMA_UNCC': -93, 'DASH': -93, 'FOOTNOTE': -93, 'FOOTNOTES': -93, 'LABEL': -93, 'LIT': -93, 'LIT_LETTERS': -93, 'NOTE': -93, 'NOTES': -93, 'OF': -93, 'OF_ACRONYM': -93, 'OPEN_END': -93, 'OPERATIVE': -93, 'OPERATIVES': -93, 'OR': -93, 'PARAGRAPH': -93, 'PARAGRAPHS': -93, 'PARENTHESIZED_NUMBER': -93, 'PREAMBULAR': -93, 'PREAMBULARS': -93, 'RECITAL': -93, 'RECITALS': -93, 'SUBPARAGRAPH': -93, 'SUBPARAGRAPHS': -93, 'TO': -93, 'TO_ARTICLE': -93, 'UNCC': -93},  # 66
    {'$END': -13, 'AND': -13, 'ARTICLE': -13, 'ARTICLES': -13, 'CHAPTER': -13, 'CHAPTERS': -13, 'COMMA': -13, 'FOOTNOTE': -13, 'FOOTNOTES': -13, 'LIT': -13, 'LIT_LETTERS': -13, 'NOTE': -13, 'NOTES': -13, 'OPERATIVE': -13, 'OPERATIVES': -13, 'OR': -13, 'PARAGRAPH': -13, 'PARAGRAPHS': -13, 'PREAMBULAR': -13, 'PREAMBULARS': -13, 'RECITAL': -13, 'RECITALS': -13, 'SUBPARAGRAPH': -13, 'SUBPARAGRAPHS': -13},  # 67
    {'LABEL': -27, 'NUMBER': -27, 'NUMERAL': -27, 'ORDINAL': -27, 'ORDINAL_NUMBER': -27, 'PARENTHESIZED_NUMBER': -27, 'UNIT_ID': -27, '_THE': -27},  # 68
    {'$END': -23, 'ABOVE': 54, 'AND': -23, 'ARTICLE': -23, 'ARTICLES': -23, 'CHAPTER': -23, 'CHAPTERS': -23, 'COMMA': -23, 'COMMA_UNCC': 56, 'FOOTNOTE': -23, 'FOOTNOTES': -23, 'LIT': -23, 'LIT_LETTERS': -23, 'NOTE': -23, 'NOTES': -23, 'OF': 57, 'OF_ACRONYM': 58, 'OPERATIVE': -23, 'OPERATIVES': -23, 'OR': -23, 'PARAGRAPH': -23, 'PARAGRAPHS': -23, 'PREAMBULAR': -23, 'PREAMBULARS': -23, 'RECITAL': -23, 'RECITALS': -23, 'SUBPARAGRAPH': -23, 'SUBPARAGRAPHS': -23, 'UNCC': 59, '__place_star_1': 95, 'container': 61},  # 69
    {'LABEL': -26, 'NUMBER': -26, 'NUMERAL': -26, 'ORDINAL': -26, 'ORDINAL_NUMBER': -26, 'PARENTHESIZED_NUMBER': -26, 'UNIT_ID': -26, '_THE': -26},  # 70
    {'$END': -24, 'ABOVE': 54, 'AND': -24, 'ARTICLE': -24, 'ARTICLES': -24, 'CHAPTER': -24, 'CHAPTERS': -24, 'COMMA': -24, 'COMMA_UNCC': 56, 'FOOTNOTE': -24, 'FOOTNOTES': -24, 'LIT': -24, 'LIT_LETTERS': -24, 'NOTE': -24, 'NOTES': -24, 'OF': 57, 'OF_ACRONYM': 58, 'OPERATIVE': -24, 'OPERATIVES': -24, 'OR': -24, 'PARAGRAPH': -24, 'PARAGRAPHS': -24, 'PREAMBULAR': -24, 'PREAMBULARS': -24, 'RECITAL': -24, 'RECITALS': -24, 'SUBPARAGRAPH': -24, 'SUBPARAGRAPHS': -24, 'UNCC': 59, 'container': 94},  # 71
    {'LABEL': 7, 'NUMBER': 12, 'NUMERAL': 13, 'PARENTHESIZED_NUMBER': 21, 'UNIT_ID': 35, '__locus_star_2': 37, 'bracket': 38, 'locus': 96},  # 72
    {'ARTICLE': -7, 'ARTICLES': -7, 'CHAPTER': -7, 'CHAPTERS': -7, 'FOOTNOTE': -7, 'FOOTNOTES': -7, 'LABEL': -7, 'LIT': -7, 'LIT_LETTERS': -7, 'NOTE': -7, 'NOTES': -7, 'NUMBER': -7, 'NUMERAL': -7, 'OPERATIVE': -7, 'OPERATIVES': -7, 'ORDINAL': -7, 'ORDINAL_NUMBER': -7, 'OTHER_RESOLUTION': -7, 'PARAGRAPH': -7, 'PARAGRAPHS': -7, 'PARENTHESIZED_NUMBER': -7, 'PREAMBLE': -7, 'PREAMBULAR': -7, 'PREAMBULARS': -7, 'RECITAL': -7, 'RECITALS': -7, 'RESOLUTION': -7, 'SUBPARAGRAPH': -7, 'SUBPARAGRAPHS': -7, 'TESTIMONIUM': -7, 'THIS_ARTICLE': -7, 'THIS_CHAPTER': -7, 'THIS_PARAGRAPH': -7, 'UNIT_ID': -7, '_THE': -7},  # 73
    {'AND': 97, 'ARTICLE': -5, 'ARTICLES': -5, 'CHAPTER': -5, 'CHAPTERS': -5, 'FOOTNOTE': -5, 'FOOTNOTES': -5, 'LABEL': -5, 'LIT': -5, 'LIT_LETTERS': -5, 'NOTE': -5, 'NOTES': -5, 'NUMBER': -5, 'NUMERAL': -5, 'OPERATIVE': -5, 'OPERATIVES': -5, 'OR': 98, 'ORDINAL': -5, 'ORDINAL_NUMBER': -5, 'OTHER_RESOLUTION': -5, 'PARAGRAPH': -5, 'PARAGRAPHS': -5, 'PARENTHESIZED_NUMBER': -5, 'PREAMBLE': -5, 'PREAMBULAR': -5, 'PREAMBULARS': -5, 'RECITAL': -5, 'RECITALS': -5, 'RESOLUTION': -5, 'SUBPARAGRAPH': -5, 'SUBPARAGRAPHS': -5, 'TESTIMONIUM': -5, 'THIS_ARTICLE': -5, 'THIS_CHAPTER': -5, 'THIS_PARAGRAPH': -5, 'UNIT_ID': -5, '_THE': -5},  # 74
    {'ARTICLE': -9, 'ARTICLES': -9, 'CHAPTER': -9, 'CHAPTERS': -9, 'FOOTNOTE': -9, 'FOOTNOTES': -9, 'LABEL': -9, 'LIT': -9, 'LIT_LETTERS': -9, 'NOTE': -9, 'NOTES': -9, 'NUMBER': -9, 'NUMERAL': -9, 'OPERATIVE': -9, 'OPERATIVES': -9, 'ORDINAL': -9, 'ORDINAL_NUMBER': -9, 'OTHER_RESOLUTION': -9, 'PARAGRAPH': -9, 'PARAGRAPHS': -9, 'PARENTHESIZED_NUMBER': -9, 'PREAMBLE': -9, 'PREAMBULAR': -9, 'PREAMBULARS': -9, 'RECITAL': -9, 'RECITALS': -9, 'RESOLUTION': -9, 'SUBPARAGRAPH': -9, 'SUBPARAGRAPHS': -9, 'TESTIMONIUM': -9, 'THIS_ARTICLE': -9, 'THIS_CHAPTER': -9, 'THIS_PARAGRAPH': -9, 'UNIT_ID': -9, '_THE': -9},  # 75
    {'$END': -3, 'AND': 73, 'ARTICLE': 1, 'ARTICLES': 2, 'CHAPTER': 3, 'CHAPTERS': 4, 'COMMA': 74, 'FOOTNOTE': 5, 'FOOTNOTES': 6, 'LIT': 8, 'LIT_LETTERS': 9, 'NOTE': 10, 'NOTES': 11, 'OPERATIVE': 14, 'OPERATIVES': 15, 'OR': 75, 'PARAGRAPH': 19, 'PARAGRAPHS': 20, 'PREAMBULAR': 23, 'PREAMBULARS': 24, 'RECITAL': 25, 'RECITALS': 26, 'SUBPARAGRAPH': 28, 'SUBPARAGRAPHS': 29, 'head': 40, 'headed': 99, 'sep': 100},  # 76
    {'$END': -87, 'AND': -87, 'ARTICLE': -87, 'ARTICLES': -87, 'CHAPTER': -87, 'CHAPTERS': -87, 'COMMA': -87, 'FOOTNOTE': -87, 'FOOTNOTES': -87, 'LIT': -87, 'LIT_LETTERS': -87, 'NOTE': -87, 'NOTES': -87, 'OPERATIVE': -87, 'OPERATIVES': -87, 'OR': -87, 'PARAGRAPH': -87, 'PARAGRAPHS': -87, 'PREAMBULAR': -87, 'PREAMBULARS': -87, 'RECITAL': -87, 'RECITALS': -87, 'SUBPARAGRAPH': -87, 'SUBPARAGRAPHS': -87},  # 77
    {'ARTICLE': 1, 'ARTICLES': 2, 'CHAPTER': 3, 'CHAPTERS': 4, 'FOOTNOTE': 5, 'FOOTNOTES': 6, 'LABEL': 7, 'LIT': 8, 'LIT_LETTERS': 9, 'NOTE': 10, 'NOTES': 11, 'NUMBER': 12, 'NUMERAL': 13, 'OPERATIVE': 14, 'OPERATIVES': 15, 'ORDINAL': 16, 'ORDINAL_NUMBER': 17, 'OTHER_RESOLUTION': 18, 'PARAGRAPH': 19, 'PARAGRAPHS': 20, 'PARENTHESIZED_NUMBER': 21, 'PREAMBLE': 22, 'PREAMBULAR': 23, 'PREAMBULARS': 24, 'RECITAL': 25, 'RECITALS': 26, 'RESOLUTION': 27, 'SUBPARAGRAPH': 28, 'SUBPARAGRAPHS': 29, 'TESTIMONIUM': 30, 'THIS_ARTICLE': 31, 'THIS_CHAPTER': 32, 'THIS_PARAGRAPH': 33, 'UNIT_ID': 35, '_THE': 36, '__locus_star_2': 37, 'bracket': 38, 'head': 40, 'headed': 41, 'locus': 42, 'member': 101, 'ordinal': 44, 'place': 45, 'unit': 47},  # 78
    {'$END': -47, 'ABOVE': 54, 'AND': -47, 'ARTICLE': -47, 'ARTICLES': -47, 'CHAPTER': -47, 'CHAPTERS': -47, 'COMMA': -47, 'COMMA_UNCC': 56, 'FOOTNOTE': -47, 'FOOTNOTES': -47, 'LIT': -47, 'LIT_LETTERS': -47, 'NOTE': -47, 'NOTES': -47, 'OF': 57, 'OF_ACRONYM': 58, 'OPERATIVE': -47, 'OPERATIVES': -47, 'OR': -47, 'PARAGRAPH': -47, 'PARAGRAPHS': -47, 'PREAMBULAR': -47, 'PREAMBULARS': -47, 'RECITAL': -47, 'RECITALS': -47, 'SUBPARAGRAPH': -47, 'SUBPARAGRAPHS': -47, 'UNCC': 59, '__place_star_1': 102, 'container': 61},  # 79
    {'AND': 73, 'COMMA': 74, 'OR': 75, 'PREAMBULARS': 103, 'sep': 104},  # 80
    {'ORDINAL': 16, 'ORDINAL_NUMBER': 17, '_THE': 36, 'ordinal': 105},  # 81
    {'ORDINAL': 16, 'ORDINAL_NUMBER': 17, '_THE': 36, 'ordinal': 106},  # 82
    {'LABEL': 7, 'NUMBER': 12, 'NUMERAL': 13, 'PARENTHESIZED_NUMBER': 21, 'UNIT_ID': 35, '__locus_star_2': 37, 'bracket': 38, 'locus': 107},  # 83
    {'$END': -67, 'ABOVE': -67, 'AND': -67, 'ARTICLE': -67, 'ARTICLES': -67, 'CHAPTER': -67, 'CHAPTERS': -67, 'CLOSING': -67, 'COMMA': -67, 'COMMA_UNCC': -67, 'FOOTNOTE': -67, 'FOOTNOTES': -67, 'LIT': -67, 'LIT_LETTERS': -67, 'NOTE': -67, 'NOTES': -67, 'OF': -67, 'OF_ACRONYM': -67, 'OPERATIVE': -67, 'OPERATIVES': -67, 'OR': -67, 'PARAGRAPH': -67, 'PARAGRAPHS': -67, 'PREAMBULAR': -67, 'PREAMBULARS': -67, 'RECITAL': -67, 'RECITALS': -67, 'SUBPARAGRAPH': -67, 'SUBPARAGRAPHS': -67, 'UNCC': -67},  # 84
    {'LABEL': 7, 'NUMBER': 12, 'NUMERAL': 13, 'PARENTHESIZED_NUMBER': 21, 'UNIT_ID': 35, '__locus_star_2': 37, 'bracket': 38, 'locus': 108},  # 85
    {'$END': -66, 'ABOVE': -66, 'AND': -66, 'ARTICLE': -66, 'ARTICLES': -66, 'CHAPTER': -66, 'CHAPTERS': -66, 'CLOSING': -66, 'COMMA': -66, 'COMMA_UNCC': -66, 'FOOTNOTE': -66, 'FOOTNOTES': -66, 'LIT': -66, 'LIT_LETTERS': -66, 'NOTE': -66, 'NOTES': -66, 'OF': -66, 'OF_ACRONYM': -66, 'OPERATIVE': -66, 'OPERATIVES': -66, 'OR': -66, 'PARAGRAPH': -66, 'PARAGRAPHS': -66, 'PREAMBULAR': -66, 'PREAMBULARS': -66, 'RECITAL': -66, 'RECITALS': -66, 'SUBPARAGRAPH': -66, 'SUBPARAGRAPHS': -66, 'UNCC': -66},  # 86
    {'$END': -65, 'ABOVE': -65, 'AND': -65, 'ARTICLE': -65, 'ARTICLES': -65, 'CHAPTER': -65, 'CHAPTERS': -65, 'CLOSING': -65, 'COMMA': -65, 'COMMA_UNCC': -65, 'FOOTNOTE': -65, 'FOOTNOTES': -65, 'LIT': -65, 'LIT_LETTERS': -65, 'NOTE': -65, 'NOTES': -65, 'OF': -65, 'OF_ACRONYM': -65, 'OPERATIVE': -65, 'OPERATIVES': -65, 'OR': -65, 'PARAGRAPH': -65, 'PARAGRAPHS': -65, 'PREAMBULAR': -65, 'PREAMBULARS': -65, 'RECITAL': -65, 'RECITALS': -65, 'SUBPARAGRAPH': -65, 'SUBPARAGRAPHS': -65, 'UNCC': -65},  # 87
    {'$END': -58, 'ABOVE': -58, 'AND': -58, 'ARTICLE': -58, 'ARTICLES': -58, 'CHAPTER': -58, 'CHAPTERS': -58, 'CLOSING': -58, 'COMMA': -58, 'COMMA_UNCC': -58, 'FOOTNOTE': -58, 'FOOTNOTES': -58, 'LIT': -58, 'LIT_LETTERS': -58, 'NOTE': -58, 'NOTES': -58, 'OF': -58, 'OF_ACRONYM': -58, 'OPERATIVE': -58, 'OPERATIVES': -58, 'OR': -58, 'PARAGRAPH': -58, 'PARAGRAPHS': -58, 'PREAMBULAR': -58, 'PREAMBULARS': -58, 'RECITAL': -58, 'RECITALS': -58, 'SUBPARAGRAPH': -58, 'SUBPARAGRAPHS': -58, 'UNCC': -58},  # 88
    {'$END': -60, 'ABOVE': -60, 'AND': -60, 'ARTICLE': -60, 'ARTICLES': -60, 'CHAPTER': -60, 'CHAPTERS': -60, 'CLOSING': -60, 'COMMA': -60, 'COMMA_UNCC': -60, 'FOOTNOTE': -60, 'FOOTNOTES': -60, 'LIT': -60, 'LIT_LETTERS': -60, 'NOTE': -60, 'NOTES': -60, 'OF': -60, 'OF_ACRONYM': -60, 'OPERATIVE': -60, 'OPERATIVES': -60, 'OR': -60, 'PARAGRAPH': -60, 'PARAGRAPHS': -60, 'PREAMBULAR': -60, 'PREAMBULARS': -60, 'RECITAL': -60, 'RECITALS': -60, 'SUBPARAGRAPH': -60, 'SUBPARAGRAPHS': -60, 'UNCC': -60},  # 89
    {'$END': -59, 'ABOVE': -59, 'AND': -59, 'ARTICLE': -59, 'ARTICLES': -59, 'CHAPTER': -59, 'CHAPTERS': -59, 'CLOSING': -59, 'COMMA': -59, 'COMMA_UNCC': -59, 'FOOTNOTE': -59, 'FOOTNOTES': -59, 'LIT': -59, 'LIT_LETTERS': -59, 'NOTE': -59, 'NOTES': -59, 'OF': -59, 'OF_ACRONYM': -59, 'OPERATIVE': -59, 'OPERATIVES': -59, 'OR': -59, 'PARAGRAPH': -59, 'PARAGRAPHS': -59, 'PREAMBULAR': -59, 'PREAMBULARS': -59, 'RECITAL': -59, 'RECITALS': -59, 'SUBPARAGRAPH': -59, 'SUBPARAGRAPHS': -59, 'UNCC': -59},  # 90
    {'$END': -61, 'ABOVE': -61, 'AND': -61, 'ARTICLE': -61, 'ARTICLES': -61, 'CHAPTER': -61, 'CHAPTERS': -61, 'CLOSING': -61, 'COMMA': -61, 'COMMA_UNCC': -61, 'FOOTNOTE': -61, 'FOOTNOTES': -61, 'LIT': -61, 'LIT_LETTERS': -61, 'NOTE': -61, 'NOTES': -61, 'OF': -61, 'OF_ACRONYM': -61, 'OPERATIVE': -61, 'OPERATIVES': -61, 'OR': -61, 'PARAGRAPH': -61, 'PARAGRAPHS': -61, 'PREAMBULAR': -61, 'PREAMBULARS': -61, 'RECITAL': -61, 'RECITALS': -61, 'SUBPARAGRAPH': -61, 'SUBPARAGRAPHS': -61, 'UNCC': -61},  # 91
    {'LABEL': 7, 'NUMBER': 12, 'NUMERAL': 13, 'PARENTHESIZED_NUMBER': 21, 'UNIT_ID': 35, '__locus_star_2': 37, 'bracket': 38, 'locus': 109},  # 92
    {'$END': -37, 'AND': -37, 'ARTICLE': -37, 'ARTICLES': -37, 'CHAPTER': -37, 'CHAPTERS': -37, 'COMMA': -37, 'FOOTNOTE': -37, 'FOOTNOTES': -37, 'LIT': -37, 'LIT_LETTERS': -37, 'NOTE': -37, 'NOTES': -37, 'OPERATIVE': -37, 'OPERATIVES': -37, 'OR': -37, 'PARAGRAPH': -37, 'PARAGRAPHS': -37, 'PREAMBULAR': -37, 'PREAMBULARS': -37, 'RECITAL': -37, 'RECITALS': -37, 'SUBPARAGRAPH': -37, 'SUBPARAGRAPHS': -37},  # 93
    {'$END': -91, 'ABOVE': -91, 'AND': -91, 'ARTICLE': -91, 'ARTICLES': -91, 'CHAPTER': -91, 'CHAPTERS': -91, 'CLOSING': -91, 'COMMA': -91, 'COMMA_UNCC': -91, 'FOOTNOTE': -91, 'FOOTNOTES': -91, 'LIT': -91, 'LIT_LETTERS': -91, 'NOTE': -91, 'NOTES': -91, 'OF': -91, 'OF_ACRONYM': -91, 'OPERATIVE': -91, 'OPERATIVES': -91, 'OR': -91, 'PARAGRAPH': -91, 'PARAGRAPHS': -91, 'PREAMBULAR': -91, 'PREAMBULARS': -91, 'RECITAL': -91, 'RECITALS': -91, 'SUBPARAGRAPH': -91, 'SUBPARAGRAPHS': -91, 'UNCC': -91},  # 94
    {'$END': -22, 'ABOVE': 54, 'AND': -22, 'ARTICLE': -22, 'ARTICLES': -22, 'CHAPTER': -22, 'CHAPTERS': -22, 'COMMA': -22, 'COMMA_UNCC': 56, 'FOOTNOTE': -22, 'FOOTNOTES': -22, 'LIT': -22, 'LIT_LETTERS': -22, 'NOTE': -22, 'NOTES': -22, 'OF': 57, 'OF_ACRONYM': 58, 'OPERATIVE': -22, 'OPERATIVES': -22, 'OR': -22, 'PARAGRAPH': -22, 'PARAGRAPHS': -22, 'PREAMBULAR': -22, 'PREAMBULARS': -22, 'RECITAL': -22, 'RECITALS': -22, 'SUBPARAGRAPH': -22, 'SUBPARAGRAPHS': -22, 'UNCC': 59, 'container': 94},  # 95
    {'$END': -21, 'ABOVE': 54, 'AND': -21, 'ARTICLE': -21, 'ARTICLES': -21, 'CHAPTER': -21, 'CHAPTERS': -21, 'COMMA': -21, 'COMMA_UNCC': 56, 'FOOTNOTE': -21, 'FOOTNOTES': -21, 'LIT': -21, 'LIT_LETTERS': -21, 'NOTE': -21, 'NOTES': -21, 'OF': 57, 'OF_ACRONYM': 58, 'OPERATIVE': -21, 'OPERATIVES': -21, 'OR': -21, 'PARAGRAPH': -21, 'PARAGRAPHS': -21, 'PREAMBULAR': -21, 'PREAMBULARS': -21, 'RECITAL': -21, 'RECITALS': -21, 'SUBPARAGRAPH': -21, 'SUBPARAGRAPHS': -21, 'UNCC': 59, '__place_star_1': 110, 'container': 61},  # 96
    {'ARTICLE': -6, 'ARTICLES': -6, 'CHAPTER': -6, 'CHAPTERS': -6, 'FOOTNOTE': -6, 'FOOTNOTES': -6, 'LABEL': -6, 'LIT': -6, 'LIT_LETTERS': -6, 'NOTE': -6, 'NOTES': -6, 'NUMBER': -6, 'NUMERAL': -6, 'OPERATIVE': -6, 'OPERATIVES': -6, 'ORDINAL': -6, 'ORDINAL_NUMBER': -6, 'OTHER_RESOLUTION': -6, 'PARAGRAPH': -6, 'PARAGRAPHS': -6, 'PARENTHESIZED_NUMBER': -6, 'PREAMBLE': -6, 'PREAMBULAR': -6, 'PREAMBULARS': -6, 'RECITAL': -6, 'RECITALS': -6, 'RESOLUTION': -6, 'SUBPARAGRAPH': -6, 'SUBPARAGRAPHS': -6, 'TESTIMONIUM': -6, 'THIS_ARTICLE': -6, 'THIS_CHAPTER': -6, 'THIS_PARAGRAPH': -6, 'UNIT_ID': -6, '_THE': -6},  # 97
    {'ARTICLE': -8, 'ARTICLES': -8, 'CHAPTER': -8, 'CHAPTERS': -8, 'FOOTNOTE': -8, 'FOOTNOTES': -8, 'LABEL': -8, 'LIT': -8, 'LIT_LETTERS': -8, 'NOTE': -8, 'NOTES': -8, 'NUMBER': -8, 'NUMERAL': -8, 'OPERATIVE': -8, 'OPERATIVES': -8, 'ORDINAL': -8, 'ORDINAL_NUMBER': -8, 'OTHER_RESOLUTION': -8, 'PARAGRAPH': -8, 'PARAGRAPHS': -8, 'PARENTHESIZED_NUMBER': -8, 'PREAMBLE': -8, 'PREAMBULAR': -8, 'PREAMBULARS': -8, 'RECITAL': -8, 'RECITALS': -8, 'RESOLUTION': -8, 'SUBPARAGRAPH': -8, 'SUBPARAGRAPHS': -8, 'TESTIMONIUM': -8, 'THIS_ARTICLE': -8, 'THIS_CHAPTER': -8, 'THIS_PARAGRAPH': -8, 'UNIT_ID': -8, '_THE': -8},  # 98
    {'$END': -89, 'AND': -89, 'ARTICLE': -89, 'ARTICLES': -89, 'CHAPTER': -89, 'CHAPTERS': -89, 'COMMA': -89, 'FOOTNOTE': -89, 'FOOTNOTES': -89, 'LIT': -89, 'LIT_LETTERS': -89, 'NOTE': -89, 'NOTES': -89, 'OPERATIVE': -89, 'OPERATIVES': -89, 'OR': -89, 'PARAGRAPH': -89, 'PARAGRAPHS': -89, 'PREAMBULAR': -89, 'PREAMBULARS': -89, 'RECITAL': -89, 'RECITALS': -89, 'SUBPARAGRAPH': -89, 'SUBPARAGRAPHS': -89},  # 99
    {'ARTICLE': 1, 'ARTICLES': 2, 'CHAPTER': 3, 'CHAPTERS': 4, 'FOOTNOTE': 5, 'FOOTNOTES': 6, 'LABEL': 7, 'LIT': 8, 'LIT_LETTERS': 9, 'NOTE': 10, 'NOTES': 11, 'NUMBER': 12, 'NUMERAL': 13, 'OPERATIVE': 14, 'OPERATIVES': 15, 'ORDINAL': 16, 'ORDINAL_NUMBER': 17, 'OTHER_RESOLUTION': 18, 'PARAGRAPH': 19, 'PARAGRAPHS': 20, 'PARENTHESIZED_NUMBER': 21, 'PREAMBLE': 22, 'PREAMBULAR': 23, 'PREAMBULARS': 24, 'RECITAL': 25, 'RECITALS': 26, 'RESOLUTION': 27, 'SUBPARAGRAPH': 28, 'SUBPARAGRAPHS': 29, 'TESTIMONIUM': 30, 'THIS_ARTICLE': 31, 'THIS_CHAPTER': 32, 'THIS_PARAGRAPH': 33, 'UNIT_ID': 35, '_THE': 36, '__locus_star_2': 37, 'bracket': 38, 'head': 40, 'headed': 41, 'locus': 42, 'member': 111, 'ordinal': 44, 'place': 45, 'unit': 47},  # 100
    {'$END': -86, 'AND': -86, 'ARTICLE': -86, 'ARTICLES': -86, 'CHAPTER': -86, 'CHAPTERS': -86, 'COMMA': -86, 'FOOTNOTE': -86, 'FOOTNOTES': -86, 'LIT': -86, 'LIT_LETTERS': -86, 'NOTE': -86, 'NOTES': -86, 'OPERATIVE': -86, 'OPERATIVES': -86, 'OR': -86, 'PARAGRAPH': -86, 'PARAGRAPHS': -86, 'PREAMBULAR': -86, 'PREAMBULARS': -86, 'RECITAL': -86, 'RECITALS': -86, 'SUBPARAGRAPH': -86, 'SUBPARAGRAPHS': -86},  # 101
    {'$END': -46, 'ABOVE': 54, 'AND': -46, 'ARTICLE': -46, 'ARTICLES': -46, 'CHAPTER': -46, 'CHAPTERS': -46, 'COMMA': -46, 'COMMA_UNCC': 56, 'FOOTNOTE': -46, 'FOOTNOTES': -46, 'LIT': -46, 'LIT_LETTERS': -46, 'NOTE': -46, 'NOTES': -46, 'OF': 57, 'OF_ACRONYM': 58, 'OPERATIVE': -46, 'OPERATIVES': -46, 'OR': -46, 'PARAGRAPH': -46, 'PARAGRAPHS': -46, 'PREAMBULAR': -46, 'PREAMBULARS': -46, 'RECITAL': -46, 'RECITALS': -46, 'SUBPARAGRAPH': -46, 'SUBPARAGRAPHS': -46, 'UNCC': 59, 'container': 94},  # 102
    {'$END': -49, 'ABOVE': 54, 'AND': -49, 'ARTICLE': -49, 'ARTICLES': -49, 'CHAPTER': -49, 'CHAPTERS': -49, 'COMMA': -49, 'COMMA_UNCC': 56, 'FOOTNOTE': -49, 'FOOTNOTES': -49, 'LIT': -49, 'LIT_LETTERS': -49, 'NOTE': -49, 'NOTES': -49, 'OF': 57, 'OF_ACRONYM': 58, 'OPERATIVE': -49, 'OPERATIVES': -49, 'OR': -49, 'PARAGRAPH': -49, 'PARAGRAPHS': -49, 'PREAMBULAR': -49, 'PREAMBULARS': -49, 'RECITAL': -49, 'RECITALS': -49, 'SUBPARAGRAPH': -49, 'SUBPARAGRAPHS': -49, 'UNCC': 59, '__place_star_1': 112, 'container': 61},  # 103
    {'ORDINAL': 16, 'ORDINAL_NUMBER': 17, '_THE': 36, 'ordinal': 113},  # 104
    {'PREAMBULARS': 114},  # 105
    {'AND': -94, 'COMMA': -94, 'OR': -94, 'PREAMBULARS': -94},  # 106
    {'$END': -17, 'AND': -17, 'ARTICLE': -17, 'ARTICLES': -17, 'CHAPTER': -17, 'CHAPTERS': -17, 'COMMA': -17, 'FOOTNOTE': -17, 'FOOTNOTES': -17, 'LIT': -17, 'LIT_LETTERS': -17, 'NOTE': -17, 'NOTES': -17, 'OPERATIVE': -17, 'OPERATIVES': -17, 'OR': -17, 'PARAGRAPH': -17, 'PARAGRAPHS': -17, 'PREAMBULAR': -17, 'PREAMBULARS': -17, 'RECITAL': -17, 'RECITALS': -17, 'SUBPARAGRAPH': -17, 'SUBPARAGRAPHS': -17},  # 107
    {'$END': -57, 'ABOVE': -57, 'AND': -57, 'ARTICLE': -57, 'ARTICLES': -57, 'CHAPTER': -57, 'CHAPTERS': -57, 'CLOSING': -57, 'COMMA': -57, 'COMMA_UNCC': -57, 'FOOTNOTE': -57, 'FOOTNOTES': -57, 'LIT': -57, 'LIT_LETTERS': -57, 'NOTE': -57, 'NOTES': -57, 'OF': -57, 'OF_ACRONYM': -57, 'OPERATIVE': -57, 'OPERATIVES': -57, 'OR': -57, 'PARAGRAPH': -57, 'PARAGRAPHS': -57, 'PREAMBULAR': -57, 'PREAMBULARS': -57, 'RECITAL': -57, 'RECITALS': -57, 'SUBPARAGRAPH': -57, 'SUBPARAGRAPHS': -57, 'UNCC': -57},  # 108
    {'$END': -56, 'ABOVE': -56, 'AND': -56, 'ARTICLE': -56, 'ARTICLES': -56, 'CHAPTER': -56, 'CHAPTERS': -56, 'CLOSING': -56, 'COMMA': -56, 'COMMA_UNCC': -56, 'FOOTNOTE': -56, 'FOOTNOTES': -56, 'LIT': -56, 'LIT_LETTERS': -56, 'NOTE': -56, 'NOTES': -56, 'OF': -56, 'OF_ACRONYM': -56, 'OPERATIVE': -56, 'OPERATIVES': -56, 'OR': -56, 'PARAGRAPH': -56, 'PARAGRAPHS': -56, 'PREAMBULAR': -56, 'PREAMBULARS': -56, 'RECITAL': -56, 'RECITALS': -56, 'SUBPARAGRAPH': -56, 'SUBPARAGRAPHS': -56, 'UNCC': -56},  # 109
    {'$END': -20, 'ABOVE': 54, 'AND': -20, 'ARTICLE': -20, 'ARTICLES': -20, 'CHAPTER': -20, 'CHAPTERS': -20, 'COMMA': -20, 'COMMA_UNCC': 56, 'FOOTNOTE': -20, 'FOOTNOTES': -20, 'LIT': -20, 'LIT_LETTERS': -20, 'NOTE': -20, 'NOTES': -20, 'OF': 57, 'OF_ACRONYM': 58, 'OPERATIVE': -20, 'OPERATIVES': -20, 'OR': -20, 'PARAGRAPH': -20, 'PARAGRAPHS': -20, 'PREAMBULAR': -20, 'PREAMBULARS': -20, 'RECITAL': -20, 'RECITALS': -20, 'SUBPARAGRAPH': -20, 'SUBPARAGRAPHS': -20, 'UNCC': 59, 'container': 94},  # 110
    {'$END': -88, 'AND': -88, 'ARTICLE': -88, 'ARTICLES': -88, 'CHAPTER': -88, 'CHAPTERS': -88, 'COMMA': -88, 'FOOTNOTE': -88, 'FOOTNOTES': -88, 'LIT': -88, 'LIT_LETTERS': -88, 'NOTE': -88, 'NOTES': -88, 'OPERATIVE': -88, 'OPERATIVES': -88, 'OR': -88, 'PARAGRAPH': -88, 'PARAGRAPHS': -88, 'PREAMBULAR': -88, 'PREAMBULARS': -88, 'RECITAL': -88, 'RECITALS': -88, 'SUBPARAGRAPH': -88, 'SUBPARAGRAPHS': -88},  # 111
    {'$END': -48, 'ABOVE': 54, 'AND': -48, 'ARTICLE': -48, 'ARTICLES': -48, 'CHAPTER': -48, 'CHAPTERS': -48, 'COMMA': -48, 'COMMA_UNCC': 56, 'FOOTNOTE': -48, 'FOOTNOTES': -48, 'LIT': -48, 'LIT_LETTERS': -48, 'NOTE': -48, 'NOTES': -48, 'OF': 57, 'OF_ACRONYM': 58, 'OPERATIVE': -48, 'OPERATIVES': -48, 'OR': -48, 'PARAGRAPH': -48, 'PARAGRAPHS': -48, 'PREAMBULAR': -48, 'PREAMBULARS': -48, 'RECITAL': -48, 'RECITALS': -48, 'SUBPARAGRAPH': -48, 'SUBPARAGRAPHS': -48, 'UNCC': 59, 'container': 94},  # 112
    {'AND': -95, 'COMMA': -95, 'OR': -95, 'PREAMBULARS': -95},  # 113
    {'$END': -51, 'ABOVE': 54, 'AND': -51, 'ARTICLE': -51, 'ARTICLES': -51, 'CHAPTER': -51, 'CHAPTERS': -51, 'COMMA': -51, 'COMMA_UNCC': 56, 'FOOTNOTE': -51, 'FOOTNOTES': -51, 'LIT': -51, 'LIT_LETTERS': -51, 'NOTE': -51, 'NOTES': -51, 'OF': 57, 'OF_ACRONYM': 58, 'OPERATIVE': -51, 'OPERATIVES': -51, 'OR': -51, 'PARAGRAPH': -51, 'PARAGRAPHS': -51, 'PREAMBULAR': -51, 'PREAMBULARS': -51, 'RECITAL': -51, 'RECITALS': -51, 'SUBPARAGRAPH': -51, 'SUBPARAGRAPHS': -51, 'UNCC': 59, '__place_star_1': 115, 'container': 61},  # 114
    {'$END': -50, 'ABOVE': 54, 'AND': -50, 'ARTICLE': -50, 'ARTICLES': -50, 'CHAPTER': -50, 'CHAPTERS': -50, 'COMMA': -50, 'COMMA_UNCC': 56, 'FOOTNOTE': -50, 'FOOTNOTES': -50, 'LIT': -50, 'LIT_LETTERS': -50, 'NOTE': -50, 'NOTES': -50, 'OF': 57, 'OF_ACRONYM': 58, 'OPERATIVE': -50, 'OPERATIVES': -50, 'OR': -50, 'PARAGRAPH': -50, 'PARAGRAPHS': -50, 'PREAMBULAR': -50, 'PREAMBULARS': -50, 'RECITAL': -50, 'RECITALS': -50, 'SUBPARAGRAPH': -50, 'SUBPARAGRAPHS': -50, 'UNCC': 59, 'container': 94},  # 115
)  # type: tuple[dict[str, int], ...]
# One row a rule: (what it makes, its length, the children kept (None: all; (i, spliced) each), whether
# it passes on a single child, its method (None: a helper rule, whose children the rule using it takes)).
RULES = (
    ('start', 1, None, False, 'start'),  # 0
    ('start', 2, None, False, 'uncc_prefixed'),  # 1
    ('citation', 2, ((0, False), (1, True)), False, 'citation'),  # 2
    ('citation', 1, None, False, 'citation'),  # 3
    ('sep', 1, None, False, 'comma'),  # 4
    ('sep', 2, None, False, 'and_'),  # 5
    ('sep', 1, None, False, 'and_'),  # 6
    ('sep', 2, None, False, 'or_'),  # 7
    ('sep', 1, None, False, 'or_'),  # 8
    ('member', 1, None, True, 'member'),  # 9
    ('member', 1, None, True, 'member'),  # 10
    ('member', 1, None, True, 'member'),  # 11
    ('headed', 2, None, False, 'headed'),  # 12
    ('headed', 2, None, False, 'lit'),  # 13
    ('headed', 1, None, False, 'lit_letters'),  # 14
    ('headed', 2, None, False, 'note_headed'),  # 15
    ('headed', 4, None, False, 'note_to'),  # 16
    ('lit_letter', 1, None, False, 'lit_letter'),  # 17
    ('lit_letter', 1, None, False, 'lit_letter'),  # 18
    ('place', 4, ((0, False), (1, False), (2, False), (3, True)), False, 'place'),  # 19
    ('place', 3, None, False, 'place'),  # 20
    ('place', 3, ((0, False), (1, False), (2, True)), False, 'place'),  # 21
    ('place', 2, None, False, 'place'),  # 22
    ('place', 2, ((0, False), (1, True)), False, 'place'),  # 23
    ('place', 1, None, False, 'place'),  # 24
    ('range', 1, None, False, 'range'),  # 25
    ('range', 1, None, False, 'range'),  # 26
    ('locus', 2, ((0, False), (1, True)), False, 'numbered'),  # 27
    ('locus', 1, None, False, 'numbered'),  # 28
    ('locus', 2, ((0, False), (1, True)), False, 'dotted'),  # 29
    ('locus', 1, None, False, 'dotted'),  # 30
    ('locus', 1, ((0, True),), False, 'bracketed'),  # 31
    ('locus', 1, None, False, 'numeral'),  # 32
    ('bracket', 1, None, False, 'bracket_number'),  # 33
    ('bracket', 1, None, False, 'bracket_label'),  # 34
    ('unit', 1, None, False, 'preamble'),  # 35
    ('unit', 3, ((0, False), (1, True), (2, False)), False, 'closing'),  # 36
    ('unit', 2, None, False, 'closing'),  # 37
    ('unit', 2, ((0, False), (1, True)), False, 'resolution'),  # 38
    ('unit', 1, None, False, 'resolution'),  # 39
    ('unit', 1, None, False, 'other_resolution'),  # 40
    ('unit', 1, None, False, 'testimonium'),  # 41
    ('unit', 1, None, False, 'this_article'),  # 42
    ('unit', 1, None, False, 'this_paragraph'),  # 43
    ('unit', 1, None, False, 'this_chapter'),  # 44
    ('unit', 3, ((0, False), (1, False), (2, True)), False, 'ordinal_recital'),  # 45
    ('unit', 2, None, False, 'ordinal_recital'),  # 46
    ('unit', 4, ((0, False), (1, True), (2, False), (3, True)), False, 'ordinal_recitals'),  # 47
    ('unit', 3, ((0, False), (1, True), (2, False)), False, 'ordinal_recitals'),  # 48
    ('unit', 5, ((0, False), (1, False), (2, False), (3, False), (4, True)), False, 'ordinal_recital_range'),  # 49
    ('unit', 4, None, False, 'ordinal_recital_range'),  # 50
    ('ordinal', 2, ((1, False),), False, 'ordinal'),  # 51
    ('ordinal', 2, ((1, False),), False, 'ordinal'),  # 52
    ('ordinal', 1, None, False, 'ordinal'),  # 53
    ('ordinal', 1, None, False, 'ordinal'),  # 54
    ('container', 3, None, False, 'of_unit'),  # 55
    ('container', 3, None, False, 'of_note'),  # 56
    ('container', 2, None, False, 'of_this_article'),  # 57
    ('container', 2, None, False, 'of_this_paragraph'),  # 58
    ('container', 2, None, False, 'of_this_convention'),  # 59
    ('container', 2, None, False, 'of_this_convention'),  # 60
    ('container', 1, None, False, 'of_this_convention'),  # 61
    ('container', 1, None, False, 'of_this_convention'),  # 62
    ('container', 1, None, False, 'of_another_acronym'),  # 63
    ('container', 2, None, False, 'of_resolution'),  # 64
    ('container', 2, None, False, 'of_preamble'),  # 65
    ('container', 2, None, False, 'of_another_instrument'),  # 66
    ('container', 1, None, False, 'above'),  # 67
    ('head', 1, None, False, 'article'),  # 68
    ('head', 1, None, False, 'articles'),  # 69
    ('head', 1, None, False, 'paragraph'),  # 70
    ('head', 1, None, False, 'paragraphs'),  # 71
    ('head', 1, None, False, 'subparagraph'),  # 72
    ('head', 1, None, False, 'subparagraphs'),  # 73
    ('head', 1, None, False, 'chapter'),  # 74
    ('head', 1, None, False, 'chapters'),  # 75
    ('head', 1, None, False, 'notes'),  # 76
    ('head', 1, None, False, 'recital'),  # 77
    ('head', 1, None, False, 'recitals'),  # 78
    ('head', 1, None, False, 'recital'),  # 79
    ('head', 1, None, False, 'recitals'),  # 80
    ('head', 1, None, False, 'operative'),  # 81
    ('head', 1, None, False, 'operatives'),  # 82
    ('head', 1, None, False, 'footnote'),  # 83
    ('head', 1, None, False, 'footnotes'),  # 84
    ('__citation_star_0', 2, None, False, None),  # 85
    ('__citation_star_0', 1, None, False, None),  # 86
    ('__citation_star_0', 3, ((0, True), (1, False), (2, False)), False, None),  # 87
    ('__citation_star_0', 2, ((0, True), (1, False)), False, None),  # 88
    ('__place_star_1', 1, None, False, None),  # 89
    ('__place_star_1', 2, ((0, True), (1, False)), False, None),  # 90
    ('__locus_star_2', 1, None, False, None),  # 91
    ('__locus_star_2', 2, ((0, True), (1, False)), False, None),  # 92
    ('__unit_plus_3', 2, None, False, None),  # 93
    ('__unit_plus_3', 3, ((0, True), (1, False), (2, False)), False, None),  # 94
)
# The rules of the head words (a rule's name is its head word, a plural ending in 's'), ORDINAL's words, and
# the nouns that end another instrument's name in ANOTHER_INSTRUMENT ("the Criminal Procedure Code").
HEADS = ('article', 'articles', 'paragraph', 'paragraphs', 'subparagraph', 'subparagraphs', 'chapter', 'chapters', 'notes', 'recital', 'recitals', 'operative', 'operatives', 'footnote', 'footnotes')
ORDINALS = ('first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth')
NOUNS = ('Convention', 'Protocol', 'Covenant', 'Charter', 'Treaty', 'Agreement', 'Directive', 'Regulation', 'Act', 'Code', 'Law', 'Constitution', 'Statute', 'Declaration', 'Bill', 'Decree', 'Ordinance', 'Principles', 'Guidelines', 'Recommendation', 'Decision', 'Report', 'Proclamation')
