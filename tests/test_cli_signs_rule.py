"""The command line says the signs rule in its one wording (route_words.SIGNS_RULE), for every pathway."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bali_desktop.domain.route_words import SIGNS_RULE
from tests.cli_runner import run

OTHER_WORDINGS = ("no single", "several together", "proves or disproves")


@pytest.fixture
def cli(capsys, shared_data_dir: Path):
    return lambda *args: run(capsys, "--data-dir", str(shared_data_dir), *args)


def test_the_text_of_every_pathway_holds_the_exact_signs_sentence(cli) -> None:
    code, out, err = cli("search", "", "--kind", "pathway", "--json")
    assert code == 0, err
    refs = [h["ref"] for h in json.loads(out)]
    assert len(refs) >= 12
    for ref in refs:
        code, out, err = cli("show", ref)
        assert code == 0, (ref, err)
        lines = out.splitlines()
        header = lines.index("Indicators (signs to look for):")
        assert lines[header + 1].strip() == SIGNS_RULE, ref
        lower = out.lower()
        assert lower.count("no sign proves") == out.count(SIGNS_RULE), ref
        assert not any(words in lower for words in OTHER_WORDINGS), ref


def test_the_sentence_is_the_one_the_rule_names() -> None:
    assert SIGNS_RULE == (
        "No sign proves or rules out a case. One clear sign can be enough to refer. If in doubt, refer."
    )


def test_show_json_names_the_phrase_cards_a_step_needs(cli) -> None:
    code, out, err = cli("show", "pathway:victim-of-trafficking", "--json")
    assert code == 0, err
    linked = {s["id"]: s["phrases"] for s in json.loads(out)["route"] if "phrases" in s}
    assert linked == {
        "call-interpreter": "phrases:first-contact#language",
        "if-no-interpreter": "phrases:first-contact",
    }
