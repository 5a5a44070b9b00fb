"""The README's screenshots, rendered offscreen from a small demo database.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.screenshots resources/screenshots

Signs in as the demo's volunteer (and its shift lead) the way ``callcenter demo
--screen contact|room`` does, pins the clock to a weekday afternoon so the first
contact is inside calling hours, and saves one PNG per view.
The sign-in screenshot is the program's own: ``callcenter demo --screenshot FILE``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from callcenter import demo
from callcenter.db import open_store
from tests.ui.calling_helpers import weekday_afternoon_clock
from ui.i18n import LanguageSwitch
from ui.main_window import MainWindow
from ui.ops import InlineOpRunner
from ui.refcounts import keep_singletons_alive
from ui.screen_tour import go_to
from ui.theme import apply_theme

SIZE = (1366, 768)
CONTACTS = 2000


def _settle(app: QApplication) -> None:
    for _ in range(6):
        app.processEvents()


def _shoot(app: QApplication, window: MainWindow, path: Path) -> None:
    _settle(app)
    if not window.grab().save(str(path)):
        raise SystemExit(f"cannot write {path}")
    print(path)


def render(out: Path) -> None:
    keep_singletons_alive()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        store = open_store(Path(work) / "demo.db")
        demo.generate_demo(store, contacts=CONTACTS, seed=1)
        credentials = demo.demo_credentials(1)
        runner = InlineOpRunner()

        def window_in(language: str, theme: str) -> tuple[MainWindow, LanguageSwitch]:
            switch = LanguageSwitch(language, system=QLocale("C"))
            apply_theme(app, theme)
            window = MainWindow(store, runner, credentials)
            window.resize(*SIZE)
            window.show()
            return window, switch

        def contact_screen(window: MainWindow) -> None:
            # A weekday afternoon, so the first contact is inside calling hours.
            go_to(window, "contact", credentials, clock=weekday_afternoon_clock("America/New_York"))

        shots: list[tuple[str, str, str, Callable[[MainWindow], None] | None]] = [
            ("contact-screen.png", "en", "light", contact_screen),
            ("contact-screen-de.png", "de", "light", contact_screen),
            ("contact-screen-fr.png", "fr", "light", contact_screen),
            ("contact-screen-dark.png", "en", "dark", contact_screen),
            ("contact-screen-high-contrast.png", "en", "high_contrast", contact_screen),
        ]
        for name, language, theme, action in shots:
            window, switch = window_in(language, theme)
            try:
                if action is not None:
                    action(window)
                _shoot(app, window, out / name)
            finally:
                window.close()
                switch.uninstall()

        window, switch = window_in("en", "dark")
        try:
            go_to(window, "room", credentials)
            _shoot(app, window, out / "console-room-dark.png")
        finally:
            window.close()
            switch.uninstall()
        store.close()


if __name__ == "__main__":
    render(Path(sys.argv[1] if len(sys.argv) > 1 else "resources/screenshots"))
