"""Start the desktop application: one QApplication, one instance per data dir, the main window."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import report_text
from desktop_app.services.app import WINDOW, App, NotInitialized, hold_lock, open_app
from desktop_app.services.errors import DatabaseCorrupt, StorageError, StorageUnavailable
from desktop_app.ui import i18n, qt_libs
from desktop_app.ui.common.errors import error_text
from desktop_app.ui.common.events import AppEvents
from desktop_app.ui.common.tasks import TaskRunner
from desktop_app.ui.common.widgets import Ask
from desktop_app.ui.i18n import startup_language
from desktop_app.ui.records.main_window import MainWindow
from desktop_app.ui.setup.wizard import run_first_start

EXIT_OK, EXIT_STORAGE = 0, 2
SMOKE_TIMEOUT_S = 60
SMOKE_IDLE_MS = 500  # idle time before the smoke test reads the memory
MIN_POINT_SIZE = 10.0


def application() -> QApplication:
    """The process's QApplication (created once), styled for small laptop screens."""
    qapp = QApplication.instance()
    if qapp is None:
        problem = qt_libs.check_before_window()
        if problem:  # Qt would abort naming the wrong library: say which packages to install
            print(problem, file=sys.stderr)
            raise SystemExit(2)
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        qapp = QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("SIPERA")
    qapp.setApplicationDisplayName("SIPERA")
    qapp.setOrganizationName("SIPERA")
    qapp.setStyle("Fusion")
    font = qapp.font()
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        qapp.setFont(font)
    return qapp


def install_translators(qapp: QApplication, lang: str) -> None:
    try:
        i18n.install_translators(qapp, lang)
    except Exception as exc:  # noqa: BLE001 - a missing translation must not stop the app
        sys.stderr.write(report_text(exc))


class OperatorDialog(QDialog):
    """Which operator is working now (recorded in every change)."""

    def __init__(self, operators: list[str], current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operatorDialog")
        self.setWindowTitle(self.tr("Pilih operator"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Siapa yang bekerja sekarang? Namanya dicatat pada setiap perubahan data."), self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.operatorCombo = QComboBox(self)
        self.operatorCombo.setObjectName("operatorCombo")
        self.operatorCombo.addItems(operators)
        if current in operators:
            self.operatorCombo.setCurrentIndex(operators.index(current))
        layout.addWidget(self.operatorCombo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mulai"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    @classmethod
    def ask(cls, parent: QWidget | None, operators: list[str], current: str = "") -> str | None:
        dialog = cls(operators, current, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.operatorCombo.currentText()


def _fail(message: str, smoke_test: bool) -> int:
    if smoke_test:
        sys.stderr.write(message + "\n")
    else:
        Ask.error(None, message, QCoreApplication.translate("RunGui", "SIPERA tidak bisa dibuka"))
    return EXIT_STORAGE


def _open(data_dir: Path, smoke_test: bool) -> App | int:
    """The App for the data dir: the first-start wizard when it has no profile yet."""
    try:
        return open_app(data_dir, backup=False)
    except NotInitialized:
        if smoke_test:
            return _fail(QCoreApplication.translate("RunGui", "Folder data {path} belum disiapkan.")
                         .format(path=data_dir), True)
    app = run_first_start(data_dir, None)
    return app if app is not None else EXIT_OK


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
    sys.stderr.write(report_text(exc.with_traceback(tb) if tb is not None else exc))
    try:
        Ask.error(QApplication.activeWindow(), error_text(exc))
    except Exception:  # noqa: BLE001
        pass


def collect_garbage_on_gui_thread(qapp: QApplication, interval_ms: int = 10_000) -> QTimer:
    """Python's cyclic garbage collector runs in whatever thread allocates at the time; when that is
    a worker, it can destroy Qt objects from the wrong thread and crash. Automatic collection is
    turned off and a timer collects on the GUI thread instead."""
    import gc

    gc.disable()
    timer = QTimer(qapp)
    timer.setInterval(interval_ms)
    timer.timeout.connect(lambda: gc.collect())
    timer.start()
    return timer


@dataclass
class _Restart:
    """The window closed for a restore: restore ``backup``, then open the window again."""

    backup: Path
    operator: str = ""


@dataclass
class _Run:
    """What one run_gui keeps across its windows (restores reopen the window)."""

    runner: TaskRunner
    smoke_test: bool
    started: float
    operator: str = ""  # kept when the window reopens after a restore
    restored: Any = None  # services.backups.RestoreResult of the restore just done
    installed: bool = False  # excepthook and GUI-thread garbage collection set up


def run_gui(data_dir: Path, smoke_test: bool = False) -> int | dict[str, Any]:
    """Open the window on ``data_dir``; with ``smoke_test`` return {"ready_s", "rows"} and quit.

    Storage problems (read-only or full disk, corrupt or newer database, another instance running)
    show a clear message and return 2 without changing anything; a corrupt database is offered a
    restore from a backup. A restore requested in the window (Berkas > Pulihkan dari cadangan...)
    happens here, after the window closed and while the instance lock is still held; then the
    window opens again on the restored data.
    """
    started = time.perf_counter()
    qapp = application()
    data_dir = Path(data_dir)
    install_translators(qapp, startup_language(data_dir))  # refusals below come before the database
    lock = None
    try:
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageUnavailable(
                QCoreApplication.translate(
                    "RunGui", "Folder data {path} tidak bisa dibuat ({reason}). Pilih folder lain yang bisa ditulis.")
                .format(path=data_dir, reason=exc.strerror or exc)
            ) from exc
        lock = hold_lock(data_dir, holder=WINDOW)  # every write of this window happens under it
    except StorageError as exc:
        return _fail(error_text(exc), smoke_test)
    old_hook = sys.excepthook
    run = _Run(TaskRunner(), smoke_test, started)
    try:
        while True:
            outcome = _session(qapp, data_dir, run)
            if not isinstance(outcome, _Restart):
                return outcome
            run.operator = outcome.operator or run.operator
            run.restored = restore_step(data_dir, outcome.backup)
    finally:
        sys.excepthook = old_hook
        run.runner.wait()
        lock.release()


def restore_step(data_dir: Path, backup: Path, parent: QWidget | None = None) -> Any:
    """Restore ``backup`` into the data dir (the caller holds the lock, the database is closed).

    Returns the ``RestoreResult``, or None after showing why the backup was refused (then
    nothing changed)."""
    from desktop_app.services import backups

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a few seconds at most, no window open
    try:
        # the restore dialog's confirmation named both villages when the backup is another's
        return backups.restore(data_dir, backup, other_village=True)
    except Exception as exc:  # noqa: BLE001 - said to the operator; the window reopens on the data as it was
        if not isinstance(exc, StorageError):
            sys.stderr.write(report_text(exc))
        failure = exc
    finally:
        QApplication.restoreOverrideCursor()
    Ask.error(parent, error_text(failure), QCoreApplication.translate("RunGui", "Data tidak dipulihkan"))
    return None


def _restored_text(result: Any) -> str:
    from desktop_app.services import backups
    from desktop_app.ui.common.widgets import fmt_date

    try:
        made = backups.describe(result.restored_from).made
    except StorageError:  # the flash drive was pulled meanwhile
        made = None
    text = QCoreApplication.translate("RunGui", "Data dipulihkan dari cadangan tanggal {date} pukul {time}.").format(
        date=fmt_date(made) if made else "?", time=made.strftime("%H:%M") if made else "?")
    if result.previous is not None:
        if result.previous_damaged:
            text += "\n\n" + QCoreApplication.translate(
                "RunGui", "Database yang rusak disimpan sebagai salinan:\n{path}").format(path=result.previous)
        else:
            text += "\n\n" + QCoreApplication.translate(
                "RunGui", "Data sebelum pemulihan disimpan sebagai cadangan:\n{path}").format(path=result.previous)
    return text


def _session(qapp: QApplication, data_dir: Path, run: _Run) -> int | dict[str, Any] | _Restart:
    """Open the app and its window once; returns the exit code, the smoke-test result, or a
    ``_Restart`` when the window closed for a restore (or the start-up refusal chose one)."""
    app: App | None = None
    window: QWidget | None = None
    smoke_test, runner = run.smoke_test, run.runner
    try:
        try:
            opened = _open(data_dir, smoke_test)
        except DatabaseCorrupt as exc:
            if smoke_test:
                return _fail(error_text(exc), True)
            from desktop_app.ui.backup.dialogs import offer_restore

            chosen = offer_restore(data_dir, error_text(exc), runner)
            return _Restart(chosen, run.operator) if chosen is not None else EXIT_STORAGE
        if isinstance(opened, int):
            return opened
        app = opened
        install_translators(qapp, str(app.preference("language", "id") or "id"))
        if run.operator and run.operator in app.profile.operators:
            app.operator = run.operator  # the window reopens after a restore: same operator
        elif not smoke_test and len(app.profile.operators) > 1:
            chosen_operator = OperatorDialog.ask(
                None, app.profile.operators, str(app.preference("last_operator", "") or ""))
            if chosen_operator is None:
                return EXIT_OK
            app.operator = chosen_operator
            app.set_preference("last_operator", chosen_operator)
        if not smoke_test and not run.installed:
            run.installed = True
            sys.excepthook = _excepthook
            collect_garbage_on_gui_thread(qapp)
        events = AppEvents()
        if app.profile.is_desa:
            window = MainWindow(app, runner, events)
        else:
            from desktop_app.ui.district.window import DistrictWindow

            window = DistrictWindow(app, runner, events)
        screen = qapp.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        if available is not None and (available.width() < 1400 or available.height() < 850):
            window.showMaximized()
        else:
            window.resize(1366, 768)
            window.show()
        if smoke_test:
            return _smoke(qapp, window, run.started)
        restored, run.restored = run.restored, None
        if restored is not None:
            shown = window
            title = QCoreApplication.translate("RunGui", "Pemulihan selesai")
            QTimer.singleShot(0, shown, lambda: Ask.info(shown, _restored_text(restored), title))
        opened_app = app
        QTimer.singleShot(3000, window, lambda: _daily_backup(runner, opened_app))
        code = qapp.exec()
        runner.wait()
        requested = getattr(window, "restore_requested", None)
        if requested is not None:
            return _Restart(Path(requested), app.operator)
        return int(code)
    except StorageError as exc:
        return _fail(error_text(exc), smoke_test)
    finally:
        if window is not None and not smoke_test:
            window.deleteLater()
        if app is not None:
            app.close()


def _daily_backup(runner: TaskRunner, app: App) -> None:
    from desktop_app.services.backups import daily_backup

    # a failed daily backup must not stop the work; it is retried at the next start
    runner.run(lambda _p: daily_backup(app), on_error=lambda exc: None)


def memory_mb() -> dict[str, float]:
    """This process's resident memory now and at its peak, in MB (Linux; empty elsewhere).

    Read from /proc/self/status: ``getrusage().ru_maxrss`` is inherited across exec, so a child
    started by a big parent would report the parent's peak instead of its own.
    """
    out: dict[str, float] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    out["rss_mb" if key == "VmRSS" else "peak_rss_mb"] = round(int(value.split()[0]) / 1024, 1)
    except (OSError, ValueError):
        return {}
    return out


def _smoke(qapp: QApplication, window: MainWindow, started: float) -> dict[str, Any]:
    result: dict[str, Any] = {}
    deadline = started + SMOKE_TIMEOUT_S

    def finish() -> None:
        qapp.quit()

    def check() -> None:
        now = time.perf_counter()
        model = getattr(window, "model", None)
        if model is None:  # Mode Kabupaten: the villages table is filled synchronously
            result["ready_s"] = round(now - started, 3)
            table = getattr(window, "villagesTable", None)
            result["rows"] = table.rowCount() if table is not None else 0
            finish()
            return
        if "ready_s" not in result and (model.rowCount() > 0 or model.complete) and window.isVisible():
            result["ready_s"] = round(now - started, 3)
        if "ready_s" in result and model.complete:
            result["rows"] = model.total()
            result["complete_s"] = round(now - started, 3)
            # memory as the user sees it: the list is read and the window has been idle a moment
            QTimer.singleShot(SMOKE_IDLE_MS, lambda: (result.update(memory_mb()), finish()))
        elif now > deadline:
            result.setdefault("ready_s", round(now - started, 3))
            result["rows"] = model.total()
            result["error"] = "timeout"
            finish()
        else:
            QTimer.singleShot(5, check)

    # Closing the last window posts a Quit event; handled after exec() returned it would leave Qt's
    # "quit now" flag set and every later event loop of this process would return at once.
    quit_on_last = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    try:
        QTimer.singleShot(0, check)
        qapp.exec()
        window.close()
        window.runner.wait()
        window.deleteLater()
    finally:
        qapp.setQuitOnLastWindowClosed(quit_on_last)
    return result
