"""A pack's content files read one check at a time (packs/content.py): YAML and JSON, the schema's
messages, PDFs, duplicate ids and the links inside the pack. Written to kill the mutants that the
generated bad packs let live (docs/mutation.md). No database."""

from __future__ import annotations

import copy
import json

import pytest
import yaml

from bali_desktop.packs import content, pdfs
from bali_desktop.packs.errors import PackError
from tests.packs import kit


def refused(fn: object, *args: object) -> str:
    with pytest.raises(PackError) as e:
        fn(*args)  # type: ignore[operator]
    return str(e.value)


# --- YAML and JSON ----------------------------------------------------------------------------------


def test_yaml_and_the_json_a_built_pack_holds_read_the_same() -> None:
    raw = content.load_yaml("contacts.yaml", kit.CONTACTS_YAML.format(police="P").encode())
    as_json = content.as_json(b"unused", raw)
    assert json.loads(as_json) == raw
    assert as_json.startswith(b'{"contacts":[{"role":"anti-trafficking-police","organisation":"P"')
    assert content.load_yaml("contacts.yaml", as_json) == raw
    assert content.load_yaml("x.yaml", b"  [1, 2]") == [1, 2]
    assert content.load_yaml("x.yaml", b"{a: 1}") == {"a": 1}  # YAML flow, not JSON
    assert content.as_json(b"", {"name": "Tim\u00f6r"}) == '{"name":"Tim\u00f6r"}'.encode()


def test_yaml_values_that_are_not_json_are_kept_as_written() -> None:
    data = b"when: 2026-01-01\n"
    raw = content.load_yaml("x.yaml", data)
    assert content.as_json(data, raw) == data
    assert content.as_json(b"nan", float("nan")) == b"nan"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"a: \xff", "Refused: x.yaml is not UTF-8 text (byte 3)."),
        (b"a: [1\nb: 2\n", "Refused: x.yaml line 2 is not valid YAML ("),
        (b"{bad json", "Refused: x.yaml line "),
        (b"a: &x [1]\nb: *x\n", "Refused: x.yaml uses YAML anchors and aliases (&, *), which packs may not."),
        (b"[" * 5000, "Refused: x.yaml"),
    ],
)
def test_what_is_no_yaml_is_refused_naming_the_file(data: bytes, message: str) -> None:
    assert refused(content.load_yaml, "x.yaml", data).startswith(message)


def test_an_anchor_on_a_plain_value_is_no_shared_node() -> None:
    assert content.load_yaml("x.yaml", b"a: &x 1\nb: *x\n") == {"a": 1, "b": 1}
    assert content.load_yaml("x.yaml", b"a: [1]\nb: [1]\nc: {d: [1]}\n") == {
        "a": [1],
        "b": [1],
        "c": {"d": [1]},
    }


def test_a_schema_error_names_the_file_and_the_place_counting_from_one() -> None:
    raw = {"contacts": [{"role": "police", "organisation": "P"}, {"role": "Bad Role", "organisation": "P"}]}
    assert refused(content.validate, "contacts.yaml", raw, content.ContactsFile).startswith(
        "Refused: contacts.yaml: schema error at 'contacts.2.role': String should match pattern"
    )
    assert refused(content.validate, "c.yaml", [], content.ContactsFile).startswith(
        "Refused: c.yaml: schema error at 'top level': Input should be a valid dictionary"
    )
    ok = content.validate(
        "c.yaml", raw["contacts"][:1] and {"contacts": raw["contacts"][:1]}, content.ContactsFile
    )
    assert ok.contacts[0].organisation == "P" and ok.contacts[0].phone == ""


def test_a_national_step_may_name_its_pathway_with_or_without_the_prefix() -> None:
    step = {"id": "s", "pathway": "pathway:child", "step": "x", "action": "Do."}
    assert content.NationalStep.model_validate(step).pathway == "child"
    assert content.NationalStep.model_validate({**step, "pathway": "child"}).pathway == "child"


def test_a_translation_needs_a_reviewer_when_reviewed_and_something_to_say() -> None:
    base = {"ref": "role:police", "language": "id", "status": "reviewed", "title": "Polisi"}
    with pytest.raises(ValueError, match="names who reviewed it in 'reviewed_by'"):
        content.Translation.model_validate(base)
    with pytest.raises(ValueError, match="names who reviewed it"):
        content.Translation.model_validate({**base, "reviewed_by": "   "})
    assert content.Translation.model_validate({**base, "reviewed_by": "R"}).title == "Polisi"
    plain = {**base, "status": "not-checked", "title": ""}
    with pytest.raises(ValueError, match="a translation gives a title, a text or fields"):
        content.Translation.model_validate(plain)
    for given in ({"text": "T"}, {"fields": {"officer": "Saya"}}):
        content.Translation.model_validate({**plain, **given})


# --- PDFs -------------------------------------------------------------------------------------------


def test_a_pdf_gives_its_text_and_page_count() -> None:
    text, pages = pdfs.pdf_text("docs/a.pdf", kit.PDF)
    assert pages == 1 and kit.PDF_WORD in text and text == text.strip()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<html>", "Refused: docs/a.pdf is not a PDF (malformed)."),
        (b"%PDF-1.4\ngarbage", "Refused: docs/a.pdf is a malformed PDF ("),
    ],
)
def test_what_is_no_pdf_is_refused(data: bytes, message: str) -> None:
    assert refused(pdfs.pdf_text, "docs/a.pdf", data).startswith(message)


def test_a_pdf_with_too_many_pages_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdfs, "MAX_PDF_PAGES", 0)
    assert refused(pdfs.pdf_text, "docs/a.pdf", kit.PDF) == "Refused: docs/a.pdf has more than 0 pages."
    monkeypatch.setattr(pdfs, "MAX_PDF_PAGES", 1)
    assert pdfs.pdf_text("docs/a.pdf", kit.PDF)[1] == 1


def test_an_encrypted_pdf_is_refused() -> None:
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(kit.PDF)).pages:
        writer.add_page(page)
    writer.encrypt("secret")
    buf = io.BytesIO()
    writer.write(buf)
    assert refused(pdfs.pdf_text, "docs/a.pdf", buf.getvalue()) == (
        "Refused: docs/a.pdf is an encrypted PDF; its text cannot be searched."
    )


# --- the whole content --------------------------------------------------------------------------------


def test_the_whole_content_is_read_with_ids_for_the_library() -> None:
    got = content.read_content(kit.content_files(), "testland")
    assert [c.organisation for c in got.contacts] == ["Testland Anti-Trafficking Unit", "Testland Safe House"]
    assert [s.id for s in got.steps] == ["call-national-hotline"] and got.steps[
        0
    ].pathway == "victim-of-trafficking"
    (doc,) = got.documents
    assert doc.id == "pdf.testland." + yaml.safe_load(kit.DOCUMENTS_YAML)["documents"][0]["id"]
    assert (
        doc.file == "docs/testland-sop.pdf"
        and doc.pdf == kit.PDF
        and doc.pages == 1
        and kit.PDF_WORD in doc.text
    )
    refs = got.refs()
    assert f"document:{doc.id}" in refs and "guide:testland-referral-sop" in refs
    assert any(r.startswith("phrases:") for r in refs)
    record = next(r for r in got.records if r.kind == "document")
    assert record.official is False and record.body == doc.text and record.data["pack"] == "testland"
    assert record.data["pdf"] == "docs/testland-sop.pdf" and record.data["pages"] == 1
    assert [t.ref for t in got.translations] and got.translations[0].status in ("reviewed", "not-checked")


def test_a_document_record_says_who_published_it_and_when() -> None:
    from bali_desktop.content import schema

    raw = yaml.safe_load(kit.DOCUMENTS_YAML)["documents"][0]
    doc = schema.SourceDocument.model_validate({**raw, "date": "2026-01-02", "description": "About."})
    record = pdfs.document_record(doc, "body", 3, "p")
    assert record.text == f"About.\nPublished by {doc.publisher}, 2026-01-02."
    assert (
        record.ref == f"document:pdf.p.{doc.id}" and record.title == doc.title and record.kind == "document"
    )
    undated = schema.SourceDocument.model_validate({**raw, "date": "", "description": ""})
    assert pdfs.document_record(undated, "", 1, "p").text == f"Published by {doc.publisher}."


def test_an_empty_pack_reads_as_nothing() -> None:
    got = content.read_content({}, "p")
    assert (got.contacts, got.steps, got.records, got.documents, got.translations) == ([], [], [], [], [])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"notes.txt": b"x"}, "Refused: the pack holds 'notes.txt', a file Bali Desktop does not read."),
        ({"docs/other.pdf": kit.PDF}, "Refused: the PDF 'docs/other.pdf' is not named in documents.yaml."),
        ({"docs/testland-sop.pdf": None}, "not a PDF in the pack."),
    ],
)
def test_every_file_is_known_and_every_pdf_named(change: dict[str, bytes | None], message: str) -> None:
    files = {**kit.content_files(), **change}
    files = {k: v for k, v in files.items() if v is not None}
    assert message in refused(content.read_content, files, "testland")


def test_a_pdf_in_capitals_is_still_a_pdf() -> None:
    files = {**kit.content_files(), "docs/OTHER.PDF": kit.PDF}
    assert (
        refused(content.read_content, files, "t")
        == "Refused: the PDF 'docs/OTHER.PDF' is not named in documents.yaml."
    )


def _twice(name: str, key: str) -> dict[str, bytes]:
    files = kit.content_files()
    raw = yaml.safe_load(files[name])
    raw[key] = raw[key] + copy.deepcopy(raw[key])
    return {**files, name: yaml.safe_dump(raw).encode()}


@pytest.mark.parametrize(
    ("name", "key", "what"),
    [
        ("steps.yaml", "steps", "national step"),
        ("guides.yaml", "guides", "guide"),
        ("phrases.yaml", "phrase_sets", "phrase set"),
        ("translations.yaml", "translations", "translation"),
    ],
)
def test_an_id_twice_in_a_file_is_refused(name: str, key: str, what: str) -> None:
    message = refused(content.read_content, _twice(name, key), "testland")
    assert message.startswith(f"Refused: {name}: duplicate id ") and message.endswith(f" ({what}).")


def test_two_documents_naming_one_file_or_one_id_are_refused() -> None:
    files = kit.content_files()
    raw = yaml.safe_load(files["documents.yaml"])
    other = {**raw["documents"][0], "id": "another"}
    both = {**files, "documents.yaml": yaml.safe_dump({"documents": [*raw["documents"], other]}).encode()}
    assert refused(content.read_content, both, "t") == (
        "Refused: documents.yaml: two documents name the same file 'docs/testland-sop.pdf'."
    )
    assert "duplicate id" in refused(content.read_content, _twice("documents.yaml", "documents"), "t")


def test_a_guide_and_a_document_are_one_library_each() -> None:
    assert pdfs.pdf_id("mine", "x") == "pdf.mine.x"
    message = refused(content._unique, "the pack", "item", ["a", "b", "a"])
    assert message == "Refused: the pack: duplicate id 'a' (item)."
    content._unique("the pack", "item", ["a", "b"])
