"""Every place a pathway's route points to, checked at load, with the old shape read in.

A decision's answer goes to a step here, to a named step of another pathway
(`pathway:X#step-id`) or to the aid (`aid:ID`); `then: return:STEP-ID` names a step here;
a step's `roles` name roles. Anything that does not exist is a ContentError naming the file,
the pathway, the step and the field. Content written before routes were named (a bare
`pathway:X`, no `then`) is read as going to that pathway's first step and staying there, or,
for the aid, as looking it up and coming back to the same question.
"""

from __future__ import annotations

from pathlib import Path

from bali_desktop.content import schema
from bali_desktop.domain.errors import ContentError


def resolve(
    loaded: list[tuple[Path, schema.Pathway]], aid_ids: set[str], role_ids: set[str]
) -> list[schema.Pathway]:
    """The pathways with every target checked and the old shape made explicit."""
    steps = {p.id: [s.id for pp in p.pause_points for s in pp.steps] for _, p in loaded}
    out = []
    for path, p in loaded:
        raw = p.model_dump()
        for pi, pp in enumerate(raw["pause_points"]):
            for si, step in enumerate(pp["steps"]):
                where = f"{path}: item {p.id!r}: step {step['id']!r}: field 'pause_points.{pi}.steps.{si}"
                for role in step["roles"]:
                    if role not in role_ids:
                        raise ContentError(f"{where}.roles': no role {role!r} in roles.yaml")
                decision = step["decision"]
                for oi, option in enumerate(decision["options"] if decision else []):
                    field = f"{where}.decision.options.{oi}"
                    _resolve_option(option, step["id"], p.id, steps, aid_ids, field)
        out.append(schema.Pathway.model_validate(raw))
    return out


def _resolve_option(
    option: dict[str, object],
    step_id: str,
    pathway_id: str,
    steps: dict[str, list[str]],
    aid_ids: set[str],
    field: str,
) -> None:
    to = str(option["to"])
    if to.startswith("aid:"):
        if to[4:] not in aid_ids:
            raise ContentError(f"{field}.to': no aid {to!r}")
        option["then"] = option["then"] or f"return:{step_id}"
    elif to.startswith("pathway:"):
        other, _, anchor = to[8:].partition("#")
        if other not in steps:
            raise ContentError(f"{field}.to': no pathway {other!r}")
        if other == pathway_id:
            raise ContentError(f"{field}.to': a step of this pathway is named by its id alone")
        if not anchor:
            anchor = steps[other][0]
            option["to"] = f"pathway:{other}#{anchor}"
        if anchor not in steps[other]:
            raise ContentError(f"{field}.to': pathway {other!r} has no step {anchor!r}")
        option["then"] = option["then"] or "stay"
    elif to not in steps[pathway_id]:
        raise ContentError(f"{field}.to': this pathway has no step {to!r}")
    then = str(option["then"] or "")
    if then.startswith("return:") and then[7:] not in steps[pathway_id]:
        raise ContentError(f"{field}.then': this pathway has no step {then[7:]!r} to come back to")
