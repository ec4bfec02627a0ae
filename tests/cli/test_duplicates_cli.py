"""`sipera duplicates`: the scan's JSON shape, deciding, undo, and the district scan across villages."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop_app.cli.main import main
from desktop_app.core.person import Person
from desktop_app.services.records import editing as records
from desktop_app.services.setup.profile import init_profile

DESA = "35.03.01.2001"
OTHER = "35.03.01.2002"


def _p(desa: str, name: str, nik: str, born: date, **kw) -> Person:
    return Person(desa_code=desa, full_name=name, nik=nik, birth_date=born, sex="L", **kw)


@pytest.fixture
def village(tmp_path):
    data = tmp_path / "desa"
    app = init_profile(data, "desa", DESA, ["Siti"])
    a = _p(DESA, "MUHAMMAD ROFIQ", "3503011205800003", date(1980, 5, 12), phone="081234567890")
    b = _p(DESA, "MOCH ROFIQ", "3503011205800004", date(1980, 5, 12), phone="081234567890")
    c = _p(DESA, "SUPARMAN", "3503011708750001", date(1975, 8, 17))
    records.create_many(app, [a, b, c])
    app.close()
    return data, a, b, c


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_scan_json_shape(village, capsys):
    data, a, b, _c = village
    code, out, _ = run(capsys, "--data-dir", str(data), "duplicates", "--json")
    assert code == 0
    doc = json.loads(out)
    assert len(doc) == 1
    pair = doc[0]
    assert set(pair) == {"a", "b", "score", "reasons"}
    assert {pair["a"]["id"], pair["b"]["id"]} == {a.id, b.id}
    assert set(pair["a"]) == {"id", "nik", "full_name", "desa_code"}
    assert 0.5 <= pair["score"] <= 1
    assert "phone.same" in pair["reasons"] and "nik.one_digit" in pair["reasons"]


def test_scan_human_output_masks_niks(village, capsys):
    data, *_ = village
    code, out, _ = run(capsys, "--data-dir", str(data), "duplicates")
    assert code == 0
    assert "3503011205800003" not in out and "3503********0003" in out
    assert "nomor HP sama" in out
    assert "1 pasangan dari 3 data" in out


def test_decide_not_same_then_undo(village, capsys):
    data, a, b, _c = village
    code, out, err = run(capsys, "--data-dir", str(data), "duplicates", "decide", a.id, b.id, "--not-same", "--json")
    assert code == 0, err
    decision = json.loads(out)
    assert decision["decision"] == "not_same"
    assert json.loads(run(capsys, "--data-dir", str(data), "duplicates", "--json")[1]) == []
    code, out, _ = run(capsys, "--data-dir", str(data), "duplicates", "undo")
    assert code == 0 and "dibatalkan" in out
    assert len(json.loads(run(capsys, "--data-dir", str(data), "duplicates", "--json")[1])) == 1
    log = json.loads(run(capsys, "--data-dir", str(data), "duplicates", "decisions", "--json")[1])
    assert log[0]["undone_at"] is not None


def test_decide_keep_tombstones_the_other(village, capsys):
    data, a, b, _c = village
    code, out, err = run(capsys, "--data-dir", str(data), "duplicates", "decide", a.id, b.id, "--keep", a.id)
    assert code == 0, err
    assert "ditandai terhapus" in out
    code, out, _ = run(capsys, "--data-dir", str(data), "list", "--json", "--include-deleted")
    by_id = {r["id"]: r for r in json.loads(out)}
    assert by_id[b.id]["deleted"] and a.id in by_id[b.id]["delete_reason"]
    assert not by_id[a.id]["deleted"]
    assert len(by_id) == 3


def test_decide_refuses_bad_input(village, capsys):
    data, a, b, c = village
    code, _, err = run(capsys, "--data-dir", str(data), "duplicates", "decide", a.id, b.id, "--keep", c.id)
    assert code == 2 and "--keep" in err
    code, _, err = run(capsys, "--data-dir", str(data), "duplicates", "decide", a.id, "tidak-ada", "--later")
    assert code == 1 and "tidak ditemukan" in err
    code, _, err = run(capsys, "--data-dir", str(data), "duplicates", "--min-score", "2")
    assert code == 2


def test_district_scan_across_villages(tmp_path, capsys):
    data = tmp_path / "kab"
    app = init_profile(data, "kabupaten", "35.03", ["Petugas"])
    # the same man registered in two villages under a mistyped NIK
    a = _p(DESA, "SUPRIYADI", "3503011205800003", date(1980, 5, 12), kk_number="3503010101100001")
    b = _p(OTHER, "SUPRIADI", "3503011205800008", date(1980, 5, 12), kk_number="3503010101100001")
    c = _p(OTHER, "PAIMAN", "3503011708750001", date(1975, 8, 17))
    records.create_many(app, [a, b, c])
    app.close()
    code, out, _ = run(capsys, "--data-dir", str(data), "duplicates", "--json")
    assert code == 0
    [pair] = json.loads(out)
    assert {pair["a"]["desa_code"], pair["b"]["desa_code"]} == {DESA, OTHER}
    code, out, _ = run(capsys, "--data-dir", str(data), "duplicates", "--json", "--desa", OTHER)
    assert json.loads(out) == []
    code, out, _ = run(capsys, "--data-dir", str(data), "duplicates")
    assert f"desa {OTHER}" in out
    code, _, err = run(capsys, "--data-dir", str(data), "duplicates", "decide", a.id, b.id, "--not-same")
    assert code == 1 and "kasus" in err


def test_district_case_for_a_pair_then_decide(tmp_path, capsys):
    data = tmp_path / "kab"
    app = init_profile(data, "kabupaten", "35.03", ["Petugas"])
    a = _p(DESA, "SUPRIYADI", "3503011205800003", date(1980, 5, 12), kk_number="3503010101100001")
    b = _p(OTHER, "SUPRIADI", "3503011205800008", date(1980, 5, 12), kk_number="3503010101100001")
    records.create_many(app, [a, b])
    app.close()
    base = ("--data-dir", str(data))
    code, out, _ = run(capsys, *base, "duplicates", "case", a.id, b.id, "--note", "cek KK", "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["created"] and doc["kind"] == "dup.similar" and doc["status"] == "open"
    case_id = doc["id"]
    code, out, _ = run(capsys, *base, "duplicates", "case", b.id, a.id)
    assert code == 0 and f"sudah punya kasus #{case_id}" in out
    code, out, _ = run(capsys, *base, "duplicates")
    assert f"[kasus #{case_id}]" in out
    code, out, _ = run(capsys, *base, "cases", "list", "--open")
    assert "data ganda 3503********0003 / 3503********0008" in out or \
        "data ganda 3503********0008 / 3503********0003" in out
    assert "3503011205800003" not in out
    code, out, _ = run(capsys, *base, "cases", "decide", str(case_id), "--keep", a.id, "--json")
    assert code == 0 and json.loads(out)["decision"] == "keep"
    code, out, _ = run(capsys, *base, "list", "--json", "--desa", OTHER)
    [rejected] = json.loads(out)
    assert rejected["verification_status"] == "ditolak"
    assert rejected["verification_reason"].startswith("Data ganda: sama dengan ")
    assert rejected["verification_reason"].endswith("/3503********0003")
    code, out, _ = run(capsys, *base, "duplicates", "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, *base, "cases", "decide", str(case_id), "--not-same")
    assert code == 0
    code, out, _ = run(capsys, *base, "duplicates")
    assert "bukan orang yang sama" in out and out.startswith("0 pasangan")
    code, _, err = run(capsys, *base, "duplicates", "case", a.id, "tidak-ada")
    assert code != 0 and "tidak ditemukan" in err


def test_village_cannot_open_a_case(village, capsys):
    data, a, b, _c = village
    code, _, err = run(capsys, "--data-dir", str(data), "duplicates", "case", a.id, b.id)
    assert code != 0 and "Kabupaten" in err


def test_deciding_commands_take_the_writer_lock():
    from desktop_app.cli.base import writes
    from desktop_app.cli.main import build_parser

    parser = build_parser()
    for argv in (["duplicates", "decide", "a", "b", "--later"], ["duplicates", "undo"],
                 ["duplicates", "case", "a", "b"]):
        assert writes(parser.parse_args(argv)), argv
    for argv in (["duplicates"], ["duplicates", "decisions"]):
        assert not writes(parser.parse_args(argv)), argv
