"""Bad case input is refused with a Korean message naming the field; nothing is guessed."""
from __future__ import annotations

import pytest

from knowledge import InvalidCaseError, evaluate, parse_case

BASE = {"role": "worker", "as_of": "2026-11-24"}

BAD_CASES = [
    ({**BASE, "worker": {"monthly_wage": -1}}, "worker.monthly_wage", "음수일 수 없습니다"),
    ({**BASE, "worker": {"monthly_wage": 3_000_000_000}}, "worker.monthly_wage", "클 수 없어요"),
    ({**BASE, "worker": {"monthly_wage": "삼백만"}}, "worker.monthly_wage", "숫자여야"),
    ({**BASE, "worker": {"monthly_wage": 2500000.5}}, "worker.monthly_wage", "정수여야"),
    ({**BASE, "worker": {"monthly_wage": True}}, "worker.monthly_wage", "숫자여야"),
    ({**BASE, "worker": {"weekly_hours": 200}}, "worker.weekly_hours", "클 수 없어요"),
    ({**BASE, "worker": {"single_parent": "yes"}}, "worker.single_parent", "true 또는 false"),
    ({**BASE, "worker": {"gender": "m"}}, "worker.gender", "female, male"),
    ({**BASE, "worker": {"montly_wage": 1}}, "worker.montly_wage", "알 수 없는 항목"),
    ({**BASE, "children": [{"birth_date": "2026-02-30"}]}, "children[0].birth_date", "없는 날짜"),
    ({**BASE, "children": [{"birth_date": "2026/02/01"}]}, "children[0].birth_date", "YYYY-MM-DD"),
    ({**BASE, "children": [{"birth_date": "2027-01-01"}]}, "children[0].birth_date", "기준일"),
    ({**BASE, "children": {"birth_date": "2026-01-01"}}, "children", "목록"),
    ({**BASE, "pregnancy": {"weeks": 60}}, "pregnancy.weeks", "클 수 없어요"),
    ({**BASE, "pregnancy": {"ended": "abortion"}}, "pregnancy.ended", "miscarriage, stillbirth"),
    ({**BASE, "company": {"industry": "bakery"}}, "company.industry", "manufacturing"),
    ({**BASE, "company": {"headcount": -5}}, "company.headcount", "음수"),
    ({**BASE, "plan": {"parental_leave_start": 20261201}}, "plan.parental_leave_start", "문자열"),
    ({**BASE, "as_of": "2026-13-01"}, "as_of", "없는 날짜"),
    ({"as_of": "2026-11-24"}, "role", "worker 또는 employer"),
    ({**BASE, "role": "boss"}, "role", "worker 또는 employer"),
    ({**BASE, "salary": 1}, "salary", "알 수 없는 항목"),
    ([], "case", "JSON 객체"),
]


@pytest.mark.parametrize("case,field,message", BAD_CASES, ids=[c[1] + ":" + c[2] for c in BAD_CASES])
def test_bad_input_names_the_field_in_korean(case: object, field: str, message: str) -> None:
    with pytest.raises(InvalidCaseError) as raised:
        evaluate(case)
    assert raised.value.field == field
    assert message in raised.value.message
    assert str(raised.value).startswith(f"{field}: ")


def test_role_is_the_only_required_field() -> None:
    case = parse_case({"role": "employer"})
    assert case.role == "employer" and case.children == ()


def test_every_program_answers_an_empty_case_without_crashing() -> None:
    result = evaluate({"role": "worker", "as_of": "2026-11-24"})
    assert all(p.status in ("eligible", "not_eligible", "needs_info") for p in result.programs)
    assert all(p.reasons or p.missing_facts for p in result.programs if p.status != "eligible")
