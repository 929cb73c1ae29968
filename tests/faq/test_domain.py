"""The committed Rasa domain part equals the generator's output, so the two cannot drift."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from knowledge.faq import load_faq
from knowledge.faq.domain import render_domain

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "bot" / "domain" / "faq.yml"


def test_committed_domain_equals_the_generator_output() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == render_domain(load_faq()), (
        "bot/domain/faq.yml is stale: run `python -m knowledge.faq domain > bot/domain/faq.yml`")


def test_module_command_prints_the_same_domain() -> None:
    completed = subprocess.run([sys.executable, "-m", "knowledge.faq", "domain"], cwd=ROOT,
                               capture_output=True, text=True, check=True)
    assert completed.stdout == COMMITTED.read_text(encoding="utf-8")


def test_one_response_per_key_and_the_answering_action() -> None:
    domain = yaml.safe_load(COMMITTED.read_text(encoding="utf-8"))
    assert domain["actions"] == ["action_answer_faq"]
    assert set(domain["responses"]) == {f"utter_faq/{key}" for key in load_faq()}
    text = domain["responses"]["utter_faq/spouse_leave_days"][0]["text"]
    assert "출산예정일 50일 전부터" in text and "근거: 남녀고용평등법 제18조의2" in text


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
