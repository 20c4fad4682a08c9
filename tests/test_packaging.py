"""setup.cfg stays true to the tree: every package-data glob matches a file, and every
data file a package reads is listed."""
from __future__ import annotations

import configparser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONFIG = configparser.ConfigParser()
CONFIG.read(ROOT / "setup.cfg")
GLOBS = [(package, glob.strip()) for package, globs in CONFIG["options.package_data"].items()
         for glob in globs.split(",") if glob.strip()]

#: Files inside the packages that are not Python and ship with them.
DATA_SUFFIXES = (".tsv", ".html", ".js", ".css", ".txt", ".json")


@pytest.mark.parametrize("package, glob", GLOBS)
def test_every_package_data_glob_matches_a_file(package, glob):
    assert list((ROOT / package).glob(glob)), f"{package}: {glob} matches nothing"


def test_every_data_file_is_listed():
    listed = {p for package, glob in GLOBS for p in (ROOT / package).glob(glob)}
    data = {p for package in ("events", "timeline", "output")
            for p in (ROOT / package).rglob("*") if p.suffix in DATA_SUFFIXES}
    assert not sorted(str(p.relative_to(ROOT)) for p in data - listed)
