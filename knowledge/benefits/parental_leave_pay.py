"""육아휴직 급여 by month (고용보험법 제70조, 시행령 제95조, 제95조의3).

Month bands count every month of leave for the child, from all blocks together: 1–3개월 100%
(cap 250만), 4–6개월 100% (cap 200만), 7개월~ 80% (cap 160만), floor 70만 — each at the values in
force in that month (the 2025 rates apply to leave months from 2025-01-01 even if the leave began
earlier). 한부모 특례 raises the 1–3개월 cap; 6+6 replaces the caps of the months both parents
have in common (at most 6) with its rising caps at 100%.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from knowledge.dates import add_months, first_month_from
from knowledge.result import MonthlyAmount, month_row
from knowledge.rules import LawReader, truncate

GENERAL = "general"
SINGLE_PARENT = "single_parent"
SIX_PLUS_SIX = "6plus6"
BANDS = ("1_3", "4_6", "7_on")
PAY_PARAMETERS = tuple(f"parental_leave.{kind}_months_{band}" for kind in ("rate", "cap") for band in BANDS) + (
    "parental_leave.single_parent_cap_months_1_3", "parental_leave.floor",
    "parents_6plus6.monthly_caps", "parents_6plus6.rate")


@dataclass(frozen=True)
class PayRule:
    """Which pay rule applies and, for 6+6, how many months both parents have in common."""

    kind: str = GENERAL
    common_months: int = 0


def _band(month_index: int) -> str:
    if month_index <= 3:
        return "1_3"
    return "4_6" if month_index <= 6 else "7_on"


def _general_month(wage: int, month_index: int, on: date, law: LawReader, single_parent: bool) -> int:
    band = _band(month_index)
    rate = law.get(f"parental_leave.rate_months_{band}", on)
    cap_key = "parental_leave.single_parent_cap_months_1_3" if single_parent and band == "1_3" \
        else f"parental_leave.cap_months_{band}"
    amount = min(truncate(wage * rate), law.get(cap_key, on))
    return max(amount, law.get("parental_leave.floor", on))


def _six_plus_six_month(wage: int, month_index: int, on: date, law: LawReader) -> int:
    caps = law.get("parents_6plus6.monthly_caps", on)
    amount = min(truncate(wage * law.get("parents_6plus6.rate", on)), caps[month_index - 1])
    return max(amount, law.get("parental_leave.floor", on))


def month_amount(wage: int, month_index: int, on: date, law: LawReader, rule: PayRule) -> int:
    """급여 for the `month_index`-th month of leave (1-based, all blocks counted), in won."""
    if rule.kind == SIX_PLUS_SIX and month_index <= rule.common_months:
        return _six_plus_six_month(wage, month_index, on, law)
    return _general_month(wage, month_index, on, law, rule.kind == SINGLE_PARENT)


def schedule(wage: int, start: date, months: float, already_used: float, law: LawReader,
             rule: PayRule) -> tuple[MonthlyAmount, ...]:
    """Month-by-month 급여 for a leave of `months` from `start`; a last partial month is pro rata.

    A month's amount depends only on its band (or its 6+6 month) and the law in force, so it is
    computed once per band and law period (`LawReader.stable_until`), not once per month.
    """
    whole = int(months)
    count = whole + (1 if months > whole else 0)
    known: dict[object, int] = {}
    period_day, period_end = start, 0  # law values are the same for offsets < period_end
    amounts = []
    for offset in range(count):
        if offset >= period_end:
            period_day = add_months(start, offset)
            changes = law.stable_until(PAY_PARAMETERS, period_day)
            period_end = count if changes == date.max else max(first_month_from(start, changes), offset + 1)
            known = {}
        index = int(already_used) + offset + 1
        key = index if rule.kind == SIX_PLUS_SIX and index <= rule.common_months else _band(index)
        if key not in known:
            known[key] = month_amount(wage, index, period_day, law, rule)
        amounts.append(month_row(index, known[key]))
    if months > whole:
        last = amounts[-1]
        amounts[-1] = month_row(last.month, truncate(last.amount * (months - whole)), "일할 계산")
    return tuple(amounts)
