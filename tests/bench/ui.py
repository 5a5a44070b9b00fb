"""UI benchmark: Save & next to the next contact painted, on a million-contact list.

    python -m tests.bench ui [--contacts 1000000] [--seed 1] [--rounds 200]
                             [--cache DIR] [--dir PATH] [--keep]

Runs offscreen (``QT_QPA_PLATFORM=offscreen`` unless set).  Keys:

- ``next_contact_paint_p50_ms`` / ``_p95_ms``: from the Ctrl+Enter key press on
  the contact screen (a "No answer" result chosen) to the next contact fully
  painted: the save committed (``synchronous=FULL``), the next contact leased,
  the screen updated and the window's paint pass done.  Real database thread.
- ``first_contact_paint_ms``: the same for the first contact after sign-in,
  from Enter on the campaign (script and result codes read, widgets built).
- ``core_save_and_next_p50_ms`` / ``_p95_ms``: the baseline of the same run:
  ``record_outcome`` then ``lease_next_contact`` called directly, no Qt.
  ``next_contact_paint_p95_ratio`` is the GUI figure over it.
- ``cold_start_s``: ``python -m callcenter --db X --screenshot out.png`` from
  process start to the first paint of the app's window (the sign-in screen, which
  takes the code and PIN while the store opens), median of three; the app writes
  ``first-paint`` to stdout when that paint pass is done (``CALLCENTER_REPORT_FIRST_PAINT``)
  and the time is taken when the line arrives.  ``cold_start_bare_qt_s`` the same
  for a bare PySide6 window (same probe: the window's first paint event, then one
  turn of the event loop); ``cold_start_ratio``.  ``cold_start_ready_s``: the app
  from process start to exit, that is with the store open, the sign-in ready and
  its screenshot saved.  ``cold_start_phases_ms`` splits one start into the app's
  steps: imports of the UI, the window to its first paint, the core imported and
  the store opened (on the database thread), the window made ready and painted.

Time is read from a clock moved on to the next working-day afternoon in US
Central time (it still ticks), so the contacts are inside their calling hours
whenever the benchmark runs.

The generated store is cached in ``--cache`` (default: the system temp folder),
keyed by the contact count, the seed and the demo generator's and migrations'
source, and copied before each run so the cache stays as generated.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.bench.common import latency_summary, ms, note, ratio, scratch_folder

REPO = Path(__file__).resolve().parents[2]
COLD_START_RUNS = 3
WAIT_LIMIT_MS = 30_000
WINDOW_SIZE = (1366, 768)

FIRST_PAINT_LINE = b"first-paint"
BARE_QT_SCRIPT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
class FirstPaint(QObject):  # as ui.app.FirstPaint
    def eventFilter(self, watched, event):
        if watched is window and event.type() == QEvent.Type.Paint:
            window.removeEventFilter(self)
            QTimer.singleShot(0, lambda: print("first-paint", flush=True))
        return False
app = QApplication(sys.argv)
window = QWidget()
QVBoxLayout(window).addWidget(QLabel("Sign in"))
window.resize(1180, 700)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
for _ in range(5):
    app.processEvents()
window.grab().save(sys.argv[1], "PNG")
"""


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.bench ui")
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path(tempfile.gettempdir()) / "callcenter-bench-cache",
        help="folder for the generated demo store, reused between runs",
    )
    parser.add_argument("--dir", type=Path, default=None, help="scratch folder parent")
    parser.add_argument("--keep", action="store_true", help="keep the scratch files")
    return parser.parse_args(argv)


def run(argv: list[str]) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args = parse_args(argv)
    cached = cached_demo_store(args.cache, args.contacts, args.seed)
    with scratch_folder(args.dir, keep=args.keep) as folder:
        note("measuring cold starts ...")
        cold = measure_cold_starts(folder, cached)
        note("measuring the core save-and-next baseline ...")
        core = measure_core_baseline(copy_store(cached, folder / "core.db"), args)
        note(f"measuring Save & next to paint, {args.rounds} rounds ...")
        gui = measure_gui(copy_store(cached, folder / "gui.db"), args)
    paint_p95 = gui["next_contact_paint_p95_ms"]
    return {
        **gui,
        **core,
        "next_contact_paint_p95_ratio": ratio(
            float(paint_p95),  # type: ignore[arg-type]
            float(core["core_save_and_next_p95_ms"]),  # type: ignore[arg-type]
        ),
        **cold,
        "contacts": args.contacts,
    }


# --- the store -------------------------------------------------------------------------


def cached_demo_store(cache: Path, contacts: int, seed: int) -> Path:
    """The generated demo store, made once per generator version and kept in ``cache``."""
    from callcenter.db import open_store
    from callcenter.demo import generate_demo

    path = cache / f"demo-{contacts}-seed{seed}-{_generator_fingerprint()}.db"
    if path.exists():
        note(f"using the cached demo store {path}")
        return path
    cache.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in cache.glob(f"{partial.name}*"):
        leftover.unlink()
    note(f"generating {contacts:,} demo contacts into {path} (once) ...")
    open_store(partial).close()
    store = open_store(partial)
    try:
        generate_demo(store, contacts=contacts, seed=seed)
    finally:
        store.close()
    _checkpoint(partial)
    partial.rename(path)
    return path


def _generator_fingerprint() -> str:
    digest = hashlib.sha1()
    for folder in (REPO / "callcenter" / "demo", REPO / "callcenter" / "migrations" / "versions"):
        for source in sorted(folder.glob("*.py")):
            digest.update(source.name.encode())
            digest.update(source.read_bytes())
    return digest.hexdigest()[:10]


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the file so one copy of the file is the whole store."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def copy_store(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


def afternoon_clock() -> Callable[[], datetime]:
    """Real time moved on to the next weekday 14:00 in Chicago: the lists' calling hours."""
    from callcenter.models import utcnow
    from callcenter.services.calling_hours import us_holidays

    local = utcnow().astimezone(ZoneInfo("America/Chicago"))
    target = local.replace(hour=14, minute=0, second=0, microsecond=0)
    if target <= local:
        target += timedelta(days=1)
    while target.weekday() >= 5 or target.date() in us_holidays(target.year):
        target += timedelta(days=1)
    shift = target - local
    return lambda: utcnow() + shift


def _volunteer_and_campaign(seed: int) -> tuple[str, str, int]:
    """An active demo volunteer's code and PIN, and the first campaign."""
    from callcenter.demo import demo_credentials

    credential = next(
        c for c in demo_credentials(seed) if c.role == "volunteer" and c.status == "active"
    )
    return credential.code, credential.pin, 1


# --- cold start ------------------------------------------------------------------------


def measure_cold_starts(folder: Path, store_path: Path) -> dict[str, object]:
    app_db = copy_store(store_path, folder / "cold.db")
    app_times, bare_times, app_ready_times = [], [], []
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "CALLCENTER_REPORT_FIRST_PAINT": "1",
    }
    for n in range(COLD_START_RUNS):
        # Alternate, so neither gets a warmer disk cache than the other.
        bare_times.append(
            _timed_process(
                [sys.executable, "-c", BARE_QT_SCRIPT, str(folder / f"bare-{n}.png")], env
            )[0]
        )
        first_paint, ready = _timed_process(
            [
                sys.executable,
                "-m",
                "callcenter",
                "--db",
                str(app_db),
                "--screenshot",
                str(folder / f"app-{n}.png"),
            ],
            env,
        )
        app_times.append(first_paint)
        app_ready_times.append(ready)
    app_s, bare_s = statistics.median(app_times), statistics.median(bare_times)
    return {
        "cold_start_s": round(app_s, 3),
        "cold_start_bare_qt_s": round(bare_s, 3),
        "cold_start_ratio": ratio(app_s, bare_s),
        "cold_start_ready_s": round(statistics.median(app_ready_times), 3),
        "cold_start_phases_ms": _phases(app_db, folder, env),
    }


PHASES_SCRIPT = """
import json, sys, time
from pathlib import Path
marks = [("start", time.perf_counter())]
def mark(name):
    marks.append((name, time.perf_counter()))
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
import ui.app
from callcenter.services.display_prefs import peek_display_settings
from ui.i18n import LanguageSwitch, choose_language
from ui.main_window import MainWindow
from ui.ops import OpRunner
from ui.theme import apply_theme
mark("import_ui")
path = Path(sys.argv[1])
app = QApplication([])
display = peek_display_settings(path)
languages = LanguageSwitch(choose_language(None, display.language))
apply_theme(app, display.theme)
window = MainWindow(None, OpRunner(), db_path=path, display=display, languages=languages)
painted = QEventLoop()
ui.app.FirstPaint(window, painted.quit)
window.show()
painted.exec()
mark("first_paint")
from callcenter.startup import open_for_gui
opened = ui.app._open_and_load(lambda: open_for_gui(path))
mark("open_store")
window.attach_store(opened.store, opened.station_id)
ui.app.save_screenshot(app, window, Path(sys.argv[2]))
mark("ready_painted")
window.close()
opened.store.close()
print(json.dumps({b[0]: round(1000 * (b[1] - a[1]), 1) for a, b in zip(marks, marks[1:])}))
"""


def _phases(store_path: Path, folder: Path, env: dict[str, str]) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", PHASES_SCRIPT, str(store_path), str(folder / "phases.png")],
        env=env,
        cwd=REPO,
        check=True,
        capture_output=True,
        text=True,
    )
    phases: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return phases


def _timed_process(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from the start to the first-paint line on stdout, and to the exit."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    first_paint = None
    for line in process.stdout:
        if line.strip() == FIRST_PAINT_LINE and first_paint is None:
            first_paint = time.perf_counter() - started
    errors = process.stderr.read()
    code = process.wait()
    ended = time.perf_counter() - started
    if code != 0 or first_paint is None:
        raise RuntimeError(
            f"{command[1:3]} ended with {code} without a first paint: {errors.decode()[-2000:]}"
        )
    return first_paint, ended


# --- the core baseline -----------------------------------------------------------------


def measure_core_baseline(path: Path, args: argparse.Namespace) -> dict[str, object]:
    """``record_outcome`` + ``lease_next_contact`` with no Qt: the floor for the GUI."""
    from sqlalchemy import select

    from callcenter.db import open_store
    from callcenter.models import ResultCode, Volunteer
    from callcenter.services.calls import Outcome, lease_next_contact, record_outcome

    code, _pin, campaign_id = _volunteer_and_campaign(args.seed)
    clock = afternoon_clock()
    store = open_store(path)
    samples: list[float] = []
    try:
        with store.read() as s:
            volunteer_id = s.scalar(select(Volunteer.id).where(Volunteer.code == code))
            no_answer = s.scalar(
                select(ResultCode.id).where(
                    ResultCode.campaign_id == campaign_id, ResultCode.code == "NO_ANSWER"
                )
            )
        assert volunteer_id is not None and no_answer is not None
        lease = lease_next_contact(store, volunteer_id, campaign_id, now=clock())
        for n in range(args.rounds + args.warmup):
            if lease is None:
                break
            now = clock()
            outcome = Outcome(
                entry_id=lease.entry_id,
                volunteer_id=volunteer_id,
                result_code_id=no_answer,
                started_at=now - timedelta(seconds=40),
                ended_at=now,
                phone_id=next((p.id for p in lease.card.phones if p.callable), None),
            )
            started = time.perf_counter()
            record_outcome(store, outcome, now=now)
            lease = lease_next_contact(store, volunteer_id, campaign_id, now=now)
            if n >= args.warmup:
                samples.append(time.perf_counter() - started)
    finally:
        store.close()
    return latency_summary("core_save_and_next", samples)


# --- the window ------------------------------------------------------------------------


def measure_gui(path: Path, args: argparse.Namespace) -> dict[str, object]:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from callcenter.db import open_store
    from ui.app import load_style_sheet
    from ui.main_window import MainWindow
    from ui.ops import OpRunner
    from ui.refcounts import keep_singletons_alive

    keep_singletons_alive()  # as run_gui does
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    load_style_sheet(app)
    code, pin, _campaign_id = _volunteer_and_campaign(args.seed)
    store = open_store(path)
    runner = OpRunner()
    window = MainWindow(store, runner)
    window.resize(*WINDOW_SIZE)
    window.show()
    window.activateWindow()

    class PaintProbe(QObject):
        """Ends the wait after the first paint pass that follows a new contact."""

        def __init__(self) -> None:
            super().__init__()
            self.loop = QEventLoop()
            self.armed = False

        def arm(self, _entry_id: int = 0) -> None:
            self.armed = True

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self.armed and event.type() == QEvent.Type.UpdateRequest:
                self.armed = False
                # Runs once this update request (the paint and the flush) is done.
                QTimer.singleShot(0, self.loop.quit)
            return False

    def wait_until(condition: Callable[[], bool]) -> None:
        deadline = time.perf_counter() + WAIT_LIMIT_MS / 1000
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the window did not get there in time")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)

    def timed_until_painted(action: Callable[[], None]) -> float:
        guard = QTimer.singleShot(WAIT_LIMIT_MS, probe.loop.quit)  # noqa: F841
        started = time.perf_counter()
        action()
        probe.loop.exec()
        return time.perf_counter() - started

    try:
        wait_until(window.isVisible)
        for _ in range(5):
            app.processEvents()
        page = window.sign_in_page
        page.code_field.setText(code)
        page.pin_field.setText(pin)
        started = time.perf_counter()
        QTest.keyClick(page.pin_field, Qt.Key.Key_Return)
        wait_until(lambda: window.shell is not None)
        assert window.shell is not None
        calling = window.shell.calling_page
        calling.set_clock(afternoon_clock())
        wait_until(lambda: calling.picker.current_campaign() is not None)
        sign_in_s = time.perf_counter() - started

        probe = PaintProbe()
        # Depending on the platform the request reaches the QWindow or the widget.
        window.windowHandle().installEventFilter(probe)
        window.installEventFilter(probe)
        calling.contact_shown.connect(probe.arm)
        first_s = timed_until_painted(
            lambda: QTest.keyClick(calling.picker.campaign_list, Qt.Key.Key_Return)
        )
        screen = calling.screen
        if screen.lease is None:
            raise RuntimeError("no contact was leased; is the demo store empty?")

        samples: list[float] = []
        for n in range(args.rounds + args.warmup):
            QTest.keyClick(window.focusWidget(), Qt.Key.Key_2)  # "No answer"
            before = screen.lease
            elapsed = timed_until_painted(
                lambda: QTest.keyClick(
                    window.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
                )
            )
            if screen.lease is before or screen.lease is None:
                raise RuntimeError(f"round {n}: no next contact ({window.banner.text()})")
            if n >= args.warmup:
                samples.append(elapsed)
    finally:
        window.close()
        runner.wait_for_done()
        app.processEvents()
        store.close()
    return {
        **latency_summary("next_contact_paint", samples),
        "first_contact_paint_ms": ms(first_s),
        "sign_in_to_campaigns_ms": ms(sign_in_s),
        "rounds": len(samples),
    }
