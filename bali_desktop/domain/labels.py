"""The labels that tell a reader whose words they are reading: one wording everywhere."""

GUIDANCE = "Guidance — not official Bali Process text"
SUMMARY = "Summary written for Bali Desktop from the source named below — not official Bali Process text"
OFFICIAL = "Official text, quoted word for word"

# Facts about the Bali Process in our words (who's who, timeline, documents), not advice.
SUMMARY_KINDS = ("member", "observer", "group", "event", "document")


def ours(kind: str) -> str:
    """The label for a non-official item of this kind."""
    return SUMMARY if kind in SUMMARY_KINDS else GUIDANCE
