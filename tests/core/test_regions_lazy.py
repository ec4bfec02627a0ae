"""Region data stays out of a start-up that does not need it."""

from __future__ import annotations

import os
import subprocess
import sys


def test_start_up_modules_do_not_import_lokal_or_load_regions():
    code = (
        "import sys\n"
        "import desktop_app.ui.records.main_window\n"
        "from desktop_app.core import regions\n"
        "assert 'lokal' not in sys.modules, 'lokal imported at start-up'\n"
        "assert regions._base is None and regions._desa is None\n"
        "assert regions.province_exists('35') and not regions.province_exists('99')\n"
        "assert len(regions.PROVINCES) == 38\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
