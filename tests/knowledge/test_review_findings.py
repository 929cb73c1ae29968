"""Review findings the YAML runner cannot express: notes with amounts and the values a result cites."""
from __future__ import annotations

from knowledge import evaluate


def _program(case: dict, program_id: str) -> dict:
    return next(p for p in evaluate(case).to_dict()["programs"] if p["id"] == program_id)


def test_single_parent_extra_over_general_rule_counts_the_part_month() -> None:
    # 3.5개월: 특례 300만×3 + 200만×0.5 = 1,000만; 일반 250만×3 + 200만×0.5 = 850만 → 150만 more.
    case = {"role": "worker", "as_of": "2026-11-24",
            "worker": {"insured_days": 400, "monthly_wage": 3000000, "gender": "female", "single_parent": True},
            "children": [{"birth_date": "2026-03-01"}],
            "plan": {"parental_leave_months": 3.5, "parental_leave_start": "2026-12-01"}}
    program = _program(case, "single_parent_leave_bonus")
    assert program["benefit"]["total"] == 10000000
    assert "일반 육아휴직 급여보다 1,500,000원 많아요" in program["notes"]


def test_general_parental_leave_without_wage_does_not_cite_the_6plus6_caps() -> None:
    case = {"role": "worker", "as_of": "2026-11-24", "worker": {"insured_days": 400},
            "children": [{"birth_date": "2026-01-01"}]}
    program = _program(case, "parental_leave")
    names = [p["name"] for p in program["parameters"]]
    assert "parents_6plus6.monthly_caps" not in names
    assert not any("parents_6plus6" in caveat for caveat in program["caveats"])
    assert program["benefit"] == {**program["benefit"], "total": 23100000, "basis": "maximum"}


def test_priority_support_is_asked_right_after_the_company_size() -> None:
    case = {"role": "employer", "as_of": "2026-11-24", "company": {"headcount": 350, "industry": "ict"},
            "children": [{"birth_date": "2024-01-01"}]}
    missing = evaluate(case).missing_facts
    assert "company.priority_support" in missing
    assert missing.index("company.priority_support") < missing.index("worker.tenure_months")
