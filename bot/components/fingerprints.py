"""Fingerprints that make Rasa retrain a component when its code or its data files change.

Rasa caches trained components by a fingerprint of their config and training data only. These
components also read files of their own (user dictionary, rule patterns) and store trained
state in a format their code defines, so without this a changed dictionary or a new storage
format would be served from the cache: a stale model, or one the new code cannot load.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Dict, Iterable, Optional

COMPONENTS_DIR = Path(__file__).resolve().parent


def files_fingerprint(paths: Iterable[Path]) -> str:
    """SHA-256 over the names and bytes of the files (folders: every file inside, sorted)."""
    digest = hashlib.sha256()
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.exists() and "__pycache__" not in file.parts:
                digest.update(file.name.encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()


def component_fingerprint(config: Dict[str, Any], *data_keys: str) -> Optional[str]:
    """The components' source code plus the data files named by ``config[key]`` for each key."""
    data = [Path(str(config[key])) for key in data_keys if config.get(key)]
    sources = sorted(COMPONENTS_DIR.glob("*.py"))
    return files_fingerprint([*sources, *data])
