"""`python -m knowledge.faq`: list the keys, answer one key for a date, Korean usage errors."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from knowledge.faq import load_faq

ROOT = Path(__file__).resolve().parents[2]


def test_module_command_lists_every_key_with_its_question() -> None:
    completed = subprocess.run([sys.executable, "-m", "knowledge.faq", "list"], cwd=ROOT,
                               capture_output=True, text=True, check=True)
    lines = completed.stdout.splitlines()
    assert len(lines) == len(load_faq())
    assert "spouse_leave_days\t배우자 출산휴가는 며칠이에요?" in lines


def test_module_command_rejects_unknown_sub_command_in_korean() -> None:
    completed = subprocess.run([sys.executable, "-m", "knowledge.faq", "nope"], cwd=ROOT,
                               capture_output=True, text=True)
    assert completed.returncode == 2
    assert completed.stderr.startswith("사용법: python -m knowledge.faq")


def test_module_command_answers_one_key_for_a_date() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "knowledge.faq", "answer", "fertility_leave_days", "2026-11-27"],
        cwd=ROOT, capture_output=True, text=True, check=True)
    assert "처음 4일은 유급" in completed.stdout
