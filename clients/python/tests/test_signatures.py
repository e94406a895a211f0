"""The manager's public methods against the original's: names, parameters, defaults, return types."""
from __future__ import annotations

import inspect
import os
import re
from pathlib import Path

import pytest

from botstore import SelfLearningDatabase
from tools.api_reference import signature

RESOURCES = Path(__file__).parent / "resources"


def reference(name: str) -> list[str]:
    return [line.strip() for line in (RESOURCES / name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def rendered(name: str) -> str:
    return signature(name, inspect.getattr_static(SelfLearningDatabase, name))


def test_every_method_of_the_original_manager_is_there_with_its_exact_signature():
    expected = reference("upstream-manager-signatures.txt")
    names = [re.match(r"(?:async )?(\w+)\(", line).group(1) for line in expected]
    assert [rendered(name) for name in names] == expected


def test_the_method_list_has_118_methods_and_all_are_async_methods_of_the_client():
    methods = [line.split()[1] for line in reference("upstream-manager-methods.txt")]
    assert len(methods) == 118
    missing = [m for m in methods if not inspect.iscoroutinefunction(getattr(SelfLearningDatabase, m, None))]
    assert missing == []


def test_the_reference_files_in_the_repository_are_copies_of_the_shared_ones():
    shared = Path(os.environ.get("BOTSTORE_SHARED_REFERENCE") or Path(__file__).resolve().parents[4] / "shared"
                  / "reference")
    if not (shared / "upstream-manager-signatures.txt").exists():
        pytest.skip(f"no shared reference files in {shared} to compare with")
    for name in ("upstream-manager-methods.txt", "upstream-manager-signatures.txt"):
        assert (shared / name).read_text(encoding="utf-8") == (RESOURCES / name).read_text(encoding="utf-8")
