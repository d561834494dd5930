"""A wheel (`pip install .`, not editable) carries every shipped file: each file under resources/
and migrations/ is matched by one of pyproject's data-files patterns, installed under
<prefix>/share/bali-desktop/ at the same relative path (bali_desktop/paths.py looks there)."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

from bali_desktop import paths

SHARE = "share/bali-desktop/"
NOT_SHIPPED = (".ts", "README.md")  # the translator's source (the compiled .qm ships), notes for developers


def _patterns() -> list[tuple[str, str]]:
    config = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    out = []
    for target, globs in config["tool"]["setuptools"]["data-files"].items():
        assert target.startswith(SHARE), target
        out += [(target.removeprefix(SHARE), g) for g in globs]
    return out


def test_every_shipped_file_is_in_the_wheel() -> None:
    patterns = _patterns()
    missing = []
    for top in ("resources", "migrations"):
        for f in sorted((paths.ROOT / top).rglob("*")):
            rel = f.relative_to(paths.ROOT).as_posix()
            if not f.is_file() or "__pycache__" in rel or rel.endswith(NOT_SHIPPED):
                continue
            if not any(fnmatch(rel, g) and str(Path(rel).parent) == t for t, g in patterns):
                missing.append(rel)
    assert not missing, missing
