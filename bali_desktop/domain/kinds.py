"""The kinds of content item, in the order the app lists them."""

OFFICIAL_KINDS = ("area", "commitment", "objective", "principle", "passage")
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
)
