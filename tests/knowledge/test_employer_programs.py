"""Employer subsidies and support services: descriptions, caveats and notes the YAML scenarios
cannot express (the scenarios hold the amounts)."""
from __future__ import annotations

from datetime import date

import pytest

from knowledge import describe_program, evaluate, list_programs

EMPLOYER_IDS = (
    "parental_leave_subsidy", "reduced_hours_subsidy", "replacement_worker_subsidy",
    "work_sharing_subsidy", "worklife_hours_incentive", "late_start_support",
    "flexible_work_incentive", "worklife_system_support", "worklife_45_project",
    "work_innovation_incentive", "worklife_excellent_company",
)
SERVICE_IDS = (
    "childcare_planner", "talent_bank", "happy_industrial_complex", "workplace_consulting",
    "seoul_remote_work_support", "seoul_worklife_points", "guro_workation",
)
EMPLOYER_CASE = {
    "role": "employer", "as_of": "2026-03-01",
    "company": {"headcount": 25, "industry": "manufacturing"},
    "worker": {"gender": "male", "weekly_hours": 40, "tenure_months": 24},
    "children": [{"birth_date": "2025-09-01"}],
    "plan": {"parental_leave_months": 6, "parental_leave_start": "2026-04-01"},
}


def test_every_employer_and_service_program_is_registered_with_its_audience() -> None:
    audiences = {p["id"]: p["audience"] for p in list_programs()}
    assert {pid: audiences.get(pid) for pid in EMPLOYER_IDS} == {pid: "employer" for pid in EMPLOYER_IDS}
    assert {pid: audiences.get(pid) for pid in SERVICE_IDS} == {pid: "service" for pid in SERVICE_IDS}


@pytest.mark.parametrize("program_id", EMPLOYER_IDS + SERVICE_IDS)
def test_description_has_short_korean_summary_and_cited_values(program_id: str) -> None:
    described = describe_program(program_id, date(2026, 3, 1))
    assert 1 <= len(described["summary"]) <= 4
    assert all(line.endswith(".") and len(line) <= 160 for line in described["summary"]), "short lines for a phone"
    assert described["basis"]
    assert described["parameters"], "a description cites the values it states"


def test_special_case_amount_in_the_description_follows_the_2026_change() -> None:
    before = describe_program("parental_leave_subsidy", date(2025, 12, 31))
    after = describe_program("parental_leave_subsidy", date(2026, 1, 1))
    assert before["facts"]["special_first_months_amount"] == 2_000_000
    assert after["facts"]["special_first_months_amount"] == 1_000_000


def test_unverified_male_incentive_is_a_note_and_a_caveat_but_not_in_the_total() -> None:
    program = evaluate(EMPLOYER_CASE).program("parental_leave_subsidy")
    assert program.benefit.total == 3 * 1_000_000 + 3 * 300_000
    assert any("남성 육아휴직" in note for note in program.notes)
    assert any("UNVERIFIED" in caveat and "male_incentive" in caveat for caveat in program.caveats)


def test_female_worker_gets_no_male_incentive_caveat() -> None:
    case = {**EMPLOYER_CASE, "worker": {"gender": "female"}}
    program = evaluate(case).program("parental_leave_subsidy")
    assert not any("male_incentive" in caveat for caveat in program.caveats)


def test_a_worker_sees_employer_subsidies_as_information_for_the_company() -> None:
    case = {**EMPLOYER_CASE, "role": "worker"}
    program = evaluate(case).program("replacement_worker_subsidy")
    assert program.status == "eligible"
    assert any("회사" in note and "알려" in note for note in program.notes)


def test_local_programs_with_unconfirmed_operation_carry_a_caveat() -> None:
    case = {"role": "employer", "as_of": "2026-03-01",
            "company": {"headcount": 20, "industry": "ict", "region": "서울특별시 구로구"}}
    result = evaluate(case)
    for program_id in ("seoul_worklife_points", "guro_workation", "seoul_remote_work_support", "childcare_planner"):
        caveats = result.program(program_id).caveats
        assert any("UNVERIFIED" in caveat for caveat in caveats), program_id


def test_flexible_work_incentive_warns_that_the_two_years_conflict() -> None:
    program = evaluate({"role": "employer", "as_of": "2026-03-01", "company": {"headcount": 20}}).program("flexible_work_incentive")
    assert program.benefit is None
    assert any("구조가 달라요" in note for note in program.notes)
    assert any("확인 등급 C" in caveat for caveat in program.caveats)


def test_an_empty_employer_case_asks_for_the_company_first() -> None:
    result = evaluate({"role": "employer", "as_of": "2026-03-01"})
    assert result.missing_facts[:2] == ["company.headcount", "company.industry"]
    statuses = {result.program(pid).status for pid in EMPLOYER_IDS + SERVICE_IDS}
    assert statuses <= {"eligible", "not_eligible", "needs_info"}
