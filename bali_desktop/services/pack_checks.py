"""Checks of a pack against the library that need its content (services/packs.py plans with them):
national steps attached to steps that exist, the earlier translations.yaml, and the translations in
the format of resources/content/translations/ rendered against the items' English. Each refusal
is a PackError with one line."""

from __future__ import annotations

from bali_desktop.content.record import ContentRecord
from bali_desktop.domain.pathway import Pathway
from bali_desktop.domain.records import Item
from bali_desktop.packs import signing, translated
from bali_desktop.packs.content import NationalStep, Translation
from bali_desktop.packs.errors import PackError
from bali_desktop.services.session import Session
from bali_desktop.storage import pack_translate
from bali_desktop.storage.pack_rows import PackStepRow, TranslationRow

# what a pack may translate: our own words (official text and quotations never)
TRANSLATABLE = ("phrases", "role", "guide", "pathway", "aid")


def english(item: Item | None) -> ContentRecord | None:
    if item is None:
        return None
    return translated.record_of(item.ref, item.kind, item.title, item.text, item.official, dict(item.data))


def rendered(s: Session, plan_pack: signing.VerifiedPack, library: set[str]) -> tuple[TranslationRow, ...]:
    """The pack's translations/<lang>/*.yaml, checked and rendered by the content's own code."""
    m, content = plan_pack.manifest, plan_pack.content
    found = translated.entries(content.language_files)
    earlier = {(t.ref, t.language) for t in content.translations}
    for e in found:
        if (e.ref, e.language) in earlier:
            raise PackError(f"Refused: {e.path}: {e.ref} is translated into {e.language!r} twice.")
    pairs = translated.render(
        found,
        content.records,
        lambda ref: english(s.content.get(ref, "en")) if ref in library else None,
        lambda kind: [r for r in map(english, s.content.items(kind, "en")) if r is not None],
    )
    return tuple(
        TranslationRow(
            m.id, e.ref, e.language, t.status, t.reviewed_by, t.title, t.text, translated.stored(t)
        )
        for e, t in pairs
    )


def check_translation(s: Session, t: Translation, library: set[str], mine: set[str]) -> None:
    if t.ref not in library:
        raise PackError(f"Refused: dangling ref: a translation of {t.ref}, which does not exist.")
    item = s.content.get(t.ref) if t.ref not in mine else None
    if item is None:
        return  # an item of this pack: its own words are already in the pack
    if item.official or item.kind not in TRANSLATABLE:
        raise PackError(f"Refused: {t.ref} is official text, which is never translated.")
    wrong = sorted(set(t.fields) - pack_translate.allowed_fields(item.kind, item.data))
    if wrong:
        raise PackError(f"Refused: translations.yaml: {t.ref} has no field {wrong[0]!r} to translate.")
    if item.kind == "phrases" and t.language not in pack_translate.phrase_languages(item.data):
        raise PackError(f"Refused: translations.yaml: {t.ref} has no cards in the language {t.language!r}.")


def step_rows(
    s: Session, steps: list[NationalStep], shipped: set[str], pack_id: str, version: str
) -> list[PackStepRow]:
    pathways: dict[str, Pathway] = {}
    out = []
    for n, st in enumerate(steps, 1):
        ref = f"pathway:{st.pathway}"
        if ref not in pathways:
            item = s.content.get(ref) if ref in shipped else None
            if item is None:
                raise PackError(
                    f"Refused: steps.yaml: national step {st.id!r} names {ref}, which does not exist."
                )
            pathways[ref] = Pathway.from_item(item)
        if pathways[ref].step(st.step) is None:
            raise PackError(
                f"Refused: steps.yaml: national step {st.id!r} is attached to step {st.step!r}, "
                f"which {ref} does not have."
            )
        for role in st.roles:
            if f"role:{role}" not in shipped:
                raise PackError(f"Refused: dangling ref: national step {st.id!r} names the role {role!r}.")
        out.append(
            PackStepRow(pack_id, version, st.id, ref, st.step, n, st.action, st.why, st.say, tuple(st.roles))
        )
    return out
