#!/usr/bin/env python3
"""Build gold.jsonl for the eval/styles-2 set from hand-written annotations.

The annotations below were written by hand, sentence by sentence, while the
articles were being written, and checked again by re-reading each article.
No quote-attribution system was run on these articles. This script only turns
the annotations into offsets: each quote is located with str.find from a
running position (start snippet .. end snippet), each mention is located
inside the same paragraph (the nearest whole-word match before the quote's
start or after its end), and every result is checked against the file text.

Offsets are UTF-16 code units; the texts contain only BMP characters, so
Python str indices are the same numbers (this is asserted).

Run:  python3 make_gold.py      (writes gold.jsonl next to this file)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_offsets import PARA_END, write_gold  # noqa: E402  (eval/gold_offsets.py)

# ---------------------------------------------------------------------------
# Hand annotations.
#   quotes: (start snippet, end snippet or PARA_END, kind, speaker key or None,
#            mention or None) where mention = (words, "before" | "after")
#   A quote by two people named together ("say Fitch and Teague") is given to
#   the first person named.
# ---------------------------------------------------------------------------
DOCS = [
    {
        "document": "wire-ferry",
        "speakers": {
            "Douglas Hollis": ["Hollis", "its chief executive", "the company’s president and chief executive", "The chief executive"],
            "Bayline Ferries": ["Bayline", "The company", "the company"],
            "Maud Eriksen": ["Eriksen"],
            "Colm Dwyer": ["fisherman Colm Dwyer", "Her neighbour"],
            "Gail Theriault": ["Theriault", "Transportation Minister Gail Theriault", "the minister"],
        },
        "quotes": [
            ("“the best we can do”", "”", "HEADLINE", "Douglas Hollis", ("Hollis", "before")),
            ("“the best we can do”", "”", "PARTIAL", "Douglas Hollis", ("its chief executive", "before")),
            ("“We have one boat", "week,”", "DIRECT", "Douglas Hollis", ("Douglas Hollis", "after")),
            ("“I would rather run", "time.”", "DIRECT", "Douglas Hollis", ("Douglas Hollis", "before")),
            ("“Every ferry of that size", "weeks.”", "DIRECT", "Douglas Hollis", None),
            ("“If one comes free", "day.”", "DIRECT", "Douglas Hollis", None),
            ("“The truck comes", "dock,”", "DIRECT", "Maud Eriksen", ("she", "after")),
            ("“People here aren’t", "home.”", "DIRECT", "Maud Eriksen", None),
            ("“Three boats a day", "schedule,”", "DIRECT", "Colm Dwyer", ("he", "after")),
            ("“exceptional circumstances”", "”", "PARTIAL", "Bayline Ferries", ("The company", "before")),
            ("“I am not going", "March,’”", "DIRECT", "Gail Theriault", ("Theriault", "after")),
            ("‘wait until March,’", "’", "NESTED", None, None),
            ("“one of the options", "table.”", "PARTIAL", "Gail Theriault", ("she", "before")),
            ("“We’ll be on the first boat", "be,”", "DIRECT", "Maud Eriksen", ("Eriksen", "after")),
            ("“as soon as a second", "available”", "PARTIAL", "Bayline Ferries", ("Bayline", "before")),
            ("“I grew up", "school,”", "DIRECT", "Douglas Hollis", ("he", "after")),
            ("“I know exactly", "costs.”", "DIRECT", "Douglas Hollis", ("he", "before")),
        ],
    },
    {
        "document": "wire-reservoir",
        "speakers": {
            "Granite Bend Water District": ["Water district", "The Granite Bend Water District", "the district"],
            "Teresa Vanterpool": ["Vanterpool", "the district’s general manager", "the general manager"],
            "Howard Brisco": ["Brisco", "state dam safety engineer Howard Brisco", "the state engineer"],
            "Lyle Petrakis": ["Petrakis"],
            "Annette Sorensen": ["Sorensen", "Board chair Annette Sorensen"],
            "Dolores Quill": ["retired schoolteacher Dolores Quill"],
        },
        "quotes": [
            ("“serious but manageable”", "”", "HEADLINE", "Granite Bend Water District", ("Water district", "before")),
            ("“Nobody needs to pack", "tonight,”", "DIRECT", "Teresa Vanterpool", ("Teresa Vanterpool", "after")),
            ("“What people need", "today.”", "DIRECT", "Teresa Vanterpool", ("Teresa Vanterpool", "before")),
            ("“By Wednesday afternoon", "catwalk,”", "DIRECT", "Teresa Vanterpool", ("she", "after")),
            ("“We called the state", "to.”", "DIRECT", "Teresa Vanterpool", None),
            ("“The concrete is old", "good,”", "DIRECT", "Howard Brisco", ("Brisco", "after")),
            ("“I’ve seen worse", "later.”", "DIRECT", "Howard Brisco", ("Brisco", "before")),
            ("“Serious but manageable”", "”", "PARTIAL", "Granite Bend Water District", ("the district", "after")),
            ("“You can’t ask a cow", "third,”", "DIRECT", "Lyle Petrakis", ("Petrakis", "after")),
            ("“So I’m cutting", "cows.”", "DIRECT", "Lyle Petrakis", ("Petrakis", "before")),
            ("“We will be asking", "loudly,”", "DIRECT", "Annette Sorensen", ("Sorensen", "after")),
            ("“I would be guessing", "water,”", "DIRECT", "Teresa Vanterpool", ("the general manager", "after")),
            ("“If the divers", "months.”", "DIRECT", "Teresa Vanterpool", None),
            ("“We’ll post the reservoir", "it,”", "DIRECT", "Teresa Vanterpool", ("she", "after")),
            ("“They said the same", "month,”", "DIRECT", "Dolores Quill", ("Dolores Quill", "after")),
            ("“I’m not panicking,”", "”", "DIRECT", "Dolores Quill", ("she", "after")),
            ("“I’m just keeping", "up.”", "DIRECT", "Dolores Quill", ("she", "before")),
            ("“I’d rather be there", "report.”", "DIRECT", "Howard Brisco", None),
            ("“deeply regrets", "inconvenience”", "PARTIAL", "Granite Bend Water District", ("the district", "before")),
        ],
    },
    {
        "document": "british-curly-bakery",
        "speakers": {
            "Brian Crouch": ["Mr Crouch", "Brian"],
            "Sheila Crouch": ["Mrs Crouch", "His wife", "Sheila"],
            "Margaret Ellery": [],
            "Darren Oyelowo": ["Mr Oyelowo", "Town councillor Darren Oyelowo"],
            "Imogen": ["The couple’s granddaughter", "Our granddaughter"],
            "Ashwell Town Council": [],
        },
        "quotes": [
            ("‘It’s the end of an era’", "era’", "HEADLINE", "Brian Crouch", None),
            ("‘the Corner’", "’", "SCARE", None, None),
            ("‘It’s the end of an era, and", "otherwise,’", "DIRECT", "Brian Crouch", ("Mr Crouch", "after")),
            ("‘But I’ve been up", "notice.’", "DIRECT", "Brian Crouch", ("Mr Crouch", "before")),
            ("‘with heavy hearts’", "’", "PARTIAL", "Sheila Crouch", ("His wife", "before")),
            ("‘The second one wanted", "Swindon,’", "DIRECT", "Sheila Crouch", ("she", "after")),
            ("‘We told him no.’", "’", "DIRECT", "Sheila Crouch", ("she", "before")),
            ("‘Brian walked him", "himself.’", "DIRECT", "Sheila Crouch", None),
            ("‘My husband used to say", "mad,”’", "DIRECT", "Margaret Ellery", ("she", "after")),
            ("“If Crouch’s ever", "mad,”", "NESTED", None, None),
            ("‘Well, here we are.’", "’", "DIRECT", "Margaret Ellery", ("she", "before")),
            ("‘We have lost", "this,’", "DIRECT", "Darren Oyelowo", ("Mr Oyelowo", "after")),
            ("‘At some point", "for.’", "DIRECT", "Darren Oyelowo", ("Mr Oyelowo", "before")),
            ("‘the Brick’", "’", "SCARE", None, None),
            ("‘It stays in the family", "staying.’", "DIRECT", "Sheila Crouch", None),
            ("‘I did the sums", "times,’", "DIRECT", "Imogen", ("she", "after")),
            ("‘Every time, the answer", "money.’", "DIRECT", "Imogen", ("she", "before")),
            ("‘saddened’", "’", "PARTIAL", "Ashwell Town Council", ("Ashwell Town Council", "before")),
            ("‘work with the family", "occasion’", "PARTIAL", "Ashwell Town Council", ("Ashwell Town Council", "before")),
            ("‘Bring your own butter,’", "’", "DIRECT", "Brian Crouch", ("he", "after")),
        ],
    },
    {
        "document": "british-straight-pier",
        "speakers": {
            "Fiona Garside": ["Ms Garside", "Its managing director", "Tidewater's managing director"],
            "Tidewater Leisure": ["the company", "the firm"],
            "Keith Amory": ["Amory", "retired lifeboatman Keith Amory", "Its chairman"],
            "Nadia Hussain": ["Councillor Nadia Hussain", "the council's portfolio holder for tourism"],
            "Jo Pardew": ["Its tenant"],
            "Simon Pardew": ["Her business partner"],
        },
        "quotes": [
            ("'I'd rather close it properly than cheaply'", "cheaply'", "HEADLINE", "Fiona Garside", None),
            ("'the stump'", "stump'", "SCARE", None, None),
            ("'We've spent", "standing,'", "DIRECT", "Fiona Garside", ("Ms Garside", "after")),
            ("'There isn't", "now.'", "DIRECT", "Fiona Garside", ("Ms Garside", "before")),
            ("'What I won't do", "die.'", "DIRECT", "Fiona Garside", None),
            ("'I'd rather close it properly than cheaply.'", "cheaply.'", "DIRECT", "Fiona Garside", None),
            ("'My father took me", "eventually.'", "DIRECT", "Keith Amory", ("He", "before")),
            ('"You\'ll thank me', 'day."', "NESTED", None, None),
            ("'The owners keep", "hopeless,'", "DIRECT", "Keith Amory", ("he", "after")),
            ("'I've heard that before", "there.'", "DIRECT", "Keith Amory", ("he", "before")),
            ("'looking at all the options'", "options'", "PARTIAL", "Nadia Hussain", ("Nadia Hussain", "before")),
            ("'Nobody on the council", "go,'", "DIRECT", "Nadia Hussain", ("she", "after")),
            ("'But I can't find", "sofa.'", "DIRECT", "Nadia Hussain", ("she", "before")),
            ("'The regulars still come", "wake.'", "DIRECT", "Jo Pardew", None),
            ("'Give us the first", "work,'", "DIRECT", "Simon Pardew", ("he", "after")),
            ("'A Pier With No End'", "End'", "SCARE", None, None),
            ("'I'm not the villain", "this,'", "DIRECT", "Fiona Garside", ("she", "after")),
            ("'I want the same", "want.'", "DIRECT", "Fiona Garside", ("she", "before")),
        ],
    },
    {
        "document": "sports-derby",
        "speakers": {
            "Lena Varga": ["Varga", "Kelbridge manager Lena Varga"],
            "Rhys Tennant": ["Tennant", "the 31-year-old midfielder"],
            "Aurelio Bassi": ["Bassi", "The Italian striker"],
            "Owen Latch": ["Latch", "centre-back Owen Latch", "the 27-year-old defender"],
            "Gareth Moy": ["Moy", "Dunmore manager Gareth Moy"],
            "Kwame Asante": ["Asante", "substitute Kwame Asante", "the teenage forward"],
            "Jordan Pike": ["Pike", "Jordan", "the veteran winger"],
            "Danny Forde": ["Kelbridge captain Danny Forde"],
        },
        "quotes": [
            ("“proper derby”", "”", "HEADLINE", "Lena Varga", ("Varga", "before")),
            ("“That was a proper derby", "about,”", "DIRECT", "Lena Varga", ("she", "after")),
            ("“We were brave", "hide.”", "DIRECT", "Lena Varga", ("she", "before")),
            ("“Down to ten men", "did.”", "DIRECT", "Lena Varga", None),
            ("“I thought Owen", "foul.”", "DIRECT", "Lena Varga", None),
            ("“We’ll look at it", "on.”", "DIRECT", "Lena Varga", None),
            ("“I’m not thinking", "run,”", "DIRECT", "Rhys Tennant", ("the 31-year-old midfielder", "after")),
            ("“The ball fell", "simple.”", "DIRECT", "Rhys Tennant", ("the 31-year-old midfielder", "before")),
            ("“Jordan put it", "his,”", "DIRECT", "Aurelio Bassi", ("Bassi", "after")),
            ("“Maybe more than half.”", "”", "DIRECT", "Aurelio Bassi", ("Bassi", "before")),
            ("“I told him after", "shirt.”", "DIRECT", "Aurelio Bassi", None),
            ("“I caught his shirt", "it,”", "DIRECT", "Owen Latch", ("the 27-year-old defender", "after")),
            ("“I let the lads", "Monday.”", "DIRECT", "Owen Latch", ("the 27-year-old defender", "before")),
            ("“If that happens", "given,”", "DIRECT", "Gareth Moy", ("Moy", "after")),
            ("“Everybody in the ground", "mattered.”", "DIRECT", "Gareth Moy", ("Moy", "before")),
            ("“I’m proud", "45.”", "DIRECT", "Gareth Moy", ("He", "before")),
            ("“It’s a bittersweet one,”", "”", "DIRECT", "Kwame Asante", ("the teenage forward", "after")),
            ("“I scored, but", "anything.”", "DIRECT", "Kwame Asante", ("the teenage forward", "before")),
            ("“Three hundred games", "loud,”", "DIRECT", "Jordan Pike", ("the veteran winger", "after")),
            ("“I nearly cried", "cramp.”", "DIRECT", "Jordan Pike", ("the veteran winger", "before")),
            ("“I was looking", "shoes,”", "DIRECT", "Lena Varga", ("she", "after")),
            ("“bouncing”", "”", "PARTIAL", "Danny Forde", ("Danny Forde", "after")),
            ("“We’ve got a long way", "play.”", "DIRECT", "Danny Forde", None),
        ],
    },
    {
        "document": "politics-battery",
        "speakers": {
            "Carolyn Ashdown": ["Ashdown", "Sen. Carolyn Ashdown", "A Democratic senator from Ohio", "the senator", "the Ohio Democrat"],
            "Raymond Tull": ["Tull", "Sen. Raymond Tull", "the Indiana Republican"],
            "Hanseong Cell": ["The firm", "the firm", "the company", "The company"],
            "South Korea’s trade ministry": ["The ministry"],
            "Frank Delacroix": ["Ohio Gov. Frank Delacroix", "the governor"],
            "Marguerite Ybarra": ["Senate Finance Committee chair Marguerite Ybarra"],
        },
        "quotes": [
            ("“broken promises”", "”", "HEADLINE", "Carolyn Ashdown", None),
            ("“When a company takes", "suggestion,”", "DIRECT", "Carolyn Ashdown", ("Ashdown", "after")),
            ("“They are the deal", "promises.”", "DIRECT", "Carolyn Ashdown", ("Ashdown", "before")),
            ("“Keep Your Word Act,”", "”", "SCARE", None, None),
            ("“This isn’t about punishing", "get.”", "DIRECT", "Carolyn Ashdown", None),
            ("“Broken promises don’t", "party,”", "DIRECT", "Raymond Tull", ("the Indiana Republican", "after")),
            ("“I have a plant", "angry.”", "DIRECT", "Raymond Tull", ("the Indiana Republican", "before")),
            ("“supply chain conditions", "control.”", "PARTIAL", "Hanseong Cell", ("The firm", "before")),
            ("“We remain fully", "workforce,”", "DIRECT", "Hanseong Cell", None),
            ("“with concern,”", "”", "PARTIAL", "South Korea’s trade ministry", ("South Korea’s trade ministry", "before")),
            ("“These are good jobs", "coming,”", "DIRECT", "Frank Delacroix", ("the governor", "after")),
            ("“I would rather have", "before.”", "DIRECT", "Frank Delacroix", ("the governor", "before")),
            ("“They’ve told me", "it.”", "DIRECT", "Frank Delacroix", None),
            ("“And if they don’t", "Washington.”", "DIRECT", "Frank Delacroix", None),
            ("“With respect", "running,”", "DIRECT", "Carolyn Ashdown", ("the Ohio Democrat", "after")),
            ("‘by the end of next year’", "’", "NESTED", None, None),
            ("“The people of Ohio", "bought,”", "DIRECT", "Carolyn Ashdown", None),
            ("“We provide hiring", "agreement,”", "DIRECT", "Hanseong Cell", ("the firm", "after")),
            ("“It’s early days,”", "”", "DIRECT", "Marguerite Ybarra", ("Marguerite Ybarra", "after")),
            ("“But I’d be lying", "interest.”", "DIRECT", "Marguerite Ybarra", ("Marguerite Ybarra", "before")),
            ("“We’ll be back,”", "”", "DIRECT", "Carolyn Ashdown", ("Ashdown", "after")),
        ],
    },
    {
        "document": "feature-bees",
        "speakers": {
            "Wren Calloway": ["Calloway", "the old beekeeper", "Mum"],
            "Tobias Mendel": ["Mendel"],
            "Sioned Price": ["Price"],
            "Bethan": ["Her daughter"],
        },
        "quotes": [
            ("“I tell them the news”", "”", "HEADLINE", "Wren Calloway", None),
            ("“I talk to them", "morning,”", "DIRECT", "Wren Calloway", ("she", "after")),
            ("“Not baby talk", "rain.”", "DIRECT", "Wren Calloway", ("she", "before")),
            ("“He’d come up here", "scores.”", "DIRECT", "Wren Calloway", None),
            ("“I turned up", "confidence,”", "DIRECT", "Tobias Mendel", ("he", "after")),
            ("“She took the book", "watch.”", "DIRECT", "Tobias Mendel", ("he", "before")),
            ("“I watched for a whole", "own.”", "DIRECT", "Tobias Mendel", None),
            ("“a jar a month", "pollination.”", "PARTIAL", "Sioned Price", ("she", "before")),
            ("“My father made", "tea,”", "DIRECT", "Sioned Price", ("Price", "after")),
            ("“I’m not going to be", "breaks it.”", "DIRECT", "Sioned Price", ("Price", "before")),
            ("“I’ll still see her", "expect,”", "DIRECT", "Sioned Price", ("she", "after")),
            ("“She won’t be able", "herself.”", "DIRECT", "Sioned Price", ("she", "before")),
            ("“Mum will not ask", "behalf,”", "DIRECT", "Bethan", ("her", "after")),
            ("“She would rather", "79.”", "DIRECT", "Bethan", ("her", "before")),
            ("“Swarm in the ash", "faster.”", "DIRECT", "Wren Calloway", None),
            ("“He never went up", "again,”", "DIRECT", "Wren Calloway", ("she", "after")),
            ("“Those ten are staying", "me,”", "DIRECT", "Wren Calloway", ("the old beekeeper", "after")),
            ("“I’ll still need", "mornings.”", "DIRECT", "Wren Calloway", ("the old beekeeper", "before")),
            ("“There’s a way", "reading it,”", "DIRECT", "Tobias Mendel", ("Mendel", "after")),
            ("“I’ve filmed her", PARA_END, "DIRECT", "Tobias Mendel", ("Mendel", "before")),
            ("“Maybe in forty years.”", "”", "DIRECT", "Tobias Mendel", None),
            ("“Right,”", "”", "DIRECT", "Wren Calloway", ("she", "after")),
            ("“Tea.”", "”", "DIRECT", "Wren Calloway", ("she", "before")),
        ],
    },
    {
        "document": "feature-lifeboat",
        "speakers": {
            "Ezra Quayle": ["a retired shipwright", "The shipwright", "the man who bought her for a pound"],
            "Rhiannon Teague": ["Teague", "The station’s current coxswain"],
            "Barnaby Okoro": ["Okoro", "A third volunteer"],
            "Lorna Fitch": ["Fitch", "its chair"],
            "Kit": ["his grandson"],
        },
        "quotes": [
            ("“a lot of patience”", "”", "HEADLINE", "Ezra Quayle", None),
            ("“When I first saw her", "nettles,”", "DIRECT", "Ezra Quayle", ("he", "after")),
            ("“You could have grown", "patience.”", "DIRECT", "Ezra Quayle", ("he", "before")),
            ("“They did it with oars", "hands,”", "DIRECT", "Rhiannon Teague", ("she", "after")),
            ("“We do it with twin", "scared.”", "DIRECT", "Rhiannon Teague", ("she", "before")),
            ("“Every new crew member", "twice.”", "DIRECT", "Rhiannon Teague", None),
            ("“I can’t tell a rivet", "roove,”", "DIRECT", "Barnaby Okoro", ("Okoro", "after")),
            ("“But I can make tea", "things.”", "DIRECT", "Barnaby Okoro", ("Okoro", "before")),
            ("“That’s three years", "pay,”", "DIRECT", "Barnaby Okoro", ("he", "after")),
            ("“Nobody would believe", "down.”", "DIRECT", "Barnaby Okoro", ("he", "before")),
            ("“The Mary Lisle belongs", "does,”", "DIRECT", "Lorna Fitch", None),
            ("“We cannot let her rot", "time.”", "DIRECT", "Lorna Fitch", None),
            ("“the pasty grant.”", "”", "SCARE", None, None),
            ("“She deserves a roof", "leak,”", "DIRECT", "Lorna Fitch", ("Fitch", "after")),
            ("“It’s better than", "phone,”", "DIRECT", "Kit", ("he", "after")),
            ("“People ask why", "one,”", "DIRECT", "Ezra Quayle", ("he", "after")),
            ("“A new one would be", PARA_END, "DIRECT", "Ezra Quayle", ("he", "before")),
            ("“If I get her back", "mattered.”", "DIRECT", "Ezra Quayle", None),
            ("“He’ll get her", "water.”", "DIRECT", "Barnaby Okoro", ("Okoro", "before")),
        ],
    },
]


if __name__ == "__main__":
    write_gold(DOCS, HERE)
