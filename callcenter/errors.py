"""Errors that carry a message meant for a person, not a traceback."""

from __future__ import annotations

from callcenter.messages import Message


class UserError(Exception):
    """Base for failures the app explains in one or two sentences.

    The CLI prints ``str(error)`` (English) and exits with ``exit_code``; the GUI shows
    ``message`` in the window's language (``ui/core_messages.py``).  Messages name what
    was wrong and where.  A refusal a screen can show is a ``Message`` (key and params);
    plain text is for the CLI's own refusals, which stay English.
    """

    exit_code = 1

    def __init__(self, message: Message | str = "") -> None:
        super().__init__(str(message))
        self.message = message

    @property
    def key(self) -> str | None:
        return self.message.key if isinstance(self.message, Message) else None

    @property
    def params(self) -> dict[str, object]:
        return dict(self.message.params) if isinstance(self.message, Message) else {}


class StoreError(UserError):
    """The database file cannot be used as it is."""

    exit_code = 3


class NotSQLiteError(StoreError):
    pass


class StoreTooNewError(StoreError):
    pass


class StoreLockedError(StoreError):
    pass


class NotAllowedError(UserError):
    """The acting person may not do this (role, status or lease)."""

    exit_code = 4


class SignInRefused(UserError):
    exit_code = 4


class LeaseLostError(UserError):
    """The contact's lease expired or went to someone else before the save."""

    exit_code = 5


class InvalidInputError(UserError):
    exit_code = 2
