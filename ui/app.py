"""Starting the GUI: application setup, language, look, crash guard, screenshots."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from callcenter.db import Store
from callcenter.errors import UserError
from callcenter.services.settings import display_settings
from ui.demo_panel import DemoCredential
from ui.i18n import LanguageSwitch, choose_language
from ui.icons import app_icon
from ui.main_window import MainWindow
from ui.messages import report_failure
from ui.ops import OpRunner
from ui.refcounts import keep_singletons_alive
from ui.theme import STYLE_SHEET, SystemThemeFollower, apply_theme, load_theme, themed_sheet

log = logging.getLogger(__name__)
# Offscreen and real platforms both need a few rounds to lay out and paint.
PAINT_ROUNDS = 5

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class ScreenshotError(UserError):
    """The screenshot could not be written."""

    exit_code = 3


def run_gui(
    store: Store,
    *,
    demo_credentials: Sequence[DemoCredential] | None = None,
    screenshot: Path | None = None,
    argv: list[str] | None = None,
    station_id: int | None = None,
    lang: str | None = None,
) -> int:
    """Show the main window and run until it closes; returns the exit code.

    With ``screenshot`` the window is painted once, saved there as PNG and 0 is
    returned without entering the event loop.  ``station_id`` (from
    ``callcenter.services.station.this_station``) is recorded on each sign-in.
    ``lang`` ("en", "de", "fr") overrides the language chosen in Display settings,
    which overrides the system's.

    Raises:
        ScreenshotError: the PNG could not be written (message names the path).
    """
    # Before any Qt call: PySide6 6.12 on Python 3.11 would otherwise wear these out.
    keep_singletons_alive()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("callcenter")
    app.setOrganizationName("callcenter")
    app.setWindowIcon(app_icon())
    # Before any widget: texts are translated when widgets are built.
    display = display_settings(store)
    languages = LanguageSwitch(choose_language(lang, display.language))
    apply_theme(app, display.theme)
    follower = SystemThemeFollower(app, display.theme)

    runner = OpRunner()
    window = MainWindow(
        store,
        runner,
        demo_credentials,
        station_id=station_id,
        display=display,
        languages=languages,
        theme_follower=follower,
    )
    previous_hook = sys.excepthook
    sys.excepthook = make_excepthook(window, previous_hook)
    try:
        window.show()
        if screenshot is not None:
            save_screenshot(app, window, screenshot)
            return 0
        return app.exec()
    finally:
        window.close()
        # Let the last database writes (a sign-out, a recorded call) finish.
        runner.wait_for_done()
        sys.excepthook = previous_hook
        # Matters to tests, which run the GUI more than once in one process.
        follower.deleteLater()
        languages.uninstall()


def load_style_sheet(app: QApplication, path: Path = STYLE_SHEET, theme: str = "light") -> bool:
    """Apply the style sheet in ``theme``'s colours if it is there (palette untouched).

    The app works, plainer, without it.  ``apply_theme`` does the same and sets the
    palette and style too; tests use this one to leave the rest of the app alone.
    """
    try:
        app.setStyleSheet(themed_sheet(path.read_text(encoding="utf-8"), load_theme(theme)))
    except OSError as exc:
        log.info("no style sheet at %s (%s); using the platform style", path, exc)
        return False
    return True


def make_excepthook(window: QWidget, previous: ExceptHook) -> ExceptHook:
    """Log an uncaught exception and show one short line instead of a traceback."""

    def show_uncaught(
        kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt) or not isValid(window):
            previous(kind, error, tb)
            return
        if error.__traceback__ is None:
            error = error.with_traceback(tb)
        report_failure(window, error)

    return show_uncaught


def save_screenshot(app: QApplication, window: QWidget, path: Path) -> None:
    for _ in range(PAINT_ROUNDS):
        app.processEvents()
    pixmap = window.grab()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ScreenshotError(
            f"Cannot write the screenshot to {path}: the folder {path.parent} "
            f"cannot be made ({exc.strerror})."
        ) from exc
    if pixmap.isNull() or not pixmap.save(str(path), "PNG"):
        raise ScreenshotError(
            f"Cannot write the screenshot to {path}: check the folder exists and is writable."
        )
    log.info("screenshot saved to %s", path)
