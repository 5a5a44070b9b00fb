"""Telling the person what went wrong: a calm in-window banner, never a traceback."""

from __future__ import annotations

import enum
import logging
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QToolButton, QWidget

from callcenter.errors import UserError

log = logging.getLogger(__name__)

MAX_DETAIL_CHARS = 160


class MessageLevel(enum.StrEnum):
    NOTICE = "notice"  # a UserError: the app explains, the person can act
    ERROR = "error"  # unexpected: a bug or the machine; the log has the rest


@runtime_checkable
class ShowsMessages(Protocol):
    """A window that can show a message without blocking (the main window)."""

    def show_message(self, text: str, level: MessageLevel) -> None: ...


@runtime_checkable
class ClearsMessages(Protocol):
    """A window whose message can be taken down once it no longer applies."""

    def clear_message(self) -> None: ...


def show_notice(parent: QWidget, text: str) -> None:
    """Tell the person something they can act on (a missing result, no one left to call)."""
    report_failure(parent, UserError(text))


def clear_message(parent: QWidget) -> None:
    """Take down the window's message: what it said was dealt with."""
    window = parent.window()
    if isinstance(window, ClearsMessages):
        window.clear_message()


def unexpected_error_text(error: BaseException) -> str:
    """One short line for the person; the traceback goes to the log only."""
    lines = str(error).strip().splitlines()
    detail = lines[0] if lines else type(error).__name__
    if len(detail) > MAX_DETAIL_CHARS:
        detail = detail[: MAX_DETAIL_CHARS - 1] + "…"
    return QCoreApplication.translate("Messages", "Something went wrong: {detail}").format(
        detail=detail
    )


def report_failure(parent: QWidget, error: BaseException) -> None:
    """The default failure handler of ops and of uncaught exceptions."""
    if isinstance(error, UserError):
        log.info("refused: %s", error)
        from ui.core_messages import translated  # its patterns: only on a refusal

        text, level = translated(error), MessageLevel.NOTICE
    else:
        log.error("unexpected error", exc_info=error)
        text, level = unexpected_error_text(error), MessageLevel.ERROR
    window = parent.window()
    if isinstance(window, ShowsMessages):
        window.show_message(text, level)
        return
    # No message area to use (a stray dialog): a non-blocking box.
    box = QMessageBox(QMessageBox.Icon.Warning, window.windowTitle(), text, parent=window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def announce(widget: QWidget, text: str) -> None:
    """Ask screen readers to read ``text`` now (a refusal, a saved call)."""
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


class MessageBanner(QFrame):
    """A non-modal strip at the top of the window; hidden until there is news."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self._text = QLabel()
        self._text.setObjectName("messageText")
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._text.setAccessibleName(self.tr("Message"))
        self._dismiss = QToolButton()
        self._dismiss.setObjectName("messageDismiss")
        self._dismiss.setText(self.tr("Dismiss"))
        self._dismiss.setAccessibleName(self.tr("Dismiss message"))
        self._dismiss.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 12, 10)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def text(self) -> str:
        return "" if self.isHidden() else self._text.text()

    def show_message(self, text: str, level: MessageLevel) -> None:
        self.setProperty("level", level.value)
        # Re-apply the style sheet so the [level=...] selector takes effect.
        self.style().unpolish(self)
        self.style().polish(self)
        self._text.setText(text)
        self._text.setAccessibleDescription(text)
        self.show()
        announce(self._text, text)

    @Slot()
    def clear(self) -> None:
        self._text.clear()
        self.hide()
