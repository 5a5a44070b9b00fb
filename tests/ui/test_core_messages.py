"""The core's refusals reach the window in its language, with their fields filled in."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from callcenter.db import Store
from callcenter.errors import InvalidInputError, UserError
from callcenter.message_catalog import CATALOG
from callcenter.messages import Message, fields_of, msg, status_word
from callcenter.models import ResultCode
from callcenter.services.conflicts import edit_contact
from callcenter.services.room import RoomMonitor
from tests.core.test_calls import NOW
from tests.core.test_room import call
from tests.factories import make_volunteer, make_world
from ui import i18n_tools
from ui.core_messages import CONTEXT, TEXTS, translated
from ui.i18n import LanguageSwitch

ROOT = Path(__file__).resolve().parents[2]
# Programmer errors (never shown as a refusal) and exceptions that carry the CRM's own words.
# RuntimeError: a broken internal invariant, shown as an unexpected error, not a refusal.
NOT_FOR_PEOPLE = {
    "ValueError",
    "TypeError",
    "LookupError",
    "KeyError",
    "CrmRequestError",
    "RuntimeError",
}
# The CLI's own refusals stay English; everything else of the core may reach a screen.
CLI_ONLY = {"cli.py", "cli_data.py", "cli_volunteers.py", "__main__.py"}


@pytest.fixture
def language(qapp: QApplication) -> Iterator[LanguageSwitch]:
    switch = LanguageSwitch("en", system=QLocale("C"))
    yield switch
    switch.uninstall()


def core_modules() -> list[Path]:
    found = []
    for package in ("callcenter", "sync"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if {"migrations", "demo", "__pycache__"} & set(path.parts) or path.name in CLI_ONLY:
                continue
            found.append(path)
    return found


def test_every_core_message_has_its_entry_in_the_window_s_table() -> None:
    assert sorted(TEXTS) == sorted(CATALOG), "ui/core_messages.py and the catalogue differ"
    differ = {key: (CATALOG[key], TEXTS[key]) for key in CATALOG if CATALOG[key] != TEXTS[key]}
    assert differ == {}, "reword ui/core_messages.py like callcenter/message_catalog.py"


def test_every_core_message_is_translated_with_the_same_fields() -> None:
    for language in i18n_tools.LANGUAGES:
        tree = ET.parse(i18n_tools.ts_path(language))
        translations = {
            message.findtext("source"): message.find("translation")
            for context in tree.getroot().iter("context")
            if context.findtext("name") == CONTEXT
            for message in context.iter("message")
        }
        for key, english in CATALOG.items():
            found = translations.get(english)
            assert found is not None, f"{language}: {key} is not in the .ts file (refresh)"
            assert found.get("type") is None and found.text, f"{language}: {key} untranslated"
            assert fields_of(found.text) == fields_of(english), f"{language}: {key} fields"


def test_no_core_refusal_is_raised_as_bare_english_text() -> None:
    """A refusal raised with a string literal would reach a screen untranslated."""
    bare = []
    for path in core_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            func = node.exc.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            args = node.exc.args
            if name in NOT_FOR_PEOPLE or not args:
                continue
            if isinstance(args[0], ast.JoinedStr) or (
                isinstance(args[0], ast.Constant) and isinstance(args[0].value, str)
            ):
                bare.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert bare == [], "raise these with msg(key, ...) from callcenter/messages.py"


def test_a_message_checks_its_key_and_fields() -> None:
    with pytest.raises(KeyError):
        msg("volunteers.no_such_message")
    with pytest.raises(TypeError, match="name"):
        msg("volunteers.cannot_suspend", who="Sam", more="", status=status_word("pending"))
    refusal = InvalidInputError(
        msg("volunteers.cannot_suspend", name="Sam", more="", status=status_word("pending"))
    )
    assert str(refusal) == "Cannot suspend Sam: the account is pending."
    assert refusal.key == "volunteers.cannot_suspend" and refusal.params["name"] == "Sam"
    assert UserError("plain CLI text").key is None


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Cannot suspend Sam Suspended (and 2 more): the account is suspended."),
        ("de", "Sam Suspended (und 2 weitere) kann nicht pausiert werden: Das Konto ist pausiert."),
        (
            "fr",
            "Impossible de suspendre Sam Suspended (et 2 de plus)\u00a0: le compte est suspendu.",
        ),
    ],
)
def test_nested_words_and_counts_are_translated(
    language: LanguageSwitch, lang: str, expected: str
) -> None:
    language.switch(lang)
    error = InvalidInputError(
        msg(
            "volunteers.cannot_suspend",
            name="Sam Suspended",
            more=msg("common.and_more", count=2),
            status=status_word("suspended"),
        )
    )
    assert translated(error) == expected


def test_times_follow_the_window_s_locale(language: LanguageSwitch) -> None:
    language.switch("de")
    locked = translated(msg("auth.locked", time=time(14, 5)))
    assert "14:05" in locked and locked.startswith("Zu oft die falsche PIN")
    language.switch("en")
    moment = datetime(2026, 11, 3, 19, 30)
    text = translated(
        msg("calling_groups.outside_hours_zone", time=moment, zone="America/Chicago", hours="9:00")
    )
    assert "America/Chicago" in text and "Tue 03 Nov" not in text  # the locale's format


def test_stored_english_text_is_matched_and_translated(language: LanguageSwitch) -> None:
    """The last sync error is stored as text; the window still shows it translated."""
    stored = str(msg("salesforce_http.salesforce_could_not_reached_properly",
                     problem=msg("salesforce_http.network_timed_out")))  # fmt: skip
    language.switch("de")
    shown = translated(stored)
    assert shown.startswith("Salesforce war nicht richtig erreichbar (das Netzwerk hat zu lange")
    assert translated("INVALID_FIELD: the CRM's own words") == "INVALID_FIELD: the CRM's own words"
    assert translated(Message("status.pending")) == "wartend"


def test_a_field_is_named_in_the_window_s_language_not_by_its_column(
    store: Store, language: LanguageSwitch
) -> None:
    world = make_world(store, contacts=1)
    with pytest.raises(InvalidInputError) as refused:
        edit_contact(store, world.contact_ids[0], {"first_name": "x" * 81})
    assert str(refused.value) == "The first name is longer than 80."  # the CLI keeps English
    language.switch("de")
    assert translated(refused.value) == "Das Feld „Vorname“ ist länger als 80 Zeichen."
    unknown = msg("conflicts.these_contact_fields_cannot_edited", items="phone, postal_code")
    assert translated(unknown).endswith(": phone, PLZ.")
    language.switch("fr")
    assert "«\u00a0Prénom\u00a0»" in translated(refused.value)


def test_the_room_names_a_result_by_the_campaign_s_label_not_its_code(
    store: Store, language: LanguageSwitch
) -> None:
    world = make_world(store, contacts=12)
    with store.write() as s:
        supporter = s.get(ResultCode, world.result_codes["SUPPORTER"])
        supporter.label = {"en": "Supporter", "de": "Unterstützer:in", "fr": "Sympathisant·e"}
    clicker = make_volunteer(store, "CLIK22", "222222", campaign_ids=(world.campaign_id,))
    running = RoomMonitor(since=NOW - timedelta(hours=1))
    running.refresh(store, now=NOW)
    at = NOW
    for _ in range(10):
        call(store, world, clicker, "SUPPORTER", 3, at)
        at += timedelta(minutes=2)
    for monitor in (running, RoomMonitor(since=NOW - timedelta(hours=1))):  # running, and fresh
        [flag] = [f for f in monitor.refresh(store, now=at).flags if f.kind == "same_result"]
        assert str(flag.message) == "all 10 calls recorded as Supporter"
        language.switch("de")
        assert "Unterstützer:in" in translated(flag.message)
        assert "SUPPORTER" not in translated(flag.message)
        language.switch("fr")
        assert "Sympathisant·e" in translated(flag.message)
        language.switch("en")
