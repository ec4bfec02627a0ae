#!/usr/bin/env bash
# Build the SIPERA onedir bundle (dist/SIPERA/) and smoke-test it.
#
#   bash installer/build.sh            # from the project root (or `make dist`)
#   SKIP_SMOKE=1 bash installer/build.sh   # build and size check only
#
# Fails when: PyInstaller fails, the folder is over MAX_MB (150), or the smoke test fails.
# Works on Linux and on Windows under Git Bash / MSYS2 (uses .venv/Scripts there).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

MAX_MB="${MAX_MB:-150}"
DIST_DIR="dist/SIPERA"

if [[ -x .venv/bin/pyinstaller ]]; then
    PYINSTALLER=.venv/bin/pyinstaller
    PYTHON=.venv/bin/python
elif [[ -x .venv/Scripts/pyinstaller.exe ]]; then
    PYINSTALLER=.venv/Scripts/pyinstaller.exe
    PYTHON=.venv/Scripts/python.exe
else
    echo "build.sh: .venv has no pyinstaller; run: .venv/bin/python -m pip install -e '.[dev]'" >&2
    exit 2
fi

echo "== cleaning build/ and dist/"
rm -rf build dist

echo "== pyinstaller $("$PYINSTALLER" --version) (python: $("$PYTHON" -c 'import sys; print(sys.version.split()[0])'))"
start=$(date +%s)
"$PYINSTALLER" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build installer/sipera.spec
echo "== built in $(( $(date +%s) - start )) s"

[[ -d "$DIST_DIR" ]] || { echo "FAIL: $DIST_DIR was not created" >&2; exit 1; }

# Size: du -sk counts allocated blocks; that is what a user's disk pays.
size_kb=$(du -sk "$DIST_DIR" | cut -f1)
size_mb=$(( (size_kb + 1023) / 1024 ))
echo "== bundle size: $(du -sh "$DIST_DIR" | cut -f1)  (${size_mb} MB, budget ${MAX_MB} MB)"
echo "   largest files:"
find "$DIST_DIR" -type f -printf '%s\t%P\n' 2>/dev/null | sort -rn | head -12 \
    | awk -F'\t' '{ printf "   %7.1f MB  %s\n", $1/1048576, $2 }' || true
if (( size_mb > MAX_MB )); then
    echo "FAIL: $DIST_DIR is ${size_mb} MB, over the ${MAX_MB} MB budget" >&2
    exit 1
fi

if [[ "${SKIP_SMOKE:-0}" == "1" ]]; then
    echo "== smoke test skipped (SKIP_SMOKE=1)"
    exit 0
fi

echo "== smoke test"
"$PYTHON" installer/smoke_test.py "$DIST_DIR" --max-mb "$MAX_MB"
