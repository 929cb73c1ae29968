"""Day-based 휴가 급여 (배우자 출산휴가, 난임치료휴가, 배우자 유산·사산휴가; 고용보험법 제76조①2~4).

The days are paid at 통상임금: 일 통상임금 = 월 통상임금 ÷ 209 × 8 (a 40-hour worker; for a part-time
worker on five days a week the hours cancel out to the same fraction). Wages are cut to the won; the
고시 caps are stored cut to 10원 (the 20-day cap is the monthly cap ÷ 209 × 8 × 20). At a 우선지원대상기업 the insurance pays
its days up to the cap and the employer the rest of the paid days; elsewhere the employer pays all.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from knowledge.rules import LawReader, truncate


@dataclass(frozen=True)
class DaySplit:
    """Wages for the paid days, split between 고용보험 and the employer."""

    wages: int
    insurance: int
    employer: int


def wages_for_days(wage: int, days: int, law: LawReader, on: date) -> int:
    """통상임금 for `days` working days: 월 통상임금 ÷ 209 × 8 × days, cut to the won.

    Only the 고시 caps are cut to 10원 (they are stored so); wages and 급여 are paid to the won.
    """
    monthly_hours = law.get("minimum_wage.full_time_monthly_hours", on)
    daily_hours = law.get("spouse_birth_leave.daily_hours", on)
    return truncate(wage * daily_hours * days / monthly_hours)


def split_days(wage: int, paid_days: int, insured_days: int, cap: int, priority: bool,
               law: LawReader, on: date) -> DaySplit:
    """Who pays the `paid_days`: insurance its `insured_days` up to `cap` (우선지원 only), employer the rest."""
    wages = wages_for_days(wage, paid_days, law, on)
    if not priority or insured_days <= 0:
        return DaySplit(wages, 0, wages)
    insurance = min(wages_for_days(wage, insured_days, law, on), cap)
    return DaySplit(wages, insurance, wages - insurance)
