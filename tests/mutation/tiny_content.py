"""A small, valid content folder for the loader's unit tests (tests/mutation/): loads in milliseconds,
where the shipped content takes two seconds. `write(tmp_path)` returns (content_dir, sources_dir);
each file can be replaced by passing its name and the YAML-ready data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SOURCE = (
    "The Bali Process Declaration.\n"
    "\n"
    "1. States will work together against people smuggling.\n"
    "2. Victims of trafficking will be protected.\n"
)


def steps(prefix: str, n: int = 5, **first: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [
        {"id": f"{prefix}-{i}", "action": f"Do {prefix} {i}"} for i in range(1, n + 1)
    ]
    out[0].update(first)
    return out


def pathway(pid: str = "p", **fields: Any) -> dict[str, Any]:
    return {
        "id": pid,
        "title": f"Pathway {pid}",
        "purpose": "Help the person.",
        "based_on": ["A standard"],
        "pause_points": [
            {"id": "first", "title": "First contact", "when": "at once", "steps": steps("a")},
            {"id": "later", "title": "Later", "when": "after", "steps": steps("b")},
        ],
        "never_do": ["Never this"],
        "roles": ["police"],
        **fields,
    }


def phrase_set(sid: str = "first-contact") -> dict[str, Any]:
    return {
        "id": sid,
        "title": "First contact phrases",
        "purpose": "Talk without a shared language.",
        "based_on": ["A guide"],
        "languages": [
            {"code": "en", "name": "English", "native": "English", "script": "Latin"},
            {"code": "id", "name": "Indonesian", "native": "Bahasa Indonesia", "script": "Latin"},
        ],
        "cards": [
            {
                "id": "language",
                "kind": "statement",
                "title": "Language",
                "text": {
                    "en": {"text": "What language do you speak?", "status": "source"},
                    "id": {"text": "Bahasa apa yang Anda gunakan?", "status": "not-checked"},
                },
            }
        ],
    }


def files() -> dict[str, Any]:
    """Each content file (relative to the content folder) and its data."""
    return {
        "manifest.yaml": {"content_version": "2026.1"},
        "documents.yaml": {
            "documents": [
                {
                    "id": "decl",
                    "title": "The Declaration",
                    "publisher": "Bali Process",
                    "date": "2023-02-10",
                    "file": "decl.txt",
                    "description": "Ministers' words",
                }
            ]
        },
        "official/decl.yaml": {
            "document": "decl",
            "items": [
                {
                    "kind": "commitment",
                    "id": "decl-1",
                    "title": "Working together",
                    "text": "States will work together against people smuggling.",
                    "locator": "Paragraph 1",
                    "number": "1",
                    "keywords": ["smuggling", "cooperation"],
                },
                {
                    "kind": "commitment",
                    "id": "decl-2",
                    "title": "Protecting victims",
                    "text": "Victims of trafficking will be protected",
                    "locator": "Paragraph 2",
                    "parent": "commitment:decl-1",
                    "related": ["member:au"],
                },
            ],
        },
        "members.yaml": {
            "members": [
                {
                    "id": "au",
                    "title": "Australia",
                    "category": "government",
                    "source": {"document": "decl", "locator": "List"},
                }
            ],
            "observers": [],
        },
        "groups.yaml": {"groups": []},
        "timeline.yaml": {"events": []},
        "roles.yaml": {"roles": [{"id": "police", "title": "Police", "description": "The police."}]},
        "guides.yaml": {"guides": []},
        "aids.yaml": {"aids": []},
        "pathways/p.yaml": pathway(),
        "phrases.yaml": {"phrase_sets": [phrase_set()]},
    }


def write(tmp_path: Path, **replace: Any) -> tuple[Path, Path]:
    """Write the folder; `replace` maps a file name (with "__" for "/", ".yaml" left out) to its
    data, or to None to leave the file out; a str is written as it is."""
    content, sources = tmp_path / "content", tmp_path / "sources"
    sources.mkdir(parents=True)
    (sources / "decl.txt").write_text(SOURCE, encoding="utf-8")
    chosen = files()
    for key, data in replace.items():
        chosen[key.replace("__", "/") + ".yaml"] = data
    for name, data in chosen.items():
        if data is None:
            continue
        path = content / name
        path.parent.mkdir(parents=True, exist_ok=True)
        text = data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        path.write_text(text, encoding="utf-8")
    return content, sources
