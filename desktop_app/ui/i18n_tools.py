"""Maintain the translations: ``python -m desktop_app.ui.i18n_tools [update|release|check|fill FILE]``.

- ``update`` (default): ``pyside6-lupdate`` over ``desktop_app`` into
  ``resources/translations/sipera_en.ts`` (existing translations are kept, vanished strings
  dropped), then ``release``.
- ``release``: ``pyside6-lrelease`` every ``.ts`` in ``resources/translations`` to its ``.qm``.
- ``check``: exit 1 when the committed ``.ts`` has unfinished or empty translations, or when the
  sources hold strings the ``.ts`` does not have yet (lupdate run on a temporary copy).
- ``fill FILE``: apply a JSON file ``{"Context": {"source": "translation" | ["one", "many"]}}``
  to ``sipera_en.ts`` and mark those entries finished.

Bahasa Indonesia is the source language; ``qt_id.ts`` (hand-written) gives Qt's own buttons in
Indonesian because Qt ships no ``qtbase_id``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from desktop_app import paths

TS_NAME = "sipera_en.ts"
SOURCE_LANGUAGE = "id_ID"
TARGET_LANGUAGE = "en_US"


def translations_dir() -> Path:
    return paths.translations_dir()


def source_dir() -> Path:
    return Path(__file__).resolve().parents[1]  # desktop_app/


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` from the running venv, else from PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} tidak ditemukan. Pasang PySide6 (pip install -e '.[dev]').")
    return found


def source_files() -> list[str]:
    return sorted(str(p) for p in source_dir().rglob("*.py") if "migrations" not in p.parts)


def lupdate(ts_path: Path) -> None:
    ts_path.parent.mkdir(parents=True, exist_ok=True)
    cmd = [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
           "-source-language", SOURCE_LANGUAGE, "-target-language", TARGET_LANGUAGE,
           *source_files(), "-ts", str(ts_path)]
    subprocess.run(cmd, check=True, capture_output=True, text=True)


def release(directory: Path | None = None) -> list[Path]:
    directory = directory or translations_dir()
    out = []
    for ts in sorted(directory.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


# ----------------------------------------------------------------------------- reading the .ts


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translations: tuple[str, ...]
    kind: str  # '' (finished), 'unfinished', 'vanished', 'obsolete'
    numerus: bool


def entries(ts_path: Path) -> list[Entry]:
    root = ET.parse(ts_path).getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            if tr is None:
                texts: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                forms = tr.findall("numerusform")
                texts = tuple((f.text or "") for f in forms) if numerus else (tr.text or "",)
                kind = tr.get("type", "")
            out.append(Entry(name, msg.findtext("source") or "", texts, kind, numerus))
    return out


def problems(ts_path: Path) -> list[str]:
    """Unfinished or empty translations, as readable lines."""
    out = []
    for e in entries(ts_path):
        if e.kind in ("vanished", "obsolete"):
            continue
        if e.kind == "unfinished":
            out.append(f"unfinished: [{e.context}] {e.source!r}")
        elif not e.translations or any(not t.strip() for t in e.translations):
            out.append(f"empty: [{e.context}] {e.source!r}")
    return out


def missing_from_sources(ts_path: Path) -> list[str]:
    """Strings in the sources that the committed .ts lacks (lupdate on a temporary copy)."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ts_path.name
        shutil.copy2(ts_path, copy)
        lupdate(copy)
        have = {(e.context, e.source) for e in entries(ts_path)}
        return [f"new: [{e.context}] {e.source!r}" for e in entries(copy)
                if (e.context, e.source) not in have and e.kind not in ("vanished", "obsolete")]


# ----------------------------------------------------------------------------- filling


def fill(ts_path: Path, mapping: dict[str, dict[str, str | list[str]]]) -> int:
    """Set translations from ``{context: {source: text | [forms]}}``; returns how many were set."""
    tree = ET.parse(ts_path)
    root = tree.getroot()
    count = 0
    for ctx in root.iter("context"):
        table = mapping.get(ctx.findtext("name") or "")
        if not table:
            continue
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            if source not in table:
                continue
            value = table[source]
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            if msg.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value, value]
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value if isinstance(value, str) else value[0]
            tr.attrib.pop("type", None)
            count += 1
    write_ts(tree, ts_path)
    return count


def write_ts(tree: ET.ElementTree, ts_path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args.pop(0) if args else "update"
    ts_path = translations_dir() / TS_NAME
    if command == "update":
        lupdate(ts_path)
        release()
        todo = problems(ts_path)
        print(f"{ts_path}: {len(entries(ts_path))} string, {len(todo)} belum diterjemahkan")
        for line in todo:
            print("  " + line)
        return 0
    if command == "release":
        for qm in release():
            print(qm)
        return 0
    if command == "check":
        todo = problems(ts_path) + missing_from_sources(ts_path)
        for line in todo:
            print(line)
        print("OK" if not todo else f"{len(todo)} masalah terjemahan")
        return 1 if todo else 0
    if command == "fill" and args:
        mapping = json.loads(Path(args[0]).read_text(encoding="utf-8"))
        print(f"{fill(ts_path, mapping)} terjemahan diisi")
        release()
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
