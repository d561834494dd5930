"""A step that needs the phrase cards names them (issue 12, point 6): every pathway's
no-interpreter step links the first-contact cards, a step that asks which language the person
speaks links the languages card, and a link to a set or card that does not exist is refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.content.loader import load_content
from bali_desktop.domain.errors import ContentError
from bali_desktop.domain.pathway import Pathway
from bali_desktop.domain.phrases import PhraseSet

SET = "phrases:first-contact"


def _shipped() -> tuple[list[Pathway], dict[str, PhraseSet]]:
    bundle = load_content(paths.CONTENT_DIR, paths.SOURCES_DIR)
    pathways = [Pathway.from_data(r.ref, r.data) for r in bundle.records if r.kind == "pathway"]
    sets = {r.ref: PhraseSet.from_data(r.ref, r.data) for r in bundle.records if r.kind == "phrases"}
    return pathways, sets


def test_every_no_interpreter_step_and_language_step_links_the_cards() -> None:
    pathways, sets = _shipped()
    assert len(pathways) >= 12
    for p in pathways:
        no_interpreter = [s for s in p.steps if "no-interpreter" in s.only_if]
        assert no_interpreter, p.ref
        for step in no_interpreter:
            assert step.phrases == SET, (p.ref, step.id)
        for step in p.steps:
            if "which language" in step.action.lower():
                assert step.phrases == f"{SET}#language", (p.ref, step.id)
            if step.phrases:
                ref, _, card = step.phrases.partition("#")
                assert ref in sets and (not card or card in {c.id for c in sets[ref].cards}), step.phrases
    linked = [s for p in pathways for s in p.steps if s.phrases]
    assert all("interpreter" in s.action or "language" in s.action for s in linked)


def _with_link(tmp_path: Path, link: str) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(paths.CONTENT_DIR, folder)
    victim = folder / "pathways" / "victim-of-trafficking.yaml"
    text = victim.read_text(encoding="utf-8")
    victim.write_text(text.replace(f"phrases: {SET}#language", f"phrases: {link}", 1), encoding="utf-8")
    return folder


@pytest.mark.parametrize("link", ["phrases:no-such-set", f"{SET}#no-such-card"])
def test_a_link_to_cards_that_do_not_exist_is_refused(tmp_path: Path, link: str) -> None:
    with pytest.raises(ContentError, match="call-interpreter.*'phrases'"):
        load_content(_with_link(tmp_path, link), paths.SOURCES_DIR)


def test_a_link_that_is_not_a_phrase_card_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="phrases"):
        load_content(_with_link(tmp_path, "pathway:child"), paths.SOURCES_DIR)


def test_the_printed_step_says_where_the_phrase_cards_are(library) -> None:  # noqa: ANN001
    from bali_desktop.checklists.builders import PHRASES_PRINTED, from_pathway

    pathway_item = library.require("pathway:victim-of-trafficking")
    notes = {i.uid: i.note for pp in from_pathway(pathway_item, library).pause_points for i in pp.items}
    linked = {s.id for s in Pathway.from_item(pathway_item).steps if s.phrases}
    assert linked == {"call-interpreter", "if-no-interpreter"}
    for uid, note in notes.items():
        assert note.endswith(PHRASES_PRINTED) == (uid in linked), uid
    assert notes["if-no-interpreter"].startswith("Never hold a screening interview through a companion")
