"""Field lengths are limited where data comes in (entry, import) and never cut at export: an
oversized value is an error that holds its record back, and the other records still travel."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.person import Person
from desktop_app.core.validation import MAX_LONG_TEXT, MAX_TEXT, validate
from desktop_app.sync import package as sync_package
from tests.reliability.conftest import write_csv


def test_the_limits_are_the_package_limits():
    assert (MAX_TEXT, MAX_LONG_TEXT) == (sync_package.MAX_TEXT, sync_package.MAX_LONG_TEXT)


def test_a_too_long_name_is_an_error_on_its_field():
    person = Person(nik="3503011205800001", full_name="A" * 1_000_000, birth_date=date(1980, 5, 12), sex="L")
    issues = [i for i in validate(person) if i.code == "text.too_long"]
    assert [(i.field, i.is_error) for i in issues] == [("full_name", True)]
    assert "Nama terlalu panjang (1000000 karakter; paling banyak 500)" in issues[0].message()
    assert not [i for i in validate(Person(address="x" * 4000, full_name="B")) if i.code == "text.too_long"]


@pytest.mark.slow
def test_a_huge_name_is_held_back_and_does_not_block_the_package(paired, tmp_path):
    from desktop_app.services.app import open_app
    from desktop_app.services.packages import send
    from desktop_app.services.sheets import importer

    village, _district = paired
    csv = write_csv(tmp_path / "list.csv", 3)
    lines = csv.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace("WARGA NOMOR 1", "B" * 100_000)  # a 1 MB one is refused when reading
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    app = open_app(village, backup=False)
    try:
        report = importer.run_import(app, importer.analyse(app, csv))
        assert report.created == 3 and report.with_errors == 1
        flagged = [r for r in report.rows if any(i.code == "text.too_long" for i in r.issues)]
        assert [r.row for r in flagged] == [3]
        stick = tmp_path / "stick"
        stick.mkdir()
        result = send.export_data_package(app, stick)
        assert result.sent == 2 and len(result.held_back) == 1
        assert len(result.held_back[0][0].full_name) == 100_000  # kept whole, never cut
    finally:
        app.close()
