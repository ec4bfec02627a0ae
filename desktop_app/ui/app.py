"""Start the desktop application: one QApplication, one instance per data dir, the main window."""

from __future__ import annotations

import sys
import time
import traceback
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

from desktop_app.services.app import App, NotInitialized, open_app
from desktop_app.storage.errors import StorageError, StorageUnavailable
from desktop_app.storage.lock import InstanceLock
from desktop_app.ui.events import AppEvents
from desktop_app.ui.i18n import startup_language
from desktop_app.ui.main_window import MainWindow, _optional
from desktop_app.ui.tasks import TaskRunner
from desktop_app.ui.widgets import Ask, error_text

EXIT_OK, EXIT_STORAGE = 0, 2
SMOKE_TIMEOUT_S = 60
SMOKE_IDLE_MS = 500  # idle time before the smoke test reads the memory
MIN_POINT_SIZE = 10.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunGui", text)


def application() -> QApplication:
    """The process's QApplication (created once), styled for small laptop screens."""
    qapp = QApplication.instance()
    if qapp is None:
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
    install = _optional("i18n", "install_translators")
    if install is not None:
        try:
            install(qapp, lang)
        except Exception:  # noqa: BLE001 - a missing translation must not stop the app
            traceback.print_exc()


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
        Ask.error(None, message, _tr("SIPERA tidak bisa dibuka"))
    return EXIT_STORAGE


def _open(data_dir: Path, smoke_test: bool) -> App | int:
    """The App for the data dir: the first-start wizard when it has no profile yet."""
    try:
        return open_app(data_dir, backup=False)
    except NotInitialized:
        if smoke_test:
            return _fail(_tr("Folder data {path} belum disiapkan.").format(path=data_dir), True)
    run_first_start = _optional("wizard", "run_first_start")
    if run_first_start is None:
        return _fail(
            _tr("Folder data {path} belum disiapkan. Jalankan 'sipera init desa --code KODE --operator NAMA' "
                "lalu buka SIPERA lagi.").format(path=data_dir),
            smoke_test,
        )
    app = run_first_start(data_dir, None)
    return app if app is not None else EXIT_OK


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
    traceback.print_exception(exc_type, exc, tb)
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


def run_gui(data_dir: Path, smoke_test: bool = False) -> int | dict[str, Any]:
    """Open the window on ``data_dir``; with ``smoke_test`` return {"ready_s", "rows"} and quit.

    Storage problems (read-only or full disk, corrupt or newer database, another instance running)
    show a clear message and return 2 without changing anything.
    """
    started = time.perf_counter()
    qapp = application()
    data_dir = Path(data_dir)
    install_translators(qapp, startup_language(data_dir))  # refusals below come before the database
    lock = InstanceLock(data_dir)
    try:
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageUnavailable(
                _tr("Folder data {path} tidak bisa dibuat ({reason}). Pilih folder lain yang bisa ditulis.")
                .format(path=data_dir, reason=exc.strerror or exc)
            ) from exc
        lock.acquire()
    except StorageError as exc:
        return _fail(error_text(exc), smoke_test)
    app: App | None = None
    old_hook = sys.excepthook
    try:
        opened = _open(data_dir, smoke_test)
        if isinstance(opened, int):
            return opened
        app = opened
        install_translators(qapp, str(app.preference("language", "id") or "id"))
        if not smoke_test and len(app.profile.operators) > 1:
            chosen = OperatorDialog.ask(None, app.profile.operators, str(app.preference("last_operator", "") or ""))
            if chosen is None:
                return EXIT_OK
            app.operator = chosen
            app.set_preference("last_operator", chosen)
        if not smoke_test:
            sys.excepthook = _excepthook
            collect_garbage_on_gui_thread(qapp)
        runner = TaskRunner()
        events = AppEvents()
        if app.profile.is_desa:
            window = MainWindow(app, runner, events)
        else:
            from desktop_app.ui.district_window import DistrictWindow

            window = DistrictWindow(app, runner, events)
        screen = qapp.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        if available is not None and (available.width() < 1400 or available.height() < 850):
            window.showMaximized()
        else:
            window.resize(1366, 768)
            window.show()
        if smoke_test:
            return _smoke(qapp, window, started)
        QTimer.singleShot(3000, lambda: _daily_backup(runner, app))
        code = qapp.exec()
        runner.wait()
        return int(code)
    except StorageError as exc:
        return _fail(error_text(exc), smoke_test)
    finally:
        sys.excepthook = old_hook
        if app is not None:
            app.close()
        lock.release()


def _daily_backup(runner: TaskRunner, app: App) -> None:
    from desktop_app.storage.db import daily_backup

    # a failed daily backup must not stop the work; it is retried at the next start
    runner.run(lambda _p: daily_backup(app.db), on_error=lambda exc: None)


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
