from desktop_app.services.district import merge

from .conftest import nik


def test_smoke(kab):
    kab.save(0, nik=nik(0, 1), full_name="SATU")
    p1 = kab.send(0)
    run = merge.merge_packages(kab.district, [kab.inbox])
    assert [p.status for p in run.packages] == ["merged"], run.to_dict()
    assert run.packages[0].counts["created"] == 1
