"""A language chosen in settings reaches the screens already open, keeping what is on them."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from callcenter.models import CallListEntry
from tests.ui.calling_helpers import calling_world, show_window, start_calling
from ui import i18n_tools
from ui.i18n import LanguageSwitch
from ui.main_window import MainWindow
from ui.ops import InlineOpRunner
from ui.retranslate import CATALOG, Source, TextCatalog


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageSwitch]:
    before, style = QLocale(), qapp.styleSheet()
    switch = LanguageSwitch("en", system=QLocale("C"))
    yield switch
    switch.uninstall()
    QLocale.setDefault(before)
    qapp.setStyleSheet(style)


def translations(language: str) -> dict[str, str]:
    """English source -> translation, for sources translated the same in every context."""
    found: dict[str, set[str]] = {}
    tree = ET.parse(i18n_tools.ts_path(language))
    for message in tree.getroot().iter("message"):
        source, text = message.findtext("source", ""), message.findtext("translation", "")
        if text and text != source:
            found.setdefault(source, set()).add(text)
    return {source: texts.pop() for source, texts in found.items() if len(texts) == 1}


def shown_texts(root: QWidget) -> list[str]:
    """What a person sees or hears: labels, buttons, group titles, tabs, accessible names."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        texts.append(widget.accessibleName())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return [t for t in texts if t]


def choose_language(window: MainWindow, code: str) -> None:
    window.open_display_settings()
    dialog = window.settings_dialog
    assert dialog is not None
    dialog.language_box.setCurrentIndex(dialog.language_box.findData(code))
    dialog.done(QDialog.DialogCode.Accepted)


def test_a_call_in_progress_switches_language_and_keeps_what_was_typed(
    qtbot: QtBot, store: Store, languages: LanguageSwitch
) -> None:
    calling_world(store)
    window = MainWindow(store, InlineOpRunner(), languages=languages)
    qtbot.addWidget(window)
    show_window(qtbot, window)
    calling = start_calling(qtbot, window)
    screen = calling.screen
    qtbot.keyClicks(screen.results.notes, "Call back after six")
    draft = screen.draft()
    assert draft is not None
    save_text = screen.save_button.text()

    choose_language(window, "de")

    assert languages.language == "de"
    assert window.shell is not None and window.shell.calling_page is calling
    assert calling.stack.currentWidget() is screen  # the same contact, still on screen
    after = screen.draft()
    assert after is not None
    assert after.lease == draft.lease and after.notes == "Call back after six"
    assert after.started_at == draft.started_at  # the call timer runs on
    assert screen.save_button.text() != save_text
    with store.read() as s:
        entry = s.get(CallListEntry, draft.lease.entry_id)
        assert entry.status == "leased"  # the lease was not given back

    german = translations("de")
    stale = [t for t in shown_texts(window) if t in german]
    assert stale == [], f"still in English after the switch: {stale}"
    assert window.shell.tabs.tabText(0) == german["Calling"]

    choose_language(window, "fr")
    french = translations("fr")
    # What is still German is German the French file does not know as a translation.
    still_german = {german[s] for s in german} - set(french.values())
    stale = [t for t in shown_texts(window) if t in still_german and t not in german]
    assert stale == [], f"still in German after the switch to French: {stale}"
    assert screen.draft().notes == "Call back after six"  # type: ignore[union-attr]


def test_a_template_with_fields_keeps_its_values_and_translates_its_words(
    languages: LanguageSwitch,
) -> None:
    catalog = TextCatalog()
    catalog.note(
        "Line {line}: rejected, {why}", Source("QueuePage", "Line {line}: rejected, {why}", None)
    )
    catalog.note("Line {line}", Source("ImportDialog", "Line {line}", None))
    catalog.note("Suspended", Source("VolunteerLabels", "Suspended", None))
    assert catalog.current("Line 7: rejected, no phone") is not None
    languages.switch("de")
    shown = catalog.current("Line 7: rejected, no phone")
    assert shown is not None and shown.startswith("Zeile 7") and shown.endswith("no phone")
    assert catalog.current("Suspended") == "Pausiert"
    assert catalog.current("Vera Volunteer") is None  # a name is nobody's translation


def test_every_text_the_app_translates_is_noted(languages: LanguageSwitch) -> None:
    shown = QApplication.translate("MessageBanner", "Dismiss")
    assert Source("MessageBanner", "Dismiss", None) in CATALOG.exact[shown]
    languages.switch("fr")
    assert CATALOG.current(shown) == QApplication.translate("MessageBanner", "Dismiss")
    assert CATALOG.current(shown) != "Dismiss"
