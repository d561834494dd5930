"""The loader (content/loader.py) one promise at a time, on a small content folder
(tests/mutation/tiny_content.py): every record it makes, every refusal in its own words, the
schema error's file, item and field. Written to kill the mutants the shipped-content tests let live
(docs/mutation.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel

from bali_desktop.content import loader, schema
from bali_desktop.content.digest import content_digest
from bali_desktop.content.loader import load_content
from bali_desktop.content.record import ContentRecord
from bali_desktop.domain.errors import ContentError
from bali_desktop.domain.records import DocumentInfo
from tests.mutation import tiny_content
from tests.mutation.tiny_content import pathway, steps


def refused(tmp_path: Path, **replace: Any) -> str:
    content, sources = tiny_content.write(tmp_path, **replace)
    with pytest.raises(ContentError) as e:
        load_content(content, sources)
    return str(e.value)


def loaded(tmp_path: Path, **replace: Any) -> dict[str, ContentRecord]:
    content, sources = tiny_content.write(tmp_path, **replace)
    return {r.ref: r for r in load_content(content, sources).records}


# --- the bundle ------------------------------------------------------------------------------------


def test_the_bundle_holds_version_digest_documents_paragraphs_and_every_kind_of_record(
    tmp_path: Path,
) -> None:
    files = tiny_content.files()
    files["members.yaml"]["observers"] = [
        {
            "id": "unodc",
            "title": "UNODC",
            "category": "organisation",
            "source": {"document": "decl", "locator": "L"},
        }
    ]
    files["groups.yaml"] = {
        "groups": [
            {"id": "g", "title": "G", "text": "A group.", "source": {"document": "decl", "locator": "L"}}
        ]
    }
    files["timeline.yaml"] = {
        "events": [
            {
                "id": "e",
                "date": "2023",
                "title": "E",
                "text": "It met.",
                "source": {"document": "decl", "locator": "L"},
            }
        ]
    }
    files["guides.yaml"] = {
        "guides": [
            {
                "id": "gd",
                "title": "A guide",
                "producer": "P",
                "audience": "A",
                "purpose": "Pu",
                "key_points": ["K"],
                "source": "S",
            }
        ]
    }
    files["aids.yaml"] = {
        "aids": [
            {
                "id": "aid1",
                "title": "Smuggling or trafficking?",
                "purpose": "Tell them apart.",
                "questions": [{"question": f"Q{i}", "smuggling": "s", "trafficking": "t"} for i in range(3)],
                "based_on": ["B"],
            }
        ]
    }
    replace = {name.removesuffix(".yaml").replace("/", "__"): data for name, data in files.items()}
    content, sources = tiny_content.write(tmp_path, **replace)
    bundle = load_content(content, sources)
    assert bundle.version == "2026.1"
    assert bundle.digest == content_digest(content, sources)
    assert bundle.documents == [
        DocumentInfo("decl", "The Declaration", "Bali Process", "2023-02-10", "Ministers' words")
    ]
    assert bundle.paragraphs == {"decl": tiny_content.SOURCE.replace("\n\n", "\n").strip().split("\n")}
    kinds = {r.ref: r.kind for r in bundle.records}
    assert kinds == {
        "commitment:decl-1": "commitment",
        "commitment:decl-2": "commitment",
        "member:au": "member",
        "observer:unodc": "observer",
        "group:g": "group",
        "event:e": "event",
        "role:police": "role",
        "guide:gd": "guide",
        "aid:aid1": "aid",
        "pathway:p": "pathway",
        "document:decl": "document",
        "phrases:first-contact": "phrases",
    }
    assert bundle.records[0].translations == {}


def test_an_official_item_becomes_a_record_with_every_field(tmp_path: Path) -> None:
    records = loaded(tmp_path)
    one, two = records["commitment:decl-1"], records["commitment:decl-2"]
    assert one == ContentRecord(
        ref="commitment:decl-1",
        kind="commitment",
        title="Working together",
        text="States will work together against people smuggling.",
        official=True,
        keywords="smuggling cooperation",
        source_document="decl",
        source_locator="Paragraph 1",
        source_paragraph=2,
        parent_ref=None,
        related=[],
        data={"number": "1"},
    )
    assert (two.source_paragraph, two.parent_ref, two.related, two.data) == (
        3,
        "commitment:decl-1",
        ["member:au"],
        {"number": ""},
    )


def test_official_text_may_end_in_a_full_stop_or_semicolon_the_source_does_not(tmp_path: Path) -> None:
    official = tiny_content.files()["official/decl.yaml"]
    official["items"][1]["text"] = "Victims of trafficking will be protected;."
    assert loaded(tmp_path, official__decl=official)["commitment:decl-2"].source_paragraph == 3


def test_official_text_not_in_its_source_is_refused_naming_file_item_and_document(tmp_path: Path) -> None:
    official = tiny_content.files()["official/decl.yaml"]
    official["items"][1]["text"] = "Victims of trafficking will be punished."
    message = refused(tmp_path, official__decl=official)
    path = tmp_path / "content" / "official" / "decl.yaml"
    assert message == (
        f"{path}: item commitment:decl-2: field 'text' is not word for word in its source document "
        "'decl'. Official text must be quoted exactly."
    )


def test_official_text_is_compared_with_its_own_document_only(tmp_path: Path) -> None:
    files = tiny_content.files()
    files["documents.yaml"]["documents"].append(
        {"id": "other", "title": "Other", "publisher": "P", "file": "other.txt"}
    )
    content, sources = tiny_content.write(tmp_path, documents=files["documents.yaml"])
    (sources / "other.txt").write_text("Nothing here.\n", encoding="utf-8")
    official = dict(files["official/decl.yaml"], document="other")
    (content / "official" / "decl.yaml").unlink()
    (content / "official" / "other.yaml").write_text(yaml.safe_dump(official), encoding="utf-8")
    with pytest.raises(ContentError, match="not word for word in its source document 'other'"):
        load_content(content, sources)


def test_a_quoted_who_is_who_entry_is_located_in_its_source_and_ours_is_not(tmp_path: Path) -> None:
    members = tiny_content.files()["members.yaml"]
    quoted = {
        "id": "nz",
        "title": "New Zealand",
        "category": "government",
        "quoted": True,
        "text": "Victims of trafficking will be protected.",
        "source": {"document": "decl", "locator": "Paragraph 2"},
    }
    ours = {**quoted, "id": "fj", "title": "Fiji", "quoted": False}
    members["members"] += [quoted, ours]
    records = loaded(tmp_path, members=members)
    assert records["member:nz"].source_paragraph == 3
    assert records["member:fj"].source_paragraph is None
    assert records["member:au"].source_paragraph is None


def test_a_quotation_not_found_in_its_source_has_no_paragraph(tmp_path: Path) -> None:
    members = tiny_content.files()["members.yaml"]
    members["members"][0].update(quoted=True, text="Words the declaration never says.")
    assert loaded(tmp_path, members=members)["member:au"].source_paragraph is None
    assert loader._locate(["a b", "c d"], "c d") == 2
    assert loader._locate(["a b", "c d"], "e") is None


def test_steps_of_a_pathway_are_numbered_for_jumps_from_another(tmp_path: Path) -> None:
    other = pathway(
        "q",
        pause_points=[
            {
                "id": "first",
                "title": "First",
                "when": "now",
                "steps": steps(
                    "c",
                    decision={
                        "question": "Is it a child?",
                        "options": [{"label": "Yes", "to": "pathway:p#b-2"}, {"label": "No", "to": "c-2"}],
                    },
                ),
            },
            {"id": "later", "title": "Later", "when": "after", "steps": steps("d")},
        ],
    )
    content, sources = tiny_content.write(tmp_path)
    (content / "pathways" / "q.yaml").write_text(yaml.safe_dump(other), encoding="utf-8")
    text = {r.ref: r for r in load_content(content, sources).records}["pathway:q"].text
    assert "       Yes: see: Pathway p, step 7\n" in text


# --- refusals --------------------------------------------------------------------------------------


def test_a_missing_content_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as e:
        load_content(tmp_path / "nothing", tmp_path)
    assert str(e.value) == f"Content folder missing: {tmp_path / 'nothing'}. Reinstall Bali Desktop."


def test_a_missing_file_is_refused_naming_it(tmp_path: Path) -> None:
    message = refused(tmp_path, roles=None)
    assert message == f"Content file missing: {tmp_path / 'content' / 'roles.yaml'}. Reinstall Bali Desktop."


def test_an_unreadable_file_is_refused_naming_it_and_why(tmp_path: Path) -> None:
    content, sources = tiny_content.write(tmp_path)
    (content / "roles.yaml").write_bytes(b"roles: \xff\xfe\n")
    with pytest.raises(ContentError) as e:
        load_content(content, sources)
    assert str(e.value).startswith(
        f"Cannot read content file {content / 'roles.yaml'}: 'utf-8' codec can't decode"
    )


def test_a_source_document_that_cannot_be_read_is_refused(tmp_path: Path) -> None:
    content, sources = tiny_content.write(tmp_path)
    (sources / "decl.txt").unlink()
    with pytest.raises(ContentError) as e:
        load_content(content, sources)
    assert str(e.value).startswith("Source document decl.txt cannot be read: [Errno 2] No such file")


def test_invalid_yaml_is_refused_with_its_line_and_problem(tmp_path: Path) -> None:
    message = refused(tmp_path, roles="roles:\n  - id: police\n    title: [unclosed\n")
    path = tmp_path / "content" / "roles.yaml"
    assert message == f"{path} line 4: not valid YAML (did not find expected ',' or ']')"


def test_yaml_that_cannot_be_read_at_all_is_refused_without_a_line(tmp_path: Path) -> None:
    message = refused(tmp_path, roles="roles: \x07\n")
    path = tmp_path / "content" / "roles.yaml"
    assert message.startswith(f"{path}: not valid YAML (unacceptable character #x0007")


def test_an_official_file_naming_an_unknown_document_is_refused(tmp_path: Path) -> None:
    official = dict(tiny_content.files()["official/decl.yaml"], document="nope")
    message = refused(tmp_path, official__decl=official)
    path = tmp_path / "content" / "official" / "decl.yaml"
    assert message == f"{path}: document 'nope' is not in documents.yaml"


def test_a_record_citing_an_unknown_document_is_refused(tmp_path: Path) -> None:
    members = tiny_content.files()["members.yaml"]
    members["members"][0]["source"]["document"] = "nope"
    assert refused(tmp_path, members=members) == "member:au: cites unknown document 'nope'"


def test_two_records_with_one_ref_are_refused(tmp_path: Path) -> None:
    members = tiny_content.files()["members.yaml"]
    members["members"].append(dict(members["members"][0]))
    assert refused(tmp_path, members=members) == "Two content items share the ref 'member:au'"


@pytest.mark.parametrize("field", ["related", "parent"])
def test_a_link_to_nothing_is_refused_and_an_anchor_is_read_as_its_item(tmp_path: Path, field: str) -> None:
    official = tiny_content.files()["official/decl.yaml"]
    official["items"][1][field] = ["member:au#x"] if field == "related" else "member:au#x"
    assert loaded(tmp_path / "ok", official__decl=official)["commitment:decl-2"]
    official["items"][1][field] = ["member:nz"] if field == "related" else "member:nz"
    message = refused(tmp_path / "bad", official__decl=official)
    assert message == "commitment:decl-2: links to 'member:nz', which does not exist"


@pytest.mark.parametrize("link", ["phrases:first-contact", "phrases:first-contact#language"])
def test_a_step_may_name_a_phrase_set_or_one_of_its_cards(tmp_path: Path, link: str) -> None:
    assert loaded(tmp_path, pathways__p=pathway(pause_points=_with_phrases(link)))["pathway:p"]


@pytest.mark.parametrize("link", ["phrases:nope", "phrases:nope#language", "phrases:first-contact#nope"])
def test_a_step_naming_no_phrase_card_is_refused(tmp_path: Path, link: str) -> None:
    message = refused(tmp_path, pathways__p=pathway(pause_points=_with_phrases(link)))
    assert message == f"pathway 'p': step 'b-3': field 'phrases': no phrase card '{link}'"


def _with_phrases(link: str) -> list[dict[str, Any]]:
    later = steps("b")
    later[2]["phrases"] = link
    return [
        {"id": "first", "title": "First", "when": "now", "steps": steps("a")},
        {"id": "later", "title": "Later", "when": "after", "steps": later},
    ]


def test_a_translation_is_read_and_attached(tmp_path: Path) -> None:
    content, sources = tiny_content.write(tmp_path)
    folder = content / "translations" / "id"
    folder.mkdir(parents=True)
    (folder / "roles.yaml").write_text(
        "language: id\nitems:\n  role:police:\n    title: Polisi\n    description: Polisi.\n",
        encoding="utf-8",
    )
    record = {r.ref: r for r in load_content(content, sources).records}["role:police"]
    assert record.translations["id"].title == "Polisi"


# --- the schema error --------------------------------------------------------------------------------


class Inner(BaseModel):
    id: str = ""
    n: int


class Outer(BaseModel):
    items: list[Inner]
    name: str


def explained(raw: Any, model: type[BaseModel] = Outer) -> str:
    with pytest.raises(Exception) as e:
        model.model_validate(raw)
    return loader._explain(Path("f.yaml"), raw, e.value)  # type: ignore[arg-type]


def test_a_schema_error_names_the_item_by_number_and_id_and_the_field() -> None:
    text = explained({"items": [{"id": "a", "n": 1}, {"id": "b", "n": "x"}], "name": "N"})
    assert text == (
        "f.yaml: item 2 (id 'b'): field 'items.1.n': "
        "Input should be a valid integer, unable to parse string as an integer"
    )


def test_an_item_without_an_id_is_named_by_its_number_and_a_top_level_field_as_such() -> None:
    assert explained({"items": [{"n": "x"}], "name": "N"}).startswith("f.yaml: item 1: field 'items.0.n': ")
    assert explained({"items": [{"id": "", "n": "x"}], "name": "N"}).startswith("f.yaml: item 1: field")
    assert explained({"items": []}) == "f.yaml: top level: field 'name': Field required"


def test_an_item_that_is_not_a_mapping_is_named_by_its_number() -> None:
    assert explained({"items": ["x"], "name": "N"}).startswith("f.yaml: item 1: field 'items.0': ")


def test_the_first_five_errors_are_named_one_a_line_then_how_many_more() -> None:
    raw = {"items": [{"id": f"i{k}", "n": "x"} for k in range(7)], "name": "N"}
    lines = explained(raw).split("\n")
    assert len(lines) == 6
    assert [line.split(":")[1] for line in lines[:5]] == [f" item {k + 1} (id 'i{k}')" for k in range(5)]
    assert lines[5] == "(and 2 more)"
    raw["items"] = raw["items"][:5]
    assert len(explained(raw).split("\n")) == 5
    raw["items"] = raw["items"][:2]
    assert explained(raw).split("\n")[1].startswith("f.yaml: item 2 (id 'i1'): field 'items.1.n'")


def test_a_deeper_item_is_named_by_the_innermost_list() -> None:
    raw = {"document": "d", "items": [{"kind": "area", "id": "a1", "title": "T", "text": "X", "locator": ""}]}
    text = explained(raw, schema.OfficialFile)
    assert text.startswith("f.yaml: item 1 (id 'a1'): field 'items.0.locator': String should have at least 1")
    pathway_raw = pathway()
    pathway_raw["pause_points"][1]["steps"][3]["action"] = ""
    text = explained(pathway_raw, schema.Pathway)
    assert text.startswith("f.yaml: item 4 (id 'b-4'): field 'pause_points.1.steps.3.action': ")


def test_a_schema_error_in_a_file_is_refused_naming_it(tmp_path: Path) -> None:
    message = refused(tmp_path, roles={"roles": [{"id": "police", "title": "Police"}]})
    path = tmp_path / "content" / "roles.yaml"
    assert message == f"{path}: item 1 (id 'police'): field 'roles.0.description': Field required"


def test_six_errors_are_five_lines_and_one_more() -> None:
    raw = {"items": [{"id": f"i{k}", "n": "x"} for k in range(6)], "name": "N"}
    lines = explained(raw).split("\n")
    assert len(lines) == 6
    assert lines[5] == "(and 1 more)"


class Keyed(BaseModel):
    id: str = ""
    text: dict[str, int]


class KeyedFile(BaseModel):
    items: list[Keyed]


def test_a_key_of_the_wrong_type_in_a_mapping_keeps_the_item_it_is_in() -> None:
    text = explained({"items": [{"id": "a", "text": {1: 2}}]}, KeyedFile)
    assert text == "f.yaml: item 1 (id 'a'): field 'items.0.text.1.[key]': Input should be a valid string"


def test_official_text_with_a_letter_more_at_its_end_is_refused(tmp_path: Path) -> None:
    official = tiny_content.files()["official/decl.yaml"]
    official["items"][1]["text"] = "Victims of trafficking will be protectedX"
    assert "is not word for word" in refused(tmp_path, official__decl=official)
