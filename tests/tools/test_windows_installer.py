"""The Inno Setup script, read as ISCC would: the .osbpress association, the version, the languages.

ISCC runs only on Windows (the CI workflow compiles and installs it there);
here the script is parsed: its ``#define``s are expanded the way ISCC's
preprocessor does, with ``AppVersion`` from the command ``tools/windows.py``
builds, and the ``[Registry]`` entries are read field by field.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from osbpress import __version__
from osbpress.paths import APP_NAME
from tools.windows import SCRIPT, installer_path, iscc_command


def _defines(text: str, given: dict[str, str]) -> dict[str, str]:
    found = dict(re.findall(r'^#define (\w+) "([^"]*)"', text, re.MULTILINE))
    return found | given


def _sections(version: str) -> dict[str, list[str]]:
    """The script's sections, lines with ``{#Name}`` expanded and comments dropped."""
    raw = SCRIPT.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "without a BOM ISCC reads the script as ANSI"
    text = raw[3:].decode("utf-8")
    defines = _defines(text, {"AppVersion": version})
    sections: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        line = re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], line.strip())
        if not line or line.startswith((";", "#")):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
        else:
            sections.setdefault(current, []).append(line)
    return sections


def _entries(lines: list[str]) -> list[dict[str, str]]:
    """``Name: "value"; Other: value`` lines as dicts, quotes undone as ISCC does ("" is ")."""
    entries = []
    for line in lines:
        fields = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line)
        entries.append(
            {k: v[1:-1].replace('""', '"') if v.startswith('"') else v.strip() for k, v in fields}
        )
    return entries


def _settings(sections: dict[str, list[str]]) -> dict[str, str]:
    return dict(line.split("=", 1) for line in sections["Setup"])


@pytest.fixture
def sections() -> dict[str, list[str]]:
    """The script as ISCC sees it when ``tools/windows.py`` compiles it for this package."""
    command = iscc_command(Path("ISCC.exe"), __version__)
    (given,) = [arg for arg in command if arg.startswith("/DAppVersion=")]
    return _sections(given.removeprefix("/DAppVersion="))


def test_the_version_comes_from_the_package(sections: dict[str, list[str]]) -> None:
    settings = _settings(sections)
    assert settings["AppVersion"] == __version__
    assert settings["OutputBaseFilename"] + ".exe" == installer_path(__version__).name
    assert "#error" in SCRIPT.read_text(encoding="utf-8-sig")  # no version given, no installer


def test_the_installer_is_per_user_and_speaks_turkish_and_english(
    sections: dict[str, list[str]],
) -> None:
    settings = _settings(sections)
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["DefaultDirName"] == f"{{autopf}}\\{APP_NAME}"
    languages = {e["Name"]: e["MessagesFile"] for e in _entries(sections["Languages"])}
    assert languages == {"tr": r"compiler:Languages\Turkish.isl", "en": "compiler:Default.isl"}
    messages = dict(line.split("=", 1) for line in sections["CustomMessages"])
    assert {"tr.DraftsKept", "en.DraftsKept", "tr.DocumentName", "en.DocumentName"} <= set(messages)
    assert "%1" in messages["tr.DraftsKept"] and "%1" in messages["en.DraftsKept"]


def test_osbpress_files_open_in_the_app_with_its_icon(sections: dict[str, list[str]]) -> None:
    registry = {(e["Subkey"], e.get("ValueName", "")): e for e in _entries(sections["Registry"])}
    assert all(e["Root"] == "HKA" for e in registry.values())  # HKCU when installed per user
    prog_id = registry[(r"Software\Classes\.osbpress", "")]["ValueData"]
    assert prog_id == "OSBBasin.Bulten"
    opener = registry[(rf"Software\Classes\{prog_id}\shell\open\command", "")]
    assert opener["ValueData"] == r'"{app}\osbpress-app.exe" "%1"'
    icon = registry[(rf"Software\Classes\{prog_id}\DefaultIcon", "")]
    assert icon["ValueData"] == r"{app}\osbpress-app.exe,0"
    assert "uninsdeletekey" in registry[(rf"Software\Classes\{prog_id}", "")]["Flags"]


def test_the_installed_program_is_the_one_the_spec_builds(sections: dict[str, list[str]]) -> None:
    spec = (SCRIPT.parents[2] / "build.spec").read_text(encoding="utf-8")
    assert '_exe(app_a, "osbpress-app", console=False)' in spec
    icons = _entries(sections["Icons"])
    assert {e["Filename"] for e in icons} == {r"{app}\osbpress-app.exe"}
    assert any(e.get("Tasks") == "desktopicon" for e in icons)  # the desktop icon is optional
    assert any(e["Name"].startswith("{autoprograms}") for e in icons)  # the Start menu entry


def test_uninstalling_keeps_the_drafts(sections: dict[str, list[str]]) -> None:
    (removed,) = _entries(sections["UninstallDelete"])
    # The cache folder platformdirs gives on Windows, never the data folder above it.
    assert removed["Name"] == f"{{localappdata}}\\{APP_NAME}\\Cache"
    code = "\n".join(sections["Code"])
    assert f"{{localappdata}}\\{APP_NAME}" in code and "DraftsKept" in code
