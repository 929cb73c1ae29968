"""estimate_pay: what a program pays a monthly wage before the rest of the case is known.

육아휴직 급여 under 고용보험법 시행령 제95조 as in force from 2025-01-01: months 1~3 100% (cap
2,500,000원), 4~6 100% (cap 2,000,000원), 7~ 80% (cap 1,600,000원), floor 700,000원 (제3항),
over the basic 12 months of 남녀고용평등법 제19조 제2항.
"""
from __future__ import annotations

from datetime import date

import pytest

from knowledge import InvalidCaseError, estimate_pay

ON = date(2026, 11, 24)


def monthly(estimate: dict) -> list[int]:
    return [row["amount"] for row in estimate["benefit"]["monthly"]]


@pytest.mark.parametrize("wage,expected,total", [
    # every band capped
    (3_000_000, [2_500_000] * 3 + [2_000_000] * 3 + [1_600_000] * 6, 23_100_000),
    # under every cap: 100% for six months, then 80%
    (1_500_000, [1_500_000] * 6 + [1_200_000] * 6, 16_200_000),
    # 80% of 800,000 is 640,000: the floor of 700,000 applies from month 7
    (800_000, [800_000] * 6 + [700_000] * 6, 9_000_000),
    # under the floor from the first month
    (500_000, [700_000] * 12, 8_400_000),
])
def test_parental_leave_pay_for_a_wage_month_by_month(wage: int, expected: list[int], total: int) -> None:
    estimate = estimate_pay("parental_leave", wage, ON)
    assert monthly(estimate) == expected
    assert estimate["benefit"]["total"] == total == sum(expected)
    assert estimate["benefit"]["payer"] == "고용보험"
    assert (estimate["id"], estimate["monthly_wage"], estimate["as_of"]) == ("parental_leave", wage, "2026-11-24")


def test_the_estimate_cites_the_values_it_used() -> None:
    parameters = {p["name"]: p for p in estimate_pay("parental_leave", 3_000_000, ON)["parameters"]}
    cap = parameters["parental_leave.cap_months_1_3"]
    assert (cap["value"], cap["source"], cap["effective_from"]) == (2_500_000, "고용보험법 시행령 제95조 제1항", "2025-01-01")
    assert parameters["parental_leave.floor"]["source"] == "고용보험법 시행령 제95조 제3항"
    assert parameters["parental_leave.period_months"]["value"] == 12


def test_a_program_whose_pay_needs_more_than_a_wage_has_no_estimate() -> None:
    assert estimate_pay("maternity_leave", 3_000_000, ON) is None
    assert estimate_pay("childcare_reduced_hours", 3_000_000, ON) is None


@pytest.mark.parametrize("wage,message", [
    (-300, "음수일 수 없습니다"), (0, "0보다 커야 합니다"), ("삼백", "숫자여야 해요"), (10 ** 12, "보다 클 수 없어요"),
])
def test_a_bad_wage_is_refused_in_korean_naming_the_field(wage, message: str) -> None:
    with pytest.raises(InvalidCaseError, match=message) as error:
        estimate_pay("parental_leave", wage, ON)
    assert "worker.monthly_wage" in str(error.value)


def test_an_unknown_program_is_refused() -> None:
    with pytest.raises(InvalidCaseError, match="알 수 없는 제도"):
        estimate_pay("paternity_bonus", 3_000_000, ON)


@pytest.mark.parametrize("before,after,expected", [
    # the first 10 hours cut: 100% of 통상임금, capped at 2,500,000원, × cut ÷ hours before
    (40, 30, 625_000),
    # 10 more hours at 80% capped at 1,600,000원: 625,000 + 1,600,000 × 10 ÷ 40
    (40, 20, 1_025_000),
    (40, 15, 1_225_000),
    # hours above the statutory 40 are overtime: the share is of 40 (근로기준법 제50조)
    (52, 30, 625_000),
    # a 35-hour worker cutting 5 hours: 2,500,000 × 5 ÷ 35, cut to whole won
    (35, 30, 357_142),
])
def test_reduced_hours_pay_for_a_wage_and_the_hours_before_and_after(before, after, expected) -> None:
    """육아기 근로시간 단축 급여 (고용보험법 시행령 제104조의2) for 월 통상임금 3,000,000원, one month
    from 2026-11-24 (caps 2,500,000원 / 1,600,000원 in force from 2026-01-01)."""
    estimate = estimate_pay("childcare_reduced_hours", 3_000_000, ON, weekly_hours=before, reduced_weekly_hours=after)
    assert monthly(estimate) == [expected] and estimate["benefit"]["total"] == expected
    assert (estimate["weekly_hours"], estimate["reduced_weekly_hours"]) == (before, after)


def test_a_low_wage_is_raised_to_the_floor_before_the_share_is_taken() -> None:
    """통상임금 400,000원: the 500,000원 floor applies, × 10 ÷ 40 = 125,000원."""
    estimate = estimate_pay("childcare_reduced_hours", 400_000, ON, weekly_hours=40, reduced_weekly_hours=30)
    assert monthly(estimate) == [125_000]


@pytest.mark.parametrize("hours", [{}, {"weekly_hours": 40}, {"reduced_weekly_hours": 30},
                                   {"weekly_hours": 40, "reduced_weekly_hours": 10},  # under 15 hours
                                   {"weekly_hours": 40, "reduced_weekly_hours": 36},  # over 35 hours
                                   {"weekly_hours": 30, "reduced_weekly_hours": 30}])  # no cut
def test_no_reduced_hours_estimate_without_both_hours_or_for_a_cut_the_law_does_not_allow(hours) -> None:
    assert estimate_pay("childcare_reduced_hours", 3_000_000, ON, **hours) is None


def test_bad_hours_are_refused_naming_the_field() -> None:
    with pytest.raises(InvalidCaseError, match="worker.weekly_hours"):
        estimate_pay("childcare_reduced_hours", 3_000_000, ON, weekly_hours=-40, reduced_weekly_hours=30)
