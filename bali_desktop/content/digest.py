"""A hash of every shipped content and source file: when it changes, content is reloaded."""

from __future__ import annotations

import hashlib
from pathlib import Path

# Bump when the loader or the rendering changes what is stored from the same files.
STORED_FORMAT = "7"


def content_digest(content_dir: Path, sources_dir: Path) -> str:
    h = hashlib.sha256(STORED_FORMAT.encode())
    for folder in (content_dir, sources_dir):
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            h.update(path.relative_to(folder).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()
