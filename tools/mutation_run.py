#!/usr/bin/env python3
"""Run mutmut over a few core modules, in a clone of the committed tree (never in the working tree
others edit), at the lowest CPU priority, with a chosen set of tests; then count the results.

    .venv/bin/python tools/mutation_run.py --clone /tmp/me/repo \\
        --mutate "bali_desktop/packs/*" "bali_desktop/domain/tracker.py" \\
        --tests tests/mutation tests/packs --ignore tests/packs/test_large_pack.py \\
        --deselect tests/pdf/test_sheet_words.py::test_every_card_fits_its_paper   # file::name
    .venv/bin/python tools/mutation_run.py --clone /tmp/me/repo --count   # count again, no run

What it does (docs/mutation.md says why):
- clones this repository's HEAD into --clone (or `git pull`s it when it is there already), so the
  run sees only committed code and the editable install of the working tree is never imported
  (mutmut puts the clone's mutants/ first on sys.path; the `mutmut run` output says so if not);
- writes `only_mutate` and the test selection into the clone's `[tool.mutmut]` (the committed
  configuration in pyproject.toml stays as it is), and adds tools/ to `also_copy`;
- adds to the clone's tests/conftest.py a hook that, under mutmut only, runs a mutant's tests
  fastest first (by the durations mutmut recorded), so the quickest test that can kill it runs first;
- copies the working tree's prebuilt database (resources/prebuilt/, git-ignored, so a clone has
  none) into the clone, so a test's session copies it in 0.02 s instead of building the content
  for 2.5 s in every mutant's run (`bali-desktop prebuild` makes it; without it the run is slower);
- sets mutmut's timeout_multiplier to 60 (--timeout-multiplier): at its default of 15, ordinary test
  runs on a loaded shared machine timed out (mutmut's limit is wall time);
- removes the clone's mutants/ when the selection changed (a stale one keeps the old file set);
- runs `nice -n 19 mutmut run` there, then prints per module: mutants, killed, survived, no tests,
  timeout, and the survivors' names into --clone/survivors.txt.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv" / "bin"


def _toml_list(values: list[str]) -> str:
    return "[" + ", ".join(json.dumps(v) for v in values) + "]"


def configure(
    clone: Path,
    mutate: list[str],
    tests: list[str],
    ignore: list[str],
    deselect: tuple[str, ...] = (),
    timeout_multiplier: float = 60.0,
) -> bool:
    """Rewrite the clone's [tool.mutmut]; True when the selection changed."""
    pyproject = clone / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    selection = tests + [f"--ignore={i}" for i in ignore] + [f"--deselect={d}" for d in deselect]
    selection += ["-p", "no:randomly"]
    block = (
        "[tool.mutmut]\n"
        'source_paths = ["bali_desktop/"]\n'
        'do_not_mutate = ["bali_desktop/gui/*"]\n'
        f"only_mutate = {_toml_list(mutate)}\n"
        'also_copy = ["resources/", "migrations/", "alembic.ini", "tools/"]\n'
        f"pytest_add_cli_args_test_selection = {_toml_list(selection)}\n"
        f"timeout_multiplier = {float(timeout_multiplier)}\n"
    )
    new = re.sub(r"\[tool\.mutmut\]\n.*?(?=\n\[|\Z)", block.rstrip("\n"), text, count=1, flags=re.S)
    if new == text:
        return False
    pyproject.write_text(new, encoding="utf-8")
    return True


FASTEST_FIRST = """

# --- added by tools/mutation_run.py in its clone only: under mutmut, a mutant's tests fastest first
def pytest_collection_modifyitems(items: list) -> None:
    import json as _json
    import os as _os

    if not _os.environ.get("MUTANT_UNDER_TEST") or not Path("mutmut-stats.json").is_file():
        return
    durations = _json.loads(Path("mutmut-stats.json").read_text()).get("duration_by_test", {})
    items.sort(key=lambda item: durations.get(item.nodeid, 0.0))
"""


def fastest_first(clone: Path) -> None:
    conftest = clone / "tests" / "conftest.py"
    text = conftest.read_text(encoding="utf-8")
    if "added by tools/mutation_run.py" not in text:
        conftest.write_text(text + FASTEST_FIRST, encoding="utf-8")


def clone_or_pull(clone: Path) -> None:
    if (clone / ".git").is_dir():
        subprocess.run(
            ["git", "-C", str(clone), "checkout", "-q", "pyproject.toml", "tests/conftest.py"], check=True
        )
        subprocess.run(["git", "-C", str(clone), "pull", "-q"], check=True)
    else:
        clone.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)


def copy_prebuilt(clone: Path) -> None:
    """The prebuilt database beside the clone's resources (also_copy takes it into mutants/)."""
    import shutil

    for built in (ROOT / "resources" / "prebuilt").glob("*.sqlite3"):
        target = clone / "resources" / "prebuilt" / built.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(built, target)


def count(clone: Path) -> None:
    out = subprocess.run(
        [str(VENV / "mutmut"), "results", "--all", "true"], cwd=clone, capture_output=True, text=True
    ).stdout
    by_module: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    survivors = []
    for line in out.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if "__mutmut_" not in name:
            continue
        module = re.sub(r"\.x(ǁ|_).*$", "", name)
        by_module[module][status] += 1
        if status in ("survived", "no tests", "timeout", "suspicious"):
            survivors.append(f"{name}: {status}")
    kinds = ("killed", "survived", "no tests", "timeout", "not checked")
    print(f"{'module':45} {'mutants':>8} " + " ".join(f"{k:>9}" for k in kinds))
    for module, c in sorted(by_module.items()):
        print(f"{module:45} {sum(c.values()):8} " + " ".join(f"{c[k]:9}" for k in kinds))
    (clone / "survivors.txt").write_text("\n".join(survivors) + "\n", encoding="utf-8")
    print(f"{len(survivors)} survivors (and timeouts) listed in {clone / 'survivors.txt'}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clone", type=Path, required=True, help="where the clone lives (created if missing)")
    ap.add_argument("--mutate", nargs="+", default=[], help="only_mutate globs, e.g. bali_desktop/packs/*")
    ap.add_argument("--tests", nargs="+", default=[], help="the tests to run against each mutant")
    ap.add_argument("--ignore", nargs="*", default=[], help="test files to leave out")
    ap.add_argument("--deselect", nargs="*", default=[], help="single tests to leave out (file::name)")
    ap.add_argument(
        "--timeout-multiplier",
        type=float,
        default=60.0,
        help="a mutant times out after this many times its tests' usual time (mutmut's own default, 15,"
        " timed ordinary runs out on a loaded shared machine; a real hang still ends)",
    )
    ap.add_argument("--count", action="store_true", help="only count the results of the last run")
    args = ap.parse_args()
    if args.count:
        count(args.clone)
        return 0
    if not args.mutate or not args.tests:
        ap.error("--mutate and --tests are needed for a run")
    clone_or_pull(args.clone)
    copy_prebuilt(args.clone)
    fastest_first(args.clone)
    if configure(args.clone, args.mutate, args.tests, args.ignore, args.deselect, args.timeout_multiplier):
        subprocess.run(["rm", "-rf", str(args.clone / "mutants")], check=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()
    rc = subprocess.run(["nice", "-n", "19", str(VENV / "mutmut"), "run"], cwd=args.clone, env=env).returncode
    print(f"mutmut run: exit {rc}, {round(time.monotonic() - started)} s")
    count(args.clone)
    return rc


if __name__ == "__main__":
    sys.exit(main())
