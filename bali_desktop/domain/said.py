"""Sentences the services say to the user, in English, that the window says in its own language.

A service writes its sentence as a template marked for Qt's lupdate, with the values apart:

    raise UsageError(said(QT_TRANSLATE_NOOP("said", "{name} is not a backup."), name=path.name))

`said` returns a `Said`: a str, the English sentence with the values put in (what the command line
prints and the log keeps), that also carries its `template` and `values`. The window translates
the template under the "said" context (gui/i18n.say) and puts the values in; a value that is itself
a `Said` is said in the window's language too. A sentence without values needs no `said()`: a
marked constant is found by its text. No Qt here: QT_TRANSLATE_NOOP below only marks the text
(lupdate reads the call's name), so the layers below the window stay free of Qt.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "said"  # the one .ts context of the services' sentences


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation in `context`; returns it unchanged."""
    return text


class Said(str):
    """An English sentence (the str itself) with the template and values it was made from."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Said:
        made = super().__new__(cls, template.format(**values) if values else template)
        made.template = template
        made.values = values
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # kept whole through pickling (a worker process)
        return (_remake, (self.template, self.values))


def _remake(template: str, values: dict[str, Any]) -> Said:
    return Said(template, **values)


def said(template: str, **values: Any) -> Said:
    """The sentence `template` (marked with QT_TRANSLATE_NOOP("said", ...)) with `values` in it."""
    return Said(template, **values)


def template_of(text: str) -> tuple[str, dict[str, Any]]:
    """(template, values) of a sentence: its own for a Said, else the text itself and no values."""
    if isinstance(text, Said):
        return text.template, text.values
    return text, {}


def message_of(error: BaseException) -> str:
    """The sentence an error was raised with (a Said kept as one), else str(error)."""
    if len(error.args) == 1 and isinstance(error.args[0], str):
        return error.args[0]
    return str(error)


def one_line(text: Any) -> Any:
    """`text` on one line (its runs of spaces and line ends made one space); a Said stays a Said
    with the same template and its values made one line, so the window still says it whole."""
    if isinstance(text, Said):
        values = {k: one_line(v) for k, v in text.values.items()}
        made = str.__new__(
            Said, " ".join((text.template.format(**values) if values else text.template).split())
        )
        made.template = text.template
        made.values = values
        return made
    if isinstance(text, str):
        return " ".join(text.split())
    return text
