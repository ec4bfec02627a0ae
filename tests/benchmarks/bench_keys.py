"""Keys beyond the data for one full record typed into the record form (issue 14: at most 8).

The same typing as ``tests/ui/test_record_form.py`` (``tests/ui/form_typing.py``): a fresh village
in a temporary folder, the form shown, every value typed where the focus is, Enter only where a
field does not move on by itself, Ctrl+S at the end.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path


def run() -> list[tuple[str, float, float]]:
    from PySide6.QtWidgets import QApplication

    from desktop_app.services.setup.profile import init_profile
    from desktop_app.ui.records.record_form import RecordForm
    from tests.ui.form_typing import KEY_BUDGET, type_full_record

    qapp = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="sipera-keys-") as tmp:
        app = init_profile(Path(tmp) / "desa", "desa", "35.03.01.2001", ["Operator"])
        app.operator = "Operator"
        try:
            form = RecordForm(app)
            form.ask_discard = lambda parent: True
            form.show()
            form.activateWindow()
            deadline = time.monotonic() + 5
            while not form.nikEdit.hasFocus() and time.monotonic() < deadline:
                qapp.processEvents()
            typed = type_full_record(form)
            wrong = [(want, got) for want, got in typed.landed if want != got]
            if wrong:
                raise AssertionError(f"values landed in the wrong fields: {wrong}")
            form.close()
            form.deleteLater()
            qapp.processEvents()
        finally:
            app.close()
    return [("form: keys beyond the data for a full record", float(typed.extra_keys), float(KEY_BUDGET))]
