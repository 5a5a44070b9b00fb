"""Starting the GUI: application setup, language, look, crash guard, screenshots."""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from callcenter.errors import UserError
from callcenter.services.display_prefs import peek_display_settings
from ui.gc_guard import GuiThreadCollector
from ui.i18n import LanguageSwitch, choose_language
from ui.icons import app_icon
from ui.main_window import MainWindow
from ui.messages import report_failure, unexpected_error_text
from ui.ops import Op, OpRunner
from ui.refcounts import keep_singletons_alive
from ui.theme import STYLE_SHEET, SystemThemeFollower, apply_theme, load_theme, themed_sheet

if TYPE_CHECKING:
    from callcenter.startup import OpenedStore
    from ui.demo_panel import DemoCredential

log = logging.getLogger(__name__)
# Offscreen and real platforms both need a few rounds to lay out and paint.
PAINT_ROUNDS = 5
# Set (to anything) to have "first-paint" written to stdout once the first window is
# painted; the UI benchmark times the app's cold start by it.
FIRST_PAINT_ENV = "CALLCENTER_REPORT_FIRST_PAINT"
# Should no paint come (a window opened minimised), the store is opened anyway after this.
OPEN_STORE_AT_THE_LATEST_MS = 500
# How long the exit waits for a background sync to reach the end of its current step.
SYNC_STOP_WAIT_MS = 30_000

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class ScreenshotError(UserError):
    """The screenshot could not be written."""

    exit_code = 3


class FirstPaint(QObject):
    """Calls ``callback`` once, just after ``window``'s first paint pass is done."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            # The paint pass (children, then the flush to the screen) ends before this runs.
            QTimer.singleShot(0, self.fire)
        return False

    def fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def _open_and_load(open_store: Callable[[], OpenedStore]) -> OpenedStore:
    """On the database thread: open the store, then load what signing in shows next."""
    opened = open_store()
    # Imported here, off the GUI thread, while the volunteer types the PIN.
    import ui.canvass.status_widget
    import ui.display_settings
    import ui.shell
    import ui.sync_status

    if opened.demo_credentials is not None:
        import ui.demo_panel  # noqa: F401
    return opened


def run_gui(
    open_store: Callable[[], OpenedStore],
    *,
    db_path: Path,
    demo_credentials: Sequence[DemoCredential] | None = None,
    screenshot: Path | None = None,
    argv: list[str] | None = None,
    lang: str | None = None,
    screen: str | None = None,
) -> int:
    """Show the main window and run until it closes; returns the exit code.

    The sign-in window is painted first, in the language and theme stored in
    ``db_path`` (read by a quick peek); then ``open_store`` (e.g.
    ``callcenter.startup.open_for_gui``) runs on the database thread and the window
    becomes ready when it returns.  The caller closes the store it opened.

    With ``screenshot`` the ready window is painted, saved there as PNG and 0 is
    returned.  ``lang`` ("en", "de", "fr") overrides the language chosen in Display
    settings, which overrides the system's.  ``screen`` ("contact", "room") takes the
    ready window there first, signed in with ``demo_credentials`` (``ui.screen_tour``).

    Raises:
        UserError: the store could not be opened (``open_store``'s error, for the CLI).
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
    display = peek_display_settings(db_path)
    languages = LanguageSwitch(choose_language(lang, display.language))
    apply_theme(app, display.theme)
    follower = SystemThemeFollower(app, display.theme)

    runner = OpRunner()
    window = MainWindow(
        None,
        runner,
        demo_credentials,
        db_path=db_path,
        display=display,
        languages=languages,
        theme_follower=follower,
    )
    failure: list[BaseException] = []
    ready = QEventLoop()

    def on_ready(opened: OpenedStore) -> None:
        if opened.display != window.display:
            # The peek could not read them (or they changed): follow the store.
            window.show_display_settings(opened.display, language=lang is None)
        window.attach_store(opened.store, opened.station_id, opened.demo_credentials)
        ready.quit()

    def on_failed(error: Exception) -> None:
        failure.append(error)
        if ready.isRunning():
            ready.quit()  # a screenshot: the command line says why
        else:
            # Said where the person looks; closing the window ends the app with the
            # message and exit code on the command line too.
            from ui.core_messages import translated  # not before the first paint

            if isinstance(error, UserError):
                window.show_store_failure(translated(error))
            else:
                window.show_store_failure(unexpected_error_text(error))

    def start_opening() -> None:
        gc.collect()  # here, on the GUI thread (see _open_and_load)
        Op(window, lambda: _open_and_load(open_store), runner=runner).success(on_ready).failure(
            on_failed
        ).run()

    opening = FirstPaint(window, start_opening)
    QTimer.singleShot(OPEN_STORE_AT_THE_LATEST_MS, opening, opening.fire)
    if os.environ.get(FIRST_PAINT_ENV):
        FirstPaint(window, _report_first_paint)

    collector = GuiThreadCollector(window)
    previous_hook = sys.excepthook
    sys.excepthook = make_excepthook(window, previous_hook)
    collector.start()
    try:
        window.show()
        touring = screen not in (None, "sign-in")
        if screenshot is not None or touring:
            if not window.is_ready() and not failure:
                ready.exec()
            _raise_failure(failure)
        if touring:
            from ui.screen_tour import go_to

            go_to(window, str(screen), demo_credentials)
        if screenshot is not None:
            save_screenshot(app, window, screenshot)
            return 0
        code = app.exec()
        _raise_failure(failure)
        return code
    finally:
        window.close()
        # Let the last database writes (a sign-out, a recorded call) and the store's
        # opening finish.
        runner.wait_for_done()
        # A background sync stops after its current page or batch: nothing may run on
        # another thread once the store closes and automatic collection is back on.
        stopped = window.stop_background_work(SYNC_STOP_WAIT_MS)
        sys.excepthook = previous_hook
        if stopped:
            collector.stop()
        else:
            log.warning("a sync still ran %d s after the window closed", SYNC_STOP_WAIT_MS // 1000)
        # Matters to tests, which run the GUI more than once in one process.
        follower.deleteLater()
        languages.uninstall()


def _report_first_paint() -> None:
    sys.stdout.write("first-paint\n")
    sys.stdout.flush()


def _raise_failure(failure: list[BaseException]) -> None:
    if failure:
        raise failure[0]


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
