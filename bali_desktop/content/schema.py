"""The shape of the shipped content files in resources/content/, validated at load."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9.\-]*$", max_length=80)]
Ref = Annotated[str, Field(pattern=r"^[a-z]+:[a-z0-9][a-z0-9.\-]*(#[a-z0-9.\-]+)?$")]
NonEmpty = Annotated[str, Field(min_length=1)]

from bali_desktop.domain.kinds import KINDS, OFFICIAL_KINDS  # noqa: E402,F401 - re-exported


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- source documents -------------------------------------------------------------------


class SourceDocument(Strict):
    """A document in resources/sources/ that official text is quoted from."""

    id: Slug
    title: NonEmpty
    publisher: NonEmpty
    date: str = ""  # as precise as the document states it ("2023-02-10", "2024-04"); "" if unstated
    file: NonEmpty  # file name in resources/sources/
    description: str = ""


class DocumentsFile(Strict):
    documents: list[SourceDocument]


# --- official text, word for word --------------------------------------------------------


class OfficialItem(Strict):
    """One quoted unit of an official document: an area, an activity, a commitment, ..."""

    kind: Literal["area", "commitment", "objective", "principle", "passage"]
    id: Slug
    title: NonEmpty
    text: NonEmpty  # exactly as in the source (white space and quote marks aside)
    locator: NonEmpty  # "Activity 12", "Paragraph 15.3", "Principle 4", "Area (5)"
    number: str = ""  # the number as the document prints it
    parent: Ref | None = None
    related: list[Ref] = []
    keywords: list[str] = []  # extra search words (ours), never shown as official text


class OfficialFile(Strict):
    document: Slug
    items: list[OfficialItem]


# --- who is who, timeline -----------------------------------------------------------------


class Citation(Strict):
    document: Slug
    locator: NonEmpty


class Member(Strict):
    id: Slug
    title: NonEmpty  # name as the source spells it, e.g. "Türkiye", "Viet Nam"
    category: Literal["government", "organisation"]
    text: str = ""  # our short description, or a quotation when `quoted` is true
    quoted: bool = False
    source: Citation
    related: list[Ref] = []
    keywords: list[str] = []


class MembersFile(Strict):
    members: list[Member]
    observers: list[Member]


class Group(Strict):
    id: Slug
    title: NonEmpty
    text: NonEmpty
    quoted: bool = False  # true when `text` is the source's own words
    established: str = ""
    membership: list[Ref] = []  # member refs
    source: Citation
    related: list[Ref] = []
    keywords: list[str] = []


class GroupsFile(Strict):
    groups: list[Group]


class Event(Strict):
    id: Slug
    date: Annotated[str, Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
    title: NonEmpty
    text: NonEmpty  # the source's own sentence(s) when `quoted`, else ours
    quoted: bool = True
    source: Citation
    related: list[Ref] = []


class TimelineFile(Strict):
    events: list[Event]


# --- our guidance ---------------------------------------------------------------------------


class Role(Strict):
    """A referral role a pathway sends a person to; the user fills in national contacts."""

    id: Slug
    title: NonEmpty
    description: NonEmpty
    consent_required: bool = False


class RolesFile(Strict):
    roles: list[Role]


class Guide(Strict):
    id: Slug
    title: NonEmpty  # as found in the sources; never invented
    year: str | None = None  # None: "year not confirmed"
    year_note: str = ""  # e.g. "publication year not confirmed"
    producer: NonEmpty
    audience: NonEmpty
    purpose: NonEmpty
    key_points: list[NonEmpty] = Field(min_length=1)  # in our words
    pathways: list[Ref] = []
    activities: list[Ref] = []
    source: NonEmpty  # where the facts come from (public source or seed document)
    related: list[Ref] = []
    keywords: list[str] = []

    @field_validator("year")
    @classmethod
    def _year_is_year(cls, v: str | None) -> str | None:
        if v is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", v):
            raise ValueError("year must be YYYY, YYYY-MM or YYYY-MM-DD, or left out")
        return v


class GuidesFile(Strict):
    guides: list[Guide]


StepId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9.\-]*$", max_length=80)]
# Where an answer leads: a step here ("tell-supervisor"), a step of another pathway
# ("pathway:child#treat-as-child") or the aid ("aid:smuggling-or-trafficking"). A bare
# "pathway:child" (the old shape) is read as that pathway's first step, said out loud by the loader.
Target = Annotated[
    str,
    Field(
        pattern=r"^([a-z0-9][a-z0-9.\-]*|pathway:[a-z0-9][a-z0-9.\-]*(#[a-z0-9][a-z0-9.\-]*)?|aid:[a-z0-9][a-z0-9.\-]*)$"
    ),
]
# After a jump out of this pathway: come back to a step here, or stay on the other pathway.
Then = Annotated[str, Field(pattern=r"^(return:[a-z0-9][a-z0-9.\-]*|stay)$")]
# The phrase cards a step needs: a set ("phrases:first-contact") or one of its cards ("…#language").
PhraseLink = Annotated[str, Field(pattern=r"^phrases:[a-z0-9][a-z0-9.\-]*(#[a-z0-9][a-z0-9.\-]*)?$")]

from bali_desktop.domain.facts import Fact  # noqa: E402 - the one vocabulary, shared with the domain


class Option(Strict):
    label: NonEmpty  # "Yes", "No", "Not sure"
    to: Target
    sets: list[Fact] = []  # facts this answer establishes about the case
    then: Then | None = None  # only for a jump out of this pathway

    @model_validator(mode="before")
    @classmethod
    def _old_goto(cls, raw: Any) -> Any:
        """Content written before routes had `goto:`; it means `to:`."""
        if isinstance(raw, dict) and "goto" in raw and "to" not in raw:
            raw = {("to" if k == "goto" else k): v for k, v in raw.items()}
        return raw

    @model_validator(mode="after")
    def _then_only_for_jumps(self) -> Option:
        if self.then is not None and ":" not in self.to:
            raise ValueError("'then' is for a jump to another pathway or the aid; a step here needs none")
        return self


class Decision(Strict):
    question: NonEmpty
    options: list[Option] = Field(min_length=2)


class Step(Strict):
    id: StepId
    action: NonEmpty  # verb first, one action
    why: str = ""
    say: str = ""  # words the officer may read aloud (our guidance)
    roles: list[Slug] = []  # the referral roles this step calls on
    unless: list[Fact] = []  # skipped (not shown as a step to do) once any of these holds
    only_if: list[Fact] = []  # done only when all of these hold
    phrases: PhraseLink | None = None  # the phrase cards this step needs (no shared language)
    exit: Literal["handover", "normal-processing"] | None = None  # closes the route here
    decision: Decision | None = None

    @model_validator(mode="after")
    def _exit_is_an_end(self) -> Step:
        if self.exit is not None and self.decision is not None:
            raise ValueError("a step that closes the route ('exit') cannot also ask a decision")
        return self


class PausePoint(Strict):
    id: Slug
    title: NonEmpty  # "First contact"
    when: NonEmpty  # "as soon as you meet the person"
    steps: list[Step] = Field(min_length=5, max_length=9)


class IndicatorGroup(Strict):
    dimension: NonEmpty  # e.g. "Deceptive recruitment"
    indicators: list[NonEmpty] = Field(min_length=1)


class Pathway(Strict):
    id: Slug
    title: NonEmpty
    purpose: NonEmpty  # one line
    checklist_type: Literal["READ-DO", "DO-CONFIRM"] = "READ-DO"
    assumes: list[Fact] = []  # facts that hold for everyone this pathway is for
    based_on: list[NonEmpty] = Field(min_length=1)  # standards it draws on
    pause_points: list[PausePoint] = Field(min_length=2)
    indicators: list[IndicatorGroup] = []
    never_do: list[NonEmpty] = Field(min_length=1)
    roles: list[Slug] = Field(min_length=1)  # role ids
    guides: list[Ref] = []
    activities: list[Ref] = []
    related: list[Ref] = []
    keywords: list[str] = []


class AidQuestion(Strict):
    question: NonEmpty
    smuggling: NonEmpty
    trafficking: NonEmpty


class Aid(Strict):
    id: Slug
    title: NonEmpty
    purpose: NonEmpty
    questions: list[AidQuestion] = Field(min_length=3)
    remember: list[NonEmpty] = []
    based_on: list[NonEmpty] = Field(min_length=1)
    related: list[Ref] = []
    keywords: list[str] = []


class AidsFile(Strict):
    aids: list[Aid]


class Manifest(Strict):
    content_version: NonEmpty
    title: NonEmpty = "Bali Desktop shipped content"
