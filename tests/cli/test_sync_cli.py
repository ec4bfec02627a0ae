"""The sync flow on the command line, as a district officer and a village operator run it."""

from __future__ import annotations

import json

from tests.cli.test_cli import sipera


def test_enrollment_config_package_inspect(tmp_path):
    desa, kab, stick = tmp_path / "desa", tmp_path / "kab", tmp_path / "usb"
    stick.mkdir()
    sipera("init", "desa", "--code", "35.03.01.2001", "--operator", "Siti", data_dir=desa, check=0)
    sipera("init", "kabupaten", "--code", "35.03", "--operator", "Budi", data_dir=kab, check=0)

    enr = json.loads(sipera("enrollment", "export", str(stick), "--json", data_dir=desa, check=0).stdout)
    # without the fingerprint read aloud, nothing is enrolled
    out = sipera("enrollment", "import", enr["file"], data_dir=kab, check=1)
    assert "Cocokkan sidik jari" in out.stdout
    out = sipera("enrollment", "import", enr["file"], "--fingerprint", "SALAH-SALAH", data_dir=kab, check=1)
    assert "tidak cocok" in out.stderr
    sipera("enrollment", "import", enr["file"], "--fingerprint", enr["fingerprint"].lower(), data_dir=kab, check=0)
    listed = json.loads(sipera("enrollment", "list", "--json", data_dir=kab, check=0).stdout)
    assert listed[0]["desa_code"] == "35.03.01.2001"

    cfg = json.loads(sipera("config", "export", str(stick), "--json", data_dir=kab, check=0).stdout)
    sipera("config", "import", cfg["file"], "--fingerprint", cfg["fingerprint"], data_dir=desa, check=0)

    # no config key yet would fail; now a package goes out, with held-back records reported (exit 1)
    sipera("demo", "--records", "120", data_dir=desa, check=0)
    out = sipera("package", "export", str(stick), "--json", data_dir=desa)
    doc = json.loads(out.stdout)
    assert out.returncode == 1 and doc["sent"] > 0 and doc["held_back"]
    assert all(h["issues"] for h in doc["held_back"])

    seen = json.loads(sipera("package", "inspect", doc["file"], "--json", data_dir=kab, check=0).stdout)
    assert seen["summary"]["signature"] == "valid" and seen["summary"]["kind"] == "data"
    assert seen["records_checked"] is True

    # an outsider (no data dir) can still look: intact, but the key is unknown
    out = sipera("package", "inspect", doc["file"], data_dir=tmp_path / "nobody")
    assert out.returncode == 1 and "BELUM DIKENAL" in out.stdout

    # a broken file gets a clear Indonesian reason
    broken = stick / "rusak.sipera"
    broken.write_bytes(b"PK\x03\x04" + b"\0" * 40)
    out = sipera("package", "inspect", str(broken), data_dir=kab, check=1)
    assert "Masalah:" in out.stdout

    hist = json.loads(sipera("package", "history", "--json", data_dir=desa, check=0).stdout)
    assert {h["kind"] for h in hist} >= {"enrollment", "config", "data"}
