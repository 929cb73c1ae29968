"""Plausibility limits for case input (not law: they catch typos such as a wage with three extra zeros).

The limits live in `input_limits.yaml` next to this module so that no amount is written in code.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

LIMITS_FILE = Path(__file__).parent / "input_limits.yaml"


@lru_cache(maxsize=1)
def _limits() -> dict[str, float]:
    with LIMITS_FILE.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)["upper_bounds"]


def limit(path: str) -> float | None:
    """Upper bound for a case field path (`children[3].x` → `children.x`), or None."""
    generic = path.split("[")[0] + ("." + path.split("].", 1)[1] if "]." in path else "")
    return _limits().get(generic)
