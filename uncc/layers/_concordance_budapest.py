"""The Budapest Convention and its Second Additional Protocol beside this Convention: article numbers and titles (checked against published copies), and an editorial reading of their counterparts by subject."""

# instrument key -> its data. Keys: "budapest" (ETS No. 185), "budapest-protocol" (CETS No. 224), "untoc", "uncac".
INSTRUMENTS = {
    "budapest": {
        "name": "Council of Europe Convention on Cybercrime",
        "short": "Budapest Convention",
        "articles": 48,
        # Every title checked against the English text in the first source (the Dutch treaty database's copy,
        # BWBV0001839); articles 10-12, 18, 19, 29, 31 and 32 also against the others.
        "titles": {
            "1": "Definitions",
            "2": "Illegal access",
            "3": "Illegal interception",
            "4": "Data interference",
            "5": "System interference",
            "6": "Misuse of devices",
            "7": "Computer-related forgery",
            "8": "Computer-related fraud",
            "9": "Offences related to child pornography",
            "10": "Offences related to infringements of copyright and related rights",
            "11": "Attempt and aiding or abetting",
            "12": "Corporate liability",
            "13": "Sanctions and measures",
            "14": "Scope of procedural provisions",
            "15": "Conditions and safeguards",
            "16": "Expedited preservation of stored computer data",
            "17": "Expedited preservation and partial disclosure of traffic data",
            "18": "Production order",
            "19": "Search and seizure of stored computer data",
            "20": "Real-time collection of traffic data",
            "21": "Interception of content data",
            "22": "Jurisdiction",
            "23": "General principles relating to international co-operation",
            "24": "Extradition",
            "25": "General principles relating to mutual assistance",
            "26": "Spontaneous information",
            "27": "Procedures pertaining to mutual assistance requests in the absence of applicable international agreements",
            "28": "Confidentiality and limitation on use",
            "29": "Expedited preservation of stored computer data",
            "30": "Expedited disclosure of preserved traffic data",
            "31": "Mutual assistance regarding accessing of stored computer data",
            "32": "Trans-border access to stored computer data with consent or where publicly available",
            "33": "Mutual assistance in the real-time collection of traffic data",
            "34": "Mutual assistance regarding the interception of content data",
            "35": "24/7 Network",
            "36": "Signature and entry into force",
            "37": "Accession to the Convention",
            "38": "Territorial application",
            "39": "Effects of the Convention",
            "40": "Declarations",
            "41": "Federal clause",
            "42": "Reservations",
            "43": "Status and withdrawal of reservations",
            "44": "Amendments",
            "45": "Settlement of disputes",
            "46": "Consultations of the Parties",
            "47": "Denunciation",
            "48": "Notification",
        },
        "sources": [
            "https://github.com/statengeneraal/laws-markdown/blob/253444e2cf322b0f8c2163983eab891b39c5bb69/verdrag/convention/on/cybercrime/BWBV0001839/README.md",
            "https://study-me.ru/preview/golyceva-oyu-meghdunarodnoe-pravo-v-oficialynyh-dokumentah-pod-red-ia-gorshenevoy/68",
            "https://study-me.ru/preview/golyceva-oyu-meghdunarodnoe-pravo-v-oficialynyh-dokumentah-pod-red-ia-gorshenevoy/70",
            "http://www.ankara.pol.tr/enu/html/cyber/i_13.php",
            "http://www.ankara.pol.tr/enu/html/cyber/i_24.php",
            "https://vilp.de/compare_article?lid=en&aid=27684&cid=1807&bid=treaty_full",
            "http://www.complex.hu/kzldat/t0400079.htm/t0400079_3.htm",
        ],
        # (this Convention's unit id, the other's article, its paragraph or None, relation)
        "rows": [
            # Chapter I
            ("2", "1", None, "adapted"),  # more terms: content data, personal data, serious crime, property ...
            ("2.f", "18", "3", "same"),  # subscriber information, defined there inside the production order
            # Chapter II: criminalization
            ("7", "2", None, "same"),
            ("8", "3", None, "same"),
            ("9", "4", None, "same"),
            ("10", "5", None, "same"),
            ("11", "6", None, "adapted"),  # adds obtaining, access credentials, electronic signatures
            ("12", "7", None, "same"),
            ("13", "8", None, "adapted"),  # adds deception through an ICT system (theft or fraud)
            ("14", "9", None, "adapted"),  # wider conduct (financing, accessing), written or audio material, exclusions
            ("18", "12", None, "adapted"),  # liability of legal persons without the leading-position test
            ("18.4", "13", "2", "same"),  # sanctions on legal persons
            ("19", "11", None, "adapted"),  # participation in any capacity; attempt optional; preparation added
            ("21.1", "13", "1", "adapted"),  # sanctions: no requirement of deprivation of liberty
            # Chapter III: jurisdiction
            ("22", "22", None, "adapted"),  # nationality optional here; passive personality and the State added
            # Chapter IV: procedural measures
            ("23", "14", None, "same"),
            ("24", "15", None, "adapted"),  # adds an effective remedy; applies to rendering cooperation (24.4)
            ("25", "16", None, "same"),
            ("26", "17", None, "same"),
            ("27", "18", None, "same"),
            ("28", "19", None, "adapted"),  # 28.4: knowledge of the network and its component parts as well
            ("29", "20", None, "same"),
            ("30", "21", None, "same"),
            # Chapter V: international cooperation
            ("35.1", "23", None, "adapted"),  # evidence of any serious crime as well
            ("35.3", "25", "5", "same"),  # dual criminality deemed fulfilled by the underlying conduct
            ("37", "24", None, "adapted"),  # dual criminality instead of the one-year threshold; UNTOC's fuller scheme
            ("40.1", "25", "1", "adapted"),  # widest measure, for serious crimes' evidence too
            ("40.4", "26", "1", "adapted"),  # information transmitted without prior request
            ("40.5", "26", "2", "adapted"),  # its confidentiality and use; exculpatory information
            ("40.7", "27", "1", "adapted"),  # the procedural paragraphs apply where no MLA treaty binds
            ("40.12", "27", "2", "adapted"),  # central authorities
            ("40.12.d", "27", "9", "partial"),  # urgent channels: Interpol
            ("40.14", "25", "3", "partial"),  # requests and evidence by electronic means
            ("40.17", "27", "3", "adapted"),  # execution: domestic law first, then the requested procedures
            ("40.19", "28", "2", "adapted"),  # limitation on use: a default rule here, a condition there
            ("40.20", "27", "8", "same"),  # confidentiality of the request
            ("40.21", "27", "4", "adapted"),  # grounds for refusal: no political-offence ground; others added
            ("40.23", "25", "4", "partial"),  # no refusal on the sole ground of fiscal matters
            ("40.25", "27", "7", "partial"),  # reasons for refusal
            ("40.27", "27", "5", "same"),  # postponement
            ("40.28", "27", "6", "adapted"),  # consultation before refusing or postponing
            ("41", "35", None, "adapted"),  # serious crime; a UN register; emergency data; other networks
            ("42", "29", None, "same"),
            ("43", "30", None, "same"),
            ("44", "31", None, "same"),
            ("45", "33", None, "adapted"),  # "shall endeavour"; contents of the request added
            ("46", "34", None, "adapted"),  # "shall endeavour"
            ("51", "26", "1", "adapted"),  # spontaneous information, limited to proceeds of crime
            # Chapters VII and VIII
            ("55.4", "46", "1", "partial"),  # exchange of information on legal, policy and technological developments
            ("57", "46", None, "adapted"),  # a Conference of the States Parties in place of consultations
            ("58", "46", "5", "adapted"),  # the secretariat assisting the Parties
            # Chapter IX: final provisions
            ("60.1", "39", "2", "adapted"),  # other agreements between the Parties
            ("60.2", "39", "3", "same"),  # other rights and obligations unaffected
            ("63", "45", None, "adapted"),  # arbitration, then the ICJ, unless reserved
            ("63.4", "43", "1", "partial"),  # withdrawal of a reservation by notification
            ("64.1", "36", "1", "adapted"),  # open to all States, not to members and participants
            ("64.3", "36", "2", "adapted"),  # ratification, acceptance, approval
            ("64.4", "37", "1", "adapted"),  # accession open, not by invitation
            ("65.1", "36", "3", "adapted"),  # 40 instruments and 90 days, not five States and three months
            ("65.2", "36", "4", "adapted"),
            ("65.2", "37", "2", "adapted"),
            ("66", "44", None, "adapted"),  # Conference of the States Parties, not the Committee of Ministers
            ("67.1", "47", None, "adapted"),  # one year, not three months
            ("68.1", "48", None, "partial"),  # the depositary; its notifications
        ],
        # this Convention's articles with no counterpart in it (every article 1-68 is in rows or here)
        "none_here": [
            "1", "3", "4", "5", "6", "15", "16", "17", "20", "31", "32", "33", "34", "36", "38", "39", "47",
            "48", "49", "50", "52", "53", "54", "56", "59", "61", "62",
        ],
        # its articles with no counterpart in this Convention (every one of its articles is in rows or here)
        "none_there": ["10", "32", "38", "40", "41", "42"],
    },
    "budapest-protocol": {
        "name": "Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence",
        "short": "Second Additional Protocol",
        "articles": 25,
        # Checked against a published copy: 1-5 (the table of contents of the T-CY draft, version 3, 28 May 2021),
        # 6 (ICANN, quoting the draft), 7 and 10 (Eurojust's SIRIUS publications on those articles), 6-8 (Japan's
        # declarations in the Dutch treaty database, 013833, which quote those three titles word for word).
        # The titles of 9 and 11-25 are still unconfirmed, given as the official text is remembered to have them:
        # the stored copies of the English text (Trb. 2022, 66; PACE Doc. 15316 rev) gave the preamble only.
        # To be checked against https://zoek.officielebekendmakingen.nl/trb-2022-66.html (CETS No. 224).
        "titles": {
            "1": "Purpose",
            "2": "Scope of application",
            "3": "Definitions",
            "4": "Language",
            "5": "General principles applicable to Chapter II",
            "6": "Request for domain name registration information",
            "7": "Disclosure of subscriber information",
            "8": "Giving effect to orders from another Party for expedited production of subscriber information and traffic data",
            "9": "Expedited disclosure of stored computer data in an emergency",
            "10": "Emergency mutual assistance",
            "11": "Video conferencing",
            "12": "Joint investigation teams and joint investigations",
            "13": "Conditions and safeguards",
            "14": "Protection of personal data",
            "15": "Effects of this Protocol",
            "16": "Signature and entry into force",
            "17": "Federal clause",
            "18": "Territorial application",
            "19": "Reservations and declarations",
            "20": "Status and withdrawal of reservations",
            "21": "Amendments",
            "22": "Settlement of disputes",
            "23": "Consultations of the Parties and assessment of implementation",
            "24": "Denunciation",
            "25": "Notification",
        },
        "sources": [
            "https://scribd.com/document/701989575/Draft-3-Second-Additional-Protocol-ELETRONIC-EVIDENCE",
            "https://scribd.com/document/712764286/Second-Additional-Protocol-to-the-Budapest-Convention-EnG",
            "https://pace.coe.int/en/files/29267/html",
            "https://icann.org/en/blogs/details/feedback-on-the-second-additional-protocol-to-the-convention-on-cybercrime-ends-early-may-23-4-2021-en",
            "https://www.eurojust.europa.eu/publication/production-orders-disclosure-subscriber-information-under-article-7-second-additional",
            "https://www.eurojust.europa.eu/publication/article-10-second-additional-protocol-convention-cybercrime-emergency-mutual-assistance",
            "https://verdragenbank.overheid.nl/nl/Verdrag/Details/013833_b.html",
        ],
        "rows": [
            ("2.g", "3", "2", "same"),  # "personal data"
            ("2.o", "3", "2", "same"),  # "emergency"
            ("3.b", "2", "1", "partial"),  # the collection of evidence in electronic form
            ("24.4", "13", None, "adapted"),  # safeguards extended to the powers used in cooperation
            ("36", "14", None, "adapted"),  # a short rule here, a full data-protection code there
            ("36.3", "14", "10", "adapted"),  # onward transfer to another State or an international organization
            ("40.13", "4", "1", "partial"),  # requests in a language acceptable to the requested Party
            ("40.13", "10", None, "partial"),  # urgent requests by expedited means, confirmed in writing
            ("40.18", "11", None, "adapted"),  # hearings by videoconference
            ("41.3.e", "9", None, "adapted"),  # electronic data to avert an emergency, through the 24/7 network
            ("48", "12", None, "adapted"),  # joint investigative bodies, by agreement or case by case
            ("57", "23", None, "adapted"),  # review of implementation
            ("60", "15", None, "partial"),  # other agreements between the Parties
            ("63.4", "20", None, "partial"),  # withdrawal of a reservation
            ("63", "22", None, "adapted"),
            ("64", "16", None, "adapted"),
            ("65", "16", None, "adapted"),
            ("66", "21", None, "adapted"),
            ("67", "24", None, "adapted"),  # 67.3: denouncing the Convention denounces its protocols
            ("68.1", "25", None, "partial"),
        ],
        "none_here": [],
        "none_there": ["1", "5", "6", "7", "8", "17", "18", "19"],
    },
}
