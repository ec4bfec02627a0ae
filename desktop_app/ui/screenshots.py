"""Render the main screens to PNG at 1366x768: ``python -m desktop_app.ui.screenshots OUTDIR``.

A temporary demo data dir (2,000 synthetic records) is made; nothing touches the user's data.
Screens: the first-start wizard (mode, village search, operators), the main window, the record
form showing issues and a duplicate NIK, the Ringkasan tab, the settings dialog, the import
wizard on a nasty village workbook (file, columns, preview), Kirim ke Kabupaten, Pulihkan dari
cadangan (the list of backups and the confirmation), Cari data ganda (the scan result and the
review of one pair), the Mode Kabupaten tabs (Desa, Kotak masuk, Semua data, Kasus) and the
village table after the district's feedback. Dialogs are
drawn centred on a 1366x768 desktop (over the main window when they belong to it), so what does
not fit a small laptop screen shows. ``--lang en`` renders the English translation;
``SIPERA_PSEUDO_L10N=1`` renders the pseudo-locale (longer strings) to find clipped layouts.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

SCREEN_W, SCREEN_H = 1366, 768


def _settle(qapp: Any, rounds: int = 8) -> None:
    from PySide6.QtCore import QEventLoop, QThreadPool

    for _ in range(rounds):
        QThreadPool.globalInstance().waitForDone(2000)
        qapp.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _wait(qapp: Any, condition: Callable[[], bool], timeout_s: float = 15.0) -> bool:
    import time

    from PySide6.QtCore import QEventLoop

    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        if condition():
            return True
        qapp.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    return condition()


def _desktop(background: Any = None) -> Any:
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(SCREEN_W, SCREEN_H, QImage.Format.Format_ARGB32)
    image.fill(QColor("#3B4252"))
    if background is not None:
        p = QPainter(image)
        p.drawPixmap(0, 0, background)
        p.fillRect(0, 0, SCREEN_W, SCREEN_H, QColor(0, 0, 0, 90))  # dim the window behind a dialog
        p.end()
    return image


def _compose(widget: Any, background: Any = None) -> Any:
    """The widget centred on a 1366x768 desktop (clipped like a real screen would clip it)."""
    from PySide6.QtGui import QPainter

    image = _desktop(background)
    shot = widget.grab()
    x = max(0, (SCREEN_W - shot.width()) // 2)
    y = max(0, (SCREEN_H - shot.height()) // 2)
    p = QPainter(image)
    p.drawPixmap(x, y, shot)
    p.end()
    return image


def _save(image: Any, outdir: Path, name: str, written: list[Path]) -> None:
    path = outdir / f"{name}.png"
    if hasattr(image, "toImage"):
        image = image.toImage()
    if not image.save(str(path)):
        raise SystemExit(f"Gagal menyimpan {path}")
    written.append(path)


def _set_text(root: Any, name: str, text: str) -> None:
    from PySide6.QtWidgets import QWidget

    w = root.findChild(QWidget, name)
    if w is None:
        return
    if hasattr(w, "setText"):
        w.setText(text)
    elif hasattr(w, "setEditText"):
        w.setEditText(text)


def render(outdir: Path, lang: str = "id", records: int = 2000, work_dir: Path | None = None) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop_app.services.app import open_app
    from desktop_app.services.setup.demo import make_demo
    from desktop_app.ui import i18n

    try:
        from desktop_app.ui.app import application

        qapp = application()
    except ImportError:
        from PySide6.QtWidgets import QApplication

        qapp = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install_translators(qapp, lang)
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    steps: list[tuple[str, Callable[[], None]]] = []

    with tempfile.TemporaryDirectory(prefix="sipera-shots-") as tmp:
        base = Path(work_dir or tmp)
        demo_dir = base / "demo"
        make_demo(demo_dir, records=records)
        app = open_app(demo_dir, backup=False)
        try:
            steps = _steps(qapp, app, base, outdir, written)
            for name, step in steps:
                try:
                    step()
                except Exception as exc:  # noqa: BLE001 - one failing screen must not hide the others
                    print(f"{name}: gagal ({type(exc).__name__}: {exc})", file=sys.stderr)
        finally:
            app.close()
    return written


def _steps(qapp: Any, app: Any, base: Path, outdir: Path, written: list[Path]) -> list[tuple[str, Callable[[], None]]]:
    from desktop_app.core import regions
    from desktop_app.ui.setup.wizard import FirstStartWizard

    state: dict[str, Any] = {}

    def wizard() -> None:
        wiz = FirstStartWizard(base / "new")
        wiz.show()
        _settle(qapp)
        _save(_compose(wiz), outdir, "01_wizard_mode", written)
        wiz.next()
        page = wiz.region_page
        page.search_edit.setText("sukamaju")
        page.run_search()
        page.results_list.setCurrentRow(2)
        _settle(qapp)
        _save(_compose(wiz), outdir, "02_wizard_desa_search", written)
        wiz.next()
        for name in ("Siti Rahayu", "Agus Prasetyo"):
            page3 = wiz.operator_page
            page3.operator_edit.setText(name)
            page3.add_current()
        _settle(qapp)
        _save(_compose(wiz), outdir, "03_wizard_operators", written)
        wiz.close()
        wiz.deleteLater()

    def wizard_restore() -> None:
        """Pulihkan desa: the last page's choice and the first of its three steps."""
        wiz = FirstStartWizard(base / "new-restore")
        wiz.show()
        wiz.next()
        page = wiz.region_page
        page.search_edit.setText("sukamaju")
        page.run_search()
        page.results_list.setCurrentRow(2)
        wiz.next()
        wiz.operator_page.operator_edit.setText("Siti Rahayu")
        wiz.next()
        wiz.done_page.restore_radio.setChecked(True)
        _settle(qapp)
        _save(_compose(wiz), outdir, "03b_wizard_restore_choice", written)
        wiz.next()
        _settle(qapp)
        _save(_compose(wiz), outdir, "03c_wizard_restore_step1", written)
        if wiz.app is not None:
            wiz.app.close()
        wiz.close()
        wiz.deleteLater()

    def main_window() -> None:
        from desktop_app.ui.common.tasks import TaskRunner
        from desktop_app.ui.records.main_window import MainWindow

        window = MainWindow(app, TaskRunner())
        window.resize(SCREEN_W, SCREEN_H)
        window.show()
        _settle(qapp, 20)
        table = getattr(window, "recordsTable", None)
        if table is not None and table.model() is not None and table.model().rowCount() > 3:
            table.selectRow(3)
            _settle(qapp)
        state["window"] = window
        shot = window.grab()
        state["window_shot"] = shot
        _save(shot, outdir, "04_main_window", written)

    def record_form() -> None:
        from desktop_app.services.records import editing as records_service
        from desktop_app.ui.records.record_form import RecordForm

        existing = next((p for p, issues in records_service.list_records(app)
                         if len(p.nik) == 16 and not any(i.is_error for i in issues)), None)
        window = state.get("window")
        form = RecordForm(app, parent=window)
        form.show()
        _settle(qapp)
        if existing is not None:
            _set_text(form, "nikEdit", existing.nik)
        _set_text(form, "nameEdit", "Sri Wahyuni")
        _set_text(form, "birthDateEdit", "12-05-1980")
        _set_text(form, "phoneEdit", "0271 123456")
        _set_text(form, "kkEdit", "35030112")
        _settle(qapp)
        if hasattr(form, "run_check"):
            form.run_check()
        _settle(qapp)
        _save(_compose(form, state.get("window_shot")), outdir, "05_record_form_issues", written)
        form.hide()
        form.deleteLater()

    def overview() -> None:
        window = state.get("window")
        if window is not None and getattr(window, "tabs", None) is not None:
            from desktop_app.ui.records.overview import OverviewWidget

            tabs = window.tabs
            for i in range(tabs.count()):
                if isinstance(tabs.widget(i), OverviewWidget):
                    tabs.setCurrentIndex(i)
                    _wait(qapp, lambda w=tabs.widget(i): w.data is not None and not w._loading)
            _settle(qapp)
            _save(window.grab(), outdir, "06_overview", written)
            from PySide6.QtWidgets import QScrollArea

            area = tabs.currentWidget().findChild(QScrollArea)
            if area is not None:
                area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
                _settle(qapp)
                _save(window.grab(), outdir, "06b_overview_budget", written)
            return
        from desktop_app.ui.records.overview import OverviewWidget

        widget = OverviewWidget(app)
        widget.resize(SCREEN_W, SCREEN_H)
        widget.show()
        _settle(qapp)
        _save(widget.grab(), outdir, "06_overview", written)

    def settings() -> None:
        from desktop_app.ui.setup.settings_dialog import SettingsDialog

        dialog = SettingsDialog(app, state.get("window"))
        dialog.show()
        _settle(qapp)
        _save(_compose(dialog, state.get("window_shot")), outdir, "07_settings_general", written)
        dialog.tabs.setCurrentIndex(1)
        _settle(qapp)
        _save(_compose(dialog, state.get("window_shot")), outdir, "08_settings_programme", written)
        dialog.reject()
        dialog.deleteLater()

    def _idle(runner: Any) -> None:
        for _ in range(3):
            if runner is not None and hasattr(runner, "wait"):
                runner.wait()
            _settle(qapp)

    def import_wizard() -> None:
        from desktop_app.ui.sheets.import_wizard import ImportWizard

        sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
        from tests.fixtures.make_workbooks import make_nasty_xlsx

        path, _ = make_nasty_xlsx(base)
        window = state.get("window")
        runner = getattr(window, "runner", None)
        wiz = ImportWizard(app, runner, parent=window)
        wiz.show()
        wiz.open_file(path)
        _idle(runner)
        _save(_compose(wiz, state.get("window_shot")), outdir, "09_import_file", written)
        wiz.go_next()
        _idle(runner)
        _save(_compose(wiz, state.get("window_shot")), outdir, "10_import_columns", written)
        wiz.go_next()
        _idle(runner)
        _save(_compose(wiz, state.get("window_shot")), outdir, "11_import_preview", written)
        wiz.reject()
        wiz.deleteLater()

    def send_package() -> None:
        from desktop_app.services.packages import trust as package_trust
        from desktop_app.services.setup.profile import init_profile
        from desktop_app.ui.packages.dialogs import SendPackageDialog

        district = init_profile(base / "kabupaten", "kabupaten", app.profile.region_code[:5], ["Petugas Dinas"])
        state["district"] = district
        stick = base / "flashdisk"
        stick.mkdir(exist_ok=True)
        window = state.get("window")
        runner = getattr(window, "runner", None)
        first = SendPackageDialog(app, runner, window)  # before enrollment and config: the steps to take
        first.show()
        _idle(runner)
        _save(_compose(first, state.get("window_shot")), outdir, "12a_send_package_first_time", written)
        first.reject()
        first.deleteLater()
        info = package_trust.read_enrollment(district, package_trust.export_enrollment(app, stick).path)
        package_trust.accept_enrollment(district, info, confirmed_fingerprint=info.fingerprint)
        cfg = package_trust.read_config(app, package_trust.export_config(district, stick).path)
        package_trust.apply_config(app, cfg, confirmed_fingerprint=cfg.fingerprint)
        window = state.get("window")
        runner = getattr(window, "runner", None)
        dialog = SendPackageDialog(app, runner, window)
        dialog.show()
        _idle(runner)
        _save(_compose(dialog, state.get("window_shot")), outdir, "12_send_package", written)
        dialog.reject()
        dialog.deleteLater()

    def district_window() -> None:
        from desktop_app.core.person import new_id
        from desktop_app.services.district import cases as case_service
        from desktop_app.services.district import feedback, verification
        from desktop_app.services.packages import common as package_common
        from desktop_app.services.packages import send as package_send
        from desktop_app.services.packages import trust as package_trust
        from desktop_app.services.records import editing as records
        from desktop_app.services.setup.profile import init_profile
        from desktop_app.ui.common.tasks import TaskRunner
        from desktop_app.ui.district.window import DistrictWindow

        district = state.get("district")
        if district is None:
            return
        inbox = base / "kotak-masuk"
        inbox.mkdir(exist_ok=True)
        # the demo village sends everything; a neighbour claims three of its people
        package_send.export_data_package(app, inbox, full=True, with_berita_acara=False)
        kab = district.profile.region_code
        neighbour_code = next((d.code for k in regions.kecamatan_of(kab) for d in regions.desa_of(k.code)
                               if d.code != app.profile.region_code), app.profile.region_code)
        neighbour = init_profile(base / "desa-tetangga", "desa", neighbour_code, ["Operator Tetangga"])
        stick = base / "flashdisk"
        info = package_trust.read_enrollment(district, package_trust.export_enrollment(neighbour, stick).path)
        package_trust.accept_enrollment(district, info, confirmed_fingerprint=info.fingerprint)
        cfg = package_trust.read_config(neighbour, package_trust.export_config(district, stick).path)
        package_trust.apply_config(neighbour, cfg, confirmed_fingerprint=package_common.own_fingerprint(district))
        claimed = [p for p, issues in records.list_records(app)[:40] if not any(i.is_error for i in issues)][:3]
        for p in claimed:
            records.save(neighbour, p.copy(id=new_id(), desa_code=neighbour_code, rev=0, sent_rev=0,
                                           district_rev=0, created_at=None, updated_at=None))
        package_send.export_data_package(neighbour, inbox, with_berita_acara=False)
        neighbour.close()
        (inbox / "lampiran-rusak.sipera").write_bytes(b"bukan paket SIPERA")
        win = DistrictWindow(district, TaskRunner())
        win.resize(SCREEN_W, SCREEN_H)
        win.show()
        runner = win.runner
        _idle(runner)
        win.show_tab(win.TAB_INBOX)
        from desktop_app.ui.packages import dialogs as package_dialogs

        original = package_dialogs.Pick.folder
        package_dialogs.Pick.folder = classmethod(lambda cls, *a, **kw: str(inbox))
        try:
            win.inboxTab.choose_folder()
            _idle(runner)
        finally:
            package_dialogs.Pick.folder = original
        _wait(qapp, lambda: win.inboxTab.run is not None)
        _idle(runner)
        _save(win.grab(), outdir, "16_district_inbox", written)
        win.show_tab(win.TAB_VILLAGES)
        _idle(runner)
        win.villagesTable.scrollToTop()
        _save(win.grab(), outdir, "13_district_villages", written)
        ids = [p.id for p, _i in records.list_records(app)[:12]]
        verification.verify(district, ids[:6], "diterima")
        verification.verify(district, ids[6:8], "ditolak", reason="Sudah terdaftar BPJS Ketenagakerjaan")
        win.show_tab(win.TAB_RECORDS)
        win.recordsTab.reload()
        _idle(runner)
        _save(win.grab(), outdir, "17_district_records", written)
        win.show_tab(win.TAB_CASES)
        _idle(runner)
        if win.casesTab.casesTable.rowCount():
            win.casesTab.casesTable.selectRow(0)
            _idle(runner)
        _save(win.grab(), outdir, "18_district_cases", written)
        win.close()
        runner.wait()
        win.deleteLater()
        _settle(qapp)
        # the village after the district's feedback
        for case in case_service.list_cases(district)[:1]:
            case_service.decide(district, case.id, "keep", keep=case.person_ids[0], note="KTP dicek")
        made = feedback.export_feedback(district, stick, desa_codes=[app.profile.region_code])
        if made:
            feedback.import_feedback(app, made[0].path)
        district.close()
        from desktop_app.ui.records.main_window import MainWindow

        village = MainWindow(app, TaskRunner())
        village.resize(SCREEN_W, SCREEN_H)
        village.show()
        _settle(qapp, 20)
        village.statusFilter.setCurrentIndex(max(0, village.statusFilter.findData("ditolak")))
        _idle(village.runner)
        if village.recordsTable.model().rowCount():
            village.recordsTable.selectRow(0)
        _idle(village.runner)
        _save(village.grab(), outdir, "19_village_after_feedback", written)
        village.close()
        village.runner.wait()
        village.deleteLater()
        _settle(qapp)

    def district_payments() -> None:
        from desktop_app.ui.district.payments_shots import render_payments

        district = state.get("district")
        if district is not None:
            render_payments(qapp, district, base, outdir, written, _idle, _compose, _save, _settle)

    def restore_dialog() -> None:
        import shutil
        from datetime import datetime, timedelta

        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from desktop_app.services import backups
        from desktop_app.ui.backup.dialogs import RestoreDialog

        window = state.get("window")
        runner = getattr(window, "runner", None)
        first = backups.make_backup(app.data_dir, reason="harian")
        now = datetime.now().replace(hour=7, minute=42)
        for days, hour, reason in ((0, 14, "sebelum-impor"), (1, 8, "harian"), (2, 16, "manual"), (2, 8, "harian"),
                                   (5, 9, "harian"), (9, 10, "sebelum-pulihkan")):
            made = (now - timedelta(days=days)).replace(hour=hour, minute=5 + days)
            name = f"sipera-{made.strftime('%Y%m%d-%H%M%S')}-000000-{reason}.sqlite"
            shutil.copyfile(first.path, first.path.with_name(name))
        profile = app.profile
        dialog = RestoreDialog(app.data_dir, window, runner, current_region=(profile.region_code, profile.region_name))
        dialog.show()
        _idle(runner)
        if dialog.backupsTable.rowCount() > 2:
            dialog.backupsTable.selectRow(2)
        _settle(qapp)
        _save(_compose(dialog, state.get("window_shot")), outdir, "14_restore_dialog", written)
        chosen = dialog.selected()
        if chosen is not None:
            text = dialog.confirmation_text(backups.check_backup(chosen.path))
            # the strings of RestoreDialog's confirmation (shown through Ask.question)
            box = QMessageBox(QMessageBox.Icon.Question,
                              QCoreApplication.translate("RestoreDialog", "Pulihkan dari cadangan?"), text,
                              QMessageBox.StandardButton.NoButton, window)
            box.addButton(QCoreApplication.translate("RestoreDialog", "Ya, Pulihkan"), QMessageBox.ButtonRole.YesRole)
            box.setDefaultButton(box.addButton(QCoreApplication.translate("RestoreDialog", "Batal"),
                                               QMessageBox.ButtonRole.NoRole))
            box.show()
            _settle(qapp)
            _save(_compose(box, state.get("window_shot")), outdir, "15_restore_confirm", written)
            box.hide()
            box.deleteLater()
        dialog.reject()
        dialog.deleteLater()

    def duplicates() -> None:
        window = state.get("window")
        if window is None or not hasattr(window, "open_duplicates"):
            return
        dialog = window.open_duplicates()
        _wait(qapp, lambda: dialog.result is not None, 60.0)
        _settle(qapp)
        dialog.splitter.setSizes([560, 120])
        _settle(qapp)
        _save(_compose(dialog, state.get("window_shot")), outdir, "20_duplicates_scan", written)
        # the review: a pair whose records differ somewhere, side by side
        pick = next((i for i, p in enumerate(dialog.pairs) if "nik.one_digit" in p.reasons), 0)
        if dialog.pairs:
            dialog.pairsTable.selectRow(pick)
        dialog.splitter.setSizes([190, 490])
        _settle(qapp)
        _save(_compose(dialog, state.get("window_shot")), outdir, "21_duplicates_review", written)
        dialog.reject()
        _settle(qapp)

    def close() -> None:
        window = state.pop("window", None)
        if window is not None:
            runner = getattr(window, "runner", None)
            window.close()
            if runner is not None and hasattr(runner, "wait"):
                runner.wait()
            window.deleteLater()
        _settle(qapp)

    return [("wizard", wizard), ("wizard_restore", wizard_restore), ("main_window", main_window), ("record_form", record_form),
            ("overview", overview), ("settings", settings), ("import_wizard", import_wizard),
            ("send_package", send_package), ("restore_dialog", restore_dialog), ("duplicates", duplicates),
            ("close", close),
            ("district_payments", district_payments), ("district_window", district_window)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop_app.ui.screenshots", description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", default="id", choices=("id", "en"))
    parser.add_argument("--records", type=int, default=2000)
    args = parser.parse_args(argv)
    written = render(args.outdir, lang=args.lang, records=args.records)
    for path in written:
        print(path)
    return 0 if written else 1


if __name__ == "__main__":
    sys.exit(main())
