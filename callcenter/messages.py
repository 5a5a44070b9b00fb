"""Messages for people, by key: the core words them in English, the window translates.

The core has no Qt, so it cannot translate.  A message a screen may show is raised
(or returned) as a ``Message``: a stable ``key`` from ``CATALOG`` and the ``params``
that fill its fields.  ``str(message)`` is the English text (what the CLI prints and
the log records); the GUI looks the key up in ``ui/core_messages.py`` and shows the
translation with the same fields.  A param may itself be a ``Message`` (a status or
role word), which the window translates too.

A test checks that every key here has its entry in the window's table, with the same
English text, so a new message cannot reach a screen untranslated.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, time

from callcenter.message_catalog import CATALOG

__all__ = [
    "CATALOG",
    "Localized",
    "Message",
    "and_more",
    "english",
    "fields_of",
    "msg",
    "status_word",
]


def fields_of(template: str) -> set[str]:
    """The field names in ``template`` ("{name} is {status}" -> {"name", "status"})."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@dataclass(frozen=True)
class Message:
    """One message for a person: its key, and the values of its fields."""

    key: str
    params: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return CATALOG[self.key].format(**{k: english(v) for k, v in self.params.items()})


@dataclass(frozen=True)
class Localized:
    """A text the campaign gives in its own languages (a result's label): no catalogue
    has it, so the window picks the language it speaks and the CLI the English."""

    texts: tuple[tuple[str, str], ...]
    fallback: str  # shown when no language has a text (the result's code)

    @classmethod
    def of(cls, texts: Mapping[str, str] | None, fallback: str) -> Localized:
        return cls(tuple(sorted((texts or {}).items())), fallback)

    def pick(self, language: str) -> str:
        texts = dict(self.texts)
        for wanted in (language, language.split("_")[0].split("-")[0], "en"):
            if texts.get(wanted):
                return texts[wanted]
        return next((text for _, text in self.texts if text), self.fallback)

    def __str__(self) -> str:
        return self.pick("en")


def english(value: object) -> str:
    """A param as the English text shows it (the window formats times its own way)."""
    if isinstance(value, datetime):
        return value.strftime("%a %d %b %H:%M")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


def msg(key: str, /, **params: object) -> Message:
    """The message ``key`` with ``params``; a key or field the catalogue lacks is a bug."""
    template = CATALOG[key]  # KeyError: add the message to callcenter/message_catalog.py
    wanted = fields_of(template)
    if wanted != params.keys():
        raise TypeError(f"message {key!r} takes {sorted(wanted)}, not {sorted(params)}")
    return Message(key, dict(params))


def status_word(status: str) -> Message:
    """A volunteer's status ("suspended") as a word the window translates."""
    return msg(f"status.{status}")


def and_more(count: int) -> Message | str:
    """ " (and 3 more)" after the first of several, or nothing."""
    return msg("common.and_more", count=count) if count > 0 else ""
