"""Packaging contracts: the wheel carries resources/, and the desktop files name the app id.

These read files only (no Qt, no build). Building and installing the wheel, validating the
desktop files with desktop-file-validate / appstreamcli and building the bundle are done by
.ci/run and packaging/build.sh.
"""

from __future__ import annotations

import configparser
import os
import struct
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from acupress_gui.app import APP_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


class _CaseSensitiveParser(configparser.ConfigParser):
    """Desktop entry keys are case-sensitive (``Name`` and ``name`` differ)."""

    def optionxform(self, optionstr: str) -> str:
        return optionstr


def _desktop_entry() -> configparser.SectionProxy:
    parser = _CaseSensitiveParser(interpolation=None, strict=True)
    parser.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_app_id_is_reverse_dns() -> None:
    parts = APP_ID.split(".")
    assert len(parts) >= 3
    assert all(part.replace("_", "").isalnum() and not part[0].isdigit() for part in parts)


def test_wheel_force_includes_resources_inside_the_package() -> None:
    wheel = _pyproject()["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert wheel["packages"] == ["acupress_gui"]
    assert wheel["force-include"]["resources"] == "acupress_gui/resources"
    assert (ROOT / "resources" / "points.json").is_file()


def test_sdist_carries_resources_and_packaging() -> None:
    include = _pyproject()["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    assert "resources" in include
    assert "packaging" in include


def test_bundle_spec_puts_resources_where_the_wheel_does() -> None:
    spec = (PACKAGING / "acupress-gui.spec").read_text(encoding="utf-8")
    assert '"acupress_gui/resources"' in spec


def test_desktop_entry_names_the_app_id_and_the_command() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] in _pyproject()["project"]["gui-scripts"]
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert entry["Keywords"].endswith(";")


def test_metainfo_names_the_app_id_and_the_desktop_entry() -> None:
    root = _metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == "acupress-gui"
    assert root.findtext("project_license") == _pyproject()["project"]["license"]


def test_metainfo_has_description_screenshot_content_rating_and_this_release() -> None:
    root = _metainfo()
    assert root.findall("description/p")
    assert root.findtext("screenshots/screenshot/image", "").startswith("https://")
    rating = root.find("content_rating")
    assert rating is not None
    assert rating.get("type", "").startswith("oars-")
    versions = [release.get("version") for release in root.findall("releases/release")]
    assert _pyproject()["project"]["version"] in versions, (
        "add a <release> for the project's version to the metainfo"
    )


def test_icon_master_and_its_copy() -> None:
    master = ROOT / "resources" / "icons" / "acupress-gui.svg"
    copy = PACKAGING / "icons" / f"{APP_ID}.svg"
    assert master.is_file()
    assert copy.read_bytes() == master.read_bytes(), "run packaging/make_icons.py"
    ET.parse(master)  # well-formed


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_of_every_size(size: int) -> None:
    path = PACKAGING / "icons" / f"{APP_ID}-{size}.png"
    assert path.is_file(), "run packaging/make_icons.py"
    assert _png_size(path) == (size, size)


def test_build_script_is_executable() -> None:
    assert os.access(PACKAGING / "build.sh", os.X_OK)
