# Generated from grammar/refs.lark by `python -m uncc.cite.generate`: do not edit.
# fmt: off
"""What lark builds from grammar/refs.lark, for uncc/cite/reader.py to run (see uncc/cite/generate.py)."""

# The basic lexer's one pattern: every terminal in lark's order, the first that matches wins.
LEXER = (
    '(?P<UNIT_ID>(?i:(?:\\d+|chapter|note|preamble|resolution|footnote)(?:\\.[a-z0-9]+)+(?![^\\W_])))'
    '|(?P<OTHER_RESOLUTION>(?i:(?:general\\s+assembly\\s+)?(?:resolutions?|res\\.)\\s+(?!79\\/243)\\d+\\/\\d+(?:(?:,|\\s+and)\\s+\\d+\\/\\d+)*))'
    '|(?P<RESOLUTION>(?i:(?:(?:general\\s+assembly\\s+)?resolution|res\\.)(?:\\s+79\\/243)?(?![^\\W_]|-|\\s+\\d+\\/)))'
    '|(?P<PREAMBULARS>(?i:preambular\\s+paragraphs(?![^\\W_]|-)))'
    '|(?P<OPERATIVES>(?i:operative\\s+paragraphs(?![^\\W_]|-)))'
    '|(?P<PREAMBULAR>(?i:preambular\\s+paragraph(?![^\\W_]|-)))'
    '|(?P<OPERATIVE>(?i:operative\\s+paragraph(?![^\\W_]|-)))'
    '|(?P<THIS_CONVENTION>(?i:(?:this|the|the\\s+present)\\s+(?:united\\s+nations\\s+|un\\s+)?convention(?:\\s+against\\s+cybercrime)?(?![^\\W_]|-)(?!\\s+(?:on|for|of|against|relating\\s+to|concerning)\\s+(?:the\\s+)?(?-i:[A-Z]))))'
    '|(?P<NOTES>(?i:(?:(?:interpretative\\s+)?notes)(?![^\\W_]|-)))'
    '|(?P<NOTE>(?i:(?:(?:interpretative\\s+)?note)(?![^\\W_]|-)))'
    '|(?P<PREAMBLE>(?i:(?:the\\s+)?preamble(?![^\\W_]|-)))'
    '|(?P<CLOSING>(?i:(?:,\\s*)?closing(?![^\\W_]|-)))'
    '|(?P<THIS_PARAGRAPH>(?i:this\\s+paragraph(?![^\\W_]|-)))'
    '|(?P<THIS_ARTICLE>(?i:this\\s+article(?![^\\W_]|-)))'
    '|(?P<THIS_CHAPTER>(?i:this\\s+chapter(?![^\\W_]|-)))'
    '|(?P<SUBPARAGRAPHS>(?i:(?:sub-?paras\\.|(?:sub-?paragraphs|sub-?paras|items)(?![^\\W_]|-))))'
    '|(?P<SUBPARAGRAPH>(?i:(?:sub-?para\\.|subpar\\.|(?:sub-?paragraph|sub-?para|item)(?![^\\W_]|-))))'
    '|(?P<TESTIMONIUM>(?i:testimonium(?![^\\W_]|-)))'
    '|(?P<PARAGRAPHS>(?i:(?:paras\\.|(?:paragraphs|paras)(?![^\\W_]|-)|§§)))'
    '|(?P<PARAGRAPH>(?i:(?:para\\.|(?:paragraph|para)(?![^\\W_]|-)|§)))'
    '|(?P<FOOTNOTES>(?i:footnotes(?![^\\W_]|-)))'
    '|(?P<ARTICLES>(?i:(?:arts\\.|(?:articles|arts)(?![^\\W_]|-))))'
    '|(?P<CHAPTERS>(?i:(?:chs\\.|chapters(?![^\\W_]|-))))'
    '|(?P<FOOTNOTE>(?i:(?:fn\\.|footnote(?![^\\W_]|-))))'
    '|(?P<RECITALS>(?i:recitals(?![^\\W_]|-)))'
    '|(?P<ARTICLE>(?i:(?:art\\.|(?:article|art)(?![^\\W_]|-))))'
    '|(?P<CHAPTER>(?i:(?:chap\\.|ch\\.|chapter(?![^\\W_]|-))))'
    '|(?P<RECITAL>(?i:(?:rec\\.|recital(?![^\\W_]|-))))'
    '|(?P<LIT>(?i:lit(?:\\.|(?![^\\W_]|-))))'
    "|(?P<ANOTHER_INSTRUMENT>(?:the\\s+(?!(?i:(?:united\\s+nations\\s+|un\\s+)?convention\\s+against\\s+cybercrime))(?:[A-Z][\\w'’.-]*\\s+){0,8}(?:Convention|Protocol|Covenant|Charter|Treaty|Agreement|Directive|Regulation|Act|Code|Law)(?:\\s+(?:on|against|for|of|relating\\s+to|concerning)(?:\\s+(?:the|and|of|in|on|to|for))*\\s+[A-Z][\\w'’-]*(?:(?:\\s+(?:the|and|of|in|on|to|for))*\\s+[A-Z][\\w'’-]*)*)?|(?i:this|the\\s+present)\\s+(?:Law|Act|Code|Decree|Bill|Ordinance|Regulation|Directive|Protocol|Treaty|Agreement|Statute))(?![^\\W_]|-))"
    '|(?P<OF>(?i:(?:,\\s*)?of(?![^\\W_]|-)))'
    '|(?P<TO>(?i:(?:to|through)(?![^\\W_]|-)))'
    '|(?P<ABOVE>(?i:above(?![^\\W_]|-)))'
    '|(?P<AND>(?i:and(?![^\\W_]|-)))'
    '|(?P<OR>(?i:or(?![^\\W_]|-)))'
    '|(?P<ORDINAL_NUMBER>(?i:\\d+(?:st|nd|rd|th)(?![^\\W_])))'
    '|(?P<NUMBER>\\d+(?![\\d\\/.]\\d|[^\\W_]|\\/))'
    '|(?P<LABEL>(?i:\\(\\s*[a-z]{1,4}\\s*\\)))'
    '|(?P<NUMERAL>(?i:[ivxl]+(?![^\\W_])))'
    '|(?P<PARENTHESIZED_NUMBER>\\(\\s*\\d+\\s*\\))'
    '|(?P<__IGNORE_0>\\s+)'
    '|(?P<ORDINAL>(?i:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)(?![^\\W_]|-)))'
    '|(?P<BARE_LETTER>(?i:[a-z](?![^\\W_])))'
    '|(?P<DASH>[-‐-―])'
    '|(?P<COMMA>,)'
)
IGNORE = ('__IGNORE_0',)
# (name, pattern, flags, priority), in the grammar's order.
TERMINALS = (
    ('ARTICLE', '(?:art\\.|(?:article|art)(?![^\\W_]|-))', ('i',), 3),
    ('ARTICLES', '(?:arts\\.|(?:articles|arts)(?![^\\W_]|-))', ('i',), 3),
    ('PARAGRAPH', '(?:para\\.|(?:paragraph|para)(?![^\\W_]|-)|§)', ('i',), 3),
    ('PARAGRAPHS', '(?:paras\\.|(?:paragraphs|paras)(?![^\\W_]|-)|§§)', ('i',), 3),
    ('SUBPARAGRAPH', '(?:sub-?para\\.|subpar\\.|(?:sub-?paragraph|sub-?para|item)(?![^\\W_]|-))', ('i',), 3),
    ('SUBPARAGRAPHS', '(?:sub-?paras\\.|(?:sub-?paragraphs|sub-?paras|items)(?![^\\W_]|-))', ('i',), 3),
    ('LIT', 'lit(?:\\.|(?![^\\W_]|-))', ('i',), 3),
    ('CHAPTER', '(?:chap\\.|ch\\.|chapter(?![^\\W_]|-))', ('i',), 3),
    ('CHAPTERS', '(?:chs\\.|chapters(?![^\\W_]|-))', ('i',), 3),
    ('NOTE', '(?:(?:interpretative\\s+)?note)(?![^\\W_]|-)', ('i',), 3),
    ('NOTES', '(?:(?:interpretative\\s+)?notes)(?![^\\W_]|-)', ('i',), 3),
    ('RECITAL', '(?:rec\\.|recital(?![^\\W_]|-))', ('i',), 3),
    ('RECITALS', 'recitals(?![^\\W_]|-)', ('i',), 3),
    ('PREAMBULAR', 'preambular\\s+paragraph(?![^\\W_]|-)', ('i',), 4),
    ('PREAMBULARS', 'preambular\\s+paragraphs(?![^\\W_]|-)', ('i',), 4),
    ('OPERATIVE', 'operative\\s+paragraph(?![^\\W_]|-)', ('i',), 4),
    ('OPERATIVES', 'operative\\s+paragraphs(?![^\\W_]|-)', ('i',), 4),
    ('FOOTNOTE', '(?:fn\\.|footnote(?![^\\W_]|-))', ('i',), 3),
    ('FOOTNOTES', 'footnotes(?![^\\W_]|-)', ('i',), 3),
    ('PREAMBLE', '(?:the\\s+)?preamble(?![^\\W_]|-)', ('i',), 3),
    ('TESTIMONIUM', 'testimonium(?![^\\W_]|-)', ('i',), 3),
    ('CLOSING', '(?:,\\s*)?closing(?![^\\W_]|-)', ('i',), 3),
    ('RESOLUTION', '(?:(?:general\\s+assembly\\s+)?resolution|res\\.)(?:\\s+79\\/243)?(?![^\\W_]|-|\\s+\\d+\\/)', ('i',), 4),
    ('OTHER_RESOLUTION', '(?:general\\s+assembly\\s+)?(?:resolutions?|res\\.)\\s+(?!79\\/243)\\d+\\/\\d+(?:(?:,|\\s+and)\\s+\\d+\\/\\d+)*', ('i',), 4),
    ('THIS_ARTICLE', 'this\\s+article(?![^\\W_]|-)', ('i',), 3),
    ('THIS_PARAGRAPH', 'this\\s+paragraph(?![^\\W_]|-)', ('i',), 3),
    ('THIS_CHAPTER', 'this\\s+chapter(?![^\\W_]|-)', ('i',), 3),
    ('THIS_CONVENTION', '(?:this|the|the\\s+present)\\s+(?:united\\s+nations\\s+|un\\s+)?convention(?:\\s+against\\s+cybercrime)?(?![^\\W_]|-)(?!\\s+(?:on|for|of|against|relating\\s+to|concerning)\\s+(?:the\\s+)?(?-i:[A-Z]))', ('i',), 3),
    ('ANOTHER_INSTRUMENT', "(?:the\\s+(?!(?i:(?:united\\s+nations\\s+|un\\s+)?convention\\s+against\\s+cybercrime))(?:[A-Z][\\w'’.-]*\\s+){0,8}(?:Convention|Protocol|Covenant|Charter|Treaty|Agreement|Directive|Regulation|Act|Code|Law)(?:\\s+(?:on|against|for|of|relating\\s+to|concerning)(?:\\s+(?:the|and|of|in|on|to|for))*\\s+[A-Z][\\w'’-]*(?:(?:\\s+(?:the|and|of|in|on|to|for))*\\s+[A-Z][\\w'’-]*)*)?|(?i:this|the\\s+present)\\s+(?:Law|Act|Code|Decree|Bill|Ordinance|Regulation|Directive|Protocol|Treaty|Agreement|Statute))(?![^\\W_]|-)", (), 2),
    ('COMMA', ',', (), 0),
    ('OF', '(?:,\\s*)?of(?![^\\W_]|-)', ('i',), 2),
    ('ABOVE', 'above(?![^\\W_]|-)', ('i',), 2),
    ('AND', 'and(?![^\\W_]|-)', ('i',), 2),
    ('OR', 'or(?![^\\W_]|-)', ('i',), 2),
    ('TO', '(?:to|through)(?![^\\W_]|-)', ('i',), 2),
    ('DASH', '[-‐-―]', (), 0),
    ('NUMBER', '\\d+(?![\\d\\/.]\\d|[^\\W_]|\\/)', (), 0),
    ('UNIT_ID', '(?:\\d+|chapter|note|preamble|resolution|footnote)(?:\\.[a-z0-9]+)+(?![^\\W_])', ('i',), 5),
    ('PARENTHESIZED_NUMBER', '\\(\\s*\\d+\\s*\\)', (), 0),
    ('LABEL', '\\(\\s*[a-z]{1,4}\\s*\\)', ('i',), 0),
    ('BARE_LETTER', '[a-z](?![^\\W_])', ('i',), 0),
    ('NUMERAL', '[ivxl]+(?![^\\W_])', ('i',), 0),
    ('ORDINAL', '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)(?![^\\W_]|-)', ('i',), 0),
    ('ORDINAL_NUMBER', '\\d+(?:st|nd|rd|th)(?![^\\W_])', ('i',), 0),
    ('__IGNORE_0', '\\s+', (), 0),
)
START = 0
END = 42
# One row a state: a symbol and its action, a state to go to (n >= 0) or a rule to reduce by (~n).
TABLE = (
    {'ARTICLE': 1, 'ARTICLES': 2, 'CHAPTER': 3, 'CHAPTERS': 4, 'FOOTNOTE': 5, 'FOOTNOTES': 6, 'LABEL': 7, 'LIT': 8, 'NOTE': 9, 'NOTES': 10, 'NUMBER': 11, 'NUMERAL': 12, 'OPERATIVE': 13, 'OPERATIVES': 14, 'ORDINAL': 15, 'ORDINAL_NUMBER': 16, 'OTHER_RESOLUTION': 17, 'PARAGRAPH': 18, 'PARAGRAPHS': 19, 'PARENTHESIZED_NUMBER': 20, 'PREAMBLE': 21, 'PREAMBULAR': 22, 'PREAMBULARS': 23, 'RECITAL': 24, 'RECITALS': 25, 'RESOLUTION': 26, 'SUBPARAGRAPH': 27, 'SUBPARAGRAPHS': 28, 'TESTIMONIUM': 29, 'THIS_ARTICLE': 30, 'THIS_CHAPTER': 31, 'THIS_PARAGRAPH': 32, 'UNIT_ID': 33, '__locus_star_2': 34, 'bracket': 35, 'citation': 36, 'head': 37, 'headed': 38, 'locus': 39, 'member': 40, 'place': 41, 'start': 42, 'unit': 43},  # 0
    {'LABEL': -52, 'NUMBER': -52, 'NUMERAL': -52, 'PARENTHESIZED_NUMBER': -52, 'UNIT_ID': -52},  # 1
    {'LABEL': -53, 'NUMBER': -53, 'NUMERAL': -53, 'PARENTHESIZED_NUMBER': -53, 'UNIT_ID': -53},  # 2
    {'LABEL': -58, 'NUMBER': -58, 'NUMERAL': -58, 'PARENTHESIZED_NUMBER': -58, 'UNIT_ID': -58},  # 3
    {'LABEL': -59, 'NUMBER': -59, 'NUMERAL': -59, 'PARENTHESIZED_NUMBER': -59, 'UNIT_ID': -59},  # 4
    {'LABEL': -68, 'NUMBER': -68, 'NUMERAL': -68, 'PARENTHESIZED_NUMBER': -68, 'UNIT_ID': -68},  # 5
    {'LABEL': -69, 'NUMBER': -69, 'NUMERAL': -69, 'PARENTHESIZED_NUMBER': -69, 'UNIT_ID': -69},  # 6
    {'$END': -29, 'ABOVE': -29, 'AND': -29, 'ARTICLE': -29, 'ARTICLES': -29, 'CHAPTER': -29, 'CHAPTERS': -29, 'CLOSING': -29, 'COMMA': -29, 'DASH': -29, 'FOOTNOTE': -29, 'FOOTNOTES': -29, 'LABEL': -29, 'LIT': -29, 'NOTE': -29, 'NOTES': -29, 'OF': -29, 'OPERATIVE': -29, 'OPERATIVES': -29, 'OR': -29, 'PARAGRAPH': -29, 'PARAGRAPHS': -29, 'PARENTHESIZED_NUMBER': -29, 'PREAMBULAR': -29, 'PREAMBULARS': -29, 'RECITAL': -29, 'RECITALS': -29, 'SUBPARAGRAPH': -29, 'SUBPARAGRAPHS': -29, 'TO': -29},  # 7
    {'BARE_LETTER': 44, 'LABEL': 45, 'lit_letter': 46},  # 8
    {'LABEL': -60, 'NUMBER': -60, 'NUMERAL': -60, 'PARENTHESIZED_NUMBER': -60, 'UNIT_ID': -60},  # 9
    {'LABEL': -61, 'NUMBER': -61, 'NUMERAL': -61, 'PARENTHESIZED_NUMBER': -61, 'UNIT_ID': -61},  # 10
    {'$END': -23, 'ABOVE': -23, 'AND': -23, 'ARTICLE': -23, 'ARTICLES': -23, 'CHAPTER': -23, 'CHAPTERS': -23, 'CLOSING': -23, 'COMMA': -23, 'DASH': -23, 'FOOTNOTE': -23, 'FOOTNOTES': -23, 'LABEL': 7, 'LIT': -23, 'NOTE': -23, 'NOTES': -23, 'OF': -23, 'OPERATIVE': -23, 'OPERATIVES': -23, 'OR': -23, 'PARAGRAPH': -23, 'PARAGRAPHS': -23, 'PARENTHESIZED_NUMBER': 20, 'PREAMBULAR': -23, 'PREAMBULARS': -23, 'RECITAL': -23, 'RECITALS': -23, 'SUBPARAGRAPH': -23, 'SUBPARAGRAPHS': -23, 'TO': -23, '__locus_star_2': 47, 'bracket': 35},  # 11
    {'$END': -27, 'ABOVE': -27, 'AND': -27, 'ARTICLE': -27, 'ARTICLES': -27, 'CHAPTER': -27, 'CHAPTERS': -27, 'CLOSING': -27, 'COMMA': -27, 'DASH': -27, 'FOOTNOTE': -27, 'FOOTNOTES': -27, 'LIT': -27, 'NOTE': -27, 'NOTES': -27, 'OF': -27, 'OPERATIVE': -27, 'OPERATIVES': -27, 'OR': -27, 'PARAGRAPH': -27, 'PARAGRAPHS': -27, 'PREAMBULAR': -27, 'PREAMBULARS': -27, 'RECITAL': -27, 'RECITALS': -27, 'SUBPARAGRAPH': -27, 'SUBPARAGRAPHS': -27, 'TO': -27},  # 12
    {'LABEL': -66, 'NUMBER': -66, 'NUMERAL': -66, 'PARENTHESIZED_NUMBER': -66, 'UNIT_ID': -66},  # 13
    {'LABEL': -67, 'NUMBER': -67, 'NUMERAL': -67, 'PARENTHESIZED_NUMBER': -67, 'UNIT_ID': -67},  # 14
    {'PREAMBULAR': 48},  # 15
    {'PREAMBULAR': 49},  # 16
    {'$END': -35, 'AND': -35, 'ARTICLE': -35, 'ARTICLES': -35, 'CHAPTER': -35, 'CHAPTERS': -35, 'COMMA': -35, 'FOOTNOTE': -35, 'FOOTNOTES': -35, 'LIT': -35, 'NOTE': -35, 'NOTES': -35, 'OPERATIVE': -35, 'OPERATIVES': -35, 'OR': -35, 'PARAGRAPH': -35, 'PARAGRAPHS': -35, 'PREAMBULAR': -35, 'PREAMBULARS': -35, 'RECITAL': -35, 'RECITALS': -35, 'SUBPARAGRAPH': -35, 'SUBPARAGRAPHS': -35},  # 17
    {'LABEL': -54, 'NUMBER': -54, 'NUMERAL': -54, 'PARENTHESIZED_NUMBER': -54, 'UNIT_ID': -54},  # 18
    {'LABEL': -55, 'NUMBER': -55, 'NUMERAL': -55, 'PARENTHESIZED_NUMBER': -55, 'UNIT_ID': -55},  # 19
    {'$END': -28, 'ABOVE': -28, 'AND': -28, 'ARTICLE': -28, 'ARTICLES': -28, 'CHAPTER': -28, 'CHAPTERS': -28, 'CLOSING': -28, 'COMMA': -28, 'DASH': -28, 'FOOTNOTE': -28, 'FOOTNOTES': -28, 'LABEL': -28, 'LIT': -28, 'NOTE': -28, 'NOTES': -28, 'OF': -28, 'OPERATIVE': -28, 'OPERATIVES': -28, 'OR': -28, 'PARAGRAPH': -28, 'PARAGRAPHS': -28, 'PARENTHESIZED_NUMBER': -28, 'PREAMBULAR': -28, 'PREAMBULARS': -28, 'RECITAL': -28, 'RECITALS': -28, 'SUBPARAGRAPH': -28, 'SUBPARAGRAPHS': -28, 'TO': -28},  # 20
    {'$END': -30, 'AND': -30, 'ARTICLE': -30, 'ARTICLES': -30, 'CHAPTER': -30, 'CHAPTERS': -30, 'COMMA': -30, 'FOOTNOTE': -30, 'FOOTNOTES': -30, 'LIT': -30, 'NOTE': -30, 'NOTES': -30, 'OPERATIVE': -30, 'OPERATIVES': -30, 'OR': -30, 'PARAGRAPH': -30, 'PARAGRAPHS': -30, 'PREAMBULAR': -30, 'PREAMBULARS': -30, 'RECITAL': -30, 'RECITALS': -30, 'SUBPARAGRAPH': -30, 'SUBPARAGRAPHS': -30},  # 21
    {'LABEL': -64, 'NUMBER': -64, 'NUMERAL': -64, 'PARENTHESIZED_NUMBER': -64, 'UNIT_ID': -64},  # 22
    {'LABEL': -65, 'NUMBER': -65, 'NUMERAL': -65, 'PARENTHESIZED_NUMBER': -65, 'UNIT_ID': -65},  # 23
    {'LABEL': -62, 'NUMBER': -62, 'NUMERAL': -62, 'PARENTHESIZED_NUMBER': -62, 'UNIT_ID': -62},  # 24
    {'LABEL': -63, 'NUMBER': -63, 'NUMERAL': -63, 'PARENTHESIZED_NUMBER': -63, 'UNIT_ID': -63},  # 25
    {'$END': -34, 'ABOVE': 50, 'AND': -34, 'ARTICLE': -34, 'ARTICLES': -34, 'CHAPTER': -34, 'CHAPTERS': -34, 'CLOSING': 51, 'COMMA': -34, 'FOOTNOTE': -34, 'FOOTNOTES': -34, 'LIT': -34, 'NOTE': -34, 'NOTES': -34, 'OF': 52, 'OPERATIVE': -34, 'OPERATIVES': -34, 'OR': -34, 'PARAGRAPH': -34, 'PARAGRAPHS': -34, 'PREAMBULAR': -34, 'PREAMBULARS': -34, 'RECITAL': -34, 'RECITALS': -34, 'SUBPARAGRAPH': -34, 'SUBPARAGRAPHS': -34, '__place_star_1': 53, 'container': 54},  # 26
    {'LABEL': -56, 'NUMBER': -56, 'NUMERAL': -56, 'PARENTHESIZED_NUMBER': -56, 'UNIT_ID': -56},  # 27
    {'LABEL': -57, 'NUMBER': -57, 'NUMERAL': -57, 'PARENTHESIZED_NUMBER': -57, 'UNIT_ID': -57},  # 28
    {'$END': -36, 'AND': -36, 'ARTICLE': -36, 'ARTICLES': -36, 'CHAPTER': -36, 'CHAPTERS': -36, 'COMMA': -36, 'FOOTNOTE': -36, 'FOOTNOTES': -36, 'LIT': -36, 'NOTE': -36, 'NOTES': -36, 'OPERATIVE': -36, 'OPERATIVES': -36, 'OR': -36, 'PARAGRAPH': -36, 'PARAGRAPHS': -36, 'PREAMBULAR': -36, 'PREAMBULARS': -36, 'RECITAL': -36, 'RECITALS': -36, 'SUBPARAGRAPH': -36, 'SUBPARAGRAPHS': -36},  # 29
    {'$END': -37, 'AND': -37, 'ARTICLE': -37, 'ARTICLES': -37, 'CHAPTER': -37, 'CHAPTERS': -37, 'COMMA': -37, 'FOOTNOTE': -37, 'FOOTNOTES': -37, 'LIT': -37, 'NOTE': -37, 'NOTES': -37, 'OPERATIVE': -37, 'OPERATIVES': -37, 'OR': -37, 'PARAGRAPH': -37, 'PARAGRAPHS': -37, 'PREAMBULAR': -37, 'PREAMBULARS': -37, 'RECITAL': -37, 'RECITALS': -37, 'SUBPARAGRAPH': -37, 'SUBPARAGRAPHS': -37},  # 30
    {'$END': -39, 'AND': -39, 'ARTICLE': -39, 'ARTICLES': -39, 'CHAPTER': -39, 'CHAPTERS': -39, 'COMMA': -39, 'FOOTNOTE': -39, 'FOOTNOTES': -39, 'LIT': -39, 'NOTE': -39, 'NOTES': -39, 'OPERATIVE': -39, 'OPERATIVES': -39, 'OR': -39, 'PARAGRAPH': -39, 'PARAGRAPHS': -39, 'PREAMBULAR': -39, 'PREAMBULARS': -39, 'RECITAL': -39, 'RECITALS': -39, 'SUBPARAGRAPH': -39, 'SUBPARAGRAPHS': -39},  # 31
    {'$END': -38, 'AND': -38, 'ARTICLE': -38, 'ARTICLES': -38, 'CHAPTER': -38, 'CHAPTERS': -38, 'COMMA': -38, 'FOOTNOTE': -38, 'FOOTNOTES': -38, 'LIT': -38, 'NOTE': -38, 'NOTES': -38, 'OPERATIVE': -38, 'OPERATIVES': -38, 'OR': -38, 'PARAGRAPH': -38, 'PARAGRAPHS': -38, 'PREAMBULAR': -38, 'PREAMBULARS': -38, 'RECITAL': -38, 'RECITALS': -38, 'SUBPARAGRAPH': -38, 'SUBPARAGRAPHS': -38},  # 32
    {'$END': -25, 'ABOVE': -25, 'AND': -25, 'ARTICLE': -25, 'ARTICLES': -25, 'CHAPTER': -25, 'CHAPTERS': -25, 'CLOSING': -25, 'COMMA': -25, 'DASH': -25, 'FOOTNOTE': -25, 'FOOTNOTES': -25, 'LABEL': 7, 'LIT': -25, 'NOTE': -25, 'NOTES': -25, 'OF': -25, 'OPERATIVE': -25, 'OPERATIVES': -25, 'OR': -25, 'PARAGRAPH': -25, 'PARAGRAPHS': -25, 'PARENTHESIZED_NUMBER': 20, 'PREAMBULAR': -25, 'PREAMBULARS': -25, 'RECITAL': -25, 'RECITALS': -25, 'SUBPARAGRAPH': -25, 'SUBPARAGRAPHS': -25, 'TO': -25, '__locus_star_2': 55, 'bracket': 35},  # 33
    {'$END': -26, 'ABOVE': -26, 'AND': -26, 'ARTICLE': -26, 'ARTICLES': -26, 'CHAPTER': -26, 'CHAPTERS': -26, 'CLOSING': -26, 'COMMA': -26, 'DASH': -26, 'FOOTNOTE': -26, 'FOOTNOTES': -26, 'LABEL': 7, 'LIT': -26, 'NOTE': -26, 'NOTES': -26, 'OF': -26, 'OPERATIVE': -26, 'OPERATIVES': -26, 'OR': -26, 'PARAGRAPH': -26, 'PARAGRAPHS': -26, 'PARENTHESIZED_NUMBER': 20, 'PREAMBULAR': -26, 'PREAMBULARS': -26, 'RECITAL': -26, 'RECITALS': -26, 'SUBPARAGRAPH': -26, 'SUBPARAGRAPHS': -26, 'TO': -26, 'bracket': 56},  # 34
    {'$END': -76, 'ABOVE': -76, 'AND': -76, 'ARTICLE': -76, 'ARTICLES': -76, 'CHAPTER': -76, 'CHAPTERS': -76, 'CLOSING': -76, 'COMMA': -76, 'DASH': -76, 'FOOTNOTE': -76, 'FOOTNOTES': -76, 'LABEL': -76, 'LIT': -76, 'NOTE': -76, 'NOTES': -76, 'OF': -76, 'OPERATIVE': -76, 'OPERATIVES': -76, 'OR': -76, 'PARAGRAPH': -76, 'PARAGRAPHS': -76, 'PARENTHESIZED_NUMBER': -76, 'PREAMBULAR': -76, 'PREAMBULARS': -76, 'RECITAL': -76, 'RECITALS': -76, 'SUBPARAGRAPH': -76, 'SUBPARAGRAPHS': -76, 'TO': -76},  # 35
    {'$END': -1},  # 36
    {'LABEL': 7, 'NUMBER': 11, 'NUMERAL': 12, 'PARENTHESIZED_NUMBER': 20, 'UNIT_ID': 33, '__locus_star_2': 34, 'bracket': 35, 'locus': 39, 'place': 57},  # 37
    {'$END': -9, 'AND': -9, 'ARTICLE': -9, 'ARTICLES': -9, 'CHAPTER': -9, 'CHAPTERS': -9, 'COMMA': -9, 'FOOTNOTE': -9, 'FOOTNOTES': -9, 'LIT': -9, 'NOTE': -9, 'NOTES': -9, 'OPERATIVE': -9, 'OPERATIVES': -9, 'OR': -9, 'PARAGRAPH': -9, 'PARAGRAPHS': -9, 'PREAMBULAR': -9, 'PREAMBULARS': -9, 'RECITAL': -9, 'RECITALS': -9, 'SUBPARAGRAPH': -9, 'SUBPARAGRAPHS': -9},  # 38
    {'$END': -19, 'ABOVE': 50, 'AND': -19, 'ARTICLE': -19, 'ARTICLES': -19, 'CHAPTER': -19, 'CHAPTERS': -19, 'COMMA': -19, 'DASH': 58, 'FOOTNOTE': -19, 'FOOTNOTES': -19, 'LIT': -19, 'NOTE': -19, 'NOTES': -19, 'OF': 52, 'OPERATIVE': -19, 'OPERATIVES': -19, 'OR': -19, 'PARAGRAPH': -19, 'PARAGRAPHS': -19, 'PREAMBULAR': -19, 'PREAMBULARS': -19, 'RECITAL': -19, 'RECITALS': -19, 'SUBPARAGRAPH': -19, 'SUBPARAGRAPHS': -19, 'TO': 59, '__place_star_1': 60, 'container': 54, 'range': 61},  # 39
    {'$END': -3, 'AND': 62, 'ARTICLE': 1, 'ARTICLES': 2, 'CHAPTER': 3, 'CHAPTERS': 4, 'COMMA': 63, 'FOOTNOTE': 5, 'FOOTNOTES': 6, 'LIT': 8, 'NOTE': 9, 'NOTES': 10, 'OPERATIVE': 13, 'OPERATIVES': 14, 'OR': 64, 'PARAGRAPH': 18, 'PARAGRAPHS': 19, 'PREAMBULAR': 22, 'PREAMBULARS': 23, 'RECITAL': 24, 'RECITALS': 25, 'SUBPARAGRAPH': 27, 'SUBPARAGRAPHS': 28, '__citation_star_0': 65, 'head': 37, 'headed': 66, 'sep': 67},  # 40
    {'$END': -10, 'AND': -10, 'ARTICLE': -10, 'ARTICLES': -10, 'CHAPTER': -10, 'CHAPTERS': -10, 'COMMA': -10, 'FOOTNOTE': -10, 'FOOTNOTES': -10, 'LIT': -10, 'NOTE': -10, 'NOTES': -10, 'OPERATIVE': -10, 'OPERATIVES': -10, 'OR': -10, 'PARAGRAPH': -10, 'PARAGRAPHS': -10, 'PREAMBULAR': -10, 'PREAMBULARS': -10, 'RECITAL': -10, 'RECITALS': -10, 'SUBPARAGRAPH': -10, 'SUBPARAGRAPHS': -10},  # 41
    {},  # 42
    {'$END': -11, 'AND': -11, 'ARTICLE': -11, 'ARTICLES': -11, 'CHAPTER': -11, 'CHAPTERS': -11, 'COMMA': -11, 'FOOTNOTE': -11, 'FOOTNOTES': -11, 'LIT': -11, 'NOTE': -11, 'NOTES': -11, 'OPERATIVE': -11, 'OPERATIVES': -11, 'OR': -11, 'PARAGRAPH': -11, 'PARAGRAPHS': -11, 'PREAMBULAR': -11, 'PREAMBULARS': -11, 'RECITAL': -11, 'RECITALS': -11, 'SUBPARAGRAPH': -11, 'SUBPARAGRAPHS': -11},  # 43
    {'$END': -14, 'AND': -14, 'ARTICLE': -14, 'ARTICLES': -14, 'CHAPTER': -14, 'CHAPTERS': -14, 'COMMA': -14, 'FOOTNOTE': -14, 'FOOTNOTES': -14, 'LIT': -14, 'NOTE': -14, 'NOTES': -14, 'OPERATIVE': -14, 'OPERATIVES': -14, 'OR': -14, 'PARAGRAPH': -14, 'PARAGRAPHS': -14, 'PREAMBULAR': -14, 'PREAMBULARS': -14, 'RECITAL': -14, 'RECITALS': -14, 'SUBPARAGRAPH': -14, 'SUBPARAGRAPHS': -14},  # 44
    {'$END': -15, 'AND': -15, 'ARTICLE': -15, 'ARTICLES': -15, 'CHAPTER': -15, 'CHAPTERS': -15, 'COMMA': -15, 'FOOTNOTE': -15, 'FOOTNOTES': -15, 'LIT': -15, 'NOTE': -15, 'NOTES': -15, 'OPERATIVE': -15, 'OPERATIVES': -15, 'OR': -15, 'PARAGRAPH': -15, 'PARAGRAPHS': -15, 'PREAMBULAR': -15, 'PREAMBULARS': -15, 'RECITAL': -15, 'RECITALS': -15, 'SUBPARAGRAPH': -15, 'SUBPARAGRAPHS': -15},  # 45
    {'$END': -13, 'AND': -13, 'ARTICLE': -13, 'ARTICLES': -13, 'CHAPTER': -13, 'CHAPTERS': -13, 'COMMA': -13, 'FOOTNOTE': -13, 'FOOTNOTES': -13, 'LIT': -13, 'NOTE': -13, 'NOTES': -13, 'OPERATIVE': -13, 'OPERATIVES': -13, 'OR': -13, 'PARAGRAPH': -13, 'PARAGRAPHS': -13, 'PREAMBULAR': -13, 'PREAMBULARS': -13, 'RECITAL': -13, 'RECITALS': -13, 'SUBPARAGRAPH': -13, 'SUBPARAGRAPHS': -13},  # 46
    {'$END': -22, 'ABOVE': -22, 'AND': -22, 'ARTICLE': -22, 'ARTICLES': -22, 'CHAPTER': -22, 'CHAPTERS': -22, 'CLOSING': -22, 'COMMA': -22, 'DASH': -22, 'FOOTNOTE': -22, 'FOOTNOTES': -22, 'LABEL': 7, 'LIT': -22, 'NOTE': -22, 'NOTES': -22, 'OF': -22, 'OPERATIVE': -22, 'OPERATIVES': -22, 'OR': -22, 'PARAGRAPH': -22, 'PARAGRAPHS': -22, 'PARENTHESIZED_NUMBER': 20, 'PREAMBULAR': -22, 'PREAMBULARS': -22, 'RECITAL': -22, 'RECITALS': -22, 'SUBPARAGRAPH': -22, 'SUBPARAGRAPHS': -22, 'TO': -22, 'bracket': 56},  # 47
    {'$END': -41, 'ABOVE': 50, 'AND': -41, 'ARTICLE': -41, 'ARTICLES': -41, 'CHAPTER': -41, 'CHAPTERS': -41, 'COMMA': -41, 'FOOTNOTE': -41, 'FOOTNOTES': -41, 'LIT': -41, 'NOTE': -41, 'NOTES': -41, 'OF': 52, 'OPERATIVE': -41, 'OPERATIVES': -41, 'OR': -41, 'PARAGRAPH': -41, 'PARAGRAPHS': -41, 'PREAMBULAR': -41, 'PREAMBULARS': -41, 'RECITAL': -41, 'RECITALS': -41, 'SUBPARAGRAPH': -41, 'SUBPARAGRAPHS': -41, '__place_star_1': 68, 'container': 54},  # 48
    {'$END': -43, 'ABOVE': 50, 'AND': -43, 'ARTICLE': -43, 'ARTICLES': -43, 'CHAPTER': -43, 'CHAPTERS': -43, 'COMMA': -43, 'FOOTNOTE': -43, 'FOOTNOTES': -43, 'LIT': -43, 'NOTE': -43, 'NOTES': -43, 'OF': 52, 'OPERATIVE': -43, 'OPERATIVES': -43, 'OR': -43, 'PARAGRAPH': -43, 'PARAGRAPHS': -43, 'PREAMBULAR': -43, 'PREAMBULARS': -43, 'RECITAL': -43, 'RECITALS': -43, 'SUBPARAGRAPH': -43, 'SUBPARAGRAPHS': -43, '__place_star_1': 69, 'container': 54},  # 49
    {'$END': -51, 'ABOVE': -51, 'AND': -51, 'ARTICLE': -51, 'ARTICLES': -51, 'CHAPTER': -51, 'CHAPTERS': -51, 'CLOSING': -51, 'COMMA': -51, 'FOOTNOTE': -51, 'FOOTNOTES': -51, 'LIT': -51, 'NOTE': -51, 'NOTES': -51, 'OF': -51, 'OPERATIVE': -51, 'OPERATIVES': -51, 'OR': -51, 'PARAGRAPH': -51, 'PARAGRAPHS': -51, 'PREAMBULAR': -51, 'PREAMBULARS': -51, 'RECITAL': -51, 'RECITALS': -51, 'SUBPARAGRAPH': -51, 'SUBPARAGRAPHS': -51},  # 50
    {'$END': -32, 'AND': -32, 'ARTICLE': -32, 'ARTICLES': -32, 'CHAPTER': -32, 'CHAPTERS': -32, 'COMMA': -32, 'FOOTNOTE': -32, 'FOOTNOTES': -32, 'LIT': -32, 'NOTE': -32, 'NOTES': -32, 'OPERATIVE': -32, 'OPERATIVES': -32, 'OR': -32, 'PARAGRAPH': -32, 'PARAGRAPHS': -32, 'PREAMBULAR': -32, 'PREAMBULARS': -32, 'RECITAL': -32, 'RECITALS': -32, 'SUBPARAGRAPH': -32, 'SUBPARAGRAPHS': -32},  # 51
    {'ANOTHER_INSTRUMENT': 70, 'ARTICLE': 1, 'ARTICLES': 2, 'CHAPTER': 3, 'CHAPTERS': 4, 'FOOTNOTE': 5, 'FOOTNOTES': 6, 'NOTE': 9, 'NOTES': 10, 'OPERATIVE': 13, 'OPERATIVES': 14, 'PARAGRAPH': 18, 'PARAGRAPHS': 19, 'PREAMBLE': 71, 'PREAMBULAR': 22, 'PREAMBULARS': 23, 'RECITAL': 24, 'RECITALS': 25, 'RESOLUTION': 72, 'SUBPARAGRAPH': 27, 'SUBPARAGRAPHS': 28, 'THIS_ARTICLE': 73, 'THIS_CONVENTION': 74, 'THIS_PARAGRAPH': 75, 'head': 76},  # 52
    {'$END': -33, 'ABOVE': 50, 'AND': -33, 'ARTICLE': -33, 'ARTICLES': -33, 'CHAPTER': -33, 'CHAPTERS': -33, 'CLOSING': 77, 'COMMA': -33, 'FOOTNOTE': -33, 'FOOTNOTES': -33, 'LIT': -33, 'NOTE': -33, 'NOTES': -33, 'OF': 52, 'OPERATIVE': -33, 'OPERATIVES': -33, 'OR': -33, 'PARAGRAPH': -33, 'PARAGRAPHS': -33, 'PREAMBULAR': -33, 'PREAMBULARS': -33, 'RECITAL': -33, 'RECITALS': -33, 'SUBPARAGRAPH': -33, 'SUBPARAGRAPHS': -33, 'container': 78},  # 53
    {'$END': -74, 'ABOVE': -74, 'AND': -74, 'ARTICLE': -74, 'ARTICLES': -74, 'CHAPTER': -74, 'CHAPTERS': -74, 'CLOSING': -74, 'COMMA': -74, 'FOOTNOTE': -74, 'FOOTNOTES': -74, 'LIT': -74, 'NOTE': -74, 'NOTES': -74, 'OF': -74, 'OPERATIVE': -74, 'OPERATIVES': -74, 'OR': -74, 'PARAGRAPH': -74, 'PARAGRAPHS': -74, 'PREAMBULAR': -74, 'PREAMBULARS': -74, 'RECITAL': -74, 'RECITALS': -74, 'SUBPARAGRAPH': -74, 'SUBPARAGRAPHS': -74},  # 54
    {'$END': -24, 'ABOVE': -24, 'AND': -24, 'ARTICLE': -24, 'ARTICLES': -24, 'CHAPTER': -24, 'CHAPTERS': -24, 'CLOSING': -24, 'COMMA': -24, 'DASH': -24, 'FOOTNOTE': -24, 'FOOTNOTES': -24, 'LABEL': 7, 'LIT': -24, 'NOTE': -24, 'NOTES': -24, 'OF': -24, 'OPERATIVE': -24, 'OPERATIVES': -24, 'OR': -24, 'PARAGRAPH': -24, 'PARAGRAPHS': -24, 'PARENTHESIZED_NUMBER': 20, 'PREAMBULAR': -24, 'PREAMBULARS': -24, 'RECITAL': -24, 'RECITALS': -24, 'SUBPARAGRAPH': -24, 'SUBPARAGRAPHS': -24, 'TO': -24, 'bracket': 56},  # 55
    {'$END': -77, 'ABOVE': -77, 'AND': -77, 'ARTICLE': -77, 'ARTICLES': -77, 'CHAPTER': -77, 'CHAPTERS': -77, 'CLOSING': -77, 'COMMA': -77, 'DASH': -77, 'FOOTNOTE': -77, 'FOOTNOTES': -77, 'LABEL': -77, 'LIT': -77, 'NOTE': -77, 'NOTES': -77, 'OF': -77, 'OPERATIVE': -77, 'OPERATIVES': -77, 'OR': -77, 'PARAGRAPH': -77, 'PARAGRAPHS': -77, 'PARENTHESIZED_NUMBER': -77, 'PREAMBULAR': -77, 'PREAMBULARS': -77, 'RECITAL': -77, 'RECITALS': -77, 'SUBPARAGRAPH': -77, 'SUBPARAGRAPHS': -77, 'TO': -77},  # 56
    {'$END': -12, 'AND': -12, 'ARTICLE': -12, 'ARTICLES': -12, 'CHAPTER': -12, 'CHAPTERS': -12, 'COMMA': -12, 'FOOTNOTE': -12, 'FOOTNOTES': -12, 'LIT': -12, 'NOTE': -12, 'NOTES': -12, 'OPERATIVE': -12, 'OPERATIVES': -12, 'OR': -12, 'PARAGRAPH': -12, 'PARAGRAPHS': -12, 'PREAMBULAR': -12, 'PREAMBULARS': -12, 'RECITAL': -12, 'RECITALS': -12, 'SUBPARAGRAPH': -12, 'SUBPARAGRAPHS': -12},  # 57
    {'LABEL': -21, 'NUMBER': -21, 'NUMERAL': -21, 'PARENTHESIZED_NUMBER': -21, 'UNIT_ID': -21},  # 58
    {'LABEL': -20, 'NUMBER': -20, 'NUMERAL': -20, 'PARENTHESIZED_NUMBER': -20, 'UNIT_ID': -20},  # 59
    {'$END': -18, 'ABOVE': 50, 'AND': -18, 'ARTICLE': -18, 'ARTICLES': -18, 'CHAPTER': -18, 'CHAPTERS': -18, 'COMMA': -18, 'FOOTNOTE': -18, 'FOOTNOTES': -18, 'LIT': -18, 'NOTE': -18, 'NOTES': -18, 'OF': 52, 'OPERATIVE': -18, 'OPERATIVES': -18, 'OR': -18, 'PARAGRAPH': -18, 'PARAGRAPHS': -18, 'PREAMBULAR': -18, 'PREAMBULARS': -18, 'RECITAL': -18, 'RECITALS': -18, 'SUBPARAGRAPH': -18, 'SUBPARAGRAPHS': -18, 'container': 78},  # 60
    {'LABEL': 7, 'NUMBER': 11, 'NUMERAL': 12, 'PARENTHESIZED_NUMBER': 20, 'UNIT_ID': 33, '__locus_star_2': 34, 'bracket': 35, 'locus': 79},  # 61
    {'ARTICLE': -6, 'ARTICLES': -6, 'CHAPTER': -6, 'CHAPTERS': -6, 'FOOTNOTE': -6, 'FOOTNOTES': -6, 'LABEL': -6, 'LIT': -6, 'NOTE': -6, 'NOTES': -6, 'NUMBER': -6, 'NUMERAL': -6, 'OPERATIVE': -6, 'OPERATIVES': -6, 'ORDINAL': -6, 'ORDINAL_NUMBER': -6, 'OTHER_RESOLUTION': -6, 'PARAGRAPH': -6, 'PARAGRAPHS': -6, 'PARENTHESIZED_NUMBER': -6, 'PREAMBLE': -6, 'PREAMBULAR': -6, 'PREAMBULARS': -6, 'RECITAL': -6, 'RECITALS': -6, 'RESOLUTION': -6, 'SUBPARAGRAPH': -6, 'SUBPARAGRAPHS': -6, 'TESTIMONIUM': -6, 'THIS_ARTICLE': -6, 'THIS_CHAPTER': -6, 'THIS_PARAGRAPH': -6, 'UNIT_ID': -6},  # 62
    {'AND': 80, 'ARTICLE': -4, 'ARTICLES': -4, 'CHAPTER': -4, 'CHAPTERS': -4, 'FOOTNOTE': -4, 'FOOTNOTES': -4, 'LABEL': -4, 'LIT': -4, 'NOTE': -4, 'NOTES': -4, 'NUMBER': -4, 'NUMERAL': -4, 'OPERATIVE': -4, 'OPERATIVES': -4, 'OR': 81, 'ORDINAL': -4, 'ORDINAL_NUMBER': -4, 'OTHER_RESOLUTION': -4, 'PARAGRAPH': -4, 'PARAGRAPHS': -4, 'PARENTHESIZED_NUMBER': -4, 'PREAMBLE': -4, 'PREAMBULAR': -4, 'PREAMBULARS': -4, 'RECITAL': -4, 'RECITALS': -4, 'RESOLUTION': -4, 'SUBPARAGRAPH': -4, 'SUBPARAGRAPHS': -4, 'TESTIMONIUM': -4, 'THIS_ARTICLE': -4, 'THIS_CHAPTER': -4, 'THIS_PARAGRAPH': -4, 'UNIT_ID': -4},  # 63
    {'ARTICLE': -8, 'ARTICLES': -8, 'CHAPTER': -8, 'CHAPTERS': -8, 'FOOTNOTE': -8, 'FOOTNOTES': -8, 'LABEL': -8, 'LIT': -8, 'NOTE': -8, 'NOTES': -8, 'NUMBER': -8, 'NUMERAL': -8, 'OPERATIVE': -8, 'OPERATIVES': -8, 'ORDINAL': -8, 'ORDINAL_NUMBER': -8, 'OTHER_RESOLUTION': -8, 'PARAGRAPH': -8, 'PARAGRAPHS': -8, 'PARENTHESIZED_NUMBER': -8, 'PREAMBLE': -8, 'PREAMBULAR': -8, 'PREAMBULARS': -8, 'RECITAL': -8, 'RECITALS': -8, 'RESOLUTION': -8, 'SUBPARAGRAPH': -8, 'SUBPARAGRAPHS': -8, 'TESTIMONIUM': -8, 'THIS_ARTICLE': -8, 'THIS_CHAPTER': -8, 'THIS_PARAGRAPH': -8, 'UNIT_ID': -8},  # 64
    {'$END': -2, 'AND': 62, 'ARTICLE': 1, 'ARTICLES': 2, 'CHAPTER': 3, 'CHAPTERS': 4, 'COMMA': 63, 'FOOTNOTE': 5, 'FOOTNOTES': 6, 'LIT': 8, 'NOTE': 9, 'NOTES': 10, 'OPERATIVE': 13, 'OPERATIVES': 14, 'OR': 64, 'PARAGRAPH': 18, 'PARAGRAPHS': 19, 'PREAMBULAR': 22, 'PREAMBULARS': 23, 'RECITAL': 24, 'RECITALS': 25, 'SUBPARAGRAPH': 27, 'SUBPARAGRAPHS': 28, 'head': 37, 'headed': 82, 'sep': 83},  # 65
    {'$END': -71, 'AND': -71, 'ARTICLE': -71, 'ARTICLES': -71, 'CHAPTER': -71, 'CHAPTERS': -71, 'COMMA': -71, 'FOOTNOTE': -71, 'FOOTNOTES': -71, 'LIT': -71, 'NOTE': -71, 'NOTES': -71, 'OPERATIVE': -71, 'OPERATIVES': -71, 'OR': -71, 'PARAGRAPH': -71, 'PARAGRAPHS': -71, 'PREAMBULAR': -71, 'PREAMBULARS': -71, 'RECITAL': -71, 'RECITALS': -71, 'SUBPARAGRAPH': -71, 'SUBPARAGRAPHS': -71},  # 66
    {'ARTICLE': 1, 'ARTICLES': 2, 'CHAPTER': 3, 'CHAPTERS': 4, 'FOOTNOTE': 5, 'FOOTNOTES': 6, 'LABEL': 7, 'LIT': 8, 'NOTE': 9, 'NOTES': 10, 'NUMBER': 11, 'NUMERAL': 12, 'OPERATIVE': 13, 'OPERATIVES': 14, 'ORDINAL': 15, 'ORDINAL_NUMBER': 16, 'OTHER_RESOLUTION': 17, 'PARAGRAPH': 18, 'PARAGRAPHS': 19, 'PARENTHESIZED_NUMBER': 20, 'PREAMBLE': 21, 'PREAMBULAR': 22, 'PREAMBULARS': 23, 'RECITAL': 24, 'RECITALS': 25, 'RESOLUTION': 26, 'SUBPARAGRAPH': 27, 'SUBPARAGRAPHS': 28, 'TESTIMONIUM': 29, 'THIS_ARTICLE': 30, 'THIS_CHAPTER': 31, 'THIS_PARAGRAPH': 32, 'UNIT_ID': 33, '__locus_star_2': 34, 'bracket': 35, 'head': 37, 'headed': 38, 'locus': 39, 'member': 84, 'place': 41, 'unit': 43},  # 67
    {'$END': -40, 'ABOVE': 50, 'AND': -40, 'ARTICLE': -40, 'ARTICLES': -40, 'CHAPTER': -40, 'CHAPTERS': -40, 'COMMA': -40, 'FOOTNOTE': -40, 'FOOTNOTES': -40, 'LIT': -40, 'NOTE': -40, 'NOTES': -40, 'OF': 52, 'OPERATIVE': -40, 'OPERATIVES': -40, 'OR': -40, 'PARAGRAPH': -40, 'PARAGRAPHS': -40, 'PREAMBULAR': -40, 'PREAMBULARS': -40, 'RECITAL': -40, 'RECITALS': -40, 'SUBPARAGRAPH': -40, 'SUBPARAGRAPHS': -40, 'container': 78},  # 68
    {'$END': -42, 'ABOVE': 50, 'AND': -42, 'ARTICLE': -42, 'ARTICLES': -42, 'CHAPTER': -42, 'CHAPTERS': -42, 'COMMA': -42, 'FOOTNOTE': -42, 'FOOTNOTES': -42, 'LIT': -42, 'NOTE': -42, 'NOTES': -42, 'OF': 52, 'OPERATIVE': -42, 'OPERATIVES': -42, 'OR': -42, 'PARAGRAPH': -42, 'PARAGRAPHS': -42, 'PREAMBULAR': -42, 'PREAMBULARS': -42, 'RECITAL': -42, 'RECITALS': -42, 'SUBPARAGRAPH': -42, 'SUBPARAGRAPHS': -42, 'container': 78},  # 69
    {'$END': -50, 'ABOVE': -50, 'AND': -50, 'ARTICLE': -50, 'ARTICLES': -50, 'CHAPTER': -50, 'CHAPTERS': -50, 'CLOSING': -50, 'COMMA': -50, 'FOOTNOTE': -50, 'FOOTNOTES': -50, 'LIT': -50, 'NOTE': -50, 'NOTES': -50, 'OF': -50, 'OPERATIVE': -50, 'OPERATIVES': -50, 'OR': -50, 'PARAGRAPH': -50, 'PARAGRAPHS': -50, 'PREAMBULAR': -50, 'PREAMBULARS': -50, 'RECITAL': -50, 'RECITALS': -50, 'SUBPARAGRAPH': -50, 'SUBPARAGRAPHS': -50},  # 70
    {'$END': -49, 'ABOVE': -49, 'AND': -49, 'ARTICLE': -49, 'ARTICLES': -49, 'CHAPTER': -49, 'CHAPTERS': -49, 'CLOSING': -49, 'COMMA': -49, 'FOOTNOTE': -49, 'FOOTNOTES': -49, 'LIT': -49, 'NOTE': -49, 'NOTES': -49, 'OF': -49, 'OPERATIVE': -49, 'OPERATIVES': -49, 'OR': -49, 'PARAGRAPH': -49, 'PARAGRAPHS': -49, 'PREAMBULAR': -49, 'PREAMBULARS': -49, 'RECITAL': -49, 'RECITALS': -49, 'SUBPARAGRAPH': -49, 'SUBPARAGRAPHS': -49},  # 71
    {'$END': -48, 'ABOVE': -48, 'AND': -48, 'ARTICLE': -48, 'ARTICLES': -48, 'CHAPTER': -48, 'CHAPTERS': -48, 'CLOSING': -48, 'COMMA': -48, 'FOOTNOTE': -48, 'FOOTNOTES': -48, 'LIT': -48, 'NOTE': -48, 'NOTES': -48, 'OF': -48, 'OPERATIVE': -48, 'OPERATIVES': -48, 'OR': -48, 'PARAGRAPH': -48, 'PARAGRAPHS': -48, 'PREAMBULAR': -48, 'PREAMBULARS': -48, 'RECITAL': -48, 'RECITALS': -48, 'SUBPARAGRAPH': -48, 'SUBPARAGRAPHS': -48},  # 72
    {'$END': -45, 'ABOVE': -45, 'AND': -45, 'ARTICLE': -45, 'ARTICLES': -45, 'CHAPTER': -45, 'CHAPTERS': -45, 'CLOSING': -45, 'COMMA': -45, 'FOOTNOTE': -45, 'FOOTNOTES': -45, 'LIT': -45, 'NOTE': -45, 'NOTES': -45, 'OF': -45, 'OPERATIVE': -45, 'OPERATIVES': -45, 'OR': -45, 'PARAGRAPH': -45, 'PARAGRAPHS': -45, 'PREAMBULAR': -45, 'PREAMBULARS': -45, 'RECITAL': -45, 'RECITALS': -45, 'SUBPARAGRAPH': -45, 'SUBPARAGRAPHS': -45},  # 73
    {'$END': -47, 'ABOVE': -47, 'AND': -47, 'ARTICLE': -47, 'ARTICLES': -47, 'CHAPTER': -47, 'CHAPTERS': -47, 'CLOSING': -47, 'COMMA': -47, 'FOOTNOTE': -47, 'FOOTNOTES': -47, 'LIT': -47, 'NOTE': -47, 'NOTES': -47, 'OF': -47, 'OPERATIVE': -47, 'OPERATIVES': -47, 'OR': -47, 'PARAGRAPH': -47, 'PARAGRAPHS': -47, 'PREAMBULAR': -47, 'PREAMBULARS': -47, 'RECITAL': -47, 'RECITALS': -47, 'SUBPARAGRAPH': -47, 'SUBPARAGRAPHS': -47},  # 74
    {'$END': -46, 'ABOVE': -46, 'AND': -46, 'ARTICLE': -46, 'ARTICLES': -46, 'CHAPTER': -46, 'CHAPTERS': -46, 'CLOSING': -46, 'COMMA': -46, 'FOOTNOTE': -46, 'FOOTNOTES': -46, 'LIT': -46, 'NOTE': -46, 'NOTES': -46, 'OF': -46, 'OPERATIVE': -46, 'OPERATIVES': -46, 'OR': -46, 'PARAGRAPH': -46, 'PARAGRAPHS': -46, 'PREAMBULAR': -46, 'PREAMBULARS': -46, 'RECITAL': -46, 'RECITALS': -46, 'SUBPARAGRAPH': -46, 'SUBPARAGRAPHS': -46},  # 75
    {'LABEL': 7, 'NUMBER': 11, 'NUMERAL': 12, 'PARENTHESIZED_NUMBER': 20, 'UNIT_ID': 33, '__locus_star_2': 34, 'bracket': 35, 'locus': 85},  # 76
    {'$END': -31, 'AND': -31, 'ARTICLE': -31, 'ARTICLES': -31, 'CHAPTER': -31, 'CHAPTERS': -31, 'COMMA': -31, 'FOOTNOTE': -31, 'FOOTNOTES': -31, 'LIT': -31, 'NOTE': -31, 'NOTES': -31, 'OPERATIVE': -31, 'OPERATIVES': -31, 'OR': -31, 'PARAGRAPH': -31, 'PARAGRAPHS': -31, 'PREAMBULAR': -31, 'PREAMBULARS': -31, 'RECITAL': -31, 'RECITALS': -31, 'SUBPARAGRAPH': -31, 'SUBPARAGRAPHS': -31},  # 77
    {'$END': -75, 'ABOVE': -75, 'AND': -75, 'ARTICLE': -75, 'ARTICLES': -75, 'CHAPTER': -75, 'CHAPTERS': -75, 'CLOSING': -75, 'COMMA': -75, 'FOOTNOTE': -75, 'FOOTNOTES': -75, 'LIT': -75, 'NOTE': -75, 'NOTES': -75, 'OF': -75, 'OPERATIVE': -75, 'OPERATIVES': -75, 'OR': -75, 'PARAGRAPH': -75, 'PARAGRAPHS': -75, 'PREAMBULAR': -75, 'PREAMBULARS': -75, 'RECITAL': -75, 'RECITALS': -75, 'SUBPARAGRAPH': -75, 'SUBPARAGRAPHS': -75},  # 78
    {'$END': -17, 'ABOVE': 50, 'AND': -17, 'ARTICLE': -17, 'ARTICLES': -17, 'CHAPTER': -17, 'CHAPTERS': -17, 'COMMA': -17, 'FOOTNOTE': -17, 'FOOTNOTES': -17, 'LIT': -17, 'NOTE': -17, 'NOTES': -17, 'OF': 52, 'OPERATIVE': -17, 'OPERATIVES': -17, 'OR': -17, 'PARAGRAPH': -17, 'PARAGRAPHS': -17, 'PREAMBULAR': -17, 'PREAMBULARS': -17, 'RECITAL': -17, 'RECITALS': -17, 'SUBPARAGRAPH': -17, 'SUBPARAGRAPHS': -17, '__place_star_1': 86, 'container': 54},  # 79
    {'ARTICLE': -5, 'ARTICLES': -5, 'CHAPTER': -5, 'CHAPTERS': -5, 'FOOTNOTE': -5, 'FOOTNOTES': -5, 'LABEL': -5, 'LIT': -5, 'NOTE': -5, 'NOTES': -5, 'NUMBER': -5, 'NUMERAL': -5, 'OPERATIVE': -5, 'OPERATIVES': -5, 'ORDINAL': -5, 'ORDINAL_NUMBER': -5, 'OTHER_RESOLUTION': -5, 'PARAGRAPH': -5, 'PARAGRAPHS': -5, 'PARENTHESIZED_NUMBER': -5, 'PREAMBLE': -5, 'PREAMBULAR': -5, 'PREAMBULARS': -5, 'RECITAL': -5, 'RECITALS': -5, 'RESOLUTION': -5, 'SUBPARAGRAPH': -5, 'SUBPARAGRAPHS': -5, 'TESTIMONIUM': -5, 'THIS_ARTICLE': -5, 'THIS_CHAPTER': -5, 'THIS_PARAGRAPH': -5, 'UNIT_ID': -5},  # 80
    {'ARTICLE': -7, 'ARTICLES': -7, 'CHAPTER': -7, 'CHAPTERS': -7, 'FOOTNOTE': -7, 'FOOTNOTES': -7, 'LABEL': -7, 'LIT': -7, 'NOTE': -7, 'NOTES': -7, 'NUMBER': -7, 'NUMERAL': -7, 'OPERATIVE': -7, 'OPERATIVES': -7, 'ORDINAL': -7, 'ORDINAL_NUMBER': -7, 'OTHER_RESOLUTION': -7, 'PARAGRAPH': -7, 'PARAGRAPHS': -7, 'PARENTHESIZED_NUMBER': -7, 'PREAMBLE': -7, 'PREAMBULAR': -7, 'PREAMBULARS': -7, 'RECITAL': -7, 'RECITALS': -7, 'RESOLUTION': -7, 'SUBPARAGRAPH': -7, 'SUBPARAGRAPHS': -7, 'TESTIMONIUM': -7, 'THIS_ARTICLE': -7, 'THIS_CHAPTER': -7, 'THIS_PARAGRAPH': -7, 'UNIT_ID': -7},  # 81
    {'$END': -73, 'AND': -73, 'ARTICLE': -73, 'ARTICLES': -73, 'CHAPTER': -73, 'CHAPTERS': -73, 'COMMA': -73, 'FOOTNOTE': -73, 'FOOTNOTES': -73, 'LIT': -73, 'NOTE': -73, 'NOTES': -73, 'OPERATIVE': -73, 'OPERATIVES': -73, 'OR': -73, 'PARAGRAPH': -73, 'PARAGRAPHS': -73, 'PREAMBULAR': -73, 'PREAMBULARS': -73, 'RECITAL': -73, 'RECITALS': -73, 'SUBPARAGRAPH': -73, 'SUBPARAGRAPHS': -73},  # 82
    {'ARTICLE': 1, 'ARTICLES': 2, 'CHAPTER': 3, 'CHAPTERS': 4, 'FOOTNOTE': 5, 'FOOTNOTES': 6, 'LABEL': 7, 'LIT': 8, 'NOTE': 9, 'NOTES': 10, 'NUMBER': 11, 'NUMERAL': 12, 'OPERATIVE': 13, 'OPERATIVES': 14, 'ORDINAL': 15, 'ORDINAL_NUMBER': 16, 'OTHER_RESOLUTION': 17, 'PARAGRAPH': 18, 'PARAGRAPHS': 19, 'PARENTHESIZED_NUMBER': 20, 'PREAMBLE': 21, 'PREAMBULAR': 22, 'PREAMBULARS': 23, 'RECITAL': 24, 'RECITALS': 25, 'RESOLUTION': 26, 'SUBPARAGRAPH': 27, 'SUBPARAGRAPHS': 28, 'TESTIMONIUM': 29, 'THIS_ARTICLE': 30, 'THIS_CHAPTER': 31, 'THIS_PARAGRAPH': 32, 'UNIT_ID': 33, '__locus_star_2': 34, 'bracket': 35, 'head': 37, 'headed': 38, 'locus': 39, 'member': 87, 'place': 41, 'unit': 43},  # 83
    {'$END': -70, 'AND': -70, 'ARTICLE': -70, 'ARTICLES': -70, 'CHAPTER': -70, 'CHAPTERS': -70, 'COMMA': -70, 'FOOTNOTE': -70, 'FOOTNOTES': -70, 'LIT': -70, 'NOTE': -70, 'NOTES': -70, 'OPERATIVE': -70, 'OPERATIVES': -70, 'OR': -70, 'PARAGRAPH': -70, 'PARAGRAPHS': -70, 'PREAMBULAR': -70, 'PREAMBULARS': -70, 'RECITAL': -70, 'RECITALS': -70, 'SUBPARAGRAPH': -70, 'SUBPARAGRAPHS': -70},  # 84
    {'$END': -44, 'ABOVE': -44, 'AND': -44, 'ARTICLE': -44, 'ARTICLES': -44, 'CHAPTER': -44, 'CHAPTERS': -44, 'CLOSING': -44, 'COMMA': -44, 'FOOTNOTE': -44, 'FOOTNOTES': -44, 'LIT': -44, 'NOTE': -44, 'NOTES': -44, 'OF': -44, 'OPERATIVE': -44, 'OPERATIVES': -44, 'OR': -44, 'PARAGRAPH': -44, 'PARAGRAPHS': -44, 'PREAMBULAR': -44, 'PREAMBULARS': -44, 'RECITAL': -44, 'RECITALS': -44, 'SUBPARAGRAPH': -44, 'SUBPARAGRAPHS': -44},  # 85
    {'$END': -16, 'ABOVE': 50, 'AND': -16, 'ARTICLE': -16, 'ARTICLES': -16, 'CHAPTER': -16, 'CHAPTERS': -16, 'COMMA': -16, 'FOOTNOTE': -16, 'FOOTNOTES': -16, 'LIT': -16, 'NOTE': -16, 'NOTES': -16, 'OF': 52, 'OPERATIVE': -16, 'OPERATIVES': -16, 'OR': -16, 'PARAGRAPH': -16, 'PARAGRAPHS': -16, 'PREAMBULAR': -16, 'PREAMBULARS': -16, 'RECITAL': -16, 'RECITALS': -16, 'SUBPARAGRAPH': -16, 'SUBPARAGRAPHS': -16, 'container': 78},  # 86
    {'$END': -72, 'AND': -72, 'ARTICLE': -72, 'ARTICLES': -72, 'CHAPTER': -72, 'CHAPTERS': -72, 'COMMA': -72, 'FOOTNOTE': -72, 'FOOTNOTES': -72, 'LIT': -72, 'NOTE': -72, 'NOTES': -72, 'OPERATIVE': -72, 'OPERATIVES': -72, 'OR': -72, 'PARAGRAPH': -72, 'PARAGRAPHS': -72, 'PREAMBULAR': -72, 'PREAMBULARS': -72, 'RECITAL': -72, 'RECITALS': -72, 'SUBPARAGRAPH': -72, 'SUBPARAGRAPHS': -72},  # 87
)
# One row a rule: (what it makes, its length, the children kept (None: all; (i, spliced) each), whether
# it passes on a single child, its method (None: a helper rule, whose children the rule using it takes)).
RULES = (
    ('start', 1, None, False, 'start'),  # 0
    ('citation', 2, ((0, False), (1, True)), False, 'citation'),  # 1
    ('citation', 1, None, False, 'citation'),  # 2
    ('sep', 1, None, False, 'comma'),  # 3
    ('sep', 2, None, False, 'and_'),  # 4
    ('sep', 1, None, False, 'and_'),  # 5
    ('sep', 2, None, False, 'or_'),  # 6
    ('sep', 1, None, False, 'or_'),  # 7
    ('member', 1, None, True, 'member'),  # 8
    ('member', 1, None, True, 'member'),  # 9
    ('member', 1, None, True, 'member'),  # 10
    ('headed', 2, None, False, 'headed'),  # 11
    ('headed', 2, None, False, 'lit'),  # 12
    ('lit_letter', 1, None, False, 'lit_letter'),  # 13
    ('lit_letter', 1, None, False, 'lit_letter'),  # 14
    ('place', 4, ((0, False), (1, False), (2, False), (3, True)), False, 'place'),  # 15
    ('place', 3, None, False, 'place'),  # 16
    ('place', 2, ((0, False), (1, True)), False, 'place'),  # 17
    ('place', 1, None, False, 'place'),  # 18
    ('range', 1, None, False, 'range'),  # 19
    ('range', 1, None, False, 'range'),  # 20
    ('locus', 2, ((0, False), (1, True)), False, 'numbered'),  # 21
    ('locus', 1, None, False, 'numbered'),  # 22
    ('locus', 2, ((0, False), (1, True)), False, 'dotted'),  # 23
    ('locus', 1, None, False, 'dotted'),  # 24
    ('locus', 1, ((0, True),), False, 'bracketed'),  # 25
    ('locus', 1, None, False, 'numeral'),  # 26
    ('bracket', 1, None, False, 'bracket_number'),  # 27
    ('bracket', 1, None, False, 'bracket_label'),  # 28
    ('unit', 1, None, False, 'preamble'),  # 29
    ('unit', 3, ((0, False), (1, True), (2, False)), False, 'closing'),  # 30
    ('unit', 2, None, False, 'closing'),  # 31
    ('unit', 2, ((0, False), (1, True)), False, 'resolution'),  # 32
    ('unit', 1, None, False, 'resolution'),  # 33
    ('unit', 1, None, False, 'other_resolution'),  # 34
    ('unit', 1, None, False, 'testimonium'),  # 35
    ('unit', 1, None, False, 'this_article'),  # 36
    ('unit', 1, None, False, 'this_paragraph'),  # 37
    ('unit', 1, None, False, 'this_chapter'),  # 38
    ('unit', 3, ((0, False), (1, False), (2, True)), False, 'ordinal_recital'),  # 39
    ('unit', 2, None, False, 'ordinal_recital'),  # 40
    ('unit', 3, ((0, False), (1, False), (2, True)), False, 'ordinal_recital'),  # 41
    ('unit', 2, None, False, 'ordinal_recital'),  # 42
    ('container', 3, None, False, 'of_unit'),  # 43
    ('container', 2, None, False, 'of_this_article'),  # 44
    ('container', 2, None, False, 'of_this_paragraph'),  # 45
    ('container', 2, None, False, 'of_this_convention'),  # 46
    ('container', 2, None, False, 'of_resolution'),  # 47
    ('container', 2, None, False, 'of_preamble'),  # 48
    ('container', 2, None, False, 'of_another_instrument'),  # 49
    ('container', 1, None, False, 'above'),  # 50
    ('head', 1, None, False, 'article'),  # 51
    ('head', 1, None, False, 'articles'),  # 52
    ('head', 1, None, False, 'paragraph'),  # 53
    ('head', 1, None, False, 'paragraphs'),  # 54
    ('head', 1, None, False, 'subparagraph'),  # 55
    ('head', 1, None, False, 'subparagraphs'),  # 56
    ('head', 1, None, False, 'chapter'),  # 57
    ('head', 1, None, False, 'chapters'),  # 58
    ('head', 1, None, False, 'note'),  # 59
    ('head', 1, None, False, 'notes'),  # 60
    ('head', 1, None, False, 'recital'),  # 61
    ('head', 1, None, False, 'recitals'),  # 62
    ('head', 1, None, False, 'recital'),  # 63
    ('head', 1, None, False, 'recitals'),  # 64
    ('head', 1, None, False, 'operative'),  # 65
    ('head', 1, None, False, 'operatives'),  # 66
    ('head', 1, None, False, 'footnote'),  # 67
    ('head', 1, None, False, 'footnotes'),  # 68
    ('__citation_star_0', 2, None, False, None),  # 69
    ('__citation_star_0', 1, None, False, None),  # 70
    ('__citation_star_0', 3, ((0, True), (1, False), (2, False)), False, None),  # 71
    ('__citation_star_0', 2, ((0, True), (1, False)), False, None),  # 72
    ('__place_star_1', 1, None, False, None),  # 73
    ('__place_star_1', 2, ((0, True), (1, False)), False, None),  # 74
    ('__locus_star_2', 1, None, False, None),  # 75
    ('__locus_star_2', 2, ((0, True), (1, False)), False, None),  # 76
)
