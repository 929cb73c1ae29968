"""Where and how to apply for a leave program, with the 급여 claim period as real dates.

The where/steps texts are law-adjacent data (`<program>.apply_where`, `<program>.apply_steps`);
the claim period is 고용보험법 제75조 제2호 (also 제70조②, 제73조의2②): from 1 month after the
start point until 12 months after the leave ends.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Callable

from knowledge.case import Case
from knowledge.common import insured_enough, priority_support
from knowledge.dates import add_months
from knowledge.result import Apply, Benefit, Reason
from knowledge.rules import LawReader


def claim_period(law: LawReader, start_point: date, end: date, on: date) -> tuple[date, date]:
    """급여 신청 기간 [start_point + 1개월, end + 12개월]."""
    after_start = law.get("employment_insurance.apply_from_months_after_start", on)
    after_end = law.get("employment_insurance.apply_until_months_after_end", on)
    return add_months(start_point, after_start), add_months(end, after_end)


def apply_info(law: LawReader, program: str, on: date, from_date: date | None = None,
               until: date | None = None) -> Apply:
    """The program's channel and steps as in force on `on`, with the given window."""
    steps = tuple(law.get(f"{program}.apply_steps", on))
    hotline = law.get("employment_insurance.hotline", on)
    return Apply(law.get(f"{program}.apply_where", on), from_date, until,
                 steps + (f"궁금한 점은 고용노동부 고객상담센터({hotline})에 물어보세요",))


def penalty_facts(law: LawReader, names: tuple[str, ...], on: date) -> dict[str, dict[str, str]]:
    """HR facts: each violation's sanction and article (penalties.yaml), for describe()."""
    return {name: {"penalty": law.get(f"penalties.{name}", on), "basis": law.source(f"penalties.{name}", on)}
            for name in names}


def priority_assumed(benefit: Benefit | None, priority: bool | None) -> tuple[Benefit | None, tuple[str, ...]]:
    """When the firm's size is unknown the insurance share is computed as for a 우선지원대상기업.

    That is the most the insurance can pay, so the benefit is marked `maximum` and a note says a
    대규모기업 pays (part of) it itself instead.
    """
    if priority is not None or benefit is None:
        return benefit, ()
    note = "회사가 우선지원대상기업이라고 보고 계산했어요. 대규모기업이면 고용보험 대신 회사가 (일부를) 줘요."
    return replace(benefit, basis="maximum"), (note,)


@dataclass(frozen=True)
class PaidDaysOutcome:
    """Who pays a few paid leave days, with the reasons and facts that decided it."""

    benefit: Benefit | None
    employer_cost: int
    reasons: tuple[Reason, ...]
    missing: tuple[str, ...]
    notes: tuple[str, ...]


PayFunction = Callable[[Case, LawReader, date, int, bool, bool], tuple[Benefit | None, int]]


def paid_days_outcome(case: Case, law: LawReader, on: date, paid: int, pay: PayFunction) -> PaidDaysOutcome:
    """고용보험 pays a few paid days only at a 우선지원대상기업 and for an insured worker (고용보험법
    제75조, 제76조); `pay` splits the days' wages between insurance and employer."""
    priority, insured = priority_support(case, law, on), insured_enough(case, law, on)
    benefit, employer_cost = pay(case, law, on, paid, priority.value is not False, insured.value is not False)
    benefit, assumed = priority_assumed(benefit, priority.value)
    reasons = tuple(r for r in (priority.reason, insured.reason) if r)
    wage_missing = ("worker.monthly_wage",) if case.worker.monthly_wage is None else ()
    return PaidDaysOutcome(benefit, employer_cost, reasons, priority.missing + insured.missing + wage_missing, assumed)
