"""Register the shipped DejaVu Sans once per process; ReportLab subsets and embeds it in each PDF."""

from __future__ import annotations

import threading

from bali_desktop import paths
from bali_desktop.errors import ExportError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Idempotent and thread-safe: PDFs are built off the GUI thread."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError, TTFont

        for name, file in _FILES.items():
            path = paths.FONTS_DIR / file
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except (OSError, TTFError) as e:
                raise ExportError(f"The PDF font {path} cannot be read ({e}). "
                                  "Reinstall Bali Desktop.") from None
        # Drawings (the flow charts) start from ReportLab's default state, whose font is the
        # unembedded Helvetica even when no default-font text is drawn: make it ours.
        from reportlab.graphics import shapes

        shapes.STATE_DEFAULTS["fontName"] = REGULAR
        # No italic face is shipped: italic and bold-italic fall back to upright faces.
        for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
            addMapping(REGULAR, bold, italic, name)
        _registered = True
