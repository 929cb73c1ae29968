"""출산전후휴가 급여등 and the employer's share (고용보험법 제75조·제76조, 근로기준법 제74조④).

Also used for 유산·사산휴가, which is paid the same way. The insurance pays 통상임금 (as of the leave
start) for the covered days: at a 우선지원대상기업 every day of the leave, elsewhere only the days after
the employer's paid days (60, 다태아 75), which caps them at 30/40/45. Per 30-day month the amount is
min(월 상한, max(월 통상임금, 최저임금 월 환산액)); a part of a month is that × days ÷ 30, cut to the
won, or to 10원 when it is the 고시 cap (the 고시 totals 660만·880만·7,333,330원 fit this). The employer owes 통상임금 for its paid days, less
whatever the insurance paid for those days (제74조④).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from knowledge.result import MonthlyAmount
from knowledge.rules import LawReader, truncate


@dataclass(frozen=True)
class LeavePay:
    """Insurance amounts per 30-day month of the leave, and what the employer owes."""

    insurance: tuple[MonthlyAmount, ...]
    employer_cost: int

    @property
    def insurance_total(self) -> int:
        return sum(m.amount for m in self.insurance)


def minimum_wage_monthly(weekly_hours: float | None, law: LawReader, start: date) -> int:
    """최저임금 월 환산액: 시간급 × 209시간, scaled to the worker's weekly hours (단시간 근로자)."""
    full_week = law.get("minimum_wage.full_time_weekly_hours", start)
    hours = min(weekly_hours or full_week, full_week)
    monthly_hours = law.get("minimum_wage.full_time_monthly_hours", start) * hours / full_week
    return truncate(law.get("minimum_wage.hourly", start) * monthly_hours)


def insured_monthly(wage: int, weekly_hours: float | None, law: LawReader, start: date) -> int:
    """The month's insurance amount: 통상임금, at least 최저임금, at most the 고시 cap (휴가 시작일 기준)."""
    floor = minimum_wage_monthly(weekly_hours, law, start)
    return min(max(wage, floor), law.get("maternity_leave.monthly_cap", start))


def period_amount(monthly: int, days: int, law: LawReader, start: date) -> int:
    """A monthly amount for `days` days: × days ÷ 30, cut to the won.

    Only an amount at the 고시 cap is cut to 10원, as the 고시 totals are (100일 7,333,330원); an
    amount from the worker's 통상임금 or the 최저임금 is paid to the won.
    """
    per_month = law.get("maternity_leave.days_per_month", start)
    at_cap = monthly >= law.get("maternity_leave.monthly_cap", start)
    unit = law.get("maternity_leave.rounding_unit", start) if at_cap else 1
    return truncate(monthly * days / per_month, unit)


def by_month(monthly: int, first_day: int, last_day: int, law: LawReader, start: date) -> tuple[MonthlyAmount, ...]:
    """Amounts for leave days `first_day`..`last_day` (1-based), one row per 30-day month."""
    per_month = law.get("maternity_leave.days_per_month", start)
    rows = []
    day = first_day
    while day <= last_day:
        month_end = min(((day - 1) // per_month + 1) * per_month, last_day)
        rows.append(MonthlyAmount((day - 1) // per_month + 1,
                                  period_amount(monthly, month_end - day + 1, law, start),
                                  f"{day}~{month_end}일"))
        day = month_end + 1
    return tuple(rows)


def leave_pay(wage: int, weekly_hours: float | None, days: int, paid_days: int, priority: bool,
              insured: bool, law: LawReader, start: date) -> LeavePay:
    """Who pays what for a leave of `days` days whose first `paid_days` the employer must pay."""
    employer_days = min(paid_days, days)
    employer_full = truncate(wage * employer_days / law.get("maternity_leave.days_per_month", start))
    if not insured:
        return LeavePay((), employer_full)
    monthly = insured_monthly(wage, weekly_hours, law, start)
    if not priority:
        return LeavePay(by_month(monthly, employer_days + 1, days, law, start), employer_full)
    top_up = truncate(max(wage - monthly, 0) * employer_days / law.get("maternity_leave.days_per_month", start))
    return LeavePay(by_month(monthly, 1, days, law, start), top_up)
