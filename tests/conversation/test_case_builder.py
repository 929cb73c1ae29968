"""Slots → Case JSON: string entity values, ages, grades, unknown answers, pregnancy endings."""
from __future__ import annotations

from datetime import date

from knowledge import parse_case

from actions.case_builder import (UNKNOWN, birth_date_from_grade, case_from_slots, facts_from_slots,
                                  slot_for_fact, slots_for_facts)

AS_OF = date(2026, 11, 24)


def test_entity_strings_become_the_case_json_of_the_api():
    slots = {"pregnancy_weeks": "10", "headcount": "50", "industry": "manufacturing",
             "monthly_wage": "2800000", "gender": "female"}
    assert case_from_slots(slots, AS_OF) == {
        "as_of": "2026-11-24", "role": "worker",
        "worker": {"gender": "female", "monthly_wage": 2800000},
        "company": {"headcount": 50, "industry": "manufacturing"},
        "pregnancy": {"weeks": 10},
    }


def test_the_case_is_accepted_by_the_engine_parser():
    slots = {"child_age_months": "18", "monthly_wage": 3000000.0, "insured_days": "14",
             "single_parent": True, "plan_leave_months": "6", "role": "employer"}
    case = case_from_slots(slots, AS_OF)
    assert parse_case(case).worker.insured_days == 420
    assert case["children"] == [{"birth_date": "2025-05-24"}]
    assert case["plan"] == {"parental_leave_months": 6}
    assert case["role"] == "employer"


def test_unknown_answers_and_impossible_values_are_left_out():
    slots = {"monthly_wage": UNKNOWN, "child_birth_date": "2026-02-30", "headcount": "많음"}
    assert case_from_slots(slots, AS_OF) == {"as_of": "2026-11-24", "role": "worker"}


def test_a_school_grade_gives_the_earliest_birth_date_of_that_grade():
    # 2026 school year: 1학년 = born 2019, so 초2 = born 2018 (초·중등교육법 제13조).
    assert birth_date_from_grade(2, AS_OF) == "2018-01-01"
    assert birth_date_from_grade(0, AS_OF) is None


def test_a_pregnancy_that_ended_keeps_its_week_as_ended_week():
    case = case_from_slots({"pregnancy_ended": "miscarriage", "pregnancy_weeks": "9"}, AS_OF)
    assert case["pregnancy"] == {"ended": "miscarriage", "ended_week": 9}


def test_facts_are_listed_with_engine_paths():
    facts = facts_from_slots({"headcount": "400", "child_grade": "2", "gender": None})
    assert facts == [{"path": "company.headcount", "value": 400, "slot": "headcount"},
                     {"path": "children[0].school_grade", "value": "2", "slot": "child_grade"}]


def test_facts_show_the_case_value_where_the_slot_was_converted():
    facts = facts_from_slots({"insured_days": "14", "monthly_wage": "3000000"})  # law-data-ok
    assert {"path": "worker.insured_days", "value": 420, "slot": "insured_days"} in facts
    assert {"path": "worker.monthly_wage", "value": 3000000, "slot": "monthly_wage"} in facts


def test_missing_fact_paths_map_to_slots_in_order_once_each():
    assert slot_for_fact("children.0.birth_date") == "child_birth_date"
    assert slots_for_facts(["company.region", "worker.gender", "children[0].birth_date",
                            "worker.gender"]) == ["gender", "child_birth_date"]
