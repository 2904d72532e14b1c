"""The package list in pyproject.toml names every package, so a built wheel is complete."""

from __future__ import annotations

from pathlib import Path

import tomllib

ROOT = Path(__file__).parent.parent


def test_every_package_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "extractor").rglob("__init__.py")
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages"
    assert {"extractor.models", "extractor.models.lexicons"} <= listed
