#!/usr/bin/env python3
"""Build gold.jsonl for the eval/styles set from hand-written annotations.

The annotations below were written by hand from reading the articles. This
script only turns them into offsets: each quote is located with str.find from
a running position (start snippet .. end snippet), each mention is located
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
# ---------------------------------------------------------------------------
DOCS = [
    {
        "document": "wire-tender",
        "speakers": {
            "Adaeze Okafor": ["Okafor", "the city’s director of procurement"],
            "Wendell Osei": ["an analyst with a pension fund"],
            "Luis Mendes": ["Mendes"],
            "Brenda Tkachuk": ["Tkachuk", "Coun. Brenda Tkachuk", "the councillor"],
        },
        "quotes": [
            ("“not a fire sale”", "”", "HEADLINE", "Adaeze Okafor", ("Okafor", "before")),
            ("“deliberately boring.”", "”", "PARTIAL", "Adaeze Okafor", ("She", "before")),
            ("“This is not a fire sale", "one,”", "DIRECT", "Adaeze Okafor", ("Okafor", "after")),
            ("“We set the floor", "will.”", "DIRECT", "Adaeze Okafor", None),
            ("“The city has written", "appealing,”", "DIRECT", "Wendell Osei", ("Wendell Osei", "after")),
            ("“The real risk", "speed.”", "DIRECT", "Wendell Osei", None),
            ("“If the builder walks", "contract.”", "DIRECT", "Luis Mendes", None),
            ("“I’ve sat through", "Street,”", "DIRECT", "Brenda Tkachuk", ("Tkachuk", "after")),
            ("“The first one collapsed", "committee.”", "DIRECT", "Brenda Tkachuk", None),
            ("“The third, frankly", "serious.”", "DIRECT", "Brenda Tkachuk", None),
            ("“This one is different", "clause.”", "DIRECT", "Brenda Tkachuk", None),
            ("“With respect", "anybody,”", "DIRECT", "Luis Mendes", ("Mendes", "after")),
            ("“Keys house people", "complaining.”", "DIRECT", "Luis Mendes", None),
            ("“We’ll publish a shortlist", "March,”", "DIRECT", "Adaeze Okafor", ("Okafor", "after")),
            ("“After that", "table”", "DIRECT", "Adaeze Okafor", None),
        ],
    },
    {
        "document": "wire-transit",
        "speakers": {
            "Halvorsen Transit Workers Union": ["Transit union", "The union", "the union"],
            "Halvorsen Regional Transit Agency": ["The agency", "the agency"],
            "Marisol Quintero": ["Quintero", "president of the union’s largest local"],
            "Gordon Pelletier": ["agency chief executive Gordon Pelletier"],
            "Farah Lindgren": ["nurse Farah Lindgren"],
        },
        "quotes": [
            ("“last resort”", "”", "HEADLINE", "Halvorsen Transit Workers Union", ("Transit union", "before")),
            ("“a last resort”", "”", "PARTIAL", "Halvorsen Transit Workers Union", ("The union", "before")),
            ("“Nobody in this union", "morning,”", "DIRECT", "Marisol Quintero", ("Marisol Quintero", "after")),
            ("“But we have been asking", "no.”", "DIRECT", "Marisol Quintero", ("Marisol Quintero", "before")),
            ("“Split shifts", "people,”", "DIRECT", "Marisol Quintero", ("she", "after")),
            ("“You drive the morning", "years.”", "DIRECT", "Marisol Quintero", ("she", "before")),
            ("“unaffordable without", "service.”", "PARTIAL", "Halvorsen Regional Transit Agency", ("The agency", "before")),
            ("“We respect the right", "open,”", "DIRECT", "Gordon Pelletier", ("Gordon Pelletier", "after")),
            ("“What I can’t do", "today.”", "DIRECT", "Gordon Pelletier", None),
            ("“I can do that", "two,”", "DIRECT", "Farah Lindgren", ("she", "after")),
            ("“I can’t do it", "month.”", "DIRECT", "Farah Lindgren", ("she", "before")),
            ("“Paratransit riders", "choices,”", "DIRECT", "Halvorsen Transit Workers Union", ("the union", "after")),
            ("“We are available", "so,”", "DIRECT", "Halvorsen Regional Transit Agency", ("the agency", "after")),
            ("“as long as it takes.”", "”", "PARTIAL", "Marisol Quintero", ("Quintero", "before")),
        ],
    },
    {
        "document": "british-single-quotes",
        "speakers": {
            "Tom Ashby": ["Ashby", "Rovers manager Tom Ashby", "Rovers boss"],
            "Ruth Kemp": ["Mrs Kemp", "Ruth", "dairy farmer Ruth Kemp"],
            "Northern Counties League": ["The league"],
            "Priya Dhaliwal": ["Council leader Priya Dhaliwal"],
            "Hembury Rovers": ["Rovers"],
        },
        "quotes": [
            ("‘We’re humbled’", "humbled’", "HEADLINE", "Tom Ashby", None),
            ("‘the Levels’", "’", "SCARE", None, None),
            ("‘I’ve been in football", "like it,’", "DIRECT", "Tom Ashby", ("Tom Ashby", "after")),
            ("‘We turned up", "matters.’", "DIRECT", "Tom Ashby", ("Tom Ashby", "before")),
            ("‘We don’t keep cows", "empty,’", "DIRECT", "Ruth Kemp", ("Ruth Kemp", "after")),
            ("‘When I heard the lads", "phone.’", "DIRECT", "Ruth Kemp", ("Ruth Kemp", "before")),
            ("‘He always told me", "back,’", "DIRECT", "Ruth Kemp", ("she", "after")),
            ("“If the river wants", "field,”", "NESTED", None, None),
            ("‘unusual but entirely sensible’", "’", "PARTIAL", "Northern Counties League", ("The league", "before")),
            ("‘better than half", "play on’", "PARTIAL", "Tom Ashby", ("Ashby", "before")),
            ("‘The lads’ only", "that,’", "DIRECT", "Tom Ashby", ("he", "after")),
            ("‘Ruth’s been brilliant", "days.’", "DIRECT", "Tom Ashby", ("he", "before")),
            ("‘We can’t keep relying", "out,’", "DIRECT", "Priya Dhaliwal", ("she", "after")),
            ("‘keep to the footpath", "behind you’", "PARTIAL", "Hembury Rovers", ("Rovers", "before")),
        ],
    },
    {
        "document": "british-straight-single",
        "speakers": {
            "Gillian Marsh": ["Marsh"],
            "Derek Fairlie": ["Councillor Derek Fairlie", "the council's cabinet member for communities"],
            "Westmoor County Council": ["The council", "the council"],
            "Friends of Fenwick Library": ["The Friends of Fenwick Library"],
            "Arthur Beddows": ["Pensioner Arthur Beddows", "Arthur"],
        },
        "quotes": [
            ("'We won't let it go quietly'", "quietly'", "HEADLINE", "Gillian Marsh", None),
            ("'You can't measure", "company.'", "DIRECT", "Gillian Marsh", ("She", "before")),
            ("'If you halve", "prophecy.'", "DIRECT", "Gillian Marsh", ("Marsh", "before")),
            ("'Nobody goes into", "care.'", "DIRECT", "Derek Fairlie", ("He", "before")),
            ("'community book point'", "point'", "SCARE", None, None),
            ("'a shelf in a cold room'", "room'", "PARTIAL", "Friends of Fenwick Library", ("Friends of Fenwick Library", "before")),
            ("'My wife used to", "to it.'", "DIRECT", "Arthur Beddows", ("He", "before")),
            ('"Arthur, you', 'customer,"', "NESTED", None, None),
            ("'We won't let it go quietly. If", "doorway.'", "DIRECT", "Gillian Marsh", ("She", "before")),
            ("'All responses", "taken.'", "DIRECT", "Westmoor County Council", ("the council", "before")),
        ],
    },
    {
        "document": "feature-profile",
        "speakers": {
            "Margit Haverkamp": ["Haverkamp", "the town’s last working clock restorer"],
            "Desmond Achebe-Ross": ["Desmond", "Her apprentice", "the apprentice"],
            "Lorna Beckwith": ["Beckwith"],
        },
        "quotes": [
            ("“People imagine", "trade,”", "DIRECT", "Margit Haverkamp", ("Margit Haverkamp", "after")),
            ("“It’s the noisiest", "Ellisport.”", "DIRECT", "Margit Haverkamp", ("Margit Haverkamp", "before")),
            ("“She can hear", "room,”", "DIRECT", "Desmond Achebe-Ross", ("he", "after")),
            ("“I still can’t", "I can.”", "DIRECT", "Desmond Achebe-Ross", ("he", "before")),
            ("“Two shops", "saving,”", "DIRECT", "Lorna Beckwith", ("Beckwith", "after")),
            ("“She had it ticking", "us.”", "DIRECT", "Lorna Beckwith", ("Beckwith", "before")),
            ("“I don’t think of it", "clocks,”", "DIRECT", "Margit Haverkamp", ("Haverkamp", "after")),
            ("“I think of it as keeping", "say no?”", "DIRECT", "Margit Haverkamp", ("Haverkamp", "before")),
            ("“People ask me", "children,”", "DIRECT", "Margit Haverkamp", ("she", "after")),
            ("“I tell them Desmond", "listen.”", "DIRECT", "Margit Haverkamp", ("she", "before")),
            ("“Here is the boss,”", "”", "DIRECT", "Margit Haverkamp", ("she", "after")),
            ("“Every other clock", "tell me.”", "DIRECT", "Margit Haverkamp", None),
        ],
    },
    {
        "document": "feature-letters",
        "speakers": {
            "Elias Vennor": ["Vennor", "Elias", "a young fisherman named Elias Vennor"],
            "Hannah Oduya": ["Hannah"],
            "Philippa Storrs": ["Storrs", "curator Philippa Storrs"],
            "Colin Vennor": ["Vennor’s great-nephew"],
        },
        "quotes": [
            ("“Keep a lamp lit”", "”", "HEADLINE", "Elias Vennor", None),
            ("“snug,”", "”", "SCARE", None, None),
            ("“We sat on the floor", "anyone,”", "DIRECT", "Hannah Oduya", ("Hannah Oduya", "after")),
            ("“Then we felt", "tin.”", "DIRECT", "Hannah Oduya", ("Hannah Oduya", "before")),
            ("“My dearest Ada", "else,”", "DIRECT", "Elias Vennor", ("Vennor", "after")),
            ("“I have put by", PARA_END, "DIRECT", "Elias Vennor", ("Vennor", "before")),
            ("“When it is twenty", "find it.”", "DIRECT", "Elias Vennor", None),
            ("‘The Tide Will", "Home,’", "NESTED", None, None),
            ("“I will not write", "news,”", "DIRECT", "Elias Vennor", None),
            ("“You deserve", "promises.”", "DIRECT", "Elias Vennor", None),
            ("“It’s a strange", "diary,”", "DIRECT", "Philippa Storrs", ("she", "after")),
            ("“He was talking", "letter.”", "DIRECT", "Philippa Storrs", ("she", "before")),
            ("‘lamp’", "’", "NESTED", None, None),
            ("“My grandmother", "sea,”", "DIRECT", "Colin Vennor", ("his", "after")),
            ("“I am grateful", "heard.”", "DIRECT", "Colin Vennor", ("his", "before")),
            ("“the floorboard archive,”", "”", "SCARE", None, None),
            ("“Eleven Pounds.”", "”", "SCARE", None, None),
            ("“It seemed the least", "do,”", "DIRECT", "Hannah Oduya", ("she", "after")),
        ],
    },
]


if __name__ == "__main__":
    write_gold(DOCS, HERE)
