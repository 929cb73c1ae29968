"""Direct answers (`describe_program`) for the leave and reduced-hours programs, as in force on a date.

These are the lines the bot sends for "배우자 출산휴가 며칠이에요?"-style questions, so they must carry
the figures of the day asked about, and the HR facts (penalties) the conversation needs.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from knowledge import LawDataError, describe_program
from knowledge.law import Law, load_directory, load_file
from knowledge.programs.miscarriage_leave import days_for_week
from knowledge.rules import LawReader

PARAMETERS = Path(__file__).resolve().parents[2] / "knowledge" / "parameters"


def summary(program_id: str, on: date) -> str:
    return " ".join(describe_program(program_id, on)["summary"])


def test_spouse_birth_leave_answer_in_2026_is_20_paid_days_from_50_days_before_the_due_date() -> None:
    text = summary("spouse_birth_leave", date(2026, 11, 24))
    assert "배우자 출산전후휴가는 20일이고 모두 유급이에요." in text
    assert "출산예정일 50일 전부터 출산일로부터 120일 이내" in text
    assert "1,684,210원까지" in text


def test_spouse_birth_leave_answer_before_2025_02_23_is_10_days_within_90_days() -> None:
    text = summary("spouse_birth_leave", date(2025, 2, 22))
    assert "배우자 출산휴가는 10일이고" in text
    assert "출산일로부터 90일 이내" in text
    assert "5일분 통상임금을 401,910원까지" in text


def test_maternity_leave_answer_gives_lengths_and_the_cap_of_the_day() -> None:
    described = describe_program("maternity_leave", date(2025, 12, 31))
    assert "90일이에요(다태아 120일, 미숙아 100일)" in described["summary"][0]
    assert described["facts"]["monthly_cap"] == 2100000
    assert describe_program("maternity_leave", date(2026, 1, 1))["facts"]["monthly_cap"] == 2200000
    assert described["facts"]["penalties"]["refuse_maternity_leave"] == {
        "penalty": "2년 이하 징역 또는 2천만원 이하 벌금", "basis": "근로기준법 제110조 제1호 (제74조 제1항~제5항)"}


def test_fertility_leave_answer_switches_to_four_paid_days_on_2026_11_27() -> None:
    assert "연 6일이고, 최초 2일은 유급" in summary("fertility_leave", date(2026, 11, 26))
    assert "연 6일이고, 최초 4일은 유급" in summary("fertility_leave", date(2026, 11, 27))


def test_spouse_miscarriage_leave_answer_says_when_it_starts_before_2026_09_18() -> None:
    assert summary("spouse_miscarriage_leave", date(2026, 9, 17)) == "배우자 유산·사산휴가는 2026-09-18부터 시행돼요."
    after = describe_program("spouse_miscarriage_leave", date(2026, 9, 18))
    assert "5일까지 쉴 수 있고, 최초 3일은 유급" in after["summary"][0]
    assert after["facts"]["penalties"]["refuse_spouse_miscarriage_leave"]["penalty"] == "500만원 이하 과태료"


def test_childcare_reduced_hours_answer_shows_the_refusal_rule_of_the_day() -> None:
    before = describe_program("childcare_reduced_hours", date(2026, 9, 17))["facts"]["refusal_grounds"]
    after = describe_program("childcare_reduced_hours", date(2026, 9, 18))["facts"]["refusal_grounds"]
    assert "대체인력 채용이 불가능한 경우" in before
    assert "정상적인 사업 운영에 중대한 지장" in after
    assert "월 최대 625,000원" in summary("childcare_reduced_hours", date(2026, 1, 1))
    assert "월 최대 550,000원" in summary("childcare_reduced_hours", date(2025, 12, 31))


def test_pregnancy_reduced_hours_answer_moves_from_36_to_32_weeks() -> None:
    assert "12주 이내 또는 36주 이후" in summary("pregnancy_reduced_hours", date(2025, 2, 22))
    assert "12주 이내 또는 32주 이후" in summary("pregnancy_reduced_hours", date(2025, 2, 23))


@pytest.mark.parametrize("program_id", [
    "maternity_leave", "miscarriage_leave", "spouse_birth_leave", "childcare_reduced_hours",
    "pregnancy_reduced_hours", "fertility_leave", "family_care_leave", "family_care_absence",
    "family_care_reduced_hours"])
def test_every_answer_cites_its_values_and_names_the_penalties(program_id: str) -> None:
    described = describe_program(program_id, date(2026, 11, 24))
    assert 2 <= len(described["summary"]) <= 4
    assert all(re.search(r"요(\([^)]*\))?\.$", line) for line in described["summary"])  # 해요체 sentences
    assert described["parameters"] and described["basis"]
    assert described["facts"]["penalties"]


def test_a_miscarriage_day_table_without_an_open_last_row_is_a_data_error(tmp_path: Path) -> None:
    broken = tmp_path / "miscarriage_leave.yaml"
    broken.write_text(
        "days_by_week:\n  description: 표\n  unit: table\n  values:\n"
        "    2025-01-01: {value: [[11, 10], [27, 60]], source: 시험용, confidence: C}\n", encoding="utf-8")
    law = Law({**load_directory(PARAMETERS), **load_file(broken)})
    assert days_for_week(20, LawReader(law), date(2026, 1, 1)) == 60
    with pytest.raises(LawDataError, match="days_by_week: 마지막 행은 상한 없는"):
        days_for_week(30, LawReader(law), date(2026, 1, 1))
