"""`python -m knowledge` as shared/API.md fixes it: JSON out and exit 0, or one Korean line and exit 2."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bot.paths import ROOT


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "knowledge", *args], input=stdin, text=True,
                          capture_output=True, cwd=ROOT)


CASE = {"role": "worker", "as_of": "2026-11-24", "worker": {"monthly_wage": 3000000, "insured_days": 400},
        "children": [{"birth_date": "2026-03-01"}], "plan": {"parental_leave_months": 12}}


def test_evaluate_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(CASE), encoding="utf-8")
    completed = run_cli("evaluate", str(path))
    assert completed.returncode == 0, completed.stderr
    result = json.loads(completed.stdout)
    leave = next(p for p in result["programs"] if p["id"] == "parental_leave")
    assert leave["benefit"]["total"] == 23100000


def test_evaluate_from_stdin() -> None:
    completed = run_cli("evaluate", "-", stdin=json.dumps(CASE))
    assert completed.returncode == 0
    assert json.loads(completed.stdout)["as_of"] == "2026-11-24"


def test_bad_field_exits_2_with_one_korean_line() -> None:
    completed = run_cli("evaluate", "-", stdin=json.dumps({**CASE, "worker": {"monthly_wage": -1}}))
    assert completed.returncode == 2
    assert completed.stderr == "worker.monthly_wage: 음수일 수 없습니다\n"
    assert completed.stdout == ""


def test_malformed_json_exits_2() -> None:
    completed = run_cli("evaluate", "-", stdin="{role: worker")
    assert completed.returncode == 2
    assert completed.stderr.startswith("CASE: JSON 형식이 잘못됐어요")


def test_missing_file_exits_2() -> None:
    completed = run_cli("evaluate", "/nonexistent/case.json")
    assert completed.returncode == 2
    assert "파일을 읽을 수 없어요" in completed.stderr


def test_date_outside_the_modelled_range_exits_2() -> None:
    completed = run_cli("evaluate", "-", stdin=json.dumps({**CASE, "as_of": "2020-01-01", "children": []}))
    assert completed.returncode == 2
    assert "기간 밖" in completed.stderr


def test_programs_lists_ids_names_and_audiences() -> None:
    completed = run_cli("programs")
    assert completed.returncode == 0
    programs = json.loads(completed.stdout)
    assert {"id": "parental_leave", "name": "육아휴직", "audience": "worker"} in programs


def test_estimate_prints_what_a_program_pays_a_wage() -> None:
    completed = run_cli("estimate", "parental_leave", "1500000", "--as-of", "2026-11-24")
    assert completed.returncode == 0, completed.stderr
    estimate = json.loads(completed.stdout)
    assert [row["amount"] for row in estimate["benefit"]["monthly"]] == [1500000] * 6 + [1200000] * 6
    assert estimate["benefit"]["total"] == 16200000 and estimate["as_of"] == "2026-11-24"


def test_estimate_refuses_bad_input_with_one_korean_line() -> None:
    assert run_cli("estimate", "parental_leave", "-300").stderr == "worker.monthly_wage: 음수일 수 없습니다\n"
    assert run_cli("estimate", "parental_leave", "300만").stderr == "worker.monthly_wage: 숫자여야 해요\n"
    assert run_cli("estimate", "parental_leave", "3000000", "--as-of", "2026-02-30").stderr == \
        "as_of: YYYY-MM-DD 형식의 날짜여야 해요\n"
    no_estimate = run_cli("estimate", "maternity_leave", "3000000")
    assert (no_estimate.returncode, no_estimate.stderr) == (2, "program: 이 제도는 주신 값만으로 금액을 계산할 수 없어요\n")


def test_estimate_of_reduced_hours_takes_the_hours_before_and_after() -> None:
    completed = run_cli("estimate", "childcare_reduced_hours", "3000000", "--as-of", "2026-11-24",
                        "--weekly-hours", "40", "--reduced-hours", "20")
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout)["benefit"]["monthly"] == [{"month": 1, "amount": 1025000}]
