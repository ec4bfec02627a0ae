"""`make screenshots`: the Pembayaran screens of Mode Kabupaten (the results wizard's file, columns
and preview, kode iuran, anggaran) on demo data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

SCREEN_W, SCREEN_H = 1366, 768


def render_payments(qapp: Any, district: Any, base: Path, outdir: Path, written: list[Path], idle: Any, compose: Any,
                    save: Any, settle: Any) -> None:
    from desktop_app.services.district import demo
    from desktop_app.ui.district.window import DistrictWindow

    demo.seed_payments(district)
    answers = demo.write_dukcapil_answers(district, base / "hasil_padan.xlsx")
    win = DistrictWindow(district)
    win.resize(SCREEN_W, SCREEN_H)
    win.show()
    idle(win.runner)
    shot = win.grab()
    dialog = win.payments.open_results()  # the results wizard: its columns, then its preview
    dialog.open_file(str(answers))
    idle(win.runner)
    settle(qapp)
    save(compose(dialog, shot), outdir, "22a_district_results_file", written)
    dialog.go_next()
    settle(qapp)
    save(compose(dialog, shot), outdir, "22b_district_results_columns", written)
    dialog.go_next()
    idle(win.runner)
    settle(qapp)
    save(compose(dialog, shot), outdir, "22_district_results", written)
    dialog.reject()
    dialog = win.payments.open_batches()
    if dialog.batchesTable.rowCount():
        dialog.batchesTable.selectRow(0)
    settle(qapp)
    save(compose(dialog, shot), outdir, "23_district_batches", written)
    dialog.reject()
    dialog = win.payments.open_anggaran()
    settle(qapp)
    save(compose(dialog, shot), outdir, "24_district_anggaran", written)
    dialog.reject()
    settle(qapp)
    win.close()
    win.deleteLater()
    settle(qapp)
