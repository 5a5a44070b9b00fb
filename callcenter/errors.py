"""Errors that carry a message meant for a person, not a traceback."""

from __future__ import annotations


class UserError(Exception):
    """Base for failures the app explains in one or two sentences.

    The CLI prints ``str(error)`` and exits with ``exit_code``; the GUI shows it in
    the window.  Messages name what was wrong and where.
    """

    exit_code = 1


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
