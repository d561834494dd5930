"""Light, dark and high-contrast themes: a palette, a few style rules, and colours for HTML views."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from bali_desktop.gui.words import QT_TRANSLATE_NOOP

THEMES: tuple[tuple[str, str], ...] = (
    ("light", QT_TRANSLATE_NOOP("theme", "Light")),
    ("dark", QT_TRANSLATE_NOOP("theme", "Dark")),
    ("high-contrast", QT_TRANSLATE_NOOP("theme", "High contrast")),
)

# Named colours per theme; widgets use them through the style sheet, HTML views through `colors`.
_COLORS: dict[str, dict[str, str]] = {
    "light": {
        "window": "#f4f4f1",
        "base": "#ffffff",
        "alt": "#f0f0ec",
        "text": "#1a1a1a",
        "muted": "#4d4d4d",
        "disabled": "#767676",
        "focus": "#1d5aa0",
        "button": "#e9e9e5",
        "border": "#8c8c8c",
        "box": "#6e6e6e",  # a check box's box: 3:1 on what it is drawn on and beside
        "highlight": "#1d5aa0",
        "highlight_text": "#ffffff",
        "link": "#0a4f96",
        "guidance_bg": "#fff3d1",
        "guidance_fg": "#4a3400",
        "guidance_border": "#b07800",
        "official_bg": "#eaf1fa",
        "official_fg": "#0f2d52",
        "official_border": "#1d5aa0",
        "mark_bg": "#ffe58a",
        "mark_fg": "#1a1a1a",
        "current_bg": "#fff0b0",
        "current_border": "#b07800",
        "never_fg": "#8a1010",
        "decision_bg": "#f3ecfb",
        "decision_border": "#6b3fa0",
        "done_fg": "#1c6b2a",
        "warning_bg": "#fde4e1",
        "warning_fg": "#5c0b0b",
        "warning_border": "#a61b1b",
    },
    "dark": {
        "window": "#1d1f23",
        "base": "#25282d",
        "alt": "#2b2e34",
        "text": "#ececec",
        "muted": "#b9b9b9",
        "disabled": "#8a8a8a",
        "focus": "#93c1ff",
        "button": "#33373d",
        "border": "#80858c",
        "box": "#a3a8af",  # a check box's box: 3:1 on what it is drawn on and beside
        "highlight": "#2f6fbf",
        "highlight_text": "#ffffff",
        "link": "#93c1ff",
        "guidance_bg": "#3a3020",
        "guidance_fg": "#ffe2a0",
        "guidance_border": "#c99a3a",
        "official_bg": "#1e2b3d",
        "official_fg": "#dce9fb",
        "official_border": "#6fa3e6",
        "mark_bg": "#6b5a12",
        "mark_fg": "#ececec",
        "current_bg": "#4a3f12",
        "current_border": "#e0b43a",
        "never_fg": "#ff9c9c",
        "decision_bg": "#2f2540",
        "decision_border": "#b48de0",
        "done_fg": "#8fe39c",
        "warning_bg": "#4a2020",
        "warning_fg": "#ffd6d6",
        "warning_border": "#e07070",
    },
    "high-contrast": {
        "window": "#000000",
        "base": "#000000",
        "alt": "#000000",
        "text": "#ffffff",
        "muted": "#ffffff",
        "disabled": "#a6a6a6",
        "focus": "#ffff00",
        "button": "#000000",
        "border": "#ffffff",
        "box": "#ffffff",  # a check box's box: 3:1 on what it is drawn on and beside
        "highlight": "#ffff00",
        "highlight_text": "#000000",
        "link": "#ffff00",
        "guidance_bg": "#000000",
        "guidance_fg": "#ffff00",
        "guidance_border": "#ffff00",
        "official_bg": "#000000",
        "official_fg": "#ffffff",
        "official_border": "#ffffff",
        "mark_bg": "#ffff00",
        "mark_fg": "#000000",
        "current_bg": "#000000",
        "current_border": "#ffff00",
        "never_fg": "#ffffff",
        "decision_bg": "#000000",
        "decision_border": "#00ffff",
        "done_fg": "#00ff00",
        "warning_bg": "#000000",
        "warning_fg": "#ffffff",
        "warning_border": "#ffff00",
    },
}


def colors(theme: str) -> dict[str, str]:
    return _COLORS.get(theme, _COLORS["light"])


def _palette(c: dict[str, str]) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: c["window"],
        QPalette.ColorRole.WindowText: c["text"],
        QPalette.ColorRole.Base: c["base"],
        QPalette.ColorRole.AlternateBase: c["alt"],
        QPalette.ColorRole.Text: c["text"],
        QPalette.ColorRole.Button: c["button"],
        QPalette.ColorRole.ButtonText: c["text"],
        QPalette.ColorRole.Highlight: c["highlight"],
        QPalette.ColorRole.HighlightedText: c["highlight_text"],
        QPalette.ColorRole.Link: c["link"],
        QPalette.ColorRole.LinkVisited: c["link"],
        QPalette.ColorRole.ToolTipBase: c["base"],
        QPalette.ColorRole.ToolTipText: c["text"],
        QPalette.ColorRole.PlaceholderText: c["muted"],
        QPalette.ColorRole.BrightText: c["text"],
    }
    for role, value in roles.items():
        p.setColor(role, QColor(value))
    disabled = QColor(c["disabled"])  # its own colour: 3:1 on its background, unlike the text
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    # a disabled button is flat: the window's colour, not the raised button's
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor(c["window"]))
    return p


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of "#rrggbb"."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (ch / 12.92 if ch <= 0.04045 else ((ch + 0.055) / 1.055) ** 2.4 for ch in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two "#rrggbb" colours (1 to 21)."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# Every (text, background) pair of colour names the window paints text with: palettes, tones,
# HTML views, the flow chart and the sources page. tests/gui/test_contrast.py holds them to 4.5:1.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    *((fg, bg) for fg in ("text", "muted", "link") for bg in ("window", "base", "alt")),
    ("text", "button"),
    ("highlight_text", "highlight"),
    ("guidance_fg", "guidance_bg"),
    ("official_fg", "official_bg"),
    ("muted", "official_bg"),
    ("link", "official_bg"),
    ("warning_fg", "warning_bg"),
    ("mark_fg", "mark_bg"),
    ("text", "current_bg"),
    ("text", "decision_bg"),
    *((fg, bg) for fg in ("never_fg", "done_fg") for bg in ("window", "base", "alt")),
)
# disabled text: 3:1 on what it sits on (WCAG leaves it out; we still want it readable)
DISABLED_PAIRS: tuple[tuple[str, str], ...] = (
    ("disabled", "window"),
    ("disabled", "base"),
    ("disabled", "button"),
)
# the focus ring (gui/focus_ring.py): 3:1 against everything it is drawn over or beside
FOCUS_PAIRS: tuple[tuple[str, str], ...] = tuple(("focus", bg) for bg in ("window", "base", "alt", "button"))
# a check box's or radio button's box (gui/targets.py draws its edge): 3:1 non-text contrast
# (WCAG 1.4.11) against its fill (base) and what is round it; Fusion drew it in the window's colour
# darkened, black on black in high contrast
BOX_PAIRS: tuple[tuple[str, str], ...] = tuple(("box", bg) for bg in ("window", "base", "alt", "button"))


def style_sheet(theme: str) -> str:
    """Style rules, for high contrast only: thick bright outlines on every control and the focus.

    Light and dark need none. An application style sheet makes Qt polish every widget through
    its style-sheet engine, which doubled the time to show a pathway; tones are palettes instead.
    """
    if theme != "high-contrast":
        return ""
    c = colors(theme)
    return f"""
    QPushButton, QToolButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit,
    QListWidget, QTreeWidget, QListView, QTreeView, QGraphicsView {{
        border: 2px solid {c["border"]}; }}
    QPushButton, QToolButton {{ padding: 4px 10px; background: #000000; color: #ffffff; }}
    QPushButton:focus, QToolButton:focus, QComboBox:focus, QLineEdit:focus,
    QPlainTextEdit:focus, QTextEdit:focus, QListWidget:focus, QTreeWidget:focus,
    QGraphicsView:focus {{ border: 3px solid {c["highlight"]}; }}
    QPushButton:pressed, QPushButton:checked {{ background: #ffff00; color: #000000; }}
    QPushButton:disabled, QToolButton:disabled, QComboBox:disabled, QLineEdit:disabled,
    QPlainTextEdit:disabled, QTextEdit:disabled {{
        color: {c["disabled"]}; border: 2px dashed {c["disabled"]}; }}
    """


_current = "light"


def current() -> dict[str, str]:
    """The colours of the theme in use (custom-painted widgets read them when they paint)."""
    return colors(_current)


# label tones: (foreground, background, frame) colour names; background "" = transparent
_TONES = {
    "muted": ("muted", "", ""),
    "never": ("never_fg", "", ""),
    "done": ("done_fg", "", ""),
    "guidance": ("guidance_fg", "guidance_bg", "guidance_border"),
    "official": ("official_fg", "official_bg", "official_border"),
    "warning": ("warning_fg", "warning_bg", "warning_border"),
}


def tone_label(label, tone: str) -> None:  # noqa: ANN001 - a QLabel
    """Colour a label for its tone (muted, never, guidance banner, ...) with its own palette."""
    from PySide6.QtWidgets import QFrame

    label.setProperty("tone", tone)
    spec = _TONES.get(tone)
    if spec is None:
        return
    c = current()
    fg, bg, frame = spec
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.WindowText, QColor(c[fg]))
    pal.setColor(QPalette.ColorRole.Text, QColor(c[fg]))
    if bg:
        pal.setColor(QPalette.ColorRole.Window, QColor(c[bg]))
        label.setAutoFillBackground(True)
    if frame:
        pal.setColor(QPalette.ColorRole.Dark, QColor(c[frame]))
        label.setFrameShape(QFrame.Shape.Box)
        label.setFrameShadow(QFrame.Shadow.Plain)
        label.setLineWidth(2)
        label.setMargin(8)
    label.setPalette(pal)


def retone(root) -> None:  # noqa: ANN001 - a QWidget
    """Re-colour every toned label under `root` after the theme changed."""
    from PySide6.QtWidgets import QLabel, QWidget

    for widget in [root, *root.findChildren(QWidget)]:
        tone = widget.property("tone")
        if tone in _TONES and isinstance(widget, QLabel):
            tone_label(widget, tone)
        elif tone:
            widget.update()


def apply(app: QApplication, theme: str, text_size: int, set_style: bool = True) -> None:
    """Set style, palette, rules and base font on the whole application."""
    global _current
    _current = theme
    if set_style and not app.property("bali_fusion"):
        app.setStyle("Fusion")  # the same look and palette support on Windows and Linux
        app.setProperty("bali_fusion", True)
    app.setPalette(_palette(colors(theme)))
    _set_font(app, text_size)  # before the rules: their engine polishes every widget with it
    rules = style_sheet(theme)
    if rules or app.styleSheet():
        app.setStyleSheet(rules)


def _set_font(app: QApplication, points: int) -> None:
    font = QFont(app.font())
    font.setPointSize(points)
    app.setFont(font)


def apply_text_size(app: QApplication, points: int) -> None:
    """The base text size on every widget. Under a style sheet (high contrast) QApplication.setFont
    alone reaches no widget already shown (Qt: not supported with style sheets): every control
    and combo box popup kept the old size. The rules are set again, which polishes each widget
    with the new application font."""
    _set_font(app, points)
    if app.styleSheet():
        app.setStyleSheet(app.styleSheet())
