"""The kinds of content item, in the order the app lists them, and what each kind is.

The one list: search ranking, the command line, the window and print all read it from here.
"""

# Official Bali Process text, quoted word for word with its document and locator.
OFFICIAL_KINDS = ("area", "commitment", "objective", "principle", "passage")
# Facts about the Bali Process in our words (who's who, timeline, documents), not advice.
SUMMARY_KINDS = ("member", "observer", "group", "event", "document")
KINDS = (
    *OFFICIAL_KINDS,
    "member",
    "observer",
    "group",
    "event",
    "guide",
    "pathway",
    "aid",
    "role",
    "document",
    "phrases",
)
# Kinds whose titles we wrote: official documents number their items but give them no titles.
TITLED_BY_US = (*OFFICIAL_KINDS, "pathway", "aid", "role", "event", "phrases")

# A prior on what a user most likely wants when search scores are close: the official
# commitments first, then the pathways and the aid, then who's who; timeline events, roles and
# documents a little lower (they quote or name everything, so they match everything).
SEARCH_BOOST: dict[str, float] = {
    **dict.fromkeys(OFFICIAL_KINDS, 1.3),
    "pathway": 1.2,
    "aid": 1.2,
    "phrases": 1.2,  # phrase cards (one set of cards, many languages)
    **dict.fromkeys(("member", "observer", "group", "guide"), 1.1),
    **dict.fromkeys(("event", "role", "document"), 0.85),
}


def is_official_kind(kind: str) -> bool:
    return kind in OFFICIAL_KINDS
