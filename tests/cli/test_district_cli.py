"""Mode Kabupaten commands as a user runs them: merge, villages, cases, verify, list --desa."""

from __future__ import annotations

import json

from desktop_app.cli.main import main
from tests.services.district.conftest import DESA, nik


def run(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_merge_json_villages_cases_verify_list(kab, capsys):
    same = nik(0, 9)
    kab.save(0, nik=same, full_name="ANI")
    kab.save(0, nik=nik(0, 1), full_name="BUDI")
    kab.save(1, nik=same, full_name="ANI")
    p1 = kab.send(0)
    p2 = kab.send(1)
    d = kab.district.data_dir
    kab.district.close()

    code, out, _ = run(capsys, d, "merge", str(kab.inbox), "--json")
    assert code == 0
    doc = json.loads(out)
    assert set(doc) == {"packages"}
    first, second = doc["packages"]
    assert set(first) == {"file", "package_id", "desa_code", "sequence", "status", "reason", "counts",
                          "missing_sequences", "cases_opened"}
    assert set(first["counts"]) == {"created", "updated", "unchanged", "stale", "deleted", "rejected"}
    assert first["status"] == "merged" and first["desa_code"] == DESA[0] and first["counts"]["created"] == 2
    assert second["cases_opened"] == 1

    # a replay and a broken file in one run: exit 1, the replay says so
    bad = kab.inbox / "rusak.sipera"
    bad.write_bytes(b"PK\x03\x04 rusak")
    code, out, _ = run(capsys, d, "merge", str(p1), str(bad))
    assert code == 1
    assert "sudah digabung pada" in out and "DITOLAK" in out

    code, out, _ = run(capsys, d, "villages", "--json")
    rows = json.loads(out)
    assert len(rows) > 100  # every desa/kelurahan of Trenggalek, enrolled or not
    by_code = {r["desa_code"]: r for r in rows}
    assert by_code[DESA[0]]["enrolled"] and by_code[DESA[0]]["last_sequence"] == 1
    assert by_code[DESA[0]]["active"] == 2 and by_code[DESA[0]]["open_cases"] == 1
    assert by_code[DESA[2]]["enrolled"] and by_code[DESA[2]]["last_sequence"] == 0
    code, out, _ = run(capsys, d, "villages", "--missing", "--json")
    assert DESA[0] not in {r["desa_code"] for r in json.loads(out)}
    assert DESA[2] in {r["desa_code"] for r in json.loads(out)}

    code, out, _ = run(capsys, d, "cases", "list", "--open", "--json")
    [case] = json.loads(out)
    code, out, _ = run(capsys, d, "list", "--json", "--desa", DESA[1])
    [other] = json.loads(out)
    assert other["desa_code"] == DESA[1] and "verification_status" in other
    assert any(i["code"] == "nik.other_village" for i in other["issues"])
    keep = next(pid for pid in case["person_ids"] if pid != other["id"])
    code, out, _ = run(capsys, d, "cases", "decide", str(case["id"]), "--keep", keep, "--note", "cek KTP", "--json")
    assert code == 0 and json.loads(out)["status"] == "decided"
    code, out, _ = run(capsys, d, "list", "--json", "--desa", DESA[1])
    assert json.loads(out)[0]["verification_status"] == "ditolak"

    code, out, err = run(capsys, d, "verify", nik(0, 1), "--status", "ditolak")
    assert code == 2 and "alasan" in err
    code, out, _ = run(capsys, d, "verify", nik(0, 1), "3503019999999999", "--status", "perbaikan",
                       "--reason", "alamat kurang", "--json")
    assert code == 1 and len(json.loads(out)["changed"]) == 1 and json.loads(out)["not_found"]
    code, out, _ = run(capsys, d, "list", "--json")
    assert len(json.loads(out)) == 3
    assert p2.exists()


def test_district_commands_refused_in_a_village(kab, capsys):
    d = kab.villages[0].data_dir
    kab.villages[0].close()
    code, _out, err = run(capsys, d, "villages")
    assert code == 2 and "Mode Kabupaten" in err


def test_feedback_export_all_and_import(kab, capsys, tmp_path):
    kab.save(0, nik=nik(0, 1), full_name="ANI")
    kab.save(1, nik=nik(1, 1), full_name="BUDI")
    d = kab.district.data_dir
    kab.send(0)
    kab.send(1)
    kab.district.close()
    assert run(capsys, d, "merge", str(kab.inbox))[0] == 0
    out = tmp_path / "umpan"
    out.mkdir()
    code, text, _ = run(capsys, d, "feedback", "export", "--all", str(out), "--json")
    files = json.loads(text)["files"]
    assert code == 0 and len(files) == 3 and len({f["file"] for f in files}) == 3
    mine = next(f["file"] for f in files if f["desa_code"] == DESA[0])
    village_dir = kab.villages[0].data_dir
    kab.villages[0].close()
    code, text, _ = run(capsys, village_dir, "feedback", "import", mine, "--json")
    assert code == 0 and json.loads(text)["applied"] and json.loads(text)["received"] == [1]
    code, text, _ = run(capsys, village_dir, "feedback", "import", mine)
    assert code == 0 and "sudah diterapkan" in text
    other = next(f["file"] for f in files if f["desa_code"] == DESA[1])
    code, _text, err = run(capsys, village_dir, "feedback", "import", other)
    assert code == 2 and err


def test_restore_package_export_and_import(kab, capsys, tmp_path):
    from desktop_app.services.packages import common as package_common
    from desktop_app.services.packages import trust as package_trust
    from desktop_app.services.setup.profile import init_profile

    kab.save(0, nik=nik(0, 1), full_name="ANI")
    kab.send(0)
    d = kab.district.data_dir
    assert run(capsys, d, "merge", str(kab.inbox))[0] == 0
    new = init_profile(tmp_path / "baru", "desa", DESA[0], ["Operator Baru"])
    info = package_trust.read_enrollment(kab.district, package_trust.export_enrollment(new, tmp_path).path)
    package_trust.accept_enrollment(kab.district, info, confirmed_fingerprint=package_common.own_fingerprint(new))
    config = package_trust.export_config(kab.district, tmp_path)
    package_trust.apply_config(new, package_trust.read_config(new, config.path),
                               confirmed_fingerprint=package_common.own_fingerprint(kab.district))
    new_dir = new.data_dir
    new.close()
    kab.district.close()
    out = tmp_path / "pulih"
    out.mkdir()
    code, text, _ = run(capsys, d, "restore-package", "export", "--desa", DESA[0], str(out), "--json")
    made = json.loads(text)
    assert code == 0 and made["records"] == 1 and made["last_sequence"] == 1
    # the old installation cannot open it
    old_dir = kab.villages[0].data_dir
    kab.villages[0].close()
    code, _text, err = run(capsys, old_dir, "restore-package", "import", made["file"])
    assert code == 2 and err
    code, text, _ = run(capsys, new_dir, "restore-package", "import", made["file"], "--json")
    assert code == 0 and json.loads(text) == {"restored": 1, "last_sequence": 1, "next_sequence": 2}
    code, text, _ = run(capsys, new_dir, "list", "--json")
    assert [r["full_name"] for r in json.loads(text)] == ["ANI"]
