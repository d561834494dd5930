"""packaging/icu_trim.py: the bundle's ICU data cut to what Qt uses still collates, breaks Thai,
Khmer, Lao, Burmese and Chinese text into words and maps case exactly as the full data does."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bali_desktop import paths

sys.path.insert(0, str(paths.ROOT / "packaging"))
import icu_trim  # noqa: E402

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not (shutil.which("objcopy") and shutil.which("ld")),
    reason="the ICU data is trimmed for Linux bundles, with binutils (./run test installs it)",
)

PROBE = r"""
import json
from PySide6.QtCore import QCollator, QLocale, QTextBoundaryFinder
from PySide6.QtWidgets import QApplication
app = QApplication([])
out = {}
words = ["Zebra", "apple", "Éclair", "banana", "ก", "ข", "中文", "ǅ"]
c = QCollator(QLocale("en_US"))
import functools
out["sorted"] = sorted(words, key=functools.cmp_to_key(c.compare))
texts = ["ภาษาไทยง่ายนิดเดียว", "ខ្ញុំជាមន្ត្រី ខ្ញុំចង់ជួយអ្នក", "ພາສາລາວງ່າຍ", "မြန်မာဘာသာစကား", "我是一名官员我想帮助你"]
out["words"] = []
for text in texts:
    f = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Word, text)
    cuts = []
    while (at := f.toNextBoundary()) != -1:
        cuts.append(at)
    out["words"].append(cuts)
tr, en = QLocale("tr_TR"), QLocale("en")
out["case"] = [tr.toUpper("istanbul"), en.toUpper("straße"), en.toLower("ΣΊΣΥΦΟΣ")]
print(json.dumps(out))
"""


def _probe(preload: Path | None) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _qt_icu() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 build carries no ICU data library")
    return found[0]


def test_the_trimmed_data_does_what_the_full_data_does(tmp_path: Path) -> None:
    source = _qt_icu()
    trimmed = tmp_path / source.name
    before, after = icu_trim.trim(source, trimmed)
    assert 0 < after < before
    assert trimmed.stat().st_size < source.stat().st_size * 0.4
    full, cut = _probe(None), _probe(trimmed)
    assert cut == full
    assert all(len(cuts) > 2 for cuts in full["words"])  # the dictionaries really split each text
    assert full["case"][0] == "İSTANBUL"


def test_what_is_kept_and_what_is_dropped() -> None:
    for name in ("icudt73l/brkitr/thaidict.dict", "icudt73l/brkitr/khmerdict.dict", "icudt73l/coll/root.res",
                 "icudt73l/coll/ucadata.icu", "icudt73l/uprops.icu", "icudt73l/nfc.nrm", "icudt73l/en.res",
                 "icudt73l/zoneinfo64.res", "icudt73l/likelySubtags.res"):  # fmt: skip
        assert icu_trim.kept(name), name
    for name in ("icudt73l/coll/zh.res", "icudt73l/ibm-1390_P110-2003.cnv", "icudt73l/unit/en.res",
                 "icudt73l/curr/pool.res", "icudt73l/translit/root.res", "icudt73l/zone/en.res"):  # fmt: skip
        assert not icu_trim.kept(name), name


def test_a_file_that_is_not_icu_data_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "libicudata.so.73"
    bogus.write_bytes(b"\x7fELF" + b"\0" * 100)
    with pytest.raises(ValueError):
        icu_trim.trim(bogus, tmp_path / "out.so")
