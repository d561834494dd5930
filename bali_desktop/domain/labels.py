"""The labels that tell a reader whose words they are reading: one wording everywhere."""

from bali_desktop.domain.kinds import SUMMARY_KINDS

GUIDANCE = "Guidance — not official Bali Process text"
SUMMARY = "Summary written for Bali Desktop from the source named below — not official Bali Process text"
OFFICIAL = "Official text, quoted word for word"


def ours(kind: str) -> str:
    """The label for a non-official item of this kind."""
    return SUMMARY if kind in SUMMARY_KINDS else GUIDANCE
