"""Load the OpenAPI 3.1 document (openapi.yaml beside this module) once at start-up."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

OPENAPI_PATH = Path(__file__).resolve().parent / "openapi.yaml"


def load_openapi_document(path: Path = OPENAPI_PATH) -> dict[str, Any]:
    """The API description served at `/api/v1/openapi.json`."""
    with path.open(encoding="utf-8") as document:
        return yaml.safe_load(document)
