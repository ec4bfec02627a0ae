"""Three villages and their district, trust set up in person, ready to send packages.

The set-up (profiles, keys, enrollment, config) is made once per session and copied for each
test: a test gets fresh data dirs in a few milliseconds."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from desktop_app.core.person import Person
from desktop_app.services.app import App, Programme, open_app
from desktop_app.services.packages import common as package_common
from desktop_app.services.packages import send as package_send
from desktop_app.services.packages import trust as package_trust
from desktop_app.services.records import editing as records
from desktop_app.services.setup.profile import init_profile

KAB = "35.03"
DESA = ("35.03.01.2001", "35.03.01.2002", "35.03.02.2001")


def _build_template(base: Path) -> None:
    district = init_profile(base / "kab", "kabupaten", KAB, ["Budi"])
    district.set_programme(Programme(year=2026, coverage_start=date(2026, 1, 1), coverage_end=date(2026, 12, 31),
                                     age_min=17, age_max=70))
    stick = base / "stick"
    stick.mkdir()
    villages = []
    for i, code in enumerate(DESA):
        v = init_profile(base / f"desa{i}", "desa", code, [f"Operator {i}"])
        built = package_trust.export_enrollment(v, stick)
        info = package_trust.read_enrollment(district, built.path)
        package_trust.accept_enrollment(district, info, confirmed_fingerprint=package_common.own_fingerprint(v))
        villages.append(v)
    config = package_trust.export_config(district, stick)
    for v in villages:
        info = package_trust.read_config(v, config.path)
        package_trust.apply_config(v, info, confirmed_fingerprint=package_common.own_fingerprint(district))
        v.close()
    district.close()
    shutil.rmtree(stick)


@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("district-template")
    _build_template(base)
    return base


@dataclass
class Kabupaten:
    district: App
    villages: list[App]
    inbox: Path
    tmp: Path
    apps: list[App] = field(default_factory=list)

    def send(self, i: int, *, full: bool = False) -> Path:
        """Village ``i`` exports its next data package into the inbox."""
        result = package_send.export_data_package(self.villages[i], self.inbox, full=full, with_berita_acara=False)
        assert result.built is not None, "nothing to send"
        return result.built.path

    def save(self, i: int, **kw) -> Person:
        base = dict(full_name="WARGA", birth_date=date(1980, 5, 12), sex="L", occupation="petani",
                    funding_source="apbd_kabupaten")
        base.update(kw)
        return records.save(self.villages[i], Person(**base)).person

    def reopen_district(self) -> App:
        self.district.close()
        self.district = open_app(self.district.data_dir, backup=False)
        return self.district


def copy_template(template: Path, target: Path) -> Kabupaten:
    shutil.copytree(template, target)
    district = open_app(target / "kab", backup=False)
    villages = [open_app(target / f"desa{i}", backup=False) for i in range(len(DESA))]
    inbox = target / "inbox"
    inbox.mkdir()
    return Kabupaten(district, villages, inbox, target)


@pytest.fixture
def kab(_template: Path, tmp_path: Path):
    world = copy_template(_template, tmp_path / "w")
    yield world
    world.district.close()
    for v in world.villages:
        v.close()


def nik(desa_index: int, n: int) -> str:
    """A sound NIK born 12-05-1980 in the village's kecamatan (serial n)."""
    kec = DESA[desa_index].replace(".", "")[:6]
    return f"{kec}120580{n:04d}"
