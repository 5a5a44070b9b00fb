"""The window before the store: painted first, usable at once, ready when the store is.

The sign-in screen is the first window; the store opens on the database thread after
its first paint.  A sign-in asked for meanwhile goes ahead when the store is ready; a
store that cannot be opened still ends the app with its message and exit code.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from callcenter.cli import main
from callcenter.db import Store
from callcenter.services.display_prefs import DisplaySettings, peek_display_settings
from callcenter.services.settings import set_display_settings
from callcenter.services.station import this_station
from tests.factories import make_volunteer
from ui.main_window import MainWindow
from ui.ops import InlineOpRunner

REPO = Path(__file__).resolve().parents[2]


def test_sign_in_typed_before_the_store_is_open_goes_ahead_when_it_is(
    qtbot: QtBot, store: Store, db_path: Path
) -> None:
    make_volunteer(store, "EARLY2", "135790", first_name="Erin")
    window = MainWindow(None, InlineOpRunner(), db_path=db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.sign_in_page
    assert not window.is_ready()
    assert page.opening_label.isVisibleTo(window)
    assert not window.settings_button.isEnabled()
    assert db_path.name in window.database_label.text()

    qtbot.keyClicks(page.code_field, "EARLY2")
    qtbot.keyClick(page.code_field, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.pin_field, "135790")
    qtbot.keyClick(page.pin_field, Qt.Key.Key_Return)
    # Waiting for the store: nothing signed in yet, the form says so.
    assert window.shell is None and page.is_busy()
    assert page.sign_in_button.text() == "Signing in…"

    window.attach_store(store, this_station(store))

    assert window.is_ready() and not page.opening_label.isVisibleTo(window)
    assert window.settings_button.isEnabled()
    assert window.shell is not None
    assert window.shell.signed_in.first_name == "Erin"


def test_a_sign_in_pressed_early_survives_the_stored_language_rebuilding_the_page(
    qtbot: QtBot, store: Store, db_path: Path
) -> None:
    """The store's language differs from the quick peek's (a lock, say): the sign-in
    page is built again in it, and the Sign in already pressed still goes ahead."""
    from PySide6.QtCore import QLocale

    from ui.i18n import LanguageSwitch

    make_volunteer(store, "EARLY2", "135790", first_name="Erin")
    languages = LanguageSwitch("en", system=QLocale("C"))
    try:
        window = MainWindow(None, InlineOpRunner(), db_path=db_path, languages=languages)
        qtbot.addWidget(window)
        window.show()
        page = window.sign_in_page
        qtbot.keyClicks(page.code_field, "EARLY2")
        qtbot.keyClicks(page.pin_field, "135790")
        qtbot.keyClick(page.pin_field, Qt.Key.Key_Return)
        assert page.is_busy() and window.shell is None

        # What run_gui does when the store answers with other display settings.
        window.show_display_settings(DisplaySettings("de", "system"))
        assert window.sign_in_page is not page  # built again, in German
        assert window.sign_in_page.is_busy()
        window.attach_store(store, this_station(store))

        assert window.shell is not None and window.shell.signed_in.first_name == "Erin"
    finally:
        languages.uninstall()


def test_demo_credentials_appear_when_the_store_is_ready(
    qtbot: QtBot, store: Store, db_path: Path
) -> None:
    from tests.ui.conftest import FakeDemoCredential

    window = MainWindow(None, InlineOpRunner(), db_path=db_path)
    qtbot.addWidget(window)
    assert window.sign_in_page.demo_panel is None and window.demo_badge is None

    credential = FakeDemoCredential("DEMO22", "246802", "Dee Mo", "volunteer", "active")
    window.attach_store(store, None, [credential])

    panel = window.sign_in_page.demo_panel
    assert panel is not None and window.demo_badge is not None
    panel.use_buttons[0].click()
    assert window.sign_in_page.code_field.text() == "DEMO22"


def test_the_first_window_speaks_the_stored_language_and_theme(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    assert peek_display_settings(db_path) == DisplaySettings()
    set_display_settings(store, "de", "dark")
    assert peek_display_settings(db_path) == DisplaySettings("de", "dark")
    # Whatever cannot be read gives the defaults and creates nothing.
    assert peek_display_settings(tmp_path / "none.db") == DisplaySettings()
    assert not (tmp_path / "none.db").exists()
    foreign = tmp_path / "foreign.db"
    sqlite3.connect(foreign).close()
    assert peek_display_settings(foreign) == DisplaySettings()


@pytest.mark.usefixtures("collect_windows")
def test_gui_start_refuses_a_file_that_is_not_a_database(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"PK\x03\x04 not a database")

    code = main(["--db", str(path), "--screenshot", str(tmp_path / "x.png")])

    assert code == 3
    err = capsys.readouterr().err
    assert "not an SQLite file" in err and str(path) in err and "Traceback" not in err
    assert not (tmp_path / "x.png").exists()


@pytest.mark.usefixtures("collect_windows")
def test_gui_start_refuses_a_database_from_a_newer_app(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    with sqlite3.connect(db_path) as c:
        c.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    c.close()

    code = main(["--db", str(db_path), "--screenshot", str(tmp_path / "x.png")])

    assert code == 3
    err = capsys.readouterr().err
    assert "newer version of this app" in err and "Traceback" not in err
    assert not (tmp_path / "x.png").exists()


@pytest.mark.usefixtures("collect_windows")
def test_gui_start_on_a_locked_database_says_so(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "busy.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code = main(["--db", str(path), "--screenshot", str(tmp_path / "x.png")])
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    assert code == 3
    err = capsys.readouterr().err
    assert "locked by another program" in err and "Traceback" not in err


@pytest.mark.usefixtures("collect_windows")
def test_gui_screenshot_shows_the_ready_sign_in(
    qapp: QApplication, db_path: Path, tmp_path: Path
) -> None:
    shot = tmp_path / "ready.png"

    assert main(["--db", str(db_path), "--screenshot", str(shot)]) == 0

    assert not QImage(str(shot)).isNull()


def test_nothing_of_the_database_layer_is_loaded_before_the_first_paint(
    db_path: Path, tmp_path: Path
) -> None:
    """In a fresh process, as a volunteer starts it: the first paint needs no SQLAlchemy."""
    script = textwrap.dedent(
        """
        import json, os, sys
        import ui.app
        from callcenter.cli import main

        seen = {}

        def report():
            seen["heavy"] = sorted(
                name for name in sys.modules
                if name.split(".")[0] in ("sqlalchemy", "alembic", "argon2")
                or name in ("callcenter.models", "callcenter.db", "ui.shell")
            )

        ui.app._report_first_paint = report
        os.environ[ui.app.FIRST_PAINT_ENV] = "1"
        code = main(["--db", sys.argv[1], "--screenshot", sys.argv[2]])
        print(json.dumps({"code": code, **seen}))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(db_path), str(tmp_path / "x.png")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == '{"code": 0, "heavy": []}'


@pytest.mark.usefixtures("collect_windows")
def test_a_store_that_cannot_be_opened_is_said_on_the_sign_in_screen(
    qapp: QApplication, tmp_path: Path
) -> None:
    """The window is already up when the store fails: it says why where the person
    looks and stays until closed; then the command line gets the error and its code."""
    from PySide6.QtCore import QTimer

    from callcenter.errors import UserError
    from ui.app import run_gui

    def cannot_open():  # type: ignore[no-untyped-def]
        raise UserError("The database busy.db is locked by another program.")

    seen: list[tuple[str, bool]] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            page = getattr(widget, "sign_in_page", None)
            if page is not None and page.error_label.isVisible():
                seen.append((page.error_label.text(), page.code_field.isEnabled()))
                widget.close()
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)
    QTimer.singleShot(15_000, qapp.quit)  # never hang the suite
    with pytest.raises(UserError, match="locked by another program"):
        run_gui(cannot_open, db_path=tmp_path / "busy.db")
    assert seen == [("The database busy.db is locked by another program.", False)]
