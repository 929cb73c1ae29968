"""Shared fixtures: the small trained model every Rasa test uses, trained once per session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.paths import ROOT

CI_MODEL_DIR = ROOT / "build" / "models"


@pytest.fixture(scope="session")
def ci_model() -> Path:
    """A trained model with capped epochs (WORKLIFE_EPOCHS, default 60); cached by input hash."""
    from bot.train import train_model

    return train_model(CI_MODEL_DIR, int(os.environ.get("WORKLIFE_EPOCHS", "60")))
