"""What installed content packs add to the screens and the printed sheets: national steps shown as
"In <country>" beside our step (marked as the national procedure), and the packs' national contacts
(marked as from the pack, never mixed with the user's own)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from bali_desktop.domain.checklist import Checklist
from bali_desktop.pdf.job import Contact
from bali_desktop.services.session import Session
from bali_desktop.storage.pack_rows import PackContactRow
from bali_desktop.storage.pack_store import PackStore

NATIONAL = "national procedure"
# a printed sheet's words for a pack's step and contact, in the sheet's language (the session's
# content language while services/printing gathers a sheet); as the window says them (the .ts)
_LINE = {
    "en": "In {country} (national procedure, content pack {pack}): {text}",
    "id": "Di {country} (prosedur nasional, paket isi {pack}): {text}",
}
_FROM_PACK = {"en": "From the content pack {pack}.", "id": "Dari paket isi {pack}."}


@dataclass(frozen=True)
class NationalStep:
    """A step of a country's own procedure, attached to one of our pathway steps."""

    country: str
    action: str
    why: str = ""
    say: str = ""
    pack_id: str = ""
    roles: tuple[str, ...] = ()

    @property
    def heading(self) -> str:
        return f"In {self.country}"

    def line(self, lang: str = "en") -> str:
        """One line for a printed sheet: 'In Test (national procedure, content pack x): action. why'."""
        text = " ".join(p for p in (self.action, self.why) if p)
        return _LINE.get(lang, _LINE["en"]).format(country=self.country, pack=self.pack_id, text=text)


def national_steps(s: Session, pathway_ref: str) -> dict[str, tuple[NationalStep, ...]]:
    """Our step id -> the national steps shown beside it, in the packs' order."""
    out: dict[str, list[NationalStep]] = {}
    for row in PackStore(s.connection).steps(pathway_ref):
        out.setdefault(row.step, []).append(
            NationalStep(row.country, row.action, row.why, row.say, row.pack_id, row.roles)
        )
    return {step: tuple(found) for step, found in out.items()}


def with_national_steps(s: Session, checklist: Checklist) -> Checklist:
    """A copy of a checklist whose pathway steps carry, in their note, the national steps of the
    installed packs ("In <country> (national procedure, …): …", in the content's language: the
    sheet's while a sheet is gathered); the numbering does not change."""
    refs = {
        (item.source_ref or "").split("#", 1)[0]
        for pp in checklist.pause_points
        for item in pp.items
        if "#" in (item.source_ref or "")
    }
    found = {ref: national_steps(s, ref) for ref in refs if ref.startswith("pathway:")}
    if not any(found.values()):
        return checklist
    out, lang = checklist.copy(), s.content.language
    for pp in out.pause_points:
        for n, item in enumerate(pp.items):
            ref, _, step_id = (item.source_ref or "").partition("#")
            extra = found.get(ref, {}).get(step_id, ())
            if extra and not item.is_decision:
                note = "\n".join(
                    [item.note, *(x.line(lang) for x in extra)]
                    if item.note
                    else [x.line(lang) for x in extra]
                )
                pp.items[n] = replace(item, note=note)
    return out


def contacts(s: Session, role: str | None = None) -> list[PackContactRow]:
    """The installed packs' national contacts (kept apart from the user's own)."""
    return PackStore(s.connection).contacts(role)


def sheet_contacts(s: Session, roles: Sequence[str]) -> dict[str, list[Contact]]:
    """The packs' national contacts for these roles, as a contacts box prints them (marked)."""
    out: dict[str, list[Contact]] = {}
    for c in PackStore(s.connection).contacts():
        if c.role in roles:
            said = _FROM_PACK.get(s.content.language, _FROM_PACK["en"]).format(pack=c.pack_id)
            note = said + (f" {c.notes}" if c.notes else "")
            out.setdefault(c.role, []).append(Contact(c.organisation, c.phone, c.hours, note, c.country))
    return out
