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
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said


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
                where = said(
                    QT_TRANSLATE_NOOP("said", "{path}: item '{item}': step '{step}'"),
                    path=str(path),
                    item=p.id,
                    step=step["id"],
                )
                field = f"pause_points.{pi}.steps.{si}"
                for role in step["roles"]:
                    if role not in role_ids:
                        raise ContentError(
                            said(
                                QT_TRANSLATE_NOOP(
                                    "said", "{where}: field '{field}': no role '{role}' in roles.yaml"
                                ),
                                where=where,
                                field=f"{field}.roles",
                                role=role,
                            )
                        )
                decision = step["decision"]
                for oi, option in enumerate(decision["options"] if decision else []):
                    at = (where, f"{field}.decision.options.{oi}")
                    _resolve_option(option, step["id"], p.id, steps, aid_ids, at)
        out.append(schema.Pathway.model_validate(raw))
    return out


def _resolve_option(
    option: dict[str, object],
    step_id: str,
    pathway_id: str,
    steps: dict[str, list[str]],
    aid_ids: set[str],
    at: tuple[str, str],
) -> None:
    """Check one answer's `to` and `then`; `at` is (the file, pathway and step; the answer's field)."""
    where, field = at

    def fault(template: str, **values: str) -> ContentError:
        return ContentError(said(template, where=where, field=field, **values))

    to = str(option["to"])
    if to.startswith("aid:"):
        if to[4:] not in aid_ids:
            raise fault(QT_TRANSLATE_NOOP("said", "{where}: field '{field}.to': no aid '{to}'"), to=to)
        option["then"] = option["then"] or f"return:{step_id}"
    elif to.startswith("pathway:"):
        other, _, anchor = to[8:].partition("#")
        if other not in steps:
            raise fault(
                QT_TRANSLATE_NOOP("said", "{where}: field '{field}.to': no pathway '{other}'"), other=other
            )
        if other == pathway_id:
            raise fault(
                QT_TRANSLATE_NOOP(
                    "said", "{where}: field '{field}.to': a step of this pathway is named by its id alone"
                )
            )
        if not anchor:
            anchor = steps[other][0]
            option["to"] = f"pathway:{other}#{anchor}"
        if anchor not in steps[other]:
            raise fault(
                QT_TRANSLATE_NOOP(
                    "said", "{where}: field '{field}.to': pathway '{other}' has no step '{anchor}'"
                ),
                other=other,
                anchor=anchor,
            )
        option["then"] = option["then"] or "stay"
    elif to not in steps[pathway_id]:
        raise fault(
            QT_TRANSLATE_NOOP("said", "{where}: field '{field}.to': this pathway has no step '{to}'"), to=to
        )
    then = str(option["then"] or "")
    if then.startswith("return:") and then[7:] not in steps[pathway_id]:
        raise fault(
            QT_TRANSLATE_NOOP(
                "said", "{where}: field '{field}.then': this pathway has no step '{step}' to come back to"
            ),
            step=then[7:],
        )
