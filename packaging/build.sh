#!/usr/bin/env bash
# Build the one-folder bundle of acupress-gui with PyInstaller, smoke-test it with --self-test
# (no display), add the desktop integration files and pack it as a tarball.
#
#   packaging/build.sh [OUT_DIR]        (default: $ACUPRESS_BUILD_DIR or /tmp/acupress-gui-build)
#
# Output, all under OUT_DIR (nothing is written into the repository):
#   dist/acupress-gui/                              the bundle: run dist/acupress-gui/acupress-gui
#   acupress-gui-<version>-linux-<arch>.tar.gz      the bundle as a tarball
#   venv/, work/                                    build environment and PyInstaller's work files
#
# The bundle is built in its own environment (OUT_DIR/venv) holding exactly the locked runtime
# dependencies, so no dev tool (pytest, mypy, hypothesis ...) can end up in it and the
# project's .venv is left alone. PyInstaller is added for this run only (uv run --with); it is
# not a dependency of the project.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-${ACUPRESS_BUILD_DIR:-/tmp/acupress-gui-build}}"
mkdir -p "$out"
out=$(cd "$out" && pwd)
app_id="io.github.acupressgui.AcupressGui"
version=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | sed -n 1p)
start=$(date +%s)
step() { printf '\n== %s (%ss)\n' "$*" "$(( $(date +%s) - start ))"; }

step "pyinstaller (acupress-gui $version, into $out)"
UV_PROJECT_ENVIRONMENT="$out/venv" uv run --locked --no-dev --with "pyinstaller>=6.10" \
  pyinstaller --noconfirm --clean packaging/acupress-gui.spec \
  --distpath "$out/dist" --workpath "$out/work"
bundle="$out/dist/acupress-gui"
python="$out/venv/bin/python"

step "self-test of the bundle, with no display"
cfg=$(mktemp -d)
trap 'rm -rf "$cfg"' EXIT
# From another folder, with no display and no Qt platform chosen: the app must fall back to
# offscreen by itself and find its resources inside the bundle.
result=$(cd "$cfg" && env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
  "$bundle/acupress-gui" --self-test --config-dir "$cfg/config")
echo "$result"
"$python" -c 'import json, sys; r = json.loads(sys.argv[1].splitlines()[-1]); sys.exit(0 if r.get("ok") is True else "self-test: ok is not true")' "$result"

step "desktop integration files (share/)"
share="$bundle/share"
install -Dm644 "packaging/$app_id.desktop" "$share/applications/$app_id.desktop"
install -Dm644 "packaging/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
install -Dm644 "packaging/icons/$app_id.svg" "$share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 24 32 48 64 128 256 512; do
  install -Dm644 "packaging/icons/$app_id-$size.png" \
    "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done

step "tarball"
tarball="$out/acupress-gui-$version-linux-$(uname -m).tar.gz"
tar -C "$out/dist" -czf "$tarball" acupress-gui

step "size"
bytes=$(du -sb "$bundle" | cut -f1)
printf 'bundle %s: %s MB unpacked (%s), %s files; tarball %s MB\n' \
  "$bundle" "$(( bytes / 1000000 ))" "$(du -sh "$bundle" | cut -f1)" \
  "$(find "$bundle" -type f | wc -l)" "$(( $(stat -c %s "$tarball") / 1000000 ))"
echo "largest files:"
find "$bundle" -type f -printf '%s %P\n' | sort -rn |
  awk 'NR <= 12 { printf "  %5.1f MB  %s\n", $1 / 1000000, $2 }'
step "done"
