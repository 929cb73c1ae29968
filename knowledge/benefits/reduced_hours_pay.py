"""육아기 근로시간 단축 급여 by month (고용보험법 제73조의2, 시행령 제104조의2).

Two parts, each on 월 통상임금 with its own cap and a 50만 floor, both in force in that month:
(a) the first 10 hours cut a week: 100% (cap 200만 → 220만 from 2025-02-23 → 250만 from 2026) ×
    hours cut (at most 10) ÷ 단축 전 주 소정근로시간;
(b) the hours cut beyond 10: 80% (cap 150만 → 160만 from 2026) × (단축 전 − 단축 후 − 10) ÷ 단축 전.
A last partial month is paid pro rata. Amounts are cut to whole won.
"""
from __future__ import annotations

from datetime import date

from knowledge.dates import add_months, first_month_from
from knowledge.result import MonthlyAmount, month_row
from knowledge.rules import LawReader, truncate

PREFIX = "childcare_reduced_hours"
PAY_PARAMETERS = tuple(f"{PREFIX}.{key}" for key in (
    "first_hours", "rate_first_hours", "cap_first_hours", "rate_other_hours", "cap_other_hours", "floor"))


def _base(wage: int, rate_key: str, cap_key: str, law: LawReader, on: date) -> float:
    """월 통상임금 × rate, within [floor, cap]."""
    amount = min(wage * law.get(f"{PREFIX}.{rate_key}", on), law.get(f"{PREFIX}.{cap_key}", on))
    return max(amount, law.get(f"{PREFIX}.floor", on))


def month_amount(wage: int, hours_before: float, hours_after: float, law: LawReader, on: date) -> int:
    """One full month's 단축 급여 for a cut from `hours_before` to `hours_after` a week."""
    cut = hours_before - hours_after
    first_hours = law.get(f"{PREFIX}.first_hours", on)
    first = _base(wage, "rate_first_hours", "cap_first_hours", law, on) * min(cut, first_hours) / hours_before
    rest = _base(wage, "rate_other_hours", "cap_other_hours", law, on) * max(cut - first_hours, 0) / hours_before
    return truncate(first + rest)


def schedule(wage: int, hours_before: float, hours_after: float, start: date, months: float,
             law: LawReader) -> tuple[MonthlyAmount, ...]:
    """Month-by-month 단축 급여 from `start`; each month at the caps in force in that month.

    The amount is computed once per law period (it only changes where one of its parameters
    does), not once per month: a 3-year reduction spans at most a few periods.
    """
    whole = int(months)
    count = whole + (1 if months > whole else 0)
    amounts: list[int] = []
    while len(amounts) < count:
        day = add_months(start, len(amounts))
        amount = month_amount(wage, hours_before, hours_after, law, day)
        changes = law.stable_until(PAY_PARAMETERS, day)
        same_until = count if changes == date.max else first_month_from(start, changes)
        amounts += [amount] * max(min(same_until, count) - len(amounts), 1)
    rows = [month_row(i + 1, amounts[i]) for i in range(whole)]
    if months > whole:
        rows.append(month_row(whole + 1, truncate(amounts[whole] * (months - whole)), "일할 계산"))
    return tuple(rows)
