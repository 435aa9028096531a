"""Imports flow one way: models <- extractors/classifiers <- pipeline <- flows."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("models", "extractors", "classifiers", "pipeline", "flows")
ALLOWED = {
    "models": set(),
    "extractors": {"models"},
    "classifiers": {"models"},
    "pipeline": {"models", "extractors", "classifiers"},
    "flows": {"models", "pipeline"},
}


def imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            # A relative import stays inside its own package.
            continue
    return names & set(PACKAGES)


@pytest.mark.parametrize("package", PACKAGES)
def test_package_imports_only_allowed_packages(package: str) -> None:
    modules = sorted((REPO_ROOT / package).rglob("*.py"))
    assert modules, f"{package}/ has no modules"
    wrong = {
        str(module.relative_to(REPO_ROOT)): sorted(imported_packages(module) - ALLOWED[package] - {package})
        for module in modules
    }
    wrong = {module: names for module, names in wrong.items() if names}
    assert wrong == {}


def test_checker_sees_a_wrong_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("from pipeline.scan import discover_files\nimport flows.cli\n")
    assert imported_packages(module) == {"pipeline", "flows"}
