"""Interoperability with the stock Debian ``minisign`` and ``age`` command-line tools.

The package format promises that anyone can check a package without SIPERA (see
docs/package-format.md). CI installs the tools (``apt-get install minisign age``); without them
these tests are skipped with that reason.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from desktop_app.sync.keys import PublicKeys, load_identity
from desktop_app.sync.manifest import Target
from desktop_app.sync.package import StaticTrust, TrustedKey, open_package

from .conftest import DESA, KAB, World, read_members, write_zip

MINISIGN = shutil.which("minisign")
AGE = shutil.which("age")
needs_minisign = pytest.mark.skipif(
    MINISIGN is None, reason="stock minisign CLI not installed (apt-get install minisign)"
)
needs_age = pytest.mark.skipif(AGE is None, reason="stock age CLI not installed (apt-get install age)")


def run(
    *args: str | Path, cwd: Path | None = None, input: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(a) for a in args], cwd=cwd, input=input, capture_output=True, timeout=60)


def unzip(path: Path, into: Path) -> Path:
    into.mkdir()
    with zipfile.ZipFile(path) as zf:
        zf.extractall(into)
    return into


@needs_minisign
def test_stock_minisign_verifies_our_signature(world: World, tmp_path: Path) -> None:
    built = world.build("data")
    folder = unzip(built.path, tmp_path / "x")
    pub = tmp_path / "village.pub"
    pub.write_text(world.village.public.minisign_pub_text())
    ok = run(MINISIGN, "-Vm", "manifest.json", "-p", pub, cwd=folder)
    assert ok.returncode == 0, ok.stderr
    assert f"sipera data {built.package_id}" in ok.stdout.decode()  # the trusted comment
    # the key files on disk work as they are: minisign -V -p sipera.pub
    assert (
        run(
            MINISIGN, "-Vm", folder / "manifest.json", "-p", world.key_dirs["village"] / "sipera.pub"
        ).returncode
        == 0
    )
    # and it refuses an edited manifest
    (folder / "manifest.json").write_bytes(
        (folder / "manifest.json").read_bytes().replace(b'"sequence": 1', b'"sequence": 2')
    )
    bad = run(MINISIGN, "-Vm", "manifest.json", "-p", pub, cwd=folder)
    assert bad.returncode != 0


@needs_age
def test_stock_age_decrypts_our_payload(world: World, tmp_path: Path) -> None:
    built = world.build("data")
    folder = unzip(built.path, tmp_path / "x")
    payload = folder / "payload.jsonl.age"
    assert hashlib.sha256(payload.read_bytes()).hexdigest() == built.manifest.payload.sha256
    key_file = world.key_dirs["district"] / "age.key"
    out = run(AGE, "-d", "-i", key_file, payload)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.decode().splitlines()
    assert len(lines) == built.manifest.counts["lines"]
    assert json.loads(lines[0])["desa_code"] == DESA
    wrong = run(AGE, "-d", "-i", world.key_dirs["stranger"] / "age.key", payload)
    assert wrong.returncode != 0


@needs_age
def test_we_decrypt_what_stock_age_encrypted(world: World, tmp_path: Path) -> None:
    plain = b'{"hello": "desa"}\n'
    enc = run(AGE, "-r", world.district.recipient, input=plain)
    assert enc.returncode == 0, enc.stderr
    assert world.district.decrypt(enc.stdout) == plain


@needs_minisign
def test_we_verify_a_stock_minisign_signature(world: World, tmp_path: Path) -> None:
    """A key made by stock ``minisign -G -W`` loads as a SIPERA key; stock signatures verify."""
    keys = tmp_path / "stock-keys"
    keys.mkdir()
    made = run(MINISIGN, "-G", "-W", "-p", keys / "sipera.pub", "-s", keys / "sipera.key")
    assert made.returncode == 0, made.stderr
    # borrow an age identity (age-keygen is not needed: copy one of ours)
    village_dir = world.key_dirs["village"]
    for name in ("age.key", "age.pub"):
        shutil.copy(village_dir / name, keys / name)
    stock = load_identity(keys)
    assert stock.public == PublicKeys.from_minisign_pub(
        (keys / "sipera.pub").read_text(), world.village.recipient
    )
    # same key id as minisign's (its comment prints it with %PRIX64: no leading zeros)
    comment = (keys / "sipera.pub").read_text().splitlines()[0]
    assert int(comment.rsplit(" ", 1)[1], 16) == int(stock.key_id, 16)

    built = world.build("data", identity=stock)
    trust = StaticTrust([TrustedKey(stock.public, DESA, "desa")])
    # replace our signature with one made by the stock tool on the same manifest
    folder = unzip(built.path, tmp_path / "x")
    (folder / "manifest.json.minisig").unlink()
    signed = run(
        MINISIGN,
        "-S",
        "-s",
        keys / "sipera.key",
        "-m",
        folder / "manifest.json",
        "-t",
        "signed by stock minisign",
    )
    assert signed.returncode == 0, signed.stderr
    members = [(n, (folder / n).read_bytes()) for n, _ in read_members(built.path)]
    repacked = write_zip(tmp_path / "stock.sipera", members)
    opened = open_package(
        repacked, trust=trust, identity=world.district, expect_target=Target("kabupaten", KAB)
    )
    assert opened.signer == stock.public and len(opened.records) == 6
