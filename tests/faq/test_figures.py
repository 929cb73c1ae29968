"""Figures written as parameter names come from knowledge/parameters for the date asked."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from knowledge.errors import LawDataError
from knowledge.faq import answer_faq
from knowledge.faq.figures import fill, format_value
from knowledge.faq.loader import load_file
from knowledge.faq.render import render_answer
from knowledge.law import DatedValue, Law, Parameter


def law_with(name: str, unit: str, *values: tuple[str, object, str]) -> Law:
    dated = tuple(DatedValue(value, date.fromisoformat(day), "테스트 조문", grade) for day, value, grade in values)
    return Law({name: Parameter(name, "테스트", unit, dated)})


@pytest.mark.parametrize(("value", "unit", "text"), [
    (2200000, "KRW", "220만"), (23100000, "KRW", "2,310만"), (1684210, "KRW", "1,684,210"),
    (500000, "KRW", "50만"), (0.8, "rate", "80"), (20, "days", "20"), (1.5, "months", "1.5"),
    ("500만원 이하 과태료", "text", "500만원 이하 과태료"),
])
def test_values_are_written_the_korean_way(value: object, unit: str, text: str) -> None:
    assert format_value(value, unit) == text


def test_fill_uses_the_value_in_force_and_the_weakest_grade() -> None:
    law = law_with("leave.days", "days", ("2025-01-01", 10, "A"), ("2025-02-23", 20, "C"))
    assert fill("{leave.days}일", date(2025, 2, 22), law).text == "10일"
    filled = fill("{leave.days}일, 예전 {leave.days@2025-01-01}일", date(2025, 2, 23), law)
    assert filled.text == "20일, 예전 10일"
    assert filled.weakest_grade == "C"


def test_a_c_figure_in_an_a_answer_brings_the_1350_caveat(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(ENTRY.replace("PARAM", "leave.days"), encoding="utf-8")
    law = law_with("leave.days", "days", ("2025-01-01", 10, "A"), ("2026-01-01", 20, "C"))
    entry = load_file(path, law)["spouse_leave_days"]
    assert render_answer(entry, date(2025, 12, 31), law).caveat is None
    answer = render_answer(entry, date(2026, 1, 1), law)
    assert answer.text.startswith("배우자 출산휴가는 20일이에요.")
    assert answer.confidence == "C" and "국번없이 1350" in answer.caveat


def test_reduced_hours_caps_follow_the_parameters() -> None:
    assert "월 상한 220만원" in answer_faq("reduced_hours_pay", date(2025, 12, 31)).text
    answer = answer_faq("reduced_hours_pay", date(2026, 1, 1))
    assert "월 상한 250만원" in answer.text and "월 상한 160만원" in answer.text


def test_penalties_come_from_the_penalty_parameters() -> None:
    answer = answer_faq("parental_leave_return_position", date(2026, 11, 24))
    assert "어기면 500만원 이하 벌금이고" in answer.text
    assert "3년 이하 징역 또는 3천만원 이하 벌금이에요" in answer.text


ENTRY = """\
topic: 테스트
entries:
  spouse_leave_days:
    question: 며칠이에요?
    answer: 배우자 출산휴가는 {PARAM}일이에요. 모두 유급이에요.
    basis: 남녀고용평등법 제18조의2
    effective_from: 2025-02-23
    changed_from: null
    confidence: A
    programs: [spouse_birth_leave]
"""


def test_unknown_parameter_is_rejected_at_load(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(ENTRY.replace("PARAM", "spouse_birth_leave.no_such"), encoding="utf-8")
    with pytest.raises(LawDataError, match="매개변수 'spouse_birth_leave.no_such'가 knowledge/parameters에 없어요"):
        load_file(path)


def test_parameter_not_yet_in_force_for_the_answer_date_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(ENTRY.replace("PARAM", "leave.days"), encoding="utf-8")
    law = law_with("leave.days", "days", ("2026-01-01", 20, "A"))
    with pytest.raises(LawDataError, match="2026-01-01부터라 2025-02-23의 답변에 쓸 수 없어요"):
        load_file(path, law)


def test_a_table_parameter_cannot_go_into_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(ENTRY.replace("PARAM", "leave.table"), encoding="utf-8")
    law = law_with("leave.table", "table", ("2025-01-01", {"a": 1}, "A"))
    with pytest.raises(LawDataError, match="문장에 넣을 수 없는 단위예요"):
        load_file(path, law)
