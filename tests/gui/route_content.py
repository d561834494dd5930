"""A copy of the shipped content with one made-up pathway added, for the window tests of a jump
there and back (`then: return:STEP`), gates and a script, whatever the shipped pathways hold today."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from bali_desktop import paths

JUMPER = "pathway:jump-test"
OTHER = "pathway:international-protection"


def other_step() -> str:
    """A step of the protection pathway that a jump there and back may do (no decision, no exit)."""
    path = paths.CONTENT_DIR / "pathways" / "international-protection.yaml"
    data = yaml.safe_load(path.read_text("utf-8"))
    steps = [s for pp in data["pause_points"] for s in pp["steps"]]
    plain = [s for s in steps if not s.get("decision") and not s.get("exit")]
    asylum = [s for s in plain if "asylum-authority" in (s.get("roles") or [])]
    return (asylum or plain)[0]["id"]


def jumper_yaml(target: str) -> str:
    return f"""
id: jump-test
title: "Jump test pathway: a made-up pathway for the window tests"
purpose: Try a jump there and back, a gate and a script.
based_on: [Nothing; a test]
never_do: [Never ship this]
roles: [asylum-authority, consular]
pause_points:
  - id: first
    title: First contact
    when: on first contact
    steps:
      - id: greet
        action: Say who you are.
        say: I am an immigration officer. You are safe here.
      - id: ask-fear
        action: Ask whether the person fears going home.
        decision:
          question: Does the person fear return?
          options:
            - label: "Yes"
              to: {OTHER}#{target}
              sets: [fears-return]
              then: return:after-fear
            - label: "No"
              to: after-fear
      - id: after-fear
        action: Carry on with the screening.
      - id: fill-1
        action: Check the documents.
      - id: fill-2
        action: Write down the reasons for your concern.
  - id: last
    title: Referral
    when: before referral
    steps:
      - id: consul
        action: Contact the consulate.
        unless: [fears-return]
        roles: [consular]
      - id: asylum-only
        action: Hand the person to the asylum authority.
        only_if: [fears-return]
        roles: [asylum-authority]
      - id: fill-3
        action: Tell your supervisor.
      - id: fill-4
        action: Give the person contacts for help.
      - id: close
        action: Note the time of handover.
        exit: handover
"""


def route_content(tmp_path: Path) -> tuple[Path, str]:
    """(content folder, the protection pathway's step the jump goes to)."""
    folder = tmp_path / "content"
    shutil.copytree(paths.CONTENT_DIR, folder)
    target = other_step()
    (folder / "pathways" / "jump-test.yaml").write_text(jumper_yaml(target), encoding="utf-8")
    return folder, target
