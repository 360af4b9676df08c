"""DESIGN.md's dependency direction: nlu, flows, storage, crm and campaigns never import a
channel SDK (only campaigns reach bot.channels), and never read the environment."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {
    "nlu": {"bot", "flows", "storage", "aiogram", "pywa", "starlette", "uvicorn"},
    "flows": {"bot", "aiogram", "pywa", "starlette", "uvicorn", "httpx"},
    "storage": {"bot", "flows", "nlu", "aiogram", "pywa", "starlette", "uvicorn"},
    # the console reaches the channels only through the Deliver callable the runtime gives it
    "crm": {"bot", "nlu", "aiogram", "pywa", "uvicorn", "httpx"},
    # campaigns send through bot.channels (DESIGN.md), never through an SDK of their own
    "campaigns": {"nlu", "crm", "aiogram", "pywa", "starlette", "uvicorn", "httpx"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_respects_dependency_direction(package: str) -> None:
    offenders = []
    for path in sorted((ROOT / package).rglob("*.py")):
        bad = _imports(path) & FORBIDDEN[package]
        if bad:
            offenders.append(f"{path.relative_to(ROOT)} imports {sorted(bad)}")
    assert not offenders, offenders


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_never_reads_the_environment(package: str) -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / package).rglob("*.py"))
        if "os.environ" in path.read_text("utf-8") or "getenv(" in path.read_text("utf-8")
    ]
    assert not offenders, offenders
