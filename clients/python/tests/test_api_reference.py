"""API.md is what tools/api_reference.py makes of the docstrings today."""
from __future__ import annotations

from pathlib import Path

from tools.api_reference import reference


def test_the_api_reference_matches_the_docstrings():
    written = (Path(__file__).parents[1] / "API.md").read_text(encoding="utf-8")
    assert written == reference(), "run: python tools/api_reference.py > API.md"
