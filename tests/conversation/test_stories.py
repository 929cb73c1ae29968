"""The test conversations (tests/conversation/test_stories_*.yml) against the trained CI model.

`rasa test core --fail-on-prediction-errors` fails on the first wrong action; the report names
the story and the step.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from bot.paths import ROOT

STORIES = sorted(Path(__file__).parent.glob("test_stories_*.yml"))


def test_there_are_at_least_forty_test_conversations():
    count = sum(len(yaml.safe_load(p.read_text(encoding="utf-8"))["stories"]) for p in STORIES)
    assert count >= 40


def test_every_conversation_predicts_every_action(ci_model, tmp_path):
    command = [sys.executable, "-m", "rasa", "test", "core", "--model", str(ci_model),
               "--stories", str(Path(__file__).parent), "--fail-on-prediction-errors",
               "--out", str(tmp_path), "--no-plot"]
    completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1200)
    output = completed.stdout + completed.stderr
    assert completed.returncode == 0, output[-4000:]
    failed = tmp_path / "failed_test_stories.yml"
    assert not failed.exists() or "- story:" not in failed.read_text(encoding="utf-8")
