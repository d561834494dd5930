"""`bali-desktop about`: where this copy of the program finds its parts and keeps its data, for
whoever supports an officer's laptop (and the bundle's smoke test): `--check` exits 1 when a part
is missing."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bali_desktop import __version__, paths


@dataclass(frozen=True)
class Part:
    name: str
    path: str
    found: bool


def parts() -> list[Part]:
    def part(name: str, path: Path, pattern: str) -> Part:
        return Part(name, str(path), path.is_dir() and any(path.glob(pattern)))

    return [
        part("content", paths.CONTENT_DIR, "**/*.yaml"),
        part("source documents", paths.SOURCES_DIR, "*.txt"),
        part("fonts", paths.FONTS_DIR, "*.[ot]tf"),
        part("translations", paths.RESOURCES / "translations", "*.qm"),
        part("migrations", paths.MIGRATIONS_DIR / "versions", "*.py"),
    ]


def _prebuilt_found() -> bool:
    from bali_desktop.services import prebuild

    return prebuild.found()[1]


def prebuilt_line() -> str:
    from bali_desktop.services import prebuild

    path, found = prebuild.found()
    state = "found" if found else "none: a first start builds the database (slower)"
    return f"prebuilt database: {path}  {state}"


def add_commands(sub: Any) -> None:
    s = sub.add_parser("about", help="this copy of the program: version, its parts, where data is kept")
    s.add_argument("--check", action="store_true", help="exit 1 when a part of the program is missing")
    s.add_argument("--json", action="store_true")
    s.set_defaults(run=_about)
    s = sub.add_parser(
        "prebuild",
        help="for packagers: build the database a first start copies (resources/prebuilt/) if stale",
    )
    s.add_argument("--out", metavar="PATH", help="write it here instead")
    s.set_defaults(run=_prebuild)


def _prebuild(args: argparse.Namespace) -> int:
    from bali_desktop.domain.errors import DataDirError
    from bali_desktop.services import prebuild

    try:
        done = prebuild.build(Path(args.out) if args.out else None)
    except OSError as e:
        raise DataDirError(f"Cannot write the prebuilt database: {e.strerror or e}.") from None
    what = "Built" if done.built else "Up to date:"
    print(f"{what} {done.path} (content {done.content_version}, {done.size / 1e6:.1f} MB)")
    return 0


def _about(args: argparse.Namespace) -> int:
    found = parts()
    portable = paths.portable_data_dir()
    data = paths.data_dir(args.data_dir)
    if args.json:
        out = {
            "version": __version__,
            "frozen": bool(getattr(sys, "frozen", False)),
            "program": str(paths.program_dir()),
            "data": str(data),
            "portable": portable is not None and data == portable,
            "parts": [asdict(p) for p in found],
            "prebuilt": _prebuilt_found(),
        }
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(f"bali-desktop {__version__}")
        print(f"program: {paths.program_dir()}")
        mode = " (portable: a 'portable' file beside the program)" if portable == data else ""
        print(f"data: {data}{mode}")
        for p in found:
            print(f"{p.name}: {p.path}{'' if p.found else '  MISSING'}")
        print(prebuilt_line())
    missing = [p.name for p in found if not p.found]
    if args.check and missing:
        print(f"bali-desktop: missing: {', '.join(missing)}", file=sys.stderr)
        return 1
    return 0
