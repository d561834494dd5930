"""domain/said.one_line: a sentence put on one line keeps what the window needs to say it in its own
language (the template and the values, each value on one line too), and a sentence without values
is never formatted (its braces stay as written)."""

from __future__ import annotations

from bali_desktop.domain.said import Said, one_line, said, template_of


def test_a_said_on_one_line_keeps_its_template_and_its_values_on_one_line() -> None:
    made = one_line(said("{name} is not\n  a backup.", name="old\n copy.sqlite3"))
    assert isinstance(made, Said)
    assert made == "old copy.sqlite3 is not a backup."
    assert made.template == "{name} is not\n  a backup."
    assert made.values == {"name": "old copy.sqlite3"}
    assert template_of(made) == ("{name} is not\n  a backup.", {"name": "old copy.sqlite3"})


def test_a_said_value_that_is_itself_a_said_stays_one() -> None:
    inner = said("{n} rows\nread", n=3)
    made = one_line(said("{what}: done", what=inner))
    assert made == "3 rows read: done"
    assert isinstance(made.values["what"], Said)
    assert made.values["what"].template == "{n} rows\nread"
    assert made.values["what"].values == {"n": 3}


def test_a_said_without_values_is_not_formatted() -> None:
    # Said keeps a template without values as it is written, braces and all; so does one_line
    plain = Said("Write {{ and }}\n as they are.")
    assert plain == "Write {{ and }}\n as they are."
    made = one_line(plain)
    assert made == "Write {{ and }} as they are."
    assert made.template == "Write {{ and }}\n as they are."
    assert made.values == {}
    assert one_line(Said("A {name} left as written")) == "A {name} left as written"


def test_plain_text_is_put_on_one_line_and_anything_else_is_left_alone() -> None:
    assert one_line("  two\n\tlines  ") == "two lines"
    assert not isinstance(one_line("a\nb"), Said)
    assert one_line(42) == 42
    assert one_line(None) is None
