from __future__ import annotations

import pytest

from tests.services.district.payments.helpers import district_dir, open_district


@pytest.fixture
def district(tmp_path, tmp_path_factory):
    app = open_district(district_dir(tmp_path, tmp_path_factory))
    yield app
    app.close()
